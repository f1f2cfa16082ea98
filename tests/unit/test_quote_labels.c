/*
 * test_quote_labels.c -- the quotation extractor's rules for labels and
 * French reporting clauses (src/extract/quote.c), in invented French and
 * English sentences: a short lower-case term in marks after a preposition
 * or a verb that reports nothing is a label, not a quotation (relevée à
 * « stable », downgraded to "negative") while the same shape after a
 * verb that takes its quoted words after a preposition stays one
 * (qualifié de « … », accused of "…"); a bare adjective is never a
 * speaker; the agent of a passive is (jugés « … » par les analystes);
 * d'après and "pour elle" name a speaker; a time word or a complement
 * between the verb and its subject; a second verb coordinated after a
 * quotation keeps its subject; "It added" goes to the organisation.
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

/* Ratings and other labels in marks are no quotations, in both languages. */
static void test_labels(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "Kessarie : la perspective de la note souveraine relevée à « stable » avant le vote du FMI.",
        "LOC:Kessarie", "ORG:FMI", NULL);
    assert_int_equal(f->n, 0);
    tag(f, VL_LANG_FR,
        "L'agence Meridian Ratings a relevé vendredi de « négative » à « stable » la perspective de la note.",
        "ORG:Meridian Ratings", NULL);
    assert_int_equal(f->n, 0);
    tag(f, VL_LANG_EN, "Fitch said it had downgraded the outlook from “stable” to “negative”.", "ORG:Fitch", NULL);
    assert_int_equal(f->n, 0);
    tag(f, VL_LANG_EN, "Moody’s said the rating was downgraded to “negative” after the vote.", "ORG:Moody", NULL);
    assert_int_equal(f->n, 0);
    tag(f, VL_LANG_EN, "The agency lowered the sovereign rating to “junk”, Moody’s said on Friday.", "ORG:Moody", NULL);
    assert_int_equal(f->n, 0);
}

/* The same shape after a verb whose quoted words follow a preposition is
 * a partial quotation, and a participle inside the marks makes a verb. */
static void test_label_lookalikes(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "Le ministre Paul Verdier a qualifié la décision de « scandaleuse ».", "PER:Paul Verdier", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(qtext(f, 0), "« scandaleuse »");
    assert_string_equal(speaker(f, 0), "Paul Verdier");
    tag(f, VL_LANG_EN, "The minister denounced the bill as “reckless” on Monday.", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "The minister");
    tag(f, VL_LANG_FR, "Selon lui, les incidents ont été « gérés avec professionnalisme ».", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(qtext(f, 0), "« gérés avec professionnalisme »");
    tag(f, VL_LANG_EN, "Bush tweeted that Trump is a “loser,” a “liar” and a “whiner.”", "PER:Bush", "PER:Trump", NULL);
    assert_int_equal(f->n, 3);
    assert_string_equal(speaker(f, 2), "Bush");
}

/* A bare adjective or lower-case modifier is never a speaker. */
static void test_adjective_speaker(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "Kessarie : la note souveraine relevée « après des années de crise », une première.",
        "LOC:Kessarie", NULL);
    assert_int_equal(f->n, 0);
    tag(f, VL_LANG_EN, "Officials said the plan was a “disaster in the making.”", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Officials");
    /* It added, "…": a statement's "it" goes to the organisation */
    tag(f, VL_LANG_EN,
        "The listing was removed, the company GunBroker wrote.\n\nIt added, \"We want no part in the listing.\"",
        "ORG:GunBroker", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "GunBroker");
}

/* The passive: the agent speaks, the subject does not. */
static void test_passive(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "Le groupe a publié des résultats jugés « solides » par les analystes.", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "les analystes");
    tag(f, VL_LANG_FR, "L'exercice, qualifié de « défensif » par l'état-major, doit durer dix jours.", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "l'état-major");
    tag(f, VL_LANG_FR, "Le texte, surnommé « loi Duval », sera examiné mercredi.", "PER:Duval", NULL);
    assert_int_equal(f->n, 0);
    tag(f, VL_LANG_FR, "Les députés ont adopté la proposition de loi dite « anti-squat » mardi.", NULL);
    assert_int_equal(f->n, 0);
    /* a reflexive is no passive: s'est dit « … » par is the subject's */
    tag(f, VL_LANG_FR, "Le ministre Marco Bellini s'est dit « très préoccupé » par la situation au Sahel.",
        "PER:Marco Bellini", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Marco Bellini");
    tag(f, VL_LANG_FR, "Le retour à la normale est espéré « d'ici samedi » pour la plupart des foyers.", NULL);
    for (size_t i = 0; i < f->n; i++) assert_string_not_equal(speaker(f, i), "la normale");
}

/* d'après X, pour elle: the speaker of what follows. */
static void test_according_forms(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "D'après le patron de la compagnie, Henri Vasquez, les grèves ont coûté « près de 40 millions d'euros ».",
        "PER:Henri Vasquez", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Henri Vasquez");
    tag(f, VL_LANG_FR,
        "La syndicaliste Camille Roux appelle à la grève. Pour elle, le projet « détricote quarante ans d'acquis ».",
        "PER:Camille Roux", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Camille Roux");
    tag(f, VL_LANG_FR,
        "Le militant Bernard Quéré manifeste samedi. Pour lui, la nouvelle zone est « une mesure punitive ».",
        "PER:Bernard Quéré", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Bernard Quéré");
}

/* Between the verb and its subject: a time word, a complement. */
static void test_after_verb(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "« Il n'y aura pas de hausse d'impôts », a assuré jeudi le ministre de l'Économie, Bruno Castel.",
        "PER:Bruno Castel", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Bruno Castel");
    tag(f, VL_LANG_FR,
        "« Les recherches se poursuivent », a expliqué à l'AFP le capitaine de frégate Éric Lemaire, du centre d'Étel.",
        "ORG:AFP", "PER:Éric Lemaire", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Éric Lemaire");
    tag(f, VL_LANG_FR, "« C'est une décision réfléchie », indique le communiqué du FC Varennes.", "ORG:FC Varennes", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "le communiqué du FC Varennes");
}

/* « … » et promet « … »: the second verb's subject is the first's. */
static void test_coordinated(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "La directrice, Marion Chevalier, parle d'une « édition record » et promet « encore plus de surprises ».",
        "PER:Marion Chevalier", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 0), "Marion Chevalier");
    assert_string_equal(speaker(f, 1), "Marion Chevalier");
    /* « … » et réclament …: the verb after the quotation is coordinated,
     * its subject is before */
    tag(f, VL_LANG_FR, "Les syndicats dénoncent un « gâchis industriel » et réclament une reprise.", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Les syndicats");
    /* …, X maintient un détachement: a verb with its own object narrates */
    tag(f, VL_LANG_FR, "L'OTAN dresse un bilan « très positif des manoeuvres », Paris maintient un détachement.",
        "ORG:OTAN", "LOC:Paris", NULL);
    for (size_t i = 0; i < f->n; i++) assert_string_not_equal(speaker(f, i), "Paris");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_labels, setup, teardown),
        cmocka_unit_test_setup_teardown(test_label_lookalikes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_adjective_speaker, setup, teardown),
        cmocka_unit_test_setup_teardown(test_passive, setup, teardown),
        cmocka_unit_test_setup_teardown(test_according_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(test_after_verb, setup, teardown),
        cmocka_unit_test_setup_teardown(test_coordinated, setup, teardown),
    };
    return cmocka_run_group_tests_name("quote_labels", tests, NULL, NULL);
}
