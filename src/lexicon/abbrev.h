/* abbrev.h - abbreviations that keep their final period inside the token
 * (data/abbreviations.txt, embedded): "Dr." before a name, "dll." that may
 * end a sentence. */
#ifndef WT_ABBREV_H
#define WT_ABBREV_H

#include "../base/base.h"

typedef struct wt_abbrevs wt_abbrevs;

wt_status wt_abbrevs_load(wt_abbrevs **out, wt_error *err);
void wt_abbrevs_free(wt_abbrevs *a);

/* 1 for a title abbreviation (never ends a sentence), 2 for one that may,
 * 0 when s[0..n) (with its period) is not listed. Exact match first, then
 * case-insensitive for entries written in lower case. */
int wt_abbrev_class(const wt_abbrevs *a, const char *s, size_t n);

#endif
