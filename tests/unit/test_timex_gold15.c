/*
 * test_timex_gold15.c -- unit tests of the rules added after the
 * fifteenth gold batch (issue 3: broadcast transcripts and radio/TV wire
 * copy) was scored: errors it showed that are shapes of news in general,
 * not of its texts.  The sentences are written for these tests, not taken
 * from the gold files or corpora.
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

/* "Il est 19 heures": the hour a newsreader gives is a clock time of the
 * day, never how long (PT19H).  2026-03-04 is a Wednesday. */
static void test_il_est_hour(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "Il est 19 heures, voici les titres."), "19 heures=TIME:2026-03-04T19:00");
    assert_string_equal(tag("2026-03-04", FR, "Bonsoir, il est 21 heures 30 à Lyon."),
                        "21 heures 30=TIME:2026-03-04T21:30");
    /* (a span after "il est resté" is still how long) */
    assert_string_equal(tag("2026-03-04", FR, "Il est resté 19 heures sous les décombres."),
                        "19 heures=DURATION:PT19H");
}

/* "a short time ago", "a short time earlier": the vague past of spoken
 * news, as "a while ago" (PAST_REF); "in a short time" is no time. */
static void test_a_short_time_ago(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "The ferry docked a short time ago, the port said."),
                        "a short time ago=DATE:PAST_REF");
    assert_string_equal(tag("2026-03-02", EN, "The mayor had resigned a short time earlier."),
                        "a short time earlier=DATE:PAST_REF");
    assert_string_equal(tag("2026-03-02", EN, "The repairs were done in a short time."), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_il_est_hour),
        cmocka_unit_test(test_a_short_time_ago),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
