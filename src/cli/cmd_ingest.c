/*
 * cmd_ingest.c -- `veille ingest`: stores dispatches, with a progress bar
 * on a terminal, one line per rejected document, and a summary.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static void on_reject(void *ctx, const vl_error *err) {
    cli_progress_clear(ctx);
    cli_error(err);
}

static int on_progress(void *ctx, const vl_ingest_summary *s, int64_t bytes_total) {
    cli_progress *ui = ctx;
    if (!cli_progress_due(ui)) return cli_interrupted();
    double elapsed = cli_now_s() - ui->start;
    /* Compressed inputs decompress to more bytes than their file size:
     * the fraction can only be an estimate, so it is capped below 100%. */
    double frac = bytes_total > 0 ? (double)s->bytes / (double)bytes_total : 0;
    if (frac > 0.99) frac = 0.99;
    cli_progress_draw(ui, frac, "%lld docs  %.1f MB/s", (long long)s->docs_read,
                      elapsed > 0 ? (double)s->bytes / 1e6 / elapsed : 0.0);
    return cli_interrupted();
}

int cmd_ingest(cli_env *env, int argc, char **argv) {
    const char **paths = calloc((size_t)argc, sizeof *paths);
    if (!paths) return EXIT_FATAL;
    int npaths = 0, quiet = 0, batch = 0, jobs = 0, no_extract = 0, k;
    const char *v, *default_lang = NULL;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) != 0) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--batch", &v)) != 0) {
            if (k < 0 || cli_int("--batch", v, 1000000, &batch)) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--jobs", &v)) != 0) {
            if (k < 0 || cli_int("--jobs", v, 64, &jobs)) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--default-lang", &v)) != 0) {
            if (k < 0 || cli_lang("--default-lang", v, &default_lang)) goto usage;
        } else if (cli_flag(argv, &i, "--quiet") || cli_flag(argv, &i, "-q")) {
            quiet = 1;
        } else if (cli_flag(argv, &i, "--no-extract")) {
            no_extract = 1;
        } else if (strcmp(argv[i], "--") == 0) {
            for (i++; i < argc; i++) paths[npaths++] = argv[i];
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            cli_fail("ingest: unknown option '%s'", argv[i]);
            goto usage;
        } else {
            paths[npaths++] = argv[i++];
        }
    }
    if (npaths == 0) {
        cli_fail("ingest: no PATH given");
        goto usage;
    }
    vl_store *store;
    int status = cli_open_store(env, 0, &store);
    if (status) {
        free(paths);
        return status;
    }
    cli_progress ui;
    cli_progress_init(&ui, quiet);
    cli_catch_interrupts();

    vl_ingest_opts opts = {.batch_docs = (size_t)batch, .jobs = jobs, .on_reject = on_reject, .on_progress = on_progress, .ctx = &ui,
                           .no_extract = no_extract, .default_lang = default_lang};
    vl_ingest_summary sum;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_ingest(store, paths, npaths, &opts, &sum, &err);
    cli_progress_clear(&ui);
    if (rc && rc != VL_EINTERRUPT) cli_error(&err);
    double secs = cli_now_s() - ui.start;
    if (!quiet) {
        char again[64] = "";
        if (sum.reextracted) snprintf(again, sizeof again, " (%lld extracted again)", (long long)sum.reextracted);
        fprintf(stderr,
                "%s%lld documents read from %lld files: %lld added, %lld updated, %lld unchanged%s, "
                "%lld rejected; %.1f MB in %.2f s (%.1f MB/s)\n",
                rc == VL_EINTERRUPT ? "interrupted: " : "", (long long)sum.docs_read, (long long)sum.files,
                (long long)sum.added, (long long)sum.updated, (long long)sum.unchanged, again, (long long)sum.rejected,
                (double)sum.bytes / 1e6, secs, secs > 0 ? (double)sum.bytes / 1e6 / secs : 0.0);
    }
    vl_store_close(store);
    free(paths);
    if (rc) return cli_exit_for(rc);
    return sum.rejected ? EXIT_PARTIAL : EXIT_OK;
usage:
    free(paths);
    return cli_usage("ingest");
}
