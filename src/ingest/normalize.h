/* normalize.h - bytes to clean Unicode: UTF-8 validation, BOM, line ends,
 * control characters, NFC. Every change is recorded in an offset map. */
#ifndef WT_NORMALIZE_H
#define WT_NORMALIZE_H

#include "../base/base.h"

typedef struct wt_norm_report {
    size_t invalid;       /* invalid UTF-8 bytes replaced by U+FFFD */
    size_t first_invalid; /* byte offset of the first one */
    size_t controls;      /* control characters removed or replaced */
    size_t first_control;
    size_t nuls;
    bool bom;
    bool binary; /* too many invalid or control bytes to be text */
} wt_norm_report;

/* Normalises raw[0..n) into rw (which must be freshly initialised).
 * Returns false only when memory runs out. */
bool wt_normalize(const char *raw, size_t n, wt_rewriter *rw, wt_norm_report *rep);

/* Converts UTF-16 with a byte-order mark to UTF-8 into out. Returns false if
 * raw does not start with a UTF-16 BOM or memory runs out. */
bool wt_utf16_to_utf8(const char *raw, size_t n, wt_buf *out);

#endif
