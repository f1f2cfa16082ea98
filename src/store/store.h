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
    vl_fts_hint hint;   /* read by the "veille" tokenizer of this connection */
    vl_annotator *annotator;
    /* Prepared once, reused for every document. */
    sqlite3_stmt *find_doc, *insert_doc, *update_doc, *fts_insert, *fts_delete;
    sqlite3_stmt *timex_insert, *timex_delete;
    sqlite3_stmt *savepoint, *release, *rollback_to;
    vl_buf scratch;
    /* events.c: quantities and events, prepared on first use */
    sqlite3_stmt *qty_insert, *qty_delete, *event_insert, *event_delete;
};

/* Fills err from the connection's last error; returns VL_ESTORE. */
int vl_store_sqlite_error(vl_store *s, vl_error *err, const char *what);

/* Brings the schema of a fresh or older database up to date (schema.c). */
int vl_schema_migrate(vl_store *s, vl_error *err);
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
/* The schema version this build writes. */
int vl_schema_current(void);

#endif
