/*
 * progress.c -- what the long-running commands (ingest, reannotate) share
 * on a terminal: a progress bar on stderr redrawn at most ten times a
 * second and cleared before any other line is printed, and the
 * SIGINT/SIGTERM flag that asks the library to commit the batch in flight
 * and stop.  Timing helpers for the commands that report seconds.
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

/* Set by the signal handler: a signal handler can only reach a static
 * flag, and there is one per process. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig) {
    (void)sig;
    interrupted = 1;
}

void cli_catch_interrupts(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

int cli_interrupted(void) { return interrupted; }

double cli_now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_init(cli_progress *p, int quiet) {
    memset(p, 0, sizeof *p);
    p->bar = !quiet && isatty(2);
    p->start = cli_now_s();
}

int cli_progress_due(cli_progress *p) {
    if (!p->bar) return 0;
    double t = cli_now_s();
    if (t - p->last_draw < 0.1) return 0;
    p->last_draw = t;
    return 1;
}

void cli_progress_draw(cli_progress *p, double frac, const char *fmt, ...) {
    if (frac < 0) frac = 0;
    if (frac > 1) frac = 1;
    double elapsed = cli_now_s() - p->start;
    char eta[32] = "";
    if (frac > 0.01) {
        int left = (int)(elapsed / frac * (1 - frac));
        snprintf(eta, sizeof eta, " ETA %d:%02d", left / 60, left % 60);
    }
    char bar[21];
    int filled = (int)(frac * 20);
    for (int i = 0; i < 20; i++) bar[i] = i < filled ? '#' : '-';
    bar[20] = 0;
    fputs("\r\033[K", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "  [%s] %2d%%%s", bar, (int)(frac * 100), eta);
    p->drawn = 1;
}

void cli_progress_clear(cli_progress *p) {
    if (p->drawn) {
        fputs("\r\033[K", stderr);
        p->drawn = 0;
    }
}
