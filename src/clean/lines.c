/* lines.c - see lines.h and docs/clean.md. */
#include "lines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

extern const char wt_data_boilerplate[];
extern const size_t wt_data_boilerplate_len;

/* ---- the boilerplate list ---- */

enum bp_kind { BP_LINE, BP_PREFIX, BP_WORD, BP_CREDIT, BP_BYLINE, BP_KINDS };

typedef struct bp_entry {
    const char *s;
    size_t n;
} bp_entry;

struct wt_boilerplate {
    bp_entry e[BP_KINDS][128];
    size_t n[BP_KINDS];
};

void wt_boilerplate_free(wt_boilerplate *bp) { free(bp); }

/* KIND TAB TEXT */
static wt_status boilerplate_line(void *ctx, wt_data_src *d, const char *p, size_t len, wt_error *err)
{
    static const char *const KINDS[BP_KINDS] = {"line", "prefix", "word", "credit", "byline"};
    wt_boilerplate *bp = ctx;
    const char *tab = memchr(p, '\t', len);
    int k = -1;
    for (int i = 0; tab && i < BP_KINDS; i++)
        if (strlen(KINDS[i]) == (size_t)(tab - p) && memcmp(p, KINDS[i], (size_t)(tab - p)) == 0)
            k = i;
    if (k < 0 || tab + 1 == p + len || bp->n[k] >= 128)
        return wt_data_bad(err, d, WT_EMODEL, "expected line|prefix|word|credit|byline<TAB>TEXT (128 of a kind at most)");
    bp->e[k][bp->n[k]++] = (bp_entry){tab + 1, (size_t)(p + len - tab - 1)};
    return WT_OK;
}

wt_status wt_boilerplate_load(wt_boilerplate **out, wt_error *err)
{
    static const char NAME[] = "data/boilerplate.txt";
    *out = NULL;
    wt_boilerplate *bp = calloc(1, sizeof *bp);
    if (!bp)
        return wt_fail(err, WT_ENOMEM, NAME, 0, -1, "out of memory");
    wt_status st = wt_data_each(NAME, wt_data_boilerplate, wt_data_boilerplate_len, boilerplate_line, bp, err);
    if (st != WT_OK) {
        free(bp);
        return st;
    }
    *out = bp;
    return WT_OK;
}

/* ASCII case-insensitive prefix compare treating runs of spaces as one. */
static bool ci_prefix(const char *s, size_t n, const char *pfx, size_t pn, size_t *used)
{
    size_t i = 0, j = 0;
    while (j < pn) {
        if (i >= n)
            return false;
        if (pfx[j] == ' ') {
            if (s[i] != ' ')
                return false;
            while (i < n && s[i] == ' ')
                i++;
            j++;
            continue;
        }
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)pfx[j]))
            return false;
        i++;
        j++;
    }
    if (used)
        *used = i;
    return true;
}

static bool in_list(const wt_boilerplate *bp, int kind, const char *s, size_t n, bool whole)
{
    for (size_t k = 0; k < bp->n[kind]; k++) {
        size_t used;
        if (ci_prefix(s, n, bp->e[kind][k].s, bp->e[kind][k].n, &used) && (!whole || used == n))
            return true;
    }
    return false;
}

/* A headline: 2..25 words, at most 200 bytes, not ending in . , ; : */
static bool looks_like_title(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    if (n == 0 || n > 200)
        return false;
    if (strchr(".,;:", s[n - 1]))
        return false;
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = s[i] == ' ' || s[i] == '\t';
        if (!sp && !in_word)
            words++;
        in_word = !sp;
    }
    return words >= 2 && words <= 25;
}

/* ---- line features ---- */

typedef struct line {
    size_t s, e;         /* content without surrounding spaces */
    size_t ls, le;       /* the whole line, le after its newline */
    int words;
    bool terminal;       /* ends like a sentence */
    enum { L_BLANK, L_KEEP, L_DROP, L_TITLE } what;
} line;

static bool is_space(char c) { return c == ' ' || c == '\t'; }

static int count_words(const char *s, size_t n)
{
    int w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = is_space(s[i]);
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

static bool ends_terminal(const char *s, size_t n)
{
    if (!n)
        return false;
    unsigned char c = (unsigned char)s[n - 1];
    if (strchr(".!?\"')]:", c))
        return true;
    /* closing curly quotes, ellipsis */
    return n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
           (c == 0x9D || c == 0x99 || c == 0xA6);
}

/* A line made only of widget words and punctuation. */
static bool only_widget_words(const wt_boilerplate *bp, const char *s, size_t n)
{
    size_t i = 0;
    int words = 0;
    while (i < n) {
        while (i < n && is_space(s[i]))
            i++;
        size_t st = i;
        while (i < n && !is_space(s[i]))
            i++;
        if (i == st)
            break;
        size_t wl = i - st;
        /* strip surrounding punctuation such as "(0)" or "Bagikan:" */
        bool all_punct = true;
        for (size_t k = st; k < i; k++)
            if (isalnum((unsigned char)s[k]))
                all_punct = false;
        if (all_punct)
            continue;
        words++;
        if (!in_list(bp, BP_WORD, s + st, wl, true))
            return false;
    }
    return words > 0;
}

/* An agency tag such as (ant) [ft] (Reuters) (AFP/rd): 2..16 letters. */
static size_t agency_tag(const char *s, size_t n)
{
    if (n < 4 || n > 18)
        return 0;
    char open = s[0], close = s[n - 1];
    if (!((open == '(' && close == ')') || (open == '[' && close == ']')))
        return 0;
    for (size_t i = 1; i + 1 < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(isalpha(c) || c == '/' || c == '.' || c == '-' || c == ' '))
            return 0;
    }
    return n;
}

static uint64_t norm_hash(const char *s, size_t n, size_t *len)
{
    char tmp[4096];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof tmp; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalpha(c))
            tmp[k++] = (char)tolower(c);
        else if (isdigit(c))
            tmp[k++] = '0';
        else if (c >= 0x80)
            tmp[k++] = (char)c;
    }
    *len = k;
    return XXH3_64bits(tmp, k);
}

/* ---- paragraphs joined with commas ---- */

static bool opens_paragraph(const unsigned char *u, size_t n, size_t i)
{
    if (i >= n)
        return false;
    if (isupper(u[i]))
        return true;
    if (u[i] == '"' && i + 1 < n && isupper(u[i + 1]))
        return true;
    /* opening curly quotes U+201C, U+2018 */
    return i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x9C || u[i + 2] == 0x98);
}

static bool closes_sentence(const unsigned char *u, size_t i)
{
    unsigned char c = u[i];
    /* a colon too: a label line ("Baca juga:") joined to the next */
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == ':')
        return true;
    return i >= 2 && u[i - 2] == 0xE2 && u[i - 1] == 0x80 && (c == 0x9D || c == 0x99);
}

/* The end of a run of commas starting at i (a scraper that wrote each
 * paragraph break as "," writes an empty paragraph as ",,"). */
static size_t comma_run(const unsigned char *u, size_t n, size_t i)
{
    while (i < n && u[i] == ',')
        i++;
    return i;
}

bool wt_unjoin_paragraphs(const char *s, size_t n, wt_rewriter *rw)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t joins = 0, newlines = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (u[i] == '\n')
            newlines++;
        else if (u[i] == ',' && u[i - 1] != ',' && closes_sentence(u, i - 1) &&
                 opens_paragraph(u, n, comma_run(u, n, i)))
            joins++;
    }
    if (joins < 2 || newlines * 2 > joins) {
        wt_rw_copy(rw, s, n);
        return !rw->oom;
    }
    size_t copied = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (u[i] != ',' || u[i - 1] == ',')
            continue;
        size_t end = comma_run(u, n, i);
        if (opens_paragraph(u, n, end) && (closes_sentence(u, i - 1) || u[i - 1] == ' ')) {
            wt_rw_copy(rw, s + copied, i - copied);
            wt_rw_replace(rw, end - i, "\n", 1);
            copied = end;
            i = end - 1;
        }
    }
    wt_rw_copy(rw, s + copied, n - copied);
    return !rw->oom;
}

/* ---- datelines ---- */

static bool is_domain_word(const char *s, size_t n)
{
    /* x.com x.co.id x.org KOMPAS.com TEMPO.CO Liputan6.com */
    const char *dot = memchr(s, '.', n);
    if (!dot || dot == s || dot == s + n - 1)
        return false;
    const char *last = s + n;
    while (last > s && last[-1] != '.')
        last--;
    size_t tl = (size_t)(s + n - last);
    static const char *const TLD[] = {"com", "co", "id", "org", "net", "news", "tv", "info", "asia", "my", "sg"};
    for (size_t i = 0; i < WT_ARRAY_LEN(TLD); i++)
        if (wt_str_eq_ci(last, tl, TLD[i]))
            return true;
    return false;
}

static bool all_caps_word(const char *s, size_t n)
{
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (islower(c))
            return false;
        if (isupper(c))
            letters++;
    }
    return letters >= 3;
}

static const char *trimmed_dup(wt_arena *a, const char *s, size_t n)
{
    while (n && (is_space(*s) || *s == ',')) {
        s++;
        n--;
    }
    while (n && (is_space(s[n - 1]) || s[n - 1] == ','))
        n--;
    return n ? wt_arena_strndup(a, s, n) : NULL;
}

size_t wt_dateline(wt_arena *a, const char *s, size_t n, const char **source, const char **place)
{
    *source = *place = NULL;
    size_t lim = n < 90 ? n : 90;
    /* the dash: " - ", " – ", " — ", " -- " */
    size_t dash = 0, after = 0;
    for (size_t i = 1; i + 2 < lim; i++) {
        if (s[i] != ' ')
            continue;
        if (s[i + 1] == '-') {
            size_t k = i + 1;
            while (k < lim && s[k] == '-')
                k++;
            if (k < n && s[k] == ' ') {
                dash = i;
                after = k + 1;
                break;
            }
        } else if ((unsigned char)s[i + 1] == 0xE2 && i + 4 < n && (unsigned char)s[i + 2] == 0x80 &&
                   ((unsigned char)s[i + 3] == 0x93 || (unsigned char)s[i + 3] == 0x94) && s[i + 4] == ' ') {
            dash = i;
            after = i + 5;
            break;
        }
    }
    if (!dash)
        return 0;
    /* the prefix: at most 6 words, each capitalised, a domain or (AGENCY) */
    const char *p = s;
    size_t pn = dash;
    if (count_words(p, pn) > 6)
        return 0;
    bool domain = false, caps = false, comma = memchr(p, ',', pn) != NULL, paren = false;
    size_t i = 0;
    while (i < pn) {
        while (i < pn && (is_space(p[i]) || p[i] == ','))
            i++;
        size_t st = i;
        while (i < pn && !is_space(p[i]) && p[i] != ',')
            i++;
        if (i == st)
            break;
        const char *w = p + st;
        size_t wl = i - st;
        if (w[0] == '(' && w[wl - 1] == ')') {
            paren = true;
            continue;
        }
        if (is_domain_word(w, wl)) {
            domain = true;
            continue;
        }
        if (all_caps_word(w, wl))
            caps = true;
        if (!isupper((unsigned char)w[0]))
            return 0;
    }
    if (!(domain || paren || (comma && caps)))
        return 0;
    /* parts: split at commas and parentheses */
    const char *parts[4];
    size_t lens[4], np = 0;
    i = 0;
    while (i < pn && np < 4) {
        while (i < pn && (is_space(p[i]) || p[i] == ','))
            i++;
        size_t st = i;
        if (i < pn && p[i] == '(') {
            while (i < pn && p[i] != ')')
                i++;
            if (i < pn)
                i++;
        } else {
            while (i < pn && p[i] != ',' && p[i] != '(')
                i++;
        }
        if (i > st) {
            parts[np] = p + st;
            lens[np++] = i - st;
        }
    }
    /* the source is the (AGENCY) or domain part, the place the first other
     * part; without either, the part after the place is the source */
    int src = -1, plc = -1;
    for (size_t k = 0; k < np; k++) {
        const char *w = parts[k];
        size_t wl = lens[k];
        while (wl && is_space(w[wl - 1]))
            wl--;
        lens[k] = wl;
        bool src_like = w[0] == '(' || is_domain_word(w, wl);
        if (src_like && src < 0)
            src = (int)k;
        else if (!src_like && plc < 0)
            plc = (int)k;
    }
    if (src < 0 && np >= 2)
        src = plc == 0 ? 1 : 0;
    if (src >= 0) {
        const char *w = parts[src];
        size_t wl = lens[src];
        if (w[0] == '(' && wl >= 2) {
            w++;
            wl -= 2;
        }
        *source = trimmed_dup(a, w, wl);
    }
    if (plc >= 0 && plc != src)
        *place = trimmed_dup(a, parts[plc], lens[plc]);
    return after;
}

/* ---- the line pass ---- */

static bool push_line(wt_arena *a, line **v, size_t *n, size_t *cap, line l)
{
    line *slot = WT_VEC_PUSH(a, *v, *n, *cap);
    if (!slot)
        return false;
    *slot = l;
    return true;
}

bool wt_clean_lines(const wt_boilerplate *bp, wt_doc *doc, const char *s, size_t n, bool find_title, wt_rewriter *rw)
{
    wt_arena *a = doc->arena;
    line *L = NULL;
    size_t nl = 0, cap = 0;
    size_t pos = 0;
    while (pos < n) {
        const char *e = memchr(s + pos, '\n', n - pos);
        size_t le = e ? (size_t)(e - s) : n;
        line l = {.ls = pos, .le = e ? le + 1 : n};
        size_t cs = pos, ce = le;
        while (cs < ce && is_space(s[cs]))
            cs++;
        while (ce > cs && is_space(s[ce - 1]))
            ce--;
        l.s = cs;
        l.e = ce;
        l.words = count_words(s + cs, ce - cs);
        l.terminal = ends_terminal(s + cs, ce - cs);
        l.what = ce > cs ? L_KEEP : L_BLANK;
        if (!push_line(a, &L, &nl, &cap, l))
            return false;
        pos = l.le;
    }

    /* 1. leftovers by list, credits, agency-tag lines */
    for (size_t i = 0; i < nl; i++) {
        line *l = &L[i];
        if (l->what != L_KEEP)
            continue;
        const char *t = s + l->s;
        size_t tl = l->e - l->s;
        if (in_list(bp, BP_LINE, t, tl, true) || in_list(bp, BP_PREFIX, t, tl, false) || only_widget_words(bp, t, tl) ||
            (l->words <= 8 && in_list(bp, BP_CREDIT, t, tl, false) && !l->terminal) ||
            (l->words <= 8 && in_list(bp, BP_CREDIT, t, tl, false) && t[tl - 1] == ')') ||
            (l->words <= 12 && !l->terminal && in_list(bp, BP_BYLINE, t, tl, false))) {
            l->what = L_DROP;
            continue;
        }
        if (agency_tag(t, tl)) {
            if (!doc->agency)
                doc->agency = wt_arena_strndup(a, t + 1, tl - 2);
            l->what = L_DROP;
        }
    }

    /* 2. the body: from the first line that reads like text to the last */
    size_t first = nl, last = nl;
    for (size_t i = 0; i < nl; i++) {
        line *l = &L[i];
        /* a headline has no final period: only a long line without one is text */
        if (l->what == L_KEEP && ((l->words >= 5 && l->terminal) || l->words >= 16)) {
            if (first == nl)
                first = i;
            last = i;
        }
    }
    if (first == nl) { /* nothing reads like text: keep what is left */
        first = 0;
        last = nl ? nl - 1 : 0;
    }
    /* above the body: the headline is the nearest title-like line, the
     * rest is navigation */
    size_t title_line = nl;
    for (size_t i = first; i-- > 0;) {
        line *l = &L[i];
        if (l->what != L_KEEP)
            continue;
        if (title_line == nl && l->words >= 2 && looks_like_title(s + l->s, l->e - l->s)) {
            title_line = i;
            continue;
        }
        if (l->words <= 3 && !l->terminal)
            l->what = L_DROP;
    }
    if (title_line < nl) {
        const char *t = s + L[title_line].s;
        size_t tl = L[title_line].e - L[title_line].s;
        if (find_title && (!doc->title || !doc->title[0])) {
            doc->title = wt_arena_strndup(a, t, tl);
            L[title_line].what = L_TITLE;
        } else if (doc->title) {
            /* the given title repeated as the first line */
            size_t n1, n2;
            if (norm_hash(t, tl, &n1) == norm_hash(doc->title, strlen(doc->title), &n2) && n1 == n2)
                L[title_line].what = L_TITLE;
        }
    }
    /* below the body: short lines that do not end like sentences */
    for (size_t i = last + 1; i < nl; i++)
        if (L[i].what == L_KEEP && L[i].words <= 4 && !L[i].terminal)
            L[i].what = L_DROP;

    /* 3. a line repeated within the next few lines (a caption printed
     * twice, a scraper's double read) goes; repeats far apart are content
     * (a recipe's ingredient line on each day of a meal plan) */
    enum { WINDOW = 4 };
    uint64_t recent[WINDOW] = {0};
    size_t n_recent = 0;
    for (size_t i = 0; i < nl; i++) {
        line *l = &L[i];
        if (l->what != L_KEEP)
            continue;
        size_t len;
        uint64_t h = norm_hash(s + l->s, l->e - l->s, &len);
        bool dup = false;
        for (size_t k = 0; k < WINDOW && k < n_recent; k++)
            if (recent[k] == h)
                dup = true;
        if (dup && len >= 8) {
            l->what = L_DROP;
            continue;
        }
        recent[n_recent++ % WINDOW] = h;
    }

    /* 4. write: dateline off the first body line, agency tag off the end */
    size_t first_kept = nl, last_kept = nl;
    for (size_t i = 0; i < nl; i++)
        if (L[i].what == L_KEEP) {
            if (first_kept == nl)
                first_kept = i;
            last_kept = i;
        }
    /* kept lines are copied; what lies between two of them becomes one
     * newline, or two where a blank line separated them, and is copied
     * unchanged when it already is exactly that */
    pos = 0;
    bool wrote = false, blank = false;
    for (size_t i = 0; i < nl; i++) {
        line *l = &L[i];
        if (l->what == L_BLANK && wrote)
            blank = true;
        if (l->what != L_KEEP)
            continue;
        size_t cs = l->s, ce = l->e;
        if (i == first_kept) {
            /* leading junk left where a scraper dropped the dateline: ", , - " */
            size_t k = cs;
            while (k < ce && (is_space(s[k]) || strchr(",.;:-|", s[k]) ||
                              ((unsigned char)s[k] == 0xE2 && k + 2 < ce && (unsigned char)s[k + 1] == 0x80 &&
                               ((unsigned char)s[k + 2] == 0x93 || (unsigned char)s[k + 2] == 0x94))))
                k += (unsigned char)s[k] == 0xE2 ? 3 : 1;
            if (k > cs && k < ce)
                cs = k;
            const char *src, *place;
            size_t dl = wt_dateline(a, s + cs, ce - cs, &src, &place);
            if (dl) {
                if (src && !doc->source)
                    doc->source = src;
                if (place && !doc->dateline)
                    doc->dateline = place;
                cs += dl;
            }
        }
        if (i == last_kept) {
            /* "... konflik Ukraina. [ft]" */
            size_t k = ce;
            while (k > cs && s[k - 1] != ' ')
                k--;
            size_t tl = ce - k;
            if (k > cs + 1 && agency_tag(s + k, tl) && ends_terminal(s + cs, k - 1 - cs)) {
                if (!doc->agency)
                    doc->agency = wt_arena_strndup(a, s + k + 1, tl - 2);
                ce = k - 1;
                while (ce > cs && is_space(s[ce - 1]))
                    ce--;
            }
        }
        if (!wrote) {
            wt_rw_replace(rw, cs - pos, "", 0);
        } else {
            const char *want = blank ? "\n\n" : "\n";
            size_t wl = blank ? 2 : 1;
            if (cs - pos == wl && memcmp(s + pos, want, wl) == 0)
                wt_rw_copy(rw, s + pos, wl);
            else
                wt_rw_replace(rw, cs - pos, want, wl);
        }
        wt_rw_copy(rw, s + cs, ce - cs);
        pos = ce;
        wrote = true;
        blank = false;
    }
    wt_rw_replace(rw, n - pos, "", 0);
    return !rw->oom;
}
