/*
 * test_timex_conventions.c -- unit tests of the TimeML conventions the
 * time-expression tagger follows beyond the calendar families of
 * test_timex.c: how far the tense may carry an underspecified date, the
 * business quarters, generic references, adjectival durations and the
 * look-alikes of each.  The sentences are written for these tests.
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


/* A deadline after a past verb: the tense would put the day almost a year
 * back, the nearest day is weeks ahead. */
static void test_deadline_after_past_verb(void **state) {
    (void)state;
    assert_string_equal(tag("2019-11-02", EN, "The company said the offer expires Dec. 15."),
                        "Dec. 15=DATE:2019-12-15");
    assert_string_equal(tag("2020-01-05", EN, "Officials said the vote was set for Jan. 14."),
                        "Jan. 14=DATE:2020-01-14");
    assert_string_equal(tag("2019-11-02", FR, "Le groupe a indiqué que l'offre expirait le 15 décembre."),
                        "le 15 décembre=DATE:2019-12-15");
    /* a past day a few weeks back stays in the past */
    assert_string_equal(tag("2019-11-02", EN, "The company said the offer expired Oct. 15."),
                        "Oct. 15=DATE:2019-10-15");
    /* "last" is obeyed as written, however far */
    assert_string_equal(tag("2019-11-02", EN, "Prices fell last December."), "last December=DATE:2018-12");
    /* the dispatch's own month, whatever the tense */
    assert_string_equal(tag("2019-11-20", EN, "Sales slowed in mid-November."), "mid-November=DATE:2019-11/MID");
    assert_string_equal(tag("2019-11-20", FR, "Les ventes ont ralenti à la mi-novembre."),
                        "la mi-novembre=DATE:2019-11/MID");
    /* a weekday with the date fixes the year, even against the tense */
    assert_string_equal(tag("1999-09-04", FR, "La réunion est fixée au jeudi 16 septembre, à 18 h."),
                        "jeudi 16 septembre=DATE:1999-09-16 | 18 h=TIME:1999-09-16T18:00");
    assert_string_equal(tag("1999-09-04", EN, "The meeting was set for Thursday, Sept. 16."),
                        "Thursday, Sept. 16=DATE:1999-09-16");
    /* a month nine months back in a past clause stays in the past */
    assert_string_equal(tag("2020-02-23", FR, "Il a été sanctionné en mai."), "mai=DATE:2019-05");
}

/* Earnings reports: "the quarter" is the one the text named, else the
 * last ended; "a year ago" in a sentence about a quarter is that quarter a
 * year before. */
static void test_business_quarters(void **state) {
    (void)state;
    assert_string_equal(tag("2019-10-26", EN, "Profit rose 12% in the latest quarter."),
                        "the latest quarter=DATE:2019-Q3");
    assert_string_equal(tag("2019-10-26", EN, "In the second quarter, sales fell. The quarter was weak."),
                        "the second quarter=DATE:2019-Q2 | The quarter=DATE:2019-Q2");
    assert_string_equal(tag("2019-10-26", EN, "Third-quarter profit grew 19% from a year ago."),
                        "Third-quarter=DATE:2019-Q3 | a year ago=DATE:2018-Q3");
    assert_string_equal(tag("2019-10-26", EN, "Net income fell from the year-earlier quarter."),
                        "the year-earlier quarter=DATE:2018-Q3");
    assert_string_equal(tag("2019-10-26", EN, "Year-earlier results included a gain."), "Year-earlier=DATE:2018");
    /* the fourth quarter told in the past in January is last year's */
    assert_string_equal(tag("2020-01-26", EN, "The company lost money in the fourth quarter."),
                        "the fourth quarter=DATE:2019-Q4");
    assert_string_equal(tag("2020-01-26", EN, "The company will report on the fourth quarter."),
                        "the fourth quarter=DATE:2020-Q4");
    /* without a quarter in sight, a year ago is a year */
    assert_string_equal(tag("2019-10-26", EN, "He moved to Paris a year ago."), "a year ago=DATE:2018");
    /* look-alikes: a quarter of the shares, a quarter-point cut */
    assert_string_equal(tag("2019-10-26", EN, "A quarter of the shares were sold."), "");
    assert_string_equal(tag("2019-10-26", EN, "The bank made the quarter-point cut."), "");
}

/* Generic references and the look-alikes of sets and references. */
static void test_generic_references(void **state) {
    (void)state;
    assert_string_equal(tag("2019-10-26", EN, "The firm cut its quarterly dividend and pays a weekly bonus."), "");
    assert_string_equal(tag("2019-10-26", EN, "Rates are adjusted quarterly."), "quarterly=SET:P3M");
    assert_string_equal(tag("2019-10-26", FR, "Selon le mensuel Capital, il publie un hebdomadaire."), "");
    assert_string_equal(tag("2019-10-26", FR, "Les prix sont révisés chaque mois."), "chaque mois=SET:P1M");
    assert_string_equal(tag("2019-10-26", EN, "He left as soon as the talks ended."), "");
    assert_string_equal(tag("2019-10-26", EN, "They want a deal as soon as possible."),
                        "as soon as possible=DATE:FUTURE_REF");
    assert_string_equal(tag("2019-10-26", EN, "Prices will stay high in the near future."),
                        "the near future=DATE:FUTURE_REF");
    assert_string_equal(tag("2019-10-26", EN, "The previously announced plan was dropped."), "");
    /* 2019-10-24 is a Thursday: a past clause means the weekend just gone */
    assert_string_equal(tag("2019-10-24", EN, "Talks collapsed over the weekend."), "the weekend=DATE:2019-W42-WE");
    assert_string_equal(tag("2019-10-24", EN, "Talks will resume over the weekend."), "the weekend=DATE:2019-W43-WE");
    /* "Aujourd'hui," set off by a comma is nowadays; after a verb, the day */
    assert_string_equal(tag("2019-10-24", FR, "Aujourd'hui, la ville a changé."), "Aujourd'hui=TIME:PRESENT_REF");
    assert_string_equal(tag("2019-10-24", FR, "Le ministre se rend aujourd'hui à Lyon."),
                        "aujourd'hui=DATE:2019-10-24");
    assert_string_equal(tag("2019-10-24", FR, "Il est arrivé hier en début d'après-midi."),
                        "hier en début d'après-midi=TIME:2019-10-23TAF/START");
}

/* "the year", year end, years used as adjectives after a determiner. */
/* Irregular pasts mark the clause as past: the day or month before. */
static void test_irregular_past(void **state) {
    (void)state;
    /* 2019-10-28 is a Monday */
    assert_string_equal(tag("2019-10-28", EN, "The fund bought shares on Thursday."), "Thursday=DATE:2019-10-24");
    assert_string_equal(tag("2019-10-28", EN, "In January, the group brought in a new chief."),
                        "January=DATE:2019-01");
    assert_string_equal(tag("2019-10-28", EN, "In January, the group will bring in a new chief."),
                        "January=DATE:2020-01");
    /* "the Fed" is no past tense */
    assert_string_equal(tag("2019-10-28", EN, "The Fed meets on Thursday."), "Thursday=DATE:2019-10-31");
}

/* A month whose clause has no tense takes the sentence's; "this
 * September" is the dispatch's year; "June last year" names its year. */
static void test_month_year_placement(void **state) {
    (void)state;
    assert_string_equal(tag("2019-10-28", EN, "In March, after a long fight over the plan, the board fired him."),
                        "March=DATE:2019-03");
    /* a subordinate clause keeps its own (present) tense: the nearest */
    assert_string_equal(tag("2019-02-20", EN, "The judge had not ruled when the appeal is heard in April."),
                        "April=DATE:2019-04");
    assert_string_equal(tag("2019-02-20", EN, "Voters went to the polls and will vote again this September."),
                        "this September=DATE:2019-09");
    assert_string_equal(tag("2019-10-28", EN, "The plant opened in June last year and shuts on March 3 next year."),
                        "June last year=DATE:2018-06 | March 3 next year=DATE:2020-03-03");
    assert_string_equal(tag("2019-10-28", EN, "The drought of summer last year hurt crops."),
                        "summer last year=DATE:2018-SU");
}

/* A verb right before a date places it, however far back; a clock time
 * takes the date written after it. */
static void test_adjacent_verb_and_clock_date(void **state) {
    (void)state;
    assert_string_equal(tag("2019-10-31", EN, "In the year ended Jan. 31, sales rose."),
                        "the year=DURATION:P1Y | Jan. 31=DATE:2019-01-31");
    assert_string_equal(tag("2019-11-02", EN, "Bids are due by 5 p.m. EST Nov. 9, the agency said."),
                        "5 p.m. EST Nov. 9=TIME:2019-11-09T17:00");
    assert_string_equal(tag("2019-11-02", EN, "The vote closes at 10:30 a.m., Dec. 3, 2019."),
                        "10:30 a.m., Dec. 3, 2019=TIME:2019-12-03T10:30");
}

/* Anaphoric "that year", modifiers joined by a hyphen, counted
 * durations with "more" and "a couple of", seasons after "into", and
 * holidays on the nth weekday of a month. */
static void test_more_english_shapes(void **state) {
    (void)state;
    assert_string_equal(tag("2019-10-28", EN, "The mine opened in May 2011. Later that year it flooded."),
                        "May 2011=DATE:2011-05 | Later that year=DATE:2011/END");
    assert_string_equal(tag("2019-10-28", EN, "Rents rose in the mid-1990s."), "the mid-1990s=DATE:199/MID");
    assert_string_equal(tag("2019-10-28", EN, "The Zapad-2019 drills ended."), "");
    assert_string_equal(tag("2019-10-28", EN, "The strike may last two more weeks."), "two more weeks=DURATION:P2W");
    assert_string_equal(tag("2019-10-28", EN, "It took a couple of years to rebuild."),
                        "a couple of years=DURATION:P2Y");
    assert_string_equal(tag("2019-10-28", EN, "The couple left."), "");
    assert_string_equal(tag("2019-10-28", EN, "Exports grew for the first time in years."), "years=DURATION:PXY");
    assert_string_equal(tag("2019-10-28", EN, "They argued for months."), "months=DURATION:PXM");
    assert_string_equal(tag("2019-10-28", EN, "Payment is due within days."), "days=DURATION:PXD");
    assert_string_equal(tag("2019-10-28", EN, "Repairs will run into the summer."), "the summer=DATE:2020-SU");
    /* the fourth Thursday of November: 2019-11-28, 2018-11-22 */
    assert_string_equal(tag("2019-10-28", EN, "Stores will open on Thanksgiving Day."),
                        "Thanksgiving Day=DATE:2019-11-28");
    assert_string_equal(tag("2019-10-28", EN, "Sales fell after Thanksgiving 2018."),
                        "Thanksgiving 2018=DATE:2018-11-22");
}

/* Counted weeks name a week (TimeML: the granularity of the unit). */
static void test_weeks_ago(void **state) {
    (void)state;
    /* 2019-10-26 is in 2019-W43 */
    assert_string_equal(tag("2019-10-26", EN, "The plant closed six weeks ago."), "six weeks ago=DATE:2019-W37");
    assert_string_equal(tag("2020-01-08", EN, "The talks began two weeks ago."), "two weeks ago=DATE:2019-W52");
    assert_string_equal(tag("2019-10-26", EN, "The plant closed ten days ago."), "ten days ago=DATE:2019-10-16");
}

/* A report compares with the quarter that has ended, not one to come. */
static void test_report_quarter_ended(void **state) {
    (void)state;
    assert_string_equal(tag("2019-11-02", EN,
                            "Net rose 11% in the third quarter. The storm will cause a fourth-quarter charge. "
                            "Premiums fell from a year ago."),
                        "the third quarter=DATE:2019-Q3 | fourth-quarter=DATE:2019-Q4 | a year ago=DATE:2018-Q3");
    /* "last year" read as a quarter names no new report quarter */
    assert_string_equal(tag("2019-11-02", EN,
                            "Third-quarter profit rose from last year. The year-ago results had a charge."),
                        "Third-quarter=DATE:2019-Q3 | last year=DATE:2018-Q3 | The year-ago=DATE:2018-Q3");
}

static void test_the_year(void **state) {
    (void)state;
    assert_string_equal(tag("2019-10-26", EN, "Net income for the year rose 5%."), "the year=DATE:2019");
    /* a year named by its last day is a fiscal year: a period, no calendar year */
    assert_string_equal(tag("2019-10-26", EN, "Sales for the year ended June 30 reached $4 million."),
                        "the year=DURATION:P1Y | June 30=DATE:2019-06-30");
    assert_string_equal(tag("2019-10-26", EN, "It expects a loss in the fiscal year ending March 31."),
                        "the fiscal year=DURATION:P1Y | March 31=DATE:2020-03-31");
    assert_string_equal(tag("2019-10-26", EN, "Debt will fall by year-end."), "year-end=DATE:2019/END");
    assert_string_equal(tag("2019-10-26", EN, "The year 2000 was hard."), "The year 2000=DATE:2000");
    assert_string_equal(tag("2019-10-26", EN, "A 1996 law named for him was cited."), "1996=DATE:1996");
    assert_string_equal(tag("2019-10-26", EN, "His 2016 campaign failed."), "2016=DATE:2016");
    /* look-alikes: counts after a determiner that are not years */
    assert_string_equal(tag("2019-10-26", EN, "A 1,500 metre race and an A320 jet."), "");
    assert_string_equal(tag("2019-10-26", EN, "The yearbook sold well."), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deadline_after_past_verb),
        cmocka_unit_test(test_business_quarters),
        cmocka_unit_test(test_generic_references),
        cmocka_unit_test(test_the_year),
        cmocka_unit_test(test_weeks_ago),
        cmocka_unit_test(test_more_english_shapes),
        cmocka_unit_test(test_adjacent_verb_and_clock_date),
        cmocka_unit_test(test_month_year_placement),
        cmocka_unit_test(test_irregular_past),
        cmocka_unit_test(test_report_quarter_ended),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
