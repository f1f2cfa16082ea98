/*
 * clusters.c -- word clusters learned from raw text by veille itself, as
 * tagger features: words used in the same contexts ("Lundi"/"Mardi",
 * "Renault"/"Peugeot") share a bit path, so that a name never seen in the
 * gold corpora still looks like those that were.
 *
 * Why not Brown clustering: its agglomerative merges cost O(V * C^2) and
 * a careful implementation; we want the same kind of hierarchical bit path
 * in seconds and a hundred lines.  So each of the V most frequent words
 * gets a vector of positive PMI with the C most frequent words as left and
 * right neighbours, normalised, and the words are split in two by 2-means,
 * each half again, VL_NER_CLUSTER_BITS levels deep (bisecting k-means):
 * the path of a word is the sequence of halves it fell in, so a prefix of
 * k bits is a coarser clustering, which is what the features use
 * (prefixes of 4, 6, 10 and all bits, as with Brown paths).  (Random
 * hyperplanes, SimHash, were tried first: PPMI vectors of related words
 * are not close enough for their signs to agree.)
 *
 * `veille train clusters` writes "PATH<TAB>word<TAB>count" lines (Brown's
 * format); `veille train ner --clusters FILE` reads them into a table
 * embedded in the model, keyed by the hash of the lower-cased token.
 *
 * The same words can also be split by vectors learned elsewhere: the
 * trainer writes the text as it tokenised it (write_tokens), a word-vector
 * program (fastText's skip-gram) learns from that file, and run_vectors
 * reads its vectors and runs the same 2-means on them.  A model carries up
 * to VL_NER_MAX_CLUSTERINGS such tables, each clustering's prefixes in
 * their own feature namespace: two views of a word's company.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"

/* Tables of 2^15 slots of 32 bits (128 KB in the model) hold the 26,214
 * words of a table 80% full, the 24,000 of `veille train clusters`; a
 * longer file (--words N) gets tables of more bits, all of a model's the
 * same size, so that a clustering of rarer words loses none of them. */
#define CL_TABLE_BITS 15
#define CL_TABLE_MAX_BITS 20 /* model.c's MAX_GAZ_BITS */

/* ------------------------------------------------------------ the table */

static inline uint32_t fp16(uint64_t h) {
    uint32_t f = (uint32_t)(h >> 48) & 0xFFFFu;
    return f ? f : 1;
}

/* Clustering k's path of a word: 1 and the path, or 0. */
static uint32_t table_get(const uint32_t *slots, unsigned bits, uint64_t h_lower) {
    uint64_t mask = ((uint64_t)1 << bits) - 1;
    uint32_t fp = fp16(h_lower);
    for (uint64_t i = h_lower & mask;; i = (i + 1) & mask) {
        uint32_t s = slots[i];
        if (!s) return 0;
        if (s >> 16 == fp) return (1u << VL_NER_CLUSTER_BITS) | (s & 0xFFFFu);
    }
}

uint64_t vl_ner_clusters_get(const vl_ner_clusters *c, uint64_t h_lower) {
    if (!c || !c->bits) return 0;
    unsigned n = c->n ? c->n : 1;
    uint64_t v = 0;
    for (unsigned k = 0; k < n && k < VL_NER_MAX_CLUSTERINGS; k++)
        v |= (uint64_t)table_get(c->slots + ((size_t)k << c->bits), c->bits, h_lower) << (k * VL_NER_CLU_SHIFT);
    return v;
}

void vl_ner_clusters_mark(const vl_ner_clusters *c, vl_ner_sent_feats *sf) {
    for (size_t i = 0; i < sf->n; i++) sf->cluster[i] = vl_ner_clusters_get(c, sf->h_lower[i]);
}

void vl_ner_clusters_free(vl_ner_clusters *c) {
    if (!c) return;
    free(c->owned);
    memset(c, 0, sizeof *c);
}

/* Lines of the file at path into *lines. */
static int count_lines(const char *path, size_t *lines, vl_error *err) {
    FILE *f = fopen(path, "r");
    if (!f) return vl_error_set(err, VL_EIO, path, 0, "cannot read clusters: %s", strerror(errno));
    char buf[1 << 16];
    size_t n, k = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        for (const char *p = buf; (p = memchr(p, '\n', n - (size_t)(p - buf))) != NULL; p++) k++;
    fclose(f);
    *lines = k;
    return VL_OK;
}

/* Reads one paths file into the table tab (2^bits zeroed slots);
 * *entries: the words it holds. */
static int load_table(const char *path, vl_lang lang, uint32_t *tab, unsigned bits, size_t *entries, vl_error *err) {
    FILE *f = fopen(path, "r");
    if (!f) return vl_error_set(err, VL_EIO, path, 0, "cannot read clusters: %s", strerror(errno));
    vl_ner_sent_feats *sf = malloc(sizeof *sf);
    vl_ner_tok toks[3];
    char *line = NULL;
    size_t cap = 0, limit = ((size_t)1 << bits) / 100 * 80;
    int rc = VL_OK;
    unsigned long lineno = 0;
    if (!sf) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    ssize_t len;
    uint64_t mask = ((uint64_t)1 << bits) - 1;
    *entries = 0;
    while (!rc && (len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        char *sep = memchr(line, '\t', (size_t)len);
        if (!sep) {
            rc = vl_error_set(err, VL_EFORMAT, path, lineno, "expected PATH<TAB>word<TAB>count");
            break;
        }
        uint32_t code = 0;
        for (char *p = line; p < sep; p++) code = code << 1 | (uint32_t)(*p == '1');
        char *word = sep + 1, *end = memchr(word, '\t', (size_t)(len - (word - line)));
        if (!end) end = line + len;
        vl_ner_lexer lx;
        vl_ner_lexer_init(&lx, word, (size_t)(end - word), lang);
        if (vl_ner_next_sentence(&lx, toks, 2) != 1) continue; /* not one token to veille */
        vl_ner_sent_prepare(sf, word, toks, 1);
        uint64_t h = sf->h_lower[0];
        uint32_t fp = fp16(h);
        for (uint64_t i = h & mask;; i = (i + 1) & mask) {
            if (!tab[i]) {
                if (*entries >= limit) break; /* full: the rarest words go without */
                tab[i] = fp << 16 | (code & 0xFFFFu);
                (*entries)++;
                break;
            }
            if (tab[i] >> 16 == fp) break; /* first (most frequent) wins */
        }
    }
    free(line);
    free(sf);
    fclose(f);
    return rc;
}

int vl_ner_clusters_load_many(const char *const *paths, size_t npaths, vl_lang lang, vl_ner_clusters *out,
                              vl_error *err) {
    memset(out, 0, sizeof *out);
    if (npaths < 1 || npaths > VL_NER_MAX_CLUSTERINGS)
        return vl_error_set(err, VL_EARG, NULL, 0, "1 to %d cluster files, not %zu", VL_NER_MAX_CLUSTERINGS, npaths);
    unsigned bits = CL_TABLE_BITS;
    for (size_t k = 0; k < npaths; k++) {
        size_t lines;
        int rc = count_lines(paths[k], &lines, err);
        if (rc) return rc;
        while (bits < CL_TABLE_MAX_BITS && lines > ((size_t)1 << bits) / 100 * 80) bits++;
    }
    size_t size = (size_t)1 << bits;
    out->owned = calloc(npaths * size, sizeof *out->owned);
    if (!out->owned) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    out->bits = bits;
    out->n = (unsigned)npaths;
    out->slots = out->owned;
    for (size_t k = 0; k < npaths; k++) {
        size_t entries;
        int rc = load_table(paths[k], lang, out->owned + k * size, bits, &entries, err);
        if (rc) {
            vl_ner_clusters_free(out);
            return rc;
        }
        if (k == 0) out->entries = entries;
    }
    return VL_OK;
}

int vl_ner_clusters_load(const char *path, vl_lang lang, vl_ner_clusters *out, vl_error *err) {
    return vl_ner_clusters_load_many(&path, 1, lang, out, err);
}

/* ------------------------------------------------------------- training */

/* Word counts keyed by h_lower, with the first spelling seen. */
typedef struct wc_entry {
    uint64_t h;
    uint64_t count;
    uint32_t text_off, text_len; /* into the trainer's text pool */
    int32_t vocab;               /* index among the V words, or -1 */
    int32_t ctx;                 /* index among the C contexts, or -1 */
} wc_entry;

struct vl_ner_cluster_trainer {
    vl_lang lang;
    int iters; /* most 2-means iterations of a split */
    wc_entry *tab;
    size_t bits, n;
    char *pool;
    size_t pool_len, pool_cap;
    /* Pass 2 (contexts): the token ids of each sentence, kept between
     * passes as one stream: entry index per token, SIZE_MAX between
     * sentences. */
    uint32_t *stream;
    size_t stream_len, stream_cap;
    vl_ner_tok toks[VL_NER_MAX_SENT];
    vl_ner_sent_feats sf;
};

int vl_ner_cluster_trainer_new(vl_lang lang, vl_ner_cluster_trainer **out, vl_error *err) {
    vl_ner_cluster_trainer *t = calloc(1, sizeof *t);
    if (!t) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    t->lang = lang;
    t->iters = VL_NER_CLUSTER_ITERS;
    t->bits = 22;
    t->tab = calloc((size_t)1 << t->bits, sizeof *t->tab);
    if (!t->tab) {
        free(t);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    *out = t;
    return VL_OK;
}

void vl_ner_cluster_trainer_set_iterations(vl_ner_cluster_trainer *t, int iters) {
    t->iters = iters > 0 ? iters : VL_NER_CLUSTER_ITERS;
}

void vl_ner_cluster_trainer_free(vl_ner_cluster_trainer *t) {
    if (!t) return;
    free(t->tab);
    free(t->pool);
    free(t->stream);
    free(t);
}

#define SENT_BREAK 0xFFFFFFFFu

static int push_stream(vl_ner_cluster_trainer *t, uint32_t v) {
    if (t->stream_len == t->stream_cap) {
        size_t c = t->stream_cap ? t->stream_cap * 2 : 1 << 20;
        uint32_t *s = realloc(t->stream, c * sizeof *s);
        if (!s) return -1;
        t->stream = s;
        t->stream_cap = c;
    }
    t->stream[t->stream_len++] = v;
    return 0;
}

int vl_ner_cluster_trainer_add(vl_ner_cluster_trainer *t, const char *text, size_t len, vl_error *err) {
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, text, len, t->lang);
    size_t n, mask = ((size_t)1 << t->bits) - 1;
    while ((n = vl_ner_next_sentence(&lx, t->toks, VL_NER_MAX_SENT)) > 0) {
        vl_ner_sent_prepare(&t->sf, text, t->toks, n);
        for (size_t i = 0; i < n; i++) {
            uint64_t h = t->sf.h_lower[i] | 1; /* 0 marks an empty slot */
            size_t k = h & mask;
            while (t->tab[k].h && t->tab[k].h != h) k = (k + 1) & mask;
            wc_entry *e = &t->tab[k];
            if (!e->h) {
                if (t->n + 1 > mask / 10 * 7)
                    return vl_error_set(err, VL_ENOMEM, NULL, 0, "cluster training: more than %zu distinct words",
                                        t->n);
                size_t wl = t->toks[i].end - t->toks[i].start;
                if (wl > 64) wl = 64;
                if (t->pool_len + wl > t->pool_cap) {
                    size_t c = t->pool_cap ? t->pool_cap * 2 : 1 << 20;
                    while (c < t->pool_len + wl) c *= 2;
                    char *p = realloc(t->pool, c);
                    if (!p) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
                    t->pool = p;
                    t->pool_cap = c;
                }
                memcpy(t->pool + t->pool_len, text + t->toks[i].start, wl);
                e->h = h;
                e->text_off = (uint32_t)t->pool_len;
                e->text_len = (uint32_t)wl;
                t->pool_len += wl;
                t->n++;
            }
            e->count++;
            if (push_stream(t, (uint32_t)k)) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        }
        if (push_stream(t, SENT_BREAK)) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    return VL_OK;
}

static int by_count_desc(const void *a, const void *b) {
    const wc_entry *x = *(const wc_entry *const *)a, *y = *(const wc_entry *const *)b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return x->h < y->h ? -1 : x->h > y->h; /* deterministic */
}

static float dot(const float *a, const float *b, size_t d) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    size_t k = 0;
    for (; k + 4 <= d; k += 4) {
        s0 += a[k] * b[k];
        s1 += a[k + 1] * b[k + 1];
        s2 += a[k + 2] * b[k + 2];
        s3 += a[k + 3] * b[k + 3];
    }
    for (; k < d; k++) s0 += a[k] * b[k];
    return s0 + s1 + s2 + s3;
}

/* Splits the n words of idx (rows of mat, unit length) into two by
 * 2-means, sets bit `depth` of their codes, and recurses into each half.
 * cent and sum are 2*d scratch floats; tmp and side n scratch entries. */
static void bisect(const float *mat, size_t d, uint32_t *idx, uint32_t *tmp, uint8_t *side, size_t n,
                   unsigned depth, uint32_t *codes, float *cent, float *sum, int iters) {
    if (n < 4 || depth >= VL_NER_CLUSTER_BITS) return;
    /* Seeds: the most frequent word (first in idx), and the word least
     * like it: deterministic, and far apart. */
    const float *a = mat + (size_t)idx[0] * d;
    size_t far = 1;
    float low = 2;
    for (size_t k = 1; k < n; k++) {
        float s = dot(a, mat + (size_t)idx[k] * d, d);
        if (s < low) low = s, far = k;
    }
    memcpy(cent, a, d * sizeof *cent);
    memcpy(cent + d, mat + (size_t)idx[far] * d, d * sizeof *cent);
    size_t n1 = 0;
    for (int iter = 0; iter < iters; iter++) {
        float nn0 = dot(cent, cent, d), nn1 = dot(cent + d, cent + d, d);
        memset(sum, 0, 2 * d * sizeof *sum);
        size_t cnt[2] = {0, 0}, moved = 0;
        for (size_t k = 0; k < n; k++) {
            const float *x = mat + (size_t)idx[k] * d;
            /* nearer centroid: |x-c|^2 = |x|^2 + |c|^2 - 2 x.c */
            int s = nn1 - 2 * dot(x, cent + d, d) < nn0 - 2 * dot(x, cent, d);
            moved += side[k] != s; /* side[]: the previous iteration's, from the second on */
            side[k] = (uint8_t)s;
            cnt[s]++;
            float *acc = sum + (size_t)s * d;
            for (size_t j = 0; j < d; j++) acc[j] += x[j];
        }
        if (!cnt[0] || !cnt[1]) break;
        for (int c = 0; c < 2; c++)
            for (size_t j = 0; j < d; j++) cent[(size_t)c * d + j] = sum[(size_t)c * d + j] / (float)cnt[c];
        n1 = cnt[1];
        /* no word changed sides: the centroids just computed are those
         * of the iteration before, and every further one would repeat it */
        if (iter && !moved) break;
    }
    if (!n1 || n1 == n) return;
    /* Stable partition: side 0 first, in frequency order. */
    size_t o = 0;
    for (size_t k = 0; k < n; k++)
        if (!side[k]) tmp[o++] = idx[k];
    for (size_t k = 0; k < n; k++)
        if (side[k]) {
            tmp[o++] = idx[k];
            codes[idx[k]] |= 1u << (VL_NER_CLUSTER_BITS - 1 - depth);
        }
    memcpy(idx, tmp, n * sizeof *idx);
    bisect(mat, d, idx, tmp, side, n - n1, depth + 1, codes, cent, sum, iters);
    bisect(mat, d, idx + (n - n1), tmp, side, n1, depth + 1, codes, cent, sum, iters);
}

/* The nwords most frequent words seen at least 3 times, by count (ties
 * by hash): into *sorted (every distinct word, most frequent first; the
 * caller frees it), their entries' vocab set to 0..V-1, the first
 * ncontexts words' ctx to 0..C-1. */
static int rank_words(vl_ner_cluster_trainer *t, size_t nwords, size_t ncontexts, wc_entry ***sorted_out,
                      size_t *m_out, size_t *V_out, size_t *C_out, vl_error *err) {
    size_t size = (size_t)1 << t->bits;
    wc_entry **sorted = malloc((t->n ? t->n : 1) * sizeof *sorted);
    if (!sorted) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    size_t m = 0;
    for (size_t k = 0; k < size; k++) {
        t->tab[k].vocab = t->tab[k].ctx = -1;
        if (t->tab[k].h) sorted[m++] = &t->tab[k];
    }
    qsort(sorted, m, sizeof *sorted, by_count_desc);
    size_t V = 0, C = ncontexts < m ? ncontexts : m;
    for (size_t k = 0; k < m && V < nwords && sorted[k]->count >= 3; k++) sorted[k]->vocab = (int32_t)V++;
    for (size_t k = 0; k < C; k++) sorted[k]->ctx = (int32_t)k;
    *sorted_out = sorted;
    *m_out = m;
    *V_out = V;
    *C_out = C;
    return VL_OK;
}

/* Bisecting 2-means of the V rows of mat (d floats each, unit length or
 * zero), VL_NER_CLUSTER_BITS levels deep: each split adds one bit to the
 * path of the words it divides; writes "PATH<TAB>word<TAB>count" for
 * the ranked words whose row is not zero (have[v]; NULL: all). */
static int bisect_and_write(vl_ner_cluster_trainer *t, wc_entry **sorted, size_t m, const float *mat, size_t V,
                            size_t D, const uint8_t *have, const char *path, vl_error *err) {
    uint32_t *codes = calloc(V ? V : 1, sizeof *codes);
    uint32_t *idx = malloc((V ? V : 1) * sizeof *idx), *tmp = malloc((V ? V : 1) * sizeof *tmp);
    uint8_t *side = malloc(V ? V : 1);
    float *cent = malloc(2 * D * sizeof *cent); /* the two centroids of a split */
    float *sums = malloc(2 * D * sizeof *sums); /* their new sums */
    int rc = VL_OK;
    if (!codes || !idx || !tmp || !side || !cent || !sums) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    /* words without a row stay out of the splits (and the file) */
    size_t n = 0;
    for (size_t v = 0; v < V; v++)
        if (!have || have[v]) idx[n++] = (uint32_t)v;
    bisect(mat, D, idx, tmp, side, n, 0, codes, cent, sums, t->iters);
    FILE *f = fopen(path, "w");
    if (!f) {
        rc = vl_error_set(err, VL_EIO, path, 0, "cannot create: %s", strerror(errno));
        goto out;
    }
    for (size_t k = 0; k < m && sorted[k]->vocab >= 0; k++) {
        const wc_entry *e = sorted[k];
        if (have && !have[e->vocab]) continue;
        char bits[VL_NER_CLUSTER_BITS + 1];
        for (size_t b = 0; b < VL_NER_CLUSTER_BITS; b++)
            bits[b] = codes[e->vocab] >> (VL_NER_CLUSTER_BITS - 1 - b) & 1 ? '1' : '0';
        bits[VL_NER_CLUSTER_BITS] = 0;
        fprintf(f, "%s\t%.*s\t%llu\n", bits, (int)e->text_len, t->pool + e->text_off, (unsigned long long)e->count);
    }
    if (fclose(f) != 0) rc = vl_error_set(err, VL_EIO, path, 0, "cannot write: %s", strerror(errno));
out:
    free(codes);
    free(idx);
    free(tmp);
    free(side);
    free(cent);
    free(sums);
    return rc;
}

int vl_ner_cluster_trainer_run(vl_ner_cluster_trainer *t, size_t nwords, size_t ncontexts, const char *path,
                               vl_error *err) {
    wc_entry **sorted;
    size_t m, V, C;
    int rc = rank_words(t, nwords, ncontexts, &sorted, &m, &V, &C, err);
    if (rc) return rc;
    size_t D = 2 * C; /* left and right contexts */
    float *mat = calloc(V * D + 1, sizeof *mat);
    double *ctx_tot = calloc(D ? D : 1, sizeof *ctx_tot), *word_tot = calloc(V ? V : 1, sizeof *word_tot);
    if (!mat || !ctx_tot || !word_tot) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    /* Co-occurrence counts with the neighbours. */
    for (size_t p = 0; p < t->stream_len; p++) {
        uint32_t k = t->stream[p];
        if (k == SENT_BREAK || t->tab[k].vocab < 0) continue;
        float *row = mat + (size_t)t->tab[k].vocab * D;
        if (p > 0 && t->stream[p - 1] != SENT_BREAK && t->tab[t->stream[p - 1]].ctx >= 0)
            row[t->tab[t->stream[p - 1]].ctx] += 1;
        if (p + 1 < t->stream_len && t->stream[p + 1] != SENT_BREAK && t->tab[t->stream[p + 1]].ctx >= 0)
            row[C + (size_t)t->tab[t->stream[p + 1]].ctx] += 1;
    }
    double total = 0;
    for (size_t v = 0; v < V; v++)
        for (size_t d = 0; d < D; d++) {
            word_tot[v] += mat[v * D + d];
            ctx_tot[d] += mat[v * D + d];
            total += mat[v * D + d];
        }
    /* Positive PMI, each row normalised to unit length. */
    for (size_t v = 0; v < V; v++) {
        float *row = mat + v * D;
        double norm = 0;
        for (size_t d = 0; d < D; d++) {
            double pmi = row[d] > 0 ? log(row[d] * total / (word_tot[v] * ctx_tot[d])) : 0;
            row[d] = pmi > 0 ? (float)pmi : 0;
            norm += (double)row[d] * row[d];
        }
        if (norm > 0)
            for (size_t d = 0; d < D; d++) row[d] = (float)(row[d] / sqrt(norm));
    }
    rc = bisect_and_write(t, sorted, m, mat, V, D, NULL, path, err);
out:
    free(sorted);
    free(mat);
    free(ctx_tot);
    free(word_tot);
    return rc;
}

/* ------------------------------------------- vectors learned elsewhere */

/* A word as another program reads it from the token file: its first
 * spelling, with any byte a whitespace-splitting reader (fastText, word2vec)
 * would cut on written as '_'. */
static int ws_byte(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || !c;
}

/* The byte another program reads for byte c of a word. */
static char written(char c) { return ws_byte((unsigned char)c) ? '_' : c; }

static uint64_t word_key(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a over the written form */
    for (size_t k = 0; k < n; k++) {
        h ^= (unsigned char)written(s[k]);
        h *= 1099511628211ULL;
    }
    return h;
}

int vl_ner_cluster_trainer_write_tokens(const vl_ner_cluster_trainer *t, const char *path, vl_error *err) {
    FILE *f = fopen(path, "w");
    if (!f) return vl_error_set(err, VL_EIO, path, 0, "cannot create: %s", strerror(errno));
    int at_start = 1;
    for (size_t p = 0; p < t->stream_len; p++) {
        uint32_t k = t->stream[p];
        if (k == SENT_BREAK) {
            if (!at_start) putc('\n', f);
            at_start = 1;
            continue;
        }
        if (!at_start) putc(' ', f);
        const wc_entry *e = &t->tab[k];
        for (uint32_t j = 0; j < e->text_len; j++) putc(written(t->pool[e->text_off + j]), f);
        at_start = 0;
    }
    if (fclose(f) != 0) return vl_error_set(err, VL_EIO, path, 0, "cannot write: %s", strerror(errno));
    return VL_OK;
}

int vl_ner_cluster_trainer_run_vectors(vl_ner_cluster_trainer *t, size_t nwords, const char *vectors,
                                       const char *path, size_t *missing, vl_error *err) {
    wc_entry **sorted;
    size_t m, V, C;
    int rc = rank_words(t, nwords, 0, &sorted, &m, &V, &C, err);
    if (rc) return rc;
    /* the ranked words by their written form: open addressing over 2^b
     * slots of vocab index + 1 */
    size_t b = 4;
    while (((size_t)1 << b) < 2 * V + 2) b++;
    size_t mask = ((size_t)1 << b) - 1, D = 0;
    int32_t *slot = calloc(mask + 1, sizeof *slot);
    wc_entry **byv = malloc((V ? V : 1) * sizeof *byv);
    uint8_t *have = calloc(V ? V : 1, 1);
    float *mat = NULL;
    char *line = NULL;
    size_t cap = 0;
    unsigned long lineno = 0;
    FILE *f = NULL;
    if (!slot || !byv || !have) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    for (size_t k = 0; k < V; k++) {
        wc_entry *e = sorted[k];
        byv[e->vocab] = e;
        size_t i = word_key(t->pool + e->text_off, e->text_len) & mask;
        while (slot[i]) i = (i + 1) & mask;
        slot[i] = e->vocab + 1;
    }
    f = fopen(vectors, "r");
    if (!f) {
        rc = vl_error_set(err, VL_EIO, vectors, 0, "cannot read vectors: %s", strerror(errno));
        goto out;
    }
    /* word2vec's text format: "COUNT DIM", then "word x1 ... xDIM" */
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (lineno == 1) {
            unsigned long long nv, dim;
            if (sscanf(line, "%llu %llu", &nv, &dim) != 2 || dim < 1 || dim > 100000) {
                rc = vl_error_set(err, VL_EFORMAT, vectors, lineno, "expected COUNT DIM (word2vec text format)");
                break;
            }
            D = (size_t)dim;
            mat = calloc(V * D + 1, sizeof *mat);
            if (!mat) {
                rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
                break;
            }
            continue;
        }
        char *sp = memchr(line, ' ', (size_t)len);
        if (!sp) {
            rc = vl_error_set(err, VL_EFORMAT, vectors, lineno, "expected word x1 ... x%zu", D);
            break;
        }
        size_t wl = (size_t)(sp - line);
        int32_t v = -1;
        for (size_t i = word_key(line, wl) & mask; slot[i]; i = (i + 1) & mask) {
            const wc_entry *e = byv[slot[i] - 1];
            if (e->text_len != wl || have[slot[i] - 1]) continue;
            size_t j = 0;
            while (j < wl && written(t->pool[e->text_off + j]) == line[j]) j++;
            if (j == wl) {
                v = slot[i] - 1;
                break;
            }
        }
        if (v < 0) continue; /* not among the ranked words (or seen already) */
        float *row = mat + (size_t)v * D;
        char *p = sp, *q;
        double norm = 0;
        size_t got = 0;
        for (; got < D; got++) {
            row[got] = strtof(p, &q);
            if (q == p) break;
            p = q;
            norm += (double)row[got] * row[got];
        }
        if (got < D) {
            rc = vl_error_set(err, VL_EFORMAT, vectors, lineno, "expected %zu numbers", D);
            break;
        }
        /* unit length, as the context vectors: 2-means by cosine */
        if (norm > 0) {
            for (size_t d = 0; d < D; d++) row[d] = (float)(row[d] / sqrt(norm));
            have[v] = 1;
        }
    }
    if (!rc && !mat) rc = vl_error_set(err, VL_EFORMAT, vectors, 0, "empty vectors file");
    if (!rc) {
        size_t miss = 0;
        for (size_t v = 0; v < V; v++) miss += !have[v];
        if (missing) *missing = miss;
        rc = bisect_and_write(t, sorted, m, mat, V, D, have, path, err);
    }
out:
    if (f) fclose(f);
    free(line);
    free(slot);
    free(byv);
    free(have);
    free(mat);
    free(sorted);
    return rc;
}
