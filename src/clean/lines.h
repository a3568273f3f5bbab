/* lines.h - line-level cleaning: paragraphs a scraper joined with commas are
 * split again; navigation, widget, share and byline lines, photo credits,
 * repeated lines and agency tags are dropped; the dateline prefix is split
 * into source and place; the headline becomes the title. */
#ifndef WT_LINES_H
#define WT_LINES_H

#include "../base/base.h"

/* Lines of site furniture (data/boilerplate.txt, embedded). */
typedef struct wt_boilerplate wt_boilerplate;
wt_status wt_boilerplate_load(wt_boilerplate **out, wt_error *err);
void wt_boilerplate_free(wt_boilerplate *bp);

/* Restores paragraphs joined as "end.,Next" when the document shows that
 * pattern repeatedly. */
bool wt_unjoin_paragraphs(const char *s, size_t n, wt_rewriter *rw);

/* Drops leftover lines and fills doc->title (when empty and find_title is
 * set), doc->source, doc->dateline and doc->agency. */
bool wt_clean_lines(const wt_boilerplate *bp, wt_doc *doc, const char *s, size_t n, bool find_title, wt_rewriter *rw);

/* Splits a dateline prefix ("JAKARTA, KOMPAS.com - ") off the line
 * s[0..n): returns its length including the dash and the space after it,
 * or 0; source and place are set to arena strings or NULL. */
size_t wt_dateline(wt_arena *a, const char *s, size_t n, const char **source, const char **place);

#endif
