/* merge.c - SQLite shards into one store (warta merge OUT.db SHARD.db...):
 * each shard's documents that OUT lacks (by content hash) are copied with
 * every row that belongs to them, their row ids moved past OUT's, in one
 * transaction per shard; near-duplicates are then linked in OUT across
 * shards as ingest links them. */
#include "store.h"

#include <stdlib.h>
#include <string.h>

static const wt_copy COPIES[] = {
    {"documents",
     {"id", "hash", "doc_id", "origin", "source", "url", "title", "date", "dateline", "agency", "text", "meta",
      "warnings", "source_map", "n_paragraphs", "n_sentences", "n_tokens", "simhash", "warta_version",
      "model_version", "topic", "topic_p", "ingested_at", NULL},
     "D----------------------", "id IN (SELECT id FROM keep_)"},
    {"sentences", {"doc", "idx", "start", "end", "paragraph", "syntax", NULL}, "D-----", "doc IN (SELECT id FROM keep_)"},
    {"entities", {"id", "doc", "idx", "type", "name", "country", "role", "confidence", NULL}, "ED------",
     "doc IN (SELECT id FROM keep_)"},
    {"mentions", {"entity", "start", "end", "text", NULL}, "E---",
     "entity IN (SELECT id FROM s.entities WHERE doc IN (SELECT id FROM keep_))"},
    {"dates", {"doc", "start", "end", "value", "text", NULL}, "D----", "doc IN (SELECT id FROM keep_)"},
    {"quantities", {"doc", "start", "end", "value", "unit", "object", "approx", "text", NULL}, "D-------",
     "doc IN (SELECT id FROM keep_)"},
    {"quotes",
     {"id", "doc", "start", "end", "text", "speaker", "verb", "kind", "entity", "cue_start", "cue_end", "confidence",
      NULL},
     "QD------E---", "doc IN (SELECT id FROM keep_)"},
    {"events",
     {"id", "doc", "type", "mode", "cameo", "actor1", "actor1_country", "actor1_entity", "actor2", "actor2_country",
      "actor2_entity", "date", "location", "domains", "start", "end", "confidence", "text", "date_start", "date_end",
      NULL},
     "VD-----E--E---------", "doc IN (SELECT id FROM keep_)"},
    {"event_spans", {"event", "start", "end", NULL}, "V--",
     "event IN (SELECT id FROM s.events WHERE doc IN (SELECT id FROM keep_))"},
    {"event_domains", {"event", "domain", NULL}, "V-",
     "event IN (SELECT id FROM s.events WHERE doc IN (SELECT id FROM keep_))"},
    {"repairs", {"doc", "start", "end", "kind", "original", "replacement", NULL}, "D-----",
     "doc IN (SELECT id FROM keep_)"},
};

const wt_copy *wt_merge_tables(size_t *n)
{
    *n = WT_ARRAY_LEN(COPIES);
    return COPIES;
}

static long long max_id(sqlite3 *db, const char *table)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT coalesce(max(id), 0) FROM main.%s", table);
    sqlite3_stmt *s;
    long long v = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

/* INSERT INTO main.T(cols) SELECT cols (ids moved) FROM s.T WHERE owner */
static void copy_sql(const wt_copy *c, const long long off[4], wt_buf *b)
{
    wt_buf_printf(b, "INSERT INTO main.%s(", c->table);
    for (size_t i = 0; c->cols[i]; i++)
        wt_buf_printf(b, "%s\"%s\"", i ? ", " : "", c->cols[i]);
    wt_buf_puts(b, ") SELECT ");
    for (size_t i = 0; c->cols[i]; i++) {
        const char *k = strchr("DEVQ", c->shift[i]);
        if (k)
            wt_buf_printf(b, "%s\"%s\" + %lld", i ? ", " : "", c->cols[i], off[k - "DEVQ"]);
        else
            wt_buf_printf(b, "%s\"%s\"", i ? ", " : "", c->cols[i]);
    }
    wt_buf_printf(b, " FROM s.%s WHERE %s", c->table, c->owner);
}

/* Copies one attached shard's new documents; *added counts them. */
static wt_status copy_shard(wt_store *st, const char *path, size_t *added, wt_error *err)
{
    sqlite3 *db = wt_store_db(st);
    long long off[4] = {max_id(db, "documents"), max_id(db, "entities"), max_id(db, "events"), max_id(db, "quotes")};
    bool ok = sqlite3_exec(db,
                           "CREATE TEMP TABLE keep_ AS SELECT id FROM s.documents"
                           " WHERE hash NOT IN (SELECT hash FROM main.documents)",
                           NULL, NULL, NULL) == SQLITE_OK;
    for (size_t i = 0; ok && i < WT_ARRAY_LEN(COPIES); i++) {
        wt_buf b;
        wt_buf_init(&b, 0);
        copy_sql(&COPIES[i], off, &b);
        ok = !b.oom && sqlite3_exec(db, b.ptr, NULL, NULL, NULL) == SQLITE_OK;
        wt_buf_free(&b);
    }
    if (ok) {
        sqlite3_stmt *q;
        ok = sqlite3_prepare_v2(db, "SELECT count(*) FROM keep_", -1, &q, NULL) == SQLITE_OK &&
             sqlite3_step(q) == SQLITE_ROW;
        *added = ok ? (size_t)sqlite3_column_int64(q, 0) : 0;
        sqlite3_finalize(q);
    }
    if (!ok)
        wt_fail(err, WT_EDB, path, 0, -1, "cannot merge: %s", sqlite3_errmsg(db));
    sqlite3_exec(db, "DROP TABLE IF EXISTS temp.keep_", NULL, NULL, NULL);
    return ok ? WT_OK : WT_EDB;
}

wt_status wt_merge_check_shard(sqlite3 *db, const char *schema, const char *path, wt_error *err)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT value FROM %s.warta_meta WHERE key = 'schema_version'", schema);
    sqlite3_stmt *q;
    int ver = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK) {
        if (sqlite3_step(q) == SQLITE_ROW)
            ver = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
    }
    if (ver == WT_SCHEMA_VERSION)
        return WT_OK;
    return wt_fail(err, WT_EUSAGE, path, 0, -1,
                   ver ? "schema %d, not this warta's (%d): upgrade it first (warta ingest --reprocess --db SHARD)"
                       : "not a Warta database",
                   ver, WT_SCHEMA_VERSION);
}

wt_status wt_store_merge(wt_store *st, const char *shard, size_t *added, wt_error *err)
{
    *added = 0;
    wt_status s = wt_store_flush(st, err);
    if (s != WT_OK)
        return s;
    sqlite3 *db = wt_store_db(st);
    char *uri = sqlite3_mprintf("file:%s?mode=ro", shard);
    sqlite3_stmt *a;
    bool attached = uri && sqlite3_prepare_v2(db, "ATTACH DATABASE ?1 AS s", -1, &a, NULL) == SQLITE_OK;
    if (attached) {
        sqlite3_bind_text(a, 1, uri, -1, SQLITE_STATIC);
        attached = sqlite3_step(a) == SQLITE_DONE;
        sqlite3_finalize(a);
    }
    sqlite3_free(uri);
    if (!attached)
        return wt_fail(err, WT_EIO, shard, 0, -1, "cannot open: %s", sqlite3_errmsg(db));
    s = wt_merge_check_shard(db, "s", shard, err); /* the file is never written: ATTACH reads it */
    if (s == WT_OK && sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
        s = wt_fail(err, WT_EDB, shard, 0, -1, "cannot begin: %s", sqlite3_errmsg(db));
    if (s == WT_OK) {
        long long first = max_id(db, "documents");
        s = copy_shard(st, shard, added, err);
        if (s == WT_OK)
            s = wt_store_link_from(st, first, err);
        sqlite3_exec(db, s == WT_OK ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
    }
    sqlite3_exec(db, "DETACH DATABASE s", NULL, NULL, NULL);
    return s;
}
