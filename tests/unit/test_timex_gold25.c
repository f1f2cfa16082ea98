/*
 * test_timex_gold25.c -- unit tests of the rules added after the
 * twenty-fifth gold batch (ordinary wire news, written blind) was scored:
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

/* A French season keeps its elided article, after a preposition too. */
static void test_fr_season_article(void **state) {
    (void)state;
    assert_string_equal(tag("2031-03-10", FR, "Le musée rouvrira à l'automne."), "l'automne=DATE:2031-FA");
    assert_string_equal(tag("2031-03-10", FR, "Le texte doit être voté avant l'été."), "l'été=DATE:2031-SU");
    assert_string_equal(tag("2031-03-10", FR, "Il rentrera en hiver."), "hiver=DATE:2031-WI");
}

/* French look-alikes: an age after a title with a bare complement; a day
 * named by its use (quoted, or "ville morte"); a day in apposition named
 * by its use. */
static void test_fr_lookalikes(void **state) {
    (void)state;
    assert_string_equal(tag("2031-03-10", FR, "Le parquet vise un chef d'entreprise de 58 ans."), "");
    assert_string_equal(tag("2031-03-10", FR, "Le contrat porte sur un plan d'investissement de 5 ans."),
                        "5 ans=DURATION:P5Y");
    assert_string_equal(tag("2031-03-10", FR, "Les syndicats appellent à une journée \"ville morte\"."), "");
    assert_string_equal(tag("2031-03-10", FR, "Les syndicats appellent à une journée ville morte."), "");
    assert_string_equal(tag("2031-03-10", FR, "Le chantier a duré une journée."), "une journée=DURATION:P1D");
    assert_string_equal(tag("2031-03-10", FR, "Les avocats plaideront mardi, dernier jour d'audience."),
                        "mardi=DATE:2031-03-11");
}

/* A clock time in a sentence telling "tous les soirs" is of every such
 * evening; a month paired with a dated month is a date, even in a sentence
 * telling a habit. */
static void test_fr_schedule_pair(void **state) {
    (void)state;
    assert_string_equal(tag("2031-07-04", FR, "Un concert est proposé tous les soirs après minuit."),
                        "tous les soirs=SET:XXXX-XX-XXTEV | minuit=TIME:XXXX-XX-XXT24:00");
    assert_string_equal(tag("2002-11-05", FR, "Le vaccin est proposé chaque année, après une série de cas en décembre 2001 et janvier."),
                        "chaque année=SET:P1Y | décembre 2001=DATE:2001-12 | janvier=DATE:2002-01");
    assert_string_equal(tag("2002-11-05", FR, "Chaque année, les cas culminent en décembre et janvier."),
                        "Chaque année=SET:P1Y | décembre=SET:XXXX-12 | janvier=SET:XXXX-01");
}

/* A day a contact relative clause defines is an event's, no date. */
static void test_en_day_clause(void **state) {
    (void)state;
    assert_string_equal(tag("1997-09-30", EN, "The veto came on the last day the governor had to act."), "");
}

/* A count of quarters keeps its unit (P6Q); one quarter stays P3M. */
static void test_en_quarters(void **state) {
    (void)state;
    assert_string_equal(tag("2005-08-17", EN, "Sales have fallen for six consecutive quarters."),
                        "six consecutive quarters=DURATION:P6Q");
    assert_string_equal(tag("2005-08-17", EN, "The company pays a dividend every quarter."), "every quarter=SET:P3M");
}

/* "the fall" before a noun of a time of year; "through the night" the
 * night the clause places (a past report's "would" the night just gone). */
static void test_en_fall_night(void **state) {
    (void)state;
    assert_string_equal(tag("2005-08-17", EN, "The chain cut stock before the fall selling season."),
                        "the fall=DATE:2005-FA");
    assert_string_equal(tag("2005-08-17", EN, "Prices rose after the fall in rates."), "");
    assert_string_equal(tag("2028-12-31", EN, "Rescuers worked through the night to reach them."),
                        "the night=TIME:2028-12-30TNI");
    assert_string_equal(tag("2028-12-31", EN, "Crews will work through the night, a spokeswoman said."),
                        "the night=TIME:2028-12-31TNI");
    assert_string_equal(tag("2026-10-17", EN, "He said crews would work through the night."),
                        "the night=TIME:2026-10-16TNI");
}

/* An -ed word right after a verb a modal governs is an adjective, no
 * past: the date after it is the one to come. */
static void test_en_modal_adjective(void **state) {
    (void)state;
    assert_string_equal(tag("2031-06-17", EN, "The agency will publish updated figures and plans a meeting on Oct. 8."),
                        "Oct. 8=DATE:2031-10-08");
    assert_string_equal(tag("2031-06-17", EN, "The rules were similar to that agreed in January."),
                        "January=DATE:2031-01");
}

/* The deadline of what a directive asked for is to come, even far off;
 * a date of the asking itself stays past. */
static void test_en_directive_deadline(void **state) {
    (void)state;
    assert_string_equal(tag("1997-09-30", EN, "The governor ordered the commission to complete a study by July 1."),
                        "July 1=DATE:1998-07-01");
    assert_string_equal(tag("2031-06-17", EN, "The agency urged countries to run campaigns before September, when schools reopen."),
                        "September=DATE:2031-09");
    assert_string_equal(tag("1997-09-30", EN, "The board agreed to sell the unit by July 1."), "July 1=DATE:1997-07-01");
}

/* "N years earlier" after a year told in its sentence counts from that
 * year; "ago" and a sentence with no year count from the dispatch. */
static void test_en_earlier_after_year(void **state) {
    (void)state;
    assert_string_equal(tag("2031-06-17", EN, "Coverage fell to 89 percent in 2030, from 93 percent three years earlier."),
                        "2030=DATE:2030 | three years earlier=DATE:2027");
    assert_string_equal(tag("2031-06-17", EN, "Coverage fell to 89 percent from 93 percent three years earlier."),
                        "three years earlier=DATE:2028");
    assert_string_equal(tag("2031-06-17", EN, "Coverage fell in 2030 and rose three years ago."),
                        "2030=DATE:2030 | three years ago=DATE:2028");
}

/* The day of the event a French call asks for is to come; the day of the
 * call itself, or of a demand, stays past.  1998-06-27 is a Saturday. */
static void test_fr_call_event(void **state) {
    (void)state;
    assert_string_equal(tag("1998-06-27", FR, "Les syndicats ont appelé à une grève à Lyon jeudi."),
                        "jeudi=DATE:1998-07-02");
    assert_string_equal(tag("1998-06-27", FR, "Les syndicats ont appelé jeudi à la grève."), "jeudi=DATE:1998-06-25");
    assert_string_equal(tag("1998-06-27", FR, "Des manifestants ont appelé à sa démission jeudi."),
                        "jeudi=DATE:1998-06-25");
}

/* A participle in -u of an apposition dates its weekday in the past;
 * an announced one ("attendu") does not.  2029-01-23 is a Tuesday. */
static void test_fr_apposition_participle(void **state) {
    (void)state;
    assert_string_equal(tag("2029-01-23", FR, "L'association, reçue vendredi à Matignon, juge l'enveloppe insuffisante."),
                        "vendredi=DATE:2029-01-19");
    assert_string_equal(tag("2029-01-23", FR, "Le ministre, attendu vendredi à Lyon, présentera le plan."),
                        "vendredi=DATE:2029-01-26");
}

/* A French weekday opening its clause takes the verb after an apposition
 * to the subject; a weekday an apposition describes does not.
 * 2030-09-30 is a Monday. */
static void test_fr_weekday_apposition_verb(void **state) {
    (void)state;
    assert_string_equal(tag("2030-09-30", FR, "À la barre, jeudi, l'ancien maire, âgé de 67 ans, avait contesté les faits."),
                        "jeudi=DATE:2030-09-26");
    assert_string_equal(tag("2030-09-30", FR, "Jeudi, le maire, en colère, ira à Paris."), "Jeudi=DATE:2030-10-03");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fr_season_article),
        cmocka_unit_test(test_fr_lookalikes),
        cmocka_unit_test(test_fr_schedule_pair),
        cmocka_unit_test(test_en_day_clause),
        cmocka_unit_test(test_en_quarters),
        cmocka_unit_test(test_en_fall_night),
        cmocka_unit_test(test_en_modal_adjective),
        cmocka_unit_test(test_en_directive_deadline),
        cmocka_unit_test(test_en_earlier_after_year),
        cmocka_unit_test(test_fr_call_event),
        cmocka_unit_test(test_fr_apposition_participle),
        cmocka_unit_test(test_fr_weekday_apposition_verb),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
