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
#include <utf8proc.h>
#include <xxhash.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <stdint.h>

#include "ner/ner_internal.h"
#include "ner/rows.h"
#include "ner/utf8.h"

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

/* Whether the token is one of the words in list (exact bytes).  The span
 * rules ask this of most tokens against lists of tens of words: the first
 * byte rejects nearly all of them before any strlen. */
static int tok_in(const char *text, const vl_ner_tok *t, const char *const *list) {
    size_t n = t->end - t->start;
    char c = text[t->start];
    for (; *list; list++)
        if ((*list)[0] == c && strlen(*list) == n && memcmp(*list, text + t->start, n) == 0) return 1;
    return 0;
}

/* Words that never end a name, in lower case, and the commas and colons
 * of a list: a name that the labels end on one of them ("Haute Autorité
 * pour") is cut before it.  Not "!" or ")": "Yahoo!", "En marche !" and
 * "Proleter ( Z )" end on theirs. */
static const char *const span_closers[] = {"de",  "du",   "des", "d'",  "d\u2019", "l'", "l\u2019", "la",  "le", "les",
                                           "et",  "à",    "au",  "aux", "pour",    "par", "sur",     "en",  "of", "the",
                                           "and", "for",  "in",  "at",  "on",      "to",  "a",       "an",  ",",  ";",
                                           ":",   NULL};
/* Titles that do not belong to the person's name ("Mme Bareigts", "Mayor
 * Rossi").  Not "M.": in English it is an initial (M. Waugh).  The
 * English ones are those CoNLL-2003's training part leaves out of PER
 * before a name (Minister 107 times, President 105, General 15, never
 * inside); not "Prince", which it puts inside as often as not, nor
 * "Lady" or "Sir", which open stage names. */
static const char *const span_titles[] = {
    "Mme",       "Mme.",      "Mmes",       "Mlle",         "Dr",         "Dr.",        "Pr",
    "Pr.",       "Me",        "Mgr",        "Mr",           "Mr.",        "Mrs",        "Mrs.",
    "Ms",        "Ms.",       "Minister",   "President",    "Vice",       "General",    "Gen.",
    "Secretary", "Ambassador", "Commissioner", "Speaker",   "Chairman",   "Chairwoman", "Judge",
    "Chancellor", "Premier",  "Colonel",    "Col.",         "Governor",   "Gov.",       "Senator",
    "Sen.",      "Rep.",      "Professor",  "Prof.",        "Mayor",      "Captain",    "Capt.",
    "Coach",     "Sheikh",    "Archbishop", "Bishop",       "Cardinal",   "Pope",       "Rabbi",
    "Imam",      "Doctor",    "King",       "Queen",        "Princess",   NULL};
/* Lower-case words that stand inside people's names ("Charles de Gaulle",
 * "Ludwig van Beethoven", "Mohammed bin Salman", "Lula da Silva"); any
 * other lower-case word ends a person's name ("Dana Ruiz of Acme", "Ana
 * Lima a dit"), as a number does ("Cerúndolo 6-4"): CoNLL-2003's PER
 * spans hold no other lower-case word but "of" and "the" once each.
 * An epithet stays too: "the" before a capitalised word of the span
 * ("Alexander the Great", "André the Giant"). */
static const char *const name_particles[] = {"de",  "du",  "des", "d'",  "d\u2019", "la",  "le",   "van", "von",
                                             "der", "den", "ter", "ten", "zu",      "bin", "ben",  "ibn", "bint",
                                             "abu", "al",  "el",  "da",  "das",     "do",  "dos",  "di",  "del",
                                             "della", "dal", "degli", "y", "e",     "af",  "wa",   NULL};
static const char *const epithet_articles[] = {"the", NULL};

/* Words that end an organisation's name and no person's: a name tagged
 * PER that ends on one ("Alder Biosciences", "Quarry Holdings") is an
 * ORG.  In conll2003-en's train.conllu, the names of two words or more
 * ending on one of them are ORG 324 times, LOC 52 ("... Exchange", "...
 * Union"), MISC 6 and PER never; "Hospital" (LOC 10 there, PER 1),
 * "Post" (PER 1) and places' words (Stadium) are left out. */
static const char *const org_last_words[] = {
    "Biosciences",  "Pharmaceuticals", "Pharma",     "Therapeutics", "Technologies", "Technology", "Systems",
    "Holdings",     "Group",           "Bank",       "Bancorp",      "Bancshares",   "University", "College",
    "School",       "Institute",       "Foundation", "Council",      "Commission",   "Agency",     "Airlines",
    "Airways",      "Motors",          "Energy",     "Capital",      "Partners",     "Ventures",   "Labs",
    "Laboratories", "Industries",      "Enterprises", "Corporation", "Company",      "Association", "Federation",
    "Union",        "Party",           "Ministry",   "Department",   "Authority",    "Board",      "Committee",
    "Exchange",     "Fund",            "Trust",      "Insurance",    "Securities",   "Investments", "Resources",
    "Petroleum",    "Mining",          "Minerals",   "Telecom",      "Communications", "Media",    "Network",
    "Club",         NULL};

/* Whether token t is a word whose first letter is a capital ("Great",
 * "Élise"). */
static int tok_capitalised(const char *text, const vl_ner_tok *t) {
    if (!(t->flags & VL_NTOK_WORD)) return 0;
    size_t adv;
    int32_t cp = vl_ner_utf8_decode(text, t->end, t->start, &adv);
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Whether token t may start with a capital: an ASCII capital or a
 * multibyte letter (É).  A cheap test before the lists of capitalised
 * heads. */
static int tok_may_be_capital(const char *text, const vl_ner_tok *t) {
    unsigned char c = (unsigned char)text[t->start];
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Whether token t is a word that starts with a lower-case ASCII letter. */
static int tok_lower(const char *text, const vl_ner_tok *t) {
    return (t->flags & VL_NTOK_WORD) && text[t->start] >= 'a' && text[t->start] <= 'z';
}

/* Whether token t is a word in capitals: two letters or more, none in
 * lower case ("PARIS", "CLERMONT-FERRAND", "MONTRÉAL", "LE", "ST."). */
static int tok_caps(const char *text, const vl_ner_tok *t) {
    if (!(t->flags & VL_NTOK_WORD)) return 0;
    size_t letters = 0;
    for (size_t p = t->start, adv; p < t->end; p += adv) {
        int32_t cp = vl_ner_utf8_decode(text, t->end, p, &adv);
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LL) return 0;
        if (c == UTF8PROC_CATEGORY_LU) letters++;
        else if (cp != '-' && cp != '\'' && cp != 0x2019 && cp != '.') return 0;
    }
    return letters >= 2;
}

/* Months as datelines write them, in lower case (the comparison folds
 * the first letter): "8 janvier", "Jan 20", "March 2". */
static const char *const dateline_months[] = {
    "janvier", "février", "mars",  "avril",  "mai",       "juin",     "juillet", "août",  "septembre",
    "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june",
    "july",    "august",  "september", "october", "november", "december", "jan", "feb", "mar",
    "apr",     "jun",     "jul",   "aug",    "sep",       "sept",     "oct",     "nov",   "dec",
    "jan.",    "feb.",    "aug.",  "sept.",  "oct.",      "nov.",     "dec.",    NULL};

/* Whether token t is a number, or a month of dateline_months. */
static int tok_number(const char *text, const vl_ner_tok *t) { return text[t->start] >= '0' && text[t->start] <= '9'; }

static int tok_month(const char *text, const vl_ner_tok *t) {
    char w[16];
    size_t n = t->end - t->start;
    if (n >= sizeof w || !(t->flags & (VL_NTOK_WORD | VL_NTOK_ABBR))) return 0;
    memcpy(w, text + t->start, n);
    w[n] = 0;
    if (w[0] >= 'A' && w[0] <= 'Z') w[0] = (char)(w[0] - 'A' + 'a');
    for (const char *const *m = dateline_months; *m; m++)
        if (strcmp(*m, w) == 0) return 1;
    return 0;
}

/* Whether token t is a numeric date of eight characters or more
 * ("1996-08-30", "30/08/1996"). */
static int numeric_date(const char *text, const vl_ner_tok *t) {
    size_t len = t->end - t->start;
    return tok_number(text, t) && len >= 8 &&
           (memchr(text + t->start, '-', len) || memchr(text + t->start, '/', len));
}

/* Whether tokens d, d + 1 are a day and a month, either way round. */
static int tok_date(const char *text, const vl_ner_tok *toks, size_t n, size_t d) {
    if (d + 1 >= n) return 0;
    return (tok_number(text, &toks[d]) && tok_month(text, &toks[d + 1])) ||
           (tok_month(text, &toks[d]) && tok_number(text, &toks[d + 1]));
}

/* A wire dateline opening a paragraph: "PARIS, 8 janvier (Agence X) —",
 * "LOS ANGELES, April 20 -", "AUSTIN, Texas, Jan 26 -", "WENGEN (Suisse),
 * 15 janvier", "LONDON 1996-08-30" (CoNLL-2003).  The place in capitals
 * is a LOC and the agency in brackets after the date an ORG, whatever the
 * labels say: the tagger, trained on running text, takes a capitalised
 * place alone for anything ("LIVERPOOL" ORG, "WENGEN" MISC, "LE CAIRE"
 * without its article) and an agency's name for a place.  Rewrites
 * lab[0..n) (a copy of the labels); returns whether it did. */
static int dateline_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    if (n < 2) return 0;
    size_t k = 0;
    while (k < n && k < 4 && tok_caps(text, &toks[k])) k++;
    if (k == 0 || k == n) return 0;
    size_t place = k, d = k, region = k, region_end = k;
    /* CoNLL-2003's: the place and a numeric date ("LONDON 1996-08-30"),
     * not a results line ("CHICAGO 5 Boston 3"); or the place, a comma
     * and its state or country ("MILWAUKEE , Wisconsin 1996-08-29",
     * "ROCHESTER , N.H. 1996-08-30"), which is a LOC too */
    if (tok_in(text, &toks[d], (const char *const[]){",", NULL})) {
        size_t r = d + 1;
        while (r < n && r < d + 4 && (toks[r].flags & (VL_NTOK_WORD | VL_NTOK_ABBR)) && !tok_number(text, &toks[r]) &&
               !(text[toks[r].start] >= 'a' && text[toks[r].start] <= 'z'))
            r++;
        if (r > d + 1 && r < n && numeric_date(text, &toks[r])) region = d + 1, region_end = d = r;
    }
    int conll = numeric_date(text, &toks[d]);
    if (!conll) {
        d = place;
        if (!(toks[0].flags & VL_NTOK_PARA)) return 0;
        /* a region or country between the place and the date: "(Suisse),"
         * or ", Texas," */
        if (tok_in(text, &toks[d], (const char *const[]){"(", NULL})) {
            while (d < n && d < place + 6 && !tok_in(text, &toks[d], (const char *const[]){")", NULL})) d++;
            if (d == n || d == place + 6) return 0;
            d++;
        }
        if (d >= n || !tok_in(text, &toks[d], (const char *const[]){",", NULL})) return 0;
        d++;
        if (!tok_date(text, toks, n, d) && d + 2 < n && tok_in(text, &toks[d + 1], (const char *const[]){",", NULL}))
            d += 2;
        if (!tok_date(text, toks, n, d)) return 0;
        d++;
    }
    for (size_t x = 0; x < place; x++) lab[x] = x ? vl_ner_label_i(VL_NER_LOC) : vl_ner_label_b(VL_NER_LOC);
    if (place < n && vl_ner_label_type(lab[place]) >= 0 && !vl_ner_label_is_b(lab[place]))
        lab[place] = vl_ner_label_b(vl_ner_label_type(lab[place]));
    for (size_t x = region; x < region_end; x++) lab[x] = x > region ? vl_ner_label_i(VL_NER_LOC) : vl_ner_label_b(VL_NER_LOC);
    /* the date, then "(AGENCY)" and a dash */
    if (conll) return 1;
    size_t o = d + 1;
    while (o < n && o < d + 4 && !tok_in(text, &toks[o], (const char *const[]){"(", NULL})) o++;
    if (o >= n || o == d + 4) return 1;
    size_t c = o + 1;
    while (c < n && c < o + 7 && !tok_in(text, &toks[c], (const char *const[]){")", NULL})) c++;
    static const char *const dashes[] = {"\u2014", "\u2013", "-", "--", NULL};
    if (c >= n || c == o + 7 || c == o + 1 || c + 1 >= n || !tok_in(text, &toks[c + 1], dashes)) return 1;
    if (!(toks[o + 1].flags & VL_NTOK_WORD) || (text[toks[o + 1].start] >= 'a' && text[toks[o + 1].start] <= 'z')) return 1;
    for (size_t x = o + 1; x < c; x++) lab[x] = x > o + 1 ? vl_ner_label_i(VL_NER_ORG) : vl_ner_label_b(VL_NER_ORG);
    if (vl_ner_label_type(lab[c]) >= 0 && !vl_ner_label_is_b(lab[c])) lab[c] = vl_ner_label_b(vl_ner_label_type(lab[c]));
    return 1;
}

/* ------------------------------------------ French institutions' tails */

/* The first code point's Unicode category of token t, if t is a word. */
static utf8proc_category_t tok_first_cat(const char *text, const vl_ner_tok *t) {
    if (!(t->flags & VL_NTOK_WORD)) return UTF8PROC_CATEGORY_CN;
    size_t adv;
    return utf8proc_category(vl_ner_utf8_decode(text, t->end, t->start, &adv));
}

/* Whether token t ends with one of the (UTF-8) suffixes. */
static int tok_ends(const char *text, const vl_ner_tok *t, const char *const *suffixes) {
    size_t n = t->end - t->start;
    for (; *suffixes; suffixes++) {
        size_t k = strlen(*suffixes);
        if (k < n && memcmp(text + t->end - k, *suffixes, k) == 0) return 1;
    }
    return 0;
}

/* Capitalised head nouns that open the names of French bodies, whose
 * typographic rule writes the rest in lower case: "Agence nationale de la
 * recherche", "Fédération française de l'assurance", "Haute Autorité de
 * santé", "Office de lutte contre le trafic illicite de migrants". */
static const char *const org_heads[] = {
    "Agence",      "Office",       "Fédération", "Confédération", "Fondation",   "Institut",   "Académie",
    "Association", "Banque",       "Caisse",     "Commission",    "Conseil",     "Comité",     "Direction",
    "École",       "Société",      "Union",      "Centre",        "Bureau",      "Autorité",   "Observatoire",
    "Syndicat",    "Chambre",      "Collectif",  "Mouvement",     "Ligue",       "Organisation", "Établissement",
    "Conservatoire", "Service",    "Secrétariat", "Délégation",   "Inspection",  "Haute",      "Haut",
    "Cour",        "Conférence",   "Groupement", "Régie",         "Compagnie",   "Université", "Commissariat",
    "Haut-Commissariat", NULL};
/* The prepositions that join a complement to such a name. */
static const char *const tail_de[] = {"de", "du", "des", "d'", "d\u2019", NULL};
static const char *const tail_prep[] = {"pour", "sur", "contre", NULL};
static const char *const tail_det[] = {"la", "le", "les", "l'", "l\u2019", NULL};
/* Lower-case words that do not continue a name after a preposition:
 * determiners other than the article, pronouns, adverbs, and the words of
 * time ("la Banque de France de mars", "l'Agence nationale de l'époque"). */
static const char *const tail_stop[] = {
    "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "un", "une", "notre", "nos", "votre", "vos",
    "mon", "ma", "mes", "tout", "toute", "tous", "toutes", "plus", "moins", "très", "même", "mêmes", "autres",
    "autre", "certains", "certaines", "plusieurs", "chaque", "nombreux", "nombreuses", "qui", "que", "quoi",
    "dont", "où", "y", "il", "elle", "ils", "elles", "on", "nous", "vous", "se", "ne", "pas", "lui", "eux",
    "année", "années", "an", "ans", "époque", "mois", "semaine", "semaines", "jour", "jours", "veille",
    "lendemain", "fin", "début", "matin", "soir", "nuit", "hier", "demain", "aujourd'hui", "janvier", "février",
    "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "dernier", "dernière", "prochain",
    "prochaine", "été", "hiver", "printemps", "automne", "part", "côté", "sorte", "manière", "façon", "ici", "là",
    "loin", "près", "suite", "fait", "cas", "nouveau", "nouvelle", "ailleurs", "abord", "après", "avant",
    "autant", "environ", "entre", "chez", "mais", "jamais", "désormais", "bien", "rien", "combien", "fois",
    "parfois", "toutefois", "aux", "tel", "telle", "quel", "quelle", "celle", "celui", "ceux", "mal", "faire",
    "être", "avoir", "dire", "lire", "vivre", "suivre", "croire", "écrire", "rire", "plaire", "boire", "pays",
    "région", "ville", "monde", NULL};
/* Verbs that end like the adjectives of tail_adj_ends ("l'Office national
 * indique"). */
static const char *const tail_verbs[] = {
    "signale", "rappelle", "appelle", "interpelle", "renouvelle", "indique", "explique", "critique",
    "revendique", "communique", "applique", "réplique", "arrive", "prive", "dérive", "suive", "considère",
    "espère", "demeure", "installe", "estime", "affirme", NULL};
/* Endings of French adjectives that follow a noun ("nationale",
 * "européenne", "française", "publique", "supérieure", "financière",
 * "dramatiques"); no past participle: "la Banque mondiale basée à". */
static const char *const tail_adj_ends[] = {
    "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ien", "ienne", "iennes", "iens", "éen", "éenne",
    "éennes", "éens", "ais", "aise", "aises", "ois", "oise", "oises", "ique", "iques", "aire", "aires", "if",
    "ifs", "ive", "ives", "eure", "eures", "ière", "ières", "ier", "iers", "ain", "aine", "aines", "ains", NULL};
/* Infinitives ("a demandé à l'Agence nationale de publier"), and the few
 * nouns that end like them. */
static const char *const tail_inf_ends[] = {"er", "ir", "dre", "ttre", "uire", NULL};
static const char *const tail_inf_nouns[] = {"fer", "mer", "cancer", "laser", "outre-mer", "avenir", "air",
                                             "plaisir", "loisir", "loisirs", NULL};

static int tail_word(const char *text, const vl_ner_tok *t) {
    return tok_first_cat(text, t) == UTF8PROC_CATEGORY_LL && !(t->flags & VL_NTOK_ELISION) &&
           !tok_in(text, t, span_closers) && !tok_in(text, t, tail_stop) && !tok_in(text, t, tail_verbs) &&
           (!tok_ends(text, t, tail_inf_ends) || tok_in(text, t, tail_inf_nouns));
}

static int tail_adj(const char *text, const vl_ner_tok *t) {
    return tail_word(text, t) && tok_ends(text, t, tail_adj_ends);
}

/* Where the name that starts with a head of org_heads and that the labels
 * end at token e really ends: its lower-case tail, "nationale", "de la
 * recherche", "pour le logement des défavorisés", "et compositeurs
 * dramatiques", up to a place or name after "de" ("École normale
 * supérieure de Lyon"), which ends it.  The tagger, trained mostly on
 * capitalised names, stops at the first lower-case preposition
 * ("Agence nationale", "Fondation"). */
static size_t org_tail(const char *text, const vl_ner_tok *toks, const int *lab, size_t n, size_t b, size_t e) {
    size_t end = e, q = e;
    /* whether the name already holds a complement: only then does "et"
     * join another ("Institut de chimie et d'optique", not "l'Union
     * européenne et de l'attentat") */
    int comp = 0;
    for (size_t k = b; k < e; k++) comp |= tok_in(text, &toks[k], tail_de) || tok_in(text, &toks[k], tail_prep);
    while (q < n && tail_adj(text, &toks[q])) end = ++q;
    while (q < n) {
        size_t r = q;
        int de = 0, et = 0;
        if (tok_in(text, &toks[r], (const char *const[]){"et", NULL})) {
            if (!comp) break;
            et = 1, r++;
            /* a bare complement only: "et d'optique", not "et du bureau" */
            if (r < n && tok_in(text, &toks[r], (const char *const[]){"de", "d'", "d\u2019", NULL})) de = 1, r++;
        } else if (tok_in(text, &toks[r], tail_de)) {
            de = 1, r++;
        } else if (tok_in(text, &toks[r], tail_prep)) {
            r++;
        } else {
            break;
        }
        comp = 1;
        /* an article after de, pour, sur, contre ("de la", "pour le");
         * "des" and "du" hold theirs, and "et" takes none */
        if (r < n && !et && tok_in(text, &toks[r], tail_det) &&
            !tok_in(text, &toks[r - 1], (const char *const[]){"des", "du", NULL}))
            r++;
        if (r >= n) break;
        if (tail_word(text, &toks[r])) {
            r++;
            while (r < n && tail_adj(text, &toks[r])) r++;
            end = q = r;
            continue;
        }
        if (de && tok_first_cat(text, &toks[r]) == UTF8PROC_CATEGORY_LU) {
            /* a name ends it: its capitalised words, and the rest of the
             * name the labels give there ("des Nations unies") */
            int type = vl_ner_label_type(lab[r]);
            r++;
            while (r < n && (tok_first_cat(text, &toks[r]) == UTF8PROC_CATEGORY_LU ||
                             (type >= 0 && lab[r] == vl_ner_label_i(type))))
                r++;
            end = r;
        }
        break;
    }
    return end;
}

/* The articles before a head that the labels left outside. */
static const char *const head_articles[] = {"l'", "l\u2019", "la", "le", "les", "du", "des", "au", "aux", "L'", "L\u2019", "La", "Le", "Les", "Du", "Des", "Au", "Aux", NULL};

/* Lower-case nouns that, right before a name, say it is a company, a
 * union or a club: "le groupe [Thales]", "l'opérateur [Orange]",
 * "le fonds américain [Carlyle]", "filiale de [Vinci]".  The tagger,
 * which sees a lone capitalised word, takes many of them for a person or
 * a place. */
static const char *const org_cues[] = {
    "groupe", "groupes", "société", "sociétés", "entreprise", "entreprises", "constructeur", "constructeurs",
    "opérateur", "opérateurs", "fonds", "cabinet", "compagnie", "compagnies", "banque", "banques", "assureur",
    "assureurs", "avionneur", "motoriste", "motoristes", "équipementier", "équipementiers", "fabricant",
    "fabricants", "distributeur", "distributeurs", "géant", "firme", "firmes", "start-up", "éditeur", "éditeurs",
    "transporteur", "armateur", "conglomérat", "filiale", "concurrent", "concurrents", "syndicat", "syndicats",
    "club", "clubs", "fournisseur", "fournisseurs", "sidérurgiste", "pétrolier", "pétroliers",
    "énergéticien", "brasseur", "holding", "laboratoire", "laboratoires", "chaîne", "chaînes", NULL};
/* Whether the name opening at token i follows a company cue: a noun of
 * org_cues, maybe followed by an adjective ("le fonds américain"). */
static int org_cue_before(const char *text, const vl_ner_tok *toks, size_t i) {
    if (i == 0) return 0;
    const vl_ner_tok *p = &toks[i - 1];
    if (tok_in(text, p, org_cues)) return 1;
    if (i >= 2 && tok_first_cat(text, p) == UTF8PROC_CATEGORY_LL && tok_in(text, &toks[i - 2], org_cues) &&
        tail_adj(text, p))
        return 1;
    return 0;
}

/* Retypes ORG each PER, LOC or MISC name of lab[0..n) that follows a
 * company cue (org_cue_before); returns whether it changed any label. */
static int org_cue_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0 || type == VL_NER_ORG || !vl_ner_label_is_b(lab[i]) || !org_cue_before(text, toks, i)) continue;
        lab[i] = vl_ner_label_b(VL_NER_ORG);
        for (size_t k = i + 1; k < n && lab[k] == vl_ner_label_i(type); k++) lab[k] = vl_ner_label_i(VL_NER_ORG);
        changed = 1;
    }
    return changed;
}

/* Lower-case heads of courts, universities and hospitals, which the
 * name holds with its place ("cour d'appel de Douai", "tribunal de
 * commerce d'Angers", "université de Lille", "centre hospitalier de
 * Mayotte"), each with the word that must follow it (NULL: any). */
static const struct {
    const char *head, *next, *next2;
} body_heads[] = {{"tribunal", NULL, NULL},      {"cour", "d'", "appel"},         {"cour", "d'", "assises"},
                  {"cour", "d\u2019", "appel"},  {"cour", "d\u2019", "assises"},  {"cour", "administrative", NULL},
                  {"cour", "criminelle", NULL},  {"université", NULL, NULL},      {"hôpital", NULL, NULL},
                  {"centre", "hospitalier", NULL}, {"chambre", "régionale", NULL}};

/* Where the body opening with a lower-case head at token i ends: over the
 * head's tail (org_tail's words) to a name after de/du/d' or right after
 * the head, which ends it; i itself when there is no such name. */
static size_t body_end(const char *text, const vl_ner_tok *toks, const int *lab, size_t n, size_t i) {
    /* the heads' words once, before the table's pairs: most words are none */
    static const char *const head_words[] = {"tribunal", "cour", "université", "hôpital", "centre", "chambre", NULL};
    if (!tok_in(text, &toks[i], head_words)) return i;
    size_t k;
    for (k = 0; k < sizeof body_heads / sizeof *body_heads; k++)
        if (tok_in(text, &toks[i], (const char *const[]){body_heads[k].head, NULL}) &&
            (!body_heads[k].next || (i + 1 < n && tok_in(text, &toks[i + 1], (const char *const[]){body_heads[k].next, NULL}))) &&
            (!body_heads[k].next2 || (i + 2 < n && tok_in(text, &toks[i + 2], (const char *const[]){body_heads[k].next2, NULL}))))
            break;
    if (k == sizeof body_heads / sizeof *body_heads) return i;
    size_t t = org_tail(text, toks, lab, n, i, i + 1);
    /* the tail must end on a name */
    if (t <= i + 1 || tok_first_cat(text, &toks[t - 1]) != UTF8PROC_CATEGORY_LU) {
        if (i + 1 < n && tok_first_cat(text, &toks[i + 1]) == UTF8PROC_CATEGORY_LU && vl_ner_label_type(lab[i + 1]) >= 0 &&
            vl_ner_label_is_b(lab[i + 1]) && !tok_in(text, &toks[i], (const char *const[]){"tribunal", "cour", "chambre", NULL})) {
            int type = vl_ner_label_type(lab[i + 1]);
            t = i + 2;
            while (t < n && lab[t] == vl_ner_label_i(type)) t++;
            return t;
        }
        return i;
    }
    return t;
}

/* Makes an ORG of each body that opens with a lower-case head of
 * body_heads and ends on a name; returns whether it changed any label. */
static int body_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        if (vl_ner_label_type(lab[i]) >= 0 || !tok_lower(text, &toks[i])) continue;
        size_t t = body_end(text, toks, lab, n, i);
        /* "un hôpital de Zurich" describes, it does not name */
        if (t != i && i > 0 && tok_in(text, &toks[i - 1], (const char *const[]){"un", "une", "Un", "Une", NULL})) continue;
        if (t == i) continue;
        lab[i] = vl_ner_label_b(VL_NER_ORG);
        for (size_t k = i + 1; k < t; k++) lab[k] = vl_ner_label_i(VL_NER_ORG);
        if (t < n && vl_ner_label_type(lab[t]) >= 0 && !vl_ner_label_is_b(lab[t]))
            lab[t] = vl_ner_label_b(vl_ner_label_type(lab[t]));
        changed = 1;
        i = t - 1;
    }
    return changed;
}

/* The portfolios of ministers and commissioners, as the title names
 * them: "ministre de l'[Intérieur]", "ministre déléguée au [Numérique]",
 * "commissaire au [Commerce]" (winer-fr marks them ORG, the title
 * outside; "[ministère de l'Intérieur]" is whole, the labels' business).  A place or a person after "ministre de" is not one: "ministre
 * du Canada", "ministre de François Hollande". */
static const char *const portfolios[] = {
    "Intérieur", "Défense", "Justice", "Affaires", "Économie", "Finances", "Culture", "Santé", "Travail",
    "Éducation", "Enseignement", "Recherche", "Agriculture", "Industrie", "Transports", "Outre-mer", "Outre-Mer",
    "Environnement", "Écologie", "Transition", "Logement", "Sports", "Sport", "Armées", "Budget", "Comptes",
    "Commerce", "Énergie", "Numérique", "Solidarités", "Solidarité", "Famille", "Familles", "Jeunesse", "Mer",
    "Équipement", "Fonction", "Immigration", "Cohésion", "Aménagement", "Tourisme", "Communication", "Égalité",
    "Handicap", "Emploi", "Consommation", "Intégration", "Coopération", "Développement", "Francophonie",
    "Patrimoine", "Alimentation", "Pêche", "Retraites", "Mémoire", "Citoyenneté", "Ruralité", "Biodiversité",
    "Climat", "Artisanat", "Entreprises", "Innovation", "Formation", "Ville", "Territoires", "Collectivités",
    "Décentralisation", "Action", NULL};
static const char *const minister_cues[] = {"ministre", "ministres", "commissaire", "délégué", "déléguée",
                                            "chargé", "chargée", NULL};
/* Lower-case words that go on a portfolio's name besides tail_adj's
 * ("Enseignement supérieur", "Affaires étrangères", "Comptes publics"). */
static const char *const portfolio_words[] = {"supérieur", "étrangères", "étranger", "publics", "public",
                                              "combattants", "nationale", "écologique", "solidaire", "extérieur",
                                              "intérieur", "extérieure", "intérieure", NULL};

/* The end of the portfolio name opening at token i, or i. */
static size_t portfolio_end(const char *text, const vl_ner_tok *toks, size_t n, size_t i) {
    if (!tok_in(text, &toks[i], portfolios)) return i;
    size_t q = i + 1;
    while (q < n && (tail_adj(text, &toks[q]) || tok_in(text, &toks[q], portfolio_words))) q++;
    /* "de l'Économie et des Finances" */
    if (q + 2 < n && tok_in(text, &toks[q], (const char *const[]){"et", NULL})) {
        size_t r = q + 1;
        if (tok_in(text, &toks[r], tail_de) || tok_in(text, &toks[r], (const char *const[]){"de", NULL})) r++;
        if (r < n && tok_in(text, &toks[r], tail_det)) r++;
        if (r < n && r > q + 1 && tok_in(text, &toks[r], portfolios)) {
            q = r + 1;
            while (q < n && (tail_adj(text, &toks[q]) || tok_in(text, &toks[q], portfolio_words))) q++;
        }
    }
    return q;
}

/* Marks ORG each portfolio named after a minister's or commissioner's
 * title and a preposition ("ministre de la Culture", "commissaire au
 * Commerce"); returns whether it changed any label. */
static int portfolio_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const preps[] = {"de", "du", "des", "d'", "d\u2019", "à", "au", "aux", NULL};
    int changed = 0, cue = 0;
    /* most sentences name no minister: one pass over them says so */
    for (size_t i = 0; i + 2 < n && !cue; i++) cue = tok_in(text, &toks[i], minister_cues);
    if (!cue) return 0;
    for (size_t i = 2; i < n; i++) {
        size_t p = i - 1;
        if (tok_in(text, &toks[p], tail_det) && p > 0) p--;
        if (!tok_in(text, &toks[p], preps) || p == 0 || !tok_in(text, &toks[p - 1], minister_cues)) continue;
        /* inside a name the labels began before ("ministère de
         * l'Intérieur" whole): theirs */
        if (vl_ner_label_type(lab[i]) >= 0 && !vl_ner_label_is_b(lab[i])) continue;
        size_t t = portfolio_end(text, toks, n, i);
        if (t == i) continue;
        /* an ORG the labels open here is only lengthened, never cut
         * ("Santé du Cameroun" stays theirs) */
        if (vl_ner_label_type(lab[i]) == VL_NER_ORG) {
            size_t j = i + 1;
            while (j < n && lab[j] == vl_ner_label_i(VL_NER_ORG)) j++;
            if (j >= t) continue;
        }
        lab[i] = vl_ner_label_b(VL_NER_ORG);
        for (size_t k = i + 1; k < t; k++) lab[k] = vl_ner_label_i(VL_NER_ORG);
        if (t < n && vl_ner_label_type(lab[t]) >= 0 && !vl_ner_label_is_b(lab[t]))
            lab[t] = vl_ner_label_b(vl_ner_label_type(lab[t]));
        changed = 1;
        i = t - 1;
    }
    return changed;
}

/* Extends each ORG of lab[0..n) that opens with a head of org_heads over
 * its lower-case tail (org_tail); returns whether it changed any label. */
static int org_tail_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        size_t j = i + 1;
        if (type < 0) {
            /* a head left outside, capitalised after an article inside
             * the sentence, with a tail: in French only a name writes a
             * common noun so ("l'Office français de la biodiversité") */
            size_t t;
            if (i > 0 && tok_may_be_capital(text, &toks[i]) && tok_in(text, &toks[i - 1], head_articles) &&
                tok_in(text, &toks[i], org_heads) &&
                (t = org_tail(text, toks, lab, n, i, i + 1)) > i + 1) {
                lab[i] = vl_ner_label_b(VL_NER_ORG);
                for (size_t k = i + 1; k < t; k++) lab[k] = vl_ner_label_i(VL_NER_ORG);
                if (t < n && vl_ner_label_type(lab[t]) >= 0 && !vl_ner_label_is_b(lab[t]))
                    lab[t] = vl_ner_label_b(vl_ner_label_type(lab[t]));
                changed = 1;
                i = t;
                continue;
            }
            i++;
            continue;
        }
        while (j < n && lab[j] == vl_ner_label_i(type)) j++;
        size_t b = i;
        while (b < j && (toks[b].flags & VL_NTOK_ELISION)) b++;
        if (type != VL_NER_ORG || b == j || !tok_in(text, &toks[b], org_heads)) {
            i = j;
            continue;
        }
        size_t e = j;
        while (e > b + 1 && tok_in(text, &toks[e - 1], span_closers)) e--;
        size_t t = org_tail(text, toks, lab, n, b, e);
        if (t > j) {
            for (size_t k = j; k < t; k++) lab[k] = vl_ner_label_i(VL_NER_ORG);
            if (t < n && vl_ner_label_type(lab[t]) >= 0 && !vl_ner_label_is_b(lab[t]))
                lab[t] = vl_ner_label_b(vl_ner_label_type(lab[t]));
            changed = 1;
            j = t;
        }
        i = j;
    }
    return changed;
}

/* English compounds of a name and a participle, "Ohio-based",
 * "Labour-led", "state-run" aside (lower case): CoNLL-2003 makes the
 * whole token a MISC (train.conllu: "-based" 20 B-MISC, 2 O; "-led" 12
 * of 12; "-controlled" 5 of 5; "-born" 2 and 1 O, left out), where the
 * tagger mostly leaves it out or takes the name's type.  A token of one
 * of these endings after a capitalised first part, alone in its span or
 * outside any, becomes a MISC, with an abbreviation before it ("St.
 * Louis-based"); not first in its sentence.  Returns whether it changed
 * a label. */
static int based_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const endings[] = {"-based", "-led", "-controlled", "-run", "-made", NULL};
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        const vl_ner_tok *t = &toks[i];
        size_t len = t->end - t->start;
        if (len < 6 || !tok_may_be_capital(text, t) || !memchr(text + t->start, '-', len)) continue;
        int ends = 0;
        for (const char *const *e = endings; *e && !ends; e++) {
            size_t el = strlen(*e);
            ends = len > el + 1 && memcmp(text + t->end - el, *e, el) == 0;
        }
        if (!ends || !tok_capitalised(text, t)) continue;
        /* a sentence's first word is capitalised whatever it is
         * ("State-run", "Broadly-based"): a MISC only after a word or a
         * comma */
        int first =
            i == 0 || !((toks[i - 1].flags & VL_NTOK_WORD) || tok_in(text, &toks[i - 1], (const char *const[]){",", NULL}));
        int type = vl_ner_label_type(lab[i]);
        /* inside a longer name ("St. Louis-based"), the labels decide */
        if (type >= 0 && !vl_ner_label_is_b(lab[i])) continue;
        /* opening one, it is not the name's ("Minneapolis-based [First
         * Bank System Inc.]", "Family-controlled [Douglas & Lomason]") */
        if (type >= 0 && i + 1 < n && lab[i + 1] == vl_ner_label_i(type)) {
            lab[i + 1] = vl_ner_label_b(type);
            lab[i] = first ? 0 : vl_ner_label_b(VL_NER_MISC);
            changed = 1;
            continue;
        }
        if (first) continue;
        if (lab[i] == vl_ner_label_b(VL_NER_MISC)) continue;
        if (i > 0 && lab[i - 1] == 0 && (toks[i - 1].flags & VL_NTOK_ABBR) && tok_capitalised(text, &toks[i - 1])) {
            lab[i - 1] = vl_ner_label_b(VL_NER_MISC);
            lab[i] = vl_ner_label_i(VL_NER_MISC);
        } else {
            lab[i] = vl_ner_label_b(VL_NER_MISC);
        }
        if (i + 1 < n && vl_ner_label_type(lab[i + 1]) >= 0 && !vl_ner_label_is_b(lab[i + 1]))
            lab[i + 1] = vl_ner_label_b(vl_ner_label_type(lab[i + 1]));
        changed = 1;
    }
    return changed;
}

/* English months are in no name: train.conllu tags all 562 of them O
 * (May, a name too, aside).  One that the labels put at the head of a
 * name ("the August [National Association of Purchasing Management]")
 * or alone is taken out; returns whether it changed a label. */
static int month_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const months[] = {"January", "February", "March",   "April",    "June",     "July",
                                         "August",  "September", "October", "November", "December", NULL};
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0 || !vl_ner_label_is_b(lab[i]) || !tok_may_be_capital(text, &toks[i]) ||
            !tok_in(text, &toks[i], months))
            continue;
        lab[i] = 0;
        if (i + 1 < n && lab[i + 1] == vl_ner_label_i(type)) lab[i + 1] = vl_ner_label_b(type);
        changed = 1;
    }
    return changed;
}

int vl_ner_emit_spans(const char *text, const vl_ner_tok *toks, const int *labels, size_t n, vl_ner_span_fn fn,
                      void *ctx) {
    int copy[VL_NER_MAX_SENT];
    if (n <= VL_NER_MAX_SENT) {
        memcpy(copy, labels, n * sizeof *labels);
        int d = dateline_labels(text, toks, n, copy);
        d |= org_cue_labels(text, toks, n, copy);
        d |= body_labels(text, toks, n, copy);
        d |= portfolio_labels(text, toks, n, copy);
        d |= based_labels(text, toks, n, copy);
        d |= month_labels(text, toks, n, copy);
        if (org_tail_labels(text, toks, n, copy) || d) labels = copy;
    }
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(labels[i]);
        if (type < 0) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && labels[j] == vl_ner_label_i(type)) j++;
        /* An elided article in lower case (l', d') never opens a name,
         * whatever the labels say: "de l'Éducation nationale" names
         * "Éducation nationale".  The tagger learns it inside names
         * ("ministère de l'Intérieur") and, rarely, starts a name with
         * it.  In capitals it may be the name's own ("L'Express",
         * "N'Djamena"): the labels decide. */
        size_t b = i;
        while (b < j && (toks[b].flags & VL_NTOK_ELISION) && text[toks[b].start] >= 'a' && text[toks[b].start] <= 'z')
            b++;
        size_t e = j;
        while (e > b + 1 && tok_in(text, &toks[e - 1], span_closers)) e--;
        if (type == VL_NER_PER) {
            while (e > b + 1 && tok_in(text, &toks[b], span_titles)) b++;
            for (size_t k = b + 1; k < e; k++) {
                const vl_ner_tok *t = &toks[k];
                int digit = text[t->start] >= '0' && text[t->start] <= '9';
                if (k + 1 < e && tok_in(text, t, epithet_articles) && tok_capitalised(text, &toks[k + 1])) continue;
                if (digit || (tok_lower(text, t) && !tok_in(text, t, name_particles) &&
                              !memchr(text + t->start, '-', t->end - t->start))) {
                    e = k;
                    while (e > b + 1 && tok_in(text, &toks[e - 1], span_closers)) e--;
                    break;
                }
            }
            if (e >= b + 2 && tok_may_be_capital(text, &toks[e - 1]) && tok_in(text, &toks[e - 1], org_last_words))
                type = VL_NER_ORG;
        }
        if (b == j) {
            i = j;
            continue;
        }
        vl_ner_span sp = {.type = (vl_ner_type)type,
                          .start = toks[b].cstart,
                          .end = toks[e - 1].cend,
                          .byte_start = toks[b].start,
                          .byte_end = toks[e - 1].end,
                          .text = text + toks[b].start,
                          .text_len = toks[e - 1].end - toks[b].start};
        int rc = fn(ctx, &sp);
        if (rc) return rc;
        i = j;
    }
    return 0;
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
    vl_ner_span_fn fn;
    void *ctx;
} tag_ctx;

static int tag_sentence(void *ctx, const vl_ner_tok *toks, size_t n, const int *labels) {
    tag_ctx *t = ctx;
    return vl_ner_emit_spans(t->text, toks, labels, n, t->fn, t->ctx);
}

int vl_ner_tag(const vl_ner_model *m, const char *text, size_t len, vl_lang lang, vl_ner_span_fn fn, void *ctx,
               vl_error *err) {
    tag_ctx t = {text, fn, ctx};
    return vl_ner_tag_doc(m, text, len, lang, tag_sentence, &t, err);
}

int vl_ner_tag_with(vl_ner_tagger *tg, const vl_ner_model *m, const char *text, size_t len, vl_lang lang,
                    vl_ner_span_fn fn, void *ctx, vl_error *err) {
    tag_ctx t = {text, fn, ctx};
    return vl_ner_tag_doc_with(tg, m, text, len, lang, tag_sentence, &t, err);
}

int vl_ner_tag_from(vl_ner_tagger *tg, const vl_ner_model *m, const char *text, size_t len, vl_ner_next_fn next,
                    void *src, vl_ner_span_fn fn, void *ctx, vl_error *err) {
    tag_ctx t = {text, fn, ctx};
    return vl_ner_tag_doc_from(tg, m, text, len, next, src, tag_sentence, &t, err);
}
