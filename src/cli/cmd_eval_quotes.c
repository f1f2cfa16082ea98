/*
 * cmd_eval_quotes.c -- `veille eval quotes [--errors] PATH...`: scores the
 * quotation extractor on aads-french, polnear-en and the quotes .gold files
 * (src/eval/quotes.h):
 * span precision, recall and F1, exact and at 0.8 and 0.3 overlap, speaker
 * accuracy on the quotations matched at 0.3, and the extractor's own speed.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "eval/quotes.h"

static void prf(size_t m, size_t pred, size_t gold) {
    double p = pred ? (double)m / (double)pred : 0, r = gold ? (double)m / (double)gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("  %.3f %.3f %.3f", p, r, f);
}

static void print_rows(const vl_qeval *ev) {
    printf("%-52s %5s %6s %6s   %-17s  %-17s  %-17s  %-13s %s\n", "corpus", "docs", "gold", "sys",
           "exact P R F1", "overlap>=0.8 P R F1", "overlap>=0.3 P R F1", "speaker acc", "MB/s: quotes alone, whole annotation");
    for (size_t i = 0; i < ev->nrows; i++) {
        const vl_qeval_row *r = &ev->rows[i];
        printf("%-52s %5zu %6zu %6zu", r->name, r->docs, r->gold, r->pred);
        prf(r->match[VL_QEVAL_EXACT], r->pred, r->gold);
        prf(r->match[VL_QEVAL_80], r->pred, r->gold);
        prf(r->match[VL_QEVAL_30], r->pred, r->gold);
        if (r->spk_total) printf("  %.3f (%zu/%zu)", (double)r->spk_ok / (double)r->spk_total, r->spk_ok, r->spk_total);
        else printf("  %-13s", "-");
        printf("  %.1f %.1f\n", r->seconds > 0 ? (double)r->bytes / 1e6 / r->seconds : 0.0,
               r->annotate_seconds > 0 ? (double)r->bytes / 1e6 / r->annotate_seconds : 0.0);
    }
}

int cmd_eval_quotes(cli_env *env, int argc, char **argv) {
    vl_qeval ev = {0};
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    int npaths = 0, k;
    if (!paths) return EXIT_FATAL;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i))) {
            if (k < 0) goto usage;
        } else if (cli_flag(argv, &i, "--errors")) {
            ev.errors = stdout;
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            cli_fail("eval quotes: unknown option '%s'", argv[i]);
            goto usage;
        } else {
            paths[npaths++] = argv[i++];
        }
    }
    if (!npaths) {
        cli_fail("eval quotes: usage: veille eval quotes [--errors] PATH...");
        goto usage;
    }
    vl_error err;
    vl_error_clear(&err);
    for (int i = 0; i < npaths; i++) {
        if (vl_eval_quotes(paths[i], &ev, &err)) {
            cli_error(&err);
            vl_qeval_free(&ev);
            free(paths);
            return cli_exit_for(err.code);
        }
    }
    print_rows(&ev);
    vl_qeval_free(&ev);
    free(paths);
    return EXIT_OK;
usage:
    free(paths);
    return cli_usage("eval");
}
