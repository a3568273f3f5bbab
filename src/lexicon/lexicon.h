/* lexicon.h - the Indonesian word list (Hunspell's id_ID through
 * libhunspell) with a cache in front of it. */
#ifndef WT_LEXICON_H
#define WT_LEXICON_H

#include "../base/base.h"

#include <stdio.h>

typedef struct wt_lexicon wt_lexicon;

/* The folder that holds id_ID.aff and id_ID.dic: dir when given, else
 * /usr/share/hunspell or /usr/share/myspell; copied into found. */
wt_status wt_lexicon_find(const char *dir, char *found, size_t cap, wt_error *err);
/* Opens the dictionary in dir (and en_US there, on first need). A lexicon
 * is not thread-safe: one per worker. */
wt_status wt_lexicon_open(const char *dir, wt_lexicon **lex, wt_error *err);
void wt_lexicon_close(wt_lexicon *lex);

/* 1 if the word (ASCII letters, any case) is Indonesian. */
bool wt_lex_known(wt_lexicon *lex, const char *w, size_t n);
/* 1 if the word is English (hunspell-en-us, when installed): loanwords and
 * English terms in Indonesian news are not glued or misspelt words. */
bool wt_lex_english(wt_lexicon *lex, const char *w, size_t n);
/* Length of a clitic (-nya -lah -kah -pun) at the end of the word, or 0
 * when the word is a root that merely ends that way (sekolah, hanya). */
int wt_lex_clitic(wt_lexicon *lex, const char *w, size_t n);

/* Whether the lexicon takes answers made ahead (data/lexicon_answers.tsv)
 * rather than asking Hunspell: only when its id_ID and en_US files are
 * byte for byte those the answers were made from. */
bool wt_lexicon_answers_ahead(const wt_lexicon *lex);
/* Writes those answers (`warta train lexicon`): for each word of
 * data/wordfreq.tsv, lower case and capitalised, what Hunspell answers
 * with the dictionaries lex was opened on, and their hashes. */
wt_status wt_lexicon_write_answers(wt_lexicon *lex, FILE *out, wt_error *err);

#endif
