/*
 * store.c -- the SQLite store: opening (WAL, pragmas, tokenizer, schema),
 * transactions, and writing and reading one document.
 *
 * Writing is idempotent by document id: a document whose content hash is
 * the stored one is left alone; a changed one replaces the old version,
 * whose index entries are deleted with the language they were indexed with.
 */
#include "store/store.h"

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#define XXH_STATIC_LINKING_ONLY /* XXH3_state_t on the stack: no allocation per document */
#include <xxhash.h>

#include "annotate/annotate.h"
#include "text/analyzer.h"

int vl_store_sqlite_error(vl_store *s, vl_error *err, const char *what) {
    return vl_error_set(err, VL_ESTORE, s->path, 0, "%s: %s", what, sqlite3_errmsg(s->db));
}

int vl_store_prepare_once(vl_store *s, sqlite3_stmt **st, const char *sql, vl_error *err) {
    if (*st) return VL_OK;
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "preparing a statement");
    return VL_OK;
}

int vl_store_step_done(vl_store *s, sqlite3_stmt *st, const char *what, vl_error *err) {
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? VL_OK : vl_store_sqlite_error(s, err, what);
}

#define TIMEX_INSERT_SQL \
    "INSERT INTO timexes(doc, start, \"end\", text, type, value, mod, \"begin\", end_date)" \
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"

static int prepare_writes(vl_store *s, vl_error *err) {
    if (vl_store_prepare_once(s, &s->find_doc,
                              "SELECT rowid, hash, lang, title, text, annotated_by FROM docs WHERE id = ?1", err) ||
        vl_store_prepare_once(s, &s->insert_doc,
                "INSERT INTO docs(id, date, lang, title, source, url, text, extra, hash, ingested_at, annotated_by)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                err) ||
        vl_store_prepare_once(s, &s->update_doc,
                "UPDATE docs SET date = ?2, lang = ?3, title = ?4, source = ?5, url = ?6, text = ?7,"
                " extra = ?8, hash = ?9, ingested_at = ?10, annotated_by = ?11 WHERE rowid = ?1",
                err) ||
        vl_store_prepare_once(s, &s->fts_insert, "INSERT INTO docs_fts(rowid, title, text) VALUES (?1, ?2, ?3)", err) ||
        vl_store_prepare_once(s, &s->fts_delete,
                "INSERT INTO docs_fts(docs_fts, rowid, title, text) VALUES ('delete', ?1, ?2, ?3)", err) ||
        vl_store_prepare_once(s, &s->timex_insert, TIMEX_INSERT_SQL, err) ||
        vl_store_prepare_once(s, &s->timex_delete, "DELETE FROM timexes WHERE doc = ?1", err))
        return VL_ESTORE;
    return VL_OK;
}

/* The index holds the terms of the analyser version that built it: with
 * another analyser, queries would look for terms that are not there. */
static int check_analyzer_version(vl_store *s, vl_error *err) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'analyzer'", -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "reading the analyser version");
    int built = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    if (built == VL_ANALYZER_VERSION) return VL_OK;
    /* An empty index holds no terms yet: it takes this analyser's version
     * (a new database is created by migration 1, which records version 1). */
    if (!s->readonly && sqlite3_prepare_v2(s->db, "SELECT NOT EXISTS (SELECT 1 FROM docs)", -1, &st, NULL) == SQLITE_OK) {
        int empty = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        char sql[96];
        snprintf(sql, sizeof sql, "UPDATE meta SET value = '%d' WHERE key = 'analyzer'", VL_ANALYZER_VERSION);
        if (empty && sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK) return VL_OK;
    }
    if (built != VL_ANALYZER_VERSION)
        return vl_error_set(err, VL_ESTORE, s->path, 0,
                            "the index was built by analyser version %d, this veille's is %d:"
                            " ingest the dispatches into a new database",
                            built, VL_ANALYZER_VERSION);
    return VL_OK;
}

int vl_store_new_annotator(vl_store *s, vl_annotator **out, vl_error *err) {
    /* Everything the store keeps; a read-only store writes nothing and so
     * needs no entity model. */
    return vl_annotator_new_for(s->readonly ? 0 : VL_ANNOTATE_ALL, out, err);
}

int vl_store_open(const char *path, int flags, vl_store **out, vl_error *err) {
    *out = NULL;
    if (!path || !*path) return vl_error_set(err, VL_EARG, NULL, 0, "no database path");
    vl_store *s = calloc(1, sizeof *s);
    if (!s) return vl_error_set(err, VL_ENOMEM, path, 0, "out of memory");
    s->path = strdup(path);
    s->readonly = (flags & VL_STORE_READONLY) != 0;
    s->hint.doc_lang = -1;
    s->hint.query_lang = VL_LANG_UND;
    vl_buf_init(&s->scratch);
    int rc;
    if (!s->path) {
        rc = vl_error_set(err, VL_ENOMEM, path, 0, "out of memory");
        goto fail;
    }
    int oflags = s->readonly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        rc = vl_error_set(err, VL_ESTORE, path, 0, "cannot open the database: %s",
                          s->db ? sqlite3_errmsg(s->db) : "out of memory");
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, 10000);
    /* WAL lets readers (search, the server) run beside one writer, and a
     * crash mid-ingest loses at most the uncommitted batch.  NORMAL sync is
     * durable across application crashes in WAL mode; only a power loss may
     * drop the last commits, never corrupt the file. */
    const char *pragmas = s->readonly ? "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;"
                                      : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                        "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;"
                                        "PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;";
    if (sqlite3_exec(s->db, pragmas, NULL, NULL, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "configuring the database");
        goto fail;
    }
    fts5_api *fts = vl_fts_api_from_db(s->db);
    if (!fts) {
        rc = vl_error_set(err, VL_ESTORE, path, 0, "this SQLite library has no FTS5");
        goto fail;
    }
    if (vl_fts_register(fts, &s->hint) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "registering the veille tokenizer");
        goto fail;
    }
    /* The annotator first: migrating an old database annotates its
     * documents (migrations 2 and 3).  A read-only store never annotates:
     * it does not open the entity models. */
    if ((rc = vl_store_new_annotator(s, &s->annotator, err))) goto fail;
    /* A file that is not a database fails here, with SQLite's own words. */
    if ((rc = vl_schema_migrate(s, err))) goto fail;
    if ((rc = check_analyzer_version(s, err))) goto fail;
    if (!s->readonly && (rc = prepare_writes(s, err))) goto fail;
    *out = s;
    return VL_OK;
fail:
    vl_store_close(s);
    return rc;
}

void vl_store_set_progress(vl_store *s, int every, int (*fn)(void *), void *ctx) {
    s->progress = fn;
    s->progress_ctx = ctx;
    sqlite3_progress_handler(s->db, fn ? every : 0, fn, ctx);
}

void vl_store_close(vl_store *s) {
    if (!s) return;
    if (s->in_txn) vl_store_rollback(s);
    sqlite3_finalize(s->find_doc);
    sqlite3_finalize(s->insert_doc);
    sqlite3_finalize(s->update_doc);
    sqlite3_finalize(s->fts_insert);
    sqlite3_finalize(s->fts_delete);
    sqlite3_finalize(s->timex_insert);
    sqlite3_finalize(s->timex_delete);
    vl_store_quotes_close(s);
    vl_store_events_close(s);
    vl_entity_store_free(s->ents);
    if (s->db && !s->readonly) sqlite3_exec(s->db, "PRAGMA optimize", NULL, NULL, NULL);
    sqlite3_close_v2(s->db);
    vl_annotator_free(s->annotator);
    vl_facet_cache_free(s->facet_cache);
    vl_bm25_close(s);
    vl_buf_free(&s->scratch);
    free(s->path);
    free(s);
}

int vl_store_begin(vl_store *s, vl_error *err) {
    if (s->in_txn) return vl_error_set(err, VL_EARG, s->path, 0, "a transaction is already open");
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "starting a transaction");
    s->in_txn = 1;
    s->txn_failed = 0;
    return VL_OK;
}

int vl_store_commit(vl_store *s, vl_error *err) {
    if (!s->in_txn) return vl_error_set(err, VL_EARG, s->path, 0, "no transaction is open");
    if (s->txn_failed) {
        vl_store_rollback(s);
        return vl_error_set(err, VL_ESTORE, s->path, 0, "a write failed in this transaction: it was rolled back");
    }
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        int rc = vl_store_sqlite_error(s, err, "committing");
        vl_store_rollback(s);
        return rc;
    }
    s->in_txn = 0;
    return VL_OK;
}

int vl_store_rollback(vl_store *s) {
    if (!s->in_txn) return VL_OK;
    s->in_txn = 0;
    s->txn_failed = 0;
    return sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK ? VL_OK : VL_ESTORE;
}

/* What identifies a version of a document: every field the input gave. */
static void content_hash(const vl_annotation *a, unsigned char out[16]) {
    XXH3_state_t st;
    XXH3_INITSTATE(&st);
    XXH3_128bits_reset(&st);
    const char *parts[] = {a->date, a->title, a->source, a->url, a->lang_given, a->extra};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        /* A 0xff byte separates fields and marks absent ones: it never
         * occurs in UTF-8, so no two field lists hash alike by accident. */
        if (parts[i]) XXH3_128bits_update(&st, parts[i], strlen(parts[i]));
        XXH3_128bits_update(&st, parts[i] ? "\xfe" : "\xff", 1);
    }
    XXH3_128bits_update(&st, a->text, a->text_len);
    XXH128_canonical_t c;
    XXH128_canonicalFromHash(&c, XXH3_128bits_digest(&st));
    memcpy(out, c.digest, 16);
}

static void utc_now(char out[32]) {
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s) {
    if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

/* Writes the time expressions of document `rowid` with `ins`
 * (TIMEX_INSERT_SQL), each with the calendar period its value covers. */
static int write_timexes(vl_store *s, sqlite3_stmt *ins, int64_t rowid, const vl_annotation *a,
                         vl_error *err) {
    for (size_t i = 0; i < a->ntimexes; i++) {
        const vl_timex *t = &a->timexes[i];
        char begin[11], end[11];
        int has_period = (t->type == VL_TIMEX_DATE || t->type == VL_TIMEX_TIME) &&
                         vl_timex_period(t->value, begin, end);
        sqlite3_bind_int64(ins, 1, rowid);
        sqlite3_bind_int64(ins, 2, (int64_t)t->cp_start);
        sqlite3_bind_int64(ins, 3, (int64_t)t->cp_end);
        sqlite3_bind_text(ins, 4, a->text + t->start, (int)(t->end - t->start), SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, vl_timex_type_name(t->type), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 6, t->value, -1, SQLITE_STATIC);
        bind_text_or_null(ins, 7, t->mod[0] ? t->mod : NULL);
        bind_text_or_null(ins, 8, has_period ? begin : NULL);
        bind_text_or_null(ins, 9, has_period ? end : NULL);
        int rc = vl_store_step_done(s, ins, "writing the time expressions", err);
        if (rc) return rc;
    }
    return VL_OK;
}

/* Writes one annotated document; the caller holds a transaction. */
static int put_annotation(vl_store *s, const vl_annotation *a, vl_put_outcome *outcome, vl_error *err) {
    unsigned char hash[16];
    content_hash(a, hash);
    sqlite3_stmt *f = s->find_doc;
    sqlite3_bind_text(f, 1, a->id, -1, SQLITE_STATIC);
    int step = sqlite3_step(f);
    int64_t rowid = 0;
    int rc = VL_OK;
    if (step == SQLITE_ROW) {
        rowid = sqlite3_column_int64(f, 0);
        const void *old_hash = sqlite3_column_blob(f, 1);
        if (old_hash && sqlite3_column_bytes(f, 1) == 16 && memcmp(old_hash, hash, 16) == 0) {
            /* The same text.  Its extraction is written again when this
             * put has one and the stored one is missing (--no-extract), or
             * is another annotator's and this one has all its models:
             * re-ingesting is how a user expects to get it, and a put
             * without extraction, or without a model (annotate.c writes
             * "ner-fr none" or "unreadable" then), never takes one away. */
            const char *by = (const char *)sqlite3_column_text(f, 5), *v = a->annotated_by;
            int stale = v[0] && (!by || (strcmp(by, v) != 0 && !strstr(v, " none") && !strstr(v, " unreadable")));
            sqlite3_reset(f);
            *outcome = VL_PUT_UNCHANGED;
            if (!stale) return VL_OK;
            int written = 0;
            rc = vl_store_write_extraction(s, rowid, hash, a, &written, err);
            if (!rc && written) *outcome = VL_PUT_REEXTRACTED;
            return rc;
        }
        /* Remove the old version's index entries, tokenized exactly as they
         * were written: with the language stored beside them. */
        int old_lang = vl_lang_parse((const char *)sqlite3_column_text(f, 2));
        s->hint.doc_lang = old_lang < 0 ? VL_LANG_UND : old_lang;
        sqlite3_bind_int64(s->fts_delete, 1, rowid);
        sqlite3_bind_value(s->fts_delete, 2, sqlite3_column_value(f, 3));
        sqlite3_bind_value(s->fts_delete, 3, sqlite3_column_value(f, 4));
        rc = vl_store_step_done(s, s->fts_delete, "removing the old version from the index", err);
        sqlite3_reset(f);
        if (rc) return rc;
        /* The new version's time expressions replace the old ones. */
        sqlite3_bind_int64(s->timex_delete, 1, rowid);
        rc = vl_store_step_done(s, s->timex_delete, "removing the old time expressions", err);
        if (rc) return rc;
        /* ... and so do its quotations */
        if ((rc = vl_store_write_quotes(s, rowid, old_lang < 0 ? VL_LANG_UND : old_lang, NULL, err))) return rc;
        *outcome = VL_PUT_UPDATED;
    } else {
        sqlite3_reset(f);
        if (step != SQLITE_DONE) return vl_store_sqlite_error(s, err, "looking up the document");
        *outcome = VL_PUT_ADDED;
    }
    char now[32];
    utc_now(now);
    sqlite3_stmt *w = rowid ? s->update_doc : s->insert_doc;
    if (rowid) sqlite3_bind_int64(w, 1, rowid);
    else sqlite3_bind_text(w, 1, a->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(w, 2, a->date, -1, SQLITE_STATIC);
    sqlite3_bind_text(w, 3, a->lang_code, -1, SQLITE_STATIC);
    bind_text_or_null(w, 4, a->title);
    bind_text_or_null(w, 5, a->source);
    bind_text_or_null(w, 6, a->url);
    sqlite3_bind_text(w, 7, a->text, (int)a->text_len, SQLITE_STATIC);
    bind_text_or_null(w, 8, a->extra);
    sqlite3_bind_blob(w, 9, hash, 16, SQLITE_STATIC);
    sqlite3_bind_text(w, 10, now, -1, SQLITE_STATIC);
    bind_text_or_null(w, 11, a->annotated_by[0] ? a->annotated_by : NULL); /* NULL: not extracted */
    rc = vl_store_step_done(s, w, "writing the document", err);
    if (rc) return rc;
    if (!rowid) rowid = sqlite3_last_insert_rowid(s->db);

    s->hint.doc_lang = (int)a->lang;
    s->hint.replay = s->replay;
    s->hint.nreplay = s->nreplay;
    sqlite3_bind_int64(s->fts_insert, 1, rowid);
    bind_text_or_null(s->fts_insert, 2, a->title);
    sqlite3_bind_text(s->fts_insert, 3, a->text, (int)a->text_len, SQLITE_STATIC);
    rc = vl_store_step_done(s, s->fts_insert, "indexing the document", err);
    s->hint.doc_lang = -1;
    s->hint.replay = NULL;
    s->hint.nreplay = 0;
    if (rc) return rc;
    if ((rc = write_timexes(s, s->timex_insert, rowid, a, err))) return rc;
    if ((rc = vl_store_write_entities(s, rowid, *outcome == VL_PUT_UPDATED, a, err))) return rc;
    if ((rc = vl_store_put_events(s, rowid, a, err))) return rc;
    return vl_store_write_quotes(s, rowid, -1, a, err);
}

int vl_store_write_timexes(vl_store *s, int64_t rowid, const vl_annotation *a, vl_error *err) {
    sqlite3_bind_int64(s->timex_delete, 1, rowid);
    int rc = vl_store_step_done(s, s->timex_delete, "removing the old time expressions", err);
    return rc ? rc : write_timexes(s, s->timex_insert, rowid, a, err);
}

int vl_store_each_annotated(vl_store *s, int by_date, vl_store_annotated_fn fn, void *ctx, vl_error *err) {
    const char *sql = by_date ? "SELECT rowid, id, date, lang, text FROM docs ORDER BY date, rowid"
                              : "SELECT rowid, id, date, lang, text FROM docs";
    sqlite3_stmt *sel = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &sel, NULL) != SQLITE_OK) {
        sqlite3_finalize(sel);
        return vl_store_sqlite_error(s, err, "annotating the stored documents");
    }
    int rc = VL_OK, step = SQLITE_DONE;
    while (!rc && (step = sqlite3_step(sel)) == SQLITE_ROW) {
        vl_doc d = {
            .id = (const char *)sqlite3_column_text(sel, 1),
            .date = (const char *)sqlite3_column_text(sel, 2),
            .lang = (const char *)sqlite3_column_text(sel, 3),
            .text = (const char *)sqlite3_column_text(sel, 4),
        };
        d.text_len = (size_t)sqlite3_column_bytes(sel, 4);
        vl_annotation *a = NULL;
        vl_error ignored;
        vl_error_clear(&ignored);
        if (vl_annotate(s->annotator, &d, &a, &ignored) == VL_OK)
            rc = fn(s, sqlite3_column_int64(sel, 0), a, ctx, err);
        else if (ignored.code == VL_ENOMEM)
            rc = vl_error_set(err, VL_ENOMEM, s->path, 0, "out of memory");
        vl_annotation_free(a);
    }
    if (!rc && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "annotating the stored documents");
    sqlite3_finalize(sel);
    return rc;
}

static int fill_timexes_of(vl_store *s, int64_t rowid, const vl_annotation *a, void *ins, vl_error *err) {
    return write_timexes(s, ins, rowid, a, err);
}

int vl_store_fill_timexes(vl_store *s, vl_error *err) {
    sqlite3_stmt *ins = NULL;
    int rc = sqlite3_prepare_v2(s->db, TIMEX_INSERT_SQL, -1, &ins, NULL) != SQLITE_OK
                 ? vl_store_sqlite_error(s, err, "annotating the stored documents")
                 : vl_store_each_annotated(s, 0, fill_timexes_of, ins, err);
    sqlite3_finalize(ins);
    return rc;
}

int vl_store_annotate(vl_store *s, vl_annotator *an, const vl_doc *doc, vl_annotation **out, vl_error *err) {
    *out = NULL;
    if (s->readonly) return vl_error_set(err, VL_EARG, s->path, 0, "the database is open read-only");
    if (doc->text_len > INT32_MAX / 2) return vl_error_set(err, VL_ETOOBIG, NULL, 0, "document too large");
    return vl_annotate(an, doc, out, err);
}

int vl_store_put_annotation(vl_store *s, const vl_annotation *a, const vl_fts_tokens *replay, int nreplay,
                            vl_put_outcome *outcome, vl_error *err) {
    vl_put_outcome dummy;
    if (!outcome) outcome = &dummy;
    int rc = VL_OK, own_txn = !s->in_txn;
    if (own_txn && (rc = vl_store_begin(s, err))) return rc;
    /* No savepoint per document (releasing one cost a tenth of the
     * writer's time, profiled): a write that fails half-way marks the
     * transaction, which then can only be rolled back (vl_store_commit
     * refuses it), so a half-written document is never committed. */
    s->replay = replay;
    s->nreplay = replay ? nreplay : 0;
    rc = put_annotation(s, a, outcome, err);
    s->replay = NULL;
    s->nreplay = 0;
    if (rc) s->txn_failed = 1;
    if (own_txn) {
        if (rc) vl_store_rollback(s);
        else rc = vl_store_commit(s, err);
    }
    return rc;
}

int vl_store_put(vl_store *s, const vl_doc *doc, vl_put_outcome *outcome, vl_error *err) {
    vl_annotation *a = NULL;
    int rc = vl_store_annotate(s, s->annotator, doc, &a, err);
    if (rc == VL_OK) rc = vl_store_put_annotation(s, a, NULL, 0, outcome, err);
    vl_annotation_free(a);
    return rc;
}

static char *column_dup(sqlite3_stmt *st, int i) {
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? strdup((const char *)t) : NULL;
}

int vl_store_get(vl_store *s, const char *id, vl_record **out, vl_error *err) {
    *out = NULL;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT rowid, id, date, lang, title, source, url, text, extra, ingested_at"
                           " FROM docs WHERE id = ?1",
                           -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "reading a document");
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int step = sqlite3_step(st);
    int rc = VL_OK;
    if (step == SQLITE_ROW) {
        vl_record *r = calloc(1, sizeof *r);
        if (!r) {
            rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        } else {
            r->rowid = sqlite3_column_int64(st, 0);
            r->id = column_dup(st, 1);
            r->date = column_dup(st, 2);
            r->lang = column_dup(st, 3);
            r->title = column_dup(st, 4);
            r->source = column_dup(st, 5);
            r->url = column_dup(st, 6);
            r->text = column_dup(st, 7);
            r->extra = column_dup(st, 8);
            r->ingested_at = column_dup(st, 9);
            *out = r;
        }
    } else if (step == SQLITE_DONE) {
        rc = vl_error_set(err, VL_ENOTFOUND, NULL, 0, "no document with id \"%.300s\"", id);
    } else {
        rc = vl_store_sqlite_error(s, err, "reading a document");
    }
    sqlite3_finalize(st);
    return rc;
}

void vl_record_free(vl_record *r) {
    if (!r) return;
    free(r->id);
    free(r->date);
    free(r->lang);
    free(r->title);
    free(r->source);
    free(r->url);
    free(r->text);
    free(r->extra);
    free(r->ingested_at);
    free(r);
}

int vl_store_timexes(vl_store *s, const char *id, int (*on_timex)(void *ctx, const vl_doc_timex *t),
                     void *ctx, vl_error *err) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT d.rowid, t.start, t.\"end\", t.text, t.type, t.value, t.mod, t.\"begin\","
                           " t.end_date FROM docs d LEFT JOIN timexes t ON t.doc = d.rowid"
                           " WHERE d.id = ?1 ORDER BY t.start, t.\"end\"",
                           -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "reading the time expressions");
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int step, found = 0, rc = VL_OK;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        found = 1;
        if (sqlite3_column_type(st, 1) == SQLITE_NULL) continue; /* a document without any */
        vl_doc_timex t = {
            .start = sqlite3_column_int64(st, 1),
            .end = sqlite3_column_int64(st, 2),
            .text = (const char *)sqlite3_column_text(st, 3),
            .type = (const char *)sqlite3_column_text(st, 4),
            .value = (const char *)sqlite3_column_text(st, 5),
            .mod = (const char *)sqlite3_column_text(st, 6),
            .begin = (const char *)sqlite3_column_text(st, 7),
            .end_date = (const char *)sqlite3_column_text(st, 8),
        };
        if (on_timex && on_timex(ctx, &t)) break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "reading the time expressions");
    else if (!found) rc = vl_error_set(err, VL_ENOTFOUND, NULL, 0, "no document with id \"%.300s\"", id);
    sqlite3_finalize(st);
    return rc;
}

static int64_t file_size(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 ? (int64_t)st.st_size : 0;
}

int vl_store_stats(vl_store *s, vl_stats *out, vl_error *err) {
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT count(*), coalesce(sum(length(CAST(text AS BLOB))), 0),"
                           " coalesce(min(date), ''), coalesce(max(date), '') FROM docs",
                           -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "counting documents");
    if (sqlite3_step(st) == SQLITE_ROW) {
        out->docs = sqlite3_column_int64(st, 0);
        out->text_bytes = sqlite3_column_int64(st, 1);
        snprintf(out->first_date, sizeof out->first_date, "%s", (const char *)sqlite3_column_text(st, 2));
        snprintf(out->last_date, sizeof out->last_date, "%s", (const char *)sqlite3_column_text(st, 3));
    }
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(s->db, "SELECT lang, count(*) FROM docs GROUP BY lang ORDER BY 2 DESC, 1", -1,
                           &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "counting languages");
    while (sqlite3_step(st) == SQLITE_ROW && out->nlangs < (int)(sizeof out->langs / sizeof out->langs[0])) {
        vl_lang_count *lc = &out->langs[out->nlangs++];
        snprintf(lc->lang, sizeof lc->lang, "%s", (const char *)sqlite3_column_text(st, 0));
        lc->docs = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    vl_buf_reset(&s->scratch);
    vl_buf_printf(&s->scratch, "%s-wal", s->path);
    out->db_bytes = file_size(s->path) + file_size(s->scratch.data);
    out->schema_version = vl_schema_current();
    return vl_store_annotation_stats(s, out, err);
}

int64_t vl_store_data_version(vl_store *s) {
    sqlite3_stmt *st = NULL;
    int64_t v = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA data_version", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}
