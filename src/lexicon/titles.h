/* titles.h - titles and offices written before a name ("Presiden",
 * "Menteri Luar Negeri", "Juru Bicara"), with the role each gives
 * (data/titles.tsv, embedded). */
#ifndef WT_TITLES_H
#define WT_TITLES_H

#include "../base/base.h"

#define WT_MAX_TITLE_WORDS 5

typedef struct wt_titles wt_titles;

wt_status wt_titles_load(wt_titles **out, wt_error *err);
void wt_titles_free(wt_titles *t);

/* The longest title that starts at words[i] (before n): how many words it
 * covers, 0 if none; *role is set to its role. Short all-capital titles
 * ("PM", "CEO") match only in capitals; a title the table writes in
 * lower case only so, and before the same title capitalised ("kapten": a
 * team's or ship's captain, "Kapten": the rank). */
size_t wt_title_at(const wt_titles *t, const char *const *words, size_t n, size_t i, const char **role);
/* The same, and *home: the country the title alone implies when none is
 * written with it (an office only Indonesia has: "Menpora", "Bupati",
 * "Kapolda"), else NULL. */
size_t wt_title_home_at(const wt_titles *t, const char *const *words, size_t n, size_t i, const char **role,
                        const char **home);

#endif
