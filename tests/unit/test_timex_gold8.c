/*
 * test_timex_gold8.c -- unit tests of the rules added after the eighth
 * gold batch (issue 3) was scored: errors it showed that are shapes of
 * news in general, not of its texts.  The sentences are written for these
 * tests, not taken from the gold files or corpora.
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

/* A range of clock times whose end alone names its day, the start's clock
 * later than the end's: the end keeps its day, the start is the evening
 * before, and later clock times stay on the start's day (2026-03-04 is
 * a Wednesday).  A range whose ends are in order
 * stays on the named day, and a range with no day still crosses
 * midnight forward. */
static void test_range_end_day(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "Le pont sera fermé de 21 heures jusqu'à jeudi 5 heures."),
                        "21 heures=TIME:2026-03-04T21:00 | jeudi 5 heures=TIME:2026-03-05T05:00");
    assert_string_equal(tag("2026-03-04", FR, "Alerte de 16 heures jusqu'à jeudi 6 heures. Le pic est attendu à 22 heures."),
                        "16 heures=TIME:2026-03-04T16:00 | jeudi 6 heures=TIME:2026-03-05T06:00 | "
                        "22 heures=TIME:2026-03-04T22:00");
    assert_string_equal(tag("2026-03-04", EN, "The road is closed from 10 p.m. until 6 a.m. Thursday."),
                        "10 p.m.=TIME:2026-03-04T22:00 | 6 a.m. Thursday=TIME:2026-03-05T06:00");
    assert_string_equal(tag("2026-03-04", FR, "Le musée ouvrira de 10 heures jusqu'à samedi 18 heures."),
                        "10 heures=TIME:2026-03-07T10:00 | samedi 18 heures=TIME:2026-03-07T18:00");
    assert_string_equal(tag("2026-03-04", FR, "Le couvre-feu court entre 22 heures et 6 heures."),
                        "22 heures=TIME:2026-03-04T22:00 | 6 heures=TIME:2026-03-05T06:00");
}

/* After "en" a clock-shaped count is how long ("a gagné en 1 h 52",
 * "bouclé en 2h06"); after "à" it stays a time of day. */
static void test_en_clock_duration(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "La championne s'est imposée en 1 h 52 face à sa rivale."),
                        "1 h 52=DURATION:PT1H52M");
    assert_string_equal(tag("2026-03-04", FR, "Le coureur a bouclé le parcours en 2h06."), "2h06=DURATION:PT2H6M");
    assert_string_equal(tag("2026-03-04", FR, "Le débat a duré pendant 1 h 30."), "1 h 30=DURATION:PT1H30M");
    assert_string_equal(tag("2026-03-04", FR, "Le train partira à 2 h 30."), "2 h 30=TIME:2026-03-04T02:30");
}

/* A live report whose heading tells a night, newest entry first: a
 * first stamp in the morning is on the morning that night ends in, and
 * the stamps after it follow (2026-03-07 is a Saturday); after a day
 * told, the stamps stay on that day. */
static void test_stamp_after_night(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-07", EN,
                            "This live report followed the flooding of Friday night.\n\n"
                            "9:10 a.m. \u2013 The river is falling.\n\n"
                            "2:30 a.m. \u2013 Firefighters rescue a family.\n\n"
                            "11:45 p.m. \u2013 The river bursts its banks."),
                        "Friday night=TIME:2026-03-06TNI | 9:10 a.m.=TIME:2026-03-07T09:10 | "
                        "2:30 a.m.=TIME:2026-03-07T02:30 | 11:45 p.m.=TIME:2026-03-06T23:45");
    assert_string_equal(tag("2026-03-07", EN,
                            "This live report followed Friday's vote.\n\n"
                            "9:10 a.m. \u2013 Counting starts.\n\n"
                            "8:30 a.m. \u2013 Polls open."),
                        "Friday=DATE:2026-03-06 | 9:10 a.m.=TIME:2026-03-06T09:10 | 8:30 a.m.=TIME:2026-03-06T08:30");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_range_end_day),
        cmocka_unit_test(test_en_clock_duration),
        cmocka_unit_test(test_stamp_after_night),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
