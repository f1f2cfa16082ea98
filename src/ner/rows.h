/*
 * rows.h -- adding up weight rows, shared by the decoders of model.c and
 * wordcache.c: feature hashes to slots (with their rows prefetched), and
 * slots to 32-bit integer sums in three 4-lane vectors (labels 0, 2, 4, 6;
 * labels 1, 3, 5, 7; label 8 in lane 0).  Integer sums are exact in any
 * order, so a sum kept aside (wordcache.c) and added later gives the same
 * scores as the rows added one by one.
 */
#ifndef VL_NER_ROWS_H
#define VL_NER_ROWS_H

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ner/ner_internal.h"

typedef int32_t vl_v4si __attribute__((vector_size(16)));
typedef uint32_t vl_v4su __attribute__((vector_size(16)));

/* A partial emission sum: even, odd, label 8 (see above). */
typedef struct vl_ner_acc {
    vl_v4si v[3];
} vl_ner_acc;

/* A feature hash's slot: the row number, its top bit the sign; the row is
 * prefetched. */
static inline uint32_t vl_ner_slot(const vl_ner_weights *w, uint64_t f) {
    uint32_t r = (uint32_t)(f & w->mask);
    __builtin_prefetch(w->rows + (size_t)r * VL_NER_ROW);
    return r | (uint32_t)(f >> 63) << 31;
}

static inline size_t vl_ner_slots(const vl_ner_weights *w, const uint64_t *f, size_t nf, uint32_t *sl) {
    for (size_t k = 0; k < nf; k++) sl[k] = vl_ner_slot(w, f[k]);
    return nf;
}

/* Adds the rows of slots sl[0..ns), negated where the slot says so.  A
 * row's first 8 weights are read as one 16-byte vector seen as 4 32-bit
 * lanes: shifted left then right by 16 they give labels 0, 2, 4, 6
 * sign-extended, shifted right by 16 labels 1, 3, 5, 7 (plain SSE2 or NEON
 * shifts, no shuffles); weights 8-15 (label 8, then the row's zero
 * padding) likewise give label 8 in lane 0 and zeros. */
#if defined(__SSE2__)
/* With SSE2 the lanes come out of one multiply-add each (pmaddwd): the
 * row's eight 16-bit weights times {s,0,s,0,..} give labels 0, 2, 4, 6
 * times s in 32-bit lanes, times {0,s,0,s,..} labels 1, 3, 5, 7, and
 * weights 8-15 times {s,0,0,..} label 8 in lane 0, s = +1 or -1 by the
 * slot's sign: the same exact integers as the shifts below (a 16-bit
 * weight times 1 or -1 always fits in 32 bits), in 9 fewer operations a
 * row.  Lanes 1-3 of the label-8 vector are 0 here and the row's zero
 * padding there: nothing reads them. */
static const int16_t vl_ner_row_sign[2][3][8] __attribute__((aligned(16))) = {
    {{1, 0, 1, 0, 1, 0, 1, 0}, {0, 1, 0, 1, 0, 1, 0, 1}, {1, 0, 0, 0, 0, 0, 0, 0}},
    {{-1, 0, -1, 0, -1, 0, -1, 0}, {0, -1, 0, -1, 0, -1, 0, -1}, {-1, 0, 0, 0, 0, 0, 0, 0}}};
#endif

static inline void vl_ner_rows_add(const vl_ner_weights *w, const uint32_t *sl, size_t ns, vl_ner_acc *a) {
    vl_v4si even = a->v[0], odd = a->v[1], l8 = a->v[2];
#if defined(__SSE2__)
    for (size_t k = 0; k < ns; k++) {
        const __m128i *row = (const __m128i *)(w->rows + (size_t)(sl[k] & 0x7fffffffu) * VL_NER_ROW);
        const __m128i *sg = (const __m128i *)vl_ner_row_sign[sl[k] >> 31];
        __m128i x = _mm_loadu_si128(row), y = _mm_loadu_si128(row + 1);
        even += (vl_v4si)_mm_madd_epi16(x, _mm_load_si128(sg));
        odd += (vl_v4si)_mm_madd_epi16(x, _mm_load_si128(sg + 1));
        l8 += (vl_v4si)_mm_madd_epi16(y, _mm_load_si128(sg + 2));
    }
#else
    for (size_t k = 0; k < ns; k++) {
        const int16_t *row = w->rows + (size_t)(sl[k] & 0x7fffffffu) * VL_NER_ROW;
        int32_t neg = -(int32_t)(sl[k] >> 31);
        vl_v4si x, y;
        memcpy(&x, row, sizeof x);
        memcpy(&y, row + 8, sizeof y);
        vl_v4si e = (vl_v4si)((vl_v4su)x << 16) >> 16, o = x >> 16, e8 = (vl_v4si)((vl_v4su)y << 16) >> 16;
        even += (e ^ neg) - neg;
        odd += (o ^ neg) - neg;
        l8 += (e8 ^ neg) - neg;
    }
#endif
    a->v[0] = even;
    a->v[1] = odd;
    a->v[2] = l8;
}

static inline void vl_ner_acc_add(vl_ner_acc *a, const vl_ner_acc *b) {
    a->v[0] += b->v[0];
    a->v[1] += b->v[1];
    a->v[2] += b->v[2];
}

/* A sum packed in 9 int32 (the lanes of even, odd, then label 8), for
 * tables of many (wordcache.c). */
static inline void vl_ner_acc_pack(const vl_ner_acc *a, int32_t p[9]) {
    memcpy(p, &a->v[0], 16);
    memcpy(p + 4, &a->v[1], 16);
    p[8] = a->v[2][0];
}

static inline void vl_ner_acc_add_packed(vl_ner_acc *a, const int32_t p[9]) {
    vl_v4si x, y;
    memcpy(&x, p, 16);
    memcpy(&y, p + 4, 16);
    a->v[0] += x;
    a->v[1] += y;
    a->v[2][0] += p[8];
}

/* The sum's label l. */
static inline int32_t vl_ner_acc_label(const vl_ner_acc *a, int l) {
    return l == 8 ? a->v[2][0] : (l & 1) ? a->v[1][l >> 1] : a->v[0][l >> 1];
}

/* em[l] = sum times the scale (add: em[l] + that).  The products are
 * those of the scalar code, four at a time (int to float conversion and
 * multiplication are exact-rounded the same way in lanes). */
typedef float vl_v4sf __attribute__((vector_size(16)));
static inline void vl_ner_acc_em(const vl_ner_weights *w, const vl_ner_acc *a, float *em, int add) {
    vl_v4sf sc = {w->scale, w->scale, w->scale, w->scale};
    vl_v4sf e = __builtin_convertvector(a->v[0], vl_v4sf) * sc, o = __builtin_convertvector(a->v[1], vl_v4sf) * sc;
    float r[VL_NER_NLABELS] = {e[0], o[0], e[1], o[1], e[2], o[2], e[3], o[3], (float)a->v[2][0] * w->scale};
    if (add)
        for (int l = 0; l < VL_NER_NLABELS; l++) em[l] += r[l];
    else
        memcpy(em, r, sizeof r);
}

#endif
