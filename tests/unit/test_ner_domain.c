/*
 * test_ner_domain.c -- unit tests of the trainer's corpus domains
 * (vl_ner_trainer_set_domain, train.c): a corpus of another domain whose
 * convention differs (it calls organisations MISC) must not pull the
 * model away from the target corpus's convention, and training stays
 * deterministic; and the mean of several shuffle orders' models
 * (opts.orders).  The names are invented for this test.
 */
#include "harness.h"

#include <cmocka.h>

#include "ner_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"

/* Sentences naming an organisation, typed `type` (ORG or MISC). */
static char *corpus(const char *type) {
    static const char *const org[] = {"Banque Azur", "Crédit Marin", "Groupe Kerlan", "Société Ondine", "Ligue Armor",
                                      "Union Iroise"};
    static const char *const verb[] = {"recrute", "licencie", "annonce", "investit"};
    vl_buf b;
    vl_buf_init(&b);
    for (int r = 0; r < 4; r++)
        for (int i = 0; i < 6; i++) {
            const char *o = org[i], *sp = strchr(o, ' ');
            vl_buf_printf(&b, "La O\n%.*s B-%s\n%s I-%s\n%s O\n. O\n\n", (int)(sp - o), o, type, sp + 1, type, verb[r]);
        }
    return vl_buf_steal(&b);
}

static void add_corpus(vl_ner_trainer *t, const char *path) {
    vl_error err;
    vl_ner_corpus *c;
    vl_ner_unit u;
    int rc;
    assert_int_equal(vl_ner_corpus_open(path, &c, &err), VL_OK);
    while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) assert_int_equal(vl_ner_trainer_add(t, &u, &err), VL_OK);
    assert_int_equal(rc, 0);
    vl_ner_corpus_close(c);
}

/* Trains on the ORG corpus (target) and the MISC one (domain `other`);
 * returns the model file's bytes (size in *size). */
static unsigned char *train_orders(const char *dir, const char *target, const char *misc, unsigned other, uint64_t seed,
                                   int orders, size_t *size) {
    char *model = th_path(dir, "d.model");
    vl_error err;
    vl_ner_train_opts opts = {.lang = VL_LANG_FR, .epochs = 8, .bits = 14, .seed = seed, .orders = orders};
    vl_ner_trainer *t;
    assert_int_equal(vl_ner_trainer_new(&opts, &t, &err), VL_OK);
    add_corpus(t, target);
    vl_ner_trainer_set_domain(t, other);
    add_corpus(t, misc);
    assert_int_equal(vl_ner_trainer_run(t, model, &err), VL_OK);
    vl_ner_trainer_free(t);
    FILE *f = fopen(model, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    *size = (size_t)ftell(f);
    rewind(f);
    unsigned char *bytes = malloc(*size);
    assert_int_equal(fread(bytes, 1, *size, f), *size);
    fclose(f);
    free(model);
    return bytes;
}

static unsigned char *train(const char *dir, const char *target, const char *misc, unsigned other, size_t *size) {
    return train_orders(dir, target, misc, other, 5, 1, size);
}

/* The ORG corpus (the target) and the MISC one, written in dir. */
static void write_corpora(const char *dir, char **target, char **misc) {
    char *text = corpus("ORG");
    *target = th_write_file(dir, "org.conll", text, (size_t)-1);
    free(text);
    text = corpus("MISC");
    *misc = th_write_file(dir, "misc.conll", text, (size_t)-1);
    free(text);
}

/* Tags text with the model bytes (written to dir/name) and checks the
 * spans it finds. */
static void assert_tags(const char *dir, const char *name, const unsigned char *bytes, size_t size, const char *text,
                        const char *want) {
    char *model = th_write_file(dir, name, bytes, size);
    vl_error err;
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(model, &m, &err), VL_OK);
    ner_spans g = {{0}, 0};
    assert_int_equal(vl_ner_tag(m, text, strlen(text), VL_LANG_FR, ner_collect_span, &g, &err), VL_OK);
    assert_string_equal(g.s, want);
    vl_ner_model_close(m);
    free(model);
}

static void test_other_domain(void **state) {
    (void)state;
    char *dir = th_tmpdir(), *target, *misc;
    write_corpora(dir, &target, &misc);
    size_t n1, n2, n3;
    unsigned char *a = train(dir, target, misc, 1, &n1);
    unsigned char *b = train(dir, target, misc, 1, &n2);
    unsigned char *same = train(dir, target, misc, 0, &n3);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1); /* deterministic */
    assert_int_equal(n1, n3);
    assert_true(memcmp(a, same, n1) != 0); /* the domain changed what was learnt */
    /* Tagging follows the target corpus: the other corpus's MISC went to
     * its own features. */
    assert_tags(dir, "a.model", a, n1, "La Banque Azur recrute.", "ORG:Banque Azur");
    free(a);
    free(b);
    free(same);
    free(target);
    free(misc);
    th_tmpdir_cleanup(dir);
}

/* Three orders: deterministic, not any single order's model (the first
 * order alone is seed 5's, the second seed 6's), and tags as they do. */
static void test_orders(void **state) {
    (void)state;
    char *dir = th_tmpdir(), *target, *misc;
    write_corpora(dir, &target, &misc);
    size_t n1, n2, n5, n6;
    unsigned char *a = train_orders(dir, target, misc, 1, 5, 3, &n1);
    unsigned char *b = train_orders(dir, target, misc, 1, 5, 3, &n2);
    unsigned char *one5 = train_orders(dir, target, misc, 1, 5, 1, &n5);
    unsigned char *one6 = train_orders(dir, target, misc, 1, 6, 1, &n6);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    assert_int_equal(n1, n5);
    assert_int_equal(n1, n6);
    assert_true(memcmp(a, one5, n1) != 0);
    assert_true(memcmp(a, one6, n1) != 0);
    assert_true(memcmp(one5, one6, n1) != 0); /* the orders differ at all */
    assert_tags(dir, "o.model", a, n1, "La Ligue Armor investit.", "ORG:Ligue Armor");
    free(a);
    free(b);
    free(one5);
    free(one6);
    free(target);
    free(misc);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_other_domain),
        cmocka_unit_test(test_orders),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
