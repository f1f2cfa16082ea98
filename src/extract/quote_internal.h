/*
 * quote_internal.h -- the shape of the quotation rule base (quote_lex.c)
 * that the engine (quote.c) compiles.  Not public API.
 */
#ifndef VL_EXTRACT_QUOTE_INTERNAL_H
#define VL_EXTRACT_QUOTE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* Languages as bits of a mask. */
enum { QL_FR = 1, QL_EN = 2, QL_ALL = 3 };

/* Word classes (bits): a word may have several. */
enum {
    QW_VERB = 1 << 0,      /* a form of a reporting verb */
    QW_PRON = 1 << 1,      /* a personal subject pronoun (il, she) */
    QW_PLURAL = 1 << 2,    /* with QW_PRON: ils, elles, they */
    QW_FEM = 1 << 3,       /* with QW_PRON: elle, she; as a title: Mme, Mrs */
    QW_MASC = 1 << 4,      /* with QW_PRON: il, he; as a title: M., Mr */
    QW_DET = 1 << 5,       /* opens a description: le, the, son, his */
    QW_AUX = 1 << 6,       /* a, avait, has, had, will: stands before the verb */
    QW_ADV = 1 << 7,       /* may stand inside the verb group: également, also */
    QW_ACCORDING = 1 << 8, /* selon, according (to) */
    QW_THAT = 1 << 9,      /* que, qu', that: opens indirect speech */
    QW_STOP = 1 << 10,     /* ends a description: à, lors, during, who */
    QW_FUNC = 1 << 11,     /* a function word a title-like term may hold */
    QW_NOSAY = 1 << 12,    /* a noun phrase never a speaker: it, cela */
    QW_TITLE = 1 << 13,    /* a civil title before a name: M., Mme, Mr */
    QW_OBJ = 1 << 14,      /* an object pronoun that names a speaker after
                            * selon / according to: lui, him */
    QW_REL = 1 << 15       /* a relative pronoun that may be a verb's subject:
                            * qui, who (X, qui a déclaré …) */
};

/* A reporting verb.  French: lemma ending in -er or -ir (regular forms are
 * generated: group 1, or group 2 when `group2`) plus `forms`, the
 * irregular ones; English: lemma with generated -s, -ed, -ing forms plus
 * `forms`.  `forms` is a space-separated list. */
typedef struct qt_verb {
    const char *lemma;
    uint8_t lang;
    uint8_t flags; /* QV_* */
    const char *forms;
} qt_verb;

enum {
    QV_NOGEN = 1,  /* generate no regular forms: `forms` lists them all */
    QV_GROUP2 = 2, /* French -ir verb of the second group (avertir) */
    QV_WEAK = 4    /* a verb that reports only beside a quotation (lancer) */
};

typedef struct qt_word {
    const char *word; /* lower case, accents kept, ' for the apostrophe */
    uint8_t lang;
    uint16_t cls;
} qt_word;

extern const qt_verb vl_quote_verbs[];
extern const size_t vl_quote_verbs_len;
extern const qt_word vl_quote_words[];
extern const size_t vl_quote_words_len;

/* Reporting verbs (lemmas of vl_quote_verbs) that take their quoted words
 * after a preposition: qualifier de « … », accused X of "…", described as
 * "…".  Elsewhere a short quoted term after a preposition is a term
 * (relevée à « stable », downgraded to "negative"), not a quotation. */
typedef struct qt_lemma {
    const char *lemma;
    uint8_t lang;
} qt_lemma;
extern const qt_lemma vl_quote_qualify[];
extern const size_t vl_quote_qualify_len;

/* Prepositions before which a short quoted term stands as a term. */
extern const qt_lemma vl_quote_preps[];
extern const size_t vl_quote_preps_len;

/* Prepositions of a change of value (to, from, à, de): see quote_lex.c. */
extern const qt_lemma vl_quote_dirpreps[];
extern const size_t vl_quote_dirpreps_len;

/* Auxiliaries of the passive (est, was): see quote_lex.c. */
extern const qt_lemma vl_quote_passive[];
extern const size_t vl_quote_passive_len;

/* Nouns that alone after "the" refer back to an organisation (the
 * company, l'institution): see quote_lex.c. */
extern const qt_lemma vl_quote_org_anaphors[];
extern const size_t vl_quote_org_anaphors_len;

#endif
