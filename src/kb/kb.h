/* kb.h - the knowledge base of actors news is about. Today: every ISO 3166
 * country (data/kb/countries.tsv, from iso-codes) with the names, capitals
 * and seats that Indonesian news uses for it (data/kb/aliases.tsv). */
#ifndef WT_KB_H
#define WT_KB_H

#include <stdbool.h>
#include <stddef.h>

typedef enum wt_kb_kind { WT_KB_NAME = 0, WT_KB_CAPITAL, WT_KB_SEAT } wt_kb_kind;

/* The country whose name (any case) is s[0..n), or NULL; *kind says how
 * the name refers to it (may be NULL). */
const char *wt_kb_country(const char *s, size_t n, wt_kb_kind *kind);

/* The longest country name that starts at words[i] (up to 8 words):
 * returns how many words it covers (0 if none) and sets *alpha3, *kind. */
size_t wt_kb_match(const char *const *words, size_t n, size_t i, const char **alpha3, wt_kb_kind *kind);

#endif
