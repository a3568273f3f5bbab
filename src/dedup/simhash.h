/* simhash.h - near-duplicate fingerprints: 64-bit SimHash over word 3-gram
 * shingles of the clean text (lower case). Two documents whose fingerprints
 * differ in at most WT_NEAR_DUP_BITS bits tell the same story: the same wire
 * copy on two sites, or a re-crawl with a changed footer. */
#ifndef WT_SIMHASH_H
#define WT_SIMHASH_H

#include <stddef.h>
#include <stdint.h>

#define WT_NEAR_DUP_BITS 3
#define WT_SIMHASH_MIN_WORDS 30 /* shorter texts get no fingerprint (0) */

uint64_t wt_simhash(const char *text, size_t n);
int wt_hamming(uint64_t a, uint64_t b);

#endif
