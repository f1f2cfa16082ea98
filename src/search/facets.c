/*
 * facets.c -- vl_search_facets: how the documents a search finds spread
 * over publication days and languages, counted over every match (not the
 * page), for the facets of the HTTP API.
 *
 * One aggregate query over the same match and filters as vl_search
 * (search_internal.h), grouped by (date, lang): the days and the languages
 * are both folded from its rows, and their sum is the total, so a caller
 * that has the facets needs no separate count.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "search/search_internal.h"
#include "store/store.h"

void vl_facets_free(vl_facets *f) {
    if (!f) return;
    free(f->days);
    free(f->langs);
    memset(f, 0, sizeof *f);
}

static int add_count(vl_facet_count **items, size_t *n, size_t *cap, const char *value, int64_t count) {
    vl_facet_count *a = vl_array_grow(*items, cap, *n, sizeof **items, 64);
    if (!a) return VL_ENOMEM;
    *items = a;
    vl_facet_count *c = &a[(*n)++];
    memset(c, 0, sizeof *c);
    snprintf(c->value, sizeof c->value, "%s", value);
    c->count = count;
    return VL_OK;
}

static int by_count_desc(const void *a, const void *b) {
    const vl_facet_count *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return strcmp(x->value, y->value);
}

int vl_search_facets(vl_store *s, const vl_search_opts *o, vl_facets *out, vl_error *err) {
    memset(out, 0, sizeof *out);
    mention_range m;
    int has_query, lang;
    if (vl_search_prepare(o, &has_query, &lang, &m, err)) return VL_EARG;
    vl_buf fts, sql;
    vl_buf_init(&fts);
    vl_buf_init(&sql);
    sqlite3_stmt *st = NULL;
    size_t days_cap = 0, langs_cap = 0;
    int rc = VL_OK;
    if (has_query) {
        if ((rc = vl_query_translate(o->query, &fts, err))) goto done;
        vl_buf_puts(&sql, "SELECT d.date, d.lang, count(*) FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid"
                          " WHERE docs_fts MATCH ?1");
        vl_search_append_filters(&sql, o, lang, &m);
    } else {
        vl_buf_puts(&sql, "SELECT d.date, d.lang, count(*) FROM docs d WHERE 1");
        if (m.on)
            vl_buf_puts(&sql, " AND d.rowid IN (SELECT t.doc FROM timexes t"
                              " WHERE t.\"begin\" <= ?11 AND t.end_date >= ?10)");
        vl_search_append_filters(&sql, o, lang, NULL);
    }
    vl_buf_puts(&sql, " GROUP BY d.date, d.lang ORDER BY d.date, d.lang");
    if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "preparing the facet counts");
        goto done;
    }
    vl_search_bind_filters(st, has_query ? &fts : NULL, o, lang, &m);
    /* The query is stemmed as vl_search stems it. */
    s->hint.query_lang = lang > 0 ? lang : VL_LANG_UND;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *date = (const char *)sqlite3_column_text(st, 0);
        const char *lc = (const char *)sqlite3_column_text(st, 1);
        int64_t n = sqlite3_column_int64(st, 2);
        if (!date || !lc) continue;
        out->total += n;
        if (out->ndays && strcmp(out->days[out->ndays - 1].value, date) == 0)
            out->days[out->ndays - 1].count += n;
        else if ((rc = add_count(&out->days, &out->ndays, &days_cap, date, n)))
            break;
        size_t i = 0;
        while (i < out->nlangs && strcmp(out->langs[i].value, lc) != 0) i++;
        if (i < out->nlangs) out->langs[i].count += n;
        else if ((rc = add_count(&out->langs, &out->nlangs, &langs_cap, lc, n))) break;
    }
    if (rc == VL_ENOMEM) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    else if (step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "counting the facets");
    if (!rc && out->nlangs > 1) qsort(out->langs, out->nlangs, sizeof *out->langs, by_count_desc);
done:
    s->hint.query_lang = VL_LANG_UND;
    sqlite3_finalize(st);
    vl_buf_free(&fts);
    vl_buf_free(&sql);
    if (rc) vl_facets_free(out);
    return rc;
}
