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
 * perceptron generalise.  Each sentence is tagged in the two passes of
 * vl_ner_tag_doc (doc.c) and both passes' mistakes are updated; the
 * document features of the second come from the first-pass labels of the
 * whole document in the previous epoch (so sentences are still shuffled
 * across documents, which the averaged perceptron needs).
 */
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"
#include "ner/trainer.h"

enum { L = VL_NER_NLABELS };

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
    free(t->h_lower);
    free(t->cap);
    free(t->unit_sent);
    free(t->tok_feat);
    free(t->feat);
    free(t);
}

size_t vl_ner_trainer_tokens(const vl_ner_trainer *t) { return t->ntok; }
size_t vl_ner_trainer_sentences(const vl_ner_trainer *t) { return t->nsent; }

void vl_ner_trainer_set_domain(vl_ner_trainer *t, unsigned domain) { t->domain = domain; }

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
            grow((void **)&t->h_lower, &t->cap_hl, t->ntok + n + 1, sizeof *t->h_lower) ||
            grow((void **)&t->cap, &t->cap_cap, t->ntok + n + 1, sizeof *t->cap) ||
            grow((void **)&t->tok_feat, &t->cap_tf, t->ntok + n + 2, sizeof *t->tok_feat))
            return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        if (t->nsent == 0) t->sent_tok[0] = 0;
        for (size_t i = 0; i < n; i++) {
            size_t nf = vl_ner_token_features(&t->sf, t->toks, i, f);
            if (grow((void **)&t->feat, &t->cap_feat, t->nfeat + 2 * nf, sizeof *t->feat))
                return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            if (t->ntok == 0) t->tok_feat[0] = 0;
            for (size_t k = 0; k < nf; k++)
                t->feat[t->nfeat++] = (uint32_t)(f[k] & t->mask) | (uint32_t)(f[k] >> 63) << 31;
            if (t->domain)
                for (size_t k = 0; k < nf; k++) {
                    uint64_t g = vl_ner_mix(f[k] ^ (0xD6E8FEB86659FD93ULL * t->domain));
                    t->feat[t->nfeat++] = (uint32_t)(g & t->mask) | (uint32_t)(g >> 63) << 31;
                }
            t->h_lower[t->ntok] = t->sf.h_lower[i];
            t->cap[t->ntok] = t->sf.cap[i];
            t->gold[t->ntok++] = (uint8_t)t->labels[i];
            t->tok_feat[t->ntok] = t->nfeat;
        }
        t->sent_tok[++t->nsent] = t->ntok;
    }
    if (grow((void **)&t->unit_sent, &t->cap_unit, t->nunit + 2, sizeof *t->unit_sent))
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (t->nunit == 0) t->unit_sent[0] = 0;
    if (t->unit_sent[t->nunit] != t->nsent) t->unit_sent[++t->nunit] = t->nsent;
    return VL_OK;
}

static uint64_t next_rand(uint64_t *s) {
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

/* What the epochs share. */
typedef struct run_state {
    float *w;
    double *acc;
    float trans[(L + 1) * L];
    double trans_acc[(L + 1) * L];
    double c; /* updates so far + 1, for the averaging */
} run_state;

/* Emission scores of the static features of tokens [t0, t0 + n). */
static void static_emissions(const vl_ner_trainer *t, const run_state *r, size_t t0, size_t n, float *em) {
    for (size_t i = 0; i < n; i++) {
        float *e = em + i * L;
        for (int l = 0; l < L; l++) e[l] = 0;
        for (size_t k = t->tok_feat[t0 + i]; k < t->tok_feat[t0 + i + 1]; k++) {
            uint32_t fv = t->feat[k];
            const float *row = r->w + (size_t)(fv & 0x7fffffffu) * L;
            if (fv >> 31)
                for (int l = 0; l < L; l++) e[l] -= row[l];
            else
                for (int l = 0; l < L; l++) e[l] += row[l];
        }
    }
}

static void add_feature(run_state *r, uint32_t fv, int g, int p) {
    size_t row = (size_t)(fv & 0x7fffffffu) * L;
    float d = (fv >> 31) ? -1.0f : 1.0f;
    r->w[row + (size_t)g] += d;
    r->acc[row + (size_t)g] += d * r->c;
    r->w[row + (size_t)p] -= d;
    r->acc[row + (size_t)p] -= d * r->c;
}

/* The perceptron update of one decoded sentence (tokens [t0, t0 + n)):
 * static features, and the document features docf (ndocf per token) when
 * given.  Returns the number of wrong tokens. */
static size_t update(const vl_ner_trainer *t, run_state *r, size_t t0, size_t n, const int *pred,
                     const uint32_t (*docf)[VL_NER_MAX_DOC_FEATS], const uint8_t *ndocf) {
    size_t wrong = 0;
    for (size_t i = 0; i < n; i++) {
        int g = t->gold[t0 + i], p = pred[i];
        int gp = i ? t->gold[t0 + i - 1] : -1, pp = i ? pred[i - 1] : -1;
        if (g != p || gp != pp) {
            r->trans[(gp + 1) * L + g] += 1;
            r->trans_acc[(gp + 1) * L + g] += r->c;
            r->trans[(pp + 1) * L + p] -= 1;
            r->trans_acc[(pp + 1) * L + p] -= r->c;
        }
        if (g == p) continue;
        wrong++;
        for (size_t k = t->tok_feat[t0 + i]; k < t->tok_feat[t0 + i + 1]; k++) add_feature(r, t->feat[k], g, p);
        if (docf)
            for (size_t k = 0; k < ndocf[i]; k++) add_feature(r, docf[i][k], g, p);
    }
    return wrong;
}

/* Scratch of the epochs. */
typedef struct run_scratch {
    uint8_t *pred1;   /* each token's first-pass label in the last epoch */
    uint32_t *docval; /* each token's document value from those labels */
    int lab[VL_NER_MAX_SENT], pred[VL_NER_MAX_SENT], pred2[VL_NER_MAX_SENT];
    float em[VL_NER_MAX_SENT * L], em2[VL_NER_MAX_SENT * L];
    uint32_t docf[VL_NER_MAX_SENT][VL_NER_MAX_DOC_FEATS];
    uint8_t ndocf[VL_NER_MAX_SENT];
    uint8_t back[VL_NER_MAX_SENT * L];
    vl_ner_doc doc;
} run_scratch;

/* Both passes over one sentence, as vl_ner_tag_doc tags it, each followed
 * by its update (the first pass must tag well alone: its labels are the
 * second's evidence).  The document values come from the first-pass
 * labels of the previous epoch, so that sentences can be visited in any
 * order.  Returns the number of wrong tokens of the last pass. */
static size_t train_sentence(const vl_ner_trainer *t, run_state *r, run_scratch *u, size_t s) {
    size_t t0 = t->sent_tok[s], n = t->sent_tok[s + 1] - t0;
    static_emissions(t, r, t0, n, u->em);
    vl_ner_viterbi(u->em, n, r->trans, u->pred, u->back);
    for (size_t i = 0; i < n; i++) u->pred1[t0 + i] = (uint8_t)u->pred[i];
    size_t wrong = update(t, r, t0, n, u->pred, NULL, NULL);
    int any = 0;
    for (size_t i = 0; i < n; i++) any |= u->docval[t0 + i] != 0;
    if (!any) return wrong;
    uint64_t mask = t->mask;
    const uint32_t *val = u->docval + t0;
    memcpy(u->em2, u->em, n * L * sizeof *u->em);
    for (size_t i = 0; i < n; i++) {
        uint64_t f[VL_NER_MAX_DOC_FEATS];
        size_t nf = vl_ner_doc_features(i ? val[i - 1] : 0, val[i], i + 1 < n ? val[i + 1] : 0, t->cap[t0 + i], f);
        u->ndocf[i] = (uint8_t)nf;
        for (size_t k = 0; k < nf; k++) {
            uint32_t fv = (uint32_t)(f[k] & mask) | (uint32_t)(f[k] >> 63) << 31;
            u->docf[i][k] = fv;
            const float *row = r->w + (size_t)(fv & 0x7fffffffu) * L;
            float *e = u->em2 + i * L;
            if (fv >> 31)
                for (int l = 0; l < L; l++) e[l] -= row[l];
            else
                for (int l = 0; l < L; l++) e[l] += row[l];
        }
    }
    vl_ner_viterbi(u->em2, n, r->trans, u->pred2, u->back);
    return update(t, r, t0, n, u->pred2, (const uint32_t(*)[VL_NER_MAX_DOC_FEATS])u->docf, u->ndocf);
}

/* The document values of every token from the first-pass labels of the
 * epoch just done, one unit (document) at a time. */
static int document_values(const vl_ner_trainer *t, run_scratch *u) {
    for (size_t k = 0; k < t->nunit; k++) {
        size_t t0 = t->sent_tok[t->unit_sent[k]], t1 = t->sent_tok[t->unit_sent[k + 1]];
        vl_ner_doc_clear(&u->doc);
        for (size_t i = t0; i < t1; i++) {
            int l = u->pred1[i];
            if (vl_ner_doc_add(&u->doc, t->h_lower + i, t->cap + i, &l, 1)) return VL_ENOMEM;
        }
        for (size_t i = t0; i < t1; i++) u->docval[i] = vl_ner_doc_value(&u->doc, t->h_lower[i], t->cap[i], u->pred1[i]);
    }
    return VL_OK;
}

/* One perceptron from scratch over all the sentences, in the shuffle
 * order of seed, leaving its averaged weights in r. */
static int train_order(vl_ner_trainer *t, run_state *r, run_scratch *u, size_t *order, uint64_t seed,
                       size_t nslots) {
    memset(r->w, 0, nslots * sizeof *r->w);
    memset(r->acc, 0, nslots * sizeof *r->acc);
    memset(r->trans, 0, sizeof r->trans);
    memset(r->trans_acc, 0, sizeof r->trans_acc);
    memset(u->pred1, 0, t->ntok + 1);
    memset(u->docval, 0, (t->ntok + 1) * sizeof *u->docval);
    for (size_t k = 0; k < t->nsent; k++) order[k] = k;
    /* Seed 0 is the fixed default shuffle (the models of `make models`);
     * any other seed is mixed first, so that 1, 2, 3 give unrelated orders
     * rather than xorshift's poor first draws from a small state.  The mix
     * is a bijection with mix(0) = 0: one seed would give state 0, where
     * xorshift stays, and takes the default instead. */
    uint64_t rng = 0x9E3779B97F4A7C15ULL ^ vl_ner_mix(seed);
    if (!rng) rng = 0x9E3779B97F4A7C15ULL;
    r->c = 1;
    for (int epoch = 1; epoch <= t->opts.epochs; epoch++) {
        for (size_t k = t->nsent; k > 1; k--) {
            size_t j = (size_t)(next_rand(&rng) % k), tmp = order[k - 1];
            order[k - 1] = order[j];
            order[j] = tmp;
        }
        size_t errors = 0;
        for (size_t k = 0; k < t->nsent; k++, r->c++) errors += train_sentence(t, r, u, order[k]);
        if (document_values(t, u)) return VL_ENOMEM;
        if (t->opts.on_epoch) t->opts.on_epoch(t->opts.ctx, epoch, t->nsent, errors);
    }
    /* Averaged weights. */
    for (size_t k = 0; k < nslots; k++) r->w[k] = (float)(r->w[k] - r->acc[k] / r->c);
    for (size_t k = 0; k < (L + 1) * L; k++) r->trans[k] = (float)(r->trans[k] - r->trans_acc[k] / r->c);
    return VL_OK;
}

/* With opts.orders = N > 1, N perceptrons learn the same sentences in N
 * shuffle orders and the model is the mean of their averaged weights (a
 * linear model, so the mean scores as the ensemble's mean score would, at
 * one model's size and speed).  One order's model owes much to its order:
 * retrained in another, a model moves a tuning split's F1 by up to 1.3
 * points and changes a tenth of the names it finds in unseen text; the
 * mean of several keeps what they agree on (models/README.md, "Several
 * orders"). */
int vl_ner_trainer_run(vl_ner_trainer *t, const char *path, vl_error *err) {
    if (t->opts.trainer == VL_NER_TRAIN_CRF) return vl_ner_crf_run(t, path, err);
    size_t nslots = ((size_t)1 << t->opts.bits) * L;
    int orders = t->opts.orders > 1 ? t->opts.orders : 1;
    run_state *r = calloc(1, sizeof *r);
    run_scratch *u = calloc(1, sizeof *u);
    size_t *order = malloc((t->nsent + 1) * sizeof *order);
    float *mean = orders > 1 ? calloc(nslots, sizeof *mean) : NULL;
    float mean_trans[(L + 1) * L] = {0};
    int rc = VL_OK;
    if (r) {
        r->w = calloc(nslots, sizeof *r->w);
        r->acc = calloc(nslots, sizeof *r->acc);
    }
    if (u) {
        u->pred1 = calloc(t->ntok + 1, 1);
        u->docval = calloc(t->ntok + 1, sizeof *u->docval);
    }
    if (!r || !u || !order || !r->w || !r->acc || !u->pred1 || !u->docval || (orders > 1 && !mean)) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    for (int o = 0; o < orders; o++) {
        if (train_order(t, r, u, order, t->opts.seed + (uint64_t)o, nslots)) {
            rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            goto out;
        }
        if (orders == 1) break;
        for (size_t k = 0; k < nslots; k++) mean[k] += r->w[k] / (float)orders;
        for (size_t k = 0; k < (L + 1) * L; k++) mean_trans[k] += r->trans[k] / (float)orders;
    }
    rc = vl_ner_model_write(path, t->opts.lang, t->opts.bits, orders > 1 ? mean : r->w, orders > 1 ? mean_trans : r->trans,
                            t->opts.gaz, t->opts.clusters, err);
out:
    if (r) {
        free(r->w);
        free(r->acc);
    }
    if (u) {
        free(u->pred1);
        free(u->docval);
        vl_ner_doc_free(&u->doc);
    }
    free(mean);
    free(u);
    free(order);
    free(r);
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
