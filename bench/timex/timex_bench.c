/*
 * timex_bench.c -- throughput of time-expression annotation alone: loads a
 * JSONL file of {"date", "text"} documents (bench/timex/texts.py) into
 * memory once, then tags every document with vl_timex_tag against its date,
 * ROUNDS times, timing the tagging only (CLOCK_PROCESS_CPUTIME_ID: one core,
 * loading and parsing excluded).  Prints one line per round and the median:
 *
 *   timex_bench FILE.jsonl fr|en [ROUNDS]
 *   -> "veille fr round 1: 4.00 MB in 0.071 s = 56.3 MB/s, 12345 timexes"
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract/timex.h"

typedef struct doc {
    char date[11];
    char *text;
    size_t len;
} doc;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: timex_bench FILE.jsonl fr|en [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? atoi(argv[3]) : 5;
    if (rounds < 1 || rounds > 100) rounds = 5;
    vl_lang lang = strcmp(argv[2], "fr") == 0 ? VL_LANG_FR : VL_LANG_EN;
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    doc *docs = NULL;
    size_t n = 0, cap = 0, bytes = 0, lineno = 0;
    char *line = NULL;
    size_t lcap = 0;
    while (getline(&line, &lcap, f) > 0) {
        lineno++;
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        const char *date = o ? json_string_value(json_object_get(o, "date")) : NULL;
        const char *text = o ? json_string_value(json_object_get(o, "text")) : NULL;
        if (!date || !text || strlen(date) != 10) {
            fprintf(stderr, "%s:%zu: not a {\"date\", \"text\"} object\n", argv[1], lineno);
            return 1;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            docs = realloc(docs, cap * sizeof *docs);
            if (!docs) return 1;
        }
        memcpy(docs[n].date, date, 11);
        docs[n].len = json_string_length(json_object_get(o, "text"));
        docs[n].text = malloc(docs[n].len + 1);
        if (!docs[n].text) return 1;
        memcpy(docs[n].text, text, docs[n].len + 1);
        bytes += docs[n].len;
        n++;
        json_decref(o);
    }
    free(line);
    fclose(f);
    vl_timex_tagger *t;
    vl_error err;
    if (vl_timex_tagger_new(&t, &err) != VL_OK) {
        fprintf(stderr, "timex_bench: cannot build the tagger\n");
        return 1;
    }
    double *secs = calloc((size_t)rounds, sizeof *secs);
    if (!secs) return 1;
    for (int r = 0; r < rounds; r++) {
        size_t found = 0;
        double t0 = now();
        for (size_t i = 0; i < n; i++) {
            const vl_timex *tx;
            size_t k;
            if (vl_timex_tag(t, docs[i].text, docs[i].len, lang, docs[i].date, &tx, &k) != VL_OK) {
                fprintf(stderr, "timex_bench: tagging failed on document %zu\n", i + 1);
                return 1;
            }
            found += k;
        }
        secs[r] = now() - t0;
        printf("veille %s round %d: %.2f MB in %.3f s = %.1f MB/s, %zu timexes\n", argv[2], r + 1, bytes / 1e6,
               secs[r], bytes / 1e6 / secs[r], found);
    }
    qsort(secs, (size_t)rounds, sizeof *secs, cmp_double);
    double med = secs[rounds / 2];
    printf("veille %s median: %zu documents, %.2f MB, %.1f MB/s\n", argv[2], n, bytes / 1e6, bytes / 1e6 / med);
    vl_timex_tagger_free(t);
    for (size_t i = 0; i < n; i++) free(docs[i].text);
    free(docs);
    free(secs);
    return 0;
}
