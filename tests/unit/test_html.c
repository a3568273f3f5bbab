/* Unit tests: HTML pages written for these tests, through the extractor. */
#include "testutil.h"

#include "ingest/html.h"

static const char PAGE[] =
    "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
    "<title>Menlu Bertemu Mitra Jepang - Warta Contoh</title>"
    "<meta property=\"og:title\" content=\"Menlu Bertemu Mitra Jepang\">"
    "<meta property=\"og:site_name\" content=\"Warta Contoh\">"
    "<meta property=\"article:published_time\" content=\"2025-03-14T09:30:00+07:00\">"
    "<link rel=\"canonical\" href=\"https://warta.example/berita/menlu-jepang\">"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
    "\"headline\":\"Menlu Bertemu Mitra Jepang\",\"author\":{\"@type\":\"Person\",\"name\":\"Dewi Lestari\"}}</script>"
    "<script>var x = \"<p>bukan teks</p>\"; if (a < b) {}</script>"
    "<style>.a{color:red}</style></head><body>"
    "<header><nav><ul><li><a href=\"/\">Beranda</a></li><li><a href=\"/dunia\">Dunia</a></li>"
    "<li><a href=\"/ekonomi\">Ekonomi</a></li></ul></nav></header>"
    "<div class=\"container\"><div class=\"main\">"
    "<article class=\"article\"><h1>Menlu Bertemu Mitra Jepang</h1>"
    "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>"
    "<div class=\"article-body\" itemprop=\"articleBody\">"
    "<p>Menteri Luar Negeri RI bertemu Menteri Luar Negeri Jepang di Tokyo, Jumat, untuk membahas kerja sama "
    "energi, perdagangan, dan pendidikan antara kedua negara.</p>"
    "<!-- iklan tengah --><div class=\"ads-inline\">Iklan: beli sekarang, diskon besar, hanya hari ini!</div>"
    "<p>Kedua menteri sepakat memperluas program beasiswa dan pelatihan tenaga kerja, serta mempercepat "
    "perundingan perjanjian ekonomi yang sudah berjalan selama dua tahun.</p>"
    "<h2>Energi bersih</h2>"
    "<p>Jepang juga menawarkan bantuan teknis untuk pembangkit listrik tenaga panas bumi di Sumatra, kata "
    "seorang pejabat yang ikut dalam pertemuan itu.</p>"
    "<ul class=\"related\"><li><a href=\"/a\">Berita lain yang panjang judulnya satu</a></li>"
    "<li><a href=\"/b\">Berita lain yang panjang judulnya dua</a></li></ul>"
    "</div></article>"
    "<div class=\"comments\"><p>Komentar pembaca: artikel ini sangat menarik dan bermanfaat sekali, terima kasih "
    "banyak kepada redaksi, semoga sukses selalu dan terus berkarya.</p></div>"
    "</div><aside class=\"sidebar\"><h3>Terpopuler</h3><ol><li><a href=\"/x\">Harga emas naik lagi hari ini</a></li>"
    "<li><a href=\"/y\">Cuaca ekstrem melanda Jawa</a></li></ol></aside></div>"
    "<footer><p>Copyright 2025 Warta Contoh. Semua hak dilindungi.</p></footer>"
    "<div style=\"display: none\">Teks tersembunyi yang tidak boleh muncul sama sekali di hasil.</div>"
    "</body></html>";

static void article_text_and_metadata(void **state)
{
    (void)state;
    wt_html_article a;
    wt_error err;
    assert_int_equal(wt_html_extract(PAGE, sizeof PAGE - 1, NULL, &a, &err), WT_OK);
    const char *t = a.text.ptr;
    assert_non_null(t);
    assert_non_null(strstr(t, "Menteri Luar Negeri RI bertemu"));
    assert_non_null(strstr(t, "perjanjian ekonomi yang sudah berjalan selama dua tahun."));
    assert_non_null(strstr(t, "Energi bersih"));
    assert_non_null(strstr(t, "panas bumi di Sumatra"));
    const char *absent[] = {"Beranda", "Facebook", "Iklan:", "Komentar pembaca", "Terpopuler", "Copyright",
                            "tersembunyi", "bukan teks", "color:red", "Berita lain", "iklan tengah"};
    for (size_t i = 0; i < sizeof absent / sizeof *absent; i++)
        if (strstr(t, absent[i]))
            fail_msg("\"%s\" should not be in the text", absent[i]);
    /* paragraphs are separated by blank lines */
    assert_non_null(strstr(t, "negara.\n\nKedua menteri"));
    assert_string_equal(a.title, "Menlu Bertemu Mitra Jepang");
    assert_string_equal(a.date, "2025-03-14T09:30:00+07:00");
    assert_string_equal(a.author, "Dewi Lestari");
    assert_string_equal(a.site_name, "Warta Contoh");
    assert_string_equal(a.url, "https://warta.example/berita/menlu-jepang");
    assert_string_equal(a.lang, "id");
    wt_html_article_free(&a);
}

static void page_wrapped_in_a_form_and_windows_1252(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
        "<body><form id=\"f\"><div class=\"story\"><p>Presiden tiba di Hanoi dan disambut dengan upacara "
        "kenegaraan, lalu langsung menuju istana untuk pertemuan \x93tertutup\x94 dengan mitranya.</p>"
        "<p>Pertemuan itu membahas energi, perdagangan, dan keamanan maritim di kawasan Laut China Selatan, "
        "menurut keterangan resmi kedua pemerintah.</p></div></form></body></html>";
    wt_html_article a;
    wt_error err;
    assert_int_equal(wt_html_extract(page, sizeof page - 1, NULL, &a, &err), WT_OK);
    assert_non_null(strstr(a.text.ptr, "Presiden tiba di Hanoi"));
    assert_non_null(strstr(a.text.ptr, "\xE2\x80\x9Ctertutup\xE2\x80\x9D"));
    assert_non_null(strstr(a.text.ptr, "keamanan maritim"));
    wt_html_article_free(&a);
}

static void broken_and_empty_pages(void **state)
{
    (void)state;
    wt_html_article a;
    wt_error err;
    static const char broken[] = "<html><body><div><p>Teks tanpa penutup yang cukup panjang untuk dianggap "
                                 "sebagai paragraf berita, dengan koma, dan titik.<div><p>Lanjutan <b>tebal";
    assert_int_equal(wt_html_extract(broken, sizeof broken - 1, NULL, &a, &err), WT_OK);
    assert_non_null(strstr(a.text.ptr, "Teks tanpa penutup"));
    wt_html_article_free(&a);
    static const char unclosed[] = "<html><body><script>var a = 1;<p>Teks setelah skrip tanpa penutup yang tetap "
                                   "harus dibaca, dengan koma, dan titik.</p></body></html>";
    assert_int_equal(wt_html_extract(unclosed, sizeof unclosed - 1, NULL, &a, &err), WT_OK);
    wt_html_article_free(&a);
    assert_int_equal(wt_html_extract("", 0, NULL, &a, &err), WT_OK);
    assert_int_equal(a.text.len, 0);
    wt_html_article_free(&a);
    assert_true(wt_looks_like_html("<!DOCTYPE html><html>", 21));
    assert_true(wt_looks_like_html("  \n<html lang=id>", 17));
    assert_false(wt_looks_like_html("Presiden <b>tiba</b> di Hanoi.", 30));
}

static void html_through_the_pipeline(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256];
    snprintf(p, sizeof p, "%s/halaman.html", dir);
    tu_write(p, PAGE, sizeof PAGE - 1);
    snprintf(p, sizeof p, "%s/rekaman.jsonl", dir);
    FILE *f = fopen(p, "w");
    fprintf(f, "{\"id\": \"h1\", \"url\": \"https://warta.example/x\", \"html\": \"<html><body><p>Isi dari "
               "rekaman JSON yang berisi HTML, cukup panjang untuk dianggap paragraf, dengan koma.</p></body></html>\"}\n");
    fclose(f);
    wt_options o;
    wt_options_init(&o);
    wt_reader *r = wt_reader_new(&o);
    wt_error err;
    assert_int_equal(wt_reader_add(r, dir, &err), WT_OK);
    wt_input in;
    assert_int_equal(wt_reader_next(r, &in, &err), WT_OK);
    wt_doc *d;
    assert_int_equal(wt_process(tu_worker(), &in, &o, &d, &err), WT_OK);
    assert_string_equal(d->id, "halaman");
    assert_string_equal(d->title, "Menlu Bertemu Mitra Jepang");
    assert_string_equal(d->url, "https://warta.example/berita/menlu-jepang");
    assert_non_null(strstr(d->text, "panas bumi di Sumatra"));
    assert_true(d->n_sentences >= 4);
    bool author = false;
    for (size_t i = 0; i < d->n_meta; i++)
        if (strcmp(d->meta[i].key, "author") == 0 && strcmp(d->meta[i].json, "\"Dewi Lestari\"") == 0)
            author = true;
    assert_true(author);
    wt_doc_free(d);
    assert_int_equal(wt_reader_next(r, &in, &err), WT_OK);
    assert_int_equal(wt_process(tu_worker(), &in, &o, &d, &err), WT_OK);
    assert_string_equal(d->id, "h1");
    assert_non_null(strstr(d->text, "Isi dari rekaman JSON"));
    assert_string_equal(d->url, "https://warta.example/x");
    wt_doc_free(d);
    assert_int_equal(wt_reader_next(r, &in, &err), WT_DONE);
    wt_reader_free(r);
    tu_rm_rf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(article_text_and_metadata),
        cmocka_unit_test(page_wrapped_in_a_form_and_windows_1252),
        cmocka_unit_test(broken_and_empty_pages),
        cmocka_unit_test(html_through_the_pipeline),
    };
    return cmocka_run_group_tests_name("html", tests, NULL, NULL);
}
