/* pg.c - the PostgreSQL store (warta ingest --pg URL): the schema of
 * docs/schema.md in PostgreSQL, documents written through libpq with the
 * rows of rows.c, a savepoint per document and a transaction per batch,
 * near-duplicates linked as in SQLite. Several writers may share one
 * database (a Slurm array): the schema is made under an advisory lock and
 * a document already stored by another writer is skipped. */
#include "pg.h"

#include "../dedup/simhash.h"
#include "rows.h"

#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#define PG_BATCH_DOCS 500
#define PG_SCHEMA_LOCK 727274 /* advisory lock key: making the schema */

/* "end" is a reserved word in PostgreSQL: it is always quoted. */
static const char PG_SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS warta_meta(key TEXT PRIMARY KEY, value TEXT);\n"
    "CREATE TABLE IF NOT EXISTS documents(id BIGSERIAL PRIMARY KEY, hash TEXT NOT NULL UNIQUE,\n"
    "  doc_id TEXT, origin TEXT, source TEXT, url TEXT, title TEXT, date TEXT, dateline TEXT, agency TEXT,\n"
    "  text TEXT NOT NULL, meta TEXT, warnings TEXT, source_map TEXT,\n"
    "  n_paragraphs INTEGER, n_sentences INTEGER, n_tokens INTEGER, simhash BIGINT,\n"
    "  warta_version TEXT, model_version TEXT, topic TEXT, topic_p DOUBLE PRECISION,\n"
    "  ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),\n"
    "  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED);\n"
    "CREATE INDEX IF NOT EXISTS documents_doc_id ON documents(doc_id);\n"
    "CREATE INDEX IF NOT EXISTS documents_date ON documents(date);\n"
    "CREATE INDEX IF NOT EXISTS documents_tsv ON documents USING GIN (tsv);\n"
    "CREATE TABLE IF NOT EXISTS sentences(doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  idx INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, paragraph INTEGER, syntax TEXT,\n"
    "  PRIMARY KEY(doc, idx));\n"
    "CREATE TABLE IF NOT EXISTS entities(id BIGSERIAL PRIMARY KEY,\n"
    "  doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL, type TEXT NOT NULL,\n"
    "  name TEXT NOT NULL, country TEXT, role TEXT, confidence DOUBLE PRECISION);\n"
    "CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);\n"
    "CREATE INDEX IF NOT EXISTS entities_name ON entities(name);\n"
    "CREATE INDEX IF NOT EXISTS entities_country ON entities(country);\n"
    "CREATE TABLE IF NOT EXISTS mentions(entity BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT);\n"
    "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);\n"
    "CREATE INDEX IF NOT EXISTS mentions_text ON mentions(lower(text));\n"
    "CREATE TABLE IF NOT EXISTS dates(doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, value TEXT NOT NULL, text TEXT);\n"
    "CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc);\n"
    "CREATE TABLE IF NOT EXISTS quantities(doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, value DOUBLE PRECISION, unit TEXT, object TEXT,\n"
    "  approx TEXT, text TEXT);\n"
    "CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc);\n"
    "CREATE TABLE IF NOT EXISTS quotes(id BIGSERIAL PRIMARY KEY,\n"
    "  doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL,\n"
    "  \"end\" INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT, verb TEXT, kind TEXT,\n"
    "  entity BIGINT REFERENCES entities(id) ON DELETE SET NULL, cue_start INTEGER, cue_end INTEGER,\n"
    "  confidence DOUBLE PRECISION);\n"
    "CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);\n"
    "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);\n"
    "CREATE INDEX IF NOT EXISTS quotes_entity ON quotes(entity);\n"
    "CREATE TABLE IF NOT EXISTS events(id BIGSERIAL PRIMARY KEY,\n"
    "  doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, type TEXT NOT NULL, mode TEXT, cameo TEXT,\n"
    "  actor1 TEXT, actor1_country TEXT, actor1_entity BIGINT REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  actor2 TEXT, actor2_country TEXT, actor2_entity BIGINT REFERENCES entities(id) ON DELETE SET NULL,\n"
    "  date TEXT, location TEXT, domains TEXT, start INTEGER, \"end\" INTEGER, confidence DOUBLE PRECISION,\n"
    "  text TEXT, date_start TEXT, date_end TEXT);\n"
    "CREATE INDEX IF NOT EXISTS events_doc ON events(doc);\n"
    "CREATE INDEX IF NOT EXISTS events_type ON events(type);\n"
    "CREATE INDEX IF NOT EXISTS events_date_start ON events(date_start);\n"
    "CREATE INDEX IF NOT EXISTS events_actor1_country ON events(actor1_country);\n"
    "CREATE INDEX IF NOT EXISTS events_actor2_country ON events(actor2_country);\n"
    "CREATE INDEX IF NOT EXISTS events_actor1_entity ON events(actor1_entity);\n"
    "CREATE INDEX IF NOT EXISTS events_actor2_entity ON events(actor2_entity);\n"
    "CREATE TABLE IF NOT EXISTS event_domains(event BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,\n"
    "  domain TEXT NOT NULL, PRIMARY KEY(domain, event));\n"
    "CREATE INDEX IF NOT EXISTS event_domains_event ON event_domains(event);\n"
    "CREATE TABLE IF NOT EXISTS event_spans(event BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL);\n"
    "CREATE INDEX IF NOT EXISTS event_spans_event ON event_spans(event);\n"
    "CREATE TABLE IF NOT EXISTS repairs(doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, kind TEXT, original TEXT, replacement TEXT);\n"
    "CREATE INDEX IF NOT EXISTS repairs_doc ON repairs(doc);\n"
    "CREATE TABLE IF NOT EXISTS simhash_bands(band INTEGER NOT NULL, value INTEGER NOT NULL,\n"
    "  doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE);\n"
    "CREATE INDEX IF NOT EXISTS simhash_bands_value ON simhash_bands(band, value);\n"
    "CREATE TABLE IF NOT EXISTS duplicates(doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  other BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, distance INTEGER NOT NULL,\n"
    "  PRIMARY KEY(doc, other));\n"
    "CREATE INDEX IF NOT EXISTS duplicates_other ON duplicates(other);\n"
    "CREATE OR REPLACE VIEW events_full AS SELECT e.id AS id, e.doc AS doc, d.doc_id AS doc_id, d.url AS url,\n"
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
    "  e.start AS start, e.\"end\" AS \"end\", e.text AS evidence, d.text AS article_text,\n"
    "  d.warta_version AS warta_version, d.model_version AS model_version\n"
    "  FROM events e JOIN documents d ON d.id = e.doc;\n"
    "CREATE OR REPLACE VIEW mentions_full AS SELECT e.doc AS doc, d.doc_id AS doc_id, d.url AS url,\n"
    "  d.date AS published, e.id AS entity, e.name AS name, e.type AS type, e.country AS country, e.role AS role,\n"
    "  d.source AS source, d.topic AS topic, m.start AS start, m.\"end\" AS \"end\", m.text AS text\n"
    "  FROM mentions m JOIN entities e ON e.id = m.entity JOIN documents d ON d.id = e.doc;\n"
    "CREATE OR REPLACE VIEW quotes_full AS SELECT q.id AS id, q.doc AS doc, d.doc_id AS doc_id, d.url AS url,\n"
    "  d.source AS source, d.date AS published, d.title AS title, d.topic AS topic,\n"
    "  q.speaker AS speaker, q.entity AS entity,\n"
    "  (SELECT e.country FROM entities e WHERE e.id = q.entity) AS speaker_country,\n"
    "  q.kind AS kind, q.verb AS verb, q.text AS text, q.start AS start, q.\"end\" AS \"end\",\n"
    "  q.confidence AS confidence\n"
    "  FROM quotes q JOIN documents d ON d.id = q.doc;\n";

struct wt_pgstore {
    PGconn *c;
    char *where;     /* the connection as errors name it (no password) */
    wt_store *stage; /* the batch, as rows of an in-memory SQLite store */
    size_t staged;   /* documents in it */
};

static wt_status pg_fail(wt_pgstore *st, wt_error *err, const char *what)
{
    const char *why = PQerrorMessage(st->c);
    size_t n = strlen(why);
    while (n && (why[n - 1] == '\n' || why[n - 1] == ' '))
        n--;
    return wt_fail(err, WT_EDB, st->where, 0, -1, "%s: %.*s", what, (int)n, why);
}

/* Runs SQL without parameters; false (err set) unless it succeeded. */
static bool run(wt_pgstore *st, const char *sql, wt_error *err, const char *what)
{
    PGresult *r = PQexec(st->c, sql);
    ExecStatusType t = PQresultStatus(r);
    PQclear(r);
    if (t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK)
        return true;
    pg_fail(st, err, what);
    return false;
}

/* The schema and the statements, once per connection. */
static bool prepare(wt_pgstore *st, wt_error *err)
{
    char lock[96];
    snprintf(lock, sizeof lock, "SELECT pg_advisory_lock(%d)", PG_SCHEMA_LOCK);
    if (!run(st, "SET client_min_messages = warning", err, "cannot set up the session") ||
        !run(st, lock, err, "cannot lock the schema"))
        return false;
    bool ok = run(st, PG_SCHEMA, err, "cannot create the schema");
    char ver[160];
    snprintf(ver, sizeof ver,
             "INSERT INTO warta_meta VALUES ('schema_version', '%d') ON CONFLICT (key) DO NOTHING", WT_SCHEMA_VERSION);
    ok = ok && run(st, ver, err, "cannot record the schema version");
    snprintf(lock, sizeof lock, "SELECT pg_advisory_unlock(%d)", PG_SCHEMA_LOCK);
    run(st, lock, err, "cannot unlock the schema");
    return ok;
}

wt_status wt_pgstore_open(const char *conninfo, wt_pgstore **out, wt_error *err)
{
    *out = NULL;
    wt_pgstore *st = calloc(1, sizeof *st);
    if (!st)
        return wt_fail(err, WT_ENOMEM, "postgresql", 0, -1, "out of memory");
    st->c = PQconnectdb(conninfo);
    const char *db = st->c ? PQdb(st->c) : NULL;
    st->where = strdup(db ? db : "postgresql");
    if (!st->c || PQstatus(st->c) != CONNECTION_OK) {
        wt_status s = st->c ? pg_fail(st, err, "cannot connect") : wt_fail(err, WT_ENOMEM, "postgresql", 0, -1, "out of memory");
        wt_pgstore_close(st);
        return s;
    }
    if (!prepare(st, err)) {
        wt_pgstore_close(st);
        return WT_EDB;
    }
    *out = st;
    return WT_OK;
}

void wt_pgstore_close(wt_pgstore *st)
{
    if (!st)
        return;
    if (st->c && st->staged)
        wt_pgstore_flush(st, NULL);
    wt_store_close(st->stage);
    PQfinish(st->c);
    free(st->where);
    free(st);
}

int wt_pgstore_has(wt_pgstore *st, const char *hash)
{
    const char *v[1] = {hash};
    PGresult *r = PQexecParams(st->c, "SELECT 1 FROM documents WHERE hash = $1", 1, NULL, v, NULL, NULL, 0);
    int has = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0;
    PQclear(r);
    return has;
}

/* As store.c: two fingerprints within WT_NEAR_DUP_BITS bits share a band. */
static wt_status link_near_duplicates(wt_pgstore *st, long long doc, uint64_t fp, wt_error *err)
{
    for (int band = 0; band < 4; band++) {
        char b[16], value[24], id[24];
        snprintf(b, sizeof b, "%d", band);
        snprintf(value, sizeof value, "%lld", (long long)((fp >> (16 * band)) & 0xFFFF));
        snprintf(id, sizeof id, "%lld", doc);
        const char *v[3] = {b, value, id};
        PGresult *r = PQexecParams(st->c,
                                   "SELECT x.doc, d.simhash FROM simhash_bands x JOIN documents d ON d.id = x.doc"
                                   " WHERE x.band = $1 AND x.value = $2 AND x.doc <> $3",
                                   3, NULL, v, NULL, NULL, 0);
        bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
        for (int i = 0; ok && i < PQntuples(r); i++) {
            int dist = wt_hamming(fp, (uint64_t)atoll(PQgetvalue(r, i, 1)));
            if (dist > WT_NEAR_DUP_BITS)
                continue;
            char d2[16];
            snprintf(d2, sizeof d2, "%d", dist);
            const char *w[3] = {id, PQgetvalue(r, i, 0), d2};
            PGresult *a = PQexecParams(st->c, "INSERT INTO duplicates VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", 3,
                                       NULL, w, NULL, NULL, 0);
            ok = PQresultStatus(a) == PGRES_COMMAND_OK;
            PQclear(a);
        }
        PQclear(r);
        if (ok) {
            PGresult *a = PQexecParams(st->c, "INSERT INTO simhash_bands VALUES ($1, $2, $3)", 3, NULL, v, NULL, NULL, 0);
            ok = PQresultStatus(a) == PGRES_COMMAND_OK;
            PQclear(a);
        }
        if (!ok)
            return pg_fail(st, err, "cannot link near-duplicates");
    }
    return WT_OK;
}

PGconn *wt_pgstore_conn(wt_pgstore *st) { return st->c; }
bool wt_pgstore_exec(wt_pgstore *st, const char *sql, wt_error *err, const char *what) { return run(st, sql, err, what); }
wt_status wt_pgstore_fail(wt_pgstore *st, wt_error *err, const char *what) { return pg_fail(st, err, what); }
wt_status wt_pgstore_link(wt_pgstore *st, long long doc, uint64_t fp, wt_error *err)
{
    return link_near_duplicates(st, doc, fp, err);
}

/* A batch is staged as rows of an in-memory SQLite store (the same
 * mapping from a document to rows, rows.c) and loaded as a shard is
 * (pgmerge.c): COPY into staging tables, one INSERT ... SELECT per table,
 * ON CONFLICT (hash) DO NOTHING, near-duplicates linked under the writers'
 * lock, one transaction. */
wt_status wt_pgstore_flush(wt_pgstore *st, wt_error *err)
{
    if (!st->stage)
        return WT_OK;
    wt_error local;
    if (!err)
        err = &local;
    size_t added = 0;
    wt_status s = st->staged ? wt_store_flush(st->stage, err) : WT_OK;
    if (s == WT_OK && st->staged)
        s = wt_pgstore_load(st, wt_store_db(st->stage), "the batch", &added, err);
    wt_store_close(st->stage); /* a fresh one for the next batch */
    st->stage = NULL;
    st->staged = 0;
    return s;
}

wt_status wt_pgstore_add(wt_pgstore *st, const wt_doc *d, int *added, wt_error *err)
{
    *added = 0;
    if (!st->stage) {
        wt_status s = wt_store_open(":memory:", &st->stage, err);
        if (s != WT_OK)
            return s;
    }
    wt_status s = wt_store_add(st->stage, d, added, err);
    if (s != WT_OK)
        return s;
    st->staged += *added != 0;
    if (st->staged >= PG_BATCH_DOCS)
        return wt_pgstore_flush(st, err);
    return WT_OK;
}
