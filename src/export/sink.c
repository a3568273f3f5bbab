/* sink.c - wt_sink: the one interface every output of records goes
 * through (JSON Lines and the SQLite store now; PostgreSQL and HTTP next).
 * A sink may render a record in the worker that made it (render: JSON)
 * and takes records in input order on the calling thread (put). */
#include "export.h"

#include "../store/pg.h"

#include <stdlib.h>
#include <string.h>

struct wt_sink {
    const char *name;
    /* may be NULL; called in worker threads, so it only reads the sink */
    bool (*render)(const wt_sink *s, const wt_doc *d, wt_buf *out);
    wt_status (*put)(wt_sink *s, const wt_doc *d, const char *rendered, size_t len, int *added, wt_error *err);
    int (*has)(wt_sink *s, const char *hash);
    wt_status (*close)(wt_sink *s, wt_error *err);
    /* JSON Lines */
    FILE *out;
    wt_options opt;
    wt_buf buf;
    /* SQLite */
    wt_store *store;
    /* PostgreSQL */
    wt_pgstore *pg;
};

static bool jsonl_render(const wt_sink *s, const wt_doc *d, wt_buf *out)
{
    wt_buf_clear(out);
    out->oom = false;
    return wt_doc_to_json(d, &s->opt, out);
}

static wt_status jsonl_put(wt_sink *s, const wt_doc *d, const char *rendered, size_t len, int *added, wt_error *err)
{
    *added = 0;
    if (!rendered) {
        if (!s->render(s, d, &s->buf))
            return wt_fail(err, WT_ENOMEM, d->origin, 0, -1, "out of memory writing JSON");
        rendered = s->buf.ptr;
        len = s->buf.len;
    }
    if (fwrite(rendered, 1, len, s->out) != len)
        return wt_fail(err, WT_EIO, "standard output", 0, -1, "cannot write the output");
    *added = 1;
    return WT_OK;
}

static wt_status jsonl_close(wt_sink *s, wt_error *err)
{
    wt_buf_free(&s->buf);
    return fflush(s->out) == 0 ? WT_OK : wt_fail(err, WT_EIO, "standard output", 0, -1, "cannot write the output");
}

wt_sink *wt_sink_jsonl(FILE *out, const wt_options *o)
{
    wt_sink *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->name = "jsonl";
    s->render = jsonl_render;
    s->put = jsonl_put;
    s->close = jsonl_close;
    s->out = out;
    if (o)
        s->opt = *o;
    else
        wt_options_init(&s->opt);
    wt_buf_init(&s->buf, 0);
    return s;
}

/* ---- CoNLL-U: each sentence with Warta's own tokens, their tags and
 * tree; MISC holds the token's byte range in the clean text ---- */

static void conllu_field(wt_buf *b, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        wt_buf_putc(b, p[i] == '\t' || p[i] == '\n' || p[i] == '\r' ? ' ' : p[i]);
}

static bool conllu_render(const wt_sink *s, const wt_doc *d, wt_buf *b)
{
    (void)s;
    wt_buf_clear(b);
    b->oom = false;
    const char *id = d->id ? d->id : d->origin ? d->origin : d->hash;
    wt_buf_puts(b, "# newdoc id = ");
    conllu_field(b, id, strlen(id));
    wt_buf_putc(b, '\n');
    for (size_t i = 0; i < d->n_sentences; i++) {
        const wt_sentence *st = &d->sentences[i];
        wt_buf_puts(b, "# sent_id = ");
        conllu_field(b, id, strlen(id));
        wt_buf_printf(b, "-%zu\n# text = ", i + 1);
        conllu_field(b, d->text + st->start, st->end - st->start);
        wt_buf_putc(b, '\n');
        for (uint32_t t = st->tok_begin; t < st->tok_end; t++) {
            const wt_token *k = &d->tokens[t];
            const wt_dep *x = d->deps ? &d->deps[t] : NULL;
            wt_buf_printf(b, "%u\t", t - st->tok_begin + 1);
            conllu_field(b, d->text + k->start, k->end - k->start);
            wt_buf_printf(b, "\t_\t%s\t_\t_\t", x ? x->upos : "_");
            if (x)
                wt_buf_printf(b, "%d\t%s", x->head < 0 ? 0 : x->head - (int32_t)st->tok_begin + 1, x->rel);
            else
                wt_buf_puts(b, "_\t_");
            bool glued = t + 1 < st->tok_end && d->tokens[t + 1].start == k->end;
            wt_buf_printf(b, "\t_\t%sTokenRange=%u:%u\n", glued ? "SpaceAfter=No|" : "", k->start, k->end);
        }
        wt_buf_putc(b, '\n');
    }
    return !b->oom;
}

wt_sink *wt_sink_conllu(FILE *out)
{
    wt_sink *s = wt_sink_jsonl(out, NULL);
    if (s) {
        s->name = "conllu";
        s->render = conllu_render;
    }
    return s;
}

static wt_status store_put(wt_sink *s, const wt_doc *d, const char *rendered, size_t len, int *added, wt_error *err)
{
    (void)rendered;
    (void)len;
    return wt_store_add(s->store, d, added, err);
}

static int store_has(wt_sink *s, const char *hash) { return wt_store_has(s->store, hash); }

static wt_status store_close(wt_sink *s, wt_error *err)
{
    wt_status st = wt_store_flush(s->store, err);
    wt_store_close(s->store);
    return st;
}

wt_status wt_sink_sqlite(const char *path, wt_sink **out, wt_error *err)
{
    *out = NULL;
    wt_sink *s = calloc(1, sizeof *s);
    if (!s)
        return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    wt_status st = wt_store_open(path, &s->store, err);
    if (st != WT_OK) {
        free(s);
        return st;
    }
    s->name = "sqlite";
    s->put = store_put;
    s->has = store_has;
    s->close = store_close;
    *out = s;
    return WT_OK;
}

static wt_status pg_put(wt_sink *s, const wt_doc *d, const char *rendered, size_t len, int *added, wt_error *err)
{
    (void)rendered;
    (void)len;
    return wt_pgstore_add(s->pg, d, added, err);
}

static int pg_has(wt_sink *s, const char *hash) { return wt_pgstore_has(s->pg, hash); }

static wt_status pg_close(wt_sink *s, wt_error *err)
{
    wt_status st = wt_pgstore_flush(s->pg, err);
    wt_pgstore_close(s->pg);
    return st;
}

wt_status wt_sink_pg(const char *conninfo, wt_sink **out, wt_error *err)
{
    *out = NULL;
    wt_sink *s = calloc(1, sizeof *s);
    if (!s)
        return wt_fail(err, WT_ENOMEM, "postgresql", 0, -1, "out of memory");
    wt_status st = wt_pgstore_open(conninfo, &s->pg, err);
    if (st != WT_OK) {
        free(s);
        return st;
    }
    s->name = "postgresql";
    s->put = pg_put;
    s->has = pg_has;
    s->close = pg_close;
    *out = s;
    return WT_OK;
}

bool wt_sink_render(const wt_sink *s, const wt_doc *d, wt_buf *out)
{
    return !s->render || s->render(s, d, out);
}

bool wt_sink_renders(const wt_sink *s) { return s->render != NULL; }

int wt_sink_has(wt_sink *s, const char *hash) { return s->has ? s->has(s, hash) : 0; }

wt_status wt_sink_write(wt_sink *s, const wt_job *job, int *added, wt_error *err)
{
    return s->put(s, job->doc, job->json, job->json_len, added, err);
}

wt_status wt_sink_write_doc(wt_sink *s, const wt_doc *d, int *added, wt_error *err)
{
    return s->put(s, d, NULL, 0, added, err);
}

wt_status wt_sink_close(wt_sink *s, wt_error *err)
{
    if (!s)
        return WT_OK;
    wt_status st = s->close(s, err);
    free(s);
    return st;
}
