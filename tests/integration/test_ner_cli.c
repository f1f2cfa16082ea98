/*
 * test_ner_cli.c -- the entity commands through the real program: `veille
 * train ner` on a fixture corpus written for this test (BRAT standoff with
 * invented names), then `veille eval ner` on it (and --errors on a gold
 * set that disagrees with it), --seed, `veille eval merge` on linked
 * BRAT gold, and the errors a user meets (bad arguments, a corrupt model,
 * gold without links).
 */
#include "harness.h"

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes a BRAT fixture of n documents under dir/brat; returns that path. */
static char *write_brat(const char *dir) {
    static const char *const per[] = {"Maud Tessier", "Yann Corlay", "Odile Ferrand", "Paul Quéré"};
    static const char *const loc[] = {"Brest", "Quimper", "Morlaix", "Lorient"};
    static const char *const org[] = {"Banque Azur", "Crédit Marin", "Groupe Kerlan", "Ligue Armor"};
    for (int d = 0; d < 8; d++) {
        char txt[512], ann[512], name[64];
        const char *p = per[d % 4], *l = loc[(d + 1) % 4], *o = org[(d + 2) % 4];
        /* Code-point offsets: every name here is counted in code points. */
        int np = 0, nl = 0, no = 0;
        for (const char *s = p; *s; s++) np += (*s & 0xC0) != 0x80;
        for (const char *s = l; *s; s++) nl += (*s & 0xC0) != 0x80;
        for (const char *s = o; *s; s++) no += (*s & 0xC0) != 0x80;
        snprintf(txt, sizeof txt, "%s a visité %s avec la %s.\n\nSelon la %s, le maire de %s est parti.\n", p, l, o, o, l);
        int a = np + 10, b = a + nl + 9;
        int c = b + no + 12, e = c + no + 14;
        snprintf(ann, sizeof ann,
                 "T1\tPerson 0 %d\t%s\nT2\tLocation %d %d\t%s\nT3\tOrganization %d %d\t%s\n"
                 "T4\tOrganization %d %d\t%s\nT5\tLocation %d %d\t%s\n",
                 np, p, a, a + nl, l, b, b + no, o, c, c + no, o, e, e + nl, l);
        snprintf(name, sizeof name, "brat/d%d.txt", d);
        free(th_write_file(dir, name, txt, (size_t)-1));
        snprintf(name, sizeof name, "brat/d%d.ann", d);
        free(th_write_file(dir, name, ann, (size_t)-1));
    }
    return th_path(dir, "brat");
}

static void test_train_then_eval(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *brat = write_brat(dir);
    char *model = th_path(dir, "fixture.model");
    th_run r = th_veille(NULL, "train", "ner", "--lang", "fr", "--epochs", "8", "--hash-bits", "14", brat, "-o",
                         model, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "8 units"));
    assert_non_null(strstr(r.err, "40 entities"));
    th_run_free(&r);
    r = th_veille(NULL, "eval", "ner", "--model", model, brat, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "with 40 phrases; found: 40 phrases; correct: 40."));
    assert_non_null(strstr(r.out, "FB1: 100.00"));
    assert_non_null(strstr(r.out, "PER: precision: 100.00%"));
    th_run_free(&r);
    /* --errors lists what the model got wrong: a gold set that calls the
     * bank a place and forgets the town. */
    free(th_write_file(dir, "wrong/w.txt", "Maud Tessier a visité Brest avec la Banque Azur.\n", (size_t)-1));
    free(th_write_file(dir, "wrong/w.ann", "T1\tPerson 0 12\tMaud Tessier\nT2\tLocation 36 47\tBanque Azur\n", (size_t)-1));
    char *wrong = th_path(dir, "wrong");
    r = th_veille(NULL, "eval", "ner", "--errors", "--model", model, wrong, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "missed\tLOC\tBanque Azur\tORG Banque Azur\t"));
    assert_non_null(strstr(r.out, "spurious\tLOC\tBrest\t-\t"));
    assert_non_null(strstr(r.out, "visité Brest avec la [[Banque Azur]]."));
    assert_null(strstr(r.out, "Maud Tessier\t"));
    assert_non_null(strstr(r.out, "with 2 phrases; found: 3 phrases; correct: 1."));
    th_run_free(&r);
    /* Without it, only the scores. */
    r = th_veille(NULL, "eval", "ner", "--model", model, wrong, NULL);
    assert_int_equal(r.status, 0);
    assert_null(strstr(r.out, "missed"));
    th_run_free(&r);
    free(wrong);
    /* A corrupt model is refused with a clear message. */
    char *bad = th_write_file(dir, "bad.model", "VLNERMOD but nothing after it that a model would need, not even a header checksum", (size_t)-1);
    r = th_veille(NULL, "eval", "ner", "--model", bad, brat, NULL);
    assert_int_not_equal(r.status, 0);
    assert_non_null(strstr(r.err, "corrupt entity model"));
    th_run_free(&r);
    free(bad);
    free(model);
    free(brat);
    th_tmpdir_cleanup(dir);
}

/* Without --model, eval picks the model of the corpus's language, read on
 * its first units together: an English corpus whose first file is a bare
 * headline (no function word to tell its language) still goes to
 * ner-en.model.  Only ner-en.model is in the folder, so picking French
 * would fail to open ner-fr.model. */
static void test_eval_picks_language_over_units(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    free(th_write_file(dir, "en/a.txt", "Corlay, Tessier Win In Brest\n", (size_t)-1));
    free(th_write_file(dir, "en/a.ann", "T1\tPerson 0 6\tCorlay\nT2\tLocation 22 27\tBrest\n", (size_t)-1));
    free(th_write_file(dir, "en/b.txt",
                       "Yann Corlay said on Monday that the harbour of Brest would be closed to the public for "
                       "two weeks, and that he had asked the council for an answer before the end of the month.\n",
                       (size_t)-1));
    free(th_write_file(dir, "en/b.ann", "T1\tPerson 0 11\tYann Corlay\nT2\tLocation 47 52\tBrest\n", (size_t)-1));
    char *en = th_path(dir, "en");
    char *models = th_path(dir, "models");
    char *model = th_path(dir, "models/ner-en.model");
    free(th_write_file(dir, "models/README", "only the English model\n", (size_t)-1));
    th_run r = th_veille(NULL, "train", "ner", "--lang", "en", "--epochs", "4", "--hash-bits", "12", en, "-o", model,
                         NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    char env[4200];
    snprintf(env, sizeof env, "VEILLE_MODELS=%s", models);
    char *const envv[] = {env, NULL};
    char *const argv[] = {(char *)th_veille_bin(), "eval", "ner", en, NULL};
    r = th_exec(argv, NULL, 0, envv, 60);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "ner-en.model (en)"));
    assert_non_null(strstr(r.out, "with 4 phrases;"));
    th_run_free(&r);
    free(model);
    free(models);
    free(en);
    th_tmpdir_cleanup(dir);
}

/* The whole file, or NULL; *n its size. */
static char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0;
    *n = 0;
    for (;;) {
        if (*n == cap) {
            char *nb = realloc(buf, cap = cap ? cap * 2 : 1 << 16);
            if (!nb) break;
            buf = nb;
        }
        size_t got = fread(buf + *n, 1, cap - *n, f);
        if (!got) break;
        *n += got;
    }
    fclose(f);
    return buf;
}

static int same_file(const char *a, const char *b) {
    size_t na, nb;
    char *x = slurp(a, &na), *y = slurp(b, &nb);
    assert_non_null(x);
    assert_non_null(y);
    int same = na == nb && memcmp(x, y, na) == 0;
    free(x);
    free(y);
    return same;
}

/* --seed: the default (0) is the fixed shuffle, so a seed given twice
 * gives the same file and another seed another model. */
static void test_train_seed(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *brat = write_brat(dir);
    const char *seeds[] = {NULL, "0", "1", "1", "2"};
    char *models[5];
    for (int k = 0; k < 5; k++) {
        char name[32];
        snprintf(name, sizeof name, "seed%d.model", k);
        models[k] = th_path(dir, name);
        th_run r = seeds[k] ? th_veille(NULL, "train", "ner", "--lang", "fr", "--epochs", "4", "--hash-bits", "12",
                                        "--seed", seeds[k], brat, "-o", models[k], NULL)
                            : th_veille(NULL, "train", "ner", "--lang", "fr", "--epochs", "4", "--hash-bits", "12",
                                        brat, "-o", models[k], NULL);
        if (r.status) fprintf(stderr, "%s", r.err);
        assert_int_equal(r.status, 0);
        th_run_free(&r);
    }
    assert_true(same_file(models[0], models[1])); /* no --seed is --seed 0 */
    assert_true(same_file(models[2], models[3])); /* a seed is reproducible */
    assert_false(same_file(models[1], models[2]));
    assert_false(same_file(models[2], models[4]));
    /* a seed that is not a number is refused */
    th_run r = th_veille(NULL, "train", "ner", "--lang", "fr", "--seed", "x", brat, "-o", models[0], NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "--seed"));
    th_run_free(&r);
    for (int k = 0; k < 5; k++) free(models[k]);
    free(brat);
    th_tmpdir_cleanup(dir);
}

static void test_usage_errors(void **state) {
    (void)state;
    th_run r = th_veille(NULL, "train", "ner", "--lang", "de", "x", "-o", "y", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "--lang fr or --lang en"));
    th_run_free(&r);
    r = th_veille(NULL, "train", "pos", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = th_veille(NULL, "eval", "ner", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = th_veille(NULL, "eval", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "ner"));
    th_run_free(&r);
}

/* --trainer crf: the fixture learnt as a CRF scores it perfectly, in a
 * model file of the same format; bad values are refused. */
static void test_train_crf(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *brat = write_brat(dir);
    char *model = th_path(dir, "crf.model"), *perc = th_path(dir, "perc.model");
    th_run r = th_veille(NULL, "train", "ner", "--lang", "fr", "--trainer", "crf", "--c2", "0.1", "--max-iter", "60",
                         "--hash-bits", "14", brat, "-o", model, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "training a CRF on"));
    assert_non_null(strstr(r.err, "crf stage 2 iteration"));
    th_run_free(&r);
    r = th_veille(NULL, "eval", "ner", "--model", model, brat, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "with 40 phrases; found: 40 phrases; correct: 40."));
    th_run_free(&r);
    /* not the perceptron's model (the default, also --trainer perceptron) */
    r = th_veille(NULL, "train", "ner", "--lang", "fr", "--trainer", "perceptron", "--epochs", "4", "--hash-bits", "14",
                  brat, "-o", perc, NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    size_t na, nb;
    char *a = slurp(model, &na), *b = slurp(perc, &nb);
    assert_int_equal(na, nb);
    assert_true(memcmp(a, b, na) != 0);
    free(a);
    free(b);
    static const char *const bad[][2] = {{"--trainer", "svm"}, {"--c2", "-1"}, {"--c2", "x"}, {"--max-iter", "0"}};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        r = th_veille(NULL, "train", "ner", "--lang", "fr", bad[k][0], bad[k][1], brat, "-o", model, NULL);
        assert_int_not_equal(r.status, 0);
        assert_non_null(strstr(r.err, bad[k][0]));
        th_run_free(&r);
    }
    free(model);
    free(perc);
    free(brat);
    th_tmpdir_cleanup(dir);
}

/* `veille eval merge`: two dated BRAT dispatches whose Reference lines
 * link Maud Tessier, Tessier and Tessier to one entity and both Brest to
 * another.  veille merges them all right; the same-string baseline keeps
 * "Maud Tessier" apart.  Gold without links is refused with a message. */
static void test_eval_merge(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    free(th_write_file(dir, "linked/2025_01_10-001.txt", "Maud Tessier a visité Brest. Tessier est partie.", (size_t)-1));
    free(th_write_file(dir, "linked/2025_01_10-001.ann",
                       "T1\tPerson 0 12\tMaud Tessier\nT2\tLocation 22 27\tBrest\nT3\tPerson 29 36\tTessier\n"
                       "N1\tReference T1 ex:11\tMaud Tessier\nN2\tReference T2 ex:22\tBrest\n"
                       "N3\tReference T3 ex:11\tTessier\n",
                       (size_t)-1));
    free(th_write_file(dir, "linked/2025_01_11-001.txt", "Tessier revient à Brest.", (size_t)-1));
    free(th_write_file(dir, "linked/2025_01_11-001.ann",
                       "T1\tPerson 0 7\tTessier\nT2\tLocation 18 23\tBrest\n"
                       "N1\tReference T1 ex:11\tTessier\nN2\tReference T2 ex:22\tBrest\n",
                       (size_t)-1));
    char *linked = th_path(dir, "linked");
    th_run r = th_veille(NULL, "eval", "merge", linked, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "2 documents; 5 linked mentions of 2 gold entities"));
    assert_non_null(strstr(r.out, "veille           all           5        2        2   100.00 100.00 100.00"));
    /* B3 recall of same string: (1/3 + 2/3 + 2/3 + 1 + 1) / 5 */
    assert_non_null(strstr(r.out, "same string      all           5        2        3   100.00  73.33  84.62"));
    th_run_free(&r);
    r = th_veille(NULL, "eval", "merge", "--errors", linked, NULL);
    assert_int_equal(r.status, 0);
    assert_null(strstr(r.out, "SPLIT"));
    assert_null(strstr(r.out, "JOINED"));
    th_run_free(&r);
    /* end to end with the committed French model: it tags the names of
     * these two sentences, and the ones it tags are scored */
    char *model = th_path(th_src_dir(), "models/ner-fr.model");
    r = th_veille(NULL, "eval", "merge", "--model", model, linked, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "end to end with "));
    assert_non_null(strstr(r.out, " of the 5 linked gold mentions tagged with their exact span, scored"));
    th_run_free(&r);
    r = th_veille(NULL, "eval", "merge", "--model", model, "--lang", "de", linked, NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = th_veille(NULL, "eval", "merge", "--model", model, "--tagged", linked, NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "not both"));
    th_run_free(&r);
    /* --tagged: the models of $VEILLE_MODELS, each dispatch by its language */
    char *models = th_path(th_src_dir(), "models"), env[4200];
    snprintf(env, sizeof env, "VEILLE_MODELS=%s", models);
    char *const argv_tagged[] = {(char *)th_veille_bin(), "eval", "merge", "--tagged", linked, NULL};
    char *const env_tagged[] = {env, NULL};
    r = th_exec(argv_tagged, NULL, 0, env_tagged, 60);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "end to end with the models of each document's language: "));
    th_run_free(&r);
    /* a folder without the models is told */
    snprintf(env, sizeof env, "VEILLE_MODELS=%s", dir);
    r = th_exec(argv_tagged, NULL, 0, env_tagged, 60);
    assert_int_not_equal(r.status, 0);
    assert_non_null(strstr(r.err, "ner-fr.model"));
    th_run_free(&r);
    free(models);
    free(model);
    /* entity gold without links */
    char *brat = write_brat(dir);
    r = th_veille(NULL, "eval", "merge", brat, NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "no linked mention"));
    th_run_free(&r);
    r = th_veille(NULL, "eval", "merge", "--bogus", linked, NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = th_veille(NULL, "eval", "merge", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    free(brat);
    free(linked);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_train_then_eval),
        cmocka_unit_test(test_eval_picks_language_over_units),
        cmocka_unit_test(test_train_seed),
        cmocka_unit_test(test_train_crf),
        cmocka_unit_test(test_usage_errors),
        cmocka_unit_test(test_eval_merge),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
