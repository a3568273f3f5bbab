/* request.c - what a person typed, made safe and exact for SQL: dates,
 * countries, PLOVER types and CAMEO codes checked; an actor's other
 * spellings found; a full-text query built from plain words. */
#include "request.h"

#include "../kb/kb.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void qsql_init(qsql *q)
{
    memset(q, 0, sizeof *q);
    wt_buf_init(&q->sql, 0);
}

void qsql_free(qsql *q) { wt_buf_free(&q->sql); }

void qsql_put(qsql *q, const char *s) { wt_buf_puts(&q->sql, s); }

static qparam *next_param(qsql *q)
{
    if (q->n == QSQL_MAX_PARAMS) {
        q->overflow = true;
        return NULL;
    }
    wt_buf_printf(&q->sql, "?%zu", q->n + 1);
    return &q->p[q->n++];
}

void qsql_text(qsql *q, const char *v)
{
    qparam *p = next_param(q);
    if (p)
        *p = (qparam){QP_TEXT, v, 0, 0};
}

void qsql_int(qsql *q, long long v)
{
    qparam *p = next_param(q);
    if (p)
        *p = (qparam){QP_INT, NULL, v, 0};
}

void qsql_real(qsql *q, double v)
{
    qparam *p = next_param(q);
    if (p)
        *p = (qparam){QP_REAL, NULL, 0, v};
}

static wt_status bad(wt_error *err, const char *flag, const char *fmt, const char *value)
{
    wt_fail(err, WT_EUSAGE, flag, 0, -1, fmt, value);
    return WT_EUSAGE;
}

wt_status qdb_kb(wt_db *db, const wt_kb **kb, wt_error *err)
{
    if (!db->kb) {
        wt_kb *k;
        wt_status s = wt_kb_load(NULL, 0, &k, err);
        if (s != WT_OK)
            return s;
        db->kb = k;
    }
    *kb = db->kb;
    return WT_OK;
}

wt_status qcountry(wt_db *db, const char *flag, const char *value, char code[4], wt_error *err)
{
    const wt_kb *kb;
    wt_status s = qdb_kb(db, &kb, err);
    if (s != WT_OK)
        return s;
    size_t n = strlen(value);
    if (n == 3) {
        char up[4] = {(char)toupper((unsigned char)value[0]), (char)toupper((unsigned char)value[1]),
                      (char)toupper((unsigned char)value[2]), 0};
        if (wt_kb_country_entity(kb, up)) {
            memcpy(code, up, 4);
            return WT_OK;
        }
    }
    const char *alpha3 = wt_kb_country(kb, value, n, NULL);
    if (!alpha3)
        return bad(err, flag, "no country \"%s\" (an ISO 3166 alpha-3 code such as IDN, or a name such as Tiongkok)",
                   value);
    snprintf(code, 4, "%s", alpha3);
    return WT_OK;
}

static const char *const PLOVER[] = {"AGREE",    "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                     "RETREAT",  "REQUEST", "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST",
                                     "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
static const char *const ENTITY_TYPES[] = {"PER", "ORG", "LOC"};

wt_status qtype(const char *flag, const char *value, bool events, const char **out, wt_error *err)
{
    const char *const *list = events ? PLOVER : ENTITY_TYPES;
    size_t n = events ? WT_ARRAY_LEN(PLOVER) : WT_ARRAY_LEN(ENTITY_TYPES);
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(list[i], value) == 0) {
            *out = list[i];
            return WT_OK;
        }
    return bad(err, flag,
               events ? "no PLOVER type \"%s\" (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, "
                        "ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)"
                      : "no entity type \"%s\" (PER, ORG, LOC)",
               value);
}

wt_status qcameo(const char *flag, const char *value, wt_error *err)
{
    size_t n = strlen(value);
    bool ok = n >= 2 && n <= 4;
    for (size_t i = 0; ok && i < n; i++)
        ok = isdigit((unsigned char)value[i]);
    return ok ? WT_OK : bad(err, flag, "\"%s\" is not a CAMEO code (2 to 4 digits: 04, 042, 0421)", value);
}

wt_status qdates(const wt_qreq *rq, char lo[11], char hi[11], wt_error *err)
{
    static const char form[] = "\"%s\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)";
    char a[11], b[11];
    lo[0] = hi[0] = 0;
    if (rq->from) {
        if (!wt_date_bounds(rq->from, a, b) || strchr(rq->from, '/'))
            return bad(err, "--from", form, rq->from);
        memcpy(lo, a, 11);
    }
    if (rq->to) {
        if (!wt_date_bounds(rq->to, a, b) || strchr(rq->to, '/'))
            return bad(err, "--to", form, rq->to);
        memcpy(hi, b, 11);
    }
    if (lo[0] && hi[0] && strcmp(lo, hi) > 0)
        return bad(err, "--to", "%s is before --from", rq->to);
    return WT_OK;
}

/* s with LIKE's wildcards escaped (escape character \), between prefix
 * and suffix. */
const char *qlike(wt_arena *a, const char *prefix, const char *s, const char *suffix)
{
    size_t n = strlen(s);
    char *out = wt_arena_alloc(a, strlen(prefix) + 2 * n + strlen(suffix) + 1);
    if (!out)
        return "";
    char *p = out;
    for (const char *q = prefix; *q; q++)
        *p++ = *q;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' || s[i] == '_' || s[i] == '\\')
            *p++ = '\\';
        *p++ = s[i];
    }
    for (const char *q = suffix; *q; q++)
        *p++ = *q;
    *p = 0;
    return out;
}

static void add_name(wt_arena *a, wt_qvalues *names, const char *s, size_t n)
{
    for (size_t i = 0; i < names->n; i++)
        if (strlen(names->v[i]) == n && strncmp(names->v[i], s, n) == 0)
            return;
    if (names->n < WT_QMAX)
        names->v[names->n++] = wt_arena_strndup(a, s, n);
}

wt_status qnames(wt_db *db, wt_arena *a, const char *value, wt_qvalues *names, wt_error *err)
{
    names->n = 0;
    add_name(a, names, value, strlen(value));
    const wt_kb *kb;
    wt_status s = qdb_kb(db, &kb, err);
    if (s != WT_OK)
        return s;
    const wt_kb_entity *e = wt_kb_lookup(kb, value, strlen(value), NULL);
    if (!e)
        e = wt_kb_person_by_part(kb, value, strlen(value));
    if (e && e->name)
        add_name(a, names, e->name, strlen(e->name));
    /* the names of the entities whose mentions were written this way */
    qsql q;
    qsql_init(&q);
    qsql_put(&q, "SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE ");
    qsql_put(&q, db->be->pg ? "lower(m.text) = lower(" : "m.text = ");
    qsql_text(&q, value);
    qsql_put(&q, db->be->pg ? ") ORDER BY 1 LIMIT 16" : " COLLATE NOCASE ORDER BY 1 LIMIT 16");
    wt_qresult *r = qresult_new("names");
    s = r ? db->be->run(db->ctx, &q, r, err) : wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
    for (size_t i = 0; r && s == WT_OK && i < wt_qresult_nrows(r); i++) {
        const char *name = wt_qresult_get(r, i, 0);
        if (name)
            add_name(a, names, name, strlen(name));
    }
    wt_qresult_free(r);
    qsql_free(&q);
    return s;
}

/* Splits what a person typed into terms; returns how many. */
static size_t qfts_terms(const char *p, qfts_term *t, size_t max)
{
    size_t n = 0;
    bool pending_or = false, pending_not = false;
    while (*p && n < max) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p)
            break;
        qfts_term x = {0};
        if (*p == '-' && p[1] && p[1] != ' ') {
            x.neg = true;
            p++;
        }
        bool phrase = *p == '"';
        const char *end;
        if (phrase) {
            x.start = ++p;
            while (*p && *p != '"')
                p++;
            end = p;
            if (*p)
                p++;
        } else {
            x.start = p;
            while (*p && *p != ' ' && *p != '\t' && *p != '\n')
                p++;
            end = p;
            if (end > x.start + 1 && end[-1] == '*') {
                x.prefix = true;
                end--;
            }
        }
        x.n = (size_t)(end - x.start);
        if (!phrase && !x.neg && x.n == 2 && strncmp(x.start, "OR", 2) == 0 && n) {
            pending_or = true;
            continue;
        }
        if (!phrase && !x.neg && x.n == 3 && (strncmp(x.start, "NOT", 3) == 0 || strncmp(x.start, "AND", 3) == 0)) {
            pending_not = pending_not || x.start[0] == 'N';
            continue;
        }
        if (x.n == 0)
            continue;
        x.neg = x.neg || pending_not;
        x.or_prev = pending_or && !x.neg && n && !t[n - 1].neg;
        pending_or = pending_not = false;
        t[n++] = x;
    }
    return n;
}

/* How one dialect writes a search: its operators, and how a term and
 * the rest are written to out. */
typedef struct fts_writer {
    const char *and_op, *or_op, *not_op;
    void (*put)(void *out, const char *s);
    void (*term)(void *out, const qfts_term *t);
    void *out;
} fts_writer;

/* The one layout of a search in every dialect: the terms that must occur,
 * those joined by OR grouped in brackets, then the exclusions. */
static void fts_write(const qfts_term *t, size_t n, const fts_writer *w)
{
    size_t positive = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i].neg)
            continue;
        bool or_next = i + 1 < n && t[i + 1].or_prev;
        if (t[i].or_prev)
            w->put(w->out, w->or_op);
        else if (positive)
            w->put(w->out, w->and_op);
        if (!t[i].or_prev && or_next)
            w->put(w->out, "(");
        w->term(w->out, &t[i]);
        if (t[i].or_prev && !or_next)
            w->put(w->out, ")");
        positive++;
    }
    for (size_t i = 0; i < n; i++)
        if (t[i].neg) {
            w->put(w->out, w->not_op);
            w->term(w->out, &t[i]);
        }
}

static void buf_put(void *out, const char *s) { wt_buf_puts(out, s); }

/* FTS5: every term a quoted string, so nothing in it is syntax. */
static void fts5_term(void *out, const qfts_term *t)
{
    wt_buf *b = out;
    wt_buf_putc(b, '"');
    for (size_t i = 0; i < t->n; i++) {
        if (t->start[i] == '"')
            wt_buf_putc(b, '"');
        wt_buf_putc(b, t->start[i]);
    }
    wt_buf_putc(b, '"');
    if (t->prefix)
        wt_buf_putc(b, '*');
}

/* A full-text query from what a person types: words and "phrases" must
 * all occur; OR joins the terms either side of it (before AND, as web
 * search engines read it); -word or NOT word excludes; word* is a prefix.
 * Every term is quoted, so apostrophes, hyphens and FTS5's own keywords
 * in a name are plain text. */
wt_status qfts(wt_arena *a, const char *in, qfts_query *f, wt_error *err)
{
    f->n = qfts_terms(in, f->t, WT_ARRAY_LEN(f->t));
    size_t positive = 0;
    for (size_t i = 0; i < f->n; i++)
        positive += !f->t[i].neg;
    if (!positive)
        return bad(err, "--search", "\"%s\" has no word to look for (an exclusion alone matches nothing)", in);
    wt_buf b;
    wt_buf_init(&b, 0);
    fts_writer w = {" AND ", " OR ", " NOT ", buf_put, fts5_term, &b};
    fts_write(f->t, f->n, &w);
    f->fts5 = b.oom ? NULL : wt_arena_strndup(a, b.ptr, b.len);
    wt_buf_free(&b);
    return f->fts5 ? WT_OK : wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
}

/* The terms' text, NUL-terminated in the arena; a prefix keeps only its
 * letters and digits and gains ":*" (to_tsquery's prefix). */
static const char *pg_term(wt_arena *a, const qfts_term *t)
{
    if (!t->prefix)
        return wt_arena_strndup(a, t->start, t->n);
    char *w = wt_arena_alloc(a, t->n + 3);
    size_t k = 0;
    for (size_t i = 0; w && i < t->n; i++)
        if (isalnum((unsigned char)t->start[i]) || (unsigned char)t->start[i] >= 0x80)
            w[k++] = t->start[i];
    if (w)
        memcpy(w + k, ":*", 3);
    return w && k ? w : wt_arena_strndup(a, t->start, t->n);
}

typedef struct pg_out {
    qsql *q;
    wt_arena *a;
} pg_out;

static void pg_put(void *out, const char *s) { qsql_put(((pg_out *)out)->q, s); }

/* PostgreSQL: each term a bound value, as a phrase or a prefix. */
static void pg_put_term(void *out, const qfts_term *t)
{
    pg_out *o = out;
    const char *w = pg_term(o->a, t);
    size_t n = w ? strlen(w) : 0;
    bool prefix = t->prefix && n > 2 && strcmp(w + n - 2, ":*") == 0;
    qsql_put(o->q, prefix ? "to_tsquery('simple', " : "phraseto_tsquery('simple', ");
    qsql_text(o->q, w ? w : "");
    qsql_put(o->q, ")");
}

void qfts_pg(qsql *q, wt_arena *a, const qfts_query *f)
{
    pg_out o = {q, a};
    fts_writer w = {" && ", " || ", " && !!", pg_put, pg_put_term, &o};
    qsql_put(q, "(");
    fts_write(f->t, f->n, &w);
    qsql_put(q, ")");
}
