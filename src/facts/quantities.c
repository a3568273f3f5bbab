/* quantities.c - numbers with what they count.
 *
 * A quantity is a number in digits ("1.000", "1,5", "80%") or in words
 * ("lima", "dua belas", "tiga ribu"), times a scale word ("1,5 juta",
 * "US$2 miliar"), with a unit before or after it (currencies: "US$",
 * "Rp", "dolar AS"; "persen", "%", measures) or else the noun it counts
 * ("500 orang", "75 tahun"), and the approximation written before it
 * ("kurang lebih", "lebih dari", "sekitar", "hampir", "setidaknya").
 * Numbers inside dates, times and ordinals ("ke-65") are not quantities;
 * a number in words counts only with a unit or noun after it. */
#include "facts.h"

#include <ctype.h>
#include <stdlib.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

typedef struct unit {
    const char *words; /* space-separated words as written */
    const char *unit;  /* normalised */
    bool before;       /* written before the number */
} unit;

static const unit UNITS[] = {
    {"US$", "USD", true},        {"USD", "USD", true},        {"$", "USD", true},
    {"Rp", "IDR", true},         {"Rp.", "IDR", true},        {"IDR", "IDR", true},
    {"€", "EUR", true},          {"EUR", "EUR", true},        {"S$", "SGD", true},
    {"RM", "MYR", true},         {"dolar AS", "USD", false},  {"dolar Amerika Serikat", "USD", false},
    {"dolar Amerika", "USD", false}, {"dolar", "USD", false}, {"rupiah", "IDR", false},
    {"euro", "EUR", false},      {"yuan", "CNY", false},      {"rubel", "RUB", false},
    {"yen", "JPY", false},       {"won", "KRW", false},       {"ringgit", "MYR", false},
    {"persen", "percent", false}, {"%", "percent", false},    {"kilometer", "km", false},
    {"km", "km", false},         {"meter", "m", false},       {"ton", "t", false},
    {"kilogram", "kg", false},   {"kg", "kg", false},         {"barel", "barrel", false},
    {"megawatt", "MW", false},   {"MW", "MW", false},         {"gigawatt", "GW", false},
    {"GW", "GW", false},         {"kilowatt", "kW", false},   {"hektare", "ha", false},
    {"hektar", "ha", false},     {"liter", "l", false},       {NULL, NULL, false},
};

/* nouns a number counts: the object of the quantity */
static const char *const OBJECTS[] = {
    "orang", "tahun", "bulan", "hari", "jam", "menit", "pekan", "minggu", "negara", "unit", "kali", "buah",
    "proyek", "perusahaan", "warga", "mahasiswa", "pelajar", "siswa", "tentara", "prajurit", "korban", "kapal",
    "pesawat", "reaktor", "pembangkit", "bidang", "sektor", "dokumen", "perjanjian", "kesepakatan", "nota",
    "pemimpin", "menteri", "delegasi", "rumah", "desa", "kota", "provinsi", "pulau", "juta", "tank", "rudal",
    "jet", "helikopter", "senjata", "dosis", "kasus", "pasien", "pekerja", "tenaga", "personel", "anggota",
    "peserta", "penduduk", "jiwa", "ekor", "lembar", "paket", "gedung", "sekolah", "universitas", "dekade",
    NULL};

static size_t match_words(const char *const *w, size_t n, size_t i, const char *words)
{
    size_t k = i;
    const char *p = words;
    while (*p) {
        /* most words differ at once: their first letters first */
        if (k >= n || tolower((unsigned char)w[k][0]) != tolower((unsigned char)*p))
            return 0;
        const char *sp = strchr(p, ' ');
        size_t len = sp ? (size_t)(sp - p) : strlen(p);
        if (strlen(w[k]) != len || strncasecmp(w[k], p, len) != 0)
            return 0;
        k++;
        p += len;
        while (*p == ' ')
            p++;
    }
    return k - i;
}

/* unit_starts[before][c]: some unit written before (after) the number
 * starts with the lower-case byte c; most words start none */
static bool unit_starts[2][256];
static pthread_once_t unit_starts_once = PTHREAD_ONCE_INIT;

static void find_unit_starts(void)
{
    for (size_t k = 0; UNITS[k].words; k++)
        unit_starts[UNITS[k].before][tolower((unsigned char)UNITS[k].words[0])] = true;
}

static const unit *unit_at(const char *const *w, size_t n, size_t i, bool before, size_t *len)
{
    const unit *best = NULL;
    *len = 0;
    if (i >= n)
        return NULL;
    int first = tolower((unsigned char)w[i][0]); /* most units differ there */
    pthread_once(&unit_starts_once, find_unit_starts);
    if (!unit_starts[before][first])
        return NULL;
    for (size_t k = 0; UNITS[k].words; k++) {
        if (UNITS[k].before != before || tolower((unsigned char)UNITS[k].words[0]) != first)
            continue;
        size_t m = match_words(w, n, i, UNITS[k].words);
        if (m > *len) {
            *len = m;
            best = &UNITS[k];
        }
    }
    return best;
}

static const unit *unit_named(const char *name)
{
    for (size_t k = 0; UNITS[k].words; k++)
        if (!strcmp(UNITS[k].unit, name))
            return &UNITS[k];
    return NULL;
}

static double scale_of(const char *w)
{
    if (wt_is(w, "ribu"))
        return 1e3;
    if (wt_is(w, "juta"))
        return 1e6;
    if (wt_is(w, "miliar") || wt_is(w, "milyar"))
        return 1e9;
    if (wt_is(w, "triliun"))
        return 1e12;
    return 0;
}

/* the approximation written before token i: its start and meaning */
static const char *approx_before(const char *const *w, size_t i, size_t *start)
{
    static const struct {
        const char *words, *meaning;
    } A[] = {{"kurang lebih", "about"},  {"lebih dari", "more_than"}, {"lebih", "more_than"},
             {"kurang dari", "less_than"}, {"sekitar", "about"},      {"kira-kira", "about"},
             {"hampir", "almost"},       {"nyaris", "almost"},       {"setidaknya", "at_least"},
             {"sedikitnya", "at_least"}, {"minimal", "at_least"},    {"paling sedikit", "at_least"},
             {"maksimal", "at_most"},    {"hingga", "up_to"},        {"sampai", "up_to"},
             {"mencapai", "up_to"},      {"di atas", "more_than"},   {"di bawah", "less_than"},
             {"sebanyak", NULL},         {NULL, NULL}};
    for (size_t k = 0; A[k].words; k++) {
        size_t nw = 1;
        for (const char *p = A[k].words; *p; p++)
            nw += *p == ' ';
        if (i < nw)
            continue;
        if (match_words(w, i, i - nw, A[k].words) == nw) {
            *start = i - nw;
            return A[k].meaning;
        }
    }
    return NULL;
}

/* inside a date? (dates are in text order and do not overlap) */
static bool in_date(const wt_doc *d, uint32_t start, uint32_t end)
{
    size_t lo = 0, hi = d->n_dates;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->dates[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->n_dates && d->dates[lo].start < end;
}

static bool is_object(const char *w)
{
    for (size_t k = 0; OBJECTS[k]; k++)
        if (wt_is(w, OBJECTS[k]))
            return true;
    return false;
}

wt_status wt_quantities(wt_doc *d)
{
    d->quantities = NULL;
    d->n_quantities = 0;
    const char **w = wt_doc_words(d);
    if (!d->n_tokens)
        return WT_OK;
    if (!w)
        return WT_ENOMEM;
    size_t cap = 0;
    for (size_t s = 0; s < d->n_sentences; s++) {
        size_t b = d->sentences[s].tok_begin, n = d->sentences[s].tok_end;
        for (size_t i = b; i < n; i++) {
            const wt_token *t = &d->tokens[i];
            double v = 0;
            size_t nl = 0;
            bool digits = false;
            char numbuf[48];
            /* "US$2" and "80%" may be one token or several */
            const char *word = w[i];
            const unit *pre = NULL;
            size_t ul = 0;
            if (i > b)
                pre = unit_at(w, n, i - 1, true, &ul), pre = ul == 1 ? pre : NULL;
            if (t->kind == WT_TOK_NUMBER || isdigit((unsigned char)word[0])) {
                size_t len = strlen(word);
                bool pct = len > 1 && word[len - 1] == '%';
                snprintf(numbuf, sizeof numbuf, "%.*s", (int)(pct ? len - 1 : len), word);
                if (!wt_parse_number(numbuf, strlen(numbuf), &v))
                    continue;
                nl = 1;
                digits = true; /* "80%": the unit comes below */
            } else if (!strncmp(word, "US$", 3) && wt_parse_number(word + 3, strlen(word + 3), &v)) {
                nl = 1;
                digits = true;
                pre = unit_named("USD");
            } else {
                nl = wt_number_words(w, n, i, &v);
                if (!nl)
                    continue;
            }
            uint32_t start = (pre ? d->tokens[i - 1].start : t->start);
            size_t pre_at = pre ? i - 1 : i; /* where the written unit starts */
            /* "US$2" and "S$5" are read as "US" "$" "2" */
            if (pre && !strcmp(w[i - 1], "$") && i >= b + 2 && d->tokens[i - 2].end == d->tokens[i - 1].start &&
                (wt_is(w[i - 2], "US") || wt_is(w[i - 2], "S"))) {
                pre = unit_named(wt_is(w[i - 2], "S") ? "SGD" : "USD");
                pre_at = i - 2;
                start = d->tokens[pre_at].start;
            }
            size_t e = i + nl;
            /* ordinals, times and dates are not quantities */
            if (i > b && (wt_is(w[i - 1], "ke") || wt_is(w[i - 1], "ke-") || wt_is(w[i - 1], "pukul") || wt_is(w[i - 1], "jam")))
                continue;
            if (in_date(d, t->start, t->end))
                continue;
            /* a scale: 1,5 juta, US$2 miliar, tiga ribu (the word reader took those) */
            if (digits && e < n && scale_of(w[e]) > 0) {
                v *= scale_of(w[e]);
                e++;
            }
            const char *unit_name = pre ? pre->unit : NULL;
            const char *object = NULL;
            size_t len = strlen(word);
            if (digits && len > 1 && word[len - 1] == '%')
                unit_name = "percent";
            size_t al;
            const unit *post = e < n ? unit_at(w, n, e, false, &al) : NULL;
            if (post && !unit_name) {
                unit_name = post->unit;
                e += al;
            }
            if (!unit_name && e < n && is_object(w[e])) {
                object = wt_arena_strndup(d->arena, w[e], strlen(w[e]));
                for (char *p = (char *)object; p && *p; p++)
                    *p = (char)tolower((unsigned char)*p);
                e++;
            }
            /* a number in words needs what it counts ("salah satu" is none) */
            if (!digits && !unit_name && !object)
                continue;
            if (!digits && i > b && wt_is(w[i - 1], "salah"))
                continue;
            size_t ast = i;
            const char *approx = approx_before(w, pre_at, &ast);
            if (approx || ast < i)
                start = d->tokens[ast].start;
            wt_quantity *q = WT_VEC_PUSH(d->arena, d->quantities, d->n_quantities, cap);
            if (!q)
                return WT_ENOMEM;
            q->start = start;
            q->end = d->tokens[e - 1].end;
            q->value = v;
            q->unit = unit_name;
            q->object = object;
            q->approx = approx;
            i = e - 1;
        }
    }
    return WT_OK;
}
