/*
 * jsonl_fast.c -- vl_jsonl_fast: a one-pass parser for the usual shape of a
 * JSON line (a flat object of strings), see jsonl_fast.h for why.
 *
 * It follows RFC 8259 as jansson applies it: whitespace is space, tab, CR
 * and LF; strings may not hold raw control characters; escapes are the
 * eight of the RFC plus \uXXXX, with surrogates only in valid pairs and
 * \u0000 refused (jansson refuses it without JSON_ALLOW_NUL).  Whenever the
 * line is anything else, or is not valid JSON, it answers 0 and the caller
 * goes to jansson: being wrong here can only cost time, never accept a line
 * that jansson would refuse.
 */
#include "io/jsonl_fast.h"

#include <stdio.h>
#include <string.h>

static const char *const vl_key_names[VL_NKEYS] = {"id", "date", "text", "title",
                                                   "source", "url", "lang"};
static const size_t vl_key_lens[VL_NKEYS] = {2, 4, 4, 5, 6, 3, 4};

/* A line with more keys goes to jansson (the duplicate check is
 * quadratic). */
#define VL_FAST_MAX_KEYS 32

const char *vl_jsonl_key(int k) { return k >= 0 && k < VL_NKEYS ? vl_key_names[k] : ""; }

static const char *vl_skip_ws(const char *p, const char *e) {
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

static int vl_hex4(const char *p, const char *e, unsigned *out) {
    if (e - p < 4) return 0;
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

/* Decodes the string whose opening quote is at *pp into arena (plus a NUL),
 * leaving *pp after the closing quote.  The arena has room reserved for the
 * whole line, so appends never move it. */
static int vl_decode_string(const char **pp, const char *e, vl_buf *arena, size_t *off,
                            size_t *len) {
    const char *p = *pp + 1;
    *off = arena->len;
    char *o = arena->data + arena->len;
    for (;;) {
        const char *run = p;
        while (p < e) {
            unsigned char c = (unsigned char)*p;
            if (c == '"' || c == '\\' || c < 0x20) break;
            p++;
        }
        memcpy(o, run, (size_t)(p - run));
        o += p - run;
        if (p >= e || (unsigned char)*p < 0x20) return 0;
        if (*p == '"') break;
        /* An escape. */
        if (e - p < 2) return 0;
        char c = p[1];
        p += 2;
        switch (c) {
        case '"': *o++ = '"'; continue;
        case '\\': *o++ = '\\'; continue;
        case '/': *o++ = '/'; continue;
        case 'b': *o++ = '\b'; continue;
        case 'f': *o++ = '\f'; continue;
        case 'n': *o++ = '\n'; continue;
        case 'r': *o++ = '\r'; continue;
        case 't': *o++ = '\t'; continue;
        case 'u': break;
        default: return 0;
        }
        unsigned cp;
        if (!vl_hex4(p, e, &cp)) return 0;
        p += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return 0;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned lo;
            if (e - p < 6 || p[0] != '\\' || p[1] != 'u' || !vl_hex4(p + 2, e, &lo) ||
                lo < 0xDC00 || lo > 0xDFFF)
                return 0;
            p += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        if (cp == 0) return 0;
        if (cp < 0x80) {
            *o++ = (char)cp;
        } else if (cp < 0x800) {
            *o++ = (char)(0xC0 | (cp >> 6));
            *o++ = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *o++ = (char)(0xE0 | (cp >> 12));
            *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
            *o++ = (char)(0x80 | (cp & 0x3F));
        } else {
            *o++ = (char)(0xF0 | (cp >> 18));
            *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
            *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
            *o++ = (char)(0x80 | (cp & 0x3F));
        }
    }
    *pp = p + 1;
    *len = (size_t)(o - (arena->data + *off));
    *o++ = 0;
    arena->len = (size_t)(o - arena->data);
    return 1;
}

/* A literal that jansson writes back byte for byte: true, false, null, or an
 * integer with at most 18 digits, no leading zero and not "-0".  Sets *kind
 * (VL_JNULL for null, VL_JSTRING never) and *end. */
static int vl_simple_literal(const char *p, const char *e, const char **end, int *is_null) {
    *is_null = 0;
    size_t n = (size_t)(e - p);
    if (n >= 4 && memcmp(p, "true", 4) == 0) return *end = p + 4, 1;
    if (n >= 5 && memcmp(p, "false", 5) == 0) return *end = p + 5, 1;
    if (n >= 4 && memcmp(p, "null", 4) == 0) return *is_null = 1, *end = p + 4, 1;
    const char *q = p;
    if (q < e && *q == '-') q++;
    if (q >= e || *q < '0' || *q > '9') return 0;
    if (*q == '0') {
        if (q != p) return 0; /* "-0" is written back as "0" */
        q++;
    } else {
        const char *d = q;
        while (q < e && *q >= '0' && *q <= '9') q++;
        if (q - d > 18) return 0; /* might not fit a long long */
    }
    if (q < e && (*q == '.' || *q == 'e' || *q == 'E' || (*q >= '0' && *q <= '9'))) return 0;
    *end = q;
    return 1;
}

int vl_json_put_string(vl_buf *b, const char *s, size_t n) {
    if (vl_buf_reserve(b, n + 2)) return VL_ENOMEM;
    b->data[b->len++] = '"';
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n) {
            unsigned char c = (unsigned char)s[j];
            if (c == '"' || c == '\\' || c < 0x20) break;
            j++;
        }
        if (vl_buf_append(b, s + i, j - i)) return VL_ENOMEM;
        if (j == n) break;
        unsigned char c = (unsigned char)s[j];
        char seq[8];
        const char *t = seq;
        switch (c) {
        case '"': t = "\\\""; break;
        case '\\': t = "\\\\"; break;
        case '\b': t = "\\b"; break;
        case '\f': t = "\\f"; break;
        case '\n': t = "\\n"; break;
        case '\r': t = "\\r"; break;
        case '\t': t = "\\t"; break;
        default: snprintf(seq, sizeof seq, "\\u%04X", c); break;
        }
        if (vl_buf_puts(b, t)) return VL_ENOMEM;
        i = j + 1;
    }
    return vl_buf_putc(b, '"');
}

int vl_jsonl_fast(const char *p, size_t n, vl_jline *out, vl_buf *arena, vl_buf *extra) {
    memset(out, 0, sizeof *out);
    vl_buf_reset(arena);
    vl_buf_reset(extra);
    /* Decoded strings plus their NULs never take more room than the quoted
     * strings they come from, so this is enough for the whole line. */
    if (vl_buf_reserve(arena, n + 1)) return 0;
    size_t voff[VL_NKEYS] = {0};
    size_t koff[VL_FAST_MAX_KEYS], klen[VL_FAST_MAX_KEYS];
    int nkeys = 0;
    const char *e = p + n;
    p = vl_skip_ws(p, e);
    if (p >= e || *p != '{') return 0;
    p = vl_skip_ws(p + 1, e);
    if (p < e && *p == '}') {
        p++;
    } else {
        for (;;) {
            if (p >= e || *p != '"' || nkeys == VL_FAST_MAX_KEYS) return 0;
            size_t ko, kl;
            if (!vl_decode_string(&p, e, arena, &ko, &kl)) return 0;
            const char *key = arena->data + ko;
            for (int i = 0; i < nkeys; i++)
                if (klen[i] == kl && memcmp(arena->data + koff[i], key, kl) == 0) return 0;
            koff[nkeys] = ko;
            klen[nkeys] = kl;
            nkeys++;
            int k = 0;
            while (k < VL_NKEYS && !(vl_key_lens[k] == kl && memcmp(vl_key_names[k], key, kl) == 0))
                k++;
            p = vl_skip_ws(p, e);
            if (p >= e || *p != ':') return 0;
            p = vl_skip_ws(p + 1, e);
            if (p >= e) return 0;
            if (*p == '"') {
                size_t vo, vl;
                if (!vl_decode_string(&p, e, arena, &vo, &vl)) return 0;
                if (k < VL_NKEYS) {
                    out->state[k] = VL_JSTRING;
                    voff[k] = vo;
                    out->len[k] = vl;
                } else if (vl_buf_putc(extra, extra->len ? ',' : '{') ||
                           vl_json_put_string(extra, key, kl) || vl_buf_putc(extra, ':') ||
                           vl_json_put_string(extra, arena->data + vo, vl)) {
                    return 0;
                }
            } else {
                const char *end;
                int is_null;
                if (!vl_simple_literal(p, e, &end, &is_null)) return 0;
                if (k < VL_NKEYS) {
                    /* Only null, and only for an optional key; jansson
                     * words the complaint about anything else. */
                    if (!is_null || k <= VL_K_TEXT) return 0;
                    out->state[k] = VL_JNULL;
                } else if (vl_buf_putc(extra, extra->len ? ',' : '{') ||
                           vl_json_put_string(extra, key, kl) || vl_buf_putc(extra, ':') ||
                           vl_buf_append(extra, p, (size_t)(end - p))) {
                    return 0;
                }
                p = end;
            }
            p = vl_skip_ws(p, e);
            if (p >= e) return 0;
            if (*p == '}') {
                p++;
                break;
            }
            if (*p != ',') return 0;
            p = vl_skip_ws(p + 1, e);
        }
    }
    if (vl_skip_ws(p, e) != e) return 0;
    if (extra->len) {
        if (vl_buf_putc(extra, '}')) return 0;
        out->extra = extra->data;
    }
    for (int k = 0; k < VL_NKEYS; k++)
        if (out->state[k] == VL_JSTRING) out->val[k] = arena->data + voff[k];
    return 1;
}
