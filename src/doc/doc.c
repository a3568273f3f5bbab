/* doc.c - see doc.h. */
#include "doc.h"

#include <string.h>

const char **wt_doc_words(wt_doc *d)
{
    if (d->token_text || !d->n_tokens)
        return d->token_text;
    const char **w = wt_arena_alloc(d->arena, d->n_tokens * sizeof *w);
    if (!w)
        return NULL;
    for (size_t i = 0; i < d->n_tokens; i++) {
        w[i] = wt_arena_strndup(d->arena, d->text + d->tokens[i].start, d->tokens[i].end - d->tokens[i].start);
        if (!w[i])
            return NULL;
    }
    d->token_text = w;
    return w;
}

int *wt_doc_token_entities(wt_doc *d)
{
    int *ent = wt_arena_alloc(d->arena, (d->n_tokens ? d->n_tokens : 1) * sizeof *ent);
    if (!ent)
        return NULL;
    for (size_t i = 0; i < d->n_tokens; i++)
        ent[i] = -1;
    for (size_t e = 0; e < d->n_entities; e++)
        for (size_t m = 0; m < d->entities[e].n_mentions; m++) {
            const wt_mention *mm = &d->entities[e].mentions[m];
            size_t lo = wt_doc_token_at(d, mm->start);
            for (size_t t = lo; t < d->n_tokens && d->tokens[t].end <= mm->end; t++)
                ent[t] = (int)e;
        }
    return ent;
}

size_t wt_doc_token_at(const wt_doc *d, size_t off)
{
    size_t lo = 0, hi = d->n_tokens;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->tokens[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t wt_doc_sentence_of(const wt_doc *d, size_t t)
{
    size_t lo = 0, hi = d->n_sentences;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->sentences[mid].tok_end <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->n_sentences ? lo : (d->n_sentences ? d->n_sentences - 1 : 0);
}

bool wt_doc_in_date(const wt_doc *d, size_t t)
{
    uint32_t at = d->tokens[t].start;
    size_t lo = 0, hi = d->n_dates; /* the first date starting after the token */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->dates[mid].start <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && d->dates[lo - 1].end > at;
}
