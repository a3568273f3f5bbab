/* Unit tests: WARC files, plain and gzip, with damaged and truncated records. */
#include "testutil.h"

#include <zlib.h>

static char *record(const char *uri, const char *type, const char *text, size_t *len)
{
    char http[2048], *out = malloc(4096);
    int hn = snprintf(http, sizeof http,
                      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                      "<html><body><article><p>%s Kalimat ini cukup panjang untuk sebuah paragraf berita, "
                      "dengan koma, dan titik.</p></article></body></html>",
                      text);
    int n = snprintf(out, 4096,
                     "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-06-19T08:00:00Z\r\n"
                     "WARC-Record-ID: <urn:uuid:%s-id>\r\nContent-Type: application/http; msgtype=response\r\n"
                     "Content-Length: %d\r\n\r\n%s\r\n\r\n",
                     type, uri, text, hn, http);
    *len = (size_t)n;
    return out;
}

/* gzip member of data, appended to f */
static void put_member(FILE *f, const char *data, size_t n, bool damage)
{
    char tmp[] = "/tmp/warta-member-XXXXXX";
    int fd = mkstemp(tmp);
    gzFile gz = gzdopen(fd, "wb");
    gzwrite(gz, data, (unsigned)n);
    gzclose(gz);
    FILE *in = fopen(tmp, "rb");
    unsigned char buf[8192];
    size_t got = fread(buf, 1, sizeof buf, in);
    fclose(in);
    unlink(tmp);
    if (damage)
        for (size_t i = 20; i < 50 && i < got; i++)
            buf[i] = 0;
    fwrite(buf, 1, got, f);
}

typedef struct got {
    int ok, errors;
    char ids[8][64];
    char last_error[600];
} got;

static got read_all(const char *path)
{
    got g = {0};
    wt_options o;
    wt_options_init(&o);
    wt_reader *r = wt_reader_new(&o);
    wt_error err;
    assert_int_equal(wt_reader_add(r, path, &err), WT_OK);
    wt_input in;
    wt_status st;
    while ((st = wt_reader_next(r, &in, &err)) != WT_DONE) {
        if (st == WT_OK) {
            wt_doc *d;
            assert_int_equal(wt_process(tu_worker(), &in, &o, &d, &err), WT_OK);
            assert_string_equal(d->date, "2025-06-19T08:00:00Z");
            assert_non_null(strstr(d->url, "https://warta.example/"));
            if (g.ok < 8)
                snprintf(g.ids[g.ok], sizeof g.ids[0], "%s", d->id);
            g.ok++;
            wt_doc_free(d);
        } else {
            g.errors++;
            wt_error_format(&err, g.last_error, sizeof g.last_error);
        }
    }
    wt_reader_free(r);
    return g;
}

static void plain_and_gzip_warc(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256];
    size_t n[4];
    char *r[4] = {record("https://warta.example/1", "response", "Satu.", &n[0]),
                  record("https://warta.example/req", "request", "Permintaan.", &n[1]),
                  record("https://warta.example/2", "response", "Dua.", &n[2]),
                  record("https://warta.example/3", "response", "Tiga.", &n[3])};
    snprintf(p, sizeof p, "%s/a.warc", dir);
    FILE *f = fopen(p, "wb");
    for (int i = 0; i < 4; i++)
        fwrite(r[i], 1, n[i], f);
    fclose(f);
    got g = read_all(p);
    assert_int_equal(g.ok, 3);
    assert_int_equal(g.errors, 0);
    assert_string_equal(g.ids[0], "Satu.-id");
    assert_string_equal(g.ids[2], "Tiga.-id");

    snprintf(p, sizeof p, "%s/b.warc.gz", dir);
    f = fopen(p, "wb");
    for (int i = 0; i < 4; i++)
        put_member(f, r[i], n[i], false);
    fclose(f);
    g = read_all(p);
    assert_int_equal(g.ok, 3);
    assert_int_equal(g.errors, 0);
    for (int i = 0; i < 4; i++)
        free(r[i]);
    tu_rm_rf(dir);
}

static void damaged_records_are_skipped(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char p[256];
    size_t n[3];
    char *r[3] = {record("https://warta.example/1", "response", "Satu.", &n[0]),
                  record("https://warta.example/2", "response", "Dua.", &n[1]),
                  record("https://warta.example/3", "response", "Tiga.", &n[2])};
    /* gzip: the middle member is damaged, the file ends in half a member */
    snprintf(p, sizeof p, "%s/c.warc.gz", dir);
    FILE *f = fopen(p, "wb");
    put_member(f, r[0], n[0], false);
    put_member(f, r[1], n[1], true);
    put_member(f, r[2], n[2], false);
    fwrite("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b", 1, 11, f);
    fclose(f);
    got g = read_all(p);
    assert_int_equal(g.ok, 2);
    assert_string_equal(g.ids[0], "Satu.-id");
    assert_string_equal(g.ids[1], "Tiga.-id");
    assert_int_equal(g.errors, 2);
    assert_non_null(strstr(g.last_error, "c.warc.gz: byte "));

    /* plain: garbage between records, the last one cut short */
    snprintf(p, sizeof p, "%s/d.warc", dir);
    f = fopen(p, "wb");
    fwrite(r[0], 1, n[0], f);
    fputs("SAMPAH YANG BUKAN REKAMAN\r\n", f);
    fwrite(r[1], 1, n[1], f);
    fwrite(r[2], 1, n[2] / 2, f);
    fclose(f);
    g = read_all(p);
    assert_int_equal(g.ok, 2);
    assert_int_equal(g.errors, 2);
    assert_non_null(strstr(g.last_error, "truncated"));
    for (int i = 0; i < 3; i++)
        free(r[i]);
    tu_rm_rf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_and_gzip_warc),
        cmocka_unit_test(damaged_records_are_skipped),
    };
    return cmocka_run_group_tests_name("warc", tests, NULL, NULL);
}
