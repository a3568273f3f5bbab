/* kb.h - the knowledge base of actors news is about, from data files
  * embedded in the program (docs/kb.md):
 *   data/kb/countries.tsv  every ISO 3166 country (generated from iso-codes)
 *   data/kb/aliases.tsv    short names, nicknames, demonyms, capitals, seats
 *   data/kb/places.tsv     cities, regions and landmarks with their country
 *   data/kb/people.tsv     leaders and foreign ministers with their offices
 *   data/kb/orgs.tsv       international bodies and state companies */
#ifndef WT_KB_H
#define WT_KB_H

#include "../base/base.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* The loaded knowledge base: read-only once made, shared by threads. */
typedef struct wt_kb wt_kb;

/* Loads the embedded files, then each extra file (docs/kb.md: lines of
 * "person|org|place|alias TAB" and the fields of that kind's file). A
 * malformed line is an error naming the file and line. */
wt_status wt_kb_load(const char *const *extra, size_t n_extra, wt_kb **out, wt_error *err);
void wt_kb_free(wt_kb *kb);
size_t wt_kb_size(const wt_kb *kb);

/* How a name refers to its entity. */
typedef enum wt_kb_kind {
    WT_KB_NAME = 0, /* a country's name or short name */
    WT_KB_CAPITAL,  /* the capital, standing for the government ("Moskow") */
    WT_KB_SEAT,     /* the seat of government ("Kremlin") */
    WT_KB_DEMONYM,  /* "Russian" */
    WT_KB_PLACE,    /* a city, region or landmark */
    WT_KB_PERSON,
    WT_KB_ORG,
} wt_kb_kind;

typedef struct wt_kb_office {
    const char *country; /* alpha-3 */
    const char *role;    /* head_of_state, head_of_government, foreign_minister, ... */
    int from, to;        /* years; to = 0: still in office */
} wt_kb_office;

typedef struct wt_kb_entity {
    const char *name;    /* canonical name */
    int type;            /* wt_ent_type: PER, ORG, LOC */
    const char *country; /* alpha-3 or NULL (international bodies) */
    const char *kind;    /* country, capital, seat, city, region, landmark, person,
                            intergovernmental, state_company, ... */
    const wt_kb_office *offices; /* persons, oldest first */
    size_t n_offices;
    bool world; /* from the world gazetteer (data/kb/cities.tsv), not a hand-written file */
    const char *name_en; /* a country's English name where Indonesian writes it otherwise
                            ("Jordan" for Yordania), else NULL */
} wt_kb_entity;

/* e is an entity of that kind ("party", "brand", "media", ...); false for
 * NULL and for an entity with no kind */
static inline bool wt_kb_kind_is(const wt_kb_entity *e, const char *kind)
{
    return e && e->kind && !strcmp(e->kind, kind);
}

/* The persons, for callers that scan them all (*n of them). */
const wt_kb_entity *const *wt_kb_persons(const wt_kb *kb, size_t *n);

/* The entity whose name or alias (any case) is s[0..n), or NULL; *kind
 * says how the name refers to it (may be NULL). */
const wt_kb_entity *wt_kb_lookup(const wt_kb *kb, const char *s, size_t n, wt_kb_kind *kind);

/* The longest name (up to 8 words) that starts at words[i]: returns how many
 * words it covers (0 if none) and sets *e and *kind. With cased set, a
 * name matches only when its first word is capitalised in the text and an
 * acronym ("AS", "PBB") only when written in capitals, as in running text. */
size_t wt_kb_match_entity(const wt_kb *kb, const char *const *words, size_t n, size_t i, bool cased, const wt_kb_entity **e,
                          wt_kb_kind *kind);

/* The office the person held in the given year (the latest when year is 0
 * or no office matches the year exactly), or NULL. */
const wt_kb_office *wt_kb_office_in(const wt_kb_entity *e, int year);

/* Countries only (the tagger's gazetteer and older callers): the country
 * named by s (name, short name, demonym, capital or seat), or NULL. */
const char *wt_kb_country(const wt_kb *kb, const char *s, size_t n, wt_kb_kind *kind);
size_t wt_kb_match(const wt_kb *kb, const char *const *words, size_t n, size_t i, const char **alpha3, wt_kb_kind *kind);

/* Whether w[0..n) is an Arabic name's kinship word ("bin", "binti",
 * "ibn", "bint": "Salman bin Abdulaziz", Salman son of Abdulaziz). */
bool wt_kb_kinship_word(const char *w, size_t n);

/* The one person in the knowledge base called s[0..n) for short: the last
 * word of the canonical name ("Putin"), or for Indonesians the first
 * ("Prabowo"); any case; NULL when none or several. */
const wt_kb_entity *wt_kb_person_by_part(const wt_kb *kb, const char *s, size_t n);

/* A country's entity by alpha-3 code, or NULL. */
const wt_kb_entity *wt_kb_country_entity(const wt_kb *kb, const char *alpha3);

#endif
