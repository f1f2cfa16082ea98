/*
 * test_reannotate.c -- unit tests of the store's re-extraction pieces
 * (src/store/reannotate.c, src/ingest/reannotate.c) through the library:
 * the annotator version (the same whether computed from the loaded models
 * or from the files' headers; another model file, another version), what
 * vl_store_put and vl_ingest --no-extract record, the stale counts, the
 * stale reader's pages, vl_store_put_extraction refusing a document
 * changed since it was read, and vl_reannotate doing the work once.
 */
#include "harness.h"

#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "store/store.h"
#include "veille.h"

typedef th_store_fx fx;

static int setup(void **state) {
    *state = th_store_fx_open("s.db");
    return *state ? 0 : -1;
}

static int teardown(void **state) {
    th_store_fx_close(*state);
    return 0;
}

static const char *const TEXTS[] = {
    "Le ministre Jean Dupuis a rencontré lundi 4 mai à Lyon les maires de la région. « Nous tiendrons », a-t-il dit.",
    "The minister Jean Dupuis met mayors in Lyon on Monday and promised 40 million euros for the schools.",
    "Jean Dupuis reviendra à Lyon en juin pour inaugurer le nouveau pont sur le Rhône.",
};

/* A JSON Lines file of n dispatches (the three texts in turn). */
static char *write_docs(fx *f, const char *name, int n) {
    size_t cap = (size_t)n * 300 + 1, len = 0;
    char *buf = malloc(cap);
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(buf + len, cap - len, "{\"id\":\"d%04d\",\"date\":\"2026-05-%02d\",\"text\":\"%s\"}\n",
                                i, 1 + i % 28, TEXTS[i % 3]);
    char *path = th_write_file(f->dir, name, buf, len);
    free(buf);
    return path;
}

static void ingest_jobs(fx *f, const char *path, int no_extract, int jobs) {
    const char *paths[] = {path};
    vl_ingest_opts o = {.jobs = jobs, .no_extract = no_extract};
    vl_error err;
    int rc = vl_ingest(f->store, paths, 1, &o, NULL, &err);
    if (rc) fprintf(stderr, "%s\n", err.message);
    assert_int_equal(rc, VL_OK);
}

static void ingest(fx *f, const char *path, int no_extract) { ingest_jobs(f, path, no_extract, 2); }

static int64_t scalar(fx *f, const char *q) {
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(f->store->db, q, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int64_t v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void test_version_from_models_and_headers(void **state) {
    (void)state;
    vl_annotator *an;
    vl_error err;
    assert_int_equal(vl_annotator_new(&an, &err), VL_OK);
    const char *v = vl_annotator_version(an);
    char want[32];
    snprintf(want, sizeof want, "rules %d; ner-fr ", VL_ANNOTATE_RULES_VERSION);
    assert_memory_equal(v, want, strlen(want));
    assert_null(strstr(v, "none")); /* the committed models were found */
    char from_files[VL_ANNOTATOR_VERSION_MAX];
    vl_annotator_current_version(from_files, sizeof from_files);
    assert_string_equal(from_files, v);
    vl_annotator_free(an);
    /* Partial annotators record nothing: their output is not a full extraction. */
    assert_int_equal(vl_annotator_new_for(VL_ANNOTATE_NONE, &an, &err), VL_OK);
    assert_string_equal(vl_annotator_version(an), "");
    vl_annotator_free(an);
    assert_int_equal(vl_annotator_new_for(0, &an, &err), VL_OK);
    assert_string_equal(vl_annotator_version(an), "");
    vl_annotator_free(an);
}

static void test_model_identity(void **state) {
    fx *f = *state;
    char *src = th_path(th_src_dir(), "models/ner-fr.model");
    uint64_t id1, id2;
    assert_int_equal(vl_ner_model_file_id(src, &id1), VL_OK);
    vl_ner_model *m;
    vl_error err;
    assert_int_equal(vl_ner_model_open(src, &m, &err), VL_OK);
    assert_true(vl_ner_model_id(m) == id1);
    vl_ner_model_close(m);
    /* The English model is another model. */
    char *en = th_path(th_src_dir(), "models/ner-en.model");
    assert_int_equal(vl_ner_model_file_id(en, &id2), VL_OK);
    assert_true(id1 != id2);
    /* Not a model. */
    char *junk = th_write_file(f->dir, "junk.model", "VLNERMOD but not a header", (size_t)-1);
    assert_int_equal(vl_ner_model_file_id(junk, &id2), VL_EFORMAT);
    char *missing = th_path(f->dir, "missing.model");
    assert_int_equal(vl_ner_model_file_id(missing, &id2), VL_EIO);
    free(src);
    free(en);
    free(junk);
    free(missing);
}

static void test_put_records_version_and_stats_count(void **state) {
    fx *f = *state;
    char *path = write_docs(f, "a.jsonl", 6);
    ingest(f, path, 1);
    vl_stats st;
    vl_error err;
    assert_int_equal(vl_store_stats(f->store, &st, &err), VL_OK);
    assert_int_equal(st.docs, 6);
    assert_int_equal(st.docs_unextracted, 6);
    assert_int_equal(st.docs_stale, 0);
    assert_int_equal(scalar(f, "SELECT count(*) FROM timexes"), 0);
    assert_int_equal(scalar(f, "SELECT count(*) FROM mentions"), 0);
    /* vl_store_put extracts and records the version. */
    vl_doc d = {.id = "p1", .date = "2026-05-09", .text = TEXTS[0], .text_len = strlen(TEXTS[0])};
    assert_int_equal(vl_store_put(f->store, &d, NULL, &err), VL_OK);
    assert_int_equal(vl_store_stats(f->store, &st, &err), VL_OK);
    assert_int_equal(st.docs_unextracted, 6);
    assert_int_equal(st.docs_stale, 0);
    sqlite3_stmt *q;
    assert_int_equal(sqlite3_prepare_v2(f->store->db, "SELECT annotated_by FROM docs WHERE id = 'p1'", -1, &q, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(q, 0), st.annotator);
    sqlite3_finalize(q);
    assert_true(scalar(f, "SELECT count(*) FROM timexes") > 0);
    /* Another version is stale, not unextracted. */
    assert_int_equal(sqlite3_exec(f->store->db, "UPDATE docs SET annotated_by = 'rules 0' WHERE id = 'p1'", NULL,
                                  NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(vl_store_stats(f->store, &st, &err), VL_OK);
    assert_int_equal(st.docs_stale, 1);
    int64_t n;
    assert_int_equal(vl_store_stale_count(f->store, 0, st.annotator, &n, &err), VL_OK);
    assert_int_equal(n, 7);
    assert_int_equal(vl_store_stale_count(f->store, 1, NULL, &n, &err), VL_OK);
    assert_int_equal(n, 7);
    free(path);
}

static void test_stale_reader_pages(void **state) {
    fx *f = *state;
    char *path = write_docs(f, "b.jsonl", 600); /* more than two pages */
    ingest_jobs(f, path, 1, 1); /* the serial driver, without extraction */
    assert_int_equal(scalar(f, "SELECT count(*) FROM docs WHERE annotated_by IS NULL"), 600);
    assert_int_equal(scalar(f, "SELECT count(*) FROM timexes"), 0);
    char version[VL_ANNOTATOR_VERSION_MAX];
    vl_store_annotator_version(f->store, version, sizeof version);
    /* Mark every third one current: the reader skips them. */
    char sql[512];
    snprintf(sql, sizeof sql, "UPDATE docs SET annotated_by = '%s' WHERE rowid %% 3 = 0", version);
    assert_int_equal(sqlite3_exec(f->store->db, sql, NULL, NULL, NULL), SQLITE_OK);
    for (int all = 0; all < 2; all++) {
        vl_stale_reader *rd;
        vl_error err;
        assert_int_equal(vl_stale_reader_open(f->store, all, version, &rd, &err), VL_OK);
        vl_doc d;
        int64_t rowid, last = 0;
        unsigned char hash[16];
        int n = 0, got;
        while ((got = vl_stale_reader_next(rd, &d, &rowid, hash, &err)) == 1) {
            assert_true(rowid > last); /* rowid order, each once */
            last = rowid;
            if (!all) assert_int_not_equal(rowid % 3, 0);
            assert_true(d.text_len > 0 && strcmp(d.lang, "fr") * strcmp(d.lang, "en") == 0);
            n++;
        }
        assert_int_equal(got, 0);
        assert_int_equal(n, all ? 600 : 400);
        vl_stale_reader_close(rd);
    }
    free(path);
}

static void test_put_extraction_checks_hash(void **state) {
    fx *f = *state;
    char *path = write_docs(f, "c.jsonl", 3);
    ingest(f, path, 1);
    vl_annotator *an;
    vl_error err;
    assert_int_equal(vl_annotator_new(&an, &err), VL_OK);
    vl_stale_reader *rd;
    assert_int_equal(vl_stale_reader_open(f->store, 1, NULL, &rd, &err), VL_OK);
    vl_doc d;
    int64_t rowid;
    unsigned char hash[16];
    assert_int_equal(vl_stale_reader_next(rd, &d, &rowid, hash, &err), 1);
    vl_annotation *a;
    assert_int_equal(vl_annotate(an, &d, &a, &err), VL_OK);
    vl_stale_reader_close(rd);
    /* Another hash: the document changed since: nothing written. */
    unsigned char other[16];
    memcpy(other, hash, 16);
    other[0] ^= 1;
    int written = -1;
    assert_int_equal(vl_store_put_extraction(f->store, rowid, other, a, NULL, 0, &written, &err), VL_OK);
    assert_int_equal(written, 0);
    assert_int_equal(scalar(f, "SELECT count(*) FROM docs WHERE annotated_by IS NOT NULL"), 0);
    /* The hash it was read with: written, in its own transaction. */
    assert_int_equal(vl_store_put_extraction(f->store, rowid, hash, a, NULL, 0, &written, &err), VL_OK);
    assert_int_equal(written, 1);
    assert_int_equal(scalar(f, "SELECT count(*) FROM docs WHERE annotated_by IS NOT NULL"), 1);
    assert_true(scalar(f, "SELECT count(*) FROM timexes") > 0);
    assert_true(scalar(f, "SELECT count(*) FROM mentions") > 0);
    /* Twice: replaced, not added to. */
    int64_t m = scalar(f, "SELECT count(*) FROM mentions"), e = scalar(f, "SELECT sum(mentions) FROM entities");
    assert_int_equal(vl_store_put_extraction(f->store, rowid, hash, a, NULL, 0, &written, &err), VL_OK);
    assert_int_equal(scalar(f, "SELECT count(*) FROM mentions"), m);
    assert_int_equal(scalar(f, "SELECT sum(mentions) FROM entities"), e);
    vl_annotation_free(a);
    vl_annotator_free(an);
    free(path);
}

static int count_progress(void *ctx, int64_t done, int64_t total) {
    int64_t *calls = ctx;
    (*calls)++;
    assert_true(done <= total);
    return 0;
}

static void test_reannotate_once(void **state) {
    fx *f = *state;
    char *path = write_docs(f, "d.jsonl", 200);
    ingest(f, path, 1);
    int64_t calls = 0;
    vl_reannotate_opts o = {.jobs = 2, .batch_docs = 50, .on_progress = count_progress, .ctx = &calls};
    vl_reannotate_summary sum;
    vl_error err;
    assert_int_equal(vl_reannotate(f->store, &o, &sum, &err), VL_OK);
    assert_int_equal(sum.total, 200);
    assert_int_equal(sum.done, 200);
    assert_int_equal(sum.skipped + sum.rejected, 0);
    assert_true(calls > 0);
    int64_t mentions = scalar(f, "SELECT count(*) FROM mentions");
    assert_true(mentions >= 200);
    assert_int_equal(scalar(f, "SELECT sum(mentions) FROM entities"), mentions);
    assert_int_equal(scalar(f, "SELECT sum(docs) FROM entities"), scalar(f, "SELECT count(*) FROM entity_docs"));
    /* Nothing left. */
    assert_int_equal(vl_reannotate(f->store, &o, &sum, &err), VL_OK);
    assert_int_equal(sum.total, 0);
    assert_int_equal(sum.done, 0);
    /* The serial driver, over everything: the same rows. */
    o.jobs = 1;
    o.all = 1;
    assert_int_equal(vl_reannotate(f->store, &o, &sum, &err), VL_OK);
    assert_int_equal(sum.done, 200);
    assert_int_equal(scalar(f, "SELECT count(*) FROM mentions"), mentions);
    free(path);
}

static void test_reannotate_refuses_read_only(void **state) {
    fx *f = *state;
    vl_store *ro;
    vl_error err;
    assert_int_equal(vl_store_open(f->db, VL_STORE_READONLY, &ro, &err), VL_OK);
    vl_reannotate_summary sum;
    assert_int_equal(vl_reannotate(ro, NULL, &sum, &err), VL_EARG);
    assert_non_null(strstr(err.message, "read-only"));
    vl_store_close(ro);
}

static int stop_at_once(void *ctx, int64_t done, int64_t total) {
    (void)ctx;
    (void)total;
    return done > 0;
}

/* Stopped after the first batch: what was committed stays, the rest is
 * still stale and the next run finishes it. */
static void test_interrupted_resumes(void **state) {
    fx *f = *state;
    char *path = write_docs(f, "e.jsonl", 300);
    ingest(f, path, 1);
    vl_reannotate_opts o = {.jobs = 1, .batch_docs = 64, .on_progress = stop_at_once};
    vl_reannotate_summary sum;
    vl_error err;
    assert_int_equal(vl_reannotate(f->store, &o, &sum, &err), VL_EINTERRUPT);
    int64_t done = scalar(f, "SELECT count(*) FROM docs WHERE annotated_by IS NOT NULL");
    assert_true(done > 0 && done < 300);
    assert_int_equal(sum.done, done);
    o.on_progress = NULL;
    assert_int_equal(vl_reannotate(f->store, &o, &sum, &err), VL_OK);
    assert_int_equal(sum.total, 300 - done);
    assert_int_equal(scalar(f, "SELECT count(*) FROM docs WHERE annotated_by IS NOT NULL"), 300);
    free(path);
}

int main(void) {
    /* The committed models, whatever the test binary's place. */
    char *models = th_path(th_src_dir(), "models");
    setenv("VEILLE_MODELS", models, 1);
    free(models);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version_from_models_and_headers),
        cmocka_unit_test_setup_teardown(test_model_identity, setup, teardown),
        cmocka_unit_test_setup_teardown(test_put_records_version_and_stats_count, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stale_reader_pages, setup, teardown),
        cmocka_unit_test_setup_teardown(test_put_extraction_checks_hash, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reannotate_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_interrupted_resumes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reannotate_refuses_read_only, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
