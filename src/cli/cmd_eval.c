/*
 * cmd_eval.c -- `veille eval KIND PATH...`: scores veille's extraction
 * against gold corpora with the standard measures of each field.  Each kind
 * of evaluation lives in its own file (cmd_eval_*.c) and is listed here.
 */
#include <string.h>

#include "cli/cli.h"

static const struct evaluation {
    const char *kind;
    int (*run)(cli_env *, int, char **);
    const char *what;
} evaluations[] = {
    {"ner", cmd_eval_ner, "named entities (conlleval)"},
    {"timex", cmd_eval_timex, "TimeML/TempEval-3 time expressions"},
    {"events", cmd_eval_events, "events against a gold set (tests/data/events-gold)"},
    {"quotes", cmd_eval_quotes, "quotations and speakers (aads-french, polnear-en)"},
    {"merge", cmd_eval_merge, "names merged into entities (hipe2022-fr's entity links)"},
    {NULL, NULL, NULL} /* kinds are added above this line */
};

int cmd_eval(cli_env *env, int argc, char **argv) {
    if (argc < 2) {
        cli_fail("eval: which evaluation? one of:");
        for (const struct evaluation *e = evaluations; e->kind; e++) fprintf(stderr, "  %-8s %s\n", e->kind, e->what);
        return EXIT_USAGE;
    }
    for (const struct evaluation *e = evaluations; e->kind; e++)
        if (strcmp(e->kind, argv[1]) == 0) return e->run(env, argc - 1, argv + 1);
    cli_fail("eval: no evaluation '%s'", argv[1]);
    return cli_usage("eval");
}
