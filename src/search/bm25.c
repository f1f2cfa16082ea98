/*
 * bm25.c -- the phrases' document counts remembered across statements,
 * and the FTS5 ranking function vl_bm25 (bm25.h says why).
 *
 * The memory is a hash table per connection (open addressing, keys are
 * the phrase as the expression writes it, with its column filter and
 * prefix mark, after the query language), emptied when the database
 * changed (PRAGMA data_version for other connections' commits,
 * sqlite3_total_changes for this one's writes) and when it is full: the
 * counts are a cache, never an answer of their own.
 */
#include "search/bm25.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "store/store.h"

#define RANK_NAME "vl_bm25"
#define DF_SLOTS 16384 /* a power of two; emptied at three quarters full */
#define DF_KEY_MAX 512 /* longer phrases are not remembered */

typedef struct df_slot {
    uint64_t hash; /* 0: empty */
    int64_t df;
    char *key;
} df_slot;

struct vl_bm25_state {
    int registered; /* 1 the function exists on the connection, -1 cannot */
    int rank_state; /* 0 not read, 1 the rank is bm25 with weights w, -1 not */
    double w[2];
    char rank_expr[96]; /* "vl_bm25(w0, w1)" */
    df_slot *slots;     /* DF_SLOTS of them, NULL until first used */
    sqlite3_stmt *st_count; /* the documents of one phrase */
    sqlite3_stmt *st_term;  /* the documents of one index term (fts5vocab) */
    int vocab_state;        /* 0 not tried, 1 st_term ready, -1 cannot be */
    size_t used;
    int64_t data_version, total_changes; /* what the counts describe */
};

static void forget(struct vl_bm25_state *b) {
    if (!b->slots) return;
    for (size_t i = 0; i < DF_SLOTS; i++) free(b->slots[i].key);
    memset(b->slots, 0, DF_SLOTS * sizeof *b->slots);
    b->used = 0;
}

void vl_bm25_close(vl_store *s) {
    struct vl_bm25_state *b = s->bm25;
    if (!b) return;
    forget(b);
    free(b->slots);
    sqlite3_finalize(b->st_count);
    sqlite3_finalize(b->st_term);
    free(b);
    s->bm25 = NULL;
}

static struct vl_bm25_state *state(vl_store *s) {
    if (!s->bm25) s->bm25 = calloc(1, sizeof *s->bm25);
    return s->bm25;
}

static uint64_t key_hash(const char *key) {
    uint64_t h = XXH3_64bits(key, strlen(key));
    return h ? h : 1;
}

static df_slot *find(struct vl_bm25_state *b, const char *key, uint64_t h) {
    for (size_t i = h & (DF_SLOTS - 1);; i = (i + 1) & (DF_SLOTS - 1)) {
        df_slot *x = &b->slots[i];
        if (!x->hash || (x->hash == h && !strcmp(x->key, key))) return x;
    }
}

/* ------------------------------------------------------------- queries */

static void query_free(vl_bm25_query *q) {
    for (int i = 0; i < q->n; i++) free(q->key[i]);
    free(q->key);
    free(q->df);
    memset(q, 0, sizeof *q);
}

/* Whether the index holds `term` (fts_tokenizer.h, vl_fts_hint.term_known):
 * answered only inside a search (between vl_bm25_query_begin and _end, on
 * the database that begin saw), from the memory or the term statistics
 * (fts5vocab, created by begin: no schema change while FTS5 parses). */
static int term_known(void *ctx, const char *term, int len) {
    vl_store *s = ctx;
    struct vl_bm25_state *b = s->bm25;
    if (!b || !s->bm25_query || b->vocab_state <= 0 || len <= 0 || len > DF_KEY_MAX ||
        sqlite3_total_changes64(s->db) != b->total_changes)
        return -1;
    char key[DF_KEY_MAX + 3];
    key[0] = 't';
    key[1] = '|';
    memcpy(key + 2, term, (size_t)len);
    key[len + 2] = 0;
    uint64_t h = key_hash(key);
    df_slot *x = find(b, key, h);
    if (x->hash) return x->df > 0;
    sqlite3_bind_text(b->st_term, 1, term, len, SQLITE_STATIC);
    int step = sqlite3_step(b->st_term);
    int64_t df = step == SQLITE_ROW ? sqlite3_column_int64(b->st_term, 0) : 0;
    sqlite3_reset(b->st_term);
    if (step != SQLITE_ROW && step != SQLITE_DONE) return -1;
    if (b->used < DF_SLOTS / 4 * 3 && (x->key = strdup(key))) {
        x->hash = h;
        x->df = df;
        b->used++;
    }
    return df > 0;
}

/* The documents that match `phrase` (an FTS5 expression of one phrase) into *df. */
static int count_phrase(vl_store *s, struct vl_bm25_state *b, const char *phrase, int64_t *df, vl_error *err) {
    if (!b->st_count && sqlite3_prepare_v3(s->db, "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH ?1", -1,
                                           SQLITE_PREPARE_PERSISTENT, &b->st_count, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "preparing the phrase count");
    sqlite3_bind_text(b->st_count, 1, phrase, -1, SQLITE_STATIC);
    int step = sqlite3_step(b->st_count), rc = VL_OK;
    if (step == SQLITE_ROW) *df = sqlite3_column_int64(b->st_count, 0);
    else rc = vl_store_sqlite_error(s, err, "counting a phrase's documents");
    sqlite3_reset(b->st_count);
    sqlite3_clear_bindings(b->st_count);
    return rc;
}

/* A query given up half-way: out of the store's hands, and freed. */
static void abandon(vl_store *s, vl_bm25_query *q) {
    s->bm25_query = NULL;
    s->hint.term_known = NULL;
    s->hint.term_ctx = NULL;
    query_free(q);
}

int vl_bm25_query_begin(vl_store *s, const char *fts, size_t fts_len, vl_bm25_query *q, vl_error *err) {
    memset(q, 0, sizeof *q);
    struct vl_bm25_state *b = state(s);
    if (!b) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (!b->slots && !(b->slots = calloc(DF_SLOTS, sizeof *b->slots)))
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    int64_t dv = vl_store_data_version(s), tc = sqlite3_total_changes64(s->db);
    if (dv != b->data_version || tc != b->total_changes) {
        forget(b);
        b->data_version = dv;
        b->total_changes = tc;
    }
    if (!b->vocab_state)
        b->vocab_state =
            sqlite3_exec(s->db,
                         "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vl_term_docs USING fts5vocab(main, 'docs_fts', 'row')",
                         NULL, NULL, NULL) == SQLITE_OK &&
                    sqlite3_prepare_v3(s->db, "SELECT doc FROM temp.vl_term_docs WHERE term = ?1", -1,
                                       SQLITE_PREPARE_PERSISTENT, &b->st_term, NULL) == SQLITE_OK
                ? 1
                : -1;
    /* The phrases are counted (below) and the statement parsed with the
     * terms the index does not hold left out. */
    s->bm25_query = q;
    s->hint.term_known = term_known;
    s->hint.term_ctx = s;
    int cap = 0;
    for (size_t i = 0; i < fts_len;) {
        if (fts[i] != '"') {
            i++;
            continue;
        }
        /* A phrase: from its column filter ("title : ") if it has one to
         * its prefix mark (" *") if it has one; "" inside is a quote. */
        size_t start = i, k = i + 1;
        while (start > 0 && fts[start - 1] == ' ') start--;
        if (start > 0 && fts[start - 1] == ':') {
            start--;
            while (start > 0 && fts[start - 1] == ' ') start--;
            while (start > 0 && fts[start - 1] >= 'a' && fts[start - 1] <= 'z') start--;
        } else {
            start = i;
        }
        for (; k < fts_len; k++)
            if (fts[k] == '"') {
                if (k + 1 < fts_len && fts[k + 1] == '"') k++;
                else break;
            }
        size_t end = k + 1;
        size_t after = end;
        while (after < fts_len && fts[after] == ' ') after++;
        if (after < fts_len && fts[after] == '*') end = after + 1;
        i = end;
        if (q->n == cap) {
            int ncap = cap ? 2 * cap : 8;
            int64_t *df = realloc(q->df, (size_t)ncap * sizeof *df);
            if (df) q->df = df;
            char **key = realloc(q->key, (size_t)ncap * sizeof *key);
            if (key) q->key = key;
            if (!df || !key) {
                abandon(s, q);
                return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            }
            cap = ncap;
        }
        q->df[q->n] = -1;
        q->key[q->n] = NULL;
        if (end > fts_len) end = fts_len;
        if (end - start < DF_KEY_MAX) {
            char *key = malloc(end - start + 3);
            if (!key) {
                abandon(s, q);
                return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            }
            /* The query language is part of the key: it decides the stems. */
            key[0] = (char)('0' + (s->hint.query_lang & 7));
            key[1] = '|';
            memcpy(key + 2, fts + start, end - start);
            key[end - start + 2] = 0;
            df_slot *x = find(b, key, key_hash(key));
            if (x->hash) {
                q->df[q->n] = x->df;
                q->remembered++;
            }
            q->key[q->n] = key;
            /* Not remembered: counted now, by a count(*) of the phrase
             * alone, which reads the postings without the positions that
             * FTS5's own count (xQueryPhrase) decodes: half the time. */
            if (!x->hash) {
                int rc = count_phrase(s, b, key + 2, &q->df[q->n], err);
                if (rc) {
                    q->n++;
                    abandon(s, q);
                    return rc;
                }
            }
        }
        q->n++;
    }
    return VL_OK;
}

void vl_bm25_query_end(vl_store *s, vl_bm25_query *q) {
    if (s->bm25_query == q) {
        s->bm25_query = NULL;
        s->hint.term_known = NULL;
        s->hint.term_ctx = NULL;
    }
    struct vl_bm25_state *b = s->bm25;
    /* Remembered only if the database is still the one they were counted in. */
    if (b && b->slots && sqlite3_total_changes64(s->db) == b->total_changes)
        for (int i = 0; i < q->n; i++) {
            if (!q->key[i] || q->df[i] < 0) continue;
            if (b->used >= DF_SLOTS / 4 * 3) forget(b);
            uint64_t h = key_hash(q->key[i]);
            df_slot *x = find(b, q->key[i], h);
            if (x->hash) continue;
            x->hash = h;
            x->df = q->df[i];
            x->key = q->key[i];
            q->key[i] = NULL; /* the table owns it now */
            b->used++;
        }
    query_free(q);
}

/* ----------------------------------------------------------------- IDF */

static int count_cb(const Fts5ExtensionApi *api, Fts5Context *fts, void *ud) {
    (void)api;
    (void)fts;
    (*(int64_t *)ud)++;
    return SQLITE_OK;
}

int vl_bm25_setup(const Fts5ExtensionApi *api, Fts5Context *fts, vl_bm25_query *q, double *idf, double *avgdl) {
    sqlite3_int64 nrow = 0, ntok = 0;
    int nphrase = api->xPhraseCount(fts);
    int rc = api->xRowCount(fts, &nrow);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &ntok);
    if (rc != SQLITE_OK) return rc;
    *avgdl = (double)ntok / (double)nrow;
    /* Counts that do not describe this expression are not used at all. */
    if (q && q->n != nphrase) q = NULL;
    for (int i = 0; i < nphrase; i++) {
        int64_t nhit = 0;
        if (q && q->df[i] >= 0) {
            nhit = q->df[i];
        } else {
            if ((rc = api->xQueryPhrase(fts, i, &nhit, count_cb)) != SQLITE_OK) return rc;
            if (q) q->df[i] = nhit;
        }
        double v = log(((double)nrow - (double)nhit + 0.5) / ((double)nhit + 0.5));
        if (v <= 0.0) v = 1e-6;
        idf[i] = v;
    }
    return SQLITE_OK;
}

/* ------------------------------------------------------ ranking function */

typedef struct rank_data {
    int nphrase;
    double avgdl;
    double *idf, *freq;
} rank_data;

static void rank_data_free(void *p) {
    rank_data *d = p;
    if (!d) return;
    free(d->idf);
    free(d->freq);
    free(d);
}

/* vl_bm25(w_title, w_text): minus the BM25 score (FTS5 sorts rank
 * ascending), set up once per statement (the auxiliary data FTS5 keeps
 * for the query). */
static void rank_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
                    sqlite3_value **val) {
    vl_store *s = api->xUserData(fts);
    rank_data *d = api->xGetAuxdata(fts, 0);
    int rc = SQLITE_OK;
    if (!d) {
        d = calloc(1, sizeof *d);
        if (d) {
            d->nphrase = api->xPhraseCount(fts);
            d->idf = calloc((size_t)d->nphrase + 1, sizeof *d->idf);
            d->freq = calloc((size_t)d->nphrase + 1, sizeof *d->freq);
        }
        if (!d || !d->idf || !d->freq) {
            rank_data_free(d);
            sqlite3_result_error_nomem(ctx);
            return;
        }
        rc = vl_bm25_setup(api, fts, s->bm25_query, d->idf, &d->avgdl);
        if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, d, rank_data_free);
        else rank_data_free(d);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
    }
    double w[2] = {1.0, 1.0};
    for (int i = 0; i < nval && i < 2; i++) w[i] = sqlite3_value_double(val[i]);
    int ninst = 0;
    memset(d->freq, 0, sizeof *d->freq * (size_t)d->nphrase);
    rc = api->xInstCount(fts, &ninst);
    for (int i = 0; rc == SQLITE_OK && i < ninst; i++) {
        int ip, ic, io;
        rc = api->xInst(fts, i, &ip, &ic, &io);
        if (rc == SQLITE_OK && ip >= 0 && ip < d->nphrase) d->freq[ip] += ic >= 0 && ic < 2 ? w[ic] : 1.0;
    }
    int dl = 0;
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &dl);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    sqlite3_result_double(ctx, -1.0 * vl_bm25_score(d->idf, d->freq, d->nphrase, (double)dl, d->avgdl));
}

int vl_bm25_register(vl_store *s) {
    struct vl_bm25_state *b = state(s);
    if (!b) return -1;
    if (b->registered) return b->registered > 0 ? 0 : -1;
    fts5_api *api = vl_fts_api_from_db(s->db);
    b->registered = api && api->iVersion >= 2 && api->xCreateFunction(api, RANK_NAME, s, rank_fn, NULL) == SQLITE_OK
                        ? 1
                        : -1;
    return b->registered > 0 ? 0 : -1;
}

int vl_bm25_weights(vl_store *s, double w[2]) {
    struct vl_bm25_state *b = state(s);
    w[0] = w[1] = 1.0;
    if (!b) return -1;
    if (!b->rank_state) {
        b->rank_state = -1;
        b->w[0] = b->w[1] = 1.0;
        sqlite3_stmt *st = NULL;
        if (sqlite3_prepare_v2(s->db, "SELECT v FROM docs_fts_config WHERE k = 'rank'", -1, &st, NULL) == SQLITE_OK) {
            int step = sqlite3_step(st);
            const char *v = step == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
            char close[2];
            if (step == SQLITE_DONE || (v && (!strcmp(v, "bm25()") || !strcmp(v, "bm25"))))
                b->rank_state = 1; /* the default: bm25() */
            else if (v && sscanf(v, "bm25(%lf , %lf %1[)]", &b->w[0], &b->w[1], close) == 3)
                b->rank_state = 1;
            else if (v && sscanf(v, "bm25(%lf %1[)]", &b->w[0], close) == 2)
                b->rank_state = 1;
        }
        sqlite3_finalize(st);
        snprintf(b->rank_expr, sizeof b->rank_expr, RANK_NAME "(%.17g, %.17g)", b->w[0], b->w[1]);
    }
    if (b->rank_state < 0) return -1;
    w[0] = b->w[0];
    w[1] = b->w[1];
    return 0;
}

const char *vl_bm25_rank_expr(vl_store *s) {
    double w[2];
    if (vl_bm25_weights(s, w) || vl_bm25_register(s)) return NULL;
    return s->bm25->rank_expr;
}
