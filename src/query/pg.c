/* pg.c - the query layer's PostgreSQL backend: a read-only session
 * (default_transaction_read_only), checked to hold Warta's schema, every
 * value bound as a parameter ($N), and statement_timeout as the limit. */
#include "query.h"

#include "../store/store.h"

#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

typedef struct pg_ctx {
    PGconn *c;
    char *where;
} pg_ctx;

static wt_status pg_error(pg_ctx *c, const PGresult *r, wt_error *err)
{
    const char *why = r ? PQresultErrorMessage(r) : PQerrorMessage(c->c);
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    size_t n = strlen(why);
    while (n && (why[n - 1] == '\n' || why[n - 1] == ' '))
        n--;
    if (state && strcmp(state, "57014") == 0) /* query_canceled: the statement timeout */
        return wt_fail(err, WT_EDB, "query", 0, -1, "the query took longer than its time limit and was stopped");
    return wt_fail(err, WT_EDB, c->where, 0, -1, "%.*s", (int)n, why);
}

/* The SQL with SQLite's ?N placeholders written as $N (outside quotes). */
static char *dollars(const char *sql)
{
    char *out = strdup(sql);
    char quote = 0;
    for (char *p = out; out && *p; p++) {
        if (quote) {
            quote = *p == quote ? 0 : quote;
        } else if (*p == '\'' || *p == '"')
            quote = *p;
        else if (*p == '?' && p[1] >= '0' && p[1] <= '9')
            *p = '$';
    }
    return out;
}

/* Runs q; the result or NULL (err set). */
static PGresult *execute(pg_ctx *c, const qsql *q, wt_error *err)
{
    if (q->overflow || q->sql.oom) {
        wt_fail(err, WT_EUSAGE, "query", 0, -1, "the request has too many values");
        return NULL;
    }
    char *sql = dollars(q->sql.ptr ? q->sql.ptr : "");
    char bufs[QSQL_MAX_PARAMS][32];
    const char *vals[QSQL_MAX_PARAMS];
    for (size_t i = 0; i < q->n; i++) {
        const qparam *p = &q->p[i];
        if (p->kind == QP_TEXT)
            vals[i] = p->s;
        else {
            if (p->kind == QP_INT)
                snprintf(bufs[i], sizeof bufs[i], "%lld", p->i);
            else
                snprintf(bufs[i], sizeof bufs[i], "%.17g", p->d);
            vals[i] = bufs[i];
        }
    }
    PGresult *r = sql ? PQexecParams(c->c, sql, (int)q->n, NULL, vals, NULL, NULL, 0) : NULL;
    free(sql);
    if (!r || PQresultStatus(r) != PGRES_TUPLES_OK) {
        if (!r && !sql)
            wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
        else
            pg_error(c, r, err);
        PQclear(r);
        return NULL;
    }
    return r;
}

static bool numeric_type(Oid t)
{
    /* int8, int2, int4, float4, float8, numeric */
    return t == 20 || t == 21 || t == 23 || t == 700 || t == 701 || t == 1700;
}

static wt_status pg_run(void *ctx, const qsql *q, wt_qresult *res, wt_error *err)
{
    pg_ctx *c = ctx;
    PGresult *r = execute(c, q, err);
    if (!r)
        return err ? err->code : WT_EDB;
    int ncol = PQnfields(r) < 128 ? PQnfields(r) : 128;
    const char *names[128], *cells[128];
    bool number[128];
    for (int i = 0; i < ncol; i++)
        names[i] = PQfname(r, i);
    bool ok = qresult_columns(res, (size_t)ncol, names);
    char reals[128][32];
    for (int row = 0; ok && row < PQntuples(r); row++) {
        for (int i = 0; i < ncol; i++) {
            Oid t = PQftype(r, i);
            cells[i] = PQgetisnull(r, row, i) ? NULL : PQgetvalue(r, row, i);
            number[i] = numeric_type(t);
            /* a double as SQLite writes it (15 significant digits, a
             * whole number with ".0"), so
             * both stores print the same row the same way */
            if (cells[i] && (t == 700 || t == 701)) {
                int n = snprintf(reals[i], sizeof reals[i], "%.15g", strtod(cells[i], NULL));
                if (n > 0 && n + 2 < (int)sizeof reals[i] && !strpbrk(reals[i], ".eni"))
                    memcpy(reals[i] + n, ".0", 3); /* SQLite's "12.0" */
                cells[i] = reals[i];
            }
        }
        ok = qresult_row(res, cells, number);
    }
    PQclear(r);
    return ok ? WT_OK : wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
}

static wt_status pg_count(void *ctx, const qsql *q, long long *n, wt_error *err)
{
    pg_ctx *c = ctx;
    PGresult *r = execute(c, q, err);
    if (!r)
        return err ? err->code : WT_EDB;
    *n = PQntuples(r) > 0 && !PQgetisnull(r, 0, 0) ? atoll(PQgetvalue(r, 0, 0)) : 0;
    PQclear(r);
    return WT_OK;
}

static void pg_expr(qexpr x, const char *arg, wt_buf *out)
{
    if (x == QX_ISO_WEEK)
        wt_buf_printf(out, "to_char(CAST(%s AS DATE), 'IYYY-\"W\"IW')", arg);
}

static void pg_close(void *ctx)
{
    pg_ctx *c = ctx;
    if (c) {
        PQfinish(c->c);
        free(c->where);
        free(c);
    }
}

static const qbackend PG_BACKEND = {"postgresql", true, pg_run, pg_count, pg_expr, pg_close};

/* One value the session returns, or NULL (the result freed by the caller). */
static PGresult *one(pg_ctx *c, const char *sql) { return PQexec(c->c, sql); }

/* The session is read-only and the database is Warta's, of this schema. */
static wt_status check_database(pg_ctx *c, const char *url, wt_error *err)
{
    PGresult *r = one(c, "SET default_transaction_read_only = on");
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok)
        return pg_error(c, NULL, err);
    r = one(c, "SELECT to_regclass('warta_meta') IS NOT NULL");
    bool meta = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    if (!meta)
        return wt_fail(err, WT_EUSAGE, url, 0, -1, "not a Warta database (no warta_meta schema version); nothing was changed");
    r = one(c, "SELECT value FROM warta_meta WHERE key = 'schema_version'");
    int ver = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 ? atoi(PQgetvalue(r, 0, 0)) : 0;
    PQclear(r);
    if (ver != WT_SCHEMA_VERSION)
        return wt_fail(err, WT_EUSAGE, url, 0, -1, "the database's schema %d is not this warta's (%d)", ver,
                       WT_SCHEMA_VERSION);
    return WT_OK;
}

wt_status wt_qpg_open(const char *url, wt_db *db, wt_error *err)
{
    pg_ctx *c = calloc(1, sizeof *c);
    if (!c)
        return wt_fail(err, WT_ENOMEM, "postgresql", 0, -1, "out of memory");
    c->c = PQconnectdb(url);
    c->where = strdup(c->c && PQdb(c->c) ? PQdb(c->c) : "postgresql");
    wt_status s;
    if (!c->c || !c->where)
        s = wt_fail(err, WT_ENOMEM, "postgresql", 0, -1, "out of memory");
    else if (PQstatus(c->c) != CONNECTION_OK)
        s = wt_fail(err, WT_EIO, c->where, 0, -1, "cannot connect: %s", PQerrorMessage(c->c));
    else
        s = check_database(c, c->where, err);
    if (s != WT_OK) {
        if (err) { /* libpq's messages end with a line break */
            size_t n = strlen(err->msg);
            while (n && err->msg[n - 1] == '\n')
                err->msg[--n] = 0;
        }
        pg_close(c);
        return s;
    }
    db->be = &PG_BACKEND;
    db->ctx = c;
    return WT_OK;
}

void wt_qpg_timeout(wt_db *db, int ms)
{
    if (!db || db->be != &PG_BACKEND)
        return;
    char sql[64];
    snprintf(sql, sizeof sql, "SET statement_timeout = %d", ms);
    PQclear(one(db->ctx, sql));
}
