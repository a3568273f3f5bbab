/* cli.h - the warta command's own pieces (not libwarta's): the parsed
 * command line, messages, and one function per command. The command uses
 * libwarta only through warta.h. */
#ifndef WARTA_CLI_H
#define WARTA_CLI_H

#include "warta.h"

#include <stdbool.h>
#include <stdio.h>

enum { EXIT_SKIPPED = 1, EXIT_USAGE = 2 };

typedef struct cli {
    const char *cmd;
    wt_options opt;
    wt_config cfg;
    const char *kb_files[32];
    int n_kb_files;
    const char *db, *pg; /* ingest: SQLite path or PostgreSQL URL */
    int progress, quiet, verbose, jobs;
    int reprocess, force; /* ingest --reprocess [--force] */
    unsigned shard, shards; /* --shard I/N (shards 0: all) */
    const char *listen;     /* serve --listen ADDR:PORT */
    int timeout_ms;         /* serve --timeout MS */
    int cache_mb;           /* serve --cache MB; -1: the default */
    /* training and tagging */
    const char *train[16];
    int n_train;
    const char *dev, *model, *conll, *map, *out, *clusters;
    const char *conllu; /* a CoNLL-U file to parse or score */
    int surface;        /* multiword tokens as one word */
    double prune;       /* train pos|parse --prune */
    int epochs, ensemble, no_memory;
    const char *topic_model; /* --topic-model for training and scoring */
    unsigned bits;
} cli;

/* Prints "warta: FILE:LINE: message" (clearing a progress line first). */
void cli_report(const wt_error *err);
/* Prints "warta: message". */
void cli_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Loads the pipeline the options describe; reports and returns NULL on
 * failure. */
wt_pipeline *cli_pipeline(cli *c);
double cli_now(void);

int cmd_extract(cli *c, int argc, char **argv);
int cmd_ingest(cli *c, int argc, char **argv);
/* warta query: its subcommands parse their own flags (query.c); sub NULL
 * prints the overview, else that subcommand's help. */
int cmd_query(int argc, char **argv);
void query_help(FILE *f, const char *sub);
/* The subcommands by number (man page), and every subcommand and flag
 * as words for bash completion. */
size_t query_subcommands(void);
const char *query_subcommand(size_t i);
void query_words(FILE *f);
int cmd_eval(cli *c, int argc, char **argv);
int cmd_merge(cli *c, int argc, char **argv);
int cmd_serve(cli *c, int argc, char **argv);
int cmd_train(cli *c, int argc, char **argv);
int cmd_tag(cli *c, int argc, char **argv);
int cmd_parse(cli *c, int argc, char **argv);
/* warta train pos|parse, warta eval parse (syntax.c) */
int train_syntax(cli *c, bool parser);
int eval_parse(cli *c);
/* warta parse FILE...: articles through the pipeline, as CoNLL-U (run.c) */
int parse_articles(cli *c, int argc, char **argv);

#endif
