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

/* Scores predictions against the benchmark's ground-truth.json: pred is a
 * JSON file in the benchmark's output format ({id: {"articleBody": ...}},
 * optionally wrapped in {"output": ...}) or, when pred_dir is set, the
 * predictions come from running Warta over DIR/html/ID.html(.gz).
 * Prints precision, recall, F1 and accuracy. */
wt_status wt_eval_html(const char *bench_dir, const char *pred_json, FILE *out, int verbose, wt_error *err);

/* Direct quotations and speakers against a PFSA-ID file (quotes_eval.c):
 * exact, overlap and token scores and speaker accuracy, printed to out;
 * verbose adds the quotes no statement matches and the statements missed. */
wt_status wt_eval_quotes(const char *path, FILE *out, int verbose, wt_error *err);

#endif
