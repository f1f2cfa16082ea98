/*
 * trainer.h -- the entity trainer's state, shared by its two learners:
 * the averaged perceptron (train.c) and the CRF (train_crf.c).  Both read
 * the same cached per-sentence features; nothing else sees this struct.
 */
#ifndef VL_NER_TRAINER_H
#define VL_NER_TRAINER_H

#include "ner/ner_internal.h"

struct vl_ner_trainer {
    vl_ner_train_opts opts;
    uint64_t mask;
    /* Sentences: token ranges into the token arrays. */
    size_t *sent_tok;
    size_t nsent, cap_sent;
    /* Units (documents): sentence ranges, for the document pass. */
    size_t *unit_sent;
    size_t nunit, cap_unit;
    /* Tokens: gold label and feature range; the lower-cased form's hash
     * and the capitalisation class, for the document pass. */
    uint8_t *gold;
    uint64_t *h_lower;
    uint8_t *cap;
    size_t cap_hl, cap_cap;
    size_t *tok_feat;
    size_t ntok, cap_tok, cap_tf;
    /* Features: slot | sign << 31. */
    uint32_t *feat;
    size_t nfeat, cap_feat;
    size_t misaligned;
    unsigned domain; /* of the units being added (vl_ner_trainer_set_domain) */
    /* Scratch for adding. */
    vl_ner_tok toks[VL_NER_MAX_SENT];
    vl_ner_sent_feats sf;
    int labels[VL_NER_MAX_SENT];
};

/* Trains a linear-chain CRF over the trainer's cached features and
 * writes the model (train_crf.c; vl_ner_trainer_run calls it for
 * VL_NER_TRAIN_CRF). */
int vl_ner_crf_run(vl_ner_trainer *t, const char *path, vl_error *err);

#endif
