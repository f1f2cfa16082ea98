/*
 * event_tokens.h -- the tokens the quantity and event extractors read: the
 * entity tagger's sentences and tokens (src/ner/tokenize.c: abbreviations,
 * elision, hyphenated words and numbers with separators handled there),
 * each with a folded key (ASCII lower case, accents removed, ’ as ') for
 * lexicon look-ups.  Not public API.
 */
#ifndef VL_EXTRACT_EVENT_TOKENS_H
#define VL_EXTRACT_EVENT_TOKENS_H

#include <stddef.h>
#include <stdint.h>

#include "ner/ner_internal.h"

#define VL_XKEY_MAX 32

typedef struct vl_xtok {
    size_t start, end;   /* bytes */
    size_t cstart, cend; /* code points */
    unsigned flags;      /* VL_NTOK_* */
    int cap;             /* starts with an upper-case letter */
    int klen;            /* length of key; 0 when the word does not fold */
    uint32_t kh;         /* vl_xhash(key, klen), computed once for every lexicon */
    int ksplit;          /* key holds a '-' (or a NUL byte): not one plain word */
    char key[VL_XKEY_MAX];
    uint8_t ascii;       /* the word is all ASCII and key is its lower case (klen bytes, the word's) */
} vl_xtok;

/* FNV-1a (32 bits) of s[0, n): the hash the event and quantity lexicons
 * key their tables with, computed once per token (vl_xtok.kh) rather than
 * once per lexicon. */
static inline uint32_t vl_xhash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The folded form of s[0, n) into out (cap bytes with the NUL); returns its
 * length, or 0 when it does not fit or holds a character outside Latin-1
 * letters, digits and simple punctuation. */
int vl_xfold(const char *s, size_t n, char *out, size_t cap);

/* vl_xfold's table for an ASCII byte c: its folded byte (lower case) in
 * the low byte, 0x100 when it splits a key ('-', NUL); 0 for c >= 0x80. */
uint16_t vl_xfold_ascii(unsigned char c);

/* The lower-cased form of s[0, n) with its accents (what Snowball's French
 * stemmer wants) into out; returns the length, 0 when it does not fit. */
int vl_xlower(const char *s, size_t n, char *out, size_t cap);

/* The next sentence of lx into toks (at most VL_NER_MAX_SENT); returns the
 * number of tokens, 0 at the end of the text. */
size_t vl_xtok_sentence(vl_ner_lexer *lx, vl_xtok *toks);

/* All the sentences of one text, tokenised once for the extractors that
 * read them (quantities, events): tok[sent[s], sent[s + 1]) is sentence s,
 * exactly as vl_xtok_sentence returns it.  Zero-initialise; vl_xtext_fill
 * reuses the memory of the previous text; vl_xtext_free releases it. */
typedef struct vl_xtext {
    const char *text; /* what was tokenised, for a check by the readers */
    size_t len;
    vl_lang lang;
    vl_xtok *tok;
    vl_ner_tok *ner; /* the same tokens as the lexer gave them (vl_xtext_next_ner) */
    size_t ntok, tcap;
    size_t *sent; /* nsent + 1 entries */
    size_t nsent, scap;
} vl_xtext;

/* Tokenises text[0, len) in language lang into x.  VL_OK or VL_ENOMEM
 * (x then holds no sentence). */
int vl_xtext_fill(vl_xtext *x, const char *text, size_t len, vl_lang lang);
void vl_xtext_free(vl_xtext *x);

/* The sentences of a vl_xtext as the entity tagger's tokens, for
 * vl_ner_tag_from: zero-initialise with x set, then vl_xtext_next_ner
 * (a vl_ner_next_fn) gives sentence after sentence. */
typedef struct vl_xtext_cursor {
    const vl_xtext *x;
    size_t s; /* the next sentence */
} vl_xtext_cursor;
size_t vl_xtext_next_ner(void *cursor, vl_ner_tok *toks);

/* 1 when x holds the tokens of text[0, len) in language lang. */
static inline int vl_xtext_of(const vl_xtext *x, const char *text, size_t len, vl_lang lang) {
    return x && x->text == text && x->len == len && x->lang == lang;
}

/* 1 when key equals the NUL-terminated word w. */
static inline int vl_xis(const vl_xtok *t, const char *w) {
    size_t i = 0;
    for (; w[i]; i++)
        if ((int)i >= t->klen || t->key[i] != w[i]) return 0;
    return (int)i == t->klen;
}

#endif
