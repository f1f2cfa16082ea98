/*
 * annotate.c -- vl_annotate: the one place where a document's analysis is
 * computed, and vl_annotation_json: the one place where it is shown.
 *
 * The analysis is the document's language and its time expressions
 * (resolved against the dispatch date); entities, quotations, quantities
 * and events arrive with later work and belong here too, so that `veille annotate`, ingest and the HTTP API can
 * never disagree about a document.
 */
#include "annotate/annotate.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "io/reader.h"

struct vl_annotator {
    vl_timex_tagger *timex; /* the compiled time-expression rules */
};

int vl_annotator_new(vl_annotator **out, vl_error *err) {
    *out = calloc(1, sizeof **out);
    if (!*out) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    int rc = vl_timex_tagger_new(&(*out)->timex, err);
    if (rc) {
        free(*out);
        *out = NULL;
    }
    return rc;
}

void vl_annotator_free(vl_annotator *an) {
    if (!an) return;
    vl_timex_tagger_free(an->timex);
    free(an);
}

static int check_string(const char *name, const char *s, size_t len, vl_error *err) {
    size_t bad = 0;
    if (!vl_utf8_check(s, len, &bad))
        return vl_error_set(err, VL_EFORMAT, NULL, 0, "\"%s\" has %s at byte %zu", name,
                            s[bad] == 0 ? "a NUL byte" : "invalid UTF-8", bad);
    return VL_OK;
}

static int lang_code_ok(const char *s) {
    size_t n = strlen(s);
    if (n < 2 || n > 3) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)s[i])) return 0;
    return 1;
}

int vl_doc_validate(const vl_doc *doc, vl_error *err) {
    if (!doc->id || !doc->id[0]) return vl_error_set(err, VL_EFORMAT, NULL, 0, "missing \"id\"");
    size_t idlen = strlen(doc->id);
    if (idlen > 256) return vl_error_set(err, VL_EFORMAT, NULL, 0, "\"id\" is longer than 256 bytes");
    for (size_t i = 0; i < idlen; i++)
        if ((unsigned char)doc->id[i] < 0x20 || doc->id[i] == 0x7f)
            return vl_error_set(err, VL_EFORMAT, NULL, 0, "\"id\" contains a control character");
    if (check_string("id", doc->id, idlen, err)) return VL_EFORMAT;
    if (!doc->date) return vl_error_set(err, VL_EFORMAT, NULL, 0, "missing \"date\"");
    if (!vl_date_valid(doc->date, strlen(doc->date)))
        return vl_error_set(err, VL_EFORMAT, NULL, 0, "\"date\" is \"%.40s\", not a valid YYYY-MM-DD date",
                            doc->date);
    if (!doc->text) return vl_error_set(err, VL_EFORMAT, NULL, 0, "missing \"text\"");
    if (check_string("text", doc->text, doc->text_len, err)) return VL_EFORMAT;
    size_t i = 0;
    while (i < doc->text_len && isspace((unsigned char)doc->text[i])) i++;
    if (i == doc->text_len) return vl_error_set(err, VL_EFORMAT, NULL, 0, "empty body");
    const char *opt[][2] = {{"title", doc->title}, {"source", doc->source}, {"url", doc->url},
                            {"lang", doc->lang}, {"extra", doc->extra}};
    for (size_t k = 0; k < sizeof opt / sizeof opt[0]; k++)
        if (opt[k][1] && check_string(opt[k][0], opt[k][1], strlen(opt[k][1]), err)) return VL_EFORMAT;
    if (doc->lang && doc->lang[0] && vl_lang_parse(doc->lang) < 0 && !lang_code_ok(doc->lang))
        return vl_error_set(err, VL_EFORMAT, NULL, 0, "\"lang\" is \"%.20s\", not a language code",
                            doc->lang);
    return VL_OK;
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

void vl_annotation_free(vl_annotation *a) {
    if (!a) return;
    free(a->id);
    free(a->date);
    free(a->text);
    free(a->title);
    free(a->source);
    free(a->url);
    free(a->extra);
    free(a->lang_given);
    free(a->timexes);
    free(a);
}

/* The language: what the input says when it says one, else identified. */
static void settle_language(vl_annotation *a, const vl_doc *doc) {
    if (doc->lang && doc->lang[0]) {
        int parsed = vl_lang_parse(doc->lang);
        size_t n = 0;
        for (; doc->lang[n] && n < sizeof a->lang_code - 1; n++)
            a->lang_code[n] = (char)tolower((unsigned char)doc->lang[n]);
        a->lang_code[n] = 0;
        a->lang_given = strdup(a->lang_code);
        if (parsed >= 0) {
            a->lang = (vl_lang)parsed;
            strcpy(a->lang_code, vl_lang_code(a->lang));
        } else {
            a->lang = VL_LANG_UND; /* a language we do not stem: index words unstemmed */
        }
        return;
    }
    a->lang = vl_lang_identify(doc->text, doc->text_len);
    strcpy(a->lang_code, vl_lang_code(a->lang));
}

/* Time expressions, resolved against the dispatch date: in French and
 * English, and with both rule sets when the language is undetermined (not
 * for other languages the input names). */
static int annotate_timexes(vl_annotator *an, vl_annotation *a, vl_error *err) {
    if (a->lang == VL_LANG_UND && a->lang_given && strcmp(a->lang_given, "und") != 0) return VL_OK;
    const vl_timex *tx;
    size_t n;
    int rc = vl_timex_tag(an->timex, a->text, a->text_len, a->lang, a->date, &tx, &n);
    if (rc) return vl_error_set(err, rc, NULL, 0, "time expressions: %s", vl_strerror(rc));
    if (!n) return VL_OK;
    a->timexes = malloc(n * sizeof *a->timexes);
    if (!a->timexes) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    memcpy(a->timexes, tx, n * sizeof *tx);
    a->ntimexes = n;
    return VL_OK;
}

int vl_annotate(vl_annotator *an, const vl_doc *doc, vl_annotation **out, vl_error *err) {
    *out = NULL;
    int rc = vl_doc_validate(doc, err);
    if (rc) return rc;
    vl_annotation *a = calloc(1, sizeof *a);
    if (!a) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    a->id = strdup(doc->id);
    a->date = strdup(doc->date);
    a->text = malloc(doc->text_len + 1);
    a->text_len = doc->text_len;
    a->title = dup_or_null(doc->title);
    a->source = dup_or_null(doc->source);
    a->url = dup_or_null(doc->url);
    a->extra = dup_or_null(doc->extra);
    if (!a->id || !a->date || !a->text || (doc->title && !a->title) || (doc->source && !a->source) ||
        (doc->url && !a->url) || (doc->extra && !a->extra)) {
        vl_annotation_free(a);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    memcpy(a->text, doc->text, doc->text_len);
    a->text[doc->text_len] = 0;
    settle_language(a, doc);
    if ((rc = annotate_timexes(an, a, err))) {
        vl_annotation_free(a);
        return rc;
    }
    *out = a;
    return VL_OK;
}

const char *vl_annotation_lang(const vl_annotation *a) { return a->lang_code; }

static int set_string(json_t *obj, const char *key, const char *value, size_t len) {
    if (!value) return 0;
    return json_object_set_new(obj, key, json_stringn(value, len));
}

/* "timexes": [{"text","type","value","mod"?,"start","end"}], offsets in
 * code points.  Each stage adds its array to the object this way. */
static void json_timexes(json_t *obj, const vl_annotation *a) {
    json_t *arr = json_array();
    if (!arr) return;
    for (size_t i = 0; i < a->ntimexes; i++) {
        const vl_timex *t = &a->timexes[i];
        json_t *x = json_object();
        if (!x) break;
        json_object_set_new(x, "text", json_stringn(a->text + t->start, t->end - t->start));
        json_object_set_new(x, "type", json_string(vl_timex_type_name(t->type)));
        json_object_set_new(x, "value", json_string(t->value));
        if (t->mod[0]) json_object_set_new(x, "mod", json_string(t->mod));
        json_object_set_new(x, "start", json_integer((json_int_t)t->cp_start));
        json_object_set_new(x, "end", json_integer((json_int_t)t->cp_end));
        json_array_append_new(arr, x);
    }
    json_object_set_new(obj, "timexes", arr);
}

char *vl_annotation_json(const vl_annotation *a, int flags) {
    json_t *obj = json_object();
    if (!obj) return NULL;
    set_string(obj, "id", a->id, strlen(a->id));
    set_string(obj, "date", a->date, strlen(a->date));
    set_string(obj, "lang", a->lang_code, strlen(a->lang_code));
    if (a->title) set_string(obj, "title", a->title, strlen(a->title));
    if (a->source) set_string(obj, "source", a->source, strlen(a->source));
    if (a->url) set_string(obj, "url", a->url, strlen(a->url));
    set_string(obj, "text", a->text, a->text_len);
    if (a->extra) {
        json_t *extra = json_loads(a->extra, 0, NULL);
        if (extra) json_object_set_new(obj, "extra", extra);
    }
    json_timexes(obj, a);
    size_t jflags = JSON_PRESERVE_ORDER |
                    ((flags & VL_JSON_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT);
    char *s = json_dumps(obj, jflags);
    json_decref(obj);
    return s;
}
