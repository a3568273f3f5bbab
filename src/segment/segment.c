/* segment.c - see segment.h and docs/segment.md.
 *
 * Paragraphs are lines (a line that does not end a sentence followed by a
 * line that starts in lower case is one wrapped paragraph); blank lines
 * separate too. Tokens are scanned per paragraph; sentences are cut after
 * terminal punctuation when the next token can start a sentence. */
#include "segment.h"

#include <string.h>
#include <utf8proc.h>


/* ---- character classes ---- */

/* The class of each ASCII byte: newline; space, tab, CR and the other
 * control characters as space; letters; digits; the quotes " ' `; the
 * hyphen; $ % + < = > ^ | ~ & # @ * as symbols; the rest punctuation. */
enum { NL = WT_C_NEWLINE, SP = WT_C_SPACE, LE = WT_C_LETTER, DI = WT_C_DIGIT, QU = WT_C_QUOTE, HY = WT_C_HYPHEN,
       SY = WT_C_SYMBOL, PU = WT_C_PUNCT };
static const unsigned char ASCII_CLASS[128] = {
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, NL, SP, SP, SP, SP, SP,
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP,
    SP, PU, QU, SY, SY, SY, SY, QU, PU, PU, SY, SY, PU, HY, PU, PU,
    DI, DI, DI, DI, DI, DI, DI, DI, DI, DI, PU, PU, SY, SY, SY, PU,
    SY, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE,
    LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, PU, PU, PU, SY, PU,
    QU, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE,
    LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, PU, SY, PU, SY, SP,
};

wt_cclass wt_char_class(const char *s, size_t n, int *len, int32_t *cp)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *len = 1;
        *cp = c;
        return (wt_cclass)ASCII_CLASS[c];
    }
    *len = wt_utf8_decode((const unsigned char *)s, n, cp);
    if (*cp < 0)
        return WT_C_SYMBOL;
    switch (*cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0x200E: case 0x200F:
        return WT_C_SPACE;
    case 0x2028: case 0x2029: case 0x0085:
        return WT_C_NEWLINE;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x201C: case 0x201D:
    case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x00B4: case 0x2032: case 0x2033: case 0x300C: case 0x300D: case 0x300E: case 0x300F:
        return WT_C_QUOTE;
    case 0x2010: case 0x2011:
        return WT_C_HYPHEN;
    }
    if (*cp >= 0x2000 && *cp <= 0x200A)
        return WT_C_SPACE;
    switch (utf8proc_category(*cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return WT_C_LETTER;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return WT_C_DIGIT;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return WT_C_MARK;
    case UTF8PROC_CATEGORY_ZS:
        return WT_C_SPACE;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return WT_C_NEWLINE;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return WT_C_PUNCT;
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
        return WT_C_SPACE;
    default:
        return WT_C_SYMBOL;
    }
}

bool wt_is_upper_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

bool wt_is_lower_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* ---- tokens ---- */

typedef struct scan {
    const char *t;
    size_t n;
    wt_doc *doc;
    size_t cap_tokens;
    wt_lexicon *lex;
    const wt_abbrevs *abbr;
} scan;

static wt_cclass cls_at(const scan *sc, size_t i, int *len, int32_t *cp)
{
    if (i >= sc->n) {
        *len = 0;
        *cp = 0;
        return WT_C_SPACE;
    }
    return wt_char_class(sc->t + i, sc->n - i, len, cp);
}

static bool is_alnum_cls(wt_cclass c) { return c == WT_C_LETTER || c == WT_C_DIGIT || c == WT_C_MARK; }

static bool starts_ci(const char *s, size_t n, const char *pfx)
{
    size_t m = strlen(pfx);
    return n >= m && wt_str_eq_ci(s, m, pfx);
}

static const char *const TLDS[] = {"com", "org", "net", "id", "co", "go", "ac", "or", "tv", "news",
                                   "info", "io", "biz", "my", "sg", "uk", "ru", "cn", "asia", "edu", "gov"};

static bool is_tld(const char *s, size_t n)
{
    for (size_t i = 0; i < WT_ARRAY_LEN(TLDS); i++)
        if (wt_str_eq_ci(s, n, TLDS[i]))
            return true;
    return false;
}

static const char *const CURRENCIES[] = {"Rp", "RP", "USD", "IDR", "EUR", "SGD", "JPY", "RM", "US$"};

static bool push_token(scan *sc, size_t s, size_t e, uint8_t kind, uint16_t flags, uint8_t clitic)
{
    wt_doc *d = sc->doc;
    wt_token *t = WT_VEC_PUSH(d->arena, d->tokens, d->n_tokens, sc->cap_tokens);
    if (!t)
        return false;
    t->start = (uint32_t)s;
    t->end = (uint32_t)e;
    t->kind = kind;
    t->flags = flags;
    t->clitic_len = clitic;
    return true;
}

/* End of a URL starting at i: up to white space, minus trailing punctuation. */
static size_t scan_url(const scan *sc, size_t i)
{
    size_t j = i;
    while (j < sc->n) {
        int len;
        int32_t cp;
        wt_cclass c = cls_at(sc, j, &len, &cp);
        if (c == WT_C_SPACE || c == WT_C_NEWLINE || (c == WT_C_QUOTE && cp != '\'') || cp == '<' ||
            cp == '>')
            break;
        j += (size_t)len;
    }
    while (j > i && strchr(".,;:!?)]}'", sc->t[j - 1]))
        j--;
    return j;
}

/* Reduplication: the halves are equal (negara-negara), or the second
 * repeats the end of the first (berhari-hari, sebaik-baiknya). */
static bool is_redup(const char *s, size_t n)
{
    const char *h = memchr(s, '-', n);
    if (!h || memchr(h + 1, '-', (size_t)(s + n - h - 1)))
        return false;
    size_t a = (size_t)(h - s), b = n - a - 1;
    if (a < 2 || b < 2)
        return false;
    if (a == b) {
        bool eq = true;
        for (size_t i = 0; i < a; i++)
            if ((s[i] | 0x20) != (h[1 + i] | 0x20))
                eq = false;
        if (eq)
            return true;
    }
    static const char *const SUF[] = {"", "nya", "an", "kan", "i", "lah"};
    static const char *const PRE[] = {"", "ber", "be", "se", "ke", "me", "mem", "men", "meng", "di",
                                      "ter", "per", "pe", "tetu"};
    for (size_t k = 3; k <= a && k <= b; k++) {
        /* the last k of A equal the first k of B */
        bool eq = true;
        for (size_t i = 0; i < k; i++)
            if ((s[a - k + i] | 0x20) != (h[1 + i] | 0x20))
                eq = false;
        if (!eq)
            continue;
        bool pre_ok = false, suf_ok = false;
        for (size_t i = 0; i < WT_ARRAY_LEN(PRE); i++)
            if (strlen(PRE[i]) == a - k && wt_str_eq_ci(s, a - k, PRE[i]))
                pre_ok = true;
        for (size_t i = 0; i < WT_ARRAY_LEN(SUF); i++)
            if (strlen(SUF[i]) == b - k && wt_str_eq_ci(h + 1 + k, b - k, SUF[i]))
                suf_ok = true;
        if (pre_ok && suf_ok && (a - k) + (b - k) > 0)
            return true;
    }
    return false;
}

/* Cheap test before asking the lexicon: ends in -nya -lah -kah -pun. */
static bool may_have_clitic(const char *w, size_t n)
{
    const char *e = w + n - 3;
    char a = (char)(e[0] | 0x20), b = (char)(e[1] | 0x20), c = (char)(e[2] | 0x20);
    return (a == 'n' && b == 'y' && c == 'a') || (a == 'l' && b == 'a' && c == 'h') ||
           (a == 'k' && b == 'a' && c == 'h') || (a == 'p' && b == 'u' && c == 'n');
}

static uint16_t case_flags(const char *s, size_t n)
{
    int32_t cp;
    int len;
    uint16_t f = 0;
    size_t upper = 0, lower = 0;
    size_t i = 0;
    bool first = true;
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) { /* ASCII: the letters are A-Z and a-z */
            upper += b >= 'A' && b <= 'Z';
            lower += b >= 'a' && b <= 'z';
            if (first && b >= 'A' && b <= 'Z')
                f |= WT_TF_CAP;
            first = first && ASCII_CLASS[b] != WT_C_LETTER && ASCII_CLASS[b] != WT_C_DIGIT;
            i++;
            continue;
        }
        wt_cclass c = wt_char_class(s + i, n - i, &len, &cp);
        if (c == WT_C_LETTER) {
            if (wt_is_upper_cp(cp)) {
                upper++;
                if (first)
                    f |= WT_TF_CAP;
            } else if (wt_is_lower_cp(cp)) {
                lower++;
            }
            first = false;
        } else if (c == WT_C_DIGIT) {
            first = false;
        }
        i += (size_t)(len > 0 ? len : 1);
    }
    if (upper >= 2 && lower == 0)
        f |= WT_TF_UPPER;
    return f;
}

/* Scans a word-like run starting at i; returns its end. */
static size_t scan_word(const scan *sc, size_t i)
{
    size_t j = i;
    int len;
    int32_t cp;
    wt_cclass prev = WT_C_SPACE;
    size_t letters_at_start = 0;
    while (j < sc->n) {
        wt_cclass c = cls_at(sc, j, &len, &cp);
        if (is_alnum_cls(c)) {
            /* currency prefixes split from the amount: Rp2,5 -> Rp 2,5 */
            if (c == WT_C_DIGIT && prev == WT_C_LETTER && letters_at_start == j - i) {
                for (size_t k = 0; k < WT_ARRAY_LEN(CURRENCIES); k++)
                    if (strlen(CURRENCIES[k]) == j - i && memcmp(sc->t + i, CURRENCIES[k], j - i) == 0)
                        return j;
            }
            if (c == WT_C_LETTER && letters_at_start == j - i)
                letters_at_start = j - i + (size_t)len;
            prev = c;
            j += (size_t)len;
            continue;
        }
        int len2;
        int32_t cp2;
        wt_cclass next = cls_at(sc, j + (size_t)len, &len2, &cp2);
        if (c == WT_C_HYPHEN && is_alnum_cls(next) && prev != WT_C_SPACE) {
            j += (size_t)len;
            prev = c;
            continue;
        }
        if ((cp == '.' || cp == ',' || cp == '/' || cp == ':') && prev == WT_C_DIGIT && next == WT_C_DIGIT) {
            j += (size_t)len;
            prev = c;
            continue;
        }
        if ((cp == '\'' || cp == 0x2019) && prev == WT_C_LETTER && next == WT_C_LETTER) {
            /* Jum'at; but not a closing quote glued to the next word */
            j += (size_t)len;
            prev = c;
            continue;
        }
        break;
    }
    return j;
}

static bool all_digits_seps(const char *s, size_t n)
{
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (!strchr(".,/:-", c))
            return false;
    }
    return digit;
}

static bool tokenize(scan *sc, size_t from, size_t to)
{
    size_t i = from;
    while (i < to) {
        int len;
        int32_t cp;
        wt_cclass c = wt_char_class(sc->t + i, to - i, &len, &cp);
        if (len <= 0)
            len = 1;
        if (c == WT_C_SPACE || c == WT_C_NEWLINE) {
            i += (size_t)len;
            continue;
        }
        const char *s = sc->t + i;
        size_t rest = to - i;
        /* URLs */
        if ((cp == 'h' || cp == 'H' || cp == 'w' || cp == 'W') &&
            (starts_ci(s, rest, "http://") || starts_ci(s, rest, "https://") || starts_ci(s, rest, "www."))) {
            size_t e = scan_url(sc, i);
            if (e > to)
                e = to;
            if (!push_token(sc, i, e, WT_TOK_URL, 0, 0))
                return false;
            i = e;
            continue;
        }
        /* @handles and #tags */
        if ((cp == '@' || cp == '#') && i + 1 < to) {
            int l2;
            int32_t c2;
            if (is_alnum_cls(wt_char_class(s + 1, rest - 1, &l2, &c2))) {
                size_t e = i + 1;
                while (e < to) {
                    wt_cclass cc = wt_char_class(sc->t + e, to - e, &l2, &c2);
                    if (!(is_alnum_cls(cc) || c2 == '_'))
                        break;
                    e += (size_t)l2;
                }
                if (!push_token(sc, i, e, WT_TOK_URL, 0, 0))
                    return false;
                i = e;
                continue;
            }
        }
        if (is_alnum_cls(c)) {
            size_t e = scan_word(sc, i);
            if (e > to)
                e = to;
            uint8_t kind = all_digits_seps(s, e - i) ? WT_TOK_NUMBER : WT_TOK_WORD;
            /* e-mail addresses */
            if (e < to && sc->t[e] == '@' && e + 1 < to && ((sc->t[e + 1] | 0x20) >= 'a' && (sc->t[e + 1] | 0x20) <= 'z')) {
                size_t k = e + 1;
                while (k < to && (strchr("._-+", sc->t[k]) || ((sc->t[k] | 0x20) >= 'a' && (sc->t[k] | 0x20) <= 'z') ||
                                  (sc->t[k] >= '0' && sc->t[k] <= '9')))
                    k++;
                while (k > e && sc->t[k - 1] == '.')
                    k--;
                if (!push_token(sc, i, k, WT_TOK_URL, 0, 0))
                    return false;
                i = k;
                continue;
            }
            /* site names: KOMPAS.com, wmhg.org, Liputan6.com, antaranews.co.id */
            size_t k = e;
            while (k + 1 < to && sc->t[k] == '.' && kind == WT_TOK_WORD) {
                size_t m = k + 1;
                while (m < to && (((sc->t[m] | 0x20) >= 'a' && (sc->t[m] | 0x20) <= 'z')))
                    m++;
                if (m == k + 1 || !is_tld(sc->t + k + 1, m - k - 1))
                    break;
                int l3;
                int32_t c3;
                if (m < to && is_alnum_cls(wt_char_class(sc->t + m, to - m, &l3, &c3)))
                    break;
                k = m;
            }
            if (k > e) {
                if (!push_token(sc, i, k, WT_TOK_URL, case_flags(s, k - i), 0))
                    return false;
                i = k;
                continue;
            }
            /* abbreviations: a listed one, an initial, or dotted letters (a.n., U.S.) */
            if (e < to && sc->t[e] == '.' && kind == WT_TOK_WORD) {
                size_t m = e + 1;
                /* dotted letter runs: x.y. */
                size_t d = e;
                while (d + 2 < to && d - i >= 1 && sc->t[d] == '.' &&
                       ((sc->t[d + 1] | 0x20) >= 'a' && (sc->t[d + 1] | 0x20) <= 'z') && sc->t[d + 2] == '.' &&
                       (d + 3 >= to || !(((sc->t[d + 3] | 0x20) >= 'a' && (sc->t[d + 3] | 0x20) <= 'z'))))
                    d += 2;
                if (d > e && e - i == 1) {
                    if (!push_token(sc, i, d + 1, WT_TOK_ABBREV, case_flags(s, d + 1 - i), 0))
                        return false;
                    i = d + 1;
                    continue;
                }
                int32_t first;
                int fl;
                wt_char_class(s, rest, &fl, &first);
                bool initial = (size_t)fl == e - i && wt_is_upper_cp(first);
                if (initial || wt_abbrev_class(sc->abbr, s, m - i)) {
                    if (!push_token(sc, i, m, WT_TOK_ABBREV, case_flags(s, m - i), 0))
                        return false;
                    i = m;
                    continue;
                }
            }
            uint16_t flags = case_flags(s, e - i);
            uint8_t clitic = 0;
            if (kind == WT_TOK_WORD) {
                if (memchr(s, '-', e - i) && is_redup(s, e - i))
                    flags |= WT_TF_REDUP;
                /* the clitic of the last part: negara-negaranya */
                const char *last = s;
                for (size_t q = 0; q < e - i; q++)
                    if (s[q] == '-')
                        last = s + q + 1;
                size_t ln = (size_t)(s + (e - i) - last);
                if (ln >= 5 && sc->lex && may_have_clitic(last, ln)) {
                    int cl = wt_lex_clitic(sc->lex, last, ln);
                    if (cl) {
                        flags |= WT_TF_CLITIC;
                        clitic = (uint8_t)cl;
                    }
                }
            }
            if (!push_token(sc, i, e, kind, flags, clitic))
                return false;
            i = e;
            continue;
        }
        if (c == WT_C_QUOTE) {
            size_t e = i + (size_t)len;
            /* '' and `` as one quotation mark */
            if ((cp == '\'' || cp == '`') && e < to && sc->t[e] == (char)cp)
                e++;
            if (!push_token(sc, i, e, WT_TOK_QUOTE, 0, 0))
                return false;
            i = e;
            continue;
        }
        if (c == WT_C_PUNCT || c == WT_C_HYPHEN) {
            size_t e = i + (size_t)len;
            /* runs of the same terminal mark: ... !!! ?? and mixes ?! */
            if (cp == '.' || cp == '!' || cp == '?') {
                while (e < to && (sc->t[e] == '.' || sc->t[e] == '!' || sc->t[e] == '?'))
                    e++;
            } else if (cp == '-') {
                while (e < to && sc->t[e] == '-')
                    e++;
            }
            if (!push_token(sc, i, e, WT_TOK_PUNCT, 0, 0))
                return false;
            i = e;
            continue;
        }
        if (!push_token(sc, i, i + (size_t)len, WT_TOK_SYMBOL, 0, 0))
            return false;
        i += (size_t)len;
    }
    return true;
}

/* ---- sentences ---- */

static bool is_terminal(const scan *sc, const wt_token *t)
{
    if (t->kind != WT_TOK_PUNCT)
        return false;
    const char *s = sc->t + t->start;
    size_t n = t->end - t->start;
    if (s[0] == '.' || s[0] == '!' || s[0] == '?')
        return true;
    return n == 3 && memcmp(s, "\xE2\x80\xA6", 3) == 0; /* ellipsis */
}

/* A closing quotation mark or bracket right after the token at i-1. */
static bool is_closing(const scan *sc, size_t i, size_t te, bool *quote_open)
{
    const wt_token *t = &sc->doc->tokens[i];
    const char *s = sc->t + t->start;
    size_t n = t->end - t->start;
    if (t->kind == WT_TOK_PUNCT && n == 1 && (s[0] == ')' || s[0] == ']'))
        return true;
    if (t->kind != WT_TOK_QUOTE)
        return false;
    int32_t cp;
    int len;
    wt_char_class(s, n, &len, &cp);
    if (cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A) {
        *quote_open = false;
        return true;
    }
    if (cp == '"' || cp == '\'') {
        /* straight: closing when a quotation is open, or when glued to the
         * mark before it and followed by white space or the end */
        bool glued = sc->doc->tokens[i - 1].end == t->start;
        bool spaced = i + 1 >= te || sc->doc->tokens[i + 1].start > t->end;
        if (*quote_open || (glued && spaced)) {
            *quote_open = false;
            return true;
        }
    }
    return false;
}

/* Can the token start a sentence? Capitals, digits, opening quotes and
 * brackets can; lower-case words cannot. */
static bool can_start(const scan *sc, const wt_token *t)
{
    if (t->kind == WT_TOK_QUOTE || t->kind == WT_TOK_NUMBER || t->kind == WT_TOK_URL)
        return true;
    const char *s = sc->t + t->start;
    if (t->kind == WT_TOK_PUNCT)
        return s[0] == '(' || s[0] == '[' || s[0] == '-';
    if (t->kind == WT_TOK_SYMBOL)
        return true;
    int32_t cp;
    int len;
    wt_cclass c = wt_char_class(s, t->end - t->start, &len, &cp);
    if (c == WT_C_DIGIT)
        return true;
    return !wt_is_lower_cp(cp);
}

/* Scraped text whose paragraphs were joined with commas reads "...
 * Selasa (10/9/2019)., Laga berakhir", "... tim tamu. , Usai laga" or,
 * where a link's words were dropped, "... di Swedia., , yang didukung
 * Barat": a full stop (token i, not an abbreviation's) before a comma
 * never ends a clause in edited prose. Returns the token after those
 * commas (j, the token after the stop and its closing marks, when there
 * are none, or when a quotation still open closes after them: "...
 * kepadanya.," tulis AR). */
static size_t joined_paragraphs(const scan *sc, size_t i, size_t j, size_t te, bool quote_open)
{
    const wt_token *tk = sc->doc->tokens;
    if (j >= te || sc->t[tk[i].start] != '.' || tk[i].end - tk[i].start != 1 || sc->t[tk[j].start] != ',' ||
        tk[j].end - tk[j].start != 1)
        return j;
    size_t past = j;
    while (past < te && tk[past].kind == WT_TOK_PUNCT && tk[past].end - tk[past].start == 1 &&
           sc->t[tk[past].start] == ',')
        past++;
    if (past >= te || tk[past].kind != WT_TOK_QUOTE)
        return past;
    /* a mark glued to the word after it opens, whatever its shape
     * (".,”Puncak sebaran": a writer's right quote opening) */
    bool closes = quote_open, opens = past + 1 < te && tk[past + 1].start == tk[past].end &&
                                       tk[past + 1].kind != WT_TOK_PUNCT && tk[past + 1].kind != WT_TOK_QUOTE;
    return !opens && is_closing(sc, past, te, &closes) ? j : past;
}

static bool add_sentence(scan *sc, size_t *cap, size_t tb, size_t te, uint32_t para)
{
    wt_doc *d = sc->doc;
    if (te <= tb)
        return true;
    wt_sentence *s = WT_VEC_PUSH(d->arena, d->sentences, d->n_sentences, *cap);
    if (!s)
        return false;
    s->tok_begin = (uint32_t)tb;
    s->tok_end = (uint32_t)te;
    s->start = d->tokens[tb].start;
    s->end = d->tokens[te - 1].end;
    s->paragraph = para;
    d->tokens[tb].flags |= WT_TF_SENT_START;
    return true;
}

static bool split_sentences(scan *sc, size_t tb, size_t te, uint32_t para, size_t *cap)
{
    wt_doc *d = sc->doc;
    size_t start = tb;
    bool quote_open = false;
    for (size_t i = tb; i < te; i++) {
        wt_token *t = &d->tokens[i];
        if (t->kind == WT_TOK_QUOTE) {
            const char *s = sc->t + t->start;
            int32_t qcp;
            int ql;
            wt_char_class(s, t->end - t->start, &ql, &qcp);
            if (qcp == 0x201C || qcp == 0x2018 || qcp == 0x00AB || qcp == 0x201E) {
                quote_open = true;
                continue;
            }
            if (qcp == 0x201D || qcp == 0x2019 || qcp == 0x00BB) {
                quote_open = false;
                continue;
            }
            if (s[0] == '"' || s[0] == '\'') {
                /* a straight quote opens when it is not glued to a word on its left */
                bool glued_left = i > tb && d->tokens[i - 1].end == t->start &&
                                  d->tokens[i - 1].kind != WT_TOK_QUOTE;
                if (!quote_open && !glued_left) {
                    quote_open = true;
                    continue;
                }
                if (quote_open) {
                    quote_open = false;
                    continue;
                }
            }
        }
        bool ends = is_terminal(sc, t);
        if (!ends && t->kind == WT_TOK_ABBREV) {
            int cls = wt_abbrev_class(sc->abbr, sc->t + t->start, t->end - t->start);
            /* "dll." and friends end a sentence before a capital */
            ends = cls == 2;
        }
        if (!ends)
            continue;
        size_t j = i + 1;
        bool qo = quote_open;
        while (j < te && is_closing(sc, j, te, &qo))
            j++;
        size_t past = joined_paragraphs(sc, i, j, te, qo);
        if (past > j && (j == i + 1 || past == te || can_start(sc, &d->tokens[past])))
            j = past;
        else if (j < te && !can_start(sc, &d->tokens[j]))
            continue;
        /* a terminal mark inside a quotation followed by a lower-case
         * reporting verb was handled by can_start; a straight quote that
         * closed here is closed for the rest too */
        quote_open = qo;
        if (!add_sentence(sc, cap, start, j, para))
            return false;
        start = j;
        i = j - 1;
    }
    return add_sentence(sc, cap, start, te, para);
}

/* ---- paragraphs ---- */

static bool line_ends_sentence(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (!n)
        return true;
    unsigned char c = (unsigned char)s[n - 1];
    if (strchr(".!?:;\"')]", c))
        return true;
    if (c >= 0x80) { /* closing curly quotes and the ellipsis end a sentence */
        if (n >= 3 && ((unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
                       (c == 0x9D || c == 0x99 || c == 0xA6)))
            return true;
    }
    return false;
}

static bool line_starts_lower(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= n)
        return false;
    int len;
    int32_t cp;
    wt_char_class(s + i, n - i, &len, &cp);
    return wt_is_lower_cp(cp);
}

static bool is_blank(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int len;
        int32_t cp;
        wt_cclass c = wt_char_class(s + i, n - i, &len, &cp);
        if (c != WT_C_SPACE && c != WT_C_NEWLINE)
            return false;
        i += (size_t)(len > 0 ? len : 1);
    }
    return true;
}

static bool finish_paragraph(scan *sc, size_t ps, size_t pe, size_t *cap_p, size_t *cap_s)
{
    wt_doc *d = sc->doc;
    size_t tb = d->n_tokens;
    if (!tokenize(sc, ps, pe))
        return false;
    size_t te = d->n_tokens;
    if (te == tb)
        return true;
    wt_paragraph *p = WT_VEC_PUSH(d->arena, d->paragraphs, d->n_paragraphs, *cap_p);
    if (!p)
        return false;
    p->start = d->tokens[tb].start;
    p->end = d->tokens[te - 1].end;
    return split_sentences(sc, tb, te, (uint32_t)(d->n_paragraphs - 1), cap_s);
}

wt_status wt_segment(wt_doc *doc, wt_lexicon *lex, const wt_abbrevs *abbr)
{
    scan sc = {.t = doc->text, .n = doc->text_len, .doc = doc, .lex = lex, .abbr = abbr};
    size_t cap_p = 0, cap_s = 0;
    doc->n_tokens = doc->n_sentences = doc->n_paragraphs = 0;
    size_t pos = 0, para_start = SIZE_MAX, prev_line_s = 0, prev_line_e = 0;
    while (pos <= doc->text_len) {
        const char *nl = pos < doc->text_len ? memchr(doc->text + pos, '\n', doc->text_len - pos) : NULL;
        size_t le = nl ? (size_t)(nl - doc->text) : doc->text_len;
        const char *line = doc->text + pos;
        size_t ln = le - pos;
        if (is_blank(line, ln)) {
            if (para_start != SIZE_MAX && !finish_paragraph(&sc, para_start, pos, &cap_p, &cap_s))
                return WT_ENOMEM;
            para_start = SIZE_MAX;
        } else {
            bool wrapped = para_start != SIZE_MAX &&
                           !line_ends_sentence(doc->text + prev_line_s, prev_line_e - prev_line_s) &&
                           line_starts_lower(line, ln);
            if (para_start != SIZE_MAX && !wrapped) {
                if (!finish_paragraph(&sc, para_start, pos, &cap_p, &cap_s))
                    return WT_ENOMEM;
                para_start = SIZE_MAX;
            }
            if (para_start == SIZE_MAX)
                para_start = pos;
            prev_line_s = pos;
            prev_line_e = le;
        }
        if (!nl)
            break;
        pos = le + 1;
    }
    if (para_start != SIZE_MAX && !finish_paragraph(&sc, para_start, doc->text_len, &cap_p, &cap_s))
        return WT_ENOMEM;
    return WT_OK;
}
