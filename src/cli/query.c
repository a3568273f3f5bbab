/* query.c - warta query: questions to a database. */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

int cmd_query(cli *c, int argc, char **argv)
{
    if (!c->db) {
        cli_say("query needs --db PATH");
        return EXIT_USAGE;
    }
    if (argc < 1) {
        cli_say("query needs a question: search, docs, doc, dups, stats, events or quotes");
        return EXIT_USAGE;
    }
    if (access(c->db, F_OK) != 0) {
        cli_say("%s: no such database (create it with warta ingest)", c->db);
        return EXIT_USAGE;
    }
    wt_error err;
    wt_error_clear(&err);
    wt_store *st;
    if (wt_store_open(c->db, &st, &err) != WT_OK) {
        cli_report(&err);
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
        s = wt_query_quotes(st, c->speaker, c->ev.min_confidence, c->limit, c->fmt, stdout, &err);
    else {
        cli_say("unknown query \"%s\" (search QUERY, docs, doc ID, dups, stats, events, quotes)", what);
        wt_store_close(st);
        return EXIT_USAGE;
    }
    wt_store_close(st);
    if (s != WT_OK) {
        cli_report(&err);
        return s == WT_EUSAGE ? EXIT_SKIPPED : EXIT_USAGE;
    }
    return 0;
}
