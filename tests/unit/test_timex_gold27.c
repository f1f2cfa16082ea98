/*
 * test_timex_gold27.c -- unit tests of the rules added after the
 * twenty-seventh gold batch (ordinary wire news, written blind) was
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

/* A decimal count of seconds (a race time, a gap, an acceleration)
 * keeps its fraction, alone or as the last unit of a compound time; a
 * decimal count of any other unit stays untagged. */
static void test_decimal_seconds(void **state) {
    (void)state;
    assert_string_equal(tag("2031-08-03", EN, "She won by 0.64 seconds."), "0.64 seconds=DURATION:PT0.64S");
    assert_string_equal(tag("2031-08-03", EN, "He swam 1 minute 44.70 seconds."),
                        "1 minute 44.70 seconds=DURATION:PT1M44.70S");
    assert_string_equal(tag("2031-08-03", FR, "La voiture passe de 0 à 100 km/h en 3,9 secondes."),
                        "3,9 secondes=DURATION:PT3.9S");
    assert_string_equal(tag("2031-08-03", EN, "Prices rose 2.5 percent in 1.5 years."), "");
}

/* "the first time in a decade" is the span since the last time, in a
 * future clause too; "in a decade" alone, in one, is a date to come.
 * 2030-11-19 is a Tuesday. */
static void test_first_time_in_a_unit(void **state) {
    (void)state;
    assert_string_equal(tag("2030-11-19", EN, "The team will play at home for the first time in a decade."),
                        "a decade=DURATION:P10Y");
    assert_string_equal(tag("2030-11-19", EN, "The bridge will be replaced in a decade."), "a decade=DATE:2040");
}

/* A rate whose amount is per something ("$2,100 per student a year") is
 * a set, as "$21 an hour" is; "a year ago" after it stays a date. */
static void test_rate_per_thing(void **state) {
    (void)state;
    assert_string_equal(tag("2030-05-06", EN, "Tuition rose to $9,800 per pupil a year."), "a year=SET:P1Y");
    assert_string_equal(tag("2030-05-06", EN, "It paid $2 per share a year ago."), "a year ago=DATE:2029");
}

/* The second season of a pair only after a first season or
 * expression: "in spring and summer", not "shoes and winter coats".
 * 2030-05-06 is a Monday. */
static void test_season_pair(void **state) {
    (void)state;
    assert_string_equal(tag("2030-05-06", EN, "The chain sold boots, scarves and winter coats."), "");
    assert_string_equal(tag("2030-05-06", EN, "The group meets each spring and autumn."),
                        "each spring=SET:XXXX-SP | autumn=SET:XXXX-FA");
}

/* An English small hour marked a.m. after an evening p.m. hour of the
 * same day in its sentence is on the morning after; an hour with no
 * marker stays open.  2029-02-16 is a Friday. */
static void test_en_small_hour_after_evening(void **state) {
    (void)state;
    assert_string_equal(tag("2029-02-16", EN, "The vote began at 9 p.m. Wednesday and ended after 1 a.m."),
                        "9 p.m. Wednesday=TIME:2029-02-14T21:00 | 1 a.m.=TIME:2029-02-15T01:00");
    assert_string_equal(tag("2029-02-16", EN, "The hearing began at 7 p.m. and ended before 5:30."),
                        "7 p.m.=TIME:2029-02-16T19:00 | 5:30=TIME:2029-02-16T05:30");
}

/* French ages after a possessive when the phrase closes ("depuis ses
 * douze ans", "fête ses 60 ans."); "ses trente ans de carrière" and
 * "ses deux ans à Rome" count years. */
static void test_fr_possessive_ages(void **state) {
    (void)state;
    assert_string_equal(tag("2030-06-08", FR, "Il joue du piano depuis ses douze ans, dit sa mère."), "");
    assert_string_equal(tag("2030-06-08", FR, "Le maire fête samedi ses 60 ans."), "samedi=DATE:2030-06-08");
    assert_string_equal(tag("2030-06-08", FR, "Il quitte le club après ses trente ans de carrière."),
                        "trente ans=DURATION:P30Y");
}

/* English "on the day" closing a clause is the day the story tells;
 * "tickets for the day" is none.  2029-02-16 is a Friday. */
static void test_en_on_the_day(void **state) {
    (void)state;
    assert_string_equal(tag("2029-02-16", EN, "The dollar closed 0.2 percent higher on the day."),
                        "the day=DATE:2029-02-16");
    assert_string_equal(tag("2029-02-16", EN, "On Tuesday the index lost 2 percent on the day."),
                        "Tuesday=DATE:2029-02-13 | the day=DATE:2029-02-13");
    assert_string_equal(tag("2029-02-16", EN, "Passes for the day cost $5."), "");
}

/* A French decade leaves its article and a fused "des" out ("dans les
 * années 1980", "la mode des années 70"); a modifier keeps "des". */
static void test_fr_decade_article(void **state) {
    (void)state;
    assert_string_equal(tag("2030-06-18", FR, "Le quartier a été bâti dans les années 1960."), "années 1960=DATE:196");
    assert_string_equal(tag("2030-06-18", FR, "Il aime la mode des années 70."), "années 70=DATE:197");
    assert_string_equal(tag("2030-06-18", FR, "Au début des années 1980, l'usine tournait."),
                        "début des années 1980=DATE:198/START");
}

/* English "a year earlier" after a month told in its sentence is that
 * month a year before; not after a month compared beside it ("in
 * December and ... a year earlier").  1996-06-13 is a Thursday. */
static void test_year_earlier_after_month(void **state) {
    (void)state;
    assert_string_equal(tag("1996-06-13", EN, "Sales rose 0.6 percent in May to $199 billion, 5.2 percent above a year earlier."),
                        "May=DATE:1996-05 | a year earlier=DATE:1995-05");
    assert_string_equal(tag("1996-06-13", EN, "Jobless rose to 1.8 mln from 1.6 mln in April and 1.7 mln a year earlier."),
                        "April=DATE:1996-04 | a year earlier=DATE:1995");
}

/* English: the weekday a start is set for ("beginning at 6 a.m.
 * Thursday", "starting Friday") is to come, whatever the tense of the
 * setting.  1997-08-27 is a Wednesday. */
static void test_en_start_set_for(void **state) {
    (void)state;
    assert_string_equal(tag("1997-08-27", EN, "Officials ordered schools closed beginning at 8 a.m. Thursday."),
                        "8 a.m. Thursday=TIME:1997-08-28T08:00");
    assert_string_equal(tag("1997-08-27", EN, "The city imposed a curfew starting Friday."), "Friday=DATE:1997-08-29");
    assert_string_equal(tag("1997-08-27", EN, "The city imposed a curfew on Monday."), "Monday=DATE:1997-08-25");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decimal_seconds),
        cmocka_unit_test(test_first_time_in_a_unit),
        cmocka_unit_test(test_rate_per_thing),
        cmocka_unit_test(test_season_pair),
        cmocka_unit_test(test_en_small_hour_after_evening),
        cmocka_unit_test(test_fr_possessive_ages),
        cmocka_unit_test(test_en_on_the_day),
        cmocka_unit_test(test_fr_decade_article),
        cmocka_unit_test(test_year_earlier_after_month),
        cmocka_unit_test(test_en_start_set_for),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
