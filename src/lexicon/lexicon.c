/* lexicon.c - see lexicon.h. Hunspell is slow per call, so answers are
 * cached by word in a fixed-size open-addressing table that is cleared
 * when it fills up. */
#include "lexicon.h"

#include <ctype.h>
#include <hunspell.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <xxhash.h>

#define CACHE_SLOTS (1u << 18)
#define CACHE_WORD 32

/* bit 0 known; bits 1..3 clitic length; bit 4 English; bit 5 English looked up */
enum { A_KNOWN = 1, A_CLITIC_SHIFT = 1, A_ENGLISH = 16, A_EN_DONE = 32 };

typedef struct cache_slot {
    uint64_t hash;
    char word[CACHE_WORD];
    uint8_t len;
    uint8_t answer; /* bit 7 set = filled */
} cache_slot;

struct wt_lexicon {
    Hunhandle *hs;
    Hunhandle *en;     /* optional, loaded on first use (it takes 50 ms) */
    bool en_tried;
    char en_aff[512], en_dic[512];
    cache_slot *cache;
    size_t filled;
};

/* Hunspell keeps a process-wide table with an unguarded reference count:
 * handles are created and destroyed one thread at a time. */
static pthread_mutex_t g_hunspell_lock = PTHREAD_MUTEX_INITIALIZER;

static Hunhandle *hunspell_create(const char *aff, const char *dic)
{
    pthread_mutex_lock(&g_hunspell_lock);
    Hunhandle *h = Hunspell_create(aff, dic);
    pthread_mutex_unlock(&g_hunspell_lock);
    return h;
}

static void hunspell_destroy(Hunhandle *h)
{
    pthread_mutex_lock(&g_hunspell_lock);
    Hunspell_destroy(h);
    pthread_mutex_unlock(&g_hunspell_lock);
}

wt_status wt_lexicon_find(const char *dir, char *found, size_t cap, wt_error *err)
{
    const char *dirs[] = {dir, "/usr/share/hunspell", "/usr/share/myspell"};
    for (size_t i = dir ? 0 : 1; i < (dir ? 1 : WT_ARRAY_LEN(dirs)); i++) {
        char aff[1024], dic[1024];
        snprintf(aff, sizeof aff, "%s/id_ID.aff", dirs[i]);
        snprintf(dic, sizeof dic, "%s/id_ID.dic", dirs[i]);
        if (access(aff, R_OK) == 0 && access(dic, R_OK) == 0) {
            snprintf(found, cap, "%s", dirs[i]);
            return WT_OK;
        }
    }
    return wt_fail(err, WT_EMODEL, dir ? dir : "/usr/share/hunspell/id_ID.dic", 0, -1,
                   "Indonesian Hunspell dictionary (id_ID.aff, id_ID.dic) not found%s", dir ? "" : " (install hunspell-id)");
}

wt_status wt_lexicon_open(const char *dir, wt_lexicon **out, wt_error *err)
{
    *out = NULL;
    char aff[1024], dic[1024];
    snprintf(aff, sizeof aff, "%s/id_ID.aff", dir);
    snprintf(dic, sizeof dic, "%s/id_ID.dic", dir);
    wt_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        return wt_fail(err, WT_ENOMEM, aff, 0, -1, "out of memory");
    lex->cache = calloc(CACHE_SLOTS, sizeof *lex->cache);
    lex->hs = access(aff, R_OK) == 0 && access(dic, R_OK) == 0 ? hunspell_create(aff, dic) : NULL;
    if (!lex->cache || !lex->hs) {
        wt_status st = lex->cache ? WT_EMODEL : WT_ENOMEM;
        wt_lexicon_close(lex);
        return wt_fail(err, st, dic, 0, -1, "cannot load the Hunspell dictionary");
    }
    snprintf(lex->en_aff, sizeof lex->en_aff, "%s/en_US.aff", dir);
    snprintf(lex->en_dic, sizeof lex->en_dic, "%s/en_US.dic", dir);
    *out = lex;
    return WT_OK;
}

void wt_lexicon_close(wt_lexicon *lex)
{
    if (!lex)
        return;
    if (lex->hs)
        hunspell_destroy(lex->hs);
    if (lex->en)
        hunspell_destroy(lex->en);
    free(lex->cache);
    free(lex);
}

static const char *const CLITICS[] = {"nya", "lah", "kah", "pun"};

extern const char wt_data_clitic_words[];
extern const size_t wt_data_clitic_words_len;

/* 1 if w is listed in data/clitic_words.txt (a whole line, lower case). */
static bool listed_single_word(const char *w)
{
    size_t n = strlen(w), len;
    const char *line;
    wt_data_src d;
    wt_data_open(&d, "data/clitic_words.txt", wt_data_clitic_words, wt_data_clitic_words_len);
    while (wt_data_next(&d, &line, &len))
        if (len == n && strncasecmp(line, w, n) == 0)
            return true;
    return false;
}

static bool stems_include(Hunhandle *hs, const char *word, const char *target)
{
    char **list;
    int n = Hunspell_stem(hs, &list, word);
    bool found = false;
    for (int i = 0; i < n; i++)
        if (strcasecmp(list[i], target) == 0)
            found = true;
    Hunspell_free_list(hs, &list, n);
    return found;
}

static uint8_t compute(wt_lexicon *lex, const char *w)
{
    uint8_t ans = 0;
    if (Hunspell_spell(lex->hs, w))
        ans |= A_KNOWN;
    size_t n = strlen(w);
    for (size_t i = 0; i < WT_ARRAY_LEN(CLITICS); i++) {
        size_t k = strlen(CLITICS[i]);
        if (n < k + 2 || strcasecmp(w + n - k, CLITICS[i]) != 0)
            continue;
        /* the part before it first: when that is no word, nothing else
         * matters (and Hunspell_stem below is the dearest call here) */
        char stem[CACHE_WORD];
        memcpy(stem, w, n - k);
        stem[n - k] = 0;
        if (!Hunspell_spell(lex->hs, stem))
            break;
        /* a root that merely ends like a clitic: its stems include itself */
        if ((ans & A_KNOWN) && stems_include(lex->hs, w, w))
            break;
        if (!listed_single_word(w))
            ans |= (uint8_t)(k << A_CLITIC_SHIFT);
        break;
    }
    return ans;
}

static cache_slot *lookup_slot(wt_lexicon *lex, const char *w, size_t n);

static uint8_t lookup(wt_lexicon *lex, const char *w, size_t n)
{
    cache_slot *s = lookup_slot(lex, w, n);
    return s ? s->answer & 0x7F : 0;
}

static cache_slot *lookup_slot(wt_lexicon *lex, const char *w, size_t n)
{
    if (n == 0 || n >= CACHE_WORD)
        return NULL;
    char word[CACHE_WORD];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (!(isalpha(c) || c == '-'))
            return NULL; /* ASCII words only: the dictionary is Latin-1 */
        word[i] = (char)c;
    }
    word[n] = 0;
    uint64_t h = XXH3_64bits(word, n);
    size_t slot = (size_t)h & (CACHE_SLOTS - 1);
    for (;;) {
        cache_slot *s = &lex->cache[slot];
        if (!(s->answer & 0x80))
            break;
        if (s->hash == h && s->len == n && memcmp(s->word, word, n) == 0)
            return s;
        slot = (slot + 1) & (CACHE_SLOTS - 1);
    }
    uint8_t ans = compute(lex, word);
    if (lex->filled > CACHE_SLOTS / 2) {
        memset(lex->cache, 0, CACHE_SLOTS * sizeof *lex->cache);
        lex->filled = 0;
        slot = (size_t)h & (CACHE_SLOTS - 1);
    }
    cache_slot *s = &lex->cache[slot];
    s->hash = h;
    memcpy(s->word, word, n + 1);
    s->len = (uint8_t)n;
    s->answer = (uint8_t)(ans | 0x80);
    lex->filled++;
    return s;
}

bool wt_lex_known(wt_lexicon *lex, const char *w, size_t n)
{
    return lex && (lookup(lex, w, n) & A_KNOWN);
}

bool wt_lex_english(wt_lexicon *lex, const char *w, size_t n)
{
    if (!lex)
        return false;
    if (!lex->en_tried) {
        lex->en_tried = true;
        if (access(lex->en_aff, R_OK) == 0 && access(lex->en_dic, R_OK) == 0)
            lex->en = hunspell_create(lex->en_aff, lex->en_dic);
    }
    if (!lex->en)
        return false;
    cache_slot *s = lookup_slot(lex, w, n);
    if (!s)
        return false;
    if (!(s->answer & A_EN_DONE)) {
        if (Hunspell_spell(lex->en, s->word))
            s->answer |= A_ENGLISH;
        s->answer |= A_EN_DONE;
    }
    return s->answer & A_ENGLISH;
}

int wt_lex_clitic(wt_lexicon *lex, const char *w, size_t n)
{
    if (!lex)
        return 0;
    return (lookup(lex, w, n) >> A_CLITIC_SHIFT) & 7;
}
