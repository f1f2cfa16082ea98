/*
 * cmd_train.c -- `veille train ner`: trains an entity model from gold
 * corpora (BRAT, HIPE TSV, CoNLL columns) and writes the model file.  The
 * work is in src/ner/train.c; this only reads arguments and reports.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "ner/ner_internal.h"

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void on_epoch(void *ctx, int epoch, size_t sentences, size_t errors) {
    double *t0 = ctx;
    fprintf(stderr, "epoch %d: %zu sentences, %zu token errors (%.1f s)\n", epoch, sentences, errors,
            now_s() - *t0);
}

int cmd_train(cli_env *env, int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "ner") != 0) {
        cli_fail("train: what to train? only 'ner' for now");
        return cli_usage("train");
    }
    const char *lang_s = NULL, *out = NULL, *v, *gaz_dir = NULL;
    int epochs = 10, bits = 18, k, npaths = 0;
    char **paths = calloc((size_t)argc, sizeof *paths);
    if (!paths) return EXIT_FATAL;
    for (int i = 2; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--lang", &lang_s))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "-o", &out))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--gazetteers", &gaz_dir))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--epochs", &v))) {
            if (k < 0 || cli_int("--epochs", v, 1000, &epochs)) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--hash-bits", &v))) {
            if (k < 0 || cli_int("--hash-bits", v, 26, &bits)) goto usage;
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            cli_fail("train: unknown option '%s'", argv[i]);
            goto usage;
        } else {
            paths[npaths++] = argv[i++];
        }
    }
    int lang = lang_s ? vl_lang_parse(lang_s) : -1;
    if (lang != VL_LANG_FR && lang != VL_LANG_EN) {
        cli_fail("train: --lang fr or --lang en is needed");
        goto usage;
    }
    if (!out || !npaths) {
        cli_fail("train: %s", !out ? "no model file given (-o MODEL)" : "no CORPUS given");
        goto usage;
    }
    if (epochs < 1 || bits < 8) {
        cli_fail("train: --epochs must be at least 1 and --hash-bits at least 8");
        goto usage;
    }
    double t0 = now_s();
    vl_ner_gaz gaz = {0};
    vl_ner_train_opts opts = {.lang = (vl_lang)lang, .epochs = epochs, .bits = (unsigned)bits,
                              .on_epoch = on_epoch, .ctx = &t0, .gaz = gaz_dir ? &gaz : NULL};
    vl_ner_trainer *t;
    vl_error err;
    vl_error_clear(&err);
    if (gaz_dir) {
        if (vl_ner_gaz_load(gaz_dir, (vl_lang)lang, &gaz, &err)) {
            cli_error(&err);
            free(paths);
            return cli_exit_for(err.code);
        }
        fprintf(stderr, "gazetteers: %zu table entries from %s\n", gaz.entries, gaz_dir);
    }
    if (vl_ner_trainer_new(&opts, &t, &err)) {
        cli_error(&err);
        vl_ner_gaz_free(&gaz);
        free(paths);
        return cli_exit_for(err.code);
    }
    int status = EXIT_OK;
    for (int p = 0; p < npaths && status == EXIT_OK; p++) {
        vl_ner_corpus *c;
        if (vl_ner_corpus_open(paths[p], &c, &err)) {
            cli_error(&err);
            status = cli_exit_for(err.code);
            break;
        }
        size_t tok0 = vl_ner_trainer_tokens(t), units = 0, ents = 0;
        vl_ner_unit u;
        int rc;
        while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) {
            units++;
            ents += u.ngold;
            if ((rc = vl_ner_trainer_add(t, &u, &err)) != 0) break;
        }
        if (rc < 0) {
            cli_error(&err);
            status = cli_exit_for(err.code);
        } else {
            fprintf(stderr, "%s: %zu units, %zu tokens, %zu entities\n", paths[p], units,
                    vl_ner_trainer_tokens(t) - tok0, ents);
        }
        vl_ner_corpus_close(c);
    }
    if (status == EXIT_OK) {
        fprintf(stderr, "training on %zu sentences, %zu tokens, %d epochs, 2^%d weight rows\n",
                vl_ner_trainer_sentences(t), vl_ner_trainer_tokens(t), epochs, bits);
        if (vl_ner_trainer_run(t, out, &err)) {
            cli_error(&err);
            status = cli_exit_for(err.code);
        } else {
            fprintf(stderr, "wrote %s in %.1f s\n", out, now_s() - t0);
        }
    }
    vl_ner_trainer_free(t);
    vl_ner_gaz_free(&gaz);
    free(paths);
    return status;
usage:
    free(paths);
    return cli_usage("train");
}
