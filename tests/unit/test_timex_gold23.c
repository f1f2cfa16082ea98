/*
 * test_timex_gold23.c -- unit tests of the rules added after the
 * twenty-third gold batch (ordinary wire news, written blind) was scored:
 * errors it showed that are shapes of news in general, not of its texts.
 * The sentences are written for these tests, not taken from the gold
 * files or corpora.
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

/* French "ces derniers mois", "ces dernières années" are a vague span
 * ending now (DURATION PXM, PXY); the future ones stay TIME FUTURE_REF. */
static void test_fr_past_plural_span(void **state) {
    (void)state;
    assert_string_equal(tag("2029-03-15", FR, "Les prix ont beaucoup monté ces dernières années."),
                        "ces dernières années=DURATION:PXY");
    assert_string_equal(tag("2029-03-15", FR, "Les ventes ont reculé ces derniers mois."),
                        "ces derniers mois=DURATION:PXM");
    assert_string_equal(tag("2029-03-15", FR, "Les ventes devraient reculer dans les prochains mois."),
                        "les prochains mois=TIME:FUTURE_REF");
}

/* A French set adjective after its noun and a determiner qualifies the
 * thing ("son congrès annuel", "la presse quotidienne"); the adverb
 * stays a set. */
static void test_fr_setadj_after_noun(void **state) {
    (void)state;
    assert_string_equal(tag("2029-03-15", FR, "La fédération tiendra son congrès annuel à Nantes."), "");
    assert_string_equal(tag("2029-03-15", FR, "Il a parlé à la presse quotidienne régionale."), "");
    assert_string_equal(tag("2029-03-15", FR, "Le contrôle aura lieu au lieu d'un contrôle annuel."), "");
    assert_string_equal(tag("2029-03-15", FR, "Le site publie quotidiennement les chiffres."),
                        "quotidiennement=SET:P1D");
}

/* "un ancien notaire de 63 ans": "ancien" before a noun makes a title of
 * a person, so "de N ans" is an age; a duration stays one. */
static void test_fr_former_age(void **state) {
    (void)state;
    assert_string_equal(tag("2029-03-15", FR, "La cour a condamné un ancien comptable de 58 ans."), "");
    assert_string_equal(tag("2029-03-15", FR, "La cour a prononcé une peine de 58 ans."),
                        "58 ans=DURATION:P58Y");
}

/* "spend the weekend": the weekend its clause's tense places. */
static void test_en_spend_weekend(void **state) {
    (void)state;
    /* 2031-05-13 is a Tuesday of ISO week 20 */
    assert_string_equal(tag("2031-05-13", EN, "She said she would spend the weekend with her family."),
                        "the weekend=DATE:2031-W20-WE");
}

/* An English season after a modifier with "of" keeps the mod ("the end of
 * the summer" END); a bare one too ("early summer"), but not after "a"
 * ("a late spring would..."), nor a sitting ("the end of the Spring
 * session"). */
static void test_en_season_after_mod(void **state) {
    (void)state;
    assert_string_equal(tag("2029-06-10", EN, "Cases will peak by the end of the summer."),
                        "the end of the summer=DATE:2029-SU/END");
    assert_string_equal(tag("2029-06-10", EN, "The offering may come in early summer."),
                        "early summer=DATE:2029-SU/START");
    assert_string_equal(tag("2029-06-10", EN, "Farmers fear a late spring would hurt the crop."), "");
    assert_string_equal(tag("2029-06-10", EN, "The bill comes before the end of the Spring session."), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fr_past_plural_span),
        cmocka_unit_test(test_fr_setadj_after_noun),
        cmocka_unit_test(test_fr_former_age),
        cmocka_unit_test(test_en_spend_weekend),
        cmocka_unit_test(test_en_season_after_mod),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
