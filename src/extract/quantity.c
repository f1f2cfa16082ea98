/*
 * quantity.c -- the quantity engine (see quantity.h): compiles the lexicon
 * of quantity_lex.c and the number words of the time-expression lexicon
 * into one hash table, then reads each sentence's tokens for numbers:
 *
 *   [approx] [pre-unit] NUMBER [scale] [de|d'|of] (unit | counted phrase)
 *
 * NUMBER is digits (French or English separators, "3 300" joined across a
 * space), number words (trois cents, twenty-one, quatre-vingt-dix), or an
 * approximate noun (une vingtaine, des milliers, dozens).  A number that is
 * part of a time expression, a name (F-16: one token with letters), a score
 * (2-1), a label (n° 5, article 3) or that counts nothing is not a quantity.
 */
#include "extract/quantity.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "extract/event_tokens.h"
#include "extract/keyfilter.h"
#include "extract/quantity_internal.h"
#include "extract/timex_internal.h"

enum { QK_NUMW = 16 }; /* a number word, from the time-expression lexicon */

typedef struct qt_ent {
    const char *words; /* folded, words separated by spaces */
    uint8_t lang, kind, nwords, flen; /* flen: bytes of the first word */
    double value;
    const char *unit;
} qt_ent;

/* Slots hash the first word of an entry; entries sharing it are chained. */
typedef struct qt_slot {
    uint32_t hash;
    int first; /* index into ents, -1 empty */
} qt_slot;

struct vl_quantity_tagger {
    qt_ent *ents;
    int *next; /* chain of entries with the same first word */
    size_t nents;
    qt_slot *slots;
    size_t nslots;
    vl_quantity *out;
    size_t nout, cap;
    vl_xtok toks[VL_NER_MAX_SENT];
    int tok_first[VL_NER_MAX_SENT]; /* each token's first entry, -1 none */
    vl_keyfilter filter;            /* every first word of slots, by hash_word */
};

/* vl_xhash, never 0: a token's is vl_xtok.kh (hash_of_key). */
static uint32_t hash_of_key(uint32_t h) { return h ? h : 1; }
static uint32_t hash_word(const char *s, size_t n) { return hash_of_key(vl_xhash(s, n)); }

static size_t first_word_len(const char *w) {
    const char *sp = strchr(w, ' ');
    return sp ? (size_t)(sp - w) : strlen(w);
}

static inline qt_slot *slot_for_h(const vl_quantity_tagger *t, const char *w, size_t n, uint32_t h, int create) {
    if (!create && !vl_keyfilter_may(&t->filter, h)) return NULL;
    for (size_t i = h & (t->nslots - 1);; i = (i + 1) & (t->nslots - 1)) {
        qt_slot *s = &t->slots[i];
        if (s->first < 0) return create ? (s->hash = h, s) : NULL;
        const qt_ent *e = &t->ents[s->first];
        if (s->hash == h && e->flen == n && memcmp(e->words, w, n) == 0) return s;
    }
}

static qt_slot *slot_for(const vl_quantity_tagger *t, const char *w, size_t n, int create) {
    return slot_for_h(t, w, n, hash_word(w, n), create);
}

void vl_quantity_tagger_free(vl_quantity_tagger *t) {
    if (!t) return;
    free(t->ents);
    free(t->next);
    free(t->slots);
    free(t->out);
    free(t);
}

int vl_quantity_tagger_new(vl_quantity_tagger **out, vl_error *err) {
    *out = NULL;
    vl_quantity_tagger *t = calloc(1, sizeof *t);
    size_t max = vl_quantity_lexicon_len + vl_timex_lexicon_len;
    if (t) {
        t->ents = calloc(max, sizeof *t->ents);
        t->next = calloc(max, sizeof *t->next);
        t->nslots = 1024;
        while (t->nslots < 2 * max) t->nslots *= 2;
        t->slots = calloc(t->nslots, sizeof *t->slots);
    }
    if (!t || !t->ents || !t->next || !t->slots) {
        vl_quantity_tagger_free(t);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    for (size_t i = 0; i < t->nslots; i++) t->slots[i].first = -1;
    for (size_t i = 0; i < vl_quantity_lexicon_len; i++) {
        const qt_lex *l = &vl_quantity_lexicon[i];
        t->ents[t->nents++] = (qt_ent){.words = l->words, .lang = l->lang, .kind = l->kind,
                                           .nwords = 1, .value = l->value, .unit = l->unit};
    }
    for (size_t i = 0; i < vl_timex_lexicon_len; i++) {
        const tx_lex *l = &vl_timex_lexicon[i];
        if (l->cls == TC_NUMW) t->ents[t->nents++] = (qt_ent){.words = l->word, .lang = l->lang, .kind = QK_NUMW,
                                                              .nwords = 1, .value = l->value};
    }
    /* Chain in reverse so that each chain keeps the table's order. */
    for (size_t k = t->nents; k-- > 0;) {
        qt_ent *e = &t->ents[k];
        for (const char *p = e->words; *p; p++) e->nwords += *p == ' ';
        size_t fl = first_word_len(e->words);
        e->flen = (uint8_t)fl;
        if (e->nwords > 3 || !e->words[0] || fl > 40) {
            vl_quantity_tagger_free(t);
            return vl_error_set(err, VL_EARG, NULL, 0, "quantity lexicon: bad entry \"%s\"", e->words);
        }
        qt_slot *s = slot_for(t, e->words, first_word_len(e->words), 1);
        vl_keyfilter_add(&t->filter, s->hash);
        t->next[k] = s->first;
        s->first = (int)k;
    }
    *out = t;
    return VL_OK;
}

/* The entry of `kind` in languages `lang` whose words are the tokens from
 * i on (at most n); its number of words in *len.  Longest first. */
static const qt_ent *lookup_chain(const vl_quantity_tagger *t, const vl_xtok *k, size_t i, size_t n, int lang,
                                  int kind, size_t *len) {
    /* the slot of token i's key, computed once per sentence */
    int first = t->tok_first[i];
    const qt_ent *best = NULL;
    for (int e = first; e >= 0; e = t->next[e]) {
        const qt_ent *x = &t->ents[e];
        if (x->kind != kind || !(x->lang & lang) || (best && best->nwords >= x->nwords)) continue;
        /* the first word is the slot's; the others one token each */
        const char *w = x->words + x->flen;
        size_t j = i + 1;
        int ok = 1;
        while (*w == ' ') {
            w++;
            size_t wl = first_word_len(w);
            if (j >= n || (size_t)k[j].klen != wl || memcmp(k[j].key, w, wl) != 0) {
                ok = 0;
                break;
            }
            j++;
            w += wl;
        }
        if (ok) best = x;
    }
    if (best) *len = best->nwords;
    return best;
}

/* lookup_chain where token i starts some entry: most tokens start none
 * (tok_first -1, also for an empty key), and are answered here. */
static inline const qt_ent *lookup(const vl_quantity_tagger *t, const vl_xtok *k, size_t i, size_t n, int lang,
                                   int kind, size_t *len) {
    if (i >= n || !k[i].klen || t->tok_first[i] < 0) return NULL;
    return lookup_chain(t, k, i, n, lang, kind, len);
}

/* Does an entry of kind end at token i-1 (preceding words)?  Returns the
 * first token of the match, or (size_t)-1. */
static size_t lookup_before(const vl_quantity_tagger *t, const vl_xtok *k, size_t i, int lang, int kind) {
    for (size_t w = 3; w >= 1; w--) {
        if (i < w) continue;
        size_t len;
        const qt_ent *e = lookup(t, k, i - w, i, lang, kind, &len);
        if (e && len == w) return i - w;
    }
    return (size_t)-1;
}

/* A number written in digits: the value with the separators of lang. */
static int parse_digits(const char *s, size_t n, vl_lang lang, double *out) {
    if (!n || n > 24) return 0;
    int ndot = 0, ncomma = 0;
    size_t last_sep = 0;
    char last = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') continue;
        if (s[i] != '.' && s[i] != ',') return 0;
        if (i == 0 || i + 1 == n) return 0;
        if (s[i] == '.') ndot++;
        else ncomma++;
        last_sep = i;
        last = s[i];
    }
    char dec = 0; /* the decimal mark, 0 when none */
    size_t after = n - last_sep - 1;
    if (ndot + ncomma == 0) dec = 0;
    else if (ndot && ncomma) dec = last;
    else if (ndot + ncomma > 1) dec = 0; /* 1,234,567 / 1.234.567 */
    else if (after != 3) dec = last;
    else if (last == ',') dec = lang == VL_LANG_FR ? ',' : 0;
    else dec = lang == VL_LANG_FR ? 0 : '.';
    double v = 0, scale = 0;
    int groups_ok = 1;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == dec) {
            scale = 1;
            continue;
        }
        if (c == '.' || c == ',') {
            if (scale) return 0;
            if (run != 3 && i != 0 && groups_ok && run > 3) groups_ok = 0;
            run = 0;
            continue;
        }
        run++;
        if (scale) {
            scale /= 10;
            v += (c - '0') * scale;
        } else {
            v = v * 10 + (c - '0');
        }
    }
    if (!groups_ok) return 0;
    *out = v;
    return 1;
}

static int all_digits(const vl_xtok *k) {
    if (!k->klen) return 0;
    for (int i = 0; i < k->klen; i++)
        if (k->key[i] < '0' || k->key[i] > '9') return 0;
    return 1;
}

/* One space (or a no-break space) and nothing else between a and b. */
static int one_space_between(const char *text, const vl_xtok *a, const vl_xtok *b) {
    size_t g = b->start - a->end;
    const char *s = text + a->end;
    return (g == 1 && s[0] == ' ') || (g == 2 && memcmp(s, "\xc2\xa0", 2) == 0) ||
           (g == 3 && memcmp(s, "\xe2\x80\xaf", 3) == 0);
}

/* A gap that separates fields rather than words: a tab, a blank line, an
 * indented line, or three spaces or more (tables of figures: "Net 1.1
 * mln\n    Revs 33 mln", "2.40       IV"; the counted noun never lies
 * across one).  Two spaces are a typing slip in prose ("100  employees"). */
static int field_gap(const char *text, const vl_xtok *a, const vl_xtok *b) {
    int spaces = 0, newlines = 0;
    for (const char *s = text + a->end, *e = text + b->start; s < e; s++) {
        if (*s == '\t') return 1;
        if (*s == '\n') {
            if (++newlines > 1) return 1;
            spaces = 0;
        } else if (*s == ' ' && (++spaces > 2 || (newlines && s[-1] == '\n'))) {
            return 1;
        }
    }
    return 0;
}

/* The value of number words from token i (a word may hold several joined
 * by hyphens: vingt-et-un, twenty-one); *end gets the token after them.
 * Follows the composition rules of the time-expression tagger: tens then
 * units, cent/hundred multiplies, mille/thousand closes a group. */
static int number_words(const vl_quantity_tagger *t, const vl_xtok *k, size_t i, size_t n, int lang, double *value,
                        size_t *end) {
    double total = 0, cur = 0;
    int prev = 0, count = 0;
    size_t j = i;
    while (j < n) {
        if (count && j + 1 < n && (vl_xis(&k[j], "et") || vl_xis(&k[j], "and"))) {
            size_t l2;
            const qt_ent *nx = lookup(t, k, j + 1, n, lang, QK_NUMW, &l2);
            if (!nx) break;
            j++;
        }
        /* the parts of the token, split at hyphens */
        const char *w = k[j].key;
        /* a key of one part (no '-', no NUL) that starts no lexicon
         * entry is no number word: what the loop below finds, without
         * its strchr and strlen */
        if (!k[j].klen || (!k[j].ksplit && t->tok_first[j] < 0)) break;
        int ok = 1, parts = 0;
        double tcur = cur, ttotal = total;
        int tprev = prev;
        while (ok && *w) {
            size_t wl;
            if (w == k[j].key && !k[j].ksplit) {
                wl = (size_t)k[j].klen; /* one part, no '-' nor NUL in it */
            } else {
                const char *h = strchr(w, '-');
                wl = h ? (size_t)(h - w) : strlen(w);
            }
            int v = -1;
            if (wl == 2 && memcmp(w, "et", 2) == 0 && parts) v = 0;
            else {
                /* a whole token's key was looked up once per sentence */
                int first;
                if (w == k[j].key && wl == (size_t)k[j].klen) first = t->tok_first[j];
                else {
                    const qt_slot *s = slot_for(t, w, wl, 0);
                    first = s ? s->first : -1;
                }
                for (int e = first; e >= 0; e = t->next[e])
                    if (t->ents[e].kind == QK_NUMW && (t->ents[e].lang & lang) && t->ents[e].flen == wl) {
                        v = (int)t->ents[e].value;
                        break;
                    }
            }
            if (v < 0) ok = 0;
            else if (v > 0) {
                if ((count || parts) && v < 100 && tprev < 100 && v >= tprev && !(tprev == 4 && v == 20) &&
                    !(tprev >= 20 && v < 10) && !(tprev % 10 == 0 && tprev >= 20 && v >= 10 && v < 20))
                    ok = 0; /* "deux trois": two numbers */
                else if (v == 100) tcur = (tcur ? tcur : 1) * 100;
                else if (v == 1000) {
                    ttotal += (tcur ? tcur : 1) * 1000;
                    tcur = 0;
                } else if (v == 20 && fmod(tcur, 100) == 4) tcur = tcur - 4 + 80;
                else tcur += v;
                tprev = v;
            }
            parts++;
            w += wl;
            if (*w == '-') w++;
        }
        if (!ok) break;
        cur = tcur;
        total = ttotal;
        prev = tprev;
        count++;
        j++;
    }
    if (!count) return 0;
    *value = total + cur;
    *end = j;
    return 1;
}

static int in_timex(const vl_timex *tx, size_t ntx, size_t *ti, const vl_xtok *k) {
    while (*ti < ntx && tx[*ti].end <= k->start) (*ti)++;
    return *ti < ntx && tx[*ti].start < k->end;
}

/* A French adjective after the noun it follows (prisonniers politiques,
 * soldats russes): by its ending. */
static int fr_adjective(const vl_xtok *k) {
    static const char *const ends[] = {"ique", "iques", "ais", "aise", "aises", "ien", "ienne", "iens", "iennes",
                                       "al", "ale", "ales", "aux", "if", "ive", "ifs", "ives", "el", "elle", "els",
                                       "elles", "aire", "aires", "eux", "euse", "euses", "ain", "aine", "ains",
                                       "aines", "ois", "oise", "oises", "sses", "sse", "ees", "es", "ee", "ains",
                                       "iers", "ieres", "ier", "iere", "ains", "ants", "antes", "ents", "entes", NULL};
    if (k->cap || k->klen < 4) return 0;
    for (const char *const *e = ends; *e; e++) {
        int el = (int)strlen(*e);
        if (k->klen > el + 1 && memcmp(k->key + k->klen - el, *e, (size_t)el) == 0) return 1;
    }
    return 0;
}

static int is_wordtok(const vl_xtok *k) {
    if (!(k->flags & VL_NTOK_WORD) || !k->klen) return 0;
    char c = k->key[0];
    return c >= 'a' && c <= 'z';
}

/* English plural nouns without -s. */
static int en_plural(const vl_xtok *k) {
    static const char *const w[] = {"people", "police", "children", "men", "women", "personnel", "staff",
                                    "cattle", "sheep", "aircraft", "fish", "crew", NULL};
    for (const char *const *p = w; *p; p++)
        if (vl_xis(k, *p)) return 1;
    return k->klen > 3 && k->key[k->klen - 1] == 's' && k->key[k->klen - 2] != 's';
}

/* The noun phrase counted from token i; its end token in *end (== i when
 * none). */
static size_t counted_phrase(const vl_quantity_tagger *t, const char *text, const vl_xtok *k, size_t i, size_t n,
                             int lang, const vl_timex *tx, size_t ntx) {
    size_t j = i, len, ti = 0;
    if (j >= n || !is_wordtok(&k[j]) || (k[j].flags & VL_NTOK_ELISION)) return i;
    if (j > 0 && field_gap(text, &k[j - 1], &k[j])) return i;
    if (lookup(t, k, j, n, lang, QK_STOP, &len) || lookup(t, k, j, n, lang, QK_NUMW, &len) ||
        in_timex(tx, ntx, &ti, &k[j]))
        return i;
    if (lang == QL_FR) {
        j++; /* the noun, then adjectives */
        for (int adj = 0; adj < 2 && j < n && is_wordtok(&k[j]) && fr_adjective(&k[j]) &&
                          !field_gap(text, &k[j - 1], &k[j]) &&
                          !lookup(t, k, j, n, lang, QK_STOP, &len) && !in_timex(tx, ntx, &ti, &k[j]);
             adj++)
            j++;
        return j;
    }
    /* English: adjectives then the noun; stop after a plural */
    size_t first = j;
    for (int w = 0; w < 3 && j < n && (k[j].flags & VL_NTOK_WORD) && k[j].klen && !(k[j].key[0] >= '0' && k[j].key[0] <= '9') &&
                    (j == first || !field_gap(text, &k[j - 1], &k[j])) &&
                    !lookup(t, k, j, n, lang, QK_STOP, &len) && !in_timex(tx, ntx, &ti, &k[j]);
         w++) {
        j++;
        if (en_plural(&k[j - 1])) return j;
    }
    return first + 1;
}

static int push(vl_quantity_tagger *t, const vl_quantity *q) {
    vl_quantity *o = vl_array_grow(t->out, &t->cap, t->nout, sizeof *o, 16);
    if (!o) return VL_ENOMEM;
    t->out = o;
    t->out[t->nout++] = *q;
    return VL_OK;
}

static int tag_sentence(vl_quantity_tagger *t, const char *text, const vl_xtok *k, size_t n, vl_lang vlang,
                        int lang, const vl_timex *tx, size_t ntx) {
    size_t ti = 0, len, floor = 0; /* floor: the token after the last quantity */
    for (size_t i = 0; i < n;) {
        if (in_timex(tx, ntx, &ti, &k[i])) {
            i++;
            continue;
        }
        double value = 0;
        int approx = 0, have = 0;
        size_t a = i, b = i; /* the number's tokens [a, b) */
        if (k[i].klen && k[i].key[0] >= '0' && k[i].key[0] <= '9') {
            if (!parse_digits(k[i].key, (size_t)k[i].klen, vlang, &value)) {
                i++;
                continue;
            }
            b = i + 1;
            /* 3 300 / 12 500 000: groups of three digits after a space */
            if (all_digits(&k[i]) && k[i].klen <= 3)
                while (b < n && k[b].klen == 3 && all_digits(&k[b]) && one_space_between(text, &k[b - 1], &k[b]) &&
                       !in_timex(tx, ntx, &ti, &k[b])) {
                    value = value * 1000 + atof(k[b].key);
                    b++;
                }
            /* look-alikes: scores and clock times 2:1, labels n° 5 */
            if (b < n && b + 1 < n && k[b].klen == 1 && (k[b].key[0] == ':' || k[b].key[0] == '/') &&
                k[b + 1].klen && k[b + 1].key[0] >= '0' && k[b + 1].key[0] <= '9' && k[b].start == k[b - 1].end) {
                i = b + 2;
                continue;
            }
            have = 1;
        } else if (number_words(t, k, i, n, lang, &value, &b)) {
            have = 1;
        }
        size_t an = 0;
        const qt_ent *apn = NULL;
        if (have) {
            /* une vingtaine, deux centaines, a dozen */
            apn = lookup(t, k, b, n, lang, QK_APPROXN, &an);
            if (apn) {
                value = value <= 1 ? apn->value : value * apn->value;
                approx = 1;
                b += an;
            } else if (value == 1 && b == i + 1 && !(k[i].key[0] >= '0' && k[i].key[0] <= '9') &&
                       !lookup(t, k, b, n, lang, QK_SCALE, &an)) {
                i = b; /* un, une, one alone: an article */
                continue;
            }
        } else if ((apn = lookup(t, k, i, n, lang, QK_APPROXN, &an)) != NULL) {
            /* des milliers, dozens, hundreds */
            value = apn->value;
            approx = 1;
            have = 1;
            b = i + an;
        }
        if (!have) {
            i++;
            continue;
        }
        /* labels before the number */
        if (a > 0 && lookup_before(t, k, a, lang, QK_LABEL) != (size_t)-1) {
            i = b;
            continue;
        }
        /* a capitalised word glued by a space (Airbus A 320) or a hyphen is
         * handled by the tokeniser; a number right after a capitalised
         * letter-digit token is a model */
        const qt_ent *scale = lookup(t, k, b, n, lang, QK_SCALE, &len);
        if (scale && !(scale->value == 1e3 && vl_xis(&k[b], "mille") && value >= 1000)) {
            value *= scale->value;
            b += len;
        }
        /* approximation words before */
        size_t s0 = lookup_before(t, k, a, lang, QK_APPROXA);
        if (s0 != (size_t)-1 && s0 >= floor) {
            approx = 1;
            a = s0;
        }
        const char *unit = NULL;
        size_t pre = lookup_before(t, k, i, lang, QK_PREUNIT);
        if (pre != (size_t)-1 && pre >= floor) {
            const qt_ent *pu = lookup(t, k, pre, n, lang, QK_PREUNIT, &len);
            unit = pu ? pu->unit : NULL;
            if (pre < a) a = pre;
            else if (s0 == (size_t)-1) a = pre;
        }
        size_t e = b;
        size_t cs = 0, ce = 0;
        if (!unit) {
            size_t j = b;
            if (j < n && (vl_xis(&k[j], "de") || vl_xis(&k[j], "d'") || vl_xis(&k[j], "of"))) j++;
            const qt_ent *u = lookup(t, k, j, n, lang, QK_UNIT, &len);
            /* "de" before a unit only after a scale or an approximate noun */
            if (u && (j == b || scale || apn)) {
                /* one-letter units (m, t) only glued to digits or right after them */
                int one = k[j].klen == 1 && (k[j].key[0] == 'm' || k[j].key[0] == 't');
                if (!one || (j == b && k[j].start - k[b - 1].end <= 1 && (j + 1 >= n || !is_wordtok(&k[j + 1])))) {
                    unit = u->unit;
                    e = j + len;
                }
            }
        } else if (b < n) {
            /* $5 billion dollars: a repeated unit is part of it */
            const qt_ent *u = lookup(t, k, b, n, lang, QK_UNIT, &len);
            if (u && strcmp(u->unit, unit) == 0) e = b + len;
        }
        if (!unit) {
            size_t j = b;
            if ((scale || apn) && j < n && (vl_xis(&k[j], "de") || vl_xis(&k[j], "d'") || vl_xis(&k[j], "of"))) j++;
            size_t ce2 = counted_phrase(t, text, k, j, n, lang, tx, ntx);
            if (ce2 > j) {
                cs = j;
                ce = ce2;
                e = ce2;
            }
        }
        if (!unit && ce == cs) {
            i = b;
            continue;
        }
        vl_quantity q = {.start = k[a].start, .end = k[e - 1].end, .cp_start = k[a].cstart, .cp_end = k[e - 1].cend,
                         .value = value, .unit = unit, .approx = approx};
        if (ce > cs) {
            q.counted_start = k[cs].start;
            q.counted_end = k[ce - 1].end;
        }
        if (push(t, &q)) return VL_ENOMEM;
        i = floor = e;
    }
    return VL_OK;
}

/* One sentence k[0, nt): each token's first lexicon entry, then the
 * quantities; ti walks the time expressions along the text. */
static int quantity_sentence(vl_quantity_tagger *t, const char *text, const vl_xtok *k, size_t nt, vl_lang lang,
                             int lmask, const vl_timex *tx, size_t ntx, size_t *ti) {
    /* the time expressions from this sentence on */
    while (*ti < ntx && tx[*ti].end <= k[0].start) (*ti)++;
    for (size_t i = 0; i < nt; i++) {
        const qt_slot *sl = k[i].klen ? slot_for_h(t, k[i].key, (size_t)k[i].klen, hash_of_key(k[i].kh), 0) : NULL;
        t->tok_first[i] = sl ? sl->first : -1;
    }
    return tag_sentence(t, text, k, nt, lang, lmask, tx ? tx + *ti : NULL, ntx - *ti);
}

int vl_quantity_tag_tokens(vl_quantity_tagger *t, const char *text, size_t len, vl_lang lang, const vl_xtext *x,
                           const vl_timex *tx, size_t ntx, const vl_quantity **out, size_t *n) {
    t->nout = 0;
    *out = NULL;
    *n = 0;
    int lmask = lang == VL_LANG_FR ? QL_FR : lang == VL_LANG_EN ? QL_EN : QL_ALL;
    size_t ti = 0;
    if (vl_xtext_of(x, text, len, lang)) {
        for (size_t s = 0; s < x->nsent; s++) {
            int rc = quantity_sentence(t, text, x->tok + x->sent[s], x->sent[s + 1] - x->sent[s], lang, lmask, tx,
                                       ntx, &ti);
            if (rc) return rc;
        }
    } else {
        vl_ner_lexer lx;
        vl_ner_lexer_init(&lx, text, len, lang);
        size_t nt;
        while ((nt = vl_xtok_sentence(&lx, t->toks)) > 0) {
            int rc = quantity_sentence(t, text, t->toks, nt, lang, lmask, tx, ntx, &ti);
            if (rc) return rc;
        }
    }
    *out = t->out;
    *n = t->nout;
    return VL_OK;
}

int vl_quantity_tag(vl_quantity_tagger *t, const char *text, size_t len, vl_lang lang, const vl_timex *tx,
                    size_t ntx, const vl_quantity **out, size_t *n) {
    return vl_quantity_tag_tokens(t, text, len, lang, NULL, tx, ntx, out, n);
}
