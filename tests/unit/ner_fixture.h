/*
 * ner_fixture.h -- what the entity tagger's unit tests share: a span
 * callback that writes what the tagger found as "TYPE:text|TYPE:text", so
 * that a test states the whole expected answer in one string.  Included
 * by test files only, after cmocka.h.
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

#endif
