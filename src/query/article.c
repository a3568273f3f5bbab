/* article.c - one article as a person reads it: its text with every
 * annotated span marked ([words]PER:2, [words]DATE, [words]Q1, [sentence]E3),
 * then its facts under the same labels; or one JSON object whose lists
 * are named (article, entities, mentions, dates, quantities, quotes,
 * events, event_spans, duplicates). */
#include "build.h"

#include <stdlib.h>
#include <string.h>

typedef struct part {
    const char *name, *sql;
} part;

/* ?1 is the article's row id in each. */
static const part PARTS[] = {
    {"article", "SELECT id AS doc, doc_id, url, date AS published, source, topic, title, dateline,"
                " n_sentences AS sentences, n_tokens AS tokens, warta_version, model_version, text"
                " FROM documents WHERE id = ?1"},
    {"entities", "SELECT idx AS entity, name, type, country, role, confidence,"
                 " (SELECT count(*) FROM mentions m WHERE m.entity = e.id) AS mentions"
                 " FROM entities e WHERE doc = ?1 ORDER BY idx"},
    {"mentions", "SELECT e.idx AS entity, m.start, m.\"end\", m.text FROM mentions m JOIN entities e ON e.id = m.entity"
                 " WHERE e.doc = ?1 ORDER BY m.start"},
    {"dates", "SELECT value, start, \"end\", text FROM dates WHERE doc = ?1 ORDER BY start"},
    {"quantities", "SELECT value, unit, object, approx, start, \"end\", text FROM quantities WHERE doc = ?1 ORDER BY start"},
    {"quotes", "SELECT id, speaker, kind, verb, confidence, start, \"end\", text FROM quotes WHERE doc = ?1 ORDER BY start"},
    {"events", "SELECT id, date, type, mode, cameo, actor1, actor1_country, actor2, actor2_country, location,"
               " domains, confidence, start, \"end\" FROM events WHERE doc = ?1 ORDER BY start, id"},
    {"event_spans", "SELECT x.event, x.start, x.\"end\" FROM event_spans x JOIN events e ON e.id = x.event"
                    " WHERE e.doc = ?1 ORDER BY x.start"},
    {"duplicates", "SELECT x.distance, d.id AS doc, d.doc_id, d.source, d.title FROM duplicates x"
                   " JOIN documents d ON d.id = CASE WHEN x.doc = ?1 THEN x.other ELSE x.doc END"
                   " WHERE x.doc = ?1 OR x.other = ?1"},
};
enum { P_ARTICLE, P_ENTITIES, P_MENTIONS, P_DATES, P_QTY, P_QUOTES, P_EVENTS, P_SPANS, P_DUPS, P_COUNT };

/* A mark around a span of the text. */
typedef struct mark {
    long start, end;
    char label[24];
} mark;

static long cell_long(const wt_qresult *r, size_t row, size_t col)
{
    const char *v = wt_qresult_get(r, row, col);
    return v ? atol(v) : -1;
}

/* Where each kind of mark is: its part, the column of its start (its end
 * follows), the column of its reference (-1: the row's place in its list),
 * its kind for a program and its label for a reader. */
static const struct {
    int part, start_col, ref_col;
    const char *kind, *label; /* label NULL: the entity's type */
} MARKED[] = {{P_MENTIONS, 1, 0, "entity", NULL},
              {P_DATES, 1, -1, "date", "DATE"},
              {P_QTY, 4, -1, "quantity", "QTY"},
              {P_QUOTES, 5, 0, "quote", "Q"},
              {P_SPANS, 1, 0, "event", "E"}};

/* The marks: mentions, dates, quantities, quotes and event sentences,
 * labelled for a reader ([words]PER:2, DATE, QTY, Q1, E3) or, refs true,
 * for a program ("entity:2", "date:0", "quantity:0", "quote:1", "event:3";
 * a date or quantity by its place in its list, an entity by its index, a
 * quote or event by its id). */
static size_t collect_marks(wt_qresult *const *p, bool refs, mark **out)
{
    size_t n = 0, k = 0;
    for (size_t i = 0; i < WT_ARRAY_LEN(MARKED); i++)
        n += wt_qresult_nrows(p[MARKED[i].part]);
    mark *m = calloc(n ? n : 1, sizeof *m);
    if (!m)
        return 0;
    for (size_t i = 0; i < WT_ARRAY_LEN(MARKED); i++) {
        const wt_qresult *q = p[MARKED[i].part];
        for (size_t r = 0; r < wt_qresult_nrows(q); r++, k++) {
            size_t col = (size_t)MARKED[i].start_col;
            long ref = MARKED[i].ref_col < 0 ? (long)r : cell_long(q, r, (size_t)MARKED[i].ref_col);
            m[k] = (mark){cell_long(q, r, col), cell_long(q, r, col + 1), ""};
            const char *type = !MARKED[i].label && ref >= 0 && (size_t)ref < wt_qresult_nrows(p[P_ENTITIES])
                                   ? wt_qresult_get(p[P_ENTITIES], (size_t)ref, 2)
                                   : NULL;
            if (refs)
                snprintf(m[k].label, sizeof m[k].label, "%s:%ld", MARKED[i].kind, ref);
            else if (!MARKED[i].label)
                snprintf(m[k].label, sizeof m[k].label, "%s:%ld", type ? type : "", ref);
            else if (MARKED[i].ref_col < 0)
                snprintf(m[k].label, sizeof m[k].label, "%s", MARKED[i].label);
            else
                snprintf(m[k].label, sizeof m[k].label, "%s%ld", MARKED[i].label, ref);
        }
    }
    *out = m;
    return k;
}

static int by_open(const void *a, const void *b)
{
    const mark *x = a, *y = b;
    return x->start != y->start ? (x->start < y->start ? -1 : 1) : x->end != y->end ? (x->end > y->end ? -1 : 1) : 0;
}

static int by_close(const void *a, const void *b)
{
    const mark *x = a, *y = b;
    return x->end != y->end ? (x->end < y->end ? -1 : 1) : x->start != y->start ? (x->start > y->start ? -1 : 1) : 0;
}

/* The text with "[" at each span's start and "]LABEL" at its end. */
static void marked_text(const char *text, mark *m, size_t n, FILE *out)
{
    mark *close = malloc((n ? n : 1) * sizeof *close);
    if (!close) {
        fputs(text, out);
        return;
    }
    memcpy(close, m, n * sizeof *m);
    qsort(m, n, sizeof *m, by_open);
    qsort(close, n, sizeof *close, by_close);
    size_t o = 0, c = 0;
    long len = (long)strlen(text);
    for (long i = 0; i <= len; i++) {
        while (c < n && close[c].end == i)
            fprintf(out, "]%s", close[c++].label);
        while (o < n && m[o].start == i) {
            fputc('[', out);
            o++;
        }
        if (i < len)
            fputc(text[i], out);
    }
    fputc('\n', out);
    free(close);
}

static wt_status write_table_view(wt_qresult *const *p, FILE *out, wt_error *err)
{
    const wt_qresult *a = p[P_ARTICLE];
    for (size_t c = 0; c + 1 < wt_qresult_ncols(a); c++) {
        const char *v = wt_qresult_get(a, 0, c);
        fprintf(out, "%-14s %s\n", wt_qresult_col(a, c), v ? v : "");
    }
    fputc('\n', out);
    mark *m = NULL;
    size_t n = collect_marks(p, false, &m);
    const char *text = wt_qresult_get(a, 0, wt_qresult_ncols(a) - 1);
    marked_text(text ? text : "", m, n, out);
    free(m);
    wt_qwrite w = {.format = WT_QF_TABLE, .wide = true};
    static const int shown[] = {P_ENTITIES, P_DATES, P_QTY, P_QUOTES, P_EVENTS, P_DUPS};
    for (size_t i = 0; i < WT_ARRAY_LEN(shown); i++) {
        const wt_qresult *r = p[shown[i]];
        fprintf(out, "\n== %s (%zu)\n", PARTS[shown[i]].name, wt_qresult_nrows(r));
        if (wt_qresult_nrows(r)) {
            wt_status s = wt_qresult_write(r, &w, out, err);
            if (s != WT_OK)
                return s;
        }
    }
    return WT_OK;
}

static int by_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* "segments": the text cut at every mark's edge, each piece with the
 * marks that cover it, so a page never converts byte offsets. */
static void json_segments(wt_qresult *const *p, const char *text, wt_buf *b)
{
    mark *m = NULL;
    size_t n = collect_marks(p, true, &m);
    long len = (long)strlen(text);
    long *cut = malloc((2 * n + 2) * sizeof *cut);
    wt_buf_putc(b, '[');
    if (cut) {
        size_t nc = 0;
        cut[nc++] = 0;
        cut[nc++] = len;
        for (size_t i = 0; i < n; i++)
            if (m[i].start >= 0 && m[i].end <= len && m[i].start < m[i].end) {
                cut[nc++] = m[i].start;
                cut[nc++] = m[i].end;
            }
        qsort(cut, nc, sizeof *cut, by_long);
        for (size_t i = 0; i + 1 < nc; i++) {
            if (cut[i] == cut[i + 1])
                continue;
            wt_buf_puts(b, b->ptr[b->len - 1] == '[' ? "{\"text\":" : ",{\"text\":");
            wt_json_str(b, text + cut[i], (size_t)(cut[i + 1] - cut[i]));
            wt_buf_puts(b, ",\"marks\":[");
            bool first = true;
            for (size_t j = 0; j < n; j++)
                if (m[j].start <= cut[i] && m[j].end >= cut[i + 1]) {
                    wt_buf_puts(b, first ? "" : ",");
                    wt_json_cstr(b, m[j].label);
                    first = false;
                }
            wt_buf_puts(b, "]}");
        }
    }
    wt_buf_putc(b, ']');
    free(cut);
    free(m);
}

static void write_json_view(wt_qresult *const *p, FILE *out)
{
    wt_buf b;
    wt_buf_init(&b, 0);
    wt_buf_putc(&b, '{');
    for (size_t i = 0; i < P_COUNT; i++) {
        wt_buf_printf(&b, "%s\"%s\":", i ? "," : "", PARTS[i].name);
        if (i == P_ARTICLE) {
            wt_buf tmp;
            wt_buf_init(&tmp, 0);
            qresult_json_array(p[i], &tmp);
            /* one article: the object, not a list of one */
            if (tmp.len > 2)
                wt_buf_put(&b, tmp.ptr + 1, tmp.len - 2);
            else
                wt_buf_puts(&b, "null");
            wt_buf_free(&tmp);
        } else
            qresult_json_array(p[i], &b);
    }
    const char *text = wt_qresult_nrows(p[P_ARTICLE]) ? wt_qresult_get(p[P_ARTICLE], 0, wt_qresult_ncols(p[P_ARTICLE]) - 1) : NULL;
    wt_buf_puts(&b, ",\"segments\":");
    json_segments(p, text ? text : "", &b);
    wt_buf_puts(&b, "}\n");
    fwrite(b.ptr, 1, b.len, out);
    wt_buf_free(&b);
}

wt_status wt_db_article(wt_db *db, const char *key, wt_qformat format, FILE *out, wt_error *err)
{
    long long id;
    wt_status s = qfind_doc(db, key, &id, err);
    if (s != WT_OK)
        return s;
    wt_qresult *p[P_COUNT] = {0};
    for (size_t i = 0; s == WT_OK && i < P_COUNT; i++) {
        qsql q;
        qsql_init(&q);
        /* each statement refers to ?1 only: bind it once */
        qsql_put(&q, PARTS[i].sql);
        q.p[0] = (qparam){QP_INT, NULL, id, 0};
        q.n = 1;
        p[i] = qresult_new(PARTS[i].name);
        s = p[i] ? db->be->run(db->ctx, &q, p[i], err) : wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
        qsql_free(&q);
    }
    if (s == WT_OK && (format == WT_QF_JSON || format == WT_QF_JSONL))
        write_json_view(p, out);
    else if (s == WT_OK && format == WT_QF_TABLE)
        s = write_table_view(p, out, err);
    else if (s == WT_OK)
        s = wt_fail(err, WT_EUSAGE, "--format", 0, -1, "an article is written as a table or JSON");
    for (size_t i = 0; i < P_COUNT; i++)
        wt_qresult_free(p[i]);
    return s;
}
