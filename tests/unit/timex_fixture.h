/*
 * timex_fixture.h -- the fixture shared by the time-expression unit tests
 * (test_timex*.c): one compiled rule set for the test group, and tag(),
 * which describes what the tagger finds in a sentence as
 * "text=TYPE:value[/mod]" joined with " | ", so that a test states the
 * whole expected answer in one string.  Included by test files only,
 * after cmocka.h and harness.h.
 */
#ifndef VEILLE_TESTS_TIMEX_FIXTURE_H
#define VEILLE_TESTS_TIMEX_FIXTURE_H

#include "extract/timex.h"

static vl_timex_tagger *tagger;

static inline int setup(void **state) {
    (void)state;
    vl_error err;
    return vl_timex_tagger_new(&tagger, &err) == VL_OK ? 0 : -1;
}

static inline int teardown(void **state) {
    (void)state;
    vl_timex_tagger_free(tagger);
    return 0;
}

/* "text=TYPE:value[/mod]" for each expression, joined with " | ". */
static inline const char *tag(const char *date, vl_lang lang, const char *text) {
    static char out[4096];
    assert_int_equal(th_timex_describe(tagger, date, lang, text, out, sizeof out), VL_OK);
    return out;
}

#define FR VL_LANG_FR
#define EN VL_LANG_EN

#endif
