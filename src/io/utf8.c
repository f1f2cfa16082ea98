/*
 * utf8.c -- vl_utf8_check: the UTF-8 validator every string the readers
 * hand out goes through.
 *
 * It runs over every byte of the input, so it has an ASCII fast path: most
 * of a news text is ASCII, and sixteen bytes at a time are tested at once
 * (no high bit, no zero byte) before falling back to decoding one sequence;
 * when a high bit stops it, it jumps to that byte (little-endian machines),
 * so that the ASCII bytes before it are not tested again one at a time.
 * The byte-wise decoder follows the well-formed table of the Unicode
 * standard (table 3-7), which rejects in one place overlong forms
 * (C0, C1, E0 80..9F, F0 80..8F), UTF-16 surrogates (ED A0..BF) and code
 * points over U+10FFFF (F4 90.., F5..FF).  NUL is rejected too: the strings
 * go on as C strings, and an embedded NUL would silently cut them.
 */
#include <stdint.h>
#include <string.h>

#include "io/reader.h"

#define VL_HIGH_BITS UINT64_C(0x8080808080808080)
#define VL_LOW_BITS UINT64_C(0x0101010101010101)

/* Non-zero when one of the eight bytes of v is zero (exact as a boolean). */
static inline uint64_t vl_has_zero(uint64_t v) { return (v - VL_LOW_BITS) & ~v & VL_HIGH_BITS; }

int vl_utf8_check(const char *s, size_t len, size_t *bad_at) {
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *const start = p, *const end = p + len;
    while (p < end) {
        /* Fast path: two words of plain, non-NUL ASCII at a time. */
        while ((size_t)(end - p) >= 16) {
            uint64_t a, b;
            memcpy(&a, p, 8);
            memcpy(&b, p + 8, 8);
            if (vl_has_zero(a) || vl_has_zero(b)) break;
            uint64_t ha = a & VL_HIGH_BITS, hb = b & VL_HIGH_BITS;
            if (ha | hb) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                /* straight to the first non-ASCII byte: the bytes before it
                 * are plain ASCII (tested above), not re-tested one by one */
                p += ha ? (size_t)__builtin_ctzll(ha) / 8 : 8 + (size_t)__builtin_ctzll(hb) / 8;
#endif
                break;
            }
            p += 16;
        }
        if (p >= end) break;
        unsigned c = *p;
        if (c < 0x80) {
            if (c == 0) goto bad;
            p++;
            continue;
        }
        /* Lead byte: how many continuation bytes follow, and the range the
         * first of them must fall in (the others are always 80..BF). */
        size_t need;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c == 0xE0) need = 2, lo = 0xA0;
        else if (c == 0xED) need = 2, hi = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF) need = 2;
        else if (c == 0xF0) need = 3, lo = 0x90;
        else if (c == 0xF4) need = 3, hi = 0x8F;
        else if (c >= 0xF1 && c <= 0xF3) need = 3;
        else goto bad; /* 80..C1 (stray continuation, overlong), F5..FF */
        if ((size_t)(end - p) <= need) goto bad; /* truncated at the end */
        if (p[1] < lo || p[1] > hi) goto bad;
        for (size_t i = 2; i <= need; i++)
            if ((p[i] & 0xC0) != 0x80) goto bad;
        p += need + 1;
    }
    return 1;
bad:
    if (bad_at) *bad_at = (size_t)(p - start);
    return 0;
}
