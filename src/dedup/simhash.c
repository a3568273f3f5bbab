/* simhash.c - see simhash.h (Charikar's SimHash: each shingle's 64-bit hash
 * votes +1/-1 on every bit; the fingerprint keeps the sign of each sum). */
#include "simhash.h"

#include "../base/base.h"

#include <ctype.h>
#include <string.h>
#include <xxhash.h>

int wt_hamming(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

uint64_t wt_simhash(const char *text, size_t n)
{
    int32_t votes[64] = {0};
    uint64_t words[3] = {0, 0, 0}; /* hashes of the last three words */
    size_t count = 0, i = 0;
    char low[64];
    while (i < n) {
        /* a word: letters and digits (bytes >= 0x80 count as letters) */
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
