/* ner.c - see ner.h.
 *
 * Features of a token are strings (the word, its shape, affixes, Indonesian
 * prefixes and suffixes, neighbouring words and shapes, bigrams), each
 * hashed into one of 2^bits buckets; a bucket holds one weight per tag.
 * Training is Collins' structured perceptron with averaged weights;
 * decoding is first-order Viterbi with learned tag-transition weights. */
#include "ner.h"

#include "../kb/kb.h"
#include "../lexicon/lexicon.h"
#include "clusters.h"
#include "memory.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
#include <xxhash.h>
#include <zlib.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

#define MAGIC "WARTANER"
#define VERSION 4 /* 2: a word-class table after the weights; 3: features hashed with the kind as seed;
                     4: capitalised-run features, the names seen in training */
#define MAX_FEATS 64

struct wt_ner {
    unsigned bits;
    size_t n_tags;
    char *tags[WT_NER_MAX_TAGS];
    float *w;     /* (1 << bits) * n_tags */
    float *trans; /* (n_tags + 1) * n_tags: row n_tags is the start */
    wt_clusters *cl; /* word classes (may be NULL), owned */
    wt_memory *mem;  /* names seen in training (may be NULL), owned */
};

/* ---- corpus ---- */

static int intern_tag(wt_corpus *c, const char *t, size_t n)
{
    for (size_t i = 0; i < c->n_tags; i++)
        if (strlen(c->tags[i]) == n && memcmp(c->tags[i], t, n) == 0)
            return (int)i;
    if (c->n_tags >= WT_NER_MAX_TAGS)
        return -1;
    c->tags[c->n_tags] = wt_arena_strndup(c->arena, t, n);
    return (int)c->n_tags++;
}

/* "B-PERSON" with map "PERSON=PER" -> "B-PER" */
static void map_tag(const char *map, const char *t, size_t n, char *out, size_t cap)
{
    snprintf(out, cap, "%.*s", (int)n, t);
    if (!map || n < 3 || t[1] != '-')
        return;
    const char *type = t + 2;
    size_t tl = n - 2;
    const char *p = map;
    while (*p) {
        const char *eq = strchr(p, '='), *comma = strchr(p, ',');
        if (!comma)
            comma = p + strlen(p);
        if (eq && eq < comma && (size_t)(eq - p) == tl && strncmp(p, type, tl) == 0) {
            if (comma - eq - 1 == 1 && eq[1] == 'O')
                snprintf(out, cap, "O"); /* a type mapped to O is dropped */
            else
                snprintf(out, cap, "%c-%.*s", t[0], (int)(comma - eq - 1), eq + 1);
            return;
        }
        p = *comma ? comma + 1 : comma;
    }
}

wt_status wt_corpus_read(wt_corpus *c, const char *path, const char *map, wt_error *err)
{
    if (!c->arena && !(c->arena = wt_arena_new(1 << 20)))
        return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    FILE *f = fopen(path, "r");
    if (!f)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    long long lineno = 0;
    const char **words = NULL, **surface = NULL;
    int *gold = NULL;
    size_t n = 0, cap = 0;
    wt_status st = WT_OK;
    for (;;) {
        len = getline(&line, &lcap, f);
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        bool blank = len <= 0;
        if (!blank) {
            ssize_t k = 0;
            while (k < len && isspace((unsigned char)line[k]))
                k++;
            blank = k == len || (line[0] == '#' && n == 0 && strchr(line, '\t') == NULL);
        }
        if (blank) {
            if (n) {
                wt_sent *s = WT_VEC_PUSH(c->arena, c->sents, c->n, c->cap);
                if (!s) {
                    st = wt_fail(err, WT_ENOMEM, path, lineno, -1, "out of memory");
                    break;
                }
                s->words = wt_arena_alloc(c->arena, n * sizeof *s->words);
                s->surface = wt_arena_alloc(c->arena, n * sizeof *s->surface);
                s->gold = wt_arena_alloc(c->arena, n * sizeof *s->gold);
                if (!s->words || !s->surface || !s->gold) {
                    st = wt_fail(err, WT_ENOMEM, path, lineno, -1, "out of memory");
                    break;
                }
                memcpy(s->words, words, n * sizeof *words);
                memcpy(s->surface, surface, n * sizeof *surface);
                memcpy(s->gold, gold, n * sizeof *gold);
                s->n = n;
                n = 0;
            }
            if (len < 0)
                break;
            continue;
        }
        /* first field: the token; last field: the tag */
        char *a = line;
        while (*a && isspace((unsigned char)*a))
            a++;
        char *ae = a;
        while (*ae && !isspace((unsigned char)*ae))
            ae++;
        char *z = line + len;
        while (z > a && isspace((unsigned char)z[-1]))
            z--;
        char *zs = z;
        while (zs > a && !isspace((unsigned char)zs[-1]))
            zs--;
        if (zs == a) {
            st = wt_fail(err, WT_EINPUT, path, lineno, -1, "expected a token and a tag");
            break;
        }
        char tag[64];
        map_tag(map, zs, (size_t)(z - zs), tag, sizeof tag);
        int id = intern_tag(c, tag, strlen(tag));
        if (id < 0) {
            st = wt_fail(err, WT_EINPUT, path, lineno, -1, "more than %d different tags", WT_NER_MAX_TAGS);
            break;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            const char **nw = realloc(words, cap * sizeof *nw);
            const char **ns = realloc(surface, cap * sizeof *ns);
            int *ng = realloc(gold, cap * sizeof *ng);
            if (nw)
                words = nw;
            if (ns)
                surface = ns;
            if (ng)
                gold = ng;
            if (!nw || !ns || !ng) {
                st = wt_fail(err, WT_ENOMEM, path, lineno, -1, "out of memory");
                break;
            }
        }
        words[n] = wt_arena_strndup(c->arena, a, (size_t)(ae - a));
        /* a line with a tab is split at tabs: the token as written may
         * hold a space ("salah satu"); the tagger reads its first word */
        char *se = ae;
        if (memchr(line, '\t', (size_t)len))
            while (*se && *se != '\t')
                se++;
        while (se > ae && isspace((unsigned char)se[-1]))
            se--;
        surface[n] = se == ae ? words[n] : wt_arena_strndup(c->arena, a, (size_t)(se - a));
        gold[n] = id;
        n++;
    }
    free(line);
    free(words);
    free(surface);
    free(gold);
    fclose(f);
    return st;
}

void wt_corpus_free(wt_corpus *c)
{
    wt_arena_free(c->arena);
    memset(c, 0, sizeof *c);
}

/* ---- features ---- */

static void shape_of(const char *w, char *out, size_t cap)
{
    size_t k = 0;
    char last = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p && k + 1 < cap; p++) {
        char c = isupper(*p) ? 'X' : islower(*p) ? 'x' : isdigit(*p) ? 'd' : *p >= 0x80 ? 'x' : (char)*p;
        if (c != last)
            out[k++] = c;
        last = c;
    }
    out[k] = 0;
}

static void lower_of(const char *w, char *out, size_t cap)
{
    size_t k = 0;
    for (; *w && k + 1 < cap; w++)
        out[k++] = (char)tolower((unsigned char)*w);
    out[k] = 0;
}

typedef struct feats {
    uint32_t b[MAX_FEATS];
    int n;
} feats;

/* A feature is its kind and value, hashed: the kind's name seeds the hash
 * of the value (no string is built). The seed of a kind of up to six
 * letters written as a literal (add(), SEED) is a constant the compiler
 * works out; add_kind() works it out when it runs. */
static inline __attribute__((always_inline)) void add_seeded(feats *f, unsigned bits, uint64_t seed, const char *v)
{
    if (f->n >= MAX_FEATS)
        return;
    f->b[f->n++] = (uint32_t)(XXH3_64bits_withSeed(v, strlen(v), seed) & ((1u << bits) - 1));
}

static void add_kind(feats *f, unsigned bits, const char *kind, const char *v)
{
    uint64_t seed = 0;
    for (const char *k = kind; *k; k++)
        seed = seed * 131 + (unsigned char)*k;
    add_seeded(f, bits, seed, v);
}

/* The seed of a literal s of up to six letters: each letter in turn,
 * seed * 131 + letter, as add_kind() does ("" s "" admits literals only). */
#define SEED_LEN(s) (sizeof("" s "") - 1)
#define SEED_CH(s, i) ((uint64_t)(unsigned char)(s)[(i) < SEED_LEN(s) ? (i) : 0])
#define SEED_STEP(acc, s, i) ((i) < SEED_LEN(s) ? (acc) * 131 + SEED_CH(s, i) : (acc))
#define SEED(s)                                                                                                        \
    (0 * sizeof(char[SEED_LEN(s) <= 6 ? 1 : -1]) +                                                                     \
     SEED_STEP(SEED_STEP(SEED_STEP(SEED_STEP(SEED_STEP(SEED_STEP((uint64_t)0, s, 0), s, 1), s, 2), s, 3), s, 4), s, 5))
#define add(f, bits, kind, v) add_seeded(f, bits, SEED(kind), v)

/* a|b into out (each cut at 60 bytes), without printf */
static const char *join(char *out, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 60)
        la = 60;
    if (lb > 60)
        lb = 60;
    memcpy(out, a, la);
    out[la] = '|';
    memcpy(out + la + 1, b, lb);
    out[la + 1 + lb] = 0;
    return out;
}

static const char *utoa(char *out, unsigned v)
{
    char tmp[16];
    size_t k = 0;
    do
        tmp[k++] = (char)('0' + v % 10);
    while ((v /= 10) && k < sizeof tmp);
    for (size_t i = 0; i < k; i++)
        out[i] = tmp[k - 1 - i];
    out[k] = 0;
    return out;
}

/* What the features read of one word alone: the hashes of its own
 * features, in the order features() adds them, and of the features its
 * neighbours read of it. The same word always gives the same, so each
 * worker keeps them for the words it has met (wt_ner_memo). */
typedef struct word_feats {
    uint32_t head[10]; /* w, s, then p1 x1 .. p4 x4 */
    uint32_t tail[10]; /* ip, is, len, lex, lexcX or lexcx, k1 k2 k3 cr or k1 "none" */
    uint32_t near[4];  /* its lower case as w-2, w-1, w+1, w+2 */
    uint32_t shp[2];   /* its shape as s-1, s+1 */
    uint32_t kn[2];    /* its middle class as kn-, kn+ (when has_kn) */
    uint32_t run[4];   /* its lower case as rf, rl, rb, ra */
    uint8_t n_head, n_tail;
    bool has_kn;
} word_feats;

#define MEMO_WORD 32 /* longer words are not kept */

typedef struct memo_slot {
    char word[MEMO_WORD];
    size_t len; /* 0: empty */
    word_feats f;
} memo_slot;

struct wt_ner_memo {
    unsigned bits;         /* the model's hash size */
    const wt_clusters *cl; /* and word classes */
    size_t mask;
    memo_slot *s;
};

wt_ner_memo *wt_ner_memo_new(const wt_ner *m, size_t slots)
{
    size_t cap = 1;
    while (cap < slots)
        cap *= 2;
    wt_ner_memo *memo = calloc(1, sizeof *memo);
    if (!memo || !(memo->s = calloc(cap, sizeof *memo->s))) {
        free(memo);
        return NULL;
    }
    memo->bits = m->bits;
    memo->cl = m->cl;
    memo->mask = cap - 1;
    return memo;
}

void wt_ner_memo_free(wt_ner_memo *memo)
{
    if (memo)
        free(memo->s);
    free(memo);
}

static const char *word_at(const char *const *w, size_t n, long i)
{
    if (i < 0)
        return "<s>";
    if ((size_t)i >= n)
        return "</s>";
    return w[i];
}

/* What the features of a sentence's words look up across the sentence,
 * found once per sentence (sentence_context) rather than once per word. */
typedef struct sent_ctx {
    wt_lexicon *lex;       /* the worker's dictionary, or NULL */
    uint8_t *gz;           /* knowledge-base names (gazetteer) */
    uint16_t *mem;         /* names seen in training (wt_memory_match), or NULL */
    uint32_t *run_a, *run_b; /* a capitalised word's run of capitalised words [a, b) */
    /* each word's lower case and shape, made when a feature first reads
     * them (the tagger reads only the stretches around capitals) */
    const char *const *w;
    size_t n;
    char (*low)[96], (*shape)[64];
    word_feats *own; /* each word's word_feats */
    uint8_t *made;   /* 1: low, 2: shape, 4: own */
    char edge_shape[2][8]; /* of "<s>" and "</s>" */
    unsigned bits;         /* the features' hash size */
    const wt_clusters *cl; /* word classes, or NULL */
    wt_ner_memo *memo;     /* the worker's, or NULL */
} sent_ctx;

static bool sent_ctx_alloc(sent_ctx *c, size_t n, bool with_memory)
{
    n = n ? n : 1;
    c->gz = malloc(n);
    c->mem = with_memory ? malloc(n * sizeof *c->mem) : NULL;
    c->run_a = malloc(n * sizeof *c->run_a);
    c->run_b = malloc(n * sizeof *c->run_b);
    c->low = malloc(n * sizeof *c->low);
    c->shape = malloc(n * sizeof *c->shape);
    c->own = malloc(n * sizeof *c->own);
    c->made = malloc(n);
    shape_of("<s>", c->edge_shape[0], sizeof c->edge_shape[0]);
    shape_of("</s>", c->edge_shape[1], sizeof c->edge_shape[1]);
    return c->gz && c->run_a && c->run_b && c->low && c->shape && c->own && c->made && (!with_memory || c->mem);
}

static void sent_ctx_free(sent_ctx *c)
{
    free(c->gz);
    free(c->mem);
    free(c->run_a);
    free(c->run_b);
    free(c->low);
    free(c->shape);
    free(c->own);
    free(c->made);
}

/* Word j's lower case ("<s>", "</s>" outside the sentence). */
static const char *low_at(sent_ctx *c, long j)
{
    if (j < 0 || (size_t)j >= c->n)
        return j < 0 ? "<s>" : "</s>";
    if (!(c->made[j] & 1)) {
        lower_of(c->w[j], c->low[j], sizeof c->low[j]);
        c->made[j] |= 1;
    }
    return c->low[j];
}

/* Word j's shape (of "<s>", "</s>" outside). */
static const char *shape_at(sent_ctx *c, long j)
{
    if (j < 0 || (size_t)j >= c->n)
        return c->edge_shape[j >= 0];
    if (!(c->made[j] & 2)) {
        shape_of(c->w[j], c->shape[j], sizeof c->shape[j]);
        c->made[j] |= 2;
    }
    return c->shape[j];
}

/* Appends a hash made before (add()'s limit holds). */
static inline void add_hash(feats *f, uint32_t h)
{
    if (f->n < MAX_FEATS)
        f->b[f->n++] = h;
}

/* The features whose value is one of a few fixed strings, hashed once as
 * add() hashes them (the model's bits are applied where they are used). */
static struct {
    uint64_t bias, cap[3], c[2][2], rp[4][6]; /* c[after][lower]; rp[U B L I][run length] */
} fixed;
static pthread_once_t fixed_once = PTHREAD_ONCE_INIT;
static const char *const CAP_VALUE[3] = {"first", "mid", "no"};
static const char RUN_PLACE[4] = {'U', 'B', 'L', 'I'};

static void hash_fixed(void)
{
    fixed.bias = XXH3_64bits_withSeed("", 0, SEED("b"));
    for (int k = 0; k < 3; k++)
        fixed.cap[k] = XXH3_64bits_withSeed(CAP_VALUE[k], strlen(CAP_VALUE[k]), SEED("cap"));
    for (int lower = 0; lower < 2; lower++) {
        fixed.c[0][lower] = XXH3_64bits_withSeed(lower ? "x" : "X", 1, SEED("c-1"));
        fixed.c[1][lower] = XXH3_64bits_withSeed(lower ? "x" : "X", 1, SEED("c+1"));
    }
    for (int p = 0; p < 4; p++)
        for (int len = 1; len <= 5; len++) {
            char v[3] = {RUN_PLACE[p], (char)('0' + len), 0};
            fixed.rp[p][len] = XXH3_64bits_withSeed(v, 2, SEED("rp"));
        }
}

static inline void add_fixed(feats *f, unsigned bits, uint64_t h) { add_hash(f, (uint32_t)(h & ((1u << bits) - 1))); }

/* Word j's word_feats, made from its word (features() adds them in the
 * order it adds the features themselves). */
static void make_word_feats(sent_ctx *c, size_t j, word_feats *o)
{
    unsigned bits = c->bits;
    const char *word = c->w[j], *low = low_at(c, (long)j), *sh = shape_at(c, (long)j);
    size_t len = strlen(low);
    char tmp[32];
    feats f = {.n = 0};
    add(&f, bits, "w", low);
    add(&f, bits, "s", sh);
    for (size_t k = 1; k <= 4 && k <= len; k++) {
        memcpy(tmp, low, k);
        tmp[k] = 0;
        add_kind(&f, bits, k == 1 ? "p1" : k == 2 ? "p2" : k == 3 ? "p3" : "p4", tmp);
        add_kind(&f, bits, k == 1 ? "x1" : k == 2 ? "x2" : k == 3 ? "x3" : "x4", low + len - k);
    }
    memcpy(o->head, f.b, (size_t)f.n * sizeof *f.b);
    o->n_head = (uint8_t)f.n;
    f.n = 0;
    /* Indonesian affixes: me-/di-/ber-/ter-/pe- verbs and nouns, -kan/-an/-nya */
    static const char *const PRE[] = {"meng", "meny", "mem", "men", "me", "di", "ber", "ter", "pe", "ke", NULL};
    static const char *const SUF[] = {"kan", "nya", "an", "i", NULL};
    for (size_t k = 0; PRE[k]; k++)
        if (len > strlen(PRE[k]) + 2 && strncmp(low, PRE[k], strlen(PRE[k])) == 0) {
            add(&f, bits, "ip", PRE[k]);
            break;
        }
    for (size_t k = 0; SUF[k]; k++)
        if (len > strlen(SUF[k]) + 2 && strcmp(low + len - strlen(SUF[k]), SUF[k]) == 0) {
            add(&f, bits, "is", SUF[k]);
            break;
        }
    if (len > 12)
        add(&f, bits, "len", "long");
    /* the dictionary: a capitalised word that is not an Indonesian or
     * English word is likely a name ("Mishustin"), one that is ("Kota")
     * likely a title or the head of a name */
    bool cap = isupper((unsigned char)word[0]);
    if (c->lex && len && len < sizeof c->low[0]) {
        bool id = wt_lex_known(c->lex, low, len), en = !id && wt_lex_english(c->lex, low, len);
        const char *v = id ? "id" : en ? "en" : "none";
        add(&f, bits, "lex", v);
        add_seeded(&f, bits, cap ? SEED("lexcX") : SEED("lexcx"), v);
    }
    /* word classes learned from raw text */
    unsigned ids[WT_CLUSTER_LEVELS], cr;
    o->has_kn = false;
    if (c->cl) {
        static const char *const K[] = {"k1", "k2", "k3"};
        if (wt_clusters_get(c->cl, word, strlen(word), ids, &cr)) {
            for (int l = 0; l < WT_CLUSTER_LEVELS; l++)
                add_kind(&f, bits, K[l], utoa(tmp, ids[l]));
            /* a word usually written with a capital is a name, wherever it stands */
            tmp[0] = (char)('0' + cr);
            tmp[1] = cap ? 'X' : 'x';
            tmp[2] = 0;
            add(&f, bits, "cr", tmp);
            o->has_kn = true;
            feats k = {.n = 0};
            add(&k, bits, "kn-", utoa(tmp, ids[1]));
            add(&k, bits, "kn+", tmp);
            o->kn[0] = k.b[0];
            o->kn[1] = k.b[1];
        } else {
            add(&f, bits, "k1", "none");
        }
    }
    memcpy(o->tail, f.b, (size_t)f.n * sizeof *f.b);
    o->n_tail = (uint8_t)f.n;
    /* what the words around read of it */
    f.n = 0;
    add(&f, bits, "w-2", low);
    add(&f, bits, "w-1", low);
    add(&f, bits, "w+1", low);
    add(&f, bits, "w+2", low);
    add(&f, bits, "s-1", sh);
    add(&f, bits, "s+1", sh);
    add(&f, bits, "rf", low);
    add(&f, bits, "rl", low);
    add(&f, bits, "rb", low);
    add(&f, bits, "ra", low);
    memcpy(o->near, f.b, sizeof o->near);
    memcpy(o->shp, f.b + 4, sizeof o->shp);
    memcpy(o->run, f.b + 6, sizeof o->run);
}

/* Word j's word_feats: from the memo when the worker has met the word,
 * else made (and kept there). */
static const word_feats *own_at(sent_ctx *c, size_t j)
{
    if (c->made[j] & 4)
        return &c->own[j];
    c->made[j] |= 4;
    const char *word = c->w[j];
    size_t len = strlen(word);
    memo_slot *slot = NULL;
    if (c->memo && c->memo->bits == c->bits && c->memo->cl == c->cl && len && len < MEMO_WORD) {
        slot = &c->memo->s[XXH3_64bits(word, len) & c->memo->mask];
        if (slot->len == len && !memcmp(slot->word, word, len)) {
            c->own[j] = slot->f;
            return &c->own[j];
        }
    }
    make_word_feats(c, j, &c->own[j]);
    if (slot) {
        memcpy(slot->word, word, len);
        slot->len = len;
        slot->f = c->own[j];
    }
    return &c->own[j];
}

static void gazetteer(const wt_kb *kb, const char *const *w, size_t n, uint8_t *gz);

/* Fills c for words[0..n); mem (may be NULL when c has no memory array)
 * is the memory of names to match. */
static void sentence_context(const wt_ner_env *env, const char *const *w, size_t n, const wt_memory *mem,
                             sent_ctx *c)
{
    c->lex = env->lex;
    c->memo = env->memo;
    c->w = w;
    c->n = n;
    memset(c->made, 0, n);
    gazetteer(env->kb, w, n, c->gz);
    if (c->mem)
        wt_memory_match(mem, w, n, c->mem);
    for (size_t a = 0; a < n;) {
        if (!isupper((unsigned char)w[a][0])) {
            a++;
            continue;
        }
        size_t b = a + 1;
        while (b < n && isupper((unsigned char)w[b][0]))
            b++;
        for (size_t i = a; i < b; i++) {
            c->run_a[i] = (uint32_t)a;
            c->run_b[i] = (uint32_t)b;
        }
        a = b;
    }
}

static void features(const char *const *w, size_t n, size_t i, unsigned bits, const wt_clusters *cl,
                     sent_ctx *sc, feats *f)
{
    const uint8_t *gz = sc->gz;
    const uint16_t *mem = sc->mem;
    f->n = 0;
    char tmp[128];
    sc->bits = bits;
    sc->cl = cl;
    const char *word = w[i], *low = low_at(sc, (long)i), *sh = shape_at(sc, (long)i);
    const word_feats *own = own_at(sc, i);
    pthread_once(&fixed_once, hash_fixed);
    add_fixed(f, bits, fixed.bias);
    for (int k = 0; k < own->n_head; k++) /* w, s, p1 x1 .. p4 x4 */
        add_hash(f, own->head[k]);
    bool cap = isupper((unsigned char)word[0]);
    add_fixed(f, bits, fixed.cap[cap ? (i == 0 ? 0 : 1) : 2]);
    for (long d = -2; d <= 2; d++) {
        if (!d)
            continue;
        static const char *const WK[] = {"w-2", "w-1", "", "w+1", "w+2"};
        long j = (long)i + d;
        bool in = j >= 0 && (size_t)j < n;
        const char *o = word_at(w, n, j), *ol = low_at(sc, j);
        if (in)
            add_hash(f, own_at(sc, (size_t)j)->near[d < 0 ? d + 2 : d + 1]);
        else
            add_kind(f, bits, WK[d + 2], ol);
        if (d == -1 || d == 1) {
            if (in)
                add_hash(f, own_at(sc, (size_t)j)->shp[d > 0]);
            else
                add_seeded(f, bits, d < 0 ? SEED("s-1") : SEED("s+1"), shape_at(sc, j));
            add_seeded(f, bits, d < 0 ? SEED("bg-") : SEED("bg+"), join(tmp, d < 0 ? ol : low, d < 0 ? low : ol));
            add_fixed(f, bits, fixed.c[d > 0][!isupper((unsigned char)o[0])]);
        }
    }
    /* the previous word's shape with this word: "Presiden Rusia" "Xx Xx" */
    add(f, bits, "ss-", join(tmp, shape_at(sc, (long)i - 1), sh));
    /* affixes, the dictionary, word classes (make_word_feats) */
    for (int k = 0; k < own->n_tail; k++)
        add_hash(f, own->tail[k]);
    /* the neighbours' word classes */
    if (cl)
        for (long d = -1; d <= 1; d += 2) {
            long j = (long)i + d;
            if (j < 0 || (size_t)j >= n)
                continue;
            const word_feats *o = own_at(sc, (size_t)j);
            if (o->has_kn)
                add_hash(f, o->kn[d > 0]);
        }
    /* the run of capitalised words around a capitalised token ("Kementerian
     * Luar Negeri"): its first and last word, the words just outside it,
     * where the token stands in it and how long it is */
    if (cap) {
        size_t a = sc->run_a[i], b = sc->run_b[i];
        add_hash(f, own_at(sc, a)->run[0]);
        add_hash(f, own_at(sc, b - 1)->run[1]);
        if (a > 0)
            add_hash(f, own_at(sc, a - 1)->run[2]);
        else
            add(f, bits, "rb", low_at(sc, -1));
        if (b < n)
            add_hash(f, own_at(sc, b)->run[3]);
        else
            add(f, bits, "ra", low_at(sc, (long)b));
        int place = b - a == 1 ? 0 : i == a ? 1 : i + 1 == b ? 2 : 3; /* RUN_PLACE */
        add_fixed(f, bits, fixed.rp[place][b - a > 5 ? 5 : b - a]);
    }
    /* a name seen in training covers the token: its tag, how reliably the
     * phrase is that name, and whether the token starts it */
    if (mem && mem[i]) {
        add(f, bits, "mem", utoa(tmp, mem[i]));
        add(f, bits, "memt", utoa(tmp, mem[i] & ~WT_MEMORY_FIRST));
        add(f, bits, "memw", join(tmp + 64, utoa(tmp, mem[i] & 0xff), low)); /* with the word */
    }
    if (mem) { /* and the names around it */
        add(f, bits, "mem-", i ? utoa(tmp, mem[i - 1]) : "<s>");
        add(f, bits, "mem+", i + 1 < n ? utoa(tmp, mem[i + 1]) : "</s>");
    }
    /* the knowledge base: is the token part of a country name, capital,
     * seat, place, person or organisation ("Amerika Serikat", "Moskow")? */
    if (gz && gz[i]) {
        static const char *const K[] = {"cty", "cap", "seat", "dem", "plc", "per", "org"};
        snprintf(tmp, sizeof tmp, "%c-%s", gz[i] & 0x80 ? 'B' : 'I', K[(gz[i] & 0x7f) - 1]);
        add(f, bits, "gz", tmp);
    }
}

/* Knowledge-base names over a sentence, longest first, left to right:
 * gz[i] = kind + 1, with 0x80 on the first word of a name; 0 outside. */
static void gazetteer(const wt_kb *kb, const char *const *w, size_t n, uint8_t *gz)
{
    memset(gz, 0, n);
    for (size_t i = 0; i < n;) {
        const char *a3;
        wt_kb_kind kind;
        size_t m = wt_kb_match(kb, w, n, i, &a3, &kind);
        if (!m) {
            i++;
            continue;
        }
        for (size_t k = 0; k < m; k++)
            gz[i + k] = (uint8_t)((kind + 1) | (k == 0 ? 0x80 : 0));
        i += m;
    }
}

/* ---- decoding ---- */

#if defined(__x86_64__)
/* emissions() four tags at a time, the last group of fewer than four
 * read with a masked load (the lanes past the tags read nothing and stay
 * 0): each tag's sum is made in the same order, of the same doubles, so
 * the sums are the same to the bit. Inlined with T a constant for the
 * default model's seven tags, the groups stay in registers. */
__attribute__((target("avx"), always_inline)) static inline void emissions_groups(const wt_ner *m, const feats *fs,
                                                                                 size_t n, double *em, size_t T)
{
    size_t full = T / 4, rest = T % 4;
    static const int32_t RAMP[8] = {-1, -1, -1, -1, 0, 0, 0, 0};
    static const int64_t RAMP64[8] = {-1, -1, -1, -1, 0, 0, 0, 0};
    __m128i part = _mm_loadu_si128((const __m128i *)(RAMP + 4 - rest));
    __m256i part64 = _mm256_loadu_si256((const __m256i *)(RAMP64 + 4 - rest));
    for (size_t i = 0; i < n; i++) {
        __m256d a[WT_NER_MAX_TAGS / 4 + 1];
        for (size_t g = 0; g <= full; g++)
            a[g] = _mm256_setzero_pd();
        for (int k = 0; k < fs[i].n; k++) {
            const float *w = m->w + (size_t)fs[i].b[k] * T;
            for (size_t g = 0; g < full; g++)
                a[g] = _mm256_add_pd(a[g], _mm256_cvtps_pd(_mm_loadu_ps(w + 4 * g)));
            if (rest)
                a[full] = _mm256_add_pd(a[full], _mm256_cvtps_pd(_mm_maskload_ps(w + 4 * full, part)));
        }
        double *e = em + i * T;
        for (size_t g = 0; g < full; g++)
            _mm256_storeu_pd(e + 4 * g, a[g]);
        if (rest)
            _mm256_maskstore_pd(e + 4 * full, part64, a[full]);
    }
}

__attribute__((target("avx"))) static void emissions_avx7(const wt_ner *m, const feats *fs, size_t n, double *em)
{
    emissions_groups(m, fs, n, em, 7);
}

__attribute__((target("avx"))) static void emissions_avx(const wt_ner *m, const feats *fs, size_t n, double *em)
{
    if (m->n_tags == 7)
        emissions_avx7(m, fs, n, em);
    else
        emissions_groups(m, fs, n, em, m->n_tags);
}
#endif

/* em[i * n_tags + t]: the summed weights of token i's features for tag
 * t, with the plain loop. */
static void emissions_plain(const wt_ner *m, const feats *fs, size_t n, double *em)
{
    size_t T = m->n_tags;
    for (size_t i = 0; i < n; i++) {
        double *e = em + i * T;
        for (size_t t = 0; t < T; t++)
            e[t] = 0;
        for (int k = 0; k < fs[i].n; k++) {
            const float *w = m->w + (size_t)fs[i].b[k] * T;
            for (size_t t = 0; t < T; t++)
                e[t] += w[t];
        }
    }
}

/* The same sums, four tags at a time where the processor can. */
static void emissions(const wt_ner *m, const feats *fs, size_t n, double *em)
{
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx")) {
        emissions_avx(m, fs, n, em);
        return;
    }
#endif
    emissions_plain(m, fs, n, em);
}

static void viterbi(const wt_ner *m, const double *em, size_t n, int *out)
{
    size_t T = m->n_tags;
    double *score = malloc(n * T * sizeof *score);
    int *back = malloc(n * T * sizeof *back);
    if (!score || !back) {
        for (size_t i = 0; i < n; i++)
            out[i] = 0;
        free(score);
        free(back);
        return;
    }
    for (size_t t = 0; t < T; t++) {
        score[t] = em[t] + m->trans[T * T + t];
        back[t] = -1;
    }
    for (size_t i = 1; i < n; i++)
        for (size_t t = 0; t < T; t++) {
            double best = -INFINITY;
            int arg = 0;
            for (size_t p = 0; p < T; p++) {
                double s = score[(i - 1) * T + p] + m->trans[p * T + t];
                if (s > best) {
                    best = s;
                    arg = (int)p;
                }
            }
            score[i * T + t] = best + em[i * T + t];
            back[i * T + t] = arg;
        }
    int last = 0;
    double best = -INFINITY;
    for (size_t t = 0; t < T; t++)
        if (score[(n - 1) * T + t] > best) {
            best = score[(n - 1) * T + t];
            last = (int)t;
        }
    for (size_t i = n; i-- > 0;) {
        out[i] = last;
        last = back[i * T + (size_t)last];
    }
    free(score);
    free(back);
}

void wt_ner_tag_ranges(const wt_ner *m, const wt_ner_env *env, const char *const *words, size_t n, const size_t (*ranges)[2],
                       size_t n_ranges, int *tags)
{
    size_t longest = 0;
    for (size_t r = 0; r < n_ranges; r++)
        if (ranges[r][1] <= n && ranges[r][0] < ranges[r][1] && ranges[r][1] - ranges[r][0] > longest)
            longest = ranges[r][1] - ranges[r][0];
    if (!longest)
        return;
    feats *fs = malloc(longest * sizeof *fs);
    double *em = malloc(longest * m->n_tags * sizeof *em);
    sent_ctx sc;
    bool ok = sent_ctx_alloc(&sc, n, m->mem != NULL);
    if (!fs || !em || !ok) {
        for (size_t r = 0; r < n_ranges; r++)
            for (size_t i = ranges[r][0]; i < ranges[r][1] && i < n; i++)
                tags[i] = 0;
    } else {
        sentence_context(env, words, n, m->mem, &sc); /* once for the sentence */
        for (size_t r = 0; r < n_ranges; r++) {
            size_t from = ranges[r][0], to = ranges[r][1];
            if (to > n || from >= to)
                continue;
            for (size_t i = from; i < to; i++)
                features(words, n, i, m->bits, m->cl, &sc, &fs[i - from]);
            emissions(m, fs, to - from, em);
            viterbi(m, em, to - from, tags + from);
        }
    }
    free(fs);
    free(em);
    sent_ctx_free(&sc);
}

bool wt_ner_emissions(const wt_ner *m, const wt_ner_env *env, const char *const *words, size_t n, bool plain,
                      double *em)
{
    feats *fs = malloc((n + 1) * sizeof *fs);
    sent_ctx sc;
    bool ok = sent_ctx_alloc(&sc, n, m->mem != NULL) && fs;
    if (ok) {
        sentence_context(env, words, n, m->mem, &sc);
        for (size_t i = 0; i < n; i++)
            features(words, n, i, m->bits, m->cl, &sc, &fs[i]);
        (plain ? emissions_plain : emissions)(m, fs, n, em);
    }
    free(fs);
    sent_ctx_free(&sc);
    return ok;
}

void wt_ner_tag(const wt_ner *m, const wt_ner_env *env, const char *const *words, size_t n, int *tags)
{
    const size_t all[1][2] = {{0, n}};
    wt_ner_tag_ranges(m, env, words, n, all, 1, tags);
}

size_t wt_ner_n_tags(const wt_ner *m) { return m->n_tags; }

const char *wt_ner_tag_name(const wt_ner *m, int tag)
{
    return tag >= 0 && (size_t)tag < m->n_tags ? m->tags[tag] : "O";
}

void wt_ner_free(wt_ner *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n_tags; i++)
        free(m->tags[i]);
    free(m->w);
    free(m->trans);
    wt_clusters_free(m->cl);
    wt_memory_free(m->mem);
    free(m);
}

static wt_ner *new_model(unsigned bits, char *const *tags, size_t n_tags)
{
    wt_ner *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->bits = bits;
    m->n_tags = n_tags;
    for (size_t i = 0; i < n_tags; i++)
        m->tags[i] = strdup(tags[i]);
    m->w = calloc((size_t)1 << bits, n_tags * sizeof *m->w);
    m->trans = calloc((n_tags + 1) * n_tags, sizeof *m->trans);
    if (!m->w || !m->trans) {
        wt_ner_free(m);
        return NULL;
    }
    return m;
}

/* ---- scoring (conlleval) ---- */

typedef struct chunk {
    size_t start, end; /* tokens [start, end) */
    char type[32];
} chunk;

static const char *type_of(const char *tag) { return strlen(tag) > 2 && tag[1] == '-' ? tag + 2 : ""; }

/* conlleval's rules: a chunk starts at B-X, or at I-X after O or another
 * type; it ends before O, B-, or a change of type. */
static size_t chunks(const char *const *tags, size_t n, chunk *out, size_t cap)
{
    size_t k = 0;
    size_t i = 0;
    while (i < n) {
        const char *t = tags[i];
        if (t[0] != 'B' && t[0] != 'I' && t[0] != 'S' && t[0] != 'E') {
            i++;
            continue;
        }
        const char *ty = type_of(t);
        size_t j = i + 1;
        while (j < n && (tags[j][0] == 'I' || tags[j][0] == 'E') && strcmp(type_of(tags[j]), ty) == 0)
            j++;
        if (k < cap) {
            out[k].start = i;
            out[k].end = j;
            snprintf(out[k].type, sizeof out[k].type, "%s", ty);
            k++;
        }
        i = j;
    }
    return k;
}

static wt_ner_score *row_for(wt_ner_score *rows, size_t *n, size_t cap, const char *type)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(rows[i].type, type) == 0)
            return &rows[i];
    if (*n >= cap)
        return NULL;
    memset(&rows[*n], 0, sizeof rows[*n]);
    snprintf(rows[*n].type, sizeof rows[*n].type, "%s", type);
    return &rows[(*n)++];
}

static void finish_row(wt_ner_score *r)
{
    r->p = r->pred ? (double)r->correct / (double)r->pred : 0;
    r->r = r->gold ? (double)r->correct / (double)r->gold : 0;
    r->f1 = r->p + r->r > 0 ? 2 * r->p * r->r / (r->p + r->r) : 0;
}

static int cmp_row(const void *a, const void *b)
{
    return strcmp(((const wt_ner_score *)a)->type, ((const wt_ner_score *)b)->type);
}

size_t wt_ner_score_corpus(const wt_corpus *gold, const int *const *pred, const wt_ner *m,
                           wt_ner_score *rows, size_t cap, wt_ner_score *overall, double *type_mean)
{
    size_t nr = 0;
    memset(overall, 0, sizeof *overall);
    snprintf(overall->type, sizeof overall->type, "overall");
    for (size_t s = 0; s < gold->n; s++) {
        const wt_sent *se = &gold->sents[s];
        const char **gt = malloc(se->n * sizeof *gt), **pt = malloc(se->n * sizeof *pt);
        chunk *gc = malloc(se->n * sizeof *gc), *pc = malloc(se->n * sizeof *pc);
        if (!gt || !pt || !gc || !pc) {
            free(gt);
            free(pt);
            free(gc);
            free(pc);
            continue;
        }
        for (size_t i = 0; i < se->n; i++) {
            gt[i] = gold->tags[se->gold[i]];
            pt[i] = wt_ner_tag_name(m, pred[s][i]);
        }
        size_t ng = chunks(gt, se->n, gc, se->n), np = chunks(pt, se->n, pc, se->n);
        for (size_t i = 0; i < ng; i++) {
            wt_ner_score *r = row_for(rows, &nr, cap, gc[i].type);
            if (r)
                r->gold++;
            overall->gold++;
            for (size_t k = 0; k < np; k++)
                if (pc[k].start == gc[i].start && pc[k].end == gc[i].end && strcmp(pc[k].type, gc[i].type) == 0) {
                    if (r)
                        r->correct++;
                    overall->correct++;
                }
        }
        for (size_t k = 0; k < np; k++) {
            wt_ner_score *r = row_for(rows, &nr, cap, pc[k].type);
            if (r)
                r->pred++;
            overall->pred++;
        }
        free(gt);
        free(pt);
        free(gc);
        free(pc);
    }
    double sum = 0;
    size_t counted = 0;
    for (size_t i = 0; i < nr; i++) {
        finish_row(&rows[i]);
        if (rows[i].gold) { /* types in the gold data */
            sum += rows[i].f1;
            counted++;
        }
    }
    if (nr > 1)
        qsort(rows, nr, sizeof *rows, cmp_row);
    finish_row(overall);
    *type_mean = counted ? sum / (double)counted : 0;
    return nr;
}

/* ---- training ---- */

int **wt_ner_tag_corpus_env(const wt_ner *m, const wt_ner_env *env, const wt_corpus *c)
{
    int **pred = calloc(c->n ? c->n : 1, sizeof *pred);
    for (size_t s = 0; pred && s < c->n; s++) {
        pred[s] = malloc((c->sents[s].n ? c->sents[s].n : 1) * sizeof **pred);
        if (!pred[s]) {
            wt_ner_free_pred(pred, s);
            return NULL;
        }
        wt_ner_tag(m, env, c->sents[s].words, c->sents[s].n, pred[s]);
    }
    return pred;
}

void wt_ner_free_pred(int **pred, size_t n_sents)
{
    for (size_t s = 0; pred && s < n_sents; s++)
        free(pred[s]);
    free(pred);
}

static double dev_f1(const wt_ner *m, const wt_ner_env *env, const wt_corpus *dev)
{
    int **pred = wt_ner_tag_corpus_env(m, env, dev);
    if (!pred)
        return 0;
    wt_ner_score rows[WT_NER_MAX_TAGS], overall;
    double mean;
    wt_ner_score_corpus(dev, (const int *const *)pred, m, rows, WT_NER_MAX_TAGS, &overall, &mean);
    wt_ner_free_pred(pred, dev->n);
    return overall.f1;
}

/* Features of every training token, computed once for all members. */
typedef struct train_feats {
    feats *fs;
    size_t *off; /* first token of each sentence */
    size_t maxn;
} train_feats;

/* One averaged perceptron: epochs passes over the sentences in an order
 * shuffled by seed, the pass with the best dev F1 kept (or the last one
 * without dev). The model borrows clusters. NULL when memory runs out. */
static wt_ner *train_member(const wt_corpus *train, const wt_corpus *dev, const wt_ner_opts *o, const wt_ner_env *env,
                            const train_feats *tf, wt_clusters *clusters, wt_memory *mem, uint64_t seed,
                            int member)
{
    size_t T = train->n_tags;
    wt_ner *m = new_model(o->bits, train->tags, T);
    wt_ner *avg = new_model(o->bits, train->tags, T); /* accumulated c * delta */
    wt_ner *best = NULL;
    size_t W = ((size_t)1 << o->bits) * T, R = (T + 1) * T;
    size_t *order = malloc(train->n * sizeof *order);
    int *pred = malloc(tf->maxn * sizeof *pred);
    double *em = malloc(tf->maxn * T * sizeof *em);
    double c = 1; /* update counter for averaging */
    double best_f1 = -1;
    uint64_t rng = seed;
    for (size_t s = 0; order && s < train->n; s++)
        order[s] = s;
    for (int e = 0; e < o->epochs && m && avg && order && pred && em; e++) {
        for (size_t s = train->n; s > 1; s--) { /* shuffle */
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            size_t j = (size_t)(rng % s);
            size_t t = order[s - 1];
            order[s - 1] = order[j];
            order[j] = t;
        }
        size_t right = 0, all = 0;
        for (size_t oi = 0; oi < train->n; oi++) {
            const wt_sent *se = &train->sents[order[oi]];
            const feats *f = tf->fs + tf->off[order[oi]];
            emissions(m, f, se->n, em);
            viterbi(m, em, se->n, pred);
            for (size_t i = 0; i < se->n; i++) {
                all++;
                int g = se->gold[i], p = pred[i];
                if (g == p) {
                    right++;
                } else {
                    for (int k = 0; k < f[i].n; k++) {
                        size_t b = (size_t)f[i].b[k] * T;
                        m->w[b + (size_t)g] += 1;
                        m->w[b + (size_t)p] -= 1;
                        avg->w[b + (size_t)g] += (float)c;
                        avg->w[b + (size_t)p] -= (float)c;
                    }
                }
                size_t gp = i ? (size_t)se->gold[i - 1] : T, pp = i ? (size_t)pred[i - 1] : T;
                if (g != p || gp != pp) {
                    m->trans[gp * T + (size_t)g] += 1;
                    m->trans[pp * T + (size_t)p] -= 1;
                    avg->trans[gp * T + (size_t)g] += (float)c;
                    avg->trans[pp * T + (size_t)p] -= (float)c;
                }
            }
            c++;
        }
        /* the averaged weights: w - avg / c */
        wt_ner *cur = new_model(o->bits, train->tags, T);
        if (!cur)
            break;
        cur->cl = clusters; /* borrowed */
        cur->mem = mem;
        for (size_t k = 0; k < W; k++)
            cur->w[k] = m->w[k] - avg->w[k] / (float)c;
        for (size_t k = 0; k < R; k++)
            cur->trans[k] = m->trans[k] - avg->trans[k] / (float)c;
        double f1 = dev && dev->n ? dev_f1(cur, env, dev) : (double)e;
        if (o->progress)
            o->progress(o->ctx, member, e + 1, all ? (double)right / (double)all : 0, dev && dev->n ? f1 : -1);
        if (f1 > best_f1) {
            best_f1 = f1;
            if (best) {
                best->cl = NULL;
                best->mem = NULL;
            }
            wt_ner_free(best);
            best = cur;
        } else {
            cur->cl = NULL;
            cur->mem = NULL;
            wt_ner_free(cur);
        }
    }
    free(order);
    free(pred);
    free(em);
    wt_ner_free(m);
    wt_ner_free(avg);
    return best;
}

/* The names of the training sentences outside fold (s % MEMORY_FOLDS ==
 * fold; -1: all of them). NULL when memory runs out. */
#define MEMORY_FOLDS 10
static wt_memory *build_memory(const wt_corpus *train, int fold)
{
    wt_memory *m = wt_memory_new();
    bool ok = m != NULL;
    for (size_t s = 0; ok && s < train->n; s++)
        if ((int)(s % MEMORY_FOLDS) != fold)
            ok = wt_memory_count_names(m, train->sents[s].words, train->sents[s].gold, train->sents[s].n,
                                       train->tags);
    for (size_t s = 0; ok && s < train->n; s++)
        if ((int)(s % MEMORY_FOLDS) != fold)
            wt_memory_count_occurrences(m, train->sents[s].words, train->sents[s].n);
    if (!ok) {
        wt_memory_free(m);
        return NULL;
    }
    wt_memory_finish(m);
    return m;
}

wt_status wt_ner_train_env(const wt_corpus *train, const wt_corpus *dev, const wt_ner_opts *o, const wt_ner_env *env,
                           wt_ner **out,
                       wt_error *err)
{
    *out = NULL;
    if (!train->n || !train->n_tags)
        return wt_fail(err, WT_EUSAGE, NULL, 0, -1, "no training sentences");
    if (o->bits < 10 || o->bits > 24)
        return wt_fail(err, WT_EUSAGE, NULL, 0, -1, "hash bits must be 10 to 24");
    if (o->epochs < 1)
        return wt_fail(err, WT_EUSAGE, NULL, 0, -1, "at least one pass over the data is needed");
    if (o->ensemble < 1 || o->ensemble > 64)
        return wt_fail(err, WT_EUSAGE, NULL, 0, -1, "the ensemble must have 1 to 64 members");
    wt_clusters *clusters = NULL;
    if (o->clusters && wt_clusters_load(o->clusters, &clusters, err) != WT_OK)
        return err->code;
    size_t tokens = 0;
    train_feats tf = {.maxn = 1};
    for (size_t s = 0; s < train->n; s++) {
        tokens += train->sents[s].n;
        if (train->sents[s].n > tf.maxn)
            tf.maxn = train->sents[s].n;
    }
    tf.fs = malloc((tokens ? tokens : 1) * sizeof *tf.fs);
    tf.off = malloc(train->n * sizeof *tf.off);
    sent_ctx sc;
    bool ok = sent_ctx_alloc(&sc, tf.maxn, o->memory) && tf.fs && tf.off;
    /* the names of the training data: the model keeps them all; a
     * sentence's features see those of the other nine tenths */
    wt_memory *mem = NULL, *part[MEMORY_FOLDS] = {NULL};
    if (ok && o->memory) {
        ok = (mem = build_memory(train, -1)) != NULL;
        for (int f = 0; ok && f < MEMORY_FOLDS; f++)
            ok = (part[f] = build_memory(train, f)) != NULL;
    }
    for (size_t s = 0, k = 0; ok && s < train->n; s++) {
        const wt_sent *se = &train->sents[s];
        tf.off[s] = k;
        sentence_context(env, se->words, se->n, part[s % MEMORY_FOLDS], &sc);
        for (size_t i = 0; i < se->n; i++)
            features(se->words, se->n, i, o->bits, clusters, &sc, &tf.fs[k++]);
    }
    for (int f = 0; f < MEMORY_FOLDS; f++)
        wt_memory_free(part[f]);
    sent_ctx_free(&sc);
    /* members trained on differently shuffled data; their weights summed
     * (the same decisions as their mean) */
    wt_ner *sum = NULL;
    for (int k = 0; ok && k < o->ensemble; k++) {
        uint64_t seed = 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull * (uint64_t)k;
        wt_ner *mk = train_member(train, dev, o, env, &tf, clusters, mem, seed, k + 1);
        if (!mk) {
            ok = false;
            break;
        }
        if (!sum) {
            sum = mk;
            continue;
        }
        size_t T = mk->n_tags, W = ((size_t)1 << mk->bits) * T, R = (T + 1) * T;
        for (size_t j = 0; j < W; j++)
            sum->w[j] += mk->w[j];
        for (size_t j = 0; j < R; j++)
            sum->trans[j] += mk->trans[j];
        mk->cl = NULL;
        mk->mem = NULL;
        wt_ner_free(mk);
    }
    free(tf.fs);
    free(tf.off);
    if (!ok) {
        if (sum) {
            sum->cl = NULL;
            sum->mem = NULL;
        }
        wt_ner_free(sum);
        wt_clusters_free(clusters);
        wt_memory_free(mem);
        return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory while training");
    }
    sum->mem = mem;
    *out = sum; /* owns the clusters and the memory */
    return WT_OK;
}

/* ---- model files: magic, version, bits, tags, transitions, weights;
 * written plain, read plain or gzip (docs/models.md) ---- */

wt_status wt_ner_save(const wt_ner *m, const char *path, wt_error *err)
{
    gzFile gz = gzopen(path, "wT");
    if (!gz)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot write: %s", strerror(errno));
    gzprintf(gz, "%s %d %u %zu\n", MAGIC, VERSION, m->bits, m->n_tags);
    for (size_t i = 0; i < m->n_tags; i++)
        gzprintf(gz, "%s\n", m->tags[i]);
    size_t R = (m->n_tags + 1) * m->n_tags, W = ((size_t)1 << m->bits) * m->n_tags;
    bool ok = gzwrite(gz, m->trans, (unsigned)(R * sizeof *m->trans)) == (int)(R * sizeof *m->trans);
    /* weights in chunks (gzwrite takes an unsigned length) */
    for (size_t k = 0; ok && k < W; k += 1 << 20) {
        size_t len = (W - k < (1u << 20) ? W - k : (1u << 20)) * sizeof *m->w;
        ok = gzwrite(gz, m->w + k, (unsigned)len) == (int)len;
    }
    /* the word classes the features were computed with */
    size_t nc = wt_clusters_count(m->cl);
    ok = ok && gzprintf(gz, "\nCLUSTERS %zu\n", nc) > 0;
    for (size_t k = 0; ok && k < nc; k++) {
        char cl[128];
        wt_clusters_format(m->cl, k, cl, sizeof cl);
        ok = gzputs(gz, cl) > 0;
    }
    /* the names seen in training, as hashes */
    if (!m->mem) /* trained without it */
        ok = ok && gzputs(gz, "MEMORY -\n") > 0;
    else
        ok = ok && gzprintf(gz, "MEMORY %zu\n", wt_memory_count(m->mem)) > 0;
    for (size_t k = 0; ok && k < wt_memory_slots(m->mem); k++) {
        char ln[96];
        if (wt_memory_format_slot(m->mem, k, ln, sizeof ln) > 0)
            ok = gzputs(gz, ln) > 0;
    }
    if (gzclose(gz) != Z_OK || !ok)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot write the model");
    return WT_OK;
}

wt_status wt_ner_load(const char *path, wt_ner **out, wt_error *err)
{
    *out = NULL;
    wt_blob in;
    wt_status st = wt_blob_load(path, (size_t)1 << 31, &in, err);
    if (st != WT_OK)
        return st;
    return wt_ner_load_blob(&in, path, out, err);
}

wt_status wt_ner_load_blob(wt_blob *blob, const char *path, wt_ner **out, wt_error *err)
{
    *out = NULL;
    wt_blob in = *blob;
    char line[256];
    unsigned bits = 0;
    size_t n_tags = 0;
    int version = 0;
    char magic[16] = "";
    if (!wt_blob_gets(&in, line, sizeof line) || sscanf(line, "%15s %d %u %zu", magic, &version, &bits, &n_tags) != 4 ||
        strcmp(magic, MAGIC) != 0 || version != VERSION || bits < 10 || bits > 24 || n_tags == 0 ||
        n_tags > WT_NER_MAX_TAGS) {
        wt_blob_free(&in);
        return wt_fail(err, WT_EMODEL, path, 1, -1, "not a Warta NER model (version %d expected)", VERSION);
    }
    char *tags[WT_NER_MAX_TAGS];
    for (size_t i = 0; i < n_tags; i++) {
        if (!wt_blob_gets(&in, line, sizeof line)) {
            for (size_t k = 0; k < i; k++)
                free(tags[k]);
            wt_blob_free(&in);
            return wt_fail(err, WT_EMODEL, path, (long long)i + 2, -1, "the model's tag list is cut short");
        }
        line[strcspn(line, "\n")] = 0;
        tags[i] = strdup(line);
    }
    wt_ner *m = new_model(bits, tags, n_tags);
    for (size_t i = 0; i < n_tags; i++)
        free(tags[i]);
    if (!m) {
        wt_blob_free(&in);
        return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory for the model");
    }
    size_t R = (n_tags + 1) * n_tags, W = ((size_t)1 << bits) * n_tags;
    bool ok = wt_blob_read(&in, m->trans, R * sizeof *m->trans) && wt_blob_read(&in, m->w, W * sizeof *m->w);
    size_t nc = 0;
    ok = ok && wt_blob_gets(&in, line, sizeof line) && line[0] == '\n' && wt_blob_gets(&in, line, sizeof line) &&
         sscanf(line, "CLUSTERS %zu", &nc) == 1;
    if (ok && nc && !(m->cl = wt_clusters_new()))
        ok = false;
    for (size_t k = 0; ok && k < nc; k++)
        ok = wt_blob_gets(&in, line, sizeof line) && wt_clusters_parse_line(m->cl, line, &ok);
    size_t nm = 0;
    ok = ok && wt_blob_gets(&in, line, sizeof line);
    bool with_memory = ok && strcmp(line, "MEMORY -\n") != 0;
    ok = ok && (!with_memory || sscanf(line, "MEMORY %zu", &nm) == 1);
    if (ok && with_memory && !(m->mem = wt_memory_new()))
        ok = false;
    for (size_t k = 0; ok && k < nm; k++)
        ok = wt_blob_gets(&in, line, sizeof line) && wt_memory_parse_line(m->mem, line);
    wt_blob_free(&in);
    if (!ok) {
        wt_ner_free(m);
        return wt_fail(err, WT_EMODEL, path, 0, -1, "the model file is truncated or damaged");
    }
    *out = m;
    return WT_OK;
}
