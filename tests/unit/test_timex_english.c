/*
 * test_timex_english.c -- unit tests of general rules of English time
 * expressions added in the fifth round of issue 3 (docs/timex.md,
 * "Evaluation"), each following the TimeML/TIDES conventions.  The
 * sentences are written for these tests.
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

/* A clock hour with its part of day instead of am/pm: "4 in the morning"
 * is 04:00, "8 in the evening" 20:00, "10 at night" 22:00. */
static void test_clock_part_of_day(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "The fire broke out at 4 in the morning."),
                        "4 in the morning=TIME:2026-03-02T04:00");
    assert_string_equal(tag("2026-03-02", EN, "The polls close at 8 in the evening."),
                        "8 in the evening=TIME:2026-03-02T20:00");
    assert_string_equal(tag("2026-03-02", EN, "The ferry left at 10 o'clock at night."),
                        "10 o'clock at night=TIME:2026-03-02T22:00");
    assert_string_equal(tag("2026-03-02", EN, "He phoned at 2 in the afternoon."),
                        "2 in the afternoon=TIME:2026-03-02T14:00");
}

/* A bare year after a demonstrative or "due" is a year: "that 1964
 * charter", "notes due 1995". */
static void test_bare_year_cues(void **state) {
    (void)state;
    assert_string_equal(tag("1989-11-02", EN, "The mayor praised that 1964 charter again."),
                        "1964=DATE:1964");
    assert_string_equal(tag("1989-11-02", EN, "The firm sold notes due 1995 and shares."), "1995=DATE:1995");
    assert_string_equal(tag("1989-11-02", EN, "Those 1987 rules were dropped."), "1987=DATE:1987");
}

/* "the future" is FUTURE_REF wherever it stands, unless it is the fate
 * of something ("the future of the club"); "a later date" too. */
static void test_future_ref(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "Farmers are anxious about the future."),
                        "the future=DATE:FUTURE_REF");
    assert_string_equal(tag("2026-03-02", EN, "The talks were put off to a later date."),
                        "a later date=DATE:FUTURE_REF");
    assert_string_equal(tag("2026-03-02", EN, "Fans debated the future of the club."), "");
}

/* "and is", "and are" open a new clause: the future of the second
 * clause is not the first one's. */
static void test_coordinated_is(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The bank cut rates in December and is expected to cut again in April."),
                        "December=DATE:2025-12 | April=DATE:2026-04");
    assert_string_equal(tag("2026-03-04", EN, "Shops shut in November and are due to reopen in May."),
                        "November=DATE:2025-11 | May=DATE:2026-05");
}

/* The nth weekday of a month: "the first Sunday in May" is a day. */
static void test_nth_weekday_of_month(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The election will be held on the first Sunday in May."),
                        "the first Sunday in May=DATE:2026-05-03");
    assert_string_equal(tag("2026-03-04", EN, "The fair opens on the last Friday of June 2027."),
                        "the last Friday of June 2027=DATE:2027-06-25");
    assert_string_equal(tag("2026-03-04", EN, "The vote was held on the second Tuesday of February."),
                        "the second Tuesday of February=DATE:2026-02-10");
}

/* A clock time followed by "on" and a day is on that day. */
static void test_clock_on_day(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The guns fell silent at 11 a.m. on Nov. 11, 1918."),
                        "11 a.m.=TIME:1918-11-11T11:00 | Nov. 11, 1918=DATE:1918-11-11");
    assert_string_equal(tag("2026-03-04", EN, "The hearing will open at 9 a.m. on Friday."),
                        "9 a.m.=TIME:2026-03-06T09:00 | Friday=DATE:2026-03-06");
    /* not across other words */
    assert_string_equal(tag("2026-03-04", EN, "He left at 9 a.m. and came back on Friday."),
                        "9 a.m.=TIME:2026-03-04T09:00 | Friday=DATE:2026-02-27");
}

/* A frequency is a set of its unit: "twice a week" is SET P1W. */
static void test_frequency_set(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The council meets twice a week."), "twice a week=SET:P1W");
    assert_string_equal(tag("2026-03-04", EN, "Inspectors visit three times a year."),
                        "three times a year=SET:P1Y");
    assert_string_equal(tag("2026-03-04", EN, "The paper appears once a month."), "once a month=SET:P1M");
}

/* Election Day is the Tuesday after the first Monday of November: in
 * 2026 November 3, in 2027 November 2 (Monday the 1st), in 2020 November
 * 3 (Monday the 2nd). */
static void test_election_day(void **state) {
    (void)state;
    assert_string_equal(tag("2026-10-20", EN, "Polls will be open on Election Day."),
                        "Election Day=DATE:2026-11-03");
    assert_string_equal(tag("2027-10-20", EN, "Polls will be open on Election Day."),
                        "Election Day=DATE:2027-11-02");
    assert_string_equal(tag("2020-10-20", EN, "Polls will be open on Election Day."),
                        "Election Day=DATE:2020-11-03");
}

/* "UNIT-long" is a span of that unit: "the year-long probe" is P1Y,
 * not the year of the dispatch. */
static void test_unit_long(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The year-long probe ended."), "The year-long=DURATION:P1Y");
    assert_string_equal(tag("2026-03-04", EN, "Its decade-long war ended."), "decade-long=DURATION:P10Y");
    assert_string_equal(tag("2026-03-04", EN, "A two-day-long visit began."), "two-day-long=DURATION:P2D");
}

/* "a second" before a noun is the ordinal, not one second. */
static void test_a_second(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The club hopes to build a second stadium near the river."), "");
    assert_string_equal(tag("2026-03-04", EN, "Nurses want a second-stage pay rise."), "");
    assert_string_equal(tag("2026-03-04", EN, "The lights went out for a second."), "a second=DURATION:PT1S");
    assert_string_equal(tag("2026-03-04", EN, "A second later, the bomb went off."), "A second=DURATION:PT1S");
}

/* "a year before" ending its phrase is "a year earlier". */
static void test_year_before(void **state) {
    (void)state;
    assert_string_equal(tag("1987-03-20", EN, "Fees climbed to 9 mln dlrs, against 7 mln dlrs a year before."),
                        "a year before=DATE:1986");
    assert_string_equal(tag("1987-03-20", EN, "Sales fell from 4 mln dlrs two years before, the firm said."),
                        "two years before=DATE:1985");
    assert_string_equal(tag("1987-03-20", EN, "He quit a year before the vote."), "a year=DURATION:P1Y");
}

/* A quarter named by its last day is a fiscal quarter, numbered as
 * written, of that day's year; the year before compares with it. */
static void test_quarter_ended(void **state) {
    (void)state;
    assert_string_equal(tag("1987-03-09", EN,
                            "In the second quarter ended January 31, the shop chain made 3 mln dlrs, against "
                            "2 mln dlrs a year before."),
                        "the second quarter=DATE:1987-Q2 | January 31=DATE:1987-01-31 | a year before=DATE:1986-Q2");
    assert_string_equal(tag("1987-03-09", EN, "In the third quarter ended Jan. 31, 1986, the chain lost money."),
                        "the third quarter=DATE:1986-Q3 | Jan. 31, 1986=DATE:1986-01-31");
}

/* A four-digit number before a unit of quantity is no year. */
static void test_year_quantity(void **state) {
    (void)state;
    assert_string_equal(tag("1987-03-09", EN, "The bill for the bridge came to 2150 mln dlrs in all."), "");
    assert_string_equal(tag("1987-03-09", EN, "Output rose to 1900 tonnes in 1986."), "1986=DATE:1986");
    assert_string_equal(tag("1987-03-09", EN, "The plant opened in 1986."), "1986=DATE:1986");
}

/* Wire copy writes a 24-hour clock before its time zone: "1600 GMT";
 * the zone is part of the expression. */
static void test_wire_clock(void **state) {
    (void)state;
    assert_string_equal(tag("1987-03-09", EN, "The ferry sails at 1600 EST on March 11 from the pier."),
                        "1600 EST=TIME:1987-03-11T16:00 | March 11=DATE:1987-03-11");
    assert_string_equal(tag("1987-03-09", EN, "Talks resume at 0830 GMT Tuesday."),
                        "0830 GMT Tuesday=TIME:1987-03-10T08:30");
    assert_string_equal(tag("1987-03-09", EN, "The session opened at 9:30 a.m. EST."),
                        "9:30 a.m. EST=TIME:1987-03-09T09:30");
    assert_string_equal(tag("1987-03-09", EN, "Sales were 1600 units in 1986."), "1986=DATE:1986");
    /* a zone named in words ending in "time" tells the clock as well */
    assert_string_equal(tag("1987-03-09", EN, "Bids close at 1415 local time on the exchange."),
                        "1415=TIME:1987-03-09T14:15");
    assert_string_equal(tag("1987-03-09", EN, "Orders entered by 1000 London time are settled."),
                        "1000=TIME:1987-03-09T10:00");
}

/* A participle clause after a comma has the tense of the clause it
 * hangs on; "according to" and "pending" open none.  2026-11-24 is a
 * Tuesday. */
static void test_participle_clause(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-24", EN, "Shares slid last week, ending at a record low on Friday."),
                        "last week=DATE:2026-W47 | Friday=DATE:2026-11-20");
    assert_string_equal(tag("2026-11-24", EN, "The mill will close, ending production on Friday."),
                        "Friday=DATE:2026-11-27");
    assert_string_equal(tag("2026-11-24", EN, "Trading was halted, pending a ruling on Friday."),
                        "Friday=DATE:2026-11-27");
}

/* Counts of units from the largest down are one duration, in either
 * language; a count too large for the unit before it starts another. */
static void test_compound_duration(void **state) {
    (void)state;
    assert_string_equal(tag("2026-11-24", EN, "The final took two hours 40 minutes."),
                        "two hours 40 minutes=DURATION:PT2H40M");
    assert_string_equal(tag("2026-11-24", EN, "He served three years and five months in jail."),
                        "three years and five months=DURATION:P3Y5M");
    assert_string_equal(tag("2026-11-24", EN, "The flight lasted an hour and 20 minutes."),
                        "an hour and 20 minutes=DURATION:PT1H20M");
    assert_string_equal(tag("2026-11-24", FR, "Il a écopé de huit ans et neuf mois de prison."),
                        "huit ans et neuf mois=DURATION:P8Y9M");
    assert_string_equal(tag("2026-11-24", FR, "Ils ont pris quatre ans et 18 mois de prison."),
                        "quatre ans=DURATION:P4Y | 18 mois=DURATION:P18M");
}

/* Four digits after a group of three close a telephone number, not a
 * year; a day of two digits before its year stays a date. */
static void test_phone_not_year(void **state) {
    (void)state;
    assert_string_equal(tag("1996-08-23", EN, "-- Harbourtown newsroom, +44 20 555 1998"), "");
    assert_string_equal(tag("1996-08-23", EN, "-- Harbourtown desk (33 1) 266 2010"), "");
    assert_string_equal(tag("1996-08-23", EN, "The pier opened on December 12 1995."),
                        "December 12 1995=DATE:1995-12-12");
    /* a month, a comma and its year ending the phrase are one date */
    assert_string_equal(tag("1987-03-02", EN, "The bank failed in September, 1984."),
                        "September, 1984=DATE:1984-09");
    assert_string_equal(tag("1987-03-02", EN, "Orders peaked in May, 1980, the agency said."),
                        "May, 1980=DATE:1980-05");
    assert_string_equal(tag("1987-03-02", EN, "In December, 2000 people marched."), "December=DATE:1986-12");
    /* a month of a year named relatively; a reference made an adjective */
    assert_string_equal(tag("2016-10-02", EN, "We started on June 16th of last year."),
                        "June 16th of last year=DATE:2015-06-16");
    assert_string_equal(tag("2016-10-02", EN, "A plan is due by March of next year."),
                        "March of next year=DATE:2017-03");
    assert_string_equal(tag("2016-10-02", EN, "He wrote for the now-defunct magazine."), "");
    assert_string_equal(tag("2016-10-02", EN, "The soon-to-open park is closed now."), "now=DATE:PRESENT_REF");
    /* a count with its plus; the newspaper's name */
    assert_string_equal(tag("2016-02-24", EN, "She needs a majority of the 2470+ delegates."), "");
    assert_string_equal(tag("2016-02-24", EN, "A USA TODAY poll found him ahead today."), "today=DATE:2016-02-24");
    assert_string_equal(tag("1996-08-24", EN, "Leeds lost to Sheffield Wednesday on Saturday."),
                        "Saturday=DATE:1996-08-24");
    /* (and the words of those names do not let "the" into a weekday) */
    assert_string_equal(tag("1996-08-24", EN, "The Wednesday average rose."), "Wednesday=DATE:1996-08-21");
}

/* "the 1800s" is a century, "the 2000s" the decade. */
static void test_hundreds(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The law dates from the late 1800s."), "the late 1800s=DATE:18/END");
    assert_string_equal(tag("2026-03-04", EN, "Prices rose in the 1990s and the 2000s."),
                        "the 1990s=DATE:199 | the 2000s=DATE:200");
}

/* An ordinal in words before "of" and a month is the day. */
static void test_ordinal_of_month(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "Fireworks are set for the Fourth of July."),
                        "the Fourth of July=DATE:2026-07-04");
    assert_string_equal(tag("2026-03-04", EN, "He was freed on the fifth of November 2024."),
                        "the fifth of November 2024=DATE:2024-11-05");
}

/* "UNIT-long" after an ordinal: the ordinal counts the things, the
 * span is one unit ("their third day-long meeting": P1D). */
static void test_ordinal_unit_long(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The envoys left their third day-long meeting."),
                        "day-long=DURATION:P1D");
    assert_string_equal(tag("2026-03-04", EN, "Dockers began a second week-long strike."),
                        "week-long=DURATION:P1W");
}

/* A year between an adjective of quality after a determiner and its
 * noun is a year ("his unsuccessful 1996 campaign"); a count adjective
 * leaves a count ("the additional 1500 troops"). */
static void test_year_after_adjective(void **state) {
    (void)state;
    assert_string_equal(tag("1998-02-13", EN, "He recalled his unsuccessful 1996 campaign for the seat."),
                        "1996=DATE:1996");
    assert_string_equal(tag("2026-03-04", EN, "Ministers dropped the ambitious 2030 goals."), "2030=DATE:2030");
    assert_string_equal(tag("2026-03-04", EN, "The army sent the additional 1500 troops."), "");
}

/* "March" before for/of/on and a capitalised word is a name's noun
 * ("the March for Life", "the March of Dimes"); before a year or a
 * weekday it stays the month. */
static void test_march_name(void **state) {
    (void)state;
    assert_string_equal(tag("2026-01-22", EN, "Thousands joined the annual March for Life downtown."), "");
    assert_string_equal(tag("2026-01-22", EN, "She gave the prize to the March of Dimes."), "");
    assert_string_equal(tag("2026-01-22", EN, "The firm closed in March of 2024."), "March of 2024=DATE:2024-03");
}

/* A capitalised unit after a capitalised "This"/"Next"/"Last" opening a
 * quotation is a title ("This Week", a programme); a quoted sentence
 * that opens on "This week" keeps its week. */
static void test_quoted_title_unit(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The minister, speaking on the \"This Week\" programme, said no."),
                        "");
    assert_string_equal(tag("2026-03-04", EN, "\"This week we won,\" the coach said."),
                        "This week=DATE:2026-W10");
}

/* A bound written after the expression is its mod, in its extent:
 * "or so" APPROX, "or later" ON_OR_AFTER, "or more" EQUAL_OR_MORE,
 * "or less" EQUAL_OR_LESS; not before "than". */
static void test_trailing_or_mod(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The plant should reopen in a month or so."),
                        "a month or so=DATE:2026-04/APPROX");
    assert_string_equal(tag("2026-03-04", EN, "The line will not turn a profit until 2029 or later."),
                        "2029 or later=DATE:2029/ON_OR_AFTER");
    assert_string_equal(tag("2026-03-04", EN, "The repairs could take three years or more."),
                        "three years or more=DURATION:P3Y/EQUAL_OR_MORE");
    assert_string_equal(tag("2026-03-04", EN, "Each visit lasts two hours or less."),
                        "two hours or less=DURATION:PT2H/EQUAL_OR_LESS");
    assert_string_equal(tag("2026-03-04", EN, "It lasted two weeks or less than that."), "two weeks=DURATION:P2W");
    assert_string_equal(tag("2026-03-04", EN, "The repairs could take a year or more."),
                        "a year or more=DURATION:P1Y/EQUAL_OR_MORE");
    assert_string_equal(tag("2026-03-04", EN, "Old wells pump 10 barrels a day or less."), "a day=DURATION:P1D");
    assert_string_equal(tag("2026-03-04", EN, "Costs will rise in 2028 and beyond."),
                        "2028 and beyond=DATE:2028/ON_OR_AFTER");
    assert_string_equal(tag("2026-03-04", EN, "Sales in 2028 and beyond the border rose."), "2028=DATE:2028");
}

/* "a hundred", "a thousand": the article is the count's one and in the
 * extent. */
static void test_a_hundred(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The feud has lasted a hundred years."),
                        "a hundred years=DURATION:P100Y");
    assert_string_equal(tag("2026-03-04", EN, "The siege lasted a thousand days."),
                        "a thousand days=DURATION:P1000D");
}

/* A month a deal agreed to is the nearest one, whether the agreement's
 * (gone) or the deal's (to come): told in November, "agreed to acquire
 * the firm in January" is the coming January, "... in September" the
 * last; "agreed in January to" keeps the past. */
static void test_agreement_month(void **state) {
    (void)state;
    assert_string_equal(tag("2025-11-04", EN, "The bank agreed to acquire the insurer in January."),
                        "January=DATE:2026-01");
    assert_string_equal(tag("2025-11-04", EN, "The bank agreed to acquire the insurer in September."),
                        "September=DATE:2025-09");
    assert_string_equal(tag("2025-11-04", EN, "The bank agreed in January to acquire the insurer."),
                        "January=DATE:2025-01");
}

/* "in a week that began with a selloff", "in a year when voters
 * wanted change": a period a relative clause describes is no span and
 * none to come; "in a week" alone is a week from now. */
static void test_unit_relative_clause(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "Shares rallied in a week that began with a selloff."), "");
    assert_string_equal(tag("2026-03-04", EN, "She won in a year when voters wanted change."), "");
    assert_string_equal(tag("2026-03-04", EN, "The ferry resumes service in a week."), "a week=DATE:2026-03-11");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clock_part_of_day),
        cmocka_unit_test(test_bare_year_cues),
        cmocka_unit_test(test_future_ref),
        cmocka_unit_test(test_coordinated_is),
        cmocka_unit_test(test_nth_weekday_of_month),
        cmocka_unit_test(test_clock_on_day),
        cmocka_unit_test(test_frequency_set),
        cmocka_unit_test(test_election_day),
        cmocka_unit_test(test_unit_long),
        cmocka_unit_test(test_a_second),
        cmocka_unit_test(test_year_before),
        cmocka_unit_test(test_quarter_ended),
        cmocka_unit_test(test_year_quantity),
        cmocka_unit_test(test_wire_clock),
        cmocka_unit_test(test_phone_not_year),
        cmocka_unit_test(test_participle_clause),
        cmocka_unit_test(test_compound_duration),
        cmocka_unit_test(test_hundreds),
        cmocka_unit_test(test_ordinal_of_month),
        cmocka_unit_test(test_ordinal_unit_long),
        cmocka_unit_test(test_year_after_adjective),
        cmocka_unit_test(test_march_name),
        cmocka_unit_test(test_quoted_title_unit),
        cmocka_unit_test(test_trailing_or_mod),
        cmocka_unit_test(test_a_hundred),
        cmocka_unit_test(test_agreement_month),
        cmocka_unit_test(test_unit_relative_clause),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
