/*
 * test_timex_periods.c -- unit tests of calendar periods named by their
 * part: the halves of a year ("the first half of 2023", "last year's
 * second half") and the half of a month, decade or century as its start or
 * end.  The sentences are written for these tests.
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

/* A half of a named year is that half (TimeML 2023-H1); "last" and
 * "latter" half are the second. */
static void test_year_halves(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-13", EN, "Orders fell in the first half of 2023."),
                        "the first half of 2023=DATE:2023-H1");
    assert_string_equal(tag("2024-03-13", EN, "Orders fell in the last half of fiscal 2022."),
                        "the last half of fiscal 2022=DATE:2022-H2");
    assert_string_equal(tag("2024-03-13", EN, "Orders should pick up in the second half of next year."),
                        "the second half of next year=DATE:2025-H2");
    assert_string_equal(tag("2024-03-13", EN, "Orders fell in the latter half of last year."),
                        "the latter half of last year=DATE:2023-H2");
    assert_string_equal(tag("2024-03-13", EN, "Orders rose in the first half of the year."),
                        "the first half of the year=DATE:2024-H1");
    assert_string_equal(tag("2024-03-13", EN, "Orders rose in last year's second half and in 2021's first half."),
                        "last year's second half=DATE:2023-H2 | 2021's first half=DATE:2021-H1");
    /* a bare half is as often a match's: left alone */
    assert_string_equal(tag("2024-03-13", EN, "The visitors scored twice in the second half."), "");
}

/* The half of a month, a decade or a century is its start or end. */
static void test_other_halves(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-13", EN, "Prices climbed in the second half of the 1990s."),
                        "the second half of the 1990s=DATE:199/END");
    assert_string_equal(tag("2024-03-13", EN, "Cities grew in the first half of the 20th century."),
                        "the first half of the 20th century=DATE:19/START");
    assert_string_equal(tag("2024-03-13", EN, "Deliveries will resume in the first half of April."),
                        "the first half of April=DATE:2024-04/START");
}

/* "the next year" told in the past counts from the time the story tells;
 * in the present or future, and "next year" alone, from the dispatch. */
static void test_the_next_unit(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-13", EN, "In 2019, the shop moved to Leeds. The next year it closed."),
                        "2019=DATE:2019 | The next year=DATE:2020");
    assert_string_equal(tag("2024-03-13", EN, "The mill reopened in May 2021. The next month, it was sold."),
                        "May 2021=DATE:2021-05 | The next month=DATE:2021-06");
    assert_string_equal(tag("2024-03-13", EN, "The mill reopened in May 2021. It will expand over the next year."),
                        "May 2021=DATE:2021-05 | the next year=DATE:2025");
    assert_string_equal(tag("2024-03-13", EN, "The mill reopened in May 2021 and plans to grow next year."),
                        "May 2021=DATE:2021-05 | next year=DATE:2025");
}

/* A season after "following", "previous" or "that" is told from the time
 * of the story, not from the dispatch. */
static void test_anaphoric_seasons(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-13", EN, "In 2017, the band split; that winter it played once more."),
                        "2017=DATE:2017 | that winter=DATE:2017-WI");
    assert_string_equal(tag("2024-03-13", EN, "In 2017, the band split. The following summer it reformed."),
                        "2017=DATE:2017 | The following summer=DATE:2018-SU");
    assert_string_equal(tag("2024-03-13", EN, "In October 2017, the band split. The previous spring it had toured."),
                        "October 2017=DATE:2017-10 | The previous spring=DATE:2017-SP");
    /* no date told: the dispatch's, by the tense */
    assert_string_equal(tag("2024-03-13", EN, "The band split; that summer it toured."), "that summer=DATE:2023-SU");
}

/* "earlier in the year" is "earlier this year": the dispatch's year, START. */
static void test_earlier_in_the_year(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-13", EN, "Sales slowed earlier in the year but should rebound later in the month."),
                        "earlier in the year=DATE:2024/START | later in the month=DATE:2024-03/END");
}

/* "prior" is "previous"; "the year to March" is a twelve-month period;
 * "the fall of 2022" is that autumn. */
static void test_prior_year_to_fall_of(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-14", EN, "In 2020 the club was sold. The prior year it had nearly folded."),
                        "2020=DATE:2020 | The prior year=DATE:2019");
    assert_string_equal(tag("2024-03-14", EN, "Exports grew 4% in the year to February."),
                        "the year=DURATION:P1Y | February=DATE:2024-02");
    assert_string_equal(tag("2024-03-14", EN, "The bridge opened in the fall of 2021 and shut in fall 2022."),
                        "the fall of 2021=DATE:2021-FA | fall 2022=DATE:2022-FA");
    assert_string_equal(tag("2024-03-14", EN, "Prior to the vote, the fall of the empire was taught."), "");
}

/* "recent weeks" is a vague span ending now, like "the past few weeks";
 * "recent years" the past, as TempEval-3 mostly writes it. */
static void test_recent_units(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-14", EN, "Rents have soared in recent years and fallen in recent weeks."),
                        "recent years=DATE:PAST_REF | recent weeks=DURATION:PXW");
}

/* "the first week of March" is the start of March, "the last days of
 * 2023" its end: not "the last week" (the week before) and a stray month. */
static void test_first_last_week_of(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-14", EN, "Ferries stopped in the last week of January."),
                        "the last week of January=DATE:2024-01/END");
    assert_string_equal(tag("2024-03-14", EN, "Ferries will resume in the first days of May."),
                        "the first days of May=DATE:2024-05/START");
    assert_string_equal(tag("2024-03-14", EN, "Ferries stopped in the final days of 2022."),
                        "the final days of 2022=DATE:2022/END");
}

/* A range of days written with a hyphen beside its month is a date: the
 * first day after the month, the last before it; a score is no date. */
static void test_day_ranges(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-14", EN, "The fair runs April 18-21 in Leeds."), "April 18=DATE:2024-04-18");
    assert_string_equal(tag("2024-03-14", EN, "The fair will run 18-21 April."), "21 April=DATE:2024-04-21");
    assert_string_equal(tag("2024-03-14", EN, "Leeds won 21-18 in April."), "April=DATE:2024-04");
}

/* The days of Easter. */
static void test_easter_days(void **state) {
    (void)state;
    /* Easter 2024 is March 31 */
    assert_string_equal(tag("2024-03-14", EN, "Banks close on Good Friday and reopen after Easter Monday."),
                        "Good Friday=DATE:2024-03-29 | Easter Monday=DATE:2024-04-01");
    assert_string_equal(tag("2024-03-14", EN, "Stocks had a good Friday."), "Friday=DATE:2024-03-08");
    assert_string_equal(tag("2024-03-14", FR, "Les banques ferment le lundi de Pâques."),
                        "le lundi de Pâques=DATE:2024-04-01");
}

/* "la veille" alone is the day before the one told, "le surlendemain" two
 * days after; "la veille de l'élection" and "la veille technologique" are
 * not tagged. */
static void test_la_veille(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-14", FR, "Le 4 mars, le maire a démissionné. La veille, il avait reçu le préfet."),
                        "Le 4 mars=DATE:2024-03-04 | La veille=DATE:2024-03-03");
    assert_string_equal(tag("2024-03-14", FR, "Le 4 mars, le maire a démissionné; il était arrivé la veille au soir."),
                        "Le 4 mars=DATE:2024-03-04 | la veille au soir=TIME:2024-03-03TEV");
    assert_string_equal(tag("2024-03-14", FR, "Le 4 mars, le maire a démissionné. Le surlendemain, il partait."),
                        "Le 4 mars=DATE:2024-03-04 | Le surlendemain=DATE:2024-03-06");
    assert_string_equal(tag("2024-03-14", FR, "À la veille du scrutin, la veille technologique reste en veille."), "");
}

/* "the weekend of April 13" is the weekend of that day's ISO week. */
static void test_weekend_of(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-14", EN, "The race is set for the weekend of April 13."),
                        "the weekend of April 13=DATE:2024-W15-WE");
}

/* "the quarter ended Sept. 30" is the quarter of that day; "fiscal 1990's
 * first quarter" that quarter of that year. */
static void test_quarter_ended(void **state) {
    (void)state;
    assert_string_equal(tag("2024-11-06", EN, "In the quarter ending Dec. 31, the chain expects a loss."),
                        "the quarter=DATE:2024-Q4 | Dec. 31=DATE:2024-12-31");
    assert_string_equal(tag("2025-02-06", EN, "In the quarter ended Dec. 31, the chain lost money."),
                        "the quarter=DATE:2024-Q4 | Dec. 31=DATE:2024-12-31");
    assert_string_equal(tag("2024-11-06", EN, "Margins should widen in fiscal 2025's second quarter."),
                        "fiscal 2025's second quarter=DATE:2025-Q2");
}

/* Holidays of two or three capitalised words, and the eves. */
static void test_named_holidays(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-14", EN, "Offices close on Labor Day and Memorial Day."),
                        "Labor Day=DATE:2024-09-02 | Memorial Day=DATE:2024-05-27");
    assert_string_equal(tag("2024-03-14", EN, "Fireworks lit the sky on New Year's Eve and on Christmas Eve."),
                        "New Year's Eve=DATE:2023-12-31 | Christmas Eve=DATE:2023-12-24");
    assert_string_equal(tag("2024-03-14", EN, "Offices will close next Christmas Eve."),
                        "next Christmas Eve=DATE:2024-12-24");
    assert_string_equal(tag("2024-03-14", EN, "The union won a labor day off and a memorial day for victims."), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_year_halves),
        cmocka_unit_test(test_other_halves),
        cmocka_unit_test(test_the_next_unit),
        cmocka_unit_test(test_anaphoric_seasons),
        cmocka_unit_test(test_earlier_in_the_year),
        cmocka_unit_test(test_prior_year_to_fall_of),
        cmocka_unit_test(test_recent_units),
        cmocka_unit_test(test_first_last_week_of),
        cmocka_unit_test(test_day_ranges),
        cmocka_unit_test(test_easter_days),
        cmocka_unit_test(test_la_veille),
        cmocka_unit_test(test_weekend_of),
        cmocka_unit_test(test_quarter_ended),
        cmocka_unit_test(test_named_holidays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
