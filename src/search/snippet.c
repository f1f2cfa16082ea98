/*
 * snippet.c -- a hit's snippet from the phrase instances the pass saw
 * (pass.c), the same text FTS5's snippet() returns, without evaluating
 * the query a second time.
 *
 * FTS5's snippet() runs only as part of a MATCH statement: to get the
 * page's ten snippets, the search had to run the query again (over the
 * matches between the page's first and last rowid, or once per hit),
 * which doubled the cost of the queries with few matches (300,000
 * benchmark documents: "plan buyout stock", 137 matches, 0.51 ms without
 * the page and 1.13 ms with it).  The pass already reads each match's
 * phrase instances (xInst) to score it; it keeps those of the documents
 * in its top k, and this file picks the fragment and marks the phrases
 * the way fts5SnippetFunction does (SQLite's ext/fts5/fts5_aux.c), so the
 * page reads each hit's row and builds its snippet with one split of the
 * columns that hold instances (vl_analyze's VL_ANALYZE_SPANS, what FTS5's
 * tokenizer callback gives snippet() through src/store/fts_tokenizer.c);
 * FTS5 splits every column, and the chosen one twice.
 *
 * The choice, as FTS5 makes it: for each instance, the window of n tokens
 * around the instances that fall in it (each phrase counts 1000 the first
 * time and 1 after), and the window that starts at the instance's
 * sentence (a token after '.' or ':' and white space) with a bonus of 100
 * (120 at the start of the column); the best score wins, the first one on
 * ties.  Overlapping instances are marked as one.  tests/unit/
 * test_search_pass.c checks the text against FTS5's snippet().
 */
#include <stdlib.h>
#include <string.h>

#include "search/search_internal.h"
#include "text/analyzer.h"

/* ------------------------------------------------------------ the split */

static int grow(int **a, size_t *cap, size_t need) {
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap : 256;
    while (c < need) c *= 2;
    int *v = realloc(*a, c * sizeof *v);
    if (!v) return -1;
    *a = v;
    *cap = c;
    return 0;
}

typedef struct split_ctx {
    vl_snippet_scratch *sc;
    const char *text;
    int nomem;
} split_ctx;

/* Each position's byte span, and the positions that begin a sentence
 * (fts5SentenceFinderCb's test: white space back to a '.' or ':'). */
static int on_span(void *ctx, const vl_token *tok) {
    split_ctx *x = ctx;
    vl_snippet_scratch *sc = x->sc;
    if (tok->flags & VL_TOKEN_COLOCATED) return 0;
    size_t pos = sc->ntok;
    if (grow(&sc->start, &sc->cap_tok, pos + 1) || grow(&sc->end, &sc->cap_end, pos + 1)) return x->nomem = 1;
    sc->start[pos] = (int)tok->start;
    sc->end[pos] = (int)tok->end;
    int first = pos == 0;
    if (!first) {
        long i = (long)tok->start - 1;
        char c = 0;
        for (; i >= 0; i--) {
            c = x->text[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        }
        first = i != (long)tok->start - 1 && (c == '.' || c == ':');
    }
    if (first) {
        if (grow(&sc->first, &sc->cap_first, sc->nfirst + 1)) return x->nomem = 1;
        sc->first[sc->nfirst++] = (int)pos;
    }
    sc->ntok++;
    return 0;
}

static int split(vl_snippet_scratch *sc, const char *text, size_t len) {
    sc->ntok = sc->nfirst = 0;
    if (!text || !len) return VL_OK;
    if (!sc->an && !(sc->an = vl_analyzer_new())) return VL_ENOMEM;
    split_ctx x = {sc, text, 0};
    int rc = vl_analyze(sc->an, text, len, VL_LANG_UND, VL_ANALYZE_SPANS, on_span, &x);
    return x.nomem ? VL_ENOMEM : rc;
}

/* ------------------------------------------------------------ the choice */

/* fts5SnippetScore: the score of the window of ntok tokens from pos in
 * column col, and where a window around its instances would start. */
static int window_score(const vl_snippet_in *in, unsigned char *seen, int col, int pos, int ncoltok, int *adj) {
    int64_t end = (int64_t)pos + in->ntok;
    int score = 0, first = -1, last = 0;
    for (int i = 0; i < in->ninst; i++) {
        const vl_snip_inst *t = &in->inst[i];
        if (t->col != col || t->off < pos || t->off >= end) continue;
        score += seen[t->phrase] ? 1 : 1000;
        seen[t->phrase] = 1;
        if (first < 0) first = t->off;
        last = t->off + in->phrase_size[t->phrase];
    }
    if (adj) {
        int64_t a = first - ((int64_t)in->ntok - (last - first)) / 2;
        if (a + in->ntok > ncoltok) a = (int64_t)ncoltok - in->ntok;
        if (a < 0) a = 0;
        *adj = (int)a;
    }
    return score;
}

/* -------------------------------------------------------------- marking */

/* fts5CInstIterNext: the next run of overlapping instances in a column
 * (start -1 when none is left). */
typedef struct inst_run {
    const vl_snippet_in *in;
    int col, next, start, end;
} inst_run;

static void run_next(inst_run *r) {
    r->start = r->end = -1;
    for (; r->next < r->in->ninst; r->next++) {
        const vl_snip_inst *t = &r->in->inst[r->next];
        if (t->col != r->col) continue;
        int e = t->off - 1 + r->in->phrase_size[t->phrase];
        if (r->start < 0) {
            r->start = t->off;
            r->end = e;
        } else if (t->off <= r->end) {
            if (e > r->end) r->end = e;
        } else {
            break;
        }
    }
}

static int put(vl_buf *out, const char *p, long n) {
    return n > 0 ? vl_buf_append(out, p, (size_t)n) : VL_OK;
}

/* fts5HighlightCb over the split column, from range_start to range_end. */
static int mark(const vl_snippet_scratch *sc, const char *text, inst_run *run, int range_start, int range_end,
                const char *open, const char *close, vl_buf *out, int *copied) {
    int off = 0, is_open = 0, rc = VL_OK;
    for (int pos = range_start; pos <= range_end && pos < (int)sc->ntok && !rc; pos++) {
        int so = sc->start[pos], eo = sc->end[pos];
        if (range_start && pos == range_start) off = so;
        if (is_open && (pos <= run->start || run->start < 0) && so > off) {
            rc = vl_buf_puts(out, close);
            is_open = 0;
        }
        if (!rc && pos == run->start && !is_open) {
            if (!(rc = put(out, text + off, so - off))) rc = vl_buf_puts(out, open);
            off = so;
            is_open = 1;
        }
        if (!rc && pos == run->end) {
            if (!is_open) {
                rc = vl_buf_puts(out, open);
                is_open = 1;
            }
            if (!rc) rc = put(out, text + off, eo - off);
            off = eo;
            run_next(run);
        }
        if (!rc && pos == range_end) {
            if (is_open) {
                if (run->start >= 0 && pos >= run->start) {
                    rc = put(out, text + off, eo - off);
                    off = eo;
                }
                if (!rc) rc = vl_buf_puts(out, close);
                is_open = 0;
            }
            if (!rc) rc = put(out, text + off, eo - off);
            off = eo;
        }
    }
    if (!rc && is_open) rc = vl_buf_puts(out, close);
    *copied = off;
    return rc;
}

int vl_snippet_make(vl_snippet_scratch *sc, const vl_snippet_in *in, vl_buf *out) {
    out->len = 0;
    if ((size_t)in->nphrase > sc->cap_seen) {
        unsigned char *v = realloc(sc->seen, (size_t)in->nphrase);
        if (!v) return VL_ENOMEM;
        sc->seen = v;
        sc->cap_seen = (size_t)in->nphrase;
    }
    unsigned char *seen = sc->seen;
    int best_col = 0, best_start = 0, best_score = 0, best_size = 0, rc = VL_OK;
    int split_col = -1; /* the column the scratch holds the split of */
    for (int col = 0; col < in->ncol; col++) {
        /* A column without instances offers no window: FTS5 splits it
         * for nothing. */
        int has = 0;
        for (int ii = 0; ii < in->ninst && !has; ii++) has = in->inst[ii].col == col;
        if (!has) continue;
        if ((rc = split(sc, in->text[col], in->len[col]))) return rc;
        split_col = col;
        int ncoltok = (int)sc->ntok;
        for (int ii = 0; ii < in->ninst; ii++) {
            const vl_snip_inst *t = &in->inst[ii];
            if (t->col != col) continue;
            int adj;
            memset(seen, 0, (size_t)in->nphrase);
            int score = window_score(in, seen, col, t->off, ncoltok, &adj);
            if (score > best_score) {
                best_score = score;
                best_col = col;
                best_start = adj;
                best_size = ncoltok;
            }
            if (sc->nfirst && ncoltok > in->ntok) {
                size_t jj = 0;
                for (; jj + 1 < sc->nfirst; jj++)
                    if (sc->first[jj + 1] > t->off) break;
                if (sc->first[jj] < t->off) {
                    memset(seen, 0, (size_t)in->nphrase);
                    score = window_score(in, seen, col, sc->first[jj], ncoltok, NULL);
                    score += sc->first[jj] == 0 ? 120 : 100;
                    if (score > best_score) {
                        best_score = score;
                        best_col = col;
                        best_start = sc->first[jj];
                        best_size = ncoltok;
                    }
                }
            }
        }
    }
    const char *text = in->text[best_col];
    if (!text) return VL_OK; /* FTS5 gives NULL: an empty snippet */
    if (split_col != best_col && (rc = split(sc, text, in->len[best_col]))) return rc;
    if (!best_size) best_size = (int)sc->ntok;
    inst_run run = {in, best_col, 0, -1, -1};
    run_next(&run);
    int range_end = best_start + in->ntok - 1, copied = 0;
    if (best_start > 0 && (rc = vl_buf_puts(out, in->ellipsis))) return rc;
    while (run.start >= 0 && run.start < best_start) run_next(&run);
    if ((rc = mark(sc, text, &run, best_start, range_end, in->open, in->close, out, &copied))) return rc;
    if (range_end >= best_size - 1) rc = put(out, text + copied, (long)in->len[best_col] - copied);
    else rc = vl_buf_puts(out, in->ellipsis);
    if (!rc) rc = vl_buf_putc(out, '\0');
    if (!rc) out->len--;
    return rc;
}

void vl_snippet_scratch_free(vl_snippet_scratch *sc) {
    vl_analyzer_free(sc->an);
    free(sc->start);
    free(sc->end);
    free(sc->first);
    free(sc->seen);
    memset(sc, 0, sizeof *sc);
}
