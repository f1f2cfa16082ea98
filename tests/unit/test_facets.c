/*
 * test_facets.c -- unit tests of vl_search_facets: the counts by day and
 * language agree with vl_search's total for queries and filters, on both
 * of its paths (the per-connection facet table, and the SQL aggregate used
 * with a mention filter), and follow the database as it changes, whether
 * through the same connection or another one.
 */
#include "harness.h"

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "veille.h"

typedef th_store_fx fx;

static void put(vl_store *s, const char *id, const char *date, const char *lang, const char *text) {
    assert_int_equal(th_store_put(s, id, date, lang, NULL, text), VL_OK);
}

static int setup(void **state) {
    fx *f = th_store_fx_open("f.db");
    assert_non_null(f);
    put(f->store, "a", "2026-05-04", "fr", "Le port de Marseille est bloqué par une grève des dockers.");
    put(f->store, "b", "2026-05-04", "en", "The port of Rotterdam stops as dockers strike.");
    put(f->store, "c", "2026-05-05", "fr", "Le port du Havre rouvre. Reprise prévue en juin 2027.");
    put(f->store, "d", "2026-05-07", "en", "Markets rose on Tuesday; the port news weighed little.");
    put(f->store, "e", "2026-05-07", "fr", "Aucun rapport avec les quais: un texte sur la météo.");
    *state = f;
    return 0;
}

static int teardown(void **state) {
    th_store_fx_close(*state);
    return 0;
}

static int64_t search_total(vl_store *s, const vl_search_opts *o) {
    int64_t total = -1;
    vl_error err;
    vl_error_clear(&err);
    if (vl_search(s, o, NULL, NULL, &total, &err)) fail_msg("search: %s", err.message);
    return total;
}

/* The facets of o, checked against vl_search's total: the day counts and
 * the language counts both add up to it. */
static void check(vl_store *s, const vl_search_opts *o, int64_t want_total, vl_facets *out) {
    vl_error err;
    vl_error_clear(&err);
    if (vl_search_facets(s, o, out, &err)) fail_msg("facets: %s", err.message);
    assert_int_equal(out->total, want_total);
    assert_int_equal(search_total(s, o), want_total);
    int64_t days = 0, langs = 0;
    for (size_t i = 0; i < out->ndays; i++) {
        days += out->days[i].count;
        if (i) assert_true(strcmp(out->days[i - 1].value, out->days[i].value) < 0);
    }
    for (size_t i = 0; i < out->nlangs; i++) {
        langs += out->langs[i].count;
        if (i) assert_true(out->langs[i - 1].count >= out->langs[i].count);
    }
    assert_int_equal(days, want_total);
    assert_int_equal(langs, want_total);
}

static void test_counts(void **state) {
    fx *f = *state;
    vl_facets fa;
    vl_search_opts o = {.query = "port"};
    check(f->store, &o, 4, &fa);
    assert_int_equal(fa.ndays, 3);
    assert_string_equal(fa.days[0].value, "2026-05-04");
    assert_int_equal(fa.days[0].count, 2);
    assert_string_equal(fa.days[2].value, "2026-05-07");
    assert_int_equal(fa.nlangs, 2);
    vl_facets_free(&fa);

    vl_search_opts by_lang = {.query = "port", .lang = "en"};
    check(f->store, &by_lang, 2, &fa);
    assert_int_equal(fa.nlangs, 1);
    assert_string_equal(fa.langs[0].value, "en");
    vl_facets_free(&fa);

    vl_search_opts by_date = {.query = "port", .date_from = "2026-05-05", .date_to = "2026-05-07"};
    check(f->store, &by_date, 2, &fa);
    assert_string_equal(fa.days[0].value, "2026-05-05");
    vl_facets_free(&fa);

    /* Dates between the stored ones, and outside them. */
    vl_search_opts gap = {.query = "port", .date_from = "2026-05-06", .date_to = "2026-05-06"};
    check(f->store, &gap, 0, &fa);
    assert_int_equal(fa.ndays, 0);
    vl_facets_free(&fa);

    /* No query, a filter: every document it keeps. */
    vl_search_opts all_fr = {.lang = "fr"};
    check(f->store, &all_fr, 3, &fa);
    vl_facets_free(&fa);
    vl_search_opts und = {.lang = "und"};
    check(f->store, &und, 0, &fa);
    vl_facets_free(&fa);

    /* A mention filter goes through the SQL aggregate. */
    vl_search_opts mentions = {.query = "port", .mentions_from = "2027", .mentions_to = "2027"};
    check(f->store, &mentions, 1, &fa);
    assert_string_equal(fa.days[0].value, "2026-05-05");
    vl_facets_free(&fa);

    /* Bad options: the same errors as vl_search. */
    vl_error err;
    vl_search_opts bad = {.query = "\"port"};
    assert_int_equal(vl_search_facets(f->store, &bad, &fa, &err), VL_EQUERY);
    vl_search_opts none = {.query = ""};
    assert_int_equal(vl_search_facets(f->store, &none, &fa, &err), VL_EARG);
}

/* The counts follow writes made through the same connection and through
 * another one (a reader beside the server's writer). */
static void test_changes(void **state) {
    fx *f = *state;
    vl_store *reader;
    vl_error err;
    assert_int_equal(vl_store_open(f->db, VL_STORE_READONLY, &reader, &err), VL_OK);
    vl_facets fa;
    vl_search_opts o = {.query = "port"};
    check(reader, &o, 4, &fa);
    vl_facets_free(&fa);
    check(f->store, &o, 4, &fa);
    vl_facets_free(&fa);

    put(f->store, "g", "2026-06-01", "fr", "Le port de Brest accueille un nouveau terminal.");
    /* An update that moves a document to another day and language. */
    put(f->store, "a", "2026-06-02", "en", "The port of Marseille is blocked again.");
    check(f->store, &o, 5, &fa);
    assert_string_equal(fa.days[fa.ndays - 1].value, "2026-06-02");
    vl_facets_free(&fa);
    check(reader, &o, 5, &fa);
    assert_string_equal(fa.days[fa.ndays - 1].value, "2026-06-02");
    assert_int_equal(fa.days[0].count, 1); /* 2026-05-04: only b is left */
    vl_facets_free(&fa);
    vl_store_close(reader);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_counts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_changes, setup, teardown),
    };
    return cmocka_run_group_tests_name("facets", tests, NULL, NULL);
}
