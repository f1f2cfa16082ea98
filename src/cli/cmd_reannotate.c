/*
 * cmd_reannotate.c -- `veille reannotate`: runs the extraction again over
 * the stored dispatches whose annotations are stale or missing
 * (vl_reannotate), with a progress bar on a terminal like ingest's, one
 * line per dispatch that cannot be annotated, and a summary.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

/* Set by SIGINT/SIGTERM; the progress callback then asks the library to
 * commit the batch in flight and stop. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig) {
    (void)sig;
    interrupted = 1;
}

typedef struct reannotate_ui {
    int bar, bar_drawn;
    double start, last_draw;
} reannotate_ui;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void clear_bar(reannotate_ui *ui) {
    if (ui->bar_drawn) {
        fputs("\r\033[K", stderr);
        ui->bar_drawn = 0;
    }
}

static void on_reject(void *ctx, const vl_error *err) {
    clear_bar(ctx);
    cli_error(err);
}

static int on_progress(void *ctx, int64_t done, int64_t total) {
    reannotate_ui *ui = ctx;
    if (!ui->bar) return interrupted;
    double t = now_s();
    if (t - ui->last_draw < 0.1) return interrupted;
    ui->last_draw = t;
    double elapsed = t - ui->start, frac = total > 0 ? (double)done / (double)total : 0;
    if (frac > 1) frac = 1;
    char eta[32] = "";
    if (frac > 0.01) {
        int left = (int)(elapsed / frac * (1 - frac));
        snprintf(eta, sizeof eta, " ETA %d:%02d", left / 60, left % 60);
    }
    char bar[21];
    int filled = (int)(frac * 20);
    for (int i = 0; i < 20; i++) bar[i] = i < filled ? '#' : '-';
    bar[20] = 0;
    fprintf(stderr, "\r\033[K%lld/%lld docs  %.0f docs/s  [%s] %2d%%%s", (long long)done, (long long)total,
            elapsed > 0 ? (double)done / elapsed : 0.0, bar, (int)(frac * 100), eta);
    ui->bar_drawn = 1;
    return interrupted;
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
    reannotate_ui ui = {.bar = !quiet && isatty(2), .start = now_s()};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    vl_reannotate_opts opts = {.all = all, .jobs = jobs, .batch_docs = (size_t)batch, .on_reject = on_reject,
                               .on_progress = on_progress, .ctx = &ui};
    vl_reannotate_summary sum;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_reannotate(store, &opts, &sum, &err);
    clear_bar(&ui);
    if (rc && rc != VL_EINTERRUPT) cli_error(&err);
    double secs = now_s() - ui.start;
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
