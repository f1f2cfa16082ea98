/*
 * test_ner_doc.c -- unit tests of the tagger's document pass (src/ner/doc.c):
 * the table of what the first pass said of each capitalised word, the
 * document value of a token (its other occurrences only), the second-pass
 * features, and a tiny model that can only tell a bare name's type from the
 * rest of its document.  The names are invented for these tests.
 */
#include "harness.h"

#include <cmocka.h>

#include "ner_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"

/* Lexes the rest of lx's text into toks from toks[n] on, at most cap
 * tokens in all; returns the count.  With sent, each sentence's first
 * token is appended to sent[*nsent]. */
static size_t lex_rest(vl_ner_lexer *lx, vl_ner_tok *toks, size_t n, size_t cap, size_t *sent, size_t *nsent) {
    size_t k;
    while ((k = vl_ner_next_sentence(lx, toks + n, cap - n)) > 0) {
        if (sent) sent[(*nsent)++] = n;
        n += k;
    }
    return n;
}

/* Prepares one sentence of s (its first) into sf; returns its length. */
static size_t prepare(const char *s, vl_ner_tok *toks, vl_ner_sent_feats *sf) {
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    size_t n = vl_ner_next_sentence(&lx, toks, VL_NER_MAX_SENT);
    vl_ner_sent_prepare(sf, s, toks, n);
    return n;
}

static void test_doc_values(void **state) {
    (void)state;
    static vl_ner_sent_feats sf;
    vl_ner_tok toks[VL_NER_MAX_SENT];
    /* "Kerbrat" twice as ORG, once as PER; "Brest" once; "dit" is not
     * capitalised. */
    const char *s = "Kerbrat dit que Kerbrat et Kerbrat vont à Brest";
    size_t n = prepare(s, toks, &sf);
    assert_int_equal(n, 9);
    int lab[9] = {vl_ner_label_b(VL_NER_ORG), 0, 0, vl_ner_label_b(VL_NER_ORG), 0, vl_ner_label_b(VL_NER_PER), 0, 0,
                  vl_ner_label_b(VL_NER_LOC)};
    vl_ner_doc d = {0};
    assert_int_equal(vl_ner_doc_value(&d, sf.h_lower[0], sf.cap[0], lab[0]), 0); /* empty table */
    assert_int_equal(vl_ner_doc_add(&d, sf.h_lower, sf.cap, lab, n), VL_OK);
    assert_int_equal(d.n, 2); /* kerbrat, brest */
    /* The PER occurrence sees two ORG others: set {ORG}, majority ORG. */
    uint32_t v = vl_ner_doc_value(&d, sf.h_lower[5], sf.cap[5], lab[5]);
    assert_int_equal(v & 31u, 1u << VL_NER_ORG);
    assert_int_equal(v >> 5, VL_NER_ORG + 1);
    /* An ORG occurrence sees one ORG and one PER: both in the set; the
     * tie goes to the first type (PER). */
    v = vl_ner_doc_value(&d, sf.h_lower[0], sf.cap[0], lab[0]);
    assert_int_equal(v & 31u, (1u << VL_NER_ORG) | (1u << VL_NER_PER));
    assert_int_equal(v >> 5, VL_NER_PER + 1);
    /* Brest has no other occurrence; "dit" is not a capitalised word. */
    assert_int_equal(vl_ner_doc_value(&d, sf.h_lower[8], sf.cap[8], lab[8]), 0);
    assert_int_equal(vl_ner_doc_value(&d, sf.h_lower[1], sf.cap[1], 0), 0);
    /* Many words: the table grows and keeps its counts. */
    char word[48];
    for (int k = 0; k < 1000; k++) {
        snprintf(word, sizeof word, "Nom%d et Nom%d", k, k);
        static vl_ner_sent_feats sf2;
        vl_ner_tok t2[VL_NER_MAX_SENT];
        size_t n2 = prepare(word, t2, &sf2);
        int l2[3] = {vl_ner_label_b(VL_NER_LOC), 0, vl_ner_label_b(VL_NER_MISC)};
        assert_int_equal(vl_ner_doc_add(&d, sf2.h_lower, sf2.cap, l2, n2), VL_OK);
        if (k == 999) assert_int_equal(vl_ner_doc_value(&d, sf2.h_lower[0], sf2.cap[0], l2[0]) >> 5, VL_NER_MISC + 1);
    }
    assert_int_equal(d.n, 1002);
    assert_true(d.cap >= 2 * d.n);
    v = vl_ner_doc_value(&d, sf.h_lower[5], sf.cap[5], lab[5]);
    assert_int_equal(v >> 5, VL_NER_ORG + 1);
    vl_ner_doc_clear(&d);
    assert_int_equal(vl_ner_doc_value(&d, sf.h_lower[5], sf.cap[5], lab[5]), 0);
    /* Cleared slot by slot (the slots in use): every slot is empty again,
     * and the large table takes a short text as a fresh one does. */
    for (size_t j = 0; j < d.cap; j++) assert_true(d.keys[j] == 0);
    assert_int_equal(vl_ner_doc_add(&d, sf.h_lower, sf.cap, lab, n), VL_OK);
    assert_int_equal(d.n, 2);
    v = vl_ner_doc_value(&d, sf.h_lower[5], sf.cap[5], lab[5]);
    assert_int_equal(v >> 5, VL_NER_ORG + 1);
    vl_ner_doc_clear(&d);
    for (size_t j = 0; j < d.cap; j++) assert_true(d.keys[j] == 0);
    vl_ner_doc_free(&d);
}

static void test_doc_features(void **state) {
    (void)state;
    uint64_t a[VL_NER_MAX_DOC_FEATS], b[VL_NER_MAX_DOC_FEATS];
    uint32_t org = (1u << VL_NER_ORG) | (uint32_t)(VL_NER_ORG + 1) << 5;
    uint32_t per = (1u << VL_NER_PER) | (uint32_t)(VL_NER_PER + 1) << 5;
    assert_int_equal(vl_ner_doc_features(0, 0, 0, 2, a), 0); /* nothing known */
    size_t na = vl_ner_doc_features(0, org, 0, 2, a);
    size_t nb = vl_ner_doc_features(0, org, 0, 2, b);
    assert_int_equal(na, 3);
    assert_int_equal(nb, na);
    assert_memory_equal(a, b, na * sizeof *a); /* deterministic */
    nb = vl_ner_doc_features(0, per, 0, 2, b);
    for (size_t k = 0; k < nb; k++)
        for (size_t j = 0; j < na; j++) assert_true(a[j] != b[k]); /* another type, other features */
    /* the neighbours' values add their own */
    assert_int_equal(vl_ner_doc_features(per, org, per, 2, b), VL_NER_MAX_DOC_FEATS - 1);
    assert_true(vl_ner_doc_features(per, org, per, 2, b) <= VL_NER_MAX_DOC_FEATS);
}

/* Documents where a bare name ("Kerbrat a annoncé ...") is a person or an
 * organisation as its first mention says: no sentence-level feature can
 * tell, each name being both in some document. */
static char *doc_corpus(void) {
    static const char *const names[] = {"Kerbrat", "Tanguy", "Morvan", "Quénec", "Riou", "Lagadec", "Penven", "Caradec"};
    vl_buf b;
    vl_buf_init(&b);
    for (int r = 0; r < 3; r++)
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            for (int org = 0; org < 2; org++) {
                const char *t = org ? "ORG" : "PER";
                vl_buf_printf(&b, "-DOCSTART- O\n\n");
                if (org)
                    vl_buf_printf(&b, "La O\nsociété O\n%s B-ORG\nrecrute O\n. O\n\n", names[i]);
                else
                    vl_buf_printf(&b, "Le O\ndocteur O\n%s B-PER\nrecrute O\n. O\n\n", names[i]);
                vl_buf_printf(&b, "Hier O\n, O\n%s B-%s\na O\nannoncé O\nune O\nhausse O\n. O\n\n", names[i], t);
            }
    return vl_buf_steal(&b);
}

static void test_doc_pass(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *text = doc_corpus();
    char *corpus = th_write_file(dir, "docs.conll", text, (size_t)-1);
    free(text);
    char *model = th_path(dir, "doc.model");
    vl_error err;
    vl_ner_train_opts opts = {.lang = VL_LANG_FR, .epochs = 10, .bits = 14, .seed = 3};
    assert_int_equal(ner_train_corpus(corpus, &opts, model), 96);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(model, &m, &err), VL_OK);
    /* The same second sentence, two documents, two types. */
    const char *per = "Le docteur Morvan recrute. Hier, Morvan a annoncé une hausse.";
    const char *org = "La société Morvan recrute. Hier, Morvan a annoncé une hausse.";
    ner_spans g = {{0}, 0};
    assert_int_equal(vl_ner_tag(m, per, strlen(per), VL_LANG_FR, ner_collect_span, &g, &err), VL_OK);
    assert_string_equal(g.s, "PER:Morvan|PER:Morvan");
    memset(&g, 0, sizeof g);
    assert_int_equal(vl_ner_tag(m, org, strlen(org), VL_LANG_FR, ner_collect_span, &g, &err), VL_OK);
    assert_string_equal(g.s, "ORG:Morvan|ORG:Morvan");
    /* The bare sentence alone: one pass, nothing to go on but the
     * sentence; whatever it says, it says it the same twice. */
    const char *bare = "Hier, Morvan a annoncé une hausse.";
    ner_spans g1 = {{0}, 0}, g2 = {{0}, 0};
    assert_int_equal(vl_ner_tag(m, bare, strlen(bare), VL_LANG_FR, ner_collect_span, &g1, &err), VL_OK);
    assert_int_equal(vl_ner_tag(m, bare, strlen(bare), VL_LANG_FR, ner_collect_span, &g2, &err), VL_OK);
    assert_string_equal(g1.s, g2.s);
    /* Scored as documents, the whole corpus is right. */
    vl_ner_scores sc;
    memset(&sc, 0, sizeof sc);
    vl_ner_corpus *c;
    vl_ner_unit u;
    int rc;
    assert_int_equal(vl_ner_corpus_open(corpus, &c, &err), VL_OK);
    while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) assert_int_equal(vl_ner_eval_unit(m, &u, VL_LANG_FR, &sc, &err), VL_OK);
    vl_ner_corpus_close(c);
    assert_int_equal(sc.gold[VL_NER_PER], 48);
    assert_int_equal(sc.correct[VL_NER_PER], 48);
    assert_int_equal(sc.correct[VL_NER_ORG], 48);
    vl_ner_model_close(m);
    free(model);
    free(corpus);
    th_tmpdir_cleanup(dir);
}

/* A short name tagged PER that begins a company named with its legal form
 * in the same text becomes an ORG; a person with another first word, a
 * longer name, an ORG without a legal form and other types stay. */
static void test_company_short_names(void **state) {
    (void)state;
    const char *text = "Varlo Tech Inc. grew . Varlo said Ana Varlo won . Brant Group gained and Brant left . "
                       "Varlo Tech hired Varlo Tech Inc. staff .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    assert_int_equal(n, 26);
    uint8_t labels[64] = {0};
    const int bo = vl_ner_label_b(VL_NER_ORG), io = vl_ner_label_i(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER),
              ip = vl_ner_label_i(VL_NER_PER), bl = vl_ner_label_b(VL_NER_LOC);
    labels[0] = bo, labels[1] = io, labels[2] = io; /* Varlo Tech Inc. */
    labels[5] = bp;                                 /* Varlo: becomes ORG */
    labels[7] = bp, labels[8] = ip;                 /* Ana Varlo: stays */
    labels[11] = bo, labels[12] = io;               /* Brant Group: no legal form */
    labels[14] = bp;                                /* Brant: stays */
    labels[18] = bp, labels[19] = ip;               /* Varlo Tech: becomes ORG */
    labels[21] = bl;                                /* Varlo (LOC): stays */
    uint8_t want[64];
    memcpy(want, labels, sizeof want);
    want[5] = (uint8_t)bo;
    want[18] = (uint8_t)bo, want[19] = (uint8_t)io;
    vl_ner_company_short_names(text, toks, labels, n);
    assert_memory_equal(labels, want, n);
    /* without a company of a legal form nothing moves */
    uint8_t none[64] = {0};
    none[5] = (uint8_t)bp;
    vl_ner_company_short_names(text, toks, none, 6);
    assert_int_equal(none[5], bp);
    /* the company's first word left out, where the labels elsewhere make
     * it a one-word ORG: the headline's first word, and one before a
     * lower-case word; not one before a capitalised word (fourteenth
     * round) */
    const char *t2 = "Kelvo Valued at Record . Kelvo Global Inc opened . Kelvo reported , Kelvo rose and Kelvo One "
                     "sold .";
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_EN);
    n = lex_rest(&lx, toks, 0, 64, NULL, NULL);
    assert_int_equal(n, 20);
    uint8_t l2[64] = {0};
    l2[5] = (uint8_t)bo, l2[6] = (uint8_t)io, l2[7] = (uint8_t)io; /* Kelvo Global Inc */
    l2[10] = (uint8_t)bo;                                            /* Kelvo reported */
    vl_ner_company_short_names(t2, toks, l2, n);
    assert_int_equal(l2[0], bo);  /* Kelvo Valued: the headline's */
    assert_int_equal(l2[13], bo); /* Kelvo rose */
    assert_int_equal(l2[16], 0);  /* Kelvo One: left */
    /* without a one-word ORG elsewhere nothing moves */
    uint8_t l3[64] = {0};
    l3[5] = (uint8_t)bo, l3[6] = (uint8_t)io, l3[7] = (uint8_t)io;
    vl_ner_company_short_names(t2, toks, l3, n);
    assert_int_equal(l3[0], 0);
    assert_int_equal(l3[13], 0);
}

/* A name of two words ending on a company's head word is an ORG at every
 * mention, and its first word alone typed PER too; not before "family",
 * not a longer name's first words, not a LOC alone. */
static void test_company_heads(void **state) {
    (void)state;
    const char *text = "Brask Dairies grew . Brask said the Brask family sold . Tom Vell Productions hired Tom Vell . "
                       "Brask Dairies and Brask rose in Brask .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    assert_int_equal(n, 26);
    uint8_t labels[64] = {0};
    const int bo = vl_ner_label_b(VL_NER_ORG), io = vl_ner_label_i(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER),
              ip = vl_ner_label_i(VL_NER_PER), bl = vl_ner_label_b(VL_NER_LOC), il = vl_ner_label_i(VL_NER_LOC);
    labels[0] = bp, labels[1] = ip;                  /* Brask Dairies: becomes ORG */
    labels[4] = bp;                                  /* Brask: becomes ORG */
    labels[7] = bp;                                  /* Brask family: stays */
    labels[11] = bp, labels[12] = ip, labels[13] = ip; /* Tom Vell Productions: three words */
    labels[15] = bp, labels[16] = ip;                /* Tom Vell: stays */
    labels[18] = bl, labels[19] = il;                /* Brask Dairies (LOC): becomes ORG */
    labels[21] = bp;                                 /* Brask: becomes ORG */
    labels[24] = bl;                                 /* in Brask (LOC): stays */
    uint8_t want[64];
    memcpy(want, labels, sizeof want);
    want[0] = (uint8_t)bo, want[1] = (uint8_t)io, want[4] = (uint8_t)bo;
    want[18] = (uint8_t)bo, want[19] = (uint8_t)io, want[21] = (uint8_t)bo;
    vl_ner_company_heads(text, toks, labels, n);
    assert_memory_equal(labels, want, n);
    /* without such a name nothing moves */
    uint8_t none[64] = {0};
    none[4] = (uint8_t)bp;
    vl_ner_company_heads(text, toks, none, n);
    assert_int_equal(none[4], bp);
}

/* A sentence's first word glued to a person's name leaves it when it is
 * a frequent word and no gazetteer name (three words, or "-ing" before
 * one), or a job's word before a given name; a given name, a word inside
 * a sentence, a rare word and a two-word name with no "-ing" stay. */
static void test_glued_titles(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    const char *cl = "0101\thost\t10\n0110\tdefending\t9\n0111\trival\t5\n0100\tgrace\t5\n";
    char *clpath = th_write_file(dir, "en.clusters", cl, strlen(cl));
    vl_ner_clusters c;
    vl_error err;
    assert_int_equal(vl_ner_clusters_load(clpath, VL_LANG_EN, &c, &err), VL_OK);
    const char *text = "Host Tom Vell Brink spoke . Defending Kerr , Ana said . Grace Ann Lima met Host Tom Vell . "
                       "Rival Kerr left . Boatman Ana Lima rowed . Zorbel Ana Lima ran .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    static vl_ner_sent_feats sf;
    uint64_t h[64];
    size_t sent[16], nsent = 0, n = 0, k;
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    while ((k = vl_ner_next_sentence(&lx, toks + n, 64 - n)) > 0) {
        vl_ner_sent_prepare(&sf, text, toks + n, k);
        for (size_t q = 0; q < k; q++) h[n + q] = sf.h_lower[q];
        sent[nsent++] = n;
        n += k;
    }
    assert_int_equal(nsent, 6);
    assert_int_equal(n, 34);
    uint8_t labels[64] = {0}, gaz[64] = {0};
    const int bp = vl_ner_label_b(VL_NER_PER), ip = vl_ner_label_i(VL_NER_PER);
    labels[0] = bp, labels[1] = ip, labels[2] = ip, labels[3] = ip; /* Host Tom Vell Brink: cut */
    labels[6] = bp, labels[7] = ip;                                 /* Defending Kerr: cut */
    labels[12] = bp, labels[13] = ip, labels[14] = ip;              /* Grace Ann Lima: a given name */
    gaz[12] = VL_NER_GAZ_FIRSTNAME;
    labels[16] = bp, labels[17] = ip, labels[18] = ip;              /* Host Tom Vell inside: stays */
    labels[20] = bp, labels[21] = ip;                               /* Rival Kerr: two words */
    labels[24] = bp, labels[25] = ip, labels[26] = ip;              /* Boatman Ana Lima: a job, cut */
    gaz[25] = VL_NER_GAZ_FIRSTNAME;
    labels[29] = bp, labels[30] = ip, labels[31] = ip;              /* Zorbel Ana Lima: rare, stays */
    gaz[30] = VL_NER_GAZ_FIRSTNAME;
    uint8_t want[64];
    memcpy(want, labels, sizeof want);
    want[0] = 0, want[1] = (uint8_t)bp;
    want[6] = 0, want[7] = (uint8_t)bp;
    want[24] = 0, want[25] = (uint8_t)bp;
    vl_ner_glued_titles(text, toks, labels, h, gaz, sent, nsent, n, &c);
    assert_memory_equal(labels, want, n);
    vl_ner_clusters_free(&c);
    free(clpath);
    th_tmpdir_cleanup(dir);
}

/* A company that a cue names in one sentence ("le constructeur Tarvel")
 * is an ORG at its other mentions: a place of the same words, or the
 * words outside any name inside a sentence, or opening one before a
 * lower-case word ("Tarvel ouvre", thirteenth round); not before another
 * capitalised word outside a name, not a work (MISC), and nothing moves
 * without a cue. */
static void test_doc_cue_orgs(void **state) {
    (void)state;
    const char *text = "Le constructeur Tarvel grandit . Hier , Tarvel a recruté . Tarvel ouvre . On cite Tarvel Nord . "
                       "Elle a vu Tarvel . Il lit Tarvel .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    size_t sent[16], nsent = 0, n = 0, k;
    int scratch[VL_NER_MAX_SENT];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 64, sent, &nsent);
    assert_int_equal(n, 28);
    assert_int_equal(nsent, 6);
    const int bo = vl_ner_label_b(VL_NER_ORG), bl = vl_ner_label_b(VL_NER_LOC), bm = vl_ner_label_b(VL_NER_MISC);
    uint8_t labels[64] = {0};
    labels[7] = (uint8_t)bl;  /* Tarvel (LOC): becomes ORG */
    labels[26] = (uint8_t)bm; /* Tarvel (MISC): stays */
    uint8_t want[64];
    memcpy(want, labels, sizeof want);
    want[2] = want[7] = want[11] = want[22] = (uint8_t)bo;
    vl_ner_doc_cue_orgs(text, toks, labels, sent, nsent, n, scratch, NULL);
    assert_memory_equal(labels, want, n);
    /* the same text from its second sentence on names no cue */
    uint8_t none[64] = {0};
    none[7] = (uint8_t)bl;
    size_t sent2[16];
    for (k = 1; k < nsent; k++) sent2[k - 1] = sent[k] - 5;
    vl_ner_doc_cue_orgs(text, toks + 5, none + 5, sent2, nsent - 1, n - 5, scratch, NULL);
    assert_int_equal(none[7], bl);
    assert_int_equal(none[22], 0);
    /* a cue before a name the labels made an ORG already ("l'action
     * [Brovan]") is evidence for its other mentions (PER here) */
    const char *t2 = "L'action Brovan monte . Brovan a annoncé .";
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_FR);
    n = nsent = 0;
    n = lex_rest(&lx, toks, n, 64, sent, &nsent);
    assert_int_equal(n, 9);
    uint8_t l2[64] = {0};
    l2[2] = (uint8_t)bo;
    l2[5] = (uint8_t)vl_ner_label_b(VL_NER_PER);
    vl_ner_doc_cue_orgs(t2, toks, l2, sent, nsent, n, scratch, NULL);
    assert_int_equal(l2[5], bo);
}

/* The company cues' first run (vl_ner_doc_cue_orgs) keeps what it read
 * and gave per sentence; the span rules take it when they would read the
 * same labels (the spans are those of a fresh run), and run the cues
 * again when the document rules changed the sentence. */
static void test_doc_cue_memo(void **state) {
    (void)state;
    const char *text = "Le constructeur Tarvel grandit . Elle a vu Brest .";
    vl_ner_lexer lx;
    vl_ner_tok toks[32];
    size_t sent[4], nsent = 0, n = 0;
    int scratch[VL_NER_MAX_SENT];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 32, sent, &nsent);
    assert_int_equal(n, 10);
    assert_int_equal(nsent, 2);
    const int bo = vl_ner_label_b(VL_NER_ORG), bl = vl_ner_label_b(VL_NER_LOC);
    uint8_t labels[32] = {0}, in[32], out[32];
    signed char changed[32];
    labels[8] = (uint8_t)bl; /* Brest */
    vl_ner_cue_memo memo = {in, out, changed};
    vl_ner_doc_cue_orgs(text, toks, labels, sent, nsent, n, scratch, &memo);
    assert_int_equal(in[2], 0);  /* read before the cue */
    assert_int_equal(out[2], bo); /* "le constructeur [Tarvel]" */
    assert_int_equal(out[8], bl);
    assert_int_equal(changed[0], 1);
    assert_int_equal(changed[1], 0);
    /* the document rule made an ORG of that mention itself: the labels
     * the span rules read differ from those the cues read */
    assert_int_equal(labels[2], bo);
    int lab[32];
    for (size_t i = 0; i < n; i++) lab[i] = in[i];
    /* the memo's spans are a fresh run's */
    ner_spans fresh = {{0}, 0}, kept = {{0}, 0};
    vl_ner_sent_cues c0 = {in, out, changed[0]};
    assert_int_equal(vl_ner_emit_spans(text, toks, lab, 5, VL_LANG_FR, ner_collect_span, &fresh), 0);
    assert_int_equal(vl_ner_emit_spans_with(text, toks, lab, 5, VL_LANG_FR, &c0, ner_collect_span, &kept), 0);
    assert_string_equal(fresh.s, "ORG:Tarvel");
    assert_string_equal(kept.s, fresh.s);
    /* taken when the labels are those it read: a planted label shows it
     * (an invented one: the later rules leave a place alone there) */
    out[2] = (uint8_t)bl;
    kept = (ner_spans){{0}, 0};
    assert_int_equal(vl_ner_emit_spans_with(text, toks, lab, 5, VL_LANG_FR, &c0, ner_collect_span, &kept), 0);
    assert_string_equal(kept.s, "LOC:Tarvel");
    /* not taken when the document rules changed the sentence: the cues
     * run again */
    for (size_t i = 0; i < n; i++) lab[i] = labels[i];
    kept = (ner_spans){{0}, 0};
    assert_int_equal(vl_ner_emit_spans_with(text, toks, lab, 5, VL_LANG_FR, &c0, ner_collect_span, &kept), 0);
    assert_string_equal(kept.s, "ORG:Tarvel");
}

/* A surname alone, typed LOC or left out, is a PER where a full name of
 * the text ends on it; not after "famille", nor a word a firm of the
 * text holds ("Ferdinand Korvak" and the firm "Korvak"). */
static void test_fr_surnames(void **state) {
    (void)state;
    const char *text = "Jonas Varlek a gagné . Puis Varlek a chuté à Brest . La famille Varlek attend . "
                       "Ferdinand Korvak fonda Korvak . Il dit que Korvak gagne .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    size_t sent[16], nsent = 0, n = 0;
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 64, sent, &nsent);
    assert_int_equal(n, 28);
    assert_int_equal(nsent, 5);
    const int bp = vl_ner_label_b(VL_NER_PER), ip = vl_ner_label_i(VL_NER_PER), bl = vl_ner_label_b(VL_NER_LOC),
              bo = vl_ner_label_b(VL_NER_ORG);
    uint8_t labels[64] = {0};
    labels[0] = (uint8_t)bp, labels[1] = (uint8_t)ip; /* Jonas Varlek */
    labels[6] = (uint8_t)bl;                          /* Varlek (LOC): becomes PER */
    labels[10] = (uint8_t)bl;                         /* Brest: stays */
    labels[17] = (uint8_t)bp, labels[18] = (uint8_t)ip; /* Ferdinand Korvak */
    labels[20] = (uint8_t)bo;                         /* the firm Korvak */
    uint8_t want[64];
    memcpy(want, labels, sizeof want);
    want[6] = (uint8_t)bp;
    vl_ner_fr_surnames(text, toks, labels, sent, nsent, n);
    assert_memory_equal(labels, want, n);
    assert_int_equal(labels[14], 0); /* la famille Varlek */
    assert_int_equal(labels[25], 0); /* Korvak, the firm's name too */
    /* a headline in capitals: the surname typed ORG is the person's,
     * accents folded ("ÉVRARD" and "Évrard"); a word in capitals that no
     * full name ends on stays (twelfth round) */
    const char *t2 = "RETRAITES : VARLEK ENGAGE , \xC3\x89VRARD ET BRIVO . Jonas Varlek parle avec Lise "
                     "\xC3\x89vrard .";
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_FR);
    nsent = 0, n = 0;
    n = lex_rest(&lx, toks, n, 64, sent, &nsent);
    assert_int_equal(n, 16);
    uint8_t l2[64] = {0};
    l2[2] = (uint8_t)bo, l2[5] = (uint8_t)bl, l2[7] = (uint8_t)bo;
    l2[9] = (uint8_t)bp, l2[10] = (uint8_t)ip, l2[13] = (uint8_t)bp, l2[14] = (uint8_t)ip;
    vl_ner_fr_surnames(t2, toks, l2, sent, nsent, n);
    assert_int_equal(l2[2], bp);
    assert_int_equal(l2[5], bp);
    assert_int_equal(l2[7], bo);
}

static int word_cap_test(const char *text, const vl_ner_tok *t) {
    unsigned char c = (unsigned char)text[t->start];
    return (t->flags & VL_NTOK_WORD) && ((c >= 'A' && c <= 'Z') || c == 0xC3);
}

/* A line-up's surnames are all PER when most are; a list of towns with
 * the same separators, most of them LOC, stays. */
static void test_fr_lineups(void **state) {
    (void)state;
    const char *t1 = "Brivaux : Marlet ; Tessou , Kovane , Dabril ; ( o ) Penvel , ( m ) Lurac ( cap . ) ; "
                     "Hodrin , Vassal ; Gerbo . Il pleut .";
    const char *t2 = "Étapes : Brest ; Morlaix , Rennes , Vannes ; Quimper , Lorient ; Dinan , Tréguier .";
    vl_ner_lexer lx;
    vl_ner_tok toks[96];
    size_t n = 0;
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER), bl = (uint8_t)vl_ner_label_b(VL_NER_LOC),
                  bo = (uint8_t)vl_ner_label_b(VL_NER_ORG);
    vl_ner_lexer_init(&lx, t1, strlen(t1), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l1[96] = {0};
    size_t names[9], nn = 0;
    for (size_t i = 2; i < n; i++)
        if (word_cap_test(t1, &toks[i]) && !(toks[i].end - toks[i].start == 2 && t1[toks[i].start] == 'I'))
            names[nn++] = i;
    assert_int_equal(nn, 9);
    l1[0] = bl;
    for (size_t c = 0; c < nn; c++) l1[names[c]] = c % 3 == 1 ? (c == 4 ? bo : bl) : bp; /* 3 LOC/ORG of 9 */
    vl_ner_fr_lineups(t1, toks, l1, n);
    for (size_t c = 0; c < nn; c++) assert_int_equal(l1[names[c]], bp);
    assert_int_equal(l1[0], bl); /* the team before the colon */
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l2[96] = {0}, want[96];
    for (size_t i = 0; i < n; i++)
        if (word_cap_test(t2, &toks[i])) l2[i] = bl;
    l2[2] = bp, l2[4] = bp; /* two of eight towns mistyped PER */
    memcpy(want, l2, sizeof want);
    vl_ner_fr_lineups(t2, toks, l2, n);
    assert_memory_equal(l2, want, n);
}

/* A football line-up parts its lines by en dashes and writes the
 * substitutes in parentheses with their minute: every item PER, a span
 * run over a dash cut, the substitute too; a list of towns parted by
 * dashes stays as it was. */
static void test_fr_lineups_dashes(void **state) {
    (void)state;
    const char *t1 = "VERNAC : Oztel \xE2\x80\x93 Brunier , Gavrol , Lessick , Parmo \xE2\x80\x93 Andrel , "
                     "Mukavi ( Boudrel , 66e ) \xE2\x80\x93 Halvors , Sahrin ( Brolmer , 75e ) , Fendal \xE2\x80\x93 "
                     "Girot . Entra\xC3\xAEneur : Bruno Genal .";
    const char *t2 = "Villes : Brest \xE2\x80\x93 Morlaix , Rennes , Vannes \xE2\x80\x93 Quimper , Lorient , Dinan , "
                     "Auray \xE2\x80\x93 Lannion , Tr\xC3\xA9guier .";
    vl_ner_lexer lx;
    vl_ner_tok toks[96];
    size_t n = 0;
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER), ip = (uint8_t)vl_ner_label_i(VL_NER_PER),
                  bl = (uint8_t)vl_ner_label_b(VL_NER_LOC), bo = (uint8_t)vl_ner_label_b(VL_NER_ORG);
    vl_ner_lexer_init(&lx, t1, strlen(t1), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l1[96] = {0};
    size_t names[16], nn = 0, entr = 0;
    for (size_t i = 2; i < n; i++) {
        if (toks[i].end - toks[i].start > 3 && memcmp(t1 + toks[i].start, "Entr", 4) == 0) entr = i;
        if (word_cap_test(t1, &toks[i]) && !entr) names[nn++] = i;
    }
    assert_int_equal(nn, 13);
    l1[0] = bl;
    /* the tagger's: "Oztel \xE2\x80\x93 Brunier" one PER over the dash, two
     * PER, a LOC, an ORG, the rest left out */
    l1[names[0]] = bp, l1[names[0] + 1] = ip, l1[names[1]] = ip;
    l1[names[4]] = bp, l1[names[9]] = bp, l1[names[2]] = bl, l1[names[6]] = bo;
    vl_ner_fr_lineups(t1, toks, l1, n);
    for (size_t c = 0; c < nn; c++) assert_int_equal(l1[names[c]], bp);
    assert_int_equal(l1[names[0] + 1], 0); /* the dash */
    assert_int_equal(l1[0], bl);           /* the team before the colon */
    assert_int_equal(l1[entr], 0);
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l2[96] = {0}, want[96];
    for (size_t i = 0; i < n; i++)
        if (word_cap_test(t2, &toks[i])) l2[i] = bl;
    l2[2] = bp, l2[4] = bp, l2[6] = bp; /* three of ten towns mistyped PER */
    memcpy(want, l2, sizeof want);
    vl_ner_fr_lineups(t2, toks, l2, n);
    assert_memory_equal(l2, want, n);
}

/* Token index of the k-th (from 0) token reading w, or n. */
static size_t tok_find(const char *text, const vl_ner_tok *toks, size_t n, const char *w, int k) {
    for (size_t i = 0; i < n; i++)
        if (toks[i].end - toks[i].start == strlen(w) && memcmp(text + toks[i].start, w, strlen(w)) == 0 && k-- == 0)
            return i;
    return n;
}

/* A line-up parted by spaced hyphens, with players of two words and
 * substitutes written minute first, is PER item by item; a span run over
 * " - " is cut. */
static void test_fr_lineups_hyphens(void **state) {
    (void)state;
    const char *t = "VARNAC : Petrol - Dour\xC3\xA9 , Sarn , Doukel , Diarno - Andrel Santo , Lemarel - Bakol , "
                    "Nanel , Moriel ( 76e Sylbo ) - Emeg . Entra\xC3\xAEneur : Rosel .";
    vl_ner_lexer lx;
    vl_ner_tok toks[96];
    size_t n = 0;
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER), ip = (uint8_t)vl_ner_label_i(VL_NER_PER),
                  bl = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    vl_ner_lexer_init(&lx, t, strlen(t), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l[96] = {0};
    const char *players[] = {"Petrol", "Dour\xC3\xA9", "Sarn", "Doukel", "Diarno", "Andrel", "Lemarel", "Bakol",
                             "Nanel", "Moriel", "Sylbo", "Emeg"};
    size_t at[12];
    for (size_t c = 0; c < 12; c++) at[c] = tok_find(t, toks, n, players[c], 0), assert_true(at[c] < n);
    l[0] = bl;
    /* the tagger's: "Petrol - Dour\xC3\xA9" one PER, "Lemarel - Bakol" one PER,
     * "Doukel" and "Moriel" LOC, "76e Sylbo" LOC, "Andrel Santo" PER */
    for (size_t x = at[0]; x <= at[1]; x++) l[x] = x == at[0] ? bp : ip;
    for (size_t x = at[6]; x <= at[7]; x++) l[x] = x == at[6] ? bp : ip;
    l[at[3]] = bl, l[at[9]] = bl, l[at[10] - 1] = bl, l[at[10]] = (uint8_t)vl_ner_label_i(VL_NER_LOC);
    l[at[5]] = bp, l[at[5] + 1] = ip;
    vl_ner_fr_lineups(t, toks, l, n);
    for (size_t c = 0; c < 12; c++) assert_int_equal(l[at[c]], bp);
    assert_int_equal(l[at[5] + 1], ip);     /* "Andrel Santo" one player */
    assert_int_equal(l[at[0] + 1], 0);      /* the hyphen */
    assert_int_equal(l[at[6] + 1], 0);
    assert_int_equal(l[at[10] - 1], 0);     /* the minute */
    assert_int_equal(l[0], bl);             /* the team before the colon */
    assert_int_equal(l[tok_find(t, toks, n, "Rosel", 0)], 0);
}


/* Clubs named after their towns in a match report are ORG at every
 * mention typed LOC; the venue after "à", a country (a national team)
 * and a text with no score stay LOC. */
static void test_fr_clubs(void **state) {
    (void)state;
    const char *t1 = "Varnac a renvers\xC3\xA9 Tholen ( 2-1 ) dimanche . Tholen glisse au cinqui\xC3\xA8me rang , "
                     "derri\xC3\xA8re Brisel , vainqueur samedi de Moravec . La France a battu Oslavie ( 3-0 ) . "
                     "Le match aura lieu \xC3\xA0 Tholen . Buts : Girot ( 12e ) pour VARNAC .";
    const char *t2 = "Varnac a renvers\xC3\xA9 Tholen dimanche , et Brisel , vainqueur de Moravec , attend .";
    vl_ner_lexer lx;
    vl_ner_tok toks[96];
    size_t n = 0;
    const uint8_t bl = (uint8_t)vl_ner_label_b(VL_NER_LOC), bo = (uint8_t)vl_ner_label_b(VL_NER_ORG);
    vl_ner_lexer_init(&lx, t1, strlen(t1), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l1[96] = {0}, gaz[96] = {0};
    const char *names[] = {"Varnac", "Tholen", "Brisel", "Moravec", "France", "Oslavie", "VARNAC"};
    for (size_t c = 0; c < 7; c++)
        for (int m = 0; m < 3; m++) {
            size_t i = tok_find(t1, toks, n, names[c], m);
            if (i < n) l1[i] = bl;
        }
    gaz[tok_find(t1, toks, n, "France", 0)] = VL_NER_GAZ_COUNTRY;
    vl_ner_fr_clubs(t1, toks, l1, gaz, n);
    assert_int_equal(l1[tok_find(t1, toks, n, "Varnac", 0)], bo);  /* the subject of the score */
    assert_int_equal(l1[tok_find(t1, toks, n, "Tholen", 0)], bo);  /* a score after it */
    assert_int_equal(l1[tok_find(t1, toks, n, "Tholen", 1)], bo);  /* its other mention */
    assert_int_equal(l1[tok_find(t1, toks, n, "Tholen", 2)], bl);  /* the venue */
    assert_int_equal(l1[tok_find(t1, toks, n, "Moravec", 0)], bo); /* "vainqueur samedi de" */
    assert_int_equal(l1[tok_find(t1, toks, n, "Brisel", 0)], bo);  /* ", vainqueur" */
    assert_int_equal(l1[tok_find(t1, toks, n, "France", 0)], bl);  /* a national team */
    assert_int_equal(l1[tok_find(t1, toks, n, "Oslavie", 0)], bo);
    assert_int_equal(l1[tok_find(t1, toks, n, "VARNAC", 0)], bo);  /* letter case aside */
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l2[96] = {0}, want[96];
    for (size_t c = 0; c < 4; c++) l2[tok_find(t2, toks, n, names[c], 0)] = bl;
    memcpy(want, l2, sizeof want);
    vl_ner_fr_clubs(t2, toks, l2, NULL, n);
    assert_memory_equal(l2, want, n); /* no score: no match report */
    /* a country in a result line with a club is the club; a town listed
     * with a club is one; "face \xC3\xA0" is no venue */
    const char *t3 = "Varnac a battu Monel ( 2-1 ) . Monel reste devant Brisel , Lodel et Perrin . "
                     "Varnac - Monel : 2-1 . Varnac a gagn\xC3\xA9 face \xC3\xA0 Tholen ( 1-0 ) \xC3\xA0 Monel .";
    vl_ner_lexer_init(&lx, t3, strlen(t3), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l3[96] = {0}, g3[96] = {0};
    for (size_t i = 0; i < n; i++)
        if (word_cap_test(t3, &toks[i])) l3[i] = bl;
    for (int m = 0; m < 4; m++) {
        size_t i = tok_find(t3, toks, n, "Monel", m);
        assert_true(i < n);
        g3[i] = VL_NER_GAZ_COUNTRY;
    }
    vl_ner_fr_clubs(t3, toks, l3, g3, n);
    assert_int_equal(l3[tok_find(t3, toks, n, "Monel", 0)], bo); /* the pairing's partner */
    assert_int_equal(l3[tok_find(t3, toks, n, "Monel", 1)], bo);
    assert_int_equal(l3[tok_find(t3, toks, n, "Monel", 3)], bl); /* the venue */
    assert_int_equal(l3[tok_find(t3, toks, n, "Lodel", 0)], bl); /* listed with no club */
    assert_int_equal(l3[tok_find(t3, toks, n, "Tholen", 0)], bo); /* "face \xC3\xA0", a score */
    /* a country beside a club with no score stays a place */
    const char *t4 = "Varnac a battu Tholen ( 2-1 ) . Varnac - Monel , un voyage .";
    vl_ner_lexer_init(&lx, t4, strlen(t4), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l4[96] = {0}, g4[96] = {0};
    for (size_t i = 0; i < n; i++)
        if (word_cap_test(t4, &toks[i])) l4[i] = bl;
    g4[tok_find(t4, toks, n, "Monel", 0)] = VL_NER_GAZ_COUNTRY;
    vl_ner_fr_clubs(t4, toks, l4, g4, n);
    assert_int_equal(l4[tok_find(t4, toks, n, "Monel", 0)], bl);
    assert_int_equal(l4[tok_find(t4, toks, n, "Tholen", 0)], bo);
    /* a town listed with a club: "Varnac , Brisel et Lodel" */
    const char *t5 = "Varnac a battu Tholen ( 2-1 ) et voit Brisel , Varnac et Lodel revenir .";
    vl_ner_lexer_init(&lx, t5, strlen(t5), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l5[96] = {0};
    for (size_t i = 0; i < n; i++)
        if (word_cap_test(t5, &toks[i])) l5[i] = bl;
    vl_ner_fr_clubs(t5, toks, l5, NULL, n);
    assert_int_equal(l5[tok_find(t5, toks, n, "Brisel", 0)], bo);
    assert_int_equal(l5[tok_find(t5, toks, n, "Lodel", 0)], bo);
    /* a line-up's header in lower case, a dash after its first player
     * (ner-gold17); with no dash, a rubric stays a place */
    const char *t6 = "Tholen a battu Monel ( 2-1 ) .\nVarnac : Girot \xE2\x80\x93 Perrin , Morel .\nBrisel : Lodel , la ville .";
    vl_ner_lexer_init(&lx, t6, strlen(t6), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    uint8_t l6[96] = {0};
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER);
    const char *towns6[] = {"Tholen", "Monel", "Varnac", "Brisel"}, *people6[] = {"Girot", "Perrin", "Morel", "Lodel"};
    for (size_t c = 0; c < 4; c++) {
        l6[tok_find(t6, toks, n, towns6[c], 0)] = bl;
        l6[tok_find(t6, toks, n, people6[c], 0)] = bp;
    }
    vl_ner_fr_clubs(t6, toks, l6, NULL, n);
    assert_int_equal(l6[tok_find(t6, toks, n, "Varnac", 0)], bo);
    assert_int_equal(l6[tok_find(t6, toks, n, "Brisel", 0)], bl);
}

/* A headline's rubric left out takes the type of the same words
 * elsewhere, or LOC for a country; a portfolio's name and a generic
 * rubric stay out. */
static void test_fr_rubrics(void **state) {
    (void)state;
    const char *t1 = "Varlen : ventes en hausse\nPARIS \xE2\x80\x94 Varlen a publi\xC3\xA9 ses comptes .";
    const char *t2 = "Sant\xC3\xA9 : la grippe\nLa ministre de la Sant\xC3\xA9 parle . Tennis : Norvalie .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    size_t n = 0;
    const uint8_t bo = (uint8_t)vl_ner_label_b(VL_NER_ORG), bl = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    vl_ner_lexer_init(&lx, t1, strlen(t1), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    uint8_t l1[64] = {0};
    size_t v1 = tok_find(t1, toks, n, "Varlen", 1), p1 = tok_find(t1, toks, n, "PARIS", 0);
    assert_true(v1 < n && p1 < n);
    l1[v1] = bo, l1[p1] = bl;
    vl_ner_fr_rubrics(t1, toks, l1, NULL, n);
    assert_int_equal(l1[0], bo);
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    uint8_t l2[64] = {0}, g2[64] = {0}, want[64];
    l2[tok_find(t2, toks, n, "Sant\xC3\xA9", 1)] = bo;
    size_t nv = tok_find(t2, toks, n, "Norvalie", 0);
    g2[nv] = VL_NER_GAZ_COUNTRY;
    memcpy(want, l2, sizeof want);
    vl_ner_fr_rubrics(t2, toks, l2, g2, n);
    assert_memory_equal(l2, want, n); /* "Tennis :" is not at a line's start */
    /* a country at a line's start before ":" */
    const char *t3 = "Norvalie : les \xC3\xA9lecteurs votent .";
    vl_ner_lexer_init(&lx, t3, strlen(t3), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    uint8_t l3[64] = {0}, g3[64] = {0};
    g3[0] = VL_NER_GAZ_COUNTRY;
    vl_ner_fr_rubrics(t3, toks, l3, g3, n);
    assert_int_equal(l3[0], bl);
}

/* A one-word PER in a list with two LOC is a LOC; not with one LOC,
 * nor a word of a full name the text writes. */
static void test_fr_place_lists(void **state) {
    (void)state;
    const char *t = "autour de Cr\xC3\xA9on , Targon et Vallet . Jean Morlan , Brest , Morlan et Dinan . Lyon , Talbe et Quimper .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    size_t n = 0;
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER), ip = (uint8_t)vl_ner_label_i(VL_NER_PER),
                  bl = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    vl_ner_lexer_init(&lx, t, strlen(t), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    uint8_t l[64] = {0};
    size_t targon = tok_find(t, toks, n, "Targon", 0), jean = tok_find(t, toks, n, "Jean", 0),
           morlan = tok_find(t, toks, n, "Morlan", 1), talbe = tok_find(t, toks, n, "Talbe", 0);
    l[tok_find(t, toks, n, "Cr\xC3\xA9on", 0)] = bl, l[targon] = bp, l[tok_find(t, toks, n, "Vallet", 0)] = bl;
    l[jean] = bp, l[jean + 1] = ip, l[tok_find(t, toks, n, "Brest", 0)] = bl, l[morlan] = bp;
    l[tok_find(t, toks, n, "Dinan", 0)] = bl;
    l[tok_find(t, toks, n, "Lyon", 0)] = bl, l[talbe] = bp, l[tok_find(t, toks, n, "Quimper", 0)] = bl;
    uint8_t g[64] = {0};
    g[talbe] = VL_NER_GAZ_FIRSTNAME;
    vl_ner_fr_place_lists(t, toks, l, g, n);
    assert_int_equal(l[targon], bl);
    assert_int_equal(l[morlan], bp); /* "Jean Morlan" written in full */
    assert_int_equal(l[talbe], bp);  /* a first name */
}

/* A name right before a market's move and its percentage is a
 * company's, with its other mentions; not a complement's name, nor a
 * full name opening on a first name. */
static void test_fr_market_moves(void **state) {
    (void)state;
    const char *text = "Varlen a reculé de 6 % et Dormi Tessa a progressé de 3 % . Selon Varlen , la cote de Brusel a "
                       "chuté de 5 % . Jean Morlot recule de 2 % .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    size_t n = 0;
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    assert_int_equal(n, 35);
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER), ip = (uint8_t)vl_ner_label_i(VL_NER_PER),
                  bl = (uint8_t)vl_ner_label_b(VL_NER_LOC), bo = (uint8_t)vl_ner_label_b(VL_NER_ORG),
                  io = (uint8_t)vl_ner_label_i(VL_NER_ORG);
    uint8_t labels[64] = {0}, gaz[64] = {0}, want[64];
    labels[0] = bl;                       /* Varlen */
    labels[7] = bp, labels[8] = ip;       /* Dormi Tessa */
    labels[16] = bp;                      /* Varlen again */
    labels[21] = bp;                      /* Brusel: a complement's */
    labels[28] = bp, labels[29] = ip;     /* Jean Morlot */
    gaz[28] = VL_NER_GAZ_FIRSTNAME;
    memcpy(want, labels, sizeof want);
    want[0] = bo, want[7] = bo, want[8] = io, want[16] = bo;
    vl_ner_fr_market_moves(text, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);
}

/* A one-word name joined by "et" to an ORG is one: left out, or typed
 * LOC where the preposition repeats, with its other mentions; not a LOC
 * beside a bare "et", nor after a product's head, nor a first name. */
static void test_fr_company_pairs(void **state) {
    (void)state;
    /* La0 concurrence1 de2 Varlo3 et4 d'5 Accel6 Group7 pèse8 ,9 avec10 Brisk11 et12 Zorgo13 .14 Le15 PAM16 et17
     * Tivanex18 aident19 ,20 dit21 Tivanex22 .23 Les24 modèles25 Kova26 et27 Zeta28 Group29 ,30 Varlo31 .32 */
    const char *text = "La concurrence de Varlo et d'Accel Group pèse , avec Brisk et Zorgo . Le PAM et Tivanex aident , "
                       "dit Tivanex . Les modèles Kova et Zeta Group , Varlo .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    size_t n = 0;
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    assert_int_equal(n, 33);
    const uint8_t bl = (uint8_t)vl_ner_label_b(VL_NER_LOC), bo = (uint8_t)vl_ner_label_b(VL_NER_ORG),
                  io = (uint8_t)vl_ner_label_i(VL_NER_ORG);
    uint8_t labels[64] = {0}, gaz[64] = {0}, want[64];
    labels[3] = bl;                    /* Varlo, "de ... et d'" */
    labels[6] = bo, labels[7] = io;    /* Accel Group */
    labels[11] = bl;                   /* Brisk: bare "et", stays */
    labels[13] = bo;                   /* Zorgo */
    labels[16] = bo;                   /* PAM; Tivanex left out */
    labels[28] = bo, labels[29] = io;  /* Zeta Group; Kova after "modèles" */
    labels[31] = bl;                   /* Varlo again */
    memcpy(want, labels, sizeof want);
    want[3] = bo, want[18] = bo, want[22] = bo, want[31] = bo;
    vl_ner_fr_company_pairs(text, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);
    /* a first name of the gazetteer stays out */
    memcpy(labels, want, sizeof labels);
    labels[18] = labels[22] = 0;
    gaz[18] = gaz[22] = VL_NER_GAZ_FIRSTNAME;
    vl_ner_fr_company_pairs(text, toks, labels, gaz, n);
    assert_int_equal(labels[18], 0);
    assert_int_equal(labels[22], 0);
}

/* A team in parentheses after a rider's full name is an ORG, a single
 * hyphenated word only near a race's word; a département after a deputy
 * and an actor after a role stay. */
static void test_fr_teams(void **state) {
    (void)state;
    const char *t1 = "Le Danois Jonas Vingegaard ( Visma-Lease a Bike ) devance Jasper Philipsen ( Alpecin-Deceuninck ) "
                     "de 3 min .";
    const char *t2 = "Jean Lassalle ( Pyrénées-Atlantiques ) et Emmett Brown ( Christopher Lloyd ) votent .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    size_t n = 0;
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER), ip = (uint8_t)vl_ner_label_i(VL_NER_PER),
                  bl = (uint8_t)vl_ner_label_b(VL_NER_LOC), bo = (uint8_t)vl_ner_label_b(VL_NER_ORG),
                  io = (uint8_t)vl_ner_label_i(VL_NER_ORG);
    vl_ner_lexer_init(&lx, t1, strlen(t1), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    assert_int_equal(n, 19);
    uint8_t l1[64] = {0}, gaz[64] = {0};
    l1[2] = bp, l1[3] = ip, l1[5] = bl, l1[10] = bp, l1[11] = ip, l1[13] = bl;
    vl_ner_fr_teams(t1, toks, l1, gaz, n);
    assert_int_equal(l1[5], bo);
    assert_int_equal(l1[6], io);
    assert_int_equal(l1[7], io);
    assert_int_equal(l1[13], bo);
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    assert_int_equal(n, 14);
    uint8_t l2[64] = {0}, want[64];
    l2[0] = bp, l2[1] = ip, l2[3] = bl, l2[6] = bp, l2[7] = ip, l2[9] = bp, l2[10] = ip;
    gaz[9] = VL_NER_GAZ_FIRSTNAME;
    memcpy(want, l2, sizeof want);
    vl_ner_fr_teams(t2, toks, l2, gaz, n);
    assert_memory_equal(l2, want, n);
    /* a classification: the country first, then the team (a one-word
     * surname, a one-word team, a MISC are taken after a country) */
    const char *t3 = "Wout van Aert ( Belgique , Visma-Lease a Bike ) à 1 min et Rita Ora ( France , Cofidis ) à 2 min .";
    vl_ner_lexer_init(&lx, t3, strlen(t3), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    assert_int_equal(n, 25);
    uint8_t l3[64] = {0}, g3[64] = {0};
    l3[2] = bp, l3[4] = bl, l3[6] = bl, l3[8] = bl, l3[14] = bp, l3[15] = ip, l3[17] = bl;
    l3[19] = (uint8_t)vl_ner_label_b(VL_NER_MISC);
    vl_ner_fr_teams(t3, toks, l3, g3, n);
    assert_int_equal(l3[4], bl);
    assert_int_equal(l3[6], bo);
    assert_int_equal(l3[7], io);
    assert_int_equal(l3[8], io);
    assert_int_equal(l3[17], bl);
    assert_int_equal(l3[19], bo);
}

/* French: a one-word name whose clause shows a company (its possessive
 * and a plant or a site with its place, a closure of shops) is an ORG at
 * its mentions; not a surname the text writes in full, nor after "son
 * site internet". */
static void test_fr_company_evidence(void **state) {
    (void)state;
    const char *t = "Emmanuel Macron parle . Brovanta fermera son site de Lorvan . Brovanta a recruté . "
                    "Macron annonce la fermeture des magasins . Lumia publie sur son site internet .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    size_t sent[16], nsent = 0, n = 0;
    vl_ner_lexer_init(&lx, t, strlen(t), VL_LANG_FR);
    n = lex_rest(&lx, toks, n, 64, sent, &nsent);
    assert_int_equal(n, 29);
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER), ip = (uint8_t)vl_ner_label_i(VL_NER_PER),
                  bo = (uint8_t)vl_ner_label_b(VL_NER_ORG);
    uint8_t l[64] = {0}, gaz[64] = {0}, want[64];
    l[0] = bp, l[1] = ip, l[9] = (uint8_t)vl_ner_label_b(VL_NER_LOC), l[11] = bp, l[15] = bp;
    memcpy(want, l, sizeof want);
    want[4] = want[11] = bo;
    vl_ner_fr_company_evidence(t, toks, l, gaz, sent, nsent, n);
    assert_memory_equal(l, want, n);
}

/* A storm's name after its kind is a MISC without the kind, and its other
 * mentions typed PER or LOC alone too; a body named for storms ("National
 * Hurricane Center") and a name of two words stay. */
static void test_storm_names(void **state) {
    (void)state;
    const char *text = "Hurricane Varla hit Tolla . Varla weakened . The National Hurricane Center said . "
                       "Tropical Storm Brenvik passed . Varla Dunmore spoke .";
    vl_ner_lexer lx;
    vl_ner_tok toks[40];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 40, NULL, NULL);
    assert_int_equal(n, 23);
    const int bo = vl_ner_label_b(VL_NER_ORG), io = vl_ner_label_i(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER),
              ip = vl_ner_label_i(VL_NER_PER), bl = vl_ner_label_b(VL_NER_LOC), bm = vl_ner_label_b(VL_NER_MISC);
    uint8_t labels[40] = {0};
    labels[0] = bp, labels[1] = ip;              /* Hurricane Varla: MISC Varla */
    labels[3] = bl;                              /* Tolla: stays */
    labels[5] = bp;                              /* Varla weakened: MISC */
    labels[9] = bo, labels[10] = io, labels[11] = io; /* National Hurricane Center: stays */
    labels[16] = bl;                             /* Tropical Storm Brenvik: MISC Brenvik */
    labels[19] = bp, labels[20] = ip;            /* Varla Dunmore: stays */
    uint8_t want[40];
    memcpy(want, labels, sizeof want);
    want[0] = 0, want[1] = (uint8_t)bm, want[5] = (uint8_t)bm, want[16] = (uint8_t)bm;
    vl_ner_storm_names(text, toks, labels, n);
    assert_memory_equal(labels, want, n);
}

/* A word in capitals the labels leave out is a name where one mention
 * shows it (a head's role after it, "the X's", brackets after a name that
 * ends on a body's word), then at its other mentions left out, not in a line in
 * capitals; a word in capitals without such a mention, and measures
 * ("GDP"), stay out. */
static void test_acronym_names(void **state) {
    (void)state;
    const char *text = "WHO sends experts to the region . The WHO's team and a WHO laboratory met . "
                       "The Varla Institute ( VRI ) and Varla System ( VSY ) said . VRI staff left . "
                       "WHO DIRECTOR SPEAKS . TWA Director Ana spoke . The NOTE and GDP rose in the US .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0, sent[16], nsent = 0;
    n = lex_rest(&lx, toks, n, 64, sent, &nsent);
    assert_int_equal(n, 53);
    const int bo = vl_ner_label_b(VL_NER_ORG), io = vl_ner_label_i(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER);
    uint8_t labels[64] = {0};
    labels[18] = bo, labels[19] = io; /* Varla Institute */
    labels[24] = bo, labels[25] = io; /* Varla System: no body's word */
    labels[41] = bp;                  /* Ana */
    uint8_t want[64];
    memcpy(want, labels, sizeof want);
    want[0] = want[8] = want[13] = (uint8_t)bo; /* WHO, the WHO's, a WHO laboratory; not WHO DIRECTOR */
    want[21] = want[31] = (uint8_t)bo;          /* ( VRI ), VRI staff; not ( VSY ) */
    want[39] = (uint8_t)bo;                     /* TWA Director; not NOTE, GDP, US */
    vl_ner_acronym_names(text, toks, labels, sent, nsent, n);
    assert_memory_equal(labels, want, n);

    /* a party's member after its possessive: "VAR 's Ana Ruiz" (then "VAR
     * and Tolla"); not a first name alone ("KLB 's Ana") */
    const char *text2 = "VAR 's Ana Ruiz spoke . VAR and Tolla won . KLB 's Ana spoke .";
    vl_ner_lexer_init(&lx, text2, strlen(text2), VL_LANG_EN);
    n = nsent = 0;
    n = lex_rest(&lx, toks, n, 64, sent, &nsent);
    assert_int_equal(n, 16);
    memset(labels, 0, sizeof labels);
    labels[2] = bp, labels[3] = vl_ner_label_i(VL_NER_PER), labels[8] = bo, labels[13] = bp;
    memcpy(want, labels, sizeof want);
    want[0] = want[6] = (uint8_t)bo;
    vl_ner_acronym_names(text2, toks, labels, sent, nsent, n);
    assert_memory_equal(labels, want, n);
}

/* The names of a list that a plural company noun opens ("firms such as
 * X and Y", "banks, including X") are companies at all their mentions; a
 * list after another noun ("leaders such as X") stays. */
static void test_company_lists(void **state) {
    (void)state;
    const char *text = "Turkish firms such as Brenvik , Tolla and Varna grew . Tolla said . "
                       "Big banks , including Dunmore , lent . Leaders such as Ana Ruiz and Kell spoke .";
    vl_ner_lexer lx;
    vl_ner_tok toks[48];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 48, NULL, NULL);
    assert_int_equal(n, 31);
    uint8_t labels[48] = {0};
    const int bo = vl_ner_label_b(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER), ip = vl_ner_label_i(VL_NER_PER),
              bl = vl_ner_label_b(VL_NER_LOC), bm = vl_ner_label_b(VL_NER_MISC);
    labels[0] = bm;                   /* Turkish */
    labels[4] = bp, labels[6] = bl;   /* Brenvik, Tolla: ORG */
    labels[8] = bp;                   /* Varna: ORG */
    labels[11] = bp;                  /* Tolla said: ORG */
    labels[18] = bl;                  /* banks, including Dunmore: ORG */
    labels[25] = bp, labels[26] = ip; /* Leaders such as Ana Ruiz and Kell: stay */
    labels[28] = bp;
    uint8_t want[48];
    memcpy(want, labels, sizeof want);
    want[4] = want[6] = want[8] = want[11] = want[18] = (uint8_t)bo;
    vl_ner_company_evidence(text, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);
}

/* An apposition headed by a business's noun ("X, the main utility,") and
 * a founder's role before a person ("X founder Ana Lima") are company
 * evidence; an apposition a person may head ("a film producer"), a
 * company noun inside a longer apposition ("a company spokesman") and a
 * place of the gazetteer ("In Varna, the company, which") are not. */
static void test_company_appositions(void **state) {
    (void)state;
    const char *text = "Kell , the main utility , said . Mora founder Ana Lima spoke . "
                       "Vance , a film producer , came . Tane , a company spokesman , left . "
                       "In Varna , the company , which grew , hired .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    assert_int_equal(n, 41);
    uint8_t labels[64] = {0}, gaz[64] = {0};
    const int bo = vl_ner_label_b(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER), ip = vl_ner_label_i(VL_NER_PER),
              bl = vl_ner_label_b(VL_NER_LOC);
    labels[0] = bp;                   /* Kell, the main utility: ORG */
    labels[8] = bl;                   /* Mora founder Ana Lima: ORG */
    labels[10] = bp, labels[11] = ip; /* Ana Lima */
    labels[14] = bp;                  /* Vance, a film producer: stays */
    labels[22] = bp;                  /* Tane, a company spokesman: stays */
    labels[31] = bl, gaz[31] = VL_NER_GAZ_PLACE; /* In Varna, the company: stays */
    uint8_t want[64];
    memcpy(want, labels, sizeof want);
    want[0] = want[8] = (uint8_t)bo;
    vl_ner_company_evidence(text, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);
}

/* A one-word ORG that is a place of the gazetteer, next to a LOC in a list
 * ("Ottawa, Kingston and ...", "near Hay and Hereford") is a LOC; not
 * across a comma alone ("the Oval, Surrey captain"), nor an organisation
 * of the gazetteer, nor a place outside the gazetteer. */
static void test_place_lists(void **state) {
    (void)state;
    const char *text = "for Ottawa , Kingston and the East . near Hay and Hereford . "
                       "at the Oval , Surrey captain . Tolla and Varna . Paris and Brenvik .";
    vl_ner_lexer lx;
    vl_ner_tok toks[48];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 48, NULL, NULL);
    assert_int_equal(n, 28);
    uint8_t labels[48] = {0}, gaz[48] = {0};
    const int bo = vl_ner_label_b(VL_NER_ORG), bl = vl_ner_label_b(VL_NER_LOC), il = vl_ner_label_i(VL_NER_LOC);
    labels[1] = bl;                                        /* Ottawa */
    labels[3] = bo, gaz[3] = VL_NER_GAZ_PLACE;             /* Kingston: LOC */
    labels[9] = bl;                                        /* Hay */
    labels[11] = bo, gaz[11] = VL_NER_GAZ_PLACE;           /* Hereford: LOC */
    labels[14] = bl, labels[15] = il;                      /* the Oval */
    labels[17] = bo, gaz[17] = VL_NER_GAZ_PLACE;           /* Surrey captain: stays */
    labels[20] = bl;                                       /* Tolla */
    labels[22] = bo, gaz[22] = VL_NER_GAZ_PLACE | VL_NER_GAZ_ORG; /* Varna, an organisation too: stays */
    labels[24] = bl;                                       /* Paris */
    labels[26] = bo;                                       /* Brenvik, no place: stays */
    uint8_t want[48];
    memcpy(want, labels, sizeof want);
    want[3] = want[11] = (uint8_t)bl;
    vl_ner_place_lists(text, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);
}

/* A name that one mention shows to be a company or a club (a company noun
 * before it, a business word after its possessive, a role and a person
 * after it) becomes an ORG at all its mentions; a person's full name after
 * a company noun, a country before a role, a place's possessive, a
 * nationality before a role and other names stay. */
/* What only a company has or is headed by, before its name ("Shares in
 * X", "the chief executive of X"), a capitalised chief executive after it
 * with a person's name, and a party's lower-case "party" after a
 * lower-case word; not a name before "'s" after "chairman of", not a word
 * opening a sentence before "party", not a nationality. */
static void test_company_holders(void **state) {
    (void)state;
    const char *text = "Shares in Brant Kemp rose . Brant Kemp said . the chief executive of Varlo Mining quit . "
                       "Dunmore Chief Executive Ana Ruiz said . Dunmore grew . the opposition Tolla party won . "
                       "Tolla said . the chairman of Brantia 's bank . Holiday party . Austrian party .";
    vl_ner_lexer lx;
    vl_ner_tok toks[80];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 80, NULL, NULL);
    assert_int_equal(n, 50);
    uint8_t labels[80] = {0};
    const int bo = vl_ner_label_b(VL_NER_ORG), io = vl_ner_label_i(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER),
              ip = vl_ner_label_i(VL_NER_PER), bl = vl_ner_label_b(VL_NER_LOC), il = vl_ner_label_i(VL_NER_LOC),
              bm = vl_ner_label_b(VL_NER_MISC);
    labels[2] = bp, labels[3] = ip;   /* Brant Kemp after "Shares in": ORG */
    labels[6] = bp, labels[7] = ip;   /* and its other mention */
    labels[14] = bl, labels[15] = il; /* Varlo Mining after "chief executive of": ORG */
    labels[18] = bp;                  /* Dunmore Chief Executive Ana Ruiz: ORG */
    labels[21] = bp, labels[22] = ip; /* Ana Ruiz stays */
    labels[25] = bp;                  /* Dunmore: ORG */
    labels[30] = bp;                  /* the opposition Tolla party: ORG */
    labels[34] = bp;                  /* Tolla: ORG */
    labels[40] = bl;                  /* chairman of Brantia 's: stays */
    labels[44] = bl;                  /* Holiday party, opening a sentence: stays */
    labels[47] = bm;                  /* Austrian party: stays */
    uint8_t want[80];
    memcpy(want, labels, sizeof want);
    want[2] = want[6] = want[14] = want[18] = want[25] = want[30] = want[34] = (uint8_t)bo;
    want[3] = want[7] = want[15] = (uint8_t)io;
    vl_ner_company_evidence(text, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);

    /* a full name after a bank's or a charity's noun is theirs; after a
     * maker's it stays a person's ("film maker Steven Spielberg") */
    const char *text2 = "the Swiss bank Varlo Kemp said . the film maker Ana Ruiz said .";
    vl_ner_lexer_init(&lx, text2, strlen(text2), VL_LANG_EN);
    n = 0;
    n = lex_rest(&lx, toks, n, 80, NULL, NULL);
    assert_int_equal(n, 14);
    memset(labels, 0, sizeof labels);
    labels[3] = bp, labels[4] = ip, labels[10] = bp, labels[11] = ip;
    memcpy(want, labels, sizeof want);
    want[3] = (uint8_t)bo, want[4] = (uint8_t)io;
    vl_ner_company_evidence(text2, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);
}

/* A town shown once, by its dateline or "the city of", is a LOC at its
 * mentions typed ORG or PER; not beside a number or before a player's
 * role (a club), not in capitals, and the dateline is no evidence in a
 * story with a score. */
static void test_place_evidence(void **state) {
    (void)state;
    const char *text = "CARLISLE , Feb 20 - Parents from Carlisle met Carlisle striker Bo Li in Dunmore . "
                       "Dunmore 2 Carlisle 1 . the city of El Varo fell . El Varo said . LIFE IN CARLISLE .";
    vl_ner_lexer lx;
    vl_ner_tok toks[80];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 80, NULL, NULL);
    assert_int_equal(n, 36);
    uint8_t labels[80] = {0};
    const int bo = vl_ner_label_b(VL_NER_ORG), io = vl_ner_label_i(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER),
              ip = vl_ner_label_i(VL_NER_PER), bl = vl_ner_label_b(VL_NER_LOC), il = vl_ner_label_i(VL_NER_LOC);
    labels[0] = bo;                   /* the dateline, typed ORG: evidence all the same */
    labels[7] = bo;                   /* parents from Carlisle: LOC */
    labels[9] = bo;                   /* Carlisle striker: a club, stays */
    labels[11] = bp, labels[12] = ip; /* Bo Li */
    labels[14] = bl;
    labels[16] = bo;
    labels[18] = bo;                  /* Dunmore 2 Carlisle 1: stays */
    labels[24] = bo, labels[25] = io; /* the city of El Varo: LOC */
    labels[28] = bp, labels[29] = ip; /* El Varo said: LOC */
    labels[34] = bo;                  /* LIFE IN CARLISLE: capitals, stays */
    uint8_t want[80];
    memcpy(want, labels, sizeof want);
    want[7] = want[24] = want[28] = (uint8_t)bl;
    want[25] = want[29] = (uint8_t)il;
    vl_ner_place_evidence(text, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);

    /* a score in the story: the dateline shows nothing ("LIVERPOOL ...
     * Liverpool travel to Italy") */
    const char *text2 = "LIVERPOOL , May 2 - Liverpool won 2-1 . Liverpool travel to Italy .";
    vl_ner_lexer_init(&lx, text2, strlen(text2), VL_LANG_EN);
    n = 0;
    n = lex_rest(&lx, toks, n, 80, NULL, NULL);
    assert_int_equal(n, 14);
    memset(labels, 0, sizeof labels);
    labels[0] = bl, labels[5] = bo, labels[9] = bo, labels[12] = bl;
    memcpy(want, labels, sizeof want);
    vl_ner_place_evidence(text2, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);
}

static void test_company_evidence(void **state) {
    (void)state;
    const char *text = "Brenvik said . The regulator Brenvik fined Tolla . Tolla 's shares fell . "
                       "Dunmore forward Ana Ruiz scored for Dunmore . Portland coach Bo Li left Portland . "
                       "the insurer Ana Ruiz . Austrian coach Bo Li . Varna 's profit rose in Varna .";
    vl_ner_lexer lx;
    vl_ner_tok toks[80];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 80, NULL, NULL);
    assert_int_equal(n, 46);
    uint8_t labels[80] = {0}, gaz[80] = {0};
    const int bo = vl_ner_label_b(VL_NER_ORG), io = vl_ner_label_i(VL_NER_ORG), bp = vl_ner_label_b(VL_NER_PER),
              ip = vl_ner_label_i(VL_NER_PER), bl = vl_ner_label_b(VL_NER_LOC), bm = vl_ner_label_b(VL_NER_MISC);
    labels[0] = bp;                   /* Brenvik: ORG (the regulator Brenvik) */
    labels[5] = bm;                   /* Brenvik after "regulator": ORG */
    labels[7] = bl;                   /* Tolla: ORG (Tolla 's shares) */
    labels[9] = bp;                   /* Tolla 's shares: ORG */
    labels[14] = bl;                  /* Dunmore forward Ana Ruiz: ORG */
    labels[16] = bp, labels[17] = ip; /* Ana Ruiz: stays */
    labels[20] = bl;                  /* Dunmore: ORG */
    labels[22] = bl, gaz[22] = VL_NER_GAZ_COUNTRY; /* Portland, a country here: stays */
    labels[24] = bp, labels[25] = ip;
    labels[27] = bl, gaz[27] = VL_NER_GAZ_COUNTRY;
    labels[31] = bp, labels[32] = ip; /* insurer Ana Ruiz: a full name stays PER */
    labels[34] = bm;                  /* Austrian coach: stays MISC */
    labels[36] = bp, labels[37] = ip;
    labels[39] = bl, gaz[39] = VL_NER_GAZ_PLACE; /* Varna 's profit, a place: stays */
    labels[44] = bl, gaz[44] = VL_NER_GAZ_PLACE;
    uint8_t want[80];
    memcpy(want, labels, sizeof want);
    want[0] = want[5] = want[7] = want[9] = want[14] = want[20] = (uint8_t)bo;
    vl_ner_company_evidence(text, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);
    /* without the gazetteer a country is not known: Portland becomes a club */
    memcpy(labels, want, sizeof labels);
    labels[0] = bp, labels[5] = bm, labels[7] = bl, labels[9] = bp, labels[14] = bl, labels[20] = bl;
    vl_ner_company_evidence(text, toks, labels, NULL, n);
    assert_int_equal(labels[22], bo);
    assert_int_equal(labels[27], bo);
    assert_int_equal(labels[39], bo); /* and a place's possessive is a company's */

    /* a match's result: a club's name after a score and "at", a place
     * beaten by a score; not a country, not a ground ("at Anfield") */
    const char *text2 = "Leeds lost 2-0 at Brant City . Brant City rested . Tolla beat Varna 5-0 . "
                        "They won 2-1 at Anfield .";
    vl_ner_lexer_init(&lx, text2, strlen(text2), VL_LANG_EN);
    n = 0;
    n = lex_rest(&lx, toks, n, 80, NULL, NULL);
    assert_int_equal(n, 22);
    memset(labels, 0, sizeof labels);
    memset(gaz, 0, sizeof gaz);
    const int il = vl_ner_label_i(VL_NER_LOC);
    labels[0] = bo;
    labels[4] = bl, labels[5] = il;
    labels[7] = bl, labels[8] = il;
    labels[11] = bl, gaz[11] = VL_NER_GAZ_COUNTRY;
    labels[13] = bl;
    labels[20] = bl;
    memcpy(want, labels, sizeof want);
    want[4] = want[7] = want[13] = (uint8_t)bo;
    want[5] = want[8] = (uint8_t)io;
    vl_ner_company_evidence(text2, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);

    /* a firm's seat and staff: "X, based in", "analyst at X"; not a place
     * of the gazetteer ("Varna, based in" is no firm's) */
    const char *text3 = "Lumo , based in Varna , grew . Lumo rose . said an analyst at Kerr Bay . "
                        "Varna , based in Tolla .";
    vl_ner_lexer_init(&lx, text3, strlen(text3), VL_LANG_EN);
    n = 0;
    n = lex_rest(&lx, toks, n, 80, NULL, NULL);
    assert_int_equal(n, 24);
    memset(labels, 0, sizeof labels);
    memset(gaz, 0, sizeof gaz);
    labels[0] = bp;                  /* Lumo, based in: ORG */
    labels[4] = bl, gaz[4] = VL_NER_GAZ_PLACE;
    labels[8] = bp;                  /* Lumo: ORG */
    labels[15] = bl, labels[16] = il; /* analyst at Kerr Bay: ORG */
    labels[18] = bl, gaz[18] = VL_NER_GAZ_PLACE; /* Varna, based in: stays */
    labels[22] = bl;
    memcpy(want, labels, sizeof want);
    want[0] = want[8] = want[15] = (uint8_t)bo;
    want[16] = (uint8_t)io;
    vl_ner_company_evidence(text3, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);

    /* a capitalised company noun glued to the name, or before it; not
     * before a person's full name */
    const char *text4 = "Rival Tolla said . Tolla rose . Regulator Brenvik fined Tolla . Rival Ana Lima spoke .";
    vl_ner_lexer_init(&lx, text4, strlen(text4), VL_LANG_EN);
    n = 0;
    n = lex_rest(&lx, toks, n, 80, NULL, NULL);
    assert_int_equal(n, 17);
    memset(labels, 0, sizeof labels);
    labels[0] = bp, labels[1] = ip;   /* Rival Tolla: Tolla ORG, Rival out */
    labels[4] = bp;                   /* Tolla: ORG */
    labels[8] = bl;                   /* Regulator [Brenvik]: ORG */
    labels[10] = bp;                  /* Tolla: ORG */
    labels[13] = bp, labels[14] = ip; /* Rival [Ana Lima]: stays */
    memcpy(want, labels, sizeof want);
    want[0] = 0;
    want[1] = want[4] = want[8] = want[10] = (uint8_t)bo;
    vl_ner_company_evidence(text4, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);
}

/* Index of the k-th token (0 first) of toks[0..n) spelling w. */
static size_t tok_at(const char *text, const vl_ner_tok *toks, size_t n, const char *w, int k) {
    for (size_t i = 0; i < n; i++)
        if (toks[i].end - toks[i].start == strlen(w) && memcmp(text + toks[i].start, w, strlen(w)) == 0 && k-- == 0)
            return i;
    fail_msg("no token %s", w);
    return 0;
}

/* A name typed ORG before a place's noun ("the [Karra] region") is a LOC
 * at every mention, unless a mention speaks ("Velt said": a firm's
 * mine); a person before one stays ("the [Ana] camp" of a campaign);
 * "district of" shows a place as "city of" does. */
static void test_place_tails(void **state) {
    (void)state;
    const char *text = "The Karra region dried . Karra fell . The Velt mine hired . Velt said so . "
                       "The Ana course opened . In the district of Tarn , rain .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    const uint8_t bo = (uint8_t)vl_ner_label_b(VL_NER_ORG), bp = (uint8_t)vl_ner_label_b(VL_NER_PER),
                  bl = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    size_t k1 = tok_at(text, toks, n, "Karra", 0), k2 = tok_at(text, toks, n, "Karra", 1),
           v1 = tok_at(text, toks, n, "Velt", 0), v2 = tok_at(text, toks, n, "Velt", 1),
           ana = tok_at(text, toks, n, "Ana", 0), tarn = tok_at(text, toks, n, "Tarn", 0);
    uint8_t labels[64] = {0}, want[64];
    labels[k1] = bo, labels[k2] = bo, labels[v1] = bo, labels[v2] = bo, labels[ana] = bp, labels[tarn] = bp;
    memcpy(want, labels, sizeof want);
    want[k1] = bl, want[k2] = bl, want[tarn] = bl;
    vl_ner_place_evidence(text, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);
}

/* A line-up line (a side, a colon, eight names or more between commas and
 * semicolons, a substitute in brackets) types every player PER and the
 * side ORG, and a two-word LOC ending on a player's surname elsewhere PER;
 * a referee's line (one name) and a list of towns after a heading with
 * no semicolon nor substitute stay as labelled, as does a one-word LOC
 * equal to a surname. */
static void test_lineups(void **state) {
    (void)state;
    const char *text = "Tom Corral saved from Varo .\n"
                       "Rovers: Abel; Brandt, Corral, Dunne, Egan; Fahy, Gillo (Harte 70), Ives; Joyce, Varo\n"
                       "Referee: Ana Lima\n"
                       "Markets: Paris, Lyon, Nice, Metz, Brest, Caen, Dijon, Lille\n";
    vl_ner_lexer lx;
    vl_ner_tok toks[96];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 96, NULL, NULL);
    const uint8_t bo = (uint8_t)vl_ner_label_b(VL_NER_ORG), bp = (uint8_t)vl_ner_label_b(VL_NER_PER),
                  ip = (uint8_t)vl_ner_label_i(VL_NER_PER), bl = (uint8_t)vl_ner_label_b(VL_NER_LOC),
                  il = (uint8_t)vl_ner_label_i(VL_NER_LOC);
    uint8_t labels[96] = {0};
    labels[0] = bl, labels[1] = il;                      /* Tom Corral: PER */
    labels[tok_at(text, toks, n, "Varo", 0)] = bl;       /* one word: stays */
    labels[tok_at(text, toks, n, "Brandt", 0)] = bl;     /* a player */
    labels[tok_at(text, toks, n, "Dunne", 0)] = bo;      /* a player */
    labels[tok_at(text, toks, n, "Ana", 0)] = bl;        /* the referee's line: stays */
    labels[tok_at(text, toks, n, "Lima", 0)] = il;
    labels[tok_at(text, toks, n, "Lyon", 0)] = bl;       /* no semicolon: stays */
    uint8_t want[96];
    memcpy(want, labels, sizeof want);
    want[0] = bp, want[1] = ip;
    want[tok_at(text, toks, n, "Rovers", 0)] = bo;
    static const char *const players[] = {"Abel", "Brandt", "Dunne", "Egan", "Fahy", "Gillo", "Harte", "Ives",
                                          "Joyce", NULL};
    for (const char *const *w = players; *w; w++) want[tok_at(text, toks, n, *w, 0)] = bp;
    want[tok_at(text, toks, n, "Corral", 1)] = bp, want[tok_at(text, toks, n, "Varo", 1)] = bp;
    vl_ner_lineups(text, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);
}

/* A name typed PER is a party's at every mention when one shows it: a
 * lawmaker's noun after it, "led by" a person after it, "parties" before
 * it; a person's "coalition" and the leader after "led by" stay. */
static void test_party_evidence(void **state) {
    (void)state;
    const char *text = "A Varlo Brant senator spoke . Varlo Brant won . Kessa , led by party leader Ana Lima , "
                       "rose . The parties Dovit and Mera met . Kessa fell . The winning Tesh coalition held .";
    vl_ner_lexer lx;
    vl_ner_tok toks[64];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    const uint8_t bo = (uint8_t)vl_ner_label_b(VL_NER_ORG), io = (uint8_t)vl_ner_label_i(VL_NER_ORG),
                  bp = (uint8_t)vl_ner_label_b(VL_NER_PER), ip = (uint8_t)vl_ner_label_i(VL_NER_PER);
    uint8_t labels[64] = {0};
    size_t v1 = tok_at(text, toks, n, "Varlo", 0), v2 = tok_at(text, toks, n, "Varlo", 1),
           k1 = tok_at(text, toks, n, "Kessa", 0), k2 = tok_at(text, toks, n, "Kessa", 1),
           ana = tok_at(text, toks, n, "Ana", 0), dov = tok_at(text, toks, n, "Dovit", 0),
           mera = tok_at(text, toks, n, "Mera", 0), tesh = tok_at(text, toks, n, "Tesh", 0);
    labels[v1] = bp, labels[v1 + 1] = ip, labels[v2] = bp, labels[v2 + 1] = ip;
    labels[k1] = bp, labels[k2] = bp, labels[ana] = bp, labels[ana + 1] = ip;
    labels[dov] = bp, labels[mera] = bp, labels[tesh] = bp;
    uint8_t want[64];
    memcpy(want, labels, sizeof want);
    want[v1] = bo, want[v1 + 1] = io, want[v2] = bo, want[v2 + 1] = io;
    want[k1] = bo, want[k2] = bo, want[dov] = bo;
    vl_ner_company_evidence(text, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);
    /* its leader named after it, at every mention; not "leader" before a
     * lower-case word */
    const char *text2 = "Sorva leader Tom Vell spoke . Sorva won . Mira leader said so .";
    vl_ner_lexer_init(&lx, text2, strlen(text2), VL_LANG_EN);
    n = 0;
    n = lex_rest(&lx, toks, n, 64, NULL, NULL);
    memset(labels, 0, sizeof labels);
    size_t s1 = tok_at(text2, toks, n, "Sorva", 0), s2 = tok_at(text2, toks, n, "Sorva", 1),
           tom = tok_at(text2, toks, n, "Tom", 0), mira = tok_at(text2, toks, n, "Mira", 0);
    labels[s1] = bp, labels[s2] = bp, labels[tom] = bp, labels[tom + 1] = ip, labels[mira] = bp;
    memcpy(want, labels, sizeof want);
    want[s1] = bo, want[s2] = bo;
    vl_ner_company_evidence(text2, toks, labels, NULL, n);
    assert_memory_equal(labels, want, n);
}

/* A town of the gazetteer typed ORG after in, from, at, near or to is a
 * LOC; not before "'s", not in capitals, not a given name, not in a
 * story with a score. */
static void test_place_preps(void **state) {
    (void)state;
    const char *text = "Babies travel to Varlo . A prize at Brant , in Kessa 's history , to ACME , from Ana .";
    const char *text2 = "Dovit won 2-1 at Brant .";
    vl_ner_lexer lx;
    vl_ner_tok toks[40];
    const uint8_t bo = (uint8_t)vl_ner_label_b(VL_NER_ORG), bl = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    for (int pass = 0; pass < 2; pass++) {
        const char *t = pass ? text2 : text;
        vl_ner_lexer_init(&lx, t, strlen(t), VL_LANG_EN);
        size_t n = 0;
        n = lex_rest(&lx, toks, n, 40, NULL, NULL);
        uint8_t labels[40] = {0}, gaz[40] = {0}, want[40];
        static const char *const towns[] = {"Varlo", "Brant", "Kessa", "ACME", "Ana", NULL};
        for (size_t i = 0; i < n; i++)
            for (const char *const *w = towns; *w; w++)
                if (toks[i].end - toks[i].start == strlen(*w) && memcmp(t + toks[i].start, *w, strlen(*w)) == 0) {
                    labels[i] = bo;
                    gaz[i] = VL_NER_GAZ_PLACE | (**w == 'A' && w[0][1] == 'n' ? VL_NER_GAZ_FIRSTNAME : 0);
                }
        memcpy(want, labels, sizeof want);
        if (!pass) want[tok_at(t, toks, n, "Varlo", 0)] = bl, want[tok_at(t, toks, n, "Brant", 0)] = bl;
        vl_ner_place_preps(t, toks, labels, gaz, n);
        assert_memory_equal(labels, want, n);
    }
}

/* A name before a craft's noun is a MISC at its mentions typed ORG, LOC
 * or PER; not one the gazetteer has as an organisation, nor one a
 * mention shows to be a maker ("Kessa said"). */
static void test_craft_names(void **state) {
    (void)state;
    const char *text = "The Varlo capsule landed . Varlo flew . A Kessa rocket rose and Kessa said so . "
                       "A Dovit probe left .";
    vl_ner_lexer lx;
    vl_ner_tok toks[40];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_EN);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 40, NULL, NULL);
    const uint8_t bo = (uint8_t)vl_ner_label_b(VL_NER_ORG), bl = (uint8_t)vl_ner_label_b(VL_NER_LOC),
                  bm = (uint8_t)vl_ner_label_b(VL_NER_MISC);
    uint8_t labels[40] = {0}, gaz[40] = {0}, want[40];
    size_t v1 = tok_at(text, toks, n, "Varlo", 0), v2 = tok_at(text, toks, n, "Varlo", 1),
           k1 = tok_at(text, toks, n, "Kessa", 0), k2 = tok_at(text, toks, n, "Kessa", 1),
           d = tok_at(text, toks, n, "Dovit", 0);
    labels[v1] = bo, labels[v2] = bl, labels[k1] = bo, labels[k2] = bo, labels[d] = bo;
    gaz[d] = VL_NER_GAZ_ORG;
    memcpy(want, labels, sizeof want);
    want[v1] = want[v2] = bm;
    vl_ner_craft_names(text, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);
    /* in apposition after a rover's noun; an inquiry's "probe" is none
     * (twelfth round) */
    const char *t2 = "A small rover , Pravo , rolled . Pravo dug . After the probe , Kessa , said so .";
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_EN);
    n = 0;
    n = lex_rest(&lx, toks, n, 40, NULL, NULL);
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER);
    size_t p1 = tok_at(t2, toks, n, "Pravo", 0), p2 = tok_at(t2, toks, n, "Pravo", 1), k = tok_at(t2, toks, n, "Kessa", 0);
    uint8_t l2[40] = {0};
    l2[p1] = bp, l2[p2] = bp, l2[k] = bp;
    vl_ner_craft_names(t2, toks, l2, NULL, n);
    assert_int_equal(l2[p1], bm);
    assert_int_equal(l2[p2], bm);
    assert_int_equal(l2[k], bp);
}

/* French: a name after a probe's or a storm's kind is a MISC, the kind
 * outside it, and its other mentions typed PER, LOC or ORG alone too; an
 * adjective may stand between; a lower-case word after the kind ("la
 * tempête économique") and a name the gazetteer has as an organisation
 * are no such names, and a longer name holding the word stays. */
static void test_fr_craft_names(void **state) {
    (void)state;
    const char *text = "La sonde am\xC3\xA9ricaine Varlo part . Puis Varlo plonge . La Temp\xC3\xAA" "te Korvel "
                       "arrive , Korvel souffle . La temp\xC3\xAA" "te \xC3\xA9" "conomique et le satellite Dovit . "
                       "Varlo Mendes parle .";
    vl_ner_lexer lx;
    vl_ner_tok toks[48];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_FR);
    size_t n = 0;
    n = lex_rest(&lx, toks, n, 48, NULL, NULL);
    const uint8_t bo = (uint8_t)vl_ner_label_b(VL_NER_ORG), bp = (uint8_t)vl_ner_label_b(VL_NER_PER),
                  ip = (uint8_t)vl_ner_label_i(VL_NER_PER), bm = (uint8_t)vl_ner_label_b(VL_NER_MISC);
    uint8_t labels[48] = {0}, gaz[48] = {0}, want[48];
    size_t v1 = tok_find(text, toks, n, "Varlo", 0), v2 = tok_find(text, toks, n, "Varlo", 1),
           v3 = tok_find(text, toks, n, "Varlo", 2), t = tok_find(text, toks, n, "Temp\xC3\xAA" "te", 0),
           k1 = tok_find(text, toks, n, "Korvel", 0), k2 = tok_find(text, toks, n, "Korvel", 1),
           d = tok_find(text, toks, n, "Dovit", 0);
    assert_true(v3 < n && d < n);
    labels[v1] = bp, labels[v2] = bp, labels[t] = bp, labels[k1] = ip, labels[k2] = bp, labels[d] = bo;
    labels[v3] = bp, labels[v3 + 1] = ip;
    gaz[d] = VL_NER_GAZ_ORG;
    memcpy(want, labels, sizeof want);
    want[v1] = want[v2] = want[k1] = want[k2] = bm;
    want[t] = 0;
    vl_ner_fr_craft_names(text, toks, labels, gaz, n);
    assert_memory_equal(labels, want, n);
    /* a warship of two words typed ORG */
    const char *t2 = "Le porte-avions russe Amiral Korvan appareille .";
    vl_ner_lexer_init(&lx, t2, strlen(t2), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 48, NULL, NULL);
    size_t a = tok_find(t2, toks, n, "Amiral", 0);
    assert_true(a + 1 < n);
    uint8_t l2[48] = {0};
    l2[a] = bo, l2[a + 1] = (uint8_t)vl_ner_label_i(VL_NER_ORG);
    vl_ner_fr_craft_names(t2, toks, l2, NULL, n);
    assert_int_equal(l2[a], bm);
    assert_int_equal(l2[a + 1], (uint8_t)vl_ner_label_i(VL_NER_MISC));
    /* a rocket typed ORG, a launcher and a telescope after two
     * adjectives left out (twelfth round) */
    const char *t3 = "Une fus\xC3\xA9" "e russe Sorvak , le lanceur Ordane et le t\xC3\xA9" "lescope spatial europ\xC3\xA9" "en Evlid .";
    vl_ner_lexer_init(&lx, t3, strlen(t3), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 48, NULL, NULL);
    size_t s3 = tok_find(t3, toks, n, "Sorvak", 0), o3 = tok_find(t3, toks, n, "Ordane", 0),
           e3 = tok_find(t3, toks, n, "Evlid", 0);
    assert_true(e3 < n);
    uint8_t l3[48] = {0};
    l3[s3] = bo;
    vl_ner_fr_craft_names(t3, toks, l3, NULL, n);
    assert_int_equal(l3[s3], bm);
    assert_int_equal(l3[o3], bm);
    assert_int_equal(l3[e3], bm);
    /* a capsule's name given after "baptisée" and a comma, typed LOC,
     * and another capsule's left out (fourteenth round) */
    const char *t4 = "La capsule , baptis\xC3\xA9" "e Orvande , rejoint la capsule Telmo .";
    vl_ner_lexer_init(&lx, t4, strlen(t4), VL_LANG_FR);
    n = 0;
    n = lex_rest(&lx, toks, n, 48, NULL, NULL);
    size_t o4 = tok_find(t4, toks, n, "Orvande", 0), m4 = tok_find(t4, toks, n, "Telmo", 0);
    assert_true(m4 < n);
    uint8_t l4[48] = {0};
    l4[o4] = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    vl_ner_fr_craft_names(t4, toks, l4, NULL, n);
    assert_int_equal(l4[o4], bm);
    assert_int_equal(l4[m4], bm);
}

/* A channel by a place and a number is one ORG with its number, and the
 * place's other mentions typed ORG are LOC again where the gazetteer has
 * it; a number with a unit after it is no channel's (twelfth round). */
static void test_fr_channels(void **state) {
    (void)state;
    const char *text = "Selon la cha\xC3\xAEne Varlie 24 , le chef part . Au Varlie , la cha\xC3\xAEne Tolla 3 heures .";
    vl_ner_lexer lx;
    vl_ner_tok toks[48];
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_FR);
    size_t n = lex_rest(&lx, toks, 0, 48, NULL, NULL);
    const uint8_t bo = (uint8_t)vl_ner_label_b(VL_NER_ORG), io = (uint8_t)vl_ner_label_i(VL_NER_ORG),
                  bl = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    size_t v1 = tok_find(text, toks, n, "Varlie", 0), v2 = tok_find(text, toks, n, "Varlie", 1),
           t = tok_find(text, toks, n, "Tolla", 0);
    assert_true(t + 1 < n);
    uint8_t labels[48] = {0}, gaz[48] = {0};
    labels[v1] = bo, labels[v2] = bo, labels[t] = bo;
    gaz[v1] = gaz[v2] = VL_NER_GAZ_COUNTRY;
    vl_ner_fr_channels(text, toks, labels, gaz, n);
    assert_int_equal(labels[v1], bo);
    assert_int_equal(labels[v1 + 1], io);
    assert_int_equal(labels[v2], bl);
    assert_int_equal(labels[t], bo);
    assert_int_equal(labels[t + 1], 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fr_channels),
        cmocka_unit_test(test_doc_values),
        cmocka_unit_test(test_doc_features),
        cmocka_unit_test(test_doc_pass),
        cmocka_unit_test(test_company_short_names),
        cmocka_unit_test(test_company_heads),
        cmocka_unit_test(test_glued_titles),
        cmocka_unit_test(test_doc_cue_orgs),
        cmocka_unit_test(test_doc_cue_memo),
        cmocka_unit_test(test_fr_surnames),
        cmocka_unit_test(test_company_evidence),
        cmocka_unit_test(test_company_holders),
        cmocka_unit_test(test_place_evidence),
        cmocka_unit_test(test_fr_teams),
        cmocka_unit_test(test_fr_lineups),
        cmocka_unit_test(test_fr_lineups_dashes),
        cmocka_unit_test(test_fr_lineups_hyphens),
        cmocka_unit_test(test_fr_clubs),
        cmocka_unit_test(test_fr_rubrics),
        cmocka_unit_test(test_fr_place_lists),
        cmocka_unit_test(test_fr_market_moves),
        cmocka_unit_test(test_fr_company_pairs),
        cmocka_unit_test(test_fr_company_evidence),
        cmocka_unit_test(test_storm_names),
        cmocka_unit_test(test_acronym_names),
        cmocka_unit_test(test_company_lists),
        cmocka_unit_test(test_company_appositions),
        cmocka_unit_test(test_place_lists),
        cmocka_unit_test(test_lineups),
        cmocka_unit_test(test_party_evidence),
        cmocka_unit_test(test_place_preps),
        cmocka_unit_test(test_place_tails),
        cmocka_unit_test(test_craft_names),
        cmocka_unit_test(test_fr_craft_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
