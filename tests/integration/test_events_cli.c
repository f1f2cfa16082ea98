/*
 * test_events_cli.c -- integration tests of quantities and events through
 * the real program: "quantities" and "events" in `veille annotate`, then
 * `veille ingest`, `veille events` (text and JSON, filters, bad
 * arguments), `veille timeline` and `veille eval events` on the gold set of
 * tests/data/events-gold.  The texts are written for these tests.
 */
#include "harness.h"

#include <cmocka.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const DOC_FR =
    "date 2025-09-12\n\n"
    "Minsk a libéré 52 prisonniers politiques jeudi. L'Union a promis 2 milliards d'euros.\n"
    "Les manœuvres Zapad-2025 commencent le 15 septembre.\n";
static const char *const DOC_EN =
    "{\"id\":\"en1\",\"date\":\"2025-09-14\",\"lang\":\"en\",\"text\":\"Poland closed its border with Belarus on "
    "Friday. Turnout was 46.8 percent.\"}\n";

static void test_annotate(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *path = th_write_file(dir, "fr1.txt", DOC_FR, (size_t)-1);
    th_run r = th_veille(NULL, "annotate", "--json", path, NULL);
    assert_int_equal(r.status, 0);
    json_error_t jerr;
    json_t *o = json_loads(r.out, 0, &jerr);
    assert_non_null(o);
    json_t *q = json_object_get(o, "quantities");
    assert_int_equal(json_array_size(q), 2);
    json_t *x = json_array_get(q, 0);
    assert_string_equal(json_string_value(json_object_get(x, "text")), "52 prisonniers politiques");
    assert_true(json_number_value(json_object_get(x, "value")) == 52.0);
    assert_string_equal(json_string_value(json_object_get(x, "counted")), "prisonniers politiques");
    assert_int_equal(json_integer_value(json_object_get(x, "start")), 15);
    x = json_array_get(q, 1);
    assert_true(json_number_value(json_object_get(x, "value")) == 2e9);
    assert_string_equal(json_string_value(json_object_get(x, "unit")), "EUR");
    json_t *ev = json_object_get(o, "events");
    assert_true(json_array_size(ev) >= 1);
    x = json_array_get(ev, 0);
    assert_string_equal(json_string_value(json_object_get(x, "actor")), "Minsk");
    assert_string_equal(json_string_value(json_object_get(x, "action")), "libérer");
    assert_string_equal(json_string_value(json_object_get(x, "code")), "08");
    assert_string_equal(json_string_value(json_object_get(x, "class")), "yield");
    assert_string_equal(json_string_value(json_object_get(x, "target")), "52 prisonniers politiques");
    assert_string_equal(json_string_value(json_object_get(x, "date")), "2025-09-11");
    assert_string_equal(json_string_value(json_object_get(x, "text")), "Minsk a libéré 52 prisonniers politiques jeudi");
    assert_int_equal(json_integer_value(json_object_get(x, "start")), 0);
    assert_int_equal(json_integer_value(json_object_get(x, "end")), 46);
    json_decref(o);
    th_run_free(&r);
    free(path);
    th_tmpdir_cleanup(dir);
}

static void test_events_and_timeline(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *db = th_path(dir, "v.db");
    char *p1 = th_write_file(dir, "fr1.txt", DOC_FR, (size_t)-1);
    char *p2 = th_write_file(dir, "en.jsonl", DOC_EN, (size_t)-1);
    th_run r = th_veille(NULL, "--db", db, "ingest", "--quiet", p1, p2, NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    r = th_veille(NULL, "--db", db, "events", NULL);
    assert_int_equal(r.status, 0);
    /* by the date referred to: Thursday 11th before Friday 12th */
    const char *a = strstr(r.out, "Minsk libérer"), *b = strstr(r.out, "Poland close");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a < b);
    th_run_free(&r);
    r = th_veille(NULL, "--db", db, "events", "--json", "--code", "16", NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\n"), 1);
    json_error_t jerr;
    json_t *o = json_loads(r.out, 0, &jerr);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "id")), "en1");
    assert_string_equal(json_string_value(json_object_get(o, "date")), "2025-09-12");
    assert_string_equal(json_string_value(json_object_get(o, "begin")), "2025-09-12");
    json_decref(o);
    th_run_free(&r);
    r = th_veille(NULL, "--db", db, "events", "--actor", "minsk", "--from", "2025-10", NULL);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, "");
    th_run_free(&r);
    r = th_veille(NULL, "--db", db, "events", "--code", "99", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "CAMEO"));
    th_run_free(&r);
    r = th_veille(NULL, "--db", db, "timeline", "--json", NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\"kind\":\"event\""), 2);
    assert_int_equal(th_count(r.out, "\"kind\":\"fact\""), 1);
    assert_non_null(strstr(r.out, "\"text\":\"Les manœuvres Zapad-2025 commencent le 15 septembre.\""));
    th_run_free(&r);
    r = th_veille(NULL, "--db", db, "timeline", "--entity", "belarus", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "Poland close"));
    assert_null(strstr(r.out, "Minsk"));
    th_run_free(&r);
    r = th_veille(NULL, "--db", db, "timeline", "--bogus", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    free(p1);
    free(p2);
    free(db);
    th_tmpdir_cleanup(dir);
}

/* Runs veille with the committed entity models (the program may be a
 * sanitizer build outside the tree, which would not find them). */
static th_run veille_models(const char *arg, ...) {
    char *argv[32];
    int n = 0;
    argv[n++] = (char *)th_veille_bin();
    va_list ap;
    va_start(ap, arg);
    for (const char *a = arg; a && n < 31; a = va_arg(ap, const char *)) argv[n++] = (char *)a;
    va_end(ap);
    argv[n] = NULL;
    char *models = th_path(th_src_dir(), "models");
    char env0[4200];
    snprintf(env0, sizeof env0, "VEILLE_MODELS=%s", models);
    free(models);
    char *const env[] = {env0, NULL};
    return th_exec(argv, NULL, 0, env, 60);
}

/* --entity goes through the stored entities: a transliteration variant
 * (Lukashenko) finds the events that name Loukachenko. */
static void test_timeline_entity_variants(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *db = th_path(dir, "v.db");
    char *p = th_write_file(dir, "v.jsonl",
                            "{\"id\":\"a\",\"date\":\"2025-09-12\",\"lang\":\"fr\",\"text\":\"Donald Trump s'est "
                            "entretenu avec Alexandre Loukachenko en août.\"}\n"
                            "{\"id\":\"b\",\"date\":\"2025-09-13\",\"lang\":\"en\",\"text\":\"Alexander Lukashenko "
                            "released 14 prisoners on Thursday.\"}\n",
                            (size_t)-1);
    th_run r = veille_models("--db", db, "ingest", "--quiet", p, NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    r = veille_models("--db", db, "timeline", "--entity", "Loukachenko", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "entretenir (04) Alexandre Loukachenko"));
    assert_non_null(strstr(r.out, "Alexander Lukashenko release (08) 14 prisoners"));
    th_run_free(&r);
    r = veille_models("--db", db, "timeline", "--entity", "Macron", NULL);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, "");
    th_run_free(&r);
    free(p);
    free(db);
    th_tmpdir_cleanup(dir);
}

static void test_eval_events(void **state) {
    (void)state;
    char gold[4096];
    snprintf(gold, sizeof gold, "%s/tests/data/events-gold/fr.gold", th_src_dir());
    th_run r = th_veille(NULL, "eval", "events", gold, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "precision"));
    assert_non_null(strstr(r.out, "\nall "));
    th_run_free(&r);
    char *dir = th_tmpdir();
    char *bad = th_write_file(dir, "bad.gold", "date 2025-01-01\nlang fr\nS Texte.\nE Acteur | 42 | cible\n", (size_t)-1);
    r = th_veille(NULL, "eval", "events", bad, NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, ":4:"));
    th_run_free(&r);
    free(bad);
    /* The gold set's folder reads its .gold files (not its README): as
     * many gold events as the files named one by one. */
    snprintf(gold, sizeof gold, "%s/tests/data/events-gold", th_src_dir());
    r = th_veille(NULL, "eval", "events", gold, NULL);
    assert_int_equal(r.status, 0);
    const char *all = strstr(r.out, "\nall ");
    assert_non_null(all);
    long whole = strtol(all + 5, NULL, 10);
    th_run_free(&r);
    long sum = 0;
    static const char *const files[] = {"fr", "fr-2", "fr-3", "en", "en-2", "en-3"};
    for (int i = 0; i < 6; i++) {
        snprintf(gold, sizeof gold, "%s/tests/data/events-gold/%s.gold", th_src_dir(), files[i]);
        r = th_veille(NULL, "eval", "events", gold, NULL);
        assert_int_equal(r.status, 0);
        all = strstr(r.out, "\nall ");
        assert_non_null(all);
        sum += strtol(all + 5, NULL, 10);
        th_run_free(&r);
    }
    assert_true(whole > 0);
    assert_int_equal(whole, sum);
    /* A folder with no gold in it is an error, not an empty score. */
    char *empty = th_tmpdir();
    r = th_veille(NULL, "eval", "events", empty, NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "no events gold dispatch here"));
    th_run_free(&r);
    th_tmpdir_cleanup(empty);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_annotate),
        cmocka_unit_test(test_events_and_timeline),
        cmocka_unit_test(test_timeline_entity_variants),
        cmocka_unit_test(test_eval_events),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
