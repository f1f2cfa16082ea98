/*
 * features.c -- what the tagger sees of each token.
 *
 * Each feature is a 64-bit hash of (template, value): the word form, its
 * lower-cased and accent-folded forms, prefixes and suffixes of 1-4 code
 * points, the word shape (Xx, XX, dd-dd) in full and collapsed, the
 * capitalisation class crossed with the position in the sentence, the
 * length, the neighbouring words (two each side) and shapes, word bigrams,
 * and the lexicon hooks: gazetteer classes with their B/I position
 * (vl_ner_sent_feats.gaz, see gazetteer.c) and Brown-cluster path prefixes
 * (vl_ner_tok.cluster, zero until clusters exist); in the second pass
 * over a document, what the first pass tagged the token's other
 * occurrences (vl_ner_doc_features, see doc.c).  The model
 * maps each hash to a slot of its weight table (feature hashing): no
 * feature dictionary is stored, and a feature never seen in training simply
 * lands on a slot whose weights are noise-small.
 *
 * The strings of a token are hashed once (vl_ner_sent_prepare); the
 * templates then only mix integers.  Nothing is allocated: a token's
 * lower-cased and folded forms are built in a stack buffer, truncated to
 * their first 48 code points.
 */
#include <string.h>
#include <utf8proc.h>

#include "ner/feature_hash.h"
#include "ner/ner_internal.h"
#include "ner/utf8.h"

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return vl_ner_mix(h ^ n);
}

enum { CAP_NONE, CAP_LOWER, CAP_INIT, CAP_ALL, CAP_ONE, CAP_MIXED, CAP_DIGIT, CAP_PUNCT };

static char shape_char(int32_t cp) {
    if (cp >= '0' && cp <= '9') return 'd';
    if (cp < 0x80 && cp > ' ' && !((cp | 32) >= 'a' && (cp | 32) <= 'z')) return (char)cp;
    if (utf8proc_isupper(cp)) return 'X';
    if (utf8proc_islower(cp)) return 'x';
    utf8proc_category_t c = utf8proc_category(cp);
    if (c == UTF8PROC_CATEGORY_ND) return 'd';
    if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) return 'x';
    return '#';
}

void vl_ner_shape(const char *s, size_t len, int collapse, char *out, size_t cap) {
    size_t o = 0, pos = 0;
    char last = 0;
    while (pos < len && o + 1 < cap) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + pos, (utf8proc_ssize_t)(len - pos), &cp);
        if (n <= 0) {
            n = 1;
            cp = '#';
        }
        pos += (size_t)n;
        char c = shape_char(cp);
        if (collapse && c == last) continue;
        out[o++] = c;
        last = c;
    }
    if (cap) out[o] = 0;
}

/* Lower-cased and folded forms of a token, code point offsets of the lower
 * form for prefixes and suffixes. */
#define MAX_CPS 48
#define FNV_INIT 0xcbf29ce484222325ULL
#define FNV_MUL 0x100000001b3ULL
/* vl_ner_shape's limits: 16 characters in full, 23 collapsed. */
#define SHAPE_FULL 16
#define SHAPE_SHORT 23

static inline uint64_t fnv(uint64_t h, unsigned char c) { return (h ^ c) * FNV_MUL; }

/* shape_char of an ASCII character, without utf8proc: its answers for
 * ASCII letters (X, x) and for controls and space (#, category Cc, Zs). */
static inline char ascii_shape(int32_t c) {
    if (c >= '0' && c <= '9') return 'd';
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    return c > ' ' ? (char)c : '#';
}

/* The hashes of one token in one pass over it: the same bytes hashed as
 * hash_bytes hashes the strings (form, lower-cased and folded forms, their
 * affixes, vl_ner_shape's full and collapsed shapes), but each hash is
 * carried along as the bytes are produced, so that no shape string is
 * built or measured, and ASCII never reaches utf8proc.  The forms stop at
 * MAX_CPS code points; the shapes go on, as vl_ner_shape does, until they
 * are full. */
static void prepare_token(vl_ner_sent_feats *sf, size_t i, const char *s, size_t len) {
    char low[MAX_CPS * 4 + 4];
    size_t cpoff[MAX_CPS + 1];
    uint64_t pre[4] = {0, 0, 0, 0};
    size_t nl = 0, nf = 0, ncp = 0, pos = 0, ns = 0, nc = 0;
    const size_t fold_cap = MAX_CPS * 8 + 8; /* decompositions stop there, as in a buffer that size */
    uint64_t hl = FNV_INIT, hf = FNV_INIT, hs = FNV_INIT, hc = FNV_INIT;
    char last = 0;
    int upper = 0, lower = 0, digit = 0, other = 0, first_upper = 0;
    while (pos < len && (ncp < MAX_CPS || nc < SHAPE_SHORT)) {
        size_t adv;
        int32_t cp = vl_ner_utf8_decode(s, len, pos, &adv);
        pos += adv;
        char sc;
        if (cp >= 0 && cp < 0x80) {
            sc = ascii_shape(cp);
            if (ncp < MAX_CPS) {
                cpoff[ncp++] = nl;
                char l = (char)cp;
                if (cp >= 'A' && cp <= 'Z') {
                    l = (char)(cp + 32);
                    upper++;
                    if (ncp == 1) first_upper = 1;
                } else if (cp >= 'a' && cp <= 'z') {
                    lower++;
                } else if (cp >= '0' && cp <= '9') {
                    digit++;
                } else {
                    other++;
                }
                low[nl++] = l;
                hl = fnv(hl, (unsigned char)l);
                hf = fnv(hf, (unsigned char)l); /* unbounded, as the buffer was written */
                nf++;
                if (ncp <= 4) pre[ncp - 1] = hl;
            }
        } else {
            /* An invalid byte: U+FFFD to the forms, # to the shapes. */
            utf8proc_int32_t u = cp < 0 ? 0xFFFD : cp;
            int up = utf8proc_isupper(u), lo = !up && utf8proc_islower(u);
            if (cp < 0) {
                sc = '#';
            } else if (up) {
                sc = 'X';
            } else if (lo) {
                sc = 'x';
            } else {
                utf8proc_category_t c = utf8proc_category(cp);
                sc = c == UTF8PROC_CATEGORY_ND ? 'd' : c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO ? 'x' : '#';
            }
            if (ncp < MAX_CPS) {
                cpoff[ncp++] = nl;
                if (up) {
                    upper++;
                    if (ncp == 1) first_upper = 1;
                } else if (lo) {
                    lower++;
                } else {
                    other++;
                }
                utf8proc_int32_t lc = utf8proc_tolower(u);
                size_t at = nl;
                nl += (size_t)utf8proc_encode_char(lc, (utf8proc_uint8_t *)low + nl);
                for (; at < nl; at++) hl = fnv(hl, (unsigned char)low[at]);
                utf8proc_int32_t dec[8];
                int last_bc = 0;
                utf8proc_ssize_t nd = utf8proc_decompose_char(
                    u, dec, 8, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT, &last_bc);
                if (nd < 0 || nd > 8) {
                    nd = 1;
                    dec[0] = lc;
                }
                for (utf8proc_ssize_t k = 0; k < nd && nf + 4 <= fold_cap; k++) {
                    utf8proc_uint8_t b[4];
                    utf8proc_ssize_t nb = utf8proc_encode_char(dec[k], b);
                    for (utf8proc_ssize_t q = 0; q < nb; q++) hf = fnv(hf, b[q]);
                    nf += (size_t)nb;
                }
                if (ncp <= 4) pre[ncp - 1] = hl;
            }
        }
        if (ns < SHAPE_FULL) {
            hs = fnv(hs, (unsigned char)sc);
            ns++;
        }
        if (nc < SHAPE_SHORT && sc != last) {
            hc = fnv(hc, (unsigned char)sc);
            nc++;
            last = sc;
        }
    }
    cpoff[ncp] = nl;
    sf->h_form[i] = hash_bytes(s, len);
    sf->h_lower[i] = vl_ner_mix(hl ^ nl);
    sf->h_fold[i] = vl_ner_mix(hf ^ nf);
    for (size_t k = 0; k < 4; k++) {
        if (ncp > k + 1) {
            sf->h_pre[i][k] = vl_ner_mix(pre[k] ^ cpoff[k + 1]);
            sf->h_suf[i][k] = hash_bytes(low + cpoff[ncp - k - 1], nl - cpoff[ncp - k - 1]);
        } else {
            sf->h_pre[i][k] = sf->h_suf[i][k] = 0;
        }
    }
    sf->h_shape[i] = vl_ner_mix(hs ^ ns);
    sf->h_short[i] = vl_ner_mix(hc ^ nc);
    int letters = upper + lower;
    uint8_t cap;
    if (digit && !letters) cap = CAP_DIGIT;
    else if (!letters) cap = other ? CAP_PUNCT : CAP_NONE;
    else if (upper == 0) cap = CAP_LOWER;
    else if (letters == 1) cap = CAP_ONE;
    else if (lower == 0) cap = CAP_ALL;
    else if (first_upper) cap = CAP_INIT;
    else cap = CAP_MIXED;
    sf->cap[i] = cap;
    sf->len[i] = (uint8_t)(ncp > 12 ? 12 : ncp);
}

void vl_ner_prepare_token(vl_ner_sent_feats *sf, size_t i, const char *s, size_t len) {
    prepare_token(sf, i, s, len);
    sf->gaz[i] = 0;
    sf->cluster[i] = 0;
}

void vl_ner_sent_prepare(vl_ner_sent_feats *sf, const char *text, const vl_ner_tok *toks, size_t n) {
    if (n > VL_NER_MAX_SENT) n = VL_NER_MAX_SENT;
    sf->n = n;
    for (size_t i = 0; i < n; i++) {
        prepare_token(sf, i, text + toks[i].start, toks[i].end - toks[i].start);
        sf->gaz[i] = toks[i].gaz;
        sf->cluster[i] = toks[i].cluster;
    }
}

/* vl_ner_cap_starts_name (ner_internal.h) takes these four as 2..5. */
_Static_assert(CAP_INIT == 2 && CAP_ALL == 3 && CAP_ONE == 4 && CAP_MIXED == 5 && CAP_LOWER == 1 && CAP_DIGIT == 6,
               "vl_ner_cap_starts_name's range");

/* Each clustering's path prefixes of a word in role r (0: itself, 1:
 * before, 2: after), as vl_ner_word_emit writes them. */
static void cluster_feats(unsigned r, uint64_t c, uint64_t **o) {
    for (unsigned t = 0; t < VL_NER_MAX_CLUSTERINGS; t++) {
        uint32_t path = (uint32_t)(c >> (t * VL_NER_CLU_SHIFT)) & VL_NER_CLU_MASK;
        if (!path) continue;
        unsigned depth = 31u - (unsigned)__builtin_clz(path); /* bits under the leading 1 */
        static const unsigned lens[] = {4, 6, 10, 20};
        for (size_t k = 0; k < 4; k++) {
            unsigned l = lens[k] < depth ? lens[k] : depth;
            uint32_t p = path >> (depth - l);
            *(*o)++ = f2(vl_ner_cluster_template(t, r), k, p);
            if (lens[k] >= depth) break;
        }
    }
}

size_t vl_ner_token_features(const vl_ner_sent_feats *sf, const vl_ner_tok *toks, size_t i, uint64_t *out) {
    uint64_t *o = out;
    size_t n = sf->n;
    uint64_t lm1 = i > 0 ? sf->h_lower[i - 1] : H_BOS, lp1 = i + 1 < n ? sf->h_lower[i + 1] : H_EOS;
    uint64_t lm2 = i > 1 ? sf->h_lower[i - 2] : H_BOS, lp2 = i + 2 < n ? sf->h_lower[i + 2] : H_EOS;
    uint64_t sm1 = i > 0 ? sf->h_short[i - 1] : H_BOS, sp1 = i + 1 < n ? sf->h_short[i + 1] : H_EOS;
    unsigned cm1 = i > 0 ? sf->cap[i - 1] : 15, cp1 = i + 1 < n ? sf->cap[i + 1] : 15;
    unsigned position = i == 0 ? 0 : (i == 1 && (toks[0].flags & VL_NTOK_WORD) == 0) ? 1 : 2;
    *o++ = f1(T_BIAS, 0);
    *o++ = f1(T_FORM, sf->h_form[i]);
    *o++ = f1(T_LOWER, sf->h_lower[i]);
    *o++ = f1(T_FOLD, sf->h_fold[i]);
    *o++ = f1(T_LOW_M1, lm1);
    *o++ = f1(T_LOW_P1, lp1);
    *o++ = f1(T_LOW_M2, lm2);
    *o++ = f1(T_LOW_P2, lp2);
    *o++ = f1(T_FORM_M1, i > 0 ? sf->h_form[i - 1] : H_BOS);
    for (unsigned k = 0; k < 4; k++) {
        if (sf->h_pre[i][k]) *o++ = f1(T_PRE + k, sf->h_pre[i][k]);
        if (sf->h_suf[i][k]) *o++ = f1(T_SUF + k, sf->h_suf[i][k]);
    }
    *o++ = f1(T_SHAPE, sf->h_shape[i]);
    *o++ = f1(T_SHORT, sf->h_short[i]);
    *o++ = f1(T_SHORT_M1, sm1);
    *o++ = f1(T_SHORT_P1, sp1);
    *o++ = f2(T_SHORT_M1_0, sm1, sf->h_short[i]);
    *o++ = f2(T_SHORT_0_P1, sf->h_short[i], sp1);
    *o++ = f2(T_BI_M1_0, lm1, sf->h_lower[i]);
    *o++ = f2(T_BI_0_P1, sf->h_lower[i], lp1);
    *o++ = f1(T_CAP_POS, sf->cap[i] * 4u + position);
    *o++ = f1(T_LEN, sf->len[i] * 16u + sf->cap[i]);
    *o++ = f2(T_LOWM1_SHORT0, lm1, sf->h_short[i]);
    *o++ = f2(T_LOWP1_SHORT0, lp1, sf->h_short[i]);
    *o++ = f1(T_CAP3, (cm1 * 16u + sf->cap[i]) * 16u + cp1);
    if (i > 0 && (toks[i - 1].flags & VL_NTOK_ELISION)) *o++ = f1(T_ELIDED, sf->cap[i]);
    /* Gazetteers: each class with its B/I position, for the token and its
     * neighbours; the whole set of classes (a first name that is also a
     * place); the set crossed with capitalisation (matching ignores case,
     * "orange" is no Orange). */
    for (uint32_t g = sf->gaz[i]; g; g &= g - 1) *o++ = f1(T_GAZ, (uint64_t)__builtin_ctz(g));
    if (sf->gaz[i]) {
        *o++ = f1(T_GAZ_ALL, sf->gaz[i]);
        *o++ = f2(T_GAZ_CAP, sf->gaz[i], sf->cap[i]);
    }
    if (i > 0)
        for (uint32_t g = sf->gaz[i - 1]; g; g &= g - 1) *o++ = f1(T_GAZ_M1, (uint64_t)__builtin_ctz(g));
    if (i + 1 < n)
        for (uint32_t g = sf->gaz[i + 1]; g; g &= g - 1) *o++ = f1(T_GAZ_P1, (uint64_t)__builtin_ctz(g));
    cluster_feats(0, sf->cluster[i], &o);
    if (i > 0) cluster_feats(1, sf->cluster[i - 1], &o);
    if (i + 1 < n) cluster_feats(2, sf->cluster[i + 1], &o);
    return (size_t)(o - out);
}

/* The same features as vl_ner_token_features, grouped by what they
 * depend on, so that a tagger can add up once per distinct word the
 * weights of those that depend on the word alone (wordcache.c).  Each
 * feature of a token is in exactly one group: its word's SELF group, the
 * M1 group of the word before it (or of the sentence start), M2 of the
 * word two before, P1 and P2 of the words after (or of the end), and the
 * context group of the token (pairs of words, capitalisation of the
 * neighbours, position, elision, gazetteers). */
size_t vl_ner_word_features(const vl_ner_sent_feats *sf, size_t i, uint64_t cluster, int role, uint64_t *out) {
    return vl_ner_word_emit(sf, i, cluster, role, out, NULL, NULL);
}

size_t vl_ner_edge_features(int role, uint64_t *out) {
    uint64_t *o = out;
    switch (role) {
    case VL_NER_ROLE_M1:
        *o++ = f1(T_LOW_M1, H_BOS);
        *o++ = f1(T_FORM_M1, H_BOS);
        *o++ = f1(T_SHORT_M1, H_BOS);
        break;
    case VL_NER_ROLE_M2:
        *o++ = f1(T_LOW_M2, H_BOS);
        break;
    case VL_NER_ROLE_P1:
        *o++ = f1(T_LOW_P1, H_EOS);
        *o++ = f1(T_SHORT_P1, H_EOS);
        break;
    case VL_NER_ROLE_P2:
        *o++ = f1(T_LOW_P2, H_EOS);
        break;
    }
    return (size_t)(o - out);
}

size_t vl_ner_context_features(const vl_ner_sent_feats *sf, const vl_ner_tok *toks, size_t i, uint64_t *out) {
    return vl_ner_context_emit(sf, toks, i, out, NULL, NULL);
}

size_t vl_ner_doc_features(uint32_t prev, uint32_t v, uint32_t next, uint8_t cap, uint64_t *out) {
    uint64_t *o = out;
    if (v) {
        *o++ = f1(T_DOC_SET, v & 31u);
        *o++ = f1(T_DOC_MAJ, v >> 5);
        *o++ = f2(T_DOC_MAJ_CAP, v >> 5, cap);
    }
    /* A neighbour's other occurrences tell where a name starts and ends. */
    if (prev) *o++ = f2(T_DOC_M1, prev >> 5, v >> 5);
    if (next) *o++ = f2(T_DOC_P1, next >> 5, v >> 5);
    return (size_t)(o - out);
}
