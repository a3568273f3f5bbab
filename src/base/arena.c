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

/* n bytes aligned to `align` (a power of two, at most max_align_t's):
 * the chunk's free space starts at `used` rounded up */
static void *arena_alloc_aligned(wt_arena *a, size_t n, size_t align)
{
    if (n == 0)
        n = 1;
    wt_chunk *c = a->head;
    size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
    if (!c || at > c->size || c->size - at < n) {
        const size_t max = sizeof(max_align_t);
        if (n > SIZE_MAX - max - sizeof(wt_chunk))
            return NULL;
        size_t size = n > a->chunk_size ? (n + max - 1) & ~(max - 1) : a->chunk_size;
        c = malloc(sizeof(wt_chunk) + size);
        if (!c)
            return NULL;
        c->size = size;
        c->used = 0;
        at = 0;
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
    void *p = (char *)c->data + at;
    c->used = at + n;
    return p;
}

void *wt_arena_alloc(wt_arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    if (n > SIZE_MAX - align)
        return NULL;
    /* whole units, so that a block of its own fills its chunk exactly */
    return arena_alloc_aligned(a, (n + align - 1) & ~(align - 1), align);
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
    /* text needs no alignment: a word of three letters takes four bytes,
     * not sixteen */
    char *p = n < SIZE_MAX ? arena_alloc_aligned(a, n + 1, 1) : NULL;
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

/* The link to the chunk that holds only the block at ptr of `bytes`
 * bytes (a vector's own chunk), or NULL. */
static wt_chunk **own_chunk(wt_arena *a, const void *ptr, size_t bytes)
{
    for (wt_chunk **pc = &a->head; *pc; pc = &(*pc)->next)
        if ((const void *)(*pc)->data == ptr)
            return (*pc)->size == bytes && (*pc)->used == bytes ? pc : NULL;
    return NULL;
}

/* A chunk of `bytes` (a multiple of max_align_t) for one block, behind
 * the head so the head's free space stays in use. */
static void *own_alloc(wt_arena *a, size_t bytes)
{
    wt_chunk *c = malloc(sizeof(wt_chunk) + bytes);
    if (!c)
        return NULL;
    c->size = c->used = bytes;
    if (a->head) {
        c->next = a->head->next;
        a->head->next = c;
    } else {
        c->next = NULL;
        a->head = c;
    }
    a->total += bytes;
    return c->data;
}

/* Vectors of at least this many bytes live in chunks of their own. */
#define OWN_BYTES (64 * 1024)

void *wt_vec_grow(wt_arena *a, void *ptr, size_t n, size_t *cap, size_t elem)
{
    const size_t align = sizeof(max_align_t);
    size_t ncap = *cap ? *cap * 2 : 16;
    if (ncap > SIZE_MAX / elem || ncap * elem > SIZE_MAX - sizeof(wt_chunk) - align)
        return NULL;
    size_t bytes = (ncap * elem + align - 1) & ~(align - 1);
    if (bytes < OWN_BYTES) {
        void *p = wt_arena_alloc(a, ncap * elem);
        if (!p)
            return NULL;
        if (n)
            memcpy(p, ptr, n * elem);
        *cap = ncap;
        return p;
    }
    /* a large vector has a chunk of its own and grows in place: doubling
     * in the arena would leave every smaller copy behind (half of a long
     * document's memory) */
    size_t old = (*cap * elem + align - 1) & ~(align - 1);
    wt_chunk **pc = ptr ? own_chunk(a, ptr, old) : NULL;
    if (pc) {
        wt_chunk *c = realloc(*pc, sizeof(wt_chunk) + bytes);
        if (!c)
            return NULL;
        a->total += bytes - c->size;
        c->size = c->used = bytes;
        *pc = c;
        *cap = ncap;
        return c->data;
    }
    void *p = own_alloc(a, bytes);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, ptr, n * elem);
    *cap = ncap;
    return p;
}
