/* titles.c - see titles.h. */
#include "titles.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

extern const char wt_data_titles[];
extern const size_t wt_data_titles_len;

typedef struct title {
    char words[WT_MAX_TITLE_WORDS][24];
    size_t n;
    char role[40];
} title;

struct wt_titles {
    title *v; /* sorted by the first letter, lower-cased */
    size_t n, cap;
    size_t from[257]; /* v[from[c] .. from[c + 1]) start with letter c */
};

void wt_titles_free(wt_titles *t)
{
    if (t)
        free(t->v);
    free(t);
}

/* TITLE WORDS [TAB ROLE] */
static wt_status title_line(void *ctx, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    wt_titles *ts = ctx;
    if (ts->n == ts->cap && !wt_heap_grow(&ts->v, ts->n, &ts->cap, sizeof *ts->v))
        return wt_fail(err, WT_ENOMEM, d->name, 0, -1, "out of memory");
    title *t = &ts->v[ts->n];
    memset(t, 0, sizeof *t);
    const char *tab = memchr(line, '\t', len);
    size_t nl = tab ? (size_t)(tab - line) : len;
    size_t rl = tab ? (size_t)(line + len - tab - 1) : 0;
    size_t words = 1;
    for (size_t i = 0; i < nl; i++)
        words += line[i] == ' ';
    if (rl >= sizeof t->role || words > WT_MAX_TITLE_WORDS || nl == 0)
        return wt_data_bad(err, d, WT_EMODEL, "expected TITLE (at most %d words)[<TAB>ROLE]", WT_MAX_TITLE_WORDS);
    if (tab)
        memcpy(t->role, tab + 1, rl);
    t->n = wt_data_words(line, nl, &t->words[0][0], WT_MAX_TITLE_WORDS, sizeof t->words[0]);
    if (t->n)
        ts->n++;
    return WT_OK;
}

static size_t first_letter(const title *t) { return (size_t)tolower((unsigned char)t->words[0][0]); }

/* by first letter, then longest first, then as written: the same order
 * on every machine */
static int cmp_first_letter(const void *a, const void *b)
{
    const title *x = a, *y = b;
    if (first_letter(x) != first_letter(y))
        return first_letter(x) < first_letter(y) ? -1 : 1;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->words[0], y->words[0]) ? strcmp(x->words[0], y->words[0]) : strcmp(x->role, y->role);
}

wt_status wt_titles_load(wt_titles **out, wt_error *err)
{
    static const char NAME[] = "data/titles.tsv";
    *out = NULL;
    wt_titles *ts = calloc(1, sizeof *ts);
    if (!ts)
        return wt_fail(err, WT_ENOMEM, NAME, 0, -1, "out of memory");
    wt_status st = wt_data_each(NAME, wt_data_titles, wt_data_titles_len, title_line, ts, err);
    if (st != WT_OK) {
        wt_titles_free(ts);
        return st;
    }
    /* a bucket per first letter: a word is compared with the titles that
     * start as it does only */
    qsort(ts->v, ts->n, sizeof *ts->v, cmp_first_letter);
    for (size_t c = 0, k = 0; c <= 256; c++) {
        while (k < ts->n && first_letter(&ts->v[k]) < c)
            k++;
        ts->from[c] = k;
    }
    *out = ts;
    return WT_OK;
}

size_t wt_title_at(const wt_titles *ts, const char *const *words, size_t n, size_t i, const char **role)
{
    size_t best = 0;
    size_t c0 = (size_t)tolower((unsigned char)words[i][0]);
    for (size_t k = ts->from[c0]; k < ts->from[c0 + 1]; k++) {
        const title *t = &ts->v[k];
        if (t->n <= best || i + t->n > n)
            continue;
        bool ok = true;
        for (size_t w = 0; w < t->n && ok; w++)
            ok = wt_word_eq_ci(words[i + w], t->words[w]);
        /* "PM" and "CEO" only in capitals */
        if (ok && t->n == 1 && strlen(t->words[0]) <= 3 && strcmp(words[i], t->words[0]) != 0)
            ok = false;
        if (ok) {
            best = t->n;
            *role = t->role;
        }
    }
    return best;
}
