/*
 * test_timex_gold16.c -- unit tests of the rules added after the
 * sixteenth gold batch (sports, weather, markets, obituaries, schedules)
 * was scored: errors it showed that are shapes of news in general, not
 * of its texts.  The sentences are written for these tests, not taken
 * from the gold files or corpora.
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

/* French puts the article before a weekday that recurs: "le samedi",
 * "du lundi au vendredi" are every such day (SET XXXX-WXX-6), and the
 * clock times hung on them are of every such day.  A dated weekday stays
 * that day.  2026-12-31 is a Thursday. */
static void test_generic_weekdays_fr(void **state) {
    (void)state;
    assert_string_equal(tag("2026-12-31", FR, "Le musée sera ouvert du mardi au dimanche de 10 h à 18 h."),
                        "mardi=SET:XXXX-WXX-2 | dimanche=SET:XXXX-WXX-7 | 10 h=TIME:XXXX-XX-XXT10:00 "
                        "| 18 h=TIME:XXXX-XX-XXT18:00");
    assert_string_equal(tag("2026-12-31", FR, "La piscine restera fermée le lundi et le jeudi matin."),
                        "le lundi=SET:XXXX-WXX-1 | le jeudi matin=SET:XXXX-WXX-4TMO");
    assert_string_equal(tag("2026-12-31", FR, "Le bureau ouvrira le samedi de 9 h à 12 h."),
                        "le samedi=SET:XXXX-WXX-6 | 9 h=TIME:XXXX-XX-XXT09:00 | 12 h=TIME:XXXX-XX-XXT12:00");
    assert_string_equal(tag("2026-12-31", FR, "Les collectes auront lieu un jeudi sur deux."),
                        "un jeudi sur deux=SET:XXXX-WXX-4");
    /* (a dated weekday, or one without the article, is a day) */
    assert_string_equal(tag("2026-12-31", FR, "Le bureau rouvrira le samedi 9 janvier."),
                        "le samedi 9 janvier=DATE:2027-01-09");
    assert_string_equal(tag("2026-12-31", FR, "Le bureau rouvrira samedi à 9 h."),
                        "samedi=DATE:2027-01-02 | 9 h=TIME:2027-01-02T09:00");
}

/* "every other Tuesday" is one set (the value cannot say "other"),
 * "every other week" P2W, "Saturday mornings" a part of every Saturday;
 * a clock time right after it is of every such day.  2026-03-01 is a
 * Sunday. */
static void test_generic_weekdays_en(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-01", EN, "Trash is collected every other Thursday."),
                        "every other Thursday=SET:XXXX-WXX-4");
    assert_string_equal(tag("2026-03-01", EN, "The committee meets every other month."), "every other month=SET:P2M");
    assert_string_equal(tag("2026-03-01", EN, "The market opens on Sunday afternoons at 1 p.m."),
                        "Sunday afternoons=SET:XXXX-WXX-7TAF | 1 p.m.=TIME:XXXX-XX-XXT13:00");
}

/* A clock time and the day word after it are one TIME, as "10 a.m.
 * Friday" is: "4 p.m. tomorrow", "noon yesterday", "3 a.m. next
 * Saturday"; "8 p.m. tonight" stays two ("tonight" is a time of its
 * own).  2026-03-04 is a Wednesday. */
static void test_clock_with_day_word(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The vote will close at 5 p.m. tomorrow."),
                        "5 p.m. tomorrow=TIME:2026-03-05T17:00");
    assert_string_equal(tag("2026-03-04", EN, "The road was reopened at noon yesterday."),
                        "noon yesterday=TIME:2026-03-03T12:00");
    assert_string_equal(tag("2026-03-04", EN, "Clocks go forward at 3 a.m. next Saturday."),
                        "3 a.m. next Saturday=TIME:2026-03-07T03:00");
    assert_string_equal(tag("2026-03-04", EN, "The game starts at 8 p.m. tonight."),
                        "8 p.m.=TIME:2026-03-04T20:00 | tonight=TIME:2026-03-04TNI");
}

/* Tense: the conditional of reported speech is the report's future
 * ("a annoncé qu'une fête serait organisée cet été"); a verbless clause
 * after ", et" shares the verb before it; what a request asks "to" do
 * is not before it; the end of a span of days is not before its start.
 * 2026-03-16 is a Monday, 2026-08-20 a Thursday. */
static void test_tense_of_plans(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-16", FR, "La mairie a annoncé qu'une fête serait organisée cet été."),
                        "cet été=DATE:2026-SU");
    /* ("serait arrivé" outside reported speech is still a past) */
    assert_string_equal(tag("2026-03-16", FR, "Le suspect serait arrivé samedi à Lyon."), "samedi=DATE:2026-03-14");
    assert_string_equal(tag("2026-03-16", FR,
                            "Le tournoi a commencé dimanche. Les demi-finales se joueront vendredi, et la finale "
                            "dimanche."),
                        "dimanche=DATE:2026-03-15 | vendredi=DATE:2026-03-20 | dimanche=DATE:2026-03-22");
    assert_string_equal(tag("2026-08-20", EN, "Officials urged residents to stay indoors on Saturday."),
                        "Saturday=DATE:2026-08-22");
    assert_string_equal(tag("2026-03-01", EN, "The season runs from April 1 to Dec. 15."),
                        "April 1=DATE:2026-04-01 | Dec. 15=DATE:2026-12-15");
    assert_string_equal(tag("2026-03-01", FR, "La saison des ouragans va du 1er juin au 30 novembre."),
                        "1er juin=DATE:2026-06-01 | 30 novembre=DATE:2026-11-30");
}

/* Business and weather periods: "FY2027" is the fiscal year (its year),
 * "in Q2" a quarter (not "Audi Q3 sales"), "six straight months" a span,
 * "the past two winters" every winter (SET), "a wet spring" and "of the
 * summer" seasons, "each winter and spring" two sets; a season naming a
 * crop is none.  2026-10-30 is a Friday. */
static void test_business_and_weather_periods(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-30", EN, "The group cut its FY2027 forecast."), "FY2027=DATE:2027");
    assert_string_equal(tag("2026-10-30", EN, "Orders fell in Q2, the company said."), "Q2=DATE:2026-Q2");
    assert_string_equal(tag("2026-10-30", EN, "Audi Q3 sales rose."), "");
    assert_string_equal(tag("2026-10-30", EN, "Exports have fallen for six straight months."),
                        "six straight months=DURATION:P6M");
    assert_string_equal(tag("2026-10-30", EN, "The past two winters were mild."), "The past two winters=SET:XXXX-WI");
    assert_string_equal(tag("2026-10-30", FR, "Les deux derniers hivers ont été doux."),
                        "Les deux derniers hivers=SET:XXXX-WI");
    assert_string_equal(tag("2026-10-30", EN, "Farmers struggled after a wet spring."), "spring=DATE:2026-SP");
    assert_string_equal(tag("2026-10-30", EN, "Ferries run each winter and spring."),
                        "each winter=SET:XXXX-WI | spring=SET:XXXX-SP");
    assert_string_equal(tag("2026-10-30", EN, "Traders bought much of the winter wheat."), "");
    /* (with no tense, the nearest such season; a hot spring is water) */
    assert_string_equal(tag("2026-12-31", EN, "Forecasters see the chance of a wet spring at one in three."),
                        "spring=DATE:2027-SP");
    assert_string_equal(tag("2026-10-30", EN, "They bathed in a hot spring."), "");
    assert_string_equal(tag("2026-10-30", FR, "Les prix montent depuis le printemps."), "le printemps=DATE:2026-SP");
}

/* Sports look-alikes: a race named by its hours ("les 24 Heures du
 * Mans") is no midnight, and where a story numbers its "journées" (match
 * days), "les trois dernières journées" is no span of days. */
static void test_sports_lookalikes(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-29", FR, "Il était le vainqueur des 12 Heures de Sebring en mars."), "mars=DATE:2026-03");
    assert_string_equal(tag("2026-11-08", FR, "Après la 10e journée, Nantes a perdu ses trois dernières journées."),
                        "");
    /* (with no numbered match day, journées are days) */
    assert_string_equal(tag("2026-11-08", FR, "Il a plu pendant les trois dernières journées."),
                        "les trois dernières journées=DURATION:P3D");
}

/* More schedules and periods: a range of weekdays before a range of
 * clock times is every week; "le matin" in a sentence of a repeated time
 * is every morning; "tout le week-end" the weekend; "the July-September
 * quarter" one quarter; "over the next decade" a span; "2019 through
 * 2022" two years; "noon" at a range's end; "cet hiver" told in March
 * the winter ending.  2026-03-01 is a Sunday. */
static void test_schedules_and_periods(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-01", EN, "The office will open Tuesday through Saturday from 8 a.m. to noon."),
                        "Tuesday=SET:XXXX-WXX-2 | Saturday=SET:XXXX-WXX-6 | 8 a.m.=TIME:XXXX-XX-XXT08:00 | "
                        "noon=TIME:XXXX-XX-XXT12:00");
    assert_string_equal(tag("2026-03-01", FR, "Le gymnase est ouvert tous les jours, aux clubs le soir."),
                        "tous les jours=SET:P1D | le soir=SET:XXXX-XX-XXTEV");
    assert_string_equal(tag("2026-03-06", FR, "Il pleuvra tout le week-end."), "tout le week-end=DATE:2026-W10-WE");
    assert_string_equal(tag("2026-10-30", EN, "Profit for the April-June quarter fell."),
                        "the April-June quarter=DATE:2026-Q2");
    assert_string_equal(tag("2026-03-01", EN, "Costs will rise 2% a year over the next decade."),
                        "a year=SET:P1Y | the next decade=DURATION:P10Y");
    assert_string_equal(tag("2026-03-01", EN, "Data covering 2019 through 2022 were revised."),
                        "2019=DATE:2019 | 2022=DATE:2022");
    assert_string_equal(tag("2026-03-16", FR, "Cet hiver, la station a manqué de neige."), "Cet hiver=DATE:2025-WI");
}

/* "il y a deux semaines" is the day two weeks back, as the French
 * TimeBank and the gold set write it; English "six weeks ago" keeps its
 * week.  2026-06-29 is a Monday. */
static void test_weeks_ago_fr(void **state) {
    (void)state;
    assert_string_equal(tag("2026-06-29", FR, "Il a été élu il y a trois semaines."),
                        "il y a trois semaines=DATE:2026-06-08");
    assert_string_equal(tag("2026-06-29", EN, "He was elected three weeks ago."), "three weeks ago=DATE:2026-W24");
}

/* A half second has no smaller unit: "half a second" PT0.5S, also
 * before a word ("half a second on lap 51", where "a second" alone would
 * be the ordinal); "en glissement annuel" (year-on-year) is no set. */
static void test_half_second_and_year_on_year(void **state) {
    (void)state;
    assert_string_equal(tag("2026-09-07", EN, "He closed to within half a second on lap 51."),
                        "half a second=DURATION:PT0.5S");
    assert_string_equal(tag("2026-09-07", EN, "He won by ten and a half seconds."),
                        "ten and a half seconds=DURATION:PT10.5S");
    assert_string_equal(tag("2026-09-07", EN, "A second stadium was built."), "");
    assert_string_equal(tag("2026-10-27", FR, "Les ventes progressent de 3 % en glissement annuel."), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generic_weekdays_fr),
        cmocka_unit_test(test_generic_weekdays_en),
        cmocka_unit_test(test_clock_with_day_word),
        cmocka_unit_test(test_tense_of_plans),
        cmocka_unit_test(test_business_and_weather_periods),
        cmocka_unit_test(test_sports_lookalikes),
        cmocka_unit_test(test_schedules_and_periods),
        cmocka_unit_test(test_weeks_ago_fr),
        cmocka_unit_test(test_half_second_and_year_on_year),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
