/*
 * test_ner.c -- unit tests of the entity tagger (src/ner): tokenisation and
 * sentence splitting, features, the corpus readers, the model file (round
 * trip, corrupt and truncated files rejected), and training a tiny model on
 * a fixture corpus and tagging with it.  Every sentence here was written for
 * these tests (invented people, places and firms), never taken from a
 * corpus.
 */
#include "harness.h"

#include <cmocka.h>

#include "ner_fixture.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ner/ner_internal.h"

/* Tokenises s; writes "tok|tok|...", sentences separated by " // ". */
static void toks_of(const char *s, vl_lang lang, char *out, size_t cap) {
    vl_ner_lexer lx;
    vl_ner_tok t[VL_NER_MAX_SENT];
    vl_ner_lexer_init(&lx, s, strlen(s), lang);
    size_t n, o = 0;
    out[0] = 0;
    int first = 1;
    while ((n = vl_ner_next_sentence(&lx, t, VL_NER_MAX_SENT)) > 0) {
        if (!first) o += (size_t)snprintf(out + o, cap - o, " // ");
        first = 0;
        for (size_t i = 0; i < n; i++)
            o += (size_t)snprintf(out + o, cap - o, "%s%.*s", i ? "|" : "", (int)(t[i].end - t[i].start), s + t[i].start);
    }
}

static void test_tokens(void **state) {
    (void)state;
    char b[2048];
    toks_of("M. Jean-Claude Vernier a rencontré l'OTAN aux Champs-Elysées.", VL_LANG_FR, b, sizeof b);
    assert_string_equal(b, "M.|Jean-Claude|Vernier|a|rencontré|l'|OTAN|aux|Champs-Elysées|.");
    toks_of("D’après l’ONU, Mme Arnal (PS) quittera Jumbo-Visma le 3,5 mai.", VL_LANG_FR, b, sizeof b);
    assert_string_equal(b, "D’|après|l’|ONU|,|Mme|Arnal|(|PS|)|quittera|Jumbo-Visma|le|3,5|mai|.");
    toks_of("aujourd'hui, jusqu'à Saint-Brieuc", VL_LANG_FR, b, sizeof b);
    assert_string_equal(b, "aujourd'hui|,|jusqu'|à|Saint-Brieuc");
    /* hyphenated initials are one token (and a dot inside them ends nothing) */
    toks_of("M. J.-P. Ravel et J.-M. Orsini. J.-C. Lebrun arrive, puis J.-", VL_LANG_FR, b, sizeof b);
    assert_string_equal(b, "M.|J.-P.|Ravel|et|J.-M.|Orsini|. // J.-C.|Lebrun|arrive|,|puis|J.|-");
    toks_of("Gov. Halvorsen's aide met U.S. envoys and O'Malley...", VL_LANG_EN, b, sizeof b);
    assert_string_equal(b, "Gov.|Halvorsen|'s|aide|met|U.S.|envoys|and|O'Malley|...");
}

static void test_sentences(void **state) {
    (void)state;
    char b[2048];
    toks_of("Le Dr. Perrault est arrivé. Il a vu J. Ravel à St. Malo ! « Bien. » Puis rien.", VL_LANG_FR, b, sizeof b);
    assert_string_equal(b, "Le|Dr.|Perrault|est|arrivé|. // Il|a|vu|J.|Ravel|à|St.|Malo|! // «|Bien|.|» // "
                           "Puis|rien|.");
    /* lower case after a full stop: no break; a blank line: always one. */
    toks_of("Vers 3 h. le train partit\n\nTitre sans point\nsuite", VL_LANG_FR, b, sizeof b);
    assert_string_equal(b, "Vers|3|h|.|le|train|partit // Titre|sans|point|suite");
    /* offsets in code points */
    const char *s = "Bélarus : Minsk";
    vl_ner_lexer lx;
    vl_ner_tok t[8];
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    assert_int_equal(vl_ner_next_sentence(&lx, t, 8), 3);
    assert_int_equal(t[0].cstart, 0);
    assert_int_equal(t[0].cend, 7);
    assert_int_equal(t[0].end, 8);
    assert_int_equal(t[2].cstart, 10);
    assert_int_equal(t[2].start, 11);
    /* a long run is cut at the maximum sentence length */
    char *big = malloc(VL_NER_MAX_SENT * 2 * 3 + 1);
    for (int i = 0; i < VL_NER_MAX_SENT * 3; i++) memcpy(big + 2 * i, "a ", 2);
    big[VL_NER_MAX_SENT * 6] = 0;
    vl_ner_tok *tt = malloc(VL_NER_MAX_SENT * sizeof *tt);
    vl_ner_lexer_init(&lx, big, strlen(big), VL_LANG_FR);
    size_t total = 0, n;
    while ((n = vl_ner_next_sentence(&lx, tt, VL_NER_MAX_SENT)) > 0) total += n;
    assert_int_equal(total, VL_NER_MAX_SENT * 3);
    free(tt);
    free(big);
    /* invalid UTF-8 never crashes and counts as a separator */
    toks_of("Nantes\xff\xfeRennes", VL_LANG_FR, b, sizeof b);
    assert_string_equal(b, "Nantes|Rennes");
}

static size_t feats_of(const char *s, size_t i, uint32_t gaz, uint64_t *out) {
    vl_ner_lexer lx;
    static vl_ner_tok t[VL_NER_MAX_SENT];
    static vl_ner_sent_feats sf;
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    size_t n = vl_ner_next_sentence(&lx, t, VL_NER_MAX_SENT);
    assert_true(i < n);
    t[i].gaz = gaz;
    vl_ner_sent_prepare(&sf, s, t, n);
    return vl_ner_token_features(&sf, t, i, out);
}

static int has(const uint64_t *f, size_t n, uint64_t x) {
    for (size_t k = 0; k < n; k++)
        if (f[k] == x) return 1;
    return 0;
}

static void test_features(void **state) {
    (void)state;
    char sh[32];
    vl_ner_shape("Jean-Claude", 11, 1, sh, sizeof sh);
    assert_string_equal(sh, "Xx-Xx");
    vl_ner_shape("AB12", 4, 0, sh, sizeof sh);
    assert_string_equal(sh, "XXdd");
    vl_ner_shape("Élysée", strlen("Élysée"), 1, sh, sizeof sh);
    assert_string_equal(sh, "Xx");
    uint64_t a[VL_NER_MAX_FEATS], b[VL_NER_MAX_FEATS], c[VL_NER_MAX_FEATS];
    size_t na = feats_of("Le maire de Quimper parle", 3, 0, a);
    size_t nb = feats_of("Le maire de Quimper parle", 3, 0, b);
    assert_true(na > 20 && na <= VL_NER_MAX_FEATS);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na * sizeof *a); /* deterministic */
    /* QUIMPER: another form and shape, but the same lower-cased word, so
     * some features are shared and others not */
    size_t nc = feats_of("Le maire de QUIMPER parle", 3, 0, c);
    size_t shared = 0;
    for (size_t k = 0; k < nc; k++) shared += has(a, na, c[k]);
    assert_true(shared > 5 && shared < nc);
    /* the gazetteer hook adds features: one per class, the set, the set
     * crossed with capitalisation */
    size_t ng = feats_of("Le maire de Quimper parle", 3, VL_NER_GAZ_PLACE | VL_NER_GAZ_SURNAME, c);
    assert_int_equal(ng, na + 4);
    /* accent-folded forms are shared: Elysée / Élysée */
    na = feats_of("Elysee", 0, 0, a);
    nc = feats_of("Élysée", 0, 0, c);
    shared = 0;
    for (size_t k = 0; k < nc; k++) shared += has(a, na, c[k]);
    assert_true(shared >= 1);
}

static void test_labels(void **state) {
    (void)state;
    assert_int_equal(vl_ner_type_from_name("Person", 6), VL_NER_PER);
    assert_int_equal(vl_ner_type_from_name("pers", 4), VL_NER_PER);
    assert_int_equal(vl_ner_type_from_name("loc.adm.town", 12), VL_NER_LOC);
    assert_int_equal(vl_ner_type_from_name("Organization", 12), VL_NER_ORG);
    assert_int_equal(vl_ner_type_from_name("HumanProd", 9), VL_NER_MISC);
    assert_int_equal(vl_ner_type_from_name("Event", 5), VL_NER_MISC);
    assert_int_equal(vl_ner_type_from_name("Date", 4), -1);
    assert_int_equal(vl_ner_type_from_name("time", 4), -1);
    assert_true(vl_ner_transition_ok(-1, vl_ner_label_b(VL_NER_ORG)));
    assert_false(vl_ner_transition_ok(-1, vl_ner_label_i(VL_NER_ORG)));
    assert_false(vl_ner_transition_ok(vl_ner_label_b(VL_NER_PER), vl_ner_label_i(VL_NER_ORG)));
    assert_true(vl_ner_transition_ok(vl_ner_label_i(VL_NER_ORG), vl_ner_label_i(VL_NER_ORG)));
}

/* Spans from labels: an elided article that the labels put at the start
 * of a name is left out of it (a name of nothing but one is none), and so
 * are a function word or comma at its end and a person's title. */
static void test_spans(void **state) {
    (void)state;
    const char *s = "La ministre de l'Éducation nationale vient d'Europe et l'a dit.";
    vl_ner_lexer lx;
    vl_ner_tok t[32];
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    size_t n = vl_ner_next_sentence(&lx, t, 32);
    assert_int_equal(n, 14); /* La ministre de l' Éducation nationale vient d' Europe et l' a dit . */
    int labels[32] = {0};
    labels[3] = vl_ner_label_b(VL_NER_ORG); /* l' */
    labels[4] = vl_ner_label_i(VL_NER_ORG);
    labels[5] = vl_ner_label_i(VL_NER_ORG);
    labels[7] = vl_ner_label_b(VL_NER_LOC); /* d' */
    labels[8] = vl_ner_label_i(VL_NER_LOC);
    labels[10] = vl_ner_label_b(VL_NER_PER); /* l' alone */
    ner_spans out = {{0}, 0};
    assert_int_equal(vl_ner_emit_spans(s, t, labels, n, VL_LANG_FR, ner_collect_span, &out), 0);
    assert_string_equal(out.s, "ORG:Éducation nationale|LOC:Europe");
    /* inside a name, an elided article stays */
    memset(labels, 0, sizeof labels);
    labels[1] = vl_ner_label_b(VL_NER_ORG);
    labels[2] = vl_ner_label_i(VL_NER_ORG);
    labels[3] = vl_ner_label_i(VL_NER_ORG);
    labels[4] = vl_ner_label_i(VL_NER_ORG);
    out = (ner_spans){{0}, 0};
    assert_int_equal(vl_ner_emit_spans(s, t, labels, n, VL_LANG_FR, ner_collect_span, &out), 0);
    assert_string_equal(out.s, "ORG:ministre de l'Éducation");
    /* in capitals, the labels decide: L'Express, N'Djamena */
    const char *c = "L'Express est à N'Djamena.";
    vl_ner_lexer_init(&lx, c, strlen(c), VL_LANG_FR);
    n = vl_ner_next_sentence(&lx, t, 32);
    assert_int_equal(n, 7);
    memset(labels, 0, sizeof labels);
    labels[0] = vl_ner_label_b(VL_NER_ORG);
    labels[1] = vl_ner_label_i(VL_NER_ORG);
    labels[4] = vl_ner_label_b(VL_NER_LOC);
    labels[5] = vl_ner_label_i(VL_NER_LOC);
    out = (ner_spans){{0}, 0};
    assert_int_equal(vl_ner_emit_spans(c, t, labels, n, VL_LANG_FR, ner_collect_span, &out), 0);
    assert_string_equal(out.s, "ORG:L'Express|LOC:N'Djamena");
    /* a name does not end on a function word or a comma, and a person's
     * title is not the name; "!" may be the name's own (Yahoo!) */
    const char *d = "Mme Vernier, de la Maison Zorba pour les sols, rejoint Zappo ! et Comité d'hier.";
    vl_ner_lexer_init(&lx, d, strlen(d), VL_LANG_FR);
    n = vl_ner_next_sentence(&lx, t, 32);
    assert_int_equal(n, 19);
    memset(labels, 0, sizeof labels);
    labels[0] = vl_ner_label_b(VL_NER_PER); /* Mme Vernier , */
    labels[1] = vl_ner_label_i(VL_NER_PER);
    labels[2] = vl_ner_label_i(VL_NER_PER);
    labels[5] = vl_ner_label_b(VL_NER_ORG); /* Maison Zorba pour */
    labels[6] = vl_ner_label_i(VL_NER_ORG);
    labels[7] = vl_ner_label_i(VL_NER_ORG);
    labels[12] = vl_ner_label_b(VL_NER_ORG); /* Zappo ! */
    labels[13] = vl_ner_label_i(VL_NER_ORG);
    labels[15] = vl_ner_label_b(VL_NER_ORG); /* Comité d' */
    labels[16] = vl_ner_label_i(VL_NER_ORG);
    out = (ner_spans){{0}, 0};
    assert_int_equal(vl_ner_emit_spans(d, t, labels, n, VL_LANG_FR, ner_collect_span, &out), 0);
    assert_string_equal(out.s, "PER:Vernier|ORG:Maison Zorba|ORG:Zappo !|ORG:Comité");
}

/* The spans vl_ner_emit_spans gives for `text` (lang) when tokens [b, e)
 * of each mark {b, e, type} are labelled as one name of that type, the
 * others outside; `ntoks` is the token count the sentence must have, or 0
 * when it does not matter.  Into out->s. */
static void spans_of(const char *text, vl_lang lang, size_t ntoks, const int (*marks)[3], size_t nmarks,
                     ner_spans *out) {
    vl_ner_lexer lx;
    vl_ner_tok t[64];
    int labels[64] = {0};
    vl_ner_lexer_init(&lx, text, strlen(text), lang);
    size_t n = vl_ner_next_sentence(&lx, t, 64);
    if (ntoks) assert_int_equal(n, ntoks);
    for (size_t k = 0; k < nmarks; k++)
        for (int x = marks[k][0]; x < marks[k][1]; x++)
            labels[x] = x == marks[k][0] ? vl_ner_label_b(marks[k][2]) : vl_ner_label_i(marks[k][2]);
    *out = (ner_spans){{0}, 0};
    assert_int_equal(vl_ner_emit_spans(text, t, labels, n, lang, ner_collect_span, out), 0);
}

/* The span rules' word filters (spans.c, word_filter) pass every word of
 * their lists, those that end on a multibyte letter ("cité", "vallée")
 * or open on one too, and leave the words that share a list word's hash
 * (length, first and last bytes: "prise" and "place", "quoi" and "quai")
 * to the lists themselves, which reject them. */
static void test_spans_word_filters(void **state) {
    (void)state;
    ner_spans out;
    /* Ils0 vont1 place2 Bellecour3 ,4 cité5 Moisin6 ,7 quai8 Voltaire9 ,10 prise11 Bellecour12 et13 quoi14 Voltaire15 .16 */
    spans_of("Ils vont place Bellecour, cité Moisin, quai Voltaire, prise Bellecour et quoi Voltaire.", VL_LANG_FR, 17,
             NULL, 0, &out);
    assert_string_equal(out.s, "LOC:place Bellecour|LOC:cité Moisin|LOC:quai Voltaire");
    /* town nouns and "de" (town_labels): "commune de [Loures]" typed PER
     * is a place; "cuisine de [Loures]", a noun of the same hash as
     * "commune", leaves the labels' PER */
    /* La0 commune1 de2 Loures3 ,4 la5 localité6 de7 Vaulx8 et9 la10 cuisine11 de12 Loures13 .14 */
    spans_of("La commune de Loures, la localité de Vaulx et la cuisine de Loures.", VL_LANG_FR, 15,
             (const int[][3]){{3, 4, VL_NER_PER}, {8, 9, VL_NER_ORG}, {13, 14, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "LOC:Loures|LOC:Vaulx|PER:Loures");
}

/* A person's span loses the titles that open it, however many ("Vice
 * President"), and ends before a lower-case word that is no name particle
 * or a number ("of Brightwell", "6-4"); particles and hyphenated
 * lower-case words stay ("de la Vega", "bin Ali", "al-Hamdi"). */
static void test_spans_people(void **state) {
    (void)state;
    const char *s = "Vice President Lina Okonkwo met Dana Ruiz of Brightwell , Ana de la Vega , "
                    "Said bin Ali al-Hamdi and Tomas Varga 6-4 .";
    ner_spans out;
    spans_of(s, VL_LANG_EN, 24,
             (const int[][3]){{0, 4, VL_NER_PER}, {5, 9, VL_NER_PER}, {10, 14, VL_NER_PER}, {15, 19, VL_NER_PER},
                              {20, 23, VL_NER_PER}},
             5, &out);
    assert_string_equal(out.s, "PER:Lina Okonkwo|PER:Dana Ruiz|PER:Ana de la Vega|PER:Said bin Ali al-Hamdi|"
                               "PER:Tomas Varga");
    /* a title alone stays what the labels say; other types keep theirs */
    spans_of(s, VL_LANG_EN, 24, (const int[][3]){{0, 1, VL_NER_PER}, {5, 9, VL_NER_ORG} /* Dana Ruiz of Brightwell */},
             2, &out);
    assert_string_equal(out.s, "PER:Vice|ORG:Dana Ruiz of Brightwell");
    /* an epithet's "the" stays before a capital, not before a lower-case
     * word nor at the end */
    spans_of("Ivo the Brave met Ivo the baker and Ivo the .", VL_LANG_EN, 11,
             (const int[][3]){{0, 3, VL_NER_PER}, {4, 7, VL_NER_PER}, {8, 10, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "PER:Ivo the Brave|PER:Ivo|PER:Ivo");
    /* a "person" ending on a company's word is an organisation; one word
     * alone stays what the labels say */
    spans_of("Varlo Biosciences hired Tom Group and Holdings .", VL_LANG_EN, 8,
             (const int[][3]){{0, 2, VL_NER_PER}, {3, 5, VL_NER_PER}, {6, 7, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:Varlo Biosciences|ORG:Tom Group|PER:Holdings");
    /* a name's "-based" compound is a MISC, an abbreviation before it
     * included; not first in its sentence ("State-run") */
    spans_of("Shares of Ohio-based Varlo and St. Louis-based Brant rose .", VL_LANG_EN, 10, (const int[][3]){{0, 0, 0}},
             0, &out);
    assert_string_equal(out.s, "MISC:Ohio-based|MISC:St. Louis-based");
    spans_of("State-run Varlo hired Ohio-based Varlo Inc .", VL_LANG_EN, 7, (const int[][3]){{3, 6, VL_NER_ORG}}, 1,
             &out);
    assert_string_equal(out.s, "MISC:Ohio-based|ORG:Varlo Inc");
    /* opening a name, the compound is cut off it: a MISC inside a
     * sentence, nothing first in it */
    spans_of("Family-run Brant sold Ohio-based Varlo Inc .", VL_LANG_EN, 7,
             (const int[][3]){{0, 2, VL_NER_ORG}, {3, 6, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:Brant|MISC:Ohio-based|ORG:Varlo Inc");
    /* an English month is in no name */
    spans_of("The August Varlo Survey and March rose .", VL_LANG_EN, 8,
             (const int[][3]){{1, 4, VL_NER_ORG}, {5, 6, VL_NER_PER}}, 2, &out);
    assert_string_equal(out.s, "ORG:Varlo Survey");
}

/* English rules of modern news (issue 4): a name joined at "and" is cut
 * in two when its sides are two names, not when they qualify one head or
 * a side is a single word; a common noun glued before a name and
 * post-nominal letters after a person's leave the span; Arabic particles
 * join a person's name; celestial bodies are places. */
static void test_spans_english(void **state) {
    (void)state;
    ner_spans out;
    /* two names after a bank's word and after two words each, or parallel
     * ("Bank of ... and Bank of ..."); one before a shared head, a single
     * word, or a trade's word ("Minerals") */
    const char *s = "Varlo Bank and Brant rose ; Aldo Stanley and Kerr Sachs fell ; Food and Drug Administration "
                    ", Marks and Spencer , Oldo Minerals and Chemical , Bank of Varlo and Bank of Brant .";
    spans_of(s, VL_LANG_EN, 35,
             (const int[][3]){{0, 4, VL_NER_ORG},
                              {6, 11, VL_NER_ORG},
                              {13, 17, VL_NER_ORG},
                              {18, 21, VL_NER_ORG},
                              {22, 26, VL_NER_ORG},
                              {27, 34, VL_NER_ORG}},
             6, &out);
    assert_string_equal(out.s, "ORG:Varlo Bank|ORG:Brant|ORG:Aldo Stanley|ORG:Kerr Sachs|ORG:Food and Drug "
                               "Administration|ORG:Marks and Spencer|ORG:Oldo Minerals and Chemical|ORG:Bank of "
                               "Varlo|ORG:Bank of Brant");
    /* a nationality, capitalised words left out and a body's head are
     * one ORG (ner-gold17); not inside a longer name, nor after a
     * compound */
    /* The0 Varlish1 Storm2 Centre3 said4 ;5 the6 Republican7 Varlish8 Coalition9 met10 ;11 the12 Kerr-backed13
     * Varlish14 Committee15 .16 */
    spans_of("The Varlish Storm Centre said ; the Republican Varlish Coalition met ; the Kerr-backed Varlish Committee .",
             VL_LANG_EN, 17,
             (const int[][3]){{1, 2, VL_NER_MISC}, {7, 8, VL_NER_MISC}, {8, 9, VL_NER_MISC}, {13, 14, VL_NER_MISC}},
             4, &out);
    assert_string_equal(out.s, "ORG:Varlish Storm Centre|MISC:Republican|MISC:Varlish|MISC:Kerr-backed");
    /* two names of a list joined over a comma (ner-gold17's banks); a
     * firm of partners and a company suffix after the comma stay whole */
    /* Aldo0 Stanley1 ,2 Bank3 of4 Varlo5 and6 Kerr7 fell8 ;9 Goldo10 ,11 Sachs12 &13 Co14 ,15 Brant16 Research17
     * ,18 Inc19 and20 Kerr21 .22 */
    spans_of("Aldo Stanley , Bank of Varlo and Kerr fell ; Goldo , Sachs & Co , Brant Research , Inc and Kerr .",
             VL_LANG_EN, 23,
             (const int[][3]){{0, 6, VL_NER_ORG}, {7, 8, VL_NER_ORG}, {10, 15, VL_NER_ORG}, {16, 20, VL_NER_ORG},
                              {21, 22, VL_NER_ORG}},
             5, &out);
    assert_string_equal(out.s, "ORG:Aldo Stanley|ORG:Bank of Varlo|ORG:Kerr|ORG:Goldo , Sachs & Co|ORG:Brant Research , "
                               "Inc|ORG:Kerr");
    /* a person's name stays whole ("and" ends it anyway) */
    spans_of("Rival Varlo Energy and Broadcaster Brantstar met Tom Okafor KC and Ana Lima MP .", VL_LANG_EN, 15,
             (const int[][3]){{0, 3, VL_NER_ORG}, {4, 6, VL_NER_PER}, {7, 10, VL_NER_PER}, {11, 14, VL_NER_PER}}, 4,
             &out);
    assert_string_equal(out.s, "ORG:Varlo Energy|ORG:Brantstar|PER:Tom Okafor|PER:Ana Lima");
    /* a glued noun alone or before a lower-case word stays; Jr. stays */
    spans_of("Rival said Robert Kemp Jr. met Rivals .", VL_LANG_EN, 8,
             (const int[][3]){{0, 1, VL_NER_ORG}, {2, 5, VL_NER_PER}, {6, 7, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "ORG:Rival|PER:Robert Kemp Jr.|ORG:Rivals");
    /* a party-state designation after "(" or "," is a MISC of its own
     * (CoNLL-2003 types "Wash.-based", "U.S.-led" MISC), and a person's
     * name that ran into it stops before the bracket; not after a word
     * ("the D-Day"), not a party letter before no state ("R-Xy") */
    spans_of("Ana Lima (D-Vt.) met Tom Vell, R-Fla., Kerr (R-Texas) and the D-Day (R-Xy) .", VL_LANG_EN, 24,
             (const int[][3]){{0, 4, VL_NER_PER},
                              {7, 9, VL_NER_PER},
                              {10, 11, VL_NER_ORG},
                              {13, 14, VL_NER_PER},
                              {15, 16, VL_NER_PER},
                              {21, 22, VL_NER_PER}},
             6, &out);
    assert_string_equal(out.s, "PER:Ana Lima|MISC:D-Vt|PER:Tom Vell|MISC:R-Fla|PER:Kerr|MISC:R-Texas|PER:R-Xy");
    /* a ticker in brackets is no name, nor the brackets of a name run over
     * it; the glued dot ends no sentence (17 tokens in one) */
    spans_of("Varlo (VRL.L) rose and Brant Tech (BRT.N) fell , Kerr (Ana) too .", VL_LANG_EN, 23,
             (const int[][3]){{0, 1, VL_NER_ORG}, {2, 3, VL_NER_ORG}, {8, 15, VL_NER_ORG}, {17, 18, VL_NER_PER},
                              {19, 20, VL_NER_PER}},
             5, &out);
    assert_string_equal(out.s, "ORG:Varlo|ORG:Brant Tech|PER:Kerr|PER:Ana");
    /* European particles: opening a person's name ("von der [Brink]"),
     * or joining two parts of it ("[Varga] e [Melo]"); not after a name
     * of another type, nor before a lower-case word */
    spans_of("Tom met von der Brink , Ana Varga e Melo and Kerr de Sousa said de facto .", VL_LANG_EN, 18,
             (const int[][3]){{0, 1, VL_NER_PER}, {4, 5, VL_NER_PER}, {6, 8, VL_NER_PER}, {9, 10, VL_NER_PER},
                              {11, 12, VL_NER_ORG}, {13, 14, VL_NER_PER}},
             6, &out);
    assert_string_equal(out.s, "PER:Tom|PER:von der Brink|PER:Ana Varga e Melo|ORG:Kerr|PER:Sousa");
    /* in French, the Germanic particles only: "de" stays a word */
    spans_of("Puis von der Brink et la part de Sousa .", VL_LANG_FR, 10,
             (const int[][3]){{3, 4, VL_NER_PER}, {8, 9, VL_NER_PER}}, 2, &out);
    assert_string_equal(out.s, "PER:von der Brink|PER:Sousa");
    /* a body's head takes "for" and the words after it; an ORG holding
     * "of" or "for" takes "and" and the words the labels leave out after
     * it, not before a name ("Professor Ana Kerr") nor a name of its own */
    spans_of("The Centre for Varlo Studies and Brant Research said ; Ministry of Kerr and Vell met ; University of Lima "
             "and Professor Ana Kerr spoke ; Bank of Varlo and Kerr Sachs rose .",
             VL_LANG_EN, 34,
             (const int[][3]){{1, 2, VL_NER_LOC},
                              {10, 13, VL_NER_ORG},
                              {17, 20, VL_NER_ORG},
                              {22, 24, VL_NER_PER},
                              {26, 29, VL_NER_ORG},
                              {30, 32, VL_NER_ORG}},
             6, &out);
    assert_string_equal(out.s, "ORG:Centre for Varlo Studies and Brant Research|ORG:Ministry of Kerr and Vell|"
                               "ORG:University of Lima|PER:Ana Kerr|ORG:Bank of Varlo|ORG:Kerr Sachs");
    /* a palace after "the" is a place; a club's ("Crystal Palace 2") or
     * one with no "the" before it stays */
    spans_of("met at the Varlo Palace and the Palais des Brant ; Crystal Palace 2 ; said Kerr Palace .", VL_LANG_EN, 19,
             (const int[][3]){{3, 5, VL_NER_ORG}, {7, 10, VL_NER_ORG}, {11, 13, VL_NER_ORG}, {16, 18, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "LOC:Varlo Palace|LOC:Palais des Brant|ORG:Crystal Palace|ORG:Kerr Palace");
    /* the Sun and Mars by their context; the tabloid and the company stay */
    spans_of("the Sun rose over moons of Mars , Mars rover , told the Sun , the Sun reported , Mars said .", VL_LANG_EN,
             22,
             (const int[][3]){{1, 2, VL_NER_ORG},
                              {6, 7, VL_NER_ORG},
                              {8, 9, VL_NER_PER},
                              {13, 14, VL_NER_ORG},
                              {16, 17, VL_NER_ORG},
                              {19, 20, VL_NER_ORG}},
             6, &out);
    assert_string_equal(out.s, "LOC:Sun|LOC:Mars|LOC:Mars|ORG:Sun|ORG:Sun|ORG:Mars");
    /* Arabic particles: "bin Salim" outside the labels, "al-Haddad" too */
    spans_of("Prince Karim bin Salim al-Haddad met Omar and bin Ali .", VL_LANG_EN, 11,
             (const int[][3]){{0, 2, VL_NER_PER}, {6, 7, VL_NER_PER}}, 2, &out);
    assert_string_equal(out.s, "PER:Prince Karim bin Salim al-Haddad|PER:Omar");
    /* celestial bodies: Earth alone, the Moon, to Mars; not Google Earth,
     * Moon Jae-in, Mars Inc nor a Moon alone */
    spans_of("Back on Earth , the Moon and a trip to Mars beat Google Earth , Moon Jae-in , Mars Inc and Moon .",
             VL_LANG_EN, 23, (const int[][3]){{2, 3, VL_NER_ORG}, {5, 6, VL_NER_PER}, {12, 13, VL_NER_ORG}}, 3,
             &out);
    assert_string_equal(out.s, "LOC:Earth|LOC:Moon|LOC:Mars|ORG:Google");
    /* a name ending on a place's word is a place; not beside a score (a
     * club), not a person on a word that ends surnames ("Bay"), not a body
     * "of" a place */
    spans_of("Flights left Varlo International Airport and Brant County ; Notts County 2 ; Ana Island met Tom Bay at "
             "Kemmer National Forest ; Varlo Bank of Brant County .",
             VL_LANG_EN, 29,
             (const int[][3]){{2, 5, VL_NER_ORG},
                              {6, 8, VL_NER_ORG},
                              {9, 11, VL_NER_ORG},
                              {13, 15, VL_NER_PER},
                              {16, 18, VL_NER_PER},
                              {19, 22, VL_NER_ORG},
                              {23, 28, VL_NER_ORG}},
             7, &out);
    assert_string_equal(out.s, "LOC:Varlo International Airport|LOC:Brant County|ORG:Notts County|LOC:Ana Island|"
                               "PER:Tom Bay|LOC:Kemmer National Forest|ORG:Varlo Bank of Brant County");
    /* the British "Theatre" and a "Parish" end places too; "Mount" and
     * "Lough" open a two-word place, not a longer name nor a surname's
     * "Lake" */
    spans_of("At the Varlo Theatre in Brant Parish , Mount Kemmer and Lough Dunmore met Ana Lake and Mount Varlo "
             "Brant .",
             VL_LANG_EN, 21,
             (const int[][3]){{2, 4, VL_NER_PER},
                              {5, 7, VL_NER_ORG},
                              {8, 10, VL_NER_PER},
                              {11, 13, VL_NER_PER},
                              {14, 16, VL_NER_PER},
                              {17, 20, VL_NER_ORG}},
             6, &out);
    assert_string_equal(out.s, "LOC:Varlo Theatre|LOC:Brant Parish|LOC:Mount Kemmer|LOC:Lough Dunmore|PER:Ana Lake|"
                               "ORG:Mount Varlo Brant");
    /* a square, a crater and a cathedral end places, a "person" too
     * (fourteenth round) */
    /* They0 met1 at2 Ana3 Varin4 Square5 ,6 near7 Kemmer8 Crater9 and10 Brant11 Cathedral12 .13 */
    spans_of("They met at Ana Varin Square , near Kemmer Crater and Brant Cathedral .", VL_LANG_EN, 14,
             (const int[][3]){{3, 6, VL_NER_PER}, {8, 10, VL_NER_PER}, {11, 13, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "LOC:Ana Varin Square|LOC:Kemmer Crater|LOC:Brant Cathedral");
    /* a possessive left out before a body's name opens it; not a
     * weekday's nor a pronoun's (fourteenth round) */
    /* the0 coalition1 People2 's3 Varlo4 Alliance5 ,6 Sunday7 's8 Brant9 Times10 and11 It12 's13 Kemmer14 Group15 .16 */
    spans_of("the coalition People's Varlo Alliance , Sunday's Brant Times and It's Kemmer Group .", VL_LANG_EN, 17,
             (const int[][3]){{4, 6, VL_NER_ORG}, {9, 11, VL_NER_ORG}, {14, 16, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "ORG:People's Varlo Alliance|ORG:Brant Times|ORG:Kemmer Group");
    /* a place and "and" after "in": the name after is a place too, not
     * a body's name nor one placed itself (fourteenth round) */
    /* protests0 in1 Varlo2 and3 St4 Kemmer5 ,6 in7 Brant8 and9 Tolla10 Bank11 ,12 in13 Dovit14 and15 Ana16 Lee17
     * in18 Varlo19 .20 */
    spans_of("protests in Varlo and St Kemmer , in Brant and Tolla Bank , in Dovit and Ana Lee in Varlo .", VL_LANG_EN,
             21,
             (const int[][3]){{2, 3, VL_NER_LOC}, {4, 6, VL_NER_ORG}, {8, 9, VL_NER_LOC}, {10, 12, VL_NER_ORG},
                              {14, 15, VL_NER_LOC}, {16, 18, VL_NER_ORG}, {19, 20, VL_NER_LOC}},
             7, &out);
    assert_string_equal(out.s, "LOC:Varlo|LOC:St Kemmer|LOC:Brant|ORG:Tolla Bank|LOC:Dovit|ORG:Ana Lee|LOC:Varlo");
    /* a party's member is outside its name; a person's too */
    spans_of("the Labour MP met Varlo MEPs and Ana Lima MP .", VL_LANG_EN, 11,
             (const int[][3]){{1, 3, VL_NER_ORG}, {4, 6, VL_NER_MISC}, {7, 10, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:Labour|MISC:Varlo|PER:Ana Lima");
    /* an event's last word makes the name before it one MISC, over the
     * host city's LOC; not a company's "Games", not a body's name that
     * goes on after it */
    spans_of("the Varlo Grand Prix and the Brant Airshow met Epic Games at the World Cup Organising Committee and "
             "the Commonwealth Games .",
             VL_LANG_EN, 22,
             (const int[][3]){{1, 2, VL_NER_LOC},
                              {6, 8, VL_NER_ORG},
                              {9, 11, VL_NER_ORG},
                              {13, 17, VL_NER_ORG},
                              {19, 21, VL_NER_ORG}},
             5, &out);
    assert_string_equal(out.s, "MISC:Varlo Grand Prix|MISC:Brant Airshow|ORG:Epic Games|"
                               "ORG:World Cup Organising Committee|MISC:Commonwealth Games");
    /* a law's, a treaty's, a prize's last word ending the labels' name
     * makes it a MISC, not a body's name holding one ("Office for the ...
     * Constitution"), not a firm's name going on after it; an observatory
     * is a body, typed LOC or PER */
    spans_of("the Varlo Treaty and the Brant Award met Marathon Oil , the Office for the Kemmer Constitution and "
             "the Varlo Observatory and Ana Dunmore Observatory .",
             VL_LANG_EN, 26,
             (const int[][3]){{1, 3, VL_NER_ORG},
                              {5, 7, VL_NER_LOC},
                              {8, 10, VL_NER_ORG},
                              {12, 17, VL_NER_ORG},
                              {19, 21, VL_NER_LOC},
                              {22, 25, VL_NER_PER}},
             6, &out);
    assert_string_equal(out.s, "MISC:Varlo Treaty|MISC:Brant Award|ORG:Marathon Oil|"
                               "ORG:Office for the Kemmer Constitution|ORG:Varlo Observatory|"
                               "ORG:Ana Dunmore Observatory");
    /* roads: a British code after "the" (not an Airbus's, not a rating),
     * an interstate's code, "Interstate" or "Route" and a number */
    spans_of("they drove along the A470 to the A320 plant , the A1 rating , I-5 and Interstate 5 and Route 66 .",
             VL_LANG_EN, 22, (const int[][3]){{7, 8, VL_NER_MISC}, {14, 15, VL_NER_MISC}}, 2, &out);
    assert_string_equal(out.s, "LOC:A470|MISC:A320|LOC:I-5|LOC:Interstate 5|LOC:Route 66");
    /* a parliament's one-word name is an ORG; "Commons" and "Lords" after
     * "the" only */
    spans_of("the Knesset and the Commons met Lords , the Riksdag .", VL_LANG_EN, 11,
             (const int[][3]){{1, 2, VL_NER_LOC}, {4, 5, VL_NER_MISC}, {6, 7, VL_NER_PER}, {9, 10, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "ORG:Knesset|ORG:Commons|PER:Lords|ORG:Riksdag");
    /* a labour party's name alone, not the American department's */
    spans_of("Labor would win , said the Secretary of Labor and the Labor department .", VL_LANG_EN, 14,
             (const int[][3]){{0, 1, VL_NER_MISC}, {8, 9, VL_NER_MISC}, {11, 12, VL_NER_MISC}}, 3, &out);
    assert_string_equal(out.s, "ORG:Labor|MISC:Labor|MISC:Labor");
    /* a body's head takes its place or people after "of" (the), not a
     * company's or a club's name, nor a nationality */
    spans_of("The Varlo Party of Brantia and the Court of Justice of the Kemmer Union met Dunmore of Brantia and "
             "the Office of the Brantian banks .",
             VL_LANG_EN, 26,
             (const int[][3]){{1, 3, VL_NER_ORG},
                              {4, 5, VL_NER_LOC},
                              {7, 10, VL_NER_ORG},
                              {12, 14, VL_NER_ORG},
                              {15, 16, VL_NER_ORG},
                              {17, 18, VL_NER_LOC},
                              {20, 21, VL_NER_ORG},
                              {23, 24, VL_NER_MISC}},
             8, &out);
    assert_string_equal(out.s, "ORG:Varlo Party of Brantia|ORG:Court of Justice of the Kemmer Union|ORG:Dunmore|"
                               "LOC:Brantia|ORG:Office|MISC:Brantian");
    /* French text keeps the labels */
    spans_of("Flights left Varlo International Airport .", VL_LANG_FR, 6, (const int[][3]){{2, 5, VL_NER_ORG}}, 1,
             &out);
    assert_string_equal(out.s, "ORG:Varlo International Airport");
    /* tickers (seventh English round): the company before its ticker is
     * an ORG, a list of tickers in one bracket is no name; a bracket that
     * does not close on tickers leaves the labels alone */
    spans_of("Shares in housebuilders Varmon (VRM.L) and Kestrel Homes (KSH.L, KSH.AX) rose .", VL_LANG_EN, 23,
             (const int[][3]){{3, 4, VL_NER_PER}, {10, 12, VL_NER_PER}, {13, 14, VL_NER_ORG}, {17, 18, VL_NER_ORG}},
             4, &out);
    assert_string_equal(out.s, "ORG:Varmon|ORG:Kestrel Homes");
    spans_of("Tom Vell (TV.L said) left .", VL_LANG_EN, 10, (const int[][3]){{0, 2, VL_NER_PER}}, 1, &out);
    assert_string_equal(out.s, "PER:Tom Vell");
    /* a sign-off's verb before "by" is no name; alone it stays */
    spans_of("(Reporting by Ana Lima; Editing by Tom Vell; Editing Weekly)", VL_LANG_EN, 14,
             (const int[][3]){{1, 2, VL_NER_PER}, {3, 5, VL_NER_PER}, {6, 7, VL_NER_PER}, {8, 10, VL_NER_PER},
                              {11, 13, VL_NER_ORG}},
             5, &out);
    assert_string_equal(out.s, "PER:Ana Lima|PER:Tom Vell|ORG:Editing Weekly");
    /* a people's plural or adjective alone is a MISC; inside a longer
     * name it stays */
    spans_of("We are Danes , said Greenlandic voters and Danes Holdings .", VL_LANG_EN, 11,
             (const int[][3]){{2, 3, VL_NER_PER}, {5, 6, VL_NER_ORG}, {8, 10, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "MISC:Danes|MISC:Greenlandic|ORG:Danes Holdings");
    /* the groups of economies: a code alone or "Group of" and a number
     * is an ORG; another number is a product's, a longer name stays */
    spans_of("G7 leaders and the Group of Seven met G4 users , the G-20 and the Minsk Group of 20 .", VL_LANG_EN, 0,
             (const int[][3]){{4, 7, VL_NER_MISC}, {15, 19, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:G7|ORG:Group of Seven|ORG:G-20|ORG:Minsk Group of 20");
    /* a national agency by its field and nation is one ORG; the nation
     * after another word stays a place (twelfth round) */
    /* Police0 Scotland1 said2 Statistics3 New4 Zealand5 and6 Greater7 Scotland8 agree9 .10 */
    spans_of("Police Scotland said Statistics New Zealand and Greater Scotland agree .", VL_LANG_EN, 11,
             (const int[][3]){{1, 2, VL_NER_LOC}, {4, 6, VL_NER_LOC}, {8, 9, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "ORG:Police Scotland|ORG:Statistics New Zealand|LOC:Scotland");
}

/* A body's full name before its acronym in parentheses is one ORG, from
 * the word whose initial the acronym's first letter is; a common noun's
 * (nothing labelled there, no body's head) stays out, and the labels'
 * name stays when the letters do not match. */
static void test_spans_acronym_names(void **state) {
    (void)state;
    ner_spans out;
    spans_of("L'avis de la Direction de l'étude, des travaux et de la prévision (Detp) tombe.", VL_LANG_FR, 20,
             (const int[][3]){{4, 8, VL_NER_ORG}}, 1, &out);
    /* the acronym too (thirteenth round: winer-fr's convention) */
    assert_string_equal(out.s, "ORG:Direction de l'étude, des travaux et de la prévision|ORG:Detp");
    /* a lower-case head: a body's ("brigade"), not any noun's ("groupe") */
    spans_of("Les gendarmes du groupe de surveillance des vallées (GSV) et la brigade de veille des rivières (BVR) "
             "patrouillent.",
             VL_LANG_FR, 23, (const int[][3]){{0, 0, 0}}, 0, &out);
    assert_string_equal(out.s, "ORG:brigade de veille des rivières|ORG:BVR");
    spans_of("Le produit local brut (PLB) recule.", VL_LANG_FR, 9, (const int[][3]){{0, 0, 0}}, 0, &out);
    assert_string_equal(out.s, "");
    /* the acronym typed LOC by the labels is the body's (ner-gold17's
     * "(Nupes)") */
    /* la0 Nouvelle1 Union2 populaire3 des4 Varlois5 (6 Nupv7 )8 vote9 .10 */
    spans_of("la Nouvelle Union populaire des Varlois (Nupv) vote.", VL_LANG_FR, 11,
             (const int[][3]){{1, 6, VL_NER_ORG}, {7, 8, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "ORG:Nouvelle Union populaire des Varlois|ORG:Nupv");
    spans_of("La Banque de Varlo (XYZ) prête.", VL_LANG_FR, 9, (const int[][3]){{1, 4, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:Banque de Varlo");
    /* a person's title the acronym's body shares its words with, and a
     * two-letter acronym ("préfecture de police de Paris (PP)") */
    spans_of("Le directeur général de la Santé (DGS) parle.", VL_LANG_FR, 11, (const int[][3]){{5, 6, VL_NER_ORG}}, 1,
             &out);
    assert_string_equal(out.s, "ORG:Santé");
    /* a ticker in parentheses: no name, and the name before it a
     * company's (the glued dot ends no sentence: 8 tokens) */
    spans_of("Varlo (VRL.PA) monte.", VL_LANG_FR, 8, (const int[][3]){{0, 1, VL_NER_PER}, {2, 3, VL_NER_ORG}}, 2,
             &out);
    assert_string_equal(out.s, "ORG:Varlo");
    spans_of("Varlo (VRL.PA) monte.", VL_LANG_FR, 8, (const int[][3]){{0, 1, VL_NER_PER}}, 1, &out);
    assert_string_equal(out.s, "ORG:Varlo");
    spans_of("Varlo (VRL. Puis", VL_LANG_FR, 4, (const int[][3]){{0, 1, VL_NER_PER}, {2, 3, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "PER:Varlo|ORG:VRL");
    spans_of("La préfecture de police de Varlo (PP) répond.", VL_LANG_FR, 11, (const int[][3]){{5, 6, VL_NER_LOC}}, 1,
             &out);
    assert_string_equal(out.s, "LOC:Varlo");
}

/* A French body's name that opens with a head such as "Agence" or
 * "Fondation" runs over its lower-case tail (adjectives, "de la
 * recherche", "pour le logement", "et compositeurs") up to a place after
 * "de", whatever the labels said; not over an infinitive, a date, a
 * verb, another name after "et", nor for a name with another head. */
static void test_spans_org_tail(void **state) {
    (void)state;
    ner_spans out;
    /* L' Agence nationale de la recherche et la Fondation pour le logement des sans-abri financent l' Institut
     * de chimie et d' optique de Rennes . */
    const char *s = "L'Agence nationale de la recherche et la Fondation pour le logement des sans-abri financent "
                    "l'Institut de chimie et d'optique de Rennes.";
    spans_of(s, VL_LANG_FR, 25,
             (const int[][3]){{1, 3, VL_NER_ORG}, {8, 9, VL_NER_ORG}, {16, 19, VL_NER_ORG}, {23, 24, VL_NER_LOC}}, 4,
             &out);
    assert_string_equal(out.s, "ORG:Agence nationale de la recherche|ORG:Fondation pour le logement des sans-abri|"
                               "ORG:Institut de chimie et d'optique de Rennes");
    /* "et des" and a common noun after a lower-case complement; not
     * after a name */
    spans_of("La Direction nationale du contrôle et des enquêtes fiscales et la Banque de Varlo et des économistes "
             "parlent.",
             VL_LANG_FR, 19, (const int[][3]){{1, 5, VL_NER_ORG}, {11, 14, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:Direction nationale du contrôle et des enquêtes fiscales|ORG:Banque de Varlo");
    /* Société des auteurs [et compositeurs dramatiques] ; the labels' own "des" */
    spans_of("La Société des auteurs et compositeurs dramatiques proteste.", VL_LANG_FR, 9,
             (const int[][3]){{1, 4, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:Société des auteurs et compositeurs dramatiques");
    spans_of("L'Office central des douanes indique que la Banque mondiale de mars a demandé à l'Agence nationale de "
             "publier et la Commission européenne et Lumo.",
             VL_LANG_FR, 0,
             (const int[][3]){{1, 3, VL_NER_ORG}, {8, 10, VL_NER_ORG}, {16, 18, VL_NER_ORG}, {22, 24, VL_NER_ORG},
                              {25, 26, VL_NER_ORG}},
             5, &out);
    assert_string_equal(out.s, "ORG:Office central des douanes|ORG:Banque mondiale|ORG:Agence nationale|"
                               "ORG:Commission européenne|ORG:Lumo");
    /* a head the labels left out, capitalised after an article and with
     * a tail, opens an ORG; a name after "de" is taken whole, as labelled
     * ("Nations unies": tokens 14 and 15) */
    spans_of("Selon l'Office français de la faune et le Bureau de l'aide des Nations unies, la Ligue a parlé.",
             VL_LANG_FR, 22, (const int[][3]){{14, 16, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:Office français de la faune|ORG:Bureau de l'aide des Nations unies");
    /* the second object of "contre la" after "et les", and two
     * adjectives joined by "et" */
    spans_of("L'Office central de lutte contre la fraude et les trafics financiers et fiscaux enquête.",
             VL_LANG_FR, 16, (const int[][3]){{1, 3, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:Office central de lutte contre la fraude et les trafics financiers et "
                               "fiscaux");
    /* the same after "l' " with its apostrophe apart (winer-fr's spacing) */
    spans_of("Il est condamné par l' Autorité des marchés boursiers , hier.", VL_LANG_FR, 0, NULL, 0, &out);
    assert_string_equal(out.s, "ORG:Autorité des marchés boursiers");
    /* adjectives joined by "et" with no complement before them, and the
     * adjectives after the second; "et de la" and "et de l'" with a
     * common noun; a past participle only before the acronym's
     * parentheses; a name after "et de la" is no tail */
    spans_of("Le Comité régional olympique et sportif provençal (CROSP) et l'Union sportive et culturelle européenne "
             "saluent le Centre national du livre et de l'image illustrée (CNLII).",
             VL_LANG_FR, 0, (const int[][3]){{1, 4, VL_NER_ORG}, {11, 13, VL_NER_ORG}, {19, 23, VL_NER_ORG}}, 3,
             &out);
    assert_string_equal(out.s, "ORG:Comité régional olympique et sportif provençal|ORG:CROSP|ORG:Union sportive et "
                               "culturelle européenne|ORG:Centre national du livre et de l'image illustrée|ORG:CNLII");
    spans_of("Le Centre national du livre et de l'image illustrée a aidé l'Office de la forêt et de la Chine.",
             VL_LANG_FR, 0, (const int[][3]){{1, 5, VL_NER_ORG}, {13, 17, VL_NER_ORG}, {20, 21, VL_NER_LOC}}, 3,
             &out);
    assert_string_equal(out.s, "ORG:Centre national du livre et de l'image|ORG:Office de la forêt|LOC:Chine");
    /* only after a singular complement with its article: "des ministres
     * et de la présidence" are two bodies */
    spans_of("Cela relève du Conseil des ministres et de la présidence.", VL_LANG_FR, 11,
             (const int[][3]){{3, 6, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:Conseil des ministres");
    /* other heads and other types keep the labels' span */
    spans_of("Le groupe Valmor de la région et Cinéa des arts.", VL_LANG_FR, 0,
             (const int[][3]){{2, 3, VL_NER_ORG}, {7, 8, VL_NER_PER}}, 2, &out);
    assert_string_equal(out.s, "ORG:Valmor|PER:Cinéa");
}

/* A French person's particle and last part left out after a full name
 * are the name's; not a word the labels typed, one in capitals, nor
 * after a one-word name. */
static void test_spans_fr_particle(void **state) {
    (void)state;
    ner_spans out;
    /* Le0 maire1 ,2 Jean3 Dionis4 du5 Séjour6 ,7 Paul8 Mercier9 de10 Lyon11 ,12 Anne13 Roy14 du15 PS16 et17
     * Martin18 de19 la20 Tour21 . */
    spans_of("Le maire, Jean Dionis du Séjour, Paul Mercier de Lyon, Anne Roy du PS et Martin de la Tour.", VL_LANG_FR,
             23,
             (const int[][3]){{3, 5, VL_NER_PER}, {8, 10, VL_NER_PER}, {11, 12, VL_NER_LOC}, {13, 15, VL_NER_PER},
                              {18, 19, VL_NER_PER}},
             5, &out);
    assert_string_equal(out.s, "PER:Jean Dionis du Séjour|PER:Paul Mercier|LOC:Lyon|PER:Anne Roy|PER:Martin");
    spans_of("Selon Claire Valois de la Motte.", VL_LANG_FR, 7, (const int[][3]){{1, 3, VL_NER_PER}}, 1, &out);
    assert_string_equal(out.s, "PER:Claire Valois de la Motte");
}

/* A French LOC of two words or more that ends on a firm's word is an
 * ORG; one word alone, and English, keep the labels' type. */
static void test_spans_fr_loc_firm(void **state) {
    (void)state;
    ner_spans out;
    spans_of("Avec Qatar Airways et Bank, à Doha.", VL_LANG_FR, 9,
             (const int[][3]){{1, 3, VL_NER_LOC}, {4, 5, VL_NER_LOC}, {7, 8, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "ORG:Qatar Airways|LOC:Bank|LOC:Doha");
    spans_of("With Qatar Airways in Doha.", VL_LANG_EN, 6, (const int[][3]){{1, 3, VL_NER_LOC}, {4, 5, VL_NER_LOC}}, 2,
             &out);
    assert_string_equal(out.s, "LOC:Qatar Airways|LOC:Doha");
    /* French firms' words end a "person" or a "place" too; English keeps
     * the labels' type on them ("Jonathon Power"-like surnames aside) */
    /* Avec0 Marvot1 Logistique2 et3 Delsa4 Surgical5 ,6 à7 Caen8 .9 */
    spans_of("Avec Marvot Logistique et Delsa Surgical, à Caen.", VL_LANG_FR, 10,
             (const int[][3]){{1, 3, VL_NER_PER}, {4, 6, VL_NER_LOC}, {8, 9, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "ORG:Marvot Logistique|ORG:Delsa Surgical|LOC:Caen");
    spans_of("With Delsa Surgical in Caen.", VL_LANG_EN, 6, (const int[][3]){{1, 3, VL_NER_PER}, {4, 5, VL_NER_LOC}}, 2,
             &out);
    assert_string_equal(out.s, "PER:Delsa Surgical|LOC:Caen");
    /* a club on "United" typed LOC */
    /* pour0 Varlo1 United2 .3 */
    spans_of("pour Varlo United.", VL_LANG_FR, 4, (const int[][3]){{1, 3, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "ORG:Varlo United");
}

/* The seats that name a government are ORG in French; Bercy stays a
 * place, and a longer name holding one keeps its type. */
static void test_spans_seats(void **state) {
    (void)state;
    ner_spans out;
    /* Le0 Kremlin1 ,2 la3 Maison4 Blanche5 ,6 Bercy7 et8 la9 place10 du11 Kremlin12 Sud13 .14 */
    spans_of("Le Kremlin, la Maison Blanche, Bercy et la place du Kremlin Sud.", VL_LANG_FR, 15,
             (const int[][3]){{1, 2, VL_NER_LOC}, {4, 6, VL_NER_LOC}, {7, 8, VL_NER_LOC}, {12, 14, VL_NER_LOC}}, 4,
             &out);
    assert_string_equal(out.s, "ORG:Kremlin|ORG:Maison Blanche|LOC:Bercy|LOC:Kremlin Sud");
}

/* A French road's code after its cue is a LOC alone; an Airbus's three
 * digits and a code without its cue are left to the labels. */
static void test_spans_roads(void **state) {
    (void)state;
    ner_spans out;
    /* Sur0 l'1 A69 2 ,3 l'4 autoroute5 A8 6 et7 la8 RN126 9 ,10 un11 Airbus12 A320 13 et14 l'15 A320 16 ,17 pas18
     * A4 19 .20 */
    spans_of("Sur l'A69, l'autoroute A8 et la RN126, un Airbus A320 et l'A320, pas A4.", VL_LANG_FR, 21,
             (const int[][3]){{5, 7, VL_NER_LOC}}, 1, &out);
    /* the Airbus codes are no roads: airliners, MISC (aircraft_labels) */
    assert_string_equal(out.s, "LOC:A69|LOC:A8|LOC:RN126|MISC:Airbus A320|MISC:A320");
    /* the apostrophe spaced apart from its article, as winer-fr writes */
    spans_of("Un accident sur l' A7 , vers Lyon.", VL_LANG_FR, 0, NULL, 0, &out);
    assert_string_equal(out.s, "LOC:A7");
}

/* Paris's halls and palaces are places whatever the labels typed them;
 * a longer name that holds one keeps its span, and "Olympia" without
 * "l'" is left to the labels. */
static void test_spans_venues(void **state) {
    (void)state;
    ner_spans out;
    /* Après0 l'1 Olympia2 et3 la4 Salle5 Gaveau6 ,7 le8 Grand9 Palais10 et11 le12 Musée13 du14 Petit15 Palais16
     * reçoivent17 Olympia18 devant19 l'20 Hôtel21 de22 Ville23 .24 */
    spans_of("Après l'Olympia et la Salle Gaveau, le Grand Palais et le Musée du Petit Palais reçoivent Olympia devant "
             "l'Hôtel de Ville.",
             VL_LANG_FR, 25,
             (const int[][3]){{2, 3, VL_NER_ORG}, {9, 11, VL_NER_ORG}, {13, 17, VL_NER_ORG}, {18, 19, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "LOC:Olympia|LOC:Salle Gaveau|LOC:Grand Palais|ORG:Musée du Petit Palais|ORG:Olympia|"
                               "LOC:Hôtel de Ville");
}

/* A French span that is one common noun's acronym alone is left out; a
 * longer name that holds one, and other acronyms, stay. */
static void test_spans_common_acronyms(void **state) {
    (void)state;
    ner_spans out;
    spans_of("L'IA et la TVA, selon l'ONU et IA Holdings.", VL_LANG_FR, 13,
             (const int[][3]){{1, 2, VL_NER_ORG}, {4, 5, VL_NER_ORG}, {8, 9, VL_NER_ORG}, {10, 12, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "ORG:ONU|ORG:IA Holdings");
    spans_of("Les Casques bleus et le garde des Sceaux rencontrent la Force des Casques bleus.", VL_LANG_FR, 15,
             (const int[][3]){{1, 3, VL_NER_ORG}, {5, 8, VL_NER_ORG}, {10, 14, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "ORG:Force des Casques bleus");
}

/* French parties: names with a lower-case word, one-word parties after
 * their cues, a coordination the labels ran together cut in two; a party
 * inside a longer ORG stays there (but for "syndicat"), and a word
 * without its cue is left. */
static void test_spans_parties(void **state) {
    (void)state;
    ner_spans out;
    /* unions' federations in one hyphenated word are ORG; "Sud-" only
     * before a trade */
    /* La0 CGT-Cheminots1 ,2 Sud-Rail3 et4 le5 Sud-Africain6 Kevin7 Moloi8 .9 */
    spans_of("La CGT-Cheminots, Sud-Rail et le Sud-Africain Kevin Moloi.", VL_LANG_FR, 10,
             (const int[][3]){{1, 2, VL_NER_LOC}, {3, 4, VL_NER_LOC}, {7, 9, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:CGT-Cheminots|ORG:Sud-Rail|PER:Kevin Moloi");
    spans_of("Le Sud-Ouest et Sud-Kivu.", VL_LANG_FR, 0, (const int[][3]){{1, 2, VL_NER_LOC}, {3, 4, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "LOC:Sud-Ouest|LOC:Sud-Kivu");
    spans_of("Le candidat des Républicains, la présidente d'Horizons et Québec solidaire saluent les députés du "
             "Rassemblement national et des Républicains.",
             VL_LANG_FR, 22, (const int[][3]){{10, 11, VL_NER_LOC}, {16, 21, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:Républicains|ORG:Horizons|ORG:Québec solidaire|ORG:Rassemblement national|"
                               "ORG:Républicains");
    /* Belgian and German parties after their cues */
    /* Les0 Verts1 ,2 les3 partis4 flamands5 Groen6 ,7 Vooruit8 et9 Open10 VLD11 et12 Die13 Linke14 votent15 .16 */
    spans_of("Les Verts, les partis flamands Groen, Vooruit et Open VLD et Die Linke votent.", VL_LANG_FR, 17,
             (const int[][3]){{8, 9, VL_NER_PER}, {10, 12, VL_NER_MISC}, {13, 15, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:Verts|ORG:Groen|ORG:Vooruit|ORG:Open VLD|ORG:Die Linke");
    spans_of("La Renaissance de Florence et le syndicat Force ouvrière.", VL_LANG_FR, 10,
             (const int[][3]){{3, 4, VL_NER_LOC}, {6, 9, VL_NER_ORG}}, 2, &out);
    /* "syndicat" and "collectif" before the name are left out of it,
     * "association" is the name's */
    assert_string_equal(out.s, "LOC:Florence|ORG:Force ouvrière");
    spans_of("Le collectif Mémoires vives et l'association Anticor.", VL_LANG_FR, 9,
             (const int[][3]){{1, 4, VL_NER_ORG}, {6, 8, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:Mémoires vives|ORG:association Anticor");
    spans_of("Selon La France insoumise, rien.", VL_LANG_FR, 7, (const int[][3]){{2, 3, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "ORG:La France insoumise");
    /* a sentence's capitalised article before a head noun is no part of
     * the name; a title keeps its own */
    spans_of("Le Parti vert (PV) et Le Monde.", VL_LANG_FR, 10, (const int[][3]){{0, 3, VL_NER_ORG}, {7, 9, VL_NER_ORG}},
             2, &out);
    assert_string_equal(out.s, "ORG:Parti vert|ORG:Le Monde");
    /* English text keeps its labels */
    spans_of("Force ouvrière said.", VL_LANG_EN, 4, NULL, 0, &out);
    assert_string_equal(out.s, "");
}

/* A name right after a company noun ("le groupe", "l'opérateur", "le
 * fonds américain") is an ORG whatever type the labels gave it; a
 * title's name stays a person. */
static void test_spans_org_cue(void **state) {
    (void)state;
    ner_spans out;
    spans_of("Le groupe Valmor et le fonds américain Kestrel ont racheté l'opérateur Zéphyr, dit le président Norvane.",
             VL_LANG_FR, 19,
             (const int[][3]){{2, 3, VL_NER_PER}, {7, 8, VL_NER_PER}, {12, 13, VL_NER_LOC}, {17, 18, VL_NER_PER}}, 4,
             &out);
    assert_string_equal(out.s, "ORG:Valmor|ORG:Kestrel|ORG:Zéphyr|PER:Norvane");
    /* capitalised words the labels left out after a cue make an ORG, with
     * a name the labels open right after them; not after another noun */
    spans_of("Le constructeur Tarvel a racheté le groupe Maréchal Frères et la société Ondine Bio, dit Norvane.",
             VL_LANG_FR, 18, (const int[][3]){{8, 9, VL_NER_PER}}, 1, &out);
    assert_string_equal(out.s, "ORG:Tarvel|ORG:Maréchal Frères|ORG:Ondine Bio");
    /* after a weak cue and an adjective, a "person" opening on an article
     * is a title; a person's full name stays one */
    /* le0 journal1 satirique2 La3 Gazelle4 et5 le6 journal7 local8 Paul9 Varin10 .11 */
    spans_of("le journal satirique La Gazelle et le journal local Paul Varin.", VL_LANG_FR, 12,
             (const int[][3]){{3, 5, VL_NER_PER}, {9, 11, VL_NER_PER}}, 2, &out);
    assert_string_equal(out.s, "ORG:La Gazelle|PER:Paul Varin");
    /* a publisher after "éditions", a founder's full name too, and the
     * name joined to it; not through an adjective (a car's "éditions
     * spéciales") (fourteenth round) */
    /* publié0 par1 les2 éditions3 Paul4 Varin5 et6 Dorlane7 ,8 dit9 les10 éditions11 spéciales12 Tarvel13 Sport14 .15 */
    spans_of("publi\xC3\xA9 par les \xC3\xA9" "ditions Paul Varin et Dorlane, dit les \xC3\xA9" "ditions sp\xC3\xA9" "ciales Tarvel Sport.",
             VL_LANG_FR, 16, (const int[][3]){{4, 6, VL_NER_PER}, {7, 8, VL_NER_LOC}, {13, 15, VL_NER_MISC}}, 3, &out);
    assert_string_equal(out.s, "ORG:Paul Varin|ORG:Dorlane|MISC:Tarvel Sport");
    /* a body's name given after "baptisée", a comma or an adjective
     * between or not; not a mission's (fourteenth round) */
    /* l'0 alliance1 baptisée2 Varko3 ,4 sa5 division6 automobile7 ,8 rebaptisée9 Telmo10 ,11 et12 la13 mission14
     * baptisée15 Orvande16 .17 */
    spans_of("l'alliance baptis\xC3\xA9" "e Varko, sa division automobile, rebaptis\xC3\xA9" "e Telmo, et la mission "
             "baptis\xC3\xA9" "e Orvande.",
             VL_LANG_FR, 18, (const int[][3]){{3, 4, VL_NER_LOC}, {10, 11, VL_NER_PER}, {16, 17, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "ORG:Varko|ORG:Telmo|LOC:Orvande");
    /* an "-iste" adjective after the cue: the collective's name, left
     * out by the labels, is an ORG */
    /* le0 collectif1 anarchiste2 Dorvane3 agit4 ,5 son6 concurrent7 écologiste8 Paul9 Varin10 non11 .12 */
    spans_of("le collectif anarchiste Dorvane agit, son concurrent \xC3\xA9" "cologiste Paul Varin non.", VL_LANG_FR, 13,
             (const int[][3]){{9, 11, VL_NER_PER}}, 1, &out);
    assert_string_equal(out.s, "ORG:Dorvane|PER:Paul Varin");
    /* a news agency's name after "agence de presse" and its adjectives */
    /* l'0 agence1 de2 presse3 officielle4 syrienne5 Sarva6 et7 la8 presse9 Lorn10 .11 */
    spans_of("l'agence de presse officielle syrienne Sarva et la presse Lorn.", VL_LANG_FR, 12,
             (const int[][3]){{6, 7, VL_NER_LOC}, {10, 11, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "ORG:Sarva|LOC:Lorn");
    /* but not a place's word with an adjective after it */
    /* l'0 agence1 de2 presse3 Chine4 nouvelle5 dit6 .7 */
    spans_of("l'agence de presse Chine nouvelle dit.", VL_LANG_FR, 8, (const int[][3]){{4, 5, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "LOC:Chine");
    /* a coalition's name of several words is no person's (ner-gold17);
     * not the first word of a name that goes on in lower case */
    /* la0 coalition1 présidentielle2 Karo3 Bel4 Tana5 et6 la7 coalition8 Vardel9 ,10 sa11 coalition12 Lyon13
     * en14 Commun15 .16 */
    spans_of("la coalition pr\xC3\xA9sidentielle Karo Bel Tana et la coalition Vardel, sa coalition Lyon en Commun.",
             VL_LANG_FR, 17, (const int[][3]){{3, 6, VL_NER_PER}, {9, 10, VL_NER_PER}, {13, 14, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "ORG:Karo Bel Tana|ORG:Vardel|LOC:Lyon");
    /* a trade's works: "la conserverie [Kerval]" (ner-gold14) */
    /* la0 conserverie1 Kerval2 et3 la4 fromagerie5 Dulac6 ferment7 .8 */
    spans_of("la conserverie Kerval et la fromagerie Dulac ferment.", VL_LANG_FR, 9,
             (const int[][3]){{2, 3, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "ORG:Kerval|ORG:Dulac");
    /* a cue's examples after ", dont"; "enseignes" in the plural */
    /* plusieurs0 enseignes1 ,2 dont3 Marvel4 et5 Dolbec6 ,7 et8 les9 enseignes10 Arko11 Plus12 .13 */
    spans_of("plusieurs enseignes, dont Marvel et Dolbec, et les enseignes Arko Plus.", VL_LANG_FR, 14,
             (const int[][3]){{4, 5, VL_NER_LOC}, {6, 7, VL_NER_LOC}, {11, 13, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:Marvel|ORG:Dolbec|ORG:Arko Plus");
    /* a start-up, a concessionaire in apposition, a shipowner; "pousse"
     * alone is the verb */
    spans_of("La jeune pousse lyonnaise Varlo, le concessionnaire, Atrel, et l'armement Kerlan Mor pousse Norvane.",
             VL_LANG_FR, 19,
             (const int[][3]){{4, 5, VL_NER_PER}, {9, 10, VL_NER_LOC}, {14, 16, VL_NER_PER}, {17, 18, VL_NER_PER}},
             4, &out);
    assert_string_equal(out.s, "ORG:Varlo|ORG:Atrel|ORG:Kerlan Mor|PER:Norvane");
    /* the brands right after "marques" are products' names, MISC, with
     * those joined to them; with a nationality between, and after the
     * singular, companies */
    /* Le0 groupe1 Valmor2 ,3 propriétaire4 des5 marques6 Tarvel7 ,8 Ondine9 et10 Zéphyr11 ,12 rachète13 la14
     * marque15 Kestrel16 et17 les18 marques19 chinoises20 Linor21 et22 Sailo23 .24 */
    spans_of("Le groupe Valmor, propriétaire des marques Tarvel, Ondine et Zéphyr, rachète la marque Kestrel et les "
             "marques chinoises Linor et Sailo.",
             VL_LANG_FR, 25,
             (const int[][3]){{2, 3, VL_NER_PER}, {7, 8, VL_NER_PER}, {9, 10, VL_NER_LOC}, {11, 12, VL_NER_ORG},
                              {16, 17, VL_NER_PER}, {21, 22, VL_NER_PER}, {23, 24, VL_NER_LOC}},
             7, &out);
    assert_string_equal(out.s, "ORG:Valmor|MISC:Tarvel|MISC:Ondine|MISC:Zéphyr|ORG:Kestrel|ORG:Linor|ORG:Sailo");
    /* a poll's firm and the paper it works for are two; a polling
     * "institut" is a cue; a party's "pour la" stays inside */
    /* Selon0 un1 sondage2 Ifop3 pour4 le5 Journal6 du7 soir8 ,9 l'10 institut11 Brovan12 et13 l'14 Alliance15
     * pour16 la17 République18 .19 */
    spans_of("Selon un sondage Ifop pour le Journal du soir, l'institut Brovan et l'Alliance pour la République.",
             VL_LANG_FR, 20, (const int[][3]){{3, 9, VL_NER_ORG}, {12, 13, VL_NER_PER}, {15, 19, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "ORG:Ifop|ORG:Journal du soir|ORG:Brovan|ORG:Alliance pour la République");
    /* a quoted title that the text calls a work (its noun, its author,
     * its publisher) is one MISC; not one with a place inside (winer-fr
     * marks the place), nor a paper's name without a cue */
    /* Le0 film1 «2 Les3 Noces4 de5 sable6 »7 ,8 «9 Parasite10 »11 de12 Bong13 Joon-ho14 ,15 «16 Nuit17 sur18
     * Mossoul19 »20 (21 Grasset22 )23 et24 le25 livre26 «27 Bienvenue28 Place29 Beauvau30 »31 ;32 selon33 «34 Le35
     * Monde36 »37 .38 */
    spans_of("Le film « Les Noces de sable », « Parasite » de Bong Joon-ho, « Nuit sur Mossoul » (Grasset) et le "
             "livre « Bienvenue Place Beauvau » ; selon « Le Monde ».",
             VL_LANG_FR, 39,
             (const int[][3]){{13, 15, VL_NER_PER}, {19, 20, VL_NER_ORG}, {22, 23, VL_NER_ORG}, {29, 31, VL_NER_LOC},
                              {35, 37, VL_NER_ORG}},
             5, &out);
    assert_string_equal(out.s, "MISC:Les Noces de sable|MISC:Parasite|PER:Bong Joon-ho|MISC:Nuit sur Mossoul|ORG:Grasset|"
                               "LOC:Place Beauvau|ORG:Le Monde");
    /* a place that fills a cued title's guillemets is the title
     * (fourteenth round) */
    /* avec0 «1 Varnaque2 »3 ,4 un5 film6 ,7 à8 Cannes9 .10 */
    spans_of("avec \xC2\xAB Varnaque \xC2\xBB, un film, \xC3\xA0 Cannes.", VL_LANG_FR, 11,
             (const int[][3]){{2, 3, VL_NER_LOC}, {9, 10, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "MISC:Varnaque|LOC:Cannes");
    /* a lower-case nationality after an article is a cue, but not for a
     * person's full name, nor after a noun ("le président américain") */
    spans_of("L'américain Borvex et le néerlandais Klaveren ont battu l'espagnol Tomas Varela, dit le président "
             "américain Norvane.",
             VL_LANG_FR, 20,
             (const int[][3]){{2, 3, VL_NER_PER}, {6, 7, VL_NER_LOC}, {11, 13, VL_NER_PER}, {18, 19, VL_NER_PER}}, 4,
             &out);
    assert_string_equal(out.s, "ORG:Borvex|ORG:Klaveren|PER:Tomas Varela|PER:Norvane");
    /* a company's head before "de" ("le patron d'", not "le dirigeant
     * du"), a brand noun, a nationality after a cue noun in any gender
     * ("émirati"), and the names "et" joins to a cue's company */
    spans_of("Le patron d'Orvane, Lise Marchal, vend la marque Tesselle et Brumaire au fonds émirati Kavrel, dit le "
             "dirigeant du Varlande.",
             VL_LANG_FR, 25,
             (const int[][3]){{3, 4, VL_NER_LOC}, {5, 7, VL_NER_PER}, {13, 14, VL_NER_LOC}, {17, 18, VL_NER_PER},
                              {23, 24, VL_NER_LOC}},
             5, &out);
    assert_string_equal(out.s, "ORG:Orvane|PER:Lise Marchal|ORG:Tesselle|ORG:Brumaire|ORG:Kavrel|LOC:Varlande");
    /* after a weak cue (radio, magazine), a one-word "person" is the
     * body's, a full name stays a person's, and "et" joins no full name */
    spans_of("Le magazine Vogue et Jean Vidal ont interrogé l'homme de radio Jean Vidal.", VL_LANG_FR, 15,
             (const int[][3]){{2, 3, VL_NER_PER}, {4, 6, VL_NER_PER}, {12, 14, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:Vogue|PER:Jean Vidal|PER:Jean Vidal");
    /* an apposition between commas ("le concurrent américain, Boreal,"),
     * not a cue noun before a comma alone ("Dans le club, Ronaldo a");
     * a "person" with an ampersand is a firm's name */
    spans_of("Le concurrent américain, Boreal, livre les motoristes Valcor et Pratt & Whitley.", VL_LANG_FR, 15,
             (const int[][3]){{4, 5, VL_NER_PER}, {9, 10, VL_NER_ORG}, {11, 14, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:Boreal|ORG:Valcor|ORG:Pratt & Whitley");
    spans_of("Dans le club, Ronaldo a marqué.", VL_LANG_FR, 8, (const int[][3]){{4, 5, VL_NER_PER}}, 1, &out);
    assert_string_equal(out.s, "PER:Ronaldo");
    /* a name described after it as a company (", filiale", ", un parti"),
     * tagged or not; not ", un groupe de", nor a place after "En" */
    spans_of("Des salariés de Valdor, filiale de Norvel, et de Kepler, un groupe de chercheurs.", VL_LANG_FR, 18,
             (const int[][3]){{3, 4, VL_NER_LOC}, {7, 8, VL_NER_PER}, {11, 12, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:Valdor|ORG:Norvel|PER:Kepler");
    /* a work after a founder's "de" stays one ("le fondateur de [Snapface]") */
    spans_of("Le fondateur de Snapface parle.", VL_LANG_FR, 6, (const int[][3]){{3, 4, VL_NER_MISC}}, 1, &out);
    assert_string_equal(out.s, "MISC:Snapface");
    spans_of("En Chine, une entreprise a fermé.", VL_LANG_FR, 8, (const int[][3]){{1, 2, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "LOC:Chine");
    spans_of("Il quitte Demosto, un parti honni.", VL_LANG_FR, 8, NULL, 0, &out);
    assert_string_equal(out.s, "ORG:Demosto");
    /* a team after "équipe" and its adjective; right after "équipe" the
     * labels' person stays (a leader's team), and a full name too
     * (twelfth round) */
    /* l'0 équipe1 néerlandaise2 Varno-Kelt3 ,4 l'5 équipe6 Tarvel7 et8 l'9 équipe10 russe11 Ana12 Lima13 .14 */
    spans_of("l'\xC3\xA9quipe n\xC3\xA9" "erlandaise Varno-Kelt, l'\xC3\xA9quipe Tarvel et l'\xC3\xA9quipe russe Ana Lima.",
             VL_LANG_FR, 15, (const int[][3]){{3, 4, VL_NER_PER}, {7, 8, VL_NER_PER}, {12, 14, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "ORG:Varno-Kelt|PER:Tarvel|PER:Ana Lima");
    /* a trade's firm after its noun, a two-word "person" too */
    /* le0 papetier1 Morvan2 Kessel3 et4 le5 cimentier6 Tarvel7 .8 */
    spans_of("le papetier Morvan Kessel et le cimentier Tarvel.", VL_LANG_FR, 9,
             (const int[][3]){{2, 4, VL_NER_PER}, {7, 8, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "ORG:Morvan Kessel|ORG:Tarvel");
}

/* Lower-case bodies the golds mark whole: "armée de terre", "armée de
 * l'Air et de l'Espace", "service de santé des armées", "armée" and a
 * nationality; not after "une", nor "gouvernement" with a nationality. */
static void test_spans_lc_body(void **state) {
    (void)state;
    ner_spans out;
    spans_of("L'armée de terre, l'armée de l'Air et de l'Espace et le service de santé des armées aident l'armée "
             "chinoise, pas une armée de terre ni le gouvernement hongrois.",
             VL_LANG_FR, 0, NULL, 0, &out);
    assert_string_equal(out.s, "ORG:armée de terre|ORG:armée de l'Air et de l'Espace|ORG:service de santé des "
                               "armées|ORG:armée chinoise");
}

/* Two French names joined by "et" are two, capitalised throughout with
 * two words on a side; a body's qualifiers ("Fondation Culture et
 * Diversité", "parti Droit et Justice") and one word each side stay one.
 * English rules stay out of French ("le Defender SVX" is no "Rival
 * T-Mobile US"). */
static void test_spans_et(void **state) {
    (void)state;
    ner_spans out;
    /* Wizz Air et Ryanair , Les Échos et Radio Vauban , Fondation Culture et Diversité , parti Droit et Justice ,
     * Oddo et Cie ont signé . */
    spans_of("Wizz Air et Ryanair, Les Échos et Radio Vauban, Fondation Culture et Diversité, parti Droit et Justice, "
             "Oddo et Cie ont signé.",
             VL_LANG_FR, 27,
             (const int[][3]){{0, 4, VL_NER_ORG}, {5, 10, VL_NER_ORG}, {11, 15, VL_NER_ORG}, {16, 20, VL_NER_ORG},
                              {21, 24, VL_NER_ORG}},
             5, &out);
    assert_string_equal(out.s, "ORG:Wizz Air|ORG:Ryanair|ORG:Les Échos|ORG:Radio Vauban|ORG:Fondation Culture et "
                               "Diversité|ORG:parti Droit et Justice|ORG:Oddo et Cie");
    spans_of("Le Defender SVX et Bowler Motorsport.", VL_LANG_FR, 7,
             (const int[][3]){{1, 3, VL_NER_MISC}, {4, 6, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "MISC:Defender SVX|ORG:Bowler Motorsport");
    spans_of("Defender Tom Varley and Morgan Stanley and Goldman Sachs.", VL_LANG_EN, 0,
             (const int[][3]){{0, 3, VL_NER_PER}, {4, 9, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "PER:Tom Varley|ORG:Morgan Stanley|ORG:Goldman Sachs");
}

/* An English title-case headline is lower-cased where the body writes a
 * word in lower case (by its stem), not where the body also writes it
 * capitalised inside a sentence; the copy keeps every offset; a text
 * without such a headline is handed back as it is. */
static void test_truecase(void **state) {
    (void)state;
    vl_ner_truecaser *tc;
    assert_int_equal(vl_ner_truecaser_new(&tc), VL_OK);
    const char *t = "Varley Coalition Strikes Budget Deal as Reform Leaders Meet\n\n"
                    "BERLIN - The coalition said a deal on the budget strikes a balance. Reform leaders of "
                    "Reform Now met on Monday, and the reform of pensions waits.";
    const char *out = vl_ner_truecase(tc, t, strlen(t), NULL, NULL);
    assert_non_null(out);
    assert_ptr_not_equal(out, t);
    assert_int_equal(strlen(out), strlen(t));
    assert_memory_equal(out, "Varley coalition strikes budget deal as Reform leaders Meet", 59);
    assert_string_equal(out + 59, t + 59);
    /* a sentence that names a company is no headline */
    const char *s2 = "Magna was up on the New York Stock Exchange\nThe new index rose.";
    assert_ptr_equal(vl_ner_truecase(tc, s2, strlen(s2), NULL, NULL), s2);
    /* a brand's inner capital does not break the headline */
    const char *s3 = "Apple Unveils Thinner iPhone\nApple unveils a thinner phone.";
    out = vl_ner_truecase(tc, s3, strlen(s3), NULL, NULL);
    assert_memory_equal(out, "Apple unveils thinner iPhone", 28);
    /* a sentence wrapped after a company's name is no headline */
    const char *s4 = "The Commodity Credit Corporation Board\nhas accepted a bonus, the corporation's board said.";
    assert_ptr_equal(vl_ner_truecase(tc, s4, strlen(s4), NULL, NULL), s4);
    /* a possessive's "s" keeps a headline one (after a straight
     * apostrophe; a curly one never split the word); any other lower-case
     * word does not ("... as it Sells") */
    const char *s5 = "Varley Unit Jumps 22% After Brantia's Biggest Sale\n\nShares in Varley Unit jumped.";
    out = vl_ner_truecase(tc, s5, strlen(s5), NULL, NULL);
    assert_memory_equal(out, "Varley Unit jumps 22% After Brantia's Biggest Sale", 50);
    const char *s6 = "Varley Unit Jumps After Brantia\xE2\x80\x99s Sale\n\nShares in Varley Unit jumped.";
    out = vl_ner_truecase(tc, s6, strlen(s6), NULL, NULL);
    assert_memory_equal(out, "Varley Unit jumps", 17);
    const char *s7 = "Varley Unit Jumps as it Sells\n\nShares in Varley Unit jumped.";
    assert_ptr_equal(vl_ner_truecase(tc, s7, strlen(s7), NULL, NULL), s7);
    /* nor a first line wrapped after a company's name, with no blank line */
    const char *s8 = "Varley Corp's Varley Unit Hotel\nGroup said hotels jumped.";
    assert_ptr_equal(vl_ner_truecase(tc, s8, strlen(s8), NULL, NULL), s8);
    vl_ner_truecaser_free(tc);
}

/* The fallback for a headline's words the body never writes: lower-cased
 * when the clusters hold the word (keyed lower-case) and the gazetteer no
 * name of it; not a given name of the gazetteer ("Hector"), a word of a
 * nation's or party's people ("Republicans"), a word the body writes
 * capitalised (even opening a sentence), an abbreviation before a full
 * stop ("Mich."), nor the words before a colon (a column's author). */
static void test_truecase_lexicon(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    const char *cl = "0101\tslams\t10\n0110\tinto\t9\n0111\thector\t5\n0100\trepublicans\t5\n"
                     "0001\tmich\t3\n0011\tsells\t3\n0010\tvarley\t2\n0011\tsees\t2\n"
                     "0011\tsweep\t2\n0100\tawards\t2\n0111\trobert\t2\n";
    char *clpath = th_write_file(dir, "en.clusters", cl, strlen(cl));
    char *gdir = th_path(dir, "gaz");
    assert_int_equal(mkdir(gdir, 0700), 0);
    free(th_write_file(gdir, "firstname.txt", "Hector\nRobert\n", 14));
    vl_ner_clusters c;
    vl_ner_gaz g;
    vl_error err;
    assert_int_equal(vl_ner_clusters_load(clpath, VL_LANG_EN, &c, &err), VL_OK);
    assert_int_equal(vl_ner_gaz_load(gdir, VL_LANG_EN, &g, &err), VL_OK);
    vl_ner_truecaser *tc;
    assert_int_equal(vl_ner_truecaser_new(&tc), VL_OK);
    const char *t = "Hurricane Hector Slams Into Louisiana as Republicans Meet\n\n"
                    "NEW ORLEANS - The storm reached the coast, and mayors meet.";
    const char *out = vl_ner_truecase(tc, t, strlen(t), &c, &g);
    assert_memory_equal(out, "Hurricane Hector slams into Louisiana as Republicans meet", 57);
    /* without the lexicons only the body's evidence counts */
    out = vl_ner_truecase(tc, t, strlen(t), NULL, NULL);
    assert_memory_equal(out, "Hurricane Hector Slams Into Louisiana as Republicans meet", 57);
    /* the fallback wants a blank line after the headline */
    const char *t4 = "Hurricane Hector Slams Into Louisiana\nThe storm reached the coast.";
    out = vl_ner_truecase(tc, t4, strlen(t4), &c, &g);
    assert_memory_equal(out, "Hurricane Hector Slams Into Louisiana", 37);
    const char *t2 = "Varley: Bay Authority Sells Bonds, Mich.\n\nSells said the bonds were sold on Monday.";
    out = vl_ner_truecase(tc, t2, strlen(t2), &c, &g);
    assert_memory_equal(out, "Varley: Bay Authority Sells bonds, Mich.", 40);
    const char *t3 = "Lagarde Sees No Rush\n\nThe governor spoke on Monday.";
    out = vl_ner_truecase(tc, t3, strlen(t3), &c, &g);
    assert_memory_equal(out, "Lagarde sees No Rush", 20);
    /* a name's particles leave a headline one; a verb's -s form the
     * clusters lack is lower-cased when its stem is frequent and no
     * given name ("Roberts" stays, and "Wins": "win" is not frequent) */
    const char *t5 = "Kerr and von der Brink Sweeps Awards as Roberts Wins\n\nThe jury met on Monday.";
    out = vl_ner_truecase(tc, t5, strlen(t5), &c, &g);
    assert_memory_equal(out, "Kerr and von der Brink sweeps awards as Roberts Wins", 52);
    vl_ner_truecaser_free(tc);
    vl_ner_gaz_free(&g);
    vl_ner_clusters_free(&c);
    free(gdir);
    free(clpath);
    th_tmpdir_cleanup(dir);
}

/* "association" and the capitalised words after it are one ORG, over a
 * cut or mistyped span; not "une association". */
static void test_spans_associations(void **state) {
    (void)state;
    ner_spans out;
    /* L'0 association1 Brest2 Respire3 et4 l'5 association6 Réseau7 Ferré8 Breton9 ,10 une11 association12
     * Zorvan13 .14 */
    spans_of("L'association Brest Respire et l'association Réseau Ferré Breton, une association Zorvan.", VL_LANG_FR,
             15, (const int[][3]){{1, 3, VL_NER_ORG}, {8, 10, VL_NER_PER}, {13, 14, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "ORG:association Brest Respire|ORG:association Réseau Ferré Breton|LOC:Zorvan");
    /* the leagues named by a number are MISC; a longer span stays */
    /* En0 Ligue1 1 2 et3 en4 Top5 14 6 ,7 la8 Ligue9 1 10 Féminine11 .12 */
    spans_of("En Ligue 1 et en Top 14, la Ligue 1 Féminine.", VL_LANG_FR, 13,
             (const int[][3]){{5, 6, VL_NER_ORG}, {9, 12, VL_NER_MISC}}, 2, &out);
    assert_string_equal(out.s, "MISC:Ligue 1|MISC:Top 14|MISC:Ligue 1 Féminine");
}

/* A ministry is one ORG with its head, whether the tagger marked its
 * portfolio alone or nothing; a person after "ministère de" is none. */
static void test_spans_ministries(void **state) {
    (void)state;
    ner_spans out;
    /* Le0 ministère1 de2 l'3 Économie4 et5 le6 ministère7 de8 la9 Santé10 ,11 pas12 le13 ministère14 de15
     * Paul16 Durand17 .18 */
    spans_of("Le ministère de l'Économie et le ministère de la Santé, pas le ministère de Paul Durand.", VL_LANG_FR,
             19, (const int[][3]){{4, 5, VL_NER_ORG}, {16, 18, VL_NER_PER}}, 2, &out);
    assert_string_equal(out.s, "ORG:ministère de l'Économie|ORG:ministère de la Santé|PER:Paul Durand");
}

/* "procureur de la République de [Brest]": the town alone; the
 * Republic's name elsewhere stays the labels'. */
static void test_spans_prosecutor_court(void **state) {
    (void)state;
    ner_spans out;
    /* le0 procureur1 de2 la3 République4 de5 Brest6 et7 la8 République9 de10 Corée11 .12 */
    spans_of("le procureur de la R\xC3\xA9publique de Brest et la R\xC3\xA9publique de Cor\xC3\xA9" "e.", VL_LANG_FR, 13,
             (const int[][3]){{4, 7, VL_NER_LOC}, {9, 12, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "LOC:Brest|LOC:R\xC3\xA9publique de Cor\xC3\xA9" "e");
}

/* An Olympic code in parentheses after a person is his country, LOC;
 * not after another name, nor three capitals that are no code. */
static void test_spans_olympic_codes(void **state) {
    (void)state;
    ner_spans out;
    /* Delor0 (1 BEL2 )3 et4 Masso5 (6 ESP7 ,8 2e9 )10 et11 Varel12 (13 ABC14 )15 et16 l'17 Autorité18 (19 FRA20 )21 .22 */
    spans_of("Delor (BEL) et Masso (ESP, 2e) et Varel (ABC) et l'Autorit\xC3\xA9 (FRA).", VL_LANG_FR, 23,
             (const int[][3]){{0, 1, VL_NER_PER}, {5, 6, VL_NER_PER}, {7, 8, VL_NER_ORG}, {12, 13, VL_NER_PER},
                              {17, 19, VL_NER_ORG}, {20, 21, VL_NER_ORG}},
             6, &out);
    assert_string_equal(out.s, "PER:Delor|LOC:BEL|PER:Masso|LOC:ESP|PER:Varel|ORG:Autorit\xC3\xA9|ORG:FRA");
}

/* A one-word demonym is no name, whatever the tagger typed it; a
 * country of the same letters ("Argentine") and a club's span before
 * "de" stay.  Before a name it leaves the name's span, a person's after a
 * woman's demonym; a firm's after "l'Américain" keeps its type. */
static void test_spans_demonyms(void **state) {
    (void)state;
    ner_spans out;
    /* La0 Britannique1 bat2 les3 Gallois4 et5 l'6 Argentine7 ,8 puis9 les10 Canadiens11 de12 Montréal13 .14 */
    spans_of("La Britannique bat les Gallois et l'Argentine, puis les Canadiens de Montr\xC3\xA9" "al.", VL_LANG_FR, 15,
             (const int[][3]){{1, 2, VL_NER_LOC}, {4, 5, VL_NER_ORG}, {7, 8, VL_NER_LOC}, {11, 14, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "LOC:Argentine|ORG:Canadiens de Montr\xC3\xA9" "al");
    /* face0 aux1 Écossaises2 et3 à4 Hongrois5 Ltd6 ,7 hier8 */
    spans_of("face aux \xC3\x89" "cossaises et \xC3\xA0 Hongrois Ltd, hier", VL_LANG_FR, 9,
             (const int[][3]){{2, 3, VL_NER_ORG}, {5, 7, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:Hongrois Ltd");
    /* l'0 Italienne1 Fiamingo2 bat3 le4 Kazakh5 Farkhad6 Kharki7 ;8 l'9 Américain10 Monsanto11 et12 la13 Roumaine14 Popa15 */
    spans_of("l'Italienne Fiamingo bat le Kazakh Farkhad Kharki ; l'Am\xC3\xA9ricain Monsanto et la Roumaine Popa", VL_LANG_FR,
             16,
             (const int[][3]){{1, 3, VL_NER_ORG}, {5, 8, VL_NER_PER}, {11, 12, VL_NER_ORG}, {15, 16, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "PER:Fiamingo|PER:Farkhad Kharki|ORG:Monsanto|PER:Popa");
}

/* The two ends of a distance are places, whatever the tagger typed
 * them or left out; an article's side is the tagger's. */
static void test_spans_distance_pairs(void **state) {
    (void)state;
    ner_spans out;
    /* Une0 étape1 de2 178 3 kilomètres4 entre5 Montbrun6 et7 Chalet8 Reynard9 ,10 puis11 12 12 km13 entre14 Vals15 et16 la17 France18 .19 */
    spans_of("Une \xC3\xA9tape de 178 kilom\xC3\xA8tres entre Montbrun et Chalet Reynard, puis 12 km entre Vals et la France.",
             VL_LANG_FR, 20, (const int[][3]){{8, 10, VL_NER_PER}, {18, 19, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "LOC:Montbrun|LOC:Chalet Reynard|LOC:France");
}

/* The palace by its name alone is a place, typed ORG or not; another
 * body named beside it keeps its type. */
static void test_spans_elysee(void **state) {
    (void)state;
    ner_spans out;
    /* L'0 Élysée1 et2 Matignon3 ont4 parlé5 ,6 puis7 l'8 Elysée9 .10 */
    spans_of("L'\xC3\x89lys\xC3\xA9" "e et Matignon ont parl\xC3\xA9, puis l'Elys\xC3\xA9" "e.", VL_LANG_FR, 11,
             (const int[][3]){{1, 2, VL_NER_ORG}, {3, 4, VL_NER_ORG}, {9, 10, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "LOC:\xC3\x89lys\xC3\xA9" "e|ORG:Matignon|LOC:Elys\xC3\xA9" "e");
}

/* A lake's or a forest's head leaves the span for its name; an island's
 * stays (winer-fr writes it both ways). */
static void test_spans_nature_heads(void **state) {
    (void)state;
    ner_spans out;
    /* Le0 lac1 du2 Bourget3 ,4 la5 forêt6 de7 Corsuet8 et9 l'10 île11 de12 Ré13 .14 */
    spans_of("Le lac du Bourget, la for\xC3\xAA" "t de Corsuet et l'\xC3\xAE" "le de R\xC3\xA9.", VL_LANG_FR, 15,
             (const int[][3]){{1, 4, VL_NER_LOC}, {6, 9, VL_NER_LOC}, {11, 14, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "LOC:Bourget|LOC:Corsuet|LOC:\xC3\xAE" "le de R\xC3\xA9");
}

/* After a district's noun a one-word person or a body is a place; a
 * full name after "circonscription" stays a person's. */
static void test_spans_district_nouns(void **state) {
    (void)state;
    ner_spans out;
    /* la0 zone1 de2 Goz3 Beida4 ,5 la6 circonscription7 de8 Mugron9 et10 celle11 de12 François13 Ruffin14 .15 */
    spans_of("la zone de Goz Beida, la circonscription de Mugron et celle de Fran\xC3\xA7ois Ruffin.", VL_LANG_FR, 16,
             (const int[][3]){{3, 5, VL_NER_PER}, {9, 10, VL_NER_PER}, {13, 15, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "LOC:Goz Beida|LOC:Mugron|PER:Fran\xC3\xA7ois Ruffin");
    /* la0 circonscription1 de2 François3 Ruffin4 */
    spans_of("la circonscription de Fran\xC3\xA7ois Ruffin", VL_LANG_FR, 5, (const int[][3]){{3, 5, VL_NER_PER}}, 1, &out);
    assert_string_equal(out.s, "PER:Fran\xC3\xA7ois Ruffin");
}

/* winer-fr's parties whole: the Italian movement with its number, the
 * new anticapitalist party with "Nouveau", "En marche !" with its "!". */
static void test_spans_parties_whole(void **state) {
    (void)state;
    ner_spans out;
    /* le0 Mouvement1 5 2 étoiles3 ,4 le5 Nouveau6 Parti7 anticapitaliste8 et9 En10 marche11 !12 */
    spans_of("le Mouvement 5 \xC3\xA9toiles, le Nouveau Parti anticapitaliste et En marche !", VL_LANG_FR, 13,
             (const int[][3]){{1, 3, VL_NER_ORG}, {7, 9, VL_NER_ORG}, {10, 12, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s,
                        "ORG:Mouvement 5 \xC3\xA9toiles|ORG:Nouveau Parti anticapitaliste|ORG:En marche !");
}

/* A prize after a person of two words or a hyphenated name is the
 * person's; "prix Goncourt" and "prix Nobel" stay MISC whole. */
static void test_spans_prize_people(void **state) {
    (void)state;
    ner_spans out;
    /* le0 Prix1 Alison2 Des3 Forges4 ,5 le6 prix7 Jean-Perrin8 ,9 le10 prix11 Goncourt12 et13 le14 prix15 Nobel16 Carlo17 Rubbia18 */
    spans_of("le Prix Alison Des Forges, le prix Jean-Perrin, le prix Goncourt et le prix Nobel Carlo Rubbia", VL_LANG_FR,
             19,
             (const int[][3]){{1, 5, VL_NER_MISC}, {7, 9, VL_NER_MISC}, {11, 13, VL_NER_MISC}, {15, 19, VL_NER_MISC}}, 4,
             &out);
    assert_string_equal(out.s, "PER:Alison Des Forges|PER:Jean-Perrin|MISC:prix Goncourt|MISC:prix Nobel Carlo Rubbia");
}

/* A people's name alone is no name, as a nation's people are. */
static void test_spans_peoples(void **state) {
    (void)state;
    ner_spans out;
    /* cocher0 :1 Hutu2 ,3 Tutsi4 ou5 Kurdes6 à7 Kigali8 .9 */
    spans_of("cocher : Hutu, Tutsi ou Kurdes \xC3\xA0 Kigali.", VL_LANG_FR, 10,
             (const int[][3]){{2, 3, VL_NER_PER}, {4, 5, VL_NER_LOC}, {6, 7, VL_NER_ORG}, {8, 9, VL_NER_LOC}}, 4, &out);
    assert_string_equal(out.s, "LOC:Kigali");
}

/* "Monde" after "du" or "au" is the newspaper, but after a contest's
 * word or before an adjective. */
static void test_spans_monde(void **state) {
    (void)state;
    ner_spans out;
    /* journaliste0 au1 Monde2 ,3 champion4 du5 Monde6 ,7 révélations8 du9 «10 Monde11 »12 */
    spans_of("journaliste au Monde, champion du Monde, r\xC3\xA9v\xC3\xA9lations du \xC2\xAB Monde \xC2\xBB", VL_LANG_FR,
             13, (const int[][3]){{6, 7, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "ORG:Monde|LOC:Monde|ORG:Monde");
}

/* A French name never ends on a clause's pronoun or negation. */
static void test_spans_clause_closers(void **state) {
    (void)state;
    ner_spans out;
    /* les0 Nations1 unies2 il3 dit4 ,5 le6 Front7 national8 ne9 serait10 */
    spans_of("les Nations unies il dit, le Front national ne serait", VL_LANG_FR, 11,
             (const int[][3]){{1, 4, VL_NER_ORG}, {7, 10, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:Nations unies|ORG:Front national");
    /* "et de" and a count ends a body's name; "et des" and a noun stays
     * inside it (twelfth round) */
    /* la0 Cour1 de2 cassation3 et4 de5 douze6 élus7 ,8 l'9 Institut10 de11 la12 statistique13 et14 des15 études16 */
    spans_of("la Cour de cassation et de douze \xC3\xA9lus, l'Institut de la statistique et des \xC3\xA9tudes",
             VL_LANG_FR, 17, (const int[][3]){{1, 8, VL_NER_ORG}, {10, 17, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:Cour de cassation|ORG:Institut de la statistique et des \xC3\xA9tudes");
}

/* A social network used as such is a MISC; after a company's cue it
 * stays the labels' ORG. */
static void test_spans_platforms(void **state) {
    (void)state;
    ner_spans out;
    /* publié0 sur1 Instagram2 et3 le4 groupe5 Facebook6 */
    spans_of("publi\xC3\xA9 sur Instagram et le groupe Facebook", VL_LANG_FR, 7,
             (const int[][3]){{2, 3, VL_NER_ORG}, {6, 7, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "MISC:Instagram|ORG:Facebook");
}

/* One-word events typed ORG are MISC. */
static void test_spans_event_words(void **state) {
    (void)state;
    ner_spans out;
    /* le0 Brexit1 et2 la3 Shoah4 à5 Londres6 */
    spans_of("le Brexit et la Shoah \xC3\xA0 Londres", VL_LANG_FR, 7,
             (const int[][3]){{1, 2, VL_NER_ORG}, {4, 5, VL_NER_ORG}, {6, 7, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "MISC:Brexit|MISC:Shoah|LOC:Londres");
}

/* A name the labels run over a colon is two names. */
static void test_spans_colon(void **state) {
    (void)state;
    ner_spans out;
    /* chez0 2F1 Conseil2 :3 Axa4 a5 payé6 */
    spans_of("chez 2F Conseil : Axa a pay\xC3\xA9", VL_LANG_FR, 7, (const int[][3]){{1, 5, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:2F Conseil|ORG:Axa");
}

/* An athlete's full name typed ORG after the athlete's noun is a
 * person's; one word, or after "pilote", stays the labels'. */
static void test_spans_athletes(void **state) {
    (void)state;
    ner_spans out;
    /* la0 championne1 britannique2 Lina3 Morvel4 bat5 le6 pilote7 Red8 Bull9 et10 le11 champion12 Varlo13 .14 */
    spans_of("la championne britannique Lina Morvel bat le pilote Red Bull et le champion Varlo.", VL_LANG_FR, 15,
             (const int[][3]){{3, 5, VL_NER_ORG}, {8, 10, VL_NER_ORG}, {13, 14, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "PER:Lina Morvel|ORG:Red Bull|ORG:Varlo");
}

/* Corsica's department numbers in parentheses are no names; outside
 * them the labels stand. */
/* A currency's letters after "francs" are no body; the same letters
 * elsewhere keep the labels' type; a code of law is a work (fourteenth
 * round). */
static void test_spans_currency_codes(void **state) {
    (void)state;
    ner_spans out;
    /* à0 825 francs2 CFA3 le4 kilo5 ,6 dit7 la8 CFA9 .10 */
    spans_of("\xC3\xA0 825 francs CFA le kilo, dit la CFA.", VL_LANG_FR, 11,
             (const int[][3]){{3, 4, VL_NER_ORG}, {9, 10, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:CFA");
    /* a code of law typed ORG is a MISC; a body named "Code" and a
     * capital stays (fourteenth round) */
    /* la0 révision1 du2 Code3 civil4 et5 du6 Code7 du8 travail9 ,10 dit11 Code12 Varlo13 .14 */
    spans_of("la r\xC3\xA9vision du Code civil et du Code du travail, dit Code Varlo.", VL_LANG_FR, 15,
             (const int[][3]){{3, 5, VL_NER_ORG}, {7, 10, VL_NER_ORG}, {12, 14, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "MISC:Code civil|MISC:Code du travail|ORG:Code Varlo");
}

/* An operation's name, after "opération" or opening on "Opération", is
 * a MISC; a person's full name after it, or a body's name "Opération
 * des ...", stays (fourteenth round). */
static void test_spans_operations(void **state) {
    (void)state;
    ner_spans out;
    /* l'0 opération1 Varnak2 et3 l'4 Opération5 Sentarel6 ,7 dit8 l'9 opération10 Paul11 Varin12 .13 */
    spans_of("l'op\xC3\xA9ration Varnak et l'Op\xC3\xA9ration Sentarel, dit l'op\xC3\xA9ration Paul Varin.",
             VL_LANG_FR, 14, (const int[][3]){{2, 3, VL_NER_ORG}, {5, 7, VL_NER_ORG}, {11, 13, VL_NER_PER}}, 3, &out);
    assert_string_equal(out.s, "MISC:Varnak|MISC:Op\xC3\xA9ration Sentarel|PER:Paul Varin");
    /* a body named "Opération de(s) ..." stays one */
    /* l'0 Opération1 des2 Nations3 unies4 au5 Varlo6 */
    spans_of("l'Op\xC3\xA9ration des Nations unies au Varlo", VL_LANG_FR, 7, (const int[][3]){{1, 7, VL_NER_ORG}}, 1,
             &out);
    assert_string_equal(out.s, "ORG:Op\xC3\xA9ration des Nations unies au Varlo");
}

static void test_spans_dept_codes(void **state) {
    (void)state;
    ner_spans out;
    /* maire0 de1 Sisco2 (3 2B4 )5 et6 le7 2B8 passe9 .10 */
    spans_of("maire de Sisco (2B) et le 2B passe.", VL_LANG_FR, 11,
             (const int[][3]){{2, 3, VL_NER_LOC}, {4, 5, VL_NER_ORG}, {8, 9, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "LOC:Sisco|ORG:2B");
}

/* "l'Union" alone before a stop or a clause's word is an ORG; without
 * the elided article it is left to the labels. */
static void test_spans_union_alone(void **state) {
    (void)state;
    ner_spans out;
    /* quitter0 l'1 Union2 ,3 l'4 Union5 choisit6 et7 notre8 Union9 .10 */
    spans_of("quitter l'Union, l'Union choisit et notre Union .", VL_LANG_FR, 11, NULL, 0, &out);
    assert_string_equal(out.s, "ORG:Union|ORG:Union");
}

/* A publisher in brackets after a quoted title is an ORG; a place in
 * brackets after another word stays one (twelfth round). */
static void test_spans_publishers(void **state) {
    (void)state;
    ner_spans out;
    /* pour0 «1 Les2 Vents3 »4 (5 Varno-Kell6 )7 ,8 né9 à10 Brest11 (12 Finistère13 )14 .15 */
    spans_of("pour \xC2\xAB Les Vents \xC2\xBB (Varno-Kell), n\xC3\xA9 \xC3\xA0 Brest (Finist\xC3\xA8re).",
             VL_LANG_FR, 16, (const int[][3]){{6, 7, VL_NER_LOC}, {11, 12, VL_NER_LOC}, {13, 14, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "MISC:Les Vents|ORG:Varno-Kell|LOC:Brest|LOC:Finist\xC3\xA8re");
}

/* A country and the adjective of its part are one place; the adjective
 * after a body stays out (twelfth round). */
static void test_spans_region_adjs(void **state) {
    (void)state;
    ner_spans out;
    /* en0 Suisse1 romande2 ,3 le4 Pacifique5 occidental6 et7 Varno8 centrale9 .10 */
    spans_of("en Suisse romande, le Pacifique occidental et Varno centrale.", VL_LANG_FR, 11,
             (const int[][3]){{1, 2, VL_NER_LOC}, {5, 6, VL_NER_LOC}, {8, 9, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "LOC:Suisse romande|LOC:Pacifique occidental|ORG:Varno");
}

/* A place's head before an article holds its name; before a bare "de"
 * the town stays alone, and "fort" after a noun is an adjective. */
static void test_spans_art_heads(void **state) {
    (void)state;
    ner_spans out;
    /* à0 la1 prison2 de3 la4 Santé5 ,6 à7 la8 salle9 du10 Canal11 et12 au13 port14 de15 Douvres16 .17 */
    spans_of("\xC3\xA0 la prison de la Sant\xC3\xA9, \xC3\xA0 la salle du Canal et au port de Douvres.", VL_LANG_FR, 18,
             (const int[][3]){{5, 6, VL_NER_ORG}, {11, 12, VL_NER_ORG}, {16, 17, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "LOC:prison de la Sant\xC3\xA9|LOC:salle du Canal|LOC:Douvres");
    /* l'0 homme1 fort2 de3 l'4 Est5 parle6 .7 */
    spans_of("l'homme fort de l'Est parle.", VL_LANG_FR, 8, (const int[][3]){{5, 6, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "LOC:Est");    /* a road to a town is the town's, a named road whole, a gallery
     * whole (twelfth round) */
    /* sur0 la1 route2 de3 Taroudant4 ,5 la6 route7 du8 Littoral9 et10 la11 galerie12 des13 Glaces14 .15 */
    spans_of("sur la route de Taroudant, la route du Littoral et la galerie des Glaces.", VL_LANG_FR, 16,
             (const int[][3]){{4, 5, VL_NER_LOC}, {9, 10, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "LOC:Taroudant|LOC:route du Littoral|LOC:galerie des Glaces");
    /* a park before an article holds its name, left out by the labels
     * (fourteenth round) */
    /* réunis0 au1 parc2 des3 Vorlanes4 à5 Genève6 .7 */
    spans_of("r\xC3\xA9unis au parc des Vorlanes \xC3\xA0 Gen\xC3\xA8ve.", VL_LANG_FR, 8,
             (const int[][3]){{6, 7, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "LOC:parc des Vorlanes|LOC:Gen\xC3\xA8ve");
}

/* A minister's portfolio after a nationality, run over commas and
 * adjectives joined by "et"; two ministers' portfolios stay two. */
static void test_spans_portfolios(void **state) {
    (void)state;
    ner_spans out;
    /* Le0 ministre1 ivoirien2 des3 Mines4 ,5 du6 Pétrole7 et8 de9 l'10 Énergie11 parle12 .13 */
    spans_of("Le ministre ivoirien des Mines, du P\xC3\xA9trole et de l'\xC3\x89nergie parle.", VL_LANG_FR, 14,
             (const int[][3]){{4, 5, VL_NER_LOC}}, 1, &out);
    assert_string_equal(out.s, "ORG:Mines, du P\xC3\xA9trole et de l'\xC3\x89nergie");
    /* Le0 ministre1 des2 Infrastructures3 et4 des5 Transports6 terrestres7 et8 aériens9 parle10 .11 */
    spans_of("Le ministre des Infrastructures et des Transports terrestres et a\xC3\xA9riens parle.", VL_LANG_FR, 12,
             (const int[][3]){{3, 7, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:Infrastructures et des Transports terrestres et a\xC3\xA9riens");
    /* Les0 ministres1 de2 la3 Transition4 écologique5 et6 solidaire7 et8 de9 l'10 Agriculture11 signent12 .13 */
    spans_of("Les ministres de la Transition \xC3\xA9" "cologique et solidaire et de l'Agriculture signent.", VL_LANG_FR,
             14, (const int[][3]){{4, 6, VL_NER_ORG}, {11, 12, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:Transition \xC3\xA9" "cologique et solidaire|ORG:Agriculture");
}

/* An event's name typed ORG is a MISC; a LOC on the same head and a
 * one-word ORG stay. */
static void test_spans_event_heads(void **state) {
    (void)state;
    ner_spans out;
    /* Les0 Rencontres1 d'2 Arles3 ,4 la5 Tour6 Eiffel7 et8 Salon9 .10 */
    spans_of("Les Rencontres d'Arles, la Tour Eiffel et Salon.", VL_LANG_FR, 11,
             (const int[][3]){{1, 4, VL_NER_ORG}, {6, 8, VL_NER_LOC}, {9, 10, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "MISC:Rencontres d'Arles|LOC:Tour Eiffel|ORG:Salon");
}

/* A bullet's place in capitals is a LOC; not a rubric before a colon,
 * nor a person the labels give. */
static void test_spans_bullets(void **state) {
    (void)state;
    ner_spans out;
    /* ■0 CÔTE1 D'2 IVOIRE3 —4 Le5 vote6 .7 */
    spans_of("\xE2\x96\xA0 C\xC3\x94TE D'IVOIRE \xE2\x80\x94 Le vote.", VL_LANG_FR, 8,
             (const int[][3]){{3, 4, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "LOC:C\xC3\x94TE D'IVOIRE");
    /* ■0 TOGO1 .2 (the sentence ends there) */
    spans_of("\xE2\x96\xA0 TOGO. Lom\xC3\xA9 vote.", VL_LANG_FR, 3, (const int[][3]){{1, 2, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "LOC:TOGO");
    /* ■0 BUDGET1 :2 le3 vote4 .5 */
    spans_of("\xE2\x96\xA0 BUDGET : le vote.", VL_LANG_FR, 6, (const int[][3]){{1, 2, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:BUDGET");
}

/* A maker's name alone is the company; an aircraft after a number or
 * "un" stays MISC, and English keeps the labels. */
static void test_spans_aircraft_makers(void **state) {
    (void)state;
    ner_spans out;
    /* Airbus0 a1 annoncé2 l'3 achat4 de5 114 6 Airbus7 et8 d'9 un10 Boeing11 .12 */
    spans_of("Airbus a annoncé l'achat de 114 Airbus et d'un Boeing.", VL_LANG_FR, 13,
             (const int[][3]){{0, 1, VL_NER_MISC}, {7, 8, VL_NER_MISC}, {11, 12, VL_NER_MISC}}, 3, &out);
    assert_string_equal(out.s, "ORG:Airbus|MISC:Airbus|MISC:Boeing");
    spans_of("Airbus said so.", VL_LANG_EN, 4, (const int[][3]){{0, 1, VL_NER_MISC}}, 1, &out);
    assert_string_equal(out.s, "MISC:Airbus");
}

/* A court's, university's or hospital's lower-case head and its place
 * make one ORG ("cour d'appel de Douai"); not a description ("un hôpital
 * de Lyon"), nor a head without its words ("la cour d'honneur"). */
static void test_spans_body(void **state) {
    (void)state;
    ner_spans out;
    spans_of("La cour d'appel de Douai et le tribunal de commerce d'Angers ont renvoyé l'affaire à un hôpital de Lyon, "
             "dans la cour d'honneur du palais Rameau.",
             VL_LANG_FR, 32,
             (const int[][3]){{5, 6, VL_NER_LOC}, {12, 13, VL_NER_LOC}, {21, 22, VL_NER_LOC}, {30, 31, VL_NER_LOC}}, 4,
             &out);
    assert_string_equal(out.s, "ORG:cour d'appel de Douai|ORG:tribunal de commerce d'Angers|LOC:Lyon|LOC:cour "
                               "d'honneur du palais Rameau");
    /* a court or a meeting in lower-case words with no place is no
     * name, with its place it stays one (fourteenth round) */
    /* devant0 le1 tribunal2 de3 commerce4 ,5 le6 tribunal7 de8 commerce9 de10 Varlo11 et12 l'13 assemblée14
     * générale15 .16 */
    spans_of("devant le tribunal de commerce, le tribunal de commerce de Varlo et l'assembl\xC3\xA9" "e g\xC3\xA9n\xC3\xA9rale.",
             VL_LANG_FR, 17, (const int[][3]){{2, 5, VL_NER_ORG}, {7, 12, VL_NER_ORG}, {14, 16, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "ORG:tribunal de commerce de Varlo");
    /* "police judiciaire", "police municipale" and their town are one
     * body; bare "police de" keeps the town alone (winer-fr: "la police
     * de [Chicago]") */
    spans_of("La police judiciaire de Nantes, la police municipale d'Angers et la police de Brest enquêtent.",
             VL_LANG_FR, 0, (const int[][3]){{4, 5, VL_NER_LOC}, {10, 11, VL_NER_LOC}, {15, 16, VL_NER_LOC}}, 3,
             &out);
    assert_string_equal(out.s, "ORG:police judiciaire de Nantes|ORG:police municipale d'Angers|LOC:Brest");
    /* heads whose own second word is no tail word ("hospitalier") */
    spans_of("Le centre hospitalier universitaire de Nîmes, le service départemental d'incendie et de secours du Gard "
             "et le groupe hospitalier Cévennes-Sud recrutent.",
             VL_LANG_FR, 24, (const int[][3]){{5, 6, VL_NER_LOC}, {16, 17, VL_NER_LOC}, {21, 22, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "ORG:centre hospitalier universitaire de Nîmes|ORG:service départemental d'incendie et "
                               "de secours du Gard|ORG:groupe hospitalier Cévennes-Sud");
    /* a crafts' chamber's full name and a regional directorate with
     * their place; a bare "direction de" keeps the place alone */
    /* La0 chambre1 de2 métiers3 et4 de5 l'6 artisanat7 du8 Lot9 et10 la11 direction12 régionale13 des14
     * affaires15 culturelles16 de17 Bretagne18 ont19 signé20 ;21 la22 direction23 de24 Brest25 refuse26 .27 */
    spans_of("La chambre de métiers et de l'artisanat du Lot et la direction régionale des affaires culturelles de "
             "Bretagne ont signé ; la direction de Brest refuse.",
             VL_LANG_FR, 28, (const int[][3]){{9, 10, VL_NER_LOC}, {18, 19, VL_NER_LOC}, {25, 26, VL_NER_LOC}}, 3, &out);
    assert_string_equal(out.s, "ORG:chambre de métiers et de l'artisanat du Lot|ORG:direction régionale des affaires "
                               "culturelles de Bretagne|LOC:Brest");
}

/* French: an acronym of a hospital with its place and a committee with
 * its portfolio and house are one ORG; a lower-case head of a place and
 * its name one LOC, whatever the labels typed it, over a nested head
 * ("cour d'honneur du palais des Papes"); "place" as a verb before a
 * person's full name is no square. */
static void test_spans_fr_heads(void **state) {
    (void)state;
    ner_spans out;
    spans_of("La commission des Finances du Sénat a visité le CHU de Nîmes, la place Garibaldi et la cour d'honneur "
             "du palais des Papes ; le sondage place Léa Salamé en tête.",
             VL_LANG_FR, 34,
             (const int[][3]){{5, 6, VL_NER_ORG}, {9, 10, VL_NER_ORG}, {11, 12, VL_NER_LOC}, {14, 16, VL_NER_ORG},
                              {29, 31, VL_NER_PER}},
             5, &out);
    assert_string_equal(out.s, "ORG:commission des Finances du Sénat|ORG:CHU de Nîmes|LOC:place Garibaldi|LOC:cour "
                               "d'honneur du palais des Papes|PER:Léa Salamé");
    /* a valley, the strip of Gaza and Wales hold their head; not "cette
     * vallée", nor a strip with no "de" */
    spans_of("La vallée de la Varlonne, la bande de Gaza, le pays de Galles, cette vallée du Kelt et la bande Zorn.",
             VL_LANG_FR, 25,
             (const int[][3]){{4, 5, VL_NER_LOC}, {9, 10, VL_NER_LOC}, {14, 15, VL_NER_LOC}, {19, 20, VL_NER_LOC},
                              {23, 24, VL_NER_LOC}},
             5, &out);
    assert_string_equal(out.s, "LOC:vallée de la Varlonne|LOC:bande de Gaza|LOC:pays de Galles|LOC:Kelt|LOC:Zorn");
    /* an acronym and a capitalised word left out are one ORG, not a
     * surname after a role; a site's firm and its town are two */
    /* SNCF Réseau et l' eurodéputé LFI Omarjee visitent l' usine Alstom de Reichshoffen . */
    spans_of("SNCF Réseau et l'eurodéputé LFI Omarjee visitent l'usine Alstom de Reichshoffen.", VL_LANG_FR, 14,
             (const int[][3]){{0, 1, VL_NER_ORG}, {5, 6, VL_NER_ORG}, {10, 13, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "ORG:SNCF Réseau|ORG:LFI|ORG:Alstom|LOC:Reichshoffen");
    /* a country's long name holds "État"; a federated state's does not */
    /* l' État de Palestine et l' État du Kerala . */
    spans_of("l'État de Palestine et l'État du Kerala.", VL_LANG_FR, 10,
             (const int[][3]){{3, 4, VL_NER_LOC}, {8, 9, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "LOC:État de Palestine|LOC:Kerala");
    /* a share after a French article names a company; English "took
     * action Friday" names none */
    spans_of("Les actions Brovan et Zeltis montent.", VL_LANG_FR, 0, NULL, 0, &out);
    assert_string_equal(out.s, "ORG:Brovan|ORG:Zeltis");
    spans_of("They took action Friday.", VL_LANG_EN, 0, NULL, 0, &out);
    assert_string_equal(out.s, "");
    /* named roads, a velodrome, a housing estate keep their head; a car
     * "homologuée pour la route" names no road */
    /* La0 route1 du2 Littoral3 ,4 le5 vélodrome6 André-Pétrieux7 et8 la9 cité10 de11 la12 Castellane13 ;14 la15
     * voiture16 homologuée17 pour18 la19 route20 de21 la22 Zorba23 .24 */
    spans_of("La route du Littoral, le vélodrome André-Pétrieux et la cité de la Castellane ; la voiture homologuée "
             "pour la route de la Zorba.",
             VL_LANG_FR, 25,
             (const int[][3]){{3, 4, VL_NER_LOC}, {7, 8, VL_NER_LOC}, {13, 14, VL_NER_LOC}, {23, 24, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "LOC:route du Littoral|LOC:vélodrome André-Pétrieux|LOC:cité de la Castellane|ORG:Zorba");
    /* chambers of commerce and regional health agencies hold their place */
    /* La0 chambre1 de2 commerce3 et4 d'5 industrie6 de7 La8 Réunion9 et10 l'11 agence12 régionale13 de14 santé15
     * des16 Hauts-de-France17 .18 */
    spans_of("La chambre de commerce et d'industrie de La Réunion et l'agence régionale de santé des Hauts-de-France.",
             VL_LANG_FR, 19, (const int[][3]){{8, 10, VL_NER_LOC}, {17, 18, VL_NER_LOC}}, 2, &out);
    assert_string_equal(out.s, "ORG:chambre de commerce et d'industrie de La Réunion|ORG:agence régionale de santé des "
                               "Hauts-de-France");
    /* "chef de l'État", "chefs d'État" are titles; the state elsewhere
     * stays the labels' */
    /* Le0 chef1 de2 l'3 État4 et5 les6 chefs7 d'8 État9 africains10 saluent11 l'12 État13 de14 Palestine15 et16
     * l'17 État18 .19 */
    spans_of("Le chef de l'État et les chefs d'État africains saluent l'État de Palestine et l'État.", VL_LANG_FR, 20,
             (const int[][3]){{4, 5, VL_NER_ORG}, {9, 11, VL_NER_ORG}, {15, 16, VL_NER_LOC}, {18, 19, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "LOC:État de Palestine|ORG:État");
    /* after a town's or a district's noun and "de", a place; not after
     * "département" (winer-fr: ORG 2 of 5) */
    /* Le0 canton1 de2 Vaud3 ,4 le5 quartier6 de7 la8 Timone9 et10 le11 département12 du13 Nord14 .15 */
    spans_of("Le canton de Vaud, le quartier de la Timone et le département du Nord.", VL_LANG_FR, 16,
             (const int[][3]){{3, 4, VL_NER_ORG}, {9, 10, VL_NER_PER}, {14, 15, VL_NER_ORG}}, 3, &out);
    assert_string_equal(out.s, "LOC:Vaud|LOC:Timone|ORG:Nord");
    /* airliners' codes are MISC, with their maker; a Boeing code only
     * beside "Boeing" or "MAX"; a road keeps its LOC */
    /* Avec0 150 1 A350 2 ,3 38 4 737 5 MAX6 ,7 un8 Airbus9 A320neo10 et11 737 12 salariés13 sur14 l'15 A8 16 .17 */
    spans_of("Avec 150 A350, 38 737 MAX, un Airbus A320neo et 737 salariés sur l'A8.", VL_LANG_FR, 18,
             (const int[][3]){{6, 7, VL_NER_ORG}, {9, 10, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "MISC:A350|MISC:737 MAX|MISC:Airbus A320neo|LOC:A8");
    /* lower-case committees stay out (winer-fr's "commission des lois") */
    spans_of("Il préside la commission des lois.", VL_LANG_FR, 0, NULL, 0, &out);
    assert_string_equal(out.s, "");
}

/* The portfolio after a minister's or commissioner's title is an ORG,
 * title outside, lengthened over its adjectives and "et des Finances";
 * a country after "ministre du" stays a place. */
static void test_spans_portfolio(void **state) {
    (void)state;
    ner_spans out;
    spans_of("La ministre de la Culture et le ministre de l'Économie et des Finances ont reçu le ministre du Canada et "
             "le commissaire au Commerce extérieur.",
             VL_LANG_FR, 27, (const int[][3]){{10, 11, VL_NER_ORG}, {19, 20, VL_NER_LOC}, {24, 25, VL_NER_LOC}}, 3,
             &out);
    assert_string_equal(out.s, "ORG:Culture|ORG:Économie et des Finances|LOC:Canada|ORG:Commerce extérieur");
}

/* A wire dateline's place in capitals is a LOC, article and all, and the
 * agency in brackets after the date an ORG, whatever the labels said;
 * CoNLL-2003's "PLACE 1996-08-30" too; a results line and a headline in
 * capitals keep their labels. */
static void test_spans_dateline(void **state) {
    (void)state;
    ner_spans out;
    spans_of("LE CAIRE, 20 février (Nil Presse) — Le sommet s'ouvre.", VL_LANG_FR, 15,
             (const int[][3]){{1, 2, VL_NER_LOC} /* CAIRE */, {6, 7, VL_NER_LOC} /* Nil */}, 2, &out);
    assert_string_equal(out.s, "LOC:LE CAIRE|ORG:Nil Presse");
    spans_of("LIVERPOOL, England, Jan 14 (Northline) - Liverpool won.", VL_LANG_EN, 13,
             (const int[][3]){{0, 1, VL_NER_ORG}, {2, 3, VL_NER_LOC}, {7, 8, VL_NER_LOC}, {10, 11, VL_NER_ORG}}, 4,
             &out);
    assert_string_equal(out.s, "LOC:LIVERPOOL|LOC:England|ORG:Northline|ORG:Liverpool");
    spans_of("CARDIFF 1996-08-31", VL_LANG_EN, 2, (const int[][3]){{0, 1, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "LOC:CARDIFF");
    spans_of("CHICAGO 5 Boston 3", VL_LANG_EN, 0, (const int[][3]){{0, 1, VL_NER_ORG}, {2, 3, VL_NER_ORG}}, 2, &out);
    assert_string_equal(out.s, "ORG:CHICAGO|ORG:Boston");
    spans_of("BRUXELLES OUVRE UNE ENQUÊTE, 20 DOSSIERS", VL_LANG_FR, 0, (const int[][3]){{0, 1, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:BRUXELLES");
    /* a place with an abbreviation, and a place with its state before a
     * numeric date (CoNLL-2003), the state a LOC too */
    spans_of("ST. LOUIS 1996-08-30", VL_LANG_EN, 3, (const int[][3]){{0, 1, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "LOC:ST. LOUIS");
    spans_of("MILWAUKEE , Wisconsin 1996-08-29", VL_LANG_EN, 4, (const int[][3]){{0, 1, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "LOC:MILWAUKEE|LOC:Wisconsin");
    spans_of("ROCHESTER , N.H. 1996-08-30", VL_LANG_EN, 4, (const int[][3]){{2, 3, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "LOC:ROCHESTER|LOC:N.H.");
    /* not a lower-case word or a number between the comma and the date */
    spans_of("BOSTON , up 5 1996-08-29", VL_LANG_EN, 0, (const int[][3]){{0, 1, VL_NER_ORG}}, 1, &out);
    assert_string_equal(out.s, "ORG:BOSTON");
}

/* Reads all units of a corpus; returns the concatenated "type:surface"
 * gold entities, separated by '|'. */
static void gold_of(const char *path, char *out, size_t cap, size_t *units) {
    vl_ner_corpus *c;
    vl_error err;
    assert_int_equal(vl_ner_corpus_open(path, &c, &err), VL_OK);
    vl_ner_unit u;
    int rc;
    size_t o = 0;
    *units = 0;
    out[0] = 0;
    while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) {
        (*units)++;
        for (size_t g = 0; g < u.ngold; g++)
            o += (size_t)snprintf(out + o, cap - o, "%s%s:%.*s", o ? "|" : "", vl_ner_type_name((vl_ner_type)u.gold[g].type),
                                  (int)(u.gold[g].end - u.gold[g].start), u.text + u.gold[g].start);
    }
    assert_int_equal(rc, 0);
    vl_ner_corpus_close(c);
}

static void test_readers(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char b[2048];
    size_t units;
    /* CoNLL, IOB1 with an I- start and two adjacent entities split by B- */
    char *p = th_write_file(dir, "a.conll",
                            "-DOCSTART- O\n\nMaud I-PER\nTessier I-PER\nvisite O\nBrest I-LOC\nB-LOC B-LOC\n\n"
                            "-DOCSTART- O\n\nLa O\nBanque I-ORG\nAzur I-ORG\nSanterre B-ORG\n",
                            (size_t)-1);
    gold_of(p, b, sizeof b, &units);
    assert_string_equal(b, "PER:Maud Tessier|LOC:Brest|LOC:B-LOC|ORG:Banque Azur|ORG:Santerre");
    assert_int_equal(units, 2);
    free(p);
    /* indexed IOB2 columns */
    p = th_write_file(dir, "b.conllu", "0\tOn\tO\n1\tsaw\tO\n2\tLake\tB-LOC\n3\tOrvia\tI-LOC\n\n0\tMISC\tB-MISC\n",
                      (size_t)-1);
    gold_of(p, b, sizeof b, &units);
    assert_string_equal(b, "LOC:Lake Orvia|MISC:MISC");
    free(p);
    /* HIPE TSV with NoSpaceAfter and a dropped time entity */
    p = th_write_file(dir, "c.tsv",
                      "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n"
                      "# hipe2022:document_id = x1\n"
                      "l\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter\n"
                      "'\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter\n"
                      "Ourcq\tB-loc\t_\t_\t_\t_\t_\t_\t_\t_\n"
                      "le\tO\t_\t_\t_\t_\t_\t_\t_\t_\n"
                      "2\tB-time\t_\t_\t_\t_\t_\t_\t_\t_\n"
                      "mai\tI-time\t_\t_\t_\t_\t_\t_\t_\tEndOfSentence\n"
                      "# hipe2022:document_id = x2\n"
                      "Paul\tB-pers\t_\t_\t_\t_\t_\t_\t_\t_\n",
                      (size_t)-1);
    gold_of(p, b, sizeof b, &units);
    assert_string_equal(b, "LOC:Ourcq|PER:Paul");
    assert_int_equal(units, 2);
    free(p);
    /* BRAT: code-point offsets, nested spans (outermost kept), dates dropped */
    char *sub = th_path(dir, "brat");
    free(th_write_file(sub, "d1.txt", "Élise Morvan dirige la Banque de Vannes depuis 2019.", (size_t)-1));
    free(th_write_file(sub, "d1.ann",
                       "T1\tPerson 0 12\tÉlise Morvan\nT2\tOrganization 23 39\tBanque de Vannes\n"
                       "T3\tLocation 33 39\tVannes\nT4\tDate 47 51\t2019\n",
                       (size_t)-1));
    free(th_write_file(sub, "README.md", "not a corpus file", (size_t)-1));
    gold_of(sub, b, sizeof b, &units);
    assert_string_equal(b, "PER:Élise Morvan|ORG:Banque de Vannes");
    assert_int_equal(units, 1);
    free(sub);
    th_tmpdir_cleanup(dir);
}

/* Found by fuzz_gold: a BRAT annotation with no span (sorting an empty
 * list was undefined behaviour, caught by UBSan in `make SAN=1 test`), and
 * a column line with an empty token, which gave an entity of no text. */
static void test_reader_edges(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char b[256];
    size_t units;
    char *sub = th_path(dir, "brat");
    free(th_write_file(sub, "e.txt", "Rien ici.", (size_t)-1));
    free(th_write_file(sub, "e.ann", "#1\tAnnotatorNotes T1\tnothing\n", (size_t)-1));
    gold_of(sub, b, sizeof b, &units);
    assert_string_equal(b, "");
    assert_int_equal(units, 1);
    char *p = th_write_file(dir, "e.conll", "\tB-PER\nAnne B-PER\nvient O\n", (size_t)-1);
    gold_of(p, b, sizeof b, &units);
    assert_string_equal(b, "PER:Anne");
    free(p);
    free(sub);
    th_tmpdir_cleanup(dir);
}

static void test_model_file(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *path = th_path(dir, "m.model");
    unsigned bits = 8;
    size_t nw = ((size_t)1 << bits) * VL_NER_NLABELS;
    float *w = calloc(nw, sizeof *w);
    float trans[(VL_NER_NLABELS + 1) * VL_NER_NLABELS];
    for (size_t k = 0; k < nw; k++) w[k] = (float)((int)(k % 17) - 8) * 0.25f;
    for (size_t k = 0; k < sizeof trans / sizeof trans[0]; k++) trans[k] = (float)k;
    vl_error err;
    assert_int_equal(vl_ner_model_write(path, VL_LANG_EN, bits, w, trans, NULL, NULL, &err), VL_OK);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(path, &m, &err), VL_OK);
    assert_int_equal(vl_ner_model_lang(m), VL_LANG_EN);
    assert_int_equal(vl_ner_model_hash_bits(m), bits);
    const vl_ner_weights *mw = vl_ner_model_weights(m);
    for (size_t k = 0; k < nw; k++) assert_true(fabsf((float)mw->w[k] * mw->scale - w[k]) < 1e-3f);
    assert_memory_equal(mw->trans, trans, sizeof trans);
    size_t size = vl_ner_model_size(m);
    vl_ner_model_close(m);
    /* read it back whole */
    FILE *f = fopen(path, "rb");
    unsigned char *bytes = malloc(size);
    assert_int_equal(fread(bytes, 1, size, f), size);
    fclose(f);
    /* a flipped weight byte */
    bytes[size - 5] ^= 0x10;
    char *bad = th_write_file(dir, "flip.model", bytes, size);
    assert_int_equal(vl_ner_model_open(bad, &m, &err), VL_EFORMAT);
    assert_non_null(strstr(err.message, "checksum"));
    free(bad);
    bytes[size - 5] ^= 0x10;
    /* truncated */
    bad = th_write_file(dir, "short.model", bytes, size - 100);
    assert_int_equal(vl_ner_model_open(bad, &m, &err), VL_EFORMAT);
    assert_non_null(strstr(err.message, "truncated"));
    free(bad);
    bad = th_write_file(dir, "tiny.model", bytes, 10);
    assert_int_equal(vl_ner_model_open(bad, &m, &err), VL_EFORMAT);
    free(bad);
    /* a header field changed */
    bytes[28] = 9;
    bad = th_write_file(dir, "hdr.model", bytes, size);
    assert_int_equal(vl_ner_model_open(bad, &m, &err), VL_EFORMAT);
    assert_non_null(strstr(err.message, "header"));
    free(bad);
    /* not a model */
    bad = th_write_file(dir, "text.model", "hello, world: this is not a model at all, just some text, long enough to have a header", (size_t)-1);
    assert_int_equal(vl_ner_model_open(bad, &m, &err), VL_EFORMAT);
    assert_non_null(strstr(err.message, "not a veille entity model"));
    free(bad);
    bad = th_path(dir, "missing.model");
    assert_int_equal(vl_ner_model_open(bad, &m, &err), VL_EIO);
    free(bad);
    free(bytes);
    free(w);
    free(path);
    th_tmpdir_cleanup(dir);
}

/* A fixture corpus written for this test: invented names in fixed frames. */
static char *fixture_corpus(void) {
    static const char *const per[] = {"Maud Tessier", "Yann Corlay", "Odile Ferrand", "Paul Quéré", "Anne Rivoal"};
    static const char *const loc[] = {"Brest", "Quimper", "Morlaix", "Lorient", "Vannes"};
    static const char *const org[] = {"Banque Azur", "Crédit Marin", "Groupe Kerlan", "Société Ondine", "Ligue Armor"};
    vl_buf b;
    vl_buf_init(&b);
    for (int r = 0; r < 4; r++)
        for (int i = 0; i < 5; i++) {
            const char *p = per[(i + r) % 5], *l = loc[(i + 2 * r) % 5], *o = org[(i + 3 * r) % 5];
            const char *sp = strchr(p, ' '), *so = strchr(o, ' ');
            vl_buf_printf(&b, "%.*s B-PER\n%s I-PER\na O\nvisité O\n%s B-LOC\navec O\nla O\n%.*s B-ORG\n%s I-ORG\n. O\n\n",
                          (int)(sp - p), p, sp + 1, l, (int)(so - o), o, so + 1);
            vl_buf_printf(&b, "Selon O\n%.*s B-ORG\n%s I-ORG\n, O\nle O\nmaire O\nde O\n%s B-LOC\nest O\nparti O\n. O\n\n",
                          (int)(so - o), o, so + 1, l);
        }
    return vl_buf_steal(&b);
}

typedef struct got {
    char s[1024];
    size_t o;
} got;

static int on_span(void *ctx, const vl_ner_span *sp) {
    got *g = ctx;
    g->o += (size_t)snprintf(g->s + g->o, sizeof g->s - g->o, "%s%s:%.*s@%zu-%zu", g->o ? "|" : "",
                             vl_ner_type_name(sp->type), (int)sp->text_len, sp->text, sp->start, sp->end);
    return 0;
}

static void test_train_and_tag(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *text = fixture_corpus();
    char *corpus = th_write_file(dir, "fixture.conll", text, (size_t)-1);
    free(text);
    char *model = th_path(dir, "tiny.model");
    vl_error err;
    vl_ner_train_opts opts = {.lang = VL_LANG_FR, .epochs = 8, .bits = 14, .seed = 7};
    assert_int_equal(ner_train_corpus(corpus, &opts, model), 40);

    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(model, &m, &err), VL_OK);
    /* A sentence of the fixture, as raw text, with code-point offsets. */
    const char *s = "Paul Quéré a visité Lorient avec la Ligue Armor.";
    got g = {{0}, 0};
    assert_int_equal(vl_ner_tag(m, s, strlen(s), VL_LANG_FR, on_span, &g, &err), VL_OK);
    assert_string_equal(g.s, "PER:Paul Quéré@0-10|LOC:Lorient@20-27|ORG:Ligue Armor@36-47");
    /* The whole fixture scores perfectly. */
    vl_ner_scores sc;
    memset(&sc, 0, sizeof sc);
    vl_ner_corpus *c;
    vl_ner_unit u;
    int rc;
    assert_int_equal(vl_ner_corpus_open(corpus, &c, &err), VL_OK);
    while ((rc = vl_ner_corpus_next(c, &u, &err)) > 0) assert_int_equal(vl_ner_eval_unit(m, &u, VL_LANG_FR, &sc, &err), VL_OK);
    vl_ner_corpus_close(c);
    assert_int_equal(sc.gold[VL_NER_PER], 20);
    assert_int_equal(sc.gold[VL_NER_LOC], 40);
    assert_int_equal(sc.gold[VL_NER_ORG], 40);
    for (int k = 0; k < VL_NER_NTYPES; k++) {
        assert_int_equal(sc.correct[k], sc.gold[k]);
        assert_int_equal(sc.found[k], sc.gold[k]);
    }
    assert_int_equal(sc.tokens_correct, sc.tokens);
    vl_ner_model_close(m);
    free(model);
    free(corpus);
    th_tmpdir_cleanup(dir);
}

/* Merges the mentions given as "TYPE:text" in order of appearance in text
 * (each found after the previous one); writes "text=canonical|...". */
static void merged(const char *text, const char *const *spec, size_t n, char *out, size_t cap) {
    vl_ner_mention m[16];
    size_t from = 0;
    assert_true(n <= 16);
    for (size_t i = 0; i < n; i++) {
        const char *colon = strchr(spec[i], ':');
        int type = vl_ner_type_from_name(spec[i], (size_t)(colon - spec[i]));
        const char *at = strstr(text + from, colon + 1);
        assert_non_null(at);
        memset(&m[i], 0, sizeof m[i]);
        m[i].type = (vl_ner_type)type;
        m[i].start = (size_t)(at - text);
        m[i].end = m[i].start + strlen(colon + 1);
        from = m[i].end;
    }
    vl_ner_merge(text, m, n);
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s%.*s=%.*s", i ? "|" : "", (int)(m[i].end - m[i].start),
                              text + m[i].start, (int)(m[i].canon_end - m[i].canon_start), text + m[i].canon_start);
}

static void test_merge(void **state) {
    (void)state;
    char b[1024];
    /* The short forms before and after the full name; titles stripped. */
    const char *t1 = "M. Vernier arrive. Hugo Vernier a parlé. Le président Vernier et Vernier.";
    const char *s1[] = {"PER:M. Vernier", "PER:Hugo Vernier", "PER:président Vernier", "PER:Vernier"};
    merged(t1, s1, 4, b, sizeof b);
    assert_string_equal(b, "M. Vernier=Hugo Vernier|Hugo Vernier=Hugo Vernier|président Vernier=Hugo Vernier|"
                           "Vernier=Hugo Vernier");
    /* Titles alone stay; a title inside the full name is stripped from it. */
    const char *t2 = "Dr. Alma Quist et Dr. Quist, puis Mme.";
    const char *s2[] = {"PER:Dr. Alma Quist", "PER:Dr. Quist", "PER:Mme"};
    merged(t2, s2, 3, b, sizeof b);
    assert_string_equal(b, "Dr. Alma Quist=Alma Quist|Dr. Quist=Alma Quist|Mme=Mme");
    /* Ambiguous short form: two longer names that do not contain each
     * other.  The longest of a chain wins. */
    const char *t3 = "Mark Lund, Anna Lund, Lund. Bo Tell, Bo Tell Jr, Tell.";
    const char *s3[] = {"PER:Mark Lund", "PER:Anna Lund", "PER:Lund", "PER:Bo Tell", "PER:Bo Tell Jr", "PER:Tell"};
    merged(t3, s3, 6, b, sizeof b);
    assert_string_equal(b, "Mark Lund=Mark Lund|Anna Lund=Anna Lund|Lund=Lund|Bo Tell=Bo Tell Jr|"
                           "Bo Tell Jr=Bo Tell Jr|Tell=Bo Tell Jr");
    /* Only the same type, whole words only, no titles stripped off places;
     * case is ignored for ASCII letters.  A place inside a longer place
     * name is another place ("Corée du Nord", "rue de Paris", "lac de
     * Genève"): places do not merge by words (eval merge on hipe2022-fr:
     * LOC B3 F1 91.42 -> 92.31). */
    const char *t4 = "Paris, Paris Football Club, Marc, Marcel Roy, PARIS, Corée du Nord, Corée, Jan Roy.";
    const char *s4[] = {"LOC:Paris", "ORG:Paris Football Club", "PER:Marc", "PER:Marcel Roy", "LOC:PARIS",
                        "LOC:Corée du Nord", "LOC:Corée", "PER:Roy"};
    merged(t4, s4, 8, b, sizeof b);
    assert_string_equal(b, "Paris=Paris|Paris Football Club=Paris Football Club|Marc=Marc|Marcel Roy=Marcel Roy|"
                           "PARIS=PARIS|Corée du Nord=Corée du Nord|Corée=Corée|Roy=Marcel Roy");
    /* The longest title and accented ones, with their lengths in bytes. */
    const char *t5 = "La chancelière Ilse Brand, le Général Brand et Brand.";
    const char *s5[] = {"PER:chancelière Ilse Brand", "PER:Général Brand", "PER:Brand"};
    merged(t5, s5, 3, b, sizeof b);
    assert_string_equal(b, "chancelière Ilse Brand=Ilse Brand|Général Brand=Ilse Brand|Brand=Ilse Brand");
    /* Nothing to merge. */
    merged("", NULL, 0, b, sizeof b);
    assert_string_equal(b, "");
}

/* Gazetteers: loaded from text files, matched longest first on folded
 * forms from a capitalised token, B and I class bits, kept in the model. */
static void test_gazetteer(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    free(th_write_file(dir, "country.txt", "Afrique du Sud\nAfrique\nFrance\n", (size_t)-1));
    free(th_write_file(dir, "firstname.txt", "Maud\nFrance\n", (size_t)-1));
    vl_ner_gaz g;
    vl_error err;
    assert_int_equal(vl_ner_gaz_load(dir, VL_LANG_FR, &g, &err), VL_OK);
    assert_true(g.entries >= 5);
    const char *s = "Maud quitte l'AFRIQUE DU SUD pour la France et afrique .";
    vl_ner_lexer lx;
    static vl_ner_tok t[VL_NER_MAX_SENT];
    static vl_ner_sent_feats sf;
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    size_t n = vl_ner_next_sentence(&lx, t, VL_NER_MAX_SENT);
    assert_int_equal(n, 12);
    vl_ner_sent_prepare(&sf, s, t, n);
    vl_ner_gaz_mark(&g, &sf);
    uint32_t C = VL_NER_GAZ_COUNTRY, F = VL_NER_GAZ_FIRSTNAME;
    uint32_t want[12] = {F, 0, 0, C, C << 8, C << 8, 0, 0, C | F, 0, 0, 0}; /* "afrique": lower case */
    for (size_t i = 0; i < n; i++) assert_int_equal(sf.gaz[i], want[i]);
    /* Embedded in the model file and read back from it. */
    char *path = th_path(dir, "g.model");
    size_t nw = ((size_t)1 << 8) * VL_NER_NLABELS;
    float *w = calloc(nw, sizeof *w), trans[(VL_NER_NLABELS + 1) * VL_NER_NLABELS] = {0};
    assert_non_null(w);
    assert_int_equal(vl_ner_model_write(path, VL_LANG_FR, 8, w, trans, &g, NULL, &err), VL_OK);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(path, &m, &err), VL_OK);
    const vl_ner_gaz *mg = vl_ner_model_gaz(m);
    assert_int_equal(mg->bits, g.bits);
    memset(sf.gaz, 0, sizeof sf.gaz);
    vl_ner_gaz_mark(mg, &sf);
    for (size_t i = 0; i < n; i++) assert_int_equal(sf.gaz[i], want[i]);
    vl_ner_model_close(m);
    free(w);
    free(path);
    vl_ner_gaz_free(&g);
    /* A folder without any list is an error that says what to run. */
    char *empty = th_path(dir, "nothing");
    assert_int_equal(vl_ner_gaz_load(empty, VL_LANG_FR, &g, &err), VL_EIO);
    assert_non_null(strstr(err.message, "make gazetteers"));
    free(empty);
    th_tmpdir_cleanup(dir);
}

/* Lists too many for 2^16 slots get a larger table instead of an error
 * (English's lists come close to 85% of 2^16); lists that fit keep 2^16,
 * so that the models trained on them do not change. */
static void test_gazetteer_grows(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    /* 60,000 invented one-word names: over 85% of 65,536 slots. */
    size_t cap = 60000 * 12 + 1, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (unsigned k = 0; k < 60000; k++) len += (size_t)snprintf(text + len, cap - len, "Zorv%05u\n", k);
    free(th_write_file(dir, "place.txt", text, len));
    free(th_write_file(dir, "firstname.txt", "Maud\n", (size_t)-1));
    vl_ner_gaz g;
    vl_error err;
    assert_int_equal(vl_ner_gaz_load(dir, VL_LANG_EN, &g, &err), VL_OK);
    assert_int_equal(g.bits, 17);
    assert_true(g.entries >= 60001);
    const char *s = "Maud left Zorv59999 for Zorv00000 .";
    vl_ner_lexer lx;
    static vl_ner_tok t[VL_NER_MAX_SENT];
    static vl_ner_sent_feats sf;
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_EN);
    size_t n = vl_ner_next_sentence(&lx, t, VL_NER_MAX_SENT);
    assert_int_equal(n, 6);
    vl_ner_sent_prepare(&sf, s, t, n);
    vl_ner_gaz_mark(&g, &sf);
    uint32_t want[6] = {VL_NER_GAZ_FIRSTNAME, 0, VL_NER_GAZ_PLACE, 0, VL_NER_GAZ_PLACE, 0};
    for (size_t i = 0; i < n; i++) assert_int_equal(sf.gaz[i], want[i]);
    vl_ner_gaz_free(&g);
    /* A short list keeps the 2^16 slots of the models trained before. */
    free(th_write_file(dir, "place.txt", "Zorv00001\n", (size_t)-1));
    assert_int_equal(vl_ner_gaz_load(dir, VL_LANG_EN, &g, &err), VL_OK);
    assert_int_equal(g.bits, 16);
    vl_ner_gaz_free(&g);
    free(text);
    th_tmpdir_cleanup(dir);
}

/* Word clusters: words in the same contexts share a longer path prefix;
 * the paths file loads into a table that the model file carries. */
static unsigned common_prefix(const char *a, const char *b) {
    unsigned k = 0;
    while (a[k] && a[k] == b[k]) k++;
    return k;
}


/* A model written with clusterings c (zero weights) and opened again
 * gives the word of hash h_lower the paths `expect`. */
static void assert_model_keeps_cluster(const char *dir, const char *name, const vl_ner_clusters *c, uint64_t h_lower,
                                       uint64_t expect) {
    char *mpath = th_path(dir, name);
    size_t nw = ((size_t)1 << 8) * VL_NER_NLABELS;
    float *w = calloc(nw, sizeof *w), trans[(VL_NER_NLABELS + 1) * VL_NER_NLABELS] = {0};
    assert_non_null(w);
    vl_error err;
    assert_int_equal(vl_ner_model_write(mpath, VL_LANG_FR, 8, w, trans, NULL, c, &err), VL_OK);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(mpath, &m, &err), VL_OK);
    assert_int_equal(vl_ner_clusters_get(vl_ner_model_clusters(m), h_lower), expect);
    vl_ner_model_close(m);
    free(w);
    free(mpath);
}
static void test_clusters(void **state) {
    (void)state;
    static const char *const days[] = {"lundi", "mardi", "jeudi"};
    static const char *const towns[] = {"Brest", "Quimper", "Morlaix"};
    static const char *const fill[] = {"le", "la", "un", "une", "et", "ou"};
    vl_ner_cluster_trainer *t;
    vl_error err;
    assert_int_equal(vl_ner_cluster_trainer_new(VL_LANG_FR, &t, &err), VL_OK);
    char text[256];
    for (int k = 0; k < 600; k++) {
        snprintf(text, sizeof text, "%s il vient %s soir . %s il habite à %s depuis .", fill[k % 6], days[k % 3],
                 fill[(k + 1) % 6], towns[(k / 3) % 3]);
        assert_int_equal(vl_ner_cluster_trainer_add(t, text, strlen(text), &err), VL_OK);
    }
    char *dir = th_tmpdir();
    char *path = th_path(dir, "c.txt");
    assert_int_equal(vl_ner_cluster_trainer_run(t, 100, 20, path, &err), VL_OK);
    vl_ner_cluster_trainer_free(t);
    /* Read the paths back by word. */
    char paths[6][VL_NER_CLUSTER_BITS + 1] = {{0}};
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[256];
    while (fgets(line, sizeof line, f)) {
        char bits[64], word[64];
        assert_int_equal(sscanf(line, "%63s %63s", bits, word), 2);
        assert_int_equal(strlen(bits), VL_NER_CLUSTER_BITS);
        for (int k = 0; k < 3; k++) {
            if (strcmp(word, days[k]) == 0) strcpy(paths[k], bits);
            if (strcmp(word, towns[k]) == 0) strcpy(paths[3 + k], bits);
        }
    }
    fclose(f);
    for (int k = 0; k < 6; k++) assert_int_equal(strlen(paths[k]), VL_NER_CLUSTER_BITS);
    assert_true(common_prefix(paths[0], paths[1]) > common_prefix(paths[0], paths[3]));
    assert_true(common_prefix(paths[3], paths[4]) > common_prefix(paths[4], paths[1]));
    /* Loaded and looked up by the lower-cased form, as the tagger does. */
    vl_ner_clusters c;
    assert_int_equal(vl_ner_clusters_load(path, VL_LANG_FR, &c, &err), VL_OK);
    assert_true(c.entries >= 10);
    const char *s = "BREST lundi inconnu";
    vl_ner_lexer lx;
    static vl_ner_tok tk[VL_NER_MAX_SENT];
    static vl_ner_sent_feats sf;
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    size_t n = vl_ner_next_sentence(&lx, tk, VL_NER_MAX_SENT);
    vl_ner_sent_prepare(&sf, s, tk, n);
    vl_ner_clusters_mark(&c, &sf);
    assert_int_equal(sf.cluster[0], (1u << VL_NER_CLUSTER_BITS) | (uint32_t)strtoul(paths[3], NULL, 2));
    assert_int_equal(sf.cluster[1], (1u << VL_NER_CLUSTER_BITS) | (uint32_t)strtoul(paths[0], NULL, 2));
    assert_int_equal(sf.cluster[2], 0);
    /* Carried by the model file. */
    assert_model_keeps_cluster(dir, "c.model", &c, sf.h_lower[1], sf.cluster[1]);
    vl_ner_clusters_free(&c);
    free(path);
    th_tmpdir_cleanup(dir);
}

/* The 2-means of each split runs until no word changes sides or the
 * iteration budget is spent: a budget beyond convergence changes nothing,
 * and the default is VL_NER_CLUSTER_ITERS. */
static char *cluster_file(const char *dir, const char *name, int iters) {
    vl_ner_cluster_trainer *t;
    vl_error err;
    assert_int_equal(vl_ner_cluster_trainer_new(VL_LANG_FR, &t, &err), VL_OK);
    if (iters) vl_ner_cluster_trainer_set_iterations(t, iters);
    /* a chain of words: motK after avantJ for J in K..K+5, the first
     * words the most frequent, so that the seeds of the first split
     * (mot0 and a word sharing no context with it) leave the rest of the
     * chain to the centroids' moves */
    char text[128];
    for (int k = 0; k < 40; k++)
        for (int r = 0; r < 2 * (40 - k); r++) {
            snprintf(text, sizeof text, "avant%d mot%d .", k + r % 6, k);
            assert_int_equal(vl_ner_cluster_trainer_add(t, text, strlen(text), &err), VL_OK);
        }
    char *path = th_path(dir, name);
    assert_int_equal(vl_ner_cluster_trainer_run(t, 200, 60, path, &err), VL_OK);
    vl_ner_cluster_trainer_free(t);
    return path;
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strdup(buf);
}

static void test_cluster_iterations(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *p0 = cluster_file(dir, "default.txt", 0), *p5 = cluster_file(dir, "five.txt", VL_NER_CLUSTER_ITERS);
    char *p1 = cluster_file(dir, "one.txt", 1);
    char *p200 = cluster_file(dir, "many.txt", 200), *p5000 = cluster_file(dir, "more.txt", 5000);
    char *s0 = slurp(p0), *s5 = slurp(p5), *s1 = slurp(p1), *s200 = slurp(p200), *s5000 = slurp(p5000);
    assert_true(strlen(s0) > 100);
    assert_string_equal(s0, s5);
    assert_string_equal(s200, s5000); /* converged long before */
    /* one iteration per split stops before convergence on this text */
    assert_true(strcmp(s1, s200) != 0);
    /* and the converged clusters keep neighbours of the chain together */
    char first[32] = "", second[32] = "", last[32] = "";
    for (char *line = s200; line && *line;) {
        char bits[32], word[64];
        assert_int_equal(sscanf(line, "%31s %63s", bits, word), 2);
        if (strcmp(word, "mot1") == 0) strcpy(first, bits);
        if (strcmp(word, "mot2") == 0) strcpy(second, bits);
        if (strcmp(word, "mot30") == 0) strcpy(last, bits);
        line = strchr(line, '\n');
        if (line) line++;
    }
    assert_true(*first && *second && *last);
    assert_true(common_prefix(first, second) > common_prefix(first, last));
    free(s0), free(s5), free(s1), free(s200), free(s5000);
    free(p0), free(p5), free(p1), free(p200), free(p5000);
    th_tmpdir_cleanup(dir);
}

/* A clustering of more words than a 2^15-slot table holds (80% full:
 * 26,214; `train clusters --words 48000`) gets larger tables, so that
 * its rarest words, written last, keep their paths, in the model file
 * too; the usual 24,000 words keep tables of 2^15 slots. */
static void test_clusters_many_words(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    size_t nwords = 40000, cap = nwords * 32, len = 0;
    char *text = malloc(cap), *small = malloc(cap);
    assert_non_null(text);
    assert_non_null(small);
    size_t slen = 0;
    for (size_t i = 0; i < nwords; i++) {
        char word[16], bits[VL_NER_CLUSTER_BITS + 1];
        size_t k = i;
        for (int j = 0; j < 4; j++, k /= 26) word[j] = (char)('a' + k % 26);
        memcpy(word + 4, "mot", 4);
        for (int j = 0; j < VL_NER_CLUSTER_BITS; j++) bits[j] = (char)('0' + ((i >> j) & 1));
        bits[VL_NER_CLUSTER_BITS] = 0;
        len += (size_t)snprintf(text + len, cap - len, "%s\t%s\t%zu\n", bits, word, nwords - i);
        if (i < 24000) slen += (size_t)snprintf(small + slen, cap - slen, "%s\t%s\t%zu\n", bits, word, nwords - i);
    }
    char *big = th_write_file(dir, "big.clusters", text, len), *usual = th_write_file(dir, "usual.clusters", small, slen);
    vl_error err = {0};
    vl_ner_clusters c;
    assert_int_equal(vl_ner_clusters_load(usual, VL_LANG_FR, &c, &err), VL_OK);
    assert_int_equal(c.bits, 15);
    assert_int_equal(c.entries, 24000);
    vl_ner_clusters_free(&c);
    const char *files[2] = {usual, big};
    assert_int_equal(vl_ner_clusters_load_many(files, 2, VL_LANG_FR, &c, &err), VL_OK);
    assert_true(c.bits > 15);
    assert_int_equal(c.entries, 24000);
    /* The last word of the big file, in the second table only. */
    size_t last = nwords - 1, k = last;
    char expect[VL_NER_CLUSTER_BITS + 1];
    for (int j = 0; j < VL_NER_CLUSTER_BITS; j++) expect[j] = (char)('0' + ((last >> j) & 1));
    expect[VL_NER_CLUSTER_BITS] = 0;
    char word[8];
    for (int j = 0; j < 4; j++, k /= 26) word[j] = (char)('a' + k % 26);
    memcpy(word + 4, "mot", 4);
    const char *s = word;
    vl_ner_lexer lx;
    static vl_ner_tok tk[VL_NER_MAX_SENT];
    static vl_ner_sent_feats sf;
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    size_t n = vl_ner_next_sentence(&lx, tk, VL_NER_MAX_SENT);
    assert_int_equal(n, 1);
    vl_ner_sent_prepare(&sf, s, tk, n);
    vl_ner_clusters_mark(&c, &sf);
    uint64_t second = (1u << VL_NER_CLUSTER_BITS) | (uint64_t)strtoul(expect, NULL, 2);
    assert_true(sf.cluster[0] >> VL_NER_CLU_SHIFT == second);
    assert_true((sf.cluster[0] & VL_NER_CLU_MASK) == 0);
    /* Carried by the model file at that size. */
    assert_model_keeps_cluster(dir, "big.model", &c, sf.h_lower[0], sf.cluster[0]);
    vl_ner_clusters_free(&c);
    free(big), free(usual), free(text), free(small);
    th_tmpdir_cleanup(dir);
}

/* Clusters of vectors learned elsewhere (fastText, word2vec) from the
 * token file the trainer writes: the same words as the neighbour-based
 * clusters, split by the same 2-means, and carried as a second
 * clustering of the model, with features of their own. */
static void test_cluster_vectors(void **state) {
    (void)state;
    static const char *const towns[] = {"Brest", "Quimper", "Morlaix"};
    static const char *const days[] = {"lundi", "mardi", "jeudi"};
    vl_ner_cluster_trainer *t;
    vl_error err;
    assert_int_equal(vl_ner_cluster_trainer_new(VL_LANG_FR, &t, &err), VL_OK);
    char text[256];
    for (int k = 0; k < 60; k++) {
        snprintf(text, sizeof text, "Il part de %s %s matin. L'équipe gagne.", towns[k % 3], days[(k / 3) % 3]);
        assert_int_equal(vl_ner_cluster_trainer_add(t, text, strlen(text), &err), VL_OK);
    }
    char *dir = th_tmpdir();
    /* The token file: a sentence a line, words in their first spelling. */
    char *tok = th_path(dir, "c.tok");
    assert_int_equal(vl_ner_cluster_trainer_write_tokens(t, tok, &err), VL_OK);
    FILE *f = fopen(tok, "r");
    assert_non_null(f);
    char line[256];
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "Il part de Brest lundi matin .\n");
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "L' équipe gagne .\n");
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "Il part de Quimper lundi matin .\n");
    fclose(f);
    /* Vectors in word2vec's text format: the towns near each other, the
     * days near each other; "Rennes" is not in the text, "matin" and
     * the other words have no vector. */
    char *vec = th_write_file(dir, "c.vec",
                              "7 3\n"
                              "Brest 1 0 0.1 \n"
                              "Quimper 0.9 0.1 0 \n"
                              "Rennes 0.95 0 0 \n"
                              "Morlaix 0.8 0 0.2 \n"
                              "lundi 0 1 0 \n"
                              "mardi 0.1 0.9 0 \n"
                              "jeudi 0 0.8 0.2 \n",
                              (size_t)-1);
    char *path = th_path(dir, "v.txt");
    size_t missing = 0;
    assert_int_equal(vl_ner_cluster_trainer_run_vectors(t, 100, vec, path, &missing, &err), VL_OK);
    char *ppmi = th_path(dir, "p.txt");
    assert_int_equal(vl_ner_cluster_trainer_run(t, 100, 20, ppmi, &err), VL_OK);
    vl_ner_cluster_trainer_free(t);
    char paths[6][VL_NER_CLUSTER_BITS + 1] = {{0}};
    f = fopen(path, "r");
    assert_non_null(f);
    int lines = 0;
    while (fgets(line, sizeof line, f)) {
        char bits[64], word[64];
        assert_int_equal(sscanf(line, "%63s %63s", bits, word), 2);
        lines++;
        for (int k = 0; k < 3; k++) {
            if (strcmp(word, towns[k]) == 0) strcpy(paths[k], bits);
            if (strcmp(word, days[k]) == 0) strcpy(paths[3 + k], bits);
        }
    }
    fclose(f);
    /* Il part de matin . L' équipe gagne: 8 words without a vector */
    assert_int_equal(lines, 6);
    assert_int_equal(missing, 8);
    for (int k = 0; k < 6; k++) assert_int_equal(strlen(paths[k]), VL_NER_CLUSTER_BITS);
    assert_true(common_prefix(paths[0], paths[1]) > common_prefix(paths[0], paths[3]));
    assert_true(common_prefix(paths[3], paths[4]) > common_prefix(paths[4], paths[1]));
    /* Both clusterings in one model (format 3): each word's paths, the
     * first clustering's in the low bits. */
    const char *files[2] = {ppmi, path};
    vl_ner_clusters c;
    assert_int_equal(vl_ner_clusters_load_many(files, 2, VL_LANG_FR, &c, &err), VL_OK);
    assert_int_equal(c.n, 2);
    const char *s = "QUIMPER matin";
    vl_ner_lexer lx;
    static vl_ner_tok tk[VL_NER_MAX_SENT];
    static vl_ner_sent_feats sf;
    vl_ner_lexer_init(&lx, s, strlen(s), VL_LANG_FR);
    size_t n = vl_ner_next_sentence(&lx, tk, VL_NER_MAX_SENT);
    vl_ner_sent_prepare(&sf, s, tk, n);
    vl_ner_clusters_mark(&c, &sf);
    uint64_t second = (1u << VL_NER_CLUSTER_BITS) | (uint64_t)strtoul(paths[1], NULL, 2);
    assert_true(sf.cluster[0] >> VL_NER_CLU_SHIFT == second);
    assert_true(sf.cluster[0] & VL_NER_CLU_MASK); /* in the first clustering too */
    assert_true(sf.cluster[1] & VL_NER_CLU_MASK); /* "matin": first only */
    assert_true(sf.cluster[1] >> VL_NER_CLU_SHIFT == 0);
    /* The same path in the second clustering gives other features. */
    uint64_t f1[VL_NER_MAX_FEATS], f2[VL_NER_MAX_FEATS];
    size_t n1 = vl_ner_word_features(&sf, 0, second, VL_NER_ROLE_SELF, f1);
    size_t n2 = vl_ner_word_features(&sf, 0, second << VL_NER_CLU_SHIFT, VL_NER_ROLE_SELF, f2);
    assert_int_equal(n1, n2);
    size_t same = 0;
    for (size_t k = 0; k < n1; k++) same += f1[k] == f2[k];
    assert_int_equal(same, n1 - 4); /* all but the four prefixes */
    /* Train on the fixture with both and tag. */
    char *corpus_text = fixture_corpus();
    char *corpus = th_write_file(dir, "fixture.conll", corpus_text, (size_t)-1);
    free(corpus_text);
    char *model = th_path(dir, "two.model");
    vl_ner_train_opts opts = {.lang = VL_LANG_FR, .epochs = 8, .bits = 14, .seed = 7, .clusters = &c};
    assert_int_equal(ner_train_corpus(corpus, &opts, model), 40);
    vl_ner_model *m;
    assert_int_equal(vl_ner_model_open(model, &m, &err), VL_OK);
    assert_int_equal(vl_ner_model_clusters(m)->n, 2);
    assert_true(vl_ner_clusters_get(vl_ner_model_clusters(m), sf.h_lower[0]) == sf.cluster[0]);
    const char *tagged = "Paul Quéré a visité Lorient avec la Ligue Armor.";
    got g = {{0}, 0};
    assert_int_equal(vl_ner_tag(m, tagged, strlen(tagged), VL_LANG_FR, on_span, &g, &err), VL_OK);
    assert_string_equal(g.s, "PER:Paul Quéré@0-10|LOC:Lorient@20-27|ORG:Ligue Armor@36-47");
    vl_ner_model_close(m);
    /* the header says format 3, two tables */
    f = fopen(model, "rb");
    unsigned char head[64];
    assert_int_equal(fread(head, 1, 64, f), 64);
    fclose(f);
    assert_int_equal(head[8], 3);
    assert_int_equal(head[38], 2);
    /* a vectors file that is not one */
    char *bad = th_write_file(dir, "bad.vec", "7 3\nBrest 1 0\n", (size_t)-1);
    assert_int_equal(vl_ner_cluster_trainer_new(VL_LANG_FR, &t, &err), VL_OK);
    assert_int_equal(vl_ner_cluster_trainer_add(t, "Brest Brest Brest", 17, &err), VL_OK);
    assert_int_equal(vl_ner_cluster_trainer_run_vectors(t, 100, bad, path, NULL, &err), VL_EFORMAT);
    vl_ner_cluster_trainer_free(t);
    vl_ner_clusters_free(&c);
    free(bad);
    free(model);
    free(corpus);
    free(ppmi);
    free(path);
    free(vec);
    free(tok);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),     cmocka_unit_test(test_sentences),   cmocka_unit_test(test_features),
        cmocka_unit_test(test_labels), cmocka_unit_test(test_spans), cmocka_unit_test(test_spans_people), cmocka_unit_test(test_spans_word_filters), cmocka_unit_test(test_spans_english), cmocka_unit_test(test_spans_dateline), cmocka_unit_test(test_spans_org_tail), cmocka_unit_test(test_spans_acronym_names), cmocka_unit_test(test_spans_parties), cmocka_unit_test(test_spans_common_acronyms), cmocka_unit_test(test_spans_venues), cmocka_unit_test(test_spans_roads), cmocka_unit_test(test_spans_seats), cmocka_unit_test(test_spans_fr_loc_firm), cmocka_unit_test(test_spans_fr_particle), cmocka_unit_test(test_spans_org_cue), cmocka_unit_test(test_spans_lc_body), cmocka_unit_test(test_spans_et), cmocka_unit_test(test_truecase), cmocka_unit_test(test_truecase_lexicon), cmocka_unit_test(test_spans_body), cmocka_unit_test(test_spans_aircraft_makers), cmocka_unit_test(test_spans_associations), cmocka_unit_test(test_spans_ministries), cmocka_unit_test(test_spans_portfolios), cmocka_unit_test(test_spans_art_heads), cmocka_unit_test(test_spans_publishers), cmocka_unit_test(test_spans_region_adjs), cmocka_unit_test(test_spans_olympic_codes), cmocka_unit_test(test_spans_demonyms), cmocka_unit_test(test_spans_distance_pairs), cmocka_unit_test(test_spans_elysee), cmocka_unit_test(test_spans_nature_heads), cmocka_unit_test(test_spans_district_nouns), cmocka_unit_test(test_spans_parties_whole), cmocka_unit_test(test_spans_prize_people), cmocka_unit_test(test_spans_union_alone), cmocka_unit_test(test_spans_peoples), cmocka_unit_test(test_spans_monde), cmocka_unit_test(test_spans_clause_closers), cmocka_unit_test(test_spans_platforms), cmocka_unit_test(test_spans_event_words), cmocka_unit_test(test_spans_colon), cmocka_unit_test(test_spans_dept_codes), cmocka_unit_test(test_spans_currency_codes), cmocka_unit_test(test_spans_operations), cmocka_unit_test(test_spans_athletes), cmocka_unit_test(test_spans_prosecutor_court), cmocka_unit_test(test_spans_event_heads), cmocka_unit_test(test_spans_bullets), cmocka_unit_test(test_spans_fr_heads), cmocka_unit_test(test_spans_portfolio), cmocka_unit_test(test_readers), cmocka_unit_test(test_reader_edges), cmocka_unit_test(test_model_file),
        cmocka_unit_test(test_train_and_tag), cmocka_unit_test(test_merge), cmocka_unit_test(test_gazetteer), cmocka_unit_test(test_gazetteer_grows), cmocka_unit_test(test_clusters), cmocka_unit_test(test_cluster_iterations), cmocka_unit_test(test_cluster_vectors), cmocka_unit_test(test_clusters_many_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
