/* tagger.c - a part-of-speech tagger: two greedy averaged perceptrons,
 * one reading left to right, one right to left (each with the two tags
 * before the word in its direction), whose scores are summed per word.
 * Features: the word, its affixes and shape, the words around it, word
 * classes, and the tags frequent words were seen with in training. */
#include "syntax.h"

#include "../tag/clusters.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
#include <xxhash.h>

#define MAX_TAGS 64
#define N_FEATS 56

struct wt_tagger {
    size_t n_tags;
    char *tags[MAX_TAGS];
    wt_ap *ap;       /* left to right */
    wt_ap *rev;      /* right to left (may be NULL); the two scores are summed */
    wt_clusters *cl; /* word classes learned from raw text (may be NULL), owned */
    /* the tags each training word was seen with: hash of the normalised
     * word -> bit set of tags (open addressing, key 0 empty) */
    uint64_t *dict_key, *dict_tags;
    uint32_t *dict_count; /* while building */
    size_t dict_mask, dict_n;
};

#define DICT_MIN 5

static uint64_t dict_get(const wt_tagger *t, uint64_t key)
{
    if (!t->dict_key)
        return 0;
    for (size_t i = (size_t)key & t->dict_mask;; i = (i + 1) & t->dict_mask) {
        if (t->dict_key[i] == key)
            return t->dict_tags[i];
        if (!t->dict_key[i])
            return 0;
    }
}

static bool dict_alloc(wt_tagger *t, size_t n)
{
    size_t cap = 1024;
    while (cap < n * 2)
        cap *= 2;
    t->dict_key = calloc(cap, sizeof *t->dict_key);
    t->dict_tags = calloc(cap, sizeof *t->dict_tags);
    t->dict_mask = cap - 1;
    return t->dict_key && t->dict_tags;
}

static void dict_or(wt_tagger *t, uint64_t key, uint64_t tags)
{
    key = key ? key : 1;
    size_t i = (size_t)key & t->dict_mask;
    while (t->dict_key[i] && t->dict_key[i] != key)
        i = (i + 1) & t->dict_mask;
    if (!t->dict_key[i]) {
        t->dict_key[i] = key;
        t->dict_n++;
    }
    t->dict_tags[i] |= tags;
    if (t->dict_count)
        t->dict_count[i]++;
}

/* What features read of a token, hashed once. */
typedef struct atoms {
    uint64_t w, raw, shape, affix, pre[4], suf[4], head; /* head: before a hyphen */
    uint64_t cls[WT_CLUSTER_LEVELS], cap;               /* word classes; 1 when unknown */
    uint64_t amb;   /* the tags the word was seen with in training; 1 when unseen */
    uint64_t title; /* how many of the sentence's words are capitalised (a headline?), 0-3, + 50 */
} atoms;

enum { BOS = 1, EOS = 2 };

static uint64_t hs(const char *s, size_t n) { return XXH3_64bits(s, n); }

static uint64_t dict_get(const wt_tagger *t, uint64_t key);

/* ---- the memo: what the tagger found of a word, for the next time ---- */

#define MEMO_WORD 32 /* longer words are not kept */

typedef struct memo_entry {
    char word[MEMO_WORD];
    size_t len;      /* 0: empty */
    uint64_t epoch;  /* the tagging that last used it */
    bool scored[2];  /* sums[dir] holds the word features' sums in direction dir */
    atoms at;        /* (title is the sentence's, set afresh) */
    float *sums;     /* 2 * n_tags */
} memo_entry;

struct wt_tag_memo {
    const wt_tagger *t;
    size_t mask;
    uint64_t epoch;
    memo_entry *e;
    float *sums;
};

wt_tag_memo *wt_tag_memo_new(const wt_tagger *t, size_t slots)
{
    if (!t || !slots || (slots & (slots - 1)))
        return NULL;
    wt_tag_memo *m = calloc(1, sizeof *m);
    if (!m || !(m->e = calloc(slots, sizeof *m->e)) || !(m->sums = calloc(slots * 2 * t->n_tags, sizeof *m->sums))) {
        wt_tag_memo_free(m);
        return NULL;
    }
    m->t = t;
    m->mask = slots - 1;
    for (size_t i = 0; i < slots; i++)
        m->e[i].sums = m->sums + i * 2 * t->n_tags;
    return m;
}

void wt_tag_memo_free(wt_tag_memo *m)
{
    if (!m)
        return;
    free(m->e);
    free(m->sums);
    free(m);
}

/* The memo's entry for word w (hash h), holding its atoms when found:
 * NULL when the word is too long, or its slot is another word's that this
 * tagging uses (then the word is read as without a memo). */
static memo_entry *memo_find(wt_tag_memo *m, const char *w, size_t len, uint64_t h, bool *found)
{
    *found = false;
    if (!m || !len || len >= MEMO_WORD)
        return NULL;
    memo_entry *e = &m->e[h & m->mask];
    if (e->len == len && memcmp(e->word, w, len) == 0)
        *found = true;
    else if (e->epoch == m->epoch)
        return NULL;
    e->epoch = m->epoch;
    return e;
}

static void memo_keep(memo_entry *e, const char *w, size_t len, const atoms *x)
{
    memcpy(e->word, w, len);
    e->len = len;
    e->at = *x;
    e->scored[0] = e->scored[1] = false;
}

/* The atoms of words[0..n) into a; with a memo, ents[i] receives word i's
 * entry (or NULL). */
static void make_atoms(const wt_tagger *t, const char *const *words, size_t n, atoms *a, wt_tag_memo *memo,
                       memo_entry **ents)
{
    const wt_clusters *cl = t->cl;
    for (size_t i = 0; i < n; i++) {
        size_t raw_len = strlen(words[i]);
        uint64_t raw = hs(words[i], raw_len);
        bool found;
        memo_entry *e = memo_find(memo, words[i], raw_len, raw, &found);
        if (ents)
            ents[i] = e;
        if (found) {
            a[i] = e->at;
            continue;
        }
        char low[64], shape[32];
        size_t len = wt_syn_norm(words[i], low, sizeof low);
        wt_syn_shape(words[i], shape, sizeof shape);
        atoms *x = &a[i];
        x->w = hs(low, len);
        x->raw = raw;
        x->shape = hs(shape, strlen(shape));
        x->affix = (uint64_t)wt_syn_affix(low, len) + 7;
        for (size_t k = 0; k < 4; k++) {
            size_t m = k + 1 < len ? k + 1 : len;
            x->pre[k] = hs(low, m);
            x->suf[k] = hs(low + len - m, m);
        }
        const char *dash = strchr(low, '-');
        x->head = dash && dash > low ? hs(low, (size_t)(dash - low)) : 0;
        unsigned ids[WT_CLUSTER_LEVELS], cap;
        bool known = cl && wt_clusters_get(cl, words[i], strlen(words[i]), ids, &cap);
        for (size_t k = 0; k < WT_CLUSTER_LEVELS; k++)
            x->cls[k] = known ? (uint64_t)ids[k] + 100 : 1;
        x->cap = known ? (uint64_t)cap + 10 : 1;
        uint64_t amb = dict_get(t, x->w ? x->w : 1);
        x->amb = amb ? amb + 2 : 1;
        if (e)
            memo_keep(e, words[i], raw_len, x);
    }
    size_t caps = 0, alpha = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)words[i][0];
        alpha += (c | 32) >= 'a' && (c | 32) <= 'z';
        caps += c >= 'A' && c <= 'Z';
    }
    uint64_t title = 50 + (alpha ? (caps * 4 - 1) / alpha : 0) - (caps == 0);
    for (size_t i = 0; i < n; i++)
        a[i].title = title;
}

static uint64_t word_at(const atoms *a, size_t n, long i) { return i < 0 ? BOS : i >= (long)n ? EOS : a[i].w; }

/* The features of a token that read the word alone (they come first, so
 * their sums can be kept per word: wt_tag_memo). */
static size_t word_features(const atoms *x, uint64_t *f)
{
    size_t k = 0;
    f[k++] = wt_mix(0, 0, 0);
    f[k++] = wt_mix(1, x->w, 0);
    f[k++] = wt_mix(2, x->raw, 0);
    f[k++] = wt_mix(3, x->shape, 0);
    f[k++] = wt_mix(4, x->affix, 0);
    for (size_t s = 0; s < 4; s++) {
        f[k++] = wt_mix(5 + s, x->suf[s], 0);
        f[k++] = wt_mix(9 + s, x->pre[s], 0);
    }
    if (x->head)
        f[k++] = wt_mix(13, x->head, 0);
    return k;
}

/* The features of token i that read its neighbours, the tags before it
 * (t1, t2: tag ids + 1, 0 before the sentence) or the sentence. */
static size_t context_features(const atoms *a, size_t n, size_t i, uint64_t t1, uint64_t t2, uint64_t *f)
{
    size_t k = 0;
    long j = (long)i;
    const atoms *x = &a[i];
    f[k++] = wt_mix(14, word_at(a, n, j - 1), 0);
    f[k++] = wt_mix(15, word_at(a, n, j + 1), 0);
    f[k++] = wt_mix(16, word_at(a, n, j - 2), 0);
    f[k++] = wt_mix(17, word_at(a, n, j + 2), 0);
    f[k++] = wt_mix(18, t1, 0);
    f[k++] = wt_mix(19, t1, t2);
    f[k++] = wt_mix(20, t1, x->w);
    f[k++] = wt_mix(21, j > 0 ? a[j - 1].suf[2] : BOS, 0);
    f[k++] = wt_mix(22, j + 1 < (long)n ? a[j + 1].suf[2] : EOS, 0);
    f[k++] = wt_mix(23, j + 1 < (long)n ? a[j + 1].shape : EOS, 0);
    f[k++] = wt_mix(24, j == 0, x->shape);
    f[k++] = wt_mix(25, word_at(a, n, j - 1), x->w);
    f[k++] = wt_mix(26, x->w, word_at(a, n, j + 1));
    f[k++] = wt_mix(27, t1, x->suf[2]);
    f[k++] = wt_mix(28, t1, x->affix);
    f[k++] = wt_mix(29, j + 1 < (long)n ? a[j + 1].affix : EOS, x->affix);
    f[k++] = wt_mix(30, j > 0 ? a[j - 1].shape : BOS, x->shape);
    /* word classes: the word's at three grains, its habit of capitals,
     * the neighbours' middle class */
    for (size_t c = 0; c < WT_CLUSTER_LEVELS; c++)
        f[k++] = wt_mix(31 + c, x->cls[c], 0);
    f[k++] = wt_mix(34, x->cap, x->shape);
    f[k++] = wt_mix(35, j > 0 ? a[j - 1].cls[1] : BOS, 0);
    f[k++] = wt_mix(36, j + 1 < (long)n ? a[j + 1].cls[1] : EOS, 0);
    f[k++] = wt_mix(37, t1, x->cls[1]);
    f[k++] = wt_mix(38, x->cap, j == 0);
    /* the tags words were seen with stand in for the tags to come */
    uint64_t amb1 = j + 1 < (long)n ? a[j + 1].amb : EOS, amb2 = j + 2 < (long)n ? a[j + 2].amb : EOS;
    f[k++] = wt_mix(40, amb1, 0);
    f[k++] = wt_mix(41, amb2, amb1);
    f[k++] = wt_mix(44, x->w, amb1);
    f[k++] = wt_mix(45, x->title, x->shape);
    f[k++] = wt_mix(46, x->title, x->cap);
    return k;
}

/* All the features of token i, the word's first. */
static size_t features(const atoms *a, size_t n, size_t i, uint64_t t1, uint64_t t2, uint64_t *f)
{
    size_t k = word_features(&a[i], f);
    return k + context_features(a, n, i, t1, t2, f + k);
}

static int best(const float *s, size_t n) { return (int)wt_first_max(s, n); }

/* Token i's scores; with its memo entry, the sums of its word features
 * are taken from the entry (made there the first time) and the context's
 * added to them: the same sums, in the same order. */
static void score_token(const wt_ap *ap, size_t n_tags, int dir, const atoms *a, size_t n, size_t i,
                        const int *tags, memo_entry *e, float *scores)
{
    uint64_t f[N_FEATS];
    uint64_t t1 = i > 0 ? (uint64_t)tags[i - 1] + 1 : 0, t2 = i > 1 ? (uint64_t)tags[i - 2] + 1 : 0;
    if (!e) {
        wt_ap_score(ap, f, features(a, n, i, t1, t2, f), scores);
        return;
    }
    float *sums = e->sums + (size_t)dir * n_tags;
    if (!e->scored[dir]) {
        wt_ap_score(ap, f, word_features(&a[i], f), sums);
        e->scored[dir] = true;
    }
    wt_ap_score_from(ap, f, context_features(a, n, i, t1, t2, f), sums, scores);
}

/* Greedy tagging in one direction (dir 0 left to right, 1 right to left,
 * over the reversed atoms); keep (may be NULL) receives each token's
 * scores; ents (may be NULL) are the tokens' memo entries. */
static void tag_with(const wt_tagger *t, const wt_ap *ap, int dir, const atoms *a, size_t n, int *tags,
                     float *keep, memo_entry *const *ents)
{
    size_t n_tags = t->n_tags;
    float scores[MAX_TAGS];
    for (size_t i = 0; i < n; i++) {
        score_token(ap, n_tags, dir, a, n, i, tags, ents ? ents[i] : NULL, scores);
        tags[i] = best(scores, n_tags);
        if (keep)
            memcpy(keep + i * n_tags, scores, n_tags * sizeof *scores);
    }
}

/* Both directions: each token's tag is the best of the summed scores. */
static bool tag_both(const wt_tagger *t, const wt_ap *fwd, const wt_ap *rev, const char *const *words, size_t n,
                     int *tags, wt_syn_word *seen, wt_tag_memo *memo)
{
    size_t k = t->n_tags;
    atoms *a = malloc((n + 1) * sizeof *a);
    float *sf = malloc((n * k + 1) * sizeof *sf), *sr = malloc((n * k + 1) * sizeof *sr);
    memo_entry **ents = memo ? malloc((n + 1) * sizeof *ents) : NULL;
    bool ok = a && sf && sr && (!memo || ents);
    if (ok) {
        if (memo)
            memo->epoch++;
        make_atoms(t, words, n, a, memo, ents);
        for (size_t i = 0; seen && i < n; i++)
            seen[i] = (wt_syn_word){a[i].w, a[i].affix, a[i].suf[2], a[i].cls[1]};
        tag_with(t, fwd, 0, a, n, tags, sf, ents);
        if (rev) {
            /* a word's atoms do not depend on the direction */
            for (size_t i = 0; i < n / 2; i++) {
                atoms x = a[i];
                a[i] = a[n - 1 - i];
                a[n - 1 - i] = x;
                if (ents) {
                    memo_entry *e = ents[i];
                    ents[i] = ents[n - 1 - i];
                    ents[n - 1 - i] = e;
                }
            }
            tag_with(t, rev, 1, a, n, tags, sr, ents);
            for (size_t i = 0; i < n; i++) {
                const float *r = sr + (n - 1 - i) * k;
                float *s = sf + i * k;
                for (size_t c = 0; c < k; c++)
                    s[c] += r[c];
                tags[i] = best(s, k);
            }
        }
    }
    free(a);
    free(sf);
    free(sr);
    free(ents);
    return ok;
}

bool wt_tagger_tag(const wt_tagger *t, const char *const *words, size_t n, int *tags, wt_syn_word *seen,
                   wt_tag_memo *memo)
{
    if (tag_both(t, t->ap, t->rev, words, n, tags, seen, memo && memo->t == t ? memo : NULL))
        return true;
    memset(tags, 0, n * sizeof *tags);
    return false;
}

const char *wt_tagger_name(const wt_tagger *t, int tag)
{
    return tag >= 0 && (size_t)tag < t->n_tags ? t->tags[tag] : "X";
}

int wt_tagger_id(const wt_tagger *t, const char *name)
{
    for (size_t i = 0; i < t->n_tags; i++)
        if (strcmp(t->tags[i], name) == 0)
            return (int)i;
    return -1;
}

const wt_clusters *wt_tagger_clusters(const wt_tagger *t) { return t->cl; }

void wt_tagger_free(wt_tagger *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_tags; i++)
        free(t->tags[i]);
    wt_ap_free(t->ap);
    wt_ap_free(t->rev);
    wt_clusters_free(t->cl);
    free(t->dict_key);
    free(t->dict_tags);
    free(t);
}

/* ---- training ---- */

/* A small deterministic generator (the same shuffles everywhere). */
static uint64_t next_rand(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 33;
}

static const char **sent_words(const wt_tb_sent *s)
{
    const char **w = malloc((s->n + 1) * sizeof *w);
    for (size_t i = 0; w && i < s->n; i++)
        w[i] = s->w[i].form;
    return w;
}

/* The share of dev words the two directions (rev may be NULL) tag right. */
static double accuracy(const wt_ap *fwd, const wt_ap *rev, const wt_tagger *t, const wt_treebank *dev)
{
    size_t right = 0, all = 0;
    for (size_t i = 0; i < dev->n; i++) {
        const wt_tb_sent *s = &dev->s[i];
        const char **w = sent_words(s);
        int *tags = malloc((s->n + 1) * sizeof *tags);
        if (w && tags && tag_both(t, fwd, rev, w, s->n, tags, NULL, NULL))
            for (size_t k = 0; k < s->n; k++)
                right += strcmp(t->tags[tags[k]], s->w[k].upos) == 0;
        all += s->n;
        free(w);
        free(tags);
    }
    return all ? (double)right / (double)all : 0;
}

/* One pass over the sentences in the given order; returns the share of
 * words the model tagged right before its updates, or -1 on no memory. */
static double train_pass(wt_ap *ap, const wt_tagger *t, const wt_treebank *tb, const size_t *order, bool reverse)
{
    size_t right = 0, all = 0;
    uint64_t f[N_FEATS];
    float scores[MAX_TAGS];
    for (size_t o = 0; o < tb->n; o++) {
        const wt_tb_sent *s = &tb->s[order[o]];
        const char **w = sent_words(s);
        int *tags = malloc((s->n + 1) * sizeof *tags);
        atoms *a = malloc((s->n + 1) * sizeof *a);
        bool ok = w && tags && a;
        for (size_t i = 0; ok && reverse && i < s->n / 2; i++) {
            const char *x = w[i];
            w[i] = w[s->n - 1 - i];
            w[s->n - 1 - i] = x;
        }
        if (ok)
            make_atoms(t, w, s->n, a, NULL, NULL);
        for (size_t i = 0; ok && i < s->n; i++) {
            uint64_t t1 = i > 0 ? (uint64_t)tags[i - 1] + 1 : 0, t2 = i > 1 ? (uint64_t)tags[i - 2] + 1 : 0;
            size_t nf = features(a, s->n, i, t1, t2, f);
            wt_ap_score(ap, f, nf, scores);
            int guess = best(scores, t->n_tags),
                truth = wt_tagger_id(t, s->w[reverse ? s->n - 1 - i : i].upos);
            ok = wt_ap_update(ap, f, nf, truth, guess);
            right += guess == truth;
            tags[i] = guess;
        }
        all += s->n;
        free(w);
        free(tags);
        free(a);
        if (!ok)
            return -1;
    }
    return all ? (double)right / (double)all : 0;
}

static wt_tagger *new_tagger(const wt_treebank *tb)
{
    wt_tagger *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    for (size_t i = 0; i < tb->n; i++)
        for (size_t k = 0; k < tb->s[i].n; k++)
            if (wt_syn_intern(t->tags, &t->n_tags, MAX_TAGS, tb->s[i].w[k].upos) < 0) {
                wt_tagger_free(t);
                return NULL;
            }
    /* the dictionary keeps words seen at least DICT_MIN times: rarer ones
     * look in training as unseen words will look later */
    wt_tagger all = {0};
    if (!dict_alloc(&all, tb->words) || !(all.dict_count = calloc(all.dict_mask + 1, sizeof *all.dict_count))) {
        free(all.dict_key);
        free(all.dict_tags);
        wt_tagger_free(t);
        return NULL;
    }
    for (size_t i = 0; i < tb->n; i++)
        for (size_t k = 0; k < tb->s[i].n; k++) {
            char low[64];
            size_t len = wt_syn_norm(tb->s[i].w[k].form, low, sizeof low);
            dict_or(&all, XXH3_64bits(low, len), 1ull << wt_tagger_id(t, tb->s[i].w[k].upos));
        }
    size_t kept = 0;
    for (size_t i = 0; i <= all.dict_mask; i++)
        kept += all.dict_count[i] >= DICT_MIN;
    bool ok = dict_alloc(t, kept);
    for (size_t i = 0; ok && i <= all.dict_mask; i++)
        if (all.dict_count[i] >= DICT_MIN)
            dict_or(t, all.dict_key[i], all.dict_tags[i]);
    free(all.dict_key);
    free(all.dict_tags);
    free(all.dict_count);
    if (!ok) {
        wt_tagger_free(t);
        return NULL;
    }
    return t;
}

static void shuffle(size_t *order, size_t n, uint64_t *rng)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = next_rand(rng) % i, x = order[i - 1];
        order[i - 1] = order[j];
        order[j] = x;
    }
}

/* Trains one direction's perceptron, keeping the pass whose dev accuracy
 * (with the other direction, once there is one) is best. */
static wt_status train_direction(wt_tagger *t, const wt_treebank *train, const wt_treebank *dev, int epochs,
                                 unsigned seed, float prune, bool reverse, double *dev_acc, wt_error *err)
{
    wt_ap *ap = wt_ap_new(t->n_tags);
    size_t *order = malloc((train->n + 1) * sizeof *order);
    if (!ap || !order) {
        wt_ap_free(ap);
        free(order);
        return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    }
    for (size_t i = 0; i < train->n; i++)
        order[i] = i;
    uint64_t rng = seed * 2654435761u + 1;
    double best_acc = -1;
    wt_status st = WT_OK;
    for (int e = 0; e < epochs && st == WT_OK; e++) {
        shuffle(order, train->n, &rng);
        wt_ap *avg = train_pass(ap, t, train, order, reverse) < 0 ? NULL : wt_ap_averaged(ap, prune);
        if (!avg) {
            st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
            break;
        }
        double acc = dev ? (reverse ? accuracy(t->ap, avg, t, dev) : accuracy(avg, NULL, t, dev)) : 0;
        if (!dev || acc > best_acc) {
            best_acc = acc;
            wt_ap **slot = reverse ? &t->rev : &t->ap;
            wt_ap_free(*slot);
            *slot = avg;
        } else
            wt_ap_free(avg);
    }
    wt_ap_free(ap);
    free(order);
    if (dev_acc)
        *dev_acc = best_acc;
    return st;
}

wt_status wt_tagger_train(const wt_treebank *train, const wt_treebank *dev, int epochs, unsigned seed,
                          const char *clusters, float prune, wt_tagger **out, double *dev_acc, wt_error *err)
{
    *out = NULL;
    wt_tagger *t = new_tagger(train);
    if (!t)
        return wt_fail(err, WT_EINPUT, NULL, 0, -1, "more than %d distinct tags in the training data", MAX_TAGS);
    if (clusters) {
        wt_status st = wt_clusters_load(clusters, &t->cl, err);
        if (st != WT_OK) {
            wt_tagger_free(t);
            return st;
        }
    }
    wt_status st = train_direction(t, train, dev, epochs, seed, prune, false, dev_acc, err);
    if (st == WT_OK)
        st = train_direction(t, train, dev, epochs, seed + 1, prune, true, dev_acc, err);
    if (st != WT_OK) {
        wt_tagger_free(t);
        return st;
    }
    *out = t;
    return WT_OK;
}

/* ---- files: "TAGGER n" and the tags, one per line, then the weights */

bool wt_tagger_write(const wt_tagger *t, gzFile gz)
{
    bool ok = wt_syn_write_names(gz, "TAGGER", t->tags, t->n_tags);
    size_t nc = t->cl ? wt_clusters_count(t->cl) : 0;
    ok = ok && gzprintf(gz, "CLUSTERS %zu\n", nc) > 0;
    for (size_t k = 0; ok && k < nc; k++) {
        char line[128];
        wt_clusters_format(t->cl, k, line, sizeof line);
        ok = gzputs(gz, line) > 0;
    }
    ok = ok && gzprintf(gz, "DICT %zu\n", t->dict_n) > 0;
    for (size_t i = 0; ok && i <= t->dict_mask; i++)
        if (t->dict_key && t->dict_key[i])
            ok = gzprintf(gz, "%016llx %llx\n", (unsigned long long)t->dict_key[i],
                          (unsigned long long)t->dict_tags[i]) > 0;
    return ok && wt_ap_write(t->ap, gz) && wt_ap_write(t->rev, gz);
}

wt_tagger *wt_tagger_read(wt_blob *in)
{
    char line[256];
    wt_tagger *t = calloc(1, sizeof *t);
    if (!t || !wt_syn_read_names(in, "TAGGER", t->tags, &t->n_tags, MAX_TAGS)) {
        wt_tagger_free(t);
        return NULL;
    }
    size_t n = t->n_tags;
    size_t nc = 0;
    bool ok = wt_blob_gets(in, line, sizeof line) && sscanf(line, "CLUSTERS %zu", &nc) == 1;
    if (ok && nc && !(t->cl = wt_clusters_new()))
        ok = false;
    for (size_t k = 0; ok && k < nc; k++)
        ok = wt_blob_gets(in, line, sizeof line) && wt_clusters_parse_line(t->cl, line, &ok);
    size_t nd = 0;
    ok = ok && wt_blob_gets(in, line, sizeof line) && sscanf(line, "DICT %zu", &nd) == 1 && nd < ((size_t)1 << 26) &&
         dict_alloc(t, nd);
    for (size_t k = 0; ok && k < nd; k++) {
        unsigned long long kt[2];
        const char *p = line;
        ok = wt_blob_gets(in, line, sizeof line) && wt_scan_uints(&p, 16, ULLONG_MAX, kt, 2) && kt[0];
        if (ok)
            dict_or(t, kt[0], kt[1]);
    }
    if (!ok) {
        wt_tagger_free(t);
        return NULL;
    }
    if ((!(t->ap = wt_ap_read(in)) || wt_ap_classes(t->ap) != n || !(t->rev = wt_ap_read(in)) ||
              wt_ap_classes(t->rev) != n)) {
        wt_tagger_free(t);
        return NULL;
    }
    return t;
}
