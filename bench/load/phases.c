/*
 * phases.c -- where the time of one GET /api/search goes, per query class:
 * the three library calls the endpoint makes (src/server/api_read.c), each
 * timed alone, in one process, without HTTP or JSON.
 *
 *   phases [--pass-only] [--limit N] [--slowest N] DB QUERIES.jsonl
 *
 * For every query of the file: vl_search (the page of 10 hits with
 * snippets, as the API asks it), vl_search_facets (total, days,
 * languages) and vl_search_entity_facets (top 10 entities).  Each query
 * runs once as warm-up, then once measured, in CPU time of the process
 * (CLOCK_PROCESS_CPUTIME_ID: on a shared machine, wall time measures the
 * other jobs as much as this one).  Prints, per class, the
 * median and p99 of each phase and of their sum (milliseconds), and of
 * vl_search_all (src/search/pass.c), the one call the endpoint makes now,
 * with a check that it gives what the three calls give: the same hits
 * with the same scores (equal scores may come in another order), the same
 * facets and the same entities.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../common.h"
#include "search/search_internal.h"
#include "veille.h"

enum { PAGE, FACETS, ENTITIES, SUM, ALL, NPHASE };
static const char *const phase_name[NPHASE] = {"page", "facets", "entities", "sum", "pass"};

/* What a search answered, as text, to compare the two ways. */
typedef struct answer {
    char hits[64][160];
    double scores[64];
    int nhits;
    char ents[4096];
} answer;

static int on_hit(void *ctx, const vl_hit *h) {
    answer *a = ctx;
    if (a->nhits < 64) {
        snprintf(a->hits[a->nhits], sizeof a->hits[0], "%s|%s|%s", h->id, h->title, h->snippet);
        a->scores[a->nhits++] = h->score;
    }
    return 0;
}

static int on_entity(void *ctx, const vl_entity *e) {
    answer *a = ctx;
    size_t n = strlen(a->ents);
    snprintf(a->ents + n, sizeof a->ents - n, "%s/%s/%lld/%lld;", e->name, e->type, (long long)e->mentions,
             (long long)e->docs);
    return 0;
}

static int facets_equal(const vl_facets *a, const vl_facets *b) {
    if (a->total != b->total || a->ndays != b->ndays || a->nlangs != b->nlangs) return 0;
    for (size_t i = 0; i < a->ndays; i++)
        if (strcmp(a->days[i].value, b->days[i].value) || a->days[i].count != b->days[i].count) return 0;
    for (size_t i = 0; i < a->nlangs; i++)
        if (strcmp(a->langs[i].value, b->langs[i].value) || a->langs[i].count != b->langs[i].count) return 0;
    return 1;
}

/* 0 same; 1 same but for the order of equal scores; 2 different. */
static int answers_differ(const answer *a, const answer *b) {
    if (a->nhits != b->nhits || strcmp(a->ents, b->ents)) return 2;
    int ties = 0;
    for (int i = 0; i < a->nhits; i++) {
        double d = a->scores[i] - b->scores[i];
        if (d > 1e-9 || d < -1e-9) return 2;
        if (strcmp(a->hits[i], b->hits[i])) {
            int found = 0;
            for (int j = 0; j < b->nhits; j++) found |= !strcmp(a->hits[i], b->hits[j]) && a->scores[i] == b->scores[j];
            if (!found) return 2;
            ties = 1;
        }
    }
    return ties;
}

static long n_ties, n_diff;

static double cpu_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}
static int pass_only; /* --pass-only: vl_search_all alone (to profile it) */
static int page_size = 10; /* --limit N: hits per page (the server's window asks for two pages) */

static void run_one(vl_store *s, const bq *q, double ms[NPHASE]) {
    vl_search_opts o;
    memset(&o, 0, sizeof o);
    o.query = q->q;
    o.limit = page_size;
    o.mark_open = "\x01";
    o.mark_close = "\x02";
    vl_error err;
    vl_error_clear(&err);
    static answer a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    if (pass_only) {
        vl_facets g;
        double t = cpu_ms();
        if (vl_search_all(s, &o, on_hit, &b, &g, 10, on_entity, &b, &err)) bq_die("[%s]: %s", q->q, err.message);
        ms[ALL] = cpu_ms() - t;
        vl_facets_free(&g);
        return;
    }
    double t0 = cpu_ms();
    if (vl_search(s, &o, on_hit, &a, NULL, &err)) bq_die("[%s]: %s", q->q, err.message);
    double t1 = cpu_ms();
    vl_facets f, g;
    if (vl_search_facets(s, &o, &f, &err)) bq_die("[%s]: %s", q->q, err.message);
    double t2 = cpu_ms();
    if (vl_search_entity_facets(s, &o, 10, on_entity, &a, &err)) bq_die("[%s]: %s", q->q, err.message);
    double t3 = cpu_ms();
    if (vl_search_all(s, &o, on_hit, &b, &g, 10, on_entity, &b, &err)) bq_die("[%s]: %s", q->q, err.message);
    ms[ALL] = cpu_ms() - t3;
    int d = facets_equal(&f, &g) ? answers_differ(&a, &b) : 2;
    if (d == 2 && n_diff++ < 5)
        fprintf(stderr, "phases: [%s] differs: %d/%d hits, %lld/%lld total, entities %s | %s\n", q->q, a.nhits,
                b.nhits, (long long)f.total, (long long)g.total, a.ents, b.ents);
    n_ties += d == 1;
    vl_facets_free(&f);
    vl_facets_free(&g);
    ms[PAGE] = t1 - t0;
    ms[FACETS] = t2 - t1;
    ms[ENTITIES] = t3 - t2;
    ms[SUM] = t3 - t0;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(double *v, size_t n, double p) {
    qsort(v, n, sizeof *v, cmp_double);
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return v[i];
}

int main(int argc, char **argv) {
    long slowest = 0;
    for (;;) {
        if (argc >= 2 && !strcmp(argv[1], "--pass-only")) {
            pass_only = 1;
            argv++;
            argc--;
        } else if (argc >= 3 && !strcmp(argv[1], "--limit")) {
            page_size = (int)strtol(argv[2], NULL, 10);
            argv += 2;
            argc -= 2;
        } else if (argc >= 3 && !strcmp(argv[1], "--slowest")) {
            slowest = strtol(argv[2], NULL, 10);
            argv += 2;
            argc -= 2;
        } else {
            break;
        }
    }
    if (argc != 3) {
        fputs("usage: phases [--pass-only] [--limit N] [--slowest N] DB QUERIES.jsonl\n", stderr);
        return 2;
    }
    size_t n;
    bq *qs = bq_load(argv[2], &n);
    vl_store *s;
    vl_error err;
    vl_error_clear(&err);
    if (vl_store_open(argv[1], VL_STORE_READONLY, &s, &err)) bq_die("cannot open %s: %s", argv[1], err.message);
    double(*ms)[NPHASE] = calloc(n ? n : 1, sizeof *ms);
    double *v = calloc(n ? n : 1, sizeof *v);
    if (!ms || !v) bq_die("out of memory");
    for (size_t k = 0; k < n; k++) run_one(s, &qs[k], ms[k]);
    n_ties = n_diff = 0;
    for (size_t k = 0; k < n; k++) run_one(s, &qs[k], ms[k]);
    printf("%-16s %5s", "class", "n");
    for (int p = 0; p < NPHASE; p++) printf("  %8s-p50 %8s-p99", phase_name[p], phase_name[p]);
    printf("\n");
    /* The classes in order of first appearance, then all queries. */
    for (size_t k = 0; k <= n; k++) {
        const char *cls = k < n ? qs[k].cls : NULL;
        if (cls) {
            size_t j = 0;
            while (j < k && strcmp(qs[j].cls, cls)) j++;
            if (j < k) continue;
        }
        printf("%-16s", cls ? cls : "all");
        size_t m = 0;
        for (size_t j = 0; j < n; j++) m += !cls || !strcmp(qs[j].cls, cls);
        printf(" %5zu", m);
        for (int p = 0; p < NPHASE; p++) {
            size_t c = 0;
            for (size_t j = 0; j < n; j++)
                if (!cls || !strcmp(qs[j].cls, cls)) v[c++] = ms[j][p];
            double p50 = pct(v, c, 0.5), p99 = pct(v, c, 0.99);
            printf("  %12.3f %12.3f", p50, p99);
        }
        printf("\n");
    }
    printf("vl_search_all against the three calls: %zu queries, %ld differ, %ld only in the order of equal scores\n", n,
           n_diff, n_ties);
    /* --slowest N: the N queries whose pass took longest, slowest first. */
    for (long t = 0; t < slowest && t < (long)n; t++) {
        size_t w = n;
        for (size_t j = 0; j < n; j++)
            if (ms[j][ALL] >= 0 && (w == n || ms[j][ALL] > ms[w][ALL])) w = j;
        if (w == n) break;
        printf("slow %8.3f ms  %-16s %s\n", ms[w][ALL], qs[w].cls, qs[w].q);
        ms[w][ALL] = -1;
    }
    vl_store_close(s);
    free(ms);
    free(v);
    bq_free(qs, n);
    return 0;
}
