/*
 * api.h -- the JSON API of `veille serve` as a plain function from a parsed
 * request to a response, with no sockets: server.c feeds it from
 * libmicrohttpd, fuzz/fuzz_http.c and the tests feed it directly.
 *
 * An api_shared is the server-wide state (the writer connection and its
 * mutex, the token, the options); an api_worker is what one thread reads
 * with (its read-only store and annotator), never used by two threads at
 * once.
 */
#ifndef VL_SERVER_API_H
#define VL_SERVER_API_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "base/base.h"
#include "server/cache.h"
#include "veille.h"

/* Hard limits of a request (docs/api.md). */
#define API_MAX_ARGS 32
#define API_MAX_QUERY 2048                    /* bytes of q: longer -> 414 */
#define API_MAX_PARAM 256                     /* bytes of any other parameter -> 400 */
#define API_MAX_LIMIT 100                     /* hits per page, capped */
#define API_MAX_OFFSET 10000                  /* deeper paging -> 400 */
#define API_MAX_BODY ((size_t)1 << 20)        /* 1 MiB: POST /api/annotate */
#define API_MAX_INGEST_BODY ((size_t)16 << 20) /* 16 MiB: POST /api/ingest */

typedef struct api_arg {
    const char *key, *value; /* value NULL for "?key" without '=' */
} api_arg;

typedef struct api_request {
    const char *method;        /* "GET", "POST", ... */
    const char *path;          /* URL-decoded, without the query string */
    api_arg args[API_MAX_ARGS];
    int nargs;
    int too_many_args;         /* more than API_MAX_ARGS were given */
    const char *authorization; /* the Authorization header, or NULL */
    const char *body;          /* request body (not NUL-terminated), or NULL */
    size_t body_len;
} api_request;

typedef struct api_response {
    int status;
    const char *content_type;  /* static string */
    char *body;                /* malloc'd body, or NULL */
    size_t body_len;
    const void *data;          /* a static body (embedded web files), when body is NULL */
    size_t data_len;
    const char *allow;         /* the Allow header of a 405, or NULL */
    int www_authenticate;      /* add WWW-Authenticate: Bearer (401) */
    const char *cache;         /* the X-Cache header ("hit", "miss"), or NULL */
} api_response;

typedef struct api_shared {
    const char *db_path;
    char *token;               /* NULL: writes refused */
    vl_store *writer;          /* read-write connection, only with a token */
    pthread_mutex_t write_lock;
    int query_ms;              /* time limit of one query (api_limit_begin) */
    api_cache *cache;          /* answers of GET /api/search; NULL: none kept */
} api_shared;

typedef struct api_worker {
    api_shared *shared;
    vl_store *store;           /* read-only */
    vl_annotator *annotator;   /* created on first use (entity models) */
    int64_t deadline_ns;       /* monotonic; 0: no limit running */
    int interrupted;           /* the progress handler stopped a query */
    int64_t data_version;      /* PRAGMA data_version last seen (the cache's check) */
    struct sqlite3_stmt *data_version_st;
    api_cache_codec *cache_codec; /* this thread's for the cache; NULL without one */
} api_worker;

/* Opens the worker's read-only store and installs the progress handler
 * that enforces the per-query time limit. */
int api_worker_init(api_worker *w, api_shared *shared, vl_error *err);
/* The same for a worker that only answers from the cache and the web
 * files (api_handle_front): without the search arrays, which only a
 * search needs and which take memory in proportion to the archive. */
int api_worker_init_front(api_worker *w, api_shared *shared, vl_error *err);
void api_worker_free(api_worker *w);
/* Empties the shared cache when the database changed since this worker
 * last looked (a commit by POST /api/ingest or by another process). */
void api_worker_check_changes(api_worker *w);

void api_response_init(api_response *r);
void api_response_free(api_response *r);

/* Answers one request: fills `resp` (status, type, body).  Never fails:
 * every problem becomes a JSON error response. */
void api_handle(api_worker *w, const api_request *req, api_response *resp);

/* Answers the requests that need no work on the database: the web
 * files, requests refused on their method or parameters, and searches
 * whose answer is in the cache.  1 when resp holds the answer; 0 when the
 * request needs api_handle (a worker's time on the database).  server.c
 * answers these on its network threads, so that a cache hit never waits
 * behind a slow search. */
int api_handle_front(api_worker *w, const api_request *req, api_response *resp);

/* The body limit for a request to `path` (the ingest endpoint takes more). */
size_t api_body_limit(const char *method, const char *path);

/* {"error":{"status":S,"message":M}} into resp. */
void api_error(api_response *resp, int status, const char *fmt, ...) VL_PRINTF(3, 4);
/* Checks the bearer token of a write request: 0 when allowed, else fills
 * resp with 403 (no token configured) or 401 (missing or wrong). */
int api_check_auth(const api_shared *sh, const api_request *req, api_response *resp);

/* Shared by the endpoint files (api_*.c). */
struct json_t;
/* Serialises o (taking its reference) as the 200 (or `status`) body. */
void api_json(api_response *resp, int status, struct json_t *o);
/* body (malloc'd JSON text of len bytes, taken; NULL: out of memory, a
 * 500) as the `status` body. */
void api_json_text(api_response *resp, int status, char *body, size_t len);
/* Appends v's JSON text (any value; v's reference is kept) as api_json
 * writes it; VL_OK or VL_ENOMEM. */
int api_json_append(vl_buf *b, const struct json_t *v);
/* A JSON string of s with invalid UTF-8 bytes replaced by U+FFFD. */
struct json_t *api_json_str(const char *s);
/* The value of parameter key, or NULL; `present` set when given at all. */
const char *api_arg_get(const api_request *req, const char *key);
/* A non-negative integer parameter: `dflt` when absent or empty; over
 * `max`, max when `cap` is set, else an error.  -1 after filling resp with
 * a 400 when it is not such an integer. */
int api_int_arg(const api_request *req, const char *key, int dflt, int max, int cap, api_response *resp);
/* 0 when parameter key is absent, empty or a date a filter takes
 * (YYYY-MM-DD, YYYY-MM, YYYY: vl_timex_filter_bound); else
 * -1 after filling resp with a 400. */
int api_date_arg(const api_request *req, const char *key, api_response *resp);
/* s, or NULL when s is NULL or empty. */
const char *api_nonempty(const char *s);
/* Elapsed milliseconds since t0 (monotonic nanoseconds of api_now_ns). */
int64_t api_now_ns(void);
/* Puts the store calls that follow, until api_limit_end, under the time
 * limit of one query (shared->query_ms): past it SQLite stops the
 * statement and w->interrupted is set. */
void api_limit_begin(api_worker *w);
void api_limit_end(api_worker *w);
/* Fills resp for a store call that failed with rc: 503 when the time
 * limit stopped it (`what` names the request in the message: "search",
 * "request"), 400 when the caller's parameters are at fault (VL_EARG,
 * VL_EQUERY), 404 for VL_ENOTFOUND, else 500. */
void api_query_failed(const api_worker *w, int rc, const vl_error *err, const char *what, api_response *resp);

/* The endpoints. */
void api_healthz(api_worker *w, const api_request *req, api_response *resp);
void api_stats(api_worker *w, const api_request *req, api_response *resp);
void api_search(api_worker *w, const api_request *req, api_response *resp);
/* The search's answer from the cache, or its 400: 1 when resp holds it,
 * 0 when the search has to run (api_search). */
int api_search_cached(api_worker *w, const api_request *req, api_response *resp);
void api_doc(api_worker *w, const api_request *req, const char *id, api_response *resp);
void api_annotate(api_worker *w, const api_request *req, api_response *resp);
void api_ingest(api_worker *w, const api_request *req, api_response *resp);
void api_entities(api_worker *w, const api_request *req, api_response *resp);
void api_entity(api_worker *w, const api_request *req, const char *name, api_response *resp);
void api_events(api_worker *w, const api_request *req, api_response *resp);
void api_timeline(api_worker *w, const api_request *req, api_response *resp);
void api_quotes(api_worker *w, const api_request *req, api_response *resp);
/* Answers GET / and /static/... from the embedded web files. */
void api_static(const api_request *req, api_response *resp);

#endif
