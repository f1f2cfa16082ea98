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

/* A rate's counted things may be told after "of" ("barrels of crude a
 * day", "hours of driving a day", "thousands of dollars a week"); "a
 * year ago" stays a date. */
static void test_rate_of(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-05", EN, "The field pumps 50,000 barrels of crude a day."), "a day=SET:P1D");
    assert_string_equal(tag("2026-06-05", EN, "Drivers may log 11 hours of driving a day."),
                        "11 hours=DURATION:PT11H | a day=SET:P1D");
    assert_string_equal(tag("2026-06-05", EN, "The ban costs farmers thousands of dollars a week."), "a week=SET:P1W");
    assert_string_equal(tag("2026-06-05", EN, "Prices of grain rose sharply a year ago."), "a year ago=DATE:2025");
    /* "after" a count is no span of the unit's own */
    assert_string_equal(tag("2026-06-05", EN, "Drivers may log 11 hours of driving a day after 10 hours off duty."),
                        "11 hours=DURATION:PT11H | a day=SET:P1D | 10 hours=DURATION:PT10H");
}

/* A game clock ("8:14 into the second overtime", "1:12 left", "at 4:21
 * of the third period") is no time of day; a clock after "at" still is. */
static void test_game_clock(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-05", EN, "Ortiz scored 8:14 into the second overtime."), "");
    assert_string_equal(tag("2026-06-05", EN, "Ortiz tied it with 1:12 left in regulation."), "");
    assert_string_equal(tag("2026-06-05", EN, "Ortiz scored at 4:21 of the third period."), "");
    assert_string_equal(tag("2026-06-05", EN, "The hearing began at 9:40 and ran late."), "9:40=TIME:2026-06-05T09:40");
}

/* A small hour after a night named by its first day is on the morning
 * that night ends in; an evening hour stays on the night's day.
 * 2028-05-12 is a Friday. */
static void test_small_hour_after_night(void **state) {
    (void)state;
    assert_string_equal(tag("2028-05-12", EN,
                            "Boston won in triple overtime Wednesday night. The game ended at 1:05 a.m."),
                        "Wednesday night=TIME:2028-05-10TNI | 1:05 a.m.=TIME:2028-05-11T01:05");
    assert_string_equal(tag("2028-05-12", EN,
                            "Boston won in triple overtime Wednesday night. The game began at 7:05 p.m."),
                        "Wednesday night=TIME:2028-05-10TNI | 7:05 p.m.=TIME:2028-05-10T19:05");
}

/* A month with no year, in the past clause of a sentence that opens on a
 * past year ("Last year, ...", "In 1994, ...", "En 2019, ..."), is of
 * that year; a future clause's is not.  1995-07-07 is a Friday. */
static void test_year_frame(void **state) {
    (void)state;
    assert_string_equal(tag("1995-07-07", EN, "Last year, the council passed its budget on July 2."),
                        "Last year=DATE:1994 | July 2=DATE:1994-07-02");
    assert_string_equal(tag("1995-07-07", EN, "In 1993, the council passed its budget in March."),
                        "1993=DATE:1993 | March=DATE:1993-03");
    assert_string_equal(tag("2021-07-07", FR, "En 2019, la saison avait débuté le 30 avril."),
                        "2019=DATE:2019 | le 30 avril=DATE:2019-04-30");
    assert_string_equal(tag("1995-07-07", EN, "The council passed its budget last year and will meet in March."),
                        "last year=DATE:1994 | March=DATE:1996-03");
}

/* A month or season alone, in a present clause of a sentence telling a
 * habit (a set, or an adverb of habit), is of every year; not one that
 * bounds a single span ("every month since July"), nor a part of one
 * after an adverb ("usually peaks in late summer"). */
static void test_generic_months(void **state) {
    (void)state;
    assert_string_equal(tag("2029-10-12", EN, "Founded in 1901, the choir tours widely and its season usually runs from October to June."),
                        "1901=DATE:1901 | October=SET:XXXX-10 | June=SET:XXXX-06");
    assert_string_equal(tag("2002-11-19", FR, "La grippe touche chaque année des milliers de personnes, surtout en hiver."),
                        "chaque année=SET:P1Y | hiver=SET:XXXX-WI");
    assert_string_equal(tag("2026-01-09", EN, "The index has fallen every month since July."),
                        "every month=SET:P1M | July=DATE:2025-07");
    assert_string_equal(tag("2025-08-01", EN, "Cases usually peak in late summer, doctors say."),
                        "late summer=DATE:2025-SU/END");
    assert_string_equal(tag("2029-10-12", EN, "The choir will tour from October to June."),
                        "October=DATE:2029-10 | June=DATE:2030-06");
}

/* "la veille de X", "the day before X" in apposition to the day just
 * told are that day; alone (the event's day unknown) they stay untagged.
 * "the night before" ending its phrase is the night of the day before
 * the one told, and "7 p.m. the evening before" one TIME.  2032-02-27 is
 * a Friday. */
static void test_day_before(void **state) {
    (void)state;
    assert_string_equal(tag("2032-02-27", FR, "La banque l'a annoncé jeudi, à la veille de l'ouverture du sommet."),
                        "jeudi=DATE:2032-02-26 | la veille=DATE:2032-02-26");
    assert_string_equal(tag("2032-02-27", FR, "Il est arrivé à la veille de l'élection."), "");
    assert_string_equal(tag("2029-10-12", EN, "The players struck on Sept. 6, the day before the opening concert."),
                        "Sept. 6=DATE:2029-09-06 | the day before=DATE:2029-09-06");
    assert_string_equal(tag("2029-10-12", EN, "The dam broke on Oct. 3. Heavy rain had fallen the night before."),
                        "Oct. 3=DATE:2029-10-03 | the night before=TIME:2029-10-02TNI");
    assert_string_equal(tag("2029-10-12", EN, "The dam broke on Oct. 3. The warning came at 7 p.m. the evening before."),
                        "Oct. 3=DATE:2029-10-03 | 7 p.m. the evening before=TIME:2029-10-02T19:00");
}

/* French look-alikes and misses: Roman centuries before siècle; an age
 * after a person noun in -éen; a capitalised unit of a name ("les
 * Journées du patrimoine"); "aujourd'hui" before a participle it
 * qualifies, after no verb, is nowadays. */
static void test_french_words(void **state) {
    (void)state;
    assert_string_equal(tag("2028-09-18", FR, "Une chapelle du XIIIe siècle et un retable du XVe siècle."),
                        "XIIIe siècle=DATE:12 | XVe siècle=DATE:14");
    assert_string_equal(tag("2028-09-18", FR, "Un collégien et une lycéenne de 15 ans de Vichy ont été blessés."), "");
    assert_string_equal(tag("2028-09-18", FR, "Le château ouvrira lors des Journées européennes du patrimoine."), "");
    assert_string_equal(tag("2028-09-18", FR, "Les fresques, aujourd'hui restaurées, datent du XIVe siècle."),
                        "aujourd'hui=TIME:PRESENT_REF | XIVe siècle=DATE:13");
    assert_string_equal(tag("2028-09-18", FR, "Le ministre a aujourd'hui annoncé sa démission."),
                        "aujourd'hui=DATE:2028-09-18");
}

/* "the new fiscal year" is the one just begun or about to begin, named by
 * the year it ends in, and "the fiscal year" after it the same; an old
 * dateline's "19 nov (AFP)" is a date. */
static void test_fiscal_and_dateline(void **state) {
    (void)state;
    assert_string_equal(tag("2011-07-08", EN, "The state is a week into the new fiscal year. Bills of the fiscal year are due."),
                        "a week=DURATION:P1W | the new fiscal year=DATE:2012 | the fiscal year=DATE:2012");
    assert_string_equal(tag("2011-02-08", EN, "The agency is four months into the new fiscal year."),
                        "four months=DURATION:P4M | the new fiscal year=DATE:2011");
    assert_string_equal(tag("2002-11-19", FR, "LYON, 19 nov (AFP) - La campagne commence."), "19 nov=DATE:2002-11-19");
}

/* "hours after the vote" counts an unknown number of hours; not after a
 * determiner or a count ("the hours after", "20 trading hours before").
 * "in morning trading" is that part of the story's day.  2027-03-10 is a
 * Wednesday. */
static void test_bare_hours_and_trading(void **state) {
    (void)state;
    assert_string_equal(tag("2027-03-10", EN, "The bill was signed hours after the Senate vote."), "hours=DURATION:PTXH");
    assert_string_equal(tag("2027-03-10", EN, "Crowds gathered in the hours after the vote."), "");
    assert_string_equal(tag("2027-03-10", EN, "The shares fell 3 percent in morning trading."),
                        "morning=TIME:2027-03-10TMO");
}

/* The month an event is put off to is to come ("postponed to a meeting
 * in late June", "repoussée à mars"); "moved to eight meetings a
 * year in January" puts nothing off. */
static void test_deferred_month(void **state) {
    (void)state;
    assert_string_equal(tag("2003-12-19", EN, "The ministers left, with the decision postponed to a meeting in June."),
                        "June=DATE:2004-06");
    assert_string_equal(tag("2020-06-10", FR, "La finale a \u00e9t\u00e9 repouss\u00e9e \u00e0 mars."), "mars=DATE:2021-03");
    assert_string_equal(tag("2024-03-10", EN, "The bank moved to eight meetings a year in January."),
                        "a year=SET:P1Y | January=DATE:2024-01");
}

/* A range of clock times told after a range of days in its sentence is
 * the hours of every day of it, not of the last day; with one day named,
 * that day's. */
static void test_days_then_hours(void **state) {
    (void)state;
    assert_string_equal(tag("2002-11-19", FR, "Le salon se tiendra du 3 au 9 mars, de 10 heures \u00e0 19 heures."),
                        "3=DATE:2003-03-03 | 9 mars=DATE:2003-03-09 | 10 heures=TIME:XXXX-XX-XXT10:00 | "
                        "19 heures=TIME:XXXX-XX-XXT19:00");
    assert_string_equal(tag("2002-11-19", EN, "The fair runs from March 3 to March 9, from 10 a.m. to 7 p.m."),
                        "March 3=DATE:2003-03-03 | March 9=DATE:2003-03-09 | 10 a.m.=TIME:XXXX-XX-XXT10:00 | "
                        "7 p.m.=TIME:XXXX-XX-XXT19:00");
    assert_string_equal(tag("2002-11-19", FR, "Le salon ouvrira le 9 mars, de 10 heures \u00e0 19 heures."),
                        "le 9 mars=DATE:2003-03-09 | 10 heures=TIME:2003-03-09T10:00 | 19 heures=TIME:2003-03-09T19:00");
}

/* A quoted "today" is the day its attribution names ("... said
 * Thursday" after the closing mark, or ending the sentence before the
 * quotation); with no weekday, the dispatch's day.  2026-06-05 is a
 * Friday. */
static void test_quoted_today(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-05", EN, "\"Today is a good day for the town,\" the mayor said Thursday."),
                        "Today=DATE:2026-06-04 | Thursday=DATE:2026-06-04");
    assert_string_equal(tag("2026-06-05", EN, "The widow said on the steps Wednesday. \"Today the truth came out.\""),
                        "Wednesday=DATE:2026-06-03 | Today=DATE:2026-06-03");
    assert_string_equal(tag("2026-06-05", EN, "\"We vote today,\" the mayor said."), "today=DATE:2026-06-05");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronominal_perfect),
        cmocka_unit_test(test_rate_of),
        cmocka_unit_test(test_game_clock),
        cmocka_unit_test(test_small_hour_after_night),
        cmocka_unit_test(test_year_frame),
        cmocka_unit_test(test_generic_months),
        cmocka_unit_test(test_day_before),
        cmocka_unit_test(test_french_words),
        cmocka_unit_test(test_fiscal_and_dateline),
        cmocka_unit_test(test_bare_hours_and_trading),
        cmocka_unit_test(test_deferred_month),
        cmocka_unit_test(test_days_then_hours),
        cmocka_unit_test(test_quoted_today),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
