/*
 * eval.c -- scoring the tagger against gold corpora, the way conlleval
 * scores: an entity counts as correct only when its span and its type are
 * both exactly the gold ones; precision, recall and F1 overall and per
 * type.  Spans are compared as byte ranges of the unit's text (so a gold
 * entity that does not start and end on veille's token boundaries can never
 * be found, and is counted in `misaligned`); token accuracy compares the
 * BIO label of each of veille's tokens with the gold projected onto it.
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

typedef struct eval_scratch {
    vl_ner_tok toks[VL_NER_MAX_SENT];
    int pred[VL_NER_MAX_SENT], gold[VL_NER_MAX_SENT];
    vl_ner_scratch s;
} eval_scratch;

int vl_ner_eval_unit(const vl_ner_model *m, const vl_ner_unit *u, vl_lang lang, vl_ner_scores *sc, vl_error *err) {
    eval_scratch *s = malloc(sizeof *s);
    span_list found = {0};
    if (!s) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, u->text, u->len, lang);
    size_t n;
    int rc = VL_OK;
    while ((n = vl_ner_next_sentence(&lx, s->toks, VL_NER_MAX_SENT)) > 0) {
        sc->misaligned += vl_ner_project(s->toks, n, u->gold, u->ngold, s->gold);
        vl_ner_decode(m, u->text, s->toks, n, &s->s, s->pred);
        for (size_t i = 0; i < n; i++) sc->tokens_correct += s->gold[i] == s->pred[i];
        sc->tokens += n;
        if ((rc = vl_ner_emit_spans(u->text, s->toks, s->pred, n, collect, &found)) != 0) {
            rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            goto out;
        }
    }
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
    free(found.v);
    free(s);
    return rc;
}
