/*
 * search.c -- vl_search: a veille query, translated by src/query, run
 * against the FTS5 index with date and language filters, ranked by BM25.
 *
 * The page of hits and the total count are two queries: ranking needs
 * BM25 for every match, counting does not.
 */
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "store/store.h"

/* The title shown for a hit: the stored title, else the body's first
 * sentence (or its first ~120 characters), on one line. */
static void display_title(const char *title, const char *text, vl_buf *out) {
    vl_buf_reset(out);
    const char *src = title && *title ? title : text ? text : "";
    size_t n = 0, chars = 0;
    for (; src[n]; n++) {
        unsigned char c = (unsigned char)src[n];
        if ((c & 0xc0) != 0x80) chars++;
        if (!title || !*title) {
            if ((c == '.' || c == '!' || c == '?') && (src[n + 1] == ' ' || src[n + 1] == '\n' || !src[n + 1])) {
                n++;
                break;
            }
            if (c == '\n' && n > 0) break;
        }
        if (chars > 160 && (c & 0xc0) != 0x80 && c == ' ') break;
    }
    int truncated = src[n] && (title && *title ? 0 : chars > 160);
    for (size_t i = 0; i < n; i++) vl_buf_putc(out, src[i] == '\n' || src[i] == '\t' ? ' ' : src[i]);
    while (out->len && out->data[out->len - 1] == ' ') out->data[--out->len] = 0;
    if (truncated) vl_buf_puts(out, "…");
}

static int check_date(const char *d, const char *which, vl_error *err) {
    if (d && !vl_date_valid(d, strlen(d)))
        return vl_error_set(err, VL_EARG, NULL, 0, "%s date \"%.40s\" is not a valid YYYY-MM-DD date", which, d);
    return VL_OK;
}

static void append_filters(vl_buf *sql, const vl_search_opts *o, int lang) {
    if (o->date_from) vl_buf_puts(sql, " AND d.date >= ?2");
    if (o->date_to) vl_buf_puts(sql, " AND d.date <= ?3");
    if (lang >= 0) vl_buf_puts(sql, " AND d.lang = ?4");
}

static void bind_filters(sqlite3_stmt *st, const vl_buf *fts, const vl_search_opts *o, int lang) {
    sqlite3_bind_text(st, 1, fts->data, (int)fts->len, SQLITE_STATIC);
    if (o->date_from) sqlite3_bind_text(st, 2, o->date_from, -1, SQLITE_STATIC);
    if (o->date_to) sqlite3_bind_text(st, 3, o->date_to, -1, SQLITE_STATIC);
    if (lang >= 0) sqlite3_bind_text(st, 4, vl_lang_code((vl_lang)lang), -1, SQLITE_STATIC);
}

int vl_search(vl_store *s, const vl_search_opts *o, int (*on_hit)(void *, const vl_hit *), void *ctx,
              int64_t *total, vl_error *err) {
    if (!o || !o->query) return vl_error_set(err, VL_EARG, NULL, 0, "no query");
    if (check_date(o->date_from, "--from", err) || check_date(o->date_to, "--to", err)) return VL_EARG;
    int lang = -1;
    if (o->lang && *o->lang) {
        lang = vl_lang_parse(o->lang);
        if (lang < 0)
            return vl_error_set(err, VL_EARG, NULL, 0, "unknown language \"%.20s\" (fr, en or und)", o->lang);
    }
    int limit = o->limit > 0 ? o->limit : 10;
    if (limit > 10000) limit = 10000;
    int offset = o->offset > 0 ? o->offset : 0;
    int ntok = o->snippet_tokens > 0 ? o->snippet_tokens : 24;
    if (ntok > 64) ntok = 64; /* FTS5's own maximum */

    vl_buf fts, sql, title;
    vl_buf_init(&fts);
    vl_buf_init(&sql);
    vl_buf_init(&title);
    sqlite3_stmt *st = NULL;
    int rc = vl_query_translate(o->query, &fts, err);
    if (rc) goto done;

    /* FTS5 hands rows out in rank order itself when the query orders by
     * rank (its xBestIndex consumes the ORDER BY, even with the join on
     * docs), so LIMIT stops the scan and snippet() runs only for the rows
     * of the page: the ranking, not the snippets, is what costs. */
    vl_buf_puts(&sql,
                "SELECT d.id, d.date, d.lang, d.title, substr(d.text, 1, 400),"
                " snippet(docs_fts, -1, ?7, ?8, '…', ?9), docs_fts.rank"
                " FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid"
                " WHERE docs_fts MATCH ?1");
    append_filters(&sql, o, lang);
    vl_buf_puts(&sql, " ORDER BY docs_fts.rank LIMIT ?5 OFFSET ?6");
    if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "preparing the search");
        goto done;
    }
    bind_filters(st, &fts, o, lang);
    sqlite3_bind_int(st, 5, limit);
    sqlite3_bind_int(st, 6, offset);
    sqlite3_bind_text(st, 7, o->mark_open ? o->mark_open : "[", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, o->mark_close ? o->mark_close : "]", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 9, ntok);

    /* Queries restricted to one language are stemmed in that language
     * only; others try the stems of every language veille knows. */
    s->hint.query_lang = lang > 0 ? lang : VL_LANG_UND;
    int step, stopped = 0;
    while (!stopped && (step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *stored_title = (const char *)sqlite3_column_text(st, 3);
        display_title(stored_title, (const char *)sqlite3_column_text(st, 4), &title);
        vl_hit hit = {
            .id = (const char *)sqlite3_column_text(st, 0),
            .date = (const char *)sqlite3_column_text(st, 1),
            .lang = (const char *)sqlite3_column_text(st, 2),
            .title = title.data ? title.data : "",
            .snippet = (const char *)sqlite3_column_text(st, 5),
            .score = -sqlite3_column_double(st, 6),
        };
        if (!hit.snippet) hit.snippet = "";
        if (on_hit && on_hit(ctx, &hit)) stopped = 1;
    }
    if (!stopped && step != SQLITE_DONE) {
        rc = vl_store_sqlite_error(s, err, "searching");
        goto done;
    }
    if (total) {
        /* Counting needs no ranking: a separate pass over the matches is
         * far cheaper than keeping every ranked row to count them. */
        sqlite3_finalize(st);
        st = NULL;
        vl_buf_reset(&sql);
        vl_buf_puts(&sql, "SELECT count(*) FROM docs_fts");
        if (o->date_from || o->date_to || lang >= 0) vl_buf_puts(&sql, " JOIN docs d ON d.rowid = docs_fts.rowid");
        vl_buf_puts(&sql, " WHERE docs_fts MATCH ?1");
        append_filters(&sql, o, lang);
        if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
            rc = vl_store_sqlite_error(s, err, "counting the hits");
            goto done;
        }
        bind_filters(st, &fts, o, lang);
        if (sqlite3_step(st) != SQLITE_ROW) {
            rc = vl_store_sqlite_error(s, err, "counting the hits");
            goto done;
        }
        *total = sqlite3_column_int64(st, 0);
    }
done:
    s->hint.query_lang = VL_LANG_UND;
    sqlite3_finalize(st);
    vl_buf_free(&fts);
    vl_buf_free(&sql);
    vl_buf_free(&title);
    return rc;
}
