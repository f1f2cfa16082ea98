/*
 * test_bm25.c -- unit tests of src/search/bm25.c: the ranking function
 * vl_bm25 gives FTS5's own bm25 scores, phrase by phrase weights included,
 * whether the phrases' document counts are counted or remembered; the
 * counts are remembered per phrase and query language, and forgotten when
 * the database changes (this connection's writes or another's).
 */
#include "harness.h"

#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "search/bm25.h"
#include "store/store.h"

typedef struct fx {
    char *dir, *db;
    vl_store *store;
} fx;

static void put(vl_store *s, const char *id, const char *lang, const char *title, const char *text) {
    vl_doc d = {.id = id, .date = "2026-06-01", .lang = lang, .title = title, .text = text, .text_len = strlen(text)};
    vl_error err;
    vl_error_clear(&err);
    if (vl_store_put(s, &d, NULL, &err)) fail_msg("put %s: %s", id, err.message);
}

static int setup(void **state) {
    fx *f = calloc(1, sizeof *f);
    f->dir = th_tmpdir();
    f->db = th_path(f->dir, "b.db");
    vl_error err;
    assert_int_equal(vl_store_open(f->db, 0, &f->store, &err), VL_OK);
    vl_store *s = f->store;
    put(s, "a", "fr", "Grève au port", "Le port de Marseille est bloqué par une grève des dockers du port.");
    put(s, "b", "en", "Rotterdam", "The port of Rotterdam stops as dockers strike for pay.");
    put(s, "c", "fr", NULL, "Le port du Havre rouvre ses quais après trois jours de grève.");
    put(s, "d", "en", "Markets", "Markets rose; the port news weighed little on shipping shares.");
    put(s, "e", "fr", "Météo", "Aucun rapport avec les quais: un texte sur la pluie et les élections.");
    put(s, "f", "fr", "Élections", "Les élections municipales au Havre: le port au cœur de la campagne.");
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fx *f = *state;
    vl_store_close(f->store);
    th_tmpdir_cleanup(f->dir);
    free(f->db);
    free(f);
    return 0;
}

/* Every match's rowid and rank under `rank` (NULL: the table's own bm25). */
static int ranks(vl_store *s, const char *fts, const char *rank, int64_t *ids, double *scores, int cap) {
    const char *sql = rank ? "SELECT rowid, rank FROM docs_fts WHERE docs_fts MATCH ?1 AND rank MATCH ?2 ORDER BY rank"
                           : "SELECT rowid, rank FROM docs_fts WHERE docs_fts MATCH ?1 ORDER BY rank";
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_text(st, 1, fts, -1, SQLITE_STATIC);
    if (rank) sqlite3_bind_text(st, 2, rank, -1, SQLITE_STATIC);
    int n = 0, step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW && n < cap) {
        ids[n] = sqlite3_column_int64(st, 0);
        scores[n++] = sqlite3_column_double(st, 1);
    }
    assert_int_equal(step, SQLITE_DONE);
    sqlite3_finalize(st);
    return n;
}

/* vl_bm25 ranks the query as FTS5's bm25 does, the first time (counted)
 * and the second (remembered); returns the number of matches. */
static int same_as_fts5(vl_store *s, const char *query) {
    vl_buf fts;
    vl_buf_init(&fts);
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_query_translate(query, &fts, &err), VL_OK);
    const char *rank = vl_bm25_rank_expr(s);
    assert_non_null(rank);
    assert_string_equal(rank, "vl_bm25(2, 1)"); /* the table's bm25(2.0, 1.0) */
    int64_t want_ids[16], got_ids[16];
    double want[16], got[16];
    int n = ranks(s, fts.data, NULL, want_ids, want, 16);
    for (int round = 0; round < 2; round++) {
        vl_bm25_query q;
        assert_int_equal(vl_bm25_query_begin(s, fts.data, fts.len, &q, &err), VL_OK);
        int remembered = 0;
        for (int i = 0; i < q.n; i++) remembered += q.df[i] >= 0;
        /* Every phrase is remembered the second time (when there was a
         * match to rank: no match, no count). */
        if (round && n) assert_int_equal(remembered, q.n);
        assert_int_equal(ranks(s, fts.data, rank, got_ids, got, 16), n);
        vl_bm25_query_end(s, &q);
        assert_null(s->bm25_query);
        for (int i = 0; i < n; i++) {
            assert_int_equal(got_ids[i], want_ids[i]);
            assert_true(fabs(got[i] - want[i]) <= 1e-12 * fabs(want[i]));
        }
    }
    vl_buf_free(&fts);
    return n;
}

static void test_same_scores_as_fts5(void **state) {
    fx *f = *state;
    vl_store *s = f->store;
    /* Nothing is remembered before the first search. */
    vl_buf fts;
    vl_buf_init(&fts);
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_query_translate("port OR grève", &fts, &err), VL_OK);
    vl_bm25_query q;
    assert_int_equal(vl_bm25_query_begin(s, fts.data, fts.len, &q, &err), VL_OK);
    assert_int_equal(q.n, 2);
    assert_int_equal(q.df[0], -1);
    assert_int_equal(q.df[1], -1);
    vl_bm25_query_end(s, &q);
    vl_buf_free(&fts);
    assert_int_equal(same_as_fts5(s, "port"), 5);
    assert_int_equal(same_as_fts5(s, "port dockers"), 2);
    assert_true(same_as_fts5(s, "grève OR strike OR élection") >= 4);
    assert_int_equal(same_as_fts5(s, "\"port de\""), 1);
    assert_true(same_as_fts5(s, "port -grève") >= 2);
    assert_true(same_as_fts5(s, "title:port OR quai*") >= 3);
    assert_int_equal(same_as_fts5(s, "inexistant"), 0);
}

static void test_forgotten_when_the_database_changes(void **state) {
    fx *f = *state;
    vl_store *s = f->store;
    vl_buf fts;
    vl_buf_init(&fts);
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_query_translate("port", &fts, &err), VL_OK);
    same_as_fts5(s, "port"); /* remembered now */
    /* Another query language stems otherwise: not the same count. */
    s->hint.query_lang = VL_LANG_FR;
    vl_bm25_query q;
    assert_int_equal(vl_bm25_query_begin(s, fts.data, fts.len, &q, &err), VL_OK);
    assert_int_equal(q.n, 1);
    assert_int_equal(q.df[0], -1);
    vl_bm25_query_end(s, &q);
    s->hint.query_lang = VL_LANG_UND;
    /* This connection writes: forgotten, and the scores follow. */
    put(s, "g", "fr", "Port", "Le port de Sète ouvre des quais neufs.");
    assert_int_equal(vl_bm25_query_begin(s, fts.data, fts.len, &q, &err), VL_OK);
    assert_int_equal(q.df[0], -1);
    vl_bm25_query_end(s, &q);
    assert_int_equal(same_as_fts5(s, "port"), 6);
    /* Another connection writes: forgotten too. */
    vl_store *w;
    assert_int_equal(vl_store_open(f->db, 0, &w, &err), VL_OK);
    put(w, "h", "en", "Port", "A port strike in Antwerp.");
    vl_store_close(w);
    assert_int_equal(vl_bm25_query_begin(s, fts.data, fts.len, &q, &err), VL_OK);
    assert_int_equal(q.df[0], -1);
    vl_bm25_query_end(s, &q);
    assert_int_equal(same_as_fts5(s, "port"), 7);
    vl_buf_free(&fts);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_same_scores_as_fts5, setup, teardown),
        cmocka_unit_test_setup_teardown(test_forgotten_when_the_database_changes, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
