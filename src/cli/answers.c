/* answers.c - whole answers kept by request (answers.h). Buckets of a
 * chained hash table under one mutex; the oldest answer goes first when
 * the bytes run over; everything goes when the database's files change. */
#include "answers.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define BUCKETS 4096

typedef struct entry {
    struct entry *next, *newer; /* in its bucket; in age order */
    uint64_t hash;
    unsigned status;
    const char *type;
    char *key, *body;
    size_t len;
} entry;

/* What the database's files look like: any write changes it. */
typedef struct stamp {
    long long mtime[2], size[2];
} stamp;

struct answers {
    pthread_mutex_t lock;
    char *paths[2]; /* the database and its write-ahead log */
    stamp seen;
    unsigned long long gen; /* one more each time everything goes */
    entry *bucket[BUCKETS], *oldest, *newest;
    size_t bytes, max_bytes;
    unsigned long long hits, misses;
};

static uint64_t hash_of(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static stamp stamp_now(const answers *c)
{
    stamp s = {{0, 0}, {-1, -1}};
    for (int i = 0; i < 2; i++) {
        struct stat st;
        if (stat(c->paths[i], &st) == 0) {
            s.mtime[i] = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
            s.size[i] = (long long)st.st_size;
        }
    }
    return s;
}

answers *answers_new(const char *db_path, size_t max_bytes)
{
    answers *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    pthread_mutex_init(&c->lock, NULL);
    c->max_bytes = db_path ? max_bytes : 0;
    if (db_path) {
        size_t n = strlen(db_path);
        c->paths[0] = strdup(db_path);
        c->paths[1] = malloc(n + 5);
        if (c->paths[1])
            snprintf(c->paths[1], n + 5, "%s-wal", db_path);
        if (!c->paths[0] || !c->paths[1])
            c->max_bytes = 0;
        else
            c->seen = stamp_now(c);
    }
    return c;
}

static void drop_oldest(answers *c)
{
    entry *e = c->oldest;
    entry **p = &c->bucket[e->hash % BUCKETS];
    while (*p != e)
        p = &(*p)->next;
    *p = e->next;
    c->oldest = e->newer;
    if (!c->oldest)
        c->newest = NULL;
    c->bytes -= e->len + strlen(e->key);
    free(e->key);
    free(e->body);
    free(e);
}

static void drop_all(answers *c)
{
    while (c->oldest)
        drop_oldest(c);
}

void answers_free(answers *c)
{
    if (!c)
        return;
    drop_all(c);
    free(c->paths[0]);
    free(c->paths[1]);
    pthread_mutex_destroy(&c->lock);
    free(c);
}

/* Under the lock: forgets everything if the database changed. */
static void check_stamp(answers *c, const stamp *now)
{
    if (memcmp(now, &c->seen, sizeof *now)) {
        drop_all(c);
        c->seen = *now;
        c->gen++;
    }
}

unsigned answers_get(answers *c, const char *key, char **body, size_t *len, const char **type,
                     unsigned long long *gen)
{
    *gen = 0;
    if (!c || !c->max_bytes)
        return 0;
    stamp now = stamp_now(c);
    uint64_t h = hash_of(key);
    unsigned status = 0;
    pthread_mutex_lock(&c->lock);
    check_stamp(c, &now);
    *gen = c->gen;
    for (entry *e = c->bucket[h % BUCKETS]; e; e = e->next)
        if (e->hash == h && !strcmp(e->key, key)) {
            *body = malloc(e->len ? e->len : 1);
            if (*body) {
                memcpy(*body, e->body, e->len);
                *len = e->len;
                *type = e->type;
                status = e->status;
            }
            break;
        }
    status ? c->hits++ : c->misses++;
    pthread_mutex_unlock(&c->lock);
    return status;
}

void answers_put(answers *c, unsigned long long gen, const char *key, unsigned status, const char *type,
                 const char *body, size_t len)
{
    if (!c || status != 200 || len + strlen(key) > c->max_bytes / 8)
        return; /* errors are not kept; nor an answer that would crowd out the rest */
    entry *e = calloc(1, sizeof *e);
    char *k = strdup(key), *b = malloc(len ? len : 1);
    if (!e || !k || !b) {
        free(e);
        free(k);
        free(b);
        return;
    }
    memcpy(b, body, len);
    *e = (entry){.hash = hash_of(key), .status = status, .type = type, .key = k, .body = b, .len = len};
    stamp now = stamp_now(c);
    pthread_mutex_lock(&c->lock);
    check_stamp(c, &now);
    bool skip = c->gen != gen; /* the database changed while the answer was made */
    for (entry *x = c->bucket[e->hash % BUCKETS]; x && !skip; x = x->next)
        skip = x->hash == e->hash && !strcmp(x->key, key); /* another thread kept it meanwhile */
    if (!skip) {
        while (c->oldest && c->bytes + len + strlen(key) > c->max_bytes)
            drop_oldest(c);
        e->next = c->bucket[e->hash % BUCKETS];
        c->bucket[e->hash % BUCKETS] = e;
        if (c->newest)
            c->newest->newer = e;
        else
            c->oldest = e;
        c->newest = e;
        c->bytes += len + strlen(key);
    }
    pthread_mutex_unlock(&c->lock);
    if (skip) {
        free(k);
        free(b);
        free(e);
    }
}

void answers_stats(answers *c, unsigned long long *hits, unsigned long long *misses)
{
    pthread_mutex_lock(&c->lock);
    *hits = c->hits;
    *misses = c->misses;
    pthread_mutex_unlock(&c->lock);
}
