/* model.c - the syntax model (a tagger and, optionally, a parser in one
 * file), applying it to a treebank, and the CoNLL 2018 scores. */
#include "syntax.h"

#include "../doc/doc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC "WARTASYNTAX"
#define VERSION 2 /* 2: the tagger reads both ways */
#define FOLDS 5

struct wt_syntax {
    wt_tagger *tagger;
    wt_parser *parser; /* may be NULL */
};

bool wt_syntax_has_parser(const wt_syntax *m) { return m->parser != NULL; }
const wt_tagger *wt_syntax_tagger(const wt_syntax *m) { return m->tagger; }
const wt_parser *wt_syntax_parser(const wt_syntax *m) { return m->parser; }

void wt_syntax_free(wt_syntax *m)
{
    if (!m)
        return;
    wt_tagger_free(m->tagger);
    wt_parser_free(m->parser);
    free(m);
}

/* Tags words[0..n) into tags (names) and, with a parser, parses them
 * into heads and labels; ids and seen are scratch (the parser reads what
 * the tagger found of the words). */
static void tag_and_parse(const wt_syntax *m, wt_tag_memo *memo, const char *const *words, size_t n, int *ids,
                          wt_syn_word *seen, const char **tags, int *heads, int *labels)
{
    bool filled = wt_tagger_tag(m->tagger, words, n, ids, seen, memo);
    for (size_t i = 0; i < n; i++)
        tags[i] = wt_tagger_name(m->tagger, ids[i]);
    if (m->parser)
        wt_parser_parse(m->parser, words, filled ? seen : NULL, tags, n, heads, labels);
}

/* Tags (and parses) one sentence's words into its slots. */
static bool annotate(const wt_syntax *m, wt_tag_memo *memo, wt_tb_sent *s)
{
    size_t n = s->n;
    const char **words = calloc(n + 1, sizeof *words), **tags = calloc(n + 1, sizeof *tags);
    int *ids = malloc((n + 1) * sizeof *ids), *heads = malloc((n + 1) * sizeof *heads),
        *labels = malloc((n + 1) * sizeof *labels);
    wt_syn_word *seen = malloc((n + 1) * sizeof *seen);
    bool ok = words && tags && ids && heads && labels && seen;
    if (ok) {
        for (size_t i = 0; i < n; i++)
            words[i] = s->w[i].form;
        tag_and_parse(m, memo, words, n, ids, seen, tags, heads, labels);
        for (size_t i = 0; i < n; i++) {
            s->w[i].upos = tags[i];
            if (m->parser) {
                s->w[i].head = heads[i];
                s->w[i].deprel = wt_parser_label(m->parser, labels[i]);
            }
        }
    }
    free(words);
    free(tags);
    free(ids);
    free(heads);
    free(labels);
    free(seen);
    return ok;
}

wt_treebank *wt_syntax_apply(const wt_syntax *m, const wt_treebank *tb)
{
    wt_treebank *out = wt_treebank_clone(tb);
    wt_tag_memo *memo = wt_syntax_memo_new(m); /* NULL: slower, the same */
    for (size_t i = 0; out && i < out->n; i++)
        if (!annotate(m, memo, &out->s[i])) {
            wt_treebank_free(out);
            out = NULL;
        }
    wt_tag_memo_free(memo);
    if (out && m->parser)
        out->trees = true;
    return out;
}

/* The training sentences with tags from taggers that did not see them:
 * each fifth is tagged by a tagger trained on the other four, so the
 * parser learns from tags as wrong as the ones it will meet. */
static wt_status jackknife(const wt_treebank *train, int epochs, unsigned seed, const char *clusters,
                           wt_treebank **out, wt_error *err)
{
    wt_treebank *tagged = wt_treebank_clone(train);
    if (!tagged)
        return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    for (int k = 0; k < FOLDS; k++) {
        wt_treebank rest = *train, fold = *train;
        rest.s = malloc((train->n + 1) * sizeof *rest.s);
        fold.s = malloc((train->n + 1) * sizeof *fold.s);
        if (!rest.s || !fold.s) {
            free(rest.s);
            free(fold.s);
            wt_treebank_free(tagged);
            return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
        }
        rest.n = fold.n = 0;
        for (size_t i = 0; i < train->n; i++) {
            if ((int)(i % FOLDS) == k)
                fold.s[fold.n++] = train->s[i];
            else
                rest.s[rest.n++] = train->s[i];
        }
        wt_tagger *t;
        wt_status st = wt_tagger_train(&rest, NULL, epochs, seed + (unsigned)k, clusters, 0, &t, NULL, err);
        free(rest.s);
        free(fold.s);
        if (st != WT_OK) {
            wt_treebank_free(tagged);
            return st;
        }
        wt_syntax m = {.tagger = t};
        /* the tag names belong to the fold's tagger: copy them */
        for (size_t i = (size_t)k; i < tagged->n; i += FOLDS) {
            annotate(&m, NULL, &tagged->s[i]);
            for (size_t j = 0; j < tagged->s[i].n; j++) {
                wt_tb_word *w = &tagged->s[i].w[j];
                w->upos = wt_arena_strndup(tagged->arena, w->upos, strlen(w->upos));
            }
        }
        wt_tagger_free(t);
    }
    *out = tagged; /* a model without a parser changed only the tags: the gold trees stay */
    return WT_OK;
}

wt_status wt_syntax_train(const wt_treebank *train, const wt_treebank *dev, const wt_syntax_opts *o,
                          wt_syntax **out, wt_error *err)
{
    *out = NULL;
    int epochs = o->epochs > 0 ? o->epochs : 12;
    if (!train->n)
        return wt_fail(err, WT_EINPUT, NULL, 0, -1, "no training sentences");
    if (o->parser && !wt_treebank_has_trees(train))
        return wt_fail(err, WT_EINPUT, NULL, 0, -1, "the parser needs CoNLL-U training data with heads");
    wt_syntax *m = calloc(1, sizeof *m);
    if (!m)
        return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    double acc = 0;
    wt_status st = wt_tagger_train(train, dev, epochs, o->seed, o->clusters, (float)o->prune * 0.3f, &m->tagger,
                                   &acc, err);
    if (st == WT_OK && o->progress)
        o->progress(o->ctx, "tagger", epochs, 0, acc);
    if (st == WT_OK && o->parser) {
        wt_treebank *tagged = NULL, *dev_tagged = NULL;
        st = jackknife(train, epochs, o->seed, o->clusters, &tagged, err);
        /* dev with predicted tags and its gold trees (m has no parser yet) */
        if (st == WT_OK && dev && !(dev_tagged = wt_syntax_apply(m, dev)))
            st = wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
        double las = 0;
        if (st == WT_OK)
            st = wt_parser_train(tagged, dev_tagged, epochs, o->seed, wt_tagger_clusters(m->tagger), (float)o->prune,
                                 &m->parser, &las, err);
        if (st == WT_OK && o->progress)
            o->progress(o->ctx, "parser", epochs, 0, las);
        wt_treebank_free(tagged);
        wt_treebank_free(dev_tagged);
    }
    if (st != WT_OK) {
        wt_syntax_free(m);
        return st;
    }
    *out = m;
    return WT_OK;
}

wt_status wt_syntax_save(const wt_syntax *m, const char *path, wt_error *err)
{
    gzFile gz = gzopen(path, "wT"); /* plain: docs/models.md */
    if (!gz)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot write: %s", strerror(errno));
    bool ok = gzprintf(gz, "%s %d %s\n", MAGIC, VERSION, m->parser ? "tagger+parser" : "tagger") > 0 &&
              wt_tagger_write(m->tagger, gz) && (!m->parser || wt_parser_write(m->parser, gz));
    if (gzclose(gz) != Z_OK || !ok)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot write the model");
    return WT_OK;
}

wt_status wt_syntax_load(const char *path, wt_syntax **out, wt_error *err)
{
    *out = NULL;
    wt_blob in;
    wt_status st = wt_blob_load(path, (size_t)1 << 31, &in, err);
    if (st != WT_OK)
        return st;
    return wt_syntax_load_blob(&in, path, out, err);
}

wt_status wt_syntax_load_blob(wt_blob *blob, const char *path, wt_syntax **out, wt_error *err)
{
    *out = NULL;
    wt_blob in = *blob;
    char line[128], magic[32] = "", what[32] = "";
    int version = 0;
    if (!wt_blob_gets(&in, line, sizeof line) || sscanf(line, "%31s %d %31s", magic, &version, what) != 3 ||
        strcmp(magic, MAGIC) != 0 || version != VERSION) {
        wt_blob_free(&in);
        return wt_fail(err, WT_EMODEL, path, 1, -1, "not a Warta syntax model (version %d expected)", VERSION);
    }
    wt_syntax *m = calloc(1, sizeof *m);
    bool ok = m && (m->tagger = wt_tagger_read(&in)) != NULL;
    if (ok && strcmp(what, "tagger+parser") == 0)
        ok = (m->parser = wt_parser_read(&in)) != NULL;
    if (ok && m->parser)
        wt_parser_set_clusters(m->parser, wt_tagger_clusters(m->tagger));
    wt_blob_free(&in);
    if (!ok) {
        wt_syntax_free(m);
        return wt_fail(err, WT_EMODEL, path, 0, -1, "the syntax model is truncated or damaged");
    }
    *out = m;
    return WT_OK;
}

wt_tag_memo *wt_syntax_memo_new(const wt_syntax *m) { return wt_tag_memo_new(m->tagger, 32768); }

wt_status wt_syntax_doc(const wt_syntax *m, wt_tag_memo *memo, wt_doc *d)
{
    if (!d->n_tokens)
        return WT_OK;
    const char **words = wt_doc_words(d);
    wt_dep *deps = wt_arena_alloc(d->arena, d->n_tokens * sizeof *deps);
    size_t longest = 0;
    for (size_t i = 0; i < d->n_sentences; i++) {
        size_t n = d->sentences[i].tok_end - d->sentences[i].tok_begin;
        longest = n > longest ? n : longest;
    }
    int *ids = malloc((longest + 1) * sizeof *ids), *heads = malloc((longest + 1) * sizeof *heads),
        *labels = malloc((longest + 1) * sizeof *labels);
    const char **tags = malloc((longest + 1) * sizeof *tags);
    wt_syn_word *seen = malloc((longest + 1) * sizeof *seen);
    bool ok = words && deps && ids && heads && labels && tags && seen;
    for (size_t i = 0; ok && i < d->n_sentences; i++) {
        size_t b = d->sentences[i].tok_begin, n = d->sentences[i].tok_end - b;
        if (!n)
            continue;
        tag_and_parse(m, memo, words + b, n, ids, seen, tags, heads, labels);
        for (size_t k = 0; k < n; k++)
            deps[b + k] = (wt_dep){.upos = tags[k],
                                   .rel = wt_parser_label(m->parser, labels[k]),
                                   .head = heads[k] > 0 ? (int32_t)(b + (size_t)heads[k] - 1) : -1};
    }
    free(ids);
    free(heads);
    free(labels);
    free(tags);
    free(seen);
    if (!ok)
        return WT_ENOMEM;
    d->deps = deps;
    return WT_OK;
}

/* ---- scores ---- */

/* "nsubj:pass" -> length of "nsubj" */
static size_t universal(const char *rel) { return strcspn(rel, ":"); }

static bool same_rel(const char *a, const char *b)
{
    size_t n = universal(a);
    return n == universal(b) && strncmp(a, b, n) == 0;
}

typedef struct tag_count {
    const char *tag;
    size_t gold, pred, both;
} tag_count;

static tag_count *count_for(tag_count *t, size_t *n, const char *tag)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(t[i].tag, tag) == 0)
            return &t[i];
    if (*n == 128)
        return NULL;
    t[*n] = (tag_count){.tag = tag};
    return &t[(*n)++];
}

wt_status wt_syntax_score_treebank(const wt_treebank *gold, const wt_treebank *pred, wt_syntax_score *sc,
                                   wt_error *err)
{
    memset(sc, 0, sizeof *sc);
    if (gold->n != pred->n)
        return wt_fail(err, WT_EINPUT, NULL, 0, -1, "%zu gold sentences but %zu predicted", gold->n, pred->n);
    tag_count tags[128];
    size_t nt = 0;
    for (size_t i = 0; i < gold->n; i++) {
        const wt_tb_sent *g = &gold->s[i], *p = &pred->s[i];
        if (g->n != p->n)
            return wt_fail(err, WT_EINPUT, NULL, g->lineno, -1, "sentence %zu: %zu gold words but %zu predicted",
                           i + 1, g->n, p->n);
        sc->sentences++;
        for (size_t k = 0; k < g->n; k++) {
            const wt_tb_word *gw = &g->w[k], *pw = &p->w[k];
            if (strcmp(gw->form, pw->form) != 0)
                return wt_fail(err, WT_EINPUT, NULL, g->lineno + (long long)k, -1,
                               "word \"%s\" predicted as \"%s\": not the same tokens", gw->form, pw->form);
            sc->words++;
            bool tag_ok = strcmp(gw->upos, pw->upos) == 0;
            sc->upos += tag_ok;
            tag_count *tg = count_for(tags, &nt, gw->upos), *tp = count_for(tags, &nt, pw->upos);
            if (tg)
                tg->gold++;
            if (tp)
                tp->pred++;
            if (tg && tag_ok)
                tg->both++;
            bool head_ok = gw->head >= 0 && gw->head == pw->head;
            sc->uas += head_ok;
            sc->las += head_ok && same_rel(gw->deprel, pw->deprel);
            sc->las_full += head_ok && strcmp(gw->deprel, pw->deprel) == 0;
        }
    }
    double sum = 0;
    for (size_t i = 0; i < nt; i++) {
        double p = tags[i].pred ? (double)tags[i].both / (double)tags[i].pred : 0;
        double r = tags[i].gold ? (double)tags[i].both / (double)tags[i].gold : 0;
        sum += p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    sc->tag_f1_mean = nt ? sum / (double)nt : 0;
    return WT_OK;
}
