/*
 * test_quote_anaphors.c -- the quotation extractor's rules added after the
 * third French gold set (src/extract/quote.c, quote_lex.c), in invented
 * sentences: a description that refers back by an age (le joueur de 31
 * ans, the 58-year-old) or by the organisation's kind alone
 * (l'institution, the company) takes the person or organisation last
 * named, and only then; a description with a short title before its
 * apposed name (l'avocate des familles, Me Anne Roy) is that name; a
 * rating after a participle and a long object (a relevé la perspective de
 * la dette du pays à « stable ») is a label; manner-of-speaking verbs
 * (a-t-il souri) report.  After the fourth set (fr-4.gold): a
 * determiner and a rank before the apposed name (sa directrice, le Dr
 * Nadia Ferhat; le général Pierre Roux); a clause ending in a colon
 * introduces the quotation by its subject past object and reflexive
 * pronouns (X s'en prend au gouvernement : « … ») and after the title
 * in guillemets of an opening phrase (Au quotidien « Le Monde », X …).
 */
#include "harness.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/quote.h"
#include "ner/ner.h"
#include "quote_fixture.h"

static void test_age_refers_back(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "Le défenseur Paulo Mendes quitte Nantes pour Lisbonne. « C'est le bon moment pour rentrer », a expliqué le "
        "joueur de 31 ans.",
        "PER:Paulo Mendes", "LOC:Nantes", "LOC:Lisbonne", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Paulo Mendes");
    tag(f, VL_LANG_EN,
        "Retired judge Ellen Marsh won the seat by 200 votes. \"It was a long night,\" the 58-year-old told supporters.",
        "PER:Ellen Marsh", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Ellen Marsh");
    /* a role is no age: the minister may be someone not named */
    tag(f, VL_LANG_FR,
        "Le défenseur Paulo Mendes quitte Nantes. « Le club perd un cadre », a regretté le ministre des Sports.",
        "PER:Paulo Mendes", "LOC:Nantes", NULL);
    assert_int_equal(f->n, 1);
    assert_string_not_equal(canon(f, 0), "Paulo Mendes");
}

static void test_kind_refers_back(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "Selon le Conseil d'État, la mesure est « disproportionnée ». L'institution juge aussi le délai « irréaliste ».",
        "ORG:Conseil d'État", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(canon(f, 1), "Conseil d'État");
    /* a person named after the organisation does not hide it */
    tag(f, VL_LANG_EN,
        "Orvex Motors recalled 4,000 vans, a week after engineer Dana Cole raised the fault. \"Safety comes first,\" "
        "the company said.",
        "ORG:Orvex Motors", "PER:Dana Cole", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Orvex Motors");
    /* a kind with more words is a new description, not a reference */
    tag(f, VL_LANG_EN,
        "Orvex Motors recalled 4,000 vans. \"We saw it coming,\" a rival company said.", "ORG:Orvex Motors", NULL);
    assert_int_equal(f->n, 1);
    assert_string_not_equal(canon(f, 0), "Orvex Motors");
}

static void test_title_before_apposed_name(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "Le juge a refusé la libération. Pour l'avocate des familles, Me Anne Roy, il s'agit d'un « déni de justice ».",
        "PER:Anne Roy", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Anne Roy");
    assert_string_equal(qtext(f, 0), "« déni de justice »");
}

static void test_rank_before_apposed_name(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "« Restons prudents », a tempéré sa directrice scientifique, le Dr Nadia Ferhat, devant la presse.",
        "PER:Nadia Ferhat", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Nadia Ferhat");
    tag(f, VL_LANG_FR, "« Nous tiendrons », a assuré le chef d'état-major, le général Pierre Roux.", "PER:Pierre Roux",
        NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Pierre Roux");
    /* a determiner and a word that is no rank: the description stays */
    tag(f, VL_LANG_FR, "« Nous tiendrons », a assuré le chef d'état-major, le jeune Pierre Roux.", "PER:Pierre Roux",
        NULL);
    assert_int_equal(f->n, 1);
    assert_string_not_equal(canon(f, 0), "Pierre Roux");
}

static void test_colon_after_clitics_and_title(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "La maire, Anne Vidal, s'en prend au préfet : « Il ne nous a jamais écoutés. »", "PER:Anne Vidal",
        NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Anne Vidal");
    tag(f, VL_LANG_FR, "Jean Dumas l'a répété aux élus : « Le budget sera tenu. »", "PER:Jean Dumas", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Jean Dumas");
    tag(f, VL_LANG_FR,
        "Dans un entretien au journal « La Vigie », la députée Anne Vidal se montre sévère : « C'est un échec. »",
        "PER:Anne Vidal", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Anne Vidal");
    /* no person opens the clause: nobody is made the speaker */
    tag(f, VL_LANG_FR, "Au journal « La Vigie », les chiffres se lisent ainsi : « un échec complet ».", NULL);
    assert_true(f->n == 0 || !*canon(f, 0));
}

static void test_rating_after_long_object(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "L'agence Nordrate a relevé la perspective de la dette du Portugal à « stable » lundi.",
        "ORG:Nordrate", "LOC:Portugal", NULL);
    assert_int_equal(f->n, 0);
    /* a verb that takes its words after a preposition keeps them */
    tag(f, VL_LANG_FR, "Le syndicat a qualifié la décision de la direction de « provocation ».", NULL);
    assert_int_equal(f->n, 1);
}

static void test_manner_verbs(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "La cycliste Léa Morin a gagné l'étape. « Je n'y croyais plus », a-t-elle souri à l'arrivée.",
        "PER:Léa Morin", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Léa Morin");
    assert_string_equal(verb(f, 0), "souri");
    tag(f, VL_LANG_FR, "« On a encore du travail », soupire l'entraîneur Marc Olier.", "PER:Marc Olier", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(canon(f, 0), "Marc Olier");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_age_refers_back, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kind_refers_back, setup, teardown),
        cmocka_unit_test_setup_teardown(test_title_before_apposed_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rank_before_apposed_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_colon_after_clitics_and_title, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rating_after_long_object, setup, teardown),
        cmocka_unit_test_setup_teardown(test_manner_verbs, setup, teardown),
    };
    return cmocka_run_group_tests_name("quote_anaphors", tests, NULL, NULL);
}
