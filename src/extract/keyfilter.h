/*
 * keyfilter.h -- a small Bloom filter in front of the extractors' lexicon
 * hash tables (quotations, events, quantities).  Most tokens of a text are
 * not in a lexicon; their look-up used to touch the table itself, tens of
 * kilobytes that the entity tagger's weights evict between tokens, so a
 * miss cost a cache miss.  The filter is 8 KB, one 64-bit word per key
 * (two bits of it), and says "certainly absent" for most such tokens
 * without touching the table.  It never says absent for a key that was
 * added: a look-up it lets through is the table's own, so the answers are
 * exactly the table's.  Not public API.
 */
#ifndef VL_EXTRACT_KEYFILTER_H
#define VL_EXTRACT_KEYFILTER_H

#include <stdint.h>

#define VL_KEYFILTER_WORDS 1024 /* 64 Kbit; a power of two */

typedef struct vl_keyfilter {
    uint64_t w[VL_KEYFILTER_WORDS];
} vl_keyfilter;

/* h: the key's hash, as the table computes it (any width); mixed here so
 * that the filter's bits do not follow the table's slot bits. */
static inline uint64_t vl_keyfilter_mix(uint64_t h) { return (h ^ (h >> 29)) * 0x9E3779B97F4A7C15ull; }

static inline void vl_keyfilter_add(vl_keyfilter *f, uint64_t h) {
    uint64_t x = vl_keyfilter_mix(h);
    f->w[(x >> 54) & (VL_KEYFILTER_WORDS - 1)] |= (1ull << ((x >> 48) & 63)) | (1ull << ((x >> 42) & 63));
}

/* 0: no key of this hash was added; 1: perhaps. */
static inline int vl_keyfilter_may(const vl_keyfilter *f, uint64_t h) {
    uint64_t x = vl_keyfilter_mix(h);
    uint64_t m = (1ull << ((x >> 48) & 63)) | (1ull << ((x >> 42) & 63));
    return (f->w[(x >> 54) & (VL_KEYFILTER_WORDS - 1)] & m) == m;
}

#endif
