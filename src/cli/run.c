/* run.c - warta extract and warta ingest: inputs through the pipeline on
 * N threads, records to standard output or to the store. */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Set while a progress line is on the terminal: a message clears it first. */
static bool g_progress_line;

void cli_report(const wt_error *err)
{
    char msg[1200];
    wt_error_format(err, msg, sizeof msg);
    fprintf(stderr, "%swarta: %s\n", g_progress_line ? "\r\033[K" : "", msg);
}

typedef struct progress {
    bool on;
    double start, last;
    size_t docs, skipped;
} progress;

static void progress_show(progress *p, const wt_reader *r, bool final)
{
    if (!p->on)
        return;
    double t = cli_now();
    if (!final && t - p->last < 0.25)
        return;
    p->last = t;
    double mb = (double)wt_reader_bytes(r) / 1e6, el = t - p->start;
    g_progress_line = !final;
    fprintf(stderr, "\r%zu docs  %.1f MB  %.0f docs/s  %.1f MB/s  %zu skipped   ", p->docs, mb,
            el > 0 ? (double)p->docs / el : 0.0, el > 0 ? mb / el : 0.0, p->skipped);
    if (final)
        fputc('\n', stderr);
}

static void note_skip(void *ctx, const char *path, const char *why)
{
    if (!((const cli *)ctx)->quiet)
        cli_say("%s: %s", path, why);
}

static wt_reader *open_inputs(cli *c, int argc, char **argv, int *status)
{
    wt_reader *r = wt_reader_new(&c->opt);
    if (!r) {
        cli_say("out of memory");
        *status = EXIT_USAGE;
        return NULL;
    }
    wt_reader_on_skip(r, note_skip, c);
    if (argc == 0) {
        if (isatty(0)) {
            cli_say("no input given (name files, directories or - for standard input)");
            wt_reader_free(r);
            *status = EXIT_USAGE;
            return NULL;
        }
        wt_reader_add(r, "-", NULL);
    }
    for (int i = 0; i < argc; i++) {
        wt_error err;
        wt_error_clear(&err);
        if (wt_reader_add(r, argv[i], &err) != WT_OK) {
            cli_report(&err);
            *status = EXIT_SKIPPED; /* a missing path is skipped; the rest is read */
        }
    }
    return r;
}

typedef struct run_ctx {
    cli *c;
    wt_reader *r;
    progress p;
    int status;
    size_t seen; /* documents the input held, processed or not */
    /* ingest */
    wt_store *store;
    size_t added, known, sentences, tokens;
} run_ctx;

static int finish_error(run_ctx *x, wt_job *j)
{
    cli_report(&j->err);
    x->p.skipped++;
    x->status = EXIT_SKIPPED;
    if (j->st == WT_ENOMEM) {
        x->status = EXIT_USAGE;
        return EXIT_USAGE;
    }
    return 0;
}

/* A document's warnings (repaired input problems) go to stderr too. */
static void warn_doc(run_ctx *x, const wt_doc *d)
{
    if (x->c->quiet)
        return;
    for (size_t i = 0; i < d->n_warnings; i++)
        fprintf(stderr, "%swarta: %s\n", g_progress_line ? "\r\033[K" : "", d->warnings[i]);
}

static int extract_finish(void *ctx, wt_job *j)
{
    run_ctx *x = ctx;
    int rc = 0;
    x->seen++;
    if (j->st != WT_OK) {
        rc = finish_error(x, j);
    } else if (fwrite(j->json, 1, j->json_len, stdout) != j->json_len) {
        cli_say("cannot write the output");
        x->status = EXIT_USAGE;
        rc = EXIT_USAGE;
    } else {
        warn_doc(x, j->doc);
        x->p.docs++;
    }
    progress_show(&x->p, x->r, false);
    return rc;
}

/* Runs the pipeline over the inputs; 0 or an exit status. */
static int run(cli *c, run_ctx *x, const wt_run_ops *ops)
{
    wt_pipeline *p = cli_pipeline(c);
    if (!p)
        return EXIT_USAGE;
    wt_error err;
    wt_error_clear(&err);
    int stopped = 0;
    wt_status st = wt_run(p, x->r, &c->opt, c->jobs, ops, &stopped, &err);
    wt_pipeline_free(p);
    progress_show(&x->p, x->r, true);
    if (st != WT_OK) {
        cli_report(&err);
        return EXIT_USAGE;
    }
    if (x->seen == 0 && !stopped) {
        cli_say("the input held no document");
        if (x->status == 0)
            x->status = EXIT_SKIPPED;
    }
    return 0;
}

int cmd_extract(cli *c, int argc, char **argv)
{
    int status = 0;
    wt_reader *r = open_inputs(c, argc, argv, &status);
    if (!r)
        return status;
    run_ctx x = {.c = c, .r = r, .p = {.on = c->progress, .start = cli_now()}, .status = status};
    wt_run_ops ops = {.finish = extract_finish, .ctx = &x, .want_json = 1};
    int rc = run(c, &x, &ops);
    wt_reader_free(r);
    if (fflush(stdout) != 0) {
        cli_say("cannot write the output");
        return EXIT_USAGE;
    }
    return rc ? rc : x.status;
}

/* Documents already stored (same content hash) are not processed again. */
static void ingest_prepare(void *ctx, wt_job *j)
{
    run_ctx *x = ctx;
    char hash[33];
    wt_input_hash(j->in, hash);
    j->skip = wt_store_has(x->store, hash);
}

static int ingest_finish(void *ctx, wt_job *j)
{
    run_ctx *x = ctx;
    int rc = 0;
    x->seen++;
    if (j->skip) {
        x->known++;
        x->p.docs++;
    } else if (j->st != WT_OK) {
        rc = finish_error(x, j);
    } else {
        int was_added;
        wt_error err;
        wt_error_clear(&err);
        warn_doc(x, j->doc);
        if (wt_store_add(x->store, j->doc, &was_added, &err) == WT_OK) {
            x->added += (size_t)was_added;
            x->known += (size_t)!was_added;
            x->sentences += j->doc->n_sentences;
            x->tokens += j->doc->n_tokens;
            x->p.docs++;
        } else {
            cli_report(&err);
            x->p.skipped++;
            x->status = EXIT_SKIPPED;
        }
    }
    progress_show(&x->p, x->r, false);
    return rc;
}

int cmd_ingest(cli *c, int argc, char **argv)
{
    if (!c->db) {
        cli_say("ingest needs --db PATH");
        return EXIT_USAGE;
    }
    wt_error err;
    wt_error_clear(&err);
    wt_store *st;
    if (wt_store_open(c->db, &st, &err) != WT_OK) {
        cli_report(&err);
        return EXIT_USAGE;
    }
    int status = 0;
    wt_reader *r = open_inputs(c, argc, argv, &status);
    if (!r) {
        wt_store_close(st);
        return status;
    }
    run_ctx x = {.c = c, .r = r, .p = {.on = c->progress, .start = cli_now()}, .status = status, .store = st};
    wt_run_ops ops = {.prepare = ingest_prepare, .finish = ingest_finish, .ctx = &x};
    int rc = run(c, &x, &ops);
    if (wt_store_flush(st, &err) != WT_OK) {
        cli_report(&err);
        rc = EXIT_USAGE;
    }
    if (!c->quiet && !rc)
        fprintf(stderr,
                "warta: %zu document(s) added, %zu already stored, %zu skipped; %zu sentences, %zu tokens "
                "in %.2f s\n",
                x.added, x.known, x.p.skipped, x.sentences, x.tokens, cli_now() - x.p.start);
    wt_reader_free(r);
    wt_store_close(st);
    return rc ? rc : x.status;
}
