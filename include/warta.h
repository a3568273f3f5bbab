/*
 * warta.h - the one public header of libwarta.
 *
 * Warta turns Indonesian news text into a structured record: clean text,
 * sentences and tokens, entities, dates, quantities, quotations and events,
 * every fact tied to a span of the cleaned text.
 *
 * Conventions (see docs/conventions.md):
 *  - every exported name starts with wt_ / WT_; structs are typedef'd;
 *  - functions that can fail return wt_status and fill a wt_error;
 *  - all offsets are byte offsets into the document's UTF-8 `text`;
 *  - everything a document owns lives in its arena and is freed by
 *    wt_doc_free() in one call.
 */
#ifndef WARTA_H
#define WARTA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Only what this header declares is exported from libwarta.so (the
 * library is built with -fvisibility=hidden). */
#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

#define WT_VERSION "0.2.0"

/* ---- status and errors ------------------------------------------------ */

typedef enum wt_status {
    WT_OK = 0,
    WT_DONE,        /* no more documents */
    WT_ENOMEM,      /* out of memory */
    WT_EIO,         /* a file could not be opened or read */
    WT_EINPUT,      /* the input is malformed (bad JSON, binary data, ...) */
    WT_ETOOBIG,     /* a document is larger than the configured limit */
    WT_EEMPTY,      /* a document has no text */
    WT_EDB,         /* the database reported an error */
    WT_EUSAGE,      /* the caller passed something that cannot work */
    WT_EMODEL,      /* a model or data file is missing or damaged */
} wt_status;

const char *wt_strerror(wt_status st);

/* An error as a person reads it: "FILE:LINE: MESSAGE" or "FILE: byte N: ..." */
typedef struct wt_error {
    wt_status code;
    char file[512];
    long long line; /* 1-based line number, 0 if not applicable */
    long long byte; /* byte offset in the file, -1 if not applicable */
    char msg[512];
} wt_error;

void wt_error_clear(wt_error *err);
/* Formats "file:line: msg" (or "file: byte N: msg") into buf. */
void wt_error_format(const wt_error *err, char *buf, size_t cap);

/* ---- memory ------------------------------------------------------------ */

typedef struct wt_arena wt_arena;

wt_arena *wt_arena_new(size_t chunk_size);
void *wt_arena_alloc(wt_arena *a, size_t n);
void *wt_arena_calloc(wt_arena *a, size_t count, size_t size);
char *wt_arena_strndup(wt_arena *a, const char *s, size_t n);
size_t wt_arena_used(const wt_arena *a);
void wt_arena_free(wt_arena *a);

/* A (pointer, length) string; never relies on a terminating NUL, although
 * strings made by libwarta are NUL-terminated for convenience. */
typedef struct wt_str {
    const char *ptr;
    size_t len;
} wt_str;

/* ---- offsets back to the raw input -------------------------------------- */

/* Text [start,end) of the cleaned text replaced raw input [raw_start,raw_end).
 * Between two edits the cleaned text equals the raw input shifted by a
 * constant, so every cleaned offset maps back to a raw offset. */
typedef struct wt_edit {
    uint32_t start, end;
    uint32_t raw_start, raw_end;
} wt_edit;

typedef struct wt_offmap {
    wt_edit *edits;
    size_t n, cap;
} wt_offmap;

/* Maps an offset in the cleaned text to the raw input. */
size_t wt_offmap_to_raw(const wt_offmap *m, size_t off);

/* ---- the document record -------------------------------------------------- */

enum wt_token_kind {
    WT_TOK_WORD = 0,
    WT_TOK_NUMBER,  /* 1.000  1,5  19/6/2025  16.00  ke-65 is a WORD */
    WT_TOK_PUNCT,
    WT_TOK_QUOTE,   /* any quotation mark */
    WT_TOK_ABBREV,  /* St.  Dr.  dll.  a.n.  PT. (the period is inside) */
    WT_TOK_URL,     /* URLs, e-mail addresses, @handles, #tags */
    WT_TOK_SYMBOL,  /* %  $  +  and other symbols */
};

enum wt_token_flag {
    WT_TF_REDUP = 1 << 0,   /* reduplication: negara-negara */
    WT_TF_CLITIC = 1 << 1,  /* ends in -nya -lah -kah -pun -ku -mu; see clitic_len */
    WT_TF_CAP = 1 << 2,     /* starts with an upper-case letter */
    WT_TF_UPPER = 1 << 3,   /* all letters upper case (and at least two) */
    WT_TF_SENT_START = 1 << 4,
};

typedef struct wt_token {
    uint32_t start, end;
    uint8_t kind;       /* enum wt_token_kind */
    uint8_t clitic_len; /* bytes of the clitic at the end, 0 if none */
    uint16_t flags;     /* enum wt_token_flag */
} wt_token;

typedef struct wt_sentence {
    uint32_t start, end;
    uint32_t tok_begin, tok_end; /* token indexes [begin,end) */
    uint32_t paragraph;
} wt_sentence;

/* A token's part of speech and its place in its sentence's dependency
 * tree (Universal Dependencies; docs/syntax.md). The strings belong to the
 * pipeline. */
typedef struct wt_dep {
    const char *upos; /* NOUN, PROPN, VERB, ... */
    const char *rel;  /* the relation to the head: nsubj, obj, obl, root, ... */
    int32_t head;     /* the head's token index in the document; -1: the sentence's root */
} wt_dep;

typedef struct wt_paragraph {
    uint32_t start, end;
} wt_paragraph;

typedef enum wt_ent_type { WT_ENT_PER = 0, WT_ENT_ORG, WT_ENT_LOC } wt_ent_type;

typedef struct wt_mention {
    uint32_t start, end;
} wt_mention;

typedef struct wt_entity {
    uint8_t type;          /* wt_ent_type */
    const char *name;      /* canonical name */
    const char *country;   /* ISO 3166 alpha-3 or NULL */
    const char *role;      /* e.g. "head_of_state" or NULL */
    double confidence;     /* of the name and its link, from the evidence (docs/confidence.md) */
    wt_mention *mentions;
    size_t n_mentions;
} wt_entity;

typedef struct wt_date {
    uint32_t start, end;
    const char *value; /* ISO 8601: 2025-06-19, 2025-06, 2025, P5Y, 1995/2023 */
} wt_date;

typedef struct wt_quantity {
    uint32_t start, end;
    double value;
    const char *unit;   /* "persen", "USD", "IDR" or NULL */
    const char *object; /* "orang", "tahun" or NULL */
    const char *approx; /* "about", "more_than", "less_than", ... or NULL */
} wt_quantity;

typedef struct wt_quote {
    uint32_t start, end;       /* the quoted text */
    int speaker;               /* entity index or -1 */
    const char *speaker_name;  /* as resolved, or NULL */
    const char *verb;          /* reporting verb as written, or NULL */
    const char *kind;          /* "direct" (the speaker's words) or "indirect" (reported) */
    uint32_t cue_start, cue_end; /* the reporting verb and the speaker as written */
    double confidence;         /* of the quote and its speaker (docs/confidence.md) */
} wt_quote;

typedef struct wt_event_actor {
    const char *name;
    const char *country;
    int entity; /* entity index or -1 */
} wt_event_actor;

typedef struct wt_event {
    const char *type;   /* PLOVER category: CONSULT, AGREE, SUPPORT, ... */
    const char *mode;   /* e.g. "visit", or NULL */
    const char *cameo;  /* CAMEO code, e.g. "036" */
    wt_event_actor actor1, actor2;
    const char *date;
    const char *location;
    const char **domains;
    size_t n_domains;
    wt_mention *spans; /* every sentence that tells it */
    size_t n_spans;
    double confidence; /* from the evidence it rests on (docs/confidence.md) */
} wt_event;

typedef struct wt_repair {
    uint32_t start, end;     /* in the cleaned text */
    const char *original;    /* as it was in the raw input */
    const char *replacement;
    const char *kind;        /* "split", "spelling", "mojibake", ... */
} wt_repair;

typedef struct wt_meta {
    const char *key;
    const char *json; /* the value as JSON text */
} wt_meta;

typedef struct wt_doc {
    wt_arena *arena;
    const char *id;
    const char *source;   /* site or agency: the input's, else the dateline's ("KOMPAS.com") */
    const char *warta_version; /* the library that made this record (WT_VERSION) */
    const char *model_version; /* the models: "ner-" and the tagger's content hash, "+topic-" and the classifier's */
    const char *topic;    /* what the article is about (news, world, economy, sport...), or NULL */
    double topic_p;       /* the classifier's probability for it */
    const char *origin;   /* where it was read: file path, "file:line", "-" */
    const char *url;
    const char *title;
    const char *date;     /* ISO 8601 publication date or NULL */
    const char *dateline; /* place of the dateline, or NULL */
    const char *agency;   /* agency tag split off the text: "ant", "ft", "Reuters" */
    const char *hash;     /* 32 hex digits: XXH3-128 of the document as read */
    uint64_t simhash;     /* near-duplicate fingerprint of the clean text (0: too short) */
    char *text;           /* the cleaned text all offsets point into */
    size_t text_len;
    wt_offmap map;        /* cleaned text -> raw text */
    wt_meta *meta;
    size_t n_meta;
    wt_paragraph *paragraphs;
    size_t n_paragraphs;
    wt_sentence *sentences;
    size_t n_sentences;
    wt_token *tokens;
    size_t n_tokens;
    const char **token_text; /* each token as a string, made on first need */
    wt_dep *deps;            /* per token: part of speech and dependency; NULL without a parser */
    wt_entity *entities;
    size_t n_entities;
    wt_date *dates;
    size_t n_dates;
    wt_quantity *quantities;
    size_t n_quantities;
    wt_quote *quotes;
    size_t n_quotes;
    wt_event *events;
    size_t n_events;
    wt_repair *repairs;
    size_t n_repairs;
    const char **warnings; /* repaired input problems, as sentences */
    size_t n_warnings;
    bool date_from_text; /* date is the text's first full date: no publication date was given */
} wt_doc;

void wt_doc_free(wt_doc *doc);

/* ---- reading input ---------------------------------------------------------- */

/* How far wt_process goes. */
typedef enum wt_stage { WT_STAGE_CLEAN = 1, WT_STAGE_SEGMENT, WT_STAGE_ALL } wt_stage;

typedef struct wt_options {
    size_t max_doc_bytes; /* documents larger than this are skipped (default 64 MiB) */
    int emit_tokens;      /* include tokens in JSON output (default 1) */
    wt_stage stage;       /* stop after this stage (default WT_STAGE_ALL) */
} wt_options;

void wt_options_init(wt_options *o);

/* The raw fields of one document before processing. Strings are
 * NUL-terminated; text is not necessarily valid UTF-8 and may hold NULs. */
typedef struct wt_input {
    const char *id;
    const char *origin; /* "path", "path:line" or "-" */
    const char *source; /* site or agency the input names, or NULL */
    const char *url;
    const char *title;
    const char *date;
    const char *text;
    size_t text_len;
    int title_in_text; /* 1 if a first title line may be split from text */
    int html;          /* 1 if text is an HTML page: its article is extracted first */
    const wt_meta *meta;
    size_t n_meta;
    const char *warning; /* a problem the reader repaired, or NULL */
    int clean;           /* 1 if text is Warta's own clean text (a stored document being re-annotated):
                            it is neither normalised nor cleaned again, so every offset stays valid */
} wt_input;

/* A reader walks files, directories and "-" (stdin) and yields inputs. */
typedef struct wt_reader wt_reader;

wt_reader *wt_reader_new(const wt_options *o);
/* Queues a path: a file, a directory (walked recursively in byte order of
 * the path names; article files only: text, HTML, JSON, JSON Lines, WARC,
 * gzip or not) or "-" for standard input. A file's format is recognised
 * by its content, then its name. Fails only for a path that
 * does not exist or cannot be listed; the error names it. */
wt_status wt_reader_add(wt_reader *r, const char *path, wt_error *err);
/* fn hears of each file a directory walk leaves out (not an article
 * format), with the reason; without it they are left out silently. */
void wt_reader_on_skip(wt_reader *r, void (*fn)(void *ctx, const char *path, const char *why), void *ctx);
/* Reads the next input. Returns WT_OK, WT_DONE at the end, or an error
 * status for a document or file that was skipped: the error names the file
 * and line or byte, and the next call goes on with the next document.
 * The input stays valid until the next call. */
wt_status wt_reader_next(wt_reader *r, wt_input *in, wt_error *err);
/* Bytes consumed so far. */
size_t wt_reader_bytes(const wt_reader *r);
void wt_reader_free(wt_reader *r);

/* A deep copy of an input (strings, text, metadata) that outlives the
 * reader's next call, for handing documents to worker threads. */
wt_input *wt_input_dup(const wt_input *in);
void wt_input_free(wt_input *in);

/* 32 lower-case hex digits (XXH3-128) identifying the input's content:
 * the same title, url and text give the same hash. buf holds 33 bytes. */
void wt_input_hash(const wt_input *in, char buf[33]);

/* ---- the pipeline: loaded once, shared by workers ------------------------- */

/* Where the pipeline's files are. Strings are copied or read while
 * wt_pipeline_new runs; the library reads no environment variables. */
typedef struct wt_config {
    const char *data_dir;     /* holds ner.model; default: the install's share/warta */
    const char *ner_model;    /* the tagger model file; NULL: data_dir/ner.model */
    int no_tagger;            /* 1: no tagger (the knowledge base alone finds names) */
    const char *hunspell_dir; /* holds id_ID.aff/.dic; NULL: /usr/share/hunspell, then myspell */
    const char *topic_model;  /* the topic classifier; NULL: data_dir/topic.model when there is one */
    int no_topic;             /* 1: no topic classifier (events coded in every article) */
    const char *syntax_model; /* the POS tagger and parser; NULL: data_dir/syntax.model */
    int no_parse;             /* 1: no tags or trees (the stages fall back to word order) */
    const char *const *kb_files; /* extra knowledge-base files (docs/kb.md) */
    size_t n_kb_files;
} wt_config;

void wt_config_init(wt_config *c);

/* Everything a run reads: the tagger model, the knowledge base, the
 * dictionaries and rule tables. Made once; read-only afterwards, so any
 * number of workers in any threads share it. */
typedef struct wt_pipeline wt_pipeline;

/* Loads everything, or fails naming the file (and line) that is missing,
 * cut, of the wrong version or malformed. c may be NULL (defaults). */
wt_status wt_pipeline_new(const wt_config *c, wt_pipeline **out, wt_error *err);
/* Frees the pipeline; every worker made from it must be freed first. */
void wt_pipeline_free(wt_pipeline *p);
/* The models' version as records carry it: "ner-" and the tagger's hash (or
 * "none"), then "+topic-" and the topic model's when there is one. */
const char *wt_pipeline_model_version(const wt_pipeline *p);


/* What one thread needs of its own (Hunspell handles, caches). A worker is
 * used by one thread at a time. */
typedef struct wt_worker wt_worker;
/* The pipeline a worker runs. */
const wt_pipeline *wt_worker_pipeline(const wt_worker *w);

wt_status wt_worker_new(const wt_pipeline *p, wt_worker **out, wt_error *err);
void wt_worker_free(wt_worker *w);

/* ---- processing one document ----------------------------------------------- */

/* Runs the whole pipeline (up to o->stage) over one input with a worker. */
wt_status wt_process(wt_worker *w, const wt_input *in, const wt_options *o, wt_doc **out, wt_error *err);

/* ---- many documents on N threads, in input order ----------------------------- */

/* One document of a run as the caller sees it. */
typedef struct wt_job {
    wt_input *in;     /* the input (a copy); NULL when the reader failed */
    wt_doc *doc;      /* the result when st == WT_OK */
    wt_status st;
    wt_error err;     /* what went wrong when st != WT_OK */
    const char *json; /* the record as the run's sink renders it (JSON Lines), or NULL */
    size_t json_len;
    int skip;         /* set by prepare(): do not process this one */
} wt_job;

/* Where records go: one interface for every output (docs/library.md). */
typedef struct wt_sink wt_sink;

typedef struct wt_run_ops {
    /* calling thread, before the job is queued: may set job->skip */
    void (*prepare)(void *ctx, wt_job *job);
    /* calling thread, strictly in input order, once the job is done (also
     * for reader errors and skipped jobs); a non-zero return stops the run */
    int (*finish)(void *ctx, wt_job *job);
    void *ctx;
    wt_sink *sink;    /* when set, workers render records the way this sink writes them */
} wt_run_ops;

#define WT_MAX_THREADS 256

/* Reads r to the end and processes every input with threads workers
 * (1 or less: in the calling thread; more than WT_MAX_THREADS: an error).
 * Output order, messages and results are those of one thread. Returns
 * WT_OK, or the status of a failure to start (err says why); the first
 * non-zero finish() value is left in *stopped (may be NULL). */
wt_status wt_run(const wt_pipeline *p, wt_reader *r, const wt_options *o, int threads, const wt_run_ops *ops,
                 int *stopped, wt_error *err);

/* The document as one JSON object and a newline, NUL-terminated, in memory
 * the caller frees with wt_free (bindings use it); NULL when out of memory. */
char *wt_doc_json(const wt_doc *doc, const wt_options *o, size_t *len);
void wt_free(void *p);

/* Writes the document as one JSON object and a newline. */
int wt_doc_write_json(const wt_doc *doc, const wt_options *o, FILE *out);

/* ---- outputs: one interface ------------------------------------------------- */

/* JSON Lines (one object per document, docs/schema.md) to out. */
wt_sink *wt_sink_jsonl(FILE *out, const wt_options *o);
/* Each sentence as CoNLL-U: Warta's tokens, their UPOS, heads and
 * relations; MISC holds TokenRange=start:end in the clean text. */
wt_sink *wt_sink_conllu(FILE *out);
/* The SQLite store at path (created or migrated; docs/schema.md). */
wt_status wt_sink_sqlite(const char *path, wt_sink **out, wt_error *err);
/* A PostgreSQL database (a libpq connection string or postgresql:// URL;
 * the schema is made if missing; several writers may share it). */
wt_status wt_sink_pg(const char *conninfo, wt_sink **out, wt_error *err);
/* 1 when the sink already holds a document with this content hash. */
int wt_sink_has(wt_sink *s, const char *hash);
/* Writes a finished job's record (using what a worker rendered, if any);
 * *added is 0 when the sink held it already. */
wt_status wt_sink_write(wt_sink *s, const wt_job *job, int *added, wt_error *err);
wt_status wt_sink_write_doc(wt_sink *s, const wt_doc *d, int *added, wt_error *err);
/* Flushes, closes and frees the sink. */
wt_status wt_sink_close(wt_sink *s, wt_error *err);

/* ---- training and evaluation (warta train, tag, eval) -------------------- */

#define WT_NER_MAX_TAGS 32

/* A named-entity tagger: an averaged perceptron over hashed features with
 * first-order Viterbi decoding of BIO tags (docs/ner.md). */
typedef struct wt_ner wt_ner;

/* A sentence of tokens; tags are indexes into the corpus's tag list. */
typedef struct wt_sent {
    const char **words;   /* what the tagger reads: the first word of each token */
    const char **surface; /* each token as the file writes it (may hold spaces) */
    int *gold; /* training only */
    size_t n;
} wt_sent;

/* A corpus read from CoNLL: a token in the first column, its tag in the
 * last, blank lines between sentences (tabs or spaces, CRLF accepted). */
typedef struct wt_corpus {
    wt_arena *arena;
    wt_sent *sents;
    size_t n, cap;
    char *tags[WT_NER_MAX_TAGS]; /* the tag strings as they appear, index = tag id */
    size_t n_tags;
} wt_corpus;

/* Reads a CoNLL file; tag ids are shared through `tags` when several files
 * are read into one corpus. map (may be NULL) rewrites each tag's type:
 * "PERSON=PER,PPL=PER" maps B-PERSON to B-PER. */
wt_status wt_corpus_read(wt_corpus *c, const char *path, const char *map, wt_error *err);
void wt_corpus_free(wt_corpus *c);

typedef void (*wt_progress_fn)(void *ctx, int member, int epoch, double train_acc, double dev_f1);

/* Training options: epochs passes over the shuffled sentences, the pass
 * with the best dev F1 kept; ensemble perceptrons on differently shuffled
 * data summed into one model; clusters (may be NULL) a word-class table
 * whose classes become features. The worker lends the knowledge base and
 * dictionary the features read. progress (may be NULL) hears of every pass. */
typedef struct wt_ner_opts {
    int epochs;
    unsigned bits; /* 2^bits feature buckets, 10 to 24 */
    int ensemble;  /* members, 1 to 64 */
    int memory;    /* remember the training data's names */
    const char *clusters;
    wt_worker *worker;
    wt_progress_fn progress;
    void *ctx;
} wt_ner_opts;

wt_status wt_ner_train(const wt_corpus *train, const wt_corpus *dev, const wt_ner_opts *opts, wt_ner **out,
                       wt_error *err);
wt_status wt_ner_save(const wt_ner *m, const char *path, wt_error *err);
/* Loads a model; a missing, cut or other-version file is an error naming it. */
wt_status wt_ner_load(const char *path, wt_ner **out, wt_error *err);
void wt_ner_free(wt_ner *m);
size_t wt_ner_n_tags(const wt_ner *m);
const char *wt_ner_tag_name(const wt_ner *m, int tag);

/* Tags every sentence of a corpus with the worker's knowledge base and
 * dictionary: pred[s][i] are model tag ids. Free with wt_ner_free_pred.
 * NULL when memory runs out. */
int **wt_ner_tag_corpus(const wt_ner *m, wt_worker *w, const wt_corpus *c);
void wt_ner_free_pred(int **pred, size_t n_sents);

/* conlleval: entity-level precision, recall and F1 per type and overall
 * (exact span and type); also the mean F1 over types (IndoNLU's score). */
typedef struct wt_ner_score {
    char type[32];
    size_t gold, pred, correct;
    double p, r, f1;
} wt_ner_score;

/* Scores predictions against the corpus's gold tags; fills up to cap type
 * rows (sorted by name) and the overall row; returns the number of rows. */
size_t wt_ner_score_corpus(const wt_corpus *gold, const int *const *pred, const wt_ner *m, wt_ner_score *rows,
                           size_t cap, wt_ner_score *overall, double *type_mean);

/* ---- syntax: part-of-speech tagger and dependency parser (docs/syntax.md) ---- */

/* Sentences of words with their tags and trees. */
typedef struct wt_treebank wt_treebank;

wt_treebank *wt_treebank_new(void);
/* Adds a file's sentences: CoNLL-U (10 tab-separated columns; comments,
 * multiword-token lines and empty nodes kept or skipped as the format
 * says) or token<TAB>tag lines (a "B-" before the tag is dropped), blank
 * lines between sentences. surface: a multiword token becomes one word
 * (the one whose head lies outside it), as Warta's tokenizer writes it.
 * Errors name the file and line. */
wt_status wt_treebank_add_file(wt_treebank *tb, const char *path, bool surface, wt_error *err);
size_t wt_treebank_sentences(const wt_treebank *tb);
size_t wt_treebank_words(const wt_treebank *tb);
/* True when every sentence has heads and relations. */
bool wt_treebank_has_trees(const wt_treebank *tb);
/* Writes CoNLL-U: comments and multiword tokens as read. */
bool wt_treebank_write(const wt_treebank *tb, FILE *f);
void wt_treebank_free(wt_treebank *tb);

/* A tagger and, optionally, a parser in one model file. */
typedef struct wt_syntax wt_syntax;

typedef void (*wt_syntax_progress_fn)(void *ctx, const char *what, int epoch, double train_score,
                                      double dev_score);
typedef struct wt_syntax_opts {
    int epochs;    /* passes; the pass with the best dev score is kept (default 12) */
    bool parser;   /* train a parser too (its training tags come from 5-fold jackknifing) */
    unsigned seed; /* shuffling and exploration */
    const char *clusters; /* word classes (warta train clusters) as tagger features; may be NULL */
    double prune;         /* drop the parser's averaged weights under this, the tagger's under 0.3 x
                             this: a smaller model (0: keep all) */
    wt_syntax_progress_fn progress;
    void *ctx;
} wt_syntax_opts;

wt_status wt_syntax_train(const wt_treebank *train, const wt_treebank *dev, const wt_syntax_opts *opts,
                          wt_syntax **out, wt_error *err);
wt_status wt_syntax_save(const wt_syntax *m, const char *path, wt_error *err);
/* A missing, cut or other-version file is an error naming it. */
wt_status wt_syntax_load(const char *path, wt_syntax **out, wt_error *err);
void wt_syntax_free(wt_syntax *m);
bool wt_syntax_has_parser(const wt_syntax *m);
/* A copy of tb whose UPOS (and, with a parser, HEAD and DEPREL) are
 * predicted from the words alone; NULL when memory runs out. */
wt_treebank *wt_syntax_apply(const wt_syntax *m, const wt_treebank *tb);

/* Scores as the CoNLL 2018 shared task does with gold tokens: UPOS
 * accuracy, UAS, LAS (universal relation, subtypes dropped; punctuation
 * included), plus LAS with full relations and the mean F1 over tags. */
typedef struct wt_syntax_score {
    size_t sentences, words, upos, uas, las, las_full;
    double tag_f1_mean; /* IndoNLU's POS score: the mean over tags of per-tag F1 */
} wt_syntax_score;
/* Fails (naming the line) when the two do not hold the same words. */
wt_status wt_syntax_score_treebank(const wt_treebank *gold, const wt_treebank *pred, wt_syntax_score *s,
                                   wt_error *err);

/* Counts the words of files (CoNLL: first column; text otherwise) and
 * writes "word<TAB>count" lines, most frequent first (data/wordfreq.tsv). */
wt_status wt_freq_build(char **files, int n_files, int min_count, FILE *out, wt_error *err);

/* Learns word classes from raw text (docs/ner.md); bad lines are reported
 * on warn and counted in *skipped. */
wt_status wt_clusters_build(char **files, int n_files, unsigned min_count, size_t max_words, FILE *out, FILE *warn,
                            size_t *skipped, wt_error *err);

/* Scores HTML main-text extraction on the article-extraction benchmark
 * (Warta's own, or another system's predictions in pred_json). */
wt_status wt_eval_html(wt_worker *w, const char *bench_dir, const char *pred_json, FILE *out, int verbose,
                       wt_error *err);
/* Scores direct quotes and speakers against PFSA-ID (CoNLL, BILOU). */
wt_status wt_eval_quotes(wt_worker *w, const char *path, FILE *out, int verbose, wt_error *err);

/* Trains the topic classifier on JSON Lines articles labelled by their
 * outlet's section (data/topics.tsv maps sections to topics). */
wt_status wt_topic_train(char **files, int n_files, const char *model_path, int epochs, FILE *log, wt_error *err);
/* Its accuracy and confusion table on other labelled articles. */
wt_status wt_topic_eval(const char *model_path, char **files, int n_files, FILE *out, wt_error *err);

/* The knowledge base's canonical name for a name or alias ("Bruno
 * Rodriguez" -> "Bruno Rodríguez Parrilla"), or NULL when it knows none. */
const char *wt_canonical_name(const wt_worker *w, const char *name);

/* Scores events, non-events, quotes and entities against a hand reading of
 * real articles (events-dev's gold.jsonl; the articles are read by key from
 * news_dir); verbose lists every miss and extra with its sentence. */
wt_status wt_eval_events(wt_worker *w, const char *gold_path, const char *news_dir, FILE *out, int verbose,
                         wt_error *err);

/* "64M", "1G", "512k", "1000" as bytes; false when s is none of those. */
int wt_parse_size(const char *s, size_t *out);

/* ---- the store ---------------------------------------------------------------- */

typedef struct wt_store wt_store;

wt_status wt_store_open(const char *path, wt_store **st, wt_error *err);
/* Adds one document with all its annotations. *added is 0 when a document
 * with the same content hash is already stored (nothing changes). */
wt_status wt_store_add(wt_store *st, const wt_doc *doc, int *added, wt_error *err);
/* 1 if a document with this content hash is stored. */
int wt_store_has(wt_store *st, const char *hash);
/* Commits the batch in progress (wt_store_add batches transactions). */
wt_status wt_store_flush(wt_store *st, wt_error *err);
void wt_store_close(wt_store *st);

/* Re-annotates stored documents after an upgrade (warta ingest
 * --reprocess): those made by another Warta or other models, or every one
 * with all set. Each document's clean text runs through w's pipeline again
 * and its annotations are replaced in place: text, metadata and repairs
 * stay; one transaction per batch, so a killed run leaves every document
 * whole (old or new) and running again finishes the rest. A document that
 * fails keeps its old annotations and is reported to cb (d NULL, e set);
 * cb may be NULL. *done counts the documents re-annotated. */
/* Copies the documents of the SQLite shard at path (a Warta database of
 * this schema, only read) that st lacks, by content hash, with all their
 * rows, in one transaction, and links near-duplicates across shards;
 * *added counts them (warta merge). */
wt_status wt_store_merge(wt_store *st, const char *shard, size_t *added, wt_error *err);

typedef void (*wt_reprocess_cb)(void *ctx, long long id, const wt_doc *d, const wt_error *e);
wt_status wt_store_reprocess(wt_store *st, wt_worker *w, int all, wt_reprocess_cb cb, void *ctx, size_t *done,
                             wt_error *err);

/* ---- asking a database: the query layer (src/query/, docs/query.md) ---- */

/* A Warta database opened for questions: read-only, never upgraded. A
 * file that is not a Warta database, or one of another schema version, is
 * refused with a message saying why. */
typedef struct wt_db wt_db;
/* path: a SQLite file, or a postgresql:// URL. */
wt_status wt_db_open(const char *path, wt_db **db, wt_error *err);
/* A PostgreSQL database by libpq connection string or URL; the session
 * is read-only. */
wt_status wt_db_open_pg(const char *conninfo, wt_db **db, wt_error *err);
void wt_db_close(wt_db *db);
/* Stops a query that runs longer than ms milliseconds (0: never), with
 * WT_EDB and "the query took longer than ...". */
void wt_db_set_timeout(wt_db *db, int ms);

/* What a request asks for. */
typedef enum wt_qkind {
    WT_QK_EVENTS,   /* coded events */
    WT_QK_ENTITIES, /* entities by canonical name, with counts */
    WT_QK_QUOTES,   /* quotations */
    WT_QK_ARTICLES, /* articles: full-text search and filters */
    WT_QK_MENTIONS, /* every mention of an entity, with its text and offsets */
    WT_QK_COUNT,    /* events, articles or quotes counted by one dimension */
    WT_QK_STATS,    /* totals */
    WT_QK_DUPS,     /* near-duplicate pairs */
} wt_qkind;

#define WT_QMAX 32 /* values of one filter */

/* The values of one filter: a row matches when it matches any of them. */
typedef struct wt_qvalues {
    const char *v[WT_QMAX];
    size_t n;
} wt_qvalues;

/* A request: the filters a kind does not use must be empty (wt_db_query
 * names the first one that is not). Filters are ANDed; the values of one
 * filter are ORed. docs/query.md says what each one matches. */
typedef struct wt_qreq {
    wt_qkind kind;
    wt_qvalues actor;    /* events: either actor; quotes: the speaker; entities, mentions, articles: the entity
                            (any spelling: name, alias, or words as written in an article) */
    wt_qvalues country;  /* events: either actor's country; quotes: the speaker's; entities: theirs
                            (alpha-3 code or a country's name) */
    const char *between[2]; /* events: one actor from each country, either way round */
    wt_qvalues type;     /* events: PLOVER type; entities, mentions: PER, ORG, LOC, ... */
    wt_qvalues cameo;    /* events: CAMEO code or its prefix ("04" the root, "042") */
    wt_qvalues quad;     /* events: quad class 1-4, or cooperation (1, 2), conflict (3, 4), verbal-cooperation,
                            material-cooperation, verbal-conflict, material-conflict */
    wt_qvalues domain;   /* events: nuclear, oil_gas, defense, ... */
    wt_qvalues source;   /* the article's outlet */
    wt_qvalues topic;    /* the article's topic */
    const char *from, *to; /* ISO year, month, day or week; a fact matches when the days it covers overlap */
    double min_confidence; /* events, quotes: 0 for any */
    const char *words;   /* events: every word in the evidence sentence; quotes: in the quotation */
    const char *search;  /* a full-text query over the articles' titles and text: the rows of matching
                            articles (docs/query.md says what it accepts) */
    const char *doc;     /* one article: its row id, doc id or content hash */
    const char *by;      /* count: one or two (comma-separated) of day, week, month, year, pair, actors, partner,
                            country, actor, type, cameo, quad, domain, location, source, topic, speaker */
    wt_qkind of;         /* count: WT_QK_EVENTS (default), WT_QK_ARTICLES or WT_QK_QUOTES */
    const char *sort;    /* a result column; "-col" or "col:desc" for descending; NULL: the kind's default
                            (newest first; counts largest first) */
    long long limit;     /* rows per page: 0 for 20, -1 for all */
    const char *cursor;  /* the `next` of the previous page, or NULL for the first */
} wt_qreq;

void wt_qreq_init(wt_qreq *rq, wt_qkind kind);

/* The rows a request selected: one page, with the number of rows in all
 * and the cursor of the next page. */
typedef struct wt_qresult wt_qresult;
wt_status wt_db_query(wt_db *db, const wt_qreq *rq, wt_qresult **res, wt_error *err);
size_t wt_qresult_ncols(const wt_qresult *r);
const char *wt_qresult_col(const wt_qresult *r, size_t col);
size_t wt_qresult_nrows(const wt_qresult *r);
/* A cell as text (NULL for SQL NULL); numbers are written as SQL does. */
const char *wt_qresult_get(const wt_qresult *r, size_t row, size_t col);
/* 1 when the cell is a number (JSON writes it bare). */
int wt_qresult_is_number(const wt_qresult *r, size_t row, size_t col);
long long wt_qresult_total(const wt_qresult *r);
const char *wt_qresult_next(const wt_qresult *r); /* NULL on the last page */
const char *wt_qresult_kind(const wt_qresult *r); /* "events", "count", ... */
void wt_qresult_free(wt_qresult *r);

typedef enum wt_qformat { WT_QF_TABLE, WT_QF_JSON, WT_QF_JSONL, WT_QF_CSV, WT_QF_TSV } wt_qformat;

/* How to write a result (docs/query.md): the format, the columns (comma-
 * separated names; NULL: the kind's usual ones for a table, all for the
 * others), and for a table the width of the terminal (0: no limit) and
 * whether to show every column in full. An unknown column is WT_EUSAGE. */
typedef struct wt_qwrite {
    wt_qformat format;
    const char *fields;
    int width;
    bool wide;
} wt_qwrite;
wt_status wt_qresult_write(const wt_qresult *r, const wt_qwrite *w, FILE *out, wt_error *err);

/* One article: its text with every annotated span marked, then its facts
 * (a table) or one JSON object with named lists (json, jsonl). */
wt_status wt_db_article(wt_db *db, const char *key, wt_qformat format, FILE *out, wt_error *err);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif
#endif
