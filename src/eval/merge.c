/*
 * merge.c -- the evaluation of name merging (see merge.h): gold mentions
 * through vl_ner_merge and the store's cross-document linking, partitions
 * compared with B-cubed and pairwise scores.
 *
 * Every partition (gold links, the two baselines, veille's entities) is
 * turned into dense cluster numbers first, so that the scoring is one
 * routine over pairs of numbers: sorted by (gold, system) the runs give
 * the gold entities' sizes and the overlaps, sorted by system the system
 * entities' sizes.  O(n log n) in the scored mentions.
 */
#include "eval/merge.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "base/base.h"
#include "store/store.h"

/* A scored mention: offsets into ev->strings ("P:Paris" for the surface
 * and canonical forms: the type's letter keeps types apart). */
typedef struct rec {
    size_t doc;
    int type;
    size_t gold, surface, canon;
    int64_t entity; /* the store's; 0 when it made none (an empty key) */
    int64_t cp;     /* its start in code points, which with doc finds it */
} rec;

struct vl_merge_eval {
    vl_store *store;
    sqlite3_stmt *entity_of;
    sqlite3_stmt *doc_row; /* a docs row per unit: its language (entities.c's seen_in_lang) */
    rec *recs;
    size_t nrecs, cap;
    vl_buf strings;
    size_t docs;
    vl_ner_mention *m; /* one document's mentions, reused */
    size_t nm, mcap;
    int tagged; /* 0: the gold's mentions */
    vl_merge_taggers taggers;
    vl_ner_tagger *tagger;
    size_t linked; /* gold mentions linked to an entity */
};

static int oom(vl_error *err) { return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory"); }

int vl_merge_eval_new(const vl_merge_taggers *taggers, vl_merge_eval **out, vl_error *err) {
    *out = NULL;
    vl_merge_eval *ev = calloc(1, sizeof *ev);
    if (!ev) return oom(err);
    vl_buf_init(&ev->strings);
    if (taggers) {
        ev->tagged = 1;
        ev->taggers = *taggers;
    }
    int rc = taggers ? vl_ner_tagger_new(&ev->tagger, err) : VL_OK;
    if (!rc) rc = vl_store_open(":memory:", 0, &ev->store, err);
    if (!rc && sqlite3_prepare_v2(ev->store->db, "SELECT entity FROM mentions WHERE doc = ?1 AND start = ?2", -1,
                                  &ev->entity_of, NULL) != SQLITE_OK)
        rc = vl_store_sqlite_error(ev->store, err, "reading the mentions");
    if (!rc && sqlite3_prepare_v2(ev->store->db,
                                  "INSERT INTO docs(rowid, id, date, lang, text, hash, ingested_at)"
                                  " VALUES (?1, ?1, ?2, ?3, '', x'', '')",
                                  -1, &ev->doc_row, NULL) != SQLITE_OK)
        rc = vl_store_sqlite_error(ev->store, err, "writing a document");
    if (rc) {
        vl_merge_eval_free(ev);
        return rc;
    }
    *out = ev;
    return VL_OK;
}

void vl_merge_eval_free(vl_merge_eval *ev) {
    if (!ev) return;
    sqlite3_finalize(ev->entity_of);
    sqlite3_finalize(ev->doc_row);
    vl_store_close(ev->store);
    vl_ner_tagger_free(ev->tagger);
    free(ev->recs);
    free(ev->m);
    vl_buf_free(&ev->strings);
    free(ev);
}

static const char type_letter[] = "PLOM";

/* Appends "T:" and the bytes [s, e) of text, NUL-ended; *at: offset. */
static int put_name(vl_merge_eval *ev, int type, const char *text, size_t s, size_t e, size_t *at) {
    *at = ev->strings.len;
    char head[2] = {type >= 0 && type < 4 ? type_letter[type] : '?', ':'};
    if (vl_buf_append(&ev->strings, head, 2) || vl_buf_append(&ev->strings, text + s, e - s) ||
        vl_buf_putc(&ev->strings, 0))
        return VL_ENOMEM;
    return VL_OK;
}

static int scored_link(const char *link) { return strcmp(link, "NIL") != 0 && strcmp(link, "_") != 0; }

void vl_merge_eval_coverage(const vl_merge_eval *ev, size_t *linked, size_t *scored) {
    *linked = ev->linked;
    *scored = ev->nrecs;
}

static vl_ner_mention *next_mention(vl_merge_eval *ev) {
    if (ev->nm == ev->mcap) {
        size_t cap = ev->mcap ? 2 * ev->mcap : 64;
        vl_ner_mention *m = realloc(ev->m, cap * sizeof *m);
        if (!m) return NULL;
        ev->m = m;
        ev->mcap = cap;
    }
    vl_ner_mention *m = &ev->m[ev->nm++];
    memset(m, 0, sizeof *m);
    return m;
}

static int on_span(void *ctx, const vl_ner_span *sp) {
    vl_merge_eval *ev = ctx;
    vl_ner_mention *m = next_mention(ev);
    if (!m) return VL_ENOMEM;
    *m = (vl_ner_mention){.type = sp->type, .start = sp->byte_start, .end = sp->byte_end, .cp_start = sp->start,
                          .cp_end = sp->end};
    return 0;
}

/* The gold mentions as the tagger would hand them over: byte and code-
 * point offsets (the store's mentions are keyed by code points). */
static int gold_mentions(vl_merge_eval *ev, const vl_ner_unit *u) {
    size_t cp = 0, at = 0;
    for (size_t i = 0; i < u->ngold; i++) {
        const vl_ner_gold *g = &u->gold[i];
        vl_ner_mention *m = next_mention(ev);
        if (!m) return VL_ENOMEM;
        m->type = (vl_ner_type)g->type;
        m->start = g->start;
        m->end = g->end;
        /* gold spans are sorted by start and flat: offsets move forward */
        for (; at < g->start; at++) cp += ((unsigned char)u->text[at] & 0xC0) != 0x80;
        m->cp_start = cp;
        size_t cp_end = cp;
        for (size_t k = g->start; k < g->end; k++) cp_end += ((unsigned char)u->text[k] & 0xC0) != 0x80;
        m->cp_end = cp_end;
    }
    return VL_OK;
}

/* The system mention of gold span g: the same index without a model, else
 * the tagged mention of exactly its bytes; -1 when there is none. */
static long system_mention(const vl_merge_eval *ev, size_t i, const vl_ner_gold *g) {
    if (!ev->tagged) return (long)i;
    size_t lo = 0, hi = ev->nm; /* tagged mentions are in text order */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ev->m[mid].start < g->start) lo = mid + 1;
        else hi = mid;
    }
    return lo < ev->nm && ev->m[lo].start == g->start && ev->m[lo].end == g->end ? (long)lo : -1;
}

/* The language of a unit: the one asked for, else identified, else
 * French (as `veille eval ner` does). */
static vl_lang unit_lang(const vl_merge_eval *ev, const vl_ner_unit *u) {
    int lang = ev->tagged && ev->taggers.lang >= 0 ? ev->taggers.lang : (int)vl_lang_identify(u->text, u->len);
    return lang <= VL_LANG_UND || lang >= VL_LANG_COUNT ? VL_LANG_FR : (vl_lang)lang;
}

/* Tags the unit with the model of its language, as ingest does. */
static int tag_unit(vl_merge_eval *ev, const vl_ner_unit *u, vl_error *err) {
    int lang = (int)unit_lang(ev, u);
    const vl_ner_model *m = ev->taggers.model[lang];
    if (!m) return vl_error_set(err, VL_ENOTFOUND, u->name, 0, "no entity model for %s", vl_lang_code((vl_lang)lang));
    return vl_ner_tag_with(ev->tagger, m, u->text, u->len, (vl_lang)lang, on_span, ev, err);
}

/* The store's entity of recorded mention r into r->entity. */
static int read_entity(vl_merge_eval *ev, rec *r, vl_error *err) {
    sqlite3_bind_int64(ev->entity_of, 1, (int64_t)r->doc);
    sqlite3_bind_int64(ev->entity_of, 2, r->cp);
    int step = sqlite3_step(ev->entity_of);
    r->entity = step == SQLITE_ROW ? sqlite3_column_int64(ev->entity_of, 0) : 0;
    sqlite3_reset(ev->entity_of);
    return step == SQLITE_ROW || step == SQLITE_DONE ? VL_OK
                                                     : vl_store_sqlite_error(ev->store, err, "reading the mentions");
}

int vl_merge_eval_unit(vl_merge_eval *ev, const vl_ner_unit *u, vl_error *err) {
    ev->nm = 0;
    int rc = ev->tagged ? tag_unit(ev, u, err) : gold_mentions(ev, u);
    if (rc == VL_ENOMEM) return oom(err);
    if (rc) return rc;
    size_t n = ev->nm;
    vl_ner_merge(u->text, ev->m, n);
    vl_ner_link_acronyms(u->text, u->len, ev->m, n);
    vl_annotation a;
    memset(&a, 0, sizeof a);
    a.text = (char *)u->text;
    a.text_len = u->len;
    a.date = (char *)(u->date ? u->date : "1970-01-01");
    a.entities = ev->m;
    a.nentities = n;
    int64_t rowid = (int64_t)++ev->docs;
    snprintf(a.lang_code, sizeof a.lang_code, "%s", vl_lang_code(unit_lang(ev, u)));
    uint64_t folds = vl_store_entity_folds(ev->store);
    sqlite3_bind_int64(ev->doc_row, 1, rowid);
    sqlite3_bind_text(ev->doc_row, 2, a.date, -1, SQLITE_STATIC);
    sqlite3_bind_text(ev->doc_row, 3, a.lang_code, -1, SQLITE_STATIC);
    rc = vl_store_step_done(ev->store, ev->doc_row, "writing a document", err);
    if (!rc && n) {
        rc = vl_store_begin(ev->store, err);
        if (!rc) rc = vl_store_write_entities(ev->store, rowid, 0, &a, err);
        if (!rc) rc = vl_store_commit(ev->store, err);
        else if (ev->store->in_txn) vl_store_rollback(ev->store);
    }
    /* two entities folded into one: earlier mentions may have moved */
    for (size_t i = 0; i < ev->nrecs && !rc && vl_store_entity_folds(ev->store) != folds; i++)
        rc = read_entity(ev, &ev->recs[i], err);
    for (size_t i = 0; i < u->ngold && !rc; i++) {
        const vl_ner_gold *g = &u->gold[i];
        if (!g->link || !scored_link(u->links + g->link - 1)) continue;
        ev->linked++;
        long k = system_mention(ev, i, g);
        if (k < 0) continue;
        const vl_ner_mention *m = &ev->m[k];
        rec *r = vl_array_grow(ev->recs, &ev->cap, ev->nrecs, sizeof *r, 256);
        if (!r) return oom(err);
        ev->recs = r;
        r = &ev->recs[ev->nrecs];
        memset(r, 0, sizeof *r);
        r->doc = ev->docs;
        r->type = (int)m->type;
        const char *link = u->links + g->link - 1;
        r->gold = ev->strings.len;
        if (vl_buf_append(&ev->strings, link, strlen(link) + 1) ||
            put_name(ev, (int)m->type, u->text, m->start, m->end, &r->surface) ||
            put_name(ev, (int)m->type, u->text, m->canon_start, m->canon_end, &r->canon))
            return oom(err);
        r->cp = (int64_t)m->cp_start;
        rc = read_entity(ev, r, err);
        ev->nrecs++;
    }
    return rc;
}

/* ------------------------------------------------------------- scoring */

typedef struct skey {
    const char *s;
    int64_t v;
    size_t i;
} skey;

static int cmp_skey(const void *a, const void *b) {
    const skey *x = a, *y = b;
    if (x->s && y->s) {
        int c = strcmp(x->s, y->s);
        if (c) return c;
    }
    if (x->v != y->v) return x->v < y->v ? -1 : 1;
    return 0;
}

/* Dense cluster numbers, out[i] for key k[i] (sorted in place). */
static void number(skey *k, size_t n, uint64_t *out) {
    qsort(k, n, sizeof *k, cmp_skey);
    uint64_t id = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && cmp_skey(&k[i - 1], &k[i]) != 0) id++;
        out[k[i].i] = id;
    }
}

typedef struct pr {
    uint64_t g, s;
    size_t gsize, ssize, joint;
} pr;

static int cmp_gs(const void *a, const void *b) {
    const pr *x = a, *y = b;
    if (x->g != y->g) return x->g < y->g ? -1 : 1;
    if (x->s != y->s) return x->s < y->s ? -1 : 1;
    return 0;
}

static int cmp_s(const void *a, const void *b) {
    const pr *x = a, *y = b;
    return x->s < y->s ? -1 : x->s > y->s;
}

static double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }
static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
static double pairs(size_t n) { return (double)n * (double)(n - 1) / 2; }

/* B-cubed and pairwise scores of partition s against partition g. */
static void score_pairs(pr *p, size_t n, vl_merge_score *out) {
    memset(out, 0, sizeof *out);
    out->mentions = n;
    if (!n) return;
    qsort(p, n, sizeof *p, cmp_gs);
    double gold_pairs = 0, joint_pairs = 0, sys_pairs = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && p[j].g == p[i].g) j++;
        out->gold_entities++;
        gold_pairs += pairs(j - i);
        for (size_t k = i; k < j;) {
            size_t l = k;
            while (l < j && p[l].s == p[k].s) l++;
            joint_pairs += pairs(l - k);
            for (size_t x = k; x < l; x++) {
                p[x].gsize = j - i;
                p[x].joint = l - k;
            }
            k = l;
        }
        i = j;
    }
    qsort(p, n, sizeof *p, cmp_s);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && p[j].s == p[i].s) j++;
        out->sys_entities++;
        sys_pairs += pairs(j - i);
        for (size_t x = i; x < j; x++) p[x].ssize = j - i;
        i = j;
    }
    double bp = 0, br = 0;
    for (size_t i = 0; i < n; i++) {
        bp += (double)p[i].joint / (double)p[i].ssize;
        br += (double)p[i].joint / (double)p[i].gsize;
    }
    out->b3_p = bp / (double)n;
    out->b3_r = br / (double)n;
    out->b3_f = f1(out->b3_p, out->b3_r);
    out->pair_p = ratio(joint_pairs, sys_pairs);
    out->pair_r = ratio(joint_pairs, gold_pairs);
    out->pair_f = f1(out->pair_p, out->pair_r);
}

/* The cluster numbers of the gold and of a system for every record. */
static int partitions(const vl_merge_eval *ev, int system, uint64_t *gold, uint64_t *sys) {
    size_t n = ev->nrecs;
    skey *k = malloc((n ? n : 1) * sizeof *k);
    if (!k) return VL_ENOMEM;
    const char *str = ev->strings.data;
    for (size_t i = 0; i < n; i++) k[i] = (skey){str + ev->recs[i].gold, 0, i};
    number(k, n, gold);
    for (size_t i = 0; i < n; i++) {
        const rec *r = &ev->recs[i];
        if (system == VL_MERGE_SAME_STRING) k[i] = (skey){str + r->surface, 0, i};
        else if (system == VL_MERGE_CANONICAL) k[i] = (skey){str + r->canon, 0, i};
        else k[i] = (skey){NULL, r->entity ? r->entity : -(int64_t)i - 1, i}; /* none: alone */
    }
    number(k, n, sys);
    free(k);
    return VL_OK;
}

int vl_merge_eval_score(const vl_merge_eval *ev, int system, int scope, int type, vl_merge_score *out,
                        vl_error *err) {
    memset(out, 0, sizeof *out);
    if (system < 0 || system >= VL_MERGE_NSYSTEMS || scope < 0 || scope >= VL_MERGE_NSCOPES)
        return vl_error_set(err, VL_EARG, NULL, 0, "no such system or scope");
    size_t n = ev->nrecs;
    uint64_t *gold = malloc((n ? n : 1) * sizeof *gold), *sys = malloc((n ? n : 1) * sizeof *sys);
    pr *p = malloc((n ? n : 1) * sizeof *p);
    int rc = gold && sys && p ? partitions(ev, system, gold, sys) : VL_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (type >= 0 && ev->recs[i].type != type) continue;
        /* Within documents: the document's number in the high bits cuts
         * both partitions at its boundaries (cluster numbers < n). */
        uint64_t d = scope == VL_MERGE_WITHIN ? (uint64_t)ev->recs[i].doc << 32 : 0;
        p[m++] = (pr){.g = d | gold[i], .s = d | sys[i]};
    }
    if (!rc) score_pairs(p, m, out);
    free(gold);
    free(sys);
    free(p);
    return rc ? oom(err) : VL_OK;
}

/* ------------------------------------------------------------- errors */

typedef struct erow {
    const char *gold, *surface;
    int64_t entity;
} erow;

static int cmp_by_gold(const void *a, const void *b) {
    const erow *x = a, *y = b;
    int c = strcmp(x->gold, y->gold);
    if (c) return c;
    if (x->entity != y->entity) return x->entity < y->entity ? -1 : 1;
    return strcmp(x->surface, y->surface);
}

static int cmp_by_entity(const void *a, const void *b) {
    const erow *x = a, *y = b;
    if (x->entity != y->entity) return x->entity < y->entity ? -1 : 1;
    int c = strcmp(x->gold, y->gold);
    return c ? c : strcmp(x->surface, y->surface);
}

/* Prints the groups of rows [i, j) that share `inner` (entity or gold),
 * each with its surface forms and counts. */
static void print_groups(FILE *f, const erow *r, size_t i, size_t j, int by_gold) {
    for (size_t k = i; k < j;) {
        size_t l = k;
        while (l < j && (by_gold ? r[l].entity == r[k].entity : strcmp(r[l].gold, r[k].gold) == 0)) l++;
        fputs(" [", f);
        for (size_t x = k; x < l;) {
            size_t y = x;
            while (y < l && strcmp(r[y].surface, r[x].surface) == 0) y++;
            const char *type = strchr(type_letter, r[x].surface[0]);
            fprintf(f, "%s%s (%s) x%zu", x > k ? ", " : "", r[x].surface + 2,
                    type ? vl_ner_type_name((vl_ner_type)(type - type_letter)) : "?", y - x);
            x = y;
        }
        if (by_gold) fprintf(f, " -> %lld]", (long long)r[k].entity);
        else fprintf(f, " %s]", r[k].gold);
        k = l;
    }
    fputc('\n', f);
}

int vl_merge_eval_errors(const vl_merge_eval *ev, FILE *f, vl_error *err) {
    size_t n = ev->nrecs;
    erow *r = malloc((n ? n : 1) * sizeof *r);
    if (!r) return oom(err);
    const char *str = ev->strings.data;
    for (size_t i = 0; i < n; i++)
        r[i] = (erow){str + ev->recs[i].gold, str + ev->recs[i].surface,
                      ev->recs[i].entity ? ev->recs[i].entity : -(int64_t)i - 1};
    qsort(r, n, sizeof *r, cmp_by_gold);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        int split = 0;
        while (j < n && strcmp(r[j].gold, r[i].gold) == 0) split |= r[j++].entity != r[i].entity;
        if (split) {
            fprintf(f, "SPLIT   %s:", r[i].gold);
            print_groups(f, r, i, j, 1);
        }
        i = j;
    }
    qsort(r, n, sizeof *r, cmp_by_entity);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        int joined = 0;
        while (j < n && r[j].entity == r[i].entity) joined |= strcmp(r[j++].gold, r[i].gold) != 0;
        if (joined) {
            fprintf(f, "JOINED  %lld:", (long long)r[i].entity);
            print_groups(f, r, i, j, 0);
        }
        i = j;
    }
    free(r);
    return VL_OK;
}
