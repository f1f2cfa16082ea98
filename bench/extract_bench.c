/*
 * extract_bench.c -- MB/s of each extraction stage on one core, side by side
 * in one run over the same documents: time expressions, the entity tagger
 * (vl_ner_tag with the model of the document's language; "tagger": through
 * one vl_ner_tagger kept from text to text, as vl_annotate does), quantities,
 * events and quotations (each with the entities and time expressions found
 * beforehand, so that the stage is timed alone), and the whole of
 * vl_annotate (language, time, entities, quantities, events, quotations).
 * One untimed vl_annotate pass first computes every stage's inputs; then
 * each stage runs `--rounds` times (default 3) over all documents and the
 * median round is reported.  Times are the process's CPU time
 * (CLOCK_PROCESS_CPUTIME_ID): on a shared machine the wall clock also
 * counts the time other processes held the core.
 *
 *   extract_bench [--rounds N] [--stage NAME]... DOCS.jsonl
 *
 * --stage (repeatable; --only is the same) times only the stages named (timexes, entities, tagger,
 * quantities, events, quotes, annotate), for a profiler.  The entity models
 * are read from $VEILLE_MODELS (else models/), as vl_annotate finds them.
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
#include "extract/quote.h"
#include "extract/timex.h"
#include "ner/ner_internal.h"

typedef struct doc {
    char *id, *date, *text;
    size_t len;
    vl_annotation *a; /* the full analysis, for the stages' inputs */
} doc;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

enum { ST_TIMEX, ST_ENTITY, ST_QUANTITY, ST_EVENT, ST_QUOTE, ST_ANNOTATE, ST_TAGGER, ST_N };
static const char *const stage_keys[ST_N] = {"timexes", "entities", "quantities", "events", "quotes", "annotate",
                                             "tagger"};
static const char *const stage_names[ST_N] = {"timexes",
                                              "entities (vl_ner_tag)",
                                              "quantities",
                                              "events (entities given)",
                                              "quotes (entities given)",
                                              "annotate (everything)",
                                              "entities (tagger kept)"};

static int count_span(void *ctx, const vl_ner_span *sp) {
    (void)sp;
    (*(long *)ctx)++;
    return 0;
}

int main(int argc, char **argv) {
    int rounds = 3, want[ST_N] = {0}, any_stage = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
            rounds = atoi(argv[++i]);
        } else if ((strcmp(argv[i], "--stage") == 0 || strcmp(argv[i], "--only") == 0) && i + 1 < argc) {
            int s = 0;
            while (s < ST_N && strcmp(stage_keys[s], argv[i + 1]) != 0) s++;
            if (s == ST_N) {
                fprintf(stderr, "extract_bench: no stage \"%s\"\n", argv[i + 1]);
                return 2;
            }
            want[s] = any_stage = 1;
            i++;
        } else {
            path = argv[i];
        }
    }
    if (!path || rounds < 1 || rounds > 50) {
        fprintf(stderr, "usage: extract_bench [--rounds N] [--stage NAME]... DOCS.jsonl\n");
        return 2;
    }
    if (!any_stage)
        for (int s = 0; s < ST_N; s++) want[s] = 1;
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
    vl_quote_tagger *qu;
    vl_ner_model *ner[VL_LANG_COUNT] = {0};
    vl_ner_tagger *nert = NULL;
    vl_error err;
    if (vl_annotator_new(&an, &err) || vl_timex_tagger_new(&tt, &err) || vl_quantity_tagger_new(&qt, &err) ||
        vl_event_tagger_new(&et, &err) || vl_quote_tagger_new(&qu, &err) || vl_ner_tagger_new(&nert, &err)) {
        fprintf(stderr, "extract_bench: %s\n", err.message);
        return 3;
    }
    const char *mdir = getenv("VEILLE_MODELS") ? getenv("VEILLE_MODELS") : "models";
    for (int l = VL_LANG_FR; l < VL_LANG_COUNT && mdir[0]; l++) {
        char mpath[4096];
        snprintf(mpath, sizeof mpath, "%s/ner-%s.model", mdir, vl_lang_code((vl_lang)l));
        FILE *mf = fopen(mpath, "rb");
        if (!mf) continue;
        fclose(mf);
        if (vl_ner_model_open(mpath, &ner[l], &err)) {
            fprintf(stderr, "extract_bench: %s: %s\n", mpath, err.message);
            return 3;
        }
    }
    /* The untimed pass: every stage's inputs, and the entity tagger's
     * tokens. */
    long tokens = 0;
    for (size_t i = 0; i < n; i++) {
        vl_doc d = {.id = docs[i].id, .date = docs[i].date, .text = docs[i].text, .text_len = docs[i].len};
        if (vl_annotate(an, &d, &docs[i].a, &err)) {
            docs[i].a = NULL;
            continue;
        }
        if (docs[i].a->lang >= VL_LANG_COUNT || !ner[docs[i].a->lang]) continue;
        vl_ner_lexer lx;
        vl_ner_tok toks[VL_NER_MAX_SENT];
        size_t k;
        vl_ner_lexer_init(&lx, docs[i].text, docs[i].len, docs[i].a->lang);
        while ((k = vl_ner_next_sentence(&lx, toks, VL_NER_MAX_SENT)) > 0) tokens += (long)k;
    }
    double *times = calloc((size_t)rounds * ST_N, sizeof *times);
    long counts[ST_N] = {0};
    for (int r = 0; r < rounds; r++) {
        double t0 = now();
        for (size_t i = 0; i < n && want[ST_ANNOTATE]; i++) {
            vl_doc d = {.id = docs[i].id, .date = docs[i].date, .text = docs[i].text, .text_len = docs[i].len};
            vl_annotation *a;
            if (vl_annotate(an, &d, &a, &err)) continue;
            if (r == 0)
                counts[ST_ANNOTATE] += (long)(a->ntimexes + a->nentities + a->nquantities + a->nevents + a->nquotes);
            vl_annotation_free(docs[i].a);
            docs[i].a = a;
        }
        times[r * ST_N + ST_ANNOTATE] = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n && want[ST_ENTITY]; i++) {
            const vl_annotation *a = docs[i].a;
            long k = 0;
            if (a && a->lang < VL_LANG_COUNT && ner[a->lang])
                vl_ner_tag(ner[a->lang], a->text, a->text_len, a->lang, count_span, &k, &err);
            if (r == 0) counts[ST_ENTITY] += k;
        }
        times[r * ST_N + ST_ENTITY] = now() - t0;
        /* The same through one tagger kept from text to text, as
         * vl_annotate tags (vl_ner_tag_with). */
        t0 = now();
        for (size_t i = 0; i < n && want[ST_TAGGER]; i++) {
            const vl_annotation *a = docs[i].a;
            long k = 0;
            if (a && a->lang < VL_LANG_COUNT && ner[a->lang])
                vl_ner_tag_with(nert, ner[a->lang], a->text, a->text_len, a->lang, count_span, &k, &err);
            if (r == 0) counts[ST_TAGGER] += k;
        }
        times[r * ST_N + ST_TAGGER] = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n && want[ST_QUOTE]; i++) {
            const vl_quote *q;
            size_t k;
            const vl_annotation *a = docs[i].a;
            if (a) vl_quote_tag(qu, a->text, a->text_len, a->lang, a->entities, a->nentities, &q, &k);
            if (r == 0 && a) counts[ST_QUOTE] += (long)k;
        }
        times[r * ST_N + ST_QUOTE] = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n && want[ST_TIMEX]; i++) {
            const vl_timex *tx;
            size_t k;
            if (docs[i].a) vl_timex_tag(tt, docs[i].text, docs[i].len, docs[i].a->lang, docs[i].date, &tx, &k);
            if (r == 0 && docs[i].a) counts[ST_TIMEX] += (long)k;
        }
        times[r * ST_N + ST_TIMEX] = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n && want[ST_QUANTITY]; i++) {
            const vl_quantity *q;
            size_t k;
            const vl_annotation *a = docs[i].a;
            if (a) vl_quantity_tag(qt, a->text, a->text_len, a->lang, a->timexes, a->ntimexes, &q, &k);
            if (r == 0 && a) counts[ST_QUANTITY] += (long)k;
        }
        times[r * ST_N + ST_QUANTITY] = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n && want[ST_EVENT]; i++) {
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
    printf("%zu documents, %.1f MB of text, %ld entity-tagger tokens, %d rounds (median)\n", n,
           (double)bytes / 1e6, tokens, rounds);
    printf("%-26s %10s %10s %12s\n", "stage", "seconds", "MB/s", "items");
    for (int s = 0; s < ST_N; s++) {
        if (!want[s]) continue;
        double *col = malloc((size_t)rounds * sizeof *col);
        for (int r = 0; r < rounds; r++) col[r] = times[r * ST_N + s];
        qsort(col, (size_t)rounds, sizeof *col, cmp_double);
        double med = col[rounds / 2];
        printf("%-26s %10.3f %10.1f %12ld", stage_names[s], med, (double)bytes / 1e6 / med, counts[s]);
        if (s == ST_ENTITY || s == ST_TAGGER) printf("   %.0f tokens/s", (double)tokens / med);
        printf("\n");
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
    vl_quote_tagger_free(qu);
    for (int l = 0; l < VL_LANG_COUNT; l++) vl_ner_model_close(ner[l]);
    vl_ner_tagger_free(nert);
    vl_quantity_tagger_free(qt);
    vl_timex_tagger_free(tt);
    vl_annotator_free(an);
    return 0;
}
