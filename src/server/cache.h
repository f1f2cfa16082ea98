/*
 * cache.h -- the result cache of GET /api/search (cache.c): the JSON
 * bodies of recent answers, keyed on the normalised request, shared by
 * the worker threads, bounded in bytes (least recently used out first),
 * emptied whenever the database changes.  Bytes are counted compressed.
 */
#ifndef VL_SERVER_CACHE_H
#define VL_SERVER_CACHE_H

#include <stddef.h>
#include <stdint.h>

typedef struct api_cache api_cache;

typedef struct api_cache_stats {
    int64_t hits, misses, evictions, invalidations;
    size_t entries, bytes, max_bytes;
} api_cache_stats;

/* A cache of at most max_bytes (bodies, keys and bookkeeping); NULL when
 * max_bytes is 0 or memory is short (the server then runs without). */
api_cache *api_cache_new(size_t max_bytes);
void api_cache_free(api_cache *c);

/* The generation: read it before computing an answer, hand it to put, so
 * that an answer computed across a change is never kept. */
uint64_t api_cache_generation(api_cache *c);
/* Empties the cache and starts a new generation (the database changed). */
void api_cache_invalidate(api_cache *c);

/* A thread's zstd contexts and scratch buffers for get and put: bodies
 * are kept compressed, and (de)compressed outside the cache's lock.  One
 * per thread that uses the cache; NULL when memory is short. */
typedef struct api_cache_codec api_cache_codec;
api_cache_codec *api_cache_codec_new(void);
void api_cache_codec_free(api_cache_codec *z);

/* took_ms as a cached body must hold it to be found again (jansson's
 * writing of a real with JSON_REAL_PRECISION(6)): into out, its length. */
int api_cache_took_text(double ms, char out[40]);
/* A copy of the body cached for key (malloc'd, *len bytes, NUL-terminated)
 * with its "took_ms" replaced by took_ms; NULL when not cached (or z is
 * NULL). */
char *api_cache_get(api_cache *c, api_cache_codec *z, const char *key, double took_ms, size_t *len);
/* Keeps body under key unless the generation moved on since gen, or it
 * takes more than a quarter of the cache once compressed. */
void api_cache_put(api_cache *c, api_cache_codec *z, const char *key, uint64_t gen, const char *body, size_t len);

void api_cache_get_stats(api_cache *c, api_cache_stats *out);

#endif
