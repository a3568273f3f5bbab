/* facts.h - the facts of a document, each tied to the text it came from
 * (docs/facts.md, docs/events.md):
 *   dates       Indonesian date expressions as ISO 8601 (dates.c)
 *   quantities  numbers in digits or words with units, objects and
 *               approximations (quantities.c)
 *   quotes      direct and reported speech with the speaker (quotes.c)
 *   events      who did what to whom, when, where, in which domain
 *               (events.c, data/events.tsv, data/domains.tsv)
 * Each fills its list in the document; dates run before entities (a
 * document's year chooses among a person's offices), the rest after. */
#ifndef WT_FACTS_H
#define WT_FACTS_H

#include "../base/base.h"

#include <strings.h>

wt_status wt_dates(wt_doc *doc);

/* A publication date as metadata gives it ("2025-06-19T10:00:00+07:00",
 * "19/06/2025", "10-Sep-19", an Excel day serial "43725", "Kamis, 19
 * Juni 2025") as YYYY-MM-DD; false when it is none of those. */
bool wt_date_normalize(const char *s, char out[11]);
wt_status wt_quantities(wt_doc *doc);
wt_status wt_quotes(wt_doc *doc);
wt_status wt_events(wt_doc *doc);

/* Numbers written in words at words[i] ("dua belas", "tiga ribu",
 * "setengah"): how many words, and the value; 0 when none. */
size_t wt_number_words(const char *const *words, size_t n, size_t i, double *value);

/* A number written in digits with Indonesian separators ("1.000",
 * "1,5", "2.500.000"); false when s is not one. */
bool wt_parse_number(const char *s, size_t n, double *value);

/* Days since 1970-01-01 of a civil date, and back; weekday 0 = Monday. */
long wt_days_from_civil(int y, int m, int d);
void wt_civil_from_days(long z, int *y, int *m, int *d);
int wt_weekday(int y, int m, int d);

/* The word w is s, any case. */
static inline bool wt_is(const char *w, const char *s) { return strcasecmp(w, s) == 0; }

/* Every token of the document as a NUL-terminated string (made once per
 * document, kept in its arena). */
const char **wt_doc_words(wt_doc *doc);

/* Per token, the index of the entity a mention of which covers it, or -1
 * (in the document's arena). */
int *wt_doc_token_entities(wt_doc *doc);
/* The first token that ends after byte off; the sentence holding token t. */
size_t wt_doc_token_at(const wt_doc *doc, size_t off);
size_t wt_doc_sentence_of(const wt_doc *doc, size_t t);

#endif
