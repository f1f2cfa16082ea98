/*
 * fts_tokenizer.h -- veille's analyser registered as the FTS5 tokenizer
 * "veille".
 *
 * FTS5 hands a tokenizer only the text, never the row it belongs to, yet
 * stemming depends on the document's language.  The store therefore owns a
 * vl_fts_hint, registered as the tokenizer's context, and sets `doc_lang`
 * before it inserts or deletes a row; it sets `query_lang` before a search
 * restricted to one language.  Where nobody sets a hint (the loadable
 * extension in the sqlite3 shell), the tokenizer identifies each text's
 * language itself.
 *
 * This file calls no sqlite3_* function: the caller finds the fts5_api
 * (vl_fts_api_from_db below, compiled against whichever SQLite API the
 * caller uses: the library's or the extension loader's).
 */
#ifndef VL_STORE_FTS_TOKENIZER_H
#define VL_STORE_FTS_TOKENIZER_H

#include "veille.h"

#ifdef VL_SQLITE_EXTENSION
#include <sqlite3ext.h>
#else
#include <sqlite3.h>
#endif

/* A text's index tokens, computed ahead of the insert (by an ingest
 * worker thread, src/ingest/pipeline.c) with the analyser the tokenizer
 * would use, so that the single writer thread only replays them.  Terms
 * live in one buffer; each token points into it by offset. */
typedef struct vl_fts_token {
    unsigned term_off, term_len; /* into `terms` */
    int start, end;              /* byte offsets in the text */
    int colocated;
} vl_fts_token;

typedef struct vl_fts_tokens {
    const char *text; /* the text the tokens belong to (borrowed) */
    size_t len;
    char *terms;
    size_t terms_len, terms_cap;
    vl_fts_token *v;
    size_t n, cap;
} vl_fts_tokens;

typedef struct vl_fts_hint {
    int doc_lang;   /* vl_lang of the row being written; -1: identify */
    int query_lang; /* vl_lang to stem queries in; VL_LANG_UND: every one */
    /* Set only around an insert: texts whose tokens were computed ahead.
     * The tokenizer replays the entry whose text is byte for byte the one
     * FTS5 hands it, and analyses any other text itself. */
    const vl_fts_tokens *replay;
    int nreplay;
    /* Set only around a search (src/search/bm25.c): whether the index holds
     * a term (1), not (0), or cannot say (-1).  A query word's colocated
     * terms that the index does not hold are left out of the expression:
     * they match nothing, yet a word of several terms costs FTS5 a merge
     * of their lists at every match. */
    int (*term_known)(void *ctx, const char *term, int len);
    void *term_ctx;
} vl_fts_hint;

#define VL_FTS_TOKENIZER "veille"

/* Registers the tokenizer with FTS5; `hint` may be NULL and must outlive
 * the connection otherwise.  Returns an SQLite status. */
int vl_fts_register(fts5_api *api, vl_fts_hint *hint);

/* Fills `out` (reset first; its buffers reused) with the tokens the
 * tokenizer would give `text` when indexing a row in language `lang` (a
 * vl_lang).  `an` is a vl_analyzer (src/text/analyzer.h).  Returns VL_OK
 * or VL_ENOMEM. */
struct vl_analyzer;
int vl_fts_tokens_compute(struct vl_analyzer *an, const char *text, size_t len, int lang,
                          vl_fts_tokens *out);
void vl_fts_tokens_free(vl_fts_tokens *t);

/* The connection's fts5_api, or NULL when FTS5 is missing.  Inline so that
 * each caller binds to its own view of the SQLite API. */
static inline fts5_api *vl_fts_api_from_db(sqlite3 *db) {
    fts5_api *api = NULL;
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

#endif
