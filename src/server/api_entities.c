/*
 * api_entities.c -- the entity endpoints: GET /api/entities (the most
 * mentioned entities, by type and period) and GET /api/entities/{name}
 * (one entity: aliases, mentions by month, co-occurring entities, its
 * latest dispatches), over vl_entities and vl_entity_find.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

/* The members every entity object has. */
static void entity_members(json_t *o, const vl_entity *e) {
    json_object_set_new(o, "id", json_integer(e->id));
    json_object_set_new(o, "name", api_json_str(e->name));
    json_object_set_new(o, "type", api_json_str(e->type));
    json_object_set_new(o, "mentions", json_integer(e->mentions));
    json_object_set_new(o, "docs", json_integer(e->docs));
    json_object_set_new(o, "first_seen", e->first_seen ? api_json_str(e->first_seen) : json_null());
    json_object_set_new(o, "last_seen", e->last_seen ? api_json_str(e->last_seen) : json_null());
}

static int add_entity(void *ctx, const vl_entity *e) {
    json_t *o = json_object();
    entity_members(o, e);
    json_array_append_new(ctx, o);
    return 0;
}

void api_entities(api_worker *w, const api_request *req, api_response *resp) {
    int limit = api_int_arg(req, "limit", 20, API_MAX_LIMIT, 1, resp);
    int offset = limit < 0 ? -1 : api_int_arg(req, "offset", 0, API_MAX_OFFSET, 0, resp);
    if (limit < 0 || offset < 0 || api_date_arg(req, "from", resp) || api_date_arg(req, "to", resp)) return;
    vl_entity_query q = {
        .type = api_nonempty(api_arg_get(req, "type")),
        .date_from = api_nonempty(api_arg_get(req, "from")),
        .date_to = api_nonempty(api_arg_get(req, "to")),
        .limit = limit ? limit : 20,
        .offset = offset,
    };
    json_t *list = json_array();
    vl_error err;
    vl_error_clear(&err);
    api_limit_begin(w);
    int rc = vl_entities(w->store, &q, add_entity, list, &err);
    api_limit_end(w);
    if (rc) {
        json_decref(list);
        api_query_failed(w, rc, &err, "request", resp);
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "limit", json_integer(q.limit));
    json_object_set_new(o, "offset", json_integer(offset));
    json_object_set_new(o, "entities", list);
    api_json(resp, 200, o);
}

void api_entity(api_worker *w, const api_request *req, const char *name, api_response *resp) {
    (void)req;
    vl_entity_info *info = NULL;
    vl_error err;
    vl_error_clear(&err);
    vl_entity_find_opts fo = {.max_dispatches = 20, .max_related = 20};
    api_limit_begin(w);
    int rc = vl_entity_find(w->store, name, &fo, &info, &err);
    api_limit_end(w);
    if (rc) {
        api_query_failed(w, rc, &err, "request", resp);
        return;
    }
    json_t *o = json_object();
    entity_members(o, &info->entity);
    json_t *a = json_array();
    for (size_t i = 0; i < info->naliases; i++) {
        json_t *x = json_object();
        json_object_set_new(x, "name", api_json_str(info->aliases[i].name));
        json_object_set_new(x, "count", json_integer(info->aliases[i].count));
        json_array_append_new(a, x);
    }
    json_object_set_new(o, "aliases", a);
    a = json_array();
    for (size_t i = 0; i < info->nmonths; i++) {
        json_t *x = json_object();
        json_object_set_new(x, "month", api_json_str(info->months[i].month));
        json_object_set_new(x, "mentions", json_integer(info->months[i].mentions));
        json_object_set_new(x, "docs", json_integer(info->months[i].docs));
        json_array_append_new(a, x);
    }
    json_object_set_new(o, "months", a);
    a = json_array();
    for (size_t i = 0; i < info->nrelated; i++) {
        json_t *x = json_object();
        entity_members(x, &info->related[i].entity);
        json_object_set_new(x, "shared", json_integer(info->related[i].shared));
        json_array_append_new(a, x);
    }
    json_object_set_new(o, "related", a);
    a = json_array();
    for (size_t i = 0; i < info->ndispatches; i++) {
        json_t *x = json_object();
        json_object_set_new(x, "id", api_json_str(info->dispatches[i].id));
        json_object_set_new(x, "date", api_json_str(info->dispatches[i].date));
        json_object_set_new(x, "title", api_json_str(info->dispatches[i].title));
        json_object_set_new(x, "mentions", json_integer(info->dispatches[i].mentions));
        json_array_append_new(a, x);
    }
    json_object_set_new(o, "dispatches", a);
    vl_entity_info_free(info);
    api_json(resp, 200, o);
}
