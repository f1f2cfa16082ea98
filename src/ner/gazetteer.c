/*
 * gazetteer.c -- lists of names (countries, cities, first names, surnames,
 * other proper nouns) as tagger features: a token sequence that matches a
 * listed name gets "class X, begin" on its first token and "class X,
 * inside" on the others (vl_ner_sent_feats.gaz).
 *
 * The lists come from Debian's packages at build time (scripts/
 * gazetteers.py, `make gazetteers`); `veille train ner --gazetteers DIR`
 * reads them here and the trainer embeds the table in the model, so that
 * tagging uses exactly the lists the model was trained with and needs no
 * file beside the model.
 *
 * Names are matched on the accent-folded, lower-cased forms of veille's
 * own tokens (the hashes features.c computes anyway), longest match first,
 * starting only at a capitalised token.  The table stores no text: each
 * slot is a 24-bit fingerprint of the sequence hash over 8 flag bits (the
 * classes, and "a longer name continues"), so that a lower-case word, the
 * common case, costs one probe.  With 2^16 slots at most 85% full, a false
 * match needs 24 fingerprint bits and the slot bits to agree: about one in
 * 2^30 lookups.  Lists too many for 2^16 slots (English's, 55k prefixes
 * and more) get a table twice as large, up to 2^GAZ_MAX_BITS, rather than
 * an error; lists that fit keep 2^16 slots, so their models do not change.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"

#define GAZ_BITS 16     /* the table's size while the lists fit in it */
#define GAZ_MAX_BITS 19 /* 2 MB in the model: past that, an error */
#define FLAG_MORE 0x80u
#define CLASS_MASK 0x3Fu

static const char *const class_files[VL_NER_GAZ_NCLASSES] = {"firstname.txt", "surname.txt", "place.txt",
                                                             "country.txt",   "org.txt",     "proper.txt"};

#define SEQ_SEED 0x8a5cd789635d2dffULL
static inline uint64_t seq_step(uint64_t h, uint64_t tok) { return vl_ner_mix(h * 0x9E3779B97F4A7C15ULL + tok); }

static inline uint32_t fingerprint(uint64_t h) {
    uint32_t fp = (uint32_t)(h >> 40) & 0xFFFFFFu;
    return fp ? fp : 1;
}

/* The slot of h (its flags), or 0. */
static uint32_t lookup(const vl_ner_gaz *g, uint64_t h) {
    uint64_t mask = ((uint64_t)1 << g->bits) - 1;
    uint32_t fp = fingerprint(h);
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t s = g->slots[i];
        if (!s) return 0;
        if (s >> 8 == fp) return s & 0xFFu;
    }
}

static int insert(vl_ner_gaz *g, uint64_t h, uint32_t flags) {
    uint64_t mask = ((uint64_t)1 << g->bits) - 1;
    uint32_t fp = fingerprint(h);
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t s = g->owned[i];
        if (!s) {
            if (g->entries + 1 > (mask + 1) / 100 * 85) return -1;
            g->owned[i] = fp << 8 | flags;
            g->entries++;
            return 0;
        }
        if (s >> 8 == fp) {
            g->owned[i] = s | flags;
            return 0;
        }
    }
}

void vl_ner_gaz_free(vl_ner_gaz *g) {
    if (!g) return;
    free(g->owned);
    memset(g, 0, sizeof *g);
}

/* Adds one line: its tokens' folded hashes, each prefix marked "more". */
static int add_name(vl_ner_gaz *g, const char *line, size_t len, vl_lang lang, unsigned cls, vl_ner_tok *toks,
                    vl_ner_sent_feats *sf) {
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, line, len, lang);
    size_t n = vl_ner_next_sentence(&lx, toks, VL_NER_GAZ_MAXLEN + 1);
    if (!n || n > VL_NER_GAZ_MAXLEN || vl_ner_next_sentence(&lx, toks + n, 1)) return 0; /* skipped */
    vl_ner_sent_prepare(sf, line, toks, n);
    uint64_t h = SEQ_SEED;
    for (size_t i = 0; i < n; i++) {
        h = seq_step(h, sf->h_fold[i]);
        if (insert(g, h, i + 1 < n ? FLAG_MORE : 1u << cls)) return -1;
    }
    return 0;
}

/* Loads the lists of dir into a table of 2^bits slots; *full is set when
 * they do not fit (the table is freed then). */
static int load_bits(const char *dir, vl_lang lang, unsigned bits, vl_ner_gaz *out, int *full, vl_error *err) {
    memset(out, 0, sizeof *out);
    *full = 0;
    out->bits = bits;
    out->owned = calloc((size_t)1 << bits, sizeof *out->owned);
    vl_ner_tok *toks = malloc((VL_NER_GAZ_MAXLEN + 2) * sizeof *toks);
    vl_ner_sent_feats *sf = malloc(sizeof *sf);
    char *line = NULL;
    size_t cap = 0, files = 0;
    int rc = VL_OK;
    if (!out->owned || !toks || !sf) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto done;
    }
    out->slots = out->owned;
    for (unsigned c = 0; c < VL_NER_GAZ_NCLASSES && !rc; c++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", dir, class_files[c]);
        FILE *f = fopen(path, "r");
        if (!f) {
            if (errno == ENOENT) continue;
            rc = vl_error_set(err, VL_EIO, path, 0, "cannot read gazetteer: %s", strerror(errno));
            break;
        }
        files++;
        ssize_t len;
        unsigned long lineno = 0;
        while (!rc && (len = getline(&line, &cap, f)) >= 0) {
            lineno++;
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
            if (add_name(out, line, (size_t)len, lang, c, toks, sf)) {
                *full = 1;
                rc = vl_error_set(err, VL_EFORMAT, path, lineno, "gazetteers too large: more than %u%% of 2^%u slots",
                                  85, bits);
            }
        }
        fclose(f);
    }
    if (!rc && !files)
        rc = vl_error_set(err, VL_EIO, dir, 0, "no gazetteer found (firstname.txt, place.txt ...): run 'make gazetteers'");
done:
    free(line);
    free(toks);
    free(sf);
    if (rc) vl_ner_gaz_free(out);
    return rc;
}

int vl_ner_gaz_load(const char *dir, vl_lang lang, vl_ner_gaz *out, vl_error *err) {
    int full = 0, rc;
    for (unsigned bits = GAZ_BITS;; bits++) {
        rc = load_bits(dir, lang, bits, out, &full, err);
        if (!full || bits == GAZ_MAX_BITS) return rc;
    }
}

void vl_ner_gaz_mark(const vl_ner_gaz *g, vl_ner_sent_feats *sf) {
    if (!g || !g->bits) return;
    size_t n = sf->n;
    for (size_t i = 0; i < n;) {
        if (!vl_ner_cap_starts_name(sf->cap[i])) {
            i++;
            continue;
        }
        uint64_t h = SEQ_SEED;
        size_t end = 0;
        uint32_t cls = 0;
        for (size_t j = i; j < n && j < i + VL_NER_GAZ_MAXLEN; j++) {
            h = seq_step(h, sf->h_fold[j]);
            uint32_t s = lookup(g, h);
            if (s & CLASS_MASK) {
                end = j + 1;
                cls = s & CLASS_MASK;
            }
            if (!(s & FLAG_MORE)) break;
        }
        if (!end) {
            i++;
            continue;
        }
        sf->gaz[i] |= cls;
        for (size_t k = i + 1; k < end; k++) sf->gaz[k] |= cls << 8;
        i = end;
    }
}
