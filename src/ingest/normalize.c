/* normalize.c - see normalize.h. */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* Pass 1: bytes -> valid UTF-8 with LF line ends and no control characters. */
static bool pass_bytes(const char *raw, size_t n, wt_rewriter *rw, wt_norm_report *rep,
                       bool *needs_nfc)
{
    const unsigned char *u = (const unsigned char *)raw;
    size_t i = 0, copied = 0;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        wt_rw_replace(rw, 3, "", 0);
        rep->bom = true;
        i = copied = 3;
    }
#define FLUSH()                                       \
    do {                                              \
        wt_rw_copy(rw, raw + copied, i - copied);     \
    } while (0)
    while (i < n) {
        unsigned c = u[i];
        if (c >= 0x20 && c < 0x7F) {
            i++;
            continue;
        }
        if (c == '\n' || c == '\t') {
            i++;
            continue;
        }
        if (c >= 0x80) {
            int32_t cp;
            int len = wt_utf8_decode(u + i, n - i, &cp);
            if (cp >= 0) {
                if (cp >= 0x300)
                    *needs_nfc = true;
                /* C1 controls (U+0080..U+009F) stay: they may be part of
                 * Latin-1 mojibake, which the cleaner repairs or drops */
                i += (size_t)len;
                continue;
            }
            FLUSH();
            wt_rw_replace(rw, 1, REPLACEMENT, 3);
            if (!rep->invalid++)
                rep->first_invalid = i;
            i++;
            copied = i;
            continue;
        }
        /* ASCII control characters */
        FLUSH();
        if (c == '\r') {
            size_t len = (i + 1 < n && u[i + 1] == '\n') ? 2 : 1;
            wt_rw_replace(rw, len, "\n", 1);
            i += len;
        } else if (c == '\f' || c == '\v') {
            wt_rw_replace(rw, 1, "\n", 1);
            i++;
        } else {
            if (c == 0)
                rep->nuls++;
            if (!rep->controls++)
                rep->first_control = i;
            wt_rw_replace(rw, 1, "", 0);
            i++;
        }
        copied = i;
    }
    FLUSH();
#undef FLUSH
    return !rw->oom;
}

/* A code point NFC never changes and never combines with a neighbour. */
static bool nfc_inert(int32_t cp)
{
    if (cp < 0x300)
        return true;
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    if (p->combining_class != 0)
        return false;
    if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0)
        return false; /* canonical decomposition */
    if (p->comb_index != UINT16_MAX)
        return false; /* takes part in a composition */
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return false; /* Hangul syllables compose algorithmically */
    if (cp >= 0x1100 && cp <= 0x11FF)
        return false;
    return true;
}

/* Pass 2: NFC, applied only to the chunks that can change: a run of
 * non-inert code points together with the code point before it. */
static bool pass_nfc(const char *s, size_t n, wt_rewriter *rw)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, copied = 0, prev = 0;
    while (i < n) {
        int32_t cp;
        int len = u[i] < 0x80 ? (cp = u[i], 1) : wt_utf8_decode(u + i, n - i, &cp);
        if (nfc_inert(cp)) {
            prev = i;
            i += (size_t)len;
            continue;
        }
        size_t start = prev < copied ? copied : prev;
        size_t end = i;
        while (end < n) {
            int32_t c2;
            int l2 = u[end] < 0x80 ? (c2 = u[end], 1) : wt_utf8_decode(u + end, n - end, &c2);
            if (nfc_inert(c2) && end > i)
                break;
            end += (size_t)l2;
        }
        utf8proc_uint8_t *dst = NULL;
        utf8proc_ssize_t m = utf8proc_map(u + start, (utf8proc_ssize_t)(end - start), &dst,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (m >= 0 && ((size_t)m != end - start || memcmp(dst, u + start, (size_t)m) != 0)) {
            wt_rw_copy(rw, s + copied, start - copied);
            wt_rw_replace(rw, end - start, (const char *)dst, (size_t)m);
            copied = end;
        }
        free(dst);
        prev = end;
        i = end;
    }
    wt_rw_copy(rw, s + copied, n - copied);
    return !rw->oom;
}

bool wt_normalize(const char *raw, size_t n, wt_rewriter *rw, wt_norm_report *rep)
{
    memset(rep, 0, sizeof *rep);
    bool needs_nfc = false;
    if (!pass_bytes(raw, n, rw, rep, &needs_nfc))
        return false;
    size_t bad = rep->invalid + rep->controls;
    if (bad >= 4 && (bad * 20 > n || rep->nuls * 50 > n))
        rep->binary = true;
    if (!needs_nfc || rep->binary)
        return true;
    wt_rewriter rw2;
    wt_rw_init(&rw2, 0);
    if (!pass_nfc(rw->out.ptr, rw->out.len, &rw2)) {
        wt_rw_free(&rw2);
        return false;
    }
    if (rw2.map.n == 0) { /* already NFC */
        wt_rw_free(&rw2);
        return true;
    }
    wt_offmap composed;
    if (!wt_offmap_compose(&rw2.map, &rw->map, &composed)) {
        wt_rw_free(&rw2);
        return false;
    }
    wt_rw_free(rw);
    rw->out = rw2.out;
    rw->map = composed;
    wt_offmap_free(&rw2.map);
    return true;
}

bool wt_utf16_to_utf8(const char *raw, size_t n, wt_buf *out)
{
    const unsigned char *u = (const unsigned char *)raw;
    if (n < 2)
        return false;
    bool le;
    if (u[0] == 0xFF && u[1] == 0xFE)
        le = true;
    else if (u[0] == 0xFE && u[1] == 0xFF)
        le = false;
    else
        return false;
    for (size_t i = 2; i + 1 < n; i += 2) {
        uint32_t w = le ? (uint32_t)(u[i] | u[i + 1] << 8) : (uint32_t)(u[i] << 8 | u[i + 1]);
        int32_t cp = (int32_t)w;
        if (w >= 0xD800 && w <= 0xDBFF && i + 3 < n) {
            uint32_t w2 = le ? (uint32_t)(u[i + 2] | u[i + 3] << 8) : (uint32_t)(u[i + 2] << 8 | u[i + 3]);
            if (w2 >= 0xDC00 && w2 <= 0xDFFF) {
                cp = (int32_t)(0x10000 + ((w - 0xD800) << 10) + (w2 - 0xDC00));
                i += 2;
            } else {
                cp = 0xFFFD;
            }
        } else if (w >= 0xD800 && w <= 0xDFFF) {
            cp = 0xFFFD;
        }
        char enc[4];
        if (!wt_buf_put(out, enc, (size_t)wt_utf8_encode(cp, enc)))
            return false;
    }
    return true;
}
