/*
 * test_entities_cli.c -- named entities in `veille annotate --json`
 * through the real program: the committed models found through
 * $VEILLE_MODELS, mentions with code-point offsets and their canonical
 * names merged within the dispatch; no model for the language gives no
 * entities and no error; a corrupt model is refused with a message.  The
 * dispatches are written for this test.
 */
#include "harness.h"

#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const DISPATCHES =
    "{\"id\":\"otan-1\",\"date\":\"2025-06-24\",\"lang\":\"fr\",\"text\":\"Le secrétaire général de "
    "l'OTAN, Mark Rutte, est arrivé mardi à La Haye pour le sommet de l'Alliance.\\n\\nM. Rutte a demandé "
    "aux alliés européens d'augmenter leurs dépenses militaires. Selon Rutte, la Russie reste la principale "
    "menace.\"}\n"
    "{\"id\":\"nato-1\",\"date\":\"2025-06-24\",\"lang\":\"en\",\"text\":\"NATO Secretary-General Mark Rutte "
    "arrived in The Hague on Tuesday for the alliance summit.\\n\\nMr. Rutte urged European allies to raise "
    "military spending. Rutte said Russia remained the main threat.\"}\n";

/* Runs `veille annotate --json FILE` with VEILLE_MODELS=models. */
static th_run annotate(const char *models, const char *file) {
    char env[4200];
    snprintf(env, sizeof env, "VEILLE_MODELS=%s", models);
    char *const envv[] = {env, NULL};
    char *const argv[] = {(char *)th_veille_bin(), "annotate", "--json", (char *)file, NULL};
    return th_exec(argv, NULL, 0, envv, 60);
}

/* The entity of o with this type whose text starts at code point start. */
static json_t *entity_at(json_t *o, const char *type, json_int_t start) {
    json_t *arr = json_object_get(o, "entities");
    for (size_t i = 0; i < json_array_size(arr); i++) {
        json_t *e = json_array_get(arr, i);
        if (json_integer_value(json_object_get(e, "start")) == start &&
            strcmp(json_string_value(json_object_get(e, "type")), type) == 0)
            return e;
    }
    return NULL;
}

static void check_entity(json_t *o, const char *type, json_int_t start, json_int_t end, const char *text,
                         const char *canonical) {
    json_t *e = entity_at(o, type, start);
    if (!e) fail_msg("no %s entity at %lld (%s)", type, (long long)start, text);
    assert_int_equal(json_integer_value(json_object_get(e, "end")), end);
    assert_string_equal(json_string_value(json_object_get(e, "text")), text);
    assert_string_equal(json_string_value(json_object_get(e, "canonical")), canonical);
}

static void test_entities_in_annotation(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *file = th_write_file(dir, "d.jsonl", DISPATCHES, (size_t)-1);
    char *models = th_path(th_src_dir(), "models");
    th_run r = annotate(models, file);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    char *line2 = strchr(r.out, '\n');
    assert_non_null(line2);
    *line2++ = 0;
    json_t *fr = json_loads(r.out, 0, NULL), *en = json_loads(line2, 0, NULL);
    assert_non_null(fr);
    assert_non_null(en);
    /* French: "général" and "arrivé" count one code point per letter. */
    check_entity(fr, "ORG", 27, 31, "OTAN", "OTAN");
    check_entity(fr, "PER", 33, 43, "Mark Rutte", "Mark Rutte");
    check_entity(fr, "LOC", 64, 71, "La Haye", "La Haye");
    json_t *later = entity_at(fr, "PER", 106); /* "Rutte" after "M." (or "M. Rutte") */
    if (!later) later = entity_at(fr, "PER", 103);
    assert_non_null(later);
    assert_string_equal(json_string_value(json_object_get(later, "canonical")), "Mark Rutte");
    check_entity(fr, "PER", 188, 193, "Rutte", "Mark Rutte");
    check_entity(en, "PER", 23, 33, "Mark Rutte", "Mark Rutte");
    check_entity(en, "LOC", 45, 54, "The Hague", "The Hague");
    check_entity(en, "PER", 152, 157, "Rutte", "Mark Rutte");
    check_entity(en, "LOC", 163, 169, "Russia", "Russia");
    json_decref(fr);
    json_decref(en);
    th_run_free(&r);

    /* No model for the language: no entities, no error. */
    char *empty = th_path(dir, "none");
    r = annotate(empty, file);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\"entities\":[]"), 2);
    th_run_free(&r);

    /* A corrupt model is refused at start, with the file named. */
    char *bad = th_write_file(dir, "bad/ner-en.model", "VLNERMOD not really a model", (size_t)-1);
    char *baddir = th_path(dir, "bad");
    r = annotate(baddir, file);
    assert_int_not_equal(r.status, 0);
    assert_non_null(strstr(r.err, "ner-en.model"));
    th_run_free(&r);

    free(bad);
    free(baddir);
    free(empty);
    free(models);
    free(file);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_entities_in_annotation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
