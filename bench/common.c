/*
 * common.c -- query file, clock and latency summary shared by
 * bench/fts5_baseline.c and bench/query_bench.c (see common.h).
 */
#include "common.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void bq_die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("bench: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static char *dup_field(json_t *o, const char *key, const char *path, size_t line) {
    const char *s = json_string_value(json_object_get(o, key));
    if (!s) bq_die("%s:%zu: no string \"%s\"", path, line, key);
    char *d = strdup(s);
    if (!d) bq_die("out of memory");
    return d;
}

bq *bq_load(const char *path, size_t *n) {
    FILE *f = fopen(path, "r");
    if (!f) bq_die("cannot open %s", path);
    bq *qs = NULL;
    size_t cap = 0, count = 0, lineno = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) > 0) {
        lineno++;
        if (len <= 1) continue;
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)len, 0, &je);
        if (!o) bq_die("%s:%zu: %s", path, lineno, je.text);
        if (count == cap) {
            cap = cap ? cap * 2 : 256;
            qs = realloc(qs, cap * sizeof *qs);
            if (!qs) bq_die("out of memory");
        }
        qs[count].cls = dup_field(o, "class", path, lineno);
        qs[count].lang = dup_field(o, "lang", path, lineno);
        qs[count].q = dup_field(o, "q", path, lineno);
        count++;
        json_decref(o);
    }
    free(line);
    fclose(f);
    if (count == 0) bq_die("%s: no queries", path);
    *n = count;
    return qs;
}

void bq_free(bq *qs, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(qs[i].cls);
        free(qs[i].lang);
        free(qs[i].q);
    }
    free(qs);
}

double bq_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int bq_write_tsv(const char *path, const char *engine, const bq *qs, const bq_result *rs, size_t n) {
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fputs("engine\tclass\tlang\tms\treturned\ttotal\tquery\n", f);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s\t%s\t%s\t%.4f\t%ld\t%lld\t%s\n", engine, qs[i].cls, qs[i].lang, rs[i].ms,
                rs[i].returned, rs[i].total, qs[i].q);
    return fclose(f) == 0 ? 0 : -1;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Nearest-rank percentile of sorted v[0..n-1]. */
static double pct(const double *v, size_t n, double p) {
    size_t k = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (k < 1) k = 1;
    if (k > n) k = n;
    return v[k - 1];
}

void bq_summary(FILE *out, const char *engine, const bq *qs, const bq_result *rs, size_t n) {
    double *v = malloc(n * sizeof *v);
    char *done = calloc(n, 1);
    if (!v || !done) bq_die("out of memory");
    fprintf(out, "%-14s %-18s %5s %9s %9s %9s %9s %10s\n", engine, "class", "n", "p50 ms", "p90 ms",
            "p99 ms", "max ms", "mean hits");
    for (size_t i = 0; i < n; i++) {
        if (done[i]) continue;
        size_t m = 0;
        double hits = 0;
        for (size_t j = i; j < n; j++) {
            if (done[j] || strcmp(qs[j].cls, qs[i].cls) != 0) continue;
            done[j] = 1;
            v[m++] = rs[j].ms;
            hits += rs[j].total >= 0 ? (double)rs[j].total : (double)rs[j].returned;
        }
        qsort(v, m, sizeof *v, cmp_double);
        fprintf(out, "%-14s %-18s %5zu %9.3f %9.3f %9.3f %9.3f %10.1f\n", "", qs[i].cls, m, pct(v, m, 50),
                pct(v, m, 90), pct(v, m, 99), v[m - 1], hits / (double)m);
    }
    free(v);
    free(done);
}
