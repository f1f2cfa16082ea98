/*
 * quotes.c -- the quotation evaluation (see quotes.h): reads the three gold
 * formats (aads JSON, PolNeAR BRAT, quotes .gold), annotates each
 * document as `veille annotate` does (entities for the speakers), times
 * the quotation extractor alone on the same entities, and counts matches
 * at three overlap thresholds.
 */
#include "eval/gold_lines.h"
#include "eval/quotes.h"

#include <ctype.h>
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "annotate/annotate.h"
#include "base/base.h"
#include "extract/quote.h"

typedef struct span {
    size_t s, e;          /* code points */
    size_t ss, se;        /* gold: Source span in code points (se == 0: none) */
    char src[160];        /* gold Source text, or the system's speaker name */
    int name_only;        /* gold: a speaker given by name only (src), no span */
} span;

typedef struct ctx {
    vl_annotator *an;
    vl_quote_tagger *qt;
    vl_qeval *ev;
    vl_qeval_row *row;
    int direct_only; /* score only the quotations in quotation marks */
    int second_pass; /* the document was scored before: do not keep it */
    const char *tag; /* after MISS / SPURIOUS / SPEAKER in the error list: the row */
    vl_annotation **keep; /* annotated documents awaiting time_extractor */
    size_t nkeep;
} ctx;

/* CPU time of the process: the extractor is timed over a whole corpus at
 * once (the clock of some virtual machines ticks too coarsely for one
 * document), the annotation summed over documents. */
static double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *read_all(const char *path, size_t *len, vl_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        vl_error_set(err, VL_EIO, path, 0, "cannot open");
        return NULL;
    }
    vl_buf b;
    vl_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (vl_buf_append(&b, chunk, n)) {
            fclose(f);
            vl_buf_free(&b);
            vl_error_set(err, VL_ENOMEM, path, 0, "out of memory");
            return NULL;
        }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        vl_buf_free(&b);
        vl_error_set(err, VL_EIO, path, 0, "read error");
        return NULL;
    }
    *len = b.len;
    return vl_buf_steal(&b);
}

/* Code points of text, and a map from code point to byte offset. */
static size_t *cp_index(const char *text, size_t len, size_t *ncp) {
    size_t *map = malloc((len + 1) * sizeof *map), n = 0;
    if (!map) return NULL;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) map[n++] = i;
    map[n] = len;
    *ncp = n;
    return map;
}

static int is_ws_cp(const char *text, const size_t *map, size_t i) {
    unsigned char c = (unsigned char)text[map[i]];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
           (c == 0xC2 && (unsigned char)text[map[i] + 1] == 0xA0);
}

static void trim(const char *text, const size_t *map, size_t *s, size_t *e) {
    while (*s < *e && is_ws_cp(text, map, *s)) (*s)++;
    while (*e > *s && is_ws_cp(text, map, *e - 1)) (*e)--;
}

static double overlap(const span *a, const span *b) {
    size_t lo = a->s > b->s ? a->s : b->s, hi = a->e < b->e ? a->e : b->e;
    if (hi <= lo) return 0;
    size_t la = a->e - a->s, lb = b->e - b->s, L = la > lb ? la : lb;
    return L ? (double)(hi - lo) / (double)L : 0;
}

static void lower_ascii(char *s) {
    for (; *s; s++) *s = (char)tolower((unsigned char)*s);
}

/* Do a and b share a word of 3+ letters (ASCII case ignored)? */
static int share_word(const char *a, const char *b) {
    char x[160], y[160];
    snprintf(x, sizeof x, "%s", a);
    snprintf(y, sizeof y, "%s", b);
    lower_ascii(x);
    lower_ascii(y);
    static const char *const skip[] = {"the", "and", "for", "les", "des", "who", NULL};
    char *save = NULL;
    for (char *w = strtok_r(x, " ,.'’()-", &save); w; w = strtok_r(NULL, " ,.'’()-", &save)) {
        if (strlen(w) < 3) continue;
        int sk = 0;
        for (const char *const *k = skip; *k; k++) sk |= strcmp(*k, w) == 0;
        if (sk) continue;
        const char *p = y;
        size_t n = strlen(w);
        while ((p = strstr(p, w))) {
            int lb = p == y || !isalnum((unsigned char)p[-1]), rb = !isalnum((unsigned char)p[n]);
            if (lb && rb) return 1;
            p += n;
        }
    }
    return 0;
}

/* Scores one document: gold spans against the system's quotations. */
/* One wrong speaker in the error list: the gold source, the system's
 * name and the words of its clause, and the text around the quotation
 * (200 bytes before, 160 after, line breaks shown as |) to group errors by
 * cause. */
static void print_ctx(FILE *f, const char *text, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) fputc(text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ? '|' : text[i], f);
}

static void print_speaker_error(const ctx *c, const char *id, const char *text, size_t len, const size_t *map, size_t ncp,
                                const span *g, const span *s) {
    FILE *f = c->ev->errors;
    size_t qs = map[s->s < ncp ? s->s : ncp], qe = map[s->e < ncp ? s->e : ncp];
    size_t from = qs > 200 ? qs - 200 : 0, to = qe + 160 < len ? qe + 160 : len;
    while (from > 0 && ((unsigned char)text[from] & 0xC0) == 0x80) from--;
    while (to < len && ((unsigned char)text[to] & 0xC0) == 0x80) to++;
    fprintf(f, "SPEAKER%s %s  gold [%s] sys [%s] clause [", c->tag, id, g->src, s->src);
    if (s->se > s->ss && s->se <= ncp) print_ctx(f, text, map[s->ss], map[s->se]);
    fputs("]\n    ", f);
    print_ctx(f, text, from, qs);
    fputs(" <<", f);
    print_ctx(f, text, qs, qe);
    fputs(">> ", f);
    print_ctx(f, text, qe, to);
    fputc('\n', f);
}

static int score_doc(ctx *c, const char *id, const char *date, const char *lang, const char *text, size_t len,
                     span *gold, size_t ngold, vl_error *err) {
    vl_doc doc = {.id = id, .date = date, .text = text, .text_len = len, .lang = lang};
    vl_annotation *a = NULL;
    double t0 = cpu_now();
    int rc = vl_annotate(c->an, &doc, &a, err);
    c->row->annotate_seconds += cpu_now() - t0;
    if (rc) return rc;
    size_t ncp;
    size_t *map = cp_index(text, len, &ncp);
    span *sys = calloc(a->nquotes + 1, sizeof *sys);
    int *gm = calloc(ngold + 1, sizeof *gm), *sm = calloc(a->nquotes + 1, sizeof *sm);
    if (!map || !sys || !gm || !sm) {
        free(map);
        free(sys);
        free(gm);
        free(sm);
        vl_annotation_free(a);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    size_t ns = 0;
    for (size_t i = 0; i < a->nquotes; i++) {
        const vl_quote *x = &a->quotes[i];
        if (c->direct_only && !x->direct) continue;
        span *s = &sys[ns++];
        s->s = x->cp_start;
        s->e = x->cp_end;
        s->ss = x->spk_cp_start;
        s->se = x->spk_cp_end;
        size_t n = x->name_end - x->name_start;
        if (n >= sizeof s->src) n = sizeof s->src - 1;
        memcpy(s->src, a->text + x->name_start, n);
        s->src[n] = 0;
        trim(text, map, &s->s, &s->e);
    }
    for (size_t i = 0; i < ngold; i++) trim(text, map, &gold[i].s, &gold[i].e);
    c->row->gold += ngold;
    c->row->pred += ns;
    c->row->docs++;
    c->row->bytes += len;
    static const double th[VL_QEVAL_NTHRESH] = {1.0, 0.8, 0.3};
    for (int k = 0; k < VL_QEVAL_NTHRESH; k++) {
        memset(gm, 0, (ngold + 1) * sizeof *gm);
        memset(sm, 0, (ns + 1) * sizeof *sm);
        /* greedy: repeatedly the best remaining pair */
        for (;;) {
            double best = 0;
            size_t bi = 0, bj = 0;
            for (size_t i = 0; i < ns; i++) {
                if (sm[i]) continue;
                for (size_t j = 0; j < ngold; j++) {
                    if (gm[j]) continue;
                    double o = overlap(&sys[i], &gold[j]);
                    if (k == VL_QEVAL_EXACT) o = (sys[i].s == gold[j].s && sys[i].e == gold[j].e) ? 1 : 0;
                    if (o > best) {
                        best = o;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (best < th[k] - 1e-9 || best <= 0) break;
            sm[bi] = 1;
            gm[bj] = 1;
            c->row->match[k]++;
            if (k == VL_QEVAL_30 && (gold[bj].se > gold[bj].ss || gold[bj].name_only)) {
                c->row->spk_total++;
                span gs = {.s = gold[bj].ss, .e = gold[bj].se}, ss = {.s = sys[bi].ss, .e = sys[bi].se};
                int ok = (!gold[bj].name_only && ss.e > ss.s && overlap(&ss, &gs) > 0) ||
                         (sys[bi].src[0] && share_word(sys[bi].src, gold[bj].src));
                c->row->spk_ok += (size_t)ok;
                if (!ok && c->ev->errors) print_speaker_error(c, id, text, len, map, ncp, &gold[bj], &sys[bi]);
            }
        }
        if (k == VL_QEVAL_30 && c->ev->errors) {
            for (size_t j = 0; j < ngold; j++)
                if (!gm[j])
                    fprintf(c->ev->errors, "MISS%s %s  [%.*s]\n", c->tag, id, (int)(map[gold[j].e] - map[gold[j].s] > 200 ? 200 : map[gold[j].e] - map[gold[j].s]),
                           text + map[gold[j].s]);
            for (size_t i = 0; i < ns; i++)
                if (!sm[i])
                    fprintf(c->ev->errors, "SPURIOUS%s %s  [%.*s] speaker [%s]\n", c->tag, id,
                           (int)(map[sys[i].e] - map[sys[i].s] > 200 ? 200 : map[sys[i].e] - map[sys[i].s]),
                           text + map[sys[i].s], sys[i].src);
        }
    }
    free(map);
    free(sys);
    free(gm);
    free(sm);
    /* kept for timing the extractor alone (time_extractor), once per
     * document: not from the second pass over a PolNeAR article */
    if (c->second_pass) {
        vl_annotation_free(a);
        return VL_OK;
    }
    vl_annotation **keep = realloc(c->keep, (c->nkeep + 1) * sizeof *keep);
    if (!keep) {
        vl_annotation_free(a);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    c->keep = keep;
    c->keep[c->nkeep++] = a;
    return VL_OK;
}

/* Times the quotation extractor alone on the documents kept since the last
 * call (their text and entities), five times over the whole set; the
 * median goes to row->seconds.  Then frees them. */
static int time_extractor(ctx *c, vl_qeval_row *row) {
    double runs[5];
    int rc = VL_OK;
    for (int r = 0; r < 5 && !rc; r++) {
        double t0 = cpu_now();
        for (size_t i = 0; i < c->nkeep && !rc; i++) {
            const vl_annotation *a = c->keep[i];
            const vl_quote *q;
            size_t nq;
            rc = vl_quote_tag(c->qt, a->text, a->text_len, a->lang, a->entities, a->nentities, &q, &nq);
        }
        runs[r] = cpu_now() - t0;
    }
    for (int i = 1; i < 5; i++)
        for (int j = i; j > 0 && runs[j] < runs[j - 1]; j--) {
            double x = runs[j];
            runs[j] = runs[j - 1];
            runs[j - 1] = x;
        }
    row->seconds = runs[2];
    for (size_t i = 0; i < c->nkeep; i++) vl_annotation_free(c->keep[i]);
    c->nkeep = 0;
    return rc;
}

static vl_qeval_row *new_row(vl_qeval *ev, const char *name) {
    vl_qeval_row *r = realloc(ev->rows, (ev->nrows + 1) * sizeof *r);
    if (!r) return NULL;
    ev->rows = r;
    r = &ev->rows[ev->nrows++];
    memset(r, 0, sizeof *r);
    snprintf(r->name, sizeof r->name, "%s", name);
    return r;
}

/* ---------------------------------------------------------------- aads */

static int eval_aads(ctx *c, const char *path, vl_error *err) {
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root || !json_is_object(root)) {
        json_decref(root);
        return vl_error_set(err, VL_EFORMAT, path, je.line, "not an aads JSON object: %s", je.text);
    }
    vl_qeval_row *rows[2] = {new_row(c->ev, "aads-french dev (train split)"),
                             NULL};
    if (!rows[0]) goto nomem;
    size_t r0 = c->ev->nrows - 1;
    if (!new_row(c->ev, "aads-french held-out (val + test splits)")) goto nomem;
    rows[0] = &c->ev->rows[r0];
    rows[1] = &c->ev->rows[r0 + 1];
    const char *name;
    json_t *d;
    json_object_foreach(root, name, d) {
        json_t *jt = json_object_get(d, "text"), *jl = json_object_get(d, "labels");
        const char *split = json_string_value(json_object_get(d, "split"));
        if (!json_is_string(jt) || !json_is_array(jl)) {
            json_decref(root);
            return vl_error_set(err, VL_EFORMAT, path, 0, "document \"%.60s\": no text or labels", name);
        }
        size_t ng = json_array_size(jl);
        span *g = calloc(ng + 1, sizeof *g);
        if (!g) goto nomem;
        for (size_t i = 0; i < ng; i++) {
            json_t *p = json_array_get(jl, i);
            g[i].s = (size_t)json_integer_value(json_array_get(p, 0));
            g[i].e = (size_t)json_integer_value(json_array_get(p, 1));
        }
        c->row = (split && strcmp(split, "train") == 0) ? rows[0] : rows[1];
        const char *text = json_string_value(jt);
        size_t len = json_string_length(jt), ncp = 0;
        /* offsets must fit the text */
        for (size_t i = 0; i < len; i++) ncp += ((unsigned char)text[i] & 0xC0) != 0x80;
        int bad = 0;
        for (size_t i = 0; i < ng; i++) bad |= g[i].e > ncp || g[i].s > g[i].e;
        if (bad) {
            free(g);
            json_decref(root);
            return vl_error_set(err, VL_EFORMAT, path, 0, "document \"%.60s\": a label is outside the text", name);
        }
        c->direct_only = 1; /* the gold has direct speech only */
        int rc = score_doc(c, name, "2000-01-01", "fr", text, len, g, ng, err);
        c->direct_only = 0;
        free(g);
        if (rc) {
            json_decref(root);
            return rc;
        }
    }
    json_decref(root);
    /* one timing for the two rows: the extractor on every document */
    int trc = time_extractor(c, &c->ev->rows[r0]);
    c->ev->rows[r0 + 1].seconds = c->ev->rows[r0].seconds;
    return trc ? vl_error_set(err, trc, path, 0, "out of memory") : VL_OK;
nomem:
    json_decref(root);
    return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
}

/* ------------------------------------------------------------- PolNeAR */

typedef struct tb {
    char id[16], type[40];
    size_t s, e;            /* from the least start to the greatest end */
    size_t fs[8], fe[8];    /* the fragments of a discontinuous span */
    int nf;
    char text[160];
} tb;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static char **list_dir(const char *dir, const char *suffix, size_t *n) {
    DIR *d = opendir(dir);
    *n = 0;
    if (!d) return NULL;
    char **v = NULL;
    size_t cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name), sl = strlen(suffix);
        if (l <= sl || strcmp(de->d_name + l - sl, suffix) != 0) continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nv = realloc(v, cap * sizeof *nv);
            if (!nv) break;
            v = nv;
        }
        v[*n] = strdup(de->d_name);
        if (v[*n]) (*n)++;
    }
    closedir(d);
    if (v) qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

static void free_list(char **v, size_t n) {
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

/* The quotation mark at code point i: 1 opening (“ « ‹), 2 closing (” » ›),
 * 3 either (" ″), 0 none.  Single quotes are left out: they nest inside
 * a quotation, and ’ is the apostrophe. */
static int mark_at(const char *text, const size_t *map, size_t i) {
    const unsigned char *p = (const unsigned char *)text + map[i];
    if (*p == '"') return 3;
    if (p[0] == 0xC2 && p[1] == 0xAB) return 1;
    if (p[0] == 0xC2 && p[1] == 0xBB) return 2;
    if (p[0] == 0xE2 && p[1] == 0x80) {
        if (p[2] == 0x9C) return 1;
        if (p[2] == 0x9D) return 2;
    }
    return 0;
}

/* The stretches in quotation marks of the Content fragment [fs, fe), marks
 * included: an opening mark (or a straight one after a space or at the
 * start) opens, the next closing or straight mark closes; a mark opening a
 * paragraph inside a stretch continues it; a stretch still open at the end
 * runs to it, and a closing mark with none open before it starts at the
 * fragment's start (the fragment began inside the quotation).  A
 * quotation is what the quoted words are, with or without the reported
 * speech around them: "a divorce with only losers", he said / he called
 * it "a divorce with only losers". */
static size_t quoted_stretches(const char *text, const size_t *map, size_t fs, size_t fe, size_t *qs, size_t *qe,
                               size_t cap) {
    size_t n = 0, open = (size_t)-1;
    while (fs < fe && is_ws_cp(text, map, fs)) fs++;
    while (fe > fs && is_ws_cp(text, map, fe - 1)) fe--;
    for (size_t i = fs; i < fe && n < cap; i++) {
        int m = mark_at(text, map, i);
        if (!m) continue;
        int after_space = i == fs || is_ws_cp(text, map, i - 1) || text[map[i - 1]] == '(' || text[map[i - 1]] == '[';
        int para = i > fs && text[map[i - 1]] == '\n';
        if (open == (size_t)-1) {
            if (m == 1 || (m == 3 && after_space)) {
                open = i;
            } else if (i > fs) {
                qs[n] = fs;
                qe[n++] = i + 1;
            }
        } else if (para && m != 2) {
            continue;
        } else if (m != 1) {
            qs[n] = open;
            qe[n++] = i + 1;
            open = (size_t)-1;
        }
    }
    if (open != (size_t)-1 && n < cap && fe > open + 1) {
        qs[n] = open;
        qe[n++] = fe;
    }
    return n;
}

static int add_gold(span **g, size_t *ng, size_t *capg, size_t s, size_t e, const tb *st) {
    if (*ng == *capg) {
        *capg = *capg ? *capg * 2 : 32;
        span *ngp = realloc(*g, *capg * sizeof *ngp);
        if (!ngp) return -1;
        *g = ngp;
    }
    span *x = &(*g)[(*ng)++];
    memset(x, 0, sizeof *x);
    x->s = s;
    x->e = e;
    if (st) {
        x->ss = st->s;
        x->se = st->e;
        snprintf(x->src, sizeof x->src, "%s", st->text);
    }
    return 0;
}

/* Parses one .ann file into gold spans (Content, with their Source).
 * quoted_only: 0 every Content; 1 those holding a quotation mark; 2 those
 * opening with one; 3 the quoted stretches of every Content. */
static int parse_ann(const char *path, char *buf, span **out, size_t *nout, int quoted_only, const char *text,
                     const size_t *map, size_t ncp, vl_error *err) {
    tb *T = NULL;
    size_t nt = 0, capt = 0, ng = 0, capg = 0;
    span *g = NULL;
    long line = 0;
    for (char *save = NULL, *l = strtok_r(buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        line++;
        if (l[0] == 'T' && isdigit((unsigned char)l[1]) && strchr(l, '\t')) {
            if (nt == capt) {
                capt = capt ? capt * 2 : 64;
                tb *nT = realloc(T, capt * sizeof *nT);
                if (!nT) goto nomem;
                T = nT;
            }
            tb *x = &T[nt];
            memset(x, 0, sizeof *x);
            char *tab1 = strchr(l, '\t'), *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
            if (!tab1 || !tab2) {
                free(T);
                free(g);
                return vl_error_set(err, VL_EFORMAT, path, line, "a T line needs three tab-separated fields");
            }
            snprintf(x->id, sizeof x->id, "%.*s", (int)(tab1 - l), l);
            unsigned long s = 0, e = 0;
            char type[40] = "";
            if (sscanf(tab1 + 1, "%39s %lu", type, &s) != 2) {
                free(T);
                free(g);
                return vl_error_set(err, VL_EFORMAT, path, line, "cannot read the span's type and offsets");
            }
            /* discontinuous spans (s e;s e): from the least start to the
             * greatest end */
            e = 0;
            for (const char *f = strchr(tab1 + 1, ' '); f && f < tab2;) {
                char *end;
                unsigned long a = strtoul(f + 1, &end, 10), b = 0;
                if (*end == ' ') b = strtoul(end + 1, &end, 10);
                if (a < s) s = a;
                if (b > e) e = b;
                if (x->nf < 8 && b > a) {
                    x->fs[x->nf] = a;
                    x->fe[x->nf++] = b;
                }
                f = strchr(end, ';');
                if (f && f > tab2) f = NULL;
            }
            if (e < s || e > ncp) {
                free(T);
                free(g);
                return vl_error_set(err, VL_EFORMAT, path, line, "span %lu-%lu is outside the text", s, e);
            }
            snprintf(x->type, sizeof x->type, "%s", type);
            x->s = s;
            x->e = e;
            snprintf(x->text, sizeof x->text, "%s", tab2 + 1);
            nt++;
        } else if (l[0] == 'E' && isdigit((unsigned char)l[1])) {
            const char *content = NULL, *source = NULL;
            char tmp[512];
            snprintf(tmp, sizeof tmp, "%s", l);
            for (char *s2 = NULL, *w = strtok_r(tmp, " \t", &s2); w; w = strtok_r(NULL, " \t", &s2)) {
                if (strncmp(w, "Content:", 8) == 0) content = l + (w - tmp) + 8;
                if (strncmp(w, "Source:", 7) == 0) source = l + (w - tmp) + 7;
            }
            if (!content) continue;
            tb *ct = NULL, *st = NULL;
            for (size_t i = 0; i < nt; i++) {
                size_t n = strlen(T[i].id);
                if (strncmp(content, T[i].id, n) == 0 && (content[n] == ' ' || !content[n] || content[n] == '\t')) ct = &T[i];
                if (source && strncmp(source, T[i].id, n) == 0 && (source[n] == ' ' || !source[n] || source[n] == '\t')) st = &T[i];
            }
            if (!ct) continue;
            if (quoted_only == 2) {
                /* a direct quotation: its text opens with a quotation mark */
                int q = 0;
                for (int f = 0; f < (ct->nf ? ct->nf : 1) && !q; f++) {
                    size_t i = ct->nf ? ct->fs[f] : ct->s, e = ct->nf ? ct->fe[f] : ct->e;
                    while (i < e && is_ws_cp(text, map, i)) i++;
                    const unsigned char *p = (const unsigned char *)text + map[i];
                    q = i < e && (*p == '"' || (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D)));
                }
                if (!q) continue;
            }
            if (quoted_only == 1) {
                int q = 0;
                for (size_t i = ct->s; i < ct->e && !q; i++) {
                    const unsigned char *p = (const unsigned char *)text + map[i];
                    q = *p == '"' || (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D));
                }
                if (!q) continue;
            }
            if (quoted_only == 3) {
                /* the quotations proper: the stretches in quotation marks
                 * of the Content, whole or partial */
                for (int f = 0; f < (ct->nf ? ct->nf : 1); f++) {
                    size_t fs = ct->nf ? ct->fs[f] : ct->s, fe = ct->nf ? ct->fe[f] : ct->e, qs[32], qe[32];
                    size_t nq = quoted_stretches(text, map, fs, fe, qs, qe, 32);
                    for (size_t k = 0; k < nq; k++)
                        if (add_gold(&g, &ng, &capg, qs[k], qe[k], st)) goto nomem;
                }
                continue;
            }
            /* a quotation the reporting clause interrupts ("…," she said,
             * "…") is one discontinuous Content: each fragment is scored
             * as a span, as the extractor gives one span per stretch of
             * quoted text */
            for (int f = 0; f < (ct->nf ? ct->nf : 1); f++) {
                if (ng == capg) {
                    capg = capg ? capg * 2 : 32;
                    span *ngp = realloc(g, capg * sizeof *ngp);
                    if (!ngp) goto nomem;
                    g = ngp;
                }
                span *x = &g[ng++];
                memset(x, 0, sizeof *x);
                x->s = ct->nf ? ct->fs[f] : ct->s;
                x->e = ct->nf ? ct->fe[f] : ct->e;
                if (st) {
                    x->ss = st->s;
                    x->se = st->e;
                    snprintf(x->src, sizeof x->src, "%s", st->text);
                }
            }
        }
    }
    free(T);
    *out = g;
    *nout = ng;
    return VL_OK;
nomem:
    free(T);
    free(g);
    return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
}

static int eval_polnear_part(ctx *c, const char *dir, const char *label, vl_error *err) {
    char tdir[4096], adir[4096];
    snprintf(tdir, sizeof tdir, "%s/text", dir);
    snprintf(adir, sizeof adir, "%s/attributions", dir);
    size_t na;
    char **anns = list_dir(adir, ".ann", &na);
    if (!anns) return vl_error_set(err, VL_EIO, adir, 0, "cannot list the attribution files");
    char name[4][160];
    snprintf(name[0], sizeof name[0], "polnear-en %s, quotations (quoted stretches, whole or partial)", label);
    snprintf(name[1], sizeof name[1], "polnear-en %s, direct (content opens with a mark)", label);
    snprintf(name[2], sizeof name[2], "polnear-en %s, content with quotation marks", label);
    snprintf(name[3], sizeof name[3], "polnear-en %s, all attributions", label);
    /* per row: the gold (parse_ann's quoted_only) */
    static const int mode[4] = {3, 2, 1, 0};
    static const char *const tag[4] = {"-quote", "", "-marks", "-all"};
    size_t r0 = c->ev->nrows;
    if (!new_row(c->ev, name[0]) || !new_row(c->ev, name[1]) || !new_row(c->ev, name[2]) || !new_row(c->ev, name[3])) {
        free_list(anns, na);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    int rc = VL_OK;
    char prev[4096] = "";
    for (size_t i = 0; i < na && !rc; i++) {
        /* one annotator per article: the first file in sorted order */
        char base[4096];
        snprintf(base, sizeof base, "%s", anns[i]);
        char *us = strrchr(base, '_');
        if (!us) continue;
        *us = 0;
        if (strcmp(base, prev) == 0) continue;
        snprintf(prev, sizeof prev, "%s", base);
        char tpath[8300], apath[8300];
        snprintf(tpath, sizeof tpath, "%s/%s.txt", tdir, base);
        snprintf(apath, sizeof apath, "%s/%s", adir, anns[i]);
        size_t tlen, alen;
        char *text = read_all(tpath, &tlen, err);
        if (!text) {
            rc = err ? err->code : VL_EIO;
            break;
        }
        /* the date is in the file name: publisher_YYYY-MM-DD_slug */
        char date[11] = "2016-01-01";
        const char *us1 = strchr(base, '_');
        if (us1 && strlen(us1) > 11 && vl_date_valid(us1 + 1, 10)) memcpy(date, us1 + 1, 10), date[10] = 0;
        size_t ncp;
        size_t *map = cp_index(text, tlen, &ncp);
        for (int q = 0; q < 4 && !rc; q++) {
            char *ann = read_all(apath, &alen, err);
            if (!ann || !map) {
                free(ann);
                rc = ann ? vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory") : err->code;
                break;
            }
            span *g = NULL;
            size_t ng = 0;
            rc = parse_ann(apath, ann, &g, &ng, mode[q], text, map, ncp, err);
            free(ann);
            if (!rc) {
                c->row = &c->ev->rows[r0 + (size_t)q];
                c->direct_only = mode[q] != 0;
                c->second_pass = mode[q] != 0;
                c->tag = tag[q];
                rc = score_doc(c, base, date, "en", text, tlen, g, ng, err);
            }
            free(g);
        }
        free(map);
        free(text);
    }
    c->direct_only = 0;
    c->second_pass = 0;
    free_list(anns, na);
    if (!rc) {
        rc = time_extractor(c, &c->ev->rows[r0 + 3]);
        for (int q = 0; q < 3; q++) c->ev->rows[r0 + (size_t)q].seconds = c->ev->rows[r0 + 3].seconds;
        if (rc) vl_error_set(err, rc, dir, 0, "out of memory");
    }
    return rc;
}

/* ------------------------------------------------ self-written gold */

/* A quotes-gold file (tests/data/quotes-gold/README.md): dispatches (S
 * line, + lines for further paragraphs) and their direct quotations (Q
 * quotation | speaker), each found in the text after the previous one. */
typedef struct qg_doc {
    vl_buf text;
    span *g;
    size_t ng, capg;
    size_t from; /* byte where the next Q is looked for */
    long line;
    /* the date and language in force at the dispatch's S line: a date or
     * lang line after its Q lines is the next dispatch's */
    char date[11], lang[3];
} qg_doc;

static void qg_clear(qg_doc *d) {
    vl_buf_free(&d->text);
    free(d->g);
    memset(d, 0, sizeof *d);
    vl_buf_init(&d->text);
}

static int qg_score(ctx *c, qg_doc *d, const char *path, vl_error *err) {
    if (!d->line) return VL_OK;
    char id[64];
    const char *slash = strrchr(path, '/');
    snprintf(id, sizeof id, "%s:%ld", slash ? slash + 1 : path, d->line);
    c->direct_only = 1; /* the gold holds the quotations in marks */
    int rc = score_doc(c, id, d->date, d->lang, d->text.data ? d->text.data : "", d->text.len, d->g, d->ng, err);
    c->direct_only = 0;
    return rc;
}

static size_t cp_count(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static int qg_add(qg_doc *d, const char *path, long ln, const char *q, vl_error *err) {
    const char *bar = strstr(q, " | ");
    if (!bar) return vl_error_set(err, VL_EFORMAT, path, ln, "Q line without ' | speaker'");
    size_t qn = (size_t)(bar - q);
    const char *spk = bar + 3;
    if (!d->line) return vl_error_set(err, VL_EFORMAT, path, ln, "Q before any S line");
    if (!qn || !*spk) return vl_error_set(err, VL_EFORMAT, path, ln, "empty quotation or speaker");
    const char *text = d->text.data, *hit = NULL;
    for (size_t i = d->from; i + qn <= d->text.len && !hit; i++)
        if (memcmp(text + i, q, qn) == 0) hit = text + i;
    if (!hit) return vl_error_set(err, VL_EFORMAT, path, ln, "quotation \"%.*s\" not in the dispatch (after the previous one)", (int)(qn > 60 ? 60 : qn), q);
    span *a = vl_array_grow(d->g, &d->capg, d->ng, sizeof *a, 8);
    if (!a) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    d->g = a;
    span *x = &d->g[d->ng++];
    memset(x, 0, sizeof *x);
    size_t b = (size_t)(hit - text);
    x->s = cp_count(text, b);
    x->e = x->s + cp_count(hit, qn);
    d->from = b + 1;
    if (strcmp(spk, "-") != 0) {
        snprintf(x->src, sizeof x->src, "%s", spk);
        x->name_only = 1;
    }
    return VL_OK;
}

static int eval_qgold(ctx *c, const char *path, vl_error *err) {
    FILE *f = fopen(path, "r");
    if (!f) return vl_error_set(err, VL_EIO, path, 0, "cannot open");
    char rname[128];
    const char *slash = strrchr(path, '/');
    snprintf(rname, sizeof rname, "quotes-gold %s (invented news dispatches)", slash ? slash + 1 : path);
    vl_qeval_row *row = new_row(c->ev, rname);
    if (!row) {
        fclose(f);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    size_t r = c->ev->nrows - 1;
    qg_doc d;
    memset(&d, 0, sizeof d);
    vl_buf_init(&d.text);
    char line[8192], date[11] = "", lang[3] = "fr";
    long ln = 0;
    int rc = VL_OK;
    int got;
    while (!rc && (got = vl_gold_line(f, line, sizeof line, &ln, path, err)) != 0) {
        if (got < 0) {
            rc = VL_EFORMAT;
            break;
        }
        size_t n = strlen(line);
        c->row = &c->ev->rows[r];
        if (strncmp(line, "date ", 5) == 0) {
            if (!vl_date_valid(line + 5, strlen(line + 5))) rc = vl_error_set(err, VL_EFORMAT, path, ln, "bad date");
            else memcpy(date, line + 5, 11);
        } else if (strncmp(line, "lang ", 5) == 0) {
            if (strcmp(line + 5, "fr") && strcmp(line + 5, "en")) rc = vl_error_set(err, VL_EFORMAT, path, ln, "lang must be fr or en");
            else memcpy(lang, line + 5, 3);
        } else if (strncmp(line, "S ", 2) == 0) {
            if (!date[0]) {
                rc = vl_error_set(err, VL_EFORMAT, path, ln, "S before any date line");
                break;
            }
            rc = qg_score(c, &d, path, err);
            qg_clear(&d);
            d.line = ln;
            memcpy(d.date, date, sizeof d.date);
            memcpy(d.lang, lang, sizeof d.lang);
            if (!rc && vl_buf_append(&d.text, line + 2, n - 2)) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        } else if (strncmp(line, "+ ", 2) == 0) {
            if (!d.line) rc = vl_error_set(err, VL_EFORMAT, path, ln, "+ before any S line");
            else if (d.ng) rc = vl_error_set(err, VL_EFORMAT, path, ln, "+ after a Q line: paragraphs come first");
            else if (vl_buf_append(&d.text, "\n\n", 2) || vl_buf_append(&d.text, line + 2, n - 2))
                rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        } else if (strncmp(line, "Q ", 2) == 0) {
            rc = qg_add(&d, path, ln, line + 2, err);
        } else {
            rc = vl_error_set(err, VL_EFORMAT, path, ln, "expected date, lang, S, +, Q or a # comment");
        }
    }
    if (!rc && ferror(f)) rc = vl_error_set(err, VL_EIO, path, ln, "read error");
    c->row = &c->ev->rows[r];
    if (!rc) rc = qg_score(c, &d, path, err);
    fclose(f);
    qg_clear(&d);
    vl_buf_free(&d.text);
    if (!rc && !c->ev->rows[r].docs) rc = vl_error_set(err, VL_EFORMAT, path, 0, "no dispatch (S line) in this file");
    if (!rc && (rc = time_extractor(c, &c->ev->rows[r]))) vl_error_set(err, rc, path, 0, "out of memory");
    for (size_t i = 0; i < c->nkeep; i++) vl_annotation_free(c->keep[i]);
    c->nkeep = 0;
    return rc;
}

static int is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int file_exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* a/b into out; 0 when it does not fit. */
static int join(char *out, size_t cap, const char *a, const char *b) {
    int n = snprintf(out, cap, "%s/%s", a, b);
    return n >= 0 && (size_t)n < cap;
}

static int eval_path(ctx *c, const char *path, vl_error *err) {
    char p[4096], root[4096], part[4096];
    if (!is_dir(path)) {
        size_t n = strlen(path);
        if (n > 5 && strcmp(path + n - 5, ".json") == 0) return eval_aads(c, path, err);
        if (n > 5 && strcmp(path + n - 5, ".gold") == 0) return eval_qgold(c, path, err);
        return vl_error_set(err, VL_EIO, path, 0, "neither an aads .json file, a quotes .gold file nor a corpus folder");
    }
    if (join(p, sizeof p, path, "attributions") && is_dir(p)) {
        const char *slash = strrchr(path, '/');
        return eval_polnear_part(c, path, slash && slash[1] ? slash + 1 : path, err);
    }
    int found = 0, rc;
    /* a folder of quotes-gold files (tests/data/quotes-gold) */
    size_t ngold;
    char **golds = list_dir(path, ".gold", &ngold);
    for (size_t i = 0; golds && i < ngold; i++) {
        if (!join(p, sizeof p, path, golds[i])) continue;
        if ((rc = eval_qgold(c, p, err))) {
            free_list(golds, ngold);
            return rc;
        }
        found = 1;
    }
    free_list(golds, ngold);
    static const char *const aads[] = {"aads-french/aads_french_dev.json", "aads_french_dev.json"};
    for (int i = 0; i < 2; i++)
        if (join(p, sizeof p, path, aads[i]) && file_exists(p)) {
            if ((rc = eval_aads(c, p, err))) return rc;
            found = 1;
        }
    if (!join(root, sizeof root, path, "polnear-en") || !is_dir(root)) snprintf(root, sizeof root, "%s", path);
    const char *parts[][2] = {{"dev", "dev"}, {"train", "held-out (train part)"}};
    for (int i = 0; i < 2; i++) {
        if (!join(part, sizeof part, root, parts[i][0]) || !join(p, sizeof p, part, "attributions") || !is_dir(p))
            continue;
        if ((rc = eval_polnear_part(c, part, parts[i][1], err))) return rc;
        found = 1;
    }
    if (!found) return vl_error_set(err, VL_EIO, path, 0, "no aads-french, polnear-en or quotes .gold data in this folder");
    return VL_OK;
}

int vl_eval_quotes(const char *path, vl_qeval *ev, vl_error *err) {
    ctx c = {.ev = ev, .tag = ""};
    int rc = vl_annotator_new(&c.an, err);
    if (!rc) rc = vl_quote_tagger_new(&c.qt, err);
    if (!rc) rc = eval_path(&c, path, err);
    for (size_t i = 0; i < c.nkeep; i++) vl_annotation_free(c.keep[i]);
    free(c.keep);
    vl_quote_tagger_free(c.qt);
    vl_annotator_free(c.an);
    return rc;
}

void vl_qeval_free(vl_qeval *ev) {
    free(ev->rows);
    ev->rows = NULL;
    ev->nrows = 0;
}
