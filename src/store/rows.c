/* rows.c - a document as the rows of the store's tables, the same for
 * every store: SQLite (store.c) and PostgreSQL (pg.c) only say how a row
 * is written and which id it got. Columns are in the order of rows.h. */
#include "rows.h"

#include "../export/export.h"
#include "../facts/facts.h"

#include <string.h>

static wt_val text(const char *s) { return s ? (wt_val){WT_V_TEXT, 0, 0, s, strlen(s)} : (wt_val){WT_V_NULL, 0, 0, NULL, 0}; }
static wt_val bytes(const char *s, size_t n) { return (wt_val){WT_V_TEXT, 0, 0, s, n}; }
static wt_val num(long long i) { return (wt_val){WT_V_INT, i, 0, NULL, 0}; }
static wt_val real(double d) { return (wt_val){WT_V_REAL, 0, d, NULL, 0}; }
static wt_val null(void) { return (wt_val){WT_V_NULL, 0, 0, NULL, 0}; }

/* The document's text [start, end), or NULL when the span is not in it. */
static wt_val span(const wt_doc *d, size_t start, size_t end)
{
    return start < end && end <= d->text_len ? bytes(d->text + start, end - start) : null();
}

wt_status wt_rows_document(const wt_doc *d, const wt_rows *w, long long *id, wt_error *err)
{
    wt_buf meta, warn, map;
    wt_buf_init(&meta, 0);
    wt_buf_init(&warn, 0);
    wt_buf_init(&map, 0);
    wt_record_meta(&meta, d);
    wt_record_warnings(&warn, d);
    wt_record_source_map(&map, d);
    wt_status s;
    if (meta.oom || warn.oom || map.oom)
        s = wt_fail(err, WT_ENOMEM, d->origin, 0, -1, "out of memory");
    else {
        wt_val v[] = {text(d->hash), text(d->id), text(d->origin), text(d->source), text(d->url), text(d->title),
                      text(d->date), text(d->dateline), bytes(d->text, d->text_len), text(meta.ptr), text(warn.ptr),
                      text(map.ptr), num((long long)d->n_paragraphs), num((long long)d->n_sentences),
                      num((long long)d->n_tokens), text(d->agency), d->simhash ? num((long long)d->simhash) : null(),
                      text(d->warta_version), text(d->model_version), text(d->topic),
                      d->topic ? real(d->topic_p) : null()};
        s = w->put(w->ctx, WT_R_DOC, v, WT_ARRAY_LEN(v), id, err);
    }
    wt_buf_free(&meta);
    wt_buf_free(&warn);
    wt_buf_free(&map);
    return s;
}

static wt_status sentences(const wt_doc *d, long long doc, const wt_rows *w, wt_error *err)
{
    wt_status s = WT_OK;
    for (size_t i = 0; i < d->n_sentences && s == WT_OK; i++) {
        const wt_sentence *se = &d->sentences[i];
        wt_buf syn;
        wt_buf_init(&syn, 0);
        if (d->deps)
            wt_put_syntax(&syn, d, se);
        if (syn.oom)
            s = wt_fail(err, WT_ENOMEM, d->origin, 0, -1, "out of memory");
        else {
            wt_val v[] = {num(doc), num((long long)i), num(se->start), num(se->end), num(se->paragraph),
                          d->deps ? bytes(syn.ptr ? syn.ptr : "", syn.len) : null()};
            s = w->put(w->ctx, WT_R_SENT, v, WT_ARRAY_LEN(v), NULL, err);
        }
        wt_buf_free(&syn);
    }
    return s;
}

/* Entities and their mentions; ids[i] is entity i's row id. */
static wt_status entities(const wt_doc *d, long long doc, const wt_rows *w, long long *ids, wt_error *err)
{
    for (size_t i = 0; i < d->n_entities; i++) {
        const wt_entity *e = &d->entities[i];
        wt_val v[] = {num(doc), num((long long)i), text(wt_ent_type_name(e->type)), text(e->name ? e->name : ""),
                      text(e->country), text(e->role), real(e->confidence)};
        wt_status s = w->put(w->ctx, WT_R_ENT, v, WT_ARRAY_LEN(v), &ids[i], err);
        for (size_t k = 0; k < e->n_mentions && s == WT_OK; k++) {
            wt_val m[] = {num(ids[i]), num(e->mentions[k].start), num(e->mentions[k].end),
                          span(d, e->mentions[k].start, e->mentions[k].end)};
            s = w->put(w->ctx, WT_R_MENTION, m, WT_ARRAY_LEN(m), NULL, err);
        }
        if (s != WT_OK)
            return s;
    }
    return WT_OK;
}

static wt_status dates_and_quantities(const wt_doc *d, long long doc, const wt_rows *w, wt_error *err)
{
    wt_status s = WT_OK;
    for (size_t i = 0; i < d->n_dates && s == WT_OK; i++) {
        const wt_date *x = &d->dates[i];
        wt_val v[] = {num(doc), num(x->start), num(x->end), text(x->value ? x->value : ""), span(d, x->start, x->end)};
        s = w->put(w->ctx, WT_R_DATE, v, WT_ARRAY_LEN(v), NULL, err);
    }
    for (size_t i = 0; i < d->n_quantities && s == WT_OK; i++) {
        const wt_quantity *q = &d->quantities[i];
        wt_val v[] = {num(doc),      num(q->start),   num(q->end),       real(q->value),
                      text(q->unit), text(q->object), text(q->approx),   span(d, q->start, q->end)};
        s = w->put(w->ctx, WT_R_QTY, v, WT_ARRAY_LEN(v), NULL, err);
    }
    return s;
}

static wt_val entity_id(const wt_doc *d, const long long *ids, int i)
{
    return i >= 0 && (size_t)i < d->n_entities ? num(ids[i]) : null();
}

static wt_status quotes(const wt_doc *d, long long doc, const wt_rows *w, const long long *ids, wt_error *err)
{
    wt_status s = WT_OK;
    for (size_t i = 0; i < d->n_quotes && s == WT_OK; i++) {
        const wt_quote *q = &d->quotes[i];
        bool cue = q->cue_end > q->cue_start;
        wt_val v[] = {num(doc),
                      num(q->start),
                      num(q->end),
                      bytes(d->text + q->start, q->end - q->start),
                      text(q->speaker_name),
                      text(q->verb),
                      entity_id(d, ids, q->speaker),
                      text(q->kind),
                      cue ? num(q->cue_start) : null(),
                      cue ? num(q->cue_end) : null(),
                      real(q->confidence)};
        s = w->put(w->ctx, WT_R_QUOTE, v, WT_ARRAY_LEN(v), NULL, err);
    }
    return s;
}

/* One event's row, then its spans and domains. */
static wt_status event(const wt_doc *d, long long doc, const wt_rows *w, const long long *ids, const wt_event *e,
                       const char *domains, wt_error *err)
{
    char lo[11], hi[11];
    bool dated = wt_date_bounds(e->date, lo, hi);
    wt_val v[] = {num(doc),
                  text(e->type ? e->type : ""),
                  text(e->mode),
                  text(e->cameo),
                  text(e->actor1.name),
                  text(e->actor1.country),
                  text(e->actor2.name),
                  text(e->actor2.country),
                  text(e->date),
                  text(e->location),
                  text(domains),
                  entity_id(d, ids, e->actor1.entity),
                  entity_id(d, ids, e->actor2.entity),
                  num(e->n_spans ? e->spans[0].start : 0),
                  num(e->n_spans ? e->spans[0].end : 0),
                  real(e->confidence),
                  e->n_spans ? span(d, e->spans[0].start, e->spans[0].end) : null(),
                  dated ? text(lo) : null(),
                  dated ? text(hi) : null()};
    long long ev;
    wt_status s = w->put(w->ctx, WT_R_EVENT, v, WT_ARRAY_LEN(v), &ev, err);
    for (size_t k = 0; k < e->n_spans && s == WT_OK; k++) {
        wt_val x[] = {num(ev), num(e->spans[k].start), num(e->spans[k].end)};
        s = w->put(w->ctx, WT_R_EVSPAN, x, WT_ARRAY_LEN(x), NULL, err);
    }
    for (const char *p = domains; s == WT_OK && p && *p;) {
        size_t n = strcspn(p, ",");
        wt_val x[] = {num(ev), bytes(p, n)};
        if (n)
            s = w->put(w->ctx, WT_R_EVDOMAIN, x, WT_ARRAY_LEN(x), NULL, err);
        p += n + (p[n] == ',');
    }
    return s;
}

wt_status wt_rows_annotations(const wt_doc *d, long long doc, const wt_rows *w, wt_error *err)
{
    long long *ids = wt_arena_alloc(d->arena, (d->n_entities ? d->n_entities : 1) * sizeof *ids);
    if (!ids)
        return wt_fail(err, WT_ENOMEM, d->origin, 0, -1, "out of memory");
    wt_status s = sentences(d, doc, w, err);
    if (s == WT_OK)
        s = entities(d, doc, w, ids, err);
    if (s == WT_OK)
        s = dates_and_quantities(d, doc, w, err);
    if (s == WT_OK)
        s = quotes(d, doc, w, ids, err);
    for (size_t i = 0; i < d->n_events && s == WT_OK; i++) {
        wt_buf dom;
        wt_buf_init(&dom, 0);
        wt_record_domains(&dom, &d->events[i], false);
        s = dom.oom ? wt_fail(err, WT_ENOMEM, d->origin, 0, -1, "out of memory")
                    : event(d, doc, w, ids, &d->events[i], dom.ptr ? dom.ptr : "", err);
        wt_buf_free(&dom);
    }
    return s;
}

wt_status wt_rows_repairs(const wt_doc *d, long long doc, const wt_rows *w, wt_error *err)
{
    wt_status s = WT_OK;
    for (size_t i = 0; i < d->n_repairs && s == WT_OK; i++) {
        const wt_repair *r = &d->repairs[i];
        wt_val v[] = {num(doc), num(r->start), num(r->end), text(r->kind), text(r->original), text(r->replacement)};
        s = w->put(w->ctx, WT_R_REPAIR, v, WT_ARRAY_LEN(v), NULL, err);
    }
    return s;
}
