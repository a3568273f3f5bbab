/* common.c - numbers and the calendar shared by the fact
 * finders. */
#include "facts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Howard Hinnant's days_from_civil / civil_from_days */
long wt_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void wt_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

int wt_weekday(int y, int m, int d)
{
    long z = wt_days_from_civil(y, m, d); /* 1970-01-01 was a Thursday */
    return (int)(((z % 7) + 7 + 3) % 7);
}

bool wt_parse_number(const char *s, size_t n, double *value)
{
    /* 1.000.000 (thousands), 1,5 (decimal), 2.5 in English style only
     * when the group after the point is not three digits */
    if (n == 0 || n > 40 || !isdigit((unsigned char)s[0]))
        return false;
    char buf[48];
    size_t k = 0;
    int dots = 0, commas = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.')
            dots++;
        else if (s[i] == ',')
            commas++;
        else if (!isdigit((unsigned char)s[i]))
            return false;
    }
    if (commas > 1)
        return false;
    bool dot_thousands = true;
    if (dots) { /* every group after a point has three digits */
        size_t run = 0;
        bool after = false;
        for (size_t i = 0; i < n && s[i] != ','; i++) {
            if (s[i] == '.') {
                if (after && run != 3)
                    dot_thousands = false;
                after = true;
                run = 0;
            } else {
                run++;
            }
        }
        if (after && run != 3)
            dot_thousands = false;
    }
    if (dots > 1 && !dot_thousands)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            if (!dot_thousands)
                buf[k++] = '.';
        } else if (s[i] == ',') {
            buf[k++] = '.';
        } else {
            buf[k++] = s[i];
        }
    }
    buf[k] = 0;
    char *end;
    *value = strtod(buf, &end);
    return *end == 0;
}

static const struct {
    const char *w;
    double v;
} UNITS[] = {{"nol", 0},      {"satu", 1},     {"dua", 2},       {"tiga", 3},    {"empat", 4},
             {"lima", 5},     {"enam", 6},     {"tujuh", 7},     {"delapan", 8}, {"sembilan", 9},
             {"sepuluh", 10}, {"sebelas", 11}, {"seratus", 100}, {"seribu", 1000}, {NULL, 0}};

static double unit_word(const char *w)
{
    int c = tolower((unsigned char)w[0]);
    for (size_t i = 0; UNITS[i].w; i++)
        if (UNITS[i].w[0] == c && strcasecmp(w, UNITS[i].w) == 0)
            return UNITS[i].v;
    return -1;
}

static double scale_word(const char *w)
{
    if (!strchr("rjmtRJMT", w[0]) || !w[0])
        return 0;
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

size_t wt_number_words(const char *const *w, size_t n, size_t i, double *value)
{
    /* every number word starts with one of these letters */
    if (i >= n || !strchr("sdtelnSDTELN", w[i][0]) || strlen(w[i]) > 9)
        return 0;
    if (i < n && wt_is(w[i], "setengah")) {
        *value = 0.5;
        return 1;
    }
    if (i < n && wt_is(w[i], "sejuta")) {
        *value = 1e6;
        return 1;
    }
    double total = 0, group = 0;
    size_t k = i;
    bool any = false;
    while (k < n) {
        double u = unit_word(w[k]);
        if (u >= 0) {
            /* "dua belas", "dua puluh", "tiga ratus" */
            if (k + 1 < n && u < 10 && wt_is(w[k + 1], "belas")) {
                group += 10 + u;
                k += 2;
            } else if (k + 1 < n && u < 10 && wt_is(w[k + 1], "puluh")) {
                group += 10 * u;
                k += 2;
            } else if (k + 1 < n && u < 10 && wt_is(w[k + 1], "ratus")) {
                group += 100 * u;
                k += 2;
            } else {
                if (any && group > 0 && u < 10 && (long)group % 10 != 0)
                    break; /* "dua tiga" is two numbers */
                group += u;
                k++;
            }
            any = true;
            continue;
        }
        double sc = scale_word(w[k]);
        if (sc > 0 && any) {
            total += (group ? group : 1) * sc;
            group = 0;
            k++;
            continue;
        }
        break;
    }
    if (!any)
        return 0;
    *value = total + group;
    return k - i;
}

bool wt_double_mark(const char *w)
{
    if (w[0] != '"' && w[0] != '\xe2' && w[0] != '\xc2' && w[0] != '\'' && w[0] != '`')
        return false; /* the first byte of none of them */
    return !strcmp(w, "\"") || !strcmp(w, "\xe2\x80\x9c") || !strcmp(w, "\xe2\x80\x9d") ||
           !strcmp(w, "\xe2\x80\x9e") || !strcmp(w, "\xe2\x80\x9f") || !strcmp(w, "\xc2\xab") ||
           !strcmp(w, "\xc2\xbb") || !strcmp(w, "''") || !strcmp(w, "``");
}
