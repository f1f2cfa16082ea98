/*
 * model.c -- the entity model: its file format, mmap loading, Viterbi
 * decoding and vl_ner_tag.
 *
 * Why an averaged structured perceptron rather than a linear-chain CRF:
 * both are linear models over the same features decoded with the same
 * Viterbi, so tagging costs the same; with rich features they reach
 * about the same accuracy (Collins 2002; Ratinov & Roth 2009 reach
 * CoNLL-2003 F1 ~0.90 with a perceptron-style tagger plus clusters and
 * gazetteers).  The perceptron trains an order of magnitude faster (one
 * Viterbi per sentence per epoch, no forward-backward, no line search, no
 * regularisation constant to tune), is a hundred lines of C, and its
 * averaged weights are as robust as a regularised CRF's in practice.  We
 * need no calibrated probabilities, which is what a CRF adds.
 *
 * File format (little-endian; all integers unsigned):
 *
 *   0   magic "VLNERMOD"                8 bytes
 *   8   format version (3)              u32
 *   12  byte-order mark 0x01020304      u32
 *   16  feature version                 u32   (VL_NER_FEATURE_VERSION)
 *   20  language (vl_lang)              u32
 *   24  labels (17)                     u32
 *   28  hash bits B                     u32   (2^B weight rows)
 *   32  weight scale                    f32
 *   36  gazetteer bits G (0: none)      u8
 *   37  cluster table bits K (0: none)  u8
 *   38  reserved (0)                    u16
 *   40  file size                       u64
 *   48  checksum of bytes [64, size)    u64   (XXH3-64)
 *   56  checksum of bytes [0, 56)       u64   (XXH3-64)
 *   64  transitions (labels+1) x labels f32   (row 0: sentence start)
 *   1344 weights 2^B x labels           i16   (times scale)
 *   ... gazetteer 2^G slots             u32   (gazetteer.c)
 *   ... word clusters 2^K slots         u32   (clusters.c)
 *
 * Format 3 has the 17 BILOU labels (ner_internal.h); formats 1 and 2 had
 * 9 BIO labels and are refused with a word to retrain.  Weights are
 * quantised to 16 bits: with 2^18 rows the file is 9 MB, mapped
 * read-only.
 *
 * Tagging reads about 40 weight rows per token, at slots the feature
 * hashes scatter over the whole table: nearly every read misses the
 * caches, so the layout in memory is what sets the speed.  At load time
 * the rows are copied to a table of 64-byte rows (the 17 weights in the
 * lanes rows.h sums, then zeros; 16 MB at 2^18 rows), 64-byte aligned, so
 * that a row is one cache line instead of straddling two one time in two, and
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
#define FORMAT_VERSION 3u /* 3: BILOU labels; 2 and 1 (BIO) are refused */
#define HEADER 64u
#define TRANS_BYTES ((VL_NER_NLABELS + 1) * VL_NER_NLABELS * 4u)
#define WEIGHTS_AT ((HEADER + TRANS_BYTES + 63u) / 64u * 64u)
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
    vl_ner_moves moves;
    vl_ner_gaz gaz;
    vl_ner_clusters clusters;
};

static const char *const type_names[VL_NER_NTYPES] = {"PER", "LOC", "ORG", "MISC"};

const char *vl_ner_type_name(vl_ner_type type) {
    return (unsigned)type < VL_NER_NTYPES ? type_names[type] : "?";
}

int vl_ner_transition_ok(int from, int to) {
    if (from < 0 || !vl_ner_label_open(from)) return to == VL_NER_O || vl_ner_label_starts(to);
    int p = vl_ner_label_pos(to);
    return (p == VL_NER_POS_I || p == VL_NER_POS_L) && vl_ner_label_type(from) == vl_ner_label_type(to);
}

void vl_ner_bio_to_bilou(int *labels, size_t n) {
    int open = -1; /* the type of the name the previous token left open */
    for (size_t i = 0; i < n; i++) {
        int t = vl_ner_label_type(labels[i]);
        if (t < 0) {
            open = -1;
            continue;
        }
        int starts = labels[i] != vl_ner_label_i(t) || open != t;
        int goes_on = i + 1 < n && labels[i + 1] == vl_ner_label_i(t);
        labels[i] = starts ? (goes_on ? vl_ner_label_b(t) : vl_ner_label_u(t))
                           : (goes_on ? vl_ner_label_i(t) : vl_ner_label_l(t));
        open = goes_on ? t : -1;
    }
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

static size_t expected_size(unsigned bits, unsigned gaz_bits, unsigned cl_bits) {
    return WEIGHTS_AT + ((size_t)1 << bits) * VL_NER_NLABELS * sizeof(int16_t) +
           (gaz_bits ? ((size_t)1 << gaz_bits) * sizeof(uint32_t) : 0) +
           (cl_bits ? ((size_t)1 << cl_bits) * sizeof(uint32_t) : 0);
}

/* Checks a mapped file; VL_OK or VL_EFORMAT with the reason. */
static int check_header(const unsigned char *p, size_t size, const char *path, vl_error *err) {
    if (size < HEADER || memcmp(p, MAGIC, 8) != 0)
        return vl_error_set(err, VL_EFORMAT, path, 0, "not a veille entity model (bad magic number)");
    if (XXH3_64bits(p, 56) != rd64(p + 56))
        return vl_error_set(err, VL_EFORMAT, path, 0, "corrupt entity model: header checksum mismatch");
    if (rd32(p + 8) == 1 || rd32(p + 8) == 2)
        return vl_error_set(err, VL_EFORMAT, path, 0,
                            "entity model format version %u has BIO labels, this veille reads version %u (BILOU "
                            "labels): retrain it",
                            rd32(p + 8), FORMAT_VERSION);
    if (rd32(p + 8) != FORMAT_VERSION)
        return vl_error_set(err, VL_EFORMAT, path, 0, "entity model format version %u, this veille reads %u",
                            rd32(p + 8), FORMAT_VERSION);
    if (rd32(p + 12) != 0x01020304u)
        return vl_error_set(err, VL_EFORMAT, path, 0, "entity model written on a machine of the other byte order");
    if (rd32(p + 16) > VL_NER_FEATURE_VERSION || rd32(p + 16) < VL_NER_FEATURE_VERSION_MIN)
        return vl_error_set(err, VL_EFORMAT, path, 0,
                            "entity model trained with feature version %u, this veille extracts version %u: retrain it",
                            rd32(p + 16), VL_NER_FEATURE_VERSION);
    uint32_t lang = rd32(p + 20), labels = rd32(p + 24), bits = rd32(p + 28), gbits = p[36], cbits = p[37];
    if (lang >= VL_LANG_COUNT || labels != VL_NER_NLABELS || bits < MIN_BITS || bits > MAX_BITS ||
        gbits > MAX_GAZ_BITS || cbits > MAX_GAZ_BITS || p[38] || p[39])
        return vl_error_set(err, VL_EFORMAT, path, 0, "corrupt entity model: bad header fields");
    uint64_t want = expected_size(bits, gbits, cbits);
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
        memset(row, 0, VL_NER_ROW * sizeof *row);
        for (int l = 0; l < VL_NER_NLABELS; l++) row[vl_ner_row_lane(l)] = w[r * VL_NER_NLABELS + (size_t)l];
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
    vl_ner_moves_from(m->allowed, &m->moves);
    m->w.moves = &m->moves;
    if (build_table(m)) {
        munmap(map, size);
        free(m);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory for the entity model's weights");
    }
    m->gaz.bits = p[36];
    if (m->gaz.bits) m->gaz.slots = (const uint32_t *)(const void *)(p + expected_size(m->w.bits, 0, 0));
    m->clusters.bits = p[37];
    if (m->clusters.bits)
        m->clusters.slots = (const uint32_t *)(const void *)(p + expected_size(m->w.bits, m->gaz.bits, 0));
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
    if (gbits > MAX_GAZ_BITS || cbits > MAX_GAZ_BITS)
        return vl_error_set(err, VL_EARG, NULL, 0, "gazetteer or cluster table too large");
    size_t size = expected_size(bits, gbits, cbits), nw = ((size_t)1 << bits) * VL_NER_NLABELS;
    unsigned char *buf = calloc(1, size);
    if (!buf) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    float maxabs = 0;
    for (size_t k = 0; k < nw; k++)
        if (fabsf(w[k]) > maxabs) maxabs = fabsf(w[k]);
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    int16_t *q = (int16_t *)(void *)(buf + WEIGHTS_AT);
    for (size_t k = 0; k < nw; k++) q[k] = (int16_t)lrintf(w[k] / scale);
    memcpy(buf + HEADER, trans, TRANS_BYTES);
    if (gbits) memcpy(buf + expected_size(bits, 0, 0), gaz->slots, ((size_t)1 << gbits) * sizeof(uint32_t));
    if (cbits)
        memcpy(buf + expected_size(bits, gbits, 0), clusters->slots, ((size_t)1 << cbits) * sizeof(uint32_t));
    buf[36] = (unsigned char)gbits;
    buf[37] = (unsigned char)cbits;
    memcpy(buf, MAGIC, 8);
    put32(buf + 8, FORMAT_VERSION);
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

void vl_ner_moves_from(const float *t, vl_ner_moves *mv) {
    enum { L = VL_NER_NLABELS, T = VL_NER_NTYPES };
    memcpy(mv->start, t, sizeof mv->start);
    for (int k = 0; k < VL_NER_NCLOSED; k++) {
        const float *row = t + (vl_ner_closed_label(k) + 1) * L;
        mv->o[k] = row[VL_NER_O];
        for (int x = 0; x < T; x++) {
            mv->b[k][x] = row[vl_ner_label_b(x)];
            mv->u[k][x] = row[vl_ner_label_u(x)];
        }
    }
    for (int x = 0; x < T; x++) {
        const float *rb = t + (vl_ner_label_b(x) + 1) * L, *ri = t + (vl_ner_label_i(x) + 1) * L;
        mv->bi[x] = rb[vl_ner_label_i(x)];
        mv->bl[x] = rb[vl_ner_label_l(x)];
        mv->ii[x] = ri[vl_ner_label_i(x)];
        mv->il[x] = ri[vl_ner_label_l(x)];
    }
}

void vl_ner_viterbi(const float *em, size_t n, const float *trans, int *labels, uint8_t *back) {
    float t[(VL_NER_NLABELS + 1) * VL_NER_NLABELS];
    vl_ner_moves mv;
    vl_ner_fold_trans(trans, t);
    vl_ner_moves_from(t, &mv);
    vl_ner_viterbi_folded(em, n, &mv, labels, back);
}

/* Viterbi over the allowed moves only.  O, B- and U- may follow the nine
 * closed labels (O, L-, U-): their best predecessor is searched over those
 * nine in label order, first best winning ties, O in a scalar and the four
 * B- and four U- in one 4-lane vector each; I-X and L-X may follow only
 * B-X or I-X, compared lane by lane (B-X first).  A forbidden move would
 * score about -1e30 and never beat an allowed one (every label but I- and
 * L- at a sentence's first token has a finite path), so the path is that
 * of a search over all 17 x 17 moves with the forbidden ones at -1e30, in
 * a third of the work.  The scores are kept in label order (O, then the
 * groups of four), so that the groups are loaded as vectors.  No branch
 * depends on the scores; a back pointer is the predecessor's label. */
typedef float v4sf __attribute__((vector_size(16)));
typedef int32_t v4si __attribute__((vector_size(16)));

static inline v4sf ld4(const float *p) {
    v4sf v;
    memcpy(&v, p, sizeof v);
    return v;
}

void vl_ner_viterbi_folded(const float *em, size_t n, const vl_ner_moves *mv, int *labels, uint8_t *back) {
    enum { L = VL_NER_NLABELS, T = VL_NER_NTYPES, GB = 1, GI = 1 + T, GL = 1 + 2 * T, GU = 1 + 3 * T };
    _Static_assert(T == 4, "a group of labels is one 4-lane vector");
    float cur[L], nxt[L];
    if (!n) return;
    for (int l = 0; l < L; l++) cur[l] = mv->start[l] + em[l];
    for (size_t i = 1; i < n; i++) {
        const float *e = em + i * L;
        uint8_t *bk = back + i * L;
        /* into O, B-, U-: from the closed labels */
        float c = cur[VL_NER_O];
        float bo = c + mv->o[0];
        int ao = VL_NER_O;
        v4sf cv = {c, c, c, c};
        v4sf bb = cv + ld4(mv->b[0]), bu = cv + ld4(mv->u[0]);
        v4si ab = {0}, au = {0};
        for (int k = 1; k < VL_NER_NCLOSED; k++) {
            int from = vl_ner_closed_label(k);
            c = cur[from];
            float so = c + mv->o[k];
            int go = so > bo;
            bo = go ? so : bo;
            ao = go ? from : ao;
            cv = (v4sf){c, c, c, c};
            v4sf sb = cv + ld4(mv->b[k]), su = cv + ld4(mv->u[k]);
            v4si gb = sb > bb, gu = su > bu, f = {from, from, from, from};
            bb = (v4sf)(((v4si)sb & gb) | ((v4si)bb & ~gb));
            bu = (v4sf)(((v4si)su & gu) | ((v4si)bu & ~gu));
            ab = (f & gb) | (ab & ~gb);
            au = (f & gu) | (au & ~gu);
        }
        /* into I-X, L-X: from B-X or I-X */
        v4sf cb = ld4(cur + GB), ci = ld4(cur + GI);
        v4sf sbi = cb + ld4(mv->bi), sii = ci + ld4(mv->ii), sbl = cb + ld4(mv->bl), sil = ci + ld4(mv->il);
        v4si gi = sii > sbi, gl = sil > sbl;
        v4sf bi = (v4sf)(((v4si)sii & gi) | ((v4si)sbi & ~gi));
        v4sf bl = (v4sf)(((v4si)sil & gl) | ((v4si)sbl & ~gl));
        const v4si lb = {GB, GB + 1, GB + 2, GB + 3}, li = {GI, GI + 1, GI + 2, GI + 3};
        v4si ai = (li & gi) | (lb & ~gi), al = (li & gl) | (lb & ~gl);
        nxt[VL_NER_O] = bo + e[VL_NER_O];
        bb += ld4(e + GB);
        bi += ld4(e + GI);
        bl += ld4(e + GL);
        bu += ld4(e + GU);
        memcpy(nxt + GB, &bb, sizeof bb);
        memcpy(nxt + GI, &bi, sizeof bi);
        memcpy(nxt + GL, &bl, sizeof bl);
        memcpy(nxt + GU, &bu, sizeof bu);
        memcpy(cur, nxt, sizeof cur);
        bk[VL_NER_O] = (uint8_t)ao;
        for (int x = 0; x < T; x++) {
            bk[GB + x] = (uint8_t)ab[x];
            bk[GI + x] = (uint8_t)ai[x];
            bk[GL + x] = (uint8_t)al[x];
            bk[GU + x] = (uint8_t)au[x];
        }
    }
    /* the sentence ends on a closed label */
    int best = VL_NER_O;
    for (int k = 1; k < VL_NER_NCLOSED; k++)
        if (cur[vl_ner_closed_label(k)] > cur[best]) best = vl_ner_closed_label(k);
    for (size_t i = n; i-- > 0;) {
        labels[i] = best;
        if (i) best = back[i * L + best];
    }
}

void vl_ner_viterbi_model(const vl_ner_weights *w, const float *em, size_t n, int *labels, uint8_t *back) {
    vl_ner_viterbi_folded(em, n, w->moves, labels, back);
}

/* A name starts at B- or U- (or at a stray I- or L-, which a decoded
 * path never has but a caller's labels might) and runs over the I- of its
 * type to an L- of its type; a name left open (B- or I- at the end, or
 * before another label) ends there. */
int vl_ner_emit_spans(const char *text, const vl_ner_tok *toks, const int *labels, size_t n, vl_ner_span_fn fn,
                      void *ctx) {
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(labels[i]);
        if (type < 0) {
            i++;
            continue;
        }
        size_t j = i + 1;
        if (vl_ner_label_open(labels[i]))
            while (j < n && (labels[j] == vl_ner_label_i(type) || labels[j] == vl_ner_label_l(type)))
                if (labels[j++] == vl_ner_label_l(type)) break;
        vl_ner_span sp = {.type = (vl_ner_type)type,
                          .start = toks[i].cstart,
                          .end = toks[j - 1].cend,
                          .byte_start = toks[i].start,
                          .byte_end = toks[j - 1].end,
                          .text = text + toks[i].start,
                          .text_len = toks[j - 1].end - toks[i].start};
        int rc = fn(ctx, &sp);
        if (rc) return rc;
        i = j;
    }
    return 0;
}

void vl_ner_add_features(const vl_ner_weights *w, const uint64_t *f, size_t nf, float *em) {
    uint32_t sl[VL_NER_MAX_FEATS];
    if (nf > VL_NER_MAX_FEATS) nf = VL_NER_MAX_FEATS;
    vl_ner_acc a = VL_NER_ACC_ZERO;
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
        vl_ner_acc a = VL_NER_ACC_ZERO;
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
