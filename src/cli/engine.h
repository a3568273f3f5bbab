/* engine.h - runs the pipeline over a reader with N worker threads and hands
 * the finished documents back in input order. */
#ifndef WT_ENGINE_H
#define WT_ENGINE_H

#include "../base/base.h"

typedef struct wt_job {
    wt_input *in;     /* owned copy; NULL for a reader error */
    wt_doc *doc;      /* the result when st == WT_OK */
    wt_status st;
    wt_error err;
    wt_buf json;      /* the document as JSON, when asked for */
    bool skip;        /* prepare() decided not to process it */
    bool done;
} wt_job;

typedef struct wt_engine_ops {
    /* main thread, before queueing: may set job->skip (e.g. already stored) */
    void (*prepare)(void *ctx, wt_job *job);
    /* main thread, in input order, after processing (or for an error/skip) */
    int (*finish)(void *ctx, wt_job *job);
    void *ctx;
    bool want_json;
} wt_engine_ops;

/* Returns 0, or the first non-zero value finish() returned (which stops the
 * run). threads <= 1 processes in the calling thread. */
int wt_engine_run(wt_reader *r, const wt_options *o, int threads, const wt_engine_ops *ops);

#endif
