/* str.c - small string helpers. */
#include "base.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

bool wt_str_eq_ci(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    if (an != bn)
        return false;
    for (size_t i = 0; i < an; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return false;
    return true;
}

int wt_parse_size(const char *s, size_t *out)
{
    if (!s || !*s)
        return false;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        return false;
    unsigned long long mul = 1;
    switch (tolower((unsigned char)*end)) {
    case 0: break;
    case 'k': mul = 1ULL << 10; end++; break;
    case 'm': mul = 1ULL << 20; end++; break;
    case 'g': mul = 1ULL << 30; end++; break;
    default: return false;
    }
    if (*end == 'b' || *end == 'B' || (*end == 'i' && (end[1] == 'B' || end[1] == 'b')))
        end += *end == 'i' ? 2 : 1;
    if (*end)
        return false;
    if (v > SIZE_MAX / mul)
        return false;
    *out = (size_t)(v * mul);
    return true;
}

static int digit_value(char c, int base)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (base == 16 && (c | 32) >= 'a' && (c | 32) <= 'f')
        return (c | 32) - 'a' + 10;
    return -1;
}

bool wt_scan_uints(const char **s, int base, unsigned long long max, unsigned long long *out, size_t n)
{
    const char *p = *s;
    for (size_t i = 0; i < n; i++) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (digit_value(*p, base) < 0)
            return false;
        unsigned long long v = 0;
        for (int d; (d = digit_value(*p, base)) >= 0; p++) {
            if (v > (max - (unsigned)d) / (unsigned)base)
                return false;
            v = v * (unsigned)base + (unsigned)d;
        }
        out[i] = v;
    }
    *s = p;
    return true;
}
