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
#include <xxhash.h>
#include <string.h>

enum { MIN_LEN = 5, MIN_PART = 20, MIN_LONG_PART = 6, MIN_FIX = 50, RATIO = 4, MAX_WORD = 40 };

/* What the dictionary says of a word, whatever its context: cached, since
 * news repeats its unknown words (names above all) and the analysis of an
 * unknown word is costly. */
enum { A_KNOWN = 1, A_SPLIT = 2, A_TYPO = 4, A_UNSURE = 8, A_TYPO_DONE = 16 };

typedef struct analysis {
    char word[MAX_WORD + 1];
    uint8_t len, flags;
    char split[96], typo[MAX_WORD + 2];
} analysis;

#define MEMO_SLOTS 16384

/* A worker's repairer: its own Hunspell and memo, the shared tables. */
struct wt_repairer {
    wt_lexicon *lex;
    const wt_freq_table *freq;
    const wt_typos *typos;
    const wt_abbrevs *abbr;
    analysis *memo; /* MEMO_SLOTS analyses, by hash of the word */
};

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

static bool known_plain(const wt_repairer *r, const char *w, size_t n)
{
    return wt_freq(r->freq, w, n) > 0 || wt_lex_known(r->lex, w, n);
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
/* depth counts the affixes taken off; once a prefix is off (depth >= 8 marks
 * it), only prefixes may follow: suffixes come off first */
static bool known_derived(const wt_repairer *r, const char *w, size_t n, int depth)
{
    if (n < 3)
        return false;
    /* stems must be in the frequency table (fast, and roots are frequent) */
    if (wt_freq(r->freq, w, n) > 0)
        return true;
    int taken = depth & 7;
    bool prefix_taken = depth >= 8;
    if (taken >= 3)
        return false;
    static const char *const SUF[] = {"nya", "lah", "kah", "pun", "kan", "an", "i", "ku", "mu", NULL};
    for (size_t i = 0; !prefix_taken && SUF[i]; i++) {
        size_t k;
        if (ends_ci(w, n, SUF[i], &k) && known_derived(r, w, n - k, depth + 1))
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
        if (known_derived(r, stem, sn, (taken + 1) | 8))
            return true;
    }
    return false;
}

/* A prefix, a suffix or both off a stem Hunspell knows: dirangkum,
 * kehadirat, direfleksikan. */
static bool one_affix_off(const wt_repairer *r, const char *w, size_t n)
{
    static const char *const PRE[] = {"", "di", "ke", "se", "ter", "ber", "per", NULL};
    static const char *const SUF[] = {"", "nya", "kan", "an", "i", NULL};
    for (size_t i = 0; PRE[i]; i++) {
        size_t m = strlen(PRE[i]);
        if (n < m + 4 || strncasecmp(w, PRE[i], m) != 0)
            continue;
        for (size_t j = 0; SUF[j]; j++) {
            size_t k = strlen(SUF[j]);
            if ((m == 0 && k == 0) || n < m + k + 4 || strncasecmp(w + n - k, SUF[j], k) != 0)
                continue;
            if (wt_lex_known(r->lex, w + m, n - m - k))
                return true;
        }
    }
    return false;
}

/* Known to the frequency table, as a derivation of a frequent stem, to
 * Hunspell, or as one affix on a Hunspell word (cheapest first). */
static bool known(const wt_repairer *r, const char *w, size_t n)
{
    return known_derived(r, w, n, 0) || wt_lex_known(r->lex, w, n) || one_affix_off(r, w, n);
}

/* A compound that takes a prefix and a suffix together is written solid:
 * disalahgunakan, dilipatgandakan, menandatangani, pertanggungjawaban. */
static bool affixed_compound(const wt_repairer *r, const char *w, size_t n)
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
                if (known_plain(r, x, cut) && known_plain(r, x + cut, xn - cut))
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

bool wt_split_glued(const wt_repairer *r, const char *w, size_t n, char *out, size_t cap)
{
    if (n < MIN_LEN || n > MAX_WORD)
        return false;
    double best[MAX_WORD + 1];
    int from[MAX_WORD + 1], parts[MAX_WORD + 1];
    double total = (double)wt_freq_total(r->freq) + 1.0;
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
                unsigned f = wt_freq(r->freq, w + j, len);
                bool ok = wt_lex_known(r->lex, w + j, len) && (f >= MIN_PART || len >= MIN_LONG_PART) &&
                          (len > 3 || f >= 200 || short_ok); /* not "sinergi tas" */
                /* "di" and "ke" stay on a verb or noun they form a word
                 * with: dinilai, kemudian */
                if (ok && j == 2 && short_ok == false && best[2] > -INFINITY && from[2] == 0 &&
                    known_derived(r, w, i, 0))
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
    size_t cuts[8] = {0}, k = 0;
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

/* ---- typos: a symmetric-deletion index of the frequent words ----
 * Only words with at least MIN_FIX occurrences can be corrections, so they
 * and each of their one-letter deletions go into a hash from key to word;
 * a word's candidates at edit distance 1 are found by looking up the word
 * and its own deletions, then checked for the kind of slip allowed. */

typedef struct del_entry {
    uint64_t key;  /* hash of the deletion string */
    uint32_t word; /* index into the word list */
} del_entry;

struct wt_typos {
    char (*w)[MAX_WORD + 1];
    unsigned *f;
    size_t n;
    del_entry *tab;
    size_t cap;
};

static void typo_add(wt_typos *t, uint64_t key, uint32_t word)
{
    size_t h = (size_t)key & (t->cap - 1);
    while (t->tab[h].key) {
        if (t->tab[h].key == key && t->tab[h].word == word)
            return;
        h = (h + 1) & (t->cap - 1);
    }
    t->tab[h] = (del_entry){key ? key : 1, word};
}

void wt_typos_free(wt_typos *t)
{
    if (!t)
        return;
    free(t->w);
    free(t->f);
    free(t->tab);
    free(t);
}

wt_status wt_typos_build(const wt_freq_table *freq, wt_typos **out, wt_error *err)
{
    *out = NULL;
    size_t n = wt_freq_words(freq, MIN_FIX, NULL, NULL, 0);
    wt_typos *t = calloc(1, sizeof *t);
    if (t) {
        t->w = calloc(n ? n : 1, sizeof *t->w);
        t->f = calloc(n ? n : 1, sizeof *t->f);
    }
    if (!t || !t->w || !t->f) {
        wt_typos_free(t);
        return wt_fail(err, WT_ENOMEM, "typo index", 0, -1, "out of memory");
    }
    t->n = wt_freq_words(freq, MIN_FIX, t->w, t->f, n);
    size_t entries = 0;
    for (size_t i = 0; i < t->n; i++)
        entries += strlen(t->w[i]) + 1;
    t->cap = 1024;
    while (t->cap < entries * 2)
        t->cap *= 2;
    t->tab = calloc(t->cap, sizeof *t->tab);
    if (!t->tab) {
        wt_typos_free(t);
        return wt_fail(err, WT_ENOMEM, "typo index", 0, -1, "out of memory");
    }
    for (size_t i = 0; i < t->n; i++) {
        const char *w = t->w[i];
        size_t len = strlen(w);
        typo_add(t, XXH3_64bits(w, len), (uint32_t)i);
        char d[MAX_WORD + 1];
        for (size_t k = 0; k < len; k++) {
            memcpy(d, w, k);
            memcpy(d + k, w + k + 1, len - k - 1);
            typo_add(t, XXH3_64bits(d, len - 1), (uint32_t)i);
        }
    }
    *out = t;
    return WT_OK;
}

/* The kind of single edit that turns a into b, or 0: 'd' a has a letter
 * too many, 'i' a lacks one, 's' a neighbouring key, 't' two swapped. */
static char edit_kind(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0;
    while (i < an && i < bn && a[i] == b[i])
        i++;
    if (an == bn + 1)
        return strcmp(a + i + 1, b + i) == 0 ? 'd' : 0;
    if (bn == an + 1)
        return strcmp(a + i, b + i + 1) == 0 ? 'i' : 0;
    if (an != bn || i == an)
        return 0;
    if (strcmp(a + i + 1, b + i + 1) == 0)
        return adjacent_keys(a[i], b[i]) ? 's' : 0;
    if (i + 1 < an && a[i] == b[i + 1] && a[i + 1] == b[i] && strcmp(a + i + 2, b + i + 2) == 0)
        return 't';
    return 0;
}

bool wt_correct_typo(const wt_repairer *r, const char *w, size_t n, char *out, size_t cap)
{
    const wt_typos *t = r->typos;
    if (n < MIN_LEN || n + 2 > cap || n > MAX_WORD)
        return false;
    char low[MAX_WORD + 2];
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)w[i]);
    low[n] = 0;
    unsigned best = 0, second = 0;
    long best_i = -1;
    char keyw[MAX_WORD + 1];
    for (size_t k = 0; k <= n; k++) {
        size_t kn;
        if (k == n) { /* the word itself: a candidate lacks... no, has one more letter */
            memcpy(keyw, low, n);
            kn = n;
        } else {
            memcpy(keyw, low, k);
            memcpy(keyw + k, low + k + 1, n - k - 1);
            kn = n - 1;
        }
        uint64_t key = XXH3_64bits(keyw, kn);
        if (!key)
            key = 1;
        for (size_t h = (size_t)key & (t->cap - 1); t->tab[h].key; h = (h + 1) & (t->cap - 1)) {
            if (t->tab[h].key != key)
                continue;
            uint32_t wi = t->tab[h].word;
            const char *cand = t->w[wi];
            if ((long)wi == best_i || !edit_kind(low, n, cand, strlen(cand)))
                continue;
            unsigned f = t->f[wi];
            if (f > best) {
                second = best;
                best = f;
                best_i = (long)wi;
            } else if (f > second) {
                second = f;
            }
        }
    }
    if (best_i < 0 || best < MIN_FIX || best < RATIO * second)
        return false;
    size_t bl = strlen(t->w[best_i]);
    memcpy(out, t->w[best_i], bl + 1);
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
    int c0 = tolower((unsigned char)w[0]);
    for (size_t i = 0; i + wn <= n && k < 2; i++) {
        if (tolower((unsigned char)s[i]) != c0)
            continue;
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
    return wt_fixes_push(fixes, start, end, out_s, rw->out.len, kind);
}

wt_repairer *wt_repairer_new(wt_lexicon *lex, const wt_freq_table *freq, const wt_typos *typos, const wt_abbrevs *abbr)
{
    wt_repairer *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    *r = (wt_repairer){lex, freq, typos, abbr, calloc(MEMO_SLOTS, sizeof(analysis))};
    if (!r->memo) {
        free(r);
        return NULL;
    }
    return r;
}

void wt_repairer_free(wt_repairer *r)
{
    if (r)
        free(r->memo);
    free(r);
}

static const analysis *analyse(const wt_repairer *r, const char *low, size_t n, bool want_typo)
{
    uint64_t h = XXH3_64bits(low, n);
    analysis *a = &r->memo[h & (MEMO_SLOTS - 1)];
    if (a->len == n && memcmp(a->word, low, n) == 0) {
        if (want_typo && !(a->flags & (A_TYPO_DONE | A_KNOWN))) {
            if (wt_correct_typo(r, low, n, a->typo, sizeof a->typo))
                a->flags |= A_TYPO;
            a->flags |= A_TYPO_DONE;
        }
        return a;
    }
    memset(a, 0, sizeof *a);
    memcpy(a->word, low, n);
    a->len = (uint8_t)n;
    if (known(r, low, n) || wt_lex_english(r->lex, low, n) || starts_bound(low, n) ||
        affixed_compound(r, low, n)) {
        a->flags = A_KNOWN;
        return a;
    }
    /* the typo search is the costly part: only for lower-case words */
    if (want_typo) {
        if (wt_correct_typo(r, low, n, a->typo, sizeof a->typo))
            a->flags |= A_TYPO;
        a->flags |= A_TYPO_DONE;
    }
    if (wt_split_glued(r, low, n, a->split, sizeof a->split)) {
        a->flags |= A_SPLIT;
        /* "diahadapi": "dia hadapi" or a slip for "dihadapi"? */
        const char *sp = strchr(a->split, ' ');
        if (sp && sp - a->split <= 3)
            for (size_t k = 1; k < n; k++) {
                char del[MAX_WORD + 1];
                memcpy(del, low, k);
                memcpy(del + k, low + k + 1, n - k - 1);
                if (known_derived(r, del, n - 1, 0)) {
                    a->flags |= A_UNSURE;
                    break;
                }
            }
    }
    return a;
}

/* Repairs the word s[ws..we) if it is a confident case (see the top). */
static bool repair_word(const wt_repairer *r, const char *s, size_t n, size_t ws, size_t we, char before, char after,
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
        if (lower_prefix && cap_at >= 2 && wt_freq(r->freq, w, cap_at) >= MIN_FIX && wn - cap_at >= 3 &&
            islower((unsigned char)w[cap_at + 1]) && !known(r, w, wn)) {
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
    if (wt_freq(r->freq, w, wn) > 0)
        return true; /* the common case, one hash */
    char low[MAX_WORD + 1];
    for (size_t k = 0; k < wn; k++)
        low[k] = (char)tolower((unsigned char)w[k]);
    const analysis *a = analyse(r, low, wn, !capital);
    if (a->flags & A_KNOWN)
        return true;
    if (occurrences(s, n, w, wn) >= 2)
        return true; /* a term or a name of this document */
    bool has_typo = !capital && (a->flags & A_TYPO);
    if (a->flags & A_SPLIT) {
        if (a->flags & A_UNSURE)
            return true;
        memcpy(rep, a->split, strlen(a->split) + 1);
        const char *sp = strchr(rep, ' ');
        /* a capitalised word at a sentence start may be a name (Nurman):
         * split it only into frequent words (Kamijuga, Menurutdia) */
        if (capital) {
            for (const char *p = rep; *p;) {
                const char *e = strchr(p, ' ');
                size_t len = e ? (size_t)(e - p) : strlen(p);
                if (wt_freq(r->freq, p, len) < 100)
                    return true;
                p += len + (e ? 1 : 0);
            }
        }
        /* a reduplication that lost its hyphen: samasama, temantemannya */
        size_t first = sp ? (size_t)(sp - rep) : 0, second = sp ? strlen(sp + 1) : 0;
        if (sp && first >= 3 && !strchr(sp + 1, ' ') &&
            (strncmp(sp + 1, rep, first) == 0 ||                                   /* teman temannya */
             (second >= 3 && second < first && strncmp(rep + first - second, sp + 1, second) == 0))) /* sehari hari */
            rep[sp - rep] = '-';
        else if (has_typo) {
            bool short_part = false;
            for (const char *p = rep; *p;) {
                const char *e = strchr(p, ' ');
                size_t len = e ? (size_t)(e - p) : strlen(p);
                short_part |= len <= 4;
                p += len + (e ? 1 : 0);
            }
            if (short_part)
                return emit_fix(rw, fixes, s, copied, ws, we, a->typo, "spelling");
        }
        /* keep the original letters' case */
        for (size_t k = 0, o = 0; k < wn && rep[o]; o++) {
            if (rep[o] == ' ' || rep[o] == '-')
                continue;
            rep[o] = w[k++];
        }
        return emit_fix(rw, fixes, s, copied, ws, we, rep, "split");
    }
    /* spelling only for lower-case words: a capitalised unknown word is
     * more likely a name than a slip */
    if (has_typo)
        return emit_fix(rw, fixes, s, copied, ws, we, a->typo, "spelling");
    return true;
}

static const char *const TLD_AFTER_DOT[] = {"com", "co", "id", "org", "net", "go", "ac", "or", NULL};

double wt_indonesian_share(const wt_freq_table *freq, const char *s, size_t n)
{
    size_t words = 0, hits = 0, i = 0;
    while (i < n && words < 150) {
        while (i < n && !is_letter((unsigned char)s[i]))
            i++;
        size_t st = i;
        while (i < n && is_letter((unsigned char)s[i]))
            i++;
        if (i - st < 2)
            continue;
        words++;
        hits += wt_freq(freq, s + st, i - st) > 0;
    }
    return words ? (double)hits / (double)words : 0.0;
}

bool wt_repair_words(const wt_repairer *r, const char *s, size_t n, wt_rewriter *rw, wt_fixes *fixes)
{
    size_t copied = 0, i = 0;
    /* only Indonesian text is repaired (the dictionary and the frequencies
     * know nothing of Portuguese) */
    bool indonesian = r->lex && wt_indonesian_share(r->freq, s, n) >= 0.75;
    while (indonesian && i < n) {
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
        if (!repair_word(r, s, n, ws, we, before, after, rw, fixes, &copied))
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
            if (!tld && !wt_abbrev_class(r->abbr, w, wn + 1) && !emit_fix(rw, fixes, s, &copied, we, we + 1, ". ", "space"))
                return false;
        }
    }
    wt_rw_copy(rw, s + copied, n - copied);
    return !rw->oom;
}
