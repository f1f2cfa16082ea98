/*
 * events.c -- the stored quantities and events (schema migration 3):
 * writing them with each document (vl_store_put), filling them for the
 * documents an older database holds, and reading them back: vl_events
 * (filtered by actor, code and the date referred to) and vl_timeline (events
 * and dated facts in the order of the dates they refer to, each with its
 * dispatch and evidence).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "ner/ner_internal.h"
#include "store/store.h"
#include "text/analyzer.h"

#define QTY_INSERT_SQL \
    "INSERT INTO quantities(doc, start, \"end\", text, value, unit, approx, counted)" \
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
#define EVENT_INSERT_SQL \
    "INSERT INTO events(doc, start, \"end\", text, actor, actor_key, action, code, target, target_key, place," \
    " date, \"begin\", end_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"

void vl_store_events_close(vl_store *s) {
    sqlite3_finalize(s->qty_insert);
    sqlite3_finalize(s->qty_delete);
    sqlite3_finalize(s->event_insert);
    sqlite3_finalize(s->event_delete);
    s->qty_insert = s->qty_delete = s->event_insert = s->event_delete = NULL;
}


/* The words of an event argument: the entity's canonical name, or the
 * text. */
static void arg_span(const vl_annotation *a, const vl_event_arg *g, size_t *s, size_t *e) {
    *s = g->start;
    *e = g->end;
    if (g->end > g->start && g->entity >= 0 && (size_t)g->entity < a->nentities) {
        *s = a->entities[g->entity].canon_start;
        *e = a->entities[g->entity].canon_end;
    }
}

static void bind_span(sqlite3_stmt *st, int i, const char *text, size_t s, size_t e) {
    if (e > s) sqlite3_bind_text(st, i, text + s, (int)(e - s), SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

/* Binds the folded form of text[s, e) (kept in buf until the step). */
static int bind_key(sqlite3_stmt *st, int i, const char *text, size_t s, size_t e, vl_buf *buf) {
    if (e <= s) {
        sqlite3_bind_null(st, i);
        return VL_OK;
    }
    if (vl_text_fold(text + s, e - s, buf) != VL_OK) return VL_ENOMEM;
    sqlite3_bind_text(st, i, buf->data, (int)buf->len, SQLITE_STATIC);
    return VL_OK;
}

static int write_rows(vl_store *s, sqlite3_stmt *qi, sqlite3_stmt *ei, int64_t rowid, const vl_annotation *a,
                      vl_error *err) {
    for (size_t i = 0; i < a->nquantities; i++) {
        const vl_quantity *q = &a->quantities[i];
        sqlite3_bind_int64(qi, 1, rowid);
        sqlite3_bind_int64(qi, 2, (int64_t)q->cp_start);
        sqlite3_bind_int64(qi, 3, (int64_t)q->cp_end);
        sqlite3_bind_text(qi, 4, a->text + q->start, (int)(q->end - q->start), SQLITE_STATIC);
        sqlite3_bind_double(qi, 5, q->value);
        if (q->unit) sqlite3_bind_text(qi, 6, q->unit, -1, SQLITE_STATIC);
        else sqlite3_bind_null(qi, 6);
        sqlite3_bind_int(qi, 7, q->approx);
        bind_span(qi, 8, a->text, q->counted_start, q->counted_end);
        int rc = vl_store_step_done(s, qi, "writing the quantities", err);
        if (rc) return rc;
    }
    vl_buf k1, k2;
    vl_buf_init(&k1);
    vl_buf_init(&k2);
    int rc = VL_OK;
    for (size_t i = 0; i < a->nevents && !rc; i++) {
        const vl_event *e = &a->events[i];
        size_t as, ae, ts, te, ps, pe;
        arg_span(a, &e->actor, &as, &ae);
        arg_span(a, &e->target, &ts, &te);
        arg_span(a, &e->place, &ps, &pe);
        char code[4], begin[11], end[11];
        snprintf(code, sizeof code, "%02d", e->code);
        const vl_timex *x = e->timex >= 0 ? &a->timexes[e->timex] : NULL;
        int period = x && vl_timex_period(x->value, begin, end);
        sqlite3_bind_int64(ei, 1, rowid);
        sqlite3_bind_int64(ei, 2, (int64_t)e->cp_start);
        sqlite3_bind_int64(ei, 3, (int64_t)e->cp_end);
        sqlite3_bind_text(ei, 4, a->text + e->start, (int)(e->end - e->start), SQLITE_STATIC);
        bind_span(ei, 5, a->text, as, ae);
        if (bind_key(ei, 6, a->text, as, ae, &k1) || bind_key(ei, 10, a->text, ts, te, &k2)) {
            rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            break;
        }
        sqlite3_bind_text(ei, 7, e->action, -1, SQLITE_STATIC);
        sqlite3_bind_text(ei, 8, code, -1, SQLITE_TRANSIENT);
        bind_span(ei, 9, a->text, ts, te);
        bind_span(ei, 11, a->text, ps, pe);
        if (x) sqlite3_bind_text(ei, 12, x->value, -1, SQLITE_STATIC);
        else sqlite3_bind_null(ei, 12);
        if (period) {
            sqlite3_bind_text(ei, 13, begin, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(ei, 14, end, -1, SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_null(ei, 13);
            sqlite3_bind_null(ei, 14);
        }
        rc = vl_store_step_done(s, ei, "writing the events", err);
    }
    vl_buf_free(&k1);
    vl_buf_free(&k2);
    return rc;
}

int vl_store_put_events(vl_store *s, int64_t rowid, const vl_annotation *a, vl_error *err) {
    int rc;
    if ((rc = vl_store_prepare_once(s, &s->qty_insert, QTY_INSERT_SQL, err)) ||
        (rc = vl_store_prepare_once(s, &s->event_insert, EVENT_INSERT_SQL, err)) ||
        (rc = vl_store_prepare_once(s, &s->qty_delete, "DELETE FROM quantities WHERE doc = ?1", err)) ||
        (rc = vl_store_prepare_once(s, &s->event_delete, "DELETE FROM events WHERE doc = ?1", err)))
        return rc;
    /* a replaced document replaces its rows */
    sqlite3_bind_int64(s->qty_delete, 1, rowid);
    if ((rc = vl_store_step_done(s, s->qty_delete, "removing the old quantities", err))) return rc;
    sqlite3_bind_int64(s->event_delete, 1, rowid);
    if ((rc = vl_store_step_done(s, s->event_delete, "removing the old events", err))) return rc;
    return write_rows(s, s->qty_insert, s->event_insert, rowid, a, err);
}

typedef struct fill_events_ctx {
    sqlite3_stmt *qty_insert, *event_insert;
} fill_events_ctx;

static int fill_events_of(vl_store *s, int64_t rowid, const vl_annotation *a, void *ctx, vl_error *err) {
    fill_events_ctx *c = ctx;
    return write_rows(s, c->qty_insert, c->event_insert, rowid, a, err);
}

int vl_store_fill_events(vl_store *s, vl_error *err) {
    fill_events_ctx c = {0};
    int rc;
    if (sqlite3_prepare_v2(s->db, QTY_INSERT_SQL, -1, &c.qty_insert, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, EVENT_INSERT_SQL, -1, &c.event_insert, NULL) != SQLITE_OK)
        rc = vl_store_sqlite_error(s, err, "annotating the stored documents");
    else
        rc = vl_store_each_annotated(s, 0, fill_events_of, &c, err);
    sqlite3_finalize(c.qty_insert);
    sqlite3_finalize(c.event_insert);
    return rc;
}

/* ------------------------------------------------------------- reading */

/* '%' folded needle '%' with LIKE's wildcards escaped into buf. */
static int like_pattern(const char *needle, vl_buf *buf) {
    vl_buf f;
    vl_buf_init(&f);
    if (vl_text_fold(needle, strlen(needle), &f) != VL_OK) return VL_ENOMEM;
    vl_buf_reset(buf);
    int rc = vl_buf_putc(buf, '%');
    for (size_t i = 0; !rc && i < f.len; i++) {
        if (f.data[i] == '%' || f.data[i] == '_' || f.data[i] == '\\') rc = vl_buf_putc(buf, '\\');
        if (!rc) rc = vl_buf_putc(buf, f.data[i]);
    }
    if (!rc) rc = vl_buf_putc(buf, '%');
    vl_buf_free(&f);
    return rc;
}

static const char *col(sqlite3_stmt *st, int i) { return (const char *)sqlite3_column_text(st, i); }

static const char *const code_names[21] = {
    "", "make statement", "appeal", "express intent to cooperate", "consult", "diplomatic cooperation",
    "material cooperation", "provide aid", "yield", "investigate", "demand", "disapprove", "reject", "threaten",
    "protest", "exhibit force posture", "reduce relations", "coerce", "assault", "fight", "mass violence"};

static const char *code_name(const char *code) {
    int c = code ? atoi(code) : 0;
    return c >= 1 && c <= 20 ? code_names[c] : "";
}

/* Columns 0..12 of the event selects below into e. */
#define EVENT_COLS \
    "d.id, d.date, e.actor, e.action, e.code, e.target, e.place, e.date, e.\"begin\", e.end_date, e.text," \
    " e.start, e.\"end\""

static void event_from(sqlite3_stmt *st, int base, vl_stored_event *e) {
    e->doc_id = col(st, base + 0);
    e->doc_date = col(st, base + 1);
    e->actor = col(st, base + 2);
    e->action = col(st, base + 3);
    e->code = col(st, base + 4);
    e->code_name = code_name(e->code);
    e->target = col(st, base + 5);
    e->place = col(st, base + 6);
    e->date = col(st, base + 7);
    e->begin = col(st, base + 8);
    e->end_date = col(st, base + 9);
    e->text = col(st, base + 10);
    e->start = sqlite3_column_int64(st, base + 11);
    e->end = sqlite3_column_int64(st, base + 12);
}

int vl_events(vl_store *s, const vl_event_query *q, int (*on_event)(void *ctx, const vl_stored_event *e), void *ctx,
              vl_error *err) {
    char from[11], to[11], code[4] = "";
    if (vl_timex_filter_bound(q->date_from, 0, from, "from", err) || vl_timex_filter_bound(q->date_to, 1, to, "to", err)) return VL_EARG;
    if (q->code && *q->code) {
        char *end;
        long c = strtol(q->code, &end, 10);
        if (*end || c < 1 || c > 20)
            return vl_error_set(err, VL_EARG, NULL, 0, "--code: \"%.20s\" is not a CAMEO root code (01..20)", q->code);
        snprintf(code, sizeof code, "%02ld", c);
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT " EVENT_COLS " FROM events e JOIN docs d ON d.rowid = e.doc"
                           " WHERE (?1 IS NULL OR e.actor_key LIKE ?1 ESCAPE '\\')"
                           " AND (?2 IS NULL OR e.code = ?2)"
                           " AND (?3 IS NULL OR coalesce(e.end_date, d.date) >= ?3)"
                           " AND (?4 IS NULL OR coalesce(e.\"begin\", d.date) <= ?4)"
                           " ORDER BY coalesce(e.\"begin\", d.date), d.date, d.id, e.start LIMIT ?5 OFFSET ?6",
                           -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "reading the events");
    vl_buf pat;
    vl_buf_init(&pat);
    if (q->actor && *q->actor) {
        if (like_pattern(q->actor, &pat)) {
            sqlite3_finalize(st);
            return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        }
        sqlite3_bind_text(st, 1, pat.data, (int)pat.len, SQLITE_STATIC);
    }
    if (code[0]) sqlite3_bind_text(st, 2, code, -1, SQLITE_STATIC);
    if (from[0]) sqlite3_bind_text(st, 3, from, -1, SQLITE_STATIC);
    if (to[0]) sqlite3_bind_text(st, 4, to, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, q->limit > 0 ? q->limit : 50);
    sqlite3_bind_int(st, 6, q->offset > 0 ? q->offset : 0);
    int step, rc = VL_OK;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        vl_stored_event e;
        event_from(st, 0, &e);
        if (on_event && on_event(ctx, &e)) break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "reading the events");
    sqlite3_finalize(st);
    vl_buf_free(&pat);
    return rc;
}

/* Byte offset of code point cp in text (len bytes). */
static size_t byte_at(const char *text, size_t len, int64_t cp) {
    size_t i = 0;
    for (int64_t c = 0; i < len; i++) {
        if (((unsigned char)text[i] & 0xC0) != 0x80) {
            if (c == cp) return i;
            c++;
        }
    }
    return len;
}

/* The sentence of text holding byte offset at, as the entity tagger's
 * tokeniser splits them: [*s, *e) in bytes and *cs in code points. */
static void sentence_at(const char *text, size_t len, size_t at, size_t *s, size_t *e, size_t *cs) {
    vl_ner_lexer lx;
    vl_ner_tok toks[VL_NER_MAX_SENT];
    vl_ner_lexer_init(&lx, text, len, VL_LANG_UND);
    size_t n;
    *s = 0, *e = len, *cs = 0;
    while ((n = vl_ner_next_sentence(&lx, toks, VL_NER_MAX_SENT)) > 0) {
        if (toks[n - 1].end > at) {
            *s = toks[0].start;
            *e = toks[n - 1].end;
            *cs = toks[0].cstart;
            return;
        }
    }
}

static int cp_count(const char *s, size_t n) {
    int c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* The folded names an entity filter looks for: the name given, and the
 * canonical names and aliases of the stored entities it designates
 * (entities.c resolves it: Loukachenko finds Lukashenko's entity), each
 * NUL-terminated one after the other in names (count in *n). */
static int entity_names(vl_store *s, const char *name, vl_buf *names, int *n, vl_error *err) {
    vl_buf ids, f;
    vl_buf_init(&ids);
    vl_buf_init(&f);
    vl_buf_reset(names);
    *n = 0;
    int rc = vl_entity_filter_ids(s, name, &ids, err);
    char *sql = NULL;
    if (!rc && (sql = sqlite3_mprintf("SELECT name FROM entities WHERE id IN (%s)"
                                      " UNION SELECT name FROM entity_aliases WHERE entity IN (%s)",
                                      ids.data, ids.data)) == NULL)
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    sqlite3_stmt *st = NULL;
    if (!rc && sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        rc = vl_store_sqlite_error(s, err, "reading the entity's names");
    /* the name given first, then the stored ones */
    if (!rc && (vl_text_fold(name, strlen(name), &f) || vl_buf_append(names, f.data, f.len + 1)))
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (!rc) (*n)++;
    while (!rc && st && sqlite3_step(st) == SQLITE_ROW) {
        const char *a = (const char *)sqlite3_column_text(st, 0);
        if (!a || vl_text_fold(a, strlen(a), &f)) continue;
        if (f.len < 2) continue;
        if (vl_buf_append(names, f.data, f.len + 1)) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        else (*n)++;
    }
    sqlite3_finalize(st);
    sqlite3_free(sql);
    vl_buf_free(&ids);
    vl_buf_free(&f);
    return rc;
}

/* Does folded text hold one of the n names? */
static int names_in(const vl_buf *names, int n, const char *text) {
    if (!text) return 0;
    const char *p = names->data;
    for (int i = 0; i < n; i++, p += strlen(p) + 1)
        if (*p && strstr(text, p)) return 1;
    return 0;
}

int vl_timeline(vl_store *s, const vl_timeline_query *q, int (*on_item)(void *ctx, const vl_timeline_item *item),
                void *ctx, vl_error *err) {
    char from[11], to[11];
    if (vl_timex_filter_bound(q->date_from, 0, from, "from", err) || vl_timex_filter_bound(q->date_to, 1, to, "to", err)) return VL_EARG;
    char *fts = NULL;
    if (q->query && *q->query) {
        int rc = vl_query_to_fts(q->query, &fts, err);
        if (rc) return rc;
    }
    /* events with a date, and facts: time expressions with a calendar
     * period; ?1 ?2 the period, ?3 the FTS expression; the entity filter
     * is applied in C (events by actor and target, facts by sentence) */
    const char *sql =
        "SELECT * FROM ("
        " SELECT 'event' AS kind, e.\"begin\" AS b, e.end_date AS en, e.date AS v, " EVENT_COLS ", NULL AS doctext,"
        " e.actor_key, e.target_key"
        " FROM events e JOIN docs d ON d.rowid = e.doc"
        " WHERE e.\"begin\" IS NOT NULL AND (?1 IS NULL OR e.end_date >= ?1) AND (?2 IS NULL OR e.\"begin\" <= ?2)"
        " AND (?3 IS NULL OR d.rowid IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?3))"
        " UNION ALL"
        " SELECT 'fact', t.\"begin\", t.end_date, t.value, d.id, d.date, NULL, NULL, NULL, NULL, NULL, t.value,"
        " t.\"begin\", t.end_date, t.text, t.start, t.\"end\", d.text, NULL, NULL"
        " FROM timexes t JOIN docs d ON d.rowid = t.doc"
        " WHERE t.\"begin\" IS NOT NULL AND (?1 IS NULL OR t.end_date >= ?1) AND (?2 IS NULL OR t.\"begin\" <= ?2)"
        " AND (?3 IS NULL OR d.rowid IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?3))"
        ") ORDER BY b, en, 6, 5, 16, 1 DESC";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        free(fts);
        return vl_store_sqlite_error(s, err, "reading the timeline");
    }
    vl_buf pat, sent, key;
    vl_buf_init(&pat);
    vl_buf_init(&sent);
    vl_buf_init(&key);
    int rc = VL_OK;
    if (from[0]) sqlite3_bind_text(st, 1, from, -1, SQLITE_STATIC);
    if (to[0]) sqlite3_bind_text(st, 2, to, -1, SQLITE_STATIC);
    if (fts) sqlite3_bind_text(st, 3, fts, -1, SQLITE_STATIC);
    int nnames = 0;
    if (q->entity && *q->entity) rc = entity_names(s, q->entity, &pat, &nnames, err);
    int limit = q->limit > 0 ? q->limit : 100, shown = 0, step = SQLITE_DONE;
    /* the last event shown: a fact inside its clause is the event's date */
    char last_doc[300] = "";
    int64_t last_s = -1, last_e = -1;
    while (!rc && shown < limit && (step = sqlite3_step(st)) == SQLITE_ROW) {
        vl_timeline_item it;
        vl_stored_event ev;
        memset(&it, 0, sizeof it);
        it.kind = col(st, 0);
        it.begin = col(st, 1);
        it.end_date = col(st, 2);
        it.value = col(st, 3);
        event_from(st, 4, &ev);
        it.doc_id = ev.doc_id;
        it.doc_date = ev.doc_date;
        it.text = ev.text;
        it.start = ev.start;
        it.end = ev.end;
        if (strcmp(it.kind, "event") == 0) {
            if (nnames && !names_in(&pat, nnames, col(st, 18)) && !names_in(&pat, nnames, col(st, 19))) continue;
            it.event = &ev;
            snprintf(last_doc, sizeof last_doc, "%s", ev.doc_id);
            last_s = ev.start;
            last_e = ev.end;
        } else {
            if (strcmp(last_doc, ev.doc_id) == 0 && ev.start >= last_s && ev.end <= last_e) continue;
            /* the sentence of the fact */
            const char *text = col(st, 17);
            size_t len = (size_t)sqlite3_column_bytes(st, 17);
            size_t at = byte_at(text, len, ev.start), ss, se, scp;
            sentence_at(text, len, at, &ss, &se, &scp);
            vl_buf_reset(&sent);
            if (vl_buf_append(&sent, text + ss, se - ss)) {
                rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
                break;
            }
            if (nnames) {
                /* the entity named in the sentence */
                if (vl_text_fold(sent.data, sent.len, &key)) {
                    rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
                    break;
                }
                if (!names_in(&pat, nnames, key.data)) continue;
            }
            it.text = sent.data;
            it.start = (int64_t)scp;
            it.end = (int64_t)scp + cp_count(text + ss, se - ss);
        }
        shown++;
        if (on_item && on_item(ctx, &it)) break;
    }
    if (!rc && step != SQLITE_ROW && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "reading the timeline");
    sqlite3_finalize(st);
    free(fts);
    vl_buf_free(&pat);
    vl_buf_free(&sent);
    vl_buf_free(&key);
    return rc;
}
