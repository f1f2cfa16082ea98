/*
 * api_write.c -- the endpoints that analyse or store a document:
 * GET /api/docs/{id} (a stored dispatch with its full annotation),
 * POST /api/annotate (a text and a date in, the annotation out, nothing
 * stored) and POST /api/ingest (dispatches in the ingest formats, written
 * through the server's one writer connection).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

/* The worker's annotator, created on first use: it maps the entity models,
 * which searches never need. */
static vl_annotator *annotator(api_worker *w, api_response *resp) {
    vl_error err;
    vl_error_clear(&err);
    if (!w->annotator && vl_annotator_new(&w->annotator, &err)) {
        api_error(resp, 500, "cannot load the annotator: %s", err.message);
        return NULL;
    }
    return w->annotator;
}

/* Annotates doc into a 200 response holding vl_annotation_json's object. */
static void annotate_doc(api_worker *w, const vl_doc *doc, api_response *resp) {
    vl_annotator *an = annotator(w, resp);
    if (!an) return;
    vl_annotation *a = NULL;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_annotate(an, doc, &a, &err);
    if (rc) {
        api_error(resp, rc == VL_EFORMAT || rc == VL_ETOOBIG ? 400 : 500, "%s", err.message);
        return;
    }
    char *s = vl_annotation_json(a, 0);
    vl_annotation_free(a);
    if (!s) {
        api_error(resp, 500, "out of memory");
        return;
    }
    free(resp->body);
    resp->body = s;
    resp->body_len = strlen(s);
    resp->status = 200;
    resp->content_type = "application/json; charset=utf-8";
}

void api_doc(api_worker *w, const api_request *req, const char *id, api_response *resp) {
    (void)req;
    vl_record *r = NULL;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_store_get(w->store, id, &r, &err);
    if (rc == VL_ENOTFOUND) {
        api_error(resp, 404, "%s", err.message);
        return;
    }
    if (rc) {
        api_error(resp, 500, "%s", err.message);
        return;
    }
    vl_doc doc = {
        .id = r->id,
        .date = r->date,
        .text = r->text,
        .text_len = r->text ? strlen(r->text) : 0,
        .title = r->title,
        .source = r->source,
        .url = r->url,
        .lang = r->lang,
        .extra = r->extra,
    };
    annotate_doc(w, &doc, resp);
    vl_record_free(r);
}

/* An optional string member of the annotate body; -1 after filling resp
 * when it is there but not a string. */
static int member_str(json_t *o, const char *key, const char **out, api_response *resp) {
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v || json_is_null(v)) return 0;
    if (!json_is_string(v)) {
        api_error(resp, 400, "body: \"%s\" must be a string", key);
        return -1;
    }
    *out = json_string_value(v);
    return 0;
}

void api_annotate(api_worker *w, const api_request *req, api_response *resp) {
    if (!req->body || !req->body_len) {
        api_error(resp, 400, "body: expected a JSON object {\"text\", \"date\", \"lang\"?, \"id\"?}");
        return;
    }
    json_error_t jerr;
    json_t *o = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &jerr);
    if (!o) {
        api_error(resp, 400, "body: invalid JSON at line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
        return;
    }
    if (!json_is_object(o)) {
        api_error(resp, 400, "body: expected a JSON object {\"text\", \"date\", \"lang\"?, \"id\"?}");
        json_decref(o);
        return;
    }
    static const char *const keys[] = {"text", "date", "lang", "id", "title", "source", "url", NULL};
    const char *key;
    json_t *val;
    json_object_foreach(o, key, val) {
        int known = 0;
        for (const char *const *k = keys; *k && !known; k++) known = strcmp(*k, key) == 0;
        if (!known) {
            api_error(resp, 400, "body: unknown member \"%.60s\" (text, date, lang, id, title, source, url)", key);
            json_decref(o);
            return;
        }
    }
    vl_doc doc;
    memset(&doc, 0, sizeof doc);
    if (member_str(o, "text", &doc.text, resp) || member_str(o, "date", &doc.date, resp) ||
        member_str(o, "lang", &doc.lang, resp) || member_str(o, "id", &doc.id, resp) ||
        member_str(o, "title", &doc.title, resp) || member_str(o, "source", &doc.source, resp) ||
        member_str(o, "url", &doc.url, resp)) {
        json_decref(o);
        return;
    }
    if (!doc.text || !doc.date) {
        api_error(resp, 400, "body: \"%s\" is required", doc.text ? "date" : "text");
        json_decref(o);
        return;
    }
    /* jansson strings may hold NUL bytes: the length is the string's. */
    doc.text_len = json_string_length(json_object_get(o, "text"));
    if (!doc.id || !*doc.id) doc.id = "annotate";
    if (doc.lang && !*doc.lang) doc.lang = NULL;
    annotate_doc(w, &doc, resp);
    json_decref(o);
}

/* Reported problems are capped: a bad 16 MiB upload must not produce a
 * bigger answer. */
#define MAX_INGEST_ERRORS 100

static void add_error(json_t *errors, const vl_error *e, int64_t *nerrors) {
    if ((*nerrors)++ >= MAX_INGEST_ERRORS) return;
    json_t *x = json_object();
    json_object_set_new(x, "line", e->line > 0 ? json_integer(e->line) : json_null());
    json_object_set_new(x, "message", api_json_str(e->message));
    json_array_append_new(errors, x);
}

void api_ingest(api_worker *w, const api_request *req, api_response *resp) {
    api_shared *sh = w->shared;
    if (!sh->writer) {
        api_error(resp, 403, "writing is disabled: start the server with --token (or VEILLE_TOKEN)");
        return;
    }
    const char *name = api_arg_get(req, "id");
    if (!name || !*name) name = "request";
    /* The feed's language for the items that name none and cannot be
     * identified (ingest --default-lang). */
    const char *default_lang = api_arg_get(req, "default_lang");
    if (default_lang && *default_lang) {
        int l = vl_lang_parse(default_lang);
        if (l != VL_LANG_FR && l != VL_LANG_EN) {
            api_error(resp, 400, "default_lang is fr or en, not \"%.20s\"", default_lang);
            return;
        }
        default_lang = vl_lang_code((vl_lang)l);
    } else {
        default_lang = NULL;
    }
    vl_reader *rd = NULL;
    vl_error err;
    vl_error_clear(&err);
    if (vl_reader_open_mem(req->body ? req->body : "", req->body_len, name, VL_FORMAT_AUTO, &rd, &err)) {
        api_error(resp, 400, "%s", err.message);
        return;
    }
    int64_t added = 0, updated = 0, unchanged = 0, reextracted = 0, rejected = 0, nerrors = 0;
    json_t *errors = json_array();
    int fatal = 0, status = 500;
    pthread_mutex_lock(&sh->write_lock);
    if (vl_store_begin(sh->writer, &err)) {
        fatal = 1;
    } else {
        for (;;) {
            vl_doc doc;
            vl_error_clear(&err);
            int got = vl_reader_next(rd, &doc, &err);
            if (got == 0) break;
            if (got < 0) {
                rejected++;
                add_error(errors, &err, &nerrors);
                if (got == VL_EFORMAT || got == VL_ETOOBIG) continue;
                fatal = 1;
                status = got == VL_ENOMEM ? 500 : 400;
                break;
            }
            vl_put_outcome out;
            vl_error_clear(&err);
            doc.lang = vl_doc_lang_or(&doc, default_lang);
            int rc = vl_store_put(sh->writer, &doc, &out, &err);
            if (rc == VL_EFORMAT || rc == VL_ETOOBIG) {
                rejected++;
                add_error(errors, &err, &nerrors);
                continue;
            }
            if (rc) {
                fatal = 1;
                break;
            }
            if (out == VL_PUT_ADDED) added++;
            else if (out == VL_PUT_UPDATED) updated++;
            else unchanged++;
            if (out == VL_PUT_REEXTRACTED) reextracted++;
        }
        if (fatal) vl_store_rollback(sh->writer);
        else if (vl_store_commit(sh->writer, &err)) fatal = 1;
    }
    /* The answers kept were computed before this write (the readers
     * would also notice, by their data_version, at their next search). */
    if (!fatal && sh->cache && added + updated > 0) api_cache_invalidate(sh->cache);
    pthread_mutex_unlock(&sh->write_lock);
    vl_reader_close(rd);
    if (fatal) {
        json_decref(errors);
        api_error(resp, status, "nothing was stored: %s", err.message);
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "added", json_integer(added));
    json_object_set_new(o, "updated", json_integer(updated));
    json_object_set_new(o, "unchanged", json_integer(unchanged));
    json_object_set_new(o, "reextracted", json_integer(reextracted));
    json_object_set_new(o, "rejected", json_integer(rejected));
    json_object_set_new(o, "errors", errors);
    api_json(resp, 200, o);
}
