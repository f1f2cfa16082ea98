/*
 * test_timex_left.c -- unit tests of round timex-left (issue 3): errors
 * the fourth gold batch left unfixed and errors read on raw news, fixed as
 * general rules: the wire's infinitive of a plan ("Acme to open plant on
 * Saturday") and what is no plan, the plural present of a timetable, sets
 * of weekends, the article of an adjectival year, race times, "April of
 * that year", live reports' stamps, past clock times.  The sentences are
 * written for these tests, not taken from the gold files or corpora.
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

/* An infinitive with no tensed verb before it in its clause is a plan:
 * the weekday or month it names is to come.  2026-11-27 is a Friday. */
static void test_infinitive_plan(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-27", EN, "Harbour ministers to meet Tuesday on port fees."),
                        "Tuesday=DATE:2026-12-01");
    assert_string_equal(tag("2026-11-27", EN, "Orla Foods to close its Dunmore plant on Wednesday."),
                        "Wednesday=DATE:2026-12-02");
    assert_string_equal(tag("2026-11-27", EN, "Dock unions to strike on Thursday, officials say."),
                        "Thursday=DATE:2026-12-03");
    assert_string_equal(tag("2026-11-27", EN, "Growers hope for the crop to be sold before September."),
                        "September=DATE:2027-09");
    /* a tensed verb before the infinitive keeps its tense */
    assert_string_equal(tag("2026-11-27", EN, "The firm agreed to sell the unit on Tuesday."),
                        "Tuesday=DATE:2026-11-24");
    /* "to" as a preposition, or the end of a route, makes no plan */
    assert_string_equal(tag("2026-11-27", EN, "Trains from the coast to Dunmore ran on Tuesday."),
                        "Tuesday=DATE:2026-11-24");
    assert_string_equal(tag("2026-11-27", EN, "The vessel sailed back to port Tuesday."),
                        "Tuesday=DATE:2026-11-24");
    assert_string_equal(tag("2026-11-27", EN, "It was hard for the crew to finish the hull Tuesday."),
                        "Tuesday=DATE:2026-11-24");
}

/* The infinitive of a gerund tells what was attempted, and a date in a
 * clause of "being" or of a distant "after" is the story's: no plan. */
static void test_infinitive_not_plan(void **state) {
    (void)state;
    /* 2026-11-27 is a Friday */
    assert_string_equal(tag("2026-11-27", EN, "A driver died while trying to reverse his van on Wednesday night."),
                        "Wednesday night=TIME:2026-11-25TNI");
    assert_string_equal(tag("2026-11-27", EN, "Ferry line to resume service after being halted on Tuesday."),
                        "Tuesday=DATE:2026-11-24");
    /* "after" right before the date is the plan's own */
    assert_string_equal(tag("2026-11-27", EN, "Terms to be disclosed after March 2."), "March 2=DATE:2027-03-02");
}

/* Every weekend is a part of every week, as every Monday is a day of
 * it: XXXX-WXX-WE, not the span of one weekend (P1WE); a count keeps
 * the span. */
static void test_weekend_set(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-27", EN, "The ferry runs every weekend until March."),
                        "every weekend=SET:XXXX-WXX-WE | March=DATE:2027-03");
    assert_string_equal(tag("2026-11-27", FR, "Le marché se tient chaque week-end."),
                        "chaque week-end=SET:XXXX-WXX-WE");
    assert_string_equal(tag("2026-11-27", EN, "Crews rotate every two weekends."), "every two weekends=SET:P2WE");
}

/* The plural present of a timetable is a future ("the leaders meet
 * Monday"), as the third person was ("the summit opens Monday"); as an
 * infinitive or after a modal it marks nothing itself. */
static void test_plural_timetable(void **state) {
    (void)state;
    /* 2026-11-25 is a Wednesday: the nearest Monday is past */
    assert_string_equal(tag("2026-11-25", EN, "The two rivals meet for a final debate Monday in Leeds."),
                        "Monday=DATE:2026-11-30");
    assert_string_equal(tag("2026-11-27", EN, "Hearings on the merger begin in two weeks."),
                        "two weeks=DATE:2026-12-11");
    assert_string_equal(tag("2026-11-27", EN, "He refused to meet the envoy on Tuesday."), "Tuesday=DATE:2026-11-24");
}

/* A year or a hyphenated span used as an adjective leaves the article
 * to its noun ("the [1996] Olympic Games"), as TimeBank marks them; a
 * span that is itself the noun keeps it. */
static void test_adjective_article(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-27", EN, "She swam at the 2012 Olympic Games."), "2012=DATE:2012");
    assert_string_equal(tag("2026-11-27", EN, "Buyers face the 14-day waiting period."), "14-day=DURATION:P14D");
    assert_string_equal(tag("2026-11-27", EN, "The talks took the two weeks."), "the two weeks=DURATION:P2W");
    assert_string_equal(tag("2026-11-27", EN, "He led the year-long inquiry."), "the year-long=DURATION:P1Y");
}

/* A clock with a fraction of a second is a lap or race time of a results
 * table, no time of day; a clock before a full stop and a space still is. */
static void test_race_clock(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-27", EN, "1. Ana Ruiz (Spain) 4:05.31 2. Kim Bolt (U.S.) 4:06.02"), "");
    assert_string_equal(tag("2026-11-27", EN, "Lap record: 1:48:02.7 by the Dutch team."), "");
    assert_string_equal(tag("2026-11-27", EN, "The gates open at 9:30. 12 teams compete."),
                        "9:30=TIME:2026-11-27T09:30");
}

/* "April of that year", "June of the following year": one expression,
 * the month in the year the story told (shifted by one for following,
 * next, previous), not the month nearest the dispatch and the dispatch's
 * year. */
static void test_month_of_that_year(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-27", EN, "The mill shut in 2019 after a strike in April of that year."),
                        "2019=DATE:2019 | April of that year=DATE:2019-04");
    assert_string_equal(tag("2026-11-27", EN, "It opened in 2008 and closed in June of the following year."),
                        "2008=DATE:2008 | June of the following year=DATE:2009-06");
    /* no year told: the month alone, and "that year" apart */
    assert_string_equal(tag("2026-11-27", EN, "Sales peaked in June of that year."),
                        "June=DATE:2026-06 | that year=DATE:2026");
}

/* A clock time alone in its paragraph is a live report's stamp, on the
 * dispatch's day, not on the last date the entry before it told; in a
 * sentence it still takes that date. */
static void test_live_stamp(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-27", EN,
                            "The mayor recalled the flood of March 3, 2026.\n\n4:30 p.m.\n\nThe council is meeting."),
                        "March 3, 2026=DATE:2026-03-03 | 4:30 p.m.=TIME:2026-11-27T16:30");
    assert_string_equal(tag("2026-11-27", EN, "The flood came on March 3, 2026.\n\nIt peaked at 4:30 p.m."),
                        "March 3, 2026=DATE:2026-03-03 | 4:30 p.m.=TIME:2026-03-03T16:30");
}

/* A clock time in a past clause is not on a day to come told before it. */
static void test_past_clock_not_future_day(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-27", EN, "Talks will resume on Dec. 3, officials said. Fighting raged at 1600 GMT."),
                        "Dec. 3=DATE:2026-12-03 | 1600 GMT=TIME:2026-11-27T16:00");
    /* a future clause keeps the day to come */
    assert_string_equal(tag("2026-11-27", EN, "Talks will resume on Dec. 3. They will open at 1600 GMT."),
                        "Dec. 3=DATE:2026-12-03 | 1600 GMT=TIME:2026-12-03T16:00");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_infinitive_plan),
        cmocka_unit_test(test_infinitive_not_plan),
        cmocka_unit_test(test_weekend_set),
        cmocka_unit_test(test_plural_timetable),
        cmocka_unit_test(test_adjective_article),
        cmocka_unit_test(test_race_clock),
        cmocka_unit_test(test_month_of_that_year),
        cmocka_unit_test(test_live_stamp),
        cmocka_unit_test(test_past_clock_not_future_day),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
