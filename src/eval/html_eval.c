/* html_eval.c - `warta eval html`: the article-extraction benchmark. */
#include "eval.h"


#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Tokens equal, ignoring everything but word characters: the benchmark's
 * "accuracy". */
static bool same_tokens(const char *a, const char *b)
{
    wt_shingle_score s = wt_shingle_match(a, strlen(a), b, strlen(b), 1);
    return s.fp == 0 && s.fn == 0;
}

wt_status wt_eval_html(wt_worker *w, const char *bench_dir, const char *pred_json, FILE *out, int verbose, wt_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/ground-truth.json", bench_dir);
    json_error_t je;
    json_t *truth = json_load_file(path, 0, &je);
    if (!truth)
        return wt_fail(err, WT_EIO, path, je.line, -1, "cannot read the ground truth: %s", je.text);
    json_t *pred = NULL;
    if (pred_json) {
        pred = json_load_file(pred_json, 0, &je);
        if (!pred) {
            json_decref(truth);
            return wt_fail(err, WT_EIO, pred_json, je.line, -1, "cannot read predictions: %s", je.text);
        }
        json_t *inner = json_object_get(pred, "output");
        if (json_is_object(inner)) { /* {"version": ..., "output": {...}} */
            json_incref(inner);
            json_decref(pred);
            pred = inner;
        }
    }
    size_t n_ids = json_object_size(truth), k = 0;
    const char **ids = calloc(n_ids ? n_ids : 1, sizeof *ids);
    const char *key;
    json_t *val;
    json_object_foreach(truth, key, val) ids[k++] = key;
    qsort(ids, n_ids, sizeof *ids, cmp_str);

    /* as the benchmark: precision is averaged over pages with a prediction,
     * recall over pages with a truth (a page without one is a NaN there) */
    double sum_p = 0, sum_r = 0;
    size_t n_p = 0, n_r = 0, pages = 0, exact = 0, missing = 0;
    double seconds = 0;
    size_t html_bytes = 0;
    for (size_t i = 0; i < n_ids; i++) {
        const char *id = ids[i];
        const char *gold = json_string_value(json_object_get(json_object_get(truth, id), "articleBody"));
        if (!gold)
            gold = "";
        char *text = NULL;
        if (pred) {
            const char *p = json_string_value(json_object_get(json_object_get(pred, id), "articleBody"));
            text = strdup(p ? p : "");
        } else {
            /* the page goes through the whole pipeline, as `warta extract` */
            snprintf(path, sizeof path, "%s/html/%s.html.gz", bench_dir, id);
            if (access(path, R_OK) != 0)
                snprintf(path, sizeof path, "%s/html/%s.html", bench_dir, id);
            struct timespec t0, t1;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            wt_options o;
            wt_options_init(&o);
            o.stage = WT_STAGE_CLEAN; /* the text is all this scores */
            wt_reader *r = wt_reader_new(&o);
            wt_input in;
            wt_error e2;
            wt_doc *d = NULL;
            if (!r || wt_reader_add(r, path, &e2) != WT_OK) {
                missing++;
                wt_reader_free(r);
                continue;
            }
            if (wt_reader_next(r, &in, &e2) == WT_OK) {
                html_bytes += wt_reader_bytes(r);
                if (wt_process(w, &in, &o, &d, &e2) != WT_OK)
                    d = NULL;
            }
            text = strdup(d ? d->text : "");
            wt_doc_free(d);
            wt_reader_free(r);
            clock_gettime(CLOCK_MONOTONIC, &t1);
            seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        }
        wt_shingle_score s = wt_shingle_match(gold, strlen(gold), text, strlen(text), 4);
        double p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
        double r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
        if (s.tp + s.fp > 0) {
            sum_p += p;
            n_p++;
        }
        if (s.tp + s.fn > 0) {
            sum_r += r;
            n_r++;
        }
        exact += same_tokens(gold, text);
        pages++;
        if (verbose)
            fprintf(out, "%s\tP=%.3f\tR=%.3f\n", id, p, r);
        free(text);
    }
    double P = n_p ? sum_p / (double)n_p : 0, R = n_r ? sum_r / (double)n_r : 0;
    double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
    fprintf(out, "pages %zu (missing %zu, empty predictions %zu)\n", pages, missing, pages - n_p);
    fprintf(out, "precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f\n", P, R, F,
            pages ? (double)exact / (double)pages : 0);
    if (!pred && seconds > 0)
        fprintf(out, "pipeline: %.3f s for %.1f MB of HTML, %.1f pages/s\n", seconds, (double)html_bytes / 1e6,
                (double)pages / seconds);
    free(ids);
    json_decref(truth);
    json_decref(pred);
    return WT_OK;
}
