/*
 * ner_fixture.h -- what the entity tagger's unit tests share: a span
 * callback that writes what the tagger found as "TYPE:text|TYPE:text", so
 * that a test states the whole expected answer in one string; and the
 * training of a model on a corpus file.  Included by test files only,
 * after cmocka.h.
 */
#ifndef VEILLE_TESTS_NER_FIXTURE_H
#define VEILLE_TESTS_NER_FIXTURE_H

#include <stdio.h>

#include "ner/ner_internal.h"

typedef struct ner_spans {
    char s[1024];
    size_t o;
} ner_spans;

/* A vl_ner_span_fn: appends "TYPE:text" to the ner_spans at ctx. */
static inline int ner_collect_span(void *ctx, const vl_ner_span *sp) {
    ner_spans *g = ctx;
    int w = snprintf(g->s + g->o, sizeof g->s - g->o, "%s%s:%.*s", g->o ? "|" : "", vl_ner_type_name(sp->type),
                     (int)sp->text_len, sp->text);
    if (w > 0) g->o += (size_t)w < sizeof g->s - g->o ? (size_t)w : sizeof g->s - g->o - 1;
    return 0;
}

/* Trains a model with `opts` on every unit of the corpus at `corpus` and
 * writes it to `model`; returns the sentences it learnt from. */
static inline size_t ner_train_corpus(const char *corpus, const vl_ner_train_opts *opts, const char *model) {
    vl_error err;
    vl_ner_trainer *t;
    assert_int_equal(vl_ner_trainer_new(opts, &t, &err), VL_OK);
    vl_ner_corpus *c;
    assert_int_equal(vl_ner_corpus_open(corpus, &c, &err), VL_OK);
    vl_ner_unit u;
    int rc;
    while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) assert_int_equal(vl_ner_trainer_add(t, &u, &err), VL_OK);
    assert_int_equal(rc, 0);
    vl_ner_corpus_close(c);
    size_t sentences = vl_ner_trainer_sentences(t);
    assert_int_equal(vl_ner_trainer_run(t, model, &err), VL_OK);
    vl_ner_trainer_free(t);
    return sentences;
}

#endif
