/* lifetime.c - embedded data lines, and objects freed at exit. */
#include "base.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

bool wt_data_line(const char **pos, const char *end, const char **line, size_t *len)
{
    while (*pos < end) {
        const char *p = *pos;
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        *pos = le + (nl ? 1 : 0);
        if (le > p && *p != '#') {
            *line = p;
            *len = (size_t)(le - p);
            return true;
        }
    }
    return false;
}

size_t wt_data_fields(const char *line, size_t len, const char **f, size_t *fl, size_t max)
{
    size_t k = 0;
    const char *p = line, *e = line + len;
    while (k < max) {
        const char *t = memchr(p, '\t', (size_t)(e - p));
        const char *fe = t ? t : e;
        f[k] = p;
        fl[k++] = (size_t)(fe - p);
        if (!t)
            break;
        p = fe + 1;
    }
    return k;
}

size_t wt_data_words(const char *s, size_t n, char *out, size_t max, size_t width)
{
    size_t k = 0, i = 0;
    while (i < n && k < max) {
        while (i < n && s[i] == ' ')
            i++;
        size_t st = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i > st)
            snprintf(out + k++ * width, width, "%.*s", (int)(i - st), s + st);
    }
    return k;
}

static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;
static struct {
    void (*fn)(void *);
    void *p;
} g_list[128];
static size_t g_n;

static void run_all(void)
{
    pthread_mutex_lock(&g_mu);
    for (size_t i = g_n; i-- > 0;)
        g_list[i].fn(g_list[i].p);
    g_n = 0;
    pthread_mutex_unlock(&g_mu);
}

bool wt_free_at_exit(void (*fn)(void *), void *p)
{
    pthread_mutex_lock(&g_mu);
    bool ok = g_n < WT_ARRAY_LEN(g_list);
    if (ok) {
        if (g_n == 0)
            atexit(run_all);
        g_list[g_n].fn = fn;
        g_list[g_n].p = p;
        g_n++;
    }
    pthread_mutex_unlock(&g_mu);
    return ok;
}
