/*
 * utf8.h -- the tagger's UTF-8 decoding (tokenize.c, features.c): ASCII,
 * and well-formed two- and three-byte sequences, inline; the rest through
 * utf8proc, whose answers the inline cases reproduce exactly.
 */
#ifndef VL_NER_UTF8_H
#define VL_NER_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>

/* What vl_ner_utf8_decode leaves to utf8proc: four-byte sequences, E0 and ED
 * leads, invalid bytes. */
static inline int32_t vl_ner_utf8_slow(const char *s, size_t len, size_t pos, size_t *adv) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + pos, (utf8proc_ssize_t)(len - pos), &cp);
    if (n <= 0) {
        *adv = 1;
        return -1;
    }
    *adv = (size_t)n;
    return cp;
}

/* Decodes the code point at s[pos]; *adv gets its length.  Invalid bytes
 * give -1 and advance by one.  Well-formed two- and three-byte sequences
 * (no overlong form, no surrogate: E0 and ED leads are left to utf8proc)
 * are decoded here, as utf8proc decodes them. */
static inline int32_t vl_ner_utf8_decode(const char *s, size_t len, size_t pos, size_t *adv) {
    unsigned char c = (unsigned char)s[pos];
    if (c < 0x80) {
        *adv = 1;
        return c;
    }
    if (c >= 0xC2 && c <= 0xDF && pos + 1 < len && ((unsigned char)s[pos + 1] & 0xC0) == 0x80) {
        *adv = 2;
        return (int32_t)(c & 0x1F) << 6 | ((unsigned char)s[pos + 1] & 0x3F);
    }
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && pos + 2 < len && ((unsigned char)s[pos + 1] & 0xC0) == 0x80 &&
        ((unsigned char)s[pos + 2] & 0xC0) == 0x80) {
        *adv = 3;
        return (int32_t)(c & 0x0F) << 12 | (int32_t)((unsigned char)s[pos + 1] & 0x3F) << 6 |
               ((unsigned char)s[pos + 2] & 0x3F);
    }
    return vl_ner_utf8_slow(s, len, pos, adv);
}

#endif
