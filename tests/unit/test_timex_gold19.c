/*
 * test_timex_gold19.c -- unit tests of the rules added after the
 * nineteenth gold batch (ordinary wire news, written blind) was scored:
 * errors it showed that are shapes of news in general, not of its texts.
 * The sentences are written for these tests, not taken from the gold
 * files or corpora.
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

/* A pronominal passé composé of an irregular participle ("s'est ouvert",
 * "se sont ouvertes") is a past: its weekday is the last one; "est
 * ouvert" alone is a state, its weekday the coming one.  2027-03-12 is a
 * Friday. */
static void test_pronominal_perfect(void **state) {
    (void)state;
    assert_string_equal(tag("2027-03-12", FR, "Le salon s'est ouvert mardi \u00e0 Lyon."), "mardi=DATE:2027-03-09");
    assert_string_equal(tag("2027-03-12", FR, "Les n\u00e9gociations se sont ouvertes mardi \u00e0 Gen\u00e8ve."),
                        "mardi=DATE:2027-03-09");
    assert_string_equal(tag("2027-03-12", FR, "Le salon sera ouvert mardi \u00e0 Lyon."), "mardi=DATE:2027-03-16");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronominal_perfect),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
