/* base.h - shared internals: growable buffers, vectors, offset-map building,
 * UTF-8 helpers and the JSON emitter. Private to libwarta. */
#ifndef WT_BASE_H
#define WT_BASE_H

#include "warta.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#define WT_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Sets err (if not NULL) and returns code. */
wt_status wt_fail(wt_error *err, wt_status code, const char *file, long long line,
                  long long byte, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* ---- growable byte buffer with a hard cap ---- */
typedef struct wt_buf {
    char *ptr;
    size_t len, cap;
    size_t max; /* 0 = no limit */
    bool oom;   /* sticky: some write failed (out of memory or over max) */
} wt_buf;

void wt_buf_init(wt_buf *b, size_t max);
/* Returns false when memory runs out or max would be exceeded. */
bool wt_buf_reserve(wt_buf *b, size_t extra);
bool wt_buf_put_grow(wt_buf *b, const void *p, size_t n);
/* n bytes (and the NUL after them): inline where the buffer has room, so
 * that a literal's length and copy are known when it is compiled. */
static inline bool wt_buf_put(wt_buf *b, const void *p, size_t n)
{
    if (!(b->cap > b->len && n < b->cap - b->len))
        return wt_buf_put_grow(b, p, n);
    if (n)
        memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = 0;
    return true;
}
bool wt_buf_putc_grow(wt_buf *b, char c);
/* One byte (and the NUL after it): inline where the buffer has room. */
static inline bool wt_buf_putc(wt_buf *b, char c)
{
    if (b->len + 1 >= b->cap)
        return wt_buf_putc_grow(b, c);
    b->ptr[b->len++] = c;
    b->ptr[b->len] = 0;
    return true;
}
static inline bool wt_buf_puts(wt_buf *b, const char *s) { return wt_buf_put(b, s, strlen(s)); }
bool wt_buf_printf(wt_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends an unsigned decimal number (faster than printf on hot paths). */
bool wt_buf_putu(wt_buf *b, uint64_t v);
void wt_buf_clear(wt_buf *b);
void wt_buf_free(wt_buf *b);

/* ---- heap-backed growable array: makes room for one more element at
 * *ptr (holding n of cap), doubling; false when memory runs out ---- */
bool wt_heap_grow(void *ptrp, size_t n, size_t *cap, size_t elem);

/* ---- arena-backed growable array: WT_VEC_PUSH(arena, ptr, n, cap) ---- */
void *wt_vec_grow(wt_arena *a, void *ptr, size_t n, size_t *cap, size_t elem);
#define WT_VEC_PUSH(arena, ptr, n, cap)                                                        \
    (((n) < (cap) || ((ptr) = wt_vec_grow((arena), (ptr), (n), &(cap), sizeof(*(ptr))))) \
         ? &(ptr)[(n)++]                                                                   \
         : NULL)

/* ---- offset map building ---- */
/* A rewriter copies input to output, recording edits so that every output
 * offset maps back to an input offset. */
typedef struct wt_rewriter {
    wt_buf out;
    wt_offmap map;
    size_t in_pos; /* input bytes consumed */
    bool oom;
} wt_rewriter;

void wt_rw_init(wt_rewriter *rw, size_t max);
/* Copies n input bytes unchanged. */
void wt_rw_copy(wt_rewriter *rw, const char *p, size_t n);
/* Consumes in_len input bytes and writes rep (rep_len bytes) in their place. */
void wt_rw_replace(wt_rewriter *rw, size_t in_len, const char *rep, size_t rep_len);
void wt_rw_free(wt_rewriter *rw);

void wt_offmap_free(wt_offmap *m);
/* Composes: outer maps text->mid, inner maps mid->raw; result text->raw.
 * Either may be empty (identity). */
bool wt_offmap_compose(const wt_offmap *outer, const wt_offmap *inner, wt_offmap *result);
bool wt_offmap_push(wt_offmap *m, uint32_t start, uint32_t end, uint32_t rs, uint32_t re);
/* Maps an end offset (exclusive) back. */
size_t wt_offmap_to_raw_end(const wt_offmap *m, size_t off);

/* ---- UTF-8 ---- */
/* Decodes one code point at s[0..n); returns its length (1..4) and sets *cp,
 * or returns 1 and sets *cp = -1 for an invalid byte. n must be > 0. */
int wt_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
int wt_utf8_encode(int32_t cp, char out[4]);
/* Length of the valid UTF-8 prefix of s (never splits a code point). */
size_t wt_utf8_valid_prefix(const char *s, size_t n);

/* ---- JSON emitter ---- */
bool wt_json_str(wt_buf *b, const char *s, size_t n);   /* "..." escaped */
bool wt_json_cstr(wt_buf *b, const char *s);           /* NULL -> null */

/* ---- embedded data files ---- */
/* Splits a line at tabs into up to max fields (f[i], fl[i]); returns how
 * many. */
size_t wt_data_fields(const char *line, size_t len, const char **f, size_t *fl, size_t max);
/* Splits s[0..n) at spaces into up to max words, each copied into a slot
 * of width bytes at out (cut to fit); returns how many. */
size_t wt_data_words(const char *s, size_t n, char *out, size_t max, size_t width);

/* A data file being read, for messages that name its file and line. */
typedef struct wt_data_src {
    const char *name; /* "data/kb/people.tsv" (embedded) or the path read */
    const char *pos, *end;
    long long lineno; /* of the line wt_data_next returned last */
} wt_data_src;
void wt_data_open(wt_data_src *d, const char *name, const char *data, size_t len);
/* Steps to the next line that is neither empty nor a '#' comment,
 * counting lines (a CR before the LF is dropped); false at the end. */
bool wt_data_next(wt_data_src *d, const char **line, size_t *len);
/* Calls fn for each line of a data file (comments and blank lines
 * skipped) until one fails; returns that failure or WT_OK. */
typedef wt_status (*wt_data_line_fn)(void *ctx, wt_data_src *d, const char *line, size_t len, wt_error *err);
wt_status wt_data_each(const char *name, const char *data, size_t len, wt_data_line_fn fn, void *ctx, wt_error *err);
/* Fails with "NAME:LINE: message" for the line last read. */
wt_status wt_data_bad(wt_error *err, const wt_data_src *d, wt_status code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Reads a whole file (up to max bytes) into *out, NUL-terminated; free()
 * it. Errors name the file. */
wt_status wt_read_file(const char *path, size_t max, char **out, size_t *len, wt_error *err);

/* ---- model files: read whole and, when gzip, inflated in one call ---- */
typedef struct wt_blob {
    char *data; /* NUL-terminated */
    size_t len, pos;
} wt_blob;
/* Reads path (gzip, or plain as gzread would) whole, to at most max bytes
 * inflated; errors name the file. */
wt_status wt_blob_load(const char *path, size_t max, wt_blob *b, wt_error *err);
/* The same of a file's bytes raw[0..n) (NUL-terminated) already read with
 * wt_read_file: raw is taken (kept as the data, or freed); errors name path. */
wt_status wt_blob_from_bytes(char *raw, size_t n, size_t max, const char *path, wt_blob *b, wt_error *err);
/* The next line, newline kept, cut at cap - 1 bytes like gzgets; NULL at
 * the end. */
char *wt_blob_gets(wt_blob *b, char *line, size_t cap);
/* The next n bytes in place (NULL, nothing taken, when fewer are left). */
const void *wt_blob_take(wt_blob *b, size_t n);
bool wt_blob_read(wt_blob *b, void *out, size_t n); /* copies; false when fewer are left */
void wt_blob_free(wt_blob *b);

/* ---- process-wide objects made lazily (one per thread, say) ---- */
/* Runs fn(p) at exit; thread-safe. False if the registry is full (the
 * caller then frees p itself). */

/* ---- small string helpers ---- */
bool wt_str_eq_ci(const char *a, size_t an, const char *b); /* ASCII case-insensitive */
/* Words a and b are the same, any case (strcasecmp); most words differ in
 * their first two letters, which are compared first. */
static inline bool wt_word_eq_ci(const char *a, const char *b)
{
    if (tolower((unsigned char)a[0]) != tolower((unsigned char)b[0]))
        return false;
    if (a[0] && tolower((unsigned char)a[1]) != tolower((unsigned char)b[1]))
        return false;
    return strcasecmp(a, b) == 0;
}
/* FNV-1a of a word's ASCII lower case: words wt_word_eq_ci calls the
 * same hash the same. */
static inline uint32_t wt_word_hash_ci(const char *w)
{
    uint32_t h = 2166136261u;
    for (; *w; w++)
        h = (h ^ (uint32_t)tolower((unsigned char)*w)) * 16777619u;
    return h;
}
/* Reads n unsigned numbers in base 10 or 16 from *s, each after spaces or
 * tabs (what sscanf's "%u %u" reads from a model file, without its cost),
 * and moves *s past them. False on a missing digit or a number above
 * max; what follows the last number is left unread. */
bool wt_scan_uints(const char **s, int base, unsigned long long max, unsigned long long *out, size_t n);

#endif
