/* json.c - a small careful JSON string emitter. Input must be valid UTF-8
 * (the pipeline guarantees it); control characters are escaped. */
#include "base.h"

#include <string.h>

bool wt_json_str(wt_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (!wt_buf_reserve(b, n + 2))
        return false;
    b->ptr[b->len++] = '"';
    size_t run = 0; /* start of the pending run of plain bytes */
    for (size_t i = 0; i < n; i++) {
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
