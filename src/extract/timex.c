/*
 * timex.c -- the engine of the time-expression tagger: compiling the rule
 * tables of timex_rules.c, tokenizing, filtering look-alikes, matching
 * patterns (longest match, modifier prefixes) and handing matches to the
 * resolver (timex_resolve.c).
 *
 * Tokens live in an array owned by the tagger and reused from text to
 * text: nothing is allocated per token.  Each token carries its folded key
 * (ASCII lower case, accents removed) and the bit set of word classes the
 * lexicon gives it in the active languages; digit tokens get their classes
 * from their shape.  The matcher only looks at tokens whose classes can
 * start some rule, and there only tries the rules the next token can
 * continue (second_class, second_slot).  Speed (bench/README.md): most words
 * are folded by scan_word_fast (ASCII letters eight at a time, Latin-1
 * inline) and looked up as three zero-padded words; the general path
 * (fold_into) takes the rest, with the same result.
 */
#include "extract/timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "extract/timex_internal.h"

#define KEY_MAX 24
#define MAX_ELEMS 10
#define MAX_LITS 12

enum { TK_WORD, TK_NUM, TK_PUNCT, TK_OTHER };
enum { TF_HYPH = 1, TF_CAP = 2, TF_BREAK = 4, TF_DOT = 8, TF_NUMV = 16 /* num holds its value */,
       TF_HALF = 32 /* the count or unit carries a half (2 1/2, a minute and a half) */,
       TF_SECS = 64 /* a clock with seconds (2:19:48): d holds them */,
       TF_LINE = 128 /* the first token of a line (a newline before it) */ };

typedef struct tx_tok {
    uint32_t start, end;
    uint64_t mask;
    int32_t num;
    int16_t y, m, d; /* TC_ISO: the date; TC_CLOCK: y = hour, m = minute, d = seconds (TF_SECS);
                      * a decimal count of seconds (fdig): d = its fraction */
    int32_t slot;    /* lexicon slot, -1 */
    int32_t sent;    /* sentence number */
    uint8_t kind, flags, ndig, klen;
    uint8_t fdig; /* the digits of a decimal count's fraction ("57.40 seconds": 2), 0 */
    char key[KEY_MAX];
} tx_tok;

typedef struct tx_elem {
    uint64_t mask; /* classes accepted (TC_LIT when literals are given) */
    uint8_t opt, ctx, nlit;
    int32_t slot[MAX_LITS]; /* the lexicon slots of the literals */
    char lit[MAX_LITS][KEY_MAX];
} tx_elem;

/* The classes of vocabulary that only the engine's checks test (no
 * pattern names them): they make no word a word of time. */
#define VOCAB_CLASSES                                                                                          \
    ((1ull << TC_NOPERSON) | (1ull << TC_TITLE) | (1ull << TC_ZONE) | (1ull << TC_ELISION) | (1ull << TC_ADV) | \
     (1ull << TC_PPIRR) | (1ull << TC_ANNOUNCED) | (1ull << TC_NOUNE) | (1ull << TC_PREDET) | (1ull << TC_SAY) | \
     (1ull << TC_LINK) | (1ull << TC_TPREP) | (1ull << TC_QTY) | (1ull << TC_CTX))
_Static_assert(TC_COUNT <= 64, "a token's classes are one 64-bit word");

#define RULE_WORDS 7 /* rule bit sets: up to 448 rules */
typedef struct tx_rset {
    uint64_t w[RULE_WORDS];
} tx_rset;

typedef struct tx_crule {
    const tx_rule *r;
    int nelem;
    uint64_t first; /* classes that can start a match */
    tx_elem e[MAX_ELEMS];
} tx_crule;

/* A folded key as three words, zero past its end: compared and hashed a
 * word at a time. */
typedef struct tx_kw {
    uint64_t w[3];
} tx_kw;
_Static_assert(KEY_MAX == sizeof(tx_kw), "a key is three words");

typedef struct tx_slot {
    const char *word; /* NULL: empty */
    uint32_t first, count, len;
    tx_kw kw;         /* word */
    uint64_t mask[4]; /* the classes its entries give, per TXL_ language mask */
} tx_slot;

typedef struct tx_ent {
    const char *word;
    uint8_t lang, cls;
    int16_t value;
} tx_ent;

typedef struct tx_cap {
    int tok;
    int cls;
} tx_cap;

/* A candidate match, resolved. */
typedef struct tx_cand {
    int ok;
    int start_tok, end_tok; /* all matched tokens, context included: [start, end) */
    int ext_start, ext_end; /* the extent: [ext_start, ext_end) */
    int rule;
    int blocker; /* not a time expression, and it hides shorter matches */
    int yearq;   /* "last year" read as the quarter a year before: names no report quarter */
    int anaph;   /* counted from a date or week the text told: names no week of its own */
    int clock_only; /* a clock time that names no day of its own: "11 a.m." */
    int night_eve;  /* an evening hour placed on the first day of the night told before it */
    int ended_q;    /* a quarter named by its last day, which has passed */
    int stamp;      /* a live report's stamp before a dash: "10 h 15 – ..." */
    int stamp_min;  /* its clock in minutes past midnight, -1 when none */
    int stamp_turn; /* -1 or 1: the day it is on turns back or on (stamp_order) */
    int year_told;  /* its year is written in it, or comes from a date of the text that was */
    int perfect;    /* a French clock time of a passé composé clause: one event, no habit */
    int aside;      /* an English weekday of an attribution or a pluperfect clause: no story day */
    vl_timex tx;
} tx_cand;

struct vl_timex_tagger {
    tx_ent *ents;
    size_t nents;
    tx_slot *slots;
    uint32_t *slot_hash; /* per slot: its word's key_hash, 0 when empty (probed first) */
    size_t nslots; /* a power of two */
    tx_crule *rules;
    size_t nrules;
    uint64_t any_first;
    tx_rset class_rules[TC_COUNT]; /* rules a token of the class may start */
    tx_rset *slot_rules;           /* rules a literal word may start, per slot */
    uint8_t *slot_starts;          /* per slot: some rule starts with the word */
    uint64_t class_starts;         /* classes (not TC_LIT) some rule starts with */
    tx_rset lang_rules[4];         /* rules of each language mask */
    /* Which rules a match may take the token after its first one in: a
     * rule that needs two tokens or more is tried at token i only when
     * token i + 1 has a class (second_class) or a literal word
     * (second_slot) that some element after the first may match at that
     * place.  short_rules: the rules a single token may complete. */
    tx_rset short_rules;
    tx_rset second_class[TC_COUNT];
    tx_rset *second_slot;
    tx_rset prefix_rules;  /* K_PREFIX rules */
    tx_rset aftermod_rules; /* RF_AFTERMOD rules: tried only after a modifier */
    /* the tense suffixes: their lengths, and the bytes they end with */
    uint8_t *suffix_len;
    uint8_t suffix_last[256];
    /* scratch, reused */
    tx_tok *toks;
    size_t ntoks, cap_toks;
    /* per token: word_tense's answer (tense + 1, plus 4 when a verb), or
     * TENSE_UNKNOWN before it is asked; sized cap_toks */
    uint8_t *tense_memo;
    int tense_tok; /* the token that gave the last clause_tense_scan its tense, or -1 */
    vl_timex *out;
    size_t nout, cap_out;
    /* the text being tagged */
    const char *text;
    size_t len;
    int lang; /* TXL_ mask */
    int ref_y, ref_m, ref_d;
    int anchor_sent, anchor_y, anchor_m, anchor_d;
    int anchor_tok; /* the last token of the date that anchors clock times */
    int anchor_clock; /* the anchor came from a clock time with no day of its own */
    int anchor_night; /* the anchor is the day a night ends ("la nuit de samedi à dimanche") */
    int anchor_tni;   /* the anchor is a night named by its first day ("Friday night", "vendredi soir" not) */
    int fy_new;       /* the year that names "the new fiscal year" the text told, 0 when none */
    /* the speaker's present clock, the first one told ("Il est 8 heures",
     * "It's 7:20": a later one is most often a correspondent's, in another
     * zone): its day and minutes (now_y -1: none yet), from which "il y a
     * vingt minutes" counts back */
    int now_y, now_m, now_d, now_min;
    int anchor_stale; /* a date or time told since the anchor, in a later sentence, did not replace it */
    int anchor_from; /* the anchor starts a span ("à partir du samedi 3 juillet", "starting Monday") */
    int anchor_until; /* the anchor ends a span ("jusqu'à lundi", "until Jan. 3"): no day of its own sentence's successors */
    /* the last such date on or after the dispatch date: the day of a
     * clock time in a future clause (-1 in fut_y: none yet) */
    int fut_y, fut_m, fut_d;
    /* the first such date, the lead's, when on or before the dispatch
     * date: the day a clock time of a past clause stays on when a day to
     * come was told since ("voted Monday night ... will hold their last
     * classes on June 9. ... The meeting, which began at 6 p.m.":
     * Monday) (-1 in past_y: none; lead_done: the first was seen) */
    int past_y, past_m, past_d, lead_done;
    /* the day of the first stamp before a dash of a live report or
     * timeline ("10 h 15 – ..."), which the later stamps share (-1 in
     * stamp_y: none yet) */
    int stamp_y, stamp_m, stamp_d;
    /* the clock of the last stamp (-1: none), and the order the stamps
     * run in: -1 newest first (a live blog), 1 oldest first (a timeline),
     * 0 not known yet */
    int stamp_min, stamp_order;
    /* the entry of a live report the scan is in: its stamp's day and
     * clock, from token entry_tok to the next paragraph (entry_y -1: in
     * none); entry_scan: the tokens before it were checked for a break */
    int entry_y, entry_m, entry_d, entry_min, entry_tok, entry_scan;
    /* The last date the text gave (narr_prec: 1 year, 2 month, 3 day; 0
     * none yet), from which anaphoric expressions count. */
    int narr_prec, narr_y, narr_m, narr_d;
    /* A finer date than the last one, inside it, told before it (fine_prec
     * 0: none): "March 3, 2004" when "that year" came after it. */
    int fine_prec, fine_y, fine_m, fine_d;
    /* the sentence the last date (narr_*) was told in, and whether its
     * year was written (not guessed from the dispatch date) */
    int narr_sent, narr_told;
    /* The Monday of the last ISO week the text named ("last week", "la
     * semaine du 23 mars"), and whether it was named after the last date
     * (wk_fresh): "the week before", "la semaine précédente" then count
     * from that week, not from a day told before it or the dispatch. */
    int wk_y, wk_m, wk_d, wk_fresh, wk_we, wk_sent; /* wk_we: the week named was a weekend (2026-W48-WE) */
    /* The last day the text named on each weekday (1..7; -1 none): "Le
     * village fera la fête dimanche. ... Dimanche soir, un bal" is one
     * Sunday. */
    int dow_seen[8];
    /* The quarter the text last named (2025-Q3: 2025 * 4 + 2), from which
     * "the quarter" and "the year-ago quarter" count; -1 none yet. */
    int report_q;
    /* The first quarter the text reported on (the lead's), or -1. */
    int first_q;
    /* The day of the last expression found, when it has one (else -1),
     * and the token after it: the first end of a range of weekdays */
    int last_day, last_end;
    /* "the three months to September", "the six months ended June 30": a
     * span told by its last month names a quarter or a half, which "a
     * year earlier" after it shifts.  per_to: the token after such a
     * span ("to"), whose month is awaited (-1 none); per_n: 3 or 6;
     * per_val: the period (2025 * 4 + 2 for 2025-Q3, 2026 * 2 for
     * 2026-H1), per_unit U_QUARTER or U_SEMESTER, per_sent its sentence
     * (-1 none), per_tok the token of its month. */
    int per_to, per_n, per_val, per_unit, per_sent, per_tok;
};

/* ------------------------------------------------------------ compiling */

static const struct {
    const char *name;
    int cls;
} class_names[] = {
    {"MONTH", TC_MONTH}, {"DOW", TC_DOW}, {"DOWS", TC_DOWS}, {"DAY", TC_DAY}, {"YEAR", TC_YEAR}, {"YEAR2", TC_YEAR2},
    {"NUM", TC_NUM}, {"ORD", TC_ORD}, {"UNIT", TC_UNIT}, {"UNITS", TC_UNITS}, {"REL", TC_REL},
    {"PAST", TC_PAST}, {"NEXT", TC_NEXT}, {"THIS", TC_THIS}, {"POD", TC_POD}, {"SEASON", TC_SEASON},
    {"MOD", TC_MOD}, {"QUANT", TC_QUANT}, {"HOUR", TC_HOUR}, {"MIN", TC_MIN}, {"CLOCK", TC_CLOCK},
    {"AMPM", TC_AMPM}, {"ISO", TC_ISO}, {"VAGUE", TC_VAGUE}, {"REF", TC_REF}, {"DECADE", TC_DECADE},
    {"CENT", TC_CENT}, {"SETW", TC_SETW}, {"SETADJ", TC_SETADJ}, {"HOLIDAY", TC_HOLIDAY},
    {"PERSON", TC_PERSON}, {"REPORT", TC_REPORT},
};

/* The words of key[0, n) (n < KEY_MAX), buf being KEY_MAX bytes long. */
static inline tx_kw key_words(const char *buf, size_t n) {
    tx_kw k;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(k.w, buf, sizeof k.w);
    for (size_t j = 0; j < 3; j++) {
        size_t left = n > 8 * j ? n - 8 * j : 0;
        if (left < 8) k.w[j] &= left ? ~0ull >> (64 - 8 * left) : 0;
    }
#else
    memset(&k, 0, sizeof k);
    memcpy(k.w, buf, n);
#endif
    return k;
}

/* The hash of a key (never 0, which marks an empty slot). */
static inline uint32_t key_hash(const tx_kw *k) {
    uint64_t h = k->w[0] * 0x9E3779B97F4A7C15ull ^ k->w[1] * 0xC2B2AE3D27D4EB4Full ^ k->w[2] * 0x165667B19E3779F9ull;
    h ^= h >> 32;
    return (uint32_t)h ? (uint32_t)h : 1;
}

static int cmp_ent(const void *a, const void *b) {
    const tx_ent *x = a, *y = b;
    return strcmp(x->word, y->word);
}

/* The slot of the key held in the KEY_MAX bytes of buf, n long; -1 when
 * not in the lexicon. */
static inline int slot_find_kw(const vl_timex_tagger *t, const tx_kw *k) {
    uint32_t hash = key_hash(k);
    size_t mask = t->nslots - 1;
    for (size_t h = hash & mask;; h = (h + 1) & mask) {
        uint32_t sh = t->slot_hash[h];
        if (!sh) return -1;
        const tx_slot *s = &t->slots[h];
        if (sh == hash && s->kw.w[0] == k->w[0] && s->kw.w[1] == k->w[1] && s->kw.w[2] == k->w[2]) return (int)h;
    }
}

static inline int slot_find_buf(const vl_timex_tagger *t, const char *buf, size_t n) {
    if (!n || n >= KEY_MAX) return -1;
    tx_kw k = key_words(buf, n);
    return slot_find_kw(t, &k);
}

/* The slot of key[0, n); -1 when not in the lexicon. */
static int slot_find(const vl_timex_tagger *t, const char *key, size_t n) {
    char buf[KEY_MAX] = {0};
    if (!n || n >= KEY_MAX) return -1;
    memcpy(buf, key, n);
    return slot_find_buf(t, buf, n);
}

static int compile_pattern(vl_timex_tagger *t, const tx_rule *r, tx_crule *cr, tx_ent *lits, size_t *nlits,
                           vl_error *err) {
    memset(cr, 0, sizeof *cr);
    cr->r = r;
    const char *p = r->pattern;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        if (cr->nelem == MAX_ELEMS) goto bad;
        tx_elem *e = &cr->e[cr->nelem++];
        if (*p == '_') {
            e->ctx = 1;
            p++;
        }
        const char *q = p;
        while (*q && *q != ' ') q++;
        const char *end = q;
        if (end > p && end[-1] == '?' && end - p > 1) {
            e->opt = 1;
            end--;
        }
        while (p < end) {
            const char *a = p;
            while (p < end && *p != '|') p++;
            size_t n = (size_t)(p - a);
            if (*a == '_') { /* '_' may repeat on every alternative */
                a++;
                n--;
            }
            if (p < end) p++;
            if (!n || n >= KEY_MAX) goto bad;
            if (a[0] >= 'A' && a[0] <= 'Z') {
                size_t k = 0;
                for (; k < sizeof class_names / sizeof class_names[0]; k++)
                    if (strlen(class_names[k].name) == n && memcmp(class_names[k].name, a, n) == 0) break;
                if (k == sizeof class_names / sizeof class_names[0]) goto bad;
                e->mask |= 1ull << class_names[k].cls;
            } else {
                if (e->nlit == MAX_LITS) goto bad;
                memcpy(e->lit[e->nlit], a, n);
                e->lit[e->nlit][n] = 0;
                e->nlit++;
                e->mask |= 1ull << TC_LIT;
            }
        }
        p = q;
    }
    if (!cr->nelem) goto bad;
    for (int i = 0; i < cr->nelem; i++) {
        cr->first |= cr->e[i].mask;
        if (!cr->e[i].opt) break;
    }
    t->any_first |= cr->first;
    /* literals join the lexicon as TC_LIT words */
    for (int i = 0; i < cr->nelem; i++)
        for (int k = 0; k < cr->e[i].nlit; k++) {
            if (lits) lits[*nlits] = (tx_ent){cr->e[i].lit[k], r->lang, TC_LIT, 0};
            (*nlits)++;
        }
    return VL_OK;
bad:
    return vl_error_set(err, VL_EARG, NULL, 0, "timex rule \"%s\" is malformed", r->pattern);
}

int vl_timex_tagger_new(vl_timex_tagger **out, vl_error *err) {
    *out = NULL;
    vl_timex_tagger *t = calloc(1, sizeof *t);
    if (!t) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    int rc = VL_OK;
    t->nrules = vl_timex_rules_len;
    t->rules = calloc(t->nrules, sizeof *t->rules);
    if (!t->rules) goto nomem;
    size_t nlits = 0;
    for (size_t i = 0; i < t->nrules; i++)
        if ((rc = compile_pattern(t, &vl_timex_rules[i], &t->rules[i], NULL, &nlits, err))) goto fail;
    t->ents = calloc(vl_timex_lexicon_len + nlits, sizeof *t->ents);
    if (!t->ents) goto nomem;
    for (size_t i = 0; i < vl_timex_lexicon_len; i++) {
        const tx_lex *l = &vl_timex_lexicon[i];
        if (strlen(l->word) >= KEY_MAX) {
            rc = vl_error_set(err, VL_EARG, NULL, 0, "timex word \"%s\" is too long", l->word);
            goto fail;
        }
        t->ents[i] = (tx_ent){l->word, l->lang, l->cls, l->value};
    }
    t->nents = vl_timex_lexicon_len;
    nlits = 0;
    for (size_t i = 0; i < t->nrules; i++) compile_pattern(t, &vl_timex_rules[i], &t->rules[i], t->ents + t->nents, &nlits, err);
    t->nents += nlits;
    qsort(t->ents, t->nents, sizeof *t->ents, cmp_ent);
    t->nslots = 64;
    while (t->nslots < t->nents * 2) t->nslots *= 2;
    t->slots = calloc(t->nslots, sizeof *t->slots);
    t->slot_hash = calloc(t->nslots, sizeof *t->slot_hash);
    if (!t->slots || !t->slot_hash) goto nomem;
    for (size_t i = 0; i < t->nents;) {
        size_t j = i;
        while (j < t->nents && strcmp(t->ents[j].word, t->ents[i].word) == 0) j++;
        size_t n = strlen(t->ents[i].word);
        char buf[KEY_MAX] = {0};
        memcpy(buf, t->ents[i].word, n); /* n < KEY_MAX: checked above */
        tx_kw kw = key_words(buf, n);
        uint32_t hash = key_hash(&kw);
        size_t h = hash & (t->nslots - 1);
        while (t->slots[h].word) h = (h + 1) & (t->nslots - 1);
        t->slots[h] = (tx_slot){t->ents[i].word, (uint32_t)i, (uint32_t)(j - i), (uint32_t)n, kw, {0}};
        t->slot_hash[h] = hash;
        for (size_t e = i; e < j; e++)
            for (int l = 0; l < 4; l++)
                if (t->ents[e].lang & l) t->slots[h].mask[l] |= 1ull << t->ents[e].cls;
        i = j;
    }
    if (t->nrules > RULE_WORDS * 64) {
        rc = vl_error_set(err, VL_EARG, NULL, 0, "too many timex rules");
        goto fail;
    }
    t->slot_rules = calloc(t->nslots, sizeof *t->slot_rules);
    if (!t->slot_rules) goto nomem;
    for (size_t r = 0; r < t->nrules; r++) {
        tx_crule *cr = &t->rules[r];
        for (int l = 0; l < 4; l++)
            if (cr->r->lang & l) t->lang_rules[l].w[r / 64] |= 1ull << (r % 64);
        for (int i = 0; i < cr->nelem; i++) {
            tx_elem *e = &cr->e[i];
            for (int k = 0; k < e->nlit; k++) {
                e->slot[k] = slot_find(t, e->lit[k], strlen(e->lit[k]));
                if (e->slot[k] >= 0 && (i == 0 || (cr->first & (1ull << TC_LIT)) != 0)) {
                    int first = 1;
                    for (int j = 0; j < i; j++)
                        if (!cr->e[j].opt) first = 0;
                    if (first) t->slot_rules[e->slot[k]].w[r / 64] |= 1ull << (r % 64);
                }
            }
            if (i == 0 || cr->e[i - 1].opt) {
                int first = 1;
                for (int j = 0; j < i; j++)
                    if (!cr->e[j].opt) first = 0;
                if (first)
                    for (int c = 1; c < TC_COUNT; c++)
                        if (e->mask & (1ull << c)) t->class_rules[c].w[r / 64] |= 1ull << (r % 64);
            }
        }
    }
    t->slot_starts = calloc(t->nslots, 1);
    if (!t->slot_starts) goto nomem;
    for (size_t i = 0; i < t->nslots; i++)
        for (int w = 0; w < RULE_WORDS; w++)
            if (t->slot_rules[i].w[w]) t->slot_starts[i] = 1;
    t->class_starts = t->any_first & ~(1ull << TC_LIT);
    /* the filter on the second token (see second_class) */
    t->second_slot = calloc(t->nslots, sizeof *t->second_slot);
    if (!t->second_slot) goto nomem;
    for (size_t r = 0; r < t->nrules; r++) {
        const tx_crule *cr = &t->rules[r];
        const uint64_t bit = 1ull << (r % 64);
        const size_t w = r / 64;
        if (cr->r->kind == K_PREFIX) t->prefix_rules.w[w] |= bit;
        else if (cr->r->kind != K_NONE && (cr->r->flags & RF_AFTERMOD)) t->aftermod_rules.w[w] |= bit;
        int required = 0;
        for (int i = 0; i < cr->nelem; i++) required += !cr->e[i].opt;
        if (required <= 1) {
            t->short_rules.w[w] |= bit;
            continue;
        }
        /* element i may take the second token when all the elements
         * before it but one are optional */
        for (int i = 1, before = !cr->e[0].opt; i < cr->nelem && before <= 1; before += !cr->e[i].opt, i++) {
            const tx_elem *e = &cr->e[i];
            for (int c = 1; c < TC_COUNT; c++)
                if (e->mask & (1ull << c)) t->second_class[c].w[w] |= bit;
            for (int k = 0; k < e->nlit; k++)
                if (e->slot[k] >= 0) t->second_slot[e->slot[k]].w[w] |= bit;
        }
    }
    t->suffix_len = calloc(vl_timex_tense_suffixes_len + 1, 1);
    if (!t->suffix_len) goto nomem;
    for (size_t j = 0; j < vl_timex_tense_suffixes_len; j++) {
        size_t n = strlen(vl_timex_tense_suffixes[j].suffix);
        if (n == 0 || n >= KEY_MAX) {
            rc = vl_error_set(err, VL_EARG, NULL, 0, "timex tense suffix \"%s\" is malformed",
                              vl_timex_tense_suffixes[j].suffix);
            goto fail;
        }
        t->suffix_len[j] = (uint8_t)n;
        t->suffix_last[(unsigned char)vl_timex_tense_suffixes[j].suffix[n - 1]] = 1;
    }
    *out = t;
    return VL_OK;
nomem:
    rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
fail:
    vl_timex_tagger_free(t);
    return rc;
}

void vl_timex_tagger_free(vl_timex_tagger *t) {
    if (!t) return;
    free(t->ents);
    free(t->slots);
    free(t->slot_hash);
    free(t->rules);
    free(t->slot_rules);
    free(t->slot_starts);
    free(t->second_slot);
    free(t->suffix_len);
    free(t->toks);
    free(t->tense_memo);
    free(t->out);
    free(t);
}

const char *vl_timex_type_name(vl_timex_type type) {
    switch (type) {
    case VL_TIMEX_DATE: return "DATE";
    case VL_TIMEX_TIME: return "TIME";
    case VL_TIMEX_DURATION: return "DURATION";
    case VL_TIMEX_SET: return "SET";
    }
    return "DATE";
}

/* ------------------------------------------------------------ tokenizing */

enum { CL_LETTER, CL_DIGIT, CL_SPACE, CL_NL, CL_APOS, CL_HYPHEN, CL_PUNCT };

/* The class of an ASCII character. */
static inline int ascii_class(unsigned char c) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CL_LETTER;
    if (c >= '0' && c <= '9') return CL_DIGIT;
    if (c == '\n') return CL_NL;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CL_SPACE;
    if (c == '\'') return CL_APOS;
    if (c == '-') return CL_HYPHEN;
    return CL_PUNCT;
}

/* cp_class of a code point that is not ASCII. */
static int cp_class_multi(const unsigned char *s, size_t len, size_t i, int *clen) {
    unsigned char c = s[i];
    *clen = 1;
    if (c == 0xC2 && i + 1 < len) {
        *clen = 2;
        return s[i + 1] == 0xA0 ? CL_SPACE : CL_PUNCT;
    }
    if (c == 0xE2 && i + 2 < len) {
        *clen = 3;
        if (s[i + 1] == 0x80) {
            unsigned char d = s[i + 2];
            if (d == 0x98 || d == 0x99) return CL_APOS;
            if (d == 0x90 || d == 0x91) return CL_HYPHEN;
            if (d <= 0x8A || d == 0xAF) return CL_SPACE;
        }
        return CL_PUNCT;
    }
    if (c >= 0xC3 && c <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
        *clen = 2;
        return CL_LETTER;
    }
    if (c >= 0xE0 && c <= 0xEF && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
        *clen = 3;
        return CL_LETTER;
    }
    if (c >= 0xF0 && c <= 0xF4 && i + 3 < len) {
        *clen = 4;
        return CL_PUNCT;
    }
    return CL_PUNCT;
}

/* The class of the code point at s[i] and its length in bytes. */
static inline int cp_class(const unsigned char *s, size_t len, size_t i, int *clen) {
    if (s[i] < 0x80) {
        *clen = 1;
        return ascii_class(s[i]);
    }
    return cp_class_multi(s, len, i, clen);
}

/* Latin-1 letters U+00C0..U+00FF folded to ASCII ("" for ×, ÷). */
static const char *const latin1_fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y"};

/* Appends the folded form of s[a, b) to key (at *n); returns 0 when it
 * does not fit or holds a letter that folds to nothing known. */
static int fold_into(const unsigned char *s, size_t a, size_t b, char *key, size_t *n) {
    for (size_t i = a; i < b;) {
        unsigned char c = s[i];
        const char *f;
        if (c < 0x80) {
            if (*n + 1 >= KEY_MAX) return 0;
            key[(*n)++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            i++;
            continue;
        } else if (c == 0xC3 && i + 1 < b) {
            f = latin1_fold[(s[i + 1] - 0x80) & 63];
            i += 2;
        } else if (c == 0xC5 && i + 1 < b && (s[i + 1] == 0x92 || s[i + 1] == 0x93)) {
            f = "oe";
            i += 2;
        } else if (c == 0xE2 && i + 2 < b && s[i + 1] == 0x80 && (s[i + 2] == 0x99 || s[i + 2] == 0x98)) {
            f = "'";
            i += 3;
        } else if (c == 0xE2 && i + 2 < b && s[i + 1] == 0x80 && (s[i + 2] == 0x90 || s[i + 2] == 0x91)) {
            f = "-";
            i += 3;
        } else {
            return 0;
        }
        size_t fl = strlen(f);
        if (*n + fl >= KEY_MAX) return 0;
        memcpy(key + *n, f, fl);
        *n += fl;
    }
    key[*n] = 0;
    return 1;
}

/* Doubles the token array (and its tense memo). */
static int grow_toks(vl_timex_tagger *t) {
    size_t cap = t->cap_toks;
    tx_tok *nt = vl_array_grow(t->toks, &cap, t->ntoks, sizeof *nt, 1024);
    if (!nt) return VL_ENOMEM;
    t->toks = nt;
    uint8_t *memo = realloc(t->tense_memo, cap);
    if (!memo) return VL_ENOMEM;
    t->tense_memo = memo;
    t->cap_toks = cap;
    return VL_OK;
}

static inline tx_tok *push_tok(vl_timex_tagger *t) {
    if (t->ntoks == t->cap_toks && grow_toks(t)) return NULL;
    tx_tok *k = &t->toks[t->ntoks++];
    memset(k, 0, sizeof *k); /* the key too: the word scanner leaves it zero past its end */
    k->slot = -1;
    return k;
}

/* Sets the classes the lexicon gives the token's key (n bytes long) in
 * the active languages. */
static void lex_classes_n(vl_timex_tagger *t, tx_tok *k, size_t n) {
    k->klen = (uint8_t)n;
    int s = slot_find_buf(t, k->key, n);
    k->slot = s;
    if (s >= 0) k->mask |= t->slots[s].mask[t->lang];
}

static void lex_classes(vl_timex_tagger *t, tx_tok *k) { lex_classes_n(t, k, strlen(k->key)); }

/* Whether token k is the word w (folded). */
static int key_is(const tx_tok *k, const char *w) { return k->kind == TK_WORD && strcmp(k->key, w) == 0; }

/* Whether the word key[0, n) has class cls in the active languages. */
static int has_class(const vl_timex_tagger *t, const char *key, size_t n, int cls) {
    int s = slot_find(t, key, n);
    return s >= 0 && (t->slots[s].mask[t->lang] & (1ull << cls));
}

/* Whether the token has class cls in language lang (a TXL_ mask), whatever
 * the active languages. */
static int lang_class(const vl_timex_tagger *t, const tx_tok *k, int lang, int cls) {
    return k->slot >= 0 && (t->slots[k->slot].mask[lang] & (1ull << cls));
}

/* The lexicon value of the token for class cls (0 when none). */
static int lex_value(const vl_timex_tagger *t, const tx_tok *k, int cls) {
    if (k->slot < 0) return 0;
    const tx_slot *sl = &t->slots[k->slot];
    for (uint32_t i = 0; i < sl->count; i++) {
        const tx_ent *e = &t->ents[sl->first + i];
        if (e->cls == cls && (e->lang & t->lang)) return e->value;
    }
    return 0;
}

/* The CTX_* flags of an English context word (timex_rules.c), 0 for any
 * other token. */
static int ctx_flags(const vl_timex_tagger *t, const tx_tok *k) {
    return (k->mask & (1ull << TC_CTX)) ? lex_value(t, k, TC_CTX) : 0;
}

/* The year of a two-digit year: the one closest to the reference, no
 * more than 10 years after it. */
static int pivot_year(const vl_timex_tagger *t, int yy) {
    int y = t->ref_y - t->ref_y % 100 + yy;
    if (y > t->ref_y + 10) y -= 100;
    return y;
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alnum_at(const unsigned char *s, size_t len, size_t i) {
    if (i >= len) return 0;
    int cl;
    int c = cp_class(s, len, i, &cl);
    return c == CL_LETTER || c == CL_DIGIT;
}

static size_t digits_end(const unsigned char *s, size_t len, size_t i) {
    while (i < len && is_digit(s[i])) i++;
    return i;
}

static int parse_int(const unsigned char *s, size_t a, size_t b) {
    int v = 0;
    for (size_t i = a; i < b && i < a + 9; i++) v = v * 10 + (s[i] - '0');
    return v;
}

/* The end of the run of letters and digits starting at i. */
static size_t alnum_end(const unsigned char *s, size_t len, size_t i) {
    int cl;
    while (i < len) {
        unsigned char b = s[i];
        if (b < 0x80) {
            if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9')) {
                i++;
                continue;
            }
            break;
        }
        int c = cp_class(s, len, i, &cl);
        if (c != CL_LETTER && c != CL_DIGIT) break;
        i += (size_t)cl;
    }
    return i;
}

static void number_classes(tx_tok *k) {
    int v = k->num, nd = k->ndig;
    k->mask |= 1ull << TC_NUM;
    if (nd <= 2 && v >= 1 && v <= 31) k->mask |= 1ull << TC_DAY;
    if (nd <= 2 && v <= 24) k->mask |= 1ull << TC_HOUR;
    if (nd <= 2 && v <= 59) k->mask |= 1ull << TC_MIN;
    if (nd == 4 && v >= 1000 && v <= 2999) k->mask |= 1ull << TC_YEAR;
    if (nd == 2) k->mask |= 1ull << TC_YEAR2;
}

/* Whether a unit of seconds follows i after one space: "seconds",
 * "second", "secondes", "seconde", "sec", "secs", "s" (a word of its
 * own, not "s'" or "sept"). */
static int seconds_word_at(const unsigned char *s, size_t len, size_t i) {
    if (i < len && s[i] == ' ') i++;
    else if (i + 1 < len && s[i] == 0xC2 && s[i + 1] == 0xA0) i += 2;
    else return 0;
    static const char *const words[] = {"secondes", "seconde", "seconds", "second", "secs", "sec", "s"};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t n = strlen(words[w]);
        if (i + n <= len && memcmp(s + i, words[w], n) == 0 && !is_alnum_at(s, len, i + n) &&
            !(i + n < len && (s[i + n] == '\'' || s[i + n] == '-')))
            return 1;
    }
    return 0;
}

/* Scans a number starting at i; returns the index after the token. */
static size_t scan_number(vl_timex_tagger *t, const unsigned char *s, size_t len, size_t i, tx_tok *k) {
    size_t d = digits_end(s, len, i);
    int nd = (int)(d - i);
    k->kind = TK_NUM;
    k->flags |= TF_NUMV;
    k->ndig = (uint8_t)(nd > 255 ? 255 : nd);
    k->num = parse_int(s, i, d);
    /* 2025-09-15 */
    if (nd == 4 && d + 5 < len + 0 && s[d] == '-' && is_digit(s[d + 1]) && is_digit(s[d + 2]) && s[d + 3] == '-' &&
        d + 5 < len && is_digit(s[d + 4]) && is_digit(s[d + 5]) && !(d + 6 < len && is_digit(s[d + 6]))) {
        int y = k->num, m = parse_int(s, d + 1, d + 3), dd = parse_int(s, d + 4, d + 6);
        if (m >= 1 && m <= 12 && dd >= 1 && dd <= vl_timex_month_days(y, m)) {
            k->mask = 1ull << TC_ISO;
            k->y = (int16_t)y, k->m = (int16_t)m, k->d = (int16_t)dd;
            return d + 6;
        }
    }
    /* 15/09/2025, 15.09.2025, 09/15/2025 (English) */
    if (nd <= 2 && d + 1 < len && (s[d] == '/' || s[d] == '.') && is_digit(s[d + 1])) {
        char sep = (char)s[d];
        size_t d2 = digits_end(s, len, d + 1);
        if (d2 - d - 1 <= 2 && d2 + 1 < len && s[d2] == sep && is_digit(s[d2 + 1])) {
            size_t d3 = digits_end(s, len, d2 + 1);
            int a = k->num, b = parse_int(s, d + 1, d2), y = parse_int(s, d2 + 1, d3);
            int ny = (int)(d3 - d2 - 1);
            if ((ny == 4 || ny == 2) && !is_alnum_at(s, len, d3)) {
                if (ny == 2) y = pivot_year(t, y);
                if (sep == '.' && ny != 4) y = -1;
                int day = a, mon = b;
                if (t->lang == TXL_EN ? (a <= 12) : (b > 12 && a <= 12)) day = b, mon = a;
                if (y > 0 && mon >= 1 && mon <= 12 && day >= 1 && day <= vl_timex_month_days(y, mon)) {
                    k->mask = 1ull << TC_ISO;
                    k->y = (int16_t)y, k->m = (int16_t)mon, k->d = (int16_t)day;
                    return d3;
                }
            }
        }
    }
    /* 14:30, 14h30, 14h */
    if (nd <= 2 && k->num <= 24 && d + 2 < len && s[d] == ':' && is_digit(s[d + 1]) && is_digit(s[d + 2]) &&
        !(d + 3 < len && is_digit(s[d + 3]))) {
        int mi = parse_int(s, d + 1, d + 3);
        if (mi <= 59) {
            size_t e = d + 3;
            int secs = -1;
            if (e + 2 < len && s[e] == ':' && is_digit(s[e + 1]) && is_digit(s[e + 2])) secs = parse_int(s, e + 1, e + 3), e += 3;
            /* "1:54.342", "2:08:30.5": a fraction of a second makes it a
             * lap or race time of results tables, no time of day */
            if (e + 1 < len && (s[e] == '.' || s[e] == ',') && is_digit(s[e + 1])) {
                k->kind = TK_OTHER;
                return digits_end(s, len, e + 1);
            }
            k->mask = 1ull << TC_CLOCK;
            k->y = (int16_t)k->num, k->m = (int16_t)mi;
            if (secs >= 0 && secs <= 59) k->flags |= TF_SECS, k->d = (int16_t)secs;
            return e;
        }
    }
    if (nd <= 2 && k->num <= 24 && d < len && (s[d] == 'h' || s[d] == 'H')) {
        if (!is_alnum_at(s, len, d + 1)) {
            k->mask = 1ull << TC_CLOCK;
            k->y = (int16_t)k->num, k->m = 0;
            return d + 1;
        }
        if (d + 2 < len && is_digit(s[d + 1]) && is_digit(s[d + 2]) && !is_alnum_at(s, len, d + 3)) {
            int mi = parse_int(s, d + 1, d + 3);
            if (mi <= 59) {
                k->mask = 1ull << TC_CLOCK;
                k->y = (int16_t)k->num, k->m = (int16_t)mi;
                return d + 3;
            }
        }
    }
    /* a decimal count of seconds, a race time or gap ("0.81 seconds",
     * "57.40 seconds", "9,58 s"): a count whose fraction the duration
     * keeps (PT57.40S); no other unit takes a decimal count */
    if (nd <= 3 && d + 1 < len && (s[d] == ',' || s[d] == '.') && is_digit(s[d + 1])) {
        size_t fe = digits_end(s, len, d + 1);
        if (fe - d - 1 <= 3 && seconds_word_at(s, len, fe)) {
            k->mask = 1ull << TC_NUM;
            k->d = (int16_t)parse_int(s, d + 1, fe);
            k->fdig = (uint8_t)(fe - d - 1);
            return fe;
        }
    }
    /* decimals and digit groups: 2,6 / 6,000 / 1.5 -- no time in them */
    if (d + 1 < len && (s[d] == ',' || s[d] == '.') && is_digit(s[d + 1])) {
        size_t e = d;
        while (e + 1 < len && (s[e] == ',' || s[e] == '.') && is_digit(s[e + 1])) e = digits_end(s, len, e + 1);
        k->kind = TK_OTHER;
        return e;
    }
    /* 3 300, 390 000 (space, no-break or narrow no-break space) */
    if (nd <= 3) {
        size_t e = d;
        int grouped = 0;
        long v = k->num;
        for (;;) {
            size_t g = e;
            if (g < len && s[g] == ' ') g += 1;
            else if (g + 1 < len && s[g] == 0xC2 && s[g + 1] == 0xA0) g += 2;
            else if (g + 2 < len && s[g] == 0xE2 && s[g + 1] == 0x80 && (s[g + 2] == 0xAF || s[g + 2] == 0x89)) g += 3;
            else break;
            size_t ge = digits_end(s, len, g);
            if (ge - g != 3 || is_alnum_at(s, len, ge)) break;
            if (ge < len && (s[ge] == ',' || s[ge] == '.') && ge + 1 < len && is_digit(s[ge + 1]) && 0) break;
            v = v * 1000 + parse_int(s, g, ge);
            e = ge;
            grouped = 1;
        }
        if (grouped) {
            k->num = v > 2000000000 ? 2000000000 : (int32_t)v;
            k->mask = 1ull << TC_NUM;
            k->ndig = 9;
            return e;
        }
    }
    /* letters glued after the digits: 1er, 21st, 1990s, A320 is handled by words */
    if (is_alnum_at(s, len, d)) {
        size_t e = alnum_end(s, len, d);
        char suf[KEY_MAX];
        size_t n = 0;
        if (fold_into(s, d, e, suf, &n)) {
            for (size_t j = 0; j < vl_timex_ord_suffixes_len; j++)
                if (strcmp(suf, vl_timex_ord_suffixes[j].suffix) == 0 && nd <= 3) {
                    k->mask = 1ull << TC_ORD;
                    if (k->num >= 1 && k->num <= 31) k->mask |= 1ull << TC_DAY;
                    if (suf[0] == 'e' || suf[0] == 'i') k->mask |= 1ull << TC_CENT;
                    return e;
                }
            if (strcmp(suf, "s") == 0 && nd == 4 && k->num % 10 == 0) {
                k->mask = 1ull << TC_DECADE;
                return e;
            }
        }
        k->kind = TK_OTHER;
        return e;
    }
    number_classes(k);
    return d;
}

/* The fast path of a word starting at i (a letter): a run of ASCII
 * letters and digits and of Latin-1 letters (U+00C0..U+00FF), which is
 * nearly every word of French and English news.  In one pass it finds the
 * run's end (as alnum_end) and folds it into key (as fold_into: *folded
 * is 0 when it does not fit).  Returns 0, having
 * decided nothing, when the run holds another code point: the general path
 * then takes the word. */
static int scan_word_fast(const unsigned char *s, size_t len, size_t i, char *key, size_t *end, size_t *nkey,
                          int *has_digit, int *folded) {
    size_t n = 0;
    int digit = 0, fits = 1;
    while (i < len) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* eight bytes at a time while they are ASCII letters */
        while (i + 8 <= len && n + 8 < KEY_MAX) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            const uint64_t high = 0x8080808080808080ull;
            uint64_t lower = v | 0x2020202020202020ull;
            /* bit 7 of a byte: set when lower >= 'a', when lower > 'z'.
             * A byte that is not ASCII may carry into the bytes after it,
             * never into those before, which are all that is kept. */
            uint64_t ge_a = lower + 0x1F1F1F1F1F1F1F1Full, gt_z = lower + 0x0505050505050505ull;
            uint64_t not_letter = ~(ge_a & ~gt_z & ~v) & high;
            size_t run = not_letter ? (size_t)__builtin_ctzll(not_letter) / 8 : 8;
            uint64_t keep = run == 8 ? ~0ull : (1ull << (8 * run)) - 1;
            lower &= keep; /* the key stays zero past its end */
            memcpy(key + n, &lower, 8);
            n += run;
            i += run;
            if (run < 8) break;
        }
        if (i >= len) break;
#endif
        unsigned char b = s[i];
        if (b < 0x80) {
            unsigned char lower = b | 0x20;
            if ((unsigned)(lower - 'a') < 26u) {
                /* past KEY_MAX - 1 bytes the word does not fold: what is
                 * appended after that is never read */
                if (n + 1 < KEY_MAX) key[n++] = (char)lower;
                else fits = 0;
                i++;
                continue;
            }
            if (b >= '0' && b <= '9') {
                digit = 1;
                i++;
                continue;
            }
            break;
        }
        if (b == 0xC3) {
            if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80) break; /* not a letter: the word ends */
            const char *f = latin1_fold[s[i + 1] - 0x80];
            size_t fl = f[0] ? (f[1] ? 2 : 1) : 0;
            if (n + fl >= KEY_MAX) fits = 0;
            else
                for (size_t j = 0; j < fl; j++) key[n++] = f[j];
            i += 2;
            continue;
        }
        if (b == 0xC2 || b == 0xE2) break; /* spaces and punctuation: never letters */
        return 0;
    }
    key[n] = 0;
    *end = i;
    *nkey = n;
    *has_digit = digit;
    *folded = fits;
    return 1;
}

/* lex_classes of a word whose key the fast scanner folded, n bytes long
 * and zero past its end (hashed), or that changed since (not hashed).
 * Inline: it runs for every word the scanner reads. */
__attribute__((always_inline)) static inline void word_classes(vl_timex_tagger *t, tx_tok *k, int hashed,
                                                                size_t n) {
    if (!hashed || !n) {
        lex_classes(t, k);
        return;
    }
    k->klen = (uint8_t)n;
    tx_kw kw;
    memcpy(kw.w, k->key, sizeof kw.w);
    k->slot = slot_find_kw(t, &kw);
    if (k->slot >= 0) k->mask |= t->slots[k->slot].mask[t->lang];
}

/* Whether x is a quotation mark that may open a title (", ', “, ‘). */
static int opening_quote(const tx_tok *x) {
    return x->kind == TK_PUNCT && (strcmp(x->key, "\"") == 0 || strcmp(x->key, "'") == 0 ||
                                   strcmp(x->key, "\xe2\x80\x9c") == 0 || strcmp(x->key, "\xe2\x80\x98") == 0);
}

/* Whether the '.' at s[i] ends a sentence.  It does not after an initial
 * or a one-letter abbreviation (U.S., M. Dupont, John F. Kennedy), after a
 * title or "vs." (Mr., Gen., Sen., vs.), nor before a comma or a
 * lower-case word (a sentence starts with a capital): "the U.S. envoy said
 * Friday", "Birmingham, Ala., killed" and "Roe
 * vs. Wade" stay one sentence for the tense scan.  `prev` is the token
 * before the dot, or NULL. */
static int dot_ends_sentence(const unsigned char *s, size_t len, size_t i, const tx_tok *prev) {
    if (prev && prev->end == i && prev->kind != TK_PUNCT && prev->kind != TK_NUM) {
        size_t n = prev->end - prev->start;
        if (n == 1 && s[prev->start] >= 'A' && s[prev->start] <= 'Z') return 0;
        if (n <= 4 && prev->kind == TK_WORD && (prev->mask & (1ull << TC_TITLE))) return 0;
    }
    size_t j = i + 1;
    while (j < len && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r')) j++;
    if (j > i + 1 && j < len && s[j] >= 'a' && s[j] <= 'z') return 0;
    /* "Birmingham, Ala., killed": an abbreviation's dot before a comma */
    if (i + 1 < len && (s[i + 1] == ',' || s[i + 1] == ';' || s[i + 1] == ':')) return 0;
    return 1;
}

/* Tokenizes t->text into t->toks. */
static int tokenize(vl_timex_tagger *t) {
    const unsigned char *s = (const unsigned char *)t->text;
    size_t len = t->len, i = 0;
    int pending = 0, sent = 0, newlines = 0;
    t->ntoks = 0;
    while (i < len) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        int cl = 1;
        int c = s[i] < 0x80 ? ascii_class(s[i]) : cp_class(s, len, i, &cl);
        if (c == CL_SPACE) {
            i += (size_t)cl;
            continue;
        }
        if (c == CL_NL) {
            pending |= TF_LINE;
            if (++newlines >= 2) pending |= TF_BREAK;
            i++;
            continue;
        }
        newlines = 0;
        tx_tok *k = push_tok(t);
        if (!k) return VL_ENOMEM;
        k->start = (uint32_t)i;
        k->flags = (uint8_t)pending;
        if (pending & TF_BREAK) sent++;
        pending = 0;
        k->sent = sent;
        if (c == CL_DIGIT) {
            i = scan_number(t, s, len, i, k);
            k->end = (uint32_t)i;
            if (k->kind == TK_NUM && i < len && is_digit(s[i]) == 0) {
                int cl2;
                if (cp_class(s, len, i, &cl2) == CL_HYPHEN && is_alnum_at(s, len, i + (size_t)cl2)) {
                    pending |= TF_HYPH;
                    i += (size_t)cl2;
                }
            }
            continue;
        }
        if (c == CL_LETTER) {
            size_t e, n = 0;
            int has_digit = 0, folded = 0;
            int hashed = scan_word_fast(s, len, i, k->key, &e, &n, &has_digit, &folded);
            if (!hashed) {
                e = alnum_end(s, len, i);
                for (size_t j = i; j < e; j++)
                    if (is_digit(s[j])) has_digit = 1;
                n = 0;
                folded = !has_digit && fold_into(s, i, e, k->key, &n);
            }
            /* "Q3", "H1": a quarter or half in analysts' shorthand is a
             * word the rules name, not a code */
            if (has_digit && e == i + 2 && ((s[i] | 0x20) == 'q' || (s[i] | 0x20) == 'h') && s[i + 1] >= '1' &&
                s[i + 1] <= ((s[i] | 0x20) == 'q' ? '4' : '2')) {
                k->key[0] = (char)(s[i] | 0x20);
                k->key[1] = (char)s[i + 1];
                k->key[2] = 0;
                n = 2;
                has_digit = 0;
                folded = 1;
                hashed = 0;
            }
            /* "FY2026": a fiscal year in analysts' shorthand is the word
             * "fy" and the year, which the rules join again */
            if (has_digit && e == i + 6 && (s[i] | 0x20) == 'f' && (s[i + 1] | 0x20) == 'y' && is_digit(s[i + 2]) &&
                is_digit(s[i + 3]) && is_digit(s[i + 4]) && is_digit(s[i + 5]) && (s[i + 2] == '1' || s[i + 2] == '2')) {
                k->key[0] = 'f';
                k->key[1] = 'y';
                k->key[2] = 0;
                n = 2;
                e = i + 2;
                has_digit = 0;
                folded = 1;
                hashed = 0;
            }
            k->kind = has_digit ? TK_OTHER : TK_WORD;
            if (s[i] >= 'A' && s[i] <= 'Z') k->flags |= TF_CAP;
            if (s[i] == 0xC3 && i + 1 < len && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E) k->flags |= TF_CAP;
            if (has_digit || !folded) {
                k->key[0] = 0;
                k->kind = TK_OTHER;
                k->end = (uint32_t)e;
                i = e;
                continue;
            }
            /* a.m., p.m. */
            if (n == 1 && (k->key[0] == 'a' || k->key[0] == 'p') && e + 2 < len && s[e] == '.' &&
                (s[e + 1] | 0x20) == 'm' && s[e + 2] == '.') {
                k->key[1] = 'm';
                k->key[2] = 0;
                e += 3;
                hashed = 0;
            } else {
                int cl2;
                int c2 = e < len ? cp_class(s, len, e, &cl2) : CL_SPACE;
                if ((c2 == CL_APOS || c2 == CL_HYPHEN) && e + (size_t)cl2 < len) {
                    size_t w2 = e + (size_t)cl2;
                    int cl3;
                    int c3 = cp_class(s, len, w2, &cl3);
                    if (c3 == CL_LETTER) {
                        size_t e2 = alnum_end(s, len, w2);
                        char comb[KEY_MAX];
                        size_t cn = n;
                        memcpy(comb, k->key, n);
                        comb[cn++] = c2 == CL_APOS ? '\'' : '-';
                        if (cn < KEY_MAX && fold_into(s, w2, e2, comb, &cn) && slot_find(t, comb, cn) >= 0) {
                            memcpy(k->key, comb, cn + 1);
                            e = e2;
                            n = cn;
                            hashed = 0;
                        } else if (c2 == CL_APOS && has_class(t, k->key, n, TC_ELISION)) {
                            k->key[n++] = '\'';
                            k->key[n] = 0;
                            e = w2;
                            hashed = 0;
                        } else if (c2 == CL_HYPHEN) {
                            pending |= TF_HYPH;
                            k->end = (uint32_t)e;
                            i = w2;
                            word_classes(t, k, hashed, n);
                            goto word_done;
                        }
                    } else if (c3 == CL_DIGIT && c2 == CL_HYPHEN) {
                        pending |= TF_HYPH;
                        k->end = (uint32_t)e;
                        i = w2;
                        word_classes(t, k, hashed, n);
                        goto word_done;
                    }
                }
            }
            k->end = (uint32_t)e;
            i = e;
            /* là and où are not la and ou */
            if (n == 2 && (memcmp(k->key, "la", 2) == 0 || memcmp(k->key, "ou", 2) == 0) && s[e - 1] >= 0x80) {
                k->key[2] = '`';
                k->key[3] = 0;
                hashed = 0;
            }
            word_classes(t, k, hashed, n);
            if ((k->mask & (1ull << TC_ABBR)) && i < len && s[i] == '.') {
                k->end = (uint32_t)++i;
                k->flags |= TF_DOT;
            }
        word_done:
            if ((k->mask & (1ull << TC_NEEDCAP)) && !(k->flags & TF_CAP)) k->mask &= ~(1ull << TC_MONTH);
            /* "le 20 Heures de TF1", "les 24 Heures du Mans": hours
             * capitalised after a number inside a sentence are a name,
             * not a count ("24 Heures plus tard" may open a title) */
            if (t->lang == TXL_FR && (k->flags & TF_CAP) && t->ntoks > 2 && (k[-1].mask & (1ull << TC_NUM)) &&
                k[-2].sent == k->sent && (strcmp(k->key, "heures") == 0 || strcmp(k->key, "heure") == 0)) {
                k->mask &= ~((1ull << TC_UNIT) | (1ull << TC_UNITS));
                /* ... and no clock time either before "du"/"de" and a
                 * capitalised name ("vainqueur des 24 Heures du Mans" is
                 * no midnight) */
                size_t j = k->end;
                while (j < len && s[j] == ' ') j++;
                if (j + 3 < len && s[j] == 'd' && (s[j + 1] == 'u' || s[j + 1] == 'e') && s[j + 2] == ' ' &&
                    s[j + 3] >= 'A' && s[j + 3] <= 'Z')
                    k->mask &= ~(1ull << TC_LIT);
            }
            /* English: "watched 60 Minutes", "won the 24 Hours of Le
             * Mans", "read 100 Years of Solitude": a unit capitalised after
             * a number that follows a lower-case word is a title, not a
             * count (a title-case heading capitalises the word before too:
             * "Shares Rise For 3 Days") */
            if ((t->lang & TXL_EN) && (k->flags & TF_CAP) && t->ntoks > 2 && k[-1].kind == TK_NUM &&
                (k[-1].mask & (1ull << TC_NUM)) && k[-2].sent == k->sent && !(k[-1].flags & TF_BREAK) &&
                ((k[-2].kind == TK_WORD && !(k[-2].flags & TF_CAP)) || opening_quote(&k[-2])) &&
                (k->mask & ((1ull << TC_UNIT) | (1ull << TC_UNITS))))
                k->mask &= ~((1ull << TC_UNIT) | (1ull << TC_UNITS));
            /* ... and after a capitalised "This", "Next" or "Last" that
             * opens a quotation: a programme's or a book's title
             * ("speaking on ABC's \"This Week,\""; not "\"This week we
             * won\"") */
            if ((t->lang & TXL_EN) && (k->flags & TF_CAP) && t->ntoks > 2 && k[-1].kind == TK_WORD &&
                (k[-1].flags & TF_CAP) && (k[-1].mask & ((1ull << TC_THIS) | (1ull << TC_NEXT) | (1ull << TC_PAST))) &&
                !(k[-1].flags & TF_BREAK) && opening_quote(&k[-2]) && (k->mask & (1ull << TC_UNIT)))
                k->mask &= ~((1ull << TC_UNIT) | (1ull << TC_UNITS));
            continue;
        }
        /* apostrophe: 's, 'll, '90s */
        if (c == CL_APOS && i + (size_t)cl < len) {
            size_t w = i + (size_t)cl;
            if (is_digit(s[w]) && w + 2 < len && is_digit(s[w + 1]) && (s[w + 2] | 0x20) == 's' &&
                !is_alnum_at(s, len, w + 3)) {
                k->kind = TK_NUM;
                k->flags |= TF_NUMV;
                k->num = parse_int(s, w, w + 2);
                k->num = pivot_year(t, k->num);
                if (k->num % 10 == 0) k->mask = 1ull << TC_DECADE;
                i = w + 3;
                k->end = (uint32_t)i;
                continue;
            }
            int cl2;
            if (cp_class(s, len, w, &cl2) == CL_LETTER) {
                size_t e = alnum_end(s, len, w);
                size_t n = 1;
                k->key[0] = '\'';
                if (fold_into(s, w, e, k->key, &n)) {
                    k->kind = TK_WORD;
                    k->end = (uint32_t)e;
                    i = e;
                    lex_classes(t, k);
                    continue;
                }
                k->key[0] = 0;
            }
        }
        /* punctuation: one code point */
        k->kind = TK_PUNCT;
        if (cl < KEY_MAX) {
            memcpy(k->key, s + i, (size_t)cl);
            k->key[cl] = 0;
            if (c == CL_APOS) strcpy(k->key, "'");
            if (c == CL_HYPHEN) strcpy(k->key, "-");
        }
        i += (size_t)cl;
        k->end = (uint32_t)i;
        lex_classes(t, k);
        if (k->key[1] == 0 && (k->key[0] == '!' || k->key[0] == '?' || k->key[0] == ';' ||
                               (k->key[0] == '.' &&
                                dot_ends_sentence(s, len, i - 1, t->ntoks >= 2 ? &t->toks[t->ntoks - 2] : NULL)))) {
            k->flags |= TF_BREAK;
            sent++;
        }
    }
    return VL_OK;
}

/* Whether a and b are two days of a month joined by a hyphen, the first
 * the earlier: "18-20". */
static int day_range(const tx_tok *a, const tx_tok *b) {
    return a->kind == TK_NUM && b->kind == TK_NUM && (b->flags & TF_HYPH) && !(a->flags & TF_HYPH) &&
           a->ndig && a->ndig <= 2 && b->ndig && b->ndig <= 2 && a->num >= 1 && a->num < b->num && b->num <= 31;
}

/* Whether the second letter of word k is a capital (DIMANCHE, DÉCEMBRE). */
static int upper_second(const vl_timex_tagger *t, const tx_tok *k) {
    const unsigned char *s = (const unsigned char *)t->text;
    size_t i = k->start + (s[k->start] >= 0x80 ? 2 : 1);
    if (i >= k->end) return 0;
    return (s[i] >= 'A' && s[i] <= 'Z') || (s[i] == 0xC3 && i + 1 < k->end && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E);
}

/* Whether the French word k[i] names a person by its shape: a capitalised
 * word inside a sentence (a name, a nationality: "un Australien") or a
 * noun ending as person nouns do (-ien(ne), -iste, -eur, -euse, -rice,
 * -ais(e), -ois(e), -ant(e), -ier(e)).  Used before "de" + years only. */
static int person_word(const vl_timex_tagger *t, const tx_tok *k, size_t i) {
    const tx_tok *w = &k[i];
    if (w->mask & ~(VOCAB_CLASSES | (1ull << TC_LIT) | (1ull << TC_CLITIC) | (1ull << TC_DET)))
        return 0; /* a known word of time */
    if ((w->flags & TF_CAP) && i > 0 && k[i - 1].sent == w->sent && !(w->flags & TF_BREAK) &&
        k[i - 1].kind == TK_WORD)
        return 1;
    size_t n = w->klen;
    /* "pendant", "avant", "durant": prepositions, not persons */
    if (w->mask & (1ull << TC_NOPERSON)) return 0;
    for (size_t e = 0; e < vl_timex_person_suffixes_len; e++) {
        const tx_suffix *sf = &vl_timex_person_suffixes[e];
        size_t l = strlen(sf->suffix);
        if ((sf->lang & t->lang) && n > l + 2 && strcmp(w->key + n - l, sf->suffix) == 0) return 1;
    }
    return 0;
}

/* Whether k[i] follows "ancien(ne)(s)" in its sentence: before its noun
 * the adjective means "former" and makes a title of a person ("un ancien
 * notaire de 63 ans", "une ancienne ministre"; an old thing is "un
 * bâtiment ancien"). */
static int former_noun(const tx_tok *k, size_t i) {
    if (i == 0 || k[i - 1].sent != k[i].sent || k[i - 1].kind != TK_WORD) return 0;
    return strncmp(k[i - 1].key, "ancien", 6) == 0 && k[i - 1].klen <= 9;
}

/* Whether the token after a number word written after a month (x, NULL
 * at the end) leaves the number a day: punctuation, a year, a new
 * sentence or a capitalised word, a range link or a preposition ("April
 * one to holders", "March one, 1988", "April one when"). */
static int day_word_follower(const tx_tok *num, const tx_tok *x) {
    if (!x || x->sent != num->sent || (x->flags & TF_BREAK)) return 1;
    if (x->kind == TK_PUNCT) return strcmp(x->key, "-") != 0 && strcmp(x->key, "/") != 0;
    if (x->mask & (1ull << TC_YEAR)) return 1;
    if (x->kind != TK_WORD) return 0;
    if (x->flags & TF_CAP) return 1;
    return (x->mask & ((1ull << TC_LINK) | (1ull << TC_PREP))) != 0 || strcmp(x->key, "when") == 0;
}

/* Whether the token x after a capitalised month name m (NULL at the end)
 * leaves it a name: punctuation but a number's, the end, a capitalised word,
 * "be" or "have" (a title's "May Be", "May Have"). */
static int month_name_follower(const vl_timex_tagger *t, const tx_tok *x, const tx_tok *m) {
    if (!x || x->sent != m->sent || (x->flags & TF_BREAK)) return 1;
    if (x->start < t->len && t->text[x->start] >= '0' && t->text[x->start] <= '9') return 0;
    if (x->kind == TK_PUNCT) return strcmp(x->key, "/") != 0 && strcmp(x->key, "-") != 0;
    if (x->kind != TK_WORD) return 0;
    if (x->flags & TF_CAP)
        return !(x->mask & ((1ull << TC_MONTH) | (1ull << TC_YEAR) | (1ull << TC_NUM) | (1ull << TC_DAY)));
    return strcmp(x->key, "be") == 0 || strcmp(x->key, "have") == 0;
}

/* Merges runs of number words (vingt et un, twenty-one, quatre-vingt-dix)
 * into one TC_NUM token, and drops the number classes of look-alikes. */
static void post_tokens(vl_timex_tagger *t) {
    tx_tok *k = t->toks;
    size_t n = t->ntoks, w = 0;
    const uint64_t numw = 1ull << TC_NUMW;
    for (size_t r = 0; r < n;) {
        if (!(k[r].mask & numw)) {
            if (w != r) k[w] = k[r];
            w++, r++;
            continue;
        }
        long total = 0, cur = 0;
        size_t last = r, j = r;
        int prev = 0;
        /* An English year read aloud, as broadcast transcripts give it:
         * "nineteen ninety-four", "twenty fifteen" (a number 13..20, then
         * a tens word or a teen, and a unit joined by a hyphen; "eleven
         * thirty", "twelve fifteen" are clock times). */
        if ((t->lang & TXL_EN) && r + 1 < n && (k[r + 1].mask & numw) && !(k[r + 1].flags & TF_HYPH)) {
            int hi = lex_value(t, &k[r], TC_NUMW), lo = lex_value(t, &k[r + 1], TC_NUMW);
            if (hi >= 13 && hi <= 20 && lo >= 10 && lo <= 90 && (lo < 20 || lo % 10 == 0)) {
                last = r + 1;
                if (lo >= 20 && r + 2 < n && (k[r + 2].mask & numw) && (k[r + 2].flags & TF_HYPH)) {
                    int u = lex_value(t, &k[r + 2], TC_NUMW);
                    if (u >= 1 && u <= 9) lo += u, last = r + 2;
                }
                tx_tok m = k[r];
                m.end = k[last].end;
                m.num = hi * 100 + lo;
                m.flags |= TF_NUMV;
                m.mask = (1ull << TC_NUM) | (1ull << TC_YEAR);
                m.kind = TK_NUM;
                m.slot = -1;
                m.ndig = 0;
                k[w++] = m;
                r = last + 1;
                continue;
            }
        }
        while (j < n) {
            size_t q = j;
            if (j > r && !(k[j].mask & numw) && k[j].kind == TK_WORD &&
                (strcmp(k[j].key, "et") == 0 || strcmp(k[j].key, "and") == 0) && j + 1 < n && (k[j + 1].mask & numw))
                q = j + 1;
            if (!(k[q].mask & numw)) break;
            if (j > r && q == j && !(k[q].flags & TF_HYPH) && (t->lang & TXL_FR) == 0 && 0) break;
            int v = lex_value(t, &k[q], TC_NUMW);
            if (j > r && v < 100 && prev < 100 && v >= prev && !(prev == 4 && v == 20) && !(prev >= 20 && v < 10) &&
                !(prev % 10 == 0 && prev >= 20 && v >= 10 && v < 20))
                break; /* "deux trois": two numbers, not one */
            /* nor is "huit sept" ("les trois-huit sept jours sur sept"):
             * below twenty only "dix" takes a unit after it (dix-sept) */
            if (j > r && prev >= 1 && prev < 20 && prev != 10 && v < 20) break;
            if (v == 100) cur = (cur ? cur : 1) * 100;
            else if (v == 1000) {
                total += (cur ? cur : 1) * 1000;
                cur = 0;
            } else if (v == 20 && cur % 100 == 4) cur = cur - 4 + 80;
            else cur += v;
            prev = v;
            last = q;
            j = q + 1;
        }
        tx_tok m = k[r];
        m.end = k[last].end;
        m.num = (int32_t)(total + cur);
        m.flags |= TF_NUMV;
        m.mask &= ~numw;
        if (last != r) m.mask = 0, m.kind = TK_NUM, m.slot = -1;
        m.mask |= 1ull << TC_NUM;
        /* English "a hundred", "a thousand": the article is the count's
         * one ("almost a hundred years" P100Y, its "a" in the extent) */
        if ((t->lang & TXL_EN) && w > 0 && key_is(&k[w - 1], "a") && k[w - 1].sent == m.sent &&
            !(m.flags & TF_BREAK) &&
            (lex_value(t, &k[r], TC_NUMW) == 100 || lex_value(t, &k[r], TC_NUMW) == 1000)) {
            m.start = k[w - 1].start;
            m.flags |= k[w - 1].flags & (TF_LINE | TF_BREAK); /* the article opened a line or paragraph */
            m.kind = TK_NUM, m.slot = -1, m.mask = 1ull << TC_NUM;
            w--;
        }
        /* a day of the month in words only before its month (le vingt et
         * un septembre): after a weekday a number word counts what
         * follows (a présenté vendredi deux projets, mardi un plan) */
        if (m.num >= 1 && m.num <= 31 && last + 1 < n && (k[last + 1].mask & (1ull << TC_MONTH)))
            m.mask |= 1ull << TC_DAY;
        /* "payable April one to holders", "from March one, 1988", "Record
         * March nine": agency copy writes the days below ten in words
         * after the month; the word is a day when what follows cannot be
         * counted by it (punctuation, a year, a link or a preposition, a
         * capitalised word, the end), but "in March two companies", "in
         * April one of the" count */
        if ((t->lang & TXL_EN) && m.num >= 1 && m.num <= 31 && w > 0 && (k[w - 1].mask & (1ull << TC_MONTH)) &&
            k[w - 1].sent == m.sent && day_word_follower(&k[last], last + 1 < n ? &k[last + 1] : NULL))
            m.mask |= 1ull << TC_DAY;
        if (m.num <= 24) m.mask |= 1ull << TC_HOUR;
        /* "the year two thousand (and one)" */
        if (m.num >= 1000 && m.num <= 2999 && w > 0 && strcmp(k[w - 1].key, "year") == 0) m.mask |= 1ull << TC_YEAR;
        m.ndig = 0;
        k[w++] = m;
        r = last + 1;
    }
    t->ntoks = n = w;
    const uint64_t units = (1ull << TC_UNIT) | (1ull << TC_UNITS);
    for (size_t i = 0; i < n; i++) {
        if (k[i].kind != TK_NUM || k[i].ndig == 0) continue;
        int kill = 0;
        /* Zapad-2025, F-16; but mid-1990s, mi-2024 are a modifier's */
        if ((k[i].flags & TF_HYPH) && i > 0 && !(k[i - 1].mask & (1ull << TC_MOD)) &&
            (k[i - 1].kind == TK_WORD || k[i - 1].kind == TK_NUM || k[i - 1].kind == TK_OTHER))
            kill = 1;
        if (i + 1 < n && (k[i + 1].flags & TF_HYPH) && !(k[i + 1].mask & units)) kill = 1;
        /* a range of days by its month: "March 18-20" keeps its first day,
         * "18-20 March" its last, as a date */
        const uint64_t month = 1ull << TC_MONTH;
        if (kill && i > 0 && (k[i - 1].mask & month) && i + 1 < n && day_range(&k[i], &k[i + 1])) kill = 0;
        if (kill && i > 0 && i + 1 < n && (k[i + 1].mask & month) && day_range(&k[i - 1], &k[i])) kill = 0;
        /* a rate: 5 %, 5 pct, 5 pour cent, 5 pour mille (but "en mars
         * 2019 pour la mairie" keeps its year) */
        if (i + 1 < n && (strcmp(k[i + 1].key, "%") == 0 || strcmp(k[i + 1].key, "percent") == 0 ||
                          strcmp(k[i + 1].key, "pct") == 0 ||
                          (strcmp(k[i + 1].key, "pour") == 0 && i + 2 < n &&
                           (strcmp(k[i + 2].key, "cent") == 0 || strcmp(k[i + 2].key, "mille") == 0))))
            kill = 1;
        if (i > 0 && (strcmp(k[i - 1].key, "$") == 0 || strcmp(k[i - 1].key, "\xe2\x82\xac") == 0 ||
                      strcmp(k[i - 1].key, "\xc2\xa3") == 0 || strcmp(k[i - 1].key, "#") == 0 ||
                      strcmp(k[i - 1].key, "n\xc2\xb0") == 0))
            kill = 1;
        /* four digits after a group of three (or a grouped number) are a
         * telephone number's or a table's, no year: "(36 1) 266 2410",
         * "+27 11 482 1003" (a day, two digits, may precede its year) */
        if (k[i].ndig == 4 && i > 0 && k[i - 1].kind == TK_NUM && (k[i - 1].ndig == 3 || k[i - 1].ndig > 4) &&
            k[i - 1].sent == k[i].sent)
            kill = 1;
        /* "the 2470+ delegates": a count with its plus, no year */
        if (i + 1 < n && strcmp(k[i + 1].key, "+") == 0 && k[i + 1].start == k[i].end) kill = 1;
        if (kill) k[i].mask = 0;
    }
    /* Halves: "2 1/2 years", "five and a half hours" give the count a
     * half; "a minute and a half" gives it to the unit, and so do French
     * "un an et demi", "deux heures et demie" (a clock's "6 heures et
     * demie", "midi et demi" is half past).  The tokens of the half join
     * the one they qualify. */
    if (t->lang & (TXL_EN | TXL_FR)) {
        const uint64_t counted = (1ull << TC_NUM) | (1ull << TC_UNIT) | (1ull << TC_UNITS);
        size_t w2 = 0, r = 0;
        while (r < n) {
            size_t skip = 0;
            /* (the rare "et" first: this runs on every French token) */
            if ((t->lang & TXL_FR) && r + 2 < n && k[r + 1].key[0] == 'e' && k[r + 1].key[1] == 't' &&
                !k[r + 1].key[2] && (strcmp(k[r + 2].key, "demi") == 0 || strcmp(k[r + 2].key, "demie") == 0) &&
                ((k[r].mask & ((1ull << TC_UNIT) | (1ull << TC_UNITS))) || strcmp(k[r].key, "midi") == 0 ||
                 strcmp(k[r].key, "minuit") == 0))
                skip = 2;
            else if ((t->lang & TXL_EN) && (k[r].mask & counted) && r + 3 < n) {
                if ((k[r].mask & (1ull << TC_NUM)) && k[r + 1].kind == TK_NUM && k[r + 1].num == 1 &&
                    strcmp(k[r + 2].key, "/") == 0 && k[r + 2].start == k[r + 1].end && k[r + 3].kind == TK_NUM &&
                    k[r + 3].num == 2 && k[r + 3].start == k[r + 2].end)
                    skip = 3;
                else if (strcmp(k[r + 1].key, "and") == 0 && strcmp(k[r + 2].key, "a") == 0 &&
                         strcmp(k[r + 3].key, "half") == 0)
                    skip = 3;
            }
            if (w2 != r) k[w2] = k[r]; /* tokens move only after a first half */
            if (skip) k[w2].end = k[r + skip].end, k[w2].flags |= TF_HALF;
            w2++;
            r += 1 + skip;
        }
        t->ntoks = n = w2;
    }
    for (size_t i = 0; i < n; i++) {
        /* French "sept." is as often the number seven ending a sentence
         * ("ils ne sont plus que sept."): the month needs a day before it,
         * a year after it or "en", "début", "fin", "mi" before it */
        if ((k[i].mask & (1ull << TC_MONTH)) && (k[i].flags & TF_DOT) && t->lang == TXL_FR &&
            strcmp(k[i].key, "sept") == 0 && !(i > 0 && (k[i - 1].kind == TK_NUM || k[i - 1].kind == TK_WORD) &&
                                               ((k[i - 1].mask & ((1ull << TC_DAY) | (1ull << TC_MOD))) ||
                                                strcmp(k[i - 1].key, "en") == 0)) &&
            !(i + 1 < n && (k[i + 1].mask & (1ull << TC_YEAR))))
            k[i].mask &= ~(1ull << TC_MONTH);
        /* a reference glued by a hyphen to the next word makes an
         * adjective: "the now-defunct firm", "the then-governor" */
        if ((k[i].mask & (1ull << TC_REF)) && i + 1 < n && (k[i + 1].flags & TF_HYPH) && k[i + 1].kind == TK_WORD &&
            k[i + 1].start == k[i].end + 1)
            k[i].mask &= ~(1ull << TC_REF);
        /* an abbreviated month needs its dot or a day after it (Jan Smith),
         * or a day before it and punctuation after, as old datelines
         * write it ("THIERS, 19 nov (AFP) -") */
        if ((k[i].mask & (1ull << TC_ABBR)) && !(k[i].flags & TF_DOT) && !(i + 1 < n && k[i + 1].kind == TK_NUM) &&
            !(i > 0 && k[i - 1].kind == TK_NUM && k[i - 1].num >= 1 && k[i - 1].num <= 31 && k[i - 1].ndig <= 2 &&
              k[i - 1].sent == k[i].sent && i + 1 < n && k[i + 1].kind == TK_PUNCT && k[i + 1].sent == k[i].sent &&
              strcmp(k[i + 1].key, "(") == 0))
            k[i].mask &= ~(1ull << TC_MONTH);
        /* "l'informaticien de 34 ans", "un Marseillais de 40 ans": "de" +
         * years after a word of a person (a capitalised name or
         * nationality, or a noun ending as person nouns do) is an age; the
         * lexicon lists the others (fils, victime, dame...) */
        if ((k[i].mask & (1ull << TC_NUM)) && i >= 2 && i + 1 < n && (k[i + 1].mask & units) &&
            t->lang == TXL_FR && k[i - 2].kind == TK_WORD && k[i + 1].sent == k[i - 2].sent &&
            (strcmp(k[i - 1].key, "de") == 0 || strcmp(k[i - 1].key, "d'") == 0) &&
            (strcmp(k[i + 1].key, "ans") == 0 || strcmp(k[i + 1].key, "an") == 0) &&
            (person_word(t, k, i - 2) || former_noun(k, i - 2) ||
             /* ... or after a title whose complement is a bare noun: "chef
              * d'entreprise de 58 ans", "directeur de recherche de 45 ans"
              * (with a determiner, "le patron d'une PME de 10 ans", the
              * years may be the thing's) */
             (i >= 4 && k[i - 4].sent == k[i].sent && k[i - 4].kind == TK_WORD &&
              (strcmp(k[i - 3].key, "de") == 0 || strcmp(k[i - 3].key, "d'") == 0) &&
              !(k[i - 2].mask & (1ull << TC_DET)) &&
              ((k[i - 4].mask & (1ull << TC_PERSON)) || person_word(t, k, i - 4)))))
            k[i - 2].mask |= 1ull << TC_PERSON;
        /* "l'âge moyen des patrons dépasse 52 ans", "l'âge légal passera
         * à 64 ans": the years a verb gives the age named just before are
         * an age (not after "de", "pendant", "en": "reculer l'âge de deux
         * ans" counts them) */
        if (t->lang == TXL_FR && (k[i].mask & (1ull << TC_NUM)) && i >= 3 && i + 1 < n &&
            strcmp(k[i + 1].key, "ans") == 0 && k[i - 1].kind == TK_WORD && k[i - 1].sent == k[i].sent &&
            !(k[i - 1].mask & ((1ull << TC_PREP) | (1ull << TC_NOPERSON))) && strcmp(k[i - 1].key, "de") != 0 &&
            strcmp(k[i - 1].key, "d'") != 0 && strcmp(k[i - 1].key, "en") != 0 && strcmp(k[i - 1].key, "dans") != 0 &&
            strcmp(k[i - 1].key, "depuis") != 0 && strcmp(k[i - 1].key, "y") != 0) {
            for (size_t j = i - 1; j >= 1 && j + 8 > i && k[j].sent == k[i].sent && k[j].kind == TK_WORD; j--)
                if ((strcmp(k[j].key, "age") == 0 || strcmp(k[j].key, "ages") == 0) &&
                    (strcmp(k[j - 1].key, "l'") == 0 || strcmp(k[j - 1].key, "son") == 0 ||
                     strcmp(k[j - 1].key, "leur") == 0)) {
                    k[i + 1].mask &= ~units;
                    break;
                }
        }
        /* "une journée \"ville morte\"", "la journée « portes ouvertes »": a
         * day whose quoted name follows is an event named by its use */
        if (t->lang == TXL_FR && (k[i].mask & units) && i > 0 && i + 1 < n && k[i + 1].sent == k[i].sent &&
            (strcmp(k[i].key, "journee") == 0 || strcmp(k[i].key, "journees") == 0) &&
            (k[i - 1].mask & (1ull << TC_DET)) &&
            (opening_quote(&k[i + 1]) || strcmp(k[i + 1].key, "\xc2\xab") == 0) && i + 2 < n &&
            k[i + 2].kind == TK_WORD && !(k[i + 2].mask & (1ull << TC_PREP)))
            k[i].mask &= ~units;
        /* a unit capitalised after a lower-case word of its sentence, no
         * count before it, is a name's: "lors des Journées européennes du
         * patrimoine", "les Rencontres des Jours heureux" */
        if ((k[i].mask & units) && (k[i].flags & TF_CAP) && t->lang == TXL_FR && i > 0 && k[i].kind == TK_WORD &&
            k[i - 1].kind == TK_WORD && k[i - 1].sent == k[i].sent && !(k[i].flags & TF_BREAK) &&
            !(k[i - 1].flags & TF_CAP) && !(k[i - 1].mask & ((1ull << TC_NUM) | (1ull << TC_VAGUE))) &&
            !upper_second(t, &k[i]))
            k[i].mask &= ~units;
        /* ... and so is one after a capitalised number word: a title's
         * ("« Les Sept Jours d'Alexandrie »", "Les Cent Jours"); French
         * writes a count's unit in lower case, even opening a sentence */
        if ((k[i].mask & units) && (k[i].flags & TF_CAP) && t->lang == TXL_FR && i > 0 && k[i].kind == TK_WORD &&
            k[i - 1].kind == TK_WORD && (k[i - 1].flags & TF_CAP) && (k[i - 1].mask & (1ull << TC_NUM)) &&
            k[i - 1].sent == k[i].sent && !(k[i].flags & TF_BREAK) && !upper_second(t, &k[i]))
            k[i].mask &= ~units;
        /* French writes month and weekday names (and parts of day and
         * seasons) in lower case: capitalised after a word of its sentence
         * ("le Journal du Dimanche", "France Dimanche", "sur Mars", "Bruno
         * Mars", the newspaper "Le Soir", a shop "au Printemps"), or a
         * month or season before a capitalised word ("Octobre Rose",
         * "Septembre Noir", "Printemps Arabe"), it is part of a name.  A day, a year or a part of day after it keeps it a
         * date ("Le verdict Jeudi 2 mai", "La grève Mardi soir": headings
         * run into the text) */
        const uint64_t dm = (1ull << TC_MONTH) | (1ull << TC_DOW) | (1ull << TC_POD) | (1ull << TC_SEASON);
        if ((k[i].flags & TF_CAP) && (k[i].mask & dm) && t->lang == TXL_FR && k[i].kind == TK_WORD &&
            !upper_second(t, &k[i])) { /* (a title in capitals: "LA FÊTE DIMANCHE") */
            int same_next = i + 1 < n && k[i + 1].sent == k[i].sent && !(k[i + 1].flags & TF_BREAK);
            int dated = same_next && (k[i + 1].kind == TK_NUM || (k[i + 1].mask & (1ull << TC_POD)));
            int after_word = i > 0 && k[i - 1].sent == k[i].sent && !(k[i].flags & TF_BREAK) &&
                             k[i - 1].kind == TK_WORD;
            int before_name = (k[i].mask & ((1ull << TC_MONTH) | (1ull << TC_SEASON))) && same_next && k[i + 1].kind == TK_WORD &&
                              (k[i + 1].flags & TF_CAP) && !(k[i + 1].mask & dm);
            if (!dated && (after_word || before_name)) k[i].mask &= ~dm;
        }
        /* an English month name after a capitalised word that the
         * lexicon does not know, inside a sentence, and before
         * punctuation, a capitalised word or "be"/"have", is a name or a
         * title's modal: "Jill June, Lori Baker", "the NYC Pride March.",
         * "Donors May Be Aligning"; before a number or a lower-case noun
         * it is the month ("the Supreme Court June 5", "Opec February
         * output", "Soybean May 20.0") */
        if ((k[i].mask & (1ull << TC_MONTH)) && (t->lang & TXL_EN) && (k[i].flags & TF_CAP) &&
            k[i].kind == TK_WORD && !(k[i].flags & (TF_BREAK | TF_DOT)) && i > 1 && k[i - 1].kind == TK_WORD &&
            (k[i - 1].flags & TF_CAP) && !(k[i - 1].flags & TF_BREAK) && (k[i - 1].mask & ~(1ull << TC_LIT)) == 0 &&
            k[i - 1].sent == k[i].sent && k[i - 2].sent == k[i].sent && !upper_second(t, &k[i]) &&
            month_name_follower(t, i + 1 < n ? &k[i + 1] : NULL, &k[i]))
            k[i].mask &= ~(1ull << TC_MONTH);
        /* "the March for Life", "the March of Dimes", "the March on
         * Washington": the noun of a name before for/of/on and a
         * capitalised word that is no date ("in March of 1999", "March
         * on Monday" stay months) */
        if ((k[i].mask & (1ull << TC_MONTH)) && (t->lang & TXL_EN) && (k[i].flags & TF_CAP) && k[i].kind == TK_WORD &&
            !(k[i].flags & TF_DOT) && key_is(&k[i], "march") && i + 2 < n && k[i + 1].sent == k[i].sent &&
            k[i + 2].sent == k[i].sent && !(k[i + 1].flags & TF_BREAK) && !(k[i + 2].flags & TF_BREAK) &&
            (key_is(&k[i + 1], "for") || key_is(&k[i + 1], "of") || key_is(&k[i + 1], "on")) &&
            k[i + 2].kind == TK_WORD && (k[i + 2].flags & TF_CAP) && !upper_second(t, &k[i + 2]) &&
            !(k[i + 2].mask & ((1ull << TC_MONTH) | (1ull << TC_DOW) | (1ull << TC_HOLIDAY) | (1ull << TC_REL) |
                               (1ull << TC_PAST) | (1ull << TC_NEXT) | (1ull << TC_THIS))))
            k[i].mask &= ~(1ull << TC_MONTH);
        /* a set adjective capitalised inside a sentence, beside another
         * capitalised word, is a name's: "the New York Daily News", "the
         * Weekly Standard", "Le Quotidien Jurassien" (not after a word
         * in capitals: "INCOME FUND Daily div 2 cts" is a table's set) */
        if ((k[i].mask & (1ull << TC_SETADJ)) && (k[i].flags & TF_CAP) && !(k[i].flags & TF_BREAK) && i > 0 &&
            k[i - 1].sent == k[i].sent && !upper_second(t, &k[i]) &&
            ((k[i - 1].kind == TK_WORD && (k[i - 1].flags & TF_CAP) && !upper_second(t, &k[i - 1])) ||
             (i + 1 < n && k[i + 1].kind == TK_WORD && (k[i + 1].flags & TF_CAP) && k[i + 1].sent == k[i].sent &&
              !(k[i + 1].flags & TF_BREAK))))
            k[i].mask &= ~(1ull << TC_SETADJ);
        /* a holiday after a capitalised word inside a sentence is a
         * surname or a name: "Claire Noël", "le Père Noël" ("Joyeux Noël"
         * opens its sentence) */
        if ((k[i].mask & (1ull << TC_HOLIDAY)) && t->lang == TXL_FR && i > 1 && k[i - 1].kind == TK_WORD &&
            (k[i - 1].flags & TF_CAP) && !(k[i - 1].flags & TF_BREAK) && !(k[i].flags & TF_BREAK) &&
            k[i - 1].sent == k[i].sent && k[i - 2].sent == k[i].sent && !(k[i - 1].mask & (1ull << TC_DOW)))
            k[i].mask &= ~(1ull << TC_HOLIDAY);
        /* "scored 8:14 into the second overtime", "with 1:12 left in
         * regulation", "3:05 remaining", "at 4:21 of the third period":
         * a game clock, no time of day (a colon clock without a.m./p.m.) */
        if ((k[i].mask & (1ull << TC_CLOCK)) && (t->lang & TXL_EN) && i + 1 < n && k[i + 1].kind == TK_WORD &&
            k[i + 1].sent == k[i].sent && memchr(t->text + k[i].start, ':', k[i].end - k[i].start) &&
            (key_is(&k[i + 1], "into") || key_is(&k[i + 1], "left") || key_is(&k[i + 1], "remaining") ||
             (i + 2 < n && key_is(&k[i + 1], "to") && (key_is(&k[i + 2], "play") || key_is(&k[i + 2], "go"))) ||
             (i + 3 < n && key_is(&k[i + 1], "of") && key_is(&k[i + 2], "the") &&
              (k[i + 3].mask & (1ull << TC_ORD)) && i + 4 < n &&
              (key_is(&k[i + 4], "period") || key_is(&k[i + 4], "overtime") || key_is(&k[i + 4], "quarter") ||
               key_is(&k[i + 4], "half"))))) {
            k[i].kind = TK_OTHER;
            k[i].mask = 0;
            continue;
        }
        /* "1600 GMT", "0830 EST", "2200 hrs": a 24-hour clock as wire copy
         * writes it, told by the time zone after it; or by a zone's name
         * ending in "time": "1305 Central Time", "1000 London time",
         * "1415 local time" (never a year: "1600 local" alone is none) */
        if (k[i].kind == TK_NUM && k[i].ndig == 4 && k[i].num % 100 <= 59 && k[i].num / 100 <= 23 && i + 1 < n &&
            k[i + 1].kind == TK_WORD && t->lang == TXL_EN && !(k[i + 1].flags & TF_BREAK) &&
            (((k[i + 1].mask & (1ull << TC_ZONE)) && lex_value(t, &k[i + 1], TC_ZONE) == 0) ||
             (i + 2 < n && ((k[i + 1].mask & (1ull << TC_ZONE)) || (k[i + 1].flags & TF_CAP)) &&
              k[i + 2].kind == TK_WORD && strcmp(k[i + 2].key, "time") == 0 && k[i + 2].sent == k[i].sent &&
              !(k[i + 2].flags & TF_BREAK)))) {
            k[i].mask = 1ull << TC_CLOCK;
            k[i].y = (int16_t)(k[i].num / 100), k[i].m = (int16_t)(k[i].num % 100);
        }
    }
}

/* ------------------------------------------------------------- matching */

static int elem_match(const vl_timex_tagger *t, const tx_elem *e, const tx_tok *k) {
    uint64_t both = e->mask & k->mask;
    if (!both) return -1;
    if (both & ~(1ull << TC_LIT)) return __builtin_ctzll(both & ~(1ull << TC_LIT)); /* the first class */
    (void)t;
    for (int j = 0; j < e->nlit; j++)
        if (e->slot[j] == k->slot) return TC_LIT;
    return -1;
}

/* Whether the word p has the shape of a French past participle (-é, -ée,
 * -és, -ées, -i, -is, -it, -u, -us, -ue), as written. */
static int french_participle(const vl_timex_tagger *t, const tx_tok *p) {
    const unsigned char *s = (const unsigned char *)t->text;
    size_t e = p->end, len = strlen(p->key);
    if (e >= 2 && s[e - 2] == 0xC3 && s[e - 1] == 0xA9) return 1; /* -é */
    if (e >= 3 && s[e - 3] == 0xC3 && s[e - 2] == 0xA9 && (s[e - 1] == 'e' || s[e - 1] == 's')) return 1;
    if (e >= 4 && s[e - 4] == 0xC3 && s[e - 3] == 0xA9 && s[e - 2] == 'e' && s[e - 1] == 's') return 1;
    return len >= 3 && (strcmp(p->key + len - 2, "is") == 0 || strcmp(p->key + len - 2, "it") == 0 ||
                        strcmp(p->key + len - 2, "us") == 0 || strcmp(p->key + len - 2, "ue") == 0 ||
                        p->key[len - 1] == 'u' || p->key[len - 1] == 'i');
}

/* Whether p is an irregular past participle (TC_PPIRR), also in its
 * feminine and plural forms (ouverte, ouverts, ouvertes). */
static int pp_irregular(const vl_timex_tagger *t, const tx_tok *p) {
    if (p->kind != TK_WORD) return 0;
    if (p->mask & (1ull << TC_PPIRR)) return 1;
    size_t n = p->klen;
    if (n > 3 && p->key[n - 1] == 's') n--;
    if (n > 3 && p->key[n - 1] == 'e') n--;
    return n < p->klen && has_class(t, p->key, n, TC_PPIRR);
}

/* Whether p ends as a participle in -é(e)(s) does, as written (âgé,
 * présentée, équipés). */
static int accented_participle(const vl_timex_tagger *t, const tx_tok *p) {
    const unsigned char *s = (const unsigned char *)t->text;
    size_t e = p->end;
    if (p->kind != TK_WORD || e < p->start + 3) return 0;
    if (s[e - 1] == 's') e--;
    if (s[e - 1] == 'e') e--;
    return s[e - 2] == 0xC3 && s[e - 1] == 0xA9;
}

/* Whether x is a present form of avoir (a, ont, avons, avez). */
static int french_have(const tx_tok *x) {
    return strcmp(x->key, "a") == 0 || strcmp(x->key, "ont") == 0 || strcmp(x->key, "avons") == 0 ||
           strcmp(x->key, "avez") == 0;
}

/* Whether the form of avoir at i is the auxiliary of a participle that
 * follows it, across adverbs, negations, clitics and the inversion ("a
 * annoncé", "n'a pas encore été", "a-t-il déclaré", "a par ailleurs
 * demandé", "ont fortement augmenté"); any other word first makes avoir
 * the verb ("ont peu de moyens", "il y a du monde", "a lieu", "avons
 * rendez-vous", "elle a 30 ans"). */
static int french_perfect(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    for (int j = i + 1; j < (int)t->ntoks && j <= i + 5 && k[j].sent == k[i].sent; j++) {
        if (k[j].kind == TK_PUNCT && strcmp(k[j].key, "-") == 0) continue;
        if (k[j].kind != TK_WORD) return 0;
        /* "a de son côté répondu", "ont de leur côté voté" */
        if (strcmp(k[j].key, "de") == 0 && j + 2 < (int)t->ntoks && strcmp(k[j + 2].key, "cote") == 0) {
            j += 2;
            continue;
        }
        /* nouns and adverbs of the participle's shape: "avoir lieu"
         * (take place), "avoir droit", "a peu de"; dû, not du */
        if (strcmp(k[j].key, "peu") == 0 || strcmp(k[j].key, "lieu") == 0 || strcmp(k[j].key, "droit") == 0)
            return 0;
        if (strcmp(k[j].key, "du") == 0) return k[j].end - k[j].start == 3;
        /* the participle, the common case, is tried first; the adverbs
         * and pronouns of its shape (plus, jamais, aussi, lui...) are
         * skipped below */
        int adv = (k[j].mask & (1ull << TC_ADV)) != 0;
        if (!adv && french_participle(t, &k[j])) return 1;
        if (!adv && (k[j].mask & (1ull << TC_PPIRR))) return 1;
        adv = adv || (k[j].klen > 5 && strcmp(k[j].key + k[j].klen - 4, "ment") == 0); /* fortement */
        if (adv) continue;
        return 0;
    }
    return 0;
}

/* Whether the word at i is a French past participle in -é(e)(s) of an
 * act that is told once done, not announced (élu, tué, interpellé,
 * publié; not organisé, prévu, programmé, diffusé...). */
static int participle_before(const vl_timex_tagger *t, int i) {
    const tx_tok *k = &t->toks[i];
    const unsigned char *s = (const unsigned char *)t->text;
    size_t e = k->end;
    if (k->kind != TK_WORD || e < 3) return 0;
    int accented = (s[e - 2] == 0xC3 && s[e - 1] == 0xA9) ||
                   (e >= 3 && s[e - 3] == 0xC3 && s[e - 2] == 0xA9 && (s[e - 1] == 'e' || s[e - 1] == 's')) ||
                   (e >= 4 && s[e - 4] == 0xC3 && s[e - 3] == 0xA9 && s[e - 2] == 'e' && s[e - 1] == 's');
    if (!accented || k->klen < 3) return 0; /* tué, élu */
    if (k->mask & (1ull << TC_ANNOUNCED)) return 0;
    /* nouns of the same shape ("le bal de la nouvelle année mardi soir",
     * "vers la mi-journée samedi"): the commonest, and any word after a determiner
     * or an adjective that stands before nouns */
    if (k->mask & (1ull << TC_NOUNE)) return 0;
    if (i > 0 && t->toks[i - 1].sent == k->sent) {
        const tx_tok *p = &t->toks[i - 1];
        /* "pour qu'il soit jugé lundi", "(sera) voté" */
        if (strcmp(p->key, "soit") == 0 || strcmp(p->key, "soient") == 0 || strcmp(p->key, "etre") == 0 ||
            (p->kind == TK_PUNCT && strcmp(p->key, ",") != 0))
            return 0;
        if (p->mask & (1ull << TC_PREDET)) return 0;
    }
    return 1;
}

/* Whether the verb at i stands in a clause of reported speech: opened, a
 * few words before it, by que/qu' right after a verb of the past ("a
 * ajouté qu'il comptait", "avait dit que la ville attendait").  The
 * imperfect there is the present of the report (concordance des temps). */
static int reported_clause(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    for (int j = i - 1; j >= 1 && j >= i - 6; j--) {
        if (k[j].sent != k[i].sent || k[j].kind == TK_PUNCT) return 0;
        if (!(k[j].mask & (1ull << TC_CLAUSE))) continue;
        if (strcmp(k[j].key, "que") != 0 && strcmp(k[j].key, "qu'") != 0) return 0;
        const tx_tok *v = &k[j - 1];
        if (v->sent != k[i].sent || v->kind != TK_WORD) return 0;
        const uint64_t aux = (1ull << TC_TPAST) | (1ull << TC_TAUX);
        if (v->mask & (1ull << TC_TPAST)) return 1; /* "a dit que", "avait dit que" */
        return j >= 2 && (k[j - 2].mask & aux) && k[j - 2].sent == k[i].sent && french_participle(t, v);
    }
    return 0;
}

/* The tense a word marks (TENSE_NONE when it marks none); *verb is set
 * when it is a verb (an auxiliary, a marker verb, a tensed ending), which
 * hier/demain are not. */
static int word_tense_of(const vl_timex_tagger *t, int i, int *verb) {
    const tx_tok *k = t->toks, *x = &k[i];
    int n = (int)t->ntoks;
    *verb = 0;
    if (x->kind != TK_WORD || (x->mask & (1ull << TC_TNONE))) return TENSE_NONE;
    /* TC_TPAST value 1 (has, have): no past before "to" ("has to pass"),
     * nor before "until", a deadline ("farmers have until February") */
    if ((x->mask & (1ull << TC_TPAST)) && !(x->key[1] == 0 && x->end - x->start > 1) && /* a, not à */
        !(i + 1 < n && (strcmp(k[i + 1].key, "to") == 0 || strcmp(k[i + 1].key, "until") == 0) &&
          lex_value(t, x, TC_TPAST) == 1)) {
        *verb = 1;
        /* the present of avoir marks a past only as the auxiliary of a
         * participle ("a annoncé", "n'a pas encore été"): "ils ont peu
         * de chances", "il y a du monde", "elle a 30 ans" are presents */
        if (t->lang == TXL_FR && french_have(x) && !french_perfect(t, i)) return TENSE_NONE;
        /* "will be held", "has been paid": a participle, as for -ed below */
        return i > 0 && (k[i - 1].mask & (1ull << TC_BE)) ? TENSE_NONE : TENSE_PAST;
    }
    int fv = (x->mask & (1ull << TC_TFUT)) ? lex_value(t, x, TC_TFUT) : -1;
    /* "grew faster than expected in the third quarter", "went ahead as
     * planned on Tuesday", "than originally forecast": a comparison with
     * a plan, no verb of the clause (the scan goes on to "grew") */
    if (fv >= 0 && t->lang == TXL_EN && i > 0) {
        int j = i - 1;
        if (j > 0 && k[j].klen > 2 && strcmp(k[j].key + k[j].klen - 2, "ly") == 0) j--;
        if (k[j].sent == x->sent && (strcmp(k[j].key, "than") == 0 || strcmp(k[j].key, "as") == 0)) return TENSE_NONE;
    }
    /* value 1: only before "to"; 2: before "to" or "for"; 3: only in lower case; 4, 5: see below */
    if (fv == 1 && !(i + 1 < n && strcmp(k[i + 1].key, "to") == 0)) fv = -1;
    if (fv == 2 && !(i + 1 < n && (strcmp(k[i + 1].key, "to") == 0 || strcmp(k[i + 1].key, "for") == 0))) fv = -1;
    if (fv == 3 && !(t->text[x->start] >= 'a' && t->text[x->start] <= 'z')) fv = -1;
    /* 4: a plural present of a timetable ("the leaders meet Monday"), not
     * an infinitive ("to meet", "will meet": the marker is elsewhere) */
    if (fv == 4 && i > 0 && (strcmp(k[i - 1].key, "to") == 0 || (k[i - 1].mask & (1ull << TC_TFUT)) ||
                             (k[i - 1].mask & (1ull << TC_TPAST))))
        fv = -1;
    /* 5: not before a negation or "have" */
    if (fv == 5 && i + 1 < n &&
        (strcmp(k[i + 1].key, "not") == 0 || strcmp(k[i + 1].key, "n't") == 0 || strcmp(k[i + 1].key, "have") == 0 || strcmp(k[i + 1].key, "be") == 0 ||
         strcmp(k[i + 1].key, "never") == 0 || strcmp(k[i + 1].key, "hardly") == 0))
        return TENSE_NONE;
    if (fv >= 0) {
        *verb = 1;
        /* "had been scheduled to expire Friday": a plan told in the past
         * perfect lay before the narrative's past, a past day */
        if (i >= 2 && strcmp(k[i - 1].key, "been") == 0 && strcmp(k[i - 2].key, "had") == 0) return TENSE_PAST;
        return TENSE_FUTURE;
    }
    /* "as early as Tuesday", "as soon as Friday": the earliest day of what
     * has not happened yet */
    if (i >= 2 && i + 1 < n && (k[i + 1].mask & (1ull << TC_DOW)) && strcmp(x->key, "as") == 0 &&
        strcmp(k[i - 2].key, "as") == 0 && (strcmp(k[i - 1].key, "early") == 0 || strcmp(k[i - 1].key, "soon") == 0))
        return TENSE_FUTURE;
    if (x->mask & (1ull << TC_REL)) {
        int v = lex_value(t, x, TC_REL) % 100;
        if (v < 0) return TENSE_PAST;
        if (v > 0) return TENSE_FUTURE;
    }
    if (x->mask & (1ull << TC_TAUX)) {
        *verb = 1;
        if (i + 1 >= n) return TENSE_NONE;
        /* the present passive of an act announced before it happens is
         * to come: "le verdict est attendu jeudi", "la réunion est
         * programmée lundi" */
        if ((k[i + 1].mask & (1ull << TC_ANNOUNCED)) && !(i > 0 && strcmp(k[i - 1].key, "s'") == 0))
            return TENSE_FUTURE; /* (not "s'est invité", a past) */
        /* ... but the conditional of reported speech is the future of
         * the report, as -erait is: "a annoncé qu'une exposition lui
         * serait consacrée cet été" (not "serait arrivé", "reportedly
         * arrived", outside such a clause) */
        if (strcmp(x->key, "serait") == 0 || strcmp(x->key, "seraient") == 0) {
            if (reported_clause(t, i)) return TENSE_FUTURE;
        }
        if (french_participle(t, &k[i + 1])) return TENSE_PAST;
        /* a pronominal passé composé of an irregular participle ("le
         * procès s'est ouvert lundi", "se sont ouvertes"): past, where
         * "le musée est ouvert lundi" (is open) is a state */
        if (i > 0 && k[i - 1].sent == x->sent && (strcmp(k[i - 1].key, "s'") == 0 || strcmp(k[i - 1].key, "se") == 0) &&
            pp_irregular(t, &k[i + 1]))
            return TENSE_PAST;
        return TENSE_NONE;
    }
    size_t len = x->klen;
    if (!len || !t->suffix_last[(unsigned char)x->key[len - 1]]) return TENSE_NONE; /* no suffix ends so */
    /* a capitalised word inside a sentence is a name, not a verb: "Sandra",
     * "Samira", "Alexandra" end as futures do */
    if ((x->flags & TF_CAP) && i > 0 && k[i - 1].sent == x->sent && !(x->flags & TF_BREAK) &&
        (k[i - 1].kind == TK_WORD || strcmp(k[i - 1].key, ",") == 0))
        return TENSE_NONE;
    const unsigned char *raw = (const unsigned char *)t->text;
    for (size_t j = 0; j < vl_timex_tense_suffixes_len; j++) {
        const tx_tense_suffix *sf = &vl_timex_tense_suffixes[j];
        size_t sl = t->suffix_len[j];
        if (!(sf->lang & t->lang) || len < sf->min_len || len < sl || memcmp(x->key + len - sl, sf->suffix, sl) != 0)
            continue;
        /* The ending must be in the text as written, not only once
         * folded: espérait (imperfect) is no -erait (conditional). */
        size_t rl = x->end - x->start, q = 0;
        if (rl < sl) continue;
        while (q < sl && (raw[x->end - sl + q] | 0x20) == (unsigned char)sf->suffix[q]) q++;
        if (q < sl) continue;
        /* "will publish updated figures", "could raise revised bids": an
         * -ed word right after a verb a modal governs is the adjective of
         * its object, no past (not "will have completed"; not after "to",
         * as often a preposition: "similar to that agreed in January") */
        if (t->lang == TXL_EN && sf->tense == TENSE_PAST && i >= 2 && k[i - 1].kind == TK_WORD &&
            k[i - 2].sent == x->sent && !(k[i - 2].flags & TF_CAP) && /* ("The May crush ended") */
            !(k[i - 1].mask & ((1ull << TC_TPAST) | (1ull << TC_BE))) &&
            !key_is(&k[i - 1], "get") && !key_is(&k[i - 1], "be") &&
            (key_is(&k[i - 2], "will") || key_is(&k[i - 2], "would") ||
             key_is(&k[i - 2], "shall") || key_is(&k[i - 2], "can") || key_is(&k[i - 2], "could") ||
             key_is(&k[i - 2], "may") || key_is(&k[i - 2], "might") || key_is(&k[i - 2], "must") ||
             key_is(&k[i - 2], "should")))
            return TENSE_NONE;
        *verb = 1;
        if (i > 0 && (k[i - 1].mask & (1ull << TC_BE))) return TENSE_NONE;
        if (sf->reported && reported_clause(t, i)) return TENSE_NONE;
        return sf->tense;
    }
    return TENSE_NONE;
}

/* word_tense_of, asked once per token of a text (the memo is cleared
 * when the text is tokenized). */
enum { TENSE_UNKNOWN = 0, TENSE_KNOWN = 8, TENSE_VERB = 4 };
static int word_tense(vl_timex_tagger *t, int i, int *verb) {
    uint8_t memo = t->tense_memo[i];
    if (memo == TENSE_UNKNOWN) {
        int tense = word_tense_of(t, i, verb);
        t->tense_memo[i] = (uint8_t)(TENSE_KNOWN | (*verb ? TENSE_VERB : 0) | (tense + 1));
        return tense;
    }
    *verb = (memo & TENSE_VERB) != 0;
    return (memo & 3) - 1;
}

/* Whether the tensed word at i attributes speech (said, told, a indiqué,
 * ont précisé...): after a comma that ends a clause, such a verb is the
 * report's, not the event's. */
static int attribution(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    if ((t->lang & TXL_EN) && lang_class(t, &k[i], TXL_EN, TC_SAY)) return 1;
    if (t->lang == TXL_FR && french_have(&k[i])) {
        int j = i + 1;
        while (j < (int)t->ntoks && k[j].sent == k[i].sent && (k[j].kind == TK_PUNCT || k[j].klen <= 2 ||
                                                                strcmp(k[j].key, "-il") == 0 || strcmp(k[j].key, "-elle") == 0))
            j++; /* a-t-il, a-t-on */
        if (j < (int)t->ntoks && (k[j].mask & (1ull << TC_SAY))) return 1;
    }
    return 0;
}

/* Whether the comma at i opens an English participle clause: a
 * lower-case word in -ing right after it that the lexicon does not mark
 * otherwise (", according to", ", pending"). */
static int participle_clause(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    if (t->lang != TXL_EN || strcmp(k[i].key, ",") != 0 || i + 1 >= (int)t->ntoks) return 0;
    const tx_tok *w = &k[i + 1];
    if (w->kind != TK_WORD || (w->flags & TF_CAP) || w->klen < 5 || w->sent != k[i].sent) return 0;
    if (memcmp(w->key + w->klen - 3, "ing", 3) != 0) return 0;
    return !(ctx_flags(t, w) & CTX_NOPART);
}

/* Punctuation that closes a clause for the tense scan: commas, colons,
 * brackets, quotation marks, dashes (sentence ends are TF_BREAK). */
static int clause_punct(const tx_tok *x) {
    static const char *const marks[] = {",", ":", "(", ")", "\xc2\xab", "\xc2\xbb", "\"", "\xe2\x80\x9c",
                                        "\xe2\x80\x9d", "\xe2\x80\x94", "\xe2\x80\x93"};
    if (x->kind != TK_PUNCT) return 0;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (strcmp(x->key, marks[i]) == 0) return 1;
    return 0;
}

/* A coordinator at i that a verb follows, directly or after pronouns and
 * negations, opens a new clause ("et reprendra", "mais il n'a", "and will");
 * "vendredi et samedi" and "petits et grands pourront" stay one. */
static int coord_clause(vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    if (!(k[i].mask & (1ull << TC_COORD))) return 0;
    for (int j = i + 1; j < (int)t->ntoks && j <= i + 3 && k[j].sent == k[i].sent; j++) {
        if (k[j].kind == TK_PUNCT) return 0;
        int verb;
        word_tense(t, j, &verb);
        /* "is" and "are" mark no tense of their own (but before "to"),
         * yet they are the verb of a new clause: "cut rates in December
         * and is expected to cut again" */
        if (verb || (t->lang == TXL_EN && (strcmp(k[j].key, "is") == 0 || strcmp(k[j].key, "are") == 0)))
            return 1;
        if (!(k[j].mask & (1ull << TC_CLITIC))) return 0;
    }
    return 0;
}

/* Whether "to" at i opens an infinitive: a lower-case word follows that is
 * no determiner, pronoun or time word ("to open", "to meet", not "to the",
 * "to 5 pct", "to Friday", "to date"), and the word before is no
 * preposition that "to" completes ("up to", "according to", "close to"). */
static int infinitive_to(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    if (t->lang != TXL_EN || strcmp(k[i].key, "to") != 0 || i + 1 >= (int)t->ntoks) return 0;
    const tx_tok *v = &k[i + 1];
    if (v->kind != TK_WORD || v->sent != k[i].sent || !(t->text[v->start] >= 'a' && t->text[v->start] <= 'z') ||
        (v->mask & ((1ull << TC_DET) | (1ull << TC_MONTH) | (1ull << TC_DOW) | (1ull << TC_UNIT) |
                    (1ull << TC_UNITS) | (1ull << TC_REL) | (1ull << TC_THIS) | (1ull << TC_NEXT) |
                    (1ull << TC_PAST) | (1ull << TC_NUMW) | (1ull << TC_NUM) | (1ull << TC_CLITIC))))
        return 0;
    if (ctx_flags(t, v) & CTX_NOTVERB) return 0;
    if (i > 0) {
        if (ctx_flags(t, &k[i - 1]) & CTX_TOPREP) return 0;
        /* "while trying to reverse the car on Saturday night", "failing
         * to return home on Thursday": a gerund's infinitive tells what
         * was attempted, in the story's own time */
        if (k[i - 1].klen > 4 && memcmp(k[i - 1].key + k[i - 1].klen - 3, "ing", 3) == 0) return 0;
    }
    return 1;
}

/* The tense of the clause of tokens [a, b) (docs/timex.md).  The clause is
 * bounded by the sentence, clause punctuation, relative pronouns and
 * subordinators, and a coordinator followed by a verb.  Within it, the verb
 * a time expression depends on usually comes first (a eu lieu vendredi,
 * will meet on Friday), so the nearest marker on the left is preferred;
 * only a clause that opens with the expression (Vendredi, le ministre a...;
 * Le 5 janvier, le parlement votera) takes its tense from the right, across
 * one comma right after the expression. */
static int clause_tense_core(vl_timex_tagger *t, int a, int b, int *inf) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks, sent = k[a].sent, verb;
    t->tense_tok = -1;
    *inf = -1;
    /* whether the expression opens its clause (the sentence starts
     * before it with no verb between, "After a night of talks on Thursday,
     * the union said", or at most two words follow a comma or a
     * subordinator, "On Monday, ..."): then the verb after the comma is
     * its own, even a verb of speech; and whether it is a weekday, the
     * day of an event that the attribution after it does not place (a
     * quarter or a month is the report's, and takes it) */
    int opens = 1, weekday = 0;
    for (int i = a; i < b; i++) weekday |= (k[i].mask & (1ull << TC_DOW)) != 0;
    int dl = 0, crossed = 0;
    for (int i = a - 1; i >= 0 && dl < 14; i--, dl++) {
        if (k[i].sent != sent || (k[i].flags & TF_BREAK && k[i].kind == TK_PUNCT)) break;
        if (clause_punct(&k[i])) {
            if (dl > 2) opens = 0;
            /* a participle clause has the tense of the clause it hangs
             * on: "Shares fell last week, ending at a low on Friday" */
            if (!crossed && dl > 0 && participle_clause(t, i)) {
                crossed = 1;
                opens = 0;
                dl = 0;
                continue;
            }
            break;
        }
        int tense = word_tense(t, i, &verb);
        if (tense) {
            t->tense_tok = i;
            return tense;
        }
        /* "to resume service today after being shut late Wednesday": a
         * date in a clause of "being", or of "after" or "since" not right
         * before it, is no plan's ("to be announced after July 1" is) */
        if (t->lang == TXL_EN) { /* (a mask test first: this runs for every word scanned) */
            const char *w = k[i].key;
            int cf = ctx_flags(t, &k[i]);
            if ((cf & CTX_NOPLAN) || (i < a - 1 && (cf & CTX_NOPLANFAR))) *inf = -2;
            if (*inf == -1 && w[0] == 't' && w[1] == 'o' && !w[2] && infinitive_to(t, i)) *inf = i;
        }
        if (k[i].mask & (1ull << TC_CLAUSE)) {
            if (dl >= 2) opens = 0;
            break;
        }
        if (k[i + 1].flags & TF_BREAK) break; /* a paragraph starts at i + 1 */
    }
    if (dl >= 14) opens = 0;
    int appo = 0; /* commas of an apposition to the subject passed */
    for (int i = b, d = 0; i < n && d < (appo ? 22 : 14); i++, d++) {
        if (k[i].sent != sent || (k[i].flags & TF_BREAK)) break;
        if (clause_punct(&k[i])) {
            if (i == b && strcmp(k[i].key, ",") == 0) continue;
            /* "Jeudi, l'ancien maire, âgé de 67 ans, avait contesté": a
             * French weekday opening its clause, then a subject set off by
             * an apposition, then the verb (its two commas passed) */
            if (t->lang == TXL_FR && weekday && opens && appo < 2 && i > b + 1 && strcmp(k[i].key, ",") == 0 &&
                strcmp(k[b].key, ",") == 0 &&
                (a == 0 || k[a - 1].sent != sent || strcmp(k[a - 1].key, ",") == 0)) { /* (not "pour samedi, journée ...,") */
                appo++;
                continue;
            }
            break;
        }
        if ((k[i].mask & (1ull << TC_CLAUSE)) || coord_clause(t, i)) break;
        int tense = word_tense(t, i, &verb);
        /* across the comma, an attribution is not the expression's verb:
         * "...policy Wednesday, the council said", "...jeudi, a indiqué
         * le parquet" */
        if (tense && weekday && !opens && i > b && strcmp(k[b].key, ",") == 0 && attribution(t, i))
            return TENSE_NONE;
        if (tense) {
            t->tense_tok = i;
            return tense;
        }
    }
    /* an expression set off by a comma after its verb, or the next item
     * of a list of them, with no verb of its own on the right: "a-t-il
     * déclaré, lundi, devant la presse", "stayed shut on Thursday,
     * Friday and Monday": the verb before the list */
    const uint64_t timecls = (1ull << TC_DOW) | (1ull << TC_MONTH) | (1ull << TC_DAY) | (1ull << TC_YEAR) |
                             (1ull << TC_POD) | (1ull << TC_COORD);
    int j = a - 1;
    while (j >= 0 && k[j].sent == sent && !(k[j + 1].flags & TF_BREAK) &&
           (strcmp(k[j].key, ",") == 0 || (k[j].kind != TK_PUNCT && (k[j].mask & timecls)) ||
            strcmp(k[j].key, "on") == 0 || strcmp(k[j].key, "le") == 0))
        j--;
    int after_comma = 0; /* the list skipped a comma (not "vendredi et samedi" alone) */
    for (int q = j + 1; q < a; q++) after_comma |= strcmp(k[q].key, ",") == 0;
    if (after_comma && j >= 0 && k[j].sent == sent) {
        for (int i = j, d = 0; i >= 0 && d < 8; i--, d++) {
            if (k[i].sent != sent || (k[i].flags & TF_BREAK && k[i].kind == TK_PUNCT) || clause_punct(&k[i])) break;
            int tense = word_tense(t, i, &verb);
            if (tense) {
                t->tense_tok = i;
                return tense;
            }
            if (k[i].mask & (1ull << TC_CLAUSE)) break;
            if (k[i + 1].flags & TF_BREAK) break;
        }
    }
    return TENSE_NONE;
}

/* Whether the infinitive's "to" at inf follows, within its clause, a verb
 * of directive and its object: "ordered the state commission to",
 * "urged countries to". */
static int directive_to(const vl_timex_tagger *t, int inf) {
    static const char *const directive[] = {"urged", "ordered", "asked", "told", "directed", "instructed",
                                            "required", "encouraged", "called", "pressed"};
    const tx_tok *k = t->toks;
    if (t->lang != TXL_EN || inf < 2 || !key_is(&k[inf], "to")) return 0;
    for (int j = inf - 1; j >= 0 && j >= inf - 8 && k[j].sent == k[inf].sent && !clause_punct(&k[j]); j--)
        for (size_t d = 0; d < sizeof directive / sizeof directive[0]; d++)
            if (key_is(&k[j], directive[d])) return 1;
    return 0;
}

/* Whether an English month at es is the object of an infinitive that
 * an agreement or an offer governs, on its left in its clause: "agreed
 * to acquire the company in January", "an agreement to buy it in
 * February" (not past a clause's punctuation or a clause word). */
static int agreement_to(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    if (t->lang != TXL_EN) return 0;
    for (int j = es - 1; j >= 1 && j >= es - 16 && k[j].sent == k[es].sent; j--) {
        if (clause_punct(&k[j]) || (k[j].mask & (1ull << TC_CLAUSE))) return 0;
        if (key_is(&k[j], "to") && infinitive_to(t, j))
            return key_is(&k[j - 1], "agreed") || key_is(&k[j - 1], "agreement") || key_is(&k[j - 1], "offer") ||
                   key_is(&k[j - 1], "offered") || key_is(&k[j - 1], "deal");
    }
    return 0;
}

/* clause_tense_core, and when it finds no tense, an infinitive on the
 * left with no verb of its own before it is a plan, the wire's future, for
 * a weekday or a month (a quarter or a season often ends a longer
 * sentence whose verb lies beyond the scan):
 * "Acme to open new plant on Saturday", "ministers to meet Tuesday" (but
 * "agreed to buy the unit in January" takes the past of "agreed"). */
static int clause_tense_scan(vl_timex_tagger *t, int a, int b) {
    const tx_tok *k = t->toks;
    int inf, tense = clause_tense_core(t, a, b, &inf), dated = 0;
    if (inf < 0) return tense;
    for (int i = a; i < b; i++) dated |= (k[i].mask & ((1ull << TC_DOW) | (1ull << TC_MONTH))) != 0;
    /* "voted on Friday to strike from Wednesday", "agreed on Monday to
     * sell the unit in March": when the past verb has its own day before
     * the infinitive, the date after the infinitive is the plan's (a day:
     * "revised April sales downward to show a rise from March" names no
     * time of the revising) */
    if (tense == TENSE_PAST && dated && t->tense_tok >= 0 && t->last_day >= 0 && t->last_end > t->tense_tok &&
        t->last_end <= inf &&
        k[t->last_end - 1].sent == k[a].sent && !(inf >= 2 && (strcmp(k[inf - 2].key, "for") == 0 ||
                                                               strcmp(k[inf - 2].key, "from") == 0))) {
        t->tense_tok = inf;
        return TENSE_FUTURE;
    }
    /* "had threatened to close state offices Monday", "vowed to strike
     * Friday": a weekday of what a threat or a pledge announced is the
     * one to come, whatever the tense of the announcing (a month is
     * left: "agreed to sell the unit in March" may be gone) */
    if (tense == TENSE_PAST && inf >= 1 && inf + 1 < b && b <= (int)t->ntoks && (k[b - 1].mask & (1ull << TC_DOW)) &&
        (key_is(&k[inf - 1], "threatened") || key_is(&k[inf - 1], "vowed") || key_is(&k[inf - 1], "pledged") ||
         key_is(&k[inf - 1], "promised"))) {
        t->tense_tok = inf;
        return TENSE_FUTURE;
    }
    /* "ordered the commission to complete a study by July 1", "urged
     * countries to run campaigns before September": the deadline of what
     * a directive asked for is to come, whatever the tense of the asking */
    if (tense == TENSE_PAST && a >= 1 && k[a - 1].sent == k[a].sent &&
        (key_is(&k[a - 1], "by") || key_is(&k[a - 1], "before")) && directive_to(t, inf)) {
        t->tense_tok = inf;
        return TENSE_FUTURE;
    }
    if (tense != TENSE_NONE) return tense;
    /* "difficult for Sun to meet demand", "from money houses to banks":
     * the subject of a complement, or the end of a route, no plan */
    if (inf >= 2 && (strcmp(k[inf - 2].key, "for") == 0 || strcmp(k[inf - 2].key, "from") == 0)) inf = -1;
    if (inf >= 0 && dated) {
        t->tense_tok = inf;
        return TENSE_FUTURE;
    }
    return tense;
}

/* Whether x is a quotation mark (« » " “ ”). */
static int quote_mark(const tx_tok *x) {
    return x->kind == TK_PUNCT && (strcmp(x->key, "\xc2\xab") == 0 || strcmp(x->key, "\xc2\xbb") == 0 ||
                                   strcmp(x->key, "\"") == 0 || strcmp(x->key, "\xe2\x80\x9c") == 0 ||
                                   strcmp(x->key, "\xe2\x80\x9d") == 0);
}

/* Whether the quotation mark at i opens or closes quoted speech: next to a
 * comma, a colon or a sentence's end ("... mars », a indiqué", "boomed:
 * “Let's"), not a word quoted inside a sentence ("pour « rébellion »"). */
static int speech_quote(const vl_timex_tagger *t, int i) {
    for (int d = -1; d <= 1; d += 2) {
        int j = i + d;
        if (j < 0 || j >= (int)t->ntoks) return 1;
        const char *w = t->toks[j].key;
        if (t->toks[j].kind == TK_PUNCT && (strcmp(w, ",") == 0 || strcmp(w, ":") == 0 || strcmp(w, ".") == 0 ||
                                           strcmp(w, "?") == 0 || strcmp(w, "!") == 0))
            return 1;
    }
    return 0;
}

/* The weekday (1-7) a quotation holding token i was spoken on, told by
 * its attribution: a verb of speech then a weekday right after the
 * closing mark ("\"Today is a great day,\" Smith said Thursday.") or
 * ending the sentence before an opening mark at a sentence's start
 * ("Smith said outside the courtroom Thursday. \"Today a jury..."); 0
 * when none.  English only (the weekday names the telling). */
static int quote_weekday(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks, open = -1, close = -1;
    for (int j = i - 1; j >= 0 && j >= i - 40; j--)
        if (quote_mark(&k[j])) {
            open = j;
            break;
        }
    if (open < 0) return 0;
    for (int j = i + 1; j < n && j <= i + 60; j++)
        if (quote_mark(&k[j])) {
            close = j;
            break;
        }
    if (close < 0) return 0;
    /* the attribution after: said (a few words) Thursday */
    for (int j = close + 1; j < n && j <= close + 4 && k[j].sent == k[close].sent; j++)
        if (lang_class(t, &k[j], TXL_EN, TC_SAY)) {
            for (int d = j + 1; d < n && d <= j + 3 && k[d].sent == k[j].sent; d++)
                if (k[d].mask & (1ull << TC_DOW)) return lex_value(t, &k[d], TC_DOW);
            return 0;
        }
    /* ... or the sentence before the quotation, ending on its weekday */
    if (open == 0 || k[open - 1].sent == k[open].sent) return 0;
    int e = open - 1;
    if (k[e].kind == TK_PUNCT && e > 0) e--;
    if (!(k[e].mask & (1ull << TC_DOW))) return 0;
    for (int j = e - 1; j >= 0 && j >= e - 6 && k[j].sent == k[e].sent; j--)
        if (lang_class(t, &k[j], TXL_EN, TC_SAY)) return lex_value(t, &k[e], TC_DOW);
    return 0;
}

/* Whether token i is a "tonight" inside quoted speech (a quotation mark
 * before it in its sentence): left on the dispatch's night (no lead's
 * night it was spoken on, complete()), the speaker's night, not one the
 * story is told on, so no night a later small hour of the story ends
 * (batch 20: "\"Tonight they said so.\" ... conceded around 12:30 a.m."
 * stays on the dispatch's morning, not the one after). */
static int quoted_tonight(const vl_timex_tagger *t, int i) {
    if (!key_is(&t->toks[i], "tonight")) return 0;
    for (int j = i - 1; j >= 0 && j >= i - 40 && t->toks[j].sent == t->toks[i].sent; j--)
        if (quote_mark(&t->toks[j])) return 1;
    return 0;
}

/* The tense of the nearest verb of the sentence of [a, b) that marks one,
 * across clause boundaries: the fallback for a month when its own clause
 * has none ("In January, a week after the vote, a bomb killed a guard").
 * Not across a quotation mark: the attribution is the report's, not the
 * quoted words' ("« On espère le revoir début mars », a indiqué ..."). */
static int sentence_tense(vl_timex_tagger *t, int a, int b) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks, sent = k[a].sent, verb, lok = 1, rok = 1, lq = 0, rq = 0;
    for (int d = 0; d < 40 && (lok || rok); d++) {
        int l = a - 1 - d, r = b + d;
        /* the first quotation mark each side ends the scan when it bounds
         * quoted speech the expression is in; one that opens a quoted word
         * ("de « gilets jaunes »,") lets the scan go on past its close */
        if (lok && l >= 0 && quote_mark(&k[l])) {
            if (!lq && speech_quote(t, l)) lok = 0;
            lq = 1;
        }
        if (rok && r < n && quote_mark(&k[r])) {
            if (!rq && speech_quote(t, r)) rok = 0;
            rq = 1;
        }
        /* a relative or subordinate clause has a verb of its own ("when
         * the case is heard in May"): the main verb says nothing of it */
        /* ... and so has a coordinated one ("cut rates in December and is
         * expected to cut again") */
        if (lok && l >= 0 && k[l].sent == sent && !(k[l].mask & (1ull << TC_CLAUSE)) && !coord_clause(t, l)) {
            int tense = word_tense(t, l, &verb);
            if (tense) return tense;
        } else {
            lok = 0;
        }
        if (rok && r < n && k[r].sent == sent && !(k[r].mask & (1ull << TC_CLAUSE)) && !coord_clause(t, r)) {
            int tense = word_tense(t, r, &verb);
            if (tense) return tense;
        } else {
            rok = 0;
        }
    }
    return TENSE_NONE;
}

/* The coordinator (its token) when the expression at token es is in a
 * French clause with no verb opened by "et" after a comma (", et la
 * course dimanche"): a few words, none of them a verb; else 0.  (Tried
 * on English ", and": it lowered a scored half by one value, English
 * lists of days being joined so.) */
static int elliptic_clause(vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    for (int j = es - 1; j >= 1 && j >= es - 5 && k[j].sent == k[es].sent; j--) {
        if (k[j].kind == TK_PUNCT) return 0;
        if (strcmp(k[j].key, "et") == 0) return strcmp(k[j - 1].key, ",") == 0 ? j : 0;
        int verb = 0;
        word_tense(t, j, &verb);
        if (verb) return 0;
    }
    return 0;
}

/* The tense of the nearest verb before token i in its sentence that
 * marks one, not across a relative or subordinate clause's start: the
 * verb an elliptic clause at i shares. */
static int left_tense(vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    for (int j = i - 1; j >= 0 && j >= i - 30 && k[j].sent == k[i].sent; j--) {
        if (quote_mark(&k[j])) return TENSE_NONE;
        int verb, tense = word_tense(t, j, &verb);
        if (tense) return tense;
        if (k[j].mask & (1ull << TC_CLAUSE)) return TENSE_NONE;
    }
    return TENSE_NONE;
}

/* The tense of the clause of [a, b), with the possessive exception. */
static int clause_tense(vl_timex_tagger *t, int a, int b) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks;
    /* "Wednesday's ruling": a possessive names an event by its day.  A past
     * clause puts it before ("reacted to Wednesday's ruling"), but a future
     * one says nothing of it ("would look for ways around Wednesday's
     * ruling"): the nearest day is meant. */
    if (b < n && strcmp(k[b].key, "'s") == 0) {
        int tense = clause_tense_scan(t, a, b);
        return tense == TENSE_PAST ? tense : TENSE_NONE;
    }
    /* ... and so does a French weekday after a noun and "de": "l'incendie
     * de mardi", "le match de samedi" ("à partir de mardi",
     * "se tiendra de mardi à jeudi" keep the clause's future) */
    if (t->lang == TXL_FR && a >= 2 && (k[a].mask & (1ull << TC_DOW)) && strcmp(k[a - 1].key, "de") == 0 &&
        k[a - 2].kind == TK_WORD && k[a - 2].sent == k[a].sent && strcmp(k[a - 2].key, "partir") != 0 &&
        strcmp(k[a - 2].key, "compter") != 0 && strcmp(k[a - 2].key, "ici") != 0 &&
        strcmp(k[a - 2].key, "d'ici") != 0 &&
        !(b < n && (strcmp(k[b].key, "a") == 0 || strcmp(k[b].key, "au") == 0))) { /* de lundi à mardi */
        int verb;
        word_tense(t, a - 2, &verb);
        if (!verb) {
            int tense = clause_tense_scan(t, a, b);
            return tense == TENSE_PAST ? tense : TENSE_NONE;
        }
    }
    /* "ordered the evacuation beginning at 6 a.m. Thursday", "a curfew
     * starting Friday": the weekday a start is set for is to come,
     * whatever the tense of the setting (English; a weekday in the span) */
    if (t->lang == TXL_EN && a >= 1) {
        int j = a - 1;
        if (j >= 1 && (key_is(&k[j], "at") || key_is(&k[j], "on")) && k[j - 1].sent == k[a].sent) j--;
        int dow = 0;
        for (int i = a; i < b; i++) dow |= (k[i].mask & (1ull << TC_DOW)) != 0;
        if (dow && k[j].sent == k[a].sent && (key_is(&k[j], "beginning") || key_is(&k[j], "starting"))) {
            t->tense_tok = j;
            return TENSE_FUTURE;
        }
    }
    return clause_tense_scan(t, a, b);
}

/* The clock of the fields in minutes past midnight (the resolver's
 * 24-hour reading), or -1 when they hold no hour. */
static int fields_minutes(const tx_fields *f) {
    int h = vl_timex_clock_hour(f);
    if (h < 0 || h > 24) return -1;
    return h * 60 + (f->minute > 0 ? f->minute : 0);
}

static void gather(const vl_timex_tagger *t, const tx_cap *caps, int ncap, tx_fields *f) {
    int lit_half = 0; /* "6 heures et demie", "midi et demi": half past */
    for (int i = 0; i < ncap; i++) {
        if (caps[i].tok < 0) continue;
        const tx_tok *k = &t->toks[caps[i].tok];
        int c = caps[i].cls;
        int numeric = c == TC_NUM || c == TC_DAY || c == TC_YEAR || c == TC_YEAR2 || c == TC_HOUR || c == TC_MIN ||
                      c == TC_ORD || c == TC_DECADE || c == TC_CENT;
        int v = (k->flags & TF_NUMV) && numeric ? k->num : lex_value(t, k, c);
        if ((k->flags & TF_HALF) && (c == TC_NUM || c == TC_UNIT || c == TC_UNITS)) f->half = 1;
        if ((k->flags & TF_HALF) && c == TC_LIT) lit_half = f->half = 1;
        switch (c) {
        case TC_MONTH: f->month = v; break;
        case TC_DOW: f->dow = v; break;
        case TC_DOWS: f->dows = v; break;
        case TC_DAY: f->day = v; break;
        case TC_YEAR: f->year = v; break;
        case TC_YEAR2: f->year = pivot_year(t, v); break;
        case TC_NUM:
            f->n = v;
            if (k->fdig) f->frac = k->d, f->fdig = k->fdig;
            /* the lexicon gives a collective numeral a negative count: a
             * count and its approximation ("une dizaine": about ten) */
            if (v < -2) f->n = -v, f->quant = MOD_APPROX;
            break;
        case TC_ORD: f->ord = v; break;
        case TC_CENT: f->century = v; break;
        case TC_UNIT:
        case TC_UNITS:
            /* "the July-September quarter": the quarter of its months */
            if (c == TC_UNIT && v == U_QUARTER && f->month >= 1 && f->ord < 0 && f->day < 0) {
                f->ord = (f->month - 1) / 3 + 1;
                f->month = -1;
            }
            if (c == TC_UNIT && f->dir != -9 &&
                ((f->unit == U_YEAR && (v == U_QUARTER || v == U_SEMESTER)) ||
                 (v == U_YEAR && (f->unit == U_QUARTER || f->unit == U_SEMESTER)))) {
                f->ydir = f->dir; /* the year is the relative one, the unit the quarter */
                f->dir = -9;
                f->unit = v == U_YEAR ? f->unit : v;
                break;
            }
            f->unit = v;
            break;
        case TC_REL: {
            int pod = (v + 50) / 100;
            f->reldays = v - 100 * pod;
            if (pod) f->pod = pod;
            break;
        }
        case TC_PAST: f->dir = -1; break;
        case TC_NEXT: f->dir = 1; break;
        case TC_THIS: f->dir = 0; break;
        case TC_POD: f->pod = v; break;
        case TC_SEASON: f->season = v; break;
        case TC_MOD: f->mod = v; break;
        case TC_QUANT: f->quant = v; break;
        case TC_HOUR: f->hour = v; break;
        case TC_MIN: f->minute = v; break;
        case TC_CLOCK: f->hour = k->y, f->minute = k->m; break;
        case TC_AMPM: f->ampm = v; break;
        case TC_ISO: f->year = k->y, f->month = k->m, f->day = k->d; break;
        case TC_VAGUE: f->n = -2; break;
        case TC_REF: f->ref = v; break;
        case TC_DECADE: f->decade = v; break;
        case TC_SETW: f->setw = 1; break;
        case TC_SETADJ: f->setadj = v; break;
        case TC_HOLIDAY: f->holiday = f->holiday == 1 && v >= 4000 ? v + 1 : v; break;
        case TC_LIT: {
            const char *w = k->key;
            if (strcmp(w, "midi") == 0 || strcmp(w, "noon") == 0 || strcmp(w, "midday") == 0) f->hour = 12, f->minute = 0;
            else if (strcmp(w, "minuit") == 0 || strcmp(w, "midnight") == 0) f->hour = 24, f->minute = 0;
            else if (!strcmp(w, "tous") || !strcmp(w, "toutes") || !strcmp(w, "par") || !strcmp(w, "per"))
                f->setw = 1;
            else if (k->mask & (1ull << TC_VAGUE)) f->n = -2;
            else if (strcmp(w, "des") == 0 && f->n == -1) f->n = -2;
            else if (strcmp(w, "earlier") == 0) f->mod = MOD_START;
            else if (strcmp(w, "later") == 0) f->mod = MOD_END;
            else if (strcmp(w, "past") == 0 && f->dir == 0) f->dir = -1; /* this past weekend: the last */
            else if (strcmp(w, "etes") == 0 || strcmp(w, "summers") == 0)
                f->season = SEASON_SU; /* "tous les étés", "the past three summers" */
            else if (strcmp(w, "winters") == 0)
                f->season = SEASON_WI;
            else if (strcmp(w, "springs") == 0)
                f->season = SEASON_SP;
            else if (strcmp(w, "autumns") == 0 || (strcmp(w, "fall") == 0 && f->setw))
                f->season = SEASON_FA;
            else if (strcmp(w, "matins") == 0)
                f->pod = POD_MO; /* "tous les matins" */
            else if (strcmp(w, "soirs") == 0)
                f->pod = POD_EV;
            else if (strcmp(w, "nuits") == 0 || strcmp(w, "nights") == 0)
                f->pod = POD_NI;
            else if (strcmp(w, "mornings") == 0)
                f->pod = POD_MO; /* "Saturday mornings" */
            else if (strcmp(w, "afternoons") == 0)
                f->pod = POD_AF;
            else if (strcmp(w, "evenings") == 0)
                f->pod = POD_EV;
            else if (strcmp(w, "new") == 0 || strcmp(w, "nouvel") == 0)
                f->holiday = 101; /* New Year's Day, le Nouvel An */
            else if (strcmp(w, "labor") == 0)
                f->holiday = 2911; /* the first Monday of September */
            else if (strcmp(w, "memorial") == 0)
                f->holiday = 2551; /* the last Monday of May */
            else if (strcmp(w, "exercice") == 0)
                f->unit = U_YEAR; /* l'exercice en cours: the fiscal year */
            else if (strcmp(w, "columbus") == 0)
                f->holiday = 3021; /* the second Monday of October */
            else if (strcmp(w, "black") == 0)
                f->holiday = 3149; /* the day after the fourth Thursday of November */
            else if (strcmp(w, "veterans") == 0)
                f->holiday = 1111;
            else if (strcmp(w, "boxing") == 0)
                f->holiday = 1226; /* Boxing Day, the day after Christmas */
            else if (strcmp(w, "valentine") == 0)
                f->holiday = 214;
            else if (strcmp(w, "election") == 0)
                f->holiday = 3118; /* the day after the first Monday of November */
            else if (strcmp(w, "eve") == 0) {
                /* New Year's Eve, Christmas Eve, the eve of Easter: the day before */
                if (f->holiday == 101) f->holiday = 1231;
                else if ((f->holiday > 101 && f->holiday < 2000) || f->holiday >= 4000) f->holiday--;
                f->unit = U_DAY;
            }
            else if (strcmp(w, "good") == 0 || strcmp(w, "saint") == 0)
                f->holiday = 4998; /* Good Friday, vendredi saint: Easter - 2 */
            else if (strcmp(w, "monday") == 0 && f->holiday >= 4000)
                f->holiday++; /* Easter Monday */
            else if (strcmp(w, "lundi") == 0)
                f->holiday = 1; /* lundi de Pâques: the feast's Monday (below) */
            else if ((w[0] == 'q' && w[1] >= '1' && w[1] <= '4' && !w[2]) ||
                     (w[0] == 'h' && (w[1] == '1' || w[1] == '2') && !w[2])) {
                /* "Q3 2026", "H1 profit": the quarter or half named */
                f->ord = w[1] - '0';
                f->unit = w[0] == 'q' ? U_QUARTER : U_SEMESTER;
            }
            else if (strcmp(w, "half") == 0) {
                /* a half of a year: "last year's second half" (the year
                 * relative), "the last|latter half" (the second) */
                if (f->unit == U_YEAR && f->dir != -9) f->ydir = f->dir;
                else if (f->ord < 0) f->ord = 2;
                f->dir = -9;
                f->unit = U_SEMESTER;
            }
            else if (k->mask & ((1ull << TC_UNIT) | (1ull << TC_UNITS))) {
                int u = lex_value(t, k, (k->mask & (1ull << TC_UNIT)) ? TC_UNIT : TC_UNITS);
                if (u == U_YEAR && (f->unit == U_SEMESTER || f->unit == U_QUARTER)) {
                    /* "the second half of next year", "the first quarter of the year" */
                    if (f->dir != -9) f->ydir = f->dir;
                    f->dir = -9;
                } else if (u == U_YEAR && f->holiday == 101) {
                    /* the "an" of "Nouvel An" names the holiday, no unit */
                } else {
                    f->unit = u;
                }
            }
            else if (k->mask & (1ull << TC_POD)) f->pod = lex_value(t, k, TC_POD);
            else if (k->mask & (1ull << TC_SEASON)) f->season = lex_value(t, k, TC_SEASON);
            else if (strcmp(w, "fall") == 0) f->season = SEASON_FA;
            else if (k->mask & (1ull << TC_PAST)) f->dir = -1;
            else if (k->mask & (1ull << TC_NEXT)) f->dir = 1;
            break;
        }
        default: break;
        }
    }
    if (lit_half && f->hour >= 0 && f->minute <= 0) f->minute = 30;
}

static void fields_init(tx_fields *f) {
    int *p = (int *)f;
    for (size_t i = 0; i < sizeof *f / sizeof(int); i++) p[i] = -1;
    f->dir = -9;
    f->reldays = -99;
    f->mod = f->quant = f->ref = 0;
    f->setw = 0;
    f->half = 0;
    f->fdig = 0;
    f->ydir = -9;
}

typedef struct match_ctx {
    vl_timex_tagger *t;
    const tx_crule *cr;
    int rule;
    int start;
    int after_mod;
    tx_cap caps[MAX_ELEMS];
    tx_cand *best;
} match_ctx;

static int cand_better(const tx_cand *a, const tx_cand *b) {
    if (!b->ok) return 1;
    if (a->ext_end != b->ext_end) return a->ext_end > b->ext_end;
    if (a->ext_start != b->ext_start) return a->ext_start < b->ext_start;
    return b->blocker && !a->blocker;
}


/* Whether "depuis"/"since" at pe surely opens the start of a state that
 * lasts until now, for the date es..ee after it: French "depuis" always;
 * English "since" in a clause of the perfect ("has been closed since Jan.
 * 6") or ending its clause ("not ahead in the poll since April."), not the
 * "since" of a cause, whose date is a subject ("since Easter falls late in
 * April this year"). */
static int firm_since(const vl_timex_tagger *t, int pe, int es, int ee) {
    const tx_tok *k = t->toks;
    if (key_is(&k[pe], "depuis")) return 1;
    if (ee >= (int)t->ntoks || k[ee].sent != k[es].sent || k[ee].kind == TK_PUNCT) return 1;
    int tt = t->tense_tok;
    return tt >= 0 && tt < es && k[tt].sent == k[es].sent &&
           (key_is(&k[tt], "has") || key_is(&k[tt], "have") || key_is(&k[tt], "had"));
}

static int all_digits(const char *s, int n) {
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* atoi, with a fast path for the digits that begin a TIMEX3 value. */
static int value_int(const char *s) {
    if (*s < '0' || *s > '9') return atoi(s);
    int v = 0;
    for (; *s >= '0' && *s <= '9'; s++) v = v * 10 + (*s - '0');
    return v;
}

/* Whether the sentence of token es opens on a year, before a comma:
 * "Last year, ...", "In 1994, ...", "En 1994, ...", "A year earlier, ..." (the frame
 * of what the sentence tells). */
static int year_frame(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    int s0 = es;
    while (s0 > 0 && k[s0 - 1].sent == k[es].sent) s0--;
    if (es - s0 < 3) return 0;
    int j = s0;
    int in = key_is(&k[j], "in") || key_is(&k[j], "en");
    if (in) j++;
    else if (key_is(&k[j], "last") || key_is(&k[j], "a")) j++;
    if (k[j].kind == TK_NUM && k[j].ndig == 4 && (k[j].mask & (1ull << TC_YEAR)) && j == s0 + 1 && in)
        j++;
    else if (j == s0 + 1 && !in && key_is(&k[j], "year"))
        j += 1 + (key_is(&k[s0], "a") && (key_is(&k[j + 1], "earlier") || key_is(&k[j + 1], "before")));
    else
        return 0;
    return j < es && k[j].kind == TK_PUNCT && strcmp(k[j].key, ",") == 0;
}

/* Records the date of an expression just found (2025, 2025-09,
 * 2025-09-12, 2025-09-12T14:30) as the anchor of the anaphoric ones after
 * it; weeks, seasons and vague values leave the anchor as it was. */
static void narrative_anchor(vl_timex_tagger *t, const vl_timex *x, int sent, int told) {
    const char *v = x->value;
    if (x->type != VL_TIMEX_DATE && x->type != VL_TIMEX_TIME) return;
    if (!all_digits(v, 4) || (v[4] && v[4] != '-')) return;
    int prec = 1;
    if (v[4] == '-' && all_digits(v + 5, 2) && (!v[7] || v[7] == '-')) {
        prec = 2;
        if (v[7] == '-' && all_digits(v + 8, 2) && (!v[10] || v[10] == 'T')) prec = 3;
        else if (v[7]) return;
    } else if (v[4]) {
        return;
    }
    /* a coarser date inside the one told keeps the finer one for the
     * anaphors that need it: "on March 3, 2004 ... that year ... the
     * previous month", "en mai 1998 ... il y a vingt-sept ans ... le mois
     * suivant" still count the month from March 2004 and May 1998, while
     * "in November ... in 2025, down from the year before" counts the
     * year from 2025 */
    int y = value_int(v), m = prec >= 2 ? value_int(v + 5) : 0;
    if (prec < t->narr_prec && y == t->narr_y && (prec < 2 || m == t->narr_m))
        t->fine_prec = t->narr_prec, t->fine_y = t->narr_y, t->fine_m = t->narr_m, t->fine_d = t->narr_d;
    else if (!(prec < t->fine_prec && y == t->fine_y && (prec < 2 || m == t->fine_m)))
        t->fine_prec = 0;
    if (prec == 3) {
        int64_t day = vl_timex_days(value_int(v), value_int(v + 5), value_int(v + 8));
        t->dow_seen[(int)(((day % 7) + 7 + 3) % 7) + 1] = (int)day;
    }
    /* (a year equal to the written one of the date before is as good as
     * written: "le 26 avril 1986 à 1 h 23" anchors on 1986 told) */
    t->narr_told = told || (t->narr_told && t->narr_prec >= 1 && y == t->narr_y);
    t->narr_prec = prec;
    t->narr_sent = sent;
    t->wk_fresh = 0;
    t->narr_y = value_int(v);
    t->narr_m = prec >= 2 ? value_int(v + 5) : 1;
    t->narr_d = prec >= 3 ? value_int(v + 8) : 1;
}

/* Records x as the last week the text named when its value is an ISO
 * week (2026-W05): its Monday anchors the anaphoric weeks after it. */
static void week_anchor(vl_timex_tagger *t, const vl_timex *x, int sent) {
    const char *v = x->value;
    if (x->type != VL_TIMEX_DATE || !all_digits(v, 4) || v[4] != '-' || v[5] != 'W' || !all_digits(v + 6, 2) ||
        (v[8] && strcmp(v + 8, "-WE") != 0))
        return;
    int y = value_int(v), w = value_int(v + 6);
    if (w < 1 || w > 53 || y < 1 || y > 9999) return;
    int64_t jan4 = vl_timex_days(y, 1, 4);
    int64_t monday = jan4 - (((jan4 % 7) + 7 + 3) % 7) + 7 * (int64_t)(w - 1);
    vl_timex_civil(monday, &t->wk_y, &t->wk_m, &t->wk_d);
    t->wk_fresh = 1;
    t->wk_we = v[8] != 0;
    t->wk_sent = sent;
}

/* When the match [es, ee) is anaphoric (le lendemain, the following
 * month, the next morning), the precision its anchor needs (1 year, 2
 * month, 3 day); 0 for an expression counted from the dispatch date. */
static int anaphor_precision(const vl_timex_tagger *t, int es, int ee, const tx_fields *f, int kind, int flags) {
    if ((kind == K_DATE || kind == K_TIME) && f->dow >= 1 && f->day < 0 && f->month < 0 && (f->dir == -1 || f->dir == 1)) {
        /* "the previous Friday", "the following Monday": the weekday
         * before or after the day the text is telling, not the dispatch's */
        for (int i = es; i < ee; i++)
            if (t->toks[i].mask & (1ull << TC_ANAPH)) return 3;
        return 0;
    }
    if (kind != K_REL) return 0;
    if (flags & RF_ANAPH) return f->unit == U_YEAR ? 1 : f->unit == U_MONTH || f->unit == U_QUARTER ? 2 : 3;
    const tx_tok *k = t->toks;
    int anaph = 0;
    for (int i = es; i < ee; i++) {
        if (k[i].mask & (1ull << TC_ANAPH)) anaph = 1;
        if (strcmp(k[i].key, "next") == 0 && (f->unit == U_DAY || (f->pod > 0 && f->unit < 0))) anaph = 1;
        /* "In 2019 it moved; the next year it doubled": with the article,
         * in a past clause, "next" counts from the time the story tells
         * ("next year" alone, or "over the next year" told in the present
         * or future, count from the dispatch) */
        if (strcmp(k[i].key, "next") == 0 && f->tense == TENSE_PAST && i > 0 && k[i - 1].sent == k[i].sent &&
            strcmp(k[i - 1].key, "the") == 0)
            anaph = 1;
    }
    if (!anaph) return 0;
    if (f->reldays != -99 || f->unit == U_DAY || f->unit == U_WEEK || f->unit == U_WEEKEND || f->unit < 0) return 3;
    if (f->unit == U_MONTH || f->unit == U_QUARTER || f->unit == U_SEMESTER) return 2;
    return 1;
}

/* Whether the season of the match [es, ee) is told from the time of the
 * story: after "following", "previous", "preceding" or "that". */
static int season_anaphor(const vl_timex_tagger *t, int es, int ee, const tx_fields *f) {
    if (strcmp(t->toks[es].key, "that") == 0) return 1;
    if (f->dir != 1 && f->dir != -1) return 0;
    for (int i = es; i < ee; i++)
        if (t->toks[i].mask & (1ull << TC_ANAPH)) return 1;
    return 0;
}

/* Follows spans told by their last month ("the three months to
 * September", "the six months ended June 30", tagged as a duration then
 * a date): the quarter or half they name becomes the period a report is
 * about (t->per_*), and a quarter also the quarter reported on. */
static int default_quarter(const vl_timex_tagger *t);

/* Whether the sentence of token es names a month or weekday of its own
 * before it, other than the month of a span told by it: "productivity
 * in April was higher than a year ago" is April's year before. */
static int own_month(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    /* (a month told before the span is not what it compares: "revised
     * January and February, leaving the gain over the past three months
     * at 139,000, down from 210,000 a year earlier" is the quarter's) */
    for (int i = es - 1; i >= 0 && k[i].sent == k[es].sent && i > t->per_tok; i--)
        if (k[i].mask & ((1ull << TC_MONTH) | (1ull << TC_DOW))) return 1;
    return 0;
}

static void period_seen(vl_timex_tagger *t, const tx_cand *best, const vl_timex *x) {
    const tx_tok *k = t->toks;
    int ee = (int)best->ext_end, es = (int)best->ext_start;
    if (x->type == VL_TIMEX_DURATION && (strcmp(x->value, "P3M") == 0 || strcmp(x->value, "P6M") == 0) &&
        ee + 1 < (int)t->ntoks && k[ee].sent == k[es].sent &&
        (key_is(&k[ee], "to") || key_is(&k[ee], "ended") || key_is(&k[ee], "ending") || key_is(&k[ee], "through"))) {
        t->per_to = ee;
        t->per_n = x->value[1] - '0';
        return;
    }
    /* "a weak first half, when sales fell from a year earlier": a half
     * told as such is the period "a year earlier" repeats (as a quarter
     * is: report_q); so are "the past three (six) months" told in the
     * first half of the month after a quarter (half) ended, that quarter
     * (the March jobs report's "the past three months", told April 7) */
    if (x->type == VL_TIMEX_DATE && strlen(x->value) == 7 && all_digits(x->value, 4) && x->value[4] == '-' &&
        x->value[5] == 'H' && (x->value[6] == '1' || x->value[6] == '2') &&
        /* (an ended half: "growth towards the latter half of 1987", told
         * in March 1987, is no period reported on) */
        value_int(x->value) * 2 + (x->value[6] - '1') < t->ref_y * 2 + (t->ref_m > 6)) {
        t->per_sent = k[es].sent;
        t->per_tok = es;
        t->per_unit = U_SEMESTER;
        t->per_val = value_int(x->value) * 2 + (x->value[6] - '1');
    } else if (x->type == VL_TIMEX_DURATION && (strcmp(x->value, "P3M") == 0 || strcmp(x->value, "P6M") == 0) &&
               ee - es == 4 && key_is(&k[es], "the") && (key_is(&k[es + 1], "past") || key_is(&k[es + 1], "last")) &&
               t->ref_d <= 15) {
        int n = x->value[1] - '0', y = t->ref_y, m = t->ref_m - 1;
        if (m == 0) m = 12, y--;
        if (m % n == 0) {
            t->per_sent = k[es].sent;
            t->per_tok = es;
            t->per_unit = n == 3 ? U_QUARTER : U_SEMESTER;
            t->per_val = n == 3 ? y * 4 + m / 3 - 1 : y * 2 + m / 6 - 1;
        }
    }
    int to = t->per_to;
    t->per_to = -1;
    if (to < 0 || es != to + 1 || x->type != VL_TIMEX_DATE || strlen(x->value) < 7 || !all_digits(x->value, 4) ||
        x->value[4] != '-' || !all_digits(x->value + 5, 2))
        return;
    int y = value_int(x->value), m = value_int(x->value + 5);
    if (m % t->per_n) return; /* "the three months to November": no calendar quarter */
    t->per_sent = k[es].sent;
    t->per_tok = es;
    if (t->per_n == 3) {
        t->per_unit = U_QUARTER;
        t->per_val = y * 4 + m / 3 - 1;
        if (t->per_val <= default_quarter(t)) {
            t->report_q = t->per_val;
            if (t->first_q < 0) t->first_q = t->per_val;
        }
    } else {
        t->per_unit = U_SEMESTER;
        t->per_val = y * 2 + m / 6 - 1;
    }
}

/* Whether the sentence of tokens [a, b), or one of the two before it,
 * speaks of a quarter (the third quarter, third-quarter profit). */
static int quarter_sentence(const vl_timex_tagger *t, int a, int b) {
    const tx_tok *k = t->toks;
    int sent = k[a].sent;
    for (int i = a - 1; i >= 0 && k[i].sent >= sent - 2; i--)
        if (k[i].kind == TK_WORD && lex_value(t, &k[i], TC_UNIT) == U_QUARTER && (k[i].mask & (1ull << TC_UNIT)))
            return 1;
    for (int i = b; i < (int)t->ntoks && k[i].sent == sent; i++)
        if (k[i].kind == TK_WORD && lex_value(t, &k[i], TC_UNIT) == U_QUARTER && (k[i].mask & (1ull << TC_UNIT)))
            return 1;
    return 0;
}

/* Whether a word of comparison stands shortly before token es in its
 * sentence: "compared with $33 million last year", "up from last year's",
 * "contre 41 millions l'an dernier".  "last year" in a sentence about a
 * quarter is that quarter a year before only there (TempEval-3: 4 of the
 * 37 "last year"); elsewhere it is the year ("utilities, the best
 * performers of last year, lagged"; "520 millions d'euros l'an dernier"),
 * while "a year earlier", "a year ago" name the quarter anyway. */
static int compared_before(const tx_tok *k, int es) {
    static const char *const words[] = {"compared", "from", "against", "versus", "vs", "than", "over",
                                        "contre", "rapport", "comparé", "comparaison"};
    for (int i = es - 1; i >= 0 && i >= es - 8 && k[i].sent == k[es].sent; i--)
        for (size_t w = 0; w < sizeof words / sizeof *words; w++)
            if (key_is(&k[i], words[w])) return 1;
    return 0;
}

/* Whether the expression [es, ee) qualifies a quarter: "last year's
 * quarter", "last year's third quarter", "the quarter last year". */
static int quarter_beside(const vl_timex_tagger *t, int es, int ee) {
    const tx_tok *k = t->toks;
    if (es > 0 && k[es - 1].sent == k[es].sent && k[es - 1].kind == TK_WORD &&
        lex_value(t, &k[es - 1], TC_UNIT) == U_QUARTER && (k[es - 1].mask & (1ull << TC_UNIT)))
        return 1;
    if (ee >= (int)t->ntoks || strcmp(k[ee].key, "'s") != 0) return 0;
    for (int i = ee + 1; i < (int)t->ntoks && i <= ee + 3 && k[i].sent == k[ee].sent; i++)
        if (k[i].kind == TK_WORD && lex_value(t, &k[i], TC_UNIT) == U_QUARTER && (k[i].mask & (1ull << TC_UNIT)))
            return 1;
    return 0;
}

/* The month after "ended"/"ending" at token ee ("the quarter ended
 * Sept. 30"), or 0. */
static int ended_month(const vl_timex_tagger *t, const tx_tok *k, int ee) {
    if (ee + 2 >= (int)t->ntoks || (strcmp(k[ee].key, "ended") && strcmp(k[ee].key, "ending")) ||
        !(k[ee + 1].mask & (1ull << TC_MONTH)))
        return 0;
    return lex_value(t, &k[ee + 1], TC_MONTH);
}

/* The year, of the dispatch's and the two around it, whose month `mon`
 * begins nearest the dispatch date. */
static int nearest_year(const vl_timex_tagger *t, int mon) {
    int64_t ref = vl_timex_days(t->ref_y, t->ref_m, t->ref_d), best = -1;
    int year = t->ref_y;
    for (int y = t->ref_y - 1; y <= t->ref_y + 1; y++) {
        int64_t d = vl_timex_days(y, mon, 1) - ref;
        if (d < 0) d = -d;
        if (best < 0 || d < best) best = d, year = y;
    }
    return year;
}

/* Whether the expression starting at token es follows the last expression
 * found across a word that links the ends of a range or pair (au, et,
 * jusqu'à, to, and, a hyphen). */
static int range_link(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    if (t->last_end < 0) return 0;
    if (es == t->last_end) return (k[es].flags & TF_HYPH) != 0;
    if (es != t->last_end + 1 || k[es].sent != k[t->last_end].sent) return 0;
    return (k[t->last_end].mask & (1ull << TC_LINK)) != 0;
}

/* A range of weekdays followed by a range of clock times is a schedule,
 * every week: "open Monday through Friday from 9 a.m. to 8 p.m.",
 * "ouverte du lundi au vendredi de 9 h à 18 h" (the first end; the
 * second and the clock times follow it as sets).  Rewrites x, a bare
 * weekday at token es (ee = es + 1), so and returns 1. */
static int schedule_weekdays(const vl_timex_tagger *t, int es, int ee, vl_timex *x) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks;
    if (ee != es + 1 || ee + 3 >= n || !(k[es].mask & (1ull << TC_DOW)) || x->type != VL_TIMEX_DATE ||
        strlen(x->value) != 10 || !all_digits(x->value, 4))
        return 0;
    if (t->lang == TXL_EN) {
        if (!key_is(&k[ee], "through") && !key_is(&k[ee], "to") && !key_is(&k[ee], "thru")) return 0;
        if (!key_is(&k[ee + 2], "from") && !key_is(&k[ee + 2], "between")) return 0;
    } else if (t->lang == TXL_FR) {
        if (es < 1 || !key_is(&k[es - 1], "du") || !key_is(&k[ee], "au")) return 0;
        if (!key_is(&k[ee + 2], "de") && !key_is(&k[ee + 2], "entre") && !key_is(&k[ee + 2], "a") &&
            !key_is(&k[ee + 2], "des"))
            return 0;
    } else
        return 0;
    if (!(k[ee + 1].mask & (1ull << TC_DOW))) return 0;
    for (int i = es; i <= ee + 3; i++)
        if (k[i].sent != k[es].sent) return 0;
    if (!(k[ee + 3].mask & ((1ull << TC_CLOCK) | (1ull << TC_HOUR))) && !key_is(&k[ee + 3], "noon")) return 0;
    snprintf(x->value, sizeof x->value, "XXXX-WXX-%d", lex_value(t, &k[es], TC_DOW));
    x->type = VL_TIMEX_SET;
    return 1;
}

/* Whether a clock time starting at token es hangs on a weekday of every
 * week, the last expression found a word or two before it in its
 * sentence ("le samedi de 10 h à 13 h", "on Saturday mornings between 8
 * a.m. and noon"), or ends a range whose start is such a time: it is a
 * time of every such day (XXXX-XX-XXT10:00), not of a day told. */
static int after_weekday_set(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    if (!t->nout || t->last_end <= 0 || es < t->last_end || es - t->last_end > 2 ||
        k[t->last_end - 1].sent != k[es].sent)
        return 0;
    const vl_timex *p = &t->out[t->nout - 1];
    if (p->type == VL_TIMEX_SET && strncmp(p->value, "XXXX-WXX-", 9) == 0) return 1;
    return p->type == VL_TIMEX_TIME && strncmp(p->value, "XXXX-XX-XXT", 11) == 0 && range_link(t, es);
}

/* Whether the expression at token es closes a range ("et", "à") whose
 * first end, the last expression found (at prev_es), is a count of hours
 * (PT22H: clock_range reads it as a clock time) right after a weekday of
 * every week (SET XXXX-WXX-..., at most two tokens before it, ", entre"). */
static int range_after_weekday_set(const vl_timex_tagger *t, int prev_es, int es) {
    const tx_tok *k = t->toks;
    if (t->nout < 2 || prev_es < 1 || !range_link(t, es) || k[prev_es].sent != k[es].sent) return 0;
    const vl_timex *p = &t->out[t->nout - 1], *q = &t->out[t->nout - 2];
    if (p->type != VL_TIMEX_DURATION || strncmp(p->value, "PT", 2) != 0 || q->type != VL_TIMEX_SET ||
        strncmp(q->value, "XXXX-WXX-", 9) != 0)
        return 0;
    int j = prev_es - 1, between = 0;
    while (j >= 0 && k[j].start >= q->end && k[j].sent == k[prev_es].sent) j--, between++;
    return between <= 2 && j >= 0 && k[j].sent == k[prev_es].sent && k[j].end == q->end;
}

/* Whether the clock time at tokens [es, ee) opens a range of clock times
 * ("de 9 heures à 18 heures", "from 9 a.m. to 6 p.m.") told after a range
 * of days in its sentence ("du jeudi 21 au samedi 30 novembre", "from
 * March 3 to March 9"): the hours of every day of it, not of its last. */
static int days_then_hours(const vl_timex_tagger *t, int es, int ee) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks;
#define OPENER(x) (key_is(x, "de") || key_is(x, "from") || key_is(x, "entre") || key_is(x, "between"))
#define LINK(x) (key_is(x, "a") || key_is(x, "to") || key_is(x, "et") || key_is(x, "and"))
    if (es < 4) return 0;
    int op = -1;
    if (OPENER(&k[es - 1]) && ee + 1 < n && k[ee].sent == k[es].sent && LINK(&k[ee]) &&
        (k[ee + 1].kind == TK_NUM || (k[ee + 1].mask & (1ull << TC_CLOCK))))
        op = es - 1; /* the first end */
    else if (LINK(&k[es - 1]))
        for (int j = es - 3; j >= es - 5 && j >= 0 && k[j].sent == k[es].sent; j--)
            if (OPENER(&k[j]) && (k[j + 1].kind == TK_NUM || (k[j + 1].mask & (1ull << TC_CLOCK)))) {
                op = j; /* the second end, "de 9 heures à 18 heures" */
                break;
            }
#undef OPENER
#undef LINK
    if (op < 2) return 0;
    for (int j = op - 1; j >= 1 && k[j].sent == k[es].sent; j--) {
        if (!(k[j].mask & (1ull << TC_LINK)) || k[j].kind != TK_WORD) continue;
        const tx_tok *a = &k[j - 1], *b = &k[j + 1];
        int day_a = (a->mask & (1ull << TC_DOW)) || (a->kind == TK_NUM && a->num >= 1 && a->num <= 31 && a->ndig <= 2) ||
                    (a->mask & (1ull << TC_MONTH));
        int day_b = (b->mask & (1ull << TC_DOW)) || (b->kind == TK_NUM && b->num >= 1 && b->num <= 31 && b->ndig <= 2) ||
                    (b->mask & (1ull << TC_MONTH));
        if (day_a && day_b && j + 1 < op) return 1;
    }
    return 0;
}

/* The second end of a range or pair whose first end is a weekday of
 * every week is one too: "du lundi au vendredi", "le jeudi et dimanche
 * matin" (XXXX-WXX-5, XXXX-WXX-7TMO).  Rewrites x, a bare weekday (and
 * part of day) at tokens [es, ee), so and returns 1; else 0. */
static int weekday_set_end(const vl_timex_tagger *t, int es, int ee, vl_timex *x) {
    const tx_tok *k = t->toks;
    if (!t->nout || !range_link(t, es) || ee - es > 2) return 0;
    const vl_timex *p = &t->out[t->nout - 1];
    /* ... and so is a season after a season of every year ("each spring
     * and autumn": XXXX-FA) */
    if (ee - es == 1 && (k[es].mask & (1ull << TC_SEASON)) && p->type == VL_TIMEX_SET && strlen(p->value) == 7 &&
        strncmp(p->value, "XXXX-", 5) == 0 && !is_digit((unsigned char)p->value[5]) && x->type == VL_TIMEX_DATE &&
        strlen(x->value) == 7 && all_digits(x->value, 4)) {
        char sn[3] = {x->value[5], x->value[6], 0};
        snprintf(x->value, sizeof x->value, "XXXX-%s", sn);
        x->type = VL_TIMEX_SET;
        return 1;
    }
    if (!(k[es].mask & (1ull << TC_DOW))) return 0;
    if (p->type != VL_TIMEX_SET || strncmp(p->value, "XXXX-WXX-", 9) != 0) return 0;
    if (x->type != VL_TIMEX_DATE && x->type != VL_TIMEX_TIME) return 0;
    const char *v = x->value;
    if (!(all_digits(v, 4) && v[4] == '-' && all_digits(v + 5, 2) && v[7] == '-' && all_digits(v + 8, 2))) return 0;
    if (ee - es == 2 && !(k[es + 1].mask & (1ull << TC_POD))) return 0;
    if (k[es].mask & (1ull << TC_SEASON)) return 0;
    char pod[4] = "";
    if (v[10] == 'T' && !is_digit((unsigned char)v[11])) snprintf(pod, sizeof pod, "%.2s", v + 11);
    snprintf(x->value, sizeof x->value, "XXXX-WXX-%d%s%s", lex_value(t, &k[es], TC_DOW), pod[0] ? "T" : "", pod);
    x->type = VL_TIMEX_SET;
    return 1;
}

/* Whether the expression starting at token es is the second end of a
 * range or pair whose first end is the last expression found, a day:
 * "du samedi au dimanche", "de lundi à mercredi", "samedi et dimanche",
 * "samedi-dimanche", "from Friday to Monday", "Friday and Saturday".  With
 * no tense (or a future one), the two ends would each take the nearest
 * day and could fall on either side of the dispatch date; the second end
 * is rather the first such day after the first. */
/* Whether the expression starting at token es ends a span that a word
 * before it opens: "jusqu'à lundi", "jusqu'au 3 janvier", "until Jan. 3",
 * "through Wednesday".  Such a day is when something stops, not the day
 * the story is on. */
static int span_until(const vl_timex_tagger *t, int es) {
    if (es < 1) return 0;
    const tx_tok *p = &t->toks[es - 1];
    if (p->sent != t->toks[es].sent || p->kind != TK_WORD) return 0;
    if (strcmp(p->key, "jusqu'a") == 0 || strcmp(p->key, "jusqu'au") == 0 || strcmp(p->key, "until") == 0 ||
        strcmp(p->key, "till") == 0 || strcmp(p->key, "through") == 0)
        return 1;
    /* ("jusqu'au", "jusqu'aux": the elided "jusqu'" is a token of its own) */
    return es >= 2 && (strcmp(p->key, "au") == 0 || strcmp(p->key, "aux") == 0 || strcmp(p->key, "a") == 0) &&
           key_is(&t->toks[es - 2], "jusqu'");
}

/* "les départs de 8 heures et de 18 heures", "aux trains de 7 h 15":
 * hours after "de" and a plural noun of what leaves or starts at set
 * hours are the clock times of every day (batch 6's timetable hours,
 * XXXX-XX-XXT08:00), not durations; the second of a pair after "et de"
 * too.  A singular ("le train de 8 heures") is one day's, left alone; a
 * strike or a custody of 24 or 48 hours is no such noun. */
static void schedule_hour(const vl_timex_tagger *t, int es, vl_timex *x) {
    static const char *const nouns[] = {"departs", "trains", "vols", "navettes", "rotations", "bateaux",
                                        "traversees", "messes", "seances", "cars", "bus", "arrivees"};
    const tx_tok *k = t->toks;
    if (t->lang != TXL_FR || x->type != VL_TIMEX_DURATION || es < 2 || !key_is(&k[es - 1], "de") ||
        k[es - 2].sent != k[es].sent || strncmp(x->value, "PT", 2) != 0 || !(k[es].mask & (1ull << TC_NUM)) ||
        k[es].num < 0 || k[es].num > 23)
        return;
    int j = es - 2;
    /* ("... de 8 heures et de 18 heures": back over the first hour) */
    if (key_is(&k[j], "et") && t->nout > 0 && t->out[t->nout - 1].type == VL_TIMEX_TIME &&
        strncmp(t->out[t->nout - 1].value, "XXXX-XX-XXT", 11) == 0 && j >= 3 && key_is(&k[j - 3], "de"))
        j -= 4;
    if (j < 0 || k[j].sent != k[es].sent || k[j].kind != TK_WORD) return;
    int hit = 0;
    for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
        if (key_is(&k[j], nouns[i])) hit = 1;
    if (!hit) return;
    int h = 0, m = 0;
    if (sscanf(x->value, "PT%dH%dM", &h, &m) < 1 || h < 0 || h > 23 || m < 0 || m > 59) return;
    snprintf(x->value, sizeof x->value, "XXXX-XX-XXT%02d:%02d", h, m);
    x->type = VL_TIMEX_TIME;
    x->mod[0] = 0;
}

/* Whether the date starting at token es starts a span: "à partir du
 * samedi 3 juillet", "à compter de lundi", "starting Monday",
 * "beginning July 1" (the first day of what follows, not its only one). */
static int span_from(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    if (es < 1 || k[es - 1].sent != k[es].sent || k[es - 1].kind != TK_WORD) return 0;
    if (key_is(&k[es - 1], "starting") || key_is(&k[es - 1], "beginning")) return 1;
    return es >= 2 && k[es - 2].sent == k[es].sent &&
           (key_is(&k[es - 1], "du") || key_is(&k[es - 1], "de") || key_is(&k[es - 1], "d'")) &&
           (key_is(&k[es - 2], "partir") || key_is(&k[es - 2], "compter"));
}

/* Whether the clock time starting at token es is the speaker's present
 * clock: "Il est 8 h 04", "où il est 4 heures", "It's 7:20", "it is now
 * 5 a.m." (an adverb may stand between).  That is the hour it is now,
 * on the dispatch's day, whatever day the text named before it. */
static int present_clock(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    int j = es - 1;
    while (j >= 0 && k[j].sent == k[es].sent && k[j].kind == TK_WORD &&
           (strcmp(k[j].key, "now") == 0 || strcmp(k[j].key, "already") == 0 || strcmp(k[j].key, "just") == 0 ||
            strcmp(k[j].key, "almost") == 0 || strcmp(k[j].key, "nearly") == 0 || strcmp(k[j].key, "exactly") == 0 ||
            strcmp(k[j].key, "maintenant") == 0 || strcmp(k[j].key, "deja") == 0 ||
            strcmp(k[j].key, "exactement") == 0 || strcmp(k[j].key, "presque") == 0))
        j--;
    if (j < 1 || k[j].sent != k[es].sent || k[j - 1].sent != k[es].sent) return 0;
    return (key_is(&k[j], "est") && key_is(&k[j - 1], "il")) ||
           ((key_is(&k[j], "'s") || key_is(&k[j], "is")) && key_is(&k[j - 1], "it"));
}

/* Whether the clock time at token es is written on a 24-hour dial: a
 * leading zero or four digits in a row ("0830 GMT", "08:30"). */
static int clock24(const vl_timex_tagger *t, int es) {
    const char *p = t->text + t->toks[es].start;
    size_t left = t->len - t->toks[es].start;
    if (left >= 1 && p[0] == '0') return 1;
    return left >= 4 && is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]) && is_digit(p[3]);
}

/* Whether token j is written in capitals: a word with an upper-case
 * letter and no lower-case one (ASCII; accented letters neither), or a
 * number. */
static int caps_tok(const vl_timex_tagger *t, int j) {
    const tx_tok *k = &t->toks[j];
    if (k->kind == TK_NUM) return 1;
    if (k->kind != TK_WORD) return 0;
    int upper = 0;
    for (uint32_t b = k->start; b < k->end; b++) {
        char ch = t->text[b];
        if (ch >= 'a' && ch <= 'z') return 0;
        upper |= ch >= 'A' && ch <= 'Z';
    }
    return upper;
}

/* Whether the expression [es, ee) is part of a programme's name in a
 * slug line of capitals that opens its line and ends at a colon on it
 * ("ABC WORLD NEWS TONIGHT: ...", "CNN SATURDAY MORNING: ...", "RFI,
 * JOURNAL DE 18 HEURES : ..."): the show, not a time of the story.  At
 * least one other word in capitals stands beside it. */
static int caps_slug(const vl_timex_tagger *t, int es, int ee) {
    const tx_tok *k = t->toks;
    int others = 0;
    for (int j = es; j < ee; j++)
        if (!caps_tok(t, j)) return 0;
    /* token by token to the line's ends (a newline in the gap between two
     * tokens), not by scanning the text: a year in a long paragraph is
     * all capitals too */
    for (int j = es - 1; j >= 0 && !memchr(t->text + k[j].end, '\n', k[j + 1].start - k[j].end); j--) {
        if (caps_tok(t, j)) others += k[j].kind == TK_WORD;
        else if (!(k[j].kind == TK_PUNCT && strcmp(k[j].key, ",") == 0)) return 0;
    }
    for (int j = ee; j < (int)t->ntoks && !memchr(t->text + k[j - 1].end, '\n', k[j].start - k[j - 1].end); j++) {
        if (k[j].kind == TK_PUNCT && strcmp(k[j].key, ":") == 0) return others > 0;
        if (!caps_tok(t, j)) return 0;
        others += k[j].kind == TK_WORD;
    }
    return 0;
}

/* The part of day (POD_AF, POD_EV, POD_NI) a bare clock time at token es
 * is in: the last time expression of its sentence before it, when that
 * names the afternoon, evening or night; or, for the newsreader's clock
 * (present_clock), "good afternoon" / "good evening" in its sentence or
 * the one before.  0 when none. */
static int context_pod(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    int s0 = es;
    while (s0 > 0 && k[s0 - 1].sent == k[es].sent) s0--;
    for (size_t o = t->nout; o-- > 0 && t->out[o].start >= k[s0].start;) {
        const char *v = t->out[o].value;
        size_t n = strlen(v);
        /* (a set of parts of day too: "every evening at 6:30") */
        if (t->out[o].type != VL_TIMEX_TIME && t->out[o].type != VL_TIMEX_SET) continue;
        if (n >= 13 && v[n - 3] == 'T') {
            if (strcmp(v + n - 2, "AF") == 0) return POD_AF;
            if (strcmp(v + n - 2, "EV") == 0) return POD_EV;
            if (strcmp(v + n - 2, "NI") == 0) return POD_NI;
        }
        break; /* (the nearest time expression only) */
    }
    if (!present_clock(t, es)) return 0;
    for (int j = es - 1; j > 0 && k[j].sent >= k[es].sent - 1; j--)
        if (key_is(&k[j - 1], "good")) {
            if (key_is(&k[j], "afternoon")) return POD_AF;
            if (key_is(&k[j], "evening")) return POD_EV;
        }
    return 0;
}

static int range_end(const vl_timex_tagger *t, int es) { return t->last_day >= 0 && range_link(t, es); }

/* Whether a word of what a company reports (results, earnings...) stands
 * right beside the period at tokens [es, ee): "fourth-quarter results",
 * "its first-half earnings", "results for the fourth quarter". */
static int report_near(const vl_timex_tagger *t, int es, int ee) {
    const tx_tok *k = t->toks;
    for (int j = ee; j < (int)t->ntoks && j < ee + 2 && k[j].sent == k[ee - 1].sent; j++)
        if (k[j].mask & (1ull << TC_REPORT)) return 1;
    for (int j = es - 1; j >= 0 && j >= es - 3 && k[j].sent == k[es].sent; j--)
        if (k[j].mask & (1ull << TC_REPORT)) return 1;
    return 0;
}

/* The quarter (year * 4 + quarter - 1) that "the quarter" names when the
 * text has named none it reports on: the last one ended, but in the final
 * week of a quarter the one ending ("stocks rose 9% over the quarter",
 * told on March 31, is the first quarter: results for the one before
 * are out by then). */
static int default_quarter(const vl_timex_tagger *t) {
    int cur = t->ref_y * 4 + (t->ref_m - 1) / 3, end_m = ((t->ref_m - 1) / 3 + 1) * 3;
    int64_t left = vl_timex_days(t->ref_y, end_m, vl_timex_month_days(t->ref_y, end_m)) -
                   vl_timex_days(t->ref_y, t->ref_m, t->ref_d);
    return left < 7 ? cur : cur - 1;
}

/* The year of the period ending with month end_month (a quarter, a
 * half) when that period ended within the 120 days before the dispatch
 * date, the time companies take to report on it; else 0. */
static int reported_year(const vl_timex_tagger *t, int end_month) {
    int y = end_month < t->ref_m ? t->ref_y : t->ref_y - 1;
    int64_t since = vl_timex_days(t->ref_y, t->ref_m, t->ref_d) -
                    vl_timex_days(y, end_month, vl_timex_month_days(y, end_month));
    return since > 0 && since <= 120 ? y : 0;
}

/* Whether the sentence of token i tells a repeated time: "chaque
 * mercredi", "every day", "tous les jours", "on Sundays" (a set word
 * before a unit, a weekday or a part of day, or a plural weekday).  A
 * clock time with no day of its own there is a time of every such day. */
/* (not across a quotation mark: a habit the quoted speaker tells, "« Il
 * regrette chaque jour ... », a déclaré son avocat vers 22 h 15", is not
 * the attribution's) */
static int set_sentence(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks, sent = k[i].sent, a = i, b = i;
    while (a > 0 && k[a - 1].sent == sent && !(quote_mark(&k[a - 1]) && speech_quote(t, a - 1))) a--;
    while (b + 1 < n && k[b + 1].sent == sent && !(quote_mark(&k[b + 1]) && speech_quote(t, b + 1))) b++;
    for (int j = a; j <= b; j++) {
        if (k[j].mask & (1ull << TC_DOWS)) return 1;
        /* the adverb "daily", "nightly" before a clock's preposition ("on
         * view daily from 10 a.m. to 5 p.m."; not the adjective, "daily
         * trading") */
        if ((key_is(&k[j], "daily") || key_is(&k[j], "nightly")) && j < b &&
            (key_is(&k[j + 1], "from") || key_is(&k[j + 1], "at") || key_is(&k[j + 1], "between")))
            return 1;
        /* ... or right after a clock time ("open until 10 p.m. daily") */
        if ((key_is(&k[j], "daily") || key_is(&k[j], "nightly")) && j > a && (k[j - 1].mask & (1ull << TC_AMPM)))
            return 1;
        int u = -1; /* the token after the set word(s) */
        if ((k[j].mask & (1ull << TC_SETW)) && j < b) u = j + 1;
        else if (j + 2 <= b && (key_is(&k[j], "tous") || key_is(&k[j], "toutes")) && key_is(&k[j + 1], "les")) u = j + 2;
        if (u < 0) continue;
        if (u < b && (k[u].mask & ((1ull << TC_NUM) | (1ull << TC_NUMW)))) u++;
        if (k[u].mask & ((1ull << TC_DOW) | (1ull << TC_DOWS) | (1ull << TC_POD))) return 1;
        /* ... and the plural parts of day a set takes: "tous les soirs
         * après minuit" (the set rule's words) */
        if (key_is(&k[u], "soirs") || key_is(&k[u], "matins") || key_is(&k[u], "nuits")) return 1;
        /* a unit of a day or more: "every 20 minutes" is a rate within
         * the day, its clock times a day's ("Classes will start at 8:15
         * a.m. and buses will run every 20 minutes") */
        if (k[u].mask & ((1ull << TC_UNIT) | (1ull << TC_UNITS))) {
            int v = lex_value(t, &k[u], (k[u].mask & (1ull << TC_UNIT)) ? TC_UNIT : TC_UNITS);
            if (v != U_HOUR && v != U_MINUTE && v != U_SECOND) return 1;
        }
    }
    return 0;
}

/* Whether the clock time at token es bounds the window of a rate within
 * the day told before it in its sentence: "des bus circuleront toutes les
 * dix minutes de 5 h 30 à minuit", "trains run every 20 minutes from 6
 * a.m. to midnight" are the hours of every day the service runs (a
 * point, "start at 8:15 a.m. and buses will run every 20 minutes", stays
 * the day's). */
static int rate_window(const vl_timex_tagger *t, int es) {
    const tx_tok *k = t->toks;
    int sent = k[es].sent;
    if (es < 1 || k[es - 1].sent != sent) return 0;
    const char *p = k[es - 1].key;
    if (strcmp(p, "de") && strcmp(p, "from") && strcmp(p, "a") && strcmp(p, "to") && strcmp(p, "between") &&
        strcmp(p, "and") && strcmp(p, "et"))
        return 0;
    for (int j = es - 2; j >= 0 && j >= es - 12 && k[j].sent == sent; j--) {
        int u = -1;
        if (k[j].mask & (1ull << TC_SETW)) u = j + 1;
        else if (j >= 1 && (key_is(&k[j - 1], "tous") || key_is(&k[j - 1], "toutes")) && key_is(&k[j], "les")) u = j + 1;
        if (u < 0 || u >= es) continue;
        if (u + 1 < es && (k[u].mask & ((1ull << TC_NUM) | (1ull << TC_NUMW)))) u++;
        if (k[u].mask & ((1ull << TC_UNIT) | (1ull << TC_UNITS))) {
            int v = lex_value(t, &k[u], (k[u].mask & (1ull << TC_UNIT)) ? TC_UNIT : TC_UNITS);
            if (v == U_HOUR || v == U_MINUTE) return 1;
        }
    }
    return 0;
}

/* Whether the month or season at tokens [es, ee), named alone (no year,
 * no last/next/this), stands in a sentence that tells a habit: a set
 * ("chaque année", "every week") or, when it has no modifier (mod), an
 * adverb of habit ("usually", "généralement"). */
/* Whether the words from token i are a singular copula a bare year is
 * the subject of: "« 2007 a été une très bonne année", "2029 sera",
 * "2026 was a record year", "2030 has been" (not a plural: "2000 were
 * arrested" is a count). */
static int year_copula(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks;
    if (i >= n || i == 0 || k[i].sent != k[i - 1].sent || k[i].kind != TK_WORD) return 0;
    int two = i + 1 < n && k[i + 1].sent == k[i].sent;
    if (t->lang == TXL_FR)
        return key_is(&k[i], "est") || key_is(&k[i], "fut") || key_is(&k[i], "sera") || key_is(&k[i], "restera") ||
               key_is(&k[i], "etait") ||
               (two && key_is(&k[i + 1], "ete") &&
                (key_is(&k[i], "a") || key_is(&k[i], "avait") || key_is(&k[i], "aura")));
    return key_is(&k[i], "was") || key_is(&k[i], "is") ||
           (two && key_is(&k[i + 1], "been") && (key_is(&k[i], "has") || key_is(&k[i], "had"))) ||
           (two && key_is(&k[i], "will") && key_is(&k[i + 1], "be"));
}

/* Whether the bare month at [es, ee) is a bound of a range of two bare
 * months ("from March to November", "between May and August") in an
 * English sentence that names no year nor day: told in a present clause,
 * the months of every year ("ticks are active from March to November";
 * batches 18 and 19 read such seasons as sets).  English only. */
static int month_range(const vl_timex_tagger *t, int es, int ee) {
    const tx_tok *k = t->toks;
    int n = (int)t->ntoks, sent = k[es].sent;
    if (t->lang != TXL_EN || ee != es + 1 || !(k[es].mask & (1ull << TC_MONTH))) return 0;
    int first;
    if (es >= 1 && (key_is(&k[es - 1], "from") || key_is(&k[es - 1], "between")) && ee + 1 < n &&
        k[ee + 1].sent == sent && (k[ee + 1].mask & (1ull << TC_MONTH)) &&
        (key_is(&k[ee], key_is(&k[es - 1], "from") ? "to" : "and") || key_is(&k[ee], "through")))
        first = es - 1;
    else if (es >= 3 && (k[es - 2].mask & (1ull << TC_MONTH)) &&
             (((key_is(&k[es - 1], "to") || key_is(&k[es - 1], "through")) && key_is(&k[es - 3], "from")) ||
              (key_is(&k[es - 1], "and") && key_is(&k[es - 3], "between"))))
        first = es - 3;
    else
        return 0;
    /* (the month bound must stand alone: not "from March 3 to 9") */
    int last = first + 4;
    if (last < n && k[last].sent == sent && (k[last].kind == TK_NUM || (k[last].mask & (1ull << TC_YEAR)))) return 0;
    /* the range must hold the dispatch's month: a season in force, told
     * in the present, is a yearly one; a range wholly to come or gone
     * is one year's plan or record ("beans are available for shipment
     * from May to July" in March) */
    int m1 = lex_value(t, &k[first + 1], TC_MONTH), m2 = lex_value(t, &k[first + 3], TC_MONTH);
    if (m1 < 1 || m2 < 1 || (m1 <= m2 ? !(t->ref_m >= m1 && t->ref_m <= m2) : !(t->ref_m >= m1 || t->ref_m <= m2)))
        return 0;
    /* no year nor date in the sentence: "between May and August 2024",
     * "In 2019, sales rose from March to June" are of one year */
    int a = es;
    while (a > 0 && k[a - 1].sent == sent) a--;
    for (int j = a; j < n && k[j].sent == sent; j++)
        if ((k[j].kind == TK_NUM && k[j].ndig == 4) || (k[j].mask & ((1ull << TC_REL) | (1ull << TC_PAST) | (1ull << TC_NEXT) | (1ull << TC_THIS))))
            return 0;
    return 1;
}

static int generic_period(const vl_timex_tagger *t, int es, int ee, int mod) {
    const tx_tok *k = t->toks;
    const uint64_t deixis = (1ull << TC_REL) | (1ull << TC_PAST) | (1ull << TC_NEXT) | (1ull << TC_THIS);
    for (int j = es; j < ee; j++)
        if (k[j].kind == TK_NUM || (k[j].mask & deixis)) return 0;
    if (ee < (int)t->ntoks && k[ee].sent == k[es].sent && (k[ee].kind == TK_NUM || (k[ee].mask & deixis))) return 0;
    /* the second end of a pair or range whose first is dated: "des cas
     * en décembre 2001 et janvier", "from May 2030 to August" (batch 25) */
    if (t->nout > 0 && range_link(t, es) && t->out[t->nout - 1].type == VL_TIMEX_DATE &&
        all_digits(t->out[t->nout - 1].value, 4))
        return 0;
    /* a bound of what happens once ("every month since July", "chaque
     * jour jusqu'à la mi-octobre", "drops off after mid-January") */
    static const char *const bound[] = {"since", "until", "till", "after", "before", "by", "depuis", "jusqu'",
                                        "jusqu'a", "jusqu'au", "apres", "avant", "d'ici", "la", "l'", "a", "the"};
    const size_t nb = sizeof bound / sizeof bound[0];
    for (int j = ee - 1; j >= 0 && j >= es - 3 && k[j].sent == k[es].sent; j--) {
        size_t h = 0;
        while (h < nb && !key_is(&k[j], bound[h])) h++;
        if (h < nb - 4) return 0; /* (la, l', à, the are passed over) */
        /* (and an adverb makes no habit of a part of a season or month:
         * "cases usually peak in late summer" is this year's late
         * summer, as batch 6 reads it) */
        if (k[j].mask & (1ull << TC_MOD)) mod = 1;
        else if (h == nb && j < es && !(k[j].kind == TK_PUNCT && strcmp(k[j].key, "-") == 0)) break;
    }
    if (set_sentence(t, es)) return 1;
    if (mod) return 0;
    if (month_range(t, es, ee)) return 1;
    /* an adverb of habit (CTX_HABIT; "ordinaire" only in "d'ordinaire") */
    int n = (int)t->ntoks, sent = k[es].sent, a = es;
    while (a > 0 && k[a - 1].sent == sent) a--;
    for (int j = a; j < n && k[j].sent == sent; j++)
        if ((k[j].mask & (1ull << TC_CTX)) && (ctx_flags(t, &k[j]) & CTX_HABIT) &&
            (!key_is(&k[j], "ordinaire") || (j > 0 && key_is(&k[j - 1], "d'"))))
            return 1;
    return 0;
}

/* Whether k is a French preposition that may stand before a clock time
 * (à, vers, dès, avant, après, jusqu'à, depuis, de, entre, pour). */
static int time_prep(const tx_tok *k) {
    return k->kind == TK_WORD && (k->mask & (1ull << TC_TPREP));
}

/* A race or record time at tokens [es, ee): numbers each followed by
 * "h", "min" (or "mn") or "s", a last number alone the seconds after
 * minutes ("2 h 01 min 09") or the hundredths after seconds ("9 s 58").  Writes the duration (PT2H6M12S, PT9.58S) into o and returns
 * 1; 0 when the tokens are no such time. */
static int race_time(const vl_timex_tagger *t, int es, int ee, vl_timex *o) {
    const tx_tok *k = t->toks;
    char buf[sizeof o->value];
    size_t n = (size_t)snprintf(buf, sizeof buf, "PT");
    int units = 0, last = 0; /* last: 1 hours, 2 minutes, 3 seconds */
    /* a race gap in fractions of a second: "18 centièmes" (PT0.18S),
     * "trois dixièmes" (PT0.3S) */
    if (ee == es + 2 && (k[es].flags & TF_NUMV) && k[es].num >= 1) {
        int digits = key_is(&k[es + 1], "dixiemes") ? 1 : key_is(&k[es + 1], "centiemes") ? 2
                     : key_is(&k[es + 1], "milliemes") ? 3 : 0;
        int lim = digits == 1 ? 10 : digits == 2 ? 100 : 1000;
        if (digits && k[es].num < lim) {
            snprintf(o->value, sizeof o->value, "PT0.%0*dS", digits, (int)k[es].num);
            o->type = VL_TIMEX_DURATION;
            o->mod[0] = 0;
            return 1;
        }
    }
    for (int i = es; i < ee; i += 2) { /* a number and its unit */
        if (k[i].kind != TK_NUM || !(k[i].flags & TF_NUMV) || k[i].ndig > 3) return 0;
        if (i + 1 >= ee) { /* seconds after the minutes ("2 h 01 min 09"), hundredths after the seconds ("9 s 58") */
            if (last == 2 && k[i].num <= 59) {
                n += (size_t)snprintf(buf + n, sizeof buf - n, "%dS", (int)k[i].num);
                units++;
                break;
            }
            if (last != 3 || k[i].ndig > 2 || n < 2 || buf[n - 1] != 'S') return 0;
            n--;
            n += (size_t)snprintf(buf + n, sizeof buf - n, ".%0*dS", (int)k[i].ndig, (int)k[i].num);
            break;
        }
        const char *u = k[i + 1].key;
        int unit = strcmp(u, "h") == 0 ? 1 : strcmp(u, "min") == 0 || strcmp(u, "mn") == 0 ? 2 : strcmp(u, "s") == 0 ? 3 : 0;
        if (unit <= last || (unit > 1 && k[i].num > 59 && units)) return 0;
        if (n >= sizeof buf - 16) return 0;
        if (k[i].fdig && unit != 3) return 0;
        if (k[i].fdig) /* "9,58 s" */
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%d.%0*dS", (int)k[i].num, (int)k[i].fdig, (int)k[i].d);
        else
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%d%c", (int)k[i].num, "HMS"[unit - 1]);
        last = unit;
        units++;
    }
    if (!units || n >= sizeof buf) return 0;
    memcpy(o->value, buf, n + 1);
    o->type = VL_TIMEX_DURATION;
    o->mod[0] = 0;
    return 1;
}

/* "two hours 40 minutes", "huit ans et neuf mois", "3 years and 2
 * months": counts of units from the largest down, "and" or "et" between
 * them, one duration (PT2H40M, P8Y9M); 0 when [es, ee) is not such a
 * sequence (units out of order, or one that has no ISO letter). */
static int compound_duration(const vl_timex_tagger *t, int es, int ee, vl_timex *o) {
    static const char letter[] = {[U_YEAR] = 'Y', [U_MONTH] = 'M', [U_WEEK] = 'W', [U_DAY] = 'D',
                                  [U_HOUR] = 'H', [U_MINUTE] = 'M', [U_SECOND] = 'S'};
    const tx_tok *k = t->toks;
    char buf[sizeof o->value];
    size_t n = (size_t)snprintf(buf, sizeof buf, "P");
    int pairs = 0, last = 0, timed = 0;
    for (int i = es; i < ee;) {
        /* the rules put only "and" or "et" between counts (TC_COORD) */
        if (pairs && ((k[i].kind == TK_WORD && (k[i].mask & (1ull << TC_COORD))) ||
                      (k[i].kind == TK_PUNCT && strcmp(k[i].key, ",") == 0))) {
            i++;
            continue;
        }
        if (i + 1 >= ee) return 0;
        int v;
        if ((k[i].flags & TF_NUMV) && (k[i].kind == TK_NUM || (k[i].mask & (1ull << TC_NUM))))
            v = k[i].num; /* digits, or number words merged (tokenize) */
        else if (i == es && k[i].kind == TK_WORD)
            v = 1; /* the article the rules allow first: "an hour and 20 minutes" */
        else
            return 0;
        const tx_tok *u = &k[i + 1];
        int unit = (u->mask & (1ull << TC_UNIT))    ? lex_value(t, u, TC_UNIT)
                   : (u->mask & (1ull << TC_UNITS)) ? lex_value(t, u, TC_UNITS)
                                                    : 0;
        if (unit < U_YEAR || unit > U_SECOND || unit <= last || v < 0) return 0;
        /* each count after the first fits in the unit before it: "quatre
         * ans et 18 mois" are two sentences told together */
        if (last && v >= (unit == U_MONTH ? 12 : unit == U_WEEK ? 53 : unit == U_HOUR ? 24
                          : unit == U_DAY ? (last == U_YEAR ? 366 : last == U_MONTH ? 31 : 7) : 60))
            return 0;
        if (unit >= U_HOUR && !timed) {
            if (n + 1 >= sizeof buf) return 0;
            buf[n++] = 'T';
            timed = 1;
        }
        /* a decimal count is of seconds, the last unit: "3 minutes 54.02 seconds" */
        if (k[i].fdig && unit != U_SECOND) return 0;
        int w = k[i].fdig ? snprintf(buf + n, sizeof buf - n, "%d.%0*dS", v, (int)k[i].fdig, (int)k[i].d)
                          : snprintf(buf + n, sizeof buf - n, "%d%c", v, letter[unit]);
        if (w < 0 || (size_t)w >= sizeof buf - n) return 0;
        n += (size_t)w;
        last = unit;
        pairs++;
        i += 2;
    }
    if (pairs < 2) return 0;
    memcpy(o->value, buf, n + 1);
    o->type = VL_TIMEX_DURATION;
    o->mod[0] = 0;
    return 1;
}

/* Whether "a|an UNIT" at tokens [a, b) ends a rate ("$21 an hour",
 * "50,000 barrels a day", "eight meetings a year", "5 pct a month"): a
 * number stands at most three tokens before it, with only plural nouns,
 * quantity words (mln, pct) or '%' between, and no word after it makes
 * the unit a span of its own ("a year ago", "a year earlier", "a
 * week-long", "a year of talks").  A four-digit year is no count ("in
 * 1986 a year"). */
static int rate_context(const vl_timex_tagger *t, int a, int b) {
    const tx_tok *k = t->toks;
    if (b < (int)t->ntoks && k[b].sent == k[a].sent) {
        if (k[b].flags & TF_HYPH) return 0; /* "a year-long", "an hour-by-hour" */
        /* (but "after"/"before" a count, not a year, is no span's: "11
         * hours of driving a day after 10 consecutive hours off duty") */
        if ((ctx_flags(t, &k[b]) & CTX_NOTRATE) &&
            !((key_is(&k[b], "after") || key_is(&k[b], "before")) && b + 1 < (int)t->ntoks &&
              k[b + 1].sent == k[a].sent && (k[b + 1].kind == TK_NUM || (k[b + 1].mask & (1ull << TC_NUM))) &&
              !(k[b + 1].mask & (1ull << TC_YEAR)) && !key_is(&k[b + 1], "a") && !key_is(&k[b + 1], "an")))
            return 0;
    }
    /* (the counted things may be two plural nouns joined by and/or, each
     * with one adjective: "about 20 typhoons and tropical storms a year") */
    /* (and what they are counted in may follow "of": "50,000 barrels of
     * oil a day", "11 hours of driving a day", "thousands of dollars a
     * week": once, one or two plain lower-case words after "of") */
    int plural = 0, span = 3, crossed = 0, per = 0;
    const uint64_t plain = (1ull << TC_LIT) | VOCAB_CLASSES;
    for (int j = a - 1; j >= 0 && j >= a - span && k[j].sent == k[a].sent; j--) {
        const tx_tok *x = &k[j];
        int was_plural = plural;
        plural = 0;
        /* (and what the amount is per may stand between, once: "$2,100
         * per student a year", "$40 per person a day") */
        if (!per && j >= 2 && x->kind == TK_WORD && !(x->flags & TF_CAP) && !(x->mask & ~plain) &&
            key_is(&k[j - 1], "per")) {
            per = 1;
            span += 2;
            j--;
            continue;
        }
        if (!crossed && j >= 2 && x->kind == TK_WORD && !(x->flags & TF_CAP) && !(x->mask & ~plain)) {
            int o = key_is(&k[j - 1], "of") ? j - 1 : -1;
            if (o < 0 && j >= 3 && key_is(&k[j - 2], "of") && k[j - 1].kind == TK_WORD && !(k[j - 1].flags & TF_CAP) &&
                !(k[j - 1].mask & ~plain))
                o = j - 2;
            if (o > 0 && k[o - 1].sent == k[a].sent) {
                crossed = 1;
                span = a - o + 3;
                j = o;
                continue;
            }
        }
        if (crossed && x->kind == TK_WORD && x->klen > 4 && x->key[x->klen - 1] == 's') {
            /* the count itself: "thousands", "millions" (of dollars) */
            if ((x->mask & (1ull << TC_QTY)) || has_class(t, x->key, x->klen - 1, TC_NUMW)) return 1;
            if (x->mask & (1ull << TC_UNITS)) continue; /* "11 hours" (of driving) */
        }
        if (x->kind == TK_NUM) return !(x->ndig == 4 && (x->mask & (1ull << TC_YEAR)));
        if (was_plural && x->kind == TK_WORD && (key_is(x, "and") || key_is(x, "or")) && span < 7) {
            span += 3;
            continue;
        }
        if (was_plural && x->kind == TK_WORD && x->klen >= 3 && !(x->flags & TF_CAP) && span < 7 && j > 0 &&
            !(x->mask & ~((1ull << TC_LIT) | VOCAB_CLASSES)) && (key_is(&k[j - 1], "and") || key_is(&k[j - 1], "or"))) {
            plural = 1; /* the adjective of the second noun: "tropical storms" */
            continue;
        }
        if (x->kind == TK_OTHER && is_digit((unsigned char)t->text[x->start])) return 1; /* 40,000 or 1.5 */
        if ((x->mask & (1ull << TC_NUM)) && strcmp(x->key, "a") != 0 && strcmp(x->key, "an") != 0) return 1;
        if (x->kind == TK_WORD && (x->mask & (1ull << TC_QTY))) continue;
        if (x->kind == TK_PUNCT && strcmp(x->key, "%") == 0) continue;
        if (x->kind == TK_WORD && x->klen >= 3 && x->key[x->klen - 1] == 's' && x->key[x->klen - 2] != 's' &&
            !(x->mask & ~((1ull << TC_LIT) | VOCAB_CLASSES))) {
            plural = 1;
            continue; /* a plural noun of no time class: "meetings", "barrels" */
        }
        return 0;
    }
    return 0;
}

/* Moves the day of a dated value (2025-12-31, 2025-12-31TNI) by `days`,
 * keeping what follows the day: "la nuit de mercredi à jeudi" is resolved
 * as Thursday, the day it ends, and is the night of the day before. */
static void shift_value_day(vl_timex *x, int days) {
    const char *v = x->value;
    if (strlen(v) < 10 || !all_digits(v, 4) || v[4] != '-' || !all_digits(v + 5, 2) || v[7] != '-' ||
        !all_digits(v + 8, 2))
        return;
    int y, m, d;
    vl_timex_civil(vl_timex_days(value_int(v), value_int(v + 5), value_int(v + 8)) + days, &y, &m, &d);
    char day[16];
    snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
    memcpy(x->value, day, 10);
}

/* The token after the time zone that follows a live report's stamp at j
 * ("7:30 p.m. ET –", "9:20 a.m. MDT –"): a zone word of the lexicon or
 * an abbreviation of two to four capitals ending in T (ET, CET, BST), at
 * most two words of the stamp's line; j when there is none. */
static int stamp_zone(const vl_timex_tagger *t, int j) {
    int z = j;
    for (; z < (int)t->ntoks && z < j + 2; z++) {
        const tx_tok *w = &t->toks[z];
        if (w->kind != TK_WORD || (w->flags & TF_BREAK) || (z > 0 && w->sent != t->toks[z - 1].sent)) break;
        if (w->mask & (1ull << TC_ZONE)) continue;
        size_t n = w->end - w->start;
        const char *s = t->text + w->start;
        int caps = n >= 2 && n <= 4 && s[n - 1] == 'T';
        for (size_t i = 0; caps && i < n; i++) caps = s[i] >= 'A' && s[i] <= 'Z';
        if (!caps) break;
    }
    return z;
}

/* "un an plus tôt", "trois ans auparavant", "deux jours plus tard" (a
 * K_AGO or K_LATER rule marked RF_ANAPH, sign -1 or +1): the last date the
 * text told, shifted by the count, at that date's precision ("en mars
 * 2024 ... un an plus tôt": 2023-03; after a day, the day).  Writes o and
 * returns 1; returns 0 when the text told no date precise enough for the
 * unit (a year for years, a month for months, a day for days and weeks)
 * and the count goes back, to count from the dispatch as "il y a" does;
 * -1 when the match is none of these: "plus tard" with no such date
 * counts a span (the duration), hours and minutes stay durations ("une
 * heure plus tard"), and "deux ans plus tôt que prévu" is a comparison. */
static int story_shift(const vl_timex_tagger *t, const tx_fields *f, int sign, int ee, vl_timex *o) {
    static const int months_of[] = {[U_YEAR] = 12, [U_MONTH] = 1, [U_QUARTER] = 3, [U_SEMESTER] = 6,
                                    [U_DECADE] = 120, [U_CENTURY] = 1200};
    if (ee < (int)t->ntoks && t->toks[ee].sent == t->toks[ee - 1].sent &&
        (strcmp(t->toks[ee].key, "que") == 0 || strcmp(t->toks[ee].key, "qu'") == 0))
        return -1;
    if (f->n < 1 || f->n > 10000 || f->half) return -1;
    int weekend = f->unit == U_WEEKEND && (t->wk_fresh || t->narr_prec >= 3);
    if ((f->unit == U_WEEK && t->wk_fresh && !t->wk_we) || weekend) {
        /* "last week ... the week before", "une semaine plus tôt": the
         * week before the week the text just named; "the weekend before"
         * the weekend of the week before the week or day it told */
        int64_t mon = (f->unit == U_WEEK || t->wk_fresh ? vl_timex_days(t->wk_y, t->wk_m, t->wk_d)
                                                        : vl_timex_days(t->narr_y, t->narr_m, t->narr_d)) +
                      (int64_t)sign * f->n * 7;
        mon -= ((mon % 7) + 7 + 3) % 7; /* the week's Monday (a told day may be any) */
        if (sign > 0 && f->tense != TENSE_FUTURE && mon > vl_timex_days(t->ref_y, t->ref_m, t->ref_d)) return -1;
        int64_t jan4;
        int y, m, d;
        vl_timex_civil(mon + 3, &y, &m, &d); /* the Thursday's year is the ISO year */
        jan4 = vl_timex_days(y, 1, 4);
        int64_t w1 = jan4 - (((jan4 % 7) + 7 + 3) % 7);
        o->type = VL_TIMEX_DATE;
        o->mod[0] = 0;
        snprintf(o->value, sizeof o->value, "%04d-W%02d%s", y, (int)((mon - w1) / 7) + 1,
                 weekend || (t->wk_fresh && t->wk_we && f->unit == U_WEEKEND) ? "-WE" : "");
        return 1;
    }
    int u = f->unit, need;
    if (u == U_YEAR || u == U_DECADE || u == U_CENTURY) need = 1;
    else if (u == U_MONTH || u == U_QUARTER || u == U_SEMESTER) need = 2;
    else if (u == U_DAY || u == U_WEEK) need = 3;
    else return -1;
    /* a text that told only a coarser date ("en 2016 ... deux jours plus
     * tôt") tells its story from it, not from the dispatch */
    if (t->narr_prec < need) return sign < 0 && t->narr_prec == 0 ? 0 : -1;
    int y = t->narr_y, m = t->narr_m, d = t->narr_d, prec = t->narr_prec;
    if (need == 3) {
        int64_t day = vl_timex_days(y, m, d) + (int64_t)sign * f->n * (u == U_WEEK ? 7 : 1);
        vl_timex_civil(day, &y, &m, &d);
    } else {
        int64_t mon = (int64_t)y * 12 + (m - 1) + (int64_t)sign * f->n * months_of[u];
        if (mon < 12 || mon >= 10000 * 12) return -1;
        y = (int)(mon / 12);
        m = (int)(mon % 12) + 1;
        if (d > vl_timex_month_days(y, m)) d = vl_timex_month_days(y, m);
    }
    if (y < 1 || y > 9999) return -1;
    /* "plus tard" past the dispatch date in a clause not in the future
     * ("dix ans plus tard, il raconte") counts from a date the text told
     * of something else: the span it counts, rather than a future */
    if (sign > 0 && f->tense != TENSE_FUTURE &&
        vl_timex_days(y, prec >= 2 ? m : 1, prec >= 3 ? d : 1) > vl_timex_days(t->ref_y, t->ref_m, t->ref_d))
        return -1;
    o->type = VL_TIMEX_DATE;
    o->mod[0] = 0;
    if (prec == 1) snprintf(o->value, sizeof o->value, "%04d", y);
    else if (prec == 2) snprintf(o->value, sizeof o->value, "%04d-%02d", y, m);
    else snprintf(o->value, sizeof o->value, "%04d-%02d-%02d", y, m, d);
    return 1;
}

static void complete(match_ctx *m, int end) {
    vl_timex_tagger *t = m->t;
    const tx_crule *cr = m->cr;
    int es = -1, ee = -1;
    for (int i = 0; i < cr->nelem; i++) {
        if (m->caps[i].tok < 0 || cr->e[i].ctx) continue;
        if (es < 0) es = m->caps[i].tok;
        ee = m->caps[i].tok + 1;
    }
    if (es < 0) return;
    tx_cand c = {.ok = 1, .start_tok = m->start, .end_tok = end, .ext_start = es, .ext_end = ee, .rule = m->rule};
    while (ee > es + 1 && t->toks[ee - 1].kind == TK_PUNCT) ee--; /* never end on punctuation */
    c.ext_end = ee;
    /* worse, or tied with a match that is no blocker: nothing to try */
    if (m->best->ok && !cand_better(&c, m->best) && !m->best->blocker) return;
    if (cr->r->kind == K_PREFIX || cr->r->kind == K_NONE) {
        c.blocker = cr->r->kind == K_NONE;
        *m->best = c;
        return;
    }
    const tx_tok *k = t->toks;
    /* a unit joined to "long" is a span's adjective, never the unit of a
     * date: "their third day-long meeting" is no "third day" (so that
     * "day-long" is found, P1D) */
    if (cr->r->kind == K_DATE && (t->lang & TXL_EN) && ee < (int)t->ntoks && (k[ee - 1].mask & (1ull << TC_UNIT)) &&
        (k[ee].flags & TF_HYPH) && key_is(&k[ee], "long"))
        return;
    if (cr->r->flags & RF_BAREYEAR) {
        int okc = m->after_mod;
        if (m->start > 0 && (k[m->start - 1].mask & (1ull << TC_YEARCUE))) okc = 1;
        /* "the proposed 2029 budget", "its revised 2030 forecast": a year
         * as a modifier after a participle (or "new", "draft") after a
         * determiner, before its noun */
        if (!okc && t->lang == TXL_EN && m->start > 1 && k[es].num >= 1900 && k[es].num <= 2100 &&
            k[m->start - 2].sent == k[es].sent && (k[m->start - 2].mask & (1ull << TC_YEARCUE)) &&
            k[m->start - 2].kind == TK_WORD && !(k[m->start - 1].flags & TF_CAP) && k[m->start - 1].kind == TK_WORD &&
            (key_is(&k[m->start - 1], "new") || key_is(&k[m->start - 1], "draft") ||
             (k[m->start - 1].klen > 4 && strcmp(k[m->start - 1].key + k[m->start - 1].klen - 2, "ed") == 0)) &&
            end < (int)t->ntoks && k[end].sent == k[es].sent && k[end].kind == TK_WORD && !(k[end].flags & TF_CAP))
            okc = 1;
        /* ... or after an adjective of quality there ("his unsuccessful
         * 1996 campaign", "the ambitious 2030 goals"; suffixes no count
         * adjective takes: "the additional 1500 troops" stays a count) */
        if (!okc && t->lang == TXL_EN && m->start > 1 && k[es].num >= 1900 && k[es].num <= 2100 &&
            k[m->start - 2].sent == k[es].sent && (k[m->start - 2].mask & (1ull << TC_YEARCUE)) &&
            k[m->start - 2].kind == TK_WORD && !(k[m->start - 1].flags & TF_CAP) && k[m->start - 1].kind == TK_WORD &&
            k[m->start - 1].klen > 6 && end < (int)t->ntoks && k[end].sent == k[es].sent && k[end].kind == TK_WORD &&
            !(k[end].flags & TF_CAP)) {
            const char *w = k[m->start - 1].key;
            size_t wl = k[m->start - 1].klen;
            static const char *const qual[] = {"ful", "ous", "ive", "less", "ic"};
            for (size_t q = 0; q < sizeof qual / sizeof qual[0]; q++) {
                size_t ql = strlen(qual[q]);
                if (wl > ql && strcmp(w + wl - ql, qual[q]) == 0) okc = 1;
            }
        }
        /* "the entire 2028 season", "the league's 2031 season": a year as
         * the modifier of a season of play (not "2000 season tickets") */
        if (!okc && t->lang == TXL_EN && k[es].num >= 1900 && k[es].num <= 2100 && k[es].ndig == 4 &&
            end + 1 < (int)t->ntoks && k[end].sent == k[es].sent && key_is(&k[end], "season") &&
            !(k[end + 1].kind == TK_WORD && k[end + 1].sent == k[es].sent &&
              (strncmp(k[end + 1].key, "ticket", 6) == 0 || strncmp(k[end + 1].key, "pass", 4) == 0 ||
               (k[end + 1].flags & TF_HYPH))))
            okc = 1;
        if (end >= (int)t->ntoks || k[end].kind == TK_PUNCT || (k[end].flags & TF_BREAK)) {
            if (end >= (int)t->ntoks || strchr(",.;:)!?\"", k[end].key[0]) || (unsigned char)k[end].key[0] >= 0x80)
                okc = 1;
        }
        /* (not the number of a name: "la Super Seven 1600 est") */
        if (!okc && year_copula(t, end) && k[es].num >= 1800 &&
            !(m->start > 0 && k[m->start - 1].sent == k[es].sent && (k[m->start - 1].flags & TF_CAP) &&
              k[m->start - 1].kind == TK_WORD))
            okc = 1;
        if (!okc) return;
        /* "Resolution 2736", "Flight 1549": the number of a text or thing */
        if (m->start > 0 && (ctx_flags(t, &k[m->start - 1]) & CTX_NUMBERED)) return;
        /* "to 2150 mln dlrs", "1990 pct": a quantity, not a year */
        if (end < (int)t->ntoks && k[end].kind == TK_WORD && (k[end].mask & (1ull << TC_QTY))) return;
    }
    if ((cr->r->flags & RF_AFTERMOD) && !m->after_mod) return;
    /* "the Fourth of July holiday": a holiday's name as the modifier of
     * its noun leaves the article to the noun (the gold's "the [New Year's
     * Day] holiday"); the rule without "the" takes it */
    if (t->lang == TXL_EN && cr->r->kind == K_DATE && ee - es >= 4 && ee < (int)t->ntoks && key_is(&k[es], "the") &&
        (k[es + 1].mask & (1ull << TC_ORD)) && key_is(&k[es + 2], "of") && k[ee].sent == k[es].sent &&
        (key_is(&k[ee], "holiday") || key_is(&k[ee], "holidays") || key_is(&k[ee], "recess") ||
         key_is(&k[ee], "parade") || key_is(&k[ee], "fireworks") ||
         key_is(&k[ee], "break") || key_is(&k[ee], "celebration") || key_is(&k[ee], "celebrations")))
        return;
    /* an English season after a modifier ("the end of the summer", "in
     * early summer") is a date, but not after an indefinite article: "a
     * late spring would require..." (a season that came late) */
    if ((cr->r->flags & RF_AFTERMOD) && (t->lang & TXL_EN) && (k[es].mask & (1ull << TC_SEASON)) &&
        es > 1 && (key_is(&k[es - 2], "a") || key_is(&k[es - 2], "an")))
        return;
    if ((cr->r->flags & RF_CAP) && !(k[es].flags & TF_CAP)) return;
    if ((cr->r->flags & RF_PREP) && !(m->start > 0 && k[m->start - 1].sent == k[m->start].sent &&
                                      time_prep(&k[m->start - 1])))
        return;
    if ((cr->r->flags & RF_NODET) && m->start > 0 && (k[m->start - 1].mask & (1ull << TC_DET))) return;
    /* ... nor, in French, where the adjective follows its noun after a
     * determiner: "son congrès annuel", "d'un contrôle annuel", "son
     * bulletin hebdomadaire" (a thing's, untagged in the gold batches as
     * "ses résultats annuels"); the adverbs in -ment stay sets */
    if ((cr->r->flags & RF_NODET) && t->lang == TXL_FR && m->start > 1 && k[m->start - 1].kind == TK_WORD &&
        (k[m->start - 2].mask & (1ull << TC_DET)) && k[m->start - 2].sent == k[m->start].sent &&
        !(k[m->start - 1].flags & TF_BREAK) && !(k[m->start - 1].mask & ~VOCAB_CLASSES) &&
        !(k[es].klen > 4 && strcmp(k[es].key + k[es].klen - 4, "ment") == 0))
        return;
    /* ... nor after a determiner and "next", "last" ("the next monthly
     * report", "its last quarterly dividend") */
    if ((cr->r->flags & RF_NODET) && m->start > 1 && (k[m->start - 1].mask & ((1ull << TC_NEXT) | (1ull << TC_PAST))) &&
        (k[m->start - 2].mask & (1ull << TC_DET)) && k[m->start - 2].sent == k[m->start].sent)
        return;
    if ((cr->r->flags & RF_RATE) && !rate_context(t, es, ee)) return;
    /* the second season of a pair ("in spring and summer", "the fall and
     * winter") only after a first: a season, or an expression ending on
     * the word before "and" (not "cars, furniture and summer clothes") */
    if (cr->r->kind == K_DATE && strncmp(cr->r->pattern, "_and ", 5) == 0 &&
        !(es >= 2 && ((t->nout && t->out[t->nout - 1].end == k[es - 2].end) ||
                      (k[es - 2].mask & (1ull << TC_SEASON)) || key_is(&k[es - 2], "fall"))))
        return;
    if ((cr->r->flags & RF_OPENS) && m->start > 0 && !(k[m->start - 1].flags & TF_BREAK) &&
        k[m->start - 1].sent == k[m->start].sent)
        return;
    if ((cr->r->flags & RF_Y2) && end < (int)t->ntoks && k[end].kind != TK_PUNCT && !(k[end].flags & TF_BREAK)) return;
    tx_fields f;
    fields_init(&f);
    gather(t, m->caps, cr->nelem, &f);
    /* "le jour de l'An": New Year's Day (as "le Nouvel An") */
    if (cr->r->kind == K_DATE && t->lang == TXL_FR && ee - es >= 4) {
        int j = es + key_is(&t->toks[es], "le");
        if (j + 3 < ee && key_is(&t->toks[j], "jour") && key_is(&t->toks[j + 1], "de") &&
            key_is(&t->toks[j + 2], "l'") && key_is(&t->toks[j + 3], "an"))
            f.holiday = 101, f.unit = -1;
    }
    /* "between 2 and 5 p.m.": the first hour takes the marker of the
     * second, a later hour of the same half-day (else no clock time:
     * "children between 1 and 12", "from 10 to 20 p.m." is no range) */
    if (cr->r->kind == K_TIME && t->lang == TXL_EN && ee == es + 1 && f.ampm < 0 && es > 0 &&
        !key_is(&k[es], "noon") && !key_is(&k[es], "midday") && !key_is(&k[es], "midnight") &&
        (key_is(&k[es - 1], "between") || key_is(&k[es - 1], "from")) && ee < (int)t->ntoks &&
        (key_is(&k[ee], "and") || key_is(&k[ee], "to"))) {
        if (!(k[es].kind == TK_NUM && ee + 2 < (int)t->ntoks && k[ee + 1].kind == TK_NUM && (k[ee + 1].mask & (1ull << TC_HOUR)) &&
              (k[ee + 2].mask & (1ull << TC_AMPM)) && k[ee + 1].num <= 12 && k[es].num >= 1 &&
              k[es].num < k[ee + 1].num))
            return;
        f.ampm = lex_value(t, &k[ee + 2], TC_AMPM);
        f.minute = 0;
    }
    /* "waited all year": the year the clause is in, this one (not the
     * habit "open all year round", nor the adjective "all-year") */
    if (cr->r->kind == K_REL && ee - es == 2 && key_is(&t->toks[es], "all") && key_is(&t->toks[es + 1], "year")) {
        if ((t->toks[es + 1].flags & TF_HYPH) ||
            (ee < (int)t->ntoks && ((t->toks[ee].flags & TF_HYPH) || key_is(&t->toks[ee], "round"))))
            return;
        f.unit = U_YEAR, f.dir = 0;
    }
    /* "the new year" (lower case: "the New Year" is the holiday): the
     * year about to begin, from September, else the one begun (not "the
     * new year's budget", a possessive) */
    if (cr->r->kind == K_REL && f.holiday == 101 && ee - es == 3 && key_is(&t->toks[ee - 1], "year")) {
        if ((t->toks[es + 1].flags & TF_CAP) ||
            (ee < (int)t->ntoks && (key_is(&t->toks[ee], "'s") || (t->toks[ee].flags & TF_HYPH))))
            return;
        f.holiday = -1, f.unit = U_YEAR, f.dir = t->ref_m >= 9 ? 1 : 0;
    }
    /* ("the new fiscal year": "new" names no New Year's Day there) */
    if (cr->r->kind == K_REL && f.holiday == 101 && ee - es == 4 && key_is(&t->toks[ee - 2], "fiscal"))
        f.holiday = -1, f.unit = U_YEAR;
    /* "la nuit de mercredi à jeudi": Wednesday's night, the weekday placed
     * as the first one (a night to come in a Wednesday dispatch, "attendue
     * dans la nuit de mercredi à jeudi", is tonight's) */
    if (cr->r->kind == K_TIME && cr->r->param < 0 && f.day < 0)
        for (int i = 0; i < cr->nelem; i++)
            if (m->caps[i].tok >= 0 && m->caps[i].cls == TC_DOW) {
                f.dow = lex_value(t, &t->toks[m->caps[i].tok], TC_DOW);
                break;
            }
    if (cr->r->kind == K_REL && cr->r->param) f.reldays = cr->r->param, f.unit = U_DAY;
    if (cr->r->kind == K_REF && cr->r->param) f.ref = cr->r->param;
    if (cr->r->kind == K_REF) f.mod = 0; /* "a later date" is no end of anything */
    if (cr->r->kind == K_PLREF && cr->r->param) f.dir = cr->r->param;
    if (cr->r->kind == K_DUR && cr->r->param) f.n = cr->r->param; /* -2: a vague count */
    if (cr->r->kind == K_SET && cr->r->param) f.n = cr->r->param; /* "three times a year": P1Y */
    if ((cr->r->kind == K_LATER || cr->r->kind == K_DATE) && cr->r->param == 1) f.tense = TENSE_FUTURE;
    else f.tense = clause_tense(t, es, ee);
    /* whether the clause's tense was read on the expression's right (it
     * opens its clause) */
    int tense_right = f.tense && t->tense_tok >= ee;
    /* English does not put a definite past day in the present perfect
     * ("has given him until Friday", not *"has arrived on Friday"): a
     * weekday in such a clause is not the perfect's past, but "since
     * Friday" is */
    if (f.tense == TENSE_PAST && f.dow >= 1 && f.day < 0 && t->tense_tok >= 0 &&
        (strcmp(k[t->tense_tok].key, "has") == 0 || strcmp(k[t->tense_tok].key, "have") == 0) &&
        !(es > 0 && strcmp(k[es - 1].key, "since") == 0))
        f.tense = TENSE_NONE;
    /* a month of a deal agreed ("agreed to acquire the company in
     * January") may be the agreement's, gone, or the deal's, to come: the
     * nearest one is meant, as with no tense */
    int agreed = f.tense == TENSE_PAST && f.month >= 1 && f.day < 0 && f.dow < 1 && f.year < 0 &&
                 !(es > 0 && (k[es - 1].mask & (1ull << TC_DET))) && /* "under the February accord" */
                 agreement_to(t, es);
    if (agreed) f.tense = TENSE_NONE;
    if (!f.tense && !agreed && f.month >= 1 && f.dow < 1 && f.year < 0) f.tense = sentence_tense(t, es, ee);
    /* ... and so does an English clock time with no day, in a clause with
     * no verb after a comma ("Officials said runners finished, a record,
     * under clear skies at the 8 a.m. start"): the sentence's past keeps it
     * on the story's day */
    if (!f.tense && t->lang == TXL_EN && cr->r->kind == K_TIME && f.day < 0 && f.dow < 1 && f.month < 1 &&
        f.reldays == -99 && t->stamp_y < 0 && t->entry_y < 0) /* (a live report's entries: below) */
        f.tense = sentence_tense(t, es, ee);
    /* a clause with no verb after a coordinator shares the verb of the
     * clause before it: "les essais débuteront vendredi, et la course
     * dimanche" */
    if (!f.tense && f.dow >= 1 && f.day < 0 && f.month < 0) {
        int co = elliptic_clause(t, es);
        if (co > 0) f.tense = left_tense(t, co);
    }
    /* "le Nouvel An" with no year is the nearest one: the verb of its
     * clause tells of a plan or its undoing ("a annoncé l'annulation du
     * feu d'artifice du Nouvel An", "a appelé à télétravailler jusqu'au
     * Nouvel An", in a summer dispatch: the coming one) */
    if (t->lang == TXL_FR && f.holiday == 101 && f.year < 0) f.tense = TENSE_NONE;
    /* "Midi" capitalised after a weekday is the South or a newspaper
     * ("rapportent mardi Midi Libre"), not noon */
    if (t->lang == TXL_FR && cr->r->kind == K_TIME && f.dow >= 1 && f.hour == 12)
        for (int i = es + 1; i < ee; i++)
            if (strcmp(k[i].key, "midi") == 0 && (k[i].flags & TF_CAP)) return;
    /* "fermés depuis le 3 février", "closed since March 9": the start of
     * a state that lasts until now lies in the past, whatever the verb
     * ("les musées, fermés depuis le 3 février, rouvriront") */
    /* "le maire, réélu dimanche", "un voleur, interpellé lundi": a bare
     * participle right before the weekday, in a clause with no other
     * marker, tells what was done that day (but "organisé samedi",
     * "diffusé samedi" may announce it); the participle is the weekday's
     * verb even when a verb after them marks the clause ("La grève
     * entamée mardi se poursuivra ce week-end") */
    if ((!f.tense || tense_right) && t->lang == TXL_FR && f.dow >= 1 && f.day < 0 && es > 0 && k[es - 1].sent == k[es].sent &&
        participle_before(t, es - 1))
        f.tense = TENSE_PAST;
    /* ... and so does a participle in -u of an apposition ("L'Association
     * des maires, reçue vendredi à Matignon, juge ...", ", venu samedi,"),
     * the comma before it telling the apposition (not "prévu", announced) */
    if ((!f.tense || tense_right) && t->lang == TXL_FR && f.dow >= 1 && f.day < 0 && es >= 2 &&
        k[es - 2].sent == k[es].sent && strcmp(k[es - 2].key, ",") == 0 && k[es - 1].kind == TK_WORD &&
        k[es - 1].klen >= 4 && !(k[es - 1].flags & TF_CAP) &&
        !(k[es - 1].mask & ((1ull << TC_ANNOUNCED) | (1ull << TC_NOUNE)))) {
        const char *w = k[es - 1].key;
        size_t l = k[es - 1].klen;
        if (w[l - 1] == 's') l--;
        if (w[l - 1] == 'e') l--;
        if (w[l - 1] == 'u' && l >= 3 && w[l - 2] != 'u' && w[l - 2] != 'e' && w[l - 2] != 'o') f.tense = TENSE_PAST;
    }
    /* ... and so does one before a month or a day of a month, with "en"
     * between or not ("le budget présenté en mars", "expulsé le 21
     * juillet"), whatever the main verb says ("Le projet, présenté en
     * mars, sera voté en juin") */
    if (t->lang == TXL_FR && f.tense != TENSE_PAST && f.month >= 1 && f.year < 0 && es > 0) {
        int pp = es - 1;
        if (pp > 0 && strcmp(k[pp].key, "en") == 0) pp--;
        /* (not the participle of a compound tense: "sera voté en juin",
         * "est prévu en mars") */
        int verb = 0, aux = pp > 0 && k[pp - 1].sent == k[pp].sent &&
                             ((k[pp - 1].mask & ((1ull << TC_TAUX) | (1ull << TC_TPAST) | (1ull << TC_TFUT))) ||
                              word_tense(t, pp - 1, &verb) != TENSE_NONE || verb);
        if (!aux && k[pp].sent == k[es].sent && participle_before(t, pp)) f.tense = TENSE_PAST;
    }
    int pe = es - 1; /* the word before, past a determiner ("depuis le 3 février", "depuis l'automne") */
    if (pe > 0 && (strcmp(k[pe].key, "le") == 0 || strcmp(k[pe].key, "the") == 0 || strcmp(k[pe].key, "l'") == 0 ||
                   strcmp(k[pe].key, "la") == 0))
        pe--;
    int since = pe >= 0 && k[pe].sent == k[es].sent && (strcmp(k[pe].key, "depuis") == 0 || strcmp(k[pe].key, "since") == 0);
    if (since && (f.tense == TENSE_FUTURE || f.tense == TENSE_NONE)) f.tense = TENSE_PAST;
    /* "a placé le département en vigilance jusqu'à vendredi", "prolongé
     * until Sunday": the end of a span set in the past is as often to come
     * as gone; the weekday is the nearest, not the last */
    if (f.tense == TENSE_PAST && f.dow >= 1 && f.day < 0 && f.month < 0 && pe >= 0 && k[pe].sent == k[es].sent &&
        (strcmp(k[pe].key, "jusqu'a") == 0 || strcmp(k[pe].key, "jusqu'au") == 0 || strcmp(k[pe].key, "until") == 0))
        f.tense = TENSE_NONE;
    /* "NASA has postponed the launch to Tuesday", "le vote a été reporté
     * à jeudi": the weekday an event is put off to is to come */
    if (f.tense == TENSE_PAST && f.dow >= 1 && f.day < 0 && f.month < 0 && pe >= 1 && k[pe].sent == k[es].sent &&
        (key_is(&k[pe], "to") || key_is(&k[pe], "until") || key_is(&k[pe], "a") || key_is(&k[pe], "au")))
        for (int j = pe - 1; j >= 0 && j >= pe - 10 && k[j].sent == k[es].sent && k[j].kind != TK_PUNCT; j--)
            if (ctx_flags(t, &k[j]) & CTX_DEFER) {
                f.tense = TENSE_FUTURE;
                break;
            }
    /* ... and so is the month of what it is put off to: "a decision
     * postponed to a meeting in late June", "reporté à une réunion en
     * juin" (a defer verb right before to/à, at most five words, none a
     * count, before the month: not "moved to eight meetings a year in
     * January", "moved sharply lower until the end of January") */
    if (f.tense != TENSE_FUTURE && f.month >= 1 && f.year < 0 && f.dow < 1 && es >= 2) {
        for (int j = es - 1; j >= 1 && j >= es - 6 && k[j].sent == k[es].sent && k[j].kind != TK_PUNCT; j--) {
            if (k[j].kind == TK_NUM || (k[j].mask & (1ull << TC_NUMW)) ||
                ((k[j].mask & (1ull << TC_NUM)) && !key_is(&k[j], "a") && !key_is(&k[j], "an") &&
                 !key_is(&k[j], "une") && !key_is(&k[j], "un")))
                break;
            if ((key_is(&k[j], "to") || key_is(&k[j], "until") || key_is(&k[j], "a") || key_is(&k[j], "au")) &&
                k[j - 1].sent == k[es].sent && (ctx_flags(t, &k[j - 1]) & CTX_DEFER)) {
                f.tense = TENSE_FUTURE;
                break;
            }
        }
    }
    /* "Officials urged residents to avoid outdoor work on Saturday": what
     * a request asks "to" do is not before it; the nearest such day */
    if (f.tense == TENSE_PAST && f.dow >= 1 && f.day < 0 && f.month < 0 && t->tense_tok >= 0 && t->tense_tok < es &&
        (ctx_flags(t, &k[t->tense_tok]) & CTX_URGE))
        for (int j = t->tense_tok + 1; j < es && k[j].sent == k[es].sent; j++)
            if (key_is(&k[j], "to")) {
                f.tense = TENSE_NONE;
                break;
            }
    /* "ont appelé à une journée de grève jeudi", "a appelé à manifester
     * samedi": the day of the event a call asks for is to come (the
     * gold's eight calls, all ahead), not the call's own ("a appelé jeudi à la
     * grève" has its day before "à"); not across a relative clause */
    if (t->lang == TXL_FR && f.tense == TENSE_PAST && f.dow >= 1 && f.day < 0 && f.month < 0)
        for (int j = es - 1; j >= 1 && j >= es - 12 && k[j].sent == k[es].sent; j--) {
            if ((k[j].mask & (1ull << TC_CLAUSE)) ||
                (k[j].kind == TK_PUNCT && (strcmp(k[j].key, ",") == 0 || strcmp(k[j].key, ";") == 0 ||
                                           strcmp(k[j].key, ":") == 0 || strcmp(k[j].key, "(") == 0 ||
                                           strcmp(k[j].key, ")") == 0)))
                break; /* (a quoted name does not end the call: 'une journée "ville morte"') */
            if ((key_is(&k[j], "a") || key_is(&k[j], "au") || key_is(&k[j], "aux")) &&
                (key_is(&k[j - 1], "appele") || key_is(&k[j - 1], "appeles") || key_is(&k[j - 1], "appelee") ||
                 key_is(&k[j - 1], "appelees") || key_is(&k[j - 1], "appelle") || key_is(&k[j - 1], "appellent"))) {
                /* (an event the call is for, not a demand: "ont appelé à sa
                 * démission lundi soir" is the calling's evening) */
                static const char *const events[] = {"greve", "greves", "journee", "mobilisation", "manifestation",
                                                     "manifestations", "manifester", "rassemblement", "rassembler",
                                                     "marche", "marcher", "defiler", "debrayage", "boycott", "arret"};
                for (int e = j + 1; e < es; e++)
                    for (size_t w = 0; w < sizeof events / sizeof events[0]; w++)
                        if (key_is(&k[e], events[w])) f.tense = TENSE_FUTURE;
                break;
            }
        }
    /* ... and so is its start: "ont déposé un préavis de grève à partir
     * de lundi", "a fermé les écoles dès jeudi" */
    if (f.tense == TENSE_PAST && f.dow >= 1 && f.day < 0 && f.month < 0 && pe >= 1 && k[pe].sent == k[es].sent &&
        (strcmp(k[pe].key, "des") == 0 ||
         (strcmp(k[pe].key, "de") == 0 && (strcmp(k[pe - 1].key, "partir") == 0 || strcmp(k[pe - 1].key, "compter") == 0))))
        f.tense = TENSE_NONE;
    if (f.tense && es > 0 && k[es - 1].sent == k[es].sent) {
        int verb;
        f.tense_adj = word_tense(t, es - 1, &verb) == f.tense;
    }
    if (cr->r->kind == K_DATE && cr->r->param == 1) f.tense_adj = 1; /* a delivery month: obeyed */
    /* a deadline of what a directive asks for is to come, even
     * far off: "ordered the commission to complete a study by July 1" told
     * on 30 September is next July (the guard of a misread tense would
     * take the July gone) */
    if (f.tense == TENSE_FUTURE && t->tense_tok >= 0 && t->tense_tok < es && es > 0 &&
        (key_is(&k[es - 1], "by") || key_is(&k[es - 1], "before")) && directive_to(t, t->tense_tok))
        f.tense_adj = 1;
    if (cr->r->kind == K_DATE && cr->r->param == 2) f.season_near = 1; /* "a dry spring": the nearest */
    /* "il y a deux semaines" is the day two weeks back (French TimeBank's
     * "il y a une semaine" and the gold set's three are days; English "six
     * weeks ago" keeps its week, as TempEval-3 mostly writes it) */
    if (t->lang == TXL_FR && cr->r->kind == K_AGO && f.unit == U_WEEK && f.n != -2 && !f.mod) {
        f.n = (f.n < 0 ? 1 : f.n) * 7;
        f.unit = U_DAY;
    }
    /* ... and so is "depuis"/"since": a state that lasts until now began
     * in the past, however far ("interdits depuis le 1er janvier" in
     * October is this January, not the coming one the guard of a misread
     * tense would take; English "since" only where it is surely of time,
     * see firm_since) */
    if (since && f.tense == TENSE_PAST && firm_since(t, pe, es, ee)) f.tense_adj = 1;
    /* "the 1986 quarter": a year before a singular unit is no count of
     * 1986 quarters */
    if (cr->r->kind == K_DUR || cr->r->kind == K_LATER || cr->r->kind == K_AGO)
        for (int i = es; i + 1 < ee; i++)
            if (k[i].kind == TK_NUM && k[i].ndig == 4 && (k[i].mask & (1ull << TC_YEAR)) &&
                (k[i + 1].mask & (1ull << TC_UNIT)) && !(k[i + 1].mask & (1ull << TC_UNITS)))
                return;
    /* "the fiscal first quarter": a fiscal period does not follow the
     * calendar, whose nearest first quarter the resolver would take
     * without a tense; it stays this (fiscal) year's */
    if ((f.unit == U_QUARTER || f.unit == U_SEMESTER) && f.year < 0 && f.ydir == -9 && f.tense == TENSE_NONE &&
        !ended_month(t, k, ee))
        for (int i = es > 0 ? es - 1 : es; i < ee; i++)
            if (strcmp(k[i].key, "fiscal") == 0) f.ydir = 0;
    if (f.dow >= 1 && f.dow <= 7) f.dow_seen = t->dow_seen[f.dow];
    if (f.dow >= 1 && f.day < 0 && f.month < 0 && f.dir == -9 && f.tense != TENSE_PAST && range_end(t, es))
        f.after_day = t->last_day;
    if (t->anchor_sent >= 0) f.anchor_y = t->anchor_y, f.anchor_m = t->anchor_m, f.anchor_d = t->anchor_d;
    /* what follows a night is told from the day it ends ("vers 3
     * heures"), but an evening hour is still the night's first day: "la
     * nuit de samedi à dimanche, entre 23 heures et 5 heures" starts on
     * Saturday */
    if (t->anchor_sent >= 0 && t->anchor_night && cr->r->kind == K_TIME && f.day < 0 && f.dow < 1 && f.month < 1 &&
        vl_timex_clock_hour(&f) >= 18) {
        int64_t day = vl_timex_days(f.anchor_y, f.anchor_m, f.anchor_d) - 1;
        vl_timex_civil(day, &f.anchor_y, &f.anchor_m, &f.anchor_d);
        c.night_eve = 1; /* (the night still anchors what follows: "peu après minuit ... vers 6h") */
    }
    /* a clock time in a future clause is on a day to come, not on a past
     * date told before it ("samedi ... sa libération, le 25 août 1944. Les
     * cérémonies commenceront à 10 heures"): the last date told on or
     * after the dispatch date, else the dispatch date.  A date of its own
     * sentence still anchors it.  English clock times too, outside a
     * live report's stamps and entries ("set a record last night at 9:40.
     * ... between 4 and 8 p.m. would help", "due to be released at 1630
     * EST"); English dates not: on English web text (PolNeAR's comment
     * stamps, live blogs) it moved more of them wrong than right */
    if ((t->lang == TXL_FR || (cr->r->kind == K_TIME && t->stamp_y < 0 && t->entry_y < 0)) &&
        f.tense == TENSE_FUTURE && t->anchor_sent >= 0 && t->anchor_sent != k[es].sent &&
        vl_timex_days(t->anchor_y, t->anchor_m, t->anchor_d) < vl_timex_days(t->ref_y, t->ref_m, t->ref_d)) {
        if (t->fut_y > 0) f.anchor_y = t->fut_y, f.anchor_m = t->fut_m, f.anchor_d = t->fut_d;
        else f.anchor_y = -1;
    }
    /* an English clock time in a past clause is not on a day to come told
     * in an earlier sentence ("Talks will resume on Dec. 3, officials
     * said. Fighting raged at 1600 GMT"): the dispatch's day (French: on
     * OrangeSum the past read in traffic forecasts, "Bison Futé recommande
     * d'éviter ... de midi à 16h", moved 61 clock times, mostly wrong) */
    if (t->lang == TXL_EN && cr->r->kind == K_TIME && f.tense == TENSE_PAST && t->anchor_sent >= 0 &&
        t->anchor_sent != k[es].sent &&
        vl_timex_days(t->anchor_y, t->anchor_m, t->anchor_d) > vl_timex_days(t->ref_y, t->ref_m, t->ref_d)) {
        if (t->past_y > 0) f.anchor_y = t->past_y, f.anchor_m = t->past_m, f.anchor_d = t->past_d;
        else f.anchor_y = -1;
    }
    /* a clock time with no tense, in a paragraph after the one of a past
     * day told ("L'assemblée du 4 juin avait approuvé le dividende. / À
     * la Bourse, l'action gagnait 6 % vers 11 heures"), is the dispatch's:
     * a new paragraph leaves the story's past day */
    int imperfect = 0; /* the clause's past is a French imperfect: "l'action gagnait", a scene of the day */
    if (f.tense == TENSE_PAST && t->lang == TXL_FR && t->tense_tok >= 0) {
        const tx_tok *v = &k[t->tense_tok];
        /* (not avait, était: the auxiliaries of the pluperfect, "avait
         * démarré à 5 heures", a past of the story's day) */
        imperfect = ((v->klen > 4 && strcmp(v->key + v->klen - 3, "ait") == 0) ||
                     (v->klen > 6 && strcmp(v->key + v->klen - 5, "aient") == 0)) &&
                    strncmp(v->key, "avai", 4) != 0 && strncmp(v->key, "etai", 4) != 0;
    }
    if (cr->r->kind == K_TIME && (f.tense == TENSE_NONE || imperfect) && f.day < 0 && f.dow < 1 && f.month < 1 &&
        t->anchor_sent >= 0 && t->anchor_sent != k[es].sent && es > 0 && !(k[es].flags & TF_BREAK) &&
        t->stamp_y < 0 && t->entry_y < 0 && /* (a live report's stamps and entries: below) */
        (vl_timex_days(t->anchor_y, t->anchor_m, t->anchor_d) < vl_timex_days(t->ref_y, t->ref_m, t->ref_d) ||
         /* (nor is an imperfect's on a day to come: "la Fed se réunira le
          * 17 juin. / L'euro valait 1,12 dollar vers 18 heures") */
         (imperfect &&
          vl_timex_days(t->anchor_y, t->anchor_m, t->anchor_d) > vl_timex_days(t->ref_y, t->ref_m, t->ref_d))))
        for (int j = t->anchor_tok + 1; j <= es; j++)
            if ((k[j].flags & TF_BREAK) && k[j].kind != TK_PUNCT) {
                f.anchor_y = -1;
                break;
            }
    /* A clock time with no a.m./p.m. and no part of day of its own takes
     * the part of day its sentence told before it ("last night at 9:40",
     * "this afternoon, at about 3:30", "later tonight with a special at
     * 11:35"), and the newsreader's clock ("It is 9 o'clock") that of the
     * greeting before it ("Good evening."): English only, French writes
     * the evening's hours from 13 to 23 */
    if (cr->r->kind == K_TIME && t->lang == TXL_EN && f.hour >= 1 && f.hour <= 11 && f.ampm < 0 && f.pod <= 0 &&
        !clock24(t, es))
        f.pod = context_pod(t, es);
    /* ... and with none, a later hour of the afternoon or evening a p.m.
     * clock time right before it told, in its sentence or the one before
     * ("The sale began at 7 p.m. and ended shortly before 9:30": 21:30) */
    if (cr->r->kind == K_TIME && t->lang == TXL_EN && f.hour >= 1 && f.hour <= 11 && f.ampm < 0 && f.pod <= 0 &&
        !clock24(t, es) && t->nout > 0 && t->last_end >= 0 && t->last_end <= es &&
        k[t->last_end - 1].sent + 1 >= k[es].sent && t->stamp_y < 0 && t->entry_y < 0) {
        const char *v = t->out[t->nout - 1].value;
        size_t n = strlen(v);
        if (t->out[t->nout - 1].type == VL_TIMEX_TIME && n >= 6 && v[n - 6] == 'T' && v[n - 3] == ':') {
            int ph = value_int(v + n - 5);
            if (ph >= 13 && ph <= 23 && f.hour + 12 > ph) f.ampm = 12;
        }
    }
    /* A day to come told in an earlier sentence is no day for a clock
     * time that is not of it: the broadcast's own clock ("Il est 8 h 04",
     * "It's 7:20" after "Tomorrow we'll see the final count"), a past
     * clause or a since-phrase ("les aéroports ont rouvert à midi" after
     * "une dépression est attendue dans la nuit de lundi à mardi"), or
     * one told after other dates or times took over the story ("will take
     * office on January 20th ... in 2012 ... will speak at midday").  The
     * end of a span ("jusqu'au 3 janvier", "until Jan. 3") or a day counted
     * from now ("dans quinze jours") anchors only its own sentence: it is
     * when something stops or comes, not the day the story is on.  These
     * clock times are the dispatch's. */
    if (cr->r->kind == K_TIME && f.day < 0 && f.dow < 1 && f.month < 1 && f.reldays == -99 && t->anchor_sent >= 0 &&
        f.anchor_y > 0 && t->anchor_sent != k[es].sent) {
        int later = vl_timex_days(f.anchor_y, f.anchor_m, f.anchor_d) > vl_timex_days(t->ref_y, t->ref_m, t->ref_d);
        int since_pe = es > 0 && k[es - 1].sent == k[es].sent && (key_is(&k[es - 1], "depuis") || key_is(&k[es - 1], "since"));
        if (t->anchor_until ||
            (later && (present_clock(t, es) || f.tense == TENSE_PAST || since_pe || t->anchor_stale)))
            f.anchor_y = -1;
        /* ... but an English past clause after the end of a span ("late
         * Tuesday approved a bill that would keep agencies running
         * through Oct. 31. The vote came after 10 p.m.") is still on the
         * lead's day, as after a day to come (above) */
        if (t->anchor_until && t->lang == TXL_EN && f.tense == TENSE_PAST && t->past_y > 0)
            f.anchor_y = t->past_y, f.anchor_m = t->past_m, f.anchor_d = t->past_d;
    }
    /* a French clock time of a passé composé clause, after a day told
     * before the lead's day (the story's), is of the lead's day: the
     * backstory's day is told in a pluperfect or a participle ("Le 14 mars
     * 2023, ... avait cédé. / « ... », a-t-elle déclaré peu avant 17
     * heures"; "Parti vendredi à 18 heures, ... Il a franchi la ligne à 13 h
     * 42" of a race won Saturday).  In the day's own sentence only when
     * the day sits in an apposition between commas before the main verb
     * ("Les délégations, arrivées lundi soir, ont négocié jusqu'à 14
     * heures").  Raw: "A midi, le taux de participation" of a second
     * round no longer on the first round's day */
    if (t->lang == TXL_FR && cr->r->kind == K_TIME && f.tense == TENSE_PAST && f.day < 0 && f.dow < 1 &&
        f.month < 1 && f.reldays == -99 && f.anchor_y > 0 && !c.night_eve /* (a night's evening hour: above) */ && t->past_y > 0 && t->anchor_sent >= 0 &&
        t->stamp_y < 0 && t->entry_y < 0 && t->tense_tok >= 0 && t->tense_tok < es &&
        k[t->tense_tok].sent == k[es].sent &&
        vl_timex_days(f.anchor_y, f.anchor_m, f.anchor_d) < vl_timex_days(t->past_y, t->past_m, t->past_d)) {
        int tt = t->tense_tok;
        int perfect = (french_have(&k[tt]) && french_perfect(t, tt)) ||
                      (tt > 0 && french_have(&k[tt - 1]) && french_perfect(t, tt - 1));
        int apposed = 0;
        if (perfect && t->anchor_sent == k[es].sent && t->anchor_tok < tt) {
            int before = 0, after = 0;
            for (int j = t->anchor_tok - 1; j >= 0 && k[j].sent == k[es].sent; j--)
                if (k[j].kind == TK_PUNCT && strcmp(k[j].key, ",") == 0) before = 1;
            for (int j = t->anchor_tok + 1; j < tt; j++)
                if (k[j].kind == TK_PUNCT && strcmp(k[j].key, ",") == 0) after = 1;
            apposed = before && after;
        }
        if (perfect && (t->anchor_sent != k[es].sent || apposed))
            f.anchor_y = t->past_y, f.anchor_m = t->past_m, f.anchor_d = t->past_d;
    }
    /* a small hour after a night named by its first day ("won in double
     * overtime Wednesday night ... a game that finished at 12:41 a.m.")
     * is on the morning that night ends in, the day after (a live
     * report's stamps: below) */
    /* (French too after the night just gone, the one before the
     * dispatch's day: "des répliques ont été enregistrées dans la nuit,
     * la plus forte à 2 h 15" told on the morning after) */
    if (cr->r->kind == K_TIME &&
        (t->lang == TXL_EN ||
         (t->lang == TXL_FR && f.anchor_y > 0 &&
          vl_timex_days(f.anchor_y, f.anchor_m, f.anchor_d) + 1 == vl_timex_days(t->ref_y, t->ref_m, t->ref_d))) &&
        t->anchor_sent >= 0 && t->anchor_tni && f.anchor_y > 0 &&
        f.day < 0 && f.dow < 1 && f.month < 1 && f.reldays == -99 && (f.ampm == 0 || (t->lang == TXL_FR && f.ampm < 0)) &&
        vl_timex_clock_hour(&f) >= 0 &&
        vl_timex_clock_hour(&f) < 6 && es > 0 && !(k[es].flags & TF_BREAK) && t->stamp_y < 0 && t->entry_y < 0) {
        int64_t day = vl_timex_days(f.anchor_y, f.anchor_m, f.anchor_d) + 1;
        vl_timex_civil(day, &f.anchor_y, &f.anchor_m, &f.anchor_d);
    }
    /* a clock time alone in its paragraph ("___. / 4:30 p.m. / Hillary
     * Clinton says...") is a live report's stamp: on the dispatch's day,
     * not on the last date the entry before it told */
    if (cr->r->kind == K_TIME && (es == 0 || (k[es].flags & TF_BREAK)) && k[es].kind != TK_PUNCT) {
        int j = ee;
        if (j < (int)t->ntoks && k[j].kind == TK_PUNCT && (strcmp(k[j].key, ":") == 0 || strcmp(k[j].key, ".") == 0))
            j++;
        /* (a time zone may stand between the stamp and its dash: "7:30
         * p.m. ET – Polls have closed", "9:20 a.m. MDT –") */
        int dash = j == ee ? stamp_zone(t, j) : j;
        if (dash == j || dash >= (int)t->ntoks || k[dash].kind != TK_PUNCT || k[dash].sent != k[es].sent) dash = j;
        if (j >= (int)t->ntoks || ((k[j].flags & TF_BREAK) && k[j].kind != TK_PUNCT)) f.anchor_y = -1;
        /* one that opens its paragraph before a dash, the entry on the
         * same line ("10 h 15 – Le ministre...", "11:40 am — Police..."),
         * is on the day of the first such stamp: the day a timeline's
         * heading told, or the dispatch's, never a date an entry told */
        else if (j == ee && k[dash].kind == TK_PUNCT && k[dash].sent == k[es].sent &&
                 (strcmp(k[dash].key, "-") == 0 || strcmp(k[dash].key, "\u2013") == 0 ||
                  strcmp(k[dash].key, "\u2014") == 0)) {
            c.stamp = 1;
            c.stamp_min = fields_minutes(&f);
            if (t->stamp_y > 0) {
                /* stamps run one way; a step the other way crosses
                 * midnight: newest first, "0 h 12 –" then "23 h 30 –" is
                 * the evening before; oldest first, "23 h 30 –" then
                 * "0 h 12 –" the night after */
                if (c.stamp_min >= 0 && t->stamp_min >= 0 && t->stamp_order &&
                    (c.stamp_min - t->stamp_min) * t->stamp_order < 0)
                    c.stamp_turn = t->stamp_order;
                int64_t day = vl_timex_days(t->stamp_y, t->stamp_m, t->stamp_d) + c.stamp_turn;
                vl_timex_civil(day, &f.anchor_y, &f.anchor_m, &f.anchor_d);
            } else if (t->anchor_sent >= 0 && t->anchor_tni && c.stamp_min >= 0 && f.anchor_y > 0 &&
                       (c.stamp_min < 12 * 60 ||
                        vl_timex_days(f.anchor_y, f.anchor_m, f.anchor_d) + 1 ==
                            vl_timex_days(t->ref_y, t->ref_m, t->ref_d))) {
                /* the first stamp, a morning one, after a night its heading
                 * told ("the blackout of Friday night. / 8:40 a.m. – ..."):
                 * the morning that night ends in; and any first stamp of a
                 * report dated the day after that night ("the storms of
                 * Sunday night" on Monday, "6:45 p.m. –" the newest entry):
                 * the dispatch's day, the day the report ran to */
                int64_t day = vl_timex_days(f.anchor_y, f.anchor_m, f.anchor_d) + 1;
                vl_timex_civil(day, &f.anchor_y, &f.anchor_m, &f.anchor_d);
            }
        }
    }
    /* "sept jours sur sept", "24 heures sur 24": the period the count of
     * its units fills, every week or every day; no other count is one */
    if (cr->r->kind == K_SET && ee - es == 4 && key_is(&k[es + 2], "sur") && (k[es + 1].mask & (1ull << TC_UNITS))) {
        if (k[es].num != k[es + 3].num || !(k[es].flags & TF_NUMV) || !(k[es + 3].flags & TF_NUMV)) return;
        if (f.unit == U_DAY && k[es].num == 7) f.unit = U_WEEK;
        else if (f.unit == U_HOUR && k[es].num == 24) f.unit = U_DAY;
        else return;
    }
    /* "une quinzaine de jours" is a fortnight, two weeks (the noun names
     * the period: the gold's fr-150), where "quinze jours" counts days */
    if (t->lang == TXL_FR && cr->r->kind == K_DUR && f.unit == U_DAY && f.n == 15 && f.quant == MOD_APPROX && ee - es >= 3) {
        for (int i = es; i < ee; i++)
            if (key_is(&k[i], "quinzaine")) f.n = 2, f.unit = U_WEEK;
    }
    /* "searched overnight", "replayed it all night", "worked through the
     * night": in a past clause the
     * night before the dispatch's day, else the coming one (tonight) */
    if (cr->r->kind == K_REL && t->lang == TXL_EN && f.pod == POD_NI && f.unit < 0 && f.reldays == -99 &&
        (key_is(&t->toks[es], "overnight") || key_is(&t->toks[es], "all") ||
         (key_is(&t->toks[es], "the") && ee == es + 2 && key_is(&t->toks[es + 1], "night")))) {
        /* (the past of the clause itself: "is still possible overnight,
         * the weather service said" is the coming night) */
        /* (the idiom of a negated clause is no night: "is not won
         * overnight", "won't change overnight") */
        for (int j = es - 1; j >= 0 && k[j].sent == k[es].sent && !clause_punct(&k[j]); j--)
            if (key_is(&k[j], "not") || key_is(&k[j], "never") || key_is(&k[j], "cannot") ||
                (k[j].klen > 3 && strcmp(k[j].key + k[j].klen - 3, "n't") == 0) || key_is(&k[j], "n't") ||
                (key_is(&k[j], "'t") && j > 0 && k[j - 1].klen > 1 && k[j - 1].key[k[j - 1].klen - 1] == 'n'))
                return;
        /* (nor is the adjective "an all-night session") */
        if (key_is(&k[es], "all") && es + 1 < (int)t->ntoks && (k[es + 1].flags & TF_HYPH)) return;
        int past = f.tense == TENSE_PAST && t->tense_tok >= 0 && t->tense_tok < es;
        for (int j = t->tense_tok + 1; past && j < es; j++)
            if (clause_punct(&t->toks[j]) || t->toks[j].sent != t->toks[es].sent) past = 0;
        /* ... and so is the night a past report says would come ("He said
         * crews would work through the night", told the next day) */
        if (!past && key_is(&k[es], "the"))
            for (int j = es - 1, would = 0; j >= 0 && k[j].sent == k[es].sent && !past; j--) {
                if (key_is(&k[j], "would")) would = 1;
                else if (would && (k[j].mask & (1ull << TC_TPAST))) past = 1;
            }
        f.dir = past ? -1 : 0;
        /* ... and the night a morning told before it in its sentence
         * ends ("back to normal by Saturday morning, as crews move the
         * trains overnight") */
        if (!past && t->anchor_sent == k[es].sent && t->nout > 0 && t->anchor_y > 0) {
            const char *lv = t->out[t->nout - 1].value;
            size_t ln = strlen(lv);
            if (ln == 13 && strcmp(lv + 10, "TMO") == 0 && value_int(lv) == t->anchor_y)
                f.reldays = (int)(vl_timex_days(t->anchor_y, t->anchor_m, t->anchor_d) - 1 -
                                  vl_timex_days(t->ref_y, t->ref_m, t->ref_d));
        }
    }
    /* French "la nuit" of a past clause whose story is on the dispatch's
     * own day (or on none): the night just gone, the one before that day
     * (the gold's fr-117, fr-121, fr-152: told the morning after); after
     * an afternoon or evening hour of the dispatch's day told before it
     * ("à 22 heures ... La veillée s'est poursuivie toute la nuit", fr-79;
     * "Débutées peu avant 14H30, elles ont été interrompues pour la nuit")
     * that day's night */
    if (cr->r->kind == K_REL && t->lang == TXL_FR && f.pod == POD_NI && f.unit < 0 && f.reldays == -99 &&
        ee == es + 2 && key_is(&k[es], "la") && key_is(&k[es + 1], "nuit") && f.tense == TENSE_PAST &&
        (f.anchor_y < 0 || (f.anchor_y == t->ref_y && f.anchor_m == t->ref_m && f.anchor_d == t->ref_d))) {
        int evening = 0;
        for (size_t o = t->nout; o-- > 0 && !evening;) {
            const char *v = t->out[o].value;
            if (t->out[o].type == VL_TIMEX_TIME && strlen(v) >= 13 && all_digits(v, 4) && v[10] == 'T' &&
                value_int(v) == t->ref_y && value_int(v + 5) == t->ref_m && value_int(v + 8) == t->ref_d &&
                ((is_digit((unsigned char)v[11]) && value_int(v + 11) >= 12) || strcmp(v + 10, "TAF") == 0 ||
                 strcmp(v + 10, "TEV") == 0 || strcmp(v + 10, "TNI") == 0))
                evening = 1;
        }
        /* (nor when its sentence names a day or a part of day after it:
         * "compliquées par la nuit, se poursuivaient jeudi soir") */
        for (int j = ee; !evening && j < (int)t->ntoks && k[j].sent == k[es].sent; j++)
            if (k[j].mask & ((1ull << TC_DOW) | (1ull << TC_POD))) evening = 1;
        if (!evening) f.reldays = -1;
    }
    /* an English weekday that dates the telling ("Smith said Thursday")
     * or a pluperfect's earlier past ("a round that storms had halted
     * Sunday afternoon") is an aside to the story: the clock times told
     * after it stay on the day the story was on ("Wednesday night ... the
     * vote was delayed until after 9 p.m.", "Monday morning ... returned
     * at 7:30 a.m.") */
    if (t->lang == TXL_EN && f.dow >= 1 && f.day < 0 && f.month < 1 && es > 0 && k[es - 1].sent == k[es].sent) {
        int tt = t->tense_tok;
        if (f.tense == TENSE_PAST && tt >= 0 && tt < es && k[tt].sent == k[es].sent &&
            (strcmp(k[tt].key, "had") == 0 || (tt > 0 && strcmp(k[tt - 1].key, "had") == 0)))
            c.aside = 2;
        else if (lang_class(t, &k[es - 1], TXL_EN, TC_SAY))
            c.aside = 1;
    }
    if (t->lang == TXL_FR && f.tense == TENSE_PAST && t->tense_tok >= 0 && t->tense_tok < es &&
        k[t->tense_tok].sent == k[es].sent) {
        int tt = t->tense_tok;
        c.perfect = (french_have(&k[tt]) && french_perfect(t, tt)) ||
                    (tt > 0 && french_have(&k[tt - 1]) && french_perfect(t, tt - 1)) ||
                    (tt > 1 && key_is(&k[tt - 1], "ete") && french_have(&k[tt - 2]));
    }
    memset(&c.tx, 0, sizeof c.tx);
    /* an impossible date (29 février 2025) is no date, nor is a part of it */
    int ry = t->ref_y, rm = t->ref_m, rd = t->ref_d;
    int need = anaphor_precision(t, es, ee, &f, cr->r->kind, cr->r->flags);
    if (need && t->narr_prec >= need) {
        ry = t->narr_y;
        rm = need >= 2 ? t->narr_m : 1;
        rd = need >= 3 ? t->narr_d : 1;
    } else if (need && t->fine_prec >= need) {
        ry = t->fine_y;
        rm = need >= 2 ? t->fine_m : 1;
        rd = need >= 3 ? t->fine_d : 1;
    }
    /* "la semaine dernière ... la semaine précédente", "the week of March
     * 2 ... the following week": a week counted from the week told */
    if (need == 3 && f.unit == U_WEEK && t->wk_fresh && !t->wk_we) ry = t->wk_y, rm = t->wk_m, rd = t->wk_d;
    /* "au quatrième trimestre par rapport au trimestre précédent", "the
     * previous quarter": a quarter counted from the quarter the report is
     * about, which a quarter's name does not make the story's date */
    if (need && f.unit == U_QUARTER && cr->r->kind == K_REL && t->report_q >= 0)
        ry = t->report_q / 4, rm = t->report_q % 4 * 3 + 1, rd = 1;
    c.anaph = need > 0;
    /* an entry of a live report is told on its stamp's day: "demain
     * matin" in the entry stamped "23 h 30 –" of a New Year's night
     * dispatch is New Year's morning, and a clock time of its own
     * paragraph with no day is on that day, or the day before when it is
     * a past one later than the stamp ("0 h 12 – ... fermées depuis 22
     * heures") */
    if (t->entry_y > 0 && !c.stamp && es >= t->entry_tok) {
        /* (the deictic days and parts of day only: a weekday or a month
         * an entry names is told from the dispatch, "witnesses said on
         * Thursday") */
        if (!need && (f.reldays != -99 || (f.pod >= 1 && f.dow < 1 && f.day < 0 && f.month < 1)))
            ry = t->entry_y, rm = t->entry_m, rd = t->entry_d;
        if (cr->r->kind == K_TIME && f.day < 0 && f.dow < 1 && f.month < 1 &&
            (t->anchor_sent != k[es].sent || t->anchor_clock)) {
            int64_t day = vl_timex_days(t->entry_y, t->entry_m, t->entry_d);
            int mins = fields_minutes(&f);
            if (f.tense == TENSE_PAST && mins > t->entry_min && t->entry_min >= 0) day--;
            vl_timex_civil(day, &f.anchor_y, &f.anchor_m, &f.anchor_d);
        }
    }
    if (cr->r->kind == K_DATE && f.season > 0 && f.year < 0 && t->narr_prec >= 1 &&
        season_anaphor(t, es, ee, &f)) {
        /* "In 2019 it moved; the following spring it hired, and that
         * summer...": seasons told from the time of the story */
        ry = t->narr_y;
        rm = t->narr_prec >= 2 ? t->narr_m : f.dir == 1 ? 12 : 1;
        rd = t->narr_prec >= 3 ? t->narr_d : f.dir == 1 ? vl_timex_month_days(ry, rm) : 1;
        if (f.dir != 1 && f.dir != -1) f.year = ry; /* that summer: of the year told */
    }
    /* a day of a month with no year, in a past clause, told in the
     * sentence of a day of a past year whose year was written (or in the
     * next) and within a month after it, is of that year: "le 26 avril
     * 1986 ... le nuage a survolé le pays le 30 avril", "On March 12, 1985,
     * it sold ... On March 20, it bought" (the dispatch's year would put it
     * decades later); a year guessed from the dispatch ("said April 10 is
     * the date") is no story's year to follow, and a month ("juin 1967 ...
     * le 9 juin" of 2020) too loose a one */
    if (cr->r->kind == K_DATE && f.year < 0 && f.month >= 1 && f.day >= 1 && f.dow < 1 && t->narr_prec >= 3 &&
        t->narr_told && t->narr_y < t->ref_y && f.tense == TENSE_PAST && k[es].sent <= t->narr_sent + 1 &&
        f.day <= vl_timex_month_days(t->narr_y, f.month)) {
        int64_t a = vl_timex_days(t->narr_y, t->narr_m, t->narr_prec >= 3 ? t->narr_d : 1);
        int64_t c0 = vl_timex_days(t->narr_y, f.month, f.day);
        if (c0 >= a && c0 <= a + 31) f.year = t->narr_y;
    }
    /* a month or a day of one, with no year, told after "l'édition
     * 2028", "the 2028 edition" in its sentence is of that edition's year
     * ("L'édition 2028 est annoncée du 27 au 30 janvier", told in January
     * 2027) */
    if (cr->r->kind == K_DATE && f.year < 0 && f.month >= 1 && f.dow < 1)
        for (int i = es - 1; i > 0 && k[i].sent == k[es].sent; i--)
            if (k[i].kind == TK_NUM && k[i].ndig == 4 && (k[i].mask & (1ull << TC_YEAR)) &&
                (key_is(&k[i - 1], "edition") || (i + 1 < es && key_is(&k[i + 1], "edition")))) {
                f.year = (int)k[i].num;
                break;
            }
    /* a month or a day of one, with no year, in the past clause of a
     * sentence that opens on a past year ("Last year, his predecessor
     * signed the budget on July 2", "In 1994, ... in March") is of that
     * year */
    if (cr->r->kind == K_DATE && f.year < 0 && f.month >= 1 && f.dow < 1 && t->narr_prec == 1 &&
        t->narr_sent == k[es].sent && t->narr_y < t->ref_y && f.tense != TENSE_FUTURE && year_frame(t, es))
        f.year = t->narr_y;
    c.year_told = f.year >= 0 || (need && t->narr_prec >= need && t->narr_told);
    int kind = cr->r->kind;
    /* "la veille de X", "the day before X" (their rules' param 0): only
     * in apposition to the day told right before the comma ("vendredi, à
     * la veille de", "on Sept. 6, the day before"), and that day */
    if (kind == K_REL && cr->r->param == 0 && ee < (int)t->ntoks &&
        ((ee - es == 2 && key_is(&k[es + 1], "veille")) || (ee - es == 3 && key_is(&k[es + 2], "before")))) {
        int cm = es - 1;
        if (cm > 0 && (key_is(&k[cm], "a") || key_is(&k[cm], "on"))) cm--;
        if (cm < 1 || k[cm].kind != TK_PUNCT || strcmp(k[cm].key, ",") != 0 || t->anchor_sent != k[es].sent ||
            t->anchor_tok != cm - 1)
            return;
        f.reldays = 0;
    }
    /* "April of that year", "June of the following year": the month in
     * the year the story told, shifted by the word before "year"; with no
     * year told, no match (the month alone is taken) */
    if (kind == K_DATE && (cr->r->flags & RF_ANAPH) && f.month >= 1) {
        if (t->narr_prec < 1) return;
        int cf = ctx_flags(t, &k[ee - 2]);
        int shift = (cf & CTX_YEARNEXT) ? 1 : (cf & CTX_YEARPREV) ? -1 : 0;
        f.year = t->narr_y + shift;
    }
    /* "a second stadium", "a second-stage rise", "une seconde vague": before
     * a word, "second(e)" after the article is the ordinal; "for a second",
     * "a second later", "pas une seconde pour" count (CTX_SPAN words,
     * prepositions, determiners, coordinators, clause words; after
     * "half", always the unit: "closed to within half a second on lap 51") */
    if (f.unit == U_SECOND && !(ee >= es + 3 && key_is(&k[ee - 3], "half")) && ee >= es + 2 && ee < (int)t->ntoks &&
        k[ee].kind == TK_WORD &&
        (strcmp(k[ee - 2].key, "a") == 0 || strcmp(k[ee - 2].key, "an") == 0 || strcmp(k[ee - 2].key, "une") == 0) &&
        k[ee].sent == k[es].sent &&
        !(k[ee].mask & ((1ull << TC_COORD) | (1ull << TC_PREP) | (1ull << TC_CLAUSE) | (1ull << TC_TPREP) |
                        (1ull << TC_DET))) &&
        !(ctx_flags(t, &k[ee]) & CTX_SPAN))
        return;
    /* "the quarter-point cut": a compound, not a period */
    if (kind == K_QREF && ee < (int)t->ntoks && (k[ee].flags & TF_HYPH)) return;
    /* "a quarter-point cut", "a quarter percentage point": a fraction of
     * a rate, not three months ("a quarter-century" is no quarter either) */
    if (f.unit == U_QUARTER && ee < (int)t->ntoks && k[ee].sent == k[ee - 1].sent && k[ee].kind == TK_WORD &&
        ((k[ee].flags & TF_HYPH) || key_is(&k[ee], "point") || key_is(&k[ee], "points") ||
         key_is(&k[ee], "percentage")))
        return;
    int mon = 0; /* the month after "ended"/"ending" (ended_month), where asked */
    if (kind == K_QREF) {
        /* the quarter a business report is about, shifted by the rule */
        int q = default_quarter(t);
        if ((cr->r->flags & RF_ANAPH) && t->report_q >= 0) q = t->report_q;
        if ((cr->r->flags & RF_FIRSTQ) && t->first_q >= 0) q = t->first_q;
        /* "the quarter ended Sept. 30", "the quarter ending Dec. 31": the
         * quarter of that day, in the year that puts it nearest the
         * dispatch */
        if ((cr->r->flags & RF_ANAPH) && cr->r->param == 0 && (mon = ended_month(t, k, ee)))
            q = nearest_year(t, mon) * 4 + (mon - 1) / 3;
        q += cr->r->param;
        f.unit = U_QUARTER;
        f.year = q / 4;
        f.ord = q % 4 + 1;
        kind = K_DATE;
    } else if (kind == K_DATE && f.unit == U_QUARTER && f.ord >= 1 && f.year < 0 && f.ydir == -9 &&
               (mon = ended_month(t, k, ee))) {
        /* "the second quarter ended Jan. 31": a fiscal quarter, named as
         * written, of the year of its last day (the one nearest the
         * dispatch, unless the text gives it) */
        f.year = nearest_year(t, mon);
        for (int j = ee + 2; j < (int)t->ntoks && j <= ee + 4 && k[j].sent == k[ee].sent; j++)
            if (k[j].mask & (1ull << TC_YEAR)) {
                f.year = k[j].num;
                break;
            }
        c.ended_q = strcmp(k[ee].key, "ended") == 0;
    } else if (kind == K_DATE && (f.unit == U_QUARTER || f.unit == U_SEMESTER) && f.ord >= 1 && f.year < 0 &&
               f.ydir == -9 && f.dir == -9 && f.tense != TENSE_PAST && report_near(t, es, ee) &&
               reported_year(t, f.ord * (f.unit == U_QUARTER ? 3 : 6)) > 0) {
        /* "will report fourth-quarter results", "results for the fourth
         * quarter": a period that ended within the four months before the
         * dispatch is the one reported on, whatever the future of the
         * report (in February, last year's fourth quarter); a past clause
         * places it as any date */
        f.year = reported_year(t, f.ord * (f.unit == U_QUARTER ? 3 : 6));
    } else if (kind == K_YAGO) {
        f.n = 1;
        f.unit = U_YEAR;
        kind = K_AGO;
    }
    if (kind == K_AGO) f.mod = 0; /* "a year earlier" is no start of a year */
    /* "45 minutes earlier than planned", "two years later than expected":
     * a comparison, whose span is the duration alone (the match without
     * "earlier" wins) */
    if ((kind == K_AGO || kind == K_LATER) && ee < (int)t->ntoks && ee > es && key_is(&k[ee], "than") &&
        (key_is(&k[ee - 1], "earlier") || key_is(&k[ee - 1], "later")))
        return;
    if ((kind == K_AGO || kind == K_LATER) && cr->r->param > 0 && f.n < 0) f.n = cr->r->param;
    /* "une demi-heure", "half an hour ago": a count of half a unit */
    if (kind == K_DUR || kind == K_AGO || kind == K_LATER)
        for (int i = es; i + 1 < ee; i++)
            if (key_is(&k[i], "demi") || key_is(&k[i], "half")) {
                f.n = 0;
                f.half = 1;
                break;
            }
    /* "un quart d'heure", "trois quarts d'heure": quarters of an hour
     * are minutes (PT15M, PT45M) */
    if (kind == K_DUR && ee >= es + 4 && (key_is(&k[es + 1], "quart") || key_is(&k[es + 1], "quarts")) &&
        key_is(&k[ee - 1], "heure")) {
        if (f.n < 1 || f.n > 3) return;
        f.n *= 15;
        f.unit = U_MINUTE;
    }
    int told = 0; /* "un an plus tôt": counted from the story (story_shift) */
    if ((kind == K_AGO || kind == K_LATER) && (cr->r->flags & RF_ANAPH) &&
        (told = story_shift(t, &f, kind == K_AGO ? -1 : 1, ee, &c.tx)) < 0)
        return;
    if (told && (kind == K_AGO || kind == K_LATER)) c.anaph = 1;
    /* "Sur le deuxième trimestre, le résultat a atteint 212 millions,
     * contre 171 millions un an plus tôt": in a sentence about the quarter
     * a report is on, the year before is that quarter a year before (as
     * "a year earlier" below), not a year before the last day told */
    if (told && kind == K_AGO && f.unit == U_YEAR && t->report_q >= 0 && f.n >= 1 && f.n <= 100) {
        int sent = k[es].sent, qs = 0;
        for (int i = es - 1; i >= 0 && k[i].sent == sent && !qs; i--)
            qs = k[i].kind == TK_WORD && (k[i].mask & (1ull << TC_UNIT)) && lex_value(t, &k[i], TC_UNIT) == U_QUARTER;
        if (qs) {
            int q = t->report_q - 4 * f.n;
            snprintf(c.tx.value, sizeof c.tx.value, "%04d-Q%d", q / 4, q % 4 + 1);
            c.yearq = 1;
        }
    }
    if (!told && kind == K_DUR && t->lang == TXL_FR && race_time(t, es, ee, &c.tx)) told = 1; /* 2 h 06 min 12 s */
    /* "in September ... up from the same month last year": the month the
     * text told last (else the dispatch's) in the year before the
     * dispatch's ("in January 1986" told in 1987 is still January) */
    if (!told && kind == K_REL && ee == es + 5 && key_is(&k[es + 1], "same") && key_is(&k[es + 2], "month") &&
        key_is(&k[ee - 1], "year")) {
        int y = t->ref_y, mo = t->narr_prec >= 2 ? t->narr_m : t->ref_m; /* last year: the dispatch's, less one */
        snprintf(c.tx.value, sizeof c.tx.value, "%04d-%02d", y + (key_is(&k[es + 3], "next") ? 1 : -1), mo);
        c.tx.type = VL_TIMEX_DATE;
        c.tx.mod[0] = 0;
        told = 1;
    }
    if (!told && kind == K_DUR && (cr->r->flags & RF_COMPOUND)) {
        if (!compound_duration(t, es, ee, &c.tx)) return; /* units out of order: the shorter matches stand */
        told = 1;
    }
    /* "a course record of 2:19:48", "passed halfway in 1:10:02": a clock
     * with seconds, alone (no a.m., no zone) and not after a preposition
     * of a point in time (at, à, vers), is a race time, not a time of day */
    if (!told && kind == K_TIME && ee == es + 1 && (k[es].mask & (1ull << TC_CLOCK)) && (k[es].flags & TF_SECS) &&
        !(es > 0 && k[es - 1].sent == k[es].sent &&
          (strcmp(k[es - 1].key, "at") == 0 || (t->lang == TXL_FR && time_prep(&k[es - 1]))))) {
        char *v = c.tx.value;
        size_t cap = sizeof c.tx.value, n = (size_t)snprintf(v, cap, "PT");
        if (k[es].y) n += (size_t)snprintf(v + n, cap - n, "%dH", (int)k[es].y);
        if (k[es].m) n += (size_t)snprintf(v + n, cap - n, "%dM", (int)k[es].m);
        if (k[es].d || n == 2) snprintf(v + n, cap - n, "%dS", (int)k[es].d);
        c.tx.type = VL_TIMEX_DURATION;
        c.tx.mod[0] = 0;
        told = 1;
    }
    if (!told && !vl_timex_resolve(kind, cr->r->flags, &f, ry, rm, rd, &c.tx)) {
        c.blocker = 1;
    } else if ((kind == K_AGO || kind == K_REL) && f.unit == U_YEAR && f.dir != 1 && quarter_sentence(t, es, ee) &&
               (kind == K_AGO || compared_before(t->toks, es) || quarter_beside(t, es, ee))) {
        /* "third-quarter profit rose from a year earlier / last year": in a
         * sentence about a quarter, the year before means that quarter a
         * year before (TimeBank's reading of earnings reports) */
        char y[16];
        snprintf(y, sizeof y, "%04d", t->ref_y - 1);
        if (strcmp(c.tx.value, y) == 0) {
            int q = (t->report_q >= 0 ? t->report_q : default_quarter(t)) - 4;
            snprintf(c.tx.value, sizeof c.tx.value, "%04d-Q%d", q / 4, q % 4 + 1);
            c.yearq = 1;
        }
    }
    /* a month or a season with no year, in a present clause of a
     * sentence telling a habit ("the season usually runs from September
     * to May", "touche chaque année ... en hiver et au début du
     * printemps"), is that month or season of every year */
    if (!c.blocker && kind == K_DATE && f.year < 0 && f.day < 1 && f.dow < 1 && f.tense != TENSE_FUTURE &&
        strlen(c.tx.value) == 7 && all_digits(c.tx.value, 4) && c.tx.value[4] == '-' &&
        generic_period(t, es, ee, f.mod > MOD_NONE) && clause_tense(t, es, ee) == TENSE_NONE) {
        memcpy(c.tx.value, "XXXX", 4);
        c.tx.type = VL_TIMEX_SET;
    }
    /* a bare plural before after/later ("hours after the vote") counts
     * an unknown number only standing alone: not "the days after", "many
     * hours later", "three long days later" */
    if (kind == K_DUR && cr->r->param == -2 && ee == es + 1 && es > 0 && ee < (int)t->ntoks &&
        (key_is(&k[ee], "after") || key_is(&k[ee], "later") || key_is(&k[ee], "earlier") || key_is(&k[ee], "before")) &&
        !key_is(&k[es - 1], "for") && !key_is(&k[es - 1], "in") && !key_is(&k[es - 1], "within") &&
        (k[es - 1].sent != k[es].sent ||
         /* (a count two words before: "20 business days before") */
         (es > 1 && k[es - 2].sent == k[es].sent &&
          (k[es - 2].kind == TK_NUM || k[es - 2].kind == TK_OTHER || (k[es - 2].mask & (1ull << TC_NUMW)))) ||
         k[es - 1].kind == TK_OTHER || (k[es - 1].kind == TK_WORD && (k[es - 1].flags & TF_CAP)) ||
         (k[es - 1].mask & ((1ull << TC_DET) | (1ull << TC_NUM) | (1ull << TC_NUMW) | (1ull << TC_VAGUE) |
                            (1ull << TC_ORD) | (1ull << TC_THIS) | (1ull << TC_PAST) | (1ull << TC_NEXT))) ||
         k[es - 1].kind == TK_NUM || key_is(&k[es - 1], "the") || key_is(&k[es - 1], "those") ||
         key_is(&k[es - 1], "these") || key_is(&k[es - 1], "many") || key_is(&k[es - 1], "of")))
        return;
    /* a quoted "today" is the day the quotation was spoken, when its
     * attribution names a past weekday ("\"Today is a great day,\" Smith
     * said Thursday", in a Friday dispatch): that day */
    if (!c.blocker && kind == K_REL && t->lang == TXL_EN && ee == es + 1 && key_is(&k[es], "today") &&
        strlen(c.tx.value) == 10) {
        int dow = quote_weekday(t, es);
        if (dow >= 1 && dow <= 7) {
            int64_t ref = vl_timex_days(t->ref_y, t->ref_m, t->ref_d);
            int rdow = (int)(((ref % 7) + 7 + 3) % 7) + 1;
            int back = (rdow - dow + 7) % 7;
            if (back > 0) {
                int y, mo, d;
                vl_timex_civil(ref - back, &y, &mo, &d);
                snprintf(c.tx.value, sizeof c.tx.value, "%04d-%02d-%02d", y, mo, d);
            }
        }
    }
    /* a quoted "tonight", "ce soir" in a past clause ("ça s'est vu ce
     * soir", "Tonight they said so") of a dispatch the day after its
     * lead's day (a final played Sunday evening, told Monday) is that
     * day's evening or night: the words were spoken then */
    if (!c.blocker && kind == K_REL && f.tense == TENSE_PAST && t->past_y > 0 && strlen(c.tx.value) == 13 &&
        c.tx.value[10] == 'T' &&
        ((t->lang == TXL_EN && ee == es + 1 && key_is(&k[es], "tonight")) ||
         (t->lang == TXL_FR && ee == es + 2 && key_is(&k[es], "ce") && key_is(&k[es + 1], "soir"))) &&
        vl_timex_days(t->past_y, t->past_m, t->past_d) + 1 == vl_timex_days(t->ref_y, t->ref_m, t->ref_d) &&
        value_int(c.tx.value) == t->ref_y && value_int(c.tx.value + 5) == t->ref_m &&
        value_int(c.tx.value + 8) == t->ref_d) {
        int q = 0;
        for (int j = es - 1; j >= 0 && j >= es - 40 && k[j].sent == k[es].sent && !q; j--) q = quote_mark(&k[j]);
        for (int j = ee; j < (int)t->ntoks && j <= ee + 40 && k[j].sent == k[es].sent && !q; j++) q = quote_mark(&k[j]);
        if (q) {
            char pod[4];
            memcpy(pod, c.tx.value + 11, 3);
            pod[3] = 0;
            snprintf(c.tx.value, sizeof c.tx.value, "%04d-%02d-%02dT%s", t->past_y, t->past_m, t->past_d, pod);
        }
    }
    /* "the day after Thanksgiving", "the day before Christmas": the
     * holiday's day, moved by one */
    if (!c.blocker && kind == K_DATE && t->lang == TXL_EN && ee - es >= 4 && key_is(&k[es], "the") &&
        key_is(&k[es + 1], "day") && (key_is(&k[es + 2], "after") || key_is(&k[es + 2], "before")) &&
        strlen(c.tx.value) == 10 && c.tx.value[4] == '-' && c.tx.value[7] == '-' && c.tx.value[0] != 'X') {
        int y, mo, d;
        vl_timex_civil(vl_timex_days(value_int(c.tx.value), value_int(c.tx.value + 5), value_int(c.tx.value + 8)) +
                           (key_is(&k[es + 2], "after") ? 1 : -1),
                       &y, &mo, &d);
        snprintf(c.tx.value, sizeof c.tx.value, "%04d-%02d-%02d", y, mo, d);
    }
    /* "the new fiscal year": the one just begun or about to begin, which
     * a fiscal year begun in July (a state's) or October (the federal
     * one) names by the year it ends in: from April, the next year's
     * (batch 18: "Oct. 1, the start of the new fiscal year" in June
     * 1997 is 1998); "the fiscal year" after it is the same one */
    if (!c.blocker && kind == K_REL && t->lang == TXL_EN && key_is(&k[ee - 1], "year") && ee - es >= 3 &&
        key_is(&k[ee - 2], "fiscal") && key_is(&k[es], "the")) {
        int y = 0;
        if (ee - es == 4 && key_is(&k[es + 1], "new")) y = t->ref_y + (t->ref_m >= 4);
        else if (ee - es == 3 && t->fy_new > 0) y = t->fy_new;
        if (y > 0) {
            snprintf(c.tx.value, sizeof c.tx.value, "%04d", y);
            if (ee - es == 4) t->fy_new = y;
        }
    }
    /* "les vestiges, aujourd'hui visibles", "un site aujourd'hui
     * disparu": before an adjective or a participle it qualifies, and
     * after no verb (not "il est aujourd'hui attendu", today), nowadays */
    if (!c.blocker && kind == K_REL && t->lang == TXL_FR && ee == es + 1 && key_is(&k[es], "aujourd'hui") &&
        ee < (int)t->ntoks && k[ee].sent == k[es].sent && k[ee].kind == TK_WORD && !(k[ee].flags & TF_CAP) &&
        (accented_participle(t, &k[ee]) || pp_irregular(t, &k[ee]) ||
         (k[ee].klen > 5 && (strstr(k[ee].key + k[ee].klen - 5, "ible") || strstr(k[ee].key + k[ee].klen - 5, "able")))) &&
        !(es > 0 && k[es - 1].sent == k[es].sent &&
          (k[es - 1].mask & ((1ull << TC_TPAST) | (1ull << TC_TAUX) | (1ull << TC_TFUT) | (1ull << TC_PPIRR) |
                             (1ull << TC_BE))))) {
        strcpy(c.tx.value, "PRESENT_REF");
        c.tx.type = VL_TIMEX_TIME;
        c.tx.mod[0] = 0;
    }
    /* "« Aujourd'hui, trois patients sur quatre sont diagnostiqués trop
     * tard »": opening its sentence (or a quotation) before a comma, the
     * present set against the past, nowadays (the gold's sentence-opening
     * "Aujourd'hui," are all PRESENT_REF; its DCT days, "appelés aux urnes
     * aujourd'hui", "nés aujourd'hui", follow their verb); not before a
     * past ("Aujourd'hui, le monde a perdu un grand artiste": that day) */
    if (!c.blocker && kind == K_REL && t->lang == TXL_FR && ee == es + 1 && key_is(&k[es], "aujourd'hui") &&
        ee < (int)t->ntoks && k[ee].sent == k[es].sent && strcmp(k[ee].key, ",") == 0 && f.tense != TENSE_PAST &&
        (es == 0 || k[es - 1].sent != k[es].sent || (k[es].flags & TF_BREAK) ||
         opening_quote(&k[es - 1]) || strncmp(k[es - 1].key, "\xc2\xab", 2) == 0)) {
        strcpy(c.tx.value, "PRESENT_REF");
        c.tx.type = VL_TIMEX_TIME;
        c.tx.mod[0] = 0;
    }
    if (!c.blocker && !c.yearq && kind == K_AGO && f.unit == U_YEAR && f.n <= 1 && t->per_sent >= 0 &&
        k[es].sent >= t->per_sent && k[es].sent <= t->per_sent + 2 && !own_month(t, es)) {
        /* "in the three months to September ... from a year earlier": the
         * quarter (half) the span named, a year before, as after "the
         * third quarter" (in its sentence or the next: a paragraph's end
         * counts as a sentence break of its own, as in quarter_sentence) */
        char y[16];
        int py = t->per_unit == U_QUARTER ? t->per_val / 4 : t->per_val / 2;
        snprintf(y, sizeof y, "%04d", py - 1);
        if (strcmp(c.tx.value, y) == 0) {
            if (t->per_unit == U_QUARTER)
                snprintf(c.tx.value, sizeof c.tx.value, "%04d-Q%d", py - 1, t->per_val % 4 + 1);
            else
                snprintf(c.tx.value, sizeof c.tx.value, "%04d-H%d", py - 1, t->per_val % 2 + 1);
            c.yearq = 1;
        }
    }
    /* "Ticket sales for the weekend were up 18% on a year earlier", "last
     * week ... from a year earlier": after a week (weekend) told in its
     * sentence or the one before, the same week a year before, 52 weeks
     * back (the anchor's granularity, batches 6 and 17); "ago" counts
     * from the dispatch and keeps the year */
    if (!c.blocker && !c.yearq && !told && kind == K_AGO && f.unit == U_YEAR && f.n >= 1 && f.n <= 100 &&
        t->wk_fresh && k[es].sent >= t->wk_sent && k[es].sent <= t->wk_sent + 1 && ee > es &&
        (key_is(&k[ee - 1], "earlier") || key_is(&k[ee - 1], "before"))) {
        char y[16];
        snprintf(y, sizeof y, "%04d", t->ref_y - f.n);
        if (strcmp(c.tx.value, y) == 0) {
            int64_t wmon = vl_timex_days(t->wk_y, t->wk_m, t->wk_d) - 364 * (int64_t)f.n;
            int wy, wm, wd;
            vl_timex_civil(wmon + 3, &wy, &wm, &wd); /* the Thursday's year is the ISO year */
            int64_t j4 = vl_timex_days(wy, 1, 4), wk1 = j4 - (((j4 % 7) + 7 + 3) % 7);
            snprintf(c.tx.value, sizeof c.tx.value, "%04d-W%02d%s", wy, (int)((wmon - wk1) / 7) + 1, t->wk_we ? "-WE" : "");
        }
    }
    /* "fell to 89 percent in 2030, from 93 percent three years earlier":
     * after a bare year told earlier in its sentence, counted from that
     * year ("ago" keeps the dispatch's; a quarter or a week above wins) */
    if (!c.blocker && !c.yearq && !told && kind == K_AGO && f.unit == U_YEAR && f.n >= 1 && f.n <= 100 && ee > es &&
        (key_is(&k[ee - 1], "earlier") || key_is(&k[ee - 1], "before")) && t->nout > 0 && t->last_end > 0 &&
        t->last_end <= es && k[t->last_end - 1].sent == k[es].sent && k[t->last_end - 1].kind == TK_NUM &&
        k[t->last_end - 1].ndig == 4 && t->out[t->nout - 1].type == VL_TIMEX_DATE &&
        strlen(t->out[t->nout - 1].value) == 4 && all_digits(t->out[t->nout - 1].value, 4) &&
        strlen(c.tx.value) == 4 && value_int(c.tx.value) == t->ref_y - f.n) {
        int y = value_int(t->out[t->nout - 1].value) - f.n;
        if (y >= 1) snprintf(c.tx.value, sizeof c.tx.value, "%04d", y);
    }
    /* ... and after a month told earlier in its sentence ("in May",
     * "March 1995", "last month"), that month N years before ("rose 0.6
     * percent in May and were 5.2 percent higher than a year earlier":
     * the May before; batch 1's "a year earlier" after "in March"); not
     * a month compared beside it ("up from 1.61 mln in December and 1.65
     * mln a year earlier" is the January before) */
    else if (!c.blocker && !c.yearq && !told && kind == K_AGO && f.unit == U_YEAR && f.n >= 1 && f.n <= 100 &&
             ee > es && (key_is(&k[ee - 1], "earlier") || key_is(&k[ee - 1], "before")) && t->nout > 0 &&
             t->last_end > 0 && t->last_end <= es && k[t->last_end - 1].sent == k[es].sent &&
             !key_is(&k[t->last_end], "and") && !key_is(&k[t->last_end], "/") &&
             t->out[t->nout - 1].type == VL_TIMEX_DATE &&
             strlen(t->out[t->nout - 1].value) == 7 && all_digits(t->out[t->nout - 1].value, 4) &&
             t->out[t->nout - 1].value[4] == '-' && strlen(c.tx.value) == 4 && value_int(c.tx.value) == t->ref_y - f.n) {
        int y = value_int(t->out[t->nout - 1].value) - f.n;
        if (y >= 1) snprintf(c.tx.value, sizeof c.tx.value, "%04d-%.2s", y, t->out[t->nout - 1].value + 5);
    }
    /* "il y a trois heures", "about two hours ago" in an entry of a live
     * report: counted back from the entry's stamp, a time of day ("6 h 45
     * – ... disparu il y a trois heures": 3 h 45), not the dispatch's day */
    if (!told && !c.blocker && kind == K_AGO && (f.unit == U_HOUR || f.unit == U_MINUTE) && f.n != -2 &&
        t->entry_y > 0 && es >= t->entry_tok && t->entry_min >= 0) {
        int n = f.n < 0 ? 1 : f.n;
        int back = f.unit == U_HOUR ? n * 60 + (f.half ? 30 : 0) : n;
        if (back <= 24 * 60) {
            int64_t day = vl_timex_days(t->entry_y, t->entry_m, t->entry_d);
            int mins = t->entry_min - back;
            if (mins < 0) mins += 24 * 60, day--;
            int y, mo, d;
            vl_timex_civil(day, &y, &mo, &d);
            snprintf(c.tx.value, sizeof c.tx.value, "%04d-%02d-%02dT%02d:%02d", y, mo, d, mins / 60, mins % 60);
            c.tx.type = VL_TIMEX_TIME;
        }
    }
    /* ... and outside a live report, from the speaker's present clock
     * when the text told it ("Il est 13 heures. ... un bilan publié il y
     * a une demi-heure": 12 h 30); with none, the day stays */
    else if (!told && !c.blocker && kind == K_AGO && (f.unit == U_HOUR || f.unit == U_MINUTE) && f.n != -2 &&
             t->entry_y < 0 && t->now_y > 0) {
        int n = f.n < 0 ? 1 : f.n;
        int back = f.unit == U_HOUR ? n * 60 + (f.half ? 30 : 0) : n;
        if (back <= 24 * 60) {
            int64_t day = vl_timex_days(t->now_y, t->now_m, t->now_d);
            int mins = t->now_min - back;
            if (mins < 0) mins += 24 * 60, day--;
            int y, mo, d;
            vl_timex_civil(day, &y, &mo, &d);
            snprintf(c.tx.value, sizeof c.tx.value, "%04d-%02d-%02dT%02d:%02d", y, mo, d, mins / 60, mins % 60);
            c.tx.type = VL_TIMEX_TIME;
        }
    }
    /* "this hour", "the top of the hour" of a broadcast that told its
     * clock: that hour (2026-01-15T06), the next full one (07:00);
     * "tout à l'heure" in a past clause is a moment ago */
    if (kind == K_REF && !c.blocker && ee - es >= 2 && key_is(&k[ee - 1], "hour") && t->now_y > 0) {
        int64_t day = vl_timex_days(t->now_y, t->now_m, t->now_d);
        int h = t->now_min / 60, y, mo, d;
        if (!key_is(&k[es], "this") && ++h == 24) h = 0, day++;
        vl_timex_civil(day, &y, &mo, &d);
        if (key_is(&k[es], "this")) snprintf(c.tx.value, sizeof c.tx.value, "%04d-%02d-%02dT%02d", y, mo, d, h);
        else snprintf(c.tx.value, sizeof c.tx.value, "%04d-%02d-%02dT%02d:00", y, mo, d, h);
        c.tx.type = VL_TIMEX_TIME;
    }
    if (kind == K_REF && !c.blocker && key_is(&k[es], "tout") && f.tense == TENSE_PAST)
        snprintf(c.tx.value, sizeof c.tx.value, "PAST_REF");
    /* "les prochains jours", "les prochaines semaines": French vague
     * references are TIMEs, as "à l'avenir", "prochainement" (FR
     * TimeBank, the gold batches) */
    if (kind == K_PLREF && t->lang == TXL_FR && strcmp(c.tx.value, "FUTURE_REF") == 0) c.tx.type = VL_TIMEX_TIME;
    /* ... but "ces dernières années", "ces derniers mois" are a vague
     * span ending now, as "the past few months" (DURATION PXY, PXM: the
     * gold batches 10, 14, 23 write them so; the future ones stay
     * references) */
    if (kind == K_PLREF && t->lang == TXL_FR && strcmp(c.tx.value, "PAST_REF") == 0 &&
        (f.unit == U_YEAR || f.unit == U_MONTH)) {
        /* (weeks and days keep PAST_REF: no gold batch writes them, and
         * the unit tests of the first rounds hold "ces dernières semaines"
         * PAST_REF) */
        snprintf(c.tx.value, sizeof c.tx.value, "PX%c", f.unit == U_YEAR ? 'Y' : 'M');
        c.tx.type = VL_TIMEX_DURATION;
    }
    /* K_TIME param: days from the date matched ("la nuit du 14 au 15
     * février": -1, the 14th's) */
    if (kind == K_TIME && cr->r->param && f.day >= 1 && !c.blocker) shift_value_day(&c.tx, cr->r->param);
    if (m->best->ok && !cand_better(&c, m->best)) return;
    c.clock_only = kind == K_TIME && c.tx.type != VL_TIMEX_DURATION && f.year < 0 && f.month < 0 && f.day < 0 &&
                   f.dow < 0;
    *m->best = c;
}

/* Whether token i is the rank of a list's line after a race time ("... à
 * 9 s" then "3. Jure Kos"): a number opening a line, its full stop
 * right after it, the line before ending on a unit of seconds or minutes.
 * A race classification set as a wire list is no hundredths of a second
 * ("9 s 58" in prose is); a date wrapped across lines ("March\n15.")
 * keeps its day. */
static int list_rank(const vl_timex_tagger *t, int i) {
    const tx_tok *k = t->toks;
    return (k[i].flags & TF_LINE) && k[i].kind == TK_NUM && i > 0 && i + 1 < (int)t->ntoks &&
           k[i + 1].kind == TK_PUNCT && k[i + 1].key[0] == '.' && k[i + 1].key[1] == 0 &&
           k[i + 1].start == k[i].end && (key_is(&k[i - 1], "s") || key_is(&k[i - 1], "min") || key_is(&k[i - 1], "mn"));
}

static void match_rec(match_ctx *m, int ei, int ti) {
    const tx_crule *cr = m->cr;
    if (ei == cr->nelem) {
        complete(m, ti);
        return;
    }
    const tx_elem *e = &cr->e[ei];
    if (ti < (int)m->t->ntoks && !(ti > m->start && (m->t->toks[ti].flags & TF_BREAK) && m->t->toks[ti].kind != TK_PUNCT) &&
        !(ti > m->start && list_rank(m->t, ti))) {
        int c = elem_match(m->t, e, &m->t->toks[ti]);
        if (c >= 0) {
            m->caps[ei] = (tx_cap){ti, c};
            match_rec(m, ei + 1, ti + 1);
        }
    }
    if (e->opt) {
        m->caps[ei] = (tx_cap){-1, 0};
        match_rec(m, ei + 1, ti);
    }
}

/* The rules that may match from token i, in the active languages: those
 * its word or classes may start, less those that need a second token that
 * token i + 1 cannot be. */
static void candidate_rules(const vl_timex_tagger *t, int i, tx_rset *out) {
    const tx_tok *k = &t->toks[i];
    *out = k->slot >= 0 ? t->slot_rules[k->slot] : (tx_rset){{0}};
    for (uint64_t m = k->mask & ~1ull; m; m &= m - 1) {
        const tx_rset *c = &t->class_rules[__builtin_ctzll(m)];
        for (int w = 0; w < RULE_WORDS; w++) out->w[w] |= c->w[w];
    }
    tx_rset second = t->short_rules;
    if (i + 1 < (int)t->ntoks) {
        const tx_tok *n = &t->toks[i + 1];
        if (n->slot >= 0)
            for (int w = 0; w < RULE_WORDS; w++) second.w[w] |= t->second_slot[n->slot].w[w];
        for (uint64_t m = n->mask & ~1ull; m; m &= m - 1) {
            const tx_rset *c = &t->second_class[__builtin_ctzll(m)];
            for (int w = 0; w < RULE_WORDS; w++) second.w[w] |= c->w[w];
        }
    }
    for (int w = 0; w < RULE_WORDS; w++) out->w[w] &= t->lang_rules[t->lang].w[w] & second.w[w];
}

/* The best match of a core rule (no prefix) among the candidates cand
 * starting at token i. */
static void best_among(vl_timex_tagger *t, int i, const tx_rset *cand, int after_mod, tx_cand *best) {
    best->ok = 0;
    for (int w = 0; w < RULE_WORDS; w++) {
        /* a rule for after a modifier completes nothing elsewhere */
        uint64_t bits = cand->w[w] & ~t->prefix_rules.w[w] & (after_mod ? ~0ull : ~t->aftermod_rules.w[w]);
        for (; bits; bits &= bits - 1) {
            size_t r = (size_t)w * 64 + (size_t)__builtin_ctzll(bits);
            match_ctx m = {.t = t, .cr = &t->rules[r], .rule = (int)r, .start = i, .after_mod = after_mod, .best = best};
            match_rec(&m, 0, i);
        }
    }
}

/* Whether some rule may start at token i: its classes or its word. */
static inline int may_start(const vl_timex_tagger *t, int i) {
    const tx_tok *k = &t->toks[i];
    return (k->mask & t->class_starts) || (k->slot >= 0 && t->slot_starts[k->slot]);
}

/* The best match of a core rule (no prefix) starting at token i. */
static void best_at(vl_timex_tagger *t, int i, int after_mod, tx_cand *best) {
    best->ok = 0;
    if (i >= (int)t->ntoks || !may_start(t, i)) return;
    tx_rset cand;
    candidate_rules(t, i, &cand);
    best_among(t, i, &cand, after_mod, best);
}

static int push_out(vl_timex_tagger *t, const vl_timex *x) {
    vl_timex *n = vl_array_grow(t->out, &t->cap_out, t->nout, sizeof *n, 32);
    if (!n) return VL_ENOMEM;
    t->out = n;
    t->out[t->nout++] = *x;
    return VL_OK;
}

/* The first token at or after i that is no word of a time zone ("EST",
 * "Pacific time", "local time"): where the day of a clock time ending at
 * i may be named. */
static int zone_end(const vl_timex_tagger *t, int i) {
    for (int j = i; j < (int)t->ntoks && j < i + 3; j++)
        if (t->toks[j].kind != TK_WORD || !(t->toks[j].mask & (1ull << TC_ZONE)) ||
            t->toks[j].sent != t->toks[i].sent)
            return j;
    return i + 3 < (int)t->ntoks ? i + 3 : (int)t->ntoks;
}

/* The end of a span of days is not before its start: "from Jan. 1 to
 * Dec. 31" told in March, "resumes on April 6 and runs through Nov. 30",
 * "jusqu'au 30 novembre" after a day of its sentence.  x, a day and month
 * written without a year at tokens [es, ee), follows the last day found
 * in its sentence across a range link, or after through, until, till,
 * jusqu'au; when the nearest such date fell before that day in an
 * earlier year, it is in the start's year. */
static void span_end_after_start(const vl_timex_tagger *t, int es, int ee, vl_timex *x) {
    const tx_tok *k = t->toks;
    if (x->type != VL_TIMEX_DATE || x->mod[0] || t->last_day < 0 || t->last_end <= 0 || es < 1 ||
        k[t->last_end - 1].sent != k[es].sent || strlen(x->value) != 10 || !all_digits(x->value, 4))
        return;
    int month = 0;
    for (int i = es; i < ee; i++) {
        if (k[i].mask & ((1ull << TC_YEAR) | (1ull << TC_DOW) | (1ull << TC_ISO) | (1ull << TC_PAST) | (1ull << TC_NEXT)))
            return;
        if (k[i].mask & (1ull << TC_MONTH)) month = 1;
    }
    if (!month) return;
    const tx_tok *b = &k[es - 1];
    if (!range_link(t, es) && !key_is(b, "through") && !key_is(b, "until") && !key_is(b, "till") &&
        !key_is(b, "thru") && !key_is(b, "jusqu'au"))
        return;
    int y = value_int(x->value), m = value_int(x->value + 5), d = value_int(x->value + 8), sy, sm, sd;
    vl_timex_civil(t->last_day, &sy, &sm, &sd);
    /* (only when the end's day of the year follows the start's: an end
     * before it, "from Dec. 20 to Jan. 5", crosses a new year, which the
     * resolver already places, and "payable April 1 to March 20" of a
     * sentence no range reads is none) */
    if (vl_timex_days(y, m, d) >= t->last_day || sy <= y || m < sm || (m == sm && d < sd)) return;
    snprintf(x->value, sizeof x->value, "%04d-%02d-%02d", sy, m, d);
}

/* A French sports story that numbers its "journées" in digits ("la 12e
 * journée"; "la deuxième journée" of a search is its second day) counts
 * match days, not days: there "les cinq dernières journées" is no span of
 * five days.  Drops the unit from every journée then. */
static void match_days(vl_timex_tagger *t) {
    tx_tok *k = t->toks;
    int n = (int)t->ntoks, sport = 0;
    if (t->lang != TXL_FR) return;
    for (int i = 1; i < n && !sport; i++)
        if (strcmp(k[i].key, "journee") == 0 && (k[i - 1].mask & (1ull << TC_ORD)) && k[i - 1].kind == TK_NUM &&
            k[i - 1].sent == k[i].sent)
            sport = 1;
    for (int i = 0; sport && i < n; i++)
        if (strcmp(k[i].key, "journee") == 0 || strcmp(k[i].key, "journees") == 0)
            k[i].mask &= ~((1ull << TC_UNIT) | (1ull << TC_UNITS) | (1ull << TC_LIT));
}

/* Whether the English expression at tokens [es, ee) is a day word that
 * completes the clock time ending at token clock_end right before it
 * (past its zone): today, tomorrow, yesterday, next, last, this and a
 * weekday, or "the evening before". */
static int clock_day_word(const vl_timex_tagger *t, int clock_end, int es, int ee) {
    const tx_tok *k = t->toks;
    if (t->lang != TXL_EN || clock_end < 0 || es != zone_end(t, clock_end)) return 0;
    if (ee - es == 1 && (k[es].mask & (1ull << TC_REL))) {
        int v = lex_value(t, &k[es], TC_REL);
        return v >= -1 && v <= 1;
    }
    /* "7 p.m. the evening before" */
    if (ee - es == 3 && key_is(&k[es], "the") && (k[es + 1].mask & (1ull << TC_POD)) && key_is(&k[es + 2], "before"))
        return 1;
    return ee - es == 2 && (k[es].mask & ((1ull << TC_NEXT) | (1ull << TC_PAST) | (1ull << TC_THIS))) &&
           (k[es + 1].mask & (1ull << TC_DOW));
}

/* The minutes past midnight of a clock time x found at tokens [es, ee):
 * a dated one ("2025-12-31T22:00": *dated set) or a count of hours
 * written as a clock would be ("22 heures", PT22H; "6 heures 30");
 * -1 when x is neither. */
static int clock_minutes(const vl_timex_tagger *t, const vl_timex *x, int es, int ee, int *dated) {
    const char *v = x->value;
    *dated = 0;
    if (x->type == VL_TIMEX_TIME) {
        if (strlen(v) < 16 || !all_digits(v, 4) || v[10] != 'T' || !all_digits(v + 11, 2) || v[13] != ':' ||
            !all_digits(v + 14, 2))
            return -1;
        *dated = 1;
        return value_int(v + 11) * 60 + value_int(v + 14);
    }
    const tx_tok *unit = &t->toks[es + 1];
    if (x->type != VL_TIMEX_DURATION || x->mod[0] || ee - es < 2 || ee - es > 3 ||
        !(t->toks[es].mask & (1ull << TC_HOUR)) || unit->kind != TK_WORD ||
        !(unit->mask & ((1ull << TC_UNIT) | (1ull << TC_UNITS))) ||
        lex_value(t, unit, unit->mask & (1ull << TC_UNITS) ? TC_UNITS : TC_UNIT) != U_HOUR || strncmp(v, "PT", 2) != 0)
        return -1;
    int h = value_int(v + 2), m = 0;
    const char *p = v + 2;
    while (*p >= '0' && *p <= '9') p++;
    if (*p++ != 'H') return -1;
    if (*p) {
        m = value_int(p);
        while (*p >= '0' && *p <= '9') p++;
        if (strcmp(p, "M") != 0) return -1;
    }
    return h <= 24 && m < 60 ? h * 60 + m : -1;
}

/* Writes the clock time of `minutes` on `day` (YYYY-MM-DD) into x. */
static void put_clock(vl_timex *x, const char *day, int minutes) {
    x->type = VL_TIMEX_TIME;
    snprintf(x->value, sizeof x->value, "%.10sT%02d:%02d", day, minutes / 60, minutes % 60);
}

/* The two ends of a range of clock times: "entre 22 heures et 6 heures",
 * "de 22h à 6h", "from 10 p.m. to 6 a.m.".  x, at tokens [es, ee), follows
 * the last expression found (which began at token prev_es) across a
 * range link.  A count of hours at either end is a time of day there
 * (written like one, "N heures", and the first end after "entre" or "de"
 * unless it is a clock time already); both ends take the day of the one
 * that has a day, else the day clock times are anchored to; and an end
 * before its start is on the next day, unless only the end names its
 * day: then the start is on the day before (and that end, too, is the
 * range's next day, not the story's).  Returns 1 in that last case: the
 * next day is the range's, not the story's (later clock times and "la
 * nuit" stay on the day told). */
/* Whether the match [es, ee) names its day (a weekday, a month, demain,
 * a numeric date): "jusqu'à jeudi 6 heures". */
static int cdated_named(const vl_timex_tagger *t, int es, int ee) {
    for (int i = es; i < ee; i++)
        if (t->toks[i].mask & ((1ull << TC_DOW) | (1ull << TC_MONTH) | (1ull << TC_REL) | (1ull << TC_ISO))) return 1;
    return 0;
}

static int clock_range(vl_timex_tagger *t, int prev_es, int es, int ee, vl_timex *x, int generic) {
    if (!t->nout || prev_es < 0 || !range_link(t, es)) return 0;
    vl_timex *p = &t->out[t->nout - 1];
    int pdated, cdated;
    int pm = clock_minutes(t, p, prev_es, t->last_end, &pdated);
    int cm = clock_minutes(t, x, es, ee, &cdated);
    if (pm < 0 || cm < 0) return 0;
    if (!pdated) {
        const tx_tok *b = prev_es > 0 ? &t->toks[prev_es - 1] : NULL;
        if (!b || b->sent != t->toks[prev_es].sent || !(b->mask & (1ull << TC_CLOCKOPEN))) return 0;
    }
    /* a range of every day's hours ("ouvert chaque mercredi de 14 heures
     * à 18 heures"): both ends on every such day (set_sentence) */
    if (generic && !pdated && !cdated_named(t, es, ee)) {
        put_clock(p, "XXXX-XX-XX", pm);
        put_clock(x, "XXXX-XX-XX", cm);
        return 0;
    }
    char day[11];
    if (pdated) memcpy(day, p->value, 10);
    else if (cdated) memcpy(day, x->value, 10);
    else if (t->anchor_sent >= 0) {
        /* after a night, a range that opens in the evening opens on the
         * night's first day ("la nuit de samedi à dimanche, entre 23
         * heures et 5 heures") */
        int64_t aday = vl_timex_days(t->anchor_y, t->anchor_m, t->anchor_d) - (t->anchor_night && pm >= 18 * 60);
        int y, m, d;
        vl_timex_civil(aday, &y, &m, &d);
        snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
    } else snprintf(day, sizeof day, "%04d-%02d-%02d", t->ref_y, t->ref_m, t->ref_d);
    day[10] = 0;
    int cnamed = 0;
    for (int i = es; cdated && i < ee; i++)
        if (t->toks[i].mask & ((1ull << TC_DOW) | (1ull << TC_MONTH) | (1ull << TC_REL) | (1ull << TC_ISO))) cnamed = 1;
    if (!pdated && cnamed && cm < pm) {
        /* the end names its day and the start does not: the end keeps it and
         * the start is on the day before ("de 16 heures jusqu'à jeudi 6
         * heures", told on Wednesday, opens on Wednesday) */
        int y, m, d;
        vl_timex_civil(vl_timex_days(value_int(day), value_int(day + 5), value_int(day + 8)) - 1, &y, &m, &d);
        snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
        put_clock(p, day, pm);
        return 1; /* the story stays on the start's day */
    }
    if (!pdated) put_clock(p, day, pm);
    if (!cdated) put_clock(x, day, cm);
    if (cm < pm && memcmp(p->value, x->value, 10) == 0) {
        int y, m, d;
        vl_timex_civil(vl_timex_days(value_int(day), value_int(day + 5), value_int(day + 8)) + 1, &y, &m, &d);
        char next[11];
        snprintf(next, sizeof next, "%04d-%02d-%02d", y, m, d);
        memcpy(x->value, next, 10);
        return 1;
    }
    return 0;
}

/* A French clock-shaped count after "moins de", "plus de", "au moins" or
 * "près de" (the prefix at token i) is how long, not when: "restés moins
 * de 24h à l'hôtel" is PT24H, less than; "vers 14h" stays a time of day.
 * Rewrites *core so when it is one. */
static void clock_count(const vl_timex_tagger *t, int i, int mod, tx_cand *core) {
    const tx_tok *c = &t->toks[core->ext_start];
    if (t->lang != TXL_FR || core->tx.type != VL_TIMEX_TIME || core->ext_end != core->ext_start + 1 ||
        !(c->mask & (1ull << TC_CLOCK)))
        return;
    if (!(mod == MOD_LESS_THAN || mod == MOD_MORE_THAN || mod == MOD_EQUAL_OR_MORE ||
          (mod == MOD_APPROX && strcmp(t->toks[i].key, "pres") == 0)))
        return;
    vl_timex_put_hours(c->y, c->m, &core->tx);
}

/* The mod a prefix match gives: its rule's param, else its MOD/QUANT word. */
static int prefix_mod(vl_timex_tagger *t, const tx_cand *p, int *is_mod) {
    const tx_crule *cr = &t->rules[p->rule];
    *is_mod = 0;
    for (int i = p->start_tok; i < p->end_tok; i++) {
        if (t->toks[i].mask & (1ull << TC_MOD)) {
            *is_mod = 1;
            if (cr->r->param < 0) return lex_value(t, &t->toks[i], TC_MOD);
        }
        if (cr->r->param < 0 && (t->toks[i].mask & (1ull << TC_QUANT))) return lex_value(t, &t->toks[i], TC_QUANT);
    }
    return cr->r->param > 0 ? cr->r->param : 0;
}

/* Prefix matches can end at several places ("the end of the"): the engine
 * tries each end, so prefixes are enumerated with their ends here. */
typedef struct prefix_ctx {
    match_ctx m;
    int ends[16];
    int rules[16];
    int n;
} prefix_ctx;

static void prefix_rec(prefix_ctx *p, int ei, int ti) {
    const tx_crule *cr = p->m.cr;
    if (ei == cr->nelem) {
        if (ti > p->m.start && p->n < 16) {
            p->ends[p->n] = ti;
            p->rules[p->n++] = p->m.rule;
        }
        return;
    }
    const tx_elem *e = &cr->e[ei];
    if (ti < (int)p->m.t->ntoks && !(ti > p->m.start && (p->m.t->toks[ti].flags & TF_BREAK))) {
        int c = elem_match(p->m.t, e, &p->m.t->toks[ti]);
        if (c >= 0) prefix_rec(p, ei + 1, ti + 1);
    }
    if (e->opt) prefix_rec(p, ei + 1, ti);
}

/* The code points of text[a, b): its bytes that are no UTF-8 continuation
 * bytes (10xxxxxx), eight at a time. */
static size_t count_code_points(const char *text, size_t a, size_t b) {
    size_t n = 0;
    for (; a + 8 <= b; a += 8) {
        uint64_t x;
        memcpy(&x, text + a, 8);
        /* bit 7 of each byte: set for a continuation byte (bit 7 set, bit 6
         * clear); the multiplication sums the eight bits in the top byte */
        uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;
        n += 8 - (size_t)((cont * 0x0101010101010101ull) >> 56);
    }
    for (; a < b; a++) n += ((unsigned char)text[a] & 0xC0) != 0x80;
    return n;
}

/* The days listed with a date, each its own expression as TimeBank tags
 * them ("les 6 et 13 avril", "du 19 au 23 juillet", "April 24 and 25",
 * "Oct. 4, 11 and 18"): the bare day numbers before a French "DAY MONTH"
 * date, or after an English "MONTH DAY" one, joined by commas and a last
 * et/ou/au (and/or/to/through), each greater than the one before. */
typedef struct tx_listday {
    int start, end; /* tokens [start, end) */
    int day;
} tx_listday;

enum { MAX_LISTDAYS = 8 };

static int list_day(const tx_tok *k) {
    return k->kind == TK_NUM && (k->flags & TF_NUMV) && k->ndig >= 1 && k->ndig <= 2 && !(k->flags & TF_HYPH) &&
           k->num >= 1 && k->num <= 31;
}

/* The French list before the date at tokens [es, ee) on day `day`; returns
 * the count written into out (in text order), 0 when there is none. */
static int list_before(const vl_timex_tagger *t, int es, int day, tx_listday *out) {
    const tx_tok *k = t->toks;
    int d = es;
    if (key_is(&k[d], "le")) d++;
    if (d >= (int)t->ntoks || !list_day(&k[d]) || k[d].num != day) return 0;
    int j = es - 1; /* the link before the date */
    if (j < 1 || k[j].sent != k[es].sent ||
        !(key_is(&k[j], "et") || key_is(&k[j], "ou") || key_is(&k[j], "au") || key_is(&k[j], "a")))
        return 0;
    tx_listday rev[MAX_LISTDAYS];
    int n = 0, next = day;
    while (n < MAX_LISTDAYS) {
        int p = j - 1;
        if (p < 0 || k[p].sent != k[es].sent || !list_day(&k[p]) || k[p].num >= next) break;
        int st = p;
        if (st > 0 && (key_is(&k[st - 1], "le") || key_is(&k[st - 1], "les")) && k[st - 1].sent == k[es].sent) st--;
        rev[n++] = (tx_listday){st, p + 1, (int)k[p].num};
        next = (int)k[p].num;
        if (st > 0 && k[st - 1].kind == TK_PUNCT && strcmp(k[st - 1].key, ",") == 0) j = st - 1;
        else break;
    }
    if (!n) return 0;
    /* the list opens with its determiner or preposition ("les 6", "des 3",
     * "du 19", "entre le 3"), not after a verb that counts ("il a 3 et 4") */
    int first = rev[n - 1].start;
    if (!(key_is(&k[first], "le") || key_is(&k[first], "les") ||
          (first > 0 && (key_is(&k[first - 1], "des") || key_is(&k[first - 1], "du") ||
                         key_is(&k[first - 1], "entre")))))
        return 0;
    for (int i = 0; i < n; i++) out[i] = rev[n - 1 - i];
    return n;
}

/* Whether an English list day may end before token j: the text ends, or
 * punctuation, a preposition, a link or a clause word follows ("April 24
 * and 25.", "on Oct. 4, 11 and 18 in Paris"), not a noun it would count
 * ("March 3 and 4 others"). */
static int list_day_end(const vl_timex_tagger *t, int j, int sent) {
    if (j >= (int)t->ntoks || t->toks[j].sent != sent) return 1;
    const tx_tok *k = &t->toks[j];
    if (k->kind == TK_PUNCT) return strcmp(k->key, "%") != 0;
    return k->kind == TK_WORD &&
           ((k->mask & ((1ull << TC_PREP) | (1ull << TC_LINK) | (1ull << TC_CLAUSE) | (1ull << TC_COORD))) ||
            key_is(k, "in") || key_is(k, "on"));
}

/* The English list after the date at tokens [es, ee) on day `day`. */
static int list_after(const vl_timex_tagger *t, int es, int ee, int day, int mdays, tx_listday *out) {
    const tx_tok *k = t->toks;
    if (ee - 1 <= es || !list_day(&k[ee - 1]) || k[ee - 1].num != day || !(k[es].mask & (1ull << TC_MONTH))) return 0;
    int n = 0, prev = day, j = ee, linked = 0, sent = k[es].sent;
    while (n < MAX_LISTDAYS && !linked) {
        if (j < (int)t->ntoks && k[j].kind == TK_PUNCT && strcmp(k[j].key, ",") == 0) j++;
        if (j < (int)t->ntoks && (key_is(&k[j], "and") || key_is(&k[j], "or") || key_is(&k[j], "to") ||
                                  key_is(&k[j], "through")))
            linked = 1, j++;
        if (j >= (int)t->ntoks || k[j].sent != sent || !list_day(&k[j]) || k[j].num <= prev || k[j].num > mdays)
            return 0;
        out[n++] = (tx_listday){j, j + 1, (int)k[j].num};
        prev = (int)k[j].num;
        j++;
    }
    return linked && list_day_end(t, j, sent) ? n : 0;
}

/* Writes the list day d into x, a copy of the date `date` (YYYY-MM-DD)
 * with the list day's day and extent, counting its code points on from
 * *cp_pos / *cp_count, and pushes it. */
static int push_list_day(vl_timex_tagger *t, const vl_timex *date, const tx_listday *d, size_t *cp_pos,
                         size_t *cp_count) {
    vl_timex x = *date;
    snprintf(x.value + 8, sizeof x.value - 8, "%02d", d->day);
    x.mod[0] = 0;
    x.start = t->toks[d->start].start;
    x.end = t->toks[d->end - 1].end;
    *cp_count += count_code_points(t->text, *cp_pos, x.start);
    x.cp_start = *cp_count;
    *cp_count += count_code_points(t->text, x.start, x.end);
    x.cp_end = *cp_count;
    *cp_pos = x.end;
    return push_out(t, &x);
}

static int day_value(const vl_timex *x) {
    const char *v = x->value;
    return x->type == VL_TIMEX_DATE && strlen(v) == 10 && all_digits(v, 4) && v[4] == '-' && all_digits(v + 5, 2) &&
           v[7] == '-' && all_digits(v + 8, 2);
}

int vl_timex_tag(vl_timex_tagger *t, const char *text, size_t len, vl_lang lang, const char *ref_date,
                 const vl_timex **out, size_t *n) {
    *out = NULL;
    *n = 0;
    t->nout = 0;
    if (!ref_date || !vl_date_valid(ref_date, strlen(ref_date))) return VL_EARG;
    t->ref_y = value_int(ref_date);
    t->ref_m = value_int(ref_date + 5);
    t->ref_d = value_int(ref_date + 8);
    t->lang = lang == VL_LANG_FR ? TXL_FR : lang == VL_LANG_EN ? TXL_EN : TXL_ALL;
    t->text = text;
    t->len = len;
    t->anchor_sent = -1;
    t->now_y = -1;
    t->anchor_night = 0;
    t->anchor_tni = 0;
    t->fy_new = 0;
    t->fut_y = -1;
    t->past_y = -1;
    t->lead_done = 0;
    t->stamp_y = -1;
    t->stamp_min = -1;
    t->stamp_order = 0;
    t->entry_y = -1;
    t->narr_prec = 0;
    t->fine_prec = 0;
    t->wk_fresh = 0;
    t->report_q = -1;
    t->first_q = -1;
    t->per_to = t->per_sent = -1;
    t->last_day = t->last_end = -1;
    t->tense_tok = -1;
    for (int d = 0; d < 8; d++) t->dow_seen[d] = -1;
    if (len > UINT32_MAX - 16) return VL_EARG;
    int rc = tokenize(t);
    if (rc) return rc;
    post_tokens(t);
    match_days(t);
    if (t->ntoks) memset(t->tense_memo, TENSE_UNKNOWN, t->ntoks);
    size_t cp_pos = 0, cp_count = 0;
    /* the last clock time with no day of its own, and the token after it */
    long clock_out = -1;
    int clock_end = -1;
    int prev_es = -1; /* where the last expression found began */
    int last_moved_night = 0; /* the last clock time found was moved to the morning after its evening */
    for (int i = 0; i < (int)t->ntoks;) {
        if (!may_start(t, i)) {
            i++;
            continue;
        }
        tx_cand best, core;
        tx_rset cand;
        candidate_rules(t, i, &cand);
        /* an entry of a live report ends with its paragraph */
        for (; t->entry_y > 0 && t->entry_scan <= i; t->entry_scan++)
            if ((t->toks[t->entry_scan].flags & TF_BREAK) && t->toks[t->entry_scan].kind != TK_PUNCT) t->entry_y = -1;
        uint64_t any = 0;
        for (int w = 0; w < RULE_WORDS; w++) any |= cand.w[w];
        if (!any) { /* no rule can match here */
            i++;
            continue;
        }
        best_among(t, i, &cand, 0, &best);
        /* modifiers and determiners before a match */
        prefix_ctx p;
        p.n = 0;
        /* (no prefix of several words opens inside a compound: "the
         * run-up to Christmas", "a follow-up to Tuesday's talks" hold no
         * "up to"; one word may: "mi-juillet-fin juillet", "early-to-mid
         * April") */
        int in_compound = (t->toks[i].flags & TF_HYPH) && i > 0 && t->toks[i - 1].kind == TK_WORD;
        for (int w = 0; w < RULE_WORDS; w++)
            for (uint64_t bits = cand.w[w] & t->prefix_rules.w[w]; bits; bits &= bits - 1) {
                size_t r = (size_t)w * 64 + (size_t)__builtin_ctzll(bits);
                p.m = (match_ctx){.t = t, .cr = &t->rules[r], .rule = (int)r, .start = i};
                prefix_rec(&p, 0, i);
            }
        for (int k = 0; k < p.n; k++) {
            if (in_compound && p.ends[k] - i >= 2) continue;
            tx_cand pc = {.ok = 1, .start_tok = i, .end_tok = p.ends[k], .rule = p.rules[k]};
            int is_mod;
            int mod = prefix_mod(t, &pc, &is_mod);
            best_at(t, p.ends[k], is_mod, &core);
            if (!core.ok || core.start_tok != core.ext_start || core.blocker) continue;
            /* "Talks end March 6": a bare modifier noun is the verb,
             * unless a preposition or a hyphen makes it the noun, or a
             * bare month or year follows, which the verb would take
             * with "in" ("the year to end February", "and end 1987") */
            if ((t->rules[p.rules[k]].r->flags & RF_BAREMOD) && (t->toks[i].mask & (1ull << TC_MODN)) &&
                !(t->toks[i + 1].flags & TF_HYPH) &&
                !(i > 0 && t->toks[i - 1].sent == t->toks[i].sent && (t->toks[i - 1].mask & (1ull << TC_PREP)))) {
                size_t vl = strlen(core.tx.value);
                if (!((t->toks[i + 1].mask & ((1ull << TC_MONTH) | (1ull << TC_YEAR))) && (vl == 4 || vl == 7)))
                    continue;
            }
            if (t->rules[p.rules[k]].r->flags & RF_DETDUR) {
                const uint64_t counted = (1ull << TC_ORD) | (1ull << TC_NUM) | (1ull << TC_VAGUE) |
                                         (1ull << TC_PAST) | (1ull << TC_NEXT) | (1ull << TC_LIT);
                if (core.tx.type != VL_TIMEX_DURATION && !(t->toks[core.ext_start].mask & counted)) continue;
                /* a year or a hyphenated span used as an adjective leaves
                 * the article to its noun, as TimeBank marks them: "the
                 * [1996] Olympic Games", "the [14-day] waiting period" */
                const tx_tok *c0 = &t->toks[core.ext_start], *cl = &t->toks[core.ext_end - 1];
                if (core.tx.type == VL_TIMEX_DATE && core.ext_end == core.ext_start + 1 &&
                    c0->kind == TK_NUM && c0->ndig == 4 && (c0->mask & (1ull << TC_YEAR)))
                    continue;
                /* ... and so do a clock time and a named day used as a
                 * modifier of a noun: "the [8 a.m.] start", "the [New
                 * Year's Eve] fireworks", "The [Boxing Day] fixtures" */
                if ((core.tx.type == VL_TIMEX_TIME || core.tx.type == VL_TIMEX_DATE) &&
                    ((cl->mask & (1ull << TC_AMPM)) ||
                     ((c0->flags & TF_CAP) && (cl->flags & TF_CAP) && c0->kind == TK_WORD)) &&
                    core.ext_end < (int)t->ntoks && t->toks[core.ext_end].kind == TK_WORD &&
                    t->toks[core.ext_end].sent == cl->sent && !(t->toks[core.ext_end].flags & (TF_CAP | TF_HYPH)) &&
                    !(t->toks[core.ext_end].mask & ((1ull << TC_PREP) | (1ull << TC_CLAUSE) | (1ull << TC_COORD) |
                                                    (1ull << TC_TPAST) | (1ull << TC_BE) | (1ull << TC_TAUX) |
                                                    (1ull << TC_TFUT) | (1ull << TC_CTX))) &&
                    !(t->toks[core.ext_end].mask & ((1ull << TC_UNIT) | (1ull << TC_POD))))
                    continue;
                if (core.tx.type == VL_TIMEX_DURATION && core.ext_end == core.ext_start + 2 && (cl->flags & TF_HYPH) &&
                    (c0->kind == TK_NUM || (c0->mask & ((1ull << TC_NUM) | (1ull << TC_NUMW)))) &&
                    core.ext_end < (int)t->ntoks && t->toks[core.ext_end].kind == TK_WORD &&
                    t->toks[core.ext_end].sent == cl->sent && !(t->toks[core.ext_end].flags & TF_HYPH))
                    continue;
            }
            if ((t->rules[p.rules[k]].r->flags & RF_POINT) && core.tx.type == VL_TIMEX_DURATION) continue;
            /* "dans les années 1980", "depuis les années 1990": a decade
             * leaves its article out (the gold batches, 11 of 11) */
            if (!is_mod && t->lang == TXL_FR && key_is(&t->toks[i], "les") && key_is(&t->toks[core.ext_start], "annees"))
                continue;
            /* "la fin de deux ans d'incertitude", "the end of two years of
             * talks": the end of a span a count measures is no date (the
             * gold's durations after "la fin de", 2 of 2, leave it out) */
            if (is_mod && (mod == MOD_START || mod == MOD_END || mod == MOD_MID) &&
                core.tx.type == VL_TIMEX_DURATION &&
                (t->toks[core.ext_start].kind == TK_NUM ||
                 (t->toks[core.ext_start].mask & ((1ull << TC_NUM) | (1ull << TC_NUMW)))))
                continue;
            /* a vague reference takes no modifier: "about the future" is
             * the preposition, not an approximation */
            if (mod && strstr(core.tx.value, "_REF")) continue;
            if (mod) clock_count(t, i, mod, &core);
            core.start_tok = i;
            core.ext_start = i;
            if (mod && !core.tx.mod[0]) strcpy(core.tx.mod, vl_timex_mod_name(mod));
            if (cand_better(&core, &best)) best = core;
        }
        /* a clock time whose left context is a prefix of points ("vers 5
         * heures": "vers" tells that "5 heures" is a time of day) takes
         * that prefix into its extent with its mod, as "vers 5h" does */
        if (best.ok && !best.blocker && best.start_tok == i && best.ext_start > i && best.tx.type == VL_TIMEX_TIME)
            for (int k = 0; k < p.n; k++) {
                if (p.ends[k] != best.ext_start || !(t->rules[p.rules[k]].r->flags & RF_POINT)) continue;
                tx_cand pc = {.ok = 1, .start_tok = i, .end_tok = p.ends[k], .rule = p.rules[k]};
                int is_mod, mod = prefix_mod(t, &pc, &is_mod);
                best.ext_start = i;
                if (mod && !best.tx.mod[0]) strcpy(best.tx.mod, vl_timex_mod_name(mod));
                break;
            }
        /* a match with left context must not hide a longer one at its extent */
        if (best.ok && best.ext_start > i) {
            tx_cand alt;
            best_at(t, best.ext_start, 0, &alt);
            if (alt.ok && !alt.blocker && alt.ext_end > best.ext_end) best = alt;
        }
        if (!best.ok) {
            i++;
            continue;
        }
        /* "in a week that began with a selloff", "in a year when voters
         * wanted an outsider": a period its relative clause describes,
         * neither a span nor one to come (untagged) */
        if ((t->lang & TXL_EN) && best.ext_end - best.ext_start == 2 && best.ext_start > 0 &&
            best.ext_end < (int)t->ntoks && key_is(&t->toks[best.ext_start - 1], "in") &&
            (key_is(&t->toks[best.ext_start], "a") || key_is(&t->toks[best.ext_start], "an")) &&
            (t->toks[best.ext_start + 1].mask & (1ull << TC_UNIT)) &&
            t->toks[best.ext_end].sent == t->toks[best.ext_start].sent &&
            (key_is(&t->toks[best.ext_end], "that") || key_is(&t->toks[best.ext_end], "which") ||
             key_is(&t->toks[best.ext_end], "when")))
            best.blocker = 1;
        if (best.blocker || caps_slug(t, best.ext_start, best.ext_end)) {
            i = best.ext_end;
            continue;
        }
        /* "un mois environ", "deux heures environ": the approximation
         * written after the count is the duration's, in its extent (not
         * before another count: "deux heures environ 300 personnes") */
        if (t->lang == TXL_FR && best.tx.type == VL_TIMEX_DURATION && !best.tx.mod[0] &&
            best.ext_end < (int)t->ntoks && key_is(&t->toks[best.ext_end], "environ") &&
            !(t->toks[best.ext_end].flags & TF_BREAK) &&
            !(best.ext_end + 1 < (int)t->ntoks && t->toks[best.ext_end + 1].sent == t->toks[best.ext_end].sent &&
              (t->toks[best.ext_end + 1].kind == TK_NUM ||
               (t->toks[best.ext_end + 1].mask & ((1ull << TC_NUM) | (1ull << TC_NUMW)))))) {
            best.ext_end++;
            strcpy(best.tx.mod, vl_timex_mod_name(MOD_APPROX));
        }
        /* English bounds written after the expression are its mod, in its
         * extent: "the next year or so" APPROX, "1994 or later"
         * ON_OR_AFTER, "2001 or earlier" ON_OR_BEFORE, "three years or
         * more" EQUAL_OR_MORE, "two weeks or less" EQUAL_OR_LESS (not
         * before "than" or a noun: "a year or more than that") */
        if ((t->lang & TXL_EN) && !best.tx.mod[0] &&
            (best.tx.type == VL_TIMEX_DATE || best.tx.type == VL_TIMEX_DURATION) &&
            best.ext_end + 1 < (int)t->ntoks && key_is(&t->toks[best.ext_end], "or") &&
            t->toks[best.ext_end + 1].sent == t->toks[best.ext_end].sent &&
            !(t->toks[best.ext_end].flags & TF_BREAK) && !(t->toks[best.ext_end + 1].flags & TF_BREAK) &&
            !(best.ext_end + 2 < (int)t->ntoks && t->toks[best.ext_end + 2].kind == TK_WORD &&
              t->toks[best.ext_end + 2].sent == t->toks[best.ext_end].sent)) {
            const tx_tok *w = &t->toks[best.ext_end + 1];
            int dur = best.tx.type == VL_TIMEX_DURATION;
            const char *mod = NULL;
            if (key_is(w, "so")) mod = "APPROX";
            else if (!dur && key_is(w, "later")) mod = "ON_OR_AFTER";
            else if (!dur && key_is(w, "earlier")) mod = "ON_OR_BEFORE";
            /* (not a rate's unit: "10 barrels a day or less" bounds the
             * barrels; "could take a year or more" is bounded) */
            else if (dur && (key_is(&t->toks[best.ext_start], "a") || key_is(&t->toks[best.ext_start], "an")) &&
                     rate_context(t, best.ext_start, best.ext_end + 2))
                mod = NULL;
            else if (dur && (key_is(w, "more") || key_is(w, "longer"))) mod = "EQUAL_OR_MORE";
            else if (dur && (key_is(w, "less") || key_is(w, "fewer") || key_is(w, "shorter"))) mod = "EQUAL_OR_LESS";
            if (mod) {
                best.ext_end += 2;
                strcpy(best.tx.mod, mod);
            }
        }
        /* ... and "1990 and beyond": that year or after (ON_OR_AFTER) */
        if ((t->lang & TXL_EN) && !best.tx.mod[0] && best.tx.type == VL_TIMEX_DATE &&
            best.ext_end + 1 < (int)t->ntoks && key_is(&t->toks[best.ext_end], "and") &&
            key_is(&t->toks[best.ext_end + 1], "beyond") && !(t->toks[best.ext_end + 1].flags & TF_CAP) &&
            t->toks[best.ext_end + 1].sent == t->toks[best.ext_end].sent &&
            !(t->toks[best.ext_end].flags & TF_BREAK) && !(t->toks[best.ext_end + 1].flags & TF_BREAK) &&
            /* (not "1990 and beyond the border", nor the title "2016 and Beyond") */
            !(best.ext_end + 2 < (int)t->ntoks && t->toks[best.ext_end + 2].kind != TK_PUNCT &&
              t->toks[best.ext_end + 2].sent == t->toks[best.ext_end].sent &&
              !(t->toks[best.ext_end + 2].flags & TF_BREAK))) {
            best.ext_end += 2;
            strcpy(best.tx.mod, "ON_OR_AFTER");
        }
        vl_timex x = best.tx;
        x.start = t->toks[best.ext_start].start;
        x.end = t->toks[best.ext_end - 1].end;
        /* "les 6 et 13 avril", "du 19 au 23 juillet": the days listed before
         * the date, each its own expression, in the date's month */
        if (t->lang == TXL_FR && day_value(&x)) {
            tx_listday ld[MAX_LISTDAYS];
            int nl = list_before(t, best.ext_start, value_int(x.value + 8), ld);
            if (nl && t->nout && t->out[t->nout - 1].end > t->toks[ld[0].start].start) nl = 0;
            for (int l = 0; l < nl; l++)
                if ((rc = push_list_day(t, &x, &ld[l], &cp_pos, &cp_count))) return rc;
        }
        /* code points: counted forward from the previous expression */
        cp_count += count_code_points(text, cp_pos, x.start);
        x.cp_start = cp_count;
        cp_count += count_code_points(text, x.start, x.end);
        x.cp_end = cp_count;
        cp_pos = x.end;
        /* "ouvert chaque mercredi de 14 heures à 18 heures", "trains leave
         * every hour from 6 a.m.": with no day of their sentence, the
         * clock times of a repeated time are of every such day, not of
         * the last day told (XXXX-XX-XXT14:00) */
        /* "les bureaux fermeront à 18 heures, contre 19 heures à Lyon": a
         * count of hours set against a clock time of its sentence is a
         * clock time too, on that time's day ("19 heures d'antenne contre
         * 17 heures" stays how long) */
        if (t->lang == TXL_FR && x.type == VL_TIMEX_DURATION && !x.mod[0] && t->nout > 0 && best.ext_start > 0 &&
            key_is(&t->toks[best.ext_start - 1], "contre")) {
            int s0 = best.ext_start; /* the sentence's first token */
            while (s0 > 0 && t->toks[s0 - 1].sent == t->toks[best.ext_start].sent) s0--;
            int dated, mins = clock_minutes(t, &x, best.ext_start, best.ext_end, &dated);
            for (size_t o = t->nout; o-- > 0 && t->out[o].start >= t->toks[s0].start && mins >= 0 && !dated;) {
                const char *pv = t->out[o].value;
                if (t->out[o].type == VL_TIMEX_TIME && strlen(pv) >= 16 && all_digits(pv, 4) && pv[10] == 'T' &&
                    is_digit((unsigned char)pv[11]) && mins < 24 * 60) {
                    snprintf(x.value, sizeof x.value, "%.10sT%02d:%02d", pv, mins / 60, mins % 60);
                    x.type = VL_TIMEX_TIME;
                    break;
                }
            }
        }
        if (!schedule_weekdays(t, best.ext_start, best.ext_end, &x)) weekday_set_end(t, best.ext_start, best.ext_end, &x);
        /* "ouverte tous les jours, avec des créneaux réservés le matin":
         * the part of day of a sentence that tells a repeated time is of
         * every such day (XXXX-XX-XXTMO) */
        if (t->lang == TXL_FR && x.type == VL_TIMEX_TIME && best.ext_end - best.ext_start == 2 &&
            key_is(&t->toks[best.ext_start], "le") && (t->toks[best.ext_start + 1].mask & (1ull << TC_POD)) &&
            strlen(x.value) == 13 && all_digits(x.value, 4) && x.value[10] == 'T' && set_sentence(t, best.ext_start)) {
            memcpy(x.value, "XXXX-XX-XX", 10);
            x.type = VL_TIMEX_SET;
        }
        span_end_after_start(t, best.ext_start, best.ext_end, &x);
        /* (a passé composé tells one event, whatever habit a relative
         * clause adds: "L'annonce a été faite à 12 h 45 au restaurant, où
         * le jury déjeune chaque mois") */
        /* (a day that starts a span, "à partir du samedi 3 juillet : le
         * premier départ aura lieu à 7 h 15 ..., tous les jours", is no
         * day of a habit's clock times either) */
        int generic = best.clock_only && !best.perfect && (((t->anchor_sent != t->toks[best.ext_start].sent ||
                                                            t->anchor_from) &&
                                                           (set_sentence(t, best.ext_start) ||
                                                            rate_window(t, best.ext_start))) ||
                                         after_weekday_set(t, best.ext_start) ||
                                         days_then_hours(t, best.ext_start, best.ext_end));
        /* "le dimanche soir, entre 22 heures et 2 heures", "ouvert le
         * dimanche de 10 heures à 18 heures": a range of hours written as
         * counts (clock_range makes them clock times) right after a
         * weekday of every week is of every such day, as "à 22 heures"
         * after it is (after_weekday_set) */
        if (!generic && !best.perfect && range_after_weekday_set(t, prev_es, best.ext_start)) generic = 1;
        int next_day = clock_range(t, prev_es, best.ext_start, best.ext_end, &x, generic);
        /* "Le concert commencera à 23 h 30 et devrait s'achever vers 1 h
         * 30": a small hour after an evening hour of the same day told in
         * its sentence, with no day of its own, is on the morning after */
        /* (French only: its 24-hour clock is unambiguous, where English
         * "began at 7 p.m. and ended before 5:30" leaves the hour open;
         * an English hour marked a.m. is as plain: "began at 7 p.m. and
         * broke up after 2 a.m.") */
        int marked_am = 0;
        for (int j = best.ext_start; t->lang == TXL_EN && j < best.ext_end; j++)
            if ((t->toks[j].mask & (1ull << TC_AMPM)) && lex_value(t, &t->toks[j], TC_AMPM) == 0) marked_am = 1;
        if ((t->lang == TXL_FR || marked_am) && !next_day && !generic && best.clock_only && x.type == VL_TIMEX_TIME && t->nout > 0 &&
            prev_es >= 0 &&
            t->toks[prev_es].sent == t->toks[best.ext_start].sent) {
            const char *pv = t->out[t->nout - 1].value, *xv = x.value;
            if (t->out[t->nout - 1].type == VL_TIMEX_TIME && strlen(pv) >= 16 && strlen(xv) >= 16 &&
                all_digits(pv, 4) && pv[10] == 'T' && is_digit((unsigned char)pv[11]) && xv[10] == 'T' &&
                is_digit((unsigned char)xv[11]) && memcmp(pv, xv, 10) == 0 && value_int(pv + 11) >= 18 && value_int(pv + 11) < 24 &&
                value_int(xv + 11) < 6) {
                shift_value_day(&x, 1);
                next_day = 1;
            } else if (t->out[t->nout - 1].type == VL_TIMEX_TIME && strlen(pv) >= 16 && strlen(xv) >= 16 &&
                       all_digits(pv, 4) && all_digits(xv, 4) && pv[10] == 'T' && xv[10] == 'T' &&
                       is_digit((unsigned char)pv[11]) && is_digit((unsigned char)xv[11]) &&
                       value_int(pv + 11) < 6 && value_int(xv + 11) < 6 && value_int(xv + 11) >= value_int(pv + 11) &&
                       vl_timex_days(value_int(pv), value_int(pv + 5), value_int(pv + 8)) ==
                           vl_timex_days(value_int(xv), value_int(xv + 5), value_int(xv + 8)) + 1 &&
                       last_moved_night) {
                /* (... and so is a later small hour after it: "vers 1 h 30,
                 * ... prolonger les navettes jusqu'à 3 heures") */
                shift_value_day(&x, 1);
                next_day = 1;
            }
        }
        last_moved_night = next_day && x.type == VL_TIMEX_TIME && strlen(x.value) >= 13 && x.value[10] == 'T' &&
                           is_digit((unsigned char)x.value[11]) && value_int(x.value + 11) < 6;
        schedule_hour(t, best.ext_start, &x);
        if (generic && x.type == VL_TIMEX_TIME && strlen(x.value) >= 11 && x.value[10] == 'T' && all_digits(x.value, 4))
            memcpy(x.value, "XXXX-XX-XX", 10);
        if ((rc = push_out(t, &x))) return rc;
        prev_es = best.ext_start;
        /* "April 24 and 25", "Oct. 4, 11 and 18": the days listed after it */
        int list_end = -1;
        if (t->lang == TXL_EN && day_value(&x)) {
            tx_listday ld[MAX_LISTDAYS];
            int nl = list_after(t, best.ext_start, best.ext_end, value_int(x.value + 8),
                                vl_timex_month_days(value_int(x.value), value_int(x.value + 5)), ld);
            for (int l = 0; l < nl; l++)
                if ((rc = push_list_day(t, &x, &ld[l], &cp_pos, &cp_count))) return rc;
            if (nl) list_end = ld[nl - 1].end;
        }
        /* "at 11 a.m. on Nov. 11, 1918", "at 9 a.m. on Tuesday": the clock
         * time is on the day named right after it, not the last one told */
        if (clock_out >= 0 && t->lang == TXL_EN && x.type == VL_TIMEX_DATE && strlen(x.value) == 10 &&
            all_digits(x.value, 4) && best.ext_start == zone_end(t, clock_end) + 1 &&
            strcmp(t->toks[best.ext_start - 1].key, "on") == 0)
            memcpy(t->out[clock_out].value, x.value, 10);
        /* "8 p.m. tonight", "9 a.m. tomorrow", "10 a.m. local time today":
         * the clock time is on the day named right after it */
        if (clock_out >= 0 && t->lang == TXL_EN && best.ext_start == zone_end(t, clock_end) && strlen(x.value) >= 10 &&
            all_digits(x.value, 4) && x.value[4] == '-' && x.value[7] == '-' &&
            (x.type == VL_TIMEX_DATE || (x.value[10] == 'T' && !is_digit((unsigned char)x.value[11]))))
            memcpy(t->out[clock_out].value, x.value, 10);
        /* "4:30 p.m. today", "10 a.m. tomorrow", "2 a.m. next Sunday": a
         * clock time and the day word after it are one TIME, as "10 a.m.
         * Friday" is (its rule); "8 p.m. tonight" stays two, "tonight"
         * being a time of its own */
        if (clock_out == (long)t->nout - 2 && list_end < 0 && clock_day_word(t, clock_end, best.ext_start, best.ext_end) &&
            ((x.type == VL_TIMEX_DATE && strlen(x.value) == 10) || best.ext_end - best.ext_start == 3) &&
            all_digits(x.value, 4)) {
            vl_timex *c = &t->out[clock_out];
            c->end = x.end;
            c->cp_end = x.cp_end;
            t->nout--;
        }
        /* "à 18 heures ce soir", "à 8 heures demain matin", "vers 20 heures
         * ce vendredi": the clock time is on the day named right after it */
        int after_clock = clock_out >= 0 &&
                          (best.ext_start == clock_end ||
                           (best.ext_start == clock_end + 1 && (strcmp(t->toks[clock_end].key, "ce") == 0 ||
                                                                strcmp(t->toks[clock_end].key, "le") == 0)));
        if (clock_out >= 0 && t->lang == TXL_FR && after_clock && strlen(x.value) >= 10 &&
            all_digits(x.value, 4) && x.value[4] == '-' && x.value[7] == '-' &&
            (x.type == VL_TIMEX_DATE || (x.value[10] == 'T' && !is_digit((unsigned char)x.value[11]))))
            memcpy(t->out[clock_out].value, x.value, 10);
        clock_out = best.clock_only ? (long)t->nout - 1 : -1;
        clock_end = best.ext_end;
        /* a date anchors the anaphoric expressions after it; "un an plus
         * tôt" looks back from the story, which stays where it was ("en
         * juillet, 12 minutes de plus qu'un an plus tôt; ... par rapport à
         * un an plus tôt" are both the July before), and so does "la
         * veille" inside its clause, a look back from the day told
         * ("emportés la veille par une avalanche ... les recherches ont
         * repris à 9 heures"; "La veille, elle était venue passer
         * l'après-midi" opens a scene of that day, which it anchors) */
        const tx_rule *br = t->rules[best.rule].r;
        int lookback = (br->flags & RF_ANAPH) && br->kind == K_AGO;
        if ((br->flags & RF_ANAPH) && br->kind == K_REL && br->param < 0 && best.ext_start > 0 &&
            t->toks[best.ext_start - 1].sent == t->toks[best.ext_start].sent &&
            t->toks[best.ext_start - 1].kind == TK_WORD &&
            !(best.ext_end < (long)t->ntoks && t->toks[best.ext_end].kind == TK_PUNCT))
            lookback = 1;
        /* "la nuit de vendredi à samedi, vers 3 heures": what follows a
         * night is told from the day it ends, as when its two days were
         * two expressions ("la nuit ... samedi") */
        vl_timex ax = x;
        if (t->rules[best.rule].r->kind == K_TIME && t->rules[best.rule].r->param)
            shift_value_day(&ax, -t->rules[best.rule].r->param);
        /* "the six months to June 30": the last day of a span a report
         * covers is no day the story is on ("shares fell 4.9% by 0810
         * GMT" after it is the dispatch's) */
        int span_end = t->per_to >= 0 && best.ext_start == t->per_to + 1;
        /* ... nor is the end of a span told with "jusqu'à": "la vigilance
         * maintenue jusqu'à mercredi 6H00, des averses étant attendues
         * dans la soirée" is the evening of the day told before (English
         * "until" was tried: it moved a past story's clock times wrong) */
        if (best.ext_start > 0 && t->toks[best.ext_start - 1].sent == t->toks[best.ext_start].sent &&
            key_is(&t->toks[best.ext_start - 1], "jusqu'a"))
            span_end = 1;
        if (!next_day && !lookback && !span_end) narrative_anchor(t, &ax, t->toks[best.ext_start].sent, best.year_told);
        /* (a week counted from the one told is no new anchor: "up from 80
         * the previous week ... against 79 the previous week" are one) */
        if (!best.anaph) week_anchor(t, &x, t->toks[best.ext_start].sent);
        t->last_end = best.ext_end;
        period_seen(t, &best, &x);
        t->last_day = -1;
        if (x.type == VL_TIMEX_DATE || x.type == VL_TIMEX_TIME) {
            const char *v = x.value;
            if (all_digits(v, 4) && v[4] == '-' && all_digits(v + 5, 2) && v[7] == '-' && all_digits(v + 8, 2) &&
                (!v[10] || v[10] == 'T'))
                t->last_day = (int)vl_timex_days(value_int(v), value_int(v + 5), value_int(v + 8));
        }
        int bk = t->rules[best.rule].r->kind;
        if ((bk == K_DATE || bk == K_REL) && !best.yearq && x.type == VL_TIMEX_DATE && strlen(x.value) == 7 && x.value[4] == '-' && x.value[5] == 'Q' &&
            all_digits(x.value, 4)) {
            /* a report is about a quarter that has ended: "a fourth-quarter
             * charge" still to come is not the one results compare */
            int q = value_int(x.value) * 4 + (x.value[6] - '1');
            /* "the largest rise since the fourth quarter of 2023",
             * "depuis le deuxième trimestre 2024": a since-phrase names a
             * point to measure from, not the period reported on */
            int since = best.ext_start > 0 && (key_is(&t->toks[best.ext_start - 1], "since") ||
                                               key_is(&t->toks[best.ext_start - 1], "depuis"));
            /* ("the previous quarter" is counted from the reported one,
             * which stays the one reported on) */
            if ((q <= default_quarter(t) || best.ended_q) && !since && !(best.anaph && bk == K_REL)) {
                t->report_q = q;
                if (t->first_q < 0) t->first_q = q;
            }
        }
        const char *sv = x.value;
        if (best.stamp && t->stamp_y < 0 && all_digits(sv, 4) && sv[4] == '-' && all_digits(sv + 5, 2) && sv[7] == '-' &&
            all_digits(sv + 8, 2))
            t->stamp_y = value_int(sv), t->stamp_m = value_int(sv + 5), t->stamp_d = value_int(sv + 8);
        else if (best.stamp && best.stamp_turn && t->stamp_y > 0)
            vl_timex_civil(vl_timex_days(t->stamp_y, t->stamp_m, t->stamp_d) + best.stamp_turn, &t->stamp_y,
                           &t->stamp_m, &t->stamp_d);
        if (best.stamp && all_digits(sv, 4) && sv[4] == '-' && all_digits(sv + 5, 2) && sv[7] == '-' &&
            all_digits(sv + 8, 2)) {
            t->entry_y = value_int(sv), t->entry_m = value_int(sv + 5), t->entry_d = value_int(sv + 8);
            t->entry_min = best.stamp_min;
            t->entry_tok = t->entry_scan = best.ext_end;
        }
        if (best.stamp && best.stamp_min >= 0) {
            /* the first step between two different clocks tells the order */
            if (!t->stamp_order && t->stamp_min >= 0 && best.stamp_min != t->stamp_min)
                t->stamp_order = best.stamp_min < t->stamp_min ? -1 : 1;
            t->stamp_min = best.stamp_min;
        }
        /* the speaker's present clock: "il y a vingt minutes", "this hour"
         * count from it */
        if (t->now_y < 0 && x.type == VL_TIMEX_TIME && best.clock_only && present_clock(t, best.ext_start) &&
            strlen(x.value) == 16 && all_digits(x.value, 4) && x.value[10] == 'T' && all_digits(x.value + 11, 2) &&
            all_digits(x.value + 14, 2)) {
            t->now_y = value_int(x.value), t->now_m = value_int(x.value + 5), t->now_d = value_int(x.value + 8);
            t->now_min = value_int(x.value + 11) * 60 + value_int(x.value + 14);
        }
        /* a day-precision date anchors the clock times of its sentence */
        if ((x.type == VL_TIMEX_DATE || x.type == VL_TIMEX_TIME) && t->anchor_sent >= 0 &&
            t->toks[best.ext_start].sent != t->anchor_sent)
            t->anchor_stale = 1;
        /* (an attribution in the sentence of the day it follows, "broke
         * out early Saturday ..., officials said Sunday", moves the story
         * on to its day: an aside only after an earlier sentence's day) */
        /* (nor is a bound of a span since a day gone over a week, "has
         * not lost since July 4": no day the story is on) */
        int old_since = best.ext_start > 0 && t->toks[best.ext_start - 1].sent == t->toks[best.ext_start].sent &&
                        (key_is(&t->toks[best.ext_start - 1], "since") || key_is(&t->toks[best.ext_start - 1], "depuis")) &&
                        strlen(ax.value) >= 10 && ax.value[4] == '-' && ax.value[7] == '-' && ax.value[0] != 'X' &&
                        vl_timex_days(value_int(ax.value), value_int(ax.value + 5), value_int(ax.value + 8)) <
                            vl_timex_days(t->ref_y, t->ref_m, t->ref_d) - 7;
        if (!next_day && !lookback && !span_end && !best.night_eve && !old_since &&
            !(best.aside && t->anchor_sent >= 0 &&
              (best.aside == 2 || t->anchor_sent != t->toks[best.ext_start].sent)) &&
            strlen(ax.value) >= 10 && ax.value[4] == '-' && ax.value[7] == '-' && ax.value[0] != 'X') {
            t->anchor_sent = t->toks[best.ext_end - 1].sent;
            t->anchor_tok = best.ext_end - 1;
            t->anchor_night = t->rules[best.rule].r->kind == K_TIME && t->rules[best.rule].r->param;
            t->anchor_tni = !t->anchor_night && strcmp(ax.value + 10, "TNI") == 0 &&
                            !(quoted_tonight(t, best.ext_start) &&
                              vl_timex_days(value_int(ax.value), value_int(ax.value + 5), value_int(ax.value + 8)) ==
                                  vl_timex_days(t->ref_y, t->ref_m, t->ref_d));
            t->anchor_clock = best.clock_only || best.stamp;
            t->anchor_stale = 0;
            t->anchor_until = span_until(t, best.ext_start) || t->rules[best.rule].r->kind == K_LATER;
            t->anchor_from = span_from(t, best.ext_start);
            t->anchor_y = value_int(ax.value);
            t->anchor_m = value_int(ax.value + 5);
            t->anchor_d = value_int(ax.value + 8);
            /* (nor is the end of a span or a day counted from now the day
             * to come a later future clause is on: "reconduire le
             * mouvement jusqu'à lundi. ... Le ministre sera notre invité
             * à 8 h 20" is this morning) */
            if (vl_timex_days(t->anchor_y, t->anchor_m, t->anchor_d) >= vl_timex_days(t->ref_y, t->ref_m, t->ref_d) &&
                !t->anchor_until)
                t->fut_y = t->anchor_y, t->fut_m = t->anchor_m, t->fut_d = t->anchor_d;
            /* (the story's day is the first one told, the lead's: a
             * later past day is an aside, "approved at a meeting on Oct.
             * 14") */
            if (!t->lead_done && !t->anchor_until && !t->anchor_clock) {
                t->lead_done = 1;
                if (vl_timex_days(t->anchor_y, t->anchor_m, t->anchor_d) <= vl_timex_days(t->ref_y, t->ref_m, t->ref_d))
                    t->past_y = t->anchor_y, t->past_m = t->anchor_m, t->past_d = t->anchor_d;
            }
        }
        i = list_end > best.ext_end ? list_end : best.ext_end;
    }
    *out = t->out;
    *n = t->nout;
    return VL_OK;
}
