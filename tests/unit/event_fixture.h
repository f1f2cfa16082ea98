/*
 * event_fixture.h -- the fixture shared by the event extractor's unit
 * tests (test_event.c, test_event_gate.c): an event tagger and a time
 * tagger for the whole run, and the events of a sentence read back as one
 * string, "(actor|action code|target)" each (with "|date" when asked),
 * joined with " ", so that a test compares one line.  One entity mention
 * may be given by hand (its first occurrence in the text).  Included by
 * test files only, after cmocka.h.
 */
#ifndef VEILLE_TESTS_EVENT_FIXTURE_H
#define VEILLE_TESTS_EVENT_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "extract/event.h"
#include "extract/timex.h"

static vl_event_tagger *et;
static vl_timex_tagger *tt;

static int setup(void **state) {
    (void)state;
    vl_error err;
    if (vl_event_tagger_new(&et, &err) || vl_timex_tagger_new(&tt, &err)) return -1;
    return 0;
}

static int teardown(void **state) {
    (void)state;
    vl_event_tagger_free(et);
    vl_timex_tagger_free(tt);
    return 0;
}

static int span(char *out, size_t cap, const char *text, const vl_event_arg *a) {
    if (a->end <= a->start) return snprintf(out, cap, "-");
    return snprintf(out, cap, "%.*s", (int)(a->end - a->start), text + a->start);
}

/* The events of text in a dispatch of 2025-09-12; ent, when not NULL, is
 * one entity mention of type ty.  Every event's evidence must hold its
 * actor. */
static const char *tag_events(vl_lang lang, const char *text, const char *ent, vl_ner_type ty, int with_date) {
    static char out[4096];
    const vl_timex *tx;
    size_t ntx, n, nents = 0;
    vl_ner_mention m;
    memset(&m, 0, sizeof m);
    if (ent) {
        const char *at = strstr(text, ent);
        assert_non_null(at);
        m.start = (size_t)(at - text);
        m.end = m.start + strlen(ent);
        m.type = ty;
        nents = 1;
    }
    assert_int_equal(vl_timex_tag(tt, text, strlen(text), lang, "2025-09-12", &tx, &ntx), VL_OK);
    const vl_event *ev;
    assert_int_equal(vl_event_tag(et, text, strlen(text), lang, nents ? &m : NULL, nents, tx, ntx, &ev, &n), VL_OK);
    size_t len = 0;
    out[0] = 0;
    for (size_t i = 0; i < n; i++) {
        char a[256], t[256];
        span(a, sizeof a, text, &ev[i].actor);
        span(t, sizeof t, text, &ev[i].target);
        len += (size_t)snprintf(out + len, sizeof out - len, "%s(%s|%s %02d|%s", i ? " " : "", a, ev[i].action,
                                ev[i].code, t);
        if (with_date)
            len += (size_t)snprintf(out + len, sizeof out - len, "|%s",
                                    ev[i].timex >= 0 ? tx[ev[i].timex].value : "-");
        len += (size_t)snprintf(out + len, sizeof out - len, ")");
        assert_true(ev[i].start <= ev[i].actor.start && ev[i].actor.end <= ev[i].end);
    }
    return out;
}

#endif
