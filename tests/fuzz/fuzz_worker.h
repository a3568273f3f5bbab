/* fuzz_worker.h - one pipeline and worker for a fuzz target's process,
 * with the source tree's model, made on the first input. */
#ifndef WT_FUZZ_WORKER_H
#define WT_FUZZ_WORKER_H

#include "warta.h"

#include <stdio.h>
#include <stdlib.h>

static wt_worker *fuzz_worker(void)
{
    static wt_pipeline *p;
    static wt_worker *w;
    if (!w) {
        wt_config c;
        wt_config_init(&c);
        c.data_dir = WT_MODEL_DIR;
        c.no_topic = 1;
        wt_error err;
        wt_error_clear(&err);
        if (wt_pipeline_new(&c, &p, &err) != WT_OK || wt_worker_new(p, &w, &err) != WT_OK) {
            fprintf(stderr, "fuzz: %s: %s\n", err.file, err.msg);
            abort();
        }
    }
    return w;
}

#endif
