/* serve.c - warta serve: a read-only JSON API over the query layer
 * (docs/api.md), on libmicrohttpd: a thread pool, one read-only database
 * handle per thread, a time limit per query, bounded requests, a limit of
 * connections per client, and a clean stop on SIGINT or SIGTERM. */
#include "answers.h"
#include "cli.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

typedef struct server {
    const char *db, *pg;
    char web[PATH_MAX]; /* the page's folder (docs/web.md); empty: no page */
    answers *cache;     /* whole answers while the database is unchanged (answers.h) */
    int timeout_ms;
    pthread_key_t key; /* each thread's wt_db */
} server;

static void close_db(void *db) { wt_db_close(db); }

/* This thread's handle on the database, opened on its first request. */
static wt_db *thread_db(server *sv, wt_error *err)
{
    wt_db *db = pthread_getspecific(sv->key);
    if (db)
        return db;
    if ((sv->pg ? wt_db_open_pg(sv->pg, &db, err) : wt_db_open(sv->db, &db, err)) != WT_OK)
        return NULL;
    wt_db_set_timeout(db, sv->timeout_ms);
    pthread_setspecific(sv->key, db);
    return db;
}

/* Sends body (taken: freed here); cached: "hit" or "miss" for X-Cache, or NULL. */
static enum MHD_Result reply_as(struct MHD_Connection *c, unsigned status, const char *type, char *body, size_t len,
                                const char *cached)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    if (!r) {
        free(body);
        return MHD_NO;
    }
    if (cached)
        MHD_add_response_header(r, "X-Cache", cached);
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "Cache-Control", "no-store");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    enum MHD_Result ok = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ok;
}

static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *type, char *body, size_t len)
{
    return reply_as(c, status, type, body, len, NULL);
}

/* s as a JSON string (NULL as null). */
static void json_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

/* {"error": {"status": N, "parameter": P, "message": M}} */
static enum MHD_Result reply_error(struct MHD_Connection *c, unsigned status, const char *param, const char *msg)
{
    char *body = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&body, &len);
    if (!m)
        return MHD_NO;
    fprintf(m, "{\"error\":{\"status\":%u,\"parameter\":", status);
    json_str(m, param && *param ? param : NULL);
    fputs(",\"message\":", m);
    json_str(m, msg);
    fputs("}}\n", m);
    fclose(m);
    return reply(c, status, "application/json", body, len);
}

/* ---- a request's parameters ---- */

#define MAX_PARAMS 64

typedef struct params {
    const char *key[MAX_PARAMS], *value[MAX_PARAMS];
    size_t n;
    bool too_many;
} params;

static enum MHD_Result collect(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    params *p = cls;
    (void)kind;
    if (p->n == MAX_PARAMS) {
        p->too_many = true;
        return MHD_NO;
    }
    p->key[p->n] = key;
    p->value[p->n++] = value ? value : "";
    return MHD_YES;
}

/* What a request asks for and how it wants it. */
typedef struct ask {
    wt_qreq rq;
    wt_qwrite w;
    char *copies[MAX_PARAMS]; /* values split at commas */
    size_t n_copies;
    wt_qvalues facets;        /* lists: the dimensions to count beside the rows */
    const char *nodes;        /* network: countries (default) or actors */
    const char *bad_param, *why;
} ask;

static bool fail(ask *a, const char *param, const char *why)
{
    a->bad_param = param;
    a->why = why;
    return false;
}

static bool add_list(ask *a, wt_qvalues *v, const char *key, const char *value, bool split)
{
    char *copy = strdup(value);
    if (!copy)
        return fail(a, key, "out of memory");
    a->copies[a->n_copies++] = copy;
    char *save = NULL;
    for (char *t = split ? strtok_r(copy, ",", &save) : copy; t; t = split ? strtok_r(NULL, ",", &save) : NULL) {
        if (!*t)
            continue;
        if (v->n == WT_QMAX)
            return fail(a, key, "too many values");
        v->v[v->n++] = t;
    }
    return v->n ? true : fail(a, key, "expected a value");
}

/* The parameters that take one value: where each goes. */
static const char **single(ask *a, const char *key)
{
    wt_qreq *rq = &a->rq;
    struct {
        const char *name;
        const char **slot;
    } ONE[] = {{"from", &rq->from}, {"to", &rq->to}, {"words", &rq->words}, {"q", &rq->search},
               {"search", &rq->search}, {"doc", &rq->doc}, {"sort", &rq->sort}, {"cursor", &rq->cursor},
               {"fields", &a->w.fields}, {"by", &rq->by}};
    for (size_t i = 0; i < sizeof ONE / sizeof *ONE; i++)
        if (strcmp(ONE[i].name, key) == 0)
            return ONE[i].slot;
    return NULL;
}

static bool number(const char *s, double lo, double hi, double *out)
{
    char *end;
    double x = strtod(s, &end);
    if (!*s || *end || !(x >= lo && x <= hi))
        return false;
    *out = x;
    return true;
}

/* One parameter into the request; false (a->bad_param set) if bad. */
static bool apply_param(ask *a, const char *key, const char *value)
{
    wt_qreq *rq = &a->rq;
    double x;
    const char **slot = single(a, key);
    if (slot) {
        if (*slot)
            return fail(a, key, "given twice");
        *slot = value;
        return true;
    }
    if (!strcmp(key, "actor") || !strcmp(key, "speaker") || !strcmp(key, "name") || !strcmp(key, "entity"))
        return add_list(a, &rq->actor, key, value, false);
    static const char *const LISTS[] = {"country", "type", "cameo", "quad", "domain", "source", "topic"};
    wt_qvalues *lists[] = {&rq->country, &rq->type, &rq->cameo, &rq->quad, &rq->domain, &rq->source, &rq->topic};
    for (size_t i = 0; i < sizeof LISTS / sizeof *LISTS; i++)
        if (!strcmp(key, LISTS[i]))
            return add_list(a, lists[i], key, value, true);
    if (!strcmp(key, "facets"))
        return add_list(a, &a->facets, key, value, true);
    if (!strcmp(key, "nodes")) {
        if (a->nodes)
            return fail(a, key, "given twice");
        a->nodes = value;
        return !strcmp(value, "countries") || !strcmp(value, "actors") ? true : fail(a, key, "expected countries or actors");
    }
    if (!strcmp(key, "between")) {
        wt_qvalues v = {.n = 0};
        if (!add_list(a, &v, key, value, true) || v.n != 2 || rq->between[0])
            return fail(a, key, "expected two countries once: between=IDN,CHN");
        rq->between[0] = v.v[0];
        rq->between[1] = v.v[1];
        return true;
    }
    if (!strcmp(key, "limit")) {
        if (!strcmp(value, "all"))
            rq->limit = -1;
        else if (number(value, 1, 100000, &x) && x == (double)(long long)x)
            rq->limit = (long long)x;
        else
            return fail(a, key, "expected a whole number from 1 to 100000, or all");
        return true;
    }
    if (!strcmp(key, "min_confidence"))
        return number(value, 0, 1, &rq->min_confidence) ? true : fail(a, key, "expected a number from 0 to 1");
    if (!strcmp(key, "of")) {
        rq->of = !strcmp(value, "articles") ? WT_QK_ARTICLES : !strcmp(value, "quotes") ? WT_QK_QUOTES : WT_QK_EVENTS;
        return !strcmp(value, "events") || rq->of != WT_QK_EVENTS ? true : fail(a, key, "expected events, articles or quotes");
    }
    if (!strcmp(key, "format")) {
        static const char *const F[] = {"table", "json", "jsonl", "csv", "tsv"};
        for (int i = 1; i < 5; i++)
            if (!strcmp(value, F[i])) {
                a->w.format = (wt_qformat)i;
                return true;
            }
        return fail(a, key, "expected json, jsonl, csv or tsv");
    }
    return fail(a, key, "no such parameter (docs/api.md lists them)");
}

static void ask_free(ask *a)
{
    for (size_t i = 0; i < a->n_copies; i++)
        free(a->copies[i]);
}

/* ---- the page: a fixed list of files, nothing else on disk is reachable ---- */

static const struct {
    const char *url, *file, *fallback, *type; /* fallback: where npm put it, or a Debian file */
} FILES[] = {
    {"/", "index.html", NULL, "text/html; charset=utf-8"},
    {"/app.js", "app.js", NULL, "text/javascript; charset=utf-8"},
    {"/app.css", "app.css", NULL, "text/css; charset=utf-8"},
    {"/favicon.svg", "favicon.svg", NULL, "image/svg+xml"},
    {"/vendor/uPlot.js", "vendor/uPlot.js", "node_modules/uplot/dist/uPlot.iife.min.js", "text/javascript"},
    {"/vendor/uPlot.css", "vendor/uPlot.css", "node_modules/uplot/dist/uPlot.min.css", "text/css"},
    {"/vendor/cytoscape.js", "vendor/cytoscape.js", "node_modules/cytoscape/dist/cytoscape.min.js", "text/javascript"},
    {"/vendor/leaflet.js", "vendor/leaflet.js", "node_modules/leaflet/dist/leaflet.js", "text/javascript"},
    {"/vendor/leaflet.css", "vendor/leaflet.css", "node_modules/leaflet/dist/leaflet.css", "text/css"},
    {"/vendor/topojson.js", "vendor/topojson.js", "node_modules/topojson-client/dist/topojson-client.min.js",
     "text/javascript"},
    {"/vendor/countries-110m.json", "vendor/countries-110m.json", "node_modules/world-atlas/countries-110m.json",
     "application/json"},
    {"/vendor/iso_3166-1.json", "vendor/iso_3166-1.json", "/usr/share/iso-codes/json/iso_3166-1.json",
     "application/json"},
};

static int open_page_file(const server *sv, size_t i)
{
    char path[PATH_MAX + 128];
    snprintf(path, sizeof path, "%s/%s", sv->web, FILES[i].file);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 && FILES[i].fallback) {
        if (FILES[i].fallback[0] == '/')
            snprintf(path, sizeof path, "%s", FILES[i].fallback);
        else
            snprintf(path, sizeof path, "%s/%s", sv->web, FILES[i].fallback);
        fd = open(path, O_RDONLY | O_CLOEXEC);
    }
    return fd;
}

static enum MHD_Result serve_page_file(const server *sv, struct MHD_Connection *c, const char *url)
{
    size_t i = 0;
    while (i < sizeof FILES / sizeof *FILES && strcmp(FILES[i].url, url))
        i++;
    if (i == sizeof FILES / sizeof *FILES || !sv->web[0])
        return reply_error(c, MHD_HTTP_NOT_FOUND, NULL,
                          sv->web[0] ? "no such path (the API is under /api/v1/, docs/api.md)"
                                     : "no such path (the page's files were not found: docs/web.md)");
    int fd = open_page_file(sv, i);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0)
            close(fd);
        return reply_error(c, MHD_HTTP_NOT_FOUND, NULL, "this file of the page is missing (scripts/setup.sh installs it)");
    }
    struct MHD_Response *r = MHD_create_response_from_fd((uint64_t)st.st_size, fd);
    if (!r) {
        close(fd);
        return MHD_NO;
    }
    MHD_add_response_header(r, "Content-Type", FILES[i].type);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    /* the page may talk to this server only: nothing leaves 127.0.0.1 */
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                            "connect-src 'self'; frame-ancestors 'none'");
    enum MHD_Result ok = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    return ok;
}

/* ---- routes ---- */

static const struct {
    const char *path;
    wt_qkind kind;
} LISTS[] = {{"events", WT_QK_EVENTS},     {"entities", WT_QK_ENTITIES}, {"mentions", WT_QK_MENTIONS},
             {"quotes", WT_QK_QUOTES},     {"articles", WT_QK_ARTICLES}, {"count", WT_QK_COUNT},
             {"stats", WT_QK_STATS},       {"dups", WT_QK_DUPS},         {"network", WT_QK_COUNT},
             {"map", WT_QK_COUNT}};

static const char *content_type(wt_qformat f)
{
    return f == WT_QF_CSV    ? "text/csv; charset=utf-8"
           : f == WT_QF_TSV  ? "text/tab-separated-values; charset=utf-8"
           : f == WT_QF_JSONL ? "application/x-ndjson"
                              : "application/json";
}

/* "--min-confidence" (the layer's name for a filter) as the API's. */
static void param_name(const char *flag, char *out, size_t cap)
{
    while (*flag == '-')
        flag++;
    size_t n = strlen(flag) < cap ? strlen(flag) : cap - 1;
    memcpy(out, flag, n);
    out[n] = 0;
    for (char *p = out; *p; p++)
        if (*p == '-')
            *p = '_';
    if (!strcmp(out, "from/__to"))
        snprintf(out, cap, "from");
}

static enum MHD_Result reply_failure(struct MHD_Connection *c, wt_status st, const wt_error *err)
{
    char param[64];
    if (st == WT_EUSAGE) {
        param_name(err->file, param, sizeof param);
        return reply_error(c, MHD_HTTP_BAD_REQUEST, param, err->msg);
    }
    if (strstr(err->msg, "took longer"))
        return reply_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, NULL, err->msg);
    return reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, NULL, "the database failed (the server's log says why)");
}

/* ---- answers made of counts: facets, network, map ---- */

static wt_status refuse(wt_error *err, wt_status st, const char *param, const char *msg)
{
    wt_error_clear(err);
    snprintf(err->file, sizeof err->file, "%s", param ? param : "");
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    return st;
}

/* Runs a count of the request's rows by one dimension; the page size is limit (-1: all). */
static wt_status count_by(wt_db *db, const wt_qreq *base, wt_qkind of, const char *by, long long limit,
                          wt_qresult **r, wt_error *err)
{
    wt_qreq rq = *base;
    rq.kind = WT_QK_COUNT;
    rq.of = of;
    rq.by = by;
    rq.limit = limit;
    rq.cursor = NULL;
    rq.sort = NULL;
    return wt_db_query(db, &rq, r, err);
}

static long long cell_ll(const wt_qresult *r, size_t row, size_t col)
{
    const char *v = wt_qresult_get(r, row, col);
    return v ? atoll(v) : 0;
}

/* ,"facets":{"type":[{"value":"AGREE","count":4},...],...}: the ten
 * largest values of each dimension asked for, under the same filters. */
static wt_status write_facets(wt_db *db, const ask *a, FILE *m, wt_error *err)
{
    fputs(",\"facets\":{", m);
    for (size_t i = 0; i < a->facets.n; i++) {
        wt_qresult *r = NULL;
        wt_status st = count_by(db, &a->rq, a->rq.kind, a->facets.v[i], 10, &r, err);
        if (st != WT_OK) {
            if (st == WT_EUSAGE)
                snprintf(err->file, sizeof err->file, "facets");
            return st;
        }
        fprintf(m, "%s", i ? "," : "");
        json_str(m, a->facets.v[i]);
        fputs(":[", m);
        for (size_t k = 0; k < wt_qresult_nrows(r); k++) {
            fputs(k ? ",{\"value\":" : "{\"value\":", m);
            json_str(m, wt_qresult_get(r, k, 0));
            fprintf(m, ",\"count\":%lld}", cell_ll(r, k, wt_qresult_ncols(r) - 1));
        }
        fputc(']', m);
        wt_qresult_free(r);
    }
    fputc('}', m);
    return WT_OK;
}

/* One edge of the network: two nodes and their events by quad class. */
typedef struct edge {
    const char *a, *b;
    long long n, quad[5];
} edge;

static int by_pair(const void *x, const void *y)
{
    const edge *p = x, *q = y;
    int c = strcmp(p->a, q->a);
    return c ? c : strcmp(p->b, q->b);
}

static int by_weight(const void *x, const void *y)
{
    const edge *p = x, *q = y;
    return p->n != q->n ? (p->n < q->n ? 1 : -1) : by_pair(x, y);
}

static void write_edges(const edge *e, size_t n, FILE *m)
{
    fputs("\"edges\":[", m);
    for (size_t i = 0; i < n; i++) {
        int best = 1;
        for (int q = 2; q <= 4; q++)
            best = e[i].quad[q] > e[i].quad[best] ? q : best;
        fputs(i ? ",{\"source\":" : "{\"source\":", m);
        json_str(m, e[i].a);
        fputs(",\"target\":", m);
        json_str(m, e[i].b);
        fprintf(m, ",\"count\":%lld,\"quad_class\":%d,\"quad\":{\"1\":%lld,\"2\":%lld,\"3\":%lld,\"4\":%lld}}", e[i].n,
                best, e[i].quad[1], e[i].quad[2], e[i].quad[3], e[i].quad[4]);
    }
    fputc(']', m);
}

/* A node's weight: the events on its edges that are shown. */
static void write_nodes(const edge *e, size_t n, FILE *m)
{
    fputs("\"nodes\":[", m);
    size_t written = 0;
    for (size_t i = 0; i < 2 * n; i++) {
        const char *id = i % 2 ? e[i / 2].b : e[i / 2].a;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = !strcmp(id, j % 2 ? e[j / 2].b : e[j / 2].a);
        if (seen)
            continue;
        long long w = 0;
        for (size_t j = 0; j < n; j++)
            w += !strcmp(e[j].a, id) || !strcmp(e[j].b, id) ? e[j].n : 0;
        fputs(written++ ? ",{\"id\":" : "{\"id\":", m);
        json_str(m, id);
        fprintf(m, ",\"count\":%lld}", w);
    }
    fputc(']', m);
}

/* network: countries (or actors) as nodes, their events as weighted edges
 * coloured by the quad class most of them have; the `limit` heaviest. */
static wt_status write_network(wt_db *db, const ask *a, FILE *m, wt_error *err)
{
    bool actors = a->nodes && !strcmp(a->nodes, "actors");
    wt_qresult *r = NULL;
    wt_status st = count_by(db, &a->rq, WT_QK_EVENTS, actors ? "actors,quad" : "pair,quad", -1, &r, err);
    if (st != WT_OK)
        return st;
    size_t rows = wt_qresult_nrows(r), n = 0;
    edge *e = calloc(rows ? rows : 1, sizeof *e);
    if (!e) {
        wt_qresult_free(r);
        return refuse(err, WT_ENOMEM, NULL, "out of memory");
    }
    for (size_t i = 0; i < rows; i++) { /* one edge per row (pair and quad class) ... */
        long long q = cell_ll(r, i, 2), c = cell_ll(r, i, 3);
        e[i] = (edge){.a = wt_qresult_get(r, i, 0), .b = wt_qresult_get(r, i, 1), .n = c};
        e[i].quad[q >= 1 && q <= 4 ? q : 0] = c;
    }
    qsort(e, rows, sizeof *e, by_pair);
    for (size_t i = 0; i < rows; i++) { /* ... then the rows of one pair, now adjacent, as one */
        if (n && !by_pair(&e[n - 1], &e[i])) {
            e[n - 1].n += e[i].n;
            for (int q = 0; q < 5; q++)
                e[n - 1].quad[q] += e[i].quad[q];
        } else
            e[n++] = e[i];
    }
    qsort(e, n, sizeof *e, by_weight);
    size_t shown = a->rq.limit < 0 || (size_t)a->rq.limit > n ? n : a->rq.limit ? (size_t)a->rq.limit : n < 100 ? n : 100;
    fprintf(m, "{\"kind\":\"network\",\"nodes_are\":\"%s\",\"total\":%zu,", actors ? "actors" : "countries", n);
    write_nodes(e, shown, m);
    fputc(',', m);
    write_edges(e, shown, m);
    fputs("}\n", m);
    free(e);
    wt_qresult_free(r);
    return WT_OK;
}

/* map: events by country (either side) and by the place they happened. */
static wt_status write_map(wt_db *db, const ask *a, FILE *m, wt_error *err)
{
    static const char *const PART[][2] = {{"country", "countries"}, {"location", "places"}};
    fputs("{\"kind\":\"map\"", m);
    for (size_t i = 0; i < 2; i++) {
        wt_qresult *r = NULL;
        wt_status st = count_by(db, &a->rq, WT_QK_EVENTS, PART[i][0], -1, &r, err);
        if (st != WT_OK)
            return st;
        fprintf(m, ",\"%s\":[", PART[i][1]);
        for (size_t k = 0; k < wt_qresult_nrows(r); k++) {
            fprintf(m, "%s{\"%s\":", k ? "," : "", PART[i][0]);
            json_str(m, wt_qresult_get(r, k, 0));
            fprintf(m, ",\"count\":%lld}", cell_ll(r, k, 1));
        }
        fputc(']', m);
        wt_qresult_free(r);
    }
    fputs("}\n", m);
    return WT_OK;
}

/* The rows of one query of kind for the actor name (limit -1: all). */
static wt_status rows_for(wt_db *db, wt_qkind kind, const char *name, const char *by, long long limit,
                          wt_qresult **r, wt_error *err)
{
    wt_qreq rq;
    wt_qreq_init(&rq, kind);
    rq.actor.v[rq.actor.n++] = name;
    rq.by = by;
    rq.limit = limit;
    return wt_db_query(db, &rq, r, err);
}

static const char *cell_of(const wt_qresult *r, size_t row, const char *col)
{
    for (size_t c = 0; c < wt_qresult_ncols(r); c++)
        if (!strcmp(wt_qresult_col(r, c), col))
            return wt_qresult_get(r, row, c);
    return NULL;
}

/* "spellings": how the articles wrote the entity, most frequent first. */
static void write_spellings(const wt_qresult *m, FILE *out)
{
    size_t n = wt_qresult_nrows(m), k = 0;
    const char **text = calloc(n ? n : 1, sizeof *text);
    long long *count = calloc(n ? n : 1, sizeof *count);
    for (size_t i = 0; text && count && i < n; i++) {
        const char *t = cell_of(m, i, "text");
        size_t j = 0;
        while (j < k && strcmp(text[j], t ? t : ""))
            j++;
        if (j == k)
            text[k++] = t ? t : "";
        count[j]++;
    }
    fputs(",\"spellings\":[", out);
    for (size_t done = 0; done < k; done++) { /* selection by count: a name has few spellings */
        size_t best = 0;
        for (size_t j = 1; j < k; j++)
            best = count[j] > count[best] ? j : best;
        fputs(done ? ",{\"text\":" : "{\"text\":", out);
        json_str(out, text[best]);
        fprintf(out, ",\"count\":%lld}", count[best]);
        count[best] = -1;
    }
    fputc(']', out);
    free(text);
    free(count);
}

/* entity/NAME: the entity (any spelling), how it was written, its partners
 * in events, its events by month, and how many quotes and articles. */
static wt_status write_entity(wt_db *db, const char *name, FILE *out, wt_error *err)
{
    wt_qresult *ent = NULL, *men = NULL, *pairs = NULL, *months = NULL, *quotes = NULL, *arts = NULL;
    wt_status st = rows_for(db, WT_QK_ENTITIES, name, NULL, 1, &ent, err);
    if (st == WT_OK && !wt_qresult_nrows(ent))
        st = refuse(err, WT_EUSAGE, NULL, "no entity by that name");
    const char *canon = st == WT_OK ? cell_of(ent, 0, "name") : NULL;
    if (st == WT_OK)
        st = rows_for(db, WT_QK_MENTIONS, canon, NULL, -1, &men, err);
    if (st == WT_OK)
        st = rows_for(db, WT_QK_COUNT, canon, "actors", -1, &pairs, err);
    if (st == WT_OK)
        st = rows_for(db, WT_QK_COUNT, canon, "month", -1, &months, err);
    if (st == WT_OK)
        st = rows_for(db, WT_QK_QUOTES, canon, NULL, 1, &quotes, err);
    if (st == WT_OK)
        st = rows_for(db, WT_QK_ARTICLES, canon, NULL, 1, &arts, err);
    if (st == WT_OK) {
        fputs("{\"kind\":\"entity\",\"entity\":{", out);
        for (size_t c = 0; c < wt_qresult_ncols(ent); c++) {
            fputs(c ? "," : "", out);
            json_str(out, wt_qresult_col(ent, c));
            fputc(':', out);
            if (wt_qresult_is_number(ent, 0, c))
                fputs(wt_qresult_get(ent, 0, c), out);
            else
                json_str(out, wt_qresult_get(ent, 0, c));
        }
        fputc('}', out);
        write_spellings(men, out);
        fputs(",\"partners\":[", out);
        for (size_t i = 0, w = 0; i < wt_qresult_nrows(pairs); i++) {
            const char *x = wt_qresult_get(pairs, i, 0), *y = wt_qresult_get(pairs, i, 1);
            fputs(w++ ? ",{\"actor\":" : "{\"actor\":", out);
            json_str(out, x && !strcmp(x, canon) ? y : x);
            fprintf(out, ",\"count\":%lld}", cell_ll(pairs, i, 2));
        }
        fputs("],\"months\":[", out);
        for (size_t i = 0; i < wt_qresult_nrows(months); i++) {
            fputs(i ? ",{\"month\":" : "{\"month\":", out);
            json_str(out, wt_qresult_get(months, i, 0));
            fprintf(out, ",\"count\":%lld}", cell_ll(months, i, 1));
        }
        fprintf(out, "],\"quotes\":%lld,\"articles\":%lld}\n", wt_qresult_total(quotes), wt_qresult_total(arts));
    }
    wt_qresult *all[] = {ent, men, pairs, months, quotes, arts};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        wt_qresult_free(all[i]);
    return st;
}

/* A list, with its facets when asked for (JSON only: spliced into the envelope). */
static wt_status write_list(wt_db *db, ask *a, FILE *m, wt_error *err)
{
    wt_qresult *r = NULL;
    wt_status st = wt_db_query(db, &a->rq, &r, err);
    if (st != WT_OK || !a->facets.n) {
        if (st == WT_OK)
            st = wt_qresult_write(r, &a->w, m, err);
        wt_qresult_free(r);
        return st;
    }
    if (a->w.format != WT_QF_JSON) {
        wt_qresult_free(r);
        return refuse(err, WT_EUSAGE, "facets", "facets come with format=json only");
    }
    char *list = NULL;
    size_t len = 0;
    FILE *tmp = open_memstream(&list, &len);
    if (!tmp) {
        wt_qresult_free(r);
        return refuse(err, WT_ENOMEM, NULL, "out of memory");
    }
    st = wt_qresult_write(r, &a->w, tmp, err);
    fclose(tmp);
    wt_qresult_free(r);
    while (len && (list[len - 1] == '\n' || list[len - 1] == '}'))
        if (list[--len] == '}')
            break; /* the envelope's closing brace: the facets go before it */
    if (st == WT_OK) {
        fwrite(list, 1, len, m);
        st = write_facets(db, a, m, err);
        fputs("}\n", m);
    }
    free(list);
    return st;
}

/* The cache's key of a request: its path and parameters in the order given. */
static char *request_key(const char *url, const params *p)
{
    char *key = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&key, &len);
    if (!m)
        return NULL;
    fputs(url, m);
    for (size_t i = 0; i < p->n; i++)
        fprintf(m, "\x01%s\x02%s", p->key[i], p->value[i]);
    fclose(m);
    return key;
}

static enum MHD_Result answer(server *sv, struct MHD_Connection *c, const char *route, ask *a, const char *key)
{
    char *hit = NULL;
    size_t hit_len = 0;
    const char *hit_type = NULL;
    unsigned long long gen = 0;
    if (key && answers_get(sv->cache, key, &hit, &hit_len, &hit_type, &gen))
        return reply_as(c, MHD_HTTP_OK, hit_type, hit, hit_len, "hit");
    wt_error err;
    wt_error_clear(&err);
    wt_db *db = thread_db(sv, &err);
    if (!db) {
        cli_report(&err);
        return reply_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, NULL, "the database cannot be opened");
    }
    char *body = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&body, &len);
    if (!m)
        return MHD_NO;
    wt_status st;
    if (!strncmp(route, "article/", 8)) {
        st = wt_db_article(db, route + 8, WT_QF_JSON, m, &err);
        a->w.format = WT_QF_JSON;
    } else if (!strncmp(route, "entity/", 7)) {
        st = write_entity(db, route + 7, m, &err);
        a->w.format = WT_QF_JSON;
    } else if (!strcmp(route, "network")) {
        st = write_network(db, a, m, &err);
        a->w.format = WT_QF_JSON;
    } else if (!strcmp(route, "map")) {
        st = write_map(db, a, m, &err);
        a->w.format = WT_QF_JSON;
    } else
        st = write_list(db, a, m, &err);
    fclose(m);
    if (st != WT_OK) {
        free(body);
        if (st == WT_EUSAGE && (!strncmp(route, "article/", 8) || !strncmp(route, "entity/", 7)))
            return reply_error(c, MHD_HTTP_NOT_FOUND, NULL, err.msg);
        return reply_failure(c, st, &err);
    }
    if (key)
        answers_put(sv->cache, gen, key, MHD_HTTP_OK, content_type(a->w.format), body, len);
    return reply_as(c, MHD_HTTP_OK, content_type(a->w.format), body, len, key ? "miss" : NULL);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *upload, size_t *upload_size, void **state)
{
    server *sv = cls;
    (void)version;
    (void)upload;
    if (!*state) { /* the headers are in; answer on the next call */
        *state = (void *)1;
        return MHD_YES;
    }
    if (*upload_size) {
        *upload_size = 0; /* a body is never read */
        return MHD_YES;
    }
    if (strcmp(method, "GET") && strcmp(method, "HEAD"))
        return reply_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, NULL, "the API is read-only: GET only");
    const char *prefix = "/api/v1/";
    if (strncmp(url, "/api/", 5))
        return serve_page_file(sv, c, url);
    if (strncmp(url, prefix, strlen(prefix)))
        return reply_error(c, MHD_HTTP_NOT_FOUND, NULL, "no such path (the API is under /api/v1/, docs/api.md)");
    const char *route = url + strlen(prefix);
    ask a = {.w = {.format = WT_QF_JSON}};
    bool one = (!strncmp(route, "article/", 8) && route[8] && !strchr(route + 8, '/')) || /* one article or entity */
               (!strncmp(route, "entity/", 7) && route[7]);
    size_t k = 0;
    while (k < sizeof LISTS / sizeof *LISTS && strcmp(LISTS[k].path, route))
        k++;
    if (!one && k == sizeof LISTS / sizeof *LISTS)
        return reply_error(c, MHD_HTTP_NOT_FOUND, NULL, "no such path (docs/api.md lists them)");
    wt_qreq_init(&a.rq, one ? WT_QK_ARTICLES : LISTS[k].kind);
    params p = {.n = 0};
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect, &p);
    bool ok = !p.too_many || fail(&a, NULL, "too many parameters");
    for (size_t i = 0; ok && i < p.n; i++)
        ok = apply_param(&a, p.key[i], p.value[i]);
    if (ok && one && p.n)
        ok = fail(&a, p.key[0], "an article or entity takes no parameter");
    bool counts = !strcmp(route, "network") || !strcmp(route, "map");
    if (ok && a.nodes && strcmp(route, "network"))
        ok = fail(&a, "nodes", "only network takes nodes");
    if (ok && a.facets.n && strcmp(route, "events") && strcmp(route, "articles") && strcmp(route, "quotes"))
        ok = fail(&a, "facets", "facets come with events, articles and quotes");
    if (ok && counts && (a.rq.by || a.rq.cursor || a.rq.sort || a.w.format != WT_QF_JSON || a.w.fields))
        ok = fail(&a, a.rq.by ? "by" : a.rq.cursor ? "cursor" : a.rq.sort ? "sort" : a.w.fields ? "fields" : "format",
                  "network and map are JSON, counted their own way");
    char *key = ok && sv->cache ? request_key(url, &p) : NULL;
    enum MHD_Result r = ok ? answer(sv, c, route, &a, key) : reply_error(c, MHD_HTTP_BAD_REQUEST, a.bad_param, a.why);
    free(key);
    ask_free(&a);
    return r;
}

/* The page's folder: $WARTA_WEB_DIR, else next to the program (a build in
 * build/ -> the source tree's web/; PREFIX/bin -> PREFIX/share/warta/web). */
static void find_web_dir(char *out, size_t cap)
{
    out[0] = 0;
    const char *env = getenv("WARTA_WEB_DIR");
    if (env && *env) {
        snprintf(out, cap, "%s", env);
        return;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash = n > 0 ? (exe[n] = 0, strrchr(exe, '/')) : NULL;
    if (!slash)
        return;
    *slash = 0;
    static const char *const REL[] = {"../web", "../share/warta/web"};
    for (size_t i = 0; i < sizeof REL / sizeof *REL; i++) {
        char probe[PATH_MAX + 64];
        snprintf(probe, sizeof probe, "%s/%s/index.html", exe, REL[i]);
        size_t k = strlen(probe) - strlen("/index.html");
        if (access(probe, R_OK) == 0 && k < cap) {
            memcpy(out, probe, k);
            out[k] = 0;
            return;
        }
    }
}

/* ---- the daemon ---- */

static bool parse_listen(const char *s, struct sockaddr_in *addr)
{
    char host[64];
    unsigned port;
    const char *colon = strrchr(s, ':');
    if (!colon || (size_t)(colon - s) >= sizeof host || sscanf(colon + 1, "%u", &port) != 1 || port > 65535)
        return false;
    memcpy(host, s, (size_t)(colon - s));
    host[colon - s] = 0;
    memset(addr, 0, sizeof *addr);
    addr->sin_family = AF_INET;
    addr->sin_port = htons((uint16_t)port);
    return inet_pton(AF_INET, host, &addr->sin_addr) == 1;
}

int cmd_serve(cli *c, int argc, char **argv)
{
    (void)argv;
    if (argc) {
        cli_say("serve takes no arguments (warta serve --help)");
        return EXIT_USAGE;
    }
    if (!c->db == !c->pg) {
        cli_say(c->db ? "serve: --db or --pg, not both" : "serve needs --db PATH or --pg URL");
        return EXIT_USAGE;
    }
    struct sockaddr_in addr;
    const char *listen = c->listen ? c->listen : "127.0.0.1:8080";
    if (!parse_listen(listen, &addr)) {
        cli_say("--listen: expected ADDRESS:PORT (127.0.0.1:8080; port 0 picks a free one), got \"%s\"", listen);
        return EXIT_USAGE;
    }
    static server sv; /* its web path is large: not on the stack */
    sv = (server){.db = c->db, .pg = c->pg, .timeout_ms = c->timeout_ms ? c->timeout_ms : 5000};
    find_web_dir(sv.web, sizeof sv.web);
    size_t cache_mb = c->cache_mb < 0 ? 64 : (size_t)c->cache_mb;
    sv.cache = cache_mb ? answers_new(sv.pg ? NULL : sv.db, cache_mb << 20) : NULL;
    /* the database must open before the server says it is up */
    wt_error err;
    wt_error_clear(&err);
    wt_db *probe;
    if ((sv.pg ? wt_db_open_pg(sv.pg, &probe, &err) : wt_db_open(sv.db, &probe, &err)) != WT_OK) {
        cli_report(&err);
        return EXIT_USAGE;
    }
    wt_db_close(probe);
    pthread_key_create(&sv.key, close_db);
    /* SIGINT and SIGTERM are waited for here, never delivered to a worker */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    unsigned threads = c->jobs > 1 ? (unsigned)c->jobs : 4;
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, 0, NULL, NULL, handle, &sv, MHD_OPTION_SOCK_ADDR,
        (struct sockaddr *)&addr, MHD_OPTION_THREAD_POOL_SIZE, threads, MHD_OPTION_CONNECTION_LIMIT, (unsigned)256,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)64, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(512 * 1024), MHD_OPTION_END);
    if (!d) {
        cli_say("serve: cannot listen on %s: %s", listen, strerror(errno));
        pthread_key_delete(sv.key);
        answers_free(sv.cache);
        return EXIT_USAGE;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    char host[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &addr.sin_addr, host, sizeof host);
    unsigned port = info ? (unsigned)info->port : 0;
    printf("warta: serving %s on http://%s:%u/api/v1/, the page on http://%s:%u/ (Ctrl-C stops)\n",
           c->db ? c->db : "PostgreSQL", host, port, host, port);
    if (!sv.web[0])
        fprintf(stderr, "warta: the page's files were not found (set WARTA_WEB_DIR; docs/web.md); the API answers\n");
    fflush(stdout);
    int sig;
    sigwait(&stop, &sig);
    MHD_stop_daemon(d);
    pthread_key_delete(sv.key);
    if (sv.cache) {
        unsigned long long hits = 0, misses = 0;
        answers_stats(sv.cache, &hits, &misses);
        fprintf(stderr, "warta: %llu answers from the cache, %llu made\n", hits, misses);
        answers_free(sv.cache);
    }
    fprintf(stderr, "warta: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    return 0;
}
