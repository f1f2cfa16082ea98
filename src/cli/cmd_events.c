/*
 * cmd_events.c -- `veille events` (the stored events, filtered by actor,
 * CAMEO code and the date they refer to) and `veille timeline` (events and
 * dated facts in the order of the dates they refer to, each with its
 * dispatch and evidence).  Text lines, or JSON Lines with --json.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cli/cli.h"

static void set_opt(json_t *o, const char *k, const char *v) {
    if (v) json_object_set_new(o, k, json_string(v));
}

static json_t *event_json(const vl_stored_event *e) {
    json_t *o = json_object();
    if (!o) return NULL;
    set_opt(o, "id", e->doc_id);
    set_opt(o, "doc_date", e->doc_date);
    set_opt(o, "actor", e->actor);
    set_opt(o, "action", e->action);
    set_opt(o, "code", e->code);
    set_opt(o, "class", e->code_name);
    set_opt(o, "target", e->target);
    set_opt(o, "place", e->place);
    set_opt(o, "date", e->date);
    set_opt(o, "begin", e->begin);
    set_opt(o, "end_date", e->end_date);
    set_opt(o, "text", e->text);
    json_object_set_new(o, "start", json_integer(e->start));
    json_object_set_new(o, "end", json_integer(e->end));
    return o;
}

typedef struct out_ctx {
    int json, status;
    long n;
} out_ctx;

static int on_event(void *ctx, const vl_stored_event *e) {
    out_ctx *o = ctx;
    o->n++;
    if (o->json) {
        json_t *j = event_json(e);
        if (!j || cli_print_json(j) != EXIT_OK) {
            o->status = EXIT_FATAL;
            return 1;
        }
        return 0;
    }
    printf("%-10s %s %s (%s %s) %s%s%s%s%s  [%s %lld-%lld]\n", e->date ? e->date : e->doc_date, e->actor, e->action,
           e->code, e->code_name, e->target ? e->target : "", e->place ? " @ " : "", e->place ? e->place : "",
           e->date ? "" : "  (dispatch date)", "", e->doc_id, (long long)e->start, (long long)e->end);
    return 0;
}

static int parse_common(cli_env *env, int argc, char **argv, int *i, const char *cmd, const char **from,
                        const char **to, const char **limit, int *json, int *k) {
    if ((*k = cli_common(env, argc, argv, i)) || (*k = cli_value(argc, argv, i, "--from", from)) ||
        (*k = cli_value(argc, argv, i, "--to", to)) || (*k = cli_value(argc, argv, i, "--limit", limit)))
        return 1;
    if (cli_flag(argv, i, "--json")) {
        *json = 1;
        return 1;
    }
    (void)cmd;
    return 0;
}

int cmd_events(cli_env *env, int argc, char **argv) {
    vl_event_query q = {0};
    const char *limit = NULL, *offset = NULL;
    int json = 0, k;
    for (int i = 1; i < argc;) {
        if (parse_common(env, argc, argv, &i, "events", &q.date_from, &q.date_to, &limit, &json, &k) ||
            (k = cli_value(argc, argv, &i, "--actor", &q.actor)) || (k = cli_value(argc, argv, &i, "--code", &q.code)) ||
            (k = cli_value(argc, argv, &i, "--offset", &offset))) {
            if (k < 0) return EXIT_USAGE;
        } else {
            cli_fail("events: unexpected argument '%s'", argv[i]);
            return cli_usage("events");
        }
    }
    if ((limit && cli_int("--limit", limit, 100000, &q.limit)) ||
        (offset && cli_int("--offset", offset, 100000000, &q.offset)))
        return EXIT_USAGE;
    vl_store *store;
    int status = cli_open_store(env, 1, &store);
    if (status) return status;
    out_ctx o = {.json = json};
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_events(store, &q, on_event, &o, &err);
    vl_store_close(store);
    if (rc) {
        cli_error(&err);
        return cli_exit_for(rc);
    }
    return o.status;
}

static int on_item(void *ctx, const vl_timeline_item *it) {
    out_ctx *o = ctx;
    o->n++;
    if (o->json) {
        json_t *j = json_object();
        if (!j) {
            o->status = EXIT_FATAL;
            return 1;
        }
        set_opt(j, "kind", it->kind);
        set_opt(j, "begin", it->begin);
        set_opt(j, "end_date", it->end_date);
        set_opt(j, "value", it->value);
        set_opt(j, "id", it->doc_id);
        set_opt(j, "doc_date", it->doc_date);
        set_opt(j, "text", it->text);
        json_object_set_new(j, "start", json_integer(it->start));
        json_object_set_new(j, "end", json_integer(it->end));
        if (it->event) json_object_set_new(j, "event", event_json(it->event));
        if (cli_print_json(j) != EXIT_OK) {
            o->status = EXIT_FATAL;
            return 1;
        }
        return 0;
    }
    if (it->event)
        printf("%-10s event  %s %s (%s) %s  [%s %lld-%lld]\n", it->value, it->event->actor, it->event->action,
               it->event->code, it->event->target ? it->event->target : "", it->doc_id, (long long)it->start,
               (long long)it->end);
    else
        printf("%-10s fact   %s  [%s %lld-%lld]\n", it->value, it->text, it->doc_id, (long long)it->start,
               (long long)it->end);
    return 0;
}

int cmd_timeline(cli_env *env, int argc, char **argv) {
    vl_timeline_query q = {0};
    const char *limit = NULL;
    int json = 0, k;
    vl_buf query;
    vl_buf_init(&query);
    int status = EXIT_USAGE;
    for (int i = 1; i < argc;) {
        if (parse_common(env, argc, argv, &i, "timeline", &q.date_from, &q.date_to, &limit, &json, &k) ||
            (k = cli_value(argc, argv, &i, "--entity", &q.entity))) {
            if (k < 0) goto done;
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            cli_fail("timeline: unknown option '%s'", argv[i]);
            cli_usage("timeline");
            goto done;
        } else {
            if (query.len) vl_buf_putc(&query, ' ');
            vl_buf_puts(&query, argv[i++]);
        }
    }
    if (limit && cli_int("--limit", limit, 100000, &q.limit)) goto done;
    q.query = query.len ? query.data : NULL;
    vl_store *store;
    if ((status = cli_open_store(env, 1, &store))) goto done;
    out_ctx o = {.json = json};
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_timeline(store, &q, on_item, &o, &err);
    vl_store_close(store);
    if (rc) {
        cli_error(&err);
        status = cli_exit_for(rc);
    } else {
        status = o.status;
    }
done:
    vl_buf_free(&query);
    return status;
}
