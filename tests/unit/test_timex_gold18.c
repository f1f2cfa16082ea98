/*
 * test_timex_gold18.c -- unit tests of the rules added after the
 * eighteenth gold batch (ordinary wire news, written blind) was scored:
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

/* A live report dated the day after the night its heading tells, newest
 * entry first: the first stamp, an evening one, is on the dispatch's day
 * (the day the report ran to), and the stamps after it follow back across
 * midnight.  2026-03-09 is a Monday. */
static void test_stamp_after_night_evening(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-09", EN,
                            "This live report followed the storms of Sunday night.\n\n"
                            "7:15 p.m. \u2013 The toll rises to four.\n\n"
                            "9:40 a.m. \u2013 Crews clear the roads.\n\n"
                            "11:20 p.m. \u2013 Sirens sound in the town."),
                        "Sunday night=TIME:2026-03-08TNI | 7:15 p.m.=TIME:2026-03-09T19:15 | "
                        "9:40 a.m.=TIME:2026-03-09T09:40 | 11:20 p.m.=TIME:2026-03-08T23:20");
    /* a night of the dispatch's own day: an evening stamp stays on it */
    assert_string_equal(tag("2026-03-08", EN,
                            "This live report follows the storms of Sunday night.\n\n"
                            "11:20 p.m. \u2013 Sirens sound in the town."),
                        "Sunday night=TIME:2026-03-08TNI | 11:20 p.m.=TIME:2026-03-08T23:20");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stamp_after_night_evening),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
