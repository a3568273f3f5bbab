/* clean.h - from normalised text to the clean text every offset refers to.
 * Today: the title line of a plain-text article is split off and blank
 * space at the edges is dropped; docs/clean.md lists what comes next. */
#ifndef WT_CLEAN_H
#define WT_CLEAN_H

#include "../base/base.h"

/* Rewrites s[0..n) into rw. When split_title is set and doc->title is
 * empty, a first short line that does not end like a sentence becomes
 * doc->title (allocated in doc->arena). */
bool wt_clean(wt_doc *doc, const char *s, size_t n, bool split_title, wt_rewriter *rw);

/* 1 if line s[0..n) looks like a headline: 2..25 words, at most 200 bytes,
 * not ending in . , ; : */
bool wt_looks_like_title(const char *s, size_t n);

#endif
