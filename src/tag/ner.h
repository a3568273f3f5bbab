/* ner.h - a named-entity tagger: a structured (averaged) perceptron over
 * hashed features with first-order Viterbi decoding of BIO tags. */
#ifndef WT_NER_H
#define WT_NER_H

#include "../base/base.h"

#define WT_NER_MAX_TAGS 32

typedef struct wt_ner wt_ner;

/* A sentence of tokens; tags are indexes into the model's tag list. */
typedef struct wt_sent {
    const char **words;
    int *gold; /* training only */
    size_t n;
} wt_sent;

/* A corpus read from CoNLL: a token in the first column, its tag in the
 * last, blank lines between sentences (tabs or spaces, CRLF accepted). */
typedef struct wt_corpus {
    wt_arena *arena;
    wt_sent *sents;
    size_t n, cap;
    char *tags[WT_NER_MAX_TAGS]; /* the tag strings as they appear, index = tag id */
    size_t n_tags;
} wt_corpus;

/* Reads a CoNLL file; tag ids are shared through `tags` when several files
 * are read into one corpus. map (may be NULL) rewrites each tag's type:
 * "PERSON=PER,PPL=PER" maps B-PERSON to B-PER. */
wt_status wt_corpus_read(wt_corpus *c, const char *path, const char *map, wt_error *err);
void wt_corpus_free(wt_corpus *c);

/* Training options. The tagger is an averaged perceptron trained for
 * epochs passes over the shuffled sentences, the pass with the best dev F1
 * kept; with ensemble > 1, that many perceptrons trained on differently
 * shuffled data vote by their summed weights (one model file, the same
 * tagging speed). clusters (may be NULL) is a word-class table
 * (clusters.h) whose classes become features; the model keeps a copy.
 * progress (may be NULL) hears of every pass of every member. */
typedef void (*wt_progress_fn)(void *ctx, int member, int epoch, double train_acc, double dev_f1);
typedef struct wt_ner_opts {
    int epochs;
    unsigned bits; /* 2^bits feature buckets, 10 to 24 */
    int ensemble;  /* members, 1 to 64 */
    bool memory;   /* remember the training data's names (memory.h) */
    const char *clusters;
    wt_progress_fn progress;
    void *ctx;
} wt_ner_opts;
wt_status wt_ner_train(const wt_corpus *train, const wt_corpus *dev, const wt_ner_opts *opts, wt_ner **out,
                       wt_error *err);

wt_status wt_ner_save(const wt_ner *m, const char *path, wt_error *err);
wt_status wt_ner_load(const char *path, wt_ner **out, wt_error *err);
void wt_ner_free(wt_ner *m);

size_t wt_ner_n_tags(const wt_ner *m);
const char *wt_ner_tag_name(const wt_ner *m, int tag);

/* Tags words[0..n) into tags (model tag ids). */
void wt_ner_tag(const wt_ner *m, const char *const *words, size_t n, int *tags);
/* Tags only the stretches [ranges[r][0], ranges[r][1]) of the sentence
 * (features still see the words around them), each decoded on its own,
 * into the same positions of tags; other positions are left as they are. */
void wt_ner_tag_ranges(const wt_ner *m, const char *const *words, size_t n, const size_t (*ranges)[2],
                       size_t n_ranges, int *tags);

/* Tags every sentence of a corpus: pred[s][i] are model tag ids. Free the
 * result with wt_ner_free_pred. NULL when memory runs out. */
int **wt_ner_tag_corpus(const wt_ner *m, const wt_corpus *c);
void wt_ner_free_pred(int **pred, size_t n_sents);

/* conlleval: entity-level precision, recall and F1 per type and overall
 * (exact span and type); also the mean F1 over types (IndoNLU's score). */
typedef struct wt_ner_score {
    char type[32];
    size_t gold, pred, correct;
    double p, r, f1;
} wt_ner_score;

/* Scores predicted tag strings against gold tag strings for one corpus;
 * fills up to cap type rows (sorted by name) and the overall row.
 * Returns the number of type rows. */
size_t wt_ner_score_corpus(const wt_corpus *gold, const int *const *pred, const wt_ner *m,
                           wt_ner_score *rows, size_t cap, wt_ner_score *overall, double *type_mean);

#endif
