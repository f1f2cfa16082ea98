/*
 * test_timex_gold12.c -- unit tests of the rules added after the twelfth
 * gold batch (issue 3: business, economy and markets wires, political and
 * diplomatic wires) was scored: errors it showed that are shapes of news
 * in general, not of its texts.  The sentences are written for these
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

/* "a decade ago" is the year ten years back (TempEval-3 writes its two
 * "a decade ago" as years), not the decade before. */
static void test_decade_ago(void **state) {
    (void)state;
    assert_string_equal(tag("2026-05-12", EN, "The mill closed a decade ago."), "a decade ago=DATE:2016");
    assert_string_equal(tag("2026-05-12", EN, "The treaty was signed two decades ago."),
                        "two decades ago=DATE:2006");
    assert_string_equal(tag("2026-05-12", FR, "L'usine a fermé il y a une décennie."),
                        "il y a une décennie=DATE:2016");
}

/* French "le trimestre" of a results story or a statistics release is the
 * quarter its lead reported on, even after the report named the quarter
 * before to compare ("après une baisse au deuxième trimestre"); "ce
 * trimestre" stays the current one.  2025-10-28: the third quarter has
 * ended. */
static void test_le_trimestre(void **state) {
    (void)state;
    assert_string_equal(tag("2025-10-28", FR,
                            "Les ventes ont progressé de 3 % au troisième trimestre, après une baisse au deuxième "
                            "trimestre. Sur le trimestre, la marge a reculé."),
                        "troisième trimestre=DATE:2025-Q3 | deuxième trimestre=DATE:2025-Q2 | "
                        "le trimestre=DATE:2025-Q3");
    assert_string_equal(tag("2026-02-12", FR, "Le nombre de chômeurs a baissé de 20.000 sur le trimestre."),
                        "le trimestre=DATE:2025-Q4");
    assert_string_equal(tag("2026-05-20", FR, "L'aide sera versée ce trimestre."), "ce trimestre=DATE:2026-Q2");
}

/* "the previous quarter", "le trimestre précédent" are counted from the
 * quarter the report is about, not from the dispatch's date, and do not
 * become the reported quarter themselves.  2026-02-03: the fourth quarter
 * of 2025 has ended, the first of 2026 is under way. */
static void test_previous_quarter(void **state) {
    (void)state;
    assert_string_equal(tag("2026-02-03", FR,
                            "L'emploi a reculé de 0,3 % au quatrième trimestre par rapport au trimestre précédent."),
                        "quatrième trimestre=DATE:2025-Q4 | trimestre précédent=DATE:2025-Q3");
    assert_string_equal(tag("2026-02-03", EN,
                            "Output rose 0.4% in the fourth quarter from the previous quarter. Exports fell in the "
                            "quarter."),
                        "the fourth quarter=DATE:2025-Q4 | the previous quarter=DATE:2025-Q3 | "
                        "the quarter=DATE:2025-Q4");
}

/* "les six premiers mois", "les deux premières semaines": a span counted
 * from a start, a duration as TimeBank's "the first nine months". */
static void test_premiers_mois(void **state) {
    (void)state;
    assert_string_equal(tag("2025-10-28", FR, "Sur les six premiers mois, la production a baissé de 4 %."),
                        "les six premiers mois=DURATION:P6M");
    assert_string_equal(tag("2025-10-28", FR, "Les deux premières semaines du salon ont attiré 40.000 visiteurs."),
                        "Les deux premières semaines=DURATION:P2W");
}

/* A span told by its last month names a quarter or a half ("the three
 * months to September", "the six months ended June 30"): "a year
 * earlier" after it is that period a year before, and "the previous
 * quarter" the one before it; a sentence naming its own month keeps
 * that month's year before.  2025-11-05. */
static void test_months_to(void **state) {
    (void)state;
    assert_string_equal(tag("2025-11-05", EN,
                            "Profit rose 12% in the three months to September. Sales were flat from a year earlier. "
                            "Margins shrank from the previous quarter."),
                        "the three months=DURATION:P3M | September=DATE:2025-09 | a year earlier=DATE:2024-Q3 | "
                        "the previous quarter=DATE:2025-Q2");
    assert_string_equal(tag("2025-08-20", EN, "Net income fell to $40 million in the six months to June 30 from $52 "
                                              "million a year earlier."),
                        "the six months=DURATION:P6M | June 30=DATE:2025-06-30 | a year earlier=DATE:2024-H1");
    assert_string_equal(tag("2025-11-05", EN,
                            "Profit rose 12% in the three months to September.\n\nSales were flat from a year "
                            "earlier."),
                        "the three months=DURATION:P3M | September=DATE:2025-09 | a year earlier=DATE:2024-Q3");
    assert_string_equal(tag("2025-11-05", EN,
                            "Costs rose 1% in the three months to September. Output in October was 3% higher than "
                            "a year ago."),
                        "the three months=DURATION:P3M | September=DATE:2025-09 | October=DATE:2025-10 | "
                        "a year ago=DATE:2024");
}

/* The last day of a span a report covers ("the six months to June 30")
 * is no day the story is on: a clock time after it with no day of its
 * own is the dispatch's. */
static void test_span_end_no_anchor(void **state) {
    (void)state;
    assert_string_equal(tag("2026-08-06", EN, "Profit fell 9% in the six months to June 30. The shares fell 3% by "
                                              "0915 GMT."),
                        "the six months=DURATION:P6M | June 30=DATE:2026-06-30 | 0915 GMT=TIME:2026-08-06T09:15");
}

/* Analysts' shorthand: "Q1 2027", "fiscal 2026 Q4" and "H1" before what is
 * reported are quarters and halves; "Q3" without a year ("Audi Q3 sales")
 * is a car, "H1N1" a virus. */
static void test_quarter_shorthand(void **state) {
    (void)state;
    assert_string_equal(tag("2026-08-06", EN, "The sale should close in Q1 2027."), "Q1 2027=DATE:2027-Q1");
    assert_string_equal(tag("2026-08-06", EN, "H1 profit fell 31%."), "H1=DATE:2026-H1");
    assert_string_equal(tag("2026-08-06", EN, "Audi Q3 sales rose, and H1N1 cases fell."), "");
}

/* No prefix of several words opens inside a hyphenated compound: "the
 * run-up to Christmas" holds no "up to" (at most); a one-word
 * modifier may ("early-to-mid April"). */
static void test_runup_no_prefix(void **state) {
    (void)state;
    assert_string_equal(tag("2025-11-10", EN, "Shops hired more staff in the run-up to Christmas."),
                        "Christmas=DATE:2025-12-25");
    assert_string_equal(tag("2026-03-10", EN, "The repairs will take up to three weeks."),
                        "up to three weeks=DURATION:P3W/EQUAL_OR_LESS");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decade_ago),
        cmocka_unit_test(test_le_trimestre),
        cmocka_unit_test(test_previous_quarter),
        cmocka_unit_test(test_premiers_mois),
        cmocka_unit_test(test_months_to),
        cmocka_unit_test(test_span_end_no_anchor),
        cmocka_unit_test(test_quarter_shorthand),
        cmocka_unit_test(test_runup_no_prefix),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
