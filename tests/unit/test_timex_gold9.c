/*
 * test_timex_gold9.c -- unit tests of the rules added after the ninth
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

/* A date of every year is a set: "chaque 14 juillet", "tous les 1er
 * mai", "chaque mois d'août", "every July 4", "each May" (XXXX-07-14,
 * XXXX-08); "tous les 15 jours" still counts days, and a bare date stays
 * a date. */
static void test_yearly_date_set(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "Le village fête chaque 14 juillet sa libération."),
                        "chaque 14 juillet=SET:XXXX-07-14");
    assert_string_equal(tag("2026-03-04", FR, "Les syndicats défilent tous les 1er mai devant la mairie."),
                        "tous les 1er mai=SET:XXXX-05-01");
    assert_string_equal(tag("2026-03-04", FR, "La plage ferme chaque mois d'août, et le marché a lieu tous les 15 jours."),
                        "chaque mois d'août=SET:XXXX-08 | tous les 15 jours=SET:P15D");
    assert_string_equal(tag("2026-03-04", EN, "The town holds a parade every July 4 and a fair each September."),
                        "every July 4=SET:XXXX-07-04 | each September=SET:XXXX-09");
    assert_string_equal(tag("2026-03-04", EN, "The parade was held on July 4."), "July 4=DATE:2025-07-04");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_yearly_date_set),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
