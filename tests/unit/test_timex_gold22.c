/*
 * test_timex_gold22.c -- unit tests of the rules added after the
 * twenty-second gold batch (ordinary wire news, written blind) was
 * scored: errors it showed that are shapes of news in general, not of its
 * texts.  The sentences are written for these tests, not taken from the
 * gold files or corpora.
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

/* A French clock time of a passé composé clause after a backstory's day
 * (told before the lead's day) is of the lead's day; in the day's own
 * sentence only when the day sits in an apposition between commas. */
static void test_fr_clock_lead_day(void **state) {
    (void)state;
    /* 2029-06-09 is a Saturday: the lead's "vendredi" is 2029-06-08 */
    const char *s = tag("2029-06-09", FR,
                        "La cour a rendu son arrêt vendredi à Lyon. Le 3 mai 2027, l'homme avait volé une voiture. "
                        "Le président a prononcé l'arrêt peu avant 16 heures.");
    assert_non_null(strstr(s, "16 heures=TIME:2029-06-08T16:00"));
    s = tag("2029-06-09", FR,
            "Le cycliste a gagné samedi la course. Parti jeudi à 20 heures, il a mené toute la course. "
            "Il a franchi la ligne à 9 h 10.");
    assert_non_null(strstr(s, "9 h 10=TIME:2029-06-09T09:10"));
    s = tag("2029-06-09", FR,
            "Les ministres ont signé vendredi un accord. Les délégués, arrivés jeudi soir, ont discuté jusqu'à 11 heures.");
    assert_non_null(strstr(s, "11 heures=TIME:2029-06-08T11:00"));
    /* (a day heading its sentence is the clause's own: "Jeudi, ...") */
    s = tag("2029-06-09", FR, "Les ministres ont signé vendredi un accord. Jeudi, ils ont discuté jusqu'à 11 heures.");
    assert_non_null(strstr(s, "11 heures=TIME:2029-06-07T11:00"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fr_clock_lead_day),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
