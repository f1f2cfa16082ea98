/*
 * analyzer.h -- the one text analyser shared by indexing and querying.
 *
 * Input is UTF-8 text; output is a stream of tokens, each a normalised term
 * with the byte offsets of the span of input it came from.  The pipeline:
 *
 *   split     words are runs of letters, digits and combining marks.
 *             Hyphens inside a word split it into parts at consecutive
 *             positions (Zapad-2025 -> zapad, 2025), so that a phrase finds
 *             the parts in order.  Apostrophes (' and U+2019) inside a word
 *             are kept in the word, then the French elisions are cut off the
 *             front (l' d' qu' lorsqu' puisqu' jusqu' quoiqu' presqu' n' s'
 *             c' j' m' t'): "l'OTAN" -> otan, and an English possessive "'s"
 *             is cut off the end.  Numbers written with French or English
 *             separators are one token: "3 300", "3 300" (U+202F),
 *             "6,000" -> 3300 / 6000; "2,6" and "2.6" -> 2.6.  A single
 *             comma before exactly 3 digits ("6,000") is ambiguous: 6000
 *             for en and und, 6.000 for fr; QUERY and PREFIX give both,
 *             the other reading colocated.  Dotted or comma chains that
 *             are no number (12.03.2024, 1.2.3) stay separate tokens.
 *             A run longer than 64 bytes is cut into 64-byte pieces (at
 *             code point boundaries), one token each.
 *   normalise NFC, case fold, ligatures expanded (œ -> oe, æ -> ae, ﬁ -> fi).
 *   stem      Snowball stemmer of the token's language (french, english),
 *             applied to the case-folded word *with* its accents, since
 *             Snowball's French rules need them.
 *   fold      accents removed after stemming (bélarus -> belarus).
 *
 * The split step never depends on the language: the same text always gives
 * the same number of tokens at the same offsets, whatever language is
 * asked for, so positions agree between indexing, querying and snippets.
 *
 * Invalid UTF-8 is not an error for the analyser: each invalid byte is
 * treated as a separator (the readers reject invalid documents before they
 * reach the store; the analyser must simply never crash on them).
 */
#ifndef VL_TEXT_ANALYZER_H
#define VL_TEXT_ANALYZER_H

#include <stddef.h>

#include "veille.h"

/* The version of the terms the analyser produces.  A database records the
 * version its index was built with (table meta, key 'analyzer'); bump this
 * whenever any text would give different terms, so that an index built
 * with other terms is refused instead of silently missing matches. */
#define VL_ANALYZER_VERSION 1

/* What terms to produce for each token. */
typedef enum vl_analyze_mode {
    /* One term per token: the stem in the given language, accent-folded.
     * VL_LANG_UND gives the folded word and, colocated, its distinct French
     * and English stems: a document of unknown language is found by a query
     * in any form. */
    VL_ANALYZE_INDEX = 0,
    /* Query time: for each token, the distinct set of {folded word, French
     * stem, English stem} (or just the stem of `lang` when lang is fr or en);
     * the first is a normal token, the others are VL_TOKEN_COLOCATED (FTS5
     * query-time synonyms, which also work inside phrases). */
    VL_ANALYZE_QUERY = 1,
    /* Query time, for the last token of a prefix query (manoeuv*): the
     * folded word unstemmed, plus the stems as colocated alternatives (the
     * French and English stems, or only the stem of `lang` when lang is fr
     * or en), duplicates removed. */
    VL_ANALYZE_PREFIX = 2,
    /* The folded word, unstemmed (for display and matching names later). */
    VL_ANALYZE_SURFACE = 3,
    /* The split alone: the tokens of every other mode, at the same
     * positions and offsets, each with the input bytes of its span as its
     * term (apostrophes, case and accents untouched).  For callers that need
     * where the tokens are, not what they say: FTS5's snippets. */
    VL_ANALYZE_SPANS = 4
} vl_analyze_mode;

enum { VL_TOKEN_COLOCATED = 1 };

typedef struct vl_token {
    const char *term; /* not NUL-terminated; valid during the callback */
    size_t term_len;
    size_t start, end; /* byte offsets of the token's span in the input */
    int flags;         /* VL_TOKEN_COLOCATED */
} vl_token;

/* Returns 0 to continue, anything else to stop (returned by vl_analyze). */
typedef int (*vl_token_fn)(void *ctx, const vl_token *tok);

/* Holds the Snowball stemmers and scratch buffers: create once, reuse for
 * every text (no allocation per token in the steady state).  Not thread
 * safe: one per thread or per database connection. */
typedef struct vl_analyzer vl_analyzer;

vl_analyzer *vl_analyzer_new(void); /* NULL when out of memory */
void vl_analyzer_free(vl_analyzer *a);

/* Tokenises text and calls fn for each term.  Returns VL_OK, VL_ENOMEM, or
 * the first non-zero value returned by fn. */
int vl_analyze(vl_analyzer *a, const char *text, size_t len, vl_lang lang,
               vl_analyze_mode mode, vl_token_fn fn, void *ctx);

/* Normalises one string the way terms are (NFC, case fold, ligatures,
 * accents folded), without splitting or stemming: "Bélarus" -> "belarus".
 * Writes into out (reset first).  For filters on names and for tests. */
struct vl_buf;
int vl_text_fold(const char *s, size_t len, struct vl_buf *out);

#endif
