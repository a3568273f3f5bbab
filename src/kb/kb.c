/* kb.c - see kb.h. The names are folded to lower case and kept in an
 * open-addressing hash table, built on first use. */
#include "kb.h"

#include "../base/base.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

extern const char wt_data_countries[];
extern const size_t wt_data_countries_len;
extern const char wt_data_aliases[];
extern const size_t wt_data_aliases_len;

typedef struct entry {
    char *name; /* lower case */
    size_t len;
    char a3[4];
    uint8_t kind;
} entry;

static entry *g_tab;
static size_t g_cap;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static void fold(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)s[i]);
    out[n] = 0;
}

static void put(const char *name, size_t n, const char *a3, uint8_t kind)
{
    if (n == 0 || n > 120 || !g_tab)
        return;
    char low[128];
    fold(name, n, low);
    size_t h = (size_t)XXH3_64bits(low, n) & (g_cap - 1);
    while (g_tab[h].name) {
        if (g_tab[h].len == n && memcmp(g_tab[h].name, low, n) == 0)
            return; /* the first entry wins: names before aliases */
        h = (h + 1) & (g_cap - 1);
    }
    g_tab[h].name = strndup(low, n);
    g_tab[h].len = n;
    memcpy(g_tab[h].a3, a3, 3);
    g_tab[h].kind = kind;
}

static void free_tab(void *p)
{
    (void)p;
    for (size_t i = 0; i < g_cap; i++)
        free(g_tab[i].name);
    free(g_tab);
    g_tab = NULL;
}

static void load(void)
{
    g_cap = 4096;
    g_tab = calloc(g_cap, sizeof *g_tab);
    if (!g_tab)
        return;
    wt_free_at_exit(free_tab, NULL);
    const char *pos = wt_data_countries, *end = pos + wt_data_countries_len, *line;
    size_t len;
    while (wt_data_line(&pos, end, &line, &len)) {
        /* alpha3 TAB name_en TAB name_id TAB other;other */
        const char *f[4];
        size_t fl[4], k = 0;
        const char *p = line, *e = line + len;
        while (k < 4 && p <= e) {
            const char *t = memchr(p, '\t', (size_t)(e - p));
            const char *fe = t ? t : e;
            f[k] = p;
            fl[k++] = (size_t)(fe - p);
            p = fe + 1;
            if (!t)
                break;
        }
        if (k < 3 || fl[0] != 3)
            continue;
        put(f[2], fl[2], f[0], WT_KB_NAME); /* Indonesian first */
        put(f[1], fl[1], f[0], WT_KB_NAME);
        if (k == 4) {
            const char *o = f[3], *oe = f[3] + fl[3];
            while (o < oe) {
                const char *sc = memchr(o, ';', (size_t)(oe - o));
                const char *se = sc ? sc : oe;
                put(o, (size_t)(se - o), f[0], WT_KB_NAME);
                o = se + 1;
            }
        }
    }
    pos = wt_data_aliases;
    end = pos + wt_data_aliases_len;
    while (wt_data_line(&pos, end, &line, &len)) {
        const char *t1 = memchr(line, '\t', len);
        if (!t1)
            continue;
        const char *t2 = memchr(t1 + 1, '\t', (size_t)(line + len - t1 - 1));
        if (!t2 || t2 - t1 - 1 != 3)
            continue;
        const char *kind = t2 + 1;
        size_t kl = (size_t)(line + len - kind);
        uint8_t k = (kl == 7 && !strncmp(kind, "capital", 7)) ? WT_KB_CAPITAL
                    : (kl == 4 && !strncmp(kind, "seat", 4)) ? WT_KB_SEAT
                                                             : WT_KB_NAME;
        put(line, (size_t)(t1 - line), t1 + 1, k);
    }
}

static const entry *find(const char *low, size_t n)
{
    size_t h = (size_t)XXH3_64bits(low, n) & (g_cap - 1);
    while (g_tab[h].name) {
        if (g_tab[h].len == n && memcmp(g_tab[h].name, low, n) == 0)
            return &g_tab[h];
        h = (h + 1) & (g_cap - 1);
    }
    return NULL;
}

const char *wt_kb_country(const char *s, size_t n, wt_kb_kind *kind)
{
    pthread_once(&g_once, load);
    if (!g_tab || n == 0 || n > 120)
        return NULL;
    char low[128];
    fold(s, n, low);
    const entry *e = find(low, n);
    if (!e)
        return NULL;
    if (kind)
        *kind = (wt_kb_kind)e->kind;
    return e->a3;
}

size_t wt_kb_match(const char *const *words, size_t n, size_t i, const char **alpha3, wt_kb_kind *kind)
{
    pthread_once(&g_once, load);
    if (!g_tab)
        return 0;
    char buf[128];
    size_t len = 0, best = 0;
    for (size_t k = i; k < n && k < i + 8; k++) {
        size_t wl = strlen(words[k]);
        if (len + wl + 1 >= sizeof buf)
            break;
        if (k > i)
            buf[len++] = ' ';
        fold(words[k], wl, buf + len);
        len += wl;
        const entry *e = find(buf, len);
        if (e) {
            best = k - i + 1;
            *alpha3 = e->a3;
            if (kind)
                *kind = (wt_kb_kind)e->kind;
        }
    }
    return best;
}
