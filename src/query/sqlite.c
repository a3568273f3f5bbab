/* sqlite.c - the query layer's SQLite backend: a database opened
 * read-only, checked to be Warta's, every value bound as a parameter, and
 * a time limit enforced by the progress handler. */
#include "query.h"

#include "../store/store.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct sqlite_ctx {
    sqlite3 *db;
    int timeout_ms;
    struct timespec started;
} sqlite_ctx;

static double since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

static int over_time(void *arg)
{
    sqlite_ctx *c = arg;
    return c->timeout_ms > 0 && since(&c->started) > c->timeout_ms;
}

static wt_status prepare(sqlite_ctx *c, const qsql *q, sqlite3_stmt **s, wt_error *err)
{
    if (q->overflow || q->sql.oom)
        return wt_fail(err, WT_EUSAGE, "query", 0, -1, "the request has too many values");
    if (sqlite3_prepare_v2(c->db, q->sql.ptr, (int)q->sql.len, s, NULL) != SQLITE_OK)
        return wt_fail(err, WT_EDB, "query", 0, -1, "%s", sqlite3_errmsg(c->db));
    for (size_t i = 0; i < q->n; i++) {
        const qparam *p = &q->p[i];
        if (p->kind == QP_TEXT)
            sqlite3_bind_text(*s, (int)i + 1, p->s, -1, SQLITE_STATIC);
        else if (p->kind == QP_INT)
            sqlite3_bind_int64(*s, (int)i + 1, p->i);
        else
            sqlite3_bind_double(*s, (int)i + 1, p->d);
    }
    clock_gettime(CLOCK_MONOTONIC, &c->started);
    return WT_OK;
}

static wt_status step_error(sqlite_ctx *c, int rc, wt_error *err)
{
    if (rc == SQLITE_INTERRUPT)
        return wt_fail(err, WT_EDB, "query", 0, -1, "the query took longer than %d ms and was stopped", c->timeout_ms);
    return wt_fail(err, WT_EDB, "query", 0, -1, "%s", sqlite3_errmsg(c->db));
}

static wt_status sqlite_run(void *ctx, const qsql *q, wt_qresult *r, wt_error *err)
{
    sqlite_ctx *c = ctx;
    sqlite3_stmt *s;
    wt_status st = prepare(c, q, &s, err);
    if (st != WT_OK)
        return st;
    int ncol = sqlite3_column_count(s);
    const char *names[128];
    if (ncol > 128)
        ncol = 128;
    for (int i = 0; i < ncol; i++)
        names[i] = sqlite3_column_name(s, i);
    if (!qresult_columns(r, (size_t)ncol, names)) {
        sqlite3_finalize(s);
        return wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
    }
    int rc;
    const char *cells[128];
    bool number[128];
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        for (int i = 0; i < ncol; i++) {
            int t = sqlite3_column_type(s, i);
            cells[i] = t == SQLITE_NULL ? NULL : (const char *)sqlite3_column_text(s, i);
            number[i] = t == SQLITE_INTEGER || t == SQLITE_FLOAT;
        }
        if (!qresult_row(r, cells, number)) {
            sqlite3_finalize(s);
            return wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
        }
    }
    st = rc == SQLITE_DONE ? WT_OK : step_error(c, rc, err);
    sqlite3_finalize(s);
    return st;
}

static wt_status sqlite_count(void *ctx, const qsql *q, long long *n, wt_error *err)
{
    sqlite_ctx *c = ctx;
    sqlite3_stmt *s;
    wt_status st = prepare(c, q, &s, err);
    if (st != WT_OK)
        return st;
    int rc = sqlite3_step(s);
    *n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    st = rc == SQLITE_ROW || rc == SQLITE_DONE ? WT_OK : step_error(c, rc, err);
    sqlite3_finalize(s);
    return st;
}

/* The ISO week of a day: the week's Thursday names the year. */
static void sqlite_expr(qexpr x, const char *arg, wt_buf *out)
{
    if (x == QX_ISO_WEEK)
        wt_buf_printf(out,
                      "(strftime('%%Y', date(%s, '-3 days', 'weekday 4')) || '-W' ||"
                      " printf('%%02d', (CAST(strftime('%%j', date(%s, '-3 days', 'weekday 4')) AS INTEGER) - 1) / 7 + 1))",
                      arg, arg);
}

static void sqlite_close(void *ctx)
{
    sqlite_ctx *c = ctx;
    if (c) {
        sqlite3_close(c->db);
        free(c);
    }
}

static const qbackend SQLITE_BACKEND = {"sqlite", false, sqlite_run, sqlite_count, sqlite_expr, sqlite_close};

/* The schema version of a Warta database, 0 when it is not one. */
static int schema_version(sqlite3 *db)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, "SELECT value FROM warta_meta WHERE key = 'schema_version'", -1, &s, NULL) != SQLITE_OK)
        return 0;
    int v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
    sqlite3_finalize(s);
    return v;
}

wt_status wt_qsqlite_open(const char *path, wt_db *db, wt_error *err)
{
    sqlite_ctx *c = calloc(1, sizeof *c);
    if (!c)
        return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    /* read-only and never created: a missing file is an error, not a new database */
    if (access(path, F_OK) != 0) {
        free(c);
        return wt_fail(err, WT_EIO, path, 0, -1, "no such database (warta ingest --db PATH makes one)");
    }
    if (sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        wt_status s = wt_fail(err, WT_EIO, path, 0, -1, "cannot open the database: %s",
                              c->db ? sqlite3_errmsg(c->db) : "out of memory");
        sqlite_close(c);
        return s;
    }
    sqlite3_busy_timeout(c->db, 5000);
    sqlite3_exec(c->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
    /* reads through a memory map, not a pread and a copy per page: most of
     * a query's time on a large database otherwise (bench/serve.sh) */
    sqlite3_exec(c->db, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
    int ver = schema_version(c->db);
    if (ver == 0) {
        sqlite3_stmt *s;
        bool readable = sqlite3_prepare_v2(c->db, "SELECT count(*) FROM sqlite_schema", -1, &s, NULL) == SQLITE_OK;
        sqlite3_finalize(s);
        wt_status st = wt_fail(err, WT_EUSAGE, path, 0, -1,
                               readable ? "not a Warta database (no warta_meta schema version); nothing was changed"
                                        : "not a SQLite database");
        sqlite_close(c);
        return st;
    }
    if (ver != WT_SCHEMA_VERSION) {
        wt_status st = wt_fail(err, WT_EUSAGE, path, 0, -1,
                               ver > WT_SCHEMA_VERSION
                                   ? "the database's schema %d is newer than this warta's (%d)"
                                   : "the database's schema %d is older than this warta's (%d); upgrade it (and "
                                     "re-annotate its articles) with: warta ingest --reprocess --db PATH",
                               ver, WT_SCHEMA_VERSION);
        sqlite_close(c);
        return st;
    }
    sqlite3_progress_handler(c->db, 10000, over_time, c);
    db->be = &SQLITE_BACKEND;
    db->ctx = c;
    return WT_OK;
}

void wt_qsqlite_timeout(wt_db *db, int ms)
{
    if (db && db->be == &SQLITE_BACKEND)
        ((sqlite_ctx *)db->ctx)->timeout_ms = ms;
}
