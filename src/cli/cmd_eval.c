/*
 * cmd_eval.c -- `veille eval KIND PATH...`: scores veille's extraction
 * against gold corpora with the standard measures of each field.  Each kind
 * of evaluation lives in its own file (cmd_eval_*.c) and is listed here.
 */
#include <stdlib.h>
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

int cli_eval_opts_parse(cli_env *env, int argc, char **argv, const char *kind, int tagged_ok, cli_eval_opts *o) {
    const char *lang_s = NULL;
    int k;
    memset(o, 0, sizeof *o);
    o->lang = -1;
    if (!(o->paths = calloc((size_t)argc, sizeof *o->paths))) return EXIT_FATAL;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--model", &o->model))) {
            if (k < 0) goto usage;
        } else if ((k = cli_value(argc, argv, &i, "--lang", &lang_s))) {
            if (k < 0) goto usage;
        } else if (tagged_ok && cli_flag(argv, &i, "--tagged")) {
            o->tagged = 1;
        } else if (cli_flag(argv, &i, "--errors")) {
            o->errors = 1;
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            cli_fail("eval %s: unknown option '%s'", kind, argv[i]);
            goto usage;
        } else {
            o->paths[o->npaths++] = argv[i++];
        }
    }
    if (!o->npaths) {
        cli_fail("eval %s: no PATH given", kind);
        goto usage;
    }
    if (lang_s && (o->lang = vl_lang_parse(lang_s)) != VL_LANG_FR && o->lang != VL_LANG_EN) {
        cli_fail("eval %s: --lang must be fr or en", kind);
        goto usage;
    }
    return EXIT_OK;
usage:
    free(o->paths);
    o->paths = NULL;
    return cli_usage("eval");
}

void cli_ner_model_path(vl_lang lang, char *out, size_t cap) {
    const char *dir = getenv("VEILLE_MODELS");
    snprintf(out, cap, "%s/ner-%s.model", dir && *dir ? dir : "models", vl_lang_code(lang));
}
