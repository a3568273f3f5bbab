/* freq.h - word frequencies (data/wordfreq.tsv, embedded), and the counter
 * that builds that file from corpora (`warta train freq`). */
#ifndef WT_FREQ_H
#define WT_FREQ_H

#include "../base/base.h"

typedef struct wt_freq_table wt_freq_table;

/* Builds the table from the embedded file; read-only afterwards. */
wt_status wt_freq_load(wt_freq_table **out, wt_error *err);
void wt_freq_free(wt_freq_table *f);
/* Count of the lower-cased word in the table (0 when absent). */
unsigned wt_freq(const wt_freq_table *f, const char *w, size_t n);
/* Copies (when words is not NULL) the words with at least min_count
 * occurrences, at most cap of them, and returns how many there are. */
size_t wt_freq_words(const wt_freq_table *f, unsigned min_count, char (*words)[41], unsigned *counts, size_t cap);
/* Total of all counts (for probabilities). */
unsigned long long wt_freq_total(const wt_freq_table *f);

#endif
