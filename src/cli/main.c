/* main.c - the warta command: finds the command, parses and checks its
 * flags, and calls it. Every command's help and man page come from the
 * tables below (warta COMMAND --help; warta help --man COMMAND). */
#include "warta.h"

#include "cli.h"

#include <getopt.h>
#include <limits.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { C_EXTRACT = 1, C_INGEST = 2, C_QUERY = 4, C_EVAL = 8, C_TRAIN = 16, C_TAG = 32, C_PARSE = 64, C_MERGE = 128, C_SERVE = 256 };
#define C_PIPE (C_EXTRACT | C_INGEST | C_EVAL | C_TRAIN | C_TAG | C_PARSE)

typedef struct command {
    const char *name;
    const char *brief; /* the man page's NAME line */
    unsigned bit;
    const char *synopsis;
    const char *about;
    int (*run)(cli *c, int argc, char **argv);
} command;

static const command COMMANDS[] = {
    {"extract", "records of news articles as JSON Lines", C_EXTRACT, "[OPTIONS] [FILE|DIR|-]...",
     "Reads news articles (plain text, HTML, JSON Lines or a JSON array of records, WARC; any of them gzip-compressed; "
     "directories are walked in name order, - is standard input) and prints one JSON object per article: clean text, "
     "sentences and tokens, entities, dates, quantities, quotations and events (docs/schema.md).",
     cmd_extract},
    {"ingest", "records of news articles into a SQLite database", C_INGEST, "--db PATH [OPTIONS] [FILE|DIR|-]...",
     "Like extract, but adds the records to a SQLite database. Documents already stored (same content) are not "
     "processed again; re-ingesting changes nothing.",
     cmd_ingest},
    {"query", "ask a Warta database", C_QUERY,
     "--db PATH events|entities|mentions|quotes|articles|article ID|count BY|stats|dups [OPTIONS]",
     "Asks a database, read-only: coded events, entities with their counts, every mention, quotations, articles "
     "(full-text search), one article with its facts marked, counts by period, country pair, actor, type, domain, "
     "outlet or topic, totals, and near-duplicate stories (warta query SUBCOMMAND --help; docs/query.md).",
     NULL},
    {"merge", "SQLite shards into one database", C_MERGE, "[OPTIONS] OUT.db SHARD.db... | --pg URL SHARD.db...",
     "Copies into OUT.db (created if missing), or with --pg into a PostgreSQL database (COPY into staging tables, "
     "then one INSERT per table), the documents of each shard (made by warta ingest --shard I/N) that it lacks, by "
     "content hash, with all their rows, one transaction per shard, and links near-duplicates across shards; "
     "merging a shard twice changes nothing (docs/scale.md).",
     cmd_merge},
    {"serve", "a read-only JSON API over a Warta database", C_SERVE, "--db PATH | --pg URL [OPTIONS]",
     "Serves the query layer as JSON on HTTP (docs/api.md), bound to 127.0.0.1 by default: events, entities, "
     "mentions, quotes, articles, article/ID, count, stats and dups under /api/v1/, with the filters of warta query "
     "as parameters. Never writes the database; stops cleanly on SIGINT or SIGTERM.",
     cmd_serve},
    {"eval", "score Warta on gold data", C_EVAL,
     "[OPTIONS] html BENCH_DIR [PRED.json] | ner -m MODEL --conll FILE | quotes FILE | events GOLD [NEWS_DIR] | "
     "topic -m MODEL FILE... | parse -m MODEL --conllu TEST",
     "Scores Warta on gold data: HTML main-text extraction on the article-extraction benchmark, the tagger's "
     "entity-level P/R/F1 (conlleval; IndoNLU's mean over types), quotations with speakers on PFSA-ID, and "
     "events, traps, quotes and entities on a hand reading of real articles (events-dev; the articles are read "
     "from NEWS_DIR, by default ../click-id-news beside the gold file), the topic classifier on labelled "
     "articles, and the part-of-speech tagger and dependency parser on a treebank with gold tokens (UPOS, "
     "the mean per-tag F1, UAS and LAS as the CoNLL 2018 shared task counts them).",
     cmd_eval},
    {"train", "train the taggers, the parser, the topic classifier, word classes and frequencies", C_TRAIN,
     "ner --train FILE --dev FILE -o MODEL | pos|parse --train FILE --dev FILE -o MODEL | topic -o MODEL FILE... | "
     "freq FILE... | lexicon | clusters FILE...",
     "Trains the entity tagger on CoNLL files, the part-of-speech tagger (pos) or the tagger and the dependency "
     "parser (parse) on CoNLL-U treebanks or token<TAB>tag files, the topic classifier on JSON Lines articles labelled by their "
     "outlet's section (data/topics.tsv), counts word frequencies, writes Hunspell's answers for the frequent words (lexicon, for "
     "data/lexicon_answers.tsv), or learns word classes from raw text "
     "(docs/ner.md, docs/syntax.md, docs/topic.md, docs/models.md).",
     cmd_train},
    {"tag", "tag a CoNLL file with a tagger model", C_TAG, "-m MODEL --conll FILE",
     "Tags a CoNLL file with a tagger model and prints token<TAB>tag lines, one per input token, with a blank line "
     "between sentences.",
     cmd_tag},
    {"parse", "part-of-speech tags and dependency trees as CoNLL-U", C_PARSE, "-m MODEL --conllu FILE | [OPTIONS] FILE...",
     "Tags and parses the words of a CoNLL-U file (its tokens kept; UPOS, HEAD and DEPREL replaced), or runs "
     "articles through the pipeline and prints each sentence with Warta's own tokens (docs/syntax.md).",
     cmd_parse},
};

enum {
    O_DB = 256, O_MAX, O_NOTOK, O_PROGRESS, O_STAGE, O_TRAIN, O_DEV, O_CONLL, O_MAP,
    O_EPOCHS, O_BITS, O_ENSEMBLE, O_NO_MEMORY, O_CLUSTERS,
    O_DATA_DIR, O_NER_MODEL, O_NO_NER, O_HUNSPELL, O_KB, O_TOPIC_MODEL, O_NO_TOPIC, O_CONLLU, O_REPROCESS, O_FORCE,
    O_PG, O_SHARD, O_LISTEN, O_TIMEOUT, O_CACHE,
    O_SURFACE, O_SYNTAX_MODEL, O_NO_PARSE, O_PRUNE, O_COUNT
};

typedef struct flag {
    struct option o;
    unsigned cmds;
    const char *arg, *help;
    bool repeat; /* may be given more than once */
} flag;

static const flag FLAGS[] = {
    {{"db", required_argument, NULL, O_DB}, C_INGEST | C_SERVE, "PATH", "the SQLite database", false},
    {{"listen", required_argument, NULL, O_LISTEN}, C_SERVE, "ADDR:PORT",
     "where to listen (default 127.0.0.1:8080; port 0 picks a free one and prints it)", false},
    {{"timeout", required_argument, NULL, O_TIMEOUT}, C_SERVE, "MS", "stop a query after MS milliseconds (default 5000)",
     false},
    {{"cache", required_argument, NULL, O_CACHE}, C_SERVE, "MB",
     "keep up to MB megabytes of answers while the database is unchanged (default 64; 0: none)", false},
    {{"pg", required_argument, NULL, O_PG}, C_INGEST | C_SERVE | C_MERGE, "URL",
     "a PostgreSQL database instead (postgresql://... or a libpq connection string; docs/schema.md)", false},
    {{"jobs", required_argument, NULL, 'j'}, C_EXTRACT | C_INGEST | C_SERVE, "N",
     "N worker threads (0: one per core; at most 256; default 1); the output is the same for every N", false},
    {{"reprocess", no_argument, NULL, O_REPROCESS}, C_INGEST, NULL,
     "re-annotate the stored documents another Warta or other models made (after an upgrade; upgrades the schema "
     "too); killed, it leaves every document whole, and running it again finishes the rest",
     false},
    {{"force", no_argument, NULL, O_FORCE}, C_INGEST, NULL, "with --reprocess: every stored document", false},
    {{"shard", required_argument, NULL, O_SHARD}, C_EXTRACT | C_INGEST, "I/N",
     "only the documents of shard I of N (0 <= I < N), by content hash: N runs over the same inputs process "
     "each document once (docs/scale.md)",
     false},
    {{"max-doc-size", required_argument, NULL, O_MAX}, C_EXTRACT | C_INGEST, "SIZE",
     "skip documents larger than SIZE (default 64M)", false},
    {{"no-tokens", no_argument, NULL, O_NOTOK}, C_EXTRACT, NULL, "leave tokens out of the JSON output", false},
    {{"stage", required_argument, NULL, O_STAGE}, C_EXTRACT, "STAGE", "stop after clean, segment or all (default)", false},
    {{"progress", no_argument, NULL, O_PROGRESS}, C_EXTRACT | C_INGEST, NULL,
     "show progress on stderr even when it is not a terminal", false},
    {{"quiet", no_argument, NULL, 'q'}, C_EXTRACT | C_INGEST | C_MERGE, NULL,
     "print only errors (no document warnings, no summary)", false},
    {{"data-dir", required_argument, NULL, O_DATA_DIR}, C_PIPE, "DIR",
     "where ner.model is (default: $WARTA_DATA_DIR, else the installed share/warta)", false},
    {{"ner-model", required_argument, NULL, O_NER_MODEL}, C_PIPE, "FILE",
     "the pipeline's tagger model (default: $WARTA_NER_MODEL, else DIR/ner.model)", false},
    {{"no-ner", no_argument, NULL, O_NO_NER}, C_PIPE, NULL, "no tagger: the knowledge base alone finds names", false},
    {{"hunspell-dir", required_argument, NULL, O_HUNSPELL}, C_PIPE, "DIR",
     "where id_ID.aff and id_ID.dic are (default: $WARTA_HUNSPELL_DIR, else /usr/share/hunspell)", false},
    {{"topic-model", required_argument, NULL, O_TOPIC_MODEL}, C_PIPE, "FILE",
     "the topic classifier (default: DIR/topic.model when there is one; make topic-model)", false},
    {{"no-topic", no_argument, NULL, O_NO_TOPIC}, C_PIPE, NULL,
     "no topic classifier: events are coded in every article, sport and celebrity news too", false},
    {{"syntax-model", required_argument, NULL, O_SYNTAX_MODEL}, C_PIPE, "FILE",
     "the part-of-speech tagger and parser (default: DIR/syntax.model)", false},
    {{"no-parse", no_argument, NULL, O_NO_PARSE}, C_PIPE, NULL,
     "no parts of speech or trees: events and quotes fall back to word order", false},
    {{"kb", required_argument, NULL, O_KB}, C_PIPE, "FILE",
     "add knowledge-base entries from FILE (docs/kb.md; may be repeated)", true},
    {{"verbose", no_argument, NULL, 'v'}, C_EVAL, NULL, "list every miss and extra", false},
    {{"model", required_argument, NULL, 'm'}, C_EVAL | C_TAG | C_PARSE, "MODEL", "the tagger or syntax model to score or use", false},
    {{"conllu", required_argument, NULL, O_CONLLU}, C_EVAL | C_PARSE, "FILE", "a CoNLL-U treebank (gold tokens)", false},
    {{"surface", no_argument, NULL, O_SURFACE}, C_EVAL | C_PARSE | C_TRAIN, NULL,
     "read a multiword token (menyetujuinya) as one word, as Warta's tokenizer writes it", false},
    {{"conll", required_argument, NULL, O_CONLL}, C_EVAL | C_TAG, "FILE", "a CoNLL file (token first, tag last)", false},
    {{"map", required_argument, NULL, O_MAP}, C_EVAL | C_TAG | C_TRAIN, "A=B,...", "rename tag types (PERSON=PER)", false},
    {{"train", required_argument, NULL, O_TRAIN}, C_TRAIN, "FILE", "training data (CoNLL; may be repeated)", true},
    {{"dev", required_argument, NULL, O_DEV}, C_TRAIN, "FILE", "development data: the best pass is kept", false},
    {{"output", required_argument, NULL, 'o'}, C_TRAIN, "MODEL", "where to write the model", false},
    {{"epochs", required_argument, NULL, O_EPOCHS}, C_TRAIN, "N", "passes over the data (default 12; topic: 8)", false},
    {{"bits", required_argument, NULL, O_BITS}, C_TRAIN, "B", "2^B feature buckets, 10 to 24 (default 20)", false},
    {{"ensemble", required_argument, NULL, O_ENSEMBLE}, C_TRAIN, "K", "K perceptrons summed (default 1)", false},
    {{"prune", required_argument, NULL, O_PRUNE}, C_TRAIN, "W",
     "pos, parse: drop averaged weights under W (the tagger's under 0.3 W): a smaller model (default 0)", false},
    {{"no-memory", no_argument, NULL, O_NO_MEMORY}, C_TRAIN, NULL, "no memory of the training data's names", false},
    {{"clusters", required_argument, NULL, O_CLUSTERS}, C_TRAIN, "TABLE", "word classes (warta train clusters)", false},
    {{"help", no_argument, NULL, 'h'}, C_EXTRACT | C_INGEST | C_EVAL | C_TRAIN | C_TAG | C_PARSE | C_MERGE | C_SERVE, NULL,
     "this help", false},
};

static const char EXIT_TEXT[] = "0 every document processed; 1 some input was skipped (each is reported on stderr "
                                "with its file and line or byte) or held no document; 2 usage or fatal error.";

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("warta: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* Words wrapped to 78 columns after indent spaces. */
static void wrap(FILE *f, const char *s, int indent)
{
    int col = indent;
    fprintf(f, "%*s", indent, "");
    while (*s) {
        size_t n = strcspn(s, " ");
        if (col > indent && col + 1 + (int)n > 78) {
            fprintf(f, "\n%*s", indent, "");
            col = indent;
        } else if (col > indent) {
            fputc(' ', f);
            col++;
        }
        fprintf(f, "%.*s", (int)n, s);
        col += (int)n;
        s += n;
        while (*s == ' ')
            s++;
    }
    fputc('\n', f);
}

static void flag_name(const flag *fl, char *buf, size_t cap)
{
    int sh = fl->o.val < 256 && fl->o.val != 'h' ? fl->o.val : fl->o.val == 'h' ? 'h' : 0;
    snprintf(buf, cap, "%s%c%s--%s%s%s", sh ? "-" : "", sh ? sh : ' ', sh ? ", " : "  ", fl->o.name,
             fl->arg ? " " : "", fl->arg ? fl->arg : "");
    if (!sh)
        memmove(buf, buf + 2, strlen(buf + 2) + 1);
}

static void command_help(FILE *f, const command *cmd)
{
    if (cmd->bit == C_QUERY) {
        query_help(f, NULL);
        return;
    }
    fprintf(f, "usage: warta %s %s\n\n", cmd->name, cmd->synopsis);
    wrap(f, cmd->about, 0);
    fputs("\noptions:\n", f);
    for (size_t i = 0; i < sizeof FLAGS / sizeof *FLAGS; i++) {
        if (!(FLAGS[i].cmds & cmd->bit))
            continue;
        char name[64];
        flag_name(&FLAGS[i], name, sizeof name);
        fprintf(f, "  %-24s %s\n", name, FLAGS[i].help);
    }
    fputs("\nexit status: ", f);
    wrap(f, EXIT_TEXT, 0);
}

static void global_help(FILE *f)
{
    fputs("usage: warta COMMAND [OPTIONS] [ARGS]...\n\n"
          "Warta turns Indonesian news into a structured record: clean text, sentences,\n"
          "entities, dates, quantities, quotations and events, each tied to its text.\n\ncommands:\n",
          f);
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        fprintf(f, "  %-8s %s\n", COMMANDS[i].name, COMMANDS[i].synopsis);
    fputs("  version  print the version\n\n"
          "warta COMMAND --help describes a command; man warta-COMMAND too, once installed.\n",
          f);
}

/* roff with the usual escapes: a backslash, and a leading dot or quote. */
static void roff_text(FILE *f, const char *s)
{
    if (*s == '.' || *s == '\'')
        fputs("\\&", f);
    for (; *s; s++) {
        if (*s == '\\')
            fputs("\\e", f);
        else if (*s == '-')
            fputs("\\-", f);
        else
            fputc(*s, f);
    }
}

static void man_page(FILE *f, const command *cmd)
{
    char upper[32] = "";
    for (size_t i = 0; cmd && cmd->name[i] && i + 1 < sizeof upper; i++)
        upper[i] = (char)(cmd->name[i] - 'a' + 'A');
    fprintf(f, ".TH WARTA%s%s 1 \"\" \"warta %s\" \"Warta manual\"\n.SH NAME\n", cmd ? "\\-" : "", upper,
            WT_VERSION);
    if (!cmd) {
        fputs("warta \\- structured records from Indonesian news\n.SH SYNOPSIS\n.B warta\nCOMMAND [OPTIONS] [ARGS]...\n"
              ".SH DESCRIPTION\nWarta turns Indonesian news into a structured record: clean text, sentences, "
              "entities, dates, quantities, quotations and events, each tied to the span of text it came from.\n"
              ".SH COMMANDS\n",
              f);
        for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++) {
            fprintf(f, ".TP\n.BR warta\\-%s (1)\n", COMMANDS[i].name);
            roff_text(f, COMMANDS[i].about);
            fputc('\n', f);
        }
        fputs(".SH ENVIRONMENT\n.TP\n.B WARTA_DATA_DIR\nwhere ner.model is\n.TP\n.B WARTA_NER_MODEL\nthe tagger model\n"
              ".TP\n.B WARTA_HUNSPELL_DIR\nwhere id_ID.aff and id_ID.dic are\n",
              f);
        return;
    }
    fprintf(f, "warta\\-%s \\- %s", cmd->name, cmd->brief);
    fprintf(f, "\n.SH SYNOPSIS\n.B warta %s\n", cmd->name);
    roff_text(f, cmd->synopsis);
    fputs("\n.SH DESCRIPTION\n", f);
    roff_text(f, cmd->about);
    if (cmd->bit == C_QUERY) { /* subcommands with flags of their own */
        fputs("\n.SH SUBCOMMANDS AND OPTIONS\n.nf\n", f);
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        if (m) {
            query_help(m, NULL);
            for (size_t i = 0; i < query_subcommands(); i++) {
                fputc('\n', m);
                query_help(m, query_subcommand(i));
            }
            fclose(m);
            roff_text(f, text ? text : "");
            free(text);
        }
        fputs(".fi\n", f);
    }
    fputs("\n.SH OPTIONS\n", f);
    for (size_t i = 0; i < sizeof FLAGS / sizeof *FLAGS; i++) {
        if (!(FLAGS[i].cmds & cmd->bit))
            continue;
        char name[64];
        flag_name(&FLAGS[i], name, sizeof name);
        fputs(".TP\n.B ", f);
        roff_text(f, name);
        fputc('\n', f);
        roff_text(f, FLAGS[i].help);
        fputc('\n', f);
    }
    fputs(".SH EXIT STATUS\n", f);
    roff_text(f, EXIT_TEXT);
    fputs("\n.SH SEE ALSO\n.BR warta (1)\n", f);
}

static const command *find_command(const char *name)
{
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        if (strcmp(COMMANDS[i].name, name) == 0)
            return &COMMANDS[i];
    return NULL;
}

/* A bash completion script: commands, then each command's flags. */
static void bash_completion(FILE *f)
{
    fputs("# bash completion for warta (generated by: warta help --bash-completion)\n"
          "_warta() {\n"
          "    local cur=${COMP_WORDS[COMP_CWORD]} cmd=${COMP_WORDS[1]} words\n"
          "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n        words=\"help version",
          f);
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        fprintf(f, " %s", COMMANDS[i].name);
    fputs("\"\n    else\n        case $cmd in\n", f);
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++) {
        fprintf(f, "        %s) words=\"", COMMANDS[i].name);
        if (COMMANDS[i].bit == C_QUERY)
            query_words(f);
        for (size_t k = 0, n = 0; k < sizeof FLAGS / sizeof *FLAGS; k++)
            if (FLAGS[k].cmds & COMMANDS[i].bit)
                fprintf(f, "%s--%s", n++ ? " " : "", FLAGS[k].o.name);
        fputs("\";;\n", f);
    }
    fputs("        *) words=\"\";;\n        esac\n"
          "        if [[ $cur != -* ]]; then COMPREPLY=($(compgen -f -- \"$cur\")); return; fi\n"
          "    fi\n"
          "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
          "}\n"
          "complete -o filenames -F _warta warta\n",
          f);
}

/* warta help [--man|--bash-completion] [COMMAND] */
static int cmd_help(int argc, char **argv)
{
    if (argc > 0 && strcmp(argv[0], "--bash-completion") == 0) {
        bash_completion(stdout);
        return 0;
    }
    bool man = argc > 0 && strcmp(argv[0], "--man") == 0;
    argc -= man;
    argv += man;
    const command *cmd = argc > 0 ? find_command(argv[0]) : NULL;
    if (argc > 0 && !cmd) {
        cli_say("no command \"%s\" (warta --help lists them)", argv[0]);
        return EXIT_USAGE;
    }
    if (man)
        man_page(stdout, cmd);
    else if (cmd)
        command_help(stdout, cmd);
    else
        global_help(stdout);
    return 0;
}

/* The folder of the installed model: next to the program (PREFIX/bin ->
 * PREFIX/share/warta), the source tree's models/ for a build in build/, or
 * the library's default. */
static const char *default_data_dir(char *buf, size_t cap)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            static const char *const REL[] = {"../share/warta", "../models"};
            for (size_t i = 0; i < 2; i++) {
                char probe[PATH_MAX + 64];
                snprintf(probe, sizeof probe, "%s/%s/ner.model", exe, REL[i]);
                if (access(probe, F_OK) == 0) {
                    snprintf(buf, cap, "%s/%s", exe, REL[i]);
                    return buf;
                }
            }
        }
    }
    return NULL;
}

wt_pipeline *cli_pipeline(cli *c)
{
    static char dir[PATH_MAX + 32];
    wt_config cfg = c->cfg;
    if (!cfg.data_dir)
        cfg.data_dir = getenv("WARTA_DATA_DIR");
    if (!cfg.data_dir || !*cfg.data_dir)
        cfg.data_dir = default_data_dir(dir, sizeof dir);
    if (!cfg.data_dir) {
        wt_config defaults;
        wt_config_init(&defaults);
        cfg.data_dir = defaults.data_dir;
    }
    if (!cfg.ner_model && getenv("WARTA_NER_MODEL") && *getenv("WARTA_NER_MODEL"))
        cfg.ner_model = getenv("WARTA_NER_MODEL");
    if (!cfg.hunspell_dir && getenv("WARTA_HUNSPELL_DIR") && *getenv("WARTA_HUNSPELL_DIR"))
        cfg.hunspell_dir = getenv("WARTA_HUNSPELL_DIR");
    cfg.kb_files = c->kb_files;
    cfg.n_kb_files = (size_t)c->n_kb_files;
    wt_pipeline *p;
    wt_error err;
    wt_error_clear(&err);
    if (wt_pipeline_new(&cfg, &p, &err) != WT_OK) {
        cli_report(&err);
        return NULL;
    }
    return p;
}

static bool parse_int(const char *flag_name_, const char *s, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < lo || v > hi) {
        cli_say("--%s: expected a whole number from %ld to %ld, got \"%s\"", flag_name_, lo, hi, s);
        return false;
    }
    *out = v;
    return true;
}

/* Applies one flag; false on a bad value (already reported). */
static bool apply_flag(cli *c, const flag *fl, const char *arg)
{
    long v;
    switch (fl->o.val) {
    case O_DB: c->db = arg; break;
    case O_PG: c->pg = arg; break;
    case O_LISTEN: c->listen = arg; break;
    case O_TIMEOUT:
        if (!parse_int("timeout", arg, 1, 3600000, &v))
            return false;
        c->timeout_ms = (int)v;
        break;
    case O_CACHE:
        if (!parse_int("cache", arg, 0, 65536, &v))
            return false;
        c->cache_mb = (int)v;
        break;
    case O_MAX:
        if (!wt_parse_size(arg, &c->opt.max_doc_bytes) || c->opt.max_doc_bytes == 0) {
            cli_say("--max-doc-size: cannot read \"%s\" as a size (e.g. 64M)", arg);
            return false;
        }
        break;
    case O_NOTOK: c->opt.emit_tokens = 0; break;
    case O_REPROCESS: c->reprocess = 1; break;
    case O_SHARD: {
        unsigned i, n;
        int len = 0;
        if (sscanf(arg, "%u/%u%n", &i, &n, &len) != 2 || arg[len] || n < 1 || n > 1000000 || i >= n) {
            cli_say("--shard: expected I/N with 0 <= I < N (3/8), got \"%s\"", arg);
            return false;
        }
        c->shard = i;
        c->shards = n;
        break;
    }
    case O_FORCE: c->force = 1; break;
    case O_STAGE:
        if (strcmp(arg, "clean") == 0)
            c->opt.stage = WT_STAGE_CLEAN;
        else if (strcmp(arg, "segment") == 0)
            c->opt.stage = WT_STAGE_SEGMENT;
        else if (strcmp(arg, "all") == 0)
            c->opt.stage = WT_STAGE_ALL;
        else {
            cli_say("--stage: expected clean, segment or all, got \"%s\"", arg);
            return false;
        }
        break;
    case O_PROGRESS: c->progress = 1; break;
    case 'q': c->quiet = 1; break;
    case 'v': c->verbose = 1; break;
    case O_TRAIN:
        if (c->n_train == (int)(sizeof c->train / sizeof *c->train)) {
            cli_say("--train: at most 16 files");
            return false;
        }
        c->train[c->n_train++] = arg;
        break;
    case O_DEV: c->dev = arg; break;
    case 'm': c->model = arg; break;
    case 'o': c->out = arg; break;
    case O_CONLL: c->conll = arg; break;
    case O_CONLLU: c->conllu = arg; break;
    case O_SURFACE: c->surface = 1; break;
    case O_MAP: c->map = arg; break;
    case O_CLUSTERS: c->clusters = arg; break;
    case O_EPOCHS:
        if (!parse_int("epochs", arg, 1, 1000, &v))
            return false;
        c->epochs = (int)v;
        break;
    case O_BITS:
        if (!parse_int("bits", arg, 10, 24, &v))
            return false;
        c->bits = (unsigned)v;
        break;
    case O_ENSEMBLE:
        if (!parse_int("ensemble", arg, 1, 64, &v))
            return false;
        c->ensemble = (int)v;
        break;
    case O_NO_MEMORY: c->no_memory = 1; break;
    case O_PRUNE: {
        char *end;
        double x = strtod(arg, &end);
        if (!*arg || *end || !(x >= 0 && x <= 100)) {
            cli_say("--prune: expected a number from 0 to 100, got \"%s\"", arg);
            return false;
        }
        c->prune = x;
        break;
    }
    case O_DATA_DIR: c->cfg.data_dir = arg; break;
    case O_NER_MODEL: c->cfg.ner_model = arg; break;
    case O_NO_NER: c->cfg.no_tagger = 1; break;
    case O_HUNSPELL: c->cfg.hunspell_dir = arg; break;
    case O_TOPIC_MODEL: c->cfg.topic_model = c->topic_model = arg; break;
    case O_NO_TOPIC: c->cfg.no_topic = 1; break;
    case O_SYNTAX_MODEL: c->cfg.syntax_model = arg; break;
    case O_NO_PARSE: c->cfg.no_parse = 1; break;
    case O_KB:
        if (c->n_kb_files == (int)(sizeof c->kb_files / sizeof *c->kb_files)) {
            cli_say("--kb: at most 32 files");
            return false;
        }
        c->kb_files[c->n_kb_files++] = arg;
        break;
    case 'j':
        if (!parse_int("jobs", arg, 0, WT_MAX_THREADS, &v))
            return false;
        c->jobs = v ? (int)v : (int)sysconf(_SC_NPROCESSORS_ONLN);
        if (c->jobs > WT_MAX_THREADS)
            c->jobs = WT_MAX_THREADS;
        if (c->jobs < 1)
            c->jobs = 1;
        break;
    }
    return true;
}

/* Parses the command's flags: a flag of another command, or one given
 * twice that cannot be, is an error naming it. Returns the index of the
 * first argument, or -1 (exit status in *rc). */
static int parse_flags(cli *c, const command *cmd, int argc, char **argv, int *rc)
{
    enum { N = sizeof FLAGS / sizeof *FLAGS };
    struct option longopts[N + 1];
    for (size_t i = 0; i < N; i++)
        longopts[i] = FLAGS[i].o;
    memset(&longopts[N], 0, sizeof longopts[N]);
    int seen[O_COUNT] = {0};
    optind = 2;
    opterr = 0;
    int ch, idx;
    while ((ch = getopt_long(argc, argv, ":qhvj:m:o:", longopts, &idx)) != -1) {
        if (ch == '?' || ch == ':') {
            cli_say("%s: %s \"%s\" (warta %s --help lists the options)", cmd->name,
                    ch == '?' ? "unknown option" : "this option needs a value", argv[optind - 1], cmd->name);
            *rc = EXIT_USAGE;
            return -1;
        }
        const flag *fl = NULL;
        for (size_t i = 0; i < N && !fl; i++)
            if (FLAGS[i].o.val == ch)
                fl = &FLAGS[i];
        if (ch == 'h') {
            command_help(stdout, cmd);
            *rc = 0;
            return -1;
        }
        if (!(fl->cmds & cmd->bit)) {
            cli_say("%s does not take --%s (warta %s --help lists its options)", cmd->name, fl->o.name, cmd->name);
            *rc = EXIT_USAGE;
            return -1;
        }
        if (seen[ch]++ && !fl->repeat) {
            cli_say("--%s given twice", fl->o.name);
            *rc = EXIT_USAGE;
            return -1;
        }
        if (!apply_flag(c, fl, optarg)) {
            *rc = EXIT_USAGE;
            return -1;
        }
    }
    return optind;
}

int main(int argc, char **argv)
{
    /* documents come and go by the thousand: keep freed memory instead of
     * handing it back to the kernel after each one and faulting it in again */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    if (argc < 2) {
        global_help(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0)
        return cmd_help(0, NULL);
    if (strcmp(name, "help") == 0)
        return cmd_help(argc - 2, argv + 2);
    if (strcmp(name, "version") == 0 || strcmp(name, "--version") == 0) {
        printf("warta %s\n", WT_VERSION);
        return 0;
    }
    const command *cmd = find_command(name);
    if (!cmd) {
        cli_say("unknown command \"%s\" (warta --help lists them)", name);
        return EXIT_USAGE;
    }
    if (cmd->bit == C_QUERY) /* subcommands with flags of their own (query.c) */
        return cmd_query(argc - 2, argv + 2);
    cli c = {.cmd = cmd->name, .jobs = 1, .bits = 20, .ensemble = 1, .cache_mb = -1};
    wt_options_init(&c.opt);
    c.progress = isatty(2);
    int rc = 0;
    int first = parse_flags(&c, cmd, argc, argv, &rc);
    if (first < 0)
        return rc;
    if (c.quiet)
        c.progress = 0;
    return cmd->run(&c, argc - first, argv + first);
}
