/* quotes_eval.c - `warta eval quotes FILE`: direct quotations and their
 * speakers against PFSA-ID (token TAB BILOU label, blank line between
 * sentences; labels STATEMENT, CUE, CUECOREF, PERSON, PERSONCOREF, ...).
 *
 * The file is cut into documents of CHUNK sentences; each is written as
 * one paragraph (tokens joined by spaces) and run through the whole
 * pipeline. Predicted direct quotes are mapped back to tokens through the
 * document's source map. Scores:
 *  - exact: a statement whose tokens, quotation marks and punctuation at
 *    the edges aside, are the same as a predicted quote's;
 *  - overlap: a predicted quote that shares at least half of the gold
 *    statement's tokens (and the other way round);
 *  - tokens: statement tokens found (marks and punctuation aside);
 *  - speaker: of the statements found (overlap), those whose gold speaker
 *    (the PERSON or PERSONCOREF span nearest the gold cue) lies inside the
 *    predicted reporting cue or is the predicted speaker's name. */
#include "eval.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CHUNK 40

typedef struct gtok {
    char *w;
    char tag[24]; /* "STATEMENT", "CUE", ... or "" */
    char bilou;   /* B I L U or O */
    size_t off;   /* byte offset in its document's text */
    int sent;
} gtok;

typedef struct span {
    size_t s, e; /* tokens [s, e) */
} span;

static bool punct_tok(const char *w)
{
    return !isalnum((unsigned char)w[0]) && !((unsigned char)w[0] & 0x80 && strlen(w) > 3);
}

static span trim(const gtok *t, span x)
{
    while (x.s < x.e && punct_tok(t[x.s].w))
        x.s++;
    while (x.e > x.s && punct_tok(t[x.e - 1].w))
        x.e--;
    return x;
}

static size_t overlap(span a, span b)
{
    size_t s = a.s > b.s ? a.s : b.s, e = a.e < b.e ? a.e : b.e;
    return e > s ? e - s : 0;
}

/* spans of one label from BILOU tags */
static size_t spans_of(const gtok *t, size_t n, const char *label, span **out)
{
    size_t k = 0, cap = 0;
    *out = NULL;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(t[i].tag, label) || (t[i].bilou != 'B' && t[i].bilou != 'U'))
            continue;
        size_t j = i + 1;
        if (t[i].bilou == 'B')
            while (j < n && !strcmp(t[j].tag, label) && (t[j].bilou == 'I' || t[j].bilou == 'L')) {
                j++;
                if (t[j - 1].bilou == 'L')
                    break;
            }
        if (!wt_heap_grow(out, k, &cap, sizeof **out))
            return k;
        (*out)[k++] = (span){i, j};
        i = j - 1;
    }
    return k;
}

/* the token at byte offset off of the document [first, last) */
static size_t token_at(const gtok *t, size_t first, size_t last, size_t off)
{
    size_t lo = first, hi = last;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].off + strlen(t[mid].w) <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

typedef struct pred {
    span x;
    span cue;      /* tokens of the reporting verb and speaker as written */
    char *speaker; /* a copy: the document is freed */
} pred;

wt_status wt_eval_quotes(wt_worker *w, const char *path, FILE *out, int verbose, wt_error *err)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
    gtok *t = NULL;
    size_t n = 0, cap = 0;
    int sent = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    long long lineno = 0;
    wt_status st = WT_OK;
    while ((len = getline(&line, &lcap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (len == 0) {
            sent++;
            continue;
        }
        char *tab = strchr(line, '\t');
        if (!tab) {
            st = wt_fail(err, WT_EINPUT, path, lineno, -1, "expected token<TAB>label");
            break;
        }
        if (!wt_heap_grow(&t, n, &cap, sizeof *t)) {
            st = wt_fail(err, WT_ENOMEM, path, lineno, -1, "out of memory");
            break;
        }
        gtok *g = &t[n];
        memset(g, 0, sizeof *g);
        g->w = strndup(line, (size_t)(tab - line));
        const char *lab = tab + 1;
        g->bilou = lab[0] && lab[1] == '-' ? lab[0] : 'O';
        if (g->bilou != 'O')
            snprintf(g->tag, sizeof g->tag, "%s", lab + 2);
        g->sent = sent;
        if (!g->w) {
            st = wt_fail(err, WT_ENOMEM, path, lineno, -1, "out of memory");
            break;
        }
        n++;
    }
    free(line);
    fclose(f);
    if (st != WT_OK) {
        for (size_t i = 0; i < n; i++)
            free(t[i].w);
        free(t);
        return st;
    }

    span *gold = NULL, *cues = NULL, *persons = NULL, *corefs = NULL;
    size_t ng = spans_of(t, n, "STATEMENT", &gold);
    size_t nc = spans_of(t, n, "CUE", &cues);
    size_t np = spans_of(t, n, "PERSON", &persons), npc = spans_of(t, n, "PERSONCOREF", &corefs);
    pred *pr = NULL;
    size_t npr = 0, prcap = 0;
    wt_options o;
    wt_options_init(&o);
    o.emit_tokens = 0;
    wt_buf text;
    wt_buf_init(&text, 0);
    /* documents of CHUNK sentences */
    for (size_t first = 0; first < n && st == WT_OK;) {
        size_t last = first;
        while (last < n && t[last].sent < t[first].sent + CHUNK)
            last++;
        wt_buf_clear(&text);
        for (size_t i = first; i < last; i++) {
            if (i > first)
                wt_buf_putc(&text, ' ');
            t[i].off = text.len;
            wt_buf_puts(&text, t[i].w);
        }
        wt_buf_putc(&text, '\n');
        wt_input in = {.id = "pfsa", .origin = path, .text = text.ptr, .text_len = text.len};
        wt_doc *d = NULL;
        wt_error perr;
        wt_error_clear(&perr);
        if (wt_process(w, &in, &o, &d, &perr) == WT_OK) {
            for (size_t q = 0; q < d->n_quotes; q++) {
                const wt_quote *qq = &d->quotes[q];
                if (!qq->kind || strcmp(qq->kind, "direct"))
                    continue;
                size_t rs = wt_offmap_to_raw(&d->map, qq->start), re = wt_offmap_to_raw(&d->map, qq->end);
                pred p = {{token_at(t, first, last, rs), token_at(t, first, last, re ? re - 1 : 0) + 1},
                          {0, 0},
                          qq->speaker_name ? strdup(qq->speaker_name) : NULL};
                if (qq->cue_end > qq->cue_start) {
                    size_t cs = wt_offmap_to_raw(&d->map, qq->cue_start), cend = wt_offmap_to_raw(&d->map, qq->cue_end);
                    p.cue = (span){token_at(t, first, last, cs), token_at(t, first, last, cend - 1) + 1};
                }
                if (npr == prcap) {
                    prcap = prcap ? prcap * 2 : 256;
                    pred *np2 = realloc(pr, prcap * sizeof *np2);
                    if (!np2) {
                        free(p.speaker);
                        st = wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
                        break;
                    }
                    pr = np2;
                }
                pr[npr++] = p;
            }
            wt_doc_free(d);
        }
        first = last;
    }
    wt_buf_free(&text);

    size_t exact = 0, g_found = 0, p_found = 0, tok_gold = 0, tok_pred = 0, tok_both = 0;
    size_t spk_total = 0, spk_right = 0;
    for (size_t g = 0; g < ng; g++) {
        span gx = trim(t, gold[g]);
        for (size_t i = gx.s; i < gx.e; i++)
            tok_gold += !punct_tok(t[i].w);
        bool ex = false, ov = false;
        const pred *best = NULL;
        for (size_t p = 0; p < npr; p++) {
            span px = trim(t, pr[p].x);
            if (px.s == gx.s && px.e == gx.e)
                ex = true;
            size_t o2 = overlap(gx, px);
            if (o2 * 2 >= (gx.e - gx.s) && !ov) {
                ov = true;
                best = &pr[p];
            }
        }
        exact += ex;
        g_found += ov;
        if (!best)
            continue;
        /* the gold speaker: the person span nearest the gold cue after or before */
        const span *cue = NULL;
        for (size_t c = 0; c < nc; c++)
            if ((cues[c].s >= gold[g].e && cues[c].s <= gold[g].e + 3) ||
                (cues[c].e <= gold[g].s && cues[c].e + 8 >= gold[g].s)) {
                cue = &cues[c];
                break;
            }
        if (!cue)
            continue;
        const span *who = NULL;
        size_t bestd = 9;
        for (int kind = 0; kind < 2; kind++) {
            const span *arr = kind ? corefs : persons;
            size_t na = kind ? npc : np;
            for (size_t k = 0; k < na; k++) {
                size_t dist = arr[k].s >= cue->e ? arr[k].s - cue->e : cue->s >= arr[k].e ? cue->s - arr[k].e : 0;
                if (dist < bestd) {
                    bestd = dist;
                    who = &arr[k];
                }
            }
        }
        if (!who)
            continue;
        spk_total++;
        bool right = overlap(*who, best->cue) > 0;
        if (!right && best->speaker) {
            /* the predicted speaker's name contains the gold words */
            for (size_t i = who->s; i < who->e && !right; i++)
                right = strlen(t[i].w) > 2 && strstr(best->speaker, t[i].w) != NULL;
        }
        spk_right += right;
        if (!right && verbose) { /* a statement found, its speaker not */
            fprintf(out, "speaker: %s, gold", best->speaker ? best->speaker : "(none)");
            for (size_t i = who->s; i < who->e; i++)
                fprintf(out, " %s", t[i].w);
            fprintf(out, " |");
            for (size_t i = gold[g].s; i < gold[g].e && i < gold[g].s + 12; i++)
                fprintf(out, " %s", t[i].w);
            fprintf(out, "\n");
        }
    }
    for (size_t p = 0; p < npr; p++) {
        span px = trim(t, pr[p].x);
        for (size_t i = px.s; i < px.e; i++)
            if (!punct_tok(t[i].w)) {
                tok_pred++;
                bool in = false;
                for (size_t g = 0; g < ng && !in; g++)
                    in = i >= gold[g].s && i < gold[g].e;
                tok_both += in;
            }
        bool ov = false;
        for (size_t g = 0; g < ng && !ov; g++)
            ov = overlap(trim(t, gold[g]), px) * 2 >= (px.e - px.s);
        p_found += ov;
        if (!ov && verbose) { /* a predicted quote no statement matches */
            fprintf(out, "extra:");
            for (size_t i = pr[p].x.s; i < pr[p].x.e && i < pr[p].x.s + 40; i++)
                fprintf(out, " %s", t[i].w);
            fprintf(out, "\n");
        }
    }
    for (size_t g = 0; g < ng && verbose; g++) {
        bool ov = false;
        for (size_t p = 0; p < npr && !ov; p++)
            ov = overlap(trim(t, gold[g]), trim(t, pr[p].x)) * 2 >= (gold[g].e - gold[g].s);
        if (ov)
            continue;
        fprintf(out, "missed:");
        for (size_t i = gold[g].s > 3 ? gold[g].s - 3 : 0; i < gold[g].e + 4 && i < n && i < gold[g].s + 40; i++)
            fprintf(out, " %s%s", i == gold[g].s ? "[[" : "", t[i].w);
        fprintf(out, "\n");
    }
    double ep = npr ? (double)exact / (double)npr : 0, er = ng ? (double)exact / (double)ng : 0;
    double op = npr ? (double)p_found / (double)npr : 0, orr = ng ? (double)g_found / (double)ng : 0;
    double tp = tok_pred ? (double)tok_both / (double)tok_pred : 0, tr = tok_gold ? (double)tok_both / (double)tok_gold : 0;
#define F1(p, r) ((p) + (r) > 0 ? 2 * (p) * (r) / ((p) + (r)) : 0)
    fprintf(out, "PFSA-ID %s: %zu gold statements, %zu predicted direct quotes\n", path, ng, npr);
    fprintf(out, "%-10s %7s %7s %7s\n", "match", "P", "R", "F1");
    fprintf(out, "%-10s %7.2f %7.2f %7.2f\n", "exact", 100 * ep, 100 * er, 100 * F1(ep, er));
    fprintf(out, "%-10s %7.2f %7.2f %7.2f\n", "overlap", 100 * op, 100 * orr, 100 * F1(op, orr));
    fprintf(out, "%-10s %7.2f %7.2f %7.2f\n", "tokens", 100 * tp, 100 * tr, 100 * F1(tp, tr));
    fprintf(out, "speaker: %zu of %zu statements found with a gold speaker (%.2f%%)\n", spk_right, spk_total,
            spk_total ? 100.0 * (double)spk_right / (double)spk_total : 0);
#undef F1
    for (size_t i = 0; i < n; i++)
        free(t[i].w);
    free(t);
    free(gold);
    free(cues);
    free(persons);
    free(corefs);
    for (size_t p = 0; p < npr; p++)
        free(pr[p].speaker);
    free(pr);
    return st;
}
