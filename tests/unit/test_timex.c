/*
 * test_timex.c -- unit tests of the time-expression tagger (src/extract):
 * every family in French and English, the tense rule for weekdays and
 * underspecified dates, year and month boundaries, leap days, ISO weeks at
 * year ends, look-alikes that must not be tagged, code-point offsets, and
 * the periods of values.  The sentences are written for these tests.
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


static void test_absolute_dates_fr(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-10", FR, "Le traité a été signé le 15 septembre 2025 à Paris."),
                        "le 15 septembre 2025=DATE:2025-09-15");
    assert_string_equal(tag("2025-09-10", FR, "Rendez-vous le 3 oct. 2025 et le 2025-10-04."),
                        "le 3 oct. 2025=DATE:2025-10-03 | le 2025-10-04=DATE:2025-10-04");
    assert_string_equal(tag("2025-09-10", FR, "Le vote du 12/10/2024 reste valable."), "12/10/2024=DATE:2024-10-12");
    assert_string_equal(tag("2025-09-10", FR, "En février 2022, le conflit a changé."), "février 2022=DATE:2022-02");
    assert_string_equal(tag("2025-09-10", FR, "La réforme date de 2019."), "2019=DATE:2019");
}

static void test_absolute_dates_en(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-10", EN, "The accord was signed on September 15, 2025, in Paris."),
                        "September 15, 2025=DATE:2025-09-15");
    assert_string_equal(tag("2025-09-10", EN, "Talks resumed Sept. 3 and ended on 4 September 2025."),
                        "Sept. 3=DATE:2025-09-03 | 4 September 2025=DATE:2025-09-04");
    assert_string_equal(tag("2025-09-10", EN, "The vote of 10/12/2024 stands."), "10/12/2024=DATE:2024-10-12");
    assert_string_equal(tag("2025-09-10", EN, "Prices rose in June and fell in 2021."),
                        "June=DATE:2025-06 | 2021=DATE:2021");
    /* "may" the verb is no month */
    assert_string_equal(tag("2025-09-10", EN, "The ministers may meet again."), "");
}

static void test_weekday_tense_rule(void **state) {
    (void)state;
    /* 2025-09-15 is a Monday */
    assert_string_equal(tag("2025-09-15", FR, "Les manœuvres ont débuté vendredi et doivent se poursuivre jusqu'à mardi."),
                        "vendredi=DATE:2025-09-12 | mardi=DATE:2025-09-16");
    assert_string_equal(tag("2025-09-15", FR, "Le ministre arrive lundi."), "lundi=DATE:2025-09-15");
    assert_string_equal(tag("2025-09-15", EN, "The minister met his counterpart on Thursday."),
                        "Thursday=DATE:2025-09-11");
    assert_string_equal(tag("2025-09-15", EN, "The minister will travel on Thursday."), "Thursday=DATE:2025-09-18");
    assert_string_equal(tag("2025-09-15", EN, "The talks continue next Monday."), "next Monday=DATE:2025-09-22");
    assert_string_equal(tag("2025-09-15", FR, "Il était là lundi dernier."), "lundi dernier=DATE:2025-09-08");
    /* year boundary: a dispatch of Thursday 2020-12-31 */
    assert_string_equal(tag("2020-12-31", FR, "Le sommet se tiendra vendredi."), "vendredi=DATE:2021-01-01");
    assert_string_equal(tag("2020-12-31", FR, "Il est arrivé vendredi."), "vendredi=DATE:2020-12-25");
    assert_string_equal(tag("2020-12-31", FR, "Le 5 janvier, le parlement votera."), "Le 5 janvier=DATE:2021-01-05");
    assert_string_equal(tag("2020-12-31", EN, "The plan was adopted on December 3."), "December 3=DATE:2020-12-03");
}

/* The tense comes from the expression's own clause: coordinators followed
 * by a verb, punctuation and relative pronouns bound it, and within it the
 * verb before the expression (the one it depends on) is preferred. */
static void test_tense_clause(void **state) {
    (void)state;
    /* Monday 2026-03-16: the Friday before (past clause), 2 April after. */
    assert_string_equal(tag("2026-03-16", FR, "Le sommet a eu lieu vendredi et reprendra le 2 avril."),
                        "vendredi=DATE:2026-03-13 | le 2 avril=DATE:2026-04-02");
    assert_string_equal(tag("2026-03-16", FR, "Le sommet reprendra vendredi mais a déjà coûté cher."),
                        "vendredi=DATE:2026-03-20");
    assert_string_equal(tag("2026-03-16", EN, "The summit took place on Friday and will resume on Wednesday."),
                        "Friday=DATE:2026-03-13 | Wednesday=DATE:2026-03-18");
    assert_string_equal(tag("2026-03-16", EN, "The talks will resume on Friday but the envoys left."),
                        "Friday=DATE:2026-03-20");
    /* A coordinator opens a clause only when its verb follows, perhaps
     * after pronouns: nouns joined by "et" are no new clause. */
    assert_string_equal(tag("1999-05-18", FR, "Dès dimanche, petits et grands pourront participer."),
                        "dimanche=DATE:1999-05-23");
    assert_string_equal(tag("2026-03-16", FR, "Le sommet s'est tenu vendredi et il ne reprendra pas."),
                        "vendredi=DATE:2026-03-13");
    assert_string_equal(tag("1999-05-18", FR, "LE VILLAGE FERA LA FÊTE DIMANCHE."), "DIMANCHE=DATE:1999-05-23");
    /* A weekday with no tense is the day of that name the text gave. */
    assert_string_equal(tag("1999-05-18", FR, "Le village fera la fête dimanche. Dimanche soir, un bal à 22 h."),
                        "dimanche=DATE:1999-05-23 | Dimanche soir=TIME:1999-05-23TEV | 22 h=TIME:1999-05-23T22:00");
    assert_string_equal(tag("2003-02-04", FR, "Les manifestants ont défilé ce week-end. Ils défileront encore ce week-end."),
                        "ce week-end=DATE:2003-W05-WE | ce week-end=DATE:2003-W06-WE");
    assert_string_equal(tag("1999-05-18", FR, "Dimanche soir, un bal à 22 h."),
                        "Dimanche soir=TIME:1999-05-16TEV | 22 h=TIME:1999-05-16T22:00");
    /* "vendredi et samedi" is one clause: both take its past. */
    assert_string_equal(tag("2026-03-16", FR, "Ils ont manifesté vendredi et samedi."),
                        "vendredi=DATE:2026-03-13 | samedi=DATE:2026-03-14");
    /* A relative clause has its own verb, and so has the main clause. */
    assert_string_equal(tag("2026-03-11", FR, "L'OTAN a indiqué que le programme, qui doit s'achever le 20 mars, "
                                              "n'était pas modifié."),
                        "le 20 mars=DATE:2026-03-20");
    assert_string_equal(tag("2026-03-16", EN, "The plant, which will reopen on Thursday, was closed by the strike."),
                        "Thursday=DATE:2026-03-19");
    assert_string_equal(tag("2026-03-16", EN, "The ministers who met on Thursday will sign the deal."),
                        "Thursday=DATE:2026-03-12");
    /* Reported speech: the conditional of the subordinate clause, not the
     * past of the report ("espérait" is an imperfect, not -erait). */
    assert_string_equal(tag("2026-03-27", FR, "Mme Okonkwo a indiqué qu'elle entamerait début avril des discussions."),
                        "début avril=DATE:2026-04/START");
    assert_string_equal(tag("2026-06-16", FR, "Il espérait une réponse en avril."), "avril=DATE:2026-04");
    /* A passive participle has the tense of its auxiliary. */
    assert_string_equal(tag("2025-09-10", EN, "The budget will be voted in December, the minister said."),
                        "December=DATE:2025-12");
    assert_string_equal(tag("2025-09-10", EN, "The vote has been delayed since March."), "March=DATE:2025-03");
    /* An expression that opens the clause takes the verb after it. */
    assert_string_equal(tag("2020-12-31", FR, "Le 5 janvier, le parlement votera."), "Le 5 janvier=DATE:2021-01-05");
    assert_string_equal(tag("2026-03-16", EN, "On Friday, the union called a strike."), "Friday=DATE:2026-03-13");
}

/* Anaphoric expressions count from the last date of the text; deictic
 * ones (next week, hier) from the dispatch date. */
static void test_anaphora(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-16", FR, "Le 3 mars, les troupes sont entrées dans la ville. "
                                              "Le lendemain, elles en sont reparties."),
                        "Le 3 mars=DATE:2026-03-03 | Le lendemain=DATE:2026-03-04");
    assert_string_equal(tag("2026-03-16", FR, "Elles sont entrées le 3 mars et reparties le lendemain matin."),
                        "le 3 mars=DATE:2026-03-03 | le lendemain matin=TIME:2026-03-04TMO");
    assert_string_equal(tag("2026-03-16", FR, "Le lendemain, tout était calme."), "Le lendemain=DATE:2026-03-17");
    assert_string_equal(tag("2026-03-16", EN, "The plant closed in 2019. The following year, it was sold. "
                                              "Talks resume next week."),
                        "2019=DATE:2019 | The following year=DATE:2020 | next week=DATE:2026-W13");
    assert_string_equal(tag("2026-03-16", EN, "The ministers met on March 3. The next morning they signed."),
                        "March 3=DATE:2026-03-03 | The next morning=TIME:2026-03-04TMO");
    assert_string_equal(tag("2026-03-16", FR, "Le 3 mars, il est arrivé. Le même jour, la police l'a arrêté."),
                        "Le 3 mars=DATE:2026-03-03 | Le même jour=DATE:2026-03-03");
    assert_string_equal(tag("2026-03-16", EN, "He arrived on March 3. That same day he was arrested."),
                        "March 3=DATE:2026-03-03 | That same day=DATE:2026-03-03");
}

/* Intentions and modals look ahead; a possessive weekday is not dated by
 * a future verb. */
static void test_tense_markers(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-16", EN, "They said they would vote on Friday."), "Friday=DATE:2026-03-20");
    assert_string_equal(tag("2026-03-16", EN, "The firm does not plan to close on Friday."), "Friday=DATE:2026-03-20");
    assert_string_equal(tag("2026-03-16", EN, "The firm announced the plan Friday."), "Friday=DATE:2026-03-13");
    assert_string_equal(tag("2026-03-16", EN, "Protesters were planning to march on Thursday."),
                        "Thursday=DATE:2026-03-19");
    assert_string_equal(tag("2026-03-13", EN, "They would challenge Wednesday's ruling in court."),
                        "Wednesday=DATE:2026-03-11");
    assert_string_equal(tag("2026-03-16", EN, "The unions reacted to Wednesday's ruling."), "Wednesday=DATE:2026-03-11");
    assert_string_equal(tag("2026-03-16", FR, "Le gouvernement prévoit de voter vendredi."), "vendredi=DATE:2026-03-20");
    /* a participle after be/been, irregular or not, has its auxiliary's tense */
    assert_string_equal(tag("2025-11-02", EN, "The dividend will be paid Dec. 14 to holders of record."),
                        "Dec. 14=DATE:2025-12-14");
    assert_string_equal(tag("2025-11-02", EN, "It will redeem its preferred shares on Dec. 14."),
                        "Dec. 14=DATE:2025-12-14");
}

/* Durations are ISO 8601: decades, centuries and semesters in years and
 * months; a count of quarters keeps TimeML's Q (the gold's P6Q, P12Q;
 * batch 25), one quarter is three months. */
static void test_duration_units(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-16", FR, "pendant deux décennies, trois trimestres, un semestre, deux siècles"),
                        "deux décennies=DURATION:P20Y | trois trimestres=DURATION:P3Q | un semestre=DURATION:P6M | "
                        "deux siècles=DURATION:P200Y");
    assert_string_equal(tag("2026-03-16", EN, "for the next three quarters"), "the next three quarters=DURATION:P3Q");
    assert_string_equal(tag("2026-03-16", EN, "for a quarter"), "a quarter=DURATION:P3M");
}

/* A part of day with no day named is the day the text is telling. */
static void test_parts_of_day_anchor(void **state) {
    (void)state;
    assert_string_equal(tag("2026-04-02", FR, "Le 24 mars, elle avait passé la soirée et la nuit chez un ami. "
                                              "En fin d'après-midi, ils sont partis."),
                        "Le 24 mars=DATE:2026-03-24 | la soirée=TIME:2026-03-24TEV | la nuit=TIME:2026-03-24TNI | "
                        "fin d'après-midi=TIME:2026-03-24TAF/END");
    assert_string_equal(tag("2026-04-02", FR, "Il doit ouvrir dans la soirée les Jeux."), "la soirée=TIME:2026-04-02TEV");
    assert_string_equal(tag("2026-04-02", FR, "Il était hier à Strasbourg où le matin même une opération avait eu lieu."),
                        "hier=DATE:2026-04-01 | le matin même=TIME:2026-04-01TMO");
}

/* A clock time takes the last day-precision date of the text before it,
 * and agency copy puts the weekday after the clock time. */
static void test_clock_anchor(void **state) {
    (void)state;
    assert_string_equal(tag("2025-11-02", FR, "Samedi 20 septembre, la foule est arrivée. Le cortège est parti à 9 h 15."),
                        "Samedi 20 septembre=DATE:2025-09-20 | 9 h 15=TIME:2025-09-20T09:15");
    assert_string_equal(tag("2025-11-02", EN, "Trading will resume at 9 a.m. EST Tuesday and end at noon Thursday."),
                        "9 a.m. EST Tuesday=TIME:2025-11-04T09:00 | noon Thursday=TIME:2025-11-06T12:00");
}

static void test_relative_fr(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "Hier, aujourd'hui, demain, avant-hier et après-demain."),
                        "Hier=DATE:2025-09-14 | aujourd'hui=DATE:2025-09-15 | demain=DATE:2025-09-16 | "
                        "avant-hier=DATE:2025-09-13 | après-demain=DATE:2025-09-17");
    assert_string_equal(tag("2025-09-15", FR, "La semaine dernière et cette semaine, puis la semaine prochaine."),
                        "La semaine dernière=DATE:2025-W37 | cette semaine=DATE:2025-W38 | "
                        "la semaine prochaine=DATE:2025-W39");
    assert_string_equal(tag("2025-09-15", FR, "Le mois dernier, l'an dernier et l'année prochaine."),
                        "Le mois dernier=DATE:2025-08 | l'an dernier=DATE:2024 | l'année prochaine=DATE:2026");
    assert_string_equal(tag("2025-09-15", FR, "Il est parti il y a trois ans."), "il y a trois ans=DATE:2022");
    /* (the span to wait, without "dans": gold batches 15 and 17) */
    assert_string_equal(tag("2025-09-15", FR, "Il reviendra dans deux semaines."),
                        "deux semaines=DURATION:P2W");
    assert_string_equal(tag("2025-09-15", FR, "Ces dernières semaines, la tension a monté."),
                        "Ces dernières semaines=DATE:PAST_REF");
}

static void test_relative_en(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", EN, "Yesterday, today and tomorrow."),
                        "Yesterday=DATE:2025-09-14 | today=DATE:2025-09-15 | tomorrow=DATE:2025-09-16");
    assert_string_equal(tag("2025-09-15", EN, "Shares fell last week and will rise next month."),
                        "last week=DATE:2025-W37 | next month=DATE:2025-10");
    assert_string_equal(tag("2025-09-15", EN, "The deal collapsed two days ago."), "two days ago=DATE:2025-09-13");
    assert_string_equal(tag("2025-09-15", EN, "Rates could rise in the coming months."),
                        "the coming months=DATE:FUTURE_REF");
    assert_string_equal(tag("2025-09-15", EN, "Prices have risen recently, and now they fall."),
                        "recently=DATE:PAST_REF | now=DATE:PRESENT_REF");
}

static void test_parts_and_modifiers(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "Fin août, début 2024 et mi-juin."),
                        "Fin août=DATE:2025-08/END | début 2024=DATE:2024/START | mi-juin=DATE:2025-06/MID");
    assert_string_equal(tag("2025-09-15", FR, "Le texte sera voté au début de l'année prochaine."),
                        "début de l'année prochaine=DATE:2026/START");
    assert_string_equal(tag("2019-04-16", FR, "Le feu a pris lundi soir."), "lundi soir=TIME:2019-04-15TEV");
    assert_string_equal(tag("2024-09-15", FR, "L'été dernier fut chaud."), "L'été dernier=DATE:2024-SU");
    assert_string_equal(tag("2024-03-15", FR, "L'été dernier fut chaud."), "L'été dernier=DATE:2023-SU");
    assert_string_equal(tag("2024-03-15", FR, "Dans les années 1990, tout a changé."), "années 1990=DATE:199");
    assert_string_equal(tag("2025-09-15", EN, "The vote is expected early next year."),
                        "early next year=DATE:2026/START");
    assert_string_equal(tag("2025-09-15", EN, "Profits rose in the third quarter of 2024."),
                        "the third quarter of 2024=DATE:2024-Q3");
    /* "of" belongs to the quarter only with its year: not with an amount */
    assert_string_equal(tag("2025-09-15", EN, "It lost money in the third quarter of $21.5 million."),
                        "the third quarter=DATE:2025-Q3");
    assert_string_equal(tag("2025-09-15", EN, "Sales fell in the first quarter of fiscal 2024."),
                        "the first quarter of fiscal 2024=DATE:2024-Q1");
    assert_string_equal(tag("2025-09-15", EN, "Sales fell in the first quarter of the year."),
                        "the first quarter of the year=DATE:2025-Q1");
    assert_string_equal(tag("2025-09-15", EN, "Rebels attacked late Sunday."), "late Sunday=DATE:2025-09-14/END");
    assert_string_equal(tag("2025-09-15", EN, "Music of the 1990s and of the 20th century."),
                        "the 1990s=DATE:199 | the 20th century=DATE:19");
}

static void test_clock_times(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "La séance commence à 14h30 et finit à 18 heures."),
                        "14h30=TIME:2025-09-15T14:30 | 18 heures=TIME:2025-09-15T18:00");
    assert_string_equal(tag("2025-09-15", FR, "Samedi 20 septembre, rendez-vous à 9 h 15."),
                        "Samedi 20 septembre=DATE:2025-09-20 | 9 h 15=TIME:2025-09-20T09:15");
    assert_string_equal(tag("2025-09-15", EN, "The polls close at 8:30 pm."), "8:30 pm=TIME:2025-09-15T20:30");
    assert_string_equal(tag("2025-09-15", EN, "He spoke at 10 a.m."), "10 a.m.=TIME:2025-09-15T10:00");
}

static void test_durations_and_sets(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "Onze mois de négociations, trois jours de grève."),
                        "Onze mois=DURATION:P11M | trois jours=DURATION:P3D");
    assert_string_equal(tag("2025-09-15", FR, "Il a régné pendant vingt et un ans."), "vingt et un ans=DURATION:P21Y");
    assert_string_equal(tag("2025-09-15", FR, "Élections tous les quatre ans, marché chaque lundi."),
                        "tous les quatre ans=SET:P4Y | chaque lundi=SET:XXXX-WXX-1");
    assert_string_equal(tag("2025-09-15", EN, "The strike lasted for six weeks."), "six weeks=DURATION:P6W");
    assert_string_equal(tag("2025-09-15", EN, "The fair takes place every year, twenty-one days long."),
                        "every year=SET:P1Y | twenty-one days=DURATION:P21D");
    assert_string_equal(tag("2025-09-15", EN, "It will last for several hours."), "several hours=DURATION:PTXH");
}

static void test_look_alikes(void **state) {
    (void)state;
    assert_string_equal(tag("2025-09-15", FR, "Les exercices Zapad-2025 mobilisent des F-16 et un Airbus A320."), "");
    assert_string_equal(tag("2025-09-15", FR, "La croissance atteint 2,6 % sur 3 300 kilomètres."), "");
    assert_string_equal(tag("2025-09-15", FR, "On compte 390 000 cas ; le match s'est fini sur un score de 2-1."), "");
    assert_string_equal(tag("2025-09-15", EN, "The F-16 and the A320 flew 2,600 miles; 6,000 troops, 12.5 %."), "");
    assert_string_equal(tag("2025-09-15", FR, "Un homme âgé de 87 ans."), "");
    assert_string_equal(tag("2025-09-15", EN, "A 45-year-old man was arrested."), "");
}

static void test_calendar_edges(void **state) {
    (void)state;
    /* leap days: 29 February exists in 2024, not in 2025 */
    assert_string_equal(tag("2024-03-10", FR, "Le 29 février, il a plu."), "Le 29 février=DATE:2024-02-29");
    assert_string_equal(tag("2025-03-10", FR, "Le 29 février 2025 n'existe pas."), "");
    assert_string_equal(tag("2025-03-10", FR, "Le 31 avril est une erreur."), "");
    /* ISO weeks at year ends: 2020-12-31 is in 2020-W53, 2021-01-03 too,
     * 2024-12-30 is in 2025-W01 */
    assert_string_equal(tag("2020-12-31", FR, "Cette semaine est calme."), "Cette semaine=DATE:2020-W53");
    assert_string_equal(tag("2021-01-03", EN, "This week is quiet."), "This week=DATE:2020-W53");
    assert_string_equal(tag("2024-12-30", EN, "This week is quiet."), "This week=DATE:2025-W01");
    assert_string_equal(tag("2025-01-02", EN, "Last week was quiet."), "Last week=DATE:2024-W52");
    /* month boundary */
    assert_string_equal(tag("2025-03-01", FR, "Hier, le parlement a voté."), "Hier=DATE:2025-02-28");
    assert_string_equal(tag("2024-03-01", EN, "Yesterday the parliament voted."), "Yesterday=DATE:2024-02-29");
    assert_string_equal(tag("2025-01-31", EN, "Next month will be busy."), "Next month=DATE:2025-02");
}

static void test_offsets_and_errors(void **state) {
    (void)state;
    const char *text = "Élu à l'été 2022, réélu hier.";
    const vl_timex *tx;
    size_t n;
    assert_int_equal(vl_timex_tag(tagger, text, strlen(text), FR, "2025-09-15", &tx, &n), VL_OK);
    assert_int_equal(n, 2);
    assert_int_equal(tx[0].cp_start, 6); /* l'été 2022 */
    assert_int_equal(tx[0].cp_end, 16);
    assert_string_equal(tx[0].value, "2022-SU");
    assert_int_equal(tx[1].cp_start, 24);
    assert_int_equal(tx[1].cp_end, 28);
    assert_int_equal(vl_timex_tag(tagger, text, strlen(text), FR, "2025-13-01", &tx, &n), VL_EARG);
    /* undetermined language: both rule sets */
    assert_string_equal(tag("2025-09-15", VL_LANG_UND, "hier / yesterday"),
                        "hier=DATE:2025-09-14 | yesterday=DATE:2025-09-14");
    /* invalid UTF-8 and odd bytes never crash */
    const char bad[] = "le 3 \xff\xfe mars \xe2\x80 2025 \xc3";
    assert_int_equal(vl_timex_tag(tagger, bad, sizeof bad - 1, FR, "2025-09-15", &tx, &n), VL_OK);
}

static void test_periods(void **state) {
    (void)state;
    char a[11], b[11];
    assert_true(vl_timex_period("2025-09", a, b));
    assert_string_equal(a, "2025-09-01");
    assert_string_equal(b, "2025-09-30");
    assert_true(vl_timex_period("2025-W37", a, b));
    assert_string_equal(a, "2025-09-08");
    assert_string_equal(b, "2025-09-14");
    assert_true(vl_timex_period("199", a, b));
    assert_string_equal(a, "1990-01-01");
    assert_string_equal(b, "1999-12-31");
    assert_true(vl_timex_period("2024-02", a, b));
    assert_string_equal(b, "2024-02-29");
    assert_true(vl_timex_period("2025-09-12TEV", a, b));
    assert_string_equal(a, "2025-09-12");
    assert_true(vl_timex_period("2023-WI", a, b));
    assert_string_equal(b, "2024-02-29");
    assert_true(vl_timex_period("2025-Q3", a, b));
    assert_string_equal(a, "2025-07-01");
    assert_false(vl_timex_period("P3D", a, b));
    assert_false(vl_timex_period("PAST_REF", a, b));
    assert_false(vl_timex_period("XXXX-WXX-1", a, b));
    /* filter bounds: a month from its first day or to its last; NULL and
     * "" are open sides; a decade, a duration or a bad day are refused,
     * naming the parameter */
    vl_error err = {0};
    assert_int_equal(vl_timex_filter_bound("2024-02", 1, a, "to", &err), VL_OK);
    assert_string_equal(a, "2024-02-29");
    assert_int_equal(vl_timex_filter_bound("2024", 0, a, "from", &err), VL_OK);
    assert_string_equal(a, "2024-01-01");
    assert_int_equal(vl_timex_filter_bound("2025-09-15", 1, a, "to", &err), VL_OK);
    assert_string_equal(a, "2025-09-15");
    assert_int_equal(vl_timex_filter_bound(NULL, 0, a, "from", &err), VL_OK);
    assert_string_equal(a, "");
    assert_int_equal(vl_timex_filter_bound("", 1, a, "to", &err), VL_OK);
    assert_string_equal(a, "");
    assert_int_equal(vl_timex_filter_bound("199", 0, a, "from", &err), VL_EARG);
    assert_int_equal(vl_timex_filter_bound("P3D", 0, a, "from", &err), VL_EARG);
    assert_int_equal(vl_timex_filter_bound("2026-02-30", 0, a, "from", &err), VL_EARG);
    assert_non_null(strstr(err.message, "from: \"2026-02-30\" is not a date"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_absolute_dates_fr),  cmocka_unit_test(test_absolute_dates_en),
        cmocka_unit_test(test_weekday_tense_rule), cmocka_unit_test(test_tense_clause),
        cmocka_unit_test(test_anaphora),           cmocka_unit_test(test_tense_markers),
        cmocka_unit_test(test_clock_anchor),       cmocka_unit_test(test_parts_of_day_anchor),
        cmocka_unit_test(test_duration_units),
        cmocka_unit_test(test_relative_fr),
        cmocka_unit_test(test_relative_en),        cmocka_unit_test(test_parts_and_modifiers),
        cmocka_unit_test(test_clock_times),        cmocka_unit_test(test_durations_and_sets),
        cmocka_unit_test(test_look_alikes),        cmocka_unit_test(test_calendar_edges),
        cmocka_unit_test(test_offsets_and_errors), cmocka_unit_test(test_periods),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
