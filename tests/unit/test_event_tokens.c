/*
 * test_event_tokens.c -- unit tests of the extractors' shared tokens
 * (src/extract/event_tokens.c): key folding (accents, ligatures, curly
 * apostrophes, dashes, currency signs, refusals and the size limit), a
 * whole text tokenised at once (vl_xtext) giving the same sentences as one
 * sentence at a time, memory reused from text to text, and the quantity
 * event and quotation extractors giving the same results from shared tokens as when
 * they tokenise themselves (and ignoring tokens of another text), and the
 * entity tagger finding the same entities from them (vl_xtext_next_ner)
 * as from its own lexer.  The texts are written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/base.h"
#include "extract/event.h"
#include "extract/event_tokens.h"
#include "extract/quantity.h"
#include "extract/quote.h"
#include "extract/timex.h"
#include "harness.h"
#include "ner/ner.h"

static const char *fold(const char *s, size_t cap) {
    static char out[64];
    int n = vl_xfold(s, strlen(s), out, cap);
    if (!n) return "(none)";
    assert_int_equal((size_t)n, strlen(out));
    return out;
}

static void test_fold(void **state) {
    (void)state;
    assert_string_equal(fold("\xc3\x89lys\xc3\xa9" "e", 64), "elysee");
    assert_string_equal(fold("\xc5\x92uvre", 64), "oeuvre");
    assert_string_equal(fold("l\xe2\x80\x99\xc3\x89tat", 64), "l'etat");
    assert_string_equal(fold("Stra\xc3\x9f" "e", 64), "strasse");
    assert_string_equal(fold("\xc3\x86ther", 64), "aether");
    assert_string_equal(fold("2014\xe2\x80\x94" "2015", 64), "2014-2015");
    assert_string_equal(fold("12\xe2\x82\xac", 64), "12\xe2\x82\xac");
    assert_string_equal(fold("\xc2\xa3" "5", 64), "\xc2\xa3" "5");
    assert_string_equal(fold("30\xc2\xb0", 64), "30\xc2\xb0");
    assert_string_equal(fold("km\xc2\xb2", 64), "km2");
    assert_string_equal(fold("3\xc3\x97" "4", 64), "(none)");         /* the multiplication sign */
    assert_string_equal(fold("\xce\xb1\xce\xb2", 64), "(none)");      /* Greek */
    assert_string_equal(fold("\xc2\xa0", 64), "(none)");              /* no-break space */
    /* the size limit counts the NUL, and folded bytes, not input bytes */
    assert_string_equal(fold("abcd", 5), "abcd");
    assert_string_equal(fold("abcde", 5), "(none)");
    assert_string_equal(fold("ab\xc3\x9f", 5), "abss");
    assert_string_equal(fold("abc\xc3\x9f", 5), "(none)");
}

static const char text_fr[] =
    "Le ministre a annonc\xc3\xa9 lundi l'envoi de 300 soldats et de 2,5 millions d'euros. "
    "Les manifestants ont d\xc3\xa9" "fil\xc3\xa9 \xc3\xa0 Lyon contre la r\xc3\xa9" "forme ; la police a "
    "arr\xc3\xaat\xc3\xa9 une vingtaine de personnes. \xc2\xab Nous ne c\xc3\xa9" "derons pas \xc2\xbb, a "
    "d\xc3\xa9" "clar\xc3\xa9 la syndicaliste. Le gouvernement a lib\xc3\xa9r\xc3\xa9 trois otages le 4 mars.";

static const char text_en[] =
    "The council condemned the attack on Tuesday. About 40 people were arrested by the police, "
    "and the mayor promised $3 million in aid. Talks were held in Geneva; the rebels withdrew 12 km. "
    "\"We will not leave,\" the mayor said on Wednesday.";

/* The sentences of text, one at a time, against x. */
static void same_tokens(const vl_xtext *x, const char *text, vl_lang lang) {
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, text, strlen(text), lang);
    static vl_xtok k[VL_NER_MAX_SENT];
    size_t s = 0, n;
    while ((n = vl_xtok_sentence(&lx, k)) > 0) {
        assert_true(s < x->nsent);
        assert_int_equal(x->sent[s + 1] - x->sent[s], n);
        for (size_t i = 0; i < n; i++) {
            const vl_xtok *a = &x->tok[x->sent[s] + i];
            assert_int_equal(a->start, k[i].start);
            assert_int_equal(a->end, k[i].end);
            assert_int_equal(a->cstart, k[i].cstart);
            assert_int_equal(a->klen, k[i].klen);
            assert_memory_equal(a->key, k[i].key, (size_t)k[i].klen);
            /* the key's hash, computed once for the lexicons, is the key's */
            assert_int_equal(a->kh, vl_xhash(a->key, (size_t)a->klen));
            assert_int_equal(a->ksplit, a->klen > 0 && (strchr(a->key, '-') || strlen(a->key) != (size_t)a->klen));
        }
        s++;
    }
    assert_int_equal(s, x->nsent);
    assert_int_equal(x->sent[x->nsent], x->ntok);
}

/* The token keys' hash and split flag: FNV-1a of the folded key, and
 * whether it holds a hyphen (quatre-vingt-dix, vingt-et-un). */
static void test_key_hash(void **state) {
    (void)state;
    /* FNV-1a 32 of "", "a" and "de", as published */
    assert_int_equal(vl_xhash("", 0), 2166136261u);
    assert_int_equal(vl_xhash("a", 1), 0xe40c292cu);
    const char *text = "Quatre-vingt-dix \xc3\x89lus sont partis.";
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, text, strlen(text), VL_LANG_FR);
    static vl_xtok k[VL_NER_MAX_SENT];
    size_t n = vl_xtok_sentence(&lx, k);
    assert_true(n >= 4);
    assert_string_equal(k[0].key, "quatre-vingt-dix");
    assert_true(k[0].ksplit);
    assert_int_equal(k[0].kh, vl_xhash("quatre-vingt-dix", 16));
    assert_string_equal(k[1].key, "elus");
    assert_false(k[1].ksplit);
    assert_int_equal(k[1].kh, vl_xhash("elus", 4));
    /* ascii: the word all ASCII, its key its lower case */
    assert_true(k[0].ascii);
    assert_false(k[1].ascii);
    assert_true(k[2].ascii);
    assert_string_equal(k[2].key, "sont");
}

/* The ASCII fold table, against the rule it stands for, and vl_xfold at
 * the bound: a word fits when it is shorter than the buffer, all ASCII or
 * with an accent after a run of ASCII. */
static void test_fold_ascii(void **state) {
    (void)state;
    for (unsigned c = 0; c < 256; c++) {
        unsigned want = c >= 0x80 ? 0 : c >= 'A' && c <= 'Z' ? c + 32 : c;
        if (c == '-' || c == 0) want |= 0x100;
        assert_int_equal(vl_xfold_ascii((unsigned char)c), want);
    }
    char out[8];
    assert_int_equal(vl_xfold("ABCDEFG", 7, out, sizeof out), 7);
    assert_string_equal(out, "abcdefg");
    assert_int_equal(vl_xfold("ABCDEFGH", 8, out, sizeof out), 0);
    assert_int_equal(vl_xfold("Abc\xc3\x89" "t\xc3\xa9", 8, out, sizeof out), 6);
    assert_string_equal(out, "abcete");
    assert_int_equal(vl_xfold("Abcdef\xc3\x89", 8, out, sizeof out), 7);
    assert_string_equal(out, "abcdefe");
    assert_int_equal(vl_xfold("Ab\xc3\xa9" "-", 5, out, sizeof out), 4);
    assert_string_equal(out, "abe-");
    assert_int_equal(vl_xfold("Ab-C\xc3\x97", 6, out, sizeof out), 0); /* the sign folds to nothing */
    assert_int_equal(vl_xfold("A\xe2\x80\x99" "B", 5, out, sizeof out), 3);
    assert_string_equal(out, "a'b");
}

/* The entity tagger's sentences from x are the lexer's, field by field. */
static void same_ner_tokens(const vl_xtext *x, const char *text, vl_lang lang) {
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, text, strlen(text), lang);
    static vl_ner_tok want[VL_NER_MAX_SENT], got[VL_NER_MAX_SENT];
    vl_xtext_cursor cur = {x, 0};
    size_t n, sents = 0;
    while ((n = vl_ner_next_sentence(&lx, want, VL_NER_MAX_SENT)) > 0) {
        assert_int_equal(vl_xtext_next_ner(&cur, got), n);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(got[i].start, want[i].start);
            assert_int_equal(got[i].end, want[i].end);
            assert_int_equal(got[i].cstart, want[i].cstart);
            assert_int_equal(got[i].cend, want[i].cend);
            assert_int_equal(got[i].flags, want[i].flags);
            assert_int_equal(got[i].gaz, 0);
            assert_int_equal(got[i].cluster, 0);
        }
        sents++;
    }
    assert_int_equal(vl_xtext_next_ner(&cur, got), 0);
    assert_int_equal(sents, x->nsent);
}

static void test_xtext(void **state) {
    (void)state;
    vl_xtext x = {0};
    assert_int_equal(vl_xtext_fill(&x, text_fr, strlen(text_fr), VL_LANG_FR), VL_OK);
    same_ner_tokens(&x, text_fr, VL_LANG_FR);
    assert_true(x.nsent >= 4);
    assert_true(vl_xtext_of(&x, text_fr, strlen(text_fr), VL_LANG_FR));
    assert_false(vl_xtext_of(&x, text_fr, strlen(text_fr), VL_LANG_EN));
    same_tokens(&x, text_fr, VL_LANG_FR);
    /* the next text reuses the memory and forgets the first */
    assert_int_equal(vl_xtext_fill(&x, text_en, strlen(text_en), VL_LANG_EN), VL_OK);
    assert_false(vl_xtext_of(&x, text_fr, strlen(text_fr), VL_LANG_FR));
    same_tokens(&x, text_en, VL_LANG_EN);
    same_ner_tokens(&x, text_en, VL_LANG_EN);
    /* a long text: the token array grows across many sentences */
    vl_buf b = {0};
    for (int i = 0; i < 400; i++) {
        assert_int_equal(vl_buf_puts(&b, text_en), VL_OK);
        assert_int_equal(vl_buf_puts(&b, " "), VL_OK);
    }
    char *big = vl_buf_steal(&b);
    assert_int_equal(vl_xtext_fill(&x, big, strlen(big), VL_LANG_EN), VL_OK);
    assert_true(x.ntok > 8 * VL_NER_MAX_SENT);
    same_tokens(&x, big, VL_LANG_EN);
    /* an empty text */
    assert_int_equal(vl_xtext_fill(&x, "", 0, VL_LANG_EN), VL_OK);
    assert_int_equal(x.nsent, 0);
    free(big);
    vl_xtext_free(&x);
    assert_null(x.tok);
}

/* Quantities and events of text, from shared tokens and by themselves. */
static void same_results(const char *text, vl_lang lang, const vl_xtext *x) {
    vl_error err;
    vl_timex_tagger *tt;
    vl_quantity_tagger *qt;
    vl_event_tagger *et;
    assert_int_equal(vl_timex_tagger_new(&tt, &err), VL_OK);
    assert_int_equal(vl_quantity_tagger_new(&qt, &err), VL_OK);
    assert_int_equal(vl_event_tagger_new(&et, &err), VL_OK);
    size_t len = strlen(text), ntx, n1, n2;
    const vl_timex *tx;
    assert_int_equal(vl_timex_tag(tt, text, len, lang, "2026-03-02", &tx, &ntx), VL_OK);
    const vl_quantity *q;
    assert_int_equal(vl_quantity_tag(qt, text, len, lang, tx, ntx, &q, &n1), VL_OK);
    vl_quantity *q1 = malloc((n1 + 1) * sizeof *q1);
    memcpy(q1, q, n1 * sizeof *q);
    assert_int_equal(vl_quantity_tag_tokens(qt, text, len, lang, x, tx, ntx, &q, &n2), VL_OK);
    assert_true(n1 >= 3);
    assert_int_equal(n1, n2);
    for (size_t i = 0; i < n1; i++) {
        assert_int_equal(q1[i].start, q[i].start);
        assert_int_equal(q1[i].end, q[i].end);
        assert_true(q1[i].value == q[i].value);
        assert_int_equal(q1[i].counted_end, q[i].counted_end);
    }
    const vl_event *e;
    assert_int_equal(vl_event_tag(et, text, len, lang, NULL, 0, tx, ntx, &e, &n1), VL_OK);
    vl_event *e1 = malloc((n1 + 1) * sizeof *e1);
    memcpy(e1, e, n1 * sizeof *e);
    assert_int_equal(vl_event_tag_tokens(et, text, len, lang, x, NULL, 0, tx, ntx, &e, &n2), VL_OK);
    assert_true(n1 >= 2);
    assert_int_equal(n1, n2);
    for (size_t i = 0; i < n1; i++) {
        assert_int_equal(e1[i].start, e[i].start);
        assert_int_equal(e1[i].end, e[i].end);
        assert_int_equal(e1[i].code, e[i].code);
        assert_int_equal(e1[i].actor.start, e[i].actor.start);
        assert_int_equal(e1[i].target.end, e[i].target.end);
        assert_int_equal(e1[i].timex, e[i].timex);
    }
    vl_quote_tagger *qu;
    assert_int_equal(vl_quote_tagger_new(&qu, &err), VL_OK);
    const vl_quote *u;
    assert_int_equal(vl_quote_tag(qu, text, len, lang, NULL, 0, &u, &n1), VL_OK);
    vl_quote *u1 = malloc((n1 + 1) * sizeof *u1);
    memcpy(u1, u, n1 * sizeof *u);
    assert_int_equal(vl_quote_tag_tokens(qu, text, len, lang, x, NULL, 0, &u, &n2), VL_OK);
    assert_true(n1 >= 1);
    assert_int_equal(n1, n2);
    for (size_t i = 0; i < n1; i++) {
        assert_int_equal(u1[i].start, u[i].start);
        assert_int_equal(u1[i].end, u[i].end);
        assert_int_equal(u1[i].verb_start, u[i].verb_start);
        assert_int_equal(u1[i].name_end, u[i].name_end);
        assert_int_equal(u1[i].direct, u[i].direct);
    }
    vl_quote_tagger_free(qu);
    free(u1);
    free(q1);
    free(e1);
    vl_event_tagger_free(et);
    vl_quantity_tagger_free(qt);
    vl_timex_tagger_free(tt);
}

static void test_shared_results(void **state) {
    (void)state;
    vl_xtext x = {0};
    assert_int_equal(vl_xtext_fill(&x, text_fr, strlen(text_fr), VL_LANG_FR), VL_OK);
    same_results(text_fr, VL_LANG_FR, &x);
    /* tokens of another text or language are not read */
    same_results(text_en, VL_LANG_EN, &x);
    assert_int_equal(vl_xtext_fill(&x, text_en, strlen(text_en), VL_LANG_EN), VL_OK);
    same_results(text_en, VL_LANG_EN, &x);
    vl_xtext_free(&x);
}

typedef struct spans {
    vl_ner_span s[512];
    size_t n;
} spans;

static int keep_span(void *ctx, const vl_ner_span *sp) {
    spans *ss = ctx;
    assert_true(ss->n < 512);
    ss->s[ss->n++] = *sp;
    return 0;
}

/* The entities of text with model `file`, lexed by the tagger and read
 * from x's tokens, the same; returns how many. */
static size_t same_entities(const char *file, const char *text, vl_lang lang) {
    vl_error err;
    char *path = th_path(th_src_dir(), file);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(path, &m, &err), VL_OK);
    vl_ner_tagger *t;
    assert_int_equal(vl_ner_tagger_new(&t, &err), VL_OK);
    vl_xtext x = {0};
    size_t len = strlen(text);
    assert_int_equal(vl_xtext_fill(&x, text, len, lang), VL_OK);
    static spans a, b;
    a.n = b.n = 0;
    assert_int_equal(vl_ner_tag_with(t, m, text, len, lang, keep_span, &a, &err), VL_OK);
    vl_xtext_cursor cur = {&x, 0};
    assert_int_equal(vl_ner_tag_from(t, m, text, len, vl_xtext_next_ner, &cur, keep_span, &b, &err), VL_OK);
    assert_int_equal(cur.s, x.nsent); /* every sentence read */
    assert_int_equal(a.n, b.n);
    for (size_t i = 0; i < a.n; i++) {
        assert_int_equal(a.s[i].type, b.s[i].type);
        assert_int_equal(a.s[i].byte_start, b.s[i].byte_start);
        assert_int_equal(a.s[i].byte_end, b.s[i].byte_end);
        assert_int_equal(a.s[i].start, b.s[i].start);
        assert_int_equal(a.s[i].end, b.s[i].end);
    }
    vl_xtext_free(&x);
    vl_ner_tagger_free(t);
    vl_ner_model_close(m);
    free(path);
    return a.n;
}

static void test_ner_from_shared(void **state) {
    (void)state;
    assert_true(same_entities("models/ner-fr.model", text_fr, VL_LANG_FR) >= 1);
    assert_true(same_entities("models/ner-en.model", text_en, VL_LANG_EN) >= 1);
    /* a run of 700 words with no sentence end: cut into sentences of
     * VL_NER_MAX_SENT tokens, names across the cuts */
    vl_buf b = {0};
    for (int i = 0; i < 100; i++) assert_int_equal(vl_buf_puts(&b, "Paul Martin a vu Marie Durand et Lyon "), VL_OK);
    char *run = vl_buf_steal(&b);
    assert_true(same_entities("models/ner-fr.model", run, VL_LANG_FR) >= 100);
    assert_int_equal(same_entities("models/ner-fr.model", "", VL_LANG_FR), 0);
    free(run);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_xtext),
        cmocka_unit_test(test_key_hash),
        cmocka_unit_test(test_fold_ascii),
        cmocka_unit_test(test_shared_results),
        cmocka_unit_test(test_ner_from_shared),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
