/* ner.h - a named-entity tagger: a structured (averaged) perceptron over
 * hashed features with first-order Viterbi decoding of BIO tags. */
#ifndef WT_NER_H
#define WT_NER_H

#include "../base/base.h"
#include "../kb/kb.h"
#include "../lexicon/lexicon.h"

/* What the tagger's features read besides the words: the knowledge base
 * (shared) and a dictionary (the worker's own; may be NULL). */
typedef struct wt_ner_memo wt_ner_memo;
typedef struct wt_ner_env {
    const wt_kb *kb;
    wt_lexicon *lex;
    wt_ner_memo *memo; /* the worker's memo of words (may be NULL) */
} wt_ner_env;

/* A worker's memo of what the tagger's features read of each word alone
 * (its hashes, dictionary and word-class lookups), for up to slots words
 * (rounded up to a power of two; about 190 bytes each) met with model m's
 * hash size and word classes: a word met again is not read again. The
 * features are the same with it or without. NULL when memory runs out. */
wt_ner_memo *wt_ner_memo_new(const wt_ner *m, size_t slots);
void wt_ner_memo_free(wt_ner_memo *memo);


/* wt_ner_train and wt_ner_tag_corpus (warta.h) with the environment
 * given directly; the public ones take it from a worker. */
/* wt_ner_load of a model file already read (the blob is taken and freed;
 * errors name path). */
wt_status wt_ner_load_blob(wt_blob *blob, const char *path, wt_ner **out, wt_error *err);
wt_status wt_ner_train_env(const wt_corpus *train, const wt_corpus *dev, const wt_ner_opts *opts,
                           const wt_ner_env *env, wt_ner **out, wt_error *err);
int **wt_ner_tag_corpus_env(const wt_ner *m, const wt_ner_env *env, const wt_corpus *c);



/* The summed feature weights the tagger decodes, em[i * n_tags + t] for
 * token i of words[0..n) and tag t; with plain, summed by the plain loop
 * rather than in the processor's wide registers (the same sums to the
 * bit: a test compares). False when memory runs out. */
bool wt_ner_emissions(const wt_ner *m, const wt_ner_env *env, const char *const *words, size_t n, bool plain,
                      double *em);
/* Tags words[0..n) into tags (model tag ids). */
void wt_ner_tag(const wt_ner *m, const wt_ner_env *env, const char *const *words, size_t n, int *tags);
/* Tags only the stretches [ranges[r][0], ranges[r][1]) of the sentence
 * (features still see the words around them), each decoded on its own,
 * into the same positions of tags; other positions are left as they are. */
void wt_ner_tag_ranges(const wt_ner *m, const wt_ner_env *env, const char *const *words, size_t n, const size_t (*ranges)[2],
                       size_t n_ranges, int *tags);

#endif
