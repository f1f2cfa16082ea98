/*
 * test_entity_store_cli.c -- stored entities through the real program and
 * the committed models: ingest links "Mark Rutte", "M. Rutte" and a later
 * lone "Rutte" across French and English dispatches, and "Bélarus" with
 * "Belarus", "l'OTAN" with "NATO"; `veille entities`, `veille entity NAME`, `veille search
 * --entity` and `veille show` read them; replacing a dispatch takes its
 * mentions out of the counts, re-ingesting it unchanged changes nothing;
 * migrating a version-2 database fills the entities in; unknown names and bad options fail with a clear message.  The
 * dispatches are written for this test.
 */
#include "harness.h"

#include <cmocka.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const DOCS =
    "{\"id\":\"fr-1\",\"date\":\"2026-03-02\",\"lang\":\"fr\",\"title\":\"Mark Rutte à La Haye\",\"text\":\"Le "
    "secrétaire général de l'OTAN, Mark Rutte, est arrivé mardi à La Haye pour préparer le sommet de "
    "l'Alliance. M. Rutte a ensuite appelé les dirigeants de la Pologne et de la Lituanie au sujet du "
    "Bélarus.\"}\n"
    "{\"id\":\"en-1\",\"date\":\"2026-03-05\",\"lang\":\"en\",\"title\":\"Rutte in Vilnius\",\"text\":\"NATO "
    "Secretary-General Mark Rutte arrived in Vilnius on Thursday for talks with the Lithuanian government. "
    "Rutte said the alliance was watching troop movements in Belarus closely.\"}\n"
    "{\"id\":\"fr-2\",\"date\":\"2026-03-09\",\"lang\":\"fr\",\"title\":\"Nouvel appel\",\"text\":\"Lundi à "
    "Varsovie, Rutte a de nouveau appelé le Bélarus à la retenue. La Pologne a renforcé sa frontière.\"}\n";

static const char *const FR2_V2 =
    "{\"id\":\"fr-2\",\"date\":\"2026-03-09\",\"lang\":\"fr\",\"title\":\"Nouvel appel\",\"text\":\"Lundi à "
    "Varsovie, le gouvernement a de nouveau appelé au calme. La Pologne a renforcé sa frontière.\"}\n";

typedef struct fx {
    char *dir, *db, *models_env;
} fx;

/* Runs veille --db DB ARGS... (NULL-terminated) with the committed models. */
static th_run veille(fx *f, const char *input, ...) {
    char *argv[32];
    int n = 0;
    argv[n++] = (char *)th_veille_bin();
    argv[n++] = "--db";
    argv[n++] = f->db;
    va_list ap;
    va_start(ap, input);
    const char *a;
    while ((a = va_arg(ap, const char *)) && n < 31) argv[n++] = (char *)a;
    va_end(ap);
    argv[n] = NULL;
    char *const env[] = {f->models_env, NULL};
    return th_exec(argv, input, input ? strlen(input) : 0, env, 60);
}

static int setup(void **state) {
    fx *f = calloc(1, sizeof *f);
    f->dir = th_tmpdir();
    f->db = th_path(f->dir, "e.db");
    char *models = th_path(th_src_dir(), "models");
    f->models_env = malloc(strlen(models) + 32);
    sprintf(f->models_env, "VEILLE_MODELS=%s", models);
    free(models);
    th_run r = veille(f, DOCS, "ingest", "--quiet", "-", NULL);
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
    free(f->models_env);
    free(f);
    return 0;
}

/* `veille entity NAME --json`, parsed. */
static json_t *entity(fx *f, const char *name) {
    th_run r = veille(f, NULL, "entity", "--json", name, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    th_run_free(&r);
    return o;
}

static json_int_t num(json_t *o, const char *k) { return json_integer_value(json_object_get(o, k)); }
static const char *str(json_t *o, const char *k) { return json_string_value(json_object_get(o, k)); }

static json_int_t alias_count(json_t *o, const char *alias) {
    json_t *a = json_object_get(o, "aliases");
    for (size_t i = 0; i < json_array_size(a); i++)
        if (strcmp(str(json_array_get(a, i), "name"), alias) == 0) return num(json_array_get(a, i), "count");
    return 0;
}

static void test_linked_across_dispatches(void **state) {
    fx *f = *state;
    json_t *o = entity(f, "rutte");
    assert_string_equal(str(o, "name"), "Mark Rutte");
    assert_string_equal(str(o, "type"), "PER");
    assert_int_equal(num(o, "docs"), 3);
    assert_string_equal(str(o, "first_seen"), "2026-03-02");
    assert_string_equal(str(o, "last_seen"), "2026-03-09");
    assert_true(alias_count(o, "Rutte") >= 2);
    assert_true(alias_count(o, "Mark Rutte") >= 2);
    json_t *d = json_object_get(o, "dispatches");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(str(json_array_get(d, 0), "id"), "fr-2");
    assert_string_equal(str(json_array_get(d, 2), "title"), "Mark Rutte à La Haye");
    assert_string_equal(str(json_array_get(json_object_get(o, "months"), 0), "month"), "2026-03");
    json_decref(o);
    /* One entity for the French and the English spelling of the country. */
    o = entity(f, "BELARUS");
    assert_string_equal(str(o, "name"), "Bélarus");
    assert_int_equal(num(o, "docs"), 3);
    assert_int_equal(alias_count(o, "Belarus"), 1);
    /* Mark Rutte shares all three dispatches with it. */
    json_t *rel = json_object_get(o, "related");
    int found = 0;
    for (size_t i = 0; i < json_array_size(rel); i++)
        if (strcmp(str(json_array_get(rel, i), "name"), "Mark Rutte") == 0) {
            found = 1;
            assert_int_equal(num(json_array_get(rel, i), "shared"), 3);
        }
    assert_true(found);
    json_decref(o);
    /* And of the alliance, linked through Apertium's dictionaries. */
    o = entity(f, "NATO");
    assert_int_equal(num(o, "docs"), 2);
    assert_int_equal(alias_count(o, "OTAN"), 1);
    assert_int_equal(alias_count(o, "NATO"), 1);
    json_decref(o);
    /* The text form too. */
    th_run r = veille(f, NULL, "entity", "Mark", "Rutte", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "Mark Rutte  PER"));
    assert_non_null(strstr(r.out, "fr-1"));
    /* the months as a table under its header */
    const char *head = strstr(r.out, "month     mentions  dispatches\n");
    assert_non_null(head);
    assert_non_null(strstr(head, "\n2026-03 "));
    th_run_free(&r);
}

static void test_list_search_show(void **state) {
    fx *f = *state;
    th_run r = veille(f, NULL, "entities", "--type", "per", "--json", NULL);
    assert_int_equal(r.status, 0);
    json_t *first = json_loads(r.out, JSON_DISABLE_EOF_CHECK, NULL);
    assert_non_null(first);
    assert_string_equal(str(first, "name"), "Mark Rutte");
    json_decref(first);
    th_run_free(&r);
    /* The table lines its dates up under "seen" whatever the bytes of the
     * names ("Bélarus" is 8 bytes in 7 columns). */
    r = veille(f, NULL, "entities", NULL);
    assert_int_equal(r.status, 0);
    const char *head = strstr(r.out, "seen"), *bel = strstr(r.out, "Bélarus"), *mark = strstr(r.out, "Mark Rutte");
    assert_non_null(head);
    assert_non_null(bel);
    assert_non_null(mark);
    const char *line_of_bel = bel, *line_of_mark = mark;
    while (line_of_bel > r.out && line_of_bel[-1] != '\n') line_of_bel--;
    while (line_of_mark > r.out && line_of_mark[-1] != '\n') line_of_mark--;
    size_t cols = 0;
    for (const char *p = line_of_bel; p < strstr(line_of_bel, "2026-"); p++) cols += ((unsigned char)*p & 0xC0) != 0x80;
    assert_int_equal(cols, (size_t)(strstr(line_of_mark, "2026-") - line_of_mark));
    assert_int_equal(cols, (size_t)(head - r.out));
    th_run_free(&r);
    /* A period without dispatches lists nothing. */
    r = veille(f, NULL, "entities", "--from", "2026-04-01", "--json", NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.out_len, 0);
    th_run_free(&r);
    /* A month as a bound: --to 2026-03 counts up to the 31st, so the
     * dispatch of the 9th is in; --to 2026-02 leaves every one out. */
    r = veille(f, NULL, "entities", "--from", "2026-03", "--to", "2026-03", "--json", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"Mark Rutte\""));
    th_run_free(&r);
    r = veille(f, NULL, "entities", "--to", "2026-02", "--json", NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.out_len, 0);
    th_run_free(&r);
    /* Search by entity: all its dispatches newest first, or with a query. */
    r = veille(f, NULL, "search", "--entity", "MARK RUTTE", "--json", NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\"rank\""), 3);
    assert_true(strstr(r.out, "\"fr-2\"") < strstr(r.out, "\"fr-1\""));
    th_run_free(&r);
    r = veille(f, NULL, "search", "--entity", "Biélorussie", "--json", "retenue", NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\"rank\""), 1);
    assert_non_null(strstr(r.out, "\"fr-2\""));
    th_run_free(&r);
    r = veille(f, NULL, "search", "--entity", "Personne", "sommet", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "no document matches"));
    th_run_free(&r);
    /* show lists the dispatch's mentions with their entity's name. */
    r = veille(f, NULL, "show", "--json", "fr-2", NULL);
    assert_int_equal(r.status, 0);
    json_t *o = json_loads(r.out, 0, NULL);
    json_t *ents = json_object_get(o, "entities");
    int rutte = 0;
    for (size_t i = 0; i < json_array_size(ents); i++) {
        json_t *e = json_array_get(ents, i);
        if (strcmp(str(e, "text"), "Rutte") == 0) {
            rutte = 1;
            assert_string_equal(str(e, "name"), "Mark Rutte");
            assert_string_equal(str(e, "type"), "PER");
            assert_int_equal(num(e, "start"), 18);
            assert_int_equal(num(e, "end"), 23);
        }
    }
    assert_true(rutte);
    json_decref(o);
    th_run_free(&r);
}

static void test_update_keeps_counts(void **state) {
    fx *f = *state;
    json_t *before = entity(f, "Mark Rutte");
    /* Unchanged: nothing moves. */
    th_run r = veille(f, DOCS, "ingest", "--quiet", "-", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    json_t *same = entity(f, "Mark Rutte");
    assert_int_equal(num(same, "mentions"), num(before, "mentions"));
    assert_int_equal(num(same, "docs"), 3);
    json_decref(same);
    /* fr-2 no longer mentions him: one mention and one dispatch fewer. */
    r = veille(f, FR2_V2, "ingest", "--quiet", "-", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    json_t *after = entity(f, "Mark Rutte");
    assert_int_equal(num(after, "mentions"), num(before, "mentions") - 1);
    assert_int_equal(num(after, "docs"), 2);
    assert_string_equal(str(after, "last_seen"), "2026-03-05");
    assert_int_equal(alias_count(after, "Rutte"), alias_count(before, "Rutte") - 1);
    json_decref(before);
    json_decref(after);
    json_t *by = entity(f, "Bélarus");
    assert_int_equal(num(by, "docs"), 2);
    json_decref(by);
    r = veille(f, NULL, "search", "--entity", "rutte", "--json", NULL);
    assert_int_equal(th_count(r.out, "\"rank\""), 2);
    assert_null(strstr(r.out, "\"fr-2\""));
    th_run_free(&r);
}

static void test_bad_names_and_options(void **state) {
    fx *f = *state;
    th_run r = veille(f, NULL, "entity", "Personne Inconnue", NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "no entity named \"Personne Inconnue\""));
    assert_int_equal(r.out_len, 0);
    th_run_free(&r);
    r = veille(f, NULL, "entity", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "no NAME"));
    th_run_free(&r);
    r = veille(f, NULL, "entities", "--type", "PERSON", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "unknown entity type \"PERSON\""));
    th_run_free(&r);
    r = veille(f, NULL, "entities", "--from", "2026-02-30", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "2026-02-30"));
    th_run_free(&r);
    r = veille(f, NULL, "entities", "--limit", "lots", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = veille(f, NULL, "help", "entity", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "usage: veille entity"));
    th_run_free(&r);
}

/* A database of schema version 2 (no entity tables, nor the later
 * quantities and events) gets its stored
 * dispatches' entities when a read-write open migrates it. */
static void test_migration_fills_entities(void **state) {
    fx *f = *state;
    char load[4200];
    snprintf(load, sizeof load, ".load %s", th_veille_ext()); /* quotes_fts's tokenizer */
    char *argv[] = {"sqlite3", "-cmd", load, f->db,
                    "DROP TABLE entities; DROP TABLE entity_keys; DROP TABLE entity_aliases;"
                    " DROP TABLE entity_docs; DROP TABLE mentions; DROP TABLE quantities; DROP TABLE events;"
                    /* the later migrations' tables too: version 2 had none */
                    " DROP TABLE IF EXISTS quotes_fts; DROP TABLE IF EXISTS quotes;"
                    " DROP INDEX IF EXISTS docs_annotated_by; ALTER TABLE docs DROP COLUMN annotated_by;"
                    " PRAGMA user_version = 2;",
                    NULL};
    th_run r = th_exec(argv, NULL, 0, NULL, 60);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    /* Read-only cannot migrate. */
    r = veille(f, NULL, "entity", "rutte", NULL);
    assert_int_not_equal(r.status, 0);
    assert_non_null(strstr(r.err, "needs migrating"));
    th_run_free(&r);
    r = veille(f, "", "ingest", "--quiet", "-", NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    json_t *o = entity(f, "rutte");
    assert_string_equal(str(o, "name"), "Mark Rutte");
    assert_int_equal(num(o, "docs"), 3);
    json_decref(o);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_linked_across_dispatches, setup, teardown),
        cmocka_unit_test_setup_teardown(test_list_search_show, setup, teardown),
        cmocka_unit_test_setup_teardown(test_update_keeps_counts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_names_and_options, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migration_fills_entities, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
