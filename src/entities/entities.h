/* entities.h - named entities of a document: mentions found by the tagger
 * and the knowledge base, titles split off, and the mentions of one person,
 * organisation or place joined into one entity with one canonical name,
 * country and role (docs/entities.md). */
#ifndef WT_ENTITIES_H
#define WT_ENTITIES_H

#include "../base/base.h"
#include "../kb/kb.h"
#include "../lexicon/lexicon.h"
#include "../lexicon/titles.h"
#include "../tag/ner.h"

/* What the stage reads: shared tables, and the worker's lexicon. */
typedef struct wt_entity_tables {
    const wt_kb *kb;
    const wt_titles *titles;
    const wt_ner *ner; /* may be NULL: the knowledge base alone finds names */
    wt_lexicon *lex;
    wt_ner_memo *ner_memo; /* the worker's (may be NULL) */
} wt_entity_tables;

/* Fills doc->entities from doc->tokens and doc->sentences. The document's
 * year (doc->date) chooses among a person's offices. */
wt_status wt_entities(wt_doc *doc, const wt_entity_tables *t);

/* Whether the words w before token s name someone's kin, the name at s
 * being that kin's: "istrinya, Antonina", "putra keduanya, Thareq
 * Kemal", "anak tirinya, SU", "sang kakak, ZAA"; *kin (may be NULL)
 * receives the token of the noun of kinship. */
bool wt_named_as_kin(const char *const *w, size_t s, size_t *kin);
/* Whether the words w before token s are a noun of kinship without an
 * owner, the name at s being the one whose kin is meant ("ayah ZAA",
 * "ibu kandung Jiang"): the name is a person's, and the kin someone
 * else ("ayah Victoria mengatakan": the father speaks). The noun is
 * written small, but for the sentence's first token (first). */
bool wt_kin_of_name_before(const char *const *w, size_t s, size_t first);

/* Levenshtein distance of two byte strings, any case, when it is at most
 * k (0 to 8), else k + 1 (and for strings of more than 63 bytes); found
 * along the diagonal only: about 2k + 1 cells a letter rather than all. */
int wt_edits_within(const char *a, size_t na, const char *b, size_t nb, int k);
/* The same, counting up to 9 (wt_edits_within with k = 8). */
int wt_edit_distance(const char *a, size_t na, const char *b, size_t nb);

#endif
