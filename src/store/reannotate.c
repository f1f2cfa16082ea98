/*
 * reannotate.c -- the store's side of re-extraction (schema migration 6):
 * which annotator version produced each document's stored extraction,
 * how many documents are stale or were stored without extraction, reading
 * the documents to re-extract, and replacing one document's extraction
 * (the writing pieces of vl_store_put: time expressions, entities with
 * their cross-document tables, quantities and events, quotations).
 *
 * The driver that annotates in worker threads and writes in batches is
 * the ingest pipeline's (src/ingest/reannotate.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "store/store.h"

void vl_store_annotator_version(vl_store *s, char *out, size_t cap) {
    const char *v = s->annotator ? vl_annotator_version(s->annotator) : "";
    if (v[0]) snprintf(out, cap, "%s", v);
    else vl_annotator_current_version(out, cap); /* a read-only store loads no model */
}

static int count(vl_store *s, const char *sql, const char *version, int64_t *a, int64_t *b, vl_error *err) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "counting the stale annotations");
    if (version) sqlite3_bind_text(st, 1, version, -1, SQLITE_STATIC);
    int rc = VL_OK;
    if (sqlite3_step(st) == SQLITE_ROW) {
        *a = sqlite3_column_int64(st, 0);
        if (b) *b = sqlite3_column_int64(st, 1);
    } else {
        rc = vl_store_sqlite_error(s, err, "counting the stale annotations");
    }
    sqlite3_finalize(st);
    return rc;
}

int vl_store_stale_count(vl_store *s, int all, const char *version, int64_t *n, vl_error *err) {
    *n = 0;
    return all ? count(s, "SELECT count(*) FROM docs", NULL, n, NULL, err)
               : count(s, "SELECT count(*) FROM docs WHERE annotated_by IS NOT ?1", version, n, NULL, err);
}

int vl_store_annotation_stats(vl_store *s, vl_stats *out, vl_error *err) {
    vl_store_annotator_version(s, out->annotator, sizeof out->annotator);
    /* Both counts from the annotated_by index alone. */
    return count(s,
                 "SELECT coalesce(sum(annotated_by IS NOT NULL AND annotated_by <> ?1), 0),"
                 " coalesce(sum(annotated_by IS NULL), 0) FROM docs INDEXED BY docs_annotated_by",
                 out->annotator, &out->docs_stale, &out->docs_unextracted, err);
}

int vl_store_clear_entities(vl_store *s, vl_error *err) {
    int rc = vl_store_begin(s, err);
    if (rc) return rc;
    if (sqlite3_exec(s->db,
                     "DELETE FROM mentions; DELETE FROM entity_docs; DELETE FROM entity_aliases;"
                     " DELETE FROM entity_keys; DELETE FROM entities;",
                     NULL, NULL, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "clearing the entity tables");
        vl_store_rollback(s);
        return rc;
    }
    return vl_store_commit(s, err);
}

/* ---------------------------------------------------------------- reading */

enum { PAGE = 256 };

struct vl_stale_reader {
    sqlite3 *db;
    sqlite3_stmt *st;
    char *path;
    int64_t last;  /* the last rowid read */
    int in_page;   /* rows read from the current page */
    int stepping;  /* st has rows pending */
};

void vl_stale_reader_close(vl_stale_reader *r) {
    if (!r) return;
    sqlite3_finalize(r->st);
    sqlite3_close_v2(r->db);
    free(r->path);
    free(r);
}

int vl_stale_reader_open(vl_store *s, int all, const char *version, vl_stale_reader **out, vl_error *err) {
    *out = NULL;
    const char *file = sqlite3_db_filename(s->db, "main");
    if (!file || !file[0])
        return vl_error_set(err, VL_EARG, s->path, 0, "re-extraction needs a database file, not an in-memory one");
    vl_stale_reader *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(file))) {
        free(r);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    int rc = VL_OK;
    if (sqlite3_open_v2(r->path, &r->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        rc = vl_error_set(err, VL_ESTORE, s->path, 0, "cannot open the database to read it: %s",
                          r->db ? sqlite3_errmsg(r->db) : "out of memory");
    } else {
        sqlite3_busy_timeout(r->db, 10000);
        char sql[256];
        snprintf(sql, sizeof sql,
                 "SELECT rowid, id, date, lang, title, text, hash FROM docs WHERE rowid > ?1%s"
                 " ORDER BY rowid LIMIT %d",
                 all ? "" : " AND annotated_by IS NOT ?2", PAGE);
        if (sqlite3_prepare_v2(r->db, sql, -1, &r->st, NULL) != SQLITE_OK)
            rc = vl_error_set(err, VL_ESTORE, s->path, 0, "reading the documents to annotate: %s",
                              sqlite3_errmsg(r->db));
        else if (!all)
            sqlite3_bind_text(r->st, 2, version, -1, SQLITE_TRANSIENT);
    }
    if (rc) {
        vl_stale_reader_close(r);
        return rc;
    }
    *out = r;
    return VL_OK;
}

int vl_stale_reader_next(vl_stale_reader *r, vl_doc *doc, int64_t *rowid, unsigned char hash[16], vl_error *err) {
    for (;;) {
        if (!r->stepping) {
            /* A new page, in a read transaction of its own. */
            sqlite3_reset(r->st);
            sqlite3_bind_int64(r->st, 1, r->last);
            r->stepping = 1;
            r->in_page = 0;
        }
        int step = sqlite3_step(r->st);
        if (step == SQLITE_ROW) {
            r->in_page++;
            r->last = *rowid = sqlite3_column_int64(r->st, 0);
            /* The stored language, given back as the input's: the
             * extraction runs with the rules it ran with at ingest. */
            *doc = (vl_doc){
                .id = (const char *)sqlite3_column_text(r->st, 1),
                .date = (const char *)sqlite3_column_text(r->st, 2),
                .lang = (const char *)sqlite3_column_text(r->st, 3),
                .title = (const char *)sqlite3_column_text(r->st, 4),
                .text = (const char *)sqlite3_column_text(r->st, 5),
            };
            doc->text_len = (size_t)sqlite3_column_bytes(r->st, 5);
            const void *h = sqlite3_column_blob(r->st, 6);
            memset(hash, 0, 16);
            if (h && sqlite3_column_bytes(r->st, 6) == 16) memcpy(hash, h, 16);
            if (!doc->text) doc->text = "";
            return 1;
        }
        r->stepping = 0;
        if (step != SQLITE_DONE)
            return vl_error_set(err, VL_ESTORE, r->path, 0, "reading the documents to annotate: %s",
                                sqlite3_errmsg(r->db));
        int full = r->in_page == PAGE;
        sqlite3_reset(r->st);
        if (!full) return 0;
    }
}

/* ---------------------------------------------------------------- writing */

int vl_store_write_extraction(vl_store *s, int64_t rowid, const unsigned char hash[16], const vl_annotation *a,
                              int *written, vl_error *err) {
    sqlite3_stmt *st;
    *written = 0;
    if (sqlite3_prepare_v3(s->db, "SELECT hash, lang, EXISTS (SELECT 1 FROM quotes WHERE doc = ?1) FROM docs WHERE rowid = ?1", -1, SQLITE_PREPARE_PERSISTENT,
                           &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "looking up the document");
    sqlite3_bind_int64(st, 1, rowid);
    int step = sqlite3_step(st), same = 0, old_lang = VL_LANG_UND, quotes = 0;
    if (step == SQLITE_ROW) {
        const void *h = sqlite3_column_blob(st, 0);
        same = h && sqlite3_column_bytes(st, 0) == 16 && memcmp(h, hash, 16) == 0;
        old_lang = vl_lang_parse((const char *)sqlite3_column_text(st, 1));
        if (old_lang < 0) old_lang = VL_LANG_UND;
        quotes = sqlite3_column_int(st, 2);
    }
    sqlite3_finalize(st);
    if (step != SQLITE_ROW && step != SQLITE_DONE) return vl_store_sqlite_error(s, err, "looking up the document");
    if (!same) return VL_OK; /* replaced or deleted since it was read: its writer annotated it */
    int rc;
    if ((rc = vl_store_write_timexes(s, rowid, a, err)) || (rc = vl_store_write_entities(s, rowid, 1, a, err)) ||
        (rc = vl_store_put_events(s, rowid, a, err)) ||
        /* Taking quotations out of their index costs an FTS5 flush
         * (quotes.c): only when there are some (none without extraction). */
        (quotes && (rc = vl_store_write_quotes(s, rowid, old_lang, NULL, err))) ||
        (rc = vl_store_write_quotes(s, rowid, -1, a, err)))
        return rc;
    if (sqlite3_prepare_v3(s->db, "UPDATE docs SET annotated_by = ?2 WHERE rowid = ?1", -1,
                           SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "recording the annotation version");
    sqlite3_bind_int64(st, 1, rowid);
    if (a->annotated_by[0]) sqlite3_bind_text(st, 2, a->annotated_by, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, 2);
    step = sqlite3_step(st);
    rc = step == SQLITE_DONE ? VL_OK : vl_store_sqlite_error(s, err, "recording the annotation version");
    sqlite3_finalize(st);
    if (!rc) *written = 1;
    return rc;
}

int vl_store_put_extraction(vl_store *s, int64_t rowid, const unsigned char hash[16], const vl_annotation *a,
                            const vl_fts_tokens *replay, int nreplay, int *written, vl_error *err) {
    int dummy;
    if (!written) written = &dummy;
    *written = 0;
    if (s->readonly) return vl_error_set(err, VL_EARG, s->path, 0, "the database is open read-only");
    int rc = VL_OK, own_txn = !s->in_txn;
    if (own_txn && (rc = vl_store_begin(s, err))) return rc;
    s->replay = replay;
    s->nreplay = replay ? nreplay : 0;
    rc = vl_store_write_extraction(s, rowid, hash, a, written, err);
    s->replay = NULL;
    s->nreplay = 0;
    /* As in vl_store_put_annotation: a half-written document is never
     * committed. */
    if (rc) {
        s->txn_failed = 1;
        *written = 0;
    }
    if (own_txn) {
        if (rc) vl_store_rollback(s);
        else rc = vl_store_commit(s, err);
    }
    return rc;
}
