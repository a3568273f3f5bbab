/* engine.c - see engine.h. A ring of jobs: the main thread reads inputs into
 * free slots, workers claim slots in order and process them, the main thread
 * hands finished slots to finish() strictly in input order, so output and
 * error messages come out as with one thread. */
#include "engine.h"

#include "../export/export.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct engine {
    const wt_options *opt;
    const wt_engine_ops *ops;
    wt_job *ring;
    size_t cap;
    size_t fill, claim, drain; /* monotonic: slot = index % cap */
    bool stop;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
} engine;

static void process(engine *e, wt_job *j)
{
    if (!j->in || j->skip)
        return;
    j->st = wt_process(j->in, e->opt, &j->doc, &j->err);
    if (j->st == WT_OK && e->ops->want_json) {
        wt_buf_clear(&j->json);
        j->json.oom = false;
        if (!wt_doc_to_json(j->doc, e->opt, &j->json))
            j->st = wt_fail(&j->err, WT_ENOMEM, j->in->origin, 0, -1, "out of memory writing JSON");
    }
}

static void *worker(void *arg)
{
    engine *e = arg;
    pthread_mutex_lock(&e->mu);
    for (;;) {
        while (!e->stop && e->claim >= e->fill)
            pthread_cond_wait(&e->work, &e->mu);
        if (e->claim >= e->fill)
            break; /* stopping and nothing left */
        wt_job *j = &e->ring[e->claim % e->cap];
        e->claim++;
        if (j->done)
            continue;
        pthread_mutex_unlock(&e->mu);
        process(e, j);
        pthread_mutex_lock(&e->mu);
        j->done = true;
        pthread_cond_broadcast(&e->done);
    }
    pthread_mutex_unlock(&e->mu);
    return NULL;
}

static void release(wt_job *j)
{
    wt_doc_free(j->doc);
    wt_input_free(j->in);
    j->doc = NULL;
    j->in = NULL;
    j->done = j->skip = false;
    j->st = WT_OK;
}

int wt_engine_run(wt_reader *r, const wt_options *o, int threads, const wt_engine_ops *ops)
{
    engine e = {.opt = o, .ops = ops};
    int nt = threads > 1 ? threads : 0;
    e.cap = nt ? (size_t)nt * 4 : 1;
    e.ring = calloc(e.cap, sizeof *e.ring);
    if (!e.ring)
        return 2;
    for (size_t i = 0; i < e.cap; i++)
        wt_buf_init(&e.ring[i].json, 0);
    pthread_mutex_init(&e.mu, NULL);
    pthread_cond_init(&e.work, NULL);
    pthread_cond_init(&e.done, NULL);
    pthread_t *tids = nt ? calloc((size_t)nt, sizeof *tids) : NULL;
    int started = 0;
    for (int i = 0; i < nt; i++)
        if (pthread_create(&tids[i], NULL, worker, &e) == 0)
            started++;
    if (nt && !started)
        nt = 0; /* no threads to be had: do the work here */
    int rc = 0;
    bool eof = false;
    for (;;) {
        pthread_mutex_lock(&e.mu);
        size_t in_flight = e.fill - e.drain;
        bool head_done = in_flight && e.ring[e.drain % e.cap].done;
        pthread_mutex_unlock(&e.mu);
        if (!eof && in_flight < e.cap && !head_done) {
            wt_job *j = &e.ring[e.fill % e.cap];
            wt_input in;
            wt_status st = wt_reader_next(r, &in, &j->err);
            if (st == WT_DONE) {
                eof = true;
                continue;
            }
            j->st = st;
            j->done = st != WT_OK;
            if (st == WT_OK) {
                j->in = wt_input_dup(&in);
                if (!j->in) {
                    j->st = wt_fail(&j->err, WT_ENOMEM, in.origin, 0, -1, "out of memory");
                    j->done = true;
                } else if (ops->prepare) {
                    ops->prepare(ops->ctx, j);
                    if (j->skip)
                        j->done = true;
                }
            }
            pthread_mutex_lock(&e.mu);
            e.fill++;
            pthread_cond_signal(&e.work);
            pthread_mutex_unlock(&e.mu);
            if (!nt) { /* one thread: process right away */
                wt_job *k = &e.ring[e.claim % e.cap];
                e.claim++;
                if (!k->done) {
                    process(&e, k);
                    k->done = true;
                }
            }
            continue;
        }
        if (e.drain == e.fill) {
            if (eof)
                break;
            continue;
        }
        /* hand the oldest job to finish() once it is done */
        wt_job *j = &e.ring[e.drain % e.cap];
        pthread_mutex_lock(&e.mu);
        while (!j->done)
            pthread_cond_wait(&e.done, &e.mu);
        pthread_mutex_unlock(&e.mu);
        int f = ops->finish(ops->ctx, j);
        release(j);
        pthread_mutex_lock(&e.mu);
        e.drain++;
        pthread_mutex_unlock(&e.mu);
        if (f) {
            rc = f;
            break;
        }
    }
    pthread_mutex_lock(&e.mu);
    e.stop = true;
    /* jobs not handed out yet are dropped when stopping early */
    if (rc)
        e.fill = e.claim;
    pthread_cond_broadcast(&e.work);
    pthread_mutex_unlock(&e.mu);
    for (int i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    for (size_t i = 0; i < e.cap; i++) {
        release(&e.ring[i]);
        wt_buf_free(&e.ring[i].json);
    }
    free(tids);
    free(e.ring);
    pthread_mutex_destroy(&e.mu);
    pthread_cond_destroy(&e.work);
    pthread_cond_destroy(&e.done);
    return rc;
}
