/* conllu.c - reading and writing treebanks: CoNLL-U, and the simpler
 * token<TAB>tag files of POS corpora. */
#include "syntax.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

wt_treebank *wt_treebank_new(void)
{
    wt_treebank *tb = calloc(1, sizeof *tb);
    if (tb && !(tb->arena = wt_arena_new(1 << 20))) {
        free(tb);
        return NULL;
    }
    if (tb)
        tb->trees = true;
    return tb;
}

void wt_treebank_free(wt_treebank *tb)
{
    if (!tb)
        return;
    wt_arena_free(tb->arena);
    free(tb->s);
    free(tb);
}

size_t wt_treebank_sentences(const wt_treebank *tb) { return tb->n; }
size_t wt_treebank_words(const wt_treebank *tb) { return tb->words; }
bool wt_treebank_has_trees(const wt_treebank *tb) { return tb->n && tb->trees; }

/* A sentence being read. */
typedef struct pending {
    const char **comments;
    size_t n_comments, cap_comments;
    wt_tb_range *ranges;
    size_t n_ranges, cap_ranges;
    wt_tb_word *w;
    size_t n, cap;
    long long lineno;
    int format; /* 0 unknown, 10 CoNLL-U, 2 token-tag */
} pending;

typedef struct reader {
    wt_treebank *tb;
    const char *path;
    long long lineno;
    bool surface;
    pending p;
    wt_error *err;
} reader;

static wt_status bad(reader *r, const char *fmt, const char *detail)
{
    char msg[160];
    snprintf(msg, sizeof msg, fmt, detail);
    return wt_fail(r->err, WT_EINPUT, r->path, r->lineno, -1, "%s", msg);
}

static char *tb_dup(reader *r, const char *s, size_t n) { return wt_arena_strndup(r->tb->arena, s, n); }

static bool parse_int(const char *s, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno || v < 0 || v > 100000)
        return false;
    *out = (int)v;
    return true;
}

/* Merges each multiword token into one word: the part whose head lies
 * outside the token (the first such), with the token's form; heads into
 * the other parts move to it, and the words are numbered again. */
static void merge_ranges(reader *r, pending *p)
{
    int *to = malloc((p->n + 1) * sizeof *to);
    if (!to)
        return;
    for (size_t i = 0; i <= p->n; i++)
        to[i] = (int)i;
    for (size_t k = 0; k < p->n_ranges; k++) {
        wt_tb_range *g = &p->ranges[k];
        if (g->first < 1 || g->last > (int)p->n || g->first > g->last)
            continue;
        int keep = g->first;
        for (int i = g->first; i <= g->last; i++) {
            int h = p->w[i - 1].head;
            if (h < g->first || h > g->last) {
                keep = i;
                break;
            }
        }
        for (int i = g->first; i <= g->last; i++)
            to[i] = keep;
        /* the token's own form: the second tab-separated field of its line */
        const char *f = strchr(g->line, '\t');
        char *form = f ? tb_dup(r, f + 1, strcspn(f + 1, "\t")) : NULL;
        if (form && *form)
            p->w[keep - 1].form = form;
    }
    /* new numbers: kept words in order */
    int *num = calloc(p->n + 1, sizeof *num);
    if (!num) {
        free(to);
        return;
    }
    size_t m = 0;
    for (size_t i = 1; i <= p->n; i++)
        if (to[i] == (int)i)
            num[i] = (int)++m;
    size_t out = 0;
    for (size_t i = 1; i <= p->n; i++) {
        if (to[i] != (int)i)
            continue;
        wt_tb_word w = p->w[i - 1];
        if (w.head > 0)
            w.head = num[to[w.head]];
        p->w[out++] = w;
    }
    p->n = out;
    p->n_ranges = 0;
    free(num);
    free(to);
}

static wt_status finish(reader *r)
{
    pending *p = &r->p;
    if (!p->n) {
        p->n_comments = p->n_ranges = 0;
        return WT_OK;
    }
    if (p->format == 10) {
        for (size_t i = 0; i < p->n; i++)
            if (p->w[i].head > (int)p->n) {
                r->lineno = p->lineno + (long long)i;
                return bad(r, "head %s is past the sentence's last word", "");
            }
        if (r->surface && p->n_ranges)
            merge_ranges(r, p);
    }
    wt_treebank *tb = r->tb;
    if (tb->n == tb->cap && !wt_heap_grow(&tb->s, tb->n, &tb->cap, sizeof *tb->s))
        return wt_fail(r->err, WT_ENOMEM, r->path, r->lineno, -1, "out of memory");
    wt_tb_sent *s = &tb->s[tb->n++];
    *s = (wt_tb_sent){.n = p->n, .n_comments = p->n_comments, .n_ranges = p->n_ranges, .lineno = p->lineno};
    s->w = wt_arena_alloc(tb->arena, p->n * sizeof *s->w);
    s->comments = wt_arena_alloc(tb->arena, (p->n_comments + 1) * sizeof *s->comments);
    s->ranges = wt_arena_alloc(tb->arena, (p->n_ranges + 1) * sizeof *s->ranges);
    if (!s->w || !s->comments || !s->ranges)
        return wt_fail(r->err, WT_ENOMEM, r->path, r->lineno, -1, "out of memory");
    memcpy(s->w, p->w, p->n * sizeof *s->w);
    if (p->n_comments)
        memcpy(s->comments, p->comments, p->n_comments * sizeof *s->comments);
    if (p->n_ranges)
        memcpy(s->ranges, p->ranges, p->n_ranges * sizeof *s->ranges);
    tb->words += p->n;
    if (p->format != 10)
        tb->trees = false;
    p->n = p->n_comments = p->n_ranges = 0;
    return WT_OK;
}

static wt_status conllu_line(reader *r, char *line)
{
    pending *p = &r->p;
    char *f[10];
    size_t nf = 0;
    for (char *q = line; nf < 10; nf++) {
        f[nf] = q;
        char *tab = strchr(q, '\t');
        if (!tab) {
            nf++;
            break;
        }
        *tab = 0;
        q = tab + 1;
    }
    if (nf != 10)
        return bad(r, "expected 10 tab-separated columns (CoNLL-U)%s", "");
    if (strchr(f[0], '.'))
        return WT_OK; /* an empty node: not a word */
    char *dash = strchr(f[0], '-');
    if (dash) {
        wt_tb_range g;
        *dash = 0;
        if (!parse_int(f[0], &g.first) || !parse_int(dash + 1, &g.last) || g.last < g.first)
            return bad(r, "a bad multiword-token range \"%s\"", f[0]);
        *dash = '-';
        /* keep the whole line for writing back */
        char buf[4096];
        size_t len = 0;
        for (size_t i = 0; i < 10; i++)
            len += (size_t)snprintf(buf + len, len < sizeof buf ? sizeof buf - len : 0, "%s%s", i ? "\t" : "", f[i]);
        if (len >= sizeof buf)
            return bad(r, "a multiword-token line too long%s", "");
        g.line = tb_dup(r, buf, len);
        wt_tb_range *slot = WT_VEC_PUSH(r->tb->arena, p->ranges, p->n_ranges, p->cap_ranges);
        if (!slot || !g.line)
            return wt_fail(r->err, WT_ENOMEM, r->path, r->lineno, -1, "out of memory");
        *slot = g;
        return WT_OK;
    }
    int id;
    if (!parse_int(f[0], &id) || id != (int)p->n + 1)
        return bad(r, "word ID \"%s\" out of sequence", f[0]);
    wt_tb_word w = {0};
    w.head = -1;
    if (strcmp(f[6], "_") != 0 && !parse_int(f[6], &w.head))
        return bad(r, "HEAD \"%s\" is not a word number", f[6]);
    if (w.head < 0 || strcmp(f[7], "_") == 0)
        r->tb->trees = false;
    const char **dst[] = {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats, NULL, &w.deprel, &w.deps, &w.misc};
    for (size_t i = 0; i < 9; i++)
        if (dst[i] && !(*dst[i] = tb_dup(r, f[i + 1], strlen(f[i + 1]))))
            return wt_fail(r->err, WT_ENOMEM, r->path, r->lineno, -1, "out of memory");
    if (!*w.form)
        return bad(r, "an empty FORM%s", "");
    wt_tb_word *slot = WT_VEC_PUSH(r->tb->arena, p->w, p->n, p->cap);
    if (!slot)
        return wt_fail(r->err, WT_ENOMEM, r->path, r->lineno, -1, "out of memory");
    *slot = w;
    return WT_OK;
}

/* "kepala<TAB>B-NNO": the token and its tag. */
static wt_status tag_line(reader *r, char *line)
{
    char *tab = strchr(line, '\t');
    if (!tab || strchr(tab + 1, '\t') || tab == line || !tab[1])
        return bad(r, "expected a token and a tag separated by one tab%s", "");
    *tab = 0;
    const char *tag = tab + 1;
    if (strncmp(tag, "B-", 2) == 0 && tag[2])
        tag += 2;
    wt_tb_word w = {.head = -1};
    w.form = tb_dup(r, line, strlen(line));
    w.upos = tb_dup(r, tag, strlen(tag));
    w.lemma = w.xpos = w.feats = w.deprel = w.deps = w.misc = "_";
    wt_tb_word *slot = WT_VEC_PUSH(r->tb->arena, r->p.w, r->p.n, r->p.cap);
    if (!slot || !w.form || !w.upos)
        return wt_fail(r->err, WT_ENOMEM, r->path, r->lineno, -1, "out of memory");
    *slot = w;
    return WT_OK;
}

static wt_status one_line(reader *r, char *line, size_t len)
{
    pending *p = &r->p;
    if (len == 0)
        return finish(r);
    if (line[0] == '#' && p->n == 0 && p->format != 2) {
        const char **c = WT_VEC_PUSH(r->tb->arena, p->comments, p->n_comments, p->cap_comments);
        if (!c || !(*c = tb_dup(r, line, len)))
            return wt_fail(r->err, WT_ENOMEM, r->path, r->lineno, -1, "out of memory");
        return WT_OK;
    }
    if (wt_utf8_valid_prefix(line, len) != len)
        return bad(r, "not UTF-8%s", "");
    if (!p->format) {
        size_t tabs = 0;
        for (size_t i = 0; i < len; i++)
            tabs += line[i] == '\t';
        p->format = tabs == 9 ? 10 : 2;
    }
    if (!p->n)
        p->lineno = r->lineno;
    return p->format == 10 ? conllu_line(r, line) : tag_line(r, line);
}

wt_status wt_treebank_add_file(wt_treebank *tb, const char *path, bool surface, wt_error *err)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
    reader r = {.tb = tb, .path = path, .surface = surface, .err = err};
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    wt_status st = WT_OK;
    size_t before = tb->n;
    while (st == WT_OK && (len = getline(&line, &cap, f)) >= 0) {
        r.lineno++;
        if (len > 1 << 20) {
            st = bad(&r, "a line longer than 1 MB%s", "");
            break;
        }
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (memchr(line, 0, (size_t)len)) {
            st = bad(&r, "a NUL byte%s", "");
            break;
        }
        st = one_line(&r, line, (size_t)len);
    }
    if (st == WT_OK && ferror(f))
        st = wt_fail(err, WT_EIO, path, r.lineno, -1, "read error: %s", strerror(errno));
    if (st == WT_OK)
        st = finish(&r);
    if (st == WT_OK && tb->n == before)
        st = wt_fail(err, WT_EINPUT, path, 0, -1, "no sentences");
    free(line);
    fclose(f);
    return st;
}

bool wt_treebank_write(const wt_treebank *tb, FILE *f)
{
    for (size_t i = 0; i < tb->n; i++) {
        const wt_tb_sent *s = &tb->s[i];
        for (size_t k = 0; k < s->n_comments; k++)
            fprintf(f, "%s\n", s->comments[k]);
        size_t g = 0;
        for (size_t k = 0; k < s->n; k++) {
            while (g < s->n_ranges && s->ranges[g].first < (int)k + 1)
                g++;
            if (g < s->n_ranges && s->ranges[g].first == (int)k + 1)
                fprintf(f, "%s\n", s->ranges[g].line);
            const wt_tb_word *w = &s->w[k];
            fprintf(f, "%zu\t%s\t%s\t%s\t%s\t%s\t", k + 1, w->form, w->lemma, w->upos, w->xpos, w->feats);
            if (w->head >= 0)
                fprintf(f, "%d", w->head);
            else
                fputc('_', f);
            fprintf(f, "\t%s\t%s\t%s\n", w->deprel, w->deps, w->misc);
        }
        fputc('\n', f);
    }
    return !ferror(f);
}

wt_treebank *wt_treebank_clone(const wt_treebank *tb)
{
    wt_treebank *c = wt_treebank_new();
    if (!c)
        return NULL;
    c->s = malloc((tb->n + 1) * sizeof *c->s);
    if (!c->s) {
        wt_treebank_free(c);
        return NULL;
    }
    c->n = c->cap = tb->n;
    c->words = tb->words;
    c->trees = tb->trees;
    for (size_t i = 0; i < tb->n; i++) {
        c->s[i] = tb->s[i];
        c->s[i].w = wt_arena_alloc(c->arena, (tb->s[i].n + 1) * sizeof *c->s[i].w);
        if (!c->s[i].w) {
            wt_treebank_free(c);
            return NULL;
        }
        memcpy(c->s[i].w, tb->s[i].w, tb->s[i].n * sizeof *c->s[i].w);
    }
    return c;
}
