/*
 * api.c -- the routing of the JSON API (docs/api.md) and what every
 * endpoint shares: JSON error bodies, parameter lookup, the bearer-token
 * check, and the per-thread worker with its per-query time limit.  The
 * endpoints themselves are in api_read.c (health, stats, search),
 * api_write.c (documents, annotate, ingest), api_entities.c,
 * api_events.c (events, timeline), api_quotes.c; the web files in web.c.
 */
#include "server/api.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract/timex.h"
#include "io/reader.h"
#include "search/search_internal.h"
#include "store/store.h"

int64_t api_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* SQLite calls this every few thousand virtual-machine steps: past the
 * deadline the statement stops with SQLITE_INTERRUPT. */
static int over_time(void *ctx) {
    api_worker *w = ctx;
    if (w->deadline_ns && api_now_ns() > w->deadline_ns) {
        w->interrupted = 1;
        return 1;
    }
    return 0;
}

void api_limit_begin(api_worker *w) {
    w->interrupted = 0;
    w->deadline_ns = api_now_ns() + (int64_t)w->shared->query_ms * 1000000;
}

void api_limit_end(api_worker *w) {
    w->deadline_ns = 0;
}

void api_query_failed(const api_worker *w, int rc, const vl_error *err, const char *what, api_response *resp) {
    if (w->interrupted)
        api_error(resp, 503, "the %s took longer than the limit of %d ms: make it narrower", what, w->shared->query_ms);
    else if (rc == VL_EARG || rc == VL_EQUERY)
        api_error(resp, 400, "%s", err->message);
    else if (rc == VL_ENOTFOUND)
        api_error(resp, 404, "%s", err->message);
    else
        api_error(resp, 500, "%s", err->message);
}

static int worker_open(api_worker *w, api_shared *shared, int warm, vl_error *err) {
    memset(w, 0, sizeof *w);
    w->shared = shared;
    int rc = vl_store_open(shared->db_path, VL_STORE_READONLY, &w->store, err);
    if (rc) return rc;
    vl_store_set_progress(w->store, 2000, over_time, w);
    /* A long-lived reader maps the whole file (up to SQLite's own cap):
     * pages are read from the page cache without a copy per read. */
    sqlite3_exec(w->store->db, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
    api_worker_check_changes(w); /* the version every later change is told from */
    /* Without its codec a worker neither reads nor fills the cache. */
    if (shared->cache) w->cache_codec = api_cache_codec_new();
    if (warm) vl_search_warm(w->store); /* the search arrays, before the first request */
    return VL_OK;
}

int api_worker_init(api_worker *w, api_shared *shared, vl_error *err) { return worker_open(w, shared, 1, err); }

int api_worker_init_front(api_worker *w, api_shared *shared, vl_error *err) {
    return worker_open(w, shared, 0, err);
}

void api_worker_check_changes(api_worker *w) {
    if (!w->shared->cache) return;
    sqlite3_stmt *st = w->data_version_st;
    if (!st && sqlite3_prepare_v3(w->store->db, "PRAGMA data_version", -1, SQLITE_PREPARE_PERSISTENT,
                                  &w->data_version_st, NULL) != SQLITE_OK) {
        api_cache_invalidate(w->shared->cache); /* cannot tell: assume it did */
        return;
    }
    st = w->data_version_st;
    int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    if (v < 0 || v != w->data_version) {
        if (w->data_version || v < 0) api_cache_invalidate(w->shared->cache);
        w->data_version = v;
    }
}

void api_worker_free(api_worker *w) {
    if (!w) return;
    sqlite3_finalize(w->data_version_st);
    api_cache_codec_free(w->cache_codec);
    vl_store_close(w->store);
    vl_annotator_free(w->annotator);
    memset(w, 0, sizeof *w);
}

void api_response_init(api_response *r) {
    memset(r, 0, sizeof *r);
    r->status = 500;
    r->content_type = "application/json; charset=utf-8";
}

void api_response_free(api_response *r) {
    free(r->body);
    r->body = NULL;
}

/* s with every byte that is not part of valid UTF-8 (or is NUL) replaced
 * by U+FFFD, so that a message quoting user input is always valid JSON. */
json_t *api_json_str(const char *s) {
    if (!s) s = "";
    size_t len = strlen(s), bad;
    if (vl_utf8_check(s, len, &bad)) return json_stringn(s, len);
    vl_buf b;
    vl_buf_init(&b);
    while (len) {
        if (vl_utf8_check(s, len, &bad)) bad = len;
        vl_buf_append(&b, s, bad);
        if (bad == len) break;
        vl_buf_puts(&b, "\xef\xbf\xbd");
        s += bad + 1;
        len -= bad + 1;
    }
    json_t *j = json_stringn(b.data ? b.data : "", b.len);
    vl_buf_free(&b);
    return j;
}

#define API_JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(6))

void api_json_text(api_response *resp, int status, char *body, size_t len) {
    free(resp->body);
    resp->body = body;
    resp->content_type = "application/json; charset=utf-8";
    resp->data = NULL;
    if (!resp->body) {
        /* Out of memory while serialising: a fixed body still tells. */
        static const char oom[] = "{\"error\":{\"status\":500,\"message\":\"out of memory\"}}";
        resp->status = 500;
        resp->data = oom;
        resp->data_len = sizeof oom - 1;
        return;
    }
    resp->status = status;
    resp->body_len = len;
}

void api_json(api_response *resp, int status, json_t *o) {
    char *body = o ? json_dumps(o, API_JSON_FLAGS) : NULL;
    json_decref(o);
    api_json_text(resp, status, body, body ? strlen(body) : 0);
}

static int append_chunk(const char *buf, size_t size, void *data) { return vl_buf_append(data, buf, size) ? -1 : 0; }

int api_json_append(vl_buf *b, const json_t *v) {
    return json_dump_callback(v, append_chunk, b, API_JSON_FLAGS | JSON_ENCODE_ANY) ? VL_ENOMEM : VL_OK;
}

void api_error(api_response *resp, int status, const char *fmt, ...) {
    char msg[1200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    json_t *e = json_object();
    json_object_set_new(e, "status", json_integer(status));
    json_object_set_new(e, "message", api_json_str(msg));
    json_t *o = json_object();
    json_object_set_new(o, "error", e);
    api_json(resp, status, o);
}

const char *api_arg_get(const api_request *req, const char *key) {
    for (int i = 0; i < req->nargs; i++)
        if (strcmp(req->args[i].key, key) == 0) return req->args[i].value ? req->args[i].value : "";
    return NULL;
}

/* Compares in time independent of where the strings differ, so that the
 * token cannot be guessed byte by byte from response times. */
static int same_secret(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    unsigned char diff = (unsigned char)(la != lb);
    for (size_t i = 0; i < lb; i++) diff |= (unsigned char)(b[i] ^ (i < la ? a[i] : 0));
    return diff == 0;
}

int api_check_auth(const api_shared *sh, const api_request *req, api_response *resp) {
    if (!sh->token) {
        api_error(resp, 403, "writing is disabled: start the server with --token (or VEILLE_TOKEN)");
        return -1;
    }
    const char *h = req->authorization;
    if (!h || strncmp(h, "Bearer ", 7) != 0) {
        api_error(resp, 401, "this request needs the header 'Authorization: Bearer TOKEN'");
        resp->www_authenticate = 1;
        return -1;
    }
    if (!same_secret(h + 7, sh->token)) {
        api_error(resp, 401, "wrong token");
        resp->www_authenticate = 1;
        return -1;
    }
    return 0;
}

size_t api_body_limit(const char *method, const char *path) {
    (void)method;
    return strcmp(path, "/api/ingest") == 0 ? API_MAX_INGEST_BODY : API_MAX_BODY;
}

/* Parses a non-negative integer parameter; -1 (after filling resp) when it
 * is not one. */
int api_int_arg(const api_request *req, const char *key, int dflt, int max, int cap, api_response *resp) {
    const char *v = api_arg_get(req, key);
    if (!v || !*v) return dflt;
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (*end || errno || n < 0 || v[0] == '-' || v[0] == '+' || v[0] == ' ') {
        api_error(resp, 400, "parameter '%s' must be a non-negative integer, not '%.40s'", key, v);
        return -1;
    }
    if (n > max) {
        if (cap) return max;
        api_error(resp, 400, "parameter '%s' is %ld; the limit is %d", key, n, max);
        return -1;
    }
    return (int)n;
}

const char *api_nonempty(const char *s) { return s && *s ? s : NULL; }

int api_date_arg(const api_request *req, const char *key, api_response *resp) {
    const char *v = api_nonempty(api_arg_get(req, key));
    char day[11];
    if (v && vl_timex_filter_bound(v, 0, day, key, NULL)) {
        api_error(resp, 400, "parameter '%s' must be a date YYYY-MM-DD, YYYY-MM or YYYY, not '%.40s'", key, v);
        return -1;
    }
    return 0;
}

static int is_get(const api_request *req) {
    return strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
}

static void wrong_method(api_response *resp, const api_request *req, const char *allow) {
    api_error(resp, 405, "%.16s is not allowed on %.200s (allowed: %s)", req->method, req->path, allow);
    resp->allow = allow;
}

/* Checks what every endpoint needs of its parameters: valid UTF-8, no
 * more than API_MAX_ARGS, names it knows.  0 when fine. */
static int check_args(const api_request *req, const char *const *known, api_response *resp) {
    if (req->too_many_args) {
        api_error(resp, 400, "more than %d query parameters", API_MAX_ARGS);
        return -1;
    }
    for (int i = 0; i < req->nargs; i++) {
        const api_arg *a = &req->args[i];
        size_t bad;
        int found = 0;
        for (const char *const *k = known; *k && !found; k++) found = strcmp(*k, a->key) == 0;
        if (!found) {
            api_error(resp, 400, "unknown parameter '%.60s' for %.200s", a->key, req->path);
            return -1;
        }
        const char *v = a->value ? a->value : "";
        size_t len = strlen(v);
        if (strcmp(a->key, "q") == 0 && len > API_MAX_QUERY) {
            api_error(resp, 414, "the query is %zu bytes long; the limit is %d", len, API_MAX_QUERY);
            return -1;
        }
        if (strcmp(a->key, "q") != 0 && len > API_MAX_PARAM) {
            api_error(resp, 400, "parameter '%s' is %zu bytes long; the limit is %d", a->key, len, API_MAX_PARAM);
            return -1;
        }
        if (!vl_utf8_check(v, len, &bad)) {
            api_error(resp, 400, "parameter '%s' is not valid UTF-8 (byte %zu)", a->key, bad);
            return -1;
        }
    }
    return 0;
}

static const char *const no_args[] = {NULL};
static const char *const search_args[] = {"q", "from", "to", "lang", "mentions_from", "mentions_to",
                                          "entity", "limit", "offset", NULL};
static const char *const entities_args[] = {"type", "from", "to", "limit", "offset", NULL};
static const char *const events_args[] = {"actor", "code", "from", "to", "limit", "offset", NULL};
static const char *const timeline_args[] = {"q", "entity", "from", "to", "limit", NULL};
static const char *const quotes_args[] = {"q", "speaker", "from", "to", "limit", "offset", NULL};
static const char *const ingest_args[] = {"id", "default_lang", NULL};

void api_handle(api_worker *w, const api_request *req, api_response *resp) {
    const char *p = req->path ? req->path : "";
    if (!req->method) {
        api_error(resp, 400, "no method");
        return;
    }
    if (strncmp(p, "/api/", 5) != 0 && strcmp(p, "/healthz") != 0) {
        if (!is_get(req)) {
            wrong_method(resp, req, "GET, HEAD");
            return;
        }
        /* Parameters on a page's URL (cache busters) are no error. */
        api_static(req, resp);
        return;
    }
    if (strcmp(p, "/healthz") == 0 || strcmp(p, "/api/stats") == 0) {
        if (!is_get(req)) {
            wrong_method(resp, req, "GET, HEAD");
            return;
        }
        if (check_args(req, no_args, resp)) return;
        if (p[1] == 'h') api_healthz(w, req, resp);
        else api_stats(w, req, resp);
        return;
    }
    if (strcmp(p, "/api/search") == 0) {
        if (!is_get(req)) {
            wrong_method(resp, req, "GET, HEAD");
            return;
        }
        if (check_args(req, search_args, resp)) return;
        api_search(w, req, resp);
        return;
    }
    if (strncmp(p, "/api/docs/", 10) == 0 && p[10]) {
        if (!is_get(req)) {
            wrong_method(resp, req, "GET, HEAD");
            return;
        }
        if (check_args(req, no_args, resp)) return;
        size_t bad;
        if (!vl_utf8_check(p + 10, strlen(p + 10), &bad)) {
            api_error(resp, 400, "the document id is not valid UTF-8 (byte %zu)", bad);
            return;
        }
        api_doc(w, req, p + 10, resp);
        return;
    }
    if (strcmp(p, "/api/entities") == 0 || (strncmp(p, "/api/entities/", 14) == 0 && p[14])) {
        if (!is_get(req)) {
            wrong_method(resp, req, "GET, HEAD");
            return;
        }
        if (check_args(req, p[13] ? no_args : entities_args, resp)) return;
        if (!p[13]) {
            api_entities(w, req, resp);
            return;
        }
        size_t bad;
        if (!vl_utf8_check(p + 14, strlen(p + 14), &bad)) {
            api_error(resp, 400, "the entity name is not valid UTF-8 (byte %zu)", bad);
            return;
        }
        api_entity(w, req, p + 14, resp);
        return;
    }
    if (strcmp(p, "/api/events") == 0 || strcmp(p, "/api/timeline") == 0) {
        if (!is_get(req)) {
            wrong_method(resp, req, "GET, HEAD");
            return;
        }
        int events = p[5] == 'e';
        if (check_args(req, events ? events_args : timeline_args, resp)) return;
        if (events) api_events(w, req, resp);
        else api_timeline(w, req, resp);
        return;
    }
    if (strcmp(p, "/api/quotes") == 0) {
        if (!is_get(req)) {
            wrong_method(resp, req, "GET, HEAD");
            return;
        }
        if (check_args(req, quotes_args, resp)) return;
        api_quotes(w, req, resp);
        return;
    }
    if (strcmp(p, "/api/annotate") == 0) {
        if (strcmp(req->method, "POST") != 0) {
            wrong_method(resp, req, "POST");
            return;
        }
        if (check_args(req, no_args, resp)) return;
        api_annotate(w, req, resp);
        return;
    }
    if (strcmp(p, "/api/ingest") == 0) {
        if (strcmp(req->method, "POST") != 0) {
            wrong_method(resp, req, "POST");
            return;
        }
        if (api_check_auth(w->shared, req, resp)) return;
        if (check_args(req, ingest_args, resp)) return;
        api_ingest(w, req, resp);
        return;
    }
    api_error(resp, 404, "no endpoint %.300s (see docs/api.md)", p);
}

int api_handle_front(api_worker *w, const api_request *req, api_response *resp) {
    const char *p = req->path ? req->path : "";
    if (!req->method || (strncmp(p, "/api/", 5) != 0 && strcmp(p, "/healthz") != 0)) {
        api_handle(w, req, resp); /* the web files, or a refusal */
        return 1;
    }
    if (strcmp(p, "/api/search") != 0) return 0;
    if (!is_get(req)) {
        wrong_method(resp, req, "GET, HEAD");
        return 1;
    }
    if (check_args(req, search_args, resp)) return 1;
    return api_search_cached(w, req, resp);
}
