/*
 * test_langid.c -- unit tests of vl_lang_identify, vl_lang_code and
 * vl_lang_parse.  The sentences are written for these tests (news-like
 * prose in French, English and the neighbour languages that must come out
 * "und"), never taken from a corpus.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/text_internal.h"
#include "veille.h"

static vl_lang ident(const char *s) { return vl_lang_identify(s, strlen(s)); }

static void test_codes(void **state) {
    (void)state;
    assert_string_equal(vl_lang_code(VL_LANG_FR), "fr");
    assert_string_equal(vl_lang_code(VL_LANG_EN), "en");
    assert_string_equal(vl_lang_code(VL_LANG_UND), "und");
    assert_string_equal(vl_lang_code((vl_lang)42), "und");
    assert_int_equal(vl_lang_parse("fr"), VL_LANG_FR);
    assert_int_equal(vl_lang_parse("FR"), VL_LANG_FR);
    assert_int_equal(vl_lang_parse("French"), VL_LANG_FR);
    assert_int_equal(vl_lang_parse("en"), VL_LANG_EN);
    assert_int_equal(vl_lang_parse("ENGLISH"), VL_LANG_EN);
    assert_int_equal(vl_lang_parse("und"), VL_LANG_UND);
    assert_int_equal(vl_lang_parse("Und"), VL_LANG_UND);
    assert_int_equal(vl_lang_parse("de"), -1);
    assert_int_equal(vl_lang_parse("fra"), -1);
    assert_int_equal(vl_lang_parse("fr "), -1);
    assert_int_equal(vl_lang_parse("f"), -1);
    assert_int_equal(vl_lang_parse(""), -1);
    assert_int_equal(vl_lang_parse(NULL), -1);
}

static void test_table(void **state) {
    (void)state;
    assert_true(vl_langid_table_ok());
}

static void test_french(void **state) {
    (void)state;
    assert_int_equal(ident("Le conseil municipal a voté mardi soir une hausse des tarifs de la "
                           "cantine, malgré l'opposition des parents d'élèves qui dénoncent une "
                           "décision prise sans concertation."),
                     VL_LANG_FR);
    assert_int_equal(ident("À Lyon, les pompiers sont intervenus pendant la nuit pour un incendie "
                           "dans un entrepôt ; il n'y a pas eu de blessés selon la préfecture."),
                     VL_LANG_FR);
    /* Capitals at sentence start, typographic apostrophes, no-break spaces. */
    assert_int_equal(ident("LES DÉPUTÉS ONT ADOPTÉ LE TEXTE. Où en est le budget\xC2\xA0? "
                           "C’est ce que le ministre devait préciser jeudi, avec les syndicats."),
                     VL_LANG_FR);
}

static void test_english(void **state) {
    (void)state;
    assert_int_equal(ident("The city council voted on Tuesday to raise school meal prices, despite "
                           "objections from parents who said the decision was taken without any "
                           "consultation."),
                     VL_LANG_EN);
    assert_int_equal(ident("Firefighters were called to a warehouse fire in the early hours and it "
                           "was brought under control by dawn, a spokesman for the service said."),
                     VL_LANG_EN);
}

static void test_neighbours_are_und(void **state) {
    (void)state;
    /* German, Spanish, Italian, Portuguese, Dutch: not French, not English. */
    assert_int_equal(ident("Der Stadtrat hat am Dienstag die Preise für das Schulessen erhöht, "
                           "obwohl die Eltern sich gegen die Entscheidung ausgesprochen haben und "
                           "mehr Mitsprache fordern."),
                     VL_LANG_UND);
    assert_int_equal(ident("El ayuntamiento aprobó el martes una subida de los precios del comedor "
                           "escolar, pese a la oposición de los padres, que denuncian una decisión "
                           "tomada sin consulta."),
                     VL_LANG_UND);
    assert_int_equal(ident("Il consiglio comunale ha approvato martedì un aumento delle tariffe "
                           "della mensa, nonostante l'opposizione dei genitori che denunciano una "
                           "decisione presa senza confronto."),
                     VL_LANG_UND);
    assert_int_equal(ident("A câmara municipal aprovou na terça-feira um aumento dos preços das "
                           "refeições escolares, apesar da oposição dos pais, que denunciam uma "
                           "decisão tomada sem consulta."),
                     VL_LANG_UND);
    assert_int_equal(ident("De gemeenteraad heeft dinsdag een verhoging van de prijzen voor het "
                           "schoolmaaltijden goedgekeurd, ondanks het verzet van de ouders die "
                           "zeggen dat er niet is overlegd."),
                     VL_LANG_UND);
}

static void test_too_little(void **state) {
    (void)state;
    assert_int_equal(vl_lang_identify("", 0), VL_LANG_UND);
    assert_int_equal(vl_lang_identify(NULL, 0), VL_LANG_UND);
    assert_int_equal(ident("Le"), VL_LANG_UND);
    assert_int_equal(ident("the"), VL_LANG_UND);
    assert_int_equal(ident("Emmanuel Macron"), VL_LANG_UND);
    assert_int_equal(ident("12 345 678 -- 3,14 / 2025-01-01 ++ 42"), VL_LANG_UND);
    assert_int_equal(ident("Shr 12 cts vs 9 cts; Net 1.2 mln vs 0.9 mln; Revs 30 mln vs 28 mln"),
                     VL_LANG_UND);
    assert_int_equal(ident("Москва и Киев обменялись заявлениями в понедельник"), VL_LANG_UND);
}

static void test_prefix_decides(void **state) {
    (void)state;
    /* Only the first few kilobytes are read: French first, then a long
     * English tail, is French. */
    const char *fr = "Les élus de la région ont annoncé que le projet serait présenté au public "
                     "dans les prochaines semaines, avec un calendrier des travaux. ";
    const char *en = "The board said that the plan would be put to the public in the coming weeks "
                     "with a timetable for the works. ";
    size_t nfr = strlen(fr), nen = strlen(en), len = 0;
    char *buf = malloc(40 * nfr + 200 * nen + 1);
    assert_non_null(buf);
    for (int i = 0; i < 40; i++, len += nfr) memcpy(buf + len, fr, nfr);
    for (int i = 0; i < 200; i++, len += nen) memcpy(buf + len, en, nen);
    assert_true(len > 3 * 4096);
    assert_int_equal(vl_lang_identify(buf, len), VL_LANG_FR);
    free(buf);
}

/* Words longer than any function word are words, not evidence: a long word
 * that starts like one ("lesquelles...", "theoretically") or holds one
 * after 15 letters is no hit, and shouting (all capitals) is no word. */
static void test_long_and_capital_words(void **state) {
    (void)state;
    /* 16-letter words starting with "the"/"and": nothing English in them */
    const char *longw = "Theeeeeeeeeeeeee andddddddddddddd theeeeeeeeeeeeee le la les des une.";
    assert_int_equal(vl_lang_identify(longw, strlen(longw)), VL_LANG_FR);
    /* the same function words in capitals do not count */
    const char *caps = "THE AND OF THE TO le la les des une est.";
    assert_int_equal(vl_lang_identify(caps, strlen(caps)), VL_LANG_FR);
    /* but a capital first letter does */
    const char *cap1 = "The report of the council and the mayor was in the news.";
    assert_int_equal(vl_lang_identify(cap1, strlen(cap1)), VL_LANG_EN);
    /* a word of exactly 15 letters then a function word */
    const char *w15 = "abcdefghijklmno the report of the council and the mayor.";
    assert_int_equal(vl_lang_identify(w15, strlen(w15)), VL_LANG_EN);
    /* an accented capital at the start of a function word counts as its
     * lower case (À -> à), between words in capitals and mixed case */
    const char *acc = "À LA UNE: À la fin, OU à la MAIRIE, ou le maire. The";
    assert_int_equal(vl_lang_identify(acc, strlen(acc)), VL_LANG_FR);
    /* a 15-letter word in capitals then lower case is a word, no hit */
    const char *mix = "ABCDEFGHIJKLMNOpqr the report of the council and the mayor.";
    assert_int_equal(vl_lang_identify(mix, strlen(mix)), VL_LANG_EN);
}

static void test_binary_input(void **state) {
    (void)state;
    unsigned char junk[3000];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (unsigned char)(x >> 16);
    }
    vl_lang l = vl_lang_identify((const char *)junk, sizeof junk);
    assert_true(l == VL_LANG_UND || l == VL_LANG_FR || l == VL_LANG_EN);
    assert_int_equal(l, VL_LANG_UND);
    /* NUL bytes and a cut UTF-8 sequence at the very end. */
    const char t[] = "le\0les\0des\0et\0\xC3";
    assert_int_equal(vl_lang_identify(t, sizeof t - 1), VL_LANG_FR);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes),
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_french),
        cmocka_unit_test(test_english),
        cmocka_unit_test(test_neighbours_are_und),
        cmocka_unit_test(test_too_little),
        cmocka_unit_test(test_prefix_decides),
        cmocka_unit_test(test_long_and_capital_words),
        cmocka_unit_test(test_binary_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
