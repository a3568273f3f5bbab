/* clean.c - the cleaning stage: encoding repair, paragraphs restored, leftover
 * lines dropped, dateline and agency split off, title found. Each pass is a
 * rewriter; their offset maps are composed so that every offset of the clean
 * text maps back to the raw input. */
#include "clean.h"

#include "../lexicon/lexicon.h"
#include "encoding.h"
#include "lines.h"
#include "repair.h"

#include <string.h>


/* Runs one pass over *text with map *map (text -> raw), replacing both. */
typedef bool (*pass_fn)(void *ctx, const char *s, size_t n, wt_rewriter *rw);

static bool run_pass(wt_buf *text, wt_offmap *map, pass_fn fn, void *ctx)
{
    wt_rewriter rw;
    wt_rw_init(&rw, 0);
    if (!fn(ctx, text->ptr ? text->ptr : "", text->len, &rw)) {
        wt_rw_free(&rw);
        return false;
    }
    wt_offmap composed;
    if (!wt_offmap_compose(&rw.map, map, &composed)) {
        wt_rw_free(&rw);
        return false;
    }
    wt_offmap_free(map);
    *map = composed;
    wt_buf_free(text);
    *text = rw.out;
    wt_offmap_free(&rw.map);
    return true;
}

typedef struct enc_ctx {
    const wt_charsets *charsets;
    wt_fixes fixes;
} enc_ctx;

static bool pass_encoding(void *ctx, const char *s, size_t n, wt_rewriter *rw)
{
    enc_ctx *c = ctx;
    return wt_repair_encoding(c->charsets, s, n, rw, &c->fixes);
}

static bool pass_unjoin(void *ctx, const char *s, size_t n, wt_rewriter *rw)
{
    (void)ctx;
    return wt_unjoin_paragraphs(s, n, rw);
}

typedef struct lines_ctx {
    const wt_boilerplate *bp;
    wt_doc *doc;
    bool find_title;
} lines_ctx;

static bool pass_lines(void *ctx, const char *s, size_t n, wt_rewriter *rw)
{
    lines_ctx *c = ctx;
    return wt_clean_lines(c->bp, c->doc, s, n, c->find_title, rw);
}

typedef struct repair_ctx {
    const wt_repairer *repairer;
    wt_fixes fixes;
    wt_buf input; /* the text the pass read, for the originals */
} repair_ctx;

static bool pass_repair(void *ctx, const char *s, size_t n, wt_rewriter *rw)
{
    repair_ctx *c = ctx;
    if (!wt_buf_put(&c->input, s, n))
        return false;
    return wt_repair_words(c->repairer, s, n, rw, &c->fixes);
}

/* Maps an offset of the raw text forward to the clean text (the inverse of
 * wt_offmap_to_raw; inside a replaced span, its start). */
static size_t to_clean(const wt_offmap *m, size_t raw)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) { /* first edit with raw_start > raw */
        size_t mid = (lo + hi) / 2;
        if (m->edits[mid].raw_start <= raw)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return raw;
    const wt_edit *e = &m->edits[lo - 1];
    if (raw < e->raw_end)
        return e->start;
    return e->end + (raw - e->raw_end);
}

bool wt_clean(const wt_cleaner *cl, wt_doc *doc, const char *s, size_t n, bool split_title, wt_rewriter *rw)
{
    wt_buf text;
    wt_buf_init(&text, 0);
    wt_offmap map = {0};
    enc_ctx enc = {cl->charsets, {0}};
    lines_ctx lc = {cl->boilerplate, doc, split_title};
    repair_ctx rep = {cl->repairer, {0}, {0}};
    bool ok = wt_buf_put(&text, s, n) && run_pass(&text, &map, pass_encoding, &enc) &&
              run_pass(&text, &map, pass_unjoin, NULL) && run_pass(&text, &map, pass_lines, &lc) &&
              run_pass(&text, &map, pass_repair, &rep);
    if (ok) {
        /* repairs, with offsets in the clean text */
        size_t cap = 0;
        for (size_t i = 0; i < enc.fixes.n; i++) {
            const wt_fix *f = &enc.fixes.v[i];
            size_t cs = to_clean(&map, f->in_start);
            size_t ce = to_clean(&map, f->in_end);
            if (ce <= cs && f->out_end > f->out_start)
                continue; /* the line it was on was dropped */
            wt_repair *r = WT_VEC_PUSH(doc->arena, doc->repairs, doc->n_repairs, cap);
            if (!r) {
                ok = false;
                break;
            }
            r->start = (uint32_t)cs;
            r->end = (uint32_t)ce;
            r->kind = f->kind;
            r->original = wt_arena_strndup(doc->arena, s + f->in_start, f->in_end - f->in_start);
            r->replacement = wt_arena_strndup(doc->arena, text.ptr + cs, ce - cs);
        }
        /* the repair pass is the last: its output spans are final */
        for (size_t i = 0; ok && i < rep.fixes.n; i++) {
            const wt_fix *f = &rep.fixes.v[i];
            wt_repair *r = WT_VEC_PUSH(doc->arena, doc->repairs, doc->n_repairs, cap);
            if (!r) {
                ok = false;
                break;
            }
            r->start = f->out_start;
            r->end = f->out_end;
            r->kind = f->kind;
            r->original = wt_arena_strndup(doc->arena, rep.input.ptr + f->in_start, f->in_end - f->in_start);
            r->replacement = wt_arena_strndup(doc->arena, text.ptr + f->out_start, f->out_end - f->out_start);
        }
    }
    if (ok) {
        rw->out = text;
        rw->map = map;
        rw->in_pos = n;
    } else {
        wt_buf_free(&text);
        wt_offmap_free(&map);
    }
    wt_fixes_free(&enc.fixes);
    wt_fixes_free(&rep.fixes);
    wt_buf_free(&rep.input);
    return ok;
}
