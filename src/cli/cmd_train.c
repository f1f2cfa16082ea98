/*
 * cmd_train.c -- `veille train ner`: trains an entity model from gold
 * corpora (BRAT, HIPE TSV, CoNLL columns) and writes the model file;
 * `veille train clusters`: word clusters from raw text files.  The work is
 * in src/ner/train.c and src/ner/clusters.c; this only reads arguments and
 * reports.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "ner/ner_internal.h"

static void on_epoch(void *ctx, int epoch, size_t sentences, size_t errors) {
    double *t0 = ctx;
    fprintf(stderr, "epoch %d: %zu sentences, %zu token errors (%.1f s)\n", epoch, sentences, errors,
            cli_now_s() - *t0);
}

static void on_iter(void *ctx, int stage, int iter, double objective) {
    double *t0 = ctx;
    fprintf(stderr, "crf stage %d iteration %d: objective %.6g (%.1f s)\n", stage, iter, objective, cli_now_s() - *t0);
}

/* veille train clusters --lang L [--words N] [--contexts N] [--iterations N] [--tokens FILE]
 *                      [--vectors FILE] TEXT... [-o FILE]
 * --tokens writes the text's words for a word-vector program (fastText);
 * --vectors clusters the same words by the vectors it learned from them
 * instead of by their neighbours. */
static int train_clusters(cli_env *env, int argc, char **argv) {
    const char *lang_s = NULL, *out = NULL, *v, *tokens = NULL, *vectors = NULL;
    int words = 24000, contexts = 600, iters = VL_NER_CLUSTER_ITERS, k, status = EXIT_OK;
    vl_error err;
    vl_error_clear(&err);
    vl_ner_cluster_trainer *t = NULL;
    char *buf = NULL;
    int nfiles = 0;
    char **files = calloc((size_t)argc, sizeof *files);
    if (!files) return EXIT_FATAL;
    for (int i = 2; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--lang", &lang_s)) ||
            (k = cli_value(argc, argv, &i, "-o", &out)) || (k = cli_value(argc, argv, &i, "--tokens", &tokens)) ||
            (k = cli_value(argc, argv, &i, "--vectors", &vectors))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--words", &v))) {
            if (k < 0 || cli_int("--words", v, 1000000, &words)) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--contexts", &v))) {
            if (k < 0 || cli_int("--contexts", v, 100000, &contexts)) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--iterations", &v))) {
            if (k < 0 || cli_int("--iterations", v, 10000, &iters)) goto usage;
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            cli_fail("train: unknown option '%s'", argv[i]);
            goto usage;
        } else {
            files[nfiles++] = argv[i++];
        }
    }
    int lang = lang_s ? vl_lang_parse(lang_s) : -1;
    if ((lang != VL_LANG_FR && lang != VL_LANG_EN) || (!out && !tokens) || (vectors && !out) || !nfiles || words < 1 ||
        contexts < 1 || iters < 1) {
        cli_fail("train clusters: --lang fr|en, TEXT... and -o FILE (or --tokens FILE) are needed");
        goto usage;
    }
    double t0 = cli_now_s();
    if (vl_ner_cluster_trainer_new((vl_lang)lang, &t, &err)) {
        cli_error(&err);
        free(files);
        return cli_exit_for(err.code);
    }
    vl_ner_cluster_trainer_set_iterations(t, iters);
    for (int fi = 0; fi < nfiles && status == EXIT_OK; fi++) {
        FILE *f = strcmp(files[fi], "-") == 0 ? stdin : fopen(files[fi], "rb");
        if (!f) {
            cli_fail("train clusters: cannot read %s", files[fi]);
            status = EXIT_FATAL;
            break;
        }
        /* One paragraph (blank-line separated) at a time: bounded memory. */
        size_t cap = 0, len = 0;
        char *line = NULL;
        ssize_t n;
        while (status == EXIT_OK) {
            n = getline(&line, &cap, f);
            if (n > 0 && !(n == 1 && line[0] == '\n')) {
                char *nb = realloc(buf, len + (size_t)n + 1);
                if (!nb) {
                    status = EXIT_FATAL;
                    break;
                }
                buf = nb;
                memcpy(buf + len, line, (size_t)n);
                len += (size_t)n;
                continue;
            }
            if (len && vl_ner_cluster_trainer_add(t, buf, len, &err)) {
                cli_error(&err);
                status = cli_exit_for(err.code);
            }
            len = 0;
            if (n < 0) break;
        }
        free(line);
        if (f != stdin) fclose(f);
    }
    if (status == EXIT_OK && tokens) {
        if (vl_ner_cluster_trainer_write_tokens(t, tokens, &err)) {
            cli_error(&err);
            status = cli_exit_for(err.code);
        } else {
            fprintf(stderr, "wrote %s in %.1f s\n", tokens, cli_now_s() - t0);
        }
    }
    size_t missing = 0;
    if (status == EXIT_OK && out) {
        if (vectors ? vl_ner_cluster_trainer_run_vectors(t, (size_t)words, vectors, out, &missing, &err)
                    : vl_ner_cluster_trainer_run(t, (size_t)words, (size_t)contexts, out, &err)) {
            cli_error(&err);
            status = cli_exit_for(err.code);
        } else {
            if (missing) fprintf(stderr, "%zu words without a vector in %s, left out\n", missing, vectors);
            fprintf(stderr, "wrote %s in %.1f s\n", out, cli_now_s() - t0);
        }
    }
    free(buf);
    free(files);
    vl_ner_cluster_trainer_free(t);
    return status;
usage:
    free(files);
    return cli_usage("train");
}

int cmd_train(cli_env *env, int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "clusters") == 0) return train_clusters(env, argc, argv);
    if (argc < 2 || strcmp(argv[1], "ner") != 0) {
        cli_fail("train: what to train? 'ner' or 'clusters'");
        return cli_usage("train");
    }
    const char *lang_s = NULL, *out = NULL, *v, *gaz_dir = NULL, *cl_paths[VL_NER_MAX_CLUSTERINGS];
    int epochs = 10, bits = 18, seed = 0, orders = 1, k, npaths = 0, crf = 0, max_iter = 0, ncl = 0;
    double c2 = 0;
    char **paths = calloc((size_t)argc, sizeof *paths);
    unsigned *domains = calloc((size_t)argc, sizeof *domains), ndomains = 0;
    if (!paths || !domains) {
        free(paths);
        free(domains);
        return EXIT_FATAL;
    }
    for (int i = 2; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--lang", &lang_s))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "-o", &out))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--clusters", &v))) {
            /* repeated: one more clustering, its features of its own */
            if (k < 0) goto usage;
            if (ncl == VL_NER_MAX_CLUSTERINGS) {
                cli_fail("train: at most %d --clusters files", VL_NER_MAX_CLUSTERINGS);
                goto usage;
            }
            cl_paths[ncl++] = v;
        } else if ((k = cli_value(argc, argv, &i, "--gazetteers", &gaz_dir))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--epochs", &v))) {
            if (k < 0 || cli_int("--epochs", v, 1000, &epochs)) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--trainer", &v))) {
            if (k < 0) goto usage;
            if (strcmp(v, "crf") == 0) crf = 1;
            else if (strcmp(v, "perceptron") == 0) crf = 0;
            else {
                cli_fail("train: --trainer is perceptron or crf");
                goto usage;
            }
        } else if ((k = cli_value(argc, argv, &i, "--c2", &v))) {
            char *end;
            if (k < 0) goto usage;
            c2 = strtod(v, &end);
            if (end == v || *end || !(c2 > 0 && c2 < 1e6)) {
                cli_fail("train: --c2 must be a positive number");
                goto usage;
            }
        } else if ((k = cli_value(argc, argv, &i, "--max-iter", &v))) {
            if (k < 0 || cli_int("--max-iter", v, 100000, &max_iter)) goto usage;
            if (max_iter < 1) {
                cli_fail("train: --max-iter must be at least 1");
                goto usage;
            }
        } else if ((k = cli_value(argc, argv, &i, "--hash-bits", &v))) {
            if (k < 0 || cli_int("--hash-bits", v, 26, &bits)) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--seed", &v))) {
            /* another shuffle of the sentences: how much a score owes to
             * the order alone (bench/ner/split.sh averages over seeds) */
            if (k < 0 || cli_int("--seed", v, 1000000000, &seed)) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--orders", &v))) {
            /* the mean of several shuffle orders' models */
            if (k < 0 || cli_int("--orders", v, 64, &orders)) goto usage;
            if (orders < 1) {
                cli_fail("train: --orders must be at least 1");
                goto usage;
            }
        } else if ((k = cli_value(argc, argv, &i, "--other", &v))) {
            /* a corpus of another domain: its own copy of the features */
            if (k < 0) goto usage;
            domains[npaths] = ++ndomains;
            paths[npaths++] = (char *)v;
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
    double t0 = cli_now_s();
    vl_ner_gaz gaz = {0};
    vl_ner_clusters clusters = {0};
    vl_ner_train_opts opts = {.lang = (vl_lang)lang, .trainer = crf ? VL_NER_TRAIN_CRF : VL_NER_TRAIN_PERCEPTRON,
                              .c2 = c2, .max_iter = max_iter, .on_iter = on_iter, .epochs = epochs, .bits = (unsigned)bits, .seed = (uint64_t)seed, .orders = orders,
                              .on_epoch = on_epoch, .ctx = &t0, .gaz = gaz_dir ? &gaz : NULL,
                              .clusters = ncl ? &clusters : NULL};
    vl_ner_trainer *t;
    vl_error err;
    vl_error_clear(&err);
    if (gaz_dir) {
        if (vl_ner_gaz_load(gaz_dir, (vl_lang)lang, &gaz, &err)) {
            cli_error(&err);
            free(paths);
            free(domains);
            return cli_exit_for(err.code);
        }
        fprintf(stderr, "gazetteers: %zu table entries from %s\n", gaz.entries, gaz_dir);
    }
    if (ncl) {
        if (vl_ner_clusters_load_many(cl_paths, (size_t)ncl, (vl_lang)lang, &clusters, &err)) {
            cli_error(&err);
            vl_ner_gaz_free(&gaz);
            free(paths);
            free(domains);
            return cli_exit_for(err.code);
        }
        fprintf(stderr, "clusters: %zu words from %s%s\n", clusters.entries, cl_paths[0],
                ncl > 1 ? " (and more clusterings)" : "");
    }
    if (vl_ner_trainer_new(&opts, &t, &err)) {
        cli_error(&err);
        vl_ner_gaz_free(&gaz);
        vl_ner_clusters_free(&clusters);
        free(paths);
        free(domains);
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
        vl_ner_trainer_set_domain(t, domains[p]);
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
        if (crf)
            fprintf(stderr, "training a CRF on %zu sentences, %zu tokens, c2 %g, at most %d L-BFGS iterations a stage, 2^%d weight rows\n",
                    vl_ner_trainer_sentences(t), vl_ner_trainer_tokens(t), c2 > 0 ? c2 : VL_NER_CRF_C2,
                    max_iter ? max_iter : VL_NER_CRF_MAX_ITER, bits);
        else
            fprintf(stderr, "training on %zu sentences, %zu tokens, %d epochs, 2^%d weight rows\n",
                    vl_ner_trainer_sentences(t), vl_ner_trainer_tokens(t), epochs, bits);
        if (vl_ner_trainer_run(t, out, &err)) {
            cli_error(&err);
            status = cli_exit_for(err.code);
        } else {
            fprintf(stderr, "wrote %s in %.1f s\n", out, cli_now_s() - t0);
        }
    }
    vl_ner_trainer_free(t);
    vl_ner_gaz_free(&gaz);
    vl_ner_clusters_free(&clusters);
    free(paths);
    free(domains);
    return status;
usage:
    free(paths);
    free(domains);
    return cli_usage("train");
}
