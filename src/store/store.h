/*
 * store.h -- the internals of vl_store that the other store-side modules
 * (schema, ingest, search) share.  The public face is in veille.h.
 */
#ifndef VL_STORE_STORE_H
#define VL_STORE_STORE_H

#include <sqlite3.h>

#include "base/base.h"
#include "store/fts_tokenizer.h"
#include "veille.h"

struct vl_store {
    sqlite3 *db;
    char *path;
    int readonly;
    int in_txn;         /* inside vl_store_begin .. commit */
    int txn_failed;     /* a put failed half-way: the transaction can only roll back */
    vl_fts_hint hint;   /* read by the "veille" tokenizer of this connection */
    vl_annotator *annotator;
    /* Prepared once, reused for every document. */
    sqlite3_stmt *find_doc, *insert_doc, *update_doc, *fts_insert, *fts_delete;
    sqlite3_stmt *timex_insert, *timex_delete;
    sqlite3_stmt *quote_insert, *quote_delete, *quote_fts_delete, *quote_fts_insert; /* src/store/quotes.c */
    vl_buf scratch;
    /* events.c: quantities and events, prepared on first use */
    sqlite3_stmt *qty_insert, *qty_delete, *event_insert, *event_delete;
    struct vl_entity_store *ents; /* entities.c: its statements and link table */
    /* Tokens computed ahead for the document being put (ingest workers):
     * handed to the tokenizer around the index insert only. */
    const vl_fts_tokens *replay;
    int nreplay;
    /* The date and language of every document by rowid, for the facet
     * counts (src/search/facets.c); built on first use, NULL until then. */
    struct vl_facet_cache *facet_cache;
    /* src/search/bm25.c: the phrases' document counts it remembers (NULL
     * until first used), and those of the statement running (NULL: FTS5
     * counts them). */
    struct vl_bm25_state *bm25;
    struct vl_bm25_query *bm25_query;
    /* The caller's check of its time limit (vl_store_set_progress): SQLite
     * calls it every few thousand virtual-machine steps, and the library's
     * own loops that run outside the machine (a search's walk of a
     * phrase's rows in FTS5) call it through vl_store_progress. */
    int (*progress)(void *);
    void *progress_ctx;
};

/* Installs fn (NULL: none) as the connection's progress check, called
 * every `every` virtual-machine steps and by vl_store_progress; nonzero
 * from it stops the statement with SQLITE_INTERRUPT. */
void vl_store_set_progress(vl_store *s, int every, int (*fn)(void *), void *ctx);

/* Nonzero when the caller's progress check says to stop. */
static inline int vl_store_progress(vl_store *s) { return s->progress && s->progress(s->progress_ctx); }

/* Frees what facets.c keeps on a store (vl_store_close calls it). */
void vl_facet_cache_free(struct vl_facet_cache *c);
/* Frees what src/search/bm25.c keeps on a store (vl_store_close calls it). */
void vl_bm25_close(vl_store *s);

/* PRAGMA data_version: changes when another connection commits (with
 * sqlite3_total_changes64 for this one's writes, what the search caches
 * of facets.c and bm25.c check); -1 when it cannot be read. */
int64_t vl_store_data_version(vl_store *s);

/* Fills err from the connection's last error; returns VL_ESTORE. */
int vl_store_sqlite_error(vl_store *s, vl_error *err, const char *what);
/* Prepares sql into *st (persistent) unless *st already holds it. */
int vl_store_prepare_once(vl_store *s, sqlite3_stmt **st, const char *sql, vl_error *err);
/* Steps a write statement to its end, resets it and clears its
 * bindings; VL_ESTORE naming `what` when it did not finish. */
int vl_store_step_done(vl_store *s, sqlite3_stmt *st, const char *what, vl_error *err);

/* Brings the schema of a fresh or older database up to date (schema.c). */
int vl_schema_migrate(vl_store *s, vl_error *err);
/* What a migration does with one stored document's new annotation. */
struct vl_annotation;
typedef int (*vl_store_annotated_fn)(vl_store *s, int64_t rowid, const struct vl_annotation *a, void *ctx,
                                     vl_error *err);
/* Annotates every stored document again and hands each annotation to
 * fn, in the order of dates then rowids when by_date (as the entities'
 * first and last seen need), else in rowid order.  The stored language
 * is given back as the input's, so the tagger runs with the rules it ran
 * with at ingest; a document that no longer validates is skipped (it
 * keeps none of what the migration adds) rather than blocking the
 * migration.  Stops at fn's first error. */
int vl_store_each_annotated(vl_store *s, int by_date, vl_store_annotated_fn fn, void *ctx, vl_error *err);
/* Annotates every stored document again and writes its time expressions
 * (migration 2, inside its transaction). */
int vl_store_fill_timexes(vl_store *s, vl_error *err);
/* Writes the quantities and events of document `rowid`, replacing any
 * (events.c); frees events.c's statements at close. */
int vl_store_put_events(vl_store *s, int64_t rowid, const vl_annotation *a, vl_error *err);
void vl_store_events_close(vl_store *s);
/* Annotates every stored document and writes its quantities and events
 * (migration 3, inside its transaction). */
int vl_store_fill_events(vl_store *s, vl_error *err);
/* Named entities (entities.c).  vl_store_write_entities stores the
 * mentions of the annotated document `rowid` and links them to entities,
 * first taking its old version out of the counts when `replacing`
 * (called once by put_annotation); vl_store_fill_entities does it for
 * every stored document (migration 3). */
typedef struct vl_entity_store vl_entity_store;
struct vl_annotation;
int vl_store_write_entities(vl_store *s, int64_t rowid, int replacing, const struct vl_annotation *a,
                            vl_error *err);
int vl_store_fill_entities(vl_store *s, vl_error *err);
void vl_entity_store_free(vl_entity_store *es);
/* How many times writing entities has folded two entities into one since
 * the store was opened (rule 7 of entities.c): a caller that kept the
 * entity ids of earlier mentions reads them again when it changed. */
uint64_t vl_store_entity_folds(const vl_store *s);
/* The ids of the entities `name` designates, comma-separated ("NULL" when
 * none), for vl_search's entity filter. */
int vl_entity_filter_ids(vl_store *s, const char *name, vl_buf *ids, vl_error *err);
/* Calls on_entity for each row of st (the columns of a vl_entity). */
int vl_entity_facets_run(vl_store *s, sqlite3_stmt *st, int (*on_entity)(void *, const vl_entity *), void *ctx,
                         vl_error *err);
/* The pieces of vl_store_put, for the parallel ingest (src/ingest/):
 * worker threads annotate with annotators of their own, made like the
 * store's; the one thread that owns the connection writes.
 * vl_store_annotate checks what vl_store_put checks before annotating and
 * only reads `s`; vl_store_put_annotation writes (in its
 * own transaction outside of one), with `replay` (NULL, or `nreplay`
 * texts' precomputed index tokens, vl_fts_tokens_compute) spared the
 * tokenizer's analysis. */
int vl_store_new_annotator(vl_store *s, vl_annotator **out, vl_error *err);
int vl_store_annotate(vl_store *s, vl_annotator *an, const vl_doc *doc, vl_annotation **out, vl_error *err);
int vl_store_put_annotation(vl_store *s, const vl_annotation *a, const vl_fts_tokens *replay, int nreplay,
                            vl_put_outcome *outcome, vl_error *err);

/* The quotations of document `rowid` (src/store/quotes.c): drop the old
 * ones (indexed in language old_lang), write those of a (a may be NULL to
 * only drop them).  The caller holds a transaction. */
int vl_store_write_quotes(vl_store *s, int64_t rowid, int old_lang, const vl_annotation *a, vl_error *err);
/* Annotates every stored document again and writes its quotations (the
 * quotes migration, inside its transaction). */
int vl_store_fill_quotes(vl_store *s, vl_error *err);
/* Finalizes the statements of quotes.c. */
void vl_store_quotes_close(vl_store *s);
/* Replaces the time expressions of document `rowid` with a's (the caller
 * holds a transaction). */
int vl_store_write_timexes(vl_store *s, int64_t rowid, const vl_annotation *a, vl_error *err);

/* Re-extraction of stored documents (src/store/reannotate.c).
 * vl_store_put_extraction replaces the extraction of document `rowid`
 * (time expressions, entities with the cross-document tables, quantities,
 * events, quotations) with a's and records a->annotated_by, when the
 * stored document still has content hash `hash`; *written says whether it
 * did (0: changed or deleted since it was read).  `replay` as for
 * vl_store_put_annotation (the quotations' index tokens).  Runs in the
 * open transaction, or in its own. */
int vl_store_put_extraction(vl_store *s, int64_t rowid, const unsigned char hash[16], const vl_annotation *a,
                            const vl_fts_tokens *replay, int nreplay, int *written, vl_error *err);
/* The same inside the transaction of a put that holds s->replay (store.c's
 * put_annotation, for an unchanged document whose extraction is missing
 * or stale). */
int vl_store_write_extraction(vl_store *s, int64_t rowid, const unsigned char hash[16], const vl_annotation *a,
                              int *written, vl_error *err);
/* The version the current annotator writes (vl_annotator_version of the
 * store's, else from the model files' headers) into out. */
void vl_store_annotator_version(vl_store *s, char *out, size_t cap);
/* The documents to re-extract: every one (`all`), else those whose
 * annotated_by is not `version` (NULL included). */
int vl_store_stale_count(vl_store *s, int all, const char *version, int64_t *n, vl_error *err);
/* Empties the cross-document entity tables (entities, their keys,
 * aliases, dispatches and mentions) in a transaction of its own: before
 * every document's extraction is written again, so that they are linked
 * in the order a fresh ingest links them. */
int vl_store_clear_entities(vl_store *s, vl_error *err);
/* Fills the annotation fields of vl_stats (vl_store_stats calls it). */
int vl_store_annotation_stats(vl_store *s, vl_stats *out, vl_error *err);
/* Reads the documents to re-extract, in rowid order, through a read-only
 * connection of its own to the store's file (another thread may write
 * through the store meanwhile).  Each page of rows is its own short read
 * transaction, so a long run does not hold the WAL back.  next: 1 a
 * document (strings valid until the next call), 0 the end, or an error. */
typedef struct vl_stale_reader vl_stale_reader;
int vl_stale_reader_open(vl_store *s, int all, const char *version, vl_stale_reader **out, vl_error *err);
int vl_stale_reader_next(vl_stale_reader *r, vl_doc *doc, int64_t *rowid, unsigned char hash[16], vl_error *err);
void vl_stale_reader_close(vl_stale_reader *r);

/* The schema version this build writes. */
int vl_schema_current(void);

#endif
