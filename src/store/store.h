/* store.h - the SQLite store (schema in docs/schema.md) and its queries. */
#ifndef WT_STORE_H
#define WT_STORE_H

#include "../base/base.h"

#include <sqlite3.h>

#define WT_SCHEMA_VERSION 3

sqlite3 *wt_store_db(wt_store *st);

/* Output formats of the queries. */
typedef enum wt_qfmt { WT_Q_TABLE, WT_Q_JSON, WT_Q_TSV } wt_qfmt;

/* Full-text search (FTS5 syntax); prints matching documents with a snippet. */
wt_status wt_query_search(wt_store *st, const char *q, int limit, wt_qfmt fmt, FILE *out, wt_error *err);
/* Lists stored documents with the number of each kind of annotation. */
wt_status wt_query_docs(wt_store *st, int limit, wt_qfmt fmt, FILE *out, wt_error *err);
/* Prints what is stored for one document (by row id, doc id or hash). */
wt_status wt_query_doc(wt_store *st, const char *key, wt_qfmt fmt, FILE *out, wt_error *err);
/* Near-duplicate pairs with their titles and Hamming distance. */
wt_status wt_query_dups(wt_store *st, int limit, wt_qfmt fmt, FILE *out, wt_error *err);
/* Totals: documents, sentences, entities... */
wt_status wt_query_stats(wt_store *st, wt_qfmt fmt, FILE *out, wt_error *err);

/* Events matching every filter given (NULL: any): an actor's name (part
 * of it), a country (alpha-3, either actor), a PLOVER type, a domain, a
 * date range (ISO, inclusive); GDELT-like columns (docs/events.md). */
typedef struct wt_event_filter {
    const char *actor, *country, *type, *domain, *from, *to;
} wt_event_filter;
wt_status wt_query_events(wt_store *st, const wt_event_filter *f, int limit, wt_qfmt fmt, FILE *out, wt_error *err);

/* Quotations, by speaker (part of the name; NULL: all). */
wt_status wt_query_quotes(wt_store *st, const char *speaker, int limit, wt_qfmt fmt, FILE *out, wt_error *err);

#endif
