/* memory.c - the names a tagger saw in its training data (memory.h). */
#include "memory.h"

#include "ner.h"

#include <limits.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
#include <xxhash.h>

typedef struct entry {
    uint64_t key; /* 0: empty */
    uint32_t first; /* hash of the first word */
    uint32_t occ; /* occurrences of the phrase in the training text */
    uint8_t tag, rel;
} entry;

typedef uint32_t counts[WT_NER_MAX_TAGS]; /* as a name, by the tag of its first word */

struct wt_memory {
    entry *e;
    counts *c; /* beside e while counting; NULL once loaded */
    uint64_t first[1024]; /* a filter of first words: bit (hash of the word) % 65536 */
    size_t cap, n; /* cap a power of two */
    unsigned max_words;
};

wt_memory *wt_memory_new(void) { return calloc(1, sizeof(wt_memory)); }

void wt_memory_free(wt_memory *m)
{
    if (!m)
        return;
    free(m->e);
    free(m->c);
    free(m);
}

static entry *find(const wt_memory *m, uint64_t key)
{
    if (!m->cap)
        return NULL;
    for (size_t h = (size_t)key & (m->cap - 1);; h = (h + 1) & (m->cap - 1)) {
        if (m->e[h].key == key)
            return &m->e[h];
        if (!m->e[h].key)
            return NULL;
    }
}

/* Adds key (or finds it); with_counts keeps a count row beside each entry. */
static entry *insert(wt_memory *m, uint64_t key, bool with_counts)
{
    entry *e = find(m, key);
    if (e)
        return e;
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 1024;
        entry *ne = calloc(cap, sizeof *ne);
        counts *nc = with_counts ? calloc(cap, sizeof *nc) : NULL;
        if (!ne || (with_counts && !nc)) {
            free(ne);
            free(nc);
            return NULL;
        }
        for (size_t i = 0; i < m->cap; i++)
            if (m->e[i].key) {
                size_t h = (size_t)m->e[i].key & (cap - 1);
                while (ne[h].key)
                    h = (h + 1) & (cap - 1);
                ne[h] = m->e[i];
                if (nc && m->c)
                    memcpy(nc[h], m->c[i], sizeof nc[h]);
            }
        free(m->e);
        free(m->c);
        m->e = ne;
        m->c = nc;
        m->cap = cap;
    }
    size_t h = (size_t)key & (m->cap - 1);
    while (m->e[h].key)
        h = (h + 1) & (m->cap - 1);
    m->e[h].key = key;
    m->n++;
    return &m->e[h];
}

/* The lower-cased words[from..to) joined by spaces into buf (cut at
 * cap); ends[k] = the length after the first k + 1 words. */
static size_t join_lower(const char *const *words, size_t from, size_t to, char *buf, size_t cap, size_t *ends)
{
    size_t k = 0;
    for (size_t i = from; i < to; i++) {
        if (i > from && k < cap)
            buf[k++] = ' ';
        for (const char *p = words[i]; *p && k < cap; p++)
            buf[k++] = (char)tolower((unsigned char)*p);
        ends[i - from] = k;
    }
    return k;
}

static uint64_t key_hash(const char *buf, size_t len)
{
    uint64_t h = XXH3_64bits(buf, len);
    return h ? h : 1;
}

/* The key of words[from..to): their lower-cased forms joined by spaces;
 * *first gets the hash of the first word alone. */
static uint64_t key_of(const char *const *words, size_t from, size_t to, uint32_t *first)
{
    char buf[512];
    size_t ends[WT_MEMORY_MAX_WORDS + 1];
    if (to - from > WT_MEMORY_MAX_WORDS + 1)
        to = from + WT_MEMORY_MAX_WORDS + 1; /* (callers ask for at most WT_MEMORY_MAX_WORDS) */
    size_t k = join_lower(words, from, to, buf, sizeof buf, ends);
    if (first)
        *first = (uint32_t)XXH3_64bits(buf, ends[0]);
    return key_hash(buf, k);
}

static void mark_first(wt_memory *m, uint32_t first) { m->first[(first & 0xffff) >> 6] |= 1ull << (first & 63); }

static bool may_start(const wt_memory *m, uint32_t first)
{
    return m->first[(first & 0xffff) >> 6] >> (first & 63) & 1;
}

bool wt_memory_count_names(wt_memory *m, const char *const *words, const int *tags, size_t n,
                           char *const *names)
{
    for (size_t i = 0; i < n;) {
        const char *t = names[tags[i]];
        if ((t[0] != 'B' && t[0] != 'I') || t[1] != '-') {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && names[tags[j]][0] == 'I' && strcmp(names[tags[j]] + 1, t + 1) == 0)
            j++;
        if (j - i <= WT_MEMORY_MAX_WORDS) {
            uint32_t first = 0;
            entry *e = insert(m, key_of(words, i, j, &first), true);
            if (!e || !m->c)
                return false;
            e->first = first;
            mark_first(m, first);
            m->c[e - m->e][tags[i]]++;
            if (j - i > m->max_words)
                m->max_words = (unsigned)(j - i);
        }
        i = j;
    }
    return true;
}

void wt_memory_count_occurrences(wt_memory *m, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t first = 0;
        key_of(words, i, i + 1, &first);
        for (size_t len = 1; may_start(m, first) && len <= m->max_words && i + len <= n; len++) {
            entry *e = find(m, key_of(words, i, i + len, NULL));
            if (e)
                e->occ++;
        }
    }
}

void wt_memory_finish(wt_memory *m)
{
    for (size_t i = 0; m->c && i < m->cap; i++) {
        entry *e = &m->e[i];
        if (!e->key)
            continue;
        uint32_t best = 0;
        for (int t = 0; t < WT_NER_MAX_TAGS; t++)
            if (m->c[i][t] > best) {
                best = m->c[i][t];
                e->tag = (uint8_t)t;
            }
        double share = e->occ ? (double)best / e->occ : 1;
        e->rel = share >= 0.9 ? 3 : share >= 0.5 ? 2 : share >= 0.2 ? 1 : 0;
    }
    free(m->c);
    m->c = NULL;
}

void wt_memory_match(const wt_memory *m, const char *const *words, size_t n, uint16_t *out)
{
    memset(out, 0, n * sizeof *out);
    if (!m || !m->n)
        return;
    char buf[512];
    size_t ends[WT_MEMORY_MAX_WORDS + 1];
    for (size_t i = 0; i < n;) {
        size_t len = m->max_words < n - i ? m->max_words : n - i;
        const entry *e = NULL;
        /* the first word alone: most words start no name */
        join_lower(words, i, i + 1, buf, sizeof buf, ends);
        uint32_t first = (uint32_t)XXH3_64bits(buf, ends[0]);
        if (!may_start(m, first)) {
            i++;
            continue;
        }
        /* the words from i lower-cased once; each candidate is a prefix */
        join_lower(words, i, i + len, buf, sizeof buf, ends);
        for (; len > 0; len--)
            if ((e = find(m, key_hash(buf, ends[len - 1]))) != NULL)
                break;
        if (!e) {
            i++;
            continue;
        }
        for (size_t k = 0; k < len; k++)
            out[i + k] = (uint16_t)((k == 0 ? WT_MEMORY_FIRST : 0) | (unsigned)e->rel << 8 | (e->tag + 1u));
        i += len;
    }
}

size_t wt_memory_count(const wt_memory *m) { return m ? m->n : 0; }

size_t wt_memory_slots(const wt_memory *m) { return m ? m->cap : 0; }

int wt_memory_format_slot(const wt_memory *m, size_t slot, char *out, size_t cap)
{
    if (slot >= m->cap || !m->e[slot].key)
        return 0;
    const entry *e = &m->e[slot];
    return snprintf(out, cap, "%016llx\t%08x\t%u\t%u\t%u\n", (unsigned long long)e->key, e->first, e->tag, e->rel,
                    m->max_words);
}

bool wt_memory_parse_line(wt_memory *m, const char *line)
{
    unsigned long long hex[2], dec[3];
    if (!wt_scan_uints(&line, 16, ULLONG_MAX, hex, 1) || !wt_scan_uints(&line, 16, UINT_MAX, hex + 1, 1) ||
        !wt_scan_uints(&line, 10, UINT_MAX, dec, 3))
        return false;
    unsigned long long key = hex[0];
    unsigned first = (unsigned)hex[1], tag = (unsigned)dec[0], rel = (unsigned)dec[1], words = (unsigned)dec[2];
    if (!key || tag >= WT_NER_MAX_TAGS || rel > 3 || words > WT_MEMORY_MAX_WORDS)
        return false;
    entry *e = insert(m, key, false);
    if (!e)
        return false;
    e->first = first;
    mark_first(m, first);
    e->tag = (uint8_t)tag;
    e->rel = (uint8_t)rel;
    if (words > m->max_words)
        m->max_words = words;
    return true;
}
