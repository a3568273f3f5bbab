/* kb.c - see kb.h. wt_kb_load reads the embedded files (and any extra
 * files) into a table of entities and an open-addressing hash table of their
 * names folded to lower case; afterwards everything is read-only and can be
 * shared by all threads. */
#include "kb.h"

#include "../base/base.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
#include <xxhash.h>

extern const char wt_data_countries[], wt_data_aliases[], wt_data_people[], wt_data_orgs[], wt_data_places[],
    wt_data_cities[];
extern const size_t wt_data_countries_len, wt_data_aliases_len, wt_data_people_len, wt_data_orgs_len,
    wt_data_places_len, wt_data_cities_len;

#define MAX_NAME 120
#define MAX_WORDS 8

typedef struct name {
    char *low; /* folded */
    size_t len;
    uint32_t ent;
    uint8_t kind;
    bool acronym; /* written in capitals in the file: match capitals only */
    bool world;   /* from the world gazetteer (cities.tsv): not the tagger's */
} name;

/* short names of persons: folded word -> entity index + 1, or SIZE_MAX
 * when several persons share it */
typedef struct short_name {
    char *low;
    size_t ent;
} short_name;

struct wt_kb {
    wt_kb_entity *ents;
    size_t n, cap;
    name *names;
    size_t ncap, n_names;
    size_t by_a3[26 * 26 * 26]; /* alpha-3 -> entity index + 1 */
    bool renamed[26 * 26 * 26];
    /* hashes of the first words of all names: most words start none */
    uint64_t *first;
    size_t fcap, n_first;
    short_name *shorts;
    size_t scap;
    bool loading_world; /* names being added come from cities.tsv */
    wt_arena *strings;  /* every name, country code and office list, freed at once */
    const wt_kb_entity **persons; /* the PER entities, made after loading */
    size_t n_persons;
};

static void fold(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)s[i]);
    out[n] = 0;
}

/* A copy of s[0..n) that lives as long as the base. */
static char *dupn(wt_kb *kb, const char *s, size_t n) { return wt_arena_strndup(kb->strings, s, n); }

static size_t a3_slot(const char *a3)
{
    if (!isupper((unsigned char)a3[0]) || !isupper((unsigned char)a3[1]) || !isupper((unsigned char)a3[2]))
        return SIZE_MAX;
    return (size_t)(a3[0] - 'A') * 676 + (size_t)(a3[1] - 'A') * 26 + (size_t)(a3[2] - 'A');
}

static const name *find(const wt_kb *kb, const char *low, size_t n)
{
    size_t h = (size_t)XXH3_64bits(low, n) & (kb->ncap - 1);
    while (kb->names[h].low) {
        if (kb->names[h].len == n && memcmp(kb->names[h].low, low, n) == 0)
            return &kb->names[h];
        h = (h + 1) & (kb->ncap - 1);
    }
    return NULL;
}

static size_t name_slot(const name *tab, size_t cap, const char *low, size_t n)
{
    size_t h = (size_t)XXH3_64bits(low, n) & (cap - 1);
    while (tab[h].low && !(tab[h].len == n && memcmp(tab[h].low, low, n) == 0))
        h = (h + 1) & (cap - 1);
    return h;
}

static size_t first_slot(const uint64_t *tab, size_t cap, uint64_t fh)
{
    size_t p = (size_t)fh & (cap - 1);
    while (tab[p] && tab[p] != fh)
        p = (p + 1) & (cap - 1);
    return p;
}

/* keeps both hash tables under half full */
static bool grow_tables(wt_kb *kb)
{
    if ((kb->n_names + 1) * 2 > kb->ncap) {
        size_t nc = kb->ncap * 2;
        name *nt = calloc(nc, sizeof *nt);
        if (!nt)
            return false;
        for (size_t i = 0; i < kb->ncap; i++)
            if (kb->names[i].low)
                nt[name_slot(nt, nc, kb->names[i].low, kb->names[i].len)] = kb->names[i];
        free(kb->names);
        kb->names = nt;
        kb->ncap = nc;
    }
    if ((kb->n_first + 1) * 2 > kb->fcap) {
        size_t nc = kb->fcap * 2;
        uint64_t *nt = calloc(nc, sizeof *nt);
        if (!nt)
            return false;
        for (size_t i = 0; i < kb->fcap; i++)
            if (kb->first[i])
                nt[first_slot(nt, nc, kb->first[i])] = kb->first[i];
        free(kb->first);
        kb->first = nt;
        kb->fcap = nc;
    }
    return true;
}

/* the first entry for a name wins: country names before aliases */
static bool put_name(wt_kb *kb, const char *s, size_t n, size_t ent, wt_kb_kind kind)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n == 0 || n > MAX_NAME)
        return true;
    if (!grow_tables(kb))
        return false;
    char low[MAX_NAME + 1];
    fold(s, n, low);
    size_t h = name_slot(kb->names, kb->ncap, low, n);
    if (kb->names[h].low)
        return true;
    size_t fl = 0;
    while (fl < n && low[fl] != ' ')
        fl++;
    uint64_t fh = XXH3_64bits(low, fl) | 1;
    size_t p = first_slot(kb->first, kb->fcap, fh);
    if (!kb->first[p]) {
        kb->first[p] = fh;
        kb->n_first++;
    }
    bool acronym = n <= 5;
    for (size_t i = 0; i < n && acronym; i++)
        if (islower((unsigned char)s[i]))
            acronym = false;
    char *dup = dupn(kb, low, n);
    if (!dup)
        return false;
    kb->names[h] = (name){dup, n, (uint32_t)ent, (uint8_t)kind, acronym, kb->loading_world};
    kb->n_names++;
    return true;
}

static size_t new_entity(wt_kb *kb, const char *nm, size_t n, int type, const char *country, const char *kind)
{
    if (kb->n == kb->cap && !wt_heap_grow(&kb->ents, kb->n, &kb->cap, sizeof *kb->ents))
        return SIZE_MAX;
    char *name_copy = dupn(kb, nm, n);
    char *country_copy = country && *country && *country != '-' ? dupn(kb, country, 3) : NULL;
    if (!name_copy || (country && *country && *country != '-' && !country_copy))
        return SIZE_MAX;
    kb->ents[kb->n] = (wt_kb_entity){name_copy, type, country_copy, kind, NULL, 0, kb->loading_world, NULL};
    return kb->n++;
}

static bool put_aliases(wt_kb *kb, const char *s, size_t n, size_t ent, wt_kb_kind kind)
{
    const char *e = s + n;
    while (s < e) {
        const char *sc = memchr(s, ';', (size_t)(e - s));
        const char *se = sc ? sc : e;
        if (!put_name(kb, s, (size_t)(se - s), ent, kind))
            return false;
        s = se + 1;
    }
    return true;
}

static const char *intern_kind(const char *s, size_t n)
{
    static const char *const K[] = {"country",           "capital",       "seat",          "city",
                                    "region",            "landmark",      "person",        "intergovernmental",
                                    "state_company",     "government_body", "company",     "brand",         "forum",
                                    "media",             "party",         "civil_society",
                                    "head_of_state",     "head_of_government", "vice_president", "foreign_minister",
                                    "party_leader",      "international_official", "defence_minister",
                                    "minister",          "ambassador",    "military",      "spokesperson",
                                    "military_officer",  "military_commander", "adviser", "other", NULL};
    for (size_t i = 0; K[i]; i++)
        if (strlen(K[i]) == n && memcmp(K[i], s, n) == 0)
            return K[i];
    return NULL;
}

void wt_kb_free(wt_kb *kb)
{
    if (!kb)
        return;
    free(kb->names);
    free(kb->shorts);
    free(kb->persons);
    free(kb->first);
    free(kb->ents);
    wt_arena_free(kb->strings);
    free(kb);
}

#define OOM(d) wt_data_bad(err, (d), WT_ENOMEM, "out of memory")

static bool is_a3(const char *s, size_t n) { return n == 3 && a3_slot(s) != SIZE_MAX; }

/* alpha3 TAB name_en TAB name_id [TAB other;other] */
static wt_status load_countries(wt_kb *kb, wt_data_src *d, wt_error *err)
{
    const char *line;
    size_t len;
    while (wt_data_next(d, &line, &len)) {
        const char *f[4];
        size_t fl[4], k = wt_data_fields(line, len, f, fl, 4);
        if (k < 3 || !is_a3(f[0], fl[0]))
            return wt_data_bad(err, d, WT_EMODEL, "expected ALPHA3<TAB>ENGLISH<TAB>INDONESIAN[<TAB>OTHERS]");
        size_t e = new_entity(kb, f[2], fl[2], WT_ENT_LOC, f[0], "country");
        if (e == SIZE_MAX)
            return OOM(d);
        kb->by_a3[a3_slot(f[0])] = e + 1;
        if ((fl[1] != fl[2] || strncasecmp(f[1], f[2], fl[1]) != 0) && !(kb->ents[e].name_en = dupn(kb, f[1], fl[1])))
            return OOM(d);
        if (!put_name(kb, f[2], fl[2], e, WT_KB_NAME) || !put_name(kb, f[1], fl[1], e, WT_KB_NAME) ||
            (k == 4 && !put_aliases(kb, f[3], fl[3], e, WT_KB_NAME)))
            return OOM(d);
    }
    return WT_OK;
}

/* a capital or seat is a place of its own that can stand for its country */
static bool put_capital(wt_kb *kb, const char *s, size_t n, const char *a3, bool capital)
{
    char low[MAX_NAME + 1];
    if (n > MAX_NAME)
        return true;
    fold(s, n, low);
    if (find(kb, low, n))
        return true;
    size_t e = new_entity(kb, s, n, WT_ENT_LOC, a3, capital ? "capital" : "seat");
    return e != SIZE_MAX && put_name(kb, s, n, e, capital ? WT_KB_CAPITAL : WT_KB_SEAT);
}

/* NAME TAB ALPHA3 TAB KIND (name, short, nickname, demonym, capital, seat) */
static wt_status load_alias(wt_kb *kb, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    const char *f[3];
    size_t fl[3];
    if (wt_data_fields(line, len, f, fl, 3) != 3 || !fl[0] || !is_a3(f[1], fl[1]))
        return wt_data_bad(err, d, WT_EMODEL, "expected NAME<TAB>ALPHA3<TAB>KIND");
    size_t c = kb->by_a3[a3_slot(f[1])];
    if (!c)
        return wt_data_bad(err, d, WT_EMODEL, "unknown country code %.3s", f[1]);
    static const char *const KINDS[] = {"name", "short", "nickname", "demonym", "capital", "seat"};
    size_t kind = WT_ARRAY_LEN(KINDS);
    for (size_t i = 0; i < WT_ARRAY_LEN(KINDS); i++)
        if (strlen(KINDS[i]) == fl[2] && memcmp(KINDS[i], f[2], fl[2]) == 0)
            kind = i;
    if (kind == WT_ARRAY_LEN(KINDS))
        return wt_data_bad(err, d, WT_EMODEL, "unknown alias kind '%.*s' (name, short, nickname, demonym, capital, seat)",
                           (int)fl[2], f[2]);
    if (kind >= 4)
        return put_capital(kb, f[0], fl[0], f[1], kind == 4) ? WT_OK : OOM(d);
    if (!put_name(kb, f[0], fl[0], c - 1, kind == 3 ? WT_KB_DEMONYM : WT_KB_NAME))
        return OOM(d);
    /* the first "name" line is what Indonesian news calls the country
     * ("Rusia", not iso-codes' "Federasi Rusia") */
    if (kind == 0 && !kb->renamed[a3_slot(f[1])]) {
        char *nm = dupn(kb, f[0], fl[0]);
        if (!nm)
            return OOM(d);
        kb->ents[c - 1].name = nm;
        kb->renamed[a3_slot(f[1])] = true;
    }
    return WT_OK;
}

/* CANONICAL TAB ALIASES TAB ALPHA3|- TAB KIND */
static wt_status load_place_org(wt_kb *kb, wt_data_src *d, const char *line, size_t len, int type, wt_kb_kind kind,
                                wt_error *err)
{
    const char *f[4];
    size_t fl[4];
    if (wt_data_fields(line, len, f, fl, 4) != 4 || !fl[0] || !(is_a3(f[2], fl[2]) || (fl[2] == 1 && *f[2] == '-')))
        return wt_data_bad(err, d, WT_EMODEL, "expected NAME<TAB>ALIASES<TAB>ALPHA3 or -<TAB>KIND");
    const char *k = intern_kind(f[3], fl[3]);
    if (!k)
        return wt_data_bad(err, d, WT_EMODEL, "unknown kind '%.*s' (docs/kb.md lists them)", (int)fl[3], f[3]);
    char a3[4] = "-";
    if (fl[2] == 3)
        memcpy(a3, f[2], 3), a3[3] = 0;
    size_t e = new_entity(kb, f[0], fl[0], type, a3, k);
    if (e == SIZE_MAX || !put_name(kb, f[0], fl[0], e, kind) || !put_aliases(kb, f[1], fl[1], e, kind))
        return OOM(d);
    /* "Kementrian Luar Negeri": the spelling without the second e is
     * common enough in news to be a name of the body too */
    static const char FULL[] = "Kementerian ", SHORT[] = "Kementrian ";
    if (fl[0] > sizeof FULL - 1 && fl[0] < MAX_NAME && !memcmp(f[0], FULL, sizeof FULL - 1)) {
        char v[MAX_NAME + 1];
        int n = snprintf(v, sizeof v, "%s%.*s", SHORT, (int)(fl[0] - (sizeof FULL - 1)), f[0] + sizeof FULL - 1);
        if (n > 0 && (size_t)n < sizeof v && !put_name(kb, v, (size_t)n, e, kind))
            return OOM(d);
    }
    return WT_OK;
}

static bool year_field(const char *s, size_t n, int *year)
{
    if (n != 4)
        return false;
    for (size_t i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    *year = atoi(s);
    return true;
}

/* NAME TAB ALIASES TAB ALPHA3|- TAB ROLE TAB FROM [TAB TO]; "-": an office
 * of no country (the UN's secretary-general speaks for no state) */
static wt_status load_person(wt_kb *kb, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    const char *f[6];
    size_t fl[6] = {0};
    size_t k = wt_data_fields(line, len, f, fl, 6);
    int from = 0, to = 0;
    bool stateless = fl[2] == 1 && *f[2] == '-';
    if (k < 5 || !fl[0] || fl[0] > MAX_NAME || !(is_a3(f[2], fl[2]) || stateless) || !year_field(f[4], fl[4], &from) ||
        (k == 6 && fl[5] && !year_field(f[5], fl[5], &to)))
        return wt_data_bad(err, d, WT_EMODEL, "expected NAME<TAB>ALIASES<TAB>ALPHA3 or -<TAB>ROLE<TAB>FROM[<TAB>TO]");
    const char *role = intern_kind(f[3], fl[3]);
    if (!role)
        return wt_data_bad(err, d, WT_EMODEL, "unknown role '%.*s' (docs/kb.md lists them)", (int)fl[3], f[3]);
    char low[MAX_NAME + 1];
    fold(f[0], fl[0], low);
    const name *known = find(kb, low, fl[0]);
    size_t e;
    if (known && known->kind == WT_KB_PERSON) {
        e = known->ent;
    } else {
        /* the family name alone ("Putin") is left to the resolver, which
         * joins it to the full name in the document */
        e = new_entity(kb, f[0], fl[0], WT_ENT_PER, f[2], "person");
        if (e == SIZE_MAX || !put_name(kb, f[0], fl[0], e, WT_KB_PERSON))
            return OOM(d);
    }
    if (!put_aliases(kb, f[1], fl[1], e, WT_KB_PERSON))
        return OOM(d);
    wt_kb_entity *en = &kb->ents[e];
    /* a person holds few offices: the list is copied to grow, in the arena */
    wt_kb_office *o = wt_arena_alloc(kb->strings, (en->n_offices + 1) * sizeof *o);
    if (o && en->n_offices)
        memcpy(o, en->offices, en->n_offices * sizeof *o);
    char *country = stateless ? NULL : dupn(kb, f[2], 3);
    if (o)
        en->offices = o;
    if (!o || (!stateless && !country))
        return OOM(d);
    o[en->n_offices++] = (wt_kb_office){country, role, from, to};
    en->country = country; /* the country of the latest office */
    return WT_OK;
}

typedef enum file_kind { F_ALIASES, F_PLACES, F_ORGS, F_PEOPLE, F_MIXED, F_WORLD } file_kind;

/* A line of the world gazetteer (cities.tsv, places.tsv's format): skipped
 * when its name is already known, since the hand-written files win. */
static wt_status load_world_place(wt_kb *kb, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    const char *tab = memchr(line, '\t', len);
    if (tab && wt_kb_lookup(kb, line, (size_t)(tab - line), NULL))
        return WT_OK;
    kb->loading_world = true;
    wt_status st = load_place_org(kb, d, line, len, WT_ENT_LOC, WT_KB_PLACE, err);
    kb->loading_world = false;
    return st;
}

static wt_status load_line(wt_kb *kb, wt_data_src *d, file_kind fk, const char *line, size_t len, wt_error *err)
{
    switch (fk) {
    case F_ALIASES: return load_alias(kb, d, line, len, err);
    case F_PLACES: return load_place_org(kb, d, line, len, WT_ENT_LOC, WT_KB_PLACE, err);
    case F_ORGS: return load_place_org(kb, d, line, len, WT_ENT_ORG, WT_KB_ORG, err);
    case F_PEOPLE: return load_person(kb, d, line, len, err);
    case F_WORLD: return load_world_place(kb, d, line, len, err);
    case F_MIXED: break;
    }
    /* an extra file: KIND TAB and the line of that kind's file */
    static const char *const KINDS[] = {"alias", "place", "org", "person"};
    const char *tab = memchr(line, '\t', len);
    size_t kl = tab ? (size_t)(tab - line) : len;
    for (size_t i = 0; tab && i < WT_ARRAY_LEN(KINDS); i++)
        if (strlen(KINDS[i]) == kl && memcmp(KINDS[i], line, kl) == 0)
            return load_line(kb, d, (file_kind)i, tab + 1, len - kl - 1, err);
    return wt_data_bad(err, d, WT_EMODEL, "a line starts with its kind: alias, place, org or person, then a tab");
}

static wt_status load_file(wt_kb *kb, wt_data_src *d, file_kind fk, wt_error *err)
{
    const char *line;
    size_t len;
    while (wt_data_next(d, &line, &len)) {
        wt_status st = load_line(kb, d, fk, line, len, err);
        if (st != WT_OK)
            return st;
    }
    return WT_OK;
}

static bool put_short(wt_kb *kb, const char *w, size_t n, size_t ent)
{
    if (n < 4 || n > MAX_NAME)
        return true;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)w[i]) && w[i] != '-' && !((unsigned char)w[i] & 0x80))
            return true;
    char low[MAX_NAME + 1];
    fold(w, n, low);
    size_t h = (size_t)XXH3_64bits(low, n) & (kb->scap - 1);
    while (kb->shorts[h].low) {
        if (strlen(kb->shorts[h].low) == n && memcmp(kb->shorts[h].low, low, n) == 0) {
            if (kb->shorts[h].ent != ent + 1)
                kb->shorts[h].ent = SIZE_MAX;
            return true;
        }
        h = (h + 1) & (kb->scap - 1);
    }
    kb->shorts[h] = (short_name){dupn(kb, low, n), ent + 1};
    return kb->shorts[h].low != NULL;
}

bool wt_kb_kinship_word(const char *w, size_t n)
{
    static const char *const KIN[] = {"bin", "binti", "ibn", "bint"};
    for (size_t k = 0; k < WT_ARRAY_LEN(KIN); k++)
        if (strlen(KIN[k]) == n && !strncmp(w, KIN[k], n))
            return true;
    return false;
}

/* The name's last word (at last) follows "bin" or "binti": it is the
 * father's name ("Salman bin Abdulaziz" is Salman, son of Abdulaziz), and
 * his sons share it; no one is called by it for short. */
static bool fathers_name(const char *full, const char *last)
{
    const char *w = last;
    while (w > full && w[-1] != ' ')
        w--;
    return wt_kb_kinship_word(w, (size_t)(last - w));
}

static bool load_short_names(wt_kb *kb)
{
    size_t persons = 0;
    for (size_t i = 0; i < kb->n; i++)
        persons += kb->ents[i].type == WT_ENT_PER;
    kb->scap = 1 << 11;
    while (kb->scap < persons * 4)
        kb->scap *= 2;
    kb->shorts = calloc(kb->scap, sizeof *kb->shorts);
    kb->persons = malloc((persons ? persons : 1) * sizeof *kb->persons);
    if (!kb->persons)
        return false;
    for (size_t i = 0; i < kb->n; i++)
        if (kb->ents[i].type == WT_ENT_PER)
            kb->persons[kb->n_persons++] = &kb->ents[i];
    for (size_t i = 0; kb->shorts && i < kb->n; i++) {
        const wt_kb_entity *e = &kb->ents[i];
        if (e->type != WT_ENT_PER)
            continue;
        const char *last = strrchr(e->name, ' ');
        if (last && !fathers_name(e->name, last) && !put_short(kb, last + 1, strlen(last + 1), i))
            return false;
        /* Indonesians are often called by their first name ("Prabowo"),
         * not when it is a given name that thousands share and that is
         * said before the name people use ("Mohammad Hatta" is Hatta) */
        static const char *const SHARED[] = {"Muhammad", "Mohammad", "Mohamad", "Muhamad", "Ahmad",
                                             "Achmad",   "Abdul",    "Siti",    "Nur"};
        const char *sp = strchr(e->name, ' ');
        bool shared = false;
        for (size_t k = 0; sp && k < WT_ARRAY_LEN(SHARED); k++)
            shared |= strlen(SHARED[k]) == (size_t)(sp - e->name) && !strncmp(e->name, SHARED[k], (size_t)(sp - e->name));
        if (sp && !shared && e->country && strcmp(e->country, "IDN") == 0 &&
            !put_short(kb, e->name, (size_t)(sp - e->name), i))
            return false;
    }
    return kb->shorts != NULL;
}

wt_status wt_kb_load(const char *const *extra, size_t n_extra, wt_kb **out, wt_error *err)
{
    *out = NULL;
    wt_kb *kb = calloc(1, sizeof *kb);
    if (kb) {
        kb->ncap = kb->fcap = 1 << 14;
        kb->names = calloc(kb->ncap, sizeof *kb->names);
        kb->first = calloc(kb->fcap, sizeof *kb->first);
        kb->strings = wt_arena_new(1 << 18);
    }
    if (!kb || !kb->names || !kb->first || !kb->strings) {
        wt_kb_free(kb);
        return wt_fail(err, WT_ENOMEM, "knowledge base", 0, -1, "out of memory");
    }
    static const struct {
        const char *name;
        const char *data;
        const size_t *len;
        file_kind kind;
    } FILES[] = {
        {"data/kb/aliases.tsv", wt_data_aliases, &wt_data_aliases_len, F_ALIASES},
        {"data/kb/places.tsv", wt_data_places, &wt_data_places_len, F_PLACES},
        {"data/kb/orgs.tsv", wt_data_orgs, &wt_data_orgs_len, F_ORGS},
        {"data/kb/people.tsv", wt_data_people, &wt_data_people_len, F_PEOPLE},
    };
    wt_data_src d;
    wt_data_open(&d, "data/kb/countries.tsv", wt_data_countries, wt_data_countries_len);
    wt_status st = load_countries(kb, &d, err);
    for (size_t i = 0; st == WT_OK && i < WT_ARRAY_LEN(FILES); i++) {
        wt_data_open(&d, FILES[i].name, FILES[i].data, *FILES[i].len);
        st = load_file(kb, &d, FILES[i].kind, err);
    }
    for (size_t i = 0; st == WT_OK && i < n_extra; i++) {
        char *buf;
        size_t len;
        if ((st = wt_read_file(extra[i], 64u << 20, &buf, &len, err)) != WT_OK)
            break;
        wt_data_open(&d, extra[i], buf, len);
        st = load_file(kb, &d, F_MIXED, err);
        free(buf);
    }
    if (st == WT_OK) { /* last: every hand-written and added name wins */
        wt_data_open(&d, "data/kb/cities.tsv", wt_data_cities, wt_data_cities_len);
        st = load_file(kb, &d, F_WORLD, err);
    }
    if (st == WT_OK && !load_short_names(kb))
        st = wt_fail(err, WT_ENOMEM, "knowledge base", 0, -1, "out of memory");
    if (st != WT_OK) {
        wt_kb_free(kb);
        return st;
    }
    *out = kb;
    return WT_OK;
}

size_t wt_kb_size(const wt_kb *kb) { return kb->n; }
const wt_kb_entity *const *wt_kb_persons(const wt_kb *kb, size_t *n)
{
    *n = kb->n_persons;
    return kb->persons;
}

const wt_kb_entity *wt_kb_lookup(const wt_kb *kb, const char *s, size_t n, wt_kb_kind *kind)
{
    if (n == 0 || n > MAX_NAME)
        return NULL;
    char low[MAX_NAME + 1];
    fold(s, n, low);
    const name *nm = find(kb, low, n);
    if (!nm)
        return NULL;
    if (kind)
        *kind = (wt_kb_kind)nm->kind;
    return &kb->ents[nm->ent];
}

static size_t match_names(const wt_kb *kb, const char *const *words, size_t n, size_t i, bool cased, bool world,
                          const wt_kb_entity **e, wt_kb_kind *kind)
{
    if (i >= n)
        return 0;
    if (cased && !isupper((unsigned char)words[i][0]) && !isdigit((unsigned char)words[i][0]))
        return 0;
    char buf[MAX_NAME + 1];
    size_t len = 0, best = 0;
    { /* no name starts with this word: done */
        size_t wl = strlen(words[i]);
        if (wl > MAX_NAME)
            return 0;
        fold(words[i], wl, buf);
        uint64_t fh = XXH3_64bits(buf, wl) | 1;
        size_t p = (size_t)fh & (kb->fcap - 1);
        while (kb->first[p] && kb->first[p] != fh)
            p = (p + 1) & (kb->fcap - 1);
        if (!kb->first[p])
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
        const name *nm = find(kb, buf, len);
        if (!nm || (nm->world && !world))
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
        *e = &kb->ents[nm->ent];
        if (kind)
            *kind = (wt_kb_kind)nm->kind;
    }
    return best;
}

size_t wt_kb_match_entity(const wt_kb *kb, const char *const *words, size_t n, size_t i, bool cased, const wt_kb_entity **e,
                          wt_kb_kind *kind)
{
    return match_names(kb, words, n, i, cased, true, e, kind);
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

const char *wt_kb_country(const wt_kb *kb, const char *s, size_t n, wt_kb_kind *kind)
{
    wt_kb_kind k;
    const wt_kb_entity *e = wt_kb_lookup(kb, s, n, &k);
    if (!e || !country_kind(k) || !e->country)
        return NULL;
    if (kind)
        *kind = k;
    return e->country;
}

size_t wt_kb_match(const wt_kb *kb, const char *const *words, size_t n, size_t i, const char **alpha3, wt_kb_kind *kind)
{
    const wt_kb_entity *e;
    wt_kb_kind k;
    size_t m = match_names(kb, words, n, i, false, false, &e, &k); /* the tagger's gazetteer: as trained */
    if (!m)
        return 0;
    if (alpha3)
        *alpha3 = e->country ? e->country : "---";
    if (kind)
        *kind = k;
    return m;
}

const wt_kb_entity *wt_kb_country_entity(const wt_kb *kb, const char *alpha3)
{
    if (!alpha3 || strlen(alpha3) < 3 || a3_slot(alpha3) == SIZE_MAX)
        return NULL;
    size_t e = kb->by_a3[a3_slot(alpha3)];
    return e ? &kb->ents[e - 1] : NULL;
}

const wt_kb_entity *wt_kb_person_by_part(const wt_kb *kb, const char *s, size_t n)
{
    if (!kb->shorts || n < 4 || n > MAX_NAME)
        return NULL;
    char low[MAX_NAME + 1];
    fold(s, n, low);
    size_t h = (size_t)XXH3_64bits(low, n) & (kb->scap - 1);
    while (kb->shorts[h].low) {
        if (strlen(kb->shorts[h].low) == n && memcmp(kb->shorts[h].low, low, n) == 0)
            return kb->shorts[h].ent == SIZE_MAX ? NULL : &kb->ents[kb->shorts[h].ent - 1];
        h = (h + 1) & (kb->scap - 1);
    }
    return NULL;
}
