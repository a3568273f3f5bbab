/* store.c - documents and annotations into SQLite.
 *
 * One writer, WAL journal, batched transactions (a savepoint per document
 * so that a failing document never leaves half its rows), FTS5 over title
 * and text kept in sync by triggers. Documents are keyed by content hash:
 * adding the same document twice changes nothing. */
#include "store.h"

#include "../dedup/simhash.h"
#include "../facts/facts.h"
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

/* Binds the document's text [start, end) (byte offsets), or NULL when
 * the span is not inside the text. */
static void bind_span(sqlite3_stmt *s, int i, const wt_doc *d, size_t start, size_t end)
{
    if (start < end && end <= d->text_len)
        sqlite3_bind_text(s, i, d->text + start, (int)(end - start), SQLITE_STATIC);
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

static wt_status insert_annotations(wt_store *st, sqlite3_int64 doc, const wt_doc *d, wt_error *err);

static wt_status insert_doc(wt_store *st, const wt_doc *d, wt_error *err)
{
    sqlite3_stmt *s = st->stmt[S_DOC];
    wt_buf meta, warn, map;
    wt_buf_init(&meta, 0);
    wt_buf_init(&warn, 0);
    wt_buf_init(&map, 0);
    wt_record_meta(&meta, d);
    wt_record_warnings(&warn, d);
    wt_record_source_map(&map, d);
    bool ok = !meta.oom && !warn.oom && !map.oom;
    if (ok) {
        bind_str(s, 1, d->hash);
        bind_str(s, 2, d->id);
        bind_str(s, 3, d->origin);
        bind_str(s, 4, d->source);
        bind_str(s, 5, d->url);
        bind_str(s, 6, d->title);
        bind_str(s, 7, d->date);
        bind_str(s, 8, d->dateline);
        sqlite3_bind_text(s, 9, d->text, (int)d->text_len, SQLITE_STATIC);
        bind_str(s, 10, meta.ptr);
        bind_str(s, 11, warn.ptr);
        bind_str(s, 12, map.ptr);
        sqlite3_bind_int64(s, 13, (sqlite3_int64)d->n_paragraphs);
        sqlite3_bind_int64(s, 14, (sqlite3_int64)d->n_sentences);
        sqlite3_bind_int64(s, 15, (sqlite3_int64)d->n_tokens);
        bind_str(s, 16, d->agency);
        if (d->simhash)
            sqlite3_bind_int64(s, 17, (sqlite3_int64)d->simhash);
        else
            sqlite3_bind_null(s, 17);
        bind_str(s, 18, d->warta_version);
        bind_str(s, 19, d->model_version);
        bind_str(s, 20, d->topic);
        if (d->topic)
            sqlite3_bind_double(s, 21, d->topic_p);
        else
            sqlite3_bind_null(s, 21);
        ok = step_done(s);
        sqlite3_clear_bindings(s);
    }
    wt_buf_free(&meta);
    wt_buf_free(&warn);
    wt_buf_free(&map);
    if (!ok)
        return db_fail(st, err, "cannot store the document");
    sqlite3_int64 doc = sqlite3_last_insert_rowid(st->db);
    wt_status as = insert_annotations(st, doc, d, err);
    if (as != WT_OK)
        return as;
    if (d->simhash && link_near_duplicates(st, doc, d->simhash) != WT_OK)
        return db_fail(st, err, "cannot link near-duplicates");
    for (size_t i = 0; i < d->n_repairs; i++) {
        const wt_repair *r = &d->repairs[i];
        s = st->stmt[S_REPAIR];
        sqlite3_bind_int64(s, 1, doc);
        sqlite3_bind_int64(s, 2, r->start);
        sqlite3_bind_int64(s, 3, r->end);
        bind_str(s, 4, r->kind);
        bind_str(s, 5, r->original);
        bind_str(s, 6, r->replacement);
        if (!step_done(s))
            return db_fail(st, err, "cannot store a repair");
    }
    return WT_OK;
}

/* What the pipeline found in a document whose row is doc: sentences,
 * entities and mentions, dates, quantities, quotes, events. */
static wt_status insert_annotations(wt_store *st, sqlite3_int64 doc, const wt_doc *d, wt_error *err)
{
    sqlite3_stmt *s;
    /* entity row ids, for the quotes and events that point at them */
    sqlite3_int64 *ent_ids = wt_arena_alloc(d->arena, (d->n_entities ? d->n_entities : 1) * sizeof *ent_ids);
    if (!ent_ids)
        return db_fail(st, err, "out of memory");

    for (size_t i = 0; i < d->n_sentences; i++) {
        s = st->stmt[S_SENT];
        sqlite3_bind_int64(s, 1, doc);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(s, 3, d->sentences[i].start);
        sqlite3_bind_int64(s, 4, d->sentences[i].end);
        sqlite3_bind_int64(s, 5, d->sentences[i].paragraph);
        wt_buf syn;
        wt_buf_init(&syn, 0);
        if (d->deps) {
            wt_put_syntax(&syn, d, &d->sentences[i]);
            if (syn.oom) {
                wt_buf_free(&syn);
                return db_fail(st, err, "out of memory");
            }
            sqlite3_bind_text(s, 6, syn.ptr, (int)syn.len, SQLITE_TRANSIENT);
        } else
            sqlite3_bind_null(s, 6);
        bool stored = step_done(s);
        wt_buf_free(&syn);
        if (!stored)
            return db_fail(st, err, "cannot store a sentence");
    }
    for (size_t i = 0; i < d->n_entities; i++) {
        const wt_entity *e = &d->entities[i];
        s = st->stmt[S_ENT];
        sqlite3_bind_int64(s, 1, doc);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
        bind_str(s, 3, wt_ent_type_name(e->type));
        bind_str(s, 4, e->name ? e->name : "");
        bind_str(s, 5, e->country);
        bind_str(s, 6, e->role);
        sqlite3_bind_double(s, 7, e->confidence);
        if (!step_done(s))
            return db_fail(st, err, "cannot store an entity");
        sqlite3_int64 ent = sqlite3_last_insert_rowid(st->db);
        ent_ids[i] = ent;
        for (size_t k = 0; k < e->n_mentions; k++) {
            s = st->stmt[S_MENTION];
            sqlite3_bind_int64(s, 1, ent);
            sqlite3_bind_int64(s, 2, e->mentions[k].start);
            sqlite3_bind_int64(s, 3, e->mentions[k].end);
            bind_span(s, 4, d, e->mentions[k].start, e->mentions[k].end);
            if (!step_done(s))
                return db_fail(st, err, "cannot store a mention");
        }
    }
    for (size_t i = 0; i < d->n_dates; i++) {
        s = st->stmt[S_DATE];
        sqlite3_bind_int64(s, 1, doc);
        sqlite3_bind_int64(s, 2, d->dates[i].start);
        sqlite3_bind_int64(s, 3, d->dates[i].end);
        bind_str(s, 4, d->dates[i].value ? d->dates[i].value : "");
        bind_span(s, 5, d, d->dates[i].start, d->dates[i].end);
        if (!step_done(s))
            return db_fail(st, err, "cannot store a date");
    }
    for (size_t i = 0; i < d->n_quantities; i++) {
        const wt_quantity *q = &d->quantities[i];
        s = st->stmt[S_QTY];
        sqlite3_bind_int64(s, 1, doc);
        sqlite3_bind_int64(s, 2, q->start);
        sqlite3_bind_int64(s, 3, q->end);
        sqlite3_bind_double(s, 4, q->value);
        bind_str(s, 5, q->unit);
        bind_str(s, 6, q->object);
        bind_str(s, 7, q->approx);
        bind_span(s, 8, d, q->start, q->end);
        if (!step_done(s))
            return db_fail(st, err, "cannot store a quantity");
    }
    for (size_t i = 0; i < d->n_quotes; i++) {
        const wt_quote *q = &d->quotes[i];
        s = st->stmt[S_QUOTE];
        sqlite3_bind_int64(s, 1, doc);
        sqlite3_bind_int64(s, 2, q->start);
        sqlite3_bind_int64(s, 3, q->end);
        sqlite3_bind_text(s, 4, d->text + q->start, (int)(q->end - q->start), SQLITE_STATIC);
        bind_str(s, 5, q->speaker_name);
        bind_str(s, 6, q->verb);
        if (q->speaker >= 0 && (size_t)q->speaker < d->n_entities)
            sqlite3_bind_int64(s, 7, ent_ids[q->speaker]);
        else
            sqlite3_bind_null(s, 7);
        bind_str(s, 8, q->kind);
        if (q->cue_end > q->cue_start) {
            sqlite3_bind_int64(s, 9, q->cue_start);
            sqlite3_bind_int64(s, 10, q->cue_end);
        } else {
            sqlite3_bind_null(s, 9);
            sqlite3_bind_null(s, 10);
        }
        sqlite3_bind_double(s, 11, q->confidence);
        if (!step_done(s))
            return db_fail(st, err, "cannot store a quote");
    }
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        wt_buf dom;
        wt_buf_init(&dom, 0);
        wt_record_domains(&dom, e, false);
        s = st->stmt[S_EVENT];
        sqlite3_bind_int64(s, 1, doc);
        bind_str(s, 2, e->type ? e->type : "");
        bind_str(s, 3, e->mode);
        bind_str(s, 4, e->cameo);
        bind_str(s, 5, e->actor1.name);
        bind_str(s, 6, e->actor1.country);
        bind_str(s, 7, e->actor2.name);
        bind_str(s, 8, e->actor2.country);
        bind_str(s, 9, e->date);
        bind_str(s, 10, e->location);
        bind_str(s, 11, dom.ptr ? dom.ptr : "");
        for (int k = 0; k < 2; k++) {
            int ent = k ? e->actor2.entity : e->actor1.entity;
            if (ent >= 0 && (size_t)ent < d->n_entities)
                sqlite3_bind_int64(s, 12 + k, ent_ids[ent]);
            else
                sqlite3_bind_null(s, 12 + k);
        }
        sqlite3_bind_int64(s, 14, e->n_spans ? e->spans[0].start : 0);
        sqlite3_bind_int64(s, 15, e->n_spans ? e->spans[0].end : 0);
        sqlite3_bind_double(s, 16, e->confidence);
        if (e->n_spans)
            bind_span(s, 17, d, e->spans[0].start, e->spans[0].end);
        else
            sqlite3_bind_null(s, 17);
        char lo[11], hi[11];
        bool dated = wt_date_bounds(e->date, lo, hi);
        bind_str(s, 18, dated ? lo : NULL);
        bind_str(s, 19, dated ? hi : NULL);
        bool ok2 = step_done(s);
        sqlite3_int64 ev = sqlite3_last_insert_rowid(st->db);
        for (const char *p = dom.ptr; ok2 && p && *p;) {
            size_t n = strcspn(p, ",");
            sqlite3_stmt *ds = st->stmt[S_EVDOMAIN];
            sqlite3_bind_int64(ds, 1, ev);
            sqlite3_bind_text(ds, 2, p, (int)n, SQLITE_TRANSIENT);
            ok2 = n == 0 || step_done(ds);
            p += n + (p[n] == ',');
        }
        wt_buf_free(&dom);
        if (!ok2)
            return db_fail(st, err, "cannot store an event");
        for (size_t k = 0; k < e->n_spans; k++) {
            s = st->stmt[S_EVSPAN];
            sqlite3_bind_int64(s, 1, ev);
            sqlite3_bind_int64(s, 2, e->spans[k].start);
            sqlite3_bind_int64(s, 3, e->spans[k].end);
            if (!step_done(s))
                return db_fail(st, err, "cannot store an event span");
        }
    }
    return WT_OK;
}

wt_status wt_store_replace(wt_store *st, sqlite3_int64 id, const wt_doc *d, wt_error *err)
{
    if (!st->in_txn) {
        if (exec(st, "BEGIN") != SQLITE_OK)
            return db_fail(st, err, "cannot begin a transaction");
        st->in_txn = 1;
    }
    if (exec(st, "SAVEPOINT doc") != SQLITE_OK)
        return db_fail(st, err, "cannot open a savepoint");
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
    wt_status s = ok ? insert_annotations(st, id, d, err) : db_fail(st, err, "cannot replace the annotations");
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

wt_status wt_store_add(wt_store *st, const wt_doc *d, int *added, wt_error *err)
{
    *added = 0;
    if (wt_store_has(st, d->hash))
        return WT_OK;
    if (!st->in_txn) {
        if (exec(st, "BEGIN") != SQLITE_OK)
            return db_fail(st, err, "cannot begin a transaction");
        st->in_txn = 1;
    }
    if (exec(st, "SAVEPOINT doc") != SQLITE_OK)
        return db_fail(st, err, "cannot open a savepoint");
    wt_status s = insert_doc(st, d, err);
    if (s != WT_OK) {
        exec(st, "ROLLBACK TO doc");
        exec(st, "RELEASE doc");
        /* the error names the document rather than the database file */
        if (err && d->origin)
            snprintf(err->file, sizeof err->file, "%s", d->origin);
        return s;
    }
    exec(st, "RELEASE doc");
    *added = 1;
    if (++st->batch >= BATCH_DOCS)
        return wt_store_flush(st, err);
    return WT_OK;
}
