/*
 * quote.h -- quotations and reported speech in French and English news,
 * with their speakers.
 *
 * The extractor has two parts:
 *   quote_lex.c  the rule base, as data: reporting verbs (lemmas; French
 *                forms are matched through the Snowball French stem of the
 *                lemma, English forms are generated from it, irregular
 *                forms listed), pronouns, determiners, auxiliaries, the
 *                words that end a speaker's description, "selon" /
 *                "according to", "que" / "that";
 *   quote.c      the engine: quotation spans from the marks (« », “ ”, "),
 *                across paragraphs (a paragraph opening with « or » or “
 *                continues the quotation), the look-alike filter (« Zapad-
 *                2025 », le « Brexit »), the reporting clause on either side
 *                of the quotation (or an incise inside it), indirect speech
 *                (X a déclaré que ..., X said that ...), and the speaker's
 *                resolution: a named entity, a pronoun (the most recent
 *                person named outside a quotation), a description (the
 *                person it is apposed to elsewhere in the dispatch).
 *
 * A vl_quote_tagger holds the compiled lexicon and scratch arrays; it is
 * reused across texts and used by one thread at a time.
 */
#ifndef VL_EXTRACT_QUOTE_H
#define VL_EXTRACT_QUOTE_H

#include <stddef.h>

#include "ner/ner.h"
#include "veille.h"

typedef struct vl_quote {
    size_t start, end;        /* the quotation (with its marks), bytes */
    size_t cp_start, cp_end;  /* the same in code points */
    /* The speaker as the reporting clause names it (a name, a pronoun, a
     * description): bytes and code points; all zero when there is none. */
    size_t spk_start, spk_end, spk_cp_start, spk_cp_end;
    /* Who that is: a range of the text (the named mention it resolves to,
     * titles stripped, or the clause's words when nothing resolves), and
     * the entity's canonical name (canon_*; equal to name_* when the
     * speaker is no entity).  name_end == name_start: no speaker. */
    size_t name_start, name_end, canon_start, canon_end;
    size_t verb_start, verb_end; /* the reporting verb, bytes; equal when none */
    int direct;                  /* 1: in quotation marks; 0: indirect speech */
    int entity;                  /* index of the speaker's entity mention in the
                                  * ents given to vl_quote_tag, or -1 */
} vl_quote;

typedef struct vl_quote_tagger vl_quote_tagger;

/* Compiles the lexicon.  VL_ENOMEM, or VL_EARG when the French stemmer is
 * missing from libstemmer. */
int vl_quote_tagger_new(vl_quote_tagger **out, vl_error *err);
void vl_quote_tagger_free(vl_quote_tagger *t);

/* Finds the quotations of text (UTF-8) in language lang (VL_LANG_UND: both
 * lexicons).  ents are the document's entity mentions in text order, after
 * vl_ner_merge (may be NULL/0: speakers are then only pronouns and
 * descriptions).  *out points into the tagger, in text order, valid until
 * the next call.  Returns VL_OK or VL_ENOMEM. */
int vl_quote_tag(vl_quote_tagger *t, const char *text, size_t len, vl_lang lang,
                 const vl_ner_mention *ents, size_t nents, const vl_quote **out, size_t *n);

/* The same, reading the tokens of x (src/extract/event_tokens.h) when x
 * holds those of text in lang (tokenised once for several extractors),
 * else tokenising as vl_quote_tag does. */
struct vl_xtext;
int vl_quote_tag_tokens(vl_quote_tagger *t, const char *text, size_t len, vl_lang lang, const struct vl_xtext *x,
                        const vl_ner_mention *ents, size_t nents, const vl_quote **out, size_t *n);

#endif
