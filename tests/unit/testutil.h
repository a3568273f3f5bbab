/* testutil.h - helpers shared by the unit tests. */
#ifndef WT_TESTUTIL_H
#define WT_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "warta.h"

/* A fresh temporary directory; the path is static storage. */
static inline const char *tu_tmpdir(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/warta-test-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    return dir;
}

static inline void tu_write(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static inline void tu_rm_rf(const char *dir)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* The tests' pipeline (the source tree's model) and one worker, made on
 * first use; the tests run in one thread. */
static inline wt_pipeline *tu_pipeline_made(int no_parse)
{
    static wt_pipeline *made[2];
    wt_pipeline **pp = &made[no_parse != 0], *p = *pp;
    if (!p) {
        wt_config c;
        wt_config_init(&c);
        c.data_dir = WT_MODEL_DIR;
        c.no_topic = 1; /* the topic model is built locally, not shipped: tests of the rules do without it */
        c.no_parse = no_parse;
        wt_error err;
        wt_error_clear(&err);
        if (wt_pipeline_new(&c, &p, &err) != WT_OK) {
            fprintf(stderr, "pipeline: %s: %s\n", err.file, err.msg);
            abort();
        }
        *pp = p;
    }
    return p;
}

static inline wt_pipeline *tu_pipeline(void) { return tu_pipeline_made(0); }

/* A worker of the tests' pipeline, or of one without a parser (no_parse). */
static inline wt_worker *tu_worker_made(int no_parse)
{
    static wt_worker *made[2];
    wt_worker **w = &made[no_parse != 0];
    if (!*w) {
        wt_error err;
        if (wt_worker_new(tu_pipeline_made(no_parse), w, &err) != WT_OK) {
            fprintf(stderr, "worker: %s: %s\n", err.file, err.msg);
            abort();
        }
    }
    return *w;
}

static inline wt_worker *tu_worker(void) { return tu_worker_made(0); }

/* Runs the pipeline over a plain-text document with a publication date
 * from its metadata (may be NULL); no_parse: without tags or trees, as
 * `warta extract --no-parse` runs. */
static inline wt_doc *tu_process_with(const char *text, int title_in_text, const char *date, int no_parse)
{
    wt_input in = {.id = "t", .origin = "test", .text = text, .text_len = strlen(text),
                   .title_in_text = title_in_text, .date = date};
    wt_options o;
    wt_options_init(&o);
    wt_doc *d = NULL;
    wt_error err;
    wt_error_clear(&err);
    wt_status st = wt_process(tu_worker_made(no_parse), &in, &o, &d, &err);
    if (st != WT_OK)
        fprintf(stderr, "process: %s\n", err.msg);
    assert_int_equal(st, WT_OK);
    return d;
}

static inline wt_doc *tu_process_dated(const char *text, int title_in_text, const char *date)
{
    return tu_process_with(text, title_in_text, date, 0);
}

/* Runs the pipeline over a plain-text document. */
static inline wt_doc *tu_process(const char *text, int title_in_text)
{
    return tu_process_dated(text, title_in_text, NULL);
}

/* The text of token i as a NUL-terminated static string. */
static inline const char *tu_tok(const wt_doc *d, size_t i)
{
    static char buf[256];
    size_t n = d->tokens[i].end - d->tokens[i].start;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, d->text + d->tokens[i].start, n);
    buf[n] = 0;
    return buf;
}

static inline const char *tu_sent(const wt_doc *d, size_t i)
{
    static char buf[1024];
    size_t n = d->sentences[i].end - d->sentences[i].start;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, d->text + d->sentences[i].start, n);
    buf[n] = 0;
    return buf;
}

/* Index of the first token whose text is s, or -1. */
static inline long tu_find_tok(const wt_doc *d, const char *s)
{
    for (size_t i = 0; i < d->n_tokens; i++)
        if (strcmp(tu_tok(d, i), s) == 0)
            return (long)i;
    return -1;
}

/* The first quotation of d that starts with start, or NULL. */
static inline const wt_quote *quote_starting(const wt_doc *d, const char *start)
{
    for (size_t i = 0; i < d->n_quotes; i++)
        if (strncmp(d->text + d->quotes[i].start, start, strlen(start)) == 0)
            return &d->quotes[i];
    return NULL;
}

/* Asserts a quotation that starts with start, the speaker's. */
static inline void assert_quote_by(const wt_doc *d, const char *start, const char *speaker)
{
    const wt_quote *q = quote_starting(d, start);
    assert_non_null(q);
    assert_non_null(q->speaker_name);
    assert_string_equal(q->speaker_name, speaker);
}

#endif
