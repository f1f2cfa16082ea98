/*
 * annotate.c -- vl_annotate: the one place where a document's analysis is
 * computed, and vl_annotation_json: the one place where it is shown.
 *
 * The analysis is the document's language, its time expressions
 * (resolved against the dispatch date), its named entities and its
 * quotations with their speakers; quantities
 * and events arrive with later work and belong here too, so that `veille annotate`, ingest and the HTTP API can
 * never disagree about a document.
 */
#include "annotate/annotate.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "extract/event_tokens.h"
#include "io/reader.h"

struct vl_annotator {
    vl_timex_tagger *timex;          /* the compiled time-expression rules */
    vl_ner_model *ner[VL_LANG_COUNT]; /* entity models by language, or NULL */
    vl_ner_tagger *nert;              /* the entity tagger's memory, kept between documents */
    vl_quantity_tagger *quantity;     /* quantities (src/extract/quantity.h) */
    vl_event_tagger *event;           /* events (src/extract/event.h) */
    vl_quote_tagger *quote;           /* quotations, or NULL when not asked for */
    vl_xtext xt;                      /* the text's tokens for quantities and events, memory kept */
    char version[VL_ANNOTATOR_VERSION_MAX]; /* vl_annotator_version; "" when partial */
};

/* Where the entity models are, first match wins:
 *   1. $VEILLE_MODELS, when set: that folder only (set it to an empty
 *      folder to annotate without entities);
 *   2. models/ beside the folder of the running program (bin/veille ->
 *      models/ner-fr.model): a checkout or an unpacked tree works as is;
 *   3. VL_MODELS_DIR, the install path (/usr/local/share/veille/models).
 * Each language is looked up on its own: a missing model means no entities
 * in that language, never an error.  A model that exists but cannot be
 * opened (corrupt, another format version) is an error: silently losing
 * entities would be worse than a clear message at start-up. */
#ifndef VL_MODELS_DIR
#define VL_MODELS_DIR "/usr/local/share/veille/models"
#endif

static int exists(const char *path) { return access(path, R_OK) == 0; }

/* The model of lang in the folders above into path; 0 when there is none. */
static int find_model(vl_lang lang, char *path, size_t cap) {
    char name[32];
    snprintf(name, sizeof name, "ner-%s.model", vl_lang_code(lang));
    const char *env = getenv("VEILLE_MODELS");
    if (env) {
        if (!env[0]) return 0;
        snprintf(path, cap, "%s/%s", env, name);
        return exists(path);
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        /* Up two levels: the program's folder, then its parent. */
        for (int up = 0; up < 2; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash) break;
            *slash = 0;
        }
        if (exe[0] && (size_t)snprintf(path, cap, "%s/models/%s", exe, name) < cap && exists(path)) return 1;
    }
    snprintf(path, cap, "%s/%s", VL_MODELS_DIR, name);
    return exists(path);
}

void vl_annotator_free(vl_annotator *an) {
    if (!an) return;
    vl_timex_tagger_free(an->timex);
    vl_quantity_tagger_free(an->quantity);
    vl_event_tagger_free(an->event);
    vl_quote_tagger_free(an->quote);
    for (int l = 0; l < VL_LANG_COUNT; l++) vl_ner_model_close(an->ner[l]);
    vl_ner_tagger_free(an->nert);
    vl_xtext_free(&an->xt);
    free(an);
}

int vl_annotator_new(vl_annotator **out, vl_error *err) {
    return vl_annotator_new_for(VL_ANNOTATE_ALL, out, err);
}

/* "rules N; ner-fr ID; ner-en ID": have[l] 1 with ids[l], 0 for no
 * model, -1 for a file that is not a readable model. */
static void format_version(char *out, size_t cap, const int *have, const uint64_t *ids) {
    size_t n = (size_t)snprintf(out, cap, "rules %d", VL_ANNOTATE_RULES_VERSION);
    for (int l = VL_LANG_FR; l < VL_LANG_COUNT && n < cap; l++) {
        if (have[l] > 0)
            n += (size_t)snprintf(out + n, cap - n, "; ner-%s %016llx", vl_lang_code((vl_lang)l),
                                  (unsigned long long)ids[l]);
        else
            n += (size_t)snprintf(out + n, cap - n, "; ner-%s %s", vl_lang_code((vl_lang)l),
                                  have[l] ? "unreadable" : "none");
    }
}

const char *vl_annotator_version(const vl_annotator *an) { return an->version; }

void vl_annotator_current_version(char *out, size_t cap) {
    int have[VL_LANG_COUNT] = {0};
    uint64_t ids[VL_LANG_COUNT] = {0};
    for (int l = VL_LANG_FR; l < VL_LANG_COUNT; l++) {
        char path[PATH_MAX + 64];
        if (find_model((vl_lang)l, path, sizeof path)) have[l] = vl_ner_model_file_id(path, &ids[l]) ? -1 : 1;
    }
    format_version(out, cap, have, ids);
}

int vl_annotator_new_for(int what, vl_annotator **out, vl_error *err) {
    vl_annotator *an = calloc(1, sizeof *an);
    *out = NULL;
    if (!an) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (what & VL_ANNOTATE_NONE) {
        *out = an; /* the language only: no tagger, no version */
        return VL_OK;
    }
    int rc = vl_timex_tagger_new(&an->timex, err);
    if (!rc) rc = vl_quantity_tagger_new(&an->quantity, err);
    if (!rc) rc = vl_event_tagger_new(&an->event, err);
    if (what & VL_ANNOTATE_QUOTES) what |= VL_ANNOTATE_ENTITIES;
    if (!rc && (what & VL_ANNOTATE_QUOTES)) rc = vl_quote_tagger_new(&an->quote, err);
    for (int l = VL_LANG_FR; !rc && (what & VL_ANNOTATE_ENTITIES) && l < VL_LANG_COUNT; l++) {
        char path[PATH_MAX + 64];
        if (find_model((vl_lang)l, path, sizeof path)) rc = vl_ner_model_open(path, &an->ner[l], err);
    }
    if (!rc && (an->ner[VL_LANG_FR] || an->ner[VL_LANG_EN])) rc = vl_ner_tagger_new(&an->nert, err);
    if (!rc && (what & VL_ANNOTATE_ALL) == VL_ANNOTATE_ALL) {
        int have[VL_LANG_COUNT] = {0};
        uint64_t ids[VL_LANG_COUNT] = {0};
        for (int l = VL_LANG_FR; l < VL_LANG_COUNT; l++)
            if (an->ner[l]) {
                have[l] = 1;
                ids[l] = vl_ner_model_id(an->ner[l]);
            }
        format_version(an->version, sizeof an->version, have, ids);
    }
    if (rc) {
        vl_annotator_free(an);
        return rc;
    }
    *out = an;
    return VL_OK;
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

const char *vl_doc_lang_or(const vl_doc *doc, const char *fallback) {
    if ((doc->lang && doc->lang[0]) || !fallback) return doc->lang;
    return vl_lang_identify(doc->text, doc->text_len) == VL_LANG_UND ? fallback : doc->lang;
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
    free(a->entities);
    free(a->quantities);
    free(a->counted_cp);
    free(a->events);
    free(a->quotes);
    free(a);
}

/* The language: what the input says when it says one, else identified. */
static void settle_language(vl_annotation *a, const vl_doc *doc) {
    if (doc->lang && doc->lang[0]) {
        int parsed = vl_lang_parse(doc->lang);
        size_t n = 0;
        for (; n < sizeof a->lang_code - 1 && doc->lang[n]; n++)
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

typedef struct mentions {
    vl_ner_mention *m;
    size_t n, cap;
} mentions;

static int add_mention(void *ctx, const vl_ner_span *sp) {
    mentions *ms = ctx;
    vl_ner_mention *m = vl_array_grow(ms->m, &ms->cap, ms->n, sizeof *m, 16);
    if (!m) return VL_ENOMEM;
    ms->m = m;
    ms->m[ms->n++] = (vl_ner_mention){.type = sp->type, .start = sp->byte_start, .end = sp->byte_end,
                                      .cp_start = sp->start, .cp_end = sp->end};
    return 0;
}

/* Named entities with the model of the document's language (none for a
 * language without one, or undetermined), then one name per entity.  The
 * tagger reads the text's shared tokens (annotate_tokens, which runs
 * first) rather than lexing it again. */
static int annotate_entities(vl_annotator *an, vl_annotation *a, vl_error *err) {
    if (a->lang == VL_LANG_UND || !an->ner[a->lang]) return VL_OK;
    mentions ms = {0};
    int rc;
    if (vl_xtext_of(&an->xt, a->text, a->text_len, a->lang)) {
        vl_xtext_cursor cur = {&an->xt, 0};
        rc = vl_ner_tag_from(an->nert, an->ner[a->lang], a->text, a->text_len, vl_xtext_next_ner, &cur, add_mention,
                             &ms, err);
    } else {
        rc = vl_ner_tag_with(an->nert, an->ner[a->lang], a->text, a->text_len, a->lang, add_mention, &ms, err);
    }
    if (rc) {
        free(ms.m);
        return rc == VL_ENOMEM ? vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory") : rc;
    }
    vl_ner_merge(a->text, ms.m, ms.n);
    vl_ner_link_acronyms(a->text, a->text_len, ms.m, ms.n);
    a->entities = ms.m;
    a->nentities = ms.n;
    return VL_OK;
}

/* Code points before byte offset `to`, counted from byte `from` (cp at
 * `from` known): offsets only move forward, so the walk is linear. */
static size_t cp_at(const char *text, size_t from, size_t cp, size_t to) {
    for (size_t i = from; i < to; i++) cp += ((unsigned char)text[i] & 0xC0) != 0x80;
    return cp;
}

/* The text's sentences and tokens, once for the entity tagger,
 * quantities, events and quotations (all read the entity tagger's
 * tokens): when any will run. */
static int annotate_tokens(vl_annotator *an, vl_annotation *a, vl_error *err) {
    an->xt.text = NULL;
    if (a->lang == VL_LANG_UND && a->lang_given && strcmp(a->lang_given, "und") != 0) return VL_OK;
    if (vl_xtext_fill(&an->xt, a->text, a->text_len, a->lang))
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    return VL_OK;
}

/* Quantities, in French and English (both when undetermined), outside the
 * time expressions. */
static int annotate_quantities(vl_annotator *an, vl_annotation *a, vl_error *err) {
    if (a->lang == VL_LANG_UND && a->lang_given && strcmp(a->lang_given, "und") != 0) return VL_OK;
    const vl_quantity *q;
    size_t n;
    if (vl_quantity_tag_tokens(an->quantity, a->text, a->text_len, a->lang, &an->xt, a->timexes, a->ntimexes, &q,
                               &n))
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (!n) return VL_OK;
    a->quantities = malloc(n * sizeof *a->quantities);
    a->counted_cp = calloc(2 * n, sizeof *a->counted_cp);
    if (!a->quantities || !a->counted_cp) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    memcpy(a->quantities, q, n * sizeof *q);
    a->nquantities = n;
    for (size_t i = 0; i < n; i++) {
        if (q[i].counted_end <= q[i].counted_start) continue;
        a->counted_cp[2 * i] = cp_at(a->text, q[i].start, q[i].cp_start, q[i].counted_start);
        a->counted_cp[2 * i + 1] = cp_at(a->text, q[i].counted_start, a->counted_cp[2 * i], q[i].counted_end);
    }
    return VL_OK;
}

/* Events, from the entities and time expressions found above (French and
 * English only: the verb lexicons are per language). */
static int annotate_events(vl_annotator *an, vl_annotation *a, vl_error *err) {
    const vl_event *ev;
    size_t n;
    if (vl_event_tag_tokens(an->event, a->text, a->text_len, a->lang, &an->xt, a->entities, a->nentities,
                            a->timexes, a->ntimexes, &ev, &n))
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (!n) return VL_OK;
    a->events = malloc(n * sizeof *a->events);
    if (!a->events) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    memcpy(a->events, ev, n * sizeof *ev);
    a->nevents = n;
    return VL_OK;
}

/* Quotations and their speakers, in French and English (both lexicons when
 * the language is undetermined; none for other languages the input names). */
static int annotate_quotes(vl_annotator *an, vl_annotation *a, vl_error *err) {
    if (!an->quote) return VL_OK;
    if (a->lang == VL_LANG_UND && a->lang_given && strcmp(a->lang_given, "und") != 0) return VL_OK;
    const vl_quote *q;
    size_t n;
    if (vl_quote_tag_tokens(an->quote, a->text, a->text_len, a->lang, &an->xt, a->entities, a->nentities, &q, &n))
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (!n) return VL_OK;
    a->quotes = malloc(n * sizeof *a->quotes);
    if (!a->quotes) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    memcpy(a->quotes, q, n * sizeof *q);
    a->nquotes = n;
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
    if (!an->timex) { /* VL_ANNOTATE_NONE: the language only */
        *out = a;
        return VL_OK;
    }
    snprintf(a->annotated_by, sizeof a->annotated_by, "%s", an->version);
    if ((rc = annotate_timexes(an, a, err)) || (rc = annotate_tokens(an, a, err)) ||
        (rc = annotate_entities(an, a, err)) || (rc = annotate_quantities(an, a, err)) || (rc = annotate_events(an, a, err)) ||
        (rc = annotate_quotes(an, a, err))) {
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

/* "entities": [{"text","type","start","end","canonical"}], offsets in code
 * points. */
static void json_entities(json_t *obj, const vl_annotation *a) {
    json_t *arr = json_array();
    if (!arr) return;
    for (size_t i = 0; i < a->nentities; i++) {
        const vl_ner_mention *m = &a->entities[i];
        json_t *x = json_object();
        if (!x) break;
        json_object_set_new(x, "text", json_stringn(a->text + m->start, m->end - m->start));
        json_object_set_new(x, "type", json_string(vl_ner_type_name(m->type)));
        json_object_set_new(x, "start", json_integer((json_int_t)m->cp_start));
        json_object_set_new(x, "end", json_integer((json_int_t)m->cp_end));
        json_object_set_new(x, "canonical", json_stringn(a->text + m->canon_start, m->canon_end - m->canon_start));
        json_array_append_new(arr, x);
    }
    json_object_set_new(obj, "entities", arr);
}

/* "quantities": [{"text","value","unit"?,"approx"?,"counted"?,"start","end"}],
 * offsets in code points; "unit" absent for counts, "approx" only when true. */
static void json_quantities(json_t *obj, const vl_annotation *a) {
    json_t *arr = json_array();
    if (!arr) return;
    for (size_t i = 0; i < a->nquantities; i++) {
        const vl_quantity *q = &a->quantities[i];
        json_t *x = json_object();
        if (!x) break;
        json_object_set_new(x, "text", json_stringn(a->text + q->start, q->end - q->start));
        json_object_set_new(x, "value", json_real(q->value));
        if (q->unit) json_object_set_new(x, "unit", json_string(q->unit));
        if (q->approx) json_object_set_new(x, "approx", json_true());
        if (q->counted_end > q->counted_start)
            json_object_set_new(x, "counted", json_stringn(a->text + q->counted_start, q->counted_end - q->counted_start));
        json_object_set_new(x, "start", json_integer((json_int_t)q->cp_start));
        json_object_set_new(x, "end", json_integer((json_int_t)q->cp_end));
        json_array_append_new(arr, x);
    }
    json_object_set_new(obj, "quantities", arr);
}

/* An event argument as shown: the entity's canonical name when it is one,
 * else the words of the text. */
static json_t *event_arg_json(const vl_annotation *a, const vl_event_arg *g) {
    if (g->entity >= 0) {
        const vl_ner_mention *m = &a->entities[g->entity];
        return json_stringn(a->text + m->canon_start, m->canon_end - m->canon_start);
    }
    return json_stringn(a->text + g->start, g->end - g->start);
}

/* "events": [{"actor","action","code","class","target"?,"place"?,"date"?,
 * "text","start","end"}]: code is the CAMEO root code ("08"), class its
 * name, date the resolved value of the clause's time expression; offsets
 * in code points (the clause, the evidence). */
static void json_events(json_t *obj, const vl_annotation *a) {
    json_t *arr = json_array();
    if (!arr) return;
    for (size_t i = 0; i < a->nevents; i++) {
        const vl_event *e = &a->events[i];
        json_t *x = json_object();
        if (!x) break;
        char code[8];
        snprintf(code, sizeof code, "%02d", e->code);
        json_object_set_new(x, "actor", event_arg_json(a, &e->actor));
        json_object_set_new(x, "action", json_string(e->action));
        json_object_set_new(x, "code", json_string(code));
        json_object_set_new(x, "class", json_string(vl_event_code_name(e->code)));
        if (e->target.end > e->target.start) json_object_set_new(x, "target", event_arg_json(a, &e->target));
        if (e->place.end > e->place.start) json_object_set_new(x, "place", event_arg_json(a, &e->place));
        if (e->timex >= 0) json_object_set_new(x, "date", json_string(a->timexes[e->timex].value));
        if (e->passive) json_object_set_new(x, "passive", json_true());
        json_object_set_new(x, "text", json_stringn(a->text + e->start, e->end - e->start));
        json_object_set_new(x, "start", json_integer((json_int_t)e->cp_start));
        json_object_set_new(x, "end", json_integer((json_int_t)e->cp_end));
        json_array_append_new(arr, x);
    }
    json_object_set_new(obj, "events", arr);
}

/* "quotes": [{"text","speaker","speaker_canonical","verb","direct","start",
 * "end","speaker_start","speaker_end"}], offsets in code points; speaker,
 * speaker_canonical and verb are null when the text gives none, and so are
 * the speaker offsets. */
static void json_quotes(json_t *obj, const vl_annotation *a) {
    json_t *arr = json_array();
    if (!arr) return;
    for (size_t i = 0; i < a->nquotes; i++) {
        const vl_quote *q = &a->quotes[i];
        json_t *x = json_object();
        if (!x) break;
        int spk = q->name_end > q->name_start;
        json_object_set_new(x, "text", json_stringn(a->text + q->start, q->end - q->start));
        json_object_set_new(x, "speaker", spk ? json_stringn(a->text + q->name_start, q->name_end - q->name_start)
                                              : json_null());
        json_object_set_new(x, "speaker_canonical",
                            spk ? json_stringn(a->text + q->canon_start, q->canon_end - q->canon_start) : json_null());
        json_object_set_new(x, "verb", q->verb_end > q->verb_start
                                           ? json_stringn(a->text + q->verb_start, q->verb_end - q->verb_start)
                                           : json_null());
        json_object_set_new(x, "direct", json_boolean(q->direct));
        json_object_set_new(x, "start", json_integer((json_int_t)q->cp_start));
        json_object_set_new(x, "end", json_integer((json_int_t)q->cp_end));
        json_object_set_new(x, "speaker_start", spk ? json_integer((json_int_t)q->spk_cp_start) : json_null());
        json_object_set_new(x, "speaker_end", spk ? json_integer((json_int_t)q->spk_cp_end) : json_null());
        json_array_append_new(arr, x);
    }
    json_object_set_new(obj, "quotes", arr);
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
    json_entities(obj, a);
    json_quantities(obj, a);
    json_events(obj, a);
    json_quotes(obj, a);
    size_t jflags = JSON_PRESERVE_ORDER |
                    ((flags & VL_JSON_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT);
    char *s = json_dumps(obj, jflags);
    json_decref(obj);
    return s;
}
