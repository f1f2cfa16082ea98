/*
 * test_quotes_cli.c -- quotations through the real program: "quotes" in
 * `veille annotate --json` (speakers resolved with the committed entity
 * models, code-point offsets), then ingest and `veille quotes` by speaker,
 * words and date, in text and JSON; a changed dispatch replaces its
 * quotations.  The dispatches are written for this test.
 */
#include "harness.h"

#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const DISPATCHES =
    "{\"id\":\"minsk-1\",\"date\":\"2025-09-12\",\"lang\":\"fr\",\"text\":\"Le ministre bélarusse des Affaires "
    "étrangères, Maxime Ryjenkov, a reçu jeudi deux émissaires américains à Minsk.\\n\\n« Nous sommes prêts à "
    "discuter de tout », a déclaré Maxime Ryjenkov à la presse. « Le dialogue est la seule voie », a-t-il "
    "ajouté.\\n\\nLes manoeuvres « Zapad-2025 » commencent lundi.\\n\\nLe Kremlin a estimé que la rencontre "
    "était prématurée.\"}\n"
    "{\"id\":\"senate-1\",\"date\":\"2025-09-15\",\"lang\":\"en\",\"text\":\"Senate Republican leader Mitch "
    "McConnell spoke on Monday.\\n\\n\\\"We will not accept this deal,\\\" McConnell said. \\\"The votes are "
    "simply not there,\\\" the Republican leader told reporters.\"}\n";

static th_run run_env(const char *db, const char *models, char *const *args) {
    char env1[4200], env2[4200];
    snprintf(env1, sizeof env1, "VEILLE_MODELS=%s", models);
    snprintf(env2, sizeof env2, "VEILLE_DB=%s", db);
    char *const envv[] = {env1, env2, NULL};
    return th_exec(args, NULL, 0, envv, 60);
}

static json_t *quote_at(json_t *o, json_int_t start) {
    json_t *arr = json_object_get(o, "quotes");
    for (size_t i = 0; i < json_array_size(arr); i++) {
        json_t *q = json_array_get(arr, i);
        if (json_integer_value(json_object_get(q, "start")) == start) return q;
    }
    return NULL;
}

static const char *str(json_t *o, const char *k) { return json_string_value(json_object_get(o, k)); }

static void test_annotate_and_query(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *file = th_write_file(dir, "d.jsonl", DISPATCHES, (size_t)-1);
    char *models = th_path(th_src_dir(), "models");
    char *db = th_path(dir, "q.db");
    char *const ann[] = {(char *)th_veille_bin(), "annotate", "--json", file, NULL};
    th_run r = run_env(db, models, ann);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    char *line2 = strchr(r.out, '\n');
    assert_non_null(line2);
    *line2++ = 0;
    json_t *fr = json_loads(r.out, 0, NULL), *en = json_loads(line2, 0, NULL);
    assert_non_null(fr);
    assert_non_null(en);
    /* « Nous sommes prêts … » starts after 2 paragraphs: code points */
    json_t *q = quote_at(fr, 114);
    assert_non_null(q);
    assert_string_equal(str(q, "text"), "« Nous sommes prêts à discuter de tout »");
    assert_string_equal(str(q, "speaker"), "Maxime Ryjenkov");
    assert_string_equal(str(q, "speaker_canonical"), "Maxime Ryjenkov");
    assert_string_equal(str(q, "verb"), "déclaré");
    assert_true(json_is_true(json_object_get(q, "direct")));
    assert_int_equal(json_integer_value(json_object_get(q, "end")), 154);
    assert_int_equal(json_integer_value(json_object_get(q, "speaker_start")), 166);
    assert_int_equal(json_integer_value(json_object_get(q, "speaker_end")), 181);
    /* a-t-il: the pronoun's span, the person's name */
    json_t *arr = json_object_get(fr, "quotes");
    int found_pron = 0, found_indirect = 0, zapad = 0;
    for (size_t i = 0; i < json_array_size(arr); i++) {
        json_t *x = json_array_get(arr, i);
        if (strstr(str(x, "text"), "dialogue")) {
            found_pron = 1;
            assert_string_equal(str(x, "speaker"), "Maxime Ryjenkov");
            assert_string_equal(str(x, "verb"), "ajouté");
        }
        if (json_is_false(json_object_get(x, "direct"))) {
            found_indirect = 1;
            assert_string_equal(str(x, "text"), "la rencontre était prématurée");
        }
        zapad |= strstr(str(x, "text"), "Zapad") != NULL;
    }
    assert_true(found_pron);
    assert_true(found_indirect);
    assert_false(zapad);
    /* English: the description goes to the leader named before */
    arr = json_object_get(en, "quotes");
    assert_int_equal(json_array_size(arr), 2);
    assert_string_equal(str(json_array_get(arr, 0), "speaker_canonical"), "Mitch McConnell");
    assert_string_equal(str(json_array_get(arr, 1), "speaker_canonical"), "Mitch McConnell");
    assert_string_equal(str(json_array_get(arr, 1), "verb"), "told");
    json_decref(fr);
    json_decref(en);
    th_run_free(&r);

    /* ingest, then ask */
    char *const ing[] = {(char *)th_veille_bin(), "ingest", "--quiet", file, NULL};
    r = run_env(db, models, ing);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    char *const by_speaker[] = {(char *)th_veille_bin(), "quotes", "--speaker", "ryjenkov", "--json", NULL};
    r = run_env(db, models, by_speaker);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\n"), 2);
    assert_int_equal(th_count(r.out, "\"speaker_canonical\":\"Maxime Ryjenkov\""), 2);
    th_run_free(&r);
    char *const by_words[] = {(char *)th_veille_bin(), "quotes", "votes", NULL};
    r = run_env(db, models, by_words);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\n"), 1);
    assert_non_null(strstr(r.out, "2025-09-15  senate-1  Mitch McConnell, told: \"The votes are simply not there,\""));
    th_run_free(&r);
    char *const by_date[] = {(char *)th_veille_bin(), "quotes", "--to", "2025-09-13", "--json", NULL};
    r = run_env(db, models, by_date);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\"id\":\"minsk-1\""), 3);
    assert_int_equal(th_count(r.out, "senate-1"), 0);
    th_run_free(&r);
    /* a month as both bounds: its first day to its last */
    char *const by_month[] = {(char *)th_veille_bin(), "quotes", "--from", "2025-09", "--to", "2025-09", "--json", NULL};
    r = run_env(db, models, by_month);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\"id\":\"minsk-1\""), 3);
    assert_true(th_count(r.out, "senate-1") > 0);
    th_run_free(&r);
    char *const before[] = {(char *)th_veille_bin(), "quotes", "--to", "2025-08", "--json", NULL};
    r = run_env(db, models, before);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.out_len, 0);
    th_run_free(&r);
    char *const bad[] = {(char *)th_veille_bin(), "quotes", "--from", "2025-13-45", NULL};
    r = run_env(db, models, bad);
    assert_int_not_equal(r.status, 0);
    assert_non_null(strstr(r.err, "2025-13-45"));
    th_run_free(&r);

    /* a changed dispatch replaces its quotations */
    const char *changed = "{\"id\":\"senate-1\",\"date\":\"2025-09-15\",\"lang\":\"en\",\"text\":\"Chuck Schumer "
                          "spoke.\\n\\n\\\"The bill passes today,\\\" Schumer said.\"}\n";
    char *file2 = th_write_file(dir, "c.jsonl", changed, (size_t)-1);
    char *const ing2[] = {(char *)th_veille_bin(), "ingest", "--quiet", file2, NULL};
    r = run_env(db, models, ing2);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    char *const votes[] = {(char *)th_veille_bin(), "quotes", "votes", NULL};
    r = run_env(db, models, votes);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, "");
    th_run_free(&r);
    char *const bill[] = {(char *)th_veille_bin(), "quotes", "--speaker", "Schumer", NULL};
    r = run_env(db, models, bill);
    assert_int_equal(th_count(r.out, "\n"), 1);
    assert_non_null(strstr(r.out, "The bill passes today"));
    th_run_free(&r);
    free(file2);
    free(db);
    free(models);
    free(file);
    th_tmpdir_cleanup(dir);
}

/* `veille eval quotes` on a PolNeAR-shaped folder written here: a partial
 * quotation inside an indirect Content and a direct one.  The quotations
 * row scores the quoted stretches (both), the direct row only the Content
 * that opens with a mark. */
static void test_eval_quotes(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    static const char TEXT[] = "Mayor Ellen Park called the plan \"a disaster\" on Monday.\n\n"
                               "\"We will vote against it,\" she said.\n";
    static const char ANN[] = "T1\tSource 0 16\tMayor Ellen Park\n"
                              "T2\tCue 17 23\tcalled\n"
                              "T3\tContent 24 45\tthe plan \"a disaster\"\n"
                              "T4\tAttribution 17 23\tcalled\n"
                              "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                              "T5\tContent 58 84\t\"We will vote against it,\"\n"
                              "T6\tSource 85 88\tshe\n"
                              "T7\tCue 89 93\tsaid\n"
                              "T8\tAttribution 89 93\tsaid\n"
                              "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n";
    free(th_write_file(dir, "mini/text/pub_2016-09-01_vote.txt", TEXT, (size_t)-1));
    free(th_write_file(dir, "mini/attributions/pub_2016-09-01_vote_a1.ann", ANN, (size_t)-1));
    char *part = th_path(dir, "mini"), *models = th_path(th_src_dir(), "models"), *db = th_path(dir, "unused.db");
    char *const args[] = {(char *)th_veille_bin(), "eval", "quotes", part, NULL};
    th_run r = run_env(db, models, args);
    assert_int_equal(r.status, 0);
    const char *row = strstr(r.out, "quotations (quoted stretches");
    assert_non_null(row);
    /* docs, gold, sys, then exact P R F1: both stretches found exactly */
    assert_non_null(strstr(row, "1      2      2  1.000 1.000 1.000"));
    row = strstr(r.out, "direct (content opens with a mark)");
    assert_non_null(row);
    assert_non_null(strstr(row, "1      1      2  0.500 1.000 0.667"));
    th_run_free(&r);
    free(part);
    free(models);
    free(db);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_annotate_and_query),
        cmocka_unit_test(test_eval_quotes),
    };
    return cmocka_run_group_tests_name("quotes_cli", tests, NULL, NULL);
}
