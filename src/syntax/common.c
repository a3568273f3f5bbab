/* common.c - what the tagger's and the parser's features share: the
 * normalised word, its shape and its Indonesian affixes. */
#include "syntax.h"

#include <stdio.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

size_t wt_syn_norm(const char *w, char *out, size_t cap)
{
    size_t n = 0;
    for (; *w && n + 1 < cap; w++) {
        unsigned char c = (unsigned char)*w;
        out[n++] = (char)(isdigit(c) ? '0' : tolower(c));
    }
    out[n] = 0;
    return n;
}

static bool starts(const char *w, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k + 3 && memcmp(w, p, k) == 0;
}

static bool ends(const char *w, size_t n, const char *s)
{
    size_t k = strlen(s);
    return n >= k + 3 && memcmp(w + n - k, s, k) == 0;
}

int wt_syn_affix(const char *w, size_t n)
{
    static const char *const PRE[] = {"mem", "men", "meng", "meny", "me", "di", "ber", "be", "ter", "per", "pe", "ke", "se"};
    static const char *const SUF[] = {"kan", "nya", "lah", "kah", "pun", "an", "i"};
    int pre = 0, suf = 0;
    for (size_t i = 0; i < WT_ARRAY_LEN(PRE) && !pre; i++)
        if (starts(w, n, PRE[i]))
            pre = (int)i + 1;
    for (size_t i = 0; i < WT_ARRAY_LEN(SUF) && !suf; i++)
        if (ends(w, n, SUF[i]))
            suf = (int)i + 1;
    return pre * 16 + suf;
}

void wt_syn_shape(const char *w, char *out, size_t cap)
{
    size_t n = 0;
    char last = 0;
    int run = 0;
    for (; *w && n + 1 < cap; w++) {
        unsigned char c = (unsigned char)*w;
        char k = isupper(c) ? 'X' : islower(c) ? 'x' : isdigit(c) ? '0' : c >= 0x80 ? 'u' : (char)c;
        run = k == last ? run + 1 : 0;
        if (run < 2)
            out[n++] = k;
        last = k;
    }
    out[n] = 0;
}

int wt_syn_intern(char **names, size_t *n, size_t max, const char *s)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(names[i], s) == 0)
            return (int)i;
    if (*n == max || !(names[*n] = strdup(s)))
        return -1;
    return (int)(*n)++;
}

bool wt_syn_write_names(gzFile gz, const char *key, char *const *names, size_t n)
{
    bool ok = gzprintf(gz, "%s %zu\n", key, n) > 0;
    for (size_t i = 0; ok && i < n; i++)
        ok = gzprintf(gz, "%s\n", names[i]) > 0;
    return ok;
}

bool wt_syn_read_names(gzFile gz, const char *key, char **names, size_t *n, size_t max)
{
    char line[256], word[32];
    size_t count;
    *n = 0;
    if (!gzgets(gz, line, sizeof line) || sscanf(line, "%31s %zu", word, &count) != 2 || strcmp(word, key) != 0 ||
        count == 0 || count > max)
        return false;
    for (size_t i = 0; i < count; i++) {
        if (!gzgets(gz, line, sizeof line) || !strchr(line, '\n'))
            return false;
        line[strcspn(line, "\n")] = 0;
        if (!(names[(*n)++] = strdup(line)))
            return false;
    }
    return true;
}
