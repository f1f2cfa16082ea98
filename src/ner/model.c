/*
 * model.c -- the entity model: its file format, mmap loading, Viterbi
 * decoding and vl_ner_tag.
 *
 * Why an averaged structured perceptron rather than a linear-chain CRF:
 * both are linear models over the same features decoded with the same
 * Viterbi, so tagging costs the same; with rich features they reach
 * about the same accuracy (Collins 2002; Ratinov & Roth 2009 reach
 * CoNLL-2003 F1 ~0.90 with a perceptron-style tagger plus clusters and
 * gazetteers).  Measured here: `veille train ner --trainer crf`
 * (train_crf.c) learns this same model as a CRF (L2, L-BFGS), and on the
 * three French tuning splits of models/README.md its PER+LOC+ORG F1 was
 * 88.14, 89.87, 88.76 (c2 3) against the perceptron's 88.71, 89.27, 89.05
 * (means over three shuffles): better on one split, worse on two, for
 * about 50 times the training time (400 s a split against 8 s), the
 * optimum still not reached in the 200 iterations that fit the budget.
 * So the perceptron stays the default: one Viterbi per sentence per
 * epoch, no forward-backward, no line search, and averaged weights as
 * robust as the regularised CRF's here.  We need no calibrated
 * probabilities, which is what a CRF adds.
 *
 * File format (little-endian; all integers unsigned):
 *
 *   0   magic "VLNERMOD"                8 bytes
 *   8   format version (1 to 3)         u32
 *   12  byte-order mark 0x01020304      u32
 *   16  feature version                 u32   (VL_NER_FEATURE_VERSION)
 *   20  language (vl_lang)              u32
 *   24  labels (9)                      u32
 *   28  hash bits B                     u32   (2^B weight rows)
 *   32  weight scale                    f32
 *   36  gazetteer bits G (0: none)      u8    (format 2; 0 in format 1)
 *   37  cluster table bits K (0: none)  u8    (format 2)
 *   38  cluster tables N                u8    (format 3: 2 or 3; 0 before: 1)
 *   39  reserved (0)                    u8
 *   40  file size                       u64
 *   48  checksum of bytes [64, size)    u64   (XXH3-64)
 *   56  checksum of bytes [0, 56)       u64   (XXH3-64)
 *   64  transitions (labels+1) x labels f32   (row 0: sentence start)
 *   448 weights 2^B x labels            i16   (times scale)
 *   ... gazetteer 2^G slots             u32   (gazetteer.c; format 2)
 *   ... word clusters N x 2^K slots     u32   (clusters.c; format 2)
 *
 * A model of one clustering is written in format 2, as before there could
 * be more, so that it stays byte for byte what it was; format 3 only
 * adds the count of clusterings (each a table of the same size, the
 * features of each in their own namespace, feature_hash.h).  A model of
 * one clustering has the features of feature version 3 as they always
 * were, so the feature version stays 3; a veille of format 2 refuses a
 * file of format 3 by its format version.
 *
 * Weights are quantised to 16 bits: with 2^18 rows the file is 4.5 MB,
 * mapped read-only.
 *
 * Tagging reads about 40 weight rows per token, at slots the feature
 * hashes scatter over the whole table: nearly every read misses the
 * caches, so the layout in memory is what sets the speed.  At load time
 * the rows are copied to a table of 32-byte rows (the 9 weights, then
 * zeros; 8 MB at 2^18 rows), 32-byte aligned, so that a row is one
 * half-line read instead of straddling two lines one time in four, and
 * on 2 MB pages where the system has them (madvise), so that the random
 * reads do not also miss the TLB on every row.  The sums are the same
 * integers in the same precision: the tags are identical.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <stdint.h>

#include "ner/ner_internal.h"
#include "ner/rows.h"

#define MAGIC "VLNERMOD"
#define FORMAT_VERSION 3u /* 3: several cluster tables; 2: the gazetteer table; 1 (none): still read */
#define HEADER 64u
#define TRANS_BYTES ((VL_NER_NLABELS + 1) * VL_NER_NLABELS * 4u)
#define WEIGHTS_AT 448u
#define MIN_BITS 8u
#define MAX_BITS 26u
#define MAX_GAZ_BITS 20u

struct vl_ner_model {
    void *map;
    size_t size;
    void *table; /* w.rows, an anonymous mapping of table_len bytes */
    size_t table_len;
    vl_lang lang;
    vl_ner_weights w;
    float allowed[(VL_NER_NLABELS + 1) * VL_NER_NLABELS];
    float bio[VL_NER_BIO_TABLE];
    vl_ner_gaz gaz;
    vl_ner_clusters clusters;
};

static const char *const type_names[VL_NER_NTYPES] = {"PER", "LOC", "ORG", "MISC"};

const char *vl_ner_type_name(vl_ner_type type) {
    return (unsigned)type < VL_NER_NTYPES ? type_names[type] : "?";
}

int vl_ner_transition_ok(int from, int to) {
    if (to == VL_NER_O || vl_ner_label_is_b(to)) return 1;
    return from > 0 && vl_ner_label_type(from) == vl_ner_label_type(to);
}

int vl_ner_type_from_name(const char *s, size_t len) {
    static const struct {
        const char *name;
        int type;
    } map[] = {{"per", VL_NER_PER},   {"pers", VL_NER_PER},       {"person", VL_NER_PER},
               {"loc", VL_NER_LOC},   {"location", VL_NER_LOC},   {"gpe", VL_NER_LOC},
               {"org", VL_NER_ORG},   {"organization", VL_NER_ORG}, {"organisation", VL_NER_ORG},
               {"misc", VL_NER_MISC}, {"prod", VL_NER_MISC},      {"humanprod", VL_NER_MISC},
               {"product", VL_NER_MISC}, {"event", VL_NER_MISC}};
    char low[16];
    /* "pers.ind", "loc.adm.town": the coarse type is before the first dot. */
    size_t n = 0;
    while (n < len && s[n] != '.' && n < sizeof low - 1) {
        char c = s[n];
        low[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (n < len && s[n] != '.') return -1;
    low[n] = 0;
    for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
        if (strcmp(map[k].name, low) == 0) return map[k].type;
    return -1;
}

static uint32_t rd32(const unsigned char *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}
static uint64_t rd64(const unsigned char *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static size_t expected_size(unsigned bits, unsigned gaz_bits, unsigned cl_bits, unsigned cl_tables) {
    return WEIGHTS_AT + ((size_t)1 << bits) * VL_NER_NLABELS * sizeof(int16_t) +
           (gaz_bits ? ((size_t)1 << gaz_bits) * sizeof(uint32_t) : 0) +
           (cl_bits ? cl_tables * ((size_t)1 << cl_bits) * sizeof(uint32_t) : 0);
}

/* Checks a mapped file; VL_OK or VL_EFORMAT with the reason. */
static int check_header(const unsigned char *p, size_t size, const char *path, vl_error *err) {
    if (size < HEADER || memcmp(p, MAGIC, 8) != 0)
        return vl_error_set(err, VL_EFORMAT, path, 0, "not a veille entity model (bad magic number)");
    if (XXH3_64bits(p, 56) != rd64(p + 56))
        return vl_error_set(err, VL_EFORMAT, path, 0, "corrupt entity model: header checksum mismatch");
    if (rd32(p + 8) < 1 || rd32(p + 8) > FORMAT_VERSION)
        return vl_error_set(err, VL_EFORMAT, path, 0, "entity model format version %u, this veille reads %u",
                            rd32(p + 8), FORMAT_VERSION);
    if (rd32(p + 12) != 0x01020304u)
        return vl_error_set(err, VL_EFORMAT, path, 0, "entity model written on a machine of the other byte order");
    if (rd32(p + 16) > VL_NER_FEATURE_VERSION || rd32(p + 16) < VL_NER_FEATURE_VERSION_MIN)
        return vl_error_set(err, VL_EFORMAT, path, 0,
                            "entity model trained with feature version %u, this veille extracts version %u: retrain it",
                            rd32(p + 16), VL_NER_FEATURE_VERSION);
    uint32_t lang = rd32(p + 20), labels = rd32(p + 24), bits = rd32(p + 28), gbits = p[36], cbits = p[37];
    uint32_t format = rd32(p + 8), ntab = format >= 3 ? p[38] : 1;
    /* format 3 exists for 2 or 3 tables; 1 is written in format 2 */
    int tables_ok = format >= 3 ? cbits && ntab >= 2 && ntab <= VL_NER_MAX_CLUSTERINGS : !p[38];
    if (lang >= VL_LANG_COUNT || labels != VL_NER_NLABELS || bits < MIN_BITS || bits > MAX_BITS ||
        gbits > MAX_GAZ_BITS || cbits > MAX_GAZ_BITS || !tables_ok || p[39] || ((gbits || cbits) && format < 2))
        return vl_error_set(err, VL_EFORMAT, path, 0, "corrupt entity model: bad header fields");
    uint64_t want = expected_size(bits, gbits, cbits, ntab);
    if (rd64(p + 40) != want || size != want)
        return vl_error_set(err, VL_EFORMAT, path, 0, "truncated or corrupt entity model: %zu bytes, %llu expected",
                            size, (unsigned long long)want);
    if (XXH3_64bits(p + HEADER, size - HEADER) != rd64(p + 48))
        return vl_error_set(err, VL_EFORMAT, path, 0, "corrupt entity model: checksum mismatch");
    float scale;
    memcpy(&scale, p + 32, 4);
    if (!isfinite(scale) || scale <= 0)
        return vl_error_set(err, VL_EFORMAT, path, 0, "corrupt entity model: bad weight scale");
    return VL_OK;
}

#define HUGE_PAGE ((size_t)2 << 20)

/* The weights in rows of VL_NER_ROW int16 (see the top of the file), in
 * an anonymous mapping aligned to 2 MB (huge pages) when it is that
 * large, else to a page. */
static int build_table(vl_ner_model *m) {
    size_t nrows = (size_t)1 << m->w.bits, bytes = nrows * VL_NER_ROW * sizeof(int16_t);
    size_t align = bytes >= HUGE_PAGE ? HUGE_PAGE : (size_t)sysconf(_SC_PAGESIZE);
    size_t len = (bytes + align - 1) / align * align;
    unsigned char *raw = mmap(NULL, len + align, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return VL_ENOMEM;
    unsigned char *t = (unsigned char *)(((uintptr_t)raw + align - 1) / align * align);
    if (t > raw) munmap(raw, (size_t)(t - raw));
    if (raw + len + align > t + len) munmap(t + len, (size_t)(raw + len + align - (t + len)));
#ifdef MADV_HUGEPAGE
    if (align == HUGE_PAGE) madvise(t, len, MADV_HUGEPAGE); /* a hint: without it, 4 KB pages */
#endif
    int16_t *rows = (int16_t *)(void *)t;
    const int16_t *w = m->w.w;
    for (size_t r = 0; r < nrows; r++) {
        int16_t *row = rows + r * VL_NER_ROW;
        memcpy(row, w + r * VL_NER_NLABELS, VL_NER_NLABELS * sizeof *row);
        memset(row + VL_NER_NLABELS, 0, (VL_NER_ROW - VL_NER_NLABELS) * sizeof *row);
    }
    mprotect(t, len, PROT_READ);
    m->table = t;
    m->table_len = len;
    m->w.rows = rows;
    return VL_OK;
}

int vl_ner_model_open(const char *path, vl_ner_model **out, vl_error *err) {
    *out = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return vl_error_set(err, VL_EIO, path, 0, "cannot open entity model: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return vl_error_set(err, VL_EIO, path, 0, "entity model is not a regular file");
    }
    size_t size = (size_t)st.st_size;
    if (size < HEADER) {
        close(fd);
        return vl_error_set(err, VL_EFORMAT, path, 0, "truncated entity model: %zu bytes", size);
    }
    void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) return vl_error_set(err, VL_EIO, path, 0, "cannot map entity model: %s", strerror(errno));
    int rc = check_header(map, size, path, err);
    if (rc) {
        munmap(map, size);
        return rc;
    }
    vl_ner_model *m = calloc(1, sizeof *m);
    if (!m) {
        munmap(map, size);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    const unsigned char *p = map;
    m->map = map;
    m->size = size;
    m->lang = (vl_lang)rd32(p + 20);
    m->w.bits = rd32(p + 28);
    m->w.mask = ((uint64_t)1 << m->w.bits) - 1;
    memcpy(&m->w.scale, p + 32, 4);
    m->w.trans = (const float *)(const void *)(p + HEADER);
    m->w.w = (const int16_t *)(const void *)(p + WEIGHTS_AT);
    vl_ner_fold_trans(m->w.trans, m->allowed);
    m->w.allowed = m->allowed;
    m->w.bio = vl_ner_bio_table(m->allowed, m->bio) && m->w.scale <= 1e9f ? m->bio : NULL;
    if (build_table(m)) {
        munmap(map, size);
        free(m);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory for the entity model's weights");
    }
    m->gaz.bits = p[36];
    if (m->gaz.bits) m->gaz.slots = (const uint32_t *)(const void *)(p + expected_size(m->w.bits, 0, 0, 0));
    m->clusters.bits = p[37];
    m->clusters.n = rd32(p + 8) >= 3 ? p[38] : 1;
    if (m->clusters.bits)
        m->clusters.slots = (const uint32_t *)(const void *)(p + expected_size(m->w.bits, m->gaz.bits, 0, 0));
    *out = m;
    return VL_OK;
}

void vl_ner_model_close(vl_ner_model *m) {
    if (!m) return;
    if (m->table) munmap(m->table, m->table_len);
    munmap(m->map, m->size);
    free(m);
}

vl_lang vl_ner_model_lang(const vl_ner_model *m) { return m->lang; }
size_t vl_ner_model_size(const vl_ner_model *m) { return m->size; }
/* The header's checksum: it covers the header, whose bytes 48-55 are the
 * checksum of everything after it, so it changes with any byte of the file. */
uint64_t vl_ner_model_id(const vl_ner_model *m) { return rd64((const unsigned char *)m->map + 56); }

int vl_ner_model_file_id(const char *path, uint64_t *id) {
    unsigned char h[HEADER];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return VL_EIO;
    ssize_t n = read(fd, h, sizeof h);
    close(fd);
    if (n != (ssize_t)sizeof h || memcmp(h, MAGIC, 8) != 0 || XXH3_64bits(h, 56) != rd64(h + 56)) return VL_EFORMAT;
    *id = rd64(h + 56);
    return VL_OK;
}
unsigned vl_ner_model_hash_bits(const vl_ner_model *m) { return m->w.bits; }
uint64_t vl_ner_model_checksum(const vl_ner_model *m) { return rd64((const unsigned char *)m->map + 48); }
const vl_ner_weights *vl_ner_model_weights(const vl_ner_model *m) { return &m->w; }
const vl_ner_gaz *vl_ner_model_gaz(const vl_ner_model *m) { return &m->gaz; }
const vl_ner_clusters *vl_ner_model_clusters(const vl_ner_model *m) { return &m->clusters; }

static void put32(unsigned char *p, uint32_t v) { memcpy(p, &v, 4); }
static void put64(unsigned char *p, uint64_t v) { memcpy(p, &v, 8); }

int vl_ner_model_write(const char *path, vl_lang lang, unsigned bits, const float *w, const float *trans,
                       const vl_ner_gaz *gaz, const vl_ner_clusters *clusters, vl_error *err) {
    if (bits < MIN_BITS || bits > MAX_BITS)
        return vl_error_set(err, VL_EARG, NULL, 0, "hash bits must be %u to %u", MIN_BITS, MAX_BITS);
    unsigned gbits = gaz && gaz->slots ? gaz->bits : 0;
    unsigned cbits = clusters && clusters->slots ? clusters->bits : 0;
    unsigned ntab = cbits ? (clusters->n ? clusters->n : 1) : 0;
    if (gbits > MAX_GAZ_BITS || cbits > MAX_GAZ_BITS || ntab > VL_NER_MAX_CLUSTERINGS)
        return vl_error_set(err, VL_EARG, NULL, 0, "gazetteer or cluster table too large");
    size_t size = expected_size(bits, gbits, cbits, ntab), nw = ((size_t)1 << bits) * VL_NER_NLABELS;
    unsigned char *buf = calloc(1, size);
    if (!buf) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    float maxabs = 0;
    for (size_t k = 0; k < nw; k++)
        if (fabsf(w[k]) > maxabs) maxabs = fabsf(w[k]);
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    int16_t *q = (int16_t *)(void *)(buf + WEIGHTS_AT);
    for (size_t k = 0; k < nw; k++) q[k] = (int16_t)lrintf(w[k] / scale);
    memcpy(buf + HEADER, trans, TRANS_BYTES);
    if (gbits) memcpy(buf + expected_size(bits, 0, 0, 0), gaz->slots, ((size_t)1 << gbits) * sizeof(uint32_t));
    if (cbits)
        memcpy(buf + expected_size(bits, gbits, 0, 0), clusters->slots,
               ntab * ((size_t)1 << cbits) * sizeof(uint32_t));
    buf[36] = (unsigned char)gbits;
    buf[37] = (unsigned char)cbits;
    buf[38] = (unsigned char)(ntab > 1 ? ntab : 0);
    memcpy(buf, MAGIC, 8);
    put32(buf + 8, ntab > 1 ? FORMAT_VERSION : 2u); /* one clustering: format 2, as before */
    put32(buf + 12, 0x01020304u);
    put32(buf + 16, VL_NER_FEATURE_VERSION);
    put32(buf + 20, (uint32_t)lang);
    put32(buf + 24, VL_NER_NLABELS);
    put32(buf + 28, bits);
    memcpy(buf + 32, &scale, 4);
    put64(buf + 40, size);
    put64(buf + 48, XXH3_64bits(buf + HEADER, size - HEADER));
    put64(buf + 56, XXH3_64bits(buf, 56));
    /* Written aside, then renamed: a reader never sees half a model. */
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    int rc = VL_OK;
    if (!f) {
        rc = vl_error_set(err, VL_EIO, tmp, 0, "cannot create: %s", strerror(errno));
    } else {
        size_t wr = fwrite(buf, 1, size, f);
        if (fclose(f) != 0 || wr != size) rc = vl_error_set(err, VL_EIO, tmp, 0, "cannot write: %s", strerror(errno));
        else if (rename(tmp, path) != 0) rc = vl_error_set(err, VL_EIO, path, 0, "cannot rename: %s", strerror(errno));
        if (rc) remove(tmp);
    }
    free(buf);
    return rc;
}

void vl_ner_fold_trans(const float *trans, float *out) {
    enum { L = VL_NER_NLABELS };
    for (int from = -1; from < L; from++)
        for (int to = 0; to < L; to++)
            out[(from + 1) * L + to] = vl_ner_transition_ok(from, to) ? trans[(from + 1) * L + to] : -1e30f;
}

void vl_ner_viterbi(const float *em, size_t n, const float *trans, int *labels, uint8_t *back) {
    float t[(VL_NER_NLABELS + 1) * VL_NER_NLABELS];
    vl_ner_fold_trans(trans, t);
    vl_ner_viterbi_folded(em, n, t, labels, back);
}

/* Viterbi with the labels in lanes: for each previous label, the scores
 * of moving to labels 0-3 and 4-7 at once (two 4-lane vectors) and to
 * label 8, kept where strictly better, so that the first best previous
 * label wins ties as in a scalar loop over them in order.  No branch
 * depends on the scores.  The additions are the scalar ones, one by one:
 * the same floats, the same path. */
typedef float v4sf __attribute__((vector_size(16)));
typedef int32_t v4si __attribute__((vector_size(16)));

void vl_ner_viterbi_folded(const float *em, size_t n, const float *t, int *labels, uint8_t *back) {
    enum { L = VL_NER_NLABELS };
    _Static_assert(L == 9, "the lanes below are labels 0-3, 4-7, then label 8");
    float cur[L];
    if (!n) return;
    for (int l = 0; l < L; l++) cur[l] = t[l] + em[l];
    for (size_t i = 1; i < n; i++) {
        v4sf lo, hi, tl, th;
        v4si alo = {0}, ahi = {0};
        memcpy(&tl, t + L, sizeof tl);
        memcpy(&th, t + L + 4, sizeof th);
        lo = (v4sf){cur[0], cur[0], cur[0], cur[0]} + tl;
        hi = (v4sf){cur[0], cur[0], cur[0], cur[0]} + th;
        float b8 = cur[0] + t[L + 8];
        int a8 = 0;
        for (int from = 1; from < L; from++) {
            const float *row = t + (from + 1) * L;
            float c = cur[from];
            v4sf cv = {c, c, c, c};
            v4si f = {from, from, from, from};
            memcpy(&tl, row, sizeof tl);
            memcpy(&th, row + 4, sizeof th);
            v4sf sl = cv + tl, sh = cv + th;
            v4si gl = sl > lo, gh = sh > hi;
            lo = (v4sf)(((v4si)sl & gl) | ((v4si)lo & ~gl));
            hi = (v4sf)(((v4si)sh & gh) | ((v4si)hi & ~gh));
            alo = (f & gl) | (alo & ~gl);
            ahi = (f & gh) | (ahi & ~gh);
            float s8 = c + row[8];
            int g8 = s8 > b8;
            b8 = g8 ? s8 : b8;
            a8 = g8 ? from : a8;
        }
        float best[8];
        int32_t arg[8];
        memcpy(best, &lo, sizeof lo);
        memcpy(best + 4, &hi, sizeof hi);
        memcpy(arg, &alo, sizeof alo);
        memcpy(arg + 4, &ahi, sizeof ahi);
        const float *e = em + i * L;
        uint8_t *bk = back + i * L;
        for (int to = 0; to < 8; to++) {
            cur[to] = best[to] + e[to];
            bk[to] = (uint8_t)arg[to];
        }
        cur[8] = b8 + e[8];
        bk[8] = (uint8_t)a8;
    }
    int best = 0;
    for (int l = 1; l < L; l++)
        if (cur[l] > cur[best]) best = l;
    for (size_t i = n; i-- > 0;) {
        labels[i] = best;
        if (i) best = back[i * L + best];
    }
}

/* Viterbi specialised to the BIO structure, for transitions checked by
 * vl_ner_bio_table (see vl_ner_weights.bio).  O and the B- labels may follow any
 * label: their best predecessor is searched over all nine, in order, first
 * best winning ties, with the same additions as vl_ner_viterbi_folded (O
 * scalar, the four B- in one 4-lane vector).  I-X may only follow B-X or
 * I-X: the other seven candidates score cur + -1e30, about -1e30, which
 * never beats B-X's finite score (B-X always has a finite path, through
 * O), so only the two allowed ones are compared, B-X first.  Same floats,
 * same path, a fifth of the work. */
enum { BIO_O = 0, BIO_B = 9, BIO_BI = 45, BIO_II = 49, BIO_SPREAD = 53, BIO_SLACK = 54, BIO_LEN = 55 };
_Static_assert(BIO_LEN == VL_NER_BIO_TABLE, "the model keeps VL_NER_BIO_TABLE floats");

int vl_ner_bio_table(const float *t, float *bio) {
    enum { L = VL_NER_NLABELS };
    /* Finite allowed moves, small enough that a forbidden one (-1e30)
     * stays far below any path that avoids it (see vl_ner_viterbi_bio). */
    for (int from = -1; from < L; from++)
        for (int to = 0; to < L; to++)
            if (vl_ner_transition_ok(from, to) && !(fabsf(t[(from + 1) * L + to]) <= 1e20f)) return 0;
    for (int from = 0; from < L; from++) {
        bio[BIO_O + from] = t[(from + 1) * L + VL_NER_O];
        for (int k = 0; k < 4; k++) bio[BIO_B + from * 4 + k] = t[(from + 1) * L + vl_ner_label_b(k)];
    }
    for (int k = 0; k < 4; k++) {
        bio[BIO_BI + k] = t[(vl_ner_label_b(k) + 1) * L + vl_ner_label_i(k)];
        bio[BIO_II + k] = t[(vl_ner_label_i(k) + 1) * L + vl_ner_label_i(k)];
    }
    /* For the pruning of predecessors (vl_ner_viterbi_bio): the widest
     * spread of the moves into O or one B- label over the nine
     * predecessors, and the largest move in magnitude, both rounded up. */
    double spread = 0, big = 0;
    for (int j = 0; j < 5; j++) {
        double lo = 1e30, hi = -1e30;
        for (int from = 0; from < L; from++) {
            double v = j == 0 ? bio[BIO_O + from] : bio[BIO_B + from * 4 + (j - 1)];
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
            big = fabs(v) > big ? fabs(v) : big;
        }
        spread = hi - lo > spread ? hi - lo : spread;
    }
    bio[BIO_SPREAD] = (float)(spread * (1 + 1e-6) + 1e-6);
    bio[BIO_SLACK] = (float)((spread + big) * (1 + 1e-6) + 1e-6);
    return 1;
}

/* Which predecessors may still be the best one of O or of a B- label:
 * bit `from` set unless cur[from] is so far below the best score that
 * the best label's own move beats it whatever the moves (its gap exceeds
 * the spread of the moves, with a margin ~2^14 times the rounding of two
 * float additions).  Exact: a pruned predecessor's sum is strictly below
 * the best label's, so the first predecessor reaching the maximum is
 * never pruned.  A NaN score anywhere, or +inf, keeps every predecessor
 * (a NaN first in line would hold the maximum as the full loop does not). */
static inline unsigned bio_alive(v4sf cb, v4sf ci, float c0, const float *bio, float *mo) {
    /* m: one of the scores, the largest but for NaNs (any score would do:
     * its label stays, the ones pruned score below its move) */
    v4si g = ci > cb;
    v4sf mx = (v4sf)(((v4si)ci & g) | ((v4si)cb & ~g));
    float m01 = mx[1] > mx[0] ? mx[1] : mx[0], m23 = mx[3] > mx[2] ? mx[3] : mx[2];
    float m = m23 > m01 ? m23 : m01;
    m = c0 > m ? c0 : m;
    *mo = m;
    float thr = m - (bio[BIO_SPREAD] + ((m < 0 ? -m : m) + bio[BIO_SLACK]) * 0x1p-10f + 0x1p-10f);
    v4sf t4 = {thr, thr, thr, thr};
#if defined(__SSE2__)
    /* lane k of the B- (I-) scores is label 1 + 2k (2 + 2k): the 4-bit
     * masks spread to those bits */
    static const uint16_t bbits[16] = {0,   2,   8,   10,  32,  34,  40,  42,
                                       128, 130, 136, 138, 160, 162, 168, 170};
    if (_mm_movemask_ps(_mm_cmpunord_ps(cb, ci)) || c0 != c0) return 0x1ff;
    unsigned mb = (unsigned)_mm_movemask_ps(_mm_cmpnlt_ps(cb, t4));
    unsigned mi = (unsigned)_mm_movemask_ps(_mm_cmpnlt_ps(ci, t4));
    return bbits[mb] | (unsigned)bbits[mi] << 1 | (unsigned)!(c0 < thr);
#else
    if (c0 != c0)
        return 0x1ff;
    for (int k = 0; k < 4; k++)
        if (cb[k] != cb[k] || ci[k] != ci[k]) return 0x1ff;
    v4si bits = (~(cb < t4) & (v4si){2, 8, 32, 128}) | (~(ci < t4) & (v4si){4, 16, 64, 256});
    return (unsigned)(bits[0] | bits[1] | bits[2] | bits[3]) | (unsigned)!(c0 < thr);
#endif
}

/* A step's back pointers (the predecessors' slots), in the order O, the
 * four B-, the four I-. */
static inline void store_back(uint8_t *bk, int ao, v4si ab, v4si ai) {
    bk[0] = (uint8_t)ao;
#if defined(__SSE2__)
    __m128i p = _mm_packus_epi16(_mm_packs_epi32((__m128i)ab, (__m128i)ai), _mm_setzero_si128());
    memcpy(bk + 1, &p, 8);
#else
    for (int k = 0; k < 4; k++) {
        bk[1 + k] = (uint8_t)ab[k];
        bk[5 + k] = (uint8_t)ai[k];
    }
#endif
}

unsigned vl_ner_bio_alive(const float *cur, const float *bio) {
    float m;
    return bio_alive((v4sf){cur[1], cur[3], cur[5], cur[7]}, (v4sf){cur[2], cur[4], cur[6], cur[8]}, cur[0], bio, &m);
}

/* Lanes a[i0], a[i1], ... of the eight of two vectors a and b (b's from 4). */
#if defined(__clang__)
#define V4_SHUFFLE(a, b, i0, i1, i2, i3) __builtin_shufflevector(a, b, i0, i1, i2, i3)
#else
#define V4_SHUFFLE(a, b, i0, i1, i2, i3) __builtin_shuffle(a, b, (v4si){i0, i1, i2, i3})
#endif

/* The scores are kept in three registers: O, the four B- (labels 1, 3,
 * 5, 7) and the four I- (2, 4, 6, 8).  A step's back pointers are stored
 * in that order too (O, B-, I-: a label's slot), and hold the slot of the
 * predecessor, so that the way back is one load per token. */
void vl_ner_viterbi_bio(const float *em, size_t n, const float *t, const float *bio, int *labels, uint8_t *back) {
    enum { L = VL_NER_NLABELS };
    _Static_assert(L == 9 && VL_NER_NTYPES == 4, "O, then B- and I- of four types");
    static const uint8_t slot[L] = {0, 1, 5, 2, 6, 3, 7, 4, 8}; /* label -> place in a step's 9 bytes */
    static const uint8_t pos[L] = {8, 0, 4, 1, 5, 2, 6, 3, 7};  /* label -> index in cs[] */
    static const uint8_t label_of[L] = {0, 1, 3, 5, 7, 2, 4, 6, 8}; /* slot -> label */
    if (!n) return;
    float c0 = t[0] + em[0];
    v4sf cb = {t[1] + em[1], t[3] + em[3], t[5] + em[5], t[7] + em[7]};
    v4sf ci = {t[2] + em[2], t[4] + em[4], t[6] + em[6], t[8] + em[8]};
    v4sf tbi, tii;
    memcpy(&tbi, bio + BIO_BI, sizeof tbi);
    memcpy(&tii, bio + BIO_II, sizeof tii);
    const v4si bl = {1, 2, 3, 4}, il = {5, 6, 7, 8}; /* the B- and I- slots */
    float cs[L]; /* cb, ci, c0: a score by label through pos[] */
    for (size_t i = 1; i < n; i++) {
        /* only the predecessors that may win (vl_ner_bio_alive), in
         * order: most steps have one */
        float m, c;
        unsigned alive = bio_alive(cb, ci, c0, bio, &m);
        int f0 = __builtin_ctz(alive);
        alive &= alive - 1;
        if (!alive) {
            c = m; /* the one left is the best label (m its score) */
        } else {
            memcpy(cs, &cb, sizeof cb);
            memcpy(cs + 4, &ci, sizeof ci);
            cs[8] = c0;
            c = cs[pos[f0]];
        }
        float bo = c + bio[BIO_O + f0];
        int ao = f0;
        v4sf bb, tb;
        memcpy(&tb, bio + BIO_B + f0 * 4, sizeof tb);
        bb = (v4sf){c, c, c, c} + tb;
        v4si ab = {slot[f0], slot[f0], slot[f0], slot[f0]};
        for (; alive; alive &= alive - 1) {
            int from = __builtin_ctz(alive);
            c = cs[pos[from]];
            float so = c + bio[BIO_O + from];
            int go = so > bo;
            bo = go ? so : bo;
            ao = go ? from : ao;
            memcpy(&tb, bio + BIO_B + from * 4, sizeof tb);
            v4sf sb = (v4sf){c, c, c, c} + tb;
            v4si g = sb > bb;
            bb = (v4sf)(((v4si)sb & g) | ((v4si)bb & ~g));
            int sf = slot[from];
            ab = ((v4si){sf, sf, sf, sf} & g) | (ab & ~g);
        }
        v4sf sbi = cb + tbi, sii = ci + tii;
        v4si g = sii > sbi;
        v4sf bi = (v4sf)(((v4si)sii & g) | ((v4si)sbi & ~g));
        v4si ai = (il & g) | (bl & ~g);
        const float *e = em + i * L;
        v4sf e1, e5;
        memcpy(&e1, e + 1, sizeof e1);
        memcpy(&e5, e + 5, sizeof e5);
        c0 = bo + e[0];
        cb = bb + V4_SHUFFLE(e1, e5, 0, 2, 4, 6);
        ci = bi + V4_SHUFFLE(e1, e5, 1, 3, 5, 7);
        store_back(back + i * L, slot[ao], ab, ai);
    }
    memcpy(cs, &cb, sizeof cb);
    memcpy(cs + 4, &ci, sizeof ci);
    cs[8] = c0;
    int best = 0;
    for (int l = 1; l < L; l++)
        if (cs[pos[l]] > cs[pos[best]]) best = l;
    int sl = slot[best];
    for (size_t i = n; i-- > 0;) {
        labels[i] = label_of[sl];
        if (i) sl = back[i * L + sl];
    }
}

void vl_ner_viterbi_model(const vl_ner_weights *w, const float *em, size_t n, int *labels, uint8_t *back) {
    if (w->bio) vl_ner_viterbi_bio(em, n, w->allowed, w->bio, labels, back);
    else vl_ner_viterbi_folded(em, n, w->allowed, labels, back);
}

void vl_ner_add_features(const vl_ner_weights *w, const uint64_t *f, size_t nf, float *em) {
    uint32_t sl[VL_NER_MAX_FEATS];
    if (nf > VL_NER_MAX_FEATS) nf = VL_NER_MAX_FEATS;
    vl_ner_acc a = {{{0}, {0}, {0}}};
    vl_ner_rows_add(w, sl, vl_ner_slots(w, f, nf, sl), &a);
    vl_ner_acc_em(w, &a, em, 1);
}

void vl_ner_decode(const vl_ner_model *m, const char *text, const vl_ner_tok *toks, size_t n, vl_ner_scratch *s,
                   int *labels) {
    enum { R = VL_NER_AHEAD + 1 };
    vl_ner_sent_prepare(&s->sf, text, toks, n);
    vl_ner_gaz_mark(&m->gaz, &s->sf);
    if (m->clusters.bits) vl_ner_clusters_mark(&m->clusters, &s->sf);
    /* Token i + VL_NER_AHEAD is hashed and its rows prefetched while token
     * i's are added up (see vl_ner_scratch). */
    for (size_t i = 0; i < n && i < VL_NER_AHEAD; i++)
        s->nslots[i] = vl_ner_slots(&m->w, s->feats, vl_ner_token_features(&s->sf, toks, i, s->feats), s->slots[i]);
    for (size_t i = 0; i < n; i++) {
        size_t j = i + VL_NER_AHEAD;
        if (j < n)
            s->nslots[j % R] =
                vl_ner_slots(&m->w, s->feats, vl_ner_token_features(&s->sf, toks, j, s->feats), s->slots[j % R]);
        vl_ner_acc a = {{{0}, {0}, {0}}};
        vl_ner_rows_add(&m->w, s->slots[i % R], s->nslots[i % R], &a);
        vl_ner_acc_em(&m->w, &a, s->em + i * VL_NER_NLABELS, 0);
    }
    vl_ner_viterbi_model(&m->w, s->em, n, labels, s->back);
}

/* vl_ner_tag hands each sentence of the document pass to the caller's
 * span function. */
typedef struct tag_ctx {
    const char *text;
    vl_lang lang;
    vl_ner_span_fn fn;
    void *ctx;
} tag_ctx;

static int tag_sentence(void *ctx, const vl_ner_tok *toks, size_t n, const int *labels,
                        const vl_ner_sent_cues *cues) {
    tag_ctx *t = ctx;
    return vl_ner_emit_spans_with(t->text, toks, labels, n, t->lang, cues, t->fn, t->ctx);
}

int vl_ner_tag(const vl_ner_model *m, const char *text, size_t len, vl_lang lang, vl_ner_span_fn fn, void *ctx,
               vl_error *err) {
    tag_ctx t = {text, lang, fn, ctx};
    return vl_ner_tag_doc(m, text, len, lang, tag_sentence, &t, err);
}

int vl_ner_tag_with(vl_ner_tagger *tg, const vl_ner_model *m, const char *text, size_t len, vl_lang lang,
                    vl_ner_span_fn fn, void *ctx, vl_error *err) {
    tag_ctx t = {text, lang, fn, ctx};
    return vl_ner_tag_doc_with(tg, m, text, len, lang, tag_sentence, &t, err);
}

int vl_ner_tag_from(vl_ner_tagger *tg, const vl_ner_model *m, const char *text, size_t len, vl_ner_next_fn next,
                    void *src, vl_ner_span_fn fn, void *ctx, vl_error *err) {
    tag_ctx t = {text, vl_ner_model_lang(m), fn, ctx};
    return vl_ner_tag_doc_from(tg, m, text, len, next, src, tag_sentence, &t, err);
}
