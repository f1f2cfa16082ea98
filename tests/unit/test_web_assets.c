/*
 * test_web_assets.c -- the web page embedded in the program
 * (build/gen/web_assets.c, generated from web/assets.list): every listed
 * file is served at its URL with its exact bytes and the right content
 * type, nothing else is, and every URL the page itself asks for (the
 * src/href of index.html, the imports of its modules) is in the table, so
 * the page cannot need a file that was left out of the program.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "server/web_assets.h"

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) buf[n] = 0;
    *len = (size_t)n;
    return buf;
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static void test_every_listed_file_is_served(void **state) {
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/web/assets.list", th_src_dir());
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[4096];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char url[2048], file[2048];
        if (sscanf(line, " %2047s %2047s", url, file) != 2 || url[0] == '#') continue;
        const vl_web_asset *a = vl_web_asset_find(url);
        assert_non_null(a);
        assert_string_equal(a->path, url);
        char fpath[4096];
        snprintf(fpath, sizeof fpath, "%s/web/%s", th_src_dir(), file);
        size_t len;
        char *disk = slurp(fpath, &len);
        assert_non_null(disk);
        assert_int_equal(a->size, len);
        assert_memory_equal(a->data, disk, len);
        free(disk);
        if (ends_with(file, ".js")) assert_string_equal(a->content_type, "text/javascript; charset=utf-8");
        if (ends_with(file, ".css")) assert_string_equal(a->content_type, "text/css; charset=utf-8");
        if (ends_with(file, ".html")) assert_string_equal(a->content_type, "text/html; charset=utf-8");
        n++;
    }
    fclose(f);
    assert_true(n >= 10);
}

static void test_root_is_the_page(void **state) {
    (void)state;
    const vl_web_asset *a = vl_web_asset_find("/");
    assert_non_null(a);
    assert_string_equal(a->content_type, "text/html; charset=utf-8");
    assert_true(a->size > 15);
    assert_memory_equal(a->data, "<!doctype html>", 15);
}

static void test_nothing_else_is_served(void **state) {
    (void)state;
    const char *bad[] = {"", "index.html", "/index", "/static", "/static/", "/static/js",
                         "/static/../index.html", "/static/js/../app.css", "/static//app.css",
                         "/static/app.css/", "/STATIC/app.css", "/static/app.css?x=1",
                         "/web/index.html", "/assets.list", "/package.json",
                         "/node_modules/uplot/dist/uPlot.iife.min.js", "/../Makefile", "//"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) assert_null(vl_web_asset_find(bad[i]));
    assert_null(vl_web_asset_find(NULL));
}

/* Each quoted "/static/..." URL of an asset's text, and each relative
 * import ('./x.js') of a module in /static/js/, must be in the table.
 * Quotes are looked for just before "/static/" and "./", so that an
 * apostrophe in a comment does not throw the scan off. */
static int check_refs(const vl_web_asset *a) {
    int refs = 0;
    char *text = malloc(a->size + 1);
    assert_non_null(text);
    memcpy(text, a->data, a->size);
    text[a->size] = 0;
    for (const char *p = text + 1; *p; p++) {
        char q = p[-1];
        if (q != '"' && q != '\'') continue;
        int is_static = strncmp(p, "/static/", 8) == 0;
        int is_import = strncmp(p, "./", 2) == 0 && ends_with(a->path, ".js");
        if (!is_static && !is_import) continue;
        const char *e = strchr(p, q);
        if (!e || e - p > 400) continue;
        char url[512];
        if (is_static) snprintf(url, sizeof url, "%.*s", (int)(e - p), p);
        else snprintf(url, sizeof url, "/static/js/%.*s", (int)(e - p - 2), p + 2);
        if (!vl_web_asset_find(url)) fail_msg("%s asks for %s, which is not embedded", a->path, url);
        refs++;
        p = e;
    }
    free(text);
    return refs;
}

static void test_the_page_needs_only_embedded_files(void **state) {
    (void)state;
    assert_true(check_refs(vl_web_asset_find("/")) >= 5);
    const char *modules[] = {"/static/js/app.js", "/static/js/search.js", "/static/js/doc.js",
                             "/static/js/entity.js", "/static/js/timeline.js"};
    int refs = 0;
    for (size_t i = 0; i < sizeof modules / sizeof modules[0]; i++) {
        const vl_web_asset *a = vl_web_asset_find(modules[i]);
        assert_non_null(a);
        refs += check_refs(a);
    }
    assert_true(refs >= 10);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_listed_file_is_served),
        cmocka_unit_test(test_root_is_the_page),
        cmocka_unit_test(test_nothing_else_is_served),
        cmocka_unit_test(test_the_page_needs_only_embedded_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
