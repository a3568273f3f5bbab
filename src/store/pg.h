/* pg.h - the PostgreSQL store (pg.c): the same tables, views and rows as
 * the SQLite store, for many writers on a server (docs/schema.md). */
#ifndef WT_PG_H
#define WT_PG_H

#include "store.h"

typedef struct wt_pgstore wt_pgstore;

/* Connects (a libpq connection string or URL) and makes the schema if it
 * is missing. */
wt_status wt_pgstore_open(const char *conninfo, wt_pgstore **st, wt_error *err);
/* 1 when a document with this content hash is stored. */
int wt_pgstore_has(wt_pgstore *st, const char *hash);
/* Adds a document with its annotations; *added 0 when it was stored
 * already (by this writer or another). */
wt_status wt_pgstore_add(wt_pgstore *st, const wt_doc *d, int *added, wt_error *err);
wt_status wt_pgstore_flush(wt_pgstore *st, wt_error *err);
void wt_pgstore_close(wt_pgstore *st);

#endif
