/*
 * quote_fixture.h -- the fixture shared by the quotation extractor's unit
 * tests (test_quote.c, test_quote_speakers.c): a tagger per test, entities
 * given by hand as "PER:Name" (every occurrence, as the entity tagger
 * would find them), and the quoted text, speaker, canonical speaker and
 * verb of each quotation read back as strings.  Included by test files
 * only, after cmocka.h.
 */
#ifndef VEILLE_TESTS_QUOTE_FIXTURE_H
#define VEILLE_TESTS_QUOTE_FIXTURE_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/quote.h"
#include "ner/ner.h"

typedef struct fx {
    vl_quote_tagger *t;
    vl_ner_mention ents[64];
    size_t nents;
    const char *text;
    const vl_quote *q;
    size_t n;
    char buf[8][512]; /* the strings range() hands out, reused in turn */
    int bufi;
} fx;

static inline int setup(void **state) {
    fx *f = calloc(1, sizeof *f);
    assert_non_null(f);
    vl_error err;
    assert_int_equal(vl_quote_tagger_new(&f->t, &err), VL_OK);
    *state = f;
    return 0;
}

static inline int teardown(void **state) {
    fx *f = *state;
    vl_quote_tagger_free(f->t);
    free(f);
    return 0;
}

static inline size_t cps(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Tags text with the given entities: "PER:Name", every occurrence. */
static inline void tag(fx *f, vl_lang lang, const char *text, ...) {
    f->text = text;
    f->nents = 0;
    va_list ap;
    va_start(ap, text);
    const char *e;
    while ((e = va_arg(ap, const char *))) {
        vl_ner_type type = strncmp(e, "PER:", 4) == 0 ? VL_NER_PER : strncmp(e, "ORG:", 4) == 0 ? VL_NER_ORG
                                                                                                : VL_NER_LOC;
        const char *name = e + 4;
        for (const char *p = strstr(text, name); p; p = strstr(p + 1, name)) {
            size_t b = (size_t)(p - text), taken = 0;
            for (size_t i = 0; i < f->nents; i++) taken |= b < f->ents[i].end && f->ents[i].start < b + strlen(name);
            if (taken) continue; /* inside a longer name given before */
            vl_ner_mention *m = &f->ents[f->nents++];
            memset(m, 0, sizeof *m);
            m->type = type;
            m->start = (size_t)(p - text);
            m->end = m->start + strlen(name);
            m->cp_start = cps(text, m->start);
            m->cp_end = cps(text, m->end);
        }
    }
    va_end(ap);
    /* text order */
    for (size_t i = 1; i < f->nents; i++)
        for (size_t j = i; j > 0 && f->ents[j].start < f->ents[j - 1].start; j--) {
            vl_ner_mention x = f->ents[j];
            f->ents[j] = f->ents[j - 1];
            f->ents[j - 1] = x;
        }
    vl_ner_merge(text, f->ents, f->nents);
    assert_int_equal(vl_quote_tag(f->t, text, strlen(text), lang, f->ents, f->nents, &f->q, &f->n), VL_OK);
}

static inline const char *range(fx *f, size_t b, size_t e) {
    char *o = f->buf[f->bufi++ % 8];
    snprintf(o, 512, "%.*s", (int)(e - b), f->text + b);
    return o;
}
static inline const char *qtext(fx *f, size_t i) { return range(f, f->q[i].start, f->q[i].end); }
static inline const char *speaker(fx *f, size_t i) { return range(f, f->q[i].name_start, f->q[i].name_end); }
static inline const char *canon(fx *f, size_t i) { return range(f, f->q[i].canon_start, f->q[i].canon_end); }
static inline const char *verb(fx *f, size_t i) { return range(f, f->q[i].verb_start, f->q[i].verb_end); }

#endif
