/*
 * facets.c -- vl_search_facets: how the documents a search finds spread
 * over publication days and languages, counted over every match (not the
 * page), for the facets of the HTTP API.
 *
 * The counts come from one pass over the match.  Joining every matching
 * row to `docs` to read its date and language is what a plain SQL
 * aggregate does, and on a large archive it is slow: each match is a
 * random read of a wide row (the text lives there), so a frequent word in
 * 300,000 dispatches reads a good part of the file.  The store therefore
 * keeps, per connection, a compact table of every document's day and
 * language by rowid (the facet cache: 4 bytes a document, built from the
 * covering index docs_lang_date without touching the rows, and rebuilt
 * when the database changed), and the counting pass reads only rowids from
 * the FTS5 index.  Filters on dates and language are applied in that pass;
 * a mention or entity filter (or a database the cache cannot describe)
 * takes the SQL aggregate over the same match and filters as vl_search
 * (search_internal.h), which gives the same counts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "search/search_internal.h"
#include "store/store.h"

void vl_facet_cache_free(struct vl_facet_cache *c) {
    if (!c) return;
    vl_search_cache_release(c);
    free(c->doc);
    free(c->days);
    free(c);
}

/* The first day index whose date is >= d (upper 0) or > d (upper 1). */
size_t vl_facet_day_bound(const struct vl_facet_cache *c, const char *d, int upper) {
    size_t lo = 0, hi = c->ndays;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = strcmp(c->days[mid], d);
        if (cmp < 0 || (upper && cmp == 0)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Builds the cache of s, or returns NULL when the database does not suit
 * it (sparse rowids, many languages, an index missing): the SQL path then
 * serves. */
static struct vl_facet_cache *cache_build(vl_store *s) {
    struct vl_facet_cache *c = calloc(1, sizeof *c);
    sqlite3_stmt *st = NULL;
    if (!c) return NULL;
    c->data_version = vl_store_data_version(s);
    c->total_changes = sqlite3_total_changes64(s->db);
    int64_t max_rowid = 0, count = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT coalesce(max(rowid), 0), count(*) FROM docs", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW)
        goto fail;
    max_rowid = sqlite3_column_int64(st, 0);
    count = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    st = NULL;
    if (max_rowid < 0 || max_rowid > 4 * count + 4096 || max_rowid > INT32_MAX) goto fail;
    c->nrows = max_rowid + 1;
    c->doc = malloc((size_t)c->nrows * sizeof *c->doc);
    if (!c->doc) goto fail;
    memset(c->doc, 0xff, (size_t)c->nrows * sizeof *c->doc);
    size_t cap = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT DISTINCT date FROM docs ORDER BY date", -1, &st, NULL) != SQLITE_OK) goto fail;
    while (sqlite3_step(st) == SQLITE_ROW) {
        void *grown = vl_array_grow(c->days, &cap, c->ndays, sizeof *c->days, 256);
        if (!grown) goto fail;
        c->days = grown;
        snprintf(c->days[c->ndays++], 11, "%s", (const char *)sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    st = NULL;
    if (c->ndays >= (1u << 27)) goto fail;
    /* The index holds (lang, date, rowid): read without visiting the rows. */
    if (sqlite3_prepare_v2(s->db, "SELECT rowid, date, lang FROM docs INDEXED BY docs_lang_date", -1, &st, NULL) !=
        SQLITE_OK)
        goto fail;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t rowid = sqlite3_column_int64(st, 0);
        const char *date = (const char *)sqlite3_column_text(st, 1);
        const char *lang = (const char *)sqlite3_column_text(st, 2);
        if (rowid < 0 || rowid >= c->nrows || !date || !lang) goto fail;
        size_t day = vl_facet_day_bound(c, date, 0);
        if (day >= c->ndays || strcmp(c->days[day], date) != 0) goto fail;
        int l = 0;
        while (l < c->nlangs && strcmp(c->langs[l], lang) != 0) l++;
        if (l == c->nlangs) {
            if (c->nlangs == MAX_CACHED_LANGS || strlen(lang) >= sizeof c->langs[0]) goto fail;
            snprintf(c->langs[c->nlangs++], sizeof c->langs[0], "%s", lang);
        }
        c->doc[rowid] = (uint32_t)day << 4 | (uint32_t)l;
    }
    if (step != SQLITE_DONE) goto fail;
    sqlite3_finalize(st);
    return c;
fail:
    sqlite3_finalize(st);
    vl_facet_cache_free(c);
    return NULL;
}

/* The store's cache, rebuilt when the database changed since it was made
 * (by another connection: data_version; or by this one: total_changes). */
struct vl_facet_cache *vl_facet_cache_get(vl_store *s) {
    struct vl_facet_cache *c = s->facet_cache;
    if (c && c->data_version == vl_store_data_version(s) && c->total_changes == sqlite3_total_changes64(s->db)) return c;
    /* What outlives a rebuild: the function registered on the connection. */
    int aux = c ? c->aux_registered : 0;
    vl_facet_cache_free(c);
    s->facet_cache = cache_build(s);
    if (s->facet_cache) s->facet_cache->aux_registered = aux;
    return s->facet_cache;
}

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

/* Counts from the cache: one pass over the rowids of the match (or over
 * every document when there is no query), filtered by date and language. */
static int count_cached(vl_store *s, const struct vl_facet_cache *c, const vl_search_opts *o, int lang,
                        const vl_buf *fts, vl_facets *out, vl_error *err) {
    size_t lo = o->date_from ? vl_facet_day_bound(c, o->date_from, 0) : 0;
    size_t hi = o->date_to ? vl_facet_day_bound(c, o->date_to, 1) : c->ndays;
    int want = -1; /* any language */
    if (lang >= 0) {
        want = -2; /* none of the stored ones */
        for (int l = 0; l < c->nlangs; l++)
            if (strcmp(c->langs[l], vl_lang_code((vl_lang)lang)) == 0) want = l;
    }
    int64_t *per_day = calloc(c->ndays ? c->ndays : 1, sizeof *per_day), per_lang[MAX_CACHED_LANGS] = {0};
    if (!per_day) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    int rc = VL_OK;
    if (fts) {
        sqlite3_stmt *st = NULL;
        if (sqlite3_prepare_v2(s->db, "SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?1", -1, &st, NULL) != SQLITE_OK) {
            free(per_day);
            return vl_store_sqlite_error(s, err, "preparing the facet counts");
        }
        sqlite3_bind_text(st, 1, fts->data, (int)fts->len, SQLITE_STATIC);
        int step;
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            int64_t r = sqlite3_column_int64(st, 0);
            uint32_t v = r >= 0 && r < c->nrows ? c->doc[r] : NO_DOC;
            if (v == NO_DOC) continue;
            size_t day = v >> 4;
            int l = (int)(v & 15);
            if (day < lo || day >= hi || (want != -1 && l != want)) continue;
            per_day[day]++;
            per_lang[l]++;
        }
        if (step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "counting the facets");
        sqlite3_finalize(st);
    } else {
        for (int64_t r = 0; r < c->nrows; r++) {
            uint32_t v = c->doc[r];
            if (v == NO_DOC) continue;
            size_t day = v >> 4;
            int l = (int)(v & 15);
            if (day < lo || day >= hi || (want != -1 && l != want)) continue;
            per_day[day]++;
            per_lang[l]++;
        }
    }
    if (!rc) rc = vl_facets_from_counts(c, per_day, per_lang, out, err);
    free(per_day);
    return rc;
}

int vl_facets_from_counts(const struct vl_facet_cache *c, const int64_t *per_day, const int64_t *per_lang,
                          vl_facets *out, vl_error *err) {
    size_t days_cap = 0, langs_cap = 0;
    for (size_t d = 0; d < c->ndays; d++) {
        if (!per_day[d]) continue;
        out->total += per_day[d];
        if (add_count(&out->days, &out->ndays, &days_cap, c->days[d], per_day[d]))
            return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    for (int l = 0; l < c->nlangs; l++)
        if (per_lang[l] && add_count(&out->langs, &out->nlangs, &langs_cap, c->langs[l], per_lang[l]))
            return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (out->nlangs > 1) qsort(out->langs, out->nlangs, sizeof *out->langs, by_count_desc);
    return VL_OK;
}

int vl_search_facets(vl_store *s, const vl_search_opts *o, vl_facets *out, vl_error *err) {
    memset(out, 0, sizeof *out);
    vl_search_opts days;
    char from[11], to[11];
    if (vl_search_opts_days(o, &days, from, to, err)) return VL_EARG;
    o = &days;
    mention_range m;
    int has_query, lang;
    if (vl_search_prepare(o, &has_query, &lang, &m, err)) return VL_EARG;
    vl_buf fts, sql, ents;
    vl_buf_init(&fts);
    vl_buf_init(&sql);
    vl_buf_init(&ents);
    int by_entity = o->entity && *o->entity;
    sqlite3_stmt *st = NULL;
    size_t days_cap = 0, langs_cap = 0;
    int rc = VL_OK;
    if (by_entity && (rc = vl_entity_filter_ids(s, o->entity, &ents, err))) goto done;
    if (has_query && (rc = vl_query_translate(o->query, &fts, err))) goto done;
    /* The query is stemmed as vl_search stems it. */
    s->hint.query_lang = lang > 0 ? lang : VL_LANG_UND;
    const struct vl_facet_cache *cache = m.on || by_entity ? NULL : vl_facet_cache_get(s);
    if (cache) {
        rc = count_cached(s, cache, o, lang, has_query ? &fts : NULL, out, err);
        goto done;
    }
    if (has_query) {
        vl_buf_puts(&sql, "SELECT d.date, d.lang, count(*) FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid"
                          " WHERE docs_fts MATCH ?1");
        vl_search_append_filters(&sql, o, lang, &m, by_entity ? ents.data : NULL);
    } else {
        vl_buf_puts(&sql, "SELECT d.date, d.lang, count(*) FROM docs d WHERE 1");
        if (m.on)
            vl_buf_puts(&sql, " AND d.rowid IN (SELECT t.doc FROM timexes t"
                              " WHERE t.\"begin\" <= ?11 AND t.end_date >= ?10)");
        vl_search_append_filters(&sql, o, lang, NULL, by_entity ? ents.data : NULL);
    }
    vl_buf_puts(&sql, " GROUP BY d.date, d.lang ORDER BY d.date, d.lang");
    if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        rc = vl_store_sqlite_error(s, err, "preparing the facet counts");
        goto done;
    }
    vl_search_bind_filters(st, has_query ? &fts : NULL, o, lang, &m);
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
    vl_buf_free(&ents);
    if (rc) vl_facets_free(out);
    return rc;
}
