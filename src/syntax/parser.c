/* parser.c - a transition-based dependency parser: the arc-hybrid system
 * (SHIFT, LEFT-label, RIGHT-label) with the root at the bottom of the
 * stack, attached last and once; greedy decoding with an averaged
 * perceptron; trained with Goldberg and Nivre's dynamic oracle, which
 * says for any state which transitions lose no reachable gold arc, so the
 * parser also learns to recover from its own mistakes. */
#include "syntax.h"

#include "../tag/clusters.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
#include <xxhash.h>

#define MAX_LABELS 64
#define N_FEATS 104

struct wt_parser {
    size_t n_labels;
    char *labels[MAX_LABELS];
    int root_label; /* "root", or -1 */
    wt_ap *ap;      /* classes: 0 SHIFT, 1 + l LEFT-l, 1 + L + l RIGHT-l */
    const wt_clusters *cl; /* the tagger's word classes (may be NULL) */
};

void wt_parser_set_clusters(wt_parser *p, const wt_clusters *cl) { p->cl = cl; }

enum { SHIFT = 0, LEFT = 1, RIGHT = 2 };

/* A token as features see it: hashes of its word, tag and affixes. */
typedef struct tok {
    uint64_t w, t, wt, affix, suf, c; /* c: the word's middle class */
} tok;

/* Arcs made so far, for one word: its head and the children features
 * read (left children are added nearest first, right children nearest
 * first too, so the newest is the outermost). */
typedef struct node {
    int head, label;
    int l1, l2, r1, r2; /* outermost and second outermost children, 0: none */
    int nl, nr;
    uint64_t lset, rset; /* the labels of its children */
} node;

typedef struct state {
    size_t n;     /* words; tokens 1..n, 0 is the root */
    int *stack;   /* stack[0] = 0 (the root) */
    size_t depth; /* stack size */
    size_t b;     /* the buffer: tokens b..n */
    node *nodes;  /* 0..n */
    tok *toks;    /* 0..n */
} state;

static uint64_t hs(const char *s) { return XXH3_64bits(s, strlen(s)); }

/* The tokens of words[0..n) with their tags; seen: what the tagger read
 * of the words (NULL: read here). */
static void make_toks(const wt_clusters *cl, const char *const *words, const wt_syn_word *seen,
                      const char *const *tags, size_t n, tok *t)
{
    t[0] = (tok){.w = hs("<root>"), .t = hs("<ROOT>"), .affix = 1, .suf = 2, .c = 2};
    t[0].wt = wt_mix(99, t[0].w, t[0].t);
    for (size_t i = 0; i < n; i++) {
        tok *x = &t[i + 1];
        if (seen) { /* the tagger's class ids are 100 up, the parser's 10 up */
            *x = (tok){.w = seen[i].w, .affix = seen[i].affix, .suf = seen[i].suf3};
            x->c = seen[i].cls1 == 1 ? 1 : seen[i].cls1 - 90;
        } else {
            char low[64];
            size_t len = wt_syn_norm(words[i], low, sizeof low);
            x->w = XXH3_64bits(low, len);
            x->affix = (uint64_t)wt_syn_affix(low, len) + 7;
            x->suf = XXH3_64bits(low + (len > 3 ? len - 3 : 0), len > 3 ? 3 : len);
            unsigned ids[WT_CLUSTER_LEVELS], cap;
            x->c = cl && wt_clusters_get(cl, words[i], strlen(words[i]), ids, &cap) ? (uint64_t)ids[1] + 10 : 1;
        }
        x->t = hs(tags[i]);
        x->wt = wt_mix(99, x->w, x->t);
    }
}

static void state_init(state *s, size_t n, int *stack, node *nodes, tok *toks)
{
    s->n = n;
    s->stack = stack;
    s->nodes = nodes;
    s->toks = toks;
    s->stack[0] = 0;
    s->depth = 1;
    s->b = 1;
    for (size_t i = 0; i <= n; i++)
        nodes[i] = (node){.head = -1, .label = -1};
}

static bool terminal(const state *s) { return s->b > s->n && s->depth == 1; }

/* ---- features ---- */

#define NONE 3 /* a position with no token */

static uint64_t m3(unsigned t, uint64_t a, uint64_t b, uint64_t c) { return wt_mix(t, wt_mix(1000, a, b), c); }

typedef struct view {
    uint64_t w, t, wt, affix, suf, c;
    uint64_t l1t, l1w, l1l, l2t, l2l, r1t, r1w, r1l, r2t, r2l, vl, vr, lset, rset;
} view;

/* What the features read of the word at i itself (NONE where there is
 * none); enough for s2, b1 and b2, whose children no feature reads. */
static void look_word(const state *s, int i, view *v)
{
    if (i < 0) {
        v->w = v->t = v->wt = v->affix = v->suf = v->c = NONE;
        return;
    }
    const tok *t = &s->toks[i];
    v->w = t->w;
    v->t = t->t;
    v->wt = t->wt;
    v->affix = t->affix;
    v->suf = t->suf;
    v->c = t->c;
}

/* The word at i and its children, valency and labels. */
static void look(const state *s, int i, view *v)
{
    if (i < 0) {
        memset(v, 0, sizeof *v);
        v->w = v->t = v->wt = v->affix = v->suf = v->c = NONE;
        return;
    }
    look_word(s, i, v);
    const node *d = &s->nodes[i];
    v->l1t = d->l1 ? s->toks[d->l1].t : NONE;
    v->l1w = d->l1 ? s->toks[d->l1].w : NONE;
    v->l1l = d->l1 ? (uint64_t)s->nodes[d->l1].label + 10 : NONE;
    v->l2t = d->l2 ? s->toks[d->l2].t : NONE;
    v->l2l = d->l2 ? (uint64_t)s->nodes[d->l2].label + 10 : NONE;
    v->r1t = d->r1 ? s->toks[d->r1].t : NONE;
    v->r1w = d->r1 ? s->toks[d->r1].w : NONE;
    v->r1l = d->r1 ? (uint64_t)s->nodes[d->r1].label + 10 : NONE;
    v->r2t = d->r2 ? s->toks[d->r2].t : NONE;
    v->r2l = d->r2 ? (uint64_t)s->nodes[d->r2].label + 10 : NONE;
    v->vl = (uint64_t)d->nl + 20;
    v->vr = (uint64_t)d->nr + 20;
    v->lset = d->lset + 5;
    v->rset = d->rset + 5;
}

static size_t features(const state *s, uint64_t *f)
{
    int s0i = s->depth > 0 ? s->stack[s->depth - 1] : -1, s1i = s->depth > 1 ? s->stack[s->depth - 2] : -1,
        s2i = s->depth > 2 ? s->stack[s->depth - 3] : -1;
    int b0i = s->b <= s->n ? (int)s->b : -1, b1i = s->b + 1 <= s->n ? (int)s->b + 1 : -1,
        b2i = s->b + 2 <= s->n ? (int)s->b + 2 : -1;
    view s0, s1, s2, b0, b1, b2;
    look(s, s0i, &s0);
    look(s, s1i, &s1);
    look_word(s, s2i, &s2);
    look(s, b0i, &b0);
    look_word(s, b1i, &b1);
    look_word(s, b2i, &b2);
    uint64_t d = s0i >= 0 && b0i >= 0 ? (uint64_t)(b0i - s0i > 5 ? 5 : b0i - s0i) + 30 : NONE;
    size_t k = 0;
    /* single words */
    f[k++] = wt_mix(1, s0.w, 0);
    f[k++] = wt_mix(2, s0.t, 0);
    f[k++] = wt_mix(3, s0.wt, 0);
    f[k++] = wt_mix(4, s1.w, 0);
    f[k++] = wt_mix(5, s1.t, 0);
    f[k++] = wt_mix(6, s1.wt, 0);
    f[k++] = wt_mix(7, b0.w, 0);
    f[k++] = wt_mix(8, b0.t, 0);
    f[k++] = wt_mix(9, b0.wt, 0);
    f[k++] = wt_mix(10, b1.w, 0);
    f[k++] = wt_mix(11, b1.t, 0);
    f[k++] = wt_mix(12, b1.wt, 0);
    f[k++] = wt_mix(13, b2.t, 0);
    f[k++] = wt_mix(14, s2.t, 0);
    f[k++] = wt_mix(15, b2.w, 0);
    /* pairs */
    f[k++] = wt_mix(16, s0.wt, b0.wt);
    f[k++] = wt_mix(17, s0.wt, b0.w);
    f[k++] = wt_mix(18, s0.w, b0.wt);
    f[k++] = wt_mix(19, s0.wt, b0.t);
    f[k++] = wt_mix(20, s0.t, b0.wt);
    f[k++] = wt_mix(21, s0.w, b0.w);
    f[k++] = wt_mix(22, s0.t, b0.t);
    f[k++] = wt_mix(23, b0.t, b1.t);
    f[k++] = wt_mix(24, s1.t, s0.t);
    f[k++] = wt_mix(25, s1.w, s0.w);
    f[k++] = wt_mix(26, s1.wt, s0.t);
    f[k++] = wt_mix(27, s1.t, s0.wt);
    f[k++] = wt_mix(28, s1.t, b0.t);
    f[k++] = wt_mix(29, s1.w, b0.w);
    /* triples of tags */
    f[k++] = m3(30, b0.t, b1.t, b2.t);
    f[k++] = m3(31, s0.t, b0.t, b1.t);
    f[k++] = m3(32, s1.t, s0.t, b0.t);
    f[k++] = m3(33, s2.t, s1.t, s0.t);
    f[k++] = m3(34, s0.t, s0.l1t, b0.t);
    f[k++] = m3(35, s0.t, s0.r1t, b0.t);
    f[k++] = m3(36, s0.t, b0.t, b0.l1t);
    f[k++] = m3(37, s1.t, s1.r1t, s0.t);
    f[k++] = m3(38, s1.t, s1.l1t, s0.t);
    f[k++] = m3(39, s1.t, s0.t, s0.r1t);
    /* distance */
    f[k++] = wt_mix(40, s0.w, d);
    f[k++] = wt_mix(41, s0.t, d);
    f[k++] = wt_mix(42, b0.w, d);
    f[k++] = wt_mix(43, b0.t, d);
    f[k++] = m3(44, s0.w, b0.w, d);
    f[k++] = m3(45, s0.t, b0.t, d);
    /* valency */
    f[k++] = wt_mix(46, s0.w, s0.vr);
    f[k++] = wt_mix(47, s0.t, s0.vr);
    f[k++] = wt_mix(48, s0.w, s0.vl);
    f[k++] = wt_mix(49, s0.t, s0.vl);
    f[k++] = wt_mix(50, b0.w, b0.vl);
    f[k++] = wt_mix(51, b0.t, b0.vl);
    f[k++] = wt_mix(52, s1.t, s1.vr);
    /* children */
    f[k++] = wt_mix(53, s0.l1w, 0);
    f[k++] = wt_mix(54, s0.l1t, 0);
    f[k++] = wt_mix(55, s0.l1l, 0);
    f[k++] = wt_mix(56, s0.r1w, 0);
    f[k++] = wt_mix(57, s0.r1t, 0);
    f[k++] = wt_mix(58, s0.r1l, 0);
    f[k++] = wt_mix(59, b0.l1w, 0);
    f[k++] = wt_mix(60, b0.l1t, 0);
    f[k++] = wt_mix(61, b0.l1l, 0);
    f[k++] = wt_mix(62, s1.r1t, s1.r1l);
    f[k++] = wt_mix(63, s1.l1t, s1.l1l);
    f[k++] = wt_mix(64, s0.l2t, 0);
    f[k++] = wt_mix(65, s0.l2l, 0);
    f[k++] = wt_mix(66, s0.r2t, 0);
    f[k++] = wt_mix(67, s0.r2l, 0);
    f[k++] = wt_mix(68, b0.l2t, 0);
    f[k++] = wt_mix(69, b0.l2l, 0);
    f[k++] = m3(70, s0.t, s0.l1t, s0.l2t);
    f[k++] = m3(71, s0.t, s0.r1t, s0.r2t);
    f[k++] = m3(72, b0.t, b0.l1t, b0.l2t);
    f[k++] = m3(73, s0.t, s0.l1l, b0.t);
    f[k++] = m3(74, s0.t, s0.r1l, b0.t);
    /* the labels a word already has among its children */
    f[k++] = wt_mix(75, s0.w, s0.rset);
    f[k++] = wt_mix(76, s0.t, s0.rset);
    f[k++] = wt_mix(77, s0.w, s0.lset);
    f[k++] = wt_mix(78, s0.t, s0.lset);
    f[k++] = wt_mix(79, b0.w, b0.lset);
    f[k++] = wt_mix(80, b0.t, b0.lset);
    f[k++] = wt_mix(81, s1.t, s1.rset);
    /* Indonesian morphology: voice prefixes (me-, di-, ber-, ter-) and
     * suffixes (-kan, -i, -nya) say much about a verb's arguments */
    f[k++] = wt_mix(82, s0.affix, b0.affix);
    f[k++] = m3(83, s0.t, s0.affix, b0.t);
    f[k++] = m3(84, b0.t, b0.affix, s0.t);
    f[k++] = m3(85, s1.affix, s0.affix, s0.t);
    f[k++] = wt_mix(86, s0.suf, b0.t);
    f[k++] = wt_mix(87, b0.suf, s0.t);
    f[k++] = m3(88, s0.t, b0.t, s0.rset);
    f[k++] = m3(89, s0.t, b0.t, b0.lset);
    f[k++] = wt_mix(90, s0.w, b1.t);
    f[k++] = wt_mix(91, b0.w, b1.w);
    /* word classes: what the words are like, for words training saw seldom */
    f[k++] = wt_mix(92, s0.c, b0.c);
    f[k++] = wt_mix(93, s0.c, b0.t);
    f[k++] = wt_mix(94, s0.t, b0.c);
    f[k++] = wt_mix(95, s1.c, s0.c);
    f[k++] = m3(96, s0.c, b0.c, b1.t);
    f[k++] = wt_mix(97, b0.c, b1.c);
    return k;
}

/* ---- transitions ---- */

static int kind_of(const wt_parser *p, int cls) { return cls == 0 ? SHIFT : (size_t)cls <= p->n_labels ? LEFT : RIGHT; }
static int label_of(const wt_parser *p, int cls) { return (cls - 1) % (int)p->n_labels; }

static bool valid(const wt_parser *p, const state *s, int cls)
{
    int kind = kind_of(p, cls);
    bool buffer = s->b <= s->n;
    if (kind == SHIFT)
        return buffer;
    if (s->depth < 2)
        return false;
    int label = label_of(p, cls);
    if (kind == LEFT)
        return buffer && label != p->root_label;
    /* RIGHT: the root takes its one child last, with the label root */
    bool from_root = s->stack[s->depth - 2] == 0;
    if (from_root)
        return !buffer && (p->root_label < 0 || label == p->root_label);
    return label != p->root_label;
}

static void attach(state *s, int head, int dep, int label, bool left)
{
    node *h = &s->nodes[head];
    s->nodes[dep].head = head;
    s->nodes[dep].label = label;
    if (left) {
        h->l2 = h->l1;
        h->l1 = dep;
        h->nl++;
        h->lset |= 1ull << (label & 63);
    } else {
        h->r2 = h->r1;
        h->r1 = dep;
        h->nr++;
        h->rset |= 1ull << (label & 63);
    }
}

static void apply(const wt_parser *p, state *s, int cls)
{
    int kind = kind_of(p, cls);
    if (kind == SHIFT) {
        s->stack[s->depth++] = (int)s->b++;
        return;
    }
    int s0 = s->stack[--s->depth];
    if (kind == LEFT)
        attach(s, (int)s->b, s0, label_of(p, cls), true);
    else
        attach(s, s->stack[s->depth - 1], s0, label_of(p, cls), false);
}

/* ---- the dynamic oracle: the gold arcs a transition makes unreachable ---- */

static int buffer_children(const state *s, const int *gh, int h)
{
    int c = 0;
    for (size_t d = s->b; d <= s->n; d++)
        c += gh[d] == h;
    return c;
}

static int cost(const wt_parser *p, const state *s, const int *gh, const int *gl, int cls)
{
    int kind = kind_of(p, cls);
    if (kind == SHIFT) {
        int b0 = (int)s->b, c = 0;
        for (size_t i = 0; i < s->depth; i++) {
            int k = s->stack[i];
            c += gh[k] == b0 && k != 0;
            c += gh[b0] == k && i + 1 < s->depth;
        }
        return c;
    }
    int s0 = s->stack[s->depth - 1], s1 = s->stack[s->depth - 2];
    int c = buffer_children(s, gh, s0);
    int label = label_of(p, cls);
    if (kind == LEFT) {
        int b0 = (int)s->b;
        c += gh[s0] == s1 || (gh[s0] > b0);
        c += gh[s0] == b0 && gl[s0] != label;
    } else {
        c += gh[s0] >= (int)s->b && s->b <= s->n;
        c += gh[s0] == s1 && gl[s0] != label;
    }
    return c;
}

/* ---- parsing ---- */

/* The best-scoring transition valid() allows, asked once per kind and
 * once for the root relation rather than for every class. */
/* The best of the L classes of one kind (LEFT or RIGHT) starting at
 * first that the state allows: the root's label when root_ok, the others
 * when ok; -1 when it allows none. */
static int best_of_kind(const float *scores, int first, int L, int root, bool ok, bool root_ok)
{
    if (L <= 0 || (!ok && !root_ok))
        return -1;
    if (!ok)
        return root >= 0 ? first + root : -1;
    if (root < 0 || root_ok)
        return first + (int)wt_first_max(scores + first, (size_t)L);
    int below = root > 0 ? first + (int)wt_first_max(scores + first, (size_t)root) : -1, above = -1;
    if (root + 1 < L)
        above = first + root + 1 + (int)wt_first_max(scores + first + root + 1, (size_t)(L - root - 1));
    return below < 0 || (above >= 0 && scores[above] > scores[below]) ? above : below;
}

static int best_valid(const wt_parser *p, const state *s, const float *scores)
{
    int b = -1;
    int L = (int)p->n_labels;
    int root = p->root_label;
    bool kind_ok[3], root_ok[3];
    for (int kind = 0; kind < 3; kind++) {
        int other = root == 0 && L > 1 ? 1 : 0; /* a label that is not the root's */
        int cls = kind == SHIFT ? 0 : 1 + (kind == RIGHT ? L : 0);
        kind_ok[kind] = valid(p, s, kind == SHIFT ? 0 : cls + other);
        root_ok[kind] = root >= 0 && kind != SHIFT && valid(p, s, cls + root);
    }
    /* the classes in order: SHIFT, then LEFT and RIGHT of each label; the
     * first of equal scores wins */
    if (kind_ok[SHIFT])
        b = 0;
    for (int kind = LEFT; kind <= RIGHT; kind++) {
        int c = best_of_kind(scores, 1 + (kind == RIGHT ? L : 0), L, root, kind_ok[kind], root_ok[kind]);
        if (c >= 0 && (b < 0 || scores[c] > scores[b]))
            b = c;
    }
    return b;
}

/* The one transition a state allows, when it allows only one (-1
 * otherwise): SHIFT onto a stack holding only the root, the root's
 * single child once the buffer is empty. Its scores would not matter. */
static int forced(const wt_parser *p, const state *s)
{
    if (s->depth < 2)
        return s->b <= s->n ? 0 : -1;
    if (s->b > s->n && s->depth == 2 && p->root_label >= 0)
        return 1 + (int)p->n_labels + p->root_label;
    return -1;
}

typedef struct scratch {
    int *stack;
    node *nodes;
    tok *toks;
    float *scores;
} scratch;

static bool scratch_new(scratch *x, size_t n, size_t n_cls)
{
    x->stack = malloc((n + 2) * sizeof *x->stack);
    x->nodes = malloc((n + 2) * sizeof *x->nodes);
    x->toks = malloc((n + 2) * sizeof *x->toks);
    x->scores = malloc(n_cls * sizeof *x->scores);
    return x->stack && x->nodes && x->toks && x->scores;
}

static void scratch_free(scratch *x)
{
    free(x->stack);
    free(x->nodes);
    free(x->toks);
    free(x->scores);
}

static void parse_with(const wt_parser *p, const wt_ap *ap, const char *const *words, const wt_syn_word *seen,
                       const char *const *tags, size_t n, int *heads, int *labels)
{
    size_t n_cls = 1 + 2 * p->n_labels;
    scratch x;
    if (!scratch_new(&x, n, n_cls)) {
        for (size_t i = 0; i < n; i++)
            heads[i] = 0, labels[i] = p->root_label;
        scratch_free(&x);
        return;
    }
    state s;
    make_toks(p->cl, words, seen, tags, n, x.toks);
    state_init(&s, n, x.stack, x.nodes, x.toks);
    uint64_t f[N_FEATS];
    while (!terminal(&s)) {
        int c = forced(p, &s);
        if (c < 0) {
            size_t nf = features(&s, f);
            wt_ap_score(ap, f, nf, x.scores);
            c = best_valid(p, &s, x.scores);
        }
        if (c < 0)
            break;
        apply(p, &s, c);
    }
    for (size_t i = 0; i < n; i++) {
        heads[i] = s.nodes[i + 1].head >= 0 ? s.nodes[i + 1].head : 0;
        labels[i] = s.nodes[i + 1].label >= 0 ? s.nodes[i + 1].label : p->root_label;
    }
    scratch_free(&x);
}

void wt_parser_parse(const wt_parser *p, const char *const *words, const wt_syn_word *seen, const char *const *tags,
                     size_t n, int *heads, int *labels)
{
    parse_with(p, p->ap, words, seen, tags, n, heads, labels);
}

const char *wt_parser_label(const wt_parser *p, int label)
{
    return label >= 0 && (size_t)label < p->n_labels ? p->labels[label] : "dep";
}

void wt_parser_free(wt_parser *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n_labels; i++)
        free(p->labels[i]);
    wt_ap_free(p->ap);
    free(p);
}

/* ---- training ---- */

static int label_id(const wt_parser *p, const char *name)
{
    for (size_t i = 0; i < p->n_labels; i++)
        if (strcmp(p->labels[i], name) == 0)
            return (int)i;
    return -1;
}

static uint64_t next_rand(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 33;
}

typedef struct sent_view {
    const char **words, **tags;
    int *gh, *gl;
} sent_view;

static bool view_of(const wt_parser *p, const wt_tb_sent *ts, sent_view *v)
{
    size_t n = ts->n;
    v->words = malloc((n + 1) * sizeof *v->words);
    v->tags = malloc((n + 1) * sizeof *v->tags);
    v->gh = malloc((n + 2) * sizeof *v->gh);
    v->gl = malloc((n + 2) * sizeof *v->gl);
    if (!v->words || !v->tags || !v->gh || !v->gl)
        return false;
    v->gh[0] = -1;
    v->gl[0] = -1;
    for (size_t i = 0; i < n; i++) {
        v->words[i] = ts->w[i].form;
        v->tags[i] = ts->w[i].upos;
        v->gh[i + 1] = ts->w[i].head;
        v->gl[i + 1] = label_id(p, ts->w[i].deprel);
    }
    return true;
}

static void view_free(sent_view *v)
{
    free(v->words);
    free(v->tags);
    free(v->gh);
    free(v->gl);
}

/* One sentence: at each state, the best-scoring transition is compared
 * with the best-scoring of the cheapest ones; after the first passes the
 * parser follows its own prediction (mistakes included) nine times in ten. */
static bool train_sentence(const wt_parser *p, wt_ap *ap, const wt_tb_sent *ts, bool explore, uint64_t *rng,
                           size_t *right, size_t *all)
{
    size_t n = ts->n, n_cls = 1 + 2 * p->n_labels;
    sent_view v = {0};
    scratch x = {0};
    bool ok = view_of(p, ts, &v) && scratch_new(&x, n, n_cls);
    int *costs = malloc(n_cls * sizeof *costs);
    ok = ok && costs;
    state s;
    if (ok) {
        make_toks(p->cl, v.words, NULL, v.tags, n, x.toks);
        state_init(&s, n, x.stack, x.nodes, x.toks);
    }
    uint64_t f[N_FEATS];
    while (ok && !terminal(&s)) {
        size_t nf = features(&s, f);
        wt_ap_score(ap, f, nf, x.scores);
        int min = 1 << 30;
        for (size_t c = 0; c < n_cls; c++) {
            costs[c] = valid(p, &s, (int)c) ? cost(p, &s, v.gh, v.gl, (int)c) : -1;
            if (costs[c] >= 0 && costs[c] < min)
                min = costs[c];
        }
        int guess = -1, gold = -1;
        for (size_t c = 0; c < n_cls; c++) {
            if (costs[c] < 0)
                continue;
            if (guess < 0 || x.scores[c] > x.scores[guess])
                guess = (int)c;
            if (costs[c] == min && (gold < 0 || x.scores[c] > x.scores[gold]))
                gold = (int)c;
        }
        if (guess < 0)
            break;
        bool wrong = costs[guess] > min;
        ok = wt_ap_update(ap, f, nf, gold, wrong ? guess : gold);
        *right += !wrong;
        (*all)++;
        apply(p, &s, wrong && explore && next_rand(rng) % 10 != 0 ? guess : gold);
    }
    free(costs);
    scratch_free(&x);
    view_free(&v);
    return ok;
}

static wt_parser *new_parser(const wt_treebank *tb);

bool wt_parser_oracle(const wt_treebank *tb, size_t i, int *heads, char (*names)[32])
{
    wt_parser *p = new_parser(tb);
    const wt_tb_sent *ts = &tb->s[i];
    size_t n = ts->n, n_cls = p ? 1 + 2 * p->n_labels : 0;
    sent_view v = {0};
    scratch x = {0};
    bool ok = p && view_of(p, ts, &v) && scratch_new(&x, n, n_cls);
    state s = {0}; /* read only when ok */
    if (ok) {
        make_toks(p->cl, v.words, NULL, v.tags, n, x.toks);
        state_init(&s, n, x.stack, x.nodes, x.toks);
    }
    while (ok && !terminal(&s)) {
        int gold = -1, min = 1 << 30;
        for (size_t c = 0; c < n_cls; c++) {
            int k = valid(p, &s, (int)c) ? cost(p, &s, v.gh, v.gl, (int)c) : -1;
            if (k >= 0 && k < min)
                min = k, gold = (int)c;
        }
        if (gold < 0)
            ok = false;
        else
            apply(p, &s, gold);
    }
    for (size_t k = 0; ok && k < n; k++) {
        heads[k] = s.nodes[k + 1].head;
        snprintf(names[k], sizeof names[k], "%s", wt_parser_label(p, s.nodes[k + 1].label));
    }
    scratch_free(&x);
    view_free(&v);
    wt_parser_free(p);
    return ok;
}

/* LAS (full relations) of the model on dev. */
static double dev_las(const wt_parser *p, const wt_ap *ap, const wt_treebank *dev)
{
    size_t right = 0, all = 0;
    for (size_t i = 0; i < dev->n; i++) {
        const wt_tb_sent *ts = &dev->s[i];
        sent_view v;
        int *heads = malloc((ts->n + 1) * sizeof *heads), *labels = malloc((ts->n + 1) * sizeof *labels);
        if (view_of(p, ts, &v) && heads && labels) {
            parse_with(p, ap, v.words, NULL, v.tags, ts->n, heads, labels);
            for (size_t k = 0; k < ts->n; k++)
                right += heads[k] == ts->w[k].head && labels[k] == v.gl[k + 1];
        }
        all += ts->n;
        view_free(&v);
        free(heads);
        free(labels);
    }
    return all ? (double)right / (double)all : 0;
}

static wt_parser *new_parser(const wt_treebank *tb)
{
    wt_parser *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    for (size_t i = 0; i < tb->n; i++)
        for (size_t k = 0; k < tb->s[i].n; k++)
            if (wt_syn_intern(p->labels, &p->n_labels, MAX_LABELS, tb->s[i].w[k].deprel) < 0) {
                wt_parser_free(p);
                return NULL;
            }
    p->root_label = label_id(p, "root");
    return p;
}

wt_status wt_parser_train(const wt_treebank *train, const wt_treebank *dev, int epochs, unsigned seed,
                          const wt_clusters *cl, float prune, wt_parser **out, double *dev_score, wt_error *err)
{
    *out = NULL;
    if (!wt_treebank_has_trees(train))
        return wt_fail(err, WT_EINPUT, NULL, 0, -1, "the parser needs CoNLL-U training data with heads");
    wt_parser *p = new_parser(train);
    if (!p)
        return wt_fail(err, WT_EINPUT, NULL, 0, -1, "more than %d relations in the training data", MAX_LABELS);
    p->cl = cl;
    wt_ap *ap = wt_ap_new(1 + 2 * p->n_labels);
    size_t *order = malloc((train->n + 1) * sizeof *order);
    wt_status st = ap && order ? WT_OK : wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    for (size_t i = 0; order && i < train->n; i++)
        order[i] = i;
    uint64_t rng = seed * 2654435761u + 7;
    double best = -1;
    for (int e = 0; e < epochs && st == WT_OK; e++) {
        for (size_t i = train->n; i > 1; i--) {
            size_t j = next_rand(&rng) % i, t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        size_t right = 0, all = 0;
        for (size_t i = 0; i < train->n && st == WT_OK; i++)
            if (!train_sentence(p, ap, &train->s[order[i]], e >= 2, &rng, &right, &all))
                st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
        wt_ap *avg = st == WT_OK ? wt_ap_averaged(ap, prune) : NULL;
        if (st == WT_OK && !avg)
            st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
        if (!avg)
            break;
        double las = dev ? dev_las(p, avg, dev) : 0;
        if (!dev || las > best) {
            best = las;
            wt_ap_free(p->ap);
            p->ap = avg;
        } else
            wt_ap_free(avg);
    }
    wt_ap_free(ap);
    free(order);
    if (st != WT_OK) {
        wt_parser_free(p);
        return st;
    }
    if (dev_score)
        *dev_score = best;
    *out = p;
    return WT_OK;
}

/* ---- files: "PARSER n" and the relations, then the weights */

bool wt_parser_write(const wt_parser *p, gzFile gz)
{
    return wt_syn_write_names(gz, "PARSER", p->labels, p->n_labels) && wt_ap_write(p->ap, gz);
}

wt_parser *wt_parser_read(wt_blob *in)
{
    wt_parser *p = calloc(1, sizeof *p);
    if (!p || !wt_syn_read_names(in, "PARSER", p->labels, &p->n_labels, MAX_LABELS)) {
        wt_parser_free(p);
        return NULL;
    }
    if (!(p->ap = wt_ap_read(in)) || wt_ap_classes(p->ap) != 1 + 2 * p->n_labels) {
        wt_parser_free(p);
        return NULL;
    }
    p->root_label = label_id(p, "root");
    return p;
}
