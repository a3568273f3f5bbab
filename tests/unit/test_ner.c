/* Unit tests: the NER tagger on a small corpus written for these tests. */
#include "testutil.h"

#include "pipeline/pipeline.h"

/* what the tagger's features read: the tests' knowledge base and dictionary */
static const wt_ner_env *test_env(void)
{
    static wt_ner_env env;
    env.kb = tu_pipeline()->kb;
    env.lex = tu_worker()->lex;
    return &env;
}

#include "tag/memory.h"
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

/* The corpus above, written to dir and read back. */
static void read_test_corpus(const char *dir, wt_corpus *train)
{
    char path[256];
    snprintf(path, sizeof path, "%s/train.conll", dir);
    write_corpus(path, 3);
    wt_error err;
    memset(train, 0, sizeof *train);
    assert_int_equal(wt_corpus_read(train, path, NULL, &err), WT_OK);
}

/* Saving m to path and loading it back gives the same tags for words. */
static void assert_same_after_reload(const wt_ner *m, const char *path, const char **words, size_t n,
                                     const int *tags)
{
    wt_error err;
    wt_ner *m2;
    assert_int_equal(wt_ner_save(m, path, &err), WT_OK);
    assert_int_equal(wt_ner_load(path, &m2, &err), WT_OK);
    int tags2[16];
    assert_true(n <= 16);
    wt_ner_tag(m2, test_env(), words, n, tags2);
    assert_memory_equal(tags, tags2, n * sizeof *tags);
    wt_ner_free(m2);
}

static void learns_reads_scores_and_saves(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char model_p[256];
    snprintf(model_p, sizeof model_p, "%s/ner.model", dir);
    wt_corpus train;
    wt_error err;
    read_test_corpus(dir, &train);
    assert_int_equal(train.n, 36);
    wt_ner *m;
    wt_ner_opts o = {.epochs = 5, .bits = 14, .ensemble = 1, .worker = tu_worker()};
    assert_int_equal(wt_ner_train(&train, NULL, &o, &m, &err), WT_OK);
    /* a name it has not seen, after a title, and a place after "di" */
    const char *words[] = {"Presiden", "Dewi", "Lestari", "bertemu", "di", "Medan", "."};
    int tags[7];
    wt_ner_tag(m, test_env(), words, 7, tags);
    assert_string_equal(wt_ner_tag_name(m, tags[0]), "O");
    assert_string_equal(wt_ner_tag_name(m, tags[1]), "B-PER");
    assert_string_equal(wt_ner_tag_name(m, tags[2]), "I-PER");
    assert_string_equal(wt_ner_tag_name(m, tags[5]), "B-LOC");
    /* conlleval on the training data itself is perfect */
    int **pred = wt_ner_tag_corpus(m, tu_worker(), &train);
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
    assert_same_after_reload(m, model_p, words, 7, tags);
    wt_ner_free(m);
    wt_ner *m2;
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

/* The names of the training data: case-insensitive, longest first, with
 * how reliably a phrase is a name. */
static void memory_remembers_names_with_reliability(void **state)
{
    (void)state;
    char *names[] = {"O", "B-EVT", "I-EVT"};
    wt_memory *m = wt_memory_new();
    const char *s1[] = {"Piala", "Dunia", "digelar", "lagi"};
    const int t1[] = {1, 2, 0, 0};
    const char *s2[] = {"pemilu", "digelar"};
    const int t2[] = {1, 0};
    const char *s3[] = {"Piala", "bergilir", "dan", "pemilu"};
    const int t3[] = {1, 0, 0, 0};
    for (int k = 0; k < 3; k++)
        assert_true(wt_memory_count_names(m, s1, t1, 4, names));
    assert_true(wt_memory_count_names(m, s2, t2, 2, names));
    assert_true(wt_memory_count_names(m, s3, t3, 4, names));
    for (int k = 0; k < 3; k++)
        wt_memory_count_occurrences(m, s1, 4);
    wt_memory_count_occurrences(m, s2, 2);
    wt_memory_count_occurrences(m, s3, 4);
    const char *extra[] = {"pemilu", "pemilu"}; /* two more plain mentions: 1 of 4 */
    wt_memory_count_occurrences(m, extra, 2);
    wt_memory_finish(m);
    assert_int_equal(wt_memory_count(m), 3); /* "piala dunia", "pemilu", "piala" */
    const char *q[] = {"final", "piala", "DUNIA", "dan", "Pemilu", "Piala"};
    uint16_t out[6];
    wt_memory_match(m, q, 6, out);
    assert_int_equal(out[0], 0);
    assert_int_equal(out[1], WT_MEMORY_FIRST | 3 << 8 | 2); /* B-EVT (id 1) + 1, always a name */
    assert_int_equal(out[2], 3 << 8 | 2);
    assert_int_equal(out[3], 0);
    assert_int_equal(out[4], WT_MEMORY_FIRST | 1 << 8 | 2); /* a name in 1 of its 4 occurrences */
    /* "Piala" alone: a name once in 4 occurrences (three begin "Piala Dunia") */
    assert_int_equal(out[5], WT_MEMORY_FIRST | 1 << 8 | 2);
    /* written and read back, the same matches */
    wt_memory *m2 = wt_memory_new();
    char line[96];
    size_t lines = 0;
    for (size_t k = 0; k < wt_memory_slots(m); k++)
        if (wt_memory_format_slot(m, k, line, sizeof line) > 0) {
            assert_true(wt_memory_parse_line(m2, line));
            lines++;
        }
    assert_int_equal(lines, 3);
    uint16_t out2[6];
    wt_memory_match(m2, q, 6, out2);
    assert_memory_equal(out, out2, sizeof out);
    assert_false(wt_memory_parse_line(m2, "zz not a line"));
    wt_memory_free(m);
    wt_memory_free(m2);
}

/* An ensemble with the memory learns the same patterns, keeps them through
 * a model file, and a bad ensemble size is refused. */
static void ensemble_with_memory(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char model_p[256];
    snprintf(model_p, sizeof model_p, "%s/ner.model", dir);
    wt_corpus train;
    wt_error err;
    read_test_corpus(dir, &train);
    wt_ner *m;
    wt_ner_opts o = {.epochs = 5, .bits = 14, .ensemble = 0, .memory = true, .worker = tu_worker()};
    assert_int_equal(wt_ner_train(&train, NULL, &o, &m, &err), WT_EUSAGE);
    o.ensemble = 3;
    assert_int_equal(wt_ner_train(&train, NULL, &o, &m, &err), WT_OK);
    const char *words[] = {"Menteri", "Rina", "tiba", "di", "Tokyo", "dan", "Bogor", "."};
    int tags[8];
    wt_ner_tag(m, test_env(), words, 8, tags);
    assert_string_equal(wt_ner_tag_name(m, tags[0]), "O");
    assert_string_equal(wt_ner_tag_name(m, tags[1]), "B-PER");
    assert_string_equal(wt_ner_tag_name(m, tags[4]), "B-LOC");
    assert_string_equal(wt_ner_tag_name(m, tags[5]), "O");
    assert_same_after_reload(m, model_p, words, 8, tags);
    wt_ner_free(m);
    wt_corpus_free(&train);
    tu_rm_rf(dir);
}

/* The worker's memo of words gives the very tags tagging without it
 * gives: with room for every word, with one slot that every word shares
 * (each new word evicts the last, and a sentence's words take turns), and
 * none; the default model on sentences written for this test. */
static void memo_keeps_the_tags(void **state)
{
    (void)state;
    const wt_ner *m = tu_pipeline()->ner;
    assert_non_null(m);
    static const char *const TEXT[] = {
        "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Taro Kono di Tokyo pada Senin .",
        "Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Mahathir Mohamad di Istana Bogor .",
        "Kementerian Pertahanan Rusia menyatakan Moskow siap menjual pesawat Sukhoi kepada Indonesia .",
        "Juru bicara Gedung Putih mengatakan Washington tidak akan mencabut sanksi terhadap Iran .",
        "Retno Marsudi dan Taro Kono membahas kerja sama maritim di Tokyo .",
    };
    const size_t n_text = sizeof TEXT / sizeof TEXT[0];
    wt_ner_memo *big = wt_ner_memo_new(m, 4096), *one = wt_ner_memo_new(m, 1);
    assert_non_null(big);
    assert_non_null(one);
    for (int round = 0; round < 2; round++) /* the second round reads the memos */
        for (size_t s = 0; s < n_text; s++) {
            char buf[512];
            const char *words[64];
            size_t n = 0;
            snprintf(buf, sizeof buf, "%s", TEXT[s]);
            for (char *t = strtok(buf, " "); t && n < 64; t = strtok(NULL, " "))
                words[n++] = t;
            int plain[64], with_big[64], with_one[64];
            wt_ner_env env = *test_env();
            env.memo = NULL;
            wt_ner_tag(m, &env, words, n, plain);
            env.memo = big;
            wt_ner_tag(m, &env, words, n, with_big);
            env.memo = one;
            wt_ner_tag(m, &env, words, n, with_one);
            assert_memory_equal(plain, with_big, n * sizeof *plain);
            assert_memory_equal(plain, with_one, n * sizeof *plain);
        }
    wt_ner_memo_free(big);
    wt_ner_memo_free(one);
}

/* Emission sums four tags at a time (AVX, where the processor has it)
 * and with the plain loop are the same to the bit: the default model's
 * seven tags (a full group and one of three) and a trained model's four. */
static void assert_emissions_equal(const wt_ner *m, const char *const *words, size_t n)
{
    size_t T = wt_ner_n_tags(m);
    double *wide = calloc(n * T, sizeof *wide), *plain = calloc(n * T, sizeof *plain);
    assert_non_null(wide);
    assert_non_null(plain);
    assert_true(wt_ner_emissions(m, test_env(), words, n, false, wide));
    assert_true(wt_ner_emissions(m, test_env(), words, n, true, plain));
    bool some = false;
    for (size_t i = 0; i < n * T; i++) {
        assert_true(wide[i] == plain[i]);
        some |= plain[i] != 0;
    }
    assert_true(some);
    free(wide);
    free(plain);
}

static void emissions_wide_equal_plain(void **state)
{
    (void)state;
    const char *words[] = {"Menteri", "Luar", "Negeri", "Retno", "Marsudi", "bertemu", "Taro", "Kono",
                           "di",      "Tokyo", "pada",  "Senin", "."};
    const wt_ner *def = tu_pipeline()->ner;
    assert_non_null(def);
    assert_int_equal(wt_ner_n_tags(def), 7);
    assert_emissions_equal(def, words, 13);
    const char *dir = tu_tmpdir();
    wt_corpus train;
    wt_error err;
    read_test_corpus(dir, &train);
    wt_ner *m;
    wt_ner_opts o = {.epochs = 3, .bits = 14, .ensemble = 1, .worker = tu_worker()};
    assert_int_equal(wt_ner_train(&train, NULL, &o, &m, &err), WT_OK);
    assert_int_equal(wt_ner_n_tags(m), 4); /* one full group, not the seven-tag path */
    assert_emissions_equal(m, words, 13);
    wt_ner_free(m);
    wt_corpus_free(&train);
    tu_rm_rf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(learns_reads_scores_and_saves),
        cmocka_unit_test(conlleval_chunks_and_maps),
        cmocka_unit_test(emissions_wide_equal_plain),
        cmocka_unit_test(memory_remembers_names_with_reliability),
        cmocka_unit_test(ensemble_with_memory),
        cmocka_unit_test(memo_keeps_the_tags),
    };
    return cmocka_run_group_tests_name("ner", tests, NULL, NULL);
}
