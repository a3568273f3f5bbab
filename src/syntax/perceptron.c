/* perceptron.c - see perceptron.h. Averaging is the usual lazy one: each
 * weight remembers when it last changed and the sum of its past values. */
#include "perceptron.h"

#include <endian.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE__)
#include <xmmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define WIDE 1     /* AVX, asked of the processor when a model is made */
#define WIDE_MAX 96 /* classes the wide scorer keeps in its 12 registers */
#endif

typedef struct entry {
    uint16_t cls;
    float w;
} entry;

typedef struct stat {
    double sum;  /* sum of the weight over the instances before ts */
    uint64_t ts; /* the instance of its last change */
} stat;

/* A row of a model in training: its own arrays, grown as updates come. */
typedef struct row {
    uint64_t key; /* 0: an empty slot */
    uint32_t n, cap;
    entry *e;
    stat *st;
} row;

/* A row of a flat (averaged or loaded) model, which only scores: its
 * entries lie in one block; a row of many classes also has a dense copy. */
typedef struct slot {
    uint64_t key;   /* 0: an empty slot */
    uint32_t first; /* entries block[first .. first + n) */
    uint16_t n;
    uint16_t dense; /* its row in the dense block (row 0 unused); 0: none */
} slot;

struct wt_ap {
    size_t n_classes;
    uint64_t t; /* instances seen */
    /* in training: open addressing, linear probing, up to 3/4 full */
    row *rows;
    size_t mask, used;
    /* flat (slots != NULL): at most a quarter full. In the pipeline four
     * features in five are found (a half-full table took 1.30 probes for
     * those, 1.78 for the missing ones; a quarter-full one costs the
     * parser's model 8 MB more) */
    slot *slots;
    size_t smask, sused;
    entry *block;
    float *dense;  /* the dense rows */
    size_t stride; /* floats per dense row: n_classes, rounded up to 8 */
    bool wide;     /* scored by score_wide() */
};

#define MAX_DENSE 65535 /* dense rows a flat model keeps */

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
    for (size_t i = 0; m->rows && i <= m->mask; i++) {
        free(m->rows[i].e);
        free(m->rows[i].st);
    }
    free(m->rows);
    free(m->slots);
    free(m->block);
    free(m->dense);
    free(m);
}

size_t wt_ap_classes(const wt_ap *m) { return m->n_classes; }

/* Training stores a feature hashed to 0 as 1 (0 marks an empty slot). A
 * flat model is looked up with the hash as it is, which saves a step per
 * feature: a feature hashed to 0 (one in 2^64) finds an empty slot, whose
 * row is empty, and adds nothing. */
static uint64_t fix_key(uint64_t k) { return k ? k : 1; }

static const row *find_row(const wt_ap *m, uint64_t key)
{
    for (size_t i = (size_t)key & m->mask;; i = (i + 1) & m->mask) {
        const row *r = &m->rows[i];
        if (r->key == key)
            return r;
        if (!r->key)
            return NULL;
    }
}

static const slot *find_slot(const wt_ap *m, uint64_t key)
{
    for (size_t i = (size_t)key & m->smask;; i = (i + 1) & m->smask) {
        const slot *r = &m->slots[i];
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

/* ---- scoring ---- */

static const float *dense_of(const wt_ap *m, const slot *r)
{
    return r->dense ? m->dense + (size_t)r->dense * m->stride : NULL;
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

#if WIDE
#define ADD(k) a##k = _mm256_add_ps(a##k, _mm256_loadu_ps(w + 8 * (k)))
#define FALL __attribute__((fallthrough))
/* OP(k) for every register k the model's classes use, the highest first */
#define EACH_GROUP(OP)                                                                                                 \
    switch (groups) {                                                                                                  \
    case 12: OP(11); FALL;                                                                                             \
    case 11: OP(10); FALL;                                                                                             \
    case 10: OP(9); FALL;                                                                                              \
    case 9: OP(8); FALL;                                                                                               \
    case 8: OP(7); FALL;                                                                                               \
    case 7: OP(6); FALL;                                                                                               \
    case 6: OP(5); FALL;                                                                                               \
    case 5: OP(4); FALL;                                                                                               \
    case 4: OP(3); FALL;                                                                                               \
    case 3: OP(2); FALL;                                                                                               \
    case 2: OP(1); FALL;                                                                                               \
    default: OP(0);                                                                                                    \
    }

/* One-hot lane masks: LANE[l] keeps lane l of a vector, zeroes the rest. */
static const uint32_t LANE[8][8] __attribute__((aligned(32))) = {
    {~0u, 0, 0, 0, 0, 0, 0, 0}, {0, ~0u, 0, 0, 0, 0, 0, 0}, {0, 0, ~0u, 0, 0, 0, 0, 0}, {0, 0, 0, ~0u, 0, 0, 0, 0},
    {0, 0, 0, 0, ~0u, 0, 0, 0}, {0, 0, 0, 0, 0, ~0u, 0, 0}, {0, 0, 0, 0, 0, 0, ~0u, 0}, {0, 0, 0, 0, 0, 0, 0, ~0u},
};

/* The lanes of a group of eight classes that hold one of the first n
 * (n > 8: all of them), for the masked loads and stores of the ends. */
__attribute__((target("avx"))) static inline __m256i lanes_below(size_t n)
{
    static const int32_t RAMP[16] = {-1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0};
    return _mm256_loadu_si256((const __m256i *)(RAMP + 8 - (n < 8 ? n : 8)));
}
#define LOAD(k) a##k = _mm256_maskload_ps(start + 8 * (k), lanes_below(nc - 8 * (k)))
#define STORE(k) _mm256_maskstore_ps(scores + 8 * (k), lanes_below(nc - 8 * (k)), a##k)

#define ONE(k)                                                                                                         \
    case k:                                                                                                            \
        a##k = _mm256_add_ps(a##k, v);                                                                                 \
        break

/* A flat model's scores of up to 96 classes, kept in twelve AVX registers
 * for the whole sum: a dense row is at most twelve additions; an entry
 * of a row without one is one addition, to its class's register, of a
 * vector holding its weight in its class's lane and zeros elsewhere.
 * Every class still adds its weights feature by feature in the same
 * order (a class a row lacks adds 0, or nothing), so the sums are the
 * plain loop's. */
__attribute__((target("avx"), always_inline)) static inline void score_groups(const wt_ap *m, const uint64_t *f,
                                                                             size_t nf, const float *start,
                                                                             float *scores, size_t groups)
{
    __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0,
           a9 = a0, a10 = a0, a11 = a0;
    size_t nc = m->n_classes;
    if (start) { /* the sums so far, one lane per class (lanes past nc: 0) */
        EACH_GROUP(LOAD);
    }
    for (size_t i = 0; i < nf; i++) {
        const slot *r = find_slot(m, f[i]);
        if (!r)
            continue;
        if (r->dense) {
            const float *w = m->dense + (size_t)r->dense * 8 * groups;
            EACH_GROUP(ADD);
            continue;
        }
        const entry *e = m->block + r->first;
        for (uint32_t k = 0; k < r->n; k++) {
            const __m256i *lane = (const __m256i *)LANE[e[k].cls & 7];
            __m256 v = _mm256_and_ps(_mm256_set1_ps(e[k].w), _mm256_castsi256_ps(_mm256_load_si256(lane)));
            switch (e[k].cls >> 3) {
                ONE(0); ONE(1); ONE(2); ONE(3); ONE(4); ONE(5);
                ONE(6); ONE(7); ONE(8); ONE(9); ONE(10); ONE(11);
            default: break;
            }
        }
    }
    EACH_GROUP(STORE);
}

/* The parser's (up to 96 classes) and the tagger's (up to 24) group
 * counts made constants, so that the compiler drops the switches. */
__attribute__((target("avx"))) static void score_wide12(const wt_ap *m, const uint64_t *f, size_t nf,
                                                        const float *start, float *scores)
{
    score_groups(m, f, nf, start, scores, 12);
}

__attribute__((target("avx"))) static void score_wide3(const wt_ap *m, const uint64_t *f, size_t nf,
                                                       const float *start, float *scores)
{
    score_groups(m, f, nf, start, scores, 3);
}

__attribute__((target("avx"))) static void score_wide(const wt_ap *m, const uint64_t *f, size_t nf,
                                                      const float *start, float *scores)
{
    size_t groups = m->stride / 8;
    if (groups == 12)
        score_wide12(m, f, nf, start, scores);
    else if (groups == 3)
        score_wide3(m, f, nf, start, scores);
    else
        score_groups(m, f, nf, start, scores, groups);
}
#undef ONE
#undef ADD
#undef LOAD
#undef STORE
#undef EACH_GROUP
#undef FALL
#endif

static size_t first_max_plain(const float *s, size_t n)
{
    size_t b = 0;
    for (size_t i = 1; i < n; i++)
        if (s[i] > s[b])
            b = i;
    return b;
}

/* The highest score four lanes at a time, then the first place it is
 * found (scores are finite; the plain loop if it is not found). */
size_t wt_first_max(const float *s, size_t n)
{
#if defined(__SSE__)
    if (n >= 8) {
        __m128 m = _mm_loadu_ps(s);
        size_t i = 4;
        for (; i + 4 <= n; i += 4)
            m = _mm_max_ps(m, _mm_loadu_ps(s + i));
        float lane[4];
        _mm_storeu_ps(lane, m);
        float top = lane[0];
        for (size_t k = 1; k < 4; k++)
            top = lane[k] > top ? lane[k] : top;
        for (; i < n; i++)
            top = s[i] > top ? s[i] : top;
        __m128 want = _mm_set1_ps(top);
        size_t k = 0;
        for (; k + 4 <= n; k += 4) {
            int hit = _mm_movemask_ps(_mm_cmpeq_ps(_mm_loadu_ps(s + k), want));
            if (hit)
                return k + (size_t)__builtin_ctz((unsigned)hit);
        }
        for (; k < n; k++)
            if (s[k] == top)
                return k;
    }
#endif
    return first_max_plain(s, n);
}

void wt_ap_plain(wt_ap *m) { m->wide = false; }

void wt_ap_score(const wt_ap *m, const uint64_t *f, size_t nf, float *scores)
{
    wt_ap_score_from(m, f, nf, NULL, scores);
}

void wt_ap_score_from(const wt_ap *m, const uint64_t *f, size_t nf, const float *start, float *scores)
{
#if WIDE
    if (m->wide) {
        score_wide(m, f, nf, start, scores);
        return;
    }
#endif
    if (!start)
        memset(scores, 0, m->n_classes * sizeof *scores);
    else if (start != scores)
        memmove(scores, start, m->n_classes * sizeof *scores);
    for (size_t i = 0; i < nf; i++) {
        const entry *e;
        uint32_t n;
        if (m->slots) {
            const slot *r = find_slot(m, f[i]);
            if (!r)
                continue;
            if (r->dense) {
                add_dense(scores, dense_of(m, r), m->n_classes);
                continue;
            }
            e = m->block + r->first, n = r->n;
        } else {
            const row *r = find_row(m, fix_key(f[i]));
            if (!r)
                continue;
            e = r->e, n = r->n;
        }
        for (uint32_t k = 0; k < n; k++)
            scores[e[k].cls] += e[k].w;
    }
}

/* ---- training ---- */

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
    if (!m->rows || truth < 0 || guess < 0 || (size_t)truth >= m->n_classes || (size_t)guess >= m->n_classes)
        return false; /* a flat model does not learn; no class outside the model */
    if (truth != guess)
        for (size_t i = 0; i < nf; i++) {
            row *r = find_or_add(m, fix_key(f[i]));
            if (!r || !add_weight(m, r, truth, 1) || !add_weight(m, r, guess, -1))
                return false;
        }
    m->t++;
    return true;
}

/* ---- flat models ---- */

/* An empty flat model with room for n rows and total entries. */
static wt_ap *new_flat(size_t n_classes, size_t n, size_t total)
{
    wt_ap *a = calloc(1, sizeof *a);
    size_t cap = 1024;
    while (cap < n * 4 + 4)
        cap *= 2;
    if (!a || !(a->slots = calloc(cap, sizeof *a->slots)) || !(a->block = malloc((total + 1) * sizeof *a->block))) {
        wt_ap_free(a);
        return NULL;
    }
    a->n_classes = n_classes;
    a->smask = cap - 1;
    return a;
}

/* Adds a row whose n entries are already in the block from first on:
 * its slot, or SIZE_MAX (nothing stored) when the key is there already. */
static size_t put_flat(wt_ap *a, uint64_t key, size_t first, uint32_t n)
{
    size_t i = (size_t)key & a->smask;
    for (; a->slots[i].key; i = (i + 1) & a->smask)
        if (a->slots[i].key == key)
            return SIZE_MAX;
    a->slots[i] = (slot){.key = key, .first = (uint32_t)first, .n = (uint16_t)n};
    a->sused++;
    return i;
}

/* Whether a row of n entries is worth a dense copy: added as all the
 * classes at once it costs about as much as two of its entries one by
 * one. Rows of fewer than four entries stay entries only, which keeps
 * the dense copies to a few MB (callgrind's counts on the pipeline and
 * bench/memory.sh chose the margins). */
static bool worth_dense(size_t n_classes, uint32_t n) { return n >= 4 && 20 * (size_t)n > n_classes + 20; }

static void fill_dense(wt_ap *a, slot *r, size_t made)
{
    float *w = a->dense + made * a->stride;
    for (uint32_t k = 0; k < r->n; k++)
        w[a->block[r->first + k].cls] += a->block[r->first + k].w;
    r->dense = (uint16_t)made;
}

/* Notes the row just put in slot at when it is worth a dense copy (the
 * first MAX_DENSE such rows; picked holds room for them). */
static void pick(const wt_ap *a, size_t at, size_t *picked, size_t *n_picked)
{
    if (worth_dense(a->n_classes, a->slots[at].n) && *n_picked < MAX_DENSE)
        picked[(*n_picked)++] = at;
}

/* Gives the rows in slots picked[0..n_picked) (those worth it, as pick()
 * noted them while the model was made) a dense copy of their weights (a
 * missing class weighs 0, which adds nothing), and chooses the scorer.
 * Which rows are dense changes no sum. False when memory runs out. */
static bool make_dense(wt_ap *a, const size_t *picked, size_t n_picked)
{
    a->stride = (a->n_classes + 7) / 8 * 8;
#if WIDE
    a->wide = a->n_classes <= WIDE_MAX && __builtin_cpu_supports("avx");
#endif
    if (!n_picked)
        return true;
    if (!(a->dense = calloc((n_picked + 1) * a->stride, sizeof *a->dense)))
        return false;
    for (size_t i = 0; i < n_picked; i++)
        fill_dense(a, &a->slots[picked[i]], i + 1);
    return true;
}

wt_ap *wt_ap_averaged(const wt_ap *m, float min)
{
    if (!m->rows)
        return NULL;
    size_t total = 0;
    for (size_t i = 0; i <= m->mask; i++)
        total += m->rows[i].n;
    wt_ap *a = new_flat(m->n_classes, m->used, total);
    if (!a)
        return NULL;
    double t = m->t ? (double)m->t : 1;
    size_t used = 0, n_picked = 0;
    size_t *picked = malloc(MAX_DENSE * sizeof *picked); /* rows worth a dense copy */
    if (!picked) {
        wt_ap_free(a);
        return NULL;
    }
    for (size_t i = 0; i <= m->mask; i++) {
        const row *r = &m->rows[i];
        uint32_t kept = 0;
        for (uint32_t k = 0; k < r->n; k++) {
            double avg = (r->st[k].sum + (double)(m->t - r->st[k].ts) * r->e[k].w) / t;
            if (fabs(avg) >= min)
                a->block[used + kept++] = (entry){r->e[k].cls, (float)avg};
        }
        if (kept) {
            /* the training table has each key once */
            pick(a, put_flat(a, r->key, used, kept), picked, &n_picked);
            used += kept;
        }
    }
    a->t = m->t;
    bool ok = make_dense(a, picked, n_picked);
    free(picked);
    if (!ok) {
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

static uint64_t get_le64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return le64toh(v);
}

static uint32_t get_le32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return le32toh(v);
}

static uint16_t get_le16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }

static int cmp_key(const void *a, const void *b)
{
    uint64_t x = (*(const slot *const *)a)->key, y = (*(const slot *const *)b)->key;
    return x < y ? -1 : x > y;
}

bool wt_ap_write(const wt_ap *m, gzFile gz)
{
    if (!m->slots)
        return false; /* only averaged or loaded models are saved */
    const slot **order = malloc((m->sused + 1) * sizeof *order);
    if (!order)
        return false;
    size_t n = 0, total = 0;
    for (size_t i = 0; i <= m->smask; i++)
        if (m->slots[i].key && m->slots[i].n) {
            order[n++] = &m->slots[i];
            total += m->slots[i].n;
        }
    qsort(order, n, sizeof *order, cmp_key);
    bool ok = gzprintf(gz, "AP %zu %zu %zu\n", m->n_classes, n, total) > 0;
    for (size_t i = 0; ok && i < n; i++) {
        const slot *r = order[i];
        const entry *x = m->block + r->first;
        unsigned char head[10];
        put_le(head, r->key, 8);
        put_le(head + 8, r->n, 2);
        ok = gzwrite(gz, head, 10) == 10;
        for (uint32_t k = 0; ok && k < r->n; k++) {
            unsigned char e[6];
            uint32_t bits;
            memcpy(&bits, &x[k].w, 4);
            put_le(e, x[k].cls, 2);
            put_le(e + 2, bits, 4);
            ok = gzwrite(gz, e, 6) == 6;
        }
    }
    free(order);
    return ok;
}

wt_ap *wt_ap_read(wt_blob *in)
{
    char line[128];
    size_t nc, n, total;
    if (!wt_blob_gets(in, line, sizeof line) || sscanf(line, "AP %zu %zu %zu", &nc, &n, &total) != 3 || nc == 0 ||
        nc > 65535 || n > ((size_t)1 << 28) || total > ((size_t)1 << 30))
        return NULL;
    /* the rows: n heads of 10 bytes and total entries of 6 */
    size_t bytes = n * 10 + total * 6;
    const unsigned char *p = wt_blob_take(in, bytes);
    wt_ap *a = p ? new_flat(nc, n, total) : NULL;
    if (!a)
        return NULL;
    const unsigned char *end = p + bytes;
    size_t used = 0, n_picked = 0;
    size_t *picked = malloc(MAX_DENSE * sizeof *picked); /* rows worth a dense copy */
    if (!picked)
        goto bad;
    for (size_t i = 0; i < n; i++) {
        if (end - p < 10)
            goto bad;
        uint64_t key = get_le64(p);
        uint32_t cnt = get_le16(p + 8);
        p += 10;
        if (!key || cnt == 0 || used + cnt > total || (size_t)(end - p) < 6 * (size_t)cnt)
            goto bad;
        for (uint32_t k = 0; k < cnt; k++, p += 6) {
            uint32_t bits = get_le32(p + 2);
            entry *x = &a->block[used + k];
            x->cls = get_le16(p);
            memcpy(&x->w, &bits, 4);
            if (x->cls >= nc || !isfinite(x->w))
                goto bad;
        }
        size_t at = put_flat(a, key, used, cnt);
        if (at == SIZE_MAX)
            goto bad; /* a feature twice */
        pick(a, at, picked, &n_picked);
        used += cnt;
    }
    if (!make_dense(a, picked, n_picked)) {
        free(picked);
        wt_ap_free(a);
        return NULL;
    }
    free(picked);
    return a;
bad:
    free(picked);
    wt_ap_free(a);
    return NULL;
}
