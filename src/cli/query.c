/* query.c - warta query: the subcommands, their flags and help, and the
 * request each one sends to libwarta's query layer (docs/query.md). A flag
 * that does not apply, a single flag given twice or a bad value is an
 * error naming the flag (exit 2). */
#include "cli.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

enum {
    S_EVENTS = 1 << 0, S_ENTITIES = 1 << 1, S_MENTIONS = 1 << 2, S_QUOTES = 1 << 3, S_ARTICLES = 1 << 4,
    S_ARTICLE = 1 << 5, S_COUNT = 1 << 6, S_STATS = 1 << 7, S_DUPS = 1 << 8,
};
#define S_LISTS (S_EVENTS | S_ENTITIES | S_MENTIONS | S_QUOTES | S_ARTICLES | S_COUNT | S_DUPS)
#define S_ALL (S_LISTS | S_ARTICLE | S_STATS)

typedef struct subcommand {
    const char *name, *alias;
    unsigned bit;
    wt_qkind kind;
    const char *args, *about;
} subcommand;

static const subcommand SUBS[] = {
    {"events", NULL, S_EVENTS, WT_QK_EVENTS, "",
     "Coded events, newest first (by the first day their date covers; undated ones by their article's date)."},
    {"entities", NULL, S_ENTITIES, WT_QK_ENTITIES, "",
     "Entities by canonical name, with the articles and mentions that name them; --name finds one by any spelling."},
    {"mentions", NULL, S_MENTIONS, WT_QK_MENTIONS, "",
     "Every mention of an entity: the words as written, their byte offsets, the article and its URL."},
    {"quotes", NULL, S_QUOTES, WT_QK_QUOTES, "", "Quotations with their speakers, newest first."},
    {"articles", "search", S_ARTICLES, WT_QK_ARTICLES, "[WORDS...]",
     "Articles, newest first; WORDS search their title and text: every word must occur, \"a phrase\" in order, "
     "OR between two words for either, -word to exclude, word* for a prefix."},
    {"article", "doc", S_ARTICLE, WT_QK_ARTICLES, "ID",
     "One article (row id, doc id or content hash): its text with every annotated span marked, then its facts."},
    {"count", NULL, S_COUNT, WT_QK_COUNT, "BY [BY2]",
     "Counts events (or --of articles|quotes) by one or two of day, week, month, year, pair, partner (the other "
     "side of --country), country, actor, type, cameo, quad, domain, location, source, topic or speaker; largest "
     "first (periods newest first)."},
    {"stats", NULL, S_STATS, WT_QK_STATS, "", "Totals: documents, sentences, entities, quotes, events..."},
    {"dups", NULL, S_DUPS, WT_QK_DUPS, "", "Near-duplicate stories: a later article that tells the same story."},
};

enum {
    Q_DB = 300, Q_FORMAT, Q_JSON, Q_TSV, Q_CSV, Q_FIELDS, Q_SORT, Q_LIMIT, Q_CURSOR, Q_WIDE, Q_ACTOR, Q_SPEAKER,
    Q_NAME, Q_ENTITY, Q_COUNTRY, Q_BETWEEN, Q_TYPE, Q_CAMEO, Q_DOMAIN, Q_SOURCE, Q_TOPIC, Q_FROM, Q_TO, Q_MINCONF,
    Q_WORDS, Q_DOC, Q_OF, Q_TIMEOUT, Q_HELP, Q_QUAD, Q_SEARCH, Q_PG, Q_END
};

typedef struct qflag {
    const char *name;
    int val;
    const char *arg; /* NULL: no value */
    unsigned subs;
    bool repeat;
    const char *help;
} qflag;

static const qflag QFLAGS[] = {
    {"db", Q_DB, "PATH", S_ALL, false, "the Warta database (opened read-only)"},
    {"pg", Q_PG, "URL", S_ALL, false, "a PostgreSQL Warta database instead (libpq URL or connection string)"},
    {"format", Q_FORMAT, "F", S_ALL, false, "table (default), json, jsonl, csv or tsv"},
    {"json", Q_JSON, NULL, S_ALL, false, "same as --format jsonl (article: one JSON object)"},
    {"csv", Q_CSV, NULL, S_LISTS | S_STATS, false, "same as --format csv"},
    {"tsv", Q_TSV, NULL, S_LISTS | S_STATS, false, "same as --format tsv"},
    {"fields", Q_FIELDS, "A,B,...", S_LISTS | S_STATS, false, "these columns, in this order"},
    {"sort", Q_SORT, "COL", S_LISTS, false, "sort by COL (-COL or COL:desc for descending)"},
    {"limit", Q_LIMIT, "N|all", S_LISTS, false, "rows per page (default 20)"},
    {"cursor", Q_CURSOR, "C", S_LISTS, false, "the page after the one that printed C (its `next`)"},
    {"wide", Q_WIDE, NULL, S_LISTS | S_STATS, false, "a table with every column in full"},
    {"actor", Q_ACTOR, "NAME", S_EVENTS | S_COUNT, true, "either actor, any spelling (Jokowi, Joko Widodo)"},
    {"speaker", Q_SPEAKER, "NAME", S_QUOTES | S_COUNT, true, "the speaker, any spelling"},
    {"name", Q_NAME, "NAME", S_ENTITIES | S_MENTIONS, true, "the entity, any spelling"},
    {"entity", Q_ENTITY, "NAME", S_ARTICLES | S_COUNT, true, "articles that mention the entity (any spelling)"},
    {"country", Q_COUNTRY, "C", S_EVENTS | S_ENTITIES | S_MENTIONS | S_QUOTES | S_COUNT, true,
     "alpha-3 code or name; events: either actor's; quotes: the speaker's"},
    {"between", Q_BETWEEN, "A,B", S_EVENTS | S_COUNT, false, "events with one actor from each country, either way"},
    {"type", Q_TYPE, "T", S_EVENTS | S_ENTITIES | S_MENTIONS | S_COUNT, true,
     "PLOVER type (CONSULT, AGREE, ...); entities: PER, ORG or LOC"},
    {"cameo", Q_CAMEO, "CODE", S_EVENTS | S_COUNT, true, "CAMEO code or prefix (04: the root)"},
    {"quad", Q_QUAD, "Q", S_EVENTS | S_COUNT, true,
     "cooperation, conflict, verbal-cooperation, material-cooperation, verbal-conflict, material-conflict or 1-4"},
    {"domain", Q_DOMAIN, "D", S_EVENTS | S_COUNT, true, "nuclear, oil_gas, defense, trade, ..."},
    {"source", Q_SOURCE, "S", S_EVENTS | S_ENTITIES | S_MENTIONS | S_QUOTES | S_ARTICLES | S_COUNT | S_DUPS, true,
     "the outlet (kompas.com, ...)"},
    {"topic", Q_TOPIC, "T", S_EVENTS | S_ENTITIES | S_MENTIONS | S_QUOTES | S_ARTICLES | S_COUNT, true,
     "the article's topic (news, world, economy, ...)"},
    {"from", Q_FROM, "DATE", S_LISTS, false, "on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)"},
    {"to", Q_TO, "DATE", S_LISTS, false, "on or before DATE; a date of year or month matches when it overlaps"},
    {"min-confidence", Q_MINCONF, "X", S_EVENTS | S_QUOTES | S_COUNT, false, "at least this sure (0 to 1)"},
    {"words", Q_WORDS, "W", S_EVENTS | S_QUOTES | S_COUNT, false,
     "events: every word in the evidence sentence; quotes: in the quotation"},
    {"search", Q_SEARCH, "WORDS", S_EVENTS | S_ENTITIES | S_MENTIONS | S_QUOTES | S_COUNT, false,
     "in articles that match WORDS (as articles WORDS searches)"},
    {"doc", Q_DOC, "ID", S_EVENTS | S_ENTITIES | S_MENTIONS | S_QUOTES | S_COUNT, false, "in one article"},
    {"of", Q_OF, "WHAT", S_COUNT, false, "count events (default), articles or quotes"},
    {"timeout", Q_TIMEOUT, "MS", S_ALL, false, "stop a query that runs longer (default: none)"},
    {"help", Q_HELP, NULL, S_ALL, false, "this help"},
};

static const qflag *find_flag(int val)
{
    for (size_t i = 0; i < sizeof QFLAGS / sizeof *QFLAGS; i++)
        if (QFLAGS[i].val == val)
            return &QFLAGS[i];
    return NULL;
}

static const subcommand *find_sub(const char *name)
{
    for (size_t i = 0; name && i < sizeof SUBS / sizeof *SUBS; i++)
        if (strcmp(SUBS[i].name, name) == 0 || (SUBS[i].alias && strcmp(SUBS[i].alias, name) == 0))
            return &SUBS[i];
    return NULL;
}

void query_help(FILE *f, const char *sub)
{
    const subcommand *s = find_sub(sub);
    if (!s) {
        fputs("usage: warta query --db PATH SUBCOMMAND [ARGS] [OPTIONS]\n\nsubcommands:\n", f);
        for (size_t i = 0; i < sizeof SUBS / sizeof *SUBS; i++) {
            char head[32];
            snprintf(head, sizeof head, "%s %s", SUBS[i].name, SUBS[i].args);
            fprintf(f, "  %-14s %s\n", head, SUBS[i].about);
        }
        fputs("\nwarta query SUBCOMMAND --help lists its options; docs/query.md has examples.\n"
              "exit status: 0 done (also with no rows), 1 the database failed, 2 a usage error.\n",
              f);
        return;
    }
    fprintf(f, "usage: warta query --db PATH %s %s%s[OPTIONS]\n\n%s\n\noptions:\n", s->name, s->args,
            s->args[0] ? " " : "", s->about);
    for (size_t i = 0; i < sizeof QFLAGS / sizeof *QFLAGS; i++) {
        if (!(QFLAGS[i].subs & s->bit))
            continue;
        char name[40];
        snprintf(name, sizeof name, "--%s%s%s", QFLAGS[i].name, QFLAGS[i].arg ? " " : "",
                 QFLAGS[i].arg ? QFLAGS[i].arg : "");
        fprintf(f, "  %-22s %s%s\n", name, QFLAGS[i].help, QFLAGS[i].repeat ? " (repeat: any of them)" : "");
    }
}

size_t query_subcommands(void) { return sizeof SUBS / sizeof *SUBS; }
const char *query_subcommand(size_t i) { return i < query_subcommands() ? SUBS[i].name : NULL; }

void query_words(FILE *f)
{
    for (size_t i = 0; i < sizeof SUBS / sizeof *SUBS; i++)
        fprintf(f, "%s%s", i ? " " : "", SUBS[i].name);
    for (size_t i = 0; i < sizeof QFLAGS / sizeof *QFLAGS; i++)
        fprintf(f, " --%s", QFLAGS[i].name);
}

static void say_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say_usage(const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cli_say("query: %s", msg);
}

/* One flag as given on the command line. */
typedef struct given {
    const qflag *fl;
    const char *arg;
} given;

/* Adds value (or each comma-separated part, for codes and names that
 * never hold a comma) to a filter's values. */
static bool add_values(wt_qvalues *v, const char *flag, char *arg, bool split)
{
    char *save = NULL;
    for (char *p = split ? strtok_r(arg, ",", &save) : arg; p; p = split ? strtok_r(NULL, ",", &save) : NULL) {
        while (*p == ' ')
            p++;
        if (!*p)
            continue;
        if (v->n == WT_QMAX) {
            say_usage("--%s: at most %d values", flag, WT_QMAX);
            return false;
        }
        v->v[v->n++] = p;
    }
    if (!v->n)
        say_usage("--%s: expected a value", flag);
    return v->n > 0;
}

typedef struct qopts {
    const char *db, *pg;
    wt_qwrite w;
    int timeout;
    bool format_set;
} qopts;

static bool set_format(qopts *o, wt_qformat f)
{
    if (o->format_set) {
        say_usage("choose one output format (--format, --json, --csv, --tsv)");
        return false;
    }
    o->format_set = true;
    o->w.format = f;
    return true;
}

static bool parse_number(const char *flag, const char *arg, double lo, double hi, double *out)
{
    char *end;
    double x = strtod(arg, &end);
    if (!*arg || *end || !(x >= lo && x <= hi)) {
        say_usage("--%s: expected a number from %g to %g, got \"%s\"", flag, lo, hi, arg);
        return false;
    }
    *out = x;
    return true;
}

/* Applies one flag to the request and the output options. */
static bool apply(const given *g, wt_qreq *rq, qopts *o)
{
    const char *name = g->fl->name;
    char *arg = (char *)g->arg;
    double x;
    switch (g->fl->val) {
    case Q_DB: o->db = arg; return true;
    case Q_PG: o->pg = arg; return true;
    case Q_FORMAT: {
        static const char *const F[] = {"table", "json", "jsonl", "csv", "tsv"};
        for (int i = 0; i < 5; i++)
            if (strcmp(arg, F[i]) == 0)
                return set_format(o, (wt_qformat)i);
        say_usage("--format: expected table, json, jsonl, csv or tsv, got \"%s\"", arg);
        return false;
    }
    case Q_JSON: return set_format(o, WT_QF_JSONL);
    case Q_CSV: return set_format(o, WT_QF_CSV);
    case Q_TSV: return set_format(o, WT_QF_TSV);
    case Q_FIELDS: o->w.fields = arg; return true;
    case Q_SORT: rq->sort = arg; return true;
    case Q_WIDE: o->w.wide = true; return true;
    case Q_CURSOR: rq->cursor = arg; return true;
    case Q_LIMIT:
        if (strcmp(arg, "all") == 0) {
            rq->limit = -1;
            return true;
        }
        if (!parse_number(name, arg, 1, 1e12, &x) || x != (double)(long long)x)
            return false;
        rq->limit = (long long)x;
        return true;
    case Q_ACTOR:
    case Q_SPEAKER:
    case Q_NAME:
    case Q_ENTITY: return add_values(&rq->actor, name, arg, false);
    case Q_COUNTRY: return add_values(&rq->country, name, arg, true);
    case Q_TYPE: return add_values(&rq->type, name, arg, true);
    case Q_CAMEO: return add_values(&rq->cameo, name, arg, true);
    case Q_QUAD: return add_values(&rq->quad, name, arg, true);
    case Q_DOMAIN: return add_values(&rq->domain, name, arg, true);
    case Q_SOURCE: return add_values(&rq->source, name, arg, true);
    case Q_TOPIC: return add_values(&rq->topic, name, arg, true);
    case Q_BETWEEN: {
        char *comma = strchr(arg, ',');
        if (!comma || comma == arg || !comma[1] || strchr(comma + 1, ',')) {
            say_usage("--between: expected two countries, A,B (IDN,CHN), got \"%s\"", arg);
            return false;
        }
        *comma = 0;
        rq->between[0] = arg;
        rq->between[1] = comma + 1;
        return true;
    }
    case Q_FROM: rq->from = arg; return true;
    case Q_TO: rq->to = arg; return true;
    case Q_MINCONF:
        if (!parse_number(name, arg, 0, 1, &rq->min_confidence))
            return false;
        return true;
    case Q_WORDS: rq->words = arg; return true;
    case Q_SEARCH: rq->search = arg; return true;
    case Q_DOC: rq->doc = arg; return true;
    case Q_OF:
        if (strcmp(arg, "events") == 0)
            rq->of = WT_QK_EVENTS;
        else if (strcmp(arg, "articles") == 0)
            rq->of = WT_QK_ARTICLES;
        else if (strcmp(arg, "quotes") == 0)
            rq->of = WT_QK_QUOTES;
        else {
            say_usage("--of: expected events, articles or quotes, got \"%s\"", arg);
            return false;
        }
        return true;
    case Q_TIMEOUT:
        if (!parse_number(name, arg, 1, 3600000, &x))
            return false;
        o->timeout = (int)x;
        return true;
    }
    return false;
}

/* Reads the command line into the given flags and the positional words;
 * false on an unknown flag or a missing value (reported). */
static bool read_args(int argc, char **argv, given *g, size_t *ng, char **pos, size_t *npos)
{
    enum { N = sizeof QFLAGS / sizeof *QFLAGS };
    struct option longopts[N + 1];
    for (size_t i = 0; i < N; i++)
        longopts[i] = (struct option){QFLAGS[i].name, QFLAGS[i].arg ? required_argument : no_argument, NULL,
                                      QFLAGS[i].val};
    memset(&longopts[N], 0, sizeof longopts[N]);
    /* getopt wants the program name first; "+" stops at nothing, so flags
     * may come before or after the subcommand */
    char **args = calloc((size_t)argc + 2, sizeof *args);
    if (!args)
        return false;
    args[0] = "warta query";
    for (int i = 0; i < argc; i++)
        args[i + 1] = argv[i];
    optind = 1;
    opterr = 0;
    int ch, idx;
    bool ok = true;
    *ng = *npos = 0;
    while (ok && (ch = getopt_long(argc + 1, args, ":h", longopts, &idx)) != -1) {
        if (ch == '?' || ch == ':') {
            say_usage("%s \"%s\" (warta query SUBCOMMAND --help lists the options)",
                      ch == '?' ? "unknown option" : "this option needs a value", args[optind - 1]);
            ok = false;
        } else
            g[(*ng)++] = (given){ch == 'h' ? find_flag(Q_HELP) : find_flag(ch), optarg};
    }
    for (int i = optind; ok && i < argc + 1; i++)
        pos[(*npos)++] = args[i];
    free(args);
    return ok;
}

/* The flags fit the subcommand: each applies, a single one is given once. */
static bool check_flags(const subcommand *s, const given *g, size_t ng, const wt_qreq *rq)
{
    for (size_t i = 0; i < ng; i++) {
        if (!(g[i].fl->subs & s->bit)) {
            say_usage("%s does not take --%s (warta query %s --help lists its options)", s->name, g[i].fl->name,
                      s->name);
            return false;
        }
        for (size_t k = 0; k < i; k++)
            if (g[k].fl == g[i].fl && !g[i].fl->repeat) {
                say_usage("--%s given twice", g[i].fl->name);
                return false;
            }
        int v = g[i].fl->val;
        bool wrong = s->bit == S_COUNT && ((v == Q_ACTOR && rq->of != WT_QK_EVENTS) ||
                                           (v == Q_SPEAKER && rq->of != WT_QK_QUOTES) ||
                                           (v == Q_ENTITY && rq->of != WT_QK_ARTICLES));
        if (wrong) {
            say_usage("--%s does not apply to count --of %s", g[i].fl->name,
                      rq->of == WT_QK_EVENTS ? "events" : rq->of == WT_QK_ARTICLES ? "articles" : "quotes");
            return false;
        }
    }
    return true;
}

/* The positional words of the subcommand: ID, BY or search words. */
static bool take_positional(const subcommand *s, char **pos, size_t npos, wt_qreq *rq, char **words)
{
    if (s->bit == S_ARTICLE) {
        if (npos != 1) {
            say_usage("article needs exactly one ID");
            return false;
        }
        rq->doc = pos[0];
        return true;
    }
    if (s->bit == S_COUNT && (npos < 1 || npos > 2)) {
        say_usage("count needs one or two dimensions: count BY [BY2]");
        return false;
    }
    if (s->bit != S_ARTICLES && s->bit != S_COUNT) {
        if (npos) {
            say_usage("%s takes no argument, got \"%s\"", s->name, pos[0]);
            return false;
        }
        return true;
    }
    size_t len = 1;
    for (size_t i = 0; i < npos; i++)
        len += strlen(pos[i]) + 1;
    if (npos) {
        *words = calloc(1, len);
        for (size_t i = 0; *words && i < npos; i++) {
            strcat(*words, i ? (s->bit == S_COUNT ? "," : " ") : "");
            strcat(*words, pos[i]);
        }
        if (s->bit == S_COUNT)
            rq->by = *words;
        else
            rq->search = *words;
    }
    return true;
}

static int terminal_width(void)
{
    struct winsize ws;
    if (isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    const char *c = getenv("COLUMNS");
    return c && atoi(c) > 0 ? atoi(c) : 0;
}

static int status_exit(wt_status s) { return s == WT_EUSAGE ? EXIT_USAGE : EXIT_SKIPPED; }

/* Runs the request and prints its page; a note on stderr when rows remain. */
static int run_request(wt_db *db, const subcommand *s, const wt_qreq *rq, const qopts *o)
{
    wt_error err;
    wt_error_clear(&err);
    if (s->bit == S_ARTICLE) {
        wt_status st = wt_db_article(db, rq->doc, o->w.format, stdout, &err);
        if (st != WT_OK)
            cli_report(&err);
        return st == WT_OK ? 0 : status_exit(st);
    }
    wt_qresult *r;
    wt_status st = wt_db_query(db, rq, &r, &err);
    if (st == WT_OK) {
        st = wt_qresult_write(r, &o->w, stdout, &err);
        long long shown = (long long)wt_qresult_nrows(r), total = wt_qresult_total(r);
        if (st == WT_OK && wt_qresult_next(r))
            cli_say("%lld of %lld rows shown; --cursor %s for the next page, --limit all for every row", shown, total,
                    wt_qresult_next(r));
        wt_qresult_free(r);
    }
    if (st != WT_OK)
        cli_report(&err);
    return st == WT_OK ? 0 : status_exit(st);
}

int cmd_query(int argc, char **argv)
{
    given g[256];
    char *pos[256];
    size_t ng, npos;
    if (argc > 250) {
        say_usage("too many arguments");
        return EXIT_USAGE;
    }
    if (!read_args(argc, argv, g, &ng, pos, &npos))
        return EXIT_USAGE;
    const subcommand *s = npos ? find_sub(pos[0]) : NULL;
    for (size_t i = 0; i < ng; i++)
        if (g[i].fl->val == Q_HELP) {
            query_help(stdout, s ? s->name : NULL);
            return 0;
        }
    if (!s) {
        if (npos)
            say_usage("no subcommand \"%s\" (warta query --help lists them)", pos[0]);
        else
            query_help(stderr, NULL);
        return EXIT_USAGE;
    }
    wt_qreq rq;
    wt_qreq_init(&rq, s->kind);
    qopts o = {.w = {.format = WT_QF_TABLE}};
    for (size_t i = 0; i < ng; i++)
        if (g[i].fl->val == Q_OF && !apply(&g[i], &rq, &o))
            return EXIT_USAGE;
    char *words = NULL;
    bool ok = check_flags(s, g, ng, &rq);
    for (size_t i = 0; ok && i < ng; i++)
        ok = g[i].fl->val == Q_OF || apply(&g[i], &rq, &o);
    ok = ok && take_positional(s, pos + 1, npos - 1, &rq, &words);
    if (ok && !o.db == !o.pg) {
        say_usage(o.db ? "--db or --pg, not both" : "needs --db PATH (SQLite) or --pg URL (PostgreSQL)");
        ok = false;
    }
    if (!ok) {
        free(words);
        return EXIT_USAGE;
    }
    o.w.width = terminal_width();
    wt_error err;
    wt_error_clear(&err);
    wt_db *db;
    if ((o.pg ? wt_db_open_pg(o.pg, &db, &err) : wt_db_open(o.db, &db, &err)) != WT_OK) {
        cli_report(&err);
        free(words);
        return EXIT_USAGE;
    }
    wt_db_set_timeout(db, o.timeout);
    int rc = run_request(db, s, &rq, &o);
    wt_db_close(db);
    free(words);
    return rc;
}
