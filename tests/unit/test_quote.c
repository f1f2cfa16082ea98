/*
 * test_quote.c -- the quotation extractor (src/extract/quote.c), one test
 * per pattern family in French and English: each order of the reporting
 * clause, inverted forms, multi-paragraph quotations, partial quotations,
 * incises, indirect speech, the look-alikes that are no quotations, and
 * speaker resolution (pronouns, descriptions).  Entities are given by hand
 * (as the tagger would find them) so that the rules alone are tested.
 */
#include "harness.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/event_tokens.h"
#include "extract/quote.h"
#include "ner/ner.h"

#include "quote_fixture.h"


/* « … », a déclaré X / X a affirmé : « … » / « … », a-t-il ajouté */
static void test_fr_orders(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "« Nous ne céderons pas », a déclaré Emmanuel Macron mardi.\n\n"
        "Olaf Scholz a affirmé : « L'Europe doit rester unie. »\n\n"
        "« Le dialogue reste ouvert », a-t-il ajouté.\n\n"
        "« C'est inacceptable », dit-il encore.",
        "PER:Emmanuel Macron", "PER:Olaf Scholz", NULL);
    assert_int_equal(f->n, 4);
    assert_string_equal(qtext(f, 0), "« Nous ne céderons pas »");
    assert_string_equal(speaker(f, 0), "Emmanuel Macron");
    assert_string_equal(verb(f, 0), "déclaré");
    assert_true(f->q[0].direct);
    assert_string_equal(qtext(f, 1), "« L'Europe doit rester unie. »");
    assert_string_equal(speaker(f, 1), "Olaf Scholz");
    assert_string_equal(verb(f, 1), "affirmé");
    /* a-t-il: the last person named outside quotation marks */
    assert_string_equal(speaker(f, 2), "Olaf Scholz");
    assert_string_equal(range(f, f->q[2].spk_start, f->q[2].spk_end), "a-t-il");
    assert_string_equal(speaker(f, 3), "Olaf Scholz");
    assert_string_equal(verb(f, 3), "dit-il");
}

/* Words in capitals with accents (Latin-1 letters lower-cased without
 * decoding) and the typographic apostrophe are found in the lexicon as
 * written in lower case. */
static void test_fr_capitals(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "« Nous ne céderons pas », A DÉCLARÉ Emmanuel Macron mardi.\n\n"
        "« Rien n\xe2\x80\x99" "est joué », a RÉPÉTÉ Olaf Scholz.",
        "PER:Emmanuel Macron", "PER:Olaf Scholz", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 0), "Emmanuel Macron");
    assert_string_equal(verb(f, 0), "DÉCLARÉ");
    assert_string_equal(qtext(f, 1), "« Rien n\xe2\x80\x99" "est joué »");
    assert_string_equal(speaker(f, 1), "Olaf Scholz");
    assert_string_equal(verb(f, 1), "RÉPÉTÉ");
}

/* "…," said X / X said "…" / "…," X told reporters / said he */
static void test_en_orders(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "\"We will not accept this deal,\" said Mitch McConnell.\n\n"
        "Nancy Pelosi said \"the door remains open to talks.\"\n\n"
        "\"The votes are simply not there,\" Chuck Schumer told reporters on Tuesday.\n\n"
        "\"It is over,\" said he.",
        "PER:Mitch McConnell", "PER:Nancy Pelosi", "PER:Chuck Schumer", NULL);
    assert_int_equal(f->n, 4);
    assert_string_equal(speaker(f, 0), "Mitch McConnell");
    assert_string_equal(verb(f, 0), "said");
    assert_string_equal(qtext(f, 1), "\"the door remains open to talks.\"");
    assert_string_equal(speaker(f, 1), "Nancy Pelosi");
    assert_string_equal(speaker(f, 2), "Chuck Schumer");
    assert_string_equal(verb(f, 2), "told");
    assert_string_equal(speaker(f, 3), "Chuck Schumer");
    /* a party label in parentheses, an apposition chain, a possessive */
    tag(f, VL_LANG_EN,
        "\"We were ready,\" Sen. Claire McCaskill (D-Mo.) said.\n\n"
        "\"It is an invasion,\" Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said.\n\n"
        "\"That was outrageous,\" Obama's former campaign strategist said.",
        "PER:Claire McCaskill", "PER:Scott Pruitt", "PER:Obama", NULL);
    assert_int_equal(f->n, 3);
    assert_string_equal(speaker(f, 0), "Claire McCaskill");
    assert_string_equal(speaker(f, 1), "Scott Pruitt");
    assert_string_equal(speaker(f, 2), "Obama's former campaign strategist");
}

/* selon X, « … » / according to X / curly quotes */
static void test_according_to(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "Selon Sergueï Lavrov, « la Russie ne cherche pas l'escalade ».", "PER:Sergueï Lavrov", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Sergueï Lavrov");
    assert_string_equal(verb(f, 0), "Selon");
    /* selon lui: the person named before; a complement before the name */
    tag(f, VL_LANG_FR,
        "« La situation est grave », explique à la presse Jean-Yves Le Drian. Selon lui, « rien n'est joué ».",
        "PER:Jean-Yves Le Drian", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 0), "Jean-Yves Le Drian");
    assert_string_equal(verb(f, 0), "explique");
    assert_string_equal(range(f, f->q[1].spk_start, f->q[1].spk_end), "lui");
    assert_string_equal(speaker(f, 1), "Jean-Yves Le Drian");
    tag(f, VL_LANG_EN, "“The talks have stalled,” according to Antony Blinken.", "PER:Antony Blinken", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(qtext(f, 0), "“The talks have stalled,”");
    assert_string_equal(speaker(f, 0), "Antony Blinken");
}

/* A quotation over several paragraphs: each new one opens with « (or »,
 * or “ in English) and the quotation goes on. */
static void test_multi_paragraph(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "Le président a déclaré : « Nous avons beaucoup travaillé cette année.\n\n"
        "« Nous continuerons l'an prochain, avec tous nos partenaires. »\n\n"
        "Le texte sera voté lundi.",
        NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(qtext(f, 0), "« Nous avons beaucoup travaillé cette année.\n\n"
                                     "« Nous continuerons l'an prochain, avec tous nos partenaires. »");
    assert_string_equal(speaker(f, 0), "Le président");
    tag(f, VL_LANG_EN,
        "Jane Doe said: “The first part of my answer is long.\n\n“And the second part is longer still.”\n\nEnd.",
        "PER:Jane Doe", NULL);
    assert_int_equal(f->n, 1);
    assert_non_null(strstr(qtext(f, 0), "second part"));
    assert_string_equal(speaker(f, 0), "Jane Doe");
}

/* Partial quotations inside reported speech. */
static void test_partial(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "Dmitri Peskov a qualifié la rupture d'« un divorce qui n'a que des perdants ».", "PER:Dmitri Peskov", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(qtext(f, 0), "« un divorce qui n'a que des perdants »");
    assert_string_equal(speaker(f, 0), "Dmitri Peskov");
    assert_true(f->q[0].direct);
    tag(f, VL_LANG_EN, "Trump is “temperamentally unfit to lead,” Clinton says.", "PER:Trump", "PER:Clinton", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Clinton");
}

/* An incise inside the quotation splits it in two, with its speaker. */
static void test_incise(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "« Nous ne céderons pas, a assuré Jean Dupont, à la pression de la rue. »", "PER:Jean Dupont",
        NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(qtext(f, 0), "« Nous ne céderons pas,");
    assert_string_equal(qtext(f, 1), "à la pression de la rue. »");
    assert_string_equal(speaker(f, 0), "Jean Dupont");
    assert_string_equal(speaker(f, 1), "Jean Dupont");
}

/* Names and terms in quotation marks are no quotations. */
static void test_lookalikes(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "Les manoeuvres « Zapad-2025 » commencent vendredi. Le « Brexit » pèse sur les échanges. "
        "Il a lu « Le Monde » et « Guerre et Paix » dans le train.",
        NULL);
    assert_int_equal(f->n, 0);
    tag(f, VL_LANG_EN, "The so-called “deep state” was discussed at the “Camp David Accords” anniversary.", NULL);
    assert_int_equal(f->n, 0);
}

/* X a déclaré que … / X said that … : indirect, with the speaker. */
static void test_indirect(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR, "Emmanuel Macron a déclaré que la France resterait vigilante.", "PER:Emmanuel Macron", NULL);
    assert_int_equal(f->n, 1);
    assert_false(f->q[0].direct);
    assert_string_equal(qtext(f, 0), "la France resterait vigilante");
    assert_string_equal(speaker(f, 0), "Emmanuel Macron");
    tag(f, VL_LANG_EN, "The ministry said that the border would stay closed. The plan will fail, she said.",
        NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(qtext(f, 0), "the border would stay closed");
    assert_string_equal(speaker(f, 0), "The ministry");
    assert_string_equal(qtext(f, 1), "The plan will fail");
    assert_false(f->q[1].direct);
    /* no reporting verb: nothing */
    tag(f, VL_LANG_EN, "The border stayed closed that the weather was cold.", NULL);
    assert_int_equal(f->n, 0);
}

/* A description goes to the person it is apposed to elsewhere; the
 * canonical name is the entity's. */
static void test_description(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "Maxime Ryjenkov, le ministre bélarusse des Affaires étrangères, a reçu les émissaires.\n\n"
        "« Nous sommes prêts », a déclaré le ministre bélarusse.\n\n"
        "Le porte-parole du Kremlin, Dmitri Peskov, a démenti. « Rien n'est décidé », a affirmé le porte-parole du "
        "Kremlin.\n\n"
        "« Tout reste possible », a estimé un diplomate européen.",
        "PER:Maxime Ryjenkov", "PER:Dmitri Peskov", "ORG:Kremlin", NULL);
    assert_int_equal(f->n, 3);
    assert_string_equal(speaker(f, 0), "Maxime Ryjenkov");
    assert_string_equal(range(f, f->q[0].spk_start, f->q[0].spk_end), "le ministre bélarusse");
    assert_string_equal(speaker(f, 1), "Dmitri Peskov");
    /* nobody described so: the description is the speaker */
    assert_string_equal(speaker(f, 2), "un diplomate européen");
    tag(f, VL_LANG_EN,
        "Senate Republican leader Mitch McConnell met the press.\n\n"
        "\"This bill is dead,\" the Republican leader told reporters. Later McConnell left.",
        "PER:Mitch McConnell", "PER:McConnell", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Mitch McConnell");
    assert_string_equal(canon(f, 0), "Mitch McConnell");
}

/* Pronouns: the most recent person named outside quotation marks, of the
 * gender a civil title gives; the last speaker before them. */
static void test_pronouns(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_FR,
        "Mme Anne Hidalgo a rencontré M. Jean Castex. « Paris est prêt », a-t-elle affirmé.", "PER:Anne Hidalgo",
        "PER:Jean Castex", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Anne Hidalgo");
    tag(f, VL_LANG_EN,
        "Mark Rutte spoke first. \"We stand together,\" Rutte said, citing Joe Biden's words \"never again\".\n\n"
        "He added that more aid would come.",
        "PER:Mark Rutte", "PER:Rutte", "PER:Joe Biden", NULL);
    assert_true(f->n >= 2);
    assert_string_equal(speaker(f, 0), "Rutte");
    assert_string_equal(canon(f, 0), "Mark Rutte");
    assert_string_equal(canon(f, f->n - 1), "Mark Rutte");
    assert_false(f->q[f->n - 1].direct);
}

/* Short partial quotations beside a reporting verb are quotations (a
 * term alone is not), and quotations chained in one sentence share the
 * speaker of the first. */
static void test_partial_chain(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "Mayor Ellen Park called the councillor a \"coward,\" a \"liar\" and \"unfit.\"\n\n"
        "Tom Reyes described the budget as “reckless”.",
        "PER:Ellen Park", "PER:Tom Reyes", NULL);
    assert_int_equal(f->n, 4);
    assert_string_equal(qtext(f, 0), "\"coward,\"");
    assert_string_equal(speaker(f, 0), "Ellen Park");
    assert_string_equal(qtext(f, 1), "\"liar\"");
    assert_string_equal(speaker(f, 1), "Ellen Park");
    assert_string_equal(qtext(f, 2), "\"unfit.\"");
    assert_string_equal(speaker(f, 2), "Ellen Park");
    assert_string_equal(qtext(f, 3), "“reckless”");
    assert_string_equal(speaker(f, 3), "Tom Reyes");
    tag(f, VL_LANG_FR,
        "Martine Aubry a dénoncé une « trahison », puis une « faute » du gouvernement.\n\n"
        "Le « Brexit » et la « flexisécurité » restent au programme.",
        "PER:Martine Aubry", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(qtext(f, 0), "« trahison »");
    assert_string_equal(speaker(f, 0), "Martine Aubry");
    assert_string_equal(qtext(f, 1), "« faute »");
    assert_string_equal(speaker(f, 1), "Martine Aubry");
}

/* The speaker is a person: the antecedent of "who" / "qui" past a
 * complement, the first verb's subject when an embedded verb's names no
 * one, never a noun after "my" / "notre". */
static void test_speaker_clause(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "The plan was backed by Ruth Adler, the Senate leader, who in 2019 said it was \"a historic step.\"\n\n"
        "Governor Sam Ortiz said the storms and floods demand \"a serious response.\"",
        "PER:Ruth Adler", "PER:Sam Ortiz", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 0), "Ruth Adler");
    assert_string_equal(speaker(f, 1), "Sam Ortiz");
    assert_string_equal(verb(f, 1), "said");
    tag(f, VL_LANG_FR,
        "Le texte a été défendu par Claire Morel, qui en mars a jugé qu'il était « une avancée historique ».",
        "PER:Claire Morel", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Claire Morel");
    /* "answer" after "my" is a noun: no reporting verb, no speaker */
    tag(f, VL_LANG_EN, "Lena Hart laughed. I had to change my answer: \"Of course I was joking.\"", "PER:Lena Hart",
        NULL);
    for (size_t i = 0; i < f->n; i++) assert_string_not_equal(speaker(f, i), "change my");
    tag(f, VL_LANG_FR, "Paul Roux se tait. Il fallait changer notre réponse : « Bien sûr que non. »", "PER:Paul Roux",
        NULL);
    for (size_t i = 0; i < f->n; i++) assert_string_not_equal(speaker(f, i), "changer notre");
}

/* Mixed marks, a state's abbreviation before "said", premodifiers before
 * a name after the verb, a name in apposition before the verb, and a
 * description never resolved to a name of its own sentence. */
static void test_speaker_forms(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "“We will override the veto,\" Senator Ann Cole, D-Ore., said Tuesday.\n\n"
        "“The rules do not hold,” said 9/11 widow Rosa Lind.\n\n"
        "His old partner at Amcor, Victor Hale, praised him. \"He is a builder.\"\n\n"
        "At a rally in Denver, the mayor said it was “a dark day.”",
        "PER:Ann Cole", "PER:Rosa Lind", "PER:Victor Hale", "ORG:Amcor", "PER:Denver", NULL);
    assert_int_equal(f->n, 4);
    assert_string_equal(qtext(f, 0), "“We will override the veto,\"");
    assert_string_equal(speaker(f, 0), "Ann Cole");
    assert_string_equal(speaker(f, 1), "Rosa Lind");
    assert_string_equal(speaker(f, 2), "Victor Hale");
    /* "the mayor" stays a description: Denver (even tagged a person) is
     * in its own sentence, no apposition */
    assert_string_equal(speaker(f, 3), "the mayor");
    tag(f, VL_LANG_FR,
        "« Nous tiendrons bon\", a déclaré l'ex-ministre Luc Ferrand.\n\n"
        "Son ancienne adjointe, Anne Vidal, a salué son courage. « Il faut agir vite. »",
        "PER:Luc Ferrand", "PER:Anne Vidal", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(qtext(f, 0), "« Nous tiendrons bon\"");
    assert_string_equal(speaker(f, 0), "Luc Ferrand");
    assert_string_equal(qtext(f, 1), "« Il faut agir vite. »");
    assert_string_equal(speaker(f, 1), "Anne Vidal");
}

/* A party label in parentheses ends no clause; the subject after the verb
 * that an auxiliary follows is the reported clause's, not the speaker;
 * a capitalised adverb before a comma is no speaker. */
static void test_embedded_subject(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN,
        "Senator Joan Marsh (D-Vt.) said the wave of layoffs demands \"a real answer.\"\n\n"
        "Omar Reed spoke on Friday, saying his left knee was “badly hurt in the fall,” before leaving.\n\n"
        "“We lost,” Frankly, the vote was close.",
        "PER:Joan Marsh", "PER:Omar Reed", NULL);
    assert_true(f->n >= 2);
    assert_string_equal(qtext(f, 0), "\"a real answer.\"");
    assert_string_equal(speaker(f, 0), "Joan Marsh");
    assert_string_equal(verb(f, 0), "said");
    assert_string_equal(speaker(f, 1), "Omar Reed");
    for (size_t i = 0; i < f->n; i++) assert_string_not_equal(speaker(f, i), "Frankly");
    tag(f, VL_LANG_FR,
        "Paul Girard (LR) a affirmé que la vague de départs exige « une vraie réponse ».\n\n"
        "Léa Morin est intervenue, expliquant que son projet était « mort-né ».",
        "PER:Paul Girard", "PER:Léa Morin", NULL);
    assert_int_equal(f->n, 2);
    assert_string_equal(speaker(f, 0), "Paul Girard");
    assert_string_equal(speaker(f, 1), "Léa Morin");
}

/* Curly marks turned the wrong way still open and close, by their place. */
static void test_wrong_way_marks(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_EN, "Nora Vance, a nurse, wrote:\n\n”We are exhausted. Nobody listens to us.”\n\n"
                       "The board rated the claim “Mostly False.“",
        "PER:Nora Vance", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(qtext(f, 0), "”We are exhausted. Nobody listens to us.”");
    assert_string_equal(speaker(f, 0), "Nora Vance");
    tag(f, VL_LANG_FR, "Hélène Roy a écrit : ”Nous sommes épuisés.”", "PER:Hélène Roy", NULL);
    assert_int_equal(f->n, 1);
    assert_string_equal(speaker(f, 0), "Hélène Roy");
}

/* No entities at all, bad bytes, unbalanced marks: no crash, sane spans. */
static void test_robust(void **state) {
    fx *f = *state;
    tag(f, VL_LANG_UND, "« « » » \" \" “ ” « unclosed quote that runs on and on\n\nnext", NULL);
    for (size_t i = 0; i < f->n; i++) assert_true(f->q[i].end <= strlen(f->text));
    const char bad[] = "\xff\xfe « a\xc3 b c », a dit-il \"\x80\"";
    const vl_quote *q;
    size_t n;
    assert_int_equal(vl_quote_tag(f->t, bad, sizeof bad - 1, VL_LANG_FR, NULL, 0, &q, &n), VL_OK);
    for (size_t i = 0; i < n; i++) assert_true(q[i].start < q[i].end && q[i].end <= sizeof bad - 1);
}

/* From the shared tokens (an ASCII word's key and hash taken from them)
 * or from the quotation engine's own lexer (every word lower-cased and
 * hashed by it): the same quotations, in both languages, with inverted
 * forms, hyphens, accents, curly apostrophes and upper case. */
static void test_shared_tokens(void **state) {
    fx *f = *state;
    static const struct {
        vl_lang lang;
        const char *text;
        size_t want; /* at least this many quotations */
    } cases[] = {
        {VL_LANG_FR,
         "« Nous ne céderons pas », a déclaré Emmanuel Macron mardi.\n\n"
         "« Le dialogue reste ouvert », a-t-il ajouté.\n\n"
         "« C\xe2\x80\x99" "est inacceptable », DIT-IL encore.\n\n"
         "Le vice-président a affirmé que la réforme serait retirée avant l'été.",
         3},
        {VL_LANG_FR, "« Rien n'est décidé », a-t-elle précisé. « Nous verrons », dit-elle.", 2},
        {VL_LANG_EN,
         "\"We will not give in,\" said Emmanuel Macron on Tuesday.\n\n"
         "The co-founder TOLD reporters that the company\xe2\x80\x99s plans had not changed.\n\n"
         "\xe2\x80\x9cIt is over,\xe2\x80\x9d she said.",
         3},
    };
    vl_xtext x = {0};
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        const char *text = cases[c].text;
        size_t len = strlen(text);
        const vl_quote *q;
        size_t n;
        assert_int_equal(vl_quote_tag(f->t, text, len, cases[c].lang, NULL, 0, &q, &n), VL_OK);
        assert_true(n >= cases[c].want);
        vl_quote own[16];
        assert_true(n <= 16);
        memcpy(own, q, n * sizeof *q);
        assert_int_equal(vl_xtext_fill(&x, text, len, cases[c].lang), VL_OK);
        size_t m;
        assert_int_equal(vl_quote_tag_tokens(f->t, text, len, cases[c].lang, &x, NULL, 0, &q, &m), VL_OK);
        assert_int_equal(m, n);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(q[i].start, own[i].start);
            assert_int_equal(q[i].end, own[i].end);
            assert_int_equal(q[i].spk_start, own[i].spk_start);
            assert_int_equal(q[i].spk_end, own[i].spk_end);
            assert_int_equal(q[i].verb_start, own[i].verb_start);
            assert_int_equal(q[i].verb_end, own[i].verb_end);
            assert_int_equal(q[i].direct, own[i].direct);
        }
    }
    vl_xtext_free(&x);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_fr_orders, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fr_capitals, setup, teardown),
        cmocka_unit_test_setup_teardown(test_en_orders, setup, teardown),
        cmocka_unit_test_setup_teardown(test_according_to, setup, teardown),
        cmocka_unit_test_setup_teardown(test_multi_paragraph, setup, teardown),
        cmocka_unit_test_setup_teardown(test_partial, setup, teardown),
        cmocka_unit_test_setup_teardown(test_incise, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lookalikes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_indirect, setup, teardown),
        cmocka_unit_test_setup_teardown(test_description, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pronouns, setup, teardown),
        cmocka_unit_test_setup_teardown(test_partial_chain, setup, teardown),
        cmocka_unit_test_setup_teardown(test_speaker_clause, setup, teardown),
        cmocka_unit_test_setup_teardown(test_speaker_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(test_embedded_subject, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wrong_way_marks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_robust, setup, teardown),
        cmocka_unit_test_setup_teardown(test_shared_tokens, setup, teardown),
    };
    return cmocka_run_group_tests_name("quote", tests, NULL, NULL);
}
