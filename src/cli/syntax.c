/* syntax.c - warta train pos|parse, warta parse and warta eval parse: the
 * part-of-speech tagger and the dependency parser on treebanks. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

/* The files into one treebank; NULL (reported) on failure. */
static wt_treebank *read_treebank(const char *const *paths, int n, bool surface)
{
    wt_treebank *tb = wt_treebank_new();
    if (!tb) {
        cli_say("out of memory");
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        wt_error err;
        wt_error_clear(&err);
        if (wt_treebank_add_file(tb, paths[i], surface, &err) != WT_OK) {
            cli_report(&err);
            wt_treebank_free(tb);
            return NULL;
        }
    }
    return tb;
}

static void progress(void *ctx, const char *what, int epochs, double train, double dev)
{
    (void)ctx;
    (void)train;
    if (dev > 0)
        fprintf(stderr, "warta: %s trained (%d passes), best dev %s %.2f\n", what, epochs,
                strcmp(what, "parser") == 0 ? "LAS" : "accuracy", 100 * dev);
}

int train_syntax(cli *c, bool parser)
{
    if (!c->n_train || !c->out) {
        cli_say("train %s needs --train FILE (one or more), -o MODEL and usually --dev FILE", parser ? "parse" : "pos");
        return EXIT_USAGE;
    }
    wt_treebank *train = read_treebank(c->train, c->n_train, c->surface);
    wt_treebank *dev = train && c->dev ? read_treebank(&c->dev, 1, c->surface) : NULL;
    if (!train || (c->dev && !dev)) {
        wt_treebank_free(train);
        return EXIT_USAGE;
    }
    fprintf(stderr, "warta: training on %zu sentences, %zu words\n", wt_treebank_sentences(train),
            wt_treebank_words(train));
    double t0 = cli_now();
    wt_syntax_opts o = {.epochs = c->epochs, .parser = parser, .seed = 1, .clusters = c->clusters, .prune = c->prune,
                       .progress = progress};
    wt_syntax *m;
    wt_error err;
    wt_error_clear(&err);
    int rc = EXIT_USAGE;
    if (wt_syntax_train(train, dev, &o, &m, &err) != WT_OK)
        cli_report(&err);
    else {
        if (wt_syntax_save(m, c->out, &err) != WT_OK)
            cli_report(&err);
        else {
            fprintf(stderr, "warta: model written to %s in %.1f s\n", c->out, cli_now() - t0);
            rc = 0;
        }
        wt_syntax_free(m);
    }
    wt_treebank_free(train);
    wt_treebank_free(dev);
    return rc;
}

static wt_syntax *load_model(const char *path)
{
    wt_syntax *m;
    wt_error err;
    wt_error_clear(&err);
    if (wt_syntax_load(path, &m, &err) != WT_OK) {
        cli_report(&err);
        return NULL;
    }
    return m;
}

int eval_parse(cli *c)
{
    if (!c->model || !c->conllu) {
        cli_say("eval parse needs -m MODEL and --conllu TEST");
        return EXIT_USAGE;
    }
    wt_syntax *m = load_model(c->model);
    wt_treebank *gold = m ? read_treebank(&c->conllu, 1, c->surface) : NULL;
    if (!gold) {
        wt_syntax_free(m);
        return EXIT_USAGE;
    }
    double t0 = cli_now();
    wt_treebank *pred = wt_syntax_apply(m, gold);
    double secs = cli_now() - t0;
    wt_syntax_score s;
    wt_error err;
    wt_error_clear(&err);
    int rc = EXIT_USAGE;
    if (!pred)
        cli_say("out of memory");
    else if (wt_syntax_score_treebank(gold, pred, &s, &err) != WT_OK)
        cli_report(&err);
    else {
        double w = s.words ? (double)s.words : 1;
        printf("%s: %zu sentences, %zu words (gold tokens)\n", c->conllu, s.sentences, s.words);
        printf("UPOS      %6.2f\n", 100 * (double)s.upos / w);
        printf("tag F1    %6.2f  (mean over tags of per-tag F1; IndoNLU's POS score)\n", 100 * s.tag_f1_mean);
        if (wt_syntax_has_parser(m) && wt_treebank_has_trees(gold)) {
            printf("UAS       %6.2f\n", 100 * (double)s.uas / w);
            printf("LAS       %6.2f  (universal relations, as CoNLL 2018)\n", 100 * (double)s.las / w);
            printf("LAS full  %6.2f  (relations with subtypes)\n", 100 * (double)s.las_full / w);
        }
        printf("speed     %.0f words/s (%s, one thread)\n", secs > 0 ? (double)s.words / secs : 0,
               wt_syntax_has_parser(m) ? "tagging and parsing" : "tagging");
        rc = 0;
    }
    wt_treebank_free(pred);
    wt_treebank_free(gold);
    wt_syntax_free(m);
    return rc;
}

int cmd_parse(cli *c, int argc, char **argv)
{
    if (!c->conllu)
        return parse_articles(c, argc, argv);
    if (!c->model) {
        cli_say("parse --conllu needs -m MODEL");
        return EXIT_USAGE;
    }
    if (argc) {
        cli_say("parse: --conllu FILE and articles cannot be mixed");
        return EXIT_USAGE;
    }
    wt_syntax *m = load_model(c->model);
    wt_treebank *in = m ? read_treebank(&c->conllu, 1, c->surface) : NULL;
    wt_treebank *out = in ? wt_syntax_apply(m, in) : NULL;
    int rc = EXIT_USAGE;
    if (in && !out)
        cli_say("out of memory");
    if (out)
        rc = wt_treebank_write(out, stdout) && fflush(stdout) == 0 ? 0 : EXIT_USAGE;
    wt_treebank_free(out);
    wt_treebank_free(in);
    wt_syntax_free(m);
    return rc;
}
