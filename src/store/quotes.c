/*
 * quotes.c -- the quotations in the store: written with each document
 * (vl_store_write_quotes, from put_annotation in store.c), filled for the
 * documents stored before the quotes migration (vl_store_fill_quotes), and
 * read back by speaker, words and date (vl_quotes).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "extract/timex.h"
#include "query/query.h"
#include "store/store.h"

#define QUOTE_INSERT_SQL                                                                          \
    "INSERT INTO quotes(doc, start, \"end\", text, speaker, speaker_canonical, verb, direct,"    \
    " speaker_start, speaker_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"

void vl_store_quotes_close(vl_store *s) {
    sqlite3_finalize(s->quote_insert);
    sqlite3_finalize(s->quote_delete);
    sqlite3_finalize(s->quote_fts_delete);
    sqlite3_finalize(s->quote_fts_insert);
    s->quote_insert = s->quote_delete = s->quote_fts_delete = s->quote_fts_insert = NULL;
}


static void bind_range(sqlite3_stmt *st, int col, const char *text, size_t b, size_t e) {
    if (e > b) sqlite3_bind_text(st, col, text + b, (int)(e - b), SQLITE_STATIC);
    else sqlite3_bind_null(st, col);
}

int vl_store_write_quotes(vl_store *s, int64_t rowid, int old_lang, const vl_annotation *a, vl_error *err) {
    int rc;
    if ((rc = vl_store_prepare_once(s, &s->quote_insert, QUOTE_INSERT_SQL, err)) ||
        (rc = vl_store_prepare_once(s, &s->quote_delete, "DELETE FROM quotes WHERE doc = ?1", err)) ||
        (rc = vl_store_prepare_once(s, &s->quote_fts_delete,
                      "INSERT INTO quotes_fts(quotes_fts, rowid, text)"
                      " SELECT 'delete', rowid, text FROM quotes WHERE doc = ?1",
                      err)))
        return rc;
    if (!a) {
        /* the old quotations leave the index as they entered it: in the
         * language of the old version */
        s->hint.doc_lang = old_lang;
        sqlite3_bind_int64(s->quote_fts_delete, 1, rowid);
        rc = vl_store_step_done(s, s->quote_fts_delete, "removing the old quotations from the index", err);
        s->hint.doc_lang = -1;
        if (rc) return rc;
        sqlite3_bind_int64(s->quote_delete, 1, rowid);
        return vl_store_step_done(s, s->quote_delete, "removing the old quotations", err);
    }
    if (a->nquotes && (rc = vl_store_prepare_once(s, &s->quote_fts_insert,
                                                  "INSERT INTO quotes_fts(rowid, text) VALUES (?1, ?2)", err)))
        return rc;
    sqlite3_stmt *ins = s->quote_insert;
    for (size_t i = 0; i < a->nquotes; i++) {
        const vl_quote *q = &a->quotes[i];
        int spk = q->name_end > q->name_start;
        sqlite3_bind_int64(ins, 1, rowid);
        sqlite3_bind_int64(ins, 2, (int64_t)q->cp_start);
        sqlite3_bind_int64(ins, 3, (int64_t)q->cp_end);
        sqlite3_bind_text(ins, 4, a->text + q->start, (int)(q->end - q->start), SQLITE_STATIC);
        bind_range(ins, 5, a->text, q->name_start, q->name_end);
        bind_range(ins, 6, a->text, q->canon_start, q->canon_end);
        bind_range(ins, 7, a->text, q->verb_start, q->verb_end);
        sqlite3_bind_int(ins, 8, q->direct);
        if (spk) {
            sqlite3_bind_int64(ins, 9, (int64_t)q->spk_cp_start);
            sqlite3_bind_int64(ins, 10, (int64_t)q->spk_cp_end);
        }
        if ((rc = vl_store_step_done(s, ins, "writing the quotations", err))) return rc;
        /* Its words, in the document's language, with the tokens the
         * ingest workers computed ahead when there are some.  One row per
         * statement: an INSERT ... SELECT opens a statement savepoint, on
         * which FTS5 flushes its pending terms into a new segment (then
         * merges them): 2 ms per dispatch, profiled. */
        sqlite3_stmt *fi = s->quote_fts_insert;
        sqlite3_bind_int64(fi, 1, sqlite3_last_insert_rowid(s->db));
        sqlite3_bind_text(fi, 2, a->text + q->start, (int)(q->end - q->start), SQLITE_STATIC);
        s->hint.doc_lang = (int)a->lang;
        s->hint.replay = s->replay;
        s->hint.nreplay = s->nreplay;
        rc = vl_store_step_done(s, fi, "indexing the quotations", err);
        s->hint.doc_lang = -1;
        s->hint.replay = NULL;
        s->hint.nreplay = 0;
        if (rc) return rc;
    }
    return VL_OK;
}

static int fill_quotes_of(vl_store *s, int64_t rowid, const vl_annotation *a, void *ctx, vl_error *err) {
    (void)ctx;
    return vl_store_write_quotes(s, rowid, -1, a, err);
}

int vl_store_fill_quotes(vl_store *s, vl_error *err) {
    return vl_store_each_annotated(s, 0, fill_quotes_of, NULL, err);
}

static const char *col_text(sqlite3_stmt *st, int i) { return (const char *)sqlite3_column_text(st, i); }

int vl_quotes(vl_store *s, const vl_quote_query *q, int (*on_quote)(void *ctx, const vl_quote_hit *hit), void *ctx,
              vl_error *err) {
    char from[11], to[11];
    if (vl_timex_filter_bound(q->date_from, 0, from, "from", err) || vl_timex_filter_bound(q->date_to, 1, to, "to", err))
        return VL_EARG;
    vl_buf fts, sql;
    vl_buf_init(&fts);
    vl_buf_init(&sql);
    int rc = VL_OK;
    if (q->query && q->query[0] && (rc = vl_query_translate(q->query, &fts, err))) goto done;
    vl_buf_puts(&sql,
                "SELECT d.id, d.date, q.text, q.speaker, q.speaker_canonical, q.verb, q.direct, q.start,"
                " q.\"end\", q.speaker_start, q.speaker_end FROM quotes q JOIN docs d ON d.rowid = q.doc WHERE 1");
    if (fts.len) vl_buf_puts(&sql, " AND q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?1)");
    if (q->speaker && q->speaker[0])
        vl_buf_puts(&sql, " AND (instr(lower(q.speaker_canonical), lower(?2)) > 0"
                          " OR instr(lower(q.speaker), lower(?2)) > 0)");
    if (from[0]) vl_buf_puts(&sql, " AND d.date >= ?3");
    if (to[0]) vl_buf_puts(&sql, " AND d.date <= ?4");
    if (vl_buf_puts(&sql, " ORDER BY d.date DESC, d.rowid DESC, q.start LIMIT ?5 OFFSET ?6")) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto done;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "preparing the quotation query");
        goto done;
    }
    if (fts.len) sqlite3_bind_text(st, 1, fts.data, (int)fts.len, SQLITE_STATIC);
    if (q->speaker && q->speaker[0]) sqlite3_bind_text(st, 2, q->speaker, -1, SQLITE_STATIC);
    if (from[0]) sqlite3_bind_text(st, 3, from, -1, SQLITE_STATIC);
    if (to[0]) sqlite3_bind_text(st, 4, to, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, q->limit > 0 ? q->limit : 20);
    sqlite3_bind_int(st, 6, q->offset > 0 ? q->offset : 0);
    s->hint.query_lang = VL_LANG_UND;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        vl_quote_hit h = {
            .doc_id = col_text(st, 0),
            .date = col_text(st, 1),
            .text = col_text(st, 2),
            .speaker = col_text(st, 3),
            .speaker_canonical = col_text(st, 4),
            .verb = col_text(st, 5),
            .direct = sqlite3_column_int(st, 6),
            .start = sqlite3_column_int64(st, 7),
            .end = sqlite3_column_int64(st, 8),
            .speaker_start = sqlite3_column_type(st, 9) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 9),
            .speaker_end = sqlite3_column_type(st, 10) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 10),
        };
        if (on_quote && on_quote(ctx, &h)) {
            step = SQLITE_DONE;
            break;
        }
    }
    if (step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "reading the quotations");
    sqlite3_finalize(st);
done:
    vl_buf_free(&fts);
    vl_buf_free(&sql);
    return rc;
}
