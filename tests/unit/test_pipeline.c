/* Unit tests: the whole pipeline and the JSON output contract. */
#include "testutil.h"

#include <malloc.h>

#include <jansson.h>

#include "export/export.h"

static json_t *to_json(const wt_doc *d)
{
    wt_buf b;
    wt_buf_init(&b, 0);
    wt_options o;
    wt_options_init(&o);
    assert_true(wt_doc_to_json(d, &o, &b));
    assert_int_equal(b.ptr[b.len - 1], '\n');
    json_error_t e;
    json_t *j = json_loadb(b.ptr, b.len, 0, &e);
    if (!j)
        fail_msg("output is not JSON: %s", e.text);
    wt_buf_free(&b);
    return j;
}

static const char *const REQUIRED[] = {"id", "source", "title", "date", "text", "sentences",
                                       "entities", "dates", "quantities", "quotes", "events"};

static void check_contract(json_t *j)
{
    for (size_t i = 0; i < sizeof REQUIRED / sizeof *REQUIRED; i++)
        if (!json_object_get(j, REQUIRED[i]))
            fail_msg("key %s missing", REQUIRED[i]);
    const char *text = json_string_value(json_object_get(j, "text"));
    assert_non_null(text);
    size_t len = strlen(text);
    size_t idx;
    json_t *s;
    json_array_foreach(json_object_get(j, "sentences"), idx, s)
    {
        json_int_t st = json_integer_value(json_object_get(s, "start"));
        json_int_t en = json_integer_value(json_object_get(s, "end"));
        assert_true(st < en && (size_t)en <= len);
        size_t k;
        json_t *t;
        json_array_foreach(json_object_get(s, "tokens"), k, t)
        {
            json_int_t ts = json_integer_value(json_array_get(t, 0));
            json_int_t te = json_integer_value(json_array_get(t, 1));
            assert_true(ts >= st && te <= en && ts < te);
        }
    }
}

static void title_line_is_split_off(void **state)
{
    (void)state;
    wt_doc *d = tu_process("PM Rusia Bertemu Presiden Vietnam\n\nPerdana Menteri Rusia tiba di Hanoi pada Rabu.", 1);
    assert_string_equal(d->title, "PM Rusia Bertemu Presiden Vietnam");
    assert_memory_equal(d->text, "Perdana Menteri", 15);
    /* offsets into the cleaned text map back to the raw input */
    assert_int_equal(wt_offmap_to_raw(&d->map, 0), strlen("PM Rusia Bertemu Presiden Vietnam\n\n"));
    wt_doc_free(d);

    /* a first line that is a sentence stays in the text */
    d = tu_process("Presiden Rusia menyampaikan kerja sama nuklir.\nKalimat kedua.", 1);
    assert_null(d->title);
    assert_memory_equal(d->text, "Presiden Rusia", 14);
    wt_doc_free(d);
}

static void json_has_every_key_and_valid_offsets(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Judul Berita Uji\n\xE2\x80\x9C" "Kami siap,\xE2\x80\x9D kata Putin pada Kamis (19/6/2025).\n"
                           "Negara-negara ASEAN hadir. Kunjungannya singkat.",
                           1);
    json_t *j = to_json(d);
    check_contract(j);
    assert_string_equal(json_string_value(json_object_get(j, "title")), "Judul Berita Uji");
    assert_int_equal(json_array_size(json_object_get(j, "sentences")), 3);
    assert_true(json_is_array(json_object_get(j, "source_map")));
    assert_true(json_is_string(json_object_get(j, "hash")));
    json_decref(j);
    wt_doc_free(d);
}

static void warnings_reach_the_output(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Teks dengan byte \xFF rusak di tengah.", 0);
    assert_int_equal(d->n_warnings, 1);
    assert_non_null(strstr(d->warnings[0], "test: byte 17: invalid UTF-8"));
    json_t *j = to_json(d);
    assert_int_equal(json_array_size(json_object_get(j, "warnings")), 1);
    json_decref(j);
    wt_doc_free(d);
}

static void hash_depends_on_content_only(void **state)
{
    (void)state;
    wt_input a = {.id = "a", .origin = "x", .text = "sama", .text_len = 4};
    wt_input b = {.id = "b", .origin = "y", .text = "sama", .text_len = 4};
    wt_input c = {.id = "a", .origin = "x", .text = "beda", .text_len = 4};
    char ha[33], hb[33], hc[33];
    wt_input_hash(&a, ha);
    wt_input_hash(&b, hb);
    wt_input_hash(&c, hc);
    assert_string_equal(ha, hb);
    assert_string_not_equal(ha, hc);
    assert_int_equal(strlen(ha), 32);
}

/* The seed articles, when ../shared is beside the repository. */
static void seed_articles_keep_the_contract(void **state)
{
    (void)state;
    const char *dir = getenv("WARTA_SEEDS");
    if (!dir)
        dir = "../shared/seeds";
    if (access(dir, R_OK) != 0) {
        fprintf(stderr, "skipped: %s not found\n", dir);
        skip();
    }
    wt_options o;
    wt_options_init(&o);
    wt_reader *r = wt_reader_new(&o);
    wt_error err;
    assert_int_equal(wt_reader_add(r, dir, &err), WT_OK);
    size_t n = 0;
    wt_input in;
    while (wt_reader_next(r, &in, &err) == WT_OK) {
        wt_doc *d;
        assert_int_equal(wt_process(tu_worker(), &in, &o, &d, &err), WT_OK);
        json_t *j = to_json(d);
        check_contract(j);
        assert_true(d->n_sentences >= 15);
        json_decref(j);
        wt_doc_free(d);
        n++;
    }
    assert_int_equal(n, 2);
    wt_reader_free(r);
}

/* A configuration with the source tree's model and one extra knowledge-base
 * file holding lines, written to dir/extra.kb (path in kb, named by files). */
static void config_with_kb(wt_config *c, const char *dir, const char *lines, char kb[256], const char **files)
{
    snprintf(kb, 256, "%s/extra.kb", dir);
    tu_write(kb, lines, strlen(lines));
    wt_config_init(c);
    c->data_dir = WT_MODEL_DIR;
    c->kb_files = files;
    c->n_kb_files = 1;
}

/* Two pipelines with different knowledge bases live side by side: what a
 * pipeline loads is its own, not the process's. */
static void pipelines_do_not_share_state(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char kb[256];
    const char *files[] = {kb};
    wt_config c;
    config_with_kb(&c, dir, "person\tNama Contoh Orang\tContoh Orang\tKEN\tforeign_minister\t2019\t\n", kb, files);
    wt_pipeline *p;
    wt_worker *w;
    wt_error err;
    wt_error_clear(&err);
    assert_int_equal(wt_pipeline_new(&c, &p, &err), WT_OK);
    assert_int_equal(wt_worker_new(p, &w, &err), WT_OK);
    const char *text = "Menteri Luar Negeri Nama Contoh Orang tiba di Jakarta pada Selasa.";
    wt_input in = {.id = "t", .origin = "t", .text = text, .text_len = strlen(text)};
    wt_doc *with, *without;
    assert_int_equal(wt_process(w, &in, NULL, &with, &err), WT_OK);
    assert_int_equal(wt_process(tu_worker(), &in, NULL, &without, &err), WT_OK);
    const char *kenya_with = NULL, *kenya_without = NULL;
    for (size_t i = 0; i < with->n_entities; i++)
        if (with->entities[i].country && !strcmp(with->entities[i].country, "KEN"))
            kenya_with = with->entities[i].name;
    for (size_t i = 0; i < without->n_entities; i++)
        if (without->entities[i].country && !strcmp(without->entities[i].country, "KEN"))
            kenya_without = without->entities[i].name;
    assert_non_null(kenya_with);
    assert_string_equal(kenya_with, "Nama Contoh Orang");
    assert_null(kenya_without);
    wt_doc_free(with);
    wt_doc_free(without);
    wt_worker_free(w);
    wt_pipeline_free(p);
    tu_rm_rf(dir);
}

/* Whatever a pipeline cannot load is an error naming the file and line. */
static void load_errors_name_file_and_line(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char kb[256], msg[1200];
    const char *files[] = {kb};
    wt_config c;
    config_with_kb(&c, dir, "# a comment\nplace\tKota Contoh\t\tKEN\tcity\nperson\tNama\t\tKENYA\thead_of_state\t2019\n",
                   kb, files);
    wt_pipeline *p = NULL;
    wt_error err;
    wt_error_clear(&err);
    assert_int_equal(wt_pipeline_new(&c, &p, &err), WT_EMODEL);
    assert_null(p);
    wt_error_format(&err, msg, sizeof msg);
    assert_non_null(strstr(msg, "extra.kb:3: expected NAME"));
    /* a missing model and a missing dictionary folder */
    wt_config_init(&c);
    c.ner_model = "/nonexistent/ner.model";
    assert_int_equal(wt_pipeline_new(&c, &p, &err), WT_EIO);
    assert_string_equal(err.file, "/nonexistent/ner.model");
    wt_config_init(&c);
    c.data_dir = WT_MODEL_DIR;
    c.hunspell_dir = dir;
    assert_int_equal(wt_pipeline_new(&c, &p, &err), WT_EMODEL);
    assert_non_null(strstr(err.msg, "Hunspell"));
    tu_rm_rf(dir);
}

/* An HTML page handed to wt_process directly (not through the reader). */
static void html_input_is_processed(void **state)
{
    (void)state;
    const char *page = "<!DOCTYPE html><html><head><title>Judul Halaman</title>"
                       "<meta property=\"article:published_time\" content=\"2019-09-10T08:00:00+07:00\"></head>"
                       "<body><nav>Beranda | Dunia</nav><article><h1>Judul Halaman</h1>"
                       "<p>Presiden Joko Widodo bertemu Perdana Menteri Malaysia Mahathir Mohamad di Jakarta pada "
                       "Selasa. Kedua pemimpin membahas kerja sama perdagangan dan perbatasan.</p>"
                       "<p>Pertemuan itu berlangsung selama dua jam di Istana Merdeka.</p></article></body></html>";
    wt_input in = {.id = "h", .origin = "h", .text = page, .text_len = strlen(page), .html = 1};
    wt_doc *d;
    wt_error err;
    wt_error_clear(&err);
    assert_int_equal(wt_process(tu_worker(), &in, NULL, &d, &err), WT_OK);
    assert_null(strstr(d->text, "<p>"));
    assert_null(strstr(d->text, "Beranda"));
    assert_non_null(strstr(d->text, "Mahathir Mohamad"));
    assert_string_equal(d->title, "Judul Halaman");
    assert_string_equal(d->date, "2019-09-10T08:00:00+07:00");
    wt_doc_free(d);
}

/* A worker's memory (Hunspell, its caches: megabytes) goes with the
 * worker, not at the process's exit. */
static void workers_free_their_memory(void **state)
{
    (void)state;
    wt_error err;
    wt_worker *w;
    /* one worker first: the C library's own first-use allocations */
    assert_int_equal(wt_worker_new(tu_pipeline(), &w, &err), WT_OK);
    wt_worker_free(w);
    struct mallinfo2 before = mallinfo2();
    for (int k = 0; k < 3; k++) {
        assert_int_equal(wt_worker_new(tu_pipeline(), &w, &err), WT_OK);
        if (k == 0) {
            struct mallinfo2 during = mallinfo2();
            if (before.uordblks) /* the allocator reports (not under a sanitizer) */
                assert_true(during.uordblks > before.uordblks + (4u << 20));
        }
        wt_worker_free(w);
    }
    struct mallinfo2 after = mallinfo2();
    assert_true(after.uordblks <= before.uordblks + (256u << 10));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(title_line_is_split_off),
        cmocka_unit_test(json_has_every_key_and_valid_offsets),
        cmocka_unit_test(warnings_reach_the_output),
        cmocka_unit_test(hash_depends_on_content_only),
        cmocka_unit_test(seed_articles_keep_the_contract),
        cmocka_unit_test(pipelines_do_not_share_state),
        cmocka_unit_test(load_errors_name_file_and_line),
        cmocka_unit_test(html_input_is_processed),
        cmocka_unit_test(workers_free_their_memory),
    };
    return cmocka_run_group_tests_name("pipeline", tests, NULL, NULL);
}
