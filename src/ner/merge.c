/*
 * merge.c -- one name per entity within a document: "Mark Rutte", then
 * "M. Rutte" and "Rutte", all get the canonical name "Mark Rutte".
 *
 * The rule (vl_ner_merge in ner.h): a mention's canonical name is the
 * longest mention of the same type whose words contain all of its words,
 * once leading titles are stripped from people's names (M., Mme, Dr,
 * President ...).  Why words and not substrings: "Rutte" must match "Mark
 * Rutte" but "Marc" must not match "Marcel Dupont".  Why the same type: a
 * country and a football club share names ("Paris" LOC, "Paris" in ORG
 * "Paris Saint-Germain").  When two longer mentions contain the short one
 * but not each other ("Rutte" with "Mark Rutte" and "Anna Rutte"), the
 * short one is ambiguous and keeps its own name: a wrong merge is worse
 * than a missed one for an analyst counting mentions.
 *
 * Canonical names are byte ranges of the text (the longest mention, titles
 * stripped), so merging allocates nothing.  It is quadratic in the number
 * of distinct mentions of a document, which stays small for dispatches; a
 * mention whose stripped form was seen before copies the earlier result.
 */
#include <string.h>

#include "ner/keys.h"
#include "ner/ner_internal.h"

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int ascii_ieq(const char *a, const char *b, size_t n) {
    for (size_t k = 0; k < n; k++) {
        unsigned char x = (unsigned char)a[k], y = (unsigned char)b[k];
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return 0;
    }
    return 1;
}

/* Titles that precede a person's name in French and English news, lower
 * case (ASCII letters compared without case, the rest as written). */
static const char *const titles[] = {
    "m.", "mm.", "mme", "mme.", "mmes", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "pr",
    "pr.", "prof", "prof.", "me", "mgr", "président", "présidente", "president", "sir", "dame", "lord",
    "lady", "gen.", "gén.", "général", "general", "sen.", "senator", "sénateur", "rep.", "gov.",
    "governor", "king", "queen", "prince", "princess", "princesse", "pope", "pape", "premier", "chancellor",
    "chancelière", "minister", "ministre", "st.", "rev."};

static int is_title(const char *w, size_t n) {
    for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++)
        if (strlen(titles[k]) == n && ascii_ieq(titles[k], w, n)) return 1;
    return 0;
}

/* Next word of [*pos, end): its start and length; 0 at the end. */
static int next_word(const char *text, size_t *pos, size_t end, size_t *ws, size_t *wn) {
    size_t p = *pos;
    while (p < end && is_space((unsigned char)text[p])) p++;
    if (p >= end) return 0;
    size_t s = p;
    while (p < end && !is_space((unsigned char)text[p])) p++;
    *ws = s;
    *wn = p - s;
    *pos = p;
    return 1;
}

static size_t count_words(const char *text, size_t s, size_t e) {
    size_t n = 0, ws, wn;
    while (next_word(text, &s, e, &ws, &wn)) n++;
    return n;
}

/* 1 when every word of [bs, be) is a word of [as, ae). */
static int words_contain(const char *text, size_t as, size_t ae, size_t bs, size_t be) {
    size_t p = bs, ws, wn;
    while (next_word(text, &p, be, &ws, &wn)) {
        size_t q = as, vs, vn;
        int found = 0;
        while (!found && next_word(text, &q, ae, &vs, &vn)) found = vn == wn && ascii_ieq(text + vs, text + ws, wn);
        if (!found) return 0;
    }
    return 1;
}

/* The mention without its leading titles into own_* (people only; a name
 * that is all titles is kept whole). */
static void strip_titles(const char *text, vl_ner_mention *m) {
    m->own_start = m->start;
    m->own_end = m->end;
    if (m->type != VL_NER_PER) return;
    size_t p = m->start, ws, wn;
    while (next_word(text, &p, m->end, &ws, &wn)) {
        if (!is_title(text + ws, wn)) {
            m->own_start = ws;
            return;
        }
    }
}

void vl_ner_merge(const char *text, vl_ner_mention *m, size_t n) {
    for (size_t i = 0; i < n; i++) strip_titles(text, &m[i]);
    for (size_t i = 0; i < n; i++) {
        size_t s = m[i].own_start, e = m[i].own_end;
        m[i].canon_start = s;
        m[i].canon_end = e;
        /* The same stripped form earlier: the same answer, since it was
         * compared with the same set of mentions. */
        int done = 0;
        for (size_t k = 0; k < i && !done; k++) {
            if (m[k].type != m[i].type || m[k].own_end - m[k].own_start != e - s) continue;
            if (memcmp(text + m[k].own_start, text + s, e - s) != 0) continue;
            m[i].canon_start = m[k].canon_start;
            m[i].canon_end = m[k].canon_end;
            done = 1;
        }
        if (done) continue;
        size_t nw = count_words(text, s, e), best_w = nw;
        int have = 0, ambiguous = 0;
        for (size_t j = 0; j < n && !ambiguous; j++) {
            if (j == i || m[j].type != m[i].type) continue;
            size_t js = m[j].own_start, je = m[j].own_end;
            if (je - js <= e - s || !words_contain(text, js, je, s, e)) continue;
            size_t jw = count_words(text, js, je);
            if (jw <= nw) continue;
            if (!have) {
                have = 1;
            } else if (words_contain(text, js, je, m[i].canon_start, m[i].canon_end)) {
                if (!(jw > best_w || (jw == best_w && je - js > m[i].canon_end - m[i].canon_start))) continue;
            } else {
                /* Neither contains the other: "Mark Rutte", "Anna Rutte". */
                if (!words_contain(text, m[i].canon_start, m[i].canon_end, js, je)) ambiguous = 1;
                continue;
            }
            m[i].canon_start = js;
            m[i].canon_end = je;
            best_w = jw;
        }
        if (ambiguous) {
            m[i].canon_start = s;
            m[i].canon_end = e;
        }
    }
}

size_t vl_ner_title_skip(const char *name, size_t len, vl_ner_type type) {
    vl_ner_mention m = {.type = type, .start = 0, .end = len};
    strip_titles(name, &m);
    return m.own_start;
}
