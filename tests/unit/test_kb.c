/* Unit tests: the knowledge base's countries, names, capitals and seats. */
#include "testutil.h"

#include "pipeline/pipeline.h"

#include "kb/kb.h"

static void countries_by_every_name(void **state)
{
    (void)state;
    struct {
        const char *name, *a3;
        wt_kb_kind kind;
    } cases[] = {
        {"Rusia", "RUS", WT_KB_NAME},          {"Federasi Rusia", "RUS", WT_KB_NAME},
        {"Russian Federation", "RUS", WT_KB_NAME}, {"moskow", "RUS", WT_KB_CAPITAL},
        {"Kremlin", "RUS", WT_KB_SEAT},        {"Vietnam", "VNM", WT_KB_NAME},
        {"Viet Nam", "VNM", WT_KB_NAME},       {"Hanoi", "VNM", WT_KB_CAPITAL},
        {"Amerika Serikat", "USA", WT_KB_NAME}, {"Gedung Putih", "USA", WT_KB_SEAT},
        {"Tiongkok", "CHN", WT_KB_NAME},       {"Korea Selatan", "KOR", WT_KB_NAME},
        {"RI", "IDN", WT_KB_NAME},             {"Jakarta", "IDN", WT_KB_CAPITAL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        wt_kb_kind kind;
        const char *a3 = wt_kb_country(tu_pipeline()->kb, cases[i].name, strlen(cases[i].name), &kind);
        if (!a3 || strncmp(a3, cases[i].a3, 3) != 0)
            fail_msg("%s: got %.3s, expected %s", cases[i].name, a3 ? a3 : "nothing", cases[i].a3);
        if (kind != cases[i].kind)
            fail_msg("%s: kind %d, expected %d", cases[i].name, kind, cases[i].kind);
    }
    assert_null(wt_kb_country(tu_pipeline()->kb, "Prabowo", 7, NULL));
    assert_null(wt_kb_country(tu_pipeline()->kb, "", 0, NULL));
    /* a ministry by its common misspelling is the same body */
    const wt_kb_entity *a = wt_kb_lookup(tu_pipeline()->kb, "Kementerian Luar Negeri", 23, NULL),
                       *b = wt_kb_lookup(tu_pipeline()->kb, "Kementrian Luar Negeri", 22, NULL);
    assert_non_null(a);
    assert_ptr_equal(a, b);
    /* an office of no state gives no country */
    const wt_kb_entity *g = wt_kb_lookup(tu_pipeline()->kb, "Antonio Guterres", 16, NULL);
    assert_non_null(g);
    assert_null(g->country);
}

/* A country goes by the name the news gives it, not by iso-codes' listing
 * form ("Taiwan, Provinsi China", "Venezuela, Republik Bolivaria") or a
 * name the news does not use ("Czechia"); "Ceko" and "Vatikan" resolve. */
static void countries_by_their_news_names(void **state)
{
    (void)state;
    const char *const cases[][2] = {{"TWN", "Taiwan"},  {"VEN", "Venezuela"}, {"BOL", "Bolivia"},
                                    {"MDA", "Moldova"}, {"CZE", "Ceko"},      {"VAT", "Vatikan"},
                                    {"RUS", "Rusia"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const wt_kb_entity *e = wt_kb_country_entity(tu_pipeline()->kb, cases[i][0]);
        assert_non_null(e);
        assert_string_equal(e->name, cases[i][1]);
        const char *a3 = wt_kb_country(tu_pipeline()->kb, cases[i][1], strlen(cases[i][1]), NULL);
        assert_non_null(a3);
        assert_memory_equal(a3, cases[i][0], 3);
    }
}

static void longest_match_over_words(void **state)
{
    (void)state;
    const char *words[] = {"Presiden", "Amerika", "Serikat", "bertemu", "Korea", "Utara", "di", "Hanoi"};
    const char *a3;
    wt_kb_kind kind;
    assert_int_equal(wt_kb_match(tu_pipeline()->kb, words, 8, 0, &a3, &kind), 0);
    assert_int_equal(wt_kb_match(tu_pipeline()->kb, words, 8, 1, &a3, &kind), 2);
    assert_memory_equal(a3, "USA", 3);
    assert_int_equal(wt_kb_match(tu_pipeline()->kb, words, 8, 4, &a3, &kind), 2);
    assert_memory_equal(a3, "PRK", 3);
    assert_int_equal(wt_kb_match(tu_pipeline()->kb, words, 8, 7, &a3, &kind), 1);
    assert_int_equal(kind, WT_KB_CAPITAL);
}

static void persons_by_a_short_name(void **state)
{
    (void)state;
    const wt_kb *kb = tu_pipeline()->kb;
    const wt_kb_entity *e = wt_kb_person_by_part(kb, "Putin", 5);
    assert_non_null(e);
    assert_string_equal(e->name, "Vladimir Putin");
    e = wt_kb_person_by_part(kb, "prabowo", 7); /* an Indonesian's first name, any case */
    assert_non_null(e);
    assert_string_equal(e->name, "Prabowo Subianto");
    /* the name after "bin" is the father's, which his sons share: King
     * Salman is no "Abdulaziz", nor the crown prince "Salman" */
    assert_null(wt_kb_person_by_part(kb, "Abdulaziz", 9));
    assert_null(wt_kb_person_by_part(kb, "Salman", 6));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(countries_by_every_name),
        cmocka_unit_test(countries_by_their_news_names),
        cmocka_unit_test(longest_match_over_words),
        cmocka_unit_test(persons_by_a_short_name),
    };
    return cmocka_run_group_tests_name("kb", tests, NULL, NULL);
}
