/* simhash.c - see simhash.h (Charikar's SimHash: each shingle's 64-bit hash
 * votes +1/-1 on every bit; the fingerprint keeps the sign of each sum). */
#include "simhash.h"

#include "../base/base.h"

#include <ctype.h>
#include <string.h>
#define XXH_INLINE_ALL /* the hash inlined: the same values, without a call */
#include <xxhash.h>

int wt_hamming(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

/* The bits of h counted eight at a time: lane j's byte k counts bit
 * 8k + j; a byte holds up to 255 counts, so the lanes go into ones[]
 * every 255 shingles. */
static void flush_lanes(uint64_t lanes[8], uint32_t ones[64])
{
    for (int j = 0; j < 8; j++) {
        for (int k = 0; k < 8; k++)
            ones[8 * k + j] += (uint32_t)(lanes[j] >> (8 * k)) & 0xff;
        lanes[j] = 0;
    }
}

uint64_t wt_simhash(const char *text, size_t n)
{
    uint32_t ones[64] = {0}; /* how many shingles have each bit set */
    uint64_t lanes[8] = {0};
    size_t in_lanes = 0, shingles = 0;
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
        for (int j = 0; j < 8; j++)
            lanes[j] += (h >> j) & 0x0101010101010101ULL;
        shingles++;
        if (++in_lanes == 255) {
            flush_lanes(lanes, ones);
            in_lanes = 0;
        }
    }
    flush_lanes(lanes, ones);
    if (count < WT_SIMHASH_MIN_WORDS)
        return 0;
    /* each shingle votes +1 on its set bits and -1 on the others */
    uint64_t fp = 0;
    for (int b = 0; b < 64; b++)
        if (2 * (uint64_t)ones[b] > shingles)
            fp |= (uint64_t)1 << b;
    return fp ? fp : 1;
}
