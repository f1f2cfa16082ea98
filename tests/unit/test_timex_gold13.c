/*
 * test_timex_gold13.c -- unit tests of the rules added after the
 * thirteenth gold batch (issue 3: court cases, cold cases,
 * anniversaries, obituaries, health features) was scored: errors it
 * showed that are shapes of news in general, not of its texts.  The
 * sentences are written for these tests, not taken from the gold files
 * or corpora.
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

/* A year told after a day or month of that year ("that year", "il y a
 * vingt-sept ans") does not hide the finer date from the anaphors that
 * need a month or a day: "the previous month" counts from March 2004, not
 * from the dispatch; the year anaphors still count from the year. */
static void test_coarser_anchor_keeps_finer(void **state) {
    (void)state;
    assert_string_equal(tag("2025-10-08", EN,
                            "The plant closed on March 3, 2004. Hundreds of workers lost their jobs that year, and "
                            "the mill had cut wages the previous month."),
                        "March 3, 2004=DATE:2004-03-03 | that year=DATE:2004 | the previous month=DATE:2004-02");
    assert_string_equal(tag("2025-10-08", FR,
                            "Le stade a été inauguré en mai 1998. Il y a vingt-sept ans, la ville en rêvait ; le mois "
                            "suivant, il accueillait la finale."),
                        "mai 1998=DATE:1998-05 | Il y a vingt-sept ans=DATE:1998 | le mois suivant=DATE:1998-06");
    /* the year after the month: "the year before" is the year before it */
    assert_string_equal(tag("2026-02-09", EN,
                            "A flood in June stopped the plant. It made 4 million cars in 2025, up from 3 million the "
                            "year before."),
                        "June=DATE:2025-06 | 2025=DATE:2025 | the year before=DATE:2024");
}

/* A day of a month with no year, in a past clause, in the sentence of a
 * day whose past year was written or in the next, within a month after
 * it, is of that year, not the dispatch's; a month-year ("in May 1991")
 * is too loose an anchor, and a clause to come keeps the dispatch's. */
static void test_day_in_story_year(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-10", FR,
                            "Le barrage a cédé le 12 octobre 1977 à 4 h 10. Les secours ont atteint le village le 14 "
                            "octobre."),
                        "le 12 octobre 1977=DATE:1977-10-12 | 4 h 10=TIME:1977-10-12T04:10 | le 14 octobre=DATE:1977-10-14");
    assert_string_equal(tag("2026-03-10", EN, "On May 2, 1991, the firm sold its stake. On May 20, it bought it back."),
                        "May 2, 1991=DATE:1991-05-02 | May 20=DATE:1991-05-20");
    assert_string_equal(tag("2026-03-10", EN, "The firm, founded in May 1991, said on May 20 that it would close."),
                        "May 1991=DATE:1991-05 | May 20=DATE:2026-05-20");
    assert_string_equal(tag("2026-03-10", FR, "Il est né le 3 mai 1938. La cérémonie aura lieu le 20 mai."),
                        "le 3 mai 1938=DATE:1938-05-03 | le 20 mai=DATE:2026-05-20");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_coarser_anchor_keeps_finer),
        cmocka_unit_test(test_day_in_story_year),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
