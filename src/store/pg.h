/* pg.h - the PostgreSQL store (pg.c): the same tables, views and rows as
 * the SQLite store, for many writers on a server (docs/schema.md). */
#ifndef WT_PG_H
#define WT_PG_H

#include "store.h"

#include <libpq-fe.h>
#include <stdint.h>

typedef struct wt_pgstore wt_pgstore;

#define PG_LINK_LOCK 727275 /* advisory lock key: linking near-duplicates, taken by every writer */

/* Connects (a libpq connection string or URL) and makes the schema if it
 * is missing. */
wt_status wt_pgstore_open(const char *conninfo, wt_pgstore **st, wt_error *err);
/* 1 when a document with this content hash is stored. */
int wt_pgstore_has(wt_pgstore *st, const char *hash);
/* Adds a document with its annotations to the batch (*added 0 when the
 * batch holds it already); every PG_BATCH_DOCS documents, and at flush,
 * the batch is loaded as one transaction, skipping documents another
 * writer stored first. */
wt_status wt_pgstore_add(wt_pgstore *st, const wt_doc *d, int *added, wt_error *err);
wt_status wt_pgstore_flush(wt_pgstore *st, wt_error *err);
void wt_pgstore_close(wt_pgstore *st);

/* Loads a SQLite shard's documents that the database lacks (by content
 * hash), with all their rows, through COPY into staging tables and one
 * INSERT ... SELECT per table, then links their near-duplicates; one
 * transaction per shard (pgmerge.c). */
wt_status wt_pgstore_merge(wt_pgstore *st, const char *shard, size_t *added, wt_error *err);

/* Loads an open SQLite store's documents (pgmerge.c; `name` for errors). */
wt_status wt_pgstore_load(wt_pgstore *st, sqlite3 *db, const char *name, size_t *added, wt_error *err);

/* For pgmerge.c: the connection, an error with the server's message, and
 * the near-duplicate links of a new document (under the caller's lock). */
PGconn *wt_pgstore_conn(wt_pgstore *st);
/* Runs SQL without parameters; false (err set, naming `what`) on failure. */
bool wt_pgstore_exec(wt_pgstore *st, const char *sql, wt_error *err, const char *what);
wt_status wt_pgstore_fail(wt_pgstore *st, wt_error *err, const char *what);
wt_status wt_pgstore_link(wt_pgstore *st, long long doc, uint64_t fp, wt_error *err);

#endif
