/*
 * test_timex_numwords.c -- a number word after a weekday counts what
 * follows it (a annoncé mardi un plan, a présenté vendredi deux projets):
 * it is a day of the month only before a month name (le vingt et un
 * septembre).  Before the fix the tagger read "vendredi deux" as Friday
 * the 2nd and dropped "mardi un" as an impossible date.  The sentences are
 * written for this test.
 */
#include "harness.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "extract/timex.h"
#include "timex_fixture.h"

static void test_number_word_after_weekday(void **state) {
    (void)state;
    /* 2026-04-14 is a Tuesday */
    assert_string_equal(tag("2026-04-14", FR, "Le gouvernement a annoncé mardi un plan de relance."),
                        "mardi=DATE:2026-04-14");
    assert_string_equal(tag("2026-04-14", FR, "La ministre a présenté vendredi deux projets de loi."),
                        "vendredi=DATE:2026-04-10");
    assert_string_equal(tag("2026-04-14", FR, "Le club a signé lundi trois joueurs."), "lundi=DATE:2026-04-13");
    /* before a month it is the day */
    assert_string_equal(tag("2026-04-14", FR, "La réunion aura lieu le deux mai."), "le deux mai=DATE:2026-05-02");
    assert_string_equal(tag("2026-04-14", FR, "Le vote aura lieu le vingt et un juin."),
                        "le vingt et un juin=DATE:2026-06-21");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_word_after_weekday),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
