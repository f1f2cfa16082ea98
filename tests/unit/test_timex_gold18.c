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

/* An English weekday that dates the telling ("said Friday") after a day
 * an earlier sentence told, or a pluperfect's earlier past ("had halted
 * Sunday"), is an aside: a later clock time stays on the story's day.
 * In the sentence of the day it follows, an attribution moves the story
 * on.  2026-04-10 is a Friday. */
static void test_aside_weekdays(void **state) {
    (void)state;
    assert_string_equal(tag("2026-04-10", EN,
                            "The council voted Thursday night to close the plant.\n\n"
                            "The mayor said Friday that talks would go on. The vote was delayed until after "
                            "10 p.m. by a walkout."),
                        "Thursday night=TIME:2026-04-09TNI | Friday=DATE:2026-04-10 | 10 p.m.=TIME:2026-04-09T22:00");
    assert_string_equal(tag("2026-04-13", EN,
                            "She won the final Monday morning, ending a match that rain had halted Sunday afternoon.\n\n"
                            "She walked back on court at 9:15 a.m. with a set to play."),
                        "Monday morning=TIME:2026-04-13TMO | Sunday afternoon=TIME:2026-04-12TAF | "
                        "9:15 a.m.=TIME:2026-04-13T09:15");
    assert_string_equal(tag("2026-04-12", EN,
                            "A fire that broke out early Saturday has burned 400 hectares, officials said Sunday. "
                            "It was half contained by 6 a.m."),
                        "early Saturday=DATE:2026-04-11/START | Sunday=DATE:2026-04-12 | 6 a.m.=TIME:2026-04-12T06:00");
}

/* A habit told inside quoted speech does not make the attribution's clock
 * time a time of every day, nor does a habit of a relative clause make
 * the clock time of a passé composé one; a habit of the clause itself
 * still does.  2027-03-19 is a Friday. */
static void test_clock_not_habit(void **state) {
    (void)state;
    assert_string_equal(tag("2027-03-19", FR,
                            "« Il y pense chaque jour », a déclaré son avocat à la sortie de l'audience, vers 22 h 15."),
                        "chaque jour=SET:P1D | vers 22 h 15=TIME:2027-03-19T22:15/APPROX");
    assert_string_equal(tag("2027-03-19", FR,
                            "Le verdict a été rendu à 16 h 30 au palais, où la cour siège chaque mois."),
                        "16 h 30=TIME:2027-03-19T16:30 | chaque mois=SET:P1M");
    assert_string_equal(tag("2027-03-19", FR, "La cour siège chaque mois à 9 heures."),
                        "chaque mois=SET:P1M | 9 heures=TIME:XXXX-XX-XXT09:00");
}

/* "overnight" as an adverb and "all night": the night before in a past
 * clause of their own, else the coming one, or the night a morning told
 * before it ends; not the modifier ("the overnight rate") nor the idiom
 * of a negated clause.  "le week-end de la Pentecôte" is the weekend of
 * the holiday's week.  2026-04-13 is a Monday. */
static void test_nights_and_holiday_weekend(void **state) {
    (void)state;
    assert_string_equal(tag("2026-04-13", EN, "Divers searched overnight with lamps."), "overnight=TIME:2026-04-12TNI");
    assert_string_equal(tag("2026-04-13", EN, "She stayed awake all night."), "all night=TIME:2026-04-12TNI");
    assert_string_equal(tag("2026-04-13", EN, "More rain could fall overnight, forecasters said."),
                        "overnight=TIME:2026-04-13TNI");
    assert_string_equal(tag("2026-04-13", EN, "Trams run again by Thursday morning, as crews clear the lines overnight."),
                        "Thursday morning=TIME:2026-04-16TMO | overnight=TIME:2026-04-15TNI");
    assert_string_equal(tag("2026-04-13", EN, "The overnight rate rose."), "");
    assert_string_equal(tag("2026-04-13", EN, "Peace will not come overnight."), "");
    assert_string_equal(tag("2026-04-13", EN, "You can't build that overnight, he said."), "");
    assert_string_equal(tag("2026-04-13", EN, "They sat through an all-night session."), "");
    assert_string_equal(tag("2027-05-10", FR, "Les hôtels comptent sur le week-end de la Pentecôte."),
                        "le week-end de la Pentecôte=DATE:2027-W19-WE");
}

/* Race gaps in fractions of a second ("18 centièmes", not "trois
 * dixièmes de point"); "sept jours sur sept", "24 heures sur 24" every
 * week, every day; "huit sept" two numbers (after "les trois-huit"), not
 * fifteen, while "dix-sept", "quatre-vingt-dix-sept" stay one. */
static void test_fractions_and_round_the_clock(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-24", FR, "Elle devance sa rivale de 18 centièmes."),
                        "18 centièmes=DURATION:PT0.18S");
    assert_string_equal(tag("2027-01-24", FR, "Le chômage a reculé de trois dixièmes de point."), "");
    assert_string_equal(tag("2027-01-24", FR, "L'usine tourne en trois-huit sept jours sur sept et recrute."),
                        "sept jours sur sept=SET:P1W");
    assert_string_equal(tag("2027-01-24", FR, "Le standard répond 24 heures sur 24."), "24 heures sur 24=SET:P1D");
    assert_string_equal(tag("2027-01-24", FR, "Il a passé quatre-vingt-dix-sept jours en mer."),
                        "quatre-vingt-dix-sept jours=DURATION:P97D");
}

/* Durations with a comma between their units ("3 hours, 10 minutes",
 * "one hour, 14 minutes and 22 seconds") are one; "added up to" is the
 * verb, not a bound ("waits of up to 3 hours" is); "its Fourth of July
 * recess" names the holiday without "the". */
static void test_compound_extents(void **state) {
    (void)state;
    assert_string_equal(tag("2026-04-13", EN, "The delays added up to 3 hours, 10 minutes."),
                        "3 hours, 10 minutes=DURATION:PT3H10M");
    assert_string_equal(tag("2026-04-13", EN, "She won in one hour, 14 minutes and 22 seconds."),
                        "one hour, 14 minutes and 22 seconds=DURATION:PT1H14M22S");
    assert_string_equal(tag("2026-04-13", EN, "Waits of up to 3 hours are common."),
                        "up to 3 hours=DURATION:PT3H/EQUAL_OR_LESS");
    assert_string_equal(tag("1997-06-26", EN, "Congress leaves for its Fourth of July recess."),
                        "Fourth of July=DATE:1997-07-04");
}

/* "since the fall" at a clause's end is the season (the last one in a
 * past clause); "the fall of the dollar" is no time. */
static void test_the_fall(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-08", EN, "Sales have slipped since the fall, the producers said."),
                        "the fall=DATE:2026-FA");
    assert_string_equal(tag("2027-01-08", EN, "Prices rose after the fall of the dollar."), "");
}

/* "on a Saturday night", "on a Sunday": any such day, not the last one. */
static void test_indefinite_weekday(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-08", EN, "We would close while the house was full on a Saturday night."),
                        "Saturday night=SET:XXXX-WXX-6TNI");
    assert_string_equal(tag("2027-01-08", EN, "The show closed on Saturday night."),
                        "Saturday night=TIME:2027-01-02TNI");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stamp_after_night_evening),
        cmocka_unit_test(test_aside_weekdays),
        cmocka_unit_test(test_clock_not_habit),
        cmocka_unit_test(test_nights_and_holiday_weekend),
        cmocka_unit_test(test_fractions_and_round_the_clock),
        cmocka_unit_test(test_compound_extents),
        cmocka_unit_test(test_the_fall),
        cmocka_unit_test(test_indefinite_weekday),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
