/* json.c - a small careful JSON string emitter. Input must be valid UTF-8
 * (the pipeline guarantees it); control characters are escaped. */
#include "base.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The first i' >= i (n when none) at which s holds a byte the loop below
 * must look at: a control byte, '"', '\\' or 0xE2 (the lead byte of
 * U+2028 and U+2029); sixteen bytes a step where the machine can. */
static size_t plain_until(const char *s, size_t i, size_t n)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'), lead = _mm_set1_epi8((char)0xE2),
                  ctl = _mm_set1_epi8(0x1F);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, lead), _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl)));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == '"' || c == '\\' || c == 0xE2)
            return i;
    }
    return n;
}

bool wt_json_str(wt_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (!wt_buf_reserve(b, n + 2))
        return false;
    b->ptr[b->len++] = '"';
    size_t run = 0; /* start of the pending run of plain bytes */
    for (size_t i = plain_until(s, 0, n); i < n; i = plain_until(s, i + 1, n)) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char ubuf[7];
        if (c >= 0x20 && c != '"' && c != '\\') {
            /* U+2028 and U+2029 are valid JSON but break JavaScript */
            if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
                memcpy(ubuf, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", 7);
                esc = ubuf;
            } else {
                continue;
            }
        } else {
            switch (c) {
            case '"': esc = "\\\""; break;
            case '\\': esc = "\\\\"; break;
            case '\n': esc = "\\n"; break;
            case '\r': esc = "\\r"; break;
            case '\t': esc = "\\t"; break;
            case '\b': esc = "\\b"; break;
            case '\f': esc = "\\f"; break;
            default:
                ubuf[0] = '\\';
                ubuf[1] = 'u';
                ubuf[2] = '0';
                ubuf[3] = '0';
                ubuf[4] = hex[c >> 4];
                ubuf[5] = hex[c & 15];
                ubuf[6] = 0;
                esc = ubuf;
            }
        }
        if (!wt_buf_put(b, s + run, i - run) || !wt_buf_puts(b, esc))
            return false;
        if (esc == ubuf && ubuf[2] == '2')
            i += 2; /* skipped the rest of U+2028/2029 */
        run = i + 1;
    }
    return wt_buf_put(b, s + run, n - run) && wt_buf_putc(b, '"');
}

bool wt_json_cstr(wt_buf *b, const char *s)
{
    if (!s)
        return wt_buf_put(b, "null", 4);
    return wt_json_str(b, s, strlen(s));
}
