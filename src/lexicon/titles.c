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
    char home[4]; /* the country the title alone implies ("Menpora": IDN), or "" */
} title;

#define TITLE_SLOTS 1024 /* a power of two, over twice the titles */

struct wt_titles {
    title *v; /* sorted by the first letter, lower-cased, then longest first */
    size_t n, cap;
    /* by the hash of the lower-case first word: 1 + the first title in v
     * that starts with it, 0 empty; next[k]: 1 + the next title after v[k]
     * that starts with the same word, 0 none */
    int16_t slot[TITLE_SLOTS];
    int16_t *next;
};

void wt_titles_free(wt_titles *t)
{
    if (t) {
        free(t->v);
        free(t->next);
    }
    free(t);
}

/* TITLE WORDS [TAB ROLE [TAB HOME]] */
static wt_status title_line(void *ctx, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    wt_titles *ts = ctx;
    if (ts->n * 2 >= TITLE_SLOTS)
        return wt_data_bad(err, d, WT_EMODEL, "more than %d titles", TITLE_SLOTS / 2);
    if (ts->n == ts->cap && !wt_heap_grow(&ts->v, ts->n, &ts->cap, sizeof *ts->v))
        return wt_fail(err, WT_ENOMEM, d->name, 0, -1, "out of memory");
    title *t = &ts->v[ts->n];
    memset(t, 0, sizeof *t);
    const char *tab = memchr(line, '\t', len);
    size_t nl = tab ? (size_t)(tab - line) : len;
    size_t rl = tab ? (size_t)(line + len - tab - 1) : 0;
    const char *tab2 = tab ? memchr(tab + 1, '\t', rl) : NULL;
    size_t hl = tab2 ? (size_t)(line + len - tab2 - 1) : 0;
    if (tab2)
        rl = (size_t)(tab2 - tab - 1);
    size_t words = 1;
    for (size_t i = 0; i < nl; i++)
        words += line[i] == ' ';
    if (rl >= sizeof t->role || words > WT_MAX_TITLE_WORDS || nl == 0 || (tab2 && hl != 3))
        return wt_data_bad(err, d, WT_EMODEL, "expected TITLE (at most %d words)[<TAB>ROLE[<TAB>ALPHA3]]",
                           WT_MAX_TITLE_WORDS);
    if (tab)
        memcpy(t->role, tab + 1, rl);
    if (tab2)
        memcpy(t->home, tab2 + 1, 3);
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

/* The slot of word w: the one holding the titles that start with it, or
 * the empty one where they would be. */
static size_t word_slot(const wt_titles *ts, const char *w)
{
    size_t i = wt_word_hash_ci(w) & (TITLE_SLOTS - 1);
    while (ts->slot[i] && !wt_word_eq_ci(w, ts->v[ts->slot[i] - 1].words[0]))
        i = (i + 1) & (TITLE_SLOTS - 1);
    return i;
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
    /* a chain per first word, in the sorted order: a word is compared with
     * the titles that start with it only */
    qsort(ts->v, ts->n, sizeof *ts->v, cmp_first_letter);
    if (!(ts->next = calloc(ts->n + 1, sizeof *ts->next))) {
        wt_titles_free(ts);
        return wt_fail(err, WT_ENOMEM, NAME, 0, -1, "out of memory");
    }
    int16_t last[TITLE_SLOTS] = {0};
    for (size_t k = 0; k < ts->n; k++) {
        size_t i = word_slot(ts, ts->v[k].words[0]);
        if (ts->slot[i])
            ts->next[last[i] - 1] = (int16_t)(k + 1);
        else
            ts->slot[i] = (int16_t)(k + 1);
        last[i] = (int16_t)(k + 1);
    }
    *out = ts;
    return WT_OK;
}

size_t wt_title_at(const wt_titles *ts, const char *const *words, size_t n, size_t i, const char **role)
{
    const char *home;
    return wt_title_home_at(ts, words, n, i, role, &home);
}

size_t wt_title_home_at(const wt_titles *ts, const char *const *words, size_t n, size_t i, const char **role,
                        const char **home)
{
    size_t best = 0;
    bool best_as_written = false;
    for (int16_t k = ts->slot[word_slot(ts, words[i])]; k; k = ts->next[k - 1]) {
        const title *t = &ts->v[k - 1];
        if (t->n < best || i + t->n > n)
            continue;
        bool ok = true;
        for (size_t w = 0; w < t->n && ok; w++)
            ok = wt_word_eq_ci(words[i + w], t->words[w]);
        /* "PM" and "CEO" only in capitals */
        if (ok && t->n == 1 && strlen(t->words[0]) <= 3 && strcmp(words[i], t->words[0]) != 0)
            ok = false;
        /* a title written in lower case in the table is the word's sense
         * written so, and wins there ("kapten Sergio Ramos": a team's
         * captain; "Kapten Inf Legimin": the rank) */
        bool small = islower((unsigned char)t->words[0][0]), small_here = islower((unsigned char)words[i][0]);
        if (ok && small && !small_here)
            ok = false;
        if (ok && t->n == best && (best_as_written || small != small_here))
            ok = false; /* the same length: only a title written as the text is */
        if (ok) {
            best = t->n;
            best_as_written = small == small_here;
            *role = t->role;
            *home = t->home[0] ? t->home : NULL;
        }
    }
    return best;
}
