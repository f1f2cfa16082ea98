/*
 * ner_bench.c -- tokens per second of veille's entity tagger (vl_ner_tag,
 * the model loaded once) over a text file of documents separated by blank
 * lines: the run bench/ner/run.sh puts beside the npm package compromise.
 *
 *   ner_bench MODEL TEXT RUNS
 *
 * Prints one JSON object: {"tool","docs","tokens","entities","runs":[s...]}.
 * Tokens are counted the same way by both sides: maximal runs of
 * non-white-space bytes.  Each run tags every document once; the time is
 * the wall clock (CLOCK_MONOTONIC) around the runs' tagging only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ner/ner.h"

static int count_span(void *ctx, const vl_ner_span *sp) {
    (void)sp;
    (*(long *)ctx)++;
    return 0;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: ner_bench MODEL TEXT RUNS\n");
        return 2;
    }
    vl_error err;
    vl_ner_model *m;
    if (vl_ner_model_open(argv[1], &m, &err)) {
        fprintf(stderr, "ner_bench: %s\n", err.message);
        return 1;
    }
    /* the model's own language: the span rules of a French model's text
     * are French ones (VL_LANG_EN here skipped them on French text) */
    const vl_lang lang = vl_ner_model_lang(m);
    FILE *f = fopen(argv[2], "rb");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) return 1;
    text[size] = 0;
    fclose(f);
    /* Documents: split at blank lines. */
    size_t cap = 1024, n = 0;
    size_t *starts = malloc(cap * sizeof *starts), *lens = malloc(cap * sizeof *lens);
    long tokens = 0;
    for (size_t p = 0; p < (size_t)size;) {
        while (p < (size_t)size && is_ws(text[p])) p++;
        if (p >= (size_t)size) break;
        char *end = strstr(text + p, "\n\n");
        size_t e = end ? (size_t)(end - text) : (size_t)size;
        if (n == cap) {
            cap *= 2;
            starts = realloc(starts, cap * sizeof *starts);
            lens = realloc(lens, cap * sizeof *lens);
        }
        starts[n] = p;
        lens[n++] = e - p;
        for (size_t k = p; k < e; k++)
            if (!is_ws(text[k]) && (k == p || is_ws(text[k - 1]))) tokens++;
        p = e;
    }
    int runs = atoi(argv[3]);
    long entities = 0;
    printf("{\"tool\":\"veille\",\"docs\":%zu,\"tokens\":%ld,\"runs\":[", n, tokens);
    for (int r = 0; r < runs; r++) {
        entities = 0;
        double t0 = now();
        for (size_t i = 0; i < n; i++)
            vl_ner_tag(m, text + starts[i], lens[i], lang, count_span, &entities, &err);
        printf("%s%.4f", r ? "," : "", now() - t0);
    }
    printf("],\"entities\":%ld}\n", entities);
    vl_ner_model_close(m);
    free(starts);
    free(lens);
    free(text);
    return 0;
}
