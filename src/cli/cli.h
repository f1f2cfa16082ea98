/*
 * cli.h -- what the command implementations of bin/veille share: exit
 * statuses, the database path, and small output helpers.  The commands are
 * thin: parse arguments, call libveille, print.
 */
#ifndef VL_CLI_H
#define VL_CLI_H

#include <stdio.h>

#include "veille.h"

/* Exit statuses, documented in `veille --help` and docs/veille.1. */
enum {
    EXIT_OK = 0,
    EXIT_PARTIAL = 1, /* done, but some input was rejected or not found */
    EXIT_USAGE = 2,   /* bad arguments or a malformed query */
    EXIT_FATAL = 3,   /* the database or the system failed */
    EXIT_INTERRUPTED = 130
};

typedef struct cli_env {
    const char *db_path; /* --db, else $VEILLE_DB, else veille.db */
    const char *prog;
} cli_env;

int cmd_ingest(cli_env *env, int argc, char **argv);
int cmd_search(cli_env *env, int argc, char **argv);
int cmd_show(cli_env *env, int argc, char **argv);
int cmd_stats(cli_env *env, int argc, char **argv);
int cmd_optimize(cli_env *env, int argc, char **argv);
int cmd_annotate(cli_env *env, int argc, char **argv);
int cmd_analyze(cli_env *env, int argc, char **argv);
int cmd_eval(cli_env *env, int argc, char **argv);
int cmd_timex(cli_env *env, int argc, char **argv);
int cmd_eval_timex(cli_env *env, int argc, char **argv);
int cmd_train(cli_env *env, int argc, char **argv);
int cmd_eval_ner(cli_env *env, int argc, char **argv);
int cmd_eval_events(cli_env *env, int argc, char **argv);
int cmd_events(cli_env *env, int argc, char **argv);
int cmd_timeline(cli_env *env, int argc, char **argv);
int cmd_entities(cli_env *env, int argc, char **argv);
int cmd_entity(cli_env *env, int argc, char **argv);
int cmd_serve(cli_env *env, int argc, char **argv);
int cmd_eval_quotes(cli_env *env, int argc, char **argv);
int cmd_eval_merge(cli_env *env, int argc, char **argv);
/* The options `eval ner` and `eval merge` share (cmd_eval.c): [--model M]
 * [--lang fr|en] [--errors] [--tagged, when tagged_ok] PATH... */
typedef struct cli_eval_opts {
    const char *model; /* --model, or NULL */
    int lang;          /* --lang, or -1 */
    int errors, tagged;
    char **paths;      /* into argv; the array is the caller's to free */
    int npaths;
} cli_eval_opts;
/* EXIT_OK, or the status of a usage error already told (o->paths freed). */
int cli_eval_opts_parse(cli_env *env, int argc, char **argv, const char *kind, int tagged_ok, cli_eval_opts *o);
/* The entity model of a language where ingest finds it:
 * $VEILLE_MODELS/ner-LANG.model, models/ by default. */
void cli_ner_model_path(vl_lang lang, char *out, size_t cap);
int cmd_quotes(cli_env *env, int argc, char **argv);
int cmd_reannotate(cli_env *env, int argc, char **argv);

/* "veille: <path>:<line>: <message>" on stderr. */
void cli_error(const vl_error *err);
/* "veille: <formatted>" on stderr. */
void cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Opens the store or prints why not; returns the exit status to use on
 * failure (0 on success). */
int cli_open_store(cli_env *env, int readonly, vl_store **out);
/* Maps a library status to an exit status. */
int cli_exit_for(int code);
/* Writes s as a JSON string (with quotes) to f. */
void cli_json_string(FILE *f, const char *s);
/* Writes s to f followed by spaces up to `width` terminal columns,
 * counted as a terminal shows them (utf8proc's character widths: an
 * accented letter is one column, though two bytes), so that table columns
 * after a name line up. */
void cli_put_cell(FILE *f, const char *s, int width);
/* Prints o (a jansson json_t, whose reference this takes) as one compact
 * line, keys in insertion order; EXIT_OK, or EXIT_FATAL when out of memory. */
struct json_t;
int cli_print_json(struct json_t *o);
/* "see 'veille help COMMAND'" on stderr; returns EXIT_USAGE. */
int cli_usage(const char *command);

/* Option parsing shared by the commands, which accept their options
 * anywhere among their arguments.  At argv[*i]:
 *   cli_flag:  matches `name`, advances *i, returns 1.
 *   cli_value: matches `name VALUE` or `name=VALUE`, stores VALUE, advances
 *              *i past it and returns 1; returns -1 (after printing why)
 *              when the value is missing.
 * Both return 0 when argv[*i] is something else.  `--db FILE` is accepted
 * by every command through cli_common. */
int cli_flag(char **argv, int *i, const char *name);
int cli_value(int argc, char **argv, int *i, const char *name, const char **value);
int cli_common(cli_env *env, int argc, char **argv, int *i);
/* Parses a non-negative integer option value; prints why not. */
int cli_int(const char *name, const char *value, int max, int *out);
/* Parses a language option value the analysis knows (fr, en); stores its
 * code ("fr", "en") in *out, or prints why not and returns -1. */
int cli_lang(const char *name, const char *value, const char **out);

/* progress.c: the progress bar of long commands (on stderr when it is a
 * terminal and not --quiet; redrawn at most ten times a second), cleared
 * before other lines are printed; and the SIGINT/SIGTERM flag they poll. */
typedef struct cli_progress {
    int bar;   /* draw the bar */
    int drawn; /* a bar is on screen */
    double start, last_draw;
} cli_progress;
void cli_progress_init(cli_progress *p, int quiet);
/* 1 when it is time to redraw (never without a bar). */
int cli_progress_due(cli_progress *p);
/* Draws the printf-formatted counts, then the bar at `frac` (0..1) and an ETA. */
void cli_progress_draw(cli_progress *p, double frac, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void cli_progress_clear(cli_progress *p);
void cli_catch_interrupts(void);
int cli_interrupted(void);
double cli_now_s(void); /* monotonic seconds */

#endif
