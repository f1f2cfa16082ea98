/*
 * quantity.h -- quantities in French and English text: a number (digits
 * with French or English separators, or number words), its scale
 * (millions, milliards, billion), its unit (currencies, percent, lengths,
 * masses...) or the noun phrase it counts, and whether it is approximate
 * (une vingtaine de pays, environ, about).
 *
 *   quantity_lex.c  the lexicon, as data: units, currency signs, scales,
 *                   approximate nouns and adverbs, the words that make a
 *                   number a label (n°, article, flight) and the words that
 *                   end a counted noun phrase;
 *   quantity.c      the engine: numbers, look-alikes, extent, normalisation.
 *
 * Number words come from the time-expression lexicon (timex_rules.c), not a
 * second copy.  Numbers inside time expressions are not quantities (the
 * caller passes them), nor names (F-16, Zapad-2025, A320), scores (2-1) or
 * bare numbers that count nothing.
 */
#ifndef VL_EXTRACT_QUANTITY_H
#define VL_EXTRACT_QUANTITY_H

#include <stddef.h>

#include "extract/timex.h"
#include "veille.h"

typedef struct vl_quantity {
    size_t start, end;       /* bytes into the text: the whole expression */
    size_t cp_start, cp_end; /* the same in code points */
    double value;            /* normalised: 2 milliards -> 2e9, 2,6 % -> 2.6 */
    const char *unit;        /* "EUR", "USD", "percent", "km"...; NULL when it counts */
    int approx;              /* une vingtaine, environ, about, more than */
    /* The noun phrase counted (52 [prisonniers politiques]); start == end
     * when none. */
    size_t counted_start, counted_end;
} vl_quantity;

typedef struct vl_quantity_tagger vl_quantity_tagger;

int vl_quantity_tagger_new(vl_quantity_tagger **out, vl_error *err);
void vl_quantity_tagger_free(vl_quantity_tagger *t);

/* Finds the quantities of text in language lang (VL_LANG_UND: both
 * lexicons), skipping numbers inside the time expressions tx[0..ntx) (byte
 * offsets, in text order).  *out points into the tagger until the next
 * call.  VL_OK or VL_ENOMEM. */
int vl_quantity_tag(vl_quantity_tagger *t, const char *text, size_t len, vl_lang lang,
                    const vl_timex *tx, size_t ntx, const vl_quantity **out, size_t *n);

/* The same, reading the tokens of x (event_tokens.h) when x holds those of
 * text in lang (tokenised once for several extractors), else tokenising
 * as vl_quantity_tag does. */
struct vl_xtext;
int vl_quantity_tag_tokens(vl_quantity_tagger *t, const char *text, size_t len, vl_lang lang,
                           const struct vl_xtext *x, const vl_timex *tx, size_t ntx, const vl_quantity **out,
                           size_t *n);

#endif
