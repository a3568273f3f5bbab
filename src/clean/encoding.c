/* encoding.c - see encoding.h.
 *
 * Mojibake: a scraper that decodes UTF-8 bytes as a one-byte charset turns
 * U+201C (E2 80 9C) into "‚Äú" (Mac Roman), "â€œ" (Windows-1252) or
 * "â\u0080\u009c" (Latin-1). Each charset's byte table comes from iconv;
 * a run of characters that all map back to bytes forming one valid UTF-8
 * sequence of two or more bytes is replaced by the character those bytes
 * encode. A lone accented letter (é in "café") maps to a single byte that
 * is not valid UTF-8 on its own, so correct text is never touched. */
#include "encoding.h"

#include <iconv.h>
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

enum { CS_MACROMAN, CS_CP1252, CS_LATIN1, CS_COUNT };
static const char *const CHARSETS[CS_COUNT] = {"MACINTOSH", "CP1252", "ISO-8859-1"};

/* code point of each byte 0x80..0xFF in each charset (0 = undefined), and
 * the reverse, sorted by code point for binary search */
struct rev {
    int32_t cp;
    int byte;
};
struct wt_charsets {
    int32_t high[CS_COUNT][128];
    struct rev rev[CS_COUNT][128];
};

static int cmp_rev(const void *a, const void *b)
{
    int32_t x = ((const struct rev *)a)->cp, y = ((const struct rev *)b)->cp;
    return (x > y) - (x < y);
}

void wt_charsets_free(wt_charsets *t) { free(t); }

wt_status wt_charsets_load(wt_charsets **result, wt_error *err)
{
    *result = NULL;
    wt_charsets *t = calloc(1, sizeof *t);
    if (!t)
        return wt_fail(err, WT_ENOMEM, "iconv", 0, -1, "out of memory");
    for (int cs = 0; cs < CS_COUNT; cs++) {
        iconv_t cd = iconv_open("UTF-32LE", CHARSETS[cs]);
        if (cd == (iconv_t)-1) {
            free(t);
            return wt_fail(err, WT_EMODEL, "iconv", 0, -1, "the C library cannot convert from %s (needed to undo mojibake)",
                           CHARSETS[cs]);
        }
        for (int b = 0x80; b <= 0xFF; b++) {
            char in = (char)b;
            unsigned char out[8];
            char *ip = &in, *op = (char *)out;
            size_t il = 1, ol = sizeof out;
            iconv(cd, NULL, NULL, NULL, NULL);
            if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && ol == 4)
                t->high[cs][b - 0x80] = (int32_t)(out[0] | out[1] << 8 | out[2] << 16 | (uint32_t)out[3] << 24);
        }
        iconv_close(cd);
        /* "sloppy" Windows-1252: the five undefined bytes were read as the
         * C1 controls of the same value, as web browsers and Python's
         * errors="..." decoders leave them */
        for (int b = 0; b < 128; b++)
            if (!t->high[cs][b])
                t->high[cs][b] = b + 0x80;
        for (int b = 0; b < 128; b++)
            t->rev[cs][b] = (struct rev){t->high[cs][b] ? t->high[cs][b] : -1, b + 0x80};
        qsort(t->rev[cs], 128, sizeof t->rev[cs][0], cmp_rev);
    }
    *result = t;
    return WT_OK;
}

/* The byte a code point is in charset cs, or -1. */
static int byte_of(const wt_charsets *t, int cs, int32_t cp)
{
    if (cp < 0x80)
        return -1;
    struct rev key = {cp, 0};
    const struct rev *r = bsearch(&key, t->rev[cs], 128, sizeof key, cmp_rev);
    return r ? r->byte : -1;
}

/* A character that text plausibly holds on its own: not a combining mark,
 * control, unassigned or private-use code point (KafÃ© is "Kafé" through
 * Windows-1252 but a lone combining mark through Mac Roman). */
static bool plausible(int32_t cp, int32_t prev)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME:
        /* a mark on a letter of a non-Latin script (Arabic harakat) */
        return prev >= 0x370;
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CS:
        return false;
    default:
        return true;
    }
}

size_t wt_unmojibake(const wt_charsets *t, const char *s, size_t n, int32_t prev, char out[4], int *out_len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (int cs = 0; cs < CS_COUNT; cs++) {
        unsigned char bytes[4];
        size_t pos = 0;
        int need = 0;
        for (int k = 0; k < 4; k++) {
            if (pos >= n)
                break;
            int32_t cp;
            int len = wt_utf8_decode(u + pos, n - pos, &cp);
            if (cp < 0x80)
                break;
            int b = byte_of(t, cs, cp);
            if (b < 0)
                break;
            if (k == 0) {
                if (b >= 0xC2 && b <= 0xDF)
                    need = 2;
                else if (b >= 0xE0 && b <= 0xEF)
                    need = 3;
                else if (b >= 0xF0 && b <= 0xF4)
                    need = 4;
                else
                    break;
            } else if (b < 0x80 || b > 0xBF) {
                break;
            }
            bytes[k] = (unsigned char)b;
            pos += (size_t)len;
            if (k + 1 == need) {
                int32_t real;
                int rl = wt_utf8_decode(bytes, (size_t)need, &real);
                if (real < 0 || rl != need || !plausible(real, prev))
                    break;
                memcpy(out, bytes, (size_t)need);
                *out_len = need;
                return pos;
            }
        }
    }
    return 0;
}

bool wt_fixes_push(wt_fixes *f, size_t in_s, size_t in_e, size_t out_s, size_t out_e, const char *kind)
{
    if (!f)
        return true;
    if (!wt_heap_grow(&f->v, f->n, &f->cap, sizeof *f->v))
        return false;
    f->v[f->n++] = (wt_fix){(uint32_t)in_s, (uint32_t)in_e, (uint32_t)out_s, (uint32_t)out_e, kind};
    return true;
}

void wt_fixes_free(wt_fixes *f)
{
    free(f->v);
    f->v = NULL;
    f->n = f->cap = 0;
}

/* An HTML entity at s ('&' ...;): its UTF-8 in out, consumed length or 0. */
static size_t entity(const char *s, size_t n, char out[4], int *out_len)
{
    size_t max = n < 34 ? n : 34;
    size_t semi = 0;
    for (size_t i = 1; i < max; i++)
        if (s[i] == ';') {
            semi = i;
            break;
        } else if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
                     (s[i] == '#' && i == 1))) {
            return 0;
        }
    if (semi < 2)
        return 0;
    int32_t cp = -1;
    if (s[1] == '#') {
        char *end;
        char num[16];
        size_t len = semi - 2;
        if (len == 0 || len >= sizeof num)
            return 0;
        memcpy(num, s + 2, len);
        num[len] = 0;
        long v = (num[0] == 'x' || num[0] == 'X') ? strtol(num + 1, &end, 16) : strtol(num, &end, 10);
        if (*end || v <= 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        cp = (int32_t)v;
    } else {
        char name[40];
        memcpy(name, s + 1, semi - 1);
        name[semi - 1] = 0;
        const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
        if (!e)
            return 0;
        cp = (int32_t)e->value;
    }
    *out_len = wt_utf8_encode(cp, out);
    return semi + 1;
}

bool wt_repair_encoding(const wt_charsets *t, const char *s, size_t n, wt_rewriter *rw, wt_fixes *fixes)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, copied = 0;
    int32_t prev = 0; /* the last code point written */
    while (i < n) {
        unsigned char c = u[i];
        if (c < 0x80 && c != '&') {
            prev = c;
            i++;
            continue;
        }
        char rep[8];
        int rl = 0;
        size_t used = 0;
        const char *kind = NULL;
        if (c == '&') {
            used = entity(s + i, n - i, rep, &rl);
            kind = "entity";
        } else {
            used = wt_unmojibake(t, s + i, n - i, prev, rep, &rl);
            kind = "mojibake";
        }
        if (used) {
            /* the repaired character may itself be an odd space */
            int32_t cp;
            wt_utf8_decode((const unsigned char *)rep, (size_t)rl, &cp);
            if (cp == 0xA0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A)) {
                rep[0] = ' ';
                rl = 1;
            } else if (cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0xFEFF || cp == 0x2060 ||
                       cp == 0xAD || (cp >= 0x80 && cp < 0xA0)) {
                rl = 0;
            }
            wt_rw_copy(rw, s + copied, i - copied);
            size_t out_s = rw->out.len;
            wt_rw_replace(rw, used, rep, (size_t)rl);
            if (!wt_fixes_push(fixes, i, i + used, out_s, rw->out.len, kind))
                return false;
            if (rl)
                prev = cp;
            i += used;
            copied = i;
            continue;
        }
        if (c == '&') {
            i++;
            continue;
        }
        int32_t cp;
        int len = wt_utf8_decode(u + i, n - i, &cp);
        prev = cp;
        const char *sub = NULL;
        size_t sub_len = 0;
        if (cp == 0xA0 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0x1680 ||
            (cp >= 0x2000 && cp <= 0x200A)) {
            sub = " ";
            sub_len = 1;
        } else if (cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0xFEFF || cp == 0x2060 || cp == 0xAD ||
                   (cp >= 0x80 && cp < 0xA0)) {
            sub = "";
        } else if (cp == 0x2028 || cp == 0x2029) {
            sub = "\n";
            sub_len = 1;
        }
        if (sub) {
            wt_rw_copy(rw, s + copied, i - copied);
            wt_rw_replace(rw, (size_t)len, sub, sub_len);
            copied = i + (size_t)len;
        }
        i += (size_t)len;
    }
    wt_rw_copy(rw, s + copied, n - copied);
    return !rw->oom;
}
