/*
 * cmd_eval_timex.c -- `veille eval timex [--lang fr|en] [--errors] PATH...`:
 * tags the raw text of TimeML documents (.tml files, folders read
 * recursively) against their creation time and prints the TempEval-3
 * scores: strict and relaxed extent P/R/F1, type and value accuracy over
 * relaxed matches, and value F1 = relaxed F1 x value accuracy, overall and
 * per TIMEX3 type.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/base.h"
#include "cli/cli.h"
#include "eval/timeml.h"
#include "extract/timex.h"
#include "io/reader.h"

typedef struct eval_state {
    vl_timex_tagger *tg;
    int lang; /* -1: identify per document */
    int errors;
    const char *path;
    const char *text;
    vl_timex_counts c;
    long docs, failed;
    size_t bytes;
    double seconds;
} eval_state;

static void print_pair(void *ctx, const vl_tml_timex *g, const vl_timex *s) {
    eval_state *e = ctx;
    const char *kind = !s ? "MISS" : !g ? "SPURIOUS" : "DIFF";
    printf("%-8s %s", kind, e->path);
    if (g)
        printf("  gold [%.*s] %s %s%s%s", (int)(g->end - g->start), e->text + g->start, g->type, g->value,
               g->mod[0] ? " " : "", g->mod);
    if (s)
        printf("  sys [%.*s] %s %s%s%s", (int)(s->end - s->start), e->text + s->start, vl_timex_type_name(s->type),
               s->value, s->mod[0] ? " " : "", s->mod);
    putchar('\n');
}

static int has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static int eval_file(eval_state *e, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_fail("eval timex: cannot open %s", path);
        e->failed++;
        return 0;
    }
    vl_buf b;
    vl_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (vl_buf_append(&b, chunk, n)) break;
    fclose(f);
    vl_tml_doc doc;
    vl_error err;
    vl_error_clear(&err);
    if (vl_tml_parse(b.data ? b.data : "", b.len, &doc, &err)) {
        cli_fail("eval timex: %s: %s", path, err.message);
        vl_buf_free(&b);
        e->failed++;
        return 0;
    }
    vl_buf_free(&b);
    if (!doc.dct[0]) {
        cli_fail("eval timex: %s: no creation time (TIMEX3 functionInDocument=\"CREATION_TIME\")", path);
        vl_tml_doc_free(&doc);
        e->failed++;
        return 0;
    }
    vl_lang lang = e->lang >= 0 ? (vl_lang)e->lang : vl_lang_identify(doc.text, doc.len);
    const vl_timex *tx;
    size_t ntx;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = vl_timex_tag(e->tg, doc.text, doc.len, lang, doc.dct, &tx, &ntx);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    e->seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    e->bytes += doc.len;
    if (rc) {
        cli_fail("eval timex: %s: %s", path, vl_strerror(rc));
        vl_tml_doc_free(&doc);
        e->failed++;
        return rc == VL_ENOMEM ? -1 : 0;
    }
    e->path = path;
    e->text = doc.text;
    vl_timex_score(doc.timex, doc.n, tx, ntx, &e->c, e->errors ? print_pair : NULL, e);
    e->docs++;
    vl_tml_doc_free(&doc);
    return 0;
}

/* The files vl_walk finds: a named file whatever its name, in a folder
 * the .tml files. */
typedef struct walk_ctx {
    eval_state *e;
    const char *top;
} walk_ctx;

static int on_file(void *ctx, const char *file) {
    walk_ctx *w = ctx;
    if (strcmp(file, w->top) != 0 && !has_suffix(file, ".tml")) return 0;
    return eval_file(w->e, file);
}

static void on_walk_error(void *ctx, const vl_error *err) {
    walk_ctx *w = ctx;
    cli_error(err);
    w->e->failed++;
}

static int walk(eval_state *e, const char *path) {
    walk_ctx w = {e, path};
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_walk(path, on_file, on_walk_error, &w, &err);
    if (rc == VL_EIO) {
        cli_error(&err);
        e->failed++;
        return 0;
    }
    return rc;
}

static double ratio(long a, long b) { return b ? (double)a / (double)b : 0.0; }
static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

static void print_scores(const eval_state *e) {
    const vl_timex_counts *c = &e->c;
    printf("documents %ld, gold %ld, system %ld", e->docs, c->gold[4], c->sys[4]);
    if (e->seconds > 0)
        printf(", %.2f MB tagged in %.3f s (%.1f MB/s)", (double)e->bytes / 1e6, e->seconds,
               (double)e->bytes / 1e6 / e->seconds);
    printf("\n\n%-10s %6s %6s %6s\n", "extent", "P", "R", "F1");
    double sp = ratio(c->strict_sys[4], c->sys[4]), sr = ratio(c->strict_gold[4], c->gold[4]);
    double rp = ratio(c->relaxed_sys[4], c->sys[4]), rr = ratio(c->relaxed_gold[4], c->gold[4]);
    printf("%-10s %6.4f %6.4f %6.4f\n", "strict", sp, sr, f1(sp, sr));
    printf("%-10s %6.4f %6.4f %6.4f\n", "relaxed", rp, rr, f1(rp, rr));
    double ta = ratio(c->type_ok[4], c->relaxed_gold[4]), va = ratio(c->value_ok[4], c->relaxed_gold[4]);
    printf("\ntype accuracy   %6.4f\nvalue accuracy  %6.4f\nvalue F1        %6.4f\n", ta, va, f1(rp, rr) * va);
    printf("\n%-9s %5s %5s %7s %7s %7s %7s %7s %7s %7s\n", "type", "gold", "sys", "strictF", "relax P", "relax R",
           "relaxF", "typeAcc", "valAcc", "valF1");
    for (int t = 0; t < 4; t++) {
        double p = ratio(c->relaxed_sys[t], c->sys[t]), r = ratio(c->relaxed_gold[t], c->gold[t]);
        double stp = ratio(c->strict_sys[t], c->sys[t]), str = ratio(c->strict_gold[t], c->gold[t]);
        double va_t = ratio(c->value_ok[t], c->relaxed_gold[t]);
        printf("%-9s %5ld %5ld %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f\n", vl_timex_type_name((vl_timex_type)t),
               c->gold[t], c->sys[t], f1(stp, str), p, r, f1(p, r), ratio(c->type_ok[t], c->relaxed_gold[t]), va_t,
               f1(p, r) * va_t);
    }
}

int cmd_eval_timex(cli_env *env, int argc, char **argv) {
    const char *lang_s = NULL;
    int k, npaths = 0;
    eval_state e;
    memset(&e, 0, sizeof e);
    e.lang = -1;
    char **paths = calloc((size_t)argc, sizeof *paths);
    if (!paths) return EXIT_FATAL;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--lang", &lang_s))) {
            if (k < 0) goto usage;
        } else if (cli_flag(argv, &i, "--errors")) {
            e.errors = 1;
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            cli_fail("eval timex: unknown option '%s'", argv[i]);
            goto usage;
        } else {
            paths[npaths++] = argv[i++];
        }
    }
    if (!npaths) {
        cli_fail("eval timex: usage: veille eval timex [--lang fr|en] [--errors] PATH...");
        goto usage;
    }
    if (lang_s && (e.lang = vl_lang_parse(lang_s)) < 0) {
        cli_fail("eval timex: unknown language '%s'", lang_s);
        goto usage;
    }
    vl_error err;
    vl_error_clear(&err);
    if (vl_timex_tagger_new(&e.tg, &err)) {
        cli_error(&err);
        free(paths);
        return EXIT_FATAL;
    }
    int rc = 0;
    for (int i = 0; i < npaths && !rc; i++) rc = walk(&e, paths[i]);
    if (!rc && !e.docs) {
        /* Scores of nothing would read as a tagger that finds nothing. */
        if (!e.failed) cli_fail("eval timex: no TimeML document (.tml) in %s%s", paths[0], npaths > 1 ? " ..." : "");
        vl_timex_tagger_free(e.tg);
        free(paths);
        return EXIT_USAGE;
    }
    if (!rc) print_scores(&e);
    vl_timex_tagger_free(e.tg);
    free(paths);
    if (rc) return EXIT_FATAL;
    return e.failed ? EXIT_PARTIAL : EXIT_OK;
usage:
    free(paths);
    return cli_usage("eval");
}
