/* main.c - the warta command: parses flags and calls libwarta. */
#include "../base/base.h"
#include "../export/export.h"
#include "../eval/eval.h"
#include "../lexicon/freq.h"
#include "../store/store.h"
#include "../tag/clusters.h"
#include "../tag/ner.h"
#include "engine.h"

#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { EXIT_SKIPPED = 1, EXIT_USAGE = 2 };

static const char USAGE[] =
    "usage: warta COMMAND [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "commands:\n"
    "  extract [FILE|DIR|-]...          print one JSON object per document (JSON Lines)\n"
    "  ingest --db PATH [FILE|DIR|-]... add documents and annotations to a SQLite database\n"
    "  query --db PATH WHAT             ask the database:\n"
    "        search QUERY                 full-text search (FTS5 syntax)\n"
    "        docs                         documents with their annotation counts\n"
    "        doc ID                       everything stored for one document\n"
    "        dups                         near-duplicate documents (same story, other outlet)\n"
    "        stats                        totals\n"
    "        events [--actor NAME] [--country ISO3] [--type PLOVER] [--domain D]\n"
    "               [--from DATE] [--to DATE]  coded events (GDELT-like columns; --tsv exports)\n"
    "        quotes [--speaker NAME]      quotations with their speakers\n"
    "  eval html BENCH_DIR [PRED.json]  score HTML main-text extraction on the article-extraction\n"
    "                                   benchmark (Warta's own, or another system's predictions)\n"
    "  train ner --train F --dev F -o M train the NER tagger on CoNLL files (--map A=B,..., --epochs N,\n"
    "                                   --bits B, --ensemble K, --clusters TABLE, --no-memory)\n"
    "  tag -m MODEL --conll FILE        print token<TAB>tag for a CoNLL file\n"
    "  eval ner -m MODEL --conll FILE   entity-level P/R/F1 per type and overall (conlleval)\n"
    "  eval quotes FILE                 direct quotes and speakers against PFSA-ID (CoNLL, BILOU)\n"
    "  train freq FILE...               count words (CoNLL or text) into a frequency table\n"
    "  train clusters FILE...           learn word classes from raw text (JSONL, text, CoNLL)\n"
    "                                   for the tagger's --clusters (a table on stdout)\n"
    "  version                          print the version\n"
    "\n"
    "input: plain-text files (one article each; a short first line is its title),\n"
    "JSON Lines (.jsonl/.ndjson/.json: fields id, url, title, date, text), any of\n"
    "them gzip-compressed, directories (walked recursively in name order) and -\n"
    "for standard input.\n"
    "\n"
    "options:\n"
    "  --db PATH            the SQLite database (ingest, query)\n"
    "  --max-doc-size SIZE  skip documents larger than SIZE (default 64M)\n"
    "  --no-tokens          leave tokens out of the JSON output\n"
    "  --stage STAGE        stop after clean, segment or all (default all)\n"
    "  -j, --jobs N         N worker threads (0: one per core; default 1); output order is kept\n"
    "  --progress           show progress on stderr even when it is not a terminal\n"
    "  -q, --quiet          print only errors\n"
    "  --limit N            rows a query prints (default 20)\n"
    "  --json, --tsv        query output as JSON Lines or TSV instead of a table\n"
    "  -v, --verbose        eval: print the score of every page\n"
    "\n"
    "exit status: 0 all documents processed, 1 some were skipped (each one is\n"
    "reported on stderr with its file and line or byte), 2 usage or fatal error.\n";

typedef struct cli {
    wt_options opt;
    const char *db;
    int progress;
    int quiet;
    int limit;
    int verbose;
    int jobs;
    wt_qfmt fmt;
    /* training and tagging */
    const char *train[16];
    int n_train;
    const char *dev, *model, *conll, *map, *out, *clusters;
    /* query filters */
    wt_event_filter ev;
    const char *speaker;
    int epochs, ensemble;
    bool no_memory;
    unsigned bits;
} cli;

/* Set while a progress line is on the terminal: a message clears it first. */
static bool g_progress_line;

static void report(const wt_error *err)
{
    char msg[1200];
    wt_error_format(err, msg, sizeof msg);
    fprintf(stderr, "%swarta: %s\n", g_progress_line ? "\r\033[K" : "", msg);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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
    double t = now();
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

static wt_reader *open_inputs(cli *c, int argc, char **argv, int *status)
{
    wt_reader *r = wt_reader_new(&c->opt);
    if (!r) {
        fprintf(stderr, "warta: out of memory\n");
        *status = EXIT_USAGE;
        return NULL;
    }
    if (argc == 0) {
        if (isatty(0)) {
            fprintf(stderr, "warta: no input given (name files, directories or - for standard input)\n");
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
            report(&err);
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
    /* ingest */
    wt_store *store;
    size_t added, known, sentences, tokens;
} run_ctx;

static int finish_error(run_ctx *x, wt_job *j)
{
    report(&j->err);
    x->p.skipped++;
    x->status = 1;
    if (j->st == WT_ENOMEM) {
        x->status = EXIT_USAGE;
        return EXIT_USAGE;
    }
    return 0;
}

static int extract_finish(void *ctx, wt_job *j)
{
    run_ctx *x = ctx;
    int rc = 0;
    if (j->st != WT_OK) {
        rc = finish_error(x, j);
    } else if (fwrite(j->json.ptr, 1, j->json.len, stdout) != j->json.len) {
        fprintf(stderr, "warta: cannot write the output\n");
        x->status = EXIT_USAGE;
        rc = EXIT_USAGE;
    } else {
        x->p.docs++;
    }
    progress_show(&x->p, x->r, false);
    return rc;
}

static int cmd_extract(cli *c, int argc, char **argv)
{
    int status = 0;
    wt_reader *r = open_inputs(c, argc, argv, &status);
    if (!r)
        return status;
    run_ctx x = {.c = c, .r = r, .p = {.on = c->progress, .start = now()}, .status = status};
    wt_engine_ops ops = {.finish = extract_finish, .ctx = &x, .want_json = true};
    wt_engine_run(r, &c->opt, c->jobs, &ops);
    progress_show(&x.p, r, true);
    wt_reader_free(r);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "warta: cannot write the output\n");
        return EXIT_USAGE;
    }
    return x.status;
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
    if (j->skip) {
        x->known++;
        x->p.docs++;
    } else if (j->st != WT_OK) {
        rc = finish_error(x, j);
    } else {
        int was_added;
        wt_error err;
        if (wt_store_add(x->store, j->doc, &was_added, &err) == WT_OK) {
            x->added += (size_t)was_added;
            x->known += (size_t)!was_added;
            x->sentences += j->doc->n_sentences;
            x->tokens += j->doc->n_tokens;
            x->p.docs++;
        } else {
            report(&err);
            x->p.skipped++;
            x->status = 1;
        }
    }
    progress_show(&x->p, x->r, false);
    return rc;
}

static int cmd_ingest(cli *c, int argc, char **argv)
{
    if (!c->db) {
        fprintf(stderr, "warta: ingest needs --db PATH\n");
        return EXIT_USAGE;
    }
    wt_error err;
    wt_error_clear(&err);
    wt_store *st;
    if (wt_store_open(c->db, &st, &err) != WT_OK) {
        report(&err);
        return EXIT_USAGE;
    }
    int status = 0;
    wt_reader *r = open_inputs(c, argc, argv, &status);
    if (!r) {
        wt_store_close(st);
        return status;
    }
    run_ctx x = {.c = c, .r = r, .p = {.on = c->progress, .start = now()}, .status = status, .store = st};
    wt_engine_ops ops = {.prepare = ingest_prepare, .finish = ingest_finish, .ctx = &x};
    wt_engine_run(r, &c->opt, c->jobs, &ops);
    progress_show(&x.p, r, true);
    if (wt_store_flush(st, &err) != WT_OK) {
        report(&err);
        x.status = EXIT_USAGE;
    }
    double el = now() - x.p.start;
    if (!c->quiet)
        fprintf(stderr,
                "warta: %zu document(s) added, %zu already stored, %zu skipped; %zu sentences, %zu tokens "
                "in %.2f s\n",
                x.added, x.known, x.p.skipped, x.sentences, x.tokens, el);
    wt_reader_free(r);
    wt_store_close(st);
    return x.status;
}

/* Loads -m MODEL, reads --conll FILE and tags it; on success the caller
 * frees *pred, *m and *cor. */
static int load_and_tag(cli *c, wt_ner **m, wt_corpus *cor, int ***pred)
{
    wt_error err;
    wt_error_clear(&err);
    if (!c->model || !c->conll) {
        fprintf(stderr, "warta: needs -m MODEL and --conll FILE\n");
        return EXIT_USAGE;
    }
    if (wt_ner_load(c->model, m, &err) != WT_OK) {
        report(&err);
        return EXIT_USAGE;
    }
    if (wt_corpus_read(cor, c->conll, c->map, &err) != WT_OK) {
        report(&err);
        wt_ner_free(*m);
        wt_corpus_free(cor);
        return EXIT_USAGE;
    }
    *pred = wt_ner_tag_corpus(*m, cor);
    if (!*pred) {
        fprintf(stderr, "warta: out of memory\n");
        wt_ner_free(*m);
        wt_corpus_free(cor);
        return EXIT_USAGE;
    }
    return 0;
}

static int cmd_tag(cli *c, int argc, char **argv)
{
    (void)argv;
    if (argc) {
        fprintf(stderr, "warta: tag takes -m MODEL --conll FILE\n");
        return EXIT_USAGE;
    }
    wt_ner *m;
    wt_corpus cor = {0};
    int **pred;
    int rc = load_and_tag(c, &m, &cor, &pred);
    if (rc)
        return rc;
    for (size_t s = 0; s < cor.n; s++) {
        for (size_t i = 0; i < cor.sents[s].n; i++)
            printf("%s\t%s\n", cor.sents[s].words[i], wt_ner_tag_name(m, pred[s][i]));
        putchar('\n');
    }
    wt_ner_free_pred(pred, cor.n);
    wt_ner_free(m);
    wt_corpus_free(&cor);
    return fflush(stdout) == 0 ? 0 : EXIT_USAGE;
}

static int eval_ner(cli *c)
{
    wt_ner *m;
    wt_corpus cor = {0};
    int **pred;
    int rc = load_and_tag(c, &m, &cor, &pred);
    if (rc)
        return rc;
    wt_ner_score rows[WT_NER_MAX_TAGS], overall;
    double mean;
    size_t nr = wt_ner_score_corpus(&cor, (const int *const *)pred, m, rows, WT_NER_MAX_TAGS, &overall, &mean);
    printf("%-14s %8s %8s %8s %7s %7s %7s\n", "type", "gold", "pred", "correct", "P", "R", "F1");
    for (size_t i = 0; i < nr; i++)
        printf("%-14s %8zu %8zu %8zu %7.2f %7.2f %7.2f\n", rows[i].type, rows[i].gold, rows[i].pred,
               rows[i].correct, 100 * rows[i].p, 100 * rows[i].r, 100 * rows[i].f1);
    printf("%-14s %8zu %8zu %8zu %7.2f %7.2f %7.2f\n", "overall (micro)", overall.gold, overall.pred,
           overall.correct, 100 * overall.p, 100 * overall.r, 100 * overall.f1);
    printf("mean F1 over types (IndoNLU's score): %.2f\n", 100 * mean);
    wt_ner_free_pred(pred, cor.n);
    wt_ner_free(m);
    wt_corpus_free(&cor);
    return 0;
}

static int cmd_eval(cli *c, int argc, char **argv)
{
    if (argc == 1 && strcmp(argv[0], "ner") == 0)
        return eval_ner(c);
    if (argc >= 2 && argc <= 3 && strcmp(argv[0], "html") == 0) {
        /* warta eval html BENCH_DIR [PREDICTIONS.json] */
        wt_error err;
        wt_error_clear(&err);
        if (wt_eval_html(argv[1], argc == 3 ? argv[2] : NULL, stdout, c->verbose, &err) != WT_OK) {
            report(&err);
            return EXIT_USAGE;
        }
        return 0;
    }
    if (argc == 2 && strcmp(argv[0], "quotes") == 0) {
        /* warta eval quotes ../shared/data/pfsa-id/dev.txt */
        wt_error err;
        wt_error_clear(&err);
        if (wt_eval_quotes(argv[1], stdout, c->verbose, &err) != WT_OK) {
            report(&err);
            return EXIT_USAGE;
        }
        return 0;
    }
    fprintf(stderr, "warta: eval needs a task: html BENCH_DIR [PREDICTIONS.json], ner -m M --conll F, quotes FILE\n");
    return EXIT_USAGE;
}

static void train_progress(void *ctx, int member, int epoch, double acc, double f1)
{
    int members = *(const int *)ctx;
    char who[32] = "";
    if (members > 1)
        snprintf(who, sizeof who, "member %d/%d  ", member, members);
    if (f1 >= 0)
        fprintf(stderr, "%sepoch %2d  train token accuracy %.4f  dev F1 %.4f\n", who, epoch, acc, f1);
    else
        fprintf(stderr, "%sepoch %2d  train token accuracy %.4f\n", who, epoch, acc);
}

static int train_ner(cli *c)
{
    if (!c->n_train || !c->out) {
        fprintf(stderr, "warta: train ner needs --train FILE (one or more), -o MODEL and usually --dev FILE\n");
        return EXIT_USAGE;
    }
    wt_error err;
    wt_error_clear(&err);
    wt_corpus train = {0}, dev = {0};
    for (int i = 0; i < c->n_train; i++)
        if (wt_corpus_read(&train, c->train[i], c->map, &err) != WT_OK) {
            report(&err);
            wt_corpus_free(&train);
            return EXIT_USAGE;
        }
    /* dev shares the tag ids of train */
    dev.arena = wt_arena_new(1 << 20);
    for (size_t i = 0; dev.arena && i < train.n_tags; i++) {
        dev.tags[i] = wt_arena_strndup(dev.arena, train.tags[i], strlen(train.tags[i]));
        dev.n_tags = i + 1;
    }
    if (c->dev && wt_corpus_read(&dev, c->dev, c->map, &err) != WT_OK) {
        report(&err);
        wt_corpus_free(&train);
        wt_corpus_free(&dev);
        return EXIT_USAGE;
    }
    size_t tokens = 0;
    for (size_t i = 0; i < train.n; i++)
        tokens += train.sents[i].n;
    fprintf(stderr, "warta: training on %zu sentences, %zu tokens, %zu tags\n", train.n, tokens, train.n_tags);
    double t0 = now();
    wt_ner *m;
    int rc = 0;
    wt_ner_opts o = {.epochs = c->epochs,
                     .bits = c->bits,
                     .ensemble = c->ensemble,
                     .memory = !c->no_memory,
                     .clusters = c->clusters,
                     .progress = train_progress,
                     .ctx = &c->ensemble};
    if (wt_ner_train(&train, c->dev ? &dev : NULL, &o, &m, &err) != WT_OK ||
        wt_ner_save(m, c->out, &err) != WT_OK) {
        report(&err);
        rc = EXIT_USAGE;
    } else {
        fprintf(stderr, "warta: model written to %s in %.1f s\n", c->out, now() - t0);
        wt_ner_free(m);
    }
    wt_corpus_free(&train);
    wt_corpus_free(&dev);
    return rc;
}

static int cmd_train(cli *c, int argc, char **argv)
{
    if (argc == 1 && strcmp(argv[0], "ner") == 0)
        return train_ner(c);
    if (argc >= 2 && strcmp(argv[0], "freq") == 0) {
        /* warta train freq FILE... > data/wordfreq.tsv */
        wt_error err;
        wt_error_clear(&err);
        if (wt_freq_build(argv + 1, argc - 1, 2, stdout, &err) != WT_OK) {
            report(&err);
            return EXIT_USAGE;
        }
        return 0;
    }
    if (argc >= 2 && strcmp(argv[0], "clusters") == 0) {
        /* warta train clusters FILE... > clusters.tsv */
        wt_error err;
        wt_error_clear(&err);
        size_t skipped;
        if (wt_clusters_build(argv + 1, argc - 1, 3, 60000, stdout, stderr, &skipped, &err) != WT_OK) {
            report(&err);
            return EXIT_USAGE;
        }
        return skipped ? EXIT_SKIPPED : 0;
    }
    fprintf(stderr, "warta: train needs a model: ner --train FILE --dev FILE -o MODEL, freq FILE... or clusters FILE...\n");
    return EXIT_USAGE;
}

static int cmd_query(cli *c, int argc, char **argv)
{
    if (!c->db) {
        fprintf(stderr, "warta: query needs --db PATH\n");
        return EXIT_USAGE;
    }
    if (argc < 1) {
        fprintf(stderr, "warta: query needs a question: search, docs, doc or stats\n");
        return EXIT_USAGE;
    }
    if (access(c->db, F_OK) != 0) {
        fprintf(stderr, "warta: %s: no such database (create it with warta ingest)\n", c->db);
        return EXIT_USAGE;
    }
    wt_error err;
    wt_error_clear(&err);
    wt_store *st;
    if (wt_store_open(c->db, &st, &err) != WT_OK) {
        report(&err);
        return EXIT_USAGE;
    }
    wt_status s;
    const char *what = argv[0];
    if (strcmp(what, "search") == 0 && argc == 2)
        s = wt_query_search(st, argv[1], c->limit, c->fmt, stdout, &err);
    else if (strcmp(what, "docs") == 0 && argc == 1)
        s = wt_query_docs(st, c->limit, c->fmt, stdout, &err);
    else if (strcmp(what, "doc") == 0 && argc == 2)
        s = wt_query_doc(st, argv[1], c->fmt, stdout, &err);
    else if (strcmp(what, "dups") == 0 && argc == 1)
        s = wt_query_dups(st, c->limit, c->fmt, stdout, &err);
    else if (strcmp(what, "stats") == 0 && argc == 1)
        s = wt_query_stats(st, c->fmt, stdout, &err);
    else if (strcmp(what, "events") == 0 && argc == 1)
        s = wt_query_events(st, &c->ev, c->limit, c->fmt, stdout, &err);
    else if (strcmp(what, "quotes") == 0 && argc == 1)
        s = wt_query_quotes(st, c->speaker, c->limit, c->fmt, stdout, &err);
    else {
        fprintf(stderr, "warta: unknown query \"%s\" (search QUERY, docs, doc ID, dups, stats, events, quotes)\n", what);
        wt_store_close(st);
        return EXIT_USAGE;
    }
    wt_store_close(st);
    if (s != WT_OK) {
        report(&err);
        return s == WT_EUSAGE ? EXIT_SKIPPED : EXIT_USAGE;
    }
    return 0;
}

int main(int argc, char **argv)
{
    /* documents come and go by the thousand: keep freed memory instead of
     * handing it back to the kernel after each one and faulting it in again */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        fputs(USAGE, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : 0;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("warta %s\n", WT_VERSION);
        return 0;
    }
    cli c = {.limit = 20, .fmt = WT_Q_TABLE, .jobs = 1, .epochs = 12, .bits = 20, .ensemble = 1};
    wt_options_init(&c.opt);
    c.progress = isatty(2);
    enum { O_DB = 256, O_MAX, O_NOTOK, O_PROGRESS, O_LIMIT, O_JSON, O_TSV, O_STAGE, O_TRAIN, O_DEV, O_CONLL,
           O_MAP, O_EPOCHS, O_BITS, O_ENSEMBLE, O_NO_MEMORY, O_CLUSTERS, O_ACTOR, O_COUNTRY, O_TYPE, O_DOMAIN,
           O_FROM, O_TO, O_SPEAKER };
    static const struct option longopts[] = {
        {"db", required_argument, NULL, O_DB},
        {"max-doc-size", required_argument, NULL, O_MAX},
        {"no-tokens", no_argument, NULL, O_NOTOK},
        {"stage", required_argument, NULL, O_STAGE},
        {"progress", no_argument, NULL, O_PROGRESS},
        {"quiet", no_argument, NULL, 'q'},
        {"limit", required_argument, NULL, O_LIMIT},
        {"json", no_argument, NULL, O_JSON},
        {"tsv", no_argument, NULL, O_TSV},
        {"verbose", no_argument, NULL, 'v'},
        {"jobs", required_argument, NULL, 'j'},
        {"train", required_argument, NULL, O_TRAIN},
        {"dev", required_argument, NULL, O_DEV},
        {"model", required_argument, NULL, 'm'},
        {"output", required_argument, NULL, 'o'},
        {"conll", required_argument, NULL, O_CONLL},
        {"map", required_argument, NULL, O_MAP},
        {"clusters", required_argument, NULL, O_CLUSTERS},
        {"actor", required_argument, NULL, O_ACTOR},
        {"country", required_argument, NULL, O_COUNTRY},
        {"type", required_argument, NULL, O_TYPE},
        {"domain", required_argument, NULL, O_DOMAIN},
        {"from", required_argument, NULL, O_FROM},
        {"to", required_argument, NULL, O_TO},
        {"speaker", required_argument, NULL, O_SPEAKER},
        {"epochs", required_argument, NULL, O_EPOCHS},
        {"bits", required_argument, NULL, O_BITS},
        {"ensemble", required_argument, NULL, O_ENSEMBLE},
        {"no-memory", no_argument, NULL, O_NO_MEMORY},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    optind = 2;
    int ch;
    while ((ch = getopt_long(argc, argv, "qhvj:m:o:", longopts, NULL)) != -1) {
        switch (ch) {
        case O_DB: c.db = optarg; break;
        case O_MAX:
            if (!wt_parse_size(optarg, &c.opt.max_doc_bytes) || c.opt.max_doc_bytes == 0) {
                fprintf(stderr, "warta: --max-doc-size: cannot read \"%s\" as a size (e.g. 64M)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case O_NOTOK: c.opt.emit_tokens = 0; break;
        case O_STAGE:
            if (strcmp(optarg, "clean") == 0)
                c.opt.stage = WT_STAGE_CLEAN;
            else if (strcmp(optarg, "segment") == 0)
                c.opt.stage = WT_STAGE_SEGMENT;
            else if (strcmp(optarg, "all") == 0)
                c.opt.stage = WT_STAGE_ALL;
            else {
                fprintf(stderr, "warta: --stage: expected clean, segment or all, got \"%s\"\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case O_PROGRESS: c.progress = 1; break;
        case 'q': c.quiet = 1; c.progress = 0; break;
        case O_LIMIT: {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v <= 0 || v > 1000000000) {
                fprintf(stderr, "warta: --limit: expected a positive number, got \"%s\"\n", optarg);
                return EXIT_USAGE;
            }
            c.limit = (int)v;
            break;
        }
        case O_JSON: c.fmt = WT_Q_JSON; break;
        case O_TSV: c.fmt = WT_Q_TSV; break;
        case 'v': c.verbose = 1; break;
        case O_TRAIN:
            if (c.n_train < 16)
                c.train[c.n_train++] = optarg;
            break;
        case O_DEV: c.dev = optarg; break;
        case 'm': c.model = optarg; break;
        case 'o': c.out = optarg; break;
        case O_CONLL: c.conll = optarg; break;
        case O_MAP: c.map = optarg; break;
        case O_CLUSTERS: c.clusters = optarg; break;
        case O_ACTOR: c.ev.actor = optarg; break;
        case O_COUNTRY: c.ev.country = optarg; break;
        case O_TYPE: c.ev.type = optarg; break;
        case O_DOMAIN: c.ev.domain = optarg; break;
        case O_FROM: c.ev.from = optarg; break;
        case O_TO: c.ev.to = optarg; break;
        case O_SPEAKER: c.speaker = optarg; break;
        case O_EPOCHS: c.epochs = atoi(optarg) > 0 ? atoi(optarg) : 12; break;
        case O_BITS: c.bits = (unsigned)atoi(optarg); break;
        case O_ENSEMBLE: c.ensemble = atoi(optarg); break;
        case O_NO_MEMORY: c.no_memory = true; break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 0 || v > 64) {
                fprintf(stderr, "warta: -j: expected 0 (one per core) to 64 workers, got \"%s\"\n", optarg);
                return EXIT_USAGE;
            }
            c.jobs = v ? (int)v : (int)sysconf(_SC_NPROCESSORS_ONLN);
            break;
        }
        case 'h': fputs(USAGE, stdout); return 0;
        default: fputs(USAGE, stderr); return EXIT_USAGE;
        }
    }
    if (c.quiet)
        c.progress = 0;
    int rest = argc - optind;
    char **args = argv + optind;
    if (strcmp(cmd, "extract") == 0)
        return cmd_extract(&c, rest, args);
    if (strcmp(cmd, "ingest") == 0)
        return cmd_ingest(&c, rest, args);
    if (strcmp(cmd, "query") == 0)
        return cmd_query(&c, rest, args);
    if (strcmp(cmd, "eval") == 0)
        return cmd_eval(&c, rest, args);
    if (strcmp(cmd, "train") == 0)
        return cmd_train(&c, rest, args);
    if (strcmp(cmd, "tag") == 0)
        return cmd_tag(&c, rest, args);
    fprintf(stderr, "warta: unknown command \"%s\"\n\n%s", cmd, USAGE);
    return EXIT_USAGE;
}
