/*
 * api_quotes.c -- GET /api/quotes: quotations and indirect speech of the
 * stored dispatches with their speakers, newest dispatches first (over
 * vl_quotes).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

static json_t *str_or_null(const char *s) { return s ? api_json_str(s) : json_null(); }

static int add_quote(void *ctx, const vl_quote_hit *h) {
    json_t *o = json_object();
    json_object_set_new(o, "doc_id", api_json_str(h->doc_id));
    json_object_set_new(o, "date", api_json_str(h->date));
    json_object_set_new(o, "text", api_json_str(h->text));
    json_object_set_new(o, "speaker", str_or_null(h->speaker));
    json_object_set_new(o, "speaker_canonical", str_or_null(h->speaker_canonical));
    json_object_set_new(o, "verb", str_or_null(h->verb));
    json_object_set_new(o, "direct", json_boolean(h->direct));
    json_object_set_new(o, "start", json_integer(h->start));
    json_object_set_new(o, "end", json_integer(h->end));
    json_object_set_new(o, "speaker_start", h->speaker_start >= 0 ? json_integer(h->speaker_start) : json_null());
    json_object_set_new(o, "speaker_end", h->speaker_end >= 0 ? json_integer(h->speaker_end) : json_null());
    json_array_append_new(ctx, o);
    return 0;
}

void api_quotes(api_worker *w, const api_request *req, api_response *resp) {
    int limit = api_int_arg(req, "limit", 20, API_MAX_LIMIT, 1, resp);
    int offset = limit < 0 ? -1 : api_int_arg(req, "offset", 0, API_MAX_OFFSET, 0, resp);
    if (limit < 0 || offset < 0 || api_date_arg(req, "from", resp) || api_date_arg(req, "to", resp)) return;
    vl_quote_query q = {
        .speaker = api_nonempty(api_arg_get(req, "speaker")),
        .query = api_nonempty(api_arg_get(req, "q")),
        .date_from = api_nonempty(api_arg_get(req, "from")),
        .date_to = api_nonempty(api_arg_get(req, "to")),
        .limit = limit ? limit : 20,
        .offset = offset,
    };
    json_t *list = json_array();
    vl_error err;
    vl_error_clear(&err);
    api_limit_begin(w);
    int rc = vl_quotes(w->store, &q, add_quote, list, &err);
    api_limit_end(w);
    if (rc) {
        json_decref(list);
        api_query_failed(w, rc, &err, "request", resp);
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "limit", json_integer(q.limit));
    json_object_set_new(o, "offset", json_integer(offset));
    json_object_set_new(o, "quotes", list);
    api_json(resp, 200, o);
}
