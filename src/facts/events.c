/* events.c - who did what to whom, coded on PLOVER and CAMEO
 * (docs/events.md).
 *
 * A sentence holds an event when it holds a phrase of data/events.tsv
 * (the longest at each place). The actors are entities: for a verb, the
 * nearest one before it in the sentence ("Rusia telah menjadi pemasok
 * senjata") and the first after it, preferably after "dengan", "ke",
 * "bersama" or "kepada"; for a noun ("kunjungan Mishustin ke Hanoi") the
 * actor follows. "kedua negara", "kedua belah pihak" are the document's
 * two most named countries. A place stands for its country when it is an
 * actor ("Moskow" is RUS), and a person carries their country. The date is
 * one written in the sentence, else in its paragraph, else the document's;
 * the place is written after "di" in the sentence, else its paragraph,
 * else the dateline. Domains come from data/domains.tsv words in the
 * sentence. A phrase that is negated ("tidak akan bertemu") or
 * hypothetical ("jika ... menjatuhkan sanksi", "apakah ...") is no event.
 * The same event (type, actors' countries or names, date) told twice in
 * a document is one event with both spans. */
#include "facts.h"

#include "../entities/entities.h"
#include "../kb/kb.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

extern const char wt_data_events[], wt_data_domains[];
extern const size_t wt_data_events_len, wt_data_domains_len;

#define MAX_PHRASE 6

typedef struct pattern {
    char words[MAX_PHRASE][28];
    size_t n;
    char type[16], cameo[8], mode[16];
    bool noun, pair;
    bool object;  /* svo: the other party is the phrase's object, right after it */
    bool passive; /* the di- form of a me- verb: the subject is the target, the agent follows */
    bool that;    /* said of its subject in a "bahwa" clause: the one who says it is the actor */
    bool group;   /* an event only with a group as its subject ("kedua negara", "A dan B membahas") */
    bool territory; /* the object is a territory, where it happens: no other party (occupy, annex) */
    bool conditional; /* a harm announced on a condition: a threat to those the "jika" clause names */
    bool purchase;    /* the subject buys arms: the seller's supply to the buyer */
    bool role;        /* the other party is named after a word of role ("bukti ... peran Iran") */
    bool calls;       /* naming someone by an insult ("menyebut Netanyahu sebagai perusak") */
    bool voiced;      /* a noun of criticism voiced by the subject of a verb of saying before it */
    bool joins;       /* a noun of joining: its actor follows, then the coalition joined, led by the partner */
} pattern;

typedef struct domain_kw {
    char words[3][20];
    size_t n;
    char domain[20];
} domain_kw;

struct wt_event_rules {
    pattern *pat;
    size_t npat, pcap;
    domain_kw *dom;
    size_t ndom, dcap;
};

void wt_event_rules_free(wt_event_rules *r)
{
    if (!r)
        return;
    free(r->pat);
    free(r->dom);
    free(r);
}

static bool all_lower(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isupper((unsigned char)s[i]))
            return false;
    return true;
}

/* The di- forms a me- verb may have in the passive: "menuduh" ->
 * "dituduh", "mengecam" -> "dikecam", "menyerang" -> "diserang",
 * "memasok" -> "dipasok", "meminta" -> "diminta". Where the prefix hides
 * the stem's first letter both readings are made (the wrong one is no
 * word). Returns how many (at most 3). */
static size_t passive_forms(const char *w, char out[3][28])
{
    /* the active prefix; the di- prefixes before a vowel (the stem's
     * first letter the nasal swallowed, or none) and before a consonant */
    static const struct {
        const char *me, *vowel[2], *consonant;
    } P[] = {
        {"meny", {"dis", NULL}, NULL},   /* menyerang: serang */
        {"meng", {"di", "dik"}, "di"},   /* mengajak: ajak; mengecam: kecam; menghukum: hukum */
        {"mem", {"dip", "dim"}, "di"},   /* memasok: pasok; meminta: minta; membantah: bantah */
        {"men", {"dit", "din"}, "di"},   /* menuduh: tuduh; menilai: nilai; mendukung: dukung */
        {"me", {NULL, NULL}, "di"},      /* melarang: larang (l, m, n, r, w, y) */
    };
    size_t n = 0;
    for (size_t k = 0; k < sizeof P / sizeof *P; k++) {
        size_t pl = strlen(P[k].me);
        if (strncmp(w, P[k].me, pl) || !w[pl])
            continue;
        const char *rest = w + pl;
        bool vowel = strchr("aeiou", *rest) != NULL;
        if (!strcmp(P[k].me, "me") && !strchr("lmnrwy", *rest))
            return 0;
        const char *pre[2] = {vowel ? P[k].vowel[0] : P[k].consonant, vowel ? P[k].vowel[1] : NULL};
        for (size_t q = 0; q < 2; q++)
            if (pre[q] && snprintf(out[n], sizeof out[n], "%s%s", pre[q], rest) < (int)sizeof out[n])
                n++;
        return n;
    }
    return 0;
}

enum order { O_SV, O_SVO, O_NOUN, O_PAIR, O_THAT, O_GROUP, O_BY, O_PLACE, O_IF, O_BUY, O_ROLE, O_CALLS, O_VOICED, O_JOINS, O_NONE };

/* The ORDER column (data/events.tsv says what each means). */
static enum order order_of(const char *f, size_t n)
{
    static const char *const NAMES[] = {"sv", "svo", "n", "pair", "that", "group", "by", "place", "if", "buy", "role", "calls", "voiced", "joins"};
    for (size_t k = 0; k < WT_ARRAY_LEN(NAMES); k++)
        if (strlen(NAMES[k]) == n && !strncmp(f, NAMES[k], n))
            return (enum order)k;
    return O_NONE;
}

/* PHRASE TAB PLOVER TAB CAMEO TAB MODE|- TAB ORDER */
static wt_status load_pattern(void *ctx, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    wt_event_rules *r = ctx;
    const char *f[5];
    size_t fl[5];
    size_t k = wt_data_fields(line, len, f, fl, 5);
    enum order order = k == 5 ? order_of(f[4], fl[4]) : O_NONE;
    size_t words = 1;
    for (size_t i = 0; i < fl[0]; i++)
        words += f[0][i] == ' ';
    if (order == O_NONE || !fl[0] || !all_lower(f[0], fl[0]) || words > MAX_PHRASE || !fl[1] || fl[1] >= 16 ||
        !fl[2] || fl[2] >= 8 || fl[3] >= 16)
        return wt_data_bad(err, d, WT_EMODEL,
                           "expected PHRASE (lower case)<TAB>PLOVER<TAB>CAMEO<TAB>MODE or -<TAB>"
                           "sv|svo|n|pair|that|group|by|place|if|buy|role|calls|voiced|joins");
    if (!wt_heap_grow(&r->pat, r->npat, &r->pcap, sizeof *r->pat))
        return wt_fail(err, WT_ENOMEM, d->name, 0, -1, "out of memory");
    pattern *pt = &r->pat[r->npat];
    memset(pt, 0, sizeof *pt);
    pt->n = wt_data_words(f[0], fl[0], &pt->words[0][0], MAX_PHRASE, sizeof pt->words[0]);
    snprintf(pt->type, sizeof pt->type, "%.*s", (int)fl[1], f[1]);
    snprintf(pt->cameo, sizeof pt->cameo, "%.*s", (int)fl[2], f[2]);
    if (!(fl[3] == 1 && f[3][0] == '-'))
        snprintf(pt->mode, sizeof pt->mode, "%.*s", (int)fl[3], f[3]);
    pt->noun = order == O_NOUN || order == O_JOINS;
    pt->joins = order == O_JOINS;
    pt->pair = order == O_PAIR;
    pt->object = order == O_SVO;
    pt->that = order == O_THAT;
    pt->group = order == O_GROUP;
    pt->passive = order == O_BY; /* "menuai kecaman dari": the subject is the target */
    pt->territory = order == O_PLACE;
    pt->conditional = order == O_IF;
    pt->purchase = order == O_BUY;
    pt->role = order == O_ROLE;
    pt->calls = order == O_CALLS;
    pt->voiced = order == O_VOICED;
    r->npat++;
    /* a verb of one word written with me- is found in the passive too:
     * "Iran dituduh AS", "kapal itu ditangkap oleh Indonesia" */
    char forms[3][28];
    bool active_verb = order == O_SV || order == O_SVO;
    size_t nf = pt->n == 1 && active_verb ? passive_forms(pt->words[0], forms) : 0;
    for (size_t q = 0; q < nf; q++) {
        if (!wt_heap_grow(&r->pat, r->npat, &r->pcap, sizeof *r->pat))
            return wt_fail(err, WT_ENOMEM, d->name, 0, -1, "out of memory");
        pattern *pv = &r->pat[r->npat++];
        *pv = r->pat[r->npat - 2 - q]; /* the active one, copied */
        memcpy(pv->words[0], forms[q], sizeof pv->words[0]);
        pv->object = false;
        pv->passive = true;
    }
    return WT_OK;
}

/* PHRASE (lower case, up to three words) TAB DOMAIN */
static wt_status load_domain(void *ctx, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    wt_event_rules *r = ctx;
    const char *f[2];
    size_t fl[2];
    size_t words = 1;
    bool ok = wt_data_fields(line, len, f, fl, 2) == 2 && fl[0] && fl[1] && fl[1] < 20 && all_lower(f[0], fl[0]);
    for (size_t i = 0; ok && i < fl[0]; i++)
        words += f[0][i] == ' ';
    if (!ok || words > 3)
        return wt_data_bad(err, d, WT_EMODEL, "expected PHRASE (lower case, 1 to 3 words)<TAB>DOMAIN");
    if (!wt_heap_grow(&r->dom, r->ndom, &r->dcap, sizeof *r->dom))
        return wt_fail(err, WT_ENOMEM, d->name, 0, -1, "out of memory");
    domain_kw *dk = &r->dom[r->ndom];
    memset(dk, 0, sizeof *dk);
    dk->n = wt_data_words(f[0], fl[0], &dk->words[0][0], 3, sizeof dk->words[0]);
    snprintf(dk->domain, sizeof dk->domain, "%.*s", (int)fl[1], f[1]);
    r->ndom++;
    return WT_OK;
}

/* by first word, then as written */
static int cmp_first_word(const void *a, const void *b)
{
    const pattern *x = a, *y = b;
    int c = strcmp(x->words[0], y->words[0]);
    if (c)
        return c;
    for (size_t k = 1; k < x->n && k < y->n; k++)
        if ((c = strcmp(x->words[k], y->words[k])))
            return c;
    return x->n != y->n ? (x->n < y->n ? -1 : 1) : (x->passive != y->passive ? (x->passive ? 1 : -1) : 0);
}

wt_status wt_event_rules_load(wt_event_rules **out, wt_error *err)
{
    *out = NULL;
    wt_event_rules *r = calloc(1, sizeof *r);
    if (!r)
        return wt_fail(err, WT_ENOMEM, "data/events.tsv", 0, -1, "out of memory");
    wt_status st = wt_data_each("data/events.tsv", wt_data_events, wt_data_events_len, load_pattern, r, err);
    if (st == WT_OK)
        st = wt_data_each("data/domains.tsv", wt_data_domains, wt_data_domains_len, load_domain, r, err);
    if (st != WT_OK) {
        wt_event_rules_free(r);
        return st;
    }
    /* sorted by first word: a token is compared with the phrases that
     * start with it only (binary search) */
    qsort(r->pat, r->npat, sizeof *r->pat, cmp_first_word);
    *out = r;
    return WT_OK;
}

/* The first of the patterns (sorted) whose first word is not below key. */
static size_t first_with(const wt_event_rules *r, const char *key)
{
    size_t lo = 0, hi = r->npat;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(r->pat[mid].words[0], key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The phrase's words at w[i]; its last word, a me- verb, may carry the
 * object clitic ("membantahnya", "memintanya"): *clitic says so. */
/* The number of tokens the phrase takes at w[i], or 0. */
static size_t phrase_at(const char *const *w, size_t n, size_t i, const char (*words)[28], size_t nw, bool *clitic)
{
    *clitic = false;
    size_t j = i; /* the token read */
    for (size_t k = 0; k < nw; k++, j++) {
        /* "kecaman" atas: a quotation ends inside the phrase */
        if (k > 0 && j + 1 < n && wt_double_mark(w[j]))
            j++;
        if (j >= n)
            return 0;
        if (wt_is(w[j], words[k]))
            continue;
        size_t lw = strlen(words[k]);
        if (k + 1 == nw && !strncmp(words[k], "me", 2) && lw > 4 && strlen(w[j]) == lw + 3 &&
            !strncasecmp(w[j], words[k], lw) && !strcasecmp(w[j] + lw, "nya")) {
            *clitic = true;
            continue;
        }
        return 0;
    }
    return j - i;
}

typedef struct ectx {
    const wt_event_tables *t;
    wt_doc *d;
    const char **w;
    int *ent;
    const char *pair[2]; /* the two most named countries */
    bool pair_clear;     /* named far more than any third (a story about two countries) */
    size_t cap;
    bool visit;       /* the phrase being read is a visit: its place is its partner */
    bool upon_people; /* an arrest, an attack, a sanction: "menahan dua warga Inggris" acts on
                         Britain, "sanksi terhadap perusahaan minyak Iran" on Iran */
    bool noun;        /* the phrase being read is a noun ("kunjungan ini ... antara A dan B") */
    size_t acts_from; /* dating a phrase that ends here: a date inside the noun phrase of an act
                         named after it is that act's (SIZE_MAX: none is looked for) */
} ectx;

/* the country an entity stands for as an actor */
static const char *country_of(const ectx *x, int e) { return e >= 0 ? x->d->entities[e].country : NULL; }

static bool place_word(const char *w)
{
    /* "di timur Roma", "ke utara Suriah": a direction is part of a place */
    return wt_is(w, "di") || wt_is(w, "ke") || wt_is(w, "dari") || wt_is(w, "menuju") || wt_is(w, "kawasan") ||
           wt_is(w, "wilayah") || wt_is(w, "timur") || wt_is(w, "barat") || wt_is(w, "utara") || wt_is(w, "selatan") ||
           wt_is(w, "tenggara");
}

/* the entity mention ending right before token t (skipping nothing) */
static int mention_start(const ectx *x, size_t t)
{
    int e = x->ent[t];
    while (t > 0 && x->ent[t - 1] == e)
        t--;
    return (int)t;
}

/* a country written in a person's title ("Presiden Rusia Vladimir Putin"):
 * a place mention whose next token starts a person's mention */
static bool title_country(const ectx *x, size_t i, size_t e)
{
    int en = x->ent[i];
    if (en < 0 || x->d->entities[en].type != WT_ENT_LOC)
        return false;
    while (i < e && x->ent[i] == en)
        i++;
    return i < e && x->ent[i] >= 0 && x->d->entities[x->ent[i]].type == WT_ENT_PER;
}

/* the first token of a person's title before the mention at st
 * ("dan Presiden Vietnam Luong Cuong": the token after "dan") */
static size_t title_start(const ectx *x, size_t sb, size_t st)
{
    for (;;) {
        size_t moved = st;
        if (st > sb && x->ent[st - 1] >= 0 && x->d->entities[x->ent[st - 1]].type == WT_ENT_LOC) {
            int c = x->ent[st - 1];
            while (st > sb && x->ent[st - 1] == c)
                st--;
        }
        for (size_t len = 3; len >= 1; len--) {
            const char *r;
            if (st >= sb + len && wt_title_at(x->t->titles, x->w, st, st - len, &r) == len) {
                st -= len;
                break;
            }
        }
        if (st == moved)
            return st;
    }
}

/* the actor before the phrase: the nearest entity in the sentence that
 * is not a place after "di"/"ke" and not a country written inside a
 * person's title ("Presiden Rusia Vladimir Putin": Putin) */
static bool pronoun(const char *w)
{
    return wt_is(w, "dia") || wt_is(w, "ia") || wt_is(w, "beliau") || wt_is(w, "mereka") || wt_is(w, "pihaknya");
}

/* "ia", "dia", "beliau": a person, never a place or a state */
static bool person_pronoun(const char *w) { return wt_is(w, "dia") || wt_is(w, "ia") || wt_is(w, "beliau"); }

static int phrase_entity(const ectx *x, size_t sb, size_t se, size_t k);

/* The entity that is the subject of a clause from cb to the verb at t
 * (the sentence ending at se): without a parse, the last one before the
 * verb, past modal and linking words ("rezim Iran harus", "Kementerian
 * Keamanan Negara China"); -1 if another word stands between. */
static int clause_subject(const ectx *x, size_t cb, size_t se, size_t t)
{
    /* with a parse, the entity the verb's subject names ("janji Perdana
     * Menteri Israel ... untuk mencaplok Tepi Barat, Palestina melanggar":
     * Netanyahu's promise, not Palestine) */
    const wt_dep *dep = x->d->deps;
    for (size_t k = cb; dep && k < t; k++)
        if (dep[k].head == (int32_t)t && !strcmp(dep[k].rel, "nsubj"))
            return phrase_entity(x, cb, se, k);
    size_t k = t;
    while (k > cb && (wt_is(x->w[k - 1], "harus") || wt_is(x->w[k - 1], "yang") || wt_is(x->w[k - 1], "juga") ||
                      wt_is(x->w[k - 1], "lah") || wt_is(x->w[k - 1], "telah") || wt_is(x->w[k - 1], "sepenuhnya")))
        k--;
    return k > cb ? x->ent[k - 1] : -1;
}

/* A person's name at st written after an aide's title and the person's
 * office ("Penasihat Presiden", "Juru bicara Perdana Menteri", "Utusan
 * Khusus Presiden"): the aide is meant, not the person. */
static bool aide_of(const ectx *x, size_t sb, size_t st)
{
    if (st < sb + 2 || x->ent[st] < 0 || x->d->entities[x->ent[st]].type != WT_ENT_PER)
        return false;
    size_t o = st - 1; /* the principal's office */
    if (!(wt_is(x->w[o], "presiden") || wt_is(x->w[o], "menteri") || wt_is(x->w[o], "raja")))
        return false;
    if (wt_is(x->w[o], "menteri") && o > sb && wt_is(x->w[o - 1], "perdana"))
        o--;
    for (size_t i = o; i-- > sb && i + 3 >= o;)
        if (wt_is(x->w[i], "penasihat") || wt_is(x->w[i], "utusan") || wt_is(x->w[i], "ajudan") ||
            wt_is(x->w[i], "bicara") || wt_is(x->w[i], "staf") || wt_is(x->w[i], "asisten"))
            return true;
    return false;
}

/* "saya", "aku", "kami", "kita": the speaker's side */
static bool first_person(const char *w)
{
    return wt_is(w, "saya") || wt_is(w, "aku") || wt_is(w, "kami") || wt_is(w, "kita");
}

/* The person named nearest before token p in the sentence (the one a
 * person pronoun at p stands for), -1 if none; the subject is written at
 * the pronoun (at = p). */
static int person_before(const ectx *x, size_t sb, size_t p, size_t *at)
{
    for (size_t i = p; i-- > sb;) {
        int e = x->ent[i];
        if (e >= 0 && x->d->entities[e].type == WT_ENT_PER) {
            *at = p;
            return e;
        }
    }
    return -1;
}

/* A word that opens a subordinate clause: an actor before it belongs to
 * another clause. */
static bool subordinator(const char *w)
{
    static const char *const S[] = {"setelah", "sebelum", "sesudah", "ketika", "saat", "sejak", "karena",
                                    "sehingga", "agar", "supaya", "meski", "meskipun", "walaupun"};
    for (size_t i = 0; i < WT_ARRAY_LEN(S); i++)
        if (wt_is(w, S[i]))
            return true;
    return false;
}

/* a word that looks like a verb of the news: me-, ber-, di- and lower case */
static bool verb_like(const ectx *x, size_t i)
{
    const char *w = x->w[i];
    return x->d->tokens[i].kind == WT_TOK_WORD && islower((unsigned char)w[0]) && strlen(w) > 4 &&
           (!strncmp(w, "me", 2) || !strncmp(w, "ber", 3) || !strncmp(w, "di", 2));
}

/* people who act for themselves, not for a state: "kunjungan wisatawan",
 * "aktivis Hong Kong mendesak", "bertemu mahasiswa Papua" */
static bool private_people(const char *w)
{
    static const char *const P[] = {"wisatawan", "turis",     "pelancong", "warga",      "pelajar",    "mahasiswa",
                                    "pengusaha", "investor",  "jemaah",    "jamaah",     "peziarah",   "atlet",
                                    "penggemar", "suporter",  "pekerja",   "buruh",      "keluarga",   "artis",
                                    "aktivis",   "demonstran", "pendemo",  "pengunjuk", "nelayan",    "petani",
                                    "pemain",    "penduduk",  "masyarakat", "perusahaan", "kontraktor", "asosiasi",
                                    NULL};
    return wt_one_of(w, P);
}

/* a name that says where people acting for themselves come from, the
 * head noun up to five words before it ("aktivis pro-demokrasi Hong
 * Kong", "warga negara Inggris") */
static bool people_from(const ectx *x, size_t sb, size_t st)
{
    for (size_t k = st, n = 0; k > sb && n < 5; k--, n++) {
        if (private_people(x->w[k - 1]))
            return true;
        if (x->ent[k - 1] >= 0 || verb_like(x, k - 1) ||
            (x->d->tokens[k - 1].kind != WT_TOK_WORD && strcmp(x->w[k - 1], "-") != 0))
            return false;
    }
    return false;
}

/* where entity en is first named in tokens [b, e) */
static size_t first_mention(const ectx *x, size_t b, size_t e, int en)
{
    while (b < e && x->ent[b] != en)
        b++;
    return b;
}

/* a name in a phrase of place: right after "di", "ke", "dari", or after
 * up to three words without a name that follow one ("di luar Konsulat
 * Inggris", "di depan gedung Kedutaan Besar AS") */
static bool in_place_phrase(const ectx *x, size_t sb, size_t st)
{
    for (size_t i = st, k = 0; i > sb && k < 4; i--, k++) {
        const char *w = x->w[i - 1];
        if (wt_is(w, "di") || wt_is(w, "ke") || wt_is(w, "dari"))
            return k > 0 && !wt_is(x->w[i], "mana"); /* "di mana Arab Saudi memimpin": a relative clause */
        if (x->ent[i - 1] >= 0 || x->d->tokens[i - 1].kind != WT_TOK_WORD || verb_like(x, i - 1))
            return false;
    }
    return false;
}

/* a preposition whose object is no subject of a verb after it
 * ("memutuskan hubungan dengan Taiwan dalam mendukung China": not Taiwan) */
static bool oblique(const char *w)
{
    return wt_is(w, "dengan") || wt_is(w, "kepada") || wt_is(w, "terhadap") || wt_is(w, "oleh");
}

/* whether the mention ending at token i is followed by the verb at t,
 * with at most adverbs between ("..., dengan Teheran membantahnya": the
 * object of "dengan" is the subject of its own verb) */
static bool subject_of_next(const ectx *x, size_t i, size_t t)
{
    static const char *const ADV[] = {"juga", "telah", "sudah", "pun", "segera", "langsung", "kemudian", "lalu", NULL};
    size_t k = i + 1;
    if (k + 1 < t && !strcmp(x->w[k], ",") && wt_is(x->w[k + 1], "yang"))
        k++; /* "terhadap Teheran, yang menyangkal ...": the head of a relative clause */
    if (k < t && wt_is(x->w[k], "yang"))
        k++;
    while (k < t && wt_one_of(x->w[k], ADV))
        k++;
    return k == t;
}

static bool is_country(const ectx *x, const wt_entity *en)
{
    wt_kb_kind k;
    return wt_kb_lookup(x->t->kb, en->name, strlen(en->name), &k) && k == WT_KB_NAME;
}

/* The quote mark at token i closes a direct quotation the quotes stage
 * found, whose reporting verb follows it ("...," kata Yeo): the mark stands
 * just after the quoted words, the verb a few bytes after the mark (not a
 * phrase in quotes inside a clause: pengaturan "satu negara, dua sistem",
 * menyangkal ...). */
static bool closes_quotation(const ectx *x, size_t i)
{
    uint32_t at = x->d->tokens[i].start;
    size_t lo = 0, hi = x->d->n_quotes; /* the quotes in order of start: the last one starting before the mark */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->d->quotes[mid].start < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k-- > 0 && lo - k <= 2;) { /* an indirect one may start inside it */
        const wt_quote *qt = &x->d->quotes[k];
        if (!strcmp(qt->kind, "direct") && at >= qt->end && at <= qt->end + 3 && qt->verb &&
            qt->cue_start > at && qt->cue_start <= at + 4)
            return true;
    }
    return false;
}

static int actor_before(const ectx *x, size_t sb, size_t t, size_t *at)
{
    /* "Kenya, yang dianggap Somalia sebagai pesaing, menuduh ...": a
     * relative clause set off by commas describes the subject before it;
     * its own nouns are not the actor */
    if (t >= sb + 4 && wt_is(x->w[t - 1], ","))
        for (size_t k = t - 2; k > sb + 1 && !wt_is(x->w[k], ","); k--)
            if (wt_is(x->w[k], "yang") && wt_is(x->w[k - 1], ",")) {
                t = k - 1;
                break;
            }
    for (size_t i = t; i-- > sb;) {
        /* "..., setelah pejabat di Washington menuding Iran": the subject
         * is in the subordinate clause, or unknown; but "setelah dia ..."
         * points back to the one named before */
        if (subordinator(x->w[i]) && !(i + 1 < t && pronoun(x->w[i + 1])))
            return -1;
        /* "Ketika Adam Malik mengunjungi Jerman, ia meminta ...": a pronoun
         * opening the main clause is its subject; the names before the
         * comma belong to the clause before it */
        if (i > sb && pronoun(x->w[i]) && wt_is(x->w[i - 1], ","))
            return -1;
        /* "... dari Jeddah, Arab Saudi, di mana ia bertemu": "ia", "dia",
         * "beliau" stand for a person, so a place or a country between the
         * person and the pronoun is not the actor */
        if (i > sb && person_pronoun(x->w[i]))
            return person_before(x, sb, i, at);
        /* "... oleh Presiden Trump untuk saya capai, dan saya berharap":
         * the one who speaks is the subject, not a name before */
        if (first_person(x->w[i]))
            return -1;
        /* "\"... Presiden Jokowi ...,\" kata Yeo ... usai bertemu
         * Mahathir": a quotation that closed before the verb is someone's
         * words, and its names are no subject of a verb outside it */
        if (x->d->tokens[i].kind == WT_TOK_QUOTE && closes_quotation(x, i))
            return -1;
        int e = x->ent[i];
        if (e < 0)
            continue;
        size_t st = (size_t)mention_start(x, i);
        /* "Pompeo yang disebut Trump bakal bertolak ...": the agent of a
         * passive relative clause is not the subject of the sentence */
        if (st >= sb + 2 && wt_is(x->w[st - 2], "yang") && !strncmp(x->w[st - 1], "di", 2) &&
            strlen(x->w[st - 1]) > 4) {
            i = st - 2;
            continue;
        }
        /* "Penasihat Presiden Xi Jinping untuk urusan luar negeri ...
         * sepakat": an aide of the person named acts, not the person */
        if (aide_of(x, sb, st))
            return -1;
        /* "Menurut Sekretariat ASEAN, ... wisatawan terbang ke ...": the
         * source of what is told is not its actor */
        if (st > sb && (wt_is(x->w[st - 1], "menurut") || wt_is(x->w[st - 1], "kata"))) {
            i = st;
            continue;
        }
        /* a place after "di", "ke"; the country a title serves ("Dubes RI
         * untuk Kazakhstan dan Tajikistan Rahmat Pramono") */
        if (st > sb && (place_word(x->w[st - 1]) || wt_is(x->w[st - 1], "untuk") ||
                        (oblique(x->w[st - 1]) && !subject_of_next(x, i, t)) ||
                        in_place_phrase(x, sb, st) ||
                        (st > sb + 2 && wt_is(x->w[st - 1], "dan") && wt_is(x->w[st - 3], "untuk")))) {
            i = st;
            continue;
        }
        /* "Aktivis pro-demokrasi Hong Kong mendesak": the actor is the
         * activists, from Hong Kong; no state */
        if (people_from(x, sb, st))
            return -1;
        /* "pemberontak Houthi Yaman", "milisi Hizbullah Lebanon": a
         * country right after a group's name says where the group is; the
         * phrase's head, the group, acts (the noun phrase leads with it) */
        if (st > sb && x->ent[st - 1] >= 0 && x->ent[st - 1] != e &&
            x->d->entities[x->ent[st - 1]].type == WT_ENT_ORG && is_country(x, &x->d->entities[e])) {
            e = x->ent[st - 1];
            st = (size_t)mention_start(x, st - 1);
        }
        *at = title_start(x, sb, st);
        return e;
    }
    return -1;
}

/* A relation that opens a clause of its own. */
static bool clausal(const char *rel)
{
    return !strncmp(rel, "acl", 3) || !strncmp(rel, "advcl", 5) || !strncmp(rel, "ccomp", 5) ||
           !strncmp(rel, "xcomp", 5) || !strncmp(rel, "parataxis", 9);
}

/* Whether token i belongs to the noun phrase of token k: k is reached
 * from i through the parse's heads without entering a clause (a relative
 * clause inside the phrase does not count). */
static bool in_phrase(const wt_dep *dep, size_t i, size_t k)
{
    for (int32_t h = (int32_t)i, steps = 0; h >= 0 && steps < 512; h = dep[h].head, steps++) {
        if ((size_t)h == k)
            return true;
        if (clausal(dep[h].rel))
            return false;
    }
    return false;
}

/* The entity a noun phrase headed by token k names: its own, else the
 * nearest among the words it governs through a name, a compound, a
 * modifier or an apposition ("Menteri ... Shah Mahmud"); -1 if none. */
static int phrase_entity(const ectx *x, size_t sb, size_t se, size_t k)
{
    const wt_dep *dep = x->d->deps;
    if (x->ent[k] >= 0)
        return x->ent[k];
    /* a person the phrase names first ("Dubes RI untuk Kazakhstan ...
     * Rahmat Pramono"), else another entity; never one after a
     * preposition inside the phrase (the posting, the place) */
    int other = -1;
    for (size_t j = sb; j < se; j++) {
        int en = x->ent[j];
        if (en < 0 || !in_phrase(dep, j, k))
            continue;
        size_t st = (size_t)mention_start(x, j);
        if (st > sb && (place_word(x->w[st - 1]) || wt_is(x->w[st - 1], "untuk") || wt_is(x->w[st - 1], "dengan") ||
                        wt_is(x->w[st - 1], "bagi") || wt_is(x->w[st - 1], "kepada") ||
                        wt_is(x->w[st - 1], "terhadap") || wt_is(x->w[st - 1], "oleh") || wt_is(x->w[st - 1], "dan")))
            continue;
        if (x->d->entities[en].type == WT_ENT_PER)
            return en;
        if (other < 0)
            other = en;
    }
    return other;
}

/* Whether token i hangs from token k through a noun led by a preposition
 * ("Pence dan pejabat lain dalam pemerintahan Presiden Donald Trump":
 * Trump is the government's, not the subject's head). A word that opens
 * clauses ("sejak Kim Jong-un melakukan ...") is no such preposition,
 * whatever the parse made of it. */
static bool behind_preposition(const ectx *x, size_t sb, size_t se, size_t i, size_t k)
{
    const wt_dep *dep = x->d->deps;
    for (int32_t h = (int32_t)i, steps = 0; h >= 0 && (size_t)h != k && steps < 512; h = dep[h].head, steps++)
        for (size_t j = sb; j < se; j++)
            if (dep[j].head == h && !strcmp(dep[j].rel, "case") && !subordinator(x->w[j]))
                return true;
    return false;
}

/* With a parse: the entity the verb's subject names ("Kenya, yang
 * dianggap Somalia sebagai pesaing, menuduh ...": Kenya, not Somalia),
 * when the entity nearest before the verb lies outside the subject's noun
 * phrase (in a relative clause, say). The subject word's own entity,
 * else the nearest one it governs through a name, a compound, a modifier
 * or an apposition. -1 when the verb has no active subject naming an
 * entity (a pronoun, "kedua pemimpin") or when the nearest entity belongs
 * to the subject ("Indonesia dan Malaysia ...": word order decides),
 * unless the subject word names its own and the nearest one is a
 * preposition's noun inside the phrase. */
static int subject_entity(const ectx *x, size_t sb, size_t se, size_t verb, size_t nearest_at, int nearest)
{
    const wt_dep *dep = x->d->deps;
    if (!dep)
        return -1;
    /* the subject nearest before the verb when the parse gives it two and
     * that one names someone of a country ("Dalam mengawal ekspansi bisnis
     * BUMN tersebut, Rini bertemu": Rini, not the expansion's BUMN) */
    size_t first_subject = SIZE_MAX, nearest_subject = sb;
    for (size_t k = sb; k < verb && k < se; k++)
        if (dep[k].head == (int32_t)verb && !strcmp(dep[k].rel, "nsubj")) {
            if (first_subject == SIZE_MAX)
                first_subject = k;
            nearest_subject = k;
        }
    /* a comma between them ends a fronted phrase; a relative clause
     * between them ("Freeland yang dikritik Putin kemarin menyatakan")
     * is the first one's */
    bool fronted = false;
    for (size_t k = first_subject; first_subject != SIZE_MAX && k < nearest_subject; k++) {
        if (wt_is(x->w[k], "yang")) {
            fronted = false;
            break;
        }
        fronted |= !strcmp(x->w[k], ",");
    }
    size_t from = fronted && country_of(x, phrase_entity(x, sb, se, nearest_subject)) ? nearest_subject : sb;
    for (size_t k = from; k < se; k++) {
        if (dep[k].head != (int32_t)verb || strcmp(dep[k].rel, "nsubj") != 0)
            continue;
        if (nearest >= 0) {
            size_t i = nearest_at;
            while (i < se && x->ent[i] != nearest)
                i++;
            for (; i < se && x->ent[i] == nearest; i++)
                if (in_phrase(dep, i, k))
                    return x->ent[k] >= 0 && x->ent[k] != nearest && behind_preposition(x, sb, se, i, k) ? x->ent[k]
                                                                                                         : -1;
        }
        return phrase_entity(x, sb, se, k);
    }
    return -1;
}

/* With a parse: whether the verb's subject is a common noun whose own
 * relative clause holds the actor word order found ("Perjanjian nuklir
 * yang diteken dengan negara besar seperti China dan Rusia itu meminta
 * Iran ...": the agreement asks, not China): then no party acts. */
static bool actor_in_subjects_clause(const ectx *x, size_t sb, size_t se, size_t verb, size_t at, int a1)
{
    const wt_dep *dep = x->d->deps;
    if (!dep || a1 < 0)
        return false;
    for (size_t k = sb; k < se; k++) {
        if (dep[k].head != (int32_t)verb || strcmp(dep[k].rel, "nsubj") != 0)
            continue;
        if (x->ent[k] >= 0 || !dep[k].upos || strcmp(dep[k].upos, "NOUN") != 0)
            return false;
        size_t i = first_mention(x, at, se, a1);
        if (i >= se || i > verb || in_phrase(dep, i, k))
            return false;
        for (int32_t h = dep[i].head, steps = 0; h >= 0 && steps < 512; h = dep[h].head, steps++)
            if ((size_t)h == k)
                return true; /* under the subject, through a clause */
        return false;
    }
    return false;
}

/* a causative or control verb: "membuat Kim marah dan mengancam ...", the
 * second verb's subject is the first verb's object, not its subject */
static bool causative(const char *w)
{
    static const char *const verbs[] = {"membuat", "menjadikan", "menyebabkan", "memaksa", "mendorong",
                                        "memicu", "meminta", "menyuruh", "mengajak", "membiarkan", NULL};
    return wt_one_of(w, verbs);
}

/* With a parse: whether the verb is a conjunct without a subject of
 * its own and the actor word order found lies in an earlier verb's
 * object ("... tidak mengakui tindakan ilegal Israel, serta meminta ...":
 * Israel is what is not recognised, not who asks). The one who asks is
 * that earlier verb's subject, which word order did not find: no event. */
static bool actor_in_earlier_object(const ectx *x, size_t sb, size_t se, size_t verb, size_t at, int a1)
{
    const wt_dep *dep = x->d->deps;
    if (!dep || a1 < 0 || !dep[verb].rel || strcmp(dep[verb].rel, "conj") != 0)
        return false;
    for (size_t k = sb; k < se; k++)
        if (dep[k].head == (int32_t)verb && !strncmp(dep[k].rel, "nsubj", 5))
            return false;
    size_t i = first_mention(x, at, se, a1);
    if (i >= verb)
        return false;
    for (int32_t h = (int32_t)i, steps = 0; h >= 0 && steps < 512; h = dep[h].head, steps++) {
        if ((size_t)h == verb || !strncmp(dep[h].rel, "nsubj", 5) || clausal(dep[h].rel))
            return false;
        if (!strcmp(dep[h].rel, "obj") && dep[h].head >= 0 && (size_t)dep[h].head < verb)
            return !causative(x->w[dep[h].head]); /* "membuat Kim marah dan mengancam": Kim threatens */
    }
    return false;
}

/* With a parse: the entity that is the subject of the verb a clause
 * headed by token t depends on ("Pompeo ... menyatakan mempunyai
 * informasi bahwa Iran bertanggung jawab": Pompeo), climbing at most
 * three heads; -1 when none names one. */
static int saying_subject(const ectx *x, size_t sb, size_t se, size_t t, size_t nearest_at, int nearest)
{
    const wt_dep *dep = x->d->deps;
    if (!dep)
        return -1;
    int32_t v = dep[t].head;
    for (int up = 0; up < 3 && v >= (int32_t)sb && v < (int32_t)se; up++, v = dep[v].head) {
        /* the subject only from the words before the clause (se) */
        int subj = subject_entity(x, sb, se, (size_t)v, nearest_at, nearest);
        if (subj >= 0)
            return subj;
    }
    return -1;
}

/* The person a subject of sentence k names ("Menteri Luar Negeri
 * Pakistan Shah Mahmud"): of the root verb when main, else the latest
 * subject's; -1 if none. */
static int sentence_subject_person(const ectx *x, size_t k, bool main)
{
    const wt_dep *dep = x->d->deps;
    const wt_sentence *ps = &x->d->sentences[k];
    for (size_t i = ps->tok_end; i-- > ps->tok_begin;) {
        if (strcmp(dep[i].rel, "nsubj") != 0)
            continue;
        if (main && (dep[i].head < 0 || strcmp(dep[dep[i].head].rel, "root") != 0))
            continue;
        for (size_t j = ps->tok_begin; j < ps->tok_end; j++) {
            int en = x->ent[j];
            if (en >= 0 && x->d->entities[en].type == WT_ENT_PER && in_phrase(dep, j, i))
                return en;
        }
    }
    return -1;
}

/* The named person who speaks a quote whose reporting verb is in
 * sentence k, -1 if none. */
static int quote_speaker_in(const ectx *x, size_t k)
{
    const wt_sentence *ps = &x->d->sentences[k];
    uint32_t from = x->d->tokens[ps->tok_begin].start, to = x->d->tokens[ps->tok_end - 1].end;
    for (size_t q = 0; q < x->d->n_quotes; q++) {
        const wt_quote *qu = &x->d->quotes[q];
        if (qu->speaker >= 0 && qu->cue_start >= from && qu->cue_start < to &&
            x->d->entities[qu->speaker].type == WT_ENT_PER)
            return qu->speaker;
    }
    return -1;
}

/* "Ia mendesak Sekjen PBB ...": a pronoun opening the sentence as the
 * verb's subject stands for the person who was the subject of the
 * sentences before (found by the parse: the latest nsubj naming a person,
 * up to three sentences back). Else a1 as it was. */
static int pronoun_subject(const ectx *x, size_t s, size_t sb, size_t verb, int a1)
{
    const wt_dep *dep = x->d->deps;
    if (!dep || a1 >= 0 || verb == sb)
        return a1;
    /* the pronoun that is the verb's subject, first in the sentence or
     * after an adverbial set off by a comma ("Di sana, dia bertemu") */
    size_t pro = sb;
    while (pro < verb && !(x->d->tokens[pro].kind == WT_TOK_WORD && person_pronoun(x->w[pro])))
        pro++;
    /* or right before the verb, after a clause of its own ("Dia menyatakan
     * ..., dan dia berharap ...") */
    for (size_t i = verb; i-- > sb && i + 3 >= verb;)
        if (x->d->tokens[i].kind == WT_TOK_WORD && person_pronoun(x->w[i])) {
            pro = i;
            break;
        }
    if (pro >= verb || dep[pro].head != (int32_t)verb || strncmp(dep[pro].rel, "nsubj", 5) != 0)
        return a1;
    for (size_t i = sb; i < pro; i++)
        if (x->ent[i] >= 0 && x->d->entities[x->ent[i]].type == WT_ENT_PER)
            return a1; /* a person named before the pronoun: not this case */
    for (size_t k = s; k-- > 0 && k + 3 >= s;) {
        /* a sentence that ends a quote ("..., tegas Wu."): its speaker */
        int sp = quote_speaker_in(x, k);
        if (sp >= 0)
            return sp;
        /* the person the main verb's subject names, else a later clause's */
        int en = sentence_subject_person(x, k, true);
        if (en < 0)
            en = sentence_subject_person(x, k, false);
        if (en >= 0)
            return en;
    }
    return a1;
}

/* "Maduro menyebut Guaido boneka AS dan menuduh Amerika Serikat ...": a
 * verb after "dan", "serta", "lalu", "kemudian" shares the subject of the
 * sentence's first verb, the name right before it; -1 when that is not
 * the shape (no name, a comma between name and verb, a causative verb) */
static int coordinated_subject(const ectx *x, size_t sb, size_t t, size_t *at)
{
    /* past an adverb of time between ("dan sejak itu berperang", "dan
     * kemudian bertemu", "dan juga mengecam") */
    size_t c = t;
    while (c > sb + 3 && (wt_is(x->w[c - 1], "juga") || wt_is(x->w[c - 1], "telah") || wt_is(x->w[c - 1], "sudah") ||
                          wt_is(x->w[c - 1], "kini") || wt_is(x->w[c - 1], "pun") || wt_is(x->w[c - 1], "akhirnya") ||
                          wt_is(x->w[c - 1], "kemudian") || (wt_is(x->w[c - 1], "itu") && wt_is(x->w[c - 2], "sejak"))))
        c -= wt_is(x->w[c - 1], "itu") ? 2 : 1;
    if (c >= sb + 3 && (wt_is(x->w[c - 1], "dan") || wt_is(x->w[c - 1], "serta") || wt_is(x->w[c - 1], "lalu")))
        t = c;
    if (t < sb + 3 || !(wt_is(x->w[t - 1], "dan") || wt_is(x->w[t - 1], "serta") || wt_is(x->w[t - 1], "lalu") ||
                        wt_is(x->w[t - 1], "kemudian")))
        return -1;
    int subj = -1;
    size_t subj_at = t;
    for (size_t i = sb; i + 1 < t; i++) {
        if (x->ent[i] >= 0 && !title_country(x, i, t)) {
            subj = x->ent[i];
            subj_at = i;
            while (i + 1 < t && x->ent[i + 1] == subj)
                i++;
            continue;
        }
        if (verb_like(x, i)) { /* the first verb */
            if (subj < 0 || causative(x->w[i]))
                return -1;
            *at = subj_at;
            return subj;
        }
        if (wt_is(x->w[i], ","))
            subj = -1; /* "A, B dan menuduh", "A, kemarin, menuduh": no simple shape */
    }
    return -1;
}

/* The comma that ends a phrase opening the sentence with one of the
 * words `openers` right before token t (past marks; with `adverbs` also
 * past "segera", "tak lama", "beberapa hari" ...): its index, or SIZE_MAX
 * when the sentence does not open so or the phrase has no comma. */
static size_t opener_comma(const ectx *x, size_t sb, size_t t, size_t se, const char *const *openers, bool adverbs)
{
    static const char *const ADVERBS[] = {"segera", "tak", "tidak", "lama", "beberapa", "hari", "jam", NULL};
    size_t f = sb;
    while (f < t && (x->d->tokens[f].kind != WT_TOK_WORD || (adverbs && wt_one_of(x->w[f], ADVERBS))))
        f++;
    if (f + 1 != t || !wt_one_of(x->w[f], openers)) /* the word at t right after the opener */
        return SIZE_MAX;
    for (size_t i = t + 1; i < se; i++)
        if (!strcmp(x->w[i], ","))
            return i;
    return SIZE_MAX;
}

/* A sentence that opens with a subordinate clause without a subject
 * ("Setelah bertemu X, Pompeo ...", "Usai menerima Y, Presiden ..."): the
 * verb at t is in it, before the clause's comma (*comma). */
static bool controlled_clause(const ectx *x, size_t sb, size_t t, size_t se, size_t *comma)
{
    static const char *const SUB[] = {"setelah", "usai", "seusai", "sesudah", "sebelum",
                                      "saat",    "ketika", "selain", NULL};
    size_t c = opener_comma(x, sb, t, se, SUB, false);
    if (c == SIZE_MAX || c + 1 >= se)
        return false;
    *comma = c;
    return true;
}

/* The quote mark nearest token i in direction dir (+1, -1) with only
 * words between, at most four; -1 if none. */
static long quote_over_words(const wt_token *tk, size_t n, size_t i, int dir)
{
    for (long k = (long)i + dir, steps = 0; k >= 0 && (size_t)k < n && steps < 5; k += dir, steps++) {
        if (tk[k].kind == WT_TOK_QUOTE)
            return steps > 0 ? k : -1;
        if (tk[k].kind != WT_TOK_WORD)
            return -1;
    }
    return -1;
}

/* A quote mark opening a few words that close again in the same
 * sentence ("sebagai \"tindakan perang\" Iran"): a phrase in quotes, not
 * a quotation that ends the clause. */
static bool scare_quote(const ectx *x, size_t i)
{
    const wt_token *tk = x->d->tokens;
    size_t n = x->d->n_tokens;
    long open = quote_over_words(tk, n, i, 1), close = quote_over_words(tk, n, i, -1);
    if (open >= 0) /* i opens it: a word after the closing mark */
        return (size_t)open + 1 < n && tk[open + 1].kind == WT_TOK_WORD;
    return close >= 0 && i + 1 < n && tk[i + 1].kind == WT_TOK_WORD;
}

/* where a verb's clause ends: a subordinate clause or a quotation begins */
static bool clause_end(const ectx *x, size_t i)
{
    const char *w = x->w[i];
    return wt_is(w, "agar") || wt_is(w, "supaya") || wt_is(w, "bahwa") || wt_is(w, "karena") ||
           wt_is(w, "sehingga") || wt_is(w, "setelah") || wt_is(w, "sebelum") || wt_is(w, "ketika") ||
           (x->d->tokens[i].kind == WT_TOK_QUOTE && !scare_quote(x, i));
}

/* "mengimbau para pemimpin dunia untuk mengikuti Amerika Serikat",
 * "mengajak para pelaku usaha di Tanah Air untuk ... ekspor ke Amerika":
 * after a verb whose object is who is asked (not what is called for, as
 * "menyerukan resolusi damai untuk krisis ..." has it), the one asked or
 * invited is the common noun right after the verb, up to the "untuk",
 * "agar" or "supaya" of what is asked; a name in that clause is no
 * partner. A name before it ("mendesak pemerintah Jepang untuk ...")
 * decides as ever; a name after a place word ("di Tanah Air") does not
 * end the noun. */
static bool asked_unnamed(const ectx *x, size_t pe, size_t se)
{
    static const char *const NOT_NOUN[] = {"kepada", "pada", "agar", "supaya", "untuk", "bahwa", "dengan", "oleh",
                                           "ke", "di", "dari", "semua", "seluruh", "segera", "tidak", NULL};
    if (pe + 1 < se && !strcmp(x->w[pe], ",")) /* "mengajak, para ...": a stray comma */
        pe++;
    bool counted = pe + 1 < se && x->d->tokens[pe].kind == WT_TOK_NUMBER; /* "18 mahasiswa" */
    if (counted)
        pe++;
    if (pe >= se || x->ent[pe] >= 0 || x->d->tokens[pe].kind != WT_TOK_WORD ||
        !islower((unsigned char)x->w[pe][0]) || wt_one_of(x->w[pe], NOT_NOUN))
        return false;
    for (size_t i = pe + 1; i < se && i < pe + 12; i++) {
        const char *w = x->w[i];
        if (wt_is(w, "untuk") || wt_is(w, "agar") || wt_is(w, "supaya"))
            return true;
        if (x->d->tokens[i].kind != WT_TOK_WORD)
            return false;
        size_t st = x->ent[i] >= 0 ? (size_t)mention_start(x, i) : 0;
        if (x->ent[i] >= 0 && !(st > pe && place_word(x->w[st - 1])))
            return false;
    }
    return false;
}

/* "menyerukan untuk mengejar perdamaian dengan Palestina", "menyerukan
 * perdamaian dengan Palestina": a call to act, or for a thing, that names
 * nobody asked; the one after "dengan" or "bersama" in it is the partner
 * of the act called for, not the one asked */
static bool partner_of_the_act_asked(const ectx *x, size_t pe, size_t se, int a2)
{
    static const char *const TO[] = {"kepada", "pada", "agar", "supaya", "terhadap", "bagi", "dengan", NULL};
    bool thing = pe < se && x->ent[pe] < 0 && x->d->tokens[pe].kind == WT_TOK_WORD &&
                 islower((unsigned char)x->w[pe][0]) && !wt_one_of(x->w[pe], TO);
    if (pe + 1 >= se || (!wt_is(x->w[pe], "untuk") && !thing) || x->ent[pe + 1] >= 0)
        return false;
    size_t k = first_mention(x, pe, se, a2);
    return k > pe + 1 && k < se && (wt_is(x->w[k - 1], "dengan") || wt_is(x->w[k - 1], "bersama"));
}

/* "mengutuk serangan ke Arab Saudi": the object is an attack; the
 * country after "ke", "terhadap" or "di" is its victim, not the target */
static bool attack_noun(const char *w)
{
    return wt_is(w, "serangan") || wt_is(w, "serbuan") || wt_is(w, "pengeboman") || wt_is(w, "penembakan") ||
           wt_is(w, "agresi") || wt_is(w, "invasi") || wt_is(w, "insiden");
}

/* a word for the one who stands behind a deed, before the deed's noun
 * ("di balik serangan", "dalang serangan", "pelaku serangan") */
static bool behind_word(const char *w)
{
    return wt_is(w, "balik") || wt_is(w, "dalang") || wt_is(w, "pelaku") || wt_is(w, "otak");
}

/* a preposition that makes the attack noun after it a thing talked
 * about or suffered ("terhadap serangan udara Israel", "tewas dalam
 * serangan ..."); "dengan" and "melalui" name the subject's means
 * ("membalas dengan serangan udara") and are not here */
static bool attack_talked_about(const char *w)
{
    static const char *const P[] = {"terhadap", "atas", "akan", "tentang", "mengenai", "soal",
                                    "dari",     "pada", "oleh", "dalam", "sejak",    NULL};
    return wt_one_of(w, P);
}

/* a noun of a plan or a possibility: an attack named as its complement
 * ("daftar target serangan udara", "opsi serangan", "rencana serangan")
 * has not been made */
static bool attack_in_prospect(const char *w)
{
    static const char *const P[] = {"target", "sasaran", "daftar", "opsi", "pilihan", "rencana", "ancaman",
                                    "kemungkinan", "potensi", "risiko", "rancangan", "skenario", NULL};
    return wt_one_of(w, P);
}

/* a noun whose complement is a matter, not a party ("isu Palestina",
 * "krisis Suriah", "status kedaulatan Papua") */
static bool topic_noun(const char *w)
{
    static const char *const T[] = {"isu", "masalah", "soal", "persoalan", "konflik", "krisis",
                                    "situasi", "nasib", "kedaulatan", "kemerdekaan"};
    for (size_t i = 0; i < WT_ARRAY_LEN(T); i++)
        if (wt_is(w, T[i]))
            return true;
    return false;
}

/* a noun of what befalls someone ("pemecatan Bolton", "kematian
 * Khashoggi", "penangkapan aktivis itu"), or of the dead ("makam
 * Habibie", "rumah duka Habibie", "jenazah"): the one it befalls is no
 * party to an act upon it ("Rouhani menyambut baik pemecatan Bolton" is
 * no support for Bolton, "mengecam pembunuhan X" no blame of X, a visit
 * to a grave no meeting) */
static bool fate_noun(const char *w)
{
    static const char *const F[] = {"pemecatan", "pencopotan", "pengunduran", "kekalahan", "kematian",
                                    "wafatnya",  "tewasnya",   "penangkapan", "penahanan", "pembunuhan",
                                    "pemakzulan", "pembebasan", "lengsernya", "kepergian", "makam",
                                    "pusara",    "jenazah",    "jasad",       "duka",      "pemakaman",
                                    "persemayaman", "nisan",   NULL};
    return wt_one_of(w, F);
}

/* a noun of what befalls someone governs the phrase of the mention at
 * st, after the verb at t: within six words before it, with no mark
 * or word that opens another phrase between ("pemecatan Penasihat
 * Keamanan Nasional AS John Bolton", "pembunuhan diplomat Rusia Andrei
 * Karlov"; not "penangkapan aktivis oleh polisi China", whose police
 * act) */
static bool befalls(const ectx *x, size_t t, size_t st)
{
    static const char *const OPENS[] = {"oleh", "dan", "serta", "dengan", "di", "ke", "dari", "yang", "atas",
                                        "terhadap", "kepada", "untuk", NULL};
    for (size_t k = st; k > t && k + 6 > st; k--) {
        const char *w = x->w[k - 1];
        if (fate_noun(w))
            return true;
        if ((x->d->tokens[k - 1].kind != WT_TOK_WORD && x->d->tokens[k - 1].kind != WT_TOK_ABBREV) ||
            wt_one_of(w, OPENS))
            return false;
    }
    return false;
}

/* a preposition of the partner at i and people or a group named by a
 * common noun after it ("dengan para investor", "oleh ayahnya", "pada
 * pihak-pihak"; not "pada pekan lalu", nor "serangan terhadap ladang
 * minyak di Arab Saudi", whose place is the target's) */
static bool group_after(const ectx *x, size_t i)
{
    const char *w = x->w[i];
    bool pada = wt_is(w, "pada") && (wt_is(x->w[i + 1], "para") || !strncmp(x->w[i + 1], "pihak", 5));
    return (pada || wt_is(w, "oleh") || wt_is(w, "dengan") || wt_is(w, "bersama") || wt_is(w, "kepada")) &&
           x->ent[i + 1] < 0 && x->d->tokens[i + 1].kind == WT_TOK_WORD && islower((unsigned char)x->w[i + 1][0]) &&
           !pronoun(x->w[i + 1]);
}

static bool speaks_for_state(const ectx *x, int a);
static int entity_right_after(const ectx *x, size_t pe, size_t se, const char *const *preps);

/* "tidak puas atas pertemuan Wong dengan Maas": of a meeting between a
 * person who holds no office and an official, the official's side is the
 * party; e is the entity at [st, i], else e itself. */
static int official_met(const ectx *x, size_t st, size_t i, size_t se, int e)
{
    if (st == 0 || x->d->entities[e].type != WT_ENT_PER || speaks_for_state(x, e) ||
        !(wt_is(x->w[st - 1], "pertemuan") || wt_is(x->w[st - 1], "kunjungan") ||
          wt_is(x->w[st - 1], "pembicaraan")))
        return e;
    while (i + 1 < se && x->ent[i + 1] == e)
        i++;
    static const char *const WITH[] = {"dengan", NULL};
    int other = i + 2 < se && wt_is(x->w[i + 1], "dengan") ? entity_right_after(x, i + 1, se, WITH) : -1;
    return other >= 0 && other != e && speaks_for_state(x, other) ? other : e;
}

/* a verb that lists what the noun before its "yang" is made of ("49
 * kapal asing, yang terdiri dari 18 kapal Vietnam ...") */
static bool listing(const char *w)
{
    return wt_is(w, "terdiri") || wt_is(w, "meliputi") || wt_is(w, "berasal") || wt_is(w, "termasuk") ||
           wt_is(w, "antara");
}

/* "menjual senjata yang mengandung komponen buatan di Jerman": a place in
 * a relative clause describes a noun, not where the act is */
static bool relative_between(const ectx *x, size_t t, size_t st)
{
    for (size_t k = t; k < st; k++)
        if (wt_is(x->w[k], "yang"))
            return true;
    return false;
}

static bool conjunction(const char *w)
{
    return wt_is(w, "dan") || wt_is(w, "serta") || wt_is(w, "atau") || wt_is(w, "maupun");
}

/* The mention ending before i and a2's mention right after it are names
 * of one list ("dukungan dari New Zealand, Kolombia, AS, Eropa", "dukungan
 * Rusia dan China"): they share their part, and neither acts upon the
 * other in a directed act (in a mutual one, "kunjungan ... kerja sama
 * Indonesia dan Ethiopia", the two are its parties). A comma alone joins
 * a list only where the list goes on after a2 ("Dengan dukungan Amerika
 * Serikat, Arab Saudi berusaha ...": no list); "antara A dan B" names
 * the two sides, and is no list. */
static bool listed_with(const ectx *x, size_t i, size_t se, int a2)
{
    size_t k = i;
    bool joined = false;
    while (k < se && (!strcmp(x->w[k], ",") || conjunction(x->w[k]))) {
        joined |= conjunction(x->w[k]);
        k++;
    }
    /* "pasukan pemerintah dukungan Arab Saudi dan kelompok Houthi": a
     * common noun may stand before the next name of the list */
    for (int n = 0; joined && n < 2 && k < se && x->ent[k] < 0 && x->d->tokens[k].kind == WT_TOK_WORD &&
                    islower((unsigned char)x->w[k][0]);
         n++)
        k++;
    if (k == i || k >= se || x->ent[k] != a2)
        return false;
    size_t first = (size_t)mention_start(x, i - 1);
    if (first > 0 && wt_is(x->w[first - 1], "antara"))
        return false;
    while (k < se && x->ent[k] == a2)
        k++;
    return joined || (k < se && (!strcmp(x->w[k], ",") || conjunction(x->w[k])));
}

/* An active verb at token i, per the parse: a word of a verb's class
 * written with "me-" or "ber-". */
static bool predicate_at(const ectx *x, size_t i)
{
    const wt_dep *dep = x->d->deps;
    const char *w = x->w[i];
    if (!dep || !dep[i].upos || strcmp(dep[i].upos, "VERB"))
        return false;
    return (w[0] == 'm' && w[1] == 'e') || (w[0] == 'b' && w[1] == 'e' && w[2] == 'r');
}

/* "menawarkan dana ... untuk menggantikan bantuan dari Taiwan": a place
 * after "dari" and a noun (per the parse) is where a thing comes from,
 * not where the act goes */
static bool origin_of_a_thing(const ectx *x, size_t st)
{
    const wt_dep *dep = x->d->deps;
    return dep && st >= 2 && wt_is(x->w[st - 1], "dari") && dep[st - 2].upos && !strcmp(dep[st - 2].upos, "NOUN");
}

static int actor_after(const ectx *x, size_t t, size_t se, int not_this, bool allow_place)
{
    int fallback = -1;
    /* "mengutuk serangan", "mengutuk keras serangan" */
    bool attack = (t < se && attack_noun(x->w[t])) || (t + 1 < se && attack_noun(x->w[t + 1]));
    bool victims = false; /* after "serangan ... ke/terhadap": the attacked */
    bool attack_named = false;
    /* "menuntut agar pemerintah mengusir pasukan AS": the one asked is
     * the common noun after "agar"; the names in its clause are not */
    if (t + 1 < se && (wt_is(x->w[t], "agar") || wt_is(x->w[t], "supaya")) && x->ent[t + 1] < 0 &&
        x->d->tokens[t + 1].kind == WT_TOK_WORD && islower((unsigned char)x->w[t + 1][0]))
        return -1;
    /* "menyerukan semua negara untuk ... mengutuk serangan Iran": everyone
     * is asked; the name in what they are asked to do is no partner */
    if (t + 1 < se && (wt_is(x->w[t], "semua") || wt_is(x->w[t], "seluruh")) &&
        (wt_is(x->w[t + 1], "negara") || wt_is(x->w[t + 1], "negara-negara") || wt_is(x->w[t + 1], "pihak")))
        return -1;
    for (size_t i = t; i < se; i++) {
        if (i > t && clause_end(x, i))
            break;
        /* "bekerja sama dengan Interpol, menerbitkan red notice, dan
         * meminta kepolisian Singapura ...": an active verb after a comma
         * (per the parse) opens the subject's next predicate; names there
         * are its partners, not this act's */
        if (i > t && i + 1 < se && !strcmp(x->w[i], ",") && predicate_at(x, i + 1))
            break;
        /* "menolak legislasi ekstradisi, yang memungkinkan warga diadili di
         * Cina": a relative clause after a comma describes the object */
        if (i > t && i + 2 < se && !strcmp(x->w[i], ",") && wt_is(x->w[i + 1], "yang") && !listing(x->w[i + 2]))
            break;
        /* "membatalkan pertemuan itu bakal membuat AS ...": a future
         * outside a relative clause opens the predicate of a new clause */
        if (i > t && (wt_is(x->w[i], "akan") || wt_is(x->w[i], "bakal")) && !wt_is(x->w[i - 1], "yang"))
            break;
        /* "berjanji setelah pulang dari AS akan membagikan ...": a clause
         * of time or cause opened after the phrase holds no partner of it */
        if (i == t && subordinator(x->w[i]))
            break;
        /* "meminta pada pihak-pihak yang bertikai di Yaman": the partner
         * is written, a group; the place after it is where they are */
        if (i < t + 2 && i + 1 < se && group_after(x, i))
            allow_place = false;
        /* "menuduh ... berada di balik serangan drone ke fasilitas
         * minyak Saudi": the attacked, in an attack someone is said to
         * stand behind or answer for, is no party of the act that says it
         * ("mengancam memperluas serangan ke Arab Saudi" still threatens
         * Saudi Arabia) */
        if (i > t + 1 && attack_noun(x->w[i]) && behind_word(x->w[i - 1]))
            attack_named = true;
        if ((attack || attack_named) &&
            (wt_is(x->w[i], "ke") || wt_is(x->w[i], "terhadap") || wt_is(x->w[i], "milik")))
            victims = true;
        else if (victims && (wt_is(x->w[i], "oleh") || wt_is(x->w[i], "sebagai") || wt_is(x->w[i], "dari")))
            victims = false; /* "... sebagai tindakan perang Iran": the attacker again */
        int e = x->ent[i];
        if (e < 0 || e == not_this || title_country(x, i, se))
            continue;
        /* "Sekretaris Jenderal PBB Antonio Guterres": the body in a
         * person's title is the person's; the person is the party */
        if (x->d->entities[e].type == WT_ENT_ORG) {
            size_t j = i;
            while (j + 1 < se && x->ent[j + 1] == e)
                j++;
            size_t k = j + 1; /* "Kepala Rostec Rusia Sergei Chemezov": a country of the title between */
            if (k < se && x->ent[k] >= 0 && x->ent[k] != e && title_country(x, k, se))
                while (k < se && x->ent[k] == x->ent[j + 1])
                    k++;
            if (k + 1 < se && !strcmp(x->w[k], ",")) /* "Sekjen PBB, António Guterres": an apposition */
                k++;
            if (k < se && x->ent[k] >= 0 && x->d->entities[x->ent[k]].type == WT_ENT_PER) {
                i = j;
                continue;
            }
        }
        size_t st = (size_t)mention_start(x, i);
        /* "konser grup vokal asal Irlandia": where a thing or person comes
         * from is no party */
        if (st > t && (topic_noun(x->w[st - 1]) || befalls(x, t, st) ||
                       (!x->upon_people && wt_is(x->w[st - 1], "asal")))) {
            while (i + 1 < se && x->ent[i + 1] == e)
                i++;
            continue; /* "penyelesaian isu Palestina": what is discussed, no party */
        }
        /* "mendukung perjanjian nuklir 2015 antara Iran dan negara-negara
         * besar": the parties of a thing a verb acts upon, named after
         * "antara", are not the act's (a noun's "kunjungan ini untuk
         * mempererat persahabatan antara A dan B" still names its own) */
        if (!x->noun && st > t + 1 && wt_is(x->w[st - 1], "antara")) {
            while (i + 1 < se && x->ent[i + 1] == e)
                i++;
            /* and the other of the two: "antara Malaysia dan Indonesia" */
            if (i + 2 < se && (wt_is(x->w[i + 1], "dan") || wt_is(x->w[i + 1], "serta")) && x->ent[i + 2] >= 0) {
                int other = x->ent[i + 2];
                i += 2;
                while (i + 1 < se && x->ent[i + 1] == other)
                    i++;
            }
            continue;
        }
        if (st > t && !x->upon_people && people_from(x, t, st)) {
            while (i + 1 < se && x->ent[i + 1] == e)
                i++;
            /* "masyarakat Belgia dan Uni Eropa": the list shares the people */
            while (i + 2 < se && (conjunction(x->w[i + 1]) || !strcmp(x->w[i + 1], ",")) && x->ent[i + 2] >= 0) {
                int other = x->ent[i + 2];
                i += 2;
                while (i + 1 < se && x->ent[i + 1] == other)
                    i++;
            }
            continue; /* "bertemu mahasiswa Papua": people from a place, no party */
        }
        bool placed = victims || (st > 0 && place_word(x->w[st - 1]) && !wt_is(x->w[st - 1], "ke"));
        const wt_entity *en = &x->d->entities[e];
        if (!placed)
            return official_met(x, st, i, se, e);
        /* "berpartisipasi dalam proyek di Vietnam": a country the act is
         * in may be its partner; a city is where it happens ("bertemu di
         * Hanoi", "pertemuan dengan investor di Tokyo"), unless the act is
         * a visit ("tiba di Moskow") */
        if (allow_place && !attack && !victims && fallback < 0 && en->type == WT_ENT_LOC && en->country &&
            (x->visit || is_country(x, en)) && !relative_between(x, t, st) && !origin_of_a_thing(x, st))
            fallback = e;
        while (i + 1 < se && x->ent[i + 1] == e)
            i++;
    }
    return fallback;
}

/* An actor whose acts stand for its state: a country or a capital, a
 * body, or a person in a state office. A company or its director with a
 * country has one, yet the partner of its deal is not the other state of
 * the story. */
static bool speaks_for_state(const ectx *x, int a)
{
    if (a < 0)
        return false;
    const wt_entity *en = &x->d->entities[a];
    size_t n = strlen(en->name);
    if (en->type == WT_ENT_ORG && (!strncmp(en->name, "PT ", 3) || (n > 4 && !strcmp(en->name + n - 4, " Tbk"))))
        return false; /* a company: "PT Dirgantara Indonesia", "... Tbk" */
    if (en->type != WT_ENT_PER)
        return true;
    static const char *const STATE_ROLES[] = {
        "head_of_state",    "head_of_government", "deputy_head_of_government", "vice_president", "foreign_minister",
        "defence_minister", "minister",           "deputy_minister",           "ambassador",     "spokesperson",
        "military_commander", "military_officer", "royal",                     "chair",          "deputy_chair",
        "legislator",       "party_leader",       "international_official",    "director_general"};
    for (size_t k = 0; en->role && k < sizeof STATE_ROLES / sizeof *STATE_ROLES; k++)
        if (!strcmp(en->role, STATE_ROLES[k]))
            return true;
    return false;
}

/* "Aktivis Joshua Wong terbang ke Berlin": a person who holds no office
 * travels; only an official's journey is a visit between states */
static bool private_travel(const ectx *x, const pattern *p, int a1)
{
    return !strcmp(p->mode, "visit") && a1 >= 0 && x->d->entities[a1].type == WT_ENT_PER && !speaks_for_state(x, a1);
}

/* "Duta Besar Inggris Owen Jenkins mengunjungi rumah duka di Jakarta
 * Selatan": an envoy goes about the country of his posting, where he
 * lives; his journey to a town or a region (not to a country) is no
 * visit between states */
static bool envoy_at_post(const ectx *x, const pattern *p, int a1, const wt_event_actor *A2)
{
    if (strcmp(p->mode, "visit") || a1 < 0 || A2->entity < 0)
        return false;
    const wt_entity *en = &x->d->entities[a1], *to = &x->d->entities[A2->entity];
    return en->type == WT_ENT_PER && en->role && !strcmp(en->role, "ambassador") && to->type == WT_ENT_LOC &&
           !is_country(x, to);
}

static bool manner_noun(const char *w)
{
    return wt_is(w, "perilaku") || wt_is(w, "sikap") || wt_is(w, "nada") || wt_is(w, "retorika") ||
           wt_is(w, "gaya") || wt_is(w, "kebijakan");
}

/* "China, melalui sarana moneter dan diplomatiknya, telah menyerang
 * Taiwan", "menyerang secara verbal": an attack by means that are no
 * force (money, diplomacy, words) is a figure of speech, no assault. The
 * means are named within eight words of the verb at t, in [b, e), after
 * "melalui", "lewat", "dengan", "secara", "sarana" or "cara" up to three
 * words before them. */
static bool attack_by_other_means(const ectx *x, size_t b, size_t t, size_t e)
{
    static const char *const MEANS[] = {"moneter", "diplomatik", "diplomatiknya", "ekonomi", "verbal", "retorika",
                                        "kata-kata", "finansial", "propaganda", "narasi", NULL};
    static const char *const BY[] = {"melalui", "lewat", "dengan", "secara", "sarana", "cara", NULL};
    size_t from = t > b + 8 ? t - 8 : b, to = t + 9 < e ? t + 9 : e;
    for (size_t i = from; i < to; i++) {
        if (!wt_one_of(x->w[i], MEANS))
            continue;
        for (size_t k = i; k-- > from && k + 4 > i;)
            if (wt_one_of(x->w[k], BY))
                return true;
    }
    return false;
}

/* the story's other country (not c1) is named in sentence s or the two
 * before it: a denial answers an accuser named near it */
static bool other_named_near(const ectx *x, size_t s, const char *c1)
{
    const char *other = !strcmp(c1, x->pair[0]) ? x->pair[1] : x->pair[0];
    size_t from = x->d->sentences[s >= 2 ? s - 2 : 0].tok_begin, to = x->d->sentences[s].tok_end;
    for (size_t i = from; i < to; i++) {
        int en = x->ent[i];
        if (en >= 0 && x->d->entities[en].country && !strcmp(x->d->entities[en].country, other))
            return true;
    }
    return false;
}

/* a number word or quantifier before a noun */
static bool quantity_word(const char *w)
{
    static const char *const Q[] = {"dua", "tiga", "empat", "lima", "puluhan", "ratusan", "ribuan", "beberapa",
                                    "sejumlah", "banyak", "para", NULL};
    return wt_one_of(w, Q);
}

/* "bertemu dan berkoordinasi untuk mendapatkan klarifikasi dari Lion
 * Grup": an organisation of no country after a preposition of a party
 * in the clause after the phrase (tokens [pe, e)) is the one the meeting
 * was with ("semangat masyarakat ASEAN" names none) */
static bool stateless_body_after(const ectx *x, size_t pe, size_t e)
{
    static const char *const PARTY[] = {"dari", "dengan", "kepada", "bersama", "oleh", NULL};
    for (size_t i = pe + 1; i < e; i++) {
        int en = x->ent[i];
        if (en >= 0 && x->ent[i - 1] != en && wt_one_of(x->w[i - 1], PARTY) &&
            x->d->entities[en].type == WT_ENT_ORG && !x->d->entities[en].country)
            return true;
    }
    return false;
}

/* "disambut oleh ayahnya", "bertemu dengan para investor": the partner
 * is written, a person or group that is no state; no other is implied */
static bool partner_written(const ectx *x, size_t pe, size_t se)
{
    /* from the phrase's last word: "bekerja sama dengan" ends in one */
    for (size_t i = pe - 1; i + 1 < se && i < pe + 3; i++) {
        if (i > pe && clause_end(x, i))
            return false;
        static const char *const ALL[] = {"semua", "seluruh", "berbagai", NULL},
                                 *const PUBLIC[] = {"pihak", "masyarakat", "warga", "rakyat", "elemen", "kalangan",
                                                    "lapisan", "pemangku", "negara", "negara-negara", "bangsa",
                                                    "anak", "generasi", "umat", "komponen", "pemuda", NULL};
        if (i >= pe && i + 1 < se && wt_one_of(x->w[i], ALL) && wt_one_of(x->w[i + 1], PUBLIC))
            return true; /* "mengajak semua pihak": everyone, no state */
        if (group_after(x, i) || (i >= pe && x->ent[i] < 0 && private_people(x->w[i])))
            return true; /* "bertemu mahasiswa Papua" */
        /* "saya bertemu dengan beliau": a person the pronoun stands for,
         * never a state named around it */
        if ((wt_is(x->w[i], "dengan") || wt_is(x->w[i], "bersama") || wt_is(x->w[i], "kepada")) && i + 1 < se &&
            person_pronoun(x->w[i + 1]))
            return true;
        /* "bertemu dengan 12 mahasiswa kita", "dengan ratusan pengusaha" */
        if ((wt_is(x->w[i], "dengan") || wt_is(x->w[i], "bersama") || wt_is(x->w[i], "kepada")) && i + 2 < se &&
            x->ent[i + 1] < 0 && (isdigit((unsigned char)x->w[i + 1][0]) || quantity_word(x->w[i + 1])) &&
            x->ent[i + 2] < 0 && private_people(x->w[i + 2]))
            return true;
    }
    /* "bekerja sama dengan Interpol, ...": a name the tagger did not
     * know, no title, right after the phrase's "dengan" or "kepada" */
    if (pe < se && pe > 0 && (wt_is(x->w[pe - 1], "dengan") || wt_is(x->w[pe - 1], "kepada")) && x->ent[pe] < 0 &&
        x->d->tokens[pe].kind == WT_TOK_WORD && isupper((unsigned char)x->w[pe][0])) {
        const char *r;
        if (!wt_title_at(x->t->titles, x->w, se, pe, &r))
            return true;
    }
    /* "menawarkan program ... untuk dimanfaatkan oleh masyarakat Belgia":
     * the ones it is for are written, the people of a country */
    for (size_t i = pe; i < se; i++) {
        if (i > pe && (clause_end(x, i) || wt_is(x->w[i], "yang")))
            break; /* "kunjungan delegasi Thailand yang memperkuat ... masyarakat ASEAN" */
        if (x->ent[i] >= 0 && people_from(x, pe, (size_t)mention_start(x, i)))
            return true;
    }
    /* "tiba di lokasi", "berkunjung ke sana": the visit's place is
     * written, and it is no state we know */
    if (x->visit && pe < se && (wt_is(x->w[pe - 1], "di") || wt_is(x->w[pe - 1], "ke")) &&
        ((x->ent[pe] < 0 && x->d->tokens[pe].kind == WT_TOK_WORD) ||
         (x->ent[pe] >= 0 && x->d->entities[x->ent[pe]].type == WT_ENT_LOC && !x->d->entities[x->ent[pe]].country)))
        return true; /* "tiba di Lanud Roesmin Nurjadin Pekanbaru": a place we cannot place */
    /* "mengunjungi daerah-daerah di Papua", "mengunjungi pabrik",
     * "mengunjungi masjid": a place of the country itself, or a building,
     * written as a common noun */
    static const char *const PLACES[] = {
        "daerah", "daerah-daerah", "wilayah", "kota",    "desa",    "kampung",   "lokasi",  "provinsi",
        "kabupaten", "pulau",      "pabrik",  "kantor",  "kawasan", "pasar",     "sekolah", "rumah",
        "korban", "masjid",        "gereja",  "pura",    "vihara",  "klenteng",  "museum",  "stadion",
        "bandara", "pelabuhan",    "kampus",  "pesantren", "makam", "posko",     NULL};
    return x->visit && pe < se && x->ent[pe] < 0 && wt_one_of(x->w[pe], PLACES);
}

/* A visit to the dead's home or grave ("berkunjung ke kediaman almarhum",
 * "ke rumah duka", "ke makam ..."): it pays respects; nobody is met there
 * for a state, wherever the home lies */
static bool respects_paid(const ectx *x, size_t pe, size_t se)
{
    static const char *const HOME[] = {"kediaman", "rumah", NULL},
                             *const DEAD[] = {"almarhum", "almarhumah", "mendiang", "duka", NULL},
                             *const GRAVE[] = {"makam", "pusara", "pemakaman", NULL};
    size_t i = pe < se && (wt_is(x->w[pe], "ke") || wt_is(x->w[pe], "di")) ? pe + 1 : pe;
    if (i >= se || x->ent[i] >= 0)
        return false;
    return wt_one_of(x->w[i], GRAVE) || (i + 1 < se && wt_one_of(x->w[i], HOME) && wt_one_of(x->w[i + 1], DEAD));
}

/* A noun at t in a phrase that opens the sentence after a preposition
 * of time ("Segera setelah kunjungan Erdogan, Kepala Rostec Rusia ...
 * mengatakan"): the phrase ends at its comma, and the names after it are
 * the main clause's. Returns where the noun's partners may be looked
 * for: up to that comma, else se. */
static size_t fronted_phrase_end(const ectx *x, size_t sb, size_t t, size_t se)
{
    static const char *const WHEN[] = {"setelah", "usai", "seusai", "sesudah", "sebelum", "selama", "menjelang",
                                       "jelang", "sejak", NULL};
    size_t c = opener_comma(x, sb, t, se, WHEN, true);
    return c != SIZE_MAX ? c : se;
}

/* "DPR dan pemerintah telah sepakat": the subject joins the actor to a
 * party written as a common noun; the act is between them, no other
 * country is implied */
static bool partner_in_subject(const ectx *x, size_t sb, size_t t)
{
    static const char *const ADV[] = {"telah", "sudah", "juga", "akhirnya", "pun", "kini", "sama-sama", NULL};
    size_t i = t;
    while (i > sb && wt_one_of(x->w[i - 1], ADV))
        i--;
    return i >= sb + 2 && x->ent[i - 1] < 0 && x->d->tokens[i - 1].kind == WT_TOK_WORD &&
           islower((unsigned char)x->w[i - 1][0]) && wt_is(x->w[i - 2], "dan");
}

static bool pair_words(const char *const *w, size_t n, size_t i, size_t *len)
{
    if (i + 1 < n && wt_is(w[i], "kedua") &&
        (wt_is(w[i + 1], "negara") || wt_is(w[i + 1], "pihak") || wt_is(w[i + 1], "pemimpin"))) {
        *len = 2;
        return true;
    }
    if (i + 2 < n && wt_is(w[i], "kedua") && wt_is(w[i + 1], "belah") && wt_is(w[i + 2], "pihak")) {
        *len = 3;
        return true;
    }
    if (i < n && (wt_is(w[i], "keduanya") || wt_is(w[i], "kedua-duanya"))) {
        *len = 1;
        return true;
    }
    return false;
}

/* the document's two most named countries (persons count for theirs),
 * each named at least twice: a country named once in passing ("negara
 * tetangga Malaysia pun ikut merasakan dampak") is not what the story is
 * about */
static void find_pair(ectx *x)
{
    const char *code[64];
    size_t count[64], n = 0;
    for (size_t e = 0; e < x->d->n_entities; e++) {
        const wt_entity *en = &x->d->entities[e];
        if (!en->country || en->type == WT_ENT_ORG)
            continue;
        size_t k = 0;
        while (k < n && strcmp(code[k], en->country))
            k++;
        if (k == n) {
            if (n == 64)
                continue;
            code[n] = en->country;
            count[n++] = 0;
        }
        count[k] += en->n_mentions;
    }
    x->pair[0] = x->pair[1] = NULL;
    size_t second = 0, third = 0;
    for (int r = 0; r < 2; r++) {
        size_t best = 1;
        for (size_t k = 0; k < n; k++)
            if (count[k] > best && (!r || code[k] != x->pair[0])) {
                best = count[k];
                x->pair[r] = code[k];
            }
        second = best;
    }
    for (size_t k = 0; k < n; k++)
        if (code[k] != x->pair[0] && code[k] != x->pair[1] && count[k] > third)
            third = count[k];
    /* "Rusia" 9, "Iran" 8, "Turki" 6, "Arab Saudi" 5: no two the story is about */
    x->pair_clear = x->pair[1] && third * 2 <= second;
}

/* "menolak berkomentar", "menolak untuk diidentifikasi": declining to
 * comment or to be named is no rejection between parties; "menolak untuk
 * mengesampingkan opsi", "menolak menutup kemungkinan": refusing to rule
 * something out keeps it open, the opposite of a rejection */
static bool declines_comment(const ectx *x, size_t pe, size_t se)
{
    static const char *const W[] = {"berkomentar",  "mengomentari",     "komentar",   "diidentifikasi",
                                    "disebutkan",   "disebut",          "menjawab",   "memberikan",
                                    "mengungkapkan", "menjelaskan",     "mengesampingkan", "menutup",
                                    "menepis",      "mengecualikan",    NULL};
    size_t i = pe;
    if (i < se && wt_is(x->w[i], "untuk"))
        i++;
    return i < se && wt_one_of(x->w[i], W);
}

/* An actor that can be a party to relations between states: one with a
 * country (a state, its capital, its officials and bodies) or an
 * international organisation the knowledge base knows, its bodies and
 * its officials. A town, a news agency, a person without a country is
 * none. */
static bool political(const ectx *x, const wt_event_actor *a)
{
    if (!a->name)
        return a->country != NULL;
    wt_kb_kind k;
    const wt_kb_entity *e = wt_kb_lookup(x->t->kb, a->name, strlen(a->name), &k);
    /* a news agency or a platform reports, a brand trades; neither is
     * a party */
    if ((wt_kb_kind_is(e, "media") || wt_kb_kind_is(e, "brand")) && k == WT_KB_ORG)
        return false;
    /* a town or region stands for no government (a capital does) */
    if (e && k == WT_KB_PLACE)
        return false;
    if (a->country)
        return true;
    /* the UN's secretary-general: an office of no state */
    if (e && k == WT_KB_PERSON && !e->country)
        return true;
    /* "Majelis Umum PBB": a body of an international organisation, named
     * by the words that end its name */
    for (const char *p = strchr(a->name, ' '); !e && p; p = strchr(p + 1, ' '))
        e = wt_kb_lookup(x->t->kb, p + 1, strlen(p + 1), &k);
    return e && k == WT_KB_ORG && !e->country &&
           (wt_kb_kind_is(e, "intergovernmental") || wt_kb_kind_is(e, "forum"));
}

/* a word for those who act for a state, before its name ("utusan
 * Solomon", "pemerintah Australia", "pihak Jerman") */
static bool envoy_noun(const char *w)
{
    return wt_is(w, "utusan") || wt_is(w, "pemerintah") || wt_is(w, "pihak") || wt_is(w, "delegasi") ||
           wt_is(w, "otoritas");
}

/* The entity written right after a phrase ending at pe, past one of the
 * words of preps ("oleh", "kepada") and a title's capitalised words
 * before the name; -1 when another word comes first. */
static int entity_right_after(const ectx *x, size_t pe, size_t se, const char *const *preps)
{
    size_t o = pe;
    if (o < se && wt_one_of(x->w[o], preps))
        o++;
    while (o < se && o < pe + 4 && x->ent[o] < 0 && ((x->d->tokens[o].flags & WT_TF_CAP) || envoy_noun(x->w[o])))
        o++;
    return o < se ? x->ent[o] : -1;
}

/* "Dengan ini pemerintah memutuskan hubungan diplomatik ...," kata Menlu
 * Taiwan: inside a direct quote, "kami", "kita" or "pemerintah" as the
 * verb's subject is the speaker's side; the speaker acts for the state.
 * The entity, or -1; *at is where the speaker's name is. */
static int speaker_as_subject(const ectx *x, size_t sb, size_t t, size_t *at)
{
    bool we = false;
    for (size_t i = t; i-- > sb && i + 4 >= t && !we;)
        we = first_person(x->w[i]) || wt_is(x->w[i], "pemerintah");
    if (!we)
        return -1;
    uint32_t pos = x->d->tokens[t].start;
    for (size_t q = 0; q < x->d->n_quotes; q++) {
        const wt_quote *qu = &x->d->quotes[q];
        if (qu->start > pos || pos >= qu->end || qu->speaker < 0 || !qu->kind || strcmp(qu->kind, "direct"))
            continue;
        if (!speaks_for_state(x, qu->speaker) || !x->d->entities[qu->speaker].country)
            return -1;
        *at = t; /* written elsewhere: no position in the clause */
        return qu->speaker;
    }
    return -1;
}

/* '"...," ujarnya, mengutuk serangan ...': a verb right after the cue of
 * a quotation just closed and a comma has the quote's speaker (a person)
 * for its subject; the entity, or -1 */
static int cue_subject(const ectx *x, size_t sb, size_t t, size_t *at)
{
    if (t < sb + 3 || strcmp(x->w[t - 1], ",") != 0 || !wt_double_mark(x->w[t - 3]))
        return -1;
    uint32_t pos = x->d->tokens[t - 2].start;
    for (size_t q = 0; q < x->d->n_quotes; q++) {
        const wt_quote *qu = &x->d->quotes[q];
        if (qu->speaker >= 0 && qu->cue_start <= pos && pos < qu->cue_end &&
            x->d->entities[qu->speaker].type == WT_ENT_PER) {
            *at = t; /* written elsewhere: no position in the clause */
            return qu->speaker;
        }
    }
    return -1;
}

/* What an event needs before it is asserted (precision first): a
 * political first actor; a second one that is political too or absent;
 * two different countries (a domestic affair is no relation between
 * states). */
static bool interstate(const ectx *x, const wt_event_actor *a1, const wt_event_actor *a2)
{
    if (!political(x, a1))
        return false;
    if (!a2->name && !a2->country)
        return true;
    if (!political(x, a2))
        return false;
    return !(a1->country && a2->country && strcmp(a1->country, a2->country) == 0);
}

/* What the words just before a phrase say of it (up to four words, not
 * across a comma): a plan, an obligation or a possibility is no happening
 * ("akan melakukan kunjungan", "harus menjatuhkan sanksi", "bisa hadir",
 * "seharusnya menyerukan"); a stated willingness is an intention ("siap
 * bertemu", "ingin bekerja sama", "terbuka untuk"). */
enum modality { M_ASSERTED, M_UNREAL, M_WILLING };

/* "mengikuti langkah Arab Saudi untuk ...": where "mengikuti" is when
 * the word before k ends a name after "mengikuti langkah", or SIZE_MAX */
static size_t followed_step(const ectx *x, size_t sb, size_t k)
{
    if (k < sb + 3 || x->ent[k - 1] < 0)
        return SIZE_MAX;
    size_t m = (size_t)mention_start(x, k - 1);
    if (m < sb + 2 || !wt_is(x->w[m - 1], "langkah") || !wt_is(x->w[m - 2], "mengikuti"))
        return SIZE_MAX;
    return m - 2;
}

static enum modality modality_before(const ectx *x, size_t sb, size_t t)
{
    static const char *const UNREAL[] = {"akan", "bakal", "hendak", "berencana", "rencananya", "direncanakan",
                                         "dijadwalkan", "harus", "perlu", "seharusnya", "semestinya", "sebaiknya",
                                         "bisa", "dapat", "mungkin", "diharapkan", "berharap", "mampu", "boleh",
                                         "diperkirakan", "berpotensi", "kemungkinan", "rencana", "agar", "supaya", "untuk",
                                         "upaya", /* "sebagai upaya menggelar pertemuan": an effort, not a deed */
                                         "diduga", "disebut-sebut", "konon", "dituduh", "dituding",
                                         "menuduh", "menuding", "menyalahkan",
                                         NULL}; /* and what is only suspected or alleged ("menuduh Iran melakukan serangan") */
    static const char *const WILLING[] = {"siap", "bersedia", "ingin", "berniat", "bertekad", "berkeinginan",
                                          "terbuka", "mau", "menawarkan", "mengajak", "mengundang", NULL};
    /* "Pihak UEA akan berkunjung ke Indonesia bulan depan, bertemu dengan
     * ...": a verb right after a comma goes on with the clause before,
     * and with its plan */
    if (t >= sb + 2 && !strcmp(x->w[t - 1], ",") && x->ent[t - 2] < 0)
        for (size_t i = t - 1; i-- > sb && i + 14 >= t && strcmp(x->w[i], ",") != 0;)
            if (wt_is(x->w[i], "akan") || wt_is(x->w[i], "bakal") || wt_is(x->w[i], "berencana") ||
                wt_is(x->w[i], "dijadwalkan") || wt_is(x->w[i], "hendak"))
                return M_UNREAL;
    for (size_t i = t; i-- > sb && i + 4 >= t;) {
        const char *w = x->w[i];
        if (!strcmp(w, ",") || !strcmp(w, "."))
            break;
        /* "memutuskan untuk mendukung": a decision taken is the act */
        if (wt_is(w, "untuk") && i > sb && (wt_is(x->w[i - 1], "memutuskan") || wt_is(x->w[i - 1], "sepakat")))
            return M_ASSERTED;
        /* "mengikuti langkah Arab Saudi untuk bergabung": a step followed
         * was taken */
        if (wt_is(w, "untuk") && followed_step(x, sb, i) != SIZE_MAX)
            return M_ASSERTED;
        /* "mereka akan membahas ... ketika mereka bertemu": a time clause
         * takes the tense of the clause it hangs on */
        if (wt_is(w, "ketika") || wt_is(w, "saat"))
            for (size_t k = sb; k < i; k++)
                if (wt_is(x->w[k], "akan") || wt_is(x->w[k], "bakal"))
                    return M_UNREAL;
        for (size_t k = 0; WILLING[k]; k++)
            if (wt_is(w, WILLING[k]))
                return M_WILLING;
        for (size_t k = 0; UNREAL[k]; k++)
            if (wt_is(w, UNREAL[k]))
                return M_UNREAL;
    }
    return M_ASSERTED;
}

/* "siap bertemu", "ingin bekerja sama": an intention to cooperate */
static const pattern INTENTION = {.n = 0, .type = "AGREE", .cameo = "030", .mode = "intend"};
/* a promise to do harm is a threat (CAMEO 130) */
static const pattern THREAT = {.n = 0, .type = "THREATEN", .cameo = "130", .mode = ""};
static const pattern PHONE = {.n = 0, .type = "CONSULT", .cameo = "041", .mode = "phone"};

/* "melakukan pembicaraan dengan Perdana Menteri Israel ... melalui
 * sambungan telepon": a talk held by telephone, written after the
 * partner, is a call, not a meeting */
static bool by_telephone(const ectx *x, size_t pe, size_t se)
{
    for (size_t i = pe; i + 1 < se; i++)
        if ((wt_is(x->w[i], "melalui") || wt_is(x->w[i], "lewat") || wt_is(x->w[i], "via")) &&
            (wt_is(x->w[i + 1], "telepon") ||
             (i + 2 < se && wt_is(x->w[i + 1], "sambungan") && wt_is(x->w[i + 2], "telepon"))))
            return true;
    return false;
}

/* "berjanji untuk memukul Taliban", "berjanji akan mencaplok Tepi Barat":
 * what is promised, right after the promise, is a blow */
static bool promises_harm(const ectx *x, size_t pe, size_t se)
{
    static const char *const HARM[] = {"memukul",  "menyerang",  "mencaplok",   "menganeksasi", "menghancurkan",
                                       "membalas", "menyerbu",   "menghukum",   "memerangi",    "menggempur",
                                       "membom",   "mengebom",   "menduduki",   "membunuh",     "melenyapkan", NULL};
    size_t v = pe;
    while (v < se && v < pe + 2 && (wt_is(x->w[v], "untuk") || wt_is(x->w[v], "akan") || wt_is(x->w[v], "bakal") ||
                                    wt_is(x->w[v], "segera")))
        v++;
    if (v < se && wt_one_of(x->w[v], HARM))
        return true;
    /* "berjanji untuk memperluas jangkauan serangannya terhadap ...": an
     * attack is what the promise brings */
    for (size_t i = v; i < se && i < v + 4; i++) {
        /* "berjanji membantu mencegah serangan": a defence, no threat */
        if (wt_is(x->w[i], "mencegah") || wt_is(x->w[i], "menangkal") || wt_is(x->w[i], "melawan") ||
            wt_is(x->w[i], "menghentikan") || wt_is(x->w[i], "menghadapi"))
            return false;
        char w[32];
        size_t n = strlen(x->w[i]);
        snprintf(w, sizeof w, "%.*s", (int)(n > 3 && !strcmp(x->w[i] + n - 3, "nya") ? n - 3 : n), x->w[i]);
        if (attack_noun(w))
            return true;
    }
    return false;
}

/* "berjanji meninggalkan Uni Eropa": a promise to leave, quit or
 * withdraw from a party promises it nothing */
static bool promises_leaving(const ectx *x, size_t pe, size_t se)
{
    static const char *const LEAVE[] = {"meninggalkan", "keluar", "mundur", "menarik", "hengkang", NULL};
    size_t v = pe;
    while (v < se && v < pe + 2 && (wt_is(x->w[v], "untuk") || wt_is(x->w[v], "akan") || wt_is(x->w[v], "bakal") ||
                                    wt_is(x->w[v], "segera")))
        v++;
    return v < se && wt_one_of(x->w[v], LEAVE);
}

/* the phrase is "sepakat" or "setuju" alone */
static bool bare_agreement(const pattern *p)
{
    return p->n == 1 && (wt_is(p->words[0], "sepakat") || wt_is(p->words[0], "setuju"));
}

/* "sepakat stabilitas ... penting": a bare "sepakat"/"setuju" before a
 * noun agrees with an opinion; before a verb ("sepakat memperkuat",
 * "setuju untuk menunda") it is an intention. Active verbs carry me-/ber-
 * prefixes (or come after "untuk", "akan"). */
static bool agrees_with_opinion(const ectx *x, const pattern *p, size_t pe, size_t se)
{
    if (!bare_agreement(p) || pe >= se)
        return false;
    const char *w = x->w[pe];
    return !(wt_is(w, "untuk") || wt_is(w, "akan") || wt_is(w, "dengan") || !strncasecmp(w, "me", 2) ||
             !strncasecmp(w, "ber", 3) || !strncasecmp(w, "ter", 3) || x->d->tokens[pe].kind != WT_TOK_WORD);
}

/* "28 negara Uni Eropa sepakat memasukkan minyak sawit Indonesia ...":
 * a bare "sepakat"/"setuju" before a verb agrees to do something; its
 * partner is written after "dengan" ("sepakat dengan Malaysia untuk",
 * "setuju untuk bekerja sama dengan Jepang"), and a name inside what is
 * to be done (the palm oil's country) is no party. True when the party
 * a2, first named at k, is such a name. */
static bool named_in_the_deed(const ectx *x, const pattern *p, size_t pe, size_t se, size_t k)
{
    if (!bare_agreement(p) || pe >= se || k <= pe)
        return false;
    if (agrees_with_opinion(x, p, pe, se) || wt_is(x->w[pe], "dengan") || wt_is(x->w[pe], "bahwa"))
        return false;
    for (size_t i = k; i-- > pe;)
        if (wt_is(x->w[i], "dengan"))
            return false;
    return true;
}

/* acts done together, where "A dan B" are the two parties */
static bool mutual(const char *type)
{
    return !strcmp(type, "CONSULT") || !strcmp(type, "AGREE") || !strcmp(type, "COOPERATE");
}

/* "pernah", "dulu", "dahulu", "sempat": a word of an earlier happening */
static bool past_marker(const char *w)
{
    return wt_is(w, "pernah") || wt_is(w, "dulu") || wt_is(w, "dahulu") || wt_is(w, "sempat");
}

/* an adverb of habit: "berulang kali", "berkali-kali", "kerap", "sering"
 * tell an act done again and again, on no one day */
static bool habit_marker(const char *w)
{
    static const char *const HABIT[] = {"berulang", "berulang-ulang", "berkali-kali", "kerap", "kerapkali",
                                        "sering",   "seringkali",     "acapkali",     NULL};
    return wt_one_of(w, HABIT);
}

/* a past or habit marker just before the verb t: a happening in an
 * undated past, or again and again */
static bool undated_past(const ectx *x, size_t sb, size_t t)
{
    for (size_t i = t; i-- > sb && i + 4 >= t;)
        if (past_marker(x->w[i]) || habit_marker(x->w[i]))
            return true;
    return false;
}

/* "Memperhatikan bahwa ia sempat mengajukan permohonan suaka ke Prancis
 * pada tahun 2013, ..., Snowden berharap ...": a clause before the
 * event's verb that tells an earlier act ("pernah", "dulu", "sempat")
 * keeps its dates. Where such a clause is closed by a comma before the
 * verb t, the token after that comma (the event's own clause starts
 * there), else sb. */
static size_t past_clause_before(const ectx *x, size_t sb, size_t t)
{
    size_t from = sb;
    for (size_t i = sb; i < t; i++) {
        if (!past_marker(x->w[i]))
            continue;
        for (size_t k = i + 1; k < t; k++)
            if (!strcmp(x->w[k], ",")) {
                from = k + 1;
                i = k;
                break;
            }
    }
    return from;
}

/* Every type but a withdrawal needs the other party named: without one,
 * an arrest, a refusal or a concession is most often a domestic affair
 * ("Polisi Jakarta menangkap ...", "pegawai KPK menolak ..."). */
static bool needs_partner(const char *type) { return strcmp(type, "RETREAT") != 0; }

static bool negated_before(const ectx *x, size_t sb, size_t t)
{
    for (size_t i = t; i-- > sb && i + 4 > t;) {
        const char *w = x->w[i];
        if (wt_is(w, "tidak") || wt_is(w, "tak") || wt_is(w, "belum") || wt_is(w, "bukan") || wt_is(w, "tanpa") || wt_is(w, "batal") ||
            wt_is(w, "membatalkan") || wt_is(w, "menunda") || wt_is(w, "dibatalkan") ||
            wt_is(w, "gagal") || wt_is(w, "enggan") || wt_is(w, "jangan") || wt_is(w, "urung") ||
            wt_is(w, "berhenti")) /* "berhenti mendukung": to stop is not to do */
            return true;
        /* "masih jauh dari kata sepakat", "jauh dari damai": far from it */
        if (wt_is(w, "dari") && i > sb && wt_is(x->w[i - 1], "jauh") &&
            (i + 1 == t || (i + 2 == t && wt_is(x->w[i + 1], "kata"))))
            return true;
        if (!strcmp(w, ",") || !strcmp(w, "."))
            break;
    }
    /* "Tidak seluruh pejabat Solomon mendukung ...": a subject quantified
     * by "tidak semua" asserts the act of nobody in particular */
    for (size_t i = sb; i + 1 < t; i++)
        if ((wt_is(x->w[i], "tidak") || wt_is(x->w[i], "tak") || wt_is(x->w[i], "bukan")) &&
            (wt_is(x->w[i + 1], "semua") || wt_is(x->w[i + 1], "seluruh") || wt_is(x->w[i + 1], "setiap")))
            return true;
    return false;
}

static bool hypothetical(const ectx *x, size_t sb, size_t t, size_t se)
{
    /* '"... yang seharusnya tidak mereka lakukan," ujarnya, mengutuk ...':
     * a quotation closed before the verb does not govern it */
    for (size_t i = t; i-- > sb + 1;)
        if (wt_double_mark(x->w[i]) && (!strcmp(x->w[i - 1], ",") || !strcmp(x->w[i - 1], ".") ||
                                    !strcmp(x->w[i - 1], "!") || !strcmp(x->w[i - 1], "?"))) {
            sb = i + 1;
            break;
        }
    for (size_t i = sb; i < t; i++) {
        const char *w = x->w[i];
        if (wt_is(w, "jika") || wt_is(w, "jikalau") || wt_is(w, "kalau") || wt_is(w, "apabila") || wt_is(w, "seandainya") ||
            wt_is(w, "andaikan") || wt_is(w, "andai") || wt_is(w, "bila") || wt_is(w, "apakah") || wt_is(w, "seolah") ||
            wt_is(w, "mungkinkah") || wt_is(w, "rumor") || wt_is(w, "kabar") || wt_is(w, "seandainya") ||
            wt_is(w, "kalaupun") || wt_is(w, "asalkan") || wt_is(w, "seharusnya"))
            return true;
    }
    return se > sb && !strcmp(x->w[se - 1], "?");
}

/* "bahwa yang melakukan serangan ... adalah pemberontak Houthi": a
 * relative clause with no head before it names its actor elsewhere (or
 * nowhere); the entity before it is not the actor */
static bool headless_relative(const ectx *x, size_t sb, size_t t)
{
    /* past an adverb of time ("kelompok-kelompok yang telah melancarkan") */
    while (t > sb + 1 && (wt_is(x->w[t - 1], "telah") || wt_is(x->w[t - 1], "sudah") || wt_is(x->w[t - 1], "pernah") ||
                          wt_is(x->w[t - 1], "juga") || wt_is(x->w[t - 1], "kerap") || wt_is(x->w[t - 1], "terus")))
        t--;
    if (t <= sb || !wt_is(x->w[t - 1], "yang"))
        return false;
    if (t - 1 == sb)
        return true;
    size_t h = t - 2;
    /* "pesawat tak berawak (drone) yang menyerang": a gloss in brackets
     * belongs to the head before it */
    if (!strcmp(x->w[h], ")")) {
        size_t k = h;
        while (k > sb && strcmp(x->w[k], "("))
            k--;
        if (k > sb && !strcmp(x->w[k], "("))
            h = k - 1;
    }
    const char *w = x->w[h];
    if (wt_is(w, "bahwa") || wt_is(w, "adalah") || wt_is(w, "ialah"))
        return true; /* ", yang ...": the head is before the comma */
    /* "menampilkan drone yang menyerang": a thing, no entity, heads the
     * clause and is its subject; a statement speaks for who made it
     * ("mengeluarkan pernyataan yang menyerukan Indonesia ...") */
    static const char *const SAID[] = {"pernyataan", "seruan", "resolusi", "surat", "laporan", "keputusan",
                                       "komunike", "deklarasi", "keterangan", "sikap", NULL};
    return x->ent[h] < 0 && x->d->tokens[h].kind == WT_TOK_WORD && islower((unsigned char)w[0]) && !pronoun(w) &&
           !wt_one_of(w, SAID);
}

/* "klaim kelompok Huthi bahwa mereka yang melakukan serangan ... kurang
 * kredibel": an act told as the content of a claim, a report or an
 * accusation that the sentence calls false is not asserted */
static bool reported_false(const ectx *x, size_t sb, size_t t, size_t se)
{
    static const char *const CLAIM[] = {"klaim", "klaimnya", "laporan", "kabar", "tuduhan", "tudingan", "isu", NULL};
    static const char *const FALSE_[] = {"kredibel", "hoaks", "hoax", "bohong", "palsu", "fitnah", "mengada-ada", NULL};
    bool claim = false;
    for (size_t i = sb; i < t && !claim; i++)
        claim = wt_one_of(x->w[i], CLAIM);
    for (size_t i = sb; claim && i < se; i++) {
        if (wt_one_of(x->w[i], FALSE_))
            return true;
        if (wt_is(x->w[i], "benar") && i > sb && (wt_is(x->w[i - 1], "tidak") || wt_is(x->w[i - 1], "tak")))
            return true;
    }
    return false;
}

/* "..., kata Hua mengutip Channel News Asia, Selasa (10/9/2019)",
 * "Melansir Reuters, Senin (16/9/2019)": a date right after a media
 * citation (up to eight tokens after "melansir", "dilansir", "mengutip",
 * "dikutip", "dilaporkan", "diberitakan") is when the outlet was quoted,
 * not when the event happened */
static bool citation_date(const ectx *x, uint32_t start)
{
    size_t lo = wt_doc_token_at(x->d, start);
    for (size_t i = lo; i-- > 0 && i + 8 >= lo;) {
        const char *w = x->w[i];
        if (!strcmp(w, ".") || !strcmp(w, "\"") || !strcmp(w, "\u201d"))
            return false;
        if (strstr(w, "lansir") || strstr(w, "kutip") || wt_is(w, "mengutip") || wt_is(w, "dilaporkan") ||
            wt_is(w, "diberitakan"))
            return true;
    }
    return false;
}

/* "sejak Boris Johnson menjadi Perdana Menteri Inggris Juli lalu": a date
 * in a clause of "sejak" starts a period; read from another sentence, it
 * dates nothing of this one */
static bool after_since(const ectx *x, uint32_t start)
{
    size_t lo = wt_doc_token_at(x->d, start);
    for (size_t i = lo; i-- > 0 && i + 8 >= lo;) {
        if (!strcmp(x->w[i], ",") || !strcmp(x->w[i], "."))
            return false;
        if (wt_is(x->w[i], "sejak") || wt_is(x->w[i], "semenjak"))
            return true;
    }
    return false;
}

/* "menyalahkan Iran atas serangan ke pabrik minyak Saudi Aramco Sabtu
 * dini hari (14/9/2019)", "menolak tudingan AS sebagai pelaku penyerangan
 * ... pada Sabtu pekan lalu": a date the parse puts inside the noun phrase
 * of an act (an attack, an incident) named after the phrase being dated,
 * or before the date when the date is written before the phrase, tells
 * when that act happened, not when it was blamed or denied */
static bool dates_an_act(const ectx *x, uint32_t start)
{
    static const char *const ACT[] = {"serangan", "penyerangan", "pengeboman", "ledakan", "insiden", "peristiwa",
                                      "kejadian", "tragedi", "penembakan", "pembunuhan", "peluncuran", "kerusuhan",
                                      "bentrokan", NULL};
    const wt_dep *dep = x->d->deps;
    if (!dep || x->acts_from == SIZE_MAX)
        return false;
    size_t at = wt_doc_token_at(x->d, start);
    /* a date written before the phrase ("... atas serangan Sabtu lalu
     * itu, tetapi pejabat AS menyalahkan Teheran", or in a sentence
     * before it): an act named before the date in the date's sentence */
    size_t from = x->acts_from;
    if (at < from)
        from = x->d->sentences[wt_doc_sentence_of(x->d, at)].tok_begin;
    for (size_t k = from; k < at; k++)
        if (wt_one_of(x->w[k], ACT) && in_phrase(dep, at, k))
            return true;
    return false;
}

/* "... menuduh satu sama lain melanggar perjanjian yang diteken pada 1987
 * silam": a date after the phrase inside a relative clause ("yang" up to
 * the date, no comma between) tells when the noun the clause describes
 * came to be, not when the act was done */
static bool dates_a_relative(const ectx *x, uint32_t start)
{
    if (x->acts_from == SIZE_MAX)
        return false;
    size_t at = wt_doc_token_at(x->d, start);
    if (at < x->acts_from || wt_doc_sentence_of(x->d, at) != wt_doc_sentence_of(x->d, x->acts_from))
        return false;
    bool relative = false;
    for (size_t k = x->acts_from; k < at; k++)
        if (wt_is(x->w[k], "yang"))
            relative = true;
        else if (!strcmp(x->w[k], ",") || !strcmp(x->w[k], ";"))
            relative = false;
    return relative;
}

/* "... menuduh Cina sebagai manipulator mata uang. ..., meskipun rencana
 * kenaikan tarif tersebut akan efektif dimulai pada 1 Desember 2019": a
 * date whose clause, up to it, speaks of what is to come dates a plan */
static bool dates_a_plan(const ectx *x, uint32_t start)
{
    static const char *const AHEAD[] = {"akan", "bakal", "dijadwalkan", "direncanakan", "rencana", "rencananya", NULL};
    size_t at = wt_doc_token_at(x->d, start);
    for (size_t k = at; k-- > x->d->sentences[wt_doc_sentence_of(x->d, at)].tok_begin;) {
        if (!strcmp(x->w[k], ",") || !strcmp(x->w[k], ";"))
            return false;
        if (wt_one_of(x->w[k], AHEAD))
            return true;
    }
    return false;
}

/* a date written in tokens [b, e): a day, month or year, not a duration,
 * nor a citation's; with at least a month, and not after "sejak", only
 * when the date is read from another sentence (a bare year there most
 * often dates a figure or a background fact: "nilai perdagangan ... pada
 * 2024", "sejak 2010"), and not a plan's (dates_a_plan) */
static const char *date_in_ex(const ectx *x, size_t b, size_t e, bool month_at_least);
static const char *date_in(const ectx *x, size_t b, size_t e) { return date_in_ex(x, b, e, false); }

static const char *date_in_ex(const ectx *x, size_t b, size_t e, bool month_at_least)
{
    const wt_doc *d = x->d;
    if (b >= e)
        return NULL;
    uint32_t s0 = d->tokens[b].start, s1 = d->tokens[e - 1].end;
    size_t lo = 0, hi = d->n_dates; /* the first date at or after s0 */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->dates[mid].start < s0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < d->n_dates && d->dates[i].start < s1; i++) {
        const wt_date *dt = &d->dates[i];
        if (dt->start >= s0 && dt->end <= s1 && dt->value[0] != 'P' &&
            (!strchr(dt->value, '/') || strlen(dt->value) == 21) && !strchr(dt->value, 'W') &&
            (!month_at_least || strlen(dt->value) >= 7) && !citation_date(x, dt->start) &&
            !(month_at_least && (after_since(x, dt->start) || dates_a_plan(x, dt->start))) &&
            !dates_an_act(x, dt->start) && !dates_a_relative(x, dt->start))
            return dt->value;
    }
    return NULL;
}

/* a place written after "di" in tokens [b, e): in a chain "di Istana
 * Konstantinovsky, St. Petersburg, Rusia" the last that is no country */
static const char *place_in(const ectx *x, size_t b, size_t e, const char *c1, const char *c2)
{
    /* "membahas perdamaian di Timur Tengah": a matter's place, not the
     * act's */
    static const char *const MATTER[] = {"perdamaian", "situasi",  "konflik",   "perang",     "krisis",
                                         "keamanan",   "stabilitas", "perkembangan", "kondisi", "isu",
                                         "masalah",    "persoalan", "ketegangan", "kekerasan", NULL};
    bool relative = false; /* "perjanjian yang dilakukan di Bali": the relative clause's place */
    for (size_t i = b; i + 1 < e; i++) {
        if (wt_is(x->w[i], "yang"))
            relative = true;
        else if (!strcmp(x->w[i], ","))
            relative = false;
        if (!wt_is(x->w[i], "di") || relative || (i > b && wt_one_of(x->w[i - 1], MATTER)))
            continue;
        int en = x->ent[i + 1];
        if (en < 0 || x->d->entities[en].type != WT_ENT_LOC)
            continue;
        const wt_entity *best = &x->d->entities[en];
        /* "perang di Ukraina" is no place of an event between others */
        if (is_country(x, best) && !((c1 && best->country && !strcmp(c1, best->country)) ||
                                  (c2 && best->country && !strcmp(c2, best->country))))
            continue;
        size_t j = i + 1;
        for (;;) {
            int cur = x->ent[j];
            while (j < e && x->ent[j] == cur)
                j++;
            if (j + 1 >= e || strcmp(x->w[j], ",") || x->ent[j + 1] < 0 ||
                x->d->entities[x->ent[j + 1]].type != WT_ENT_LOC)
                break;
            j++;
            const wt_entity *next = &x->d->entities[x->ent[j]];
            if (!is_country(x, next))
                best = next;
        }
        return best->name;
    }
    return NULL;
}

static void domains_of(const ectx *x, size_t b, size_t e, const char **out, size_t *n, size_t cap)
{
    for (size_t i = b; i < e; i++)
        for (size_t k = 0; k < x->t->rules->ndom; k++) {
            const domain_kw *dk = &x->t->rules->dom[k];
            if (i + dk->n > e || tolower((unsigned char)x->w[i][0]) != dk->words[0][0])
                continue;
            bool ok = true;
            for (size_t j = 0; j < dk->n && ok; j++) {
                const char *w = x->w[i + j];
                /* "nuklir", and the word with a suffix: "pertahanannya" */
                ok = wt_is(w, dk->words[j]) ||
                     (j == dk->n - 1 && strncasecmp(w, dk->words[j], strlen(dk->words[j])) == 0 &&
                      (wt_is(w + strlen(dk->words[j]), "nya") || wt_is(w + strlen(dk->words[j]), "an")));
            }
            if (!ok)
                continue;
            bool seen = false;
            for (size_t s = 0; s < *n && !seen; s++)
                seen = !strcmp(out[s], dk->domain);
            if (!seen && *n < cap)
                out[(*n)++] = dk->domain;
        }
}

static bool same_actor(const wt_event_actor *a, const wt_event_actor *b)
{
    if (a->country && b->country)
        return !strcmp(a->country, b->country);
    if (a->name && b->name)
        return !strcmp(a->name, b->name);
    return !a->name && !b->name;
}

/* the same party by name (or, unnamed, by country) */
static bool same_named(const wt_event_actor *a, const wt_event_actor *b)
{
    if (a->name || b->name)
        return a->name && b->name && !strcmp(a->name, b->name);
    return same_actor(a, b);
}

/* The partners coordinated with the first one after the phrase: "dengan
 * Perdana Menteri A, Menteri Luar Negeri B dan Ketua Parlemen C" gives B
 * and C (titles between them skipped; the list ends at any other word). */
static size_t more_partners(const ectx *x, int a1, int a2, size_t pe, size_t se, int *out, size_t cap)
{
    size_t i = pe;
    while (i < se && x->ent[i] != a2)
        i++;
    while (i < se && x->ent[i] == a2)
        i++;
    size_t n = 0;
    while (i < se && n < cap) {
        size_t j = i;
        bool joined = false;
        while (j < se && (!strcmp(x->w[j], ",") || wt_is(x->w[j], "dan") || wt_is(x->w[j], "serta") ||
                           wt_is(x->w[j], "termasuk"))) {
            joined = true;
            j++;
        }
        const char *r;
        size_t tl;
        while (j < se && (tl = wt_title_at(x->t->titles, x->w, se, j, &r)) > 0)
            j += tl;
        while (j < se && x->ent[j] >= 0 && j + 1 < se && x->ent[j + 1] >= 0 && x->ent[j + 1] != x->ent[j] &&
               x->d->entities[x->ent[j]].type == WT_ENT_LOC)
            j++; /* the country of a title: "Menteri Luar Negeri Vietnam B" */
        int e = j < se ? x->ent[j] : -1;
        if (!joined || e < 0 || e == a1 || e == a2)
            break;
        bool seen = false;
        for (size_t k = 0; k < n; k++)
            seen |= out[k] == e;
        if (!seen)
            out[n++] = e;
        i = j;
        while (i < se && x->ent[i] == e)
            i++;
    }
    return n;
}

/* How sure the event is (docs/confidence.md): no surer than its least
 * sure actor (an entity's link; 0.7 for "kedua negara", a country the
 * story's two countries stand for), a stated willingness read as an
 * intention less so, a second telling more. */
static double event_confidence(const ectx *x, const pattern *p, const wt_event_actor *a1, const wt_event_actor *a2)
{
    double c1 = a1->entity >= 0 ? x->d->entities[a1->entity].confidence : 0.7;
    double c2 = a2->entity >= 0 ? x->d->entities[a2->entity].confidence : a2->country ? 0.7 : 1.0;
    double c = 0.9 * (c1 < c2 ? c1 : c2);
    return p->n == 0 ? c * 0.9 : c; /* the intention read from "siap", "ingin" */
}

/* Whether an event is force used, massed or threatened: PLOVER's
 * ASSAULT, COERCE and MOBILIZE, and CAMEO's threat of military force
 * (138; a threat or warning of any other kind is not): a matter of
 * security whatever words its sentence has ("Israel menganeksasi
 * Yerusalem Timur", "berjanji akan mencaplok Lembah Jordan"). */
static bool of_force(const pattern *p)
{
    return !strcmp(p->type, "ASSAULT") || !strcmp(p->type, "COERCE") || !strcmp(p->type, "MOBILIZE") ||
           !strcmp(p->cameo, "138");
}

/* out[0..n) with dm added unless it is there already; the new count. */
static size_t put_domain(const char **out, size_t n, const char *dm)
{
    for (size_t k = 0; k < n; k++)
        if (!strcmp(out[k], dm))
            return n;
    out[n] = dm;
    return n + 1;
}

/* "militer", "tentara", "rudal" (data/domains.tsv's armed_forces): the
 * armed forces a conflict names are a matter of security ("serangan drone
 * dan rudal", "membunuh seorang tentara AS"), those a cooperation names
 * one of defence ("menawarkan dukungan untuk pasukan militer Arab
 * Saudi"); conflict is CAMEO's roots 09 to 20. An event of force is
 * security too. Resolved into out (up to 16), each domain once. */
static size_t settle_domains(const pattern *p, const char **dom, size_t ndom, const char **out)
{
    bool conflict = p->cameo[0] == '1' || p->cameo[0] == '2' || (p->cameo[0] == '0' && p->cameo[1] == '9');
    size_t n = 0;
    for (size_t i = 0; i < ndom && n < 16; i++)
        n = put_domain(out, n, strcmp(dom[i], "armed_forces") ? dom[i] : conflict ? "security" : "defense");
    if (of_force(p) && n < 16)
        n = put_domain(out, n, "security");
    return n;
}

/* What a story tells as done, said or intended was so by the day it was
 * published (when the input gives that day): a date after it (at the
 * precision both have, the start of a range) belongs to something else
 * in the sentence, a plan or a deadline ("menuduh Cina sebagai
 * manipulator mata uang ... meskipun rencana kenaikan tarif tersebut
 * akan efektif dimulai pada 1 Desember 2019"), and the event keeps no
 * date. */
static bool later_than_story(const wt_doc *d, const char *date)
{
    if (!date || !d->date || d->date_from_text)
        return false;
    size_t n = strlen(date), m = strlen(d->date);
    return strncmp(date, d->date, n < m ? n : m) > 0;
}

static bool add_event(ectx *x, const pattern *p, wt_event_actor a1, wt_event_actor a2, const char *date,
                      const char *loc, const char **dom_found, size_t ndom_found, uint32_t s0, uint32_t s1)
{
    wt_doc *d = x->d;
    if (later_than_story(d, date))
        date = NULL;
    const char *dom[16];
    size_t ndom = settle_domains(p, dom_found, ndom_found, dom);
    double conf = event_confidence(x, p, &a1, &a2);
    /* the same event is told in the same story: the last 256 events */
    for (size_t i = d->n_events > 256 ? d->n_events - 256 : 0; i < d->n_events; i++) {
        wt_event *e = &d->events[i];
        /* an undated telling is the dated one told again, between the
         * same named parties ("AS" and later "Pompeo" may act apart) */
        bool one_dated = !e->date != !date;
        bool same = !strcmp(e->type, p->type) && (!e->date || !date || !strcmp(e->date, date)) &&
                    (!p->territory || (e->location && loc && !strcmp(e->location, loc))) && /* another territory */
                    (strcmp(p->type, "CONSULT") || !strcmp(e->cameo, p->cameo)); /* a visit is no meeting */
        /* and about the same things: the same domains, or one names none */
        if (same && e->n_domains && ndom) {
            size_t common = 0;
            for (size_t j = 0; j < ndom; j++)
                for (size_t k = 0; k < e->n_domains; k++)
                    common += !strcmp(dom[j], e->domains[k]);
            same = common == ndom && common == e->n_domains;
        }
        /* the other way round only for a mutual act: B's support for A is
         * another event than A's for B, and so is B's visit to A (a visit
         * made or hosted has a direction) */
        bool (*eq)(const wt_event_actor *, const wt_event_actor *) = one_dated ? same_named : same_actor;
        bool directed = !strcmp(p->cameo, "042") || !strcmp(p->cameo, "043");
        bool actors = (eq(&e->actor1, &a1) && eq(&e->actor2, &a2)) ||
                      (mutual(p->type) && !directed && eq(&e->actor1, &a2) && eq(&e->actor2, &a1));
        if (!same || !actors)
            continue;
        /* one event told twice: another span, the domains of both */
        wt_mention *sp = wt_arena_alloc(d->arena, (e->n_spans + 1) * sizeof *sp);
        const char **nd = wt_arena_alloc(d->arena, (e->n_domains + ndom + 1) * sizeof *nd);
        if (!sp || !nd)
            return false;
        memcpy(sp, e->spans, e->n_spans * sizeof *sp);
        sp[e->n_spans++] = (wt_mention){s0, s1};
        e->spans = sp;
        memcpy(nd, e->domains, e->n_domains * sizeof *nd);
        size_t k = e->n_domains;
        for (size_t j = 0; j < ndom; j++) {
            bool seen = false;
            for (size_t q = 0; q < k && !seen; q++)
                seen = !strcmp(nd[q], dom[j]);
            if (!seen)
                nd[k++] = dom[j];
        }
        e->domains = nd;
        e->n_domains = k;
        if (!e->location)
            e->location = loc;
        if (!e->date)
            e->date = date;
        if (!e->mode && *p->mode)
            e->mode = p->mode;
        double best = conf > e->confidence ? conf : e->confidence;
        e->confidence = best + 0.05 > 0.95 ? 0.95 : best + 0.05; /* told twice */
        return true;
    }
    wt_event *e = WT_VEC_PUSH(d->arena, d->events, d->n_events, x->cap);
    if (!e)
        return false;
    memset(e, 0, sizeof *e);
    e->type = p->type;
    e->cameo = p->cameo;
    e->mode = *p->mode ? p->mode : NULL;
    e->actor1 = a1;
    e->actor2 = a2;
    e->date = date;
    e->location = loc;
    e->domains = wt_arena_alloc(d->arena, (ndom ? ndom : 1) * sizeof *e->domains);
    e->spans = wt_arena_alloc(d->arena, sizeof *e->spans);
    if (!e->domains || !e->spans)
        return false;
    memcpy(e->domains, dom, ndom * sizeof *dom);
    e->n_domains = ndom;
    e->spans[0] = (wt_mention){s0, s1};
    e->n_spans = 1;
    e->confidence = conf;
    return true;
}

static wt_event_actor actor(const ectx *x, int e)
{
    wt_event_actor a = {NULL, NULL, -1};
    if (e >= 0) {
        a.name = x->d->entities[e].name;
        a.country = country_of(x, e);
        a.entity = e;
    }
    return a;
}

static wt_event_actor country_actor(const ectx *x, const char *code)
{
    const wt_kb_entity *ke = wt_kb_country_entity(x->t->kb, code);
    return (wt_event_actor){ke ? ke->name : code, code, -1};
}

/* "Ketiga pemimpin membahas ...": a numbered group ("ketiga",
 * "keempat", "kelima" + leaders, countries, ministers, parties) right
 * before the verb; its size, or 0. */
static size_t numbered_group(const ectx *x, size_t sb, size_t t)
{
    static const char *const NUM[] = {"ketiga", "keempat", "kelima"};
    static const char *const WHO[] = {"pemimpin", "negara", "menteri", "pihak", "presiden", "kepala", "delegasi", NULL};
    for (size_t i = t; i-- > sb && i + 4 > t;)
        for (size_t k = 0; k < WT_ARRAY_LEN(NUM); k++)
            if (wt_is(x->w[i], NUM[k]) && i + 1 < t && wt_one_of(x->w[i + 1], WHO))
                return k + 3;
    return 0;
}

/* The parties of the meetings told in sentence s - 1 (actors and
 * partners, each once) into g; how many. */
static size_t previous_meeting_parties(const ectx *x, size_t s, int *g, size_t max)
{
    if (s == 0)
        return 0;
    const wt_sentence *ps = &x->d->sentences[s - 1];
    uint32_t from = x->d->tokens[ps->tok_begin].start, to = x->d->tokens[ps->tok_end - 1].end;
    size_t n = 0;
    for (size_t i = 0; i < x->d->n_events; i++) {
        const wt_event *ev = &x->d->events[i];
        bool here = false;
        for (size_t k = 0; k < ev->n_spans && !here; k++)
            here = ev->spans[k].start >= from && ev->spans[k].start < to;
        if (!here || strcmp(ev->type, "CONSULT") != 0)
            continue;
        int a[2] = {ev->actor1.entity, ev->actor2.entity};
        for (size_t j = 0; j < 2; j++) {
            bool seen = a[j] < 0;
            for (size_t q = 0; q < n && !seen; q++)
                seen = g[q] == a[j];
            if (!seen && n < max)
                g[n++] = a[j];
        }
    }
    return n;
}

/* Where the clause of a phrase ending at pe stops: at a comma, "dan",
 * "serta" or a word that opens another clause ("terbang ke Abu Dhabi hari
 * Kamis (19/09) dari kota Jeddah, ..., di mana ia bertemu ... pada Rabu
 * (18/09)": each verb its own day). */
static size_t clause_stop(const ectx *x, size_t pe, size_t se)
{
    for (size_t i = pe; i < se; i++)
        if (!strcmp(x->w[i], ",") || wt_is(x->w[i], "dan") || wt_is(x->w[i], "serta") || clause_end(x, i))
            return i;
    return se;
}

/* "Xi menawarkan saham ... jika Duterte mau mengabaikan putusan
 * arbitrase di Den Haag pada tahun 2016": a clause of condition, cause,
 * purpose or concession after the event phrase has its own verb, and the
 * date and place written in it are that verb's, not the event's. The
 * first such clause in [pe, se) as [*from, *to): from its conjunction to
 * the comma or quotation mark that closes it (se: none). "saat",
 * "ketika" and "setelah" clauses tell the occasion, and "sejak" its
 * start: they are not cut off. */
static void subordinate_after(const ectx *x, size_t pe, size_t se, size_t *from, size_t *to)
{
    static const char *const SUB[] = {"jika", "kalau", "apabila", "bila", "seandainya", "andai", "asalkan",
                                      "karena", "sebab", "agar", "supaya", "sehingga", "meski", "meskipun",
                                      "walaupun", "padahal", NULL};
    *from = *to = se;
    for (size_t i = pe; i < se; i++)
        if (x->d->tokens[i].kind == WT_TOK_WORD && wt_one_of(x->w[i], SUB)) {
            *from = i;
            break;
        }
    for (size_t i = *from + 1; i < se; i++)
        if (!strcmp(x->w[i], ",") || x->d->tokens[i].kind == WT_TOK_QUOTE) {
            *to = i;
            break;
        }
}

/* The first date in [b, e) outside [gap_b, gap_e). */
static const char *date_around(const ectx *x, size_t b, size_t e, size_t gap_b, size_t gap_e, bool month_at_least)
{
    const char *date = date_in_ex(x, b, gap_b < e ? gap_b : e, month_at_least);
    return date || gap_e >= e ? date : date_in_ex(x, gap_e > b ? gap_e : b, e, month_at_least);
}

/* "AS dan Arab Saudi menyalahkan ...": the other entity joined by "dan"
 * to the subject a1 written at at, or -1. "Dubes RI untuk Kazakhstan dan
 * Tajikistan Rahmat Pramono": a list of postings is no pair of actors. */
static int joined_subject(const ectx *x, size_t sb, size_t at, int a1)
{
    if (a1 < 0 || at < sb + 2 || !wt_is(x->w[at - 1], "dan") || x->ent[at - 2] < 0 || x->ent[at - 2] == a1)
        return -1;
    size_t st = (size_t)mention_start(x, at - 2);
    if (st > sb && (wt_is(x->w[st - 1], "untuk") || place_word(x->w[st - 1])))
        return -1;
    return x->ent[at - 2];
}

/* "mengunjungi bersama Presiden", "kunjungan Presiden Jokowi bersama Ibu
 * Negara": companions follow the verb, or the noun's actor; they are no
 * partners, and no story country is put in their place. */
static bool with_companions(const ectx *x, const pattern *p, int a1, size_t pe, size_t se)
{
    size_t i = p->noun ? first_mention(x, pe, se, a1) : pe;
    while (p->noun && i < se && x->ent[i] == a1)
        i++;
    return i < se && wt_is(x->w[i], "bersama");
}

/* "rencana Perdana Menteri Israel, Benjamin Netanyahu mencaplok ...",
 * "janji Trump menghapus sanksi": an act whose actor (with the title and
 * apposition before the name) follows a noun of plan, promise or threat
 * is planned, not done */
static bool planned_by(const ectx *x, size_t sb, size_t at)
{
    static const char *const PLAN[] = {"rencana", "janji", "ancaman", "niat", "usulan", "usul",
                                       "keinginan", "ambisi", "wacana", "gagasan", NULL};
    size_t st = title_start(x, sb, (size_t)mention_start(x, at));
    if (st >= sb + 2 && !strcmp(x->w[st - 1], ",")) {
        size_t before = title_start(x, sb, st - 1);
        if (before < st - 1)
            st = before;
    }
    return st > sb && wt_one_of(x->w[st - 1], PLAN);
}

/* "Zarif menegaskan bakal "perang habis-habisan" jika AS atau Saudi
 * menyerang", "Iran siap berperang jika diserang koalisi Saudi dan AS": a
 * harm announced on a condition threatens those the condition names, the
 * subject of the "jika" clause (or the agent of its passive) and those
 * listed with it; a condition that names nobody ("jika konflik terjadi")
 * threatens nobody. The attack the condition imagines is no event. */
static bool conditional_threats(ectx *x, const pattern *p, size_t b, size_t t, size_t pe, size_t e, bool *coded)
{
    static const char *const IF[] = {"jika", "jikalau", "apabila", "bila", "kalau", NULL};
    size_t at = t;
    int a1 = actor_before(x, b, t, &at);
    size_t k = pe;
    while (k < e && k < pe + 8 && !wt_one_of(x->w[k], IF) && strcmp(x->w[k], "."))
        k++;
    if (a1 < 0 || k >= e || !wt_one_of(x->w[k], IF))
        return true;
    size_t j = k + 1;
    if (j < e && !strncmp(x->w[j], "diserang", 8))
        j += j + 1 < e && wt_is(x->w[j + 1], "oleh") ? 2 : 1;
    while (j < e && j < k + 4 && x->ent[j] < 0 && !verb_like(x, j))
        j++; /* "jika militer Amerika ..." */
    wt_event_actor A1 = actor(x, a1);
    const char *date = date_in(x, b, e);
    const char *dom[16];
    size_t ndom = 0;
    domains_of(x, b, e, dom, &ndom, 16);
    while (j < e && x->ent[j] >= 0) {
        int en = x->ent[j];
        wt_event_actor T = actor(x, en);
        if (en != a1 && interstate(x, &A1, &T)) {
            if (!add_event(x, p, A1, T, date, NULL, dom, ndom, x->d->tokens[b].start, x->d->tokens[e - 1].end))
                return false;
            *coded = true;
        }
        while (j < e && x->ent[j] == en)
            j++;
        /* "AS atau Saudi", "koalisi Saudi dan AS" */
        if (j + 1 < e && (wt_is(x->w[j], "atau") || wt_is(x->w[j], "dan") || wt_is(x->w[j], "serta") ||
                          !strcmp(x->w[j], ",")))
            j++;
        else
            break;
    }
    return true;
}

/* The leader of a coalition or mission joined, written after it
 * ("bergabung dengan misi maritim pimpinan Amerika Serikat", "koalisi
 * yang dipimpin Arab Saudi", "misi maritim AS"), or, when the phrase
 * ends "tersebut"/"itu", the leader written with the last coalition named
 * before in the document ("bergabung dengan misi maritim tersebut"). */
static int coalition_leader(const ectx *x, size_t pe, size_t se)
{
    bool back = false;
    for (size_t i = pe; i < se && i < pe + 5; i++) {
        if (i > pe && place_word(x->w[i - 1]))
            break; /* "koalisi militer di Yaman": where it acts, not who leads it */
        if (x->ent[i] >= 0 && is_country(x, &x->d->entities[x->ent[i]]))
            return x->ent[i];
        if (wt_is(x->w[i], "tersebut") || wt_is(x->w[i], "itu")) {
            back = true;
            break;
        }
        if (!strcmp(x->w[i], ",") || verb_like(x, i))
            break;
    }
    if (!back)
        return -1;
    size_t at = pe;
    while (at > 0 && !(wt_is(x->w[at - 1], "misi") || wt_is(x->w[at - 1], "koalisi") || wt_is(x->w[at - 1], "aliansi")))
        at--;
    for (size_t i = at > 1 ? at - 1 : 0; i-- > 0;) {
        if (!(wt_is(x->w[i], "misi") || wt_is(x->w[i], "koalisi") || wt_is(x->w[i], "aliansi")))
            continue;
        for (size_t k = i + 1; k < x->d->n_tokens && k < i + 6; k++) {
            if (place_word(x->w[k - 1]))
                break;
            if (x->ent[k] >= 0 && is_country(x, &x->d->entities[x->ent[k]]))
                return x->ent[k];
            if (!strcmp(x->w[k], ",") || !strcmp(x->w[k], "."))
                break;
        }
    }
    return -1;
}

/* "ke dalam aliansi", "dengan koalisi", "dalam misi" right at i: the
 * token after the coalition's word, or SIZE_MAX */
static size_t coalition_after(const ectx *x, size_t i, size_t se)
{
    while (i < se && (wt_is(x->w[i], "ke") || wt_is(x->w[i], "dalam") || wt_is(x->w[i], "dengan")))
        i++;
    if (i >= se || !(wt_is(x->w[i], "misi") || wt_is(x->w[i], "koalisi") || wt_is(x->w[i], "aliansi")))
        return SIZE_MAX;
    return i + 1;
}

/* "negara-negara yang telah bergabung dengan misi maritim tersebut adalah
 * Korea Selatan, Australia dan Inggris, serta Bahrain": a relative clause
 * with a common noun for its head, said of a list after "adalah", makes
 * each of the list an actor. The partner is written in the clause (for a
 * coalition, its leader). False only when memory runs out. */
static bool cleft_events(ectx *x, const pattern *p, size_t b, size_t pe, size_t e, bool *coded)
{
    size_t cop = pe;
    while (cop < e && !(wt_is(x->w[cop], "adalah") || wt_is(x->w[cop], "ialah")) && !clause_end(x, cop))
        cop++;
    if (cop + 1 >= e || !(wt_is(x->w[cop], "adalah") || wt_is(x->w[cop], "ialah")) || x->ent[cop + 1] < 0)
        return true; /* no cleft: no event */
    bool joins = !strcmp(p->type, "COOPERATE") && wt_is(p->words[0], "bergabung");
    int partner = joins ? coalition_leader(x, pe, cop) : actor_after(x, pe, cop, -1, true);
    wt_event_actor A2 = actor(x, partner);
    const char *date = date_in(x, b, e);
    const char *dom[16];
    size_t ndom = 0;
    domains_of(x, b, e, dom, &ndom, 16);
    for (size_t j = cop + 1; j < e && x->ent[j] >= 0;) {
        int en = x->ent[j];
        wt_event_actor A1 = actor(x, en);
        if (en != partner && interstate(x, &A1, &A2) && (A2.name || A2.country)) {
            if (!add_event(x, p, A1, A2, date, NULL, dom, ndom, x->d->tokens[b].start, x->d->tokens[e - 1].end))
                return false;
            *coded = true;
        }
        while (j < e && x->ent[j] == en)
            j++;
        while (j < e && (!strcmp(x->w[j], ",") || wt_is(x->w[j], "dan") || wt_is(x->w[j], "serta")))
            j++;
    }
    return true;
}

/* The seller of the arms bought, written in the thing bought right
 * after the verb ("dari Rusia", "buatan Rusia", "sistem pertahanan udara
 * Rusia"); -1 when the thing is no arms (no word of arms within the four
 * words after the verb) or names no seller. */
static int arms_seller(const ectx *x, size_t pe, size_t e, int buyer)
{
    static const char *const ARMS[] = {"senjata", "rudal", "sistem", "jet", "pesawat", "kapal", "tank", "drone",
                                       "helikopter", "amunisi", "alutsista", "peluru", NULL};
    bool arms = false;
    for (size_t i = pe; i < e && i < pe + 4 && !arms; i++)
        arms = wt_one_of(x->w[i], ARMS) || (x->d->tokens[i].kind == WT_TOK_WORD && isupper((unsigned char)x->w[i][0]) &&
                                          strchr(x->w[i], '-') && isdigit((unsigned char)strchr(x->w[i], '-')[1]));
    if (!arms)
        return -1;
    for (size_t i = pe; i < e && !clause_end(x, i) && i < pe + 14; i++) {
        if (!strcmp(x->w[i], ",") || wt_is(x->w[i], "dan") || wt_is(x->w[i], "serta") || wt_is(x->w[i], "seperti"))
            break; /* the thing bought ends */
        int en = x->ent[i];
        if (en < 0 || !is_country(x, &x->d->entities[en]) || en == buyer)
            continue;
        static const char *const PREP[] = {"untuk", "kepada", "bagi", "dengan", "oleh", "terhadap", "dan", "atau",
                                           "melawan", NULL};
        if (i > pe && ((place_word(x->w[i - 1]) && !wt_is(x->w[i - 1], "dari")) || wt_one_of(x->w[i - 1], PREP)))
            break; /* "membeli senjata untuk Ukraina": a beneficiary, no seller */
        bool from = i > pe && (wt_is(x->w[i - 1], "dari") || wt_is(x->w[i - 1], "buatan") || wt_is(x->w[i - 1], "produksi"));
        bool named_by = !from && i > pe && x->ent[i - 1] < 0 && x->d->tokens[i - 1].kind == WT_TOK_WORD;
        if (from || named_by) /* "dari Rusia", "sistem pertahanan udara Rusia" */
            return en;
    }
    return -1;
}

/* "Erdogan memutuskan untuk membeli sistem pertahanan udara S-400 dari
 * Rusia": arms bought are the seller's supply to the buyer (AID). No
 * seller written, no event ("membeli senjata api ilegal"). */
static bool purchase_events(ectx *x, const pattern *p, size_t b, size_t t, size_t pe, size_t e, bool *coded)
{
    size_t at = t;
    int buyer = actor_before(x, b, t, &at);
    if (buyer < 0)
        return true;
    int seller = arms_seller(x, pe, e, buyer);
    wt_event_actor S = actor(x, seller), B = actor(x, buyer);
    if (seller < 0 || !interstate(x, &S, &B))
        return true;
    const char *dom[16];
    size_t ndom = 0;
    domains_of(x, b, e, dom, &ndom, 16);
    if (!add_event(x, p, S, B, date_in(x, b, e), NULL, dom, ndom, x->d->tokens[b].start, x->d->tokens[e - 1].end))
        return false;
    *coded = true;
    return true;
}

static const char *const ADVISE[] = {"menyarankan", "mengajak", "mendorong", "menganjurkan", "merekomendasikan",
                                     "membujuk", "menawarkan", NULL};
static const char *const URGE[] = {"meminta", "mendesak", "mengimbau", "menyerukan", NULL};

/* "Putin menyarankan Arab Saudi untuk membeli sistem pertahanan Rusia":
 * a purchase advised, urged or offered is not made. Advised by the
 * seller (or one who speaks for the seller's state) it is the seller's
 * offer (AGREE); advised by anyone else, or urged ("mendesak Turki
 * membeli ..." is the request coded at "mendesak"), no event. True when
 * the purchase at t is advised or urged (whether coded or not). */
static bool advised_purchase(ectx *x, size_t b, size_t t, size_t pe, size_t e, bool *ok, bool *coded)
{
    static const pattern ARMS_OFFER = {.n = 0, .type = "AGREE", .cameo = "030", .mode = "offer"};
    size_t v = t;
    if (v > b && wt_is(x->w[v - 1], "untuk"))
        v--;
    if (v <= b || x->ent[v - 1] < 0)
        return false;
    int buyer = x->ent[v - 1];
    while (v > b && x->ent[v - 1] == buyer)
        v--;
    if (v <= b || !(wt_one_of(x->w[v - 1], ADVISE) || wt_one_of(x->w[v - 1], URGE)))
        return false;
    if (wt_one_of(x->w[v - 1], URGE))
        return true;
    size_t at = v - 1;
    int adviser = actor_before(x, b, v - 1, &at);
    int seller = arms_seller(x, pe, e, buyer);
    wt_event_actor A = actor(x, adviser), S = actor(x, seller), B = actor(x, buyer);
    if (adviser < 0 || seller < 0 || !A.country || !S.country || strcmp(A.country, S.country) != 0 ||
        !interstate(x, &A, &B))
        return true; /* an advice to buy from another: nobody offers */
    const char *dom[16];
    size_t ndom = 0;
    domains_of(x, b, e, dom, &ndom, 16);
    *ok = add_event(x, &ARMS_OFFER, A, B, date_in(x, b, e), NULL, dom, ndom, x->d->tokens[b].start,
                    x->d->tokens[e - 1].end);
    *coded = true;
    return true;
}

/* "mengecam pernyataan PM Israel Benjamin Netanyahu yang menjanjikan
 * akan mencaplok ...": a relative clause on the actor's name (up to two
 * words between "yang" and the phrase) is that actor's own act, even
 * after another event of the sentence */
static bool relative_of(const ectx *x, int a1, size_t t)
{
    size_t k = t;
    for (size_t n = 0; n < 2 && k > 0 && x->d->tokens[k - 1].kind == WT_TOK_WORD &&
                       islower((unsigned char)x->w[k - 1][0]) && !wt_is(x->w[k - 1], "yang");
         n++)
        k--;
    return k >= 2 && wt_is(x->w[k - 1], "yang") && x->ent[k - 2] == a1;
}

/* words before a territory's name ("sebagian wilayah Tepi Barat") */
static const char *const TERRITORY_WORDS[] = {"wilayah", "kawasan", "daerah", "sebagian", "seluruh", NULL};

/* the place right after a phrase, past TERRITORY_WORDS ("mencaplok
 * sebagian wilayah Tepi Barat"), or -1 */
static int territory_after(const ectx *x, size_t pe, size_t se)
{
    size_t i = pe;
    while (i < se && wt_one_of(x->w[i], TERRITORY_WORDS))
        i++;
    return i < se && x->ent[i] >= 0 && x->d->entities[x->ent[i]].type == WT_ENT_LOC ? x->ent[i] : -1;
}

/* The party named right after a word of role, blame or statement within
 * the twelve tokens after a phrase ("merilis bukti baru yang menguatkan
 * peran Iran dalam serangan", "memaparkan bukti dugaan Iran sebagai
 * dalang", "menyampaikan hak jawabnya (Right of Reply) untuk menanggapi
 * pernyataan Vanuatu"), or -1. */
static int party_of_role(const ectx *x, size_t pe, size_t se)
{
    static const char *const ROLE[] = {"peran", "keterlibatan", "dugaan", "tanggung", "kesalahan", "pernyataan",
                                       "tuduhan", "tudingan", "klaim", NULL};
    for (size_t i = pe; i + 1 < se && i < pe + 12 && !clause_end(x, i); i++)
        if (wt_one_of(x->w[i], ROLE))
            for (size_t k = i + 1; k < se && k < i + 3; k++)
                if (x->ent[k] >= 0)
                    return x->ent[k];
    return -1;
}

/* the entity named at token i, past a title and the country of the
 * title ("Presiden Kolombia Ivan Duque"), or -1 */
static int named_at(const ectx *x, size_t i, size_t se)
{
    const char *r;
    size_t tl;
    while (i < se && (tl = wt_title_at(x->t->titles, x->w, se, i, &r)) > 0)
        i += tl;
    if (i < se && title_country(x, i, se)) {
        int c = x->ent[i];
        while (i < se && x->ent[i] == c)
            i++;
    }
    return i < se ? x->ent[i] : -1;
}

/* "menyebut Netanyahu sebagai "perusak utama proses perdamaian"",
 * "menjulukinya maniak perang": a name for someone that is an insult
 * within the five tokens after the one named is an accusation; any other
 * name ("menyebut Jokowi sebagai sahabat") is none */
static bool insult_after(const ectx *x, size_t from, size_t se)
{
    static const char *const INSULT[] = {"perusak", "pembuat", "bajingan", "teroris", "penjahat", "pembohong",
                                         "pengkhianat", "diktator", "provokator", "penghasut", "maniak", "pembunuh",
                                         "boneka", "musuh", "pengacau", "penjajah", "perampok", "preman", NULL};
    for (size_t i = from; i < se && i < from + 5; i++)
        if (wt_one_of(x->w[i], INSULT))
            return true;
    return false;
}

/* "... yang mengatakan, pemimpin tertinggi Iran Ayatollah Ali Khamenei
 * menyetujui serangan itu": a comma right after a verb of saying opens
 * what is said, as "bahwa" does */
static bool said_comma(const ectx *x, size_t sb, size_t k)
{
    static const char *const SAY[] = {"mengatakan", "menyatakan", "menegaskan", "menuturkan", "menjelaskan",
                                      "mengungkapkan", "menambahkan", "menyebutkan", "menyimpulkan", NULL};
    if (k <= sb || strcmp(x->w[k], ",") != 0)
        return false;
    /* "mengatakan hari Kamis (19/09), ...": the day it was said between */
    size_t j = k;
    while (j > sb && j + 8 > k &&
           (wt_doc_in_date(x->d, j - 1) || wt_is(x->w[j - 1], "hari") || wt_is(x->w[j - 1], "pada") ||
            !strcmp(x->w[j - 1], "(") || !strcmp(x->w[j - 1], ")")))
        j--;
    return j > sb && wt_one_of(x->w[j - 1], SAY);
}

/* A word that may sit between two territories of one list and the dates
 * that go with each ("Yerusalem Timur pada tahun 1980, dan Dataran Tinggi
 * Golan pada tahun 1981"); *joined when it joins two members. */
static bool list_filler(const ectx *x, size_t k, bool *joined)
{
    const char *w = x->w[k];
    if (!strcmp(w, ",") || wt_is(w, "dan") || wt_is(w, "serta")) {
        *joined = true;
        return true;
    }
    return wt_is(w, "pada") || wt_is(w, "sejak") || wt_is(w, "tahun") || wt_doc_in_date(x->d, k);
}

/* "Israel menduduki Tepi Barat, ... menganeksasi Yerusalem Timur pada
 * tahun 1980, dan Dataran Tinggi Golan pada tahun 1981": occupying or
 * annexing acts upon a place, not a party. One event per territory of
 * the list that follows the phrase (after "wilayah", "sebagian", ...),
 * the territory its place, the date written with it (the first one's
 * also before the phrase), the state it is taken from ("dari Ukraina")
 * its other party. None when no territory follows ("menduduki jabatan",
 * "menduduki peringkat") or it lies in the actor's own country; a name
 * followed by a verb starts a clause of its own ("..., dan Armenia
 * menganeksasi ..."). */
static bool territory_events(ectx *x, const pattern *p, const wt_event_actor *A1, size_t b, size_t t, size_t pe,
                             size_t e, bool *coded)
{
    wt_doc *d = x->d;
    size_t i = pe;
    while (i < e && wt_one_of(x->w[i], TERRITORY_WORDS))
        i++;
    const char *dom[16];
    size_t ndom = 0;
    domains_of(x, b, e, dom, &ndom, 16);
    for (bool first = true; i < e; first = false) {
        int en = x->ent[i];
        if (en < 0 || d->entities[en].type != WT_ENT_LOC || mention_start(x, i) != (int)i)
            break;
        size_t st = i;
        while (i < e && x->ent[i] == en)
            i++;
        if (!first && i < e && verb_like(x, i))
            break;
        size_t k = i;
        bool joined = false;
        while (k < e && x->ent[k] < 0 && list_filler(x, k, &joined))
            k++;
        wt_event_actor from = actor(x, -1);
        if (k + 1 < e && wt_is(x->w[k], "dari") && x->ent[k + 1] >= 0 && is_country(x, &d->entities[x->ent[k + 1]]))
            from = actor(x, x->ent[k + 1]);
        const wt_entity *place = &d->entities[en];
        const char *date = date_in(x, st, k);
        if (!date && first)
            date = date_in(x, b, t);
        bool abroad = !place->country || !A1->country || strcmp(place->country, A1->country) != 0;
        if (abroad && !add_event(x, p, *A1, from, date, place->name, dom, ndom, d->tokens[b].start,
                                 d->tokens[e - 1].end))
            return false;
        *coded |= abroad;
        if (!joined)
            break;
        i = k;
    }
    return true;
}

/* "Ketua Umum Partai Golkar membantah melakukan pertemuan dengan Ketum
 * PDI-P": a denial that names nobody of another country in its sentence
 * is a home affair */
static bool other_country_in(const ectx *x, size_t b, size_t e, const char *own)
{
    for (size_t i = b; i < e; i++) {
        const char *c = x->ent[i] >= 0 ? x->d->entities[x->ent[i]].country : NULL;
        if (c && (!own || strcmp(c, own) != 0))
            return true;
    }
    return false;
}

/* a country or its capital that is one of the story's two countries
 * ("Iran membantah terlibat" in a story about Iran and Saudi Arabia) */
static bool state_in_its_story(const ectx *x, int a)
{
    if (a < 0 || !x->pair[0] || !x->pair[1])
        return false;
    const wt_entity *en = &x->d->entities[a];
    wt_kb_kind k;
    bool state = en->type == WT_ENT_LOC && wt_kb_lookup(x->t->kb, en->name, strlen(en->name), &k) &&
                 (k == WT_KB_NAME || k == WT_KB_CAPITAL || k == WT_KB_SEAT);
    return state && en->country && (!strcmp(en->country, x->pair[0]) || !strcmp(en->country, x->pair[1]));
}

/* "menangkap gambar", "menangkap peluang", "menahan US$ 60 juta dalam
 * bantuan", "menahan dana", "menahan tangis": what an arrest verb catches
 * or holds back here is a thing, a chance, money, a flow or a feeling, not
 * a person; no detention. What is held back can also be caught
 * ("menangkap bola"); an image or a chance is only caught. */
static bool arrest_of_a_thing(const ectx *x, size_t t, size_t pe, size_t e)
{
    static const char *const HELD[] = {"rp", "dolar", "rupiah", "euro", "dana", "anggaran", "bantuan",
                                       "pembayaran", "gaji", "ekspor", "impor", "laju", "harga", "inflasi",
                                       "tangis", "tawa", "senyum", "emosi", "amarah", "rasa", "malu", "napas",
                                       "air", "beban", "imbang", "serangan", "bola", NULL};
    static const char *const ONLY_CAUGHT[] = {"gambar", "foto", "citra", "sinyal", "momen", "peluang", "kesempatan",
                                              "pesan", "makna", "suara", "ikan", "layar", "video", NULL};
    bool caught = wt_is(x->w[t], "menangkap");
    if (!caught && !wt_is(x->w[t], "menahan"))
        return false;
    const char *o = x->w[pe];
    bool dollars = o[0] == '$' || (pe + 1 < e && wt_is(o, "us") && x->w[pe + 1][0] == '$');
    return dollars || wt_one_of(o, HELD) || (caught && wt_one_of(o, ONLY_CAUGHT));
}

/* "menandatangani sekitar selusin keputusan presiden", "meneken Perpres":
 * a decree, a law or a letter signed is an act of one government, no
 * agreement with another party (CAMEO 057 is an agreement signed) */
static bool signs_an_instrument_of_state(const ectx *x, const pattern *p, size_t pe, size_t e)
{
    static const char *const AMOUNT[] = {"sekitar", "selusin", "sebuah", "beberapa", "sejumlah", "dua", "tiga",
                                         "empat", "lima", "puluhan", "belasan", "ratusan", "surat", NULL};
    static const char *const OWN[] = {"keputusan", "keppres", "kepres", "perpres",  "peraturan", "pp",
                                      "perppu",    "perpu",   "undang-undang", "uu", "ruu",   "instruksi",
                                      "inpres",    "sk",      "dekret", "dekrit", "petisi",   "perintah",
                                      "pakta",     "amnesti", "grasi",  NULL};
    if (strcmp(p->mode, "sign") || p->n != 1)
        return false;
    size_t i = pe;
    while (i < e && (wt_one_of(x->w[i], AMOUNT) || isdigit((unsigned char)x->w[i][0])))
        i++;
    return i < e && wt_one_of(x->w[i], OWN);
}

/* "Siaran ... RT menangkap menteri luar negeri Iran ... tertawa": what a
 * broadcast, a camera or a recording catches it catches on film; nobody
 * is arrested. With a parse the verb's subject is read, without one the
 * clause's first word. */
static bool caught_on_film(const ectx *x, size_t b, size_t t)
{
    static const char *const MEDIA[] = {"siaran", "kamera", "rekaman", "video", "foto", "tayangan", "televisi",
                                        "cctv", "lensa", "satelit", "radar", "layar", NULL};
    if (!wt_is(x->w[t], "menangkap"))
        return false;
    const wt_dep *dep = x->d->deps;
    if (!dep)
        return wt_one_of(x->w[b], MEDIA);
    for (size_t k = b; k < t; k++)
        if (dep[k].head == (int32_t)t && !strncmp(dep[k].rel, "nsubj", 5))
            return wt_one_of(x->w[k], MEDIA);
    return false;
}

/* Whether sentence s is said by the actor (or, for a state, by someone
 * of it): the name after "kata", "ujar" ... or the nearest before
 * "mengatakan", "menyatakan" ... ("Juru bicara Kemlu, Teuku Faizasyah
 * dalam sebuah pernyataan Rabu (11/9/2019) mengatakan"). A next sentence
 * that only names the actor ("India membanjiri lembah Kashmir ... pada 5
 * Agustus") tells another happening. */
static bool actor_speaks_in(const ectx *x, size_t s, const wt_event_actor *a)
{
    static const char *const AFTER[] = {"kata", "ujar", "tutur", "ucap", "ungkap", "jelas", "papar", "tambah",
                                        "imbuh", "terang", "tegas", NULL},
                             *const BEFORE[] = {"mengatakan", "menyatakan", "menegaskan", "menuturkan", "menjelaskan",
                                                "mengungkapkan", "menambahkan", "menyampaikan", "menerangkan", NULL};
    const wt_sentence *se = &x->d->sentences[s];
    for (size_t i = se->tok_begin; i < se->tok_end; i++) {
        int sp = -1;
        if (wt_one_of(x->w[i], AFTER)) {
            size_t k = i + 1;
            const char *r;
            size_t tl;
            while (k < se->tok_end && (tl = wt_title_at(x->t->titles, x->w, se->tok_end, k, &r)) > 0)
                k += tl;
            sp = k < se->tok_end ? x->ent[k] : -1;
        } else if (wt_one_of(x->w[i], BEFORE)) {
            for (size_t k = i; k-- > se->tok_begin && sp < 0;)
                sp = x->ent[k];
        }
        if (sp < 0)
            continue;
        const char *c = x->d->entities[sp].country;
        if (sp == a->entity || (a->entity < 0 && a->country && c && !strcmp(c, a->country)) ||
            (a->entity >= 0 && x->d->entities[a->entity].type == WT_ENT_LOC && a->country && c &&
             !strcmp(c, a->country)))
            return true;
    }
    return false;
}

/* a verb of asking or seeking, whose object is not had */
static bool sought(const char *w)
{
    static const char *const S[] = {"meminta", "mengharapkan", "mengharap", "mencari", "menggalang", "memohon",
                                    "menginginkan", "membutuhkan", "memerlukan", "menanti", "menunggu", NULL};
    return wt_one_of(w, S);
}

/* a word of meeting or talks, whose "dengan" names a party */
static bool meeting_word(const char *w)
{
    static const char *const M[] = {"bertemu", "berunding", "berbicara", "bernegosiasi", "berdialog", "pertemuan",
                                    "perundingan", "pembicaraan", "dialog", "negosiasi", "kunjungan", "bertatap",
                                    "menemui", "mengundang", "menerima", "mengunjungi", "berkunjung", NULL};
    return wt_one_of(w, M);
}

/* What a refusal refuses is no party when it is an act ("menolak untuk
 * mundur dari kesepakatan dengan Moskow"; not "menolak untuk bertemu
 * dengan AS") or when the name sits after a preposition inside the thing
 * refused ("menolak jalan keluar Brexit tanpa kesepakatan dengan Uni
 * Eropa", "menolak sanksi terhadap Iran"); the holder of a claim or a
 * request is ("menolak tuduhan AS", "menolak tudingan dari Washington"). */
static bool refuses_a_thing(const ectx *x, size_t pe, size_t se, int a2)
{
    if (pe + 1 < se && wt_is(x->w[pe], "untuk") && verb_like(x, pe + 1) && !meeting_word(x->w[pe + 1]))
        return true;
    static const char *const PREP[] = {"dengan", "tanpa", "bagi", "terhadap", "ke", "untuk", NULL};
    for (size_t k = pe; k < se && x->ent[k] != a2; k++)
        if (wt_one_of(x->w[k], PREP) && !(k > 0 && meeting_word(x->w[k - 1])) &&
            !(wt_is(x->w[k], "untuk") && k + 1 < se && meeting_word(x->w[k + 1])))
            return true;
    return false;
}

/* "klaim kelompok Huthi bahwa ...": a noun of claim at i and the party
 * whose claim it is, up to three words after it; the entity, or -1 */
static int claim_of(const ectx *x, size_t i, size_t se)
{
    static const char *const CLAIM[] = {"klaim", "tuduhan", "tudingan", "pernyataan", "laporan", NULL};
    if (i >= se || !wt_one_of(x->w[i], CLAIM))
        return -1;
    for (size_t k = i + 1; k < se && k < i + 4; k++) {
        if (x->ent[k] >= 0)
            return x->ent[k];
        if (!strcmp(x->w[k], ",") || wt_is(x->w[k], "bahwa"))
            break;
    }
    return -1;
}

/* where the noun of claim whose "bahwa" is at k starts ("klaim kelompok
 * Huthi bahwa"), or SIZE_MAX */
static size_t claim_before(const ectx *x, size_t sb, size_t k)
{
    for (size_t i = k; i-- > sb && i + 5 > k;)
        if (claim_of(x, i, k + 1) >= 0)
            return i;
    return SIZE_MAX;
}

/* "kelompok militan tersebut mengaku telah membunuh ...": a group named
 * back by "kelompok ... tersebut/itu" right before the verb is the latest
 * non-state group (the knowledge base's kind "other": Taliban, Houthi,
 * Hamas) named before it in the story; -1 when none */
static int group_anaphor(const ectx *x, size_t sb, size_t t, size_t *at)
{
    static const char *const AUX[] = {"telah", "sudah", "mengaku", "juga", "pun", "lalu", "kemudian", NULL};
    size_t k = t;
    while (k > sb && wt_one_of(x->w[k - 1], AUX))
        k--;
    if (k < sb + 2 || !(wt_is(x->w[k - 1], "tersebut") || wt_is(x->w[k - 1], "itu")))
        return -1;
    size_t g = k - 1; /* "kelompok" is at g - 1, up to three words before */
    while (g > sb && g + 4 > k && !wt_is(x->w[g - 1], "kelompok") && x->ent[g - 1] < 0)
        g--;
    if (g <= sb || !wt_is(x->w[g - 1], "kelompok") || x->ent[g - 1] >= 0)
        return -1;
    for (size_t i = g - 1; i-- > 0;) {
        int e = x->ent[i];
        if (e < 0)
            continue;
        const wt_entity *en = &x->d->entities[e];
        wt_kb_kind kk;
        const wt_kb_entity *ke = wt_kb_lookup(x->t->kb, en->name, strlen(en->name), &kk);
        if (wt_kb_kind_is(ke, "other")) {
            *at = g - 1;
            return e;
        }
    }
    return -1;
}

/* "Tsai mengutarakan "rasa kecewa sekaligus kecaman" atas ...": a verb of
 * saying, up to eight words before the noun in its clause, voices it */
static bool voiced_before(const ectx *x, size_t sb, size_t t)
{
    static const char *const SAY[] = {"menyampaikan", "mengutarakan", "melontarkan", "menyatakan", "mengungkapkan",
                                      "melayangkan", "menyuarakan", NULL};
    for (size_t i = t; i-- > sb && i + 8 >= t;) {
        if (!strcmp(x->w[i], ",") || x->ent[i] >= 0)
            return false;
        if (wt_one_of(x->w[i], SAY))
            return true;
    }
    return false;
}

/* whether a conjunction and a verb open another predicate of the same
 * subject between tokens from and to ("... dan telah mengatakan ...") */
static bool next_predicate(const ectx *x, size_t from, size_t to)
{
    for (size_t k = from; k + 1 < to; k++) {
        if (!conjunction(x->w[k]))
            continue;
        size_t v = k + 1;
        while (v + 1 < to && (wt_is(x->w[v], "telah") || wt_is(x->w[v], "juga") || wt_is(x->w[v], "sudah")))
            v++;
        if (verb_like(x, v))
            return true;
    }
    return false;
}

/* whether the phrase's object at pe names back an act told before
 * ("keputusan itu", "serangan tersebut", "serangan yang ..."); *attack:
 * the act is an attack */
static bool act_named_back(const ectx *x, size_t pe, size_t se, bool *attack)
{
    static const char *const ACT[] = {"keputusan", "langkah", "kebijakan", "tindakan", "serangan", NULL};
    size_t i = pe < se && wt_double_mark(x->w[pe]) ? pe + 1 : pe;
    *attack = i < se && wt_is(x->w[i], "serangan");
    /* "serangan yang menewaskan 12 orang": an attack told again */
    return i + 1 < se && wt_one_of(x->w[i], ACT) &&
           (wt_is(x->w[i + 1], "itu") || wt_is(x->w[i + 1], "tersebut") || wt_is(x->w[i + 1], "ini") ||
            (*attack && wt_is(x->w[i + 1], "yang")));
}

/* "kecaman atas keputusan itu", "mengecam langkah tersebut": the decision
 * or step told before is the latest one of another state's actor, in an
 * event of an earlier sentence (before the event `first`); "mengutuk
 * serangan itu/yang ...": the actor of the latest attack told before */
static int decision_antecedent(const ectx *x, size_t pe, size_t se, int a1, size_t first)
{
    bool attack;
    if (!act_named_back(x, pe, se, &attack))
        return -1;
    const char *own = country_of(x, a1);
    for (size_t k = first; k-- > 0;) {
        const wt_event *ev = &x->d->events[k];
        const wt_event_actor *p = &ev->actor1;
        if (attack && strcmp(ev->type, "ASSAULT") != 0)
            continue; /* an attack condemned is the latest attack told */
        if (p->entity >= 0 && p->entity != a1 && p->country && (!own || strcmp(p->country, own) != 0))
            return p->entity;
    }
    return -1;
}

/* Whether the entity at token i may be one of the two "kedua negara"
 * stands for: a state or a person of one (bodies, whose country says
 * little, are not), not a place something happens in ("di Hanoi") nor
 * the people of a place ("Demonstran Hong Kong"). */
static bool pair_candidate(const ectx *x, size_t sb, size_t i)
{
    int en = x->ent[i];
    if (!country_of(x, en) || x->d->entities[en].type == WT_ENT_ORG)
        return false;
    size_t st = (size_t)mention_start(x, i);
    return !(st > sb && place_word(x->w[st - 1])) && !in_place_phrase(x, sb, st) && !people_from(x, sb, st);
}

/* "kedua negara", "kedua belah pihak", "keduanya": the two countries
 * named before them in the sentence ("pertemuan dengan Prancis, ...,
 * Menteri Luar Negeri Rusia ... mengatakan kedua belah pihak membahas");
 * when it names none there, the two the sentence before joins with "dan"
 * ("Namun Amerika Serikat dan Arab Saudi meragukan ... Kedua negara
 * bersekutu ini malah menuding Iran"). The first entity of each into out;
 * false otherwise (the story's two countries stand for them). */
static bool pair_named(const ectx *x, size_t s, size_t b, size_t t, int out[2])
{
    size_t n = 0;
    for (size_t i = b; i < t; i++) {
        if (!pair_candidate(x, b, i) || (n && !strcmp(country_of(x, x->ent[i]), country_of(x, out[n - 1]))) ||
            (n == 2 && !strcmp(country_of(x, x->ent[i]), country_of(x, out[0]))))
            continue;
        if (n == 2)
            return false;
        out[n++] = x->ent[i];
    }
    if (n)
        return n == 2;
    if (s == 0)
        return false;
    const wt_sentence *ps = &x->d->sentences[s - 1];
    for (size_t k = ps->tok_begin + 1; k + 1 < ps->tok_end; k++)
        if (wt_is(x->w[k], "dan") && x->ent[k - 1] >= 0 && x->ent[k + 1] >= 0 &&
            pair_candidate(x, ps->tok_begin, k - 1) && pair_candidate(x, ps->tok_begin, k + 1) &&
            strcmp(country_of(x, x->ent[k - 1]), country_of(x, x->ent[k + 1])) != 0) {
            out[0] = x->ent[k - 1];
            out[1] = x->ent[k + 1];
            return true;
        }
    return false;
}

static bool sentence_events(ectx *x, size_t s)
{
    wt_doc *d = x->d;
    const wt_sentence *se = &d->sentences[s];
    size_t b = se->tok_begin, e = se->tok_end;
    bool coded_before = false; /* an event of this sentence is coded */
    size_t first_event = x->d->n_events; /* the events of this sentence start here */
    size_t prev_end = b;       /* where its phrase ended */
    wt_event_actor occupier = {NULL, NULL, -1}; /* the actor of a territorial act coded */
    for (size_t t = b; t < e; t++) {
        const pattern *best = NULL;
        size_t bl = 0;
        bool clitic = false; /* the verb's object is its -nya: said before */
        int c0 = tolower((unsigned char)x->w[t][0]);
        if (c0 < 'a' || c0 > 'z')
            continue;
        const wt_event_rules *r = x->t->rules;
        /* the phrases that start with this word, and the one-word ones it
         * is with "-nya" */
        char key[2][28];
        size_t len = strlen(x->w[t]);
        if (len >= sizeof key[0])
            continue;
        for (size_t i = 0; i <= len; i++)
            key[0][i] = (char)tolower((unsigned char)x->w[t][i]);
        size_t keys = 1;
        if (len > 5 && !strcmp(key[0] + len - 3, "nya")) {
            memcpy(key[1], key[0], len - 3);
            key[1][len - 3] = 0;
            keys = 2;
        }
        for (size_t q = 0; q < keys; q++)
            for (size_t k = first_with(r, key[q]); k < r->npat && !strcmp(r->pat[k].words[0], key[q]); k++) {
                if (q == 1 && r->pat[k].n != 1)
                    continue;
                bool cl;
                size_t m = phrase_at(x->w, e, t, r->pat[k].words, r->pat[k].n, &cl);
                if (m > bl || (m == bl && m && clitic && !cl)) {
                    bl = m;
                    best = &r->pat[k];
                    clitic = cl;
                }
            }
        if (!best)
            continue;
        size_t pe = t + bl;
        /* "menutup mata terhadap serangan udara Israel": an attack noun
         * after a preposition is an attack talked about, not the clause's
         * predicate; the subject before did not make it; after a noun of
         * a plan it is yet to be made */
        if (!best->noun && attack_noun(best->words[0]) && t > b &&
            (attack_talked_about(x->w[t - 1]) || attack_in_prospect(x->w[t - 1]))) {
            t = pe - 1;
            continue;
        }
        /* "PBB mengatakan, serangan udara oleh pasukan koalisi pimpinan AS
         * ...": an attack noun that opens the clause said is that clause's
         * subject; the one who says it did not make it. Its maker is the
         * agent after "oleh"; with none written, no event */
        bool said_attack = !best->noun && attack_noun(best->words[0]) && t > b &&
                           (said_comma(x, b, t - 1) || wt_is(x->w[t - 1], "bahwa"));
        if (said_attack && (pe >= e || !wt_is(x->w[pe], "oleh"))) {
            t = pe - 1;
            continue;
        }
        /* "perilaku mengancam", "retorika menyerang": a verb after a noun
         * of manner describes it; nobody acts */
        if (!best->noun && t > b && manner_noun(x->w[t - 1])) {
            t = pe - 1;
            continue;
        }
        if (!strcmp(best->type, "ASSAULT") && attack_by_other_means(x, b, t, e)) {
            t = pe - 1;
            continue;
        }
        /* "menahan diri", "membela diri": a reflexive object is no other
         * party (restraint, self-defence); "meminta maaf" is an apology,
         * no request */
        if (!best->noun && pe < e && (wt_is(x->w[pe], "diri") || (!strcmp(best->type, "REQUEST") && wt_is(x->w[pe], "maaf")) ||
                                      arrest_of_a_thing(x, t, pe, e) || signs_an_instrument_of_state(x, best, pe, e) ||
                                      caught_on_film(x, b, t))) {
            t = pe - 1;
            continue;
        }
        /* "meminta dukungan Polandia", "menggalang dukungan bagi ...": support
         * or help asked for or sought is not given */
        if (best->noun && t > b && sought(x->w[t - 1])) {
            t = pe - 1;
            continue;
        }
        if (best->voiced && !voiced_before(x, b, t)) {
            t = pe - 1;
            continue; /* "menuai kecaman atas": criticism drawn, not voiced */
        }
        if (best->purchase && !negated_before(x, b, t) && !hypothetical(x, b, t, e)) {
            bool ok = true, coded = false;
            if (advised_purchase(x, b, t, pe, e, &ok, &coded)) {
                if (!ok)
                    return false;
                coded_before |= coded;
                t = pe - 1;
                continue;
            }
        }
        if (!negated_before(x, b, t) && !hypothetical(x, b, t, e) && headless_relative(x, b, t)) {
            bool coded = false;
            if (!cleft_events(x, best, b, pe, e, &coded))
                return false;
            coded_before |= coded;
            t = pe - 1;
            continue;
        }
        bool dismisses = best->that && !strcmp(best->type, "REJECT"); /* the claim called false is its object */
        if (negated_before(x, b, t) || hypothetical(x, b, t, e) || (reported_false(x, b, t, e) && !dismisses) ||
            (!strcmp(best->type, "REJECT") && declines_comment(x, pe, e)) ||
            (!strcmp(best->type, "AGREE") && pe < e && (wt_is(x->w[pe], "bahwa") || agrees_with_opinion(x, best, pe, e)))) {
            /* agreeing that something is so: an opinion, no intention */
            t = pe - 1;
            continue;
        }
        if (best->conditional) { /* the future or readiness before it is the threat's own */
            if (!conditional_threats(x, best, b, t, pe, e, &coded_before))
                return false;
            t = pe - 1;
            continue;
        }
        enum modality mod = modality_before(x, b, t);
        /* "Iran harus bertanggung jawab": the obligation is the blame */
        if (mod == M_UNREAL && strcmp(best->type, "AGREE") != 0 && !best->that) {
            t = pe - 1;
            continue;
        }
        const pattern *willing = NULL;
        if (mod == M_WILLING && strcmp(best->type, "AGREE") != 0) {
            /* "siap bertemu": an intention to meet, cooperate, help */
            if (strcmp(best->type, "CONSULT") && strcmp(best->type, "COOPERATE") && strcmp(best->type, "SUPPORT") &&
                strcmp(best->type, "AID")) {
                t = pe - 1;
                continue;
            }
            willing = &INTENTION;
        }
        if (!strcmp(best->mode, "visit") && respects_paid(x, pe, e)) {
            t = pe - 1;
            continue;
        }
        int a1 = -1, a2 = -1, co_actor = -1;
        x->visit = !strcmp(best->mode, "visit");
        x->noun = best->noun;
        x->upon_people = !strcmp(best->type, "COERCE") || !strcmp(best->type, "ASSAULT") || !strcmp(best->type, "SANCTION");
        size_t at = t, pl, comma = 0;
        bool both = false, said_after = false, joint = false; /* joint: "A dan B" as the subject */
        int named_pair[2] = {-1, -1}; /* the two "kedua negara" stands for, when named */
        int group[8];
        size_t n_group = 0; /* "ketiga pemimpin": the parties in group */
        /* "melakukan kunjungan kerja ke Kenya": a light verb makes the
         * noun a predicate, its actor the subject before it */
        bool light = best->noun && t > b &&
                     (wt_is(x->w[t - 1], "melakukan") || wt_is(x->w[t - 1], "melaksanakan") ||
                      wt_is(x->w[t - 1], "menggelar") || wt_is(x->w[t - 1], "mengadakan") ||
                      wt_is(x->w[t - 1], "menjalani") || wt_is(x->w[t - 1], "memulai") ||
                      wt_is(x->w[t - 1], "dalam")); /* "Nama dalam kunjungan di Berlin" */
        if (best->that) {
            /* "AS dan Arab Saudi sepakat bahwa rezim Iran harus bertanggung
             * jawab atas ...": the one the clause is said of is the other
             * party; who says it, the subject before "bahwa" */
            size_t bi = t;
            bool dismissal = !strcmp(best->type, "REJECT");
            for (;;) {
                while (bi > b && !wt_is(x->w[bi - 1], "bahwa") && !said_comma(x, b, bi - 1))
                    bi--;
                /* "klaim kelompok Huthi bahwa mereka ... kurang kredibel": the
                 * claim's own "bahwa" is inside the clause said */
                if (!dismissal || bi <= b + 1 || !wt_is(x->w[bi - 1], "bahwa") || claim_before(x, b, bi - 1) == SIZE_MAX)
                    break;
                bi = claim_before(x, b, bi - 1);
            }
            if (dismissal) /* a claim called false: whose claim it is, or nothing */
                a2 = bi > b + 1 ? claim_of(x, bi, e) : -1;
            else
                a2 = bi > b + 1 ? clause_subject(x, bi, e, t) : -1;
            a1 = a2 >= 0 ? actor_before(x, b, bi - 1, &at) : -1;
            int said_by = a1 >= 0 ? saying_subject(x, b, bi - 1, t, at, a1) : -1;
            wt_event_actor S = actor(x, said_by);
            if (said_by >= 0 && said_by != a1 && political(x, &S)) {
                a1 = said_by; /* "Pompeo yang disebut Trump ... menyatakan bahwa": Pompeo */
                at = first_mention(x, b, e, a1);
            }
            if (a1 < 0 || a1 == a2) {
                t = pe - 1;
                continue;
            }
            co_actor = joined_subject(x, b, at, a1);
            said_after = bi > prev_end; /* a clause of its own after the event before */
        } else if (said_attack) {
            a1 = actor_after(x, pe + 1, e, -1, false);
            size_t i = a1 >= 0 ? first_mention(x, pe, e, a1) : e;
            while (i < e && x->ent[i] == a1)
                i++;
            a2 = a1 >= 0 ? actor_after(x, i, e, a1, true) : -1;
            at = a1 >= 0 ? first_mention(x, pe, e, a1) : at;
        } else if (light) {
            a1 = actor_before(x, b, t - 1, &at);
            a2 = actor_after(x, pe, e, a1, true);
        } else if (best->noun) {
            /* "demonstrasi dukungan untuk Amerika Serikat": the one after
             * "untuk", "bagi", "kepada" receives; who gives is not written */
            if (pe < e && (private_people(x->w[pe]) || wt_is(x->w[pe], "ke") || wt_is(x->w[pe], "untuk") ||
                           wt_is(x->w[pe], "bagi") || wt_is(x->w[pe], "kepada"))) {
                t = pe - 1;
                continue; /* "kunjungan wisatawan Indonesia ke Taiwan": no state's act;
                             "kunjungan ke PT DI": the visitor is not written */
            }
            a1 = actor_after(x, pe, e, -1, false);
            if (a1 >= 0) {
                size_t i = pe;
                while (i < e && x->ent[i] != a1)
                    i++;
                while (i < e && x->ent[i] == a1)
                    i++;
                if (best->joins) {
                    /* "bergabungnya UEA ke dalam aliansi tersebut": into a
                     * coalition, whose leader is the partner; else none */
                    size_t k = coalition_after(x, i, e);
                    a2 = k != SIZE_MAX ? coalition_leader(x, k, e) : -1;
                    if (a2 < 0 || a2 == a1) {
                        t = pe - 1;
                        continue;
                    }
                } else {
                    a2 = actor_after(x, i, fronted_phrase_end(x, b, t, e), a1, true);
                    if (a2 >= 0 && !mutual(best->type) && listed_with(x, i, e, a2)) {
                        t = pe - 1;
                        continue;
                    }
                }
            }
        } else {
            /* "kedua negara ... sepakat" */
            for (size_t i = t; i-- > b && i + 6 > t;)
                if (pair_words(x->w, e, i, &pl))
                    both = true;
            /* "dua negara sepakat ...", the subject right before the verb
             * (not "solusi dua negara") */
            for (size_t i = t; i-- > b && i + 4 > t && !both;)
                if (wt_is(x->w[i], "dua") && i + 1 < t && wt_is(x->w[i + 1], "negara") &&
                    (i == b || !(x->d->tokens[i - 1].kind == WT_TOK_WORD && islower((unsigned char)x->w[i - 1][0]))))
                    both = true;
            if (both && !pair_named(x, s, b, t, named_pair))
                named_pair[0] = named_pair[1] = -1; /* none, or one: the story's two */
            if (both && named_pair[0] >= 0) {
                /* "Kedua negara ... menuding Iran": each of the two accuses
                 * a third party the act names; a mutual act is theirs */
                int obj = mutual(best->type) || best->pair ? -1 : actor_after(x, pe, e, -1, true);
                const char *oc = country_of(x, obj);
                if (oc && strcmp(oc, country_of(x, named_pair[0])) && strcmp(oc, country_of(x, named_pair[1]))) {
                    both = false;
                    a1 = named_pair[0];
                    co_actor = named_pair[1];
                    a2 = obj;
                    at = t;
                }
            }
            /* "Ketiga pemimpin membahas ...": the parties of the meeting
             * told just before, every two of them */
            size_t want = mutual(best->type) && !both && a1 < 0 ? numbered_group(x, b, t) : 0;
            if (want && previous_meeting_parties(x, s, group, 8) == want) {
                n_group = want;
                a1 = group[0];
                a2 = group[1];
            } else if (a1 >= 0) {
                /* the pair named, each acting on the third party */
            } else if (!both && controlled_clause(x, b, t, e, &comma)) {
                /* "Setelah bertemu Mohammed bin Salman, Pompeo ...": the
                 * main clause's subject is the subordinate verb's */
                a1 = actor_after(x, comma + 1, e, -1, false);
                a2 = actor_after(x, pe, comma, a1, true);
            } else if (!both) {
                a1 = cue_subject(x, b, t, &at);
                if (a1 < 0)
                    a1 = group_anaphor(x, b, t, &at);
                if (a1 < 0)
                    a1 = coordinated_subject(x, b, t, &at);
                bool by_order = a1 < 0;
                if (a1 < 0)
                    a1 = actor_before(x, b, t, &at);
                if (a1 < 0 || at < b + 1)
                    a1 = pronoun_subject(x, s, b, t, a1);
                if (a1 < 0)
                    a1 = speaker_as_subject(x, b, t, &at);
                int subj = subject_entity(x, b, e, t, at, a1);
                if (subj < 0 && (actor_in_subjects_clause(x, b, e, t, at, a1) ||
                                 (by_order && actor_in_earlier_object(x, b, e, t, at, a1)))) {
                    t = pe - 1;
                    continue;
                }
                if (subj >= 0 && subj != a1 && people_from(x, b, first_mention(x, b, e, subj)))
                    subj = -1; /* "Aktivis Hong Kong mendesak": the activists are the subject */
                if (subj >= 0 && subj != a1) {
                    /* the parse names another subject: it is the actor */
                    a1 = subj;
                    at = first_mention(x, b, e, subj);
                }
                /* "Putin dan Prabowo membahas": both are actors of a
                 * mutual act; "AS dan Arab Saudi menyalahkan Iran": each
                 * is an actor of its own event, the object the target */
                int other = joined_subject(x, b, at, a1);
                bool conj = other >= 0;
                /* "UEA mengikuti langkah Arab Saudi untuk bergabung": the
                 * one who follows does it too, an actor of its own */
                size_t fol = pe < e && t > b && wt_is(x->w[t - 1], "untuk") ? followed_step(x, b, t - 1) : SIZE_MAX;
                size_t fat = fol;
                int follower = fol != SIZE_MAX ? actor_before(x, b, fol, &fat) : -1;
                if (!conj && follower >= 0 && follower != a1)
                    other = follower;
                /* "Malaysia dan Singapura menawarkan bantuan kepada
                 * Indonesia": an offer or a promise is not mutual */
                bool one_way = !strcmp(best->mode, "offer") || !strcmp(best->mode, "promise");
                /* "China dan Vietnam bekerja sama dengan polisi Inggris":
                 * a partner written after "dengan" makes the two co-actors */
                if (conj && wt_is(x->w[pe - 1], "dengan") && actor_after(x, pe, e, a1, true) >= 0)
                    one_way = true;
                if (conj && ((mutual(best->type) && !one_way) || best->pair)) {
                    a2 = a1;
                    a1 = other;
                    joint = true;
                } else {
                    co_actor = other;
                    a2 = actor_after(x, pe, e, a1, true);
                    if (a2 >= 0 && named_in_the_deed(x, best, pe, e, first_mention(x, pe, e, a2))) {
                        t = pe - 1;
                        continue; /* no partner is written: no other is sought */
                    }
                }
            }
        }
        static const char *const ASKING[] = {"mendesak", "mengimbau", "meminta",   "mengajak",
                                             "mendukung", "membantu", "mendorong", NULL};
        if (a2 >= 0 && best->n == 1 && !best->passive && wt_one_of(best->words[0], ASKING) &&
            asked_unnamed(x, pe, e))
            a2 = -1;
        if (a2 >= 0 && !strcmp(best->type, "REQUEST") && !best->passive && partner_of_the_act_asked(x, pe, e, a2))
            a2 = -1;
        if (!strcmp(best->type, "ACCUSE") && a1 >= 0 && !best->passive) {
            /* the act named back is the other party's, whoever its clause names */
            int back = decision_antecedent(x, pe, e, a1, first_event);
            bool attack;
            if (back >= 0)
                a2 = back;
            else if (a2 >= 0 && act_named_back(x, pe, e, &attack) && attack) {
                /* "mengutuk serangan tersebut dan telah mengatakan kepada Putra Mahkota Arab
                 * Saudi": no attacker told before; a name in the next predicate is none */
                size_t m = first_mention(x, b, e, a2);
                if (m >= pe && next_predicate(x, pe, m))
                    a2 = -1;
            }
        }
        if (!strcmp(best->type, "REJECT") && strcmp(best->cameo, "125") && a2 >= 0 && !best->passive &&
            refuses_a_thing(x, pe, e, a2)) /* 125: the phrase names the talks refused */
            a2 = -1;
        /* "dia membunuh perawat asal China": a person who kills commits a
         * crime; a state or an armed group that kills wages war */
        if (!strcmp(best->mode, "lethal") && a1 >= 0 && x->d->entities[a1].type == WT_ENT_PER) {
            t = pe - 1;
            continue;
        }
        if (a1 >= 0 && at < t && planned_by(x, b, at)) {
            t = pe - 1;
            continue;
        }
        if (best->role || best->calls) {
            int other = -1;
            if (best->role)
                other = party_of_role(x, pe, e);
            else if (named_at(x, pe, e) >= 0) {
                size_t k = pe;
                int named = named_at(x, pe, e);
                while (k < e && x->ent[k] != named)
                    k++;
                while (k < e && x->ent[k] == named)
                    k++;
                other = insult_after(x, k, e) ? named : -1;
            } else if (clitic && pe < e)
                other = insult_after(x, pe, e) ? -2 : -1; /* "menjulukinya": told of before */
            size_t at2 = t;
            int subj = actor_before(x, b, t, &at2);
            wt_event_actor S = actor(x, subj), O = actor(x, other >= 0 ? other : -1);
            if (other >= 0 && subj >= 0 && subj != other && interstate(x, &S, &O) && (O.name || O.country)) {
                const char *dom[16];
                size_t ndom = 0;
                domains_of(x, b, e, dom, &ndom, 16);
                if (!add_event(x, best, S, O, date_in(x, b, e), NULL, dom, ndom, d->tokens[b].start, d->tokens[e - 1].end))
                    return false;
                coded_before = true;
                prev_end = pe;
            }
            t = pe - 1;
            continue;
        }
        if (best->purchase) {
            bool coded = false;
            if (!purchase_events(x, best, b, t, pe, e, &coded))
                return false;
            coded_before |= coded;
            prev_end = coded ? pe : prev_end;
            t = pe - 1;
            continue;
        }
        if (best->territory) {
            wt_event_actor A = actor(x, a1);
            if (!political(x, &A) && occupier.name)
                A = occupier; /* "..., secara efektif menganeksasi ...": the same subject acts again */
            bool acts = !both && political(x, &A) &&
                        (A.entity < 0 || x->d->entities[A.entity].type != WT_ENT_PER || speaks_for_state(x, A.entity));
            bool coded = false;
            if (acts && !territory_events(x, best, &A, b, t, pe, e, &coded))
                return false;
            if (coded) {
                occupier = A;
                coded_before = true;
                prev_end = pe;
            }
            t = pe - 1;
            continue;
        }
        /* "Iran dituduh AS ...", "kapal Vietnam ditangkap oleh aparat
         * Indonesia": the subject is the target; the agent, right after
         * the verb or after "oleh", is the actor. No agent, no event. */
        if (best->passive) {
            static const char *const BY[] = {"oleh", NULL};
            int agent = entity_right_after(x, pe, e, BY);
            /* "bukti bahwa serangan didukung oleh Iran": the subject of a
             * di- verb is the noun right before it; a common noun there
             * (an attack, a plan, forces) is no named party */
            size_t k = t;
            for (;;) {
                if (k > b && (wt_is(x->w[k - 1], "telah") || wt_is(x->w[k - 1], "sudah") || wt_is(x->w[k - 1], "juga") ||
                              wt_is(x->w[k - 1], "yang") || wt_is(x->w[k - 1], "pun")))
                    k--;
                else if (k > b + 1 && wt_is(x->w[k - 1], "ini") && wt_is(x->w[k - 2], "selama"))
                    k -= 2; /* "yang selama ini didukung Iran" */
                else
                    break;
            }
            bool thing = !strncmp(best->words[0], "di", 2) && k > b && x->ent[k - 1] < 0 &&
                         x->d->tokens[k - 1].kind == WT_TOK_WORD && islower((unsigned char)x->w[k - 1][0]) &&
                         !pronoun(x->w[k - 1]);
            if (both || a1 < 0 || agent < 0 || agent == a1 || thing) {
                t = pe - 1;
                continue;
            }
            a2 = a1;
            a1 = agent;
            co_actor = -1;
        }
        if (best->group && !both && !n_group && !joint) {
            t = pe - 1;
            continue; /* "Putin membahas isu Suriah": a topic, no meeting */
        }
        if (coded_before && (both || a1 < 0 || (!best->noun && at < prev_end && !said_after && !relative_of(x, a1, t)))) {
            t = pe - 1;
            continue;
        }
        /* "membantahnya": the other party is the clitic, someone told of
         * before, not the next name ("memintanya mengikuti model Libya") */
        if (clitic && !best->noun)
            a2 = -1;
        /* "memperingatkan Trump", "memperingatkan kepada AS": the other
         * party is the object; "memperingatkan bahwa ..." or a warning of
         * risks names none */
        if (best->object) {
            static const char *const TO[] = {"kepada", "terhadap", "agar", "supaya", NULL};
            if (a2 < 0 || entity_right_after(x, pe, e, TO) != a2) {
                t = pe - 1;
                continue;
            }
        }
        wt_event_actor A1, A2;
        bool home = false;
        if (both) {
            const char *c1 = named_pair[0] >= 0 ? country_of(x, named_pair[0]) : x->pair[0],
                       *c2 = named_pair[1] >= 0 ? country_of(x, named_pair[1]) : x->pair[1];
            if (!c1 || !c2) {
                t = pe - 1;
                continue;
            }
            A1 = country_actor(x, c1);
            A2 = country_actor(x, c2);
        } else {
            if (a1 < 0) {
                t = pe - 1;
                continue; /* no actor: no event */
            }
            A1 = actor(x, a1);
            A2 = actor(x, a2);
            /* "akan mencaplok wilayah Tepi Barat": a threat to a territory
             * threatens the state it belongs to */
            int land = a2 >= 0 ? a2 : territory_after(x, pe, e);
            wt_event_actor L = actor(x, land);
            if (!strcmp(best->type, "THREATEN") && land >= 0 && !political(x, &L) &&
                x->d->entities[land].type == WT_ENT_LOC && L.country && (!A1.country || strcmp(A1.country, L.country) != 0))
                A2 = country_actor(x, L.country);
            if (A2.country && A1.country && !strcmp(A1.country, A2.country) && a2 != a1 &&
                x->d->entities[a2].type == WT_ENT_LOC && x->d->entities[a1].type != WT_ENT_LOC) {
                /* "Putin ... Rusia": the actor's own country is no partner;
                 * "kunjungan kerja ke Pekanbaru": a journey at home has none */
                home = !is_country(x, &x->d->entities[a2]);
                A2 = actor(x, -1);
            }
        }
        /* a meeting, an offer or cooperation with nobody named: in a
         * story about two countries, the other one ("negaranya juga
         * berminat ...", "kunjungan Mishustin", "Kuala Lumpur menawarkan
         * bantuan"); not a promise, which is often made at home */
        if (!both && !home && !A2.country && !A2.name && A1.country && x->pair[0] && x->pair[1] && x->pair_clear &&
            !partner_written(x, pe, e) && !partner_in_subject(x, b, t) && !stateless_body_after(x, pe, e) &&
            speaks_for_state(x, a1) && !with_companions(x, best, a1, pe, e) &&
            (!strcmp(best->type, "CONSULT") || (!strcmp(best->type, "AGREE") && (best->pair || !strcmp(best->mode, "offer"))) ||
             !strcmp(best->type, "COOPERATE"))) {
            if (!strcmp(A1.country, x->pair[0]))
                A2 = country_actor(x, x->pair[1]);
            else if (!strcmp(A1.country, x->pair[1]))
                A2 = country_actor(x, x->pair[0]);
        }
        /* "membantah bahwa pihaknya bertanggung jawab": a denial of a
         * claim; who made the claim is not in its clause */
        bool denial = !strcmp(best->type, "REJECT") && pe < e &&
                      (wt_is(x->w[pe], "bahwa") || (wt_is(x->w[t], "membantah") && x->ent[pe] < 0 &&
                                                    x->d->tokens[pe].kind == WT_TOK_WORD && islower((unsigned char)x->w[pe][0]) &&
                                                    (!strncmp(x->w[pe], "ter", 3) || !strncmp(x->w[pe], "me", 2) ||
                                                     !strncmp(x->w[pe], "ber", 3) || !strncmp(x->w[pe], "di", 2))));
        if (denial)
            A2 = actor(x, -1);
        /* "China membantah terlibat ...": denying a role, in a story about
         * two countries, answers the other one */
        if (denial && !wt_is(x->w[pe], "bahwa") && A1.country && x->pair[0] && x->pair[1] &&
            other_named_near(x, s, A1.country)) {
            if (!strcmp(A1.country, x->pair[0]))
                A2 = country_actor(x, x->pair[1]);
            else if (!strcmp(A1.country, x->pair[1]))
                A2 = country_actor(x, x->pair[0]);
        }
        /* "Pompeo menyalahkan Iran ..., dengan Teheran membantahnya": the
         * denial answers the accusation just told against the denier */
        if (clitic && !strcmp(best->type, "REJECT") && !A2.name && !A2.country && A1.country &&
            first_event < d->n_events) {
            const wt_event *pe_ev = &d->events[d->n_events - 1];
            if (pe_ev->actor2.country && !strcmp(pe_ev->actor2.country, A1.country) && pe_ev->actor1.country &&
                strcmp(pe_ev->actor1.country, A1.country))
                A2 = pe_ev->actor1;
        }
        const pattern *coded = willing ? willing : best;
        if (coded == best && !strcmp(best->mode, "meet") && by_telephone(x, pe, e))
            coded = &PHONE;
        if (!strcmp(best->mode, "promise") && promises_harm(x, pe, e))
            coded = &THREAT;
        else if (!strcmp(best->mode, "promise") && promises_leaving(x, pe, e)) {
            t = pe - 1;
            continue;
        }
        /* with no other party written or implied, only an actor that
         * speaks for a state acts between states ("Trump membantah ...";
         * not a minister's aide denying a corruption charge) */
        bool alone = !A2.name && !A2.country;
        if (!interstate(x, &A1, &A2) || (needs_partner(coded->type) && !denial && alone) ||
            (alone && denial && !other_country_in(x, b, e, A1.country) && !state_in_its_story(x, a1)) ||
            (alone && a1 >= 0 && x->d->entities[a1].type == WT_ENT_PER && !speaks_for_state(x, a1)) ||
            private_travel(x, coded, a1) || envoy_at_post(x, coded, a1, &A2)) {
            t = pe - 1;
            continue;
        }
        /* when, where, what about: the event's own sentence, else its
         * paragraph (a meeting, then "kata Putin pada Kamis (19/6/2025)")
         * unless "pernah", "dulu" or "sempat" put it in an undated past;
         * never the article's date (a past event told later keeps its own
         * date or none), nor the next paragraph's */
        size_t sub, sub_end; /* another verb's clause */
        subordinate_after(x, pe, e, &sub, &sub_end);
        size_t stop = clause_stop(x, pe, e);
        x->acts_from = strcmp(coded->type, "ASSAULT") ? pe : SIZE_MAX; /* an attack's date is its own */
        const char *date = date_in(x, t, stop < sub ? stop : sub); /* the phrase's own clause first */
        /* "bersumpah akan mencaplok sebagian Tepi Barat, yang ... diduduki
         * Israel sejak 1967": what is to come takes no date from the rest
         * of its sentence or paragraph */
        bool to_come = wt_is(x->w[t], "akan") || wt_is(x->w[t], "bakal") ||
                       (t > b && (wt_is(x->w[t - 1], "akan") || wt_is(x->w[t - 1], "bakal")));
        /* "Kelompok Houthi, yang didukung Iran, mengatakan pihaknya
         * menyerang ... pada Sabtu pagi": a passive relative clause tells
         * a standing relation of its head; the sentence's date is its
         * main verb's ("pernyataan yang mengutuk ..." is dated as ever) */
        bool relative = false;
        for (size_t k = t; best->passive && k > b && k + 3 > t && !relative; k--)
            relative = wt_is(x->w[k - 1], "yang");
        size_t from = past_clause_before(x, b, t);
        if (!date && !to_come && !relative)
            date = date_around(x, from, e, sub, sub_end, false);
        if (!date && !to_come && !relative && from == b && !undated_past(x, b, t)) {
            uint32_t para = se->paragraph;
            size_t pb = s, pend = s;
            while (pb > 0 && d->sentences[pb - 1].paragraph == para)
                pb--;
            while (pend + 1 < d->n_sentences && d->sentences[pend + 1].paragraph == para)
                pend++;
            date = date_around(x, d->sentences[pb].tok_begin, d->sentences[pend].tok_end, sub, sub_end, true);
        }
        /* "... usai melakukan pertemuan bilateral dengan Presiden Prabowo"
         * then "..., kata Putin pada Kamis (19/6/2025)": the next sentence
         * dates what this one told when the actor speaks in it */
        if (!date && !relative && s + 1 < d->n_sentences && !undated_past(x, b, t) && actor_speaks_in(x, s + 1, &A1))
            date = date_in_ex(x, d->sentences[s + 1].tok_begin, d->sentences[s + 1].tok_end, true);
        x->acts_from = SIZE_MAX;
        const char *loc = place_in(x, pe, sub, A1.country, A2.country);
        if (!loc && sub_end < e)
            loc = place_in(x, sub_end, e, A1.country, A2.country);
        if (!loc && !strcmp(best->cameo, "042")) /* a visit: where to */
            for (size_t i = pe; i + 1 < sub && !loc; i++)
                if (wt_is(x->w[i], "ke") && x->ent[i + 1] >= 0 && d->entities[x->ent[i + 1]].type == WT_ENT_LOC)
                    loc = d->entities[x->ent[i + 1]].name;
        const char *dom[16];
        size_t ndom = 0;
        domains_of(x, b, e, dom, &ndom, 16);
        if (!add_event(x, coded, A1, A2, date, loc, dom, ndom, d->tokens[b].start, d->tokens[e - 1].end))
            return false;
        /* the other subject of "A dan B menyalahkan C" */
        if (co_actor >= 0 && co_actor != a2) {
            wt_event_actor C = actor(x, co_actor);
            if (interstate(x, &C, &A2) &&
                !add_event(x, coded, C, A2, date, loc, dom, ndom, d->tokens[b].start, d->tokens[e - 1].end))
                return false;
        }
        /* "Ketiga pemimpin ...": every other two of the group */
        for (size_t i = 0; i < n_group; i++)
            for (size_t j = i + 1; j < n_group; j++) {
                wt_event_actor G1 = actor(x, group[i]), G2 = actor(x, group[j]);
                if ((i || j > 1) && interstate(x, &G1, &G2) &&
                    !add_event(x, coded, G1, G2, date, loc, dom, ndom, d->tokens[b].start, d->tokens[e - 1].end))
                    return false;
            }
        /* "bertemu dengan A, B dan C": one event per partner named */
        int more[8];
        size_t n_more = a2 >= 0 && !both ? more_partners(x, a1, a2, pe, e, more, 8) : 0;
        for (size_t k = 0; k < n_more; k++) {
            wt_event_actor P = actor(x, more[k]);
            if (interstate(x, &A1, &P) &&
                !add_event(x, coded, A1, P, date, loc, dom, ndom, d->tokens[b].start, d->tokens[e - 1].end))
                return false;
        }
        if (comma > t) { /* the main clause after "Setelah bertemu X, ..." has its own verb */
            t = comma;
            continue;
        }
        /* a later phrase of the sentence is an event of its own only with
         * its own subject, written after this one ("..., sementara Jepang
         * mengecam Korea Utara") */
        coded_before = true;
        prev_end = pe;
        t = pe - 1;
    }
    return true;
}

wt_status wt_events(wt_doc *d, const wt_event_tables *t)
{
    d->events = NULL;
    d->n_events = 0;
    if (!d->n_tokens)
        return WT_OK;
    ectx x = {t, d, wt_doc_words(d), wt_doc_token_entities(d), {NULL, NULL}, false, 0, false, false, false, SIZE_MAX};
    if (!x.w || !x.ent)
        return WT_ENOMEM;
    find_pair(&x);
    for (size_t s = 0; s < d->n_sentences; s++)
        if (!sentence_events(&x, s))
            return WT_ENOMEM;
    return WT_OK;
}
