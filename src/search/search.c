/*
 * search.c -- vl_search: a veille query, translated by src/query, run
 * against the FTS5 index with date and language filters, ranked by BM25;
 * and the mention filter: dispatches whose time expressions (table
 * timexes, schema migration 2) overlap a period, whenever they were
 * published.  Without a query the mentions alone select the documents,
 * newest first (so do the date and language filters alone).  The entity filter (opts->entity) keeps the dispatches of
 * the entities a name designates (src/store/entities.c); so do the entity
 * facets at the end of this file.
 *
 * The page of hits and the total count are two queries: ranking needs
 * BM25 for every match, counting does not.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/timex.h"
#include "query/query.h"
#include "search/bm25.h"
#include "search/search_internal.h"
#include "store/store.h"

static int mention_range_parse(const vl_search_opts *o, mention_range *m, vl_error *err) {
    memset(m, 0, sizeof *m);
    strcpy(m->from, "0000-01-01");
    strcpy(m->to, "9999-12-31");
    const char *f = o->mentions_from && *o->mentions_from ? o->mentions_from : NULL;
    const char *t = o->mentions_to && *o->mentions_to ? o->mentions_to : NULL;
    if (!f && !t) return VL_OK;
    m->on = 1;
    if (f && vl_timex_filter_bound(f, 0, m->from, "mentions", err)) return VL_EARG;
    if (t && vl_timex_filter_bound(t, 1, m->to, "mentions", err)) return VL_EARG;
    if (strcmp(m->from, m->to) > 0)
        return vl_error_set(err, VL_EARG, NULL, 0, "mentions: the period ends (%s) before it starts (%s)",
                            m->to, m->from);
    return VL_OK;
}

/* The overlap test of a time expression `t` with [?10, ?11]: the indexes of
 * migration 2 serve either bound. */
#define MENTION_OVERLAP "t.\"begin\" <= ?11 AND t.end_date >= ?10"

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* A snippet for a hit found by its mentions alone: about `ntok` words
 * around the first mention of the period (code points start..end of
 * text), the mention itself marked. */
static void mention_snippet(const char *text, int64_t cp_start, int64_t cp_end, int ntok, const char *open,
                            const char *close, vl_buf *out) {
    vl_buf_reset(out);
    if (!text) return;
    size_t len = strlen(text), bs = len, be = len, i = 0;
    int64_t cp = 0;
    for (; i <= len; i++) {
        if (i < len && ((unsigned char)text[i] & 0xc0) == 0x80) continue;
        if (cp == cp_start) bs = i;
        if (cp == cp_end) {
            be = i;
            break;
        }
        cp++;
    }
    if (bs > be) bs = be;
    /* Words are the runs between white space: enough for a preview. */
    int side = ntok / 2, w = 0;
    size_t a = bs, z = be;
    while (a > 0 && w < side) {
        size_t p = a;
        while (p > 0 && is_space(text[p - 1])) p--;
        while (p > 0 && !is_space(text[p - 1])) p--;
        a = p;
        w++;
    }
    for (w = 0; z < len && w < side; w++) {
        while (z < len && is_space(text[z])) z++;
        while (z < len && !is_space(text[z])) z++;
    }
    if (a > 0) vl_buf_puts(out, "…");
    vl_buf_append(out, text + a, bs - a);
    vl_buf_puts(out, open);
    vl_buf_append(out, text + bs, be - bs);
    vl_buf_puts(out, close);
    vl_buf_append(out, text + be, z - be);
    if (z < len) vl_buf_puts(out, "…");
}

/* The title shown for a hit: the stored title, else the body's first
 * sentence (or its first ~120 characters), on one line. */
void vl_search_display_title(const char *title, const char *text, vl_buf *out) {
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

int vl_search_opts_days(const vl_search_opts *o, vl_search_opts *days, char from[11], char to[11], vl_error *err) {
    if (!o) return vl_error_set(err, VL_EARG, NULL, 0, "no query");
    *days = *o;
    if (vl_timex_filter_bound(o->date_from, 0, from, "from", err) || vl_timex_filter_bound(o->date_to, 1, to, "to", err))
        return VL_EARG;
    days->date_from = from[0] ? from : NULL;
    days->date_to = to[0] ? to : NULL;
    return VL_OK;
}

/* `ents`: the ids of the entities of opts->entity (vl_entity_filter_ids),
 * or NULL. */
void vl_search_append_filters(vl_buf *sql, const vl_search_opts *o, int lang, const mention_range *m,
                              const char *ents) {
    if (o->date_from) vl_buf_puts(sql, " AND d.date >= ?2");
    if (o->date_to) vl_buf_puts(sql, " AND d.date <= ?3");
    if (lang >= 0) vl_buf_puts(sql, " AND d.lang = ?4");
    if (m && m->on) vl_buf_puts(sql, " AND EXISTS (SELECT 1 FROM timexes t WHERE t.doc = d.rowid AND " MENTION_OVERLAP ")");
    if (ents) vl_buf_printf(sql, " AND d.rowid IN (SELECT doc FROM entity_docs WHERE entity IN (%s))", ents);
}

void vl_search_bind_filters(sqlite3_stmt *st, const vl_buf *fts, const vl_search_opts *o, int lang,
                            const mention_range *m) {
    if (fts) sqlite3_bind_text(st, 1, fts->data, (int)fts->len, SQLITE_STATIC);
    if (o->date_from) sqlite3_bind_text(st, 2, o->date_from, -1, SQLITE_STATIC);
    if (o->date_to) sqlite3_bind_text(st, 3, o->date_to, -1, SQLITE_STATIC);
    if (lang >= 0) sqlite3_bind_text(st, 4, vl_lang_code((vl_lang)lang), -1, SQLITE_STATIC);
    if (m->on) {
        sqlite3_bind_text(st, 10, m->from, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 11, m->to, -1, SQLITE_STATIC);
    }
}

/* Documents that mention the period, with no query to rank them: newest
 * first (then by id, so that paging is stable), with a snippet around the
 * first mention of the period.  The page is chosen before the texts are
 * read, so the sort never carries whole texts. */
/* Runs a count(*) statement built in sql with the search's bindings into
 * *total.  Counting needs no ranking: a separate pass over the matches is
 * far cheaper than keeping every ranked row to count them. */
static int count_hits(vl_store *s, const vl_buf *sql, const vl_buf *fts, const vl_search_opts *o, int lang,
                      const mention_range *m, int64_t *total, vl_error *err) {
    sqlite3_stmt *st = NULL;
    int rc = VL_OK;
    if (sqlite3_prepare_v2(s->db, sql->data, -1, &st, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "counting the hits");
    } else {
        vl_search_bind_filters(st, fts, o, lang, m);
        if (sqlite3_step(st) == SQLITE_ROW) *total = sqlite3_column_int64(st, 0);
        else rc = vl_store_sqlite_error(s, err, "counting the hits");
    }
    sqlite3_finalize(st);
    return rc;
}

static int search_mentions_only(vl_store *s, const vl_search_opts *o, int lang, const mention_range *m,
                                const char *ents, int limit, int offset, int ntok,
                                int (*on_hit)(void *, const vl_hit *), void *ctx, int64_t *total,
                                vl_error *err) {
    vl_buf sql, title, snip;
    vl_buf_init(&sql);
    vl_buf_init(&title);
    vl_buf_init(&snip);
    sqlite3_stmt *st = NULL;
    int rc = VL_OK;
    /* The matching documents come from the covering bound indexes alone;
     * the first mention of the period is looked up for the page's rows
     * only (index timexes_doc). */
    vl_buf_puts(&sql, "WITH page AS (SELECT d.rowid AS doc, d.date, d.id FROM docs d WHERE 1");
    if (m->on) vl_buf_puts(&sql, " AND d.rowid IN (SELECT t.doc FROM timexes t WHERE " MENTION_OVERLAP ")");
    vl_search_append_filters(&sql, o, lang, NULL, ents);
    vl_buf_puts(&sql, " ORDER BY d.date DESC, d.id LIMIT ?5 OFFSET ?6) SELECT d.id, d.date, d.lang, d.title, d.text,");
    if (m->on)
        vl_buf_puts(&sql, " (SELECT t.start FROM timexes t WHERE t.doc = page.doc AND " MENTION_OVERLAP
                          "  ORDER BY t.start LIMIT 1),"
                          " (SELECT t.\"end\" FROM timexes t WHERE t.doc = page.doc AND " MENTION_OVERLAP
                          "  ORDER BY t.start LIMIT 1)");
    else if (!ents) /* dates or a language alone: the opening words */
        vl_buf_puts(&sql, " NULL, NULL");
    else /* the entity alone: the snippet around its first mention */
        vl_buf_printf(&sql, " (SELECT start FROM mentions WHERE doc = page.doc AND entity IN (%s) ORDER BY start LIMIT 1),"
                            " (SELECT \"end\" FROM mentions WHERE doc = page.doc AND entity IN (%s) ORDER BY start LIMIT 1)",
                      ents, ents);
    vl_buf_puts(&sql, " FROM page JOIN docs d ON d.rowid = page.doc ORDER BY page.date DESC, page.id");
    if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "preparing the search");
        goto done;
    }
    vl_search_bind_filters(st, NULL, o, lang, m);
    sqlite3_bind_int(st, 5, limit);
    sqlite3_bind_int(st, 6, offset);
    const char *open = o->mark_open ? o->mark_open : "[", *close = o->mark_close ? o->mark_close : "]";
    int step, stopped = 0;
    while (!stopped && (step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(st, 4);
        vl_search_display_title((const char *)sqlite3_column_text(st, 3), text, &title);
        if (sqlite3_column_type(st, 5) != SQLITE_NULL)
            mention_snippet(text, sqlite3_column_int64(st, 5), sqlite3_column_int64(st, 6), ntok, open, close,
                            &snip);
        else /* the opening words, nothing marked */
            mention_snippet(text, 0, 0, 2 * ntok, "", "", &snip);
        vl_hit hit = {
            .id = (const char *)sqlite3_column_text(st, 0),
            .date = (const char *)sqlite3_column_text(st, 1),
            .lang = (const char *)sqlite3_column_text(st, 2),
            .title = title.data ? title.data : "",
            .snippet = snip.data ? snip.data : "",
            .score = 0,
        };
        if (on_hit && on_hit(ctx, &hit)) stopped = 1;
    }
    if (!stopped && step != SQLITE_DONE) {
        rc = vl_store_sqlite_error(s, err, "searching");
        goto done;
    }
    if (total) {
        vl_buf_reset(&sql);
        vl_buf_puts(&sql, "SELECT count(*) FROM docs d WHERE 1");
        if (m->on) vl_buf_puts(&sql, " AND d.rowid IN (SELECT t.doc FROM timexes t WHERE " MENTION_OVERLAP ")");
        vl_search_append_filters(&sql, o, lang, NULL, ents);
        rc = count_hits(s, &sql, NULL, o, lang, m, total, err);
    }
done:
    sqlite3_finalize(st);
    vl_buf_free(&sql);
    vl_buf_free(&title);
    vl_buf_free(&snip);
    return rc;
}

int vl_search_prepare(const vl_search_opts *o, int *has_query, int *lang, mention_range *m, vl_error *err) {
    if (!o) return vl_error_set(err, VL_EARG, NULL, 0, "no query");
    if (mention_range_parse(o, m, err)) return VL_EARG;
    *has_query = o->query && o->query[strspn(o->query, " \t\r\n")];
    *lang = -1;
    if (o->lang && *o->lang) {
        *lang = vl_lang_parse(o->lang);
        if (*lang < 0)
            return vl_error_set(err, VL_EARG, NULL, 0, "unknown language \"%.20s\" (fr, en or und)", o->lang);
    }
    /* Without a query, a filter alone selects the documents (newest
     * first); with nothing at all there is nothing to search for. */
    if (!*has_query && !m->on && !(o->entity && *o->entity) && !o->date_from && !o->date_to && *lang < 0)
        return vl_error_set(err, VL_EARG, NULL, 0, "no query");
    return VL_OK;
}

int vl_search(vl_store *s, const vl_search_opts *o, int (*on_hit)(void *, const vl_hit *), void *ctx,
              int64_t *total, vl_error *err) {
    int served = vl_search_page_pass(s, o, on_hit, ctx, total, err);
    if (served != 1) return served;
    vl_search_opts days;
    char from[11], to[11];
    if (vl_search_opts_days(o, &days, from, to, err)) return VL_EARG;
    o = &days;
    mention_range m;
    int has_query, lang;
    if (vl_search_prepare(o, &has_query, &lang, &m, err)) return VL_EARG;
    int by_entity = o->entity && *o->entity;
    int limit = o->limit > 0 ? o->limit : 10;
    if (limit > 10000) limit = 10000;
    int offset = o->offset > 0 ? o->offset : 0;
    int ntok = o->snippet_tokens > 0 ? o->snippet_tokens : 24;
    if (ntok > 64) ntok = 64; /* FTS5's own maximum */
    vl_buf fts, sql, title, ents;
    vl_buf_init(&fts);
    vl_buf_init(&sql);
    vl_buf_init(&title);
    vl_buf_init(&ents);
    sqlite3_stmt *st = NULL;
    vl_bm25_query counts = {0};
    int rc = by_entity ? vl_entity_filter_ids(s, o->entity, &ents, err) : VL_OK;
    if (rc) goto done;
    if (!has_query) {
        rc = search_mentions_only(s, o, lang, &m, by_entity ? ents.data : NULL, limit, offset, ntok, on_hit, ctx,
                                  total, err);
        goto done;
    }
    if ((rc = vl_query_translate(o->query, &fts, err))) goto done;

    /* FTS5 hands rows out in rank order itself when the query orders by
     * rank (its xBestIndex consumes the ORDER BY, even with the join on
     * docs), so LIMIT stops the scan and snippet() runs only for the rows
     * of the page: the ranking, not the snippets, is what costs. */
    vl_buf_puts(&sql,
                "SELECT d.id, d.date, d.lang, d.title, substr(d.text, 1, 400),"
                " snippet(docs_fts, -1, ?7, ?8, '…', ?9), docs_fts.rank"
                " FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid"
                " WHERE docs_fts MATCH ?1");
    vl_search_append_filters(&sql, o, lang, &m, by_entity ? ents.data : NULL);
    /* Ranked by vl_bm25 (bm25.c: FTS5's bm25 without its pass over every
     * document of each phrase for the IDF), when the table's rank is bm25. */
    const char *rank = vl_bm25_rank_expr(s);
    if (rank) vl_buf_puts(&sql, " AND docs_fts.rank MATCH ?12");
    vl_buf_puts(&sql, " ORDER BY docs_fts.rank LIMIT ?5 OFFSET ?6");
    if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "preparing the search");
        goto done;
    }
    vl_search_bind_filters(st, &fts, o, lang, &m);
    sqlite3_bind_int(st, 5, limit);
    sqlite3_bind_int(st, 6, offset);
    sqlite3_bind_text(st, 7, o->mark_open ? o->mark_open : "[", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, o->mark_close ? o->mark_close : "]", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 9, ntok);
    if (rank) sqlite3_bind_text(st, 12, rank, -1, SQLITE_STATIC);

    /* Queries restricted to one language are stemmed in that language
     * only; others try the stems of every language veille knows. */
    s->hint.query_lang = lang > 0 ? lang : VL_LANG_UND;
    /* A long-running process (a warm store) counts the phrases and prunes
     * the query's terms once and remembers them; a one-shot search (the
     * CLI) would only pay for the memory: FTS5 counts inside vl_bm25. */
    if (rank && s->facet_cache && s->facet_cache->lens_state > 0 &&
        (rc = vl_bm25_query_begin(s, fts.data, fts.len, &counts, err)))
        goto done;
    int step, stopped = 0;
    while (!stopped && (step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *stored_title = (const char *)sqlite3_column_text(st, 3);
        vl_search_display_title(stored_title, (const char *)sqlite3_column_text(st, 4), &title);
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
        vl_buf_reset(&sql);
        vl_buf_puts(&sql, "SELECT count(*) FROM docs_fts");
        if (o->date_from || o->date_to || lang >= 0 || m.on || by_entity)
            vl_buf_puts(&sql, " JOIN docs d ON d.rowid = docs_fts.rowid");
        vl_buf_puts(&sql, " WHERE docs_fts MATCH ?1");
        vl_search_append_filters(&sql, o, lang, &m, by_entity ? ents.data : NULL);
        rc = count_hits(s, &sql, &fts, o, lang, &m, total, err);
    }
done:
    s->hint.query_lang = VL_LANG_UND;
    if (s->bm25_query == &counts) vl_bm25_query_end(s, &counts);
    sqlite3_finalize(st);
    vl_buf_free(&fts);
    vl_buf_free(&sql);
    vl_buf_free(&title);
    vl_buf_free(&ents);
    return rc;
}

/* The entities of the documents a search matches (veille.h): the same
 * filters as vl_search, over every match (the ranking is not needed),
 * counted through entity_docs. */
int vl_search_entity_facets(vl_store *s, const vl_search_opts *o, int limit,
                            int (*on_entity)(void *, const vl_entity *), void *ctx, vl_error *err) {
    vl_search_opts days;
    char from[11], to[11];
    if (vl_search_opts_days(o, &days, from, to, err)) return VL_EARG;
    o = &days;
    mention_range m;
    if (mention_range_parse(o, &m, err)) return VL_EARG;
    int lang = -1;
    if (o->lang && *o->lang && (lang = vl_lang_parse(o->lang)) < 0)
        return vl_error_set(err, VL_EARG, NULL, 0, "unknown language \"%.20s\" (fr, en or und)", o->lang);
    int has_query = o->query && o->query[strspn(o->query, " \t\r\n")];
    int by_entity = o->entity && *o->entity;
    vl_buf fts, sql, ents;
    vl_buf_init(&fts);
    vl_buf_init(&sql);
    vl_buf_init(&ents);
    sqlite3_stmt *st = NULL;
    int rc = by_entity ? vl_entity_filter_ids(s, o->entity, &ents, err) : VL_OK;
    if (!rc && has_query) rc = vl_query_translate(o->query, &fts, err);
    if (rc) goto done;
    vl_buf_puts(&sql, "SELECT e.id, e.name, e.type, x.m, x.n, e.first_seen, e.last_seen FROM"
                      " (SELECT entity, sum(mentions) AS m, count(*) AS n FROM entity_docs WHERE doc IN (");
    /* The rows of docs are wide (the text is there): they are read only
     * when a filter needs them. */
    if (has_query && (o->date_from || o->date_to || lang >= 0 || m.on || by_entity))
        vl_buf_puts(&sql, "SELECT docs_fts.rowid FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid"
                          " WHERE docs_fts MATCH ?1");
    else if (has_query)
        vl_buf_puts(&sql, "SELECT docs_fts.rowid FROM docs_fts WHERE docs_fts MATCH ?1");
    else
        vl_buf_puts(&sql, "SELECT d.rowid FROM docs d WHERE 1");
    vl_search_append_filters(&sql, o, lang, &m, by_entity ? ents.data : NULL);
    vl_buf_printf(&sql, ") GROUP BY entity) x JOIN entities e ON e.id = x.entity"
                        " ORDER BY x.m DESC, x.n DESC, e.id LIMIT %d",
                  limit > 0 ? (limit > 10000 ? 10000 : limit) : 10);
    if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "counting the entities");
        goto done;
    }
    vl_search_bind_filters(st, has_query ? &fts : NULL, o, lang, &m);
    s->hint.query_lang = lang > 0 ? lang : VL_LANG_UND;
    rc = vl_entity_facets_run(s, st, on_entity, ctx, err);
done:
    s->hint.query_lang = VL_LANG_UND;
    sqlite3_finalize(st);
    vl_buf_free(&fts);
    vl_buf_free(&sql);
    vl_buf_free(&ents);
    return rc;
}

