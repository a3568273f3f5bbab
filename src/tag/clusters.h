/* clusters.h - word classes learned from raw text, used as tagger features.
 *
 * Each frequent word gets a vector of its positive pointwise mutual
 * information with its neighbours (the word before, the word after, the
 * words two away), projected to a few dozen dimensions by a fixed random
 * projection; spherical k-means then splits the words into 32 classes,
 * each class into 8 and each of those into 4, so a word has a coarse, a
 * middle and a fine class (32, 256 and 1024 classes), like the prefixes of
 * a Brown-cluster path. Words that occur in the same contexts ("Jokowi",
 * "Prabowo"; "Moskow", "Hanoi") share classes even when the tagger's
 * training data never saw one of them. */
#ifndef WT_CLUSTERS_H
#define WT_CLUSTERS_H

#include "../base/base.h"

#include <stdio.h>

#define WT_CLUSTER_LEVELS 3

typedef struct wt_clusters wt_clusters;

/* Reads the words of the given files (JSON Lines, text, CoNLL: the first
 * column; digits count as 0, ASCII letters lower-cased), keeps words seen
 * at least min_count times (at most max_words of them) and writes
 * "word<TAB>c32<TAB>c256<TAB>c1024<TAB>cap" lines. Deterministic. A line
 * that is not a JSON object and a gzip stream cut short are reported to
 * warn (may be NULL) as FILE:LINE and counted in *skipped; the rest is
 * read. */
wt_status wt_clusters_build(char **files, int n_files, unsigned min_count, size_t max_words, FILE *out,
                            FILE *warn, size_t *skipped, wt_error *err);

/* Reads such a table (plain or gzip). */
wt_status wt_clusters_load(const char *path, wt_clusters **out, wt_error *err);
void wt_clusters_free(wt_clusters *c);

/* The word's classes (coarse to fine) as numbers and how often it is
 * capitalised inside a sentence (0: under 5%, 1: under 30%, 2: under 70%,
 * 3: under 95%, 4: more); false if the table lacks the word. The word is
 * normalised as when building (lower case, digits as 0). */
bool wt_clusters_get(const wt_clusters *c, const char *w, size_t n, unsigned ids[WT_CLUSTER_LEVELS],
                     unsigned *cap);

/* The table line by line (a model file carries its table). */
size_t wt_clusters_count(const wt_clusters *c);
void wt_clusters_entry(const wt_clusters *c, size_t i, const char **word, unsigned ids[WT_CLUSTER_LEVELS],
                       unsigned *cap);
int wt_clusters_format(const wt_clusters *c, size_t i, char *out, size_t cap);
/* Adds one table line; *ok is false when the line is malformed. Returns
 * true when the word was added. */
bool wt_clusters_parse_line(wt_clusters *c, char *line, bool *ok);
wt_clusters *wt_clusters_new(void);
bool wt_clusters_add(wt_clusters *c, const char *w, size_t n, const unsigned ids[WT_CLUSTER_LEVELS], unsigned cap);

#endif
