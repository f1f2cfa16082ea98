/*
 * test_timex_gold26.c -- unit tests of the rules added after the
 * twenty-sixth gold batch (ordinary wire news, written blind) was scored:
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

/* "une quinzaine de jours" is a fortnight; "quinze jours" counts days,
 * and "il y a une quinzaine de jours" stays a day. */
static void test_fr_fortnight(void **state) {
    (void)state;
    assert_string_equal(tag("2031-03-10", FR, "Le chantier a pris une quinzaine de jours."),
                        "une quinzaine de jours=DURATION:P2W/APPROX");
    assert_string_equal(tag("2031-03-10", FR, "Le chantier a pris quinze jours."), "quinze jours=DURATION:P15D");
    assert_string_equal(tag("2031-03-10", FR, "Il est arrivé il y a une quinzaine de jours."),
                        "il y a une quinzaine de jours=DATE:2031-02-23/APPROX");
}

/* The end of a span a count measures is no date; the end of a named
 * period keeps its modifier. */
static void test_end_of_counted_span(void **state) {
    (void)state;
    assert_string_equal(tag("2031-03-10", FR, "L'accord met fin à la fin de trois ans de blocage."),
                        "trois ans=DURATION:P3Y");
    assert_string_equal(tag("2031-03-10", FR, "Le chantier s'achèvera à la fin de l'année."),
                        "la fin de l'année=DATE:2031/END");
    assert_string_equal(tag("2031-03-10", EN, "The deal marks the end of four years of talks."),
                        "four years=DURATION:P4Y");
}

/* Ages: the years a verb gives an age just named, and "de N ans" after
 * more nouns of persons; "reculer l'âge de deux ans" counts years. */
static void test_fr_ages(void **state) {
    (void)state;
    assert_string_equal(tag("2031-03-10", FR, "Dans la flotte, l'âge moyen des bateaux dépasse 30 ans."), "");
    assert_string_equal(tag("2031-03-10", FR, "Le marin de 44 ans est arrivé."), "");
    assert_string_equal(tag("2031-03-10", FR, "Le texte recule l'âge de départ de deux ans."),
                        "deux ans=DURATION:P2Y");
}

/* Hours of every week's weekday: a range of hours written as counts
 * after a weekday set ("le dimanche soir, entre 22 heures et 2 heures");
 * a dated Sunday keeps its day.  English "daily" right after a clock time.
 * 2031-06-14 is a Saturday. */
static void test_habit_hours(void **state) {
    (void)state;
    assert_string_equal(tag("2031-06-14", FR, "Les camions partaient le lundi soir, entre 21 heures et 3 heures."),
                        "le lundi soir=SET:XXXX-WXX-1TEV | 21 heures=TIME:XXXX-XX-XXT21:00 | "
                        "3 heures=TIME:XXXX-XX-XXT03:00");
    assert_string_equal(tag("2031-06-14", FR, "Le musée a ouvert dimanche de 10 heures à 18 heures."),
                        "dimanche=DATE:2031-06-08 | 10 heures=TIME:2031-06-08T10:00 | 18 heures=TIME:2031-06-08T18:00");
    assert_string_equal(tag("2031-06-14", EN, "The pools will stay open until 9 p.m. daily."),
                        "9 p.m.=TIME:XXXX-XX-XXT21:00 | daily=SET:P1D");
}

/* French "la nuit" of a past clause told on the morning after: the night
 * before the dispatch's day, and a small hour after it the next morning;
 * after an afternoon hour of the dispatch's day, that day's night.
 * 2031-09-30 is a Tuesday. */
static void test_fr_night_before(void **state) {
    (void)state;
    assert_string_equal(tag("2031-09-30", FR, "Des coulées de boue ont été signalées dans la nuit, la première à 3 h 10."),
                        "la nuit=TIME:2031-09-29TNI | 3 h 10=TIME:2031-09-30T03:10");
    assert_string_equal(tag("2031-09-30", FR, "Les fouilles ont commencé à 15 heures. Elles ont été suspendues pour la nuit."),
                        "15 heures=TIME:2031-09-30T15:00 | la nuit=TIME:2031-09-30TNI");
    assert_string_equal(tag("2031-09-30", FR, "Des orages sont attendus dans la nuit."), "la nuit=TIME:2031-09-30TNI");
}

/* A small hour after an evening hour of the same day told in its
 * sentence is on the morning after, and so is a later small hour after
 * it; an hour after midnight's T24:00 is left to the rules before.
 * 2029-07-17 is a Tuesday. */
static void test_small_hour_after_evening(void **state) {
    (void)state;
    assert_string_equal(tag("2029-07-17", FR, "Samedi, le bal débutera à 22 h 30 et finira vers 2 heures, et les bus rouleront jusqu'à 4 heures."),
                        "Samedi=DATE:2029-07-21 | 22 h 30=TIME:2029-07-21T22:30 | vers 2 heures=TIME:2029-07-22T02:00/APPROX | "
                        "4 heures=TIME:2029-07-22T04:00");
}

/* English: a year modifying a season of play ("the entire 2028 season";
 * not "2000 season tickets"); a holiday's name before its noun leaves the
 * article out ("the Fourth of July holiday"). */
static void test_en_modifiers(void **state) {
    (void)state;
    assert_string_equal(tag("2030-10-12", EN, "He sat out the whole 2029 season after surgery."), "2029=DATE:2029");
    assert_string_equal(tag("2030-10-12", EN, "The club sold 3000 season tickets."), "");
    assert_string_equal(tag("2031-06-28", EN, "Roads were busy over the Fourth of July holiday."),
                        "Fourth of July=DATE:2031-07-04");
}

/* "Aujourd'hui," opening its sentence or a quotation is nowadays; after
 * its verb, or before a past, the dispatch's day. */
static void test_fr_nowadays(void **state) {
    (void)state;
    assert_string_equal(tag("2029-03-20", FR, "« Aujourd'hui, nous exportons la moitié de nos vins », dit-il."),
                        "Aujourd'hui=TIME:PRESENT_REF");
    assert_string_equal(tag("2029-03-20", FR, "Le ministre se rend aujourd'hui à Brest."), "aujourd'hui=DATE:2029-03-20");
    assert_string_equal(tag("2029-03-20", FR, "« Aujourd'hui, la ville a perdu un grand maire », a dit son adjoint."),
                        "Aujourd'hui=DATE:2029-03-20");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fr_fortnight),
        cmocka_unit_test(test_end_of_counted_span),
        cmocka_unit_test(test_fr_ages),
        cmocka_unit_test(test_habit_hours),
        cmocka_unit_test(test_fr_night_before),
        cmocka_unit_test(test_small_hour_after_evening),
        cmocka_unit_test(test_en_modifiers),
        cmocka_unit_test(test_fr_nowadays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
