/* Unit tests: glued words and typos, with sentences written for these tests. */
#include "testutil.h"

#include "lexicon/lexicon.h"

extern const char wt_data_lexicon_answers[];
extern const size_t wt_data_lexicon_answers_len;

static const char *repaired(const char *text)
{
    static char buf[1024];
    wt_doc *d = tu_process(text, 0);
    snprintf(buf, sizeof buf, "%s", d->text);
    wt_doc_free(d);
    return buf;
}

static void glued_words_are_split(void **state)
{
    (void)state;
    assert_string_equal(repaired("Kamijuga membuka kantor baru di Surabaya pada tahun ini."),
                         "Kami juga membuka kantor baru di Surabaya pada tahun ini.");
    assert_string_equal(repaired("Pada tahun inikamimerayakan ulang tahun perusahaan yang kelima."),
                         "Pada tahun ini kami merayakan ulang tahun perusahaan yang kelima.");
    assert_string_equal(repaired("Bantuan datang dariRusia dan Jepang untuk korban banjir."),
                         "Bantuan datang dari Rusia dan Jepang untuk korban banjir.");
    assert_string_equal(repaired("Mereka bekerja samasama untuk membangun jembatan desa."),
                         "Mereka bekerja sama-sama untuk membangun jembatan desa.");
}

static void clear_typos_are_fixed(void **state)
{
    (void)state;
    assert_string_equal(repaired("Ia bekerja di sana selama lenih enam tahun sebagai guru."),
                         "Ia bekerja di sana selama lebih enam tahun sebagai guru.");
    assert_string_equal(repaired("Proyek itu dikerjakan oleh pemerimtah daerah setempat."),
                         "Proyek itu dikerjakan oleh pemerintah daerah setempat.");
}

static void missing_space_after_a_full_stop(void **state)
{
    (void)state;
    assert_string_equal(repaired("Nilainya mencapai dua miliar.Pemerintah menyambut baik rencana itu."),
                         "Nilainya mencapai dua miliar. Pemerintah menyambut baik rencana itu.");
    /* domains and abbreviations keep their dots */
    assert_string_equal(repaired("Berita ini dimuat di kabar.com dan dikutip oleh Dr. Ani hari ini."),
                         "Berita ini dimuat di kabar.com dan dikutip oleh Dr. Ani hari ini.");
}

static void names_urls_numbers_and_real_words_are_left_alone(void **state)
{
    (void)state;
    const char *keep[] = {
        "Menteri Mishutin bertemu Presiden Luong Cuong di Hanoi pada Rabu pagi.",
        "Program vokasi dan pelatihan kerja sama ini diberikan kepada mitranya.",
        "Kunjungi https://contoh.go.id/beritaterbaru atau kirim surel ke humasinfo@kemlu.go.id hari ini.",
        "Perusahaan rintisan itu menyebut dirinya startup dengan model bisnis baru.",
        "Kegiatan antarkota dan pertandingan antarklub disalahgunakan oleh oknum tertentu.",
        "Kode produk ABC123xyz dan nomor 4567abcd dicatat oleh petugas kemarin.",
        "Negara-negara itu menandatangani perjanjian yang menyampaikan pesan damai.",
    };
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) {
        wt_doc *d = tu_process(keep[i], 0);
        if (strcmp(d->text, keep[i]) != 0)
            fail_msg("changed: \"%s\" -> \"%s\"", keep[i], d->text);
        for (size_t k = 0; k < d->n_repairs; k++)
            fail_msg("unexpected repair %s -> %s", d->repairs[k].original, d->repairs[k].replacement);
        wt_doc_free(d);
    }
}

static void repairs_are_recorded_with_offsets(void **state)
{
    (void)state;
    const char *raw = "Menu\nKamijuga hadir di acara itu selama lenih dua jam.";
    wt_doc *d = tu_process(raw, 0);
    assert_int_equal(d->n_repairs, 2);
    assert_string_equal(d->repairs[0].kind, "split");
    assert_string_equal(d->repairs[0].original, "Kamijuga");
    assert_string_equal(d->repairs[0].replacement, "Kami juga");
    assert_memory_equal(d->text + d->repairs[0].start, "Kami juga", 9);
    assert_string_equal(d->repairs[1].kind, "spelling");
    assert_memory_equal(d->text + d->repairs[1].start, "lebih", 5);
    /* the raw offset of a repaired word is where the original was */
    size_t r = wt_offmap_to_raw(&d->map, d->repairs[1].start);
    assert_memory_equal(raw + r, "lenih", 5);
    /* and the text after it still maps back exactly */
    const char *dua = strstr(d->text, "dua jam");
    assert_memory_equal(raw + wt_offmap_to_raw(&d->map, (size_t)(dua - d->text)), "dua jam", 7);
    wt_doc_free(d);
}

/* A lexicon opened on the dictionaries in dir. */
static wt_lexicon *open_lexicon(const char *dir)
{
    wt_lexicon *lex = NULL;
    wt_error err;
    wt_error_clear(&err);
    if (wt_lexicon_open(dir, &lex, &err) != WT_OK)
        fail_msg("%s", err.msg);
    return lex;
}

/* A lexicon on the installed dictionaries, whose folder goes into dir. */
static wt_lexicon *open_installed(char *dir, size_t cap)
{
    wt_error err;
    wt_error_clear(&err);
    assert_int_equal(wt_lexicon_find(NULL, dir, cap, &err), WT_OK);
    return open_lexicon(dir);
}

/* The answers made ahead are what Hunspell answers now: made again from
 * the installed dictionaries they are the embedded file byte for byte,
 * and the lexicon takes them; when the dictionaries differ, it does not. */
static void answers_made_ahead_are_hunspells(void **state)
{
    (void)state;
    char dir[1024];
    wt_lexicon *lex = open_installed(dir, sizeof dir);
    wt_error err;
    wt_error_clear(&err);
    char *made = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&made, &len);
    assert_non_null(f);
    assert_int_equal(wt_lexicon_write_answers(lex, f, &err), WT_OK);
    fclose(f);
    bool same = len == wt_data_lexicon_answers_len && memcmp(made, wt_data_lexicon_answers, len) == 0;
    if (!same)
        fprintf(stderr, "note: the installed dictionaries are not those data/lexicon_answers.tsv was made from\n");
    assert_int_equal(wt_lexicon_answers_ahead(lex), same);
    assert_true(len > 100000); /* some 24,000 words */
    free(made);
    wt_lexicon_close(lex);
}

static void copy_file(const char *from, const char *to, const char *extra)
{
    char *bytes = NULL;
    size_t len = 0;
    wt_error err;
    assert_int_equal(wt_read_file(from, (size_t)1 << 28, &bytes, &len, &err), WT_OK);
    FILE *f = fopen(to, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, len, f), len);
    fputs(extra, f);
    fclose(f);
    free(bytes);
}

/* A dictionary changed by one word is not the one the answers were made
 * from: the lexicon asks it, and learns the word a made-ahead answer
 * calls unknown. */
static void changed_dictionaries_are_asked(void **state)
{
    (void)state;
    char dir[1024];
    wt_lexicon *lex = open_installed(dir, sizeof dir);
    if (!wt_lexicon_answers_ahead(lex)) {
        wt_lexicon_close(lex);
        skip(); /* answers_made_ahead_are_hunspells says why */
    }
    /* a lower-case word the answers call unknown */
    const char *p = wt_data_lexicon_answers, *end = p + wt_data_lexicon_answers_len;
    char word[64] = "";
    for (const char *nl; !word[0] && (nl = memchr(p, '\n', (size_t)(end - p))) != NULL; p = nl + 1) {
        const char *tab = memchr(p, '\t', (size_t)(nl - p));
        if (tab && tab - p < 40 && *p >= 'a' && *p <= 'z' && nl - tab == 3 && !(strtol(tab + 1, NULL, 16) & 1))
            snprintf(word, sizeof word, "%.*s", (int)(tab - p), p);
    }
    assert_true(word[0]);
    assert_false(wt_lex_known(lex, word, strlen(word)));
    wt_lexicon_close(lex);

    const char *tmp = tu_tmpdir();
    char from[1200], to[1200], extra[80];
    static const char *const FILES[] = {"id_ID.aff", "id_ID.dic", "en_US.aff", "en_US.dic"};
    for (int i = 0; i < 4; i++) {
        snprintf(from, sizeof from, "%s/%s", dir, FILES[i]);
        snprintf(to, sizeof to, "%s/%s", tmp, FILES[i]);
        snprintf(extra, sizeof extra, "%s\n", word);
        copy_file(from, to, i == 1 ? extra : "");
    }
    lex = open_lexicon(tmp);
    assert_false(wt_lexicon_answers_ahead(lex));
    assert_true(wt_lex_known(lex, word, strlen(word)));
    wt_lexicon_close(lex);
    tu_rm_rf(tmp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(glued_words_are_split),
        cmocka_unit_test(clear_typos_are_fixed),
        cmocka_unit_test(missing_space_after_a_full_stop),
        cmocka_unit_test(names_urls_numbers_and_real_words_are_left_alone),
        cmocka_unit_test(repairs_are_recorded_with_offsets),
        cmocka_unit_test(answers_made_ahead_are_hunspells),
        cmocka_unit_test(changed_dictionaries_are_asked),
    };
    return cmocka_run_group_tests_name("repair", tests, NULL, NULL);
}
