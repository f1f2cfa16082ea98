/*
 * query_bench.c -- query latency of veille through its library API.
 *
 *   query_bench [--no-total] [--warm [--once]] DB QUERIES.jsonl OUT.tsv
 *
 * Opens the store read-only and runs every query of the file through
 * vl_search as `veille search` does: limit 10, snippets with the default
 * markers, every hit's fields read, and the total number of matching
 * documents (the count veille prints under the hits; --no-total leaves it
 * out, as `veille search --json` does).  --warm first builds the store's
 * in-memory search arrays (vl_search_warm), as the server does once at
 * start: the searches of a long-running process.  Each query runs once as warm-up,
 * then once measured; the time is the wall time of the vl_search call.
 * Without --warm the store is opened again before each measured query (its
 * opening not timed), as each `veille search` is a new process: nothing a
 * connection remembers (its page cache, the phrases' document counts of
 * src/search/bm25.c) carries over from the warm-up.  With --warm the
 * measured query has its words' counts remembered from the warm-up, as a
 * server has for words searched before; --once leaves the warm-up out, so
 * that a query's words are remembered only if an earlier query of the file
 * had them (the operating system's file cache stays as it is).
 * Writes one TSV line per query (bench/report.py reads them) and prints
 * p50/p90/p99/max per query class.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "veille.h"

typedef struct hit_count {
    long n;
    size_t chars;
} hit_count;

static int on_hit(void *ctx, const vl_hit *h) {
    hit_count *c = ctx;
    c->n++;
    /* Touch what a caller prints. */
    c->chars += strlen(h->id) + strlen(h->date) + strlen(h->title) + strlen(h->snippet);
    return 0;
}

static void run_one(vl_store *store, const bq *q, int want_total, bq_result *r) {
    vl_search_opts o;
    memset(&o, 0, sizeof o);
    o.query = q->q;
    o.limit = 10;
    hit_count c = {0, 0};
    int64_t total = -1;
    vl_error err;
    vl_error_clear(&err);
    double t0 = bq_now_ms();
    int rc = vl_search(store, &o, on_hit, &c, want_total ? &total : NULL, &err);
    r->ms = bq_now_ms() - t0;
    if (rc != VL_OK) bq_die("query [%s]: %s: %s", q->q, vl_strerror(rc), err.message);
    r->returned = c.n;
    r->total = want_total ? (long long)total : -1;
}

int main(int argc, char **argv) {
    int want_total = 1, warm = 0, once = 0, i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
        if (!strcmp(argv[i], "--no-total")) want_total = 0;
        else if (!strcmp(argv[i], "--warm")) warm = 1;
        else if (!strcmp(argv[i], "--once")) once = 1;
        else break;
    }
    if (argc - i != 3 || (once && !warm)) {
        fputs("usage: query_bench [--no-total] [--warm [--once]] DB QUERIES.jsonl OUT.tsv\n", stderr);
        return 2;
    }
    size_t n;
    bq *qs = bq_load(argv[i + 1], &n);
    vl_store *store;
    vl_error err;
    vl_error_clear(&err);
    if (vl_store_open(argv[i], VL_STORE_READONLY, &store, &err) != VL_OK)
        bq_die("cannot open %s: %s", argv[i], err.message);
    bq_result *rs = calloc(n, sizeof *rs);
    if (!rs) bq_die("out of memory");
    if (warm) vl_search_warm(store);
    if (!once)
        for (size_t k = 0; k < n; k++) run_one(store, &qs[k], want_total, &rs[k]); /* warm-up */
    for (size_t k = 0; k < n; k++) {
        if (!warm) {
            vl_store_close(store);
            if (vl_store_open(argv[i], VL_STORE_READONLY, &store, &err) != VL_OK)
                bq_die("cannot open %s: %s", argv[i], err.message);
        }
        run_one(store, &qs[k], want_total, &rs[k]);
    }
    const char *engine = warm ? (want_total ? (once ? "veille-warm-once" : "veille-warm") : "veille-warm-nototal")
                              : (want_total ? "veille" : "veille-nototal");
    if (bq_write_tsv(argv[i + 2], engine, qs, rs, n)) bq_die("cannot write %s", argv[i + 2]);
    bq_summary(stdout, engine, qs, rs, n);
    vl_store_close(store);
    free(rs);
    bq_free(qs, n);
    return 0;
}
