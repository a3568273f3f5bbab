/* query.c - the questions `warta query` answers, as SQL over the store.
 * Every query prints rows in one of three formats: an aligned table for
 * people, JSON Lines, or TSV with a header. */
#include "store.h"

#include <stdlib.h>
#include <string.h>

typedef struct qbind {
    const char *text; /* NULL: use integer */
    sqlite3_int64 num;
    bool null;        /* bind SQL NULL (a filter not given) */
} qbind;

static void put_tsv_field(FILE *out, const unsigned char *v)
{
    for (; v && *v; v++) {
        if (*v == '\t' || *v == '\n' || *v == '\r')
            fputc(' ', out);
        else
            fputc(*v, out);
    }
}

/* Width of a UTF-8 string in code points (good enough for alignment). */
static size_t u8width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            w++;
    return w;
}

/* Prints at most max code points of s, padding to width. */
static void put_cell(FILE *out, const char *s, size_t width, size_t max)
{
    size_t w = 0;
    const char *p = s;
    while (*p && w < max) {
        const char *q = p + 1;
        while (*q && ((unsigned char)*q & 0xC0) == 0x80)
            q++;
        if (*p == '\n' || *p == '\t')
            fputc(' ', out);
        else
            fwrite(p, 1, (size_t)(q - p), out);
        w++;
        p = q;
    }
    if (*p && w == max) {
        fputs("\xE2\x80\xA6", out);
        w++;
    }
    while (w < width) {
        fputc(' ', out);
        w++;
    }
}

static wt_status run(wt_store *st, const char *sql, const qbind *binds, int n_binds, wt_qfmt fmt, FILE *out,
                     size_t *rows, wt_error *err)
{
    sqlite3 *db = wt_store_db(st);
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
        return wt_fail(err, WT_EDB, "query", 0, -1, "%s", sqlite3_errmsg(db));
    for (int i = 0; i < n_binds; i++) {
        if (binds[i].null)
            sqlite3_bind_null(s, i + 1);
        else if (binds[i].text)
            sqlite3_bind_text(s, i + 1, binds[i].text, -1, SQLITE_TRANSIENT);
        else
            sqlite3_bind_int64(s, i + 1, binds[i].num);
    }
    int ncol = sqlite3_column_count(s);
    *rows = 0;
    /* the table format buffers rows to align columns (queries are LIMITed) */
    char ***cells = NULL;
    size_t cap = 0;
    size_t width[32] = {0};
    if (fmt == WT_Q_TSV) {
        for (int c = 0; c < ncol; c++)
            fprintf(out, "%s%s", c ? "\t" : "", sqlite3_column_name(s, c));
        fputc('\n', out);
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (fmt == WT_Q_TSV) {
            for (int c = 0; c < ncol; c++) {
                if (c)
                    fputc('\t', out);
                put_tsv_field(out, sqlite3_column_text(s, c));
            }
            fputc('\n', out);
        } else if (fmt == WT_Q_JSON) {
            wt_buf b;
            wt_buf_init(&b, 0);
            wt_buf_putc(&b, '{');
            for (int c = 0; c < ncol; c++) {
                if (c)
                    wt_buf_putc(&b, ',');
                wt_json_cstr(&b, sqlite3_column_name(s, c));
                wt_buf_putc(&b, ':');
                int t = sqlite3_column_type(s, c);
                if (t == SQLITE_NULL)
                    wt_buf_puts(&b, "null");
                else if (t == SQLITE_INTEGER)
                    wt_buf_printf(&b, "%lld", (long long)sqlite3_column_int64(s, c));
                else if (t == SQLITE_FLOAT)
                    wt_buf_printf(&b, "%.17g", sqlite3_column_double(s, c));
                else
                    wt_json_str(&b, (const char *)sqlite3_column_text(s, c), (size_t)sqlite3_column_bytes(s, c));
            }
            wt_buf_puts(&b, "}\n");
            fwrite(b.ptr, 1, b.len, out);
            wt_buf_free(&b);
        } else {
            if (!wt_heap_grow(&cells, *rows, &cap, sizeof *cells))
                break;
            char **row = calloc((size_t)ncol, sizeof *row);
            for (int c = 0; c < ncol && row; c++) {
                const char *v = (const char *)sqlite3_column_text(s, c);
                row[c] = strdup(v ? v : "");
                size_t w = u8width(row[c] ? row[c] : "");
                if (w > 60)
                    w = 61;
                if (c < 32 && w > width[c])
                    width[c] = w;
            }
            cells[*rows] = row;
        }
        (*rows)++;
    }
    wt_status result = WT_OK;
    if (rc != SQLITE_DONE)
        result = wt_fail(err, WT_EDB, "query", 0, -1, "%s", sqlite3_errmsg(db));
    if (fmt == WT_Q_TABLE) {
        for (int c = 0; c < ncol && c < 32; c++) {
            size_t w = u8width(sqlite3_column_name(s, c));
            if (w > width[c])
                width[c] = w;
        }
        for (int c = 0; c < ncol && c < 32; c++)
            put_cell(out, sqlite3_column_name(s, c), c + 1 < ncol ? width[c] + 2 : 0, 60);
        fputc('\n', out);
        for (size_t r = 0; r < *rows && cells; r++) {
            for (int c = 0; c < ncol && c < 32; c++) {
                put_cell(out, cells[r] && cells[r][c] ? cells[r][c] : "", c + 1 < ncol ? width[c] + 2 : 0, 60);
                if (cells[r])
                    free(cells[r][c]);
            }
            fputc('\n', out);
            free(cells[r]);
        }
        free(cells);
    }
    sqlite3_finalize(s);
    return result;
}

wt_status wt_query_search(wt_store *st, const char *q, int limit, wt_qfmt fmt, FILE *out, wt_error *err)
{
    static const char sql[] =
        "SELECT d.id AS id, d.doc_id AS doc, d.date AS date, d.title AS title,"
        " snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet"
        " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
        " WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2";
    qbind b[2] = {{q, 0, false}, {NULL, limit, false}};
    size_t rows;
    wt_status s = run(st, sql, b, 2, fmt, out, &rows, err);
    if (s == WT_EDB) {
        char why[sizeof err->msg];
        snprintf(why, sizeof why, "%s", err->msg);
        snprintf(err->msg, sizeof err->msg,
                 "bad search expression \"%.100s\": %.100s (FTS5 syntax: words, \"phrases\", AND, OR, NOT, prefix*)",
                 q, why);
    }
    return s;
}

wt_status wt_query_docs(wt_store *st, int limit, wt_qfmt fmt, FILE *out, wt_error *err)
{
    static const char sql[] =
        "SELECT d.id AS id, d.doc_id AS doc, d.date AS date, d.source AS source, d.dateline AS dateline,"
        " d.title AS title, d.n_sentences AS sentences, d.n_tokens AS tokens,"
        " (SELECT count(*) FROM repairs x WHERE x.doc = d.id) AS repairs,"
        " (SELECT count(*) FROM entities e WHERE e.doc = d.id) AS entities,"
        " (SELECT count(*) FROM dates x WHERE x.doc = d.id) AS dates,"
        " (SELECT count(*) FROM quantities x WHERE x.doc = d.id) AS quantities,"
        " (SELECT count(*) FROM quotes x WHERE x.doc = d.id) AS quotes,"
        " (SELECT count(*) FROM events x WHERE x.doc = d.id) AS events"
        " FROM documents d ORDER BY d.id LIMIT ?1";
    qbind b[1] = {{NULL, limit, false}};
    size_t rows;
    return run(st, sql, b, 1, fmt, out, &rows, err);
}

wt_status wt_query_doc(wt_store *st, const char *key, wt_qfmt fmt, FILE *out, wt_error *err)
{
    static const char find[] =
        "SELECT id FROM documents WHERE CAST(id AS TEXT) = ?1 OR doc_id = ?1 OR hash = ?1 ORDER BY id LIMIT 1";
    sqlite3 *db = wt_store_db(st);
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, find, -1, &s, NULL) != SQLITE_OK)
        return wt_fail(err, WT_EDB, "query", 0, -1, "%s", sqlite3_errmsg(db));
    sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
    sqlite3_int64 id = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        id = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    if (id < 0)
        return wt_fail(err, WT_EUSAGE, "query", 0, -1, "no document with id, doc id or hash \"%s\"", key);
    static const char *const parts[][2] = {
        {"document", "SELECT id, doc_id AS doc, hash, origin, source, url, date, dateline, title,"
                     " n_paragraphs AS paragraphs, n_sentences AS sentences, n_tokens AS tokens,"
                     " warnings FROM documents WHERE id = ?1"},
        {"sentences", "SELECT s.idx AS sentence, s.paragraph, s.start, s.end,"
                      " substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS text"
                      " FROM sentences s JOIN documents d ON d.id = s.doc WHERE s.doc = ?1 ORDER BY s.idx"},
        {"entities", "SELECT e.idx AS entity, e.type, e.name, e.country, e.role,"
                     " (SELECT group_concat(m.start || '-' || m.end, ' ') FROM mentions m WHERE m.entity = e.id)"
                     " AS mentions FROM entities e WHERE e.doc = ?1 ORDER BY e.idx"},
        {"dates", "SELECT value, start, end FROM dates WHERE doc = ?1 ORDER BY start"},
        {"quantities", "SELECT value, unit, object, approx, start, end FROM quantities WHERE doc = ?1 ORDER BY start"},
        {"quotes", "SELECT speaker, kind, verb, text, start, end FROM quotes WHERE doc = ?1 ORDER BY start"},
        {"events", "SELECT type, mode, cameo, actor1, actor1_country, actor2, actor2_country, date, location,"
                   " domains, (SELECT group_concat(x.start || '-' || x.end, ' ') FROM event_spans x"
                   " WHERE x.event = events.id) AS spans FROM events WHERE doc = ?1 ORDER BY start"},
        {"repairs", "SELECT kind, original, replacement, start, end FROM repairs WHERE doc = ?1 ORDER BY start"},
        {"near-duplicates", "SELECT x.distance, d.id, d.doc_id AS doc, d.source, d.title FROM duplicates x"
                            " JOIN documents d ON d.id = CASE WHEN x.doc = ?1 THEN x.other ELSE x.doc END"
                            " WHERE x.doc = ?1 OR x.other = ?1"},
    };
    qbind b[1] = {{NULL, id, false}};
    for (size_t i = 0; i < WT_ARRAY_LEN(parts); i++) {
        if (fmt == WT_Q_TABLE)
            fprintf(out, "%s== %s\n", i ? "\n" : "", parts[i][0]);
        else if (fmt == WT_Q_TSV)
            fprintf(out, "# %s\n", parts[i][0]);
        size_t rows;
        wt_status r = run(st, parts[i][1], b, 1, fmt, out, &rows, err);
        if (r != WT_OK)
            return r;
    }
    return WT_OK;
}

wt_status wt_query_dups(wt_store *st, int limit, wt_qfmt fmt, FILE *out, wt_error *err)
{
    static const char sql[] =
        "SELECT x.distance AS distance, a.doc_id AS doc, a.source AS source, a.title AS title,"
        " b.doc_id AS duplicate_of, b.source AS its_source, b.title AS its_title"
        " FROM duplicates x JOIN documents a ON a.id = x.doc JOIN documents b ON b.id = x.other"
        " ORDER BY x.doc LIMIT ?1";
    qbind b[1] = {{NULL, limit, false}};
    size_t rows;
    return run(st, sql, b, 1, fmt, out, &rows, err);
}

wt_status wt_query_stats(wt_store *st, wt_qfmt fmt, FILE *out, wt_error *err)
{
    static const char sql[] =
        "SELECT (SELECT count(*) FROM documents) AS documents,"
        " (SELECT count(*) FROM sentences) AS sentences,"
        " (SELECT coalesce(sum(n_tokens),0) FROM documents) AS tokens,"
        " (SELECT count(*) FROM entities) AS entities,"
        " (SELECT count(*) FROM dates) AS dates,"
        " (SELECT count(*) FROM quantities) AS quantities,"
        " (SELECT count(*) FROM quotes) AS quotes,"
        " (SELECT count(*) FROM events) AS events,"
        " (SELECT count(*) FROM repairs) AS repairs,"
        " (SELECT count(*) FROM duplicates) AS near_duplicates";
    size_t rows;
    return run(st, sql, NULL, 0, fmt, out, &rows, err);
}

static qbind opt(const char *v) { return v && *v ? (qbind){v, 0, false} : (qbind){NULL, 0, true}; }

wt_status wt_query_events(wt_store *st, const wt_event_filter *f, int limit, wt_qfmt fmt, FILE *out, wt_error *err)
{
    /* GDELT-like columns; QuadClass from the CAMEO root: 01-05 verbal and
     * 06-08 material cooperation, 09-13 verbal and 14-20 material conflict */
    static const char sql[] =
        "SELECT e.id AS event_id, e.date AS date, e.actor1 AS actor1, e.actor1_country AS actor1_country,"
        " e.actor2 AS actor2, e.actor2_country AS actor2_country, e.type AS plover, e.mode AS mode,"
        " e.cameo AS cameo, substr(e.cameo, 1, 2) AS cameo_root,"
        " CASE WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) <= 5 THEN 1"
        "      WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) <= 8 THEN 2"
        "      WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) <= 13 THEN 3 ELSE 4 END AS quad_class,"
        " e.domains AS domains, e.location AS location, e.confidence AS confidence,"
        " (SELECT count(*) FROM event_spans x WHERE x.event = e.id) AS mentions,"
        " d.doc_id AS doc, d.url AS url,"
        " substr(CAST(d.text AS BLOB), e.start + 1, e.end - e.start) AS text"
        " FROM events e JOIN documents d ON d.id = e.doc"
        " WHERE (?1 IS NULL OR e.actor1 LIKE '%' || ?1 || '%' OR e.actor2 LIKE '%' || ?1 || '%')"
        " AND (?2 IS NULL OR e.actor1_country = upper(?2) OR e.actor2_country = upper(?2))"
        " AND (?3 IS NULL OR e.type = upper(?3))"
        " AND (?4 IS NULL OR ',' || e.domains || ',' LIKE '%,' || ?4 || ',%')"
        " AND (?5 IS NULL OR e.date >= ?5) AND (?6 IS NULL OR e.date <= ?6)"
        " AND (?8 IS NULL OR e.confidence >= CAST(?8 AS REAL))"
        " ORDER BY e.date, e.id LIMIT ?7";
    char conf[32];
    snprintf(conf, sizeof conf, "%.6f", f->min_confidence);
    qbind b[8] = {opt(f->actor), opt(f->country), opt(f->type), opt(f->domain), opt(f->from), opt(f->to),
                  {NULL, limit, false}, opt(f->min_confidence > 0 ? conf : NULL)};
    size_t rows;
    return run(st, sql, b, 8, fmt, out, &rows, err);
}

wt_status wt_query_quotes(wt_store *st, const char *speaker, double min_confidence, int limit, wt_qfmt fmt, FILE *out,
                          wt_error *err)
{
    static const char sql[] =
        "SELECT q.speaker AS speaker, q.kind AS kind, q.verb AS verb, q.confidence AS confidence, d.date AS date,"
        " d.doc_id AS doc, q.text AS text FROM quotes q JOIN documents d ON d.id = q.doc"
        " WHERE (?1 IS NULL OR q.speaker LIKE '%' || ?1 || '%')"
        " AND (?3 IS NULL OR q.confidence >= CAST(?3 AS REAL)) ORDER BY d.date, q.doc, q.start LIMIT ?2";
    char conf[32];
    snprintf(conf, sizeof conf, "%.6f", min_confidence);
    qbind b[3] = {opt(speaker), {NULL, limit, false}, opt(min_confidence > 0 ? conf : NULL)};
    size_t rows;
    return run(st, sql, b, 3, fmt, out, &rows, err);
}
