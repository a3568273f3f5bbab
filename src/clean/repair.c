/* repair.c - see repair.h and docs/clean.md.
 *
 * A word is a candidate only when neither Hunspell nor the frequency table
 * knows it, nor a stem of it with Indonesian affixes (mitranya, terbarukan,
 * menyampaikan), and it is not English (startup, comeback). Then:
 *  - split: the segmentation into 2 or 3 Hunspell words with the highest
 *    product of word frequencies, each part frequent (>= MIN_PART) or long
 *    (>= MIN_LONG_PART), of three letters or more ("di" and "ke" may lead);
 *  - spelling: among the words at edit distance 1 that Hunspell knows (a
 *    substitution must come from a neighbouring key, as slips do: lenih ->
 *    lebih), the most frequent, when it is frequent (>= MIN_FIX) and at
 *    least RATIO times as frequent as the next; a confident correction wins
 *    over a split with a short part (sedangakan -> sedangkan, not
 *    "sedang akan");
 *  - a lower-case word glued to a capitalised one (dariRusia) is split at
 *    the case change when the first part is a frequent word.
 * Words with capitals inside (iPhone), capitalised words that are not at a
 * sentence start (names), words touching digits, dots, slashes, @ or
 * hyphens (numbers, URLs, e-mail, compounds), and words that occur twice or
 * more in the document (a name or a term, not a slip) are left alone. */
#include "repair.h"

#include "../lexicon/freq.h"
#include "../segment/segment.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

enum { MIN_LEN = 5, MIN_PART = 20, MIN_LONG_PART = 6, MIN_FIX = 50, RATIO = 4, MAX_WORD = 40 };

/* Bound forms written solid with what follows (antarkota, superefektif,
 * pascasarjana): a word that starts with one is not glued. */
static const char *const BOUND[] = {"antar", "super", "pro", "pasca", "pra", "non", "anti", "multi", "semi",
                                    "sub", "ultra", "tuna", "swa", "maha", "eka", "dwi", "tri", "catur",
                                    "panca", "serba", "inter", "intra", "ekstra", "kontra", "neo", "pan",
                                    "poli", "mikro", "makro", "mono", "infra", NULL};

static bool starts_bound(const char *w, size_t n)
{
    for (size_t i = 0; BOUND[i]; i++) {
        size_t m = strlen(BOUND[i]);
        if (n > m + 2 && strncasecmp(w, BOUND[i], m) == 0)
            return true;
    }
    return false;
}

static bool known_plain(wt_lexicon *lex, const char *w, size_t n)
{
    return wt_freq(w, n) > 0 || wt_lex_known(lex, w, n);
}

static bool ends_ci(const char *w, size_t n, const char *suf, size_t *k)
{
    size_t m = strlen(suf);
    if (n < m + 3 || strncasecmp(w + n - m, suf, m) != 0)
        return false;
    *k = m;
    return true;
}

/* Known as it is, or as a known stem with Indonesian affixes around it:
 * mitranya, terbarukan, bawahi, kesepahaman, menyampaikan (sampai). */
static bool known_derived(wt_lexicon *lex, const char *w, size_t n, int depth)
{
    if (n < 3)
        return false;
    if (known_plain(lex, w, n))
        return true;
    if (depth >= 4)
        return false;
    static const char *const SUF[] = {"nya", "lah", "kah", "pun", "kan", "an", "i", "ku", "mu", NULL};
    for (size_t i = 0; SUF[i]; i++) {
        size_t k;
        if (ends_ci(w, n, SUF[i], &k) && known_derived(lex, w, n - k, depth + 1))
            return true;
    }
    /* prefixes, with the nasal that replaces a stem's first consonant */
    static const struct {
        const char *pre, *swap;
    } PRE[] = {{"memper", ""}, {"diper", ""}, {"meng", ""}, {"meng", "k"}, {"meny", "s"}, {"mem", ""},
               {"mem", "p"},   {"men", ""},   {"men", "t"},  {"me", ""},   {"peng", ""},  {"peng", "k"},
               {"peny", "s"},  {"pem", ""},   {"pem", "p"},  {"pen", ""},  {"pen", "t"},  {"per", ""},
               {"pe", ""},     {"ber", ""},   {"be", ""},    {"ter", ""},  {"di", ""},    {"ke", ""},
               {"se", ""},     {NULL, NULL}};
    for (size_t i = 0; PRE[i].pre; i++) {
        size_t m = strlen(PRE[i].pre), sw = strlen(PRE[i].swap);
        if (n < m + 3 || strncasecmp(w, PRE[i].pre, m) != 0)
            continue;
        char stem[MAX_WORD + 2];
        size_t sn = n - m + sw;
        if (sn > MAX_WORD)
            continue;
        memcpy(stem, PRE[i].swap, sw);
        memcpy(stem + sw, w + m, n - m);
        if (known_derived(lex, stem, sn, depth + 1))
            return true;
    }
    return false;
}

static bool known(wt_lexicon *lex, const char *w, size_t n)
{
    return known_derived(lex, w, n, 0);
}

/* A compound that takes a prefix and a suffix together is written solid:
 * disalahgunakan, dilipatgandakan, menandatangani, pertanggungjawaban. */
static bool affixed_compound(wt_lexicon *lex, const char *w, size_t n)
{
    static const struct {
        const char *pre, *swap;
    } PRE[] = {{"memper", ""}, {"diper", ""}, {"meng", ""}, {"meng", "k"}, {"meny", "s"}, {"mem", ""},
               {"mem", "p"},   {"men", ""},   {"men", "t"},  {"me", ""},   {"peng", ""},  {"peng", "k"},
               {"peny", "s"},  {"pem", ""},   {"pem", "p"},  {"pen", ""},  {"pen", "t"},  {"per", ""},
               {"pe", ""},     {"ber", ""},   {"ter", ""},   {"di", ""},   {"ke", ""},    {NULL, NULL}};
    static const char *const SUF[] = {"kan", "an", "i", NULL};
    for (size_t i = 0; PRE[i].pre; i++) {
        size_t pm = strlen(PRE[i].pre), sw = strlen(PRE[i].swap);
        if (n <= pm + 6 || n - pm + sw > MAX_WORD || strncasecmp(w, PRE[i].pre, pm) != 0)
            continue;
        for (size_t k = 0; SUF[k]; k++) {
            size_t sm = strlen(SUF[k]);
            if (strncasecmp(w + n - sm, SUF[k], sm) != 0)
                continue;
            char x[MAX_WORD + 2];
            memcpy(x, PRE[i].swap, sw);
            memcpy(x + sw, w + pm, n - pm - sm);
            size_t xn = sw + n - pm - sm;
            /* the inside splits into two known words */
            for (size_t cut = 3; cut + 3 <= xn; cut++)
                if (known_plain(lex, x, cut) && known_plain(lex, x + cut, xn - cut))
                    return true;
        }
    }
    return false;
}

/* Keys next to each other on a QWERTY keyboard: the usual slips. */
static bool adjacent_keys(char a, char b)
{
    static const char *const ROWS[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    int ra = -1, ca = -1, rb = -1, cb = -1;
    for (int r = 0; r < 3; r++) {
        const char *p = strchr(ROWS[r], a), *q = strchr(ROWS[r], b);
        if (p) {
            ra = r;
            ca = (int)(p - ROWS[r]);
        }
        if (q) {
            rb = r;
            cb = (int)(q - ROWS[r]);
        }
    }
    if (ra < 0 || rb < 0 || abs(ra - rb) > 1)
        return false;
    /* rows are offset by about half a key */
    int da = ca * 2 + ra, db = cb * 2 + rb;
    return abs(da - db) <= 2 && !(a == b);
}

bool wt_split_glued(wt_lexicon *lex, const char *w, size_t n, char *out, size_t cap)
{
    if (n < MIN_LEN || n > MAX_WORD)
        return false;
    double best[MAX_WORD + 1];
    int from[MAX_WORD + 1], parts[MAX_WORD + 1];
    double total = (double)wt_freq_total() + 1.0;
    best[0] = 0;
    parts[0] = 0;
    for (size_t i = 1; i <= n; i++) {
        best[i] = -INFINITY;
        from[i] = -1;
        for (size_t j = i >= 2 ? i - 2 : 0; ; j--) {
            size_t len = i - j;
            /* parts of three letters or more, but "di" and "ke" first */
            bool short_ok = len == 2 && j == 0 && (strncmp(w, "di", 2) == 0 || strncmp(w, "ke", 2) == 0);
            if ((len >= 3 || short_ok) && best[j] > -INFINITY && parts[j] < 3) {
                unsigned f = wt_freq(w + j, len);
                bool ok = wt_lex_known(lex, w + j, len) && (f >= MIN_PART || len >= MIN_LONG_PART) &&
                          (len > 3 || f >= 200 || short_ok); /* not "sinergi tas" */
                /* "di" and "ke" stay on a verb or noun they form a word
                 * with: dinilai, kemudian */
                if (ok && j == 2 && short_ok == false && best[2] > -INFINITY && from[2] == 0 &&
                    known_derived(lex, w, i, 0))
                    ok = false;
                if (ok) {
                    /* unigram log-probability of the part */
                    double sc = best[j] + log(((double)f + 0.5) / total);
                    if (sc > best[i]) {
                        best[i] = sc;
                        from[i] = (int)j;
                        parts[i] = parts[j] + 1;
                    }
                }
            }
            if (j == 0)
                break;
        }
    }
    if (from[n] < 0 || parts[n] < 2)
        return false;
    /* write the parts, separated by spaces, keeping the original letters */
    size_t cuts[8], k = 0;
    for (int i = (int)n; i > 0 && k < 8; i = from[i])
        cuts[k++] = (size_t)i;
    size_t o = 0, prev = 0;
    for (size_t c = k; c-- > 0;) {
        size_t len = cuts[c] - prev;
        if (o + len + 2 > cap)
            return false;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, w + prev, len);
        o += len;
        prev = cuts[c];
    }
    out[o] = 0;
    return true;
}

bool wt_correct_typo(wt_lexicon *lex, const char *w, size_t n, char *out, size_t cap)
{
    if (n < MIN_LEN || n + 2 > cap || n > MAX_WORD)
        return false;
    char low[MAX_WORD + 2], cand[MAX_WORD + 2], best_w[MAX_WORD + 2];
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)w[i]);
    unsigned best = 0, second = 0;
    best_w[0] = 0;
#define TRY(len)                                                                  \
    do {                                                                          \
        unsigned f = wt_freq(cand, (len));                                        \
        if (f > 0 && strncmp(cand, best_w, (len)) != 0 && wt_lex_known(lex, cand, (len))) { \
            if (f > best) {                                                       \
                second = best;                                                    \
                best = f;                                                         \
                memcpy(best_w, cand, (len));                                      \
                best_w[(len)] = 0;                                                \
            } else if (f > second) {                                              \
                second = f;                                                       \
            }                                                                     \
        }                                                                         \
    } while (0)
    for (size_t i = 0; i < n; i++) {
        /* deletion of a letter too many */
        memcpy(cand, low, i);
        memcpy(cand + i, low + i + 1, n - i - 1);
        TRY(n - 1);
        /* transposition */
        if (i + 1 < n) {
            memcpy(cand, low, n);
            cand[i] = low[i + 1];
            cand[i + 1] = low[i];
            TRY(n);
        }
        /* substitution by a neighbouring key */
        for (char c = 'a'; c <= 'z'; c++) {
            if (c == low[i] || !adjacent_keys(c, low[i]))
                continue;
            memcpy(cand, low, n);
            cand[i] = c;
            TRY(n);
        }
    }
    /* insertion */
    for (size_t i = 0; i <= n; i++)
        for (char c = 'a'; c <= 'z'; c++) {
            memcpy(cand, low, i);
            cand[i] = c;
            memcpy(cand + i + 1, low + i, n - i);
            TRY(n + 1);
        }
#undef TRY
    if (best < MIN_FIX || best < RATIO * second)
        return false;
    size_t bl = strlen(best_w);
    memcpy(out, best_w, bl + 1);
    if (isupper((unsigned char)w[0]))
        out[0] = (char)toupper((unsigned char)out[0]);
    return true;
}

/* ---- the pass ---- */

static bool is_letter(unsigned char c) { return isalpha(c); }

/* A word of s at [ws, we) sits at the start of a sentence. */
static bool sentence_start(const char *s, size_t ws)
{
    size_t i = ws;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '"' || s[i - 1] == '(' ||
                     ((unsigned char)s[i - 1] >= 0x80)))
        i--;
    return i == 0 || s[i - 1] == '\n' || s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?';
}

/* How many times the word occurs in the text (case-insensitive, whole words),
 * stopping at 2. */
static int occurrences(const char *s, size_t n, const char *w, size_t wn)
{
    int k = 0;
    for (size_t i = 0; i + wn <= n && k < 2; i++) {
        if (strncasecmp(s + i, w, wn) == 0 && (i == 0 || !is_letter((unsigned char)s[i - 1])) &&
            (i + wn == n || !is_letter((unsigned char)s[i + wn])))
            k++;
    }
    return k;
}

static bool emit_fix(wt_rewriter *rw, wt_fixes *fixes, const char *s, size_t *copied, size_t start, size_t end,
                     const char *rep, const char *kind)
{
    wt_rw_copy(rw, s + *copied, start - *copied);
    size_t out_s = rw->out.len;
    wt_rw_replace(rw, end - start, rep, strlen(rep));
    *copied = end;
    if (fixes->n == fixes->cap) {
        size_t nc = fixes->cap ? fixes->cap * 2 : 16;
        wt_fix *v = realloc(fixes->v, nc * sizeof *v);
        if (!v)
            return false;
        fixes->v = v;
        fixes->cap = nc;
    }
    fixes->v[fixes->n++] = (wt_fix){(uint32_t)start, (uint32_t)end, (uint32_t)out_s, (uint32_t)rw->out.len, kind};
    return true;
}

/* Repairs the word s[ws..we) if it is a confident case (see the top). */
static bool repair_word(wt_lexicon *lex, const char *s, size_t n, size_t ws, size_t we, char before, char after,
                        wt_rewriter *rw, wt_fixes *fixes, size_t *copied)
{
    const char *w = s + ws;
    size_t wn = we - ws;
    if (wn < MIN_LEN || wn > MAX_WORD)
        return true;
    /* "miliar.Kamiingin": a capitalised word right after a full stop is a
     * sentence that lost its space, not part of a URL */
    bool after_stop = before == '.' && isupper((unsigned char)w[0]) && ws >= 2 && islower((unsigned char)s[ws - 2]);
    if (isdigit((unsigned char)before) || (strchr("./@-_#&", before) && !after_stop) || isdigit((unsigned char)after) ||
        strchr("@/-_", after) || (after == '.' && we + 1 < n && islower((unsigned char)s[we + 1])))
        return true;
    if (known(lex, w, wn) || wt_lex_english(lex, w, wn))
        return true;
    /* capitals inside: dariRusia is glue, iPhone and McDonald are names */
    size_t cap_at = 0;
    for (size_t k = 1; k < wn; k++)
        if (isupper((unsigned char)w[k])) {
            cap_at = k;
            break;
        }
    char rep[128];
    if (cap_at) {
        bool lower_prefix = true;
        for (size_t k = 0; k < cap_at; k++)
            if (!islower((unsigned char)w[k]))
                lower_prefix = false;
        if (lower_prefix && cap_at >= 2 && wt_freq(w, cap_at) >= MIN_FIX && wn - cap_at >= 3 &&
            islower((unsigned char)w[cap_at + 1])) {
            memcpy(rep, w, cap_at);
            rep[cap_at] = ' ';
            memcpy(rep + cap_at + 1, w + cap_at, wn - cap_at);
            rep[wn + 1] = 0;
            return emit_fix(rw, fixes, s, copied, ws, we, rep, "split");
        }
        return true;
    }
    bool capital = isupper((unsigned char)w[0]);
    if (capital && !sentence_start(s, ws))
        return true; /* a name */
    if (occurrences(s, n, w, wn) >= 2)
        return true; /* a term or a name of this document */
    if (starts_bound(w, wn) || affixed_compound(lex, w, wn))
        return true; /* written solid on purpose */
    char low[MAX_WORD + 1];
    for (size_t k = 0; k < wn; k++)
        low[k] = (char)tolower((unsigned char)w[k]);
    char typo[128];
    bool has_typo = !capital && wt_correct_typo(lex, w, wn, typo, sizeof typo);
    if (wt_split_glued(lex, low, wn, rep, sizeof rep)) {
        /* "diahadapi": "dia hadapi" or a slip for "dihadapi"? Leave it */
        const char *sp = strchr(rep, ' ');
        if (sp && sp - rep <= 3)
            for (size_t k = 1; k < wn; k++) {
                char del[MAX_WORD + 1];
                memcpy(del, low, k);
                memcpy(del + k, low + k + 1, wn - k - 1);
                if (known_derived(lex, del, wn - 1, 0))
                    return true;
            }
        /* a reduplication that lost its hyphen: samasama, teman-temannya */
        if (sp && !strchr(sp + 1, ' ') && strncmp(sp + 1, rep, (size_t)(sp - rep)) == 0) {
            char *h = rep + (sp - rep);
            *h = '-';
            if (capital)
                rep[0] = (char)toupper((unsigned char)rep[0]);
            return emit_fix(rw, fixes, s, copied, ws, we, rep, "split");
        }
        if (has_typo) {
            bool short_part = false;
            for (const char *p = rep; *p;) {
                const char *e = strchr(p, ' ');
                size_t len = e ? (size_t)(e - p) : strlen(p);
                short_part |= len <= 4;
                p += len + (e ? 1 : 0);
            }
            if (short_part)
                return emit_fix(rw, fixes, s, copied, ws, we, typo, "spelling");
        }
        /* a capitalised word at a sentence start may be a name (Nurman):
         * split it only into frequent words (Kamijuga, Menurutdia) */
        if (capital) {
            for (const char *p = rep; *p;) {
                const char *e = strchr(p, ' ');
                size_t len = e ? (size_t)(e - p) : strlen(p);
                if (wt_freq(p, len) < 100)
                    return true;
                p += len + (e ? 1 : 0);
            }
            rep[0] = (char)toupper((unsigned char)rep[0]);
        }
        return emit_fix(rw, fixes, s, copied, ws, we, rep, "split");
    }
    /* spelling only for lower-case words: a capitalised unknown word is
     * more likely a name than a slip */
    if (has_typo)
        return emit_fix(rw, fixes, s, copied, ws, we, typo, "spelling");
    return true;
}

static const char *const TLD_AFTER_DOT[] = {"com", "co", "id", "org", "net", "go", "ac", "or", NULL};

double wt_indonesian_share(const char *s, size_t n)
{
    size_t words = 0, hits = 0, i = 0;
    while (i < n && words < 400) {
        while (i < n && !is_letter((unsigned char)s[i]))
            i++;
        size_t st = i;
        while (i < n && is_letter((unsigned char)s[i]))
            i++;
        if (i - st < 2)
            continue;
        words++;
        hits += wt_freq(s + st, i - st) > 0;
    }
    return words ? (double)hits / (double)words : 0.0;
}

bool wt_repair_words(const char *s, size_t n, wt_lexicon *lex, wt_rewriter *rw, wt_fixes *fixes)
{
    size_t copied = 0, i = 0;
    /* only Indonesian text is repaired (the dictionary and the frequencies
     * know nothing of Portuguese) */
    if (wt_indonesian_share(s, n) < 0.7)
        lex = NULL;
    while (lex && i < n) {
        if (!is_letter((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t ws = i;
        while (i < n && is_letter((unsigned char)s[i]))
            i++;
        size_t we = i, wn = we - ws;
        const char *w = s + ws;
        char before = ws ? s[ws - 1] : ' ', after = we < n ? s[we] : ' ';
        if (!repair_word(lex, s, n, ws, we, before, after, rw, fixes, &copied))
            return false;
        /* a missing space after a full stop: "miliar.Kami" */
        if (after == '.' && we + 2 < n && isupper((unsigned char)s[we + 1]) && islower((unsigned char)s[we + 2]) &&
            wn >= 3 && islower((unsigned char)w[wn - 1]) && before != '.' && before != '/' && before != '@' &&
            copied <= we) {
            size_t k = we + 1;
            while (k < n && is_letter((unsigned char)s[k]))
                k++;
            bool tld = false;
            for (size_t t = 0; TLD_AFTER_DOT[t]; t++)
                if (wt_str_eq_ci(s + we + 1, k - we - 1, TLD_AFTER_DOT[t]))
                    tld = true;
            if (!tld && !wt_abbrev_class(w, wn + 1) && !emit_fix(rw, fixes, s, &copied, we, we + 1, ". ", "space"))
                return false;
        }
    }
    wt_rw_copy(rw, s + copied, n - copied);
    return !rw->oom;
}
