/* memory.h - the names a tagger saw in its training data.
 *
 * Every name the training data marks ("piala dunia" EVT, "bank indonesia"
 * IND) is remembered by the hash of its lower-cased words, with the type it
 * was given most often and how reliable that is: the share of the phrase's
 * occurrences in the training text that carry that type ("pemilu" is an
 * event in some sentences and not in others). The tagger sees, for each
 * word, the longest remembered name covering it as features; while
 * training, each sentence sees a memory built without its own tenth of the
 * data (so the features are as unreliable as on new text). Only hashes are
 * kept, not the words. */
#ifndef WT_MEMORY_H
#define WT_MEMORY_H

#include "../base/base.h"

#define WT_MEMORY_MAX_WORDS 6

typedef struct wt_memory wt_memory;

wt_memory *wt_memory_new(void);
void wt_memory_free(wt_memory *m);

/* Counts the names of one sentence (tags: ids into names, BIO; a name
 * starts at B-X, or at I-X after another type or O). */
bool wt_memory_count_names(wt_memory *m, const char *const *words, const int *tags, size_t n,
                           char *const *names);
/* Counts how often each counted name occurs in a sentence at all. */
void wt_memory_count_occurrences(wt_memory *m, const char *const *words, size_t n);
/* Turns the counts into entries: the tag the name's first word had most
 * often and a reliability class (3: nine in ten occurrences or more, 2:
 * half, 1: a fifth, 0: less). */
void wt_memory_finish(wt_memory *m);

/* The longest remembered names over a sentence, left to right: out[i] is 0
 * outside a name, else WT_MEMORY_FIRST on a name's first word, the
 * reliability class times 256 and the tag id + 1. */
#define WT_MEMORY_FIRST 0x8000
void wt_memory_match(const wt_memory *m, const char *const *words, size_t n, uint16_t *out);

/* Saving and loading: the number of entries (wt_memory_count), then for
 * each slot of the table that holds one a line "key first-word tag class words"
 * (wt_memory_format_slot writes nothing for an empty slot). */
size_t wt_memory_count(const wt_memory *m);
size_t wt_memory_slots(const wt_memory *m);
int wt_memory_format_slot(const wt_memory *m, size_t slot, char *out, size_t cap);
bool wt_memory_parse_line(wt_memory *m, const char *line);

#endif
