/* store.h - the SQLite store (schema in docs/schema.md) and its queries. */
#ifndef WT_STORE_H
#define WT_STORE_H

#include "../base/base.h"

#include <sqlite3.h>

#define WT_SCHEMA_VERSION 6

sqlite3 *wt_store_db(wt_store *st);

/* Replaces what the pipeline found in stored document id (its row stays:
 * text, metadata, repairs, fingerprint) by what d holds, in the batch's
 * transaction with a savepoint of its own. */
wt_status wt_store_replace(wt_store *st, sqlite3_int64 id, const wt_doc *d, wt_error *err);
/* Links the near-duplicates of the documents after row id `after`, in id
 * order, as wt_store_add links each new document (merge.c). */
wt_status wt_store_link_from(wt_store *st, sqlite3_int64 after, wt_error *err);

#endif
