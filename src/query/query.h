/* query.h - the query layer's own pieces: typed requests become SQL with
 * bound parameters (build.c), a backend runs it (sqlite.c; the interface
 * below is what a PostgreSQL backend implements), and the rows come back
 * as a result that writes itself as a table, JSON, CSV or TSV (result.c). */
#ifndef WT_QUERY_H
#define WT_QUERY_H

#include "../base/base.h"

#include <stdbool.h>

/* A bound parameter: text, integer or real. */
typedef enum { QP_TEXT, QP_INT, QP_REAL } qparam_kind;
typedef struct qparam {
    qparam_kind kind;
    const char *s;
    long long i;
    double d;
} qparam;

/* SQL under construction with its parameters (?1, ?2, ... in order). */
#define QSQL_MAX_PARAMS 512
typedef struct qsql {
    wt_buf sql;
    qparam p[QSQL_MAX_PARAMS];
    size_t n;
    bool overflow; /* too many parameters: the request is refused */
} qsql;

void qsql_init(qsql *q);
void qsql_free(qsql *q);
/* Appends SQL as it is (never a value a person typed). */
void qsql_put(qsql *q, const char *s);
/* Append a placeholder ?N bound to the value (copied by the caller's
 * lifetime: v must outlive the query). */
void qsql_text(qsql *q, const char *v);
void qsql_int(qsql *q, long long v);
void qsql_real(qsql *q, double v);

/* The SQL a backend's dialect spells differently. */
typedef enum { QX_ISO_WEEK } qexpr;

/* A store the layer can ask: SQLite now, PostgreSQL through the same
 * functions (docs/query.md). */
typedef struct qbackend {
    const char *name;
    bool pg; /* PostgreSQL's dialect: ILIKE, lower(), tsquery, $N */
    /* Runs q; appends its rows to r (columns named from the first run). */
    wt_status (*run)(void *ctx, const qsql *q, wt_qresult *r, wt_error *err);
    /* One integer the SQL returns (count(*)). */
    wt_status (*count)(void *ctx, const qsql *q, long long *n, wt_error *err);
    /* Writes the dialect's spelling of x applied to the SQL expression arg. */
    void (*expr)(qexpr x, const char *arg, wt_buf *out);
    void (*close)(void *ctx);
} qbackend;

struct wt_db {
    const qbackend *be;
    void *ctx;
    const struct wt_kb *kb; /* alias lookup, loaded on first need */
    char *path;
};

wt_status wt_qsqlite_open(const char *path, wt_db *db, wt_error *err);
void wt_qsqlite_timeout(wt_db *db, int ms);
wt_status wt_qpg_open(const char *conninfo, wt_db *db, wt_error *err);
void wt_qpg_timeout(wt_db *db, int ms);

/* Results (result.c). */
wt_qresult *qresult_new(const char *kind);
/* Sets the column names (once). */
bool qresult_columns(wt_qresult *r, size_t n, const char *const *names);
/* Appends a row of n cells: text (NULL for NULL) and whether each is a number. */
bool qresult_row(wt_qresult *r, const char *const *cells, const bool *number);
void qresult_set_total(wt_qresult *r, long long total, const char *next);
/* The rows as a JSON array of objects. */
void qresult_json_array(const wt_qresult *r, wt_buf *b);
/* The columns a table shows when --fields is not given. */
void qresult_narrow(wt_qresult *r, const char *const *names);

#endif
