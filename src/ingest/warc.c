/* warc.c - see warc.h.
 *
 * A .warc.gz file is a series of gzip members, one record each. Members are
 * inflated one at a time, so a damaged member is reported and skipped: the
 * reader looks for the next gzip header (1f 8b 08) and goes on. A plain
 * .warc is read record by record with Content-Length; after a damaged record
 * the reader looks for the next line that starts with "WARC/1.". */
#include "warc.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#define CHUNK (1 << 16)

struct wt_warc {
    FILE *fp;
    char *path;
    bool gz;
    size_t max;
    /* compressed input */
    unsigned char in[CHUNK];
    size_t in_pos, in_len;
    long long file_pos; /* bytes of the file before in[0] */
    bool eof;
    /* decompressed (or plain) records */
    wt_buf data;
    size_t data_pos;
    long long record_offset;
    bool resync; /* plain file: looking for the next "WARC/1." line */
    /* the current record */
    wt_buf body;
    char uri[2048], date[64], id[160];
};

static bool fill(wt_warc *w)
{
    if (w->in_pos < w->in_len)
        return true;
    if (w->eof)
        return false;
    w->file_pos += (long long)w->in_len;
    w->in_len = fread(w->in, 1, CHUNK, w->fp);
    w->in_pos = 0;
    if (w->in_len == 0)
        w->eof = true;
    return w->in_len > 0;
}

wt_status wt_warc_open(const char *path, size_t max_record, wt_warc **out, wt_error *err)
{
    *out = NULL;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
    return wt_warc_open_file(fp, path, max_record, out, err);
}

wt_status wt_warc_open_file(FILE *fp, const char *name, size_t max_record, wt_warc **out, wt_error *err)
{
    *out = NULL;
    wt_warc *w = calloc(1, sizeof *w);
    if (!w) {
        fclose(fp);
        return wt_fail(err, WT_ENOMEM, name, 0, -1, "out of memory");
    }
    w->fp = fp;
    w->path = strdup(name);
    w->max = max_record;
    wt_buf_init(&w->data, 0);
    wt_buf_init(&w->body, 0);
    fill(w);
    w->gz = w->in_len >= 2 && w->in[0] == 0x1f && w->in[1] == 0x8b;
    *out = w;
    return WT_OK;
}

void wt_warc_close(wt_warc *w)
{
    if (!w)
        return;
    if (w->fp)
        fclose(w->fp);
    free(w->path);
    wt_buf_free(&w->data);
    wt_buf_free(&w->body);
    free(w);
}

size_t wt_warc_bytes(const wt_warc *w) { return (size_t)(w->file_pos + (long long)w->in_pos); }

/* Skips to the next gzip header; false at the end of the file. */
static bool resync_gzip(wt_warc *w)
{
    for (;;) {
        if (!fill(w))
            return false;
        while (w->in_pos < w->in_len) {
            if (w->in[w->in_pos] == 0x1f) {
                /* need two more bytes to check; keep them in the buffer */
                if (w->in_pos + 2 >= w->in_len) {
                    size_t keep = w->in_len - w->in_pos;
                    memmove(w->in, w->in + w->in_pos, keep);
                    w->file_pos += (long long)w->in_pos;
                    size_t got = fread(w->in + keep, 1, CHUNK - keep, w->fp);
                    w->in_len = keep + got;
                    w->in_pos = 0;
                    if (!got) {
                        w->eof = true;
                        return false;
                    }
                    continue;
                }
                if (w->in[w->in_pos + 1] == 0x8b && w->in[w->in_pos + 2] == 0x08)
                    return true;
            }
            w->in_pos++;
        }
    }
}

/* Inflates one gzip member into w->data (appended). Returns WT_OK, WT_DONE
 * at the end of the file, or an error (the member is dropped). */
static wt_status inflate_member(wt_warc *w, wt_error *err)
{
    if (!fill(w))
        return WT_DONE;
    w->record_offset = w->file_pos + (long long)w->in_pos;
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return wt_fail(err, WT_ENOMEM, w->path, 0, w->record_offset, "cannot start zlib");
    size_t start_len = w->data.len;
    int rc = Z_OK;
    unsigned char out[CHUNK];
    while (rc != Z_STREAM_END) {
        if (w->in_pos >= w->in_len && !fill(w)) {
            rc = Z_BUF_ERROR;
            break;
        }
        z.next_in = w->in + w->in_pos;
        z.avail_in = (uInt)(w->in_len - w->in_pos);
        z.next_out = out;
        z.avail_out = sizeof out;
        rc = inflate(&z, Z_NO_FLUSH);
        w->in_pos = w->in_len - z.avail_in;
        size_t got = sizeof out - z.avail_out;
        if (got && w->data.len - start_len + got > w->max + 65536) {
            rc = Z_MEM_ERROR;
            break;
        }
        if (got && !wt_buf_put(&w->data, out, got)) {
            rc = Z_MEM_ERROR;
            break;
        }
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
    }
    inflateEnd(&z);
    if (rc == Z_STREAM_END)
        return WT_OK;
    w->data.len = start_len;
    long long at = w->record_offset;
    wt_status st = rc == Z_MEM_ERROR
                       ? wt_fail(err, WT_ETOOBIG, w->path, 0, at,
                                 "WARC record over the limit of %zu bytes (--max-doc-size); skipped", w->max)
                       : wt_fail(err, WT_EINPUT, w->path, 0, at, "damaged or truncated gzip member (%s); skipped",
                                 z.msg ? z.msg : (rc == Z_BUF_ERROR ? "unexpected end of file" : "inflate error"));
    /* go on at the next member */
    if (w->in_pos < w->in_len)
        w->in_pos++;
    resync_gzip(w);
    return st;
}

/* Plain WARC: makes sure data holds at least need bytes from data_pos. */
static bool plain_need(wt_warc *w, size_t need)
{
    while (w->data.len - w->data_pos < need) {
        if (!fill(w))
            return false;
        size_t n = w->in_len - w->in_pos;
        if (!wt_buf_put(&w->data, w->in + w->in_pos, n))
            return false;
        w->in_pos = w->in_len;
    }
    return true;
}

static bool ci_contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0)
            return true;
    return false;
}

static const char *find_crlfcrlf(const char *s, size_t n)
{
    for (size_t i = 0; i + 3 < n; i++)
        if (s[i] == '\r' && s[i + 1] == '\n' && s[i + 2] == '\r' && s[i + 3] == '\n')
            return s + i;
    return NULL;
}

/* Value of header name in the block [s, e), copied into out. */
static bool header(const char *s, const char *e, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name);
    const char *p = s;
    while (p < e) {
        const char *eol = memchr(p, '\n', (size_t)(e - p));
        if (!eol)
            eol = e;
        if ((size_t)(eol - p) > nl + 1 && strncasecmp(p, name, nl) == 0 && p[nl] == ':') {
            const char *v = p + nl + 1;
            while (v < eol && (*v == ' ' || *v == '\t'))
                v++;
            const char *ve = eol;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' '))
                ve--;
            size_t len = (size_t)(ve - v) < cap - 1 ? (size_t)(ve - v) : cap - 1;
            memcpy(out, v, len);
            out[len] = 0;
            return true;
        }
        p = eol + 1;
    }
    return false;
}

/* Undoes Transfer-Encoding: chunked. */
static bool dechunk(const char *s, size_t n, wt_buf *out)
{
    size_t i = 0;
    while (i < n) {
        char *end;
        unsigned long size = strtoul(s + i, &end, 16);
        const char *eol = memchr(s + i, '\n', n - i);
        if (!eol || end == s + i)
            return false;
        i = (size_t)(eol - s) + 1;
        if (size == 0)
            return true;
        if (size > n - i)
            size = n - i;
        wt_buf_put(out, s + i, size);
        i += size;
        while (i < n && (s[i] == '\r' || s[i] == '\n'))
            i++;
    }
    return true;
}

static bool gunzip_body(const char *s, size_t n, size_t max, wt_buf *out)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK)
        return false;
    unsigned char buf[CHUNK];
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)n;
    int rc;
    do {
        z.next_out = buf;
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        wt_buf_put(out, buf, sizeof buf - z.avail_out);
    } while (rc == Z_OK && out->len <= max);
    inflateEnd(&z);
    return rc == Z_STREAM_END;
}

/* Parses one record at data[data_pos..]; *used is its length including the
 * two CRLFs after it. Returns WT_OK with an HTML response in rec, WT_DONE
 * for a record of another kind (skipped quietly), WT_EINPUT if damaged,
 * WT_EEMPTY if more data is needed (plain files). */
static wt_status parse_record(wt_warc *w, wt_warc_record *rec, size_t *used, wt_error *err)
{
    const char *s = w->data.ptr + w->data_pos;
    size_t n = w->data.len - w->data_pos;
    while (n && (*s == '\r' || *s == '\n')) {
        s++;
        n--;
        w->data_pos++;
    }
    if (n == 0)
        return WT_EEMPTY;
    if (n < 8)
        return WT_EEMPTY;
    if (strncmp(s, "WARC/1.", 7) != 0)
        return wt_fail(err, WT_EINPUT, w->path, 0, w->record_offset, "not a WARC record (no WARC/1.x line); skipped to the next record");
    const char *hend = find_crlfcrlf(s, n);
    if (!hend)
        return n > 65536 ? wt_fail(err, WT_EINPUT, w->path, 0, w->record_offset, "WARC header without an end")
                         : WT_EEMPTY;
    char type[64] = "", len_s[32] = "", ctype[128] = "";
    header(s, hend, "WARC-Type", type, sizeof type);
    header(s, hend, "Content-Length", len_s, sizeof len_s);
    header(s, hend, "Content-Type", ctype, sizeof ctype);
    char *endp;
    unsigned long long clen = strtoull(len_s, &endp, 10);
    if (!len_s[0] || *endp)
        return wt_fail(err, WT_EINPUT, w->path, 0, w->record_offset, "WARC record without a valid Content-Length");
    size_t head = (size_t)(hend - s) + 4;
    if (clen > n - head) {
        if (!w->gz && clen <= w->max + 65536)
            return WT_EEMPTY; /* read more */
        return wt_fail(err, clen > w->max + 65536 ? WT_ETOOBIG : WT_EINPUT, w->path, 0, w->record_offset,
                       clen > w->max + 65536 ? "WARC record over the limit (--max-doc-size); skipped"
                                             : "WARC record shorter than its Content-Length (truncated); skipped");
    }
    *used = head + (size_t)clen + (size_t)(s - (w->data.ptr + w->data_pos));
    if (strcasecmp(type, "response") != 0 || !strstr(ctype, "application/http"))
        return WT_DONE;
    header(s, hend, "WARC-Target-URI", w->uri, sizeof w->uri);
    header(s, hend, "WARC-Date", w->date, sizeof w->date);
    char rid[160] = "";
    header(s, hend, "WARC-Record-ID", rid, sizeof rid);
    const char *r = rid;
    if (*r == '<')
        r++;
    if (strncmp(r, "urn:uuid:", 9) == 0)
        r += 9;
    snprintf(w->id, sizeof w->id, "%s", r);
    char *gt = strchr(w->id, '>');
    if (gt)
        *gt = 0;
    /* the HTTP response */
    const char *http = hend + 4;
    size_t hn = (size_t)clen;
    const char *bend = find_crlfcrlf(http, hn);
    if (!bend || hn < 12 || strncmp(http, "HTTP/", 5) != 0)
        return WT_DONE;
    const char *sp = memchr(http, ' ', (size_t)(bend - http));
    int status = sp ? atoi(sp + 1) : 0;
    char hct[128] = "", te[64] = "", ce[64] = "";
    header(http, bend, "Content-Type", hct, sizeof hct);
    header(http, bend, "Transfer-Encoding", te, sizeof te);
    header(http, bend, "Content-Encoding", ce, sizeof ce);
    if (status < 200 || status >= 300 || !(strstr(hct, "html") || !hct[0]))
        return WT_DONE;
    const char *body = bend + 4;
    size_t blen = hn - (size_t)(body - http);
    wt_buf_clear(&w->body);
    if (ci_contains(te, "chunked")) {
        wt_buf tmp;
        wt_buf_init(&tmp, 0);
        dechunk(body, blen, &tmp);
        wt_buf_put(&w->body, tmp.ptr ? tmp.ptr : "", tmp.len);
        wt_buf_free(&tmp);
    } else {
        wt_buf_put(&w->body, body, blen);
    }
    if (ci_contains(ce, "gzip") || ci_contains(ce, "deflate")) {
        wt_buf z;
        wt_buf_init(&z, 0);
        bool ok = gunzip_body(w->body.ptr ? w->body.ptr : "", w->body.len, w->max, &z);
        wt_buf_free(&w->body);
        w->body = z;
        if (!ok)
            return wt_fail(err, WT_EINPUT, w->path, 0, w->record_offset,
                           "HTTP body of %s cannot be decompressed; skipped", w->uri);
    }
    rec->uri = w->uri;
    rec->date = w->date[0] ? w->date : NULL;
    rec->id = w->id[0] ? w->id : NULL;
    rec->body = w->body.ptr ? w->body.ptr : "";
    rec->body_len = w->body.len;
    rec->offset = w->record_offset;
    return WT_OK;
}

static void compact(wt_warc *w)
{
    if (w->data_pos == 0)
        return;
    memmove(w->data.ptr, w->data.ptr + w->data_pos, w->data.len - w->data_pos);
    w->data.len -= w->data_pos;
    w->data_pos = 0;
}

wt_status wt_warc_next(wt_warc *w, wt_warc_record *rec, wt_error *err)
{
    for (;;) {
        if (w->gz) {
            /* one member per record; a record that spans members gets the next one */
            if (w->data_pos >= w->data.len) {
                wt_buf_clear(&w->data);
                w->data_pos = 0;
                wt_status st = inflate_member(w, err);
                if (st != WT_OK)
                    return st;
            }
        } else {
            compact(w);
            w->record_offset = w->file_pos + (long long)w->in_pos - (long long)w->data.len;
            if (!plain_need(w, 1) && w->data.len == 0)
                return WT_DONE;
        }
        if (w->resync) {
            /* plain file after a damaged record: skip to a "WARC/1." line */
            const char *s = w->data.ptr + w->data_pos;
            size_t n = w->data.len - w->data_pos, i = 0;
            while (i + 8 <= n && !((i == 0 || s[i - 1] == '\n') && strncmp(s + i, "WARC/1.", 7) == 0))
                i++;
            if (i + 8 > n) {
                w->data_pos += n > 8 ? n - 8 : 0;
                if (!plain_need(w, 9))
                    return WT_DONE;
                continue;
            }
            w->data_pos += i;
            w->resync = false;
            continue;
        }
        size_t used = 0;
        wt_status st = parse_record(w, rec, &used, err);
        if (st == WT_OK || st == WT_DONE) {
            w->data_pos += used;
            if (st == WT_OK)
                return WT_OK;
            continue;
        }
        if (st == WT_EEMPTY) {
            if (w->gz) {
                if (w->data_pos >= w->data.len)
                    continue;
                /* the record goes on in the next member */
                compact(w);
                wt_status st2 = inflate_member(w, err);
                if (st2 == WT_DONE) {
                    w->data.len = w->data_pos = 0;
                    return wt_fail(err, WT_EINPUT, w->path, 0, w->record_offset,
                                   "WARC record truncated at the end of the file; skipped");
                }
                if (st2 != WT_OK)
                    return st2;
                continue;
            }
            size_t have = w->data.len - w->data_pos;
            if (!plain_need(w, have + 1)) {
                if (have == 0 || w->data_pos >= w->data.len)
                    return WT_DONE;
                w->data.len = w->data_pos = 0;
                return wt_fail(err, WT_EINPUT, w->path, 0, w->record_offset,
                               "WARC record truncated at the end of the file; skipped");
            }
            continue;
        }
        /* damaged: drop what we have and look for the next record */
        if (w->gz) {
            w->data.len = w->data_pos = 0;
        } else {
            w->data_pos++;
            w->resync = true;
        }
        return st;
    }
}
