/* blob.c - a model file read whole and, when it is gzip, inflated in one
 * call (libdeflate), then read by lines and blocks like a gzFile. */
#include "base.h"

#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

static bool is_gzip(const unsigned char *p, size_t n) { return n >= 18 && p[0] == 0x1f && p[1] == 0x8b; }

/* The size the last member's trailer gives (modulo 4 GiB), at least 1. */
static size_t trailer_size(const unsigned char *p, size_t n)
{
    size_t s = (size_t)p[n - 4] | (size_t)p[n - 3] << 8 | (size_t)p[n - 2] << 16 | (size_t)p[n - 1] << 24;
    return s ? s : 1;
}

/* Inflates the gzip members of in[0..n) into *out; false on damage or when
 * the result would pass max bytes. */
static bool inflate_all(const unsigned char *in, size_t n, size_t max, char **out, size_t *len, bool *too_big)
{
    struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    size_t cap = trailer_size(in, n) + 1, used = 0, pos = 0;
    char *buf = NULL;
    bool ok = d != NULL;
    while (ok && pos < n && is_gzip(in + pos, n - pos)) {
        if (cap > max + 1) {
            cap = max + 1;
        }
        char *grown = realloc(buf, cap);
        if (!grown) {
            ok = false;
            break;
        }
        buf = grown;
        size_t in_used = 0, got = 0;
        enum libdeflate_result r =
            libdeflate_gzip_decompress_ex(d, in + pos, n - pos, buf + used, cap - 1 - used, &in_used, &got);
        if (r == LIBDEFLATE_INSUFFICIENT_SPACE && cap <= max) {
            cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2; /* another member, or a trailer past 4 GiB */
            continue;
        }
        if (r == LIBDEFLATE_INSUFFICIENT_SPACE)
            *too_big = true;
        ok = r == LIBDEFLATE_SUCCESS;
        pos += in_used;
        used += got;
    }
    libdeflate_free_decompressor(d);
    if (!ok) {
        free(buf);
        return false;
    }
    buf[used] = 0;
    *out = buf;
    *len = used;
    return true;
}

wt_status wt_blob_load(const char *path, size_t max, wt_blob *b, wt_error *err)
{
    memset(b, 0, sizeof *b);
    char *raw;
    size_t n;
    wt_status st = wt_read_file(path, max, &raw, &n, err);
    return st == WT_OK ? wt_blob_from_bytes(raw, n, max, path, b, err) : st;
}

wt_status wt_blob_from_bytes(char *raw, size_t n, size_t max, const char *path, wt_blob *b, wt_error *err)
{
    memset(b, 0, sizeof *b);
    if (!is_gzip((const unsigned char *)raw, n)) {
        b->data = raw; /* a plain file is read as it is, as gzread would */
        b->len = n;
        return WT_OK;
    }
    bool too_big = false;
    bool ok = inflate_all((const unsigned char *)raw, n, max, &b->data, &b->len, &too_big);
    free(raw);
    if (!ok && too_big)
        return wt_fail(err, WT_ETOOBIG, path, 0, -1, "inflates to more than %zu bytes", max);
    if (!ok)
        return wt_fail(err, WT_EMODEL, path, 0, -1, "damaged gzip data (or out of memory)");
    return WT_OK;
}

char *wt_blob_gets(wt_blob *b, char *line, size_t cap)
{
    if (cap == 0 || b->pos >= b->len)
        return NULL;
    size_t n = b->len - b->pos < cap - 1 ? b->len - b->pos : cap - 1;
    const char *nl = memchr(b->data + b->pos, '\n', n);
    if (nl)
        n = (size_t)(nl - (b->data + b->pos)) + 1;
    memcpy(line, b->data + b->pos, n);
    line[n] = 0;
    b->pos += n;
    return line;
}

const void *wt_blob_take(wt_blob *b, size_t n)
{
    if (b->len - b->pos < n)
        return NULL;
    const void *p = b->data + b->pos;
    b->pos += n;
    return p;
}

bool wt_blob_read(wt_blob *b, void *out, size_t n)
{
    const void *p = wt_blob_take(b, n);
    if (p)
        memcpy(out, p, n);
    return p != NULL;
}

void wt_blob_free(wt_blob *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}
