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

/* A table as merges copy it (merge.c, pgmerge.c): the columns, and how
 * each id column is moved to the target's ids (D documents, E entities, V
 * events, Q quotes; '-' kept). Explicit lists: an upgraded file may hold
 * its columns in another order. Parents come before their rows. */
typedef struct wt_copy {
    const char *table;
    const char *cols[24];
    const char *shift; /* one letter per column */
    const char *owner; /* SQLite merge: the WHERE that keeps the rows of copied documents */
} wt_copy;
const wt_copy *wt_merge_tables(size_t *n);
/* A shard (schema "main", or the name it is attached as) must be a Warta
 * database of this schema version; else an error naming path. */
wt_status wt_merge_check_shard(sqlite3 *db, const char *schema, const char *path, wt_error *err);

#endif
