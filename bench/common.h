/*
 * common.h -- what the benchmark's C programs share: the query file
 * (bench/data/queries.jsonl, cases-N.jsonl), a monotonic clock, and the
 * per-query results (a TSV that bench/report.py turns into the table, plus
 * a per-class p50/p90/p99/max summary on standard output).
 */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <stddef.h>
#include <stdio.h>

typedef struct bq {
    char *cls;  /* query class: w1-rare, phrase, case-stem, ... */
    char *lang; /* fr or en (the peers' stemmer; veille ignores it) */
    char *q;    /* the query in veille syntax: words, "a phrase" */
} bq;

typedef struct bq_result {
    double ms;         /* wall time of the whole search */
    long returned;     /* hits read (at most the limit) */
    long long total;   /* matching documents (-1: not asked) */
} bq_result;

/* Reads a JSONL query file; exits with a message on error. */
bq *bq_load(const char *path, size_t *n);
void bq_free(bq *qs, size_t n);

/* Milliseconds from a monotonic clock. */
double bq_now_ms(void);

/* Writes one TSV line per query: engine class lang ms returned total query. */
int bq_write_tsv(const char *path, const char *engine, const bq *qs, const bq_result *rs, size_t n);

/* Prints p50/p90/p99/max latency and mean hits per class. */
void bq_summary(FILE *out, const char *engine, const bq *qs, const bq_result *rs, size_t n);

/* Dies with a message (printf-style). */
void bq_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
