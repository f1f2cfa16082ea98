/*
 * api_read.c -- the read endpoints over the index: GET /healthz,
 * GET /api/stats and GET /api/search (hits with HTML-safe highlighted
 * snippets, and facets over every match).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "search/search_internal.h"
#include "server/api.h"
#include "server/cache.h"
#include "store/store.h"

void api_healthz(api_worker *w, const api_request *req, api_response *resp) {
    (void)req;
    sqlite3_stmt *st = NULL;
    int64_t docs = -1;
    if (sqlite3_prepare_v2(w->store->db, "SELECT count(*) FROM docs", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        docs = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (docs < 0) {
        api_error(resp, 503, "the database cannot be read: %s", sqlite3_errmsg(w->store->db));
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "ok", json_true());
    json_object_set_new(o, "docs", json_integer(docs));
    api_json(resp, 200, o);
}

void api_stats(api_worker *w, const api_request *req, api_response *resp) {
    (void)req;
    vl_stats st;
    vl_error err;
    vl_error_clear(&err);
    if (vl_store_stats(w->store, &st, &err)) {
        api_error(resp, 500, "%s", err.message);
        return;
    }
    json_t *o = json_object(), *langs = json_array();
    json_object_set_new(o, "docs", json_integer(st.docs));
    json_object_set_new(o, "text_bytes", json_integer(st.text_bytes));
    json_object_set_new(o, "first_date", st.docs ? json_string(st.first_date) : json_null());
    json_object_set_new(o, "last_date", st.docs ? json_string(st.last_date) : json_null());
    for (int i = 0; i < st.nlangs; i++) {
        json_t *l = json_object();
        json_object_set_new(l, "lang", api_json_str(st.langs[i].lang));
        json_object_set_new(l, "docs", json_integer(st.langs[i].docs));
        json_array_append_new(langs, l);
    }
    json_object_set_new(o, "langs", langs);
    json_object_set_new(o, "db_bytes", json_integer(st.db_bytes));
    json_object_set_new(o, "schema_version", json_integer(st.schema_version));
    json_t *an = json_object();
    json_object_set_new(an, "version", api_json_str(st.annotator));
    json_object_set_new(an, "current", json_integer(st.docs - st.docs_stale - st.docs_unextracted));
    json_object_set_new(an, "stale", json_integer(st.docs_stale));
    json_object_set_new(an, "unextracted", json_integer(st.docs_unextracted));
    json_object_set_new(o, "annotations", an);
    api_json(resp, 200, o);
}

/* The markers vl_search puts around matched words: control characters that
 * the HTML escaping below turns into <mark> and </mark>. */
#define MARK_OPEN "\x01"
#define MARK_CLOSE "\x02"

/* Escapes a snippet for HTML and turns the markers into balanced <mark>
 * elements (a marker the text itself holds cannot unbalance them). */
static json_t *html_snippet(const char *s, vl_buf *b) {
    vl_buf_reset(b);
    int open = 0;
    for (; *s; s++) {
        switch (*s) {
        case '&': vl_buf_puts(b, "&amp;"); break;
        case '<': vl_buf_puts(b, "&lt;"); break;
        case '>': vl_buf_puts(b, "&gt;"); break;
        case '"': vl_buf_puts(b, "&quot;"); break;
        case '\'': vl_buf_puts(b, "&#39;"); break;
        case '\x01': /* MARK_OPEN */
            if (!open) vl_buf_puts(b, "<mark>");
            open = 1;
            break;
        case '\x02': /* MARK_CLOSE */
            if (open) vl_buf_puts(b, "</mark>");
            open = 0;
            break;
        default: vl_buf_putc(b, *s);
        }
    }
    if (open) vl_buf_puts(b, "</mark>");
    return api_json_str(b->data ? b->data : "");
}

typedef struct hits_ctx {
    json_t *hits;
    vl_buf scratch;
} hits_ctx;

static int add_hit(void *ctx, const vl_hit *h) {
    hits_ctx *c = ctx;
    json_t *o = json_object();
    json_object_set_new(o, "id", api_json_str(h->id));
    json_object_set_new(o, "date", api_json_str(h->date));
    json_object_set_new(o, "lang", api_json_str(h->lang));
    json_object_set_new(o, "title", api_json_str(h->title));
    json_object_set_new(o, "snippet", html_snippet(h->snippet ? h->snippet : "", &c->scratch));
    json_object_set_new(o, "score", json_real(h->score));
    json_array_append_new(c->hits, o);
    return 0;
}

/* One entity of the search facets: how many matching dispatches name it. */
static int add_entity_facet(void *ctx, const vl_entity *e) {
    json_t *o = json_object();
    json_object_set_new(o, "name", api_json_str(e->name));
    json_object_set_new(o, "type", api_json_str(e->type));
    json_object_set_new(o, "count", json_integer(e->docs));
    json_array_append_new(ctx, o);
    return 0;
}

/* The parameters of a search, parsed and checked, and the cache's key:
 * the parameters that make the answer, normalised (defaults applied,
 * fixed order). */
typedef struct search_params {
    vl_search_opts o;
    int limit, offset;
    vl_buf key; /* empty when there is no cache */
} search_params;

/* The cache's key of sp's search at `offset` into key (emptied first). */
static void search_key(const search_params *sp, int offset, vl_buf *key) {
    const vl_search_opts *o = &sp->o;
    const char *parts[] = {o->query, o->date_from, o->date_to, o->lang, o->mentions_from, o->mentions_to, o->entity};
    vl_buf_reset(key);
    vl_buf_printf(key, "search\x1f%d\x1f%d", sp->limit, offset);
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        vl_buf_putc(key, '\x1f');
        if (parts[i]) vl_buf_puts(key, parts[i]);
    }
}

/* Fills sp from req: 0, or -1 after filling resp with a 400. */
static int search_params_parse(api_worker *w, const api_request *req, search_params *sp, api_response *resp) {
    memset(sp, 0, sizeof *sp);
    vl_buf_init(&sp->key);
    int limit = api_int_arg(req, "limit", 10, API_MAX_LIMIT, 1, resp);
    int offset = limit < 0 ? -1 : api_int_arg(req, "offset", 0, API_MAX_OFFSET, 0, resp);
    if (limit < 0 || offset < 0 || api_date_arg(req, "from", resp) || api_date_arg(req, "to", resp)) return -1;
    if (limit == 0) limit = 10;
    const char *q = api_arg_get(req, "q");
    vl_search_opts o = {
        .query = q,
        .date_from = api_nonempty(api_arg_get(req, "from")),
        .date_to = api_nonempty(api_arg_get(req, "to")),
        .lang = api_nonempty(api_arg_get(req, "lang")),
        .mentions_from = api_nonempty(api_arg_get(req, "mentions_from")),
        .mentions_to = api_nonempty(api_arg_get(req, "mentions_to")),
        .entity = api_nonempty(api_arg_get(req, "entity")),
        .limit = limit,
        .offset = offset,
        .mark_open = MARK_OPEN,
        .mark_close = MARK_CLOSE,
    };
    if (!api_nonempty(q) && !o.date_from && !o.date_to && !o.lang && !o.mentions_from && !o.mentions_to && !o.entity) {
        api_error(resp, 400, "give a query 'q' or a filter (from, to, lang, mentions_from, mentions_to, entity)");
        return -1;
    }
    sp->o = o;
    sp->limit = limit;
    sp->offset = offset;
    if (w->shared->cache) search_key(sp, offset, &sp->key);
    return 0;
}

/* The cached answer of sp into resp: 1 when there was one.  *gen is the
 * cache's generation, read before the look-up (after the check for a
 * change of the database), so that an answer computed across a change is
 * not kept. */
static int search_from_cache(api_worker *w, const search_params *sp, int64_t t0, uint64_t *gen,
                             api_response *resp) {
    api_cache *cache = w->shared->cache;
    *gen = 0;
    if (!cache || !sp->key.data) return 0;
    api_worker_check_changes(w);
    *gen = api_cache_generation(cache);
    size_t len;
    char *body = api_cache_get(cache, w->cache_codec, sp->key.data, (double)(api_now_ns() - t0) / 1e6, &len);
    if (!body) {
        resp->cache = "miss";
        return 0;
    }
    free(resp->body);
    resp->body = body;
    resp->body_len = len;
    resp->data = NULL;
    resp->status = 200;
    resp->content_type = "application/json; charset=utf-8";
    resp->cache = "hit";
    return 1;
}

int api_search_cached(api_worker *w, const api_request *req, api_response *resp) {
    int64_t t0 = api_now_ns();
    search_params sp;
    uint64_t gen;
    int answered = search_params_parse(w, req, &sp, resp) != 0 || search_from_cache(w, &sp, t0, &gen, resp);
    vl_buf_free(&sp.key);
    return answered;
}

/* The text of a search answer: {"query", "total", "offset", "limit",
 * "took_ms", "hits", "facets": {"days", "langs", "entities"}}.  jansson
 * writes every value that holds text from the store or the request; the
 * day histogram, thousands of {"date","count"} pairs of digits for a
 * frequent word (1,620 days on the benchmark's archive), is written
 * here: built as jansson objects it took 1.3-1.8 ms per answer, as long
 * as the search itself.  A date not of the form the store guarantees
 * goes through jansson too. */
static int search_body(vl_buf *b, const json_t *query, const vl_facets *f, int offset, int limit, double took_ms,
                       const json_t *hits, const json_t *langs, const json_t *ents) {
    char took[40];
    int tn = api_cache_took_text(took_ms, took);
    if (tn <= 0 || tn >= 40) return VL_EARG;
    int rc = vl_buf_puts(b, "{\"query\":");
    if (!rc) rc = api_json_append(b, query);
    if (!rc)
        rc = vl_buf_printf(b, ",\"total\":%lld,\"offset\":%d,\"limit\":%d,\"took_ms\":%s,\"hits\":",
                           (long long)f->total, offset, limit, took);
    if (!rc) rc = api_json_append(b, hits);
    if (!rc) rc = vl_buf_puts(b, ",\"facets\":{\"days\":[");
    for (size_t i = 0; i < f->ndays && !rc; i++) {
        const char *d = f->days[i].value;
        int plain = strlen(d) == 10;
        for (int k = 0; plain && k < 10; k++) plain = k == 4 || k == 7 ? d[k] == '-' : d[k] >= '0' && d[k] <= '9';
        if (i) rc = vl_buf_putc(b, ',');
        if (!rc && plain) {
            rc = vl_buf_printf(b, "{\"date\":\"%s\",\"count\":%lld}", d, (long long)f->days[i].count);
        } else if (!rc) {
            json_t *s = api_json_str(d);
            rc = vl_buf_puts(b, "{\"date\":");
            if (!rc) rc = api_json_append(b, s);
            if (!rc) rc = vl_buf_printf(b, ",\"count\":%lld}", (long long)f->days[i].count);
            json_decref(s);
        }
    }
    if (!rc) rc = vl_buf_puts(b, "],\"langs\":");
    if (!rc) rc = api_json_append(b, langs);
    if (!rc) rc = vl_buf_puts(b, ",\"entities\":");
    if (!rc) rc = api_json_append(b, ents);
    if (!rc) rc = vl_buf_puts(b, "}}");
    return rc;
}

/* The hits of one page of a window: a new array holding hits[from, from + n). */
static json_t *page_of(const json_t *hits, size_t from, size_t n) {
    json_t *a = json_array();
    for (size_t i = from; i < from + n && i < json_array_size(hits); i++) json_array_append(a, json_array_get(hits, i));
    return a;
}

/*
 * With the result cache on, a miss computes the two pages of its window
 * (pages 1-2, 3-4, ... of the request's page size) and keeps both
 * answers, the way Solr's queryResultWindowSize does: someone who reads
 * page 1 often asks for page 2 next, and the second page costs ten more
 * snippets where a search of its own would decode every match again.
 * Without the cache, or at an offset that is not a whole number of
 * pages, only the page asked for is computed.
 */
#define API_WINDOW_PAGES 2

void api_search(api_worker *w, const api_request *req, api_response *resp) {
    int64_t t0 = api_now_ns();
    search_params sp;
    uint64_t gen;
    if (search_params_parse(w, req, &sp, resp) || search_from_cache(w, &sp, t0, &gen, resp)) {
        vl_buf_free(&sp.key);
        return;
    }
    vl_search_opts o = sp.o;
    int limit = sp.limit, offset = sp.offset;
    const char *q = o.query;
    api_cache *cache = w->shared->cache;
    /* The window: its first offset and how many pages it holds. */
    int first = offset, npages = 1;
    if (cache && sp.key.data && offset % limit == 0) {
        int page = offset / limit;
        first = (page - page % API_WINDOW_PAGES) * limit;
        if (first + API_WINDOW_PAGES * limit <= API_MAX_OFFSET + limit) npages = API_WINDOW_PAGES;
        else first = offset;
    }
    o.offset = first;
    o.limit = npages * limit;
    hits_ctx hc = {.hits = json_array()};
    vl_buf_init(&hc.scratch);
    vl_error err;
    vl_error_clear(&err);
    vl_facets facets;
    memset(&facets, 0, sizeof facets);
    /* Rebuilt after a change of the database, outside the time limit. */
    vl_search_warm(w->store);
    api_limit_begin(w);
    json_t *ents = json_array();
    int rc = vl_search_all(w->store, &o, add_hit, &hc, &facets, 10, add_entity_facet, ents, &err);
    api_limit_end(w);
    vl_buf_free(&hc.scratch);
    if (rc) {
        vl_buf_free(&sp.key);
        json_decref(hc.hits);
        json_decref(ents);
        vl_facets_free(&facets);
        api_query_failed(w, rc, &err, "search", resp);
        return;
    }
    json_t *langs = json_array();
    for (size_t i = 0; i < facets.nlangs; i++) {
        json_t *l = json_object();
        json_object_set_new(l, "lang", api_json_str(facets.langs[i].value));
        json_object_set_new(l, "count", json_integer(facets.langs[i].count));
        json_array_append_new(langs, l);
    }
    json_t *query = api_json_str(q ? q : "");
    double took_ms = (double)(api_now_ns() - t0) / 1e6;
    /* Each page of the window is kept; the one asked for answers, and
     * comes last so that it is the cache's newest entry. */
    int asked = (offset - first) / limit;
    for (int k = 0; k < npages; k++) {
        int p = k == npages - 1 ? asked : k + (k >= asked);
        int page_offset = first + p * limit;
        json_t *hits = page_of(hc.hits, (size_t)p * (size_t)limit, (size_t)limit);
        vl_buf body;
        vl_buf_init(&body);
        int ok = search_body(&body, query, &facets, page_offset, limit, took_ms, hits, langs, ents) == VL_OK;
        json_decref(hits);
        size_t len = body.len;
        if (p == asked) {
            api_json_text(resp, 200, ok ? vl_buf_steal(&body) : NULL, len);
            if (cache && resp->status == 200 && resp->body)
                api_cache_put(cache, w->cache_codec, sp.key.data, gen, resp->body, resp->body_len);
        } else if (ok) {
            vl_buf other;
            vl_buf_init(&other);
            search_key(&sp, page_offset, &other);
            if (other.data) api_cache_put(cache, w->cache_codec, other.data, gen, body.data, len);
            vl_buf_free(&other);
        }
        vl_buf_free(&body);
    }
    json_decref(query);
    json_decref(hc.hits);
    json_decref(langs);
    json_decref(ents);
    vl_facets_free(&facets);
    vl_buf_free(&sp.key);
}
