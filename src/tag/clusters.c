/* clusters.c - see clusters.h. */
#include "clusters.h"

#include <limits.h>
#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
#include <xxhash.h>
#include <zlib.h>

#define MAX_WORD 40
#define N_CTX 1000 /* the most frequent tokens serve as contexts */
static const unsigned SPLIT[WT_CLUSTER_LEVELS] = {32, 8, 4};

/* ---- a word table: word -> index, insertion order kept ---- */

typedef struct entry {
    char *w;
    uint32_t count;
    uint32_t mid, mid_cap; /* occurrences inside a sentence, capitalised ones */
    unsigned ids[WT_CLUSTER_LEVELS];
    unsigned cap; /* 0-4: how often it is capitalised inside a sentence */
} entry;

struct wt_clusters {
    entry *e;
    size_t n, cap;
    uint32_t *slot; /* open addressing: index + 1, 0 = empty */
    size_t n_slots;
};

wt_clusters *wt_clusters_new(void) { return calloc(1, sizeof(wt_clusters)); }

void wt_clusters_free(wt_clusters *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        free(c->e[i].w);
    free(c->e);
    free(c->slot);
    free(c);
}

static bool rehash(wt_clusters *c)
{
    size_t ns = c->n_slots ? c->n_slots * 2 : 1 << 12;
    uint32_t *s = calloc(ns, sizeof *s);
    if (!s)
        return false;
    for (size_t i = 0; i < c->n; i++) {
        size_t h = (size_t)XXH3_64bits(c->e[i].w, strlen(c->e[i].w)) & (ns - 1);
        while (s[h])
            h = (h + 1) & (ns - 1);
        s[h] = (uint32_t)i + 1;
    }
    free(c->slot);
    c->slot = s;
    c->n_slots = ns;
    return true;
}

/* The index of the word, added when absent (add) or -1. */
static long lookup(wt_clusters *c, const char *w, size_t n, bool add)
{
    if (c->n_slots) {
        size_t h = (size_t)XXH3_64bits(w, n) & (c->n_slots - 1);
        while (c->slot[h]) {
            const entry *e = &c->e[c->slot[h] - 1];
            if (strlen(e->w) == n && memcmp(e->w, w, n) == 0)
                return (long)c->slot[h] - 1;
            h = (h + 1) & (c->n_slots - 1);
        }
    }
    if (!add)
        return -1;
    if ((c->n + 1) * 2 > c->n_slots && !rehash(c))
        return -1;
    if (c->n == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 1024;
        entry *ne = realloc(c->e, nc * sizeof *ne);
        if (!ne)
            return -1;
        c->e = ne;
        c->cap = nc;
    }
    char *copy = strndup(w, n);
    if (!copy)
        return -1;
    c->e[c->n] = (entry){copy, 0, 0, 0, {0}, 0};
    size_t h = (size_t)XXH3_64bits(w, n) & (c->n_slots - 1);
    while (c->slot[h])
        h = (h + 1) & (c->n_slots - 1);
    c->slot[h] = (uint32_t)c->n + 1;
    return (long)c->n++;
}

/* lower case, digits as 0; false when too long */
static bool normalise(const char *w, size_t n, char *out)
{
    if (n == 0 || n > MAX_WORD)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)w[i];
        out[i] = isdigit(ch) ? '0' : (char)tolower(ch);
    }
    out[n] = 0;
    return true;
}

bool wt_clusters_get(const wt_clusters *c, const char *w, size_t n, unsigned ids[WT_CLUSTER_LEVELS],
                     unsigned *cap)
{
    char norm[MAX_WORD + 1];
    if (!c || !normalise(w, n, norm))
        return false;
    long i = lookup((wt_clusters *)c, norm, n, false);
    if (i < 0)
        return false;
    memcpy(ids, c->e[i].ids, sizeof c->e[i].ids);
    *cap = c->e[i].cap;
    return true;
}

size_t wt_clusters_count(const wt_clusters *c) { return c ? c->n : 0; }

void wt_clusters_entry(const wt_clusters *c, size_t i, const char **word, unsigned ids[WT_CLUSTER_LEVELS],
                       unsigned *cap)
{
    *word = c->e[i].w;
    memcpy(ids, c->e[i].ids, sizeof c->e[i].ids);
    *cap = c->e[i].cap;
}

bool wt_clusters_add(wt_clusters *c, const char *w, size_t n, const unsigned ids[WT_CLUSTER_LEVELS], unsigned cap)
{
    long i = lookup(c, w, n, true);
    if (i < 0)
        return false;
    memcpy(c->e[i].ids, ids, sizeof c->e[i].ids);
    c->e[i].cap = cap;
    return true;
}

/* one line of a table: "word<TAB>c32<TAB>c256<TAB>c1024<TAB>cap" */
bool wt_clusters_parse_line(wt_clusters *c, char *line, bool *ok)
{
    char *tab = strchr(line, '\t');
    const char *p = tab ? tab + 1 : NULL;
    unsigned long long v[WT_CLUSTER_LEVELS + 1];
    *ok = p && wt_scan_uints(&p, 10, UINT_MAX, v, WT_CLUSTER_LEVELS + 1) && v[WT_CLUSTER_LEVELS] < 5;
    unsigned ids[WT_CLUSTER_LEVELS];
    for (size_t k = 0; k < WT_CLUSTER_LEVELS; k++)
        ids[k] = (unsigned)v[k];
    return *ok && wt_clusters_add(c, line, (size_t)(tab - line), ids, (unsigned)v[WT_CLUSTER_LEVELS]);
}

int wt_clusters_format(const wt_clusters *c, size_t i, char *out, size_t cap)
{
    const entry *e = &c->e[i];
    return snprintf(out, cap, "%s\t%u\t%u\t%u\t%u\n", e->w, e->ids[0], e->ids[1], e->ids[2], e->cap);
}

/* ---- reading text into a stream of word indexes ---- */

#define BREAK UINT32_MAX

typedef struct stream {
    uint32_t *v;
    size_t n, cap;
} stream;

static bool push(stream *s, uint32_t x)
{
    if (s->n && x == BREAK && s->v[s->n - 1] == BREAK)
        return true;
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 1 << 16;
        uint32_t *nv = realloc(s->v, nc * sizeof *nv);
        if (!nv)
            return false;
        s->v = nv;
        s->cap = nc;
    }
    s->v[s->n++] = x;
    return true;
}

static bool word(wt_clusters *t, stream *s, const char *w, size_t n)
{
    char norm[MAX_WORD + 1];
    if (!normalise(w, n, norm))
        return push(s, BREAK);
    long i = lookup(t, norm, n, true);
    if (i < 0)
        return false;
    t->e[i].count++;
    if (s->n && s->v[s->n - 1] != BREAK && isalpha((unsigned char)w[0])) {
        t->e[i].mid++;
        t->e[i].mid_cap += isupper((unsigned char)w[0]) != 0;
    }
    return push(s, (uint32_t)i);
}

/* words: runs of letters, digits and non-ASCII bytes; other printable
 * characters are one-character tokens; a sentence end is a break */
static bool tokens(wt_clusters *t, stream *s, const char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)p[i];
        if (isspace(ch) || ch < 0x20) {
            i++;
            continue;
        }
        size_t st = i;
        if (isalnum(ch) || ch >= 0x80) {
            while (i < n && (isalnum((unsigned char)p[i]) || (unsigned char)p[i] >= 0x80 ||
                             (p[i] == '-' && i + 1 < n && isalpha((unsigned char)p[i + 1]))))
                i++;
        } else {
            i++;
        }
        if (!word(t, s, p + st, i - st))
            return false;
        if ((ch == '.' || ch == '?' || ch == '!') && !push(s, BREAK))
            return false;
    }
    return true;
}

static bool line_tokens(wt_clusters *t, stream *s, char *line, size_t len, bool *not_json)
{
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        line[--len] = 0;
    if (len == 0)
        return push(s, BREAK);
    if (line[0] == '{') { /* JSON Lines: the article's text fields */
        json_t *o = json_loadb(line, len, 0, NULL);
        bool ok = true;
        *not_json = !json_is_object(o);
        if (!*not_json) {
            static const char *const F[] = {"title", "content", "text", "body", "article", NULL};
            for (size_t k = 0; ok && F[k]; k++) {
                const json_t *v = json_object_get(o, F[k]);
                if (json_is_string(v))
                    ok = tokens(t, s, json_string_value(v), json_string_length(v)) && push(s, BREAK);
            }
        }
        json_decref(o);
        return ok;
    }
    const char *tab = memchr(line, '\t', len);
    const char *sp = memchr(line, ' ', len);
    if (tab) /* CoNLL: the token */
        return word(t, s, line, (size_t)(tab - line));
    if (sp && len < 80 && strchr(sp + 1, ' ') && strchr(sp + 1, ' ') - sp < 12 && !strchr(strchr(sp + 1, ' ') + 1, ' '))
        return word(t, s, line, (size_t)(sp - line)); /* "token POS TAG" */
    return tokens(t, s, line, len) && push(s, BREAK);
}

/* ---- sparse PPMI vectors and spherical k-means ---- */

#define DIM (3 * N_CTX) /* before, after, two away */

typedef struct vecs {
    size_t *row; /* row[w] .. row[w + 1] */
    uint32_t *col;
    float *val;
} vecs;

static uint64_t rng_next(uint64_t *r)
{
    *r ^= *r << 13;
    *r ^= *r >> 7;
    *r ^= *r << 17;
    return *r;
}

static float sdot(const vecs *v, uint32_t w, const float *dense)
{
    float s = 0;
    for (size_t k = v->row[w]; k < v->row[w + 1]; k++)
        s += v->val[k] * dense[v->col[k]];
    return s;
}

static void sput(const vecs *v, uint32_t w, float *dense)
{
    for (size_t k = v->row[w]; k < v->row[w + 1]; k++)
        dense[v->col[k]] += v->val[k];
}

static void unit(float *c)
{
    double n = 0;
    for (size_t d = 0; d < DIM; d++)
        n += (double)c[d] * c[d];
    n = sqrt(n);
    if (n > 0)
        for (size_t d = 0; d < DIM; d++)
            c[d] = (float)(c[d] / n);
}

/* Spherical k-means of the words idx[0..n) into k classes (k-means++
 * seeding, fixed random stream); writes each word's class to out. */
static bool kmeans(const vecs *vec, const uint32_t *idx, size_t n, unsigned k, int iters, uint64_t *rng,
                   unsigned *out)
{
    if (n <= k) {
        for (size_t i = 0; i < n; i++)
            out[i] = (unsigned)i;
        return true;
    }
    float *cen = calloc((size_t)k * DIM, sizeof *cen);
    double *dist = malloc(n * sizeof *dist);
    if (!cen || !dist) {
        free(cen);
        free(dist);
        return false;
    }
    for (unsigned c = 0; c < k; c++) {
        size_t pick = 0;
        if (c) {
            double total = 0;
            for (size_t i = 0; i < n; i++)
                total += dist[i] > 0 ? dist[i] : 0;
            double r = (double)(rng_next(rng) >> 11) / 9007199254740992.0 * total;
            pick = n - 1;
            for (size_t i = 0; i < n; i++) {
                r -= dist[i] > 0 ? dist[i] : 0;
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
        }
        sput(vec, idx[pick], cen + (size_t)c * DIM);
        for (size_t i = 0; i < n; i++) {
            double d = 1.0 - sdot(vec, idx[i], cen + (size_t)c * DIM);
            if (c == 0 || d < dist[i])
                dist[i] = d;
        }
    }
    for (int it = 0; it < iters; it++) {
        bool moved = false;
        for (size_t i = 0; i < n; i++) {
            unsigned best = 0;
            float bs = -2;
            for (unsigned c = 0; c < k; c++) {
                float s = sdot(vec, idx[i], cen + (size_t)c * DIM);
                if (s > bs) {
                    bs = s;
                    best = c;
                }
            }
            if (it == 0 || out[i] != best)
                moved = true;
            out[i] = best;
        }
        if (!moved)
            break;
        memset(cen, 0, (size_t)k * DIM * sizeof *cen);
        for (size_t i = 0; i < n; i++)
            sput(vec, idx[i], cen + (size_t)out[i] * DIM);
        for (unsigned c = 0; c < k; c++)
            unit(cen + (size_t)c * DIM);
    }
    free(cen);
    free(dist);
    return true;
}

/* Splits the words that share classes [0, level) into SPLIT[level] classes,
 * recursively. */
static bool split(const vecs *vec, uint32_t *idx, size_t n, int level, unsigned base, uint64_t *rng,
                  wt_clusters *t, const uint32_t *word_of)
{
    if (level == WT_CLUSTER_LEVELS || n == 0)
        return true;
    unsigned k = SPLIT[level];
    unsigned *cls = malloc(n * sizeof *cls);
    uint32_t *tmp = malloc(n * sizeof *tmp);
    if (!cls || !tmp || !kmeans(vec, idx, n, k, level == 0 ? 20 : 12, rng, cls)) {
        free(cls);
        free(tmp);
        return false;
    }
    bool ok = true;
    size_t at = 0;
    for (unsigned c = 0; c < k && ok; c++) {
        size_t start = at;
        for (size_t i = 0; i < n; i++)
            if (cls[i] == c) {
                tmp[at++] = idx[i];
                t->e[word_of[idx[i]]].ids[level] = base * k + c;
            }
        ok = split(vec, tmp + start, at - start, level + 1, base * k + c, rng, t, word_of);
    }
    free(cls);
    free(tmp);
    return ok;
}

typedef struct ranked {
    uint32_t count, idx;
    const char *w;
} ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->w, y->w);
}

wt_status wt_clusters_build(char **files, int n_files, unsigned min_count, size_t max_words, FILE *out,
                            FILE *warn, size_t *skipped, wt_error *err)
{
    *skipped = 0;
    wt_clusters *t = wt_clusters_new();
    stream s = {0};
    wt_status st = t ? WT_OK : wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    char buf[1 << 16];
    for (int f = 0; f < n_files && st == WT_OK; f++) {
        gzFile gz = gzopen(files[f], "rb");
        if (!gz) {
            st = wt_fail(err, WT_EIO, files[f], 0, -1, "cannot open: %s", strerror(errno));
            break;
        }
        char *line = NULL;
        size_t len = 0, cap = 0;
        long long lineno = 0;
        for (;;) {
            char *got = gzgets(gz, buf, sizeof buf);
            if (got) {
                size_t k = strlen(buf);
                if (len + k + 1 > cap) {
                    size_t nc = (len + k + 1) * 2;
                    char *nl = realloc(line, nc);
                    if (!nl) {
                        st = wt_fail(err, WT_ENOMEM, files[f], lineno, -1, "out of memory");
                        break;
                    }
                    line = nl;
                    cap = nc;
                }
                memcpy(line + len, buf, k + 1);
                len += k;
                if (k && buf[k - 1] != '\n')
                    continue; /* the line goes on */
            }
            if (len) {
                lineno++;
                bool not_json = false;
                if (!line_tokens(t, &s, line, len, &not_json)) {
                    st = wt_fail(err, WT_ENOMEM, files[f], lineno, -1, "out of memory");
                    break;
                }
                if (not_json) {
                    if (warn)
                        fprintf(warn, "warta: %s:%lld: not a JSON object; line skipped\n", files[f], lineno);
                    (*skipped)++;
                }
                len = 0;
            }
            if (!got)
                break;
        }
        int gerr = 0;
        const char *msg = gzerror(gz, &gerr);
        if (st == WT_OK && gerr == Z_BUF_ERROR) { /* a gzip stream cut short: keep what was read */
            if (warn)
                fprintf(warn, "warta: %s:%lld: damaged or truncated gzip; the rest of the file skipped\n",
                        files[f], lineno);
            (*skipped)++;
        } else if (st == WT_OK && gerr < 0) {
            st = wt_fail(err, WT_EIO, files[f], lineno, -1, "read error: %s", msg);
        } else if (st == WT_OK && !gzeof(gz)) {
            st = wt_fail(err, WT_EIO, files[f], lineno, -1, "read error");
        }
        gzclose(gz);
        free(line);
        if (st == WT_OK && !push(&s, BREAK))
            st = wt_fail(err, WT_ENOMEM, files[f], 0, -1, "out of memory");
    }
    /* the vocabulary: words by frequency */
    uint32_t *order = NULL, *vocab_of = NULL, *ctx_of = NULL, *word_of = NULL;
    uint16_t *co = NULL;
    vecs vec = {0};
    size_t V = 0;
    if (st == WT_OK) {
        order = malloc((t->n ? t->n : 1) * sizeof *order);
        vocab_of = malloc((t->n ? t->n : 1) * sizeof *vocab_of);
        ctx_of = malloc((t->n ? t->n : 1) * sizeof *ctx_of);
        if (!order || !vocab_of || !ctx_of)
            st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    }
    if (st == WT_OK) {
        ranked *rk = malloc((t->n ? t->n : 1) * sizeof *rk);
        if (!rk) {
            st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
            goto done;
        }
        for (size_t i = 0; i < t->n; i++)
            rk[i] = (ranked){t->e[i].count, (uint32_t)i, t->e[i].w};
        qsort(rk, t->n, sizeof *rk, cmp_ranked);
        for (size_t i = 0; i < t->n; i++)
            order[i] = rk[i].idx;
        free(rk);
        for (size_t i = 0; i < t->n; i++) {
            vocab_of[i] = ctx_of[i] = UINT32_MAX;
        }
        for (size_t r = 0; r < t->n; r++) {
            const entry *e = &t->e[order[r]];
            if (r < N_CTX)
                ctx_of[order[r]] = (uint32_t)r;
            if (e->count >= min_count && V < max_words && isalnum((unsigned char)e->w[0]) + ((unsigned char)e->w[0] >= 0x80))
                vocab_of[order[r]] = (uint32_t)V++;
        }
        word_of = malloc((V ? V : 1) * sizeof *word_of);
        co = calloc(V * DIM + 1, sizeof *co);
        if (!word_of || !co)
            st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory for %zu words", V);
    }
    if (st == WT_OK) {
        for (size_t i = 0; i < t->n; i++)
            if (vocab_of[i] != UINT32_MAX)
                word_of[vocab_of[i]] = (uint32_t)i;
        /* co-occurrence counts: word before, word after, words two away */
        for (size_t i = 0; i < s.n; i++) {
            if (s.v[i] == BREAK || vocab_of[s.v[i]] == UINT32_MAX)
                continue;
            uint16_t *row = co + (size_t)vocab_of[s.v[i]] * DIM;
            const long rel[4] = {-1, 1, -2, 2};
            const int slot[4] = {0, 1, 2, 2};
            for (int k = 0; k < 4; k++) {
                long j = (long)i + rel[k];
                if (j < 0 || (size_t)j >= s.n || s.v[j] == BREAK)
                    continue;
                if ((rel[k] == -2 && s.v[i - 1] == BREAK) || (rel[k] == 2 && s.v[i + 1] == BREAK))
                    continue;
                uint32_t c = ctx_of[s.v[j]];
                if (c != UINT32_MAX && row[(size_t)slot[k] * N_CTX + c] < UINT16_MAX)
                    row[(size_t)slot[k] * N_CTX + c]++;
            }
        }
        /* PPMI (context distribution smoothed with 0.75), each row of unit length */
        double *col = calloc(DIM, sizeof *col), colsum[3] = {0};
        size_t nnz = 0;
        for (size_t k = 0; k < V * DIM; k++)
            nnz += co[k] != 0;
        vec.row = malloc((V + 1) * sizeof *vec.row);
        vec.col = malloc((nnz ? nnz : 1) * sizeof *vec.col);
        vec.val = malloc((nnz ? nnz : 1) * sizeof *vec.val);
        if (!col || !vec.row || !vec.col || !vec.val) {
            st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
        } else {
            for (size_t w = 0; w < V; w++)
                for (size_t c = 0; c < DIM; c++)
                    col[c] += co[w * DIM + c];
            for (size_t c = 0; c < DIM; c++) {
                col[c] = pow(col[c], 0.75);
                colsum[c / N_CTX] += col[c];
            }
            size_t at = 0;
            for (size_t w = 0; w < V; w++) {
                const uint16_t *row = co + w * DIM;
                vec.row[w] = at;
                double norm = 0;
                for (int sl = 0; sl < 3; sl++) {
                    double rs = 0;
                    for (size_t c = 0; c < N_CTX; c++)
                        rs += row[(size_t)sl * N_CTX + c];
                    for (size_t c = 0; rs > 0 && c < N_CTX; c++) {
                        size_t cc = (size_t)sl * N_CTX + c;
                        if (!row[cc] || col[cc] == 0)
                            continue;
                        double pmi = log((double)row[cc] * colsum[sl] / (rs * col[cc]));
                        if (pmi <= 0)
                            continue;
                        vec.col[at] = (uint32_t)cc;
                        vec.val[at++] = (float)pmi;
                        norm += pmi * pmi;
                    }
                }
                norm = sqrt(norm);
                for (size_t k = vec.row[w]; norm > 0 && k < at; k++)
                    vec.val[k] = (float)(vec.val[k] / norm);
            }
            vec.row[V] = at;
        }
        free(col);
    }
    if (st == WT_OK) {
        uint32_t *idx = malloc((V ? V : 1) * sizeof *idx);
        uint64_t rng = 0x2545F4914F6CDD1Dull;
        for (size_t i = 0; idx && i < V; i++)
            idx[i] = (uint32_t)i;
        if (!idx || !split(&vec, idx, V, 0, 0, &rng, t, word_of))
            st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
        free(idx);
    }
    if (st == WT_OK) {
        fprintf(out, "# word<TAB>class of 32<TAB>of 256<TAB>of 1024<TAB>capitalised inside a sentence (0 never"
                     " .. 4 always), from `warta train clusters` (docs/models.md)\n");
        for (size_t w = 0; w < V; w++) {
            entry *e = &t->e[word_of[w]];
            double share = e->mid ? (double)e->mid_cap / e->mid : 0;
            e->cap = share < 0.05 ? 0 : share < 0.3 ? 1 : share < 0.7 ? 2 : share < 0.95 ? 3 : 4;
            char line[128];
            wt_clusters_format(t, word_of[w], line, sizeof line);
            fputs(line, out);
        }
    }
done:
    free(order);
    free(vocab_of);
    free(ctx_of);
    free(word_of);
    free(co);
    free(vec.row);
    free(vec.col);
    free(vec.val);
    free(s.v);
    wt_clusters_free(t);
    return st;
}

wt_status wt_clusters_load(const char *path, wt_clusters **out, wt_error *err)
{
    *out = NULL;
    gzFile gz = gzopen(path, "rb");
    if (!gz)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
    wt_clusters *c = wt_clusters_new();
    wt_status st = c ? WT_OK : wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    char line[256];
    long long lineno = 0;
    while (st == WT_OK && gzgets(gz, line, sizeof line)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        bool ok;
        if (!wt_clusters_parse_line(c, line, &ok))
            st = ok ? wt_fail(err, WT_ENOMEM, path, lineno, -1, "out of memory")
                    : wt_fail(err, WT_EINPUT, path, lineno, -1, "expected word<TAB>c32<TAB>c256<TAB>c1024<TAB>cap");
    }
    gzclose(gz);
    if (st != WT_OK) {
        wt_clusters_free(c);
        return st;
    }
    *out = c;
    return WT_OK;
}
