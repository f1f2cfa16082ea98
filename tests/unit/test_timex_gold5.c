/*
 * test_timex_gold5.c -- unit tests of the rules added after the fifth
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

/* A clock time that opens its paragraph before a dash is a live report's
 * stamp: it shares the day of the first stamp, and a date an entry told
 * ("lundi", "Friday") does not move the stamps after it.  2027-01-01 is a
 * Friday, 2027-03-14 a Sunday. */
static void test_dash_stamp(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-01", FR,
                            "Le direct.\n\n10 h 15 – Le préfet sera à Lyon lundi.\n\n"
                            "8 h 02 – La ligne reste coupée."),
                        "10 h 15=TIME:2027-01-01T10:15 | lundi=DATE:2027-01-04 | 8 h 02=TIME:2027-01-01T08:02");
    assert_string_equal(tag("2027-03-14", EN,
                            "Live.\n\n3:10 p.m. — Crews hope to finish by Friday.\n\n"
                            "11:55 a.m. — Families wait at the gate."),
                        "3:10 p.m.=TIME:2027-03-14T15:10 | Friday=DATE:2027-03-19 | "
                        "11:55 a.m.=TIME:2027-03-14T11:55");
    /* a timeline of a day told before it: every stamp on that day */
    assert_string_equal(tag("2027-03-14", EN,
                            "Police raided the farm on Tuesday. The timeline:\n\n9:00 am – Police arrive.\n\n"
                            "9:40 am – A shot is heard, witnesses said on Thursday.\n\n10:05 am – The road is shut."),
                        "Tuesday=DATE:2027-03-09 | 9:00 am=TIME:2027-03-09T09:00 | "
                        "9:40 am=TIME:2027-03-09T09:40 | Thursday=DATE:2027-03-11 | 10:05 am=TIME:2027-03-09T10:05");
    /* a clock time inside a sentence still takes the entry's date */
    assert_string_equal(tag("2027-01-01", FR, "Le préfet sera à Lyon lundi. Il arrivera à 8 h 02."),
                        "lundi=DATE:2027-01-04 | 8 h 02=TIME:2027-01-04T08:02");
}

/* Stamps run one way; a step the other way crosses midnight.  An entry
 * is told on its stamp's day: its "demain matin", and its clock times,
 * a past one later than the stamp being the evening before.
 * 2027-01-01 is a Friday. */
static void test_stamp_midnight(void **state) {
    (void)state;
    assert_string_equal(tag("2027-01-01", FR,
                            "Le direct.\n\n9 h 40 – Le calme revient.\n\n"
                            "0 h 20 – Les bars ferment, ouverts depuis 21 heures.\n\n"
                            "22 h 50 – Le maire parlera demain matin."),
                        "9 h 40=TIME:2027-01-01T09:40 | 0 h 20=TIME:2027-01-01T00:20 | "
                        "21 heures=TIME:2026-12-31T21:00 | 22 h 50=TIME:2026-12-31T22:50 | "
                        "demain matin=TIME:2027-01-01TMO");
    /* oldest first: the step back to a small clock is the night after */
    assert_string_equal(tag("2026-12-31", EN,
                            "Timeline.\n\n9:30 p.m. — Crowds gather.\n\n11:50 p.m. — The count begins.\n\n"
                            "12:15 a.m. — Fireworks end."),
                        "9:30 p.m.=TIME:2026-12-31T21:30 | 11:50 p.m.=TIME:2026-12-31T23:50 | "
                        "12:15 a.m.=TIME:2027-01-01T00:15");
}

/* A part of a weekday every week is one set: XXXX-WXX-7TMO. */
static void test_weekday_part_set(void **state) {
    (void)state;
    assert_string_equal(tag("2028-02-29", FR, "Le marché ouvre chaque dimanche matin et tous les lundis soir."),
                        "chaque dimanche matin=SET:XXXX-WXX-7TMO | tous les lundis soir=SET:XXXX-WXX-1TEV");
    assert_string_equal(tag("2028-02-29", EN, "The club meets every Friday evening."),
                        "every Friday evening=SET:XXXX-WXX-5TEV");
}

/* A collective numeral counts about that many units: "une dizaine de
 * jours" is P10D APPROX, "il y a une trentaine d'années" a date; after a
 * person, "d'une quarantaine d'années" is an age, no time. */
static void test_collective_numeral(void **state) {
    (void)state;
    assert_string_equal(tag("2026-08-09", FR, "Le chantier a duré une dizaine de jours."),
                        "une dizaine de jours=DURATION:P10D/APPROX");
    assert_string_equal(tag("2026-08-09", FR, "Le port comptait quarante bateaux il y a une trentaine d'années."),
                        "il y a une trentaine d'années=DATE:1996/APPROX");
    assert_string_equal(tag("2026-08-09", FR, "Elle vit à Brest depuis une quinzaine d'années."),
                        "une quinzaine d'années=DURATION:P15Y/APPROX");
    assert_string_equal(tag("2026-08-09", FR, "Un pêcheur d'une quarantaine d'années a été secouru."), "");
    /* no unit after it: a count of things */
    assert_string_equal(tag("2026-08-09", FR, "Une vingtaine de bateaux sortent chaque jour."), "chaque jour=SET:P1D");
}

/* A clock with seconds, alone, is a race time (a duration); after "at"
 * or "à", or with a zone or a.m., it stays a time of day. */
static void test_race_time_seconds(void **state) {
    (void)state;
    assert_string_equal(tag("2019-09-29", EN, "She won in a record 2:19:48 on Sunday."),
                        "2:19:48=DURATION:PT2H19M48S | Sunday=DATE:2019-09-29");
    assert_string_equal(tag("2019-09-29", FR, "Il a passé la mi-course en 1:05:00."), "1:05:00=DURATION:PT1H5M");
    assert_string_equal(tag("2019-09-29", EN, "The blast came at 10:42:05 on Sunday."),
                        "10:42:05=TIME:2019-09-29T10:42 | Sunday=DATE:2019-09-29");
    assert_string_equal(tag("2019-09-29", FR, "La sirène a retenti à 10:42:05."), "10:42:05=TIME:2019-09-29T10:42");
}

/* A weekday then a clock time is that day at that hour, one expression
 * ("vendredi 10 heures", "lundi 8h30"), not a day of the month that is
 * no such weekday.  2026-12-29 is a Tuesday. */
static void test_weekday_clock(void **state) {
    (void)state;
    assert_string_equal(tag("2026-12-29", FR, "Les trains circuleront jeudi 10 heures."),
                        "jeudi 10 heures=TIME:2026-12-31T10:00");
    assert_string_equal(tag("2026-12-29", FR, "Le conseil se réunira lundi 8h30."), "lundi 8h30=TIME:2027-01-04T08:30");
    assert_string_equal(tag("2026-12-29", FR, "Le vote aura lieu vendredi 18 h."), "vendredi 18 h=TIME:2027-01-01T18:00");
    /* a weekday and its day of the month stay a date */
    assert_string_equal(tag("2026-12-29", FR, "Il viendra vendredi 8 janvier."), "vendredi 8 janvier=DATE:2027-01-08");
}

/* The end of a span set in a past clause ("prolongé jusqu'à dimanche",
 * "ordered closed until Wednesday") is the nearest such weekday, to come
 * as often as gone.  2026-12-29 is a Tuesday. */
static void test_until_weekday(void **state) {
    (void)state;
    assert_string_equal(tag("2026-12-29", FR, "Le préfet a prolongé l'interdiction jusqu'à jeudi."),
                        "jeudi=DATE:2026-12-31");
    assert_string_equal(tag("2026-12-29", EN, "The council ordered the bridge closed until Thursday."),
                        "Thursday=DATE:2026-12-31");
    /* the nearest may be gone */
    assert_string_equal(tag("2026-12-29", FR, "Les malades avaient été admis jusqu'à lundi."), "lundi=DATE:2026-12-28");
    /* without "jusqu'à", the past clause keeps the past */
    assert_string_equal(tag("2026-12-29", FR, "Le préfet a prolongé l'interdiction jeudi."), "jeudi=DATE:2026-12-24");
}

/* Words of time the lexicon lacked: "ces jours-ci" (PRESENT_REF, as
 * "maintenant"), "la Saint-Sylvestre", "la Saint-Valentin", "Boxing Day"
 * (not "boxing" alone). */
static void test_holidays_and_present(void **state) {
    (void)state;
    assert_string_equal(tag("2026-12-31", FR, "Ces jours-ci, le port est calme."), "Ces jours-ci=TIME:PRESENT_REF");
    assert_string_equal(tag("2026-12-31", FR, "Le bilan de la Saint-Sylvestre 2025 était lourd."),
                        "la Saint-Sylvestre 2025=DATE:2025-12-31");
    assert_string_equal(tag("2026-12-31", FR, "Les fleuristes attendent la Saint-Valentin."),
                        "la Saint-Valentin=DATE:2027-02-14");
    assert_string_equal(tag("2020-12-31", EN, "Gritters have been out since Boxing Day."), "Boxing Day=DATE:2020-12-26");
    assert_string_equal(tag("2020-12-31", EN, "He took up boxing last year."), "last year=DATE:2019");
}

/* The days listed with a date are each an expression, in its month and
 * year, as TimeBank tags them: before a French date ("les 6 et 13 avril",
 * "du 19 au 23 juillet"), after an English one ("Oct. 4, 11 and 18"); not
 * a count ("il a 3 et 4 mars", "on March 3 and 4 others"). */
static void test_day_lists(void **state) {
    (void)state;
    assert_string_equal(tag("2025-03-16", FR, "Les audiences des 3, 4 et 5 mars ont été tendues."),
                        "3=DATE:2025-03-03 | 4=DATE:2025-03-04 | 5 mars=DATE:2025-03-05");
    assert_string_equal(tag("2025-03-16", FR, "Les élections auront lieu les 15 et 22 mars 2026."),
                        "les 15=DATE:2026-03-15 | 22 mars 2026=DATE:2026-03-22");
    assert_string_equal(tag("2025-03-16", FR, "Le stage se tiendra du 19 au 23 juillet."),
                        "19=DATE:2025-07-19 | 23 juillet=DATE:2025-07-23");
    assert_string_equal(tag("2025-03-16", EN, "The committee heard evidence on Oct. 4, 11 and 18."),
                        "Oct. 4=DATE:2024-10-04 | 11=DATE:2024-10-11 | 18=DATE:2024-10-18");
    assert_string_equal(tag("2025-03-16", EN, "Ministers will meet on March 17 and 18 in Rome."),
                        "March 17=DATE:2025-03-17 | 18=DATE:2025-03-18");
    assert_string_equal(tag("2025-03-16", EN, "On March 3 and 4 others were hurt."), "March 3=DATE:2025-03-03");
    assert_string_equal(tag("2025-03-16", FR, "Il a 3 et 4 mars en tête."), "4 mars=DATE:2025-03-04");
}

/* A part of day "du" a date or "de" a weekday is that day's part, one
 * expression: "le matin du 9 janvier 2014", "la soirée de jeudi 4 juin",
 * "la nuit de vendredi", not the part of the dispatch's day and a date. */
static void test_part_of_told_day(void **state) {
    (void)state;
    assert_string_equal(tag("2025-03-16", FR, "Le pont s'est effondré le matin du 9 janvier 2014."),
                        "le matin du 9 janvier 2014=TIME:2014-01-09TMO");
    assert_string_equal(tag("2020-06-05", FR, "Le local a été attaqué dans la soirée de jeudi 4 juin."),
                        "la soirée de jeudi 4 juin=TIME:2020-06-04TEV");
    assert_string_equal(tag("2020-06-05", FR, "Un incendie s'est déclaré dans la nuit de mercredi."),
                        "la nuit de mercredi=TIME:2020-06-03TNI");
}

/* "N units earlier|later than" compares: the span is a duration, not a
 * date counted back or on from the dispatch. */
static void test_earlier_than(void **state) {
    (void)state;
    assert_string_equal(tag("2020-12-31", EN, "The last trains leave 45 minutes earlier than planned."),
                        "45 minutes=DURATION:PT45M");
    assert_string_equal(tag("2020-12-31", EN, "The plant opened two years later than expected."), "two years=DURATION:P2Y");
    assert_string_equal(tag("2020-12-31", EN, "Two years earlier, the plant had closed."), "Two years earlier=DATE:2018");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dash_stamp),
        cmocka_unit_test(test_stamp_midnight),
        cmocka_unit_test(test_weekday_part_set),
        cmocka_unit_test(test_collective_numeral),
        cmocka_unit_test(test_race_time_seconds),
        cmocka_unit_test(test_weekday_clock),
        cmocka_unit_test(test_until_weekday),
        cmocka_unit_test(test_holidays_and_present),
        cmocka_unit_test(test_day_lists),
        cmocka_unit_test(test_part_of_told_day),
        cmocka_unit_test(test_earlier_than),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
