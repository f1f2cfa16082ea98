/*
 * fuzz_ner.c -- libFuzzer target for the entity tagger's tokeniser,
 * features and decoder.
 *
 * Feeds arbitrary bytes to the sentence splitter in each language and
 * checks what it promises: tokens non-empty, in order, inside the text,
 * never more than VL_NER_MAX_SENT per sentence, and (for valid UTF-8) code
 * point offsets that agree with the bytes.  Then tags the bytes with a small
 * model of pseudo-random weights (written once at start-up) and checks that
 * the spans are in order, do not overlap and sit on token boundaries.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io/reader.h"
#include "ner/ner_internal.h"

#define VL_CHECK(c)        \
    do {                   \
        if (!(c)) abort(); \
    } while (0)

static vl_ner_model *model;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    size_t nw = ((size_t)1 << 10) * VL_NER_NLABELS;
    float *w = malloc(nw * sizeof *w), trans[(VL_NER_NLABELS + 1) * VL_NER_NLABELS];
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    for (size_t k = 0; k < nw; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        w[k] = (float)(int)(x % 2001) / 1000.0f - 1.0f;
    }
    for (size_t k = 0; k < sizeof trans / sizeof trans[0]; k++) trans[k] = (float)(k % 5) - 2.0f;
    char path[64];
    snprintf(path, sizeof path, "/tmp/fuzz_ner.%ld.model", (long)getpid());
    vl_error err;
    if (vl_ner_model_write(path, VL_LANG_FR, 10, w, trans, NULL, NULL, &err) || vl_ner_model_open(path, &model, &err)) abort();
    unlink(path);
    free(w);
    return 0;
}

typedef struct span_check {
    size_t len, last_end;
} span_check;

static int on_span(void *ctx, const vl_ner_span *sp) {
    span_check *c = ctx;
    VL_CHECK(sp->byte_start < sp->byte_end && sp->byte_end <= c->len);
    VL_CHECK(sp->byte_start >= c->last_end);
    VL_CHECK(sp->start < sp->end && sp->end - sp->start <= sp->byte_end - sp->byte_start);
    VL_CHECK((unsigned)sp->type < VL_NER_NTYPES);
    c->last_end = sp->byte_end;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *text = (const char *)data;
    int valid = vl_utf8_check(text, size, NULL);
    static vl_ner_tok toks[VL_NER_MAX_SENT];
    static vl_ner_sent_feats sf;
    uint64_t feats[VL_NER_MAX_FEATS];
    for (int lang = 0; lang < VL_LANG_COUNT; lang++) {
        vl_ner_lexer lx;
        vl_ner_lexer_init(&lx, text, size, (vl_lang)lang);
        size_t n, last = 0;
        while ((n = vl_ner_next_sentence(&lx, toks, VL_NER_MAX_SENT)) > 0) {
            VL_CHECK(n <= VL_NER_MAX_SENT);
            for (size_t i = 0; i < n; i++) {
                VL_CHECK(toks[i].start >= last && toks[i].start < toks[i].end && toks[i].end <= size);
                last = toks[i].end;
                if (valid) {
                    size_t cp = 0;
                    for (size_t b = 0; b < toks[i].start; b++) cp += (data[b] & 0xC0) != 0x80;
                    VL_CHECK(cp == toks[i].cstart);
                    for (size_t b = toks[i].start; b < toks[i].end; b++) cp += (data[b] & 0xC0) != 0x80;
                    VL_CHECK(cp == toks[i].cend);
                }
            }
            vl_ner_sent_prepare(&sf, text, toks, n);
            for (size_t i = 0; i < n; i++) VL_CHECK(vl_ner_token_features(&sf, toks, i, feats) <= VL_NER_MAX_FEATS);
        }
        span_check c = {size, 0};
        vl_error err;
        VL_CHECK(vl_ner_tag(model, text, size, (vl_lang)lang, on_span, &c, &err) == VL_OK);
    }
    return 0;
}
