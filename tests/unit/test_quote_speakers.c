/*
 * test_quote_speakers.c -- the speaker rules of the quotation extractor
 * (src/extract/quote.c) added for issue 5, one test per rule, in invented
 * French and English sentences: adverbs between a subject and its verb,
 * "it" after a quotation, the outer subject of "X said she …", a weak verb
 * close to the quotation, clauses that end with a colon, verb forms inside
 * names and after possessives, narration after a quotation, a paragraph
 * that continues the previous speaker, titled subjects for pronouns, the
 * final reporting clause of the sentence before a quotation, a name that
 * signs a quotation after a dash.
 * Entities are given by hand, as the tagger would find them (its mistakes
 * included where a rule must survive them).
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



static const char *clause(fx *f, size_t i) { return range(f, f->q[i].spk_start, f->q[i].spk_end); }

/* The quotation whose text starts with prefix, or fails. */
static size_t find_q(const fx *f, const char *prefix) {
    for (size_t i = 0; i < f->n; i++)
        if (strncmp(f->text + f->q[i].start, prefix, strlen(prefix)) == 0) return i;
    fail_msg("no quotation starting with %s", prefix);
    return 0;
}

/* X further described …, X a vivement critiqué …: the adverb is no speaker */
static void test_adverb_between(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN, "Governor Tom Reyes further described the flood as a \"catastrophe for the valley,\" then left.",
        "PER:Tom Reyes", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Tom Reyes");
    tag(f, VL_LANG_EN, "\"The valley will recover,\" it firmly stated.", "PER:Tom Reyes", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(clause(f, 0), "it");
    /* now, has long, isn't: adverbs and negated auxiliaries */
    tag(f, VL_LANG_EN, "Rita Chen now says that the plan was a mistake from the start.", "PER:Rita Chen", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Rita Chen");
    tag(f, VL_LANG_EN, "Rita Chen isn't saying much about the plan to the press this week.", "PER:Rita Chen", NULL);
    for (size_t i = 0; i < f->n; i++) assert_string_equal(speaker(f, i), "Rita Chen");
    tag(f, VL_LANG_FR, "Paul Berger a vivement critiqué, lundi soir, « une réforme bâclée et injuste ».", "PER:Paul Berger", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Paul Berger");
}

/* "…," it added: the latest organisation */
static void test_it_speaker(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "The Health Ministry published new figures on Monday, a week after Dr. Alan Moss resigned.\n\n"
        "\"Hospital admissions fell by a third in a single month,\" it added.",
        "ORG:Health Ministry", "PER:Alan Moss", NULL);
    size_t i = find_q(f, "\"Hospital");
    assert_string_equal(clause(f, i), "it");
    assert_string_equal(speaker(f, i), "Health Ministry");
}

/* Maria Lopez said she recalls …: the outer subject */
static void test_outer_subject(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN, "Maria Lopez said she recalls the mood being \"tense and sour\" that night.", "PER:Maria Lopez", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(clause(f, 0), "Maria Lopez");
    assert_string_equal(speaker(f, 0), "Maria Lopez");
}

/* In a statement announcing …, the union called him a "…": the weak verb
 * next to the quotation and its subject, not the statement */
static void test_weak_verb_near(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "In a statement announcing its choice, the Pilots Union called the senator a \"true ally\" of its members.",
        "ORG:Pilots Union", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Pilots Union");
}

/* Clauses ending with a colon: their subject, past an opening phrase and
 * through an apposition */
static void test_colon_subject(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN, "On March 3, 2021, Jane Roe made the following remark: \"We are not done yet.\"", "PER:Jane Roe", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Jane Roe");
    tag(f, VL_LANG_EN, "The rules were simple: \"No phones, no cameras.\"", NULL);
    for (size_t i = 0; i < f->n; i++) assert_true(f->q[i].name_end == f->q[i].name_start);
    tag(f, VL_LANG_FR,
        "Le porte-parole du gouvernement, Marc Olivier, a été clair : « Il n'y aura pas de rallonge cette année. »\n\n"
        "Avec ce budget, Agnès Durand a une priorité : « Rouvrir les lits fermés depuis trois ans. »",
        "PER:Marc Olivier", "PER:Agnès Durand", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 0), "Marc Olivier");
    assert_string_equal(speaker(f, 1), "Agnès Durand");
}

/* Verb forms that are names (the United States) or nouns after a
 * possessive (Mr. Holt's remarks) */
static void test_verb_look_alikes(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "Ambassador Lee Park spoke at the council.\n\n"
        "\"To be clear, the United States does not accept this test,\" he said.",
        "PER:Lee Park", "LOC:United States", NULL);
    size_t i = find_q(f, "\"To be clear");
    assert_string_equal(qtext(f, i), "\"To be clear, the United States does not accept this test,\"");
    assert_string_equal(speaker(f, i), "Lee Park");
    tag(f, VL_LANG_EN, "Ann Diaz, a senior aide, called Mr. Holt's remarks \"a wake-up call\" for the party.",
        "PER:Ann Diaz", "PER:Holt", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Ann Diaz");
}

/* "…," when X blasted him: narration; "…?" X said, looking …: the speaker */
static void test_clause_after(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN, "The ad shows Bob Kerr saying during the debate, \"That makes me clever,\" when Lisa Grant blasted him.",
        "PER:Bob Kerr", "PER:Lisa Grant", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Bob Kerr");
    tag(f, VL_LANG_EN, "\"Who would have believed we would get this far?\" Bob Kerr said, looking out at the cheering crowd.",
        "PER:Bob Kerr", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Bob Kerr");
}

/* A paragraph opening with a quotation after "…," said X, a title. */
static void test_paragraph_inherit(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "\"We will rebuild the bridge,\" said Ana Ruiz, the regional transport chief.\n\n"
        "\"Work starts in the spring and should end before the winter.\"",
        "PER:Ana Ruiz", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 1), "Ana Ruiz");
    tag(f, VL_LANG_FR,
        "« Nous reconstruirons le pont », a déclaré Ana Ruiz, la responsable régionale des transports.\n\n"
        "« Les travaux commenceront au printemps et finiront avant l'hiver. »",
        "PER:Ana Ruiz", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 1), "Ana Ruiz");
    /* a narration sentence between: no inheritance from two sentences back */
    tag(f, VL_LANG_EN,
        "\"We will rebuild the bridge,\" said Ana Ruiz. The council met later. Nobody spoke.\n\n"
        "\"Work starts in the spring and should end before the winter.\"",
        "PER:Ana Ruiz", NULL);
    size_t i = find_q(f, "\"Work");
    assert_true(f->q[i].name_end == f->q[i].name_start);
}

/* Pronouns: a subject whose name has premodifiers, not an affiliation in
 * parentheses the tagger took for a person */
static void test_pronoun_titled_subject(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "Dr. Bob Ames sold pills on television for years.\n\n"
        "Democratic Sen. Jane Roe (D-Ore.) scolded him: \"The science is against you on this,\" she said.",
        "PER:Bob Ames", "PER:Jane Roe", "PER:D-Ore", NULL);
    size_t i = find_q(f, "\"The science");
    assert_string_equal(clause(f, i), "she");
    assert_string_equal(speaker(f, i), "Jane Roe");
}

/* The subject of the first reporting verb when the later verbs have none:
 * a description, or the description that opens the sentence */
static void test_first_subject(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "At a briefing in Elmford, the mayor also said that it was too early to tell, and there was \"no sign\" of foul play.",
        "PER:Elmford", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "the mayor");
    tag(f, VL_LANG_EN, "Marchers walked past the memorial to Carl Dunn, chanting, \"No justice, no peace.\"", "PER:Carl Dunn",
        NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Marchers");
}

/* "…, X said." then a quotation alone: the final reporting clause's
 * speaker, not a person named earlier in that sentence */
static void test_previous_final_clause(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "The agency may wait while Secretary Dan Wolfe negotiates with the rebels, Sara Mills said. "
        "\"The other factor is time, and time is short.\"",
        "PER:Dan Wolfe", "PER:Sara Mills", NULL);
    size_t i = find_q(f, "\"The other");
    assert_string_equal(speaker(f, i), "Sara Mills");
    tag(f, VL_LANG_FR,
        "Le gouvernement attendra la fin des discussions menées par Paul Roux, a précisé Claire Morel. "
        "« Rien ne presse, nous avons le temps. »",
        "PER:Paul Roux", "PER:Claire Morel", NULL);
    i = find_q(f, "« Rien");
    assert_string_equal(speaker(f, i), "Claire Morel");
}

/* “…” ― Name at the end of a paragraph, a name the tagger missed */
static void test_dash_signature(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "\xe2\x80\x9cNothing will change for people like us.\xe2\x80\x9d \xe2\x80\x95 Lea Marchetti\n\n"
        "\xe2\x80\x9cWe will see in the spring.\xe2\x80\x9d \xe2\x80\x95 Tom\n\n"
        "\xe2\x80\x9cIt was a long night.\xe2\x80\x9d \xe2\x80\x95 Then Everyone Left the hall in silence.",
        NULL);
    assert_int_equal(f->n, 3);
    assert_string_equal(speaker(f, 0), "Lea Marchetti");
    /* one word, or a sentence that goes on: no signature */
    assert_true(f->q[1].name_end == f->q[1].name_start);
    assert_true(f->q[2].name_end == f->q[2].name_start);
}

/* as X put it, "…" / "…," was how X put it / comme l'a rappelé X, « … » /
 * pour X, « … » */
static void test_as_put_it(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "As Nora Blake put it, \"nobody reads the fine print anymore.\"\n\n"
        "\"It's over,\" was how Sam Ortiz put it.",
        "PER:Nora Blake", "PER:Sam Ortiz", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 0), "Nora Blake");
    assert_string_equal(speaker(f, 1), "Sam Ortiz");
    tag(f, VL_LANG_FR,
        "Comme l'a rappelé Jean Morin, « la crise n'est pas finie ».\n\n"
        "Pour la présidente de la région, Anne Lavaud, « le texte doit être réécrit ».\n\n"
        "Pour la première fois, « le pont » sera fermé.",
        "PER:Jean Morin", "PER:Anne Lavaud", NULL);
    assert_string_equal(speaker(f, find_q(f, "« la crise")), "Jean Morin");
    assert_string_equal(speaker(f, find_q(f, "« le texte")), "Anne Lavaud");
    for (size_t i = 0; i < f->n; i++) assert_true(strncmp(f->text + f->q[i].start, "« le pont", 9) != 0);
}

/* A description that opens its own clause after a comma is its verb's
 * subject; "de la Santé", "of the agency" complete a description */
static void test_description_clause(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "Ivy Marsh spoke on Monday. She said adoptive parents would not qualify, and when pressed on fathers, "
        "the 34-year-old mother of two replied, \"It is meant to help the mother who gave birth.\"",
        "PER:Ivy Marsh", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(clause(f, 0), "the 34-year-old mother of two");
    tag(f, VL_LANG_FR,
        "Elle a annoncé des recrutements et, interrogée sur les lits, la ministre de la Santé a répondu : "
        "« Nous rouvrirons chaque lit fermé. »",
        "ORG:Santé", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "la ministre de la Santé");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_adverb_between, setup, teardown),
        cmocka_unit_test_setup_teardown(test_it_speaker, setup, teardown),
        cmocka_unit_test_setup_teardown(test_outer_subject, setup, teardown),
        cmocka_unit_test_setup_teardown(test_weak_verb_near, setup, teardown),
        cmocka_unit_test_setup_teardown(test_colon_subject, setup, teardown),
        cmocka_unit_test_setup_teardown(test_verb_look_alikes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_clause_after, setup, teardown),
        cmocka_unit_test_setup_teardown(test_paragraph_inherit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pronoun_titled_subject, setup, teardown),
        cmocka_unit_test_setup_teardown(test_first_subject, setup, teardown),
        cmocka_unit_test_setup_teardown(test_previous_final_clause, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dash_signature, setup, teardown),
        cmocka_unit_test_setup_teardown(test_as_put_it, setup, teardown),
        cmocka_unit_test_setup_teardown(test_description_clause, setup, teardown),
    };
    return cmocka_run_group_tests_name("quote_speakers", tests, NULL, NULL);
}
