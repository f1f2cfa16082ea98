/*
 * cmd_eval_merge.c -- `veille eval merge [--tagged | --model M [--lang L]]
 * [--errors] PATH...`: how veille merges the names of one entity within
 * and across dispatches, scored against entity-linking gold (HIPE TSV's
 * NEL-LIT, BRAT Reference normalisations) with B-cubed and pairwise
 * precision, recall and F1, beside two baselines on the same mentions
 * (src/eval/merge.h); the gold's mentions, or end to end the mentions of
 * the models of each document's language (--tagged) or of one (--model).
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "eval/merge.h"

static const char *const system_names[VL_MERGE_NSYSTEMS] = {"same string", "canonical name", "veille"};
static const char *const scope_names[VL_MERGE_NSCOPES] = {"across documents", "within documents"};

static void print_row(const char *system, const char *what, const vl_merge_score *s) {
    printf("%-16s %-6s %8zu %8zu %8zu   %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f\n", system, what, s->mentions,
           s->gold_entities, s->sys_entities, 100 * s->b3_p, 100 * s->b3_r, 100 * s->b3_f, 100 * s->pair_p,
           100 * s->pair_r, 100 * s->pair_f);
}

int cmd_eval_merge(cli_env *env, int argc, char **argv) {
    cli_eval_opts o;
    int st = cli_eval_opts_parse(env, argc, argv, "merge", 1, &o);
    if (st) return st;
    const char *model_path = o.model;
    int lang = o.lang, errors = o.errors, tagged = o.tagged, npaths = o.npaths;
    char **paths = o.paths;
    if (tagged && model_path) {
        cli_fail("eval merge: --tagged or --model, not both");
        goto usage;
    }
    vl_error err;
    vl_error_clear(&err);
    vl_merge_eval *ev = NULL;
    vl_ner_model *model[VL_LANG_COUNT] = {NULL};
    vl_merge_taggers taggers = {.lang = lang};
    int rc = VL_OK;
    if (model_path) {
        /* one model for every document, in its language or --lang's */
        rc = vl_ner_model_open(model_path, &model[0], &err);
        if (!rc && taggers.lang < 0) taggers.lang = (int)vl_ner_model_lang(model[0]);
        for (int l = 0; l < VL_LANG_COUNT && !rc; l++) taggers.model[l] = model[0];
    } else if (tagged) {
        /* the models ingest uses, each document by its language */
        for (int l = VL_LANG_FR; l < VL_LANG_COUNT && !rc; l++) {
            char path[4200];
            cli_ner_model_path((vl_lang)l, path, sizeof path);
            if (!(rc = vl_ner_model_open(path, &model[l], &err))) taggers.model[l] = model[l];
        }
    }
    if (!rc) rc = vl_merge_eval_new(model_path || tagged ? &taggers : NULL, &ev, &err);
    size_t docs = 0;
    for (int p = 0; p < npaths && !rc; p++) {
        vl_ner_corpus *c = NULL;
        vl_ner_unit u;
        if ((rc = vl_ner_corpus_open(paths[p], &c, &err))) break;
        int more;
        while ((more = vl_ner_corpus_next(c, &u, &err)) > 0 && !(rc = vl_merge_eval_unit(ev, &u, &err))) docs++;
        if (more < 0) rc = more;
        vl_ner_corpus_close(c);
    }
    vl_merge_score s;
    if (!rc && (rc = vl_merge_eval_score(ev, VL_MERGE_VEILLE, VL_MERGE_ACROSS, -1, &s, &err)) == VL_OK &&
        !s.mentions)
        rc = vl_error_set(&err, VL_EFORMAT, paths[0], 0,
                          "no linked mention: the gold gives no entity links (HIPE NEL-LIT, BRAT Reference)");
    if (!rc && errors) rc = vl_merge_eval_errors(ev, stdout, &err);
    if (rc) {
        cli_error(&err);
        vl_merge_eval_free(ev);
        for (int l = 0; l < VL_LANG_COUNT; l++) vl_ner_model_close(model[l]);
        free(paths);
        return cli_exit_for(err.code);
    }
    size_t linked, scored;
    vl_merge_eval_coverage(ev, &linked, &scored);
    if (model_path || tagged)
        printf("end to end with %s: %zu of the %zu linked gold mentions tagged with their exact span, scored\n",
               model_path ? model_path : "the models of each document's language", scored, linked);
    printf("%zu documents; %zu linked mentions of %zu gold entities\n", docs, s.mentions, s.gold_entities);
    for (int scope = 0; scope < VL_MERGE_NSCOPES; scope++) {
        printf("\n%s%*s mentions     gold   system   B3: P      R      F1     pairs: P  R      F1\n",
               scope_names[scope], (int)(23 - strlen(scope_names[scope])), "");
        for (int sys = 0; sys < VL_MERGE_NSYSTEMS && !rc; sys++) {
            rc = vl_merge_eval_score(ev, sys, scope, -1, &s, &err);
            if (!rc) print_row(system_names[sys], "all", &s);
            for (int t = 0; t < VL_NER_NTYPES && !rc && sys == VL_MERGE_VEILLE; t++) {
                if ((rc = vl_merge_eval_score(ev, sys, scope, t, &s, &err)) || !s.mentions) continue;
                print_row("", vl_ner_type_name((vl_ner_type)t), &s);
            }
        }
    }
    vl_merge_eval_free(ev);
    for (int l = 0; l < VL_LANG_COUNT; l++) vl_ner_model_close(model[l]);
    free(paths);
    if (rc) {
        cli_error(&err);
        return cli_exit_for(err.code);
    }
    return EXIT_OK;
usage:
    free(paths);
    return cli_usage("eval");
}
