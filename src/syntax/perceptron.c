/* perceptron.c - see perceptron.h. Averaging is the usual lazy one: each
 * weight remembers when it last changed and the sum of its past values. */
#include "perceptron.h"

#include <math.h>
#include <stdio.h>
#if defined(__SSE__)
#include <xmmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    uint16_t cls;
    float w;
} entry;

typedef struct stat {
    double sum;  /* sum of the weight over the instances before ts */
    uint64_t ts; /* the instance of its last change */
} stat;

typedef struct row {
    uint64_t key; /* 0: an empty slot */
    uint32_t n, cap;
    entry *e;
    union {
        stat *st;     /* a model in training */
        float *dense; /* a flat model: the row as n_classes weights, or NULL */
    };
} row;

struct wt_ap {
    size_t n_classes;
    row *rows; /* open addressing, linear probing */
    size_t mask, used;
    uint64_t t;       /* instances seen */
    entry *block;     /* a flat (averaged or loaded) model's entries, in one block */
    float *dense;     /* a flat model's dense rows, in one block */
};

wt_ap *wt_ap_new(size_t n_classes)
{
    wt_ap *m = calloc(1, sizeof *m);
    if (!m || !(m->rows = calloc(1024, sizeof *m->rows))) {
        free(m);
        return NULL;
    }
    m->n_classes = n_classes;
    m->mask = 1023;
    return m;
}

void wt_ap_free(wt_ap *m)
{
    if (!m)
        return;
    if (!m->block)
        for (size_t i = 0; i <= m->mask; i++) {
            free(m->rows[i].e);
            free(m->rows[i].st);
        }
    free(m->block);
    free(m->dense);
    free(m->rows);
    free(m);
}

size_t wt_ap_classes(const wt_ap *m) { return m->n_classes; }

static uint64_t fix_key(uint64_t k) { return k ? k : 1; }

static const row *find(const wt_ap *m, uint64_t key)
{
    for (size_t i = (size_t)key & m->mask;; i = (i + 1) & m->mask) {
        const row *r = &m->rows[i];
        if (r->key == key)
            return r;
        if (!r->key)
            return NULL;
    }
}

static bool grow(wt_ap *m)
{
    size_t cap = (m->mask + 1) * 2;
    row *rows = calloc(cap, sizeof *rows);
    if (!rows)
        return false;
    for (size_t i = 0; i <= m->mask; i++) {
        if (!m->rows[i].key)
            continue;
        size_t k = (size_t)m->rows[i].key & (cap - 1);
        while (rows[k].key)
            k = (k + 1) & (cap - 1);
        rows[k] = m->rows[i];
    }
    free(m->rows);
    m->rows = rows;
    m->mask = cap - 1;
    return true;
}

/* The row of key, made when missing (NULL when memory runs out). */
static row *find_or_add(wt_ap *m, uint64_t key)
{
    if ((m->used + 1) * 4 > (m->mask + 1) * 3 && !grow(m))
        return NULL;
    size_t i = (size_t)key & m->mask;
    while (m->rows[i].key && m->rows[i].key != key)
        i = (i + 1) & m->mask;
    if (!m->rows[i].key) {
        m->rows[i].key = key;
        m->used++;
    }
    return &m->rows[i];
}

/* scores[0..n) += w[0..n), four at a time where the machine can: each
 * class's sum is still added up feature by feature, in the same order. */
static void add_dense(float *scores, const float *w, size_t n)
{
    size_t c = 0;
#if defined(__SSE__)
    for (; c + 16 <= n; c += 16) {
        __m128 a = _mm_add_ps(_mm_loadu_ps(scores + c), _mm_loadu_ps(w + c));
        __m128 b = _mm_add_ps(_mm_loadu_ps(scores + c + 4), _mm_loadu_ps(w + c + 4));
        __m128 d = _mm_add_ps(_mm_loadu_ps(scores + c + 8), _mm_loadu_ps(w + c + 8));
        __m128 e = _mm_add_ps(_mm_loadu_ps(scores + c + 12), _mm_loadu_ps(w + c + 12));
        _mm_storeu_ps(scores + c, a);
        _mm_storeu_ps(scores + c + 4, b);
        _mm_storeu_ps(scores + c + 8, d);
        _mm_storeu_ps(scores + c + 12, e);
    }
    for (; c + 4 <= n; c += 4)
        _mm_storeu_ps(scores + c, _mm_add_ps(_mm_loadu_ps(scores + c), _mm_loadu_ps(w + c)));
#endif
    for (; c < n; c++)
        scores[c] += w[c];
}

void wt_ap_score(const wt_ap *m, const uint64_t *f, size_t nf, float *scores)
{
    memset(scores, 0, m->n_classes * sizeof *scores);
    bool flat = m->block != NULL;
    for (size_t i = 0; i < nf; i++) {
        const row *r = find(m, fix_key(f[i]));
        if (!r)
            continue;
        if (flat && r->dense) {
            add_dense(scores, r->dense, m->n_classes);
            continue;
        }
        for (uint32_t k = 0; k < r->n; k++)
            scores[r->e[k].cls] += r->e[k].w;
    }
}

static bool add_weight(wt_ap *m, row *r, int cls, float delta)
{
    uint32_t k = 0;
    while (k < r->n && r->e[k].cls != cls)
        k++;
    if (k == r->n) {
        if (r->n == r->cap) {
            uint32_t cap = r->cap ? r->cap * 2 : 2;
            entry *e = realloc(r->e, cap * sizeof *e);
            if (!e)
                return false;
            r->e = e;
            stat *st = realloc(r->st, cap * sizeof *st);
            if (!st)
                return false;
            r->st = st;
            r->cap = cap;
        }
        r->e[k] = (entry){(uint16_t)cls, 0};
        r->st[k] = (stat){0, m->t};
        r->n++;
    }
    stat *s = &r->st[k];
    s->sum += (double)(m->t - s->ts) * r->e[k].w;
    s->ts = m->t;
    r->e[k].w += delta;
    return true;
}

bool wt_ap_update(wt_ap *m, const uint64_t *f, size_t nf, int truth, int guess)
{
    if (truth != guess)
        for (size_t i = 0; i < nf; i++) {
            row *r = find_or_add(m, fix_key(f[i]));
            if (!r || !add_weight(m, r, truth, 1) || !add_weight(m, r, guess, -1))
                return false;
        }
    m->t++;
    return true;
}

/* An empty model with room for n rows and total entries in one block. */
static wt_ap *new_flat(size_t n_classes, size_t n, size_t total)
{
    wt_ap *a = calloc(1, sizeof *a);
    size_t cap = 1024;
    while (cap * 3 < n * 4 + 4)
        cap *= 2;
    if (!a || !(a->rows = calloc(cap, sizeof *a->rows)) || !(a->block = malloc((total + 1) * sizeof *a->block))) {
        if (a)
            free(a->rows);
        free(a);
        return NULL;
    }
    a->n_classes = n_classes;
    a->mask = cap - 1;
    return a;
}

/* Adds a row whose entries are already in the block at e. */
static void put_flat(wt_ap *a, uint64_t key, entry *e, uint32_t n)
{
    size_t i = (size_t)key & a->mask;
    while (a->rows[i].key)
        i = (i + 1) & a->mask;
    a->rows[i] = (row){.key = key, .n = n, .cap = n, .e = e};
    a->used++;
}

/* Whether a row of n entries is cheaper added as all the classes, four
 * at a time (about one instruction a class), than entry by entry (about
 * ten each): callgrind's counts on the pipeline chose the margin. */
static bool worth_dense(size_t n_classes, uint32_t n) { return 10 * (size_t)n > n_classes + 20; }

/* Gives a flat model's rows that are worth it a dense copy of their
 * weights (a missing class weighs 0, which adds nothing). False when
 * memory runs out. */
static bool make_dense(wt_ap *a)
{
    size_t rows = 0, nc = a->n_classes;
    for (size_t i = 0; i <= a->mask; i++)
        rows += a->rows[i].key && worth_dense(nc, a->rows[i].n);
    if (!rows)
        return true;
    if (!(a->dense = calloc(rows * nc, sizeof *a->dense)))
        return false;
    float *next = a->dense;
    for (size_t i = 0; i <= a->mask; i++) {
        row *r = &a->rows[i];
        if (!r->key || !worth_dense(nc, r->n))
            continue;
        for (uint32_t k = 0; k < r->n; k++)
            next[r->e[k].cls] += r->e[k].w;
        r->dense = next;
        next += nc;
    }
    return true;
}

wt_ap *wt_ap_averaged(const wt_ap *m, float min)
{
    size_t total = 0;
    for (size_t i = 0; i <= m->mask; i++)
        total += m->rows[i].n;
    wt_ap *a = new_flat(m->n_classes, m->used, total);
    if (!a)
        return NULL;
    double t = m->t ? (double)m->t : 1;
    size_t used = 0;
    for (size_t i = 0; i <= m->mask; i++) {
        const row *r = &m->rows[i];
        uint32_t kept = 0;
        for (uint32_t k = 0; k < r->n; k++) {
            double avg = (r->st[k].sum + (double)(m->t - r->st[k].ts) * r->e[k].w) / t;
            if (fabs(avg) >= min)
                a->block[used + kept++] = (entry){r->e[k].cls, (float)avg};
        }
        if (kept) {
            put_flat(a, r->key, a->block + used, kept);
            used += kept;
        }
    }
    a->t = m->t;
    if (!make_dense(a)) {
        wt_ap_free(a);
        return NULL;
    }
    return a;
}

/* ---- files: "AP classes rows entries\n", then per row in key order:
 * key (8 bytes), count (2), and count x (class 2, weight 4), little-endian */

static void put_le(unsigned char *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static int cmp_key(const void *a, const void *b)
{
    uint64_t x = (*(const row *const *)a)->key, y = (*(const row *const *)b)->key;
    return x < y ? -1 : x > y;
}

bool wt_ap_write(const wt_ap *m, gzFile gz)
{
    const row **order = malloc((m->used + 1) * sizeof *order);
    if (!order)
        return false;
    size_t n = 0, total = 0;
    for (size_t i = 0; i <= m->mask; i++)
        if (m->rows[i].key && m->rows[i].n) {
            order[n++] = &m->rows[i];
            total += m->rows[i].n;
        }
    qsort(order, n, sizeof *order, cmp_key);
    bool ok = gzprintf(gz, "AP %zu %zu %zu\n", m->n_classes, n, total) > 0;
    for (size_t i = 0; ok && i < n; i++) {
        const row *r = order[i];
        uint32_t cnt = r->n > 65535 ? 65535 : r->n;
        unsigned char head[10];
        put_le(head, r->key, 8);
        put_le(head + 8, cnt, 2);
        ok = gzwrite(gz, head, 10) == 10;
        for (uint32_t k = 0; ok && k < cnt; k++) {
            unsigned char e[6];
            uint32_t bits;
            memcpy(&bits, &r->e[k].w, 4);
            put_le(e, r->e[k].cls, 2);
            put_le(e + 2, bits, 4);
            ok = gzwrite(gz, e, 6) == 6;
        }
    }
    free(order);
    return ok;
}

wt_ap *wt_ap_read(gzFile gz)
{
    char line[128];
    size_t nc, n, total;
    if (!gzgets(gz, line, sizeof line) || sscanf(line, "AP %zu %zu %zu", &nc, &n, &total) != 3 || nc == 0 ||
        nc > 65535 || n > ((size_t)1 << 28) || total > ((size_t)1 << 30))
        return NULL;
    wt_ap *a = new_flat(nc, n, total);
    /* the rows in one read: n heads of 10 bytes and total entries of 6 */
    size_t bytes = n * 10 + total * 6;
    unsigned char *buf = a ? malloc(bytes + 1) : NULL;
    if (!buf) {
        wt_ap_free(a);
        return NULL;
    }
    size_t got = 0;
    while (got < bytes) {
        unsigned chunk = bytes - got > (1u << 30) ? 1u << 30 : (unsigned)(bytes - got);
        int r = gzread(gz, buf + got, chunk);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    const unsigned char *p = buf, *end = buf + got;
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        if (end - p < 10)
            goto bad;
        uint64_t key = get_le(p, 8);
        uint32_t cnt = (uint32_t)get_le(p + 8, 2);
        p += 10;
        if (!key || cnt == 0 || used + cnt > total || (size_t)(end - p) < 6 * (size_t)cnt || find(a, key))
            goto bad;
        for (uint32_t k = 0; k < cnt; k++, p += 6) {
            uint32_t bits = (uint32_t)get_le(p + 2, 4);
            entry *x = &a->block[used + k];
            x->cls = (uint16_t)get_le(p, 2);
            memcpy(&x->w, &bits, 4);
            if (x->cls >= nc || !isfinite(x->w))
                goto bad;
        }
        put_flat(a, key, a->block + used, cnt);
        used += cnt;
    }
    free(buf);
    if (!make_dense(a)) {
        wt_ap_free(a);
        return NULL;
    }
    return a;
bad:
    free(buf);
    wt_ap_free(a);
    return NULL;
}
