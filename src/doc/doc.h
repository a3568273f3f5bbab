/* doc.h - the document layer: lookups over a segmented document's tokens,
 * sentences and entities that every annotation stage shares, so no stage
 * reaches into another for them. Results live in the document's arena. */
#ifndef WT_DOC_H
#define WT_DOC_H

#include "../base/base.h"

/* Every token of the document as a NUL-terminated string (made once per
 * document, kept in its arena). */
const char **wt_doc_words(wt_doc *doc);

/* Per token, the index of the entity a mention of which covers it, or -1. */
int *wt_doc_token_entities(wt_doc *doc);

/* The first token that ends after byte off. */
size_t wt_doc_token_at(const wt_doc *doc, size_t off);

/* The sentence holding token t. */
size_t wt_doc_sentence_of(const wt_doc *doc, size_t t);

/* Whether token t lies inside a date the dates stage found (the dates
 * sorted by start, as wt_dates leaves them). */
bool wt_doc_in_date(const wt_doc *doc, size_t t);

#endif
