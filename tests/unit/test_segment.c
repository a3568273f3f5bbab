/* Unit tests: paragraphs, sentences and tokens of Indonesian news text. */
#include "testutil.h"

#include "segment/segment.h"

static void offsets_point_into_text(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Presiden Rusia bertemu Presiden Indonesia. Keduanya sepakat.", 0);
    assert_int_equal(d->n_sentences, 2);
    for (size_t i = 0; i < d->n_tokens; i++) {
        assert_true(d->tokens[i].start < d->tokens[i].end);
        assert_true(d->tokens[i].end <= d->text_len);
        if (i)
            assert_true(d->tokens[i - 1].end <= d->tokens[i].start);
    }
    assert_string_equal(tu_sent(d, 0), "Presiden Rusia bertemu Presiden Indonesia.");
    assert_string_equal(tu_sent(d, 1), "Keduanya sepakat.");
    assert_true(d->tokens[d->sentences[1].tok_begin].flags & WT_TF_SENT_START);
    wt_doc_free(d);
}

static void abbreviations_keep_sentences_whole(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Pertemuan di Istana Konstantinovsky, St. Petersburg, berlangsung lama. "
                           "Dr. Ani dari PT. Pindad tinggal di Jl. Merdeka No. 5 dan membawa buku, pena, dll. "
                           "Dana dikirim a.n. Yayasan Harapan. Rapat berakhir.",
                           0);
    assert_int_equal(d->n_sentences, 4);
    assert_string_equal(tu_sent(d, 0), "Pertemuan di Istana Konstantinovsky, St. Petersburg, berlangsung lama.");
    assert_string_equal(tu_sent(d, 1),
                        "Dr. Ani dari PT. Pindad tinggal di Jl. Merdeka No. 5 dan membawa buku, pena, dll.");
    assert_string_equal(tu_sent(d, 2), "Dana dikirim a.n. Yayasan Harapan.");
    const char *abbrevs[] = {"St.", "Dr.", "PT.", "Jl.", "No.", "dll.", "a.n."};
    for (size_t i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++) {
        long k = tu_find_tok(d, abbrevs[i]);
        assert_true(k >= 0);
        assert_int_equal(d->tokens[k].kind, WT_TOK_ABBREV);
    }
    wt_doc_free(d);
}

static void dll_before_lowercase_continues(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Mereka membawa beras, gula, dll. untuk korban banjir.", 0);
    assert_int_equal(d->n_sentences, 1);
    wt_doc_free(d);
}

/* Scraped text whose paragraphs were joined with commas: a full stop
 * before a comma ends the sentence, also where the next paragraph lost its
 * first words to a dropped link; a quotation closed with ".", before its
 * reporting verb (or with ".," inside it) and an abbreviation before a
 * comma do not. */
static void paragraphs_joined_by_commas(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Laga digelar di Jakarta, Selasa (10/9/2019)., Laga berakhir 0-3., , yang didukung Barat "
                           "menyerang sejak Maret 2015. \"Kami siap.\", ujar dia. \"Tidak benar.\", Hal itu "
                           "diungkap Ahmad. Mereka membawa beras, gula, dll., lalu pulang. Tim tamu menang. , Usai laga "
                           "mereka pulang. , juga pelatih. "
                           "\"Kami tidak berbuat itu.,\" tulis dia.",
                           0);
    const char *const want[] = {"Laga digelar di Jakarta, Selasa (10/9/2019).,",
                                "Laga berakhir 0-3., ,",
                                "yang didukung Barat menyerang sejak Maret 2015.",
                                "\"Kami siap.\", ujar dia.",
                                "\"Tidak benar.\",",
                                "Hal itu diungkap Ahmad.",
                                "Mereka membawa beras, gula, dll., lalu pulang.",
                                "Tim tamu menang. ,",
                                "Usai laga mereka pulang. ,",
                                "juga pelatih.",
                                "\"Kami tidak berbuat itu.,\" tulis dia."};
    assert_int_equal(d->n_sentences, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        assert_string_equal(tu_sent(d, i), want[i]);
    wt_doc_free(d);
}

static void initials_do_not_end_sentences(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Tersangka M. Hendra ditangkap di Tanjungpinang. Polisi menyita barang bukti.", 0);
    assert_int_equal(d->n_sentences, 2);
    assert_int_equal(d->tokens[tu_find_tok(d, "M.")].kind, WT_TOK_ABBREV);
    wt_doc_free(d);
}

static void numbers_stay_whole(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Pada Kamis (19/6/2025) pukul 16.00 WIB, 1.000 orang membayar Rp2,5 juta "
                           "dan 1,5 persen dari US$ 640 juta.",
                           0);
    const char *nums[] = {"19/6/2025", "16.00", "1.000", "2,5", "1,5", "640"};
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++) {
        long k = tu_find_tok(d, nums[i]);
        if (k < 0)
            fail_msg("number %s not a token", nums[i]);
        assert_int_equal(d->tokens[k].kind, WT_TOK_NUMBER);
    }
    assert_true(tu_find_tok(d, "Rp") >= 0);
    assert_int_equal(d->n_sentences, 1);
    wt_doc_free(d);
}

static void reduplication_is_one_token(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Negara-negara ASEAN dan pemimpin-pemimpin dunia bekerja berhari-hari "
                           "di Asia-Pasifik pada ke-65 kalinya.",
                           0);
    long k = tu_find_tok(d, "Negara-negara");
    assert_true(k >= 0);
    assert_true(d->tokens[k].flags & WT_TF_REDUP);
    assert_true(d->tokens[tu_find_tok(d, "pemimpin-pemimpin")].flags & WT_TF_REDUP);
    assert_true(d->tokens[tu_find_tok(d, "berhari-hari")].flags & WT_TF_REDUP);
    k = tu_find_tok(d, "Asia-Pasifik");
    assert_true(k >= 0);
    assert_false(d->tokens[k].flags & WT_TF_REDUP);
    assert_true(tu_find_tok(d, "ke-65") >= 0);
    wt_doc_free(d);
}

static void clitics_are_marked(void **state)
{
    (void)state;
    wt_doc *lex_check = tu_process("a", 0);
    wt_doc_free(lex_check);
    wt_doc *d = tu_process("Katanya pihaknya datang ke sekolah. Apakah masalahnya sudah selesai? "
                           "Pergilah, dia adalah ketua. Hanya itu, bukunya hilang.",
                           0);
    struct {
        const char *w;
        int clitic;
    } cases[] = {{"Katanya", 3}, {"pihaknya", 3}, {"sekolah", 0}, {"Apakah", 0}, {"masalahnya", 3},
                 {"Pergilah", 3}, {"adalah", 0},  {"Hanya", 0},   {"bukunya", 3}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        long k = tu_find_tok(d, cases[i].w);
        assert_true(k >= 0);
        if (d->tokens[k].clitic_len != cases[i].clitic)
            fail_msg("%s: clitic length %d, expected %d", cases[i].w, d->tokens[k].clitic_len, cases[i].clitic);
        assert_int_equal(!!(d->tokens[k].flags & WT_TF_CLITIC), cases[i].clitic > 0);
    }
    wt_doc_free(d);
}

static void quotation_marks_of_every_kind(void **state)
{
    (void)state;
    wt_doc *d = tu_process("\xE2\x80\x9CKami siap.\xE2\x80\x9D Rusia menyatakan \"terbuka.\" "
                           "Menurutnya \xE2\x80\x9Ckerja sama berjalan baik.\" Itu \xC2\xABjelas\xC2\xBB "
                           "dan 'penting'.",
                           0);
    assert_int_equal(d->n_sentences, 4);
    assert_string_equal(tu_sent(d, 0), "\xE2\x80\x9CKami siap.\xE2\x80\x9D");
    assert_string_equal(tu_sent(d, 1), "Rusia menyatakan \"terbuka.\"");
    assert_string_equal(tu_sent(d, 2), "Menurutnya \xE2\x80\x9Ckerja sama berjalan baik.\"");
    size_t quotes = 0;
    for (size_t i = 0; i < d->n_tokens; i++)
        quotes += d->tokens[i].kind == WT_TOK_QUOTE;
    assert_int_equal(quotes, 10);
    wt_doc_free(d);
}

static void quote_then_lowercase_verb_is_one_sentence(void **state)
{
    (void)state;
    wt_doc *d = tu_process("\"Apakah kita siap?\" tanya Menlu. \xE2\x80\x9CYa!\xE2\x80\x9D jawabnya.", 0);
    assert_int_equal(d->n_sentences, 2);
    assert_string_equal(tu_sent(d, 0), "\"Apakah kita siap?\" tanya Menlu.");
    wt_doc_free(d);
}

static void paragraphs_from_lines(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Baris pertama selesai.\nBaris kedua juga.\n\nParagraf ketiga ini\n"
                           "dibungkus pada dua baris.\nDan ini keempat",
                           0);
    assert_int_equal(d->n_paragraphs, 4);
    assert_int_equal(d->sentences[d->n_sentences - 1].paragraph, 3);
    /* the wrapped paragraph is one sentence */
    int found = 0;
    for (size_t i = 0; i < d->n_sentences; i++)
        if (strcmp(tu_sent(d, i), "Paragraf ketiga ini\ndibungkus pada dua baris.") == 0)
            found = 1;
    assert_true(found);
    wt_doc_free(d);
}

static void urls_emails_and_sites(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Menurut KOMPAS.com, info ada di https://example.go.id/berita?id=5, "
                           "surel humas@kemlu.go.id atau @kemlu_ri.",
                           0);
    assert_true(tu_find_tok(d, "KOMPAS.com") >= 0);
    assert_int_equal(d->tokens[tu_find_tok(d, "KOMPAS.com")].kind, WT_TOK_URL);
    assert_int_equal(d->tokens[tu_find_tok(d, "https://example.go.id/berita?id=5")].kind, WT_TOK_URL);
    assert_int_equal(d->tokens[tu_find_tok(d, "humas@kemlu.go.id")].kind, WT_TOK_URL);
    assert_int_equal(d->tokens[tu_find_tok(d, "@kemlu_ri")].kind, WT_TOK_URL);
    assert_int_equal(d->n_sentences, 1);
    wt_doc_free(d);
}

static void long_run_without_spaces_is_linear(void **state)
{
    (void)state;
    size_t n = 4 << 20;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        s[i] = (i % 7 == 6) ? '.' : 'a';
    s[n] = 0;
    wt_doc *d = tu_process(s, 0);
    assert_true(d->n_tokens > 0);
    wt_doc_free(d);
    free(s);
}

/* Every ASCII byte's class, against the rules written out here. */
static void ascii_bytes_have_their_classes(void **state)
{
    (void)state;
    for (int c = 0; c < 128; c++) {
        wt_cclass want = c == '\n'                                  ? WT_C_NEWLINE
                         : c == ' ' || c == '\t' || c == '\r'       ? WT_C_SPACE
                         : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? WT_C_LETTER
                         : c >= '0' && c <= '9'                     ? WT_C_DIGIT
                         : c && strchr("\"'`", c)                   ? WT_C_QUOTE
                         : c == '-'                                 ? WT_C_HYPHEN
                         : c && strchr("$%+<=>^|~&#@*", c)          ? WT_C_SYMBOL
                         : c < 0x20 || c == 0x7F                    ? WT_C_SPACE
                                                                    : WT_C_PUNCT;
        char s[2] = {(char)c, 0};
        int len;
        int32_t cp;
        assert_int_equal(wt_char_class(s, 1, &len, &cp), want);
        assert_int_equal(len, 1);
        assert_int_equal(cp, c);
    }
}

/* A token's first letter or digit says whether it is capitalised; two
 * capitals and no small letter make it upper case; ASCII and not. */
static void tokens_know_their_capitals(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Kata NATO, iPhone, 3G, McDonald, e-KTP, \xc3\x89" "COLE, \xc3\xa9tude, SBY dan A.S. itu.", 0);
    static const struct {
        const char *tok;
        unsigned flags;
    } want[] = {{"NATO", WT_TF_CAP | WT_TF_UPPER}, {"iPhone", 0},        {"3G", 0},
                {"McDonald", WT_TF_CAP},           {"e-KTP", 0},         {"\xc3\x89" "COLE", WT_TF_CAP | WT_TF_UPPER},
                {"\xc3\xa9tude", 0},               {"SBY", WT_TF_CAP | WT_TF_UPPER}, {"itu", 0}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        long k = tu_find_tok(d, want[i].tok);
        if (k < 0)
            fail_msg("no token %s", want[i].tok);
        unsigned got = d->tokens[k].flags & (WT_TF_CAP | WT_TF_UPPER);
        if (got != want[i].flags)
            fail_msg("%s: flags %u, want %u", want[i].tok, got, want[i].flags);
    }
    wt_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tokens_know_their_capitals),
        cmocka_unit_test(ascii_bytes_have_their_classes),
        cmocka_unit_test(offsets_point_into_text),
        cmocka_unit_test(abbreviations_keep_sentences_whole),
        cmocka_unit_test(dll_before_lowercase_continues),
        cmocka_unit_test(paragraphs_joined_by_commas),
        cmocka_unit_test(initials_do_not_end_sentences),
        cmocka_unit_test(numbers_stay_whole),
        cmocka_unit_test(reduplication_is_one_token),
        cmocka_unit_test(clitics_are_marked),
        cmocka_unit_test(quotation_marks_of_every_kind),
        cmocka_unit_test(quote_then_lowercase_verb_is_one_sentence),
        cmocka_unit_test(paragraphs_from_lines),
        cmocka_unit_test(urls_emails_and_sites),
        cmocka_unit_test(long_run_without_spaces_is_linear),
    };
    return cmocka_run_group_tests_name("segment", tests, NULL, NULL);
}
