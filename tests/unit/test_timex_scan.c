/*
 * test_timex_scan.c -- unit tests of the time-expression tagger's scanning
 * engine (src/extract/timex.c) where its fast paths meet its general ones:
 * the word scanner that folds ASCII eight letters at a time and Latin-1
 * letters inline (against words it leaves to the general path: œ, words
 * too long to fold), words that end the text, the filter that skips rules
 * the next token cannot continue, the token array growing past its first
 * allocation with its tense memo, and code-point offsets counted a word at
 * a time.  The expected tags are those the engine gave before these fast
 * paths existed.  The sentences are written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include <cmocka.h>

#include "extract/timex.h"

#include "timex_fixture.h"


/* Upper case, accents and their absence fold to one key. */
static void test_case_and_accents(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "Rendez-vous le 5 FÉVRIER 2025, le 5 Février 2025 et le 5 fevrier 2025."),
                        "le 5 FÉVRIER 2025=DATE:2025-02-05 | le 5 Février 2025=DATE:2025-02-05 | "
                        "le 5 fevrier 2025=DATE:2025-02-05");
    assert_string_equal(tag("2025-09-15", EN, "The company said on Tuesday that THIRD-QUARTER profit rose, and in "
                                              "September 2024 it had warned."),
                        "Tuesday=DATE:2025-09-09 | THIRD-QUARTER=DATE:2025-Q3 | September 2024=DATE:2024-09");
    /* œ leaves the fast path; the words after it are scanned as before */
    assert_string_equal(tag("2025-09-15", FR, "Dès l'été 2022, les mœurs avaient changé ; depuis, trois ans ont passé."),
                        "l'été 2022=DATE:2022-SU | trois ans=DURATION:P3Y");
}

/* Words of every length around the eight-byte steps, a word too long to
 * fold, and a word that ends the text with no byte after it. */
static void test_word_lengths(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "Les négociations reprendront en septembre"), "septembre=DATE:2025-09");
    assert_string_equal(tag("2025-09-15", FR, "Elles avaient commencé le 3 mars 2021 dans un climat "
                                              "anticonstitutionnellement tendu."),
                        "le 3 mars 2021=DATE:2021-03-03");
    /* 29 letters: too long to fold, so no month hides in it */
    assert_string_equal(tag("2025-09-15", FR, "Anticonstitutionnellementmars 2021 n'est pas une date, mais lundi "
                                              "dernier en est une."),
                        "lundi dernier=DATE:2025-09-08");
    assert_string_equal(tag("2025-09-15", EN, "Decentralisation talks ended Thursday"), "Thursday=DATE:2025-09-11");
}

/* A determiner or a comma at the very end of the text: the rules that need
 * a token after them are skipped, the others still apply. */
static void test_rules_at_the_end(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "Il est parti hier, le"), "hier=DATE:2025-09-14");
    assert_string_equal(tag("2025-09-15", EN, "It happened in 2019 and the"), "2019=DATE:2019");
    /* an age between commas blocks the duration, its closing comma last */
    assert_string_equal(tag("2025-09-15", FR, "Le maire, 87 ans,"), "");
}

/* A hyphenated day and month as the first tokens of the text: the day
 * range rule ("18-20 March") looks at the token before the number only
 * when there is one (it read before the token array: fuzz_events, under
 * UBSan's pointer-overflow check). */
static void test_range_at_the_start(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "20-Mai?$r"), "Mai=DATE:2025-05");
    assert_string_equal(tag("2025-09-15", FR, "18-20 mai"), "20 mai=DATE:2025-05-20");
}

/* Thousands of tokens: the token array and its tense memo grow, and the
 * tense of a clause far into the text is still read. */
static void test_long_text(void **state) {
    (void)state;
    const char *tail = "La réunion a eu lieu vendredi et la suivante aura lieu mardi.";
    size_t n = 1500, unit = strlen("mot, ");
    char *text = malloc(n * unit + strlen(tail) + 1);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++) memcpy(text + i * unit, "mot, ", unit);
    strcpy(text + n * unit, tail);
    const vl_timex *tx;
    size_t k;
    assert_int_equal(vl_timex_tag(tagger, text, strlen(text), FR, "2025-09-15", &tx, &k), VL_OK);
    assert_int_equal(k, 2);
    assert_string_equal(tx[0].value, "2025-09-12");
    assert_int_equal(tx[0].cp_start, 7521);
    assert_int_equal(tx[0].start, 7522); /* réunion: one two-byte letter before */
    assert_string_equal(tx[1].value, "2025-09-16");
    assert_int_equal(tx[1].cp_end, 7560);
    free(text);
}

/* Code-point offsets after runs of two-byte letters longer than a word. */
static void test_code_point_offsets(void **state) {
    (void)state;
    const char *text = "ÀÉÎÕÜàéîõü ÀÉÎÕÜàéîõü le 14 juillet 2024 à 14h30 ŒŒŒ vendredi";
    const vl_timex *tx;
    size_t n;
    assert_int_equal(vl_timex_tag(tagger, text, strlen(text), FR, "2025-09-15", &tx, &n), VL_OK);
    assert_int_equal(n, 3);
    assert_int_equal(tx[0].cp_start, 22);
    assert_int_equal(tx[0].cp_end, 40);
    assert_int_equal(tx[0].start, 42); /* 20 two-byte letters before */
    assert_string_equal(tx[0].value, "2024-07-14");
    assert_int_equal(tx[1].cp_start, 43);
    assert_int_equal(tx[1].cp_end, 48);
    assert_string_equal(tx[1].value, "2024-07-14T14:30");
    assert_int_equal(tx[2].cp_start, 53);
    assert_int_equal(tx[2].cp_end, 61);
    assert_string_equal(tx[2].value, "2025-09-12");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_and_accents), cmocka_unit_test(test_word_lengths),
        cmocka_unit_test(test_rules_at_the_end), cmocka_unit_test(test_long_text),
        cmocka_unit_test(test_code_point_offsets), cmocka_unit_test(test_range_at_the_start),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
