/*
 * test_events_store.c -- the stored quantities and events through the
 * library API: written by vl_store_put and replaced with a new version,
 * vl_events filters (actor, code, dates referred to, paging, bad input),
 * vl_timeline (chronological order by the date referred to, facts with
 * their sentence, query and entity filters), and migration from a version-1
 * database (events filled for stored documents).  Texts written for these
 * tests.
 */
#include "harness.h"

#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/fts_tokenizer.h"
#include "veille.h"

typedef th_store_fx fx;

static int setup(void **state) {
    *state = th_store_fx_open("e.db");
    return *state ? 0 : -1;
}

static int teardown(void **state) {
    th_store_fx_close(*state);
    return 0;
}

static void put(vl_store *s, const char *id, const char *date, const char *lang, const char *text) {
    assert_int_equal(th_store_put(s, id, date, lang, NULL, text), VL_OK);
}

typedef struct list {
    char s[2048];
    int n;
} list;

static int on_event(void *ctx, const vl_stored_event *e) {
    list *l = ctx;
    size_t len = strlen(l->s);
    snprintf(l->s + len, sizeof l->s - len, "%s%s/%s/%s/%s/%s", l->n++ ? " | " : "", e->doc_id, e->action, e->code,
             e->target ? e->target : "-", e->date ? e->date : "-");
    return 0;
}

static list events(vl_store *s, const char *actor, const char *code, const char *from, const char *to) {
    list l = {{0}, 0};
    vl_event_query q = {.actor = actor, .code = code, .date_from = from, .date_to = to};
    vl_error err;
    assert_int_equal(vl_events(s, &q, on_event, &l, &err), VL_OK);
    return l;
}

static int on_item(void *ctx, const vl_timeline_item *it) {
    list *l = ctx;
    size_t len = strlen(l->s);
    snprintf(l->s + len, sizeof l->s - len, "%s%s %s %s", l->n++ ? " | " : "", it->begin, it->kind,
             it->event ? it->event->action : it->text);
    return 0;
}

static const char *const D1 = "Minsk a libéré 52 prisonniers politiques jeudi. Les exercices commencent le 15 septembre.";
static const char *const D2 = "Poland closed its border on Friday. Russian forces shelled the town of Izium on 2 September.";

static void test_events_written_and_filtered(void **state) {
    fx *f = *state;
    put(f->store, "d1", "2025-09-12", "fr", D1);
    put(f->store, "d2", "2025-09-14", "en", D2);
    list l = events(f->store, NULL, NULL, NULL, NULL);
    /* by the date referred to, not the publication date */
    assert_string_equal(l.s, "d2/shell/18/the town of Izium/2025-09-02 | d1/libérer/08/52 prisonniers politiques/2025-09-11 | "
                             "d2/close/16/its border/2025-09-12");
    assert_string_equal(events(f->store, "MINSK", NULL, NULL, NULL).s, "d1/libérer/08/52 prisonniers politiques/2025-09-11");
    assert_string_equal(events(f->store, NULL, "8", NULL, NULL).s, "d1/libérer/08/52 prisonniers politiques/2025-09-11");
    assert_int_equal(events(f->store, NULL, NULL, "2025-09-10", "2025-09").n, 2);
    assert_int_equal(events(f->store, "nobody", NULL, NULL, NULL).n, 0);
    /* paging */
    list p = {{0}, 0};
    vl_event_query q = {.limit = 1, .offset = 1};
    vl_error err;
    assert_int_equal(vl_events(f->store, &q, on_event, &p, &err), VL_OK);
    assert_string_equal(p.s, "d1/libérer/08/52 prisonniers politiques/2025-09-11");
    /* bad input */
    q = (vl_event_query){.code = "21"};
    assert_int_equal(vl_events(f->store, &q, on_event, &p, &err), VL_EARG);
    q = (vl_event_query){.date_from = "septembre"};
    assert_int_equal(vl_events(f->store, &q, on_event, &p, &err), VL_EARG);
    /* a new version replaces the events */
    put(f->store, "d1", "2025-09-12", "fr", "Minsk a condamné les sanctions.");
    assert_string_equal(events(f->store, "minsk", NULL, NULL, NULL).s, "d1/condamner/11/les sanctions/-");
}

static void test_timeline(void **state) {
    fx *f = *state;
    put(f->store, "d1", "2025-09-12", "fr", D1);
    put(f->store, "d2", "2025-09-14", "en", D2);
    list l = {{0}, 0};
    vl_timeline_query q = {0};
    vl_error err;
    assert_int_equal(vl_timeline(f->store, &q, on_item, &l, &err), VL_OK);
    assert_string_equal(l.s, "2025-09-02 event shell | 2025-09-11 event libérer | 2025-09-12 event close | "
                             "2025-09-15 fact Les exercices commencent le 15 septembre.");
    /* the entity filter: events by actor or target, facts by sentence */
    memset(&l, 0, sizeof l);
    q.entity = "izium";
    assert_int_equal(vl_timeline(f->store, &q, on_item, &l, &err), VL_OK);
    assert_string_equal(l.s, "2025-09-02 event shell");
    memset(&l, 0, sizeof l);
    q.entity = "exercices";
    assert_int_equal(vl_timeline(f->store, &q, on_item, &l, &err), VL_OK);
    assert_string_equal(l.s, "2025-09-15 fact Les exercices commencent le 15 septembre.");
    /* a query restricts the dispatches; dates restrict the periods */
    memset(&l, 0, sizeof l);
    q = (vl_timeline_query){.query = "prisonniers", .date_from = "2025-09-12"};
    assert_int_equal(vl_timeline(f->store, &q, on_item, &l, &err), VL_OK);
    assert_string_equal(l.s, "2025-09-15 fact Les exercices commencent le 15 septembre.");
    q = (vl_timeline_query){.query = "\"unclosed"};
    assert_int_equal(vl_timeline(f->store, &q, on_item, &l, &err), VL_EQUERY);
}

/* A version-1 database (as test_store.c writes it) with one document:
 * opening it fills the events table. */
static const char *const V1 =
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
    "INSERT INTO docs VALUES (1, 'old', '2025-09-15', 'en', NULL, NULL, NULL,"
    " 'The rebels attacked the base on Friday with 300 fighters.', NULL, x'00', '2025-09-15T10:00:00Z');"
    "INSERT INTO docs_fts(rowid, title, text) VALUES (1, NULL, 'The rebels attacked the base on Friday with 300 fighters.');"
    "PRAGMA user_version = 1;";

static void test_migration_fills_events(void **state) {
    fx *f = *state;
    char *path = th_path(f->dir, "v1.db");
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    vl_fts_hint hint = {.doc_lang = VL_LANG_EN, .query_lang = VL_LANG_UND};
    assert_int_equal(vl_fts_register(vl_fts_api_from_db(db), &hint), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, V1, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    vl_store *s;
    vl_error err;
    assert_int_equal(vl_store_open(path, 0, &s, &err), VL_OK);
    assert_string_equal(events(s, NULL, NULL, NULL, NULL).s, "old/attack/18/the base/2025-09-12");
    vl_store_close(s);
    /* the quantity is there too */
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT value, counted FROM quantities", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_true(sqlite3_column_double(st, 0) == 300.0);
    assert_string_equal((const char *)sqlite3_column_text(st, 1), "fighters");
    sqlite3_finalize(st);
    sqlite3_close(db);
    free(path);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_events_written_and_filtered, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timeline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migration_fills_events, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
