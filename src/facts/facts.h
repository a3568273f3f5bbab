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
#include "../doc/doc.h"
#include "../kb/kb.h"
#include "../lexicon/titles.h"

#include <strings.h>

wt_status wt_dates(wt_doc *doc);

/* A publication date as metadata gives it ("2025-06-19T10:00:00+07:00",
 * "19/06/2025", "10-Sep-19", an Excel day serial "43725", "Kamis, 19
 * Juni 2025") as YYYY-MM-DD; false when it is none of those. */
bool wt_date_normalize(const char *s, char out[11]);
/* The same as ISO 8601 with the time when s is an ISO date with one
 * ("2019-11-20T06:35:39+0000" -> "2019-11-20T06:35:39+00:00"), else the
 * day alone; false when s is no date. out holds at least 11 bytes. */
bool wt_iso_datetime(const char *s, char *out, size_t cap);
wt_status wt_quantities(wt_doc *doc);
/* What quotes read: reporting verbs and titles. */
typedef struct wt_verbs wt_verbs;
wt_status wt_verbs_load(wt_verbs **out, wt_error *err);
void wt_verbs_free(wt_verbs *v);
typedef struct wt_quote_tables {
    const wt_verbs *verbs;
    const wt_titles *titles;
} wt_quote_tables;
wt_status wt_quotes(wt_doc *doc, const wt_quote_tables *t);
/* What events read: the phrases and domain words, the knowledge base
 * and titles. */
typedef struct wt_event_rules wt_event_rules;
wt_status wt_event_rules_load(wt_event_rules **out, wt_error *err);
void wt_event_rules_free(wt_event_rules *r);
typedef struct wt_event_tables {
    const wt_event_rules *rules;
    const wt_kb *kb;
    const wt_titles *titles;
} wt_event_tables;
wt_status wt_events(wt_doc *doc, const wt_event_tables *t);

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

/* The first and last day ("YYYY-MM-DD") of the time an ISO value covers:
 * a year, a month, a day, an ISO week ("2019-W37") or a range of them
 * ("2019-09-16/2019-09-18"). False for anything else (durations, bad
 * days such as 2019-02-30). lo and hi hold 11 bytes. */
bool wt_date_bounds(const char *value, char lo[11], char hi[11]);

/* The word w is a double quotation mark: “ ” „ ‟ « » " '' `` */
bool wt_double_mark(const char *w);

/* The word w is s, any case. */
static inline bool wt_is(const char *w, const char *s) { return wt_word_eq_ci(w, s); }
/* w is one of the words of a NULL-terminated list (any case) */
static inline bool wt_one_of(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (wt_is(w, *list))
            return true;
    return false;
}

#endif
