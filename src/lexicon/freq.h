/* freq.h - word frequencies (data/wordfreq.tsv, embedded), and the counter
 * that builds that file from corpora (`warta train freq`). */
#ifndef WT_FREQ_H
#define WT_FREQ_H

#include "../base/base.h"

/* Count of the lower-cased word in the table (0 when absent). */
unsigned wt_freq(const char *w, size_t n);
/* Copies (when words is not NULL) the words with at least min_count
 * occurrences, at most cap of them, and returns how many there are. */
size_t wt_freq_words(unsigned min_count, char (*words)[41], unsigned *counts, size_t cap);
/* Total of all counts (for probabilities). */
unsigned long long wt_freq_total(void);

/* Counts the words of the given files (CoNLL: first column of each line;
 * plain text otherwise) and writes "word<TAB>count" lines, most frequent
 * first, for words seen at least min_count times. */
wt_status wt_freq_build(char **files, int n_files, int min_count, FILE *out, wt_error *err);

#endif
