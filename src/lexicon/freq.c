/* freq.c - see freq.h. The table is an open-addressing hash of the embedded
 * file's lines, built by wt_freq_load. */
#include "freq.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
#include <xxhash.h>

extern const char wt_data_wordfreq[];
extern const size_t wt_data_wordfreq_len;

typedef struct entry {
    const char *w; /* points into the embedded data */
    uint32_t n, count;
} entry;

struct wt_freq_table {
    entry *tab;
    size_t cap;
    unsigned long long total;
};

void wt_freq_free(wt_freq_table *f)
{
    if (f)
        free(f->tab);
    free(f);
}

wt_status wt_freq_load(wt_freq_table **out, wt_error *err)
{
    *out = NULL;
    wt_data_src d;
    wt_data_open(&d, "data/wordfreq.tsv", wt_data_wordfreq, wt_data_wordfreq_len);
    size_t lines = 0;
    for (size_t i = 0; i < wt_data_wordfreq_len; i++)
        lines += wt_data_wordfreq[i] == '\n';
    wt_freq_table *f = calloc(1, sizeof *f);
    if (f) {
        f->cap = 16;
        while (f->cap < lines * 2 + 16)
            f->cap *= 2;
        f->tab = calloc(f->cap, sizeof *f->tab);
    }
    if (!f || !f->tab) {
        wt_freq_free(f);
        return wt_fail(err, WT_ENOMEM, d.name, 0, -1, "out of memory");
    }
    const char *p;
    size_t len;
    while (wt_data_next(&d, &p, &len)) {
        const char *tab = memchr(p, '\t', len);
        char *num_end;
        unsigned long c = tab ? strtoul(tab + 1, &num_end, 10) : 0;
        if (!tab || tab == p || tab + 1 == p + len || num_end != p + len || c > UINT32_MAX) {
            wt_freq_free(f);
            return wt_data_bad(err, &d, WT_EMODEL, "expected WORD<TAB>COUNT");
        }
        uint32_t n = (uint32_t)(tab - p);
        size_t h = (size_t)XXH3_64bits(p, n) & (f->cap - 1);
        while (f->tab[h].w)
            h = (h + 1) & (f->cap - 1);
        f->tab[h] = (entry){p, n, (uint32_t)c};
        f->total += c;
    }
    *out = f;
    return WT_OK;
}

unsigned wt_freq(const wt_freq_table *f, const char *w, size_t n)
{
    if (n == 0 || n > 64)
        return 0;
    char low[64];
    for (size_t i = 0; i < n; i++)
        low[i] = (char)((unsigned char)w[i] | ((w[i] >= 'A' && w[i] <= 'Z') ? 0x20 : 0));
    size_t h = (size_t)XXH3_64bits(low, n) & (f->cap - 1);
    while (f->tab[h].w) {
        if (f->tab[h].n == n && memcmp(f->tab[h].w, low, n) == 0)
            return f->tab[h].count;
        h = (h + 1) & (f->cap - 1);
    }
    return 0;
}

size_t wt_freq_words(const wt_freq_table *f, unsigned min_count, char (*words)[41], unsigned *counts, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < f->cap; i++) {
        if (!f->tab[i].w || f->tab[i].count < min_count || f->tab[i].n > 40)
            continue;
        if (words) {
            if (k >= cap)
                break;
            memcpy(words[k], f->tab[i].w, f->tab[i].n);
            words[k][f->tab[i].n] = 0;
            counts[k] = f->tab[i].count;
        }
        k++;
    }
    return k;
}

unsigned long long wt_freq_total(const wt_freq_table *f) { return f->total; }

/* ---- building ---- */

typedef struct counter {
    char **w;
    uint32_t *n;
    size_t cap, used;
} counter;

static bool count_word(counter *c, const char *w, size_t n)
{
    if (c->used * 2 >= c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 1 << 16;
        char **nw = calloc(ncap, sizeof *nw);
        uint32_t *nn = calloc(ncap, sizeof *nn);
        if (!nw || !nn) {
            free(nw);
            free(nn);
            return false;
        }
        for (size_t i = 0; i < c->cap; i++)
            if (c->w[i]) {
                size_t h = (size_t)XXH3_64bits(c->w[i], strlen(c->w[i])) & (ncap - 1);
                while (nw[h])
                    h = (h + 1) & (ncap - 1);
                nw[h] = c->w[i];
                nn[h] = c->n[i];
            }
        free(c->w);
        free(c->n);
        c->w = nw;
        c->n = nn;
        c->cap = ncap;
    }
    size_t h = (size_t)XXH3_64bits(w, n) & (c->cap - 1);
    while (c->w[h]) {
        if (strlen(c->w[h]) == n && memcmp(c->w[h], w, n) == 0) {
            c->n[h]++;
            return true;
        }
        h = (h + 1) & (c->cap - 1);
    }
    c->w[h] = strndup(w, n);
    c->n[h] = 1;
    c->used++;
    return c->w[h] != NULL;
}

/* Letters only (ASCII), lower-cased: the words the repair stage looks up. */
static bool count_text(counter *c, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && !isalpha((unsigned char)s[i]))
            i++;
        size_t st = i;
        while (i < n && (isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
            i++;
        if (i == st)
            continue;
        bool ascii = true;
        for (size_t k = st; k < i; k++)
            if ((unsigned char)s[k] >= 0x80)
                ascii = false;
        if (!ascii || i - st > 40)
            continue;
        char low[48];
        for (size_t k = st; k < i; k++)
            low[k - st] = (char)tolower((unsigned char)s[k]);
        if (!count_word(c, low, i - st))
            return false;
    }
    return true;
}

typedef struct pair {
    const char *w;
    uint32_t n;
} pair;

static int cmp_pair(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return strcmp(x->w, y->w);
}

wt_status wt_freq_build(char **files, int n_files, int min_count, FILE *out, wt_error *err)
{
    counter c = {0};
    wt_status st = WT_OK;
    char *line = NULL;
    size_t cap = 0;
    for (int f = 0; f < n_files && st == WT_OK; f++) {
        FILE *in = fopen(files[f], "r");
        if (!in) {
            st = wt_fail(err, WT_EIO, files[f], 0, -1, "cannot open: %s", strerror(errno));
            break;
        }
        ssize_t len;
        while ((len = getline(&line, &cap, in)) > 0) {
            /* CoNLL-like: a line with a tab holds the token in its first column */
            const char *tab = memchr(line, '\t', (size_t)len);
            const char *sp = memchr(line, ' ', (size_t)len);
            size_t n = (size_t)len;
            if (line[0] == '#')
                continue;
            if (tab)
                n = (size_t)(tab - line);
            else if (sp && len < 80 && strchr(sp + 1, ' ') && strchr(sp + 1, ' ') - sp < 12)
                n = (size_t)(sp - line); /* "token POS TAG" lines */
            if (!count_text(&c, line, n)) {
                st = wt_fail(err, WT_ENOMEM, files[f], 0, -1, "out of memory");
                break;
            }
        }
        fclose(in);
    }
    free(line);
    if (st == WT_OK) {
        pair *v = malloc((c.used ? c.used : 1) * sizeof *v);
        size_t k = 0;
        for (size_t i = 0; v && i < c.cap; i++)
            if (c.w[i] && c.n[i] >= (uint32_t)min_count)
                v[k++] = (pair){c.w[i], c.n[i]};
        if (v) {
            qsort(v, k, sizeof *v, cmp_pair);
            fprintf(out, "# word<TAB>count, lower case, from `warta train freq` (docs/models.md)\n");
            for (size_t i = 0; i < k; i++)
                fprintf(out, "%s\t%u\n", v[i].w, v[i].n);
        }
        free(v);
    }
    for (size_t i = 0; i < c.cap; i++)
        free(c.w[i]);
    free(c.w);
    free(c.n);
    return st;
}
