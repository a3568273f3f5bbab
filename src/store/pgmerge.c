/* pgmerge.c - SQLite shards into PostgreSQL (warta merge --pg URL
 * SHARD.db...). A shard's tables are streamed with COPY into temporary
 * staging tables; each new document (by content hash) and each of its
 * entities, quotes and events gets a fresh id from its table's sequence
 * (no id of the shard is kept: other writers may be adding at the same
 * time); then one INSERT ... SELECT per table moves the rows of the new
 * documents, ids mapped, and the near-duplicates of the new documents are
 * linked under the writers' lock. One transaction per shard: a merge
 * killed midway leaves nothing, and run again it completes. */
#include "pg.h"

#include <stdlib.h>
#include <string.h>

/* the tables whose own ids are mapped, by the letter merge.c uses */
static const struct {
    char letter;
    const char *table, *map;
} IDS[] = {{'D', "documents", "m_doc"}, {'E', "entities", "m_ent"}, {'Q', "quotes", "m_quote"}, {'V', "events", "m_event"}};

static const char *map_of(char letter)
{
    for (size_t i = 0; i < WT_ARRAY_LEN(IDS); i++)
        if (IDS[i].letter == letter)
            return IDS[i].map;
    return NULL;
}

/* One value in COPY's text format: \N for NULL, backslash escapes. */
static void copy_value(wt_buf *b, sqlite3_stmt *q, int col)
{
    switch (sqlite3_column_type(q, col)) {
    case SQLITE_NULL: wt_buf_puts(b, "\\N"); return;
    case SQLITE_INTEGER: wt_buf_printf(b, "%lld", (long long)sqlite3_column_int64(q, col)); return;
    case SQLITE_FLOAT: wt_buf_printf(b, "%.17g", sqlite3_column_double(q, col)); return;
    default: break;
    }
    const unsigned char *s = sqlite3_column_text(q, col);
    int n = sqlite3_column_bytes(q, col);
    for (int i = 0; s && i < n; i++) {
        switch (s[i]) {
        case '\\': wt_buf_puts(b, "\\\\"); break;
        case '\n': wt_buf_puts(b, "\\n"); break;
        case '\r': wt_buf_puts(b, "\\r"); break;
        case '\t': wt_buf_puts(b, "\\t"); break;
        default: wt_buf_putc(b, (char)s[i]);
        }
    }
}

/* COPY s_T(cols) FROM STDIN with every row of the shard's table T. */
static wt_status stage_table(wt_pgstore *st, sqlite3 *db, const wt_copy *t, const char *shard, wt_error *err)
{
    PGconn *c = wt_pgstore_conn(st);
    wt_buf sel, cp;
    wt_buf_init(&sel, 0);
    wt_buf_init(&cp, 0);
    wt_buf_puts(&sel, "SELECT ");
    wt_buf_printf(&cp, "CREATE TEMP TABLE s_%s (LIKE %s) ON COMMIT DROP; COPY s_%s(", t->table, t->table, t->table);
    int n = 0;
    for (; t->cols[n]; n++) {
        wt_buf_printf(&sel, "%s\"%s\"", n ? ", " : "", t->cols[n]);
        wt_buf_printf(&cp, "%s\"%s\"", n ? ", " : "", t->cols[n]);
    }
    wt_buf_printf(&sel, " FROM %s", t->table);
    wt_buf_puts(&cp, ") FROM STDIN");
    wt_status s = sel.oom || cp.oom ? wt_fail(err, WT_ENOMEM, shard, 0, -1, "out of memory") : WT_OK;
    sqlite3_stmt *q = NULL;
    if (s == WT_OK && sqlite3_prepare_v2(db, sel.ptr, -1, &q, NULL) != SQLITE_OK)
        s = wt_fail(err, WT_EDB, shard, 0, -1, "cannot read %s: %s", t->table, sqlite3_errmsg(db));
    if (s == WT_OK) {
        PGresult *r = PQexec(c, cp.ptr);
        if (PQresultStatus(r) != PGRES_COPY_IN)
            s = wt_pgstore_fail(st, err, "cannot start COPY");
        PQclear(r);
    }
    wt_buf row;
    wt_buf_init(&row, 0);
    int rc = SQLITE_DONE;
    while (s == WT_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        wt_buf_clear(&row);
        for (int i = 0; i < n; i++) {
            if (i)
                wt_buf_putc(&row, '\t');
            copy_value(&row, q, i);
        }
        wt_buf_putc(&row, '\n');
        if (row.oom)
            s = wt_fail(err, WT_ENOMEM, shard, 0, -1, "out of memory");
        else if (PQputCopyData(c, row.ptr, (int)row.len) != 1)
            s = wt_pgstore_fail(st, err, "cannot send COPY data");
    }
    if (s == WT_OK && rc != SQLITE_DONE)
        s = wt_fail(err, WT_EDB, shard, 0, -1, "cannot read %s: %s", t->table, sqlite3_errmsg(db));
    if (q && PQputCopyEnd(c, s == WT_OK ? NULL : "warta: shard unreadable") == 1) {
        PGresult *r;
        while ((r = PQgetResult(c))) {
            if (s == WT_OK && PQresultStatus(r) != PGRES_COMMAND_OK)
                s = wt_pgstore_fail(st, err, "cannot COPY");
            PQclear(r);
        }
    }
    sqlite3_finalize(q);
    wt_buf_free(&row);
    wt_buf_free(&sel);
    wt_buf_free(&cp);
    return s;
}

/* The column that says which document (or parent) a row belongs to. */
static size_t owner_col(const wt_copy *t)
{
    for (size_t i = 0; t->cols[i]; i++)
        if (!strcmp(t->cols[i], "doc"))
            return i;
    for (size_t i = 0; t->cols[i]; i++)
        if (t->shift[i] != '-')
            return i;
    return 0;
}

/* INSERT INTO T(cols) SELECT cols (ids mapped) FROM s_T WHERE its owner is
 * new; documents ON CONFLICT (hash) DO NOTHING, dropping from m_doc any
 * that another writer stored meanwhile. */
static void insert_sql(const wt_copy *t, wt_buf *b)
{
    bool docs = !strcmp(t->table, "documents");
    if (docs)
        wt_buf_puts(b, "WITH ins AS (");
    wt_buf_printf(b, "INSERT INTO %s(", t->table);
    for (size_t i = 0; t->cols[i]; i++)
        wt_buf_printf(b, "%s\"%s\"", i ? ", " : "", t->cols[i]);
    wt_buf_puts(b, ") SELECT ");
    for (size_t i = 0; t->cols[i]; i++) {
        const char *m = map_of(t->shift[i]);
        if (m)
            wt_buf_printf(b, "%s(SELECT new FROM %s WHERE old = s.\"%s\")", i ? ", " : "", m, t->cols[i]);
        else
            wt_buf_printf(b, "%ss.\"%s\"", i ? ", " : "", t->cols[i]);
    }
    size_t o = owner_col(t);
    wt_buf_printf(b, " FROM s_%s s WHERE s.\"%s\" IN (SELECT old FROM %s)", t->table, t->cols[o], map_of(t->shift[o]));
    if (docs)
        wt_buf_puts(b, " ORDER BY s.id ON CONFLICT (hash) DO NOTHING RETURNING id)"
                       " DELETE FROM m_doc WHERE new NOT IN (SELECT id FROM ins)");
}

/* Fresh ids, in the shard's order: first for the documents the database
 * lacks; after they are inserted (another writer may have stored some of
 * them meanwhile: those leave m_doc), for their entities, quotes and
 * events. */
static const char MAP_DOCS[] =
    "CREATE TEMP TABLE m_doc ON COMMIT DROP AS SELECT old, nextval(pg_get_serial_sequence('documents', 'id')) AS new"
    " FROM (SELECT id AS old FROM s_documents WHERE hash NOT IN (SELECT hash FROM documents) ORDER BY id) q;"
    "CREATE INDEX ON m_doc(old); ANALYZE m_doc";
static const char MAP_ROWS[] =
    "CREATE TEMP TABLE m_ent ON COMMIT DROP AS SELECT old, nextval(pg_get_serial_sequence('entities', 'id')) AS new"
    " FROM (SELECT id AS old FROM s_entities WHERE doc IN (SELECT old FROM m_doc) ORDER BY id) q;"
    "CREATE TEMP TABLE m_quote ON COMMIT DROP AS SELECT old, nextval(pg_get_serial_sequence('quotes', 'id')) AS new"
    " FROM (SELECT id AS old FROM s_quotes WHERE doc IN (SELECT old FROM m_doc) ORDER BY id) q;"
    "CREATE TEMP TABLE m_event ON COMMIT DROP AS SELECT old, nextval(pg_get_serial_sequence('events', 'id')) AS new"
    " FROM (SELECT id AS old FROM s_events WHERE doc IN (SELECT old FROM m_doc) ORDER BY id) q;"
    "CREATE INDEX ON m_ent(old); CREATE INDEX ON m_quote(old); CREATE INDEX ON m_event(old);"
    " ANALYZE m_ent; ANALYZE m_quote; ANALYZE m_event";

/* The new documents' near-duplicates, as ingest links them: in id order,
 * under the lock every writer takes at commit. */
static wt_status link_new(wt_pgstore *st, size_t *added, wt_error *err)
{
    char lock[64];
    snprintf(lock, sizeof lock, "SELECT pg_advisory_xact_lock(%d)", PG_LINK_LOCK);
    if (!wt_pgstore_exec(st, lock, err, "cannot lock for near-duplicates"))
        return WT_EDB;
    PGresult *r = PQexec(wt_pgstore_conn(st), "SELECT m.new, s.simhash FROM m_doc m JOIN s_documents s ON s.id = m.old"
                                              " ORDER BY m.new");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        PQclear(r);
        return wt_pgstore_fail(st, err, "cannot list the new documents");
    }
    wt_status s = WT_OK;
    *added = (size_t)PQntuples(r);
    for (int i = 0; s == WT_OK && i < PQntuples(r); i++)
        if (!PQgetisnull(r, i, 1) && atoll(PQgetvalue(r, i, 1)) != 0)
            s = wt_pgstore_link(st, atoll(PQgetvalue(r, i, 0)), (uint64_t)atoll(PQgetvalue(r, i, 1)), err);
    PQclear(r);
    return s;
}

static wt_status open_shard(const char *path, sqlite3 **db, wt_error *err)
{
    if (sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        wt_status s = wt_fail(err, WT_EIO, path, 0, -1, "cannot open: %s", sqlite3_errmsg(*db));
        sqlite3_close(*db);
        return s;
    }
    wt_status s = wt_merge_check_shard(*db, "main", path, err);
    if (s != WT_OK)
        sqlite3_close(*db);
    return s;
}

wt_status wt_pgstore_load(wt_pgstore *st, sqlite3 *db, const char *shard, size_t *added, wt_error *err)
{
    *added = 0;
    size_t n;
    const wt_copy *tables = wt_merge_tables(&n);
    wt_status s = wt_pgstore_exec(st, "BEGIN", err, "cannot begin") ? WT_OK : WT_EDB;
    for (size_t i = 0; s == WT_OK && i < n; i++)
        s = stage_table(st, db, &tables[i], shard, err);
    if (s == WT_OK && !wt_pgstore_exec(st, MAP_DOCS, err, "cannot map the shard's ids"))
        s = WT_EDB;
    for (size_t i = 0; s == WT_OK && i < n; i++) { /* documents first (merge.c's order) */
        if (i == 1 && !wt_pgstore_exec(st, MAP_ROWS, err, "cannot map the shard's ids")) {
            s = WT_EDB;
            break;
        }
        wt_buf b;
        wt_buf_init(&b, 0);
        insert_sql(&tables[i], &b);
        if (b.oom)
            s = wt_fail(err, WT_ENOMEM, shard, 0, -1, "out of memory");
        else if (!wt_pgstore_exec(st, b.ptr, err, "cannot insert the shard's rows"))
            s = WT_EDB;
        wt_buf_free(&b);
    }
    if (s == WT_OK)
        s = link_new(st, added, err);
    if (s == WT_OK && !wt_pgstore_exec(st, "COMMIT", err, "cannot commit"))
        s = WT_EDB;
    if (s != WT_OK) {
        *added = 0;
        wt_pgstore_exec(st, "ROLLBACK", NULL, "");
    }
    return s;
}

wt_status wt_pgstore_merge(wt_pgstore *st, const char *shard, size_t *added, wt_error *err)
{
    *added = 0;
    wt_status s = wt_pgstore_flush(st, err);
    sqlite3 *db = NULL;
    if (s == WT_OK)
        s = open_shard(shard, &db, err);
    if (s != WT_OK)
        return s;
    s = wt_pgstore_load(st, db, shard, added, err);
    if (s != WT_OK && err && !strstr(err->file, shard))
        snprintf(err->file, sizeof err->file, "%s", shard);
    sqlite3_close(db);
    return s;
}
