/*
 * merge.h -- scoring how veille merges the names of one entity, within a
 * dispatch and across dispatches (`veille eval merge`), against corpora
 * whose gold links each mention to an entity: HIPE-2022's NEL-LIT column
 * (Wikidata ids) and BRAT "Reference" normalisations.
 *
 * The gold mentions (spans and types) are given to the merging as the
 * tagger would give them, so that the score measures the merging alone,
 * not the tagger: vl_ner_merge and vl_ner_link_acronyms within each
 * document, as vl_annotate runs them, then the store's cross-document
 * linking (src/store/entities.c) in a database in memory, documents in
 * corpus order.  Each mention's system entity is read back from the
 * store's mentions table.
 *
 * With an entity model, the evaluation runs end to end instead: the
 * model tags each document, its mentions are merged and linked, and a gold
 * mention is scored through the system mention of exactly its span (the
 * gold mentions the tagger missed or cut otherwise are counted and left
 * out: vl_merge_eval_coverage).
 *
 * Scored: the mentions whose gold link is an entity (not NIL, not "_").
 * A gold entity is a link; a system entity is a store entity.  The scores
 * are B-cubed (Bagga and Baldwin 1998: for each mention, the share of its
 * system entity's mentions that are also of its gold entity, precision,
 * and the share of its gold entity's mentions that are also of its system
 * entity, recall, averaged over mentions), the usual measure of
 * cross-document coreference, and pairwise (of the pairs of mentions put
 * in one entity, how many the gold puts in one; of the gold's pairs, how
 * many the system found).  Two scopes: across the corpus, and within
 * documents (both partitions cut at document boundaries: what
 * vl_ner_merge does).  Two baselines run beside veille on the same
 * mentions: "same string" (one entity per type and exact surface form)
 * and "canonical name" (one entity per type and vl_ner_merge's canonical
 * name, exact, across documents: the merging within documents without the
 * store's cross-document rules).
 */
#ifndef VL_EVAL_MERGE_H
#define VL_EVAL_MERGE_H

#include <stdio.h>

#include "ner/ner_internal.h"

enum { VL_MERGE_SAME_STRING, VL_MERGE_CANONICAL, VL_MERGE_VEILLE, VL_MERGE_NSYSTEMS };
enum { VL_MERGE_ACROSS, VL_MERGE_WITHIN, VL_MERGE_NSCOPES };

typedef struct vl_merge_score {
    size_t mentions;      /* scored: gold-linked mentions of the type asked */
    size_t gold_entities; /* distinct gold links among them */
    size_t sys_entities;  /* distinct system entities among them */
    double b3_p, b3_r, b3_f;
    double pair_p, pair_r, pair_f; /* 0 when there is no pair to count */
} vl_merge_score;

typedef struct vl_merge_eval vl_merge_eval;

/* The taggers of an end-to-end evaluation: the model of each language
 * (borrowed: they must outlive the evaluation), and the language to tag
 * every document in, or -1 to identify each document's (vl_lang_identify;
 * undetermined is tagged as French, as `veille eval ner` does). */
typedef struct vl_merge_taggers {
    const vl_ner_model *model[VL_LANG_COUNT];
    int lang;
} vl_merge_taggers;

/* An evaluation with its own store in memory (which opens the entity
 * models it finds, as any store does; they tag nothing here).  `taggers`
 * NULL: the gold mentions are merged; else the mentions the taggers find
 * (copied). */
int vl_merge_eval_new(const vl_merge_taggers *taggers, vl_merge_eval **out, vl_error *err);
/* Gold mentions linked to an entity, and how many of them are scored (all
 * of them without a model; with one, those it tagged with their exact
 * span). */
void vl_merge_eval_coverage(const vl_merge_eval *ev, size_t *linked, size_t *scored);
void vl_merge_eval_free(vl_merge_eval *ev);
/* Merges the gold mentions of one document and records them.  Documents
 * without a date get 1970-01-01 (the date orders nothing in the linking;
 * it is the entity's first and last seen). */
int vl_merge_eval_unit(vl_merge_eval *ev, const vl_ner_unit *u, vl_error *err);
/* The scores of a system in a scope over the mentions of one type (-1:
 * all types). */
int vl_merge_eval_score(const vl_merge_eval *ev, int system, int scope, int type, vl_merge_score *out,
                        vl_error *err);
/* Lists veille's errors across the corpus to f: each gold entity that
 * veille split ("SPLIT Q90: [Paris x12 -> 5] [Pari x1 -> 77]") and each
 * veille entity that holds mentions of several gold entities ("JOINED 5:
 * [Paris x12 Q90] [Paris x2 Q167646]"). */
int vl_merge_eval_errors(const vl_merge_eval *ev, FILE *f, vl_error *err);

#endif
