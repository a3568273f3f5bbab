/* store.c - documents and annotations into SQLite.
 *
 * One writer, WAL journal, batched transactions (a savepoint per document
 * so that a failing document never leaves half its rows), FTS5 over title
 * and text kept in sync by triggers. Documents are keyed by content hash:
 * adding the same document twice changes nothing. */
#include "store.h"

#include "../dedup/simhash.h"
#include "../facts/facts.h"
#include "rows.h"
#include "../export/export.h"

#include <stdlib.h>
#include <string.h>

#define BATCH_DOCS 2000

static const char SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS warta_meta(key TEXT PRIMARY KEY, value TEXT);\n"
    "CREATE TABLE IF NOT EXISTS documents(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  hash TEXT NOT NULL UNIQUE,\n"
    "  doc_id TEXT, origin TEXT, source TEXT, url TEXT, title TEXT, date TEXT, dateline TEXT, agency TEXT,\n"
    "  text TEXT NOT NULL,\n"
    "  meta TEXT, warnings TEXT, source_map TEXT,\n"
    "  n_paragraphs INTEGER, n_sentences INTEGER, n_tokens INTEGER, simhash INTEGER,\n"
    "  warta_version TEXT, model_version TEXT, topic TEXT, topic_p REAL,\n"
    "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));\n"
    "CREATE INDEX IF NOT EXISTS documents_doc_id ON documents(doc_id);\n"
    "CREATE INDEX IF NOT EXISTS documents_date ON documents(date);\n"
    "CREATE TABLE IF NOT EXISTS sentences(\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, paragraph INTEGER,\n"
    "  syntax TEXT,\n"
    "  PRIMARY KEY(doc, idx)) WITHOUT ROWID;\n"
    "CREATE TABLE IF NOT EXISTS entities(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  idx INTEGER NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT, confidence REAL);\n"
    "CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);\n"
    "CREATE INDEX IF NOT EXISTS entities_name ON entities(name);\n"
    "CREATE INDEX IF NOT EXISTS entities_country ON entities(country);\n"
    "CREATE TABLE IF NOT EXISTS mentions(\n"
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT);\n"
    "CREATE TABLE IF NOT EXISTS dates(\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, value TEXT NOT NULL, text TEXT);\n"
    "CREATE TABLE IF NOT EXISTS quantities(\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, value REAL, unit TEXT, object TEXT, approx TEXT, text TEXT);\n"
    "CREATE TABLE IF NOT EXISTS quotes(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,\n"
    "  speaker TEXT, verb TEXT, kind TEXT, entity INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  cue_start INTEGER, cue_end INTEGER, confidence REAL);\n"
    "CREATE TABLE IF NOT EXISTS events(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  type TEXT NOT NULL, mode TEXT, cameo TEXT,\n"
    "  actor1 TEXT, actor1_country TEXT, actor1_entity INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  actor2 TEXT, actor2_country TEXT, actor2_entity INTEGER REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  date TEXT, location TEXT, domains TEXT,\n"
    "  start INTEGER, end INTEGER, confidence REAL, text TEXT, date_start TEXT, date_end TEXT);\n"
    "CREATE INDEX IF NOT EXISTS events_doc ON events(doc);\n"
    "CREATE INDEX IF NOT EXISTS events_type ON events(type);\n"
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
    "CREATE INDEX IF NOT EXISTS events_actor1_country ON events(actor1_country);\n"
    "CREATE INDEX IF NOT EXISTS events_actor2_country ON events(actor2_country);\n"
    "CREATE TABLE IF NOT EXISTS event_domains(\n"
    "  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,\n"
    "  domain TEXT NOT NULL, PRIMARY KEY(domain, event)) WITHOUT ROWID;\n"
    "CREATE TABLE IF NOT EXISTS event_spans(\n"
    "  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL);\n"
    "CREATE TABLE IF NOT EXISTS repairs(\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, kind TEXT, original TEXT, replacement TEXT);\n"
    "CREATE INDEX IF NOT EXISTS repairs_doc ON repairs(doc);\n"
    "CREATE TABLE IF NOT EXISTS simhash_bands(\n"
    "  band INTEGER NOT NULL, value INTEGER NOT NULL,\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE);\n"
    "CREATE INDEX IF NOT EXISTS simhash_bands_value ON simhash_bands(band, value);\n"
    "CREATE TABLE IF NOT EXISTS duplicates(\n"
    "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  other INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  distance INTEGER NOT NULL, PRIMARY KEY(doc, other)) WITHOUT ROWID;\n"
    "CREATE INDEX IF NOT EXISTS duplicates_other ON duplicates(other);\n"
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(\n"
    "  title, text, content='documents', content_rowid='id',\n"
    "  tokenize='unicode61 remove_diacritics 2');\n"
    "CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN\n"
    "  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);\n"
    "END;\n"
    "CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN\n"
    "  INSERT INTO documents_fts(documents_fts, rowid, title, text)\n"
    "  VALUES ('delete', old.id, old.title, old.text);\n"
    "END;\n";

/* Indexes on columns that older databases gain when they are upgraded,
 * and the views for the usual joins (docs/schema.md); made after the
 * upgrade, again at every open (a view's definition may change). */
static const char SCHEMA_LATE[] =
    "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);\n"
    "CREATE INDEX IF NOT EXISTS mentions_text ON mentions(text COLLATE NOCASE);\n"
    "CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc);\n"
    "CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc);\n"
    "CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);\n"
    "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);\n"
    "CREATE INDEX IF NOT EXISTS quotes_entity ON quotes(entity);\n"
    "CREATE INDEX IF NOT EXISTS events_date_start ON events(date_start);\n"
    "CREATE INDEX IF NOT EXISTS events_actor1_entity ON events(actor1_entity);\n"
    "CREATE INDEX IF NOT EXISTS events_actor2_entity ON events(actor2_entity);\n"
    "CREATE INDEX IF NOT EXISTS event_domains_event ON event_domains(event);\n"
    "CREATE INDEX IF NOT EXISTS event_spans_event ON event_spans(event);\n"
    "DROP VIEW IF EXISTS events_full;\n"
    "CREATE VIEW events_full AS SELECT e.id AS id, e.doc AS doc, d.doc_id AS doc_id, d.url AS url,\n"
    "  d.source AS source, d.date AS published, d.title AS title, d.topic AS topic,\n"
    "  e.date AS date, e.date_start AS date_start, e.date_end AS date_end,\n"
    "  e.type AS type, e.mode AS mode, e.cameo AS cameo, substr(e.cameo, 1, 2) AS cameo_root,\n"
    "  CASE WHEN e.cameo IS NULL OR e.cameo = '' THEN NULL\n"
    "       WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) <= 5 THEN 1\n"
    "       WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) <= 8 THEN 2\n"
    "       WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) <= 13 THEN 3 ELSE 4 END AS quad_class,\n"
    "  e.actor1 AS actor1, e.actor1_country AS actor1_country, e.actor1_entity AS actor1_entity,\n"
    "  e.actor2 AS actor2, e.actor2_country AS actor2_country, e.actor2_entity AS actor2_entity,\n"
    "  e.location AS location, e.domains AS domains, e.confidence AS confidence,\n"
    "  e.start AS start, e.end AS end, e.text AS evidence, d.text AS article_text,\n"
    "  d.warta_version AS warta_version, d.model_version AS model_version\n"
    "  FROM events e JOIN documents d ON d.id = e.doc;\n"
    "DROP VIEW IF EXISTS mentions_full;\n"
    "CREATE VIEW mentions_full AS SELECT e.doc AS doc, d.doc_id AS doc_id, d.url AS url, d.date AS published,\n"
    "  e.id AS entity, e.name AS name, e.type AS type, e.country AS country, e.role AS role,\n"
    "  d.source AS source, d.topic AS topic, m.start AS start, m.end AS end, m.text AS text\n"
    "  FROM mentions m JOIN entities e ON e.id = m.entity JOIN documents d ON d.id = e.doc;\n"
    "DROP VIEW IF EXISTS quotes_full;\n"
    "CREATE VIEW quotes_full AS SELECT q.id AS id, q.doc AS doc, d.doc_id AS doc_id, d.url AS url,\n"
    "  d.source AS source, d.date AS published, d.title AS title, d.topic AS topic,\n"
    "  q.speaker AS speaker, q.entity AS entity,\n"
    "  (SELECT e.country FROM entities e WHERE e.id = q.entity) AS speaker_country,\n"
    "  q.kind AS kind, q.verb AS verb, q.text AS text, q.start AS start, q.end AS end,\n"
    "  q.confidence AS confidence\n"
    "  FROM quotes q JOIN documents d ON d.id = q.doc;\n";

enum {
    S_HAS,
    S_DOC,
    S_SENT,
    S_ENT,
    S_MENTION,
    S_DATE,
    S_QTY,
    S_QUOTE,
    S_EVENT,
    S_EVSPAN,
    S_EVDOMAIN,
    S_REPAIR,
    S_BAND_ADD,
    S_BAND_FIND,
    S_DUP_ADD,
    S_COUNT
};

static const char *const STMTS[S_COUNT] = {
    [S_HAS] = "SELECT 1 FROM documents WHERE hash = ?1",
    [S_DOC] = ("INSERT INTO documents(hash, doc_id, origin, source, url, title, date, dateline, text,"
              " meta, warnings, source_map, n_paragraphs, n_sentences, n_tokens, agency, simhash,"
              " warta_version, model_version, topic, topic_p)"
              " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21)"),
    [S_SENT] = "INSERT INTO sentences(doc, idx, start, end, paragraph, syntax) VALUES (?1,?2,?3,?4,?5,?6)",
    [S_ENT] = "INSERT INTO entities(doc, idx, type, name, country, role, confidence) VALUES (?1,?2,?3,?4,?5,?6,?7)",
    [S_MENTION] = "INSERT INTO mentions(entity, start, end, text) VALUES (?1,?2,?3,?4)",
    [S_DATE] = "INSERT INTO dates(doc, start, end, value, text) VALUES (?1,?2,?3,?4,?5)",
    [S_QTY] = "INSERT INTO quantities(doc, start, end, value, unit, object, approx, text)"
              " VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
    [S_QUOTE] = "INSERT INTO quotes(doc, start, end, text, speaker, verb, entity, kind, cue_start, cue_end, confidence)"
                " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
    [S_EVENT] = ("INSERT INTO events(doc, type, mode, cameo, actor1, actor1_country, actor2, actor2_country,"
                " date, location, domains, actor1_entity, actor2_entity, start, end, confidence, text,"
                " date_start, date_end)"
                " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)"),
    [S_EVSPAN] = "INSERT INTO event_spans(event, start, end) VALUES (?1,?2,?3)",
    [S_EVDOMAIN] = "INSERT OR IGNORE INTO event_domains(event, domain) VALUES (?1,?2)",
    [S_REPAIR] = "INSERT INTO repairs(doc, start, end, kind, original, replacement) VALUES (?1,?2,?3,?4,?5,?6)",
    [S_BAND_ADD] = "INSERT INTO simhash_bands(band, value, doc) VALUES (?1,?2,?3)",
    [S_BAND_FIND] = ("SELECT b.doc, d.simhash FROM simhash_bands b JOIN documents d ON d.id = b.doc"
                    " WHERE b.band = ?1 AND b.value = ?2 AND b.doc != ?3"),
    [S_DUP_ADD] = "INSERT OR IGNORE INTO duplicates(doc, other, distance) VALUES (?1,?2,?3)",
};

struct wt_store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *stmt[S_COUNT];
    int in_txn;
    int batch;
};

sqlite3 *wt_store_db(wt_store *st) { return st->db; }

static wt_status db_fail(wt_store *st, wt_error *err, const char *what)
{
    return wt_fail(err, WT_EDB, st->path, 0, -1, "%s: %s", what, sqlite3_errmsg(st->db));
}

static int exec(wt_store *st, const char *sql) { return sqlite3_exec(st->db, sql, NULL, NULL, NULL); }

static bool step_done(sqlite3_stmt *s);

/* The text of span [start, end) of its document, as SQL (byte offsets). */
#define SPAN_TEXT(tbl, doc_expr)                                                                                  \
    "CAST(substr(CAST((SELECT d.text FROM documents d WHERE d.id = " doc_expr ") AS BLOB), " tbl ".start + 1, " \
    tbl ".end - " tbl ".start) AS TEXT)"

/* Version 6: the text of every span beside its offsets, quotes with an id,
 * events with the day range their date covers and their domains in a
 * table of their own. One transaction: all of it or nothing. */
static bool has_column(wt_store *st, const char *table, const char *column)
{
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT 1 FROM pragma_table_info('%s') WHERE name = '%s'", table, column);
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return false;
    bool has = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    return has;
}

static wt_status upgrade_to_6(wt_store *st, wt_error *err)
{
    /* a table made by an older upgrade may have the new columns already */
    static const char *const added[][3] = {
        {"mentions", "text", "UPDATE mentions SET text = " SPAN_TEXT(
                                 "mentions", "(SELECT e.doc FROM entities e WHERE e.id = mentions.entity)")},
        {"dates", "text", "UPDATE dates SET text = " SPAN_TEXT("dates", "dates.doc")},
        {"quantities", "text", "UPDATE quantities SET text = " SPAN_TEXT("quantities", "quantities.doc")},
        {"events", "text", "UPDATE events SET text = " SPAN_TEXT("events", "events.doc") " WHERE end > start"},
        {"events", "date_start", NULL},
        {"events", "date_end", NULL},
    };
    static const char quotes_with_id[] =
        "DROP INDEX IF EXISTS quotes_doc; DROP INDEX IF EXISTS quotes_speaker;"
        "ALTER TABLE quotes RENAME TO quotes_v5;"
        "CREATE TABLE quotes(id INTEGER PRIMARY KEY,"
        "  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        "  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,"
        "  speaker TEXT, verb TEXT, kind TEXT, entity INTEGER REFERENCES entities(id) ON DELETE SET NULL,"
        "  cue_start INTEGER, cue_end INTEGER, confidence REAL);"
        "INSERT INTO quotes(doc, start, end, text, speaker, verb, kind, entity, cue_start, cue_end, confidence)"
        "  SELECT doc, start, end, text, speaker, verb, kind, entity, cue_start, cue_end, confidence"
        "  FROM quotes_v5 ORDER BY rowid;"
        "DROP TABLE quotes_v5;";
    bool ok = exec(st, "BEGIN") == SQLITE_OK;
    for (size_t i = 0; ok && i < WT_ARRAY_LEN(added); i++) {
        if (has_column(st, added[i][0], added[i][1]))
            continue;
        char sql[96];
        snprintf(sql, sizeof sql, "ALTER TABLE %s ADD COLUMN %s TEXT", added[i][0], added[i][1]);
        ok = exec(st, sql) == SQLITE_OK && (!added[i][2] || exec(st, added[i][2]) == SQLITE_OK);
    }
    if (ok && !has_column(st, "quotes", "id"))
        ok = exec(st, quotes_with_id) == SQLITE_OK;
    if (!ok) {
        wt_status s = db_fail(st, err, "cannot upgrade the database to schema 6");
        exec(st, "ROLLBACK");
        return s;
    }
    sqlite3_stmt *q = NULL, *u = NULL, *dom = NULL;
    ok = sqlite3_prepare_v2(st->db, "SELECT id, date, domains FROM events", -1, &q, NULL) == SQLITE_OK &&
              sqlite3_prepare_v2(st->db, "UPDATE events SET date_start = ?2, date_end = ?3 WHERE id = ?1", -1, &u,
                                 NULL) == SQLITE_OK &&
              sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO event_domains(event, domain) VALUES (?1, ?2)", -1,
                                 &dom, NULL) == SQLITE_OK;
    while (ok && sqlite3_step(q) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(q, 0);
        char lo[11], hi[11];
        if (wt_date_bounds((const char *)sqlite3_column_text(q, 1), lo, hi)) {
            sqlite3_bind_int64(u, 1, id);
            sqlite3_bind_text(u, 2, lo, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(u, 3, hi, -1, SQLITE_TRANSIENT);
            ok = step_done(u);
        }
        const char *list = (const char *)sqlite3_column_text(q, 2);
        for (const char *p = list; ok && p && *p;) {
            size_t n = strcspn(p, ",");
            if (n) {
                sqlite3_bind_int64(dom, 1, id);
                sqlite3_bind_text(dom, 2, p, (int)n, SQLITE_TRANSIENT);
                ok = step_done(dom);
            }
            p += n + (p[n] == ',');
        }
    }
    sqlite3_finalize(q);
    sqlite3_finalize(u);
    sqlite3_finalize(dom);
    if (!ok || exec(st, "COMMIT") != SQLITE_OK) {
        wt_status s = db_fail(st, err, "cannot upgrade the events to schema 6");
        exec(st, "ROLLBACK");
        return s;
    }
    return WT_OK;
}

wt_status wt_store_open(const char *path, wt_store **out, wt_error *err)
{
    *out = NULL;
    wt_store *st = calloc(1, sizeof *st);
    if (!st)
        return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    st->path = strdup(path);
    if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        wt_status s = wt_fail(err, WT_EDB, path, 0, -1, "cannot open database: %s",
                              st->db ? sqlite3_errmsg(st->db) : "out of memory");
        wt_store_close(st);
        return s;
    }
    sqlite3_busy_timeout(st->db, 10000);
    /* an old database gets its new columns before the schema's indexes
     * refer to them */
    if (exec(st, "PRAGMA page_size=8192; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
             " PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=8192; PRAGMA temp_store=MEMORY;") != SQLITE_OK ||
        exec(st, SCHEMA) != SQLITE_OK) {
        wt_status s = db_fail(st, err, "cannot create the schema");
        wt_store_close(st);
        return s;
    }
    /* refuse a database written by a newer Warta */
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, "SELECT value FROM warta_meta WHERE key='schema_version'", -1, &q, NULL) ==
        SQLITE_OK) {
        int ver = 0;
        if (sqlite3_step(q) == SQLITE_ROW)
            ver = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
        if (ver > WT_SCHEMA_VERSION) {
            wt_status s = wt_fail(err, WT_EDB, path, 0, -1,
                                  "database schema version %d is newer than this warta (%d)", ver,
                                  WT_SCHEMA_VERSION);
            wt_store_close(st);
            return s;
        }
        if (ver == 1) {
            /* version 2 added agency and simhash to documents */
            exec(st, "ALTER TABLE documents ADD COLUMN agency TEXT");
            exec(st, "ALTER TABLE documents ADD COLUMN simhash INTEGER");
            exec(st, "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')");
            ver = 2;
        }
        if (ver == 2) {
            /* version 3 gave quotes a kind and a cue and events their actors'
             * entities; both tables were always empty before it */
            exec(st, "DROP TABLE IF EXISTS event_spans; DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS quotes");
            exec(st, SCHEMA);
            ver = 3;
        }
        if (ver == 3) {
            /* version 4: the Warta and model versions that made each
             * document, and its topic */
            exec(st, "ALTER TABLE documents ADD COLUMN warta_version TEXT");
            exec(st, "ALTER TABLE documents ADD COLUMN model_version TEXT");
            exec(st, "ALTER TABLE documents ADD COLUMN topic TEXT");
            exec(st, "ALTER TABLE documents ADD COLUMN topic_p REAL");
            exec(st, "ALTER TABLE entities ADD COLUMN confidence REAL");
            exec(st, "ALTER TABLE quotes ADD COLUMN confidence REAL");
            exec(st, "ALTER TABLE events ADD COLUMN confidence REAL");
            ver = 4;
        }
        if (ver == 4) {
            /* version 5: each sentence's parts of speech and dependency tree */
            exec(st, "ALTER TABLE sentences ADD COLUMN syntax TEXT");
            ver = 5;
        }
        if (ver >= 1 && ver <= 5 && upgrade_to_6(st, err) != WT_OK) {
            wt_store_close(st);
            return WT_EDB;
        }
        if (ver != WT_SCHEMA_VERSION) {
            char sql[128];
            snprintf(sql, sizeof sql, "INSERT OR REPLACE INTO warta_meta VALUES ('schema_version','%d')",
                     WT_SCHEMA_VERSION);
            exec(st, sql);
        }
    }
    if (exec(st, SCHEMA_LATE) != SQLITE_OK) {
        wt_status s = db_fail(st, err, "cannot create the schema's indexes and views");
        wt_store_close(st);
        return s;
    }
    for (int i = 0; i < S_COUNT; i++) {
        if (sqlite3_prepare_v3(st->db, STMTS[i], -1, SQLITE_PREPARE_PERSISTENT, &st->stmt[i], NULL) != SQLITE_OK) {
            wt_status s = db_fail(st, err, "cannot prepare a statement");
            wt_store_close(st);
            return s;
        }
    }
    *out = st;
    return WT_OK;
}

wt_status wt_store_flush(wt_store *st, wt_error *err)
{
    if (!st->in_txn)
        return WT_OK;
    if (exec(st, "COMMIT") != SQLITE_OK)
        return db_fail(st, err, "cannot commit");
    st->in_txn = 0;
    st->batch = 0;
    return WT_OK;
}

void wt_store_close(wt_store *st)
{
    if (!st)
        return;
    if (st->db) {
        if (st->in_txn)
            exec(st, "COMMIT");
        for (int i = 0; i < S_COUNT; i++)
            sqlite3_finalize(st->stmt[i]);
        sqlite3_close(st->db);
    }
    free(st->path);
    free(st);
}

int wt_store_has(wt_store *st, const char *hash)
{
    sqlite3_stmt *s = st->stmt[S_HAS];
    sqlite3_reset(s);
    sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
    int found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_reset(s);
    return found;
}

static void bind_str(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

static bool step_done(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE;
}

/* The fingerprint is cut into four 16-bit bands: two fingerprints within
 * WT_NEAR_DUP_BITS (3) bits share at least one band exactly, so the band
 * index finds every near-duplicate without comparing with every document. */
static wt_status link_near_duplicates(wt_store *st, sqlite3_int64 doc, uint64_t fp)
{
    for (int band = 0; band < 4; band++) {
        sqlite3_int64 value = (sqlite3_int64)((fp >> (16 * band)) & 0xFFFF);
        sqlite3_stmt *f = st->stmt[S_BAND_FIND];
        sqlite3_bind_int(f, 1, band);
        sqlite3_bind_int64(f, 2, value);
        sqlite3_bind_int64(f, 3, doc);
        int rc;
        while ((rc = sqlite3_step(f)) == SQLITE_ROW) {
            sqlite3_int64 other = sqlite3_column_int64(f, 0);
            uint64_t ofp = (uint64_t)sqlite3_column_int64(f, 1);
            int dist = wt_hamming(fp, ofp);
            if (dist > WT_NEAR_DUP_BITS)
                continue;
            sqlite3_stmt *a = st->stmt[S_DUP_ADD];
            sqlite3_bind_int64(a, 1, doc);
            sqlite3_bind_int64(a, 2, other);
            sqlite3_bind_int(a, 3, dist);
            if (!step_done(a)) {
                sqlite3_reset(f);
                return WT_EDB;
            }
        }
        sqlite3_reset(f);
        if (rc != SQLITE_DONE)
            return WT_EDB;
        sqlite3_stmt *add = st->stmt[S_BAND_ADD];
        sqlite3_bind_int(add, 1, band);
        sqlite3_bind_int64(add, 2, value);
        sqlite3_bind_int64(add, 3, doc);
        if (!step_done(add))
            return WT_EDB;
    }
    return WT_OK;
}

/* Writes one row with the statement of its table (rows.h gives the
 * columns in the statements' order). */
static wt_status sqlite_put(void *ctx, wt_rtable t, const wt_val *v, size_t n, long long *id, wt_error *err)
{
    static const int STMT_OF[WT_R_COUNT] = {
        [WT_R_DOC] = S_DOC,         [WT_R_SENT] = S_SENT,       [WT_R_ENT] = S_ENT,       [WT_R_MENTION] = S_MENTION,
        [WT_R_DATE] = S_DATE,       [WT_R_QTY] = S_QTY,         [WT_R_QUOTE] = S_QUOTE,   [WT_R_EVENT] = S_EVENT,
        [WT_R_EVSPAN] = S_EVSPAN,   [WT_R_EVDOMAIN] = S_EVDOMAIN, [WT_R_REPAIR] = S_REPAIR,
    };
    static const char *const WHAT[WT_R_COUNT] = {"document", "sentence", "entity", "mention", "date", "quantity",
                                                 "quote", "event", "event span", "event domain", "repair"};
    wt_store *st = ctx;
    sqlite3_stmt *s = st->stmt[STMT_OF[t]];
    for (size_t i = 0; i < n; i++) {
        int k = (int)i + 1;
        if (v[i].kind == WT_V_NULL)
            sqlite3_bind_null(s, k);
        else if (v[i].kind == WT_V_INT)
            sqlite3_bind_int64(s, k, v[i].i);
        else if (v[i].kind == WT_V_REAL)
            sqlite3_bind_double(s, k, v[i].d);
        else
            sqlite3_bind_text(s, k, v[i].s, (int)v[i].n, SQLITE_STATIC);
    }
    bool ok = step_done(s);
    sqlite3_clear_bindings(s);
    if (!ok) {
        char what[64];
        snprintf(what, sizeof what, "cannot store a %s", WHAT[t]);
        return db_fail(st, err, what);
    }
    if (id)
        *id = sqlite3_last_insert_rowid(st->db);
    return WT_OK;
}

static wt_status insert_doc(wt_store *st, const wt_doc *d, wt_error *err)
{
    wt_rows w = {sqlite_put, st};
    long long doc;
    wt_status s = wt_rows_document(d, &w, &doc, err);
    if (s == WT_OK)
        s = wt_rows_annotations(d, doc, &w, err);
    if (s == WT_OK && d->simhash && link_near_duplicates(st, doc, d->simhash) != WT_OK)
        s = db_fail(st, err, "cannot link near-duplicates");
    if (s == WT_OK)
        s = wt_rows_repairs(d, doc, &w, err);
    return s;
}

wt_status wt_store_link_from(wt_store *st, sqlite3_int64 after, wt_error *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, "SELECT id, simhash FROM documents WHERE id > ?1 AND simhash IS NOT NULL ORDER BY id",
                           -1, &q, NULL) != SQLITE_OK)
        return db_fail(st, err, "cannot read the fingerprints");
    sqlite3_bind_int64(q, 1, after);
    wt_status s = WT_OK;
    int rc;
    while (s == WT_OK && (rc = sqlite3_step(q)) == SQLITE_ROW)
        if (link_near_duplicates(st, sqlite3_column_int64(q, 0), (uint64_t)sqlite3_column_int64(q, 1)) != WT_OK)
            s = db_fail(st, err, "cannot link near-duplicates");
    sqlite3_finalize(q);
    return s;
}

/* Opens the batch's transaction if none is open, then one document's
 * savepoint. */
static wt_status begin_doc(wt_store *st, wt_error *err)
{
    if (!st->in_txn) {
        if (exec(st, "BEGIN") != SQLITE_OK)
            return db_fail(st, err, "cannot begin a transaction");
        st->in_txn = 1;
    }
    if (exec(st, "SAVEPOINT doc") != SQLITE_OK)
        return db_fail(st, err, "cannot open a savepoint");
    return WT_OK;
}

/* Keeps the document's rows when s is WT_OK, else drops all of them;
 * commits the batch when it is full. */
static wt_status end_doc(wt_store *st, wt_status s, wt_error *err)
{
    if (s != WT_OK) {
        exec(st, "ROLLBACK TO doc");
        exec(st, "RELEASE doc");
        return s;
    }
    exec(st, "RELEASE doc");
    if (++st->batch >= BATCH_DOCS)
        return wt_store_flush(st, err);
    return WT_OK;
}

/* Deletes a document's annotations and writes d's in their place. */
static wt_status replace_rows(wt_store *st, sqlite3_int64 id, const wt_doc *d, wt_error *err)
{
    /* mentions, event spans and domains go with their rows (ON DELETE CASCADE) */
    char sql[512];
    snprintf(sql, sizeof sql,
             "DELETE FROM quotes WHERE doc = %lld; DELETE FROM events WHERE doc = %lld;"
             " DELETE FROM entities WHERE doc = %lld; DELETE FROM sentences WHERE doc = %lld;"
             " DELETE FROM dates WHERE doc = %lld; DELETE FROM quantities WHERE doc = %lld;",
             (long long)id, (long long)id, (long long)id, (long long)id, (long long)id, (long long)id);
    bool ok = exec(st, sql) == SQLITE_OK;
    sqlite3_stmt *u = NULL;
    if (ok)
        ok = sqlite3_prepare_v2(st->db,
                                "UPDATE documents SET n_paragraphs = ?2, n_sentences = ?3, n_tokens = ?4,"
                                " warta_version = ?5, model_version = ?6, topic = ?7, topic_p = ?8 WHERE id = ?1",
                                -1, &u, NULL) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_int64(u, 1, id);
        sqlite3_bind_int64(u, 2, (sqlite3_int64)d->n_paragraphs);
        sqlite3_bind_int64(u, 3, (sqlite3_int64)d->n_sentences);
        sqlite3_bind_int64(u, 4, (sqlite3_int64)d->n_tokens);
        bind_str(u, 5, d->warta_version);
        bind_str(u, 6, d->model_version);
        bind_str(u, 7, d->topic);
        if (d->topic)
            sqlite3_bind_double(u, 8, d->topic_p);
        ok = sqlite3_step(u) == SQLITE_DONE;
    }
    sqlite3_finalize(u);
    wt_rows w = {sqlite_put, st};
    return ok ? wt_rows_annotations(d, id, &w, err) : db_fail(st, err, "cannot replace the annotations");
}

wt_status wt_store_replace(wt_store *st, sqlite3_int64 id, const wt_doc *d, wt_error *err)
{
    wt_status s = begin_doc(st, err);
    return s != WT_OK ? s : end_doc(st, replace_rows(st, id, d, err), err);
}

wt_status wt_store_add(wt_store *st, const wt_doc *d, int *added, wt_error *err)
{
    *added = 0;
    if (wt_store_has(st, d->hash))
        return WT_OK;
    wt_status s = begin_doc(st, err);
    if (s != WT_OK)
        return s;
    s = insert_doc(st, d, err);
    /* the error names the document rather than the database file */
    if (s != WT_OK && err && d->origin)
        snprintf(err->file, sizeof err->file, "%s", d->origin);
    *added = s == WT_OK;
    return end_doc(st, s, err);
}
