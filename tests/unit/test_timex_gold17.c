/*
 * test_timex_gold17.c -- unit tests of the rules added after the
 * seventeenth gold batch (ordinary wire news) was scored: errors it
 * showed that are shapes of news in general, not of its texts.  The
 * sentences are written for these tests, not taken from the gold files
 * or corpora.
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

/* "vendredi prochain" told on a Thursday is the next week's Friday (the
 * next day would be "demain"); a later weekday stays this week's, and on
 * a Saturday "dimanche prochain" is the next day.  2027-03-11 is a
 * Thursday. */
static void test_next_weekday_tomorrow(void **state) {
    (void)state;
    assert_string_equal(tag("2027-03-11", FR, "L'assemblée générale se tiendra vendredi prochain à Lyon."),
                        "vendredi prochain=DATE:2027-03-19");
    assert_string_equal(tag("2027-03-11", FR, "L'assemblée générale se tiendra mardi prochain à Lyon."),
                        "mardi prochain=DATE:2027-03-16");
    assert_string_equal(tag("2027-03-13", FR, "Le vote aura lieu dimanche prochain."),
                        "dimanche prochain=DATE:2027-03-14");
}

/* The number of a numbered text is no year ("Resolution 2417,"), a year
 * after "budget" is one. */
static void test_numbered_texts_and_budget_year(void **state) {
    (void)state;
    assert_string_equal(tag("2027-03-11", EN, "The Security Council adopted Resolution 2417, which demands a truce."), "");
    assert_string_equal(tag("2027-03-11", EN, "The council adopted a resolution in 2017."), "2017=DATE:2017");
    assert_string_equal(tag("2027-03-11", FR, "Le gouvernement veut boucler le budget 2028 sur les rails."),
                        "2028=DATE:2028");
}

/* "le jour même", "tout le printemps" (with "tout"), "par hiver" (every
 * winter), "deux nuits par semaine" (the count kept, P1W), "an extra
 * week" (a span). */
static void test_misses_and_extents(void **state) {
    (void)state;
    assert_string_equal(tag("2027-03-11", FR, "Les pompiers sont arrivés le jour même."),
                        "le jour même=DATE:2027-03-11");
    assert_string_equal(tag("2027-07-01", FR, "Les travaux ont duré tout le printemps."),
                        "tout le printemps=DATE:2027-SP");
    assert_string_equal(tag("2027-07-01", FR, "Le refuge restera fermé tout l'hiver prochain."),
                        "tout l'hiver prochain=DATE:2027-WI");
    assert_string_equal(tag("2027-03-11", FR, "Les secours recensent deux avalanches par hiver."),
                        "par hiver=SET:XXXX-WI");
    assert_string_equal(tag("2027-03-11", FR, "La salle ouvre deux nuits par semaine."),
                        "deux nuits par semaine=SET:P1W");
    assert_string_equal(tag("2027-01-09", FR, "Il a été dégagé au bout d'un quart d'heure."),
                        "un quart d'heure=DURATION:PT15M");
    assert_string_equal(tag("2027-01-09", FR, "Il a attendu trois quarts d'heure."),
                        "trois quarts d'heure=DURATION:PT45M");
    assert_string_equal(tag("2027-03-11", EN, "The tournament will last an extra week."),
                        "an extra week=DURATION:P1W");
}

/* "depuis l'automne" told in January is the autumn gone: "depuis" opens
 * a state that lasts until now, past "l'" and "la" as past "le". */
static void test_since_season(void **state) {
    (void)state;
    assert_string_equal(tag("2028-01-10", FR, "Le texte, reporté à deux reprises depuis l'automne, sera examiné en février."),
                        "l'automne=DATE:2027-FA | février=DATE:2028-02");
}

/* "the weekend before" is the weekend of the week before the day or
 * week the text told; a holiday's weekend is one DATE, the article kept
 * ("the Thanksgiving holiday weekend", "Christmas weekend").  2026-11-30
 * is a Monday. */
static void test_weekends(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-30", EN, "The film opened on Nov. 27. Its rival, top the weekend before, fell."),
                        "Nov. 27=DATE:2026-11-27 | the weekend before=DATE:2026-W47-WE");
    assert_string_equal(tag("2026-11-30", EN, "It opened over the Thanksgiving holiday weekend."),
                        "the Thanksgiving holiday weekend=DATE:2026-W48-WE");
    assert_string_equal(tag("2026-11-30", EN, "It will open over Christmas weekend."),
                        "Christmas weekend=DATE:2026-W52-WE");
    /* "a year earlier" after a week or weekend told is that week a year
     * before; "a year ago" counts from the dispatch */
    assert_string_equal(tag("2026-11-30", EN, "Ticket sales for the weekend were up 18% on a year earlier."),
                        "the weekend=DATE:2026-W48-WE | a year earlier=DATE:2025-W48-WE");
    assert_string_equal(tag("2026-11-30", EN, "Sales rose 5% last week, up from $3 million a year earlier."),
                        "last week=DATE:2026-W48 | a year earlier=DATE:2025-W48");
    assert_string_equal(tag("2026-11-30", EN, "Sales rose 5% last week. Prices fell a year ago."),
                        "last week=DATE:2026-W48 | a year ago=DATE:2025");
    /* (the week before a week told is unchanged) */
    assert_string_equal(tag("2026-11-30", EN, "Sales fell last week, after rising the week before."),
                        "last week=DATE:2026-W48 | the week before=DATE:2026-W47");
}

/* "dans un mois", "dans une quinzaine de jours" are the span to wait,
 * DURATIONs without "dans" (batches 15 and 17); a "quinzaine de jours" is
 * a fortnight, P2W (batch 26's fr-150). */
static void test_dans_span(void **state) {
    (void)state;
    assert_string_equal(tag("2026-02-09", FR, "« On verra dans un mois », a-t-il dit."), "un mois=DURATION:P1M");
    assert_string_equal(tag("2026-02-09", FR, "Le verdict sera rendu dans une quinzaine de jours."),
                        "une quinzaine de jours=DURATION:P2W/APPROX");
}

/* A weekday naming the kind of a service or schedule is every such day;
 * a weekday after "on" stays a day.  2027-01-05 is a Tuesday. */
static void test_weekday_of_service(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-05", EN, "Trains will run a Saturday schedule on Monday."),
                        "Saturday=SET:XXXX-WXX-6 | Monday=DATE:2027-01-11");
    assert_string_equal(tag("2027-01-05", EN, "The service on Sunday was cancelled."), "Sunday=DATE:2027-01-03");
}

/* "a year" after counted things is a rate, also when they are two plural
 * nouns joined by "and" (the second with an adjective). */
static void test_rate_after_two_nouns(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-17", EN, "The islands are struck by about 20 typhoons and tropical storms a year."),
                        "a year=SET:P1Y");
    assert_string_equal(tag("2025-09-17", EN, "It sold 20 cars and then spent a year in court."), "a year=DURATION:P1Y");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_next_weekday_tomorrow),
        cmocka_unit_test(test_numbered_texts_and_budget_year),
        cmocka_unit_test(test_misses_and_extents),
        cmocka_unit_test(test_since_season),
        cmocka_unit_test(test_weekends),
        cmocka_unit_test(test_dans_span),
        cmocka_unit_test(test_weekday_of_service),
        cmocka_unit_test(test_rate_after_two_nouns),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
