/*
 * train_crf.c -- the entity model trained as a linear-chain CRF (Lafferty
 * et al. 2001): the same features, weight table, transitions, Viterbi and
 * model file as the averaged perceptron of train.c, only the learning
 * differs.  `veille train ner --trainer crf`.
 *
 * Why: the perceptron's score on a tuning split moves by up to a point
 * with the order the sentences are shuffled in, which hides any change
 * smaller than that.  A CRF maximises the conditional log-likelihood of
 * the gold labels, minus c2/2 |w|^2, over the whole corpus at once (batch
 * L-BFGS, Okazaki's liblbfgs, the optimiser of CRFsuite): no order, no
 * seed, the same model from the same data, and a regularised optimum
 * rather than an average of updates.  Tagging is unchanged (a linear
 * model decoded by the same Viterbi), so it costs nothing at run time.
 *
 * The objective of a sentence x with gold labels y is
 *   log p(y | x) = score(x, y) - log Z(x),
 * with score the emissions (the sum over the token's features of sign x
 * the feature's weight row) and transitions (from the start row, then
 * label to label) along y, and Z the sum over the label sequences the
 * decoder allows (vl_ner_transition_ok: no I-X after anything but B-X or
 * I-X).  Z and the label marginals come from a forward-backward pass in
 * probability space, each token's emissions shifted by their maximum and
 * the forward vectors normalised at each token (the normalisers give
 * log Z), as CRFsuite does.  The gradient is the expected minus the gold
 * feature counts, plus c2 w.
 *
 * The document pass (doc.c) gives a sentence's capitalised tokens
 * features of how their other occurrences in the document were tagged by
 * the first pass.  It is learnt in two stages: (1) the sentence objective
 * alone, from zero; (2) the first-pass labels of every document with those
 * weights (Viterbi) give each token its document value, and the sum of
 * the first-pass objective and the second-pass one (the same sentence
 * with the document features added to its emissions), for the sentences
 * that have any document value, is optimised from the weights of (1).
 * The second pass thus learns from first-pass labels as good as the
 * model's own, and the first pass stays a tagger on its own (its labels
 * are the second's evidence), as the perceptron's two updates do.
 *
 * The gradient is summed by opts.threads threads (2 by default) over
 * halves of the sentences, each into its own array (the first into
 * liblbfgs's), added in a fixed order: the result does not depend on the
 * scheduling.  Nothing is allocated per evaluation but the threads.
 */
#include <lbfgs.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"
#include "ner/trainer.h"

enum { L = VL_NER_NLABELS, NT = (L + 1) * L, MAX_THREADS = 8 };

/* One thread's working memory over one sentence. */
typedef struct crf_scratch {
    double em[VL_NER_MAX_SENT * L], em2[VL_NER_MAX_SENT * L];
    double psi[VL_NER_MAX_SENT * L], alpha[VL_NER_MAX_SENT * L], beta[VL_NER_MAX_SENT * L];
    double z[VL_NER_MAX_SENT];
    double d[VL_NER_MAX_SENT * L]; /* marginal minus gold, per token and label */
    uint32_t docf[VL_NER_MAX_SENT][VL_NER_MAX_DOC_FEATS];
    uint8_t ndocf[VL_NER_MAX_SENT];
} crf_scratch;

/* One thread's share of an evaluation. */
typedef struct crf_job {
    const vl_ner_trainer *t;
    const double *x;
    const double *et; /* exp of the transitions, 0 where not allowed */
    const uint32_t *docval;
    size_t s0, s1; /* sentences */
    double *g;     /* this thread's gradient (zeroed by the thread) */
    size_t dim;
    double loss;
    crf_scratch *sc;
} crf_job;

size_t vl_ner_crf_dim(const vl_ner_trainer *t) { return ((size_t)1 << t->opts.bits) * L + NT; }

/* Emission sums of the static features of tokens [t0, t0 + n). */
static void emissions(const vl_ner_trainer *t, const double *x, size_t t0, size_t n, double *em) {
    for (size_t i = 0; i < n; i++) {
        double e[L] = {0};
        for (size_t k = t->tok_feat[t0 + i]; k < t->tok_feat[t0 + i + 1]; k++) {
            uint32_t fv = t->feat[k];
            const double *row = x + (size_t)(fv & 0x7fffffffu) * L;
            if (fv >> 31)
                for (int l = 0; l < L; l++) e[l] -= row[l];
            else
                for (int l = 0; l < L; l++) e[l] += row[l];
        }
        memcpy(em + i * L, e, sizeof e);
    }
}

/* -log p(gold | em) of one sentence (tr: the transitions, et: their exp),
 * with d = marginals - gold indicators per token and the transitions'
 * expected minus gold counts added to gt. */
static double sentence(const double *em, const uint8_t *gold, size_t n, const double *tr, const double *et,
                       crf_scratch *sc, double *d, double *gt) {
    double *psi = sc->psi, *a = sc->alpha, *b = sc->beta, *z = sc->z;
    double logz = 0;
    for (size_t i = 0; i < n; i++) {
        const double *e = em + i * L;
        double m = e[0];
        for (int l = 1; l < L; l++) m = e[l] > m ? e[l] : m;
        for (int l = 0; l < L; l++) psi[i * L + l] = exp(e[l] - m);
        logz += m;
    }
    /* forward, normalised at each token */
    double s = 0;
    for (int l = 0; l < L; l++) s += a[l] = et[l] * psi[l];
    z[0] = s;
    for (int l = 0; l < L; l++) a[l] /= s;
    for (size_t i = 1; i < n; i++) {
        double *ai = a + i * L;
        const double *ap = ai - L;
        for (int to = 0; to < L; to++) ai[to] = 0;
        for (int from = 0; from < L; from++) {
            const double *row = et + (size_t)(from + 1) * L;
            double c = ap[from];
            for (int to = 0; to < L; to++) ai[to] += c * row[to];
        }
        s = 0;
        for (int to = 0; to < L; to++) s += ai[to] *= psi[i * L + to];
        z[i] = s;
        for (int to = 0; to < L; to++) ai[to] /= s;
    }
    for (size_t i = 0; i < n; i++) logz += log(z[i]);
    if (!isfinite(logz)) return INFINITY;
    /* backward, with the forward's normalisers */
    for (int l = 0; l < L; l++) b[(n - 1) * L + l] = 1;
    for (size_t i = n - 1; i-- > 0;) {
        double nb[L];
        for (int to = 0; to < L; to++) nb[to] = psi[(i + 1) * L + to] * b[(i + 1) * L + to] / z[i + 1];
        for (int from = 0; from < L; from++) {
            const double *row = et + (size_t)(from + 1) * L;
            double v = 0;
            for (int to = 0; to < L; to++) v += row[to] * nb[to];
            b[i * L + from] = v;
        }
    }
    /* gold score, marginals, transition expectations */
    double score = 0;
    for (size_t i = 0; i < n; i++) {
        int g = gold[i], gp = i ? gold[i - 1] : -1;
        score += em[i * L + g] + tr[(size_t)(gp + 1) * L + g];
        for (int l = 0; l < L; l++) d[i * L + l] = a[i * L + l] * b[i * L + l];
        d[i * L + g] -= 1;
        gt[(size_t)(gp + 1) * L + g] -= 1;
    }
    for (int l = 0; l < L; l++) gt[l] += d[l] + (l == gold[0]);
    for (size_t i = 1; i < n; i++) {
        double nb[L];
        for (int to = 0; to < L; to++) nb[to] = psi[i * L + to] * b[i * L + to] / z[i];
        for (int from = 0; from < L; from++) {
            const double *row = et + (size_t)(from + 1) * L;
            double *gr = gt + (size_t)(from + 1) * L;
            double c = a[(i - 1) * L + from];
            for (int to = 0; to < L; to++) gr[to] += c * row[to] * nb[to];
        }
    }
    return logz - score;
}

/* Adds d (per label) times each feature's sign to its row of g. */
static void scatter(double *g, const uint32_t *f, size_t nf, const double *d) {
    for (size_t k = 0; k < nf; k++) {
        uint32_t fv = f[k];
        double *row = g + (size_t)(fv & 0x7fffffffu) * L;
        if (fv >> 31)
            for (int l = 0; l < L; l++) row[l] -= d[l];
        else
            for (int l = 0; l < L; l++) row[l] += d[l];
    }
}

static void *run_job(void *arg) {
    crf_job *j = arg;
    const vl_ner_trainer *t = j->t;
    crf_scratch *sc = j->sc;
    double *g = j->g, *gt = j->g + (j->dim - NT);
    const double *x = j->x;
    double loss = 0;
    memset(g, 0, j->dim * sizeof *g);
    double d2[VL_NER_MAX_SENT * L];
    for (size_t s = j->s0; s < j->s1 && isfinite(loss); s++) {
        size_t t0 = t->sent_tok[s], n = t->sent_tok[s + 1] - t0;
        if (!n) continue;
        emissions(t, x, t0, n, sc->em);
        loss += sentence(sc->em, t->gold + t0, n, x + (j->dim - NT), j->et, sc, sc->d, gt);
        int any = 0;
        if (j->docval)
            for (size_t i = 0; i < n; i++) any |= j->docval[t0 + i] != 0;
        if (any) {
            const uint32_t *val = j->docval + t0;
            memcpy(sc->em2, sc->em, n * L * sizeof *sc->em);
            for (size_t i = 0; i < n; i++) {
                uint64_t f[VL_NER_MAX_DOC_FEATS];
                size_t nf = vl_ner_doc_features(i ? val[i - 1] : 0, val[i], i + 1 < n ? val[i + 1] : 0,
                                                t->cap[t0 + i], f);
                sc->ndocf[i] = (uint8_t)nf;
                double *e = sc->em2 + i * L;
                for (size_t k = 0; k < nf; k++) {
                    uint32_t fv = (uint32_t)(f[k] & t->mask) | (uint32_t)(f[k] >> 63) << 31;
                    sc->docf[i][k] = fv;
                    const double *row = x + (size_t)(fv & 0x7fffffffu) * L;
                    if (fv >> 31)
                        for (int l = 0; l < L; l++) e[l] -= row[l];
                    else
                        for (int l = 0; l < L; l++) e[l] += row[l];
                }
            }
            loss += sentence(sc->em2, t->gold + t0, n, x + (j->dim - NT), j->et, sc, d2, gt);
            for (size_t i = 0; i < n; i++) {
                scatter(g, sc->docf[i], sc->ndocf[i], d2 + i * L);
                for (int l = 0; l < L; l++) sc->d[i * L + l] += d2[i * L + l];
            }
        }
        for (size_t i = 0; i < n; i++)
            scatter(g, t->feat + t->tok_feat[t0 + i], t->tok_feat[t0 + i + 1] - t->tok_feat[t0 + i], sc->d + i * L);
    }
    j->loss = loss;
    return NULL;
}

/* What an evaluation needs beyond x: the threads' arrays and scratch. */
typedef struct crf_eval {
    const vl_ner_trainer *t;
    const uint32_t *docval;
    double c2;
    int nthreads;
    size_t split[MAX_THREADS + 1]; /* sentence ranges of the threads */
    double *gpriv[MAX_THREADS];    /* gradients of threads 1.. (0 writes liblbfgs's) */
    crf_scratch *sc[MAX_THREADS];
    int stage;
    int failed; /* a thread could not be started */
} crf_eval;

static double evaluate_all(crf_eval *ev, const double *x, double *g) {
    const vl_ner_trainer *t = ev->t;
    size_t dim = vl_ner_crf_dim(t);
    const double *tx = x + dim - NT;
    double et[NT];
    for (int from = -1; from < L; from++)
        for (int to = 0; to < L; to++)
            et[(from + 1) * L + to] = vl_ner_transition_ok(from, to) ? exp(tx[(from + 1) * L + to]) : 0;
    crf_job jobs[MAX_THREADS];
    pthread_t th[MAX_THREADS];
    int started[MAX_THREADS] = {0};
    for (int k = 0; k < ev->nthreads; k++) {
        jobs[k] = (crf_job){.t = t, .x = x, .et = et, .docval = ev->docval, .s0 = ev->split[k],
                            .s1 = ev->split[k + 1], .g = k ? ev->gpriv[k] : g, .dim = dim, .sc = ev->sc[k]};
        if (k) started[k] = pthread_create(&th[k], NULL, run_job, &jobs[k]) == 0;
    }
    run_job(&jobs[0]);
    double loss = jobs[0].loss;
    for (int k = 1; k < ev->nthreads; k++) {
        if (started[k]) pthread_join(th[k], NULL);
        else run_job(&jobs[k]); /* no thread: do its share here */
        loss += jobs[k].loss;
        const double *gk = ev->gpriv[k];
        for (size_t i = 0; i < dim; i++) g[i] += gk[i];
    }
    double reg = 0;
    for (size_t i = 0; i < dim; i++) {
        reg += x[i] * x[i];
        g[i] += ev->c2 * x[i];
    }
    return loss + 0.5 * ev->c2 * reg;
}

static lbfgsfloatval_t evaluate(void *inst, const lbfgsfloatval_t *x, lbfgsfloatval_t *g, const int n,
                                const lbfgsfloatval_t step) {
    (void)n;
    (void)step;
    return evaluate_all(inst, x, g);
}

static int progress(void *inst, const lbfgsfloatval_t *x, const lbfgsfloatval_t *g, const lbfgsfloatval_t fx,
                    const lbfgsfloatval_t xnorm, const lbfgsfloatval_t gnorm, const lbfgsfloatval_t step, int n,
                    int k, int ls) {
    (void)x, (void)g, (void)xnorm, (void)gnorm, (void)step, (void)n, (void)ls;
    crf_eval *ev = inst;
    if (ev->t->opts.on_iter) ev->t->opts.on_iter(ev->t->opts.ctx, ev->stage, k, fx);
    return 0;
}

static void free_eval(crf_eval *ev) {
    for (int k = 0; k < MAX_THREADS; k++) {
        free(ev->gpriv[k]);
        free(ev->sc[k]);
    }
}

static int init_eval(crf_eval *ev, const vl_ner_trainer *t, double c2, int nthreads) {
    memset(ev, 0, sizeof *ev);
    ev->t = t;
    ev->c2 = c2;
    ev->nthreads = nthreads < 1 ? 1 : nthreads > MAX_THREADS ? MAX_THREADS : nthreads;
    size_t dim = vl_ner_crf_dim(t);
    /* threads' shares: about as many tokens each */
    ev->split[0] = 0;
    size_t s = 0;
    for (int k = 1; k < ev->nthreads; k++) {
        size_t want = t->ntok / (size_t)ev->nthreads * (size_t)k;
        while (s < t->nsent && t->sent_tok[s] < want) s++;
        ev->split[k] = s;
    }
    ev->split[ev->nthreads] = t->nsent;
    for (int k = 0; k < ev->nthreads; k++) {
        ev->sc[k] = malloc(sizeof *ev->sc[k]);
        if (k) ev->gpriv[k] = malloc(dim * sizeof *ev->gpriv[k]);
        if (!ev->sc[k] || (k && !ev->gpriv[k])) return VL_ENOMEM;
    }
    return VL_OK;
}

double vl_ner_crf_objective(const vl_ner_trainer *t, const double *x, const uint32_t *docval, double c2,
                            double *g) {
    crf_eval ev;
    double f = NAN;
    if (init_eval(&ev, t, c2, 1) == VL_OK) {
        ev.docval = docval;
        f = evaluate_all(&ev, x, g);
    }
    free_eval(&ev);
    return f;
}

/* Each token's document value from the first-pass labels (Viterbi at x)
 * of its document, as vl_ner_tag_doc computes them when tagging. */
static int document_values(const vl_ner_trainer *t, const double *x, uint32_t *docval, uint8_t *pred1) {
    size_t nw = ((size_t)1 << t->opts.bits) * L;
    float trans[NT];
    for (int k = 0; k < NT; k++) trans[k] = (float)x[nw + (size_t)k];
    double em[VL_NER_MAX_SENT * L];
    float emf[VL_NER_MAX_SENT * L];
    int lab[VL_NER_MAX_SENT];
    uint8_t back[VL_NER_MAX_SENT * L];
    for (size_t s = 0; s < t->nsent; s++) {
        size_t t0 = t->sent_tok[s], n = t->sent_tok[s + 1] - t0;
        if (!n) continue;
        emissions(t, x, t0, n, em);
        for (size_t i = 0; i < n * L; i++) emf[i] = (float)em[i];
        vl_ner_viterbi(emf, n, trans, lab, back);
        for (size_t i = 0; i < n; i++) pred1[t0 + i] = (uint8_t)lab[i];
    }
    vl_ner_doc doc = {0};
    for (size_t k = 0; k < t->nunit; k++) {
        size_t t0 = t->sent_tok[t->unit_sent[k]], t1 = t->sent_tok[t->unit_sent[k + 1]];
        vl_ner_doc_clear(&doc);
        for (size_t i = t0; i < t1; i++) {
            int l = pred1[i];
            if (vl_ner_doc_add(&doc, t->h_lower + i, t->cap + i, &l, 1)) {
                vl_ner_doc_free(&doc);
                return VL_ENOMEM;
            }
        }
        for (size_t i = t0; i < t1; i++) docval[i] = vl_ner_doc_value(&doc, t->h_lower[i], t->cap[i], pred1[i]);
    }
    vl_ner_doc_free(&doc);
    return VL_OK;
}

/* Runs L-BFGS from x; liblbfgs's ends that are not failures of ours
 * (the iteration limit, a line search that cannot improve any more) keep
 * the x reached. */
static int optimise(crf_eval *ev, int n, lbfgsfloatval_t *x, int max_iter, vl_error *err) {
    lbfgs_parameter_t p;
    lbfgs_parameter_init(&p);
    p.m = 6;
    p.epsilon = 1e-5;
    p.past = 10;
    p.delta = 1e-5;
    p.max_iterations = max_iter;
    /* backtracking: an infinite objective at a too-long step (an
     * overflow) only shortens the step */
    p.linesearch = LBFGS_LINESEARCH_BACKTRACKING;
    lbfgsfloatval_t fx;
    int rc = lbfgs(n, x, &fx, evaluate, progress, ev, &p);
    if (rc == LBFGSERR_OUTOFMEMORY) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (rc == LBFGSERR_INVALID_N || rc == LBFGSERR_INVALID_N_SSE || rc == LBFGSERR_INVALID_X_SSE ||
        (rc >= LBFGSERR_INVALID_EPSILON && rc <= LBFGSERR_INVALID_ORTHANTWISE_END) || rc == LBFGSERR_INVALIDPARAMETERS)
        return vl_error_set(err, VL_EARG, NULL, 0, "L-BFGS refused its parameters (%d)", rc);
    if (!isfinite(fx)) return vl_error_set(err, VL_EARG, NULL, 0, "CRF training diverged");
    return VL_OK;
}

int vl_ner_crf_run(vl_ner_trainer *t, const char *path, vl_error *err) {
    double c2 = t->opts.c2 > 0 ? t->opts.c2 : VL_NER_CRF_C2;
    int max_iter = t->opts.max_iter > 0 ? t->opts.max_iter : VL_NER_CRF_MAX_ITER;
    size_t dim = vl_ner_crf_dim(t), nw = dim - NT;
    if (dim > (size_t)0x7fffffff) return vl_error_set(err, VL_EARG, NULL, 0, "too many weights for L-BFGS");
    crf_eval ev;
    lbfgsfloatval_t *x = lbfgs_malloc((int)dim);
    uint32_t *docval = calloc(t->ntok + 1, sizeof *docval);
    uint8_t *pred1 = calloc(t->ntok + 1, 1);
    float *w = NULL;
    int rc = init_eval(&ev, t, c2, t->opts.threads ? t->opts.threads : 2);
    if (rc || !x || !docval || !pred1) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    memset(x, 0, dim * sizeof *x);
    ev.stage = 1;
    if ((rc = optimise(&ev, (int)dim, x, max_iter, err))) goto out;
    if (document_values(t, x, docval, pred1)) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    ev.stage = 2;
    ev.docval = docval;
    if ((rc = optimise(&ev, (int)dim, x, max_iter, err))) goto out;
    w = malloc(nw * sizeof *w);
    if (!w) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    for (size_t k = 0; k < nw; k++) w[k] = (float)x[k];
    float trans[NT];
    for (int k = 0; k < NT; k++) trans[k] = (float)x[nw + (size_t)k];
    rc = vl_ner_model_write(path, t->opts.lang, t->opts.bits, w, trans, t->opts.gaz, t->opts.clusters, err);
out:
    free_eval(&ev);
    free(w);
    free(pred1);
    free(docval);
    if (x) lbfgs_free(x);
    return rc;
}
