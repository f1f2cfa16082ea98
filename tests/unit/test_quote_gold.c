/*
 * test_quote_gold.c -- the quotes-gold reader of `veille eval quotes`
 * (src/eval/quotes.c): a small gold file written here is scored into a
 * row of its own, with its counts; malformed files are refused with the
 * file and line named; tests/data/quotes-gold/fr.gold scores above a
 * floor, so a regression of the French news quotations fails the build.
 */
#include "harness.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "eval/quotes.h"

static void write_file(const char *path, const char *s) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
}

/* An empty file of the template's name ("...XXXXXX.gold"). */
static void make_temp(char *path) {
    int fd = mkstemps(path, 5);
    assert_true(fd >= 0);
    close(fd);
}

/* The entity models of the source tree, as `veille` finds them. */
static void use_source_models(void) {
    char models[4096];
    snprintf(models, sizeof models, "%s/models", th_src_dir());
    assert_int_equal(setenv("VEILLE_MODELS", models, 1), 0);
}

static void test_small_gold(void **state) {
    (void)state;
    char path[] = "/tmp/veille-qgold-XXXXXX.gold";
    make_temp(path);
    write_file(path, "# a comment\n"
                     "date 2026-02-02\n"
                     "S « Nous ne céderons pas », a déclaré Jean Dupont mardi.\n"
                     "+ Le « Brexit » pèse sur les échanges.\n"
                     "Q « Nous ne céderons pas » | Jean Dupont\n"
                     "S Il pleut sur Brest.\n");
    vl_qeval ev = {0};
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_eval_quotes(path, &ev, &err), VL_OK);
    assert_int_equal(ev.nrows, 1);
    assert_non_null(strstr(ev.rows[0].name, "quotes-gold"));
    assert_int_equal(ev.rows[0].docs, 2);
    assert_int_equal(ev.rows[0].gold, 1);
    assert_int_equal(ev.rows[0].match[VL_QEVAL_30], 1);
    assert_int_equal(ev.rows[0].spk_total, 1);
    vl_qeval_free(&ev);

    /* a quotation that is not in its dispatch: the line is named */
    write_file(path, "date 2026-02-02\nS Il pleut.\nQ « Absent » | X\n");
    assert_int_not_equal(vl_eval_quotes(path, &ev, &err), VL_OK);
    assert_int_equal(err.code, VL_EFORMAT);
    assert_int_equal(err.line, 3);
    vl_qeval_free(&ev);
    write_file(path, "date 2026-02-02\nQ « Il » | X\n");
    assert_int_not_equal(vl_eval_quotes(path, &ev, &err), VL_OK);
    assert_int_equal(err.line, 2);
    vl_qeval_free(&ev);
    write_file(path, "date 2026-02-02\nS « Oui », dit-il.\nQ « Oui »\n");
    assert_int_not_equal(vl_eval_quotes(path, &ev, &err), VL_OK);
    assert_int_equal(err.line, 3);
    vl_qeval_free(&ev);
    write_file(path, "S « Oui », dit-il.\n");
    assert_int_not_equal(vl_eval_quotes(path, &ev, &err), VL_OK);
    vl_qeval_free(&ev);
    unlink(path);
}

/* A dispatch is read in the date and language in force at its S line,
 * not in those of the lines that follow its Q lines (the next dispatch's):
 * a French reporting clause read as English would lose its speaker. */
static void test_lang_per_dispatch(void **state) {
    (void)state;
    use_source_models();
    char path[] = "/tmp/veille-qgold-XXXXXX.gold";
    make_temp(path);
    write_file(path, "date 2026-02-02\n"
                     "S La ministre Claire Vidal a répondu aux syndicats. « Le dialogue reste ouvert », a-t-elle précisé.\n"
                     "Q « Le dialogue reste ouvert » | Claire Vidal\n"
                     "date 2026-02-03\n"
                     "lang en\n"
                     "S \"We will not give in,\" said Mayor Tom Baker.\n"
                     "Q \"We will not give in,\" | Tom Baker\n");
    vl_qeval ev = {0};
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_eval_quotes(path, &ev, &err), VL_OK);
    assert_int_equal(ev.nrows, 1);
    assert_int_equal(ev.rows[0].docs, 2);
    assert_int_equal(ev.rows[0].match[VL_QEVAL_30], 2);
    assert_int_equal(ev.rows[0].spk_total, 2);
    assert_int_equal(ev.rows[0].spk_ok, 2);
    vl_qeval_free(&ev);
    unlink(path);
}

/* The French news gold: F1 at 0.3 overlap and speaker accuracy above
 * 0.90 (issue 5's targets). */
static void test_fr_gold_floor(void **state) {
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/data/quotes-gold/fr.gold", th_src_dir());
    use_source_models();
    vl_qeval ev = {0};
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_eval_quotes(path, &ev, &err), VL_OK);
    assert_int_equal(ev.nrows, 1);
    const vl_qeval_row *r = &ev.rows[0];
    assert_true(r->docs >= 25);
    double p = (double)r->match[VL_QEVAL_30] / (double)r->pred, rc = (double)r->match[VL_QEVAL_30] / (double)r->gold;
    double f1 = 2 * p * rc / (p + rc);
    assert_true(f1 >= 0.90);
    assert_true(r->spk_total > 0 && (double)r->spk_ok / (double)r->spk_total >= 0.90);
    vl_qeval_free(&ev);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small_gold),
        cmocka_unit_test(test_lang_per_dispatch),
        cmocka_unit_test(test_fr_gold_floor),
    };
    return cmocka_run_group_tests_name("quote_gold", tests, NULL, NULL);
}
