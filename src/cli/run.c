/* run.c - warta extract and warta ingest: inputs through the pipeline on
 * N threads, records to standard output or to the store. */
#include "cli.h"

#include "../store/pg.h"

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
    double mb = r ? (double)wt_reader_bytes(r) / 1e6 : 0, el = t - p->start;
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
    wt_sink *sink;
    progress p;
    int status;
    size_t seen; /* documents the input held, processed or not */
    size_t added, known, other_shards, sentences, tokens;
} run_ctx;

/* A document's warnings (repaired input problems) go to stderr too. */
static void warn_doc(run_ctx *x, const wt_doc *d)
{
    if (x->c->quiet)
        return;
    for (size_t i = 0; i < d->n_warnings; i++)
        fprintf(stderr, "%swarta: %s\n", g_progress_line ? "\r\033[K" : "", d->warnings[i]);
}

/* Documents the sink holds already (same content hash) are not processed
 * again. */
/* The shard a document belongs to: its content hash (the store's key)
 * modulo the number of shards, so N workers given the same inputs
 * process every document exactly once. */
static unsigned shard_of(const char *hash, unsigned n)
{
    unsigned long long h = 0;
    for (int i = 0; i < 16 && hash[i]; i++) { /* the first 64 bits of the hex digest */
        char ch = hash[i];
        h = h << 4 | (unsigned)(ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10);
    }
    return (unsigned)(h % n);
}

enum { SKIP_KNOWN = 1, SKIP_OTHER_SHARD = 2 };

static void run_prepare(void *ctx, wt_job *j)
{
    run_ctx *x = ctx;
    char hash[33];
    wt_input_hash(j->in, hash);
    if (x->c->shards && shard_of(hash, x->c->shards) != x->c->shard)
        j->skip = SKIP_OTHER_SHARD;
    else
        j->skip = wt_sink_has(x->sink, hash) ? SKIP_KNOWN : 0;
}

static int run_finish(void *ctx, wt_job *j)
{
    run_ctx *x = ctx;
    int rc = 0;
    x->seen++;
    if (j->skip == SKIP_OTHER_SHARD) {
        x->other_shards++;
    } else if (j->skip) {
        x->known++;
        x->p.docs++;
    } else if (j->st != WT_OK) {
        cli_report(&j->err);
        x->p.skipped++;
        x->status = EXIT_SKIPPED;
        if (j->st == WT_ENOMEM)
            rc = x->status = EXIT_USAGE;
    } else {
        int added;
        wt_error err;
        wt_error_clear(&err);
        warn_doc(x, j->doc);
        wt_status st = wt_sink_write(x->sink, j, &added, &err);
        if (st == WT_OK) {
            x->added += (size_t)added;
            x->known += (size_t)!added;
            x->sentences += j->doc->n_sentences;
            x->tokens += j->doc->n_tokens;
            x->p.docs++;
        } else {
            cli_report(&err);
            x->p.skipped++;
            x->status = EXIT_SKIPPED;
            if (st == WT_EIO) /* the output itself is gone */
                rc = x->status = EXIT_USAGE;
        }
    }
    progress_show(&x->p, x->r, false);
    return rc;
}

/* Reads the inputs, runs the pipeline over them on c->jobs threads and
 * writes the records to the sink, which it closes. */
static int run(cli *c, wt_sink *sink, int argc, char **argv)
{
    int status = 0;
    wt_reader *r = open_inputs(c, argc, argv, &status);
    wt_pipeline *p = r ? cli_pipeline(c) : NULL;
    wt_error err;
    wt_error_clear(&err);
    if (!p) {
        wt_reader_free(r);
        wt_sink_close(sink, &err);
        return r ? EXIT_USAGE : status;
    }
    run_ctx x = {.c = c, .r = r, .sink = sink, .p = {.on = c->progress, .start = cli_now()}, .status = status};
    wt_run_ops ops = {.prepare = run_prepare, .finish = run_finish, .ctx = &x, .sink = sink};
    int stopped = 0;
    wt_status st = wt_run(p, r, &c->opt, c->jobs, &ops, &stopped, &err);
    wt_pipeline_free(p);
    progress_show(&x.p, r, true);
    int rc = 0;
    if (st != WT_OK) {
        cli_report(&err);
        rc = EXIT_USAGE;
    }
    if (wt_sink_close(sink, &err) != WT_OK) {
        cli_report(&err);
        rc = EXIT_USAGE;
    }
    if (!rc && x.seen == 0 && !stopped) {
        cli_say("the input held no document");
        if (!x.status)
            x.status = EXIT_SKIPPED;
    }
    if (!rc && !c->quiet && strcmp(c->cmd, "ingest") == 0) {
        char shard[96] = "";
        if (c->shards)
            snprintf(shard, sizeof shard, ", %zu in other shards", x.other_shards);
        fprintf(stderr,
                "warta: %zu document(s) added, %zu already stored%s, %zu skipped; %zu sentences, %zu tokens "
                "in %.2f s\n",
                x.added, x.known, shard, x.p.skipped, x.sentences, x.tokens, cli_now() - x.p.start);
    }
    wt_reader_free(r);
    return rc ? rc : stopped ? stopped : x.status;
}

int cmd_extract(cli *c, int argc, char **argv)
{
    wt_sink *sink = wt_sink_jsonl(stdout, &c->opt);
    if (!sink) {
        cli_say("out of memory");
        return EXIT_USAGE;
    }
    return run(c, sink, argc, argv);
}

static void reprocessed(void *ctx, long long id, const wt_doc *d, const wt_error *e)
{
    progress *p = ctx;
    (void)id;
    if (d)
        p->docs++;
    else {
        cli_report(e);
        p->skipped++;
    }
    progress_show(p, NULL, false);
}

/* warta ingest --reprocess: the stored documents through the pipeline again. */
static int reprocess(cli *c, int argc)
{
    if (argc > 0) {
        cli_say("ingest --reprocess re-annotates what the database holds: it takes no input files");
        return EXIT_USAGE;
    }
    if (access(c->db, F_OK) != 0) {
        cli_say("%s: no such database", c->db);
        return EXIT_USAGE;
    }
    wt_error err;
    wt_error_clear(&err);
    wt_store *st = NULL;
    wt_pipeline *p = cli_pipeline(c);
    wt_worker *w = NULL;
    if (!p || wt_worker_new(p, &w, &err) != WT_OK || wt_store_open(c->db, &st, &err) != WT_OK) {
        if (p)
            cli_report(&err);
        wt_worker_free(w);
        wt_pipeline_free(p);
        return EXIT_USAGE;
    }
    progress pr = {.on = c->progress, .start = cli_now()};
    size_t done = 0;
    wt_status s = wt_store_reprocess(st, w, c->force, reprocessed, &pr, &done, &err);
    progress_show(&pr, NULL, true);
    if (s != WT_OK)
        cli_report(&err);
    wt_store_close(st);
    wt_worker_free(w);
    wt_pipeline_free(p);
    if (!c->quiet)
        fprintf(stderr, "warta: %zu document(s) re-annotated, %zu failed (they keep their annotations) in %.2f s\n", done,
                pr.skipped, cli_now() - pr.start);
    return s != WT_OK ? EXIT_USAGE : pr.skipped ? EXIT_SKIPPED : 0;
}

int cmd_ingest(cli *c, int argc, char **argv)
{
    if (!c->db == !c->pg) {
        cli_say(c->db ? "ingest: --db or --pg, not both" : "ingest needs --db PATH (SQLite) or --pg URL (PostgreSQL)");
        return EXIT_USAGE;
    }
    if (c->pg && c->reprocess) {
        cli_say("ingest --reprocess works on SQLite (--db) for now");
        return EXIT_USAGE;
    }
    if (c->force && !c->reprocess) {
        cli_say("--force goes with --reprocess");
        return EXIT_USAGE;
    }
    if (c->reprocess)
        return reprocess(c, argc);
    wt_error err;
    wt_error_clear(&err);
    wt_sink *sink;
    if ((c->pg ? wt_sink_pg(c->pg, &sink, &err) : wt_sink_sqlite(c->db, &sink, &err)) != WT_OK) {
        cli_report(&err);
        return EXIT_USAGE;
    }
    return run(c, sink, argc, argv);
}

int parse_articles(cli *c, int argc, char **argv)
{
    if (c->cfg.no_parse) {
        cli_say("parse: --no-parse leaves nothing to print");
        return EXIT_USAGE;
    }
    if (c->model)
        c->cfg.syntax_model = c->model;
    wt_sink *sink = wt_sink_conllu(stdout);
    if (!sink) {
        cli_say("out of memory");
        return EXIT_USAGE;
    }
    return run(c, sink, argc, argv);
}

/* warta merge OUT.db SHARD.db... */
/* A merge's target: a SQLite store or a PostgreSQL one. */
typedef struct merge_target {
    wt_store *db;
    wt_pgstore *pg;
    const char *name; /* OUT.db, never merged into itself */
} merge_target;

static wt_status merge_one(merge_target *t, const char *shard, size_t *added, wt_error *err)
{
    return t->pg ? wt_pgstore_merge(t->pg, shard, added, err) : wt_store_merge(t->db, shard, added, err);
}

/* Each shard in turn; one that fails changes nothing and the others go on. */
static int merge_shards(cli *c, merge_target *t, int n, char **shards)
{
    wt_error err;
    wt_error_clear(&err);
    size_t total = 0;
    int status = 0;
    for (int i = 0; i < n; i++) {
        size_t added = 0;
        if (t->name && strcmp(shards[i], t->name) == 0) {
            cli_say("%s: a database cannot be merged into itself", shards[i]);
            status = EXIT_USAGE;
        } else if (merge_one(t, shards[i], &added, &err) != WT_OK) {
            cli_report(&err);
            status = EXIT_SKIPPED;
        } else if (!c->quiet)
            fprintf(stderr, "warta: %s: %zu document(s) merged\n", shards[i], added);
        total += added;
    }
    if (!c->quiet)
        fprintf(stderr, "warta: %zu document(s) merged from %d shard(s) into %s\n", total, n,
                t->name ? t->name : "PostgreSQL");
    return status;
}

int cmd_merge(cli *c, int argc, char **argv)
{
    if (argc < (c->pg ? 1 : 2)) {
        cli_say(c->pg ? "merge --pg needs at least one SHARD.db" : "merge needs OUT.db and at least one SHARD.db");
        return EXIT_USAGE;
    }
    wt_error err;
    wt_error_clear(&err);
    merge_target t = {NULL, NULL, c->pg ? NULL : argv[0]};
    if ((c->pg ? wt_pgstore_open(c->pg, &t.pg, &err) : wt_store_open(argv[0], &t.db, &err)) != WT_OK) {
        cli_report(&err);
        return EXIT_USAGE;
    }
    int status = c->pg ? merge_shards(c, &t, argc, argv) : merge_shards(c, &t, argc - 1, argv + 1);
    if (t.pg)
        wt_pgstore_close(t.pg);
    else
        wt_store_close(t.db);
    return status;
}
