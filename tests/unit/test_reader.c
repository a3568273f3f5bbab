/* Unit tests: reading files, directories and JSON Lines, and bad input. */
#include "testutil.h"

#include <jansson.h>
#include <zlib.h>

typedef struct got {
    wt_status st;
    char id[128];
    char title[128];
    char text[256];
    char error[600];
    long long line, byte;
    size_t n_meta;
    char warning[300];
} got;

/* Reads everything under path; returns the number of results. */
static size_t read_all(const char *path, const wt_options *o, got *out, size_t max)
{
    wt_reader *r = wt_reader_new(o);
    wt_error err;
    wt_error_clear(&err);
    assert_int_equal(wt_reader_add(r, path, &err), WT_OK);
    size_t n = 0;
    for (;;) {
        wt_input in;
        wt_status st = wt_reader_next(r, &in, &err);
        if (st == WT_DONE)
            break;
        assert_true(n < max);
        got *g = &out[n++];
        memset(g, 0, sizeof *g);
        g->st = st;
        if (st == WT_OK) {
            snprintf(g->id, sizeof g->id, "%s", in.id ? in.id : "");
            snprintf(g->title, sizeof g->title, "%s", in.title ? in.title : "");
            snprintf(g->text, sizeof g->text, "%.*s", (int)(in.text_len < 255 ? in.text_len : 255), in.text);
            g->n_meta = in.n_meta;
            snprintf(g->warning, sizeof g->warning, "%s", in.warning ? in.warning : "");
        } else {
            wt_error_format(&err, g->error, sizeof g->error);
            g->line = err.line;
            g->byte = err.byte;
        }
    }
    wt_reader_free(r);
    return n;
}

static void directory_walk_is_sorted_and_recursive(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256];
    snprintf(p, sizeof p, "%s/sub", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/b.txt", dir);
    tu_write(p, "Berita B.", 9);
    snprintf(p, sizeof p, "%s/a.txt", dir);
    tu_write(p, "Berita A.", 9);
    snprintf(p, sizeof p, "%s/sub/c.txt", dir);
    tu_write(p, "Berita C.", 9);
    snprintf(p, sizeof p, "%s/.hidden", dir);
    tu_write(p, "rahasia", 7);
    got g[8];
    wt_options o;
    wt_options_init(&o);
    size_t n = read_all(dir, &o, g, 8);
    assert_int_equal(n, 3);
    assert_string_equal(g[0].id, "a");
    assert_string_equal(g[1].id, "b");
    assert_string_equal(g[2].id, "sub/c"); /* named below the directory: unique */
    assert_string_equal(g[2].text, "Berita C.");
    tu_rm_rf(dir);
}

static void jsonl_fields_meta_and_bad_lines(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256];
    snprintf(p, sizeof p, "%s/news.jsonl", dir);
    const char body[] =
        "{\"id\": \"d1\", \"url\": \"https://x.id/1\", \"title\": \"Judul\", \"date\": \"2025-06-19\","
        " \"text\": \"Isi berita.\", \"category\": \"dunia\", \"tags\": [\"a\"]}\n"
        "\n"
        "{\"id\": \"d2\", \"text\": \"Tanpa penutup\"\n"
        "[1, 2, 3]\n"
        "{\"id\": \"d3\", \"title\": \"tanpa teks\"}\n"
        "{\"id\": 7, \"content\": \"Isi dari content \xFF rusak.\"}\n"
        "{\"text\": \"tanpa id\"}";
    tu_write(p, body, sizeof body - 1);
    got g[10];
    wt_options o;
    wt_options_init(&o);
    size_t n = read_all(p, &o, g, 10);
    assert_int_equal(n, 6);
    assert_int_equal(g[0].st, WT_OK);
    assert_string_equal(g[0].id, "d1");
    assert_string_equal(g[0].title, "Judul");
    assert_string_equal(g[0].text, "Isi berita.");
    assert_int_equal(g[0].n_meta, 2); /* category, tags */
    assert_int_equal(g[1].st, WT_EINPUT);
    assert_int_equal(g[1].line, 3);
    assert_non_null(strstr(g[1].error, "news.jsonl:3: malformed JSON"));
    assert_int_equal(g[2].st, WT_EINPUT);
    assert_int_equal(g[2].line, 4);
    assert_int_equal(g[3].st, WT_EEMPTY);
    assert_int_equal(g[3].line, 5);
    assert_int_equal(g[4].st, WT_OK);
    assert_string_equal(g[4].id, "7");
    assert_non_null(strstr(g[4].text, "\xEF\xBF\xBD"));
    assert_non_null(strstr(g[4].warning, "news.jsonl:6: 1 invalid UTF-8 byte(s)"));
    assert_int_equal(g[5].st, WT_OK);
    assert_string_equal(g[5].id, "news:7"); /* no id: file name and line */
    tu_rm_rf(dir);
}

/* What jansson makes of a JSON Lines record, written here from jansson's
 * own answers: the reader must give the same whichever of its parsers
 * (simdjson for plain records, jansson for the rest) read the line. */
static void expect_as_jansson(const char *line, const wt_input *in, wt_status st, const wt_error *err)
{
    json_error_t jerr;
    json_t *j = json_loadb(line, strlen(line), JSON_ALLOW_NUL, &jerr);
    if (!j) {
        assert_int_equal(st, WT_EINPUT);
        char want[300];
        snprintf(want, sizeof want, "malformed JSON at column %d: %s", jerr.column, jerr.text);
        assert_non_null(strstr(err->msg, want));
        return;
    }
    static const char *const TEXT[] = {"text", "content", "body", "articleBody", "article"};
    static const char *const KNOWN[] = {"id", "url", "title", "date", "source"};
    json_t *text = NULL;
    for (size_t i = 0; i < 5 && !json_is_string(text); i++)
        text = json_object_get(j, TEXT[i]);
    json_t *html = json_object_get(j, "html");
    assert_int_equal(st, WT_OK);
    if (json_is_string(text)) {
        assert_int_equal(in->text_len, json_string_length(text));
        assert_memory_equal(in->text, json_string_value(text), in->text_len);
    }
    const char *fields[] = {in->url, in->title, in->date, in->source};
    for (size_t k = 1; k < 5; k++) {
        json_t *v = json_object_get(j, KNOWN[k]);
        char num[32];
        if (json_is_integer(v))
            snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
        if (!json_is_string(v) && !json_is_integer(v))
            assert_null(fields[k - 1]);
        else
            assert_string_equal(fields[k - 1], json_is_string(v) ? json_string_value(v) : num);
    }
    size_t m = 0;
    const char *key;
    json_t *val;
    json_object_foreach(j, key, val)
    {
        bool known = val == text || val == html;
        for (size_t i = 0; i < 5; i++)
            known = known || strcmp(key, TEXT[i]) == 0 || strcmp(key, KNOWN[i]) == 0;
        if (known)
            continue;
        char *js = json_dumps(val, JSON_ENCODE_ANY | JSON_COMPACT);
        assert_true(m < in->n_meta);
        assert_string_equal(in->meta[m].key, key);
        assert_string_equal(in->meta[m].json, js);
        free(js);
        m++;
    }
    if (!json_is_string(text))
        m = in->n_meta; /* an HTML page's own metadata follows */
    assert_int_equal(m, in->n_meta);
    json_decref(j);
}

static void jsonl_records_read_as_jansson_reads_them(void **state)
{
    (void)state;
    const char *lines[] = {
        /* plain: strings and integers (simdjson) */
        "{\"id\":\"p1\",\"title\":\"Judul\",\"text\":\"Isi \\u0000 berita \\u00e9 \\ud83d\\ude00.\",\"category\":"
        "\"\\u0001\\u0002\\b\\t\\n\\u000b\\f\\r\\u000e\\u001f \\\" \\\\ / \\u007f \\u00e9 \\ud83d\\ude00 \\u0000\"}",
        "{\"id\":12,\"url\":\"https://x.id/2\",\"content\":\"Isi.\",\"rank\":-0,\"views\":-9223372036854775808,"
        "\"page\":9223372036854775807,\"date\":20190601,\"source\":\"\"}",
        "{\"text\":7,\"content\":\"teks dari content\",\"body\":\"tidak dipakai\",\"html\":\"<p>x</p>\",\"x\":\"y\"}",
        "{ \"title\" : \"spasi\" ,\t\"text\" : \"di mana-mana\" }\r",
        /* not plain (jansson) */
        "{\"id\":\"r1\",\"text\":\"Isi.\",\"score\":1.5,\"big\":1e400}",
        "{\"id\":\"r2\",\"text\":\"Isi.\",\"tags\":[\"a\",{\"b\":null}],\"ok\":true,\"none\":null}",
        "{\"id\":\"r3\",\"title\":\"pertama\",\"text\":\"Isi.\",\"title\":\"kedua\"}",
        "{\"id\":\"r4\",\"text\":\"Isi.\",\"n\":18446744073709551615}",
        "{\"id\":\"r5\",\"text\":\"Isi.\",\"k\\u0000ey\":1}",
        "{\"id\":\"r6\",\"text\":\"Isi.\"} ekor",
        "{\"id\":\"r7\",\"text\":\"\\ud800 sendiri\"}",
        "{\"id\":\"r8\",\"text\":\"Isi.\",\"n\":01}",
        "{\"id\":\"r9\",\"text\":\"Isi.\",\"tab\":\"a\tb\"}",
    };
    size_t n_lines = sizeof lines / sizeof *lines;
    const char *dir = tu_tmpdir();
    char p[256];
    snprintf(p, sizeof p, "%s/rec.jsonl", dir);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    for (size_t i = 0; i < n_lines; i++)
        fprintf(f, "%s\n", lines[i]);
    fclose(f);
    wt_options o;
    wt_options_init(&o);
    wt_reader *r = wt_reader_new(&o);
    wt_error err;
    wt_error_clear(&err);
    assert_int_equal(wt_reader_add(r, p, &err), WT_OK);
    for (size_t i = 0; i < n_lines; i++) {
        wt_input in;
        wt_status st = wt_reader_next(r, &in, &err);
        expect_as_jansson(lines[i], &in, st, &err);
    }
    wt_input in;
    assert_int_equal(wt_reader_next(r, &in, &err), WT_DONE);
    wt_reader_free(r);
    tu_rm_rf(dir);
}

static void oversized_documents_are_skipped_not_buffered(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256];
    snprintf(p, sizeof p, "%s/big.jsonl", dir);
    FILE *f = fopen(p, "wb");
    fputs("{\"text\": \"kecil pertama\"}\n{\"text\": \"", f);
    for (int i = 0; i < 3000; i++)
        fputs("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", f);
    fputs("\"}\n{\"text\": \"kecil terakhir\"}\n", f);
    fclose(f);
    snprintf(p, sizeof p, "%s/big.txt", dir);
    f = fopen(p, "wb");
    for (int i = 0; i < 3000; i++)
        fputs("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", f);
    fclose(f);
    got g[8];
    wt_options o;
    wt_options_init(&o);
    o.max_doc_bytes = 64 * 1024;
    size_t n = read_all(dir, &o, g, 8);
    assert_int_equal(n, 4);
    assert_string_equal(g[0].text, "kecil pertama");
    assert_int_equal(g[1].st, WT_ETOOBIG);
    assert_int_equal(g[1].line, 2);
    assert_non_null(strstr(g[1].error, "over the limit"));
    assert_string_equal(g[2].text, "kecil terakhir");
    assert_int_equal(g[3].st, WT_ETOOBIG);
    assert_non_null(strstr(g[3].error, "big.txt"));
    tu_rm_rf(dir);
}

static void gzip_plain_and_truncated(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256];
    snprintf(p, sizeof p, "%s/a.jsonl.gz", dir);
    gzFile gz = gzopen(p, "wb");
    for (int i = 0; i < 200; i++)
        gzprintf(gz, "{\"id\": \"g%d\", \"text\": \"Berita nomor %d tentang kerja sama energi.\"}\n", i, i);
    gzclose(gz);
    got *g = calloc(300, sizeof *g);
    wt_options o;
    wt_options_init(&o);
    size_t n = read_all(p, &o, g, 300);
    assert_int_equal(n, 200);
    assert_string_equal(g[199].id, "g199");

    /* cut the file in half: the complete lines before the cut are read,
     * then one error names the file */
    FILE *f = fopen(p, "rb");
    char buf[8192];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    snprintf(p, sizeof p, "%s/b.jsonl.gz", dir);
    tu_write(p, buf, len / 2);
    n = read_all(p, &o, g, 300);
    assert_true(n >= 2);
    size_t errors = 0, ok = 0;
    for (size_t i = 0; i < n; i++) {
        if (g[i].st == WT_OK)
            ok++;
        else {
            errors++;
            assert_non_null(strstr(g[i].error, "b.jsonl.gz"));
        }
    }
    assert_true(ok >= 1);
    assert_true(errors >= 1);
    free(g);
    tu_rm_rf(dir);
}

static void unreadable_paths_are_reported(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256], q[256];
    snprintf(p, sizeof p, "%s/ok.txt", dir);
    tu_write(p, "Teks baik.", 10);
    snprintf(q, sizeof q, "%s/dangling.txt", dir);
    assert_int_equal(symlink("/nonexistent/warta/file", q), 0);
    got g[4];
    wt_options o;
    wt_options_init(&o);
    size_t n = read_all(dir, &o, g, 4);
    assert_int_equal(n, 2);
    assert_int_equal(g[0].st, WT_EIO);
    assert_non_null(strstr(g[0].error, "dangling.txt"));
    assert_int_equal(g[1].st, WT_OK);

    wt_reader *r = wt_reader_new(&o);
    wt_error err;
    assert_int_equal(wt_reader_add(r, "/nonexistent/warta", &err), WT_EIO);
    assert_string_equal(err.file, "/nonexistent/warta");
    wt_reader_free(r);
    tu_rm_rf(dir);
}

static void processing_rejects_binary_and_empty(void **state)
{
    (void)state;
    wt_options o;
    wt_options_init(&o);
    unsigned char junk[2048];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)(i * 7 + (i >> 3));
    wt_input in = {.id = "junk", .origin = "junk.bin", .text = (const char *)junk, .text_len = sizeof junk};
    wt_doc *d;
    wt_error err;
    assert_int_equal(wt_process(tu_worker(), &in, &o, &d, &err), WT_EINPUT);
    assert_non_null(strstr(err.msg, "binary"));
    assert_string_equal(err.file, "junk.bin");
    wt_input empty = {.id = "e", .origin = "empty.txt", .text = " \n\t\n", .text_len = 4};
    assert_int_equal(wt_process(tu_worker(), &empty, &o, &d, &err), WT_EEMPTY);
    assert_string_equal(err.file, "empty.txt");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(directory_walk_is_sorted_and_recursive),
        cmocka_unit_test(jsonl_fields_meta_and_bad_lines),
        cmocka_unit_test(jsonl_records_read_as_jansson_reads_them),
        cmocka_unit_test(oversized_documents_are_skipped_not_buffered),
        cmocka_unit_test(gzip_plain_and_truncated),
        cmocka_unit_test(unreadable_paths_are_reported),
        cmocka_unit_test(processing_rejects_binary_and_empty),
    };
    return cmocka_run_group_tests_name("reader", tests, NULL, NULL);
}
