/*
 * test_timex_gold9.c -- unit tests of the rules added after the ninth
 * gold batch (issue 3) was scored: errors it showed that are shapes of
 * news in general, not of its texts.  The sentences are written for these
 * tests, not taken from the gold files or corpora.
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

/* A date of every year is a set: "chaque 14 juillet", "tous les 1er
 * mai", "chaque mois d'août", "every July 4", "each May" (XXXX-07-14,
 * XXXX-08); "tous les 15 jours" still counts days, and a bare date stays
 * a date. */
static void test_yearly_date_set(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "Le village fête chaque 14 juillet sa libération."),
                        "chaque 14 juillet=SET:XXXX-07-14");
    assert_string_equal(tag("2026-03-04", FR, "Les syndicats défilent tous les 1er mai devant la mairie."),
                        "tous les 1er mai=SET:XXXX-05-01");
    assert_string_equal(tag("2026-03-04", FR, "La plage ferme chaque mois d'août, et le marché a lieu tous les 15 jours."),
                        "chaque mois d'août=SET:XXXX-08 | tous les 15 jours=SET:P15D");
    assert_string_equal(tag("2026-03-04", EN, "The town holds a parade every July 4 and a fair each September."),
                        "every July 4=SET:XXXX-07-04 | each September=SET:XXXX-09");
    assert_string_equal(tag("2026-03-04", EN, "The parade was held on July 4."), "July 4=DATE:2025-07-04");
}

/* Ages are no durations: one set off after a name at the end of its
 * sentence ("raconte Paul, 68 ans."), an age group ("les moins de 18
 * ans", "aux plus de 60 ans"), "N months of age"; a sentence served or a
 * wait still counts years. */
static void test_ages(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "« Tout a brûlé », raconte Paul Girard, 68 ans. Les secours sont arrivés."), "");
    assert_string_equal(tag("2026-03-04", FR, "Le vaccin est proposé aux plus de 60 ans, et les moins de 18 ans attendront."),
                        "");
    assert_string_equal(tag("2026-03-04", FR, "Il a passé moins de 12 ans en prison, elle a attendu 20 ans."),
                        "moins de 12 ans=DURATION:P12Y/LESS_THAN | 20 ans=DURATION:P20Y");
    assert_string_equal(tag("2026-03-04", EN, "The shot is given at 2 to 4 months of age, and boosters at 6 years of age."), "");
    assert_string_equal(tag("2026-03-04", EN, "The trial lasted 4 months."), "4 months=DURATION:P4M");
}

/* "précédent" counts from the year or night told, as "suivant" does;
 * a week named ("last week", "la semaine dernière") anchors the weeks
 * counted after it ("the week before", "la semaine précédente"), and a
 * week so counted anchors none ("the previous week" twice is one week).
 * 2026-01-07 is in ISO week 2026-W02. */
static void test_week_before_told(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "En 2017, le club est descendu. L'année précédente, il avait gagné la coupe."),
                        "2017=DATE:2017 | L'année précédente=DATE:2016");
    assert_string_equal(tag("2026-01-07", FR, "Les ventes ont reculé la semaine dernière, après une hausse la semaine précédente."),
                        "la semaine dernière=DATE:2026-W01 | la semaine précédente=DATE:2025-W52");
    assert_string_equal(tag("2026-01-07", EN, "Exports rose to 900 tonnes last week from 850 the week before."),
                        "last week=DATE:2026-W01 | the week before=DATE:2025-W52");
    assert_string_equal(tag("2026-03-04", EN,
                            "Sales rose last week from 80 the previous week. Orders were 70, against 60 the previous week."),
                        "last week=DATE:2026-W09 | the previous week=DATE:2026-W08 | the previous week=DATE:2026-W08");
}

/* "than expected", "as planned" compare with a plan: they mark no future
 * (2026-10-28 is a Wednesday, the third quarter has ended); a future
 * verb still does. */
static void test_than_expected(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-28", EN, "Profit rose more than expected in the third quarter."),
                        "the third quarter=DATE:2026-Q3");
    assert_string_equal(tag("2026-10-28", EN, "Costs climbed faster than originally forecast in the third quarter."),
                        "the third quarter=DATE:2026-Q3");
    assert_string_equal(tag("2026-10-28", EN, "The vote went ahead as planned on Monday."), "Monday=DATE:2026-10-26");
    assert_string_equal(tag("2026-10-28", EN, "The vote is planned for Monday."), "Monday=DATE:2026-11-02");
}

/* "toute la semaine" is the week, placed as "cette semaine" or by its
 * "prochaine", "dernière"; "toute la journée" a span of one day
 * (2026-10-28 is in ISO week 2026-W44). */
static void test_toute_la_semaine(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-28", FR, "Les fouilles dureront toute la semaine, et le chantier toute la semaine prochaine."),
                        "toute la semaine=DATE:2026-W44 | toute la semaine prochaine=DATE:2026-W45");
    assert_string_equal(tag("2026-10-28", FR, "La neige est tombée toute la journée sur les Alpes."),
                        "toute la journée=DURATION:P1D");
}

/* A season a modifier opens keeps the modifier: "à la fin de l'été",
 * "au début de l'automne", "fin du printemps" (the season alone lost
 * its END or START). */
static void test_season_modifier(void **state) {
    (void)state;
    assert_string_equal(tag("2026-05-10", FR, "Le rapport sera remis à la fin de l'été, le chantier reprendra au début de l'automne."),
                        "la fin de l'été=DATE:2026-SU/END | début de l'automne=DATE:2026-FA/START");
    assert_string_equal(tag("2026-05-10", FR, "Les cerisiers ont fleuri dès la fin du printemps."),
                        "la fin du printemps=DATE:2026-SP/END");
}

/* The clock times of a repeated time, with no day of their sentence, are
 * of every such day: opening hours after "chaque mercredi", "every day",
 * "on Sundays" (XXXX-XX-XXT14:00), not of the last day told; a rate
 * within the day ("every 20 minutes") leaves them on their day. */
static void test_hours_of_a_set(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-20", FR,
                            "L'exposition s'ouvre le 4 novembre. Elle est visible chaque mercredi de 14 heures à 18 heures."),
                        "le 4 novembre=DATE:2026-11-04 | chaque mercredi=SET:XXXX-WXX-3 | "
                        "14 heures=TIME:XXXX-XX-XXT14:00 | 18 heures=TIME:XXXX-XX-XXT18:00");
    assert_string_equal(tag("2026-10-20", EN, "The pool reopened on May 2. On Sundays, it closes at 5 p.m."),
                        "May 2=DATE:2026-05-02 | Sundays=SET:XXXX-WXX-7 | 5 p.m.=TIME:XXXX-XX-XXT17:00");
    assert_string_equal(tag("2026-10-20", EN, "The fair opens on Friday. Gates open at 9 a.m. and shuttles run every 20 minutes."),
                        "Friday=DATE:2026-10-23 | 9 a.m.=TIME:2026-10-23T09:00 | every 20 minutes=SET:PT20M");
}

/* "un an plus tôt" in a sentence about a reported quarter is that
 * quarter a year before; with a month told, a year before the month. */
static void test_year_before_quarter(void **state) {
    (void)state;
    assert_string_equal(tag("2026-07-30", FR,
                            "Le groupe a publié jeudi ses comptes. Au deuxième trimestre, la marge a atteint 8 %, "
                            "contre 6 % un an plus tôt."),
                        "jeudi=DATE:2026-07-30 | deuxième trimestre=DATE:2026-Q2 | un an plus tôt=DATE:2025-Q2");
    assert_string_equal(tag("2026-07-30", FR, "En mars 2024, la mine a fermé. Un an plus tôt, elle employait 300 mineurs."),
                        "mars 2024=DATE:2024-03 | Un an plus tôt=DATE:2023-03");
}

/* The weekday an event is put off to is to come, whatever the tense of
 * the verb that put it off (2026-08-16 is a Sunday); a weekday after "to"
 * with no such verb keeps the clause's past. */
static void test_put_off_to(void **state) {
    (void)state;
    assert_string_equal(tag("2026-08-16", EN, "The league has postponed the final of its spring season to Wednesday."),
                        "Wednesday=DATE:2026-08-19");
    assert_string_equal(tag("2026-08-16", FR, "Le conseil a repoussé le vote du budget à mardi."), "mardi=DATE:2026-08-18");
    assert_string_equal(tag("2026-08-16", EN, "She flew to Rome on Wednesday."), "Wednesday=DATE:2026-08-12");
}

/* A clock time with no tense, or in a French imperfect, in a paragraph
 * after the one of a past day told is on the dispatch's day; in the
 * paragraph of that day, or after a pluperfect, it stays on it. */
static void test_clock_new_paragraph(void **state) {
    (void)state;
    assert_string_equal(tag("2026-07-30", FR,
                            "Les actionnaires s'étaient réunis le 4 juin.\n\n"
                            "En Bourse, le titre progressait de 3 % vers 11 heures."),
                        "le 4 juin=DATE:2026-06-04 | vers 11 heures=TIME:2026-07-30T11:00/APPROX");
    assert_string_equal(tag("2026-07-30", FR,
                            "Les actionnaires s'étaient réunis le 4 juin. La séance avait commencé à 11 heures."),
                        "le 4 juin=DATE:2026-06-04 | 11 heures=TIME:2026-06-04T11:00");
    assert_string_equal(tag("2026-07-30", FR,
                            "Les actionnaires s'étaient réunis le 4 juin.\n\n"
                            "La séance avait commencé à 11 heures."),
                        "le 4 juin=DATE:2026-06-04 | 11 heures=TIME:2026-06-04T11:00");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_yearly_date_set),
        cmocka_unit_test(test_ages),
        cmocka_unit_test(test_week_before_told),
        cmocka_unit_test(test_than_expected),
        cmocka_unit_test(test_toute_la_semaine),
        cmocka_unit_test(test_season_modifier),
        cmocka_unit_test(test_hours_of_a_set),
        cmocka_unit_test(test_year_before_quarter),
        cmocka_unit_test(test_put_off_to),
        cmocka_unit_test(test_clock_new_paragraph),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
