/*
 * test_reannotate_cli.c -- `veille ingest --no-extract` and `veille
 * reannotate` through the real program and the committed models: the
 * text is searchable at once while `show` and `entities` are empty and
 * `stats` counts the dispatches as not extracted; reannotate fills in the
 * very rows a normal ingest of the same dispatches writes; running it again
 * does nothing; a dispatch whose recorded version is another's (an older
 * veille or other models) is stale and refreshed; ingesting the same
 * dispatches again, without --no-extract, extracts them too (and never
 * takes an extraction away); a database of schema version 5 upgrades
 * with its rows marked stale.  The dispatches are
 * written for this test.
 */
#include "harness.h"

#include <cmocka.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const DOCS =
    "{\"id\":\"fr-1\",\"date\":\"2026-04-06\",\"lang\":\"fr\",\"title\":\"Sommet à Lisbonne\",\"text\":\"La "
    "présidente de la Commission, Ursula von der Leyen, arrivera jeudi 9 avril à Lisbonne. « Nous devons "
    "agir vite », a déclaré Mme von der Leyen, qui rencontrera le Premier ministre portugais. Le Portugal "
    "a promis 120 millions d'euros.\"}\n"
    "{\"id\":\"en-1\",\"date\":\"2026-04-07\",\"lang\":\"en\",\"title\":\"Floods in Porto\",\"text\":\"Heavy "
    "rain flooded Porto on Monday, and the Portuguese government said 3,000 people had been evacuated. "
    "\\\"The water is still rising,\\\" said Mayor Rui Moreira. Ursula von der Leyen will visit Lisbon on "
    "Thursday.\"}\n"
    "{\"id\":\"fr-2\",\"date\":\"2026-04-10\",\"lang\":\"fr\",\"title\":\"Retour à Bruxelles\",\"text\":\"De "
    "retour à Bruxelles vendredi, von der Leyen a annoncé une aide de 50 millions d'euros pour Porto. La "
    "Commission européenne débloquera les fonds avant la fin du mois de mai.\"}\n";

typedef struct fx {
    char *dir, *db, *ref, *models_env;
} fx;

/* Runs veille --db DB ARGS... (NULL-terminated) with `models_env`. */
static th_run veille_env(const char *db, const char *models_env, const char *input, ...) {
    char *argv[32];
    int n = 0;
    argv[n++] = (char *)th_veille_bin();
    argv[n++] = "--db";
    argv[n++] = (char *)db;
    va_list ap;
    va_start(ap, input);
    const char *a;
    while ((a = va_arg(ap, const char *)) && n < 31) argv[n++] = (char *)a;
    va_end(ap);
    argv[n] = NULL;
    char *const env[] = {(char *)models_env, NULL};
    return th_exec(argv, input, input ? strlen(input) : 0, env, 120);
}
#define veille(f, db, ...) veille_env(db, (f)->models_env, __VA_ARGS__)

/* Runs sql on db with the sqlite3 shell (and veille's tokenizer, which
 * the index tables need); returns its standard output. */
static char *sql(const char *db, const char *statements) {
    char load[4200];
    snprintf(load, sizeof load, ".load %s", th_veille_ext());
    char *argv[] = {"sqlite3", "-cmd", load, (char *)db, (char *)statements, NULL};
    th_run r = th_exec(argv, NULL, 0, NULL, 60);
    if (r.status) fprintf(stderr, "sqlite3: %s\n", r.err);
    assert_int_equal(r.status, 0);
    char *out = r.out;
    r.out = NULL;
    th_run_free(&r);
    return out;
}

/* Every extraction table of db, in an order that does not depend on
 * rowids: what two stores must agree on. */
static const char *const DUMP =
    "SELECT 'e', name, type, key, mentions, docs, first_seen, last_seen FROM entities ORDER BY 2, 3;"
    "SELECT 'm', d.id, m.start, m.\"end\", m.text, e.name FROM mentions m JOIN docs d ON d.rowid = m.doc"
    " JOIN entities e ON e.id = m.entity ORDER BY 2, 3;"
    "SELECT 'a', e.name, a.name, a.count FROM entity_aliases a JOIN entities e ON e.id = a.entity ORDER BY 2, 3;"
    "SELECT 'k', k.key, e.name FROM entity_keys k JOIN entities e ON e.id = k.entity ORDER BY 2, 3;"
    "SELECT 't', d.id, t.start, t.text, t.type, t.value FROM timexes t JOIN docs d ON d.rowid = t.doc ORDER BY 2, 3;"
    "SELECT 'q', d.id, q.start, q.text, q.speaker_canonical FROM quotes q JOIN docs d ON d.rowid = q.doc"
    " ORDER BY 2, 3;"
    "SELECT 'n', d.id, n.start, n.text, n.value FROM quantities n JOIN docs d ON d.rowid = n.doc ORDER BY 2, 3;"
    "SELECT 'v', d.id, v.start, v.actor, v.action, v.code FROM events v JOIN docs d ON d.rowid = v.doc"
    " ORDER BY 2, 3;";

static int setup(void **state) {
    fx *f = calloc(1, sizeof *f);
    f->dir = th_tmpdir();
    f->db = th_path(f->dir, "lazy.db");
    f->ref = th_path(f->dir, "ref.db");
    char *models = th_path(th_src_dir(), "models");
    f->models_env = malloc(strlen(models) + 32);
    sprintf(f->models_env, "VEILLE_MODELS=%s", models);
    free(models);
    /* The reference: a normal ingest of the same dispatches. */
    th_run r = veille(f, f->ref, DOCS, "ingest", "--quiet", "-", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    r = veille(f, f->db, DOCS, "ingest", "--quiet", "--no-extract", "-", NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fx *f = *state;
    th_tmpdir_cleanup(f->dir);
    free(f->db);
    free(f->ref);
    free(f->models_env);
    free(f);
    return 0;
}

/* `veille stats --json`'s "annotations" object, as "current/stale/unextracted". */
static void annotations(fx *f, const char *db, const char *models_env, char *out, size_t cap) {
    th_run r = veille_env(db, models_env, NULL, "stats", "--json", NULL);
    assert_int_equal(r.status, 0);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    json_t *a = json_object_get(o, "annotations");
    assert_non_null(a);
    snprintf(out, cap, "%lld/%lld/%lld", (long long)json_integer_value(json_object_get(a, "current")),
             (long long)json_integer_value(json_object_get(a, "stale")),
             (long long)json_integer_value(json_object_get(a, "unextracted")));
    json_decref(o);
    th_run_free(&r);
    (void)f;
}

static void assert_same_as_reference(fx *f) {
    char *want = sql(f->ref, DUMP), *got = sql(f->db, DUMP);
    assert_true(strlen(want) > 500); /* the reference has rows to compare */
    assert_string_equal(got, want);
    free(want);
    free(got);
}

static void test_no_extract_searchable_without_annotations(void **state) {
    fx *f = *state;
    /* The text is indexed with the full analysis: stems, accents, elision. */
    th_run r = veille(f, f->db, NULL, "search", "--json", "evacues", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"en-1\""));
    th_run_free(&r);
    r = veille(f, f->db, NULL, "search", "--json", "debloquer", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"fr-2\""));
    th_run_free(&r);
    /* ... but nothing was extracted. */
    r = veille(f, f->db, NULL, "show", "--json", "fr-1", NULL);
    assert_int_equal(r.status, 0);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    assert_int_equal(json_array_size(json_object_get(o, "entities")), 0);
    assert_int_equal(json_array_size(json_object_get(o, "timexes")), 0);
    json_decref(o);
    th_run_free(&r);
    r = veille(f, f->ref, NULL, "show", "--json", "fr-1", NULL);
    o = json_loads(r.out, 0, NULL);
    assert_true(json_array_size(json_object_get(o, "entities")) > 0); /* the reference has some */
    assert_true(json_array_size(json_object_get(o, "timexes")) > 0);
    json_decref(o);
    th_run_free(&r);
    r = veille(f, f->db, NULL, "entities", "--json", NULL);
    assert_int_equal(r.status, 0);
    assert_null(strstr(r.out, "Leyen"));
    th_run_free(&r);
    char a[64];
    annotations(f, f->db, f->models_env, a, sizeof a);
    assert_string_equal(a, "0/0/3");
    annotations(f, f->ref, f->models_env, a, sizeof a);
    assert_string_equal(a, "3/0/0");
    /* The text form says what to run. */
    r = veille(f, f->db, NULL, "stats", NULL);
    assert_non_null(strstr(r.out, "3 not extracted (veille reannotate)"));
    th_run_free(&r);
}

static void test_reannotate_matches_ingest_then_does_nothing(void **state) {
    fx *f = *state;
    th_run r = veille(f, f->db, NULL, "reannotate", "--jobs", "2", NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "3 of 3 dispatches annotated again"));
    th_run_free(&r);
    assert_same_as_reference(f);
    char a[64];
    annotations(f, f->db, f->models_env, a, sizeof a);
    assert_string_equal(a, "3/0/0");
    /* Linked across the French and the English dispatches, and the bare
     * "von der Leyen" of the third (Lisbonne too). */
    r = veille(f, f->db, NULL, "entity", "--json", "Ursula von der Leyen", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"docs\":3"));
    th_run_free(&r);
    /* Again: nothing to do, nothing changed. */
    char *before = sql(f->db, DUMP);
    r = veille(f, f->db, NULL, "reannotate", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "nothing to do"));
    th_run_free(&r);
    char *after = sql(f->db, DUMP);
    assert_string_equal(after, before);
    free(before);
    free(after);
    /* --all does every dispatch again, to the same rows. */
    r = veille(f, f->db, NULL, "reannotate", "--all", "--jobs", "1", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "3 of 3 dispatches"));
    th_run_free(&r);
    assert_same_as_reference(f);
}

static void test_old_version_is_refreshed(void **state) {
    fx *f = *state;
    th_run r = veille(f, f->db, NULL, "reannotate", "--quiet", NULL);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "");
    th_run_free(&r);
    /* One dispatch annotated by another veille, with its rows lost. */
    free(sql(f->db, "UPDATE docs SET annotated_by = 'rules 0; ner-fr 0000000000000001; ner-en none'"
                    " WHERE id = 'en-1';"
                    "DELETE FROM timexes WHERE doc = (SELECT rowid FROM docs WHERE id = 'en-1');"));
    char a[64];
    annotations(f, f->db, f->models_env, a, sizeof a);
    assert_string_equal(a, "2/1/0");
    r = veille(f, f->db, NULL, "reannotate", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "1 of 1 dispatches annotated again"));
    th_run_free(&r);
    annotations(f, f->db, f->models_env, a, sizeof a);
    assert_string_equal(a, "3/0/0");
    assert_same_as_reference(f);
    /* Other models make every dispatch stale: here, none at all. */
    char *empty = th_path(f->dir, "no-models");
    free(th_write_file(f->dir, "no-models/README", "none", (size_t)-1));
    char env[4200];
    snprintf(env, sizeof env, "VEILLE_MODELS=%s", empty);
    annotations(f, f->db, env, a, sizeof a);
    assert_string_equal(a, "0/3/0");
    r = veille_env(f->db, env, NULL, "reannotate", "--quiet", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    annotations(f, f->db, env, a, sizeof a);
    assert_string_equal(a, "3/0/0");
    char *n = sql(f->db, "SELECT count(*) FROM mentions; SELECT count(*) > 0 FROM timexes;");
    assert_string_equal(n, "0\n1\n"); /* no model, no entity; the rules still find dates */
    free(n);
    free(empty);
}

/* Re-ingesting unchanged dispatches that were stored without extraction
 * extracts them; a second time, or without models, changes nothing. */
static void test_reingest_extracts(void **state) {
    fx *f = *state;
    th_run r = veille(f, f->db, DOCS, "ingest", "-", NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "0 added, 0 updated, 3 unchanged (3 extracted again)"));
    th_run_free(&r);
    assert_same_as_reference(f);
    char a[64];
    annotations(f, f->db, f->models_env, a, sizeof a);
    assert_string_equal(a, "3/0/0");
    char *before = sql(f->db, DUMP);
    r = veille(f, f->db, DOCS, "ingest", "-", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "3 unchanged, 0 rejected"));
    th_run_free(&r);
    /* No models here: the stored extraction (with its entities) stays. */
    char *empty = th_path(f->dir, "no-models");
    free(th_write_file(f->dir, "no-models/README", "none", (size_t)-1));
    char env[4200];
    snprintf(env, sizeof env, "VEILLE_MODELS=%s", empty);
    r = veille_env(f->db, env, DOCS, "ingest", "-", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "3 unchanged, 0 rejected"));
    th_run_free(&r);
    r = veille(f, f->db, DOCS, "ingest", "--no-extract", "-", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    char *after = sql(f->db, DUMP);
    assert_string_equal(after, before);
    annotations(f, f->db, f->models_env, a, sizeof a);
    assert_string_equal(a, "3/0/0");
    free(before);
    free(after);
    free(empty);
}

/* A database of schema version 5 (no annotated_by) upgrades: its rows
 * are of an unknown version, stale until reannotated. */
static void test_migration_from_v5(void **state) {
    fx *f = *state;
    free(sql(f->ref, "DROP INDEX docs_annotated_by; ALTER TABLE docs DROP COLUMN annotated_by;"
                     " PRAGMA user_version = 5;"));
    th_run r = veille(f, f->ref, NULL, "stats", NULL);
    assert_int_not_equal(r.status, 0); /* read-only cannot migrate */
    assert_non_null(strstr(r.err, "needs migrating"));
    th_run_free(&r);
    r = veille(f, f->ref, "", "ingest", "--quiet", "-", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    char *v = sql(f->ref, "PRAGMA user_version; SELECT DISTINCT annotated_by FROM docs;");
    assert_string_equal(v, "6\nunknown\n");
    free(v);
    char a[64];
    annotations(f, f->ref, f->models_env, a, sizeof a);
    assert_string_equal(a, "0/3/0");
    char *before = sql(f->ref, DUMP);
    r = veille(f, f->ref, NULL, "reannotate", "--quiet", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    annotations(f, f->ref, f->models_env, a, sizeof a);
    assert_string_equal(a, "3/0/0");
    char *after = sql(f->ref, DUMP);
    assert_string_equal(after, before); /* same models: the same rows */
    free(before);
    free(after);
}

static void test_bad_options(void **state) {
    fx *f = *state;
    th_run r = veille(f, f->db, NULL, "reannotate", "--jobs", "x", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = veille(f, f->db, NULL, "reannotate", "extra", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "unexpected argument 'extra'"));
    th_run_free(&r);
    r = veille(f, f->db, NULL, "help", "reannotate", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "usage: veille reannotate"));
    th_run_free(&r);
    r = veille(f, f->db, NULL, "help", "ingest", NULL);
    assert_non_null(strstr(r.out, "--no-extract"));
    th_run_free(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_no_extract_searchable_without_annotations, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reannotate_matches_ingest_then_does_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_old_version_is_refreshed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reingest_extracts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migration_from_v5, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_options, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
