/*
 * test_mentions.c -- integration tests, through the real program, of the
 * stored time expressions: `veille search --mentions FROM..TO` (with and
 * without a query, combined with --from/--to/--lang, paging, bad periods)
 * and the time expressions `veille show` lists.  The dispatches are
 * written for these tests.
 */
#include "harness.h"

#include <cmocka.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct fx {
    char *dir, *db;
} fx;

/* Three dispatches about the week of 8 September 2025, published later
 * (two) or that week (one), and one about something else. */
static const char *const DOCS =
    "{\"id\":\"late-fr\",\"date\":\"2025-09-15\",\"lang\":\"fr\",\"title\":\"Bilan des manœuvres\","
    "\"text\":\"Les manœuvres navales ont débuté vendredi et doivent se poursuivre jusqu'à mardi.\"}\n"
    "{\"id\":\"later-en\",\"date\":\"2025-10-02\",\"lang\":\"en\",\"title\":\"Drills reviewed\","
    "\"text\":\"The naval drills held on September 10 were reviewed by the ministry.\"}\n"
    "{\"id\":\"same-week\",\"date\":\"2025-09-09\",\"lang\":\"fr\",\"title\":\"Grève au port\","
    "\"text\":\"Les dockers sont en grève aujourd'hui au port du Havre.\"}\n"
    "{\"id\":\"other\",\"date\":\"2025-09-10\",\"lang\":\"en\",\"title\":\"Budget talks\","
    "\"text\":\"The minister expects a budget vote in December.\"}\n";

static int setup(void **state) {
    fx *f = calloc(1, sizeof *f);
    f->dir = th_tmpdir();
    f->db = th_path(f->dir, "m.db");
    th_run r = th_veille(DOCS, "--db", f->db, "ingest", "--quiet", "-", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fx *f = *state;
    th_tmpdir_cleanup(f->dir);
    free(f->db);
    free(f);
    return 0;
}

/* The ids of `veille search --json ...`, space-separated. */
static char *ids_of(const th_run *r) {
    char *out = calloc(1, 1024);
    const char *p = r->out;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        json_t *o = json_loadb(p, n, 0, NULL);
        assert_non_null(o);
        if (*out) strcat(out, " ");
        strcat(out, json_string_value(json_object_get(o, "id")));
        json_decref(o);
        p = nl ? nl + 1 : NULL;
    }
    return out;
}

static void expect_ids(fx *f, const char *want, const char *a1, const char *a2, const char *a3, const char *a4) {
    th_run r = th_veille(NULL, "--db", f->db, "search", "--json", a1, a2, a3, a4, NULL);
    if (r.status != 0) fprintf(stderr, "%s\n", r.err);
    assert_int_equal(r.status, 0);
    char *got = ids_of(&r);
    if (strcmp(got, want) != 0) fprintf(stderr, "search %s %s %s %s: got \"%s\"\n", a1, a2, a3 ? a3 : "", a4 ? a4 : "", got);
    assert_string_equal(got, want);
    free(got);
    th_run_free(&r);
}

static void test_mentions_without_query(void **state) {
    fx *f = *state;
    /* The week of 8 September: vendredi = 12, aujourd'hui = 9, September
     * 10; newest first.  "other" mentions only December. */
    expect_ids(f, "later-en late-fr same-week", "--mentions", "2025-09-08..2025-09-14", NULL, NULL);
    /* A month, a year, open ends. */
    expect_ids(f, "later-en late-fr same-week", "--mentions", "2025-09", NULL, NULL);
    expect_ids(f, "later-en late-fr other same-week", "--mentions", "2025", NULL, NULL);
    expect_ids(f, "other", "--mentions", "2025-10..", NULL, NULL);
    expect_ids(f, "late-fr", "--mentions", "2025-09-16..2025-09-16", NULL, NULL);
    expect_ids(f, "", "--mentions", "..2024-12-31", NULL, NULL);
    /* Publication dates and language still filter. */
    expect_ids(f, "late-fr same-week", "--mentions", "2025-09", "--lang", "fr");
    expect_ids(f, "same-week", "--mentions", "2025-09", "--to", "2025-09-10");
    /* The human output marks the mention and counts the documents. */
    th_run r = th_veille(NULL, "--db", f->db, "search", "--mentions", "2025-09-10", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "held on [September 10] were"));
    assert_non_null(strstr(r.err, "1-1 of 1 documents"));
    th_run_free(&r);
    r = th_veille(NULL, "--db", f->db, "search", "--mentions", "2025-09", "--limit", "1", "--offset", "1", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "late-fr"));
    assert_non_null(strstr(r.err, "2-2 of 3 documents"));
    th_run_free(&r);
}

static void test_mentions_with_query(void **state) {
    fx *f = *state;
    expect_ids(f, "later-en", "--mentions", "2025-09-08..2025-09-14", "drills", NULL);
    expect_ids(f, "late-fr", "--mentions", "2025-09-08..2025-09-14", "manoeuvre", NULL);
    expect_ids(f, "", "--mentions", "2025-12", "manoeuvre", NULL);
    expect_ids(f, "other", "--mentions", "2025-12", "budget", NULL);
    th_run r = th_veille(NULL, "--db", f->db, "search", "--mentions", "2025-09", "greve", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "1-1 of 1 documents"));
    th_run_free(&r);
}

static void test_mentions_bad_periods(void **state) {
    fx *f = *state;
    const char *bad[] = {"2025-13", "septembre", "2025-09-31..2025-10-01", "2025-10..2025-09", "..", "2025..2026..2027"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        th_run r = th_veille(NULL, "--db", f->db, "search", "--mentions", bad[i], NULL);
        assert_int_equal(r.status, 2);
        assert_non_null(strstr(r.err, "mentions"));
        th_run_free(&r);
    }
    th_run r = th_veille(NULL, "--db", f->db, "search", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
}

static void test_show_timexes(void **state) {
    fx *f = *state;
    th_run r = th_veille(NULL, "--db", f->db, "show", "--json", "late-fr", NULL);
    assert_int_equal(r.status, 0);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    json_t *arr = json_object_get(o, "timexes");
    assert_int_equal(json_array_size(arr), 2);
    json_t *x = json_array_get(arr, 0);
    assert_string_equal(json_string_value(json_object_get(x, "text")), "vendredi");
    assert_string_equal(json_string_value(json_object_get(x, "type")), "DATE");
    assert_string_equal(json_string_value(json_object_get(x, "value")), "2025-09-12");
    assert_string_equal(json_string_value(json_object_get(x, "begin")), "2025-09-12");
    assert_string_equal(json_string_value(json_object_get(x, "end_date")), "2025-09-12");
    assert_int_equal(json_integer_value(json_object_get(x, "start")), 33);
    assert_int_equal(json_integer_value(json_object_get(x, "end")), 41);
    json_decref(o);
    th_run_free(&r);
    r = th_veille(NULL, "--db", f->db, "show", "later-en", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "time expressions:"));
    assert_non_null(strstr(r.out, "2025-09-10"));
    assert_non_null(strstr(r.out, "September 10"));
    th_run_free(&r);
    /* An update replaces the time expressions. */
    r = th_veille("{\"id\":\"later-en\",\"date\":\"2025-10-02\",\"lang\":\"en\",\"text\":\"Nothing dated here.\"}\n",
                  "--db", f->db, "ingest", "--quiet", "-", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    r = th_veille(NULL, "--db", f->db, "show", "--json", "later-en", NULL);
    assert_int_equal(r.status, 0);
    o = json_loads(r.out, 0, NULL);
    assert_int_equal(json_array_size(json_object_get(o, "timexes")), 0);
    json_decref(o);
    th_run_free(&r);
    expect_ids(f, "late-fr same-week", "--mentions", "2025-09-08..2025-09-14", NULL, NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_mentions_without_query, setup, teardown),
        cmocka_unit_test_setup_teardown(test_mentions_with_query, setup, teardown),
        cmocka_unit_test_setup_teardown(test_mentions_bad_periods, setup, teardown),
        cmocka_unit_test_setup_teardown(test_show_timexes, setup, teardown),
    };
    return cmocka_run_group_tests_name("mentions", tests, NULL, NULL);
}
