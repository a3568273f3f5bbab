/* rows.h - a document as rows of the store's tables (docs/schema.md),
 * written through a store's own put(): the one mapping from a wt_doc to
 * rows, shared by the SQLite and the PostgreSQL stores. */
#ifndef WT_ROWS_H
#define WT_ROWS_H

#include "../base/base.h"

/* A value of a column. */
typedef enum { WT_V_NULL, WT_V_INT, WT_V_REAL, WT_V_TEXT } wt_vkind;
typedef struct wt_val {
    wt_vkind kind;
    long long i;
    double d;
    const char *s; /* text: s[0..n), not NUL-terminated */
    size_t n;
} wt_val;

/* The tables and, in order, the columns put() receives:
 *   DOC      hash, doc_id, origin, source, url, title, date, dateline, text, meta, warnings,
 *            source_map, n_paragraphs, n_sentences, n_tokens, agency, simhash, warta_version,
 *            model_version, topic, topic_p                           (its id returned)
 *   SENT     doc, idx, start, end, paragraph, syntax
 *   ENT      doc, idx, type, name, country, role, confidence         (its id returned)
 *   MENTION  entity, start, end, text
 *   DATE     doc, start, end, value, text
 *   QTY      doc, start, end, value, unit, object, approx, text
 *   QUOTE    doc, start, end, text, speaker, verb, entity, kind, cue_start, cue_end, confidence
 *   EVENT    doc, type, mode, cameo, actor1, actor1_country, actor2, actor2_country, date, location,
 *            domains, actor1_entity, actor2_entity, start, end, confidence, text, date_start,
 *            date_end                                                (its id returned)
 *   EVSPAN   event, start, end
 *   EVDOMAIN event, domain
 *   REPAIR   doc, start, end, kind, original, replacement */
typedef enum {
    WT_R_DOC, WT_R_SENT, WT_R_ENT, WT_R_MENTION, WT_R_DATE, WT_R_QTY, WT_R_QUOTE, WT_R_EVENT, WT_R_EVSPAN,
    WT_R_EVDOMAIN, WT_R_REPAIR, WT_R_COUNT
} wt_rtable;

/* How a store writes a row; *id (when not NULL) gets the new row's id. */
typedef struct wt_rows {
    wt_status (*put)(void *ctx, wt_rtable t, const wt_val *v, size_t n, long long *id, wt_error *err);
    void *ctx;
} wt_rows;

/* The documents row. */
wt_status wt_rows_document(const wt_doc *d, const wt_rows *w, long long *id, wt_error *err);
/* What the pipeline found: sentences, entities and mentions, dates,
 * quantities, quotes, events with their spans and domains. */
wt_status wt_rows_annotations(const wt_doc *d, long long doc, const wt_rows *w, wt_error *err);
/* The repairs the cleaner made. */
wt_status wt_rows_repairs(const wt_doc *d, long long doc, const wt_rows *w, wt_error *err);

#endif
