/*
 * test_ner_fast.c -- the entity tagger's fast paths give what the plain
 * computations give: the weight rows converted at load time sum to the
 * file's weights (both signs), the branch-free Viterbi finds the path and
 * tie-breaks of a plain scalar Viterbi, and the tokeniser's inline UTF-8
 * decoding and Latin-letter shortcut split text the way utf8proc's
 * categories say (accented words whole, × and ÷ apart, invalid bytes as
 * separators); a tagger kept from text to text (vl_ner_tag_with) tags
 * each as a fresh vl_ner_tag does, long texts included.  Texts written
 * for these tests.
 */
#include "harness.h"

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"
#include "ner/rows.h"

enum { L = VL_NER_NLABELS };

/* A deterministic pseudo-random sequence (xorshift64). */
static uint64_t next_rand(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void test_rows_sum_like_file(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *path = th_path(dir, "m.model");
    unsigned bits = 10;
    size_t nw = ((size_t)1 << bits) * L;
    float *w = calloc(nw, sizeof *w);
    float trans[(L + 1) * L] = {0};
    uint64_t r = 0x1234567;
    for (size_t k = 0; k < nw; k++) w[k] = (float)((int)(next_rand(&r) % 2001) - 1000) / 7.0f;
    vl_error err;
    assert_int_equal(vl_ner_model_write(path, VL_LANG_FR, bits, w, trans, NULL, NULL, &err), VL_OK);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(path, &m, &err), VL_OK);
    const vl_ner_weights *mw = vl_ner_model_weights(m);
    for (int trial = 0; trial < 200; trial++) {
        uint64_t f[VL_NER_MAX_FEATS];
        size_t nf = 1 + next_rand(&r) % VL_NER_MAX_FEATS;
        for (size_t k = 0; k < nf; k++) f[k] = next_rand(&r); /* top bit: the sign */
        float em[L], want[L];
        for (int l = 0; l < L; l++) em[l] = want[l] = (float)l * 0.5f;
        /* the plain sum over the file's 9-weight rows */
        int32_t acc[L] = {0};
        for (size_t k = 0; k < nf; k++) {
            const int16_t *row = mw->w + (f[k] & mw->mask) * L;
            for (int l = 0; l < L; l++) acc[l] += f[k] >> 63 ? -row[l] : row[l];
        }
        for (int l = 0; l < L; l++) want[l] += (float)acc[l] * mw->scale;
        vl_ner_add_features(mw, f, nf, em);
        assert_memory_equal(em, want, sizeof em);
    }
    vl_ner_model_close(m);
    free(w);
    free(path);
    th_tmpdir_cleanup(dir);
}

/* vl_ner_rows_add (rows.h: SSE2 multiply-adds, or shifts without SSE2)
 * against a scalar sum, with the int16 extremes in both signs and slots
 * repeated: the nine labels of the accumulator, added to what it held. */
static void test_rows_add_extremes(void **state) {
    (void)state;
    enum { NROWS = 64 };
    static int16_t rows[NROWS * VL_NER_ROW] __attribute__((aligned(32)));
    uint64_t r = 0xfeedbeef;
    for (size_t k = 0; k < NROWS; k++)
        for (int l = 0; l < VL_NER_ROW; l++) {
            int16_t v = 0;
            if (l < L) {
                uint64_t x = next_rand(&r);
                v = k < 4 ? (k & 1 ? INT16_MIN : INT16_MAX) : (int16_t)(x & 0xffff);
            }
            rows[k * VL_NER_ROW + l] = v;
        }
    vl_ner_weights w = {.bits = 6, .mask = NROWS - 1, .rows = rows, .scale = 1.0f};
    for (int trial = 0; trial < 300; trial++) {
        uint32_t sl[VL_NER_MAX_FEATS];
        size_t ns = next_rand(&r) % VL_NER_MAX_FEATS;
        int32_t want[L];
        vl_ner_acc a;
        for (int l = 0; l < L; l++) want[l] = (int32_t)(next_rand(&r) % 100000) - 50000;
        for (int v = 0; v < 3; v++)
            for (int j = 0; j < 4; j++) a.v[v][j] = v == 2 ? (j ? 0 : want[8]) : want[2 * j + v];
        for (size_t k = 0; k < ns; k++) {
            uint64_t x = next_rand(&r);
            uint32_t row = trial < 10 ? (uint32_t)(k % 4) : (uint32_t)(x % NROWS);
            sl[k] = row | (uint32_t)(x >> 63) << 31;
            for (int l = 0; l < L; l++) want[l] += (x >> 63) ? -rows[row * VL_NER_ROW + l] : rows[row * VL_NER_ROW + l];
        }
        vl_ner_rows_add(&w, sl, ns, &a);
        for (int l = 0; l < L; l++) assert_int_equal(vl_ner_acc_label(&a, l), want[l]);
    }
}

/* The textbook Viterbi: a scalar loop over previous labels in order. */
static void plain_viterbi(const float *em, size_t n, const float *trans, int *labels) {
    float cur[L], nxt[L];
    uint8_t back[64 * L];
    for (int l = 0; l < L; l++) cur[l] = (vl_ner_transition_ok(-1, l) ? trans[l] : -1e30f) + em[l];
    for (size_t i = 1; i < n; i++) {
        for (int to = 0; to < L; to++) {
            float best = 0;
            int arg = -1;
            for (int from = 0; from < L; from++) {
                float t = vl_ner_transition_ok(from, to) ? trans[(from + 1) * L + to] : -1e30f;
                if (arg < 0 || cur[from] + t > best) {
                    best = cur[from] + t;
                    arg = from;
                }
            }
            nxt[to] = best + em[i * L + to];
            back[i * L + to] = (uint8_t)arg;
        }
        memcpy(cur, nxt, sizeof cur);
    }
    int best = 0;
    for (int l = 1; l < L; l++)
        if (cur[l] > cur[best]) best = l;
    for (size_t i = n; i-- > 0;) {
        labels[i] = best;
        if (i) best = back[i * L + best];
    }
}

static void test_viterbi_like_plain(void **state) {
    (void)state;
    uint64_t r = 99;
    for (int trial = 0; trial < 500; trial++) {
        size_t n = 1 + next_rand(&r) % 60;
        float em[64 * L], trans[(L + 1) * L];
        /* Coarse values (multiples of 0.5 in a small range) make ties
         * frequent: the first best previous label must win them. */
        for (size_t k = 0; k < n * L; k++) em[k] = (float)(next_rand(&r) % 7) * 0.5f;
        for (size_t k = 0; k < (L + 1) * L; k++) trans[k] = (float)(next_rand(&r) % 5) * 0.5f - 1.0f;
        int got[64], want[64];
        uint8_t back[64 * L];
        plain_viterbi(em, n, trans, want);
        vl_ner_viterbi(em, n, trans, got, back);
        assert_memory_equal(got, want, n * sizeof *got);
        float folded[(L + 1) * L];
        vl_ner_fold_trans(trans, folded);
        memset(got, 0xff, sizeof got);
        vl_ner_viterbi_folded(em, n, folded, got, back);
        assert_memory_equal(got, want, n * sizeof *got);
        float bio[VL_NER_BIO_TABLE];
        assert_int_equal(vl_ner_bio_table(folded, bio), 1);
        memset(got, 0xff, sizeof got);
        vl_ner_viterbi_bio(em, n, folded, bio, got, back);
        assert_memory_equal(got, want, n * sizeof *got);
        for (size_t i = 1; i < n; i++) assert_true(vl_ner_transition_ok(got[i - 1], got[i]));
    }
    /* Signed zeros and infinite emissions (the SSE2 step takes each
     * target's maximum, then the first predecessor equal to it): the same
     * path as the textbook loop. */
    for (int trial = 0; trial < 300; trial++) {
        size_t n = 1 + next_rand(&r) % 60;
        float em[64 * L], trans[(L + 1) * L];
        static const float vals[] = {0.0f, -0.0f, 0.5f, -0.5f, 1.0f};
        for (size_t k = 0; k < n * L; k++) em[k] = vals[next_rand(&r) % 5];
        if (trial % 3 == 0) em[next_rand(&r) % (n * L)] = -INFINITY;
        for (size_t k = 0; k < (L + 1) * L; k++) trans[k] = vals[next_rand(&r) % 5];
        int got[64], want[64];
        uint8_t back[64 * L];
        plain_viterbi(em, n, trans, want);
        float folded[(L + 1) * L], bio[VL_NER_BIO_TABLE];
        vl_ner_fold_trans(trans, folded);
        assert_int_equal(vl_ner_bio_table(folded, bio), 1);
        memset(got, 0xff, sizeof got);
        vl_ner_viterbi_bio(em, n, folded, bio, got, back);
        assert_memory_equal(got, want, n * sizeof *got);
    }
    /* A NaN emission (a corrupt model): a legal path all the same. */
    {
        float em[8 * L], trans[(L + 1) * L] = {0}, folded[(L + 1) * L], bio[VL_NER_BIO_TABLE];
        for (size_t k = 0; k < 8 * L; k++) em[k] = (float)(k % 5) * 0.25f;
        em[3 * L + 2] = NAN;
        vl_ner_fold_trans(trans, folded);
        assert_int_equal(vl_ner_bio_table(folded, bio), 1);
        int got[8];
        uint8_t back[8 * L];
        vl_ner_viterbi_bio(em, 8, folded, bio, got, back);
        for (size_t i = 0; i < 8; i++) assert_true(got[i] >= 0 && got[i] < L);
        for (size_t i = 1; i < 8; i++) assert_true(vl_ner_transition_ok(got[i - 1], got[i]));
    }
    /* Transitions too large for the shortcut to be exact are refused. */
    float trans[(L + 1) * L] = {0}, folded[(L + 1) * L], bio[VL_NER_BIO_TABLE];
    trans[L + VL_NER_O] = 1e25f;
    vl_ner_fold_trans(trans, folded);
    assert_int_equal(vl_ner_bio_table(folded, bio), 0);
}

/* The pruning of predecessors (vl_ner_bio_alive): the first best
 * predecessor of O and of each B- label is never pruned, and with scores
 * far apart (as a trained model gives) most are. */
static void test_viterbi_pruning(void **state) {
    (void)state;
    uint64_t r = 7;
    size_t pruned = 0, kept = 0;
    for (int trial = 0; trial < 3000; trial++) {
        float trans[(L + 1) * L], folded[(L + 1) * L], bio[VL_NER_BIO_TABLE], cur[L];
        /* transitions in [-4, 4], scores spread over [-s, s] with s from
         * 0.5 to 500, some near ties (multiples of a coarse step) */
        for (size_t k = 0; k < (L + 1) * L; k++) trans[k] = (float)((int)(next_rand(&r) % 17) - 8) * 0.5f;
        vl_ner_fold_trans(trans, folded);
        assert_int_equal(vl_ner_bio_table(folded, bio), 1);
        float s = (float)(1 + trial % 1000) * 0.5f;
        for (int l = 0; l < L; l++) cur[l] = ((float)(next_rand(&r) % 41) - 20.0f) * s / 20.0f;
        if (trial % 5 == 0) cur[next_rand(&r) % L] = cur[next_rand(&r) % L] + folded[L] - folded[2 * L];
        unsigned alive = vl_ner_bio_alive(cur, bio);
        assert_true(alive != 0 && alive < (1u << L));
        for (int to = 0; to < L; to++) {
            if (to != VL_NER_O && !vl_ner_label_is_b(to)) continue;
            int arg = 0;
            for (int from = 1; from < L; from++)
                if (cur[from] + folded[(from + 1) * L + to] > cur[arg] + folded[(arg + 1) * L + to]) arg = from;
            assert_true(alive & (1u << arg));
        }
        for (int l = 0; l < L; l++) (alive & (1u << l)) ? kept++ : pruned++;
    }
    assert_true(pruned > kept);
    /* Long sentences of such scores: the same path as the textbook loop. */
    for (int trial = 0; trial < 300; trial++) {
        size_t n = 1 + next_rand(&r) % 60;
        float em[64 * L], trans[(L + 1) * L], folded[(L + 1) * L], bio[VL_NER_BIO_TABLE];
        for (size_t k = 0; k < n * L; k++) em[k] = ((float)(next_rand(&r) % 41) - 20.0f) * (float)(1 + trial % 7);
        for (size_t k = 0; k < (L + 1) * L; k++) trans[k] = (float)((int)(next_rand(&r) % 17) - 8) * 0.5f;
        int got[64], want[64];
        uint8_t back[64 * L];
        plain_viterbi(em, n, trans, want);
        vl_ner_fold_trans(trans, folded);
        assert_int_equal(vl_ner_bio_table(folded, bio), 1);
        vl_ner_viterbi_bio(em, n, folded, bio, got, back);
        assert_memory_equal(got, want, n * sizeof *got);
    }
    /* NaN and infinite scores keep every predecessor. */
    float trans[(L + 1) * L] = {0}, folded[(L + 1) * L], bio[VL_NER_BIO_TABLE];
    vl_ner_fold_trans(trans, folded);
    assert_int_equal(vl_ner_bio_table(folded, bio), 1);
    float cur[L] = {NAN, -100, -100, -100, -100, -100, -100, -100, 0};
    assert_int_equal(vl_ner_bio_alive(cur, bio), (1u << L) - 1);
    cur[0] = -100;
    cur[3] = NAN;
    assert_int_equal(vl_ner_bio_alive(cur, bio), (1u << L) - 1);
    cur[3] = -100;
    assert_int_equal(vl_ner_bio_alive(cur, bio), 1u << 8);
    cur[0] = INFINITY;
    assert_int_equal(vl_ner_bio_alive(cur, bio), (1u << L) - 1);
    for (int l = 0; l < L; l++) cur[l] = -INFINITY;
    assert_int_equal(vl_ner_bio_alive(cur, bio), (1u << L) - 1);
    cur[4] = 0;
    assert_int_equal(vl_ner_bio_alive(cur, bio), 1u << 4);
}

/* "tok|tok|..." of a text, one sentence or several ("//"). */
static void toks_of(const char *s, size_t len, char *out, size_t cap) {
    vl_ner_lexer lx;
    vl_ner_tok t[VL_NER_MAX_SENT];
    vl_ner_lexer_init(&lx, s, len, VL_LANG_FR);
    size_t n, o = 0;
    out[0] = 0;
    int first = 1;
    while ((n = vl_ner_next_sentence(&lx, t, VL_NER_MAX_SENT)) > 0) {
        if (!first) o += (size_t)snprintf(out + o, cap - o, "//");
        first = 0;
        for (size_t i = 0; i < n; i++)
            o += (size_t)snprintf(out + o, cap - o, "%s%.*s", i ? "|" : "", (int)(t[i].end - t[i].start), s + t[i].start);
    }
}

/* The ASCII characters either side of the letter and digit ranges
 * (/ : @ [ ` {) end a word: the table of word bytes has no off-by-one. */
static void test_tokens_ascii_edges(void **state) {
    (void)state;
    char b[256];
    const char *s = "ab@cd[ef`gh{ij/kl:mn AZ az 09 Z0z9";
    toks_of(s, strlen(s), b, sizeof b);
    assert_string_equal(b, "ab|@|cd|[|ef|`|gh|{|ij|/|kl|:|mn|AZ|az|09|Z0z9");
}

static void test_tokens_utf8(void **state) {
    (void)state;
    char b[512];
    const char *s = "Œuvre ÉLAN Łódź ǅemal ʁ 3×4 8÷2 « Noël » ‘Zoé’ ж\xE2\x80\xAFmot";
    toks_of(s, strlen(s), b, sizeof b);
    /* Latin letters from U+00C0 to U+02C1 are word characters, the signs
     * × and ÷ are not; the narrow no-break space separates. */
    assert_string_equal(b, "Œuvre|ÉLAN|Łódź|ǅemal|ʁ|3|×|4|8|÷|2|«|Noël|»|‘|Zoé|’|ж|mot");
    /* Invalid and truncated sequences separate words, counted one code
     * point a byte; an overlong slash, a surrogate and a lone lead byte. */
    const char bad[] = "ab\xC0\xAF" "cd\xED\xA0\x80" "ef\xC3";
    vl_ner_lexer lx;
    vl_ner_tok t[8];
    vl_ner_lexer_init(&lx, bad, sizeof bad - 1, VL_LANG_EN);
    assert_int_equal(vl_ner_next_sentence(&lx, t, 8), 3);
    assert_int_equal(t[0].start, 0);
    assert_int_equal(t[0].end, 2);
    assert_int_equal(t[1].start, 4);
    assert_int_equal(t[1].cstart, 4);
    assert_int_equal(t[2].start, 9);
    assert_int_equal(t[2].end, 11);
    assert_int_equal(t[2].cstart, 9);
    /* code points, not bytes, for the offsets after two-, three- and
     * four-byte characters */
    const char *m = "é€😀 Zoé";
    vl_ner_lexer_init(&lx, m, strlen(m), VL_LANG_FR);
    size_t n = vl_ner_next_sentence(&lx, t, 8);
    assert_int_equal(n, 4); /* é, then the symbols € and 😀 alone, then Zoé */
    assert_int_equal(t[n - 1].cstart, 4);
    assert_int_equal(t[n - 1].cend, 7);
    /* abbreviations still keep their dot */
    toks_of("Mme Dupont et M. Roy, etc. Fin.", 31, b, sizeof b);
    assert_string_equal(b, "Mme|Dupont|et|M.|Roy|,|etc.//Fin|.");
}

/* Sentences: a paragraph's first token is looked at, kept, and given to
 * the next sentence; closing quotes stay with the sentence they close; a
 * sentence longer than max goes on in the next call. */
static void test_sentences_lookahead(void **state) {
    (void)state;
    char b[256];
    toks_of("Un deux\n\nTrois. « Quatre. » Cinq six.\nsept", 44, b, sizeof b);
    assert_string_equal(b, "Un|deux//Trois|.//«|Quatre|.|»//Cinq|six|.|sept");
    vl_ner_lexer lx;
    vl_ner_tok t[3];
    const char *s = "a b c d\n\ne";
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    assert_int_equal(vl_ner_next_sentence(&lx, t, 3), 3);
    assert_int_equal(t[2].start, 4);
    assert_int_equal(vl_ner_next_sentence(&lx, t, 3), 1); /* d, then the paragraph */
    assert_int_equal(t[0].start, 6);
    assert_int_equal(vl_ner_next_sentence(&lx, t, 3), 1);
    assert_int_equal(t[0].start, 9);
    assert_true(t[0].flags & VL_NTOK_PARA);
    assert_int_equal(vl_ner_next_sentence(&lx, t, 3), 0);
    assert_int_equal(vl_ner_next_sentence(&lx, t, 3), 0);
}

/* Spans as "type:start-end " into a growing string. */
typedef struct spans {
    char *s;
    size_t n, cap;
} spans;

static int add_span(void *ctx, const vl_ner_span *sp) {
    spans *o = ctx;
    char b[64];
    int k = snprintf(b, sizeof b, "%d:%zu-%zu ", (int)sp->type, sp->byte_start, sp->byte_end);
    if (o->n + (size_t)k + 1 > o->cap) {
        o->cap = (o->n + (size_t)k + 1) * 2;
        o->s = realloc(o->s, o->cap);
    }
    memcpy(o->s + o->n, b, (size_t)k + 1);
    o->n += (size_t)k;
    return 0;
}

static void test_tagger_reused(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *path = th_path(dir, "m.model");
    unsigned bits = 12;
    size_t nw = ((size_t)1 << bits) * L;
    float *w = calloc(nw, sizeof *w);
    float trans[(L + 1) * L];
    uint64_t r = 7;
    /* Random weights tag something somewhere: the test compares two ways
     * of tagging, not the tags' quality. */
    for (size_t k = 0; k < nw; k++) w[k] = (float)((int)(next_rand(&r) % 201) - 100) / 50.0f;
    for (size_t k = 0; k < (L + 1) * L; k++) trans[k] = (float)((int)(next_rand(&r) % 21) - 10) / 10.0f;
    vl_error err;
    assert_int_equal(vl_ner_model_write(path, VL_LANG_FR, bits, w, trans, NULL, NULL, &err), VL_OK);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(path, &m, &err), VL_OK);
    /* a long text (past what the tagger keeps between texts), then short ones */
    size_t big = 200000, o = 0;
    char *longtext = malloc(big + 64);
    const char *words[] = {"Mme", "Aurore", "Vantelle", "visite", "Brécourt", "avec", "la", "Société", "Orbalis", ".", "Puis",
                           "\n\n"};
    for (size_t k = 0; o < big; k++) {
        const char *x = words[next_rand(&r) % (sizeof words / sizeof words[0])];
        o += (size_t)snprintf(longtext + o, big + 64 - o, "%s ", x);
    }
    const char *texts[] = {longtext,
                           "Mme Aurore Vantelle a rencontré les dirigeants d'Orbalis à Brécourt.",
                           "Selon Orbalis, Vantelle quittera Brécourt. Vantelle l'a confirmé.",
                           "",
                           "Le Conseil de Brécourt siège lundi. Brécourt attend Mme Vantelle."};
    vl_ner_tagger *t;
    assert_int_equal(vl_ner_tagger_new(&t, &err), VL_OK);
    size_t total = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
            spans a = {0}, b = {0};
            size_t len = k == 0 ? o : strlen(texts[k]);
            assert_int_equal(vl_ner_tag(m, texts[k], len, VL_LANG_FR, add_span, &a, &err), VL_OK);
            assert_int_equal(vl_ner_tag_with(t, m, texts[k], len, VL_LANG_FR, add_span, &b, &err), VL_OK);
            assert_int_equal(a.n, b.n);
            if (a.n) assert_memory_equal(a.s, b.s, a.n);
            total += a.n;
            free(a.s);
            free(b.s);
        }
    assert_true(total > 0);
    vl_ner_tagger_free(t);
    vl_ner_model_close(m);
    free(longtext);
    free(w);
    free(path);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows_sum_like_file),
        cmocka_unit_test(test_rows_add_extremes),
        cmocka_unit_test(test_viterbi_like_plain),
        cmocka_unit_test(test_viterbi_pruning),
        cmocka_unit_test(test_tokens_ascii_edges),
        cmocka_unit_test(test_tokens_utf8),
        cmocka_unit_test(test_sentences_lookahead),
        cmocka_unit_test(test_tagger_reused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
