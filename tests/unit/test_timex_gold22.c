/*
 * test_timex_gold22.c -- unit tests of the rules added after the
 * twenty-second gold batch (ordinary wire news, written blind) was
 * scored: errors it showed that are shapes of news in general, not of its
 * texts.  The sentences are written for these tests, not taken from the
 * gold files or corpora.
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

/* A French clock time of a passé composé clause after a backstory's day
 * (told before the lead's day) is of the lead's day; in the day's own
 * sentence only when the day sits in an apposition between commas. */
static void test_fr_clock_lead_day(void **state) {
    (void)state;
    /* 2029-06-09 is a Saturday: the lead's "vendredi" is 2029-06-08 */
    const char *s = tag("2029-06-09", FR,
                        "La cour a rendu son arrêt vendredi à Lyon. Le 3 mai 2027, l'homme avait volé une voiture. "
                        "Le président a prononcé l'arrêt peu avant 16 heures.");
    assert_non_null(strstr(s, "16 heures=TIME:2029-06-08T16:00"));
    s = tag("2029-06-09", FR,
            "Le cycliste a gagné samedi la course. Parti jeudi à 20 heures, il a mené toute la course. "
            "Il a franchi la ligne à 9 h 10.");
    assert_non_null(strstr(s, "9 h 10=TIME:2029-06-09T09:10"));
    s = tag("2029-06-09", FR,
            "Les ministres ont signé vendredi un accord. Les délégués, arrivés jeudi soir, ont discuté jusqu'à 11 heures.");
    assert_non_null(strstr(s, "11 heures=TIME:2029-06-08T11:00"));
    /* (a day heading its sentence is the clause's own: "Jeudi, ...") */
    s = tag("2029-06-09", FR, "Les ministres ont signé vendredi un accord. Jeudi, ils ont discuté jusqu'à 11 heures.");
    assert_non_null(strstr(s, "11 heures=TIME:2029-06-07T11:00"));
}

/* Clock times of a habit ("tous les jours", "daily from", "every
 * evening") stay undated, also after a day that starts the span
 * ("à partir du samedi 3 juillet"); a day alone still dates them. */
static void test_schedule_hours(void **state) {
    (void)state;
    const char *s = tag("2029-06-09", FR,
                        "À partir du samedi 3 juillet, le premier bateau partira à 7 h 15, tous les jours jusqu'au 31 août.");
    assert_non_null(strstr(s, "7 h 15=TIME:XXXX-XX-XXT07:15"));
    assert_non_null(strstr(tag("2029-06-09", FR, "Le samedi 3 juillet, le premier bateau partira à 7 h 15."),
                           "7 h 15=TIME:2029-07-03T07:15"));
    s = tag("2029-06-09", EN, "The show opened Friday. Paintings are on view daily from 10 a.m. to 5 p.m.");
    assert_non_null(strstr(s, "10 a.m.=TIME:XXXX-XX-XXT10:00"));
    assert_non_null(strstr(s, "5 p.m.=TIME:XXXX-XX-XXT17:00"));
    /* (the adjective is no habit of the clock's) */
    assert_non_null(strstr(tag("2029-06-09", EN, "The show opened Friday. Daily trading ended at 4 p.m."),
                           "4 p.m.=TIME:2029-06-08T16:00"));
}

/* A clock time without a.m./p.m. takes the part of day of a set right
 * before it: "every evening at 7:30" is 19:30. */
static void test_set_part_of_day(void **state) {
    (void)state;
    assert_non_null(strstr(tag("2029-06-09", EN, "The show opened Friday. Meetings are held every evening at 7:30."),
                           "7:30=TIME:XXXX-XX-XXT19:30"));
}

/* "a year earlier" after "the past three months" told early in the month
 * after a quarter ended is that quarter a year before, even after months
 * told before the span; later in the month (no calendar quarter) the
 * year. */
static void test_year_earlier_past_months(void **state) {
    (void)state;
    const char *text = "Officials revised January and February, leaving the gain over the past three months at "
                       "139,000, down from 210,000 a year earlier.";
    assert_non_null(strstr(tag("2028-04-07", EN, text), "a year earlier=DATE:2027-Q1"));
    assert_non_null(strstr(tag("2028-05-05", EN, text), "a year earlier=DATE:2027"));
    assert_null(strstr(tag("2028-05-05", EN, text), "2027-Q"));
}

/* Hours after "de" and a plural noun of departures are a timetable's
 * clock times (undated), the second of a pair too; a singular noun or a
 * strike's hours stay durations. */
static void test_departure_hours(void **state) {
    (void)state;
    const char *s = tag("2027-05-31", FR, "Les habitants gardent un accès prioritaire aux départs de 8 heures et de 18 heures.");
    assert_non_null(strstr(s, "8 heures=TIME:XXXX-XX-XXT08:00"));
    assert_non_null(strstr(s, "18 heures=TIME:XXXX-XX-XXT18:00"));
    assert_non_null(strstr(tag("2027-05-31", FR, "Une grève de 24 heures est prévue."), "24 heures=DURATION:PT24H"));
}

/* Days told after "l'édition 2028", "the 2028 edition" in their sentence
 * are of that edition's year. */
static void test_edition_year(void **state) {
    (void)state;
    assert_non_null(strstr(tag("2027-01-28", FR, "L'édition 2028 est déjà annoncée du 27 au 30 janvier."),
                           "30 janvier=DATE:2028-01-30"));
    assert_non_null(strstr(tag("2027-01-28", EN, "The 2028 edition will run from Jan. 27 to Jan. 30."),
                           "Jan. 30=DATE:2028-01-30"));
    /* (no edition, no year moved) */
    assert_non_null(strstr(tag("2027-01-28", FR, "Le festival est annoncé du 27 au 30 janvier."), "30 janvier=DATE:2027-01-30"));
}

/* An English clock time with no a.m./p.m. after a p.m. clock time right
 * before it is a later hour of that afternoon or evening; an earlier
 * hour is not. */
static void test_later_pm_hour(void **state) {
    (void)state;
    assert_non_null(strstr(tag("2027-11-09", EN, "The sale began at 7 p.m. and ended shortly before 9:30."),
                           "9:30=TIME:2027-11-09T21:30"));
    assert_non_null(strstr(tag("2027-11-09", EN, "The sale began at 7 p.m. and ended shortly before 5:30."),
                           "5:30=TIME:2027-11-09T05:30"));
}

/* "à N ans" after a length put at ("d'une durée estimée à quatre ans")
 * is a duration, not an age; an age after "mort à" stays untagged. */
static void test_length_put_at(void **state) {
    (void)state;
    assert_string_equal(tag("2027-04-13", FR, "Les travaux, d'une durée estimée à quatre ans, commenceront."),
                        "quatre ans=DURATION:P4Y");
    assert_string_equal(tag("2027-04-13", FR, "Il est mort à 85 ans."), "");
}

/* Bare "years ago", "decades ago": the vague past, as "several years
 * ago"; a count still names its year. */
static void test_bare_years_ago(void **state) {
    (void)state;
    assert_string_equal(tag("2027-04-13", EN, "It should have done this years ago."), "years ago=DATE:PAST_REF");
    assert_string_equal(tag("2027-04-13", EN, "He left two years ago."), "two years ago=DATE:2025");
}

/* A vague count of times in a period keeps the count in the extent:
 * "plusieurs fois par jour", "several times a week" (as "deux fois par
 * jour", "twice a week"). */
static void test_vague_times_per(void **state) {
    (void)state;
    assert_string_equal(tag("2027-04-13", FR, "Il faut se laver les mains plusieurs fois par jour."),
                        "plusieurs fois par jour=SET:P1D");
    assert_string_equal(tag("2027-04-13", EN, "She checks it several times a week."), "several times a week=SET:P1W");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fr_clock_lead_day),
        cmocka_unit_test(test_schedule_hours),
        cmocka_unit_test(test_set_part_of_day),
        cmocka_unit_test(test_year_earlier_past_months),
        cmocka_unit_test(test_departure_hours),
        cmocka_unit_test(test_edition_year),
        cmocka_unit_test(test_later_pm_hour),
        cmocka_unit_test(test_length_put_at),
        cmocka_unit_test(test_bare_years_ago),
        cmocka_unit_test(test_vague_times_per),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
