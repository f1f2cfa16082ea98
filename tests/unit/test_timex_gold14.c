/*
 * test_timex_gold14.c -- unit tests of the rules added after the
 * fourteenth gold batch (issue 3: analysis, opinion, interviews and
 * explainers, rich in vague and generic time) was scored: errors it
 * showed that are shapes of news in general, not of its texts.  The
 * sentences are written for these tests, not taken from the gold files or
 * corpora.
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

/* A date after "depuis"/"since" starts a state that lasts until now: it
 * lies in the past even when the past candidate is far and the coming one
 * near (the guard that takes the nearest day of a misread tense does not
 * apply).  2025-10-09 is a Thursday. */
static void test_since_date_is_past(void **state) {
    (void)state;
    assert_string_equal(tag("2025-10-09", FR, "Les bus diesel sont bannis du centre-ville depuis le 2 janvier."),
                        "le 2 janvier=DATE:2025-01-02");
    assert_string_equal(tag("2025-10-09", EN, "The old bridge has been closed to trucks since Jan. 6."),
                        "Jan. 6=DATE:2025-01-06");
    assert_string_equal(tag("2025-09-10", FR, "La piscine municipale est fermée depuis octobre."),
                        "octobre=DATE:2024-10");
    /* (without "depuis", the nearest day still wins over a far past) */
    assert_string_equal(tag("2025-10-09", FR, "Les bus diesel seront bannis du centre-ville le 2 janvier."),
                        "le 2 janvier=DATE:2026-01-02");
}

/* "won't" is the future of "will", not the past "won" followed by "'t";
 * "didn't", "wasn't", "weren't" are the pasts of did, was, were.
 * 2025-06-11 is a Wednesday. */
static void test_contracted_auxiliaries(void **state) {
    (void)state;
    assert_string_equal(tag("2025-11-05", EN, "The club won't hire a new manager before February."),
                        "February=DATE:2026-02");
    assert_string_equal(tag("2025-11-05", EN, "The club wouldn't hire a new manager before February."),
                        "February=DATE:2026-02");
    assert_string_equal(tag("2025-06-11", EN, "The mayor didn't sign the order in September."),
                        "September=DATE:2024-09");
    assert_string_equal(tag("2025-06-11", EN, "The road wasn't reopened in September."), "September=DATE:2024-09");
}

/* "tous les matins", "tous les soirs", "toutes les nuits": every such
 * part of day, as "chaque matin" (XXXX-XX-XXTMO). */
static void test_every_part_of_day_plural(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", FR, "Le marché ouvre tous les matins et le bar ferme tous les soirs."),
                        "tous les matins=SET:XXXX-XX-XXTMO | tous les soirs=SET:XXXX-XX-XXTEV");
    assert_string_equal(tag("2026-03-02", FR, "Des patrouilles circulent toutes les nuits."),
                        "toutes les nuits=SET:XXXX-XX-XXTNI");
}

/* A set adjective after a determiner and "next" or "last" qualifies a
 * thing, as right after the determiner: "the next monthly report". */
static void test_set_adjective_after_next(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "The agency will publish its next monthly survey on Friday."),
                        "Friday=DATE:2026-03-06");
    assert_string_equal(tag("2026-03-02", EN, "The firm skipped its last quarterly dividend."), "");
    assert_string_equal(tag("2026-03-02", EN, "The survey is published monthly."), "monthly=SET:P1M");
}

/* "a while" is a vague span of no unit (PXX), "a while ago" the vague
 * past, "once in a while" no time. */
static void test_a_while(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "Repairs could take a while, the utility said."), "a while=DURATION:PXX");
    assert_string_equal(tag("2026-03-02", EN, "The shop closed a while ago."), "a while ago=DATE:PAST_REF");
    assert_string_equal(tag("2026-03-02", EN, "Once in a while the ferry is cancelled."), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_since_date_is_past),
        cmocka_unit_test(test_contracted_auxiliaries),
        cmocka_unit_test(test_every_part_of_day_plural),
        cmocka_unit_test(test_set_adjective_after_next),
        cmocka_unit_test(test_a_while),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
