/*
 * cache.c -- the result cache of GET /api/search (cache.h): a hash table
 * of entries on a doubly linked list in order of use, under one mutex.
 *
 * A body is kept with the place of its "took_ms" value, so that a hit
 * says how long the hit took, not how long the first answer did.  Memory
 * is counted as the entry, its key and its body; putting past the bound
 * drops the least recently used entries first.  Invalidation empties the
 * table and bumps the generation; an answer computed under an older
 * generation is not kept.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/cache.h"

typedef struct entry {
    struct entry *next_hash, *prev, *next; /* bucket chain; use order (head: newest) */
    uint64_t hash;
    char *key, *body;
    size_t body_len, took_at, took_end; /* body[took_at, took_end) is the took_ms value */
    size_t bytes;
} entry;

struct api_cache {
    pthread_mutex_t lock;
    entry **buckets;
    size_t nbuckets;
    entry *head, *tail;
    uint64_t generation;
    api_cache_stats st;
};

static uint64_t hash_key(const char *s) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

api_cache *api_cache_new(size_t max_bytes) {
    if (!max_bytes) return NULL;
    api_cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    /* One bucket per ~4 KiB of budget: chains stay short for bodies of
     * a few KiB. */
    c->nbuckets = max_bytes / 4096 < 64 ? 64 : max_bytes / 4096;
    c->buckets = calloc(c->nbuckets, sizeof *c->buckets);
    if (!c->buckets || pthread_mutex_init(&c->lock, NULL)) {
        free(c->buckets);
        free(c);
        return NULL;
    }
    c->st.max_bytes = max_bytes;
    return c;
}

static void unlink_use(api_cache *c, entry *e) {
    if (e->prev) e->prev->next = e->next;
    else c->head = e->next;
    if (e->next) e->next->prev = e->prev;
    else c->tail = e->prev;
    e->prev = e->next = NULL;
}

static void push_front(api_cache *c, entry *e) {
    e->prev = NULL;
    e->next = c->head;
    if (c->head) c->head->prev = e;
    c->head = e;
    if (!c->tail) c->tail = e;
}

static void drop(api_cache *c, entry *e) {
    entry **p = &c->buckets[e->hash % c->nbuckets];
    while (*p != e) p = &(*p)->next_hash;
    *p = e->next_hash;
    unlink_use(c, e);
    c->st.bytes -= e->bytes;
    c->st.entries--;
    free(e->key);
    free(e->body);
    free(e);
}

static void clear(api_cache *c) {
    while (c->head) drop(c, c->head);
}

void api_cache_free(api_cache *c) {
    if (!c) return;
    clear(c);
    free(c->buckets);
    pthread_mutex_destroy(&c->lock);
    free(c);
}

uint64_t api_cache_generation(api_cache *c) {
    pthread_mutex_lock(&c->lock);
    uint64_t g = c->generation;
    pthread_mutex_unlock(&c->lock);
    return g;
}

void api_cache_invalidate(api_cache *c) {
    pthread_mutex_lock(&c->lock);
    clear(c);
    c->generation++;
    c->st.invalidations++;
    pthread_mutex_unlock(&c->lock);
}

static entry *find(api_cache *c, const char *key, uint64_t h) {
    for (entry *e = c->buckets[h % c->nbuckets]; e; e = e->next_hash)
        if (e->hash == h && !strcmp(e->key, key)) return e;
    return NULL;
}

int api_cache_took_text(double ms, char out[40]) {
    int n = snprintf(out, 40, "%.6g", ms);
    if (n > 0 && n < 37 && !strpbrk(out, ".eE")) n += snprintf(out + n, 40 - (size_t)n, ".0");
    return n;
}

char *api_cache_get(api_cache *c, const char *key, double took_ms, size_t *len) {
    uint64_t h = hash_key(key);
    char took[40];
    int tn = api_cache_took_text(took_ms, took);
    if (tn <= 0 || tn >= 40) return NULL;
    pthread_mutex_lock(&c->lock);
    entry *e = find(c, key, h);
    char *out = NULL;
    if (e) {
        size_t n = e->took_at + (size_t)tn + (e->body_len - e->took_end);
        out = malloc(n + 1);
        if (out) {
            memcpy(out, e->body, e->took_at);
            memcpy(out + e->took_at, took, (size_t)tn);
            memcpy(out + e->took_at + (size_t)tn, e->body + e->took_end, e->body_len - e->took_end);
            out[n] = 0;
            *len = n;
            unlink_use(c, e);
            push_front(c, e);
        }
    }
    if (out) c->st.hits++;
    else c->st.misses++;
    pthread_mutex_unlock(&c->lock);
    return out;
}

void api_cache_put(api_cache *c, const char *key, uint64_t gen, const char *body, size_t len) {
    /* The top-level "took_ms" member: the one written unescaped after a
     * comma (inside a string a quote is escaped, so it cannot be there). */
    const char *t = strstr(body, ",\"took_ms\":");
    if (!t) return;
    size_t at = (size_t)(t - body) + 11, end = at;
    while (end < len && body[end] != ',' && body[end] != '}') end++;
    size_t klen = strlen(key), bytes = sizeof(entry) + klen + 1 + len + 1;
    if (bytes > c->st.max_bytes / 4) return;
    entry *e = calloc(1, sizeof *e);
    char *k = malloc(klen + 1), *b = malloc(len + 1);
    if (!e || !k || !b) {
        free(e);
        free(k);
        free(b);
        return;
    }
    memcpy(k, key, klen + 1);
    memcpy(b, body, len);
    b[len] = 0;
    *e = (entry){.hash = hash_key(key), .key = k, .body = b, .body_len = len, .took_at = at, .took_end = end,
                 .bytes = bytes};
    pthread_mutex_lock(&c->lock);
    entry *old = gen == c->generation ? find(c, key, e->hash) : NULL;
    if (gen != c->generation) {
        pthread_mutex_unlock(&c->lock);
        free(k);
        free(b);
        free(e);
        return;
    }
    if (old) drop(c, old);
    while (c->tail && c->st.bytes + bytes > c->st.max_bytes) {
        drop(c, c->tail);
        c->st.evictions++;
    }
    entry **slot = &c->buckets[e->hash % c->nbuckets];
    e->next_hash = *slot;
    *slot = e;
    push_front(c, e);
    c->st.bytes += bytes;
    c->st.entries++;
    pthread_mutex_unlock(&c->lock);
}

void api_cache_get_stats(api_cache *c, api_cache_stats *out) {
    pthread_mutex_lock(&c->lock);
    *out = c->st;
    pthread_mutex_unlock(&c->lock);
}
