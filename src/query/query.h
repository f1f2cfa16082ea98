/*
 * query.h -- the veille query language, translated to an FTS5 expression.
 *
 * Syntax (documented for users in docs/query.md):
 *   word            documents containing the word (analysed: stems, accents)
 *   a b             both (implicit AND);  a AND b  likewise
 *   a OR b          either (OR binds tighter than AND: a b OR c = a (b OR c);
 *                   FTS5 itself does the opposite, hence the parentheses)
 *   NOT a, -a       without a (there must be at least one positive term)
 *   "a b c"         the exact phrase
 *   prefix*         words starting with prefix
 *   ( ... )         grouping
 *   title:word      only in the title (also title:"a phrase")
 *   zapad-2025      a hyphenated word is searched as the phrase "zapad 2025"
 * The operators must be upper case; lower-case "or"/"not" are ordinary words.
 *
 * Every term in the produced FTS5 expression is a double-quoted string, so no
 * user input can reach FTS5 as syntax: the analyser (FTS5 tokenizer) sees
 * only the words.  Unary NOT is rewritten into FTS5's binary NOT:
 * `a -b c` -> `("a" AND "c") NOT "b"`.
 */
#ifndef VL_QUERY_QUERY_H
#define VL_QUERY_QUERY_H

#include "veille.h"
#include "base/base.h"

/* Limits that keep a hostile query cheap. */
#define VL_QUERY_MAX_BYTES 4096
#define VL_QUERY_MAX_TERMS 64
#define VL_QUERY_MAX_DEPTH 16

/* Appends the FTS5 expression for query to out.  On a malformed query,
 * returns VL_EQUERY with a message naming the position (1-based character
 * column) and the problem, e.g. "column 7: unbalanced parenthesis". */
int vl_query_translate(const char *query, vl_buf *out, vl_error *err);

#endif
