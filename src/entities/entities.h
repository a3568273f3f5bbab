/* entities.h - named entities of a document: mentions found by the tagger
 * and the knowledge base, titles split off, and the mentions of one person,
 * organisation or place joined into one entity with one canonical name,
 * country and role (docs/entities.md). */
#ifndef WT_ENTITIES_H
#define WT_ENTITIES_H

#include "../base/base.h"
#include "../tag/ner.h"

/* The default tagger: $WARTA_NER_MODEL, else models/ner.model of the source
 * tree; loaded once, shared by all threads; NULL when there is none (the
 * knowledge base alone then finds entities). */
const wt_ner *wt_ner_default(void);
/* Why the default tagger is missing (NULL when it loaded). */
const char *wt_ner_default_error(void);

/* Fills doc->entities from doc->tokens and doc->sentences. ner may be
 * NULL. The document's year (doc->date) chooses among a person's offices. */
wt_status wt_entities(wt_doc *doc, const wt_ner *ner);

/* Title words at words[i] ("Presiden", "Perdana Menteri"): how many words,
 * and the role they give (may be ""); 0 when none. */
size_t wt_title_at(const char *const *words, size_t n, size_t i, const char **role);

/* Levenshtein distance of two byte strings, any case (stops counting at 9). */
int wt_edit_distance(const char *a, size_t na, const char *b, size_t nb);

#endif
