/*
 * test_timex_cli.c -- integration tests of time expressions through the
 * real program: `veille timex` (JSON and TimeML output, arguments),
 * `veille annotate` ("timexes" in the annotation) and `veille eval timex`
 * on a small TimeML file written here.  The texts are written for these
 * tests.
 */
#include "harness.h"

#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const TEXT_FR =
    "Les manœuvres ont débuté vendredi et doivent se poursuivre jusqu'à mardi.\n"
    "Les exercices Zapad-2025 mobilisent 3 300 soldats.\n";

static void test_timex_json(void **state) {
    (void)state;
    th_run r = th_veille(TEXT_FR, "timex", "--date", "2025-09-15", "--lang", "fr", "-", NULL);
    assert_int_equal(r.status, 0);
    json_error_t jerr;
    json_t *o = json_loads(r.out, 0, &jerr);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "date")), "2025-09-15");
    json_t *arr = json_object_get(o, "timexes");
    assert_int_equal(json_array_size(arr), 2);
    json_t *x = json_array_get(arr, 0);
    assert_string_equal(json_string_value(json_object_get(x, "text")), "vendredi");
    assert_string_equal(json_string_value(json_object_get(x, "type")), "DATE");
    assert_string_equal(json_string_value(json_object_get(x, "value")), "2025-09-12");
    /* code points: "manœuvres" and "débuté" hold one code point each for œ, é */
    assert_int_equal(json_integer_value(json_object_get(x, "start")), 25);
    assert_int_equal(json_integer_value(json_object_get(x, "end")), 33);
    x = json_array_get(arr, 1);
    assert_string_equal(json_string_value(json_object_get(x, "value")), "2025-09-16");
    json_decref(o);
    th_run_free(&r);
}

static void test_timex_timeml_and_file(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *path = th_write_file(dir, "t.txt", "The board met on Thursday & will meet again next week.", (size_t)-1);
    th_run r = th_veille(NULL, "timex", "--date", "2025-09-15", "--timeml", path, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "functionInDocument=\"CREATION_TIME\""));
    assert_non_null(strstr(r.out, "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-09-11\">Thursday</TIMEX3> &amp; will"));
    assert_non_null(strstr(r.out, "value=\"2025-W39\">next week</TIMEX3>"));
    th_run_free(&r);
    free(path);
    th_tmpdir_cleanup(dir);
}

static void test_timex_usage(void **state) {
    (void)state;
    th_run r = th_veille("hier", "timex", "-", NULL);
    assert_int_equal(r.status, 2); /* no --date */
    th_run_free(&r);
    r = th_veille("hier", "timex", "--date", "2025-02-30", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = th_veille("hier", "timex", "--date", "2025-02-03", "--lang", "xx", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = th_veille(NULL, "timex", "--date", "2025-02-03", "/nonexistent/file", NULL);
    assert_int_equal(r.status, 1);
    th_run_free(&r);
    r = th_veille(NULL, "help", "timex", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "--timeml"));
    th_run_free(&r);
}

static void test_annotate_timexes(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *path = th_write_file(dir, "d.txt",
                               "date 2020-12-31\n\nLe sommet se tiendra vendredi, a annoncé hier le ministère.\n",
                               (size_t)-1);
    th_run r = th_veille(NULL, "annotate", "--json", path, NULL);
    assert_int_equal(r.status, 0);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    json_t *arr = json_object_get(o, "timexes");
    assert_int_equal(json_array_size(arr), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(arr, 0), "value")), "2021-01-01");
    assert_string_equal(json_string_value(json_object_get(json_array_get(arr, 1), "value")), "2020-12-30");
    json_decref(o);
    th_run_free(&r);
    free(path);
    th_tmpdir_cleanup(dir);
}

static const char *const TML =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<!-- written for this test -->\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-09-15\" functionInDocument=\"CREATION_TIME\">"
    "2025-09-15</TIMEX3></DCT>\n<TEXT>\n"
    "The ministers met <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-09-14\">yesterday</TIMEX3> "
    "for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"PT3H\">three hours</TIMEX3> &amp; agreed to meet "
    "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2025-10\">next month</TIMEX3>, on the "
    "<TIMEX3 tid=\"t4\" type=\"DATE\" value=\"XXXX\">eve</TIMEX3> of the vote.\n</TEXT>\n</TimeML>\n";

static void test_eval_timex(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    free(th_write_file(dir, "corpus/a.tml", TML, (size_t)-1));
    free(th_write_file(dir, "corpus/notes.txt", "not TimeML", (size_t)-1));
    char *corpus = th_path(dir, "corpus");
    th_run r = th_veille(NULL, "eval", "timex", "--lang", "en", corpus, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "documents 1, gold 4, system 3"));
    assert_non_null(strstr(r.out, "strict     1.0000 0.7500 0.8571"));
    assert_non_null(strstr(r.out, "value accuracy  1.0000"));
    th_run_free(&r);
    r = th_veille(NULL, "eval", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "timex"));
    th_run_free(&r);
    /* A folder without TimeML is an error, not scores of nothing. */
    free(th_write_file(dir, "other/notes.txt", "not TimeML", (size_t)-1));
    char *other = th_path(dir, "other");
    r = th_veille(NULL, "eval", "timex", other, NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "no TimeML document (.tml) in"));
    assert_null(strstr(r.out, "value F1"));
    th_run_free(&r);
    free(other);
    free(corpus);
    th_tmpdir_cleanup(dir);
}

/* The invented news dispatches of tests/data/timex-gold read as TimeML:
 * every document and gold expression counted, each file's language found
 * (the set is scored by hand; this guards the files, not the scores). */
static void test_gold_set_reads(void **state) {
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/data/timex-gold", th_src_dir());
    th_run r = th_veille(NULL, "eval", "timex", path, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "documents 358, gold 8054,"));
    th_run_free(&r);
    snprintf(path, sizeof path, "%s/tests/data/timex-gold/fr-1.tml", th_src_dir());
    r = th_veille(NULL, "eval", "timex", path, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "documents 1, gold 13,"));
    th_run_free(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_timex_json),       cmocka_unit_test(test_timex_timeml_and_file),
        cmocka_unit_test(test_timex_usage),      cmocka_unit_test(test_annotate_timexes),
        cmocka_unit_test(test_eval_timex),       cmocka_unit_test(test_gold_set_reads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
