/*
 * pass.c -- vl_search_all: the search of GET /api/search (a page of
 * ranked hits, the total, the day and language facets and the top
 * entities) in one pass over the documents a query matches.
 *
 * Run as three SQL statements (search.c, facets.c), the query is
 * evaluated three times, and the costs are elsewhere than in matching:
 * FTS5's bm25() looks up every match's length in the docsize table (a
 * b-tree seek per match) and its ORDER BY rank sorts every match; the
 * entity facet joins every match to entity_docs (a seek per match).  Here
 * one statement walks the match once; an FTS5 auxiliary function of ours
 * (vl_pass_bm25) scores each document with FTS5's own BM25 formula and
 * weights (read from the table's 'rank' option), the document lengths
 * read from an in-memory array; the C loop keeps the best offset+limit in
 * a heap and counts days, languages and entities from per-rowid arrays
 * kept with the facet cache (facets.c): lengths from docs_fts_docsize,
 * entities from entity_docs, built on first use and rebuilt when the
 * database changes.  Snippets and rows are read for the page only.  The
 * statements are prepared once per connection.
 *
 * The scores equal FTS5's bm25 (the same formula in the same order of
 * floating-point operations); equal scores are ordered by rowid.  Mention
 * and entity filters, and databases the arrays cannot describe, take the
 * three statements instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "search/bm25.h"
#include "search/search_internal.h"
#include "store/store.h"

#define AUX_NAME "vl_pass_bm25"

typedef struct top_hit {
    double score; /* higher is better */
    int64_t rowid;
    int slot; /* its phrase instances in the pass's slots (snippet.c) */
} top_hit;

/* The pass keeps the phrase instances of the documents in its top k, for
 * their snippets (snippet.c), when the page is at most SNIP_MAX_K deep and
 * a document has at most SNIP_MAX_INST instances; other hits get theirs
 * from FTS5's snippet() (emit_hits). */
#define SNIP_MAX_K 64
#define SNIP_MAX_INST 128

struct vl_search_pass {
    const struct vl_facet_cache *c;
    size_t day_lo, day_hi;
    int want_lang; /* -1 any, -2 none stored, else a lang index */
    double weights[2];
    int ready, nphrase;
    double avgdl;
    double *idf, *freq;
    vl_bm25_query counts; /* the phrases' document counts (bm25.c) */
    /* Snippets: the current row's instances (ncur -1: too many), and the
     * k slots of the top k's (slot_n -1: too many). */
    int capture, ncur;
    top_hit *heap; /* the best k so far, the worst at the root */
    size_t *nheap;
    size_t k;
    int *phrase_size;
    vl_snip_inst cur[SNIP_MAX_INST];
    vl_snip_inst *slots;
    int *slot_n;
    /* What the loop counts (take_row), whichever way the rows come. */
    int64_t *per_day, *per_lang, nseen;
    size_t nmatched;
    int counting_ents, oom;
    /* One phrase: the rows come from xQueryPhrase within the first call
     * of the function (walk_phrase), not from the statement. */
    int walk, walked;
    vl_store *store;
};

void vl_search_cache_release(struct vl_facet_cache *c) {
    sqlite3_finalize(c->st_pass);
    sqlite3_finalize(c->st_row);
    sqlite3_finalize(c->st_snip);
    sqlite3_finalize(c->st_snips);
    sqlite3_finalize(c->st_ent);
    sqlite3_finalize(c->st_full);
    vl_snippet_scratch_free(&c->snip);
    free(c->lens);
    free(c->ent_off);
    free(c->ent_id);
    free(c->ent_m);
    free(c->cnt_m);
    free(c->cnt_n);
    free(c->touched);
    free(c->ent_of_rank);
    free(c->rank_m);
    free(c->matched);
    free(c->matched_pos);
}

/* ---------------------------------------------------------------- arrays */

/* A varint of SQLite's record format (FTS5 writes the docsize blobs so). */
static int get_varint(const unsigned char *p, int n, uint64_t *v) {
    uint64_t x = 0;
    for (int i = 0; i < n && i < 9; i++) {
        if (i == 8) {
            *v = x << 8 | p[i];
            return 9;
        }
        x = x << 7 | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *v = x;
            return i + 1;
        }
    }
    return 0;
}

/* Every document's length in tokens (all columns), from docs_fts_docsize. */
static int build_lens(vl_store *s, struct vl_facet_cache *c) {
    sqlite3_stmt *st = NULL;
    int step = SQLITE_ERROR;
    c->lens = calloc((size_t)c->nrows, sizeof *c->lens);
    if (!c->lens || sqlite3_prepare_v2(s->db, "SELECT id, sz FROM docs_fts_docsize", -1, &st, NULL) != SQLITE_OK)
        goto fail;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t r = sqlite3_column_int64(st, 0);
        const unsigned char *b = sqlite3_column_blob(st, 1);
        int n = sqlite3_column_bytes(st, 1), off = 0;
        uint64_t sum = 0, v;
        if (r < 0 || r >= c->nrows) continue; /* not in docs: never a hit */
        while (off < n) {
            int k = get_varint(b + off, n - off, &v);
            if (!k) goto fail;
            sum += v;
            off += k;
        }
        if (sum > UINT32_MAX) goto fail;
        c->lens[r] = (uint32_t)sum;
    }
    if (step != SQLITE_DONE) goto fail;
    sqlite3_finalize(st);
    c->lens_state = 1;
    return 0;
fail:
    sqlite3_finalize(st);
    free(c->lens);
    c->lens = NULL;
    /* Stopped (a time limit): tried again next time; else never. */
    c->lens_state = step == SQLITE_INTERRUPT ? 0 : -1;
    return -1;
}

typedef struct ent_total {
    uint64_t m;  /* mentions in the whole store */
    uint32_t id; /* the entity */
} ent_total;

static int by_mentions(const void *a, const void *b) {
    const ent_total *x = a, *y = b;
    if (x->m != y->m) return x->m > y->m ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* The ranks of the entities: by mentions in the whole store, most first
 * (then by id), into c->ent_of_rank and c->rank_m; rank_of[e] the rank of
 * entity e.  `gm` holds each entity's mentions. */
static int rank_entities(struct vl_facet_cache *c, const uint64_t *gm, uint32_t *rank_of) {
    size_t n = (size_t)c->nents;
    ent_total *t = malloc((n ? n : 1) * sizeof *t);
    c->ent_of_rank = malloc((n ? n : 1) * sizeof *c->ent_of_rank);
    c->rank_m = malloc((n ? n : 1) * sizeof *c->rank_m);
    if (!t || !c->ent_of_rank || !c->rank_m) {
        free(t);
        return -1;
    }
    for (size_t e = 0; e < n; e++) t[e] = (ent_total){gm[e], (uint32_t)e};
    qsort(t, n, sizeof *t, by_mentions);
    for (size_t k = 0; k < n; k++) {
        rank_of[t[k].id] = (uint32_t)k;
        c->ent_of_rank[k] = t[k].id;
        c->rank_m[k] = t[k].m > UINT32_MAX ? UINT32_MAX : (uint32_t)t[k].m;
    }
    free(t);
    return 0;
}

/* The entities of every document by rowid (a counting sort of entity_docs
 * by rank, then by document), and the counters of the entity facet. */
static int build_ents(vl_store *s, struct vl_facet_cache *c) {
    sqlite3_stmt *st = NULL;
    uint32_t *tdoc = NULL, *tent = NULL, *tm = NULL, *rank_of = NULL, *by_rank = NULL;
    uint64_t *gm = NULL;
    int64_t n = 0, max_ent = 0;
    int step = SQLITE_ERROR;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*), coalesce(max(entity), 0) FROM entity_docs", -1, &st, NULL) !=
            SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW)
        goto fail;
    n = sqlite3_column_int64(st, 0);
    max_ent = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    st = NULL;
    if (n < 0 || n >= UINT32_MAX || max_ent < 0 || max_ent >= UINT32_MAX) goto fail;
    c->nents = max_ent + 1;
    size_t cap = n ? (size_t)n : 1, ne = (size_t)c->nents;
    tdoc = malloc(cap * sizeof *tdoc);
    tent = malloc(cap * sizeof *tent);
    tm = malloc(cap * sizeof *tm);
    gm = calloc(ne, sizeof *gm);
    rank_of = malloc(ne * sizeof *rank_of);
    by_rank = calloc(ne + 1, sizeof *by_rank);
    c->ent_off = calloc((size_t)c->nrows + 1, sizeof *c->ent_off);
    c->ent_id = malloc(cap * sizeof *c->ent_id);
    c->ent_m = malloc(cap * sizeof *c->ent_m);
    c->cnt_m = calloc(ne, sizeof *c->cnt_m);
    c->cnt_n = calloc(ne, sizeof *c->cnt_n);
    c->touched = malloc(ne * sizeof *c->touched);
    if (!tdoc || !tent || !tm || !gm || !rank_of || !by_rank || !c->ent_off || !c->ent_id || !c->ent_m ||
        !c->cnt_m || !c->cnt_n || !c->touched)
        goto fail;
    if (sqlite3_prepare_v2(s->db, "SELECT doc, entity, mentions FROM entity_docs", -1, &st, NULL) != SQLITE_OK)
        goto fail;
    int64_t k = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t d = sqlite3_column_int64(st, 0), e = sqlite3_column_int64(st, 1), m = sqlite3_column_int64(st, 2);
        if (d < 0 || d >= c->nrows || e < 0 || e >= c->nents) continue; /* no such document: never a hit */
        if (k == n) goto fail; /* written meanwhile: rebuilt at the next change */
        tdoc[k] = (uint32_t)d;
        tent[k] = (uint32_t)e;
        tm[k] = m < 0 ? 0 : m > UINT32_MAX ? UINT32_MAX : (uint32_t)m;
        gm[e] += tm[k];
        c->ent_off[d + 1]++;
        k++;
    }
    if (step != SQLITE_DONE) goto fail;
    sqlite3_finalize(st);
    st = NULL;
    if (rank_entities(c, gm, rank_of)) goto fail;
    /* The pairs in rank order (a counting sort; by_rank[x] the first
     * place of rank x), and the tiers: the ranks before which half and
     * three quarters of the pairs lie. */
    for (int64_t i = 0; i < k; i++) by_rank[rank_of[tent[i]] + 1]++;
    for (int t = 0; t < VL_ENT_TIERS; t++) c->tier[t] = (uint32_t)ne;
    for (size_t x = 0; x < ne; x++) {
        by_rank[x + 1] += by_rank[x];
        for (int t = 0; t < VL_ENT_TIERS; t++) /* tier t ends where (t + 1) quarters of the pairs are */
            if (c->tier[t] == ne && 4 * (int64_t)by_rank[x + 1] >= (t + 1) * k) c->tier[t] = (uint32_t)(x + 1);
    }
    uint32_t *order = malloc((size_t)(k ? k : 1) * sizeof *order);
    if (!order) goto fail;
    for (int64_t i = 0; i < k; i++) order[by_rank[rank_of[tent[i]]]++] = (uint32_t)i;
    for (int64_t r = 0; r < c->nrows; r++) c->ent_off[r + 1] += c->ent_off[r];
    /* Each document's slice filled from its start in rank order, then the
     * starts restored. */
    for (int64_t j = 0; j < k; j++) {
        uint32_t i = order[j], at = c->ent_off[tdoc[i]]++;
        c->ent_id[at] = rank_of[tent[i]];
        c->ent_m[at] = tm[i];
    }
    free(order);
    for (int64_t r = c->nrows; r > 0; r--) c->ent_off[r] = c->ent_off[r - 1];
    c->ent_off[0] = 0;
    free(tdoc);
    free(tent);
    free(tm);
    free(gm);
    free(rank_of);
    free(by_rank);
    c->ents_state = 1;
    return 0;
fail:
    sqlite3_finalize(st);
    free(tdoc);
    free(tent);
    free(tm);
    free(gm);
    free(rank_of);
    free(by_rank);
    free(c->ent_off);
    free(c->ent_id);
    free(c->ent_m);
    free(c->cnt_m);
    free(c->cnt_n);
    free(c->touched);
    free(c->ent_of_rank);
    free(c->rank_m);
    c->ent_off = c->ent_id = c->ent_m = c->cnt_m = c->cnt_n = c->touched = c->ent_of_rank = c->rank_m = NULL;
    c->ents_state = step == SQLITE_INTERRUPT ? 0 : -1;
    return -1;
}

/* -------------------------------------------------------------- scoring */

/* What vl_bm25 computes once per query (bm25.c): the phrases' IDF and
 * the average length. */
static int pass_setup(struct vl_search_pass *p, const Fts5ExtensionApi *api, Fts5Context *fts) {
    p->nphrase = api->xPhraseCount(fts);
    p->idf = calloc((size_t)p->nphrase + 1, sizeof *p->idf);
    p->freq = calloc((size_t)p->nphrase + 1, sizeof *p->freq);
    p->phrase_size = calloc((size_t)p->nphrase + 1, sizeof *p->phrase_size);
    if (!p->idf || !p->freq || !p->phrase_size) return SQLITE_NOMEM;
    for (int i = 0; i < p->nphrase; i++) p->phrase_size[i] = api->xPhraseSize(fts, i);
    int rc = vl_bm25_setup(api, fts, &p->counts, p->idf, &p->avgdl);
    if (rc == SQLITE_OK) p->ready = 1;
    return rc;
}

/* b ranks before a: higher score, then lower rowid. */
static int better(const top_hit *a, const top_hit *b) {
    return a->score > b->score || (a->score == b->score && a->rowid < b->rowid);
}

/* A heap of the k best with the worst at the root. */
static void heap_sift(top_hit *h, size_t n, size_t i) {
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, w = i;
        if (l < n && better(&h[w], &h[l])) w = l;
        if (r < n && better(&h[w], &h[r])) w = r;
        if (w == i) return;
        top_hit t = h[i];
        h[i] = h[w];
        h[w] = t;
        i = w;
    }
}

/* Offers x to the heap; the slot it took (a new one, or the one of the
 * hit it pushed out), or -1 when it did not enter. */
static int heap_offer(top_hit *h, size_t *n, size_t k, top_hit x) {
    if (*n < k) {
        size_t i = (*n)++;
        x.slot = (int)i;
        h[i] = x;
        while (i > 0) {
            size_t up = (i - 1) / 2;
            if (!better(&h[up], &h[i])) break;
            top_hit t = h[i];
            h[i] = h[up];
            h[up] = t;
            i = up;
        }
        return x.slot;
    } else if (k && better(&x, &h[0])) {
        x.slot = h[0].slot;
        h[0] = x;
        heap_sift(h, *n, 0);
        return x.slot;
    }
    return -1;
}

/* Whether row r passes the date and language filters. */
static int row_wanted(const struct vl_search_pass *p, const struct vl_facet_cache *c, int64_t r) {
    uint32_t v = r >= 0 && r < c->nrows ? c->doc[r] : NO_DOC;
    size_t day = v >> 4;
    int l = (int)(v & 15);
    return v != NO_DOC && day >= p->day_lo && day < p->day_hi && (p->want_lang == -1 || l == p->want_lang);
}

/* The current row's score (FTS5's bm25, positive: higher is better), and
 * its instances in p->cur when it would enter the top k as the heap is
 * now (p->ncur -1 when not kept).  Each phrase's frequency is read from
 * its own position list (xPhraseFirst): FTS5's xInstCount would first
 * merge all phrases' instances into one sorted array, which only the
 * snippet of a row entering the top k needs.  The weights are small
 * integers' sums, so the order of addition does not change the score. */
static int score_row(struct vl_search_pass *p, const Fts5ExtensionApi *api, Fts5Context *fts, int64_t r,
                     double *score) {
    const struct vl_facet_cache *c = p->c;
    int rc = SQLITE_OK;
    for (int i = 0; i < p->nphrase && rc == SQLITE_OK; i++) {
        Fts5PhraseIter it;
        int ic, io;
        double f = 0;
        rc = api->xPhraseFirst(fts, i, &it, &ic, &io);
        for (; rc == SQLITE_OK && ic >= 0; api->xPhraseNext(fts, &it, &ic, &io)) f += ic < 2 ? p->weights[ic] : 1.0;
        p->freq[i] = f;
    }
    if (rc != SQLITE_OK) return rc;
    *score = vl_bm25_score(p->idf, p->freq, p->nphrase, (double)c->lens[r], p->avgdl);
    /* The instances of a row that will enter the top k, for its
     * snippet (in xInst's order: by column, then offset). */
    top_hit x = {*score, r, -1};
    p->ncur = -1;
    int ninst = 0;
    if (p->capture && (*p->nheap < p->k || better(&x, &p->heap[0])) &&
        (rc = api->xInstCount(fts, &ninst)) == SQLITE_OK && ninst <= SNIP_MAX_INST) {
        p->ncur = 0;
        for (int i = 0; rc == SQLITE_OK && p->ncur >= 0 && i < ninst; i++) {
            int ip, ic, io;
            rc = api->xInst(fts, i, &ip, &ic, &io);
            if (rc == SQLITE_OK && ip >= 0 && ip < p->nphrase && ic >= 0 && ic < 2)
                p->cur[p->ncur++] = (vl_snip_inst){ip, ic, io};
            else p->ncur = -1;
        }
    }
    return rc;
}

/* Counts a matching row that passed the filters: its day and language,
 * its rowid for the entity facet, and its place in the top k.  0, or -1
 * out of memory. */
static int take_row(struct vl_search_pass *p, int64_t r, double score) {
    struct vl_facet_cache *c = (struct vl_facet_cache *)p->c;
    uint32_t v = c->doc[r]; /* row_wanted checked r */
    p->per_day[v >> 4]++;
    p->per_lang[v & 15]++;
    if (p->counting_ents) {
        if (p->nmatched == c->matched_cap) {
            size_t cap = c->matched_cap ? 2 * c->matched_cap : 4096;
            uint32_t *m = realloc(c->matched, cap * sizeof *m);
            if (m) c->matched = m;
            uint32_t *pos = m ? realloc(c->matched_pos, cap * sizeof *pos) : NULL;
            if (!pos) return p->oom = -1;
            c->matched_pos = pos;
            c->matched_cap = cap;
        }
        c->matched[p->nmatched++] = (uint32_t)r;
    }
    top_hit h = {score, r, -1};
    int slot = heap_offer(p->heap, p->nheap, p->k, h);
    if (slot >= 0 && p->capture) {
        p->slot_n[slot] = p->ncur;
        if (p->ncur > 0) memcpy(p->slots + (size_t)slot * SNIP_MAX_INST, p->cur, (size_t)p->ncur * sizeof *p->cur);
    }
    return 0;
}

/* xQueryPhrase's callback: one row of the one phrase, taken whole. */
static int walk_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx) {
    struct vl_search_pass *p = ctx;
    int64_t r = api->xRowid(fts);
    /* The caller's time limit: SQLite's progress handler does not run
     * here, outside the virtual machine. */
    if (!(++p->nseen & 1023) && vl_store_progress(p->store)) return SQLITE_INTERRUPT;
    if (!row_wanted(p, p->c, r)) return SQLITE_OK;
    double score;
    int rc = score_row(p, api, fts, r, &score);
    if (rc != SQLITE_OK) return rc;
    return take_row(p, r, score) ? SQLITE_NOMEM : SQLITE_OK;
}

/* vl_pass_bm25(docs_fts): takes the statement's current row into the
 * pass (take_row: its score, FTS5's bm25, its facets and its place in the
 * top k) unless the date or language filter drops it; NULL, or an error.
 * The row is taken here rather than handed back to the loop: three
 * column reads and a rowid less per match.  For a query of one phrase,
 * the first call takes every row itself through xQueryPhrase (the same
 * rows, in the same rowid order, without a trip through the statement
 * per row, which was half of a frequent word's time in FTS5's and
 * SQLite's code); the loop then stops. */
static void pass_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
                    sqlite3_value **val) {
    (void)nval;
    (void)val;
    vl_store *s = api->xUserData(fts);
    const struct vl_facet_cache *c = s->facet_cache;
    struct vl_search_pass *p = c ? c->pass : NULL;
    if (!p || p->c != c) {
        sqlite3_result_error(ctx, AUX_NAME " runs only within a search", -1);
        return;
    }
    int rc = p->ready ? SQLITE_OK : pass_setup(p, api, fts);
    if (rc == SQLITE_OK && p->walk && p->nphrase == 1 && !p->walked) {
        p->walked = 1;
        rc = api->xQueryPhrase(fts, 0, p, walk_row); /* on error, what it counted goes with the search */
    } else if (rc == SQLITE_OK) {
        int64_t r = api->xRowid(fts);
        p->nseen++;
        double score;
        if (row_wanted(p, c, r) && (rc = score_row(p, api, fts, r, &score)) == SQLITE_OK && take_row(p, r, score))
            rc = SQLITE_NOMEM;
    }
    if (rc == SQLITE_OK) sqlite3_result_null(ctx);
    else sqlite3_result_error_code(ctx, rc);
}

/* vl_pass_on_page(rowid): whether the page being emitted holds the row
 * (emit_hits' one-statement snippets). */
static void on_page_fn(sqlite3_context *ctx, int nval, sqlite3_value **val) {
    (void)nval;
    const vl_store *s = sqlite3_user_data(ctx);
    const struct vl_facet_cache *c = s->facet_cache;
    int64_t r = sqlite3_value_int64(val[0]);
    if (!c) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    size_t lo = 0, hi = c->npage;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->page[mid] < r) lo = mid + 1;
        else hi = mid;
    }
    sqlite3_result_int(ctx, lo < c->npage && c->page[lo] == r);
}

static int register_aux(vl_store *s) {
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK) return -1;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2) return -1;
    if (sqlite3_create_function(s->db, "vl_pass_on_page", 1, SQLITE_UTF8, s, on_page_fn, NULL, NULL) !=
        SQLITE_OK)
        return -1;
    return api->xCreateFunction(api, AUX_NAME, s, pass_fn, NULL) == SQLITE_OK ? 0 : -1;
}

/* ------------------------------------------------------------- the pass */


static int by_rank(const void *a, const void *b) {
    const top_hit *x = a, *y = b;
    return better(x, y) ? -1 : better(y, x) ? 1 : 0;
}

typedef struct top_ent {
    uint32_t id, m, n;
} top_ent;

static int ent_before(const top_ent *a, const top_ent *b) {
    return a->m > b->m || (a->m == b->m && (a->n > b->n || (a->n == b->n && a->id < b->id)));
}

static int prepare_once(vl_store *s, sqlite3_stmt **st, const char *sql) {
    if (*st) {
        sqlite3_reset(*st);
        sqlite3_clear_bindings(*st);
        return SQLITE_OK;
    }
    return sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
}

/* The top entities of the counters, through on_entity; resets them. */
static int emit_entities(vl_store *s, struct vl_facet_cache *c, size_t ntouched, int limit,
                         int (*on_entity)(void *, const vl_entity *), void *ctx, vl_error *err) {
    top_ent top[100];
    int ntop = 0, rc = VL_OK;
    if (limit > 100) limit = 100;
    for (size_t i = 0; i < ntouched; i++) {
        uint32_t e = c->touched[i];
        top_ent x = {c->ent_of_rank[e], c->cnt_m[e], c->cnt_n[e]};
        c->cnt_m[e] = c->cnt_n[e] = 0;
        if (ntop == limit && !ent_before(&x, &top[ntop - 1])) continue;
        int j = ntop < limit ? ntop++ : ntop - 1;
        while (j > 0 && ent_before(&x, &top[j - 1])) {
            top[j] = top[j - 1];
            j--;
        }
        top[j] = x;
    }
    if (prepare_once(s, &c->st_ent, "SELECT name, type, first_seen, last_seen FROM entities WHERE id = ?1"))
        return vl_store_sqlite_error(s, err, "preparing the entity facet");
    for (int i = 0; i < ntop && !rc; i++) {
        sqlite3_reset(c->st_ent);
        sqlite3_bind_int64(c->st_ent, 1, top[i].id);
        int step = sqlite3_step(c->st_ent);
        if (step == SQLITE_DONE) continue; /* not in entities: the SQL join drops it too */
        if (step != SQLITE_ROW) return vl_store_sqlite_error(s, err, "reading the entity facet");
        vl_entity e = {
            .id = top[i].id,
            .name = (const char *)sqlite3_column_text(c->st_ent, 0),
            .type = (const char *)sqlite3_column_text(c->st_ent, 1),
            .mentions = top[i].m,
            .docs = top[i].n,
            .first_seen = (const char *)sqlite3_column_text(c->st_ent, 2),
            .last_seen = (const char *)sqlite3_column_text(c->st_ent, 3),
        };
        if (on_entity && on_entity(ctx, &e)) break;
    }
    sqlite3_reset(c->st_ent);
    return rc;
}

/* Up to this many matches, the page's snippets come from one statement
 * over the matches between its first and last rowid (FTS5 parses the
 * expression and seeks each term's postings once); above, one statement
 * per hit: re-reading the matches costs more than the seeks.  Measured on
 * the benchmark's 300,000 documents (merged index, 40 two-word queries,
 * median of 3): one statement 0.47 ms against 0.58 under 200 matches,
 * 1.66 against 1.27 between 200 and 800. */
#define ONE_STATEMENT_SNIPPETS 256

static int by_rowid(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* The snippets of the n hits into snips[] (malloc'd, NULL for none), by
 * one statement; VL_OK or a status. */
static int page_snippets(vl_store *s, struct vl_facet_cache *c, const vl_search_opts *o, const vl_buf *fts,
                         const top_hit *hits, size_t n, int ntok, char **snips, vl_error *err) {
    int64_t *page = malloc(n * sizeof *page);
    if (!page) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    for (size_t i = 0; i < n; i++) page[i] = hits[i].rowid;
    qsort(page, n, sizeof *page, by_rowid);
    int rc = VL_OK;
    if (prepare_once(s, &c->st_snips,
                     "SELECT rowid, CASE WHEN vl_pass_on_page(rowid) THEN snippet(docs_fts, -1, ?2, ?3, '…', ?4) END"
                     " FROM docs_fts WHERE docs_fts MATCH ?1 AND rowid BETWEEN ?5 AND ?6")) {
        free(page);
        return vl_store_sqlite_error(s, err, "preparing the snippets");
    }
    sqlite3_bind_text(c->st_snips, 1, fts->data, (int)fts->len, SQLITE_STATIC);
    sqlite3_bind_text(c->st_snips, 2, o->mark_open ? o->mark_open : "[", -1, SQLITE_STATIC);
    sqlite3_bind_text(c->st_snips, 3, o->mark_close ? o->mark_close : "]", -1, SQLITE_STATIC);
    sqlite3_bind_int(c->st_snips, 4, ntok);
    sqlite3_bind_int64(c->st_snips, 5, page[0]);
    sqlite3_bind_int64(c->st_snips, 6, page[n - 1]);
    c->page = page;
    c->npage = n;
    int step;
    while (!rc && (step = sqlite3_step(c->st_snips)) == SQLITE_ROW) {
        if (sqlite3_column_type(c->st_snips, 1) == SQLITE_NULL) continue;
        int64_t r = sqlite3_column_int64(c->st_snips, 0);
        for (size_t i = 0; i < n; i++)
            if (hits[i].rowid == r && !snips[i] &&
                !(snips[i] = strdup((const char *)sqlite3_column_text(c->st_snips, 1))))
                rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    if (!rc && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "building the snippets");
    sqlite3_reset(c->st_snips);
    c->page = NULL;
    c->npage = 0;
    free(page);
    return rc;
}

/* The page from the instances the pass kept: each hit's row with its
 * whole text, and its snippet by snippet.c (no second evaluation of the
 * query). */
static int emit_own(vl_store *s, struct vl_facet_cache *c, const vl_search_opts *o, const struct vl_search_pass *p,
                    const top_hit *hits, size_t n, int ntok, int (*on_hit)(void *, const vl_hit *), void *ctx,
                    vl_error *err) {
    if (prepare_once(s, &c->st_full,
                     "SELECT id, date, lang, title, substr(text, 1, 400), text FROM docs WHERE rowid = ?1"))
        return vl_store_sqlite_error(s, err, "preparing the page of hits");
    vl_buf title, snip;
    vl_buf_init(&title);
    vl_buf_init(&snip);
    int rc = VL_OK;
    for (size_t i = 0; i < n && !rc; i++) {
        sqlite3_reset(c->st_full);
        sqlite3_bind_int64(c->st_full, 1, hits[i].rowid);
        if (sqlite3_step(c->st_full) != SQLITE_ROW) {
            rc = vl_store_sqlite_error(s, err, "reading a hit");
            break;
        }
        const char *cols[2] = {(const char *)sqlite3_column_text(c->st_full, 3),
                               (const char *)sqlite3_column_text(c->st_full, 5)};
        size_t lens[2] = {(size_t)sqlite3_column_bytes(c->st_full, 3), (size_t)sqlite3_column_bytes(c->st_full, 5)};
        vl_snippet_in in = {
            .inst = p->slots + (size_t)hits[i].slot * SNIP_MAX_INST,
            .ninst = p->slot_n[hits[i].slot],
            .phrase_size = p->phrase_size,
            .nphrase = p->nphrase,
            .text = cols,
            .len = lens,
            .ncol = 2,
            .open = o->mark_open ? o->mark_open : "[",
            .close = o->mark_close ? o->mark_close : "]",
            .ellipsis = "…",
            .ntok = ntok,
        };
        if ((rc = vl_snippet_make(&c->snip, &in, &snip))) {
            rc = vl_error_set(err, rc, NULL, 0, "out of memory");
            break;
        }
        vl_search_display_title(cols[0], (const char *)sqlite3_column_text(c->st_full, 4), &title);
        vl_hit hit = {
            .id = (const char *)sqlite3_column_text(c->st_full, 0),
            .date = (const char *)sqlite3_column_text(c->st_full, 1),
            .lang = (const char *)sqlite3_column_text(c->st_full, 2),
            .title = title.data ? title.data : "",
            .snippet = snip.data ? snip.data : "",
            .score = hits[i].score,
        };
        if (on_hit && on_hit(ctx, &hit)) break;
    }
    sqlite3_reset(c->st_full);
    vl_buf_free(&title);
    vl_buf_free(&snip);
    return rc;
}

/* The page: each hit's row and snippet, read by rowid; `nmatch` the rows
 * the pass read (which way to get the snippets). */
static int emit_hits(vl_store *s, struct vl_facet_cache *c, const vl_search_opts *o, const vl_buf *fts,
                     const top_hit *hits, size_t n, int64_t nmatch, int ntok, int (*on_hit)(void *, const vl_hit *),
                     void *ctx, vl_error *err) {
    if (prepare_once(s, &c->st_row, "SELECT id, date, lang, title, substr(text, 1, 400) FROM docs WHERE rowid = ?1") ||
        prepare_once(s, &c->st_snip,
                     "SELECT snippet(docs_fts, -1, ?2, ?3, '…', ?4) FROM docs_fts"
                     " WHERE docs_fts MATCH ?1 AND rowid = ?5"))
        return vl_store_sqlite_error(s, err, "preparing the page of hits");
    vl_buf title;
    vl_buf_init(&title);
    sqlite3_bind_text(c->st_snip, 1, fts->data, (int)fts->len, SQLITE_STATIC);
    sqlite3_bind_text(c->st_snip, 2, o->mark_open ? o->mark_open : "[", -1, SQLITE_STATIC);
    sqlite3_bind_text(c->st_snip, 3, o->mark_close ? o->mark_close : "]", -1, SQLITE_STATIC);
    sqlite3_bind_int(c->st_snip, 4, ntok);
    char **snips = NULL;
    int rc = VL_OK;
    if (n > 1 && nmatch <= ONE_STATEMENT_SNIPPETS) {
        if (!(snips = calloc(n, sizeof *snips))) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        else rc = page_snippets(s, c, o, fts, hits, n, ntok, snips, err);
    }
    for (size_t i = 0; i < n && !rc; i++) {
        sqlite3_reset(c->st_row);
        sqlite3_bind_int64(c->st_row, 1, hits[i].rowid);
        if (sqlite3_step(c->st_row) != SQLITE_ROW) {
            rc = vl_store_sqlite_error(s, err, "reading a hit");
            break;
        }
        const char *snip = NULL;
        if (snips) {
            snip = snips[i];
        } else {
            sqlite3_reset(c->st_snip);
            sqlite3_bind_int64(c->st_snip, 5, hits[i].rowid);
            int step = sqlite3_step(c->st_snip);
            if (step != SQLITE_ROW && step != SQLITE_DONE) {
                rc = vl_store_sqlite_error(s, err, "building a snippet");
                break;
            }
            snip = step == SQLITE_ROW ? (const char *)sqlite3_column_text(c->st_snip, 0) : NULL;
        }
        vl_search_display_title((const char *)sqlite3_column_text(c->st_row, 3),
                                (const char *)sqlite3_column_text(c->st_row, 4), &title);
        vl_hit hit = {
            .id = (const char *)sqlite3_column_text(c->st_row, 0),
            .date = (const char *)sqlite3_column_text(c->st_row, 1),
            .lang = (const char *)sqlite3_column_text(c->st_row, 2),
            .title = title.data ? title.data : "",
            .snippet = snip ? snip : "",
            .score = hits[i].score,
        };
        if (on_hit && on_hit(ctx, &hit)) break;
    }
    sqlite3_reset(c->st_row);
    sqlite3_reset(c->st_snip);
    if (snips)
        for (size_t i = 0; i < n; i++) free(snips[i]);
    free(snips);
    vl_buf_free(&title);
    return rc;
}

void vl_search_warm(vl_store *s) {
    struct vl_facet_cache *c = vl_facet_cache_get(s);
    if (!c) return;
    if (!c->lens_state) build_lens(s, c);
    if (!c->ents_state) build_ents(s, c);
    if (!c->weights_state) c->weights_state = vl_bm25_weights(s, c->weights) ? -1 : 1;
    if (!c->aux_registered && !register_aux(s)) c->aux_registered = 1;
}

/* The limit-th most mentions among the n counted entities (0 when fewer). */
static uint32_t kth_mentions(const struct vl_facet_cache *c, size_t n, int limit) {
    uint32_t best[100]; /* the limit largest, in decreasing order */
    int nb = 0;
    if (limit > 100) limit = 100;
    if (limit <= 0 || n < (size_t)limit) return 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t m = c->cnt_m[c->touched[i]];
        if (nb == limit && m <= best[nb - 1]) continue;
        int j = nb < limit ? nb++ : nb - 1;
        while (j > 0 && m > best[j - 1]) {
            best[j] = best[j - 1];
            j--;
        }
        best[j] = m;
    }
    return best[limit - 1];
}

/* Counts the entities of the n documents in c->matched (increasing
 * rowids), noting each entity counted in c->touched; returns how many.
 * Done after the pass rather than row by row within it: with the rowids
 * known ahead, each document's row of entities is prefetched some rows
 * before it is read.
 *
 * The facet wants the `limit` entities with the most mentions, not every
 * count, and mentions are skewed: on the benchmark's store the 130
 * most mentioned of 111,000 entities hold a quarter of all
 * document-entity pairs, the first 1,400 half.  So the ranks are counted tier by tier (the ranks holding a
 * quarter, a half, three quarters, then all pairs), each document's row in
 * rank order resumed where the last tier stopped, and the counting stops
 * when the limit-th count so far exceeds what any entity left could
 * reach (its mentions in the whole store, rank_m at the tier's end): the
 * entities counted are then counted in full, and the top `limit` are the
 * same as counting everything.  On the benchmark's store a match of a few
 * thousand dispatches passes the test after the second tier, one of tens
 * of thousands (the most costly) after the first. */
static size_t count_entities(struct vl_facet_cache *c, size_t n, int limit) {
    enum { AHEAD_OFF = 16, AHEAD_ROW = 8 };
    size_t ntouched = 0;
    const uint32_t *rows = c->matched;
    uint32_t *pos = c->matched_pos;
    uint32_t ends[VL_ENT_TIERS + 1];
    memcpy(ends, c->tier, sizeof c->tier);
    ends[VL_ENT_TIERS] = (uint32_t)c->nents;
    for (int t = 0; t <= VL_ENT_TIERS; t++) {
        uint32_t end_rank = ends[t];
        for (size_t j = 0; j < n; j++) {
            if (!t && j + AHEAD_OFF < n) __builtin_prefetch(&c->ent_off[rows[j + AHEAD_OFF]]);
            if (j + AHEAD_ROW < n) {
                uint32_t at = t ? pos[j + AHEAD_ROW] : c->ent_off[rows[j + AHEAD_ROW]];
                __builtin_prefetch(&c->ent_id[at]);
                __builtin_prefetch(&c->ent_m[at]);
            }
            uint32_t r = rows[j], i = t ? pos[j] : c->ent_off[r], end = c->ent_off[r + 1];
            for (; i < end && c->ent_id[i] < end_rank; i++) {
                uint32_t e = c->ent_id[i];
                if (!c->cnt_n[e]) c->touched[ntouched++] = e;
                c->cnt_n[e]++;
                c->cnt_m[e] += c->ent_m[i];
            }
            pos[j] = i;
        }
        if (end_rank >= c->nents || kth_mentions(c, ntouched, limit) > c->rank_m[end_rank]) break;
    }
    return ntouched;
}

/* The pass itself; 1 (nothing done) when the cache cannot serve. */
static int run_pass(vl_store *s, const vl_search_opts *o, int lang, const vl_buf *fts,
                    int (*on_hit)(void *, const vl_hit *), void *hit_ctx, vl_facets *facets, int64_t *total,
                    int ent_limit, int (*on_entity)(void *, const vl_entity *), void *ent_ctx, vl_error *err) {
    struct vl_facet_cache *c = vl_facet_cache_get(s);
    if (!c) return 1;
    if (!c->lens_state) build_lens(s, c);
    if (ent_limit > 0 && !c->ents_state) build_ents(s, c);
    if (c->lens_state < 0 || (ent_limit > 0 && c->ents_state < 0)) return 1;
    if (!c->aux_registered) {
        if (register_aux(s)) return 1;
        c->aux_registered = 1;
    }
    if (!c->weights_state) c->weights_state = vl_bm25_weights(s, c->weights) ? -1 : 1;
    if (c->weights_state < 0) return 1;
    struct vl_search_pass p;
    memset(&p, 0, sizeof p);
    memcpy(p.weights, c->weights, sizeof p.weights);
    if (prepare_once(s, &c->st_pass, "SELECT " AUX_NAME "(docs_fts) FROM docs_fts WHERE docs_fts MATCH ?1"))
        return 1;
    p.c = c;
    p.day_lo = o->date_from ? vl_facet_day_bound(c, o->date_from, 0) : 0;
    p.day_hi = o->date_to ? vl_facet_day_bound(c, o->date_to, 1) : c->ndays;
    p.want_lang = -1;
    if (lang >= 0) {
        p.want_lang = -2;
        for (int l = 0; l < c->nlangs; l++)
            if (!strcmp(c->langs[l], vl_lang_code((vl_lang)lang))) p.want_lang = l;
    }
    int limit = o->limit > 0 ? o->limit : 10;
    if (limit > 10000) limit = 10000;
    int offset = o->offset > 0 ? o->offset : 0;
    int ntok = o->snippet_tokens > 0 ? o->snippet_tokens : 24;
    if (ntok > 64) ntok = 64;
    size_t k = on_hit ? (size_t)limit + (size_t)offset : 0, nheap = 0, ntouched = 0;
    top_hit *heap = malloc((k ? k : 1) * sizeof *heap);
    p.heap = heap;
    p.nheap = &nheap;
    p.k = k;
    if (k && k <= SNIP_MAX_K) {
        p.slots = malloc(k * SNIP_MAX_INST * sizeof *p.slots);
        p.slot_n = malloc(k * sizeof *p.slot_n);
        p.capture = p.slots && p.slot_n;
    }
    int64_t *per_day = calloc(c->ndays ? c->ndays : 1, sizeof *per_day), per_lang[MAX_CACHED_LANGS] = {0};
    int rc = VL_OK, counting_ents = ent_limit > 0;
    if (!heap || !per_day) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto done;
    }
    p.per_day = per_day;
    p.per_lang = per_lang;
    p.counting_ents = counting_ents;
    p.walk = 1;
    p.store = s;
    if ((rc = vl_bm25_query_begin(s, fts->data, fts->len, &p.counts, err))) goto done;
    sqlite3_bind_text(c->st_pass, 1, fts->data, (int)fts->len, SQLITE_STATIC);
    c->pass = &p;
    int step;
    while ((step = sqlite3_step(c->st_pass)) == SQLITE_ROW && !p.walked) {
        /* the function took the row */
    }
    c->pass = NULL;
    if (p.oom) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    else if (step != SQLITE_DONE && !(step == SQLITE_ROW && p.walked)) rc = vl_store_sqlite_error(s, err, "searching");
    size_t nmatched = p.nmatched;
    int64_t nseen = p.nseen;
    if (!rc && counting_ents) ntouched = count_entities(c, nmatched, ent_limit);
    sqlite3_reset(c->st_pass);
    if (!rc && facets) rc = vl_facets_from_counts(c, per_day, per_lang, facets, err);
    if (!rc && total) {
        *total = 0;
        for (size_t d = 0; d < c->ndays; d++) *total += per_day[d];
    }
    if (!rc && on_hit && nheap > (size_t)offset) {
        qsort(heap, nheap, sizeof *heap, by_rank);
        int own = p.capture;
        for (size_t i = (size_t)offset; own && i < nheap; i++) own = p.slot_n[heap[i].slot] >= 0;
        if (own) rc = emit_own(s, c, o, &p, heap + offset, nheap - (size_t)offset, ntok, on_hit, hit_ctx, err);
        else rc = emit_hits(s, c, o, fts, heap + offset, nheap - (size_t)offset, nseen, ntok, on_hit, hit_ctx, err);
    }
    if (!rc && counting_ents) rc = emit_entities(s, c, ntouched, ent_limit, on_entity, ent_ctx, err);
    else
        for (size_t i = 0; i < ntouched; i++) c->cnt_m[c->touched[i]] = c->cnt_n[c->touched[i]] = 0;
done:
    free(p.idf);
    free(p.freq);
    free(p.phrase_size);
    free(p.slots);
    free(p.slot_n);
    if (s->bm25_query == &p.counts) vl_bm25_query_end(s, &p.counts);
    free(heap);
    free(per_day);
    return rc;
}

/* The one pass for a query without mention or entity filter: 1 when it
 * does not apply or the arrays cannot serve (the caller then runs the SQL
 * statements), else a status. */
static int try_pass(vl_store *s, const vl_search_opts *o, int (*on_hit)(void *, const vl_hit *), void *hit_ctx,
                    vl_facets *facets, int64_t *total, int ent_limit, int (*on_entity)(void *, const vl_entity *),
                    void *ent_ctx, vl_error *err) {
    mention_range m;
    int has_query, lang;
    if (vl_search_prepare(o, &has_query, &lang, &m, err)) return VL_EARG;
    if (!has_query || m.on || (o->entity && *o->entity)) return 1;
    vl_buf fts;
    vl_buf_init(&fts);
    int rc = vl_query_translate(o->query, &fts, err);
    if (!rc) {
        /* One read transaction for the pass, the page and the entities:
         * one snapshot, and the file locks taken once rather than for
         * each of some thirty statements. */
        int txn = sqlite3_get_autocommit(s->db) && sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
        /* Queries restricted to one language are stemmed in that
         * language only, as vl_search stems them. */
        s->hint.query_lang = lang > 0 ? lang : VL_LANG_UND;
        rc = run_pass(s, o, lang, &fts, on_hit, hit_ctx, facets, total, ent_limit, on_entity, ent_ctx, err);
        s->hint.query_lang = VL_LANG_UND;
        if (txn && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    }
    vl_buf_free(&fts);
    return rc;
}

int vl_search_page_pass(vl_store *s, const vl_search_opts *o, int (*on_hit)(void *, const vl_hit *), void *ctx,
                        int64_t *total, vl_error *err) {
    /* Only in a process that already holds the arrays (vl_search_warm, or
     * an earlier search of the server): building them reads every
     * document's length, more than one search through SQL costs. */
    if (!s->facet_cache || s->facet_cache->lens_state <= 0) return 1;
    vl_search_opts days;
    char from[11], to[11];
    if (vl_search_opts_days(o, &days, from, to, err)) return VL_EARG;
    return try_pass(s, &days, on_hit, ctx, NULL, total, 0, NULL, NULL, err);
}

int vl_search_all(vl_store *s, const vl_search_opts *o, int (*on_hit)(void *, const vl_hit *), void *hit_ctx,
                  vl_facets *facets, int ent_limit, int (*on_entity)(void *, const vl_entity *), void *ent_ctx,
                  vl_error *err) {
    memset(facets, 0, sizeof *facets);
    vl_search_opts days;
    char from[11], to[11];
    if (vl_search_opts_days(o, &days, from, to, err)) return VL_EARG;
    o = &days;
    int rc = try_pass(s, o, on_hit, hit_ctx, facets, NULL, ent_limit, on_entity, ent_ctx, err);
    if (rc != 1) {
        if (rc) vl_facets_free(facets);
        return rc;
    }
    rc = vl_search(s, o, on_hit, hit_ctx, NULL, err);
    if (!rc) rc = vl_search_facets(s, o, facets, err);
    if (!rc && ent_limit > 0) rc = vl_search_entity_facets(s, o, ent_limit, on_entity, ent_ctx, err);
    if (rc) vl_facets_free(facets);
    return rc;
}
