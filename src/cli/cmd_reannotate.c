/*
 * cmd_reannotate.c -- `veille reannotate`: runs the extraction again over
 * the stored dispatches whose annotations are stale or missing
 * (vl_reannotate), with a progress bar on a terminal like ingest's, one
 * line per dispatch that cannot be annotated, and a summary.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static void on_reject(void *ctx, const vl_error *err) {
    cli_progress_clear(ctx);
    cli_error(err);
}

static int on_progress(void *ctx, int64_t done, int64_t total) {
    cli_progress *ui = ctx;
    if (!cli_progress_due(ui)) return cli_interrupted();
    double elapsed = cli_now_s() - ui->start;
    cli_progress_draw(ui, total > 0 ? (double)done / (double)total : 0, "%lld/%lld docs  %.0f docs/s",
                      (long long)done, (long long)total, elapsed > 0 ? (double)done / elapsed : 0.0);
    return cli_interrupted();
}

int cmd_reannotate(cli_env *env, int argc, char **argv) {
    int all = 0, quiet = 0, jobs = 0, batch = 0, k;
    const char *v;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) != 0) {
            if (k < 0) return cli_usage("reannotate");
        } else if ((k = cli_value(argc, argv, &i, "--jobs", &v)) != 0) {
            if (k < 0 || cli_int("--jobs", v, 64, &jobs)) return cli_usage("reannotate");
        } else if ((k = cli_value(argc, argv, &i, "--batch", &v)) != 0) {
            if (k < 0 || cli_int("--batch", v, 1000000, &batch)) return cli_usage("reannotate");
        } else if (cli_flag(argv, &i, "--all")) {
            all = 1;
        } else if (cli_flag(argv, &i, "--quiet") || cli_flag(argv, &i, "-q")) {
            quiet = 1;
        } else {
            cli_fail("reannotate: unexpected argument '%s'", argv[i]);
            return cli_usage("reannotate");
        }
    }
    vl_store *store;
    int status = cli_open_store(env, 0, &store);
    if (status) return status;
    cli_progress ui;
    cli_progress_init(&ui, quiet);
    cli_catch_interrupts();

    vl_reannotate_opts opts = {.all = all, .jobs = jobs, .batch_docs = (size_t)batch, .on_reject = on_reject,
                               .on_progress = on_progress, .ctx = &ui};
    vl_reannotate_summary sum;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_reannotate(store, &opts, &sum, &err);
    cli_progress_clear(&ui);
    if (rc && rc != VL_EINTERRUPT) cli_error(&err);
    double secs = cli_now_s() - ui.start;
    if (!quiet) {
        if (sum.total == 0 && rc == VL_OK)
            fprintf(stderr, "all %s dispatches are annotated by this veille: nothing to do\n",
                    all ? "the" : "stored");
        else
            fprintf(stderr,
                    "%s%lld of %lld dispatches annotated again, %lld skipped (changed meanwhile), "
                    "%lld could not be annotated; %.2f s\n",
                    rc == VL_EINTERRUPT ? "interrupted: " : "", (long long)sum.done, (long long)sum.total,
                    (long long)sum.skipped, (long long)sum.rejected, secs);
    }
    vl_store_close(store);
    if (rc) return cli_exit_for(rc);
    return sum.rejected ? EXIT_PARTIAL : EXIT_OK;
}
