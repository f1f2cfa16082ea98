/*
 * eval.c -- scoring the tagger against gold corpora, the way conlleval
 * scores: an entity counts as correct only when its span and its type are
 * both exactly the gold ones; precision, recall and F1 overall and per
 * type.  Spans are compared as byte ranges of the unit's text (so a gold
 * entity that does not start and end on veille's token boundaries can never
 * be found, and is counted in `misaligned`); token accuracy compares the
 * BIO label of each of veille's tokens with the gold projected onto it.
 * Units are tagged as documents (both passes, doc.c), as vl_ner_tag does.
 * On request the errors are listed to the caller's stream, for error
 * analysis (`veille eval ner --errors`).
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
    l->v[l->n++] = (vl_ner_gold){sp->byte_start, sp->byte_end, (int)sp->type, 0};
    return 0;
}

typedef struct eval_ctx {
    const vl_ner_unit *u;
    vl_lang lang;
    vl_ner_scores *sc;
    span_list found;
    int gold[VL_NER_MAX_SENT];
} eval_ctx;

static int eval_sentence(void *ctx, const vl_ner_tok *toks, size_t n, const int *labels,
                         const vl_ner_sent_cues *cues) {
    eval_ctx *e = ctx;
    e->sc->misaligned += vl_ner_project(toks, n, e->u->gold, e->u->ngold, e->gold);
    for (size_t i = 0; i < n; i++) e->sc->tokens_correct += e->gold[i] == labels[i];
    e->sc->tokens += n;
    return vl_ner_emit_spans_with(e->u->text, toks, labels, n, e->lang, cues, collect, &e->found);
}

/* A span's text, then about 40 bytes of context each side (cut on UTF-8
 * boundaries, line breaks as spaces), tab-separated. */
static void put_clean(FILE *f, const char *s, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) fputc(s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i], f);
}

static void put_context(FILE *f, const vl_ner_unit *u, size_t start, size_t end) {
    size_t a = start > 40 ? start - 40 : 0, b = end + 40 < u->len ? end + 40 : u->len;
    while (a > 0 && (u->text[a] & 0xC0) == 0x80) a--;
    while (b < u->len && (u->text[b] & 0xC0) == 0x80) b++;
    put_clean(f, u->text, a, start);
    fputs("[[", f);
    put_clean(f, u->text, start, end);
    fputs("]]", f);
    put_clean(f, u->text, end, b);
}

/* missed TYPE  text  found-over-it  unit  context / spurious TYPE  text  -  unit  context */
static void list_errors(FILE *f, const vl_ner_unit *u, const vl_ner_gold *found, size_t nfound) {
    for (size_t g = 0; g < u->ngold; g++) {
        const vl_ner_gold *e = &u->gold[g];
        const vl_ner_gold *over = NULL;
        int hit = 0;
        for (size_t k = 0; k < nfound && !hit; k++) {
            if (found[k].start >= e->end || found[k].end <= e->start) continue;
            if (found[k].start == e->start && found[k].end == e->end && found[k].type == e->type) hit = 1;
            else if (!over) over = &found[k];
        }
        if (hit) continue;
        fprintf(f, "missed\t%s\t", vl_ner_type_name((vl_ner_type)e->type));
        put_clean(f, u->text, e->start, e->end);
        fputc('\t', f);
        if (over) {
            fprintf(f, "%s ", vl_ner_type_name((vl_ner_type)over->type));
            put_clean(f, u->text, over->start, over->end);
        } else {
            fputc('-', f);
        }
        fprintf(f, "\t%s\t", u->name ? u->name : "-");
        put_context(f, u, e->start, e->end);
        fputc('\n', f);
    }
    for (size_t k = 0; k < nfound; k++) {
        int overlaps = 0;
        for (size_t g = 0; g < u->ngold && !overlaps; g++)
            overlaps = found[k].start < u->gold[g].end && found[k].end > u->gold[g].start;
        if (overlaps) continue; /* counted above, as what was found over a missed one */
        fprintf(f, "spurious\t%s\t", vl_ner_type_name((vl_ner_type)found[k].type));
        put_clean(f, u->text, found[k].start, found[k].end);
        fprintf(f, "\t-\t%s\t", u->name ? u->name : "-");
        put_context(f, u, found[k].start, found[k].end);
        fputc('\n', f);
    }
}

int vl_ner_eval_unit(const vl_ner_model *m, const vl_ner_unit *u, vl_lang lang, vl_ner_scores *sc, vl_error *err) {
    eval_ctx *e = calloc(1, sizeof *e);
    if (!e) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    e->u = u;
    e->lang = lang;
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
    if (sc->errors) list_errors(sc->errors, u, found.v, found.n);
out:
    free(e->found.v);
    free(e);
    return rc;
}
