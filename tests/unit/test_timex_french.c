/*
 * test_timex_french.c -- unit tests of French phenomena of news: counts
 * told from the story ("un an plus tôt", "deux jours plus tard", "trois
 * ans auparavant").  The sentences are written for these tests.
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

/* 2025-12-31 is a Wednesday. */
static void test_counted_from_story(void **state) {
    (void)state;
    /* at the precision of the date told */
    assert_string_equal(tag("2025-12-31", FR, "La grève a commencé en mars 2024. Un an plus tôt, l'usine avait fermé."),
                        "mars 2024=DATE:2024-03 | Un an plus tôt=DATE:2023-03");
    assert_string_equal(tag("2025-12-31", FR, "Le pont a été inauguré le 3 mai 2021. Deux jours plus tard, il était fissuré."),
                        "le 3 mai 2021=DATE:2021-05-03 | Deux jours plus tard=DATE:2021-05-05");
    assert_string_equal(tag("2025-12-31", FR, "Le club est fondé en 1990. Dix ans plus tard, il gagne la coupe."),
                        "1990=DATE:1990 | Dix ans plus tard=DATE:2000");
    assert_string_equal(tag("2025-12-31", FR, "Le maire a démissionné le 4 juin 2019, une semaine auparavant, il avait été mis en examen."),
                        "le 4 juin 2019=DATE:2019-06-04 | une semaine auparavant=DATE:2019-05-28");
    /* a look back leaves the story where it was */
    assert_string_equal(tag("2025-12-31", FR, "En juillet 2024, les ventes ont progressé par rapport à un an plus tôt, puis baissé par rapport à deux ans plus tôt."),
                        "juillet 2024=DATE:2024-07 | un an plus tôt=DATE:2023-07 | deux ans plus tôt=DATE:2022-07");
    /* no date told: "plus tôt" counts from the dispatch, "plus tard" a span */
    assert_string_equal(tag("2025-12-31", FR, "Trois ans auparavant, elle avait quitté la ville."),
                        "Trois ans auparavant=DATE:2022");
    assert_string_equal(tag("2025-12-31", FR, "Le projet a été présenté. Deux jours plus tard, il était abandonné."),
                        "Deux jours=DURATION:P2D");
    /* a date too coarse for the unit: the span */
    assert_string_equal(tag("2025-12-31", FR, "En 2016, elle a été hospitalisée deux jours plus tôt que prévu."),
                        "2016=DATE:2016 | deux jours=DURATION:P2D");
    assert_string_equal(tag("2025-12-31", FR, "En 2016, on lui avait diagnostiqué une pneumonie deux jours plus tôt."),
                        "2016=DATE:2016 | deux jours=DURATION:P2D");
    /* hours stay counts; a comparison is no date */
    assert_string_equal(tag("2025-12-31", FR, "Le 4 juin 2019, l'alerte est donnée. Une heure plus tard, tout était fini."),
                        "Le 4 juin 2019=DATE:2019-06-04 | Une heure=DURATION:PT1H");
    /* "plus tard" past the dispatch, told in the present: the span */
    assert_string_equal(tag("2025-12-31", FR, "Elle est arrivée en 2020. Dix ans plus tard, elle se souvient de tout."),
                        "2020=DATE:2020 | Dix ans=DURATION:P10Y");
}

static void test_weekday_noon_midnight(void **state) {
    (void)state;
    assert_string_equal(tag("2025-12-31", FR, "Le sommet s'ouvrira jeudi midi à Genève."),
                        "jeudi midi=TIME:2026-01-01T12:00");
    assert_string_equal(tag("2025-12-31", FR, "Les candidats ont jusqu'à samedi minuit pour déposer leur dossier."),
                        "samedi minuit=TIME:2026-01-03T24:00");
    assert_string_equal(tag("2025-12-31", FR, "Lundi midi, la crue a atteint son pic."),
                        "Lundi midi=TIME:2025-12-29T12:00");
    /* "Midi" capitalised is a newspaper or the South */
    assert_string_equal(tag("2025-12-31", FR, "Le suspect a été arrêté, rapporte lundi Midi Libre."),
                        "lundi=DATE:2025-12-29");
}

static void test_night_between_two_days(void **state) {
    (void)state;
    /* the night of the first day */
    assert_string_equal(tag("2025-12-31", FR, "Des rafales sont attendues dans la nuit de mercredi à jeudi."),
                        "la nuit de mercredi à jeudi=TIME:2025-12-31TNI");
    assert_string_equal(tag("2025-12-31", FR, "Dans la nuit de samedi à dimanche, un entrepôt a brûlé."),
                        "la nuit de samedi à dimanche=TIME:2025-12-27TNI");
    assert_string_equal(tag("2025-12-31", FR, "Dans la nuit du 14 au 15 février 2016, la digue a cédé."),
                        "la nuit du 14 au 15 février 2016=TIME:2016-02-14TNI");
    assert_string_equal(tag("2025-12-31", FR, "La tempête a frappé dans la nuit du 31 janvier au 1er février 2024."),
                        "la nuit du 31 janvier au 1er février 2024=TIME:2024-01-31TNI");
    assert_string_equal(tag("2025-12-31", FR, "La fête durera la nuit de mercredi à jeudi 1er janvier."),
                        "la nuit de mercredi à jeudi 1er janvier=TIME:2025-12-31TNI");
    assert_string_equal(tag("2025-12-31", FR, "Le vol a eu lieu dans la nuit de vendredi à samedi dernier."),
                        "la nuit de vendredi à samedi dernier=TIME:2025-12-26TNI");
    /* what follows is told from the day the night ends, as before */
    assert_string_equal(tag("2025-12-31", FR, "Dans la nuit du 14 au 15 février 2016, la digue a cédé vers 3h."),
                        "la nuit du 14 au 15 février 2016=TIME:2016-02-14TNI | vers 3h=TIME:2016-02-15T03:00/APPROX");
}

static void test_race_times(void **state) {
    (void)state;
    assert_string_equal(tag("2025-12-31", FR, "Il a remporté le marathon en 2 h 06 min 12 s."),
                        "2 h 06 min 12 s=DURATION:PT2H6M12S");
    assert_string_equal(tag("2025-12-31", FR, "Elle a bouclé l'étape en 1 h 45 min."),
                        "1 h 45 min=DURATION:PT1H45M");
    assert_string_equal(tag("2025-12-31", FR, "Il a couru le 100 m en 9 s 58."), "9 s 58=DURATION:PT9.58S");
    assert_string_equal(tag("2025-12-31", FR, "Elle a nagé le 400 m en 3 min 42 s."), "3 min 42 s=DURATION:PT3M42S");
    assert_string_equal(tag("2025-12-31", FR, "Le vainqueur a terminé en 2 h 01 min 09."),
                        "2 h 01 min 09=DURATION:PT2H1M9S");
    /* a clock time stays one */
    assert_string_equal(tag("2025-12-31", FR, "L'alerte a été donnée à 2 h 06."), "2 h 06=TIME:2025-12-31T02:06");
}

static void test_clock_then_its_day(void **state) {
    (void)state;
    /* the day named right after the clock time is its day, not the day
     * told before */
    assert_string_equal(tag("2025-12-31", FR, "Le 3 décembre, un vote a eu lieu. Le discours aura lieu à 18 heures ce soir."),
                        "Le 3 décembre=DATE:2025-12-03 | 18 heures=TIME:2025-12-31T18:00 | ce soir=TIME:2025-12-31TEV");
    assert_string_equal(tag("2025-12-31", FR, "Le 3 décembre, un vote a eu lieu. Il partira à 8 heures demain matin."),
                        "Le 3 décembre=DATE:2025-12-03 | 8 heures=TIME:2026-01-01T08:00 | demain matin=TIME:2026-01-01TMO");
    assert_string_equal(tag("2025-12-31", FR, "Le 3 décembre, un vote a eu lieu. Rendez-vous vers 20 heures ce vendredi."),
                        "Le 3 décembre=DATE:2025-12-03 | vers 20 heures=TIME:2026-01-02T20:00/APPROX | ce vendredi=DATE:2026-01-02");
    assert_string_equal(tag("2025-12-31", FR, "Le 3 décembre, un vote a eu lieu. Il est 13h05 le 9 janvier 2015 quand tout bascule."),
                        "Le 3 décembre=DATE:2025-12-03 | 13h05=TIME:2015-01-09T13:05 | le 9 janvier 2015=DATE:2015-01-09");
    /* a day further away is not the clock's */
    assert_string_equal(tag("2025-12-31", FR, "Le 3 décembre, un vote a eu lieu à 18 heures, puis un autre vendredi."),
                        "Le 3 décembre=DATE:2025-12-03 | 18 heures=TIME:2025-12-03T18:00 | vendredi=DATE:2026-01-02");
}

static void test_new_year_weekend_seasons(void **state) {
    (void)state;
    assert_string_equal(tag("2025-12-31", FR, "Les festivités du Nouvel An ont commencé."),
                        "Nouvel An=DATE:2026-01-01");
    assert_string_equal(tag("2025-12-31", FR, "La ville a annulé son feu d'artifice du Nouvel An 2027."),
                        "Nouvel An 2027=DATE:2027-01-01");
    /* the nearest one, whatever the verb of the announcement */
    assert_string_equal(tag("2025-09-19", FR, "Le maire a annoncé l'annulation du concert du Nouvel An."),
                        "Nouvel An=DATE:2026-01-01");
    /* other calendars' new years are not January 1 */
    assert_string_equal(tag("2025-12-31", FR, "Le Nouvel An chinois tombe en février."), "février=DATE:2026-02");
    assert_string_equal(tag("2025-09-19", FR, "Les fêtes de Rosh Hashana (Nouvel An juif) commencent."), "");
    assert_string_equal(tag("2025-12-31", FR, "Un redoux est prévu avant un retour au calme pour le week-end."),
                        "le week-end=DATE:2026-W01-WE");
    /* in a past clause of a Monday to Thursday dispatch, the weekend gone */
    assert_string_equal(tag("2025-12-31", FR, "La préfète s'est entretenue durant le week-end avec les maires."),
                        "le week-end=DATE:2025-W52-WE");
    assert_string_equal(tag("2025-12-31", FR, "Chaque hiver, la station accueille des milliers de skieurs."),
                        "Chaque hiver=SET:XXXX-WI");
    assert_string_equal(tag("2025-12-31", FR, "Tous les étés, le festival attire la foule."),
                        "Tous les étés=SET:XXXX-SU");
    assert_string_equal(tag("2025-12-31", FR, "Les hivers 2018 et 2019 ont été doux."),
                        "Les hivers 2018=DATE:2018-WI | 2019=DATE:2019");
    /* "êtes" folds as "étés": the verb is no summer */
    assert_string_equal(tag("2025-12-31", FR, "Vous ne l'êtes pas, et vous en êtes conscients."), "");
    /* a weekend named by what follows is not the coming one: the
     * holiday's (batch 18: "le week-end de la Pentecôte" one DATE) */
    assert_string_equal(tag("2025-12-31", FR, "Le musée a fermé pour le week-end de Pâques."),
                        "le week-end de Pâques=DATE:2026-W14-WE");
    assert_string_equal(tag("2025-12-31", FR, "Le Nouvel An thaïlandais est fêté en avril."), "avril=DATE:2025-04");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counted_from_story),
        cmocka_unit_test(test_weekday_noon_midnight),
        cmocka_unit_test(test_night_between_two_days),
        cmocka_unit_test(test_race_times),
        cmocka_unit_test(test_clock_then_its_day),
        cmocka_unit_test(test_new_year_weekend_seasons),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
