/*
 * test_timex_gold16fix.c -- unit tests of the rules added on branch
 * timex-fix for what batch 15 (broadcast transcripts, issue 3) left: the
 * day a clock time with no date of its own is on, and the broadcast
 * idioms.  The sentences are written for these tests, not taken from the
 * gold files or corpora.
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

/* The end of a span ("jusqu'au 5 mars", "until Friday") or a day counted
 * from now ("dans dix jours") anchors the clock times of its own sentence
 * only; a later sentence's clock time is the dispatch's.  2026-03-02 is a
 * Monday, 2026-03-04 a Wednesday. */
static void test_span_end_no_anchor(void **state) {
    (void)state;
    assert_string_equal(
        tag("2026-03-02", FR, "La circulation est interdite jusqu'au 5 mars. Le conseil municipal se réunit à 18 heures."),
        "5 mars=DATE:2026-03-05 | 18 heures=TIME:2026-03-02T18:00");
    assert_string_equal(tag("2026-03-04", EN, "The strike runs until Friday. The union meets at 2 p.m."),
                        "Friday=DATE:2026-03-06 | 2 p.m.=TIME:2026-03-04T14:00");
    assert_string_equal(tag("2026-03-02", FR, "Le verdict sera rendu dans dix jours. Le juge arrive à 9 heures."),
                        "dix jours=DURATION:P10D | 9 heures=TIME:2026-03-02T09:00");
    /* (nor is it the day to come of a later future clause, after a past
     * day took the anchor) */
    assert_string_equal(tag("2026-03-02", FR,
                            "La grève pourrait durer jusqu'à vendredi. Elle avait commencé le 2 février. "
                            "Le ministre sera notre invité à 8 h 20."),
                        "vendredi=DATE:2026-03-06 | le 2 février=DATE:2026-02-02 | 8 h 20=TIME:2026-03-02T08:20");
}

/* The broadcast's own clock ("Il est 7 h 15", "It's 7:45") is now, not on
 * a day to come told before it. */
static void test_present_clock(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "Results are due on Friday. It's 7:45."),
                        "Friday=DATE:2026-03-06 | 7:45=TIME:2026-03-04T07:45");
    assert_string_equal(tag("2026-03-04", FR, "Le scrutin aura lieu vendredi. Il est exactement 7 h 15."),
                        "vendredi=DATE:2026-03-06 | 7 h 15=TIME:2026-03-04T07:15");
}

/* A past clause's clock time is not on a day to come (here through the
 * irregular participle "rouvert"), nor is one told after other dates took
 * over the story; a future clause right after the day still takes it, and
 * a past day still anchors the narrative after it. */
static void test_future_day_anchor(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "Une tempête est annoncée pour vendredi. Les écoles ont rouvert à 10 heures."),
                        "vendredi=DATE:2026-03-06 | 10 heures=TIME:2026-03-04T10:00");
    assert_string_equal(tag("2026-03-04", EN,
                            "The new law takes effect on March 20. Sales rose 3% in 2025 and fell in January. "
                            "The minister will speak at noon."),
                        "March 20=DATE:2026-03-20 | 2025=DATE:2025 | January=DATE:2026-01 | noon=TIME:2026-03-04T12:00");
    assert_string_equal(tag("2026-03-04", FR, "Le sommet s'ouvrira vendredi. Les chefs d'État arriveront à 10 heures."),
                        "vendredi=DATE:2026-03-06 | 10 heures=TIME:2026-03-06T10:00");
    assert_string_equal(tag("2026-03-04", EN, "On Monday, the storm hit the coast. At 3 p.m., the river burst its banks."),
                        "Monday=DATE:2026-03-02 | 3 p.m.=TIME:2026-03-02T15:00");
}

/* A clock time with no a.m./p.m. takes the part of day its sentence told
 * before it, or the newsreader's greeting; "in the afternoon" after
 * minutes is in the extent; a 24-hour clock ("0830 GMT") keeps its hour. */
static void test_evening_clock(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The power failed last night at 9:15, officials said."),
                        "last night=TIME:2026-03-03TNI | 9:15=TIME:2026-03-03T21:15");
    assert_string_equal(tag("2026-03-04", EN, "Good evening. It's 10 o'clock."), "10 o'clock=TIME:2026-03-04T22:00");
    assert_string_equal(tag("2026-03-04", EN, "Good morning. It's 10 o'clock."), "10 o'clock=TIME:2026-03-04T10:00");
    assert_string_equal(tag("2026-03-04", EN, "The plane landed at 3:05 in the afternoon."),
                        "3:05 in the afternoon=TIME:2026-03-04T15:05");
    assert_string_equal(
        tag("2026-03-04", EN, "Trading resumed this afternoon at 2:30, and shares fell by 0830 GMT."),
        "this afternoon=TIME:2026-03-04TAF | 2:30=TIME:2026-03-04T14:30 | 0830 GMT=TIME:2026-03-04T08:30");
}

/* A count of hours or minutes ago, once the speaker told the present
 * clock, is a clock time counted back from it (batch 11's convention for
 * live entries), across midnight too; with no clock told it stays the day. */
static void test_ago_from_present_clock(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "Il est 13 heures. Le bilan a été publié il y a une demi-heure."),
                        "13 heures=TIME:2026-03-04T13:00 | il y a une demi-heure=TIME:2026-03-04T12:30");
    assert_string_equal(tag("2026-03-04", EN, "It's 7:20. The bridge closed 20 minutes ago."),
                        "7:20=TIME:2026-03-04T07:20 | 20 minutes ago=TIME:2026-03-04T07:00");
    assert_string_equal(tag("2026-03-04", FR, "Il est 0 h 10. Le train est parti il y a vingt minutes."),
                        "0 h 10=TIME:2026-03-04T00:10 | il y a vingt minutes=TIME:2026-03-03T23:50");
    assert_string_equal(tag("2026-03-04", FR, "Le bilan a été publié il y a une demi-heure."),
                        "il y a une demi-heure=DATE:2026-03-04");
}

/* "earlier today", "later tonight", "later this morning": the adverb is
 * in the extent, as TempEval-3 writes "later this afternoon" (END). */
static void test_earlier_later_extent(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "The ministry said earlier today that talks had failed."),
                        "earlier today=DATE:2026-03-04/START");
    assert_string_equal(tag("2026-03-04", EN, "Our coverage continues later tonight."),
                        "later tonight=TIME:2026-03-04TNI/END");
    assert_string_equal(tag("2026-03-04", EN, "She is due to speak later this morning."),
                        "later this morning=TIME:2026-03-04TMO/END");
}

/* Broadcast idioms: "this hour" is the hour of the newsreader's clock
 * when told (else PRESENT_REF), "the top of the hour" the next full hour
 * (else FUTURE_REF), "tout à l'heure" soon (a moment ago in a past
 * clause), "the decade" the dispatch's. */
static void test_broadcast_idioms(void **state) {
    (void)state;
    assert_string_equal(
        tag("2026-03-04", EN, "It's 6 o'clock. Our top story this hour: snow. We'll be back at the top of the hour."),
        "6 o'clock=TIME:2026-03-04T06:00 | this hour=TIME:2026-03-04T06 | the top of the hour=TIME:2026-03-04T07:00");
    assert_string_equal(tag("2026-03-04", EN, "Votes were still being counted at this hour."),
                        "this hour=DATE:PRESENT_REF");
    assert_string_equal(tag("2026-03-04", EN, "It's 11:40. More at the top of the hour."),
                        "11:40=TIME:2026-03-04T11:40 | the top of the hour=TIME:2026-03-04T12:00");
    assert_string_equal(tag("2026-03-04", FR, "Les syndicats se réunissent tout à l'heure."),
                        "tout à l'heure=TIME:FUTURE_REF");
    assert_string_equal(tag("2026-03-04", FR, "Le ministre a parlé tout à l'heure."), "tout à l'heure=TIME:PAST_REF");
    assert_string_equal(tag("2026-03-04", EN, "Growth should continue through the decade."),
                        "the decade=DATE:202");
}

/* A programme's name in a slug line of capitals ending at a colon is no
 * time; a headline in capitals without one, or the story after the colon,
 * still is. */
static void test_show_name_slug(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", EN, "ABC WORLD NEWS TONIGHT: Storm hits the coast tonight"),
                        "tonight=TIME:2026-03-04TNI");
    assert_string_equal(tag("2026-03-04", EN, "CNN SATURDAY MORNING: Quake toll climbs\n\nIt is 7 a.m. in Atlanta."),
                        "7 a.m.=TIME:2026-03-04T07:00");
    assert_string_equal(tag("2026-03-04", EN, "STORM HITS COAST ON MONDAY\n\nThe storm hit on Monday."),
                        "MONDAY=DATE:2026-03-02 | Monday=DATE:2026-03-02");
    assert_string_equal(tag("2026-03-04", EN, "RAIN RECORDED OVER PAST 72 HOURS\nPARANA STATE: NIL"),
                        "PAST 72 HOURS=DURATION:PT72H");
}

/* "could last weeks": "last" after a modal is the verb, and the bare
 * plural a vague span (PXW), not "last weeks" (the past). */
static void test_modal_last_plural(void **state) {
    (void)state;
    assert_string_equal(tag("2016-11-09", EN, "The campaign could last weeks, officials said."),
                        "weeks=DURATION:PXW");
    assert_string_equal(tag("2016-11-09", EN, "The talks would last months."), "months=DURATION:PXM");
}

/* "the 1980s": the article is in the extent; without it the decade stays
 * as it was. */
static void test_the_decade_extent(void **state) {
    (void)state;
    assert_string_equal(tag("2016-11-09", EN, "Prices have risen since the 1980s."), "the 1980s=DATE:198");
    assert_string_equal(tag("2016-11-09", EN, "It looks like 1970s America."), "1970s=DATE:197");
}

/* French vague references to come are TIMEs, as the gold batches and FR
 * TimeBank type them. */
static void test_fr_future_plref_time(void **state) {
    (void)state;
    assert_string_equal(tag("2026-03-04", FR, "Les banques échangeront les billets dans les prochains jours."),
                        "les prochains jours=TIME:FUTURE_REF");
}

/* An hour with its time zone is a clock time, not a span; a span of
 * hours stays one. */
static void test_fr_hour_with_zone(void **state) {
    (void)state;
    assert_string_equal(tag("2025-12-31", FR, "Il est 18 heures à Paris, 17 heures en temps universel."),
                        "18 heures=TIME:2025-12-31T18:00 | 17 heures=TIME:2025-12-31T17:00");
    assert_string_equal(tag("2025-12-31", FR, "Le lancement est prévu 17 heures GMT, soit 3 heures heure locale."),
                        "17 heures=TIME:2025-12-31T17:00 | 3 heures=TIME:2025-12-31T03:00");
    assert_string_equal(tag("2025-12-31", FR, "Il a marché 17 heures en montagne."), "17 heures=DURATION:PT17H");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_span_end_no_anchor),
        cmocka_unit_test(test_present_clock),
        cmocka_unit_test(test_future_day_anchor),
        cmocka_unit_test(test_evening_clock),
        cmocka_unit_test(test_ago_from_present_clock),
        cmocka_unit_test(test_earlier_later_extent),
        cmocka_unit_test(test_broadcast_idioms),
        cmocka_unit_test(test_show_name_slug),
        cmocka_unit_test(test_modal_last_plural),
        cmocka_unit_test(test_the_decade_extent),
        cmocka_unit_test(test_fr_future_plref_time),
        cmocka_unit_test(test_fr_hour_with_zone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
