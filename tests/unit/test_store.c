/*
 * test_store.c -- unit tests of the store through the library API: schema
 * creation, put (added / unchanged / updated), validation, get, stats,
 * transactions (a put failing half-way is never committed), search with the
 * language hint, and re-opening a database.
 */
#include "harness.h"

#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/fts_tokenizer.h"
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

static vl_doc mkdoc(const char *id, const char *date, const char *text) {
    vl_doc d = {.id = id, .date = date, .text = text, .text_len = strlen(text)};
    return d;
}

typedef struct hits {
    char ids[512];
    int n;
} hits;

static int collect(void *ctx, const vl_hit *h) {
    hits *c = ctx;
    if (c->n++) strcat(c->ids, " ");
    strcat(c->ids, h->id);
    return 0;
}

static hits search(vl_store *s, const char *q, const char *lang) {
    hits c = {{0}, 0};
    vl_search_opts o = {.query = q, .lang = lang, .limit = 20};
    vl_error err;
    int rc = vl_search(s, &o, collect, &c, NULL, &err);
    if (rc) fprintf(stderr, "search %s: %s\n", q, err.message);
    assert_int_equal(rc, VL_OK);
    return c;
}

static void test_put_outcomes(void **state) {
    fx *f = *state;
    vl_error err;
    vl_put_outcome out;
    vl_doc d = mkdoc("a", "2026-01-05", "Les pêcheurs bretons manifestent devant la préfecture.");
    assert_int_equal(vl_store_put(f->store, &d, &out, &err), VL_OK);
    assert_int_equal(out, VL_PUT_ADDED);
    assert_int_equal(vl_store_put(f->store, &d, &out, &err), VL_OK);
    assert_int_equal(out, VL_PUT_UNCHANGED);
    /* Any field counts: a new title is a new version. */
    d.title = "Colère des pêcheurs";
    assert_int_equal(vl_store_put(f->store, &d, &out, &err), VL_OK);
    assert_int_equal(out, VL_PUT_UPDATED);
    vl_record *r;
    assert_int_equal(vl_store_get(f->store, "a", &r, &err), VL_OK);
    assert_string_equal(r->title, "Colère des pêcheurs");
    assert_string_equal(r->lang, "fr");
    assert_string_equal(r->date, "2026-01-05");
    vl_record_free(r);
    assert_int_equal(vl_store_get(f->store, "zz", &r, &err), VL_ENOTFOUND);
    assert_null(r);
}

static void test_validation(void **state) {
    fx *f = *state;
    vl_error err;
    struct {
        vl_doc doc;
        const char *msg;
    } bad[] = {
        {mkdoc("", "2026-01-01", "text"), "missing \"id\""},
        {mkdoc("x", "2026-13-01", "text"), "not a valid YYYY-MM-DD date"},
        {mkdoc("x", "2025-02-29", "text"), "not a valid YYYY-MM-DD date"},
        {mkdoc("x", "2026-01-01", " \n\t "), "empty body"},
        {mkdoc("x", "2026-01-01", "caf\xe9"), "invalid UTF-8"},
        {mkdoc("x\ty", "2026-01-01", "text"), "control character"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        vl_error_clear(&err);
        assert_int_equal(vl_store_put(f->store, &bad[i].doc, NULL, &err), VL_EFORMAT);
        assert_non_null(strstr(err.message, bad[i].msg));
    }
    vl_doc nul = mkdoc("x", "2026-01-01", "a\0b");
    nul.text_len = 3;
    assert_int_equal(vl_store_put(f->store, &nul, NULL, &err), VL_EFORMAT);
    assert_non_null(strstr(err.message, "NUL"));
    vl_doc lang = mkdoc("x", "2026-01-01", "text");
    lang.lang = "not a language";
    assert_int_equal(vl_store_put(f->store, &lang, NULL, &err), VL_EFORMAT);
    vl_stats st;
    assert_int_equal(vl_store_stats(f->store, &st, &err), VL_OK);
    assert_int_equal(st.docs, 0);
}

static void test_update_reindexes_with_old_language(void **state) {
    fx *f = *state;
    vl_error err;
    vl_doc d = mkdoc("b", "2026-01-06", "The harbour authorities negotiated with the striking dockers all night.");
    assert_int_equal(vl_store_put(f->store, &d, NULL, &err), VL_OK);
    assert_string_equal(search(f->store, "negotiating", NULL).ids, "b");
    /* Replaced by a French text: the English terms must be gone. */
    vl_doc d2 = mkdoc("b", "2026-01-06", "Les autorités portuaires ont négocié toute la nuit avec les dockers.");
    assert_int_equal(vl_store_put(f->store, &d2, NULL, &err), VL_OK);
    assert_string_equal(search(f->store, "negotiating", NULL).ids, "");
    assert_string_equal(search(f->store, "negocier", NULL).ids, "b");
    assert_string_equal(search(f->store, "harbour", NULL).ids, "");
    vl_stats st;
    assert_int_equal(vl_store_stats(f->store, &st, &err), VL_OK);
    assert_int_equal(st.docs, 1);
    assert_int_equal(st.nlangs, 1);
    assert_string_equal(st.langs[0].lang, "fr");
}

static void test_given_language_and_lang_filter(void **state) {
    fx *f = *state;
    vl_error err;
    vl_doc en = mkdoc("en1", "2026-01-07", "The ministers discussed the elections with the opposition and the unions.");
    vl_doc fr = mkdoc("fr1", "2026-01-07", "Les ministres ont discuté des élections.");
    vl_doc de = mkdoc("de1", "2026-01-07", "Die Minister sprachen über die Wahlen.");
    de.lang = "DE";
    assert_int_equal(vl_store_put(f->store, &en, NULL, &err), VL_OK);
    assert_int_equal(vl_store_put(f->store, &fr, NULL, &err), VL_OK);
    assert_int_equal(vl_store_put(f->store, &de, NULL, &err), VL_OK);
    vl_record *r;
    assert_int_equal(vl_store_get(f->store, "de1", &r, &err), VL_OK);
    assert_string_equal(r->lang, "de");
    vl_record_free(r);
    assert_string_equal(search(f->store, "election", "en").ids, "en1");
    assert_string_equal(search(f->store, "élection", "fr").ids, "fr1");
    hits both = search(f->store, "election", NULL);
    assert_int_equal(both.n, 2);
    assert_string_equal(search(f->store, "wahlen", NULL).ids, "de1");
    vl_search_opts o = {.query = "x", .lang = "klingon"};
    assert_int_equal(vl_search(f->store, &o, collect, &both, NULL, &err), VL_EARG);
}

static void test_transactions_and_reopen(void **state) {
    fx *f = *state;
    vl_error err;
    assert_int_equal(vl_store_begin(f->store, &err), VL_OK);
    char id[16], text[128];
    for (int i = 0; i < 50; i++) {
        snprintf(id, sizeof id, "t%d", i);
        snprintf(text, sizeof text, "Bulletin %d on river levels and flood warnings.", i);
        vl_doc d = mkdoc(id, "2026-02-01", text);
        assert_int_equal(vl_store_put(f->store, &d, NULL, &err), VL_OK);
    }
    /* A bad document inside a batch is refused without spoiling it. */
    vl_doc bad = mkdoc("bad", "2026-02-30", "x");
    assert_int_equal(vl_store_put(f->store, &bad, NULL, &err), VL_EFORMAT);
    assert_int_equal(vl_store_commit(f->store, &err), VL_OK);
    /* Rolled back work is gone. */
    assert_int_equal(vl_store_begin(f->store, &err), VL_OK);
    vl_doc gone = mkdoc("gone", "2026-02-02", "Never committed text about volcanoes.");
    assert_int_equal(vl_store_put(f->store, &gone, NULL, &err), VL_OK);
    assert_int_equal(vl_store_rollback(f->store), VL_OK);
    vl_store_close(f->store);
    assert_int_equal(vl_store_open(f->db, VL_STORE_READONLY, &f->store, &err), VL_OK);
    vl_stats st;
    assert_int_equal(vl_store_stats(f->store, &st, &err), VL_OK);
    assert_int_equal(st.docs, 50);
    assert_true(st.db_bytes > 0);
    assert_int_equal(search(f->store, "flood", NULL).n, 20);
    assert_string_equal(search(f->store, "volcano", NULL).ids, "");
    int64_t total = 0;
    hits c = {{0}, 0};
    vl_search_opts o = {.query = "warning", .limit = 5, .offset = 48};
    assert_int_equal(vl_search(f->store, &o, collect, &c, &total, &err), VL_OK);
    assert_int_equal(total, 50);
    assert_int_equal(c.n, 2);
    o.offset = 60;
    c.n = 0;
    assert_int_equal(vl_search(f->store, &o, collect, &c, &total, &err), VL_OK);
    assert_int_equal(c.n, 0);
    assert_int_equal(total, 50);
    vl_doc d = mkdoc("ro", "2026-02-01", "read-only");
    assert_int_equal(vl_store_put(f->store, &d, NULL, &err), VL_EARG);
}

static void set_analyzer_version(const char *db, const char *version) {
    sqlite3 *h;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    char sql[128];
    snprintf(sql, sizeof sql, "UPDATE meta SET value = '%s' WHERE key = 'analyzer'", version);
    assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
}

/* An index built by another analyser version is refused (its terms would
 * not match this one's queries); an empty one simply takes this version. */
static void test_analyzer_version(void **state) {
    fx *f = *state;
    vl_error err;
    vl_store_close(f->store);
    f->store = NULL;
    set_analyzer_version(f->db, "0");
    assert_int_equal(vl_store_open(f->db, 0, &f->store, &err), VL_OK);
    vl_doc d = mkdoc("v", "2026-02-01", "A short dispatch about the harbour and its ships.");
    assert_int_equal(vl_store_put(f->store, &d, NULL, &err), VL_OK);
    vl_store_close(f->store);
    f->store = NULL;
    set_analyzer_version(f->db, "0");
    vl_error_clear(&err);
    assert_int_equal(vl_store_open(f->db, VL_STORE_READONLY, &f->store, &err), VL_ESTORE);
    assert_null(f->store);
    assert_non_null(strstr(err.message, "analyser version 0"));
    assert_int_equal(vl_store_open(f->db, 0, &f->store, &err), VL_ESTORE);
    assert_null(f->store);
}

static void test_not_a_database(void **state) {
    fx *f = *state;
    char *p = th_write_file(f->dir, "junk.db", "this is not an SQLite database, just text padding it out......", (size_t)-1);
    vl_store *s = NULL;
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_store_open(p, 0, &s, &err), VL_ESTORE);
    assert_null(s);
    assert_non_null(strstr(err.path, "junk.db"));
    free(p);
}

typedef struct tx_list {
    char values[512]; /* "value[begin..end_date] ..." */
    int n;
} tx_list;

static int collect_timex(void *ctx, const vl_doc_timex *t) {
    tx_list *l = ctx;
    char one[96];
    snprintf(one, sizeof one, "%s%s:%s[%s..%s]@%lld", l->n++ ? " " : "", t->text, t->value,
             t->begin ? t->begin : "-", t->end_date ? t->end_date : "-", (long long)t->start);
    strcat(l->values, one);
    return 0;
}

static tx_list timexes_of(vl_store *s, const char *id) {
    tx_list l = {{0}, 0};
    vl_error err;
    assert_int_equal(vl_store_timexes(s, id, collect_timex, &l, &err), VL_OK);
    return l;
}

static void test_timexes_stored_and_replaced(void **state) {
    fx *f = *state;
    vl_error err;
    vl_doc d = mkdoc("s", "2026-03-16", "Le sommet a eu lieu hier et reprendra en avril, pour trois jours.");
    d.lang = "fr";
    assert_int_equal(vl_store_put(f->store, &d, NULL, &err), VL_OK);
    tx_list l = timexes_of(f->store, "s");
    assert_string_equal(l.values, "hier:2026-03-15[2026-03-15..2026-03-15]@20 "
                                  "avril:2026-04[2026-04-01..2026-04-30]@41 "
                                  "trois jours:P3D[-..-]@53");
    /* A new version replaces the rows; an unchanged one leaves them. */
    vl_doc d2 = mkdoc("s", "2026-03-16", "Réunion prévue la semaine prochaine.");
    d2.lang = "fr";
    assert_int_equal(vl_store_put(f->store, &d2, NULL, &err), VL_OK);
    assert_int_equal(vl_store_put(f->store, &d2, NULL, &err), VL_OK);
    l = timexes_of(f->store, "s");
    assert_string_equal(l.values, "la semaine prochaine:2026-W13[2026-03-23..2026-03-29]@15");
    vl_doc none = mkdoc("n", "2026-03-16", "Rien de daté ici.");
    assert_int_equal(vl_store_put(f->store, &none, NULL, &err), VL_OK);
    assert_int_equal(timexes_of(f->store, "n").n, 0);
    assert_int_equal(vl_store_timexes(f->store, "nope", collect_timex, &l, &err), VL_ENOTFOUND);
}

/* Migration 1 exactly as version 1 of veille wrote it: a database made by
 * an older veille must be brought to the current schema, its documents'
 * time expressions filled in. */
static const char *const V1_SCHEMA =
    "CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, date TEXT NOT NULL,"
    " lang TEXT NOT NULL, title TEXT, source TEXT, url TEXT, text TEXT NOT NULL, extra TEXT,"
    " hash BLOB NOT NULL, ingested_at TEXT NOT NULL);"
    "CREATE INDEX docs_date ON docs(date);"
    "CREATE INDEX docs_lang_date ON docs(lang, date);"
    "CREATE VIRTUAL TABLE docs_fts USING fts5(title, text, content='docs', content_rowid='rowid',"
    " tokenize='veille');"
    "INSERT INTO docs_fts(docs_fts, rank) VALUES('rank', 'bm25(2.0, 1.0)');"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "INSERT INTO meta VALUES ('analyzer', '1');"
    "INSERT INTO docs VALUES (1, 'old', '2025-09-15', 'fr', NULL, NULL, NULL,"
    " 'Les manœuvres ont débuté vendredi.', NULL, x'00', '2025-09-15T10:00:00Z');"
    "INSERT INTO docs_fts(rowid, title, text) VALUES (1, NULL, 'Les manœuvres ont débuté vendredi.');"
    "PRAGMA user_version = 1;";

static void test_migrate_from_v1(void **state) {
    fx *f = *state;
    char *path = th_path(f->dir, "v1.db");
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    vl_fts_hint hint = {.doc_lang = VL_LANG_FR, .query_lang = VL_LANG_UND};
    assert_int_equal(vl_fts_register(vl_fts_api_from_db(db), &hint), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, V1_SCHEMA, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);

    vl_store *s;
    vl_error err;
    /* Read-only cannot migrate, and says so. */
    assert_int_equal(vl_store_open(path, VL_STORE_READONLY, &s, &err), VL_ESTORE);
    assert_non_null(strstr(err.message, "needs migrating"));
    assert_int_equal(vl_store_open(path, 0, &s, &err), VL_OK);
    vl_stats st;
    assert_int_equal(vl_store_stats(s, &st, &err), VL_OK);
    assert_int_equal(st.schema_version, vl_schema_current()); /* every migration ran */
    assert_int_equal(st.docs, 1);
    assert_string_equal(timexes_of(s, "old").values, "vendredi:2025-09-12[2025-09-12..2025-09-12]@25");
    assert_string_equal(search(s, "manoeuvre", NULL).ids, "old");
    /* The migrated database takes new documents like a fresh one. */
    vl_doc d = mkdoc("new", "2025-09-16", "The drills ended yesterday.");
    assert_int_equal(vl_store_put(s, &d, NULL, &err), VL_OK);
    assert_string_equal(timexes_of(s, "new").values, "yesterday:2025-09-15[2025-09-15..2025-09-15]@17");
    vl_store_close(s);
    /* Opening again migrates nothing. */
    assert_int_equal(vl_store_open(path, VL_STORE_READONLY, &s, &err), VL_OK);
    assert_int_equal(timexes_of(s, "old").n, 1);
    vl_store_close(s);
    free(path);
}

static int collect_quote(void *ctx, const vl_quote_hit *h) {
    char *out = ctx;
    size_t n = strlen(out);
    snprintf(out + n, 512 - n, "%s|%s|%s|%s|%d;", h->doc_id, h->text, h->speaker ? h->speaker : "-",
             h->verb ? h->verb : "-", h->direct);
    return 0;
}

/* A database from before the quotations gets them for the documents it
 * holds when it is opened; a replaced document replaces its quotations. */
static void test_migrate_fills_quotes(void **state) {
    fx *f = *state;
    char *path = th_path(f->dir, "v1q.db");
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    vl_fts_hint hint = {.doc_lang = VL_LANG_FR, .query_lang = VL_LANG_UND};
    assert_int_equal(vl_fts_register(vl_fts_api_from_db(db), &hint), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, V1_SCHEMA, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
                                  "INSERT INTO docs VALUES (2, 'q', '2025-09-16', 'fr', NULL, NULL, NULL,"
                                  " '« Nous partirons demain », a déclaré le ministre.', NULL, x'01',"
                                  " '2025-09-16T10:00:00Z');"
                                  "INSERT INTO docs_fts(rowid, title, text) VALUES (2, NULL,"
                                  " '« Nous partirons demain », a déclaré le ministre.');",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    vl_store *s;
    vl_error err;
    assert_int_equal(vl_store_open(path, 0, &s, &err), VL_OK);
    char out[512] = "";
    vl_quote_query q = {.speaker = "MINISTRE"};
    assert_int_equal(vl_quotes(s, &q, collect_quote, out, &err), VL_OK);
    assert_string_equal(out, "q|« Nous partirons demain »|le ministre|déclaré|1;");
    /* the words of the quotation, stemmed like the documents' */
    out[0] = 0;
    q = (vl_quote_query){.query = "partir"};
    assert_int_equal(vl_quotes(s, &q, collect_quote, out, &err), VL_OK);
    assert_non_null(strstr(out, "Nous partirons"));
    vl_doc d = mkdoc("q", "2025-09-16", "« Nous restons », a dit la ministre.");
    d.lang = "fr";
    int prc = vl_store_put(s, &d, NULL, &err);
    if (prc) fprintf(stderr, "%s\n", err.message);
    assert_int_equal(prc, VL_OK);
    out[0] = 0;
    q = (vl_quote_query){.query = "partir"};
    assert_int_equal(vl_quotes(s, &q, collect_quote, out, &err), VL_OK);
    assert_string_equal(out, "");
    q = (vl_quote_query){.date_from = "2025-09-16", .date_to = "2025-09-16"};
    assert_int_equal(vl_quotes(s, &q, collect_quote, out, &err), VL_OK);
    assert_string_equal(out, "q|« Nous restons »|la ministre|dit|1;");
    q = (vl_quote_query){.date_from = "16/09/2025"};
    assert_int_equal(vl_quotes(s, &q, collect_quote, out, &err), VL_EARG);
    q = (vl_quote_query){.query = "(unbalanced"};
    assert_int_equal(vl_quotes(s, &q, collect_quote, out, &err), VL_EQUERY);
    vl_store_close(s);
    free(path);
}

/* A put that fails half-way inside a transaction (here: a trigger makes
 * the time expressions' insert fail after the dispatch and its index were
 * written) leaves the transaction to be rolled back: commit refuses it,
 * so no half-written dispatch is ever stored, and the store goes on. */
static void test_failed_put_is_never_committed(void **state) {
    fx *f = *state;
    vl_error err;
    vl_put_outcome out;
    vl_doc keep = mkdoc("keep", "2025-05-01", "Les pêcheurs manifestent.");
    assert_int_equal(vl_store_put(f->store, &keep, &out, &err), VL_OK);
    assert_int_equal(vl_store_begin(f->store, &err), VL_OK);
    vl_doc b1 = mkdoc("b1", "2025-05-02", "Le port reste fermé.");
    assert_int_equal(vl_store_put(f->store, &b1, &out, &err), VL_OK);
    assert_int_equal(sqlite3_exec(f->store->db,
                                  "CREATE TEMP TRIGGER no_timex BEFORE INSERT ON main.timexes"
                                  " BEGIN SELECT RAISE(ABORT, 'no time expressions today'); END;",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    vl_doc b2 = mkdoc("b2", "2025-05-03", "Le 3 mai 2025, le conseil municipal s'est réuni à Brest.");
    assert_int_equal(vl_store_put(f->store, &b2, &out, &err), VL_ESTORE);
    assert_non_null(strstr(err.message, "no time expressions today"));
    assert_int_equal(vl_store_commit(f->store, &err), VL_ESTORE);
    assert_non_null(strstr(err.message, "rolled back"));
    /* (the trigger, created inside the transaction, went with it) */
    assert_int_equal(sqlite3_exec(f->store->db, "DROP TRIGGER IF EXISTS temp.no_timex", NULL, NULL, NULL), SQLITE_OK);
    vl_record *r = NULL;
    assert_int_equal(vl_store_get(f->store, "b2", &r, &err), VL_ENOTFOUND);
    assert_int_equal(vl_store_get(f->store, "b1", &r, &err), VL_ENOTFOUND);
    assert_int_equal(vl_store_get(f->store, "keep", &r, &err), VL_OK);
    vl_record_free(r);
    assert_string_equal(search(f->store, "conseil", NULL).ids, "");
    /* The next transaction is a normal one. */
    assert_int_equal(vl_store_begin(f->store, &err), VL_OK);
    assert_int_equal(vl_store_put(f->store, &b2, &out, &err), VL_OK);
    assert_int_equal(out, VL_PUT_ADDED);
    assert_int_equal(vl_store_commit(f->store, &err), VL_OK);
    assert_string_equal(search(f->store, "conseil", NULL).ids, "b2");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_put_outcomes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_validation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_update_reindexes_with_old_language, setup, teardown),
        cmocka_unit_test_setup_teardown(test_given_language_and_lang_filter, setup, teardown),
        cmocka_unit_test_setup_teardown(test_transactions_and_reopen, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_a_database, setup, teardown),
        cmocka_unit_test_setup_teardown(test_analyzer_version, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timexes_stored_and_replaced, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migrate_from_v1, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migrate_fills_quotes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_failed_put_is_never_committed, setup, teardown),
    };
    return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
