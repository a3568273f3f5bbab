/* entities.c - see entities.h.
 *
 * 1. Mentions: names from the knowledge base (longest match, capitalised
 *    as in running text) and spans from the tagger; a knowledge-base name
 *    wins over an overlapping tagger span, except a country inside an
 *    organisation's name ("Kementerian Luar Negeri Rusia").
 * 2. Titles: "Presiden", "Perdana Menteri Rusia" before or inside a
 *    person's span are split off and give the person a role and country.
 * 3. Misspellings: a capitalised word one or two edits from a person's
 *    family name ("Mishutin") is a mention of that person.
 * 4. Entities: mentions, longest first, join an entity that has the same
 *    knowledge-base entry, whose name contains them ("Putin" in "Vladimir
 *    Putin"), or whose family name they misspell; the rest start their own.
 *    A family name alone that the knowledge base knows ("Putin") is that
 *    person. */
#include "entities.h"
#include "../topic/topic.h"

#include "../doc/doc.h"
#include "../kb/kb.h"
#include "../lexicon/lexicon.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>

int wt_edits_within(const char *a, size_t na, const char *b, size_t nb, int k)
{
    int over = k + 1;
    if (na > 63 || nb > 63 || k < 0 || k > 8 || (na > nb ? na - nb : nb - na) > (size_t)k)
        return over;
    /* only cells within k of the diagonal can hold k edits or fewer; the
     * rest count as over */
    int prev[65], cur[65];
    for (size_t j = 0; j <= nb + 1; j++)
        prev[j] = j <= (size_t)k && j <= nb ? (int)j : over;
    for (size_t i = 1; i <= na; i++) {
        size_t lo = i > (size_t)k ? i - (size_t)k : 1, hi = i + (size_t)k < nb ? i + (size_t)k : nb;
        cur[lo - 1] = lo == 1 && i <= (size_t)k ? (int)i : over;
        int row_min = cur[lo - 1];
        for (size_t j = lo; j <= hi; j++) {
            int cost = tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]);
            int v = prev[j - 1] + cost;
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            cur[j] = v < over ? v : over;
            if (cur[j] < row_min)
                row_min = cur[j];
        }
        if (row_min >= over)
            return over;
        cur[hi + 1] = over;
        memcpy(prev + lo - 1, cur + lo - 1, (hi - lo + 3) * sizeof *prev);
    }
    return prev[nb] < over ? prev[nb] : over;
}

int wt_edit_distance(const char *a, size_t na, const char *b, size_t nb) { return wt_edits_within(a, na, b, nb, 8); }

/* ---- mentions ---- */

typedef struct mention {
    uint32_t s, e; /* tokens [s, e) */
    uint8_t type;
    const wt_kb_entity *kb;
    wt_kb_kind kind;
    const char *role, *country; /* from the words around it */
    int ent;
    const char *home; /* the country its title alone implies, when none is written */
} mention;

typedef struct ctx {
    wt_doc *d;
    const char **w; /* every token as a string */
    mention *m;
    size_t n, cap;
    uint8_t *covered; /* per token: 1 inside a mention */
    uint8_t *doubtful; /* per token: a world town without evidence opens here (world_town_evidence);
                        * 2: and the tagger reads a name there */
    uint8_t *office_place; /* per token: the place an office took opens here (holder_after_place) */
    const wt_entity_tables *t;
    wt_lexicon *lex;
    size_t place_scans; /* offices' places looked for in the document so far */
    const wt_kb_entity *taxed; /* an organisation whose letters name a tax paid here */
    /* the countries of the hand-written knowledge base's names the
     * document writes (countries, demonyms, capitals, places, bodies,
     * persons), found the first time a town of the world gazetteer asks */
    const char *named_countries[32];
    size_t n_named_countries;
    /* and those written by a name other than an English one alone
     * ("Jordan"; english_name_only) */
    const char *named_otherwise[32];
    size_t n_named_otherwise;
    bool countries_scanned;
} ctx;

/* w, written small, is a word of the Indonesian dictionary ("Lima" at a
 * sentence's start is the number) */
static bool known_in_lower_case(const ctx *c, const char *w)
{
    char low[64];
    size_t n = strlen(w);
    if (!c->lex || n >= sizeof low)
        return false;
    for (size_t j = 0; j <= n; j++)
        low[j] = (char)tolower((unsigned char)w[j]);
    return wt_lex_known(c->lex, low, n);
}

static bool add_mention(ctx *c, mention m)
{
    mention *p = WT_VEC_PUSH(c->d->arena, c->m, c->n, c->cap);
    if (!p)
        return false;
    m.ent = -1;
    *p = m;
    return true;
}

static bool is_country_kind(wt_kb_kind k) { return k <= WT_KB_DEMONYM; }

static int type_of_tag(const char *tag)
{
    const char *t = strlen(tag) > 2 && tag[1] == '-' ? tag + 2 : tag;
    if (!strcmp(t, "PER") || !strcmp(t, "PERSON") || !strcmp(t, "PPL"))
        return WT_ENT_PER;
    if (!strcmp(t, "ORG") || !strcmp(t, "ORGANISATION") || !strcmp(t, "ORGANIZATION") || !strcmp(t, "IND"))
        return WT_ENT_ORG;
    if (!strcmp(t, "LOC") || !strcmp(t, "LOCATION") || !strcmp(t, "PLACE") || !strcmp(t, "PLC") || !strcmp(t, "GPE"))
        return WT_ENT_LOC;
    return -1;
}

/* w is one of the words of list, exactly as written (first letters
 * compared before whole words) */
static bool word_in(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w[0] == list[i][0] && !strcmp(w, list[i]))
            return true;
    return false;
}
#define WORD_IN(w, list) word_in((w), (list), WT_ARRAY_LEN(list))

/* w is one of the lower-case words of the NULL-ended list, in any case */
static bool word_in_any_case(const char *w, const char *const *list)
{
    size_t n = strlen(w);
    for (size_t j = 0; list[j]; j++)
        if (wt_str_eq_ci(w, n, list[j]))
            return true;
    return false;
}

/* A word that opens the name of a government body. */
static bool body_head(const char *w)
{
    static const char *const HEADS[] = {"Departemen", "Kementerian", "Badan", "Dewan", "Direktorat", "Komisi",
                                        "Lembaga", "Kantor", "Biro", "Divisi", "Kedutaan", "Misi", "Perutusan"};
    return WORD_IN(w, HEADS);
}

/* a word after which a country is a place or a partner, not a nationality */
static bool preposition(const char *w)
{
    static const char *const P[] = {"di", "ke", "dari", "untuk", "dengan", "terhadap", "oleh", "bagi", "kepada",
                                    "antara", "dan", "atau", "asal", "pada", "sejak", "menuju", "atas", "tentang",
                                    "terkait", "mengenai", "soal", "seputar"}; /* "Terkait Iran, John Bolton ..." */
    for (size_t i = 0; i < WT_ARRAY_LEN(P); i++)
        if (!strcasecmp(w, P[i]))
            return true;
    return false;
}

/* a word that names a state's form before its name ("Republik Chile") */
static bool state_form(const char *w)
{
    static const char *const F[] = {"Republik", "Kerajaan", "Negara", "Federasi", "Kesultanan", "Keamiran"};
    return WORD_IN(w, F);
}

/* "Menlu AS" before "Mike Pompeo": a span that is a title and a country
 * names an office, not an organisation */
static bool title_and_country(const ctx *c, size_t s, size_t e)
{
    const char *r;
    size_t tl = wt_title_at(c->t->titles, c->w, e, s, &r);
    if (!tl || s + tl >= e)
        return false;
    const wt_kb_entity *ke;
    wt_kb_kind k;
    return wt_kb_match_entity(c->t->kb, c->w, e, s + tl, true, &ke, &k) == e - s - tl && is_country_kind(k);
}

/* The role of the longest title of the table that ends right before
 * token s, after lo ("" for an honorific); NULL when none does. *len:
 * its words (may be NULL). */
static const char *title_ending_at_n(const ctx *c, size_t lo, size_t s, size_t *len)
{
    const char *r;
    for (size_t n = WT_MAX_TITLE_WORDS; n >= 1; n--)
        if (s >= lo + n && wt_title_at(c->t->titles, c->w, s, s - n, &r) == n) {
            if (len)
                *len = n;
            return r;
        }
    return NULL;
}

static const char *title_ending_at(const ctx *c, size_t lo, size_t s)
{
    return title_ending_at_n(c, lo, s, NULL);
}

/* the offices of a state's head, deputy head and head of government */
static const char *const STATE_HEADS[] = {"head_of_state", "vice_president", "head_of_government"};

/* a police or military rank's role */
static bool rank_role(const char *role)
{
    return !strcmp(role, "police_officer") || !strcmp(role, "military_officer");
}

/* a title's role that is no office: a rank, an honorific, a royal's style */
static bool rank_or_style(const char *role)
{
    return !*role || rank_role(role) || !strcmp(role, "royal");
}

/* The first token of the ranks, honorifics and styles written right
 * before token s, after lo ("Jalan [Letjen] S Parman", "Jalan [Ir H]
 * Juanda"); s when there is none. */
static size_t ranks_before(const ctx *c, size_t lo, size_t s)
{
    size_t len;
    const char *r;
    while ((r = title_ending_at_n(c, lo, s, &len)) && rank_or_style(r))
        s -= len;
    return s;
}

/* a title of the table ends right before token s */
static bool title_ends_at(const ctx *c, size_t lo, size_t s) { return title_ending_at(c, lo, s) != NULL; }

/* a word with no capital letter anywhere ("kota", not "al-Mandab") */
/* A particle inside names, written small: "Alex dos Santos", "Mohammed
 * bin Salman", "Robin van Persie" */
static bool name_particle(const char *w)
{
    static const char *const P[] = {"bin", "binti", "ibn", "bint", "van", "von", "der", "den", "de", "da", "dos",
                                    "das", "del", "della", "di", "du", "al", "el", "le", "la", "y", "ter"};
    return WORD_IN(w, P);
}

/* A word written small that is no name's: of the Indonesian dictionary,
 * reduplicated ("blak-blakan"), or with a verb's or noun's affix
 * ("behasil", "seperri" are typing slips of such words); not a name's
 * particle. */
static bool word_not_name(const ctx *c, const char *w)
{
    static const char *const PREFIX[] = {"me", "di", "ber", "be", "ter", "pe", "se", "ke"};
    size_t n = strlen(w);
    if (name_particle(w))
        return false;
    if (known_in_lower_case(c, w) || strchr(w, '-'))
        return true;
    for (size_t k = 0; n >= 6 && k < WT_ARRAY_LEN(PREFIX); k++)
        if (!strncmp(w, PREFIX[k], strlen(PREFIX[k])))
            return true;
    return n >= 6 && (!strcmp(w + n - 3, "kan") || !strcmp(w + n - 3, "nya"));
}

static bool small_word(const ctx *c, size_t i)
{
    if (c->d->tokens[i].kind != WT_TOK_WORD || (c->d->tokens[i].flags & (WT_TF_CAP | WT_TF_UPPER)))
        return false;
    for (const char *p = c->w[i]; *p; p++)
        if (isupper((unsigned char)*p))
            return false;
    return true;
}

/* a country at t is a place, not a nationality: right after a preposition
 * ("untuk Jepang, Nama"), or closing a phrase of place, "di", "ke" or
 * "dari" over up to four lower-case words ("di parlemen Jerman, Nama");
 * not "dengan aktivis Hong Kong Nama", nor "penasihat keamanan nasional
 * AS, Nama" */
static bool place_phrase(const ctx *c, size_t lo, size_t t)
{
    if (t > lo && preposition(c->w[t - 1]))
        return true;
    for (size_t i = t, k = 0; i > lo && k <= 4; i--, k++) {
        const char *w = c->w[i - 1];
        if (!strcasecmp(w, "di") || !strcasecmp(w, "ke") || !strcasecmp(w, "dari"))
            return true;
        if (!small_word(c, i - 1))
            return false;
    }
    return false;
}

/* The country a minister's portfolio written alone implies, in a story
 * about Indonesia (its own pointer: story_at_home decides). */
static const char PORTFOLIO_HOME[] = "IDN";

/* "Juru Bicara Menlu", "Sekretaris Menpora", "Staf Khusus Mendagri",
 * "Asisten Menpora": words before an office (ending at i) that make its
 * holder's aide the one named; *role is the aide's role, or NULL when it
 * has none of its own. */
static bool aide_of_the_office(const ctx *c, size_t lo, size_t i, const char **role)
{
    static const char *const SPOKES[] = {"Bicara", "Jubir"}, *const ADVISERS[] = {"Khusus", "Stafsus", "Penasihat",
                                                                                     "Penasehat", "Ahli"},
                             *const OTHERS[] = {"Sekretaris", "Asisten", "Ajudan", "Sespri", "Staf", "Pribadi"};
    if (i <= lo || !(c->d->tokens[i - 1].flags & WT_TF_CAP))
        return false;
    const char *w = c->w[i - 1];
    *role = WORD_IN(w, SPOKES) ? "spokesperson" : WORD_IN(w, ADVISERS) ? "adviser" : NULL;
    return *role || WORD_IN(w, OTHERS);
}

/* Whether words [lo, e) of a sentence name a country. */
static bool names_a_country(const ctx *c, size_t lo, size_t e)
{
    for (size_t st = lo; st < e; st++) {
        const wt_kb_entity *ke;
        wt_kb_kind k;
        if (wt_kb_match_entity(c->t->kb, c->w, e, st, true, &ke, &k) && is_country_kind(k))
            return true;
    }
    return false;
}

static const char *deputy_role(const char *r);

/* Whether words [p, t) are a state's name with ordinals and commas
 * around it ("Ketiga Indonesia", "RI Ketiga ,"), no body of its
 * ("Dai Muda Indonesia"). */
static bool state_named(const ctx *c, size_t p, size_t t)
{
    bool named = false;
    for (size_t i = p; i < t;) {
        const wt_kb_entity *e;
        wt_kb_kind k;
        size_t m = wt_kb_match_entity(c->t->kb, c->w, t, i, true, &e, &k);
        if (m && is_country_kind(k)) {
            named = true;
            i += m;
            continue;
        }
        const char *w = c->w[i];
        if (strcmp(w, ",") != 0 && strcmp(w, "Pertama") != 0 && !(!strncmp(w, "Ke", 2) && known_in_lower_case(c, w)))
            return false;
        i++;
    }
    return named;
}

/* "Menteri Perhubungan Budi Karya Sumadi", "Menteri Pekerjaan Umum dan
 * Perumahan Rakyat (PUPR) Basuki Hadimuljono", "Direktur Jenderal
 * Hortikultura, Prihasto Setyanto": an office's title, then its portfolio
 * or body up to the name at t: words of the dictionary written
 * capitalised or acronyms, "dan", a comma, an acronym in brackets. The
 * office's role, or NULL (a rank or a style is none); *at, the title's
 * first token. An aide's title before the office makes the aide the one
 * named, unless another name follows this one, written right after the
 * office (holder_then_aide: "Asisten Pribadi Menpora Imam Nahrawi yakni
 * Miftahul Ulum"; not "Staf Ahli Bupati Bidang ..., Nama, Nama"). A
 * state's head is one only with the state named there ("Presiden Ketiga
 * Indonesia, BJ Habibie"; not "Presiden Real Madrid").
 * Indonesian news writes a foreign minister's country with the
 * portfolio; *domestic says none is written in the sentence before the
 * title either ("delegasi Tanzania yang dipimpin Menteri Perdagangan dan
 * Industri, Amina Salum Ali" is Tanzania's). */
static const char *office_of_a_portfolio(const ctx *c, size_t lo, size_t t, bool holder_then_aide, bool *domestic,
                                         size_t *at)
{
    for (size_t h = t; h > lo && h + 10 > t; h--) {
        const wt_token *tk = &c->d->tokens[h - 1];
        const char *w = c->w[h - 1];
        bool cap = tk->kind == WT_TOK_WORD && (tk->flags & (WT_TF_CAP | WT_TF_UPPER));
        if (!cap && strcmp(w, "dan") && strcmp(w, ",") && strcmp(w, "(") && strcmp(w, ")"))
            return NULL;
        size_t p = h - 1; /* the portfolio's first word, when a title ends before it */
        if (!cap)
            continue;
        size_t len;
        const char *r = title_ending_at_n(c, lo, p, &len);
        if (r) {
            if (!*r || rank_or_style(r) || (WORD_IN(r, STATE_HEADS) && !state_named(c, p, t)))
                return NULL;
            *domestic = !names_a_country(c, lo, p - len);
            *at = p - len;
            const char *aide; /* "Asisten Pribadi Presiden RI Ketiga, Nama": the aide */
            if (!holder_then_aide && aide_of_the_office(c, lo, p - len, &aide))
                return aide;
            /* "Wakil Menteri Perdagangan": the deputy, when the table
             * has no line of the deputy's own */
            if (p - len > lo && !strcasecmp(c->w[p - len - 1], "Wakil") && strncmp(r, "deputy_", 7) != 0 &&
                strcmp(r, "vice_president") != 0)
                return deputy_role(r);
            return r;
        }
        if (!known_in_lower_case(c, w) && !(tk->flags & WT_TF_UPPER))
            return NULL; /* a name ("Jean-Yves, Le Drian"), no portfolio */
    }
    return NULL;
}

/* The role of a deputy ("Wakil" before a title the table has no deputy's
 * line for: "Wakil Menteri Luar Negeri", "Wakil Menlu"), NULL when the
 * deputy's office has no role of its own: a deputy is not the holder. */
static const char *deputy_role(const char *r)
{
    static const char *const PAIRS[][2] = {{"head_of_state", "vice_president"},
                                           {"head_of_government", "deputy_head_of_government"},
                                           {"chair", "deputy_chair"},
                                           {"governor", "deputy_governor"},
                                           {"regent", "deputy_regent"},
                                           {"mayor", "deputy_mayor"}};
    if (!strncmp(r, "deputy_", 7) || !strcmp(r, "vice_president"))
        return r;
    if (strstr(r, "minister"))
        return "deputy_minister";
    for (size_t k = 0; k < WT_ARRAY_LEN(PAIRS); k++)
        if (!strcmp(r, PAIRS[k][0]))
            return PAIRS[k][1];
    return NULL;
}

/* the title (and country) just before token s, within [lo, s): "Presiden
 * Rusia Vladimir Putin", and in apposition, "Menteri Luar Negeri Kenya,
 * Nama Orang"; *home, the country the title alone implies when none is
 * written ("Menpora", a minister's portfolio at home) */
static void office_and_country_before(ctx *c, size_t lo, uint32_t s, const char **role, const char **country,
                                      const char **home)
{
    bool comma = s > lo + 1 && !strcmp(c->w[s - 1], ",") && (s < 3 || strcmp(c->w[s - 3], ",") != 0);
    /* the name opens a new clause when a lower-case word follows it
     * ("..., Rini juga melakukan"), not a comma ("..., Khusrav Noviri,") */
    size_t after = s;
    while (after < c->d->n_tokens && c->d->tokens[after].kind == WT_TOK_WORD &&
           (c->d->tokens[after].flags & (WT_TF_CAP | WT_TF_UPPER)))
        after++;
    bool clause = after < c->d->n_tokens && c->d->tokens[after].kind == WT_TOK_WORD;
    if (comma)
        s--; /* one comma, not a list ("A, B, C") */
    /* an honorific right before the name: "Menlu Suriname H.E. Nama" */
    for (size_t len = WT_MAX_TITLE_WORDS; len >= 1; len--) {
        const char *r;
        if (s >= lo + len + 1 && wt_title_at(c->t->titles, c->w, s, s - len, &r) == len) {
            if (!*r)
                s -= len;
            break;
        }
    }
    /* "Menteri Badan Usaha Milik Negara (BUMN) Rini Soemarno": an
     * acronym in brackets repeats the body before it */
    const char *bracket_cty = NULL;
    if (s > lo + 3 && !strcmp(c->w[s - 1], ")") && !strcmp(c->w[s - 3], "(")) {
        const wt_kb_entity *e;
        wt_kb_kind k;
        if (wt_kb_match_entity(c->t->kb, c->w, s - 1, s - 2, true, &e, &k) == 1 && k == WT_KB_ORG &&
            !wt_kb_kind_is(e, "brand"))
            bracket_cty = e->country;
        s -= 3;
    }
    /* "Duta Besar RI untuk Jepang, Nama", "Wakil Tetap Indonesia untuk PBB
     * di Jenewa, Nama": the country before "untuk" in an envoy's title is
     * the envoy's; the posting after it is not */
    for (size_t u = s; u-- > lo + 2 && u + 16 > s;) {
        /* the posting is names, brackets and "di" or "dan" ("untuk
         * Perserikatan Bangsa-Bangsa (PBB) di Jenewa, Nama") */
        if (small_word(c, u) && strcasecmp(c->w[u], "untuk") != 0 && strcmp(c->w[u], "di") != 0 &&
            strcmp(c->w[u], "dan") != 0)
            break;
        if (strcasecmp(c->w[u], "untuk") != 0)
            continue;
        const wt_kb_entity *e;
        wt_kb_kind k;
        size_t cu = u; /* "Duta Besar Republik Indonesia (RI) untuk": the acronym repeats the country */
        if (cu > lo + 4 && !strcmp(c->w[cu - 1], ")") && !strcmp(c->w[cu - 3], "("))
            cu -= 3;
        for (size_t st = cu > lo + 3 ? cu - 3 : lo; st < cu; st++) {
            size_t m = wt_kb_match_entity(c->t->kb, c->w, cu, st, true, &e, &k);
            if (!m || st + m != cu || !is_country_kind(k) || !e->country)
                continue;
            const char *r;
            for (size_t len = WT_MAX_TITLE_WORDS; len >= 1; len--)
                if (st >= lo + len && wt_title_at(c->t->titles, c->w, st, st - len, &r) == len && *r &&
                    !strcmp(r, "ambassador")) {
                    *role = r;
                    *country = e->country;
                    return;
                }
        }
        break;
    }
    size_t t = s;
    const char *cty = NULL;
    wt_kb_kind cty_kind = WT_KB_NAME;
    /* "... Rusia Vladimir Putin": a country name ending right before */
    for (size_t st = s > lo + 4 ? s - 4 : lo; st < s; st++) {
        const wt_kb_entity *e;
        wt_kb_kind k;
        size_t m = wt_kb_match_entity(c->t->kb, c->w, s, st, true, &e, &k);
        if (m && st + m == s && is_country_kind(k) && e->country) {
            cty = e->country;
            cty_kind = k;
            t = st;
            break;
        }
    }
    /* "Menteri BUMN Rini Soemarno", "Juru Bicara Kementerian Luar Negeri
     * China Hua Chunying": an office's organisation between the title and
     * the name; a national one gives its country */
    bool body = false;
    for (size_t st = t > lo + 6 ? t - 6 : lo; st < t; st++) {
        const wt_kb_entity *e;
        wt_kb_kind k;
        size_t m = wt_kb_match_entity(c->t->kb, c->w, t, st, true, &e, &k);
        if (m && st + m == t && k == WT_KB_ORG) {
            if (!cty && !wt_kb_kind_is(e, "brand")) /* a brand's staff are of no brand's country */
                cty = e->country;
            t = st;
            body = true;
            break;
        }
    }
    /* a body the knowledge base does not know: a head noun ("Badan",
     * "Kementerian", ...) opening capitalised words */
    size_t body_end = t;
    for (size_t h = t; !body && h > lo && h + 8 > t && (c->d->tokens[h - 1].flags & WT_TF_CAP);) {
        h--;
        if (body_head(c->w[h])) {
            t = h;
            body = true;
        }
    }
    if (body && !cty)
        cty = bracket_cty;
    /* "Gubernur DKI Jakarta Anies Baswedan", "Wali Kota Surabaya Nama": a
     * place the knowledge base knows between an office and the name is
     * the office's, and its country the holder's */
    bool by_name = cty && (cty_kind == WT_KB_NAME || cty_kind == WT_KB_DEMONYM); /* not a capital */
    for (size_t st = s > lo + 4 ? s - 4 : lo; !body && !by_name && st < s; st++) {
        const wt_kb_entity *e;
        wt_kb_kind k;
        size_t m = wt_kb_match_entity(c->t->kb, c->w, s, st, true, &e, &k);
        const char *r = m && st + m == s && e->type == WT_ENT_LOC && e->country ? title_ending_at(c, lo, st) : NULL;
        if (!r)
            continue;
        if (*r && strcmp(r, "ambassador") != 0) {
            cty = e->country;
            t = st;
        }
        break;
    }
    /* "Kantor Wilayah Bea Cukai Bali Nusa Tenggara": a known
     * organisation inside the body gives its country */
    for (size_t st = t; body && !cty && st < body_end; st++) {
        const wt_kb_entity *e;
        wt_kb_kind k;
        if (wt_kb_match_entity(c->t->kb, c->w, body_end, st, true, &e, &k) && k == WT_KB_ORG &&
            !wt_kb_kind_is(e, "brand"))
            cty = e->country;
    }
    for (size_t len = WT_MAX_TITLE_WORDS; len >= 1; len--) {
        if (t < lo + len)
            continue;
        const char *r, *h;
        if (wt_title_home_at(c->t->titles, c->w, t, t - len, &r, &h) == len) {
            /* "Selain bertemu dengan Presiden Madagaskar, Rini juga ...": a
             * titled object of the clause the comma closes is no apposition
             * of the next clause's subject */
            if (comma && clause && t - len > lo &&
                (preposition(c->w[t - len - 1]) || !strcasecmp(c->w[t - len - 1], "bertemu") ||
                 !strcasecmp(c->w[t - len - 1], "menemui") || !strcasecmp(c->w[t - len - 1], "mengunjungi")))
                return;
            /* "Sekretaris Pribadi Presiden BJ Habibie, Rubijanto": a name and
             * another after a comma, the first is the office's holder */
            bool holder_then_aide = after + 1 < c->d->n_tokens && !strcmp(c->w[after], ",") &&
                                    (c->d->tokens[after + 1].flags & WT_TF_CAP);
            const char *aide;
            if (*r && !holder_then_aide && aide_of_the_office(c, lo, t - len, &aide))
                *role = aide; /* "Juru Bicara Menlu Nama": the spokesperson, not the minister */
            else if (*r && t - len > lo && !strcasecmp(c->w[t - len - 1], "Wakil"))
                *role = deputy_role(r); /* "Wakil Menteri Luar Negeri Nama", "Wakil Menlu AS Nama" */
            else if (*r)
                *role = r;
            else /* an honorific after the office: "Putra Mahkota Syekh Nama" */
                for (size_t l2 = WT_MAX_TITLE_WORDS; l2 >= 1; l2--)
                    if (t - len >= lo + l2 && wt_title_at(c->t->titles, c->w, t - len, t - len - l2, &r) == l2) {
                        if (*r)
                            *role = r;
                        break;
                    }
            if (cty)
                *country = cty;
            else
                *home = h;
            return;
        }
    }
    bool domestic = false;
    size_t at;
    bool then_aide = !comma && after + 1 < c->d->n_tokens &&
                     (!strcmp(c->w[after], ",") || !strcmp(c->w[after], "yakni") || !strcmp(c->w[after], "yaitu")) &&
                     (c->d->tokens[after + 1].flags & WT_TF_CAP);
    const char *portfolio_role = office_of_a_portfolio(c, lo, t, then_aide, &domestic, &at);
    if (portfolio_role) {
        /* "Selain bertemu dengan Kepala Dinas Pariwisata, Budi juga ...":
         * the object of the clause the comma closes (as above) */
        if (comma && clause && at > lo && strcasecmp(c->w[at - 1], "oleh") != 0 &&
            (preposition(c->w[at - 1]) || !strcasecmp(c->w[at - 1], "bertemu")))
            return;
        bool minister = !strcmp(portfolio_role, "minister") || !strcmp(portfolio_role, "deputy_minister");
        *role = portfolio_role;
        if (cty)
            *country = cty;
        else if (domestic && minister)
            *home = PORTFOLIO_HOME;
        return;
    }
    /* no known title, but a country right before the name, not as the
     * object of a preposition: "pejabat senior Palestina Hanan Ashrawi",
     * "penasihat keamanan nasional AS, John Bolton" (not "di Jakarta,
     * Budi" or "untuk Jepang, Budi") */
    if (cty && t > lo && !place_phrase(c, lo, t) && (cty_kind == WT_KB_NAME || cty_kind == WT_KB_DEMONYM) &&
        !((c->d->tokens[t - 1].flags & WT_TF_CAP) && !(c->d->tokens[t - 1].flags & WT_TF_SENT_START)))
        *country = cty; /* not a capital, nor the end of another name ("Hotman Paris, Farhat Abbas") */
}

/* What the words before token s say of the person named there
 * (office_and_country_before). A royal's style right after a capitalised
 * word is no office of its own: "Menteri Energi Arab Saudi Pangeran
 * Abdulaziz" is Saudi Arabia's energy minister, the office and country
 * before the style are read past it, and the style is the role only
 * when nothing before it gives one ("Pangeran Abdulaziz"). */
static void context_before(ctx *c, size_t lo, uint32_t s, const char **role, const char **country, const char **home)
{
    const char *style = NULL;
    size_t len;
    const char *r = title_ending_at_n(c, lo, s, &len);
    if (r && !strcmp(r, "royal") && s > lo + len) {
        const wt_token *before = &c->d->tokens[s - len - 1];
        if (before->kind == WT_TOK_WORD && (before->flags & (WT_TF_CAP | WT_TF_UPPER)) &&
            !(before->flags & WT_TF_SENT_START)) {
            style = r;
            s -= (uint32_t)len;
        }
    }
    office_and_country_before(c, lo, s, role, country, home);
    if (style && !*role)
        *role = style;
}

/* Whether the person has held an office of this role. */
static bool held_role(const wt_kb_entity *ke, const char *role)
{
    for (size_t k = 0; k < ke->n_offices; k++)
        if (ke->offices[k].role && !strcmp(ke->offices[k].role, role))
            return true;
    return false;
}

/* Whether an office the person held is named before token i in the
 * sentence from b: a title of its role, then only the portfolio
 * (capitalised words, "dan", commas, its acronym in brackets) up to i
 * ("Menteri Kelautan dan Perikanan, Pudjiastuti", "Menteri Badan Usaha Milik
 * Negara (BUMN) Rini"; not "Presiden Jokowi dan Pudjiastuti"). */
static bool office_named_before(const ctx *c, size_t b, size_t i, const wt_kb_entity *ke)
{
    for (size_t t = i; t-- > b && t + 12 > i;) {
        const char *w = c->w[t], *r;
        size_t tl = wt_title_at(c->t->titles, c->w, i, t, &r);
        if (tl && *r && held_role(ke, r))
            return true;
        bool cap = c->d->tokens[t].kind == WT_TOK_WORD && (c->d->tokens[t].flags & WT_TF_CAP);
        if (!cap && strcmp(w, "dan") != 0 && strcmp(w, ",") != 0 && strcmp(w, "(") != 0 && strcmp(w, ")") != 0)
            return false;
    }
    return false;
}

/* Whether a title (its first word w, its role r) may stand before the
 * known person ke's short name. The news writes a rank, a command or an
 * office of a place before the name of an Indonesian official ("Panglima
 * Hadi" is Indonesia's armed forces chief, not Yemen's president Hadi),
 * before a foreigner's only for an office they held; "Pak" and "Bu" are
 * how Indonesians are addressed. */
static bool title_fits(const wt_kb_entity *ke, const char *w, const char *r)
{
    bool indonesian = !ke->country || !strcmp(ke->country, "IDN");
    static const char *const SERVICE[] = {"military_commander", "military_officer",    "police_officer",
                                          "police_chief",       "deputy_police_chief", "regent",
                                          "deputy_regent",      "district_head",       "village_head",
                                          "governor",           "deputy_governor",     "mayor",
                                          "deputy_mayor",       "regional_secretary"};
    static const char *const ADDRESS[] = {"Pak", "Bapak", "Bu", "Ibu"};
    static const char *const TOP[] = {"head_of_state", "head_of_government", "vice_president", "foreign_minister",
                                      "defence_minister"};
    if (WORD_IN(r, SERVICE) || WORD_IN(w, ADDRESS))
        return indonesian || held_role(ke, r);
    if (WORD_IN(r, TOP))
        return held_role(ke, r);
    return true;
}

/* A known person's short name ("Putin", "Ibrahim") stands for them only
 * with evidence: a title right before it ("Presiden Prabowo"), an office
 * of theirs with its portfolio before it, their full name earlier in the
 * article, or, for a foreigner, their country named earlier ("Trump" in a
 * story that names Amerika Serikat). "Ibrahim" alone in a story about the
 * KPK is someone else. */
static bool short_name_evidence(ctx *c, size_t b, size_t i, const wt_kb_entity *ke)
{
    /* a religious teacher's, an elder's or a coach's honorific says
     * nothing of who is meant ("Ustadz Mahfud" is no minister) */
    static const char *const INFORMAL[] = {"Kiai",   "Kyai", "KH",  "K.H.",  "Ustaz", "Ustad",
                                           "Ustadz", "Mbak", "Cak", "Eyang", "Coach"};
    const char *r;
    for (size_t st = i >= b + WT_MAX_TITLE_WORDS ? i - WT_MAX_TITLE_WORDS : b; st < i; st++)
        if (wt_title_at(c->t->titles, c->w, i, st, &r) == i - st) {
            if (*r || !WORD_IN(c->w[st], INFORMAL))
                return title_fits(ke, c->w[st], r);
            break;
        }
    if (office_named_before(c, b, i, ke))
        return true;
    /* a foreign leader's country named earlier is evidence in news of
     * public life; in a sports, show or gadget story the name is far
     * more often a player's or an artist's ("Silva" in a Brazil
     * match report, "Conte" Inter's coach) */
    bool public_life = !wt_topic_is_offtopic(c->d->topic);
    for (size_t k = 0; public_life && ke->country && strcmp(ke->country, "IDN") != 0 && k < c->n; k++)
        if (c->m[k].s < i && c->m[k].kb && is_country_kind(c->m[k].kind) && c->m[k].kb->country &&
            strcmp(c->m[k].kb->country, ke->country) == 0)
            return true;
    size_t n = strlen(ke->name), upto = c->d->tokens[i].start;
    for (const char *p = c->d->text; n && p + n <= c->d->text + upto; p++) {
        p = memchr(p, ke->name[0], (size_t)(c->d->text + upto - p));
        if (!p || p + n > c->d->text + upto)
            return false;
        if (memcmp(p, ke->name, n) == 0)
            return true;
    }
    return false;
}

/* A model or flight designation ("S-400", "C-130", "JT-610", "U-16"):
 * letters, a hyphen, digits. A weapon, an aircraft, a flight or an age
 * group, no person, organisation or place. */
static bool designation(const char *w)
{
    size_t k = 0;
    while (k < 4 && isalpha((unsigned char)w[k]))
        k++;
    return k > 0 && isupper((unsigned char)w[0]) && w[k] == '-' && isdigit((unsigned char)w[k + 1]);
}

/* a capitalised word that is neither part of a title nor a known name */
static bool other_name_word(ctx *c, size_t b, size_t e, size_t i)
{
    if (i < b || i >= e || c->d->tokens[i].kind != WT_TOK_WORD || !(c->d->tokens[i].flags & WT_TF_CAP) ||
        designation(c->w[i]))
        return false; /* "S-400 Rusia": a designation is no part of a name */
    const char *r;
    const wt_kb_entity *ke;
    wt_kb_kind k;
    for (size_t st = i >= b + WT_MAX_TITLE_WORDS ? i - WT_MAX_TITLE_WORDS + 1 : b; st <= i; st++)
        if (wt_title_at(c->t->titles, c->w, e, st, &r) > i - st)
            return false; /* inside "Menteri Luar Negeri" */
    for (size_t st = i >= b + 7 ? i - 7 : b; st <= i; st++)
        if (wt_kb_match_entity(c->t->kb, c->w, e, st, true, &ke, &k) > i - st)
            return false; /* inside a known name */
    return true;
}

/* An Arabic name's kinship words: "bin Salman", son of Salman */
static bool kinship_word(const char *w)
{
    return wt_kb_kinship_word(w, strlen(w));
}

/* a kinship word opens s, followed by a space */
static bool kinship_word_at(const char *s)
{
    size_t n = strcspn(s, " ");
    return s[n] == ' ' && wt_kb_kinship_word(s, n);
}

/* "Turki al-Maliki", "Turki bin Faisal": an Arabic name's article or
 * kinship word after a word that is also a country's name ("Turki") says
 * the word is a given name */
static bool name_goes_on(const char *w)
{
    return !strncasecmp(w, "al-", 3) || !strncasecmp(w, "el-", 3) || kinship_word(w);
}

/* "Pangeran Abdulaziz bin Salman": a word after "bin" is a father's
 * name, and one before it opens a longer name; neither is the known
 * person ke's short name ("Salman" is not Mohammed bin Salman,
 * "Abdulaziz" not King Salman bin Abdulaziz) unless ke's own name goes on
 * with that word and "bin" ("Raja Salman bin Abdul Aziz") */
static bool patronymic_of_another(const ctx *c, size_t i, const wt_kb_entity *ke)
{
    if (i > 0 && kinship_word(c->w[i - 1]))
        return true;
    if (i + 1 >= c->d->n_tokens || !kinship_word(c->w[i + 1]))
        return false;
    size_t n = strlen(c->w[i]);
    return strncmp(ke->name, c->w[i], n) != 0 || ke->name[n] != ' ' || !kinship_word_at(ke->name + n + 1);
}

/* A noun that names a place or an institution after a person: "Gelora
 * Bung Karno", "Jalan Soeharto", "Bandara Soekarno-Hatta". */
static bool named_after(const char *w)
{
    static const char *const N[] = {
        "Gelora",    "Jalan",   "Jl",          "Jl.",     "Jln",       "Jln.",     "Gang",     "Gg.",
        "Bandara",   "Stadion", "Universitas", "UIN",     "IAIN",      "Institut", "Sekolah",  "Kampus",
        "Masjid",    "Gereja",  "Museum",      "Monumen", "Taman",     "Gedung",   "Lapangan", "Jembatan",
        "Pelabuhan", "Yayasan", "Makam",       "Lanud",   "Bendungan", "KRI",      "Tol",      "Wisma",
        "Graha",     "Stasiun", "Terminal",    "RSUD",    "RSUP",      "RSPAD",    "RSAL",     "RSAU"};
    return WORD_IN(w, N);
}

/* A place or an institution named after a person ends right before
 * token i, with the rank or honorifics the person had ("Jalan Letjen" S
 * Parman, "Jl. Ir H" Juanda). */
static bool named_after_before(const ctx *c, size_t b, size_t i)
{
    size_t n = ranks_before(c, b, i);
    return n > b && named_after(c->w[n - 1]);
}

/* A woman is often named with her husband's full name after her own:
 * "Ibu Negara Iriana Joko Widodo", "sang istri, Mufidah Jusuf Kalla",
 * "Ibu Ani Yudhoyono". A known man's name at i with a given name before
 * it (a capitalised word, no title, no known name) after a word that
 * says a wife ("istri", "Ibu", "Bu", "Nyonya", "Ibu Negara"; a comma may
 * stand between) names her, not him. */
static bool wife_named_after(ctx *c, size_t b, size_t e, size_t i)
{
    static const char *const WIFE[] = {"istri", "istrinya", "Ibu", "Bu", "Nyonya", "Ny", "Ny."};
    if (i < b + 2 || !other_name_word(c, b, e, i - 1))
        return false;
    size_t k = i - 2;
    if (!strcmp(c->w[k], ",") && k > b)
        k--;
    if (!strcmp(c->w[k], "Negara") && k > b && !strcmp(c->w[k - 1], "Ibu"))
        return true;
    return WORD_IN(c->w[k], WIFE);
}

/* "Mohammed bin Zayed" + "al-Nahyan": a known person's name of two words
 * or more at i, m words, followed by a family's name with al- or el- */
static bool family_after_full_name(const ctx *c, size_t i, size_t m, wt_kb_kind k)
{
    const char *w = c->w[i + m];
    return k == WT_KB_PERSON && m > 1 && (!strncasecmp(w, "al-", 3) || !strncasecmp(w, "el-", 3)) && w[3];
}

/* Adds country a3 to list l of *n (at most cap) unless it is there; a
 * full list keeps what it has. */
static void note_country(const char **l, size_t *n, size_t cap, const char *a3)
{
    for (size_t j = 0; j < *n; j++)
        if (!strcmp(l[j], a3))
            return;
    if (*n < cap)
        l[(*n)++] = a3;
}

/* One pass over the document for the countries its names of the
 * hand-written knowledge base write (ctx.named_countries, and
 * ctx.named_otherwise without a country's English name alone). */
static void scan_countries(ctx *c)
{
    if (c->countries_scanned)
        return;
    c->countries_scanned = true;
    const wt_doc *d = c->d;
    for (size_t i = 0; i < d->n_tokens;) {
        const wt_kb_entity *ke;
        wt_kb_kind k;
        size_t m = (d->tokens[i].flags & WT_TF_CAP) ? wt_kb_match_entity(c->t->kb, c->w, d->n_tokens, i, true, &ke, &k) : 0;
        if (!m) {
            i++;
            continue;
        }
        if (ke->country && !ke->world) {
            note_country(c->named_countries, &c->n_named_countries, WT_ARRAY_LEN(c->named_countries), ke->country);
            if (!(m == 1 && ke->name_en && !strcasecmp(c->w[i], ke->name_en)))
                note_country(c->named_otherwise, &c->n_named_otherwise, WT_ARRAY_LEN(c->named_otherwise),
                             ke->country);
        }
        i += m;
    }
}

/* Whether the document writes country a3 through a name of the
 * hand-written knowledge base (ctx.named_countries). */
static bool country_named(ctx *c, const char *a3)
{
    scan_countries(c);
    for (size_t j = 0; j < c->n_named_countries; j++)
        if (!strcmp(c->named_countries[j], a3))
            return true;
    return false;
}

/* "Chelsea" (a town in the United States), "Honda" (Colombia), "Vinales"
 * (Cuba), "David" (Panama): a one-word town of the world gazetteer is
 * that town in Indonesian news only when the story is at home (an
 * Indonesian town), writes its country by another name, or writes a
 * preposition or noun of place before it ("di Blenheim", "Kota Memphis");
 * without that, a club, a maker or a person called by one name is the
 * likelier reading, and a wrong country costs more than none. After an
 * Indonesian region's noun ("Kabupaten Kampar") it is Indonesia's own
 * place, not the foreign town. */
static bool place_evidence_word(const char *w);

static bool world_town_evidence(ctx *c, size_t b, size_t i, const wt_kb_entity *ke)
{
    static const char *const REGIONS[] = {"Kabupaten", "Kecamatan", "Kelurahan", "Desa", "Kab.", "Kec."};
    const char *prev = i > b ? c->w[i - 1] : "";
    if (!ke->country || !strcmp(ke->country, "IDN"))
        return true;
    if (WORD_IN(prev, REGIONS))
        return false;
    return place_evidence_word(prev) || !strcmp(prev, "kota") || country_named(c, ke->country);
}

/* "Jordan Henderson", "Michael B. Jordan": Indonesian news writes a
 * country by its Indonesian name (Yordania); its English name, where that
 * differs, is as often a person's given or family name. Written so with
 * the country named nowhere else in the story by the knowledge base's
 * other names, it is doubtful like a world town without evidence: where
 * the tagger reads it inside a longer person's or a body's name, that
 * reading wins (sentence_mentions). */
static bool english_name_only(ctx *c, size_t i, const wt_kb_entity *ke)
{
    if (!ke->name_en || strcasecmp(c->w[i], ke->name_en) != 0)
        return false;
    scan_countries(c);
    if (c->n_named_otherwise == WT_ARRAY_LEN(c->named_otherwise))
        return false; /* a list too long to tell: the link stands */
    for (size_t j = 0; j < c->n_named_otherwise; j++)
        if (!strcmp(c->named_otherwise[j], ke->country))
            return false;
    return true;
}

/* A knowledge-base link needs evidence (precision first):
 *  - a name of one word is no link when it is part of a longer name
 *    ("warga Bidara Cina", "Dirut PT Maju Widodo Setiadi": a capitalised
 *    word that is no title or known name stands right before or after it);
 *  - letters after "inisial", "tersangka", "pelaku", "korban", "orangtua"
 *    are a person's initials ("orangtua AS"), not a country;
 *  - "Nabi", "Sang", "Santo" make a religious or historical figure, never
 *    the statesman of the same name; an academic title ("Dr", "Prof",
 *    "Drs") a person, never a place;
 *  - a country's name with a word of direction after it names a region
 *    ("Amerika Utara", "Amerika Latin", "Jerman Timur"), unless the pair is
 *    itself a name the knowledge base knows ("Korea Selatan"). */
static bool link_has_evidence(ctx *c, size_t b, size_t e, size_t i, size_t m, wt_kb_kind k)
{
    static const char *const INITIALS[] = {"inisial", "berinisial", "tersangka", "pelaku", "korban", "orangtua",
                                           "orang", "ayah", "ibu", "anak", "saksi", "terdakwa", "pasien", NULL};
    static const char *const FIGURES[] = {"nabi", "rasul", "sang", "santo", "santa", "sunan", "syekh", "imam", NULL};
    const char *prev = i > b ? c->w[i - 1] : "";
    if (c->d->tokens[i].flags & WT_TF_UPPER && strlen(c->w[i]) <= 3 && word_in_any_case(prev, INITIALS))
        return false;
    if (k == WT_KB_PERSON && word_in_any_case(prev, FIGURES))
        return false;
    /* "Dr Erskine", "Prof. Ir. Sofia W. Alisjahbana": an academic title
     * comes before a person's name only ("Ir" alone may be an inspector:
     * "dari Ir. Kemenko Polhukam") */
    static const char *const ACADEMIC[] = {"Dr", "Dr.", "Prof", "Prof.", "Drs", "Drs."};
    const char *prev2 = i > b + 1 ? c->w[i - 2] : "";
    if (k != WT_KB_PERSON && (WORD_IN(prev, ACADEMIC) ||
                              ((!strcmp(prev, "Ir") || !strcmp(prev, "Ir.")) && WORD_IN(prev2, ACADEMIC))))
        return false;
    /* "Kolonel Turki al-Maliki": a given name; but a known person's full
     * name goes on with the family's ("Salman bin Abdulaziz al-Saud") */
    if (i + m < e && name_goes_on(c->w[i + m]) && !family_after_full_name(c, i, m, k))
        return false;
    static const char *const SIDES[] = {"Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara", "Latin"};
    if ((k == WT_KB_NAME || k == WT_KB_DEMONYM) && i + m < e && WORD_IN(c->w[i + m], SIDES))
        return false;
    /* "Lima orang ...": a town's or capital's name that is an Indonesian
     * word, first in its sentence, is that word */
    if (m == 1 && k != WT_KB_NAME && k != WT_KB_PERSON && (c->d->tokens[i].flags & WT_TF_SENT_START) &&
        known_in_lower_case(c, c->w[i]))
        return false;
    /* "Gelora Bung Karno", "Jalan Soeharto", "Bandara BJ Habibie": a
     * place or an institution named after a person is not the person */
    if (k == WT_KB_PERSON && named_after_before(c, b, i))
        return false;
    /* "ASEAN Federation of Engineering Organizations": an acronym that
     * opens an English name ("... of ...", "... for ...") is part of it */
    if (m == 1 && (c->d->tokens[i].flags & WT_TF_UPPER) && i + 2 < e && (c->d->tokens[i + 1].flags & WT_TF_CAP) &&
        !(c->d->tokens[i + 1].flags & WT_TF_UPPER))
        for (size_t j = i + 2; j < e && j < i + 4; j++)
            if (!strcmp(c->w[j], "of") || !strcmp(c->w[j], "for"))
                return false;
    if (m != 1 || (c->d->tokens[i].flags & WT_TF_UPPER))
        return true;
    bool before = i > b && !(c->d->tokens[i - 1].flags & WT_TF_SENT_START) && other_name_word(c, b, e, i - 1);
    /* a country or place ends a longer name ("Bidara Cina"); one before a
     * person's name is that person's ("Menlu Kuba Bruno Rodriguez"); a
     * capital or town may begin one ("Astana Giribangun", "Washington
     * Post") */
    if (k == WT_KB_CAPITAL || k == WT_KB_SEAT || k == WT_KB_PLACE)
        return !before && !other_name_word(c, b, e, i + 1);
    if (k != WT_KB_PERSON)
        return !before;
    return !before && !other_name_word(c, b, e, i + 1);
}

/* How many words at p name an office's body ("Departemen Luar Negeri",
 * "Kementerian Pertahanan") before a foreign name: a head noun and up to
 * two more capitalised Indonesian words, followed by a capitalised word
 * the dictionary does not know and one more capitalised word; else 0. */
static size_t office_body(ctx *c, size_t p, size_t e)
{
    if (!c->lex || p >= e || !body_head(c->w[p]))
        return 0;
    for (size_t n = 1; n <= 3 && p + n + 1 < e; n++) {
        const char *w = c->w[p + n];
        bool cap = c->d->tokens[p + n].kind == WT_TOK_WORD && (c->d->tokens[p + n].flags & WT_TF_CAP);
        if (!cap)
            return 0;
        if (!wt_lex_known(c->lex, w, strlen(w)))
            return n >= 2 && (c->d->tokens[p + n + 1].flags & WT_TF_CAP) ? n : 0;
    }
    return 0;
}

/* "PT Wijaya Karya (Persero) Tbk": the legal forms after a company's name
 * are part of it (the tagger stops at the bracket) */
static void company_forms(ctx *c, size_t first, size_t e)
{
    for (size_t k = first; k < c->n; k++) {
        mention *m = &c->m[k];
        if (m->type != WT_ENT_ORG)
            continue;
        uint32_t end = m->e;
        if (end + 2 < e && !strcmp(c->w[end], "(") && !strcmp(c->w[end + 1], "Persero") && !strcmp(c->w[end + 2], ")"))
            end += 3;
        if (end < e && !strcmp(c->w[end], "Tbk"))
            end++;
        if (end == m->e)
            continue;
        for (size_t j = first; j < c->n; j++)
            if (j != k && c->m[j].type != 255 && c->m[j].s < end && c->m[j].e > m->e)
                c->m[j].type = 255;
        m->e = end;
    }
}

/* Where a body of organisation o, opening at h, ends: "Kantor Komisaris
 * Tinggi PBB untuk Hak Asasi Manusia" (an international body's remit
 * after "untuk", no country), "Kantor Wilayah Bea Cukai Bali Nusa
 * Tenggara" (a regional office's region). */
static size_t body_tail(const ctx *c, size_t first, size_t n, size_t h, const mention *o)
{
    size_t e = c->d->n_tokens, end = o->e;
    if (!o->kb->country && end + 1 < e && !strcmp(c->w[end], "untuk")) {
        size_t r = end + 1;
        while (r < e && r < end + 5 && c->d->tokens[r].kind == WT_TOK_WORD && (c->d->tokens[r].flags & WT_TF_CAP))
            r++;
        bool state = false;
        for (size_t j = first; j < n; j++)
            state |= c->m[j].kb && c->m[j].s > end && c->m[j].s < r && c->m[j].kind != WT_KB_ORG;
        return r > end + 1 && !state ? r : end;
    }
    bool regional = false;
    for (size_t i = h; i < o->s; i++)
        regional |= !strcmp(c->w[i], "Wilayah") || !strcmp(c->w[i], "Daerah") || !strcmp(c->w[i], "Cabang");
    for (size_t j = first; regional && j < n; j++) {
        const mention *p = &c->m[j];
        bool near = p->s >= end && p->s <= end + 2; /* "Bali" unlinked before "Nusa Tenggara" */
        for (size_t i = end; near && i < p->s; i++)
            near = c->d->tokens[i].kind == WT_TOK_WORD && (c->d->tokens[i].flags & WT_TF_CAP);
        if (near && p->type == WT_ENT_LOC &&
            (!p->kb || (p->kb->country && !strcmp(p->kb->country, o->kb->country)))) {
            end = p->e;
            j = first - 1; /* and the next place after it */
        }
    }
    return end;
}

/* "Majelis Umum PBB", "Dewan Hak Asasi Manusia PBB", "Komisi Uni
 * Eropa": capitalised words opening with a body's head noun right before
 * an organisation the knowledge base knows name a body of it, one
 * organisation in the parent's country, not a fragment and the parent. */
static bool bodies_of_organisations(ctx *c, size_t first, size_t b)
{
    static const char *const MORE[] = {"Majelis", "Sidang", "Sekretariat", "Komite", "Mahkamah", "Pengadilan",
                                       "Parlemen", "Pasukan", "Dana", "Program"};
    size_t n = c->n;
    for (size_t k = first; k < n; k++) {
        const mention *o = &c->m[k];
        if (!o->kb || o->type != WT_ENT_ORG || o->s == b)
            continue;
        size_t h = o->s;
        for (size_t i = o->s; i > b && i + 6 > o->s && (c->d->tokens[i - 1].flags & WT_TF_CAP) &&
                              c->d->tokens[i - 1].kind == WT_TOK_WORD;) {
            i--;
            if (body_head(c->w[i]) || WORD_IN(c->w[i], MORE))
                h = i;
        }
        if (h == o->s)
            continue;
        bool kb_inside = false; /* "Kedutaan Besar Rusia PBB" is no body of the UN */
        for (size_t j = first; j < n; j++)
            if (j != k && c->m[j].kb && c->m[j].type != 255 && c->m[j].s >= h && c->m[j].e <= o->s)
                kb_inside = true;
        if (kb_inside)
            continue;
        size_t end = body_tail(c, first, n, h, o);
        mention body = {(uint32_t)h, (uint32_t)end, WT_ENT_ORG, NULL, 0, NULL, o->kb->country, -1, NULL};
        for (size_t j = first; j < n; j++)
            if (c->m[j].s >= h && c->m[j].e <= end && c->m[j].type != 255)
                c->m[j].type = 255;
        if (!add_mention(c, body))
            return false;
    }
    return true;
}

/* words[0..n) joined by spaces into buf; its length, or SIZE_MAX when it
 * does not fit */
static size_t join_words(const char *const *words, size_t n, char *buf, size_t cap)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t wl = strlen(words[i]);
        if (len + wl + 2 > cap)
            return SIZE_MAX;
        if (len)
            buf[len++] = ' ';
        memcpy(buf + len, words[i], wl);
        len += wl;
    }
    buf[len] = 0;
    return len;
}

/* A common noun of Indonesian public life written with capitals or as an
 * acronym names a class of things, not one of them: civil servants, small
 * firms, state companies, the exclusive economic zone, a bill. */
static bool generic_term(const ctx *c, size_t s, size_t e)
{
    static const char *const TERMS[] = {
        "ASN", "Aparatur Sipil Negara", "PNS", "Pegawai Negeri Sipil", "UMKM", "UKM", "Usaha Kecil Menengah",
        "Usaha Mikro Kecil Menengah", "Badan Usaha Milik Negara", "Badan Usaha Milik Daerah", "BUMD", "ZEE",
        "Zona Ekonomi Eksklusif", "APBN", "APBD", "WNI", "WNA", "Warga Negara Indonesia", "Warga Negara Asing",
        "SDM", "Sumber Daya Manusia", "SDA", "Sumber Daya Alam", "TKI", "Tenaga Kerja Indonesia", "KTP", "NIK",
        "PPN", "LSM", "Lembaga Swadaya Masyarakat", "RUU", "Alutsista", "Hak Asasi Manusia"};
    char buf[64];
    if (join_words(c->w + s, e - s, buf, sizeof buf) == SIZE_MAX)
        return false;
    return WORD_IN(buf, TERMS);
}

/* "(dpa, afp, rtr)": the news agencies credited in brackets, written
 * small as some outlets do, are mentions of those agencies. */
static bool agency_credits(ctx *c, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++) {
        if (strcmp(c->w[i], "("))
            continue;
        size_t j = i + 1, n = 0;
        bool ok = true;
        for (; j < e && strcmp(c->w[j], ")") && ok; j++) {
            wt_kb_kind k;
            const wt_kb_entity *ke = NULL;
            if ((j - i) % 2 == 0)
                ok = !strcmp(c->w[j], ",") || !strcmp(c->w[j], "/");
            else
                ok = (ke = wt_kb_lookup(c->t->kb, c->w[j], strlen(c->w[j]), &k)) && k == WT_KB_ORG &&
                     wt_kb_kind_is(ke, "media") && ++n;
        }
        if (!ok || j >= e || !n)
            continue;
        for (size_t w = i + 1; w < j; w += 2) {
            wt_kb_kind k;
            const wt_kb_entity *ke = wt_kb_lookup(c->t->kb, c->w[w], strlen(c->w[w]), &k);
            if (!add_mention(c, (mention){(uint32_t)w, (uint32_t)w + 1, WT_ENT_ORG, ke, k, NULL, NULL, -1, NULL}))
                return false;
        }
        i = j;
    }
    return true;
}

/* "Misi Permanen Kuba untuk PBB", "perutusan tetap RI untuk PBB": a
 * state's mission to an international organisation is one organisation,
 * that state's. */
static bool missions(ctx *c, size_t first, size_t b, size_t e)
{
    for (size_t i = b; i + 3 < e; i++) {
        const char *w = c->w[i];
        bool cap = c->d->tokens[i].flags & WT_TF_CAP;
        int c0 = tolower((unsigned char)w[0]);
        if ((c0 != 'm' && c0 != 'p' && c0 != 'd') ||
            (strcasecmp(w, "Misi") && strcasecmp(w, "Perutusan") && strcasecmp(w, "Delegasi")))
            continue;
        size_t p = i + 1;
        if (!strcasecmp(c->w[p], "Tetap") || !strcasecmp(c->w[p], "Permanen"))
            p++;
        else if (!cap)
            continue; /* "misi maritim": a mission, no name */
        const wt_kb_entity *ce, *oe;
        wt_kb_kind ck, ok;
        size_t cm = p < e ? wt_kb_match_entity(c->t->kb, c->w, e, p, true, &ce, &ck) : 0;
        if (!cm || !is_country_kind(ck) || !ce->country || p + cm + 1 >= e || strcasecmp(c->w[p + cm], "untuk"))
            continue;
        size_t o = p + cm + 1;
        size_t om = wt_kb_match_entity(c->t->kb, c->w, e, o, true, &oe, &ok);
        if (!om || ok != WT_KB_ORG || oe->country || !wt_kb_kind_is(oe, "intergovernmental"))
            continue;
        for (size_t k = first; k < c->n; k++)
            if (c->m[k].s < o + om && c->m[k].e > i)
                c->m[k].type = 255;
        if (!add_mention(c, (mention){(uint32_t)i, (uint32_t)(o + om), WT_ENT_ORG, NULL, 0, NULL, ce->country, -1, NULL}))
            return false;
        i = o + om - 1;
    }
    return true;
}

/* Words that name nothing alone: a company's legal form left when its
 * name was cut ("PT", "(Persero)"), two countries joined by a hyphen, a
 * pair ("Tajikistan-Indonesia"), not a third thing, a people or faith
 * ("Rohingya", "Arab" alone: no state, body or place), or a gathering or
 * a document. */
static bool no_name(const ctx *c, size_t s, size_t e)
{
    static const char *const PEOPLES[] = {"Arab",  "Rohingya", "Uighur", "Uyghur", "Uigur",   "Kurdi",
                                          "Yahudi", "Yazidi",  "Tionghoa", "Muslim", "Pashtun", "Hazara"};
    if (e == s + 1 && WORD_IN(c->w[s], PEOPLES))
        return true;
    static const char *const FORMS[] = {"PT", "Persero", "Tbk", "CV", "Ltd", "Inc", "Group", "Co", "Corp"};
    bool all_forms = true;
    for (size_t i = s; i < e && all_forms; i++)
        all_forms = c->d->tokens[i].kind == WT_TOK_PUNCT || WORD_IN(c->w[i], FORMS);
    if (all_forms)
        return true;
    /* a gathering or a document, no party: "International Workshop on
     * ...", "Konferensi ...", "... Infrastructure Dialog", "NY Agreement" */
    static const char *const OPENS[] = {"Workshop", "Conference", "Konferensi", "Lokakarya", "Seminar",
                                        "Festival", "Pameran",    "Expo",       "Dialogue", "Summit"};
    static const char *const ENDS[] = {"Workshop", "Conference", "Dialog", "Dialogue", "Summit",
                                       "Festival", "Expo",       "Agreement", "Treaty", "Accord"};
    size_t o = s + (e > s + 1 && (!strcmp(c->w[s], "International") || !strcmp(c->w[s], "Internasional")));
    if (WORD_IN(c->w[o], OPENS) || (e > s + 1 && WORD_IN(c->w[e - 1], ENDS)))
        return true;
    const char *dash = e == s + 1 ? strchr(c->w[s], '-') : NULL;
    if (!dash || dash == c->w[s])
        return false;
    wt_kb_kind k1, k2;
    const char *a = wt_kb_country(c->t->kb, c->w[s], (size_t)(dash - c->w[s]), &k1);
    const char *b = wt_kb_country(c->t->kb, dash + 1, strlen(dash + 1), &k2);
    return a && b && k1 == WT_KB_NAME && k2 == WT_KB_NAME;
}

static bool has_lower(const char *w)
{
    for (; *w; w++)
        if (*w >= 'a' && *w <= 'z')
            return true;
    return false;
}

/* three to six capital letters: "AAJI", "PUPR" */
static bool acronym(const char *w)
{
    size_t n = 0;
    while (w[n] >= 'A' && w[n] <= 'Z')
        n++;
    return !w[n] && n >= 3 && n <= 6;
}

/* a word in capitals only, two letters or more: "RT", "DKI", "PUPR",
 * "PDI-P" */
static bool in_capitals(const char *w)
{
    size_t caps = 0;
    for (; *w; w++) {
        if (*w >= 'A' && *w <= 'Z')
            caps++;
        else if (*w != '-')
            return false;
    }
    return caps >= 2;
}

/* An office of the title table ends right before token s: "Menteri",
 * "Ketua", "Direktur Utama" */
static bool office_ends_at(const ctx *c, size_t lo, size_t s)
{
    const char *r = title_ending_at(c, lo, s);
    return r && !rank_or_style(r);
}

/* The type of the name a noun of an institution or of a kind of place
 * opens ("Polres", "Puskesmas", "Kabupaten", "Masjid"): ORG or LOC; -1
 * for any other word. No person's name opens with one. *region: the
 * noun of a region of government ("Kabupaten"), which often comes with
 * its place between an office and a name. */
static int institution_or_place(const char *w, bool *region)
{
    static const char *const BODIES[] = {
        "Polri", "Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Satreskrim", "Satresnarkoba",
        "Satlantas", "Satpol", "Satbrimob", "Brimob", "Kodam", "Korem", "Kodim", "Koramil", "Lanud", "Lantamal",
        "Pemkab", "Pemkot", "Pemprov", "Pemda", "DPRD", "Kejari", "Kejati", "Kejagung", "Kejaksaan", "Pengadilan",
        "Dinas", "BPBD", "Basarnas", "Kanwil", "Puskesmas", "RSUD", "Lapas", "Rutan", "Bank", "Universitas",
        "SDN", "SMPN", "SMAN", "SMKN", "UIN", "IAIN", "Fraksi", "Partai", "Komisi", "Majelis", "PT",
        "Sudin", "Satgas", "Mabes", "Yayasan", "Institut", "Sekolah"};
    static const char *const FACILITIES[] = {"Jalan",  "Bandara", "Pelabuhan", "Stasiun", "Terminal",
                                             "Masjid", "Gereja",  "Pura",      "Vihara",  "Klenteng"};
    static const char *const REGIONS[] = {"Kabupaten", "Kota", "Provinsi", "Kecamatan", "Kelurahan", "Desa", "Dusun"};
    *region = WORD_IN(w, REGIONS);
    if (WORD_IN(w, BODIES))
        return WT_ENT_ORG;
    return *region || WORD_IN(w, FACILITIES) || named_after(w) ? WT_ENT_LOC : -1;
}

/* A word that goes on with a place's name ("Sumatera Selatan", "Nusa
 * Tenggara", "Angkatan Darat") */
static bool place_qualifier(const char *w)
{
    static const char *const QUALIFIER[] = {"Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara", "Raya",
                                            "Baru",  "Besar",   "Kecil", "Hulu",  "Hilir",  "Laut",     "Darat",
                                            "Udara", "Daya",    "Jaya"};
    return WORD_IN(w, QUALIFIER);
}

/* An office of a place: its title is always followed by the place it
 * serves ("Bupati Majalengka", "Kapolsek Tebet", "Wakapolres Merangin",
 * "Sekda Bantul", "Pangdam XVII Cenderawasih"), then, if at all, by the
 * holder's name. */
static bool office_of_a_place(const char *role, const char *w)
{
    static const char *const ROLES[] = {"regent",       "deputy_regent",       "district_head",
                                        "village_head", "deputy_governor",     "deputy_mayor",
                                        "police_chief", "deputy_police_chief", "regional_secretary"};
    static const char *const COMMANDS[] = {"Pangdam", "Danrem", "Dandim"};
    return (role && WORD_IN(role, ROLES)) || WORD_IN(w, COMMANDS);
}

/* A province's or a city's head (whom Indonesian names after the title
 * and the place, as office_of_a_place, but who heads bodies too:
 * "Gubernur Bank Indonesia", "Gubernur The Fed"). */
static bool head_of_a_region(const char *role)
{
    return role && (!strcmp(role, "governor") || !strcmp(role, "mayor"));
}

static bool roman_numeral(const char *w)
{
    size_t n = strspn(w, "IVXL");
    return n && !w[n];
}

/* Words after which a capitalised word is a place of the document:
 * prepositions of place, a region's noun, a local body's. */
static bool place_evidence_word(const char *w)
{
    static const char *const E[] = {"di", "ke", "dari", "Di", "Kecamatan", "Kabupaten", "Kota", "Desa", "Kelurahan",
                                    "Kampung", "Polsek", "Polres", "Polresta", "Polrestabes", "Polda", "Kodim",
                                    "Korem", "Kodam", "Puskesmas", "Kab.", "Kec.", "Pemkab", "Pemkot", "warga",
                                    "wilayah", "kawasan", "Mapolsek", "Mapolres", "Mapolda"};
    return WORD_IN(w, E);
}

/* A news article is a few thousand words: the words that far either side
 * of an office are its document, and a document is looked through for
 * at most PLACE_SCANS offices (a document of millions of words, or one
 * naming thousands of offices, is not read whole for each). */
enum { PLACE_REACH = 5000, PLACE_SCANS = 64 };

/* How many words from token i the document writes as a place elsewhere:
 * the word comes after one that says so somewhere ("di Cilincing",
 * "Puskesmas Nusa Penida"), and the place is the longest run of the words
 * from i, up to e, written together where no office of a place stands
 * before them ("Pemerintah Bone Bolango"; "Camat Cilincing Muhammad
 * Alwi" again says nothing). */
static size_t place_in_document(ctx *c, size_t i, size_t e)
{
    size_t best = 0;
    bool seen = false;
    if (c->place_scans++ >= PLACE_SCANS)
        return 0;
    size_t lo = i > PLACE_REACH ? i - PLACE_REACH : 1;
    size_t hi = c->d->n_tokens - i > PLACE_REACH ? i + PLACE_REACH : c->d->n_tokens;
    for (size_t k = lo; k < hi; k++) {
        if (k == i || strcmp(c->w[k], c->w[i]) != 0)
            continue;
        seen |= place_evidence_word(c->w[k - 1]);
        const char *r = NULL;
        size_t tl = 0;
        for (size_t len = 1; len <= WT_MAX_TITLE_WORDS && len <= k && !tl; len++)
            if (wt_title_at(c->t->titles, c->w, k, k - len, &r) == len && office_of_a_place(r, c->w[k - len]))
                tl = len;
        if (tl)
            continue;
        size_t n = 1;
        while (i + n < e && k + n < c->d->n_tokens && !strcmp(c->w[k + n], c->w[i + n]))
            n++;
        if (n > best)
            best = n;
    }
    return seen ? best : 0;
}

/* The place an office of a place takes from token i of a person's span
 * ending at e: a place the knowledge base knows, a command's numeral and
 * name ("XVII Cenderawasih"), or the words the document writes as a place
 * elsewhere, with the compass points after them; 0 when none is seen. */
static size_t office_place(ctx *c, size_t i, size_t e)
{
    const wt_kb_entity *ke;
    wt_kb_kind k;
    size_t n = wt_kb_match_entity(c->t->kb, c->w, e, i, true, &ke, &k);
    if (n && ke->type != WT_ENT_LOC)
        n = 0;
    if (!n && roman_numeral(c->w[i]))
        n = i + 1 < e && (c->d->tokens[i + 1].flags & WT_TF_CAP) ? 2 : 1;
    if (!n)
        n = place_in_document(c, i, e);
    while (n && i + n < e && place_qualifier(c->w[i + n]))
        n++;
    return n;
}

/* A word of land or water that opens a place's name. */
static bool geo_class(const char *w)
{
    static const char *const G[] = {"Benua", "Pulau", "Kepulauan", "Semenanjung", "Gunung", "Pegunungan", "Sungai",
                                    "Danau", "Selat", "Teluk", "Laut", "Tanjung", "Lembah"};
    return WORD_IN(w, G);
}

/* A unit of a body ("Bidang", "Subdirektorat", "Divisi"): no person's
 * name opens with one. */
static bool unit_noun(const char *w)
{
    static const char *const UNITS[] = {"Bidang",     "Subbidang", "Bagian", "Subbagian", "Seksi",
                                        "Direktorat", "Subdirektorat", "Divisi", "Biro",  "Departemen",
                                        "Kementerian", "Badan",    "Satuan", "Dinas", "Humas", "Komando",
                                        "Kantor",     "Pusat",     "Sekretariat", "Komisi", "Fraksi", "Balai",
                                        /* a police unit's short name ("Kasat Reskrim", "Kabag Ops") */
                                        "Reskrim", "Lantas", "Narkoba", "Resnarkoba", "Intelkam", "Binmas",
                                        "Sabhara", "Samapta", "Propam", "Jatanras", "Reserse", "Ops"};
    return WORD_IN(w, UNITS);
}

/* Whether a title stands before token s in the sentence from b, within
 * twelve words: the title (it may take s itself: "Wali Kota"), then only
 * capitalised words, "di", "untuk", "dan", brackets or hyphens up to s
 * ("Konsul Jenderal RI di Chicago", "Kepala Bidang Penanaman Modal
 * DPMPPT", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)"): the
 * title's first token + 1, or 0. */
static size_t title_before(const ctx *c, size_t b, size_t s)
{
    static const char *const MARKS[] = {"(", ")", "-", "dan", "&"};
    for (size_t t = s; t-- > b && t + 12 > s;) {
        const char *w = c->w[t], *r;
        /* the title may take the span's first word: "Wali Kota" */
        size_t tl = wt_title_at(c->t->titles, c->w, s + 1, t, &r);
        if (tl && *r && t + tl <= s + 1)
            return t + 1;
        bool cap = c->d->tokens[t].kind == WT_TOK_WORD && (c->d->tokens[t].flags & WT_TF_CAP);
        if (!cap && strcmp(w, "di") != 0 && strcmp(w, "untuk") != 0 && !WORD_IN(w, MARKS))
            return 0;
    }
    return 0;
}

static bool titled_before(const ctx *c, size_t b, size_t s) { return title_before(c, b, s) != 0; }

static bool comma_at(const ctx *c, size_t i)
{
    return i < c->d->n_tokens && c->d->tokens[i].kind == WT_TOK_PUNCT && !strcmp(c->w[i], ",");
}

/* A day's name: "Kade Winaya, Senin (16/9/2019)" */
static bool day_name(const char *w)
{
    static const char *const DAYS[] = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad"};
    return WORD_IN(w, DAYS);
}

/* "kata Kepala Biro Komunikasi ... Kementerian Keuangan, Nufransa Wira
 * Sakti di Jakarta", "ujar Kapolsek Tebet, Kompol Alam Nur": the name
 * after an office's title, its body or place and a comma is the office's
 * holder, in apposition; the tagger, having read a place or a body before
 * the comma, often calls the name a place too. m, the tagger's place in
 * [b, e), is that person when the gazetteer does not know it, no other
 * name follows it in a list ("Kapolsek Sukawati, Gianyar, AKP Suryadi",
 * "Ekonomi Kreatif, Kewirausahaan, dan ..."), and its words are
 * capitalised, none opens or goes on with a body's or a place's name,
 * and one is of no Indonesian dictionary ("Teknologi Sains" is a
 * portfolio's) unless a rank opens it ("Kompol Alam Nur"). The sentence's
 * mentions so far are c->m from first. */
static bool holder_after_title(const ctx *c, size_t b, size_t e, size_t first, mention *m)
{
    size_t t = m->s >= b + 2 && comma_at(c, m->s - 1) ? title_before(c, b, m->s - 1) : 0;
    if (!c->lex || t-- == 0 || t + 2 >= m->s)
        return false; /* "kinerja Gubernur, Kapolda, ...": a bare title opens a list */
    size_t o = t; /* the capitalised phrase the title stands in */
    while (o > b && c->d->tokens[o - 1].kind == WT_TOK_WORD && (c->d->tokens[o - 1].flags & WT_TF_CAP))
        o--;
    if (o > b && (!strcasecmp(c->w[o - 1], "di") || !strcasecmp(c->w[o - 1], "ke") || !strcasecmp(c->w[o - 1], "dari")))
        return false; /* "di Direktorat Jenderal Pemasyarakatan, Jl Veteran": an address */
    if (m->e == m->s + 1 && strchr(c->w[m->s], '-'))
        return false; /* "Wilayah Sungai Ciliwung-Cisadane": two places joined */
    for (size_t k = first; k < c->n; k++) /* the sentence's mentions */
        if (c->m[k].type == WT_ENT_PER && c->m[k].s > t && c->m[k].e < m->s)
            return false; /* "Panglima TNI, Marsekal Hadi Tjahjanto, Asops": the office has its holder */
    if (m->e < e && (!strcmp(c->w[m->e], "dan") ||
                     (c->d->tokens[m->e].kind == WT_TOK_WORD && (c->d->tokens[m->e].flags & WT_TF_CAP))))
        return false; /* a list goes on, or a longer name ("Karo Ops Polda") */
    if (comma_at(c, m->e) && m->e + 1 < e &&
        ((c->d->tokens[m->e + 1].flags & WT_TF_CAP) || !strcmp(c->w[m->e + 1], "dan")) &&
        !day_name(c->w[m->e + 1]))
        return false;
    const char *role = NULL;
    size_t s = m->s, tl = wt_title_at(c->t->titles, c->w, m->e, s, &role);
    s += tl;
    bool unknown = false, region;
    for (size_t i = s; i < m->e; i++) {
        const wt_kb_entity *ke;
        wt_kb_kind k;
        const char *w = c->w[i];
        if (c->d->tokens[i].kind != WT_TOK_WORD || !(c->d->tokens[i].flags & WT_TF_CAP) || !has_lower(w) ||
            institution_or_place(w, &region) >= 0 || unit_noun(w) || body_head(w) || geo_class(w) ||
            place_qualifier(w) || wt_kb_match_entity(c->t->kb, c->w, m->e, i, true, &ke, &k))
            return false;
        unknown |= !wt_lex_known(c->lex, w, strlen(w));
    }
    if (s >= m->e || (!unknown && !tl))
        return false;
    m->s = (uint32_t)s;
    if (tl && role && *role)
        m->role = role;
    m->type = WT_ENT_PER;
    return true;
}

/* A place's or body's span the tagger ran on into a person's name after a
 * title ("Konsul Jenderal RI di Chicago Meri Binsar Simorangkir",
 * "Kepala Bidang Penanaman Modal DPMPPT Sleman Arjunandir"): the name is what
 * follows the last place or body the knowledge base knows in the span,
 * one to four capitalised words of which none is known to it, a body's
 * word or a title, each with a small letter, opening with a word of no
 * Indonesian dictionary (or one such word before names), with no
 * English word after the first or alone, and closing the phrase. The
 * first token of the name, or 0. */
static size_t name_after_body(const ctx *c, size_t b, const mention *m)
{
    if (!c->lex || m->e < m->s + 2)
        return 0;
    size_t cut = 0, cut_from = 0;
    const wt_kb_entity *cut_ke = NULL;
    for (size_t i = m->s; i < m->e;) {
        const wt_kb_entity *ke;
        wt_kb_kind k;
        size_t cm = wt_kb_match_entity(c->t->kb, c->w, m->e, i, true, &ke, &k);
        if (cm && ke->type != WT_ENT_PER) {
            cut_from = i;
            i += cm;
            cut = i;
            cut_ke = ke;
        } else {
            i++;
        }
    }
    if (!cut || cut >= m->e || m->e - cut > 4)
        return 0;
    /* after a title; or a party's name, which no other word goes on but
     * its branch's place ("Partai Golkar Pasangkayu"): two words or more
     * after it are a person's ("Fraksi PAN Muslim Ayub") */
    bool party = cut_from == m->s && m->e - cut >= 2 && wt_kb_kind_is(cut_ke, "party");
    if (!party && !titled_before(c, b, m->s))
        return 0;
    /* one word after one word of a place abroad is as likely a person's
     * two names ("(BPJT) Danang Parikesit": Da Nang, also written
     * Danang, is in Viet Nam; "Direktur Kreatif Stuart Vevers") unless a
     * title or a region's noun stands right before the place ("Wali
     * Kota London Sadiq Khan"); an Indonesian body's office is of an
     * Indonesian place ("DLH Samarinda Kisman"). A village's or a
     * district's name may be two words the gazetteer of towns knows the
     * first of ("Kecamatan Grogol Petamburan") */
    static const char *const SMALL_REGIONS[] = {"Kecamatan", "Kelurahan", "Desa", "Dusun"};
    bool region_noun = false;
    if (m->e - cut == 1 && cut == cut_from + 1 && cut_ke->type != WT_ENT_ORG &&
        !(cut_ke->country && !strcmp(cut_ke->country, "IDN")) && !title_ends_at(c, b, cut_from) &&
        !(cut_from > b && institution_or_place(c->w[cut_from - 1], &region_noun) >= 0 && region_noun))
        return 0;
    if (m->e - cut == 1 && WORD_IN(c->w[m->s], SMALL_REGIONS))
        return 0;
    /* the name closes the phrase: "PT Toyota Astra Motor Anton ..." goes
     * on to the name after the company's */
    if (m->e < c->d->n_tokens && c->d->tokens[m->e].kind == WT_TOK_WORD && (c->d->tokens[m->e].flags & WT_TF_CAP))
        return 0;
    bool region;
    for (size_t i = cut; i < m->e; i++) {
        const wt_kb_entity *ke;
        wt_kb_kind k;
        const char *r;
        if (c->d->tokens[i].kind != WT_TOK_WORD || !(c->d->tokens[i].flags & WT_TF_CAP) || acronym(c->w[i]) ||
            institution_or_place(c->w[i], &region) >= 0 || unit_noun(c->w[i]) || body_head(c->w[i]) ||
            wt_kb_match_entity(c->t->kb, c->w, m->e, i, true, &ke, &k) || wt_title_at(c->t->titles, c->w, m->e, i, &r))
            return 0;
        /* "PT Toyota Astra Motor", "Pacific Management": an English word
         * after the first is a company's name going on */
        if ((i > cut || i + 1 == m->e) && wt_lex_english(c->lex, c->w[i], strlen(c->w[i])))
            return 0;
        if (!has_lower(c->w[i])) /* "PT Pelabuhan Indonesia II" */
            return 0;
    }
    /* "TNI Angkatan Darat", "Sumatera Selatan Sukasno": words of the
     * language go on with the body, a compass point with the place; a
     * name may open with one ("Meri Binsar Simorangkir") when the rest
     * is names */
    size_t known = 0;
    for (size_t i = cut; i < m->e; i++)
        known += wt_lex_known(c->lex, c->w[i], strlen(c->w[i]));
    if (!wt_lex_known(c->lex, c->w[cut], strlen(c->w[cut])))
        return cut;
    return m->e - cut >= 2 && known == 1 && !place_qualifier(c->w[cut]) ? cut : 0;
}

/* A noun of kinship written capitalised, opening a sentence's name. */
static bool kin_noun(const char *w)
{
    /* not "Anak" ("Anak Agung"), "Ibu", "Bapak" (honorifics), "Putra",
     * "Putri", "Cucu", "Adik" (names: "Cucu Ahmad Kurnia", "Adik Sunarto") */
    static const char *const KIN[] = {"Ayah",  "Ayahanda", "Ibunda",  "Kakak",     "Suami",
                                      "Istri", "Kekasih",  "Sahabat", "Teman",     "Paman",   "Bibi",
                                      "Kakek", "Nenek",    "Keponakan", "Menantu", "Mertua"};
    return WORD_IN(w, KIN);
}

/* The corps an officer's rank names after it ("Mayor Inf", "Letkol Czi",
 * "Kolonel Pnb"): the token after a military rank at i when it is one,
 * else i. */
static bool corps_word(const char *w)
{
    static const char *const CORPS[] = {"Inf", "Kav", "Arm", "Art",       "Arh",     "Czi", "Kes", "Cku",
                                        "Chb", "Cpl", "CPL", "Cpm",       "CPM",     "Ckm", "Ctp", "Cba",
                                        "Caj", "Pnb", "Tek", "Psk",       "Adm",     "Sus", "Lek", "Kal",
                                        "Mar", "Pom", "Nav", "Infanteri", "Kavaleri"};
    return WORD_IN(w, CORPS);
}

static size_t past_corps(const ctx *c, const char *role, size_t i, size_t e)
{
    return role && !strcmp(role, "military_officer") && i + 1 < e && corps_word(c->w[i]) ? i + 1 : i;
}

/* A rank further in m, after the office's place the tagger joined to
 * the name: "(Kapolres) Badung AKBP I Gede Nyeneng" names I Gede Nyeneng,
 * a police officer; m becomes the name after the rank. A rank written
 * short, not a word of the language: "Laksamana" and "H." stand inside
 * names ("Gandjar Laksamana Bonaprapta", "Mardani H. Maming"); an
 * acronym after the rank is an office after the name ("Ketut Diarmita
 * Dirjen PKH"). In a place's or a body's span only a police or military
 * rank ("Polda Metro Jaya AKBP I Gede Nyeneng"), not an office
 * ("President Director PT Indo Premier Sekuritas"), nor the rank of one
 * a street is named after ("Jalan Letjen S Parman"). */
static bool name_after_rank(const ctx *c, mention *m)
{
    const char *r;
    size_t tl;
    for (size_t t = m->s + 1; c->lex && t + 1 < m->e; t++)
        if ((tl = wt_title_at(c->t->titles, c->w, m->e, t, &r)) > 0 && t + tl < m->e && *r &&
            !wt_lex_known(c->lex, c->w[t], strlen(c->w[t])) && !acronym(c->w[t + tl]) &&
            (m->type == WT_ENT_PER || rank_role(r)) && !named_after_before(c, m->s, t + tl)) {
            if (!m->role)
                m->role = r;
            m->s = (uint32_t)past_corps(c, r, t + tl, m->e);
            return true;
        }
    return false;
}

/* "Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya", "Menteri
 * Komunikasi dan Informatika Rudiantara": a ministry's name goes on past
 * "dan", so an Indonesian word opening a person's span right after it
 * (never a person the knowledge base knows) is the portfolio's, not the
 * name's. One word only: a name may open with a word of the language
 * ("Siti", "Imam"), and most portfolios end in one word after "dan". */
static void portfolio_after_and(const ctx *c, size_t b, mention *m)
{
    static const char *const MINISTER[] = {"Menteri", "Menko", "Kementerian", "Wamen", "Mentri"};
    if (!c->lex || m->s < b + 3 || strcasecmp(c->w[m->s - 1], "dan"))
        return;
    bool minister = false;
    for (size_t k = m->s - 1; k > b && k + 10 > m->s && !minister; k--) {
        const char *w = c->w[k - 1];
        if (WORD_IN(w, MINISTER))
            minister = true;
        else if (!(c->d->tokens[k - 1].flags & WT_TF_CAP) && strcmp(w, ",") && strcasecmp(w, "dan"))
            return;
    }
    const wt_kb_entity *ke;
    wt_kb_kind k;
    const char *w = c->w[m->s];
    if (minister && m->s + 1 < m->e && wt_lex_known(c->lex, w, strlen(w)) &&
        !(wt_kb_match_entity(c->t->kb, c->w, m->e, m->s, true, &ke, &k) && k == WT_KB_PERSON))
        m->s++;
}

/* The legal form of a company written after its name. */
static bool company_form(const char *w)
{
    static const char *const FORMS[] = {"Co.",  "Co",   "Ltd",  "Ltd.", "Inc",   "Inc.",  "Corp",   "Corp.",
                                        "Corporation", "Company", "Tbk", "Tbk.", "Group", "Bhd", "Berhad", "LLC",
                                        "PLC",  "AG",   "GmbH"};
    return WORD_IN(w, FORMS);
}

/* The type of a name of n words that ends with the English noun w of a
 * place (WT_ENT_LOC), an institution (WT_ENT_ORG) or an occasion (-2: no
 * entity); -1 for any other word. "Park" ends a place's name of three
 * words or more only: "Seungmin Park" is a Korean name written given
 * name first. */
static int english_head(const char *w, size_t n)
{
    static const char *const PLACE[] = {"Stadium", "Arena",   "Hall",   "Square", "Garden", "Gardens", "Mall",
                                        "Plaza",   "Hotel",   "Resort", "Tower",  "Bridge", "Street",  "Avenue",
                                        "Road",    "Airport", "Station", "Museum", "Palace", "Cathedral"};
    static const char *const BODY[] = {"University", "College", "Hospital", "Club",    "Records",
                                       "Studios",    "Media",   "Center",   "Centre",  "Institute"};
    static const char *const OCCASION[] = {"Cup", "Festival", "Awards", "Championship", "Championships"};
    if (WORD_IN(w, PLACE) || (n >= 3 && !strcmp(w, "Park")))
        return WT_ENT_LOC;
    if (WORD_IN(w, BODY))
        return WT_ENT_ORG;
    return WORD_IN(w, OCCASION) ? -2 : -1;
}

/* A Balinese name opens with I (a man) or Ni (a woman) and a name of
 * birth order ("I Gede Nyeneng", "Ni Luh Putu Suciyantini"): m, a place
 * or body the tagger found, is that person, with the I or Ni before it. */
static bool balinese_name(const ctx *c, size_t b, mention *m)
{
    static const char *const ORDER[] = {"Wayan", "Putu", "Gede", "Luh",   "Made",
                                        "Kadek", "Nengah", "Nyoman", "Komang", "Ketut"};
    static const char *const SEX[] = {"I", "Ni"};
    if (WORD_IN(c->w[m->s], SEX))
        return m->s + 1 < m->e && WORD_IN(c->w[m->s + 1], ORDER);
    if (m->s > b && WORD_IN(c->w[m->s - 1], SEX) && WORD_IN(c->w[m->s], ORDER)) {
        m->s--;
        return true;
    }
    return false;
}

/* A person's name inside m after its first word: a title there, or a
 * known place after the first word with more words after it, or two
 * words after a region's noun. */
static bool name_inside(const ctx *c, const mention *m, bool region)
{
    const char *r;
    for (size_t i = m->s + 1; i < m->e; i++)
        if (wt_title_at(c->t->titles, c->w, m->e, i, &r))
            return true;
    const wt_kb_entity *ke;
    wt_kb_kind k;
    size_t cm = wt_kb_match_entity(c->t->kb, c->w, m->e, m->s + 1, true, &ke, &k);
    return cm ? m->s + 1 + cm < m->e : region && m->s + 2 < m->e;
}

/* m (a person's or a place's span the tagger found in [b, ...)) opened by
 * a noun of an institution or a place, or a one-word person's span right
 * after a body's noun, takes that noun's type. */
static void retype_body_or_place(const ctx *c, size_t b, mention *m)
{
    bool region = false;
    mention x = *m;
    if (x.type == WT_ENT_PER && x.e == x.s + 1 && x.s > b && !title_ends_at(c, b, x.s - 1) &&
        institution_or_place(c->w[x.s - 1], &region) == WT_ENT_ORG)
        x.s--;
    else if (title_ends_at(c, b, x.s))
        return;
    int other = institution_or_place(c->w[x.s], &region);
    if (other < 0 || other == x.type || (x.type == WT_ENT_PER && name_inside(c, &x, region)))
        return;
    x.type = (uint8_t)other;
    *m = x;
}

static bool initials_of(const ctx *c, const mention *m, const char *acr);

/* "Gubernur Banten Wahidin Halim (WH) ... tegas Gubernur WH": acr is the
 * initials of a person named before (among the last 256 mentions) */
static bool initials_of_a_person(const ctx *c, const char *acr)
{
    for (size_t k = c->n, seen = 0; k-- > 0 && seen < 256; seen++)
        if (c->m[k].type == WT_ENT_PER && c->m[k].e - c->m[k].s >= 2 && initials_of(c, &c->m[k], acr))
            return true;
    return false;
}

/* Whether token a (before e) is the short form of a government body or
 * a party the knowledge base knows in one word ("Kemenpar", "Kementan",
 * "Golkar"); a company's ("Pertamina Energy Services") opens a longer
 * name. */
static bool body_short_form(const ctx *c, size_t a, size_t e)
{
    const wt_kb_entity *ke;
    wt_kb_kind k;
    return !in_capitals(c->w[a]) && wt_kb_match_entity(c->t->kb, c->w, e, a, true, &ke, &k) == 1 &&
           (wt_kb_kind_is(ke, "government_body") || wt_kb_kind_is(ke, "party"));
}

/* "Ketua Komisi Pemerintahan DPR Zainudin Amali", "Ketua Badan Pengurus
 * ICJR Anggara Suwahyu", "Kepala Biro Humas Kominfo Ferdinandus Setu":
 * words in capitals or bodies' short forms after an office (at p, its
 * role r) name the office's body, and so does a place the knowledge base
 * knows after them ("Kepala Biro Hukum DKI Jakarta Yayan Yuhanah"); the
 * holder's name follows. Where that name may start, or e when no name
 * follows: a body's name goes on after the office ("DPP Partai Golkar",
 * "PT Marga ..."), or one word and a comma after the capitals end the
 * body's name and the holder's comes after the comma ("Wakil Ketua DPD
 * Gerindra, Syarif", "Dirjen PSP Kementan, Sarwo Edhy"). */
static size_t past_body_acronyms(const ctx *c, const char *r, size_t p, size_t e)
{
    bool region = false;
    if (p < e && institution_or_place(c->w[p], &region) >= 0)
        return e;
    size_t a = p;
    while (a < e && !rank_or_style(r) && (in_capitals(c->w[a]) || body_short_form(c, a, e)) &&
           institution_or_place(c->w[a], &region) < 0 && !initials_of_a_person(c, c->w[a]))
        a++;
    if (a == p || a >= e)
        return a;
    if (institution_or_place(c->w[a], &region) >= 0)
        return e;
    const wt_kb_entity *ke;
    wt_kb_kind k;
    size_t cm = wt_kb_match_entity(c->t->kb, c->w, e, a, true, &ke, &k);
    if (cm && ke->type == WT_ENT_LOC && a + cm < e && (c->d->tokens[a + cm].flags & WT_TF_CAP))
        a += cm;
    if (a + 2 < e && comma_at(c, a + 1) && (c->d->tokens[a + 2].flags & WT_TF_CAP) && !day_name(c->w[a + 2]))
        return e;
    return a;
}

/* Whether a police or military rank opens at k (before e); not
 * "Jenderal" alone, which also names an office's rank ("Direktorat
 * Jenderal Pajak", "Sekretaris Jenderal"). */
static bool rank_at(const ctx *c, size_t k, size_t e)
{
    const char *r;
    return wt_title_at(c->t->titles, c->w, e, k, &r) > 0 && strcmp(c->w[k], "Jenderal") != 0 && rank_role(r);
}

/* "di Bandara Adi Sucipto", "Jalan Ahmad Yani", "Masjid Salman Rasyidi",
 * "survei Universitas Slamet Riyadi": streets, airports, places of
 * worship, universities and hospitals are often named after a person,
 * with the rank or honorifics the person had ("Jl. Jenderal Sudirman",
 * "Jalan Letjen S Parman", "Jl KH Mansyur"). The tagger's person right
 * after such a noun is the place's or the institution's name when the
 * noun opens that name (no capitalised word before it: "Direktur Angkasa
 * Pura Wisnu Raharjo" is a person) and closes no office ("Kepala
 * Puskesmas Yudia Supradini"). */
static void named_after_a_person(ctx *c, size_t b, mention *m)
{
    if (m->type != WT_ENT_PER || m->s <= b)
        return;
    size_t n = ranks_before(c, b, m->s);
    if (n <= b)
        return;
    n--;
    /* "Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto": the
     * noun's short form in brackets after its full form */
    if (n >= b + 2 && !strcmp(c->w[n], ")") && !strcmp(c->w[n - 2], "(") && named_after(c->w[n - 1])) {
        bool region;
        int type = institution_or_place(c->w[n - 1], &region);
        m->type = (uint8_t)(type < 0 ? WT_ENT_LOC : type);
        return;
    }
    if (!named_after(c->w[n]) || title_ends_at(c, b, n))
        return;
    if (n > b && c->d->tokens[n - 1].kind == WT_TOK_WORD && (c->d->tokens[n - 1].flags & WT_TF_CAP))
        return;
    /* the tagger's span of the noun alone ("Jln." + "Slamet Riyadi") is
     * part of the name now */
    for (size_t k = c->n; k > 0 && c->m[k - 1].e > b; k--)
        if (c->m[k - 1].s >= n && c->m[k - 1].e <= m->s)
            c->m[k - 1].type = 255;
    bool region;
    int type = institution_or_place(c->w[n], &region);
    m->s = (uint32_t)n;
    m->type = (uint8_t)(type < 0 ? WT_ENT_LOC : type);
    m->role = NULL;
}

/* "Kasi Pidana Umum Kejari Blitar Soepomo", "Kepala Pelaksana BPBD
 * Kalsel Wahyuddin": a local body is named by its place, and the
 * tagger's person right after the body's noun may open with that place.
 * The place (one the knowledge base knows, or words the document writes
 * as a place elsewhere: office_place) is no part of the name, and what
 * is left is no one when it is a title alone. */
static void body_place_before_name(ctx *c, size_t b, mention *m)
{
    bool region;
    if (m->e < m->s + 2 || m->s <= b || institution_or_place(c->w[m->s - 1], &region) != WT_ENT_ORG)
        return;
    size_t pl = office_place(c, m->s, m->e);
    if (!pl || m->s + pl >= m->e)
        return;
    m->s += (uint32_t)pl;
    /* "Polsek Teluknaga Ipda" + "Deden Hary": a rank alone is no one */
    const char *r;
    if (wt_title_at(c->t->titles, c->w, m->e, m->s, &r) == m->e - m->s)
        m->s = m->e;
}

/* "Pangeran Faishal bin Abdul Aziz", "Mizz Nina atau Shazrina binti
 * Azman": an Arabic or Malay name goes on with "bin" or "binti" and the
 * father's name (up to three capitalised words, again with "bin"); the
 * tagger's person that stops before it takes it in. */
static void father_named_after(const ctx *c, size_t e, mention *m)
{
    const char *r;
    while (m->e + 1 < e && kinship_word(c->w[m->e]) && (c->d->tokens[m->e + 1].flags & WT_TF_CAP)) {
        size_t k = m->e + 1;
        while (k < e && k < m->e + 4 && c->d->tokens[k].kind == WT_TOK_WORD && (c->d->tokens[k].flags & WT_TF_CAP) &&
               !wt_title_at(c->t->titles, c->w, e, k, &r))
            k++;
        if (k == m->e + 1)
            return;
        m->e = (uint32_t)k;
    }
}

/* "RUU PKS" (the bill on sexual violence), "Perum Perindo", "PT PKS": a
 * party's short name after the noun of a law or the form of a company
 * is that law's or that company's name, not the party */
static bool party_name_of_another(const ctx *c, size_t b, size_t i, const wt_kb_entity *ke)
{
    static const char *const BEFORE[] = {"RUU", "UU", "Perppu", "Perda", "PT", "Perum", "CV", "Koperasi"};
    return wt_kb_kind_is(ke, "party") && i > b && WORD_IN(c->w[i - 1], BEFORE);
}

/* A capitalised word right before token s that may close an office
 * ("Co-Founder Gojek", "Country Brand Manager Shopee"): not a sentence's
 * first word that is a word of the language ("Penjualan Daihatsu"). */
static bool office_word_before(const ctx *c, size_t b, size_t s)
{
    if (s <= b || !(c->d->tokens[s - 1].flags & WT_TF_CAP))
        return false;
    return !(c->d->tokens[s - 1].flags & WT_TF_SENT_START) || !known_in_lower_case(c, c->w[s - 1]);
}

/* "pembayaran PBB", "menunggak PBB": after a word of paying, the letters
 * of an international organisation name the land and building tax (Pajak
 * Bumi dan Bangunan); no such body is paid like a bill. One sense in a
 * document: the organisation whose letters are paid anywhere in it is
 * never meant there ("Sebagai informasi, PBB dapat dibayar ..."). */
static const wt_kb_entity *taxed_in(const ctx *c)
{
    static const char *const PAY[] = {"pembayaran", "bayar", "membayar", "dibayar", "menunggak", "tunggakan",
                                      "pajak",      "tagihan", "melunasi", "lunas", "setoran", NULL};
    for (size_t i = 1; i < c->d->n_tokens; i++) {
        const wt_kb_entity *ke;
        wt_kb_kind k;
        if ((c->d->tokens[i].flags & WT_TF_UPPER) && word_in_any_case(c->w[i - 1], PAY) &&
            wt_kb_match_entity(c->t->kb, c->w, c->d->n_tokens, i, true, &ke, &k) == 1 && k == WT_KB_ORG &&
            wt_kb_kind_is(ke, "intergovernmental"))
            return ke;
    }
    return NULL;
}

static void office_before_holder(ctx *c, size_t b, size_t first);
static int holder_after_place(ctx *c, size_t b, size_t first, size_t t, size_t p, size_t e, size_t least);

/* "Absennya Pogba", "Akankah Atletico", "Aplikasinya Grab": a word of
 * the language with a clitic (-nya, -kah, -lah) opening a sentence or a
 * clause is no part of the name after it: a name carries no clitic. The
 * word before the clitic has four letters or more ("Makkah" is no "mak"
 * + "-kah"); after a word ("PMII Sabolah Al Kalamby") the word is a
 * name's. One word left ("Aplikasinya Grab") is no mention of the
 * tagger's (its type was read for the whole span); a family name of the
 * story it is one still ("Absennya Pogba" after "Paul Pogba"). */
static bool word_with_clitic(const ctx *c, const char *w)
{
    size_t n = strlen(w);
    return c->lex && n >= 7 && wt_lex_clitic(c->lex, w, n) == 3 && strcasecmp(w + n - 3, "pun") != 0;
}

static bool sentence_mentions(ctx *c, const wt_sentence *se, const wt_ner *ner, int *tags, size_t (*ranges)[2])
{
    size_t b = se->tok_begin, e = se->tok_end;
    size_t first = c->n;
    /* the knowledge base */
    for (size_t i = b; i < e;) {
        const wt_kb_entity *ke;
        wt_kb_kind k;
        size_t m = wt_kb_match_entity(c->t->kb, c->w, e, i, true, &ke, &k);
        if (!m && (c->d->tokens[i].flags & WT_TF_CAP) && c->d->tokens[i].kind == WT_TOK_WORD &&
            (ke = wt_kb_person_by_part(c->t->kb, c->w[i], strlen(c->w[i]))) && !patronymic_of_another(c, i, ke) &&
            short_name_evidence(c, b, i, ke)) {
            m = 1; /* a known person's short name: "Putin", "Prabowo" */
            k = WT_KB_PERSON;
        }
        if (m > 1 && k == WT_KB_PERSON && wife_named_after(c, b, e, i)) {
            /* her own name and her husband's are one person's, hers */
            if (!add_mention(c, (mention){(uint32_t)(i - 1), (uint32_t)(i + m), WT_ENT_PER, NULL, 0, NULL, NULL, -1, NULL}))
                return false;
            i += m;
            continue;
        }
        if (m && k == WT_KB_ORG && (party_name_of_another(c, b, i, ke) || ke == c->taxed)) {
            i += m;
            continue;
        }
        const char *tr;
        if (m == 1 && ke->world && k == WT_KB_PLACE && wt_title_at(c->t->titles, c->w, e, i, &tr) == 1) {
            i++; /* "calon Wako dan Wawako": an office's short title is no town */
            continue;
        }
        if (m == 1 && ((ke->world && k == WT_KB_PLACE && !world_town_evidence(c, b, i, ke)) ||
                       (k == WT_KB_NAME && english_name_only(c, i, ke))))
            c->doubtful[i] = 1; /* the tagger may read it otherwise: see below */
        if (m && !link_has_evidence(c, b, e, i, m, k)) {
            /* "Raja Salman" + "bin Abdulaziz": a longer name may start
             * inside a known one that goes on */
            i += m > 1 && i + m < e && name_goes_on(c->w[i + m]) ? 1 : m;
            continue;
        }
        if (!m) {
            i++;
            continue;
        }
        /* "Kementerian Luar Negeri China": a body the knowledge base knows
         * (as Indonesia's, unqualified) named with another country is
         * that country's */
        if (k == WT_KB_ORG && i + m < e) {
            const wt_kb_entity *ce;
            wt_kb_kind ck;
            size_t cm = wt_kb_match_entity(c->t->kb, c->w, e, i + m, true, &ce, &ck);
            if (cm && (ck == WT_KB_NAME || ck == WT_KB_DEMONYM) && ce->country &&
                (!ke->country || strcmp(ke->country, ce->country) != 0)) {
                if (!add_mention(c, (mention){(uint32_t)i, (uint32_t)(i + m + cm), WT_ENT_ORG, NULL, 0, NULL,
                                              ce->country, -1, NULL}))
                    return false;
                i += m + cm;
                continue;
            }
        }
        /* "Bea Cukai Wilayah Bali Nusa Tenggara": a national body's
         * regional office is one organisation of the body's country */
        if (k == WT_KB_ORG && ke->country && i + m + 1 < e && !strcmp(c->w[i + m], "Wilayah")) {
            size_t r = i + m + 1;
            bool placed = false;
            while (r < e && r < i + m + 5 && c->d->tokens[r].kind == WT_TOK_WORD &&
                   (c->d->tokens[r].flags & WT_TF_CAP)) {
                const wt_kb_entity *pe;
                wt_kb_kind pk;
                size_t pm = wt_kb_match_entity(c->t->kb, c->w, e, r, true, &pe, &pk);
                if (pm && pe->type == WT_ENT_LOC) {
                    r += pm;
                    placed = true;
                    continue;
                }
                /* "Komnas HAM Wilayah Papua Frits Ramandey": after a known
                 * place, a word of no dictionary opens a person's name,
                 * unless a place's word follows it ("Bali Nusa Tenggara") */
                if (placed && c->lex && !wt_lex_known(c->lex, c->w[r], strlen(c->w[r])) &&
                    !(r + 1 < e && place_qualifier(c->w[r + 1])))
                    break;
                r++;
            }
            if (r > i + m + 1) {
                if (!add_mention(c, (mention){(uint32_t)i, (uint32_t)r, WT_ENT_ORG, NULL, 0, NULL, ke->country, -1, NULL}))
                    return false;
                i = r;
                continue;
            }
        }
        if (i + m < e && family_after_full_name(c, i, m, k))
            m++; /* the family's name is the person's too */
        if (!add_mention(c, (mention){(uint32_t)i, (uint32_t)(i + m), (uint8_t)ke->type, ke, k, NULL, NULL, -1, NULL}))
            return false;
        i += m;
    }
    if (!agency_credits(c, b, e))
        return false;
    size_t n_kb = c->n;
    /* the tagger, over the stretches around capitalised words (a name has
     * a capital; words three away from any are not tagged: O) */
    if (ner && e > b) {
        size_t n = e - b, nr = 0;
        for (size_t i = 0; i < n; i++)
            tags[i] = -1;
        for (size_t i = b; i < e;) {
            if (!(c->d->tokens[i].flags & (WT_TF_CAP | WT_TF_UPPER))) {
                i++;
                continue;
            }
            size_t from = i >= b + 2 ? i - 2 : b, to = i + 3;
            while (to < e && to < i + 64) { /* join stretches closer than five words */
                size_t k = to;
                while (k < e && k < to + 2 && !(c->d->tokens[k].flags & (WT_TF_CAP | WT_TF_UPPER)))
                    k++;
                if (k < e && k < to + 2)
                    to = k + 3;
                else
                    break;
            }
            if (to > e)
                to = e;
            ranges[nr][0] = from - b;
            ranges[nr++][1] = to - b;
            i = to;
        }
        wt_ner_env env = {c->t->kb, c->lex, c->t->ner_memo};
        wt_ner_tag_ranges(ner, &env, c->w + b, n, (const size_t(*)[2])ranges, nr, tags);
        for (size_t i = b; i < e;) {
            int tid = tags[i - b];
            const char *tg = tid >= 0 ? wt_ner_tag_name(ner, tid) : "O";
            int ty = tg[0] == 'B' || tg[0] == 'I' ? type_of_tag(tg) : -1;
            if (ty < 0) {
                i++;
                continue;
            }
            size_t j = i + 1;
            while (j < e) {
                const char *nt = tags[j - b] >= 0 ? wt_ner_tag_name(ner, tags[j - b]) : "O";
                if (nt[0] != 'I' || type_of_tag(nt) != ty)
                    break;
                j++;
            }
            mention m = {(uint32_t)i, (uint32_t)j, (uint8_t)ty, NULL, 0, NULL, NULL, -1, NULL};
            i = j;
            /* titles and a country inside a person's span */
            if (ty == WT_ENT_PER) {
                const char *r;
                size_t tl;
                uint32_t opened = m.s;
                bool of_place = false;
                while (m.s < m.e && (tl = wt_title_at(c->t->titles, c->w, m.e, m.s, &r)) > 0) {
                    if (*r)
                        m.role = r;
                    of_place = office_of_a_place(r, c->w[m.s]);
                    m.s = (uint32_t)past_corps(c, r, m.s + tl, m.e);
                    const wt_kb_entity *ke;
                    wt_kb_kind k;
                    size_t cm = wt_kb_match_entity(c->t->kb, c->w, m.e, m.s, true, &ke, &k);
                    if (cm && is_country_kind(k) && m.s + cm < m.e && !name_goes_on(c->w[m.s + cm])) {
                        m.country = ke->country;
                        m.s += (uint32_t)cm;
                    }
                }
                /* "Camat Cilincing Muhammad Alwi": an office of a place
                 * names its place before the holder; with no holder named
                 * ("kata Kapolsek Tebet"), or one word the document never
                 * shows to be a place, the span stays the office as written */
                bool office_only = false;
                if (of_place && m.s < m.e) {
                    size_t pl = office_place(c, m.s, m.e);
                    office_only = m.s + pl >= m.e || (!pl && m.e - m.s == 1);
                    m.s = office_only ? opened : m.s + (uint32_t)pl;
                }
                /* "Skotlandia Nicola Sturgeon" after a title the table does
                 * not know: a country's name opening a longer span is the
                 * person's country, not part of the name */
                const wt_kb_entity *ke;
                wt_kb_kind k;
                size_t cm = wt_kb_match_entity(c->t->kb, c->w, m.e, m.s, true, &ke, &k);
                /* and after a title, a town's or region's: "Presiden
                 * Zanzibar Ali Muhammad Shein", "Gubernur California Nama" */
                bool place_after_title = cm && k == WT_KB_PLACE && (m.role || title_ends_at(c, b, m.s));
                if (cm && (k == WT_KB_NAME || place_after_title) && ke->country && m.s + cm + 2 <= m.e &&
                    !name_goes_on(c->w[m.s + cm])) {
                    /* "Dubes RI untuk Kazakhstan dan Tajikistan Rahmat
                     * Pramono": after a preposition it is where he serves */
                    size_t pw = m.s; /* "untuk Republik Chile Nama": past the state's form */
                    while (pw > b && state_form(c->w[pw - 1]))
                        pw--;
                    if (!m.country && (pw == b || !preposition(c->w[pw - 1])))
                        m.country = ke->country;
                    m.s += (uint32_t)cm;
                }
                /* an honorific after the country: "Suriname H.E. Nama" */
                while (!office_only && m.s + 1 < m.e && (tl = wt_title_at(c->t->titles, c->w, m.e, m.s, &r)) > 0 &&
                       m.s + tl < m.e) {
                    if (*r && !m.role)
                        m.role = r;
                    m.s += (uint32_t)tl;
                }
                /* "Kasat Reskrim Polres Bantul", "Kabid Pencegahan": the
                 * unit (and its body) after the head of a unit's title or
                 * a unit's noun, with no rank and name after it, is no
                 * person */
                bool ranked = name_after_rank(c, &m);
                const char *held = m.role ? m.role : title_ending_at(c, b, opened);
                if (!ranked && m.s < m.e &&
                    ((m.role && unit_noun(c->w[m.s])) || (held && !strcmp(held, "unit_head")))) {
                    ty = m.type = WT_ENT_ORG;
                    m.role = NULL;
                }
            }
            while (m.e > m.s && c->d->tokens[m.e - 1].kind == WT_TOK_PUNCT)
                m.e--;
            /* "Menteri PUPR menambahkan", "Ketua RT setempat", "Gubernur
             * DKI": one word in capitals right after an office is the
             * body or the place the office serves, not its holder (a
             * rank's initials are a person's: "Bripka MF") */
            if (ty == WT_ENT_PER && m.e == m.s + 1 && in_capitals(c->w[m.s]) && office_ends_at(c, b, m.s) &&
                !initials_of_a_person(c, c->w[m.s]))
                continue;
            if (ty == WT_ENT_PER)
                portfolio_after_and(c, b, &m);
            /* "AAJI Budi Tampubolon", "AKP Regy Renanta": an acronym in
             * capitals opening a person's span names the body the person
             * serves or their rank, not the person (a name written all
             * in capitals, "ANDITA RAHMA", stays whole) */
            if (ty == WT_ENT_PER && m.s + 1 < m.e && acronym(c->w[m.s]) && has_lower(c->w[m.s + 1]))
                m.s++;
            /* "Kakak Ria, Dewi Irawan mengatakan", "Ayah Ronaldo, Jose
             * Dinis Aveiro": a noun of kinship opening a person's span is
             * no part of the name; what is left is a mention of the one
             * whose relative is meant. After a title or rank, or any
             * capitalised word, it is a name's word ("Kapten Inf Adik
             * Sunarto") */
            if (ty == WT_ENT_PER && !m.role && m.s + 1 < m.e && kin_noun(c->w[m.s]) &&
                (m.s == b || !isupper((unsigned char)c->w[m.s - 1][0])))
                m.s++;
            if (m.s + 1 < m.e && (m.s == b || c->d->tokens[m.s - 1].kind == WT_TOK_PUNCT) &&
                word_with_clitic(c, c->w[m.s]) && ++m.s + 1 == m.e)
                continue; /* one word left: the tagger's type was the span's */
            /* "Polres Tanjungpinang", "Puskesmas Wajo", "Kabupaten
             * Serang" in a person's span (or "Bank Bukopin" in a place's)
             * names the body or the place, and so does a one-word
             * person's span after a body's noun the tagger left out
             * ("Polres" + "Anambas"). After a title ("Kepala Dusun
             * Prebutan Nugroho") the span is an office and a name, and so
             * it may be when a title follows inside it ("Polsek Pancoran
             * Mas Iptu Hendra"), when a known place after the noun has
             * more words after it ("Kabupaten Serang David Solehudin"), or
             * a region's noun two ("Kabupaten Magetan Suwoto"): left as
             * they are, the person still speaks. */
            if (ty != WT_ENT_ORG && !m.role)
                retype_body_or_place(c, b, &m);
            if (ty != WT_ENT_ORG && (!m.role || rank_or_style(m.role)))
                named_after_a_person(c, b, &m);
            ty = m.type;
            if (ty == WT_ENT_PER && !m.role)
                body_place_before_name(c, b, &m);
            if (ty == WT_ENT_PER) {
                father_named_after(c, e, &m);
                if (m.e > i)
                    i = m.e; /* the father's name is read: no span of its own */
            }
            if (ty != WT_ENT_PER && (balinese_name(c, b, &m) || name_after_rank(c, &m)))
                ty = m.type = WT_ENT_PER;
            /* "Biro Penerangan Masyarakat Mabes Polri Brigadir" + "Jenderal
             * Dedi Prasetyo": a police or military rank ends a body's or
             * place's name; the holder's follows (a rank and a name inside
             * the span are the person: name_after_rank). Not in a name
             * after an officer with his rank ("Jalan Kapten Tendean",
             * "Universitas Jenderal Achmad Yani") */
            for (uint32_t k = m.s + 1; ty != WT_ENT_PER && !named_after(c->w[m.s]) && k < m.e; k++)
                if (rank_at(c, k, e)) {
                    m.e = k;
                    break;
                }
            /* "Sany Heavy Machinery Co.", "Daimler AG": no person's name
             * ends with the form of a company */
            if (ty == WT_ENT_PER && m.e > m.s + 1 && company_form(c->w[m.e - 1]))
                ty = m.type = WT_ENT_ORG;
            /* "Marco Reus dkk", "Ronaldo cs": "and colleagues" closes no
             * name; alone it is none */
            static const char *const AND_CO[] = {"dkk", "dkk.", "Dkk", "cs", "Cs", "CS", "cs."};
            while (ty == WT_ENT_PER && m.e > m.s && WORD_IN(c->w[m.e - 1], AND_CO))
                m.e--;
            /* "Shaqiri seperri", "Rossa didandani", "genk sosialita Nia
             * Ramadhani": a word written small that is one of the
             * language opens or closes no person's name; one of no
             * dictionary may be a name's written small ("Pratiwi febri") */
            bool cased = false; /* (a name written all small is left as it is) */
            for (uint32_t t = m.s; ty == WT_ENT_PER && t < m.e && !cased; t++)
                cased = !small_word(c, t);
            while (cased && m.e > m.s + 1 && small_word(c, m.e - 1) && word_not_name(c, c->w[m.e - 1]))
                m.e--;
            /* nor opens one before a capitalised word, of a dictionary
             * or not ("cuitan Tomi", "hattrick Cristiano Ronaldo"), but
             * for a particle ("van der Sar", "de Jong"); when one word is
             * left the tagger's type was the span's ("litbang Iptek",
             * "jaman Orba"): no mention, unless the word cut was a title
             * written small ("dr Terawan", "mba Angela") */
            static const char *const SMALL_TITLE[] = {"dr",   "dr.",  "drg", "drh",  "ir",    "prof", "mba",
                                                      "mbak", "bang", "kak", "kang", "budhe", "bude", "pakde",
                                                      "koko", "cik",  "teh", "chef", NULL};
            bool small_cut = false;
            while (cased && m.e > m.s + 1 && small_word(c, m.s)) {
                bool slip = !word_not_name(c, c->w[m.s]) && !word_in_any_case(c->w[m.s], SMALL_TITLE);
                if (slip && (name_particle(c->w[m.s]) || small_word(c, m.s + 1)))
                    break;
                small_cut |= slip;
                m.s++;
            }
            if (small_cut && m.e == m.s + 1)
                continue;
            /* "Signal Iduna Park", "Stamford Bridge", "Tsinghua University",
             * "Rogers Cup": nor with an English noun of a place, an
             * institution or an occasion */
            if (ty == WT_ENT_PER && m.e > m.s + 1) {
                int head = english_head(c->w[m.e - 1], m.e - m.s);
                if (head == -2)
                    continue;
                if (head >= 0)
                    ty = m.type = (uint8_t)head;
            }
            if (m.s >= m.e || (ty != WT_ENT_PER && title_and_country(c, m.s, m.e)))
                continue;
            /* an honorific alone is no name ("KH" before a kiai's name) */
            const char *hr;
            if (ty != WT_ENT_PER && wt_title_at(c->t->titles, c->w, m.e, m.s, &hr) == m.e - m.s && !*hr)
                continue;
            if (designation(c->w[m.s]) || generic_term(c, m.s, m.e) || no_name(c, m.s, m.e))
                continue;
            if (m.e == m.s + 1 && day_name(c->w[m.s])) /* "di Jakarta, Ahad, 15 September" */
                continue;
            /* a capitalised word of land or water the tagger left out
             * opens a place's name ("Benua" + "Afrika", "Semenanjung" +
             * "Korea") */
            while (ty == WT_ENT_LOC && m.s > b && geo_class(c->w[m.s - 1]) &&
                   (c->d->tokens[m.s - 1].flags & WT_TF_CAP))
                m.s--;
            /* a body's head noun the tagger left out opens the name
             * ("Departemen" + "Luar Negeri AS") */
            while (ty == WT_ENT_ORG && m.s > b && body_head(c->w[m.s - 1]))
                m.s--;
            /* and the country that closes a body's name ("Kementerian
             * Keamanan Negara" + "China") */
            if (ty == WT_ENT_ORG && body_head(c->w[m.s]) && m.e < e) {
                const wt_kb_entity *ke;
                wt_kb_kind k;
                size_t cm = wt_kb_match_entity(c->t->kb, c->w, e, m.e, true, &ke, &k);
                if (cm && (k == WT_KB_NAME || k == WT_KB_DEMONYM) && ke->country)
                    m.e += (uint32_t)cm;
            }
            /* a name has a capital somewhere ("smart city" is not one) */
            bool capital = false;
            for (uint32_t t = m.s; t < m.e && !capital; t++)
                capital = (c->d->tokens[t].flags & WT_TF_CAP) != 0;
            /* and begins and ends with one: "kota Jeddah", "pulau
             * Manhattan", "Laut Merah selatan" name the capitalised part */
            if (capital && ty != WT_ENT_PER) {
                while (m.s < m.e && small_word(c, m.s))
                    m.s++;
                while (m.e > m.s && small_word(c, m.e - 1))
                    m.e--;
            }
            if (!capital) {
                /* but "indonesia" written small is still Indonesia */
                const wt_token *tk = c->d->tokens;
                m.kb = wt_kb_lookup(c->t->kb, c->d->text + tk[m.s].start, tk[m.e - 1].end - tk[m.s].start, &m.kind);
                /* a country's name only: "lima" (five) is no Lima, "batu"
                 * no town */
                if (!m.kb || m.kind != WT_KB_NAME || tk[m.e - 1].end - tk[m.s].start < 4)
                    continue;
                m.type = (uint8_t)m.kb->type;
            }
            /* "Staf Ahli ... Kemnaker Aris Wahyudi", "Dirjen Industri Kimia,
             * Farmasi dan Tekstil Kemenperin Gati Wibawaningsih": a body the
             * knowledge base knows inside a person's span is the body the
             * person serves; the name is what follows it */
            bool product = false;
            for (size_t k = first; k < n_kb && ty == WT_ENT_PER; k++) {
                const mention *km = &c->m[k];
                if (km->type == WT_ENT_ORG && km->e > m.s && km->e < m.e && km->s < m.e) {
                    m.s = km->e;
                    /* "model Daihatsu Sigra", "seri Oppo Reno Ace": after
                     * a brand, with no capitalised office before it
                     * ("Country Brand Manager Shopee Rezki Yanuar"), a
                     * product's name */
                    product = wt_kb_kind_is(km->kb, "brand") && !title_ends_at(c, b, km->s) &&
                              !office_word_before(c, b, km->s);
                }
            }
            if (product)
                continue;
            /* "Konsul Jenderal RI di Chicago Meri Binsar Simorangkir": the
             * tagger's place or body ran on into the person's name */
            size_t cut = ty != WT_ENT_PER ? name_after_body(c, b, &m) : 0;
            mention named = {(uint32_t)cut, m.e, WT_ENT_PER, NULL, 0, NULL, NULL, -1, NULL};
            if (cut)
                m.e = (uint32_t)cut;
            if (!cut && ty == WT_ENT_LOC && !m.kb && holder_after_title(c, b, e, first, &m))
                ty = WT_ENT_PER;
            /* overlap with a knowledge-base name */
            bool keep = true;
            for (size_t k = first; k < n_kb && keep; k++) {
                mention *km = &c->m[k];
                if (km->e <= m.s || km->s >= m.e)
                    continue;
                if (m.type == WT_ENT_ORG && (km->type == WT_ENT_LOC || wt_kb_kind_is(km->kb, "brand")) &&
                    km->s >= m.s && km->e <= m.e && (km->e - km->s) < (m.e - m.s)) {
                    /* the organisation's name keeps its country; a brand's
                     * subsidiary or academy is a body of its own ("PT
                     * Toyota Motor Manufacturing Indonesia") */
                    km->type = 255;
                    continue;
                }
                /* a world town without evidence the tagger reads as a
                 * body ("Chelsea", "Honda") or as a word of a longer
                 * person's name ("Maverick Vinales", "David de Gea") is
                 * that; a one-word person's span is as often a club
                 * ("Dortmund") and leaves the town; a country's English
                 * name goes only inside a longer name ("Jordan Henderson",
                 * not "Luxembourg" read as a body) */
                if (km->kb && c->doubtful[km->s] && km->s >= m.s && km->e <= m.e &&
                    ((m.type == WT_ENT_ORG && (km->kb->world || m.e - m.s >= 2)) ||
                     (m.type == WT_ENT_PER && m.e - m.s >= 2))) {
                    km->type = 255;
                    continue;
                }
                if (km->kb && c->doubtful[km->s])
                    c->doubtful[km->s] = 2; /* the tagger reads a name there */
                keep = false;
            }
            if (keep && !add_mention(c, m))
                return false;
            if (cut && !add_mention(c, named))
                return false;
        }
    }
    if (!bodies_of_organisations(c, first, b))
        return false;
    if (!missions(c, first, b, e))
        return false;
    /* "Presiden Vietnam Luong Cuong": capitalised words after a title (and
     * a country) are a person's name when one of them is no Indonesian word */
    for (size_t i = b; i < e; i++) {
        const char *r = NULL;
        size_t tl = wt_title_at(c->t->titles, c->w, e, i, &r);
        if (!tl || !r || !*r)
            continue;
        /* "Jalan Letjen S Parman": a street's rank and name, no officer;
         * "Kanit Turjawali": the unit's name after its head's title */
        if ((rank_role(r) && named_after_before(c, b, i + tl)) || !strcmp(r, "unit_head"))
            continue;
        size_t p = i + tl;
        const wt_kb_entity *ke;
        wt_kb_kind k;
        size_t cm = p < e ? wt_kb_match_entity(c->t->kb, c->w, e, p, true, &ke, &k) : 0;
        if (cm && is_country_kind(k))
            p += cm;
        /* "Juru Bicara Departemen Luar Negeri Morgan Ortagus": the office's
         * body (a head noun and up to two Indonesian words), then a name
         * that starts with a word no Indonesian dictionary knows */
        size_t body = office_body(c, p, e);
        if (body) {
            p += body;
            size_t cm2 = p < e ? wt_kb_match_entity(c->t->kb, c->w, e, p, true, &ke, &k) : 0;
            if (cm2 && is_country_kind(k)) {
                p += cm2;
                cm = cm2;
            }
        }
        /* "Kapolsek Ciranjang", "Pangdam XVII Cenderawasih": an office
         * of a place names the place first; one the document does not
         * show to be a place is taken as one word, and then only a name
         * of two words or more follows it ("Bupati Bone Bolango") */
        /* a state's office before its country ("Presiden Vietnam Luong
         * Cuong": a name of two words or more after it); a rank or a
         * style names none ("Kolonel Turki al-Harbi") */
        size_t unseen = 0, seen_to = cm && is_country_kind(k) && !rank_or_style(r) ? p : 0, least = 2;
        if (office_of_a_place(r, c->w[i])) {
            if (p >= e || !(c->d->tokens[p].flags & WT_TF_CAP))
                continue;
            size_t pl = office_place(c, p, e);
            unseen = !pl;
            p += pl ? pl : 1;
            if (pl)
                seen_to = p, least = 1;
        }
        /* "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Yusri
         * Yunus": a unit of a body after the title goes on with the
         * office; no person's name opens with one */
        if (p < e && unit_noun(c->w[p]))
            continue;
        p = past_body_acronyms(c, r, p, e);
        /* "Ketua Dewan Pakar Partai Golkar Agung Laksono": the office's
         * body ends with one the knowledge base knows, no part of the name */
        for (size_t k2 = first; k2 < c->n; k2++)
            if (c->m[k2].kb && c->m[k2].type != WT_ENT_PER && c->m[k2].s < p && c->m[k2].e > p)
                p = c->m[k2].e;
        /* "Gubernur Kalbar Sutarmidji": a province's or city's head, with
         * a place the hand-written knowledge base knows (not the world's
         * towns: "Wali Kota David Navarro") */
        if (seen_to != p && head_of_a_region(r)) {
            const wt_kb_entity *pe;
            wt_kb_kind pk;
            size_t pn = p < e ? wt_kb_match_entity(c->t->kb, c->w, e, p, true, &pe, &pk) : 0;
            if (pn && pe->type == WT_ENT_LOC && !pe->world && !is_country_kind(pk))
                p += pn, seen_to = p, least = 1;
        }
        int held = seen_to == p ? holder_after_place(c, b, first, i + tl, p, e, least) : 0;
        if (held < 0)
            return false;
        if (held) {
            i = p - 1;
            continue;
        }
        size_t q = p;
        bool foreign = false;
        while (q < e && q < p + 4 && c->d->tokens[q].kind == WT_TOK_WORD && (c->d->tokens[q].flags & WT_TF_CAP)) {
            const char *r2;
            /* no name has a number ("Nomor S-786") */
            if (wt_title_at(c->t->titles, c->w, e, q, &r2) || strpbrk(c->w[q], "0123456789"))
                break;
            if (!roman_numeral(c->w[q]) && (!c->lex || !wt_lex_known(c->lex, c->w[q], strlen(c->w[q]))))
                foreign = true;
            q++;
        }
        if (q == p || !foreign || q < p + 2 * unseen)
            continue;
        bool taken = false;
        for (size_t k2 = first; k2 < c->n && !taken; k2++) {
            mention *o = &c->m[k2];
            if (o->s < q && o->e > p && o->type != 255) {
                /* a title, a body and a foreign name outweigh a tagger's
                 * span across them ("Luar Negeri Morgan Ortagus") */
                if (body && !o->kb)
                    o->type = 255;
                else
                    taken = true;
            }
        }
        if (taken)
            continue;
        if (!add_mention(c, (mention){(uint32_t)p, (uint32_t)q, WT_ENT_PER, NULL, 0, r, cm ? ke->country : NULL, -1, NULL}))
            return false;
        i = q - 1;
    }
    company_forms(c, first, e);
    /* drop what an organisation swallowed; titles for persons */
    size_t w = first;
    for (size_t k = first; k < c->n; k++) {
        if (c->m[k].type == 255)
            continue;
        c->m[w++] = c->m[k];
    }
    c->n = w;
    for (size_t k = first; k < c->n; k++) {
        mention *m = &c->m[k];
        if (m->type != WT_ENT_PER)
            continue;
        const char *r = NULL, *cty = NULL, *home = NULL;
        context_before(c, b, m->s, &r, &cty, &home);
        if (r && !m->role)
            m->role = r;
        if (cty && !m->country)
            m->country = cty;
        if (home && !m->home)
            m->home = home;
    }
    office_before_holder(c, b, first);
    return true;
}

/* "Bupati Karanganyar Juliyatmono", "Presiden Vietnam Luong Cuong": the
 * tagger's person span that opens with the place or country of the office
 * before it (from the title's end t to p, seen to be one: the knowledge
 * base or the document says so) and goes on past it is the holder's name
 * after the place: the span starts at p. A rank after the place goes
 * with the holder ("Kepala Kepolisian Sektor Tebet Komisaris Alam Nur"),
 * who takes what the words before the span said of it (context_before),
 * and the place is a place; the name left has at least least words.
 * Mentions of the sentence from b are c->m from first. 1: a span was cut;
 * 0: none; -1: out of memory. */
static int holder_after_place(ctx *c, size_t b, size_t first, size_t t, size_t p, size_t e, size_t least)
{
    size_t name = p;
    const char *r;
    for (size_t tl; name < e && (tl = wt_title_at(c->t->titles, c->w, e, name, &r)) > 0 && rank_role(r);)
        name += tl;
    for (size_t k = first; k < c->n; k++) {
        mention *m = &c->m[k];
        if (m->type != WT_ENT_PER || m->kb || m->s != t || m->e < name + least)
            continue;
        const char *r2 = NULL, *cty = NULL, *home = NULL;
        context_before(c, b, m->s, &r2, &cty, &home);
        m->s = (uint32_t)name;
        m->role = m->role ? m->role : r2;
        m->country = m->country ? m->country : cty;
        m->home = m->home ? m->home : home;
        for (size_t j = first; j < c->n; j++)
            if (c->m[j].s < p && c->m[j].e > t)
                return 1;
        /* the place is one, and no person's ("Bupati Blitar" beside a
         * "Forpimda Blitar" the tagger made a person) */
        c->office_place[t] = 1;
        const wt_kb_entity *ke;
        wt_kb_kind kk;
        size_t km = wt_kb_match_entity(c->t->kb, c->w, p, t, true, &ke, &kk);
        bool known = km == p - t && ke->type == WT_ENT_LOC;
        return add_mention(c, (mention){(uint32_t)t, (uint32_t)p, WT_ENT_LOC, known ? ke : NULL, known ? kk : 0, NULL,
                                        NULL, -1, NULL})
                   ? 1
                   : -1;
    }
    return 0;
}

/* An academic or courtly style written before a name ("Ir. H. Joko
 * Widodo", "Tun Dr. Mahathir Mohamad") that the title table, which
 * matches any case, cannot hold without taking names' words. */
static bool style_word(const char *w)
{
    static const char *const STYLES[] = {"Ir", "Ir.", "Drs", "Drs.", "Dr", "Dr.", "dr", "dr.", "Tun", "Hj", "Hj."};
    return WORD_IN(w, STYLES);
}

/* Whether tokens [s, e), a person's span right before another person's
 * after an office's title, are the office's complement rather than a
 * name: titles, ranks, styles and corps; words in capitals ("MKGR", "UIP
 * JBB"); nouns of bodies, units and places; names the knowledge base
 * knows as no person's; words of the Indonesian dictionary that are part
 * of no known person's name. One other word may close a complement a
 * dictionary word opens ("Relawan Joman", "Kesatuan Penjagaan Laut
 * Kemebhub"); a name opening with an unknown word is a name ("Dr Terawan"
 * | "Agus Putranto", "Hestu" | "Yoga Saksama": one name the tagger cut). */
static bool office_complement(const ctx *c, size_t s, size_t e)
{
    size_t other = 0, other_at = s;
    bool region, opens_with_word = false;
    for (size_t i = s; i < e;) {
        const char *r, *w = c->w[i];
        const wt_kb_entity *ke;
        wt_kb_kind k;
        size_t tl = wt_title_at(c->t->titles, c->w, e, i, &r), km;
        if (tl) {
            i += tl;
            continue;
        }
        if ((km = wt_kb_match_entity(c->t->kb, c->w, e, i, true, &ke, &k)) > 0) {
            if (ke->type == WT_ENT_PER)
                return false;
            i += km;
            continue;
        }
        if (c->d->tokens[i].kind != WT_TOK_WORD || (w[0] >= 'A' && w[0] <= 'Z' && (!w[1] || !strcmp(w + 1, "."))))
            return false; /* an initial is a name's: "Indra T" | "Herlambang" */
        bool word = known_in_lower_case(c, w) && !wt_kb_person_by_part(c->t->kb, w, strlen(w));
        if (i == s)
            opens_with_word = word;
        if (!word && !style_word(w) && !corps_word(w) && !in_capitals(w) && !unit_noun(w) && !body_head(w) &&
            !geo_class(w) && !place_qualifier(w) && institution_or_place(w, &region) < 0) {
            other++;
            other_at = i;
        }
        i++;
    }
    return other == 0 || (other == 1 && opens_with_word && other_at + 1 == e && e >= s + 2);
}

/* "ujar Direktur Kesatuan Penjagaan Laut Kemenhub Ahmad", "Kanit Lantas
 * Polsek Jatinegara Iptu Didik Sapto", "Ketua Umum MKGR Roem Kono": the
 * tagger often reads the office's body, place or rank after a title as a
 * person right before the holder's name. Indonesian writes the name
 * last, so a person's span after a title (or opening with one), with
 * another person's right after it, that is the office's complement
 * (office_complement) names no one: it is dropped, and the holder takes
 * the role and country it had. Mentions of the sentence from b are c->m
 * from first. */
static void office_before_holder(ctx *c, size_t b, size_t first)
{
    for (size_t k = first; k < c->n; k++) {
        mention *m1 = &c->m[k];
        if (m1->type != WT_ENT_PER || (m1->kb && m1->kind == WT_KB_PERSON))
            continue;
        mention *m2 = NULL;
        for (size_t j = first; j < c->n && !m2; j++)
            if (j != k && c->m[j].type == WT_ENT_PER && c->m[j].s == m1->e)
                m2 = &c->m[j];
        if (!m2)
            continue;
        const char *r;
        size_t from = m1->s, t = title_before(c, b, m1->s), tl;
        if (t) { /* the title may take the span's first words ("Jaksa Agung") */
            tl = wt_title_at(c->t->titles, c->w, m1->e, t - 1, &r);
            if (t - 1 + tl > from)
                from = t - 1 + tl;
        } else if (!wt_title_at(c->t->titles, c->w, m1->e, m1->s, &r)) {
            continue;
        }
        if (from < m1->e && !office_complement(c, from, m1->e))
            continue;
        if (office_complement(c, m2->s, m2->e))
            continue; /* "Warkop" | "DKI": neither is anyone */
        if (!m2->role)
            m2->role = m1->role;
        if (!m2->country)
            m2->country = m1->country;
        if (!m2->home)
            m2->home = m1->home;
        m1->type = 255;
    }
    size_t w = first;
    for (size_t k = first; k < c->n; k++)
        if (c->m[k].type != 255)
            c->m[w++] = c->m[k];
    c->n = w;
}

/* ---- entities ---- */

/* Whether the story is told at home: it names no country, or names
 * Indonesia (by its name or its people's) more often than any other. */
static bool story_at_home(const ctx *c)
{
    const char *code[32];
    size_t count[32], n = 0;
    for (size_t k = 0; k < c->n; k++) {
        const mention *m = &c->m[k];
        if (!m->kb || !is_country_kind(m->kind) || !m->kb->country)
            continue;
        size_t i = 0;
        while (i < n && strcmp(code[i], m->kb->country))
            i++;
        if (i == n) {
            if (n == 32)
                continue;
            code[n] = m->kb->country;
            count[n++] = 0;
        }
        count[i]++;
    }
    size_t home = 0, other = 0;
    for (size_t i = 0; i < n; i++)
        if (!strcmp(code[i], PORTFOLIO_HOME))
            home = count[i];
        else if (count[i] > other)
            other = count[i];
    return n == 0 || home > other;
}

typedef struct entity {
    uint8_t type;
    const wt_kb_entity *kb;
    const char *name;
    const char *words[12]; /* the name's words, for "contains" */
    size_t n_words;
    const char *role, *country;
    const char *home;  /* the country a mention's title alone implies */
    uint32_t first;    /* first mention's start token */
    double confidence; /* the best evidence of its mentions */
} entity;

/* How sure a mention is, by what found it (docs/confidence.md): a
 * knowledge-base name as running text writes it, a person's title, a
 * known person's short name joined to nothing longer, the tagger alone. */
static double mention_confidence(const mention *m, bool short_name_only)
{
    if (m->kb && !short_name_only)
        return m->e - m->s >= 2 || m->kind != WT_KB_PERSON ? 0.95 : 0.8;
    if (m->kb)
        return 0.7;
    if (m->role)
        return 0.8;
    return 0.6;
}

static void split_name(wt_arena *a, entity *en)
{
    en->n_words = 0;
    const char *p = en->name;
    while (*p && en->n_words < WT_ARRAY_LEN(en->words)) {
        while (*p == ' ')
            p++;
        const char *st = p;
        while (*p && *p != ' ')
            p++;
        if (p > st)
            en->words[en->n_words++] = wt_arena_strndup(a, st, (size_t)(p - st));
    }
}

static const char *surface(ctx *c, const mention *m)
{
    const wt_token *t = c->d->tokens;
    return wt_arena_strndup(c->d->arena, c->d->text + t[m->s].start, t[m->e - 1].end - t[m->s].start);
}

/* the mention's words appear in order, contiguously, in the entity's name */
/* a word of a name as it is called alone: Arabic names drop the article
 * ("al-Zaabi" is "Zaabi", "el-Sisi" "Sisi") */
static const char *bare(const char *w)
{
    if ((!strncasecmp(w, "al-", 3) || !strncasecmp(w, "el-", 3) || !strncasecmp(w, "as-", 3) ||
         !strncasecmp(w, "ad-", 3)) && w[3])
        return w + 3;
    return w;
}

static bool contained(ctx *c, const mention *m, const entity *en)
{
    size_t k = m->e - m->s;
    if (k > en->n_words)
        return false;
    for (size_t off = 0; off + k <= en->n_words; off++) {
        if (off > 0 && kinship_word(en->words[off - 1]))
            continue; /* "Abdul Aziz" is not "Fahd bin Abdul Aziz": his father */
        bool ok = true;
        for (size_t i = 0; i < k && ok; i++)
            ok = strcasecmp(c->w[m->s + i], en->words[off + i]) == 0 ||
                 strcasecmp(bare(c->w[m->s + i]), bare(en->words[off + i])) == 0;
        if (ok)
            return true;
    }
    return false;
}

/* "Habibie" alone in a story that writes "BJ Habibie" in full and also
 * names his son "Thareq Kemal Habibie": the family name a known person
 * shares with others of the story is the known person's (news names the
 * others by their given names). Only a person whose full name the story
 * writes (confidence 0.95), only their last word, a word with small
 * letters ("Bambang" is not Susilo Bambang Yudhoyono's, "III" no name),
 * and not a father's name after "bin". */
static bool family_name_of_known(ctx *c, const mention *m, const entity *en)
{
    if (!en->kb || en->confidence < 0.95 || m->e - m->s != 1 || en->n_words < 2)
        return false;
    const char *w = c->w[m->s];
    if (kinship_word(en->words[en->n_words - 2]))
        return false; /* "Mohammed bin Salman": his father's name, no family's */
    return has_lower(w) && strcasecmp(w, en->words[en->n_words - 1]) == 0;
}

static bool close_spelling(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    if (na < 5 || nb < 5 || tolower((unsigned char)a[0]) != tolower((unsigned char)b[0]))
        return false;
    int d = wt_edit_distance(a, na, b, nb);
    return d >= 1 && d <= (na >= 8 && nb >= 8 ? 2 : 1);
}

/* the words of two names, as many in each, open with the same letters:
 * a slip of the pen rarely takes a word's first letter, and a name that
 * differs there is another's ("Lee Jae-Sung" is not "Lee Jae-myung") */
static bool same_initials(const char *a, const char *b)
{
    for (;;) {
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return false;
        a += strcspn(a, " -");
        b += strcspn(b, " -");
        if (!*a || !*b)
            return !*a && !*b;
        a++, b++;
    }
}

/* "Angela Merkal": the one known person whose full name is a letter (two
 * in long names) from a full name the text writes, same first letter, as
 * many words; NULL when none or several */
static const wt_kb_entity *kb_person_misspelt(const ctx *c, const char *name)
{
    size_t n = strlen(name), words = 1;
    for (const char *p = name; *p; p++)
        words += *p == ' ';
    if (n < 8)
        return NULL;
    const wt_kb_entity *hit = NULL;
    size_t np;
    const wt_kb_entity *const *persons = wt_kb_persons(c->t->kb, &np);
    for (size_t i = 0; i < np; i++) {
        const wt_kb_entity *e = persons[i];
        if (tolower((unsigned char)e->name[0]) != tolower((unsigned char)name[0]))
            continue;
        size_t en = strlen(e->name), ew = 1;
        for (const char *p = e->name; *p; p++)
            ew += *p == ' ';
        if (ew != words || (en > n ? en - n : n - en) > 2)
            continue;
        int d = wt_edits_within(name, n, e->name, en, 2);
        if (d >= 1 && d <= (n >= 12 && en >= 12 ? 2 : 1) && same_initials(name, e->name)) {
            if (hit && hit != e)
                return NULL;
            hit = e;
        }
    }
    return hit;
}

typedef struct order {
    size_t idx;
    uint32_t len, start;
    int kb;
} order;

static int cmp_order(const void *x, const void *y)
{
    const order *a = x, *b = y;
    if (a->kb != b->kb)
        return b->kb - a->kb; /* knowledge-base mentions first, then persons */
    if (a->len != b->len)
        return a->len > b->len ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

static int cmp_mention_start(const void *x, const void *y)
{
    const wt_mention *a = x, *b = y;
    return a->start < b->start ? -1 : a->start > b->start;
}

/* entities by knowledge-base entry or by type and name (any case) */
typedef struct ent_index {
    int *slot; /* entity + 1, 0 empty */
    size_t cap;
} ent_index;

/* Is acr the initials of the capitalised words of m ("PBB" of "Partai
 * Bulan Bintang"), not of a part of it ("AS" of "Kementerian Luar Negeri
 * Amerika Serikat", "DPR" of "Komisi XI Dewan Perwakilan Rakyat")? */
static bool initials_of(const ctx *c, const mention *m, const char *acr)
{
    size_t n = 0, len = strlen(acr);
    for (uint32_t t = m->s; t < m->e; t++) {
        unsigned char ch = (unsigned char)c->w[t][0];
        if (!isupper(ch))
            continue;
        if (n >= len || toupper((unsigned char)acr[n]) != ch)
            return false;
        n++;
    }
    return n == len;
}

/* Does name (a knowledge-base entity's) share a word with m, or nearly
 * (a letter or two in words of five or more)? "Badan Pemeriksaan
 * Keuangan (BPK)" and "Mahkamah Kontitusi (MK)" are the bodies the
 * knowledge base knows, misspelt; "Partai Bulan Bintang (PBB)" is not the
 * United Nations. */
static bool shares_a_word(const ctx *c, const mention *m, const char *name)
{
    for (const char *p = name; *p;) {
        size_t n = strcspn(p, " ");
        for (uint32_t t = m->s; t < m->e; t++) {
            const char *w = c->w[t];
            size_t wn = strlen(w);
            if ((wn == n && !strncasecmp(w, p, n)) || (wn >= 5 && n >= 5 && wt_edit_distance(w, wn, p, n) <= 2))
                return true;
        }
        p += n;
        p += *p == ' ';
    }
    return false;
}

/* Does the acronym in brackets after def ("Partai Bulan Bintang (PBB)")
 * stand for def at m, a word the knowledge base knows as another's (the
 * United Nations)? At or after the brackets, when it is def's initials. */
static bool redefined(const ctx *c, const mention *def, const mention *m)
{
    const char *acr = c->w[def->e + 1];
    return m->kb && def->kb != m->kb && def->e + 1 <= m->s && !strcmp(c->w[m->s], acr) && initials_of(c, def, acr) &&
           !shares_a_word(c, def, m->kb->name);
}

static uint64_t key_hash(const wt_kb_entity *kb, int type, const char *name)
{
    if (kb || !name)
        return XXH3_64bits(&kb, sizeof kb);
    char low[256];
    size_t n = 0;
    for (; n < sizeof low - 1 && name[n]; n++)
        low[n] = (char)tolower((unsigned char)name[n]);
    return XXH3_64bits_withSeed(low, n, (uint64_t)type + 1);
}

static bool key_equal(const entity *en, const wt_kb_entity *kb, int type, const char *name)
{
    if (kb || !name)
        return en->kb == kb;
    return !en->kb && en->type == type && strcasecmp(en->name, name) == 0;
}

static int index_find(const ent_index *ix, const entity *ents, const wt_kb_entity *kb, int type, const char *name)
{
    size_t h = (size_t)key_hash(kb, type, name) & (ix->cap - 1);
    while (ix->slot[h]) {
        if (key_equal(&ents[ix->slot[h] - 1], kb, type, name))
            return ix->slot[h] - 1;
        h = (h + 1) & (ix->cap - 1);
    }
    return -1;
}

static void index_add(ent_index *ix, const entity *ents, int at)
{
    size_t h = (size_t)key_hash(ents[at].kb, ents[at].type, ents[at].name) & (ix->cap - 1);
    while (ix->slot[h])
        h = (h + 1) & (ix->cap - 1);
    ix->slot[h] = at + 1;
}

/* the mention of type ty that starts at token s (when s > 0), or else ends
 * at token e */
static const mention *mention_at(const ctx *c, uint32_t s, uint32_t e, int ty)
{
    for (size_t j = 0; j < c->n; j++)
        if (c->m[j].type == ty && (s ? c->m[j].s == s : c->m[j].e == e))
            return &c->m[j];
    return NULL;
}

/* the places of a chain ending at token e, each after a comma, follow a
 * preposition of place: "di Pantai Diamond, ..." */
static bool chain_after_place_word(const ctx *c, uint32_t e)
{
    static const char *const AT[] = {"di", "Di", "ke", "Ke", "dari", "Dari", "menuju", "asal", "dekat", "sekitar"};
    for (int links = 0; links < 6; links++) {
        const mention *p = mention_at(c, 0, e, WT_ENT_LOC);
        if (!p || p->s == 0)
            return false;
        if (WORD_IN(c->w[p->s - 1], AT))
            return true;
        if (p->s < 2 || !comma_at(c, p->s - 1))
            return false;
        e = p->s - 1;
    }
    return false;
}

/* "di Pantai Diamond, Nusa Penida, Klungkung": a name between two
 * places, each after a comma, in a chain of places that a preposition of
 * place opens, is a place of the same chain (an address runs from the
 * small place to the large one), not a person; one of its two
 * neighbours is a place the gazetteer knows. A list without the
 * preposition may be of people the tagger took for places (a line-up of
 * players, "Kajati Maluku Utara, Wisnu Baroto, ..."). */
static void places_in_a_chain(ctx *c)
{
    for (size_t k = 0; k < c->n; k++) {
        mention *m = &c->m[k];
        if (m->type != WT_ENT_PER || m->role || m->kb || m->s < 2 || !comma_at(c, m->s - 1) || !comma_at(c, m->e))
            continue;
        const mention *before = mention_at(c, 0, m->s - 1, WT_ENT_LOC);
        const mention *after = mention_at(c, m->e + 1, 0, WT_ENT_LOC);
        if (!before || !after || (before->kb && is_country_kind(before->kind)))
            continue; /* nothing smaller than a country follows it: "asal Jepang, Kento Momota, ..." */
        if ((before->kb || after->kb) && chain_after_place_word(c, m->s - 1))
            m->type = WT_ENT_LOC;
    }
}

/* a capitalised word the tagger left out follows token i: a longer
 * name ("Hestu Yoga Saksama") whose end is not known */
static bool name_goes_on_at(const ctx *c, size_t i)
{
    return i + 1 < c->d->n_tokens && !c->covered[i + 1] && c->d->tokens[i + 1].kind == WT_TOK_WORD &&
           (c->d->tokens[i + 1].flags & WT_TF_CAP);
}

/* a name at token i is one who speaks, after a reporting verb ("kata
 * Umuh", "Menurut Umuh") */
static bool speaks_after_verb(const ctx *c, size_t i)
{
    static const char *const AFTER[] = {"kata",   "ujar",    "tutur",   "ucap",    "ungkap",  "jelas",
                                        "tambah", "imbuh",   "tegas",   "lanjut",  "terang",  "papar",
                                        "kenang", "sambung", "pungkas", "katanya", "Menurut", "menurut"};
    if (i == 0 || !WORD_IN(c->w[i - 1], AFTER))
        return false;
    /* "kata" is a noun after a preposition or a numeral ("berasal dari
     * kata Lambrate", "sebuah kata": the word) */
    static const char *const NOUN_BEFORE[] = {"dari", "asal",   "sebuah", "suatu",
                                              "satu", "berupa", "dengan", NULL};
    return strcmp(c->w[i - 1], "kata") != 0 || i < 2 || !word_in_any_case(c->w[i - 2], NOUN_BEFORE);
}

/* ... or before one ("Umuh mengatakan"), where a company may speak too */
static bool speaks(const ctx *c, size_t i)
{
    static const char *const BEFORE[] = {"mengatakan", "menjelaskan", "menuturkan", "mengungkapkan", "menegaskan",
                                         "menambahkan", "mengaku", "menilai", "menyebutkan", "menyampaikan"};
    return speaks_after_verb(c, i) || (i + 1 < c->d->n_tokens && WORD_IN(c->w[i + 1], BEFORE));
}

/* the capitalised word at token i taken for a slip of the pen in a
 * name: spelt close to it, and no word of the language ("Kamis" is
 * Thursday, not "Kamil"; "Meski" opening a sentence is "although", not
 * "Messi") nor of English ("Spice Tour", "Industrial Estate"), unless it
 * speaks ("kata Syarif" after "Laode M Syarief") or follows "bin" (a
 * father's name: "bin Laden" after "Hamza bin Ladin") */
static bool misspelt_name(const ctx *c, size_t i, const char *name)
{
    const char *w = c->w[i];
    if (!close_spelling(w, name))
        return false;
    if (speaks(c, i) || (i > 0 && kinship_word(c->w[i - 1])))
        return true;
    size_t n = strlen(w);
    return !known_in_lower_case(c, w) && !(c->lex && (wt_lex_known(c->lex, w, n) || wt_lex_english(c->lex, w, n)));
}

/* a person the tagger named by one word, where the name speaks ("kata
 * Umuh"): written again where the tagger missed it, it is that person
 * (news calls people by one name after the first time); a car, a body or
 * a show the tagger took for a person ("Calya", "Hipmi") speaks nowhere.
 * *lexical says whether the word is a word of the language too ("kata
 * Firdaus"), which then counts only where it speaks again. */
static bool one_word_name(const ctx *c, const mention *m, bool *lexical)
{
    const char *w = c->w[m->s];
    size_t n = strlen(w);
    const char *r;
    if (m->e - m->s != 1 || m->kb || n < 4 || n >= 64 || !c->lex || !speaks(c, m->s) ||
        wt_title_at(c->t->titles, c->w, m->e, m->s, &r)) /* "kata Mendikbud": an office */
        return false;
    *lexical = known_in_lower_case(c, w);
    return true;
}

static int cmp_word(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* The words of the mentions keep chooses, sorted by cmp (for bsearch);
 * NULL when there are none. */
static const char **words_of_mentions(ctx *c, bool (*keep)(const mention *), int (*cmp)(const void *, const void *),
                                      size_t *n)
{
    size_t nw = 0;
    for (size_t k = 0; k < c->n; k++)
        if (keep(&c->m[k]))
            nw += c->m[k].e - c->m[k].s;
    const char **words = nw ? wt_arena_alloc(c->d->arena, nw * sizeof *words) : NULL;
    *n = 0;
    if (!words)
        return NULL;
    for (size_t k = 0; k < c->n; k++)
        if (keep(&c->m[k]))
            for (uint32_t t = c->m[k].s; t < c->m[k].e; t++)
                words[(*n)++] = c->w[t];
    qsort(words, *n, sizeof *words, cmp);
    return words;
}

/* a body or person the tagger read, with no knowledge-base link */
static bool tagger_name(const mention *m) { return !m->kb && (m->type == WT_ENT_ORG || m->type == WT_ENT_PER); }

/* a person named in full (two words or more) */
static bool full_name(const mention *m) { return m->type == WT_ENT_PER && m->e - m->s >= 2; }

/* a one-word town of the world gazetteer without evidence where the
 * tagger read no name */
static bool doubtful_town(const ctx *c, const mention *m)
{
    return m->kb && m->kb->world && m->type == WT_ENT_LOC && m->e - m->s == 1 && c->doubtful[m->s] == 1;
}

/* "Ajax", "Valencia", "Dortmund": a one-word town of the world gazetteer
 * with no evidence (c->doubtful 1: the tagger read no name there) whose
 * word the tagger reads elsewhere in the story inside a body's or a
 * person's name is that club, company or person, not the town: the link
 * goes, and the story's other mentions take the word. */
static void towns_the_story_names_otherwise(ctx *c)
{
    size_t towns = 0, nw;
    for (size_t k = 0; k < c->n; k++)
        towns += doubtful_town(c, &c->m[k]);
    const char **words = towns ? words_of_mentions(c, tagger_name, cmp_word, &nw) : NULL;
    if (!words)
        return;
    size_t w = 0;
    for (size_t k = 0; k < c->n; k++) {
        const mention *m = &c->m[k];
        if (doubtful_town(c, m) && bsearch(&c->w[m->s], words, nw, sizeof *words, cmp_word))
            c->covered[m->s] = 0;
        else
            c->m[w++] = *m;
    }
    c->n = w;
}

/* Whether mentions a and b are the same words. */
static bool same_words(const ctx *c, const mention *a, const mention *b)
{
    if (a->e - a->s != b->e - b->s)
        return false;
    for (uint32_t i = 0; i < a->e - a->s; i++)
        if (strcmp(c->w[a->s + i], c->w[b->s + i]) != 0)
            return false;
    return true;
}

/* A person's span with the words of a place an office took ("Bupati
 * Tabalong Anang Syakhfiani" ... "Pemkab Tabalong") is the place: the
 * tagger read it as a word of the holder's name. */
static void places_not_persons(ctx *c)
{
    for (size_t k = 0; k < c->n; k++) {
        const mention *pl = &c->m[k];
        if (pl->type != WT_ENT_LOC || !c->office_place[pl->s])
            continue;
        for (size_t j = 0; j < c->n; j++) {
            mention *m = &c->m[j];
            if (m->type == WT_ENT_PER && !m->kb && same_words(c, m, pl)) {
                m->type = WT_ENT_LOC;
                m->kb = pl->kb;
                m->kind = pl->kind;
                m->role = m->country = m->home = NULL;
            }
        }
    }
}

/* the first token of the sentence that holds token i (0 when none does) */
static size_t sentence_begin(const wt_doc *d, size_t i)
{
    size_t q = wt_doc_sentence_of(d, i);
    return q < d->n_sentences && d->sentences[q].tok_begin <= i && i < d->sentences[q].tok_end
               ? d->sentences[q].tok_begin
               : 0;
}

/* A noun of kinship ("istri", "anak", "ayah"), case ignored, as the n
 * bytes at w. */
static bool kin_root(const char *w, size_t n)
{
    static const char *const KIN[] = {
        "anak",  "putra",  "putri",     "istri",  "isteri",  "suami", "ayah",    "ayahanda", "bapak",
        "ibu",   "ibunda", "kakak",     "adik",   "kakek",   "nenek", "cucu",    "menantu",  "mertua",
        "paman", "bibi",   "keponakan", "sepupu", "kekasih", "pacar", "tunangan"};
    for (size_t k = 0; k < WT_ARRAY_LEN(KIN); k++)
        if (strlen(KIN[k]) == n && !strncasecmp(w, KIN[k], n))
            return true;
    return false;
}

/* a word that says which of the kin ("putra keduanya", "anak tirinya") */
static bool kin_modifier(const char *w, size_t n)
{
    static const char *const WHICH[] = {"pertama", "kedua",  "ketiga",   "keempat",   "kelima", "sulung",
                                        "bungsu",  "tertua", "termuda",  "kembar",    "tiri",   "kandung",
                                        "angkat",  "kecil",  "tercinta", "perempuan", "lelaki", "laki-laki"};
    for (size_t k = 0; k < WT_ARRAY_LEN(WHICH); k++)
        if (strlen(WHICH[k]) == n && !strncasecmp(w, WHICH[k], n))
            return true;
    return false;
}

/* (entities.h) "istrinya", "putra keduanya", "anak tirinya", "sang
 * kakak" before token s, a comma between or not; "anak usahanya" (a
 * subsidiary) is no kin. */
bool wt_named_as_kin(const char *const *w, size_t s, size_t *kin)
{
    size_t i = s;
    if (i > 0 && !strcmp(w[i - 1], ","))
        i--;
    if (i == 0)
        return false;
    const char *k = w[i - 1];
    size_t n = strlen(k), at = i - 1;
    bool found = false;
    if (i >= 2 && kin_root(k, n) && !strcasecmp(w[i - 2], "sang"))
        found = true;
    else if (n >= 6 && !strcmp(k + n - 3, "nya")) {
        found = kin_root(k, n - 3);
        if (!found && i >= 2 && kin_modifier(k, n - 3) && kin_root(w[i - 2], strlen(w[i - 2])))
            found = true, at = i - 2;
    }
    if (found && kin)
        *kin = at;
    return found;
}

/* (entities.h) "ayah ZAA", "ibu kandung Jiang", "bibi AR": a noun of
 * kinship (kin_root). "ibu", "bapak", "anak", "putra" and "putri" count
 * only with "kandung", "tiri" or "angkat" ("ibu kota", "anak Indonesia",
 * "tunggal putra Anthony Ginting"), and so does "ayah"; a partner
 * ("kekasih", "pacar", "tunangan") not at all ("sang kekasih Camila"
 * names her); "anak cucu" is descendants ("anak cucu BUMN"). The noun is
 * written small but first in its sentence (first: the sentence's first
 * token). */
bool wt_kin_of_name_before(const char *const *w, size_t s, size_t first)
{
    static const char *const OWNED[] = {"kandung", "tiri", "angkat", NULL};
    static const char *const WITH_OWNED[] = {"ibu", "bapak", "anak", "putra", "putri", NULL};
    static const char *const PARTNER[] = {"kekasih", "pacar", "tunangan", NULL};
    static const char *const NOT_AFTER[] = {"anak", "sang", NULL};
    if (s < 2 || s - 1 < first)
        return false;
    size_t k = word_in_any_case(w[s - 1], OWNED) ? s - 2 : s - 1; /* the noun */
    if (k < first || (k > first && isupper((unsigned char)w[k][0])))
        return false; /* written small but first in its sentence: "Inf Adik Sunarto" is a name */
    if (k == s - 2)
        return word_in_any_case(w[k], WITH_OWNED) || wt_str_eq_ci(w[k], strlen(w[k]), "ayah");
    return kin_root(w[k], strlen(w[k])) && !word_in_any_case(w[k], WITH_OWNED) &&
           !word_in_any_case(w[k], PARTNER) && !(k > first && word_in_any_case(w[k - 1], NOT_AFTER));
}

/* A name right after a noun of kinship that is someone's is a person's
 * (wt_named_as_kin: "putra keduanya, Thareq Kemal"; "adiknya, LSZ":
 * news gives a minor's initials), where the tagger read a place or a
 * body ("anak kandungnya, KV") or the world's gazetteer a town
 * ("istrinya, Antonina"). A name the hand-written knowledge base knows
 * stays what it is, unless it is initials ("istrinya AS" is not the
 * United States). */
static void persons_named_as_kin(ctx *c)
{
    for (size_t k = 0; k < c->n; k++) {
        mention *m = &c->m[k];
        if (m->type == WT_ENT_PER || (!wt_named_as_kin(c->w, m->s, NULL) &&
                                      !wt_kin_of_name_before(c->w, m->s, sentence_begin(c->d, m->s))))
            continue;
        if (m->kb && !m->kb->world &&
            !(m->e - m->s == 1 && strlen(c->w[m->s]) <= 4 && in_capitals(c->w[m->s])))
            continue;
        m->type = WT_ENT_PER;
        m->kb = NULL;
        m->kind = 0;
        m->role = m->country = m->home = NULL;
    }
}

/* words compared as they are called alone (bare), case ignored */
static int cmp_bare_word(const void *a, const void *b)
{
    return strcasecmp(bare(*(const char *const *)a), bare(*(const char *const *)b));
}

/* "Bolton", "Rodriguez", "Jackson": a town of the world gazetteer whose
 * one word is a word of a person the document names in full is that
 * person called by one name, as news calls people after the first time.
 * A town of one word right after a reporting verb is a person too, one of
 * the gazetteer or of the hand-written places ("ujar Guardiola", "jelas
 * Danang"): a town does not speak. */
static void persons_not_towns(ctx *c)
{
    /* (the mentions this pass makes persons have one word, so the full
     * names are the same before and after it) */
    size_t nw;
    const char **full = words_of_mentions(c, full_name, cmp_bare_word, &nw);
    for (size_t k = 0; k < c->n; k++) {
        mention *m = &c->m[k];
        /* the tagger's body where a world town was doubtful ("Chelsea"
         * after "Chelsea Islan") is read as the town would be */
        bool doubtful_body = !m->kb && m->type == WT_ENT_ORG && c->doubtful[m->s];
        if (m->e - m->s != 1)
            continue;
        if (!m->kb && m->type == WT_ENT_LOC && speaks_after_verb(c, m->s)) {
            m->type = WT_ENT_PER; /* the tagger's place that speaks: "kenang Lee", "lanjut Kalina" */
            continue;
        }
        if (!m->kb && !doubtful_body)
            continue;
        bool speaks = (doubtful_body || m->kb->world || m->kind == WT_KB_PLACE) && speaks_after_verb(c, m->s);
        bool world = doubtful_body || m->kb->world;
        if (speaks || (world && full && bsearch(&c->w[m->s], full, nw, sizeof *full, cmp_bare_word))) {
            m->kb = NULL;
            m->kind = 0;
            m->type = WT_ENT_PER;
        }
    }
}

static const char **short_forms(const ctx *c, size_t *n);

/* the word at token i, next to a verb of saying, has the look of one
 * person's name: one capital, letters only, no "-nya"; not after a word
 * that makes it a place or a body ("warga Rutong", "anggota Baleg"), nor
 * pointed at ("menurut Keppres ini"); after the verb ("kata Uu") not
 * followed by another capitalised word (the office the tagger left out:
 * "kata Plt Kepala Dinas ..."), before it ("Veronica mengatakan") not
 * the end of a longer name the tagger left out ("Sumber Daya Alam
 * menyatakan", "Desmond J. Mahesa") */
static bool one_name_who_speaks(const ctx *c, size_t i)
{
    static const char *const NOT_NAME_BEFORE[] = {"warga",      "penduduk", "asal",  "anggota",
                                                  "perwakilan", "pengurus", "rapat", "akun",
                                                  "pihak",      "tim",      NULL};
    static const char *const POINTING[] = {"ini", "itu", "tersebut", NULL};
    const wt_doc *d = c->d;
    const char *w = c->w[i];
    size_t n = strlen(w);
    for (size_t k = 1; k < n; k++)
        if (!isalpha((unsigned char)w[k]) && !(w[k] & 0x80))
            return false; /* "Facebook-nya", "Pangdam XII/Tpr" */
        else if (isupper((unsigned char)w[k]))
            return false; /* "SpOT", "PKMNu": short forms */
    if (n > 5 && !strcmp(w + n - 3, "nya"))
        return false; /* "akun Twitternya" */
    if (!strpbrk(w, "aeiouyAEIOUY"))
        return false; /* "kata Plt.", "Spv": a short form, no vowel */
    if (i > 0 &&
        (word_in_any_case(c->w[i - 1], NOT_NAME_BEFORE) || d->tokens[i - 1].end == d->tokens[i].start))
        return false; /* "warga Rutong", "anggota Baleg": a place, a body; "Pangdam XII/Tpr" */
    if (i + 1 < d->n_tokens && word_in_any_case(c->w[i + 1], POINTING))
        return false; /* "menurut Keppres ini" */
    /* after the verb, a capitalised word next is an office the tagger
     * left out: "kata Plt Kepala Dinas ...", "kata Capim KPK ..." */
    if (speaks_after_verb(c, i))
        return !(i + 1 < d->n_tokens && d->tokens[i + 1].kind == WT_TOK_WORD &&
                 (d->tokens[i + 1].flags & WT_TF_CAP));
    return !(i > 0 && d->tokens[i - 1].kind == WT_TOK_WORD && (d->tokens[i - 1].flags & WT_TF_CAP));
}

/* "Uu Ruzhanul Ulum" where the tagger found "Ruzhanul Ulum" and the
 * story calls him "Uu" after a verb of saying: a person's mention opens
 * with one of the one-word names persons_who_speak found (sorted, n of
 * them) when it is written just before it and left out */
static void given_names_before(ctx *c, const char **names, size_t n)
{
    for (size_t k = 0; k < c->n && n; k++) {
        mention *m = &c->m[k];
        if (m->type != WT_ENT_PER || m->kb || m->s == 0 || m->e - m->s < 2 || c->covered[m->s - 1] ||
            c->d->tokens[m->s - 1].kind != WT_TOK_WORD)
            continue;
        if (bsearch(&c->w[m->s - 1], names, n, sizeof *names, cmp_word)) {
            m->s--;
            c->covered[m->s] = 1;
            /* "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum": the title
             * was before the given name */
            if (!m->role)
                context_before(c, sentence_begin(c->d, m->s), m->s, &m->role, &m->country, &m->home);
        }
    }
}

/* "Dalam akun medsosnya, Veronica mengatakan", "Titi mengaku", "kata
 * Uu": a capitalised word the tagger left out, next to a verb of saying,
 * with the look of a name (one_name_who_speaks), is a person called by
 * one name. Not a word of the language written capitalised ("Kami",
 * "Presiden", "Jangan"), of English ("Land"), a title ("Menpora") or a
 * name the knowledge base knows ("Kemkominfo"). */
static wt_status persons_who_speak(ctx *c)
{
    const wt_doc *d = c->d;
    size_t nd = 0;
    const char **defined = NULL; /* the story's short forms: "Badan Legislasi (Baleg)" */
    bool looked = false;
    const char **found = NULL; /* the names found */
    size_t nf = 0, cap = 0;
    for (size_t i = 0; i < d->n_tokens; i++) {
        const wt_token *tk = &d->tokens[i];
        const char *w = c->w[i], *r;
        size_t n = strlen(w);
        if (c->covered[i] || tk->kind != WT_TOK_WORD || !(tk->flags & WT_TF_CAP) ||
            (tk->flags & WT_TF_UPPER) || n < 2 || !speaks(c, i))
            continue;
        if (!one_name_who_speaks(c, i))
            continue;
        if (wt_title_at(c->t->titles, c->w, i + 1, i, &r) || wt_doc_in_date(d, i) ||
            known_in_lower_case(c, w) ||
            (c->lex && (wt_lex_known(c->lex, w, n) || wt_lex_english(c->lex, w, n))) ||
            wt_kb_lookup(c->t->kb, w, n, NULL))
            continue;
        if (!looked) {
            defined = short_forms(c, &nd);
            looked = true;
        }
        if (defined && bsearch(&w, defined, nd, sizeof *defined, cmp_word))
            continue;
        mention nm = {(uint32_t)i, (uint32_t)i + 1, WT_ENT_PER, NULL, 0, NULL, NULL, -1, NULL};
        context_before(c, sentence_begin(d, i), (uint32_t)i, &nm.role, &nm.country, &nm.home);
        if (!add_mention(c, nm))
            return WT_ENOMEM;
        c->covered[i] = 1;
        const char **p = WT_VEC_PUSH(d->arena, found, nf, cap);
        if (!p)
            return WT_ENOMEM;
        *p = w;
    }
    if (nf)
        qsort(found, nf, sizeof *found, cmp_word);
    given_names_before(c, found, nf);
    return WT_OK;
}

/* "Direktur Utama PT Taspen (Persero) Iqbal Latanro", "Juru Bicara
 * Kementerian Keamanan Negara China, Nama": a person after a title and a
 * body (and a comma) is of the body's country. */
static void titled_by_body(ctx *c, entity *ents)
{
    const wt_doc *d = c->d;
    uint32_t *ends = calloc(d->n_tokens + 1, sizeof *ends); /* mention ending at a token, + 1 */
    if (!ends)
        return; /* an attribute less, not an error */
    for (size_t k = 0; k < c->n; k++)
        ends[c->m[k].e] = (uint32_t)k + 1;
    for (size_t k = 0; k < c->n; k++) {
        const mention *m = &c->m[k];
        entity *en = &ents[m->ent];
        if (en->type != WT_ENT_PER || en->country || m->s == 0)
            continue;
        uint32_t at = m->s;
        const char *r;
        for (size_t len = WT_MAX_TITLE_WORDS; len >= 1; len--) /* a rank: "..., Brigadir Nama" */
            if (at >= len && wt_title_at(c->t->titles, c->w, at, at - len, &r) == len) {
                at -= (uint32_t)len;
                break;
            }
        if (at > 1 && !strcmp(c->w[at - 1], ","))
            at--;
        if (!ends[at] && at > 3 && !strcmp(c->w[at - 1], ")") && !strcmp(c->w[at - 3], "("))
            at -= 3; /* "Kementerian Luar Negeri (Kemlu) Nama" */
        uint32_t j = ends[at];
        if (!j)
            continue;
        const mention *o = &c->m[j - 1];
        const entity *body = &ents[o->ent];
        if (body->type != WT_ENT_ORG || !body->country || wt_kb_kind_is(body->kb, "brand"))
            continue; /* a brand's staff and riders are of no brand's country */
        /* the title, maybe with lower-case words before the body ("juru
         * bicara militer Huthi") */
        size_t p = o->s;
        bool titled = false;
        for (int skip = 0; skip <= 2 && !titled; skip++) {
            if (skip && (p == 0 || !small_word(c, p - 1)))
                break;
            if (skip)
                p--;
            for (size_t len = WT_MAX_TITLE_WORDS; len >= 1 && !titled; len--)
                if (p >= len && wt_title_at(c->t->titles, c->w, p, p - len, &r) == len) {
                    titled = true;
                    if (*r && !en->role && !WORD_IN(r, STATE_HEADS))
                        en->role = r; /* "Presiden Grab Indonesia": the body's, no state's head */
                }
        }
        if (titled)
            en->country = body->country;
    }
    free(ends);
}

/* "Berlin Timur", "Natuna Utara", "Kota Surakarta", "Pulau Natuna": a
 * place the knowledge base does not know, made of one it knows and
 * words of direction or of kind, lies in that one's country, when the
 * article names that country elsewhere (the gazetteer's Flores is in
 * Guatemala, its Carolina in Puerto Rico). Not a country's name
 * ("Amerika Utara" is a continent, "Desa Jepang" a village), nor a sea,
 * a strait, a gulf or a peninsula: "Laut China Selatan" is no part of
 * China. A kabupaten, kecamatan, kelurahan or desa so named is
 * Indonesia's alone ("Kabupaten Kampar", not Malaysia's town Kampar). */
static const char *place_core_country(const ctx *c, const entity *en, const entity *ents, size_t ne)
{
    static const char *const KIND[] = {"Pulau",    "Kepulauan", "Desa",   "Kampung", "Kota",    "Kabupaten",
                                       "Provinsi", "Kecamatan", "Distrik", "Wilayah", "Kawasan", "Negara",
                                       "Bagian",   "Dataran",   "Tinggi", "Gunung",  "Lembah"};
    static const char *const SIDE[] = {"Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara", "Daya", "Laut"};
    static const char *const WATER[] = {"Laut", "Selat", "Teluk", "Samudra", "Samudera", "Semenanjung", "Tanjung"};
    size_t lo = 0, hi = en->n_words;
    if (hi > 1 && (!strcmp(en->words[0], "Kabupaten") || !strcmp(en->words[0], "Kecamatan") ||
                   !strcmp(en->words[0], "Kelurahan") || !strcmp(en->words[0], "Desa")))
        return "IDN";
    if (hi && WORD_IN(en->words[0], WATER))
        return NULL;
    while (lo < hi && WORD_IN(en->words[lo], KIND))
        lo++;
    while (hi > lo && WORD_IN(en->words[hi - 1], SIDE))
        hi--;
    if (lo == hi || (lo == 0 && hi == en->n_words))
        return NULL;
    char core[256];
    size_t n = join_words(en->words + lo, hi - lo, core, sizeof core);
    if (n == SIZE_MAX)
        return NULL;
    wt_kb_kind kind;
    const wt_kb_entity *ke = wt_kb_lookup(c->t->kb, core, n, &kind);
    if (!ke || !ke->country || (kind != WT_KB_PLACE && kind != WT_KB_CAPITAL && kind != WT_KB_SEAT))
        return NULL;
    for (size_t k = 0; k < ne; k++)
        if (&ents[k] != en && ents[k].country && !strcmp(ents[k].country, ke->country))
            return ke->country;
    return NULL;
}

/* The distinct family names of the document's persons (the last word of
 * a person's name, at most 64), for the words the tagger missed. */
typedef struct families {
    const char *w[64];
    uint32_t s[64], e[64]; /* the full name that gave it */
    bool word[64];         /* one word that is a word of the language too */
    size_t n;
} families;

static void family_names(ctx *c, families *fm)
{
    fm->n = 0;
    for (size_t k = 0; k < c->n && fm->n < 64; k++) {
        const mention *m = &c->m[k];
        bool lexical = false;
        const char *r;
        if (m->type != WT_ENT_PER || (m->e - m->s < 2 && !one_word_name(c, m, &lexical)) ||
            wt_title_at(c->t->titles, c->w, m->e, m->e - 1, &r))
            continue; /* a title is no one's family name ("Aspri Menpora") */
        bool seen = false;
        for (size_t f = 0; f < fm->n && !seen; f++)
            seen = strcasecmp(fm->w[f], c->w[m->e - 1]) == 0;
        if (!seen) {
            fm->s[fm->n] = m->s;
            fm->e[fm->n] = m->e;
            fm->word[fm->n] = lexical;
            fm->w[fm->n++] = c->w[m->e - 1];
        }
    }
}

/* "Ibrahm" the tagger took for an organisation: a one-word body spelt
 * close to the family name of a person named in full is that person */
static void misspelt_bodies(ctx *c, const families *fm)
{
    for (size_t k = 0; k < c->n; k++) {
        mention *m = &c->m[k];
        if (m->kb || m->type == WT_ENT_PER || m->e - m->s != 1)
            continue;
        for (size_t f = 0; f < fm->n; f++)
            if (fm->e[f] - fm->s[f] >= 2 && misspelt_name(c, m->s, fm->w[f])) {
                m->type = WT_ENT_PER;
                break;
            }
    }
}

/* The words the story defines in brackets as a phrase's short form:
 * "Musyawarah Nasional (Munas)", a run of two capitalised words or more
 * before the bracket, whose first opens with the word's letter (a
 * nickname after a full name, "Alberto Goncalves (Beto)", rarely does),
 * sorted; NULL when there are none. */
static const char **short_forms(const ctx *c, size_t *n)
{
    const wt_doc *d = c->d;
    const char **out = NULL;
    size_t cap = 0;
    *n = 0;
    for (size_t i = 2; i + 2 < d->n_tokens; i++) {
        if (strcmp(c->w[i], "(") || strcmp(c->w[i + 2], ")") || !(d->tokens[i + 1].flags & WT_TF_CAP))
            continue;
        size_t st = i;
        while (st > 0 && d->tokens[st - 1].kind == WT_TOK_WORD && (d->tokens[st - 1].flags & WT_TF_CAP))
            st--;
        if (i - st < 2 || toupper((unsigned char)c->w[st][0]) != toupper((unsigned char)c->w[i + 1][0]))
            continue;
        const char **p = WT_VEC_PUSH(d->arena, out, *n, cap);
        if (!p)
            break;
        *p = c->w[i + 1];
    }
    if (*n)
        qsort(out, *n, sizeof *out, cmp_word);
    return out;
}

/* whether the capitalised word at token i, which no mention covers, is
 * family name f: the family name itself ("Wong bertemu Maas" after
 * "Joshua Wong"); a one-word name that is a word of the language too
 * ("kata Firdaus") only where it speaks again ("Firdaus mengatakan"
 * opening a sentence, where its capital says nothing); or the family
 * name of a person named in full, misspelt, and no short form the story
 * defines ("Munas" is no misspelt "Triawan Munaf") */
static bool is_family_name(const ctx *c, const families *fm, size_t f, size_t i, const char **defined, size_t nd)
{
    if (strlen(fm->w[f]) >= 3 && !strcmp(c->w[i], fm->w[f]) &&
        (fm->e[f] - fm->s[f] >= 2 || (!name_goes_on_at(c, i) && (!fm->word[f] || speaks(c, i)))))
        return true;
    return fm->e[f] - fm->s[f] >= 2 && misspelt_name(c, i, fm->w[f]) &&
           !(defined && bsearch(&c->w[i], defined, nd, sizeof *defined, cmp_word));
}

/* A mention for each capitalised word the tagger missed that is a family
 * name of the document, with the given names written before it, the whole
 * name ("Hong Kong Joshua Wong"), and what its title says. A title is no
 * misspelt name ("Presiden" is not "President"), nor a day in a date
 * ("Kamis (19/9/2019)" is Thursday, not Margarito Kamis). */
static wt_status family_names_the_tagger_missed(ctx *c, const families *fm)
{
    const wt_doc *d = c->d;
    size_t nd = 0;
    const char **defined = fm->n ? short_forms(c, &nd) : NULL;
    for (size_t i = 0; i < d->n_tokens && fm->n; i++) {
        const char *r;
        if (c->covered[i] || !(d->tokens[i].flags & WT_TF_CAP) || d->tokens[i].kind != WT_TOK_WORD ||
            wt_title_at(c->t->titles, c->w, i + 1, i, &r) || wt_doc_in_date(d, i))
            continue;
        size_t f = 0;
        while (f < fm->n && !is_family_name(c, fm, f, i, defined, nd))
            f++;
        if (f == fm->n)
            continue;
        size_t st = i, len = fm->e[f] - fm->s[f];
        bool whole = i + 1 >= len;
        for (size_t k = 1; whole && k < len; k++)
            whole = !c->covered[i - k] && !strcmp(c->w[i - k], c->w[fm->e[f] - 1 - k]);
        if (whole)
            st = i + 1 - len;
        mention nm = {(uint32_t)st, (uint32_t)i + 1, WT_ENT_PER, NULL, 0, NULL, NULL, -1, NULL};
        if (whole)
            context_before(c, sentence_begin(d, st), (uint32_t)st, &nm.role, &nm.country, &nm.home);
        if (!add_mention(c, nm))
            return WT_ENOMEM;
        memset(c->covered + st, 1, i + 1 - st);
    }
    return WT_OK;
}

/* "utusan Solomon" in a story that names Kepulauan Solomon, "Indonesia dan
 * Korea" in one that names Korea Selatan: a word of the one country of
 * the document whose name holds it is that country. Not a word of kind
 * or direction, nor "Arab" or "Afrika" (peoples and continents). */
static int country_by_word(const ctx *c, const entity *ents, size_t ne, const char *w)
{
    static const char *const NOT[] = {"Selatan", "Utara",  "Timur",     "Barat", "Tengah",   "Republik",
                                      "Kepulauan", "Uni",  "Emirat",    "Kerajaan", "Federasi", "Serikat",
                                      "Rakyat",  "Demokratik", "Islam", "Arab",  "Afrika",   "Raya"};
    if (WORD_IN(w, NOT))
        return -1;
    int found = -1;
    for (size_t i = 0; i < ne; i++) {
        const entity *en = &ents[i];
        if (!en->kb || en->n_words < 2 || !en->kb->country || en->kb != wt_kb_country_entity(c->t->kb, en->kb->country))
            continue;
        for (size_t k = 0; k < en->n_words; k++)
            if (!strcmp(en->words[k], w)) {
                if (found >= 0 && found != (int)i)
                    return -1; /* two countries hold it */
                found = (int)i;
            }
    }
    return found;
}

/* "Presiden Grab Indonesia Rizky Kramadibrata", "Presiden Madrid Nama":
 * a state's head, deputy or government head only with the state named
 * after the title; a body between them (an organisation's mention ending
 * at the name, or a capital, which for a state's office would be its
 * name) makes the person the body's president, of no state office. A
 * ruler's title with no realm anywhere ("Bandara Sultan Hasanuddin",
 * "Sekretaris Jenderal PSSI, Ratu Tisha Destria", where it is a given
 * name) is a royal's style, no head of state's office. */
static void state_heads_without_a_state(ctx *c)
{
    static const char *const RULER[] = {"Raja", "Ratu", "Sultan"};
    static const char *const HOUSEHOLD[] = {"Sekretariat", "Istana",  "Staf",
                                            "Rumah",       "Pasukan", "Paspampres"};
    for (size_t k = 0; k < c->n; k++) {
        mention *m = &c->m[k];
        if (m->type != WT_ENT_PER || !m->role || !WORD_IN(m->role, STATE_HEADS) || m->kb)
            continue;
        if (!m->country && !m->home && m->s > 0 && WORD_IN(c->w[m->s - 1], RULER)) {
            m->role = "royal";
            continue;
        }
        size_t b = sentence_begin(c->d, m->s), body = m->s;
        /* "Kepala Biro ... Sekretariat Presiden, Erlin Suastini": the title
         * names a body's master, the body is the person's */
        size_t at = m->s > b && !strcmp(c->w[m->s - 1], ",") ? m->s - 1 : m->s, len;
        const char *own = title_ending_at_n(c, b, at, &len);
        if (own && WORD_IN(own, STATE_HEADS) && at - len > b &&
            (body_head(c->w[at - len - 1]) || WORD_IN(c->w[at - len - 1], HOUSEHOLD))) {
            m->role = NULL;
            continue;
        }
        for (size_t j = 0; j < c->n; j++)
            if (c->m[j].type == WT_ENT_ORG && c->m[j].e == m->s && c->m[j].s > b)
                body = c->m[j].s;
        const wt_kb_entity *ke;
        wt_kb_kind kk;
        for (size_t st = m->s > b + 2 ? m->s - 2 : b; body == m->s && st < m->s; st++)
            if (wt_kb_match_entity(c->t->kb, c->w, m->s, st, true, &ke, &kk) == m->s - st &&
                kk == WT_KB_CAPITAL)
                body = st;
        const char *r = body < m->s ? title_ending_at(c, b, body) : NULL;
        if (r && WORD_IN(r, STATE_HEADS)) {
            m->role = NULL;
            m->country = NULL;
        }
    }
}

wt_status wt_entities(wt_doc *d, const wt_entity_tables *t)
{
    d->entities = NULL;
    d->n_entities = 0;
    if (!d->n_tokens)
        return WT_OK;
    const wt_ner *ner = t->ner;
    ctx c = {d, wt_doc_words(d), NULL, 0, 0, NULL, NULL, NULL, t, t->lex, 0, NULL, {NULL}, 0, {NULL}, 0, false};
    c.covered = wt_arena_calloc(d->arena, d->n_tokens, 1);
    c.doubtful = wt_arena_calloc(d->arena, d->n_tokens, 1);
    c.office_place = wt_arena_calloc(d->arena, d->n_tokens, 1);
    if (c.w)
        c.taxed = taxed_in(&c);
    size_t maxn = 0;
    for (size_t s = 0; s < d->n_sentences; s++)
        if (d->sentences[s].tok_end - d->sentences[s].tok_begin > maxn)
            maxn = d->sentences[s].tok_end - d->sentences[s].tok_begin;
    int *tags = malloc((maxn ? maxn : 1) * sizeof *tags);
    size_t(*ranges)[2] = malloc((maxn ? maxn : 1) * sizeof *ranges); /* stretches the tagger reads */
    if (!c.w || !c.covered || !c.doubtful || !c.office_place || !tags || !ranges) {
        free(tags);
        free(ranges);
        return WT_ENOMEM;
    }
    for (size_t s = 0; s < d->n_sentences; s++)
        if (!sentence_mentions(&c, &d->sentences[s], ner, tags, ranges)) {
            free(tags);
            free(ranges);
            return WT_ENOMEM;
        }
    free(tags);
    free(ranges);
    for (size_t k = 0; k < c.n; k++)
        memset(c.covered + c.m[k].s, 1, c.m[k].e - c.m[k].s);

    places_in_a_chain(&c);
    persons_named_as_kin(&c);
    persons_not_towns(&c);
    places_not_persons(&c);
    towns_the_story_names_otherwise(&c);
    if (persons_who_speak(&c) != WT_OK)
        return WT_ENOMEM;

    families fm;
    family_names(&c, &fm);
    misspelt_bodies(&c, &fm);
    if (family_names_the_tagger_missed(&c, &fm) != WT_OK)
        return WT_ENOMEM;

    /* join mentions into entities, longest first */
    int year = d->date && strlen(d->date) >= 4 ? atoi(d->date) : 0;
    order *ord = malloc((c.n ? c.n : 1) * sizeof *ord);
    entity *ents = calloc(c.n ? c.n : 1, sizeof *ents);
    if (!ord || !ents) {
        free(ord);
        free(ents);
        return WT_ENOMEM;
    }
    /* "Direktorat Sinyal Australia (ASD)": an acronym in brackets after a
     * name stands for it, there and later (at most 64 per document) */
    size_t acr[64], nacr = 0;
    for (size_t k = 0; k < c.n && nacr < 64; k++) {
        const mention *m = &c.m[k];
        size_t e = m->e;
        if (m->e - m->s >= 2 && e + 2 < d->n_tokens && !strcmp(c.w[e], "(") && !strcmp(c.w[e + 2], ")") &&
            (d->tokens[e + 1].flags & WT_TF_UPPER) && strlen(c.w[e + 1]) >= 2)
            acr[nacr++] = k;
    }
    /* from the brackets on, also where the knowledge base knows the
     * acronym as another's ("Fraksi Partai Bulan Bintang (PBB)" ...
     * "Fraksi PBB": the party, not the United Nations): such a mention is
     * no longer the knowledge base's, and waits for its name */
    for (size_t k = 0; k < c.n; k++)
        for (size_t a = 0; a < nacr && c.m[k].kb && c.m[k].e - c.m[k].s == 1; a++)
            if (redefined(&c, &c.m[acr[a]], &c.m[k]))
                c.m[k].kb = NULL;
    state_heads_without_a_state(&c);
    for (size_t k = 0; k < c.n; k++)
        /* knowledge-base mentions first, then persons, longest first */
        ord[k] = (order){k, c.m[k].e - c.m[k].s, c.m[k].s, 2 * (c.m[k].kb != NULL) + (c.m[k].type == WT_ENT_PER)};
    qsort(ord, c.n, sizeof *ord, cmp_order);
    size_t ne = 0;
    ent_index ix = {NULL, 16};
    while (ix.cap < c.n * 2)
        ix.cap *= 2;
    ix.slot = calloc(ix.cap, sizeof *ix.slot);
    int *persons = malloc((c.n ? c.n : 1) * sizeof *persons); /* person entities, newest last */
    size_t np = 0;
    if (!ix.slot || !persons) {
        free(ix.slot);
        free(persons);
        free(ord);
        free(ents);
        return WT_ENOMEM;
    }
    for (size_t oi = 0; oi < c.n; oi++) {
        mention *m = &c.m[ord[oi].idx];
        int at = -1;
        const wt_kb_entity *kb = m->kb;
        const char *sf = NULL;
        for (size_t a = 0; a < nacr && !kb && at < 0 && m->e - m->s == 1; a++)
            if (c.m[acr[a]].ent >= 0 && !strcmp(c.w[m->s], c.w[c.m[acr[a]].e + 1]))
                at = c.m[acr[a]].ent;
        if (at >= 0) {
            /* joined to the name it abbreviates */
        } else if (kb) {
            at = index_find(&ix, ents, kb, 0, NULL);
        } else if (m->type == WT_ENT_PER) {
            /* the persons named last first; at most 256 of them; a known
             * person's family name first (family_name_of_known) */
            for (size_t k = np; k-- > 0 && k + 256 > np && at < 0;)
                if (family_name_of_known(&c, m, &ents[persons[k]]))
                    at = persons[k];
            for (size_t k = np; k-- > 0 && k + 256 > np && at < 0;)
                if (contained(&c, m, &ents[persons[k]]))
                    at = persons[k];
            for (size_t k = np; k-- > 0 && k + 256 > np && at < 0 && m->e - m->s == 1;) {
                const entity *en = &ents[persons[k]];
                if (en->n_words > 1 && misspelt_name(&c, m->s, en->words[en->n_words - 1]))
                    at = persons[k];
            }
            if (at < 0 && m->e - m->s == 1) {
                kb = wt_kb_person_by_part(c.t->kb, c.w[m->s], strlen(c.w[m->s]));
                if (kb && patronymic_of_another(&c, m->s, kb))
                    kb = NULL;
                if (kb && (m->role ? !title_fits(kb, "", m->role) : !short_name_evidence(&c, 0, m->s, kb)))
                    kb = NULL;
                if (kb)
                    at = index_find(&ix, ents, kb, 0, NULL);
            }
            if (at < 0 && !kb && m->e - m->s >= 2 && (sf = surface(&c, m)) && (kb = kb_person_misspelt(&c, sf)))
                at = index_find(&ix, ents, kb, 0, NULL);
            if (at < 0 && !kb && (sf = surface(&c, m)))
                at = index_find(&ix, ents, NULL, m->type, sf);
            if (at < 0 && !kb && m->e - m->s == 1 && !m->role)
                at = country_by_word(&c, ents, ne, c.w[m->s]); /* "utusan Solomon" */
        } else if ((sf = surface(&c, m))) {
            at = index_find(&ix, ents, NULL, m->type, sf);
            /* a person's full name that the tagger took for an organisation
             * or a place where it is repeated ("disampaikan Nama Orang") */
            if (at < 0 && m->e - m->s >= 2)
                at = index_find(&ix, ents, NULL, WT_ENT_PER, sf);
            /* the tagger's "Kuba" where the knowledge base's Kuba is
             * already in the document (its rules held back this one, part
             * of "Misi Permanen Kuba"): the same Kuba */
            const wt_kb_entity *same = at < 0 ? wt_kb_lookup(c.t->kb, sf, strlen(sf), NULL) : NULL;
            if (same && same != c.taxed)
                at = index_find(&ix, ents, same, 0, NULL);
            if (at < 0 && m->e - m->s == 1)
                at = country_by_word(&c, ents, ne, c.w[m->s]);
            /* "kata Kementerian itu": a body's head noun with "itu" or
             * "tersebut" is the body of that kind named last before it */
            if (m->e - m->s == 1 && body_head(c.w[m->s]) && m->e < d->n_tokens &&
                (wt_str_eq_ci(c.w[m->e], strlen(c.w[m->e]), "itu") ||
                 wt_str_eq_ci(c.w[m->e], strlen(c.w[m->e]), "tersebut"))) {
                int best = -1;
                for (size_t k = 0; k < ne; k++)
                    if (ents[k].n_words > 1 && ents[k].first < m->s && !strcmp(ents[k].words[0], c.w[m->s]) &&
                        (best < 0 || ents[k].first > ents[best].first))
                        best = (int)k;
                if (best >= 0)
                    at = best;
            }
        }
        if (at < 0) {
            entity *en = &ents[ne];
            en->type = kb ? (uint8_t)kb->type : m->type;
            en->kb = kb;
            en->name = kb ? kb->name : sf ? sf : surface(&c, m);
            if (!en->name) {
                free(ix.slot);
                free(persons);
                free(ord);
                free(ents);
                return WT_ENOMEM;
            }
            en->first = m->s;
            split_name(d->arena, en);
            at = (int)ne++;
            index_add(&ix, ents, at);
            if (en->type == WT_ENT_PER)
                persons[np++] = at;
        }
        entity *en = &ents[at];
        m->ent = at;
        double mc = mention_confidence(m, !m->kb && kb);
        if (mc > en->confidence)
            en->confidence = mc;
        if (m->s < en->first)
            en->first = m->s;
        /* an office a later mention names says more than a rank or a
         * royal's style ("putranya, Pangeran Abdulaziz" ... "Menteri Energi
         * Saudi Pangeran Abdulaziz") */
        if (m->role && (!en->role || (rank_or_style(en->role) && !rank_or_style(m->role))))
            en->role = m->role;
        if (m->country && !en->country)
            en->country = m->country;
        if (m->home && !en->home)
            en->home = m->home;
    }
    free(ord);
    free(ix.slot);
    free(persons);

    /* attributes: the knowledge base first, then the text */
    bool home_story = story_at_home(&c);
    for (size_t i = 0; i < ne; i++) {
        entity *en = &ents[i];
        if (en->kb && en->type == WT_ENT_PER) {
            const wt_kb_office *o = wt_kb_office_in(en->kb, year);
            /* an office held that year (or the latest when the year is
             * unknown); a year outside every office keeps the text's title
             * (Lecornu was a minister before he was prime minister) */
            bool held = o && (!year || (o->from <= year && (!o->to || year <= o->to)));
            if (held)
                en->role = o->role;
            if (o)
                en->country = o->country;
        } else if (en->kb) {
            en->country = en->kb->country;
        }
        /* "Menpora Imam Nahrawi": an office only one country has, where no
         * mention writes a country and no record knows one; a portfolio
         * alone ("Menteri Perhubungan") only in a story whose country is
         * Indonesia ("mantan Menteri Keuangan George Osborne" in a story
         * about Britain is not) */
        if (!en->country && en->type == WT_ENT_PER && (en->home != PORTFOLIO_HOME || home_story))
            en->country = en->home;
    }
    /* an organisation named after its country ("Departemen Luar Negeri
     * AS", "Direktorat Sinyal Australia", "Kementerian Pertahanan Jepang"):
     * Indonesian puts the nationality last */
    for (size_t i = 0; i < ne; i++) {
        entity *en = &ents[i];
        if (en->type != WT_ENT_ORG || en->kb || en->country || en->n_words < 2)
            continue;
        const char *end = en->name + strlen(en->name), *p = end;
        for (int k = 0; k < 2 && !en->country; k++) {
            while (p > en->name && p[-1] != ' ')
                p--;
            if (p == en->name)
                break; /* the whole name: not a country's organisation */
            wt_kb_kind kind;
            const char *code = wt_kb_country(c.t->kb, p, (size_t)(end - p), &kind);
            if (code && (kind == WT_KB_NAME || kind == WT_KB_DEMONYM))
                en->country = code;
            p--; /* the space before the word */
        }
        /* English puts it first: "United States Immigration and Customs
         * Enforcement", "Singapore Airlines" */
        p = en->name;
        for (size_t k = 0; k < 2 && k + 2 < en->n_words && !en->country; k++) {
            p = strchr(p + (k > 0), ' ');
            if (!p)
                break;
            wt_kb_kind kind;
            const char *code = wt_kb_country(c.t->kb, en->name, (size_t)(p - en->name), &kind);
            if (code && kind == WT_KB_NAME)
                en->country = code;
        }
    }
    /* "PT Wijaya Karya (Persero) Tbk": an Indonesian company's legal
     * forms (perseroan terbatas, a state company, a listed one) */
    for (size_t i = 0; i < ne; i++) {
        entity *en = &ents[i];
        if (en->type == WT_ENT_ORG && !en->country && en->n_words >= 2 &&
            (!strcmp(en->words[0], "PT") || strstr(en->name, "(Persero)") ||
             !strcmp(en->words[en->n_words - 1], "Tbk")))
            en->country = "IDN";
    }
    for (size_t i = 0; i < ne; i++)
        if (ents[i].type == WT_ENT_LOC && !ents[i].kb && !ents[i].country)
            ents[i].country = place_core_country(&c, &ents[i], ents, ne);
    titled_by_body(&c, ents);
    /* a place written "Vladivostok, Rusia" is in that country */
    uint32_t *starts = calloc(d->n_tokens, sizeof *starts); /* mention starting at a token, + 1 */
    if (!starts) {
        free(ents);
        return WT_ENOMEM;
    }
    for (size_t k = 0; k < c.n; k++)
        starts[c.m[k].s] = (uint32_t)k + 1;
    for (size_t k = 0; k < c.n; k++) {
        mention *m = &c.m[k];
        entity *en = &ents[m->ent];
        /* the tagger's person after "di", "ke" or "dari" is a place there
         * ("di Nur Sultan, Kazakhstan") */
        bool after_at = m->s > 0 && (!strcasecmp(c.w[m->s - 1], "di") || !strcasecmp(c.w[m->s - 1], "ke") ||
                                     !strcasecmp(c.w[m->s - 1], "dari"));
        bool person = en->type == WT_ENT_PER && !en->kb && !en->role && after_at;
        if ((en->type != WT_ENT_LOC && !person) || en->country || m->e + 1 >= d->n_tokens || strcmp(c.w[m->e], ","))
            continue;
        uint32_t j = starts[m->e + 1];
        if (!j || !c.m[j - 1].kb || !is_country_kind(c.m[j - 1].kind))
            continue;
        /* the country closes the phrase; "di Teluk, UEA juga akan ..."
         * is a new clause whose subject is the country */
        uint32_t after = c.m[j - 1].e;
        if (after < d->n_tokens && d->tokens[after].kind == WT_TOK_WORD && strcasecmp(c.w[after], "pada") != 0)
            continue;
        en->country = c.m[j - 1].kb->country;
        if (person)
            en->type = WT_ENT_LOC;
    }
    free(starts);

    /* out: entities in order of first mention, mentions in text order */
    order *by_first = malloc((ne ? ne : 1) * sizeof *by_first);
    int *remap = malloc((ne ? ne : 1) * sizeof *remap);
    d->entities = wt_arena_calloc(d->arena, ne ? ne : 1, sizeof *d->entities);
    if (!by_first || !remap || !d->entities) {
        free(by_first);
        free(remap);
        free(ents);
        return WT_ENOMEM;
    }
    for (size_t i = 0; i < ne; i++)
        by_first[i] = (order){i, 0, ents[i].first, 0};
    qsort(by_first, ne, sizeof *by_first, cmp_order);
    for (size_t i = 0; i < ne; i++) {
        remap[by_first[i].idx] = (int)i;
        const entity *en = &ents[by_first[i].idx];
        wt_entity *out = &d->entities[i];
        out->type = en->type;
        out->name = en->name;
        out->country = en->country;
        out->role = en->role;
        out->confidence = en->confidence;
    }
    free(by_first);
    for (size_t k = 0; k < c.n; k++)
        d->entities[remap[c.m[k].ent]].n_mentions++;
    bool oom = false;
    for (size_t i = 0; i < ne && !oom; i++) {
        d->entities[i].mentions = wt_arena_alloc(d->arena, d->entities[i].n_mentions * sizeof(wt_mention));
        oom = !d->entities[i].mentions;
        d->entities[i].n_mentions = 0;
    }
    for (size_t k = 0; k < c.n && !oom; k++) {
        wt_entity *out = &d->entities[remap[c.m[k].ent]];
        out->mentions[out->n_mentions++] =
            (wt_mention){d->tokens[c.m[k].s].start, d->tokens[c.m[k].e - 1].end};
    }
    free(remap);
    free(ents);
    if (oom)
        return WT_ENOMEM;
    for (size_t i = 0; i < ne; i++)
        qsort(d->entities[i].mentions, d->entities[i].n_mentions, sizeof(wt_mention), cmp_mention_start);
    d->n_entities = ne;
    return WT_OK;
}
