/* request.h - checking and translating what a request's filters hold
 * (request.c). Each function that can refuse a value returns WT_EUSAGE
 * with an error whose file is the filter's flag ("--from"). */
#ifndef WT_QUERY_REQUEST_H
#define WT_QUERY_REQUEST_H

#include "query.h"

#include "../facts/facts.h"

/* The knowledge base, loaded on first use. */
wt_status qdb_kb(wt_db *db, const struct wt_kb **kb, wt_error *err);
/* A country's alpha-3 code from a code or a name ("Tiongkok" -> CHN). */
wt_status qcountry(wt_db *db, const char *flag, const char *value, char code[4], wt_error *err);
/* A PLOVER type (events) or an entity type, in its canonical spelling. */
wt_status qtype(const char *flag, const char *value, bool events, const char **out, wt_error *err);
/* A CAMEO code or prefix: 2 to 4 digits. */
wt_status qcameo(const char *flag, const char *value, wt_error *err);
/* --from's first day and --to's last day ("" when not given). */
wt_status qdates(const wt_qreq *rq, char lo[11], char hi[11], wt_error *err);
/* prefix + s with LIKE's wildcards escaped (ESCAPE '\') + suffix. */
const char *qlike(wt_arena *a, const char *prefix, const char *s, const char *suffix);
/* The canonical names an actor value stands for: itself, the knowledge
 * base's entity it names, and the entities whose mentions were written
 * that way in the stored articles ("Jokowi" -> "Joko Widodo"). */
wt_status qnames(wt_db *db, wt_arena *a, const char *value, wt_qvalues *names, wt_error *err);
/* One term of a search: a word or "phrase", maybe a prefix (word*), an
 * exclusion (-word), or the other side of an OR. */
typedef struct qfts_term {
    const char *start;
    size_t n;
    bool prefix, neg, or_prev;
} qfts_term;

/* A search as typed, read into terms, and as an FTS5 expression. */
typedef struct qfts_query {
    qfts_term t[64];
    size_t n;
    const char *fts5;
} qfts_query;

/* Reads plain search words (docs/query.md); refuses a search with no
 * word to look for. */
wt_status qfts(wt_arena *a, const char *in, qfts_query *f, wt_error *err);
/* The search as a PostgreSQL tsquery expression (the 'simple' config). */
void qfts_pg(qsql *q, wt_arena *a, const qfts_query *f);

#endif
