/*
 * feature_hash.h -- the feature templates and their hashes (f1, f2), and
 * the context features of a token (vl_ner_context_features) and those of
 * one word (vl_ner_word_features) as inline functions that write either
 * the feature hashes or, given the weights,
 * their slots (rows.h): the word-cache decoder (wordcache.c) takes the
 * slots straight from the hashes, with no array of hashes written and
 * read back and no call per token.  One list of features for both, so
 * the two cannot disagree.  Included by features.c and wordcache.c only.
 */
#ifndef VL_NER_FEATURE_HASH_H
#define VL_NER_FEATURE_HASH_H

#include "ner/ner_internal.h"
#include "ner/rows.h"

enum {
    T_BIAS = 1, T_FORM, T_LOWER, T_FOLD, T_LOW_M1, T_LOW_P1, T_LOW_M2, T_LOW_P2,
    T_PRE, T_SUF = T_PRE + 4, T_SHAPE = T_SUF + 4, T_SHORT, T_SHORT_M1, T_SHORT_P1,
    T_SHORT_M1_0, T_SHORT_0_P1, T_BI_M1_0, T_BI_0_P1, T_CAP_POS, T_LEN, T_LOWM1_SHORT0,
    T_LOWP1_SHORT0, T_CAP3, T_ELIDED, T_GAZ, T_GAZ_M1, T_GAZ_P1, T_CLUSTER, T_CLUSTER_M1,
    T_CLUSTER_P1, T_FORM_M1, T_GAZ_ALL, T_GAZ_CAP, T_DOC_SET, T_DOC_MAJ, T_DOC_MAJ_CAP, T_DOC_M1, T_DOC_P1,
    /* the second and third clusterings' T_CLUSTER, T_CLUSTER_M1, T_CLUSTER_P1 */
    T_CLUSTER_2, T_CLUSTER_M1_2, T_CLUSTER_P1_2, T_CLUSTER_3, T_CLUSTER_M1_3, T_CLUSTER_P1_3
};

/* The template of clustering k's prefixes of the word itself (role 0),
 * of the word before (1) or after (2): the first clustering keeps the
 * templates it had when it was the only one, so that a model of one
 * clustering has the features it always had. */
static inline unsigned vl_ner_cluster_template(unsigned k, unsigned role) {
    static const unsigned first[3] = {T_CLUSTER, T_CLUSTER_M1, T_CLUSTER_P1};
    return k ? T_CLUSTER_2 + 3 * (k - 1) + role : first[role];
}
_Static_assert(VL_NER_MAX_CLUSTERINGS == 3, "templates for three clusterings");

static inline uint64_t f1(unsigned t, uint64_t v) { return vl_ner_mix(v + 0x9E3779B97F4A7C15ULL * t); }
static inline uint64_t f2(unsigned t, uint64_t a, uint64_t b) {
    return vl_ner_mix(a * 0x2545F4914F6CDD1DULL + b + 0x9E3779B97F4A7C15ULL * t);
}

/* Hashes of the sentence boundaries, as neighbours. */
#define H_BOS 0x5bd1e9955bd1e995ULL
#define H_EOS 0x1b873593cc9e2d51ULL

/* Emits feature hash x of the functions below: its slot of w's table into
 * sl when w is given, else the hash into out (n_out counts either). */
#define VL_NER_EMIT(x)                                                                                                 \
    do {                                                                                                               \
        uint64_t f_ = (x);                                                                                             \
        if (w) sl[n_out++] = vl_ner_slot(w, f_);                                                                       \
        else out[n_out++] = f_;                                                                                        \
    } while (0)

/* The context features of token i: their hashes into out when w is NULL,
 * else their slots of w's table into sl (rows prefetched); returns how
 * many.  Callers pass w as a constant NULL or not, so that each inlined
 * copy keeps one of the two stores; always inlined (GCC otherwise keeps
 * one out-of-line copy for the decoder's two calls: a call per token). */
__attribute__((always_inline)) static inline size_t vl_ner_context_emit(const vl_ner_sent_feats *sf,
                                                                        const vl_ner_tok *toks, size_t i,
                                                                        uint64_t *out, const vl_ner_weights *w,
                                                                        uint32_t *sl) {
    size_t n_out = 0;

    size_t n = sf->n;
    uint64_t lm1 = i > 0 ? sf->h_lower[i - 1] : H_BOS, lp1 = i + 1 < n ? sf->h_lower[i + 1] : H_EOS;
    uint64_t sm1 = i > 0 ? sf->h_short[i - 1] : H_BOS, sp1 = i + 1 < n ? sf->h_short[i + 1] : H_EOS;
    unsigned cm1 = i > 0 ? sf->cap[i - 1] : 15, cp1 = i + 1 < n ? sf->cap[i + 1] : 15;
    unsigned position = i == 0 ? 0 : (i == 1 && (toks[0].flags & VL_NTOK_WORD) == 0) ? 1 : 2;
    uint64_t s0 = sf->h_short[i], l0 = sf->h_lower[i];
    uint8_t c0 = sf->cap[i];
    VL_NER_EMIT(f2(T_SHORT_M1_0, sm1, s0));
    VL_NER_EMIT(f2(T_SHORT_0_P1, s0, sp1));
    VL_NER_EMIT(f2(T_BI_M1_0, lm1, l0));
    VL_NER_EMIT(f2(T_BI_0_P1, l0, lp1));
    VL_NER_EMIT(f1(T_CAP_POS, c0 * 4u + position));
    VL_NER_EMIT(f2(T_LOWM1_SHORT0, lm1, s0));
    VL_NER_EMIT(f2(T_LOWP1_SHORT0, lp1, s0));
    VL_NER_EMIT(f1(T_CAP3, (cm1 * 16u + c0) * 16u + cp1));
    if (i > 0 && (toks[i - 1].flags & VL_NTOK_ELISION)) VL_NER_EMIT(f1(T_ELIDED, c0));
    uint32_t g0 = sf->gaz[i];
    for (uint32_t g = g0; g; g &= g - 1) VL_NER_EMIT(f1(T_GAZ, (uint64_t)__builtin_ctz(g)));
    if (g0) {
        VL_NER_EMIT(f1(T_GAZ_ALL, g0));
        VL_NER_EMIT(f2(T_GAZ_CAP, g0, c0));
    }
    if (i > 0)
        for (uint32_t g = sf->gaz[i - 1]; g; g &= g - 1) VL_NER_EMIT(f1(T_GAZ_M1, (uint64_t)__builtin_ctz(g)));
    if (i + 1 < n)
        for (uint32_t g = sf->gaz[i + 1]; g; g &= g - 1) VL_NER_EMIT(f1(T_GAZ_P1, (uint64_t)__builtin_ctz(g)));
    return n_out;
}

/* The features of word i in one role (vl_ner_word_features, ner_internal.h)
 * with its cluster path: hashes into out when w is NULL, else slots of
 * w's table into sl (as vl_ner_context_emit). */
static inline size_t vl_ner_word_emit(const vl_ner_sent_feats *sf, size_t i, uint64_t cluster, int role,
                                      uint64_t *out, const vl_ner_weights *w, uint32_t *sl) {
    size_t n_out = 0;
    /* each clustering's path prefixes of 4, 6, 10 and 20 bits, as long
     * as the path goes */
#define VL_NER_CLUSTER(r)                                                                                              \
    do {                                                                                                               \
        for (unsigned c_ = 0; c_ < VL_NER_MAX_CLUSTERINGS; c_++) {                                                     \
            uint32_t p_ = (uint32_t)(cluster >> (c_ * VL_NER_CLU_SHIFT)) & VL_NER_CLU_MASK;                            \
            if (!p_) continue;                                                                                         \
            unsigned t_ = vl_ner_cluster_template(c_, r);                                                              \
            unsigned depth_ = 31u - (unsigned)__builtin_clz(p_); /* bits under the leading 1 */                        \
            static const unsigned lens_[] = {4, 6, 10, 20};                                                            \
            for (unsigned k_ = 0; k_ < 4; k_++) {                                                                      \
                unsigned l_ = lens_[k_] < depth_ ? lens_[k_] : depth_;                                                 \
                VL_NER_EMIT(f2(t_, k_, p_ >> (depth_ - l_)));                                                          \
                if (lens_[k_] >= depth_) break;                                                                        \
            }                                                                                                          \
        }                                                                                                              \
    } while (0)
    switch (role) {
    case VL_NER_ROLE_SELF:
        VL_NER_EMIT(f1(T_BIAS, 0));
        VL_NER_EMIT(f1(T_FORM, sf->h_form[i]));
        VL_NER_EMIT(f1(T_LOWER, sf->h_lower[i]));
        VL_NER_EMIT(f1(T_FOLD, sf->h_fold[i]));
        for (unsigned k = 0; k < 4; k++) {
            if (sf->h_pre[i][k]) VL_NER_EMIT(f1(T_PRE + k, sf->h_pre[i][k]));
            if (sf->h_suf[i][k]) VL_NER_EMIT(f1(T_SUF + k, sf->h_suf[i][k]));
        }
        VL_NER_EMIT(f1(T_SHAPE, sf->h_shape[i]));
        VL_NER_EMIT(f1(T_SHORT, sf->h_short[i]));
        VL_NER_EMIT(f1(T_LEN, sf->len[i] * 16u + sf->cap[i]));
        VL_NER_CLUSTER(0);
        break;
    case VL_NER_ROLE_M1:
        VL_NER_EMIT(f1(T_LOW_M1, sf->h_lower[i]));
        VL_NER_EMIT(f1(T_FORM_M1, sf->h_form[i]));
        VL_NER_EMIT(f1(T_SHORT_M1, sf->h_short[i]));
        VL_NER_CLUSTER(1);
        break;
    case VL_NER_ROLE_M2:
        VL_NER_EMIT(f1(T_LOW_M2, sf->h_lower[i]));
        break;
    case VL_NER_ROLE_P1:
        VL_NER_EMIT(f1(T_LOW_P1, sf->h_lower[i]));
        VL_NER_EMIT(f1(T_SHORT_P1, sf->h_short[i]));
        VL_NER_CLUSTER(2);
        break;
    case VL_NER_ROLE_P2:
        VL_NER_EMIT(f1(T_LOW_P2, sf->h_lower[i]));
        break;
    }
    return n_out;
#undef VL_NER_CLUSTER
#undef VL_NER_EMIT
}

#endif
