/*
 * fuzz_analyzer.c -- libFuzzer target for the analyser and the language
 * identifier: arbitrary bytes (invalid UTF-8, NULs, huge words) through every
 * mode and language of vl_analyze, checking the invariants the FTS5
 * tokenizer relies on: offsets inside the input, start < end, non-empty
 * terms, colocated tokens sharing their primary's span, spans in order, and
 * the same spans in every language and mode.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "text/analyzer.h"
#include "veille.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct check {
    size_t len;
    size_t last_start, last_end;
    int have_primary;
    vl_buf spans; /* start/end pairs of primary tokens, as raw size_t */
} check;

static int on_token(void *ctx, const vl_token *t) {
    check *c = ctx;
    if (!t->term || t->term_len == 0) abort();
    if (t->start >= t->end || t->end > c->len) abort();
    if (t->flags & VL_TOKEN_COLOCATED) {
        if (!c->have_primary || t->start != c->last_start || t->end != c->last_end) abort();
        return 0;
    }
    if (c->have_primary && t->start < c->last_end) abort(); /* in order, no overlap */
    /* Touch every byte of the term so that ASan sees a bad pointer. */
    volatile unsigned char sink = 0;
    for (size_t i = 0; i < t->term_len; i++) sink ^= (unsigned char)t->term[i];
    (void)sink;
    c->have_primary = 1;
    c->last_start = t->start;
    c->last_end = t->end;
    size_t pair[2] = {t->start, t->end};
    if (vl_buf_append(&c->spans, pair, sizeof pair)) abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* One analyser for the whole run, as the tokenizer keeps one: the cache
     * and scratch buffers carry state from input to input. */
    static vl_analyzer *an;
    if (!an && !(an = vl_analyzer_new())) abort();
    /* Copy so that reads past the end are caught exactly. */
    char *text = malloc(size ? size : 1);
    if (!text) abort();
    if (size) memcpy(text, data, size);

    vl_lang l = vl_lang_identify(text, size);
    if (l != VL_LANG_UND && l != VL_LANG_FR && l != VL_LANG_EN) abort();

    vl_buf ref;
    vl_buf_init(&ref);
    int first = 1;
    for (int lang = 0; lang < VL_LANG_COUNT; lang++) {
        for (int mode = VL_ANALYZE_INDEX; mode <= VL_ANALYZE_SURFACE; mode++) {
            check c = {size, 0, 0, 0, {NULL, 0, 0}};
            if (vl_analyze(an, text, size, (vl_lang)lang, (vl_analyze_mode)mode, on_token, &c) != VL_OK)
                abort();
            if (first) {
                ref = c.spans;
                first = 0;
            } else {
                if (c.spans.len != ref.len || (ref.len && memcmp(c.spans.data, ref.data, ref.len)))
                    abort(); /* positions must not depend on language or mode */
                vl_buf_free(&c.spans);
            }
        }
    }
    vl_buf_free(&ref);

    vl_buf f;
    vl_buf_init(&f);
    if (vl_text_fold(text, size, &f) != VL_OK) abort();
    vl_buf_free(&f);
    free(text);
    return 0;
}
