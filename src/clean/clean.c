/* clean.c - see clean.h. */
#include "clean.h"

#include <string.h>

static size_t skip_blank_lines(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n) {
        size_t k = j;
        while (k < n && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k < n && s[k] == '\n') {
            j = k + 1;
            continue;
        }
        if (k >= n)
            return n;
        break;
    }
    return j;
}

bool wt_looks_like_title(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    if (n == 0 || n > 200)
        return false;
    if (strchr(".,;:", s[n - 1]))
        return false;
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = s[i] == ' ' || s[i] == '\t';
        if (!sp && !in_word)
            words++;
        in_word = !sp;
    }
    return words >= 2 && words <= 25;
}

bool wt_clean(wt_doc *doc, const char *s, size_t n, bool split_title, wt_rewriter *rw)
{
    size_t i = skip_blank_lines(s, n, 0);
    /* leading white space on the first line */
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (split_title && (!doc->title || !doc->title[0])) {
        const char *nl = memchr(s + i, '\n', n - i);
        if (nl) {
            size_t le = (size_t)(nl - s);
            size_t rest = skip_blank_lines(s, n, le + 1);
            if (rest < n && wt_looks_like_title(s + i, le - i)) {
                size_t te = le;
                while (te > i && (s[te - 1] == ' ' || s[te - 1] == '\t'))
                    te--;
                doc->title = wt_arena_strndup(doc->arena, s + i, te - i);
                i = rest;
            }
        }
    }
    if (i)
        wt_rw_replace(rw, i, "", 0);
    size_t end = n;
    while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n'))
        end--;
    wt_rw_copy(rw, s + i, end - i);
    if (end < n)
        wt_rw_replace(rw, n - end, "", 0);
    return !rw->oom;
}
