/*
 * ner_internal.h -- what the files of src/ner share with each other, with
 * the command line (train, eval) and with the unit tests, but not with the
 * rest of veille: the tokeniser, the feature extractor, the label set, the
 * model layout, the trainer and the corpus readers.
 */
#ifndef VL_NER_INTERNAL_H
#define VL_NER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/base.h"
#include "ner/ner.h"

/* ------------------------------------------------------------- tokeniser */

enum {
    VL_NTOK_WORD = 1 << 0,     /* letters/digits (else punctuation) */
    VL_NTOK_TERMINAL = 1 << 1, /* . ! ? ... : may end a sentence */
    VL_NTOK_ABBR = 1 << 2,     /* abbreviation or initial with its dot (M., Dr., J.) */
    VL_NTOK_ELISION = 1 << 3,  /* l' d' qu' ... cut off the word that follows */
    VL_NTOK_PARA = 1 << 4      /* a blank line (or the start) comes before it */
};

typedef struct vl_ner_tok {
    size_t start, end;   /* bytes into the text */
    size_t cstart, cend; /* code points into the text */
    unsigned flags;      /* VL_NTOK_* */
    /* Hooks for lexicon features, filled before feature extraction
     * (0: nothing known).  gaz: one bit per gazetteer class (see
     * vl_ner_gaz_class); cluster: a Brown-cluster bit path, the path in the
     * low bits under a leading 1 bit (0b1 followed by the path). */
    uint32_t gaz;
    uint32_t cluster;
} vl_ner_tok;

/* Most tokens in one sentence: a longer run is cut into several. */
#define VL_NER_MAX_SENT 256

/* A lexer over one text; holds one token of lookahead. */
typedef struct vl_ner_lexer {
    const char *text;
    size_t len, pos, cpos;
    vl_lang lang;
    vl_ner_tok ahead;
    int has_ahead;
    int pending_split; /* the next token starts inside the current word */
    int newlines;      /* newlines seen in the space before `ahead` */
} vl_ner_lexer;

void vl_ner_lexer_init(vl_ner_lexer *lx, const char *text, size_t len, vl_lang lang);
/* Fills toks with the next sentence (at most max tokens, max <=
 * VL_NER_MAX_SENT); returns the number of tokens, 0 at the end of the text. */
size_t vl_ner_next_sentence(vl_ner_lexer *lx, vl_ner_tok *toks, size_t max);

/* -------------------------------------------------------------- features */

/* The gazetteer classes (bit numbers of a match's classes).  A token in a
 * match carries them in vl_ner_sent_feats.gaz: the low 8 bits when the
 * match starts there (B), bits 8-15 inside it (I).  vl_ner_tok.gaz is an
 * extra hook ORed in (tests). */
enum {
    VL_NER_GAZ_FIRSTNAME = 1 << 0,
    VL_NER_GAZ_SURNAME = 1 << 1,
    VL_NER_GAZ_PLACE = 1 << 2,
    VL_NER_GAZ_COUNTRY = 1 << 3,
    VL_NER_GAZ_ORG = 1 << 4,
    VL_NER_GAZ_PROPER = 1 << 5
};
#define VL_NER_GAZ_NCLASSES 6
/* Longest name matched, in tokens. */
#define VL_NER_GAZ_MAXLEN 8

/* Changes whenever the features change: a model records the version it was
 * trained with and is rejected by a program that extracts others. */
#define VL_NER_FEATURE_VERSION 3
/* Version 3 added the document pass (doc.c): models of versions 1 and 2
 * never learnt its features and are refused. */
#define VL_NER_FEATURE_VERSION_MIN 3
/* Most features of one token. */
#define VL_NER_MAX_FEATS 96

/* Per-sentence scratch: the tokens' forms and their hashes. */
typedef struct vl_ner_sent_feats {
    size_t n;
    uint64_t h_form[VL_NER_MAX_SENT], h_lower[VL_NER_MAX_SENT], h_fold[VL_NER_MAX_SENT];
    uint64_t h_shape[VL_NER_MAX_SENT], h_short[VL_NER_MAX_SENT];
    uint64_t h_pre[VL_NER_MAX_SENT][4], h_suf[VL_NER_MAX_SENT][4];
    uint8_t cap[VL_NER_MAX_SENT]; /* capitalisation class */
    uint8_t len[VL_NER_MAX_SENT]; /* length class */
    uint32_t gaz[VL_NER_MAX_SENT]; /* gazetteer B/I class bits (vl_ner_gaz_mark) */
    uint64_t cluster[VL_NER_MAX_SENT]; /* word-cluster paths (vl_ner_clusters_mark, VL_NER_CLU_SHIFT) */
} vl_ner_sent_feats;

/* Computes the per-token hashes of a sentence of text. */
void vl_ner_sent_prepare(vl_ner_sent_feats *sf, const char *text, const vl_ner_tok *toks,
                         size_t n);
/* The hashes of one token s[0..len) into slot i of sf (gaz and cluster
 * 0), as vl_ner_sent_prepare computes them. */
void vl_ner_prepare_token(vl_ner_sent_feats *sf, size_t i, const char *s, size_t len);
/* Writes the feature hashes of token i (at most VL_NER_MAX_FEATS) into out;
 * returns how many.  A feature is a 64-bit hash: the model takes its low
 * bits as a slot and one high bit as a sign. */
size_t vl_ner_token_features(const vl_ner_sent_feats *sf, const vl_ner_tok *toks, size_t i,
                             uint64_t *out);
/* The same features grouped by what they depend on (features.c): the
 * groups of a token's word (role SELF) and of its neighbours' words
 * (M1: the word before it, M2: two before, P1, P2: after), or of the
 * sentence's edges where there is no such word (vl_ner_edge_features, M1
 * and M2 for the start, P1 and P2 for the end), and its context group:
 * together exactly what vl_ner_token_features writes.  cluster is the
 * word's cluster path (sf->cluster[i] where vl_ner_token_features reads
 * it).  Each returns how many it wrote (at most VL_NER_MAX_FEATS). */
enum { VL_NER_ROLE_SELF, VL_NER_ROLE_M1, VL_NER_ROLE_M2, VL_NER_ROLE_P1, VL_NER_ROLE_P2, VL_NER_NROLES };
size_t vl_ner_word_features(const vl_ner_sent_feats *sf, size_t i, uint64_t cluster, int role, uint64_t *out);
size_t vl_ner_edge_features(int role, uint64_t *out);
size_t vl_ner_context_features(const vl_ner_sent_feats *sf, const vl_ner_tok *toks, size_t i, uint64_t *out);
/* The word shape of s ("Xx", "XX-d", ...) into out (NUL-terminated,
 * truncated to cap); short: runs collapsed.  For tests. */
void vl_ner_shape(const char *s, size_t len, int collapse, char *out, size_t cap);

/* 1 when the capitalisation class of a token lets a name start there
 * (an upper-case letter first, or all capitals): the classes 2-5 of
 * features.c (CAP_INIT, CAP_ALL, CAP_ONE, CAP_MIXED), in one comparison
 * inline (the document pass asks for every token). */
static inline int vl_ner_cap_starts_name(uint8_t cap) { return (unsigned)cap - 2u < 4u; }

/* ------------------------------------------------------- document pass */

/* What the first pass over a document said of its capitalised words
 * (doc.c): for each word (hash of its lower-cased form), how many of its
 * capitalised occurrences were tagged PER, LOC, ORG, MISC or nothing.  The
 * second pass gives each capitalised token features of what its other
 * occurrences were tagged (a name's first mention often has the context
 * that the later, bare mentions lack). */
#define VL_NER_DOC_CLASSES 5 /* the four types, then O */
typedef struct vl_ner_doc {
    uint64_t *keys;   /* 0: empty slot */
    uint16_t (*counts)[VL_NER_DOC_CLASSES];
    size_t cap, n;    /* cap: a power of two (0: nothing allocated) */
    uint32_t *used;   /* the n slots in use (cap / 2 room), so that clearing costs n, not cap */
} vl_ner_doc;

/* Document rule after the second pass: a name tagged PER whose words
 * begin an organisation of the same text that ends on a legal form
 * ("Ruch" after "Ruch SA") is relabelled ORG.  labels: one per token of
 * toks[0..n), the whole text's (doc.c). */
void vl_ner_company_short_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, size_t n);
/* Document rule after the second pass: a company that a cue of the span
 * rules names in one sentence ("le constructeur Tarvel", "le patron de
 * Tarvel": spans.c's org_cue_labels, which run per sentence) is an ORG
 * at its other mentions too, where the labels make a place or a person
 * of exactly its words, or leave them out (capitalised, not
 * opening a sentence, no capitalised word outside a name beside them).
 * labels: the whole text's, sentence k being tokens [sent[k], sent[k +
 * 1]) (the last ends at n); scratch: VL_NER_MAX_SENT ints.  memo (may
 * be NULL): where to keep what the cues gave each sentence, for
 * vl_ner_emit_spans_with (see vl_ner_cue_memo). */
typedef struct vl_ner_cue_memo vl_ner_cue_memo;
void vl_ner_doc_cue_orgs(const char *text, const vl_ner_tok *toks, uint8_t *labels, const size_t *sent, size_t nsent,
                         size_t n, int *scratch, vl_ner_cue_memo *memo);
/* The company cues of the span rules (spans.c's org_cue_labels) run twice
 * on a French sentence: in vl_ner_doc_cue_orgs over the second pass's
 * labels, then in vl_ner_emit_spans over those the document rules leave,
 * which for most sentences are the same (the cues were 44M instructions a
 * MB, twice).  As they read nothing but the text, the tokens and the
 * labels, the first run's result serves the second whenever the labels
 * it reads are equal.  The caller owns the arrays (the tagger's first-
 * pass buffer): in and out, one label per token of the text (in: the
 * labels the first run read; out: those it gave); changed, one per
 * sentence (whether it changed a label; -1: not run, a sentence longer
 * than VL_NER_MAX_SENT or after the document's MAX_CUE_ORGS companies). */
struct vl_ner_cue_memo {
    uint8_t *in, *out;
    signed char *changed;
};
/* One sentence's part of a vl_ner_cue_memo, handed to the sentence
 * function (NULL: none, the cues run). */
typedef struct vl_ner_sent_cues {
    const uint8_t *in, *out;
    int changed;
} vl_ner_sent_cues;
/* English document rule after it: a name that one mention shows to be a
 * company or a club (a company noun before it, "the regulator Ofwat"; a
 * business word after its possessive, "Harland's first-half profit"; a
 * role and a person's name after it, "Rio Tinto chief executive Simon
 * Trott", "Bath forward Ben Spencer"; its seat or staff, "Lumen, based
 * in Monroe", "an analyst at Bernstein"; a place's name in a match's
 * result, "lost 2-0 at Bristol City", "beat Denver 101-99") is an ORG at
 * every mention of the text typed PER, LOC or MISC.  gaz: per token, the gazetteer classes of
 * the matches that start there (the low byte of vl_ner_sent_feats.gaz; may
 * be NULL): countries are never retyped (national sides are LOC in
 * CoNLL-2003), nor places by a possessive. */
void vl_ner_company_evidence(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz,
                             size_t n);
/* French document rule: a team in parentheses after an athlete's full
 * name ("Jonas Vingegaard (Visma-Lease a Bike)", "Jasper Philipsen
 * (Alpecin-Deceuninck)") is an ORG, not a place of the gazetteer
 * ("Jean Dupont (Seine-Saint-Denis)"), a country, a work (MISC) or a
 * nationality's code ("(SLO)").  gaz as above. */
void vl_ner_fr_teams(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* French document rule after it: a person's surname alone, typed LOC or
 * left out ("Vingegaard", "Tompkins" after "Jonas Vingegaard", "Douglas
 * Tompkins"), where a full name of the text typed PER ends on the same
 * word; not a word any ORG or MISC of the text holds, nor the last of a
 * full name whose first word one holds ("Porsche" after "Ferdinand
 * Porsche" and "l'usine Porsche"; "Divo" after "Bugatti Divo"), nor one
 * beside another name or capitalised word, nor after "famille", "des",
 * "loi"... */
void vl_ner_fr_surnames(const char *text, const vl_ner_tok *toks, uint8_t *labels, const size_t *sent, size_t nsent,
                        size_t n);
/* French document rule: a sports line-up's surnames ("France : Ramos ;
 * Penaud, Moefana, Barassi ; (o) Ntamack, (m) Dupont (cap.) ; ..."), six
 * one-word items or more parted by commas and two semicolons or more,
 * more than half typed PER, are all PER; a football line-up parting its
 * lines by en dashes, substitutes "(Bouaddi, 66e)" inside, ten items or
 * more, a quarter PER and fewer than a quarter LOC, too. */
void vl_ner_fr_lineups(const char *text, const vl_ner_tok *toks, uint8_t *labels, size_t n);
/* French document rule: in a match report (a score in the text), a town's
 * name typed LOC that a score, a match's verb and score, or a weaker
 * position ("vainqueur de X", "face à X", "pour X" after a goal) shows to
 * be a team is an ORG at every mention typed LOC not after "à", "en",
 * "dans"; not a country of the gazetteer (national teams stay LOC). */
void vl_ner_fr_clubs(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* French document rule: a headline's rubric, one to three capitalised
 * words at a line's start before ":" ("Danone : ventes en hausse"), left
 * out, takes the type the text gives the same words as a whole name
 * elsewhere, or LOC if it is a country of the gazetteer; generic rubrics
 * ("Santé :") stay out. */
void vl_ner_fr_rubrics(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* French document rule: a one-word PER in a list of three names or more
 * parted by commas and "et", two of them LOC or more, is a LOC ("autour
 * de Créon, [Targon] et Cadillac"); not a first name of the gazetteer,
 * nor a word the text's persons write in full. */
void vl_ner_fr_place_lists(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* French document rule: a name right before a market's move and its
 * percentage ("[Saint Laurent] a reculé de 6 %") is a company's, ORG, with
 * the text's other mentions of it; not a place or country of the
 * gazetteer, nor a full name opening on a first name.  gaz as above. */
void vl_ner_fr_market_moves(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* French document rule: a one-word name typed LOC or left out, joined by
 * "et" ("et de", "et d'", "et à") to an ORG, is an ORG with its one-word
 * mentions ("[Shell] et BP"); not a place, country or first name of the
 * gazetteer, nor a surname of the text's persons.  gaz as above. */
void vl_ner_fr_company_pairs(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* French document rule: a one-word name that a clause shows to be a
 * company ("[Stellantis] fermera son site de Poissy", "[Kering] a annoncé
 * la fermeture d'une cinquantaine de boutiques": its possessive and a
 * business's noun, or a closure of shops, plants, jobs) is an ORG at every
 * one-word mention typed PER or LOC or left out (inside a sentence),
 * unless the text writes the word inside a person's full name ("Emmanuel
 * Macron ... Macron a annoncé la fermeture des magasins") or the
 * gazetteer starts a place, a country or a first name there.  sent,
 * nsent: the sentences' first tokens. */
void vl_ner_fr_company_evidence(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz,
                                const size_t *sent, size_t nsent, size_t n);
/* English document rule: a sentence's first word, frequent in raw news
 * (clusters, by h_lower) and no gazetteer name's start (gaz as below),
 * glued before a person's name of two words or more, or ending on "ing"
 * before one of one ("Fisherman Declan McGarrity", "Defending Hollis"),
 * leaves the name.  sent, nsent: the sentences' first tokens. */
struct vl_ner_clusters;
void vl_ner_glued_titles(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint64_t *h_lower,
                         const uint8_t *gaz, const size_t *sent, size_t nsent, size_t n,
                         const struct vl_ner_clusters *clusters);
/* English document rule before the others: a name of two words ending
 * on a company's head word ("Ormond Dairies", "Harland Metals") typed
 * PER, LOC or ORG is an ORG at every mention, and its first word alone
 * typed PER ("advised Ormond") too, save before "family". */
void vl_ner_company_heads(const char *text, const vl_ner_tok *toks, uint8_t *labels, size_t n);
/* English document rule before vl_ner_company_evidence: a name shown a
 * town by one mention ("the city of [El Obeid]", or the dateline
 * "CARLISLE, Feb 20 -", in a story with no score, and no name of several
 * words that the gazetteer (gaz, may be NULL) starts an organisation at)
 * is a LOC at its mentions typed ORG or PER, save those beside a number,
 * "v" or a player's role (a club). */
void vl_ner_place_evidence(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* English document rule after it: a one-word ORG that is a place of the
 * gazetteer (gaz, may be NULL: nothing done) and no organisation of it,
 * after in, from, at, near or to and not before "'s", is a LOC, in a
 * story with no match's score. */
void vl_ner_place_preps(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* English document rule after it: a one-word ORG that is a place of the
 * gazetteer (gaz as above) and no organisation of it, next to a LOC name
 * in a list ("and" or "or" between, or a comma that the list goes on
 * after), is a LOC. */
void vl_ner_place_lists(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* English document rule: a match report's line-up, a line of a side's
 * name, a colon and eight players' names or more between commas and
 * semicolons (substitutes in brackets), types every player PER and the
 * side, left out, ORG (a country of gaz, may be NULL: LOC); a name of two
 * words or more typed LOC or ORG elsewhere that ends on a player's
 * surname becomes PER. */
void vl_ner_lineups(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* English document rule after it: a storm's name after its kind
 * ("Hurricane Hector", "Typhoon Haiyan") is a MISC without the kind, and
 * so is every other mention of that word typed PER, LOC or ORG alone. */
void vl_ner_storm_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, size_t n);
/* English document rule after it: a name typed ORG, LOC or PER directly
 * before a craft's noun ("the Orion capsule", "its Neutron launcher") is
 * a MISC at every such mention, unless the gazetteer (gaz, may be NULL)
 * has it as an organisation or a mention reads as a maker's ("X's", "X
 * said"). */
void vl_ner_craft_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* French document rule, the last: a name after a probe's, a telescope's or
 * a storm's kind ("la sonde Cassini", "le télescope spatial Hubble",
 * "l'ouragan Matthew") is a MISC without the kind, and so is every other
 * mention of the same words typed PER, LOC or ORG; not a name the
 * gazetteer (gaz, may be NULL) holds as an organisation. */
void vl_ner_fr_craft_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* French document rule before it: a channel's name of a country or a town
 * and a number after "chaîne" ("la chaîne Gabon 24") is one ORG with its
 * number, and the other mentions of the place alone that the labels typed
 * ORG (from the channel's) are places again, if the gazetteer (gaz, may
 * be NULL) has the word as one. */
void vl_ner_fr_channels(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n);
/* English document rule after it: a word in capitals the labels leave out
 * that one mention shows to be a body's acronym (a head's role after it,
 * "WHO Director-General"; "the WHO's"; in brackets after a body's name,
 * "(DLR)") is an ORG at every mention left out outside lines in capitals.
 * sent as for vl_ner_doc_cue_orgs. */
void vl_ner_acronym_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, const size_t *sent,
                          size_t nsent, size_t n);

void vl_ner_doc_clear(vl_ner_doc *d);
void vl_ner_doc_free(vl_ner_doc *d);
/* Counts the capitalised tokens of a tagged sentence (h_lower and cap as
 * vl_ner_sent_prepare computes them). */
int vl_ner_doc_add(vl_ner_doc *d, const uint64_t *h_lower, const uint8_t *cap, const int *labels, size_t n);
/* The document value of a token tagged `label` in the first pass: 0 when
 * the word has no other capitalised occurrence (or is not capitalised);
 * else the set of classes of its other occurrences (bits 0-4) and their
 * majority class + 1 (bits 5-7; types win ties over O). */
uint32_t vl_ner_doc_value(const vl_ner_doc *d, uint64_t h_lower, uint8_t cap, int label);
/* Writes the second-pass features of a token (at most VL_NER_MAX_DOC_FEATS)
 * from its document value and its neighbours'; returns how many. */
#define VL_NER_MAX_DOC_FEATS 6
size_t vl_ner_doc_features(uint32_t prev, uint32_t v, uint32_t next, uint8_t cap, uint64_t *out);

/* One tagged sentence of a document, for vl_ner_tag_doc; cues: what the
 * company cues gave it in the document rules (NULL when they did not
 * run), for vl_ner_emit_spans_with. */
typedef int (*vl_ner_sent_fn)(void *ctx, const vl_ner_tok *toks, size_t n, const int *labels,
                              const vl_ner_sent_cues *cues);
/* Tags a whole text in two passes (the second with the document features)
 * and calls fn on each sentence in order; fn's non-zero return stops it
 * and is returned. */
int vl_ner_tag_doc(const vl_ner_model *m, const char *text, size_t len, vl_lang lang, vl_ner_sent_fn fn,
                   void *ctx, vl_error *err);
/* The same in t's working memory (see vl_ner_tagger in ner.h). */
int vl_ner_tag_doc_with(vl_ner_tagger *t, const vl_ner_model *m, const char *text, size_t len, vl_lang lang,
                        vl_ner_sent_fn fn, void *ctx, vl_error *err);
/* A text's sentences from elsewhere than the tagger's lexer: fills toks
 * with the next sentence and returns its number of tokens, 0 at the end.
 * The tokens must be those vl_ner_next_sentence(lx, toks, VL_NER_MAX_SENT)
 * gives over the same text and language (gaz and cluster 0): an annotator
 * that has tokenised the text already for its other extractors
 * (src/extract/event_tokens.h) hands them over instead of lexing again. */
typedef size_t (*vl_ner_next_fn)(void *src, vl_ner_tok *toks);
/* vl_ner_tag_doc_with over the sentences of next(src). */
int vl_ner_tag_doc_from(vl_ner_tagger *t, const vl_ner_model *m, const char *text, size_t len, vl_ner_next_fn next,
                        void *src, vl_ner_sent_fn fn, void *ctx, vl_error *err);
/* vl_ner_tag_with over the sentences of next(src). */
int vl_ner_tag_from(vl_ner_tagger *t, const vl_ner_model *m, const char *text, size_t len, vl_ner_next_fn next,
                    void *src, vl_ner_span_fn fn, void *ctx, vl_error *err);

/* ------------------------------------------------------------ gazetteers */

/* A set of names (token sequences) with their classes, as an open-
 * addressing table of 2^bits 32-bit slots: a 24-bit fingerprint of the
 * sequence hash over 8 flag bits (the classes, and 0x80: a longer name
 * continues).  Built from text files by vl_ner_gaz_load, embedded in the
 * model file, and read from the mapping there. */
typedef struct vl_ner_gaz {
    unsigned bits;        /* 0: no gazetteer */
    const uint32_t *slots;
    size_t entries;
    uint32_t *owned;      /* what vl_ner_gaz_free releases (NULL if mapped) */
} vl_ner_gaz;

/* Reads DIR/{firstname,surname,place,country,org,proper}.txt (one name a
 * line; missing files are skipped, a missing or empty folder is an error),
 * tokenised the way text is, for lang. */
int vl_ner_gaz_load(const char *dir, vl_lang lang, vl_ner_gaz *out, vl_error *err);
void vl_ner_gaz_free(vl_ner_gaz *g);
/* Fills sf->gaz for the sentence sf was prepared from: at each token that
 * may start a name, the longest name of g, then on after it. */
void vl_ner_gaz_mark(const vl_ner_gaz *g, vl_ner_sent_feats *sf);
/* The model's gazetteer (bits 0 when it has none). */
const vl_ner_gaz *vl_ner_model_gaz(const vl_ner_model *m);

/* -------------------------------------------------------- word clusters */

/* Bits of a word-cluster path (clusters.c). */
#define VL_NER_CLUSTER_BITS 16

/* Clusterings a model may carry (each a table below; features of each
 * in their own namespace), and where a word's path in clustering k sits
 * in the 64-bit value of vl_ner_clusters_get: bits [17k, 17k + 17), the
 * path under a leading 1 (0: the word is not in that clustering). */
#define VL_NER_MAX_CLUSTERINGS 3
#define VL_NER_CLU_SHIFT (VL_NER_CLUSTER_BITS + 1)
#define VL_NER_CLU_MASK ((1u << VL_NER_CLU_SHIFT) - 1)

/* Words (by the hash of their lower-cased form) to cluster paths: n
 * tables of 2^bits slots each, one after the other, of a 16-bit
 * fingerprint over the 16-bit path.  Like vl_ner_gaz, built from files
 * and embedded in the model. */
typedef struct vl_ner_clusters {
    unsigned bits;
    unsigned n; /* tables (clusterings); 0 is read as 1 */
    const uint32_t *slots;
    size_t entries; /* words of the first table */
    uint32_t *owned;
} vl_ner_clusters;

/* Reads "PATH<TAB>word<TAB>count" lines (most frequent first). */
int vl_ner_clusters_load(const char *path, vl_lang lang, vl_ner_clusters *out, vl_error *err);
/* The same for npaths files (at most VL_NER_MAX_CLUSTERINGS), a table
 * each, in that order. */
int vl_ner_clusters_load_many(const char *const *paths, size_t npaths, vl_lang lang, vl_ner_clusters *out,
                              vl_error *err);
void vl_ner_clusters_free(vl_ner_clusters *c);
/* The paths of a word, clustering k's as 1 followed by
 * VL_NER_CLUSTER_BITS bits at bit k * VL_NER_CLU_SHIFT, or 0. */
uint64_t vl_ner_clusters_get(const vl_ner_clusters *c, uint64_t h_lower);
/* Fills sf->cluster for a prepared sentence. */
void vl_ner_clusters_mark(const vl_ner_clusters *c, vl_ner_sent_feats *sf);
const vl_ner_clusters *vl_ner_model_clusters(const vl_ner_model *m);

/* Learns clusters from raw text (see clusters.c). */
typedef struct vl_ner_cluster_trainer vl_ner_cluster_trainer;
int vl_ner_cluster_trainer_new(vl_lang lang, vl_ner_cluster_trainer **out, vl_error *err);
int vl_ner_cluster_trainer_add(vl_ner_cluster_trainer *t, const char *text, size_t len, vl_error *err);
/* Clusters the nwords most frequent words by their ncontexts most
 * frequent neighbours and writes the paths file. */
/* The most 2-means iterations of each split (VL_NER_CLUSTER_ITERS by
 * default; fewer if no word changes sides). */
#define VL_NER_CLUSTER_ITERS 5
void vl_ner_cluster_trainer_set_iterations(vl_ner_cluster_trainer *t, int iters);
int vl_ner_cluster_trainer_run(vl_ner_cluster_trainer *t, size_t nwords, size_t ncontexts, const char *path,
                               vl_error *err);
/* Writes the words read so far as another program reads text to learn
 * word vectors from (fastText, word2vec): one sentence a line, each word
 * in its first spelling (the one the clusters file gives), bytes such a
 * reader splits on as '_'. */
int vl_ner_cluster_trainer_write_tokens(const vl_ner_cluster_trainer *t, const char *path, vl_error *err);
/* Clusters the nwords most frequent words, the same words as
 * vl_ner_cluster_trainer_run, by vectors learned elsewhere from the
 * token file above (word2vec's text format, fastText's .vec: "COUNT
 * DIM" then "word x1 ... xDIM"), by the same bisecting 2-means, and
 * writes the paths file; the words without a vector are left out
 * (*missing, if not NULL, says how many). */
int vl_ner_cluster_trainer_run_vectors(vl_ner_cluster_trainer *t, size_t nwords, const char *vectors,
                                       const char *path, size_t *missing, vl_error *err);
void vl_ner_cluster_trainer_free(vl_ner_cluster_trainer *t);

/* ---------------------------------------------------------------- labels */

/* BIO labels: O, then B- and I- of each type in vl_ner_type order. */
#define VL_NER_NLABELS 9
#define VL_NER_O 0
static inline int vl_ner_label_b(int type) { return 1 + 2 * type; }
static inline int vl_ner_label_i(int type) { return 2 + 2 * type; }
static inline int vl_ner_label_type(int label) { return label ? (label - 1) / 2 : -1; }
static inline int vl_ner_label_is_b(int label) { return label && (label - 1) % 2 == 0; }
/* 1 when `to` may follow `from` (I-X only after B-X or I-X); from = -1 is
 * the start of the sentence. */
int vl_ner_transition_ok(int from, int to);
/* Maps a corpus type name (PER, pers, Person, LOC, loc, Location, ORG, org,
 * Organization, MISC, prod, HumanProd, Event, Product, ...) to a type;
 * -1 for those veille does not tag (dates, times). */
int vl_ner_type_from_name(const char *s, size_t len);

/* ------------------------------------------------------------------ model */

/* How the model scores: int16 weights, one row of VL_NER_NLABELS per
 * slot, times `scale`; transitions in float.  `w` is the file's layout
 * (mapped, 9 weights a row: 18 bytes, so a row often straddles two cache
 * lines); `rows` the same weights converted at load time to VL_NER_ROW
 * int16 a row (the labels, then zeros), 32-byte aligned, so that one row
 * is one read of half a cache line; the tagger reads `rows`. */
#define VL_NER_ROW 16
typedef struct vl_ner_weights {
    unsigned bits;
    uint64_t mask;
    const int16_t *w;
    const int16_t *rows;
    float scale;
    const float *trans;   /* (NLABELS + 1) x NLABELS: row 0 is the start */
    const float *allowed; /* trans with the BIO constraints folded in (vl_ner_fold_trans) */
    /* The allowed moves regrouped for vl_ner_viterbi_bio (to O, to B-X, B-X
     * to I-X, I-X to I-X); NULL when the transitions or the scale are too
     * large for its shortcut to be exact (never for a trained model). */
    const float *bio;
} vl_ner_weights;

const vl_ner_weights *vl_ner_model_weights(const vl_ner_model *m);
/* The checksum of the model file's contents (its header's): two models
 * with the same checksum have the same weights and tables. */
uint64_t vl_ner_model_checksum(const vl_ner_model *m);

/* The transitions with the BIO constraints folded in: a forbidden move
 * (O -> I-X, B-X -> I-Y) scores -1e30, so that decoding has no branch on
 * legality.  out has (NLABELS + 1) x NLABELS floats. */
void vl_ner_fold_trans(const float *trans, float *out);

/* Viterbi over emission scores em[n][NLABELS] with the transitions and the
 * BIO constraints; writes the best labels.  `back` is n*NLABELS scratch. */
void vl_ner_viterbi(const float *em, size_t n, const float *trans, int *labels, uint8_t *back);
/* The same with transitions already folded (vl_ner_fold_trans). */
void vl_ner_viterbi_folded(const float *em, size_t n, const float *allowed, int *labels, uint8_t *back);

/* Fills bio (VL_NER_BIO_TABLE floats) from folded transitions for
 * vl_ner_viterbi_bio; 0 when a transition is too large for it. */
#define VL_NER_BIO_TABLE 55
int vl_ner_bio_table(const float *allowed, float *bio);
/* Bit l set when label l, scoring cur[l] at a step, may still be the best
 * predecessor of O or of a B- label at the next one (the others score
 * strictly below the best label's move whatever the transitions); never
 * 0.  bio is vl_ner_bio_table's. */
unsigned vl_ner_bio_alive(const float *cur, const float *bio);
/* The same, only the allowed moves compared (model.c explains why the
 * path is the same); bio is vl_ner_weights.bio. */
void vl_ner_viterbi_bio(const float *em, size_t n, const float *allowed, const float *bio, int *labels,
                        uint8_t *back);
/* vl_ner_viterbi_bio when w->bio is set, else vl_ner_viterbi_folded. */
void vl_ner_viterbi_model(const vl_ner_weights *w, const float *em, size_t n, int *labels, uint8_t *back);

/* Tokens ahead of the one being scored whose weight rows are prefetched. */
#define VL_NER_AHEAD 2

/* What decoding one sentence needs besides the tokens. */
typedef struct vl_ner_scratch {
    vl_ner_sent_feats sf;
    float em[VL_NER_MAX_SENT * VL_NER_NLABELS];
    uint8_t back[VL_NER_MAX_SENT * VL_NER_NLABELS];
    /* A ring of the feature slots of the next tokens: those of token
     * i+VL_NER_AHEAD are hashed (and their weight rows prefetched) while
     * those of token i are added up, so that the cache misses overlap
     * with work instead of stalling one after another.  A slot is the
     * row number, its top bit the feature's sign. */
    uint32_t slots[VL_NER_AHEAD + 1][VL_NER_MAX_FEATS];
    size_t nslots[VL_NER_AHEAD + 1];
    uint64_t feats[VL_NER_MAX_FEATS];
} vl_ner_scratch;

/* Tags one sentence: the best BIO label of each token into labels (first
 * pass only: no document features); s->em keeps the emission scores. */
void vl_ner_decode(const vl_ner_model *m, const char *text, const vl_ner_tok *toks, size_t n,
                   vl_ner_scratch *s, int *labels);
/* A tagger's cache of per-word weight sums (wordcache.c). */
typedef struct vl_ner_wcache vl_ner_wcache;
/* Most words a table of the cache holds: past that it keeps its frequent
 * ones, at most half (wordcache.c). */
#define VL_NER_WC_MAX ((size_t)1 << 14)
int vl_ner_wcache_new(vl_ner_wcache **out);
void vl_ner_wcache_free(vl_ner_wcache *c);
/* How many words c has added to its tables (scored as new), ever. */
size_t vl_ner_wcache_added(const vl_ner_wcache *c);
/* vl_ner_decode through the cache c, for tokens of text[0..len): the same
 * labels and emission scores (s->em), and s->sf's h_lower and cap. */
void vl_ner_decode_cached(const vl_ner_model *m, vl_ner_wcache *c, const char *text, size_t len,
                          const vl_ner_tok *toks, size_t n, vl_ner_scratch *s, int *labels);
/* Adds the weight rows of features f[0..nf) (hashes, as
 * vl_ner_token_features writes them) to em[0..NLABELS). */
void vl_ner_add_features(const vl_ner_weights *w, const uint64_t *f, size_t nf, float *em);

/* Writes a model file: header, transitions, quantised weights, checksum. */
int vl_ner_model_write(const char *path, vl_lang lang, unsigned bits, const float *w,
                       const float *trans, const vl_ner_gaz *gaz, const vl_ner_clusters *clusters,
                       vl_error *err);

/* English title-case headlines lower-cased where the text shows a word to
 * be common (src/ner/truecase.c).  vl_ner_truecase returns text itself
 * when it holds no title-case line, else a copy of the same length owned
 * by tc (valid until the next call); NULL when out of memory. */
typedef struct vl_ner_truecaser vl_ner_truecaser;
int vl_ner_truecaser_new(vl_ner_truecaser **out);
void vl_ner_truecaser_free(vl_ner_truecaser *tc);
/* clusters and gaz, the model's (either may be NULL): a headline word the
 * body never writes is lower-cased when its lower-case form is a frequent
 * word of the clusters and no name of the gazetteer. */
const char *vl_ner_truecase(vl_ner_truecaser *tc, const char *text, size_t len, const vl_ner_clusters *clusters,
                            const vl_ner_gaz *gaz);

/* Calls fn for each entity in labels[0..n) over toks (the decoded spans),
 * with the span rules of lang (src/ner/spans.c). */
int vl_ner_emit_spans(const char *text, const vl_ner_tok *toks, const int *labels, size_t n, vl_lang lang,
                      vl_ner_span_fn fn, void *ctx);
/* The same, taking the company cues' labels from cues (may be NULL) when
 * the labels they would read are cues->in. */
int vl_ner_emit_spans_with(const char *text, const vl_ner_tok *toks, const int *labels, size_t n, vl_lang lang,
                           const vl_ner_sent_cues *cues, vl_ner_span_fn fn, void *ctx);

/* ------------------------------------------------------ corpora and gold */

/* A gold entity: byte offsets into a unit's text, and the entity it
 * names when the corpus links it (HIPE's NEL-LIT column, "Q90" or "NIL";
 * a BRAT "Reference" normalisation, "Wikidata:Q90"): link - 1 is the
 * offset of that string in the unit's `links`, 0 when none is given. */
typedef struct vl_ner_gold {
    size_t start, end;
    int type;
    size_t link;
} vl_ner_gold;

/* A piece of a corpus: a document (BRAT, -DOCSTART-, HIPE) or a run of
 * sentences, its text rebuilt from the corpus tokens (joined by spaces,
 * sentences by blank lines) so that it goes through veille's own tokeniser
 * the way raw text does.  Owned by the corpus; valid until the next call. */
typedef struct vl_ner_unit {
    const char *text;
    size_t len;
    const vl_ner_gold *gold;
    size_t ngold;
    const char *name;  /* the file */
    const char *links; /* the gold's link strings, each ended by a NUL */
    const char *doc;   /* the document's id in the file (HIPE), or NULL */
    const char *date;  /* its date, YYYY-MM-DD (HIPE's metadata, a BRAT
                        * file named YYYY_MM_DD-...), or NULL */
} vl_ner_unit;

typedef struct vl_ner_corpus vl_ner_corpus;

/* Opens a corpus file or folder; the format is detected per file:
 *   BRAT standoff   NAME.txt + NAME.ann (a folder is walked for pairs)
 *   HIPE TSV        a "TOKEN\tNE-COARSE-LIT..." header or # hipe2022 lines
 *   CoNLL columns   "[index] token ... tag", tab or space separated, blank
 *                   line between sentences, -DOCSTART- between documents;
 *                   IOB1 or IOB2 (a chunk starts at B-, or at I- after
 *                   another type, as conlleval reads it). */
int vl_ner_corpus_open(const char *path, vl_ner_corpus **out, vl_error *err);
/* 1 with *unit filled, 0 at the end, or a negative status. */
int vl_ner_corpus_next(vl_ner_corpus *c, vl_ner_unit *unit, vl_error *err);
void vl_ner_corpus_close(vl_ner_corpus *c);

/* Labels the tokens of a sentence with the gold spans (BIO); a token only
 * partly inside a span counts when it starts inside it.  Returns the number
 * of gold spans whose boundaries fall inside a token. */
size_t vl_ner_project(const vl_ner_tok *toks, size_t n, const vl_ner_gold *gold, size_t ngold,
                      int *labels);

/* --------------------------------------------------------------- training */

/* The learners of vl_ner_trainer_run: the averaged perceptron (train.c),
 * or a linear-chain CRF by L2-regularised maximum likelihood and L-BFGS
 * (train_crf.c).  Same features, same weights, same model file. */
enum { VL_NER_TRAIN_PERCEPTRON = 0, VL_NER_TRAIN_CRF = 1 };

typedef struct vl_ner_train_opts {
    vl_lang lang;
    int trainer;   /* VL_NER_TRAIN_* (0: the perceptron) */
    int epochs;    /* 0: 10 (perceptron) */
    double c2;     /* CRF: L2 coefficient; 0: VL_NER_CRF_C2 */
    int max_iter;  /* CRF: most L-BFGS iterations of each stage; 0: VL_NER_CRF_MAX_ITER */
    int threads;   /* CRF: threads computing the gradient; 0: 2 */
    unsigned bits; /* weight table of 2^bits slots; 0: 18 */
    uint64_t seed; /* sentence order shuffle: 0 the fixed default, others other orders */
    int orders;    /* perceptron: averages the models of this many shuffle orders (seed,
                      seed + 1, ...); 0: 1 */
    const vl_ner_gaz *gaz; /* marked on the training text and embedded in the model (may be NULL) */
    const vl_ner_clusters *clusters; /* likewise */
    /* Progress, once per epoch (may be NULL). */
    void (*on_epoch)(void *ctx, int epoch, size_t sentences, size_t errors);
    /* CRF progress, once per L-BFGS iteration of stage 1 (sentences alone)
     * or 2 (with the document pass): the objective (may be NULL). */
    void (*on_iter)(void *ctx, int stage, int iter, double objective);
    void *ctx;
} vl_ner_train_opts;

typedef struct vl_ner_trainer vl_ner_trainer;

int vl_ner_trainer_new(const vl_ner_train_opts *opts, vl_ner_trainer **out, vl_error *err);
/* The domain of the units added next: 0 (the default) is the target
 * domain, the text the model will tag (news); k > 0 is another corpus,
 * whose tokens get, besides their features, a copy of each specific to
 * that corpus (Daume 2007's feature augmentation, one-sided): the copies
 * absorb what is peculiar to the corpus (its conventions, its era), the
 * shared features learn what holds everywhere, and tagging uses the
 * shared ones only, at no cost. */
void vl_ner_trainer_set_domain(vl_ner_trainer *t, unsigned domain);
/* Adds a unit's sentences (tokenised, features extracted, gold projected). */
int vl_ner_trainer_add(vl_ner_trainer *t, const vl_ner_unit *unit, vl_error *err);
size_t vl_ner_trainer_tokens(const vl_ner_trainer *t);
size_t vl_ner_trainer_sentences(const vl_ner_trainer *t);
/* Runs the epochs and writes the averaged model to path. */
int vl_ner_trainer_run(vl_ner_trainer *t, const char *path, vl_error *err);
void vl_ner_trainer_free(vl_ner_trainer *t);

/* CRF defaults: c2 3 scored a little above 1 on tuning split A; 100
 * iterations a stage keep the French model within the 10-minute training
 * budget (models/README.md). */
#define VL_NER_CRF_C2 3.0
#define VL_NER_CRF_MAX_ITER 100
/* The CRF's parameters: the 2^bits x labels emission weights, then the
 * (labels + 1) x labels transitions (row 0: sentence start). */
size_t vl_ner_crf_dim(const vl_ner_trainer *t);
/* The CRF objective at x (vl_ner_crf_dim doubles): minus the sum over the
 * sentences of log p(gold | sentence), plus, when docval is given (a
 * document value per token, vl_ner_doc_value), minus log p(gold) of the
 * second pass of every sentence with a non-zero value, plus c2/2 |x|^2.
 * Its gradient into g.  For the trainer and the tests. */
double vl_ner_crf_objective(const vl_ner_trainer *t, const double *x, const uint32_t *docval, double c2,
                            double *g);

/* -------------------------------------------------------------- evaluation */

typedef struct vl_ner_scores {
    size_t tokens, tokens_correct;
    size_t gold[VL_NER_NTYPES], found[VL_NER_NTYPES], correct[VL_NER_NTYPES];
    size_t misaligned; /* gold spans not on token boundaries */
    FILE *errors;      /* when set, each error is listed there (eval.c) */
} vl_ner_scores;

/* Tags a unit with m and adds up exact span-and-type matches into s; with
 * s->errors, lists each gold entity not found ("missed", with what was
 * found over it) and each found one that overlaps no gold ("spurious"),
 * one tab-separated line each with the unit's name and some context. */
int vl_ner_eval_unit(const vl_ner_model *m, const vl_ner_unit *unit, vl_lang lang,
                     vl_ner_scores *s, vl_error *err);

/* The 64-bit finaliser of MurmurHash3: features and gazetteer entries are
 * hashed with it, so the two must agree (models store gazetteer
 * fingerprints).  Changing it changes every model. */
static inline uint64_t vl_ner_mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

#endif
