/* reprocess.c - stored documents annotated again by the current pipeline
 * (warta ingest --reprocess): their clean text in, their annotations
 * replaced, their text, metadata and repairs kept. */
#include "store.h"

#include <stdlib.h>
#include <string.h>

/* The row ids to re-annotate, oldest first. */
static wt_status stale_ids(wt_store *st, const wt_worker *w, int all, sqlite3_int64 **ids, size_t *n, wt_error *err)
{
    sqlite3 *db = wt_store_db(st);
    sqlite3_stmt *q;
    *ids = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT id FROM documents WHERE ?1 OR warta_version IS NOT ?2 OR model_version IS NOT ?3"
                           " ORDER BY id",
                           -1, &q, NULL) != SQLITE_OK)
        return wt_fail(err, WT_EDB, "reprocess", 0, -1, "%s", sqlite3_errmsg(db));
    sqlite3_bind_int(q, 1, all != 0);
    sqlite3_bind_text(q, 2, WT_VERSION, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, wt_pipeline_model_version(wt_worker_pipeline(w)), -1, SQLITE_TRANSIENT);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (!wt_heap_grow(ids, *n, &cap, sizeof **ids)) {
            sqlite3_finalize(q);
            return wt_fail(err, WT_ENOMEM, "reprocess", 0, -1, "out of memory");
        }
        (*ids)[(*n)++] = sqlite3_column_int64(q, 0);
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? WT_OK : wt_fail(err, WT_EDB, "reprocess", 0, -1, "%s", sqlite3_errmsg(db));
}

static const char *col(sqlite3_stmt *q, int i) { return (const char *)sqlite3_column_text(q, i); }

/* Runs one stored document through the pipeline again. */
static wt_status annotate_one(wt_store *st, wt_worker *w, sqlite3_stmt *q, sqlite3_int64 id, wt_doc **d, wt_error *e)
{
    sqlite3_reset(q);
    sqlite3_bind_int64(q, 1, id);
    if (sqlite3_step(q) != SQLITE_ROW)
        return wt_fail(e, WT_EDB, "reprocess", 0, -1, "document %lld: %s", (long long)id,
                       sqlite3_errmsg(wt_store_db(st)));
    char origin[64];
    snprintf(origin, sizeof origin, "document %lld", (long long)id);
    wt_input in = {
        .id = col(q, 0), .origin = col(q, 1) ? col(q, 1) : origin, .source = col(q, 2), .url = col(q, 3),
        .title = col(q, 4), .date = col(q, 5), .text = col(q, 6), .text_len = (size_t)sqlite3_column_bytes(q, 6),
        .clean = 1,
    };
    if (!in.text)
        in.text = "";
    return wt_process(w, &in, NULL, d, e);
}

wt_status wt_store_reprocess(wt_store *st, wt_worker *w, int all, wt_reprocess_cb cb, void *ctx, size_t *done,
                             wt_error *err)
{
    *done = 0;
    sqlite3_int64 *ids;
    size_t n;
    wt_status s = stale_ids(st, w, all, &ids, &n, err);
    if (s != WT_OK)
        return s;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(wt_store_db(st),
                           "SELECT doc_id, origin, source, url, title, date, text FROM documents WHERE id = ?1", -1,
                           &q, NULL) != SQLITE_OK) {
        free(ids);
        return wt_fail(err, WT_EDB, "reprocess", 0, -1, "%s", sqlite3_errmsg(wt_store_db(st)));
    }
    for (size_t i = 0; i < n && s == WT_OK; i++) {
        wt_doc *d = NULL;
        wt_error e;
        wt_error_clear(&e);
        wt_status one = annotate_one(st, w, q, ids[i], &d, &e);
        sqlite3_reset(q); /* the row's text is copied: the read ends here */
        if (one == WT_OK)
            one = wt_store_replace(st, ids[i], d, &e);
        if (one == WT_OK)
            (*done)++;
        if (cb)
            cb(ctx, ids[i], one == WT_OK ? d : NULL, one == WT_OK ? NULL : &e);
        if (one == WT_ENOMEM || one == WT_EDB) {
            *err = e;
            s = one;
        }
        wt_doc_free(d);
    }
    sqlite3_finalize(q);
    free(ids);
    wt_status f = wt_store_flush(st, err);
    return s != WT_OK ? s : f;
}
