/* dates.c - Indonesian temporal expressions to ISO 8601.
 *
 * Two passes over the tokens. The first finds full dates ("Kamis
 * (19/6/2025)", "15 Januari 2025", "19/6/2025"); the document's date is its
 * metadata date or else the first full date (its first dated sentence).
 * The second resolves what needs an anchor: dates without a year ("Rabu
 * (15/1)", "14 Jan."), weekdays ("diterbitkan Rabu"), relative words
 * ("kemarin", "pekan lalu", "tahun ini"), and adds years, months, ranges
 * ("antara 1995 dan 2023") and durations ("dalam waktu lima tahun",
 * "setengah tahun setelah"). A weekday written next to a date is checked
 * against the calendar; without a year, the year that agrees with it wins. */
#include "facts.h"

#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const MONTHS[12][4] = {
    {"januari", "jan", NULL},           {"februari", "feb", "pebruari", NULL}, {"maret", "mar", NULL},
    {"april", "apr", NULL},             {"mei", NULL},                         {"juni", "jun", NULL},
    {"juli", "jul", NULL},              {"agustus", "agu", "agt", "ags"},     {"september", "sep", "sept", NULL},
    {"oktober", "okt", "oct", NULL},    {"november", "nov", "nop", NULL},      {"desember", "des", "dec", NULL},
};

static const char *const WEEKDAYS[7][2] = {{"senin", NULL},  {"selasa", NULL}, {"rabu", NULL},
                                           {"kamis", NULL},  {"jumat", "jum'at"}, {"sabtu", NULL},
                                           {"minggu", "ahad"}};

/* word without a final period, lower-cased, into out */
static void low(const char *w, char *out, size_t cap)
{
    size_t k = 0;
    for (; *w && k + 1 < cap; w++)
        out[k++] = (char)tolower((unsigned char)*w);
    while (k && out[k - 1] == '.')
        k--;
    out[k] = 0;
}

/* The month and weekday names by the hash of their lower case, filled
 * once from the tables above: a name's number, or -1. */
typedef struct name_slot {
    const char *name; /* NULL: empty */
    int value;
} name_slot;

#define NAME_SLOTS 64 /* a power of two, over twice the names */
static name_slot month_names[NAME_SLOTS], weekday_names[NAME_SLOTS];
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static void name_put(name_slot *t, const char *name, int value)
{
    size_t i = wt_word_hash_ci(name) & (NAME_SLOTS - 1);
    while (t[i].name)
        i = (i + 1) & (NAME_SLOTS - 1);
    t[i] = (name_slot){name, value};
}

static void names_fill(void)
{
    for (int m = 0; m < 12; m++)
        for (int k = 0; k < 4 && MONTHS[m][k]; k++)
            name_put(month_names, MONTHS[m][k], m + 1);
    for (int d = 0; d < 7; d++)
        for (int k = 0; k < 2 && WEEKDAYS[d][k]; k++)
            name_put(weekday_names, WEEKDAYS[d][k], d);
}

/* l: a lower-case word */
static int name_get(const name_slot *t, const char *l)
{
    pthread_once(&names_once, names_fill);
    for (size_t i = wt_word_hash_ci(l) & (NAME_SLOTS - 1); t[i].name; i = (i + 1) & (NAME_SLOTS - 1))
        if (!strcmp(l, t[i].name))
            return t[i].value;
    return -1;
}

static int month_of(const char *w)
{
    /* every name and abbreviation starts with one of these letters */
    if (!strchr("jfpmasondJFPMASOND", w[0]) || !w[0] || strlen(w) > 10)
        return 0;
    char l[16];
    low(w, l, sizeof l);
    int m = name_get(month_names, l);
    return m > 0 ? m : 0;
}

static int weekday_of(const char *w)
{
    if (!isalpha((unsigned char)w[0]) || strlen(w) > 7)
        return -1;
    char l[16];
    low(w, l, sizeof l);
    return name_get(weekday_names, l);
}

static bool all_digits(const char *s, size_t min, size_t max)
{
    size_t n = strlen(s);
    if (n < min || n > max)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return true;
}

static bool valid(int y, int m, int d)
{
    if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2999)
        return false;
    static const int DAYS[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > DAYS[m - 1])
        return false;
    return !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

static bool two_digits(const char *s, int *v)
{
    if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]))
        return false;
    *v = (s[0] - '0') * 10 + (s[1] - '0');
    return true;
}

/* One ISO value of n bytes (no range) as its first and last day. */
static bool one_bounds(const char *s, size_t n, long *lo, long *hi)
{
    int y, m = 0, d = 0;
    if (n < 4)
        return false;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    static const int DAYS[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (n == 4 && valid(y, 1, 1)) {
        *lo = wt_days_from_civil(y, 1, 1);
        *hi = wt_days_from_civil(y, 12, 31);
        return true;
    }
    if (n == 8 && s[4] == '-' && s[5] == 'W' && two_digits(s + 6, &m) && m >= 1 && valid(y, 1, 4)) {
        long jan4 = wt_days_from_civil(y, 1, 4);
        long monday = jan4 - wt_weekday(y, 1, 4) + 7L * (m - 1);
        int wy, wm, wd;
        wt_civil_from_days(monday + 3, &wy, &wm, &wd); /* the week's Thursday is in its year */
        if (wy != y)
            return false;
        *lo = monday;
        *hi = monday + 6;
        return true;
    }
    if ((n != 7 && n != 10) || s[4] != '-' || !two_digits(s + 5, &m))
        return false;
    if (n == 7) {
        if (!valid(y, m, 1))
            return false;
        *lo = wt_days_from_civil(y, m, 1);
        int last = DAYS[m - 1];
        if (m == 2 && !valid(y, 2, 29))
            last = 28;
        *hi = wt_days_from_civil(y, m, last);
        return true;
    }
    if (s[7] != '-' || !two_digits(s + 8, &d) || !valid(y, m, d))
        return false;
    *lo = *hi = wt_days_from_civil(y, m, d);
    return true;
}

bool wt_date_bounds(const char *value, char lo[11], char hi[11])
{
    if (!value)
        return false;
    size_t n = strlen(value);
    const char *slash = memchr(value, '/', n);
    long a, b, c, d;
    if (slash) {
        if (!one_bounds(value, (size_t)(slash - value), &a, &b) ||
            !one_bounds(slash + 1, n - (size_t)(slash - value) - 1, &c, &d) || c < a)
            return false;
        b = d;
    } else if (!one_bounds(value, n, &a, &b))
        return false;
    int y, m, dd;
    wt_civil_from_days(a, &y, &m, &dd);
    snprintf(lo, 11, "%04d-%02d-%02d", y, m, dd);
    wt_civil_from_days(b, &y, &m, &dd);
    snprintf(hi, 11, "%04d-%02d-%02d", y, m, dd);
    return true;
}

/* "19/6/2025", "19-6-2025", "15/1" */
static int slash_date(const char *w, int *y, int *m, int *d)
{
    int a, b, c, len = 0;
    if (sscanf(w, "%d/%d/%d%n", &a, &b, &c, &len) == 3 && (size_t)len == strlen(w)) {
        *d = a, *m = b, *y = c < 100 ? 2000 + c : c;
        return 3;
    }
    if (sscanf(w, "%d-%d-%d%n", &a, &b, &c, &len) == 3 && (size_t)len == strlen(w) && c >= 1000) {
        *d = a, *m = b, *y = c;
        return 3;
    }
    if (sscanf(w, "%d/%d%n", &a, &b, &len) == 2 && (size_t)len == strlen(w) && a >= 1 && a <= 31 && b >= 1 &&
        b <= 12) {
        *d = a, *m = b, *y = 0;
        return 2;
    }
    return 0;
}

typedef struct found {
    uint32_t s, e; /* tokens */
    int y, m, d;   /* y = 0: needs a year; d = 0: a month; m = 0: a year */
    int wday;      /* written weekday or -1 */
    const char *value; /* already normalised (ranges, durations, weeks) */
} found;

typedef struct scan {
    wt_doc *doc;
    const char **w;
    size_t n;
    found *f;
    size_t nf, cap;
    uint8_t *used;
} scan;

/* The year written after the month name at token k: "Januari 2025",
 * after an abbreviation's dot, which the tokenizer keeps apart ("Sept.
 * 2019", "Jan. 2020"), or after "tahun" ("30 Desember tahun 2019"); sets
 * *y and *end (past the year) when there is one. */
static bool year_after_month(const scan *s, size_t k, int *y, size_t *end)
{
    size_t j = k + 1;
    if (j + 1 < s->n && !strcmp(s->w[j], ".") && strlen(s->w[k]) <= 4)
        j++;
    else if (j + 1 < s->n && wt_is(s->w[j], "tahun")) /* "30 Desember tahun 2019" */
        j++;
    if (j >= s->n || !all_digits(s->w[j], 4, 4))
        return false;
    *y = atoi(s->w[j]);
    *end = j + 1;
    return true;
}

static bool push(scan *s, found f)
{
    for (uint32_t t = f.s; t < f.e; t++)
        if (s->used[t])
            return true; /* overlaps an earlier find */
    found *p = WT_VEC_PUSH(s->doc->arena, s->f, s->nf, s->cap);
    if (!p)
        return false;
    *p = f;
    memset(s->used + f.s, 1, f.e - f.s);
    return true;
}

/* a weekday (optionally followed by a comma) right before token i */
static int weekday_before(scan *s, size_t i, size_t *start)
{
    if (i >= 1 && weekday_of(s->w[i - 1]) >= 0) {
        *start = i - 1;
        return weekday_of(s->w[i - 1]);
    }
    if (i >= 2 && !strcmp(s->w[i - 1], ",") && weekday_of(s->w[i - 2]) >= 0) {
        *start = i - 2;
        return weekday_of(s->w[i - 2]);
    }
    return -1;
}

static const char *fmt(wt_arena *a, const char *f, ...) __attribute__((format(printf, 2, 3)));

/* "13-14 Mei 2019" or "13 hingga/sampai/- 15 September 2019" at token i:
 * how many tokens, the year, the month and the two days; 0 when none */
static size_t day_range(const scan *s, size_t i, int *y, int *m, int *d1, int *d2)
{
    const char **w = s->w;
    size_t j;
    int a, b, n = 0;
    if (!isdigit((unsigned char)w[i][0])) /* both forms start with a day: most words are no date */
        return 0;
    if (sscanf(w[i], "%2d-%2d%n", &a, &b, &n) == 2 && w[i][n] == 0 && all_digits(w[i], 3, 5) == false)
        j = i + 1;
    else if (all_digits(w[i], 1, 2) && i + 2 < s->n &&
             (wt_is(w[i + 1], "hingga") || wt_is(w[i + 1], "sampai") || wt_is(w[i + 1], "-") ||
              !strcmp(w[i + 1], "\xe2\x80\x93")) &&
             all_digits(w[i + 2], 1, 2)) {
        a = atoi(w[i]);
        b = atoi(w[i + 2]);
        j = i + 3;
    } else {
        return 0;
    }
    if (j + 1 >= s->n || (*m = month_of(w[j])) <= 0 || !all_digits(w[j + 1], 4, 4))
        return 0;
    *y = atoi(w[j + 1]);
    if (a >= b || !valid(*y, *m, a) || !valid(*y, *m, b))
        return 0;
    *d1 = a;
    *d2 = b;
    return j + 2 - i;
}

static bool pass_absolute(scan *s)
{
    const char **w = s->w;
    for (size_t i = 0; i < s->n; i++) {
        int y, m, d, k;
        /* Kamis (19/6/2025) or (15/1) */
        if (!strcmp(w[i], "(") && i + 2 < s->n && !strcmp(w[i + 2], ")") && (k = slash_date(w[i + 1], &y, &m, &d))) {
            size_t st = i;
            int wd = weekday_before(s, i, &st);
            if ((k == 3 && valid(y, m, d)) || k == 2) {
                if (!push(s, (found){(uint32_t)st, (uint32_t)(i + 3), y, m, d, wd, NULL}))
                    return false;
                i += 2;
                continue;
            }
        }
        /* 19/6/2025 standing alone */
        if (s->doc->tokens[i].kind == WT_TOK_NUMBER && slash_date(w[i], &y, &m, &d) == 3 && valid(y, m, d)) {
            if (!push(s, (found){(uint32_t)i, (uint32_t)i + 1, y, m, d, -1, NULL}))
                return false;
            continue;
        }
        /* day ranges with a year: "13-14 Mei 2019", "13 hingga 15 September
         * 2019" -> 2019-05-13/2019-05-14 */
        size_t rr = day_range(s, i, &y, &m, &d, &k);
        if (rr) {
            const char *v = fmt(s->doc->arena, "%04d-%02d-%02d/%04d-%02d-%02d", y, m, d, y, m, k);
            if (!v || !push(s, (found){(uint32_t)i, (uint32_t)(i + rr), 0, 0, 0, -1, v}))
                return false;
            i += rr - 1;
            continue;
        }
        /* [Rabu,] 15 Januari [2025] */
        if (all_digits(w[i], 1, 2) && i + 1 < s->n && (m = month_of(w[i + 1])) > 0) {
            d = atoi(w[i]);
            y = 0;
            size_t e = i + 2;
            year_after_month(s, i + 1, &y, &e);
            size_t st = i;
            int wd = weekday_before(s, i, &st);
            if (d >= 1 && d <= 31 && (!y || valid(y, m, d))) {
                if (!push(s, (found){(uint32_t)st, (uint32_t)e, y, m, d, wd, NULL}))
                    return false;
                i = e - 1;
                continue;
            }
        }
        /* Januari 2025, Sept. 2019 */
        size_t e = i + 1;
        if ((m = month_of(w[i])) > 0 && isupper((unsigned char)w[i][0]) && year_after_month(s, i, &y, &e)) {
            if (!push(s, (found){(uint32_t)i, (uint32_t)e, y, m, 0, -1, NULL}))
                return false;
            i = e - 1;
        }
    }
    return true;
}

static const char *fmt(wt_arena *a, const char *f, ...) __attribute__((format(printf, 2, 3)));
static const char *fmt(wt_arena *a, const char *f, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, f);
    vsnprintf(buf, sizeof buf, f, ap);
    va_end(ap);
    return wt_arena_strndup(a, buf, strlen(buf));
}

static bool year_word(const char *w, int *y)
{
    if (!all_digits(w, 4, 4))
        return false;
    *y = atoi(w);
    return *y >= 1800 && *y <= 2200;
}

/* NUM unit as a duration: P5Y, P6M, P2W, P3D */
static char unit_letter(const char *w, double *mult)
{
    *mult = 1;
    if (wt_is(w, "tahun"))
        return 'Y';
    if (wt_is(w, "bulan"))
        return 'M';
    if (wt_is(w, "pekan") || wt_is(w, "minggu"))
        return 'W';
    if (wt_is(w, "hari"))
        return 'D';
    if (wt_is(w, "dekade") || wt_is(w, "dasawarsa")) {
        *mult = 10;
        return 'Y';
    }
    return 0;
}

static const char *duration(wt_arena *a, double v, char unit)
{
    if (v == 0.5 && unit == 'Y')
        return fmt(a, "P6M");
    if (v != (long)v)
        return unit == 'Y' ? fmt(a, "P%ldM", (long)(v * 12)) : fmt(a, "P%g%c", v, unit);
    return fmt(a, "P%ld%c", (long)v, unit);
}

static bool pass_relative(scan *s, long anchor)
{
    const char **w = s->w;
    wt_arena *a = s->doc->arena;
    int ay = 0, am = 0, ad = 0;
    if (anchor != LONG_MIN)
        wt_civil_from_days(anchor, &ay, &am, &ad);
    for (size_t i = 0; i < s->n; i++) {
        if (s->used[i])
            continue;
        /* every expression here starts with a digit or one of these letters
         * (antara, dari, kemarin, tahun, pekan, setengah, Rabu, lima, and
         * the months: Februari, Oktober...) */
        if (!isdigit((unsigned char)w[i][0]) && !strchr("abdehjklmprsStuAKBDHJLMPRSTUENFO", w[i][0]))
            continue;
        int y1, y2;
        /* antara 1995 dan 2023; 1995-2023; dari 1995 hingga 2023 */
        if ((wt_is(w[i], "antara") || wt_is(w[i], "dari") || wt_is(w[i], "sejak")) && i + 3 < s->n && year_word(w[i + 1], &y1) &&
            (wt_is(w[i + 2], "dan") || wt_is(w[i + 2], "hingga") || wt_is(w[i + 2], "sampai") || !strcmp(w[i + 2], "-")) &&
            year_word(w[i + 3], &y2) && y1 < y2) {
            if (!push(s, (found){(uint32_t)i + 1, (uint32_t)i + 4, 0, 0, 0, -1, fmt(a, "%d/%d", y1, y2)}))
                return false;
            i += 3;
            continue;
        }
        /* a year after a cue: tahun 2025, pada 2025, sejak 2014 */
        if (i + 1 < s->n && year_word(w[i + 1], &y1) && !s->used[i + 1] &&
            (wt_is(w[i], "tahun") || wt_is(w[i], "pada") || wt_is(w[i], "sejak") || wt_is(w[i], "hingga") || wt_is(w[i], "sampai") ||
             wt_is(w[i], "awal") || wt_is(w[i], "akhir") || wt_is(w[i], "pertengahan") || wt_is(w[i], "medio") ||
             wt_is(w[i], "selama") || wt_is(w[i], "di"))) {
            uint32_t st = wt_is(w[i], "tahun") ? (uint32_t)i : (uint32_t)i + 1;
            if (!push(s, (found){st, (uint32_t)i + 2, y1, 0, 0, -1, NULL}))
                return false;
            i++;
            continue;
        }
        /* durations: dalam waktu lima tahun, selama lebih 6 tahun, setengah tahun setelah */
        {
            size_t k = i;
            bool cue = false;
            if (wt_is(w[k], "dalam") && k + 1 < s->n && wt_is(w[k + 1], "waktu"))
                k += 2, cue = true;
            else if (wt_is(w[k], "selama") || wt_is(w[k], "dalam"))
                k += 1, cue = true;
            if (cue && k < s->n && (wt_is(w[k], "lebih") || wt_is(w[k], "sekitar") || wt_is(w[k], "hampir")))
                k++;
            if (cue && k < s->n && wt_is(w[k], "dari"))
                k++;
            double v;
            size_t nl = 0;
            if (k < s->n && wt_parse_number(w[k], strlen(w[k]), &v))
                nl = 1;
            else if (k < s->n)
                nl = wt_number_words(w, s->n, k, &v);
            double mult;
            char u = nl && k + nl < s->n ? unit_letter(w[k + nl], &mult) : 0;
            bool after = u && k + nl + 1 < s->n &&
                         (wt_is(w[k + nl + 1], "setelah") || wt_is(w[k + nl + 1], "sebelum") ||
                          wt_is(w[k + nl + 1], "terakhir") || wt_is(w[k + nl + 1], "kemudian") ||
                          wt_is(w[k + nl + 1], "mendatang") || wt_is(w[k + nl + 1], "ke") || wt_is(w[k + nl + 1], "sejak"));
            if (u && (cue || after || v == 0.5)) {
                /* "N tahun lalu" is a point in time, not a duration */
                if (!cue && k + nl + 1 < s->n && wt_is(w[k + nl + 1], "lalu"))
                    goto relative;
                if (!push(s, (found){(uint32_t)(cue ? i : k), (uint32_t)(k + nl + 1), 0, 0, 0, -1,
                                     duration(a, v * mult, u)}))
                    return false;
                i = k + nl;
                continue;
            }
            if (u && !cue && k + nl + 1 < s->n && wt_is(w[k + nl + 1], "lalu") && anchor != LONG_MIN) {
                /* lima tahun lalu, tiga hari lalu */
                long z = anchor;
                int y = ay, mo = am;
                const char *val = NULL;
                if (u == 'Y')
                    val = fmt(a, "%04d", ay - (int)(v * mult));
                else if (u == 'D')
                    z -= (long)v, wt_civil_from_days(z, &y, &mo, &ad), val = fmt(a, "%04d-%02d-%02d", y, mo, ad);
                if (val) {
                    if (!push(s, (found){(uint32_t)k, (uint32_t)(k + nl + 2), 0, 0, 0, -1, val}))
                        return false;
                    i = k + nl + 1;
                    continue;
                }
            }
        }
    relative:
        if (anchor == LONG_MIN)
            continue;
        /* kemarin, hari ini, besok, lusa */
        {
            long off = LONG_MIN;
            size_t len = 1;
            if (!strchr("kblhKBLH", w[i][0]))
                ; /* none of the words below */
            else if (wt_is(w[i], "kemarin"))
                off = -1;
            else if (wt_is(w[i], "besok"))
                off = 1;
            else if (wt_is(w[i], "lusa"))
                off = 2;
            else if (wt_is(w[i], "hari") && i + 1 < s->n && wt_is(w[i + 1], "ini"))
                off = 0, len = 2;
            if (off != LONG_MIN) {
                int y, m, d;
                wt_civil_from_days(anchor + off, &y, &m, &d);
                if (!push(s, (found){(uint32_t)i, (uint32_t)(i + len), y, m, d, -1, NULL}))
                    return false;
                i += len - 1;
                continue;
            }
        }
        /* "pada bulan Maret", "Juni lalu", "Juni tahun lalu", "Desember
         * mendatang": a month without a year (nor a day before it) is the
         * last such month up to the document's date, the one before for
         * "lalu" when it is the same month, the next for "mendatang" or
         * "depan" or in a sentence that speaks of what is to come ("akan",
         * "bakal", "selanjutnya"); a month name with no such word around
         * is left alone */
        int mo = isupper((unsigned char)w[i][0]) ? month_of(w[i]) : 0;
        if (mo > 0) {
            bool year_after = i + 1 < s->n && all_digits(w[i + 1], 4, 4), day_before = i > 0 && all_digits(w[i - 1], 1, 2);
            const char *next = i + 1 < s->n ? w[i + 1] : "";
            bool last_year = i + 2 < s->n && wt_is(next, "tahun") && wt_is(w[i + 2], "lalu");
            bool ago = wt_is(next, "lalu"), ahead = wt_is(next, "mendatang") || wt_is(next, "depan");
            bool cued = i > 0 && (wt_is(w[i - 1], "bulan") || wt_is(w[i - 1], "pada") || wt_is(w[i - 1], "sejak") ||
                                  wt_is(w[i - 1], "awal") || wt_is(w[i - 1], "akhir") || wt_is(w[i - 1], "pertengahan"));
            if (!year_after && !day_before &&
                (cued || ago || ahead || last_year)) {
                bool future = ahead;
                const wt_sentence *sen = &s->doc->sentences[wt_doc_sentence_of(s->doc, i)];
                for (size_t k = sen->tok_begin; k < sen->tok_end && !future && !ago && !last_year; k++)
                    future = wt_is(w[k], "akan") || wt_is(w[k], "bakal") || wt_is(w[k], "selanjutnya") ||
                             wt_is(w[k], "berikutnya") || wt_is(w[k], "mendatang");
                int y = last_year ? ay - 1
                        : future  ? (mo >= am ? ay : ay + 1)
                        : ago     ? (mo < am ? ay : ay - 1)
                                  : (mo <= am ? ay : ay - 1);
                size_t len = last_year ? 3 : ago || ahead ? 2 : 1;
                if (!push(s, (found){(uint32_t)i, (uint32_t)(i + len), 0, 0, 0, -1, fmt(a, "%04d-%02d", y, mo)}))
                    return false;
                i += len - 1;
                continue;
            }
        }
        /* pekan lalu, bulan ini, tahun depan */
        if (i + 1 < s->n) {
            int dir = wt_is(w[i + 1], "lalu") || wt_is(w[i + 1], "kemarin") ? -1 : wt_is(w[i + 1], "ini") ? 0
                      : wt_is(w[i + 1], "depan") ? 1 : 99;
            const char *val = NULL;
            if (dir != 99 && wt_is(w[i], "tahun"))
                val = fmt(a, "%04d", ay + dir);
            else if (dir != 99 && wt_is(w[i], "bulan")) {
                int y = ay, m = am + dir;
                if (m < 1)
                    m = 12, y--;
                if (m > 12)
                    m = 1, y++;
                val = fmt(a, "%04d-%02d", y, m);
            } else if (dir != 99 && (wt_is(w[i], "pekan") || wt_is(w[i], "minggu"))) {
                /* ISO week of the day a week away */
                long z = anchor + 7L * dir;
                int y, m, d;
                wt_civil_from_days(z, &y, &m, &d);
                long thursday = z - wt_weekday(y, m, d) + 3;
                int ty, tm, td;
                wt_civil_from_days(thursday, &ty, &tm, &td);
                long week = (thursday - wt_days_from_civil(ty, 1, 1)) / 7 + 1;
                val = fmt(a, "%04d-W%02ld", ty, week);
            }
            if (val) {
                if (!push(s, (found){(uint32_t)i, (uint32_t)i + 2, 0, 0, 0, -1, val}))
                    return false;
                i++;
                continue;
            }
        }
        /* a weekday alone: "diterbitkan Rabu" is the last such day up to the
         * document's date ("Minggu" only when it is no week) */
        int wd = weekday_of(w[i]);
        if (wd >= 0 && isupper((unsigned char)w[i][0]) && !(wd == 6 && i + 1 < s->n && (wt_is(w[i + 1], "lalu") ||
                                                                                        wt_is(w[i + 1], "depan")))) {
            long back = (wt_weekday(ay, am, ad) - wd + 7) % 7;
            int y, m, d;
            wt_civil_from_days(anchor - back, &y, &m, &d);
            if (!push(s, (found){(uint32_t)i, (uint32_t)i + 1, y, m, d, wd, NULL}))
                return false;
        }
    }
    return true;
}

/* Which way a day and month without a year point: -1 back ("25 Agustus
 * lalu", "silam"), +1 ahead ("1 Oktober mendatang", "depan", "nanti"),
 * each written right after the date (*after set), or +1 in a sentence
 * that speaks of what is to come ("akan", "bakal", "dijadwalkan",
 * "rencananya", "selanjutnya", "berikutnya", "mendatang"); 0 otherwise. */
static int tense_of(const scan *s, const found *f, bool *after)
{
    const char **w = s->w;
    const char *next = f->e < s->n ? w[f->e] : "";
    *after = true;
    if (wt_is(next, "lalu") || wt_is(next, "silam"))
        return -1;
    if (wt_is(next, "mendatang") || wt_is(next, "depan") || wt_is(next, "nanti"))
        return 1;
    *after = false;
    const wt_sentence *sen = &s->doc->sentences[wt_doc_sentence_of(s->doc, f->s)];
    for (size_t k = sen->tok_begin; k < sen->tok_end; k++)
        if (wt_is(w[k], "akan") || wt_is(w[k], "bakal") || wt_is(w[k], "dijadwalkan") || wt_is(w[k], "rencananya") ||
            wt_is(w[k], "selanjutnya") || wt_is(w[k], "berikutnya") || wt_is(w[k], "mendatang"))
            return 1;
    return 0;
}

/* The year for a day and month without one, from the date it is read
 * against (base): back, the last such day up to it; ahead, the next from
 * it (from a month before it when only the sentence speaks of the
 * future); neither, base's year, or the one before when that would put
 * the day more than a month after it. A written weekday overrides when
 * only the year before or after agrees. */
static int pick_year(int m, int d, int wd, long base, int tense, bool after)
{
    int by, bm, bd;
    wt_civil_from_days(base, &by, &bm, &bd);
    int y = by;
    if (valid(y, m, d)) {
        long day = wt_days_from_civil(y, m, d);
        if (tense < 0 ? day > base : tense > 0 ? day < base - (after ? 0 : 31) : day > base + 31)
            y += tense > 0 ? 1 : -1;
    }
    if (wd >= 0 && valid(y, m, d) && wt_weekday(y, m, d) != wd) {
        for (int dy = -1; dy <= 1; dy += 2)
            if (valid(y + dy, m, d) && wt_weekday(y + dy, m, d) == wd)
                return y + dy;
    }
    return y;
}

bool wt_date_normalize(const char *s, char out[11])
{
    int y, m, d, n = 0;
    while (*s == ' ')
        s++;
    /* 2025-06-19, 2025-06-19T10:00:00+07:00 */
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10 && valid(y, m, d))
        goto ok;
    /* 19/6/2025, 19-6-2025 */
    if (slash_date(s, &y, &m, &d) == 3 && valid(y, m, d))
        goto ok;
    char mon[16];
    /* 10-Sep-19, 10-Sep-2019 */
    if (sscanf(s, "%2d-%15[A-Za-z]-%4d%n", &d, mon, &y, &n) == 3 && (m = month_of(mon)) > 0) {
        if (y < 100)
            y += 2000;
        if (valid(y, m, d))
            goto ok;
    }
    /* an Excel day serial (1900 date system): 43725 is 2019-09-17 */
    if (all_digits(s, 5, 5)) {
        long serial = atol(s);
        wt_civil_from_days(wt_days_from_civil(1899, 12, 30) + serial, &y, &m, &d);
        if (valid(y, m, d))
            goto ok;
    }
    /* [Kamis, ]19 Juni 2025 */
    const char *p = strchr(s, ',');
    p = p ? p + 1 : s;
    if (sscanf(p, " %2d %15[A-Za-z.] %4d", &d, mon, &y) == 3 && (m = month_of(mon)) > 0 && valid(y, m, d))
        goto ok;
    return false;
ok:
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return true;
}

/* "06:35[:39[.123]]" and a zone ("Z", "+07:00", "+0700", "+07") after
 * it; false unless the whole rest of s is that. */
static bool iso_time(const char *s, char *out, size_t cap)
{
    int hh, mm, ss = 0, n = 0;
    if (sscanf(s, "%2d:%2d%n", &hh, &mm, &n) != 2 || n != 5 || hh > 23 || mm > 59)
        return false;
    s += n;
    if (s[0] == ':' && isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2])) {
        ss = (s[1] - '0') * 10 + (s[2] - '0');
        s += 3;
        if (ss > 60)
            return false;
        if (*s == '.' || *s == ',')
            for (s++; isdigit((unsigned char)*s);)
                s++;
    }
    char zone[16] = "";
    if (*s == 'Z' || *s == 'z') {
        strcpy(zone, "Z");
        s++;
    } else if (*s == '+' || *s == '-') {
        int zh, zm = 0;
        char sign = *s++;
        if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]))
            return false;
        zh = (s[0] - '0') * 10 + (s[1] - '0');
        s += 2;
        if (*s == ':')
            s++;
        if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1])) {
            zm = (s[0] - '0') * 10 + (s[1] - '0');
            s += 2;
        }
        if (zh > 14 || zm > 59)
            return false;
        snprintf(zone, sizeof zone, "%c%02d:%02d", sign, zh, zm);
    }
    while (*s == ' ')
        s++;
    if (*s)
        return false;
    snprintf(out, cap, "T%02d:%02d:%02d%s", hh, mm, ss, zone);
    return true;
}

bool wt_iso_datetime(const char *s, char *out, size_t cap)
{
    char day[11];
    if (cap < 11 || !wt_date_normalize(s, day))
        return false;
    while (*s == ' ')
        s++;
    int y, m, d, n = 0;
    char t[40] = "";
    /* a time only after an ISO 8601 date: 2019-11-20T06:35:39+0000 */
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10 && (s[10] == 'T' || s[10] == ' ') && s[11])
        iso_time(s + 11, t, sizeof t);
    snprintf(out, cap, "%s%s", day, t);
    return true;
}

/* "Undang-Undang Nomor 30 Tahun 2002", "PP 71 Tahun 2019", "Permendag
 * No. 29 Tahun 2019": the number of a law or regulation names it; its
 * "Tahun 2002" is part of the name, no date. Its tokens are taken before
 * the passes look for dates. */
static void pass_law_numbers(scan *s)
{
    static const char *const MARK[] = {"nomor", "no", "nomer", "bernomor", "uu", "undang-undang", "pp", "perpres",
                                       "perppu", "permen", "permendag", "pmk", "perda", "pergub", "perkap",
                                       "keppres", "kepmen", "inpres", "se", NULL};
    const char **w = s->w;
    for (size_t i = 2; i + 1 < s->n; i++) {
        int y;
        if (!wt_is(w[i], "tahun") || !isdigit((unsigned char)w[i - 1][0]) || !year_word(w[i + 1], &y))
            continue;
        char m[24];
        size_t at = i - 2;
        if (!strcmp(w[at], ".") && at > 0) /* "No . 29" */
            at--;
        low(w[at], m, sizeof m);
        if (wt_one_of(m, MARK))
            s->used[i] = s->used[i + 1] = 1;
    }
}

static int cmp_found(const void *a, const void *b)
{
    const found *x = a, *y = b;
    return x->s < y->s ? -1 : x->s > y->s;
}

wt_status wt_dates(wt_doc *d)
{
    d->dates = NULL;
    d->n_dates = 0;
    const char **w = wt_doc_words(d);
    if (!d->n_tokens)
        return WT_OK;
    if (!w)
        return WT_ENOMEM;
    scan s = {d, w, d->n_tokens, NULL, 0, 0, wt_arena_calloc(d->arena, d->n_tokens, 1)};
    if (!s.used)
        return WT_ENOMEM;
    pass_law_numbers(&s);
    if (!pass_absolute(&s))
        return WT_ENOMEM;
    /* the anchor: the document's date, else its first full date */
    long anchor = LONG_MIN;
    int y, m, dd;
    /* the publication date is ISO 8601 (normalised when the document was
     * read) or NULL */
    if (d->date && sscanf(d->date, "%d-%d-%d", &y, &m, &dd) == 3 && valid(y, m, dd))
        anchor = wt_days_from_civil(y, m, dd);
    for (size_t i = 0; i < s.nf && anchor == LONG_MIN; i++)
        if (s.f[i].y && s.f[i].d) {
            anchor = wt_days_from_civil(s.f[i].y, s.f[i].m, s.f[i].d);
            d->date = fmt(d->arena, "%04d-%02d-%02d", s.f[i].y, s.f[i].m, s.f[i].d);
            if (!d->date)
                return WT_ENOMEM;
            d->date_from_text = true;
        }
    if (!pass_relative(&s, anchor))
        return WT_ENOMEM;
    if (s.nf > 1)
        qsort(s.f, s.nf, sizeof *s.f, cmp_found);
    d->dates = wt_arena_calloc(d->arena, s.nf ? s.nf : 1, sizeof *d->dates);
    uint8_t *guessed = wt_arena_calloc(d->arena, s.nf ? s.nf : 1, 1); /* the year was picked, not written */
    if (!d->dates || !guessed)
        return WT_ENOMEM;
    for (size_t i = 0; i < s.nf; i++) {
        found *f = &s.f[i];
        const char *val = f->value;
        /* "setiap 21 Juni": every year's, no one day: ISO 8601's day of
         * the year without a year, --06-21 */
        if (!val && f->m && f->d && !f->y && f->s > 0 && (wt_is(w[f->s - 1], "setiap") || wt_is(w[f->s - 1], "tiap")) &&
            !(val = fmt(d->arena, "--%02d-%02d", f->m, f->d)))
            return WT_ENOMEM;
        if (!val) {
            if (f->m && f->d && !f->y) {
                /* without a year: read against the day of writing (the
                 * publication date) when the document has one: a reporter
                 * leaves out the year of the days around it ("dirawat pada
                 * 24 Januari, 27 Juni", "akan dilantik pada 1 Oktober");
                 * else against the nearest date before it whose year is
                 * written, else the anchor. "lalu" or "mendatang" after it
                 * count from the anchor too. */
                bool after;
                int tense = tense_of(&s, f, &after);
                bool written = anchor != LONG_MIN && (after || !d->date_from_text);
                long near = anchor;
                for (size_t k = i; k-- > 0 && !written;)
                    if (s.f[k].y && s.f[k].d && !s.f[k].value && !guessed[k]) {
                        near = wt_days_from_civil(s.f[k].y, s.f[k].m, s.f[k].d);
                        break;
                    }
                if (near == LONG_MIN)
                    continue; /* nothing to take a year from */
                f->y = pick_year(f->m, f->d, f->wday, near, tense, after);
                guessed[i] = 1;
                if (!valid(f->y, f->m, f->d))
                    continue;
            }
            val = f->d ? fmt(d->arena, "%04d-%02d-%02d", f->y, f->m, f->d)
                  : f->m ? fmt(d->arena, "%04d-%02d", f->y, f->m)
                         : fmt(d->arena, "%04d", f->y);
        }
        if (!val)
            return WT_ENOMEM;
        wt_date *out = &d->dates[d->n_dates++];
        out->start = d->tokens[f->s].start;
        out->end = d->tokens[f->e - 1].end;
        out->value = val;
    }
    return WT_OK;
}
