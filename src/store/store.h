/* store.h - the SQLite store (schema in docs/schema.md) and its queries. */
#ifndef WT_STORE_H
#define WT_STORE_H

#include "../base/base.h"

#include <sqlite3.h>

#define WT_SCHEMA_VERSION 6

sqlite3 *wt_store_db(wt_store *st);

/* the queries are public (warta.h) */

#endif
