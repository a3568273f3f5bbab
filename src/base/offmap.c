/* offmap.c - maps offsets in rewritten text back to the text it came from.
 *
 * A map is a sorted list of edits: output [start,end) replaced input
 * [raw_start,raw_end). Between edits, output and input are equal up to a
 * constant shift. An empty map is the identity. */
#include "base.h"

#include <stdlib.h>
#include <string.h>

bool wt_offmap_push(wt_offmap *m, uint32_t start, uint32_t end, uint32_t rs, uint32_t re)
{
    if (!wt_heap_grow(&m->edits, m->n, &m->cap, sizeof *m->edits))
        return false;
    /* Merge with a directly preceding edit. */
    if (m->n) {
        wt_edit *last = &m->edits[m->n - 1];
        /* only deletions merge: replacements stay apart so that each
         * replaced text still maps to its own raw bytes */
        if (last->end == last->start && start == end && last->end == start && last->raw_end == rs) {
            last->end = end;
            last->raw_end = re;
            return true;
        }
    }
    m->edits[m->n++] = (wt_edit){start, end, rs, re};
    return true;
}

void wt_offmap_free(wt_offmap *m)
{
    free(m->edits);
    m->edits = NULL;
    m->n = m->cap = 0;
}

/* Index of the last edit with start <= off, or -1. */
static long find_edit(const wt_offmap *m, size_t off)
{
    long lo = 0, hi = (long)m->n - 1, best = -1;
    while (lo <= hi) {
        long mid = (lo + hi) / 2;
        if (m->edits[mid].start <= off) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return best;
}

size_t wt_offmap_to_raw(const wt_offmap *m, size_t off)
{
    if (!m || !m->n)
        return off;
    long i = find_edit(m, off);
    if (i < 0)
        return off;
    const wt_edit *e = &m->edits[i];
    if (off < e->end) /* inside a replacement: its raw start */
        return e->raw_start;
    if (off == e->end && e->start == e->end)
        return e->raw_end; /* just after a deletion */
    return e->raw_end + (off - e->end);
}

size_t wt_offmap_to_raw_end(const wt_offmap *m, size_t off)
{
    if (!m || !m->n)
        return off;
    long lo = 0, hi = (long)m->n - 1, best = -1;
    /* last edit with start < off, so an end offset at a replacement's end
     * maps to the raw end of that replacement */
    while (lo <= hi) {
        long mid = (lo + hi) / 2;
        if (m->edits[mid].start < off) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (best < 0)
        return off;
    const wt_edit *e = &m->edits[best];
    if (off <= e->end)
        return e->raw_end;
    return e->raw_end + (off - e->end);
}

bool wt_offmap_compose(const wt_offmap *outer, const wt_offmap *inner, wt_offmap *result)
{
    result->edits = NULL;
    result->n = result->cap = 0;
    if (!inner || !inner->n) {
        for (size_t i = 0; outer && i < outer->n; i++)
            if (!wt_offmap_push(result, outer->edits[i].start, outer->edits[i].end,
                                outer->edits[i].raw_start, outer->edits[i].raw_end))
                return false;
        return true;
    }
    /* Walk the text in pieces: each outer edit maps as a whole; each
     * identity stretch between outer edits maps through inner, split at
     * inner edits. */
    size_t text_pos = 0, mid_pos = 0;
    size_t oi = 0, ii = 0;
    size_t n_outer = outer ? outer->n : 0;
    for (;;) {
        size_t stretch_end_mid = oi < n_outer ? outer->edits[oi].raw_start : SIZE_MAX;
        /* identity stretch in outer: mid [mid_pos, stretch_end_mid) */
        while (ii < inner->n && inner->edits[ii].start < stretch_end_mid) {
            const wt_edit *e = &inner->edits[ii];
            if (e->end <= mid_pos && e->start < mid_pos) {
                ii++;
                continue;
            }
            if (e->start < mid_pos || e->end > stretch_end_mid)
                break; /* straddles an outer edit: handled there */
            size_t ts = text_pos + (e->start - mid_pos);
            size_t te = ts + (e->end - e->start);
            if (!wt_offmap_push(result, (uint32_t)ts, (uint32_t)te, e->raw_start, e->raw_end))
                return false;
            text_pos = te;
            mid_pos = e->end;
            ii++;
        }
        if (oi >= n_outer)
            break;
        const wt_edit *o = &outer->edits[oi];
        text_pos += o->raw_start - mid_pos;
        mid_pos = o->raw_start;
        size_t rs = wt_offmap_to_raw(inner, o->raw_start);
        size_t re = wt_offmap_to_raw_end(inner, o->raw_end);
        if (o->raw_end == o->raw_start)
            re = rs;
        if (!wt_offmap_push(result, o->start, o->end, (uint32_t)rs, (uint32_t)re))
            return false;
        text_pos = o->end;
        mid_pos = o->raw_end;
        while (ii < inner->n && inner->edits[ii].end <= mid_pos && inner->edits[ii].start < mid_pos)
            ii++;
        oi++;
    }
    return true;
}

void wt_rw_init(wt_rewriter *rw, size_t max)
{
    wt_buf_init(&rw->out, max);
    rw->map.edits = NULL;
    rw->map.n = rw->map.cap = 0;
    rw->in_pos = 0;
    rw->oom = false;
}

void wt_rw_copy(wt_rewriter *rw, const char *p, size_t n)
{
    if (!wt_buf_put(&rw->out, p, n))
        rw->oom = true;
    rw->in_pos += n;
}

void wt_rw_replace(wt_rewriter *rw, size_t in_len, const char *rep, size_t rep_len)
{
    if (in_len == 0 && rep_len == 0)
        return;
    size_t start = rw->out.len;
    if (rep_len && !wt_buf_put(&rw->out, rep, rep_len))
        rw->oom = true;
    if (!wt_offmap_push(&rw->map, (uint32_t)start, (uint32_t)(start + rep_len), (uint32_t)rw->in_pos,
                        (uint32_t)(rw->in_pos + in_len)))
        rw->oom = true;
    rw->in_pos += in_len;
}

void wt_rw_free(wt_rewriter *rw)
{
    wt_buf_free(&rw->out);
    wt_offmap_free(&rw->map);
}
