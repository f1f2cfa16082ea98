/*
 * test_search_pass.c -- unit tests of vl_search_all (src/search/pass.c),
 * the one-pass search of the HTTP API: it gives the hits (in order, with
 * FTS5's own BM25 scores), the total and the facets that vl_search and
 * vl_search_facets give, with and without date and language filters and
 * paging, and follows the database as it changes; vl_search on a warm
 * store (vl_search_warm) takes the same pass and gives the same page.
 * The pass builds its snippets itself (src/search/snippet.c) from the
 * instances it saw: test_snippets_as_fts5 checks them against FTS5's
 * snippet() on texts that exercise its choice of fragment.  A query of
 * one phrase is walked inside FTS5 and still obeys the caller's time
 * limit (test_walk_stops_on_time).
 */
#include "harness.h"

#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search/search_internal.h"
#include "store/store.h"
#include "veille.h"

typedef th_store_fx fx;

static void put(vl_store *s, const char *id, const char *date, const char *lang, const char *title,
                const char *text) {
    assert_int_equal(th_store_put(s, id, date, lang, title, text), VL_OK);
}

static int setup(void **state) {
    fx *f = th_store_fx_open("p.db");
    assert_non_null(f);
    vl_store *s = f->store;
    put(s, "a", "2026-05-04", "fr", "Grève au port", "Le port de Marseille est bloqué par une grève des dockers du port.");
    put(s, "b", "2026-05-04", "en", "Rotterdam", "The port of Rotterdam stops as dockers strike for pay.");
    put(s, "c", "2026-05-05", "fr", NULL, "Le port du Havre rouvre ses quais après trois jours de grève.");
    put(s, "d", "2026-05-07", "en", "Markets", "Markets rose on Tuesday; the port news weighed little on shares "
                                               "of shipping groups, which had fallen for a week.");
    put(s, "e", "2026-05-07", "fr", "Météo", "Aucun rapport avec les quais: un texte sur la pluie.");
    put(s, "f", "2026-05-08", "fr", "Le port", "Port, port et port: un texte court.");
    *state = f;
    return 0;
}

static int teardown(void **state) {
    th_store_fx_close(*state);
    return 0;
}

typedef struct hits {
    char ids[32][16];
    double scores[32];
    char snippets[32][1024];
    int n;
} hits;

static int on_hit(void *ctx, const vl_hit *h) {
    hits *x = ctx;
    if (x->n < 32) {
        snprintf(x->ids[x->n], sizeof x->ids[0], "%s", h->id);
        snprintf(x->snippets[x->n], sizeof x->snippets[0], "%s", h->snippet);
        x->scores[x->n++] = h->score;
    }
    return 0;
}

/* vl_search_all, and vl_search once the store is warm (both one pass over
 * the match), against vl_search + vl_search_facets through SQL on a fresh
 * connection (which holds no arrays); returns the total. */
static int64_t same(fx *f, const vl_search_opts *o) {
    vl_error err;
    vl_error_clear(&err);
    hits a = {0}, b = {0}, w = {0};
    vl_facets fa, fb;
    int64_t total = -1, warm_total = -2;
    vl_store *cold;
    if (vl_store_open(f->db, VL_STORE_READONLY, &cold, &err)) fail_msg("open: %s", err.message);
    if (vl_search(cold, o, on_hit, &a, &total, &err)) fail_msg("search [%s]: %s", o->query, err.message);
    if (vl_search_facets(cold, o, &fa, &err)) fail_msg("facets [%s]: %s", o->query, err.message);
    vl_store_close(cold);
    vl_store *s = f->store;
    if (vl_search_all(s, o, on_hit, &b, &fb, 10, NULL, NULL, &err)) fail_msg("all [%s]: %s", o->query, err.message);
    vl_search_warm(s);
    if (vl_search(s, o, on_hit, &w, &warm_total, &err)) fail_msg("warm [%s]: %s", o->query, err.message);
    assert_int_equal(warm_total, total);
    assert_int_equal(a.n, w.n);
    for (int i = 0; i < a.n; i++) {
        assert_string_equal(a.ids[i], w.ids[i]);
        assert_string_equal(a.snippets[i], w.snippets[i]);
    }
    assert_int_equal(a.n, b.n);
    for (int i = 0; i < a.n; i++) {
        assert_string_equal(a.ids[i], b.ids[i]);
        assert_string_equal(a.snippets[i], b.snippets[i]);
        assert_true(fabs(a.scores[i] - b.scores[i]) <= 1e-9 * fabs(a.scores[i]));
        if (i) assert_true(b.scores[i - 1] >= b.scores[i]);
    }
    assert_int_equal(fa.total, total);
    assert_int_equal(fb.total, total);
    assert_int_equal(fa.ndays, fb.ndays);
    for (size_t i = 0; i < fa.ndays; i++) {
        assert_string_equal(fa.days[i].value, fb.days[i].value);
        assert_int_equal(fa.days[i].count, fb.days[i].count);
    }
    assert_int_equal(fa.nlangs, fb.nlangs);
    for (size_t i = 0; i < fa.nlangs; i++) {
        assert_string_equal(fa.langs[i].value, fb.langs[i].value);
        assert_int_equal(fa.langs[i].count, fb.langs[i].count);
    }
    vl_facets_free(&fa);
    vl_facets_free(&fb);
    return total;
}

static void test_same_answers(void **state) {
    fx *f = *state;
    const char *queries[] = {"port", "port dockers", "\"port de\"", "grève OR strike", "port -grève", "quais"};
    for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
        vl_search_opts o = {.query = queries[i], .mark_open = "<", .mark_close = ">"};
        same(f, &o);
        o.lang = "fr";
        same(f, &o);
        o.lang = NULL;
        o.date_from = "2026-05-05";
        o.date_to = "2026-05-07";
        same(f, &o);
        o.date_from = o.date_to = NULL;
        o.limit = 2;
        o.offset = 1;
        same(f, &o);
        o.offset = 50; /* past the end: no hits, same total */
        same(f, &o);
    }
    vl_search_opts o = {.query = "port"};
    assert_int_equal(same(f, &o), 5);
    o.lang = "en";
    assert_int_equal(same(f, &o), 2);
    /* A mention filter takes the SQL statements: the same answer. */
    vl_search_opts m = {.query = "port", .mentions_from = "2027-01-01"};
    same(f, &m);
}

/* Past 256 matches the page's snippets are read hit by hit (pass.c's
 * ONE_STATEMENT_SNIPPETS), below in one statement: both give the SQL
 * path's page. */
static void test_many_matches(void **state) {
    fx *f = *state;
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_store_begin(f->store, &err), VL_OK);
    char id[16], text[160];
    for (int i = 0; i < 300; i++) {
        snprintf(id, sizeof id, "m%03d", i);
        snprintf(text, sizeof text, "Bulletin %d du port: %d navires à quai, %s.", i, i % 37,
                 i % 3 ? "trafic normal" : "grève des dockers");
        put(f->store, id, i % 2 ? "2026-05-10" : "2026-05-11", "fr", NULL, text);
    }
    assert_int_equal(vl_store_commit(f->store, &err), VL_OK);
    vl_search_opts o = {.query = "port", .mark_open = "<", .mark_close = ">"};
    assert_int_equal(same(f, &o), 305);
    o.query = "port grève";
    assert_int_equal(same(f, &o), 102);
    o.query = "navires";
    o.limit = 5;
    o.offset = 3;
    assert_int_equal(same(f, &o), 300);
}

/* Long texts with sentences, titles, repeated and overlapping phrases:
 * the pass's own snippets (snippet.c) are FTS5's, for every fragment
 * length, and documents with too many instances, or pages too deep for
 * the pass to keep instances, take FTS5's snippet() itself. */
static void test_snippets_as_fts5(void **state) {
    fx *f = *state;
    static const char *sentences[] = {
        "Les dockers du port de Marseille ont voté la grève jeudi soir.",
        "Selon le syndicat: les salaires n'ont pas suivi l'inflation depuis deux ans.",
        "The harbour master said the port would stay open for ferries.",
        "Le ministre des Transports a reçu les représentants du port vendredi.",
        "Aucune date n'a été fixée pour la reprise des négociations sur les salaires.",
        "Zapad-2025 n'a rien à voir avec le port, mais l'OTAN suit les manœuvres.",
        "Shares of shipping groups fell as the strike at the port entered its third day.",
        "La grève du port coûte, selon la chambre de commerce, deux millions par jour.",
    };
    const size_t nsent = sizeof sentences / sizeof *sentences;
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_store_begin(f->store, &err), VL_OK);
    char id[16], text[2048], title[64];
    for (size_t d = 0; d < 40; d++) {
        size_t len = 0, n = 2 + d % 9;
        for (size_t i = 0; i < n; i++)
            len += (size_t)snprintf(text + len, sizeof text - len, "%s%s", i ? (i % 3 ? " " : "\n\n") : "",
                                    sentences[(d * 5 + i * 3) % nsent]);
        snprintf(id, sizeof id, "s%02zu", d);
        snprintf(title, sizeof title, d % 4 ? "Grève au port, jour %zu" : "Bulletin %zu", d);
        put(f->store, id, d % 2 ? "2026-05-12" : "2026-05-13", d % 3 ? "fr" : "en", d % 5 ? title : NULL, text);
    }
    /* More instances than the pass keeps for one document. */
    size_t len = 0;
    for (int i = 0; i < 150; i++) len += (size_t)snprintf(text + len, sizeof text - len, "port grève ");
    put(f->store, "many", "2026-05-14", "fr", "Port", text);
    assert_int_equal(vl_store_commit(f->store, &err), VL_OK);
    const char *queries[] = {"port",        "grève salaires",       "\"port de marseille\"", "port port",
                             "salaires",    "\"la grève\" ministre", "zapad-2025",           "otan manoeuvre",
                             "strike port", "négociations OR ferries", "port -grève",         "jour"};
    for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
        vl_search_opts o = {.query = queries[q], .mark_open = "<b>", .mark_close = "</b>"};
        assert_true(same(f, &o) > 0);
        o.snippet_tokens = 5;
        same(f, &o);
        o.snippet_tokens = 64;
        same(f, &o);
        o.snippet_tokens = 0;
        o.limit = 3;
        o.offset = 2;
        same(f, &o);
        o.limit = 70; /* deeper than the pass keeps instances */
        o.offset = 0;
        same(f, &o);
    }
}

static void test_follows_changes(void **state) {
    fx *f = *state;
    vl_search_opts o = {.query = "port"};
    assert_int_equal(same(f, &o), 5);
    put(f->store, "g", "2026-05-09", "fr", "Port", "Le port de Sète ouvre des quais neufs.");
    assert_int_equal(same(f, &o), 6);
    /* Another connection's write is seen too. */
    vl_store *w;
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_store_open(f->db, 0, &w, &err), VL_OK);
    put(w, "h", "2026-05-10", "en", "Port", "The port of Antwerp reopens; the port unions agree.");
    vl_store_close(w);
    assert_int_equal(same(f, &o), 7);
    hits h = {0};
    vl_facets fc;
    assert_int_equal(vl_search_all(f->store, &o, on_hit, &h, &fc, 0, NULL, NULL, &err), VL_OK);
    assert_int_equal(fc.total, 7);
    assert_int_equal(h.n, 7);
    vl_facets_free(&fc);
    /* Bad input: the same errors as vl_search. */
    vl_search_opts bad = {.query = "port", .date_from = "2026-13-01"};
    assert_int_equal(vl_search_all(f->store, &bad, on_hit, &h, &fc, 10, NULL, NULL, &err), VL_EARG);
    vl_search_opts none = {.query = "  "};
    assert_int_equal(vl_search_all(f->store, &none, on_hit, &h, &fc, 10, NULL, NULL, &err), VL_EARG);
}

static int stop_now(void *ctx) {
    int *calls = ctx;
    (*calls)++;
    return 1;
}

/* A query of one phrase walks its rows inside FTS5 (xQueryPhrase), out of
 * reach of SQLite's progress handler: the walk asks the caller's check
 * itself (every 1,024 rows), so a time limit stops it with an error, and
 * the store answers in full once the check is removed. */
static void test_walk_stops_on_time(void **state) {
    fx *f = *state;
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_store_begin(f->store, &err), VL_OK);
    char id[16], text[96];
    for (int i = 0; i < 2100; i++) {
        snprintf(id, sizeof id, "w%04d", i);
        snprintf(text, sizeof text, "Relevé %d: la marée monte au port, %d bateaux rentrent.", i, i % 13);
        put(f->store, id, "2026-05-20", "fr", NULL, text);
    }
    assert_int_equal(vl_store_commit(f->store, &err), VL_OK);
    vl_search_opts o = {.query = "marée"};
    vl_search_warm(f->store);
    int calls = 0;
    /* SQLite's own calls would come only every billion steps. */
    vl_store_set_progress(f->store, 1000000000, stop_now, &calls);
    hits h = {0};
    vl_facets fc;
    assert_int_not_equal(vl_search_all(f->store, &o, on_hit, &h, &fc, 10, NULL, NULL, &err), VL_OK);
    assert_true(calls >= 1);
    vl_store_set_progress(f->store, 0, NULL, NULL);
    memset(&h, 0, sizeof h);
    assert_int_equal(vl_search_all(f->store, &o, on_hit, &h, &fc, 10, NULL, NULL, &err), VL_OK);
    assert_int_equal(fc.total, 2100);
    assert_int_equal(h.n, 10);
    vl_facets_free(&fc);
    assert_int_equal(same(f, &o), 2100);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_same_answers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_follows_changes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many_matches, setup, teardown),
        cmocka_unit_test_setup_teardown(test_snippets_as_fts5, setup, teardown),
        cmocka_unit_test_setup_teardown(test_walk_stops_on_time, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
