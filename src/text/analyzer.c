/*
 * analyzer.c -- the split / normalise / stem / fold pipeline of analyzer.h.
 *
 * This is the ingest hot path, so it is built around three ideas:
 *   - the split decodes ASCII bytes inline and calls utf8proc only for
 *     non-ASCII characters;
 *   - a word that is pure ASCII after apostrophe normalisation is lower-cased
 *     with a table instead of going through utf8proc (NFC, case folding and
 *     accent folding are the identity or plain lower-casing there);
 *   - INDEX mode remembers recent (language, word) -> term results in a
 *     small direct-mapped cache, because news vocabulary is Zipfian and the
 *     Snowball call dominates the cost of a token.
 * All scratch memory lives in the vl_analyzer and is reused, so that the
 * steady state does not allocate.
 *
 * Rules that analyzer.h leaves open, decided here (and mirrored in the
 * header's comment where they matter to callers):
 *   - A word is at most VL_WORD_MAX bytes of input: longer runs are cut into
 *     consecutive pieces at code point boundaries, which keeps every step
 *     linear and bounds the scratch buffers.
 *   - Numbers.  A run of ASCII digits may absorb further 3-digit groups:
 *       "3 300" / U+00A0 / U+202F / U+2009 between groups: thousands when the
 *         first group has 1-3 digits and each further group exactly 3;
 *       "1,234,567" / "1.234.567" (two or more same separators, 3-digit
 *         groups): thousands;  "1,234.5" / "1.234,5": thousands + decimal;
 *       "2,6" / "2.6" / "2.600" / "1234,567": a decimal, written with '.';
 *       "6,000" (1-3 digits, one comma, exactly 3 digits): ambiguous: 6000
 *         when lang is en or und, 6.000 when lang is fr; QUERY and PREFIX
 *         emit both readings, the other one colocated;
 *       "1.2.3", "12.03.2024", "1,2,3": not joined (dates, versions, lists).
 *     The span (and so the token count) never depends on the language; only
 *     the term of an ambiguous number does.
 *   - Elisions and the English "'s" are cut from the token's span too, so
 *     offsets cover exactly what the term came from.
 */
#include "text/analyzer.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/base.h"

/* Longest span of input one token covers, in bytes. */
#define VL_WORD_MAX 64
/* Number groups absorbed into one token at most (bounds the term length). */
#define VL_NUM_GROUPS 8

/* INDEX/SURFACE cache: 2^VL_CACHE_BITS entries of 32 bytes (2 MB, allocated
 * on first use), keyed by the language and the raw input bytes of the word;
 * key and term share VL_CACHE_KV bytes, which holds most news words.  A
 * Snowball call costs ~400 ns; on French news (best of 5 runs, INDEX fr)
 * 2^14 entries gave 52 MB/s, 2^15 57, 2^16 66, 2^17 70; 2^15 entries of
 * 64 bytes (the same 2 MB, longer words) gave 56. */
#ifndef VL_CACHE_BITS
#define VL_CACHE_BITS 16
#endif
#ifndef VL_CACHE_KV
#define VL_CACHE_KV 24
#endif

/* Options of the two utf8proc passes.  COMPAT expands compatibility
 * characters (ﬁ -> fi, full-width letters, superscripts); IGNORE drops soft
 * hyphens and joiners that may sit inside a word. */
#define VL_CASEFOLD_OPTS \
    (UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)
#define VL_FOLD_OPTS (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK)

typedef struct vl_cache_entry {
    uint32_t hash;
    uint8_t lang, klen, vlen, used;
    char kv[VL_CACHE_KV]; /* the key, then the term */
} vl_cache_entry;

/* A growable UTF-32 scratch for utf8proc (which works on code points). */
typedef struct vl_u32 {
    utf8proc_int32_t *p;
    size_t cap; /* code points, not counting the extra one reencode needs */
} vl_u32;

struct vl_analyzer {
    struct sb_stemmer *stemmer[VL_LANG_COUNT]; /* [FR], [EN]; [UND] unused */
    vl_buf word;    /* the token's input, apostrophes normalised to ' */
    vl_buf cf;      /* case-folded word, accents kept, ligatures expanded */
    vl_buf fcf;     /* cf with its accents folded (for the second stem) */
    vl_buf term[5]; /* the candidate terms of one token */
    vl_u32 u32;
    vl_cache_entry *cache; /* NULL until first needed, or when out of memory */
};

/* ------------------------------------------------------------ characters */

enum { CH_SEP = 0, CH_WORD, CH_DIGIT, CH_APOS, CH_JOIN };

typedef struct vl_ch {
    int cls;
    size_t len;           /* bytes */
    utf8proc_int32_t cp;  /* -1 for an invalid byte */
} vl_ch;

static int class_of_cp(utf8proc_int32_t cp) {
    if (cp == 0x2019 || cp == 0x02BC) return CH_APOS;
    /* Soft hyphen and joiners continue a word but never start one. */
    if (cp == 0x00AD || cp == 0x200C || cp == 0x200D || cp == 0x2060) return CH_JOIN;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return CH_WORD;
    default:
        return CH_SEP;
    }
}

/* Decodes the character at s[p] (p < n). */
static inline void char_at(const unsigned char *s, size_t n, size_t p, vl_ch *c) {
    unsigned char b = s[p];
    if (b < 0x80) {
        c->len = 1;
        c->cp = b;
        if ((unsigned char)((b | 0x20) - 'a') < 26) c->cls = CH_WORD;
        else if ((unsigned char)(b - '0') < 10) c->cls = CH_DIGIT;
        else if (b == '\'') c->cls = CH_APOS;
        else c->cls = CH_SEP;
        return;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate(s + p, (utf8proc_ssize_t)(n - p), &cp);
    if (r <= 0) {
        c->len = 1;
        c->cp = -1;
        c->cls = CH_SEP;
        return;
    }
    c->len = (size_t)r;
    c->cp = cp;
    c->cls = class_of_cp(cp);
}

static inline int is_wordish(int cls) {
    return cls == CH_WORD || cls == CH_DIGIT || cls == CH_JOIN;
}

/* ------------------------------------------------------------- utf8proc */

/* Runs one utf8proc pass over s[0..n) (valid UTF-8) into out.  Returns
 * VL_OK, VL_ENOMEM, or 1 when utf8proc refused the input (the caller then
 * keeps the input as it is). */
static int u_pass(vl_u32 *u, const char *s, size_t n, int opts, vl_buf *out) {
    utf8proc_ssize_t r;
    for (;;) {
        r = utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, u->p,
                                      (utf8proc_ssize_t)u->cap, (utf8proc_option_t)opts, NULL, NULL);
        if (r < 0) return 1;
        if ((size_t)r <= u->cap && u->p) break;
        size_t cap = (size_t)r < 64 ? 64 : (size_t)r * 2;
        utf8proc_int32_t *p = realloc(u->p, (cap + 1) * sizeof *p);
        if (!p) return VL_ENOMEM;
        u->p = p;
        u->cap = cap;
    }
    r = utf8proc_reencode(u->p, r, (utf8proc_option_t)opts);
    if (r < 0) return 1;
    vl_buf_reset(out);
    return vl_buf_append(out, u->p, (size_t)r);
}

static int is_ascii(const char *s, size_t n) {
    unsigned char acc = 0;
    for (size_t i = 0; i < n; i++) acc |= (unsigned char)s[i];
    return acc < 0x80;
}

static int buf_set(vl_buf *b, const char *s, size_t n) {
    vl_buf_reset(b);
    return vl_buf_append(b, s, n);
}

/* œ and æ are letters of their own in Unicode (no decomposition), but
 * French spells them out interchangeably: expand them, in place since both
 * forms take two bytes. */
static void expand_ligatures(vl_buf *b) {
    for (size_t i = 0; i + 1 < b->len; i++) {
        unsigned char c0 = (unsigned char)b->data[i], c1 = (unsigned char)b->data[i + 1];
        if (c0 == 0xC5 && c1 == 0x93) {
            b->data[i] = 'o';
            b->data[i + 1] = 'e';
        } else if (c0 == 0xC3 && c1 == 0xA6) {
            b->data[i] = 'a';
            b->data[i + 1] = 'e';
        }
    }
}

/* NFKC + case fold + ligatures of s into out (s is valid UTF-8 with the
 * apostrophes already normalised). */
static int casefold_into(vl_u32 *u, const char *s, size_t n, vl_buf *out) {
    if (is_ascii(s, n)) {
        int rc = vl_buf_reserve(out, n);
        if (rc) return rc;
        vl_buf_reset(out);
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            out->data[i] = (char)((unsigned char)(c - 'A') < 26 ? c + 32 : c);
        }
        out->len = n;
        out->data[n] = 0;
        return VL_OK;
    }
    int rc = u_pass(u, s, n, VL_CASEFOLD_OPTS, out);
    if (rc == 1) rc = buf_set(out, s, n);
    if (rc) return rc;
    expand_ligatures(out);
    return VL_OK;
}

/* Accents removed from an already case-folded s, into out. */
static int fold_into(vl_u32 *u, const char *s, size_t n, vl_buf *out) {
    if (is_ascii(s, n)) return buf_set(out, s, n);
    int rc = u_pass(u, s, n, VL_FOLD_OPTS, out);
    if (rc == 1) rc = buf_set(out, s, n);
    return rc;
}

/* ------------------------------------------------------------ analyzer */

vl_analyzer *vl_analyzer_new(void) {
    vl_analyzer *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    vl_buf_init(&a->word);
    vl_buf_init(&a->cf);
    vl_buf_init(&a->fcf);
    for (int i = 0; i < 5; i++) vl_buf_init(&a->term[i]);
    a->stemmer[VL_LANG_FR] = sb_stemmer_new("french", NULL);
    a->stemmer[VL_LANG_EN] = sb_stemmer_new("english", NULL);
    if (!a->stemmer[VL_LANG_FR] || !a->stemmer[VL_LANG_EN] ||
        vl_buf_reserve(&a->word, 4 * VL_WORD_MAX) || vl_buf_reserve(&a->cf, 4 * VL_WORD_MAX)) {
        vl_analyzer_free(a);
        return NULL;
    }
    return a;
}

void vl_analyzer_free(vl_analyzer *a) {
    if (!a) return;
    sb_stemmer_delete(a->stemmer[VL_LANG_FR]);
    sb_stemmer_delete(a->stemmer[VL_LANG_EN]);
    vl_buf_free(&a->word);
    vl_buf_free(&a->cf);
    vl_buf_free(&a->fcf);
    for (int i = 0; i < 5; i++) vl_buf_free(&a->term[i]);
    free(a->u32.p);
    free(a->cache);
    free(a);
}

/* Stems carry their language: a one-letter upper-case mark in front ('F'
 * French, 'E' English), which no case-folded word can begin with.  Without
 * it, the French stem of an English query word would match English
 * documents that happen to hold the same string ("bute" stems to French
 * "but", which would find every English "but"), and the other way round.
 * Folded words (documents of undetermined language) and numbers carry no
 * mark and match across languages. */
static int mark_language(vl_buf *t, vl_lang lang) {
    if (t->len == 0) return VL_OK; /* nonempty() falls back to the raw word */
    /* Numbers are numbers in every language, whichever path made them
     * ("2025" alone, or in "Zapad-2025"). */
    size_t i = 0;
    while (i < t->len && (((unsigned char)t->data[i] - '0') < 10 || t->data[i] == '.')) i++;
    if (i == t->len) return VL_OK;
    int rc = vl_buf_reserve(t, 1);
    if (rc) return rc;
    memmove(t->data + 1, t->data, t->len + 1);
    t->data[0] = lang == VL_LANG_FR ? 'F' : 'E';
    t->len++;
    return VL_OK;
}

/* The folded stem of a->cf in lang, marked with its language, into out. */
static int stem_into(vl_analyzer *a, vl_lang lang, vl_buf *out) {
    const sb_symbol *st = sb_stemmer_stem(a->stemmer[lang], (const sb_symbol *)a->cf.data,
                                          (int)a->cf.len);
    if (!st) return VL_ENOMEM;
    size_t n = (size_t)sb_stemmer_length(a->stemmer[lang]);
    int rc = n == 0 ? fold_into(&a->u32, a->cf.data, a->cf.len, out)
                    : fold_into(&a->u32, (const char *)st, n, out);
    return rc ? rc : mark_language(out, lang);
}

/* The stem of a->cf with its accents folded *first*.  Snowball's French
 * rules read accents ("élysée" -> élys, but "elysee" -> elyse), so a word
 * typed without its accents stems differently: indexing and querying both
 * add this second stem when the word has accents, and a query finds the
 * word whether or not either side wrote them. */
static int stem_folded_into(vl_analyzer *a, vl_lang lang, vl_buf *out) {
    int rc = fold_into(&a->u32, a->cf.data, a->cf.len, &a->fcf);
    if (rc) return rc;
    const sb_symbol *st = sb_stemmer_stem(a->stemmer[lang], (const sb_symbol *)a->fcf.data,
                                          (int)a->fcf.len);
    if (!st) return VL_ENOMEM;
    size_t n = (size_t)sb_stemmer_length(a->stemmer[lang]);
    rc = n == 0 ? buf_set(out, a->fcf.data, a->fcf.len) : fold_into(&a->u32, (const char *)st, n, out);
    return rc ? rc : mark_language(out, lang);
}

/* single_term's lang argument with this bit: the accents-folded-first stem. */
#define VL_FOLDED_FIRST 4

/* A term must never be empty (a word made only of combining marks or of
 * ignorable fillers folds to nothing): fall back to the input bytes. */
static int nonempty(vl_analyzer *a, vl_buf *t) {
    if (t->len) return VL_OK;
    return buf_set(t, a->word.data, a->word.len);
}

typedef struct emitter {
    vl_token_fn fn;
    void *ctx;
    size_t start, end;
    int nterms;
    const vl_buf *terms[5];
} emitter;

/* Calls fn for the distinct terms collected in e, the first as a normal
 * token and the others colocated. */
static int emit(emitter *e) {
    vl_token tok;
    tok.start = e->start;
    tok.end = e->end;
    for (int i = 0; i < e->nterms; i++) {
        const vl_buf *t = e->terms[i];
        int dup = 0;
        for (int j = 0; j < i && !dup; j++)
            dup = e->terms[j]->len == t->len && memcmp(e->terms[j]->data, t->data, t->len) == 0;
        if (dup) continue;
        tok.term = t->data;
        tok.term_len = t->len;
        tok.flags = i ? VL_TOKEN_COLOCATED : 0;
        int rc = e->fn(e->ctx, &tok);
        if (rc) return rc;
    }
    return VL_OK;
}

static uint32_t hash_key(const char *s, size_t n, int lang) {
    uint32_t h = 2166136261u ^ (uint32_t)lang;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Copies the token's input into a->word with apostrophes normalised to ',
 * so that l’OTAN and l'OTAN, or aujourd’hui and aujourd'hui, agree. */
static int load_word(vl_analyzer *a, const char *text, size_t s, size_t e) {
    vl_buf_reset(&a->word);
    int rc = vl_buf_reserve(&a->word, e - s);
    if (rc) return rc;
    char *w = a->word.data;
    size_t n = 0;
    for (size_t i = s; i < e;) {
        unsigned char c = (unsigned char)text[i];
        if (c == 0xE2 && i + 2 < e && (unsigned char)text[i + 1] == 0x80 &&
            (unsigned char)text[i + 2] == 0x99) {
            w[n++] = '\'';
            i += 3;
        } else if (c == 0xCA && i + 1 < e && (unsigned char)text[i + 1] == 0xBC) {
            w[n++] = '\'';
            i += 2;
        } else {
            w[n++] = (char)c;
            i++;
        }
    }
    a->word.len = n;
    w[n] = 0;
    return VL_OK;
}

/* The one term of a token in INDEX or SURFACE mode: the folded stem in
 * lang, or the folded word when lang is und.  These are the hot modes
 * (ingest, snippets), hence the cache. */
static int single_term(vl_analyzer *a, int lang, const char *text, size_t s, size_t e,
                       vl_buf *out) {
    const char *raw = text + s;
    size_t raw_len = e - s;
    vl_cache_entry *ce = NULL;
    uint32_t h = 0;
    if (!a->cache) a->cache = calloc((size_t)1 << VL_CACHE_BITS, sizeof *a->cache);
    if (a->cache && raw_len < VL_CACHE_KV) {
        h = hash_key(raw, raw_len, (int)lang);
        ce = &a->cache[h & (((uint32_t)1 << VL_CACHE_BITS) - 1)];
        if (ce->used && ce->hash == h && ce->lang == lang && ce->klen == raw_len &&
            memcmp(ce->kv, raw, raw_len) == 0)
            return buf_set(out, ce->kv + raw_len, ce->vlen);
    }
    int rc = load_word(a, text, s, e);
    if (!rc) rc = casefold_into(&a->u32, a->word.data, a->word.len, &a->cf);
    if (!rc) {
        if (lang == VL_LANG_UND) rc = fold_into(&a->u32, a->cf.data, a->cf.len, out);
        else if (lang & VL_FOLDED_FIRST) rc = stem_folded_into(a, (vl_lang)(lang & 3), out);
        else rc = stem_into(a, (vl_lang)lang, out);
    }
    if (!rc) rc = nonempty(a, out);
    if (rc) return rc;
    if (ce && raw_len + out->len <= VL_CACHE_KV) {
        ce->used = 1;
        ce->hash = h;
        ce->lang = (uint8_t)lang;
        ce->klen = (uint8_t)raw_len;
        ce->vlen = (uint8_t)out->len;
        memcpy(ce->kv, raw, raw_len);
        memcpy(ce->kv + raw_len, out->data, out->len);
    }
    return VL_OK;
}

/* Produces and emits the terms of the word text[s..e). */
static int do_word(vl_analyzer *a, const char *text, size_t s, size_t e, vl_lang lang,
                   vl_analyze_mode mode, emitter *em) {
    em->start = s;
    em->end = e;
    em->nterms = 1;
    em->terms[0] = &a->term[0];
    int stemmed = lang == VL_LANG_FR || lang == VL_LANG_EN;
    int rc;

    if (mode == VL_ANALYZE_INDEX && !stemmed) {
        /* A document of undetermined language (an earnings table, a short
         * headline, a language veille does not stem) is indexed under the
         * folded word and, colocated, its French and English stems, so that
         * a query finds it whichever way it is inflected. */
        rc = single_term(a, VL_LANG_UND, text, s, e, &a->term[0]);
        if (!rc) rc = single_term(a, VL_LANG_FR, text, s, e, &a->term[1]);
        if (!rc) rc = single_term(a, VL_LANG_EN, text, s, e, &a->term[2]);
        em->nterms = 3;
        em->terms[1] = &a->term[1];
        em->terms[2] = &a->term[2];
        return rc ? rc : emit(em);
    }
    if (mode == VL_ANALYZE_SPANS) {
        rc = buf_set(&a->term[0], text + s, e - s);
        return rc ? rc : emit(em);
    }
    if (mode == VL_ANALYZE_SURFACE) {
        rc = single_term(a, VL_LANG_UND, text, s, e, &a->term[0]);
        return rc ? rc : emit(em);
    }
    if (mode == VL_ANALYZE_INDEX) {
        rc = single_term(a, lang, text, s, e, &a->term[0]);
        if (!rc && !is_ascii(text + s, e - s)) {
            rc = single_term(a, lang | VL_FOLDED_FIRST, text, s, e, &a->term[1]);
            em->terms[1] = &a->term[1];
            em->nterms = 2;
        }
        return rc ? rc : emit(em);
    }
    rc = load_word(a, text, s, e);
    if (!rc) rc = casefold_into(&a->u32, a->word.data, a->word.len, &a->cf);
    if (rc) return rc;
    if (mode == VL_ANALYZE_QUERY && stemmed) {
        rc = stem_into(a, lang, &a->term[0]);
    } else {
        rc = fold_into(&a->u32, a->cf.data, a->cf.len, &a->term[0]);
        if (!rc) {
            if (stemmed) {
                rc = stem_into(a, lang, &a->term[1]);
                em->nterms = 2;
            } else {
                rc = stem_into(a, VL_LANG_FR, &a->term[1]);
                if (!rc) rc = stem_into(a, VL_LANG_EN, &a->term[2]);
                em->nterms = 3;
            }
        }
    }
    /* A query word written with accents also looks for the stems of its
     * accent-less spelling (see stem_folded_into). */
    if (!rc && !is_ascii(a->cf.data, a->cf.len)) {
        if (stemmed) {
            rc = stem_folded_into(a, lang, &a->term[em->nterms++]);
        } else {
            rc = stem_folded_into(a, VL_LANG_FR, &a->term[em->nterms++]);
            if (!rc) rc = stem_folded_into(a, VL_LANG_EN, &a->term[em->nterms++]);
        }
    }
    for (int i = 0; i < em->nterms && !rc; i++) {
        rc = nonempty(a, &a->term[i]);
        em->terms[i] = &a->term[i];
    }
    return rc ? rc : emit(em);
}

/* ------------------------------------------------------------- numbers */

/* Length of the run of ASCII digits at text[p] when it is a whole word
 * (not followed by a letter, mark or in-word apostrophe), else 0. */
static size_t digit_word(const unsigned char *t, size_t n, size_t p) {
    size_t q = p;
    while (q < n && q - p <= VL_WORD_MAX && (unsigned char)(t[q] - '0') < 10) q++;
    if (q == p || q - p > VL_WORD_MAX) return 0;
    if (q < n) {
        vl_ch c;
        char_at(t, n, q, &c);
        if (is_wordish(c.cls)) return 0;
        if (c.cls == CH_APOS && q + c.len < n) {
            vl_ch d;
            char_at(t, n, q + c.len, &d);
            if (is_wordish(d.cls)) return 0;
        }
    }
    return q - p;
}

static int is_group_space(utf8proc_int32_t cp) {
    return cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009;
}

/* Tries to read a number starting with the digit word text[s..e).  Sets
 * *end to the end of the number's span (e when nothing is joined, in which
 * case the word is handled as any other).  Fills a->term[0] with the reading
 * for `lang` and, when the number is ambiguous, a->term[1] with the other.
 * When the groups form a date or version chain (12.03.2024), *chain_end is
 * set past the chain so that its later groups are not joined either. */
static int do_number(vl_analyzer *a, const unsigned char *t, size_t n, size_t s, size_t e,
                     size_t *end, int *ambiguous, size_t *chain_end, vl_lang lang) {
    size_t gs[VL_NUM_GROUPS], gl[VL_NUM_GROUPS];
    utf8proc_int32_t sep[VL_NUM_GROUPS];
    int ng = 1;
    gs[0] = s;
    gl[0] = e - s;
    sep[0] = 0;
    *end = e;
    *ambiguous = 0;
    size_t q = e;
    while (ng < VL_NUM_GROUPS && q < n) {
        vl_ch c;
        char_at(t, n, q, &c);
        int punct = c.cp == ',' || c.cp == '.';
        if (!punct && !is_group_space(c.cp)) break;
        size_t d = digit_word(t, n, q + c.len);
        if (!d) break;
        /* A space joins only 3-digit groups after a 1-3 digit start and
         * before any punctuation: "1998 300" and "2,5 300" stay apart. */
        if (!punct && (gl[0] > 3 || d != 3 || (ng > 1 && !is_group_space(sep[ng - 1])))) break;
        sep[ng] = c.cp;
        gs[ng] = q + c.len;
        gl[ng] = d;
        ng++;
        q += c.len + d;
    }
    if (ng == 1) return VL_OK;

    int k = 1;        /* groups in the integer part */
    int dec = -1;     /* index of the decimal group, or -1 */
    if (is_group_space(sep[1])) {
        if (gl[0] > 3) return VL_OK;
        while (k < ng && is_group_space(sep[k]) && gl[k] == 3) k++;
        if (k == 1) return VL_OK;
        if (k < ng && (sep[k] == ',' || sep[k] == '.') && !(k + 1 < ng && sep[k + 1] == sep[k]))
            dec = k;
    } else {
        utf8proc_int32_t p = sep[1], other = p == ',' ? '.' : ',';
        int m = 1;
        if (gl[0] <= 3)
            while (m < ng && sep[m] == p && gl[m] == 3) m++;
        int cnt = m - 1;
        if (cnt >= 2) {
            k = m;
            if (k < ng && sep[k] == other && !(k + 1 < ng && sep[k + 1] == other)) dec = k;
        } else if (cnt == 1 && m < ng && sep[m] == other &&
                   !(m + 1 < ng && (sep[m + 1] == other || sep[m + 1] == p))) {
            k = 2;
            dec = 2;
        } else if (ng > 2 && sep[2] == p) {
            /* 1.2.3, 12.03.2024, 1,2,3: not a number; skip the whole
             * chain, beyond the groups collected above. */
            for (;;) {
                vl_ch c;
                if (q >= n) break;
                char_at(t, n, q, &c);
                if (c.cp != ',' && c.cp != '.') break;
                size_t d = digit_word(t, n, q + c.len);
                if (!d) break;
                q += c.len + d;
            }
            *chain_end = q;
            return VL_OK;
        } else {
            /* One separator: a decimal, unless it is the comma of "6,000". */
            if (p == ',' && cnt == 1) *ambiguous = 1;
            k = 1;
            dec = 1;
        }
    }
    int last = dec >= 0 ? dec : k - 1;
    *end = gs[last] + gl[last];

    /* The integer part, without its thousands separators, into term[0]. */
    vl_buf *r0 = &a->term[0], *r1 = &a->term[1];
    vl_buf_reset(r0);
    int rc = VL_OK;
    for (int i = 0; i < k && !rc; i++) rc = vl_buf_append(r0, t + gs[i], gl[i]);
    if (rc) return rc;
    if (*ambiguous) {
        /* "6,000": term[0] becomes 6000 and term[1] 6.000, swapped for
         * French where the comma is the decimal mark. */
        vl_buf_reset(r1);
        rc = vl_buf_append(r1, r0->data, r0->len);
        if (!rc) rc = vl_buf_putc(r1, '.');
        if (!rc) rc = vl_buf_append(r1, t + gs[1], gl[1]);
        if (!rc) rc = vl_buf_append(r0, t + gs[1], gl[1]);
        if (!rc && lang == VL_LANG_FR) {
            vl_buf x = *r0;
            *r0 = *r1;
            *r1 = x;
        }
        return rc;
    }
    if (dec >= 0) {
        rc = vl_buf_putc(r0, '.');
        if (!rc) rc = vl_buf_append(r0, t + gs[dec], gl[dec]);
    }
    return rc;
}

/* ---------------------------------------------------------------- split */

static const char *const elisions[] = {"l", "d", "qu", "lorsqu", "puisqu", "jusqu",
                                       "quoiqu", "presqu", "n", "s", "c", "j", "m", "t"};

/* Length of the apostrophe at t[p] (which is one), in bytes. */
static size_t apos_len(const unsigned char *t, size_t p) {
    return t[p] == '\'' ? 1 : t[p] == 0xE2 ? 3 : 2;
}

/* Moves *s past a French elision at the front of the word t[*s..e). */
static void cut_elision(const unsigned char *t, size_t *s, size_t e) {
    size_t p = *s;
    char low[8];
    size_t n = 0;
    while (p < e && n < sizeof low && (unsigned char)((t[p] | 0x20) - 'a') < 26)
        low[n++] = (char)(t[p++] | 0x20);
    if (p >= e || n == 0 || n == sizeof low) return;
    if (!(t[p] == '\'' || (t[p] == 0xE2 && p + 2 < e && t[p + 1] == 0x80 && t[p + 2] == 0x99) ||
          (t[p] == 0xCA && p + 1 < e && t[p + 1] == 0xBC)))
        return;
    for (size_t i = 0; i < sizeof elisions / sizeof *elisions; i++) {
        if (strlen(elisions[i]) == n && memcmp(elisions[i], low, n) == 0) {
            size_t after = p + apos_len(t, p);
            if (after < e) *s = after;
            return;
        }
    }
}

/* Moves *e before an English possessive 's at the end of t[s..*e). */
static void cut_possessive(const unsigned char *t, size_t s, size_t *e) {
    size_t q = *e;
    if (q - s < 3 || (t[q - 1] | 0x20) != 's') return;
    size_t ap;
    if (t[q - 2] == '\'') ap = q - 2;
    else if (q - s >= 5 && t[q - 4] == 0xE2 && t[q - 3] == 0x80 && t[q - 2] == 0x99) ap = q - 4;
    else if (q - s >= 4 && t[q - 3] == 0xCA && t[q - 2] == 0xBC) ap = q - 3;
    else return;
    if (ap > s) *e = ap;
}

int vl_analyze(vl_analyzer *a, const char *text, size_t len, vl_lang lang,
               vl_analyze_mode mode, vl_token_fn fn, void *ctx) {
    if (!a || !fn || (!text && len)) return VL_EARG;
    if ((int)lang < 0 || lang >= VL_LANG_COUNT) lang = VL_LANG_UND;
    const unsigned char *t = (const unsigned char *)text;
    emitter em = {fn, ctx, 0, 0, 0, {NULL, NULL, NULL}};
    size_t p = 0, chain_end = 0;
    while (p < len) {
        vl_ch c;
        char_at(t, len, p, &c);
        if (c.cls != CH_WORD && c.cls != CH_DIGIT) {
            p += c.len;
            continue;
        }
        /* Extend the word: word characters, and apostrophes between word
         * characters; stop at VL_WORD_MAX bytes. */
        size_t s = p, e = p + c.len;
        int digits = c.cls == CH_DIGIT, has_apos = 0;
        while (e < len) {
            char_at(t, len, e, &c);
            if (is_wordish(c.cls)) {
                if (e + c.len - s > VL_WORD_MAX) break;
                digits &= c.cls == CH_DIGIT;
                e += c.len;
            } else if (c.cls == CH_APOS && e + c.len < len) {
                vl_ch d;
                char_at(t, len, e + c.len, &d);
                if (!is_wordish(d.cls) || e + c.len + d.len - s > VL_WORD_MAX) break;
                digits = 0;
                has_apos = 1;
                e += c.len + d.len;
            } else {
                break;
            }
        }
        int rc;
        if (digits && s >= chain_end && digit_word(t, len, s) == e - s) {
            size_t end;
            int amb;
            rc = do_number(a, t, len, s, e, &end, &amb, &chain_end, lang);
            if (rc) return rc;
            if (end != e) {
                em.start = s;
                em.end = end;
                em.terms[0] = &a->term[0];
                em.terms[1] = &a->term[1];
                em.nterms = amb && (mode == VL_ANALYZE_QUERY || mode == VL_ANALYZE_PREFIX) ? 2 : 1;
                rc = emit(&em);
                if (rc) return rc;
                p = end;
                continue;
            }
        }
        p = e;
        if (has_apos) {
            cut_elision(t, &s, e);
            cut_possessive(t, s, &e);
        }
        rc = do_word(a, text, s, e, lang, mode, &em);
        if (rc) return rc;
    }
    return VL_OK;
}

/* ------------------------------------------------------------- folding */

int vl_text_fold(const char *s, size_t len, vl_buf *out) {
    if (!out || (!s && len)) return VL_EARG;
    vl_buf clean, cf;
    vl_buf_init(&clean);
    vl_buf_init(&cf);
    vl_u32 u = {NULL, 0};
    int rc = vl_buf_reserve(&clean, len);
    /* Keep valid characters only (utf8proc refuses the whole string
     * otherwise), with the apostrophes normalised as in terms. */
    for (size_t p = 0; p < len && !rc;) {
        vl_ch c;
        char_at((const unsigned char *)s, len, p, &c);
        if (c.cp == 0x2019 || c.cp == 0x02BC) rc = vl_buf_putc(&clean, '\'');
        else if (c.cp >= 0) rc = vl_buf_append(&clean, s + p, c.len);
        p += c.len;
    }
    if (!rc) rc = casefold_into(&u, clean.data ? clean.data : "", clean.len, &cf);
    if (!rc) rc = fold_into(&u, cf.data ? cf.data : "", cf.len, &clean);
    if (!rc) {
        vl_buf_reset(out);
        rc = vl_buf_append(out, clean.data ? clean.data : "", clean.len);
    }
    vl_buf_free(&clean);
    vl_buf_free(&cf);
    free(u.p);
    return rc;
}
