/*
 * event.c -- the event engine (see event.h).  Per sentence:
 *
 *   1. roles: each token gets its function-word role (event_lex.c), the
 *      entity mention and time expression it belongs to, and whether it
 *      triggers an action: an irregular form, a deverbal noun, or a word
 *      whose Snowball stem is a lemma's stem and whose ending is a verb
 *      ending (libér|és is a verb, libér|ation is not);
 *   2. clauses: boundaries at punctuation, relative pronouns,
 *      subordinators, mais/but, and et/and once the clause has a verb;
 *   3. for each trigger: the verb group to its left (auxiliaries, modals,
 *      clitics, negation: passé composé, passive, pronominal), the subject
 *      noun phrase right before it in the same clause (an apposition or a
 *      relative clause between commas is stepped over), the object after
 *      it (or after its preposition), and for the passive the agent after
 *      par/by as actor and the subject as target.  A deverbal noun is an
 *      action only as the object of a light verb (ouvrir une enquête,
 *      hold talks).  Place: a LOC entity after à/en/in/at in the clause;
 *      date: the clause's time expression with a calendar value.
 */
#include "extract/event.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "extract/event_internal.h"
#include "extract/event_tokens.h"
#include "extract/keyfilter.h"

enum { HK_STEM, HK_FORM, HK_NOUN, HK_WORD };

typedef struct ev_hent {
    char key[VL_XKEY_MAX];
    uint8_t klen; /* strlen(key) */
    uint8_t kind, lang;
    int idx;  /* into vl_event_lexicon or vl_event_words */
    int next; /* next entry with the same key, -1 */
} ev_hent;

#define MAXT VL_NER_MAX_SENT
#define MAX_ENDING 8 /* longest verb ending, in bytes */

/* The verb endings, in a table of their own: a word is tried with each of
 * its last 0..8 bytes as ending, so this is the most frequent look-up, and
 * 256 slots of packed bytes stay in the first-level cache. */
#define SUF_SLOTS 256
typedef struct ev_suf {
    uint64_t w;      /* the ending's bytes, zero-padded */
    uint8_t n1;      /* its length + 1; 0: empty slot */
    uint8_t lang;    /* EL_* of the languages it ends verbs in */
} ev_suf;

/* A memo of Snowball stems (the stemmer is a pure function of the word and
 * the language, and the same verbs recur from dispatch to dispatch):
 * two ways per set by a hash of the lower-cased word, the least recently
 * used leaves.
 * 16,384 entries (1.1 MB): with 1,024, a pass over 1,000 dispatches
 * stemmed 17,850 words, each ~4,300 instructions of Snowball; with 4,096,
 * 11,723 (the events' instructions -13%); a fresh tagger over 1,000
 * dispatches stems 23,446 words with 4,096 entries, 16,760 with 16,384
 * (the events' instructions -5%), and with the two ways 14,870 where
 * the same 16,384 entries direct-mapped stem 17,424 (lexicon of main
 * 8c7aa13). */
#define STEM_MEMO 16384
#define STEM_WORD 32
typedef struct ev_stem_memo {
    uint8_t used;        /* language + 1; 0 empty */
    uint8_t n;           /* bytes of word */
    int8_t sn;           /* what stem_of returned */
    char word[STEM_WORD];
    char st[VL_XKEY_MAX];
} ev_stem_memo;

struct vl_event_tagger {
    struct sb_stemmer *stem[2]; /* french, english */
    ev_hent *ents;
    size_t nents;
    int *slots; /* first entry of each key, -1 */
    size_t nslots;
    uint64_t prefix[64];  /* 4096-bit filter of the two letters of two-letter verb stems */
    uint64_t prefix3[64]; /* ... and of the first three, for stems of three or more */
    vl_event *out;
    size_t nout, cap;
    ev_stem_memo memo[STEM_MEMO];
    ev_suf suf[SUF_SLOTS];
    /* per sentence */
    const vl_xtok *k;   /* the sentence's tokens: kbuf, or a vl_xtext's */
    vl_xtok kbuf[MAXT];
    uint8_t role[MAXT], role2[MAXT];
    int trig[MAXT];    /* lexicon index, -1 */
    int trig_len[MAXT]; /* tokens a noun trigger spans */
    int ent[MAXT], tim[MAXT];
    int first[MAXT]; /* first hash entry of each token's key, -1 */
    int verbish[MAXT]; /* a trigger used as a verb, an auxiliary or a light verb */
    const vl_ner_mention *mentions; /* the text's entities */
    int lmask;                      /* the language being tagged (EL_*) */
    vl_keyfilter filter;            /* every key of slots, by hash_key */
};

static const char *const code_names[21] = {
    "", "make statement", "appeal", "express intent to cooperate", "consult", "diplomatic cooperation",
    "material cooperation", "provide aid", "yield", "investigate", "demand", "disapprove", "reject", "threaten",
    "protest", "exhibit force posture", "reduce relations", "coerce", "assault", "fight", "mass violence"};

const char *vl_event_code_name(int code) { return code >= 1 && code <= 20 ? code_names[code] : ""; }

static uint32_t hash_key(const char *s, size_t n) { return vl_xhash(s, n); }

/* The slot of key[0, n): keys are compared by length first, then bytes
 * (the tokens' keys come with their length: no strlen, no strcmp). */
static inline int *slot_of(const vl_event_tagger *t, const char *key, size_t n, uint32_t h) {
    for (size_t i = h & (t->nslots - 1);; i = (i + 1) & (t->nslots - 1)) {
        int e = t->slots[i];
        if (e < 0 || (t->ents[e].klen == n && memcmp(t->ents[e].key, key, n) == 0)) return &t->slots[i];
    }
}

/* The first entry of key[0, n), or -1; the filter answers most misses
 * without touching the table. */
static inline int first_of_h(const vl_event_tagger *t, const char *key, size_t n, uint32_t h) {
    return vl_keyfilter_may(&t->filter, h) ? *slot_of(t, key, n, h) : -1;
}

static int first_of(const vl_event_tagger *t, const char *key, size_t n) {
    return first_of_h(t, key, n, hash_key(key, n));
}

static int add_key(vl_event_tagger *t, const char *key, int kind, int lang, int idx) {
    size_t n = strlen(key);
    if (!n || n >= VL_XKEY_MAX) return -1;
    ev_hent *e = &t->ents[t->nents];
    memcpy(e->key, key, n + 1);
    e->klen = (uint8_t)n;
    e->kind = (uint8_t)kind;
    e->lang = (uint8_t)lang;
    e->idx = idx;
    uint32_t h = hash_key(key, n);
    int *s = slot_of(t, key, n, h);
    vl_keyfilter_add(&t->filter, h);
    e->next = *s;
    *s = (int)t->nents++;
    return 0;
}

static unsigned prefix3_bit(const char *s) {
    return ((unsigned)(unsigned char)s[0] * 961u + (unsigned)(unsigned char)s[1] * 31u + (unsigned char)s[2]) & 4095u;
}

static unsigned prefix_bit(const char *s) {
    return ((unsigned)(unsigned char)s[0] * 64u + (unsigned)(unsigned char)s[1]) & 4095u;
}

/* The folded Snowball stem of a lower-cased word into out. */
static int stem_of(vl_event_tagger *t, int li, const char *lower, int n, char *out, size_t cap) {
    const sb_symbol *st = sb_stemmer_stem(t->stem[li], (const sb_symbol *)lower, n);
    if (!st) return 0;
    return vl_xfold((const char *)st, (size_t)sb_stemmer_length(t->stem[li]), out, cap);
}

/* stem_of through the memo, for words of fewer than STEM_WORD bytes. */
static int stem_memo(vl_event_tagger *t, int li, const char *lower, int n, char *out, size_t cap) {
    if (n >= STEM_WORD || cap < VL_XKEY_MAX) return stem_of(t, li, lower, n, out, cap);
    /* two ways per set, the most recent first */
    ev_stem_memo *set = &t->memo[((hash_key(lower, (size_t)n) ^ (uint32_t)li) & (STEM_MEMO / 2 - 1)) * 2], *m = set;
#define MEMO_IS(e) ((e)->used == li + 1 && (e)->n == n && memcmp((e)->word, lower, (size_t)n) == 0)
    if (!MEMO_IS(&set[0])) {
        ev_stem_memo first = set[0];
        if (MEMO_IS(&set[1])) {
            set[0] = set[1];
        } else {
            set[0].sn = (int8_t)stem_of(t, li, lower, n, set[0].st, sizeof set[0].st);
            set[0].used = (uint8_t)(li + 1);
            set[0].n = (uint8_t)n;
            memcpy(set[0].word, lower, (size_t)n);
        }
        set[1] = first;
    }
#undef MEMO_IS
    if (m->sn > 0) memcpy(out, m->st, (size_t)m->sn + 1);
    return m->sn;
}

/* The ending's bytes in a word, first byte lowest (a loop: memcpy of a
 * variable length is a library call, and this runs for every ending
 * tried). */
static inline uint64_t suf_pack(const char *s, size_t n) {
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++) w |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return w;
}

/* The slot of ending s[0, n) (n <= MAX_ENDING): its own, or the empty one
 * where it would go. */
static inline ev_suf *suf_slot_w(const vl_event_tagger *t, uint64_t w, size_t n) {
    for (size_t i = (size_t)(((w ^ n) * 0x9E3779B97F4A7C15ull) >> 56);; i = (i + 1) & (SUF_SLOTS - 1)) {
        const ev_suf *e = &t->suf[i];
        if (!e->n1 || (e->w == w && e->n1 == n + 1)) return (ev_suf *)e;
    }
}

static inline ev_suf *suf_slot(const vl_event_tagger *t, const char *s, size_t n) {
    return suf_slot_w(t, suf_pack(s, n), n);
}

static int add_suffix(vl_event_tagger *t, const char *s, int lang) {
    size_t n = strlen(s);
    if (n > MAX_ENDING) return -1;
    ev_suf *e = suf_slot(t, s, n);
    if (!e->n1) {
        size_t used = 0;
        for (size_t i = 0; i < SUF_SLOTS; i++) used += t->suf[i].n1 != 0;
        if (2 * (used + 1) > SUF_SLOTS) return -1; /* keep probes short */
        e->w = suf_pack(s, n);
        e->n1 = (uint8_t)(n + 1);
    }
    e->lang |= (uint8_t)lang;
    return 0;
}

void vl_event_tagger_free(vl_event_tagger *t) {
    if (!t) return;
    if (t->stem[0]) sb_stemmer_delete(t->stem[0]);
    if (t->stem[1]) sb_stemmer_delete(t->stem[1]);
    free(t->ents);
    free(t->slots);
    free(t->out);
    free(t);
}

int vl_event_tagger_new(vl_event_tagger **out, vl_error *err) {
    *out = NULL;
    vl_event_tagger *t = calloc(1, sizeof *t);
    size_t max = 2 * (vl_event_lexicon_len + vl_event_words_len) + 128;
    if (t) {
        t->stem[0] = sb_stemmer_new("french", NULL);
        t->stem[1] = sb_stemmer_new("english", NULL);
        t->ents = calloc(max, sizeof *t->ents);
        t->nslots = 1024;
        while (t->nslots < 2 * max) t->nslots *= 2;
        t->slots = malloc(t->nslots * sizeof *t->slots);
    }
    if (!t || !t->stem[0] || !t->stem[1] || !t->ents || !t->slots) {
        vl_event_tagger_free(t);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    memset(t->slots, 0xff, t->nslots * sizeof *t->slots);
    int bad = 0;
    for (unsigned i = 0; i < vl_event_lexicon_len && !bad; i++) {
        const ev_lex *l = &vl_event_lexicon[i];
        if (l->flags & (EVF_FORM)) bad = add_key(t, l->word, HK_FORM, l->lang, (int)i);
        else if (l->flags & EVF_NOUN) {
            char first[VL_XKEY_MAX];
            size_t n = strcspn(l->word, " ");
            if (n >= sizeof first) bad = -1;
            else {
                memcpy(first, l->word, n);
                first[n] = 0;
                bad = add_key(t, first, HK_NOUN, l->lang, (int)i);
            }
        } else {
            /* a verb (or light verb) lemma: by its stem in its language */
            for (int li = 0; li < 2 && !bad; li++) {
                if (!(l->lang & (li ? EL_EN : EL_FR))) continue;
                char st[VL_XKEY_MAX];
                int n = stem_of(t, li, l->word, (int)strlen(l->word), st, sizeof st);
                if (n < 2) bad = -1;
                else {
                    bad = add_key(t, st, HK_STEM, li ? EL_EN : EL_FR, (int)i);
                    if (n >= 3) t->prefix3[prefix3_bit(st) >> 6] |= 1ull << (prefix3_bit(st) & 63);
                    else t->prefix[prefix_bit(st) >> 6] |= 1ull << (prefix_bit(st) & 63);
                }
            }
        }
        if (bad) {
            vl_event_tagger_free(t);
            return vl_error_set(err, VL_EARG, NULL, 0, "event lexicon: bad entry \"%s\"", l->word);
        }
    }
    /* verb endings */
    for (int li = 0; li < 2; li++)
        for (const char *const *sf = li ? vl_event_verb_suffixes_en : vl_event_verb_suffixes_fr; *sf; sf++) {
            if (add_suffix(t, *sf, li ? EL_EN : EL_FR)) {
                vl_event_tagger_free(t);
                return vl_error_set(err, VL_EARG, NULL, 0, "event lexicon: bad ending \"%s\"", *sf);
            }
        }
    for (unsigned i = 0; i < vl_event_words_len; i++)
        if (add_key(t, vl_event_words[i].word, HK_WORD, vl_event_words[i].lang, (int)i)) {
            vl_event_tagger_free(t);
            return vl_error_set(err, VL_EARG, NULL, 0, "event words: bad entry \"%s\"", vl_event_words[i].word);
        }
    *out = t;
    return VL_OK;
}

/* ------------------------------------------------------------ triggers */

/* rest[0, n): the end of a word's key. */
static int suffix_ok(const vl_event_tagger *t, const char *rest, size_t n, int lmask) {
    if (n > MAX_ENDING) return 0;
    const ev_suf *e = suf_slot(t, rest, n);
    return e->n1 && (e->lang & lmask);
}

/* suffix_ok of the ending packed in w (suf_pack), n bytes. */
static inline int suffix_ok_w(const vl_event_tagger *t, uint64_t w, size_t n, int lmask) {
    const ev_suf *e = suf_slot_w(t, w, n);
    return e->n1 && (e->lang & lmask);
}

/* Whether the English word w[0, n) is a regular form of lemma: the lemma,
 * -s, -es, -ed, -ing, -d and -ing without the e of a lemma in -e, -ied and
 * -ies of a lemma in -y, a doubled final consonant (banned), and -ise for
 * -ize.  Snowball's stems alone let band be a form of ban and mobile one of
 * mobilize. */
static int en_inflects(const char *w, int n, const char *lemma) {
    char l[VL_XKEY_MAX];
    int m = (int)strlen(lemma);
    if (m >= (int)sizeof l - 1) return 1;
    memcpy(l, lemma, (size_t)m + 1);
    for (int pass = 0; pass < 2; pass++) {
        if (pass) {
            /* criticise for criticize */
            if (m < 3 || l[m - 2] != 'z') break;
            l[m - 2] = 's';
        }
        if (n < m - 1 || memcmp(w, l, (size_t)(m - 1)) != 0) continue;
        const char *r = w + m - 1; /* from the lemma's last letter on */
        int rn = n - (m - 1);
        char last = l[m - 1];
        static const char *const after_full[] = {"", "s", "es", "ed", "ing", NULL};
        if (rn >= 1 && r[0] == last) {
            for (const char *const *x = after_full; *x; x++)
                if ((int)strlen(*x) == rn - 1 && memcmp(r + 1, *x, (size_t)(rn - 1)) == 0) return 1;
            /* banned, banning */
            if (rn >= 4 && r[1] == last &&
                ((rn == 4 && memcmp(r + 2, "ed", 2) == 0) || (rn == 5 && memcmp(r + 2, "ing", 3) == 0)))
                return 1;
            if (last == 'e' && rn == 2 && r[1] == 'd') return 1;
        }
        if (last == 'e' && rn == 3 && memcmp(r, "ing", 3) == 0) return 1;
        if (last == 'y' && ((rn == 3 && memcmp(r, "ied", 3) == 0) || (rn == 3 && memcmp(r, "ies", 3) == 0)))
            return 1;
    }
    return 0;
}

/* The verb lexicon entry token i is a form of, or -1. */
static int verb_trigger(vl_event_tagger *t, const char *text, const vl_xtok *k, int first, int lmask) {
    if (k->klen < 2 || !(k->flags & VL_NTOK_WORD)) return -1;
    for (int e = first; e >= 0; e = t->ents[e].next)
        if (t->ents[e].kind == HK_FORM && (t->ents[e].lang & lmask)) return t->ents[e].idx;
    if (k->klen < 3) return -1;
    if (k->key[0] < 'a' || k->key[0] > 'z' || k->key[1] < 'a' || k->key[2] < 'a') return -1;
    /* some stem starts with the word's first three letters, or is its
     * first two (tu|er) */
    unsigned b = prefix_bit(k->key), b3 = prefix3_bit(k->key);
    if (!(t->prefix3[b3 >> 6] & (1ull << (b3 & 63))) && !(t->prefix[b >> 6] & (1ull << (b & 63)))) return -1;
    /* a lemma's stem followed by a verb ending (libér|ent: Snowball
     * stems libèrent to "lib", but the lemma's stem is a prefix) */
    /* the ending key[pl, klen) packed as suf_pack packs it, one byte
     * more in front at each step (no repacking per ending tried) */
    uint64_t ending = 0;
    for (int pl = k->klen; pl >= 2 && pl >= k->klen - MAX_ENDING; pl--) {
        if (pl < k->klen) ending = ending << 8 | (unsigned char)k->key[pl];
        if (!suffix_ok_w(t, ending, (size_t)(k->klen - pl), lmask)) continue;
        for (int e = first_of(t, k->key, (size_t)pl); e >= 0; e = t->ents[e].next)
            if (t->ents[e].kind == HK_STEM && (t->ents[e].lang & lmask) &&
                (lmask != EL_EN || en_inflects(k->key, k->klen, vl_event_lexicon[t->ents[e].idx].word)))
                return t->ents[e].idx;
    }
    /* Snowball's stem, for the forms whose stem it rewrites (envoy|é ->
     * envoi): only when a stem of three letters or more starts like it */
    if (!(t->prefix3[b3 >> 6] & (1ull << (b3 & 63)))) return -1;
    char lower[64], st[VL_XKEY_MAX];
    int n = vl_xlower(text + k->start, k->end - k->start, lower, sizeof lower);
    if (!n) return -1;
    int li = lmask == EL_EN ? 1 : 0;
    int sn = stem_memo(t, li, lower, n, st, sizeof st);
    if (sn < 2) return -1;
    for (int e = first_of(t, st, (size_t)sn); e >= 0; e = t->ents[e].next) {
        const ev_hent *h = &t->ents[e];
        if (h->kind != HK_STEM || !(h->lang & lmask)) continue;
        if (strncmp(k->key, st, (size_t)sn) == 0) {
            if (!suffix_ok(t, k->key + sn, (size_t)(k->klen - sn), lmask)) continue;
        } else if (k->klen > sn + 4) {
            continue;
        }
        if (lmask == EL_EN && !en_inflects(k->key, k->klen, vl_event_lexicon[h->idx].word)) continue;
        return h->idx;
    }
    return -1;
}

/* A deverbal noun at token i (one or two words, plural -s accepted). */
static int noun_trigger(const vl_event_tagger *t, const vl_xtok *k, int i, int n, int lmask, int *len) {
    for (int pass = 0; pass < 2; pass++) {
        /* pass 1: the key less its plural s (a prefix of the key: looked
         * up in place) */
        if (pass && (k[i].klen < 4 || k[i].key[k[i].klen - 1] != 's')) break;
        int best = -1, blen = 0;
        for (int e = pass ? first_of(t, k[i].key, (size_t)k[i].klen - 1) : t->first[i]; e >= 0; e = t->ents[e].next) {
            const ev_hent *h = &t->ents[e];
            if (h->kind != HK_NOUN || !(h->lang & lmask)) continue;
            const char *w = vl_event_lexicon[h->idx].word, *sp = strchr(w, ' ');
            int words = 1;
            if (sp) {
                if (i + 1 >= n || !vl_xis(&k[i + 1], sp + 1)) continue;
                words = 2;
            }
            if (words > blen) best = h->idx, blen = words;
        }
        if (best >= 0) {
            *len = blen;
            return best;
        }
    }
    return -1;
}

/* ---------------------------------------------------------- the sentence */

static int is_punct(const vl_xtok *k) { return !(k->flags & VL_NTOK_WORD); }

static int is_boundary_punct(const vl_xtok *k) {
    if (!is_punct(k)) return 0;
    return k->klen != 1 || (k->key[0] != '\'' && k->key[0] != '-' && k->key[0] != '%' && k->key[0] != '$');
}

static int is_group(int role) {
    return role == ER_AUX_HAVE || role == ER_AUX_BE || role == ER_MODAL || role == ER_CLITIC || role == ER_REFL ||
           role == ER_NEG || role == ER_ADV;
}

static void set_roles(vl_event_tagger *t, const char *text, int n, int lmask) {
    for (int i = 0; i < n; i++) {
        const vl_xtok *k = &t->k[i];
        t->role[i] = t->role2[i] = ER_NONE;
        t->trig[i] = -1;
        t->trig_len[i] = 0;
        t->verbish[i] = 0;
        t->first[i] = k->klen ? first_of_h(t, k->key, (size_t)k->klen, k->kh) : -1;
        if (!k->klen) continue;
        int raw_a = k->klen == 1 && k->key[0] == 'a' && text[k->start] == 'a';
        for (int e = t->first[i]; e >= 0; e = t->ents[e].next) {
            const ev_hent *h = &t->ents[e];
            if (h->kind != HK_WORD || !(h->lang & lmask)) continue;
            const ev_word *w = &vl_event_words[h->idx];
            if (lmask == EL_FR && vl_xis(k, "a")) {
                /* a (has) and à (to) fold alike */
                if (raw_a != (w->role == ER_AUX_HAVE)) continue;
            }
            if (!t->role[i]) {
                t->role[i] = w->role;
                t->role2[i] = w->role2;
            } else if (!t->role2[i]) {
                t->role2[i] = w->role;
            }
        }
        if (t->role[i] == ER_AUX_HAVE || t->role[i] == ER_AUX_BE || t->role[i] == ER_MODAL) t->verbish[i] = 1;
    }
}

static int has_role(const vl_event_tagger *t, int i, int role) { return t->role[i] == role || t->role2[i] == role; }

/* Whether tokens [a, b) hold one of the words of objs or its plural
 * (folded; a first entry "@ent" also admits a named entity; NULL: any
 * object will do). */
/* Whether key[0, klen) is one of the (folded) words of list, or its
 * plural. */
static int key_in(const char *key, int klen, const char *const *list) {
    for (const char *const *o = list; *o; o++) {
        int n = (int)strlen(*o);
        if (klen < n || klen > n + 2 || memcmp(key, *o, (size_t)n) != 0) continue;
        /* the word or its plural (armes, vivres, chevaux): not a longer
         * word (port: not porte) */
        const char *rest = key + n;
        int rn = klen - n;
        if (rn == 0 || (rn == 1 && (rest[0] == 's' || rest[0] == 'x')) || (rn == 2 && rest[0] == 'e' && rest[1] == 's'))
            return 1;
    }
    /* agencies, authorities: an English plural of a word in -y */
    if (klen > 4 && memcmp(key + klen - 3, "ies", 3) == 0) {
        for (const char *const *o = list; *o; o++) {
            int n = (int)strlen(*o);
            if (n == klen - 2 && (*o)[n - 1] == 'y' && memcmp(key, *o, (size_t)(n - 1)) == 0) return 1;
        }
    }
    return 0;
}

/* Whether token i is one of the words of list or its plural, also past a
 * prefix ex-, vice-, co- (l'ex-chef, the co-chairman). */
static int word_in(const vl_event_tagger *t, int i, const char *const *list) {
    const vl_xtok *k = &t->k[i];
    if (key_in(k->key, k->klen, list)) return 1;
    static const char *const pre[] = {"ex-", "vice-", "co-", NULL};
    for (const char *const *p = pre; *p; p++) {
        int l = (int)strlen(*p);
        if (k->klen > l + 2 && memcmp(k->key, *p, (size_t)l) == 0 && key_in(k->key + l, k->klen - l, list)) return 1;
    }
    return 0;
}

static int object_holds(const vl_event_tagger *t, int a, int b, const char *const *objs) {
    if (!objs) return 1;
    int ents = strcmp(objs[0], "@ent") == 0, people = strcmp(objs[0], "@per") == 0;
    for (int i = a; i < b; i++) {
        if (ents && t->ent[i] >= 0) return 1;
        if (people && t->ent[i] >= 0 && t->mentions[t->ent[i]].type == VL_NER_PER) return 1;
        if (word_in(t, i, objs)) return 1;
    }
    return 0;
}

/* An English word in -ly that is no noun or adjective of the lexicon's
 * list (family, assembly, daily). */
static int ly_adverb(const vl_event_tagger *t, int i) {
    const vl_xtok *k = &t->k[i];
    if (t->lmask != EL_EN || k->cap || k->klen < 5 || memcmp(k->key + k->klen - 2, "ly", 2) != 0) return 0;
    for (const char *const *w = vl_event_ly_nouns; *w; w++)
        if ((int)strlen(*w) == k->klen && memcmp(*w, k->key, (size_t)k->klen) == 0) return 0;
    return 1;
}

/* An adverb the lexicon does not list, by its form: inside a French verb
 * group, after the auxiliary, a lower-case word in -ment (a
 * catégoriquement rejeté); in English, a lower-case word in -ly between the
 * subject and its verb that follows no determiner or preposition and is no
 * noun or adjective of the lexicon's list (Shultz particularly criticized;
 * not the royal family criticized). */
static int adverb_form(const vl_event_tagger *t, int i, int lo) {
    const vl_xtok *k = &t->k[i];
    if (k->cap || t->role[i] != ER_NONE || t->ent[i] >= 0 || t->trig[i] >= 0 || i <= lo) return 0;
    if (t->lmask == EL_FR)
        return k->klen >= 7 && memcmp(k->key + k->klen - 4, "ment", 4) == 0 &&
               (t->role[i - 1] == ER_AUX_HAVE || t->role[i - 1] == ER_AUX_BE);
    if (!ly_adverb(t, i)) return 0;
    int before = t->role[i - 1];
    return !(before == ER_DET || before == ER_PREP || before == ER_PLACE || before == ER_WITH ||
             has_role(t, i - 1, ER_OF));
}

/* A French past participle by its written ending: é ée és ées, and i u
 * (with e, s) of -ir and -re verbs. */
static int fr_participle(const char *text, const vl_xtok *k) {
    static const char *const ends[] = {"\xc3\xa9", "\xc3\xa9" "e", "\xc3\xa9" "s", "\xc3\xa9" "es",
                                       "i", "ie", "is", "ies", "u", "ue", "us", "ues", NULL};
    const char *w = text + k->start;
    size_t n = k->end - k->start;
    for (const char *const *e = ends; *e; e++) {
        size_t el = strlen(*e);
        /* two bytes of stem at least: tu|é, tu|ées */
        if (n >= el + 2 && memcmp(w + n - el, *e, el) == 0) return 1;
    }
    return 0;
}

/* An English word that is its lemma as written (share, send), or the
 * lemma less its final e (releas): no -s, -ed or -ing. */
static int en_bare(const vl_xtok *k, const char *lemma) {
    size_t n = strlen(lemma);
    if ((size_t)k->klen == n && memcmp(k->key, lemma, n) == 0) return 1;
    return 0;
}

/* Whether an auxiliary, a modal or a clitic stands before token i, past
 * adverbs and negation (a déjà évacué; not les maisons déjà évacuées). */
static int aux_before(const vl_event_tagger *t, int i) {
    for (int j = i - 1; j >= 0; j--) {
        int r = t->role[j];
        if (r == ER_ADV || r == ER_NEG || adverb_form(t, j, 0)) continue;
        return is_group(r);
    }
    return 0;
}

/* A French number word (deux, vingt, quelques). */
static int number_word(const vl_xtok *k) {
    static const char *const w[] = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze",
                                    "quinze", "vingt", "trente", "cent", "mille", "quelques", "nombreuses",
                                    "nombreux", NULL};
    for (const char *const *x = w; *x; x++)
        if (vl_xis(k, *x)) return 1;
    return 0;
}

static void find_triggers(vl_event_tagger *t, const char *text, int n, int lmask) {
    for (int i = 0; i < n; i++) {
        const vl_xtok *k = &t->k[i];
        if (t->role[i] || !k->klen || t->tim[i] >= 0) continue;
        int len = 0, ni = noun_trigger(t, t->k, i, n, lmask, &len);
        if (ni >= 0 && !(i > 0 && is_group(t->role[i - 1]))) {
            t->trig[i] = ni;
            t->trig_len[i] = len;
            continue;
        }
        /* a name is not a verb: capitalised words inside the sentence, or
         * inside an entity */
        if (t->ent[i] >= 0 || (k->cap && i > 0)) continue;
        int vi = verb_trigger(t, text, k, t->first[i], lmask);
        if (vi < 0) continue;
        /* after a number it is a noun (quatre visites, 3 visites) */
        if (lmask == EL_FR && i > 0 && !t->k[i - 1].cap && t->k[i - 1].klen &&
            ((t->k[i - 1].key[0] >= '0' && t->k[i - 1].key[0] <= '9') || number_word(&t->k[i - 1])))
            continue;
        /* after a determiner or a preposition it is a noun or an infinitive */
        if (i > 0 && (t->role[i - 1] == ER_DET || has_role(t, i - 1, ER_OF) || t->role[i - 1] == ER_PREP ||
                      t->role[i - 1] == ER_WITH || t->role[i - 1] == ER_PLACE || t->role[i - 1] == ER_AGENT))
            continue;
        /* English -ing: only in a progressive (is deploying) */
        if (lmask == EL_EN && k->klen > 4 && strcmp(k->key + k->klen - 3, "ing") == 0 &&
            !(i > 0 && t->role[i - 1] == ER_AUX_BE))
            continue;
        /* a French participle without auxiliary is an adjective (les
         * plages fermées, la voiture proposée à la vente) */
        if (lmask == EL_FR && fr_participle(text, k) && !aux_before(t, i)) continue;
        /* English news tells in the past: a bare form (share, send) is a
         * verb only after an auxiliary or modal (will send) */
        if (lmask == EL_EN && !(i > 0 && is_group(t->role[i - 1])) && vi >= 0 &&
            !(vl_event_lexicon[vi].flags & EVF_FORM) && en_bare(k, vl_event_lexicon[vi].word))
            continue;
        /* English: a verb right before an auxiliary is a noun (all shares will be) */
        if (lmask == EL_EN && i + 1 < n && (t->role[i + 1] == ER_AUX_BE || t->role[i + 1] == ER_AUX_HAVE ||
                                            t->role[i + 1] == ER_MODAL))
            continue;
        t->trig[i] = vi;
        t->trig_len[i] = 1;
        t->verbish[i] = 1;
    }
}

/* The clause around token i: [*cs, *ce). */
static void clause_of(const vl_event_tagger *t, int n, int i, int *cs, int *ce) {
    int s = 0;
    int verb_seen = 0;
    for (int j = 0; j < i; j++) {
        int r = t->role[j];
        if (is_boundary_punct(&t->k[j])) s = j + 1, verb_seen = 0;
        else if (r == ER_REL || r == ER_SUB || r == ER_BUT) s = j, verb_seen = 0;
        else if (r == ER_AND && verb_seen) s = j + 1, verb_seen = 0;
        else if (t->verbish[j]) verb_seen = 1;
    }
    int e = n;
    for (int j = i + 1; j < n; j++) {
        int r = t->role[j];
        if (is_boundary_punct(&t->k[j]) || r == ER_REL || r == ER_SUB || r == ER_BUT || r == ER_AND) {
            e = j;
            break;
        }
    }
    *cs = s;
    *ce = e;
}

/* A word that may be part of a noun phrase. */
static int np_word(const vl_event_tagger *t, int i) {
    if (is_punct(&t->k[i]) || !t->k[i].klen) return 0;
    if (t->verbish[i] && t->trig_len[i] <= 0) return 0;
    if (t->verbish[i] && t->ent[i] < 0 && t->trig[i] >= 0 && !(vl_event_lexicon[t->trig[i]].flags & EVF_NOUN)) return 0;
    return t->role[i] == ER_NONE;
}

/* The noun phrase ending at token p, not before token lo: its first token,
 * or -1 when p ends none. */
static int np_left(const vl_event_tagger *t, int p, int lo) {
    if (p < lo || !np_word(t, p)) return -1;
    int s = p;
    if (t->ent[p] >= 0) {
        while (s - 1 >= lo && t->ent[s - 1] == t->ent[p]) s--;
    }
    for (int j = s - 1; j >= lo; j--) {
        if (np_word(t, j) || t->ent[j] >= 0) {
            /* English: a past form inside (He noted donors) ends the phrase,
             * but after a determiner it is an adjective (the armed men) */
            const vl_xtok *w = &t->k[j];
            if (t->lmask == EL_EN && t->ent[j] < 0 && !w->cap && w->klen > 3 &&
                memcmp(w->key + w->klen - 2, "ed", 2) == 0 && !(j > lo && (t->role[j - 1] == ER_DET)))
                break;
            s = j;
            continue;
        }
        if (has_role(t, j, ER_OF) && j - 1 >= lo && (np_word(t, j - 1) || t->ent[j - 1] >= 0)) continue;
        if (t->role[j] == ER_DET || t->role2[j] == ER_DET) {
            s = j;
            /* des (de + les, or the plural indefinite article): first in
             * its clause it opens the phrase (Des soldats ont attaqué);
             * after a word it is "of the" (90 % des élèves, un des
             * adolescents, la communauté et des organisations) */
            if (t->role[j] != ER_DET && (j == lo || is_boundary_punct(&t->k[j - 1]))) return s;
            break;
        }
        if (t->role[j] == ER_AND && j - 1 >= lo && (np_word(t, j - 1) || t->ent[j - 1] >= 0)) continue;
        break;
    }
    while (s < p && has_role(t, s, ER_OF) && t->role[s] != ER_DET) s++;
    return s;
}

/* The noun phrase starting at token q, before token hi: its end (exclusive),
 * or -1. */
static int np_right(const vl_event_tagger *t, int q, int hi) {
    int j = q;
    if (j < hi && (t->role[j] == ER_DET || t->role2[j] == ER_DET)) j++;
    int words = 0;
    while (j < hi && words < 10) {
        if (t->tim[j] >= 0) break;
        if (np_word(t, j) || t->ent[j] >= 0) {
            j++;
            words++;
            continue;
        }
        /* a verb-looking word after a modifier, taking no object, is the
         * noun it modifies (imposed new sanctions on) */
        if (words && t->trig[j] >= 0 && t->role[j] == ER_NONE && np_word(t, j - 1) &&
            !(j + 1 < hi && (np_word(t, j + 1) || t->role[j + 1] == ER_DET))) {
            j++;
            words++;
            continue;
        }
        if (words && has_role(t, j, ER_OF) && j + 1 < hi && t->tim[j + 1] < 0 &&
            (np_word(t, j + 1) || t->ent[j + 1] >= 0 || t->role[j + 1] == ER_DET || t->role2[j + 1] == ER_DET)) {
            j++;
            if (t->role[j] == ER_DET || (t->role2[j] == ER_DET && !np_word(t, j))) j++;
            continue;
        }
        break;
    }
    /* an entity cut in two is taken whole */
    while (words && j < hi && t->ent[j] >= 0 && t->ent[j] == t->ent[j - 1]) j++;
    return words ? j : -1;
}

static vl_event_arg arg_of(const vl_event_tagger *t, int a, int b) {
    vl_event_arg g = {t->k[a].start, t->k[b - 1].end, t->k[a].cstart, t->k[b - 1].cend, -1};
    /* a phrase that ends with an entity names it (the president Donald
     * Trump), unless the entity is a complement (la décision de la Cour); a
     * person is named even after a title with one (le ministre des
     * Affaires étrangères Jean Dupuis) */
    if (t->ent[b - 1] >= 0) {
        int e = t->ent[b - 1], of = 0, and = 0, first = a;
        for (int j = a; j < b && t->ent[j] != e; j++) {
            if (has_role(t, j, ER_OF) && t->role[j] != ER_DET) of = 1;
            if (t->role[j] == ER_AND) and = 1;
            first = j + 1;
        }
        /* a person after a title keeps the name, not after de (l'allié de Trump) */
        int after_of = first > a && has_role(t, first - 1, ER_OF);
        if (!and && (!of || (t->mentions[e].type == VL_NER_PER && !after_of))) g.entity = e;
    }
    return g;
}

/* The subject ending right before token g0 in clause [cs, ...), stepping
 * over appositions and relative clauses set off by commas. */
static int subject_end(const vl_event_tagger *t, int g0, int cs, int *lo) {
    int p = g0 - 1;
    *lo = cs;
    for (int hop = 0; hop < 2 && p < cs; hop++) {
        /* the clause starts after a comma: is what precedes an insertion? */
        int c = cs - 1;
        if (c < 1 || !(t->k[c].klen == 1 && t->k[c].key[0] == ',')) return -1;
        int c2 = c - 1, verb = 0;
        while (c2 >= 0 && !is_boundary_punct(&t->k[c2])) {
            if (t->verbish[c2]) verb = 1;
            c2--;
        }
        if (c2 < 0 || !(t->k[c2].klen == 1 && t->k[c2].key[0] == ',')) return -1;
        int first = c2 + 1;
        /* an insertion is a relative clause, or an apposition: a noun
         * phrase (le président américain, Paris) without a verb */
        int np_like = t->role[first] == ER_DET || t->role2[first] == ER_DET || t->k[first].cap || t->ent[first] >= 0;
        if (!(t->role[first] == ER_REL || (!verb && np_like))) return -1;
        /* the insertion is stepped over: the subject ends before c2 */
        p = c2 - 1;
        int s = p;
        while (s > 0 && !is_boundary_punct(&t->k[s - 1]) && t->role[s - 1] != ER_REL &&
               t->role[s - 1] != ER_SUB && t->role[s - 1] != ER_BUT)
            s--;
        *lo = s;
        cs = s;
    }
    return p >= *lo ? p : -1;
}

/* a-t-elle, dit-il: an inverted subject pronoun, not a subject */
static int inverted_clitic(const vl_xtok *k) {
    static const char *const pr[] = {"-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", NULL};
    for (const char *const *p = pr; *p; p++) {
        int l = (int)strlen(*p);
        if (k->klen > l && memcmp(k->key + k->klen - l, *p, (size_t)l) == 0) return 1;
    }
    return 0;
}

static int lmask_of(const vl_event_tagger *t) { return t->lmask; }

static int push(vl_event_tagger *t, const vl_event *e) {
    vl_event *o = vl_array_grow(t->out, &t->cap, t->nout, sizeof *o, 16);
    if (!o) return VL_ENOMEM;
    t->out = o;
    t->out[t->nout++] = *e;
    return VL_OK;
}

/* The target phrase after token q in the clause: direct, or through a
 * preposition within a few tokens (prep: the one it must be, or NULL). */
static int target_after(const vl_event_tagger *t, int q, int ce, const char *prep, int *end) {
    while (q < ce && (t->role[q] == ER_ADV || t->role[q] == ER_NEG || t->tim[q] >= 0)) q++;
    if (q >= ce) return -1;
    if (!prep) {
        int e = np_right(t, q, ce);
        if (e > q) {
            *end = e;
            return q;
        }
    }
    /* through a preposition: the entry's own, a few words on (spoke by
     * telephone with X), or a partner's (avec, with) right after the verb */
    for (int j = q; j < ce && j < (prep ? q + 6 : q + 1); j++) {
        if (t->verbish[j] && t->trig_len[j] <= 0) break;
        int ok = prep ? vl_xis(&t->k[j], prep) : (t->role[j] == ER_WITH || t->role2[j] == ER_WITH);
        if (!ok) continue;
        int e = np_right(t, j + 1, ce);
        if (e > j + 1) {
            *end = e;
            return j + 1;
        }
        return -1;
    }
    return -1;
}

/* Whether entity mention e names an actor: a person, an organisation, a
 * place (a state); a MISC mention only as a people in the plural (les
 * Américains), not a disease or a product (le Covid, the CPI). */
static int entity_acts(const vl_event_tagger *t, int e, int i) {
    int ty = t->mentions[e].type;
    if (ty == VL_NER_PER || ty == VL_NER_ORG || ty == VL_NER_LOC) return 1;
    const vl_xtok *k = &t->k[i];
    return k->cap && k->klen > 3 && k->key[k->klen - 1] == 's';
}

/* The actor gate (precision first): the phrase [a, b) is an actor when its
 * head -- in French the first noun past determiners, numbers, quantities
 * (des milliers de) and pre-nominal adjectives; in English the last word
 * before "of" -- is a named entity that acts, a noun of the agents' list
 * (police, ministre, rebels), or a capitalised word inside the sentence (a
 * name the tagger missed, a people).  Not the virus, the law, a report, a
 * list, a number, nor a stray verb (se voir retirer, tuée par asphyxie). */
static int actor_ok(const vl_event_tagger *t, int a, int b, const vl_event_arg *g) {
    if (b <= a) return 0;
    if (g->entity >= 0 && entity_acts(t, g->entity, b - 1)) return 1;
    int h;
    if (t->lmask == EL_FR) {
        h = a;
        while (h + 1 < b) {
            const vl_xtok *k = &t->k[h];
            if (t->role[h] == ER_DET || t->role2[h] == ER_DET || (k->klen && k->key[0] >= '0' && k->key[0] <= '9')) {
                h++;
                continue;
            }
            /* le nombre de morts: no quantity of actors */
            if (t->ent[h] >= 0 || !word_in(t, h, vl_event_head_skip) ||
                (vl_xis(k, "nombre") && h > a && t->role[h - 1] == ER_DET))
                break;
            h++;
            if (h + 1 < b && has_role(t, h, ER_OF)) h++;
        }
    } else {
        int e = b;
        for (int j = a + 1; j < b; j++)
            if (has_role(t, j, ER_OF) && t->role[j] != ER_DET) {
                /* thousands of farmers: the head is past a quantity */
                if (!word_in(t, j - 1, vl_event_head_skip)) e = j;
                break;
            }
        /* The World Bank last year criticised */
        while (e - 1 > a && (t->tim[e - 1] >= 0 || t->role[e - 1] == ER_ADV)) e--;
        h = e - 1;
    }
    if (t->ent[h] >= 0) return entity_acts(t, t->ent[h], h);
    if (word_in(t, h, vl_event_agent_nouns)) return 1;
    const vl_xtok *k = &t->k[h];
    if (!k->cap) return 0;
    if (h > 0) return 1;
    /* the first word of the sentence is capitalised anyway: a name the
     * tagger missed (Kiev appelle), not an adverb, a participle or an
     * adjective (Théoriquement interdit, Autre annonce) */
    static const char *const ends[] = {"ment", "ly", "ing", "ed", "ant", NULL};
    for (const char *const *x = ends; *x; x++) {
        int l = (int)strlen(*x);
        if (k->klen > l + 2 && memcmp(k->key + k->klen - l, *x, (size_t)l) == 0) return 0;
    }
    return !word_in(t, h, vl_event_head_skip);
}

/* A clause of a condition or a purpose (si, if, unless, pour que, afin
 * que, avant que, sans que): what it tells has not happened. */
static int hypothetical(const vl_event_tagger *t, int cs, int perfect) {
    const vl_xtok *k = &t->k[cs];
    /* si + passé composé states a fact (Si le ministre a dénoncé ..., il
     * a ...); a condition is in the present or the imperfect */
    if (t->role[cs] == ER_SUB && ((vl_xis(k, "si") && !perfect) || vl_xis(k, "if") || vl_xis(k, "unless"))) return 1;
    if (t->role[cs] == ER_REL && cs > 0 && (vl_xis(k, "que") || vl_xis(k, "qu'"))) {
        const vl_xtok *b = &t->k[cs - 1];
        return vl_xis(b, "pour") || vl_xis(b, "afin") || vl_xis(b, "avant") || vl_xis(b, "sans");
    }
    return 0;
}

/* Whether the verb group [g0, v) holds a modal of likelihood (devrait,
 * pourrait, could, might, may, would, should): what a dispatch expects
 * or supposes, not what was done.  Modals of will and obligation (va,
 * veut, doit, will, must) are kept: an actor's stated intent or duty. */
static int speculative(const vl_event_tagger *t, int g0, int v) {
    static const char *const likely[] = {"devrait", "devraient", "pourrait", "pourraient", "could",
                                         "might",   "may",       "would",    "should"};
    for (int j = g0; j < v; j++) {
        if (t->role[j] != ER_MODAL) continue;
        for (size_t i = 0; i < sizeof likely / sizeof *likely; i++)
            if (vl_xis(&t->k[j], likely[i])) return 1;
    }
    return 0;
}

/* Whether token j is à, au or aux. */
static int is_to(const vl_event_tagger *t, int j) {
    const vl_xtok *k = &t->k[j];
    return (vl_xis(k, "a") && t->role[j] == ER_PLACE) || vl_xis(k, "au") || vl_xis(k, "aux");
}

/* Whether à (au, aux) follows token v: right after it, or after its
 * object, past adverbs, time words and quotation marks (appeler à,
 * appeler mardi les "gilets jaunes" à); not an à inside a later
 * complement (appelle le Samu pour se plaindre de douleurs au ventre). */
static int to_follows(const vl_event_tagger *t, int v, int n) {
    for (int j = v + 1; j < n && j <= v + 24; j++) {
        const vl_xtok *k = &t->k[j];
        if (is_to(t, j)) return 1;
        /* appellent en effet à, appelle par ailleurs à */
        if ((vl_xis(k, "en") && j + 1 < n && vl_xis(&t->k[j + 1], "effet")) ||
            (vl_xis(k, "par") && j + 1 < n && t->role[j + 1] == ER_ADV)) {
            j++;
            continue;
        }
        if (is_punct(k)) {
            /* an insertion between commas is stepped over (a appelé,
             * dans un communiqué, à); a lone comma separates a list */
            if (k->klen == 1 && k->key[0] == ',') {
                for (int c = j + 1; c < n && c <= j + 12; c++) {
                    const vl_xtok *kc = &t->k[c];
                    if (kc->klen == 1 && strchr(".;:?!", kc->key[0])) break;
                    if (kc->klen == 1 && kc->key[0] == ',') {
                        j = c;
                        break;
                    }
                }
                continue;
            }
            /* quotation marks go on, not a stop or a bracket */
            if (k->klen == 1 && strchr(".;:?!()[]", k->key[0])) return 0;
            continue;
        }
        int r = t->role[j];
        /* appelle lui aussi chaque Française et chaque Français à */
        if (r == ER_ADV || t->tim[j] >= 0 || r == ER_DET || t->role2[j] == ER_DET || has_role(t, j, ER_OF) ||
            r == ER_AND || r == ER_CLITIC || t->ent[j] >= 0 || np_word(t, j))
            continue;
        return 0;
    }
    return 0;
}

static int events_of_sentence(vl_event_tagger *t, int n, const vl_ner_mention *ents, const vl_timex *tx) {
    for (int i = 0; i < n; i++) {
        if (t->trig[i] < 0) continue;
        const ev_lex *lx = &vl_event_lexicon[t->trig[i]];
        if (lx->flags & EVF_LIGHT) continue;
        int is_noun = (lx->flags & EVF_NOUN) != 0;
        int v = i; /* the verb: the trigger, or the light verb of a noun */
        int cs, ce;
        clause_of(t, n, i, &cs, &ce);
        if ((lx->flags & EVF_NEEDTO) && !to_follows(t, i, n)) continue;
        /* the words that change the verb's sense, after it (attaqué en
         * justice) or, in the passive, before it (des personnes ont été
         * évacuées) */
        if (lx->unless && (object_holds(t, i + 1, ce, lx->unless) ||
                           (i > cs && t->role[i - 1] == ER_AUX_BE && object_holds(t, cs, i, lx->unless))))
            continue;
        if (lx->flags & EVF_NOTCLAIM) {
            int j = i + 1;
            while (j < ce && (t->role[j] == ER_ADV || t->role[j] == ER_NEG)) j++;
            const vl_xtok *k = j < n ? &t->k[j] : NULL;
            if (k && (vl_xis(k, "avoir") || vl_xis(k, "etre") || vl_xis(k, "que") || vl_xis(k, "qu'"))) continue;
        }
        int np0 = i; /* the noun phrase of a deverbal noun starts here */
        if (is_noun) {
            v = -1;
            int j = i - 1;
            while (j >= cs && j >= i - 4 && (t->role[j] == ER_DET || t->role2[j] == ER_DET || np_word(t, j)) &&
                   t->trig[j] < 0)
                j--;
            np0 = j + 1;
            /* carried out an attack: past the light verb's particle */
            if (j - 1 >= cs && t->role[j] == ER_ADV && t->trig[j - 1] >= 0 &&
                (vl_event_lexicon[t->trig[j - 1]].flags & EVF_LIGHT))
                j--;
            if (j >= cs && t->trig[j] >= 0 && (vl_event_lexicon[t->trig[j]].flags & EVF_LIGHT)) v = j;
            if (v < 0) continue;
        }
        /* the verb group */
        int g0 = v, passive = 0, refl = 0, negated = 0;
        while (g0 - 1 >= cs && (is_group(t->role[g0 - 1]) || adverb_form(t, g0 - 1, cs))) {
            g0--;
            if (t->role[g0] == ER_NEG) negated = 1;
            if (t->role[g0] == ER_AUX_BE) passive = 1;
            if (t->role[g0] == ER_REFL) refl = 1;
        }
        /* what was not done is no event (n'a pas fermé, did not sign), nor
         * what is only foreseen (devrait annoncer, could reject) */
        if (negated || speculative(t, g0, v)) continue;
        /* a French infinitive with no modal before it has no subject of its
         * own: Allez manifester, venue défiler, partie visiter */
        if (t->lmask == EL_FR && !is_noun && g0 == v && !(lx->flags & EVF_FORM)) {
            char lf[VL_XKEY_MAX];
            int ln = vl_xfold(lx->word, strlen(lx->word), lf, sizeof lf);
            if (ln > 0 && ln == t->k[v].klen && memcmp(lf, t->k[v].key, (size_t)ln) == 0) continue;
        }
        int perfect = 0;
        for (int j = g0; j < v; j++)
            if (t->role[j] == ER_AUX_HAVE || t->role[j] == ER_AUX_BE) perfect = 1;
        if (hypothetical(t, cs, perfect)) continue;
        /* a pronominal use changes most verbs' sense (s'accorder à) */
        if (refl && !is_noun && !(lx->flags & EVF_PRON)) continue;
        if (!refl && !is_noun && (lx->flags & EVF_PRONONLY)) continue;
        const vl_xtok *vk = &t->k[v];
        if (refl || is_noun || (vk->klen > 4 && strcmp(vk->key + vk->klen - 3, "ing") == 0)) passive = 0;
        vl_event e = {.timex = -1, .code = lx->code, .passive = passive};
        e.actor.entity = e.target.entity = e.place.entity = -1;
        e.action = lx->lemma ? lx->lemma : lx->word;
        int lo;
        int p = subject_end(t, g0, cs, &lo);
        if (p < 0 || has_role(t, p, ER_PRON) || inverted_clitic(&t->k[p])) continue;
        int s = np_left(t, p, lo);
        if (s < 0) continue;
        /* a phrase after a preposition is no subject */
        if (s > 0 && (t->role[s - 1] == ER_PREP || t->role[s - 1] == ER_WITH || t->role[s - 1] == ER_PLACE ||
                      t->role[s - 1] == ER_AGENT || (has_role(t, s - 1, ER_OF) && t->role[s - 1] != ER_DET)))
            continue;
        /* a phrase after a verb of its clause is that verb's object or
         * complement, not a subject (imposed new sanctions) */
        int verb_before = 0;
        for (int j = lo; j < s; j++)
            if (t->verbish[j]) verb_before = 1;
        if (verb_before) continue;
        /* last September signed: a time expression is no actor */
        if (t->tim[s] >= 0) continue;
        /* the previously announced float: an -ly word after a determiner
         * right before the verb makes the verb a modifier of a noun */
        if (g0 == v && p == g0 - 1 && p > s && t->role[p - 1] == ER_DET && ly_adverb(t, p)) continue;
        /* a verb the lexicon does not list inside the subject (Washington
         * said four frigates, très inquiet semble, ne rien céder): the
         * actor is past it, or there is none */
        int bad = 0;
        for (int j = s; j <= p; j++)
            for (const char *const *w = vl_event_not_actor; *w; w++)
                if (vl_xis(&t->k[j], *w)) bad = j + 1;
        if (bad) {
            if (bad > p || !(t->lmask == EL_EN && (vl_xis(&t->k[bad - 1], "said") || vl_xis(&t->k[bad - 1], "says"))))
                continue;
            s = bad;
            if (np_left(t, p, s) != s) continue;
        }
        vl_event_arg subj = arg_of(t, s, p + 1);
        int after = is_noun ? i + t->trig_len[i] : v + 1;
        if (passive) {
            /* the agent after par / by is the actor */
            int a = after;
            while (a < ce && (t->role[a] == ER_ADV || t->role[a] == ER_NEG)) a++;
            if (a >= ce || t->role[a] != ER_AGENT) continue;
            int ae = np_right(t, a + 1, ce);
            if (ae < 0) continue;
            e.actor = arg_of(t, a + 1, ae);
            if (!actor_ok(t, a + 1, ae, &e.actor)) continue;
            /* the letter was signed by: the subject is the object, of the
             * verb's class when it has one */
            if ((lx->flags & EVF_NEEDOBJ) && lx->objs && !object_holds(t, s, p + 1, lx->objs)) continue;
            e.target = subj;
        } else {
            e.actor = subj;
            if (!actor_ok(t, s, p + 1, &subj)) continue;
            if ((lx->flags & EVF_POLICE) && !(subj.entity >= 0 || object_holds(t, s, p + 1, vl_event_police_nouns)))
                continue;
            /* the data released today by, a gift donated by X: a participle
             * after its noun, no verb of the clause */
            if (lmask_of(t) == EL_EN && !is_noun && g0 == v && vk->klen > 3 &&
                memcmp(vk->key + vk->klen - 2, "ed", 2) == 0) {
                int a = after;
                while (a < ce && (t->role[a] == ER_ADV || t->tim[a] >= 0)) a++;
                if (a < ce && t->role[a] == ER_AGENT) continue;
            }
            const char *prep = (lx->flags & EVF_NEEDPREP) ? lx->prep : NULL;
            int te = 0, ts;
            if (is_noun) {
                /* the partner (talks with X), else the noun phrase itself */
                ts = -1;
                if (after < ce && (vl_xis(&t->k[after], "avec") || vl_xis(&t->k[after], "with"))) {
                    int e2 = np_right(t, after + 1, ce);
                    if (e2 > after + 1) ts = after + 1, te = e2;
                }
                if (ts < 0) {
                    /* no "with X": the noun phrase itself (une enquête) */
                    ts = np0;
                    te = after;
                }
            } else {
                ts = target_after(t, after, ce, prep, &te);
                if (prep && ts < 0) continue;
                /* an English -s form with nothing after it is a plural noun
                 * more often than a verb (health and beauty aids) */
                if (ts < 0 && lmask_of(t) == EL_EN && g0 == v && vk->klen > 3 && vk->key[vk->klen - 1] == 's')
                    continue;
            }
            /* closed its border; not the dollar closed at 1.82 */
            if ((lx->flags & EVF_NEEDOBJ) && !(refl && (lx->flags & EVF_OBJPRON)) &&
                !((lx->flags & EVF_OBJIF) && (ts < 0 || prep)) &&
                !(ts >= 0 && !prep &&
                  (lx->objs ? object_holds(t, ts, te, lx->objs)
                            : (t->role[ts] == ER_DET || t->role2[ts] == ER_DET || t->ent[ts] >= 0)))) {
                /* offered to mediate, a proposé de reprendre les
                 * négociations: the class's word in the infinitive clause
                 * after de / to; no object then */
                int inf = after < ce && (vl_xis(&t->k[after], "de") || vl_xis(&t->k[after], "d'") ||
                                         vl_xis(&t->k[after], "to"));
                int end = after + 8 < ce ? after + 8 : ce;
                /* les soldats se sont affrontés: a reciprocal verb's class
                 * is its subject's */
                int recip = lx->objs && refl && ts < 0 && object_holds(t, s, p + 1, lx->objs);
                if (!recip && !(lx->objs && inf && object_holds(t, after + 1, end, lx->objs))) continue;
                ts = -1;
            }
            /* a French object opens with a determiner, a number or a name;
             * what else follows the verb is an adverb (affirmait pourtant,
             * avaient annoncé un peu plus tôt), no target; nor an English
             * -ly word */
            if (ts >= 0 && !is_noun) {
                int c = ts + ((t->role[ts] == ER_DET || t->role2[ts] == ER_DET) && ts + 1 < te);
                const vl_xtok *k = &t->k[ts];
                if (lmask_of(t) == EL_FR && !(t->role[ts] == ER_DET || t->role2[ts] == ER_DET) && t->ent[ts] < 0 &&
                    !k->cap && !(k->klen && k->key[0] >= '0' && k->key[0] <= '9') && !word_in(t, ts, vl_event_head_skip))
                    ts = -1;
                else if (lmask_of(t) == EL_FR && (vl_xis(&t->k[c], "peu") || vl_xis(&t->k[c], "plus")))
                    ts = -1;
                else if (ly_adverb(t, ts))
                    ts = -1;
            }
            if (ts >= 0) e.target = arg_of(t, ts, te);
        }
        /* place: a LOC entity after a place preposition, in the clause */
        for (int j = cs; j + 1 < ce; j++) {
            if (!(t->role[j] == ER_PLACE || t->role2[j] == ER_PLACE)) continue;
            int q = j + 1;
            if (q < ce && (t->role[q] == ER_DET)) q++;
            if (q < ce && t->ent[q] >= 0 && ents[t->ent[q]].type == VL_NER_LOC &&
                t->k[q].start >= e.actor.end && (e.target.end == e.target.start || t->k[q].start >= e.target.end ||
                                                  t->k[q].end <= e.target.start)) {
                int qe = q;
                while (qe + 1 < ce && t->ent[qe + 1] == t->ent[q]) qe++;
                e.place = arg_of(t, q, qe + 1);
                break;
            }
        }
        /* date: the dated time expression of the clause nearest the verb */
        int best = -1, bestd = 1 << 30;
        for (int j = cs; j < ce; j++) {
            if (t->tim[j] < 0) continue;
            const vl_timex *x = &tx[t->tim[j]];
            char b1[11], b2[11];
            if ((x->type != VL_TIMEX_DATE && x->type != VL_TIMEX_TIME) || !vl_timex_period(x->value, b1, b2)) continue;
            int d = j > v ? j - v : v - j;
            if (d < bestd) best = t->tim[j], bestd = d;
        }
        e.timex = best;
        /* the evidence: the clause, with a subject stepped back to */
        int es = cs < s ? cs : s;
        int ee = ce;
        while (ee > es + 1 && is_punct(&t->k[ee - 1])) ee--;
        e.start = t->k[es].start;
        e.cp_start = t->k[es].cstart;
        e.end = t->k[ee - 1].end;
        e.cp_end = t->k[ee - 1].cend;
        if (push(t, &e)) return VL_ENOMEM;
    }
    return VL_OK;
}

/* One sentence, its tokens in t->k[0, m): ei and ti walk the entities and
 * time expressions along the text. */
static int tag_sentence(vl_event_tagger *t, const char *text, int m, int lmask, const vl_ner_mention *ents,
                        size_t nents, const vl_timex *tx, size_t ntx, size_t *ei, size_t *ti) {
    /* entity and time expression of each token */
    for (int i = 0; i < m; i++) {
        const vl_xtok *k = &t->k[i];
        while (*ei < nents && ents[*ei].end <= k->start) (*ei)++;
        while (*ti < ntx && tx[*ti].end <= k->start) (*ti)++;
        t->ent[i] = *ei < nents && ents[*ei].start < k->end ? (int)*ei : -1;
        t->tim[i] = *ti < ntx && tx[*ti].start < k->end ? (int)*ti : -1;
    }
    set_roles(t, text, m, lmask);
    find_triggers(t, text, m, lmask);
    return events_of_sentence(t, m, ents, tx);
}

int vl_event_tag_tokens(vl_event_tagger *t, const char *text, size_t len, vl_lang lang, const vl_xtext *x,
                        const vl_ner_mention *ents, size_t nents, const vl_timex *tx, size_t ntx,
                        const vl_event **out, size_t *n) {
    t->nout = 0;
    *out = NULL;
    *n = 0;
    if (lang != VL_LANG_FR && lang != VL_LANG_EN) return VL_OK;
    int lmask = lang == VL_LANG_FR ? EL_FR : EL_EN;
    t->mentions = ents;
    t->lmask = lmask;
    size_t ei = 0, ti = 0;
    if (vl_xtext_of(x, text, len, lang)) {
        for (size_t s = 0; s < x->nsent; s++) {
            t->k = x->tok + x->sent[s];
            int rc = tag_sentence(t, text, (int)(x->sent[s + 1] - x->sent[s]), lmask, ents, nents, tx, ntx, &ei, &ti);
            if (rc) return rc;
        }
    } else {
        vl_ner_lexer lx;
        vl_ner_lexer_init(&lx, text, len, lang);
        size_t nt;
        t->k = t->kbuf;
        while ((nt = vl_xtok_sentence(&lx, t->kbuf)) > 0) {
            int rc = tag_sentence(t, text, (int)nt, lmask, ents, nents, tx, ntx, &ei, &ti);
            if (rc) return rc;
        }
    }
    *out = t->out;
    *n = t->nout;
    return VL_OK;
}

int vl_event_tag(vl_event_tagger *t, const char *text, size_t len, vl_lang lang, const vl_ner_mention *ents,
                 size_t nents, const vl_timex *tx, size_t ntx, const vl_event **out, size_t *n) {
    return vl_event_tag_tokens(t, text, len, lang, NULL, ents, nents, tx, ntx, out, n);
}
