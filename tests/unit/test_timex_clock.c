/*
 * test_timex_clock.c -- unit tests of clock times in ranges and after
 * the prepositions that make "N heures" a time of day rather than a
 * count of hours: "à partir de 16 heures", "vers 16 heures", "entre 22
 * heures et 6 heures", "de 22h à 6h", "from 10 p.m. to 6 a.m." (an end
 * before its start is on the next day); and a year before "pour" that
 * is no rate.  The sentences are written for these tests.
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

/* 2025-12-31 is a Wednesday. */
static void test_time_of_day_after_preposition(void **state) {
    (void)state;
    assert_string_equal(tag("2025-12-31", FR, "Le vent soufflera à partir de 16 heures."),
                        "16 heures=TIME:2025-12-31T16:00");
    assert_string_equal(tag("2025-12-31", FR, "Les secours sont arrivés vers 16 heures."),
                        "vers 16 heures=TIME:2025-12-31T16:00/APPROX");
    assert_string_equal(tag("2025-12-31", FR, "Les secours sont arrivés vers 16h."),
                        "vers 16h=TIME:2025-12-31T16:00/APPROX");
    /* a count of hours stays one */
    assert_string_equal(tag("2025-12-31", FR, "Il a parlé pendant 16 heures."), "16 heures=DURATION:PT16H");
    assert_string_equal(tag("2025-12-31", FR, "Le train a subi un retard de 16 heures."),
                        "16 heures=DURATION:PT16H");
    assert_string_equal(tag("2025-12-31", FR, "Comptez entre deux et trois heures de route."),
                        "trois heures=DURATION:PT3H");
    assert_string_equal(tag("2025-12-31", FR, "Le trajet de 3 heures à pied les a épuisés."),
                        "3 heures=DURATION:PT3H");
}

static void test_clock_ranges(void **state) {
    (void)state;
    assert_string_equal(tag("2025-12-31", FR, "Ne sortez pas entre 22 heures et 6 heures."),
                        "22 heures=TIME:2025-12-31T22:00 | 6 heures=TIME:2026-01-01T06:00");
    assert_string_equal(tag("2025-12-31", FR, "Le pont sera fermé de 22 heures à 6 heures."),
                        "22 heures=TIME:2025-12-31T22:00 | 6 heures=TIME:2026-01-01T06:00");
    assert_string_equal(tag("2025-12-31", FR, "Le pont sera fermé de 22h à 6h."),
                        "22h=TIME:2025-12-31T22:00 | 6h=TIME:2026-01-01T06:00");
    /* an end after the start: the same day */
    assert_string_equal(tag("2025-12-31", FR, "La séance a duré de 14h à 16h30."),
                        "14h=TIME:2025-12-31T14:00 | 16h30=TIME:2025-12-31T16:30");
    assert_string_equal(tag("2025-12-31", FR, "Le guichet ouvre entre 8 heures et 10 heures."),
                        "8 heures=TIME:2025-12-31T08:00 | 10 heures=TIME:2025-12-31T10:00");
    assert_string_equal(tag("2025-12-31", EN, "The curfew runs from 10 p.m. to 6 a.m."),
                        "10 p.m.=TIME:2025-12-31T22:00 | 6 a.m.=TIME:2026-01-01T06:00");
    /* a day named for the start carries the range */
    assert_string_equal(tag("2025-12-31", FR, "La route sera coupée samedi de 23 heures à 5 heures."),
                        "samedi=DATE:2026-01-03 | 23 heures=TIME:2026-01-03T23:00 | 5 heures=TIME:2026-01-04T05:00");
    /* the next day is the range's end only: a later clock time is on
     * the day told */
    assert_string_equal(tag("2025-12-31", FR, "Le pont sera fermé de 22h à 6h. Le préfet s'exprimera à 18h."),
                        "22h=TIME:2025-12-31T22:00 | 6h=TIME:2026-01-01T06:00 | 18h=TIME:2025-12-31T18:00");
    /* two clock times that are no range */
    assert_string_equal(tag("2025-12-31", FR, "Le premier train part à 22h, le dernier à 6h."),
                        "22h=TIME:2025-12-31T22:00 | 6h=TIME:2025-12-31T06:00");
}

/* An English clock time followed by its day, across the words of a time
 * zone: the day named after it, not the last one told. */
static void test_clock_then_its_day_english(void **state) {
    (void)state;
    /* 2025-06-30 is a Monday */
    assert_string_equal(tag("2025-06-30", EN, "The summit ends on Tuesday evening. Leaders will dine at 8 p.m. tonight."),
                        "Tuesday evening=TIME:2025-07-01TEV | 8 p.m.=TIME:2025-06-30T20:00 | tonight=TIME:2025-06-30TNI");
    assert_string_equal(tag("2026-02-09", EN, "Orbita spoke on Monday. Sales open at 9 a.m. Pacific time on March 30."),
                        "Monday=DATE:2026-02-09 | 9 a.m.=TIME:2026-03-30T09:00 | March 30=DATE:2026-03-30");
    /* a zone's word alone makes no 24-hour clock */
    assert_string_equal(tag("2025-06-30", EN, "Trading resumes at 1600 GMT."), "1600 GMT=TIME:2025-06-30T16:00");
    assert_null(strstr(tag("2025-06-30", EN, "The 1600 local councils met."), "TIME"));
}

/* A French clock time in a future clause is not placed on a past date of
 * an earlier sentence, but on the last date told to come (or the
 * dispatch's); a past clause keeps the date told. */
static void test_future_clock_anchor(void **state) {
    (void)state;
    /* 2026-08-21 is a Friday */
    assert_string_equal(tag("2026-08-21", FR,
                            "La ville fête samedi sa libération du 25 août 1944. La cérémonie commencera à 10 heures."),
                        "samedi=DATE:2026-08-22 | 25 août 1944=DATE:1944-08-25 | 10 heures=TIME:2026-08-22T10:00");
    assert_string_equal(tag("2026-08-21", FR, "La ville fut libérée le 25 août 1944. Les chars sont entrés à 10 heures."),
                        "le 25 août 1944=DATE:1944-08-25 | 10 heures=TIME:1944-08-25T10:00");
}

/* A number before "pour cent" is a rate, before "pour" anything else a
 * year may stand. */
static void test_year_before_pour(void **state) {
    (void)state;
    assert_string_equal(tag("2026-08-21", FR, "Il a travaillé en mars 2019 pour la mairie."), "mars 2019=DATE:2019-03");
    assert_string_equal(tag("2026-08-21", FR, "Le musée, fermé depuis septembre 2025 pour travaux, rouvrira."),
                        "septembre 2025=DATE:2025-09");
    assert_string_equal(tag("2026-08-21", FR, "Les prix ont monté de 2025 pour cent en 2019."), "2019=DATE:2019");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_of_day_after_preposition),
        cmocka_unit_test(test_clock_ranges),
        cmocka_unit_test(test_year_before_pour),
        cmocka_unit_test(test_clock_then_its_day_english),
        cmocka_unit_test(test_future_clock_anchor),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
