/*
 * cmd_docs.c -- `veille show` (a dispatch, its time expressions and its
 * entity mentions) and
 * `veille stats`: reading the store back.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static void json_set_str(json_t *o, const char *k, const char *v) {
    if (v) json_object_set_new(o, k, json_string(v));
}

/* The stored time expressions of a document, for `show`. */
static int add_timex_json(void *ctx, const vl_doc_timex *t) {
    json_t *x = json_object();
    json_set_str(x, "text", t->text);
    json_set_str(x, "type", t->type);
    json_set_str(x, "value", t->value);
    json_set_str(x, "mod", t->mod);
    json_object_set_new(x, "start", json_integer((json_int_t)t->start));
    json_object_set_new(x, "end", json_integer((json_int_t)t->end));
    if (t->begin && t->end_date) {
        json_set_str(x, "begin", t->begin);
        json_set_str(x, "end_date", t->end_date);
    }
    json_array_append_new(ctx, x);
    return 0;
}

static int print_timex(void *ctx, const vl_doc_timex *t) {
    int *n = ctx;
    if (!(*n)++) fputs("\ntime expressions:\n", stdout);
    printf("  %6lld-%-6lld %-8s %-20s", (long long)t->start, (long long)t->end, t->type, t->value);
    if (t->mod) printf(" mod=%s", t->mod);
    if (t->begin && t->end_date) printf(" (%s..%s)", t->begin, t->end_date);
    fputs("  ", stdout);
    for (const char *p = t->text; *p; p++) putchar(*p == '\n' ? ' ' : *p);
    putchar('\n');
    return 0;
}

/* The stored entity mentions of a document, for `show`. */
static int add_entity_json(void *ctx, const vl_doc_entity *m) {
    json_t *x = json_object();
    json_set_str(x, "text", m->text);
    json_set_str(x, "type", m->type);
    json_object_set_new(x, "start", json_integer((json_int_t)m->start));
    json_object_set_new(x, "end", json_integer((json_int_t)m->end));
    json_object_set_new(x, "entity", json_integer((json_int_t)m->entity));
    json_set_str(x, "name", m->name);
    json_array_append_new(ctx, x);
    return 0;
}

static int print_entity(void *ctx, const vl_doc_entity *m) {
    int *n = ctx;
    if (!(*n)++) fputs("\nentities:\n", stdout);
    printf("  %6lld-%-6lld %-4s  ", (long long)m->start, (long long)m->end, m->type);
    for (const char *p = m->text; *p; p++) putchar(*p == '\n' ? ' ' : *p);
    if (strcmp(m->text, m->name) != 0) printf("  -> %s", m->name);
    putchar('\n');
    return 0;
}

int cmd_show(cli_env *env, int argc, char **argv) {
    int json = 0, k;
    const char *id = NULL;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i))) {
            if (k < 0) return EXIT_USAGE;
        } else if (cli_flag(argv, &i, "--json")) {
            json = 1;
        } else if (!id && (argv[i][0] != '-' || strcmp(argv[i], "--") == 0)) {
            if (strcmp(argv[i], "--") == 0) i++;
            if (i < argc) id = argv[i++];
        } else {
            cli_fail("show: unexpected argument '%s'", argv[i]);
            return cli_usage("show");
        }
    }
    if (!id) {
        cli_fail("show: no ID given");
        return cli_usage("show");
    }
    vl_store *store;
    int status = cli_open_store(env, 1, &store);
    if (status) return status;
    vl_record *r;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_store_get(store, id, &r, &err);
    if (rc) {
        cli_error(&err);
        vl_store_close(store);
        return cli_exit_for(rc);
    }
    if (json) {
        json_t *o = json_object();
        json_set_str(o, "id", r->id);
        json_set_str(o, "date", r->date);
        json_set_str(o, "lang", r->lang);
        json_set_str(o, "title", r->title);
        json_set_str(o, "source", r->source);
        json_set_str(o, "url", r->url);
        json_set_str(o, "ingested_at", r->ingested_at);
        json_set_str(o, "text", r->text);
        if (r->extra) {
            json_t *extra = json_loads(r->extra, 0, NULL);
            if (extra) json_object_set_new(o, "extra", extra);
        }
        json_t *timexes = json_array(), *entities = json_array();
        rc = vl_store_timexes(store, id, add_timex_json, timexes, &err);
        json_object_set_new(o, "timexes", timexes);
        if (!rc) rc = vl_store_entities(store, id, add_entity_json, entities, &err);
        json_object_set_new(o, "entities", entities);
        if (rc) {
            json_decref(o);
            cli_error(&err);
            status = cli_exit_for(rc);
        } else {
            status = cli_print_json(o);
        }
    } else {
        printf("id:       %s\ndate:     %s\nlang:     %s\n", r->id, r->date, r->lang);
        if (r->title) printf("title:    %s\n", r->title);
        if (r->source) printf("source:   %s\n", r->source);
        if (r->url) printf("url:      %s\n", r->url);
        if (r->extra) printf("extra:    %s\n", r->extra);
        printf("ingested: %s\n\n%s\n", r->ingested_at, r->text);
        int n = 0, ne = 0;
        rc = vl_store_timexes(store, id, print_timex, &n, &err);
        if (!rc) rc = vl_store_entities(store, id, print_entity, &ne, &err);
        if (rc) {
            cli_error(&err);
            status = cli_exit_for(rc);
        }
    }
    vl_record_free(r);
    vl_store_close(store);
    return status;
}

int cmd_stats(cli_env *env, int argc, char **argv) {
    int json = 0, k;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i))) {
            if (k < 0) return EXIT_USAGE;
        } else if (cli_flag(argv, &i, "--json")) {
            json = 1;
        } else {
            cli_fail("stats: unexpected argument '%s'", argv[i]);
            return cli_usage("stats");
        }
    }
    vl_store *store;
    int status = cli_open_store(env, 1, &store);
    if (status) return status;
    vl_stats st;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_store_stats(store, &st, &err);
    vl_store_close(store);
    if (rc) {
        cli_error(&err);
        return cli_exit_for(rc);
    }
    if (json) {
        json_t *o = json_object(), *langs = json_object();
        json_object_set_new(o, "docs", json_integer(st.docs));
        json_object_set_new(o, "text_bytes", json_integer(st.text_bytes));
        json_object_set_new(o, "first_date", st.docs ? json_string(st.first_date) : json_null());
        json_object_set_new(o, "last_date", st.docs ? json_string(st.last_date) : json_null());
        for (int i = 0; i < st.nlangs; i++) json_object_set_new(langs, st.langs[i].lang, json_integer(st.langs[i].docs));
        json_object_set_new(o, "langs", langs);
        json_object_set_new(o, "db_bytes", json_integer(st.db_bytes));
        json_object_set_new(o, "schema_version", json_integer(st.schema_version));
        json_t *an = json_object();
        json_object_set_new(an, "version", json_string(st.annotator));
        json_object_set_new(an, "current", json_integer(st.docs - st.docs_stale - st.docs_unextracted));
        json_object_set_new(an, "stale", json_integer(st.docs_stale));
        json_object_set_new(an, "unextracted", json_integer(st.docs_unextracted));
        json_object_set_new(o, "annotations", an);
        return cli_print_json(o);
    }
    printf("database:   %s\n", env->db_path);
    printf("documents:  %lld\n", (long long)st.docs);
    if (st.docs) printf("dates:      %s .. %s\n", st.first_date, st.last_date);
    printf("languages: ");
    for (int i = 0; i < st.nlangs; i++) printf(" %s %lld", st.langs[i].lang, (long long)st.langs[i].docs);
    printf("%s\n", st.nlangs ? "" : " none");
    printf("text:       %.1f MB\n", (double)st.text_bytes / 1e6);
    printf("size:       %.1f MB on disk\n", (double)st.db_bytes / 1e6);
    printf("schema:     version %d\n", st.schema_version);
    printf("annotated:  %lld current, %lld stale, %lld not extracted%s\n",
           (long long)(st.docs - st.docs_stale - st.docs_unextracted), (long long)st.docs_stale,
           (long long)st.docs_unextracted,
           st.docs_stale || st.docs_unextracted ? " (veille reannotate)" : "");
    printf("annotator:  %s\n", st.annotator);
    return EXIT_OK;
}
