/*
 * eval.c -- scoring the tagger against gold corpora, the way conlleval
 * scores: an entity counts as correct only when its span and its type are
 * both exactly the gold ones; precision, recall and F1 overall and per
 * type.  Spans are compared as byte ranges of the unit's text (so a gold
 * entity that does not start and end on veille's token boundaries can never
 * be found, and is counted in `misaligned`); token accuracy compares the
 * BIO label of each of veille's tokens with the gold projected onto it.
 * Units are tagged as documents (both passes, doc.c), as vl_ner_tag does.
 */
#include <stdlib.h>

#include "ner/ner_internal.h"

typedef struct span_list {
    vl_ner_gold *v;
    size_t n, cap;
} span_list;

static int collect(void *ctx, const vl_ner_span *sp) {
    span_list *l = ctx;
    vl_ner_gold *v = vl_array_grow(l->v, &l->cap, l->n, sizeof *v, 64);
    if (!v) return VL_ENOMEM;
    l->v = v;
    l->v[l->n++] = (vl_ner_gold){sp->byte_start, sp->byte_end, (int)sp->type};
    return 0;
}

typedef struct eval_ctx {
    const vl_ner_unit *u;
    vl_ner_scores *sc;
    span_list found;
    int gold[VL_NER_MAX_SENT];
} eval_ctx;

static int eval_sentence(void *ctx, const vl_ner_tok *toks, size_t n, const int *labels) {
    eval_ctx *e = ctx;
    e->sc->misaligned += vl_ner_project(toks, n, e->u->gold, e->u->ngold, e->gold);
    for (size_t i = 0; i < n; i++) e->sc->tokens_correct += e->gold[i] == labels[i];
    e->sc->tokens += n;
    return vl_ner_emit_spans(e->u->text, toks, labels, n, collect, &e->found);
}

int vl_ner_eval_unit(const vl_ner_model *m, const vl_ner_unit *u, vl_lang lang, vl_ner_scores *sc, vl_error *err) {
    eval_ctx *e = calloc(1, sizeof *e);
    if (!e) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    e->u = u;
    e->sc = sc;
    int rc = vl_ner_tag_doc(m, u->text, u->len, lang, eval_sentence, e, err);
    if (rc == VL_ENOMEM && err && !err->code) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (rc) goto out;
    span_list found = e->found;
    /* Gold spans are flat and sorted by start: binary search each found one. */
    for (size_t g = 0; g < u->ngold; g++) sc->gold[u->gold[g].type]++;
    for (size_t k = 0; k < found.n; k++) {
        const vl_ner_gold *p = &found.v[k];
        sc->found[p->type]++;
        size_t lo = 0, hi = u->ngold;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (u->gold[mid].start < p->start) lo = mid + 1;
            else hi = mid;
        }
        for (size_t g = lo; g < u->ngold && u->gold[g].start == p->start; g++)
            if (u->gold[g].end == p->end && u->gold[g].type == p->type) {
                sc->correct[p->type]++;
                break;
            }
    }
out:
    free(e->found.v);
    free(e);
    return rc;
}
