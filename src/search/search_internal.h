/*
 * search_internal.h -- what vl_search (search.c) shares with the facet
 * counts (facets.c): the validation of the search options and the SQL of
 * their filters, so that facets count exactly the documents a search finds.
 */
#ifndef VL_SEARCH_INTERNAL_H
#define VL_SEARCH_INTERNAL_H

#include <sqlite3.h>

#include "base/base.h"
#include "veille.h"

/* The mention period, as inclusive ISO dates; open sides get dates before
 * and after any a text can name, so the SQL needs no special case. */
typedef struct mention_range {
    int on;
    char from[11], to[11];
} mention_range;

/* The options with their dispatch-date bounds made days in from / to
 * (vl_timex_filter_bound: "2025-10" counts from the 1st, or up to the
 * 31st), pointed to by *days.  Every public entry reads its options
 * through this, so what lies below sees YYYY-MM-DD or NULL.  VL_EARG with
 * a message for a bound that is no date. */
int vl_search_opts_days(const vl_search_opts *o, vl_search_opts *days, char from[11], char to[11], vl_error *err);

/* Checks the options (dates, language, mention period) and says whether
 * there is a query; VL_EARG with a message when they are wrong or when
 * neither a query nor a filter (dates, language, mentions, entity) is
 * given.  *lang is -1 without --lang. */
int vl_search_prepare(const vl_search_opts *o, int *has_query, int *lang, mention_range *m, vl_error *err);

/* Appends " AND ..." conditions on `docs d` for the filters, and binds their
 * parameters (?1 the FTS5 expression when fts is non-NULL; ?2-?4 and
 * ?10-?11 the filters).  `ents`: the ids of the entities of opts->entity
 * (vl_entity_filter_ids), or NULL. */
void vl_search_append_filters(vl_buf *sql, const vl_search_opts *o, int lang, const mention_range *m,
                              const char *ents);
void vl_search_bind_filters(sqlite3_stmt *st, const vl_buf *fts, const vl_search_opts *o, int lang,
                            const mention_range *m);

/* The title shown for a hit: the stored title, else the body's first
 * sentence (or its first ~120 characters), on one line (search.c). */
void vl_search_display_title(const char *title, const char *text, vl_buf *out);

/* snippet.c: a hit's snippet from the phrase instances of its match (as
 * FTS5's xInst gives them, in its order), the same text as FTS5's
 * snippet(docs_fts, -1, open, close, ellipsis, ntok). */
typedef struct vl_snip_inst {
    int phrase, col, off;
} vl_snip_inst;
typedef struct vl_snippet_in {
    const vl_snip_inst *inst;
    int ninst;
    const int *phrase_size; /* tokens of each phrase (xPhraseSize) */
    int nphrase;
    const char *const *text; /* each column's text (NULL for SQL NULL) */
    const size_t *len;
    int ncol;
    const char *open, *close, *ellipsis;
    int ntok;
} vl_snippet_in;
/* Scratch kept between snippets (a connection's): reused, never shrunk. */
struct vl_analyzer;
typedef struct vl_snippet_scratch {
    struct vl_analyzer *an;
    int *start, *end, *first; /* each position's byte span; sentence starts */
    size_t ntok, nfirst, cap_tok, cap_end, cap_first, cap_seen;
    unsigned char *seen;
} vl_snippet_scratch;
/* Writes the snippet into out (reset first, NUL-terminated); VL_OK or VL_ENOMEM. */
int vl_snippet_make(vl_snippet_scratch *sc, const vl_snippet_in *in, vl_buf *out);
void vl_snippet_scratch_free(vl_snippet_scratch *sc);

/* The facets of per-day and per-language counts (indexes of the cache c):
 * days oldest first, languages most documents first, the total. */
struct vl_facet_cache;
int vl_facets_from_counts(const struct vl_facet_cache *c, const int64_t *per_day, const int64_t *per_lang,
                          vl_facets *out, vl_error *err);

/* The facet cache of a store (facets.c): every document's day and
 * language by rowid, and, built on first use by pass.c, its length in
 * tokens and its entities.  Per connection, rebuilt when the database
 * changed; NULL when the database does not suit it. */
#define MAX_CACHED_LANGS 16
#define NO_DOC UINT32_MAX
struct vl_search_pass;
#define VL_ENT_TIERS 3

struct vl_facet_cache {
    int64_t data_version, total_changes; /* what the cache was built from */
    uint32_t *doc;                       /* by rowid: day index << 4 | lang index, or NO_DOC */
    int64_t nrows;                       /* rowids 0 .. nrows-1 */
    char (*days)[11];                    /* the distinct dates, sorted */
    size_t ndays;
    char langs[MAX_CACHED_LANGS][16];
    int nlangs;
    int aux_registered;                  /* pass.c's FTS5 function exists on the connection */
    int weights_state;                   /* pass.c: 1 weights read, -1 rank is not bm25 */
    double weights[2];                   /* the bm25 weights of the title and the text */
    /* pass.c: lengths (tokens of all columns) by rowid; 0: not built, -1: cannot be */
    int lens_state;
    uint32_t *lens;
    /* pass.c: the entities of each document, ent_id/ent_m[ent_off[r] ..
     * ent_off[r+1]), numbered by rank: the entities ordered by their
     * mentions in the whole store, most first (ent_of_rank gives the
     * entity's id, rank_m its mentions), each document's in rank order.
     * tier[t] is the rank before which t + 1 quarters of all
     * document-entity pairs lie (count_entities says why). */
    int ents_state;
    uint32_t *ent_off, *ent_id, *ent_m;
    uint32_t *ent_of_rank, *rank_m;
    uint32_t tier[VL_ENT_TIERS];
    int64_t nents;                       /* entity ranks 0 .. nents-1 */
    uint32_t *cnt_m, *cnt_n, *touched;   /* counting scratch, by rank */
    uint32_t *matched;                   /* pass.c: the rowids a pass counts entities of */
    uint32_t *matched_pos;               /* count_entities: where each one's counting stopped */
    size_t matched_cap;
    /* pass.c: its prepared statements, kept for the connection's life */
    sqlite3_stmt *st_pass, *st_row, *st_snip, *st_ent, *st_snips;
    const int64_t *page; /* pass.c: the rowids of the page being emitted, sorted */
    size_t npage;
    struct vl_search_pass *pass;         /* the pass running, read by the FTS5 function */
    sqlite3_stmt *st_full;               /* pass.c: a hit's row with its whole text */
    vl_snippet_scratch snip;             /* pass.c: snippet.c's scratch */
};
struct vl_facet_cache *vl_facet_cache_get(vl_store *s);
/* The first day index whose date is >= d (upper 0) or > d (upper 1). */
size_t vl_facet_day_bound(const struct vl_facet_cache *c, const char *d, int upper);
/* Frees what pass.c added to a cache (not the cache itself). */
void vl_search_cache_release(struct vl_facet_cache *c);

/* vl_search's page and total by the one pass of vl_search_all, when the
 * store already holds the pass's arrays (warm) and the query suits it;
 * 1 when not (the caller runs its SQL statements), else a status. */
int vl_search_page_pass(vl_store *s, const vl_search_opts *o, int (*on_hit)(void *, const vl_hit *), void *ctx,
                        int64_t *total, vl_error *err);

/* The search of the HTTP API in one call: the page of hits (on_hit), the
 * facets (days, languages, total) and the `ent_limit` entities most
 * mentioned in the matches (on_entity), as vl_search, vl_search_facets
 * and vl_search_entity_facets give them.  With a query and no mention or
 * entity filter, one pass over the match does all three (pass.c); else
 * the three calls run. */
int vl_search_all(vl_store *s, const vl_search_opts *o, int (*on_hit)(void *, const vl_hit *), void *hit_ctx,
                  vl_facets *facets, int ent_limit, int (*on_entity)(void *, const vl_entity *), void *ent_ctx,
                  vl_error *err);

#endif
