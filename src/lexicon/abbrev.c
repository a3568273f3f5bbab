/* abbrev.c - see abbrev.h. */
#include "abbrev.h"

#include <stdlib.h>
#include <string.h>

extern const char wt_data_abbreviations[];
extern const size_t wt_data_abbreviations_len;

#define ABBR_MAX 512
#define ABBR_LEN 16

struct wt_abbrevs {
    struct {
        char s[ABBR_LEN];
        uint8_t len, cls;
        bool lower; /* entry written in lower case: matches case-insensitively */
    } e[ABBR_MAX];
    size_t n;
};

void wt_abbrevs_free(wt_abbrevs *a) { free(a); }

/* ABBREVIATION TAB title|any */
static wt_status abbrev_line(void *ctx, wt_data_src *d, const char *p, size_t len, wt_error *err)
{
    wt_abbrevs *a = ctx;
    const char *f[2];
    size_t fl[2];
    bool title = false, any = false;
    if (wt_data_fields(p, len, f, fl, 2) == 2) {
        title = wt_str_eq_ci(f[1], fl[1], "title");
        any = wt_str_eq_ci(f[1], fl[1], "any");
    }
    if (!(title || any) || fl[0] == 0 || fl[0] >= ABBR_LEN || a->n >= ABBR_MAX)
        return wt_data_bad(err, d, WT_EMODEL, "expected ABBREVIATION<TAB>title|any (at most %d bytes, %d lines)",
                           ABBR_LEN - 1, ABBR_MAX);
    memcpy(a->e[a->n].s, f[0], fl[0]);
    a->e[a->n].len = (uint8_t)fl[0];
    a->e[a->n].cls = title ? 1 : 2;
    bool lower = true;
    for (size_t i = 0; i < fl[0]; i++)
        if (f[0][i] >= 'A' && f[0][i] <= 'Z')
            lower = false;
    a->e[a->n++].lower = lower;
    return WT_OK;
}

wt_status wt_abbrevs_load(wt_abbrevs **out, wt_error *err)
{
    static const char NAME[] = "data/abbreviations.txt";
    *out = NULL;
    wt_abbrevs *a = calloc(1, sizeof *a);
    if (!a)
        return wt_fail(err, WT_ENOMEM, NAME, 0, -1, "out of memory");
    wt_status st = wt_data_each(NAME, wt_data_abbreviations, wt_data_abbreviations_len, abbrev_line, a, err);
    if (st != WT_OK) {
        free(a);
        return st;
    }
    *out = a;
    return WT_OK;
}

int wt_abbrev_class(const wt_abbrevs *a, const char *s, size_t n)
{
    for (size_t i = 0; i < a->n; i++)
        if (a->e[i].len == n && memcmp(a->e[i].s, s, n) == 0)
            return a->e[i].cls;
    for (size_t i = 0; i < a->n; i++)
        if (a->e[i].lower && wt_str_eq_ci(s, n, a->e[i].s))
            return a->e[i].cls;
    return 0;
}
