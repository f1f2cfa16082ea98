/*
 * test_embed_assets.c -- the build tool that embeds the web page
 * (build/tools/embed_assets, tools/embed_assets.c), run on lists written
 * here: a good list gives a C file with one table row per URL, sorted;
 * each kind of bad list (missing file, unknown type, duplicate URL, URL
 * without '/', a line with three fields) stops it with status 1, a message
 * naming the list's line, and no output file left behind.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include <cmocka.h>

static char tool[4096];

static int setup(void **state) {
    (void)state;
    snprintf(tool, sizeof tool, "%s/build/tools/embed_assets", th_src_dir());
    return access(tool, X_OK) == 0 ? 0 : -1;
}

static th_run embed(const char *dir, const char *list_text, char **out_path) {
    char *list = th_write_file(dir, "assets.list", list_text, (size_t)-1);
    *out_path = th_path(dir, "out.c");
    char *argv[] = {tool, list, *out_path, NULL};
    th_run r = th_exec(argv, NULL, 0, NULL, 30);
    free(list);
    return r;
}

static void test_good_list(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    free(th_write_file(dir, "index.html", "<!doctype html>\n", (size_t)-1));
    free(th_write_file(dir, "js/b.js", "export const b = 1;\n", (size_t)-1));
    free(th_write_file(dir, "LICENSE", "MIT\n", (size_t)-1));
    free(th_write_file(dir, "empty.css", "", 0));
    char *out;
    th_run r = embed(dir, "# comment\n\n/static/js/b.js js/b.js\n/ index.html\n"
                          "/static/LICENSE.txt LICENSE\n/static/empty.css empty.css\n", &out);
    assert_int_equal(r.status, 0);
    FILE *f = fopen(out, "r");
    assert_non_null(f);
    char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    const char *root = strstr(buf, "{\"/\", \"text/html; charset=utf-8\", asset_0, 16}");
    const char *lic = strstr(buf, "{\"/static/LICENSE.txt\", \"text/plain; charset=utf-8\", asset_1, 4}");
    const char *css = strstr(buf, "{\"/static/empty.css\", \"text/css; charset=utf-8\", asset_2, 0}");
    const char *js = strstr(buf, "{\"/static/js/b.js\", \"text/javascript; charset=utf-8\", asset_3, 20}");
    assert_non_null(root);
    assert_non_null(lic);
    assert_non_null(css);
    assert_non_null(js);
    assert_true(root < lic && lic < css && css < js); /* sorted: bisection works */
    assert_non_null(strstr(buf, "vl_web_asset_find"));
    free(out);
    th_run_free(&r);
    th_tmpdir_cleanup(dir);
}

static void bad(const char *list_text, const char *message) {
    char *dir = th_tmpdir();
    free(th_write_file(dir, "a.js", "1;\n", (size_t)-1));
    free(th_write_file(dir, "a.exe", "MZ", (size_t)-1));
    char *out;
    th_run r = embed(dir, list_text, &out);
    assert_int_equal(r.status, 1);
    if (!strstr(r.err, message)) fail_msg("stderr '%s' lacks '%s'", r.err, message);
    assert_int_equal(access(out, F_OK), -1);
    char *tmp = th_path(dir, "out.c.tmp");
    assert_int_equal(access(tmp, F_OK), -1);
    free(tmp);
    free(out);
    th_run_free(&r);
    th_tmpdir_cleanup(dir);
}

static void test_bad_lists(void **state) {
    (void)state;
    bad("/a.js a.js\n/b.js missing.js\n", "assets.list:2: ");
    bad("/a.js a.js\n/b.js missing.js\n", "missing.js: No such file or directory");
    bad("/a.exe a.exe\n", "assets.list:1: no content type known for 'a.exe'");
    bad("/x.js a.js\n/x.js a.js\n", "URL path '/x.js' listed twice");
    bad("a.js a.js\n", "assets.list:1: URL path 'a.js' does not start with '/'");
    bad("/a.js a.js extra\n", "assets.list:1: expected 'URL-PATH FILE'");
    bad("/a?.js a.js\n", "has a character not allowed here");
    bad("# nothing\n", "no asset listed");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_list),
        cmocka_unit_test(test_bad_lists),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
