/*
 * test_timex_news4.c -- unit tests of the phenomena the fourth batch of
 * invented dispatches (tests/data/timex-gold, fr-15..20, en-15..20)
 * showed the tagger getting wrong, fixed as general rules: the extent of
 * a span after "in", rates ("$21 an hour"), quarters and halves without
 * a year near a year end, seasons after more prepositions, French
 * frequencies ("deux fois par jour") and demonstratives ("ce vendredi").
 * The sentences are
 * written for these tests, not taken from the gold files.
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

/* "in" before a count of units is no part of the expression, whether it
 * is a duration ("the highest in five years") or a date to come ("will
 * reopen in two weeks"), as TimeBank marks it. */
static void test_in_outside(void **state) {
    (void)state;
    assert_string_equal(tag("2026-05-04", EN, "Wheat prices hit their highest level in five years."),
                        "five years=DURATION:P5Y");
    assert_string_equal(tag("2026-05-04", EN, "The bridge will reopen in two weeks."), "two weeks=DATE:2026-05-18");
}

/* "a|an UNIT" after a count, a price or a quantity is a rate, a set;
 * alone, or before "ago", "earlier", "of", it counts one unit. */
static void test_rates(void **state) {
    (void)state;
    assert_string_equal(tag("2026-05-04", EN, "Cleaners earn $14 an hour at the plant."), "an hour=SET:PT1H");
    assert_string_equal(tag("2026-05-04", EN, "The field pumps 40,000 barrels a day."), "a day=SET:P1D");
    assert_string_equal(tag("2026-05-04", EN, "The council holds six meetings a year."), "a year=SET:P1Y");
    assert_string_equal(tag("2026-05-04", EN, "Rents rose 2 pct a month."), "a month=SET:P1M");
    /* one unit, a span */
    assert_string_equal(tag("2026-05-04", EN, "The council met for a year."), "a year=DURATION:P1Y");
    assert_string_equal(tag("2026-05-04", EN, "It paid 12 dlrs a share, against 9 dlrs a year earlier."),
                        "a year earlier=DATE:2025");
    assert_string_equal(tag("2026-05-04", EN, "Union members held 14 rallies a week before the vote."),
                        "a week=DURATION:P1W");
}

/* A quarter or half without a year: told in the future after it has
 * ended, the next year's; told without tense, the nearest one (the
 * coming first half in late December, the fourth quarter just ended in
 * March); a fiscal one keeps the year as named. */
static void test_period_nearest(void **state) {
    (void)state;
    assert_string_equal(tag("2025-12-30", EN, "The mill will reopen in the first quarter."),
                        "the first quarter=DATE:2026-Q1");
    assert_string_equal(tag("2025-12-30", FR, "Les courtiers tablent sur une baisse au premier semestre."),
                        "premier semestre=DATE:2026-H1");
    assert_string_equal(tag("2026-03-10", EN, "Norland fourth quarter trade surplus narrows"),
                        "fourth quarter=DATE:2025-Q4");
    assert_string_equal(tag("2025-11-20", EN, "Brokers see a recovery in the fiscal first quarter."),
                        "the fiscal first quarter=DATE:2025-Q1");
}

/* A season after a preposition of time is a date: "for the autumn",
 * "before the winter", "in spring". */
static void test_season_prepositions(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-10", EN, "A second round is planned for the autumn."),
                        "the autumn=DATE:2026-FA");
    assert_string_equal(tag("2026-06-10", EN, "Repairs must end before the winter."), "the winter=DATE:2026-WI");
    assert_string_equal(tag("2026-06-10", EN, "The shelter was built in spring."), "spring=DATE:2026-SP");
    /* no season: a water spring, a verb */
    assert_string_equal(tag("2026-06-10", EN, "Villagers walk to the spring for water."), "");
}

/* A French frequency keeps its count in the extent, as "twice a week". */
static void test_fois_par(void **state) {
    (void)state;
    assert_string_equal(tag("2026-01-02", FR, "Le car passe trois fois par semaine."),
                        "trois fois par semaine=SET:P1W");
    assert_string_equal(tag("2026-01-02", FR, "Le bilan paraît une fois par an."), "une fois par an=SET:P1Y");
}

/* The French demonstrative belongs to the expression ("ce matin" in
 * French TimeBank): "ce vendredi", "ce mardi 30 juin", "ce 13 juin". */
static void test_demonstrative(void **state) {
    (void)state;
    /* 2026-01-02 is a Friday */
    assert_string_equal(tag("2026-01-02", FR, "L'agence a lancé ce vendredi sa campagne."),
                        "ce vendredi=DATE:2026-01-02");
    assert_string_equal(tag("2026-01-02", FR, "Le musée restera ouvert jusqu'à minuit ce 13 janvier."),
                        "minuit=TIME:2026-01-13T24:00 | ce 13 janvier=DATE:2026-01-13");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_in_outside),
        cmocka_unit_test(test_rates),
        cmocka_unit_test(test_period_nearest),
        cmocka_unit_test(test_season_prepositions),
        cmocka_unit_test(test_fois_par),
        cmocka_unit_test(test_demonstrative),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
