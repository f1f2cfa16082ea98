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
    sqlite3_stmt *quote_insert, *quote_delete, *quote_fts_delete; /* src/store/quotes.c */
    sqlite3_stmt *savepoint, *release, *rollback_to;
    vl_buf scratch;
};

/* Fills err from the connection's last error; returns VL_ESTORE. */
int vl_store_sqlite_error(vl_store *s, vl_error *err, const char *what);

/* Brings the schema of a fresh or older database up to date (schema.c). */
int vl_schema_migrate(vl_store *s, vl_error *err);
/* Annotates every stored document again and writes its time expressions
 * (migration 2, inside its transaction). */
int vl_store_fill_timexes(vl_store *s, vl_error *err);
/* The quotations of document `rowid` (src/store/quotes.c): drop the old
 * ones (indexed in language old_lang), write those of a (a may be NULL to
 * only drop them).  The caller holds a transaction. */
int vl_store_write_quotes(vl_store *s, int64_t rowid, int old_lang, const vl_annotation *a, vl_error *err);
/* Annotates every stored document again and writes its quotations (the
 * quotes migration, inside its transaction). */
int vl_store_fill_quotes(vl_store *s, vl_error *err);
/* Finalizes the statements of quotes.c. */
void vl_store_quotes_close(vl_store *s);
/* The schema version this build writes. */
int vl_schema_current(void);

#endif
