/*
 * test_api_front.c -- unit tests of api_handle_front (src/server/api.c),
 * what the server's network threads answer without a search thread: the
 * web files, refusals on method or parameters, and searches whose answer
 * is in the cache.  Everything else must be left to api_handle (0), and a
 * cached answer must stop being served once the database changes.
 */
#include "harness.h"

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

typedef struct fx {
    th_store_fx *store;
    api_shared shared;
    api_worker front, back;
} fx;

static int setup(void **state) {
    fx *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->store = th_store_fx_open("front.db");
    assert_non_null(f->store);
    assert_int_equal(th_store_put(f->store->store, "a", "2026-05-04", "fr", "Grève au port",
                                  "Le port de Marseille est bloqué par une grève des dockers."),
                     VL_OK);
    assert_int_equal(th_store_put(f->store->store, "b", "2026-05-05", "en", "Rotterdam",
                                  "The port of Rotterdam stops as dockers strike for pay."),
                     VL_OK);
    f->shared.db_path = f->store->db;
    f->shared.query_ms = 2000;
    f->shared.cache = api_cache_new(1 << 20);
    assert_non_null(f->shared.cache);
    pthread_mutex_init(&f->shared.write_lock, NULL);
    vl_error err;
    vl_error_clear(&err);
    if (api_worker_init_front(&f->front, &f->shared, &err)) fail_msg("front: %s", err.message);
    if (api_worker_init(&f->back, &f->shared, &err)) fail_msg("back: %s", err.message);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fx *f = *state;
    api_worker_free(&f->front);
    api_worker_free(&f->back);
    api_cache_free(f->shared.cache);
    pthread_mutex_destroy(&f->shared.write_lock);
    th_store_fx_close(f->store);
    free(f);
    return 0;
}

/* A request of method and path with up to two arguments. */
static api_request request(const char *method, const char *path, const char *k1, const char *v1, const char *k2,
                           const char *v2) {
    api_request r;
    memset(&r, 0, sizeof r);
    r.method = method;
    r.path = path;
    if (k1) r.args[r.nargs++] = (api_arg){k1, v1};
    if (k2) r.args[r.nargs++] = (api_arg){k2, v2};
    return r;
}

/* Runs api_handle_front; returns what it returned, the response in *out
 * (the caller frees it). */
static int front(fx *f, const api_request *req, api_response *out) {
    api_response_init(out);
    return api_handle_front(&f->front, req, out);
}

static void test_search_hit_only_after_a_search(void **state) {
    fx *f = *state;
    api_request req = request("GET", "/api/search", "q", "port", "limit", "5");
    api_response r;
    assert_int_equal(front(f, &req, &r), 0); /* not cached yet: a search thread's */
    assert_string_equal(r.cache, "miss");
    api_response_free(&r);

    api_response searched;
    api_response_init(&searched);
    api_handle(&f->back, &req, &searched);
    assert_int_equal(searched.status, 200);
    assert_non_null(strstr(searched.body, "\"total\":2"));

    assert_int_equal(front(f, &req, &r), 1);
    assert_int_equal(r.status, 200);
    assert_string_equal(r.cache, "hit");
    /* The same answer but for its own took_ms. */
    const char *a = strstr(searched.body, "\"hits\""), *b = strstr(r.body, "\"hits\"");
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a, b);
    api_response_free(&r);

    /* Another page, or the same query with a filter, is another answer. */
    api_request other = request("GET", "/api/search", "q", "port", "lang", "fr");
    assert_int_equal(front(f, &other, &r), 0);
    api_response_free(&r);
    api_response_free(&searched);
}

/* The answer of req computed without the cache, from "hits" on (its
 * took_ms left out), into a string the caller frees. */
static char *uncached_hits(fx *f, const api_request *req) {
    api_cache *kept = f->shared.cache;
    f->shared.cache = NULL;
    api_response r;
    api_response_init(&r);
    api_handle(&f->back, req, &r);
    f->shared.cache = kept;
    assert_int_equal(r.status, 200);
    char *hits = strdup(strstr(r.body, "\"hits\""));
    api_response_free(&r);
    return hits;
}

/* A miss keeps both pages of its window: page 2 (or page 1, when page 2
 * came first) is then a hit, with the answer a search of its own gives. */
static void test_window_keeps_the_other_page(void **state) {
    fx *f = *state;
    api_request page1 = request("GET", "/api/search", "q", "port", "limit", "1");
    api_request page2 = page1;
    page2.args[page2.nargs++] = (api_arg){"offset", "1"};
    api_response r;
    api_response_init(&r);
    api_handle(&f->back, &page2, &r);
    assert_int_equal(r.status, 200);
    assert_non_null(strstr(r.body, "\"offset\":1,"));
    char *own2 = uncached_hits(f, &page2);
    assert_string_equal(strstr(r.body, "\"hits\""), own2);
    api_response_free(&r);

    assert_int_equal(front(f, &page1, &r), 1);
    assert_string_equal(r.cache, "hit");
    assert_non_null(strstr(r.body, "\"offset\":0,"));
    char *own1 = uncached_hits(f, &page1);
    assert_string_equal(strstr(r.body, "\"hits\""), own1);
    assert_string_not_equal(own1, own2); /* the two pages hold different dispatches */
    api_response_free(&r);
    free(own1);
    free(own2);

    /* An offset that is not a whole number of pages keeps only itself. */
    api_request odd = request("GET", "/api/search", "q", "dockers", "limit", "2");
    odd.args[odd.nargs++] = (api_arg){"offset", "1"};
    api_response_init(&r);
    api_handle(&f->back, &odd, &r);
    assert_int_equal(r.status, 200);
    api_response_free(&r);
    api_request first = request("GET", "/api/search", "q", "dockers", "limit", "2");
    assert_int_equal(front(f, &first, &r), 0);
    api_response_free(&r);
}

static void test_change_ends_the_hits(void **state) {
    fx *f = *state;
    api_request req = request("GET", "/api/search", "q", "dockers", NULL, NULL);
    api_response r;
    api_response_init(&r);
    api_handle(&f->back, &req, &r);
    assert_int_equal(r.status, 200);
    api_response_free(&r);
    assert_int_equal(front(f, &req, &r), 1);
    api_response_free(&r);
    /* Another connection writes: the front worker must see it and stop
     * answering from the cache. */
    assert_int_equal(th_store_put(f->store->store, "c", "2026-05-06", "fr", NULL, "Les dockers reprennent le travail."),
                     VL_OK);
    assert_int_equal(front(f, &req, &r), 0);
    api_response_free(&r);
    api_response_init(&r);
    api_handle(&f->back, &req, &r);
    assert_non_null(strstr(r.body, "\"total\":3"));
    api_response_free(&r);
}

static void test_refusals_and_files_answered(void **state) {
    fx *f = *state;
    const struct {
        api_request req;
        int status;
    } cases[] = {
        {request("GET", "/api/search", "q", "port", "limit", "ten"), 400},
        {request("GET", "/api/search", "q", "port", "colour", "red"), 400},
        {request("GET", "/api/search", NULL, NULL, NULL, NULL), 400},
        {request("POST", "/api/search", "q", "port", NULL, NULL), 405},
        {request("GET", "/", NULL, NULL, NULL, NULL), 200},
        {request("GET", "/static/none.js", NULL, NULL, NULL, NULL), 404},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        api_response r;
        if (front(f, &cases[i].req, &r) != 1) fail_msg("case %zu was left to a search thread", i);
        assert_int_equal(r.status, cases[i].status);
        api_response_free(&r);
    }
}

static void test_database_work_left_to_workers(void **state) {
    fx *f = *state;
    const char *paths[] = {"/healthz", "/api/stats", "/api/docs/a", "/api/entities", "/api/events", "/api/timeline",
                           "/api/quotes", "/api/nowhere"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        api_request req = request("GET", paths[i], NULL, NULL, NULL, NULL);
        api_response r;
        if (front(f, &req, &r) != 0) fail_msg("%s was answered on the network thread", paths[i]);
        api_response_free(&r);
    }
}

static void test_no_cache_no_front_search(void **state) {
    fx *f = *state;
    api_cache *kept = f->shared.cache;
    f->shared.cache = NULL; /* --cache-mb 0 */
    api_request req = request("GET", "/api/search", "q", "port", NULL, NULL);
    api_response r;
    assert_int_equal(front(f, &req, &r), 0);
    assert_null(r.cache);
    api_response_free(&r);
    f->shared.cache = kept;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_search_hit_only_after_a_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_change_ends_the_hits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refusals_and_files_answered, setup, teardown),
        cmocka_unit_test_setup_teardown(test_database_work_left_to_workers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_cache_no_front_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_window_keeps_the_other_page, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
