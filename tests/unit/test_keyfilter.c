/*
 * test_keyfilter.c -- unit tests of the Bloom filter in front of the
 * extractors' lexicon tables (src/extract/keyfilter.h): an empty filter
 * lets nothing through, every added hash is let through (a look-up it
 * refuses would change an extractor's output), and of hashes never added
 * only a few per cent pass at the lexicons' sizes (else it saves nothing).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/keyfilter.h"

/* FNV-1a of a small number's decimal digits, as the tables hash words. */
static uint64_t word_hash(unsigned v, int wide) {
    char s[16];
    size_t n = 0;
    do s[n++] = (char)('0' + v % 10); while ((v /= 10));
    if (wide) {
        uint64_t h = 1469598103934665603ULL;
        for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
        return h;
    }
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void test_empty(void **state) {
    (void)state;
    vl_keyfilter *f = calloc(1, sizeof *f);
    assert_non_null(f);
    for (unsigned v = 0; v < 10000; v++) assert_false(vl_keyfilter_may(f, word_hash(v, v & 1)));
    free(f);
}

static void check_rates(int wide) {
    vl_keyfilter *f = calloc(1, sizeof *f);
    assert_non_null(f);
    enum { KEYS = 5000, OTHERS = 100000 };
    for (unsigned v = 0; v < KEYS; v++) vl_keyfilter_add(f, word_hash(v, wide));
    for (unsigned v = 0; v < KEYS; v++) assert_true(vl_keyfilter_may(f, word_hash(v, wide)));
    unsigned pass = 0;
    for (unsigned v = KEYS; v < KEYS + OTHERS; v++) pass += (unsigned)vl_keyfilter_may(f, word_hash(v, wide));
    /* about 2% expected for 5,000 keys in 64 Kbit, two bits per key */
    assert_true(pass < OTHERS / 20);
    assert_true(pass > 0);
    free(f);
}

static void test_rates_32(void **state) {
    (void)state;
    check_rates(0);
}

static void test_rates_64(void **state) {
    (void)state;
    check_rates(1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_rates_32),
        cmocka_unit_test(test_rates_64),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
