/*
 * bm25.h -- BM25 exactly as FTS5's bm25() computes it, with the phrases'
 * document counts remembered across statements (bm25.c), for both search
 * paths: the SQL statements of search.c rank by the FTS5 function
 * "vl_bm25" registered here, and the one pass of pass.c scores with the
 * same IDF and formula.
 *
 * Why: FTS5's bm25() computes each phrase's IDF by a full pass over the
 * documents that contain the phrase (xQueryPhrase), before it scores the
 * first match.  A three-word query that matches 15 documents but names a
 * word found in 70,000 reads 70,000 postings for the IDF alone: at 300,000
 * documents that pass was most of the time of such queries.  The counts
 * cannot be had from the index's per-term statistics (fts5vocab): a
 * query word is the union of several colocated terms (stems of each
 * language, accent-folded forms) that one document often holds together,
 * and summing their counts changed the ranking of a third of the
 * benchmark's queries; so they are counted once, as FTS5 counts them, and
 * remembered.
 */
#ifndef VL_SEARCH_BM25_H
#define VL_SEARCH_BM25_H

#include <sqlite3.h>
#include <stdint.h>

#include "base/base.h"
#include "veille.h"

/* The document counts of a statement's phrases.  FTS5 counts a phrase's
 * documents by a pass over all of them; the store remembers the counts of
 * the phrases it has seen (per connection, keyed by the phrase as the
 * expression writes it and the query language, forgotten when the
 * database changes), so that a word searched before costs nothing more to
 * weigh.  vl_bm25_query_begin parses the expression query.c wrote (phrases
 * numbered as FTS5 numbers them: in the order of the text) and fills df[]
 * with the remembered counts, -1 where there is none; the ranking sets the
 * others as FTS5 counts them; vl_bm25_query_end remembers those and frees
 * q.  The caller puts q in s->bm25_query around the statement. */
typedef struct vl_bm25_query {
    int n;
    int64_t *df;
    char **key;
} vl_bm25_query;
int vl_bm25_query_begin(vl_store *s, const char *fts, size_t fts_len, vl_bm25_query *q, vl_error *err);
void vl_bm25_query_end(vl_store *s, vl_bm25_query *q);

/* Each phrase's IDF and the average document length in tokens, as FTS5's
 * bm25() computes them (idf[] has room for every phrase of the query),
 * taking q->df[i] where it is >= 0 and FTS5's count where not, which it
 * writes to q->df[i] (q may be NULL). */
struct Fts5ExtensionApi;
struct Fts5Context;
int vl_bm25_setup(const struct Fts5ExtensionApi *api, struct Fts5Context *fts, vl_bm25_query *q, double *idf,
                  double *avgdl);

/* One document's score (positive, higher is better) from its per-phrase
 * weighted frequencies and its length: FTS5's formula, in its order of
 * floating-point operations, so that equal inputs give equal scores. */
static inline double vl_bm25_score(const double *idf, const double *freq, int nphrase, double dl, double avgdl) {
    const double k1 = 1.2, b = 0.75;
    double score = 0.0;
    for (int i = 0; i < nphrase; i++)
        score += idf[i] * ((freq[i] * (k1 + 1.0)) / (freq[i] + k1 * (1 - b + b * dl / avgdl)));
    return score;
}

/* Registers the FTS5 function vl_bm25(title weight, text weight) on the
 * store's connection (once): FTS5's bm25 with the document frequencies the
 * store remembers (s->bm25_query, set around the statement by the caller;
 * FTS5's own counts where there are none).  Returns 0, or -1
 * when FTS5's API cannot be had. */
int vl_bm25_register(vl_store *s);

/* The title and text weights of the table's rank when it is bm25 (the
 * default weights 1.0); -1 when the rank is something else. */
int vl_bm25_weights(vl_store *s, double w[2]);

/* The rank expression for search.c's statements: the table's configured
 * rank with vl_bm25 in place of bm25 ("vl_bm25(2.0, 1.0)"), or NULL when
 * the rank is something else or the function cannot be registered. */
const char *vl_bm25_rank_expr(vl_store *s);

#endif
