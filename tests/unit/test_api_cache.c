/*
 * test_api_cache.c -- unit tests of the result cache of GET /api/search
 * (src/server/cache.c): a hit gives the body kept with its own took_ms;
 * the memory stays within the bound, the least recently used going first;
 * invalidation empties it, and an answer computed under an older
 * generation is not kept; answers are kept compressed and come back
 * byte for byte.
 */
#include "harness.h"

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/cache.h"

static const char BODY[] = "{\"query\":\"port\",\"total\":3,\"offset\":0,\"limit\":10,\"took_ms\":12.5,\"hits\":[]}";

static void test_hit_rewrites_took_ms(void **state) {
    (void)state;
    api_cache *c = api_cache_new(1 << 20);
    assert_non_null(c);
    api_cache_codec *z = api_cache_codec_new();
    assert_non_null(z);
    size_t len = 0;
    assert_null(api_cache_get(c, z, "k", 1.0, &len));
    api_cache_put(c, z, "k", api_cache_generation(c), BODY, strlen(BODY));
    char *b = api_cache_get(c, z, "k", 0.25, &len);
    assert_non_null(b);
    assert_string_equal(b, "{\"query\":\"port\",\"total\":3,\"offset\":0,\"limit\":10,\"took_ms\":0.25,\"hits\":[]}");
    assert_int_equal(len, strlen(b));
    free(b);
    b = api_cache_get(c, z, "k", 3.0, &len);
    assert_non_null(strstr(b, "\"took_ms\":3.0,")); /* still a JSON real */
    free(b);
    api_cache_stats st;
    api_cache_get_stats(c, &st);
    assert_int_equal(st.hits, 2);
    assert_int_equal(st.misses, 1);
    assert_int_equal(st.entries, 1);
    /* A query that holds the member's name is escaped in the body and
     * does not confuse the rewrite. */
    const char *tricky = "{\"query\":\",\\\"took_ms\\\":1\",\"took_ms\":7.0,\"hits\":[]}";
    api_cache_put(c, z, "t", api_cache_generation(c), tricky, strlen(tricky));
    b = api_cache_get(c, z, "t", 2.0, &len);
    assert_string_equal(b, "{\"query\":\",\\\"took_ms\\\":1\",\"took_ms\":2.0,\"hits\":[]}");
    free(b);
    api_cache_codec_free(z);
    api_cache_free(c);
    assert_null(api_cache_new(0)); /* size 0: no cache */
}

static void test_bounded_lru(void **state) {
    (void)state;
    size_t max = 64 * 1024;
    api_cache *c = api_cache_new(max);
    api_cache_codec *z = api_cache_codec_new();
    char key[32];
    for (int i = 0; i < 2000; i++) {
        snprintf(key, sizeof key, "q%d", i);
        api_cache_put(c, z, key, api_cache_generation(c), BODY, strlen(BODY));
        /* q0 is used all along: it must survive. */
        size_t len;
        free(api_cache_get(c, z, "q0", 1.0, &len));
        api_cache_stats st;
        api_cache_get_stats(c, &st);
        assert_true(st.bytes <= max);
    }
    api_cache_stats st;
    api_cache_get_stats(c, &st);
    assert_true(st.evictions > 0);
    assert_true(st.entries < 2000);
    assert_true(st.entries > 100);
    size_t len;
    char *b = api_cache_get(c, z, "q0", 1.0, &len);
    assert_non_null(b);
    free(b);
    assert_null(api_cache_get(c, z, "q1", 1.0, &len)); /* the oldest unused went */
    b = api_cache_get(c, z, "q1999", 1.0, &len);       /* the newest stays */
    assert_non_null(b);
    free(b);
    /* A body over a quarter of the bound once compressed is not kept:
     * bytes that do not repeat do not compress. */
    size_t big = max / 2;
    char *huge = malloc(big + 1);
    uint32_t x = 12345;
    for (size_t i = 0; i < big; i++) {
        x = x * 1103515245u + 12345u;
        huge[i] = (char)(1 + (x >> 16) % 255);
    }
    memcpy(huge, BODY, strlen(BODY));
    huge[big] = 0;
    api_cache_put(c, z, "huge", api_cache_generation(c), huge, big);
    assert_null(api_cache_get(c, z, "huge", 1.0, &len));
    free(huge);
    api_cache_codec_free(z);
    api_cache_free(c);
}

static void test_invalidation(void **state) {
    (void)state;
    api_cache *c = api_cache_new(1 << 20);
    api_cache_codec *z = api_cache_codec_new();
    uint64_t g = api_cache_generation(c);
    api_cache_put(c, z, "a", g, BODY, strlen(BODY));
    /* Computed before the change, stored after it: not kept. */
    api_cache_invalidate(c);
    api_cache_put(c, z, "b", g, BODY, strlen(BODY));
    size_t len;
    assert_null(api_cache_get(c, z, "a", 1.0, &len));
    assert_null(api_cache_get(c, z, "b", 1.0, &len));
    api_cache_stats st;
    api_cache_get_stats(c, &st);
    assert_int_equal(st.entries, 0);
    assert_int_equal(st.bytes, 0);
    assert_int_equal(st.invalidations, 1);
    assert_true(api_cache_generation(c) != g);
    api_cache_put(c, z, "b", api_cache_generation(c), BODY, strlen(BODY));
    char *b = api_cache_get(c, z, "b", 1.0, &len);
    assert_non_null(b);
    free(b);
    api_cache_codec_free(z);
    api_cache_free(c);
}

/* An answer with a long day histogram (the shape of a frequent word's)
 * comes back byte for byte, is counted at its compressed size, and fits
 * where its plain text would not; without a codec nothing is kept. */
static void test_kept_compressed(void **state) {
    (void)state;
    size_t max = 256 * 1024;
    api_cache *c = api_cache_new(max);
    api_cache_codec *z = api_cache_codec_new();
    char *body = malloc(200 * 1024);
    size_t n = (size_t)sprintf(body, "{\"query\":\"port\",\"total\":9000,\"took_ms\":8.5,\"facets\":{\"days\":[");
    for (int d = 0; d < 2000; d++)
        n += (size_t)sprintf(body + n, "%s{\"date\":\"20%02d-%02d-%02d\",\"count\":%d}", d ? "," : "", 20 + d / 336,
                             1 + d / 28 % 12, 1 + d % 28, (d * 7919) % 97);
    n += (size_t)sprintf(body + n, "]}}");
    assert_true(n > max / 4); /* too large to keep as it is */
    api_cache_put(c, z, "days", api_cache_generation(c), body, n);
    api_cache_stats st;
    api_cache_get_stats(c, &st);
    assert_int_equal(st.entries, 1);
    assert_true(st.bytes < n / 4);
    size_t len = 0;
    char *b = api_cache_get(c, z, "days", 8.5, &len);
    assert_non_null(b);
    assert_int_equal(len, n);
    assert_memory_equal(b, body, n);
    free(b);
    assert_null(api_cache_get(c, NULL, "days", 1.0, &len));
    api_cache_put(c, NULL, "other", api_cache_generation(c), body, n);
    api_cache_get_stats(c, &st);
    assert_int_equal(st.entries, 1);
    free(body);
    api_cache_codec_free(z);
    api_cache_free(c);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hit_rewrites_took_ms),
        cmocka_unit_test(test_bounded_lru),
        cmocka_unit_test(test_invalidation),
        cmocka_unit_test(test_kept_compressed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
