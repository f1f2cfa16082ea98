/*
 * optimize.c -- vl_store_optimize: merges the full-text index into one
 * segment, for a store that has finished a large ingest.
 *
 * FTS5 writes each batch of documents as a new segment and merges them
 * incrementally (automerge), so after a large ingest a term's postings are
 * spread over several segments and every query reads and merges them.
 * FTS5's 'optimize' rewrites the index as a single segment: queries then
 * read one list per term (bench/README.md has the figures).  It rewrites
 * the whole index, in one transaction, so it is a separate, explicit step.
 */
#include "store/store.h"

int vl_store_optimize(vl_store *s, vl_error *err) {
    if (s->readonly) return vl_error_set(err, VL_EARG, s->path, 0, "the database is open read-only");
    if (s->in_txn) return vl_error_set(err, VL_EARG, s->path, 0, "a transaction is open");
    if (sqlite3_exec(s->db, "INSERT INTO docs_fts(docs_fts) VALUES ('optimize')", NULL, NULL, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "optimizing the index");
    /* Hand the space of the old segments' pages back to the WAL's next
     * checkpoint rather than letting the WAL file grow by the whole index. */
    sqlite3_exec(s->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    return VL_OK;
}
