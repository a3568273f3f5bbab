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

typedef struct affix {
    const char *s;
    size_t n;
} affix;

#define AFFIX(s) {s, sizeof s - 1}

/* The first prefix and the first suffix of the lists that fit (each
 * leaving at least three letters), as 16 x prefix + suffix (1-based, 0:
 * none). A list entry is compared only when its first (prefix) or last
 * (suffix) letter is the word's. */
int wt_syn_affix(const char *w, size_t n)
{
    static const affix PRE[] = {AFFIX("mem"), AFFIX("men"), AFFIX("meng"), AFFIX("meny"), AFFIX("me"),
                                AFFIX("di"),  AFFIX("ber"), AFFIX("be"),   AFFIX("ter"),  AFFIX("per"),
                                AFFIX("pe"),  AFFIX("ke"),  AFFIX("se")};
    static const affix SUF[] = {AFFIX("kan"), AFFIX("nya"), AFFIX("lah"), AFFIX("kah"),
                                AFFIX("pun"), AFFIX("an"),  AFFIX("i")};
    int pre = 0, suf = 0;
    if (n < 4)
        return 0;
    for (size_t i = 0; i < WT_ARRAY_LEN(PRE) && !pre; i++)
        if (PRE[i].s[0] == w[0] && n >= PRE[i].n + 3 && memcmp(w, PRE[i].s, PRE[i].n) == 0)
            pre = (int)i + 1;
    for (size_t i = 0; i < WT_ARRAY_LEN(SUF) && !suf; i++)
        if (SUF[i].s[SUF[i].n - 1] == w[n - 1] && n >= SUF[i].n + 3 &&
            memcmp(w + n - SUF[i].n, SUF[i].s, SUF[i].n) == 0)
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

bool wt_syn_read_names(wt_blob *in, const char *key, char **names, size_t *n, size_t max)
{
    char line[256], word[32];
    size_t count;
    *n = 0;
    if (!wt_blob_gets(in, line, sizeof line) || sscanf(line, "%31s %zu", word, &count) != 2 || strcmp(word, key) != 0 ||
        count == 0 || count > max)
        return false;
    for (size_t i = 0; i < count; i++) {
        if (!wt_blob_gets(in, line, sizeof line) || !strchr(line, '\n'))
            return false;
        line[strcspn(line, "\n")] = 0;
        if (!(names[(*n)++] = strdup(line)))
            return false;
    }
    return true;
}
