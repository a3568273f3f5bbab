/* eval.h - scoring against gold data: the article-extraction benchmark's
 * word-shingle metric (HTML main text). */
#ifndef WT_EVAL_H
#define WT_EVAL_H

#include "../base/base.h"

/* Shingle overlap of one page, normalised by tp + fp + fn as the
 * benchmark does: 4-grams of \w+ tokens, as multisets. */
typedef struct wt_shingle_score {
    double tp, fp, fn;
} wt_shingle_score;

wt_shingle_score wt_shingle_match(const char *truth, size_t tn, const char *pred, size_t pn, int ngram);

/* wt_eval_html and wt_eval_quotes are public (warta.h). */

#endif
