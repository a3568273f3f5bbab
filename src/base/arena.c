/* arena.c - one bump allocator per document, freed in one call. */
#include "base.h"

#include <stdlib.h>
#include <string.h>

typedef struct wt_chunk {
    struct wt_chunk *next;
    size_t size, used;
    max_align_t data[];
} wt_chunk;

struct wt_arena {
    wt_chunk *head;
    size_t chunk_size;
    size_t total;
};

wt_arena *wt_arena_new(size_t chunk_size)
{
    wt_arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->chunk_size = chunk_size ? chunk_size : 64 * 1024;
    return a;
}

void *wt_arena_alloc(wt_arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) & ~(align - 1);
    if (n == 0)
        n = align;
    wt_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > a->chunk_size ? n : a->chunk_size;
        if (size > SIZE_MAX - sizeof(wt_chunk))
            return NULL;
        c = malloc(sizeof(wt_chunk) + size);
        if (!c)
            return NULL;
        c->size = size;
        c->used = 0;
        /* A chunk that is larger than usual goes behind the head so the
         * head's free space is not wasted. */
        if (a->head && size > a->chunk_size) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
        a->total += size;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

void *wt_arena_calloc(wt_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = wt_arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *wt_arena_strndup(wt_arena *a, const char *s, size_t n)
{
    char *p = wt_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = 0;
    return p;
}

size_t wt_arena_used(const wt_arena *a) { return a ? a->total : 0; }

void wt_arena_free(wt_arena *a)
{
    if (!a)
        return;
    wt_chunk *c = a->head;
    while (c) {
        wt_chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

void *wt_vec_grow(wt_arena *a, void *ptr, size_t n, size_t *cap, size_t elem)
{
    size_t ncap = *cap ? *cap * 2 : 16;
    if (ncap > SIZE_MAX / elem)
        return NULL;
    void *p = wt_arena_alloc(a, ncap * elem);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, ptr, n * elem);
    *cap = ncap;
    return p;
}
