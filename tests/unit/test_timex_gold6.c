/*
 * test_timex_gold6.c -- unit tests of the rules added after the sixth
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

/* The future of -cevoir and -ivre verbs (recevra, suivra, poursuivra)
 * marks a future clause; a bare participle right before a weekday stays
 * that weekday's verb even when such a future follows.  2027-01-02 is a
 * Saturday. */
static void test_future_vra(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-02", FR, "Le préfet recevra les maires jeudi."), "jeudi=DATE:2027-01-07");
    assert_string_equal(tag("2027-01-02", FR, "L'enquête se poursuivra mercredi à Lille."), "mercredi=DATE:2027-01-06");
    assert_string_equal(tag("2027-01-02", FR, "La campagne lancée jeudi se poursuivra jusqu'en mars."),
                        "jeudi=DATE:2026-12-31 | mars=DATE:2027-03");
    assert_string_equal(tag("2027-01-02", FR, "La grève entamée mardi se prolongera ce week-end."),
                        "mardi=DATE:2026-12-29 | ce week-end=DATE:2026-W53-WE");
    assert_string_equal(tag("2027-01-02", FR, "La collecte lancée lundi durera jusqu'à dimanche."),
                        "lundi=DATE:2026-12-28 | dimanche=DATE:2027-01-03");
}

/* The start of a span ("à partir de lundi", "dès mardi") set in a past
 * clause is as often to come as gone, as its end after "jusqu'à": the
 * nearest weekday. */
static void test_span_start_weekday(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-02", FR, "Les pilotes ont déposé un préavis de grève à partir de lundi."),
                        "lundi=DATE:2027-01-04");
    assert_string_equal(tag("2027-01-02", FR, "Le maire a fermé les piscines dès mardi."), "mardi=DATE:2027-01-05");
    /* the nearest is still a past one when it is nearer */
    assert_string_equal(tag("2027-01-02", FR, "Les pilotes ont fait grève à partir de jeudi."), "jeudi=DATE:2026-12-31");
}

/* A season a modifier opens after a preposition of time is a date with
 * the modifier's mod ("in late summer", "by early spring"), and "midday"
 * is noon.  2025-06-09 is a Monday. */
static void test_modified_season_midday(void **state) {
    (void)state;
    assert_string_equal(tag("2025-06-09", EN, "Harvests usually start in late summer."), "late summer=DATE:2025-SU/END");
    assert_string_equal(tag("2025-06-09", EN, "The bridge was repaired by the early spring."),
                        "the early spring=DATE:2025-SP/START");
    assert_string_equal(tag("2025-06-09", EN, "Shares were flat at midday."), "midday=TIME:2025-06-09T12:00");
    assert_string_equal(tag("2025-06-09", EN, "The envoy will speak at midday Tuesday."),
                        "midday Tuesday=TIME:2025-06-10T12:00");
    /* a season with no preposition is still left alone (a hot spring) */
    assert_string_equal(tag("2025-06-09", EN, "They bathed in a hot spring."), "");
}

/* "could" before a verb tells a possibility to come, but not before
 * "not", "have" or "be"; "the first time in N years" is a span whatever
 * the tense.  2026-04-01 is a Wednesday. */
static void test_could_future(void **state) {
    (void)state;
    assert_string_equal(tag("2026-04-01", EN, "Analysts said the merger could close in February."),
                        "February=DATE:2027-02");
    assert_string_equal(tag("2026-04-01", EN, "Officials said the ferry could sail this weekend."),
                        "this weekend=DATE:2026-W14-WE");
    assert_string_equal(tag("2026-04-01", EN, "The mayor could not be reached on Monday."), "Monday=DATE:2026-03-30");
    assert_string_equal(tag("2026-04-01", EN, "The club could win the cup for the first time in 30 years."),
                        "30 years=DURATION:P30Y");
}

/* The present passive ("is extended", "are held") and a deadline ("have
 * until") tell no past: the nearest month or day.  2024-12-31 is a
 * Tuesday. */
static void test_present_passive_deadline(void **state) {
    (void)state;
    assert_string_equal(tag("2024-12-31", EN, "The curfew is extended through February."), "February=DATE:2025-02");
    assert_string_equal(tag("2024-12-31", EN, "Runoff votes are held Jan. 12."), "Jan. 12=DATE:2025-01-12");
    assert_string_equal(tag("2024-12-31", EN, "Bidders have until March to file."), "March=DATE:2025-03");
    /* the simple past still is a past */
    assert_string_equal(tag("2024-12-31", EN, "The curfew was extended through November."), "November=DATE:2024-11");
}

/* "la veille" before a preposition, a determiner or "que" ends its
 * phrase: the day before the day told.  Inside its clause it looks back
 * without moving the story's day: the clock times after it stay on the
 * day told.  2026-05-16 is a Saturday. */
static void test_la_veille(void **state) {
    (void)state;
    assert_string_equal(tag("2026-05-16", FR, "Le jury a rendu son verdict vendredi. L'audience s'était tenue la veille devant le tribunal."),
                        "vendredi=DATE:2026-05-15 | la veille=DATE:2026-05-14");
    assert_string_equal(tag("2026-05-16", FR, "Le 12 mai, un randonneur emporté la veille par une crue a été retrouvé à 9 heures."),
                        "Le 12 mai=DATE:2026-05-12 | la veille=DATE:2026-05-11 | 9 heures=TIME:2026-05-12T09:00");
    /* "la veille de" names a day of its own, "la veille sanitaire" no time */
    assert_string_equal(tag("2026-05-16", FR, "Il a parlé à la veille de l'élection de la veille sanitaire."), "");
}

/* "last" right after a modal or "to" is a verb, no part of the
 * duration; "the last two weeks" keeps it. */
static void test_last_verb(void **state) {
    (void)state;
    assert_string_equal(tag("2026-08-26", EN, "The repairs will last three weeks."), "three weeks=DURATION:P3W");
    assert_string_equal(tag("2026-08-26", EN, "The truce was meant to last 90 days."), "90 days=DURATION:P90D");
    assert_string_equal(tag("2026-08-26", EN, "Prices fell over the last two weeks."), "the last two weeks=DURATION:P2W");
    /* a month after "the" is still the month alone */
    assert_string_equal(tag("2026-03-02", EN, "He may attend the May 19 meeting."), "May 19=DATE:2026-05-19");
}

/* After a night ("la nuit de samedi à dimanche"), an hour of the
 * morning is on the day it ends, but an evening hour, midnight included,
 * on its first day; what follows stays told from the night.  2027-01-02
 * is a Saturday. */
static void test_night_evening_hours(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-02", FR, "La ligne sera coupée dans la nuit de samedi à dimanche, entre 22 heures et 4 heures."),
                        "la nuit de samedi à dimanche=TIME:2027-01-02TNI | 22 heures=TIME:2027-01-02T22:00 | "
                        "4 heures=TIME:2027-01-03T04:00");
    assert_string_equal(tag("2027-01-02", FR, "Un bar a brûlé dans la nuit de jeudi à vendredi. Peu après minuit, les pompiers "
                                              "sont arrivés. Le feu a été éteint à 5 heures."),
                        "la nuit de jeudi à vendredi=TIME:2026-12-31TNI | minuit=TIME:2026-12-31T24:00 | "
                        "5 heures=TIME:2027-01-01T05:00");
}

/* "vers" before a count of hours, which it makes a clock time, is in the
 * extent with mod APPROX, as before "5h" (French TimeBank: "Vers 0 h
 * 40"); "vers Paris" is no prefix. */
static void test_vers_heures(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-02", FR, "Le feu a pris vers 5 heures."), "vers 5 heures=TIME:2027-01-02T05:00/APPROX");
    assert_string_equal(tag("2027-01-02", FR, "Le cortège est parti vers midi."), "vers midi=TIME:2027-01-02T12:00/APPROX");
    assert_string_equal(tag("2027-01-02", FR, "Il roulait vers Paris à 5 heures."), "5 heures=TIME:2027-01-02T05:00");
}

/* An estimate of a quarter (estimation, PIB, GDP, estimate) is of the
 * quarter just ended, as results are, whatever the tense of its
 * publication.  2025-10-01 is a Wednesday. */
static void test_quarter_estimate(void **state) {
    (void)state;
    assert_string_equal(tag("2025-10-01", FR, "L'Insee publiera mardi une estimation du PIB du troisième trimestre."),
                        "mardi=DATE:2025-10-07 | troisième trimestre=DATE:2025-Q3");
    assert_string_equal(tag("2025-10-01", EN, "Third-quarter GDP estimates will be released next week."),
                        "Third-quarter=DATE:2025-Q3 | next week=DATE:2025-W41");
}

/* "à N ans" closing its phrase is an age, not a duration; a span after
 * "remonter", "d'ici" or a unit stays one, as does a sentence ("à 15 ans
 * de prison"). */
static void test_age_after_a(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-24", FR, "Il a fondé sa société en 1990, à 31 ans."), "1990=DATE:1990");
    assert_string_equal(tag("2026-06-24", FR, "A 72 ans, le chanteur repart en tournée."), "");
    assert_string_equal(tag("2026-06-24", FR, "Il a été condamné à 15 ans de prison."), "15 ans=DURATION:P15Y");
    assert_string_equal(tag("2026-06-24", FR, "Les faits remontent à vingt ans."), "vingt ans=DURATION:P20Y");
    assert_string_equal(tag("2026-06-24", FR, "Le réseau sera couvert d'ici à 5 ans."), "5 ans=DURATION:P5Y");
    assert_string_equal(tag("2026-06-24", FR, "Les travaux prendront de 4 à 6 ans."), "6 ans=DURATION:P6Y");
    assert_string_equal(tag("2026-06-24", FR, "Elle est morte en 1998 à 70 ans."), "1998=DATE:1998");
}

/* The weekday a schedule leaves out is every such weekday, a set; with
 * its date it is that day. 2026-02-14 is a Saturday. */
static void test_except_weekday(void **state) {
    (void)state;
    assert_string_equal(tag("2026-02-14", FR, "La piscine ouvre tous les jours sauf le mardi."),
                        "tous les jours=SET:P1D | le mardi=SET:XXXX-WXX-2");
    assert_string_equal(tag("2026-02-14", EN, "The ferry sails daily except Sunday."), "daily=SET:P1D | Sunday=SET:XXXX-WXX-7");
    assert_string_equal(tag("2026-02-14", FR, "Il a travaillé chaque jour sauf le lundi 9 février."),
                        "chaque jour=SET:P1D | le lundi 9 février=DATE:2026-02-09");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_future_vra),
        cmocka_unit_test(test_span_start_weekday),
        cmocka_unit_test(test_modified_season_midday),
        cmocka_unit_test(test_could_future),
        cmocka_unit_test(test_present_passive_deadline),
        cmocka_unit_test(test_la_veille),
        cmocka_unit_test(test_last_verb),
        cmocka_unit_test(test_night_evening_hours),
        cmocka_unit_test(test_vers_heures),
        cmocka_unit_test(test_quarter_estimate),
        cmocka_unit_test(test_age_after_a),
        cmocka_unit_test(test_except_weekday),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
