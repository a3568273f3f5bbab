/* Unit tests: bytes to clean Unicode, with offsets back to the raw input. */
#include "testutil.h"

#include "ingest/normalize.h"

static wt_norm_report run(const char *raw, size_t n, wt_rewriter *rw)
{
    wt_norm_report rep;
    wt_rw_init(rw, 0);
    assert_true(wt_normalize(raw, n, rw, &rep));
    return rep;
}

static void bom_and_crlf(void **state)
{
    (void)state;
    const char raw[] = "\xEF\xBB\xBFSatu\r\nDua\rTiga\n";
    wt_rewriter rw;
    wt_norm_report rep = run(raw, sizeof raw - 1, &rw);
    assert_true(rep.bom);
    assert_string_equal(rw.out.ptr, "Satu\nDua\nTiga\n");
    /* "Dua" starts at 5 in the output and at 3+4+2 = 9 in the raw bytes */
    assert_int_equal(wt_offmap_to_raw(&rw.map, 5), 9);
    assert_int_equal(wt_offmap_to_raw(&rw.map, 0), 3);
    wt_rw_free(&rw);
}

static void invalid_bytes_are_replaced_and_counted(void **state)
{
    (void)state;
    const char raw[] = "Rusia \xFF\xFE dan \xC3 Vietnam";
    wt_rewriter rw;
    wt_norm_report rep = run(raw, sizeof raw - 1, &rw);
    assert_int_equal(rep.invalid, 3);
    assert_int_equal(rep.first_invalid, 6);
    assert_false(rep.binary);
    assert_string_equal(rw.out.ptr, "Rusia \xEF\xBF\xBD\xEF\xBF\xBD dan \xEF\xBF\xBD Vietnam");
    /* "Vietnam" maps back to its raw offset */
    const char *v = strstr(rw.out.ptr, "Vietnam");
    assert_int_equal(wt_offmap_to_raw(&rw.map, (size_t)(v - rw.out.ptr)), sizeof raw - 1 - 7);
    wt_rw_free(&rw);
}

static void nfc_composes_and_maps(void **state)
{
    (void)state;
    /* "Kafe" + U+0301 combining acute -> "Kafé"; curly quotes untouched */
    const char raw[] = "\xE2\x80\x9CKafe\xCC\x81\xE2\x80\x9D di Hanoi";
    wt_rewriter rw;
    run(raw, sizeof raw - 1, &rw);
    assert_string_equal(rw.out.ptr, "\xE2\x80\x9CKaf\xC3\xA9\xE2\x80\x9D di Hanoi");
    const char *h = strstr(rw.out.ptr, "Hanoi");
    const char *rh = strstr(raw, "Hanoi");
    assert_int_equal(wt_offmap_to_raw(&rw.map, (size_t)(h - rw.out.ptr)), (size_t)(rh - raw));
    wt_rw_free(&rw);
}

static void already_nfc_text_is_unchanged(void **state)
{
    (void)state;
    const char raw[] = "Menlu RI \xE2\x80\x9Cterbuka\xE2\x80\x9D \xE2\x80\x94 caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87";
    wt_rewriter rw;
    run(raw, sizeof raw - 1, &rw);
    assert_string_equal(rw.out.ptr, raw);
    assert_int_equal(rw.map.n, 0);
    wt_rw_free(&rw);
}

static void controls_removed_binary_detected(void **state)
{
    (void)state;
    const char raw[] = "a\x01" "b\x1B[0mc\x7F";
    wt_rewriter rw;
    wt_norm_report rep = run(raw, sizeof raw - 1, &rw);
    assert_int_equal(rep.controls, 3);
    assert_string_equal(rw.out.ptr, "ab[0mc");
    wt_rw_free(&rw);

    unsigned char junk[4096];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (unsigned char)(x >> 16);
    }
    rep = run((const char *)junk, sizeof junk, &rw);
    assert_true(rep.binary);
    wt_rw_free(&rw);
}

static void utf16_is_converted(void **state)
{
    (void)state;
    const char raw[] = "\xFF\xFE" "R\0u\0s\0i\0a\0 \0\x1C\x20" "!\0";
    wt_buf b;
    wt_buf_init(&b, 0);
    assert_true(wt_utf16_to_utf8(raw, sizeof raw - 1, &b));
    assert_string_equal(b.ptr, "Rusia \xE2\x80\x9C!");
    wt_buf_free(&b);
    wt_buf_init(&b, 0);
    assert_false(wt_utf16_to_utf8("plain", 5, &b));
    wt_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bom_and_crlf),
        cmocka_unit_test(invalid_bytes_are_replaced_and_counted),
        cmocka_unit_test(nfc_composes_and_maps),
        cmocka_unit_test(already_nfc_text_is_unchanged),
        cmocka_unit_test(controls_removed_binary_detected),
        cmocka_unit_test(utf16_is_converted),
    };
    return cmocka_run_group_tests_name("normalize", tests, NULL, NULL);
}
