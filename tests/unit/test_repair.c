/* Unit tests: glued words and typos, with sentences written for these tests. */
#include "testutil.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(glued_words_are_split),
        cmocka_unit_test(clear_typos_are_fixed),
        cmocka_unit_test(missing_space_after_a_full_stop),
        cmocka_unit_test(names_urls_numbers_and_real_words_are_left_alone),
        cmocka_unit_test(repairs_are_recorded_with_offsets),
    };
    return cmocka_run_group_tests_name("repair", tests, NULL, NULL);
}
