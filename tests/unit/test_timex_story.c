/*
 * test_timex_story.c -- unit tests of English expressions counted from
 * the date the text last told rather than from the dispatch date: "the
 * year before", "the month before", "the day after" closing their
 * phrase; and seasons as sets ("every spring"), seasons and weekends
 * after "since" and "by"; the quarter a company reports on.  The
 * sentences are written for these tests.
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

static void test_unit_before_after(void **state) {
    (void)state;
    /* 2026-02-09 is a Monday */
    assert_string_equal(tag("2026-02-09", EN, "Orbita sold 12 million phones in 2025, down from 15 million the year before."),
                        "2025=DATE:2025 | the year before=DATE:2024");
    assert_string_equal(tag("2026-02-09", EN, "Exports rose in March 2024. The month before, they had fallen."),
                        "March 2024=DATE:2024-03 | The month before=DATE:2024-02");
    assert_string_equal(tag("2026-02-09", EN, "The plant opened on Jan. 12, 2026; the day after, it closed."),
                        "Jan. 12, 2026=DATE:2026-01-12 | the day after=DATE:2026-01-13");
    /* with no date told, from the dispatch */
    assert_string_equal(tag("2026-02-09", EN, "Profit fell 5% from the year before."), "the year before=DATE:2025");
    /* before an event it is no count from the story */
    assert_null(strstr(tag("2026-02-09", EN, "He was hired in 2010; the year before the war he left."), "2009"));
}

/* Seasons as sets, and a season or weekend after since/by. */
static void test_seasons_and_weekends(void **state) {
    (void)state;
    assert_string_equal(tag("2026-02-09", EN, "The fair is held every spring, and each winter the road closes."),
                        "every spring=SET:XXXX-SP | each winter=SET:XXXX-WI");
    assert_string_equal(tag("2026-11-11", EN, "Shares have fallen since the spring."), "the spring=DATE:2026-SP");
    assert_string_equal(tag("2026-02-09", EN, "Prices should ease by the weekend."), "the weekend=DATE:2026-W07-WE");
}

/* A quarter reported on ended within the four months before the
 * dispatch, whatever the future of the report. */
static void test_reported_quarter(void **state) {
    (void)state;
    assert_string_equal(tag("2026-02-09", EN, "Orbita will present results for the fourth quarter on Thursday."),
                        "the fourth quarter=DATE:2025-Q4 | Thursday=DATE:2026-02-12");
    assert_string_equal(tag("2026-02-09", EN, "Orbita will report fourth-quarter earnings next week."),
                        "fourth-quarter=DATE:2025-Q4 | next week=DATE:2026-W08");
    assert_string_equal(tag("2026-02-09", FR, "Le groupe publiera jeudi ses résultats du quatrième trimestre."),
                        "jeudi=DATE:2026-02-12 | quatrième trimestre=DATE:2025-Q4");
    /* no report word beside it, or a quarter ended too long ago: the tense */
    assert_string_equal(tag("2026-02-09", EN, "Sales should recover in the fourth quarter."),
                        "the fourth quarter=DATE:2026-Q4");
    assert_string_equal(tag("2026-03-02", EN, "Orbita will report third-quarter earnings in the autumn."),
                        "third-quarter=DATE:2026-Q3 | the autumn=DATE:2026-FA");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unit_before_after),
        cmocka_unit_test(test_seasons_and_weekends),
        cmocka_unit_test(test_reported_quarter),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
