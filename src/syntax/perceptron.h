/* perceptron.h - a multiclass averaged perceptron over sparse hashed
 * features, shared by the part-of-speech tagger and the parser.
 *
 * A feature is a 64-bit hash; its row holds weights only for the classes
 * an update touched (a handful of the tens of classes), so the tables stay
 * small and a score costs one hash lookup per feature. An averaged or
 * loaded ("flat") model also keeps its rows of many classes as dense
 * vectors, added a vector register at a time. */
#ifndef WT_PERCEPTRON_H
#define WT_PERCEPTRON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

#include "../base/base.h"

typedef struct wt_ap wt_ap;

wt_ap *wt_ap_new(size_t n_classes);
void wt_ap_free(wt_ap *m);
size_t wt_ap_classes(const wt_ap *m);

/* scores[0..n_classes) = the sum of the features' weights. */
void wt_ap_score(const wt_ap *m, const uint64_t *f, size_t nf, float *scores);
/* The same sums begun from start[0..n_classes) (may be scores itself):
 * scoring f[0..k) and then, from those scores, f[k..nf) gives the very
 * sums of scoring f[0..nf) at once. */
void wt_ap_score_from(const wt_ap *m, const uint64_t *f, size_t nf, const float *start, float *scores);
/* Scores an averaged or loaded model with the plain loop rather than the
 * processor's wide registers (the sums are the same: tests compare). */
void wt_ap_plain(wt_ap *m);
/* The index of the first of the highest of s[0..n) (n > 0, finite): the
 * class a loop keeping the first strictly higher score picks. */
size_t wt_first_max(const float *s, size_t n);
/* One training instance: +1 for truth, -1 for guess on every feature
 * (nothing when they are equal); counts the instance for averaging.
 * False when memory runs out, for a class outside the model, and for a
 * flat model. */
bool wt_ap_update(wt_ap *m, const uint64_t *f, size_t nf, int truth, int guess);
/* A copy holding the averaged weights, without the training statistics
 * and without weights smaller than min (the model's size is mostly
 * weights near zero): what is saved and used (NULL when memory runs out). */
wt_ap *wt_ap_averaged(const wt_ap *m, float min);

/* gzip streams of flat models: features in ascending hash order, so the
 * same training writes the same bytes. */
bool wt_ap_write(const wt_ap *m, gzFile gz);
wt_ap *wt_ap_read(wt_blob *in);

/* Combines a template number with two 64-bit values (word or tag hashes
 * computed once per token) into a feature; cheaper than hashing text.
 * With the template a constant this is two multiplications (one when b
 * is 0) and four other operations: for a fixed b and template, distinct
 * a give distinct features (a product by an odd number and x ^ x >> 32
 * are one to one), and the low bits a table indexes by depend on all of
 * a's bits. */
static inline uint64_t wt_mix(uint64_t tmpl, uint64_t a, uint64_t b)
{
    uint64_t h = (a ^ (tmpl + 1) * 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    h ^= b * 0x94D049BB133111EBull;
    return h ^ (h >> 32);
}

#endif
