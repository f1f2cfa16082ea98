/*
 * test_timex_news4.c -- unit tests of the phenomena the fourth batch of
 * invented dispatches (tests/data/timex-gold, fr-15..20, en-15..20)
 * showed the tagger getting wrong, fixed as general rules: the extent of
 * a span after "in", rates ("$21 an hour"), seasons after more
 * prepositions, past participles before a day of a month, and seasons
 * and halves told without tense near a year end.  The sentences are
 * written for these tests, not taken from the gold files.
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

/* "in" before a count of units is no part of the expression, whether it
 * is a duration ("the highest in five years") or a date to come ("will
 * reopen in two weeks"), as TimeBank marks it. */
static void test_in_outside(void **state) {
    (void)state;
    assert_string_equal(tag("2026-05-04", EN, "Wheat prices hit their highest level in five years."),
                        "five years=DURATION:P5Y");
    assert_string_equal(tag("2026-05-04", EN, "The bridge will reopen in two weeks."), "two weeks=DATE:2026-05-18");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_in_outside),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
