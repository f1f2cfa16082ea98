/*
 * cmd_eval_ner.c -- `veille eval ner [--errors] PATH...`: tags gold corpora
 * with an entity model and prints conlleval's scores (exact span and type:
 * precision, recall, F1, overall and per type), in conlleval's layout;
 * --errors first lists the missed and spurious entities.
 */
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cli/cli.h"
#include "ner/ner_internal.h"

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }
static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

/* Units read to tell the corpus's language, at most: the identifier reads
 * the first 4 KB of what it is given, which a corpus of short dispatches,
 * headlines or results tables may only reach over several of them. */
enum { LANG_SAMPLE_BYTES = 4096, LANG_SAMPLE_UNITS = 64 };

/* The language of the corpus at path, which picks the default model:
 * identified on the text of its first units together (the first alone
 * may be a headline with no function words, and would then send an
 * English corpus to the French model).  French when undetermined.
 * Returns -1 with err set when the corpus cannot be read. */
static int corpus_language(const char *path, vl_error *err) {
    vl_ner_corpus *c = NULL;
    vl_ner_unit u;
    vl_buf sample;
    vl_buf_init(&sample);
    int rc = vl_ner_corpus_open(path, &c, err);
    for (int n = 0; !rc && n < LANG_SAMPLE_UNITS && sample.len < LANG_SAMPLE_BYTES; n++) {
        int more = vl_ner_corpus_next(c, &u, err);
        if (more <= 0) {
            rc = more;
            break;
        }
        if (vl_buf_append(&sample, u.text, u.len) || vl_buf_putc(&sample, '\n'))
            rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    vl_ner_corpus_close(c);
    int lang = vl_lang_identify(sample.data, sample.len) == VL_LANG_EN ? VL_LANG_EN : VL_LANG_FR;
    vl_buf_free(&sample);
    return rc ? -1 : lang;
}

int cmd_eval_ner(cli_env *env, int argc, char **argv) {
    cli_eval_opts o;
    int st = cli_eval_opts_parse(env, argc, argv, "ner", 0, &o);
    if (st) return st;
    const char *model_path = o.model;
    int lang = o.lang, errors = o.errors, npaths = o.npaths;
    char **paths = o.paths;
    vl_error err;
    vl_error_clear(&err);
    vl_ner_corpus *c = NULL;
    vl_ner_unit u;
    int rc = 0;
    if (lang < 0 && !model_path && (lang = corpus_language(paths[0], &err)) < 0) {
        cli_error(&err);
        free(paths);
        return cli_exit_for(err.code);
    }
    char def[4200];
    if (!model_path) {
        cli_ner_model_path((vl_lang)lang, def, sizeof def);
        model_path = def;
    }
    vl_ner_model *m;
    double t0 = cli_now_s();
    if (vl_ner_model_open(model_path, &m, &err)) {
        cli_error(&err);
        free(paths);
        return cli_exit_for(err.code);
    }
    double t_open = cli_now_s() - t0;
    if (lang < 0) lang = vl_ner_model_lang(m);
    vl_ner_scores sc;
    memset(&sc, 0, sizeof sc);
    if (errors) sc.errors = stdout; /* listed before the scores */
    int status = EXIT_OK;
    double t_tag = 0;
    for (int p = 0; p < npaths && status == EXIT_OK; p++) {
        if (vl_ner_corpus_open(paths[p], &c, &err)) {
            cli_error(&err);
            status = cli_exit_for(err.code);
            break;
        }
        while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) {
            double t1 = cli_now_s();
            rc = vl_ner_eval_unit(m, &u, (vl_lang)lang, &sc, &err);
            t_tag += cli_now_s() - t1;
            if (rc) break;
        }
        if (rc < 0) {
            cli_error(&err);
            status = cli_exit_for(err.code);
        }
        vl_ner_corpus_close(c);
    }
    vl_ner_model_close(m);
    free(paths);
    if (status != EXIT_OK) return status;
    size_t g = 0, f = 0, cr = 0;
    for (int t = 0; t < VL_NER_NTYPES; t++) {
        g += sc.gold[t];
        f += sc.found[t];
        cr += sc.correct[t];
    }
    printf("processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n", sc.tokens, g, f, cr);
    double P = pct(cr, f), R = pct(cr, g);
    printf("accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", pct(sc.tokens_correct, sc.tokens),
           P, R, f1(P, R));
    for (int t = 0; t < VL_NER_NTYPES; t++) {
        if (!sc.gold[t] && !sc.found[t]) continue;
        double p = pct(sc.correct[t], sc.found[t]), r = pct(sc.correct[t], sc.gold[t]);
        printf("%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %zu\n", vl_ner_type_name((vl_ner_type)t), p,
               r, f1(p, r), sc.found[t]);
    }
    fprintf(stderr, "model %s (%s), opened in %.1f ms; %zu gold spans off token boundaries; %.0f tokens/s\n",
            model_path, vl_lang_code((vl_lang)lang), t_open * 1000, sc.misaligned,
            t_tag > 0 ? (double)sc.tokens / t_tag : 0.0);
    return EXIT_OK;
}
