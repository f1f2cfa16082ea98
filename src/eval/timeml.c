/*
 * timeml.c -- the TimeML reader and the TempEval-3 scorer of timeml.h.
 */
#include "eval/timeml.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"

/* Copies the value of attribute `name` from the tag text [p, e) into out. */
static int attr(const char *p, const char *e, const char *name, char *out, size_t cap) {
    size_t n = strlen(name);
    out[0] = 0;
    for (const char *q = p; q + n + 2 < e; q++) {
        if ((q == p || q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n' || q[-1] == '\r') && memcmp(q, name, n) == 0) {
            const char *v = q + n;
            while (v < e && (*v == ' ' || *v == '\t')) v++;
            if (v >= e || *v != '=') continue;
            v++;
            while (v < e && (*v == ' ' || *v == '\t')) v++;
            if (v >= e || (*v != '"' && *v != '\'')) continue;
            char quote = *v++;
            const char *ve = memchr(v, quote, (size_t)(e - v));
            if (!ve) return 0;
            size_t len = (size_t)(ve - v);
            if (len >= cap) len = cap - 1;
            memcpy(out, v, len);
            out[len] = 0;
            return 1;
        }
    }
    return 0;
}

/* Appends the UTF-8 encoding of code point cp. */
static int put_cp(vl_buf *b, unsigned long cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) u[0] = (char)cp, n = 1;
    else if (cp < 0x800) u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 63)), n = 2;
    else if (cp < 0x10000)
        u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 63)), u[2] = (char)(0x80 | (cp & 63)), n = 3;
    else if (cp < 0x110000)
        u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 63)),
        u[2] = (char)(0x80 | ((cp >> 6) & 63)), u[3] = (char)(0x80 | (cp & 63)), n = 4;
    else return -1;
    return vl_buf_append(b, u, n);
}

static int is_tag(const char *p, const char *e, const char *name) {
    size_t n = strlen(name);
    return (size_t)(e - p) >= n && memcmp(p, name, n) == 0 &&
           (p + n == e || p[n] == ' ' || p[n] == '>' || p[n] == '/' || p[n] == '\t' || p[n] == '\n' || p[n] == '\r');
}

int vl_tml_parse(const char *xml, size_t len, vl_tml_doc *out, vl_error *err) {
    memset(out, 0, sizeof *out);
    vl_buf text;
    vl_buf_init(&text);
    size_t cap = 0;
    int in_text = 0, open = -1, seen_text = 0;
    const char *p = xml, *end = xml + len;
    while (p < end) {
        if (*p == '<') {
            if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
                const char *c = NULL;
                for (const char *q = p + 4; q + 3 <= end; q++)
                    if (memcmp(q, "-->", 3) == 0) {
                        c = q;
                        break;
                    }
                if (!c) goto bad_comment;
                p = c + 3;
                continue;
            }
            const char *g = memchr(p, '>', (size_t)(end - p));
            if (!g) {
                vl_buf_free(&text);
                free(out->timex);
                memset(out, 0, sizeof *out);
                return vl_error_set(err, VL_EFORMAT, NULL, 0, "unterminated tag at byte %zu", (size_t)(p - xml));
            }
            const char *t = p + 1, *te = g;
            int closing = *t == '/';
            if (closing) t++;
            int empty = te > t && te[-1] == '/';
            if (is_tag(t, te, "TEXT")) {
                if (closing) in_text = 0;
                else if (!empty) in_text = seen_text = 1;
            } else if (is_tag(t, te, "TIMEX3")) {
                char fn[32];
                if (!closing && attr(t, te, "functionInDocument", fn, sizeof fn) && strcmp(fn, "CREATION_TIME") == 0) {
                    char v[48];
                    attr(t, te, "value", v, sizeof v);
                    if (!out->dct[0] && vl_date_valid(v, strnlen(v, 10) == 10 ? 10 : 0) ) {
                        memcpy(out->dct, v, 10);
                        out->dct[10] = 0;
                    }
                }
                if (in_text && !closing) {
                    if (out->n == cap) {
                        cap = cap ? cap * 2 : 16;
                        vl_tml_timex *nt = realloc(out->timex, cap * sizeof *nt);
                        if (!nt) goto nomem;
                        out->timex = nt;
                    }
                    vl_tml_timex *x = &out->timex[out->n];
                    memset(x, 0, sizeof *x);
                    attr(t, te, "type", x->type, sizeof x->type);
                    attr(t, te, "value", x->value, sizeof x->value);
                    attr(t, te, "mod", x->mod, sizeof x->mod);
                    x->start = x->end = text.len;
                    if (empty) out->n++;
                    else open = (int)out->n++;
                } else if (in_text && closing && open >= 0) {
                    out->timex[open].end = text.len;
                    open = -1;
                }
            }
            p = g + 1;
            continue;
        }
        if (!in_text) {
            p++;
            continue;
        }
        if (*p == '&') {
            const char *sc = memchr(p, ';', (size_t)(end - p) < 12 ? (size_t)(end - p) : 12);
            int rc = 0;
            if (sc) {
                size_t n = (size_t)(sc - p - 1);
                const char *nm = p + 1;
                if (n == 3 && memcmp(nm, "amp", 3) == 0) rc = vl_buf_putc(&text, '&');
                else if (n == 2 && memcmp(nm, "lt", 2) == 0) rc = vl_buf_putc(&text, '<');
                else if (n == 2 && memcmp(nm, "gt", 2) == 0) rc = vl_buf_putc(&text, '>');
                else if (n == 4 && memcmp(nm, "quot", 4) == 0) rc = vl_buf_putc(&text, '"');
                else if (n == 4 && memcmp(nm, "apos", 4) == 0) rc = vl_buf_putc(&text, '\'');
                else if (n >= 2 && nm[0] == '#') {
                    unsigned long cp = nm[1] == 'x' || nm[1] == 'X' ? strtoul(nm + 2, NULL, 16) : strtoul(nm + 1, NULL, 10);
                    rc = put_cp(&text, cp);
                } else sc = NULL;
                if (rc) goto nomem;
            }
            if (sc) {
                p = sc + 1;
                continue;
            }
        }
        if (vl_buf_putc(&text, *p)) goto nomem;
        p++;
    }
    if (!seen_text) {
        vl_buf_free(&text);
        free(out->timex);
        memset(out, 0, sizeof *out);
        return vl_error_set(err, VL_EFORMAT, NULL, 0, "no <TEXT> element");
    }
    out->len = text.len;
    out->text = vl_buf_steal(&text);
    if (!out->text) goto nomem;
    return VL_OK;
bad_comment:
    vl_buf_free(&text);
    free(out->timex);
    memset(out, 0, sizeof *out);
    return vl_error_set(err, VL_EFORMAT, NULL, 0, "unterminated comment");
nomem:
    vl_buf_free(&text);
    free(out->timex);
    memset(out, 0, sizeof *out);
    return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
}

void vl_tml_doc_free(vl_tml_doc *doc) {
    if (!doc) return;
    free(doc->text);
    free(doc->timex);
    memset(doc, 0, sizeof *doc);
}

static int type_index(const char *t) {
    if (strcmp(t, "DATE") == 0) return VL_TIMEX_DATE;
    if (strcmp(t, "TIME") == 0) return VL_TIMEX_TIME;
    if (strcmp(t, "DURATION") == 0) return VL_TIMEX_DURATION;
    if (strcmp(t, "SET") == 0) return VL_TIMEX_SET;
    return -1;
}

void vl_timex_score(const vl_tml_timex *gold, size_t ngold, const vl_timex *sys, size_t nsys, vl_timex_counts *c,
                    void (*on_pair)(void *ctx, const vl_tml_timex *g, const vl_timex *s), void *ctx) {
    /* one-to-one matching: exact extents first, then overlaps */
    int stack_used[256];
    int *used = nsys <= 256 ? stack_used : calloc(nsys, sizeof *used);
    int *gm = NULL;
    int stack_gm[256];
    gm = ngold <= 256 ? stack_gm : calloc(ngold, sizeof *gm);
    if (!used || !gm) {
        if (used != stack_used) free(used);
        if (gm != stack_gm) free(gm);
        return;
    }
    for (size_t j = 0; j < nsys; j++) used[j] = 0;
    for (size_t i = 0; i < ngold; i++) {
        gm[i] = -1;
        for (size_t j = 0; j < nsys; j++)
            if (!used[j] && sys[j].start == gold[i].start && sys[j].end == gold[i].end) {
                gm[i] = (int)j;
                used[j] = 1;
                break;
            }
    }
    for (size_t i = 0; i < ngold; i++) {
        if (gm[i] >= 0) continue;
        for (size_t j = 0; j < nsys; j++)
            if (!used[j] && sys[j].start < gold[i].end && gold[i].start < sys[j].end) {
                gm[i] = (int)j;
                used[j] = 1;
                break;
            }
    }
    for (size_t j = 0; j < nsys; j++) {
        c->sys[4]++;
        c->sys[sys[j].type]++;
        if (used[j]) {
            c->relaxed_sys[4]++;
            c->relaxed_sys[sys[j].type]++;
        } else if (on_pair) {
            on_pair(ctx, NULL, &sys[j]);
        }
    }
    for (size_t i = 0; i < ngold; i++) {
        int gt = type_index(gold[i].type);
        c->gold[4]++;
        if (gt >= 0) c->gold[gt]++;
        if (gm[i] < 0) {
            if (on_pair) on_pair(ctx, &gold[i], NULL);
            continue;
        }
        const vl_timex *s = &sys[gm[i]];
        int strict = s->start == gold[i].start && s->end == gold[i].end;
        int type_ok = gt == (int)s->type, value_ok = strcmp(gold[i].value, s->value) == 0;
        c->relaxed_gold[4]++;
        if (strict) c->strict_gold[4]++, c->strict_sys[4]++, c->strict_sys[s->type]++;
        c->type_ok[4] += type_ok;
        c->value_ok[4] += value_ok;
        if (gt >= 0) {
            c->relaxed_gold[gt]++;
            if (strict) c->strict_gold[gt]++;
            c->type_ok[gt] += type_ok;
            c->value_ok[gt] += value_ok;
        }
        if (on_pair && (!strict || !type_ok || !value_ok)) on_pair(ctx, &gold[i], s);
    }
    if (used != stack_used) free(used);
    if (gm != stack_gm) free(gm);
}
