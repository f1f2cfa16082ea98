/*
 * test_timex_gold10.c -- unit tests of the rules added after the tenth
 * gold batch (issue 3, English newswire: results, markets, economy) was
 * scored: errors it showed that are shapes of news in general, not of its
 * texts.  The sentences are written for these tests, not taken from the
 * gold files or corpora.
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

/* In a sentence near a quarter, "last year" (and "l'an dernier") is that
 * quarter a year before only when a result is compared with it ("compared
 * with ... last year", "last year's quarter", "the quarter last year");
 * otherwise it is the year.  "a year earlier" names the quarter anyway.
 * 2026-10-22: the third quarter has ended. */
static void test_last_year_beside_quarter(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-22", EN,
                            "Profit fell in the third quarter. Its shipping arm, which it bought last year, lost money."),
                        "the third quarter=DATE:2026-Q3 | last year=DATE:2025");
    assert_string_equal(tag("2026-10-22", FR,
                            "Le groupe, dont le chiffre d'affaires a atteint 900 millions d'euros l'an dernier, publie ses "
                            "résultats du troisième trimestre."),
                        "l'an dernier=DATE:2025 | troisième trimestre=DATE:2026-Q3");
    assert_string_equal(tag("2026-10-22", EN,
                            "Profit fell in the third quarter to $40 million, compared with $52 million last year."),
                        "the third quarter=DATE:2026-Q3 | last year=DATE:2025-Q3");
    assert_string_equal(tag("2026-10-22", EN, "Third-quarter sales rose 4% from last year's quarter."),
                        "Third-quarter=DATE:2026-Q3 | last year=DATE:2025-Q3");
    assert_string_equal(tag("2026-10-22", EN, "Third-quarter profit was $3 million, after a loss a year earlier."),
                        "Third-quarter=DATE:2026-Q3 | a year earlier=DATE:2025-Q3");
}

/* A quarter after "since" ("depuis") is a point measured from, not the
 * quarter reported on: "the quarter" after it is still the reported one. */
static void test_since_quarter(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-22", EN,
                            "Profit rose 8% in the third quarter, the fastest growth since the first quarter of 2024. "
                            "Sales in the quarter rose 5%."),
                        "the third quarter=DATE:2026-Q3 | the first quarter of 2024=DATE:2024-Q1 | the quarter=DATE:2026-Q3");
    assert_string_equal(tag("2026-10-22", EN, "Sales in the second quarter of 2026 rose 5%. Costs in the quarter fell."),
                        "the second quarter of 2026=DATE:2026-Q2 | the quarter=DATE:2026-Q2");
}

/* In the final week of a quarter, "the quarter" with no quarter reported
 * on before it is the one ending, and a quarter named then is the one
 * results compare ("a year earlier"); earlier in the quarter it is still
 * the last one ended.  2026-06-30 is a Tuesday, the last day of Q2. */
static void test_quarter_end(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-30", EN, "The index rose 6% over the quarter."), "the quarter=DATE:2026-Q2");
    assert_string_equal(tag("2026-06-26", EN, "The index rose 6% over the quarter."), "the quarter=DATE:2026-Q2");
    assert_string_equal(tag("2026-06-10", EN, "The index rose 6% over the quarter."), "the quarter=DATE:2026-Q1");
    assert_string_equal(tag("2026-06-30", EN,
                            "Shares gained in the second quarter. They were up 10% from a year earlier."),
                        "the second quarter=DATE:2026-Q2 | a year earlier=DATE:2025-Q2");
}

/* "a quarter-point cut", "a quarter percentage point" are fractions of
 * a rate, not three months; "for a quarter" still counts one. */
static void test_quarter_point(void **state) {
    (void)state;
    assert_string_equal(tag("2026-02-05", EN, "Two members voted for a quarter-point cut on Thursday."),
                        "Thursday=DATE:2026-02-05");
    assert_string_equal(tag("2026-02-05", EN, "The central bank trimmed its rate by a quarter percentage point."), "");
    assert_string_equal(tag("2026-02-05", EN, "Dealers expect a cut of a quarter point."), "");
    assert_string_equal(tag("2026-02-05", EN, "Output fell for a quarter before it recovered."),
                        "a quarter=DURATION:P3M");
}

/* A past verb with its own date before an infinitive leaves the date
 * after the infinitive to the plan: "voted on Friday to strike from
 * Wednesday" is the coming Wednesday; with no date between, the past
 * verb places it, but for the month of a deal agreed, the nearest one
 * (test_timex_english.c, test_agreement_month: "agreed to sell the unit
 * in March" told in November is the coming March).
 * 2024-11-15 is a Friday. */
static void test_plan_after_dated_verb(void **state) {
    (void)state;
    assert_string_equal(tag("2024-11-15", EN, "Pilots voted on Friday to walk out from 5 a.m. Tuesday."),
                        "Friday=DATE:2024-11-15 | 5 a.m. Tuesday=TIME:2024-11-19T05:00");
    assert_string_equal(tag("2024-11-15", EN, "The board agreed on Monday to sell the unit in March."),
                        "Monday=DATE:2024-11-11 | March=DATE:2025-03");
    assert_string_equal(tag("2024-11-15", EN, "The board agreed to sell the unit in March."), "March=DATE:2025-03");
    assert_string_equal(tag("2024-11-15", EN, "The board voted to sell the unit in March."), "March=DATE:2024-03");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_last_year_beside_quarter),
        cmocka_unit_test(test_since_quarter),
        cmocka_unit_test(test_quarter_end),
        cmocka_unit_test(test_quarter_point),
        cmocka_unit_test(test_plan_after_dated_verb),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
