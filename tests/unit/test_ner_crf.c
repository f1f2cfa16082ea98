/*
 * test_ner_crf.c -- unit tests of the CRF trainer (src/ner/train_crf.c):
 * its objective against a brute-force sum over every label sequence the
 * decoder allows, its gradient against finite differences (with and
 * without document values), and a tiny corpus trained with it that must
 * tag its own sentences right.  The sentences are invented for these tests.
 */
#include "harness.h"

#include <cmocka.h>

#include "ner_fixture.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"
#include "ner/trainer.h"

enum { L = VL_NER_NLABELS };

/* Invented news sentences with their entities (CoNLL columns). */
static char *corpus(void) {
    static const char *const per[][2] = {{"Paul", "Quéré"}, {"Anne", "Kervella"}, {"Yann", "Le Goff"}};
    static const char *const loc[] = {"Lorient", "Quimper", "Vannes"};
    static const char *const org[][2] = {{"Ligue", "Armor"}, {"Banque", "Azur"}, {"Union", "Iroise"}};
    vl_buf b;
    vl_buf_init(&b);
    for (int k = 0; k < 9; k++) {
        const char *const *p = per[k % 3], *l = loc[(k / 3) % 3], *const *o = org[(k + 1) % 3];
        const char *sp = strchr(p[1], ' ');
        vl_buf_printf(&b, "%s B-PER\n", p[0]);
        if (sp) vl_buf_printf(&b, "%.*s I-PER\n%s I-PER\n", (int)(sp - p[1]), p[1], sp + 1);
        else vl_buf_printf(&b, "%s I-PER\n", p[1]);
        vl_buf_printf(&b, "a O\nvisité O\n%s B-LOC\navec O\nla O\n%s B-ORG\n%s I-ORG\n. O\n\n", l, o[0], o[1]);
    }
    return vl_buf_steal(&b);
}

static vl_ner_trainer *trainer(const char *dir, const char *text, unsigned bits, vl_ner_train_opts *opts) {
    char *path = th_write_file(dir, "crf.conll", text, (size_t)-1);
    vl_error err;
    opts->lang = VL_LANG_FR;
    opts->bits = bits;
    vl_ner_trainer *t;
    assert_int_equal(vl_ner_trainer_new(opts, &t, &err), VL_OK);
    vl_ner_corpus *c;
    assert_int_equal(vl_ner_corpus_open(path, &c, &err), VL_OK);
    vl_ner_unit u;
    int rc;
    while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) assert_int_equal(vl_ner_trainer_add(t, &u, &err), VL_OK);
    assert_int_equal(rc, 0);
    vl_ner_corpus_close(c);
    free(path);
    return t;
}

/* A small deterministic pseudo-random value in [-a, a). */
static double noise(uint64_t *s, double a) {
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return ((double)(*s >> 11) / 9007199254740992.0 * 2 - 1) * a;
}

/* The objective at x, by enumerating every allowed label sequence of
 * each (short) sentence; c2 = 0, no document values. */
static double brute_force(const vl_ner_trainer *t, const double *x) {
    size_t nw = ((size_t)1 << t->opts.bits) * L;
    const double *tr = x + nw;
    double loss = 0;
    for (size_t s = 0; s < t->nsent; s++) {
        size_t t0 = t->sent_tok[s], n = t->sent_tok[s + 1] - t0;
        assert_true(n <= 5);
        double em[5][L] = {{0}};
        for (size_t i = 0; i < n; i++)
            for (size_t k = t->tok_feat[t0 + i]; k < t->tok_feat[t0 + i + 1]; k++) {
                uint32_t fv = t->feat[k];
                for (int l = 0; l < L; l++)
                    em[i][l] += (fv >> 31 ? -1 : 1) * x[(size_t)(fv & 0x7fffffffu) * L + (size_t)l];
            }
        double z = 0, gold = 0;
        size_t total = 1;
        for (size_t i = 0; i < n; i++) total *= L;
        for (size_t code = 0; code < total; code++) {
            int y[5];
            size_t c = code;
            for (size_t i = 0; i < n; i++, c /= L) y[i] = (int)(c % L);
            double score = 0;
            int ok = 1;
            for (size_t i = 0; i < n; i++) {
                int prev = i ? y[i - 1] : -1;
                ok &= vl_ner_transition_ok(prev, y[i]);
                score += em[i][y[i]] + tr[(prev + 1) * L + y[i]];
            }
            if (!ok) continue;
            z += exp(score);
            int is_gold = 1;
            for (size_t i = 0; i < n; i++) is_gold &= y[i] == t->gold[t0 + i];
            if (is_gold) gold = score;
        }
        loss += log(z) - gold;
    }
    return loss;
}

static void test_crf_objective_brute_force(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    /* short sentences: 9^4 sequences at most */
    const char *text = "Anne B-PER\nKervella I-PER\nrit O\n. O\n\nÀ O\nLorient B-LOC\n. O\n\n"
                       "La O\nLigue B-ORG\nArmor I-ORG\ngagne O\n\n";
    vl_ner_train_opts opts = {0};
    vl_ner_trainer *t = trainer(dir, text, 10, &opts);
    assert_int_equal(vl_ner_trainer_sentences(t), 3);
    size_t dim = vl_ner_crf_dim(t);
    assert_int_equal(dim, ((size_t)1 << 10) * L + (L + 1) * L);
    double *x = malloc(dim * sizeof *x), *g = malloc(dim * sizeof *g);
    uint64_t rng = 42;
    for (size_t i = 0; i < dim; i++) x[i] = noise(&rng, 0.3);
    double f = vl_ner_crf_objective(t, x, NULL, 0, g);
    double want = brute_force(t, x);
    assert_true(fabs(f - want) < 1e-9 * fabs(want) + 1e-9);
    /* the L2 term is c2/2 |x|^2 */
    double sq = 0;
    for (size_t i = 0; i < dim; i++) sq += x[i] * x[i];
    double f2 = vl_ner_crf_objective(t, x, NULL, 0.5, g);
    assert_true(fabs(f2 - (want + 0.25 * sq)) < 1e-9 * fabs(f2));
    free(x);
    free(g);
    vl_ner_trainer_free(t);
    th_tmpdir_cleanup(dir);
}

/* Compares the gradient with central differences at every coordinate a
 * feature of the corpus touches (and every transition), docval given or
 * not. */
static void check_gradient(const vl_ner_trainer *t, const uint32_t *docval) {
    size_t dim = vl_ner_crf_dim(t), nw = dim - (L + 1) * L;
    double *x = malloc(dim * sizeof *x), *g = malloc(dim * sizeof *g), *gh = malloc(dim * sizeof *gh);
    uint64_t rng = 7;
    for (size_t i = 0; i < dim; i++) x[i] = noise(&rng, 0.5);
    const double c2 = 0.3, h = 1e-5;
    vl_ner_crf_objective(t, x, docval, c2, g);
    size_t checked = 0, nonzero = 0;
    for (size_t i = 0; i < dim; i++) {
        /* rows no feature touches have gradient c2 x alone: check a few */
        if (i < nw && fabs(g[i] - c2 * x[i]) < 1e-12 && i % 97) continue;
        double keep = x[i];
        x[i] = keep + h;
        double fp = vl_ner_crf_objective(t, x, docval, c2, gh);
        x[i] = keep - h;
        double fm = vl_ner_crf_objective(t, x, docval, c2, gh);
        x[i] = keep;
        double num = (fp - fm) / (2 * h);
        assert_true(fabs(num - g[i]) < 1e-5 * (1 + fabs(num)));
        checked++;
        nonzero += fabs(g[i] - c2 * x[i]) > 1e-6;
    }
    assert_true(checked > 300);
    assert_true(nonzero > 200);
    free(x);
    free(g);
    free(gh);
}

static void test_crf_gradient(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *text = corpus();
    vl_ner_train_opts opts = {0};
    vl_ner_trainer *t = trainer(dir, text, 10, &opts);
    assert_int_equal(vl_ner_trainer_sentences(t), 9);
    check_gradient(t, NULL);
    /* invented document values on the capitalised tokens: the second
     * pass's features and objective join in */
    uint32_t *docval = calloc(vl_ner_trainer_tokens(t), sizeof *docval);
    size_t with = 0;
    for (size_t i = 0; i < vl_ner_trainer_tokens(t); i++)
        if (vl_ner_cap_starts_name(t->cap[i])) {
            docval[i] = (i % 3 == 0) ? (1u | 1u << 4 | 1u << 5) : (2u | 2u << 5);
            with++;
        }
    assert_true(with > 20);
    check_gradient(t, docval);
    /* and the values change the objective */
    size_t dim = vl_ner_crf_dim(t);
    double *x = calloc(dim, sizeof *x), *g = malloc(dim * sizeof *g);
    uint64_t rng = 3;
    for (size_t i = 0; i < dim; i++) x[i] = noise(&rng, 0.5);
    assert_true(fabs(vl_ner_crf_objective(t, x, docval, 0, g) - vl_ner_crf_objective(t, x, NULL, 0, g)) > 1);
    free(x);
    free(g);
    free(docval);
    free(text);
    vl_ner_trainer_free(t);
    th_tmpdir_cleanup(dir);
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    assert_int_equal(fread(p, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return p;
}

static void test_crf_trains(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *text = corpus();
    char *model = th_path(dir, "crf.model");
    vl_ner_train_opts opts = {.trainer = VL_NER_TRAIN_CRF, .c2 = 0.1, .max_iter = 60};
    vl_ner_trainer *t = trainer(dir, text, 14, &opts);
    vl_error err;
    assert_int_equal(vl_ner_trainer_run(t, model, &err), VL_OK);
    vl_ner_trainer_free(t);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(model, &m, &err), VL_OK);
    /* every training sentence, as text */
    static const char *const sents[][2] = {
        {"Paul Quéré a visité Lorient avec la Banque Azur.", "PER:Paul Quéré|LOC:Lorient|ORG:Banque Azur"},
        {"Anne Kervella a visité Lorient avec la Union Iroise.", "PER:Anne Kervella|LOC:Lorient|ORG:Union Iroise"},
        {"Yann Le Goff a visité Lorient avec la Ligue Armor.", "PER:Yann Le Goff|LOC:Lorient|ORG:Ligue Armor"},
        {"Paul Quéré a visité Quimper avec la Banque Azur.", "PER:Paul Quéré|LOC:Quimper|ORG:Banque Azur"},
        {"Anne Kervella a visité Quimper avec la Union Iroise.", "PER:Anne Kervella|LOC:Quimper|ORG:Union Iroise"},
        {"Yann Le Goff a visité Vannes avec la Ligue Armor.", "PER:Yann Le Goff|LOC:Vannes|ORG:Ligue Armor"},
    };
    for (size_t k = 0; k < sizeof sents / sizeof sents[0]; k++) {
        ner_spans g = {{0}, 0};
        assert_int_equal(vl_ner_tag(m, sents[k][0], strlen(sents[k][0]), VL_LANG_FR, ner_collect_span, &g, &err), VL_OK);
        assert_string_equal(g.s, sents[k][1]);
    }
    vl_ner_model_close(m);
    /* batch training: the same corpus gives the same file */
    char *again = th_path(dir, "again.model");
    t = trainer(dir, text, 14, &opts);
    assert_int_equal(vl_ner_trainer_run(t, again, &err), VL_OK);
    vl_ner_trainer_free(t);
    size_t na, nb;
    char *a = slurp(model, &na), *b = slurp(again, &nb);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    free(a);
    free(b);
    free(again);
    free(model);
    free(text);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_crf_objective_brute_force),
        cmocka_unit_test(test_crf_gradient),
        cmocka_unit_test(test_crf_trains),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
