/* count.c - `count BY`: events, articles or quotes counted by a period, a
 * country pair, a country or actor on either side, a type, a domain, an
 * outlet or a topic; and `stats`, the totals of a database. */
#include "build.h"

#include <string.h>

enum { K_EVENTS = 1, K_ARTICLES = 2, K_QUOTES = 4 };
enum { D_TIME, D_COLUMN, D_BOTH_SIDES, D_PAIR, D_PARTNER, D_DOMAIN };

/* A dimension: its name, what it counts, how its key is found. For
 * D_COLUMN the column per kind (events, articles, quotes); for a period
 * the length of the prefix of a day ("2019-09" is 7) or 0 for ISO weeks. */
typedef struct dim {
    const char *name;
    unsigned kinds;
    int how;
    const char *col[3];
    int prefix;
    const char *side2; /* D_BOTH_SIDES: the second actor's column */
} dim;

static const dim DIMS[] = {
    {"day", K_EVENTS | K_ARTICLES | K_QUOTES, D_TIME, {0}, 10, NULL},
    {"week", K_EVENTS | K_ARTICLES | K_QUOTES, D_TIME, {0}, 0, NULL},
    {"month", K_EVENTS | K_ARTICLES | K_QUOTES, D_TIME, {0}, 7, NULL},
    {"year", K_EVENTS | K_ARTICLES | K_QUOTES, D_TIME, {0}, 4, NULL},
    {"pair", K_EVENTS, D_PAIR, {"e.actor1_country"}, 0, "e.actor2_country"},
    {"actors", K_EVENTS, D_PAIR, {"e.actor1"}, 0, "e.actor2"},
    {"partner", K_EVENTS, D_PARTNER, {0}, 0, NULL},
    {"country", K_EVENTS | K_QUOTES, D_BOTH_SIDES, {"e.actor1_country", NULL, "q.speaker_country"}, 0,
     "e.actor2_country"},
    {"actor", K_EVENTS, D_BOTH_SIDES, {"e.actor1"}, 0, "e.actor2"},
    {"type", K_EVENTS, D_COLUMN, {"e.type"}, 0, NULL},
    {"cameo", K_EVENTS, D_COLUMN, {"e.cameo_root"}, 0, NULL},
    {"quad", K_EVENTS, D_COLUMN, {"e.quad_class"}, 0, NULL},
    {"domain", K_EVENTS, D_DOMAIN, {0}, 0, NULL},
    {"location", K_EVENTS, D_COLUMN, {"e.location"}, 0, NULL},
    {"source", K_EVENTS | K_ARTICLES | K_QUOTES, D_COLUMN, {"e.source", "d.source", "q.source"}, 0, NULL},
    {"topic", K_EVENTS | K_ARTICLES | K_QUOTES, D_COLUMN, {"e.topic", "d.topic", "q.topic"}, 0, NULL},
    {"speaker", K_QUOTES, D_COLUMN, {NULL, NULL, "q.speaker"}, 0, NULL},
};

static int kind_index(wt_qkind k) { return k == WT_QK_EVENTS ? 0 : k == WT_QK_ARTICLES ? 1 : 2; }

/* The period of a day expression x. */
static void period(build *b, const dim *d, const char *x, wt_buf *out)
{
    if (d->prefix)
        wt_buf_printf(out, "substr(%s, 1, %d)", x, d->prefix);
    else
        b->db->be->expr(QX_ISO_WEEK, x, out);
}

/* The day an event counts on: its own when its date falls in one period,
 * else its article's publication day. Articles and quotes: publication. */
static void time_key(build *b, const dim *d, wt_buf *out)
{
    if (b->kind != WT_QK_EVENTS) {
        period(b, d, b->kind == WT_QK_ARTICLES ? "d.date" : "q.published", out);
        return;
    }
    wt_buf a, z;
    wt_buf_init(&a, 0);
    wt_buf_init(&z, 0);
    period(b, d, "e.date_start", &a);
    period(b, d, "e.date_end", &z);
    wt_buf_printf(out, "CASE WHEN %s = %s THEN %s ELSE ", a.ptr ? a.ptr : "", z.ptr ? z.ptr : "", a.ptr ? a.ptr : "");
    period(b, d, "e.published", out);
    wt_buf_puts(out, " END");
    wt_buf_free(&a);
    wt_buf_free(&z);
}

/* The keys a count groups by: up to two dimensions, a pair being two
 * keys; the expressions, their column names, and a join if one needs it. */
typedef struct keys {
    const dim *dims[2];
    size_t n_dims;
    const char *expr[3], *name[3];
    size_t n;
    const char *join, *where;
    bool time_first;
} keys;

/* SELECT <key> AS k1 [, ...] FROM <rows> [join] WHERE <filters> */
static wt_status inner(build *b, const keys *k, const char *const *expr, size_t n, qsql *q)
{
    qsql_put(q, "SELECT ");
    for (size_t i = 0; i < n; i++) {
        char alias[40];
        snprintf(alias, sizeof alias, " AS k%zu", i + 1);
        qsql_put(q, i ? ", " : "");
        qsql_put(q, expr[i]);
        qsql_put(q, alias);
    }
    qsql_put(q, qkind_from(b->kind));
    if (k->join)
        qsql_put(q, k->join);
    wt_status s = qwhere(b, q);
    if (k->where)
        qsql_put(q, k->where);
    return s;
}

static wt_status count_sql(build *b, const void *arg, qsql *q)
{
    const keys *k = arg;
    wt_status s;
    qsql_put(q, "SELECT ");
    for (size_t i = 0; i < k->n; i++) {
        char col[64];
        snprintf(col, sizeof col, "k%zu AS \"%s\", ", i + 1, k->name[i]);
        qsql_put(q, col);
    }
    qsql_put(q, "count(*) AS \"count\" FROM (");
    if (k->dims[0]->how == D_BOTH_SIDES && b->kind == WT_QK_EVENTS) {
        /* either side: an event counts once for each distinct key */
        const char *one[2] = {k->dims[0]->col[0], "e.id"}, *two[2] = {k->dims[0]->side2, "e.id"};
        qsql_put(q, "SELECT DISTINCT k1, k2 FROM (");
        s = inner(b, k, one, 2, q);
        qsql_put(q, " UNION ALL ");
        if (s == WT_OK)
            s = inner(b, k, two, 2, q);
        qsql_put(q, ") AS sides_");
    } else
        s = inner(b, k, k->expr, k->n, q);
    qsql_put(q, ") AS keys_ WHERE 1 = 1");
    for (size_t i = 0; i < k->n; i++) {
        char c[96];
        snprintf(c, sizeof c, " AND k%zu IS NOT NULL AND k%zu <> ''", i + 1, i + 1);
        qsql_put(q, c);
    }
    qsql_put(q, " GROUP BY k1");
    for (size_t i = 1; i < k->n; i++) {
        char c[40];
        snprintf(c, sizeof c, ", k%zu", i + 1);
        qsql_put(q, c);
    }
    return s;
}

static wt_status count_order(build *b, const void *arg, qsql *q)
{
    const keys *k = arg;
    const char *sort = b->rq->sort;
    char first[32];
    snprintf(first, sizeof first, "%s", k->time_first ? "k1 DESC" : "\"count\" DESC");
    if (sort) {
        bool desc = sort[0] == '-';
        const char *name = sort + desc;
        size_t n = strcspn(name, ":");
        desc = desc || strcmp(name + n, ":desc") == 0;
        size_t i = 0;
        while (i < k->n && !(strlen(k->name[i]) == n && strncmp(name, k->name[i], n) == 0))
            i++;
        if (n == 5 && strncmp(name, "count", 5) == 0)
            snprintf(first, sizeof first, "\"count\" %s", desc ? "DESC" : "ASC");
        else if (i < k->n)
            snprintf(first, sizeof first, "k%zu %s", i + 1, desc ? "DESC" : "ASC");
        else
            return wt_fail(b->err, WT_EUSAGE, "--sort", 0, -1, "a count is sorted by one of its keys or by count");
    }
    qsql_put(q, " ORDER BY ");
    qsql_put(q, first);
    qsql_put(q, strncmp(first, "\"count\"", 7) ? ", \"count\" DESC" : "");
    for (size_t i = 0; i < k->n; i++) {
        char c[40];
        snprintf(c, sizeof c, ", k%zu", i + 1);
        qsql_put(q, c);
    }
    return WT_OK;
}

/* The dimension called name that can count this kind, or NULL (reported). */
static const dim *find_dim(build *b, const char *name, size_t len)
{
    unsigned kind = b->kind == WT_QK_EVENTS ? K_EVENTS : b->kind == WT_QK_ARTICLES ? K_ARTICLES : K_QUOTES;
    for (size_t i = 0; i < WT_ARRAY_LEN(DIMS); i++)
        if (strlen(DIMS[i].name) == len && strncmp(DIMS[i].name, name, len) == 0 && (DIMS[i].kinds & kind))
            return &DIMS[i];
    wt_buf names;
    wt_buf_init(&names, 0);
    for (size_t i = 0; i < WT_ARRAY_LEN(DIMS); i++)
        if (DIMS[i].kinds & kind)
            wt_buf_printf(&names, "%s%s", names.len ? ", " : "", DIMS[i].name);
    wt_fail(b->err, WT_EUSAGE, "count", 0, -1, "no dimension \"%.*s\": %s can be counted by %s", (int)len, name,
            b->kind == WT_QK_EVENTS ? "events" : b->kind == WT_QK_ARTICLES ? "articles" : "quotes",
            names.ptr ? names.ptr : "");
    wt_buf_free(&names);
    return NULL;
}

/* Adds one dimension's keys. */
static wt_status add_dim(build *b, keys *k, const dim *d)
{
    wt_buf e;
    wt_buf_init(&e, 0);
    k->dims[k->n_dims++] = d;
    if (d->how == D_TIME) {
        time_key(b, d, &e);
        k->time_first = k->time_first || k->n == 0;
    } else if (d->how == D_DOMAIN) {
        wt_buf_puts(&e, "x.domain");
        k->join = " JOIN event_domains x ON x.event = e.id";
    } else if (d->how == D_PAIR) { /* the two sides in alphabetical order */
        const char *a = d->col[0], *z = d->side2;
        wt_buf lo, where;
        wt_buf_init(&lo, 0);
        wt_buf_init(&where, 0);
        wt_buf_printf(&lo, "CASE WHEN %s < %s THEN %s ELSE %s END", a, z, a, z);
        wt_buf_printf(&e, "CASE WHEN %s < %s THEN %s ELSE %s END", a, z, z, a);
        wt_buf_printf(&where, " AND %s IS NOT NULL AND %s IS NOT NULL", a, z);
        k->name[k->n] = strstr(d->side2, "country") ? "country1" : "actor_a";
        k->expr[k->n++] = wt_arena_strndup(b->a, lo.ptr, lo.len);
        k->where = wt_arena_strndup(b->a, where.ptr, where.len);
        wt_buf_free(&lo);
        wt_buf_free(&where);
    } else if (d->how == D_PARTNER) {
        if (b->rq->country.n != 1) {
            wt_buf_free(&e);
            return wt_fail(b->err, WT_EUSAGE, "count", 0, -1, "partner needs one --country: the partners of that one");
        }
        /* the code is three capitals from the knowledge base: safe as a literal */
        wt_buf_printf(&e, "CASE WHEN e.actor1_country = '%s' THEN e.actor2_country ELSE e.actor1_country END",
                      b->countries[0]);
    } else
        wt_buf_puts(&e, d->col[kind_index(b->kind)]);
    const char *expr = wt_arena_strndup(b->a, e.ptr ? e.ptr : "NULL", e.ptr ? e.len : 4);
    wt_buf_free(&e);
    if (k->n >= 3)
        return wt_fail(b->err, WT_EUSAGE, "count", 0, -1, "at most two dimensions");
    k->name[k->n] = d->how != D_PAIR ? d->name : strstr(d->side2, "country") ? "country2" : "actor_b";
    k->expr[k->n++] = expr;
    return WT_OK;
}

wt_status qrun_count(build *b, wt_qresult *r)
{
    const char *by = b->rq->by ? b->rq->by : "";
    keys k = {0};
    for (const char *p = by; *p;) {
        size_t n = strcspn(p, ", ");
        if (k.n_dims == 2)
            return wt_fail(b->err, WT_EUSAGE, "count", 0, -1, "at most two dimensions (%s)", by);
        const dim *d = find_dim(b, p, n);
        if (!d)
            return WT_EUSAGE;
        wt_status s = add_dim(b, &k, d);
        if (s != WT_OK)
            return s;
        p += n;
        p += strspn(p, ", ");
    }
    if (!k.n_dims)
        return wt_fail(b->err, WT_EUSAGE, "count", 0, -1, "count what by? (day, month, pair, partner, domain, ...)");
    for (size_t i = 0; i < k.n_dims; i++)
        if (k.n_dims > 1 && k.dims[i]->how == D_BOTH_SIDES && b->kind == WT_QK_EVENTS)
            return wt_fail(b->err, WT_EUSAGE, "count", 0, -1,
                           "%s counts each side of an event and goes alone (for two countries: pair, or partner with "
                           "--country)",
                           k.dims[i]->name);
    return qpaged(b, count_sql, count_order, &k, r);
}

wt_status qrun_stats(build *b, wt_qresult *r)
{
    qsql q;
    qsql_init(&q);
    qsql_put(&q, "SELECT (SELECT count(*) FROM documents) AS documents,"
                 " (SELECT count(*) FROM sentences) AS sentences,"
                 " (SELECT coalesce(sum(n_tokens), 0) FROM documents) AS tokens,"
                 " (SELECT count(*) FROM entities) AS entities,"
                 " (SELECT count(*) FROM mentions) AS mentions,"
                 " (SELECT count(*) FROM dates) AS dates,"
                 " (SELECT count(*) FROM quantities) AS quantities,"
                 " (SELECT count(*) FROM quotes) AS quotes,"
                 " (SELECT count(*) FROM events) AS events,"
                 " (SELECT count(*) FROM repairs) AS repairs,"
                 " (SELECT count(*) FROM duplicates) AS near_duplicates,"
                 " (SELECT min(date) FROM documents) AS first_published,"
                 " (SELECT max(date) FROM documents) AS last_published,"
                 " (SELECT value FROM warta_meta WHERE key = 'schema_version') AS schema_version,");
    qsql_put(&q, qpg(b) ? " (SELECT string_agg(v, ' ' ORDER BY v)" : " (SELECT group_concat(v, ' ')");
    qsql_put(&q, " FROM (SELECT DISTINCT warta_version AS v FROM documents WHERE warta_version IS NOT NULL"
                 " ORDER BY v) AS versions_) AS warta_versions");
    wt_status s = b->db->be->run(b->db->ctx, &q, r, b->err);
    if (s == WT_OK)
        qresult_set_total(r, 1, NULL);
    qsql_free(&q);
    return s;
}
