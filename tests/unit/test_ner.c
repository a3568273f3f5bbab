/* Unit tests: the NER tagger on a small corpus written for these tests. */
#include "testutil.h"

#include "tag/ner.h"

/* Sentences in CoNLL with a pattern the tagger must learn: a title word
 * (Presiden, Menteri) before a capitalised name, "di" before a place. */
static void write_corpus(const char *path, int copies)
{
    static const char *const NAMES[] = {"Budi", "Sari", "Andi", "Wati", "Joko", "Rina"};
    static const char *const PLACES[] = {"Jakarta", "Bandung", "Medan", "Surabaya", "Hanoi", "Tokyo"};
    FILE *f = fopen(path, "w");
    for (int k = 0; k < copies; k++)
        for (int i = 0; i < 6; i++) {
            fprintf(f, "Presiden\tO\n%s\tB-PER\n%s\tI-PER\nbertemu\tO\ndi\tO\n%s\tB-LOC\n.\tO\n\n", NAMES[i],
                    NAMES[(i + 1) % 6], PLACES[i]);
            fprintf(f, "Menteri\tO\n%s\tB-PER\ntiba\tO\ndi\tO\n%s\tB-LOC\nkemarin\tO\n.\tO\n\n", NAMES[(i + 2) % 6],
                    PLACES[(i + 3) % 6]);
        }
    fclose(f);
}

static void learns_reads_scores_and_saves(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char train_p[256], model_p[256];
    snprintf(train_p, sizeof train_p, "%s/train.conll", dir);
    snprintf(model_p, sizeof model_p, "%s/ner.model", dir);
    write_corpus(train_p, 3);
    wt_corpus train = {0};
    wt_error err;
    assert_int_equal(wt_corpus_read(&train, train_p, NULL, &err), WT_OK);
    assert_int_equal(train.n, 36);
    wt_ner *m;
    wt_ner_opts o = {.epochs = 5, .bits = 14, .ensemble = 1};
    assert_int_equal(wt_ner_train(&train, NULL, &o, &m, &err), WT_OK);
    /* a name it has not seen, after a title, and a place after "di" */
    const char *words[] = {"Presiden", "Dewi", "Lestari", "bertemu", "di", "Medan", "."};
    int tags[7];
    wt_ner_tag(m, words, 7, tags);
    assert_string_equal(wt_ner_tag_name(m, tags[0]), "O");
    assert_string_equal(wt_ner_tag_name(m, tags[1]), "B-PER");
    assert_string_equal(wt_ner_tag_name(m, tags[2]), "I-PER");
    assert_string_equal(wt_ner_tag_name(m, tags[5]), "B-LOC");
    /* conlleval on the training data itself is perfect */
    int **pred = wt_ner_tag_corpus(m, &train);
    assert_non_null(pred);
    wt_ner_score rows[WT_NER_MAX_TAGS], overall;
    double mean;
    size_t nr = wt_ner_score_corpus(&train, (const int *const *)pred, m, rows, WT_NER_MAX_TAGS, &overall, &mean);
    assert_int_equal(nr, 2);
    assert_string_equal(rows[0].type, "LOC");
    assert_int_equal(overall.gold, 72);
    assert_true(overall.f1 > 0.999);
    assert_true(mean > 0.999);
    wt_ner_free_pred(pred, train.n);
    /* save and load give the same tags */
    assert_int_equal(wt_ner_save(m, model_p, &err), WT_OK);
    wt_ner *m2;
    assert_int_equal(wt_ner_load(model_p, &m2, &err), WT_OK);
    int tags2[7];
    wt_ner_tag(m2, words, 7, tags2);
    assert_memory_equal(tags, tags2, sizeof tags);
    wt_ner_free(m);
    wt_ner_free(m2);
    /* a damaged model is refused with a reason */
    tu_write(model_p, "not a model\n", 12);
    assert_int_equal(wt_ner_load(model_p, &m2, &err), WT_EMODEL);
    assert_non_null(strstr(err.msg, "not a Warta NER model"));
    wt_corpus_free(&train);
    tu_rm_rf(dir);
}

static void conlleval_chunks_and_maps(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256];
    snprintf(p, sizeof p, "%s/g.conll", dir);
    /* three columns (token POS tag), CRLF, a tag map */
    tu_write(p, "Joko PROPN B-PERSON\r\nWidodo PROPN I-PERSON\r\nke ADP O\r\nBali PROPN B-LOCATION\r\n\r\n", 78);
    wt_corpus c = {0};
    wt_error err;
    assert_int_equal(wt_corpus_read(&c, p, "PERSON=PER,LOCATION=LOC", &err), WT_OK);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.sents[0].n, 4);
    assert_string_equal(c.tags[c.sents[0].gold[0]], "B-PER");
    assert_string_equal(c.tags[c.sents[0].gold[3]], "B-LOC");
    assert_string_equal(c.sents[0].words[1], "Widodo");
    wt_corpus_free(&c);
    snprintf(p, sizeof p, "%s/bad.conll", dir);
    tu_write(p, "lonely\n", 7);
    assert_int_equal(wt_corpus_read(&c, p, NULL, &err), WT_EINPUT);
    assert_int_equal(err.line, 1);
    wt_corpus_free(&c);
    tu_rm_rf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(learns_reads_scores_and_saves),
        cmocka_unit_test(conlleval_chunks_and_maps),
    };
    return cmocka_run_group_tests_name("ner", tests, NULL, NULL);
}
