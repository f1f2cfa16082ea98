/*
 * cache.c -- the result cache of GET /api/search (cache.h): a hash table
 * of entries on a doubly linked list in order of use, under one mutex.
 *
 * A body is kept as the text before its "took_ms" value, as it is, and
 * the text after it compressed with zstd, so that a hit says how long the
 * hit took, not how long the first answer did.  Compressed, the answers
 * take about a seventh of their size (a frequent word's day histogram is
 * thousands of near-identical objects; 15.4 MB of the load test's answers
 * gave 2.2 MB at level 1): without it, the 10,000 distinct
 * requests of the load test's stream (80 MB of JSON) did not fit in the
 * default 64 MiB, and each eviction became a search again.  Decompressing
 * costs a few microseconds per hit, outside the lock; the lock covers
 * only the look-up and a copy of the compressed bytes.  Memory is counted
 * as the entry, its key and its stored bytes; putting past the bound
 * drops the least recently used entries first.  Invalidation empties the
 * table and bumps the generation; an answer computed under an older
 * generation is not kept.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zstd.h>

#include "base/base.h"
#include "server/cache.h"

/* Fast compression: a miss's search costs milliseconds, level 1 tens of
 * microseconds for the largest answers, and compresses JSON this regular
 * nearly as well as the default level. */
#define CACHE_ZSTD_LEVEL 1

typedef struct entry {
    struct entry *next_hash, *prev, *next; /* bucket chain; use order (head: newest) */
    uint64_t hash;
    char *key;
    /* data: the body's first took_at bytes (up to its took_ms value), then
     * the rest after that value, tail_len bytes, as a zstd frame of
     * zlen bytes. */
    char *data;
    size_t took_at, tail_len, zlen;
    size_t bytes;
} entry;

struct api_cache_codec {
    ZSTD_CCtx *cctx;
    ZSTD_DCtx *dctx;
    vl_buf buf; /* the compressed bytes: put's output, get's copy */
};

api_cache_codec *api_cache_codec_new(void) {
    api_cache_codec *z = calloc(1, sizeof *z);
    if (!z) return NULL;
    vl_buf_init(&z->buf);
    z->cctx = ZSTD_createCCtx();
    z->dctx = ZSTD_createDCtx();
    if (!z->cctx || !z->dctx) {
        api_cache_codec_free(z);
        return NULL;
    }
    return z;
}

void api_cache_codec_free(api_cache_codec *z) {
    if (!z) return;
    ZSTD_freeCCtx(z->cctx);
    ZSTD_freeDCtx(z->dctx);
    vl_buf_free(&z->buf);
    free(z);
}

/* z->buf emptied, with room for n bytes: 0, or -1 when memory is short. */
static int reserve(api_cache_codec *z, size_t n) {
    vl_buf_reset(&z->buf);
    return vl_buf_reserve(&z->buf, n) == VL_OK ? 0 : -1;
}

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
    /* One bucket per KiB of budget: chains stay short for answers of a
     * KiB or two once compressed. */
    c->nbuckets = max_bytes / 1024 < 64 ? 64 : max_bytes / 1024;
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
    free(e->data);
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

char *api_cache_get(api_cache *c, api_cache_codec *z, const char *key, double took_ms, size_t *len) {
    if (!z) return NULL;
    uint64_t h = hash_key(key);
    char took[40];
    int tn = api_cache_took_text(took_ms, took);
    if (tn <= 0 || tn >= 40) return NULL;
    size_t at = 0, tail = 0, zlen = 0;
    int found = 0;
    pthread_mutex_lock(&c->lock);
    entry *e = find(c, key, h);
    if (e && !reserve(z, e->took_at + e->zlen)) {
        at = e->took_at;
        tail = e->tail_len;
        zlen = e->zlen;
        memcpy(z->buf.data, e->data, at + zlen);
        unlink_use(c, e);
        push_front(c, e);
        found = 1;
    }
    if (found) c->st.hits++;
    else c->st.misses++;
    pthread_mutex_unlock(&c->lock);
    if (!found) return NULL;
    size_t n = at + (size_t)tn + tail;
    char *out = malloc(n + 1);
    if (!out) return NULL;
    memcpy(out, z->buf.data, at);
    memcpy(out + at, took, (size_t)tn);
    size_t got = ZSTD_decompressDCtx(z->dctx, out + at + (size_t)tn, tail, z->buf.data + at, zlen);
    if (ZSTD_isError(got) || got != tail) {
        free(out);
        return NULL;
    }
    out[n] = 0;
    *len = n;
    return out;
}

void api_cache_put(api_cache *c, api_cache_codec *z, const char *key, uint64_t gen, const char *body, size_t len) {
    if (!z) return;
    /* The top-level "took_ms" member: the one written unescaped after a
     * comma (inside a string a quote is escaped, so it cannot be there). */
    const char *t = strstr(body, ",\"took_ms\":");
    if (!t) return;
    size_t at = (size_t)(t - body) + 11, end = at;
    while (end < len && body[end] != ',' && body[end] != '}') end++;
    size_t tail = len - end;
    if (reserve(z, ZSTD_compressBound(tail))) return;
    size_t zlen = ZSTD_compressCCtx(z->cctx, z->buf.data, z->buf.cap, body + end, tail, CACHE_ZSTD_LEVEL);
    if (ZSTD_isError(zlen)) return;
    size_t klen = strlen(key), bytes = sizeof(entry) + klen + 1 + at + zlen;
    if (bytes > c->st.max_bytes / 4) return;
    entry *e = calloc(1, sizeof *e);
    char *k = malloc(klen + 1), *d = malloc(at + zlen);
    if (!e || !k || !d) {
        free(e);
        free(k);
        free(d);
        return;
    }
    memcpy(k, key, klen + 1);
    memcpy(d, body, at);
    memcpy(d + at, z->buf.data, zlen);
    *e = (entry){.hash = hash_key(key), .key = k, .data = d, .took_at = at, .tail_len = tail, .zlen = zlen,
                 .bytes = bytes};
    pthread_mutex_lock(&c->lock);
    entry *old = gen == c->generation ? find(c, key, e->hash) : NULL;
    if (gen != c->generation) {
        pthread_mutex_unlock(&c->lock);
        free(k);
        free(d);
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
