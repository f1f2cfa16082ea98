/*
 * quantity_internal.h -- the shape of the quantity lexicon (quantity_lex.c)
 * that the engine (quantity.c) compiles.  Not public API.
 */
#ifndef VL_EXTRACT_QUANTITY_INTERNAL_H
#define VL_EXTRACT_QUANTITY_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

enum { QL_FR = 1, QL_EN = 2, QL_ALL = 3 };

enum qt_kind {
    QK_UNIT,    /* after the number: euros, %, km (value: multiplier, 0 = 1) */
    QK_PREUNIT, /* before the number: $, €, £, US$ */
    QK_SCALE,   /* after the number: millions, milliards, billion (value) */
    QK_APPROXN, /* a noun that is an approximate number: vingtaine (value) */
    QK_APPROXA, /* before the number: environ, about, plus de, nearly */
    QK_LABEL,   /* before a number that names, not counts: n°, article, vol */
    QK_STOP     /* a word that ends a counted noun phrase */
};

/* One entry: `words` folded (lower case, no accents), one to three words
 * separated by single spaces, matched on consecutive tokens. */
typedef struct qt_lex {
    const char *words;
    uint8_t lang;
    uint8_t kind;
    double value;
    const char *unit;
} qt_lex;

extern const qt_lex vl_quantity_lexicon[];
extern const size_t vl_quantity_lexicon_len;

#endif
