/* syntax.h - sentences with words, tags and trees (a treebank read from
 * CoNLL-U or token-tag files), the part-of-speech tagger and the
 * transition-based dependency parser (docs/syntax.md). */
#ifndef WT_SYNTAX_H
#define WT_SYNTAX_H

#include "../base/base.h"
#include "perceptron.h"

#include <stdio.h>

/* ---- treebanks (conllu.c) ---- */

typedef struct wt_tb_word {
    const char *form, *lemma, *upos, *xpos, *feats, *deprel, *deps, *misc;
    int head; /* 0: the root; -1: none given (token-tag files, "_") */
} wt_tb_word;

/* A multiword token's line ("6-7 menyetujuinya _ ..."), written back
 * before its first word. */
typedef struct wt_tb_range {
    int first, last;
    const char *line;
} wt_tb_range;

typedef struct wt_tb_sent {
    const char **comments; /* "# sent_id = ..." lines, without the newline */
    size_t n_comments;
    wt_tb_range *ranges;
    size_t n_ranges;
    wt_tb_word *w;
    size_t n;
    long long lineno; /* of its first word */
} wt_tb_sent;

struct wt_treebank {
    wt_arena *arena;
    wt_tb_sent *s;
    size_t n, cap;
    size_t words;
    bool trees; /* every sentence read from CoNLL-U with heads */
};

/* A copy of tb's sentences (fields shared with tb, which must outlive
 * it) whose words the caller may re-tag. */
wt_treebank *wt_treebank_clone(const wt_treebank *tb);

/* ---- the tagger (tagger.c) ---- */

typedef struct wt_tagger wt_tagger;

/* What the tagger and the parser both read of a word, found once by the
 * tagger: the hash of its normalised form (wt_syn_norm), its affix class
 * + 7, the hash of its last three letters, its middle word class + 100
 * (1: not in the word classes). */
typedef struct wt_syn_word {
    uint64_t w, affix, suf3, cls1;
} wt_syn_word;

/* What a tagger keeps of the words it has tagged, for one thread: a
 * word's features and the sums of those that read the word alone, so a
 * word met again is not read again (slots: a power of two; a word of 32
 * bytes or more is not kept). The tags are the same with it or without. */
typedef struct wt_tag_memo wt_tag_memo;
wt_tag_memo *wt_tag_memo_new(const wt_tagger *t, size_t slots);
void wt_tag_memo_free(wt_tag_memo *m);

/* tags[i] = the tag id of words[i]; seen (may be NULL) receives what the
 * parser reads of each word too; memo (may be NULL: not kept) is t's.
 * False when memory runs out (every tag 0, seen not filled). */
bool wt_tagger_tag(const wt_tagger *t, const char *const *words, size_t n, int *tags, wt_syn_word *seen,
                   wt_tag_memo *memo);
const char *wt_tagger_name(const wt_tagger *t, int tag);
int wt_tagger_id(const wt_tagger *t, const char *name);
const struct wt_clusters *wt_tagger_clusters(const wt_tagger *t);
/* clusters: a word-class table (warta train clusters) whose classes
 * become features and which the model keeps; may be NULL. Averaged
 * weights smaller than prune are dropped (a smaller model). */
wt_status wt_tagger_train(const wt_treebank *train, const wt_treebank *dev, int epochs, unsigned seed,
                          const char *clusters, float prune, wt_tagger **out, double *dev_acc, wt_error *err);
void wt_tagger_free(wt_tagger *t);
bool wt_tagger_write(const wt_tagger *t, gzFile gz);
wt_tagger *wt_tagger_read(wt_blob *in);

/* ---- the parser (parser.c) ---- */

typedef struct wt_parser wt_parser;

/* heads[i] (0: the root, else 1 + the word's index) and labels[i] (a
 * label id) of the words, given their tags. seen: what the tagger read
 * of each word (the tagger whose word classes the parser reads), or NULL
 * to read the words again. */
void wt_parser_parse(const wt_parser *p, const char *const *words, const wt_syn_word *seen, const char *const *tags,
                     size_t n, int *heads, int *labels);
const char *wt_parser_label(const wt_parser *p, int label);
/* cl: the tagger's word classes, read as features too (may be NULL; not
 * owned: the model sets it again after loading). */
wt_status wt_parser_train(const wt_treebank *train, const wt_treebank *dev, int epochs, unsigned seed,
                          const struct wt_clusters *cl, float prune, wt_parser **out, double *dev_las,
                          wt_error *err);
void wt_parser_set_clusters(wt_parser *p, const struct wt_clusters *cl);
void wt_parser_free(wt_parser *p);
/* Parses sentence i of tb by following the dynamic oracle's cheapest
 * transitions (no model): a projective gold tree comes back exactly.
 * names[k] is the relation of word k. */
bool wt_parser_oracle(const wt_treebank *tb, size_t i, int *heads, char (*names)[32]);
bool wt_parser_write(const wt_parser *p, gzFile gz);
wt_parser *wt_parser_read(wt_blob *in);

/* ---- in the pipeline (model.c) ---- */

/* Tags and parses every sentence of a segmented document into doc->deps;
 * memo (may be NULL) from wt_syntax_memo_new(m), the calling thread's. */
wt_status wt_syntax_doc(const wt_syntax *m, wt_tag_memo *memo, wt_doc *doc);
/* A memo for m's tagger (NULL when memory runs out). */
wt_tag_memo *wt_syntax_memo_new(const wt_syntax *m);
/* wt_syntax_load of a model file already read (the blob is taken and
 * freed; errors name path). */
wt_status wt_syntax_load_blob(wt_blob *blob, const char *path, wt_syntax **out, wt_error *err);
/* The model's tagger and parser (NULL when it has none). */
const wt_tagger *wt_syntax_tagger(const wt_syntax *m);
const wt_parser *wt_syntax_parser(const wt_syntax *m);

/* ---- shared by both ---- */

/* The word as features see it: lower-cased ASCII letters, digits as 0,
 * cut to cap - 1 bytes. */
size_t wt_syn_norm(const char *w, char *out, size_t cap);
/* A small class of an Indonesian word's affixes: which of the prefixes
 * me-, di-, ber-, ter-, pe-, ke-, se- it starts with and which of -kan,
 * -i, -an, -nya, -lah, -kah, -pun it ends with (0 = none), for a word
 * long enough to carry them. */
int wt_syn_affix(const char *lower, size_t n);
/* The index of s in names[0..*n), added (copied) when missing; -1 when
 * the table holds max already or memory runs out. */
int wt_syn_intern(char **names, size_t *n, size_t max, const char *s);
/* "KEY n" and n names, one a line (the tags, the relations of a model
 * file); reading fails on another key, a count over max or a cut list
 * (what was read is in names[0..*n) for the caller to free). */
bool wt_syn_write_names(gzFile gz, const char *key, char *const *names, size_t n);
bool wt_syn_read_names(wt_blob *in, const char *key, char **names, size_t *n, size_t max);
/* The shape: Xx, XX, x, 0, punctuation... */
void wt_syn_shape(const char *w, char *out, size_t cap);

#endif
