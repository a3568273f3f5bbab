/* pool.c - wt_run: a ring of jobs. The calling thread reads inputs into
 * free slots; worker threads, each with its own wt_worker, claim slots in
 * order and process them; the calling thread hands finished slots to
 * finish() strictly in input order, so output and messages come out as
 * with one thread. */
#include "pipeline.h"

#include "../export/export.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    wt_job job;   /* first: the public part */
    wt_buf json;
    bool done;
} slot;

typedef struct pool {
    const wt_options *opt;
    const wt_run_ops *ops;
    const wt_pipeline *p;
    slot *ring;
    size_t cap;
    size_t fill, claim, drain; /* monotonic: slot = index % cap */
    bool stop;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
} pool;

typedef struct thread_arg {
    pool *pl;
    wt_worker *w;
} thread_arg;

static void process(pool *pl, wt_worker *w, slot *s)
{
    wt_job *j = &s->job;
    if (!j->in || j->skip)
        return;
    j->st = wt_process(w, j->in, pl->opt, &j->doc, &j->err);
    if (j->st == WT_OK && pl->ops->sink && wt_sink_renders(pl->ops->sink)) {
        if (!wt_sink_render(pl->ops->sink, j->doc, &s->json))
            j->st = wt_fail(&j->err, WT_ENOMEM, j->in->origin, 0, -1, "out of memory writing the record");
        j->json = s->json.ptr;
        j->json_len = s->json.len;
    }
}

static void *thread_main(void *arg)
{
    thread_arg *ta = arg;
    pool *pl = ta->pl;
    pthread_mutex_lock(&pl->mu);
    for (;;) {
        while (!pl->stop && pl->claim >= pl->fill)
            pthread_cond_wait(&pl->work, &pl->mu);
        if (pl->claim >= pl->fill)
            break; /* stopping and nothing left */
        slot *s = &pl->ring[pl->claim % pl->cap];
        pl->claim++;
        if (s->done)
            continue;
        pthread_mutex_unlock(&pl->mu);
        process(pl, ta->w, s);
        pthread_mutex_lock(&pl->mu);
        s->done = true;
        pthread_cond_broadcast(&pl->done);
    }
    pthread_mutex_unlock(&pl->mu);
    return NULL;
}

static void release(slot *s)
{
    wt_doc_free(s->job.doc);
    wt_input_free(s->job.in);
    wt_buf json = s->json;
    memset(s, 0, sizeof *s);
    s->json = json;
}

/* Reads the next input into the slot at fill; false at the end. */
static bool read_one(pool *pl, wt_reader *r, slot *s)
{
    wt_job *j = &s->job;
    wt_input in;
    wt_error_clear(&j->err);
    wt_status st = wt_reader_next(r, &in, &j->err);
    if (st == WT_DONE)
        return false;
    j->st = st;
    s->done = st != WT_OK;
    if (st == WT_OK) {
        j->in = wt_input_dup(&in);
        if (!j->in) {
            j->st = wt_fail(&j->err, WT_ENOMEM, in.origin, 0, -1, "out of memory");
            s->done = true;
        } else if (pl->ops->prepare) {
            pl->ops->prepare(pl->ops->ctx, j);
            if (j->skip)
                s->done = true;
        }
    }
    return true;
}

/* Starts up to n threads with a worker each; returns how many started. */
static int start_threads(pool *pl, int n, pthread_t *tids, thread_arg *args, wt_error *err, wt_status *st)
{
    int started = 0;
    for (int i = 0; i < n; i++) {
        args[i].pl = pl;
        if ((*st = wt_worker_new(pl->p, &args[i].w, err)) != WT_OK)
            break;
        if (pthread_create(&tids[i], NULL, thread_main, &args[i]) != 0) {
            wt_worker_free(args[i].w);
            args[i].w = NULL;
            break; /* the threads there are do the work */
        }
        started++;
    }
    return started;
}

static int drain_loop(pool *pl, wt_reader *r, int nt, wt_worker *own)
{
    bool eof = false;
    for (;;) {
        pthread_mutex_lock(&pl->mu);
        size_t in_flight = pl->fill - pl->drain;
        bool head_done = in_flight && pl->ring[pl->drain % pl->cap].done;
        pthread_mutex_unlock(&pl->mu);
        if (!eof && in_flight < pl->cap && !head_done) {
            slot *s = &pl->ring[pl->fill % pl->cap];
            if (!read_one(pl, r, s)) {
                eof = true;
                continue;
            }
            pthread_mutex_lock(&pl->mu);
            pl->fill++;
            pthread_cond_signal(&pl->work);
            pthread_mutex_unlock(&pl->mu);
            if (!nt) { /* no threads: process right away */
                slot *k = &pl->ring[pl->claim++ % pl->cap];
                if (!k->done) {
                    process(pl, own, k);
                    k->done = true;
                }
            }
            continue;
        }
        if (pl->drain == pl->fill) {
            if (eof)
                return 0;
            continue;
        }
        slot *s = &pl->ring[pl->drain % pl->cap];
        pthread_mutex_lock(&pl->mu);
        while (!s->done)
            pthread_cond_wait(&pl->done, &pl->mu);
        pthread_mutex_unlock(&pl->mu);
        int f = pl->ops->finish(pl->ops->ctx, &s->job);
        release(s);
        pthread_mutex_lock(&pl->mu);
        pl->drain++;
        pthread_mutex_unlock(&pl->mu);
        if (f)
            return f;
    }
}

wt_status wt_run(const wt_pipeline *p, wt_reader *r, const wt_options *o, int threads, const wt_run_ops *ops,
                 int *stopped, wt_error *err)
{
    if (stopped)
        *stopped = 0;
    if (threads > WT_MAX_THREADS)
        return wt_fail(err, WT_EUSAGE, "warta", 0, -1, "at most %d threads (asked for %d)", WT_MAX_THREADS, threads);
    pool pl = {.opt = o, .ops = ops, .p = p};
    int nt = threads > 1 ? threads : 0;
    pl.cap = nt ? (size_t)nt * 4 : 1;
    pl.ring = calloc(pl.cap, sizeof *pl.ring);
    pthread_t *tids = calloc((size_t)(nt ? nt : 1), sizeof *tids);
    thread_arg *args = calloc((size_t)(nt ? nt : 1), sizeof *args);
    wt_worker *own = NULL;
    wt_status st = WT_OK;
    if (!pl.ring || !tids || !args) {
        free(pl.ring);
        free(tids);
        free(args);
        return wt_fail(err, WT_ENOMEM, "warta", 0, -1, "out of memory");
    }
    pthread_mutex_init(&pl.mu, NULL);
    pthread_cond_init(&pl.work, NULL);
    pthread_cond_init(&pl.done, NULL);
    int started = start_threads(&pl, nt, tids, args, err, &st);
    if (st == WT_OK && !started) { /* one thread, or none could start */
        nt = 0;
        st = wt_worker_new(p, &own, err);
    }
    int rc = st == WT_OK ? drain_loop(&pl, r, nt, own) : 0;
    pthread_mutex_lock(&pl.mu);
    pl.stop = true;
    if (rc || st != WT_OK)
        pl.fill = pl.claim; /* jobs not handed out yet are dropped */
    pthread_cond_broadcast(&pl.work);
    pthread_mutex_unlock(&pl.mu);
    for (int i = 0; i < started; i++) {
        pthread_join(tids[i], NULL);
        wt_worker_free(args[i].w);
    }
    wt_worker_free(own);
    for (size_t i = 0; i < pl.cap; i++) {
        release(&pl.ring[i]);
        wt_buf_free(&pl.ring[i].json);
    }
    free(tids);
    free(args);
    free(pl.ring);
    pthread_mutex_destroy(&pl.mu);
    pthread_cond_destroy(&pl.work);
    pthread_cond_destroy(&pl.done);
    if (stopped)
        *stopped = rc;
    return st;
}
