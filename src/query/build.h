/* build.h - what build.c shares with count.c: the state of one request
 * being turned into SQL, and the WHERE clause every kind uses. */
#ifndef WT_QUERY_BUILD_H
#define WT_QUERY_BUILD_H

#include "request.h"

typedef struct build {
    wt_db *db;
    const wt_qreq *rq;
    wt_qkind kind; /* the rows filtered (for count: the rows counted) */
    wt_arena *a;   /* strings that live as long as the query */
    wt_error *err;
    char lo[11], hi[11]; /* --from's first day, --to's last ("" if none) */
    long long doc;       /* --doc's row id, -1 for any */
    qfts_query *fts;     /* --search, read into terms; NULL if none */
    /* resolved once, before any SQL is written (a list writes it twice:
     * to count its rows, then for its page) */
    wt_qvalues names[WT_QMAX];  /* each --actor value's canonical names */
    char countries[WT_QMAX][4]; /* --country's alpha-3 codes */
    char between[2][4];         /* --between's */
} build;

/* The store speaks PostgreSQL. */
static inline bool qpg(const build *b) { return b->db->be->pg; }
/* " LIKE " or, where LIKE minds case, " ILIKE ". */
static inline const char *qlike_op(const build *b) { return qpg(b) ? " ILIKE " : " LIKE "; }
/* Appends the search's match: SQLite's FTS5 or PostgreSQL's tsquery,
 * for rows whose article (doc_col) matches. */
void qsearch_where(build *b, qsql *q, const char *doc_col);

/* " WHERE ..." with every filter of the request, for b->kind's rows. */
wt_status qwhere(build *b, qsql *q);
/* The row id of the article a key names (row id, doc id or hash). */
wt_status qfind_doc(wt_db *db, const char *key, long long *id, wt_error *err);
/* Rows per page (-1: all) and the first row, from --limit and --cursor. */
wt_status page(build *b, long long *limit, long long *offset);
/* Writes a query's SQL (without ORDER BY) or its ORDER BY. */
typedef wt_status (*qmake)(build *b, const void *arg, qsql *q);
/* Counts make's rows, then runs one page of them in order; sets the
 * result's total and next cursor. */
wt_status qpaged(build *b, qmake make, qmake order, const void *arg, wt_qresult *r);
/* A kind's FROM clause (its rows under their usual alias). */
const char *qkind_from(wt_qkind k);
/* count BY and stats (count.c). */
wt_status qrun_count(build *b, wt_qresult *r);
wt_status qrun_stats(build *b, wt_qresult *r);

#endif
