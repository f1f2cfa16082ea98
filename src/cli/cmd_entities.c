/*
 * cmd_entities.c -- `veille entities` (the most mentioned entities, by
 * type and period) and `veille entity NAME` (one entity: aliases, counts
 * by month, co-occurring entities, dispatches): reading the entities the
 * store linked across dispatches (vl_entities, vl_entity_find).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cli/cli.h"

static json_t *entity_json(const vl_entity *e) {
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer((json_int_t)e->id));
    json_object_set_new(o, "name", json_string(e->name ? e->name : ""));
    json_object_set_new(o, "type", json_string(e->type ? e->type : ""));
    json_object_set_new(o, "mentions", json_integer((json_int_t)e->mentions));
    json_object_set_new(o, "docs", json_integer((json_int_t)e->docs));
    json_object_set_new(o, "first_seen", json_string(e->first_seen ? e->first_seen : ""));
    json_object_set_new(o, "last_seen", json_string(e->last_seen ? e->last_seen : ""));
    return o;
}

typedef struct list_out {
    int json, n, status;
} list_out;

static int print_entity(void *ctx, const vl_entity *e) {
    list_out *o = ctx;
    o->n++;
    if (o->json) {
        if (cli_print_json(entity_json(e))) {
            o->status = EXIT_FATAL;
            return 1;
        }
        return 0;
    }
    if (o->n == 1) printf("%8s %6s  %-4s  %-40s %s\n", "mentions", "docs", "type", "name", "seen");
    printf("%8lld %6lld  %-4s  ", (long long)e->mentions, (long long)e->docs, e->type);
    cli_put_cell(stdout, e->name, 40);
    printf(" %s..%s\n", e->first_seen, e->last_seen);
    return 0;
}

int cmd_entities(cli_env *env, int argc, char **argv) {
    vl_entity_query q = {0};
    const char *limit = NULL, *offset = NULL;
    int json = 0, k;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--type", &q.type)) ||
            (k = cli_value(argc, argv, &i, "--from", &q.date_from)) ||
            (k = cli_value(argc, argv, &i, "--to", &q.date_to)) ||
            (k = cli_value(argc, argv, &i, "--limit", &limit)) ||
            (k = cli_value(argc, argv, &i, "--offset", &offset))) {
            if (k < 0) return EXIT_USAGE;
        } else if (cli_flag(argv, &i, "--json")) {
            json = 1;
        } else {
            cli_fail("entities: unexpected argument '%s'", argv[i]);
            return cli_usage("entities");
        }
    }
    if ((limit && cli_int("--limit", limit, 10000, &q.limit)) ||
        (offset && cli_int("--offset", offset, 100000000, &q.offset)))
        return EXIT_USAGE;
    if (limit && q.limit == 0) return EXIT_OK;
    vl_store *store;
    int status = cli_open_store(env, 1, &store);
    if (status) return status;
    vl_error err;
    vl_error_clear(&err);
    list_out out = {.json = json};
    int rc = vl_entities(store, &q, print_entity, &out, &err);
    vl_store_close(store);
    if (rc == VL_EARG) {
        cli_fail("entities: %s", err.message);
        return EXIT_USAGE;
    }
    if (rc) {
        cli_error(&err);
        return cli_exit_for(rc);
    }
    if (!json && !out.n) fprintf(stderr, "no entity\n");
    return out.status;
}

static json_t *info_json(const vl_entity_info *info) {
    json_t *o = entity_json(&info->entity), *a = json_array(), *m = json_array(), *r = json_array(),
           *d = json_array();
    for (size_t i = 0; i < info->naliases; i++) {
        json_t *x = json_object();
        json_object_set_new(x, "name", json_string(info->aliases[i].name));
        json_object_set_new(x, "count", json_integer((json_int_t)info->aliases[i].count));
        json_array_append_new(a, x);
    }
    for (size_t i = 0; i < info->nmonths; i++) {
        json_t *x = json_object();
        json_object_set_new(x, "month", json_string(info->months[i].month));
        json_object_set_new(x, "mentions", json_integer((json_int_t)info->months[i].mentions));
        json_object_set_new(x, "docs", json_integer((json_int_t)info->months[i].docs));
        json_array_append_new(m, x);
    }
    for (size_t i = 0; i < info->nrelated; i++) {
        const vl_entity *e = &info->related[i].entity;
        json_t *x = json_object();
        json_object_set_new(x, "id", json_integer((json_int_t)e->id));
        json_object_set_new(x, "name", json_string(e->name));
        json_object_set_new(x, "type", json_string(e->type));
        json_object_set_new(x, "shared", json_integer((json_int_t)info->related[i].shared));
        json_array_append_new(r, x);
    }
    for (size_t i = 0; i < info->ndispatches; i++) {
        const vl_entity_doc *e = &info->dispatches[i];
        json_t *x = json_object();
        json_object_set_new(x, "id", json_string(e->id));
        json_object_set_new(x, "date", json_string(e->date));
        json_object_set_new(x, "title", json_string(e->title));
        json_object_set_new(x, "mentions", json_integer((json_int_t)e->mentions));
        json_array_append_new(d, x);
    }
    json_object_set_new(o, "aliases", a);
    json_object_set_new(o, "months", m);
    json_object_set_new(o, "related", r);
    json_object_set_new(o, "dispatches", d);
    return o;
}

static void print_info(const vl_entity_info *info) {
    const vl_entity *e = &info->entity;
    printf("%s  %s  (entity %lld)\n", e->name, e->type, (long long)e->id);
    printf("mentions:  %lld in %lld dispatch%s, %s .. %s\n", (long long)e->mentions, (long long)e->docs,
           e->docs == 1 ? "" : "es", e->first_seen, e->last_seen);
    fputs("aliases:  ", stdout);
    for (size_t i = 0; i < info->naliases; i++)
        printf("%s %s (%lld)", i ? "," : "", info->aliases[i].name, (long long)info->aliases[i].count);
    /* a table, so that "1 dispatches" never reads wrong */
    if (info->nmonths) fputs("\n\nmonth     mentions  dispatches\n", stdout);
    else fputc('\n', stdout);
    for (size_t i = 0; i < info->nmonths; i++)
        printf("%-7s   %8lld  %10lld\n", info->months[i].month, (long long)info->months[i].mentions,
               (long long)info->months[i].docs);
    if (info->nrelated) fputs("\nwith:\n", stdout);
    for (size_t i = 0; i < info->nrelated; i++)
        printf("  %5lld  %-4s  %s\n", (long long)info->related[i].shared, info->related[i].entity.type,
               info->related[i].entity.name);
    if (info->ndispatches) fputs("\ndispatches (newest first):\n", stdout);
    for (size_t i = 0; i < info->ndispatches; i++) {
        const vl_entity_doc *d = &info->dispatches[i];
        printf("  %s  %s  ", d->date, d->id);
        for (const char *p = d->title; *p; p++) putchar(*p == '\n' ? ' ' : *p);
        putchar('\n');
    }
}

int cmd_entity(cli_env *env, int argc, char **argv) {
    vl_entity_find_opts fo = {0};
    const char *limit = NULL;
    int json = 0, k;
    vl_buf name;
    vl_buf_init(&name);
    int status = EXIT_USAGE;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--limit", &limit))) {
            if (k < 0) goto done;
        } else if (cli_flag(argv, &i, "--json")) {
            json = 1;
        } else if (strcmp(argv[i], "--") == 0) {
            for (i++; i < argc; i++) {
                if (name.len) vl_buf_putc(&name, ' ');
                vl_buf_puts(&name, argv[i]);
            }
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            cli_fail("entity: unknown option '%s'", argv[i]);
            goto done;
        } else {
            /* Several words are one name: veille entity Mark Rutte. */
            if (name.len) vl_buf_putc(&name, ' ');
            vl_buf_puts(&name, argv[i++]);
        }
    }
    if (!name.len) {
        cli_fail("entity: no NAME given");
        cli_usage("entity");
        goto done;
    }
    if (limit && cli_int("--limit", limit, 10000, &fo.max_dispatches)) goto done;
    vl_store *store;
    if ((status = cli_open_store(env, 1, &store))) goto done;
    vl_error err;
    vl_error_clear(&err);
    vl_entity_info *info = NULL;
    int rc = vl_entity_find(store, name.data, &fo, &info, &err);
    if (rc) {
        cli_error(&err);
        status = cli_exit_for(rc);
    } else if (json) {
        status = cli_print_json(info_json(info));
    } else {
        print_info(info);
        status = EXIT_OK;
    }
    vl_entity_info_free(info);
    vl_store_close(store);
done:
    vl_buf_free(&name);
    return status;
}
