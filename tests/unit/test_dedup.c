/* Unit tests: SimHash fingerprints (src/dedup). The fingerprint is checked
 * against the plain definition (every shingle votes +1/-1 on each of the
 * 64 bits) written here once more, on texts long enough that the counted
 * lanes are emptied several times. */
#include "testutil.h"

#include "dedup/simhash.h"

#include <ctype.h>
#include <xxhash.h>

/* Charikar's SimHash as simhash.h defines it, one vote at a time */
static uint64_t simhash_by_votes(const char *text, size_t n)
{
    int64_t votes[64] = {0};
    uint64_t words[3] = {0, 0, 0};
    size_t count = 0, i = 0;
    char low[64];
    while (i < n) {
        while (i < n && !(isalnum((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80))
            i++;
        size_t st = i;
        while (i < n && (isalnum((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80))
            i++;
        if (i == st)
            break;
        size_t len = i - st < sizeof low ? i - st : sizeof low;
        for (size_t k = 0; k < len; k++)
            low[k] = (char)tolower((unsigned char)text[st + k]);
        words[0] = words[1];
        words[1] = words[2];
        words[2] = XXH3_64bits(low, len);
        if (++count < 3)
            continue;
        uint64_t h = XXH3_64bits(words, sizeof words);
        for (int b = 0; b < 64; b++)
            votes[b] += (h >> b) & 1 ? 1 : -1;
    }
    if (count < WT_SIMHASH_MIN_WORDS)
        return 0;
    uint64_t fp = 0;
    for (int b = 0; b < 64; b++)
        if (votes[b] > 0)
            fp |= (uint64_t)1 << b;
    return fp ? fp : 1;
}

/* n words of a made-up report, seeded so each text differs */
static char *report(size_t words, unsigned seed)
{
    static const char *const W[] = {"menteri", "luar", "negeri", "bertemu", "dengan", "duta", "besar", "membahas",
                                    "kerja", "sama", "energi", "di", "Jakarta", "pada", "Selasa", "dan", "sepakat",
                                    "untuk", "memperkuat", "hubungan", "kedua", "negara"};
    char *s = malloc(words * 12 + 1);
    size_t k = 0;
    unsigned x = seed * 2654435761u + 1;
    for (size_t i = 0; i < words; i++) {
        x = x * 1103515245u + 12345u;
        const char *w = W[(x >> 16) % (sizeof W / sizeof W[0])];
        k += (size_t)sprintf(s + k, "%s%s", i ? " " : "", w);
    }
    s[k] = 0;
    return s;
}

static void fingerprint_is_the_vote_of_every_shingle(void **state)
{
    (void)state;
    size_t sizes[] = {30, 254, 255, 256, 257, 1000, 5000};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        for (unsigned seed = 0; seed < 5; seed++) {
            char *t = report(sizes[i], seed);
            assert_true(wt_simhash(t, strlen(t)) == simhash_by_votes(t, strlen(t)));
            assert_true(wt_simhash(t, strlen(t)) != 0);
            free(t);
        }
}

static void short_texts_and_near_copies(void **state)
{
    (void)state;
    const char *short_text = "Menteri Luar Negeri bertemu duta besar di Jakarta.";
    assert_true(wt_simhash(short_text, strlen(short_text)) == 0);
    char *a = report(600, 7);
    size_t n = strlen(a);
    char *b = malloc(n + 40);
    memcpy(b, a, n);
    strcpy(b + n, " Baca juga berita lainnya"); /* a footer added by a re-crawl */
    assert_true(wt_hamming(wt_simhash(a, n), wt_simhash(b, strlen(b))) <= WT_NEAR_DUP_BITS);
    char *c = report(600, 8);
    assert_true(wt_hamming(wt_simhash(a, n), wt_simhash(c, strlen(c))) > WT_NEAR_DUP_BITS);
    free(a);
    free(b);
    free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fingerprint_is_the_vote_of_every_shingle),
        cmocka_unit_test(short_texts_and_near_copies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
