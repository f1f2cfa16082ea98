/*
 * quote.c -- the quotation engine (see quote.h): tokens from the entity
 * tagger's tokeniser, quotation spans from their marks, the reporting
 * clause on either side of a span (or an incise inside it), indirect
 * speech, and the speaker's resolution.  The words it knows are all in
 * quote_lex.c; here are only the patterns, which are few:
 *
 *   after the closing mark   « … », a déclaré X       "…," said X
 *                            « … », a-t-elle ajouté   "…," X told reporters
 *                            « … », selon X           "…," according to X
 *   before the opening mark  X a affirmé : « … »      X said: "…"
 *                            selon X, « … »           X a qualifié … de « … »
 *   inside (an incise)       « …, a-t-il dit, … »     "…, he said, …"
 *   indirect speech          X a déclaré que …        X said (that) …
 *                            …, a-t-il dit.           …, he said.
 *
 * A speaker is a noun phrase found next to the verb: a named entity, a
 * subject pronoun (il, she, a-t-il), or a description (le ministre
 * bélarusse, the Republican leader).  Pronouns go to the most recent
 * person named outside quotation marks (of the same gender when a civil
 * title tells it); descriptions to the person they are apposed to
 * elsewhere in the dispatch ("X, le ministre bélarusse", "le ministre
 * bélarusse X"), else they stay the speaker.
 *
 * Nothing is allocated per token: the token, span and output arrays grow
 * in the tagger and are reused.
 */
#include "extract/quote.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "base/base.h"
#include "extract/event_tokens.h"
#include "extract/keyfilter.h"
#include "extract/quote_internal.h"
#include "ner/ner_internal.h"

/* ------------------------------------------------------------- lexicon */

enum { LI_FR = 0, LI_EN = 1 };

typedef struct qent {
    uint32_t off; /* key in the arena; 0: empty slot */
    uint16_t len;
    uint16_t cls[2];  /* QW_* by language */
    uint8_t verb[2];  /* 0, 1 (reporting verb), 2 (weak: only beside a quotation) */
    uint8_t say[2];   /* SAY_BARE: a verb of saying that takes a bare clause
                       * (said it was); SAY_QUALIFY: its quoted words may
                       * follow a preposition (qualifié de « … ») */
} qent;

enum { SAY_BARE = 1, SAY_QUALIFY = 2 };

/* Quotation marks. */
enum { QM_NONE, QM_FR_OPEN, QM_FR_CLOSE, QM_CURLY_OPEN, QM_CURLY_CLOSE, QM_STRAIGHT, QM_DASH };

/* Token flags of our own. */
enum { T_INV = 1, T_INQ = 2, T_UPPER = 4, T_COMMA = 8, T_COLON = 16, T_SEMI = 32, T_LINE = 64 };

typedef struct qtok {
    size_t start, end, cstart, cend;
    unsigned nflags;      /* VL_NTOK_* */
    uint16_t cls;         /* QW_* */
    uint8_t verb, say, qm, fl;
    int32_t ent_b, ent_e; /* entity starting / ending at this token, or -1 */
    uint16_t inv_cls;     /* T_INV: the classes of the pronoun (il, elle) */
    uint32_t h;           /* hash of the lower-cased word; 0 for punctuation */
} qtok;

typedef struct qspan {
    size_t o, c;  /* token indexes of the first and last token */
    int closed;
} qspan;

/* A noun phrase that names a speaker. */
enum { NP_NONE, NP_ENT, NP_PRON, NP_DESC };
typedef struct qnp {
    int kind;
    size_t tb, te; /* tokens, inclusive */
    int ent;       /* NP_ENT: entity index */
    uint16_t cls;  /* NP_PRON: the pronoun's classes */
} qnp;

struct vl_quote_tagger {
    qent *tab;
    size_t mask, maxlen;
    vl_buf arena;
    qtok *toks;
    size_t ntoks, captoks;
    qspan *spans;
    size_t nspans, capspans;
    vl_quote *out;
    size_t nout, capout;
    /* per call */
    const char *text;
    size_t len;
    const vl_ner_mention *ents;
    size_t nents;
    int lmask; /* 1: French, 2: English */
    vl_keyfilter filter; /* every key of tab, by hash_bytes */
};

/* The shared tokens' hash (vl_xhash, 32-bit FNV-1a), so that a word
 * whose folded key is its lower case (ASCII) needs no hashing of its own. */
static uint64_t hash_bytes(const char *s, size_t n) { return vl_xhash(s, n); }

/* h: hash_bytes(s, n). */
static inline qent *lookup_h(const vl_quote_tagger *t, const char *s, size_t n, uint64_t h) {
    if (n == 0 || n > 60 || !vl_keyfilter_may(&t->filter, h)) return NULL;
    for (size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        qent *e = &t->tab[i];
        if (!e->off) return NULL;
        if (e->len == n && memcmp(t->arena.data + e->off, s, n) == 0) return e;
    }
}

static qent *insert(vl_quote_tagger *t, const char *s, size_t n) {
    if (n == 0 || n > 60) return NULL;
    uint64_t h = hash_bytes(s, n);
    size_t i = h & t->mask;
    for (;; i = (i + 1) & t->mask) {
        qent *e = &t->tab[i];
        if (!e->off) break;
        if (e->len == n && memcmp(t->arena.data + e->off, s, n) == 0) return e;
    }
    size_t off = t->arena.len;
    if (n > t->maxlen) t->maxlen = n;
    if (vl_buf_append(&t->arena, s, n) || vl_buf_putc(&t->arena, 0)) return NULL;
    t->tab[i].off = (uint32_t)off;
    t->tab[i].len = (uint16_t)n;
    vl_keyfilter_add(&t->filter, h);
    return &t->tab[i];
}

/* Once the lexicon is in, its table shrinks to two to four slots per
 * entry (it was sized for the most forms the verbs could make): every
 * token of a text is looked up, and a small table stays in cache. */
static int compact_table(vl_quote_tagger *t) {
    size_t used = 0;
    for (size_t i = 0; i <= t->mask; i++) used += t->tab[i].off != 0;
    size_t want = 64;
    while (want < 2 * used) want <<= 1;
    if (want > t->mask) return VL_OK;
    qent *tab = calloc(want, sizeof *tab);
    if (!tab) return VL_ENOMEM;
    for (size_t i = 0; i <= t->mask; i++) {
        const qent *e = &t->tab[i];
        if (!e->off) continue;
        size_t j = hash_bytes(t->arena.data + e->off, e->len) & (want - 1);
        while (tab[j].off) j = (j + 1) & (want - 1);
        tab[j] = *e;
    }
    free(t->tab);
    t->tab = tab;
    t->mask = want - 1;
    return VL_OK;
}

static int add_word(vl_quote_tagger *t, const char *w, size_t n, int lang, uint16_t cls, int verb, int say) {
    qent *e = insert(t, w, n);
    if (!e) return VL_ENOMEM;
    for (int l = 0; l < 2; l++) {
        if (!(lang & (1 << l))) continue;
        e->cls[l] |= cls;
        if (verb && (!e->verb[l] || verb < e->verb[l])) e->verb[l] = (uint8_t)verb;
        e->say[l] |= (uint8_t)say;
    }
    return VL_OK;
}

static int add_form(vl_quote_tagger *t, const char *stem, size_t n, const char *suffix, int lang, int verb, int say) {
    char buf[80];
    size_t sl = strlen(suffix);
    if (n + sl >= sizeof buf) return VL_OK;
    memcpy(buf, stem, n);
    memcpy(buf + n, suffix, sl);
    return add_word(t, buf, n + sl, lang, QW_VERB, verb, say);
}

/* The regular forms of a French verb of group 1 (-er) or 2 (-ir). */
static int french_forms(vl_quote_tagger *t, const char *lemma, int group2, int verb, int say) {
    size_t n = strlen(lemma);
    if (n < 3) return VL_OK;
    size_t sn = n - 2; /* the stem: lemma without -er / -ir */
    static const char *const g1[] = {"er", "e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient",
                                     "a", "ant", "era", "erait", "eront", "eraient", "ons", "èrent", "ai", NULL};
    static const char *const g2[] = {"ir", "it", "i", "ie", "is", "issent", "issait", "issaient",
                                     "ira", "irait", "issant", "irent", NULL};
    const char *const *suf = group2 ? g2 : g1;
    int rc = VL_OK;
    for (size_t k = 0; !rc && suf[k]; k++) {
        char stem[80];
        if (sn + 2 >= sizeof stem) return VL_OK;
        memcpy(stem, lemma, sn);
        size_t m = sn;
        /* lancer -> lança, juger -> jugea: before a and o */
        if (!group2 && (suf[k][0] == 'a' || suf[k][0] == 'o')) {
            if (stem[m - 1] == 'c') {
                memcpy(stem + m - 1, "ç", 2);
                m++;
            } else if (stem[m - 1] == 'g') {
                stem[m++] = 'e';
            }
        }
        rc = add_form(t, stem, m, suf[k], QL_FR, verb, say);
    }
    return rc;
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* The regular forms of an English verb: -s, -ed, -ing. */
static int english_forms(vl_quote_tagger *t, const char *lemma, int verb, int say) {
    size_t n = strlen(lemma);
    if (n < 2) return VL_OK;
    char last = lemma[n - 1], prev = lemma[n - 2];
    int rc = add_form(t, lemma, n, "", QL_EN, verb, say);
    if (last == 'y' && !is_vowel(prev)) {
        rc = rc ? rc : add_form(t, lemma, n - 1, "ies", QL_EN, verb, say);
        rc = rc ? rc : add_form(t, lemma, n - 1, "ied", QL_EN, verb, say);
        rc = rc ? rc : add_form(t, lemma, n, "ing", QL_EN, verb, say);
        return rc;
    }
    int es = last == 's' || last == 'x' || last == 'z' || last == 'o' ||
             (last == 'h' && (prev == 's' || prev == 'c'));
    rc = rc ? rc : add_form(t, lemma, n, es ? "es" : "s", QL_EN, verb, say);
    if (last == 'e') {
        rc = rc ? rc : add_form(t, lemma, n, "d", QL_EN, verb, say);
        rc = rc ? rc : add_form(t, lemma, prev == 'e' ? n : n - 1, "ing", QL_EN, verb, say);
    } else {
        rc = rc ? rc : add_form(t, lemma, n, "ed", QL_EN, verb, say);
        rc = rc ? rc : add_form(t, lemma, n, "ing", QL_EN, verb, say);
    }
    return rc;
}

static int compile(vl_quote_tagger *t) {
    size_t want = 1;
    while (want < 8 * (vl_quote_verbs_len * 20 + vl_quote_words_len)) want <<= 1;
    t->tab = calloc(want, sizeof *t->tab);
    if (!t->tab) return VL_ENOMEM;
    t->mask = want - 1;
    if (vl_buf_putc(&t->arena, 0)) return VL_ENOMEM; /* offset 0 means empty */
    for (size_t i = 0; i < vl_quote_words_len; i++) {
        const qt_word *w = &vl_quote_words[i];
        if (add_word(t, w->word, strlen(w->word), w->lang, w->cls, 0, 0)) return VL_ENOMEM;
    }
    for (size_t i = 0; i < vl_quote_verbs_len; i++) {
        const qt_verb *v = &vl_quote_verbs[i];
        int strength = (v->flags & QV_WEAK) ? 2 : 1;
        const char *lemma = v->lemma;
        if (strchr(lemma, ' ') && strncmp(lemma, "se ", 3) != 0) continue; /* several words */
        if (strncmp(lemma, "se ", 3) == 0) lemma += 3;
        else if (strncmp(lemma, "s'", 2) == 0) lemma += 2;
        int say = v->lang == QL_EN && strcmp(v->lemma, "say") == 0 ? SAY_BARE : 0;
        for (size_t q = 0; q < vl_quote_qualify_len; q++)
            if ((vl_quote_qualify[q].lang & v->lang) && strcmp(vl_quote_qualify[q].lemma, v->lemma) == 0) say |= SAY_QUALIFY;
        int rc = VL_OK;
        if (!(v->flags & QV_NOGEN)) {
            size_t n = strlen(lemma);
            if (v->lang == QL_FR && n > 2 && (lemma[n - 2] == 'e' || lemma[n - 2] == 'i') && lemma[n - 1] == 'r')
                rc = french_forms(t, lemma, (v->flags & QV_GROUP2) != 0, strength, say);
            else if (v->lang == QL_EN)
                rc = english_forms(t, lemma, strength, say);
        } else {
            rc = add_word(t, lemma, strlen(lemma), v->lang, QW_VERB, strength, say);
        }
        for (const char *f = v->forms; !rc && f && *f;) {
            while (*f == ' ') f++;
            const char *e = f;
            while (*e && *e != ' ') e++;
            if (e > f) rc = add_word(t, f, (size_t)(e - f), v->lang, QW_VERB, strength, say);
            f = e;
        }
        if (rc) return rc;
    }
    return compact_table(t);
}

int vl_quote_tagger_new(vl_quote_tagger **out, vl_error *err) {
    vl_quote_tagger *t = calloc(1, sizeof *t);
    *out = NULL;
    if (!t) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    vl_buf_init(&t->arena);
    if (compile(t)) {
        vl_quote_tagger_free(t);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    *out = t;
    return VL_OK;
}

void vl_quote_tagger_free(vl_quote_tagger *t) {
    if (!t) return;
    free(t->tab);
    vl_buf_free(&t->arena);
    free(t->toks);
    free(t->spans);
    free(t->out);
    free(t);
}

/* -------------------------------------------------------------- tokens */

static int32_t cp_at(const char *s, size_t len, size_t pos) {
    utf8proc_int32_t cp;
    if (pos >= len) return -1;
    if ((unsigned char)s[pos] < 0x80) return (unsigned char)s[pos];
    if (utf8proc_iterate((const utf8proc_uint8_t *)s + pos, (utf8proc_ssize_t)(len - pos), &cp) <= 0) return -1;
    return cp;
}

/* Lower case, ’ as ', into buf; 0 when it does not fit.  Also, in the
 * same pass, *h = hash_bytes(buf, length) and *hyphen = whether buf holds
 * a '-'. */
static size_t lower(const char *s, size_t n, char *buf, size_t cap, uint32_t *h, int *hyphen) {
    size_t o = 0, i = 0;
    uint32_t x = 2166136261u;
    int hy = 0;
    while (i < n) {
        unsigned char a = (unsigned char)s[i];
        if (a < 0x80 && o + (n - i) < cap) {
            /* a run of ASCII that fits whatever its length: no bound
             * check per byte */
            do {
                a = (unsigned char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
                hy |= a == '-';
                x = (x ^ a) * 16777619u;
                buf[o++] = (char)a;
                i++;
            } while (i < n && (a = (unsigned char)s[i]) < 0x80);
            continue;
        }
        if (a < 0x80) {
            if (o + 1 >= cap) return 0;
            a = (unsigned char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
            hy |= a == '-';
            x = (x ^ a) * 16777619u;
            buf[o++] = (char)a;
            i++;
            continue;
        }
        unsigned char b = i + 1 < n ? (unsigned char)s[i + 1] : 0;
        if (a == 0xC3 && b >= 0x80 && b < 0xC0) {
            /* Latin-1 letters, the common case: what utf8proc_tolower
             * does to U+00C0..U+00FF (À..Þ but × one bit up, the others
             * as they are), without decoding */
            if (o + 4 >= cap) return 0;
            if (b <= 0x9E && b != 0x97) b += 0x20;
            x = (x ^ a) * 16777619u;
            x = (x ^ b) * 16777619u;
            buf[o++] = (char)a;
            buf[o++] = (char)b;
            i += 2;
            continue;
        }
        if (a == 0xE2 && b == 0x80 && i + 2 < n && (unsigned char)s[i + 2] == 0x99) {
            /* ’ as ' */
            if (o + 4 >= cap) return 0;
            x = (x ^ '\'') * 16777619u;
            buf[o++] = '\'';
            i += 3;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) return 0;
        i += (size_t)k;
        if (cp == 0x2019 || cp == 0x02BC) cp = '\'';
        cp = utf8proc_tolower(cp);
        if (o + 4 >= cap) return 0;
        size_t e = (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf + o);
        for (size_t j = o; j < o + e; j++) {
            hy |= buf[j] == '-';
            x = (x ^ (unsigned char)buf[j]) * 16777619u;
        }
        o += e;
    }
    *h = x;
    *hyphen = hy;
    return o;
}

/* h: hash_bytes(s, n). */
static inline const qent *word_entry_h(const vl_quote_tagger *t, const char *s, size_t n, uint64_t h, uint16_t *cls,
                                uint8_t *verb, uint8_t *say) {
    const qent *e = lookup_h(t, s, n, h);
    *cls = 0;
    *verb = 0;
    *say = 0;
    if (!e) return NULL;
    for (int l = 0; l < 2; l++) {
        if (!(t->lmask & (1 << l))) continue;
        *cls |= e->cls[l];
        if (e->verb[l] && (!*verb || e->verb[l] < *verb)) *verb = e->verb[l];
        *say |= e->say[l];
    }
    return e;
}

static const qent *word_entry(const vl_quote_tagger *t, const char *s, size_t n, uint16_t *cls, uint8_t *verb,
                              uint8_t *say) {
    return word_entry_h(t, s, n, hash_bytes(s, n), cls, verb, say);
}

/* Classifies a word token: lexicon classes, and French inversion
 * (dit-il, a-t-elle: the head word's classes, the pronoun as inv_cls).
 * xk: the same token among the shared tokens, or NULL: an ASCII word's
 * folded key is its lower case, hashed already. */
static void classify(vl_quote_tagger *t, qtok *k, const vl_xtok *xk) {
    unsigned char b0 = (unsigned char)t->text[k->start];
    if (b0 < 0x80) {
        if (b0 >= 'A' && b0 <= 'Z') k->fl |= T_UPPER;
    } else {
        int32_t c0 = cp_at(t->text, t->len, k->start);
        if (c0 >= 0 && utf8proc_isupper(c0)) k->fl |= T_UPPER;
    }
    char lbuf[96];
    const char *buf = lbuf;
    uint64_t h;
    int hyphen;
    size_t n = k->end - k->start;
    if (xk && xk->ascii) { /* all ASCII: its key is its lower case, of its length */
        buf = xk->key;
        h = xk->kh;
        hyphen = xk->ksplit && memchr(buf, '-', n) != NULL;
    } else {
        uint32_t h32;
        n = lower(t->text + k->start, n, lbuf, sizeof lbuf, &h32, &hyphen);
        h = h32;
    }
    if (!n) return;
    k->h = (uint32_t)h | 1;
    /* no lexicon word is longer than maxlen bytes (inversions add -t-elles) */
    if (n > t->maxlen + 8) return;
    word_entry_h(t, buf, n, h, &k->cls, &k->verb, &k->say);
    if (!(t->lmask & QL_FR) || !hyphen) return;
    const char *last = memchr(buf, '-', n);
    const char *p = last;
    while ((p = memchr(p + 1, '-', (size_t)(buf + n - p - 1)))) last = p;
    uint16_t pc;
    uint8_t pv, ps;
    word_entry(t, last + 1, (size_t)(buf + n - last - 1), &pc, &pv, &ps);
    if (!(pc & QW_PRON)) return;
    const char *first = memchr(buf, '-', n);
    uint16_t hc;
    uint8_t hv, hs;
    word_entry(t, buf, (size_t)(first - buf), &hc, &hv, &hs);
    if (!hv && !(hc & QW_AUX)) return;
    k->fl |= T_INV;
    k->inv_cls = pc;
    k->cls = hc;
    k->verb = hv;
    k->say = hs;
}

static int quote_mark(int32_t cp) {
    switch (cp) {
    case 0xAB: return QM_FR_OPEN;
    case 0xBB: return QM_FR_CLOSE;
    case 0x201C: return QM_CURLY_OPEN;
    case 0x201D: return QM_CURLY_CLOSE;
    case '"': return QM_STRAIGHT;
    default: return QM_NONE;
    }
}

static int is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* The length of the shared tokens' sentence *s (x: the text tokenised once
 * for all the extractors), read in place, and *s moved past it; 0 after
 * the last. */
static size_t shared_sentence(const vl_xtext *x, size_t *s) {
    if (*s >= x->nsent) return 0;
    size_t n = x->sent[*s + 1] - x->sent[*s];
    (*s)++;
    return n;
}

/* A '\n' in s[0, n): the gap between two tokens, most often one space,
 * looked at in place rather than through a memchr call. */
static inline int has_newline(const char *s, size_t n) {
    if (n > 16) return memchr(s, '\n', n) != NULL;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n') return 1;
    return 0;
}

static int tokenize(vl_quote_tagger *t, vl_lang lang, const vl_xtext *x) {
    vl_ner_lexer lx;
    vl_ner_tok sent[VL_NER_MAX_SENT];
    vl_ner_lexer_init(&lx, t->text, t->len, lang);
    t->ntoks = 0;
    size_t n, xs = 0;
    /* from the shared tokens, read in place; else the lexer's, in sent */
    while ((n = x ? shared_sentence(x, &xs) : vl_ner_next_sentence(&lx, sent, VL_NER_MAX_SENT)) > 0) {
        /* the sentence's shared tokens (xs is past it) */
        const vl_xtok *xs_tok = x ? &x->tok[x->sent[xs - 1]] : NULL;
        /* room for the whole sentence, grown once */
        while (t->captoks < t->ntoks + n) {
            qtok *a = vl_array_grow(t->toks, &t->captoks, t->captoks, sizeof *a, 256);
            if (!a) return VL_ENOMEM;
            t->toks = a;
        }
        for (size_t i = 0; i < n; i++) {
            qtok *k = &t->toks[t->ntoks++];
            memset(k, 0, sizeof *k);
            if (xs_tok) {
                k->start = xs_tok[i].start;
                k->end = xs_tok[i].end;
                k->cstart = xs_tok[i].cstart;
                k->cend = xs_tok[i].cend;
                k->nflags = xs_tok[i].flags;
            } else {
                k->start = sent[i].start;
                k->end = sent[i].end;
                k->cstart = sent[i].cstart;
                k->cend = sent[i].cend;
                k->nflags = sent[i].flags;
            }
            k->ent_b = k->ent_e = -1;
            /* a line break before the token: a paragraph for quotations
             * (dispatches often break paragraphs with a single newline) */
            size_t from = t->ntoks > 1 ? t->toks[t->ntoks - 2].end : 0;
            if (t->ntoks == 1 || has_newline(t->text + from, k->start - from)) k->fl |= T_LINE;
            if (k->nflags & VL_NTOK_WORD) {
                classify(t, k, xs_tok ? &xs_tok[i] : NULL);
            } else {
                int32_t cp = cp_at(t->text, t->len, k->start);
                k->qm = (uint8_t)quote_mark(cp);
                /* a curly mark turned the wrong way (”Fear. I am …, “Mostly
                 * False.“): by its place, between a space and a word */
                if (k->qm == QM_CURLY_CLOSE || k->qm == QM_CURLY_OPEN) {
                    int sp_before = k->start == 0 || is_space_byte(t->text[k->start - 1]);
                    int sp_after = k->end >= t->len || is_space_byte(t->text[k->end]);
                    if (k->qm == QM_CURLY_CLOSE && sp_before && !sp_after) k->qm = QM_CURLY_OPEN;
                    else if (k->qm == QM_CURLY_OPEN && !sp_before && sp_after) k->qm = QM_CURLY_CLOSE;
                }
                if (cp == 0x2014 || cp == 0x2013 || (cp == '-' && k->start + 1 < t->len && t->text[k->start + 1] == '-'))
                    k->qm = QM_DASH;
                if (cp == ',') k->fl |= T_COMMA;
                if (cp == ':') k->fl |= T_COLON;
                if (cp == ';') k->fl |= T_SEMI;
            }
            /* the tagger's sentence may end inside a paragraph: what
             * matters here is only where paragraphs start */
        }
    }
    /* d'après, split at its apostrophe: the elided "d'" says "selon", the
     * "après" after it is the preposition (as in "according to") */
    for (size_t i = 0; i + 1 < t->ntoks && (t->lmask & QL_FR); i++) {
        qtok *a = &t->toks[i], *b = &t->toks[i + 1];
        size_t an = a->end - a->start;
        if (!(a->nflags & VL_NTOK_WORD) || b->start != a->end || b->end - b->start != 6 || (an != 2 && an != 4) ||
            (t->text[a->start] | 32) != 'd' || strncasecmp(t->text + b->start, "apr\xc3\xa8s", 6) != 0)
            continue;
        if (t->text[a->start + 1] == '\'' || (an == 4 && memcmp(t->text + a->start + 1, "\xe2\x80\x99", 3) == 0))
            a->cls |= QW_ACCORDING;
    }
    /* Entities onto tokens. */
    size_t e = 0;
    for (size_t i = 0; i < t->ntoks && e < t->nents; i++) {
        while (e < t->nents && t->ents[e].end <= t->toks[i].start) e++;
        if (e >= t->nents) break;
        if (t->ents[e].start <= t->toks[i].start && t->toks[i].start < t->ents[e].end) {
            if (t->ents[e].start == t->toks[i].start || t->toks[i].ent_b < 0) {
                if (i == 0 || t->toks[i - 1].ent_b != (int32_t)e) {
                    /* first token of entity e */
                    size_t j = i;
                    while (j + 1 < t->ntoks && t->toks[j + 1].start < t->ents[e].end) j++;
                    t->toks[i].ent_b = (int32_t)e;
                    t->toks[j].ent_e = (int32_t)e;
                    i = j;
                    e++;
                }
            }
        }
    }
    return VL_OK;
}

/* -------------------------------------------------------------- spans */

static int is_para(const qtok *k) { return (k->fl & T_LINE) != 0; }
static int is_term(const qtok *k) { return (k->nflags & VL_NTOK_TERMINAL) && !(k->nflags & VL_NTOK_WORD); }
static int is_word(const qtok *k) { return (k->nflags & VL_NTOK_WORD) != 0; }

/* Does token k end with the ASCII suffix suf (case-insensitive)? */
static int ends_with(const vl_quote_tagger *t, size_t k, const char *suf) {
    const qtok *x = &t->toks[k];
    size_t n = strlen(suf), len = x->end - x->start;
    if (len < n) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = t->text[x->end - n + i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != suf[i]) return 0;
    }
    return 1;
}

/* An adverb between a subject and its verb (X further described, Y
 * fermement dénoncé): a word of the lexicon's, or a lower-case word of
 * five letters or more in -ly (English) or -ment (French) that follows no
 * determiner or preposition (the family, le gouvernement are nouns). */
static int adverb_like(const vl_quote_tagger *t, size_t k) {
    const qtok *x = &t->toks[k];
    if (x->cls & QW_ADV) return 1;
    if (!is_word(x) || x->cls || x->verb || (x->fl & (T_UPPER | T_INV)) || x->ent_b >= 0 || x->ent_e >= 0 ||
        x->end - x->start < 5)
        return 0;
    if (k > 0 && (t->toks[k - 1].cls & (QW_DET | QW_FUNC | QW_STOP))) return 0;
    return ((t->lmask & QL_EN) && ends_with(t, k, "ly")) || ((t->lmask & QL_FR) && ends_with(t, k, "ment"));
}

/* The English pronoun "it" (a statement, a newspaper, an organisation). */
static int is_it(const vl_quote_tagger *t, size_t k) {
    const qtok *x = &t->toks[k];
    return (t->lmask & QL_EN) && x->end - x->start == 2 && (t->text[x->start] | 32) == 'i' &&
           (t->text[x->start + 1] | 32) == 't';
}

static int opens(int fam, int qm) {
    return (fam == QM_FR_OPEN && qm == QM_FR_OPEN) || (fam == QM_CURLY_OPEN && qm == QM_CURLY_OPEN) ||
           (fam == QM_STRAIGHT && qm == QM_STRAIGHT);
}
static int closes(int fam, int qm) {
    return (fam == QM_FR_OPEN && qm == QM_FR_CLOSE) || (fam == QM_CURLY_OPEN && qm == QM_CURLY_CLOSE) ||
           (fam == QM_STRAIGHT && qm == QM_STRAIGHT);
}
/* A paragraph that opens with one of these continues an open quotation. */
static int continues(int fam, int qm) { return opens(fam, qm) || (fam == QM_FR_OPEN && qm == QM_FR_CLOSE); }

static int add_span(vl_quote_tagger *t, size_t o, size_t c, int closed) {
    qspan *a = vl_array_grow(t->spans, &t->capspans, t->nspans, sizeof *a, 16);
    if (!a) return VL_ENOMEM;
    t->spans = a;
    t->spans[t->nspans++] = (qspan){o, c, closed};
    return VL_OK;
}

static int find_spans(vl_quote_tagger *t) {
    t->nspans = 0;
    size_t n = t->ntoks;
    for (size_t i = 0; i < n; i++) {
        int qm = t->toks[i].qm;
        if (qm == QM_FR_OPEN || qm == QM_CURLY_OPEN || qm == QM_STRAIGHT) {
            size_t j = i + 1;
            int closed = 0;
            /* “…," or "…”: in the opening paragraph, a closing mark of
             * another kind before the proper one closes the quotation */
            for (size_t m = i + 1; m < n && !is_para(&t->toks[m]); m++) {
                int km = t->toks[m].qm;
                if (closes(qm, km)) break;
                if (km == QM_STRAIGHT || km == QM_CURLY_CLOSE || km == QM_FR_CLOSE) {
                    j = m;
                    closed = 1;
                    break;
                }
            }
            for (; j < n && !closed; j++) {
                const qtok *k = &t->toks[j];
                if (is_para(k)) {
                    if (continues(qm, k->qm)) continue;
                    break;
                }
                if (closes(qm, k->qm)) {
                    closed = 1;
                    break;
                }
            }
            size_t c = closed ? j : j - 1;
            if (c > i && add_span(t, i, c, closed)) return VL_ENOMEM;
            i = c;
        } else if (qm == QM_DASH && is_para(&t->toks[i]) && (t->lmask & QL_FR) && i + 1 < n &&
                   !is_para(&t->toks[i + 1])) {
            size_t w = i + 1;
            if (t->toks[w].start == t->toks[i].end && t->text[t->toks[w].start] == '-') w++; /* -- */
            if (w >= n || is_para(&t->toks[w]) || !((t->toks[w].fl & T_UPPER) || !is_word(&t->toks[w]))) continue;
            /* French dialogue: a paragraph opening with a dash (or --) */
            size_t j = i + 1;
            while (j < n && !is_para(&t->toks[j])) j++;
            if (add_span(t, i, j - 1, 0)) return VL_ENOMEM;
            i = j - 1;
        }
    }
    return VL_OK;
}

/* --------------------------------------------------------- noun phrases */

/* Is token k one of the words of list (lower case)? */
static int in_list(const vl_quote_tagger *t, size_t k, const qt_lemma *list, size_t n) {
    const qtok *x = &t->toks[k];
    if (!is_word(x) || x->end - x->start > 12) return 0;
    char buf[32];
    uint32_t h;
    int hy;
    size_t m = lower(t->text + x->start, x->end - x->start, buf, sizeof buf, &h, &hy);
    for (size_t i = 0; m && i < n; i++)
        if ((list[i].lang & t->lmask) && strlen(list[i].lemma) == m && memcmp(list[i].lemma, buf, m) == 0) return 1;
    return 0;
}

/* Is token k a preposition (à, de, to, as)? */
static int is_prep(const vl_quote_tagger *t, size_t k) { return in_list(t, k, vl_quote_preps, vl_quote_preps_len); }


/* Backward from token k (inclusive), not before lo: the speaker a verb's
 * subject names. */
static qnp np_before(const vl_quote_tagger *t, size_t k, size_t lo) {
    qnp np = {0};
    const qtok *T = t->toks;
    while (k > lo && ((T[k].cls & (QW_AUX | QW_ADV)) || adverb_like(t, k)) && !(T[k].fl & T_INV) && T[k].ent_e < 0)
        k--;
    /* Sen. Claire McCaskill (D-Mo.) said: the parenthesis is no subject */
    if (k > lo && k >= 2 && t->text[T[k].start] == ')') {
        size_t j = k;
        while (j > lo && k - j < 8 && t->text[T[j].start] != '(') j--;
        if (t->text[T[j].start] == '(' && j > lo) k = j - 1;
    }
    if (k < lo || (T[k].fl & T_INQ) || T[k].qm) return np;
    if (T[k].ent_e >= 0) {
        np.kind = NP_ENT;
        np.ent = T[k].ent_e;
        np.te = k;
        np.tb = k;
        while (np.tb > lo && T[np.tb].ent_b != np.ent) np.tb--;
        /* le porte-parole du Kremlin, a spokesman for the ministry: the
         * entity is the complement of a description */
        size_t fb = np.tb; /* la ministre de la Santé, the head of the agency */
        if (fb > lo + 2 && (T[fb - 1].cls & QW_DET) && (T[fb - 1].cls & QW_FUNC) && (T[fb - 2].cls & QW_FUNC) &&
            !(T[fb - 2].cls & QW_DET))
            fb--;
        if (fb > lo + 1 && (T[fb - 1].cls & QW_FUNC) && !(T[fb - 1].cls & QW_DET) &&
            is_word(&T[fb - 2]) && !T[fb - 2].verb && !(T[fb - 2].cls & (QW_STOP | QW_THAT)) &&
            T[fb - 2].ent_e < 0) {
            qnp d = np_before(t, fb - 2, lo);
            if (d.kind == NP_DESC) {
                d.te = k;
                return d;
            }
        }
        return np;
    }
    if (!is_word(&T[k])) {
        /* apposition: X, le ministre des Affaires étrangères, a dit; X,
         * the attorney general of Oklahoma, one of the states suing, said:
         * back over comma-separated segments to a person before a comma,
         * or to a name that opens the clause */
        if (!(T[k].fl & T_COMMA) || k == 0) return np;
        /* his former partner, Lawrence Cummings, said: the name in
         * apposition just before the verb */
        if (k > lo && T[k - 1].ent_e >= 0 && t->ents[T[k - 1].ent_e].type == VL_NER_PER) {
            size_t c = k - 1;
            while (c > lo && T[c].ent_b != T[k - 1].ent_e) c--;
            if (c > lo && (T[c - 1].fl & T_COMMA)) {
                np.kind = NP_ENT;
                np.ent = T[k - 1].ent_e;
                np.tb = c;
                np.te = k - 1;
                return np;
            }
        }
        for (size_t j = k - 1, n = 0; j > lo && n < 30; j--, n++) {
            const qtok *x = &T[j];
            if ((is_term(x) && !(T[j + 1].fl & T_COMMA)) || x->qm || (x->fl & (T_INQ | T_SEMI | T_COLON))) break;
            size_t pe = j - 1; /* Rep. Jim Jordan (R-Ohio), an oversight panel member, said */
            if ((x->fl & T_COMMA) && t->text[T[pe].start] == ')') {
                size_t q = pe;
                while (q > lo && pe - q < 8 && t->text[T[q].start] != '(') q--;
                if (t->text[T[q].start] == '(' && q > lo) pe = q - 1;
            }
            if ((x->fl & T_COMMA) && T[pe].ent_e >= 0 &&
                (t->ents[T[pe].ent_e].type == VL_NER_PER || pe == lo || T[pe].ent_e == T[lo].ent_b)) {
                np.kind = NP_ENT;
                np.ent = T[pe].ent_e;
                np.te = pe;
                np.tb = pe;
                while (np.tb > lo && T[np.tb].ent_b != np.ent) np.tb--;
                return np;
            }
        }
        return np;
    }
    if (T[k].cls & QW_PRON) {
        np.kind = NP_PRON;
        np.tb = np.te = k;
        np.cls = T[k].cls;
        return np;
    }
    /* X, the Senate leader, who in 2010 said: the relative's antecedent */
    if ((T[k].cls & QW_REL) && k > lo) {
        const qtok *p = &T[k - 1];
        if (p->ent_e >= 0 && t->ents[p->ent_e].type == VL_NER_PER) return np_before(t, k - 1, lo);
        if ((p->fl & T_COMMA) && k >= lo + 2 && T[k - 2].ent_e >= 0 && t->ents[T[k - 2].ent_e].type == VL_NER_PER)
            return np_before(t, k - 2, lo);
        if (p->fl & T_COMMA) {
            np = np_before(t, k - 1, lo);
            if (np.kind == NP_ENT) return np;
            np.kind = NP_NONE;
        }
        return np;
    }
    if (T[k].cls & (QW_NOSAY | QW_STOP | QW_THAT | QW_DET | QW_FUNC) || T[k].verb) return np;
    /* a description: back to its determiner */
    size_t j = k, words = 0;
    int det = 0;
    for (;;) {
        if (T[j].cls & QW_DET) {
            det = 1;
            if (j > lo && j >= 1 && (T[j - 1].cls & QW_FUNC) && !(T[j - 1].cls & QW_DET) && j - 1 > lo) {
                j -= 2;
                continue;
            }
            break;
        }
        if (j == lo || j == 0 || words >= 8) break;
        const qtok *p = &T[j - 1];
        /* Obama's former campaign strategist: the possessive is its determiner */
        if (is_word(p) && p->end - p->start <= 4 && (p->end - p->start == 2 || p->end - p->start == 4) &&
            (t->text[p->end - 1] == 's' || t->text[p->end - 1] == 'S') && j >= 2 && T[j - 2].ent_e >= 0 &&
            p->start == T[j - 2].end && j - 2 >= lo) {
            size_t eb = j - 2;
            while (eb > lo && T[eb].ent_b != T[j - 2].ent_e) eb--;
            j = eb;
            det = 1;
            break;
        }
        if (!is_word(p) || (p->cls & (QW_STOP | QW_THAT | QW_PRON | QW_NOSAY)) || p->verb || (p->fl & T_INQ))
            break;
        if (p->ent_e >= 0 && t->ents[p->ent_e].type == VL_NER_PER) break;
        j--;
        words++;
    }
    /* who in 2010 said, qui en mars a dit: the words after a preposition
     * are its complement, the subject is before it */
    if (!det && j > lo + 1 && (T[j - 1].cls & QW_STOP) && !(T[j - 1].cls & (QW_REL | QW_PRON)) && is_word(&T[j - 1]) &&
        !(T[j].fl & T_INQ))
        return np_before(t, j - 2, lo);
    if (!det && words > 2) return np;
    if (!det && !(T[j].fl & T_UPPER)) {
        /* a bare lower-case word is no noun phrase: in French a noun has
         * its determiner (la note souveraine relevée: an adjective); in
         * English a bare noun stands after a name or a modifier (Trump
         * adviser says, officials said), not after a verb form (the
         * outlook note, sovereign rated) */
        if (words > 1 || (t->lmask & QL_FR) || (j > lo && (T[j - 1].verb || (T[j - 1].cls & QW_AUX)))) return np;
    }
    /* le retour à la normale est espéré, the rise in the rates was
     * reported: a noun phrase after a preposition is its complement */
    if (det && j > lo && is_prep(t, j - 1) && !(T[j - 1].cls & QW_FUNC)) {
        /* … whose head comes before it (analysts at a Paris brokerage
         * said); a verb group's adverbial (X a pour sa part salué) leads
         * back to the subject */
        if (j < lo + 2) return np;
        qnp d = np_before(t, j - 2, lo);
        if (d.kind == NP_DESC && d.te == j - 2) d.te = k;
        return d;
    }
    np.kind = NP_DESC;
    np.tb = j;
    np.te = k;
    return np;
}

/* Forward from token k, before hi: the speaker after a verb (« … », a
 * déclaré X; "…," said the senator). */
/* A short capitalised title before a name: Me, Dr, Pr, Mgr, M. */
static int short_title(const vl_quote_tagger *t, size_t k) {
    const qtok *x = &t->toks[k];
    return (x->fl & T_UPPER) && is_word(x) && !x->verb && x->end - x->start <= 4;
}

/* A rank or profession written in lower case before a name, after a
 * determiner (le docteur, le général, the reverend): French and English. */
static int rank_title(const vl_quote_tagger *t, size_t k) {
    static const char *const ranks[] = {"docteur",   "professeur", "maître",  "général", "colonel", "commandant",
                                        "capitaine", "lieutenant", "juge",    "père",    "abbé",    "cardinal",
                                        "pasteur",   "rabbin",     "imam",    "doctor",  "professor", "reverend",
                                        "general",   "colonel",    "judge",   "father"};
    const qtok *x = &t->toks[k];
    if (!is_word(x) || (x->fl & T_UPPER) || x->verb) return 0;
    size_t n = x->end - x->start;
    for (size_t i = 0; i < sizeof ranks / sizeof *ranks; i++)
        if (strlen(ranks[i]) == n && strncmp(ranks[i], t->text + x->start, n) == 0) return 1;
    return 0;
}

static qnp np_after(const vl_quote_tagger *t, size_t k, size_t hi) {
    qnp np = {0};
    const qtok *T = t->toks;
    if (k < hi && (T[k].cls & QW_OBJ) && k > 0 && (T[k - 1].cls & (QW_ACCORDING | QW_STOP))) {
        /* selon lui, according to her */
        size_t p = k - 1;
        if (!(T[p].cls & QW_ACCORDING) && p > 0) p--;
        if (T[p].cls & QW_ACCORDING) {
            np.kind = NP_PRON;
            np.tb = np.te = k;
            np.cls = (uint16_t)(T[k].cls | QW_PRON);
            return np;
        }
    }
    while (k < hi && (T[k].cls & QW_ADV) && T[k].ent_b < 0) k++;
    if (k >= hi || (T[k].fl & T_INQ) || T[k].qm) return np;
    /* « … », explique à l'AFP Jean Dupont: past a short complement to the
     * person named after it */
    if ((T[k].cls & QW_STOP) && is_word(&T[k]) && !(T[k].cls & (QW_PRON | QW_REL | QW_THAT))) {
        size_t k0 = k;
        for (size_t j = k + 1; j < hi && j < k + 10; j++) {
            if (!is_word(&T[j]) || T[j].verb) break;
            if (T[j].ent_b >= 0 && t->ents[T[j].ent_b].type == VL_NER_PER && j > k + 1) {
                k = j;
                break;
            }
        }
        /* « … », a assuré jeudi le ministre: past a word of time (no
         * preposition) to the subject after it */
        if (k == k0 && !is_prep(t, k) && (t->lmask & QL_FR) && k + 1 < hi && (T[k + 1].cls & QW_DET)) k++;
    }
    if ((T[k].cls & QW_TITLE) && k + 1 < hi && T[k + 1].ent_b >= 0) k++;
    /* said 9/11 widow Terry Strada, a déclaré l'ex-ministre Jean Dupont:
     * past lower-case or numeric premodifiers to the person they name */
    if (T[k].ent_b < 0 && !T[k].cls && !T[k].verb && !T[k].qm && !(T[k].fl & (T_COMMA | T_COLON | T_SEMI)) &&
        !is_term(&T[k])) {
        for (size_t j = k + 1; j < hi && j < k + 6; j++) {
            if (T[j].ent_b >= 0) {
                if (t->ents[T[j].ent_b].type == VL_NER_PER) k = j;
                break;
            }
            if (is_term(&T[j]) || T[j].qm || (T[j].fl & (T_COMMA | T_COLON | T_SEMI | T_INQ)) || T[j].verb ||
                (T[j].cls & (QW_STOP | QW_THAT | QW_PRON)))
                break;
        }
    }
    if (T[k].ent_b >= 0) {
        np.kind = NP_ENT;
        np.ent = T[k].ent_b;
        np.tb = k;
        np.te = k;
        while (np.te + 1 < hi && T[np.te].ent_e != np.ent) np.te++;
        return np;
    }
    if (T[k].cls & QW_PRON) {
        np.kind = NP_PRON;
        np.tb = np.te = k;
        np.cls = T[k].cls;
        return np;
    }
    if (!is_word(&T[k]) || (T[k].cls & (QW_NOSAY | QW_STOP | QW_THAT)) || T[k].verb) return np;
    int det = (T[k].cls & QW_DET) != 0;
    if (!det && !(T[k].fl & T_UPPER)) return np;
    size_t j = k;
    while (j + 1 < hi && j - k < 10) {
        const qtok *nx = &T[j + 1];
        if (nx->ent_b >= 0 && (t->ents[nx->ent_b].type != VL_NER_PER || (T[j].cls & QW_FUNC))) {
            /* le porte-parole du Kremlin: a complement of the description */
            size_t e2 = j + 1;
            while (e2 + 1 < hi && T[e2].ent_e != nx->ent_b) e2++;
            j = e2;
            continue;
        }
        if (nx->ent_b >= 0) {
            /* le ministre bélarusse Maxime Ryjenkov: the name */
            np.kind = NP_ENT;
            np.ent = nx->ent_b;
            np.tb = j + 1;
            np.te = j + 1;
            while (np.te + 1 < hi && T[np.te].ent_e != np.ent) np.te++;
            return np;
        }
        /* le communiqué, the report: after the determiner, a noun */
        int noun_form = nx->verb && j == k && det && !(nx->fl & T_INV);
        if (!is_word(nx) || (nx->cls & (QW_STOP | QW_THAT | QW_PRON | QW_AUX)) || (nx->verb && !noun_form) ||
            (nx->fl & T_INQ))
            break;
        if (!det && !(nx->fl & T_UPPER)) break;
        j++;
    }
    /* Conversely, …: a capitalised word alone before a comma is an adverb */
    if (!det && j == k && j + 1 < hi && (T[j + 1].fl & T_COMMA)) return np;
    /* le porte-parole du Kremlin, Dmitri Peskov; l'avocate des familles,
     * Me Laure Benhamou (a short capitalised title before the name: Me,
     * Dr, Pr, Mgr, M.) */
    size_t apos = j + 2;
    /* sa directrice, le Dr Nadia Ferhat; le chef d'état-major, le général
     * Pierre Roux: a determiner before the title */
    if (apos + 2 < hi && (T[apos].cls & QW_DET) && T[apos].ent_b < 0 && T[apos + 1].ent_b < 0 &&
        (short_title(t, apos + 1) || rank_title(t, apos + 1)) && T[apos + 2].ent_b >= 0 &&
        t->ents[T[apos + 2].ent_b].type == VL_NER_PER)
        apos++;
    if (apos + 1 < hi && T[apos].ent_b < 0 && (short_title(t, apos) || (apos > j + 2 && rank_title(t, apos))) &&
        T[apos + 1].ent_b >= 0)
        apos++;
    if (apos < hi && (T[j + 1].fl & T_COMMA) && T[apos].ent_b >= 0 && (apos == j + 2 || t->ents[T[apos].ent_b].type == VL_NER_PER)) {
        np.kind = NP_ENT;
        np.ent = T[apos].ent_b;
        np.tb = apos;
        np.te = apos;
        while (np.te + 1 < hi && T[np.te].ent_e != np.ent) np.te++;
        return np;
    }
    if (det && j == k) return np; /* a determiner alone */
    np.kind = NP_DESC;
    np.tb = k;
    np.te = j;
    return np;
}

/* ------------------------------------------------------ the attribution */

typedef struct qattr {
    qnp np;
    size_t verb; /* token index of the verb, or SIZE_MAX */
    int tight;   /* the clause touches the quotation: « Non », a-t-il dit */
} qattr;

#define NOTOK ((size_t)-1)

/* The end (exclusive) of the clause that starts at k. */
static size_t clause_end(const vl_quote_tagger *t, size_t k, size_t cap) {
    size_t j = k;
    int paren = 0; /* (D-Mo.): no sentence ends inside parentheses */
    while (j < t->ntoks && j < k + cap) {
        const qtok *x = &t->toks[j];
        if (j > k && is_para(x)) break;
        char c = t->text[x->start];
        if (c == '(') paren++;
        if (c == ')' && paren) paren--;
        /* McConnell, R-Ky., said: the full stop of an abbreviation that a
         * comma follows ends no sentence */
        int abbrev = is_term(x) && j + 1 < t->ntoks && (t->toks[j + 1].fl & T_COMMA) && j > k;
        if ((is_term(x) && !paren && !abbrev) || (x->fl & T_SEMI) || x->qm == QM_FR_OPEN || x->qm == QM_CURLY_OPEN ||
            x->qm == QM_STRAIGHT || (x->fl & T_INQ))
            break;
        j++;
    }
    return j;
}

/* The start of the clause that ends just before k. */
static size_t clause_begin(const vl_quote_tagger *t, size_t k, size_t cap) {
    size_t j = k;
    while (j > 0 && j + cap > k) {
        const qtok *x = &t->toks[j - 1];
        /* (R-Wis.) said, R-Ky., said: an abbreviation's full stop */
        int abbrev = is_term(x) && j < t->ntoks && ((t->toks[j].fl & T_COMMA) || t->text[t->toks[j].start] == ')');
        if ((is_term(x) && !abbrev) || (x->fl & (T_SEMI | T_INQ)) || x->qm == QM_FR_CLOSE || x->qm == QM_CURLY_CLOSE)
            break;
        if (is_para(&t->toks[j]) && !(j == k && (x->fl & T_COLON))) break;
        j--;
    }
    return j;
}

/* After the verb, a noun phrase that an auxiliary or a verb follows is
 * the subject of the reported clause, not the speaker (saying her foot
 * was "…"; said Trump had "…"), which an inverted clause never has. */
static int embedded_subject(const vl_quote_tagger *t, const qnp *np, size_t hi) {
    if (np->kind != NP_ENT && np->kind != NP_DESC) return 0;
    size_t k = np->te + 1;
    while (k < hi && (t->toks[k].cls & QW_ADV) && !(t->toks[k].fl & T_INV)) k++;
    return k < hi && is_word(&t->toks[k]) && ((t->toks[k].cls & QW_AUX) || t->toks[k].verb) &&
           !(t->toks[k].fl & T_INQ);
}

/* A French past participle (jugé, publiées) of a reporting verb, not
 * inverted. */
static int french_participle(const vl_quote_tagger *t, size_t v) {
    if (t->lmask != QL_FR || (t->toks[v].fl & T_INV)) return 0;
    return ends_with(t, v, "é") || ends_with(t, v, "ée") || ends_with(t, v, "és") || ends_with(t, v, "ées");
}

/* Is token aux an auxiliary of the passive (est, was), not of a
 * reflexive (s'est dit, se sont dits)? */
static int passive_aux(const vl_quote_tagger *t, size_t aux) {
    const qtok *T = t->toks;
    int reflexive = aux > 0 && (t->lmask & QL_FR) &&
                    (ends_with(t, aux - 1, "s'") || ends_with(t, aux - 1, "s\xe2\x80\x99") ||
                     (T[aux - 1].end - T[aux - 1].start == 2 && ends_with(t, aux - 1, "se")));
    return !reflexive && in_list(t, aux, vl_quote_passive, vl_quote_passive_len);
}

/* A French participle with no auxiliary of the active a few words before
 * (a en revanche dénoncé, a, pour sa part, salué are active): a passive. */
static int french_bare_participle(const vl_quote_tagger *t, size_t v) {
    if (!french_participle(t, v)) return 0;
    for (size_t k = v, n = 0; k > 0 && n < 6; k--, n++) {
        const qtok *x = &t->toks[k - 1];
        if (is_term(x) || x->qm || (x->fl & (T_INQ | T_SEMI | T_COLON)) || is_para(&t->toks[k])) break;
        if ((x->cls & QW_AUX) && !in_list(t, k - 1, vl_quote_passive, vl_quote_passive_len)) return 0;
        if (x->verb) break;
    }
    return 1;
}

/* The speaker of a verb at v: inverted pronoun, subject before, or
 * subject after (verb first). lo..hi bound the clause. */
static qnp verb_speaker(const vl_quote_tagger *t, size_t v, size_t aux, size_t lo, size_t hi, int after_first) {
    const qtok *T = t->toks;
    qnp np = {0};
    size_t inv = (T[v].fl & T_INV) ? v : (aux != NOTOK && (T[aux].fl & T_INV)) ? aux : NOTOK;
    if (inv != NOTOK) {
        np.kind = NP_PRON;
        np.tb = np.te = inv;
        np.cls = T[inv].inv_cls;
        /* « … », a-t-il déclaré : the pronoun; « … », dit-il: the same */
        return np;
    }
    /* the passive (le retour est espéré, he was told): the subject is no
     * speaker; the agent after par / by is */
    if (aux != NOTOK && t->lmask == QL_FR && passive_aux(t, aux)) {
        if (v + 2 < hi && is_word(&T[v + 1]) && (T[v + 1].end - T[v + 1].start == 2 || T[v + 1].end - T[v + 1].start == 3) &&
            (strncasecmp(t->text + T[v + 1].start, "par", 3) == 0 || strncasecmp(t->text + T[v + 1].start, "by", 2) == 0))
            return np_after(t, v + 2, hi);
        return np;
    }
    /* le texte, jugé « … », un rapport publié: a French past participle
     * without its auxiliary is a passive too */
    if (aux == NOTOK && french_bare_participle(t, v)) return np;
    size_t first = aux != NOTOK ? aux : v;
    int before_words = 0;
    for (size_t j = lo; j < first; j++)
        if (is_word(&T[j]) && !(T[j].cls & (QW_AUX | QW_ADV))) before_words = 1;
    if (after_first || !before_words) {
        np = np_after(t, v + 1, hi);
        if (embedded_subject(t, &np, hi)) np.kind = NP_NONE;
        if (np.kind) return np;
    }
    if (first > lo) np = np_before(t, first - 1, lo);
    if (!np.kind && !after_first) {
        np = np_after(t, v + 1, hi);
        if (embedded_subject(t, &np, hi)) np.kind = NP_NONE;
    }
    return np;
}

/* The first reporting verb in [lo, hi), with its auxiliary; NOTOK when none.
 * weak: accept verbs that report only beside a quotation. */
static size_t find_verb(const vl_quote_tagger *t, size_t lo, size_t hi, int weak, size_t *aux, int last) {
    size_t found = NOTOK;
    *aux = NOTOK;
    for (size_t j = lo; j < hi; j++) {
        const qtok *k = &t->toks[j];
        if (k->fl & T_INQ) continue;
        /* the states, une déclaration: after a determiner, a noun */
        if (k->verb && j > 0 && (t->toks[j - 1].cls & QW_DET) && !(t->toks[j - 1].cls & (QW_PRON | QW_AUX)) &&
            !(t->toks[j - 1].fl & T_INV))
            continue;
        /* Obama's remarks, the minister's tweet: after a possessive, a form
         * that is no participle (said, warned, saying) is a noun */
        if (k->verb && j > 1 && (t->lmask & QL_EN) && (t->toks[j - 1].cls & QW_AUX) &&
            t->toks[j - 1].start == t->toks[j - 2].end && (ends_with(t, j - 1, "'s") || ends_with(t, j - 1, "\xe2\x80\x99s")) &&
            (ends_with(t, j, "s") || (!ends_with(t, j, "ed") && !ends_with(t, j, "ing") && k->end - k->start >= 5)))
            continue;
        /* the United States, Reports Without Borders: a capitalised form
         * that is part of a name */
        if (k->verb && (k->fl & T_UPPER) && (k->ent_b >= 0 || (k->ent_e >= 0 && t->ents[k->ent_e].start < k->start)))
            continue;
        if (k->verb && (k->verb == 1 || weak)) {
            found = j;
            *aux = NOTOK;
            /* the auxiliary before: a, has, a-t-il (adverbs between) */
            size_t a = j;
            while (a > lo && (t->toks[a - 1].cls & QW_ADV) && !(t->toks[a - 1].fl & T_INV)) a--;
            if (a > lo && (t->toks[a - 1].cls & QW_AUX)) *aux = a - 1;
            if (!last) return found;
        }
    }
    return found;
}

static qattr attr_after(const vl_quote_tagger *t, size_t c, size_t s_o_guard) {
    qattr at = {.verb = NOTOK};
    const qtok *T = t->toks;
    size_t j = c + 1;
    if (j >= t->ntoks || is_para(&T[j])) return at;
    int comma = 0, dash = 0;
    while (j < t->ntoks && !is_para(&T[j]) && ((T[j].fl & T_COMMA) || T[j].qm == QM_DASH ||
                                               cp_at(t->text, t->len, T[j].start) == 0x2015)) {
        dash |= !(T[j].fl & T_COMMA);
        j++;
        comma = 1;
    }
    if (j >= t->ntoks || is_para(&T[j])) return at;
    /* “…” ― Steve Quinlan: a name after a dash signs the quotation */
    if (dash && T[j].ent_b >= 0 && t->ents[T[j].ent_b].type == VL_NER_PER) {
        at.np = np_after(t, j, clause_end(t, j, 12));
        if (at.np.kind == NP_ENT) {
            at.tight = 1;
            return at;
        }
        at.np.kind = NP_NONE;
    }
    /* “…” ― Ana Ruiz (end of paragraph): a signature the tagger missed, one
     * to four capitalised words and nothing after them */
    if (dash && is_word(&T[j]) && (T[j].fl & T_UPPER) && !T[j].cls && !T[j].verb) {
        size_t k = j;
        while (k < t->ntoks && k < j + 4 && is_word(&T[k]) && (T[k].fl & T_UPPER) && !T[k].cls && !T[k].verb &&
               (k == j || !is_para(&T[k])))
            k++;
        size_t after = k < t->ntoks && is_term(&T[k]) && !is_para(&T[k]) ? k + 1 : k;
        if (k > j + 1 && (after >= t->ntoks || is_para(&T[after]))) {
            at.np.kind = NP_DESC;
            at.np.tb = j;
            at.np.te = k - 1;
            at.tight = 1;
            return at;
        }
    }
    /* the comma may be inside the quotation: "…," said X */
    if (!comma && c > 0 && (T[c - 1].fl & T_COMMA)) comma = 1;
    if (!comma && !is_word(&T[j])) return at;
    /* "… ." She added …: a new sentence, unless the clause is inverted
     * ("…?" asked Smith; « … ! » lança-t-il) */
    if (!comma && c > s_o_guard && is_term(&T[c - 1]) && (T[j].fl & T_UPPER) && !T[j].verb && !(T[j].fl & T_INV)) {
        /* …, unless a short clause with a reporting verb follows and ends
         * the sentence ("…?" Clinton asked.) */
        size_t e = clause_end(t, j, 12), aux;
        size_t v = e < j + 9 ? find_verb(t, j, e, 0, &aux, 0) : NOTOK;
        /* "…?" Trump said, looking at the crowd: the verb near the start,
         * a participle after its comma */
        if (v == NOTOK) {
            v = find_verb(t, j, e < j + 6 ? e : j + 6, 0, &aux, 0);
            if (v != NOTOK && !(v + 1 < t->ntoks && (T[v + 1].fl & T_COMMA))) v = NOTOK;
            if (v != NOTOK) e = v + 1 < t->ntoks && is_term(&T[v + 1]) ? v + 1 : clause_end(t, j, 40);
        }
        int that = 0;
        for (size_t x = j; x < e; x++) that |= (T[x].cls & QW_THAT) && !(T[x].cls & QW_NOSAY);
        if (v == NOTOK || that || (e < t->ntoks && !is_term(&T[e]))) return at;
    }
    size_t hi = clause_end(t, j, 40);
    if (T[j].cls & QW_ACCORDING) {
        size_t k = j + 1;
        if (k < hi && (T[k].cls & QW_STOP)) k++; /* according to */
        at.np = np_after(t, k, hi);
        at.verb = j;
        at.tight = 1;
        return at;
    }
    size_t aux, v = find_verb(t, j, hi < j + 30 ? hi : j + 30, 1, &aux, 0);
    if (v == NOTOK) return at;
    /* "…," when Clinton blasted him: a clause that a conjunction opens,
     * with a verb that reports only beside a quotation, is narration */
    if ((T[j].cls & QW_STOP) && !(T[j].cls & (QW_REL | QW_ACCORDING)) && T[v].verb == 2) return at;
    size_t first = aux != NOTOK ? aux : v, w = j + 1;
    /* « … » et réclament une reprise: a second verb coordinated after the
     * quotation shares the first one's subject, before it */
    if (is_word(&T[j]) && (T[j].cls & QW_STOP) && !(T[j].cls & (QW_REL | QW_ACCORDING | QW_PRON)) && !is_prep(t, j) &&
        first == j + 1 && !(T[first].fl & T_INV) && !(T[v].fl & T_INV))
        return at;
    at.verb = v;
    while (w < first && adverb_like(t, w)) w++;
    if (is_it(t, j) && w == first) {
        /* "…," it added: a statement, a newspaper, an organisation; as a
         * plural pronoun, to the latest organisation named */
        at.np.kind = NP_PRON;
        at.np.tb = at.np.te = j;
        at.np.cls = QW_PRON | QW_PLURAL;
        at.tight = 1;
        return at;
    }
    at.np = verb_speaker(t, v, aux, j, hi, 0);
    /* « … », Paris maintient un détachement: in French a reporting verb
     * after its subject that has an object of its own is narration (the
     * quotation would be its object) */
    if (t->lmask == QL_FR && at.np.kind && at.np.te < first && v + 1 < hi && is_word(&T[v + 1]) &&
        (T[v + 1].cls & QW_DET) && !(T[v].fl & T_INV))
        at.np.kind = NP_NONE;
    at.tight = first == j || (T[j].fl & T_INV) || (at.np.kind && at.np.tb == j && first <= at.np.te + 2);
    if (!at.np.kind) at.verb = NOTOK;
    return at;
}

/* Does np name a person: a PER entity or a subject pronoun? */
static int person_np(const vl_quote_tagger *t, const qnp *np) {
    return np->kind == NP_PRON || (np->kind == NP_ENT && t->ents[np->ent].type == VL_NER_PER);
}

/* A French object or reflexive pronoun, or the negation, that stands
 * between a subject and its verb (s'en prend, se dit, l'a répété, n'a
 * pas): the verb is after it. */
static int french_clitic(const vl_quote_tagger *t, size_t k) {
    static const char *const clitics[] = {"s", "se", "en", "y", "l", "le", "la", "les", "lui", "leur",
                                          "ne", "n", "m", "me", "t", "te", "nous", "vous"};
    const qtok *x = &t->toks[k];
    if (!(t->lmask & QL_FR) || !is_word(x) || (x->fl & T_UPPER) || x->ent_b >= 0) return 0;
    const char *w = t->text + x->start;
    size_t n = x->end - x->start;
    if (n >= 1 && w[n - 1] == '\'') n--;
    else if (n >= 3 && (unsigned char)w[n - 3] == 0xE2 && (unsigned char)w[n - 2] == 0x80 && (unsigned char)w[n - 1] == 0x99)
        n -= 3; /* ’ */
    for (size_t i = 0; i < sizeof clitics / sizeof *clitics; i++)
        if (strlen(clitics[i]) == n && strncmp(clitics[i], w, n) == 0) return 1;
    return 0;
}

/* Sanders made the following comment: "…" / La ministre a été claire :
 * « … »: a clause that ends with a colon before the quotation, without a
 * reporting verb that names a speaker, introduces it by its subject, a
 * person or a subject pronoun that opens the clause. */
static qattr colon_subject(const vl_quote_tagger *t, size_t lo, size_t o) {
    qattr at = {.verb = NOTOK};
    const qtok *T = t->toks;
    if (o == 0 || !(T[o - 1].fl & T_COLON) || lo + 2 >= o) return at;
    size_t k = lo;
    /* Au quotidien « Le Monde », la ministre…: the clause starts after
     * the closing mark of a title, at the comma that follows it */
    while (k + 2 < o && T[k].end - T[k].start == 1 && t->text[T[k].start] == ',') k++;
    /* On Monday, Sanders said…; Avec ce texte, la ministre…: the subject
     * follows the phrase a preposition opens, after its comma */
    if ((T[k].cls & QW_STOP) && !(T[k].cls & QW_PRON)) {
        size_t c = k + 1;
        while (c + 2 < o && c < k + 15 && !(T[c].fl & T_COMMA)) c++;
        if (!(T[c].fl & T_COMMA)) return at;
        /* On July 6, 2016, X: a date's inner comma */
        if (c + 3 < o && t->text[T[c + 1].start] >= '0' && t->text[T[c + 1].start] <= '9' && (T[c + 2].fl & T_COMMA))
            c += 2;
        k = c + 1;
    }
    /* President Obama, Senator Jane Roe: capitalised words before the name */
    for (size_t p = k; p < k + 3 && p + 1 < o && T[p].ent_b < 0 && (T[p].fl & T_UPPER) && is_word(&T[p]) && !T[p].cls; p++)
        if (T[p + 1].ent_b >= 0) {
            k = p + 1;
            break;
        }
    /* a name, a pronoun, a description with the name in apposition (le
     * porte-parole du gouvernement, Marc Olivier, a été clair :) */
    if ((T[k].cls & QW_PRON) && !(T[k].fl & T_INV)) {
        at.np.kind = NP_PRON;
        at.np.tb = at.np.te = k;
        at.np.cls = T[k].cls;
    } else {
        at.np = np_after(t, k, o);
        if (at.np.kind != NP_ENT || t->ents[at.np.ent].type != VL_NER_PER) at.np.kind = NP_NONE;
        /* the name in apposition: on to its closing comma */
        if (at.np.kind && at.np.tb > k && at.np.te + 1 < o && (T[at.np.te + 1].fl & T_COMMA)) {
            size_t v0 = at.np.te + 2;
            while (at.np.kind && v0 < o && (adverb_like(t, v0) || french_clitic(t, v0))) v0++;
            if (v0 + 1 < o && is_word(&T[v0]) && !(T[v0].fl & T_UPPER) && !(T[v0].cls & (QW_STOP | QW_FUNC | QW_DET)))
                return at;
        }
    }
    /* the subject's verb follows it: not a name in a list or a heading */
    size_t v = at.np.te + 1;
    while (at.np.kind && v < o && (adverb_like(t, v) || french_clitic(t, v))) v++;
    if (at.np.kind && (v + 1 >= o || !is_word(&T[v]) || (T[v].cls & (QW_STOP | QW_FUNC | QW_DET)) || (T[v].fl & T_UPPER)))
        at.np.kind = NP_NONE;
    return at;
}

static qattr attr_before(const vl_quote_tagger *t, size_t o) {
    qattr at = {.verb = NOTOK};
    const qtok *T = t->toks;
    /* a paragraph opens with the quotation: only after "X said:" */
    if (o == 0 || (is_para(&T[o]) && !(T[o - 1].fl & T_COLON))) return at;
    size_t lo = clause_begin(t, o, 60);
    if (lo >= o) return at;
    /* pour le président du Sénat, Gérard Larcher, « … »: "pour" with a
     * person after it is "selon" */
    if ((t->lmask & QL_FR) && T[lo].end - T[lo].start == 4 && strncasecmp(t->text + T[lo].start, "pour", 4) == 0) {
        qnp np = np_after(t, lo + 1, o);
        /* pour lui, pour eux: the object pronoun names the speaker */
        if (!np.kind && lo + 1 < o && (T[lo + 1].cls & QW_OBJ) && is_word(&T[lo + 1])) {
            np.kind = NP_PRON;
            np.tb = np.te = lo + 1;
            np.cls = (uint16_t)(T[lo + 1].cls | QW_PRON);
        }
        if (((np.kind == NP_ENT && t->ents[np.ent].type == VL_NER_PER) || (np.kind == NP_PRON && np.tb == lo + 1)) &&
            np.te + 1 < o && (T[np.te + 1].fl & T_COMMA)) {
            at.np = np;
            at.verb = lo;
            return at;
        }
    }
    /* selon X, « … » */
    if ((T[lo].cls & QW_ACCORDING)) {
        size_t k = lo + 1;
        if (k < o && (T[k].cls & QW_STOP)) k++;
        at.np = np_after(t, k, o);
        if (at.np.kind) {
            at.verb = lo;
            return at;
        }
    }
    size_t aux, v = find_verb(t, lo, o, 0, &aux, 1);
    if (v == NOTOK || o - v > 25) {
        /* weak verbs only close to the quotation */
        size_t wlo = o > 8 ? o - 8 : 0;
        if (wlo < lo) wlo = lo;
        v = find_verb(t, wlo, o, 1, &aux, 1);
    }
    if (v == NOTOK) return colon_subject(t, lo, o);
    at.verb = v;
    at.np = verb_speaker(t, v, aux, lo, o, 0);
    {
        /* It added, "…"; the company said it …: "it" before the verb is a
         * statement or an organisation, the latest one named */
        size_t f0 = aux != NOTOK ? aux : v;
        if (!at.np.kind && f0 > lo && is_it(t, f0 - 1) && !(T[f0 - 1].fl & T_INQ)) {
            at.np.kind = NP_PRON;
            at.np.tb = at.np.te = f0 - 1;
            at.np.cls = QW_PRON | QW_PLURAL;
        }
    }
    if ((at.np.kind == NP_ENT || at.np.kind == NP_DESC) && at.np.tb > v) {
        /* the tweets accusing X of …: a name or description after a verb
         * that has words before it is its object; the inverted order
         * (said X:) has the verb first.  A subject pronoun after it (says
         * he has "…") stays: it opens the reported clause */
        size_t first0 = aux != NOTOK ? aux : v;
        /* comme l'a rappelé X, as put by X: only function words before */
        for (size_t j = lo; j < first0; j++)
            if (is_word(&T[j]) && !(T[j].cls & (QW_AUX | QW_ADV | QW_STOP | QW_DET | QW_FUNC | QW_OBJ))) {
                at.np.kind = NP_NONE;
                break;
            }
    }
    /* a statement announcing the pick, the union called Clinton a "…": a
     * verb that reports only beside a quotation, close to it, after the
     * last full reporting verb, with a person or an organisation for
     * subject, when that verb has none */
    if (T[v].verb == 1 && !person_np(t, &at.np)) {
        size_t wlo = o > 8 ? o - 8 : 0, wa;
        if (wlo <= v) wlo = v + 1;
        size_t w = wlo < o ? find_verb(t, wlo, o, 1, &wa, 1) : NOTOK;
        if (w != NOTOK) {
            qnp nw = verb_speaker(t, w, wa, lo, o, 0);
            if ((nw.kind == NP_PRON || (nw.kind == NP_ENT && t->ents[nw.ent].type == VL_NER_ORG) || person_np(t, &nw)) &&
                nw.te < w) {
                at.np = nw;
                at.verb = v = w;
                aux = wa;
            }
        }
    }
    /* She said she recalls …: a subject pronoun that opens the content of
     * an earlier reporting verb is that verb's subject again; the
     * quotation is the outer speaker's */
    if (at.np.kind == NP_PRON && !(T[at.np.tb].fl & T_INV)) {
        for (size_t k = lo; k < at.np.tb;) {
            size_t a0, v0 = find_verb(t, k, at.np.tb, 0, &a0, 0);
            if (v0 == NOTOK) break;
            size_t p = v0 + 1;
            if (p < at.np.tb && (T[p].cls & QW_THAT) && !(T[p].cls & QW_NOSAY)) p++;
            if (p == at.np.tb) {
                qnp np0 = verb_speaker(t, v0, a0, lo, v0 + 1, 0);
                if (np0.kind == NP_PRON || np0.kind == NP_DESC || person_np(t, &np0)) {
                    at.np = np0;
                    at.verb = v = v0;
                    aux = a0;
                }
                break;
            }
            k = v0 + 1;
        }
    }
    /* …, and when pressed, the mother of three replied, "…": a description
     * that opens its own clause (after a comma) is that verb's subject,
     * not the content of an earlier verb */
    int own_desc = at.np.kind == NP_DESC && at.np.tb > lo && (T[at.np.tb - 1].fl & T_COMMA) && (T[at.np.tb].cls & QW_DET);
    if (at.np.kind != NP_ENT && at.np.kind != NP_PRON && !own_desc) {
        qnp desc0 = {0};
        size_t desc_v = NOTOK, desc_a = NOTOK;
        /* Ryan said the protests demand "more listening": the subject of
         * an embedded verb that names no one; the quotation is in the
         * content of the first verb whose subject is a person */
        for (size_t k = lo; k < v;) {
            size_t a0, v0 = find_verb(t, k, v, 0, &a0, 0);
            if (v0 == NOTOK) break;
            qnp np0 = verb_speaker(t, v0, a0, lo, v0 + 1, 0);
            if (np0.kind == NP_PRON || (np0.kind == NP_ENT && t->ents[np0.ent].type == VL_NER_PER)) {
                at.np = np0;
                at.verb = v = v0;
                aux = a0;
                break;
            }
            if (np0.kind == NP_DESC && desc_v == NOTOK && np0.te < v0) {
                desc0 = np0;
                desc_v = v0;
                desc_a = a0;
            }
            k = v0 + 1;
        }
        /* the mayor also said it was too early to tell, and there was "…":
         * with no speaker of its own, the quotation is in the content of
         * the first reporting verb, whose subject is a description */
        if (!at.np.kind && desc_v != NOTOK) {
            at.np = desc0;
            at.verb = v = desc_v;
            aux = desc_a;
        }
    }
    size_t first = aux != NOTOK ? aux : v;
    if (!at.np.kind && first > lo && !(aux == NOTOK && french_bare_participle(t, v)) &&
        ((T[first - 1].fl & T_COMMA) || ((T[first - 1].cls & QW_STOP) && is_word(&T[first - 1])))) {
        /* Trump attacked Clinton, saying, "…" / X spoke and added: "…":
         * the participle's or second verb's subject is the sentence's,
         * its first person (or subject pronoun) */
        for (size_t j = lo; j + 1 < first && !at.np.kind; j++) {
            if (T[j].fl & T_INQ) continue;
            /* the shooting of X, a letter to Y: a complement, no subject */
            if (T[j].ent_b >= 0 && j > lo && (T[j - 1].cls & (QW_FUNC | QW_STOP)) && !(T[j - 1].cls & QW_DET))
                continue;
            if (T[j].ent_b >= 0 && t->ents[T[j].ent_b].type == VL_NER_PER) {
                at.np.kind = NP_ENT;
                at.np.ent = T[j].ent_b;
                at.np.tb = at.np.te = j;
                while (at.np.te + 1 < first && T[at.np.te].ent_e != at.np.ent) at.np.te++;
            } else if ((T[j].cls & QW_PRON) && !(T[j].fl & T_INV)) {
                at.np.kind = NP_PRON;
                at.np.tb = at.np.te = j;
                at.np.cls = T[j].cls;
            }
        }
        /* Marchers walked past the shooting of X, chanting "…": else the
         * description that opens the sentence */
        if (!at.np.kind && (T[first - 1].fl & T_COMMA) && (T[lo].fl & T_UPPER) && !(T[lo].cls & (QW_STOP | QW_NOSAY))) {
            qnp d = np_after(t, lo, first);
            if (d.kind == NP_DESC && d.tb == lo) at.np = d;
        }
    }
    if (!at.np.kind) return colon_subject(t, lo, o);
    return at;
}

/* ---------------------------------------------------------- resolution */

/* Token index of the first token at or after byte pos. */
static size_t tok_at(const vl_quote_tagger *t, size_t pos) {
    size_t lo = 0, hi = t->ntoks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->toks[mid].start < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int ent_gender(const vl_quote_tagger *t, int e) {
    size_t k = tok_at(t, t->ents[e].start);
    if (k == 0 || k >= t->ntoks) return 0;
    uint16_t c = t->toks[k - 1].cls;
    if (c & QW_TITLE) return (c & QW_FEM) ? QW_FEM : QW_MASC;
    /* the mention itself may carry the title (M. Dupont) */
    c = t->toks[k].cls;
    if (c & QW_TITLE) return (c & QW_FEM) ? QW_FEM : QW_MASC;
    return 0;
}

static int ent_in_quote(const vl_quote_tagger *t, int e) {
    size_t k = tok_at(t, t->ents[e].start);
    return k < t->ntoks && (t->toks[k].fl & T_INQ);
}

/* The most recent compatible entity before byte pos for a pronoun. */
static int resolve_pronoun_mention(const vl_quote_tagger *t, size_t pos, uint16_t cls);

/* The last speaker when its clause comes after every candidate mention
 * (X said …; she added …), else the most recent compatible mention. */
static int resolve_pronoun(const vl_quote_tagger *t, size_t pos, uint16_t cls) {
    int best = resolve_pronoun_mention(t, pos, cls);
    /* the speaker of the latest clause before pos */
    int last = -1;
    size_t last_pos = 0;
    for (size_t i = 0; i < t->nout; i++) {
        const vl_quote *q = &t->out[i];
        if (q->entity >= 0 && q->spk_start < pos && q->spk_start >= last_pos) {
            last = q->entity;
            last_pos = q->spk_start;
        }
    }
    if (last >= 0 && !(cls & QW_PLURAL) && (best < 0 || t->ents[best].start < last_pos) &&
        (t->ents[last].type == VL_NER_PER || t->ents[last].type == VL_NER_ORG)) {
        int g = ent_gender(t, last), want = cls & (QW_FEM | QW_MASC);
        if (!g || !want || (g & want)) return last;
    }
    return best;
}

/* Is entity e a sentence's subject: at the start of a sentence (a civil
 * title may come first)? */
static int ent_subject(const vl_quote_tagger *t, int e) {
    size_t k = tok_at(t, t->ents[e].start);
    if (k < t->ntoks && k > 0 && (t->toks[k - 1].cls & QW_TITLE)) k--;
    /* Democratic Sen. Claire McCaskill, The Republican nominee Mike Pence,
     * Le Premier ministre Jean Dupont: back over the capitalised words,
     * titles and determiners that open the noun phrase */
    for (size_t b = k, n = 0; b > 0 && n < 6; n++) {
        const qtok *p = &t->toks[b - 1];
        int abbrev = is_term(p) && b >= 2 && p->start == t->toks[b - 2].end && (t->toks[b - 2].fl & T_UPPER) &&
                     t->toks[b - 2].end - t->toks[b - 2].start <= 4;
        if (abbrev) {
            b -= 2;
        } else if (is_word(p) && !p->verb && !(p->fl & T_INQ) && (p->ent_e < 0 || t->ents[p->ent_e].type != VL_NER_PER) &&
                   ((p->fl & T_UPPER) || (p->cls & (QW_TITLE | QW_DET))) && !(p->cls & (QW_PRON | QW_STOP | QW_NOSAY))) {
            b--;
        } else {
            break;
        }
        if (b == 0 || is_para(&t->toks[b]) || is_term(&t->toks[b - 1])) {
            k = b;
            break;
        }
    }
    if (k == 0) return 1;
    const qtok *p = &t->toks[k - 1];
    return is_para(&t->toks[k]) || is_term(p) || p->qm == QM_FR_CLOSE || p->qm == QM_CURLY_CLOSE ||
           p->qm == QM_STRAIGHT || (p->fl & T_COMMA);
}

static int resolve_pronoun_any(const vl_quote_tagger *t, size_t pos, uint16_t cls, int subjects);

/* The most recent subject of the right gender, else the most recent
 * compatible mention. */
static int resolve_pronoun_mention(const vl_quote_tagger *t, size_t pos, uint16_t cls) {
    int e = resolve_pronoun_any(t, pos, cls, 1);
    return e >= 0 ? e : resolve_pronoun_any(t, pos, cls, 0);
}

static int resolve_pronoun_any(const vl_quote_tagger *t, size_t pos, uint16_t cls, int subjects) {
    int want_gender = cls & (QW_FEM | QW_MASC);
    int fallback = -1;
    for (size_t i = t->nents; i-- > 0;) {
        const vl_ner_mention *m = &t->ents[i];
        if (m->end > pos) continue;
        if (ent_in_quote(t, (int)i)) continue;
        /* (D-Mo.), (R-Ohio): an affiliation in parentheses names no one */
        if (m->start > 0 && t->text[m->start - 1] == '(') continue;
        if (cls & QW_PLURAL) {
            if (m->type == VL_NER_ORG) return (int)i;
            continue;
        }
        if (m->type != VL_NER_PER) continue;
        if (subjects && !ent_subject(t, (int)i)) continue;
        int g = ent_gender(t, (int)i);
        if (!g || (want_gender & g) || (want_gender & (QW_FEM | QW_MASC)) == (QW_FEM | QW_MASC)) {
            if (g || !want_gender) return (int)i;
            if (fallback < 0) fallback = (int)i;
            /* a name without a title: take it unless a titled one of
             * the right gender comes close behind */
            return (int)i;
        }
    }
    return fallback;
}

static int content_word(const qtok *k) {
    return is_word(k) && !(k->cls & (QW_DET | QW_FUNC | QW_STOP | QW_THAT | QW_PRON | QW_ADV | QW_AUX));
}

static int same_word(const qtok *a, const qtok *b) { return a->h && a->h == b->h; }

/* The person a description (tokens tb..te) describes elsewhere: a PER
 * mention before the clause with those words in apposition after it or as
 * a title before it; -1 when none matches enough of them. */
static int resolve_description(const vl_quote_tagger *t, size_t tb, size_t te, size_t before_pos) {
    size_t need = 0;
    for (size_t k = tb; k <= te; k++) need += content_word(&t->toks[k]);
    if (!need) return -1;
    if (need > 2) need = 2;
    int best = -1;
    size_t best_score = 0;
    for (size_t i = 0; i < t->nents; i++) {
        const vl_ner_mention *m = &t->ents[i];
        if (m->type != VL_NER_PER) continue;
        size_t mb = tok_at(t, m->start), me = tok_at(t, m->end);
        if (mb >= t->ntoks) continue;
        /* the words around the mention, within its sentence */
        size_t lo = mb, hi = me;
        while (lo > 0 && mb - lo < 8 && !is_term(&t->toks[lo - 1]) && !is_para(&t->toks[lo])) lo--;
        while (hi < t->ntoks && hi - me < 10 && !is_term(&t->toks[hi]) && !(hi > me && is_para(&t->toks[hi]))) hi++;
        size_t score = 0;
        for (size_t k = tb; k <= te; k++) {
            if (!content_word(&t->toks[k])) continue;
            int hit = 0;
            for (size_t j = lo; j < hi && !hit; j++) {
                if (j >= mb && j < me) continue;
                if (j >= tb && j <= te) continue;
                hit = same_word(&t->toks[k], &t->toks[j]);
            }
            score += (size_t)hit;
        }
        /* a person named before the clause (the best score, then the
         * nearest): a description refers back */
        if (m->start >= before_pos) break;
        /* not to a name in its own sentence (in Chelsea, the mayor said):
         * the apposition there is the noun phrase's, found before */
        int same = 1;
        for (size_t j = me; j <= tb && j < t->ntoks && same; j++)
            if (is_term(&t->toks[j]) || (j > me && is_para(&t->toks[j]))) same = 0;
        if (same && me <= tb) continue;
        if (score >= need && (best < 0 || score >= best_score)) {
            best = (int)i;
            best_score = score;
        }
    }
    return best;
}

/* Is token k a number written in digits (24, 1.5)? */
static int digits(const vl_quote_tagger *t, size_t k) {
    const qtok *x = &t->toks[k];
    return x->end > x->start && t->text[x->start] >= '0' && t->text[x->start] <= '9';
}

/* A description that refers back without naming anything the person's
 * introduction said: the player's age (le joueur de 24 ans, l'homme de
 * 45 ans, the 24-year-old striker) or the organisation's kind alone
 * (l'institution, the company).  It stands for the person (or the
 * organisation) last named before before_pos; -1 when none is. */
static int resolve_anaphor(const vl_quote_tagger *t, size_t tb, size_t te, size_t before_pos) {
    const qtok *T = t->toks;
    if (!(T[tb].cls & QW_DET) || !(T[tb].cls & QW_FUNC) || te <= tb) return -1;
    int type = -1;
    if (te == tb + 1 && in_list(t, te, vl_quote_org_anaphors, vl_quote_org_anaphors_len)) type = VL_NER_ORG;
    for (size_t k = tb + 1; k <= te && type < 0; k++) {
        /* de 24 ans */
        if ((t->lmask & QL_FR) && k + 1 <= te && digits(t, k) && ends_with(t, k + 1, "ans") &&
            T[k + 1].end - T[k + 1].start == 3)
            type = VL_NER_PER;
        /* 24-year-old */
        if ((t->lmask & QL_EN) && digits(t, k) && ends_with(t, k, "-year-old")) type = VL_NER_PER;
    }
    if (type < 0) return -1;
    for (size_t i = t->nents; i-- > 0;) {
        const vl_ner_mention *m = &t->ents[i];
        if (m->end > before_pos || ent_in_quote(t, (int)i)) continue;
        /* the person last named for an age; for a kind, the organisation
         * last named, past the people named after it */
        if ((int)m->type == type) return (int)i;
    }
    return -1;
}

static int is_name_char(const vl_quote_tagger *t, size_t pos) {
    int32_t cp = cp_at(t->text, t->len, pos);
    if (cp < 0) return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || (cp >= (int32_t)0x30 && cp <= (int32_t)0x39);
}

/* inherit: index of an earlier quotation whose speaker this one takes when
 * it has none of its own, or NOTOK. */
static int emit(vl_quote_tagger *t, size_t ob, size_t oe, const qattr *at, int direct, size_t inherit_at) {
    vl_quote *a = vl_array_grow(t->out, &t->capout, t->nout, sizeof *a, 16);
    if (!a) return VL_ENOMEM;
    t->out = a;
    const vl_quote *inherit = inherit_at != NOTOK ? &t->out[inherit_at] : NULL;
    vl_quote *q = &t->out[t->nout++];
    memset(q, 0, sizeof *q);
    const qtok *T = t->toks;
    q->start = T[ob].start;
    q->end = T[oe].end;
    q->cp_start = T[ob].cstart;
    q->cp_end = T[oe].cend;
    q->direct = direct;
    q->entity = -1;
    if (!at || !at->np.kind) {
        if (inherit) {
            q->spk_start = inherit->spk_start;
            q->spk_end = inherit->spk_end;
            q->spk_cp_start = inherit->spk_cp_start;
            q->spk_cp_end = inherit->spk_cp_end;
            q->name_start = inherit->name_start;
            q->name_end = inherit->name_end;
            q->canon_start = inherit->canon_start;
            q->canon_end = inherit->canon_end;
            q->entity = inherit->entity;
        }
        return VL_OK;
    }
    const qnp *np = &at->np;
    q->spk_start = T[np->tb].start;
    q->spk_end = T[np->te].end;
    q->spk_cp_start = T[np->tb].cstart;
    q->spk_cp_end = T[np->te].cend;
    if (at->verb != NOTOK) {
        q->verb_start = T[at->verb].start;
        q->verb_end = T[at->verb].end;
    }
    int e = -1;
    if (np->kind == NP_ENT) e = np->ent;
    else if (np->kind == NP_PRON) e = resolve_pronoun(t, q->spk_start, np->cls);
    else if (np->kind == NP_DESC) {
        e = resolve_description(t, np->tb, np->te, q->spk_start);
        if (e < 0) e = resolve_anaphor(t, np->tb, np->te, q->spk_start);
    }
    if (e >= 0) {
        q->entity = e;
        const vl_ner_mention *m = &t->ents[e];
        q->name_start = m->own_end > m->own_start ? m->own_start : m->start;
        q->name_end = m->own_end > m->own_start ? m->own_end : m->end;
        q->canon_start = m->canon_end > m->canon_start ? m->canon_start : q->name_start;
        q->canon_end = m->canon_end > m->canon_start ? m->canon_end : q->name_end;
        /* a mention the tagger started on a quotation mark: from its
         * first letter */
        while (q->name_start < q->name_end && !is_name_char(t, q->name_start)) q->name_start++;
        while (q->canon_start < q->canon_end && !is_name_char(t, q->canon_start)) q->canon_start++;
    } else {
        q->name_start = q->canon_start = q->spk_start;
        q->name_end = q->canon_end = q->spk_end;
        /* an inverted pronoun (a-t-il) names only its pronoun */
        if (np->kind == NP_PRON && (T[np->tb].fl & T_INV)) {
            const char *s = t->text + T[np->tb].start;
            size_t n = T[np->tb].end - T[np->tb].start;
            const char *dash = NULL;
            for (size_t i = 0; i < n; i++)
                if (s[i] == '-') dash = s + i;
            if (dash) q->name_start = q->canon_start = (size_t)(dash + 1 - t->text);
        }
    }
    return VL_OK;
}

/* ------------------------------------------------------------ the rules */

/* Words inside a span, whether it holds a sentence end, whether it looks
 * like a title or a term (every word capitalised, or one or two words). */
static void span_shape(const vl_quote_tagger *t, const qspan *s, size_t *words, int *terminal, int *titlelike) {
    *words = 0;
    *terminal = 0;
    int all_upper = 1, inner = 0;
    for (size_t k = s->o + 1; k < s->c || (!s->closed && k == s->c); k++) {
        const qtok *x = &t->toks[k];
        if (is_word(x)) {
            (*words)++;
            if (!(x->fl & T_UPPER) && !(x->cls & QW_FUNC)) {
                int32_t c0 = cp_at(t->text, t->len, x->start);
                if (!(c0 >= '0' && c0 <= '9')) all_upper = 0;
            }
        } else if (is_term(x) || (x->nflags & VL_NTOK_TERMINAL)) {
            *terminal = 1;
            /* “Fox and Friends.”: the full stop English puts inside the
             * marks does not make a title a sentence */
            if (k + 1 < s->c && !(k + 2 == s->c && (t->toks[k + 1].fl & T_COMMA))) inner = 1;
        }
    }
    *titlelike = all_upper && *words <= 6 && !inner;
}

/* The sentence before a quotation that stands alone, when it reports
 * someone's words: Graham urged Republicans to act. "…" / Her partner
 * called him a master. "…".  Only a named person or a pronoun. */
static qattr attr_prev_sentence(const vl_quote_tagger *t, size_t o) {
    qattr at = {.verb = NOTOK};
    const qtok *T = t->toks;
    if (o < 2 || !is_term(&T[o - 1])) return at;
    size_t e = o - 1, b = e;
    while (b > 0 && e - b < 60 && !is_term(&T[b - 1]) && !is_para(&T[b]) && !T[b - 1].qm) b--;
    if (b > 0 && !is_para(&T[b]) && !is_term(&T[b - 1])) return at; /* no clean sentence */
    size_t aux, v;
    /* …, Schiff said. "…" / …, a-t-il précisé. « … »: the sentence's final
     * reporting clause, the verb and its subject only */
    for (size_t k = e; k > b + 2 && k + 8 > e; k--) {
        if (!(T[k - 1].fl & T_COMMA)) continue;
        v = find_verb(t, k, e, 0, &aux, 0);
        if (v == NOTOK) break;
        size_t first = aux != NOTOK ? aux : v;
        qnp np = verb_speaker(t, v, aux, k, e, 0);
        if ((np.kind == NP_PRON || (np.kind == NP_ENT && t->ents[np.ent].type == VL_NER_PER)) &&
            (first == k || np.tb == k || (T[v].fl & T_INV)) && np.te + 4 > first) {
            at.np = np;
            at.verb = v;
            return at;
        }
        break;
    }
    v = find_verb(t, b, e, 1, &aux, 0);
    if (v == NOTOK) return at;
    qnp np = verb_speaker(t, v, aux, b, e, 0);
    if (np.kind == NP_PRON || (np.kind == NP_ENT && t->ents[np.ent].type == VL_NER_PER)) {
        at.np = np;
        at.verb = v;
    }
    return at;
}

/* jugés « solides » par les analystes, qualifié de « défensif » par
 * l'état-major, described as "…" by officials: a reporting verb just
 * before the span in the passive, its agent after it. */
static qattr attr_agent(const vl_quote_tagger *t, const qspan *s) {
    qattr at = {.verb = NOTOK};
    const qtok *T = t->toks;
    size_t k = s->c + 1;
    if (!s->closed || k + 1 >= t->ntoks || is_para(&T[k]) || !is_word(&T[k]) || s->o < 1) return at;
    size_t n = T[k].end - T[k].start;
    if (!((n == 3 && strncasecmp(t->text + T[k].start, "par", 3) == 0) ||
          (n == 2 && strncasecmp(t->text + T[k].start, "by", 2) == 0)))
        return at;
    size_t lo = s->o > 4 ? s->o - 4 : 0, aux;
    for (size_t j = lo; j < s->o; j++)
        if (is_term(&T[j]) || T[j].qm) lo = j + 1;
    size_t v = find_verb(t, lo, s->o, 1, &aux, 1);
    if (v == NOTOK) return at;
    int passive = french_bare_participle(t, v) || (aux != NOTOK && passive_aux(t, aux)) ||
                  ((t->lmask & QL_EN) && ends_with(t, v, "ed"));
    if (!passive) return at;
    at.np = np_after(t, k + 1, clause_end(t, k + 1, 12));
    if (at.np.kind != NP_ENT && at.np.kind != NP_DESC) at.np.kind = NP_NONE;
    else at.verb = v;
    return at;
}

/* Does a reporting verb introduce the span, just before it (signs
 * saying, "…"; a déclaré : « … »)?  The quotation stands even when its
 * speaker is not found. */
static int said_before(const vl_quote_tagger *t, size_t o) {
    if (o < 2 || is_para(&t->toks[o])) return 0;
    size_t k = o - 1;
    if (t->toks[k].fl & (T_COMMA | T_COLON)) k--;
    const qtok *x = &t->toks[k];
    return x->verb == 1 && !(x->fl & T_INQ) && !(t->toks[k + 1].fl & T_INQ) && k + 2 >= o;
}

/* Does the span start a sentence (or follow a colon)? */
static int standalone(const vl_quote_tagger *t, const qspan *s) {
    if (s->o == 0 || is_para(&t->toks[s->o])) return 1;
    const qtok *p = &t->toks[s->o - 1];
    return is_term(p) || (p->fl & T_COLON) || p->qm == QM_FR_CLOSE || p->qm == QM_CURLY_CLOSE ||
           p->qm == QM_STRAIGHT;
}

/* An incise inside a span: ", a-t-il dit," / ", he said,".  Returns the
 * index of its opening comma and fills *resume (first token after the
 * closing comma) and *at; NOTOK when none. */
static size_t find_incise(vl_quote_tagger *t, const qspan *s, size_t *resume, qattr *at) {
    const qtok *T = t->toks;
    /* a span without a closing mark (a dialogue line) may end with its
     * incise: — J'ai peur, dit-elle. */
    size_t last = s->closed ? s->c : s->c + 1;
    for (size_t k = s->o + 2; k + 2 < last; k++) {
        if (!(T[k].fl & T_COMMA)) continue;
        size_t e = k + 1;
        while (e < last && e < k + 8 && !(T[e].fl & T_COMMA) && !is_term(&T[e]) && !T[e].qm) e++;
        int final = !s->closed && (e == last || (e < last && is_term(&T[e]) && e + 1 == last));
        if (!final && (e >= s->c || !(T[e].fl & T_COMMA) || e == k + 1)) continue;
        if (e == k + 1) continue;
        /* the incise is not quoted: look at it as narration */
        for (size_t j = k + 1; j < e; j++) t->toks[j].fl &= (uint8_t)~T_INQ;
        size_t aux, v = find_verb(t, k + 1, e, 0, &aux, 0);
        if (v == NOTOK) {
            for (size_t j = k + 1; j < e; j++) t->toks[j].fl |= T_INQ;
            continue;
        }
        size_t first = aux != NOTOK ? aux : v;
        /* the incise is the verb group and its subject only */
        int inv = (T[v].fl & T_INV) || (aux != NOTOK && (T[aux].fl & T_INV));
        qnp np = verb_speaker(t, v, aux, k + 1, e, 0);
        if (!np.kind || (!inv && !(first == k + 1) && !(np.tb == k + 1)) ||
            (np.kind == NP_DESC && np.te - np.tb > 5)) {
            for (size_t j = k + 1; j < e; j++) t->toks[j].fl |= T_INQ;
            continue;
        }
        at->np = np;
        at->verb = v;
        *resume = e + 1;
        return k;
    }
    return NOTOK;
}

/* Does token o stand in the sentence that holds byte pos, after it, with
 * only a few narration words between (no sentence end, no paragraph)? */
static int same_sentence_after(const vl_quote_tagger *t, size_t pos, size_t o) {
    size_t k = tok_at(t, pos);
    if (k > o || o - k > 12) return 0;
    /* « … » et promet « … », "…" and added "…": a second verb of the same
     * subject, coordinated right after the first quotation */
    size_t k0 = k;
    int coord = o - k0 <= 8 && is_word(&t->toks[k0]) && (t->toks[k0].cls & QW_STOP) &&
                !(t->toks[k0].cls & (QW_REL | QW_THAT | QW_ACCORDING)) && !is_prep(t, k0);
    /* et accusé l'Union de « … »: the second verb first, its object after */
    int coord_verb = coord && k0 + 1 < o && t->toks[k0 + 1].verb && !(t->toks[k0 + 1].fl & T_INQ);
    int verb = 0, other = 0;
    for (; k < o; k++) {
        const qtok *x = &t->toks[k];
        if (is_para(x) || is_term(x) || (x->fl & (T_SEMI | T_COLON))) return 0;
        if (x->verb && !(x->fl & T_INQ)) verb = 1;
        else if (k > k0 && is_word(x) && !(x->cls & (QW_AUX | QW_ADV | QW_DET))) other = 1;
    }
    if (verb && !(coord && (!other || coord_verb))) return 0;
    if (coord && !coord_verb && o - k0 > 4) return 0;
    return !is_para(&t->toks[o]);
}

/* A participle of a verb that is no reporting verb (rated, relevée):
 * a lower-case word outside the lexicon in -ed (English) or -é, -ée, -és,
 * -ées (French). */
static int other_participle(const vl_quote_tagger *t, size_t k) {
    const qtok *x = &t->toks[k];
    if (!is_word(x) || x->cls || x->verb || (x->fl & T_UPPER) || x->ent_e >= 0 || x->end - x->start < 4) return 0;
    return ((t->lmask & QL_EN) && ends_with(t, k, "ed")) ||
           ((t->lmask & QL_FR) && (ends_with(t, k, "é") || ends_with(t, k, "ée") || ends_with(t, k, "és") ||
                                   ends_with(t, k, "ées")));
}

/* A short lower-case term in quotation marks (one to three words, no verb,
 * no punctuation) after a preposition or after the participle of a verb
 * that reports nothing: relevée à « stable », de « négative » à
 * « stable », downgraded to "negative", rated "junk".  Such a span names
 * a label, not someone's words -- unless a verb whose quoted words follow
 * a preposition governs it (qualifié de « scandaleuse », accused of
 * "treason", described as "…"). */
static int label_term(const vl_quote_tagger *t, const qspan *s) {
    const qtok *T = t->toks;
    if (!s->closed || s->o < 2 || s->c < s->o + 2 || s->c - s->o - 1 > 3) return 0;
    for (size_t k = s->o + 1; k < s->c; k++) {
        const qtok *x = &T[k];
        /* d'ici samedi, jusqu'à nouvel ordre: words only, apostrophes in them */
        if (!is_word(x) || (x->fl & T_UPPER) || x->verb || (x->cls & (QW_AUX | QW_PRON)) || x->ent_b >= 0) return 0;
        /* « gérés avec professionnalisme »: a participle is a verb */
        if (other_participle(t, k)) return 0;
    }
    /* "on paper": a span that opens with a preposition is a phrase */
    if (is_prep(t, s->o + 1)) return 0;
    size_t p = s->o - 1;
    if (T[p].fl & T_INQ) return 0;
    /* a French participle stands after its noun (la note relevée
     * « … »); an English -ed word before a quoted word is as often an
     * adjective (misguided "mischief") */
    if (t->lmask == QL_FR && other_participle(t, p)) return 1;
    /* la loi dite « anti-squat »: dit, dite after a noun names it */
    if ((t->lmask & QL_FR) && T[p].verb && p > 0 && is_word(&T[p - 1]) && !T[p - 1].cls && !T[p - 1].verb &&
        (ends_with(t, p, "dit") || ends_with(t, p, "dite") || ends_with(t, p, "dits") || ends_with(t, p, "dites")) &&
        T[p].end - T[p].start <= 5)
        return 1;
    if (!is_prep(t, p)) return 0;
    /* English: one word (downgraded to "negative"); two or three after a
     * preposition are as often a verb's words (reduced to "taunts and
     * insults", designed to "sow discord") */
    if ((t->lmask & QL_EN) && s->c - s->o - 1 > 1) return 0;
    /* English "to" before a verb in marks that takes an object (proposed to
     * "dismantle" the law, launched to "get" her) is an infinitive */
    int en_to = (t->lmask & QL_EN) && T[p].end - T[p].start == 2 && (t->text[T[p].start] | 32) == 't' &&
                (t->text[T[p].start + 1] | 32) == 'o';
    if (en_to && s->c + 1 < t->ntoks && is_word(&T[s->c + 1]) && !is_para(&T[s->c + 1]) &&
        ((T[s->c + 1].cls & (QW_DET | QW_OBJ | QW_PRON)) || T[s->c + 1].ent_b >= 0 || (T[s->c + 1].fl & T_UPPER)))
        return 0;
    /* the word that governs the preposition: a verb that reports nothing
     * (relevée à, downgraded to), a reporting verb that never takes its
     * words after a preposition (relevée à), or the first term of a pair
     * (de « négative » à « stable », from "stable" to "negative") */
    size_t wi = p - 1;
    /* a relevé vendredi de « … »: back over a word of time or an adverb */
    for (int n = 0; n < 2 && wi > 0 && is_word(&T[wi]) && !(T[wi].fl & T_INQ) &&
                    ((T[wi].cls & QW_ADV) || adverb_like(t, wi) || ((T[wi].cls & QW_STOP) && !is_prep(t, wi) &&
                                                                   !(T[wi].cls & (QW_REL | QW_THAT | QW_PRON))));
         n++)
        wi--;
    const qtok *w = &T[wi];
    if (w->qm == QM_FR_CLOSE || w->qm == QM_CURLY_CLOSE || w->qm == QM_STRAIGHT) {
        for (size_t i = 0; i < t->nspans; i++)
            if (t->spans[i].c == wi)
                return t->spans[i].o > 0 && is_prep(t, t->spans[i].o - 1);
        return 0;
    }
    if (w->fl & T_INQ) return 0;
    /* prepositions of a change of value only (used for "…" is a purpose) */
    if (!in_list(t, p, vl_quote_dirpreps, vl_quote_dirpreps_len)) return 0;
    /* relevée à, was downgraded to; not had proposed to (an active verb
     * with its auxiliary: what follows is its infinitive) */
    if (other_participle(t, wi) &&
        !(wi > 0 && (t->lmask & QL_EN) && (T[wi - 1].cls & QW_AUX) && !in_list(t, wi - 1, vl_quote_passive, vl_quote_passive_len)))
        return 1;
    /* lowered the sovereign rating to "junk": a verb that reports nothing,
     * its object between */
    for (size_t k = wi; k > 0 && wi - k < 4; k--) {
        const qtok *x = &T[k - 1];
        if (!is_word(x) || (x->fl & T_INQ) || x->verb || (x->cls & (QW_STOP | QW_THAT | QW_PRON))) break;
        /* the object opens with its determiner or a name */
        if (other_participle(t, k - 1)) return (T[k].cls & QW_DET) || T[k].ent_b >= 0;
    }
    /* a relevé la perspective de la dette italienne à « positive »,
     * raised its outlook on the bonds to "stable": one word after à / to,
     * a participle before a longer object (its determiner first, "de" /
     * "of" inside it), even of a verb that can report (relever, raise):
     * a verb reports no words through that object */
    if (s->c - s->o - 1 == 1 && T[p].end - T[p].start <= 2 && (ends_with(t, p, "à") || ends_with(t, p, "to"))) {
        for (size_t k = wi; k > 0 && wi - k < 8; k--) {
            const qtok *x = &T[k - 1];
            if (!is_word(x) || (x->fl & T_INQ) || (x->cls & (QW_STOP | QW_THAT | QW_PRON))) break;
            if (!(x->verb || other_participle(t, k - 1))) continue;
            if (x->verb && (x->say & SAY_QUALIFY)) break;
            int participle = other_participle(t, k - 1) || (x->verb && (french_participle(t, k - 1) ||
                                                                        ((t->lmask & QL_EN) && ends_with(t, k - 1, "ed"))));
            return participle && (T[k].cls & QW_DET) && k < wi;
        }
    }
    /* told to "smile", asked to "…": English "to" after a reporting verb
     * opens what was said */
    if (w->verb && !(w->say & SAY_QUALIFY) && (french_participle(t, wi) || ((t->lmask & QL_EN) && ends_with(t, wi, "ed"))))
        return !en_to;
    return 0;
}

static int do_direct(vl_quote_tagger *t) {
    for (size_t i = 0; i < t->nspans; i++)
        for (size_t k = t->spans[i].o; k <= t->spans[i].c; k++) t->toks[k].fl |= T_INQ;
    size_t prev_at = NOTOK, prev_para_tok = 0;
    for (size_t i = 0; i < t->nspans; i++) {
        qspan *s = &t->spans[i];
        size_t words;
        int terminal, titlelike;
        span_shape(t, s, &words, &terminal, &titlelike);
        if (!words || label_term(t, s)) continue;
        /* a dialogue line or a sentence of its own is no title: “Oui.” */
        if (titlelike && terminal && (t->toks[s->o].qm == QM_DASH || standalone(t, s))) titlelike = 0;
        int term = (words <= 2 && !terminal) || titlelike;
        /* the attribution: after, before, inside */
        qattr at = attr_after(t, s->c, s->o);
        int where = at.np.kind ? 1 : 0;
        /* jugés « … » par X: the agent of a passive before anything else */
        if (!at.np.kind) {
            at = attr_agent(t, s);
            where = at.np.kind ? 2 : 0;
        }
        if (!at.np.kind) {
            at = attr_before(t, s->o);
            where = at.np.kind ? 2 : 0;
        }
        qattr inc = {.verb = NOTOK};
        size_t resume = 0, cut = find_incise(t, s, &resume, &inc);
        /* called him a "nasty guy," an "anchor baby" and "unstable": a
         * quotation after another in the same sentence, with only words
         * of the narration between, is the same speaker's */
        size_t chain = NOTOK;
        if (!where && cut == NOTOK && prev_at != NOTOK && t->out[prev_at].name_end > t->out[prev_at].name_start &&
            same_sentence_after(t, t->out[prev_at].end, s->o))
            chain = prev_at;
        /* a term, unless a reporting clause gives it a speaker: le
         * « Brexit » stays out, a dénoncé une « trahison » is a partial
         * quotation */
        if (term && !(where == 1 && at.tight && !titlelike)) {
            if (titlelike || (where != 2 && chain == NOTOK)) continue;
        }
        int alone = standalone(t, s) || (!term && said_before(t, s->o));
        if (!where && cut == NOTOK && !alone && chain == NOTOK) continue; /* a term, a scare quote */
        if (!where && cut == NOTOK && words < 3 && !terminal && chain == NOTOK) continue;
        /* the paragraph of the span's start, for inheriting */
        size_t pk = s->o;
        while (pk > 0 && !is_para(&t->toks[pk])) pk--;
        size_t inherit = NOTOK;
        const vl_quote *prev = prev_at != NOTOK ? &t->out[prev_at] : NULL;
        if (chain != NOTOK) inherit = chain;
        if (prev && prev->name_end > prev->name_start && alone && pk <= prev_para_tok) inherit = prev_at;
        if (prev && prev->name_end > prev->name_start && alone && inherit == NOTOK) {
            /* the previous paragraph's quotation, when nothing comes between */
            size_t q = pk;
            if (q > 0 && t->toks[q - 1].end <= prev->end + 8) inherit = prev_at;
            /* "…," said X, a senior adviser. / "…" (a paragraph that opens
             * with the quotation): the previous paragraph ends with that
             * quotation's own reporting clause, one sentence, nothing
             * quoted */
            size_t from = prev->end;
            if (prev->spk_end > from && prev->spk_start >= prev->end) from = prev->spk_end;
            if (prev->verb_end > from && prev->verb_start >= prev->end) from = prev->verb_end;
            if (inherit == NOTOK && from > prev->end && q > 0 && q == s->o) {
                size_t k = tok_at(t, from), terms = 0;
                int clean = k < q && q - k <= 30;
                for (; clean && k < q; k++) {
                    const qtok *x = &t->toks[k];
                    if (x->qm || (x->fl & T_INQ) || (k > tok_at(t, from) && is_para(x))) clean = 0;
                    if (is_term(x)) terms++;
                }
                if (clean && terms <= 1 && is_term(&t->toks[q - 1])) inherit = prev_at;
            }
        }
        if (!where && cut == NOTOK && alone && inherit == NOTOK) {
            at = attr_prev_sentence(t, s->o);
            where = at.np.kind ? 3 : 0;
        }
        int rc;
        if (cut != NOTOK) {
            /* the words before the incise keep its comma, as the quotation
             * is written; a final incise leaves nothing after it */
            rc = emit(t, s->o, s->closed || resume <= s->c ? cut : cut - 1, &inc, 1, NOTOK);
            if (!rc && resume <= s->c && !(resume == s->c && is_term(&t->toks[resume]))) rc = emit(t, resume, s->c, &inc, 1, NOTOK);
        } else {
            rc = emit(t, s->o, s->c, where ? &at : NULL, 1, inherit);
        }
        if (rc) return rc;
        prev_at = t->nout - 1;
        prev_para_tok = pk;
    }
    return VL_OK;
}

/* Indirect speech in clauses without quotation marks. */
static int do_indirect(vl_quote_tagger *t) {
    const qtok *T = t->toks;
    size_t n = t->ntoks;
    size_t i = 0;
    while (i < n) {
        /* one sentence: up to a terminal or a paragraph */
        size_t b = i, e = i + 1;
        while (e < n && !is_para(&T[e]) && !is_term(&T[e - 1])) e++;
        /* closing marks stay with the sentence they close */
        while (e < n && !is_para(&T[e]) && (T[e].qm == QM_FR_CLOSE || T[e].qm == QM_CURLY_CLOSE ||
                                            (T[e].qm == QM_STRAIGHT && (T[e].fl & T_INQ))))
            e++;
        i = e;
        int quoted = 0;
        for (size_t k = b; k < e; k++)
            if (T[k].fl & T_INQ) quoted = 1;
        if (quoted || e - b < 4) continue;
        size_t last = e - 1;
        if (is_term(&T[last])) last--;
        /* selon X, CONTENT / according to X, CONTENT */
        if (T[b].cls & QW_ACCORDING) {
            size_t k = b + 1;
            if (k < e && (T[k].cls & QW_STOP)) k++;
            qattr at = {.verb = b};
            at.np = np_after(t, k, e);
            size_t c = at.np.kind ? at.np.te + 1 : e;
            while (c < e && !(T[c].fl & T_COMMA)) c++;
            if (at.np.kind && c + 1 < last) {
                if (emit(t, c + 1, last, &at, 0, NOTOK)) return VL_ENOMEM;
                continue;
            }
        }
        /* CONTENT, a-t-il dit. / CONTENT, he said. / CONTENT, selon X. */
        size_t comma = NOTOK;
        for (size_t k = last; k > b + 2 && k + 12 > last; k--)
            if (T[k].fl & T_COMMA) {
                comma = k;
                break;
            }
        if (comma != NOTOK) {
            qattr at = {.verb = NOTOK};
            if (T[comma + 1].cls & QW_ACCORDING) {
                size_t k = comma + 2;
                if (k <= last && (T[k].cls & QW_STOP)) k++;
                at.np = np_after(t, k, last + 1);
                at.verb = comma + 1;
            } else {
                size_t aux, v = find_verb(t, comma + 1, last + 1, 0, &aux, 0);
                if (v != NOTOK) {
                    size_t first = aux != NOTOK ? aux : v;
                    at.np = verb_speaker(t, v, aux, comma + 1, last + 1, 0);
                    at.verb = v;
                    /* only the verb and its subject: nothing that
                     * would make the clause a sentence of its own */
                    if (at.np.kind && !(first == comma + 1 || at.np.tb == comma + 1)) at.np.kind = NP_NONE;
                }
            }
            if (at.np.kind) {
                if (emit(t, b, comma - 1, &at, 0, NOTOK)) return VL_ENOMEM;
                continue;
            }
        }
        /* X a déclaré que CONTENT / X said (that) CONTENT */
        size_t aux, v = NOTOK;
        for (size_t k = b; k < e; k++) {
            v = find_verb(t, k, e, 0, &aux, 0);
            if (v == NOTOK) break;
            size_t c = v + 1;
            while (c < e && (T[c].cls & QW_ADV) && !(T[c].cls & QW_THAT)) c++;
            /* told reporters that */
            if (c < e && !(T[c].cls & QW_THAT) && T[v].verb == 1 && c + 3 < e) {
                size_t d = c;
                while (d < c + 4 && d < e && is_word(&T[d]) && !(T[d].cls & QW_THAT)) d++;
                if (d < e && (T[d].cls & QW_THAT) && d > c) c = d;
            }
            int that = c < e && (T[c].cls & QW_THAT);
            int bare = !that && (T[v].say & SAY_BARE) && c < e && is_word(&T[c]) && !(T[c].cls & (QW_STOP | QW_FUNC)) &&
                       !(T[c].fl & T_INV);
            if (!that && !bare) {
                k = v;
                continue;
            }
            qattr at = {.verb = v};
            size_t first = aux != NOTOK ? aux : v;
            if ((T[v].fl & T_INV) || (aux != NOTOK && (T[aux].fl & T_INV))) at.np = verb_speaker(t, v, aux, b, e, 0);
            else if (first > b) at.np = np_before(t, first - 1, b);
            size_t cb = that ? c + 1 : c;
            if (at.np.kind && cb <= last && last - cb >= 2) {
                if (emit(t, cb, last, &at, 0, NOTOK)) return VL_ENOMEM;
                break;
            }
            k = v;
        }
    }
    return VL_OK;
}

static int by_start(const void *a, const void *b) {
    const vl_quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

int vl_quote_tag_tokens(vl_quote_tagger *t, const char *text, size_t len, vl_lang lang, const vl_xtext *x,
                        const vl_ner_mention *ents, size_t nents, const vl_quote **out, size_t *n) {
    t->text = text;
    t->len = len;
    t->ents = ents;
    t->nents = ents ? nents : 0;
    t->lmask = lang == VL_LANG_FR ? QL_FR : lang == VL_LANG_EN ? QL_EN : QL_ALL;
    t->nout = 0;
    *out = NULL;
    *n = 0;
    int rc = tokenize(t, lang, vl_xtext_of(x, text, len, lang) ? x : NULL);
    if (!rc) rc = find_spans(t);
    if (!rc) rc = do_direct(t);
    if (!rc) rc = do_indirect(t);
    if (rc) return rc;
    if (t->nout > 1) qsort(t->out, t->nout, sizeof *t->out, by_start);
    *out = t->out;
    *n = t->nout;
    return VL_OK;
}

int vl_quote_tag(vl_quote_tagger *t, const char *text, size_t len, vl_lang lang, const vl_ner_mention *ents,
                 size_t nents, const vl_quote **out, size_t *n) {
    return vl_quote_tag_tokens(t, text, len, lang, NULL, ents, nents, out, n);
}
