/* Unit tests: arena, buffers, UTF-8, JSON strings, offset maps, sizes, numbers, model files. */
#include "testutil.h"

#include "base/base.h"

#include <limits.h>
#include <zlib.h>

static void arena_allocates_aligned_and_large(void **state)
{
    (void)state;
    wt_arena *a = wt_arena_new(128);
    assert_non_null(a);
    char *p = wt_arena_alloc(a, 3);
    double *d = wt_arena_alloc(a, sizeof(double));
    assert_int_equal((uintptr_t)d % _Alignof(max_align_t), 0);
    *d = 1.5;
    memcpy(p, "ab", 3);
    char *big = wt_arena_alloc(a, 10000); /* larger than a chunk */
    memset(big, 7, 10000);
    char *s = wt_arena_strndup(a, "hello world", 5);
    assert_string_equal(s, "hello");
    assert_string_equal(p, "ab");
    assert_true(*d == 1.5);
    assert_true(wt_arena_used(a) >= 10000);
    wt_arena_free(a);
}

/* strings take what they need; a large vector grows in a chunk of its
 * own, so the arena holds about one copy of it, not every smaller one */
static void arena_packs_strings_and_grows_vectors_in_place(void **state)
{
    (void)state;
    wt_arena *a = wt_arena_new(64 * 1024);
    char *s1 = wt_arena_strndup(a, "abc", 3), *s2 = wt_arena_strndup(a, "de", 2);
    assert_true(s2 == s1 + 4);
    double *d = wt_arena_alloc(a, sizeof *d);
    assert_int_equal((uintptr_t)d % _Alignof(max_align_t), 0);
    *d = 2.5;
    int *v = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 1000000; i++) {
        int *slot = WT_VEC_PUSH(a, v, n, cap);
        assert_non_null(slot);
        *slot = i;
    }
    for (int i = 0; i < 1000000; i += 9973)
        assert_int_equal(v[i], i);
    assert_string_equal(s1, "abc");
    assert_string_equal(s2, "de");
    assert_true(*d == 2.5);
    /* 4 MB of ints in a vector of 1,048,576: not 8 MB of copies */
    assert_true(wt_arena_used(a) < cap * sizeof *v + 256 * 1024);
    wt_arena_free(a);
}

static void buf_respects_max(void **state)
{
    (void)state;
    wt_buf b;
    wt_buf_init(&b, 10);
    assert_true(wt_buf_puts(&b, "0123456789"));
    assert_false(wt_buf_putc(&b, 'x'));
    assert_true(b.oom);
    assert_int_equal(b.len, 10);
    wt_buf_free(&b);
    wt_buf_init(&b, 0);
    assert_true(wt_buf_printf(&b, "%s-%d", "abc", 42));
    for (int i = 0; i < 100; i++)
        wt_buf_printf(&b, "%0100d", i);
    assert_int_equal(b.len, 6 + 100 * 100);
    assert_memory_equal(b.ptr, "abc-42", 6);
    wt_buf_free(&b);
    /* numbers in decimal, each ended by a NUL; one too long for the
     * maximum is refused and leaves the buffer as it was */
    static const struct {
        uint64_t v;
        const char *s;
    } NUM[] = {{0, "0"}, {7, "7"}, {10, "10"}, {99, "99"}, {100, "100"}, {18446744073709551615ull, "18446744073709551615"}};
    wt_buf_init(&b, 0);
    for (size_t i = 0; i < sizeof NUM / sizeof *NUM; i++) {
        wt_buf_clear(&b);
        assert_true(wt_buf_putu(&b, NUM[i].v));
        assert_string_equal(b.ptr, NUM[i].s);
        assert_int_equal(b.len, strlen(NUM[i].s));
    }
    wt_buf_free(&b);
    wt_buf_init(&b, 4);
    assert_true(wt_buf_puts(&b, "ab") && wt_buf_putu(&b, 12));
    assert_false(wt_buf_putu(&b, 5));
    assert_string_equal(b.ptr, "ab12");
    wt_buf_free(&b);
    /* byte by byte across the buffer's growths, each time ended by a NUL */
    wt_buf_init(&b, 600);
    for (int i = 0; i < 600; i++) {
        assert_true(wt_buf_putc(&b, (char)('a' + i % 26)));
        assert_int_equal(b.ptr[b.len], 0);
    }
    assert_false(wt_buf_putc(&b, 'x'));
    assert_false(wt_buf_put(&b, "", 1));
    assert_int_equal(b.len, 600);
    assert_int_equal(b.ptr[255], 'a' + 255 % 26);
    assert_int_equal(b.ptr[599], 'a' + 599 % 26);
    wt_buf_free(&b);
}

static void utf8_decoder_is_strict(void **state)
{
    (void)state;
    int32_t cp;
    assert_int_equal(wt_utf8_decode((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(wt_utf8_decode((const unsigned char *)"\xE2\x80\x9C", 3, &cp), 3);
    assert_int_equal(cp, 0x201C);
    /* overlong, surrogate, truncated, stray continuation */
    wt_utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp);
    assert_int_equal(cp, -1);
    wt_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp);
    assert_int_equal(cp, -1);
    wt_utf8_decode((const unsigned char *)"\xE2\x80", 2, &cp);
    assert_int_equal(cp, -1);
    wt_utf8_decode((const unsigned char *)"\x80", 1, &cp);
    assert_int_equal(cp, -1);
    assert_int_equal(wt_utf8_valid_prefix("ab\xC3\xA9\xFF", 5), 4);
    char out[4];
    assert_int_equal(wt_utf8_encode(0x1F600, out), 4);
    assert_memory_equal(out, "\xF0\x9F\x98\x80", 4);
}

static void json_strings_are_escaped(void **state)
{
    (void)state;
    wt_buf b;
    wt_buf_init(&b, 0);
    const char *in = "a\"b\\c\n\t\x01 \xE2\x80\xA8 é";
    wt_json_str(&b, in, strlen(in));
    assert_string_equal(b.ptr, "\"a\\\"b\\\\c\\n\\t\\u0001 \\u2028 é\"");
    wt_buf_clear(&b);
    wt_json_cstr(&b, NULL);
    assert_string_equal(b.ptr, "null");
    wt_buf_free(&b);
}

/* Each byte that needs a look, at every place in and around the sixteen
 * bytes the emitter scans at a time, is escaped as it is alone. */
static void json_escapes_anywhere_in_long_strings(void **state)
{
    (void)state;
    static const char *const IN[] = {"\"", "\\", "\n", "\x1f", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\x9C", "\x7f", "\xC3\xA9"};
    static const char *const OUT[] = {"\\\"", "\\\\", "\\n", "\\u001f", "\\u2028", "\\u2029", "\xE2\x80\x9C", "\x7f", "\xC3\xA9"};
    wt_buf b;
    wt_buf_init(&b, 0);
    for (size_t k = 0; k < sizeof IN / sizeof *IN; k++)
        for (size_t at = 0; at < 48; at++) {
            char in[128], want[160];
            memset(in, 'a', at);
            snprintf(in + at, sizeof in - at, "%s%.*s", IN[k], (int)(47 - at), "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
            snprintf(want, sizeof want, "\"%.*s%s%.*s\"", (int)at, in, OUT[k], (int)(47 - at),
                     "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
            wt_buf_clear(&b);
            wt_json_str(&b, in, strlen(in));
            assert_string_equal(b.ptr, want);
        }
    wt_buf_free(&b);
}

static void rewriter_maps_back(void **state)
{
    (void)state;
    /* raw: "aXXb c" ; output "aYb c": XX (2 bytes) -> Y (1 byte) */
    const char *raw = "aXXb c";
    wt_rewriter rw;
    wt_rw_init(&rw, 0);
    wt_rw_copy(&rw, raw, 1);
    wt_rw_replace(&rw, 2, "Y", 1);
    wt_rw_copy(&rw, raw + 3, 3);
    assert_string_equal(rw.out.ptr, "aYb c");
    assert_int_equal(wt_offmap_to_raw(&rw.map, 0), 0);
    assert_int_equal(wt_offmap_to_raw(&rw.map, 1), 1);
    assert_int_equal(wt_offmap_to_raw(&rw.map, 2), 3); /* 'b' */
    assert_int_equal(wt_offmap_to_raw(&rw.map, 4), 5); /* 'c' */
    assert_int_equal(wt_offmap_to_raw_end(&rw.map, 2), 3);

    /* second stage: delete "a" at the start: "Yb c" */
    wt_rewriter rw2;
    wt_rw_init(&rw2, 0);
    wt_rw_replace(&rw2, 1, "", 0);
    wt_rw_copy(&rw2, rw.out.ptr + 1, 4);
    wt_offmap composed;
    assert_true(wt_offmap_compose(&rw2.map, &rw.map, &composed));
    assert_string_equal(rw2.out.ptr, "Yb c");
    assert_int_equal(wt_offmap_to_raw(&composed, 0), 1); /* Y came from raw[1..3) */
    assert_int_equal(wt_offmap_to_raw(&composed, 1), 3); /* b */
    assert_int_equal(wt_offmap_to_raw(&composed, 3), 5); /* c */
    wt_offmap_free(&composed);
    wt_rw_free(&rw);
    wt_rw_free(&rw2);
}

static void sizes_parse(void **state)
{
    (void)state;
    size_t v;
    assert_true(wt_parse_size("64M", &v));
    assert_int_equal(v, (size_t)64 << 20);
    assert_true(wt_parse_size("1g", &v));
    assert_int_equal(v, (size_t)1 << 30);
    assert_true(wt_parse_size("512KiB", &v));
    assert_int_equal(v, 512 << 10);
    assert_true(wt_parse_size("1000", &v));
    assert_int_equal(v, 1000);
    assert_false(wt_parse_size("12X", &v));
    assert_false(wt_parse_size("", &v));
    assert_false(wt_parse_size("abc", &v));
}

/* Numbers of a model file's line: separated by spaces or tabs, decimal or
 * hexadecimal, nothing above the bound, the rest of the line left. */
static void uints_scan(void **state)
{
    (void)state;
    unsigned long long v[4];
    const char *s = "12\t34  5 rest";
    assert_true(wt_scan_uints(&s, 10, UINT_MAX, v, 3));
    assert_int_equal(v[0], 12);
    assert_int_equal(v[1], 34);
    assert_int_equal(v[2], 5);
    assert_string_equal(s, " rest");
    s = " ff 1A 0";
    assert_true(wt_scan_uints(&s, 16, UINT_MAX, v, 3));
    assert_int_equal(v[0], 255);
    assert_int_equal(v[1], 26);
    assert_int_equal(v[2], 0);
    s = "ffffffffffffffff";
    assert_true(wt_scan_uints(&s, 16, ULLONG_MAX, v, 1));
    assert_true(v[0] == ULLONG_MAX);
    /* past the bound, not a digit of the base, a sign, too few numbers */
    static const struct {
        const char *text;
        int base;
        unsigned long long max;
        size_t n;
    } BAD[] = {
        {"4294967295 4294967296", 10, UINT_MAX, 2}, {"1ffffffffffffffff", 16, ULLONG_MAX, 1},
        {"12 x", 10, UINT_MAX, 2}, {"-1", 10, UINT_MAX, 1}, {"ab", 10, UINT_MAX, 1}, {"7", 10, UINT_MAX, 2},
    };
    for (size_t i = 0; i < WT_ARRAY_LEN(BAD); i++) {
        s = BAD[i].text;
        assert_false(wt_scan_uints(&s, BAD[i].base, BAD[i].max, v, BAD[i].n));
    }
}

static void gz_file(const char *path, const char *mode, const char *text)
{
    gzFile gz = gzopen(path, mode);
    assert_non_null(gz);
    assert_int_equal(gzputs(gz, text), (int)strlen(text));
    assert_int_equal(gzclose(gz), Z_OK);
}

/* A model file read whole: gzip of one or two members, or plain; lines as
 * gzgets gives them; blocks taken in place; damage, a bound passed and a
 * missing file are errors naming the file. */
static void blobs_read_model_files(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char one[256], two[256], plain[256], cut[256];
    snprintf(one, sizeof one, "%s/one.gz", dir);
    snprintf(two, sizeof two, "%s/two.gz", dir);
    snprintf(plain, sizeof plain, "%s/plain.txt", dir);
    snprintf(cut, sizeof cut, "%s/cut.gz", dir);
    gz_file(one, "wb9", "MODEL 1\nabcdefghij\nlast");
    gz_file(two, "wb", "first member\n");
    gz_file(two, "ab", "second member\n");
    tu_write(plain, "plain line\n", 11);
    wt_error err;
    wt_error_clear(&err);
    wt_blob b;
    char line[8];
    assert_int_equal(wt_blob_load(one, 1000, &b, &err), WT_OK);
    assert_int_equal(b.len, 23);
    assert_string_equal(wt_blob_gets(&b, line, sizeof line), "MODEL 1");
    assert_string_equal(wt_blob_gets(&b, line, sizeof line), "\n");
    assert_string_equal(wt_blob_gets(&b, line, sizeof line), "abcdefg");
    assert_int_equal(memcmp(wt_blob_take(&b, 4), "hij\n", 4), 0);
    assert_null(wt_blob_take(&b, 5));
    assert_true(wt_blob_read(&b, line, 4));
    assert_int_equal(memcmp(line, "last", 4), 0);
    assert_null(wt_blob_gets(&b, line, sizeof line));
    wt_blob_free(&b);
    assert_int_equal(wt_blob_load(two, 1000, &b, &err), WT_OK);
    assert_string_equal(b.data, "first member\nsecond member\n");
    wt_blob_free(&b);
    assert_int_equal(wt_blob_load(plain, 1000, &b, &err), WT_OK);
    assert_string_equal(b.data, "plain line\n");
    wt_blob_free(&b);
    /* the first member alone inflates to 13 bytes: the second passes 20 */
    assert_int_equal(wt_blob_load(two, 20, &b, &err), WT_ETOOBIG);
    assert_non_null(strstr(err.file, "two.gz"));
    /* a member cut before its end */
    char *raw;
    size_t n;
    assert_int_equal(wt_read_file(one, 1000, &raw, &n, &err), WT_OK);
    tu_write(cut, raw, n - 6);
    free(raw);
    assert_int_equal(wt_blob_load(cut, 1000, &b, &err), WT_EMODEL);
    assert_non_null(strstr(err.file, "cut.gz"));
    assert_non_null(strstr(err.msg, "damaged"));
    snprintf(cut, sizeof cut, "%s/absent.gz", dir);
    assert_int_equal(wt_blob_load(cut, 1000, &b, &err), WT_EIO);
    assert_non_null(strstr(err.file, "absent.gz"));
    tu_rm_rf(dir);
}

/* A whole file in one block: one larger than a read chunk, one exactly at
 * the limit and one a byte over it, an empty one, and a pipe (no size to
 * ask for: read a chunk at a time). */
static void files_are_read_whole(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char big[256], empty[256], pipe_path[64];
    snprintf(big, sizeof big, "%s/big.bin", dir);
    snprintf(empty, sizeof empty, "%s/empty.txt", dir);
    size_t n = 200003;
    char *data = malloc(n);
    assert_non_null(data);
    for (size_t i = 0; i < n; i++)
        data[i] = (char)(i * 7919 % 251 + 1);
    tu_write(big, data, n);
    tu_write(empty, "", 0);
    wt_error err;
    wt_error_clear(&err);
    char *got;
    size_t len;
    assert_int_equal(wt_read_file(big, 1 << 20, &got, &len, &err), WT_OK);
    assert_int_equal(len, n);
    assert_int_equal(memcmp(got, data, n), 0);
    assert_int_equal(got[n], 0);
    free(got);
    assert_int_equal(wt_read_file(big, n, &got, &len, &err), WT_OK);
    assert_int_equal(len, n);
    free(got);
    assert_int_equal(wt_read_file(big, n - 1, &got, &len, &err), WT_ETOOBIG);
    assert_null(got);
    assert_non_null(strstr(err.file, "big.bin"));
    assert_int_equal(wt_read_file(empty, 10, &got, &len, &err), WT_OK);
    assert_int_equal(len, 0);
    assert_string_equal(got, "");
    free(got);
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    assert_int_equal(write(fds[1], data, 5000), 5000);
    close(fds[1]);
    snprintf(pipe_path, sizeof pipe_path, "/dev/fd/%d", fds[0]);
    assert_int_equal(wt_read_file(pipe_path, 1 << 20, &got, &len, &err), WT_OK);
    close(fds[0]);
    assert_int_equal(len, 5000);
    assert_int_equal(memcmp(got, data, 5000), 0);
    free(got);
    free(data);
    tu_rm_rf(dir);
}

static void errors_name_file_and_position(void **state)
{
    (void)state;
    wt_error e;
    wt_error_clear(&e);
    wt_fail(&e, WT_EINPUT, "a.jsonl", 3, -1, "malformed JSON at column %d", 7);
    char buf[256];
    wt_error_format(&e, buf, sizeof buf);
    assert_string_equal(buf, "a.jsonl:3: malformed JSON at column 7");
    wt_fail(&e, WT_EINPUT, "b.txt", 0, 42, "invalid UTF-8");
    wt_error_format(&e, buf, sizeof buf);
    assert_string_equal(buf, "b.txt: byte 42: invalid UTF-8");
    assert_string_equal(wt_strerror(WT_ETOOBIG), "document too large");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_allocates_aligned_and_large),
        cmocka_unit_test(arena_packs_strings_and_grows_vectors_in_place),
        cmocka_unit_test(buf_respects_max),
        cmocka_unit_test(utf8_decoder_is_strict),
        cmocka_unit_test(json_strings_are_escaped),
        cmocka_unit_test(json_escapes_anywhere_in_long_strings),
        cmocka_unit_test(rewriter_maps_back),
        cmocka_unit_test(sizes_parse),
        cmocka_unit_test(uints_scan),
        cmocka_unit_test(blobs_read_model_files),
        cmocka_unit_test(files_are_read_whole),
        cmocka_unit_test(errors_name_file_and_position),
    };
    return cmocka_run_group_tests_name("base", tests, NULL, NULL);
}
