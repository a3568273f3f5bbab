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
