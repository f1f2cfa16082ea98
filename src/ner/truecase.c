/*
 * truecase.c -- English title-case headlines, lower-cased where the
 * dispatch itself shows a word to be common, before the tagger reads them.
 *
 * Wire headlines capitalise every word ("Merz Coalition Strikes Budget
 * Deal After Weeks of Infighting").  The tagger learnt capitals as the
 * mark of a name from CoNLL-2003, whose headlines are in capitals or
 * lower case, so it runs the words of such a headline into the names
 * beside them ("ORG Merz Coalition Strikes Budget Deal"): the largest
 * class of English errors on the fourth blind gold (tests/data/ner-gold4,
 * 27 of 121).  The dispatch's body tells which words are common: a word
 * of the headline whose stem (Snowball's English stemmer) the body writes
 * in lower case ("coalition", "struck", "deal") is lower-cased in a copy
 * of the text that the tagger decodes, unless the body also writes it
 * capitalised inside a sentence ("Reform UK" when the body speaks of
 * reforms and of "Reform UK").  A word the body never writes falls back
 * on the model's lexicons (lexicon_pass): lower-cased when its lower-case
 * form is one of the clusters' frequent words and no gazetteer name holds
 * it ("Slams", "Unveils"), with the exceptions given there.  A first line
 * wrapped mid-sentence (Reuters-21578's) is no headline.  Byte offsets do
 * not move (a first letter is replaced by its lower case of the same
 * length), so the spans still point into the text as given.
 */
#include "ner/ner_internal.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

/* A title-case headline: at least this many capitalised words, and no
 * longer than a headline. */
#define TITLE_MIN_WORDS 3
#define TITLE_MAX_BYTES 300
/* Stems are hashed; a word longer than this is no common word of a
 * headline and is skipped. */
#define MAX_WORD 64

struct vl_ner_truecaser {
    char *buf; /* the copy handed back */
    size_t cap;
    uint64_t *set; /* open addressing, 0 is empty: stems seen in lower case, then words capitalised */
    size_t set_cap;
    size_t set_n;
    struct sb_stemmer *stemmer;
    vl_ner_sent_feats *sf; /* the headline's tokens, for the model's lexicons */
};

int vl_ner_truecaser_new(vl_ner_truecaser **out) {
    vl_ner_truecaser *tc = calloc(1, sizeof *tc);
    if (tc && !(tc->stemmer = sb_stemmer_new("english", NULL))) {
        free(tc);
        tc = NULL;
    }
    *out = tc;
    return tc ? VL_OK : VL_ENOMEM;
}

void vl_ner_truecaser_free(vl_ner_truecaser *tc) {
    if (!tc) return;
    sb_stemmer_delete(tc->stemmer);
    free(tc->sf);
    free(tc->set);
    free(tc->buf);
    free(tc);
}

/* Hashes are salted by kind so that one set holds both. */
enum { KIND_LOWER_STEM = 1, KIND_CAPITALISED = 2, KIND_CAPITALISED_ANY = 3 };

static uint64_t key_of(int kind, const char *s, size_t n) {
    uint64_t h = XXH3_64bits_withSeed(s, n, (uint64_t)kind);
    return h ? h : 1;
}

static int set_add(vl_ner_truecaser *tc, uint64_t h) {
    if (2 * (tc->set_n + 1) > tc->set_cap) {
        size_t cap = tc->set_cap ? 2 * tc->set_cap : 1024;
        uint64_t *set = calloc(cap, sizeof *set);
        if (!set) return VL_ENOMEM;
        for (size_t i = 0; i < tc->set_cap; i++) {
            if (!tc->set[i]) continue;
            size_t k = tc->set[i] & (cap - 1);
            while (set[k]) k = (k + 1) & (cap - 1);
            set[k] = tc->set[i];
        }
        free(tc->set);
        tc->set = set;
        tc->set_cap = cap;
    }
    size_t k = h & (tc->set_cap - 1);
    while (tc->set[k] && tc->set[k] != h) k = (k + 1) & (tc->set_cap - 1);
    if (!tc->set[k]) {
        tc->set[k] = h;
        tc->set_n++;
    }
    return VL_OK;
}

static int set_has(const vl_ner_truecaser *tc, uint64_t h) {
    if (!tc->set_cap) return 0;
    size_t k = h & (tc->set_cap - 1);
    while (tc->set[k]) {
        if (tc->set[k] == h) return 1;
        k = (k + 1) & (tc->set_cap - 1);
    }
    return 0;
}

/* The code point at s[0..n) and its byte length (1 for a bad byte). */
static utf8proc_int32_t cp_at(const char *s, size_t n, size_t *len) {
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &c);
    if (k <= 0) {
        *len = 1;
        return -1;
    }
    *len = (size_t)k;
    return c;
}

static int is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

/* A word: a run of letters (ASCII or any multibyte character) from i;
 * returns its end.  Digits, hyphens and apostrophes end it ("Storm-Hit"
 * is two words, "Lagarde's" is "Lagarde" and "s"). */
static size_t word_end(const char *text, size_t len, size_t i) {
    while (i < len && is_word_byte((unsigned char)text[i])) i++;
    return i;
}

typedef enum { W_LOWER, W_CAPITALISED, W_OTHER } word_case;

/* Lower: first letter lower case, no ASCII capital after it.  Capitalised: an upper-case letter then
 * a lower-case one (not an acronym in capitals). */
static word_case case_of(const char *w, size_t n) {
    size_t k1, k2;
    utf8proc_int32_t c1 = cp_at(w, n, &k1);
    if (c1 < 0) return W_OTHER;
    utf8proc_category_t cat = utf8proc_category(c1);
    if (cat == UTF8PROC_CATEGORY_LL) {
        /* a brand's inner capital ("iPhone", "eBay") is no lower-case word */
        for (size_t i = k1; i < n; i++)
            if (w[i] >= 'A' && w[i] <= 'Z') return W_OTHER;
        return W_LOWER;
    }
    if (cat != UTF8PROC_CATEGORY_LU || k1 >= n) return W_OTHER;
    utf8proc_int32_t c2 = cp_at(w + k1, n - k1, &k2);
    return c2 >= 0 && utf8proc_category(c2) == UTF8PROC_CATEGORY_LL ? W_CAPITALISED : W_OTHER;
}

/* Counts the letters of w (code points). */
static size_t letters(const char *w, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)w[i] & 0xC0) != 0x80;
    return c;
}

/* The short words that title case leaves in lower case. */
static const char *const title_lower_words[] = {"a",  "an", "and", "as",  "at", "but", "by", "for", "from", "in",
                                                "into", "nor", "of", "off", "on", "onto", "or", "over", "per",
                                                "than", "the", "to", "up", "upon", "via", "vs", "v", "with", NULL};

/* And the particles of people's names, lower case in any headline
 * ("Starmer and von der Leyen Seal Youth Mobility Deal" was no headline,
 * so none of its words was lower-cased). */
static const char *const name_particles[] = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "das",
                                             "dos", "du", "bin", "ibn", "al", "el", "ten", "ter", NULL};

static int title_lower_word(const char *w, size_t n) {
    for (const char *const *p = title_lower_words; *p; p++)
        if (strlen(*p) == n && memcmp(*p, w, n) == 0) return 1;
    for (const char *const *p = name_particles; *p; p++)
        if (strlen(*p) == n && memcmp(*p, w, n) == 0) return 1;
    return 0;
}

/* Whether a blank line (or the end) follows the headline ending at hb:
 * the fallback below trusts no other first line, a wire story's first
 * line wrapped after a company's name ("Medco Containment Services\nInc
 * said ...") being as capitalised as a headline. */
static int stands_apart(const char *text, size_t len, size_t hb) {
    size_t i = hb + 1;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) i++;
    return i >= len || text[i] == '\n';
}

/* The endings that an apostrophe splits off a word ("India's", "Don't",
 * "We'll"): lower case in any headline. */
static const char *const clitics[] = {"s", "t", "d", "ll", "re", "ve", "m", NULL};

/* Whether the word of n bytes at text + i is a clitic after a straight
 * apostrophe ("Magyar's Tisza Wins"; a curly one is a word's byte to
 * word_end, so "Magyar’s" is one capitalised word). */
static int clitic(const char *text, size_t a, size_t i, size_t n) {
    if (!(i > a && text[i - 1] == '\'')) return 0;
    for (const char *const *p = clitics; *p; p++)
        if (strlen(*p) == n && memcmp(*p, text + i, n) == 0) return 1;
    return 0;
}

/* Whether text[a..b) is a title-case headline: every word capitalised or
 * in capitals but title case's short words and the clitics after an
 * apostrophe ("India's Biggest IPO": the "s" had made "Jio Platforms Jumps
 * 22% in Mumbai Debut After India's Biggest IPO" no headline, and
 * "Jumps" ran into the company's name; only for a line that a blank line
 * follows: Reuters-21578 wraps its first sentence after a company's name,
 * "Holiday Corp's Holiday Inn Hotel\nGroup said"), three capitalised words of three
 * letters or more at least, and no longer than a headline.  A sentence
 * naming an exchange ("Magna was up 1/8 on the New York Stock Exchange")
 * has a verb in lower case. */
static int title_line(const char *text, size_t a, size_t b, int clitics_ok) {
    if (b - a > TITLE_MAX_BYTES) return 0;
    size_t caps = 0;
    for (size_t i = a; i < b;) {
        if (!is_word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t e = word_end(text, b, i);
        word_case c = case_of(text + i, e - i);
        if (c == W_LOWER && !title_lower_word(text + i, e - i) && !(clitics_ok && clitic(text, a, i, e - i)))
            return 0;
        if (c == W_CAPITALISED && letters(text + i, e - i) >= 3) caps++;
        i = e;
    }
    return caps >= TITLE_MIN_WORDS;
}

/* The headline: the text's first line that holds a letter; [*a, *b). */
static int headline(const char *text, size_t len, size_t *a, size_t *b) {
    size_t next = 0;
    while (next < len) {
        *a = next;
        const char *nl = memchr(text + next, '\n', len - next);
        *b = nl ? (size_t)(nl - text) : len;
        next = *b + 1;
        for (size_t i = *a; i < *b; i++)
            if (is_word_byte((unsigned char)text[i])) return 1;
    }
    return 0;
}

/* Whether the line after the headline, ending at hb, goes on in lower
 * case: the first line of a sentence wrapped at a fixed width
 * (Reuters-21578's "The Commodity Credit Corporation, CCC,\nhas accepted
 * ..."), no headline. */
static int wrapped(const char *text, size_t len, size_t hb) {
    size_t i = hb + 1;
    while (i < len && (text[i] == ' ' || text[i] == '\t')) i++;
    if (i >= len || !is_word_byte((unsigned char)text[i])) return 0;
    return case_of(text + i, word_end(text, len, i) - i) == W_LOWER;
}


/* The stem key of w with its first letter lower-cased into tmp (the rest
 * as written: a common word of a title is capitalised once). */
static uint64_t lower_stem_key(vl_ner_truecaser *tc, const char *w, size_t n) {
    char tmp[MAX_WORD + 8];
    size_t k;
    utf8proc_int32_t c = cp_at(w, n, &k);
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(c), enc);
    if (c < 0 || m <= 0 || (size_t)m + (n - k) > MAX_WORD) return 0;
    memcpy(tmp, enc, (size_t)m);
    memcpy(tmp + m, w + k, n - k);
    size_t tn = (size_t)m + (n - k);
    const sb_symbol *s = sb_stemmer_stem(tc->stemmer, (const sb_symbol *)tmp, (int)tn);
    if (!s) return 0;
    return key_of(KIND_LOWER_STEM, (const char *)s, (size_t)sb_stemmer_length(tc->stemmer));
}

/* Whether the word at i starts a sentence: only spaces, quotes and
 * brackets between it and the line's start or a full stop, "!" or "?". */
static int sentence_initial(const char *text, size_t line_start, size_t i) {
    while (i > line_start) {
        char c = text[i - 1];
        if (c == '.' || c == '!' || c == '?' || c == ':') return 1;
        if (c != ' ' && c != '\t' && c != '"' && c != '(' && c != '\'' && (unsigned char)c < 0x80) return 0;
        if ((unsigned char)c >= 0x80) {
            /* a curly quote or a dash: look further back; a letter: not initial */
            size_t s = i - 1;
            while (s > line_start && ((unsigned char)text[s] & 0xC0) == 0x80) s--;
            size_t k;
            utf8proc_int32_t cp = cp_at(text + s, i - s, &k);
            utf8proc_category_t cat = cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category(cp);
            if (cat != UTF8PROC_CATEGORY_PI && cat != UTF8PROC_CATEGORY_PF && cat != UTF8PROC_CATEGORY_PS &&
                cat != UTF8PROC_CATEGORY_ZS)
                return 0;
            i = s;
            continue;
        }
        i--;
    }
    return 1;
}

/* The lines of text, one call each: [*a, *b) from *next; 0 at the end. */
static int next_line(const char *text, size_t len, size_t *next, size_t *a, size_t *b) {
    if (*next >= len) return 0;
    *a = *next;
    const char *nl = memchr(text + *a, '\n', len - *a);
    *b = nl ? (size_t)(nl - text) : len;
    *next = *b + 1;
    return 1;
}

/* Endings of nationalities, faiths' and parties' members, which CoNLL-2003
 * tags MISC and which raw news writes in lower case too rarely to matter
 * to the clusters' lower-cased keys ("Republicans", "Russians",
 * "Democrats", "Chinese", "British"). */
static const char *const people_endings[] = {"ican", "icans", "ian", "ians", "ese", "ish", "crat", "crats", NULL};

static int people_word(const char *w, size_t n) {
    for (const char *const *p = people_endings; *p; p++) {
        size_t k = strlen(*p);
        if (n > k + 1 && memcmp(w + n - k, *p, k) == 0) return 1;
    }
    return 0;
}

/* Lower-cases, in tc->buf, the first letter of the word at text[i..e). */
static void lower_first(vl_ner_truecaser *tc, const char *text, size_t i, size_t e) {
    size_t k;
    utf8proc_int32_t c = cp_at(text + i, e - i, &k);
    utf8proc_uint8_t enc[4];
    if (utf8proc_encode_char(utf8proc_tolower(c), enc) == (utf8proc_ssize_t)k) memcpy(tc->buf + i, enc, k);
}

#define MAX_VERBS 16

/* Whether the capitalised word w may be a verb's third person in -s
 * ("Stuns", "Sweeps"): ASCII letters, five or more, ending on one "s"
 * after no "s", "u" or "i" ("Glass", "Venus", "Paris"). */
static int verb_s(const char *w, size_t n) {
    if (n < 5 || n >= MAX_WORD || w[n - 1] != 's') return 0;
    char p = w[n - 2];
    if (p == 's' || p == 'u' || p == 'i') return 0;
    for (size_t k = 1; k < n; k++)
        if (w[k] < 'a' || w[k] > 'z') return 0;
    return 1;
}

/* The fallback for the headline's words the body never writes: a word
 * still capitalised in tc->buf, written capitalised nowhere in the body,
 * whose lower-case form is one of the frequent words of raw news the
 * model's clusters hold and that starts or continues no name of the
 * model's gazetteer ("Slams", "Unveils", "Human"; not "Hector", a given
 * name, nor "Rio", a place) is lower-cased, but before a full stop, the
 * mark of an abbreviation in a headline ("Bay Co Bldg Auth, Mich."; a
 * state, and "mich" is frequent enough), a word of the people of a
 * nation, faith or party (people_word: the clusters' keys are lower-cased,
 * and "republicans" is frequent), and the words before a colon ("Ann
 * Coulter: And Then There Was the One", a column's author).  1 when out of
 * memory. */
static int lexicon_pass(vl_ner_truecaser *tc, const char *text, size_t ha, size_t hb, const vl_ner_clusters *clusters,
                        const vl_ner_gaz *gaz) {
    if (!tc->sf && !(tc->sf = malloc(sizeof *tc->sf))) return 1;
    vl_ner_tok toks[VL_NER_MAX_SENT];
    vl_ner_lexer lx;
    const char *h = text + ha;
    vl_ner_lexer_init(&lx, h, hb - ha, VL_LANG_EN);
    /* the words before a colon name who speaks or the column, no common word */
    const char *cp = memchr(h, ':', hb - ha);
    size_t colon = cp ? (size_t)(cp - text) : ha, n;
    size_t verb_at[MAX_VERBS], verb_end[MAX_VERBS], nverb = 0;
    while ((n = vl_ner_next_sentence(&lx, toks, VL_NER_MAX_SENT)) > 0) {
        vl_ner_sent_prepare(tc->sf, h, toks, n);
        if (gaz && gaz->bits) vl_ner_gaz_mark(gaz, tc->sf);
        for (size_t t = 0; t < n; t++) {
            size_t i = ha + toks[t].start, e = ha + toks[t].end;
            if (word_end(text, hb, i) != e || case_of(tc->buf + i, e - i) != W_CAPITALISED) continue;
            if (set_has(tc, key_of(KIND_CAPITALISED_ANY, text + i, e - i))) continue;
            size_t d = e;
            while (d < hb && text[d] == ' ') d++;
            if (d < hb && text[d] == '.') continue; /* an abbreviation: "Mich.", "Calif." */
            if (people_word(text + i, e - i)) continue;
            if (i < colon) continue; /* a speaker or a column: "Milbank: Republicans ..." */
            if (tc->sf->gaz[t] & 0xFFFF) continue;
            if (!vl_ner_clusters_get(clusters, tc->sf->h_lower[t])) {
                if (nverb < MAX_VERBS && verb_s(text + i, e - i)) verb_at[nverb++] = i, verb_end[nverb - 1] = e;
                continue;
            }
            lower_first(tc, text, i, e);
        }
        /* a verb's -s form too rare for the clusters ("Stuns", "Sweeps",
         * "Jails"): its stem is frequent and starts no gazetteer name
         * ("Roberts": Robert, a given name) */
        for (size_t v = 0; v < nverb; v++) {
            size_t i = verb_at[v], m = verb_end[v] - i - 1;
            char stem[MAX_WORD];
            memcpy(stem, text + i, m);
            vl_ner_tok st;
            vl_ner_lexer sl;
            vl_ner_lexer_init(&sl, stem, m, VL_LANG_EN);
            if (vl_ner_next_sentence(&sl, &st, 1) != 1 || st.end != m) continue;
            vl_ner_sent_prepare(tc->sf, stem, &st, 1);
            if (gaz && gaz->bits) vl_ner_gaz_mark(gaz, tc->sf);
            if ((tc->sf->gaz[0] & 0xFFFF) || !vl_ner_clusters_get(clusters, tc->sf->h_lower[0])) continue;
            lower_first(tc, text, i, verb_end[v]);
        }
        nverb = 0;
    }
    return 0;
}

const char *vl_ner_truecase(vl_ner_truecaser *tc, const char *text, size_t len, const vl_ner_clusters *clusters,
                            const vl_ner_gaz *gaz) {
    size_t ha, hb;
    if (!headline(text, len, &ha, &hb) || !title_line(text, ha, hb, stands_apart(text, len, hb)) ||
        wrapped(text, len, hb))
        return text;
    /* the first letters of the headline's capitalised words, folded: a
     * body word that starts otherwise is none of them and is not stemmed */
    uint8_t first[32] = {0};
    for (size_t i = ha; i < hb;) {
        if (!is_word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        unsigned char c = (unsigned char)text[i];
        c = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
        first[c >> 3] |= (uint8_t)(1u << (c & 7));
        i = word_end(text, hb, i);
    }
    /* the body's evidence: stems written in lower case, words written
     * capitalised inside a sentence */
    tc->set_n = 0;
    if (tc->set) memset(tc->set, 0, tc->set_cap * sizeof *tc->set);
    size_t next = hb + 1, a, b;
    while (next_line(text, len, &next, &a, &b)) {
        for (size_t i = a; i < b;) {
            if (!is_word_byte((unsigned char)text[i])) {
                i++;
                continue;
            }
            size_t e = word_end(text, b, i);
            unsigned char f = (unsigned char)text[i];
            f = f >= 'A' && f <= 'Z' ? (unsigned char)(f + 32) : f;
            if (!(first[f >> 3] & (1u << (f & 7)))) {
                i = e;
                continue;
            }
            word_case c = case_of(text + i, e - i);
            uint64_t key = 0;
            if (c == W_LOWER) key = lower_stem_key(tc, text + i, e - i);
            else if (c == W_CAPITALISED && !sentence_initial(text, a, i))
                key = key_of(KIND_CAPITALISED, text + i, e - i);
            if (key && set_add(tc, key)) return NULL;
            if (c != W_LOWER && set_add(tc, key_of(KIND_CAPITALISED_ANY, text + i, e - i))) return NULL;
            i = e;
        }
    }
    if (tc->cap < len + 1) {
        char *buf = realloc(tc->buf, len + 1);
        if (!buf) return NULL;
        tc->buf = buf;
        tc->cap = len + 1;
    }
    memcpy(tc->buf, text, len);
    tc->buf[len] = '\0';
    for (size_t i = ha; i < hb;) {
        if (!is_word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t e = word_end(text, hb, i);
        if (case_of(text + i, e - i) == W_CAPITALISED && !set_has(tc, key_of(KIND_CAPITALISED, text + i, e - i))) {
            uint64_t key = lower_stem_key(tc, text + i, e - i);
            size_t k;
            utf8proc_int32_t c = cp_at(text + i, e - i, &k);
            utf8proc_uint8_t enc[4];
            if (key && set_has(tc, key) && utf8proc_encode_char(utf8proc_tolower(c), enc) == (utf8proc_ssize_t)k)
                memcpy(tc->buf + i, enc, k);
        }
        i = e;
    }
    if (clusters && clusters->bits && stands_apart(text, len, hb) && lexicon_pass(tc, text, ha, hb, clusters, gaz))
        return NULL;
    return tc->buf;
}
