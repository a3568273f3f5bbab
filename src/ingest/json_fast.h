/* json_fast.h - a JSON record's top-level fields read with simdjson, the
 * fast path of the JSON Lines reader (reader.c). It answers only for the
 * plain case: an object whose values are all strings or integers that fit
 * 64 bits, no key twice and no NUL in a key. Anything else (nested values,
 * reals, duplicate keys, malformed JSON) is "not plain": the reader then
 * reads the line with jansson as before, so what a record becomes, and
 * every error message, stays jansson's (docs/ingest.md). */
#ifndef WT_JSON_FAST_H
#define WT_JSON_FAST_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bytes after the text that must be readable (their content is ignored). */
#define WT_JF_PADDING 64

typedef struct wt_jf_field {
    const char *key; /* NUL-terminated; valid until the next wt_jf_object */
    size_t key_len;
    bool is_int;
    const char *s; /* a string value (may hold NULs), NUL-terminated */
    size_t len;
    long long i; /* an integer value */
} wt_jf_field;

typedef struct wt_jf wt_jf;

wt_jf *wt_jf_new(void); /* NULL when memory runs out */
void wt_jf_free(wt_jf *p);

/* The fields of the JSON text buf[0..len) (followed by WT_JF_PADDING
 * readable bytes) in their order, when it is a plain record; false
 * otherwise (or when memory runs out). */
bool wt_jf_object(wt_jf *p, const char *buf, size_t len, const wt_jf_field **fields, size_t *n);

#ifdef __cplusplus
}
#endif

#endif
