/* freq.c - see freq.h. The table is an open-addressing hash of the embedded
 * file's lines, built on first use. */
#include "freq.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

extern const char wt_data_wordfreq[];
extern const size_t wt_data_wordfreq_len;

typedef struct entry {
    const char *w; /* points into the embedded data */
    uint32_t n, count;
} entry;

static entry *g_tab;
static size_t g_cap;
static unsigned long long g_total;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static void load(void)
{
    size_t lines = 0;
    for (size_t i = 0; i < wt_data_wordfreq_len; i++)
        lines += wt_data_wordfreq[i] == '\n';
    g_cap = 16;
    while (g_cap < lines * 2 + 16)
        g_cap *= 2;
    g_tab = calloc(g_cap, sizeof *g_tab);
    if (!g_tab)
        return;
    const char *pos = wt_data_wordfreq, *end = pos + wt_data_wordfreq_len, *p;
    size_t len;
    while (wt_data_line(&pos, end, &p, &len)) {
        const char *tab = memchr(p, '\t', len);
        if (tab) {
            uint32_t n = (uint32_t)(tab - p);
            uint32_t c = (uint32_t)strtoul(tab + 1, NULL, 10);
            size_t h = (size_t)XXH3_64bits(p, n) & (g_cap - 1);
            while (g_tab[h].w)
                h = (h + 1) & (g_cap - 1);
            g_tab[h] = (entry){p, n, c};
            g_total += c;
        }
    }
}

unsigned wt_freq(const char *w, size_t n)
{
    pthread_once(&g_once, load);
    if (!g_tab || n == 0 || n > 64)
        return 0;
    char low[64];
    for (size_t i = 0; i < n; i++)
        low[i] = (char)((unsigned char)w[i] | ((w[i] >= 'A' && w[i] <= 'Z') ? 0x20 : 0));
    size_t h = (size_t)XXH3_64bits(low, n) & (g_cap - 1);
    while (g_tab[h].w) {
        if (g_tab[h].n == n && memcmp(g_tab[h].w, low, n) == 0)
            return g_tab[h].count;
        h = (h + 1) & (g_cap - 1);
    }
    return 0;
}

size_t wt_freq_words(unsigned min_count, char (*words)[41], unsigned *counts, size_t cap)
{
    pthread_once(&g_once, load);
    size_t k = 0;
    for (size_t i = 0; g_tab && i < g_cap; i++) {
        if (!g_tab[i].w || g_tab[i].count < min_count || g_tab[i].n > 40)
            continue;
        if (words) {
            if (k >= cap)
                break;
            memcpy(words[k], g_tab[i].w, g_tab[i].n);
            words[k][g_tab[i].n] = 0;
            counts[k] = g_tab[i].count;
        }
        k++;
    }
    return k;
}

unsigned long long wt_freq_total(void)
{
    pthread_once(&g_once, load);
    return g_total;
}

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
