/* build.c - a typed request as one parameterised SELECT over the views of
 * docs/schema.md, a count of its rows, and one page of them. Each kind has
 * a table of columns (name, SQL, shown in a narrow table) and the filters
 * it takes; everything a person typed is bound, never pasted. */
#include "build.h"

#include "../kb/kb.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct column {
    const char *name, *sql;
    bool narrow;
} column;

enum {
    F_ACTOR = 1 << 0, F_COUNTRY = 1 << 1, F_BETWEEN = 1 << 2, F_TYPE = 1 << 3, F_CAMEO = 1 << 4,
    F_DOMAIN = 1 << 5, F_SOURCE = 1 << 6, F_TOPIC = 1 << 7, F_DATES = 1 << 8, F_CONF = 1 << 9,
    F_WORDS = 1 << 10, F_DOC = 1 << 11, F_BY = 1 << 12, F_QUAD = 1 << 13, F_SEARCH = 1 << 14,
};

static const column EVENT_COLS[] = {
    {"id", "e.id", true}, {"date", "e.date", true}, {"type", "e.type", true}, {"mode", "e.mode", false},
    {"cameo", "e.cameo", false}, {"quad_class", "e.quad_class", false}, {"actor1", "e.actor1", true},
    {"actor1_country", "e.actor1_country", true}, {"actor2", "e.actor2", true},
    {"actor2_country", "e.actor2_country", true}, {"location", "e.location", false},
    {"domains", "e.domains", true}, {"confidence", "e.confidence", false}, {"doc", "e.doc", false},
    {"doc_id", "e.doc_id", false}, {"source", "e.source", false}, {"published", "e.published", false},
    {"url", "e.url", false}, {"title", "e.title", false}, {"topic", "e.topic", false},
    {"date_start", "e.date_start", false}, {"date_end", "e.date_end", false}, {"cameo_root", "e.cameo_root", false},
    {"start", "e.start", false}, {"end", "e.end", false}, {"evidence", "e.evidence", true},
    {"warta_version", "e.warta_version", false}, {"model_version", "e.model_version", false}, {NULL, NULL, false}};

static const column ENTITY_COLS[] = {
    {"name", "e.name", true}, {"type", "e.type", true}, {"country", "max(e.country)", true},
    {"role", "max(e.role)", true}, {"articles", "count(DISTINCT e.doc)", true},
    {"mentions", "sum((SELECT count(*) FROM mentions m WHERE m.entity = e.id))", true},
    {"first_seen", "min(d.date)", false}, {"last_seen", "max(d.date)", true}, {NULL, NULL, false}};

static const column MENTION_COLS[] = {
    {"doc", "m.doc", true}, {"doc_id", "m.doc_id", false}, {"url", "m.url", false},
    {"published", "m.published", true}, {"entity", "m.entity", false}, {"name", "m.name", true},
    {"type", "m.type", true}, {"country", "m.country", true}, {"role", "m.role", false},
    {"source", "m.source", false}, {"start", "m.start", true}, {"end", "m.end", true}, {"text", "m.text", true},
    {NULL, NULL, false}};

static const column QUOTE_COLS[] = {
    {"id", "q.id", true}, {"published", "q.published", true}, {"speaker", "q.speaker", true},
    {"speaker_country", "q.speaker_country", false}, {"kind", "q.kind", true}, {"verb", "q.verb", false},
    {"confidence", "q.confidence", false}, {"doc", "q.doc", false}, {"doc_id", "q.doc_id", false},
    {"source", "q.source", false}, {"url", "q.url", false}, {"title", "q.title", false},
    {"start", "q.start", false}, {"end", "q.end", false}, {"text", "q.text", true}, {NULL, NULL, false}};

static const column ARTICLE_COLS[] = {
    {"doc", "d.id", true}, {"doc_id", "d.doc_id", false}, {"published", "d.date", true},
    {"source", "d.source", true}, {"topic", "d.topic", false}, {"title", "d.title", true}, {"url", "d.url", false},
    {"events", "(SELECT count(*) FROM events x WHERE x.doc = d.id)", false},
    {"quotes", "(SELECT count(*) FROM quotes x WHERE x.doc = d.id)", false},
    {"warta_version", "d.warta_version", false}, {"model_version", "d.model_version", false},
    {"snippet", NULL, true}, {NULL, NULL, false}};

static const column DUP_COLS[] = {
    {"distance", "x.distance", true}, {"doc", "a.id", true}, {"doc_id", "a.doc_id", false},
    {"published", "a.date", true}, {"source", "a.source", true}, {"title", "a.title", true},
    {"duplicate_of", "b.id", true}, {"its_published", "b.date", false}, {"its_source", "b.source", true},
    {"its_title", "b.title", false}, {NULL, NULL, false}};

/* The kinds: columns, FROM, filters taken, default order, tie-breaker. */
typedef struct kind_spec {
    const char *name;
    const column *cols;
    const char *from;
    unsigned filters;
    const char *order, *tiebreak;
    const char *group; /* GROUP BY, or NULL */
} kind_spec;

static const kind_spec KINDS[] = {
    [WT_QK_EVENTS] = {"events", EVENT_COLS, " FROM events_full e",
                      F_ACTOR | F_COUNTRY | F_BETWEEN | F_TYPE | F_CAMEO | F_QUAD | F_DOMAIN | F_SOURCE | F_TOPIC |
                          F_DATES | F_CONF | F_WORDS | F_DOC | F_SEARCH,
                      "coalesce(e.date_start, e.published) DESC NULLS LAST", "e.id DESC", NULL},
    [WT_QK_ENTITIES] = {"entities", ENTITY_COLS, " FROM entities e JOIN documents d ON d.id = e.doc",
                        F_ACTOR | F_COUNTRY | F_TYPE | F_SOURCE | F_TOPIC | F_DATES | F_DOC | F_SEARCH,
                        "max(d.date) DESC NULLS LAST",
                        "e.name ASC", " GROUP BY e.name, e.type"},
    [WT_QK_QUOTES] = {"quotes", QUOTE_COLS, " FROM quotes_full q",
                      F_ACTOR | F_COUNTRY | F_SOURCE | F_TOPIC | F_DATES | F_CONF | F_WORDS | F_DOC | F_SEARCH,
                      "q.published DESC NULLS LAST", "q.id DESC", NULL},
    [WT_QK_ARTICLES] = {"articles", ARTICLE_COLS, " FROM documents d",
                        F_ACTOR | F_SOURCE | F_TOPIC | F_DATES | F_SEARCH | F_DOC,
                        "d.date DESC NULLS LAST", "d.id DESC", NULL},
    [WT_QK_MENTIONS] = {"mentions", MENTION_COLS, " FROM mentions_full m",
                        F_ACTOR | F_COUNTRY | F_TYPE | F_SOURCE | F_TOPIC | F_DATES | F_DOC | F_SEARCH,
                        "m.published DESC NULLS LAST",
                        "m.doc DESC, m.start ASC", NULL},
    [WT_QK_COUNT] = {"count", NULL, NULL, F_BY, NULL, NULL, NULL},
    [WT_QK_STATS] = {"stats", NULL, NULL, 0, NULL, NULL, NULL},
    [WT_QK_DUPS] = {"dups", DUP_COLS,
                    " FROM duplicates x JOIN documents a ON a.id = x.doc JOIN documents b ON b.id = x.other",
                    F_SOURCE | F_DATES, "a.date DESC NULLS LAST", "a.id DESC", NULL},
};

/* The table alias whose columns the shared filters read, per kind. */
typedef struct names_of {
    const char *doc, *source, *topic, *published, *country;
} names_of;

static const names_of FIELDS[] = {
    [WT_QK_EVENTS] = {"e.doc", "e.source", "e.topic", "e.published", NULL},
    [WT_QK_ENTITIES] = {"e.doc", "d.source", "d.topic", "d.date", "e.country"},
    [WT_QK_QUOTES] = {"q.doc", "q.source", "q.topic", "q.published", "q.speaker_country"},
    [WT_QK_ARTICLES] = {"d.id", "d.source", "d.topic", "d.date", NULL},
    [WT_QK_MENTIONS] = {"m.doc", "m.source", "m.topic", "m.published", "m.country"},
    [WT_QK_DUPS] = {"a.id", "a.source", NULL, "a.date", NULL},
};

static const char *const FILTER_FLAGS[] = {"--actor", "--country", "--between", "--type", "--cameo", "--domain",
                                           "--source", "--topic", "--from/--to", "--min-confidence", "--words",
                                           "--doc", "BY", "--quad", "--search"};

static unsigned filters_given(const wt_qreq *rq)
{
    unsigned f = 0;
    f |= rq->actor.n ? F_ACTOR : 0;
    f |= rq->country.n ? F_COUNTRY : 0;
    f |= rq->between[0] || rq->between[1] ? F_BETWEEN : 0;
    f |= rq->type.n ? F_TYPE : 0;
    f |= rq->cameo.n ? F_CAMEO : 0;
    f |= rq->domain.n ? F_DOMAIN : 0;
    f |= rq->source.n ? F_SOURCE : 0;
    f |= rq->topic.n ? F_TOPIC : 0;
    f |= rq->from || rq->to ? F_DATES : 0;
    f |= rq->min_confidence > 0 ? F_CONF : 0;
    f |= rq->words ? F_WORDS : 0;
    f |= rq->doc ? F_DOC : 0;
    f |= rq->by ? F_BY : 0;
    f |= rq->quad.n ? F_QUAD : 0;
    f |= rq->search ? F_SEARCH : 0;
    return f;
}

static void in_list(build *b, qsql *q, const char *expr, const wt_qvalues *v, bool nocase)
{
    bool lower = nocase && qpg(b);
    qsql_put(q, lower ? " AND lower(" : " AND ");
    qsql_put(q, expr);
    qsql_put(q, lower ? ") IN (" : nocase ? " COLLATE NOCASE IN (" : " IN (");
    for (size_t i = 0; i < v->n; i++) {
        qsql_put(q, i ? (lower ? ", lower(" : ", ") : (lower ? "lower(" : ""));
        qsql_text(q, v->v[i]);
        qsql_put(q, lower ? ")" : "");
    }
    qsql_put(q, ")");
}

/* (c1 IN names OR c2 IN names OR a whole-word match in c1 or c2), ORed
 * over the values. */
static wt_status actor_filter(build *b, qsql *q, const char *c1, const char *c2)
{
    qsql_put(q, " AND (");
    for (size_t i = 0; i < b->rq->actor.n; i++) {
        const wt_qvalues names = b->names[i];
        const char *pat = qlike(b->a, "% ", b->rq->actor.v[i], " %");
        for (int side = 0; side < 2; side++) {
            const char *c = side ? c2 : c1;
            if (!c)
                continue;
            qsql_put(q, i || side ? " OR " : "");
            qsql_put(q, c);
            qsql_put(q, " IN (");
            for (size_t k = 0; k < names.n; k++) {
                qsql_put(q, k ? ", " : "");
                qsql_text(q, names.v[k]);
            }
            qsql_put(q, ") OR ' ' || ");
            qsql_put(q, c);
            qsql_put(q, " || ' '");
            qsql_put(q, qlike_op(b));
            qsql_text(q, pat);
            qsql_put(q, " ESCAPE '\\'");
        }
    }
    qsql_put(q, ")");
    return WT_OK;
}

static wt_status country_filter(build *b, qsql *q, const char *c1, const char *c2)
{
    qsql_put(q, " AND (");
    for (size_t i = 0; i < b->rq->country.n; i++) {
        const char *code = b->countries[i];
        for (int side = 0; side < 2; side++) {
            const char *c = side ? c2 : c1;
            if (!c)
                continue;
            qsql_put(q, i || side ? " OR " : "");
            qsql_put(q, c);
            qsql_put(q, " = ");
            qsql_text(q, code);
        }
    }
    qsql_put(q, ")");
    return WT_OK;
}

static wt_status between_filter(build *b, qsql *q)
{
    const char *c[2] = {b->between[0], b->between[1]};
    qsql_put(q, " AND ((e.actor1_country = ");
    qsql_text(q, c[0]);
    qsql_put(q, " AND e.actor2_country = ");
    qsql_text(q, c[1]);
    qsql_put(q, ") OR (e.actor1_country = ");
    qsql_text(q, c[1]);
    qsql_put(q, " AND e.actor2_country = ");
    qsql_text(q, c[0]);
    qsql_put(q, "))");
    return WT_OK;
}

static wt_status type_filter(build *b, qsql *q, const char *col)
{
    wt_qvalues v = {.n = 0};
    for (size_t i = 0; i < b->rq->type.n; i++) {
        wt_status s = qtype("--type", b->rq->type.v[i], b->kind == WT_QK_EVENTS, &v.v[v.n++], b->err);
        if (s != WT_OK)
            return s;
    }
    in_list(b, q, col, &v, false);
    return WT_OK;
}

/* PLOVER's quad classes by number or name. */
static wt_status quad_filter(build *b, qsql *q)
{
    static const struct {
        const char *name;
        unsigned classes; /* bit i: class i */
    } NAMES[] = {{"1", 2}, {"2", 4}, {"3", 8}, {"4", 16}, {"cooperation", 6}, {"conflict", 24},
                 {"verbal-cooperation", 2}, {"material-cooperation", 4}, {"verbal-conflict", 8},
                 {"material-conflict", 16}};
    unsigned classes = 0;
    for (size_t i = 0; i < b->rq->quad.n; i++) {
        size_t k = 0;
        while (k < WT_ARRAY_LEN(NAMES) && strcasecmp(NAMES[k].name, b->rq->quad.v[i]))
            k++;
        if (k == WT_ARRAY_LEN(NAMES))
            return wt_fail(b->err, WT_EUSAGE, "--quad", 0, -1,
                           "\"%s\" is no quad class (1-4, cooperation, conflict, verbal-cooperation, "
                           "material-cooperation, verbal-conflict, material-conflict)",
                           b->rq->quad.v[i]);
        classes |= NAMES[k].classes;
    }
    qsql_put(q, " AND e.quad_class IN (");
    for (int c = 1, n = 0; c <= 4; c++)
        if (classes & (1u << c)) {
            qsql_put(q, n++ ? ", " : "");
            qsql_int(q, c);
        }
    qsql_put(q, ")");
    return WT_OK;
}

/* Every word of --words somewhere in col (any case). */
static void words_filter(build *b, qsql *q, const char *col)
{
    const char *p = b->rq->words;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (!n)
            break;
        char *w = wt_arena_strndup(b->a, p, n);
        qsql_put(q, " AND ");
        qsql_put(q, col);
        qsql_put(q, qlike_op(b));
        qsql_text(q, qlike(b->a, "%", w ? w : "", "%"));
        qsql_put(q, " ESCAPE '\\'");
        p += n;
    }
}

/* Dates: an event's day range overlaps the request's (an event without a
 * date of its own is taken at its article's publication day, as it is
 * sorted); anything else by its article's publication day. */
static void date_filter(build *b, qsql *q, const char *published)
{
    const char *start = b->kind == WT_QK_EVENTS ? "coalesce(e.date_start, e.published)" : published;
    const char *end = b->kind == WT_QK_EVENTS ? "coalesce(e.date_end, e.published)" : published;
    if (b->lo[0]) {
        qsql_put(q, " AND substr(");
        qsql_put(q, end);
        qsql_put(q, ", 1, 10) >= ");
        qsql_text(q, b->lo);
    }
    if (b->hi[0]) {
        qsql_put(q, " AND substr(");
        qsql_put(q, start);
        qsql_put(q, ", 1, 10) <= ");
        qsql_text(q, b->hi);
    }
}

wt_status qwhere(build *b, qsql *q)
{
    const wt_qreq *rq = b->rq;
    const names_of *f = &FIELDS[b->kind];
    wt_status s = WT_OK;
    qsql_put(q, " WHERE 1 = 1");
    if (rq->actor.n) {
        if (b->kind == WT_QK_EVENTS)
            s = actor_filter(b, q, "e.actor1", "e.actor2");
        else if (b->kind == WT_QK_QUOTES)
            s = actor_filter(b, q, "q.speaker", NULL);
        else if (b->kind == WT_QK_ENTITIES)
            s = actor_filter(b, q, "e.name", NULL);
        else if (b->kind == WT_QK_MENTIONS)
            s = actor_filter(b, q, "m.name", NULL);
        else {
            qsql_put(q, " AND d.id IN (SELECT x.doc FROM entities x WHERE 1 = 1");
            s = actor_filter(b, q, "x.name", NULL);
            qsql_put(q, ")");
        }
    }
    if (s == WT_OK && rq->country.n)
        s = b->kind == WT_QK_EVENTS ? country_filter(b, q, "e.actor1_country", "e.actor2_country")
                                    : country_filter(b, q, f->country, NULL);
    if (s == WT_OK && (rq->between[0] || rq->between[1]))
        s = between_filter(b, q);
    if (s == WT_OK && rq->type.n)
        s = type_filter(b, q, b->kind == WT_QK_EVENTS ? "e.type" : b->kind == WT_QK_MENTIONS ? "m.type" : "e.type");
    if (s == WT_OK && rq->cameo.n) {
        qsql_put(q, " AND (");
        for (size_t i = 0; s == WT_OK && i < rq->cameo.n; i++) {
            s = qcameo("--cameo", rq->cameo.v[i], b->err);
            qsql_put(q, i ? " OR e.cameo LIKE " : "e.cameo LIKE ");
            qsql_text(q, qlike(b->a, "", rq->cameo.v[i], "%"));
            qsql_put(q, " ESCAPE '\\'");
        }
        qsql_put(q, ")");
    }
    if (s == WT_OK && rq->quad.n)
        s = quad_filter(b, q);
    if (s != WT_OK)
        return s;
    if (rq->domain.n) {
        qsql_put(q, " AND EXISTS (SELECT 1 FROM event_domains x WHERE x.event = e.id");
        in_list(b, q, "x.domain", &rq->domain, true);
        qsql_put(q, ")");
    }
    if (rq->source.n)
        in_list(b, q, f->source, &rq->source, true);
    if (rq->topic.n)
        in_list(b, q, f->topic, &rq->topic, true);
    if (rq->from || rq->to)
        date_filter(b, q, f->published);
    if (rq->min_confidence > 0) {
        qsql_put(q, b->kind == WT_QK_EVENTS ? " AND e.confidence >= " : " AND q.confidence >= ");
        qsql_real(q, rq->min_confidence);
    }
    if (rq->words && b->kind == WT_QK_EVENTS)
        words_filter(b, q, "e.evidence");
    else if (rq->words && b->kind == WT_QK_QUOTES)
        words_filter(b, q, "q.text");
    if (b->fts)
        qsearch_where(b, q, f->doc);
    if (b->doc >= 0) {
        qsql_put(q, " AND ");
        qsql_put(q, f->doc);
        qsql_put(q, " = ");
        qsql_int(q, b->doc);
    }
    return WT_OK;
}

void qsearch_where(build *b, qsql *q, const char *doc_col)
{
    qsql_put(q, " AND ");
    qsql_put(q, doc_col);
    if (qpg(b)) {
        qsql_put(q, " IN (SELECT id FROM documents WHERE tsv @@ ");
        qfts_pg(q, b->a, b->fts);
    } else {
        qsql_put(q, " IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ");
        qsql_text(q, b->fts->fts5);
    }
    qsql_put(q, ")");
}

/* The article a key names: row id, doc id or content hash; -1 if none. */
wt_status qfind_doc(wt_db *db, const char *key, long long *id, wt_error *err)
{
    qsql q;
    qsql_init(&q);
    qsql_put(&q, "SELECT id FROM documents WHERE CAST(id AS TEXT) = ");
    qsql_text(&q, key);
    qsql_put(&q, " OR doc_id = ");
    qsql_text(&q, key);
    qsql_put(&q, " OR hash = ");
    qsql_text(&q, key);
    qsql_put(&q, " ORDER BY id LIMIT 1");
    wt_qresult *r = qresult_new("doc");
    wt_status s = r ? db->be->run(db->ctx, &q, r, err) : WT_ENOMEM;
    *id = s == WT_OK && wt_qresult_nrows(r) ? atoll(wt_qresult_get(r, 0, 0)) : -1;
    wt_qresult_free(r);
    qsql_free(&q);
    if (s == WT_OK && *id < 0)
        return wt_fail(err, WT_EUSAGE, "--doc", 0, -1, "no article with id, doc id or hash \"%s\"", key);
    return s;
}

/* The ORDER BY of a list: the request's column or the kind's default. */
static wt_status order_by(build *b, const kind_spec *k, qsql *q)
{
    const char *sort = b->rq->sort;
    if (!sort) {
        qsql_put(q, " ORDER BY ");
        qsql_put(q, k->order);
        qsql_put(q, ", ");
        qsql_put(q, k->tiebreak);
        return WT_OK;
    }
    bool desc = sort[0] == '-';
    size_t n = strcspn(sort + desc, ":");
    const char *dir = sort + desc + n;
    if (*dir && strcmp(dir, ":asc") && strcmp(dir, ":desc"))
        return wt_fail(b->err, WT_EUSAGE, "--sort", 0, -1, "\"%s\": expected COLUMN, -COLUMN, COLUMN:asc or COLUMN:desc",
                       sort);
    desc = desc || strcmp(dir, ":desc") == 0;
    const char *name = wt_arena_strndup(b->a, sort + (sort[0] == '-'), n);
    const char *expr = NULL;
    bool rank = b->fts && strcmp(name, "rank") == 0;
    for (const column *c = k->cols; !rank && !expr && c->name; c++)
        if (strcmp(c->name, name) == 0)
            expr = c->sql ? c->sql : "d.id";
    if (!expr && !rank)
        return wt_fail(b->err, WT_EUSAGE, "--sort", 0, -1, "no column \"%s\" in %s%s", name, k->name,
                       k == &KINDS[WT_QK_ARTICLES] && !b->fts ? " (rank needs search words)" : "");
    if (b->kind == WT_QK_EVENTS && strcmp(name, "date") == 0)
        expr = "coalesce(e.date_start, e.published)";
    qsql_put(q, " ORDER BY ");
    if (rank && qpg(b)) {
        /* best first: a higher ts_rank */
        qsql_put(q, "ts_rank(d.tsv, ");
        qfts_pg(q, b->a, b->fts);
        qsql_put(q, ")");
        desc = !desc;
    } else if (rank) {
        /* best first: FTS5's rank is lower for a better match */
        qsql_put(q, "(SELECT rank FROM documents_fts WHERE documents_fts MATCH ");
        qsql_text(q, b->fts->fts5);
        qsql_put(q, " AND rowid = d.id)");
    } else
        qsql_put(q, expr);
    /* NULLs as SQLite puts them by default, in both stores */
    qsql_put(q, desc ? " DESC NULLS LAST, " : " ASC NULLS FIRST, ");
    qsql_put(q, k->tiebreak);
    return WT_OK;
}

static void select_list(build *b, const kind_spec *k, qsql *q)
{
    qsql_put(q, "SELECT ");
    for (const column *c = k->cols; c->name; c++) {
        if (c != k->cols)
            qsql_put(q, ", ");
        if (!c->sql && b->fts && qpg(b)) {
            qsql_put(q, "ts_headline('simple', d.text, ");
            qfts_pg(q, b->a, b->fts);
            qsql_put(q, ", 'StartSel=[, StopSel=], MaxWords=24, MinWords=12, MaxFragments=1')");
        } else if (!c->sql && b->fts) {
            qsql_put(q, "(SELECT snippet(documents_fts, 1, '[', ']', '\xE2\x80\xA6', 12) FROM documents_fts"
                        " WHERE documents_fts MATCH ");
            qsql_text(q, b->fts->fts5);
            qsql_put(q, " AND rowid = d.id)");
        } else if (!c->sql)
            qsql_put(q, "substr(d.text, 1, 160)");
        else
            qsql_put(q, c->sql);
        qsql_put(q, " AS \"");
        qsql_put(q, c->name);
        qsql_put(q, "\"");
    }
}

/* Rows per page and the first row, from the request. */
wt_status page(build *b, long long *limit, long long *offset)
{
    *limit = b->rq->limit == 0 ? 20 : b->rq->limit;
    *offset = 0;
    if (b->rq->limit < -1)
        return wt_fail(b->err, WT_EUSAGE, "--limit", 0, -1, "expected a positive number or all");
    const char *c = b->rq->cursor;
    if (c) {
        char *end;
        *offset = strtoll(c, &end, 10);
        if (!*c || *end || *offset < 0)
            return wt_fail(b->err, WT_EUSAGE, "--cursor", 0, -1, "\"%s\" is not a cursor this query gave", c);
    }
    return WT_OK;
}

/* SELECT ... FROM ... WHERE ... [GROUP BY] of a list. */
static wt_status list_sql(build *b, const void *arg, qsql *q)
{
    const kind_spec *k = arg;
    select_list(b, k, q);
    qsql_put(q, k->from);
    wt_status s = qwhere(b, q);
    if (k->group)
        qsql_put(q, k->group);
    return s;
}

static wt_status list_order(build *b, const void *arg, qsql *q) { return order_by(b, arg, q); }

wt_status qpaged(build *b, qmake make, qmake order, const void *arg, wt_qresult *r)
{
    long long limit, offset, total = 0;
    wt_status s = page(b, &limit, &offset);
    qsql c, q;
    qsql_init(&c);
    qsql_init(&q);
    if (s == WT_OK) {
        qsql_put(&c, "SELECT count(*) FROM (");
        s = make(b, arg, &c);
        qsql_put(&c, ") AS rows_");
    }
    if (s == WT_OK)
        s = b->db->be->count(b->db->ctx, &c, &total, b->err);
    if (s == WT_OK)
        s = make(b, arg, &q);
    if (s == WT_OK)
        s = order(b, arg, &q);
    if (s == WT_OK) {
        char tail[64];
        if (limit < 0)
            snprintf(tail, sizeof tail, "%s OFFSET %lld", qpg(b) ? "" : " LIMIT -1", offset);
        else
            snprintf(tail, sizeof tail, " LIMIT %lld OFFSET %lld", limit, offset);
        qsql_put(&q, tail);
        s = b->db->be->run(b->db->ctx, &q, r, b->err);
    }
    if (s == WT_OK) {
        long long end = offset + (long long)wt_qresult_nrows(r);
        char next[32];
        snprintf(next, sizeof next, "%lld", end);
        qresult_set_total(r, total, end < total ? next : NULL);
    }
    qsql_free(&c);
    qsql_free(&q);
    return s;
}

static wt_status run_list(build *b, const kind_spec *k, wt_qresult *r)
{
    wt_status s = qpaged(b, list_sql, list_order, k, r);
    if (s == WT_OK) {
        const char *narrow[64];
        size_t n = 0;
        for (const column *col = k->cols; col->name && n + 1 < WT_ARRAY_LEN(narrow); col++)
            if (col->narrow)
                narrow[n++] = col->name;
        narrow[n] = NULL;
        qresult_narrow(r, narrow);
    }
    return s;
}

const char *qkind_from(wt_qkind k) { return (size_t)k < WT_ARRAY_LEN(KINDS) ? KINDS[k].from : NULL; }

#define QMAX_VALUE 1000 /* bytes: no name, code, date or search is longer */

/* The first value longer than QMAX_VALUE, or NULL; *flag names its filter. */
static const char *too_long(const wt_qreq *rq, const char **flag)
{
    const wt_qvalues *lists[] = {&rq->actor, &rq->country, &rq->type, &rq->cameo, &rq->quad, &rq->domain, &rq->source,
                                 &rq->topic};
    static const char *const LIST_FLAGS[] = {"--actor", "--country", "--type", "--cameo", "--quad", "--domain", "--source",
                                             "--topic"};
    for (size_t i = 0; i < WT_ARRAY_LEN(lists); i++)
        for (size_t k = 0; k < lists[i]->n; k++)
            if (strlen(lists[i]->v[k]) > QMAX_VALUE)
                return *flag = LIST_FLAGS[i], lists[i]->v[k];
    const char *one[] = {rq->between[0], rq->between[1], rq->from, rq->to, rq->words, rq->search, rq->doc, rq->by,
                         rq->sort, rq->cursor};
    static const char *const ONE_FLAGS[] = {"--between", "--between", "--from", "--to", "--words", "--search", "--doc",
                                            "BY", "--sort", "--cursor"};
    for (size_t i = 0; i < WT_ARRAY_LEN(one); i++)
        if (one[i] && strlen(one[i]) > QMAX_VALUE)
            return *flag = ONE_FLAGS[i], one[i];
    return NULL;
}

/* Checks the filters against the kind and turns the shared ones (dates,
 * the article, the search words) into their exact form. */
static wt_status prepare(build *b, unsigned allowed)
{
    const wt_qreq *rq = b->rq;
    const char *flag;
    if (too_long(rq, &flag))
        return wt_fail(b->err, WT_EUSAGE, flag, 0, -1, "a value of more than %d bytes", QMAX_VALUE);
    unsigned extra = filters_given(rq) & ~allowed;
    for (size_t i = 0; extra && i < WT_ARRAY_LEN(FILTER_FLAGS); i++)
        if (extra & (1u << i))
            return wt_fail(b->err, WT_EUSAGE, FILTER_FLAGS[i], 0, -1, "does not apply to %s", KINDS[rq->kind].name);
    wt_status s = qdates(rq, b->lo, b->hi, b->err);
    if (s == WT_OK && rq->min_confidence > 1)
        s = wt_fail(b->err, WT_EUSAGE, "--min-confidence", 0, -1, "expected a number from 0 to 1");
    if (s == WT_OK && rq->doc)
        s = qfind_doc(b->db, rq->doc, &b->doc, b->err);
    for (size_t i = 0; s == WT_OK && i < rq->actor.n; i++)
        s = qnames(b->db, b->a, rq->actor.v[i], &b->names[i], b->err);
    for (size_t i = 0; s == WT_OK && i < rq->country.n; i++)
        s = qcountry(b->db, "--country", rq->country.v[i], b->countries[i], b->err);
    for (int i = 0; s == WT_OK && (rq->between[0] || rq->between[1]) && i < 2; i++)
        s = rq->between[i] ? qcountry(b->db, "--between", rq->between[i], b->between[i], b->err)
                           : wt_fail(b->err, WT_EUSAGE, "--between", 0, -1, "expected two countries: --between IDN,CHN");
    if (s == WT_OK && rq->search) {
        b->fts = wt_arena_calloc(b->a, 1, sizeof *b->fts);
        s = b->fts ? qfts(b->a, rq->search, b->fts, b->err) : wt_fail(b->err, WT_ENOMEM, "query", 0, -1, "out of memory");
    }
    return s;
}

wt_status wt_db_query(wt_db *db, const wt_qreq *rq, wt_qresult **res, wt_error *err)
{
    *res = NULL;
    if ((size_t)rq->kind >= WT_ARRAY_LEN(KINDS))
        return wt_fail(err, WT_EUSAGE, "query", 0, -1, "unknown kind of request");
    build b = {.db = db, .rq = rq, .kind = rq->kind, .err = err, .doc = -1};
    if (rq->kind == WT_QK_COUNT)
        b.kind = rq->of;
    unsigned allowed = KINDS[b.kind].filters;
    if (rq->kind == WT_QK_COUNT)
        allowed |= F_BY;
    if (rq->kind == WT_QK_COUNT && (b.kind == WT_QK_COUNT || b.kind == WT_QK_STATS || b.kind == WT_QK_DUPS ||
                                    b.kind == WT_QK_ENTITIES || b.kind == WT_QK_MENTIONS))
        return wt_fail(err, WT_EUSAGE, "--of", 0, -1, "count counts events, articles or quotes");
    b.a = wt_arena_new(4096);
    wt_qresult *r = qresult_new(KINDS[rq->kind].name);
    if (!b.a || !r) {
        wt_arena_free(b.a);
        wt_qresult_free(r);
        return wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
    }
    wt_status s = prepare(&b, allowed);
    if (s == WT_OK) {
        if (rq->kind == WT_QK_COUNT)
            s = qrun_count(&b, r);
        else if (rq->kind == WT_QK_STATS)
            s = qrun_stats(&b, r);
        else
            s = run_list(&b, &KINDS[rq->kind], r);
    }
    wt_arena_free(b.a);
    if (s != WT_OK) {
        wt_qresult_free(r);
        return s;
    }
    *res = r;
    return WT_OK;
}

static wt_status db_open(const char *path, bool pg, wt_db **out, wt_error *err)
{
    *out = NULL;
    wt_db *db = calloc(1, sizeof *db);
    if (!db || !(db->path = strdup(path))) {
        free(db);
        return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    }
    wt_status s = pg ? wt_qpg_open(path, db, err) : wt_qsqlite_open(path, db, err);
    if (s != WT_OK) {
        free(db->path);
        free(db);
        return s;
    }
    *out = db;
    return WT_OK;
}

wt_status wt_db_open(const char *path, wt_db **out, wt_error *err)
{
    bool url = strncmp(path, "postgresql://", 13) == 0 || strncmp(path, "postgres://", 11) == 0;
    return db_open(path, url, out, err);
}

wt_status wt_db_open_pg(const char *conninfo, wt_db **out, wt_error *err) { return db_open(conninfo, true, out, err); }

void wt_db_close(wt_db *db)
{
    if (!db)
        return;
    if (db->be)
        db->be->close(db->ctx);
    wt_kb_free((wt_kb *)db->kb);
    free(db->path);
    free(db);
}

void wt_db_set_timeout(wt_db *db, int ms)
{
    wt_qsqlite_timeout(db, ms);
    wt_qpg_timeout(db, ms);
}

void wt_qreq_init(wt_qreq *rq, wt_qkind kind)
{
    memset(rq, 0, sizeof *rq);
    rq->kind = kind;
    rq->of = WT_QK_EVENTS;
}
