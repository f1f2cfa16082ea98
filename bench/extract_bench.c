/*
 * extract_bench.c -- MB/s of each extraction stage on one core, side by side
 * in one run over the same documents: time expressions, quantities, events
 * (with the entities found beforehand, so that the stage is timed alone),
 * the entity tagger, and the whole of vl_annotate (language, time, entities,
 * quantities, events).  Each stage runs `--rounds` times (default 3) over all
 * documents; the median round is reported.  With --only STAGE (timexes,
 * quantities, events, annotate) that stage alone is timed: the analysis its
 * inputs need runs once, before the timed rounds (for profiling one stage).
 *
 *   extract_bench [--rounds N] [--only STAGE] DOCS.jsonl
 *
 * DOCS.jsonl: one {"id","date","text",...} per line (bench/prepare.py
 * writes them from ../shared/corpora).  Build: see bench/README.md.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "annotate/annotate.h"
#include "extract/event.h"
#include "extract/quantity.h"
#include "extract/timex.h"

typedef struct doc {
    char *id, *date, *text;
    size_t len;
    vl_annotation *a; /* the full analysis, for the stages' inputs */
} doc;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

enum { ST_TIMEX, ST_QUANTITY, ST_EVENT, ST_ANNOTATE, ST_N };
static const char *const stage_names[ST_N] = {"timexes", "quantities", "events (entities given)",
                                              "annotate (everything)"};

int main(int argc, char **argv) {
    int rounds = 3, only = -1;
    const char *path = NULL;
    static const char *const only_names[ST_N] = {"timexes", "quantities", "events", "annotate"};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            const char *name = argv[++i];
            for (int s = 0; s < ST_N; s++)
                if (strcmp(name, only_names[s]) == 0) only = s;
            if (only < 0) {
                fprintf(stderr, "extract_bench: unknown stage %s (timexes, quantities, events, annotate)\n", name);
                return 2;
            }
        } else path = argv[i];
    }
    if (!path || rounds < 1 || rounds > 50) {
        fprintf(stderr, "usage: extract_bench [--rounds N] [--only STAGE] DOCS.jsonl\n");
        return 2;
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 2;
    }
    doc *docs = NULL;
    size_t n = 0, cap = 0, bytes = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t got;
    while ((got = getline(&line, &lcap, f)) > 0) {
        json_error_t jerr;
        json_t *o = json_loadb(line, (size_t)got, 0, &jerr);
        if (!o) continue;
        const char *id = json_string_value(json_object_get(o, "id"));
        const char *date = json_string_value(json_object_get(o, "date"));
        json_t *t = json_object_get(o, "text");
        if (id && date && json_is_string(t)) {
            if (n == cap) {
                cap = cap ? 2 * cap : 1024;
                docs = realloc(docs, cap * sizeof *docs);
                if (!docs) return 3;
            }
            docs[n] = (doc){strdup(id), strdup(date), strndup(json_string_value(t), json_string_length(t)),
                            json_string_length(t), NULL};
            bytes += docs[n].len;
            n++;
        }
        json_decref(o);
    }
    free(line);
    fclose(f);
    vl_annotator *an;
    vl_timex_tagger *tt;
    vl_quantity_tagger *qt;
    vl_event_tagger *et;
    vl_error err;
    if (vl_annotator_new(&an, &err) || vl_timex_tagger_new(&tt, &err) || vl_quantity_tagger_new(&qt, &err) ||
        vl_event_tagger_new(&et, &err)) {
        fprintf(stderr, "extract_bench: %s\n", err.message);
        return 3;
    }
    double *times = calloc((size_t)rounds * ST_N, sizeof *times);
    long counts[ST_N] = {0};
    for (int r = 0; r < rounds; r++) {
        double t0 = now();
        for (size_t i = 0; i < n && (only < 0 || only == ST_ANNOTATE || r == 0); i++) {
            vl_doc d = {.id = docs[i].id, .date = docs[i].date, .text = docs[i].text, .text_len = docs[i].len};
            vl_annotation *a;
            if (vl_annotate(an, &d, &a, &err)) continue;
            if (r == 0) counts[ST_ANNOTATE] += (long)(a->nquantities + a->nevents);
            vl_annotation_free(docs[i].a);
            docs[i].a = a;
        }
        times[r * ST_N + ST_ANNOTATE] = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n && (only < 0 || only == ST_TIMEX); i++) {
            const vl_timex *tx;
            size_t k;
            if (docs[i].a) vl_timex_tag(tt, docs[i].text, docs[i].len, docs[i].a->lang, docs[i].date, &tx, &k);
            if (r == 0 && docs[i].a) counts[ST_TIMEX] += (long)k;
        }
        times[r * ST_N + ST_TIMEX] = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n && (only < 0 || only == ST_QUANTITY); i++) {
            const vl_quantity *q;
            size_t k;
            const vl_annotation *a = docs[i].a;
            if (a) vl_quantity_tag(qt, a->text, a->text_len, a->lang, a->timexes, a->ntimexes, &q, &k);
            if (r == 0 && a) counts[ST_QUANTITY] += (long)k;
        }
        times[r * ST_N + ST_QUANTITY] = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n && (only < 0 || only == ST_EVENT); i++) {
            const vl_event *e;
            size_t k;
            const vl_annotation *a = docs[i].a;
            if (a)
                vl_event_tag(et, a->text, a->text_len, a->lang, a->entities, a->nentities, a->timexes, a->ntimexes, &e,
                             &k);
            if (r == 0 && a) counts[ST_EVENT] += (long)k;
        }
        times[r * ST_N + ST_EVENT] = now() - t0;
    }
    printf("%zu documents, %.1f MB of text, %d rounds (median)\n", n, (double)bytes / 1e6, rounds);
    printf("%-26s %10s %10s %12s\n", "stage", "seconds", "MB/s", "items");
    for (int s = 0; s < ST_N; s++) {
        if (only >= 0 && s != only) continue;
        double *col = malloc((size_t)rounds * sizeof *col);
        for (int r = 0; r < rounds; r++) col[r] = times[r * ST_N + s];
        qsort(col, (size_t)rounds, sizeof *col, cmp_double);
        double med = col[rounds / 2];
        printf("%-26s %10.3f %10.1f %12ld\n", stage_names[s], med, (double)bytes / 1e6 / med, counts[s]);
        free(col);
    }
    for (size_t i = 0; i < n; i++) {
        free(docs[i].id);
        free(docs[i].date);
        free(docs[i].text);
        vl_annotation_free(docs[i].a);
    }
    free(docs);
    free(times);
    vl_event_tagger_free(et);
    vl_quantity_tagger_free(qt);
    vl_timex_tagger_free(tt);
    vl_annotator_free(an);
    return 0;
}
