/* encoding.h - repairs encoding damage in text: mojibake (UTF-8 read as Mac
 * Roman, Windows-1252 or Latin-1), HTML entities left in text, no-break,
 * zero-width and other odd spaces, C1 control characters. */
#ifndef WT_ENCODING_H
#define WT_ENCODING_H

#include "../base/base.h"

/* The byte tables of the charsets mojibake comes through (from iconv). */
typedef struct wt_charsets wt_charsets;
wt_status wt_charsets_load(wt_charsets **out, wt_error *err);
void wt_charsets_free(wt_charsets *t);

typedef struct wt_fix {
    uint32_t in_start, in_end; /* span in the input of the pass */
    uint32_t out_start, out_end;
    const char *kind;          /* "mojibake", "entity" */
} wt_fix;

typedef struct wt_fixes {
    wt_fix *v;
    size_t n, cap;
} wt_fixes;

/* Rewrites s[0..n) into rw; records every mojibake and entity fix in fixes
 * (which may be NULL). Returns false when memory runs out. */
bool wt_repair_encoding(const wt_charsets *t, const char *s, size_t n, wt_rewriter *rw, wt_fixes *fixes);
void wt_fixes_free(wt_fixes *f);
/* Records a fix (f may be NULL); false when memory runs out. */
bool wt_fixes_push(wt_fixes *f, size_t in_s, size_t in_e, size_t out_s, size_t out_e, const char *kind);

/* Decodes one mojibake sequence at s: if s starts with characters that are
 * the bytes of a UTF-8 sequence read in a legacy charset, writes the real
 * character to out, returns the input length consumed; else 0. prev is the
 * code point before s (a combining mark is only accepted after a letter of
 * a non-Latin script). */
size_t wt_unmojibake(const wt_charsets *t, const char *s, size_t n, int32_t prev, char out[4], int *out_len);

#endif
