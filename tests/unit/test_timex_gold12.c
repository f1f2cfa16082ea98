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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decade_ago),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
