/*
 * fts_tokenizer.c -- the FTS5 tokenizer "veille": a thin adapter from
 * FTS5's tokenizer interface to vl_analyze (src/text/analyzer.h), so that
 * indexing, querying and snippets all see the same analysis.
 */
#include "store/fts_tokenizer.h"

#include <stdlib.h>
#include <string.h>

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

/* A query word's terms, held until the word is complete, then handed to
 * FTS5 without those the index does not hold (at least one is kept: a
 * word none of whose terms is indexed matches nothing either way). */
#define PRUNE_TERMS 8
#define PRUNE_BYTES 1024
typedef struct prune_sink {
    token_sink out;
    const vl_fts_hint *hint;
    int n, start, end;
    int through; /* this word's terms go through unpruned (too many to hold) */
    size_t used;
    int off[PRUNE_TERMS], len[PRUNE_TERMS];
    char bytes[PRUNE_BYTES];
} prune_sink;

static int prune_flush(prune_sink *p) {
    int keep[PRUNE_TERMS], nkeep = 0, rc = 0;
    for (int i = 0; i < p->n; i++)
        if (i == 0 || p->hint->term_known(p->hint->term_ctx, p->bytes + p->off[i], p->len[i]) != 0) keep[nkeep++] = i;
    /* The first term is kept when the others are known; dropped when it
     * is not indexed and another is. */
    if (nkeep > 1 && p->hint->term_known(p->hint->term_ctx, p->bytes + p->off[0], p->len[0]) == 0) {
        for (int i = 1; i < nkeep; i++) keep[i - 1] = keep[i];
        nkeep--;
    }
    for (int i = 0; i < nkeep && !rc; i++)
        rc = p->out.x_token(p->out.fts_ctx, i ? FTS5_TOKEN_COLOCATED : 0, p->bytes + p->off[keep[i]], p->len[keep[i]],
                            p->start, p->end);
    p->n = 0;
    p->used = 0;
    return rc;
}

static int prune_token(void *ctx, const vl_token *tok) {
    prune_sink *p = ctx;
    int rc = 0;
    if (!(tok->flags & VL_TOKEN_COLOCATED)) {
        if (p->n) rc = prune_flush(p);
        p->through = 0;
    }
    if (rc) return rc;
    if (!p->through && (p->n == PRUNE_TERMS || p->used + tok->term_len > PRUNE_BYTES)) {
        /* Too many or too long to hold: what is held goes out, and the
         * rest of the word's terms go through as they come. */
        if (p->n && (rc = prune_flush(p))) return rc;
        p->through = 1;
    }
    if (p->through) return forward_token(&p->out, tok);
    if (!p->n) {
        p->start = (int)tok->start;
        p->end = (int)tok->end;
    }
    memcpy(p->bytes + p->used, tok->term, tok->term_len);
    p->off[p->n] = (int)p->used;
    p->len[p->n++] = (int)tok->term_len;
    p->used += tok->term_len;
    return 0;
}

typedef struct collect_ctx {
    vl_fts_tokens *out;
    int nomem;
} collect_ctx;

static int collect_token(void *ctx, const vl_token *tok) {
    collect_ctx *c = ctx;
    vl_fts_tokens *o = c->out;
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        vl_fts_token *v = realloc(o->v, cap * sizeof *v);
        if (!v) return c->nomem = 1;
        o->v = v;
        o->cap = cap;
    }
    if (o->terms_len + tok->term_len > o->terms_cap) {
        size_t cap = o->terms_cap ? o->terms_cap : 2048;
        while (cap < o->terms_len + tok->term_len) cap *= 2;
        char *t = realloc(o->terms, cap);
        if (!t) return c->nomem = 1;
        o->terms = t;
        o->terms_cap = cap;
    }
    memcpy(o->terms + o->terms_len, tok->term, tok->term_len);
    o->v[o->n++] = (vl_fts_token){(unsigned)o->terms_len, (unsigned)tok->term_len, (int)tok->start,
                                  (int)tok->end, (tok->flags & VL_TOKEN_COLOCATED) != 0};
    o->terms_len += tok->term_len;
    return 0;
}

int vl_fts_tokens_compute(struct vl_analyzer *an, const char *text, size_t len, int lang, vl_fts_tokens *out) {
    out->text = text;
    out->len = len;
    out->n = 0;
    out->terms_len = 0;
    if (!text || len == 0) return VL_OK;
    collect_ctx c = {out, 0};
    int rc = vl_analyze(an, text, len, (vl_lang)lang, VL_ANALYZE_INDEX, collect_token, &c);
    return c.nomem ? VL_ENOMEM : rc;
}

void vl_fts_tokens_free(vl_fts_tokens *t) {
    if (!t) return;
    free(t->terms);
    free(t->v);
    memset(t, 0, sizeof *t);
}

/* The precomputed tokens of `text`, if the store set them. */
static const vl_fts_tokens *replay_for(const vl_fts_hint *h, const char *text, int len) {
    for (int i = 0; i < h->nreplay; i++) {
        const vl_fts_tokens *r = &h->replay[i];
        if (r->text && r->len == (size_t)len && memcmp(r->text, text, (size_t)len) == 0) return r;
    }
    return NULL;
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
        /* Snippets and highlights need positions and offsets only (FTS5's
         * snippet() and highlight() never read the term), and the split
         * never depends on the language: the split alone. */
        mode = VL_ANALYZE_SPANS;
        lang = VL_LANG_UND;
    } else {
        mode = VL_ANALYZE_INDEX;
        const vl_fts_tokens *r = t->hint && t->hint->replay ? replay_for(t->hint, text, len) : NULL;
        if (r) {
            for (size_t i = 0; i < r->n; i++) {
                const vl_fts_token *k = &r->v[i];
                int rc = x_token(fts_ctx, k->colocated ? FTS5_TOKEN_COLOCATED : 0, r->terms + k->term_off,
                                 (int)k->term_len, k->start, k->end);
                if (rc) return rc;
            }
            return SQLITE_OK;
        }
        if (t->hint && t->hint->doc_lang >= 0) lang = (vl_lang)t->hint->doc_lang;
        else lang = vl_lang_identify(text, (size_t)len);
    }
    int rc;
    if (mode == VL_ANALYZE_QUERY && t->hint && t->hint->term_known) {
        prune_sink ps;
        ps.out = sink;
        ps.hint = t->hint;
        ps.n = 0;
        ps.used = 0;
        ps.through = 0;
        rc = vl_analyze(t->analyzer, text, (size_t)len, lang, mode, prune_token, &ps);
        if (rc == VL_OK && ps.n) rc = prune_flush(&ps);
    } else {
        rc = vl_analyze(t->analyzer, text, (size_t)len, lang, mode, forward_token, &sink);
    }
    if (rc == VL_ENOMEM) return SQLITE_NOMEM;
    return rc; /* VL_OK == SQLITE_OK, else the SQLite code xToken returned */
}

int vl_fts_register(fts5_api *api, vl_fts_hint *hint) {
    static const fts5_tokenizer methods = {tok_create, tok_delete, tok_tokenize};
    fts5_tokenizer copy = methods;
    return api->xCreateTokenizer(api, VL_FTS_TOKENIZER, hint, &copy, NULL);
}
