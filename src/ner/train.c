/*
 * train.c -- the averaged structured perceptron (Collins 2002) that learns
 * an entity model from gold corpora.
 *
 * Training text goes through the same tokeniser and sentence splitter as
 * the text tagged later (the corpus readers rebuild text from the corpus
 * tokens, and gold spans are projected onto veille's tokens), so that the
 * model never learns conventions it will not see.  Each sentence's features
 * are extracted once, reduced to weight slots, and kept in memory; the
 * epochs then only decode and update.  For every sentence the tagger gets
 * wrong, the features of each wrong token move weight from the predicted
 * label to the gold one, and the transitions likewise.  The weights written
 * are the average over all updates (kept with the usual lazy trick:
 * avg = w - acc / c, where acc sums c * delta), which is what makes the
 * perceptron generalise.
 */
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"

enum { L = VL_NER_NLABELS };

struct vl_ner_trainer {
    vl_ner_train_opts opts;
    uint64_t mask;
    /* Sentences: token ranges into the token arrays. */
    size_t *sent_tok;
    size_t nsent, cap_sent;
    /* Tokens: gold label and feature range. */
    uint8_t *gold;
    size_t *tok_feat;
    size_t ntok, cap_tok, cap_tf;
    /* Features: slot | sign << 31. */
    uint32_t *feat;
    size_t nfeat, cap_feat;
    size_t misaligned;
    /* Scratch for adding. */
    vl_ner_tok toks[VL_NER_MAX_SENT];
    vl_ner_sent_feats sf;
    int labels[VL_NER_MAX_SENT];
};

static int grow(void **p, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap : 1024;
    while (c < need) c *= 2;
    void *q = realloc(*p, c * elem);
    if (!q) return -1;
    *p = q;
    *cap = c;
    return 0;
}

int vl_ner_trainer_new(const vl_ner_train_opts *opts, vl_ner_trainer **out, vl_error *err) {
    vl_ner_trainer *t = calloc(1, sizeof *t);
    if (!t) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    t->opts = *opts;
    if (!t->opts.epochs) t->opts.epochs = 10;
    if (!t->opts.bits) t->opts.bits = 18;
    if (t->opts.bits < 8 || t->opts.bits > 26) {
        free(t);
        return vl_error_set(err, VL_EARG, NULL, 0, "hash bits must be 8 to 26");
    }
    t->mask = ((uint64_t)1 << t->opts.bits) - 1;
    *out = t;
    return VL_OK;
}

void vl_ner_trainer_free(vl_ner_trainer *t) {
    if (!t) return;
    free(t->sent_tok);
    free(t->gold);
    free(t->tok_feat);
    free(t->feat);
    free(t);
}

size_t vl_ner_trainer_tokens(const vl_ner_trainer *t) { return t->ntok; }
size_t vl_ner_trainer_sentences(const vl_ner_trainer *t) { return t->nsent; }

int vl_ner_trainer_add(vl_ner_trainer *t, const vl_ner_unit *u, vl_error *err) {
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, u->text, u->len, t->opts.lang);
    size_t n;
    uint64_t f[VL_NER_MAX_FEATS];
    while ((n = vl_ner_next_sentence(&lx, t->toks, VL_NER_MAX_SENT)) > 0) {
        t->misaligned += vl_ner_project(t->toks, n, u->gold, u->ngold, t->labels);
        vl_ner_sent_prepare(&t->sf, u->text, t->toks, n);
        vl_ner_gaz_mark(t->opts.gaz, &t->sf);
        if (t->opts.clusters) vl_ner_clusters_mark(t->opts.clusters, &t->sf);
        if (grow((void **)&t->sent_tok, &t->cap_sent, t->nsent + 2, sizeof *t->sent_tok) ||
            grow((void **)&t->gold, &t->cap_tok, t->ntok + n + 1, sizeof *t->gold) ||
            grow((void **)&t->tok_feat, &t->cap_tf, t->ntok + n + 2, sizeof *t->tok_feat))
            return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        if (t->nsent == 0) t->sent_tok[0] = 0;
        for (size_t i = 0; i < n; i++) {
            size_t nf = vl_ner_token_features(&t->sf, t->toks, i, f);
            if (grow((void **)&t->feat, &t->cap_feat, t->nfeat + nf, sizeof *t->feat))
                return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            if (t->ntok == 0) t->tok_feat[0] = 0;
            for (size_t k = 0; k < nf; k++)
                t->feat[t->nfeat++] = (uint32_t)(f[k] & t->mask) | (uint32_t)(f[k] >> 63) << 31;
            t->gold[t->ntok++] = (uint8_t)t->labels[i];
            t->tok_feat[t->ntok] = t->nfeat;
        }
        t->sent_tok[++t->nsent] = t->ntok;
    }
    return VL_OK;
}

static uint64_t next_rand(uint64_t *s) {
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

int vl_ner_trainer_run(vl_ner_trainer *t, const char *path, vl_error *err) {
    size_t nslots = ((size_t)1 << t->opts.bits) * L;
    float *w = calloc(nslots, sizeof *w);
    double *acc = calloc(nslots, sizeof *acc);
    size_t *order = malloc((t->nsent + 1) * sizeof *order);
    float *em = malloc(VL_NER_MAX_SENT * L * sizeof *em);
    uint8_t *back = malloc(VL_NER_MAX_SENT * L);
    int *pred = malloc(VL_NER_MAX_SENT * sizeof *pred);
    float trans[(L + 1) * L] = {0};
    double trans_acc[(L + 1) * L] = {0};
    int rc = VL_OK;
    if (!w || !acc || !order || !em || !back || !pred) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    for (size_t s = 0; s < t->nsent; s++) order[s] = s;
    uint64_t rng = t->opts.seed ? t->opts.seed : 0x9E3779B97F4A7C15ULL;
    double c = 1;
    for (int epoch = 1; epoch <= t->opts.epochs; epoch++) {
        for (size_t s = t->nsent; s > 1; s--) {
            size_t j = (size_t)(next_rand(&rng) % s), tmp = order[s - 1];
            order[s - 1] = order[j];
            order[j] = tmp;
        }
        size_t errors = 0;
        for (size_t oi = 0; oi < t->nsent; oi++, c++) {
            size_t s = order[oi], t0 = t->sent_tok[s], n = t->sent_tok[s + 1] - t0;
            for (size_t i = 0; i < n; i++) {
                float *e = em + i * L;
                for (int l = 0; l < L; l++) e[l] = 0;
                for (size_t k = t->tok_feat[t0 + i]; k < t->tok_feat[t0 + i + 1]; k++) {
                    uint32_t fv = t->feat[k];
                    const float *row = w + (size_t)(fv & 0x7fffffffu) * L;
                    if (fv >> 31)
                        for (int l = 0; l < L; l++) e[l] -= row[l];
                    else
                        for (int l = 0; l < L; l++) e[l] += row[l];
                }
            }
            vl_ner_viterbi(em, n, trans, pred, back);
            int wrong = 0;
            for (size_t i = 0; i < n; i++) {
                int g = t->gold[t0 + i], p = pred[i];
                int gp = i ? t->gold[t0 + i - 1] : -1, pp = i ? pred[i - 1] : -1;
                if (g != p || gp != pp) {
                    /* transitions into i */
                    trans[(gp + 1) * L + g] += 1;
                    trans_acc[(gp + 1) * L + g] += c;
                    trans[(pp + 1) * L + p] -= 1;
                    trans_acc[(pp + 1) * L + p] -= c;
                }
                if (g == p) continue;
                wrong++;
                for (size_t k = t->tok_feat[t0 + i]; k < t->tok_feat[t0 + i + 1]; k++) {
                    uint32_t fv = t->feat[k];
                    size_t row = (size_t)(fv & 0x7fffffffu) * L;
                    float d = (fv >> 31) ? -1.0f : 1.0f;
                    w[row + (size_t)g] += d;
                    acc[row + (size_t)g] += d * c;
                    w[row + (size_t)p] -= d;
                    acc[row + (size_t)p] -= d * c;
                }
            }
            errors += (size_t)wrong;
        }
        if (t->opts.on_epoch) t->opts.on_epoch(t->opts.ctx, epoch, t->nsent, errors);
    }
    /* Averaged weights. */
    for (size_t k = 0; k < nslots; k++) w[k] = (float)(w[k] - acc[k] / c);
    for (size_t k = 0; k < (L + 1) * L; k++) trans[k] = (float)(trans[k] - trans_acc[k] / c);
    rc = vl_ner_model_write(path, t->opts.lang, t->opts.bits, w, trans, t->opts.gaz, t->opts.clusters, err);
out:
    free(w);
    free(acc);
    free(order);
    free(em);
    free(back);
    free(pred);
    return rc;
}

size_t vl_ner_project(const vl_ner_tok *toks, size_t n, const vl_ner_gold *gold, size_t ngold, int *labels) {
    size_t misaligned = 0;
    for (size_t i = 0; i < n; i++) labels[i] = VL_NER_O;
    if (!n) return 0;
    size_t lo = toks[0].start, hi = toks[n - 1].end;
    for (size_t g = 0; g < ngold; g++) {
        if (gold[g].end <= lo || gold[g].start >= hi) continue;
        int first = 1, start_ok = 0, end_ok = 0;
        for (size_t i = 0; i < n; i++) {
            if (toks[i].start == gold[g].start) start_ok = 1;
            if (toks[i].end == gold[g].end) end_ok = 1;
            if (toks[i].start >= gold[g].start && toks[i].start < gold[g].end) {
                labels[i] = first ? vl_ner_label_b(gold[g].type) : vl_ner_label_i(gold[g].type);
                first = 0;
            }
        }
        if (!start_ok || !end_ok) misaligned++;
    }
    return misaligned;
}
