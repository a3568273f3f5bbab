/* answers.h - the server's cache of whole answers (answers.c): a request's
 * path and query string to the status, type and body it got, kept while
 * the database stays as it was (its file and write-ahead log unchanged),
 * bounded in bytes, shared by the server's threads. */
#ifndef WT_CLI_ANSWERS_H
#define WT_CLI_ANSWERS_H

#include <stddef.h>

typedef struct answers answers;

/* A cache of at most max_bytes of bodies for the SQLite database at
 * db_path (NULL: a cache that never holds anything, for PostgreSQL). */
answers *answers_new(const char *db_path, size_t max_bytes);
void answers_free(answers *c);

/* The answer stored for key, copied into *body (malloc'd; the caller
 * frees it); 0 when there is none or the database changed since. *gen
 * is the cache's generation, to be passed to answers_put. */
unsigned answers_get(answers *c, const char *key, char **body, size_t *len, const char **type,
                     unsigned long long *gen);
/* Keeps an answer made after answers_get gave gen (a 200 only; type must
 * be a string literal); nothing when the database changed meanwhile. */
void answers_put(answers *c, unsigned long long gen, const char *key, unsigned status, const char *type,
                 const char *body, size_t len);

/* Hits and misses so far. */
void answers_stats(answers *c, unsigned long long *hits, unsigned long long *misses);

#endif
