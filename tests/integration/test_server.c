/*
 * test_server.c -- integration tests of `veille serve` through a real
 * socket: the program is started on a free loopback port (--port 0, the
 * address read from what it prints), every endpoint is exercised with its
 * error cases, the examples of docs/api.md are replayed, and the server is
 * stopped with SIGTERM and must exit with status 0.
 *
 * The HTTP client is a small one written here (requests are sent byte by
 * byte as given, so malformed and oversized ones can be sent too).  The
 * dispatches are written for these tests.
 */
#include "harness.h"

#include <cmocka.h>
#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TOKEN "test-token-0123"

/* Three dispatches: two French, one English; the third holds markup and an
 * ampersand, which snippets must escape. */
static const char CORPUS[] =
    "{\"id\":\"fr-greve-marseille\",\"date\":\"2026-05-04\",\"title\":\"Grève au port de Marseille\","
    "\"source\":\"Exemple\",\"text\":\"Marseille — Les dockers ont cessé le travail lundi au port de Marseille, "
    "où une centaine de navires attendent au large. Le syndicat réclame une hausse des salaires.\"}\n"
    "{\"id\":\"en-rotterdam-strike\",\"date\":\"2026-05-05\",\"title\":\"Dockers walk out in Rotterdam\","
    "\"text\":\"Dockers walk out in Rotterdam as the port's container terminals stop for a second day, "
    "the union said on Tuesday.\"}\n"
    "{\"id\":\"fr-html-escape\",\"date\":\"2026-05-06\",\"title\":\"Un titre <b>gras</b> & co\","
    "\"text\":\"Le port de Sète affiche <script>alert(1)</script> & annonce des quais neufs pour 2027.\"}\n";

typedef struct server {
    pid_t pid;
    int port;
    char *dir, *db;
} server;

/* ------------------------------------------------------------ the client */

typedef struct http_resp {
    int status;
    char *head; /* status line and headers */
    char *body;
    size_t body_len;
    json_t *json; /* the body parsed, or NULL */
} http_resp;

static void http_free(http_resp *r) {
    free(r->head);
    free(r->body);
    json_decref(r->json);
    memset(r, 0, sizeof *r);
}

static int connect_to(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(fd >= 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
    return fd;
}

/* Sends all of buf; a server that closed early (413) is no error here. */
static void send_all(int fd, const char *buf, size_t len) {
    while (len) {
        ssize_t n = send(fd, buf, len, MSG_NOSIGNAL);
        if (n <= 0) return;
        buf += n;
        len -= (size_t)n;
    }
}

/* Reads until the peer closes, or until `want` bytes when want > 0. */
static char *read_all(int fd, size_t *len, size_t want) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (want && n >= want) break;
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 30000) <= 0) break;
        if (n + 4096 > cap) buf = realloc(buf, cap *= 2);
        ssize_t k = recv(fd, buf + n, cap - n - 1, 0);
        if (k <= 0) break;
        n += (size_t)k;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* Splits a raw response into status, head and body. */
static http_resp parse_response(const char *raw, size_t len) {
    http_resp r = {0};
    const char *end = strstr(raw, "\r\n\r\n");
    if (!end) {
        r.status = -1;
        return r;
    }
    sscanf(raw, "HTTP/1.%*d %d", &r.status);
    r.head = strndup(raw, (size_t)(end - raw));
    r.body_len = len - (size_t)(end + 4 - raw);
    r.body = malloc(r.body_len + 1);
    memcpy(r.body, end + 4, r.body_len);
    r.body[r.body_len] = 0;
    r.json = json_loadb(r.body, r.body_len, 0, NULL);
    return r;
}

/* One request on its own connection ("Connection: close"). `headers` are
 * extra header lines, each ending in \r\n. */
static http_resp http(const server *s, const char *method, const char *target, const char *headers,
                      const char *body, size_t body_len) {
    int fd = connect_to(s->port);
    char head[8192];
    int n = snprintf(head, sizeof head, "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n%s", method,
                     target, headers ? headers : "");
    if (body) n += snprintf(head + n, sizeof head - (size_t)n, "Content-Length: %zu\r\n", body_len);
    n += snprintf(head + n, sizeof head - (size_t)n, "\r\n");
    send_all(fd, head, (size_t)n);
    if (body) send_all(fd, body, body_len);
    size_t len;
    char *raw = read_all(fd, &len, 0);
    close(fd);
    http_resp r = parse_response(raw, len);
    free(raw);
    return r;
}

static http_resp get(const server *s, const char *target) { return http(s, "GET", target, NULL, NULL, 0); }

static const char *jstr(json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }
static json_int_t jint(json_t *o, const char *key) { return json_integer_value(json_object_get(o, key)); }

/* Asserts an error answer: the status, and a JSON body with that status and
 * a message containing `needle`. */
static void assert_error(http_resp *r, int status, const char *needle) {
    if (r->status != status) fprintf(stderr, "expected %d, got %d: %s\n", status, r->status, r->body);
    assert_int_equal(r->status, status);
    assert_non_null(r->json);
    json_t *e = json_object_get(r->json, "error");
    assert_non_null(e);
    assert_int_equal(jint(e, "status"), status);
    const char *m = jstr(e, "message");
    assert_non_null(m);
    if (!strstr(m, needle)) fprintf(stderr, "message '%s' lacks '%s'\n", m, needle);
    assert_non_null(strstr(m, needle));
    assert_non_null(strstr(r->head, "Content-Type: application/json; charset=utf-8"));
}

/* ------------------------------------------------------------ the server */

/* Starts `veille --db DB serve --port 0 [extra...]` and reads its port. */
static void server_start(server *s, const char *extra1, const char *extra2) {
    int out[2];
    assert_int_equal(pipe(out), 0);
    s->pid = fork();
    assert_true(s->pid >= 0);
    if (s->pid == 0) {
        dup2(out[1], 1);
        close(out[0]);
        close(out[1]);
        char *models = th_path(th_src_dir(), "models");
        setenv("VEILLE_MODELS", models, 1);
        const char *argv[10] = {th_veille_bin(), "--db", s->db, "serve", "--port", "0", extra1, extra2, NULL};
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    close(out[1]);
    char line[512];
    size_t n = 0;
    while (n < sizeof line - 1) {
        struct pollfd p = {.fd = out[0], .events = POLLIN};
        if (poll(&p, 1, 60000) <= 0) break;
        ssize_t k = read(out[0], line + n, 1);
        if (k <= 0 || line[n] == '\n') break;
        n++;
    }
    line[n] = 0;
    close(out[0]);
    const char *p = strstr(line, "http://127.0.0.1:");
    if (!p) fprintf(stderr, "the server printed: '%s'\n", line);
    assert_non_null(p);
    s->port = atoi(p + strlen("http://127.0.0.1:"));
    assert_true(s->port > 0);
}

/* Stops the server with SIGTERM; it must exit with status 0 in time. */
static void server_stop(server *s) {
    if (s->pid <= 0) return;
    assert_int_equal(kill(s->pid, SIGTERM), 0);
    int status = -1;
    for (int i = 0; i < 300; i++) {
        pid_t w = waitpid(s->pid, &status, WNOHANG);
        if (w == s->pid) break;
        struct timespec ts = {0, 100 * 1000000};
        nanosleep(&ts, NULL);
    }
    s->pid = 0;
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

/* The committed entity models, wherever the program under test was built
 * (a sanitizer build lives in build/san/bin, away from models/). */
static char *models_env(void) {
    char *models = th_path(th_src_dir(), "models");
    size_t n = strlen(models) + 32;
    char *e = malloc(n);
    snprintf(e, n, "VEILLE_MODELS=%s", models);
    free(models);
    return e;
}

/* veille --db DB ingest [--quiet] FILE, with the committed models. */
static th_run ingest_file(const server *s, const char *file) {
    char *env[] = {models_env(), NULL};
    char *const argv[] = {(char *)th_veille_bin(), "--db", s->db, "ingest", "--quiet", (char *)file, NULL};
    th_run r = th_exec(argv, NULL, 0, env, 300);
    free(env[0]);
    return r;
}

static int setup(void **state) {
    server *s = calloc(1, sizeof *s);
    /* The committed entity models, wherever the program under test was
     * built (build/san/bin/veille finds no models/ beside it). */
    char *models = th_path(th_src_dir(), "models");
    setenv("VEILLE_MODELS", models, 1);
    free(models);
    s->dir = th_tmpdir();
    s->db = th_path(s->dir, "news.db");
    char *in = th_write_file(s->dir, "corpus.jsonl", CORPUS, (size_t)-1);
    th_run r = ingest_file(s, in);
    if (r.status != 0) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    free(in);
    *state = s;
    return 0;
}

static int teardown(void **state) {
    server *s = *state;
    if (s->pid > 0) {
        kill(s->pid, SIGKILL);
        waitpid(s->pid, NULL, 0);
    }
    th_tmpdir_cleanup(s->dir);
    free(s->db);
    free(s);
    return 0;
}

/* ------------------------------------------------------------ the tests */

static void test_health_and_stats(void **state) {
    server *s = *state;
    server_start(s, NULL, NULL);
    http_resp r = get(s, "/healthz");
    assert_int_equal(r.status, 200);
    assert_true(json_is_true(json_object_get(r.json, "ok")));
    assert_int_equal(jint(r.json, "docs"), 3);
    assert_non_null(strstr(r.head, "Content-Type: application/json; charset=utf-8"));
    assert_null(strstr(r.head, "Access-Control-Allow-Origin")); /* CORS off by default */
    http_free(&r);

    r = get(s, "/api/stats");
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "docs"), 3);
    assert_string_equal(jstr(r.json, "first_date"), "2026-05-04");
    assert_string_equal(jstr(r.json, "last_date"), "2026-05-06");
    json_t *langs = json_object_get(r.json, "langs");
    assert_int_equal(json_array_size(langs), 2);
    assert_string_equal(jstr(json_array_get(langs, 0), "lang"), "fr");
    assert_int_equal(jint(json_array_get(langs, 0), "docs"), 2);
    assert_true(jint(r.json, "db_bytes") > 0);
    /* Ingested with the extraction by this veille: none stale. */
    json_t *an = json_object_get(r.json, "annotations");
    assert_int_equal(jint(an, "current"), 3);
    assert_int_equal(jint(an, "stale"), 0);
    assert_int_equal(jint(an, "unextracted"), 0);
    assert_non_null(strstr(jstr(an, "version"), "rules "));
    http_free(&r);

    /* The web page, from the table embedded in the program only. */
    r = get(s, "/");
    assert_int_equal(r.status, 200);
    assert_non_null(strstr(r.head, "Content-Type: text/html; charset=utf-8"));
    assert_non_null(strstr(r.body, "<html"));
    http_free(&r);
    r = get(s, "/static/app.css");
    assert_int_equal(r.status, 200);
    assert_non_null(strstr(r.head, "Content-Type: text/css"));
    http_free(&r);
    r = http(s, "HEAD", "/", NULL, NULL, 0);
    assert_int_equal(r.status, 200);
    assert_int_equal(r.body_len, 0);
    http_free(&r);
    r = get(s, "/static/../../../etc/passwd");
    assert_error(&r, 404, "no file");
    http_free(&r);
    r = get(s, "/static/%2e%2e/%2e%2e/etc/passwd");
    assert_error(&r, 404, "no file");
    http_free(&r);
    r = http(s, "POST", "/", NULL, "x", 1);
    assert_error(&r, 405, "allowed: GET, HEAD");
    http_free(&r);
    server_stop(s);
}

static void test_search(void **state) {
    server *s = *state;
    server_start(s, NULL, NULL);
    http_resp r = get(s, "/api/search?q=port&limit=2");
    assert_int_equal(r.status, 200);
    assert_string_equal(jstr(r.json, "query"), "port");
    assert_int_equal(jint(r.json, "total"), 3);
    assert_int_equal(jint(r.json, "limit"), 2);
    json_t *hits = json_object_get(r.json, "hits");
    assert_int_equal(json_array_size(hits), 2);
    const char *snip = jstr(json_array_get(hits, 0), "snippet");
    assert_non_null(strstr(snip, "<mark>port</mark>"));
    /* Facets count every match, not the page of two. */
    json_t *facets = json_object_get(r.json, "facets");
    json_t *days = json_object_get(facets, "days");
    assert_int_equal(json_array_size(days), 3);
    assert_string_equal(jstr(json_array_get(days, 0), "date"), "2026-05-04");
    int64_t in_days = 0;
    for (size_t i = 0; i < json_array_size(days); i++) in_days += jint(json_array_get(days, i), "count");
    assert_int_equal(in_days, 3);
    assert_true(json_is_real(json_object_get(r.json, "took_ms")));
    json_t *langs = json_object_get(facets, "langs");
    assert_string_equal(jstr(json_array_get(langs, 0), "lang"), "fr");
    assert_int_equal(jint(json_array_get(langs, 0), "count"), 2);
    assert_int_equal(jint(json_array_get(langs, 1), "count"), 1);
    http_free(&r);

    /* The answer's text is written in parts (the days by hand): a query
     * with quotes and a backslash comes back as given, in valid JSON. */
    r = get(s, "/api/search?q=%22port%22+%5C");
    assert_int_equal(r.status, 200);
    assert_non_null(r.json);
    assert_string_equal(jstr(r.json, "query"), "\"port\" \\");
    assert_non_null(json_object_get(json_object_get(r.json, "facets"), "entities"));
    http_free(&r);

    /* Paging: the second page holds the third hit. */
    r = get(s, "/api/search?q=port&limit=2&offset=2");
    assert_int_equal(json_array_size(json_object_get(r.json, "hits")), 1);
    assert_int_equal(jint(r.json, "total"), 3);
    http_free(&r);

    /* Markup in the text is escaped; only <mark> is HTML. */
    r = get(s, "/api/search?q=script+alert");
    assert_int_equal(r.status, 200);
    hits = json_object_get(r.json, "hits");
    assert_int_equal(json_array_size(hits), 1);
    snip = jstr(json_array_get(hits, 0), "snippet");
    assert_null(strstr(snip, "<script"));
    assert_non_null(strstr(snip, "&lt;<mark>script</mark>&gt;"));
    assert_non_null(strstr(snip, "&amp;"));
    assert_string_equal(jstr(json_array_get(hits, 0), "title"), "Un titre <b>gras</b> & co");
    http_free(&r);

    /* No query, a filter: newest first. */
    r = get(s, "/api/search?lang=fr");
    assert_int_equal(r.status, 200);
    hits = json_object_get(r.json, "hits");
    assert_int_equal(json_array_size(hits), 2);
    assert_string_equal(jstr(json_array_get(hits, 0), "id"), "fr-html-escape");
    assert_string_equal(jstr(json_array_get(hits, 1), "id"), "fr-greve-marseille");
    assert_int_equal(jint(r.json, "total"), 2);
    http_free(&r);
    r = get(s, "/api/search?q=&from=2026-05-05&to=2026-05-05");
    assert_int_equal(jint(r.json, "total"), 1);
    assert_string_equal(jstr(json_array_get(json_object_get(r.json, "hits"), 0), "id"), "en-rotterdam-strike");
    http_free(&r);
    /* Filters with a query; a mention period (the text speaks of 2027). */
    r = get(s, "/api/search?q=port&lang=en");
    assert_int_equal(jint(r.json, "total"), 1);
    http_free(&r);
    r = get(s, "/api/search?q=port&mentions_from=2027&mentions_to=2027");
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "total"), 1);
    http_free(&r);

    /* limit is capped, not refused. */
    r = get(s, "/api/search?q=port&limit=5000");
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "limit"), 100);
    http_free(&r);
    server_stop(s);
}

static void test_search_errors(void **state) {
    server *s = *state;
    server_start(s, NULL, NULL);
    http_resp r = get(s, "/api/search?q=%22port");
    assert_error(&r, 400, "unbalanced quote");
    http_free(&r);
    r = get(s, "/api/search");
    assert_error(&r, 400, "give a query");
    http_free(&r);
    r = get(s, "/api/search?q=port&from=2026-13-01");
    assert_error(&r, 400, "'from' must be a date");
    http_free(&r);
    /* a year and a month are bounds too: the same hits as no bound */
    r = get(s, "/api/search?q=port");
    assert_int_equal(r.status, 200);
    json_int_t all = json_integer_value(json_object_get(r.json, "total"));
    assert_true(all > 0);
    http_free(&r);
    r = get(s, "/api/search?q=port&from=1990&to=2099-12");
    assert_int_equal(r.status, 200);
    assert_int_equal(json_integer_value(json_object_get(r.json, "total")), all);
    http_free(&r);
    r = get(s, "/api/search?q=port&to=1990-01");
    assert_int_equal(r.status, 200);
    assert_int_equal(json_integer_value(json_object_get(r.json, "total")), 0);
    http_free(&r);
    r = get(s, "/api/search?q=port&lang=xx");
    assert_error(&r, 400, "unknown language");
    http_free(&r);
    r = get(s, "/api/search?q=port&limit=ten");
    assert_error(&r, 400, "'limit' must be a non-negative integer");
    http_free(&r);
    r = get(s, "/api/search?q=port&offset=-1");
    assert_error(&r, 400, "'offset'");
    http_free(&r);
    r = get(s, "/api/search?q=port&offset=999999");
    assert_error(&r, 400, "the limit is 10000");
    http_free(&r);
    r = get(s, "/api/search?q=port&colour=red");
    assert_error(&r, 400, "unknown parameter 'colour'");
    http_free(&r);
    r = get(s, "/api/search?q=%FF%FE");
    assert_error(&r, 400, "not valid UTF-8");
    http_free(&r);
    r = get(s, "/api/search?q=port&mentions_from=soon");
    assert_error(&r, 400, "is not a date");
    http_free(&r);
    /* A query over the length limit. */
    char target[3000] = "/api/search?q=";
    memset(target + strlen(target), 'a', 2100);
    r = get(s, target);
    assert_error(&r, 414, "the limit is 2048");
    http_free(&r);
    /* Too many parameters. */
    char many[600] = "/api/search?q=port";
    for (int i = 0; i < 40; i++) strcat(many, "&lang=fr");
    r = get(s, many);
    assert_error(&r, 400, "more than 32");
    http_free(&r);
    /* Wrong methods, unknown paths. */
    r = http(s, "POST", "/api/search?q=port", NULL, "", 0);
    assert_error(&r, 405, "not allowed");
    assert_non_null(strstr(r.head, "Allow: GET, HEAD"));
    http_free(&r);
    r = get(s, "/api/annotate");
    assert_error(&r, 405, "allowed: POST");
    http_free(&r);
    r = get(s, "/api/nothing");
    assert_error(&r, 404, "no endpoint /api/nothing");
    http_free(&r);
    r = get(s, "/../../etc/passwd");
    assert_int_equal(r.status, 404);
    assert_null(strstr(r.body, "root:"));
    http_free(&r);
    server_stop(s);
}

static void test_docs_and_annotate(void **state) {
    server *s = *state;
    server_start(s, NULL, NULL);
    http_resp r = get(s, "/api/docs/fr-greve-marseille");
    assert_int_equal(r.status, 200);
    assert_string_equal(jstr(r.json, "id"), "fr-greve-marseille");
    assert_string_equal(jstr(r.json, "title"), "Grève au port de Marseille");
    assert_string_equal(jstr(r.json, "source"), "Exemple");
    assert_string_equal(jstr(r.json, "lang"), "fr");
    assert_true(json_array_size(json_object_get(r.json, "timexes")) >= 1);
    http_free(&r);
    r = get(s, "/api/docs/no%20such");
    assert_error(&r, 404, "no document with id \"no such\"");
    http_free(&r);
    r = http(s, "DELETE", "/api/docs/fr-greve-marseille", NULL, NULL, 0);
    assert_error(&r, 405, "DELETE");
    http_free(&r);

    const char *body = "{\"text\":\"Les dockers reprendront le travail vendredi.\",\"date\":\"2026-05-06\"}";
    r = http(s, "POST", "/api/annotate", NULL, body, strlen(body));
    assert_int_equal(r.status, 200);
    assert_string_equal(jstr(r.json, "lang"), "fr");
    json_t *tx = json_array_get(json_object_get(r.json, "timexes"), 0);
    assert_string_equal(jstr(tx, "value"), "2026-05-08");
    http_free(&r);
    r = http(s, "POST", "/api/annotate", NULL, "{\"text\":", 8);
    assert_error(&r, 400, "invalid JSON");
    http_free(&r);
    r = http(s, "POST", "/api/annotate", NULL, "[1,2]", 5);
    assert_error(&r, 400, "expected a JSON object");
    http_free(&r);
    body = "{\"text\":\"x y z\",\"date\":\"2026-02-30\"}";
    r = http(s, "POST", "/api/annotate", NULL, body, strlen(body));
    assert_error(&r, 400, "date");
    http_free(&r);
    body = "{\"text\":\"x\",\"date\":\"2026-02-03\",\"colour\":1}";
    r = http(s, "POST", "/api/annotate", NULL, body, strlen(body));
    assert_error(&r, 400, "unknown member \"colour\"");
    http_free(&r);

    /* Bodies over 1 MiB: refused from the Content-Length, and when sent
     * chunked (no length known in advance) as soon as they go over. */
    size_t big = (1u << 20) + 10;
    char *blob = malloc(big);
    memset(blob, 'a', big);
    r = http(s, "POST", "/api/annotate", NULL, blob, big);
    assert_error(&r, 413, "limit");
    http_free(&r);
    int fd = connect_to(s->port);
    const char *head = "POST /api/annotate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    send_all(fd, head, strlen(head));
    for (int i = 0; i < 40; i++) {
        char sz[32];
        int n = snprintf(sz, sizeof sz, "%x\r\n", 65536);
        send_all(fd, sz, (size_t)n);
        send_all(fd, blob, 65536);
        send_all(fd, "\r\n", 2);
    }
    send_all(fd, "0\r\n\r\n", 5);
    size_t len;
    char *raw = read_all(fd, &len, 0);
    close(fd);
    r = parse_response(raw, len);
    free(raw);
    assert_error(&r, 413, "limit");
    http_free(&r);
    free(blob);
    server_stop(s);
}

static void test_ingest(void **state) {
    server *s = *state;
    /* A database that does not exist is an error without a token, and
     * would be created with one. */
    char *missing = th_path(s->dir, "missing.db");
    th_run run = th_veille(NULL, "--db", missing, "serve", "--port", "0", NULL);
    assert_int_equal(run.status, 3);
    assert_non_null(strstr(run.err, "no such database"));
    th_run_free(&run);
    free(missing);
    /* Without a token, writes are refused. */
    server_start(s, NULL, NULL);
    const char *doc = "{\"id\":\"en-antwerp\",\"date\":\"2026-05-07\",\"text\":\"Port unions met in Antwerp.\"}\n";
    http_resp r = http(s, "POST", "/api/ingest", "Authorization: Bearer " TOKEN "\r\n", doc, strlen(doc));
    assert_error(&r, 403, "--token");
    http_free(&r);
    server_stop(s);

    server_start(s, "--token", TOKEN);
    r = http(s, "POST", "/api/ingest", NULL, doc, strlen(doc));
    assert_error(&r, 401, "Authorization: Bearer");
    assert_non_null(strstr(r.head, "WWW-Authenticate: Bearer"));
    http_free(&r);
    r = http(s, "POST", "/api/ingest", "Authorization: Bearer test-token-0124\r\n", doc, strlen(doc));
    assert_error(&r, 401, "wrong token");
    http_free(&r);
    r = http(s, "POST", "/api/ingest", "Authorization: Bearer " TOKEN "x\r\n", doc, strlen(doc));
    assert_error(&r, 401, "wrong token");
    http_free(&r);

    /* The search is answered, then kept (X-Cache), until the ingest below
     * changes the database. */
    r = get(s, "/api/search?q=antwerp");
    assert_int_equal(jint(r.json, "total"), 0);
    assert_non_null(strstr(r.head, "X-Cache: miss"));
    http_free(&r);
    r = get(s, "/api/search?q=antwerp");
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "total"), 0);
    assert_non_null(strstr(r.head, "X-Cache: hit"));
    assert_non_null(json_object_get(r.json, "took_ms"));
    http_free(&r);

    const char *batch = "{\"id\":\"en-antwerp\",\"date\":\"2026-05-07\",\"text\":\"Port unions met in Antwerp.\"}\n"
                        "not json\n"
                        "{\"id\":\"fr-greve-marseille\",\"date\":\"2026-05-04\",\"text\":\"Texte corrigé du port.\"}\n";
    r = http(s, "POST", "/api/ingest", "Authorization: Bearer " TOKEN "\r\n", batch, strlen(batch));
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "added"), 1);
    assert_int_equal(jint(r.json, "updated"), 1);
    assert_int_equal(jint(r.json, "unchanged"), 0);
    assert_int_equal(jint(r.json, "rejected"), 1);
    json_t *e = json_array_get(json_object_get(r.json, "errors"), 0);
    assert_int_equal(jint(e, "line"), 2);
    assert_non_null(strstr(jstr(e, "message"), "JSON"));
    http_free(&r);
    /* The readers see the commit at once: the kept answer is gone. */
    r = get(s, "/api/search?q=antwerp");
    assert_int_equal(jint(r.json, "total"), 1);
    assert_non_null(strstr(r.head, "X-Cache: miss"));
    http_free(&r);
    r = get(s, "/healthz");
    assert_int_equal(jint(r.json, "docs"), 4);
    http_free(&r);
    /* The same batch again: nothing changes. */
    r = http(s, "POST", "/api/ingest", "Authorization: Bearer " TOKEN "\r\n", batch, strlen(batch));
    assert_int_equal(jint(r.json, "unchanged"), 2);
    assert_int_equal(jint(r.json, "added"), 0);
    http_free(&r);
    /* One dispatch text, its id from the parameter. */
    const char *text = "date 2026-05-08\n\nLe port du Havre rouvre ses terminaux.\n";
    r = http(s, "POST", "/api/ingest?id=fr-havre", "Authorization: Bearer " TOKEN "\r\n", text, strlen(text));
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "added"), 1);
    http_free(&r);
    r = get(s, "/api/docs/fr-havre");
    assert_int_equal(r.status, 200);
    assert_string_equal(jstr(r.json, "date"), "2026-05-08");
    http_free(&r);
    /* default_lang: a table of figures takes the feed's language; a
     * language veille does not analyse is refused before anything is
     * stored. */
    const char *table = "{\"id\":\"en-div\",\"date\":\"2026-05-08\",\"text\":\"Qtly div 12 cts vs 12 cts  Pay "
                        "June 9  Record May 20\"}\n";
    r = http(s, "POST", "/api/ingest?default_lang=xx", "Authorization: Bearer " TOKEN "\r\n", table, strlen(table));
    assert_error(&r, 400, "default_lang is fr or en");
    http_free(&r);
    r = get(s, "/api/docs/en-div");
    assert_int_equal(r.status, 404);
    http_free(&r);
    r = http(s, "POST", "/api/ingest?default_lang=en", "Authorization: Bearer " TOKEN "\r\n", table, strlen(table));
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "added"), 1);
    http_free(&r);
    r = get(s, "/api/docs/en-div");
    assert_int_equal(r.status, 200);
    assert_string_equal(jstr(r.json, "lang"), "en");
    http_free(&r);
    /* An ingest body may be larger than 1 MiB, not than 16 MiB. */
    r = http(s, "POST", "/api/ingest", "Authorization: Bearer " TOKEN "\r\nContent-Length: 20000000\r\n", NULL, 0);
    assert_error(&r, 413, "16777216");
    http_free(&r);
    server_stop(s);
}

/* Entities stored at ingest: the list, one entity, the search filter and
 * facet.  Which names the tagger finds depends on its model, so the test
 * takes the names from the list itself. */
static void url_encode(const char *s, char *out, size_t cap) {
    size_t n = 0;
    for (; *s && n + 4 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
            out[n++] = (char)c;
        else
            n += (size_t)snprintf(out + n, cap - n, "%%%02X", c);
    }
    out[n] = 0;
}

static void test_entities(void **state) {
    server *s = *state;
    server_start(s, NULL, NULL);
    http_resp r = get(s, "/api/entities");
    assert_int_equal(r.status, 200);
    json_t *list = json_object_get(r.json, "entities");
    assert_true(json_array_size(list) >= 2);
    json_t *first = json_array_get(list, 0);
    char name[256], enc[800], target[1000];
    snprintf(name, sizeof name, "%s", jstr(first, "name"));
    assert_true(jint(first, "mentions") >= jint(json_array_get(list, 1), "mentions"));
    assert_non_null(jstr(first, "type"));
    http_free(&r);

    r = get(s, "/api/entities?type=LOC&limit=1");
    assert_int_equal(r.status, 200);
    list = json_object_get(r.json, "entities");
    assert_int_equal(json_array_size(list), 1);
    assert_string_equal(jstr(json_array_get(list, 0), "type"), "LOC");
    http_free(&r);
    r = get(s, "/api/entities?type=PLANET");
    assert_error(&r, 400, "unknown entity type");
    http_free(&r);
    r = get(s, "/api/entities?from=2026-99-01");
    assert_error(&r, 400, "'from' must be a date");
    http_free(&r);
    r = get(s, "/api/entities?q=x");
    assert_error(&r, 400, "unknown parameter 'q'");
    http_free(&r);

    url_encode(name, enc, sizeof enc);
    snprintf(target, sizeof target, "/api/entities/%s", enc);
    r = get(s, target);
    assert_int_equal(r.status, 200);
    assert_string_equal(jstr(r.json, "name"), name);
    assert_true(json_array_size(json_object_get(r.json, "aliases")) >= 1);
    assert_true(json_array_size(json_object_get(r.json, "months")) >= 1);
    json_t *docs = json_object_get(r.json, "dispatches");
    assert_true(json_array_size(docs) >= 1);
    assert_non_null(jstr(json_array_get(docs, 0), "id"));
    assert_true(json_is_array(json_object_get(r.json, "related")));
    http_free(&r);
    r = get(s, "/api/entities/Personne%20Inconnue");
    assert_error(&r, 404, "no entity named");
    http_free(&r);

    /* The search filter and the entity facet. */
    snprintf(target, sizeof target, "/api/search?entity=%s", enc);
    r = get(s, target);
    assert_int_equal(r.status, 200);
    assert_true(jint(r.json, "total") >= 1);
    http_free(&r);
    r = get(s, "/api/search?q=port");
    json_t *ents = json_object_get(json_object_get(r.json, "facets"), "entities");
    assert_true(json_array_size(ents) >= 1);
    assert_true(jint(json_array_get(ents, 0), "count") >= 1);
    http_free(&r);
    r = get(s, "/api/search?q=port&entity=Personne%20Inconnue");
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "total"), 0);
    http_free(&r);
    server_stop(s);
}

/* Events and the timeline, over a dispatch added for them. */
static void test_events_timeline(void **state) {
    server *s = *state;
    const char *doc = "{\"id\":\"fr-annonce\",\"date\":\"2026-05-08\",\"text\":\"La Vardénie a annoncé vendredi "
                      "le lancement d'un plan d'aide aux ports de la côte.\"}\n"
                      "{\"id\":\"fr-citation\",\"date\":\"2026-05-09\",\"text\":\"« Nous rouvrirons les quais lundi », "
                      "a déclaré Paul Martin, le directeur du port.\"}\n";
    char *in = th_write_file(s->dir, "annonce.jsonl", doc, (size_t)-1);
    th_run run = ingest_file(s, in);
    assert_int_equal(run.status, 0);
    th_run_free(&run);
    free(in);
    server_start(s, NULL, NULL);
    http_resp r = get(s, "/api/events?code=01");
    assert_int_equal(r.status, 200);
    json_t *events = json_object_get(r.json, "events");
    assert_true(json_array_size(events) >= 1);
    int found = 0;
    size_t i;
    json_t *e;
    json_array_foreach(events, i, e) {
        assert_string_equal(jstr(e, "code"), "01");
        if (strcmp(jstr(e, "doc_id"), "fr-annonce") == 0) {
            found = 1;
            assert_string_equal(jstr(e, "date"), "2026-05-08");
            assert_non_null(jstr(e, "text"));
        }
    }
    assert_true(found);
    http_free(&r);
    r = get(s, "/api/events?code=99");
    assert_error(&r, 400, "CAMEO");
    http_free(&r);
    r = get(s, "/api/events?from=2030&to=2031");
    assert_int_equal(r.status, 200);
    assert_int_equal(json_array_size(json_object_get(r.json, "events")), 0);
    http_free(&r);
    r = get(s, "/api/events?limit=x");
    assert_error(&r, 400, "'limit'");
    http_free(&r);

    /* Quotations, over another dispatch with one. */
    r = get(s, "/api/quotes?from=2026-02-30");
    assert_error(&r, 400, "'from' must be a date");
    http_free(&r);
    r = get(s, "/api/quotes?q=%22quai");
    assert_error(&r, 400, "unbalanced quote");
    http_free(&r);
    r = get(s, "/api/quotes?speaker=Martin");
    assert_int_equal(r.status, 200);
    json_t *quotes = json_object_get(r.json, "quotes");
    assert_int_equal(json_array_size(quotes), 1);
    assert_string_equal(jstr(json_array_get(quotes, 0), "doc_id"), "fr-citation");
    assert_non_null(strstr(jstr(json_array_get(quotes, 0), "text"), "rouvrirons"));
    assert_true(json_is_true(json_object_get(json_array_get(quotes, 0), "direct")));
    http_free(&r);
    r = get(s, "/api/quotes?speaker=Nobody");
    assert_int_equal(r.status, 200);
    assert_int_equal(json_array_size(json_object_get(r.json, "quotes")), 0);
    http_free(&r);

    r = get(s, "/api/timeline?q=plan&from=2026-05");
    assert_int_equal(r.status, 200);
    json_t *items = json_object_get(r.json, "items");
    assert_true(json_array_size(items) >= 1);
    json_array_foreach(items, i, e) {
        assert_string_equal(jstr(e, "doc_id"), "fr-annonce");
        assert_true(json_is_string(json_object_get(e, "kind")));
    }
    http_free(&r);
    r = get(s, "/api/timeline?q=%22plan");
    assert_error(&r, 400, "unbalanced quote");
    http_free(&r);
    r = get(s, "/api/timeline?from=2026-13");
    assert_error(&r, 400, "is not a date");
    http_free(&r);
    r = http(s, "POST", "/api/timeline", NULL, "", 0);
    assert_error(&r, 405, "GET");
    http_free(&r);
    server_stop(s);
}

/* Two requests on one connection: HTTP/1.1 keep-alive. */
static void test_keep_alive_and_cors(void **state) {
    server *s = *state;
    server_start(s, "--cors", "http://example.test");
    int fd = connect_to(s->port);
    const char *req = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    send_all(fd, req, strlen(req));
    size_t len;
    char *raw = read_all(fd, &len, 0 + 1);
    /* Read the first answer whole (its Content-Length is small). */
    while (!strstr(raw, "\"docs\":3}")) {
        size_t more;
        char *rest = read_all(fd, &more, 1);
        if (!more) break;
        raw = realloc(raw, len + more + 1);
        memcpy(raw + len, rest, more + 1);
        len += more;
        free(rest);
    }
    assert_non_null(strstr(raw, "HTTP/1.1 200"));
    assert_null(strstr(raw, "Connection: close"));
    assert_non_null(strstr(raw, "Access-Control-Allow-Origin: http://example.test"));
    free(raw);
    req = "GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    send_all(fd, req, strlen(req));
    raw = read_all(fd, &len, 0);
    close(fd);
    http_resp r = parse_response(raw, len);
    free(raw);
    assert_int_equal(r.status, 200);
    assert_int_equal(jint(r.json, "docs"), 3);
    http_free(&r);
    r = http(s, "OPTIONS", "/api/search", "Origin: http://example.test\r\n", NULL, 0);
    assert_int_equal(r.status, 204);
    assert_non_null(strstr(r.head, "Access-Control-Allow-Methods"));
    http_free(&r);
    server_stop(s);
}

/* The per-query time limit: a search over many documents with a limit of
 * 1 ms gets a 503 that says so. */
static void test_time_limit(void **state) {
    server *s = *state;
    size_t cap = 6u << 20, n = 0;
    char *buf = malloc(cap);
    for (int d = 0; d < 4000; d++) {
        n += (size_t)snprintf(buf + n, cap - n, "{\"id\":\"gen-%d\",\"date\":\"2026-04-%02d\",\"text\":\"", d, 1 + d % 28);
        for (int w = 0; w < 40; w++) n += (size_t)snprintf(buf + n, cap - n, "w%dx%d ", (d * 7 + w) % 5000, w % 3);
        n += (size_t)snprintf(buf + n, cap - n, "fin.\"}\n");
    }
    char *in = th_write_file(s->dir, "gen.jsonl", buf, n);
    free(buf);
    th_run run = ingest_file(s, in);
    assert_int_equal(run.status, 0);
    th_run_free(&run);
    free(in);
    server_start(s, "--time-limit", "1");
    http_resp r = get(s, "/api/search?q=w*+OR+fin*+OR+port*");
    assert_error(&r, 503, "longer than the limit of 1 ms");
    http_free(&r);
    /* The worker goes on serving after an interrupted query. */
    r = get(s, "/healthz");
    assert_int_equal(r.status, 200);
    http_free(&r);
    server_stop(s);
}

/* ------------------------------------------------- docs/api.md examples */

/* Checks that `got` has every member of `want` with the same JSON type;
 * strings are compared too, unless the documented one is illustrative
 * (it holds "..." or "…"); arrays are checked on their first element. */
static int json_like(json_t *want, json_t *got, char *where, size_t cap) {
    if (json_typeof(want) != json_typeof(got) &&
        !(json_is_number(want) && json_is_number(got)) && !(json_is_boolean(want) && json_is_boolean(got))) {
        snprintf(where + strlen(where), cap - strlen(where), ": type differs");
        return 0;
    }
    if (json_is_string(want)) {
        const char *w = json_string_value(want);
        if (strstr(w, "...") || strstr(w, "…")) return 1;
        if (strcmp(w, json_string_value(got)) != 0) {
            snprintf(where + strlen(where), cap - strlen(where), ": \"%s\" != \"%s\"", w, json_string_value(got));
            return 0;
        }
        return 1;
    }
    if (json_is_boolean(want)) return json_boolean_value(want) == json_boolean_value(got);
    if (json_is_object(want)) {
        const char *k;
        json_t *v;
        json_object_foreach(want, k, v) {
            size_t at = strlen(where);
            snprintf(where + at, cap - at, ".%s", k);
            json_t *g = json_object_get(got, k);
            if (!g) {
                snprintf(where + strlen(where), cap - strlen(where), ": missing");
                return 0;
            }
            if (!json_like(v, g, where, cap)) return 0;
            where[at] = 0;
        }
        return 1;
    }
    if (json_is_array(want) && json_array_size(want)) {
        if (!json_array_size(got)) {
            snprintf(where + strlen(where), cap - strlen(where), ": empty");
            return 0;
        }
        size_t at = strlen(where);
        snprintf(where + at, cap - at, "[0]");
        if (!json_like(json_array_get(want, 0), json_array_get(got, 0), where, cap)) return 0;
        where[at] = 0;
    }
    return 1;
}

static void test_api_md_examples(void **state) {
    server *s = *state;
    server_start(s, "--token", TOKEN);
    char *path = th_path(th_src_dir(), "docs/api.md");
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    free(path);
    char line[4096];
    int in_block = 0, examples = 0;
    char reqline[1024] = "", headers[1024] = "", body[4096] = "", resp_json[8192] = "";
    int want_status = 0, part = 0; /* 0 request, 1 body, 2 answer */
    while (fgets(line, sizeof line, f)) {
        if (!in_block) {
            if (strncmp(line, "```http", 7) == 0) {
                in_block = 1;
                part = 0;
                reqline[0] = headers[0] = body[0] = resp_json[0] = 0;
                want_status = 0;
            }
            continue;
        }
        if (strncmp(line, "```", 3) == 0) {
            in_block = 0;
            char method[16], target[1000];
            assert_int_equal(sscanf(reqline, "%15s %999s", method, target), 2);
            http_resp r = http(s, method, target, headers, body[0] ? body : NULL, strlen(body));
            json_error_t jerr;
            json_t *want = json_loads(resp_json, 0, &jerr);
            if (!want) fprintf(stderr, "docs/api.md: bad JSON for %s: %s\n", reqline, jerr.text);
            assert_non_null(want);
            if (r.status != want_status) fprintf(stderr, "%s: got %d %s\n", reqline, r.status, r.body);
            assert_int_equal(r.status, want_status);
            char where[512];
            snprintf(where, sizeof where, "%.200s", reqline);
            where[strcspn(where, "\n")] = 0;
            assert_non_null(r.json);
            int ok = json_like(want, r.json, where, sizeof where);
            if (!ok) fprintf(stderr, "docs/api.md: %s\n  got %s\n", where, r.body);
            assert_true(ok);
            json_decref(want);
            http_free(&r);
            examples++;
            continue;
        }
        if (part == 0) {
            if (!reqline[0]) snprintf(reqline, sizeof reqline, "%.1000s", line);
            else if (line[0] == '\n') part = 1;
            else if (line[0] == '{') {
                strcat(body, line);
                part = 1;
            } else {
                line[strcspn(line, "\n")] = 0;
                strcat(headers, line);
                strcat(headers, "\r\n");
            }
        } else if (part == 1) {
            if (strncmp(line, "HTTP/1.1 ", 9) == 0) {
                want_status = atoi(line + 9);
                part = 2;
            } else if (line[0] != '\n') {
                strcat(body, line);
            }
        } else {
            strcat(resp_json, line);
        }
    }
    fclose(f);
    assert_true(examples >= 12);
    server_stop(s);
}

int main(void) {
    signal(SIGPIPE, SIG_IGN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_health_and_stats, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_docs_and_annotate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ingest, setup, teardown),
        cmocka_unit_test_setup_teardown(test_entities, setup, teardown),
        cmocka_unit_test_setup_teardown(test_events_timeline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keep_alive_and_cors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_time_limit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_api_md_examples, setup, teardown),
    };
    return cmocka_run_group_tests_name("server", tests, NULL, NULL);
}
