/*
 * event_internal.h -- the shape of the event lexicon (event_lex.c) that the
 * engine (event.c) compiles.  Not public API.
 */
#ifndef VL_EXTRACT_EVENT_INTERNAL_H
#define VL_EXTRACT_EVENT_INTERNAL_H

#include <stdint.h>

enum { EL_FR = 1, EL_EN = 2, EL_ALL = 3 };

/* Action entries. */
enum {
    EVF_VERB = 0,     /* a verb lemma: matched through its Snowball stem */
    EVF_FORM = 1,     /* an exact (folded) form of the verb `lemma`: irregulars */
    EVF_NOUN = 2,     /* a deverbal noun (folded; plural with -s accepted):
                       * an event only as the object of a light verb */
    EVF_LIGHT = 4,    /* a light verb (ouvrir une enquête, hold talks): no
                       * event by itself */
    EVF_NEEDPREP = 8, /* the target must come through `prep` (spoke with X,
                       * called on X); no event otherwise */
    EVF_PRON = 16,    /* keeps its sense as a pronominal verb (s'entretenir,
                       * s'engager); others reflexive (s'accorder) give none */
    EVF_PRONONLY = 64, /* with EVF_PRON: an event only as a pronominal verb
                        * (s'entretenir avec; not entretenir une relation) */
    EVF_NEEDOBJ = 32, /* an event only with a direct object opened by a
                       * determiner or a name (closed its border, a partagé
                       * des renseignements), holding one of the words of
                       * `objs` when it is set: the verb's other uses (the
                       * dollar closed at, envoyer un message, a livré un
                       * discours) name no such object */
    EVF_NEEDTO = 128, /* an event only when à (au, aux) follows the verb
                       * within a few words of its sentence: appeler à la
                       * grève, appeler l'Iran à préserver; not appeler le
                       * Samu (a telephone call) */
    EVF_NOTCLAIM = 1024, /* none when avoir, être, que or qu' follows the
                          * verb (soutenir avoir tué, soutenir que: to
                          * maintain, no support) */
    EVF_OBJIF = 2048, /* with EVF_NEEDOBJ: no object is fine (withdrew from),
                       * but a direct object must be of the class (withdrew
                       * its troops, not its offer) */
    EVF_POLICE = 512, /* an arrest only by the police or an authority
                       * (interpeller quelqu'un dans la rue is accosting) */
    EVF_OBJPRON = 256 /* with EVF_NEEDOBJ: the object class is needed only
                       * when the verb is not pronominal (se retirer de is a
                       * withdrawal; retirer needs troops, not a video) */
};

typedef struct ev_lex {
    const char *word;  /* lemma (accented, lower case) or folded form */
    const char *lemma; /* for EVF_FORM: the lemma it is a form of; else NULL */
    uint8_t lang;
    uint8_t code;      /* CAMEO root code 1..20; 0 for light verbs */
    uint16_t flags;
    const char *prep;  /* EVF_NEEDPREP: the preposition (folded) */
    const char *const *objs; /* EVF_NEEDOBJ: folded words one of which (or
                              * its plural: armes) the object holds, or NULL */
    const char *const *unless; /* folded words that, in the clause after the
                                * verb, give it another sense (attaquer en
                                * justice), or NULL */
} ev_lex;

/* The object words of the verbs whose CAMEO sense turns on their object
 * (event_lex.c). */
extern const char *const vl_event_aid_objects[];
extern const char *const vl_event_closure_objects[];
extern const char *const vl_event_share_objects[];
extern const char *const vl_event_agreement_objects[];
extern const char *const vl_event_cooperation_objects[];
extern const char *const vl_event_guest_objects[];
extern const char *const vl_event_seized_objects[];
extern const char *const vl_event_ties_objects[];
extern const char *const vl_event_combatant_objects[];
extern const char *const vl_event_not_actor[];
extern const char *const vl_event_withdrawn_objects[];
extern const char *const vl_event_captive_objects[];
extern const char *const vl_event_lawsuit_words[];
extern const char *const vl_event_suffered_words[];
extern const char *const vl_event_toll_words[];
extern const char *const vl_event_hardship_words[];
extern const char *const vl_event_ruling_words[];
extern const char *const vl_event_payout_words[];
extern const char *const vl_event_police_nouns[];
extern const char *const vl_event_rescued_words[];
extern const char *const vl_event_claimed_words[];
extern const char *const vl_event_force_objects[];
extern const char *const vl_event_sanction_objects[];
/* The actor gate (event.c): head nouns of actors that act (people, bodies,
 * armed groups), and the words before a French head that are not it
 * (quantities, numbers, pre-nominal adjectives). */
extern const char *const vl_event_agent_nouns[];
extern const char *const vl_event_head_skip[];

extern const ev_lex vl_event_lexicon[];
extern const unsigned vl_event_lexicon_len;

/* Function words, by role. */
enum ev_role {
    ER_NONE = 0,
    ER_AUX_HAVE,  /* a, ont, has, had: the perfect */
    ER_AUX_BE,    /* est, été, was, were: passive (or French perfect of motion) */
    ER_MODAL,     /* va, doit, will, would: part of the verb group */
    ER_CLITIC,    /* se, s', lui, leur: part of the verb group */
    ER_REFL,      /* se, s': a pronominal verb, never passive */
    ER_NEG,       /* ne, pas, not, never */
    ER_ADV,       /* également, already: may sit in a verb group */
    ER_DET,       /* determiners: start a noun phrase */
    ER_PREP,      /* prepositions: end a noun phrase */
    ER_OF,        /* de, du, des, d', of: inside a noun phrase */
    ER_AGENT,     /* par, by: the agent of a passive */
    ER_WITH,      /* avec, contre, with, against, on, à, to: a target preposition */
    ER_PLACE,     /* à, en, dans, in, at: a place preposition */
    ER_REL,       /* qui, que, dont, who, which: a clause boundary */
    ER_SUB,       /* lorsque, parce, because, although: a clause boundary */
    ER_BUT,       /* mais, but, or: a clause boundary */
    ER_AND,       /* et, and: joins noun phrases, else a boundary */
    ER_PRON       /* il, elle, they: a subject pronoun (not resolved: no event) */
};

typedef struct ev_word {
    const char *word; /* folded */
    uint8_t lang;
    uint8_t role;
    uint8_t role2;    /* a second role (à: ER_WITH and ER_PLACE), or 0 */
} ev_word;

extern const ev_word vl_event_words[];
extern const unsigned vl_event_words_len;

/* Verb endings (folded) that may follow the Snowball stem of a lemma in a
 * verb form; what else follows makes a noun (libér|ation). */
extern const char *const vl_event_verb_suffixes_fr[];
extern const char *const vl_event_verb_suffixes_en[];
/* English -ly words that are never adverbs before a verb (event_lex.c). */
extern const char *const vl_event_ly_nouns[];

#endif
