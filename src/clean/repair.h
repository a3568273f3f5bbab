/* repair.h - glued words split and clear typos fixed, with the Indonesian
 * Hunspell dictionary and word frequencies; only high-confidence changes,
 * never inside names, URLs or numbers. */
#ifndef WT_REPAIR_H
#define WT_REPAIR_H

#include "../lexicon/lexicon.h"
#include "encoding.h"

/* Rewrites s[0..n) into rw; every change goes to fixes with kind "split"
 * (Kamijuga -> Kami juga), "spelling" (lenih -> lebih) or "space"
 * (miliar.Kami -> miliar. Kami). The lexicon is asked for (get_lex) only
 * when the text is Indonesian; without one nothing changes. */
bool wt_repair_words(const char *s, size_t n, wt_lexicon *(*get_lex)(void), wt_rewriter *rw, wt_fixes *fixes);

/* Share of the first 150 words (ASCII letters) found in the Indonesian
 * word-frequency table: about 0.8-0.95 for Indonesian news, 0.3-0.6 for other
 * languages (English 0.5-0.73). Text under 0.75 is not repaired. */
double wt_indonesian_share(const char *s, size_t n);

/* The best split of an unknown lower-case word into known words, written
 * to out with spaces; false when there is no confident split. */
bool wt_split_glued(wt_lexicon *lex, const char *w, size_t n, char *out, size_t cap);
/* The one clear correction at edit distance 1, or false. */
bool wt_correct_typo(wt_lexicon *lex, const char *w, size_t n, char *out, size_t cap);

#endif
