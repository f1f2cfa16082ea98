/*
 * rows.h -- adding up weight rows, shared by the decoders of model.c and
 * wordcache.c: feature hashes to slots (with their rows prefetched), and
 * slots to 32-bit integer sums in five 4-lane vectors (the B-, I-, L- and
 * U- labels of the four types, then O in lane 0: the label groups of
 * ner_internal.h).  Integer sums are exact in any order, so a sum kept
 * aside (wordcache.c) and added later gives the same scores as the rows
 * added one by one.
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

/* A partial emission sum: B-, I-, L-, U- (lane = type), O in v[4][0]. */
#define VL_NER_ACC 5
typedef struct vl_ner_acc {
    vl_v4si v[VL_NER_ACC];
} vl_ner_acc;
#define VL_NER_ACC_ZERO {{{0}, {0}, {0}, {0}, {0}}}

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
 * row (vl_ner_row_lane) is B-/I- interleaved in its first 8 weights, L-/
 * U- in the next 8, O then zeros in the third 8 (the fourth, zeros, is
 * never read): each 16-byte vector seen as 4 32-bit lanes gives, shifted
 * left then right by 16, its even weights sign-extended (B- or L-, O),
 * shifted right by 16 its odd ones (I- or U-): plain SSE2 or NEON shifts,
 * no shuffles. */
#if defined(__SSE2__)
/* With SSE2 the lanes come out of one multiply-add each (pmaddwd): eight
 * 16-bit weights times {s,0,s,0,..} give the even ones times s in 32-bit
 * lanes, times {0,s,0,s,..} the odd ones, and the third vector times
 * {s,0,0,..} O in lane 0, s = +1 or -1 by the slot's sign: the same exact
 * integers as the shifts below (a 16-bit weight times 1 or -1 always fits
 * in 32 bits), in fewer operations.  Lanes 1-3 of the O vector are 0 here
 * and the row's zero padding there: nothing reads them. */
static const int16_t vl_ner_row_sign[2][3][8] __attribute__((aligned(16))) = {
    {{1, 0, 1, 0, 1, 0, 1, 0}, {0, 1, 0, 1, 0, 1, 0, 1}, {1, 0, 0, 0, 0, 0, 0, 0}},
    {{-1, 0, -1, 0, -1, 0, -1, 0}, {0, -1, 0, -1, 0, -1, 0, -1}, {-1, 0, 0, 0, 0, 0, 0, 0}}};
#endif

static inline void vl_ner_rows_add(const vl_ner_weights *w, const uint32_t *sl, size_t ns, vl_ner_acc *a) {
    vl_v4si vb = a->v[0], vi = a->v[1], vl = a->v[2], vu = a->v[3], vo = a->v[4];
#if defined(__SSE2__)
    for (size_t k = 0; k < ns; k++) {
        const __m128i *row = (const __m128i *)(w->rows + (size_t)(sl[k] & 0x7fffffffu) * VL_NER_ROW);
        const __m128i *sg = (const __m128i *)vl_ner_row_sign[sl[k] >> 31];
        __m128i x = _mm_load_si128(row), y = _mm_load_si128(row + 1), z = _mm_load_si128(row + 2);
        __m128i se = _mm_load_si128(sg), so = _mm_load_si128(sg + 1);
        vb += (vl_v4si)_mm_madd_epi16(x, se);
        vi += (vl_v4si)_mm_madd_epi16(x, so);
        vl += (vl_v4si)_mm_madd_epi16(y, se);
        vu += (vl_v4si)_mm_madd_epi16(y, so);
        vo += (vl_v4si)_mm_madd_epi16(z, _mm_load_si128(sg + 2));
    }
#else
    for (size_t k = 0; k < ns; k++) {
        const int16_t *row = w->rows + (size_t)(sl[k] & 0x7fffffffu) * VL_NER_ROW;
        int32_t neg = -(int32_t)(sl[k] >> 31);
        vl_v4si x, y, z;
        memcpy(&x, row, sizeof x);
        memcpy(&y, row + 8, sizeof y);
        memcpy(&z, row + 16, sizeof z);
        vl_v4si xe = (vl_v4si)((vl_v4su)x << 16) >> 16, xo = x >> 16;
        vl_v4si ye = (vl_v4si)((vl_v4su)y << 16) >> 16, yo = y >> 16;
        vl_v4si ze = (vl_v4si)((vl_v4su)z << 16) >> 16;
        vb += (xe ^ neg) - neg;
        vi += (xo ^ neg) - neg;
        vl += (ye ^ neg) - neg;
        vu += (yo ^ neg) - neg;
        vo += (ze ^ neg) - neg;
    }
#endif
    a->v[0] = vb;
    a->v[1] = vi;
    a->v[2] = vl;
    a->v[3] = vu;
    a->v[4] = vo;
}

static inline void vl_ner_acc_add(vl_ner_acc *a, const vl_ner_acc *b) {
    for (int g = 0; g < VL_NER_ACC; g++) a->v[g] += b->v[g];
}

/* A sum packed in VL_NER_NLABELS int32 in label order (O, then the B-,
 * I-, L-, U- groups), for tables of many (wordcache.c). */
static inline void vl_ner_acc_pack(const vl_ner_acc *a, int32_t p[VL_NER_NLABELS]) {
    p[0] = a->v[4][0];
    memcpy(p + 1, a->v, 4 * sizeof a->v[0]);
}

static inline void vl_ner_acc_add_packed(vl_ner_acc *a, const int32_t p[VL_NER_NLABELS]) {
    vl_v4si x[4];
    memcpy(x, p + 1, sizeof x);
    a->v[0] += x[0];
    a->v[1] += x[1];
    a->v[2] += x[2];
    a->v[3] += x[3];
    a->v[4][0] += p[0];
}

/* The sum's label l. */
static inline int32_t vl_ner_acc_label(const vl_ner_acc *a, int l) {
    return l == VL_NER_O ? a->v[4][0] : a->v[(l - 1) / VL_NER_NTYPES][(l - 1) % VL_NER_NTYPES];
}

/* em[l] = sum times the scale (add: em[l] + that), in label order.  The
 * products are those of the scalar code, four at a time (int to float
 * conversion and multiplication are exact-rounded the same way in lanes). */
typedef float vl_v4sf __attribute__((vector_size(16)));
static inline void vl_ner_acc_em(const vl_ner_weights *w, const vl_ner_acc *a, float *em, int add) {
    vl_v4sf sc = {w->scale, w->scale, w->scale, w->scale};
    vl_v4sf r[4];
    for (int g = 0; g < 4; g++) r[g] = __builtin_convertvector(a->v[g], vl_v4sf) * sc;
    float o = (float)a->v[4][0] * w->scale;
    if (add) {
        vl_v4sf e[4];
        memcpy(e, em + 1, sizeof e);
        for (int g = 0; g < 4; g++) e[g] += r[g];
        memcpy(em + 1, e, sizeof e);
        em[0] += o;
    } else {
        memcpy(em + 1, r, sizeof r);
        em[0] = o;
    }
}

#endif
