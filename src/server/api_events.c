/*
 * api_events.c -- GET /api/events (who did what to whom, where and when,
 * over vl_events) and GET /api/timeline (events and dated facts in the
 * order of the dates they refer to, over vl_timeline).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

static json_t *str_or_null(const char *s) { return s ? api_json_str(s) : json_null(); }

static json_t *event_json(const vl_stored_event *e) {
    json_t *o = json_object();
    json_object_set_new(o, "doc_id", api_json_str(e->doc_id));
    json_object_set_new(o, "doc_date", api_json_str(e->doc_date));
    json_object_set_new(o, "actor", str_or_null(e->actor));
    json_object_set_new(o, "action", str_or_null(e->action));
    json_object_set_new(o, "code", str_or_null(e->code));
    json_object_set_new(o, "code_name", str_or_null(e->code_name));
    json_object_set_new(o, "target", str_or_null(e->target));
    json_object_set_new(o, "place", str_or_null(e->place));
    json_object_set_new(o, "date", str_or_null(e->date));
    json_object_set_new(o, "begin", str_or_null(e->begin));
    json_object_set_new(o, "end_date", str_or_null(e->end_date));
    json_object_set_new(o, "text", str_or_null(e->text));
    json_object_set_new(o, "start", json_integer(e->start));
    json_object_set_new(o, "end", json_integer(e->end));
    return o;
}

static int add_event(void *ctx, const vl_stored_event *e) {
    json_array_append_new(ctx, event_json(e));
    return 0;
}

void api_events(api_worker *w, const api_request *req, api_response *resp) {
    int limit = api_int_arg(req, "limit", 50, API_MAX_LIMIT, 1, resp);
    int offset = limit < 0 ? -1 : api_int_arg(req, "offset", 0, API_MAX_OFFSET, 0, resp);
    if (limit < 0 || offset < 0) return;
    vl_event_query q = {
        .actor = api_nonempty(api_arg_get(req, "actor")),
        .code = api_nonempty(api_arg_get(req, "code")),
        .date_from = api_nonempty(api_arg_get(req, "from")),
        .date_to = api_nonempty(api_arg_get(req, "to")),
        .limit = limit ? limit : 50,
        .offset = offset,
    };
    json_t *list = json_array();
    vl_error err;
    vl_error_clear(&err);
    api_limit_begin(w);
    int rc = vl_events(w->store, &q, add_event, list, &err);
    api_limit_end(w);
    if (rc) {
        json_decref(list);
        api_query_failed(w, rc, &err, "request", resp);
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "limit", json_integer(q.limit));
    json_object_set_new(o, "offset", json_integer(offset));
    json_object_set_new(o, "events", list);
    api_json(resp, 200, o);
}

static int add_item(void *ctx, const vl_timeline_item *it) {
    json_t *o = json_object();
    json_object_set_new(o, "kind", api_json_str(it->kind));
    json_object_set_new(o, "begin", str_or_null(it->begin));
    json_object_set_new(o, "end_date", str_or_null(it->end_date));
    json_object_set_new(o, "value", str_or_null(it->value));
    json_object_set_new(o, "doc_id", api_json_str(it->doc_id));
    json_object_set_new(o, "doc_date", api_json_str(it->doc_date));
    json_object_set_new(o, "text", str_or_null(it->text));
    json_object_set_new(o, "start", json_integer(it->start));
    json_object_set_new(o, "end", json_integer(it->end));
    json_object_set_new(o, "event", it->event ? event_json(it->event) : json_null());
    json_array_append_new(ctx, o);
    return 0;
}

void api_timeline(api_worker *w, const api_request *req, api_response *resp) {
    int limit = api_int_arg(req, "limit", 100, 1000, 1, resp);
    if (limit < 0) return;
    const char *q = api_arg_get(req, "q");
    vl_timeline_query tq = {
        .query = api_nonempty(q),
        .entity = api_nonempty(api_arg_get(req, "entity")),
        .date_from = api_nonempty(api_arg_get(req, "from")),
        .date_to = api_nonempty(api_arg_get(req, "to")),
        .limit = limit ? limit : 100,
    };
    json_t *list = json_array();
    vl_error err;
    vl_error_clear(&err);
    api_limit_begin(w);
    int rc = vl_timeline(w->store, &tq, add_item, list, &err);
    api_limit_end(w);
    if (rc) {
        json_decref(list);
        api_query_failed(w, rc, &err, "request", resp);
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "limit", json_integer(tq.limit));
    json_object_set_new(o, "items", list);
    api_json(resp, 200, o);
}
