/*
 * event.h -- events in French and English dispatches: who did what to whom,
 * where and when, each taken from one clause, with that clause as evidence.
 *
 *   event_lex.c     the rule base, as data: verbs and deverbal nouns with
 *                   the CAMEO root code of their action, irregular forms,
 *                   light verbs, function words by role, verb endings;
 *   event.c         the engine: triggers (the Snowball stem of each lemma,
 *                   the stemmer the search analyser uses, against each
 *                   word's, then a verb ending), verb groups (passé
 *                   composé, passive, pronominal, modal), clause
 *                   boundaries, and the actor, target, place and date
 *                   found inside the trigger's clause.
 *
 * Precision first: an event needs an actor in the same clause as its
 * action, in subject position (or after par/by in the passive); a subject
 * pronoun, a relative pronoun or a passive without agent gives no event.
 * The date is a time expression inside the clause, never the dispatch date.
 */
#ifndef VL_EXTRACT_EVENT_H
#define VL_EXTRACT_EVENT_H

#include <stddef.h>

#include "extract/timex.h"
#include "ner/ner.h"
#include "veille.h"

/* A span of the text: bytes and code points; `entity` is the index of the
 * entity mention it is (or ends with), -1 when it is a plain noun phrase.
 * Empty (start == end) when absent. */
typedef struct vl_event_arg {
    size_t start, end, cp_start, cp_end;
    int entity;
} vl_event_arg;

typedef struct vl_event {
    size_t start, end, cp_start, cp_end; /* the clause: the evidence */
    vl_event_arg actor, target, place;
    int timex;          /* index of the clause's dated time expression, or -1 */
    int code;           /* CAMEO root code 1..20 */
    const char *action; /* the lemma of the verb or noun (libérer, release) */
    int passive;        /* the clause was passive: actor and target swapped */
} vl_event;

typedef struct vl_event_tagger vl_event_tagger;

int vl_event_tagger_new(vl_event_tagger **out, vl_error *err);
void vl_event_tagger_free(vl_event_tagger *t);

/* Finds the events of text in language lang (VL_LANG_UND: none; the verb
 * lexicons are per language), with the document's entity mentions and time
 * expressions (byte offsets, text order; either may be empty).  *out points
 * into the tagger until the next call.  VL_OK or VL_ENOMEM. */
int vl_event_tag(vl_event_tagger *t, const char *text, size_t len, vl_lang lang, const vl_ner_mention *ents,
                 size_t nents, const vl_timex *tx, size_t ntx, const vl_event **out, size_t *n);

/* The same, reading the tokens of x (event_tokens.h) when x holds those of
 * text in lang (tokenised once for several extractors), else tokenising
 * as vl_event_tag does. */
struct vl_xtext;
int vl_event_tag_tokens(vl_event_tagger *t, const char *text, size_t len, vl_lang lang, const struct vl_xtext *x,
                        const vl_ner_mention *ents, size_t nents, const vl_timex *tx, size_t ntx,
                        const vl_event **out, size_t *n);

/* "make statement", "appeal", ... for codes 1..20; "" otherwise. */
const char *vl_event_code_name(int code);

#endif
