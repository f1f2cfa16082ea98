/*
 * wordcache.c -- a tagger's memory of the words it has scored: what each
 * distinct word contributes to its own emission scores and to its
 * neighbours', computed once and reused for every later occurrence.
 *
 * Of the ~40 features of a token, ~25 depend on one word alone: its own
 * forms, affixes, shape, length class and cluster (vl_ner_word_features,
 * role SELF), and what it is as the word before or after another (M1, M2,
 * P1, P2: its lower-cased form, form and shape as a neighbour, its
 * cluster as a neighbour).  News text repeats its words (de, la, the,
 * said, punctuation, the names of the day), so a cache of the integer sums
 * of those rows per word, keyed by the token's bytes, turns most of a
 * token's hashing and row reads into five vector additions; only the
 * features of word pairs, capitalisation context, position, elision and
 * gazetteer matches (vl_ner_context_features, feature_hash.h: straight to
 * their slots) are hashed per token.  The
 * sums are the same integers added in another order, so the scores, and
 * the tags, are bit for bit those of vl_ner_decode.
 *
 * When a table is full it keeps its frequent words (wc_evict): those met
 * again since they were added or last kept, at most half the table, the
 * most often met first; the others go.  Emptying it all (as it did) threw
 * away "de", "the" and "said" with the rare words, and a stream of news
 * then scored 11% of its tokens as new words (40 weight rows each) where
 * keeping the frequent ones leaves about 7% (the first 3,000 dispatches of
 * bench/data, see bench/README.md).
 *
 * The cache belongs to one tagger (vl_ner_tagger: one thread).  It keeps
 * a table per model (known by address and file checksum; MODELS tables,
 * the least recently used one emptied for another model), and a table
 * sheds words when it holds VL_NER_WC_MAX, so its memory stays
 * bounded (~5 MB a model) however long it tags.  Tokens longer than KEY_MAX bytes
 * are scored but not kept.  When memory runs out it tags as vl_ner_decode
 * does, uncached.
 */
#include <stdlib.h>
#include <string.h>

#include "ner/feature_hash.h"
#include "ner/ner_internal.h"
#include "ner/rows.h"

#define KEY_MAX 64                       /* longest token kept, in bytes */
#define FIRST_WORDS 256
#define FIRST_SLOTS 512

/* A word: what a lookup reads in its first cache line, the sums of its
 * five groups (vl_ner_acc_pack) in the next three; 256 bytes, aligned. */
typedef struct wword {
    uint64_t hash, k8;  /* the key's hash and first 8 bytes, zero-padded */
    uint64_t h_lower, h_fold, h_short;
    uint32_t len, off;  /* the key's length, and where its bytes 8.. are in the pool */
    uint8_t cap;
    uint8_t hits; /* lookups that found it since it was added or kept (at most 255) */
    uint8_t pad_[14];
    int32_t sum[VL_NER_NROLES][9];
    uint8_t pad2_[12];
} wword;
_Static_assert(sizeof(wword) == 256, "a word is four cache lines");
#define LINE 64

/* The words of one model. */
typedef struct wtable {
    const vl_ner_model *model;
    uint64_t model_sum;
    uint64_t used;                  /* when it last tagged (vl_ner_wcache.tick) */
    int32_t edge[VL_NER_NROLES][9]; /* M1, M2: the sentence start; P1, P2: its end (packed) */
    uint32_t *slots;                /* word index + 1, 0: empty; a power of two */
    size_t nslots, nkept;           /* nkept: words in slots */
    wword *words;
    size_t n, cap;
    size_t fresh; /* words added, ever (vl_ner_wcache_added) */
    char *pool;
    size_t pool_len, pool_cap;
} wtable;

/* An annotator tags French and English with one tagger: a table per
 * model, the least recently used one reused for a fifth. */
#define MODELS 4

struct vl_ner_wcache {
    wtable t[MODELS];
    uint64_t tick;
};

int vl_ner_wcache_new(vl_ner_wcache **out) {
    *out = calloc(1, sizeof **out);
    return *out ? VL_OK : VL_ENOMEM;
}

size_t vl_ner_wcache_added(const vl_ner_wcache *c) {
    size_t n = 0;
    for (int k = 0; k < MODELS; k++) n += c->t[k].fresh;
    return n;
}

void vl_ner_wcache_free(vl_ner_wcache *c) {
    if (!c) return;
    for (int k = 0; k < MODELS; k++) {
        free(c->t[k].slots);
        free(c->t[k].words);
        free(c->t[k].pool);
    }
    free(c);
}

static void wc_clear(wtable *c) {
    if (c->nkept) memset(c->slots, 0, c->nslots * sizeof *c->slots);
    c->n = c->nkept = c->pool_len = 0;
}

/* The table of model m: its own, else the least recently used, emptied. */
static wtable *wc_table(vl_ner_wcache *wc, const vl_ner_model *m) {
    uint64_t sum = vl_ner_model_checksum(m);
    wtable *c = &wc->t[0];
    for (int k = 0; k < MODELS; k++) {
        if (wc->t[k].model == m && wc->t[k].model_sum == sum) {
            c = &wc->t[k];
            break;
        }
        if (wc->t[k].used < c->used) c = &wc->t[k];
    }
    c->used = ++wc->tick;
    if (c->model != m || c->model_sum != sum) {
        wc_clear(c);
        c->model = m;
        c->model_sum = sum;
        const vl_ner_weights *w = vl_ner_model_weights(m);
        uint64_t f[VL_NER_MAX_FEATS];
        for (int r = VL_NER_ROLE_M1; r < VL_NER_NROLES; r++) {
            uint32_t sl[VL_NER_MAX_FEATS];
            size_t nf = vl_ner_edge_features(r, f);
            vl_ner_acc a = {{{0}, {0}, {0}}};
            vl_ner_rows_add(w, sl, vl_ner_slots(w, f, nf, sl), &a);
            vl_ner_acc_pack(&a, c->edge[r]);
        }
    }
    return c;
}

/* Makes room in a full table: keeps the words met at least `least` times
 * since they were added or last kept, `least` the smallest (at least 1)
 * that keeps at most half the table, in their order, with their counts
 * halved so that a word frequent long ago fades; drops the others and the
 * words too long to be kept.  The kept words' sums, keys and hashes move
 * with them unchanged. */
static void wc_evict(wtable *c) {
    size_t count[256] = {0};
    for (size_t k = 0; k < c->n; k++)
        if (c->words[k].len <= KEY_MAX) count[c->words[k].hits]++;
    size_t least = 255, kept = count[255];
    while (least > 1 && kept + count[least - 1] <= VL_NER_WC_MAX / 2) kept += count[--least];
    if (kept > VL_NER_WC_MAX / 2) least = 256; /* more than half met 255 times: keep none */
    size_t n = 0, pool_len = 0;
    for (size_t k = 0; k < c->n; k++) {
        wword *ww = &c->words[k];
        if (ww->len > KEY_MAX || ww->hits < least) continue;
        if (ww->len > 8) {
            /* pool bytes move only down: kept keys stay in order */
            memmove(c->pool + pool_len, c->pool + ww->off, ww->len - 8);
            ww->off = (uint32_t)pool_len;
            pool_len += ww->len - 8;
        }
        ww->hits /= 2;
        if (n != k) memcpy(&c->words[n], ww, sizeof *ww);
        n++;
    }
    memset(c->slots, 0, c->nslots * sizeof *c->slots);
    size_t mask = c->nslots - 1;
    for (size_t k = 0; k < n; k++) {
        size_t j = c->words[k].hash & mask;
        while (c->slots[j]) j = (j + 1) & mask;
        c->slots[j] = (uint32_t)k + 1;
    }
    c->n = c->nkept = n;
    c->pool_len = pool_len;
}

/* Room for a sentence of n more words: VL_OK, or VL_ENOMEM (nothing
 * changed but maybe a larger table). */
static int wc_begin(wtable *c, size_t n) {
    if (c->n + n > VL_NER_WC_MAX) wc_evict(c);
    if (c->n + n > c->cap) {
        size_t cap = c->cap ? c->cap : FIRST_WORDS;
        while (cap < c->n + n) cap *= 2;
        wword *ws = aligned_alloc(LINE, cap * sizeof *ws);
        if (!ws) return VL_ENOMEM;
        if (c->n) memcpy(ws, c->words, c->n * sizeof *ws);
        free(c->words);
        c->words = ws;
        c->cap = cap;
    }
    if ((c->nkept + n) * 2 > c->nslots) {
        size_t ns = c->nslots ? c->nslots : FIRST_SLOTS;
        while ((c->nkept + n) * 2 > ns) ns *= 2;
        uint32_t *sl = calloc(ns, sizeof *sl);
        if (!sl) return VL_ENOMEM;
        for (size_t k = 0; k < c->n; k++) {
            if (c->words[k].len > KEY_MAX) continue;
            size_t j = c->words[k].hash & (ns - 1);
            while (sl[j]) j = (j + 1) & (ns - 1);
            sl[j] = (uint32_t)k + 1;
        }
        free(c->slots);
        c->slots = sl;
        c->nslots = ns;
    }
    if (c->pool_len + n * KEY_MAX > c->pool_cap) {
        size_t cap = c->pool_cap ? c->pool_cap : 4096;
        while (cap < c->pool_len + n * KEY_MAX) cap *= 2;
        char *p = realloc(c->pool, cap);
        if (!p) return VL_ENOMEM;
        c->pool = p;
        c->pool_cap = cap;
    }
    return VL_OK;
}

/* Up to 8 bytes of s[0..len) as a little-endian word, zero-padded; reads
 * 8 bytes at once when the text has them. */
static inline uint64_t load8(const char *s, size_t len, const char *end) {
    uint64_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (end - s >= 8) {
        memcpy(&v, s, 8);
        return len >= 8 ? v : v & (~0ULL >> (64 - 8 * len));
    }
#else
    (void)end;
#endif
    size_t k = len < 8 ? len : 8;
    for (size_t i = 0; i < k; i++) v |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return v;
}

static inline uint64_t key_hash(uint64_t k8, const char *s, size_t len, const char *end) {
    uint64_t h = (k8 ^ len) * 0x9E3779B97F4A7C15ULL;
    for (size_t at = 8; at < len; at += 8) h = (h ^ (h >> 29) ^ load8(s + at, len - at, end)) * 0xBF58476D1CE4E5B9ULL;
    return vl_ner_mix(h);
}

/* The word of token i (s[0..len)), found, or added with its forms (its
 * sums are left to score_new); fills its forms into sf at i.  *fresh: 1
 * when added. */
static wword *wc_word(wtable *c, const char *s, size_t len, uint64_t k8, uint64_t h, vl_ner_sent_feats *sf,
                      size_t i, int *fresh) {
    size_t mask = c->nslots - 1, j = h & mask;
    wword *ww;
    *fresh = 0;
    if (len <= KEY_MAX) {
        for (uint32_t e; (e = c->slots[j]) != 0; j = (j + 1) & mask) {
            ww = &c->words[e - 1];
            if (ww->hash == h && ww->k8 == k8 && ww->len == len &&
                (len <= 8 || memcmp(c->pool + ww->off, s + 8, len - 8) == 0)) {
                sf->h_lower[i] = ww->h_lower;
                sf->h_fold[i] = ww->h_fold;
                sf->h_short[i] = ww->h_short;
                sf->cap[i] = ww->cap;
                sf->gaz[i] = 0;
                ww->hits += ww->hits < 255;
                return ww;
            }
        }
    }
    *fresh = 1;
    ww = &c->words[c->n];
    vl_ner_prepare_token(sf, i, s, len);
    ww->hash = h;
    ww->k8 = k8;
    ww->len = (uint32_t)(len <= KEY_MAX ? len : KEY_MAX + 1);
    ww->off = 0;
    ww->h_lower = sf->h_lower[i];
    ww->h_fold = sf->h_fold[i];
    ww->h_short = sf->h_short[i];
    ww->cap = sf->cap[i];
    ww->hits = 0;
    c->fresh++;
    if (len <= KEY_MAX) {
        if (len > 8) {
            ww->off = (uint32_t)c->pool_len;
            memcpy(c->pool + c->pool_len, s + 8, len - 8);
            c->pool_len += len - 8;
        }
        c->slots[j] = (uint32_t)c->n + 1;
        c->nkept++;
    }
    c->n++;
    return ww;
}

/* Most slots of one word's five groups: SELF 15 (bias, three forms, eight
 * affixes, two shapes, length) and four prefixes of each of the three
 * clusterings, M1 3 + 12, M2 1, P1 2 + 12, P2 1. */
#define WORD_SLOTS (22 + 3 * 4 * VL_NER_MAX_CLUSTERINGS)
/* Words of a sentence new to the cache whose rows are prefetched while an
 * earlier one's are added up. */
#define NEW_AHEAD 2

typedef struct pending {
    wword *w;
    uint32_t sl[WORD_SLOTS];
    uint8_t n[VL_NER_NROLES];
} pending;

/* The sums of the words the sentence added (the tokens `fresh` lists):
 * each word's feature slots are computed, and their rows prefetched,
 * NEW_AHEAD words before its rows are added up, so that the cache misses
 * of several words overlap. */
static void score_new(const vl_ner_model *m, const vl_ner_sent_feats *sf, wword *const *wd, const uint16_t *fresh,
                      size_t nfresh) {
    enum { R = NEW_AHEAD + 1 };
    const vl_ner_weights *w = vl_ner_model_weights(m);
    const vl_ner_clusters *cl = vl_ner_model_clusters(m);
    pending p[R];
    for (size_t k = 0; k < nfresh + NEW_AHEAD; k++) {
        if (k < nfresh) {
            size_t i = fresh[k];
            pending *q = &p[k % R];
            uint64_t cluster = cl->bits ? vl_ner_clusters_get(cl, sf->h_lower[i]) : 0; /* every clustering's */
            size_t at = 0;
            q->w = wd[i];
            for (int r = 0; r < VL_NER_NROLES; r++) { /* the slots straight from the hashes (feature_hash.h) */
                size_t nf = vl_ner_word_emit(sf, i, cluster, r, NULL, w, q->sl + at);
                q->n[r] = (uint8_t)nf;
                at += nf;
            }
        }
        if (k >= NEW_AHEAD) {
            pending *q = &p[(k - NEW_AHEAD) % R];
            size_t at = 0;
            for (int r = 0; r < VL_NER_NROLES; r++) {
                vl_ner_acc a = {{{0}, {0}, {0}}};
                vl_ner_rows_add(w, q->sl + at, q->n[r], &a);
                vl_ner_acc_pack(&a, q->w->sum[r]);
                at += q->n[r];
            }
        }
    }
}

void vl_ner_decode_cached(const vl_ner_model *m, vl_ner_wcache *wc, const char *text, size_t len,
                          const vl_ner_tok *toks, size_t n, vl_ner_scratch *s, int *labels) {
    enum { R = VL_NER_AHEAD + 1, L = VL_NER_NLABELS };
    if (n > VL_NER_MAX_SENT) n = VL_NER_MAX_SENT;
    int hooks = 0;
    for (size_t i = 0; i < n; i++) hooks |= (int)(toks[i].gaz | toks[i].cluster); /* no branch per token */
    wtable *c = wc_table(wc, m);
    if (hooks || wc_begin(c, n)) {
        vl_ner_decode(m, text, toks, n, s, labels);
        return;
    }
    const vl_ner_weights *w = vl_ner_model_weights(m);
    vl_ner_sent_feats *sf = &s->sf;
    wword *wd[VL_NER_MAX_SENT];
    uint16_t fresh[VL_NER_MAX_SENT];
    size_t nfresh = 0;
    const char *end = text + len;
    sf->n = n;
    /* The words' keys, then their slots, then their entries are read in
     * three loops, each prefetching what the next reads, so that the
     * lookups' cache misses overlap. */
    uint64_t k8[VL_NER_MAX_SENT], h[VL_NER_MAX_SENT];
    size_t mask = c->nslots - 1;
    for (size_t i = 0; i < n; i++) {
        const char *t = text + toks[i].start;
        size_t tl = toks[i].end - toks[i].start;
        k8[i] = load8(t, tl, end);
        h[i] = key_hash(k8[i], t, tl, end);
        __builtin_prefetch(&c->slots[h[i] & mask]);
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t e = c->slots[h[i] & mask];
        if (e) {
            const char *p = (const char *)&c->words[e - 1];
            __builtin_prefetch(p);
            __builtin_prefetch(p + LINE);
            __builtin_prefetch(p + 2 * LINE);
            __builtin_prefetch(p + 3 * LINE);
        }
    }
    for (size_t i = 0; i < n; i++) {
        int is_new;
        wd[i] = wc_word(c, text + toks[i].start, toks[i].end - toks[i].start, k8[i], h[i], sf, i, &is_new);
        if (is_new) fresh[nfresh++] = (uint16_t)i;
    }
    score_new(m, sf, wd, fresh, nfresh);
    vl_ner_gaz_mark(vl_ner_model_gaz(m), sf);
    /* The context features of token i + VL_NER_AHEAD are hashed and their
     * rows prefetched while token i is summed (see vl_ner_scratch). */
    for (size_t i = 0; i < n && i < VL_NER_AHEAD; i++)
        s->nslots[i] = vl_ner_context_emit(sf, toks, i, NULL, w, s->slots[i]);
    for (size_t i = 0; i < n; i++) {
        size_t j = i + VL_NER_AHEAD;
        if (j < n)
            s->nslots[j % R] = vl_ner_context_emit(sf, toks, j, NULL, w, s->slots[j % R]);
        vl_ner_acc a = {{{0}, {0}, {0}}};
        vl_ner_acc_add_packed(&a, wd[i]->sum[VL_NER_ROLE_SELF]);
        vl_ner_acc_add_packed(&a, i > 0 ? wd[i - 1]->sum[VL_NER_ROLE_M1] : c->edge[VL_NER_ROLE_M1]);
        vl_ner_acc_add_packed(&a, i > 1 ? wd[i - 2]->sum[VL_NER_ROLE_M2] : c->edge[VL_NER_ROLE_M2]);
        vl_ner_acc_add_packed(&a, i + 1 < n ? wd[i + 1]->sum[VL_NER_ROLE_P1] : c->edge[VL_NER_ROLE_P1]);
        vl_ner_acc_add_packed(&a, i + 2 < n ? wd[i + 2]->sum[VL_NER_ROLE_P2] : c->edge[VL_NER_ROLE_P2]);
        vl_ner_rows_add(w, s->slots[i % R], s->nslots[i % R], &a);
        vl_ner_acc_em(w, &a, s->em + i * L, 0);
    }
    vl_ner_viterbi_model(w, s->em, n, labels, s->back);
}
