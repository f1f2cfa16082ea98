/*
 * events_gold.c -- reading the events gold set and scoring extracted
 * events against it (see events_gold.h and tests/data/events-gold).
 * Actors and targets match when, folded (case, accents), one contains the
 * other; codes must be equal; each gold event is matched at most once.
 */
#include "eval/gold_lines.h"
#include "eval/events_gold.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "io/reader.h"
#include "text/analyzer.h"

static char *trim_dup(const char *s, size_t n) {
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) n--;
    char *r = malloc(n + 1);
    if (r) {
        memcpy(r, s, n);
        r[n] = 0;
    }
    return r;
}

void vl_evgold_free(vl_evgold *g) {
    for (size_t i = 0; i < g->n; i++) {
        for (size_t j = 0; j < g->docs[i].nev; j++) {
            free(g->docs[i].ev[j].actor);
            free(g->docs[i].ev[j].target);
        }
        free(g->docs[i].ev);
        free(g->docs[i].text);
    }
    free(g->docs);
    memset(g, 0, sizeof *g);
}

static int read_file(const char *path, vl_evgold *g, vl_error *err) {
    FILE *f = fopen(path, "r");
    if (!f) return vl_error_set(err, VL_EIO, path, 0, "cannot open");
    char line[8192], date[11] = "", lang[4] = "";
    long ln = 0;
    int rc = VL_OK;
    int got;
    while (!rc && (got = vl_gold_line(f, line, sizeof line, &ln, path, err)) != 0) {
        if (got < 0) {
            rc = VL_EFORMAT;
            break;
        }
        size_t n = strlen(line);
        if (strncmp(line, "date ", 5) == 0) {
            if (!vl_date_valid(line + 5, strlen(line + 5))) rc = vl_error_set(err, VL_EFORMAT, path, ln, "bad date");
            else memcpy(date, line + 5, 11);
        } else if (strncmp(line, "lang ", 5) == 0) {
            if (strcmp(line + 5, "fr") && strcmp(line + 5, "en"))
                rc = vl_error_set(err, VL_EFORMAT, path, ln, "lang must be fr or en");
            else memcpy(lang, line + 5, 3);
        } else if (strncmp(line, "S ", 2) == 0) {
            if (!date[0] || !lang[0]) {
                rc = vl_error_set(err, VL_EFORMAT, path, ln, "S before date and lang");
                break;
            }
            vl_evgold_doc *d = vl_array_grow(g->docs, &g->cap, g->n, sizeof *d, 16);
            if (!d) {
                rc = vl_error_set(err, VL_ENOMEM, path, ln, "out of memory");
                break;
            }
            g->docs = d;
            d = &g->docs[g->n];
            memset(d, 0, sizeof *d);
            memcpy(d->date, date, sizeof d->date);
            memcpy(d->lang, lang, sizeof d->lang);
            d->line = ln;
            d->text = trim_dup(line + 2, n - 2);
            if (!d->text) rc = vl_error_set(err, VL_ENOMEM, path, ln, "out of memory");
            g->n++;
        } else if (strncmp(line, "E ", 2) == 0) {
            if (!g->n) {
                rc = vl_error_set(err, VL_EFORMAT, path, ln, "E before any S");
                break;
            }
            char *b1 = strchr(line + 2, '|'), *b2 = b1 ? strchr(b1 + 1, '|') : NULL;
            if (!b2) {
                rc = vl_error_set(err, VL_EFORMAT, path, ln, "expected 'E actor | code | target'");
                break;
            }
            char *end;
            long code = strtol(b1 + 1, &end, 10);
            while (*end == ' ') end++;
            if (code < 1 || code > 20 || end != b2) {
                rc = vl_error_set(err, VL_EFORMAT, path, ln, "code must be 01..20");
                break;
            }
            vl_evgold_doc *d = &g->docs[g->n - 1];
            vl_evgold_event *e = vl_array_grow(d->ev, &d->cap, d->nev, sizeof *e, 4);
            if (!e) {
                rc = vl_error_set(err, VL_ENOMEM, path, ln, "out of memory");
                break;
            }
            d->ev = e;
            e = &d->ev[d->nev++];
            e->code = (int)code;
            e->actor = trim_dup(line + 2, (size_t)(b1 - line - 2));
            e->target = trim_dup(b2 + 1, strlen(b2 + 1));
            if (e->target && strcmp(e->target, "-") == 0) {
                free(e->target);
                e->target = NULL;
            }
            if (!e->actor || !e->actor[0]) rc = vl_error_set(err, VL_EFORMAT, path, ln, "empty actor");
        } else {
            rc = vl_error_set(err, VL_EFORMAT, path, ln, "expected date, lang, S or E");
        }
    }
    fclose(f);
    return rc;
}

typedef struct gold_walk {
    const char *top;
    vl_evgold *g;
    vl_error *err;
} gold_walk;

/* A file named on the command line is read whatever its name; in a
 * folder, the .gold files only (not its README). */
static int read_found(void *ctx, const char *file) {
    gold_walk *w = ctx;
    size_t n = strlen(file);
    if (strcmp(file, w->top) != 0 && (n < 5 || strcmp(file + n - 5, ".gold") != 0)) return VL_OK;
    return read_file(file, w->g, w->err);
}

static void on_walk_error(void *ctx, const vl_error *e) {
    gold_walk *w = ctx;
    if (w->err->code == VL_OK) *w->err = *e;
}

int vl_evgold_read(const char *path, vl_evgold *g, vl_error *err) {
    size_t before = g->n;
    vl_error_clear(err);
    gold_walk w = {path, g, err};
    int rc = vl_walk(path, read_found, on_walk_error, &w, err);
    if (rc) return rc;
    if (err->code) return err->code;
    if (g->n == before) return vl_error_set(err, VL_EFORMAT, path, 0, "no events gold dispatch here (S lines in .gold files)");
    return VL_OK;
}

/* Folded a contains folded b, or b contains a. */
static int overlap(const char *a, const char *b) {
    vl_buf fa, fb;
    vl_buf_init(&fa);
    vl_buf_init(&fb);
    int ok = 0;
    if (vl_text_fold(a, strlen(a), &fa) == VL_OK && vl_text_fold(b, strlen(b), &fb) == VL_OK && fa.len && fb.len)
        ok = strstr(fa.data, fb.data) != NULL || strstr(fb.data, fa.data) != NULL;
    vl_buf_free(&fa);
    vl_buf_free(&fb);
    return ok;
}

int vl_evgold_score(const vl_evgold_doc *d, const vl_evsys *sys, size_t n, vl_evcounts *c, int *sys_ok) {
    char used[256] = {0};
    if (d->nev > sizeof used) return VL_EARG;
    for (size_t j = 0; j < d->nev; j++) {
        c->gold[0]++;
        c->gold[d->ev[j].code]++;
    }
    for (size_t i = 0; i < n; i++) {
        int code = sys[i].code >= 1 && sys[i].code <= 20 ? sys[i].code : 0;
        c->sys[0]++;
        if (code) c->sys[code]++;
        int hit = 0;
        for (size_t j = 0; j < d->nev && !hit; j++) {
            const vl_evgold_event *ge = &d->ev[j];
            if (used[j] || ge->code != code || !overlap(ge->actor, sys[i].actor)) continue;
            if (ge->target && !(sys[i].target && overlap(ge->target, sys[i].target))) continue;
            used[j] = 1;
            hit = 1;
            c->sys_ok[0]++;
            c->sys_ok[code]++;
            c->gold_ok[0]++;
            c->gold_ok[code]++;
        }
        if (sys_ok) sys_ok[i] = hit;
    }
    return VL_OK;
}
