/*
 * test_timex_usage.c -- unit tests of word uses the time-expression tagger
 * must tell apart: "end" and "start" as verbs or as modifiers of a period,
 * how an unmarked season of a dispatch is placed, and a French clock time
 * from a clock-shaped count of hours.  The sentences are
 * written for these tests.
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

/* "end" and "start" right before a date are verbs; as modifiers they take
 * an article, "of", a hyphen or a preposition. */
static void test_end_verb_or_modifier(void **state) {
    (void)state;
    /* 2026-03-02 is a Monday */
    assert_string_equal(tag("2026-03-02", EN, "Talks end March 6."), "March 6=DATE:2026-03-06");
    assert_string_equal(tag("2026-03-02", EN, "Classes start Tuesday in the capital."), "Tuesday=DATE:2026-03-03");
    assert_string_equal(tag("2026-03-02", EN, "Beginning Wednesday, shops will close at noon."),
                        "Wednesday=DATE:2026-03-04 | noon=TIME:2026-03-04T12:00");
    assert_string_equal(tag("2026-03-02", EN, "The strike began Monday and should end March 9."),
                        "Monday=DATE:2026-03-02 | March 9=DATE:2026-03-09");
    /* the modifier */
    assert_string_equal(tag("2026-03-02", EN, "Output should recover by the end of March."),
                        "the end of March=DATE:2026-03/END");
    assert_string_equal(tag("2026-03-02", EN, "Output should recover by end-March."), "end-March=DATE:2026-03/END");
    assert_string_equal(tag("2026-03-02", EN, "Output should recover by end March."), "end March=DATE:2026-03/END");
    assert_string_equal(tag("2026-03-02", EN, "Stocks will be rebuilt at the end of the month."),
                        "the end of the month=DATE:2026-03/END");
    assert_string_equal(tag("2026-03-02", EN, "Work resumes at the start of next year."),
                        "the start of next year=DATE:2027/START");
    assert_string_equal(tag("2026-03-02", EN, "Rain fell late Sunday."), "late Sunday=DATE:2026-03-01/END");
    /* a bare month or year after "end" is modified: the verb would need "in" */
    assert_string_equal(tag("2026-03-02", EN, "Wages rose 3% in the three months to end January."),
                        "the three months=DURATION:P3M | end January=DATE:2026-01/END");
    assert_string_equal(tag("2026-03-02", EN, "The plan is planned to start next January."),
                        "next January=DATE:2027-01");
    assert_string_equal(tag("2026-03-02", FR, "Les travaux reprendront fin mars."), "fin mars=DATE:2026-03/END");
}

/* The imperfect of reported speech is the present of the report: a date
 * in its clause is placed as in a clause with no tense. */
static void test_reported_imperfect(void **state) {
    (void)state;
    /* 2026-03-19: the coming summer, the coming June */
    assert_string_equal(tag("2026-03-19", FR,
                            "Le président a ajouté qu'il comptait sur le sommet de l'OTAN de l'été."),
                        "l'été=DATE:2026-SU");
    assert_string_equal(tag("2026-03-19", FR, "Il a ajouté qu'il comptait sur le sommet de juin."),
                        "juin=DATE:2026-06");
    assert_string_equal(tag("2026-03-19", FR, "La ministre a dit que la ville attendait le sommet de l'été."),
                        "l'été=DATE:2026-SU");
    /* an unmarked season with no tense is the dispatch year's */
    assert_string_equal(tag("2026-03-19", FR, "Le sommet de l'été."), "l'été=DATE:2026-SU");
    /* the imperfect of narration, a relative clause and the pluperfect stay past */
    assert_string_equal(tag("2026-03-19", FR, "Il comptait sur le sommet de l'été."), "l'été=DATE:2025-SU");
    assert_string_equal(tag("2026-03-19", FR, "Le sommet que la ville accueillait en juin a déçu."),
                        "juin=DATE:2025-06");
    assert_string_equal(tag("2026-03-19", FR, "Il a ajouté qu'il avait signé l'accord en juin."),
                        "juin=DATE:2025-06");
}

/* "within" bounds a span: what follows is a duration, even in a future
 * clause, where "in a year" is a date. */
static void test_within(void **state) {
    (void)state;
    assert_string_equal(tag("1998-02-27", EN, "The plant will be closed within a year."), "a year=DURATION:P1Y");
    assert_string_equal(tag("1998-02-27", EN, "The plant will be closed in a year."), "a year=DATE:1999");
    assert_string_equal(tag("1998-02-27", EN, "Rebels must leave within 14 days."), "14 days=DURATION:P14D");
}

/* Holidays on a fixed day are that day, movable ones counted from Easter
 * or a weekday of their month. */
static void test_holidays(void **state) {
    (void)state;
    assert_string_equal(tag("2000-12-27", EN, "We met on Christmas Day."), "Christmas Day=DATE:2000-12-25");
    assert_string_equal(tag("2000-04-17", EN, "Families will gather at Christmas."), "Christmas=DATE:2000-12-25");
    assert_string_equal(tag("2000-11-02", EN, "Children went out on Halloween."), "Halloween=DATE:2000-10-31");
    assert_string_equal(tag("2000-11-02", EN, "Families will gather for Thanksgiving."),
                        "Thanksgiving=DATE:2000-11-23");
    assert_string_equal(tag("2000-04-17", FR, "Ils ont fêté Noël dernier."), "Noël dernier=DATE:1999-12-25");
    assert_string_equal(tag("2026-03-19", FR, "Ils fêteront la Pentecôte et Pâques."),
                        "la Pentecôte=DATE:2026-05-24 | Pâques=DATE:2026-04-05");
    assert_string_equal(tag("2026-10-19", FR, "Les écoles fermeront à la Toussaint."), "la Toussaint=DATE:2026-11-01");
    /* the tense is not carried a year away when the holiday is days off */
    assert_string_equal(tag("2000-04-17", EN, "Protesters prayed as Easter began."), "Easter=DATE:2000-04-23");
    assert_string_equal(tag("2000-04-17", EN, "Protesters prayed last Easter."), "last Easter=DATE:1999-04-04");
    assert_string_equal(tag("2000-04-17", EN, "They will meet next Christmas."), "next Christmas=DATE:2000-12-25");
    /* a holiday's week is its ISO week */
    assert_string_equal(tag("2000-04-17", EN, "Protesters prayed as Easter week began."),
                        "Easter week=DATE:2000-W16");
    assert_string_equal(tag("2000-12-20", EN, "Shops will close during Christmas week."),
                        "Christmas week=DATE:2000-W52");
}

/* "last" or "next" before a month and its day is that day, the last or
 * next one: not "last Oct." and a stray 23. */
static void test_last_month_day(void **state) {
    (void)state;
    assert_string_equal(tag("1999-04-19", EN, "He was shot last Oct. 23 at his home."),
                        "last Oct. 23=DATE:1998-10-23");
    assert_string_equal(tag("1999-04-19", EN, "The bonds are due next June 30."), "next June 30=DATE:1999-06-30");
    assert_string_equal(tag("1999-04-19", EN, "He came last April."), "last April=DATE:1998-04");
}

/* A French clock-shaped count before "de" + noun is how long something
 * lasted ("1h44 de séquestration": PT1H44M); before "du matin" or "de
 * jeudi" it is still a time of day. */
static void test_clock_shaped_duration(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-12", FR, "Ils ont été libérés après 1h44 de séquestration."),
                        "1h44=DURATION:PT1H44M");
    assert_string_equal(tag("2024-03-12", FR, "Après 3h de discussions, rien n'a été décidé."), "3h=DURATION:PT3H");
    assert_string_equal(tag("2024-03-12", FR, "Il a fallu 10h d'efforts aux pompiers."), "10h=DURATION:PT10H");
    assert_string_equal(tag("2024-03-12", FR, "L'explosion a eu lieu à 1h44 du matin."), "1h44=TIME:2024-03-12T01:44");
    assert_string_equal(tag("2024-03-12", FR, "La séance de 14h30 de jeudi est annulée."),
                        "14h30=TIME:2024-03-07T14:30 | jeudi=DATE:2024-03-07");
    assert_string_equal(tag("2024-03-12", FR, "Rendez-vous à 20h30 devant la mairie."), "20h30=TIME:2024-03-12T20:30");
    /* after "pendant", and after "moins de", "plus de", "près de" */
    assert_string_equal(tag("2024-03-12", FR, "Ils ont négocié pendant 3h sans résultat."), "3h=DURATION:PT3H");
    assert_string_equal(tag("2024-03-12", FR, "Ils sont restés moins de 24h à l'hôtel."),
                        "moins de 24h=DURATION:PT24H/LESS_THAN");
    assert_string_equal(tag("2024-03-12", FR, "Il a parlé près de 2h30 devant les députés."),
                        "près de 2h30=DURATION:PT2H30M/APPROX");
    assert_string_equal(tag("2024-03-12", FR, "Il est arrivé vers 14h."), "vers 14h=TIME:2024-03-12T14:00/APPROX");
    /* hours written out, after "après", "avant", "depuis": the same */
    assert_string_equal(tag("2024-03-12", FR, "Après deux heures de cache-cache, le poisson est pris."),
                        "deux heures=DURATION:PT2H");
    assert_string_equal(tag("2024-03-12", FR, "Il rentre à 2h de l'après-midi."),
                        "2h=TIME:2024-03-12T14:00 | l'après-midi=TIME:2024-03-12TAF");
    assert_string_equal(tag("2024-03-12", FR, "Après 14 heures, les bureaux ferment."), "14 heures=TIME:2024-03-12T14:00");
    /* capitalised hours after a number are a name */
    assert_string_equal(tag("2024-03-12", FR, "Le ministre était l'invité du 20 Heures de TF1."), "");
    assert_string_equal(tag("2024-03-12", FR, "Les 24 Heures du Mans auront lieu en juin."), "juin=DATE:2024-06");
    assert_string_equal(tag("2024-03-12", FR, "Il a travaillé 20 heures d'affilée."), "20 heures=DURATION:PT20H");
    assert_string_equal(tag("2024-03-12", FR, "Le magasin est ouvert de 9h à 17h."),
                        "9h=TIME:2024-03-12T09:00 | 17h=TIME:2024-03-12T17:00");
}

/* "ce jour-là", "cette année-là", "ce soir-là" are the day, year or
 * part of day the text tells (French for "that day"), not the dispatch's;
 * with no date told before, the dispatch's. */
static void test_that_day(void **state) {
    (void)state;
    assert_string_equal(tag("2024-06-20", FR, "Le 12 avril, il a visité l'école. Ce jour-là, il a promis de revenir."),
                        "Le 12 avril=DATE:2024-04-12 | Ce jour-là=DATE:2024-04-12");
    assert_string_equal(tag("2024-06-20", FR, "En 2015, la crise éclate. Cette année-là, le chômage bondit."),
                        "2015=DATE:2015 | Cette année-là=DATE:2015");
    assert_string_equal(tag("2024-06-20", FR, "Le 5 mai, elle a quitté Paris. Ce soir-là, elle a pris le train."),
                        "Le 5 mai=DATE:2024-05-05 | Ce soir-là=TIME:2024-05-05TEV");
    assert_string_equal(tag("2024-06-20", FR, "Cette année, le chômage baisse."), "Cette année=DATE:2024");
}

/* "passé" is "last" only after its determiner ("les 24 heures passées",
 * "ces dernières semaines"): "a passé 45 minutes" is the verb, outside the
 * duration. */
static void test_passe_participle(void **state) {
    (void)state;
    assert_string_equal(tag("2024-06-20", FR, "La commission a passé 45 minutes dans le bureau."),
                        "45 minutes=DURATION:PT45M");
    assert_string_equal(tag("2024-06-20", FR, "Il a plu pendant les dernières 24 heures."),
                        "les dernières 24 heures=DURATION:PT24H");
    assert_string_equal(tag("2024-06-20", FR, "Au cours des dernières 48 heures, le virus a progressé."),
                        "dernières 48 heures=DURATION:PT48H");
}

/* The two ends of a range or pair of weekdays with no tense: the second
 * is the first such day after the first, not the nearest to the dispatch
 * (a Wednesday dispatch put "du samedi au dimanche" on the coming Saturday
 * and the Sunday before).  A past clause keeps both in the past. */
static void test_weekday_range(void **state) {
    (void)state;
    assert_string_equal(tag("2023-05-10", FR, "La brocante se tient du samedi au dimanche sur la place."),
                        "samedi=DATE:2023-05-13 | dimanche=DATE:2023-05-14");
    assert_string_equal(tag("2023-05-10", FR, "Les ateliers ouvrent samedi et dimanche."),
                        "samedi=DATE:2023-05-13 | dimanche=DATE:2023-05-14");
    assert_string_equal(tag("2023-05-13", FR, "Le salon se tiendra de vendredi à lundi."),
                        "vendredi=DATE:2023-05-19 | lundi=DATE:2023-05-22");
    assert_string_equal(tag("2023-05-10", EN, "The fair runs from Saturday to Sunday in the park."),
                        "Saturday=DATE:2023-05-13 | Sunday=DATE:2023-05-14");
    assert_string_equal(tag("2023-05-10", FR, "Les ateliers ont ouvert samedi et dimanche."),
                        "samedi=DATE:2023-05-06 | dimanche=DATE:2023-05-07");
    /* "d'ici (à)" is by a day to come */
    assert_string_equal(tag("2023-05-11", FR, "D'ici à lundi ou mardi, le décret sera publié."),
                        "lundi=DATE:2023-05-15 | mardi=DATE:2023-05-16");
}

/* A weekday given with a date near the dispatch that does not fall on it
 * is a slip: the date stays in the dispatch's year, not a year away where
 * the weekday matches.  Far from the dispatch, the weekday still chooses
 * the year. */
static void test_weekday_date_slip(void **state) {
    (void)state;
    assert_string_equal(tag("2023-08-16", FR, "La foire a été ouverte mardi 16 août par le maire."),
                        "mardi 16 août=DATE:2023-08-16");
    assert_string_equal(tag("2023-08-16", EN, "The fair was opened on Tuesday, August 16 by the mayor."),
                        "Tuesday, August 16=DATE:2023-08-16");
    assert_string_equal(tag("2023-08-16", FR, "Le vote est fixé au samedi 10 février."),
                        "samedi 10 février=DATE:2024-02-10");
}

/* French month and weekday names are lower case: capitalised after a
 * word of the sentence, or a month before a capitalised word, they are
 * part of a name (a newspaper, a programme, the planet, a campaign). */
static void test_capitalised_names(void **state) {
    (void)state;
    assert_string_equal(tag("2023-10-03", FR, "Octobre Rose mobilise les clubs de la ville."), "");
    assert_string_equal(tag("2023-10-03", FR, "Elle l'a confié au Journal du Dimanche."), "");
    assert_string_equal(tag("2023-10-03", FR, "La sonde voyage vers Mars depuis un an."), "un an=DURATION:P1Y");
    assert_string_equal(tag("2023-10-03", FR, "Dimanche, la sonde a décollé. Elle arrivera en mars."),
                        "Dimanche=DATE:2023-10-01 | mars=DATE:2024-03");
    assert_string_equal(tag("2023-10-03", FR, "Le verdict attendu Jeudi 28 septembre a surpris."),
                        "Jeudi 28 septembre=DATE:2023-09-28");
    assert_string_equal(tag("2023-10-03", FR, "GRANDE FÊTE DIMANCHE À LA FERME."), "DIMANCHE=DATE:2023-10-01");
}

/* A clock time then "le" and a weekday is that day at that time; with no
 * preposition before it, it names a programme ("l'émission 21h le
 * samedi"). */
static void test_clock_then_weekday(void **state) {
    (void)state;
    assert_string_equal(tag("2023-10-03", FR, "Elle était l'invitée de l'émission 21h le samedi."), "");
    assert_string_equal(tag("2023-10-03", FR, "Le bateau avait quitté le port à 6h15 le samedi."),
                        "6h15 le samedi=TIME:2023-09-30T06:15");
    assert_string_equal(tag("2023-10-10", FR, "Le 3 octobre, il a fixé un rendez-vous à 20h le samedi suivant."),
                        "Le 3 octobre=DATE:2023-10-03 | 20h le samedi suivant=TIME:2023-10-07T20:00");
    assert_string_equal(tag("2023-10-02", FR, "Vers 9h ce lundi, les pompiers ont éteint le feu."),
                        "Vers 9h ce lundi=TIME:2023-10-02T09:00/APPROX");
    assert_string_equal(tag("2023-10-02", FR, "Le tarif change à partir de 8h ce mardi 3 octobre."),
                        "8h ce mardi 3 octobre=TIME:2023-10-03T08:00");
}

/* A year before a singular unit is no count: "the 1985 quarter" was
 * 1985 quarters (P5955M), "1986 year net" 1986 years. */
static void test_year_before_unit(void **state) {
    (void)state;
    assert_string_equal(tag("2024-06-03", EN, "Its 2023 year results include a gain from selling a mill."),
                        "2023 year=DATE:2023");
    /* the article is left to the noun (the year is an adjective) */
    assert_string_equal(tag("2024-06-03", EN, "Profit rose from 12 cents in the 2023 quarter, the company said."),
                        "2023=DATE:2023");
    assert_string_equal(tag("2024-06-03", EN, "Growth was weak in the first 2024 quarter, the agency said."),
                        "the first 2024 quarter=DATE:2024-Q1");
    assert_string_equal(tag("2024-06-03", EN, "The old walls stood for 1500 years, the guide said."),
                        "1500 years=DURATION:P1500Y");
}

/* A delivery or futures month is the coming one, whatever the tense of
 * the market report ("the July contract fell" in April is this July). */
static void test_delivery_month(void **state) {
    (void)state;
    assert_string_equal(tag("2024-04-09", EN, "Silver fell sharply and the July contract closed at its low, dealers said."),
                        "July=DATE:2024-07");
    assert_string_equal(tag("2024-04-09", EN, "Yesterday, spot May cocoa ended firmer, brokers noted."),
                        "Yesterday=DATE:2024-04-08 | May=DATE:2024-05");
    assert_string_equal(tag("2024-04-09", EN, "Traders said that March futures fell sharply on the news."),
                        "March=DATE:2025-03");
    assert_string_equal(tag("2024-04-09", EN, "Traders said that sales fell sharply in March on the news."),
                        "March=DATE:2024-03");
}

/* "depuis", "since" start a state that lasts until now: a date after
 * them lies in the past whatever the clause's verb. */
static void test_since_past(void **state) {
    (void)state;
    assert_string_equal(tag("2024-06-27", FR, "Les musées, fermés depuis le 3 février, rouvriront le 14 septembre."),
                        "le 3 février=DATE:2024-02-03 | le 14 septembre=DATE:2024-09-14");
    assert_string_equal(tag("2024-06-27", FR, "La baignade est interdite depuis samedi sur cette plage."),
                        "samedi=DATE:2024-06-22");
    assert_string_equal(tag("2024-06-26", EN, "The index is up six points since Thursday, brokers say."),
                        "Thursday=DATE:2024-06-20");
}

/* The present of avoir is a past only as the auxiliary of a participle;
 * "ont peu de chances", "a lieu" are presents. */
static void test_avoir_present(void **state) {
    (void)state;
    assert_string_equal(tag("2024-01-05", FR, "Les petits partis ont peu de moyens pour les élections de mai."),
                        "mai=DATE:2024-05");
    assert_string_equal(tag("2024-01-10", FR, "Le concert a lieu samedi au stade. Le concert a eu lieu samedi au stade."),
                        "samedi=DATE:2024-01-13 | samedi=DATE:2024-01-06");
    assert_string_equal(tag("2024-01-13", FR, "La maire a de son côté répondu lundi aux questions des riverains."),
                        "lundi=DATE:2024-01-08");
}

/* A weekday after a noun and "de" names an event by its day, as the
 * English possessive: a future clause says nothing of it ("se rendra sur
 * place après l'explosion de mardi"); "à partir de mardi" keeps it. */
static void test_weekday_after_de(void **state) {
    (void)state;
    assert_string_equal(tag("2024-01-11", FR, "Le président se rendra sur place après l'explosion de mardi."),
                        "mardi=DATE:2024-01-09");
    assert_string_equal(tag("2024-01-11", FR, "À partir de mardi, les magasins rouvriront."), "mardi=DATE:2024-01-16");
}

/* A bare participle in -é right before a weekday tells what was done
 * that day ("renversé lundi"); not a noun of that shape ("la nouvelle
 * année mardi soir") nor an announcement ("organisé lundi"). */
static void test_bare_participle(void **state) {
    (void)state;
    assert_string_equal(tag("2024-01-12", FR, "Pensées pour le cycliste, renversé lundi sur la route du col."),
                        "lundi=DATE:2024-01-08");
    assert_string_equal(tag("2024-12-29", FR, "On attend, lors du bal de la nouvelle année mardi soir, une foule record."),
                        "mardi soir=TIME:2024-12-31TEV");
    assert_string_equal(tag("2024-01-12", FR, "Un rassemblement organisé lundi devant la mairie réunira les habitants."),
                        "lundi=DATE:2024-01-15");
}

/* "de" + years after a person is an age, not a duration (French TimeBank
 * does not annotate ages): a noun of the lexicon ("la fillette de trois
 * ans"), a name or nationality ("un Lyonnais de 52 ans"), a noun of a
 * person's shape ("l'électricien de 41 ans"); a sentence or a mandate stay durations. */
static void test_french_ages(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-04", FR, "La fillette de trois ans a été retrouvée saine et sauve."), "");
    assert_string_equal(tag("2024-03-04", FR, "Un Lyonnais de 52 ans a gagné la course."), "");
    assert_string_equal(tag("2024-03-04", FR, "L'électricien de 41 ans et le plombier de 38 ans ont témoigné."), "");
    assert_string_equal(tag("2024-03-04", FR, "Le faussaire a écopé d'une peine de six ans de prison."),
                        "six ans=DURATION:P6Y");
    assert_string_equal(tag("2024-03-04", FR, "Un mandat de cinq ans commence pour la présidente."),
                        "cinq ans=DURATION:P5Y");
    /* two ages, a range of ages; a range of years stays a duration */
    assert_string_equal(tag("2024-03-04", FR, "Les deux frères, âgés de 19 et 23 ans, ont été relâchés."), "");
    assert_string_equal(tag("2024-03-04", FR, "Des jeunes de 15 à 18 ans participent au stage."), "");
    assert_string_equal(tag("2024-03-04", FR, "Le chantier durera de 2 à 3 ans."), "3 ans=DURATION:P3Y");
    /* avoir + an age that ends the clause, and the age of a death or a
     * retirement; avoir + years of something counts them */
    assert_string_equal(tag("2024-03-04", FR, "Elle n'avait que 11 ans quand la guerre éclata."), "");
    assert_string_equal(tag("2024-03-04", FR, "Le gardien, qui a 64 ans, prend sa retraite."), "");
    assert_string_equal(tag("2024-03-04", FR, "Le peintre est mort à 91 ans dans son atelier."), "");
    assert_string_equal(tag("2024-03-04", FR, "Le projet fixe la retraite à 64 ans pour tous."), "");
    assert_string_equal(tag("2024-03-04", FR, "Le pilote a 12 ans d'expérience."), "12 ans=DURATION:P12Y");
    assert_string_equal(tag("2024-03-04", FR, "Il y a 20 ans, le pont fut ouvert."), "Il y a 20 ans=DATE:2004");
    assert_string_equal(tag("2024-03-04", FR, "Il a été condamné à 20 ans de prison."), "20 ans=DURATION:P20Y");
}

/* French clock hours: "N heures du matin" and "aux alentours de N heures"
 * are times of day, so is the end of "entre 14 et 20 heures"; the news
 * of an hour is a programme; overtime and rush hours are no time. */
static void test_french_hours(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-04", FR, "Il a attendu de 9 heures du matin jusqu'à 16 heures."),
                        "9 heures du matin=TIME:2024-03-04T09:00 | 16 heures=TIME:2024-03-04T16:00");
    assert_string_equal(tag("2024-03-04", FR, "Les secours sont arrivés aux alentours de 23 heures."),
                        "23 heures=TIME:2024-03-04T23:00");
    assert_string_equal(tag("2024-03-04", FR, "Évitez la rocade entre 14 et 20 heures."),
                        "20 heures=TIME:2024-03-04T20:00");
    assert_string_equal(tag("2024-03-04", FR, "Comptez entre 2 et 3 heures d'attente."), "3 heures=DURATION:PT3H");
    assert_string_equal(tag("2024-03-04", FR, "Elle présente le 13h de Radio Sud depuis un an."),
                        "un an=DURATION:P1Y");
    assert_string_equal(tag("2024-03-04", FR, "L'ancien présentateur du 20 heures a parlé."), "");
    assert_string_equal(tag("2024-03-04", FR, "Il était l'invité du journal de 20 heures."), "");
    assert_string_equal(tag("2024-03-04", FR, "Les heures supplémentaires seront payées aux heures de pointe."), "");
    assert_string_equal(tag("2024-03-04", FR, "La séance a duré 20 heures."), "20 heures=DURATION:PT20H");
}

/* A bare past participle before a month tells what was done then,
 * whatever the main verb ("Le projet, présenté en mars, sera voté en
 * juin"); a compound tense keeps its auxiliary's ("sera examiné en
 * mars"), an announcing participle says nothing ("organisé en mars").
 * 2026-01-15 is a Thursday. */
static void test_french_participle_month(void **state) {
    (void)state;
    assert_string_equal(tag("2026-01-15", FR, "Le plan, présenté en mars, sera voté en juin."),
                        "mars=DATE:2025-03 | juin=DATE:2026-06");
    assert_string_equal(tag("2026-01-15", FR, "La loi promulguée en octobre impose un quota."), "octobre=DATE:2025-10");
    assert_string_equal(tag("2026-01-15", FR, "Le texte sera examiné en mars."), "mars=DATE:2026-03");
    assert_string_equal(tag("2026-01-15", FR, "Le salon organisé en mars affiche complet."), "mars=DATE:2026-03");
}

/* More French names: a capitalised part of day or season inside a
 * sentence (the newspaper "Le Soir"), a holiday after a capitalised
 * word (a surname: "Claire Noël"). */
static void test_more_names(void **state) {
    (void)state;
    assert_string_equal(tag("2024-05-15", FR, "Selon le quotidien Le Soir, la grève continue."), "");
    assert_string_equal(tag("2024-05-15", FR, "Sa tante, Claire Noël, dirige la chorale."), "");
    assert_string_equal(tag("2024-05-15", FR, "Le soir, il pleut. Il viendra à Noël."),
                        "Le soir=TIME:2024-05-15TEV | Noël=DATE:2024-12-25");
}

/* "le 2 mai au soir": that day's part of day, one TIME. */
static void test_date_au_soir(void **state) {
    (void)state;
    assert_string_equal(tag("2024-05-15", FR, "Le 2 mai au soir, la digue a cédé."), "Le 2 mai au soir=TIME:2024-05-02TEV");
}

/* The verb of an expression set off by commas, or of the next items of
 * a list, stands before the comma; a short participle ("tué") counts; a
 * capitalised name ending as a future ("Samira") is no verb. */
static void test_tense_across_comma(void **state) {
    (void)state;
    assert_string_equal(tag("2024-05-15", FR, "Le cycliste, tué vendredi sur la route, était âgé."),
                        "vendredi=DATE:2024-05-10");
    assert_string_equal(tag("2024-05-15", FR, "Le colis a été déposé devant la mairie, vendredi matin, par erreur."),
                        "vendredi matin=TIME:2024-05-10TMO");
    assert_string_equal(tag("2024-05-15", FR, "Ils sont prêts, a assuré la capitaine, Samira Bouzid, lundi soir à la radio."),
                        "lundi soir=TIME:2024-05-13TEV");
    assert_string_equal(tag("2024-05-15", EN, "The museum stayed shut on Thursday, Friday and Monday."),
                        "Thursday=DATE:2024-05-09 | Friday=DATE:2024-05-10 | Monday=DATE:2024-05-13");
}

/* A weekday that does not open its clause takes no tense from an
 * attribution after the comma ("..., the council said"); one that opens
 * it does ("After a long night of talks on Thursday, the union said"). */
static void test_attribution_after_comma(void **state) {
    (void)state;
    assert_string_equal(tag("2024-05-14", EN, "Members will pick a captain when they meet at the club house Wednesday, the club said."),
                        "Wednesday=DATE:2024-05-15");
    assert_string_equal(tag("2024-05-13", EN, "After a long night of talks on Thursday, the union said workers had voted."),
                        "Thursday=DATE:2024-05-09");
    assert_string_equal(tag("2024-05-13", EN, "An old boiler blew up early on Tuesday in the basement of the school."),
                        "Tuesday=DATE:2024-05-07");
    assert_string_equal(tag("2024-05-16", FR, "La fête du village, qui s'étire de samedi à lundi, a précisé la mairie."),
                        "samedi=DATE:2024-05-18 | lundi=DATE:2024-05-20");
}

/* "le mois de janvier", "au début du mois de mai": the month (the word
 * "mois" made it a unit, which names no date, and the whole expression
 * was dropped). */
static void test_mois_de(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-08", FR, "La foire avait fermé à la fin du mois de janvier."),
                        "la fin du mois de janvier=DATE:2024-01/END");
    assert_string_equal(tag("2024-03-08", FR, "Le musée rouvrira au début du mois de mai 2025."),
                        "début du mois de mai 2025=DATE:2025-05/START");
    assert_string_equal(tag("2024-03-08", FR, "Les cours reprennent au mois d'avril."), "mois d'avril=DATE:2024-04");
}

/* French "sept." ending a sentence is the number seven; the month needs
 * a day before it, a year after it or "en", "début", "fin" before it. */
static void test_sept_number(void **state) {
    (void)state;
    assert_string_equal(tag("2024-03-04", FR, "Le club n'accueille plus que sept. Il en attend dix."), "");
    assert_string_equal(tag("2024-03-04", FR, "Il nage six jours sur sept. Le bilan de sept. 2023 est bon."),
                        "six jours=DURATION:P6D | sept. 2023=DATE:2023-09");
}

/* Agency copy writes the days below ten in words after the month ("payable
 * May two", "from June one, 1991"): a day when nothing that it could count
 * follows it; "in May two firms", "in June one of them" count. */
static void test_month_day_in_words(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "The dividend is payable May two to holders of record April six."),
                        "May two=DATE:2026-05-02 | April six=DATE:2026-04-06");
    assert_string_equal(tag("2026-03-02", EN, "The warrants run from June one, 2027, to July three, 2028."),
                        "June one, 2027=DATE:2027-06-01 | July three, 2028=DATE:2028-07-03");
    assert_string_equal(tag("2026-03-02", EN, "The rise is effective April Four."), "April Four=DATE:2026-04-04");
    assert_string_equal(tag("2026-03-02", EN, "In May two firms will merge, and in June one of them will close."),
                        "May=DATE:2026-05 | June=DATE:2026-06");
}

/* An English month name after a capitalised word the lexicon does not
 * know, before punctuation, a capitalised word or "be"/"have", is a name
 * or a title's modal; before a number or a noun it is the month. */
static void test_month_surnames(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "The panel heard Carla June, Tom Reed and Ann Bell on Friday."),
                        "Friday=DATE:2026-02-27");
    assert_string_equal(tag("2026-03-02", EN, "Crowds joined the Harbour Pride March. It ended late."), "");
    assert_string_equal(tag("2026-03-02", EN, "Why Mayors May Be Wrong About Rents"), "");
    assert_string_equal(tag("2026-03-02", EN, "The Senate June 4 vote was close; Acme August sales rose."),
                        "June 4=DATE:2026-06-04 | August=DATE:2025-08");
}

/* A unit capitalised after a number that follows a lower-case word or an
 * opening quote is a title ("on 90 Minutes", "the film '12 Days'"); a
 * title-case heading capitalises the word before it as well. */
static void test_unit_titles(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "She told the show 90 Minutes that talks would go on."), "");
    assert_string_equal(tag("2026-03-02", EN, "He starred in \"12 Days\", a thriller."), "");
    assert_string_equal(tag("2026-03-02", EN, "Shares Rise For 3 Days"), "3 Days=DURATION:P3D");
    assert_string_equal(tag("2026-03-02", EN, "The talks lasted 3 days."), "3 days=DURATION:P3D");
}

/* "has to", "have to" + verb is an obligation, still to come, not a
 * perfect: a month in its clause is the coming one. */
static void test_have_to(void **state) {
    (void)state;
    /* 2026-04-20: June and September to come, or gone */
    assert_string_equal(tag("2026-04-20", EN, "The bill still has to clear a June vote."), "June=DATE:2026-06");
    assert_string_equal(tag("2026-04-20", EN, "Exporters would have to ship by the end of September."),
                        "the end of September=DATE:2026-09/END");
    assert_string_equal(tag("2026-04-20", EN, "The bill has cleared a June vote."), "June=DATE:2025-06");
}

/* A set adjective capitalised inside a sentence beside another capitalised
 * word is part of a name (a newspaper, a show); after a word in capitals
 * (a table's heading) or alone it is the set. */
static void test_set_adjective_names(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-02", EN, "He told the Harbour Daily Times that prices rose."), "");
    assert_string_equal(tag("2026-03-02", EN, "She writes for Riverside Weekly on schools."), "");
    assert_string_equal(tag("2026-03-02", EN, "Prices are set daily. ACME INCOME FUND Daily div 2 cts."),
                        "daily=SET:P1D | Daily=SET:P1D");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_end_verb_or_modifier),
        cmocka_unit_test(test_reported_imperfect),
        cmocka_unit_test(test_within),
        cmocka_unit_test(test_holidays),
        cmocka_unit_test(test_last_month_day),
        cmocka_unit_test(test_clock_shaped_duration),
        cmocka_unit_test(test_that_day),
        cmocka_unit_test(test_passe_participle),
        cmocka_unit_test(test_weekday_range),
        cmocka_unit_test(test_weekday_date_slip),
        cmocka_unit_test(test_capitalised_names),
        cmocka_unit_test(test_clock_then_weekday),
        cmocka_unit_test(test_year_before_unit),
        cmocka_unit_test(test_delivery_month),
        cmocka_unit_test(test_since_past),
        cmocka_unit_test(test_avoir_present),
        cmocka_unit_test(test_weekday_after_de),
        cmocka_unit_test(test_bare_participle),
        cmocka_unit_test(test_french_ages),
        cmocka_unit_test(test_french_hours),
        cmocka_unit_test(test_french_participle_month),
        cmocka_unit_test(test_more_names),
        cmocka_unit_test(test_date_au_soir),
        cmocka_unit_test(test_tense_across_comma),
        cmocka_unit_test(test_attribution_after_comma),
        cmocka_unit_test(test_mois_de),
        cmocka_unit_test(test_sept_number),
        cmocka_unit_test(test_month_day_in_words),
        cmocka_unit_test(test_month_surnames),
        cmocka_unit_test(test_unit_titles),
        cmocka_unit_test(test_have_to),
        cmocka_unit_test(test_set_adjective_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
