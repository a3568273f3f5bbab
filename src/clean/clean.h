/* clean.h - from normalised text to the clean text every offset refers to.
 * Today: the title line of a plain-text article is split off and blank
 * space at the edges is dropped; docs/clean.md lists what comes next. */
#ifndef WT_CLEAN_H
#define WT_CLEAN_H

#include "../base/base.h"
#include "encoding.h"
#include "lines.h"
#include "repair.h"

/* What cleaning needs: shared tables and the worker's repairer. */
typedef struct wt_cleaner {
    const wt_charsets *charsets;
    const wt_boilerplate *boilerplate;
    const wt_repairer *repairer;
} wt_cleaner;

/* Rewrites s[0..n) into rw. When split_title is set and doc->title is
 * empty, a first short line that does not end like a sentence becomes
 * doc->title (allocated in doc->arena). */
bool wt_clean(const wt_cleaner *cl, wt_doc *doc, const char *s, size_t n, bool split_title, wt_rewriter *rw);

#endif
