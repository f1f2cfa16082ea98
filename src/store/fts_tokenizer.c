/*
 * fts_tokenizer.c -- the FTS5 tokenizer "veille": a thin adapter from
 * FTS5's tokenizer interface to vl_analyze (src/text/analyzer.h), so that
 * indexing, querying and snippets all see the same analysis.
 */
#include "store/fts_tokenizer.h"

#include <stdlib.h>

#include "text/analyzer.h"

typedef struct vl_fts_tok {
    vl_analyzer *analyzer;
    vl_fts_hint *hint; /* NULL: identify the language of each text */
} vl_fts_tok;

typedef struct token_sink {
    void *fts_ctx;
    int (*x_token)(void *, int, const char *, int, int, int);
} token_sink;

static int tok_create(void *ctx, const char **args, int nargs, Fts5Tokenizer **out) {
    (void)args;
    if (nargs > 0) return SQLITE_ERROR; /* no options yet: refuse what we would ignore */
    vl_fts_tok *t = calloc(1, sizeof *t);
    if (!t) return SQLITE_NOMEM;
    t->analyzer = vl_analyzer_new();
    if (!t->analyzer) {
        free(t);
        return SQLITE_NOMEM;
    }
    t->hint = ctx;
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *p) {
    vl_fts_tok *t = (vl_fts_tok *)p;
    if (!t) return;
    vl_analyzer_free(t->analyzer);
    free(t);
}

static int forward_token(void *ctx, const vl_token *tok) {
    token_sink *s = ctx;
    return s->x_token(s->fts_ctx, (tok->flags & VL_TOKEN_COLOCATED) ? FTS5_TOKEN_COLOCATED : 0,
                      tok->term, (int)tok->term_len, (int)tok->start, (int)tok->end);
}

static int tok_tokenize(Fts5Tokenizer *p, void *fts_ctx, int flags, const char *text, int len,
                        int (*x_token)(void *, int, const char *, int, int, int)) {
    vl_fts_tok *t = (vl_fts_tok *)p;
    token_sink sink = {fts_ctx, x_token};
    vl_analyze_mode mode;
    vl_lang lang;
    if (len <= 0) return SQLITE_OK;
    if (flags & FTS5_TOKENIZE_QUERY) {
        mode = (flags & FTS5_TOKENIZE_PREFIX) ? VL_ANALYZE_PREFIX : VL_ANALYZE_QUERY;
        lang = t->hint ? (vl_lang)t->hint->query_lang : VL_LANG_UND;
    } else if (flags & FTS5_TOKENIZE_AUX) {
        /* Snippets and highlights need positions and offsets only, and the
         * split never depends on the language: skip stemming. */
        mode = VL_ANALYZE_SURFACE;
        lang = VL_LANG_UND;
    } else {
        mode = VL_ANALYZE_INDEX;
        if (t->hint && t->hint->doc_lang >= 0) lang = (vl_lang)t->hint->doc_lang;
        else lang = vl_lang_identify(text, (size_t)len);
    }
    int rc = vl_analyze(t->analyzer, text, (size_t)len, lang, mode, forward_token, &sink);
    if (rc == VL_ENOMEM) return SQLITE_NOMEM;
    return rc; /* VL_OK == SQLITE_OK, else the SQLite code xToken returned */
}

int vl_fts_register(fts5_api *api, vl_fts_hint *hint) {
    static const fts5_tokenizer methods = {tok_create, tok_delete, tok_tokenize};
    fts5_tokenizer copy = methods;
    return api->xCreateTokenizer(api, VL_FTS_TOKENIZER, hint, &copy, NULL);
}
