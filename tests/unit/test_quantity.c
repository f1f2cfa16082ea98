/*
 * test_quantity.c -- unit tests of the quantity extractor (src/extract/
 * quantity.c): each family (counts, currencies, percent, lengths, scales,
 * approximate nouns and adverbs, number words) in French and English,
 * French and English separators, and the look-alikes that are not
 * quantities (time expressions, names such as F-16 and Zapad-2025, scores,
 * labels, articles).  The sentences are written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/quantity.h"
#include "extract/timex.h"

static vl_quantity_tagger *qt;
static vl_timex_tagger *tt;

static int setup(void **state) {
    (void)state;
    vl_error err;
    if (vl_quantity_tagger_new(&qt, &err) || vl_timex_tagger_new(&tt, &err)) return -1;
    return 0;
}

static int teardown(void **state) {
    (void)state;
    vl_quantity_tagger_free(qt);
    vl_timex_tagger_free(tt);
    return 0;
}

/* "text=value unit [~] {counted}" for each quantity, joined with " | ". */
static const char *tag(vl_lang lang, const char *text) {
    static char out[4096];
    const vl_timex *tx;
    size_t ntx, n;
    assert_int_equal(vl_timex_tag(tt, text, strlen(text), lang, "2025-09-12", &tx, &ntx), VL_OK);
    const vl_quantity *q;
    assert_int_equal(vl_quantity_tag(qt, text, strlen(text), lang, tx, ntx, &q, &n), VL_OK);
    size_t len = 0;
    out[0] = 0;
    for (size_t i = 0; i < n; i++) {
        len += (size_t)snprintf(out + len, sizeof out - len, "%s%.*s=%g%s%s%s", i ? " | " : "",
                                (int)(q[i].end - q[i].start), text + q[i].start, q[i].value, q[i].unit ? " " : "",
                                q[i].unit ? q[i].unit : "", q[i].approx ? " ~" : "");
        if (q[i].counted_end > q[i].counted_start)
            len += (size_t)snprintf(out + len, sizeof out - len, " {%.*s}", (int)(q[i].counted_end - q[i].counted_start),
                                    text + q[i].counted_start);
    }
    return out;
}

#define FR VL_LANG_FR
#define EN VL_LANG_EN

static void test_counts(void **state) {
    (void)state;
    assert_string_equal(tag(FR, "Minsk a libéré 52 prisonniers politiques."),
                        "52 prisonniers politiques=52 {prisonniers politiques}");
    assert_string_equal(tag(EN, "Some 6,000 troops crossed the river."), "Some 6,000 troops=6000 ~ {troops}");
    assert_string_equal(tag(EN, "Twenty-one people were hurt."), "Twenty-one people=21 {people}");
    assert_string_equal(tag(FR, "Trois cents soldats sont arrivés."), "Trois cents soldats=300 {soldats}");
    assert_string_equal(tag(FR, "On compte quatre-vingt-dix blessés."), "quatre-vingt-dix blessés=90 {blessés}");
    assert_string_equal(tag(EN, "It sent 12 American advisers."), "12 American advisers=12 {American advisers}");
}

/* A table's columns are not a counted noun: the word after a wide gap
 * (three spaces, a tab, an indented line) starts another field.  Two
 * spaces in prose are a slip, and a wrapped line goes on. */
static void test_table_fields(void **state) {
    (void)state;
    assert_string_equal(tag(EN, "Net 4.2 mln vs 3.9 mln\n    Revs 61 mln vs 58 mln"), "");
    assert_string_equal(tag(EN, "Grade 2.40       Coastal"), "");
    assert_string_equal(tag(EN, "Total 12,500\tCargoes"), "");
    assert_string_equal(tag(EN, "It will hire about 120  engineers."), "about 120  engineers=120 ~ {engineers}");
    assert_string_equal(tag(EN, "The plant made 40,000\ncars last year."), "40,000\ncars=40000 {cars}");
    assert_string_equal(tag(FR, "Bilan : 14 blessés\n\n   Suite du texte"), "14 blessés=14 {blessés}");
}

static void test_units(void **state) {
    (void)state;
    assert_string_equal(tag(FR, "L'Union a promis 2 milliards d'euros."), "2 milliards d'euros=2e+09 EUR");
    assert_string_equal(tag(EN, "Washington pledged $3.5 billion."), "$3.5 billion=3.5e+09 USD");
    assert_string_equal(tag(FR, "La croissance atteint 2,6 % cette année."), "2,6 %=2.6 percent");
    assert_string_equal(tag(EN, "Turnout was 46.8 percent."), "46.8 percent=46.8 percent");
    assert_string_equal(tag(FR, "La frontière fait 3 300 kilomètres."), "3 300 kilomètres=3300 km");
    assert_string_equal(tag(FR, "Un budget de 1 250 000 euros."), "1 250 000 euros=1.25e+06 EUR");
    assert_string_equal(tag(EN, "About 1.2 million barrels a day."), "About 1.2 million barrels=1.2e+06 bbl ~");
    assert_string_equal(tag(FR, "Il pèse 1.500 tonnes."), "1.500 tonnes=1500 t");
}

static void test_approx(void **state) {
    (void)state;
    assert_string_equal(tag(FR, "Une vingtaine de pays ont signé."), "Une vingtaine de pays=20 ~ {pays}");
    assert_string_equal(tag(FR, "Des milliers de manifestants."), "milliers de manifestants=1000 ~ {manifestants}");
    assert_string_equal(tag(EN, "Dozens of protesters gathered."), "Dozens of protesters=12 ~ {protesters}");
    assert_string_equal(tag(FR, "Plus de 300 familles ont fui."), "Plus de 300 familles=300 ~ {familles}");
}

static void test_lookalikes(void **state) {
    (void)state;
    /* dates and times are time expressions, not quantities */
    assert_string_equal(tag(FR, "Le sommet a eu lieu le 12 septembre 2025 à 14h30."), "");
    assert_string_equal(tag(EN, "The vote is on 15 September at 10:30."), "");
    /* names of models and exercises */
    assert_string_equal(tag(FR, "Les manœuvres Zapad-2025 avec des F-16 et un A320."), "");
    /* scores, labels and the article un/one */
    assert_string_equal(tag(EN, "The team won 3-1 on Sunday."), "");
    assert_string_equal(tag(FR, "L'article 5 du traité et le vol 17."), "");
    assert_string_equal(tag(FR, "Un soldat et une femme."), "");
    /* a number that counts nothing */
    assert_string_equal(tag(EN, "The index rose to 52."), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_table_fields),
        cmocka_unit_test(test_units),
        cmocka_unit_test(test_approx),
        cmocka_unit_test(test_lookalikes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
