/*
 * cmd_search.c -- `veille search`: ranked hits for a query, as text for a
 * person (matched words in colour on a terminal) or JSON Lines for tools;
 * --mentions keeps the dispatches that mention a period, --entity those
 * that mention an entity (with no query: all of them, newest first).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "cli/cli.h"

typedef struct search_out {
    int json, color, rank;
} search_out;

static int print_hit(void *ctx, const vl_hit *h) {
    search_out *o = ctx;
    o->rank++;
    if (o->json) {
        printf("{\"rank\":%d,\"id\":", o->rank);
        cli_json_string(stdout, h->id);
        printf(",\"date\":\"%s\",\"lang\":\"%s\",\"title\":", h->date, h->lang);
        cli_json_string(stdout, h->title);
        fputs(",\"snippet\":", stdout);
        cli_json_string(stdout, h->snippet);
        printf(",\"score\":%.4f}\n", h->score);
        return 0;
    }
    if (o->color)
        printf("\033[1m%s\033[0m  %s  %s  \033[1m%s\033[0m\n", h->id, h->date, h->lang, h->title);
    else
        printf("%s  %s  %s  %s\n", h->id, h->date, h->lang, h->title);
    /* Snippets span lines of the body: show them on one indented line. */
    fputs("    ", stdout);
    for (const char *p = h->snippet; *p; p++) putchar(*p == '\n' ? ' ' : *p);
    fputs("\n\n", stdout);
    return 0;
}

/* --mentions FROM..TO, FROM.., ..TO or one period (2025-09 is FROM and
 * TO at once); the bounds are checked by vl_search.  `buf` holds the
 * copies the options point to. */
static int parse_mentions(const char *v, vl_search_opts *so, char buf[2][64]) {
    const char *dots = strstr(v, "..");
    size_t n1 = dots ? (size_t)(dots - v) : strlen(v);
    const char *second = dots ? dots + 2 : v;
    if (n1 >= 64 || strlen(second) >= 64 || (dots && strstr(second, "..")) || (!n1 && !*second)) {
        cli_fail("search: --mentions wants FROM..TO (YYYY-MM-DD, YYYY-MM or YYYY), not '%s'", v);
        return -1;
    }
    memcpy(buf[0], v, n1);
    buf[0][n1] = 0;
    strcpy(buf[1], second);
    so->mentions_from = n1 ? buf[0] : NULL;
    so->mentions_to = *second ? buf[1] : NULL;
    return 0;
}

int cmd_search(cli_env *env, int argc, char **argv) {
    vl_search_opts so = {0};
    int json = 0, explain = 0, k;
    const char *limit = NULL, *offset = NULL, *mentions = NULL;
    char mention_buf[2][64];
    vl_buf query;
    vl_buf_init(&query);
    int status = EXIT_USAGE;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--from", &so.date_from)) ||
            (k = cli_value(argc, argv, &i, "--to", &so.date_to)) ||
            (k = cli_value(argc, argv, &i, "--lang", &so.lang)) ||
            (k = cli_value(argc, argv, &i, "--limit", &limit)) ||
            (k = cli_value(argc, argv, &i, "--offset", &offset)) ||
            (k = cli_value(argc, argv, &i, "--mentions", &mentions)) ||
            (k = cli_value(argc, argv, &i, "--entity", &so.entity))) {
            if (k < 0) goto done;
        } else if (cli_flag(argv, &i, "--json")) {
            json = 1;
        } else if (cli_flag(argv, &i, "--explain")) {
            explain = 1;
        } else if (strcmp(argv[i], "--") == 0) {
            for (i++; i < argc; i++) {
                if (query.len) vl_buf_putc(&query, ' ');
                vl_buf_puts(&query, argv[i]);
            }
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            cli_fail("search: unknown option '%s'", argv[i]);
            goto done;
        } else {
            /* Anything else is query text, including -word (negation). */
            if (query.len) vl_buf_putc(&query, ' ');
            vl_buf_puts(&query, argv[i++]);
        }
    }
    if (mentions && parse_mentions(mentions, &so, mention_buf)) goto done;
    if (!query.len && !mentions && !(so.entity && *so.entity)) {
        cli_fail("search: no QUERY given");
        cli_usage("search");
        goto done;
    }
    if ((limit && cli_int("--limit", limit, 10000, &so.limit)) ||
        (offset && cli_int("--offset", offset, 100000000, &so.offset)))
        goto done;
    if (limit && so.limit == 0) {
        status = EXIT_OK; /* asked for nothing */
        goto done;
    }
    so.query = query.len ? query.data : NULL;
    vl_error err;
    vl_error_clear(&err);
    if (explain && !so.query) {
        cli_fail("search: --explain needs a QUERY");
        goto done;
    }
    if (explain) {
        char *fts = NULL;
        int rc = vl_query_to_fts(so.query, &fts, &err);
        if (rc) {
            fprintf(stderr, "veille: query: %s\n", err.message);
            status = cli_exit_for(rc);
        } else {
            printf("%s\n", fts);
            status = EXIT_OK;
        }
        free(fts);
        goto done;
    }
    vl_store *store;
    if ((status = cli_open_store(env, 1, &store))) goto done;
    search_out out = {.json = json, .color = !json && isatty(1)};
    if (out.color) {
        so.mark_open = "\033[1;31m";
        so.mark_close = "\033[0m";
    } else if (!json) {
        so.mark_open = "[";
        so.mark_close = "]";
    } else {
        so.mark_open = "<b>";
        so.mark_close = "</b>";
    }
    int64_t total = 0;
    int rc = vl_search(store, &so, print_hit, &out, json ? NULL : &total, &err);
    if (rc == VL_EQUERY) fprintf(stderr, "veille: query: %s\n", err.message);
    else if (rc == VL_EARG) cli_fail("search: %s", err.message);
    else if (rc) cli_error(&err);
    else if (!json) {
        if (total == 0) fprintf(stderr, "no document matches\n");
        else fprintf(stderr, "%d-%d of %lld documents\n", out.rank ? so.offset + 1 : 0, so.offset + out.rank,
                     (long long)total);
    }
    vl_store_close(store);
    status = cli_exit_for(rc);
done:
    vl_buf_free(&query);
    return status;
}
