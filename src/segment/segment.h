/* segment.h - paragraphs, sentences and tokens with byte offsets. */
#ifndef WT_SEGMENT_H
#define WT_SEGMENT_H

#include "../base/base.h"
#include "../lexicon/abbrev.h"
#include "../lexicon/lexicon.h"

/* Fills doc->paragraphs, doc->sentences and doc->tokens from doc->text.
 * lex may be NULL (then clitics are not marked). */
wt_status wt_segment(wt_doc *doc, wt_lexicon *lex, const wt_abbrevs *abbr);

/* Character classes used by the segmenter and later stages. */
typedef enum wt_cclass {
    WT_C_SPACE,
    WT_C_NEWLINE,
    WT_C_LETTER,
    WT_C_DIGIT,
    WT_C_MARK,
    WT_C_QUOTE,
    WT_C_HYPHEN,
    WT_C_PUNCT,
    WT_C_SYMBOL,
} wt_cclass;

/* Class of the code point at s[0..n), its length in *len. */
wt_cclass wt_char_class(const char *s, size_t n, int *len, int32_t *cp);
bool wt_is_upper_cp(int32_t cp);
bool wt_is_lower_cp(int32_t cp);


#endif
