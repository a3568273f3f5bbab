/* repair.h - glued words split and clear typos fixed, with the Indonesian
 * Hunspell dictionary and word frequencies; only high-confidence changes,
 * never inside names, URLs or numbers. */
#ifndef WT_REPAIR_H
#define WT_REPAIR_H

#include "../lexicon/abbrev.h"
#include "../lexicon/freq.h"
#include "../lexicon/lexicon.h"
#include "encoding.h"

/* The shared typo index: the frequent words and their one-letter deletions. */
typedef struct wt_typos wt_typos;
wt_status wt_typos_build(const wt_freq_table *freq, wt_typos **out, wt_error *err);
void wt_typos_free(wt_typos *t);

/* A worker's repairer: its lexicon (Hunspell, not shared), the shared
 * tables, and a memo of word analyses. */
typedef struct wt_repairer wt_repairer;
wt_repairer *wt_repairer_new(wt_lexicon *lex, const wt_freq_table *freq, const wt_typos *typos, const wt_abbrevs *abbr);
void wt_repairer_free(wt_repairer *r);

/* Rewrites s[0..n) into rw; every change goes to fixes with kind "split"
 * (Kamijuga -> Kami juga), "spelling" (lenih -> lebih) or "space"
 * (miliar.Kami -> miliar. Kami). Only Indonesian text is repaired, and
 * nothing changes when the repairer has no lexicon. */
bool wt_repair_words(const wt_repairer *r, const char *s, size_t n, wt_rewriter *rw, wt_fixes *fixes);

/* Share of the first 150 words (ASCII letters) found in the Indonesian
 * word-frequency table: about 0.8-0.95 for Indonesian news, 0.3-0.6 for other
 * languages (English 0.5-0.73). Text under 0.75 is not repaired. */
double wt_indonesian_share(const wt_freq_table *freq, const char *s, size_t n);

/* The best split of an unknown lower-case word into known words, written
 * to out with spaces; false when there is no confident split. */
bool wt_split_glued(const wt_repairer *r, const char *w, size_t n, char *out, size_t cap);
/* The one clear correction at edit distance 1, or false. */
bool wt_correct_typo(const wt_repairer *r, const char *w, size_t n, char *out, size_t cap);

#endif
