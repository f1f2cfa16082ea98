/*
 * test_text.c -- unit tests of the analyser (src/text/analyzer.h) and of
 * vl_text_terms: exact terms and byte offsets for each rule of the split,
 * normalisation, stemming and folding, the mode semantics, and the property
 * that positions never depend on the language or the mode.  All sentences
 * are written for these tests.
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
#include "text/analyzer.h"
#include "veille.h"

#define MAXTOK 4096

typedef struct tok {
    char term[160];
    size_t start, end;
    int flags;
} tok;

typedef struct toks {
    tok t[MAXTOK];
    int n;
    int stop_after; /* > 0: return 42 after that many tokens */
} toks;

static int collect(void *ctx, const vl_token *t) {
    toks *ts = ctx;
    assert_true(t->term_len > 0);
    assert_true(t->start < t->end);
    if (ts->n < MAXTOK) {
        tok *k = &ts->t[ts->n];
        snprintf(k->term, sizeof k->term, "%.*s", (int)t->term_len, t->term);
        k->start = t->start;
        k->end = t->end;
        k->flags = t->flags;
    }
    ts->n++;
    if (ts->stop_after && ts->n >= ts->stop_after) return 42;
    return 0;
}

static vl_analyzer *an;

static int setup(void **state) {
    (void)state;
    an = vl_analyzer_new();
    return an ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    vl_analyzer_free(an);
    return 0;
}

static toks *run(const char *text, size_t len, vl_lang lang, vl_analyze_mode mode) {
    static toks ts;
    memset(&ts, 0, sizeof ts);
    assert_int_equal(vl_analyze(an, text, len, lang, mode, collect, &ts), VL_OK);
    return &ts;
}

static toks *runs(const char *text, vl_lang lang, vl_analyze_mode mode) {
    return run(text, strlen(text), lang, mode);
}

/* Asserts the token list of text: "term@start-end" items, space separated;
 * a leading '+' marks a colocated token. */
static void expect(const char *text, vl_lang lang, vl_analyze_mode mode, const char *want) {
    toks *ts = runs(text, lang, mode);
    char got[8192] = "";
    size_t gl = 0;
    for (int i = 0; i < ts->n && i < MAXTOK; i++)
        gl += (size_t)snprintf(got + gl, sizeof got - gl, "%s%s%s@%zu-%zu", i ? " " : "",
                               ts->t[i].flags & VL_TOKEN_COLOCATED ? "+" : "", ts->t[i].term,
                               ts->t[i].start, ts->t[i].end);
    if (strcmp(got, want) != 0) {
        print_error("text: %s\n want: %s\n  got: %s\n", text, want, got);
        fail();
    }
}

static void test_split_basic(void **state) {
    (void)state;
    expect("Le vote, hier soir.", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "le@0-2 vote@3-7 hier@9-13 soir@14-18");
    expect("  \t\n", VL_LANG_UND, VL_ANALYZE_SURFACE, "");
    expect("", VL_LANG_FR, VL_ANALYZE_INDEX, "");
    /* Punctuation and symbols separate; digits and letters stay together. */
    expect("A380/B737 (x)[y]", VL_LANG_UND, VL_ANALYZE_SURFACE, "a380@0-4 b737@5-9 x@11-12 y@14-15");
    /* Non-Latin scripts are words too. */
    expect("Москва 東京", VL_LANG_UND, VL_ANALYZE_SURFACE, "москва@0-12 東京@13-19");
}

static void test_hyphens(void **state) {
    (void)state;
    expect("Zapad-2025", VL_LANG_FR, VL_ANALYZE_INDEX, "Fzapad@0-5 2025@6-10");
    /* U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN split the same way. */
    expect("Jean\xE2\x80\x90Luc Saint\xE2\x80\x91" "Denis", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "jean@0-4 luc@7-10 saint@11-16 denis@19-24");
    expect("-5 --x-", VL_LANG_UND, VL_ANALYZE_SURFACE, "5@1-2 x@5-6");
}

static void test_elisions(void **state) {
    (void)state;
    expect("l'OTAN L’Europe d'Alger qu'il", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "otan@2-6 europe@11-17 alger@20-25 il@29-31");
    expect("lorsqu'elle puisqu'on jusqu'ici quoiqu'il presqu'île", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "elle@7-11 on@19-21 ici@28-31 il@39-41 ile@49-53");
    expect("n'a s'est c'est j'ai m'a t'as", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "a@2-3 est@6-9 est@12-15 ai@18-20 a@23-24 as@27-29");
    /* Case-insensitive; U+02BC counts as an apostrophe. */
    expect("QU'IL L\xCA\xBC" "ONU", VL_LANG_UND, VL_ANALYZE_SURFACE, "il@3-5 onu@9-12");
    /* Only a listed elision is cut, and only once, at the front. */
    expect("aujourd'hui prud’hommes", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "aujourd'hui@0-11 prud'hommes@12-25");
    /* An elision with nothing after it is a word. */
    expect("l' d", VL_LANG_UND, VL_ANALYZE_SURFACE, "l@0-1 d@3-4");
}

static void test_apostrophes(void **state) {
    (void)state;
    /* English possessive cut from the end (span too); a trailing lone
     * apostrophe is dropped; a leading one is a separator. */
    expect("Reuters's the students' 'quoted' JOHN'S", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "reuters@0-7 the@10-13 students@14-22 quoted@25-31 john@33-37");
    /* U+2019 inside a word is normalised to ' in the term. */
    expect("aujourd\xE2\x80\x99hui don't", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "aujourd'hui@0-13 don't@14-19");
    expect("it’s", VL_LANG_UND, VL_ANALYZE_SURFACE, "it@0-2");
    /* Double apostrophe: not inside a word. */
    expect("d''accord", VL_LANG_UND, VL_ANALYZE_SURFACE, "d@0-1 accord@3-9");
}

static void test_numbers(void **state) {
    (void)state;
    /* Spaces: ordinary, no-break (U+00A0), narrow no-break (U+202F), thin. */
    expect("3 300 3\xC2\xA0" "300 3\xE2\x80\xAF" "300 1\xE2\x80\x89" "000", VL_LANG_FR,
           VL_ANALYZE_INDEX, "3300@0-5 3300@6-12 3300@13-20 1000@21-28");
    expect("1 234 567,89 et 12 000 000", VL_LANG_FR, VL_ANALYZE_INDEX,
           "1234567.89@0-12 Fet@13-15 12000000@16-26");
    /* A 4-digit first group or a group that is not 3 digits is not joined. */
    expect("1998 300 5 30 7 3000", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "1998@0-4 300@5-8 5@9-10 30@11-13 7@14-15 3000@16-20");
    /* Decimals, with comma or dot. */
    expect("2,6 2.6 0,25 1234,567 2.600", VL_LANG_FR, VL_ANALYZE_INDEX,
           "2.6@0-3 2.6@4-7 0.25@8-12 1234.567@13-21 2.600@22-27");
    /* Thousands with two separators or with a decimal part. */
    expect("1,234,567 1.234.567 1,234.5 1.234,5", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "1234567@0-9 1234567@10-19 1234.5@20-27 1234.5@28-35");
    /* The ambiguous comma: by language, the same span. */
    expect("6,000.", VL_LANG_EN, VL_ANALYZE_INDEX, "6000@0-5");
    expect("6,000.", VL_LANG_UND, VL_ANALYZE_SURFACE, "6000@0-5");
    expect("6,000.", VL_LANG_FR, VL_ANALYZE_INDEX, "6.000@0-5");
    expect("6,000", VL_LANG_UND, VL_ANALYZE_QUERY, "6000@0-5 +6.000@0-5");
    expect("6,000", VL_LANG_FR, VL_ANALYZE_QUERY, "6.000@0-5 +6000@0-5");
    expect("6,000", VL_LANG_EN, VL_ANALYZE_PREFIX, "6000@0-5 +6.000@0-5");
    /* Chains that are dates, versions or lists stay apart. */
    expect("12.03.2024 1.2.3 1,2,3 192.168.1.1", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "12@0-2 03@3-5 2024@6-10 1@11-12 2@13-14 3@15-16 1@17-18 2@19-20 3@21-22 "
           "192@23-26 168@27-30 1@31-32 1@33-34");
    /* A comma or dot before a non-digit, or digits glued to letters. */
    expect("en 2019, 300 morts. 3,5km 2.5%", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "en@0-2 2019@3-7 300@9-12 morts@13-18 3@20-21 5km@22-25 2.5@26-29");
    /* A space group never follows a decimal part. */
    expect("2,5 300", VL_LANG_UND, VL_ANALYZE_SURFACE, "2.5@0-3 300@4-7");
}

static void test_normalise(void **state) {
    (void)state;
    /* NFC and NFD spellings, capitals, all fold to the same term. */
    expect("Bélarus Be\xCC\x81larus BÉLARUS BELARUS belarus", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "belarus@0-8 belarus@9-18 belarus@19-27 belarus@28-35 belarus@36-43");
    expect("Bélarus BELARUS", VL_LANG_FR, VL_ANALYZE_INDEX, "Fbelarus@0-8 Fbelarus@9-16");
    expect("Bélarus BELARUS", VL_LANG_EN, VL_ANALYZE_INDEX, "Ebelarus@0-8 Ebelarus@9-16");
    /* Ligatures: œ, Œ, æ, Æ and the compatibility ligature ﬁ. */
    expect("cœur ŒUVRE ex æquo Æ ﬁn", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "coeur@0-5 oeuvre@6-12 ex@13-15 aequo@16-21 ae@22-24 fin@25-29");
    /* Full case folding: ß -> ss; Greek final sigma. */
    expect("Straße ΟΔΟΣ", VL_LANG_UND, VL_ANALYZE_SURFACE, "strasse@0-7 οδοσ@8-16");
    /* A soft hyphen inside a word is ignored, not a split. */
    expect("mani\xC2\xAD" "festation", VL_LANG_UND, VL_ANALYZE_SURFACE, "manifestation@0-15");
}

static void test_stemming(void **state) {
    (void)state;
    expect("manoeuvre manoeuvres manœuvres Manœuvre exercice exercices", VL_LANG_FR,
           VL_ANALYZE_INDEX,
           "Fmanoeuvr@0-9 Fmanoeuvr@10-20 Fmanoeuvr@21-31 Fmanoeuvr@32-41 Fexercic@42-50 Fexercic@51-60");
    expect("negotiation negotiations Negotiating", VL_LANG_EN, VL_ANALYZE_INDEX,
           "Enegoti@0-11 Enegoti@12-24 Enegoti@25-36");
    /* Stemmed with the accents, folded after: Snowball's French rules need
     * them (folding first would give "eleve", "cree", "securit"). */
    expect("élevée créée sécurité armées", VL_LANG_FR, VL_ANALYZE_INDEX,
           "Felev@0-8 +Feleve@0-8 Fcre@9-16 +Fcree@9-16 Fsecur@17-27 +Fsecurit@17-27 Farme@28-35");
    /* ...and the stem of the accent-less spelling is colocated, so that a
     * query typed without accents ("elysee" -> elyse) meets the word
     * written with them (élysée -> elys), and the other way round. */
    expect("l'Élysée", VL_LANG_FR, VL_ANALYZE_INDEX, "Felys@2-10 +Felyse@2-10");
    /* Stems carry their language: the French stem of "bute" is "but",
     * which must not meet the English word "but". */
    expect("but", VL_LANG_EN, VL_ANALYZE_INDEX, "Ebut@0-3");
    expect("bute", VL_LANG_UND, VL_ANALYZE_QUERY, "bute@0-4 +Fbut@0-4 +Ebute@0-4");
    expect("elysee", VL_LANG_FR, VL_ANALYZE_QUERY, "Felyse@0-6");
    expect("Élysée", VL_LANG_FR, VL_ANALYZE_QUERY, "Felys@0-8 +Felyse@0-8");
    /* Language und: no stemming. */
    expect("manœuvres negotiations", VL_LANG_UND, VL_ANALYZE_SURFACE,
           "manoeuvres@0-10 negotiations@11-23");
    /* Indexing text of unknown language: the folded word, and its French
     * and English stems colocated, so that any inflection finds it. */
    expect("manœuvres negotiations le", VL_LANG_UND, VL_ANALYZE_INDEX,
           "manoeuvres@0-10 +Fmanoeuvr@0-10 +Emanoeuvr@0-10 negotiations@11-23 +Fnegoti@11-23 +Enegoti@11-23 le@24-26 +Fle@24-26 +Ele@24-26");
    /* Numbers are never stemmed. */
    expect("2025 1,5", VL_LANG_EN, VL_ANALYZE_INDEX, "2025@0-4 1.5@5-8");
}

static void test_modes(void **state) {
    (void)state;
    /* QUERY, und: {folded word, French stem, English stem}, distinct. */
    expect("Manœuvres negotiations", VL_LANG_UND, VL_ANALYZE_QUERY,
           "manoeuvres@0-10 +Fmanoeuvr@0-10 +Emanoeuvr@0-10 negotiations@11-23 +Fnegoti@11-23 +Enegoti@11-23");
    expect("le", VL_LANG_UND, VL_ANALYZE_QUERY, "le@0-2 +Fle@0-2 +Ele@0-2");
    expect("generations", VL_LANG_UND, VL_ANALYZE_QUERY,
           "generations@0-11 +Fgener@0-11 +Egenerat@0-11");
    /* QUERY with a language: that language's stem only, as INDEX has it. */
    expect("Manœuvres negotiations", VL_LANG_FR, VL_ANALYZE_QUERY,
           "Fmanoeuvr@0-10 Fnegoti@11-23");
    expect("generations", VL_LANG_EN, VL_ANALYZE_QUERY, "Egenerat@0-11");
    /* PREFIX: the folded word first, stems colocated. */
    expect("négociations", VL_LANG_UND, VL_ANALYZE_PREFIX,
           "negociations@0-13 +Fnegoci@0-13 +Enegociat@0-13 +Enegoci@0-13");
    expect("manoeuv", VL_LANG_UND, VL_ANALYZE_PREFIX, "manoeuv@0-7 +Fmanoeuv@0-7 +Emanoeuv@0-7");
    expect("exercices", VL_LANG_FR, VL_ANALYZE_PREFIX, "exercices@0-9 +Fexercic@0-9");
    /* SURFACE: folded, unstemmed, whatever the language. */
    expect("Négociations L'OTAN", VL_LANG_FR, VL_ANALYZE_SURFACE,
           "negociations@0-13 otan@16-20");
}

/* Non-colocated tokens: their spans, as a string. */
static void spans(const char *text, size_t len, vl_lang lang, vl_analyze_mode mode, vl_buf *out) {
    toks *ts = run(text, len, lang, mode);
    vl_buf_reset(out);
    size_t ps = 0, pe = 0;
    for (int i = 0; i < ts->n; i++) {
        if (ts->t[i].flags & VL_TOKEN_COLOCATED) {
            /* Colocated tokens share the offsets of their primary. */
            assert_int_equal(ts->t[i].start, ps);
            assert_int_equal(ts->t[i].end, pe);
            continue;
        }
        ps = ts->t[i].start;
        pe = ts->t[i].end;
        assert_int_equal(vl_buf_printf(out, "%zu-%zu ", ps, pe), VL_OK);
    }
}

/* SPANS: the split alone, each term the span's own bytes. */
static void test_spans(void **state) {
    (void)state;
    expect("L’OTAN a vu les Manœuvres", VL_LANG_FR, VL_ANALYZE_SPANS,
           "OTAN@4-8 a@9-10 vu@11-13 les@14-17 Manœuvres@18-28");
}

static void test_positions_independent(void **state) {
    (void)state;
    static const char *const texts[] = {
        "L'armée a mené des manœuvres près de Brest, avec 3 300 soldats et 6,000 tonnes.",
        "The ministers' negotiations on Zapad-2025 ended at 2.6 pct, Reuters's desk said.",
        "Aujourd’hui, qu’en pensent-ils ? 1,234,567 ; 12.03.2024 ; ﬁn ; Straße ; Œuvre.",
        "abc\xff\xfe" "def\xC3" "ghi\0jkl \xE2\x80\x99x'y' 'z",
    };
    vl_buf ref, got;
    vl_buf_init(&ref);
    vl_buf_init(&got);
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t len = strlen(texts[i]);
        if (i == 3) len += 1 + strlen(texts[i] + len + 1); /* past the NUL */
        spans(texts[i], len, VL_LANG_UND, VL_ANALYZE_SURFACE, &ref);
        char *r = vl_buf_steal(&ref);
        assert_true(strlen(r) > 0);
        for (int l = 0; l < VL_LANG_COUNT; l++)
            for (int m = VL_ANALYZE_INDEX; m <= VL_ANALYZE_SPANS; m++) {
                spans(texts[i], len, (vl_lang)l, (vl_analyze_mode)m, &got);
                if (strcmp(r, got.data) != 0) {
                    print_error("text %zu lang %d mode %d:\n ref %s\n got %s\n", i, l, m, r, got.data);
                    fail();
                }
            }
        free(r);
    }
    vl_buf_free(&ref);
    vl_buf_free(&got);
}

static void test_invalid_bytes(void **state) {
    (void)state;
    static const char text[] = "abc\xff" "def\0ghi\xC3(\xE2\x82 jkl\xED\xA0\x80mno\xF8\x88\x80\x80\x80p";
    expect("abc\xff" "def", VL_LANG_FR, VL_ANALYZE_INDEX, "Fabc@0-3 Fdef@4-7");
    toks *ts = run(text, sizeof text - 1, VL_LANG_UND, VL_ANALYZE_SURFACE);
    assert_int_equal(ts->n, 6);
    assert_string_equal(ts->t[1].term, "def");
    assert_int_equal(ts->t[2].start, 8);
    assert_string_equal(ts->t[2].term, "ghi");
    assert_string_equal(ts->t[3].term, "jkl"); /* truncated sequences skipped */
    assert_string_equal(ts->t[4].term, "mno"); /* an encoded surrogate too */
    assert_string_equal(ts->t[5].term, "p");   /* and a 5-byte form */
    /* A lone combining mark is a word; its term is never empty. */
    ts = run("\xCC\x81", 2, VL_LANG_FR, VL_ANALYZE_INDEX);
    assert_int_equal(ts->n, 1);
    assert_int_equal(ts->t[0].start, 0);
    assert_int_equal(ts->t[0].end, 2);
}

static void test_long_words(void **state) {
    (void)state;
    size_t n = 100000;
    char *big = malloc(n + 8);
    assert_non_null(big);
    memset(big, 'a', n);
    toks *ts = run(big, n, VL_LANG_FR, VL_ANALYZE_INDEX);
    assert_int_equal(ts->n, (int)((n + 63) / 64));
    for (int i = 0; i < ts->n && i < MAXTOK; i++) {
        assert_int_equal(ts->t[i].start, (size_t)i * 64);
        assert_int_equal(ts->t[i].end, ts->t[i].start + 64 < n ? ts->t[i].start + 64 : n);
    }
    /* Two-byte letters: pieces end on code point boundaries (64 bytes). */
    for (size_t i = 0; i + 1 < n; i += 2) {
        big[i] = (char)0xC3;
        big[i + 1] = (char)0xA9;
    }
    ts = run(big, n, VL_LANG_FR, VL_ANALYZE_SURFACE);
    assert_int_equal(ts->n, (int)((n + 63) / 64));
    assert_int_equal(ts->t[0].end, 64);
    assert_int_equal(strlen(ts->t[0].term), 32); /* 32 x "e" */
    /* Three-byte letters: 21 per piece (63 bytes). */
    const char ka[] = "\xE3\x81\x8B"; /* か */
    for (size_t i = 0; i + 3 <= n; i += 3) memcpy(big + i, ka, 3);
    ts = run(big, n - n % 3, VL_LANG_UND, VL_ANALYZE_SURFACE);
    assert_int_equal(ts->t[0].end, 63);
    assert_int_equal(ts->t[1].start, 63);
    /* A long digit run is cut too, and not joined to what follows. */
    memset(big, '1', 200);
    memcpy(big + 200, " 000", 4);
    ts = run(big, 204, VL_LANG_UND, VL_ANALYZE_SURFACE);
    assert_int_equal(ts->n, 5);
    assert_string_equal(ts->t[4].term, "000");
    free(big);
}

static void test_callback_stop(void **state) {
    (void)state;
    static toks ts;
    memset(&ts, 0, sizeof ts);
    ts.stop_after = 2;
    assert_int_equal(vl_analyze(an, "un deux trois quatre", 20, VL_LANG_FR, VL_ANALYZE_INDEX,
                                collect, &ts),
                     42);
    assert_int_equal(ts.n, 2);
    memset(&ts, 0, sizeof ts);
    ts.stop_after = 1; /* stop on the first of colocated terms */
    assert_int_equal(vl_analyze(an, "generations", 11, VL_LANG_UND, VL_ANALYZE_QUERY, collect, &ts),
                     42);
    assert_int_equal(ts.n, 1);
    assert_int_equal(vl_analyze(an, NULL, 0, VL_LANG_FR, VL_ANALYZE_INDEX, collect, &ts), VL_OK);
    assert_int_equal(vl_analyze(an, NULL, 3, VL_LANG_FR, VL_ANALYZE_INDEX, collect, &ts), VL_EARG);
}

static void test_cache_consistency(void **state) {
    (void)state;
    /* The same words in each language and mode, over and over: the cache
     * must not mix languages or modes. */
    for (int round = 0; round < 3; round++) {
        expect("Generations", VL_LANG_FR, VL_ANALYZE_INDEX, "Fgener@0-11");
        expect("Generations", VL_LANG_EN, VL_ANALYZE_INDEX, "Egenerat@0-11");
        expect("Generations", VL_LANG_UND, VL_ANALYZE_SURFACE, "generations@0-11");
        expect("Generations", VL_LANG_FR, VL_ANALYZE_SURFACE, "generations@0-11");
    }
}

static void test_fold(void **state) {
    (void)state;
    vl_buf b;
    vl_buf_init(&b);
    assert_int_equal(vl_text_fold("Bélarus", strlen("Bélarus"), &b), VL_OK);
    assert_string_equal(b.data, "belarus");
    assert_int_equal(vl_text_fold("L’ŒUVRE de Jean-Luc, ﬁn.", strlen("L’ŒUVRE de Jean-Luc, ﬁn."), &b),
                     VL_OK);
    assert_string_equal(b.data, "l'oeuvre de jean-luc, fin.");
    assert_int_equal(vl_text_fold("a\xff" "b\xC3", 4, &b), VL_OK);
    assert_string_equal(b.data, "ab");
    assert_int_equal(vl_text_fold("", 0, &b), VL_OK);
    assert_int_equal(b.len, 0);
    vl_buf_free(&b);
}

typedef struct term_list {
    char s[512];
    int n, stop;
} term_list;

static int on_term(void *ctx, const char *term, size_t term_len, size_t start, size_t end) {
    term_list *l = ctx;
    size_t used = strlen(l->s);
    snprintf(l->s + used, sizeof l->s - used, "%s%.*s@%zu-%zu", l->n ? " " : "", (int)term_len, term,
             start, end);
    l->n++;
    return l->stop && l->n >= l->stop ? 7 : 0;
}

static void test_text_terms(void **state) {
    (void)state;
    term_list l = {"", 0, 0};
    const char *t = "Les manœuvres de l'OTAN : 3 300 soldats.";
    assert_int_equal(vl_text_terms(t, strlen(t), VL_LANG_FR, on_term, &l, NULL), VL_OK);
    assert_string_equal(l.s, "Fle@0-3 Fmanoeuvr@4-14 Fde@15-17 Fotan@20-24 3300@27-32 Fsoldat@33-40");
    term_list l2 = {"", 0, 2};
    assert_int_equal(vl_text_terms(t, strlen(t), VL_LANG_UND, on_term, &l2, NULL), 7);
    /* und: the folded word, then its distinct stems at the same place. */
    assert_string_equal(l2.s, "les@0-3 Fle@0-3");
    vl_error err;
    vl_error_clear(&err);
    assert_int_equal(vl_text_terms(t, strlen(t), (vl_lang)9, on_term, &l, &err), VL_EARG);
    assert_int_equal(err.code, VL_EARG);
    assert_int_equal(vl_text_terms(NULL, 4, VL_LANG_FR, on_term, &l, NULL), VL_EARG);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split_basic),
        cmocka_unit_test(test_hyphens),
        cmocka_unit_test(test_elisions),
        cmocka_unit_test(test_apostrophes),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_normalise),
        cmocka_unit_test(test_stemming),
        cmocka_unit_test(test_modes),
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_positions_independent),
        cmocka_unit_test(test_invalid_bytes),
        cmocka_unit_test(test_long_words),
        cmocka_unit_test(test_callback_stop),
        cmocka_unit_test(test_cache_consistency),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_text_terms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
