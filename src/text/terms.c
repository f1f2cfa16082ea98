/*
 * terms.c -- vl_text_terms (veille.h): the public view of what the index
 * holds for a text, for `veille analyze` and tests.  It runs the very
 * analyser the FTS5 tokenizer runs, in INDEX mode, so that what it shows is
 * what search sees.
 */
#include "base/base.h"
#include "text/analyzer.h"

typedef struct terms_ctx {
    int (*on_term)(void *ctx, const char *term, size_t term_len, size_t start, size_t end);
    void *ctx;
} terms_ctx;

static int forward_term(void *ctx, const vl_token *tok) {
    terms_ctx *t = ctx;
    return t->on_term(t->ctx, tok->term, tok->term_len, tok->start, tok->end);
}

int vl_text_terms(const char *text, size_t len, vl_lang lang,
                  int (*on_term)(void *ctx, const char *term, size_t term_len,
                                 size_t start, size_t end),
                  void *ctx, vl_error *err) {
    if (!on_term || (!text && len))
        return vl_error_set(err, VL_EARG, NULL, 0, "vl_text_terms: no text or no callback");
    if ((int)lang < 0 || lang >= VL_LANG_COUNT)
        return vl_error_set(err, VL_EARG, NULL, 0, "vl_text_terms: unknown language %d", (int)lang);
    vl_analyzer *a = vl_analyzer_new();
    if (!a) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    terms_ctx t = {on_term, ctx};
    int rc = vl_analyze(a, text, len, lang, VL_ANALYZE_INDEX, forward_term, &t);
    vl_analyzer_free(a);
    if (rc == VL_ENOMEM) return vl_error_set(err, rc, NULL, 0, "out of memory");
    return rc; /* VL_OK, or the callback's non-zero value that stopped it */
}
