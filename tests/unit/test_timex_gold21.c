/*
 * test_timex_gold21.c -- unit tests of the rules added after the
 * twenty-first gold batch (ordinary wire news, written blind) was scored:
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

/* A race time spelt out in three units with commas is one duration. */
static void test_three_unit_duration(void **state) {
    (void)state;
    assert_string_equal(tag("2029-11-05", EN, "She won in 2 hours, 19 minutes, 12 seconds."),
                        "2 hours, 19 minutes, 12 seconds=DURATION:PT2H19M12S");
}

/* "all year": this year, "all" in the extent; not the habit "all year
 * round" nor the adjective "all-year". */
static void test_all_year(void **state) {
    (void)state;
    assert_string_equal(tag("2029-11-05", EN, "Prices climbed all year."), "all year=DATE:2029");
    assert_string_equal(tag("2029-11-05", EN, "The park is open all year round."), "");
    assert_string_equal(tag("2029-11-05", EN, "He bought an all-year pass."), "");
}

/* "the day after Thanksgiving", "the day before Christmas": the
 * holiday's day moved by one, one expression. */
static void test_day_after_holiday(void **state) {
    (void)state;
    assert_string_equal(tag("2001-11-15", EN, "Stores will open early on the day after Thanksgiving."),
                        "the day after Thanksgiving=DATE:2001-11-23");
    assert_string_equal(tag("2001-11-15", EN, "The office closes the day before Christmas."),
                        "the day before Christmas=DATE:2001-12-24");
}

/* "le jour de l'An": New Year's Day, as "le Nouvel An". */
static void test_jour_de_l_an(void **state) {
    (void)state;
    assert_string_equal(tag("2030-12-31", FR, "Les secours resteront sur place jusqu'au jour de l'An."),
                        "jour de l'An=DATE:2031-01-01");
    assert_string_equal(tag("2030-12-31", FR, "Le jour de l'An 2020, il neigeait."), "Le jour de l'An 2020=DATE:2020-01-01");
    /* ("un jour de l'an dernier" is a day of last year) */
    assert_null(strstr(tag("2030-12-31", FR, "Un jour de l'an dernier, il neigeait."), "01-01"));
}

/* "the new year" (lower case): the year about to begin, told from
 * September, else the one begun; not a possessive. */
static void test_the_new_year(void **state) {
    (void)state;
    assert_string_equal(tag("2027-12-31", EN, "Several laws take effect with the new year."), "the new year=DATE:2028");
    assert_string_equal(tag("2028-01-04", EN, "Several laws took effect with the new year."), "the new year=DATE:2028");
    assert_string_equal(tag("2027-12-31", EN, "They debated the new year's budget."), "");
}

/* An English clock time in a clause with no verb after commas takes the
 * sentence's past: it stays on the story's day, not the dispatch's.
 * 2029-11-05 is a Monday. */
static void test_clock_sentence_past(void **state) {
    (void)state;
    const char *s = tag("2029-11-05", EN,
                        "NEW YORK - She won the race on Sunday.\n\n"
                        "Officials said 5,000 runners finished, a record, under clear skies at 8 a.m. sharp.\n");
    assert_non_null(strstr(s, "8 a.m.=TIME:2029-11-04T08:00"));
}

/* ... and after the end of a span told since the lead's day, a past
 * clause's clock time is still on that day.  1996-09-25 is a
 * Wednesday. */
static void test_clock_after_span_end(void **state) {
    (void)state;
    const char *s = tag("1996-09-25", EN,
                        "WASHINGTON - The Senate late Tuesday approved a bill that would keep agencies running "
                        "through Oct. 31.\n\nThe vote came shortly after 10 p.m.\n");
    assert_non_null(strstr(s, "10 p.m.=TIME:1996-09-24T22:00"));
}

/* A bare plural weekday is every such day, as after "on". */
static void test_bare_plural_weekday(void **state) {
    (void)state;
    assert_string_equal(tag("2031-05-01", EN, "The clinics will be open Saturdays."), "Saturdays=SET:XXXX-WXX-6");
}

/* The first end of a range of hours shares the second's a.m. or p.m.;
 * counts that are no hours stay untagged. */
static void test_hour_range_first_end(void **state) {
    (void)state;
    assert_string_equal(tag("2031-05-01", EN, "Visitors at the clinic on April 26 between 2 and 5 p.m. were exposed."),
                        "April 26=DATE:2031-04-26 | 2=TIME:2031-04-26T14:00 | 5 p.m.=TIME:2031-04-26T17:00");
    assert_string_equal(tag("2031-05-01", EN, "Children between 1 and 12 were vaccinated."), "");
    assert_string_equal(tag("2031-05-01", EN, "Growth will be between two and three pct."), "");
}

/* An English clock time in a future clause is not on a past day told in
 * an earlier sentence: the dispatch's (a live report's entries aside). */
static void test_future_clock_not_past_day(void **state) {
    (void)state;
    const char *s = tag("2025-07-14", EN,
                        "Demand set a record last night at 9:40. Data are due to be released at 4 p.m.");
    assert_non_null(strstr(s, "4 p.m.=TIME:2025-07-14T16:00"));
}

/* A capitalised unit after a capitalised number word is a title's; a
 * count opening a sentence keeps its unit in lower case. */
static void test_title_count(void **state) {
    (void)state;
    assert_string_equal(tag("2029-03-22", FR, "La Cour s'ouvrira sur \u00ab Les Sept Jours d'Alexandrie \u00bb, une fresque."),
                        "");
    assert_string_equal(tag("2029-03-22", FR, "Sept jours plus tard, il est parti."), "Sept jours=DURATION:P7D");
}

/* A clock time or a named day used as a modifier of a noun leaves the
 * article to the noun. */
static void test_modifier_article(void **state) {
    (void)state;
    assert_string_equal(tag("2027-12-31", EN, "Runners lined up for the 8 a.m. start."), "8 a.m.=TIME:2027-12-31T08:00");
    assert_string_equal(tag("2027-12-31", EN, "Crowds gathered for the New Year's Eve fireworks."),
                        "New Year's Eve=DATE:2027-12-31");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_three_unit_duration),
        cmocka_unit_test(test_all_year),
        cmocka_unit_test(test_day_after_holiday),
        cmocka_unit_test(test_jour_de_l_an),
        cmocka_unit_test(test_the_new_year),
        cmocka_unit_test(test_clock_sentence_past),
        cmocka_unit_test(test_clock_after_span_end),
        cmocka_unit_test(test_bare_plural_weekday),
        cmocka_unit_test(test_hour_range_first_end),
        cmocka_unit_test(test_future_clock_not_past_day),
        cmocka_unit_test(test_title_count),
        cmocka_unit_test(test_modifier_article),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
