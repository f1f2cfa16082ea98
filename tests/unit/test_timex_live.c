/*
 * test_timex_live.c -- unit tests of the rules added after the eleventh
 * gold batch (issue 3: live blogs, running stories, sport, election
 * nights, weather warnings) was scored: errors it showed that are shapes
 * of such news in general, not of its texts.  The sentences are written
 * for these tests, not taken from the gold files or corpora.
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

/* A live report's stamp may carry its time zone before the dash ("1:15
 * a.m. ET –"): it is still a stamp, so a morning one after a heading's
 * night is on the morning that night ends in, and the stamps after it
 * follow it across midnight rather than the last day an entry told. */
static void test_stamp_with_zone(void **state) {
    (void)state;
    assert_string_equal(tag("2027-03-03", EN,
                            "The blog followed Tuesday night's vote count.\n\n"
                            "1:15 a.m. ET – The mayor has conceded.\n\n"
                            "12:30 a.m. ET – Her rival leads by 900 votes.\n\n"
                            "11:40 p.m. ET – Counting will continue until Friday.\n\n"
                            "10:20 p.m. ET – Turnout is high."),
                        "Tuesday night=TIME:2027-03-02TNI | 1:15 a.m.=TIME:2027-03-03T01:15 | "
                        "12:30 a.m.=TIME:2027-03-03T00:30 | 11:40 p.m.=TIME:2027-03-02T23:40 | "
                        "Friday=DATE:2027-03-05 | 10:20 p.m.=TIME:2027-03-02T22:20");
    /* a word in capitals that is no zone leaves the clock time alone */
    assert_string_equal(tag("2027-03-03", EN, "The fire began at 9 p.m. NASA – the agency – said it was out."),
                        "9 p.m.=TIME:2027-03-03T21:00");
}

/* "il y a deux heures", "40 minutes ago" in an entry of a live report are
 * counted back from the entry's stamp, a time of day (across midnight
 * when the count reaches past it); outside a live report, with no clock
 * to count from, they stay the dispatch's day. */
static void test_hours_ago_in_entry(void **state) {
    (void)state;
    assert_string_equal(tag("2026-05-03", FR,
                            "9 h 20 – Le barrage a cédé il y a deux heures, selon la préfecture.\n\n"
                            "0 h 40 – Le feu s'est déclaré il y a 50 minutes."),
                        "9 h 20=TIME:2026-05-03T09:20 | il y a deux heures=TIME:2026-05-03T07:20 | "
                        "0 h 40=TIME:2026-05-03T00:40 | il y a 50 minutes=TIME:2026-05-02T23:50");
    assert_string_equal(tag("2026-05-03", EN, "4:05 p.m. – The suspect was arrested 40 minutes ago, police said."),
                        "4:05 p.m.=TIME:2026-05-03T16:05 | 40 minutes ago=TIME:2026-05-03T15:25");
    assert_string_equal(tag("2026-05-03", FR, "Le barrage a cédé il y a deux heures, selon la préfecture."),
                        "il y a deux heures=DATE:2026-05-03");
}

/* "jusqu'à demain 6 heures", "hier 23h": that day at that hour, one
 * expression as "jeudi 6 heures" is, and the end of a range whose start
 * is then a time of day, not a count of hours (2026-10-21 is a
 * Wednesday). */
static void test_relative_day_and_hour(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-21", FR, "La vigilance orange court de 18 heures jusqu'à demain 6 heures."),
                        "18 heures=TIME:2026-10-21T18:00 | demain 6 heures=TIME:2026-10-22T06:00");
    assert_string_equal(tag("2026-10-21", FR, "La circulation, coupée hier 23h, reprendra demain 14h30."),
                        "hier 23h=TIME:2026-10-20T23:00 | demain 14h30=TIME:2026-10-22T14:30");
}

/* A clock time in an imperfect ("l'euro valait", "le titre cédait"), in
 * a paragraph after one that told a day to come, is the dispatch's: an
 * imperfect tells a scene already seen, never a day ahead.  A future
 * clause still takes the day to come. */
static void test_imperfect_not_future(void **state) {
    (void)state;
    assert_string_equal(tag("2026-05-07", FR,
                            "La banque centrale se réunira le 17 juin.\n\n"
                            "Le dollar valait 0,89 euro vers 18 heures."),
                        "le 17 juin=DATE:2026-06-17 | vers 18 heures=TIME:2026-05-07T18:00/APPROX");
    assert_string_equal(tag("2026-05-07", FR,
                            "La banque centrale se réunira le 17 juin.\n\n"
                            "Sa décision sera publiée vers 18 heures."),
                        "le 17 juin=DATE:2026-06-17 | vers 18 heures=TIME:2026-06-17T18:00/APPROX");
}

/* "3 heures du matin", "8 heures du soir", "4 heures de l'après-midi"
 * are one expression with their part of day, which also sets the half
 * of the day (20:00, not 08:00), and leaves no part of day of its own. */
static void test_hour_with_part_of_day(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-21", FR,
                            "Le feu a pris vers 3 heures du matin et a été éteint à 8 heures du soir."),
                        "vers 3 heures du matin=TIME:2026-10-21T03:00/APPROX | 8 heures du soir=TIME:2026-10-21T20:00");
    assert_string_equal(tag("2026-10-21", FR, "La réunion commencera à 4 heures de l'après-midi."),
                        "4 heures de l'après-midi=TIME:2026-10-21T16:00");
}

/* "contre 19 heures" set against a clock time of its sentence is a clock
 * time on that time's day (the closing of polls here and there); set
 * against a count of hours it stays a count. */
static void test_clock_against_clock(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-14", FR, "Les bureaux fermeront à 18 heures, contre 19 heures dans les grandes villes."),
                        "18 heures=TIME:2026-06-14T18:00 | 19 heures=TIME:2026-06-14T19:00");
    assert_string_equal(tag("2026-06-14", FR, "Les salariés font 42 heures, contre 35 heures dans le reste du groupe."),
                        "42 heures=DURATION:PT42H | 35 heures=DURATION:PT35H");
}

/* Midnight after "à partir de", "depuis", "d'ici", "since", "from",
 * "till", "past" is a time of day as after "à" or "until": the night's
 * T24:00 ("d'ici minuit" told on the evening of 2026-03-22). */
static void test_midnight_after_prepositions(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-22", FR,
                            "Le couvre-feu s'applique à partir de minuit et les résultats sont attendus d'ici minuit."),
                        "minuit=TIME:2026-03-22T24:00 | minuit=TIME:2026-03-22T24:00");
    assert_string_equal(tag("2026-03-22", EN, "The curfew runs from midnight till 5 a.m."),
                        "midnight=TIME:2026-03-22T24:00 | 5 a.m.=TIME:2026-03-23T05:00");
    assert_string_equal(tag("2026-03-22", EN, "He called the midnight hour a curse."), "");
}

/* "une demi-heure", "half an hour", "half a century" are half of one unit
 * (PT30M, P50Y), not the whole unit the article counts; "il y a une
 * demi-heure" in a live entry is half an hour before its stamp. */
static void test_half_a_unit(void **state) {
    (void)state;
    assert_string_equal(tag("2026-07-12", FR, "Les secours ont mis une demi-heure à arriver."),
                        "une demi-heure=DURATION:PT30M");
    assert_string_equal(tag("2026-07-12", EN, "The talks lasted half an hour, after half a century of conflict."),
                        "half an hour=DURATION:PT30M | half a century=DURATION:P50Y");
    assert_string_equal(tag("2026-07-12", FR, "18 h 30 – Le dépouillement a commencé il y a une demi-heure."),
                        "18 h 30=TIME:2026-07-12T18:30 | il y a une demi-heure=TIME:2026-07-12T18:00");
    assert_string_equal(tag("2026-07-12", EN, "It took an hour and a half."), "an hour and a half=DURATION:PT1H30M");
}

/* "degrés" is a forecast's unit, no past participle: the weekday after
 * it keeps the clause's tense or none (2026-10-21 is a Wednesday), and an
 * imperfect still places it in the past. */
static void test_degrees_no_participle(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-21", FR, "Il fera doux, avec 17 degrés samedi."), "samedi=DATE:2026-10-24");
    assert_string_equal(tag("2026-10-21", FR, "Il faisait 30 degrés samedi."), "samedi=DATE:2026-10-17");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stamp_with_zone),
        cmocka_unit_test(test_hours_ago_in_entry),
        cmocka_unit_test(test_relative_day_and_hour),
        cmocka_unit_test(test_imperfect_not_future),
        cmocka_unit_test(test_hour_with_part_of_day),
        cmocka_unit_test(test_clock_against_clock),
        cmocka_unit_test(test_midnight_after_prepositions),
        cmocka_unit_test(test_half_a_unit),
        cmocka_unit_test(test_degrees_no_participle),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
