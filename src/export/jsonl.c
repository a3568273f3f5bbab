/* jsonl.c - one document as one line of JSON (docs/schema.md). */
#include "export.h"

#include <stdlib.h>
#include <string.h>

#define KEY(b, k) wt_buf_puts((b), ",\"" k "\":")

static void put_span(wt_buf *b, uint32_t s, uint32_t e)
{
    wt_buf_puts(b, "\"start\":");
    wt_buf_putu(b, s);
    wt_buf_puts(b, ",\"end\":");
    wt_buf_putu(b, e);
}

/* [a,b], after a comma unless it is the first of its list */
static void put_pair(wt_buf *b, bool first, uint32_t a, uint32_t c)
{
    wt_buf_puts(b, first ? "[" : ",[");
    wt_buf_putu(b, a);
    wt_buf_putc(b, ',');
    wt_buf_putu(b, c);
    wt_buf_putc(b, ']');
}

void wt_put_syntax(wt_buf *b, const wt_doc *d, const wt_sentence *s)
{
    static const char *const KEYS[] = {"{\"upos\":[", "],\"head\":[", "],\"rel\":["};
    for (int part = 0; part < 3; part++) {
        wt_buf_puts(b, KEYS[part]);
        for (uint32_t i = s->tok_begin; i < s->tok_end; i++) {
            const wt_dep *x = &d->deps[i];
            if (i > s->tok_begin)
                wt_buf_putc(b, ',');
            if (part == 1)
                wt_buf_putu(b, x->head < 0 ? 0 : (uint64_t)(x->head - (int32_t)s->tok_begin + 1));
            else
                wt_json_cstr(b, part == 0 ? x->upos : x->rel);
        }
    }
    wt_buf_puts(b, "]}");
}

static void put_tokens(wt_buf *b, const wt_doc *d, const wt_sentence *s)
{
    wt_buf_puts(b, ",\"tokens\":[");
    for (uint32_t i = s->tok_begin; i < s->tok_end; i++) {
        const wt_token *t = &d->tokens[i];
        wt_buf_puts(b, i > s->tok_begin ? ",[" : "[");
        wt_buf_putu(b, t->start);
        wt_buf_putc(b, ',');
        wt_buf_putu(b, t->end);
        wt_buf_puts(b, ",\"");
        wt_buf_puts(b, wt_token_kind_name(t->kind));
        wt_buf_putc(b, '"');
        if (t->flags & (WT_TF_REDUP | WT_TF_CLITIC)) {
            wt_buf_puts(b, ",[");
            bool first = true;
            if (t->flags & WT_TF_REDUP) {
                wt_buf_puts(b, "\"redup\"");
                first = false;
            }
            if (t->flags & WT_TF_CLITIC) {
                wt_buf_printf(b, "%s\"clitic:", first ? "" : ",");
                wt_buf_put(b, d->text + t->end - t->clitic_len, t->clitic_len);
                wt_buf_putc(b, '"');
            }
            wt_buf_putc(b, ']');
        }
        wt_buf_putc(b, ']');
    }
    wt_buf_putc(b, ']');
}

static void put_actor(wt_buf *b, const wt_event_actor *a)
{
    wt_buf_puts(b, "{\"name\":");
    wt_json_cstr(b, a->name);
    wt_buf_puts(b, ",\"country\":");
    wt_json_cstr(b, a->country);
    wt_buf_putc(b, '}');
}

bool wt_doc_to_json(const wt_doc *d, const wt_options *o, wt_buf *b)
{
    wt_buf_puts(b, "{\"id\":");
    wt_json_cstr(b, d->id);
    KEY(b, "source");
    wt_json_cstr(b, d->source);
    KEY(b, "origin");
    wt_json_cstr(b, d->origin);
    KEY(b, "url");
    wt_json_cstr(b, d->url);
    KEY(b, "title");
    wt_json_cstr(b, d->title);
    KEY(b, "date");
    wt_json_cstr(b, d->date);
    KEY(b, "dateline");
    wt_json_cstr(b, d->dateline);
    KEY(b, "agency");
    wt_json_cstr(b, d->agency);
    KEY(b, "hash");
    wt_json_cstr(b, d->hash);
    KEY(b, "warta_version");
    wt_json_cstr(b, d->warta_version);
    KEY(b, "model_version");
    wt_json_cstr(b, d->model_version);
    KEY(b, "topic");
    if (d->topic) {
        wt_buf_puts(b, "{\"label\":");
        wt_json_cstr(b, d->topic);
        wt_buf_printf(b, ",\"p\":%.3f}", d->topic_p);
    } else {
        wt_buf_puts(b, "null");
    }
    KEY(b, "simhash");
    if (d->simhash)
        wt_buf_printf(b, "\"%016llx\"", (unsigned long long)d->simhash);
    else
        wt_buf_puts(b, "null");
    KEY(b, "text");
    wt_json_str(b, d->text, d->text_len);

    KEY(b, "paragraphs");
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_paragraphs; i++)
        put_pair(b, i == 0, d->paragraphs[i].start, d->paragraphs[i].end);
    wt_buf_putc(b, ']');

    KEY(b, "sentences");
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_sentences; i++) {
        const wt_sentence *s = &d->sentences[i];
        wt_buf_puts(b, i ? ",{" : "{");
        put_span(b, s->start, s->end);
        KEY(b, "paragraph");
        wt_buf_putu(b, s->paragraph);
        if (!o || o->emit_tokens)
            put_tokens(b, d, s);
        if (d->deps && (!o || o->emit_tokens)) {
            KEY(b, "syntax");
            wt_put_syntax(b, d, s);
        }
        wt_buf_putc(b, '}');
    }
    wt_buf_putc(b, ']');

    KEY(b, "entities");
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_entities; i++) {
        const wt_entity *e = &d->entities[i];
        wt_buf_puts(b, i ? ",{\"type\":\"" : "{\"type\":\"");
        wt_buf_puts(b, wt_ent_type_name(e->type));
        wt_buf_puts(b, "\",\"name\":");
        wt_json_cstr(b, e->name);
        KEY(b, "country");
        wt_json_cstr(b, e->country);
        KEY(b, "role");
        wt_json_cstr(b, e->role);
        wt_buf_printf(b, ",\"confidence\":%.2f", e->confidence);
        KEY(b, "mentions");
        wt_buf_putc(b, '[');
        for (size_t k = 0; k < e->n_mentions; k++)
            put_pair(b, k == 0, e->mentions[k].start, e->mentions[k].end);
        wt_buf_puts(b, "]}");
    }
    wt_buf_putc(b, ']');

    KEY(b, "dates");
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_dates; i++) {
        wt_buf_puts(b, i ? ",{\"value\":" : "{\"value\":");
        wt_json_cstr(b, d->dates[i].value);
        wt_buf_putc(b, ',');
        put_span(b, d->dates[i].start, d->dates[i].end);
        wt_buf_putc(b, '}');
    }
    wt_buf_putc(b, ']');

    KEY(b, "quantities");
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_quantities; i++) {
        const wt_quantity *q = &d->quantities[i];
        wt_buf_printf(b, "%s{\"value\":%.17g,\"unit\":", i ? "," : "", q->value);
        wt_json_cstr(b, q->unit);
        KEY(b, "object");
        wt_json_cstr(b, q->object);
        KEY(b, "approx");
        wt_json_cstr(b, q->approx);
        wt_buf_putc(b, ',');
        put_span(b, q->start, q->end);
        wt_buf_putc(b, '}');
    }
    wt_buf_putc(b, ']');

    KEY(b, "quotes");
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_quotes; i++) {
        const wt_quote *q = &d->quotes[i];
        wt_buf_puts(b, i ? ",{\"text\":" : "{\"text\":");
        wt_json_str(b, d->text + q->start, q->end - q->start);
        KEY(b, "speaker");
        wt_json_cstr(b, q->speaker_name);
        KEY(b, "verb");
        wt_json_cstr(b, q->verb);
        KEY(b, "kind");
        wt_json_cstr(b, q->kind);
        if (q->speaker >= 0)
            wt_buf_printf(b, ",\"entity\":%d", q->speaker);
        if (q->cue_end > q->cue_start)
            wt_buf_printf(b, ",\"cue\":[%u,%u]", q->cue_start, q->cue_end);
        wt_buf_printf(b, ",\"confidence\":%.2f", q->confidence);
        wt_buf_putc(b, ',');
        put_span(b, q->start, q->end);
        wt_buf_putc(b, '}');
    }
    wt_buf_putc(b, ']');

    KEY(b, "events");
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        wt_buf_puts(b, i ? ",{\"type\":" : "{\"type\":");
        wt_json_cstr(b, e->type);
        KEY(b, "mode");
        wt_json_cstr(b, e->mode);
        KEY(b, "cameo");
        wt_json_cstr(b, e->cameo);
        KEY(b, "actor1");
        put_actor(b, &e->actor1);
        KEY(b, "actor2");
        put_actor(b, &e->actor2);
        KEY(b, "date");
        wt_json_cstr(b, e->date);
        KEY(b, "location");
        wt_json_cstr(b, e->location);
        KEY(b, "domains");
        wt_record_domains(b, e, true);
        wt_buf_printf(b, ",\"confidence\":%.2f", e->confidence);
        wt_buf_puts(b, ",\"spans\":[");
        for (size_t k = 0; k < e->n_spans; k++)
            put_pair(b, k == 0, e->spans[k].start, e->spans[k].end);
        wt_buf_puts(b, "]}");
    }
    wt_buf_putc(b, ']');

    KEY(b, "repairs");
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_repairs; i++) {
        const wt_repair *r = &d->repairs[i];
        wt_buf_puts(b, i ? ",{\"kind\":" : "{\"kind\":");
        wt_json_cstr(b, r->kind);
        KEY(b, "original");
        wt_json_cstr(b, r->original);
        KEY(b, "replacement");
        wt_json_cstr(b, r->replacement);
        wt_buf_putc(b, ',');
        put_span(b, r->start, r->end);
        wt_buf_putc(b, '}');
    }
    wt_buf_putc(b, ']');

    KEY(b, "source_map");
    wt_record_source_map(b, d);
    KEY(b, "meta");
    wt_record_meta(b, d);
    KEY(b, "warnings");
    wt_record_warnings(b, d);
    wt_buf_puts(b, "}\n");
    return !b->oom;
}

char *wt_doc_json(const wt_doc *doc, const wt_options *o, size_t *len)
{
    wt_buf b;
    wt_buf_init(&b, 0);
    if (!wt_buf_reserve(&b, doc->text_len * 2 + 4096) || !wt_doc_to_json(doc, o, &b) || !wt_buf_putc(&b, 0)) {
        wt_buf_free(&b);
        return NULL;
    }
    if (len)
        *len = b.len - 1;
    return b.ptr;
}

int wt_doc_write_json(const wt_doc *doc, const wt_options *o, FILE *out)
{
    size_t len;
    char *json = wt_doc_json(doc, o, &len);
    int rc = json && fwrite(json, 1, len, out) == len ? 0 : -1;
    free(json);
    return rc;
}

void wt_free(void *p) { free(p); }
