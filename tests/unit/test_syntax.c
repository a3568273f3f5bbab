/* Unit tests: the CoNLL-U reader and writer, the arc-hybrid transition
 * system and its dynamic oracle, the scorer, the tagger and parser
 * trained on sentences written for these tests, and trees in the
 * pipeline's records. */
#include "testutil.h"

#include "syntax/perceptron.h"
#include "syntax/syntax.h"

/* "Menteri itu menyetujuinya kemarin ." with a multiword token, a
 * comment, an empty node and a non-root relation subtype; and "Ia datang ." */
static const char TREEBANK[] =
    "# sent_id = t-1\n"
    "# text = Menteri itu menyetujuinya kemarin.\n"
    "1\tMenteri\tmenteri\tNOUN\t_\t_\t3\tnsubj\t_\t_\n"
    "2\titu\titu\tDET\t_\t_\t1\tdet\t_\t_\n"
    "3-4\tmenyetujuinya\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tmenyetujui\tsetuju\tVERB\t_\t_\t0\troot\t_\t_\n"
    "4\tnya\tnya\tPRON\t_\t_\t3\tobj\t_\t_\n"
    "4.1\tada\tada\tVERB\t_\t_\t_\t_\t3:conj\t_\n"
    "5\tkemarin\tkemarin\tADV\t_\t_\t3\tadvmod:tmod\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tdatang\tdatang\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n";

static wt_treebank *read_text(const char *dir, const char *name, const char *text, bool surface, wt_status *st,
                              wt_error *err)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    tu_write(path, text, strlen(text));
    wt_treebank *tb = wt_treebank_new();
    assert_non_null(tb);
    *st = wt_treebank_add_file(tb, path, surface, err);
    return tb;
}

static void test_conllu_reader(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    wt_error err;
    wt_status st;
    wt_treebank *tb = read_text(dir, "a.conllu", TREEBANK, false, &st, &err);
    assert_int_equal(st, WT_OK);
    assert_int_equal(wt_treebank_sentences(tb), 2);
    assert_int_equal(wt_treebank_words(tb), 9); /* the empty node is not a word */
    assert_true(wt_treebank_has_trees(tb));
    assert_int_equal(tb->s[0].n_ranges, 1);
    assert_int_equal(tb->s[0].n_comments, 2);
    assert_string_equal(tb->s[0].w[3].form, "nya");
    assert_int_equal(tb->s[0].w[3].head, 3);
    /* written back: comments and the multiword line as read, the empty node gone */
    char path[256];
    snprintf(path, sizeof path, "%s/out.conllu", dir);
    FILE *f = fopen(path, "w");
    assert_true(wt_treebank_write(tb, f));
    fclose(f);
    char *text;
    size_t len;
    assert_int_equal(wt_read_file(path, 1 << 20, &text, &len, &err), WT_OK);
    assert_non_null(strstr(text, "# text = Menteri itu menyetujuinya kemarin.\n"));
    assert_non_null(strstr(text, "\n3-4\tmenyetujuinya\t"));
    assert_null(strstr(text, "4.1"));
    assert_non_null(strstr(text, "5\tkemarin\tkemarin\tADV\t_\t_\t3\tadvmod:tmod\t_\tSpaceAfter=No\n"));
    free(text);
    wt_treebank_free(tb);

    /* surface words: the multiword token is one word, the verb's relation
     * kept and the heads renumbered */
    tb = read_text(dir, "b.conllu", TREEBANK, true, &st, &err);
    assert_int_equal(st, WT_OK);
    assert_int_equal(tb->s[0].n, 5);
    assert_string_equal(tb->s[0].w[2].form, "menyetujuinya");
    assert_string_equal(tb->s[0].w[2].deprel, "root");
    assert_int_equal(tb->s[0].w[3].head, 3); /* kemarin -> the merged verb */
    assert_int_equal(tb->s[0].w[4].head, 3);
    wt_treebank_free(tb);
    tu_rm_rf(dir);
}

static void test_conllu_errors_name_the_line(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    static const struct {
        const char *text, *message;
        long long line;
    } BAD[] = {
        {"1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_\n3\tdatang\t_\tVERB\t_\t_\t0\troot\t_\t_\n", "out of sequence", 2},
        {"1\tIa\tia\tPRON\t_\t_\tx\tnsubj\t_\t_\n", "HEAD", 1},
        {"# c\n1\tIa\tia\tPRON\t_\t_\t0\troot\t_\t_\n2\tdatang\tVERB\n", "10 tab-separated", 3},
        {"1\tIa\tia\tPRON\t_\t_\t9\tnsubj\t_\t_\n2\tdatang\t_\tVERB\t_\t_\t0\troot\t_\t_\n", "past the sentence", 1},
        {"1-x\tnya\t_\t_\t_\t_\t_\t_\t_\t_\n", "multiword", 1},
        {"Ia\tPRON\textra\n", "one tab", 1},
        {"\n\n", "no sentences", 0},
    };
    for (size_t i = 0; i < sizeof BAD / sizeof *BAD; i++) {
        wt_error err;
        wt_status st;
        wt_treebank *tb = read_text(dir, "bad.conllu", BAD[i].text, false, &st, &err);
        assert_int_not_equal(st, WT_OK);
        assert_non_null(strstr(err.msg, BAD[i].message));
        assert_non_null(strstr(err.file, "bad.conllu"));
        assert_int_equal(err.line, BAD[i].line);
        wt_treebank_free(tb);
    }
    wt_treebank *tb = wt_treebank_new();
    wt_error err;
    assert_int_equal(wt_treebank_add_file(tb, "/nonexistent/x.conllu", false, &err), WT_EIO);
    wt_treebank_free(tb);
    tu_rm_rf(dir);
}

static void test_token_tag_files(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    wt_error err;
    wt_status st;
    wt_treebank *tb = read_text(dir, "posp.txt", "kepala\tB-NNO\ndinas\tB-NNO\n\nia\tB-PRN\n", false, &st, &err);
    assert_int_equal(st, WT_OK);
    assert_int_equal(wt_treebank_sentences(tb), 2);
    assert_string_equal(tb->s[0].w[1].upos, "NNO");
    assert_false(wt_treebank_has_trees(tb));
    wt_treebank_free(tb);
    tu_rm_rf(dir);
}

/* The oracle's cheapest transitions rebuild every gold arc and label of
 * a projective tree written by hand: the transition system and the cost
 * function agree. */
static void test_oracle_reproduces_trees(void **state)
{
    (void)state;
    static const char TREES[] =
        /* Presiden Jokowi bertemu dengan Perdana Menteri Jepang di Tokyo kemarin . */
        "1\tPresiden\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_\n"
        "2\tJokowi\t_\tPROPN\t_\t_\t1\tflat\t_\t_\n"
        "3\tbertemu\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
        "4\tdengan\t_\tADP\t_\t_\t5\tcase\t_\t_\n"
        "5\tPerdana\t_\tNOUN\t_\t_\t3\tobl\t_\t_\n"
        "6\tMenteri\t_\tNOUN\t_\t_\t5\tflat\t_\t_\n"
        "7\tJepang\t_\tPROPN\t_\t_\t5\tnmod\t_\t_\n"
        "8\tdi\t_\tADP\t_\t_\t9\tcase\t_\t_\n"
        "9\tTokyo\t_\tPROPN\t_\t_\t3\tobl\t_\t_\n"
        "10\tkemarin\t_\tADV\t_\t_\t3\tadvmod\t_\t_\n"
        "11\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
        "\n"
        /* a relative clause: Kapal yang dibeli Indonesia tiba . */
        "1\tKapal\t_\tNOUN\t_\t_\t5\tnsubj\t_\t_\n"
        "2\tyang\t_\tPRON\t_\t_\t3\tnsubj:pass\t_\t_\n"
        "3\tdibeli\t_\tVERB\t_\t_\t1\tacl:relcl\t_\t_\n"
        "4\tIndonesia\t_\tPROPN\t_\t_\t3\tobl:agent\t_\t_\n"
        "5\ttiba\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
        "6\t.\t_\tPUNCT\t_\t_\t5\tpunct\t_\t_\n"
        "\n";
    const char *dir = tu_tmpdir();
    wt_error err;
    wt_status st;
    wt_treebank *tb = read_text(dir, "trees.conllu", TREES, false, &st, &err);
    assert_int_equal(st, WT_OK);
    for (size_t i = 0; i < tb->n; i++) {
        int heads[16];
        char names[16][32];
        assert_true(wt_parser_oracle(tb, i, heads, names));
        for (size_t k = 0; k < tb->s[i].n; k++) {
            assert_int_equal(heads[k], tb->s[i].w[k].head);
            assert_string_equal(names[k], tb->s[i].w[k].deprel);
        }
    }
    wt_treebank_free(tb);
    tu_rm_rf(dir);
}

/* Replaces the first from in s by to (of the same length). */
static void replace(char *s, const char *from, const char *to)
{
    char *p = strstr(s, from);
    assert_non_null(p);
    assert_int_equal(strlen(from), strlen(to));
    memcpy(p, to, strlen(to));
}

static void test_scorer(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    wt_error err;
    wt_status st;
    wt_treebank *gold = read_text(dir, "g.conllu", TREEBANK, false, &st, &err);
    /* one wrong tag, one wrong head, one wrong subtype */
    char pred_text[sizeof TREEBANK + 16];
    snprintf(pred_text, sizeof pred_text, "%s", TREEBANK);
    replace(pred_text, "kemarin\tkemarin\tADV", "kemarin\tkemarin\tNUM");
    replace(pred_text, "2\titu\titu\tDET\t_\t_\t1", "2\titu\titu\tDET\t_\t_\t3");
    replace(pred_text, "advmod:tmod", "advmod:xxxx");
    wt_treebank *pred = read_text(dir, "p.conllu", pred_text, false, &st, &err);
    assert_int_equal(st, WT_OK);
    assert_string_equal(pred->s[0].w[4].upos, "NUM");
    wt_syntax_score s;
    assert_int_equal(wt_syntax_score_treebank(gold, pred, &s, &err), WT_OK);
    assert_int_equal(s.words, 9);
    assert_int_equal(s.upos, 8);
    assert_int_equal(s.uas, 8);
    assert_int_equal(s.las, 8);      /* the subtype does not count... */
    assert_int_equal(s.las_full, 7); /* ...except in the full relation */
    /* different words are an error naming them */
    wt_treebank *other = read_text(dir, "o.conllu", "1\tDia\t_\tPRON\t_\t_\t0\troot\t_\t_\n\n1\tx\t_\tX\t_\t_\t0\troot\t_\t_\n",
                                   false, &st, &err);
    assert_int_not_equal(wt_syntax_score_treebank(gold, other, &s, &err), WT_OK);
    wt_treebank_free(other);
    wt_treebank_free(gold);
    wt_treebank_free(pred);
    tu_rm_rf(dir);
}

/* Sentences of a pattern the parser must learn: NOUN PROPN VERB NOUN di
 * PROPN: a subject with a name, an object, a place. */
static void write_training(const char *path, int copies)
{
    static const char *const N[] = {"Presiden", "Menteri", "Gubernur", "Duta"};
    static const char *const P[] = {"Budi", "Sari", "Andi", "Wati"};
    static const char *const V[] = {"membuka", "menutup", "meresmikan", "mengunjungi"};
    static const char *const O[] = {"pabrik", "kantor", "pameran", "sekolah"};
    static const char *const L[] = {"Jakarta", "Bandung", "Medan", "Surabaya"};
    FILE *f = fopen(path, "w");
    for (int c = 0; c < copies; c++)
        for (int i = 0; i < 4; i++)
            fprintf(f,
                    "1\t%s\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_\n2\t%s\t_\tPROPN\t_\t_\t1\tflat\t_\t_\n"
                    "3\t%s\t_\tVERB\t_\t_\t0\troot\t_\t_\n4\t%s\t_\tNOUN\t_\t_\t3\tobj\t_\t_\n"
                    "5\tdi\t_\tADP\t_\t_\t6\tcase\t_\t_\n6\t%s\t_\tPROPN\t_\t_\t3\tobl\t_\t_\n"
                    "7\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n",
                    N[(i + c) % 4], P[(i + 2 * c) % 4], V[i], O[(i + 3 * c) % 4], L[(c + i * 3) % 4]);
    fclose(f);
}

static void test_train_save_load_parse(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char train_path[256], model[256];
    snprintf(train_path, sizeof train_path, "%s/train.conllu", dir);
    snprintf(model, sizeof model, "%s/syntax.model", dir);
    write_training(train_path, 8);
    wt_treebank *train = wt_treebank_new();
    wt_error err;
    assert_int_equal(wt_treebank_add_file(train, train_path, false, &err), WT_OK);
    wt_syntax_opts o = {.epochs = 5, .parser = true, .seed = 1};
    wt_syntax *m;
    assert_int_equal(wt_syntax_train(train, NULL, &o, &m, &err), WT_OK);
    assert_int_equal(wt_syntax_save(m, model, &err), WT_OK);
    wt_syntax_free(m);
    assert_int_equal(wt_syntax_load(model, &m, &err), WT_OK);
    assert_true(wt_syntax_has_parser(m));
    /* unseen words in the learnt pattern */
    const char *dir2 = tu_tmpdir();
    wt_status st;
    wt_treebank *test = read_text(dir2, "t.conllu",
                                  "1\tMenteri\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_\n2\tRina\t_\tPROPN\t_\t_\t1\tflat\t_\t_\n"
                                  "3\tmeresmikan\t_\tVERB\t_\t_\t0\troot\t_\t_\n4\tpasar\t_\tNOUN\t_\t_\t3\tobj\t_\t_\n"
                                  "5\tdi\t_\tADP\t_\t_\t6\tcase\t_\t_\n6\tMedan\t_\tPROPN\t_\t_\t3\tobl\t_\t_\n"
                                  "7\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n",
                                  false, &st, &err);
    assert_int_equal(st, WT_OK);
    wt_treebank *pred = wt_syntax_apply(m, test);
    assert_non_null(pred);
    wt_syntax_score s;
    assert_int_equal(wt_syntax_score_treebank(test, pred, &s, &err), WT_OK);
    assert_int_equal(s.words, 7);
    assert_true(s.upos >= 6);
    assert_true(s.las >= 6);
    wt_treebank_free(pred);
    wt_treebank_free(test);
    /* a cut model is an error naming it */
    FILE *f = fopen(model, "r+b");
    assert_non_null(f);
    assert_int_equal(ftruncate(fileno(f), 60), 0);
    fclose(f);
    wt_syntax *bad;
    assert_int_not_equal(wt_syntax_load(model, &bad, &err), WT_OK);
    assert_non_null(strstr(err.file, "syntax.model"));
    wt_syntax_free(m);
    wt_treebank_free(train);
    tu_rm_rf(dir);
    tu_rm_rf(dir2);
}

/* The parser reads what the tagger found of the words (their hashes,
 * affixes, word classes) and parses as it does reading the words itself:
 * the default model, whose word classes shift ids between the two. */
static void test_parser_reads_the_taggers_words(void **state)
{
    (void)state;
    wt_syntax *m;
    wt_error err;
    assert_int_equal(wt_syntax_load(WT_MODEL_DIR "/syntax.model", &m, &err), WT_OK);
    const wt_tagger *tg = wt_syntax_tagger(m);
    const wt_parser *ps = wt_syntax_parser(m);
    assert_non_null(ps);
    static const char *const SENT[][12] = {
        {"Menteri", "Luar", "Negeri", "Retno", "Marsudi", "menerima", "kunjungan", "duta", "besar", "Jepang", "."},
        {"Pemerintah", "menandatangani", "perjanjian", "kerja", "sama", "nuklir", "dengan", "Rusia", "kemarin", "."},
        {"Ia", "mengatakan", "bahwa", "kesepakatannya", "belum", "final", "."},
    };
    size_t unknown_class = 0;
    for (size_t s = 0; s < 3; s++) {
        size_t n = 0;
        while (n < 12 && SENT[s][n])
            n++;
        int ids[12], h1[12], l1[12], h2[12], l2[12];
        wt_syn_word seen[12];
        const char *tags[12];
        assert_true(wt_tagger_tag(tg, SENT[s], n, ids, seen, NULL));
        for (size_t i = 0; i < n; i++) {
            tags[i] = wt_tagger_name(tg, ids[i]);
            unknown_class += seen[i].cls1 == 1;
        }
        wt_parser_parse(ps, SENT[s], seen, tags, n, h1, l1);
        wt_parser_parse(ps, SENT[s], NULL, tags, n, h2, l2);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(h1[i], h2[i]);
            assert_int_equal(l1[i], l2[i]);
        }
    }
    assert_true(unknown_class < 10); /* most of the 29 words are in the classes */
    wt_syntax_free(m);
}

/* A memo of the words tagged gives the tags tagging without one gives:
 * a large memo (words met again), a two-slot one (words pushing each
 * other out, two words of one sentence on one slot), long words. */
static void test_tag_memo_same_tags(void **state)
{
    (void)state;
    wt_syntax *m;
    wt_error err;
    assert_int_equal(wt_syntax_load(WT_MODEL_DIR "/syntax.model", &m, &err), WT_OK);
    const wt_tagger *tg = wt_syntax_tagger(m);
    static const char *const SENT[][10] = {
        {"Presiden", "Jokowi", "bertemu", "Perdana", "Menteri", "Jepang", "di", "Tokyo", "."},
        {"Jepang", "menawarkan", "kerja", "sama", "nuklir", "kepada", "Indonesia", "."},
        {"Kerja", "sama", "itu", "ditandatangani", "di", "Jakarta", "kemarin", "."},
        {"Ia", "bertemu", "menteri", "itu", "lagi", ",", "katanya", "."},
        {"Kementerian", "Pertahanan", "memesan", "pesawat", "tempur", "dari", "Rusia", "."},
        {"menteri-menteriperdaganganyangsangatpanjangsekali", "datang", "ke", "Jakarta", "."},
    };
    wt_tag_memo *big = wt_tag_memo_new(tg, 4096), *tiny = wt_tag_memo_new(tg, 2);
    assert_non_null(big);
    assert_non_null(tiny);
    assert_null(wt_tag_memo_new(tg, 3)); /* not a power of two */
    for (int round = 0; round < 3; round++)
        for (size_t s = 0; s < 6; s++) {
            size_t n = 0;
            while (n < 10 && SENT[s][n])
                n++;
            int plain[10], with_big[10], with_tiny[10];
            assert_true(wt_tagger_tag(tg, SENT[s], n, plain, NULL, NULL));
            assert_true(wt_tagger_tag(tg, SENT[s], n, with_big, NULL, big));
            assert_true(wt_tagger_tag(tg, SENT[s], n, with_tiny, NULL, tiny));
            assert_memory_equal(plain, with_big, n * sizeof *plain);
            assert_memory_equal(plain, with_tiny, n * sizeof *plain);
        }
    wt_tag_memo_free(big);
    wt_tag_memo_free(tiny);
    wt_syntax_free(m);
}

/* The pipeline gives every token a tag and every sentence one tree. */
static void test_pipeline_trees(void **state)
{
    (void)state;
    static const char TEXT[] = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo pada Senin. "
                               "Kedua pemimpin membahas kerja sama energi.";
    wt_input in = {.text = TEXT, .text_len = sizeof TEXT - 1, .id = "t"};
    wt_doc *d;
    wt_error err;
    assert_int_equal(wt_process(tu_worker(), &in, NULL, &d, &err), WT_OK);
    assert_non_null(d->deps);
    for (size_t i = 0; i < d->n_sentences; i++) {
        const wt_sentence *s = &d->sentences[i];
        int roots = 0;
        for (uint32_t t = s->tok_begin; t < s->tok_end; t++) {
            const wt_dep *x = &d->deps[t];
            assert_non_null(x->upos);
            assert_non_null(x->rel);
            roots += x->head < 0;
            if (x->head >= 0) {
                assert_true((uint32_t)x->head >= s->tok_begin && (uint32_t)x->head < s->tok_end);
                assert_int_not_equal(x->head, (int32_t)t);
            } else
                assert_string_equal(x->rel, "root");
        }
        assert_int_equal(roots, 1);
    }
    /* the verb of the first sentence is its root, with Presiden its subject */
    size_t verb = 3; /* Presiden Joko Widodo bertemu */
    assert_string_equal(d->deps[verb].upos, "VERB");
    assert_int_equal(d->deps[verb].head, -1);
    assert_int_equal(d->deps[0].head, (int32_t)verb);
    assert_string_equal(d->deps[0].rel, "nsubj");
    wt_doc_free(d);
}

/* Averaged weights, scored: a feature updated for all 50 classes (kept
 * as a dense row) and one updated for two (kept as entries), after a
 * save and a load too. Instance i moves feature F from class i+1 to
 * class i and feature G_i likewise; F's class 0 keeps +1 for 49 of the
 * 50 instances, every other class of F has -1 for one. */
static void check_scores(const wt_ap *m, const uint64_t *f, size_t i)
{
    float s[50];
    wt_ap_score(m, f, 2, s);
    for (size_t c = 0; c < 50; c++) {
        float want = c == 0 ? 49.0f / 50 : -1.0f / 50;
        if (c == i)
            want += (float)(50 - i) / 50;
        if (c == i + 1)
            want -= (float)(50 - i) / 50;
        assert_float_equal(s[c], want, 1e-6);
    }
}

static void test_perceptron_scores(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    wt_ap *m = wt_ap_new(50);
    assert_non_null(m);
    for (int i = 0; i < 50; i++) {
        uint64_t f[2] = {77, 1000 + (uint64_t)i};
        assert_true(wt_ap_update(m, f, 2, i, (i + 1) % 50));
    }
    wt_ap *avg = wt_ap_averaged(m, 0);
    assert_non_null(avg);
    char path[256];
    snprintf(path, sizeof path, "%s/ap.gz", dir);
    gzFile gz = gzopen(path, "wb");
    assert_true(wt_ap_write(avg, gz));
    gzclose(gz);
    wt_blob in;
    wt_error err;
    assert_int_equal(wt_blob_load(path, (size_t)1 << 20, &in, &err), WT_OK);
    wt_ap *back = wt_ap_read(&in);
    assert_non_null(back);
    assert_null(wt_ap_read(&in)); /* nothing after the one model */
    wt_blob_free(&in);
    /* a file of two rows is read; the same feature twice is refused */
    for (int twice = 0; twice < 2; twice++) {
        unsigned char raw[64] = "AP 2 2 2\n";
        size_t at = 9;
        for (int r = 0; r < 2; r++) {
            raw[at] = (unsigned char)(5 + (twice ? 0 : r)); /* the key, little-endian */
            at += 8;
            raw[at] = 1; /* one entry */
            at += 2;
            raw[at] = (unsigned char)r; /* its class, then the float 1.0 */
            memcpy(raw + at + 2, "\x00\x00\x80\x3f", 4);
            at += 6;
        }
        tu_write(path, raw, at);
        assert_int_equal(wt_blob_load(path, (size_t)1 << 20, &in, &err), WT_OK);
        wt_ap *two = wt_ap_read(&in);
        wt_blob_free(&in);
        if (twice) {
            assert_null(two);
            continue;
        }
        assert_non_null(two);
        float sc[2];
        uint64_t f6 = 6;
        wt_ap_score(two, &f6, 1, sc);
        assert_true(sc[0] == 0 && sc[1] == 1);
        wt_ap_free(two);
    }
    for (size_t i = 3; i < 48; i += 11) {
        uint64_t f[2] = {77, 1000 + i};
        check_scores(avg, f, i);
        check_scores(back, f, i);
    }
    wt_ap_free(m);
    wt_ap_free(avg);
    wt_ap_free(back);
    tu_rm_rf(dir);
}

/* The wide scorer (AVX registers, where the processor has them) and the
 * plain loop give the same sums for a model of nc classes whose rows have
 * from one to all classes, begun from nothing or from the sums of some
 * features (the tagger's memo: wt_ap_score_from). */
static void check_wide_equals_plain(int nc)
{
    wt_ap *m = wt_ap_new((size_t)nc);
    assert_non_null(m);
    uint64_t rng = 12345;
    for (int i = 0; i < 4000; i++) {
        uint64_t f[6];
        for (int k = 0; k < 6; k++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            /* feature k of a narrower range: some rows meet every class */
            f[k] = 1 + (rng >> 33) % (uint64_t)(k == 0 ? 3 : 40 << (3 * k));
        }
        assert_true(wt_ap_update(m, f, 6, (int)((rng >> 20) % (uint64_t)nc), (int)((rng >> 40) % (uint64_t)nc)));
    }
    wt_ap *wide = wt_ap_averaged(m, 0), *plain = wt_ap_averaged(m, 0);
    assert_non_null(wide);
    assert_non_null(plain);
    wt_ap_plain(plain);
    for (int i = 0; i < 500; i++) {
        uint64_t f[8];
        for (int k = 0; k < 8; k++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            f[k] = 1 + (rng >> 33) % (uint64_t)(k < 2 ? 3 : 40 << (3 * (k % 6)));
        }
        float a[96], b[96], c[96], d[96];
        wt_ap_score(wide, f, 8, a);
        wt_ap_score(plain, f, 8, b);
        /* begun from the sums of the first three, into another array and
         * in place: the sums of all eight at once */
        wt_ap_score(wide, f, 3, d);
        wt_ap_score_from(wide, f + 3, 5, d, c);
        wt_ap_score_from(wide, f + 3, 5, d, d);
        for (int k = 0; k < nc; k++) {
            assert_true(a[k] == b[k]);
            assert_true(c[k] == b[k]);
            assert_true(d[k] == b[k]);
        }
    }
    wt_ap_free(m);
    wt_ap_free(wide);
    wt_ap_free(plain);
}

/* As many classes as the parser's (93: twelve registers), the tagger's
 * (17: three) and a count between (45: six), each with a last register
 * partly used. */
static void test_perceptron_wide_equals_plain(void **state)
{
    (void)state;
    check_wide_equals_plain(93);
    check_wide_equals_plain(17);
    check_wide_equals_plain(45);
}

/* The first of the highest scores, as a loop keeping the first strictly
 * higher one finds it: ties (including -0 and 0) go to the earlier class,
 * whatever the length and wherever the maximum sits. */
static void test_first_max(void **state)
{
    (void)state;
    uint64_t rng = 99;
    for (int round = 0; round < 3000; round++) {
        float s[61];
        size_t n = 1 + (size_t)round % 61;
        for (size_t i = 0; i < n; i++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            /* few distinct values, so equal maxima are common */
            s[i] = (float)((int)(rng >> 60) - 8) * 0.5f;
            if (s[i] == 0 && (rng >> 20) & 1)
                s[i] = -0.0f;
        }
        size_t want = 0;
        for (size_t i = 1; i < n; i++)
            if (s[i] > s[want])
                want = i;
        assert_int_equal(wt_first_max(s, n), want);
    }
    float rising[20];
    for (int i = 0; i < 20; i++)
        rising[i] = (float)i;
    assert_int_equal(wt_first_max(rising, 20), 19);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_perceptron_scores),
        cmocka_unit_test(test_perceptron_wide_equals_plain),
        cmocka_unit_test(test_first_max),
        cmocka_unit_test(test_parser_reads_the_taggers_words),
        cmocka_unit_test(test_tag_memo_same_tags),
        cmocka_unit_test(test_conllu_reader),
        cmocka_unit_test(test_conllu_errors_name_the_line),
        cmocka_unit_test(test_token_tag_files),
        cmocka_unit_test(test_oracle_reproduces_trees),
        cmocka_unit_test(test_scorer),
        cmocka_unit_test(test_train_save_load_parse),
        cmocka_unit_test(test_pipeline_trees),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
