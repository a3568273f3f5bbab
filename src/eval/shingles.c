/* shingles.c - the article-extraction benchmark's metric, re-implemented
 * from its description (shared/data/article-extraction-benchmark/SOURCE.md):
 * tokens are runs of Unicode word characters (letters, numbers, '_'); a page
 * is the multiset of its 4-token shingles; tp, fp and fn are multiset
 * overlaps normalised by tp + fp + fn. */
#include "eval.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

static bool word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

typedef struct tok {
    const char *s;
    size_t n;
} tok;

static size_t tokenize(const char *s, size_t n, tok **out)
{
    size_t cap = 64, k = 0;
    tok *v = malloc(cap * sizeof *v);
    size_t i = 0;
    if (!v) {
        *out = NULL;
        return 0;
    }
    while (i < n) {
        int32_t cp;
        int len = wt_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!word_cp(cp)) {
            i += (size_t)len;
            continue;
        }
        size_t st = i;
        while (i < n) {
            len = wt_utf8_decode((const unsigned char *)s + i, n - i, &cp);
            if (!word_cp(cp))
                break;
            i += (size_t)len;
        }
        if (k == cap) {
            cap *= 2;
            tok *nv = realloc(v, cap * sizeof *nv);
            if (!nv) {
                free(v);
                *out = NULL;
                return 0;
            }
            v = nv;
        }
        v[k++] = (tok){s + st, i - st};
    }
    *out = v;
    return k;
}

/* shingle hashes, sorted: a multiset */
static size_t shingles(const char *s, size_t n, int ng, uint64_t **out)
{
    tok *t;
    size_t k = tokenize(s, n, &t);
    /* as the benchmark: max(1, k - n + 1) shingles; fewer tokens than n
     * give one shingle of all of them, none give an empty (ignored) one */
    size_t m = k >= (size_t)ng ? k - (size_t)ng + 1 : (k ? 1 : 0);
    uint64_t *h = malloc((m ? m : 1) * sizeof *h);
    wt_buf b;
    wt_buf_init(&b, 0);
    for (size_t i = 0; h && i < m; i++) {
        wt_buf_clear(&b);
        for (size_t j = i; j < i + (size_t)ng && j < k; j++) {
            wt_buf_put(&b, t[j].s, t[j].n);
            wt_buf_putc(&b, ' ');
        }
        h[i] = XXH3_64bits(b.ptr, b.len);
    }
    wt_buf_free(&b);
    free(t);
    *out = h;
    return h ? m : 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

wt_shingle_score wt_shingle_match(const char *truth, size_t tn, const char *pred, size_t pn, int ngram)
{
    wt_shingle_score sc = {0, 0, 0};
    uint64_t *a, *b;
    size_t na = shingles(truth, tn, ngram, &a), nb = shingles(pred, pn, ngram, &b);
    qsort(a, na, sizeof *a, cmp_u64);
    qsort(b, nb, sizeof *b, cmp_u64);
    size_t i = 0, j = 0;
    double tp = 0, fp = 0, fn = 0;
    while (i < na || j < nb) {
        if (j >= nb || (i < na && a[i] < b[j])) {
            fn++;
            i++;
        } else if (i >= na || b[j] < a[i]) {
            fp++;
            j++;
        } else {
            tp++;
            i++;
            j++;
        }
    }
    free(a);
    free(b);
    double s = tp + fp + fn;
    if (s > 0) {
        sc.tp = tp / s;
        sc.fp = fp / s;
        sc.fn = fn / s;
    }
    return sc;
}
