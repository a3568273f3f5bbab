/* Unit tests: the cleaning stage, one rule at a time, on articles written
 * for these tests. */
#include "testutil.h"

#include "clean/encoding.h"
#include "clean/lines.h"

static bool has(const wt_doc *d, const char *needle) { return strstr(d->text, needle) != NULL; }

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

static void clean_article_comes_through_unchanged(void **state)
{
    (void)state;
    const char *body = "Presiden Indonesia bertemu Perdana Menteri Jepang di Tokyo pada Senin (13/1).\n"
                       "Kedua pemimpin membahas kerja sama energi dan pendidikan.\n"
                       "\xE2\x80\x9C" "Kami siap bekerja sama,\xE2\x80\x9D kata Presiden.";
    wt_doc *d = tu_process(body, 1);
    assert_null(d->title);
    assert_string_equal(d->text, body);
    assert_int_equal(d->n_repairs, 0);
    assert_int_equal(d->map.n, 0);
    assert_null(d->source);
    assert_null(d->agency);
    wt_doc_free(d);
}

static void navigation_and_widgets_are_dropped(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Beranda\nMenu\nCari\nMenteri Bertemu Duta Besar Baru\n\n"
                           "Menteri Luar Negeri menerima duta besar baru Brasil di Jakarta pada Selasa.\n"
                           "Keduanya membahas perdagangan kopi dan kedelai antara kedua negara.\n"
                           "Baca juga: Harga Kopi Dunia Naik\n"
                           "Iklan\n"
                           "Pertemuan berlangsung selama satu jam di kantor kementerian.\n"
                           "Bagikan:\nFacebook Twitter WhatsApp\nXS\nSM\nMD\nLG\n"
                           "Editor: Seseorang\nCopyright \xC2\xA9 2025 Contoh Media. All rights reserved.\nTerpopuler\n",
                           1);
    assert_string_equal(d->title, "Menteri Bertemu Duta Besar Baru");
    assert_string_equal(d->text, "Menteri Luar Negeri menerima duta besar baru Brasil di Jakarta pada Selasa.\n"
                                 "Keduanya membahas perdagangan kopi dan kedelai antara kedua negara.\n"
                                 "Pertemuan berlangsung selama satu jam di kantor kementerian.");
    wt_doc_free(d);
}

static void repeated_caption_kept_once(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Menteri Pertahanan meninjau pabrik kapal di Surabaya, Kamis (6/3/2025). (Foto: Dok. Kemhan)\n"
                           "Menteri Pertahanan meninjau pabrik kapal di Surabaya, Kamis (6/3/2025). (Foto: Dok. Kemhan)\n"
                           "Foto: Antara/Seseorang\n"
                           "Menteri Pertahanan meninjau galangan kapal di Surabaya untuk melihat pembangunan fregat.\n",
                           0);
    assert_int_equal(count_of(d->text, "meninjau pabrik kapal"), 1);
    assert_false(has(d, "Antara/Seseorang"));
    assert_true(has(d, "fregat."));
    wt_doc_free(d);
}

static void datelines_and_agency_tags_are_split_off(void **state)
{
    (void)state;
    struct {
        const char *text, *source, *place, *first;
    } cases[] = {
        {"JAKARTA, KOMPAS.com - Presiden meresmikan bendungan baru di Jawa Barat.", "KOMPAS.com", "JAKARTA",
         "Presiden meresmikan"},
        {"wmhg.org \xE2\x80\x93 Presiden Rusia menyampaikan tawaran kerja sama kepada mitra.", "wmhg.org", NULL,
         "Presiden Rusia"},
        {"TEMPO.CO, Jakarta - Menteri Keuangan mengumumkan anggaran tahun depan.", "TEMPO.CO", "Jakarta",
         "Menteri Keuangan"},
        {"SURABAYA (ANTARA) - Pemerintah kota membuka taman baru untuk warga.", "ANTARA", "SURABAYA",
         "Pemerintah kota"},
        {"Rusia - Ukraina kembali berunding di Istanbul pada pekan ini.", NULL, NULL, "Rusia - Ukraina"},
        {"NATO - Rusia tidak sepakat soal perluasan aliansi di Eropa timur.", NULL, NULL, "NATO - Rusia"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        wt_doc *d = tu_process(cases[i].text, 0);
        if (cases[i].source)
            assert_string_equal(d->source, cases[i].source);
        else
            assert_null(d->source);
        if (cases[i].place)
            assert_string_equal(d->dateline, cases[i].place);
        else
            assert_null(d->dateline);
        if (strncmp(d->text, cases[i].first, strlen(cases[i].first)) != 0)
            fail_msg("case %zu: text starts \"%.30s\"", i, d->text);
        wt_doc_free(d);
    }
    wt_doc *d = tu_process("Harga minyak dunia turun tajam pada perdagangan hari ini karena stok naik. [ft]\n", 0);
    assert_string_equal(d->agency, "ft");
    assert_string_equal(d->text, "Harga minyak dunia turun tajam pada perdagangan hari ini karena stok naik.");
    wt_doc_free(d);
    d = tu_process("Harga emas naik pada perdagangan hari ini karena permintaan tinggi.\n(ant)\n", 0);
    assert_string_equal(d->agency, "ant");
    assert_false(has(d, "(ant)"));
    wt_doc_free(d);
}

static void mojibake_is_repaired(void **state)
{
    (void)state;
    /* U+201C/U+201D, U+2013 and U+00A0 read as Mac Roman, Windows-1252 and Latin-1 */
    wt_doc *d = tu_process("\xE2\x80\x9A\xC3\x84\xC3\xBA" "Kami siap,\xE2\x80\x9A\xC3\x84\xC3\xB9 kata dia\xC2\xAC\xE2\x80\xA0" "di "
                           "Hanoi \xE2\x80\x9A\xC3\x84\xC3\xAC" " Vietnam. \xC3\xA2\xE2\x82\xAC\xC5\x93" "Ya,\xC3\xA2\xE2\x82\xAC\xC2\x9D jawabnya. "
                           "Kaf\xC3\x83\xC2\xA9" " di sana.",
                           0);
    assert_true(has(d, "\xE2\x80\x9CKami siap,\xE2\x80\x9D kata dia di Hanoi"));
    assert_true(has(d, "\xE2\x80\x9CYa,\xE2\x80\x9D jawabnya."));
    assert_true(has(d, "Kaf\xC3\xA9 di sana."));
    assert_false(has(d, "\xE2\x80\x9A\xC3\x84"));
    assert_true(d->n_repairs >= 5);
    for (size_t i = 0; i < d->n_repairs; i++)
        assert_string_equal(d->repairs[i].kind, "mojibake");
    wt_doc_free(d);
}

static void latin1_mojibake_with_c1_controls(void **state)
{
    (void)state;
    /* U+201C as Latin-1: U+00E2 U+0080 U+009C */
    wt_doc *d = tu_process("Dia berkata \xC3\xA2\xC2\x80\xC2\x9C" "cukup\xC3\xA2\xC2\x80\xC2\x9D hari ini.", 0);
    assert_string_equal(d->text, "Dia berkata \xE2\x80\x9C" "cukup\xE2\x80\x9D hari ini.");
    wt_doc_free(d);
}

static void correct_accents_are_not_touched(void **state)
{
    (void)state;
    const char *t = "Caf\xC3\xA9 di S\xC3\xA3o Paulo dan Z\xC3\xBCrich, kata Se\xC3\xB1or Garc\xC3\xAD" "a.";
    wt_doc *d = tu_process(t, 0);
    assert_string_equal(d->text, t);
    assert_int_equal(d->n_repairs, 0);
    wt_doc_free(d);
}

static void entities_and_odd_spaces(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Harga &amp; biaya naik&nbsp;5&#37; menurut &ldquo;data&rdquo; BPS\xE2\x80\x8B" "2025 "
                           "dan\xC2\xA0" "angka &#x41;&unknown; tetap.",
                           0);
    assert_string_equal(d->text, "Harga & biaya naik 5% menurut \xE2\x80\x9C" "data\xE2\x80\x9D BPS2025 dan angka A&unknown; tetap.");
    size_t entities = 0;
    for (size_t i = 0; i < d->n_repairs; i++)
        entities += strcmp(d->repairs[i].kind, "entity") == 0;
    assert_int_equal(entities, 6);
    wt_doc_free(d);
}

static void comma_joined_paragraphs_are_split(void **state)
{
    (void)state;
    wt_doc *d = tu_process(", , - Pemerintah menaikkan harga bahan bakar mulai pekan depan.,Menteri Energi mengatakan "
                           "kenaikan itu perlu.,\xE2\x80\x9C" "Subsidi terlalu besar,\xE2\x80\x9D ujarnya.,Kebijakan "
                           "ini berlaku secara nasional, kata dia.",
                           0);
    assert_int_equal(d->n_paragraphs, 4);
    assert_true(has(d, "pekan depan.\nMenteri Energi"));
    assert_true(has(d, "perlu.\n\xE2\x80\x9CSubsidi"));
    assert_true(has(d, "ujarnya.\nKebijakan"));
    assert_true(has(d, "nasional, kata dia."));
    assert_memory_equal(d->text, "Pemerintah", 10);
    wt_doc_free(d);
    /* an empty paragraph between them (",,", ",,,"); a double comma inside
     * a sentence, before a space, is no break */
    d = tu_process("Presiden tiba di Ankara.,,Ia disambut menteri.,,,\"Kami senang,\" kata menteri itu.,Kunjungan "
                   "itu dilaporkan Reuters,, Selasa.",
                   0);
    assert_int_equal(d->n_paragraphs, 4);
    assert_true(has(d, "Ankara.\nIa disambut"));
    assert_true(has(d, "menteri.\n\"Kami"));
    assert_true(has(d, "Reuters,, Selasa."));
    wt_doc_free(d);
    /* a label ending in a colon ("Baca juga:") joined to what follows */
    d = tu_process("Presiden tiba di Ankara.,Ia disambut menteri.,Baca juga:,,Menteri itu menyambutnya di bandara.", 0);
    assert_true(has(d, "Menteri itu menyambutnya di bandara."));
    assert_false(has(d, "juga:,,Menteri"));
    wt_doc_free(d);
    /* a single ".,X" is left alone */
    d = tu_process("Dia membeli buku, pena, dll.,Tas juga dibeli.", 0);
    assert_true(has(d, "dll.,Tas"));
    wt_doc_free(d);
}

static void offsets_map_back_to_the_raw_input(void **state)
{
    (void)state;
    const char *raw = "Menu\nJudul Berita Contoh Hari Ini\n\nJAKARTA, WARTA.co.id - Menteri\xC2\xA0Luar Negeri bertemu "
                      "mitranya di &quot;Gedung Pancasila&quot; kemarin sore.\n";
    wt_doc *d = tu_process(raw, 1);
    const char *m = strstr(d->text, "Luar Negeri");
    assert_non_null(m);
    size_t off = (size_t)(m - d->text);
    size_t r = wt_offmap_to_raw(&d->map, off);
    assert_memory_equal(raw + r, "Luar Negeri", 11);
    m = strstr(d->text, "kemarin");
    r = wt_offmap_to_raw(&d->map, (size_t)(m - d->text));
    assert_memory_equal(raw + r, "kemarin", 7);
    /* every repair's original text is where the map says */
    for (size_t i = 0; i < d->n_repairs; i++) {
        size_t rs = wt_offmap_to_raw(&d->map, d->repairs[i].start);
        assert_memory_equal(raw + rs, d->repairs[i].original, strlen(d->repairs[i].original));
    }
    wt_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_article_comes_through_unchanged),
        cmocka_unit_test(navigation_and_widgets_are_dropped),
        cmocka_unit_test(repeated_caption_kept_once),
        cmocka_unit_test(datelines_and_agency_tags_are_split_off),
        cmocka_unit_test(mojibake_is_repaired),
        cmocka_unit_test(latin1_mojibake_with_c1_controls),
        cmocka_unit_test(correct_accents_are_not_touched),
        cmocka_unit_test(entities_and_odd_spaces),
        cmocka_unit_test(comma_joined_paragraphs_are_split),
        cmocka_unit_test(offsets_map_back_to_the_raw_input),
    };
    return cmocka_run_group_tests_name("clean", tests, NULL, NULL);
}
