/*
 * test_timex_tense.c -- unit tests of how the English and French time
 * expressions find the tense of their clause and the words around them:
 * sentence ends and abbreviations, the "be to" future, past perfects of
 * planning verbs, and the number and fraction shapes added with them.
 * The sentences are written for these tests.
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


/* A dot after an initial, a title or "vs.", or before a lower-case word,
 * ends no sentence: the verb before it still gives the tense. */
static void test_abbreviation_dots(void **state) {
    (void)state;
    /* 2024-03-15 is a Friday: the past Monday is the 11th, the nearest
     * (and the next) the 18th */
    assert_string_equal(tag("2024-03-15", EN, "The minister told U.S. officials Monday that talks had stalled."),
                        "Monday=DATE:2024-03-11");
    assert_string_equal(tag("2024-03-15", EN, "Protesters marched after the Smith vs. Jones ruling Monday."),
                        "Monday=DATE:2024-03-11");
    assert_string_equal(tag("2024-03-15", EN, "Investors met Gen. Carter Monday in the capital."),
                        "Monday=DATE:2024-03-11");
    /* a state's abbreviation before a comma: the month takes the sentence's past */
    assert_string_equal(tag("2024-10-20", EN, "In February, a fire near Mobile, Ala., destroyed a mill."),
                        "February=DATE:2024-02");
    /* a real sentence end still cuts the clause: no tense, the nearest Monday */
    assert_string_equal(tag("2024-03-15", EN, "Prices fell. Monday brings new figures."), "Monday=DATE:2024-03-18");
    assert_string_equal(tag("2024-03-15", FR, "Le ministre a reçu M. Durand lundi à Paris."),
                        "lundi=DATE:2024-03-11");
}

/* Years read aloud, as broadcast transcripts spell them. */
static void test_spoken_years(void **state) {
    (void)state;
    assert_string_equal(tag("2003-02-10", EN, "It was the worst flood since the spring of nineteen ninety-six."),
                        "the spring of nineteen ninety-six=DATE:1996-SP");
    assert_string_equal(tag("2003-02-10", EN, "Prices last fell that low in the autumn of nineteen ninety-one."),
                        "the autumn of nineteen ninety-one=DATE:1991-FA");
    assert_string_equal(tag("2003-02-10", EN, "Talks broke down in March nineteen eighty-eight."),
                        "March nineteen eighty-eight=DATE:1988-03");
    assert_string_equal(tag("2003-02-10", EN, "The dam was finished in nineteen sixty."), "nineteen sixty=DATE:1960");
    assert_string_equal(tag("2003-02-10", EN, "Work should start by the year two thousand five."),
                        "the year two thousand five=DATE:2005");
    /* counts stay counts, clock readings are no years */
    assert_string_equal(tag("2003-02-10", EN, "Fifteen sailors and twenty-two thousand tons of cargo were lost."),
                        "");
    assert_string_equal(tag("2003-02-10", EN, "They met at eleven thirty."), "");
}

/* Plans told in the past perfect, "as early as", and weekdays counted
 * from the day the text is telling. */
static void test_weekday_plans_and_anaphora(void **state) {
    (void)state;
    /* 2024-03-12 is a Tuesday: the past Friday is the 8th, the next the 15th */
    assert_string_equal(tag("2024-03-12", EN, "The bid had been scheduled to lapse Friday."), "Friday=DATE:2024-03-08");
    assert_string_equal(tag("2024-03-12", EN, "The bid had been due to lapse Friday."), "Friday=DATE:2024-03-08");
    /* without the past perfect, the plan is still ahead */
    assert_string_equal(tag("2024-03-12", EN, "The bid is scheduled to lapse Friday."), "Friday=DATE:2024-03-15");
    /* 2024-03-11 is a Monday; "could" marks no tense, "as early as" does */
    assert_string_equal(tag("2024-03-11", EN, "Officials said the envoy could land as early as Saturday."),
                        "Saturday=DATE:2024-03-16");
    /* "the previous Friday" is the one before the Friday the text told of */
    assert_string_equal(tag("2024-03-11", EN, "The index closed lower Friday, down 2% from the previous Friday."),
                        "Friday=DATE:2024-03-08 | the previous Friday=DATE:2024-03-01");
    assert_string_equal(tag("2024-03-11", EN, "On May 2, 2023, the plant closed. The preceding day, workers had left."),
                        "May 2, 2023=DATE:2023-05-02 | The preceding day=DATE:2023-05-01");
    /* with no day told before, it counts from the dispatch */
    assert_string_equal(tag("2024-03-11", EN, "Stocks rose above the previous Friday's close."),
                        "the previous Friday=DATE:2024-03-08");
}

/* "be to" + verb is a future arrangement; un- adjectives mark no past. */
static void test_be_to_and_un_adjectives(void **state) {
    (void)state;
    /* 2024-03-15 is a Friday: the past Tuesday is the 12th, the next the 19th */
    assert_string_equal(tag("2024-03-15", EN, "The shares were suspended and are to resume trading Tuesday."),
                        "Tuesday=DATE:2024-03-19");
    assert_string_equal(tag("2024-03-15", EN, "The envoy is to fly to Cairo Tuesday."), "Tuesday=DATE:2024-03-19");
    /* "is" alone says nothing: the past verb of the clause decides */
    assert_string_equal(tag("2024-03-15", EN, "He said the plan is ready, and he signed it Tuesday."),
                        "Tuesday=DATE:2024-03-12");
    /* an un- adjective is no past verb: the modal gives the future */
    assert_string_equal(tag("2024-10-20", EN, "The bonus would be paid on an unspecified date in February."),
                        "February=DATE:2025-02");
    assert_string_equal(tag("2024-10-20", EN, "The bonus was paid on an undisclosed date in February."),
                        "February=DATE:2024-02");
}

/* Halves are written in the next smaller unit. */
static void test_halves(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-15", EN, "The trial ran 3 1/2 years."), "3 1/2 years=DURATION:P3Y6M");
    assert_string_equal(tag("2024-03-15", EN, "The crossing took two and a half hours."),
                        "two and a half hours=DURATION:PT2H30M");
    assert_string_equal(tag("2024-03-15", EN, "The vote lasted a minute and a half."),
                        "a minute and a half=DURATION:PT1M30S");
    assert_string_equal(tag("2024-03-15", EN, "The rescue took four and a half days."),
                        "four and a half days=DURATION:P4DT12H");
    /* a week has no whole half in ISO 8601: the count stays */
    assert_string_equal(tag("2024-03-15", EN, "The strike lasted six and a half weeks."),
                        "six and a half weeks=DURATION:P6W");
    /* a fraction that qualifies no unit is no duration */
    assert_string_equal(tag("2024-03-15", EN, "Shares rose 2 1/2 points."), "");
}

/* "no more than" bounds from above, "no less than" from below. */
static void test_negated_comparisons(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-15", EN, "The truce held no more than ten days."),
                        "no more than ten days=DURATION:P10D/EQUAL_OR_LESS");
    assert_string_equal(tag("2024-03-15", EN, "The reform needs no less than five years."),
                        "no less than five years=DURATION:P5Y/EQUAL_OR_MORE");
    assert_string_equal(tag("2024-03-15", EN, "The reform needs more than five years."),
                        "more than five years=DURATION:P5Y/MORE_THAN");
}

/* A quarter of a year named relatively is one expression, in that year. */
static void test_quarter_of_relative_year(void **state) {
    (void)state;
    assert_string_equal(tag("2023-11-20", EN, "Margins shrank in this year's second quarter."),
                        "this year's second quarter=DATE:2023-Q2");
    assert_string_equal(tag("2023-11-20", EN, "The plant opens in next year's first quarter."),
                        "next year's first quarter=DATE:2024-Q1");
    assert_string_equal(tag("2023-11-20", EN, "Orders peaked in the third quarter of last year."),
                        "the third quarter of last year=DATE:2022-Q3");
    /* alone, the quarter is this year's and "last year" the year before */
    assert_string_equal(tag("2023-11-20", EN, "Orders peaked in the third quarter."), "the third quarter=DATE:2023-Q3");
}

/* "this past X" is the last X, whatever the tense. */
static void test_this_past(void **state) {
    (void)state;
    /* 2024-03-15 is a Friday of ISO week 11 */
    assert_string_equal(tag("2024-03-15", EN, "Crowds gathered this past weekend."),
                        "this past weekend=DATE:2024-W10-WE");
    assert_string_equal(tag("2024-03-15", EN, "Floods hit the coast this past winter."),
                        "this past winter=DATE:2023-WI");
    assert_string_equal(tag("2024-03-15", EN, "The board meets again, as it did this past Tuesday."),
                        "this past Tuesday=DATE:2024-03-12");
    /* "the past week" stays a duration */
    assert_string_equal(tag("2024-03-15", EN, "Prices rose over the past week."), "the past week=DURATION:P1W");
}

/* "the week of" a day is that day's ISO week. */
static void test_week_of(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-15", EN, "The trial opens the week of April 8."),
                        "the week of April 8=DATE:2024-W15");
    /* a Sunday belongs to the ISO week that began the Monday before */
    assert_string_equal(tag("2024-03-15", EN, "Snow fell the week of Jan. 7, 2024."),
                        "the week of Jan. 7, 2024=DATE:2024-W01");
}

/* Forecasts, aims and the modals "may" and "must" mark the future;
 * "set" only before "to" or "for". */
static void test_forecasts_and_modals(void **state) {
    (void)state;
    /* 2024-03-14 is a Thursday: the nearest Tuesday is the 12th */
    assert_string_equal(tag("2024-03-14", EN, "The council may vote Tuesday."), "Tuesday=DATE:2024-03-19");
    assert_string_equal(tag("2024-03-14", EN, "The council must vote by Tuesday."), "Tuesday=DATE:2024-03-19");
    assert_string_equal(tag("2024-03-14", EN, "The ballot, set for Tuesday, is in doubt."), "Tuesday=DATE:2024-03-19");
    assert_string_equal(tag("2024-03-14", EN, "The mayor hopes to sign the deal Tuesday."),
                        "Tuesday=DATE:2024-03-19");
    assert_string_equal(tag("2024-03-14", EN, "Rents are forecast to peak in December."), "December=DATE:2024-12");
    /* not markers: "set" before a noun, "May" the month */
    assert_string_equal(tag("2024-03-14", EN, "The set Tuesday was dull."), "Tuesday=DATE:2024-03-12");
    assert_string_equal(tag("2024-03-14", EN, "In May, rents rose."), "May=DATE:2023-05");
}

/* The present perfect takes no definite past day: a weekday in its clause
 * is placed as with no tense, except after "since". */
static void test_present_perfect_weekday(void **state) {
    (void)state;
    /* 2024-03-16 is a Saturday: the last Tuesday is the 12th, the nearest
     * the 19th */
    assert_string_equal(tag("2024-03-16", EN, "The agency has given the family until Tuesday to leave."),
                        "Tuesday=DATE:2024-03-19");
    assert_string_equal(tag("2024-03-16", EN, "He has been held since Tuesday."), "Tuesday=DATE:2024-03-12");
    assert_string_equal(tag("2024-03-16", EN, "The agency gave the family a reply Tuesday."),
                        "Tuesday=DATE:2024-03-12");
}

/* The present of a timetable is a future. */
static void test_timetable_present(void **state) {
    (void)state;
    /* 2024-03-14 is a Thursday: the nearest Tuesday is the 12th */
    assert_string_equal(tag("2024-03-14", EN, "Trading resumes Tuesday."), "Tuesday=DATE:2024-03-19");
    assert_string_equal(tag("2024-03-14", EN, "The assembly reconvenes on Tuesday."), "Tuesday=DATE:2024-03-19");
    assert_string_equal(tag("2024-03-14", EN, "The assembly reconvened on Tuesday."), "Tuesday=DATE:2024-03-12");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviation_dots),
        cmocka_unit_test(test_spoken_years),
        cmocka_unit_test(test_weekday_plans_and_anaphora),
        cmocka_unit_test(test_be_to_and_un_adjectives),
        cmocka_unit_test(test_halves),
        cmocka_unit_test(test_negated_comparisons),
        cmocka_unit_test(test_quarter_of_relative_year),
        cmocka_unit_test(test_this_past),
        cmocka_unit_test(test_week_of),
        cmocka_unit_test(test_forecasts_and_modals),
        cmocka_unit_test(test_present_perfect_weekday),
        cmocka_unit_test(test_timetable_present),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
