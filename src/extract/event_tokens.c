/*
 * event_tokens.c -- sentences and folded tokens for the quantity and event
 * extractors (see event_tokens.h), one sentence at a time (nothing
 * allocated) or the whole text at once into a reusable vl_xtext.
 */
#include "extract/event_tokens.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"

/* Latin-1 letters U+00C0..U+00FF folded to ASCII (empty for the signs ×
 * and ÷), as fixed-width strings with their lengths (no strlen per
 * character). */
static const struct { char s[3]; unsigned char n; } latin1_fold_n[64] = {
    {"a", 1}, {"a", 1}, {"a", 1}, {"a", 1}, {"a", 1}, {"a", 1}, {"ae", 2}, {"c", 1},
    {"e", 1}, {"e", 1}, {"e", 1}, {"e", 1}, {"i", 1}, {"i", 1}, {"i", 1}, {"i", 1},
    {"d", 1}, {"n", 1}, {"o", 1}, {"o", 1}, {"o", 1}, {"o", 1}, {"o", 1}, {"", 0},
    {"o", 1}, {"u", 1}, {"u", 1}, {"u", 1}, {"u", 1}, {"y", 1}, {"th", 2}, {"ss", 2},
    {"a", 1}, {"a", 1}, {"a", 1}, {"a", 1}, {"a", 1}, {"a", 1}, {"ae", 2}, {"c", 1},
    {"e", 1}, {"e", 1}, {"e", 1}, {"e", 1}, {"i", 1}, {"i", 1}, {"i", 1}, {"i", 1},
    {"d", 1}, {"n", 1}, {"o", 1}, {"o", 1}, {"o", 1}, {"o", 1}, {"o", 1}, {"", 0},
    {"o", 1}, {"u", 1}, {"u", 1}, {"u", 1}, {"u", 1}, {"y", 1}, {"th", 2}, {"y", 1}};

/* An ASCII byte's folded form (its lower case) in the low byte, and 0x100
 * when it splits a key ('-' and NUL): vl_xfold's ASCII case by one load. */
#define XA(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c) == '-' || (c) == 0 ? (c) | 0x100 : (c))
#define XA4(c) XA(c), XA((c) + 1), XA((c) + 2), XA((c) + 3)
#define XA16(c) XA4(c), XA4((c) + 4), XA4((c) + 8), XA4((c) + 12)
static const uint16_t ascii_fold[128] = {XA16(0),  XA16(16), XA16(32), XA16(48),
                                          XA16(64), XA16(80), XA16(96), XA16(112)};
#undef XA16
#undef XA4
#undef XA

uint16_t vl_xfold_ascii(unsigned char c) { return c < 0x80 ? ascii_fold[c] : 0; }

/* vl_xfold, and in the same pass the key's vl_xhash into *hash, whether it
 * holds a '-' or a NUL byte into *split (both as the key's bytes go out:
 * the hash of what was written) and whether s is all ASCII into *ascii.
 * A key is never longer than its word (every character folds to as many
 * bytes or fewer), so when the word fits, a leading run of ASCII goes out
 * with no bound check, by the table above.  Always inlined: its results
 * then stay in registers rather than going out through the pointers. */
__attribute__((always_inline)) static inline int fold_hash(const char *s, size_t n, char *out, size_t cap,
                                                            uint32_t *hash, int *split, int *ascii) {
    uint32_t h = 2166136261u;
    int sp = 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0, i = 0;
    *ascii = 0;
    if (n < cap) {
        unsigned spl = 0;
        for (; i < n; i++) {
            unsigned c = u[i];
            if (c >= 0x80) break;
            unsigned f = ascii_fold[c];
            spl |= f;
            out[i] = (char)f;
            h = (h ^ (f & 0xff)) * 16777619u;
        }
        o = i;
        sp = (spl >> 8) & 1;
        if (i == n) {
            out[o] = 0;
            *hash = h;
            *split = sp;
            *ascii = 1;
            return (int)o;
        }
    }
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) { /* ASCII, the common case: one byte in, one out */
            if (o + 2 > cap) return 0;
            c = c >= 'A' && c <= 'Z' ? c + 32 : c;
            out[o++] = (char)c;
            h = (h ^ c) * 16777619u;
            sp |= c == '-' || c == 0;
            i++;
            continue;
        }
        const char *f;
        size_t fl;
        if (c == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] < 0xC0) {
            f = latin1_fold_n[u[i + 1] - 0x80].s;
            fl = latin1_fold_n[u[i + 1] - 0x80].n;
            if (!fl) return 0;
            i += 2;
        } else if (c == 0xC5 && i + 1 < n && (u[i + 1] == 0x92 || u[i + 1] == 0x93)) {
            f = "oe", fl = 2;
            i += 2;
        } else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0x99 || u[i + 2] == 0x98)) {
            f = "'", fl = 1;
            i += 3;
        } else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] >= 0x90 && u[i + 2] <= 0x94) {
            f = "-", fl = 1;
            i += 3;
        } else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x82 && u[i + 2] == 0xAC) {
            f = "\xe2\x82\xac", fl = 3; /* the euro sign stays itself */
            i += 3;
        } else if (c == 0xC2 && i + 1 < n) {
            if (u[i + 1] == 0xA3) f = "\xc2\xa3", fl = 2; /* pound sign */
            else if (u[i + 1] == 0xB0) f = "\xc2\xb0", fl = 2; /* degree sign */
            else if (u[i + 1] == 0xB2) f = "2", fl = 1;
            else return 0;
            i += 2;
        } else {
            return 0;
        }
        if (o + fl + 1 > cap) return 0;
        for (size_t j = 0; j < fl; j++) {
            out[o + j] = f[j];
            h = (h ^ (unsigned char)f[j]) * 16777619u;
            sp |= f[j] == '-';
        }
        o += fl;
    }
    out[o] = 0;
    *hash = h;
    *split = sp;
    return (int)o;
}

int vl_xfold(const char *s, size_t n, char *out, size_t cap) {
    uint32_t h;
    int sp, ascii;
    return fold_hash(s, n, out, cap, &h, &sp, &ascii);
}

int vl_xlower(const char *s, size_t n, char *out, size_t cap) {
    if (n + 1 > cap) return 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        unsigned c = u[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        else if (i > 0 && u[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) c += 0x20;
        out[i] = (char)c;
    }
    out[n] = 0;
    return (int)n;
}

/* The shared tokens of the lexer's tokens nt[0, n) of text. */
static void xtoks_of(const char *text, const vl_ner_tok *nt, size_t n, vl_xtok *toks) {
    for (size_t i = 0; i < n; i++) {
        vl_xtok *t = &toks[i];
        t->start = nt[i].start;
        t->end = nt[i].end;
        t->cstart = nt[i].cstart;
        t->cend = nt[i].cend;
        t->flags = nt[i].flags;
        const unsigned char *u = (const unsigned char *)text + t->start;
        t->cap = (u[0] >= 'A' && u[0] <= 'Z') || (u[0] == 0xC3 && t->end - t->start > 1 && u[1] >= 0x80 && u[1] <= 0x9E);
        uint32_t h = 0;
        int split = 0, ascii = 0;
        t->klen = fold_hash(text + t->start, t->end - t->start, t->key, sizeof t->key, &h, &split, &ascii);
        t->ascii = (uint8_t)(t->klen && ascii);
        if (!t->klen) t->key[0] = 0;
        /* the empty key's, as vl_xhash("", 0) */
        t->kh = t->klen ? h : 2166136261u;
        t->ksplit = t->klen ? split : 0;
    }
}

size_t vl_xtok_sentence(vl_ner_lexer *lx, vl_xtok *toks) {
    vl_ner_tok nt[VL_NER_MAX_SENT];
    size_t n = vl_ner_next_sentence(lx, nt, VL_NER_MAX_SENT);
    xtoks_of(lx->text, nt, n, toks);
    return n;
}

int vl_xtext_fill(vl_xtext *x, const char *text, size_t len, vl_lang lang) {
    x->text = NULL;
    x->ntok = x->nsent = 0;
    if (!x->sent) {
        size_t *s = vl_array_grow(x->sent, &x->scap, 0, sizeof *s, 64);
        if (!s) return VL_ENOMEM;
        x->sent = s;
    }
    x->sent[0] = 0;
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, text, len, lang);
    for (;;) {
        /* room for a whole sentence at the end of tok */
        if (x->tcap - x->ntok < VL_NER_MAX_SENT) {
            size_t cap = x->tcap ? 2 * x->tcap : 4 * VL_NER_MAX_SENT;
            while (cap - x->ntok < VL_NER_MAX_SENT) cap *= 2;
            vl_xtok *t = realloc(x->tok, cap * sizeof *t);
            if (!t) return x->ntok = x->nsent = 0, VL_ENOMEM;
            x->tok = t;
            vl_ner_tok *nt = realloc(x->ner, cap * sizeof *nt);
            if (!nt) return x->ntok = x->nsent = 0, VL_ENOMEM;
            x->ner = nt;
            x->tcap = cap;
        }
        /* the lexer's tokens kept as they are, for the entity tagger */
        size_t n = vl_ner_next_sentence(&lx, x->ner + x->ntok, VL_NER_MAX_SENT);
        if (!n) break;
        xtoks_of(text, x->ner + x->ntok, n, x->tok + x->ntok);
        size_t *s = vl_array_grow(x->sent, &x->scap, x->nsent + 1, sizeof *s, 64);
        if (!s) return x->ntok = x->nsent = 0, VL_ENOMEM;
        x->sent = s;
        x->ntok += n;
        x->sent[++x->nsent] = x->ntok;
    }
    x->text = text;
    x->len = len;
    x->lang = lang;
    return VL_OK;
}

size_t vl_xtext_next_ner(void *cursor, vl_ner_tok *toks) {
    vl_xtext_cursor *c = cursor;
    if (c->s >= c->x->nsent) return 0;
    size_t a = c->x->sent[c->s], n = c->x->sent[c->s + 1] - a;
    memcpy(toks, c->x->ner + a, n * sizeof *toks);
    c->s++;
    return n;
}

void vl_xtext_free(vl_xtext *x) {
    if (!x) return;
    free(x->tok);
    free(x->ner);
    free(x->sent);
    *x = (vl_xtext){0};
}
