/*
 * test_timex_gold20.c -- unit tests of the rules added after the
 * twentieth gold batch (ordinary wire news, written blind) was scored:
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

/* A trailing "environ" is the duration's approximation, in its extent;
 * not before another count.  "at most" is no more than. */
static void test_trailing_environ_at_most(void **state) {
    (void)state;
    assert_string_equal(tag("2027-05-04", FR, "Les travaux dureront un mois environ."),
                        "un mois environ=DURATION:P1M/APPROX");
    assert_string_equal(tag("2027-05-04", FR, "La fouille a duré deux heures environ 300 personnes attendaient."),
                        "deux heures=DURATION:PT2H");
    assert_string_equal(tag("2027-05-04", EN, "Rides will last at most 45 minutes."),
                        "at most 45 minutes=DURATION:PT45M/EQUAL_OR_LESS");
}

/* A quoted "tonight" is the speaker's night: a small hour the story tells
 * after it stays on the dispatch's morning; a night the story names by
 * its first day still ends in the day after.  1997-04-02 is a
 * Wednesday. */
static void test_quoted_tonight(void **state) {
    (void)state;
    const char *s = tag("1997-04-02", EN,
                        "\"Tonight they said so.\" His rival conceded around 12:30 a.m. at the union hall.");
    assert_non_null(strstr(s, "around 12:30 a.m.=TIME:1997-04-02T00:30/APPROX"));
    assert_string_equal(tag("1997-04-02", EN, "The Sharks won Tuesday night in a game that finished at 12:41 a.m."),
                        "Tuesday night=TIME:1997-04-01TNI | 12:41 a.m.=TIME:1997-04-02T00:41");
}

/* "all summer": the season its clause's tense places, "all" in the
 * extent. */
static void test_all_season(void **state) {
    (void)state;
    assert_string_equal(tag("2027-08-22", EN, "We have been chasing them all summer."), "all summer=DATE:2027-SU");
}

/* A range of two bare months holding the dispatch's month, in a present
 * clause naming no year, is of every year; wholly to come, or with a
 * year, one year's. */
static void test_month_range(void **state) {
    (void)state;
    assert_string_equal(tag("2030-07-18", EN, "Most bites occur between May and August."),
                        "May=SET:XXXX-05 | August=SET:XXXX-08");
    assert_string_equal(tag("2030-03-11", EN, "Beans are available for shipment from May to July."),
                        "May=DATE:2030-05 | July=DATE:2030-07");
    assert_null(strstr(tag("2030-07-18", EN, "Most bites occur between May and August, the 2029 report says."), "SET"));
}

/* A bare year the subject of a singular copula is a year ("« 2007 a été
 * une très bonne année", "2026 was a record year"); not a plural count
 * nor the number of a name. */
static void test_year_subject(void **state) {
    (void)state;
    assert_string_equal(tag("2008-02-29", FR, "\u00ab 2007 a \u00e9t\u00e9 une tr\u00e8s bonne ann\u00e9e \u00bb, a-t-il dit."),
                        "2007=DATE:2007");
    assert_string_equal(tag("2027-01-12", EN, "He said 2026 was a record year."), "2026=DATE:2026");
    assert_string_equal(tag("2027-01-12", EN, "About 2000 were arrested."), "");
    assert_string_equal(tag("2027-01-12", FR, "La Super Seven 1600 est vendue 38 000 euros."), "");
}

/* A clock time of a past clause after a day to come was told stays on
 * the lead's day, when that day is on or before the dispatch's (the
 * story's day), not the dispatch's.  2027-11-16 is a Tuesday. */
static void test_past_clock_lead_day(void **state) {
    (void)state;
    const char *txt = "The board voted 5-2 Monday night to close the school.\n\n"
                      "Students will hold their last classes on June 9.\n\n"
                      "The meeting, which began at 6 p.m., ran past 11 p.m.\n";
    assert_string_equal(tag("2027-11-16", EN, txt),
                        "Monday night=TIME:2027-11-15TNI | June 9=DATE:2028-06-09 | 6 p.m.=TIME:2027-11-15T18:00 | "
                        "11 p.m.=TIME:2027-11-15T23:00");
    /* the lead on the dispatch's day keeps it there */
    const char *txt2 = "The company raised its forecast on Tuesday.\n\n"
                       "Holders approved a split on Oct. 14, and the shares will trade on Dec. 3.\n\n"
                       "The shares were up 9% by 10:30 a.m.\n";
    assert_non_null(strstr(tag("2027-11-16", EN, txt2), "10:30 a.m.=TIME:2027-11-16T10:30"));
}

/* A day a span runs since, over a week gone, is no day the story is on:
 * a later clock time stays on the day told before it.  2027-08-22 is a
 * Sunday. */
static void test_since_no_anchor(void **state) {
    (void)state;
    const char *txt = "The Mariners beat the Astros on Saturday night.\n\n"
                      "Oshiro has not lost since July 4.\n\n"
                      "The game ended at 10:58 p.m.\n";
    assert_non_null(strstr(tag("2027-08-22", EN, txt), "10:58 p.m.=TIME:2027-08-21T22:58"));
}

/* A quoted "tonight", "ce soir" in a past clause of a dispatch told the
 * day after its lead's day is that day's night or evening; a small hour
 * after it is the morning that night ends in.  2030-12-16 is a Monday,
 * 1997-04-02 a Wednesday. */
static void test_quoted_tonight_lead_day(void **state) {
    (void)state;
    assert_string_equal(tag("2030-12-16", FR,
                            "Les Bleues ont gagn\u00e9 la finale dimanche soir.\n\n"
                            "\u00ab \u00c7a s'est vu ce soir \u00bb, a d\u00e9clar\u00e9 le s\u00e9lectionneur.\n"),
                        "dimanche soir=TIME:2030-12-15TEV | ce soir=TIME:2030-12-15TEV");
    const char *s = tag("1997-04-02", EN,
                        "Marsh won the election on Tuesday.\n\n\"Tonight they said so,\" Marsh said.\n\n"
                        "Her rival conceded around 12:30 a.m.\n");
    assert_non_null(strstr(s, "Tonight=TIME:1997-04-01TNI"));
    assert_non_null(strstr(s, "around 12:30 a.m.=TIME:1997-04-02T00:30/APPROX"));
    /* a future clause keeps the dispatch's night */
    assert_non_null(strstr(tag("1997-04-02", EN, "Marsh won the election on Tuesday. \"Tonight we will party,\" she said."),
                           "Tonight=TIME:1997-04-02TNI"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trailing_environ_at_most),
        cmocka_unit_test(test_quoted_tonight),
        cmocka_unit_test(test_all_season),
        cmocka_unit_test(test_month_range),
        cmocka_unit_test(test_year_subject),
        cmocka_unit_test(test_past_clock_lead_day),
        cmocka_unit_test(test_since_no_anchor),
        cmocka_unit_test(test_quoted_tonight_lead_day),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
