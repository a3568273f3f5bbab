/* lexicon.c - see lexicon.h. Hunspell is slow per call, so answers are
 * cached by word in a fixed-size open-addressing table that is cleared
 * when it fills up; before asking Hunspell about a word the cache lacks,
 * the lexicon looks in the answers made ahead for frequent words
 * (data/lexicon_answers.tsv), when they were made from the very
 * dictionaries it has opened. */
#include "lexicon.h"

#include <ctype.h>
#include <hunspell.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
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
    bool ahead;        /* the answers made ahead hold for these dictionaries */
    Hunhandle *en;     /* optional, loaded on first use (it takes 50 ms) */
    bool en_tried;
    char aff[1024], dic[1024];       /* id_ID: what the answers made ahead are checked against */
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

/* ---- answers made ahead (data/lexicon_answers.tsv) ---- */

extern const char wt_data_lexicon_answers[];
extern const size_t wt_data_lexicon_answers_len;
extern const char wt_data_wordfreq[];
extern const size_t wt_data_wordfreq_len;

typedef struct ahead_entry {
    uint64_t hash; /* XXH3 of the word; 0: empty */
    const char *word; /* in the embedded file */
    uint8_t len, answer;
} ahead_entry;

static struct {
    uint64_t dicts[2]; /* the hashes of the dictionaries they were made from */
    ahead_entry *e;
    size_t mask;
} g_ahead;
static pthread_once_t g_ahead_once = PTHREAD_ONCE_INIT;

/* The hex number s[0..n) (up to 16 digits); false when it is not one. */
static bool hex_of(const char *s, size_t n, uint64_t *out)
{
    uint64_t v = 0;
    if (!n || n > 16)
        return false;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i], d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            return false;
        v = v << 4 | (uint64_t)d;
    }
    *out = v;
    return true;
}

/* A file's line "word<TAB>answer" (two hex digits) into the table. */
static void ahead_put(const char *line, size_t len)
{
    const char *tab = memchr(line, '\t', len);
    size_t n = tab ? (size_t)(tab - line) : 0;
    uint64_t answer = 0;
    if (!n || n >= CACHE_WORD || !hex_of(tab + 1, len - n - 1, &answer) || !answer || answer > 0xFF)
        return;
    uint64_t h = XXH3_64bits(line, n);
    size_t i = (size_t)h & g_ahead.mask;
    while (g_ahead.e[i].hash)
        i = (i + 1) & g_ahead.mask;
    g_ahead.e[i] = (ahead_entry){h ? h : 1, line, (uint8_t)n, (uint8_t)answer};
}

static void ahead_load(void)
{
    const char *p = wt_data_lexicon_answers, *end = p + wt_data_lexicon_answers_len, *nl;
    size_t lines = 0, len;
    for (; (nl = memchr(p, '\n', (size_t)(end - p))) != NULL; p = nl + 1)
        lines++;
    size_t cap = 1024;
    while (cap < lines * 2)
        cap *= 2;
    wt_data_src d;
    const char *line;
    wt_data_open(&d, "data/lexicon_answers.tsv", wt_data_lexicon_answers, wt_data_lexicon_answers_len);
    /* "dictionaries ID EN": 13 + 16 + 1 + 16 bytes */
    if (!wt_data_next(&d, &line, &len) || len != 46 || memcmp(line, "dictionaries ", 13) != 0 ||
        !hex_of(line + 13, 16, &g_ahead.dicts[0]) || !hex_of(line + 30, 16, &g_ahead.dicts[1]) ||
        !(g_ahead.e = calloc(cap, sizeof *g_ahead.e)))
        return;
    g_ahead.mask = cap - 1;
    while (wt_data_next(&d, &line, &len))
        ahead_put(line, len);
}

/* The answer made ahead for word (hash h), or 0 when there is none. */
static uint8_t ahead_answer(const char *word, size_t n, uint64_t h)
{
    h = h ? h : 1;
    for (size_t i = (size_t)h & g_ahead.mask;; i = (i + 1) & g_ahead.mask) {
        const ahead_entry *e = &g_ahead.e[i];
        if (!e->hash)
            return 0;
        if (e->hash == h && e->len == n && memcmp(e->word, word, n) == 0)
            return e->answer;
    }
}

/* XXH3 of an .aff file's bytes followed by its .dic file's; false when
 * either cannot be read. */
static bool dict_hash(const char *aff, const char *dic, uint64_t *out)
{
    XXH3_state_t *st = XXH3_createState();
    bool ok = st && XXH3_64bits_reset(st) == XXH_OK;
    const char *paths[2] = {aff, dic};
    for (int i = 0; ok && i < 2; i++) {
        char *bytes = NULL;
        size_t len = 0;
        wt_error err;
        ok = wt_read_file(paths[i], (size_t)1 << 28, &bytes, &len, &err) == WT_OK &&
             XXH3_64bits_update(st, bytes, len) == XXH_OK;
        free(bytes);
    }
    if (ok)
        *out = XXH3_64bits_digest(st);
    XXH3_freeState(st);
    return ok;
}

/* Whether the answers made ahead are the ones the dictionaries in dir
 * give (id_ID and en_US, byte for byte those they were made from). */
static bool ahead_holds(const char *aff, const char *dic, const char *en_aff, const char *en_dic)
{
    pthread_once(&g_ahead_once, ahead_load);
    uint64_t id, en;
    return g_ahead.e && dict_hash(aff, dic, &id) && dict_hash(en_aff, en_dic, &en) && id == g_ahead.dicts[0] &&
           en == g_ahead.dicts[1];
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
    memcpy(lex->aff, aff, sizeof aff);
    memcpy(lex->dic, dic, sizeof dic);
    lex->cache = calloc(CACHE_SLOTS, sizeof *lex->cache);
    lex->hs = access(aff, R_OK) == 0 && access(dic, R_OK) == 0 ? hunspell_create(aff, dic) : NULL;
    if (!lex->cache || !lex->hs) {
        wt_status st = lex->cache ? WT_EMODEL : WT_ENOMEM;
        wt_lexicon_close(lex);
        return wt_fail(err, st, dic, 0, -1, "cannot load the Hunspell dictionary");
    }
    snprintf(lex->en_aff, sizeof lex->en_aff, "%s/en_US.aff", dir);
    snprintf(lex->en_dic, sizeof lex->en_dic, "%s/en_US.dic", dir);
    lex->ahead = ahead_holds(aff, dic, lex->en_aff, lex->en_dic);
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
    uint8_t ans = lex->ahead ? ahead_answer(word, n, h) : 0;
    ans = ans ? ans : compute(lex, word);
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

/* English Hunspell, loaded on first need (it takes 140 M instructions);
 * NULL when en_US is not installed. */
static Hunhandle *english(wt_lexicon *lex)
{
    if (!lex->en_tried) {
        lex->en_tried = true;
        if (access(lex->en_aff, R_OK) == 0 && access(lex->en_dic, R_OK) == 0)
            lex->en = hunspell_create(lex->en_aff, lex->en_dic);
    }
    return lex->en;
}

bool wt_lex_english(wt_lexicon *lex, const char *w, size_t n)
{
    if (!lex)
        return false;
    /* a word answered ahead needs no English dictionary (answers are
     * made ahead only where en_US is installed) */
    cache_slot *s = lookup_slot(lex, w, n);
    if (!s)
        return false;
    if (!(s->answer & A_EN_DONE)) {
        Hunhandle *en = english(lex);
        if (!en)
            return false;
        if (Hunspell_spell(en, s->word))
            s->answer |= A_ENGLISH;
        s->answer |= A_EN_DONE;
    }
    return s->answer & A_ENGLISH;
}

bool wt_lexicon_answers_ahead(const wt_lexicon *lex) { return lex && lex->ahead; }

/* The answer for a word as Hunspell gives it, English included. */
static bool answer_now(wt_lexicon *lex, const char *w, uint8_t *ans)
{
    Hunhandle *en = english(lex);
    if (!en)
        return false;
    *ans = (uint8_t)(compute(lex, w) | A_EN_DONE | (Hunspell_spell(en, w) ? A_ENGLISH : 0));
    return true;
}

wt_status wt_lexicon_write_answers(wt_lexicon *lex, FILE *out, wt_error *err)
{
    uint64_t id, en;
    if (!dict_hash(lex->aff, lex->dic, &id) || !dict_hash(lex->en_aff, lex->en_dic, &en) || !english(lex))
        return wt_fail(err, WT_EMODEL, lex->en_dic, 0, -1,
                       "answers are made from both id_ID and en_US (install hunspell-id and hunspell-en-us)");
    fprintf(out, "# Hunspell's answers for the words of data/wordfreq.tsv, in lower case and capitalised:\n"
                 "# word<TAB>bits (1 Indonesian, 2-14 clitic length x 2, 16 English, 32 English asked);\n"
                 "# made by `warta train lexicon` from the dictionaries whose XXH3 hashes follow\n");
    fprintf(out, "dictionaries %016llx %016llx\n", (unsigned long long)id, (unsigned long long)en);
    wt_data_src d;
    const char *line;
    size_t len;
    wt_data_open(&d, "data/wordfreq.tsv", wt_data_wordfreq, wt_data_wordfreq_len);
    while (wt_data_next(&d, &line, &len)) {
        const char *tab = memchr(line, '\t', len);
        size_t n = tab ? (size_t)(tab - line) : len;
        char w[CACHE_WORD];
        bool plain = n && n < CACHE_WORD;
        for (size_t i = 0; plain && i < n; i++)
            plain = isalpha((unsigned char)line[i]) || line[i] == '-';
        if (!plain)
            continue;
        for (int form = 0; form < 2; form++) {
            memcpy(w, line, n);
            w[n] = 0;
            if (form == 1) {
                if (!islower((unsigned char)w[0]))
                    break;
                w[0] = (char)toupper((unsigned char)w[0]);
            }
            uint8_t ans;
            if (!answer_now(lex, w, &ans))
                return wt_fail(err, WT_EMODEL, lex->en_dic, 0, -1, "cannot load the English dictionary");
            fprintf(out, "%s\t%02x\n", w, ans);
        }
    }
    return ferror(out) ? wt_fail(err, WT_EIO, "stdout", 0, -1, "write error") : WT_OK;
}

int wt_lex_clitic(wt_lexicon *lex, const char *w, size_t n)
{
    if (!lex)
        return 0;
    return (lookup(lex, w, n) >> A_CLITIC_SHIFT) & 7;
}
