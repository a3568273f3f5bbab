/* buf.c - growable byte buffers with a hard maximum. */
#include "base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void wt_buf_init(wt_buf *b, size_t max)
{
    b->ptr = NULL;
    b->len = b->cap = 0;
    b->max = max;
    b->oom = false;
}

static bool grow(wt_buf *b, size_t extra);

bool wt_buf_reserve(wt_buf *b, size_t extra)
{
    if (grow(b, extra))
        return true;
    b->oom = true;
    return false;
}

static bool grow(wt_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1)
        return false;
    size_t need = b->len + extra + 1; /* room for a NUL */
    if (b->max && need > b->max + 1)
        return false;
    if (need <= b->cap)
        return true;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < need)
        ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
    if (b->max && ncap > b->max + 1)
        ncap = b->max + 1;
    char *p = realloc(b->ptr, ncap);
    if (!p)
        return false;
    b->ptr = p;
    b->cap = ncap;
    return true;
}

/* room for n more bytes and the NUL without growing (cap never passes
 * max + 1, so a buffer with room is within its maximum) */
static inline bool has_room(const wt_buf *b, size_t n) { return b->cap > b->len && n < b->cap - b->len; }

bool wt_buf_put_grow(wt_buf *b, const void *p, size_t n)
{
    if (!has_room(b, n) && !wt_buf_reserve(b, n))
        return false;
    if (n)
        memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = 0;
    return true;
}

bool wt_buf_putc_grow(wt_buf *b, char c)
{
    if (!has_room(b, 1) && !wt_buf_reserve(b, 1))
        return false;
    b->ptr[b->len++] = c;
    b->ptr[b->len] = 0;
    return true;
}

bool wt_buf_printf(wt_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return false;
    if ((size_t)n < sizeof tmp)
        return wt_buf_put(b, tmp, (size_t)n);
    if (!wt_buf_reserve(b, (size_t)n))
        return false;
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return true;
}

bool wt_heap_grow(void *ptrp, size_t n, size_t *cap, size_t elem)
{
    if (n < *cap)
        return true;
    size_t ncap = *cap ? *cap * 2 : 16;
    if (ncap > SIZE_MAX / elem)
        return false;
    void **pp = ptrp;
    void *p = realloc(*pp, ncap * elem);
    if (!p)
        return false;
    *pp = p;
    *cap = ncap;
    return true;
}

bool wt_buf_putu(wt_buf *b, uint64_t v)
{
    size_t n = 1;
    for (uint64_t x = v; x >= 10; x /= 10)
        n++;
    if (!has_room(b, n) && !wt_buf_reserve(b, n))
        return false;
    char *end = b->ptr + b->len + n;
    *end = 0;
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    b->len += n;
    return true;
}

void wt_buf_clear(wt_buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = 0;
}

void wt_buf_free(wt_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}
