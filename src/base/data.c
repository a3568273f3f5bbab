/* data.c - lines and fields of data files (embedded or read at run time). */
#include "base.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

size_t wt_data_fields(const char *line, size_t len, const char **f, size_t *fl, size_t max)
{
    size_t k = 0;
    const char *p = line, *e = line + len;
    while (k < max) {
        const char *t = memchr(p, '\t', (size_t)(e - p));
        const char *fe = t ? t : e;
        f[k] = p;
        fl[k++] = (size_t)(fe - p);
        if (!t)
            break;
        p = fe + 1;
    }
    return k;
}

size_t wt_data_words(const char *s, size_t n, char *out, size_t max, size_t width)
{
    size_t k = 0, i = 0;
    while (i < n && k < max) {
        while (i < n && s[i] == ' ')
            i++;
        size_t st = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i > st)
            snprintf(out + k++ * width, width, "%.*s", (int)(i - st), s + st);
    }
    return k;
}

void wt_data_open(wt_data_src *d, const char *name, const char *data, size_t len)
{
    d->name = name;
    d->pos = data;
    d->end = data + len;
    d->lineno = 0;
}

bool wt_data_next(wt_data_src *d, const char **line, size_t *len)
{
    while (d->pos < d->end) {
        const char *p = d->pos;
        const char *nl = memchr(p, '\n', (size_t)(d->end - p));
        const char *le = nl ? nl : d->end;
        d->pos = le + (nl ? 1 : 0);
        d->lineno++;
        if (le > p && le[-1] == '\r')
            le--;
        if (le > p && *p != '#') {
            *line = p;
            *len = (size_t)(le - p);
            return true;
        }
    }
    return false;
}

wt_status wt_data_each(const char *name, const char *data, size_t len, wt_data_line_fn fn, void *ctx, wt_error *err)
{
    wt_data_src d;
    wt_data_open(&d, name, data, len);
    const char *line;
    size_t n;
    while (wt_data_next(&d, &line, &n)) {
        wt_status st = fn(ctx, &d, line, n, err);
        if (st != WT_OK)
            return st;
    }
    return WT_OK;
}

wt_status wt_data_bad(wt_error *err, const wt_data_src *d, wt_status code, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return wt_fail(err, code, d->name, d->lineno, -1, "%s", msg);
}

wt_status wt_read_file(const char *path, size_t max, char **out, size_t *len, wt_error *err)
{
    *out = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
    /* a regular file's size is known: its bytes are read straight into one
     * block of that size, with a byte more to see its end (or that it grew) */
    size_t want = 65536;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        want = (size_t)st.st_size + 1;
    if (max && want > max + 1)
        want = max + 1;
    wt_buf b;
    wt_buf_init(&b, 0);
    bool too_big = false;
    for (;;) {
        if (b.cap < b.len + 2 && !wt_buf_reserve(&b, want))
            break;
        size_t room = b.cap - b.len - 1; /* at most one byte past max */
        if (max && room > max + 1 - b.len)
            room = max + 1 - b.len;
        size_t n = fread(b.ptr + b.len, 1, room, f);
        b.len += n;
        if ((too_big = max && b.len > max) || n < room)
            break;
        want = 65536;
    }
    bool bad = ferror(f) != 0;
    int e = errno;
    fclose(f);
    bool oom = b.oom;
    if (bad || oom || too_big) {
        wt_buf_free(&b);
        if (bad)
            return wt_fail(err, WT_EIO, path, 0, -1, "cannot read: %s", strerror(e));
        if (oom)
            return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
        return wt_fail(err, WT_ETOOBIG, path, 0, -1, "larger than %zu bytes", max);
    }
    if (!wt_buf_putc(&b, 0)) {
        wt_buf_free(&b);
        return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    }
    *out = b.ptr;
    *len = b.len - 1;
    return WT_OK;
}
