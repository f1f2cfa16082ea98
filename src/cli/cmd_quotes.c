/*
 * cmd_quotes.c -- `veille quotes [--speaker NAME] [--from D] [--to D]
 * [--limit N] [--offset N] [--json] [QUERY...]`: who said what in the
 * stored dispatches (vl_quotes), the most recent first.
 */
#include <jansson.h>
#include <string.h>

#include "base/base.h"
#include "cli/cli.h"

static int print_quote(void *ctx, const vl_quote_hit *h) {
    int json = *(int *)ctx;
    if (json) {
        json_t *o = json_object();
        if (!o) return 1;
        json_object_set_new(o, "id", json_string(h->doc_id));
        json_object_set_new(o, "date", json_string(h->date));
        json_object_set_new(o, "text", json_string(h->text));
        json_object_set_new(o, "speaker", h->speaker ? json_string(h->speaker) : json_null());
        json_object_set_new(o, "speaker_canonical",
                            h->speaker_canonical ? json_string(h->speaker_canonical) : json_null());
        json_object_set_new(o, "verb", h->verb ? json_string(h->verb) : json_null());
        json_object_set_new(o, "direct", json_boolean(h->direct));
        json_object_set_new(o, "start", json_integer(h->start));
        json_object_set_new(o, "end", json_integer(h->end));
        json_object_set_new(o, "speaker_start", h->speaker_start >= 0 ? json_integer(h->speaker_start) : json_null());
        json_object_set_new(o, "speaker_end", h->speaker_end >= 0 ? json_integer(h->speaker_end) : json_null());
        return cli_print_json(o) != EXIT_OK;
    }
    printf("%s  %s  %s%s%s: %s%s\n", h->date, h->doc_id, h->speaker_canonical ? h->speaker_canonical : "(unknown)",
           h->verb ? ", " : "", h->verb ? h->verb : "", h->direct ? "" : "(indirect) ", h->text);
    return 0;
}

int cmd_quotes(cli_env *env, int argc, char **argv) {
    vl_quote_query q = {0};
    int json = 0, k, status = EXIT_USAGE;
    const char *limit = NULL, *offset = NULL;
    vl_buf query;
    vl_buf_init(&query);
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--from", &q.date_from)) ||
            (k = cli_value(argc, argv, &i, "--to", &q.date_to)) ||
            (k = cli_value(argc, argv, &i, "--speaker", &q.speaker)) ||
            (k = cli_value(argc, argv, &i, "--limit", &limit)) ||
            (k = cli_value(argc, argv, &i, "--offset", &offset))) {
            if (k < 0) goto done;
        } else if (cli_flag(argv, &i, "--json")) {
            json = 1;
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            cli_fail("quotes: unknown option '%s'", argv[i]);
            goto done;
        } else {
            if (query.len) vl_buf_putc(&query, ' ');
            vl_buf_puts(&query, argv[i++]);
        }
    }
    if ((limit && cli_int("--limit", limit, 10000, &q.limit)) ||
        (offset && cli_int("--offset", offset, 100000000, &q.offset)))
        goto done;
    if (limit && q.limit == 0) {
        status = EXIT_OK;
        goto done;
    }
    q.query = query.len ? query.data : NULL;
    vl_store *store;
    if ((status = cli_open_store(env, 1, &store))) goto done;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_quotes(store, &q, print_quote, &json, &err);
    if (rc) {
        cli_error(&err);
        status = cli_exit_for(rc);
    } else {
        status = EXIT_OK;
    }
    vl_store_close(store);
done:
    vl_buf_free(&query);
    return status == EXIT_USAGE ? cli_usage("quotes") : status;
}
