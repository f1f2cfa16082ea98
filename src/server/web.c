/*
 * web.c -- GET / and GET /static/...: the embedded web page, looked up by
 * path in the table of web_assets.h (generated at build time from web/),
 * never read from disk: no path can reach a file outside the table.
 */
#include <stdlib.h>
#include <string.h>

#include "server/api.h"
#include "server/web_assets.h"

void api_static(const api_request *req, api_response *resp) {
    const vl_web_asset *a = vl_web_asset_find(req->path);
    if (!a) {
        api_error(resp, 404, "no file %.300s", req->path);
        return;
    }
    free(resp->body);
    resp->body = NULL;
    resp->status = 200;
    resp->content_type = a->content_type;
    resp->data = a->data;
    resp->data_len = a->size;
}
