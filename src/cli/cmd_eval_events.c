/*
 * cmd_eval_events.c -- `veille eval events [--errors] PATH...`: annotates
 * each dispatch of an events gold set (tests/data/events-gold/README.md)
 * and prints precision and recall of the extracted events per CAMEO root
 * code and overall.  --errors lists the spurious and missed events.
 */
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "cli/cli.h"
#include "eval/events_gold.h"

static const char *arg_text(const vl_annotation *a, const vl_event_arg *g, char *buf, size_t cap) {
    if (g->end <= g->start) return NULL;
    size_t s = g->start, e = g->end;
    if (g->entity >= 0) s = a->entities[g->entity].canon_start, e = a->entities[g->entity].canon_end;
    snprintf(buf, cap, "%.*s", (int)(e - s), a->text + s);
    return buf;
}

static void ratio(long num, long den) {
    if (den) printf(" %6.3f", (double)num / (double)den);
    else printf("      -");
}

int cmd_eval_events(cli_env *env, int argc, char **argv) {
    (void)env;
    int errors = 0, npaths = 0;
    const char **paths = calloc((size_t)argc, sizeof *paths);
    if (!paths) return EXIT_FATAL;
    for (int i = 1; i < argc;) {
        if (cli_flag(argv, &i, "--errors")) errors = 1;
        else if (argv[i][0] == '-' && argv[i][1]) {
            cli_fail("eval events: unknown option %s", argv[i]);
            free(paths);
            return cli_usage("eval");
        } else paths[npaths++] = argv[i++];
    }
    if (!npaths) {
        cli_fail("eval events: which gold files? (see tests/data/events-gold)");
        free(paths);
        return cli_usage("eval");
    }
    vl_evgold g = {0};
    vl_error err;
    int status = EXIT_OK;
    for (int p = 0; p < npaths; p++)
        if (vl_evgold_read(paths[p], &g, &err)) {
            cli_error(&err);
            free(paths);
            vl_evgold_free(&g);
            return EXIT_USAGE;
        }
    free(paths);
    vl_annotator *an;
    if (vl_annotator_new(&an, &err)) {
        cli_error(&err);
        vl_evgold_free(&g);
        return cli_exit_for(err.code);
    }
    vl_evcounts c;
    memset(&c, 0, sizeof c);
    for (size_t i = 0; i < g.n && status == EXIT_OK; i++) {
        vl_evgold_doc *d = &g.docs[i];
        char id[32];
        snprintf(id, sizeof id, "gold-%zu", i + 1);
        vl_doc doc = {.id = id, .date = d->date, .lang = d->lang, .text = d->text, .text_len = strlen(d->text)};
        vl_annotation *a;
        if (vl_annotate(an, &doc, &a, &err)) {
            cli_error(&err);
            status = EXIT_FATAL;
            break;
        }
        vl_evsys *sys = calloc(a->nevents + 1, sizeof *sys);
        char (*bufs)[2][512] = calloc(a->nevents + 1, sizeof *bufs);
        int *ok = calloc(a->nevents + 1, sizeof *ok);
        if (!sys || !bufs || !ok) status = EXIT_FATAL;
        for (size_t j = 0; status == EXIT_OK && j < a->nevents; j++) {
            sys[j].actor = arg_text(a, &a->events[j].actor, bufs[j][0], sizeof bufs[j][0]);
            sys[j].target = arg_text(a, &a->events[j].target, bufs[j][1], sizeof bufs[j][1]);
            sys[j].code = a->events[j].code;
        }
        if (status == EXIT_OK && vl_evgold_score(d, sys, a->nevents, &c, ok)) status = EXIT_USAGE;
        if (errors && status == EXIT_OK) {
            for (size_t j = 0; j < a->nevents; j++)
                if (!ok[j])
                    printf("SPURIOUS line %ld: (%s, %02d %s, %s)\n", d->line, sys[j].actor, sys[j].code,
                           a->events[j].action, sys[j].target ? sys[j].target : "-");
            /* gold events no extracted event matched */
            for (size_t k = 0; k < d->nev; k++) {
                vl_evcounts one;
                memset(&one, 0, sizeof one);
                vl_evgold_doc single = *d;
                single.ev = &d->ev[k];
                single.nev = 1;
                vl_evgold_score(&single, sys, a->nevents, &one, NULL);
                if (!one.gold_ok[0])
                    printf("MISSED   line %ld: (%s, %02d, %s)\n", d->line, d->ev[k].actor, d->ev[k].code,
                           d->ev[k].target ? d->ev[k].target : "-");
            }
        }
        free(sys);
        free(bufs);
        free(ok);
        vl_annotation_free(a);
    }
    vl_annotator_free(an);
    vl_evgold_free(&g);
    if (status != EXIT_OK) return status;
    printf("code class                          gold  found  extracted  correct  precision recall\n");
    for (int k = 1; k <= 20; k++) {
        if (!c.gold[k] && !c.sys[k]) continue;
        printf("%02d   %-30s %5ld  %5ld  %9ld  %7ld   ", k, vl_event_code_name(k), c.gold[k], c.gold_ok[k], c.sys[k],
               c.sys_ok[k]);
        ratio(c.sys_ok[k], c.sys[k]);
        ratio(c.gold_ok[k], c.gold[k]);
        putchar('\n');
    }
    printf("all  %-30s %5ld  %5ld  %9ld  %7ld   ", "", c.gold[0], c.gold_ok[0], c.sys[0], c.sys_ok[0]);
    ratio(c.sys_ok[0], c.sys[0]);
    ratio(c.gold_ok[0], c.gold[0]);
    putchar('\n');
    return EXIT_OK;
}
