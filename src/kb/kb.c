/* kb.c - see kb.h. The files are read once, on first use, into a table of
 * entities and an open-addressing hash table of their names folded to lower
 * case; afterwards everything is read-only and shared by all threads. */
#include "kb.h"

#include "../base/base.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>

extern const char wt_data_countries[], wt_data_aliases[], wt_data_people[], wt_data_orgs[], wt_data_places[];
extern const size_t wt_data_countries_len, wt_data_aliases_len, wt_data_people_len, wt_data_orgs_len,
    wt_data_places_len;

#define MAX_NAME 120
#define MAX_WORDS 8

typedef struct name {
    char *low; /* folded */
    size_t len;
    uint32_t ent;
    uint8_t kind;
    bool acronym; /* written in capitals in the file: match capitals only */
} name;

static wt_kb_entity *g_ents;
static size_t g_n, g_cap;
static name *g_names;
static size_t g_ncap;
static size_t g_by_a3[26 * 26 * 26]; /* alpha-3 -> entity index + 1 */
static bool g_renamed[26 * 26 * 26];
/* hashes of the first words of all names: most words start none */
static uint64_t *g_first;
static size_t g_fcap;
/* short names of persons: folded word -> entity index + 1, or SIZE_MAX
 * when several persons share it */
typedef struct short_name {
    char *low;
    size_t ent;
} short_name;
static short_name *g_short;
static size_t g_scap;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static void fold(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)s[i]);
    out[n] = 0;
}

static size_t a3_slot(const char *a3)
{
    if (!isupper((unsigned char)a3[0]) || !isupper((unsigned char)a3[1]) || !isupper((unsigned char)a3[2]))
        return SIZE_MAX;
    return (size_t)(a3[0] - 'A') * 676 + (size_t)(a3[1] - 'A') * 26 + (size_t)(a3[2] - 'A');
}

static const name *find(const char *low, size_t n)
{
    size_t h = (size_t)XXH3_64bits(low, n) & (g_ncap - 1);
    while (g_names[h].low) {
        if (g_names[h].len == n && memcmp(g_names[h].low, low, n) == 0)
            return &g_names[h];
        h = (h + 1) & (g_ncap - 1);
    }
    return NULL;
}

/* the first entry for a name wins: country names before aliases */
static void put_name(const char *s, size_t n, size_t ent, wt_kb_kind kind)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n == 0 || n > MAX_NAME || !g_names)
        return;
    char low[MAX_NAME + 1];
    fold(s, n, low);
    size_t h = (size_t)XXH3_64bits(low, n) & (g_ncap - 1);
    while (g_names[h].low) {
        if (g_names[h].len == n && memcmp(g_names[h].low, low, n) == 0)
            return;
        h = (h + 1) & (g_ncap - 1);
    }
    if (g_first) {
        size_t fl = 0;
        while (fl < n && low[fl] != ' ')
            fl++;
        uint64_t fh = XXH3_64bits(low, fl) | 1;
        size_t p = (size_t)fh & (g_fcap - 1);
        while (g_first[p] && g_first[p] != fh)
            p = (p + 1) & (g_fcap - 1);
        g_first[p] = fh;
    }
    bool acronym = n <= 5;
    for (size_t i = 0; i < n && acronym; i++)
        if (islower((unsigned char)s[i]))
            acronym = false;
    g_names[h] = (name){strndup(low, n), n, (uint32_t)ent, (uint8_t)kind, acronym};
}

static char *dupn(const char *s, size_t n) { return strndup(s, n); }

static size_t new_entity(const char *nm, size_t n, int type, const char *country, const char *kind)
{
    if (g_n == g_cap) {
        size_t nc = g_cap ? g_cap * 2 : 1024;
        wt_kb_entity *ne = realloc(g_ents, nc * sizeof *ne);
        if (!ne)
            return SIZE_MAX;
        g_ents = ne;
        g_cap = nc;
    }
    g_ents[g_n] = (wt_kb_entity){dupn(nm, n), type, country && *country && *country != '-' ? dupn(country, 3) : NULL,
                                 kind, NULL, 0};
    return g_n++;
}

static void put_aliases(const char *s, size_t n, size_t ent, wt_kb_kind kind)
{
    const char *e = s + n;
    while (s < e) {
        const char *sc = memchr(s, ';', (size_t)(e - s));
        const char *se = sc ? sc : e;
        put_name(s, (size_t)(se - s), ent, kind);
        s = se + 1;
    }
}

static const char *intern_kind(const char *s, size_t n)
{
    static const char *const K[] = {"country",           "capital",       "seat",          "city",
                                    "region",            "landmark",      "person",        "intergovernmental",
                                    "state_company",     "government_body", "company",     "forum",
                                    "head_of_state",     "head_of_government", "foreign_minister",
                                    "party_leader",      "international_official", NULL};
    for (size_t i = 0; K[i]; i++)
        if (strlen(K[i]) == n && memcmp(K[i], s, n) == 0)
            return K[i];
    return "other";
}

static void free_all(void *p)
{
    (void)p;
    for (size_t i = 0; i < g_ncap; i++)
        free(g_names[i].low);
    free(g_names);
    for (size_t i = 0; i < g_scap; i++)
        free(g_short[i].low);
    free(g_short);
    g_short = NULL;
    free(g_first);
    g_first = NULL;
    for (size_t i = 0; i < g_n; i++) {
        free((char *)g_ents[i].name);
        free((char *)g_ents[i].country);
        for (size_t k = 0; k < g_ents[i].n_offices; k++)
            free((char *)g_ents[i].offices[k].country);
        free((void *)g_ents[i].offices);
    }
    free(g_ents);
    g_names = NULL;
    g_ents = NULL;
}

static void load_countries(void)
{
    const char *pos = wt_data_countries, *end = pos + wt_data_countries_len, *line;
    size_t len;
    while (wt_data_line(&pos, end, &line, &len)) {
        /* alpha3 TAB name_en TAB name_id TAB other;other */
        const char *f[4];
        size_t fl[4], k = wt_data_fields(line, len, f, fl, 4);
        if (k < 3 || fl[0] != 3 || a3_slot(f[0]) == SIZE_MAX)
            continue;
        size_t e = new_entity(f[2], fl[2], WT_ENT_LOC, f[0], "country");
        if (e == SIZE_MAX)
            return;
        g_by_a3[a3_slot(f[0])] = e + 1;
        put_name(f[2], fl[2], e, WT_KB_NAME); /* Indonesian first */
        put_name(f[1], fl[1], e, WT_KB_NAME);
        if (k == 4)
            put_aliases(f[3], fl[3], e, WT_KB_NAME);
    }
}

static void load_aliases(void)
{
    const char *pos = wt_data_aliases, *end = pos + wt_data_aliases_len, *line;
    size_t len;
    while (wt_data_line(&pos, end, &line, &len)) {
        /* NAME TAB ALPHA3 TAB KIND */
        const char *f[3];
        size_t fl[3];
        if (wt_data_fields(line, len, f, fl, 3) != 3 || fl[1] != 3 || a3_slot(f[1]) == SIZE_MAX)
            continue;
        size_t c = g_by_a3[a3_slot(f[1])];
        if (!c)
            continue;
        bool capital = fl[2] == 7 && !strncmp(f[2], "capital", 7), seat = fl[2] == 4 && !strncmp(f[2], "seat", 4);
        bool demonym = fl[2] == 7 && !strncmp(f[2], "demonym", 7);
        if (capital || seat) {
            /* a capital is a place of its own that can stand for its country */
            const name *known = NULL;
            char low[MAX_NAME + 1];
            if (fl[0] <= MAX_NAME) {
                fold(f[0], fl[0], low);
                known = find(low, fl[0]);
            }
            if (known)
                continue;
            size_t e = new_entity(f[0], fl[0], WT_ENT_LOC, f[1], capital ? "capital" : "seat");
            if (e == SIZE_MAX)
                return;
            put_name(f[0], fl[0], e, capital ? WT_KB_CAPITAL : WT_KB_SEAT);
        } else {
            put_name(f[0], fl[0], c - 1, demonym ? WT_KB_DEMONYM : WT_KB_NAME);
            /* the first "name" line is what Indonesian news calls the
             * country ("Rusia", not iso-codes' "Federasi Rusia") */
            if (fl[2] == 4 && !strncmp(f[2], "name", 4) && !g_renamed[a3_slot(f[1])]) {
                char *nm = dupn(f[0], fl[0]);
                if (nm) {
                    free((char *)g_ents[c - 1].name);
                    g_ents[c - 1].name = nm;
                    g_renamed[a3_slot(f[1])] = true;
                }
            }
        }
    }
}

static void load_places_orgs(const char *data, size_t data_len, int type, wt_kb_kind kind)
{
    const char *pos = data, *end = pos + data_len, *line;
    size_t len;
    while (wt_data_line(&pos, end, &line, &len)) {
        /* CANONICAL TAB ALIASES TAB ALPHA3|- TAB KIND */
        const char *f[4];
        size_t fl[4];
        if (wt_data_fields(line, len, f, fl, 4) != 4 || !fl[0])
            continue;
        char a3[4] = "-";
        if (fl[2] == 3)
            memcpy(a3, f[2], 3), a3[3] = 0;
        size_t e = new_entity(f[0], fl[0], type, a3, intern_kind(f[3], fl[3]));
        if (e == SIZE_MAX)
            return;
        put_name(f[0], fl[0], e, kind);
        put_aliases(f[1], fl[1], e, kind);
    }
}

static void load_people(void)
{
    const char *pos = wt_data_people, *end = pos + wt_data_people_len, *line;
    size_t len;
    while (wt_data_line(&pos, end, &line, &len)) {
        /* NAME TAB ALIASES TAB ALPHA3 TAB ROLE TAB FROM TAB TO */
        const char *f[6];
        size_t fl[6];
        if (wt_data_fields(line, len, f, fl, 6) < 5 || !fl[0] || fl[2] != 3)
            continue;
        char low[MAX_NAME + 1];
        if (fl[0] > MAX_NAME)
            continue;
        fold(f[0], fl[0], low);
        const name *known = find(low, fl[0]);
        size_t e;
        if (known && known->kind == WT_KB_PERSON) {
            e = known->ent;
        } else {
            e = new_entity(f[0], fl[0], WT_ENT_PER, f[2], "person");
            if (e == SIZE_MAX)
                return;
            put_name(f[0], fl[0], e, WT_KB_PERSON);
            /* the family name alone ("Putin", "Mishustin") is left to the
             * resolver, which joins it to the full name in the document */
        }
        put_aliases(f[1], fl[1], e, WT_KB_PERSON);
        wt_kb_entity *en = &g_ents[e];
        wt_kb_office *o = realloc((void *)en->offices, (en->n_offices + 1) * sizeof *o);
        if (!o)
            return;
        o[en->n_offices] = (wt_kb_office){dupn(f[2], 3), intern_kind(f[3], fl[3]), atoi(f[4]),
                                          fl[5] > 0 && fl[5] < 6 ? atoi(f[5]) : 0};
        if (fl[5] == 0)
            o[en->n_offices].to = 0;
        en->offices = o;
        en->n_offices++;
        /* the country of the latest office */
        free((char *)en->country);
        en->country = dupn(f[2], 3);
    }
}

static void put_short(const char *w, size_t n, size_t ent)
{
    if (n < 4 || n > MAX_NAME)
        return;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)w[i]) && w[i] != '-' && !((unsigned char)w[i] & 0x80))
            return;
    char low[MAX_NAME + 1];
    fold(w, n, low);
    size_t h = (size_t)XXH3_64bits(low, n) & (g_scap - 1);
    while (g_short[h].low) {
        if (strlen(g_short[h].low) == n && memcmp(g_short[h].low, low, n) == 0) {
            if (g_short[h].ent != ent + 1)
                g_short[h].ent = SIZE_MAX;
            return;
        }
        h = (h + 1) & (g_scap - 1);
    }
    g_short[h] = (short_name){strndup(low, n), ent + 1};
}

static void load_short_names(void)
{
    g_scap = 1 << 11;
    g_short = calloc(g_scap, sizeof *g_short);
    for (size_t i = 0; g_short && i < g_n; i++) {
        const wt_kb_entity *e = &g_ents[i];
        if (e->type != WT_ENT_PER)
            continue;
        const char *last = strrchr(e->name, ' ');
        if (last)
            put_short(last + 1, strlen(last + 1), i);
        /* Indonesians are often called by their first name ("Prabowo") */
        const char *sp = strchr(e->name, ' ');
        if (sp && e->country && strcmp(e->country, "IDN") == 0)
            put_short(e->name, (size_t)(sp - e->name), i);
    }
}

static void load(void)
{
    g_ncap = 1 << 14;
    g_names = calloc(g_ncap, sizeof *g_names);
    g_fcap = 1 << 14;
    g_first = calloc(g_fcap, sizeof *g_first);
    if (!g_names)
        return;
    wt_free_at_exit(free_all, NULL);
    load_countries();
    load_aliases();
    load_places_orgs(wt_data_places, wt_data_places_len, WT_ENT_LOC, WT_KB_PLACE);
    load_places_orgs(wt_data_orgs, wt_data_orgs_len, WT_ENT_ORG, WT_KB_ORG);
    load_people();
    load_short_names();
}

const wt_kb_entity *wt_kb_lookup(const char *s, size_t n, wt_kb_kind *kind)
{
    pthread_once(&g_once, load);
    if (!g_names || n == 0 || n > MAX_NAME)
        return NULL;
    char low[MAX_NAME + 1];
    fold(s, n, low);
    const name *nm = find(low, n);
    if (!nm)
        return NULL;
    if (kind)
        *kind = (wt_kb_kind)nm->kind;
    return &g_ents[nm->ent];
}

size_t wt_kb_match_entity(const char *const *words, size_t n, size_t i, bool cased, const wt_kb_entity **e,
                          wt_kb_kind *kind)
{
    pthread_once(&g_once, load);
    if (!g_names || i >= n)
        return 0;
    if (cased && !isupper((unsigned char)words[i][0]) && !isdigit((unsigned char)words[i][0]))
        return 0;
    char buf[MAX_NAME + 1];
    size_t len = 0, best = 0;
    if (g_first) { /* no name starts with this word: done */
        size_t wl = strlen(words[i]);
        if (wl > MAX_NAME)
            return 0;
        fold(words[i], wl, buf);
        uint64_t fh = XXH3_64bits(buf, wl) | 1;
        size_t p = (size_t)fh & (g_fcap - 1);
        while (g_first[p] && g_first[p] != fh)
            p = (p + 1) & (g_fcap - 1);
        if (!g_first[p])
            return 0;
    }
    for (size_t k = i; k < n && k < i + MAX_WORDS; k++) {
        size_t wl = strlen(words[k]);
        if (len + wl + 1 > MAX_NAME)
            break;
        if (k > i && !(words[k][0] == '.' || words[k][0] == ',' || words[k][0] == '-' || words[k][0] == ')' ||
                       (len && (buf[len - 1] == '-' || buf[len - 1] == '('))))
            buf[len++] = ' ';
        fold(words[k], wl, buf + len);
        len += wl;
        const name *nm = find(buf, len);
        if (!nm)
            continue;
        if (cased && nm->acronym) {
            bool upper = true;
            for (size_t w = i; w <= k && upper; w++)
                for (const char *p = words[w]; *p && upper; p++)
                    if (islower((unsigned char)*p))
                        upper = false;
            if (!upper)
                continue;
        }
        best = k - i + 1;
        *e = &g_ents[nm->ent];
        if (kind)
            *kind = (wt_kb_kind)nm->kind;
    }
    return best;
}

const wt_kb_office *wt_kb_office_in(const wt_kb_entity *e, int year)
{
    if (!e || !e->n_offices)
        return NULL;
    const wt_kb_office *best = NULL;
    for (size_t i = 0; i < e->n_offices; i++) {
        const wt_kb_office *o = &e->offices[i];
        if (year && o->from <= year && (o->to == 0 || year <= o->to)) {
            /* several offices that year: the one that began last */
            if (!best || o->from >= best->from)
                best = o;
        }
    }
    if (best)
        return best;
    best = &e->offices[0];
    for (size_t i = 1; i < e->n_offices; i++)
        if (e->offices[i].from >= best->from)
            best = &e->offices[i];
    return best;
}

static bool country_kind(wt_kb_kind k) { return k <= WT_KB_DEMONYM; }

const char *wt_kb_country(const char *s, size_t n, wt_kb_kind *kind)
{
    wt_kb_kind k;
    const wt_kb_entity *e = wt_kb_lookup(s, n, &k);
    if (!e || !country_kind(k) || !e->country)
        return NULL;
    if (kind)
        *kind = k;
    return e->country;
}

size_t wt_kb_match(const char *const *words, size_t n, size_t i, const char **alpha3, wt_kb_kind *kind)
{
    const wt_kb_entity *e;
    wt_kb_kind k;
    size_t m = wt_kb_match_entity(words, n, i, false, &e, &k);
    if (!m)
        return 0;
    if (alpha3)
        *alpha3 = e->country ? e->country : "---";
    if (kind)
        *kind = k;
    return m;
}

const wt_kb_entity *wt_kb_country_entity(const char *alpha3)
{
    pthread_once(&g_once, load);
    if (!alpha3 || strlen(alpha3) < 3 || a3_slot(alpha3) == SIZE_MAX)
        return NULL;
    size_t e = g_by_a3[a3_slot(alpha3)];
    return e ? &g_ents[e - 1] : NULL;
}

const wt_kb_entity *wt_kb_person_by_part(const char *s, size_t n)
{
    pthread_once(&g_once, load);
    if (!g_short || n < 4 || n > MAX_NAME)
        return NULL;
    char low[MAX_NAME + 1];
    fold(s, n, low);
    size_t h = (size_t)XXH3_64bits(low, n) & (g_scap - 1);
    while (g_short[h].low) {
        if (strlen(g_short[h].low) == n && memcmp(g_short[h].low, low, n) == 0)
            return g_short[h].ent == SIZE_MAX ? NULL : &g_ents[g_short[h].ent - 1];
        h = (h + 1) & (g_scap - 1);
    }
    return NULL;
}
