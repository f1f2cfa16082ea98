/*
 * fuzz_http.c -- libFuzzer target for the HTTP API's request handling
 * (src/server/api*.c): the routing, the query-string parameters (limits,
 * integers, dates, UTF-8, the search query itself), the JSON bodies of
 * POST /api/annotate and the ingest bodies of POST /api/ingest.
 *
 * Input: one byte of flags (method, whether the token is sent), then the
 * request target ("/path?k=v&..."), a newline, and the body.  The target is
 * split and percent-decoded the way libmicrohttpd does before it calls the
 * server, and handled as the server does: api_handle_front on a network
 * thread's worker, then api_handle on a search thread's when the front
 * leaves it (with a result cache, so that searches asked twice are
 * answered from it).  It runs against a small real database made at
 * start-up.
 *
 * Checked on every input: no crash, leak or undefined behaviour; a status
 * from 200 to 599; a JSON body that parses; an error body whose
 * error.status is the status; and, for a search, snippets whose only markup
 * is <mark> and </mark>.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "server/api.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_TOKEN "fuzz-token-0123"

static api_shared shared;
static api_worker worker, front;

static void setup(void) {
    static int done;
    if (done) return;
    done = 1;
    char dir[] = "/tmp/veille-fuzz-http-XXXXXX";
    if (!mkdtemp(dir)) abort();
    static char path[64];
    snprintf(path, sizeof path, "%s/fuzz.db", dir);
    vl_error err;
    vl_error_clear(&err);
    vl_store *w;
    if (vl_store_open(path, 0, &w, &err)) {
        fprintf(stderr, "fuzz_http: %s\n", err.message);
        abort();
    }
    static const vl_doc docs[] = {
        {.id = "a", .date = "2026-05-04", .text = "Le port de Marseille est bloqué lundi par une grève.", .text_len = 0},
        {.id = "b", .date = "2026-05-05", .text = "Dockers <b>walk out</b> & the port stops in 2027.", .text_len = 0},
        {.id = "c/d é", .date = "2026-05-06", .title = "Titre", .text = "Un texte « neutre » sur l'OTAN.", .text_len = 0},
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        vl_doc d = docs[i];
        d.text_len = strlen(d.text);
        if (vl_store_put(w, &d, NULL, &err)) abort();
    }
    memset(&shared, 0, sizeof shared);
    shared.db_path = path;
    shared.token = FUZZ_TOKEN;
    shared.writer = w;
    shared.query_ms = 2000;
    pthread_mutex_init(&shared.write_lock, NULL);
    shared.cache = api_cache_new(1 << 20);
    if (api_worker_init(&worker, &shared, &err) || api_worker_init_front(&front, &shared, &err)) {
        fprintf(stderr, "fuzz_http: %s\n", err.message);
        abort();
    }
}

static int hex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Percent-decodes s in place (and '+' as a space in query strings), as
 * libmicrohttpd's MHD_http_unescape does: a bad escape is kept as is. */
static void unescape(char *s, int plus) {
    char *o = s;
    for (char *p = s; *p; p++) {
        int a, b;
        if (*p == '%' && (a = hex(p[1])) >= 0 && (b = hex(p[2])) >= 0) {
            *o++ = (char)(a * 16 + b);
            p += 2;
        } else {
            *o++ = plus && *p == '+' ? ' ' : *p;
        }
    }
    *o = 0;
}

static void check_response(const api_request *req, const api_response *r) {
    if (r->status < 200 || r->status > 599) abort();
    const char *body = r->body ? r->body : r->data;
    size_t len = r->body ? r->body_len : r->data_len;
    if (strncmp(r->content_type, "application/json", 16) != 0) return;
    json_error_t jerr;
    json_t *o = json_loadb(body, len, 0, &jerr);
    if (!o) {
        fprintf(stderr, "fuzz_http: the answer is not JSON: %s\n%.*s\n", jerr.text, (int)len, body);
        abort();
    }
    json_t *e = json_object_get(o, "error");
    if (r->status >= 400 && json_integer_value(json_object_get(e, "status")) != r->status) abort();
    if (r->status == 200 && strcmp(req->path, "/api/search") == 0) {
        json_t *hits = json_object_get(o, "hits");
        size_t i;
        json_t *h;
        json_array_foreach(hits, i, h) {
            const char *s = json_string_value(json_object_get(h, "snippet"));
            if (!s) abort();
            for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<'))
                if (strncmp(p, "<mark>", 6) != 0 && strncmp(p, "</mark>", 7) != 0) {
                    fprintf(stderr, "fuzz_http: markup in a snippet: %s\n", s);
                    abort();
                }
        }
    }
    json_decref(o);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    setup();
    if (size < 1) return 0;
    static const char *const methods[] = {"GET", "POST", "HEAD", "DELETE"};
    api_request req;
    memset(&req, 0, sizeof req);
    req.method = methods[data[0] & 3];
    if (data[0] & 4) req.authorization = "Bearer " FUZZ_TOKEN;
    else if (data[0] & 8) req.authorization = "Bearer fuzz-token-0124";
    data++;
    size--;
    const uint8_t *nl = memchr(data, '\n', size);
    size_t tlen = nl ? (size_t)(nl - data) : size;
    char *target = malloc(tlen + 1);
    if (!target) return 0;
    memcpy(target, data, tlen);
    target[tlen] = 0;
    if (nl) {
        req.body = (const char *)nl + 1;
        req.body_len = size - tlen - 1;
    }
    if (req.body_len > API_MAX_INGEST_BODY) req.body_len = API_MAX_INGEST_BODY;
    /* Path and arguments, as the server's HTTP library hands them over. */
    char *q = strchr(target, '?');
    if (q) *q++ = 0;
    unescape(target, 0);
    req.path = target;
    while (q && *q) {
        char *amp = strchr(q, '&');
        if (amp) *amp = 0;
        char *eq = strchr(q, '=');
        if (eq) *eq = 0;
        unescape(q, 1);
        if (eq) unescape(eq + 1, 1);
        if (req.nargs < API_MAX_ARGS) {
            req.args[req.nargs].key = q;
            req.args[req.nargs].value = eq ? eq + 1 : NULL;
            req.nargs++;
        } else {
            req.too_many_args = 1;
        }
        q = amp ? amp + 1 : NULL;
    }
    api_response resp;
    api_response_init(&resp);
    if (!api_handle_front(&front, &req, &resp)) {
        api_response_free(&resp);
        api_response_init(&resp);
        api_handle(&worker, &req, &resp);
    }
    check_response(&req, &resp);
    api_response_free(&resp);
    free(target);
    return 0;
}
