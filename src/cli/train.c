/* train.c - warta train, tag and eval: the tagger's training and scoring,
 * word classes and frequencies, and the scorers of HTML extraction and
 * quotations. */
#include "cli.h"

#include "../lexicon/lexicon.h"

#include <stdio.h>
#include <string.h>

/* A pipeline and one worker for commands that run in one thread. */
typedef struct session {
    wt_pipeline *p;
    wt_worker *w;
} session;

static bool session_open(cli *c, session *s)
{
    wt_error err;
    wt_error_clear(&err);
    s->w = NULL;
    if (!(s->p = cli_pipeline(c)))
        return false;
    if (wt_worker_new(s->p, &s->w, &err) != WT_OK) {
        cli_report(&err);
        wt_pipeline_free(s->p);
        return false;
    }
    return true;
}

static void session_close(session *s)
{
    wt_worker_free(s->w);
    wt_pipeline_free(s->p);
}

/* Loads -m MODEL, reads --conll FILE and tags it; on success the caller
 * frees *pred, *m and *cor. */
static int load_and_tag(cli *c, session *s, wt_ner **m, wt_corpus *cor, int ***pred)
{
    wt_error err;
    wt_error_clear(&err);
    if (!c->model || !c->conll) {
        cli_say("needs -m MODEL and --conll FILE");
        return EXIT_USAGE;
    }
    if (wt_ner_load(c->model, m, &err) != WT_OK) {
        cli_report(&err);
        return EXIT_USAGE;
    }
    if (wt_corpus_read(cor, c->conll, c->map, &err) != WT_OK) {
        cli_report(&err);
        wt_ner_free(*m);
        wt_corpus_free(cor);
        return EXIT_USAGE;
    }
    *pred = wt_ner_tag_corpus(*m, s->w, cor);
    if (!*pred) {
        cli_say("out of memory");
        wt_ner_free(*m);
        wt_corpus_free(cor);
        return EXIT_USAGE;
    }
    return 0;
}

int cmd_tag(cli *c, int argc, char **argv)
{
    (void)argv;
    if (argc) {
        cli_say("tag takes -m MODEL --conll FILE");
        return EXIT_USAGE;
    }
    session s;
    if (!session_open(c, &s))
        return EXIT_USAGE;
    wt_ner *m;
    wt_corpus cor = {0};
    int **pred;
    int rc = load_and_tag(c, &s, &m, &cor, &pred);
    session_close(&s);
    if (rc)
        return rc;
    for (size_t i = 0; i < cor.n; i++) {
        for (size_t k = 0; k < cor.sents[i].n; k++)
            printf("%s\t%s\n", cor.sents[i].surface[k], wt_ner_tag_name(m, pred[i][k]));
        putchar('\n');
    }
    wt_ner_free_pred(pred, cor.n);
    wt_ner_free(m);
    wt_corpus_free(&cor);
    return fflush(stdout) == 0 ? 0 : EXIT_USAGE;
}

static int eval_ner(cli *c, session *s)
{
    wt_ner *m;
    wt_corpus cor = {0};
    int **pred;
    int rc = load_and_tag(c, s, &m, &cor, &pred);
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

static int eval_task(cli *c, session *s, int argc, char **argv)
{
    wt_error err;
    wt_error_clear(&err);
    if (argc == 1 && strcmp(argv[0], "ner") == 0)
        return eval_ner(c, s);
    wt_status st;
    if (argc >= 2 && argc <= 3 && strcmp(argv[0], "html") == 0)
        st = wt_eval_html(s->w, argv[1], argc == 3 ? argv[2] : NULL, stdout, c->verbose, &err);
    else if (argc == 2 && strcmp(argv[0], "quotes") == 0)
        st = wt_eval_quotes(s->w, argv[1], stdout, c->verbose, &err);
    else if ((argc == 2 || argc == 3) && strcmp(argv[0], "events") == 0) {
        /* the articles are beside the gold folder unless named */
        char news[4096];
        if (argc == 3)
            snprintf(news, sizeof news, "%s", argv[2]);
        else {
            const char *slash = strrchr(argv[1], '/');
            snprintf(news, sizeof news, "%.*s%sclick-id-news", slash ? (int)(slash - argv[1]) : 1,
                     slash ? argv[1] : ".", "/../");
        }
        st = wt_eval_events(s->w, argv[1], news, stdout, c->verbose, &err);
    } else {
        cli_say("eval needs a task: html BENCH_DIR [PRED.json], ner -m M --conll F, quotes FILE, events GOLD "
                "[NEWS_DIR], topic -m M FILE..., parse -m M --conllu F");
        return EXIT_USAGE;
    }
    if (st != WT_OK) {
        cli_report(&err);
        return EXIT_USAGE;
    }
    return 0;
}

int cmd_eval(cli *c, int argc, char **argv)
{
    if (argc == 1 && strcmp(argv[0], "parse") == 0)
        return eval_parse(c);
    if (argc >= 2 && strcmp(argv[0], "topic") == 0) {
        /* warta eval topic -m topic.model tribunnews.jsonl */
        wt_error err;
        wt_error_clear(&err);
        if (!c->model) {
            cli_say("eval topic needs -m MODEL");
            return EXIT_USAGE;
        }
        if (wt_topic_eval(c->model, argv + 1, argc - 1, stdout, &err) != WT_OK) {
            cli_report(&err);
            return EXIT_USAGE;
        }
        return 0;
    }
    session s;
    if (!session_open(c, &s))
        return EXIT_USAGE;
    int rc = eval_task(c, &s, argc, argv);
    session_close(&s);
    return rc;
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

/* The training files into one corpus, the dev file into another that
 * shares its tag ids. */
static bool read_corpora(cli *c, wt_corpus *train, wt_corpus *dev)
{
    wt_error err;
    wt_error_clear(&err);
    for (int i = 0; i < c->n_train; i++)
        if (wt_corpus_read(train, c->train[i], c->map, &err) != WT_OK) {
            cli_report(&err);
            return false;
        }
    dev->arena = wt_arena_new(1 << 20);
    for (size_t i = 0; dev->arena && i < train->n_tags; i++) {
        dev->tags[i] = wt_arena_strndup(dev->arena, train->tags[i], strlen(train->tags[i]));
        dev->n_tags = i + 1;
    }
    if (c->dev && wt_corpus_read(dev, c->dev, c->map, &err) != WT_OK) {
        cli_report(&err);
        return false;
    }
    return true;
}

static int train_ner(cli *c)
{
    if (!c->n_train || !c->out) {
        cli_say("train ner needs --train FILE (one or more), -o MODEL and usually --dev FILE");
        return EXIT_USAGE;
    }
    wt_corpus train = {0}, dev = {0};
    session s = {0};
    int rc = EXIT_USAGE;
    if (read_corpora(c, &train, &dev) && session_open(c, &s)) {
        size_t tokens = 0;
        for (size_t i = 0; i < train.n; i++)
            tokens += train.sents[i].n;
        fprintf(stderr, "warta: training on %zu sentences, %zu tokens, %zu tags\n", train.n, tokens, train.n_tags);
        double t0 = cli_now();
        wt_ner *m;
        wt_error err;
        wt_error_clear(&err);
        wt_ner_opts o = {.epochs = c->epochs ? c->epochs : 12, .bits = c->bits, .ensemble = c->ensemble, .memory = !c->no_memory,
                         .clusters = c->clusters, .worker = s.w, .progress = train_progress, .ctx = &c->ensemble};
        if (wt_ner_train(&train, c->dev ? &dev : NULL, &o, &m, &err) != WT_OK) {
            cli_report(&err);
        } else {
            if (wt_ner_save(m, c->out, &err) != WT_OK)
                cli_report(&err);
            else {
                fprintf(stderr, "warta: model written to %s in %.1f s\n", c->out, cli_now() - t0);
                rc = 0;
            }
            wt_ner_free(m);
        }
        session_close(&s);
    }
    wt_corpus_free(&train);
    wt_corpus_free(&dev);
    return rc;
}

/* warta train lexicon [--hunspell-dir DIR] > data/lexicon_answers.tsv */
static int train_lexicon(cli *c)
{
    char dir[1024];
    wt_lexicon *lex = NULL;
    wt_error err;
    wt_error_clear(&err);
    wt_status st = wt_lexicon_find(c->cfg.hunspell_dir, dir, sizeof dir, &err);
    if (st == WT_OK)
        st = wt_lexicon_open(dir, &lex, &err);
    if (st == WT_OK)
        st = wt_lexicon_write_answers(lex, stdout, &err);
    wt_lexicon_close(lex);
    if (st != WT_OK) {
        cli_report(&err);
        return EXIT_USAGE;
    }
    return 0;
}

int cmd_train(cli *c, int argc, char **argv)
{
    wt_error err;
    wt_error_clear(&err);
    if (argc == 1 && strcmp(argv[0], "ner") == 0)
        return train_ner(c);
    if (argc == 1 && (strcmp(argv[0], "pos") == 0 || strcmp(argv[0], "parse") == 0))
        return train_syntax(c, strcmp(argv[0], "parse") == 0);
    if (argc >= 2 && strcmp(argv[0], "topic") == 0) {
        /* warta train topic -o topic.model FILE.jsonl... */
        if (!c->out) {
            cli_say("train topic needs -o MODEL");
            return EXIT_USAGE;
        }
        if (wt_topic_train(argv + 1, argc - 1, c->out, c->epochs ? c->epochs : 8, stderr, &err) != WT_OK) {
            cli_report(&err);
            return EXIT_USAGE;
        }
        return 0;
    }
    if (argc >= 2 && strcmp(argv[0], "freq") == 0) {
        /* warta train freq FILE... > data/wordfreq.tsv */
        if (wt_freq_build(argv + 1, argc - 1, 2, stdout, &err) != WT_OK) {
            cli_report(&err);
            return EXIT_USAGE;
        }
        return 0;
    }
    if (argc == 1 && strcmp(argv[0], "lexicon") == 0)
        return train_lexicon(c);
    if (argc >= 2 && strcmp(argv[0], "clusters") == 0) {
        /* warta train clusters FILE... > clusters.tsv */
        size_t skipped;
        if (wt_clusters_build(argv + 1, argc - 1, 3, 60000, stdout, stderr, &skipped, &err) != WT_OK) {
            cli_report(&err);
            return EXIT_USAGE;
        }
        return skipped ? EXIT_SKIPPED : 0;
    }
    cli_say("train needs a model: ner|pos|parse --train FILE --dev FILE -o MODEL, topic -o MODEL FILE..., freq FILE..., lexicon or "
            "clusters FILE...");
    return EXIT_USAGE;
}
