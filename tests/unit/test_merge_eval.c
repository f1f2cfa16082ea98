/*
 * test_merge_eval.c -- unit tests of the name-merging evaluation
 * (src/eval/merge.c) and of the entity links the corpus readers hand it
 * (HIPE's NEL-LIT column, BRAT Reference normalisations): a three-
 * dispatch HIPE fixture of invented names whose B-cubed and pairwise
 * scores were worked out by hand for each system and scope, and the error
 * listing.
 */
#include "harness.h"

#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/merge.h"

#define HIPE_HEAD "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n"
/* A token line: token, coarse tag, link, MISC. */
#define TOK(t, tag, link, misc) t "\t" tag "\t_\t_\t_\t_\t_\t" link "\t_\t" misc "\n"

/* Three dispatches.  Gold entities: Q1 (Mark Rutte, Rutte, Rutte), Q90
 * (Paris, the first), Q2 (Paris, the second: another place), Q3 (Banque
 * Azur, BAZ); Nadia Okafor is NIL, not scored. */
static const char fixture[] = HIPE_HEAD
    "# hipe2022:document_id = d1\n"
    "# hipe2022:date = 2025-03-02\n"
    TOK("Mark", "B-pers", "Q1", "_") TOK("Rutte", "I-pers", "Q1", "_") TOK("est", "O", "_", "_")
    TOK("à", "O", "_", "_") TOK("Paris", "B-loc", "Q90", "NoSpaceAfter") TOK(".", "O", "_", "EndOfSentence")
    TOK("Rutte", "B-pers", "Q1", "_") TOK("parle", "O", "_", "NoSpaceAfter") TOK(".", "O", "_", "EndOfSentence")
    "# hipe2022:document_id = d2\n"
    "# hipe2022:date = 2025-03-03\n"
    TOK("Rutte", "B-pers", "Q1", "_") TOK("quitte", "O", "_", "_") TOK("Paris", "B-loc", "Q2", "_")
    TOK("avec", "O", "_", "_") TOK("Nadia", "B-pers", "NIL", "_") TOK("Okafor", "I-pers", "NIL", "NoSpaceAfter")
    TOK(".", "O", "_", "EndOfSentence")
    "# hipe2022:document_id = d3\n"
    "# hipe2022:date = NA\n"
    TOK("La", "O", "_", "_") TOK("Banque", "B-org", "Q3", "_") TOK("Azur", "I-org", "Q3", "_")
    TOK("et", "O", "_", "_") TOK("BAZ", "B-org", "Q3", "_") TOK("signent", "O", "_", "NoSpaceAfter")
    TOK(".", "O", "_", "EndOfSentence");

static void test_hipe_links(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *p = th_write_file(dir, "m.tsv", fixture, (size_t)-1);
    vl_ner_corpus *c;
    vl_error err;
    assert_int_equal(vl_ner_corpus_open(p, &c, &err), VL_OK);
    vl_ner_unit u;
    char seen[512] = "";
    size_t o = 0;
    int rc, units = 0;
    while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) {
        units++;
        o += (size_t)snprintf(seen + o, sizeof seen - o, "<%s %s>", u.doc ? u.doc : "-", u.date ? u.date : "-");
        for (size_t g = 0; g < u.ngold; g++)
            o += (size_t)snprintf(seen + o, sizeof seen - o, " %.*s=%s", (int)(u.gold[g].end - u.gold[g].start),
                                  u.text + u.gold[g].start, u.gold[g].link ? u.links + u.gold[g].link - 1 : "-");
    }
    assert_int_equal(rc, 0);
    assert_int_equal(units, 3);
    assert_string_equal(seen, "<d1 2025-03-02> Mark Rutte=Q1 Paris=Q90 Rutte=Q1"
                              "<d2 2025-03-03> Rutte=Q1 Paris=Q2 Nadia Okafor=NIL"
                              "<d3 -> Banque Azur=Q3 BAZ=Q3");
    vl_ner_corpus_close(c);
    free(p);
    th_tmpdir_cleanup(dir);
}

static void test_brat_links(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *sub = th_path(dir, "brat");
    /* a dated file name; the Reference after its span, one span without */
    free(th_write_file(sub, "2024_06_30-001.txt", "Élise Morvan rencontre Yann Corlay.", (size_t)-1));
    free(th_write_file(sub, "2024_06_30-001.ann",
                       "T1\tPerson 0 12\tÉlise Morvan\nT2\tPerson 23 34\tYann Corlay\n"
                       "#1\tAnnotatorNotes T1\tune note\nN1\tReference T1 Wikidata:Q77\tÉlise Morvan\n",
                       (size_t)-1));
    vl_ner_corpus *c;
    vl_error err;
    assert_int_equal(vl_ner_corpus_open(sub, &c, &err), VL_OK);
    vl_ner_unit u;
    assert_int_equal(vl_ner_corpus_next(c, &u, &err), 1);
    assert_string_equal(u.date, "2024-06-30");
    assert_null(u.doc);
    assert_int_equal(u.ngold, 2);
    assert_true(u.gold[0].link > 0);
    assert_string_equal(u.links + u.gold[0].link - 1, "Wikidata:Q77");
    assert_int_equal(u.gold[1].link, 0);
    assert_int_equal(vl_ner_corpus_next(c, &u, &err), 0);
    vl_ner_corpus_close(c);
    /* a Reference that names no text-bound annotation: the line is told */
    free(th_write_file(sub, "2024_06_30-001.ann", "T1\tPerson 0 12\tÉlise Morvan\nN1\tReference R4 Wikidata:Q77\tx\n",
                       (size_t)-1));
    assert_int_equal(vl_ner_corpus_open(sub, &c, &err), VL_OK);
    assert_int_equal(vl_ner_corpus_next(c, &u, &err), VL_EFORMAT);
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.message, "T<n>"));
    vl_ner_corpus_close(c);
    free(sub);
    th_tmpdir_cleanup(dir);
}

/* Four dispatches of one club, Q5: its acronym alone, its name twice,
 * then both paired, "Club Vert Vif (CVV)", which folds the acronym's
 * entity into the name's (src/store/entities.c, rule 7). */
static const char fold_fixture[] = HIPE_HEAD
    "# hipe2022:document_id = f1\n"
    "# hipe2022:date = 2025-04-01\n"
    TOK("Le", "O", "_", "_") TOK("CVV", "B-org", "Q5", "_") TOK("gagne", "O", "_", "NoSpaceAfter")
    TOK(".", "O", "_", "EndOfSentence")
    "# hipe2022:document_id = f2\n"
    "# hipe2022:date = 2025-04-02\n"
    TOK("Le", "O", "_", "_") TOK("Club", "B-org", "Q5", "_") TOK("Vert", "I-org", "Q5", "_")
    TOK("Vif", "I-org", "Q5", "_") TOK("perd", "O", "_", "NoSpaceAfter") TOK(".", "O", "_", "EndOfSentence")
    "# hipe2022:document_id = f3\n"
    "# hipe2022:date = 2025-04-03\n"
    TOK("Le", "O", "_", "_") TOK("Club", "B-org", "Q5", "_") TOK("Vert", "I-org", "Q5", "_")
    TOK("Vif", "I-org", "Q5", "_") TOK("joue", "O", "_", "NoSpaceAfter") TOK(".", "O", "_", "EndOfSentence")
    "# hipe2022:document_id = f4\n"
    "# hipe2022:date = 2025-04-04\n"
    TOK("Le", "O", "_", "_") TOK("Club", "B-org", "Q5", "_") TOK("Vert", "I-org", "Q5", "_")
    TOK("Vif", "I-org", "Q5", "_") TOK("(", "O", "_", "NoSpaceAfter") TOK("CVV", "B-org", "Q5", "NoSpaceAfter")
    TOK(")", "O", "_", "_") TOK("signe", "O", "_", "NoSpaceAfter") TOK(".", "O", "_", "EndOfSentence");

static vl_merge_eval *eval_text(const char *dir, const char *text) {
    char *p = th_write_file(dir, "m.tsv", text, (size_t)-1);
    vl_merge_eval *ev;
    vl_error err;
    assert_int_equal(vl_merge_eval_new(NULL, &ev, &err), VL_OK);
    vl_ner_corpus *c;
    assert_int_equal(vl_ner_corpus_open(p, &c, &err), VL_OK);
    vl_ner_unit u;
    int rc;
    while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) assert_int_equal(vl_merge_eval_unit(ev, &u, &err), VL_OK);
    assert_int_equal(rc, 0);
    vl_ner_corpus_close(c);
    free(p);
    return ev;
}

#define assert_near(a, b) assert_true(fabs((a) - (b)) < 1e-9)

static void test_scores(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    vl_merge_eval *ev = eval_text(dir, fixture);
    vl_merge_score s;
    vl_error err;
    /* veille: {Mark Rutte, Rutte, Rutte} (the alias links the second
     * dispatch's Rutte), {Paris, Paris} (one name, two places), {Banque
     * Azur}, {BAZ} (an acronym the text does not define). */
    assert_int_equal(vl_merge_eval_score(ev, VL_MERGE_VEILLE, VL_MERGE_ACROSS, -1, &s, &err), VL_OK);
    assert_int_equal(s.mentions, 7);
    assert_int_equal(s.gold_entities, 4);
    assert_int_equal(s.sys_entities, 4);
    assert_near(s.b3_p, 6.0 / 7); /* the two Paris: 1/2 each */
    assert_near(s.b3_r, 6.0 / 7); /* Banque Azur and BAZ: 1/2 each */
    assert_near(s.pair_p, 3.0 / 4);
    assert_near(s.pair_r, 3.0 / 4);
    /* same string: Mark Rutte apart from the two Rutte */
    assert_int_equal(vl_merge_eval_score(ev, VL_MERGE_SAME_STRING, VL_MERGE_ACROSS, -1, &s, &err), VL_OK);
    assert_int_equal(s.sys_entities, 5);
    assert_near(s.b3_p, 6.0 / 7);
    assert_near(s.b3_r, (1.0 / 3 + 2.0 / 3 + 2.0 / 3 + 1 + 1 + 0.5 + 0.5) / 7);
    assert_near(s.pair_p, 1.0 / 2);
    assert_near(s.pair_r, 1.0 / 4);
    /* canonical name: the first dispatch's Rutte is Mark Rutte, the
     * second's is its own */
    assert_int_equal(vl_merge_eval_score(ev, VL_MERGE_CANONICAL, VL_MERGE_ACROSS, -1, &s, &err), VL_OK);
    assert_int_equal(s.sys_entities, 5);
    assert_near(s.b3_r, (2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1 + 0.5 + 0.5) / 7);
    /* within documents the two Paris are apart: precision is whole */
    assert_int_equal(vl_merge_eval_score(ev, VL_MERGE_VEILLE, VL_MERGE_WITHIN, -1, &s, &err), VL_OK);
    assert_int_equal(s.gold_entities, 5);
    assert_near(s.b3_p, 1.0);
    assert_near(s.b3_r, 6.0 / 7);
    assert_near(s.pair_p, 1.0);
    assert_near(s.pair_r, 1.0 / 2);
    /* one type */
    assert_int_equal(vl_merge_eval_score(ev, VL_MERGE_VEILLE, VL_MERGE_ACROSS, VL_NER_ORG, &s, &err), VL_OK);
    assert_int_equal(s.mentions, 2);
    assert_near(s.b3_p, 1.0);
    assert_near(s.b3_r, 0.5);
    assert_near(s.pair_p, 0.0); /* no pair put together: 0, not a division by zero */
    assert_int_equal(vl_merge_eval_score(ev, 7, VL_MERGE_ACROSS, -1, &s, &err), VL_EARG);
    vl_merge_eval_free(ev);
    th_tmpdir_cleanup(dir);
}

/* The mentions scored before a fold are read again: the first CVV is
 * scored in the entity it was folded into. */
static void test_scores_after_fold(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    vl_merge_eval *ev = eval_text(dir, fold_fixture);
    vl_merge_score s;
    vl_error err;
    assert_int_equal(vl_merge_eval_score(ev, VL_MERGE_VEILLE, VL_MERGE_ACROSS, -1, &s, &err), VL_OK);
    assert_int_equal(s.mentions, 5);
    assert_int_equal(s.gold_entities, 1);
    assert_int_equal(s.sys_entities, 1);
    assert_near(s.b3_r, 1.0);
    vl_merge_eval_free(ev);
    th_tmpdir_cleanup(dir);
}

static void test_errors(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    vl_merge_eval *ev = eval_text(dir, fixture);
    char *path = th_path(dir, "errors.txt");
    FILE *f = fopen(path, "w+");
    assert_non_null(f);
    vl_error err;
    assert_int_equal(vl_merge_eval_errors(ev, f, &err), VL_OK);
    rewind(f);
    char buf[1024];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    /* Q3 split in two, the Paris entity joins Q2 and Q90; Q1 is right */
    assert_non_null(strstr(buf, "SPLIT   Q3: [Banque Azur (ORG) x1 -> "));
    assert_non_null(strstr(buf, "[BAZ (ORG) x1 -> "));
    assert_non_null(strstr(buf, ": [Paris (LOC) x1 Q2] [Paris (LOC) x1 Q90]\n"));
    assert_null(strstr(buf, "Q1"));
    free(path);
    vl_merge_eval_free(ev);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hipe_links),
        cmocka_unit_test(test_brat_links),
        cmocka_unit_test(test_scores),
        cmocka_unit_test(test_scores_after_fold),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
