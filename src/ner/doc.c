/*
 * doc.c -- the document pass: a name is tagged the way the rest of its
 * document tags it.
 *
 * A dispatch names "Business France" once with the context that says what
 * it is ("l'organisme Business France"), then bare; "Cassini" is a probe
 * in one sentence and looks like a surname in the next.  A sentence-level
 * tagger decides each mention alone.  So vl_ner_tag_doc tags a text twice
 * (Ratinov & Roth 2009's "prediction aggregation", in one model): the
 * first pass tags each sentence with the sentence features only and
 * counts, for every capitalised word, how its occurrences were tagged
 * (vl_ner_doc, a small open-addressing table); the second pass adds to
 * each capitalised token the features of what its *other* occurrences
 * were tagged (vl_ner_doc_features) and decodes again.  The emission
 * scores of the first pass are kept, so the second only adds a few weight
 * rows per capitalised token and reruns Viterbi: it costs a fraction of
 * the first.  The trainer (train.c) learns both passes the same way.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ner/ner_internal.h"
#include "ner/utf8.h"

enum { L = VL_NER_NLABELS };

void vl_ner_doc_clear(vl_ner_doc *d) {
    /* the slots in use only: a table grown by one long text stays large
     * for the short ones after it */
    for (size_t k = 0; k < d->n; k++) d->keys[d->used[k]] = 0;
    d->n = 0;
}

void vl_ner_doc_free(vl_ner_doc *d) {
    free(d->keys);
    free(d->counts);
    free(d->used);
    memset(d, 0, sizeof *d);
}

static size_t doc_find(const vl_ner_doc *d, uint64_t key) {
    size_t mask = d->cap - 1, i = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 20) & mask;
    while (d->keys[i] && d->keys[i] != key) i = (i + 1) & mask;
    return i;
}

static int doc_grow(vl_ner_doc *d) {
    size_t cap = d->cap ? d->cap * 2 : 256;
    vl_ner_doc nd = {calloc(cap, sizeof *nd.keys), calloc(cap, sizeof *nd.counts), cap, d->n,
                     malloc(cap / 2 * sizeof *nd.used)};
    if (!nd.keys || !nd.counts || !nd.used) {
        free(nd.keys);
        free(nd.counts);
        free(nd.used);
        return VL_ENOMEM;
    }
    for (size_t k = 0; k < d->n; k++) {
        size_t i = d->used[k];
        size_t j = doc_find(&nd, d->keys[i]);
        nd.keys[j] = d->keys[i];
        memcpy(nd.counts[j], d->counts[i], sizeof nd.counts[j]);
        nd.used[k] = (uint32_t)j;
    }
    free(d->keys);
    free(d->counts);
    free(d->used);
    *d = nd;
    return VL_OK;
}

static int doc_class(int label) {
    int t = vl_ner_label_type(label);
    return t < 0 ? VL_NER_DOC_CLASSES - 1 : t;
}

int vl_ner_doc_add(vl_ner_doc *d, const uint64_t *h_lower, const uint8_t *cap, const int *labels, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (!vl_ner_cap_starts_name(cap[i])) continue;
        if ((d->n + 1) * 2 > d->cap && doc_grow(d)) return VL_ENOMEM;
        uint64_t key = h_lower[i] ? h_lower[i] : 1;
        size_t j = doc_find(d, key);
        if (!d->keys[j]) {
            d->keys[j] = key;
            memset(d->counts[j], 0, sizeof d->counts[j]);
            d->used[d->n++] = (uint32_t)j;
        }
        uint16_t *c = &d->counts[j][doc_class(labels[i])];
        if (*c < UINT16_MAX) (*c)++;
    }
    return VL_OK;
}

uint32_t vl_ner_doc_value(const vl_ner_doc *d, uint64_t h_lower, uint8_t cap, int label) {
    if (!d->n || !vl_ner_cap_starts_name(cap)) return 0;
    uint64_t key = h_lower ? h_lower : 1;
    size_t j = doc_find(d, key);
    if (!d->keys[j]) return 0;
    unsigned c[VL_NER_DOC_CLASSES];
    for (int k = 0; k < VL_NER_DOC_CLASSES; k++) c[k] = d->counts[j][k];
    /* Its own first-pass tag is not evidence about itself. */
    int self = doc_class(label);
    if (c[self]) c[self]--;
    uint32_t set = 0;
    int maj = -1;
    for (int k = 0; k < VL_NER_DOC_CLASSES; k++) {
        if (!c[k]) continue;
        set |= 1u << k;
        if (maj < 0 || c[k] > c[maj]) maj = k;
    }
    return maj < 0 ? 0 : set | (uint32_t)(maj + 1) << 5;
}

/* ------------------------------------------------------ tagging a text */

/* The first pass over a whole text, kept for the second. */
typedef struct doc_buf {
    vl_ner_tok *toks;
    uint8_t *labels;
    float *em;
    uint64_t *h_lower;
    uint8_t *cap;
    uint8_t *gaz; /* the gazetteer classes of the matches that start at the token */
    /* French: what the company cues gave (vl_ner_cue_memo); cue_changed
     * is per sentence, and a text has no more sentences than tokens */
    uint8_t *cue_in, *cue_out;
    signed char *cue_changed;
    size_t n, cap_n;
    size_t *sent; /* sentence i: tokens [sent[i], sent[i + 1]) */
    size_t nsent, cap_sent;
} doc_buf;

static int buf_reserve(doc_buf *b, size_t more) {
    if (b->n + more > b->cap_n) {
        size_t c = b->cap_n ? b->cap_n : 1024;
        while (c < b->n + more) c *= 2;
        vl_ner_tok *t = realloc(b->toks, c * sizeof *t);
        if (!t) return VL_ENOMEM;
        b->toks = t;
        uint8_t *l = realloc(b->labels, c * sizeof *l);
        if (!l) return VL_ENOMEM;
        b->labels = l;
        float *e = realloc(b->em, c * L * sizeof *e);
        if (!e) return VL_ENOMEM;
        b->em = e;
        uint64_t *h = realloc(b->h_lower, c * sizeof *h);
        if (!h) return VL_ENOMEM;
        b->h_lower = h;
        uint8_t *k = realloc(b->cap, c);
        if (!k) return VL_ENOMEM;
        b->cap = k;
        uint8_t *co = realloc(b->gaz, c);
        if (!co) return VL_ENOMEM;
        b->gaz = co;
        uint8_t *ci = realloc(b->cue_in, c);
        if (!ci) return VL_ENOMEM;
        b->cue_in = ci;
        uint8_t *cv = realloc(b->cue_out, c);
        if (!cv) return VL_ENOMEM;
        b->cue_out = cv;
        signed char *cc = realloc(b->cue_changed, c);
        if (!cc) return VL_ENOMEM;
        b->cue_changed = cc;
        b->cap_n = c;
    }
    size_t *s = vl_array_grow(b->sent, &b->cap_sent, b->nsent + 1, sizeof *s, 64);
    if (!s) return VL_ENOMEM;
    b->sent = s;
    return VL_OK;
}

static void buf_free(doc_buf *b) {
    free(b->toks);
    free(b->labels);
    free(b->em);
    free(b->h_lower);
    free(b->cap);
    free(b->gaz);
    free(b->cue_in);
    free(b->cue_out);
    free(b->cue_changed);
    free(b->sent);
}

typedef struct doc_scratch {
    int labels[VL_NER_MAX_SENT], labels1[VL_NER_MAX_SENT];
    uint32_t val[VL_NER_MAX_SENT];
    vl_ner_scratch s;
} doc_scratch;

/* A tagger's working memory, kept from one text to the next (see
 * vl_ner_tagger in ner.h): the sentence scratch, the first pass's buffer
 * and the document table. */
struct vl_ner_tagger {
    doc_scratch s;
    doc_buf b;
    vl_ner_doc d;
    vl_ner_wcache *wc;
    vl_ner_truecaser *tc; /* English models only, made on first use */
};

int vl_ner_tagger_new(vl_ner_tagger **out, vl_error *err) {
    /* The scratch is written before it is read: not zeroed (~60 KB). */
    vl_ner_tagger *t = malloc(sizeof *t);
    if (t) {
        memset(&t->b, 0, sizeof t->b);
        memset(&t->d, 0, sizeof t->d);
        t->tc = NULL;
        if (vl_ner_wcache_new(&t->wc)) {
            free(t);
            t = NULL;
        }
    }
    *out = t;
    return t ? VL_OK : vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
}

void vl_ner_tagger_free(vl_ner_tagger *t) {
    if (!t) return;
    buf_free(&t->b);
    vl_ner_doc_free(&t->d);
    vl_ner_wcache_free(t->wc);
    vl_ner_truecaser_free(t->tc);
    free(t);
}

/* The first pass's buffer grows by at most this many tokens at once; past
 * KEEP_TOKENS (a long report, not a dispatch: ~1.5 MB) it is released
 * after the text rather than kept. */
#define GUESS_TOKENS ((size_t)1 << 16)
#define KEEP_TOKENS ((size_t)1 << 14)

/* Legal forms that end a company's name ("Ruch SA", "Boatmen's
 * Bancshares Inc."). */
static const char *const legal_forms[] = {"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Co", "Co.", "plc", "Plc",
                                          "PLC", "LLC", "SA", "S.A.", "SAS", "AG", "NV", "N.V.", "SpA", "S.p.A.",
                                          "GmbH", "BV", "B.V.", "AB", "ASA", "Oyj", NULL};

static int tok_eq(const char *text, const vl_ner_tok *x, const vl_ner_tok *y) {
    return x->end - x->start == y->end - y->start && memcmp(text + x->start, text + y->start, x->end - x->start) == 0;
}

/* Whether two tokens are the same word, letters compared without case
 * (ASCII). */
static int tok_eq_nocase(const char *text, const vl_ner_tok *x, const vl_ner_tok *y) {
    size_t len = x->end - x->start;
    if (len != y->end - y->start) return 0;
    for (size_t k = 0; k < len; k++) {
        unsigned char a = (unsigned char)text[x->start + k], b = (unsigned char)text[y->start + k];
        if (a >= 'A' && a <= 'Z') a = (unsigned char)(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = (unsigned char)(b - 'A' + 'a');
        if (a != b) return 0;
    }
    return 1;
}

/* Whether the len tokens from a read as the len tokens from b, letter
 * case aside with nocase: a name of the document met again. */
static int same_words(const char *text, const vl_ner_tok *toks, size_t a, size_t b, size_t len, int nocase) {
    for (size_t k = 0; k < len; k++)
        if (!(nocase ? tok_eq_nocase(text, &toks[a + k], &toks[b + k]) : tok_eq(text, &toks[a + k], &toks[b + k])))
            return 0;
    return 1;
}

/* Labels tokens [b, e) one name of the given type. */
static void relabel(uint8_t *labels, size_t b, size_t e, int type) {
    for (size_t k = b; k < e; k++) labels[k] = (uint8_t)(k > b ? vl_ner_label_i(type) : vl_ner_label_b(type));
}

static int word_capitalised(const char *text, const vl_ner_tok *t);

/* A company named once with its legal form and then by its short name:
 * the short name is the company's, not a person's.  A name tagged PER
 * whose words begin an organisation of the document that ends on a legal
 * form ("Ruch" after "Ruch SA", "Jones" after "Jones Medical Industries
 * Inc.") becomes an ORG.  The document pass alone leaves it PER when most
 * of its occurrences were: the legal form, a sure sign, is seen once.  In
 * conll2003-en's train.conllu, a word heading such a name is, alone, an
 * ORG 193 times, a LOC 7 ("China"), MISC 3 and never a PER: only PER
 * spans are changed. */
#define MAX_COMPANIES 16
void vl_ner_company_short_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, size_t n) {
    size_t co_start[MAX_COMPANIES], co_len[MAX_COMPANIES], nco = 0;
    const int b_org = vl_ner_label_b(VL_NER_ORG), i_org = vl_ner_label_i(VL_NER_ORG);
    for (size_t i = 0; i < n && nco < MAX_COMPANIES;) {
        if (labels[i] != b_org) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && labels[j] == i_org) j++;
        const vl_ner_tok *last = &toks[j - 1];
        for (const char *const *f = legal_forms; j - i >= 2 && *f; f++)
            if (strlen(*f) == last->end - last->start && memcmp(*f, text + last->start, strlen(*f)) == 0) {
                co_start[nco] = i;
                co_len[nco++] = j - i - 1;
                break;
            }
        i = j;
    }
    if (!nco) return;
    const int b_per = vl_ner_label_b(VL_NER_PER), i_per = vl_ner_label_i(VL_NER_PER);
    for (size_t i = 0; i < n;) {
        if (labels[i] != b_per) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && labels[j] == i_per) j++;
        for (size_t c = 0; c < nco; c++) {
            if (j - i > co_len[c]) continue;
            if (!same_words(text, toks, i, co_start[c], j - i, 0)) continue;
            relabel(labels, i, j, VL_NER_ORG);
            break;
        }
        i = j;
    }
    /* The company's first word, left out where the labels elsewhere make
     * it a one-word ORG of its own: the title-case headline "[Coinbase]
     * Valued at $86 Billion in Nasdaq Debut" over "Coinbase Global Inc"
     * and "[Coinbase] reported" (ner-gold18).  Both marks are asked: the
     * legal form's first word alone ("First" of "First Bank Corp") is no
     * name at a sentence's opening.  Not before a capitalised word, which
     * may be the rest of another name ("le projet Elektron One" after
     * "Elektron Innovativ GmbH", OrangeSum), but at the text's first
     * word, a headline's. */
    for (size_t c = 0; c < nco; c++) {
        size_t f = co_start[c];
        int alone = 0;
        for (size_t i = 0; i < n && !alone; i++)
            alone = labels[i] == b_org && (i + 1 >= n || labels[i + 1] != i_org) && tok_eq(text, &toks[i], &toks[f]);
        if (!alone) continue;
        for (size_t i = 0; i < n; i++)
            if (labels[i] == 0 && (i + 1 >= n || labels[i + 1] == 0) && tok_eq(text, &toks[i], &toks[f]) &&
                (i == 0 || i + 1 >= n || !word_capitalised(text, &toks[i + 1])))
                labels[i] = (uint8_t)b_org;
    }
}

/* ------------------------------------------- companies and clubs (English)
 *
 * Modern news names many companies bare ("WestJet", "Novo Nordisk",
 * "Lumen"), which a tagger trained on 1996 Reuters takes for people or
 * places, and clubs by their city ("Bristol City", "Denver"), which it
 * takes for the city.  Somewhere in the text one mention usually says what
 * the name is; vl_ner_company_evidence finds that mention and retypes all
 * the name's mentions. */

static int word_in(const char *text, const vl_ner_tok *t, const char *const *list) {
    size_t len = t->end - t->start;
    for (; *list; list++)
        if ((*list)[0] == text[t->start] && strlen(*list) == len && memcmp(*list, text + t->start, len) == 0) return 1;
    return 0;
}

static int word_capitalised(const char *text, const vl_ner_tok *t) {
    unsigned char c = (unsigned char)text[t->start];
    return (t->flags & VL_NTOK_WORD) && ((c >= 'A' && c <= 'Z') || c >= 0xC0);
}

/* Lower-case nouns that, right before a name, say it is a company or a
 * body: "the regulator [Ofwat]", "the vaccine alliance [Gavi]", "carrier
 * [WestJet]".  In train.conllu the names after them are ORG 86 times, PER
 * twice (an insurer's and a service's people, "rival" aside). */
static const char *const en_company_cues[] = {
    "carrier",   "airline",   "airlines",  "regulator",   "watchdog",  "lender",     "insurer",  "retailer",
    "drugmaker", "carmaker",  "automaker", "chipmaker",   "miner",     "broadcaster", "conglomerate",
    "startup",   "start-up",  "firm",      "company",     "brewer",    "alliance",   "charity",  "operator",
    "maker",     "giant",     "subsidiary", "manufacturer", "supplier", "publisher", "rivals",
    "retailers", "lenders",   "insurers",  "carriers",    "airlines",  "bank",       "group",    "agency",
    "club",      "planemaker", "shipper",  "utility",     NULL};
/* Those of them that a person's full name may follow ("film maker Steven
 * Spielberg", "media giant Rupert Murdoch", "the club Ana Lima joined",
 * train.conllu's "insurer [Thierry Dehaan]", its one PER after a cue of
 * two words or more); after the others a full name is a business's ("the
 * Swiss bank [Julius Baer]", "the local charity [Ajuda Sofala]"). */
static const char *const en_company_cues_person[] = {"maker", "giant", "publisher", "operator", "rivals", "club",
                                                     "group", "company", "firm", "alliance", "insurer", "insurers",
                                                     "subsidiary", "agency", NULL};
/* Words after a name's possessive that only a business has: "[WestJet]'s
 * purchase of", "[Harland]'s first-half profit", "[Alder]'s application"
 * is not among them (people apply too). */
static const char *const en_company_possessions[] = {
    "shares", "stock", "profit", "profits", "revenue", "revenues", "sales", "earnings", "shareholders",
    "subsidiary", "subsidiaries", "CEO", "first-half", "second-half",
    "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "factory", "factories", "stores",
    "flights", "fleet", "customers", "subscribers", "headquarters", NULL};
/* Roles that a name before them employs, when a person's name follows:
 * "[Rio Tinto] chief executive Simon Trott", "[Thunder] coach Mark
 * Daigneault", "[Bath] forward Ben Spencer".  In train.conllu the names
 * before them are ORG, MISC (nationalities: "Dutch striker") or LOC (the
 * national sides, countries: left out with the gazetteer's countries). */
static const char *const en_company_roles[] = {"CEO", "chairman", "chairwoman", "Chairman", "Chairwoman", "founder",
                                               "co-founder", NULL};
/* Heads of an apposition after the name that only a business is:
 * "[Entergy], the main utility, said", "[Supermac], a privately held
 * firm"; not those a person may be (producer, operator, publisher,
 * miner, developer: "Trump, a real estate developer"). */
static const char *const en_company_appositions[] = {
    "company",  "firm",      "carrier",  "airline",    "regulator", "lender",      "insurer",     "retailer",
    "drugmaker", "carmaker", "automaker", "chipmaker", "broadcaster", "conglomerate", "startup",  "start-up",
    "utility",  "subsidiary", "manufacturer", "bank",  "brewer",    "planemaker",  "shipper",     NULL};
/* What may follow such an apposition's head: the apposition ends there. */
static const char *const en_apposition_ends[] = {",", ".", ";", "that", "which", "with", "whose", "based", NULL};
static const char *const en_articles[] = {"a", "an", "the", NULL};
static const char *const en_club_roles[] = {
    "coach", "manager", "forward", "striker", "midfielder", "defender", "goalkeeper", "winger", "captain",
    "skipper", "fly-half", "scrum-half", "flanker", "quarterback", "guard", "pitcher", "batsman", "bowler",
    "full-back", "centre-back", "playmaker", NULL};
/* National sides that the gazetteer's countries miss (the home nations,
 * and a few it lacks): LOC in CoNLL-2003 ("England captain Mike
 * Atherton", "U.S. captain Billie Jean King"). */
static const char *const en_sides[] = {"England", "Scotland", "Wales", "Ireland", "Britain", "U.S.", "US", "USA",
                                       "Turkey", "Russia", NULL};

/* Jobs done at a firm: "an analyst at [Bernstein]", "chief economist at
 * [Halvorsen Capital]" (ORG 4 of 4 in train.conllu). */
static const char *const en_firm_jobs[] = {"analyst", "analysts", "economist", "economists", "strategist",
                                           "strategists", NULL};

/* A match's result around a place's name makes it a club: "lost 2-0 at
 * [Bristol City]" (a club's word ends it: a ground, "at Anfield", does
 * not), "beat [Denver] 101-99", "[Denver] beat Utah 101-99". */
static const char *const en_club_last_words[] = {"City", "United", "Rovers", "Town", "County", "Athletic",
                                                 "Albion", "Wanderers", "Hotspur", NULL};
static const char *const en_score_preps[] = {"at", "to", "against", "over", "with", NULL};
static const char *const en_match_verbs[] = {"beat", "beats", "defeated", "edged", "thrashed", "routed",
                                             "won", "lost", "drew", NULL};

/* Whether token t is a score: digits, a hyphen or an en dash, digits
 * ("3-1", "101-99"). */
static int word_score(const char *text, const vl_ner_tok *t) {
    size_t p = t->start, d1 = 0, d2 = 0;
    while (p < t->end && text[p] >= '0' && text[p] <= '9') p++, d1++;
    if (!d1 || d1 > 3 || p >= t->end) return 0;
    if (text[p] == '-') p++;
    else if (p + 3 <= t->end && memcmp(text + p, "\xE2\x80\x93", 3) == 0) p += 3;
    else return 0;
    while (p < t->end && text[p] >= '0' && text[p] <= '9') p++, d2++;
    return p == t->end && d2 && d2 <= 3;
}

static int word_is(const char *text, const vl_ner_tok *t, const char *w) {
    return t->end - t->start == strlen(w) && memcmp(text + t->start, w, t->end - t->start) == 0;
}

/* The name the labels give at token i: its type, and in *end the token
 * after it (the I- labels of that type that follow); -1 and i + 1 where
 * labels[i] is O.  The document rules walk the names so. */
static int name_from(const uint8_t *labels, size_t n, size_t i, size_t *end) {
    int type = vl_ner_label_type(labels[i]);
    size_t j = i + 1;
    if (type >= 0)
        while (j < n && labels[j] == vl_ner_label_i(type)) j++;
    *end = j;
    return type;
}

/* The next name at or after token *i: moves *i to its first token and
 * returns its type, *end the token after it; -1 when none is left.  The
 * document rules walk the names with it:
 *     for (size_t i = 0, j = 0; i < n; i = j) {
 *         int type = next_name(labels, n, &i, &j);
 *         if (type < 0) break;
 *         ...
 *     } */
static int next_name(const uint8_t *labels, size_t n, size_t *i, size_t *end) {
    while (*i < n && vl_ner_label_type(labels[*i]) < 0) (*i)++;
    if (*i >= n) {
        *end = n;
        return -1;
    }
    return name_from(labels, n, *i, end);
}

/* Plural company nouns before a list of names: "Turkish firms such as
 * [Baykar] and [Aselsan]", "local brands such as [BYD] and [Geely]",
 * "carmakers including [Toyota], [Honda] and [Nissan]" ("rivals" is left
 * out: political rivals are people). */
/* A company's head word: a plural or trade noun that ends a firm's name
 * and never a person's or a place's ("Ormond Dairies", "Harland Metals",
 * "Crestwater Mining").  In conll2003-en's train.conllu the names of two
 * words or more ending on one of them are ORG every time (Airways 7,
 * Airlines 4, Securities 3, Holdings 2, ...: 29 of 29). */
static const char *const en_company_heads[] = {
    "Foods",        "Dairies",     "Dairy",        "Metals",      "Mining",      "Minerals",   "Seafood",
    "Holdings",     "Industries",  "Pharmaceuticals", "Pharma",   "Motors",      "Airlines",   "Airways",
    "Technologies", "Resources",   "Petroleum",    "Productions", "Logistics",   "Chemicals",  "Breweries",
    "Shipping",     "Enterprises", "Biosciences",  "Therapeutics", "Electronics", "Textiles",  "Laboratories",
    "Securities",   "Investments", "Telecom",      "Semiconductor", NULL};

/* A company named once by its first word and a company's head word
 * ("Ormond Dairies", typed PER or LOC: the tagger knows neither word) and
 * then by its first word alone ("advised [Ormond]"): the two-word name is
 * an ORG at every mention, and the word alone typed PER too, save before
 * "family" ("the founding Ormond family", a person's kin).  Only names of
 * two words: "Taylor Swift Productions" names its founder, and "Taylor
 * Swift" stays a person.  A word alone typed LOC stays (a firm named after
 * its town). */
void vl_ner_company_heads(const char *text, const vl_ner_tok *toks, uint8_t *labels, size_t n) {
    size_t co[MAX_COMPANIES], nco = 0;
    for (size_t i = 0, j = 0; i < n && nco < MAX_COMPANIES; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        if (j - i == 2 && type != VL_NER_MISC && word_capitalised(text, &toks[i]) &&
            word_in(text, &toks[i + 1], en_company_heads))
            co[nco++] = i;
    }
    if (!nco) return;
    const int b_org = vl_ner_label_b(VL_NER_ORG), i_org = vl_ner_label_i(VL_NER_ORG);
    const int b_per = vl_ner_label_b(VL_NER_PER);
    for (size_t i = 0, j = 0; i < n; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        for (size_t c = 0; type != VL_NER_ORG && type != VL_NER_MISC && c < nco; c++) {
            if (!tok_eq(text, &toks[i], &toks[co[c]])) continue;
            if (j - i == 2 && tok_eq(text, &toks[i + 1], &toks[co[c] + 1])) {
                labels[i] = (uint8_t)b_org, labels[i + 1] = (uint8_t)i_org;
            } else if (j - i == 1 && labels[i] == b_per && !(j < n && word_is(text, &toks[j], "family"))) {
                labels[i] = (uint8_t)b_org;
            }
            break;
        }
    }
}

static const char *const en_company_plurals[] = {
    "firms",     "companies",  "brands",      "carmakers",   "automakers", "drugmakers", "chipmakers", "banks",
    "lenders",   "insurers",   "retailers",   "carriers",    "airlines",   "makers",     "manufacturers",
    "operators", "startups",   "start-ups",   "utilities",   "clubs",      "broadcasters", "miners",  "suppliers",
    "publishers", "brewers",   "conglomerates", "groups",    "exchanges",  "platforms",  NULL};

/* Whether the name starting at i stands in a list that such a noun opens
 * ("firms such as X, Y and Z", "companies, including X"): back over names
 * and their commas and "and" / "or" to "such as", "including" or "like",
 * and the noun before it (a comma between them allowed). */
static int company_list_member(const char *text, const vl_ner_tok *toks, const uint8_t *labels, size_t i) {
    size_t k = i;
    for (int names = 0; names < 8 && k >= 2; names++) {
        const vl_ner_tok *p = &toks[k - 1];
        size_t c = 0; /* the cue's end: the word before "such as", "including", "like" */
        if (word_is(text, p, "as") && k >= 3 && word_is(text, &toks[k - 2], "such")) c = k - 2;
        else if (word_is(text, p, "including") || word_is(text, p, "like")) c = k - 1;
        if (c) {
            if (c >= 2 && word_is(text, &toks[c - 1], ",")) c--;
            return c >= 1 && word_in(text, &toks[c - 1], en_company_plurals);
        }
        /* a separator, then the name before it */
        if (!(word_is(text, p, ",") || word_is(text, p, "and") || word_is(text, p, "or"))) return 0;
        k--;
        if (word_is(text, &toks[k - 1], ",") && k >= 2) k--; /* "X, and Y" */
        if (k < 1 || labels[k - 1] == 0) return 0;
        int t = vl_ner_label_type(labels[k - 1]);
        while (k >= 1 && labels[k - 1] == vl_ner_label_i(t)) k--;
        if (k < 1 || labels[k - 1] != vl_ner_label_b(t)) return 0;
        k--;
    }
    return 0;
}

/* Whether the name [i, j) of type `type` is shown a company or a club by
 * the words around it. */
static int company_evidence(const char *text, const vl_ner_tok *toks, const uint8_t *labels, const uint8_t *gaz,
                            size_t n, size_t i, size_t j, int type) {
    const vl_ner_tok *p = i ? &toks[i - 1] : NULL;
    /* a country, or a side named as one, in any word of the name ("The
     * Netherlands", "Northern Ireland", "the Republic of Ireland") */
    for (size_t c = i; c < j; c++)
        if ((gaz && (gaz[c] & VL_NER_GAZ_COUNTRY)) || word_in(text, &toks[c], en_sides)) return 0;
    /* not "the aircraft carrier [Carl Vinson]", "real estate developer
     * [Donald Trump]" (a person's full name), "a firm [American]
     * commitment" (an adjective) */
    if (p && word_in(text, p, en_company_cues) && (!word_is(text, p, "rivals") || j == i + 1) &&
        !(i >= 2 && word_is(text, &toks[i - 2], "aircraft")) &&
        !(type == VL_NER_PER && j > i + 1 && word_in(text, p, en_company_cues_person)) &&
        !(type == VL_NER_MISC && word_is(text, p, "firm")))
        return 1;
    /* a list that a plural company noun opens: "firms such as [Baykar]" */
    if (company_list_member(text, toks, labels, i)) return 1;
    /* what only a company has or is headed by, before it: "shares in
     * [Harrow Cartwright]" (train.conllu: ORG 6 of 9 after "shares in" or
     * "shares of", the others a country and two nationalities), "the
     * former chief executive of [Crestwater Mining]" (ORG 3 of 4 after
     * "chairman of" or "CEO of", one nationality);
     * not "the chairman of [Japan]'s biggest bank" */
    if (type != VL_NER_MISC && i >= 2 && (word_is(text, p, "in") || word_is(text, p, "of")) &&
        (word_is(text, &toks[i - 2], "shares") || word_is(text, &toks[i - 2], "Shares")))
        return 1;
    if (type != VL_NER_MISC && i >= 2 && word_is(text, p, "of") &&
        (word_is(text, &toks[i - 2], "chairman") || word_is(text, &toks[i - 2], "chairwoman") ||
         word_is(text, &toks[i - 2], "CEO") ||
         (i >= 3 && word_is(text, &toks[i - 2], "executive") && word_is(text, &toks[i - 3], "chief"))) &&
        !(j < n && (word_is(text, &toks[j], "'s") || word_is(text, &toks[j], "\xE2\x80\x99s"))))
        return 1;
    /* a party: "Magyar's opposition [Tisza] party" (train.conllu: the
     * names before a lower-case "party" are ORG 13 times; the 9 MISC are
     * adjectives, "Democratic party", "Nazi party", left alone); not a
     * word after punctuation or opening a line ("season; Holiday party
     * photo lines"): a lower-case word before it ("the opposition [Tisza]
     * party") */
    if ((type == VL_NER_PER || type == VL_NER_LOC) && j < n && word_is(text, &toks[j], "party") && p &&
        !(toks[i].flags & VL_NTOK_PARA) && (p->flags & VL_NTOK_WORD) && text[p->start] >= 'a' &&
        text[p->start] <= 'z')
        return 1;
    /* a party named like a person ("Pacto Historico", "Yesh Atid",
     * "Fidesz": the golds' 9 such lines typed PER): its lawmakers after
     * it ("a [Pacto Historico] senator"; not "coalition": PolNeAR's "the
     * winning [Obama] coalition"), "led by" a person after it ("[Yesh
     * Atid], led by opposition leader Yair Lapid"), "parties" before it
     * ("the ultra-Orthodox parties [Shas] and ...").  train.conllu types
     * no person before these nouns (its names before them: "Unita
     * deputies" ORG, two adjectives MISC), and "X, led by" names bodies
     * or sides ("The [KDP], led by Massoud Barzani"); a full name whose
     * first word is a given name of the gazetteer stays */
    if (type == VL_NER_PER && !(j > i + 1 && gaz && (gaz[i] & VL_NER_GAZ_FIRSTNAME))) {
        static const char *const members[] = {"senator", "senators", "lawmaker", "lawmakers", "legislator",
                                              "legislators", "deputies", "councillor", "councillors", "MP", "MPs",
                                              NULL};
        if (j < n && word_in(text, &toks[j], members)) return 1;
        if (j + 3 < n && word_is(text, &toks[j], ",") && word_is(text, &toks[j + 1], "led") &&
            word_is(text, &toks[j + 2], "by")) {
            /* a person after "led by", maybe after lower-case words and a
             * title ("led by opposition leader Yair Lapid") */
            size_t m = j + 3;
            while (m < n && m < j + 7 && labels[m] == 0) m++;
            if (m < n && labels[m] == vl_ner_label_b(VL_NER_PER)) return 1;
        }
        if (p && word_is(text, p, "parties")) return 1;
        /* its leader named after it: "[Sanseito] leader Sohei Kamiya"
         * (ner-gold11, three mentions typed PER); train.conllu names
         * bodies and peoples before "leader" and a name ("PUK leader
         * Jalal Talabani", "Chechen leader"), never a person */
        if (j + 1 < n && word_is(text, &toks[j], "leader") && word_capitalised(text, &toks[j + 1]) &&
            labels[j + 1] == vl_ner_label_b(VL_NER_PER))
            return 1;
    }
    /* an apposition headed by a business's noun, for a name that is no
     * place of the gazetteer ("In Pittsburgh, the company, which ...") */
    if (j + 3 < n && word_is(text, &toks[j], ",") && word_in(text, &toks[j + 1], en_articles) &&
        !(type == VL_NER_LOC && gaz && (gaz[i] & VL_NER_GAZ_PLACE))) {
        size_t m = j + 2;
        while (m < n && m < j + 7 && (toks[m].flags & VL_NTOK_WORD) && text[toks[m].start] >= 'a' &&
               text[toks[m].start] <= 'z')
            m++;
        if (m > j + 2 && word_in(text, &toks[m - 1], en_company_appositions) &&
            (m == n || word_in(text, &toks[m], en_apposition_ends)))
            return 1;
    }
    /* a firm's seat or staff, for a name that is no place of the
     * gazetteer: "[Lumen], based in Monroe", "[Novo Nordisk], which is based
     * in", "an analyst at [Bernstein]" */
    int place = type == VL_NER_LOC && gaz && (gaz[i] & VL_NER_GAZ_PLACE);
    if (!place && type != VL_NER_MISC) {
        if (j + 2 < n && word_is(text, &toks[j], ",") && word_is(text, &toks[j + 1], "based") &&
            word_is(text, &toks[j + 2], "in"))
            return 1;
        if (j + 4 < n && word_is(text, &toks[j], ",") &&
            (word_is(text, &toks[j + 1], "which") || word_is(text, &toks[j + 1], "that")) &&
            word_is(text, &toks[j + 2], "is") && word_is(text, &toks[j + 3], "based"))
            return 1;
        if (i >= 2 && word_is(text, p, "at") && word_in(text, &toks[i - 2], en_firm_jobs)) return 1;
    }
    /* a possessive: not "Tokyo's stock market", a place's */
    if (!place && j + 1 < n && (word_is(text, &toks[j], "'s") || word_is(text, &toks[j], "\xE2\x80\x99s")) &&
        (word_in(text, &toks[j + 1], en_company_possessions) ||
         (j + 2 < n && word_is(text, &toks[j + 1], "chief") && word_is(text, &toks[j + 2], "executive"))))
        return 1;
    /* "Austrian coach Herbert Prohaska": a nationality (MISC) */
    if (type == VL_NER_MISC) return 0;
    /* a place in a match's result (not a person: "Seles beat Graf 6-4") */
    if (type == VL_NER_LOC) {
        if (i >= 2 && word_in(text, p, en_score_preps) && word_score(text, &toks[i - 2]) &&
            word_in(text, &toks[j - 1], en_club_last_words))
            return 1;
        if (p && word_in(text, p, en_match_verbs) && j < n && word_score(text, &toks[j])) return 1;
        if (j + 3 < n && word_in(text, &toks[j], en_match_verbs) && vl_ner_label_type(labels[j + 1]) >= 0) {
            size_t e = j + 2;
            while (e < n && labels[e] == vl_ner_label_i(vl_ner_label_type(labels[j + 1]))) e++;
            if (e < n && word_score(text, &toks[e])) return 1;
        }
    }
    /* "Rio Tinto chief executive Simon Trott": a role, then a person */
    size_t r = j;
    if (r + 1 < n && ((word_is(text, &toks[r], "chief") && word_is(text, &toks[r + 1], "executive")) ||
                      (word_is(text, &toks[r], "Chief") && word_is(text, &toks[r + 1], "Executive"))))
        r += 2;
    else if (r < n && (word_in(text, &toks[r], en_company_roles) || word_in(text, &toks[r], en_club_roles))) r++;
    if (r > j && r < n && word_capitalised(text, &toks[r]) &&
        (labels[r] == vl_ner_label_b(VL_NER_PER) || labels[r] == 0))
        return 1;
    return 0;
}

/* The company nouns that open a sentence glued to the name ("Rival
 * WestJet said", "Regulator Ofwat"): the span rules cut them off the name
 * (spans.c, company_role_nouns and role_nouns), after this pass. */
static const char *const en_company_cues_cap[] = {
    "Rival",   "Rivals",    "Carrier",  "Airline",      "Regulator",   "Watchdog", "Lender",  "Insurer",
    "Retailer", "Drugmaker", "Carmaker", "Automaker",   "Chipmaker",   "Miner",    "Broadcaster", "Brewer",
    "Conglomerate", "Planemaker", NULL};

/* Whether token t is a word whose first letter is an upper-case one
 * (word_capitalised takes any multibyte first letter, "à" and "été"
 * too). */
static int word_upper(const char *text, const vl_ner_tok *t) {
    if (!(t->flags & VL_NTOK_WORD)) return 0;
    size_t adv;
    return utf8proc_category(vl_ner_utf8_decode(text, t->end, t->start, &adv)) == UTF8PROC_CATEGORY_LU;
}

/* The team in parentheses after a rider's or an athlete's full name, in
 * French sports copy: "Jonas Vingegaard ([Visma-Lease a Bike])",
 * "Lenny Martinez ([Bahrain Victorious])"; the tagger, seeing
 * capitalised words with no cue, types them LOC or PER.  The content,
 * one to six tokens, holds only capitalised words, numbers, "a", "&" and
 * hyphens; a single word is taken only with a hyphen ("Alpecin-Deceuninck"),
 * when it starts no place or country of the gazetteer and a race's word
 * stands within 30 tokens ("min", "étape", "sprinter"...), words in
 * capitals only ("(SLO)", "(LR)") never, a LOC the gazetteer starts, a
 * French place's compound ("(Seine-Saint-Denis)") and an actor after a
 * role ("Emmett Brown (Christopher Lloyd)") stay.  A classification
 * writes the country first, "Mads Pedersen (Danemark, [Lidl-Trek])", "3.
 * Wout van Aert (Belgique, [Visma-Lease a Bike])" (the seventh gold, 4
 * such teams typed LOC or MISC); the country stays a LOC, a one-word
 * team needs no hyphen but a race's word, a MISC is taken.  winer-fr
 * 2016-01 ... 2017-04 has no "(country, X)" after a name; its "(PPE,
 * Italie)" puts the party first, which this leaves alone. */
void vl_ner_fr_teams(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    static const char *const glue[] = {"a", "&", "-", NULL};
    const int b_per = vl_ner_label_b(VL_NER_PER), i_per = vl_ner_label_i(VL_NER_PER);
    for (size_t i = 0; i + 4 < n; i++) {
        if (labels[i] != b_per) continue;
        size_t j = i + 1;
        while (j < n && labels[j] == i_per) j++;
        if (j + 2 >= n || !word_is(text, &toks[j], "(")) {
            i = j - 1;
            continue;
        }
        size_t c = j + 1;
        /* a classification's "(Pays-Bas, [Alpecin-Deceuninck])": the
         * rider's country, a comma, the team; then a one-word surname
         * ("Wout van [Aert]", its first name left out) is enough */
        int country = 0;
        if (labels[c] == vl_ner_label_b(VL_NER_LOC) || (gaz && (gaz[c] & VL_NER_GAZ_COUNTRY) && !labels[c])) {
            size_t k = c + 1;
            while (k < n && labels[k] == vl_ner_label_i(VL_NER_LOC)) k++;
            if (k + 1 < n && word_is(text, &toks[k], ",")) c = k + 1, country = 1;
        }
        if (j < i + 2 && !country) {
            i = j - 1;
            continue;
        }
        size_t e = c;
        int caps = 0, hyphen = 0, misc = 0, loc = 1, all_caps = 1;
        while (e < n && e < c + 7 && !word_is(text, &toks[e], ")")) {
            const vl_ner_tok *t = &toks[e];
            int digit = text[t->start] >= '0' && text[t->start] <= '9';
            if (!word_upper(text, t) && !digit && !word_in(text, t, glue)) break;
            if (word_upper(text, t)) caps++;
            if (memchr(text + t->start, '-', t->end - t->start)) hyphen = 1;
            for (size_t p = t->start; p < t->end; p++)
                if (text[p] >= 'a' && text[p] <= 'z') all_caps = 0;
            misc |= vl_ner_label_type(labels[e]) == VL_NER_MISC;
            loc &= e == c ? labels[e] == vl_ner_label_b(VL_NER_LOC) : labels[e] == vl_ner_label_i(VL_NER_LOC);
            e++;
        }
        /* a MISC only after a country ("(Danemark, Lidl-Trek)" was one) */
        if (e >= n || e == c || !word_is(text, &toks[e], ")") || !caps || (misc && !country) || all_caps) continue;
        if (!word_upper(text, &toks[c])) continue;
        int place = gaz && (gaz[c] & (VL_NER_GAZ_PLACE | VL_NER_GAZ_COUNTRY));
        if (e == c + 1 && ((!hyphen && !country) || place)) continue;
        if (place && loc) continue;
        /* an actor after a role: "Emmett Brown (Christopher Lloyd)" */
        if (labels[c] == b_per && gaz && (gaz[c] & VL_NER_GAZ_FIRSTNAME)) continue;
        /* a French place's compound name: "Seine-Saint-Denis",
         * "Boulogne-sur-Mer", "Hauts-de-Seine", "Saint-Étienne" */
        int compound = 0;
        static const char *const joins[] = {"Saint-", "Sainte-", "-sur-", "-de-", "-du-", "-des-", "-en-", "-la-",
                                            "-le-", "-lès-", "-et-", "-Saint-", NULL};
        for (size_t x = c; x < e && !compound; x++)
            for (const char *const *w = joins; *w && !compound; w++) {
                size_t wl = strlen(*w), tl = toks[x].end - toks[x].start;
                for (size_t p = 0; p + wl <= tl && !compound; p++)
                    compound = memcmp(text + toks[x].start + p, *w, wl) == 0;
            }
        if (compound) continue;
        /* one word: a département after a deputy writes so too ("Jean
         * Lassalle (Pyrénées-Atlantiques)", which the gazetteer lacks):
         * only with a race's word near it */
        if (e == c + 1) {
            static const char *const race[] = {"min", "secondes", "seconde", "étape", "étapes", "maillot", "sprint",
                                               "sprinter", "sprinteur", "coureur", "coureurs", "équipier", "peloton",
                                               "podium", "classement", "échappée", "km", NULL};
            int near = 0;
            for (size_t x = i >= 30 ? i - 30 : 0; x < n && x < e + 30 && !near; x++) near = word_in(text, &toks[x], race);
            if (!near) continue;
        }
        labels[c] = (uint8_t)vl_ner_label_b(VL_NER_ORG);
        for (size_t x = c + 1; x < e; x++) labels[x] = (uint8_t)vl_ner_label_i(VL_NER_ORG);
        i = e;
    }
}

/* What a clause says of a company after its subject: its possessive and
 * a business's noun ("son site", "ses boutiques", "ses actionnaires"), or
 * a closure or a sale and what only a business closes ("la fermeture
 * d'une cinquantaine de boutiques", "supprime 4 000 emplois"). */
static const char *const fr_possessives[] = {"son", "sa", "ses", "leur", "leurs", NULL};
static const char *const fr_business_nouns[] = {
    "site", "sites", "usine", "usines", "magasins", "boutiques", "filiale", "filiales", "actionnaires",
    "concessionnaires", "ventes", "bénéfice", "bénéfices", "chiffre", "entrepôts", "dividende", "salariés",
    "effectifs", "action", "modèles", "marques", "activités", NULL};
static const char *const fr_closures[] = {"fermeture", "fermer", "ferme", "fermera", "fermeront", "suppression",
                                          "suppressions", "supprimer", "supprime", "supprimera", "cession",
                                          "céder", "cède", "cédera", NULL};
static const char *const fr_closed[] = {"boutiques", "magasins", "usines", "usine", "site", "sites", "emplois",
                                        "postes", "filiale", "agences", NULL};
/* Capitalised words that open a clause and are no name. */
static const char *const fr_cap_words[] = {
    "Il", "Elle", "Ils", "Elles", "On", "Ce", "Cet", "Cette", "Ces", "Le", "La", "Les", "L'", "Celui", "Celle",
    "Son", "Sa", "Ses", "Leur", "Leurs", "Nous", "Vous", "Je", "Un", "Une", "Chaque", "Tout", "Tous", "Toute",
    "Selon", "Mais", "Et", "Or", "Si", "Depuis", "Dans", "En", "Pour", "Après", "Avant", "Lundi", "Mardi",
    "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Aucun", "Aucune", "Plusieurs", "Certains", NULL};

static int tok_lower_word(const char *text, const vl_ner_tok *t) {
    return (t->flags & VL_NTOK_WORD) && text[t->start] >= 'a' && text[t->start] <= 'z';
}

static int fr_clause_company(const char *text, const vl_ner_tok *toks, const uint8_t *labels, size_t n, size_t j) {
    static const char *const stops[] = {".", ";", ":", "?", "!", "\xC2\xAB", "\xC2\xBB", "\"", "qui", "que", NULL};
    int closure = 0;
    for (size_t k = j; k < n && k < j + 12; k++) {
        const vl_ner_tok *t = &toks[k];
        if (word_in(text, t, stops) || vl_ner_label_type(labels[k]) >= 0) return 0;
        /* "son site de Poissy", not "son site internet" */
        if (k + 1 < n && word_in(text, t, fr_possessives) && word_in(text, &toks[k + 1], fr_business_nouns) &&
            (!word_in(text, &toks[k + 1], (const char *const[]){"site", "sites", NULL}) ||
             (k + 3 < n && word_in(text, &toks[k + 2], (const char *const[]){"de", "d'", "d\u2019", NULL}) &&
              word_upper(text, &toks[k + 3]))))
            return 1;
        if (word_in(text, t, fr_closures)) closure = 1;
        else if (closure && word_in(text, t, fr_closed)) return 1;
    }
    return 0;
}

#define MAX_FR_EVIDENCE 16
void vl_ner_fr_company_evidence(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz,
                                const size_t *sent, size_t nsent, size_t n) {
    size_t ev[MAX_FR_EVIDENCE], nev = 0, k = 0;
    const int b_per = vl_ner_label_b(VL_NER_PER), b_loc = vl_ner_label_b(VL_NER_LOC);
    const uint8_t no = VL_NER_GAZ_PLACE | VL_NER_GAZ_COUNTRY | VL_NER_GAZ_FIRSTNAME;
    for (size_t i = 0; i + 1 < n && nev < MAX_FR_EVIDENCE; i++) {
        while (k + 1 < nsent && sent[k + 1] <= i) k++;
        if (!word_upper(text, &toks[i]) || (gaz && (gaz[i] & no)) || word_in(text, &toks[i], fr_cap_words))
            continue;
        int one = (labels[i] == b_per || labels[i] == b_loc) && vl_ner_label_type(labels[i + 1]) != vl_ner_label_type(labels[i]);
        /* a word left out: not in capitals ("ADN", "SUV"), and known to
         * the gazetteer's firms and brands or inside a sentence after a
         * lower-case word, a comma or a dash ("Néanmoins", "Soit" open
         * theirs) */
        if (labels[i] == 0 && labels[i + 1] == 0 && !word_upper(text, &toks[i + 1])) {
            int lower = 0;
            for (size_t p = toks[i].start; p < toks[i].end && !lower; p++) lower = text[p] >= 'a' && text[p] <= 'z';
            int inside = i > sent[k] && (tok_lower_word(text, &toks[i - 1]) ||
                                         word_in(text, &toks[i - 1], (const char *const[]){",", "\xE2\x80\x94", "\xE2\x80\x93", NULL}));
            /* opening a clause: a verb right after it ("Stellantis
             * fermera"; not "Face à", "Plus de", "Néanmoins ,") */
            static const char *const not_verbs[] = {"à", "de", "du", "des", "d'", "d\u2019", "en", "le", "la", "les",
                                                    "l'", "l\u2019", "et", "ou", "au", "aux", "sur", "pour", NULL};
            int verb = tok_lower_word(text, &toks[i + 1]) && !word_in(text, &toks[i + 1], not_verbs);
            one |= lower && ((gaz && (gaz[i] & VL_NER_GAZ_PROPER)) || inside || verb);
        }
        if (!one || !(toks[i].flags & VL_NTOK_WORD) || !fr_clause_company(text, toks, labels, n, i + 1)) continue;
        ev[nev++] = i;
    }
    if (!nev) return;
    /* not a person's surname the text writes in full ("Emmanuel Macron") */
    for (size_t c = 0; c < nev; c++) {
        for (size_t i = 0; i + 1 < n && ev[c] != (size_t)-1; i++) {
            if (vl_ner_label_type(labels[i]) != VL_NER_PER) continue;
            int multi = (vl_ner_label_is_b(labels[i]) && labels[i + 1] == vl_ner_label_i(VL_NER_PER)) ||
                        !vl_ner_label_is_b(labels[i]);
            if (multi && toks[i].end - toks[i].start == toks[ev[c]].end - toks[ev[c]].start &&
                memcmp(text + toks[i].start, text + toks[ev[c]].start, toks[i].end - toks[i].start) == 0)
                ev[c] = (size_t)-1;
        }
    }
    k = 0;
    for (size_t i = 0; i < n; i++) {
        while (k + 1 < nsent && sent[k + 1] <= i) k++;
        int type = vl_ner_label_type(labels[i]);
        if (type == VL_NER_ORG || type == VL_NER_MISC || (type >= 0 && !vl_ner_label_is_b(labels[i]))) continue;
        if (i + 1 < n && type >= 0 && labels[i + 1] == vl_ner_label_i(type)) continue;
        if (type < 0 && (i + 1 < n && labels[i + 1] == 0 && word_upper(text, &toks[i + 1]))) continue;
        for (size_t c = 0; c < nev; c++) {
            size_t e = ev[c];
            if (e == (size_t)-1 || toks[i].end - toks[i].start != toks[e].end - toks[e].start ||
                memcmp(text + toks[i].start, text + toks[e].start, toks[i].end - toks[i].start) != 0)
                continue;
            /* left out and opening a sentence: only where the clause said it */
            if (type < 0 && i == sent[k] && i != e) continue;
            labels[i] = (uint8_t)vl_ner_label_b(VL_NER_ORG);
            break;
        }
    }
}

static int word_has_lower(const char *text, const vl_ner_tok *t);

/* Whether token t is a word in capitals of three letters or more (Latin-1
 * capitals in UTF-8 counted: "DUPOND-MORETTI", "ÉLYSÉE"), and, with w,
 * whether w is the same word in its written case ("BORNE" and "Borne":
 * letters compared without case, ASCII and the Latin-1 block). */
static int word_caps_fold(const char *text, const vl_ner_tok *t, const vl_ner_tok *w) {
    size_t len = t->end - t->start, letters = 0;
    if (!(t->flags & VL_NTOK_WORD) || len < 3 || (w && w->end - w->start != len)) return 0;
    for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)text[t->start + k];
        unsigned char d = w ? (unsigned char)text[w->start + k] : c;
        if (c >= 'A' && c <= 'Z') {
            letters++;
            if (d != c && d != c + 32) return 0;
        } else if (c == 0xC3 && k + 1 < len && (unsigned char)text[t->start + k + 1] >= 0x80 &&
                   (unsigned char)text[t->start + k + 1] <= 0x9E) {
            unsigned char c2 = (unsigned char)text[t->start + k + 1];
            unsigned char d2 = w ? (unsigned char)text[w->start + k + 1] : c2;
            if (d != 0xC3 || (d2 != c2 && d2 != c2 + 32)) return 0;
            letters++;
            k++;
        } else if (c == '-' || c == '\'') {
            if (d != c) return 0;
        } else {
            return 0;
        }
    }
    return letters >= 3;
}

#define MAX_FR_SURNAMES 32
/* Whether word t of the text stands inside an ORG or a MISC of labels. */
static int in_firm(const char *text, const vl_ner_tok *toks, const uint8_t *labels, size_t n, const vl_ner_tok *t) {
    for (size_t x = 0; x < n; x++) {
        int type = vl_ner_label_type(labels[x]);
        if ((type == VL_NER_ORG || type == VL_NER_MISC) && tok_eq(text, &toks[x], t)) return 1;
    }
    return 0;
}

void vl_ner_fr_surnames(const char *text, const vl_ner_tok *toks, uint8_t *labels, const size_t *sent, size_t nsent,
                        size_t n) {
    size_t last[MAX_FR_SURNAMES], nlast = 0;
    const int b_per = vl_ner_label_b(VL_NER_PER), i_per = vl_ner_label_i(VL_NER_PER);
    /* the last words of the persons' full names; not a word the text
     * names a firm or a product by ("Porsche" after "Ferdinand Porsche",
     * "l'usine Porsche"), nor the last of a "person" whose first word is
     * one ("Bugatti Divo", a car the labels made a person) */
    for (size_t i = 0; i + 1 < n && nlast < MAX_FR_SURNAMES; i++) {
        if (labels[i] != i_per || (i + 1 < n && labels[i + 1] == i_per)) continue;
        if (!word_capitalised(text, &toks[i]) || !word_has_lower(text, &toks[i])) continue;
        size_t b = i;
        while (b > 0 && labels[b] != b_per) b--;
        size_t c = 0;
        while (c < nlast && !tok_eq(text, &toks[last[c]], &toks[i])) c++;
        if (c < nlast || in_firm(text, toks, labels, n, &toks[b]) || in_firm(text, toks, labels, n, &toks[i]))
            continue;
        last[nlast++] = i;
    }
    if (!nlast) return;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        while (k + 1 < nsent && sent[k + 1] <= i) k++;
        int type = vl_ner_label_type(labels[i]);
        /* a headline in capitals ("RETRAITES : BORNE ENGAGE LE 49.3"): the
         * surname in capitals, one word typed ORG, LOC or MISC, is the
         * person's (ner-gold16 typed "BORNE" ORG; our golds write such
         * surnames PER, "LECORNU", "SINNER", "ALCARAZ": 5 of 5; winer-fr
         * has no headline in capitals).  Only a word of the names' types:
         * one the labels left out may be a verb or a noun of the
         * headline. */
        if (type >= 0 && type != VL_NER_PER && vl_ner_label_is_b(labels[i]) &&
            !(i + 1 < n && labels[i + 1] == vl_ner_label_i(type)) && word_caps_fold(text, &toks[i], NULL)) {
            size_t c = 0;
            while (c < nlast && !word_caps_fold(text, &toks[i], &toks[last[c]])) c++;
            if (c < nlast) {
                labels[i] = (uint8_t)b_per;
                continue;
            }
        }
        if ((type >= 0 && type != VL_NER_LOC) || (type >= 0 && !vl_ner_label_is_b(labels[i]))) continue;
        /* one word alone: no name, nor a capitalised word, beside it */
        size_t e = k + 1 < nsent ? sent[k + 1] : n;
        if (i + 1 < e && (labels[i + 1] != 0 || word_capitalised(text, &toks[i + 1]) || word_is(text, &toks[i + 1], "&")))
            continue; /* "Norton & Sons" */
        /* (the sentence's own capital before it aside: "Puis Varlek") */
        if (i > sent[k] && (labels[i - 1] != 0 || (i - 1 > sent[k] && word_capitalised(text, &toks[i - 1])))) continue;
        if (!word_capitalised(text, &toks[i])) continue;
        /* a family ("la famille [Troadec]", "le domicile des Troadec":
         * winer-fr leaves families out; split A had 5), a law, a case
         * or a place named after the person */
        static const char *const not_alone[] = {
            "famille", "familles", "des", "les", "Les", "Des", "aux", "époux", "couple", "clan", "loi", "lois",
            "amendement", "réforme", "plan", "rapport", "affaire", "Affaire", "méthode", "rue", "avenue", "place",
            "boulevard", "lycée", "collège", "école", "stade", "salle", "gare", "musée", "fondation", "centre",
            "institut", "hôpital", "maison", "moteur", NULL};
        if (i > 0 && word_in(text, &toks[i - 1], not_alone)) continue;
        for (size_t c = 0; c < nlast; c++) {
            if (!tok_eq(text, &toks[last[c]], &toks[i])) continue;
            labels[i] = (uint8_t)b_per;
            break;
        }
    }
}

/* A market's move with its percentage after a name: "[Saint Laurent] a
 * reculé de 6 %", "[Bottega Veneta] a progressé de 3 %", "Michelin a
 * reculé de 3,1 %" (ner-gold9: 2 such names typed PER; the golds write 5,
 * all ORG; winer-fr 2016-01 ... 2017-04 one, "Pôle Emploi", ORG).  The
 * name, typed PER, LOC or MISC or left out inside the sentence, right
 * before the verb (a comma between is a clause's: "dans la [Manche], a
 * reculé de 1,2 %"), becomes an ORG with the text's other mentions of
 * the same words; not a place or a country of the gazetteer ("la France
 * a reculé de 2 %"), nor a full name opening on a first name (a poll's
 * "Marine Le Pen recule de 2 %"), nor a name after a preposition, a
 * complement's and not the subject. */
static const char *const fr_move_aux[] = {"a", "ont", "avait", "avaient", NULL};
static const char *const fr_move_past[] = {"reculé", "progressé", "chuté", "bondi", "grimpé", "cédé", "gagné",
                                           "perdu",  "plongé",    "glissé", "dégringolé", NULL};
static const char *const fr_move_now[] = {"recule", "reculent", "progresse", "progressent", "chute", "chutent",
                                          "bondit", "grimpe",   "grimpent",  "cède",        "cèdent", "plonge",
                                          "glisse", NULL};

static int fr_market_move(const char *text, const vl_ner_tok *toks, size_t n, size_t e) {
    size_t k = e;
    if (k + 1 < n && word_in(text, &toks[k], fr_move_aux) && word_in(text, &toks[k + 1], fr_move_past)) k += 2;
    else if (k < n && word_in(text, &toks[k], fr_move_now)) k += 1;
    else return 0;
    if (k < n && word_is(text, &toks[k], "de")) k++;
    if (k >= n || text[toks[k].start] < '0' || text[toks[k].start] > '9') return 0;
    /* "3,1 %" may come as one token or three */
    for (size_t x = k + 1; x < n && x < k + 4; x++) {
        if (word_is(text, &toks[x], "%")) return 1;
        if (!word_is(text, &toks[x], ",") && (text[toks[x].start] < '0' || text[toks[x].start] > '9')) return 0;
    }
    return 0;
}

#define MAX_MOVERS 16
void vl_ner_fr_market_moves(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    size_t from[MAX_MOVERS], len[MAX_MOVERS], nm = 0;
    for (size_t i = 0; i < n && nm < MAX_MOVERS; i++) {
        int type = vl_ner_label_type(labels[i]);
        size_t e = i + 1;
        if (type >= 0) {
            if (!vl_ner_label_is_b(labels[i])) continue;
            while (e < n && labels[e] == vl_ner_label_i(type)) e++;
            if (type == VL_NER_ORG) {
                i = e - 1;
                continue;
            }
        } else {
            if (!word_upper(text, &toks[i]) || i == 0 || !tok_lower_word(text, &toks[i - 1])) continue;
            while (e < n && labels[e] == 0 && word_upper(text, &toks[e])) e++;
        }
        if (!fr_market_move(text, toks, n, e)) {
            i = e - 1;
            continue;
        }
        /* the subject itself, not a complement's name: "la cote de
         * [Macron] a chuté de 5 %", "une infection au [Covid-19] a bondi
         * de 32 %" (OrangeSum) */
        static const char *const preps[] = {"de", "du", "des", "d'", "d\u2019", "au", "aux", "à", "en", "par",
                                            "pour", "sur", "chez", "avec", "dans", "contre", NULL};
        if (i > 0 && word_in(text, &toks[i - 1], preps)) {
            i = e - 1;
            continue;
        }
        if (gaz && ((gaz[i] & (VL_NER_GAZ_PLACE | VL_NER_GAZ_COUNTRY)) ||
                    (e > i + 1 && (gaz[i] & VL_NER_GAZ_FIRSTNAME))))
            continue;
        from[nm] = i, len[nm] = e - i, nm++;
        i = e - 1;
    }
    /* every mention of those words typed PER, LOC or MISC, or the mover itself */
    for (size_t m = 0; m < nm; m++)
        for (size_t i = 0; i + len[m] <= n; i++) {
            int type = vl_ner_label_type(labels[i]);
            if (i != from[m] && (type < 0 || type == VL_NER_ORG || !vl_ner_label_is_b(labels[i]))) continue;
            if (!same_words(text, toks, i, from[m], len[m], 0)) continue;
            /* the span must end there */
            if (i != from[m] && i + len[m] < n && labels[i + len[m]] == vl_ner_label_i(type)) continue;
            relabel(labels, i, i + len[m], VL_NER_ORG);
        }
}

/* A one-word name joined by "et" to a company's: "la concurrence de
 * [Giant] et d'Accell Group", "d'EDF, de [Danone] et de L'Oréal" (typed
 * LOC: the golds with their leave-one-out models and ner-gold9, 3),
 * "[Internews] et le PAM", "The North Face et [Esprit]" (left out: split
 * A).  In
 * winer-fr 2016-01 ... 2017-04 two names joined by "et" are of one type
 * mostly: ORG and ORG 40 times, ORG and LOC 5 ("Canada et l'Union
 * européenne", "PSG Handball et Montpellier", a club it types LOC: the
 * gazetteer's places), ORG and PER 6 (full names).  So a word left out
 * inside the sentence, or typed LOC where the preposition repeats ("de X
 * et de"), beside an ORG with "et", "et de", "et d'" or "et à" between,
 * becomes an ORG, and its one-word mentions typed LOC or PER or left out
 * inside a sentence with it; not a place, a country or a first name of
 * the gazetteer, nor a word the text writes as a person's surname. */
static int fr_pair_join(const char *text, const vl_ner_tok *toks, size_t n, size_t k) {
    /* the connector's length at k: "et", "et de", "et d'", "et à"; 0 if none */
    if (k >= n || !word_is(text, &toks[k], "et")) return 0;
    if (k + 1 < n && word_in(text, &toks[k + 1], (const char *const[]){"de", "d'", "d\u2019", "à", NULL})) return 2;
    return 1;
}

static int fr_pair_word(const char *text, const vl_ner_tok *toks, const uint8_t *labels, const uint8_t *gaz,
                        size_t n, size_t c, int prep) {
    /* a place's or a product's head before it: "la région [Île-de-France]
     * et d'IDF-Mobilités", "les modèles [Macan] et Panamera" (OrangeSum) */
    static const char *const heads[] = {"région", "département", "ville", "commune", "village", "province",
                                        "pays",   "île",         "modèle", "modèles", "version", "versions",
                                        "gamme",  "SUV",         "voiture", "voitures", "centrale", "centrales",
                                        NULL};
    const int b_loc = vl_ner_label_b(VL_NER_LOC);
    if (c >= n || !word_upper(text, &toks[c]) || !word_has_lower(text, &toks[c])) return 0;
    if (gaz && (gaz[c] & (VL_NER_GAZ_PLACE | VL_NER_GAZ_COUNTRY | VL_NER_GAZ_FIRSTNAME))) return 0;
    if (c + 1 < n && (vl_ner_label_type(labels[c + 1]) >= 0 && !vl_ner_label_is_b(labels[c + 1]))) return 0;
    if (c > 0 && word_in(text, &toks[c - 1], heads)) return 0;
    /* typed LOC: only where the preposition repeats ("de [Giant] et
     * d'Accell Group", "à L'Oréal et à [Michelin]"); with a bare "et"
     * the tagger's places stand beside its mistaken ORG as often ("du
     * Languedoc et PACA", "l'Elysée et Matignon", OrangeSum) */
    if (labels[c] == b_loc) return prep;
    /* left out: inside the sentence, alone */
    return labels[c] == 0 && c > 0 && (tok_lower_word(text, &toks[c - 1]) || word_is(text, &toks[c - 1], ",")) &&
           !(c + 1 < n && word_upper(text, &toks[c + 1]));
}

static int fr_surname_of_text(const char *text, const vl_ner_tok *toks, const uint8_t *labels, size_t n, size_t c) {
    const int i_per = vl_ner_label_i(VL_NER_PER);
    for (size_t x = 0; x < n; x++)
        if (labels[x] == i_per && tok_eq(text, &toks[x], &toks[c])) return 1;
    return 0;
}

#define MAX_PAIRS 16
void vl_ner_fr_company_pairs(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    size_t found[MAX_PAIRS], nf = 0;
    const int b_org = vl_ner_label_b(VL_NER_ORG), i_org = vl_ner_label_i(VL_NER_ORG);
    for (size_t a = 0; a < n && nf < MAX_PAIRS; a++) {
        if (labels[a] != b_org) continue;
        size_t b = a + 1;
        while (b < n && labels[b] == i_org) b++;
        /* the company first: "[ORG] et (de) X" */
        size_t j = (size_t)fr_pair_join(text, toks, n, b);
        if (j && fr_pair_word(text, toks, labels, gaz, n, b + j, j == 2)) found[nf++] = b + j;
        /* or second: "X et (de) [ORG]"; an elided "L'" may open the ORG */
        size_t s = a;
        if (s > 0 && labels[s - 1] == 0 && word_in(text, &toks[s - 1], (const char *const[]){"L'", "L\u2019", "l'", "l\u2019", NULL}))
            s--;
        for (size_t c = s >= 3 ? s - 3 : 0; c + 1 < s && nf < MAX_PAIRS; c++) {
            size_t jj = (size_t)fr_pair_join(text, toks, n, c + 1);
            /* the preposition repeats: "de [Danone] et de L'Oréal" */
            static const char *const de[] = {"de", "d'", "d\u2019", NULL};
            int prep = jj == 2 && c > 0 &&
                       (tok_eq(text, &toks[c - 1], &toks[c + 2]) ||
                        (word_in(text, &toks[c - 1], de) && word_in(text, &toks[c + 2], de)));
            if (jj && c + 1 + jj == s && fr_pair_word(text, toks, labels, gaz, n, c, prep)) found[nf++] = c;
        }
        a = b - 1;
    }
    for (size_t f = 0; f < nf; f++) {
        size_t c = found[f];
        if (fr_surname_of_text(text, toks, labels, n, c)) continue;
        for (size_t i = 0; i < n; i++) {
            int type = vl_ner_label_type(labels[i]);
            /* left out: inside a sentence, after a lower-case word, a
             * comma or an elision ("d'[Internews]") */
            int out = type < 0 && i > 0 && (tok_lower_word(text, &toks[i - 1]) || (toks[i - 1].flags & VL_NTOK_ELISION) ||
                                            word_is(text, &toks[i - 1], ","));
            if (i != c && !out && !((type == VL_NER_LOC || type == VL_NER_PER) && vl_ner_label_is_b(labels[i]))) continue;
            if (i + 1 < n && (labels[i + 1] != 0 ? !vl_ner_label_is_b(labels[i + 1]) : word_upper(text, &toks[i + 1])))
                continue;
            if (tok_eq(text, &toks[i], &toks[c])) labels[i] = (uint8_t)b_org;
        }
    }
}

/* A sports line-up: after the team's name and a colon, the players'
 * surnames one by one, the lines of the team (backs, half-backs,
 * forwards) parted by semicolons and the players by commas, with the
 * position's mark or the captain's in parentheses ("France : Ramos ;
 * Penaud, Moefana, Barassi ; (o) Ntamack, (m) Dupont (cap.) ; ...").
 * The tagger, with no first name nor verb near them, types a third of
 * them LOC or ORG (ner-gold9: 11 of 30).  A run of six one-word items
 * or more, two semicolons or more among its separators, more than half
 * of its items typed PER already, makes every item PER; a list of
 * places or clubs is not PER by majority, and winer-fr 2016-01 ...
 * 2017-04 holds no such run. */
static int lineup_mark(const char *text, const vl_ner_tok *toks, size_t n, size_t i) {
    /* "( o )", "( m )", "( cap . )": the tokens up to ")" lower-case or "." */
    if (i >= n || !word_is(text, &toks[i], "(")) return 0;
    for (size_t k = i + 1; k < n && k < i + 5; k++) {
        if (word_is(text, &toks[k], ")")) return k > i + 1 ? (int)(k + 1 - i) : 0;
        if (!tok_lower_word(text, &toks[k]) && !word_is(text, &toks[k], ".")) return 0;
        if (toks[k].end - toks[k].start > 4) return 0;
    }
    return 0;
}

/* A football line-up parts its lines by en dashes rather than
 * semicolons and writes a substitute in parentheses after the player he
 * replaced, with the minute: "LILLE : Özer – Meunier, Ngoy, Mandi,
 * Perraud – André, Mukau (Bouaddi, 66e) – Haraldsson, ... – Giroud."
 * (ner-gold10: 15 of 24 surnames missed or mistyped, two spans run over a
 * dash, "Özer – Meunier").  A dash counts as a semicolon; the substitute
 * is an item.  With dashes the run needs ten items or more, and a
 * quarter typed PER: the tagger leaves most foreign surnames out there,
 * and a list of towns parted by dashes ("Paris – Lyon – Marseille") is
 * mostly LOC, which stops it (fewer than a quarter LOC in a run of
 * dashes).
 * winer-fr 2016-01 ... 2017-04 writes no run of ten capitalised words
 * parted by commas and dashes. */
static int word_en_dash(const char *text, const vl_ner_tok *t) { return word_is(text, t, "\xE2\x80\x93"); }

/* A line-up's dash: an en dash, or a hyphen with spaces on both sides
 * ("STRASBOURG : Petrovic - Doué, Sarr, ...", ner-gold13: 8 lines run
 * together over " - " or typed LOC); "Feyi-Waboso" glues its hyphen. */
static int lineup_dash(const char *text, const vl_ner_tok *toks, size_t n, size_t k) {
    if (k >= n) return 0;
    if (word_en_dash(text, &toks[k])) return 1;
    return k > 0 && k + 1 < n && word_is(text, &toks[k], "-") && toks[k].start > toks[k - 1].end &&
           toks[k + 1].start > toks[k].end;
}

/* The end of a line-up's item at s: a capitalised word that holds a
 * lower-case letter, with its hyphened parts if the lexer cut them; s
 * when there is none. */
static size_t lineup_item_end(const char *text, const vl_ner_tok *toks, size_t n, size_t s) {
    if (s >= n || !word_upper(text, &toks[s]) || !word_has_lower(text, &toks[s])) return s;
    size_t e = s + 1; /* "Feyi-Waboso" if the lexer parts it */
    for (int words = 1;; words++) {
        while (e + 1 < n && word_is(text, &toks[e], "-") && toks[e].start == toks[e - 1].end &&
               word_upper(text, &toks[e + 1]))
            e += 2;
        /* a player of two or three words, "Andrey Santos", "Ben Seghir" */
        if (words == 3 || e >= n || !word_upper(text, &toks[e]) || !word_has_lower(text, &toks[e])) break;
        e++;
    }
    return e;
}

/* A substitute after a player, "( Bouaddi , 66e )": the item's tokens in
 * *s, *e and the tokens the whole takes; 0 when there is none. */
static int lineup_minute(const char *text, const vl_ner_tok *m) {
    return text[m->start] >= '1' && text[m->start] <= '9' && text[m->end - 1] == 'e' && m->end - m->start <= 4;
}
static size_t lineup_substitute(const char *text, const vl_ner_tok *toks, size_t n, size_t i, size_t *s, size_t *e) {
    if (i + 3 >= n || !word_is(text, &toks[i], "(")) return 0;
    /* the minute first: "( 76e Sylla )" */
    if (lineup_minute(text, &toks[i + 1])) {
        size_t y = lineup_item_end(text, toks, n, i + 2);
        if (y == i + 2 || y >= n || !word_is(text, &toks[y], ")")) return 0;
        *s = i + 2, *e = y;
        return y + 1 - i;
    }
    if (i + 4 >= n) return 0;
    size_t x = lineup_item_end(text, toks, n, i + 1);
    if (x == i + 1 || x + 2 >= n || !word_is(text, &toks[x], ",")) return 0;
    if (!lineup_minute(text, &toks[x + 1])) return 0;
    if (!word_is(text, &toks[x + 2], ")")) return 0;
    *s = i + 1, *e = x;
    return x + 3 - i;
}

#define MAX_LINEUP 48
void vl_ner_fr_lineups(const char *text, const vl_ner_tok *toks, uint8_t *labels, size_t n) {
    const uint8_t b_per = (uint8_t)vl_ner_label_b(VL_NER_PER), i_per = (uint8_t)vl_ner_label_i(VL_NER_PER);
    /* cheap first: a line-up needs two semicolons or two en dashes, which
     * most texts lack */
    size_t seps = 0;
    for (size_t i = 0; i < n && seps < 2; i++) {
        unsigned char c = (unsigned char)text[toks[i].start];
        seps += (c == ';' && toks[i].end - toks[i].start == 1) || ((c == 0xE2 || c == '-') && lineup_dash(text, toks, n, i));
    }
    if (seps < 2) return;
    size_t from[MAX_LINEUP], to[MAX_LINEUP];
    for (size_t i = 0; i < n; i++) {
        size_t k = i, items = 0, semis = 0, dashes = 0, per = 0, loc = 0;
        int broken = 0;
        while (k < n && items + 1 < MAX_LINEUP) {
            size_t s = k + (size_t)lineup_mark(text, toks, n, k);
            size_t e = lineup_item_end(text, toks, n, s);
            if (e == s) break;
            if (vl_ner_label_type(labels[s]) == VL_NER_PER) per++;
            if (vl_ner_label_type(labels[s]) == VL_NER_LOC) loc++;
            from[items] = s, to[items] = e, items++;
            e += (size_t)lineup_mark(text, toks, n, e);
            size_t ss, se, sub = lineup_substitute(text, toks, n, e, &ss, &se);
            if (sub) {
                if (vl_ner_label_type(labels[ss]) == VL_NER_PER) per++;
                from[items] = ss, to[items] = se, items++;
                e += sub;
            }
            /* a label running past the item ("Antoine Dupont"), save over
             * a dash, which the run clears */
            if (e < n && labels[e] != 0 && !vl_ner_label_is_b(labels[e]) && !lineup_dash(text, toks, n, e)) broken = 1;
            if (e + 1 < n && word_is(text, &toks[e], ";")) semis++;
            else if (e + 1 < n && lineup_dash(text, toks, n, e)) dashes++;
            else if (!(e + 1 < n && word_is(text, &toks[e], ","))) {
                k = e;
                break;
            }
            k = e + 1;
        }
        int ok = !broken && ((items >= 6 && semis >= 2 && 2 * per > items) ||
                             (items >= 10 && dashes >= 2 && !semis && 4 * loc < items && 4 * per >= items));
        if (ok) {
            for (size_t x = from[0]; x < to[items - 1]; x++) labels[x] = 0;
            for (size_t c = 0; c < items; c++) {
                labels[from[c]] = b_per;
                for (size_t x = from[c] + 1; x < to[c]; x++) labels[x] = i_per;
            }
        }
        if (items) i = to[items - 1];
    }
}

/* Clubs named after their towns in a French match report: "[Lille] a
 * renversé [Lyon] (2-1)", "Clermont s'est imposé sur la pelouse de
 * [Castres] (22-21)", "tenu en échec 1-1 par [Brest]", "Buts : Tolisso
 * (12e) pour [Lyon]".  CoNLL types a team ORG, and so do the golds (the
 * first gold's rule, 33 such mentions typed LOC over ner-gold10 and the
 * leave-one-out golds); the tagger, seeing the town, types them LOC.
 * Evidence of a team, for a name typed LOC that is no country of the
 * gazetteer (a national team is the country, LOC) and comes after no
 * "à", "en", "dans" (the venue: "à [Metz] (1-0)" stays LOC):
 *   - a score right after it, "Lyon (2-1)", "Castres (22-21)";
 *   - a match's verb after it and a score after the verb, in one clause
 *     ("Lille a renversé Lyon (2-1)");
 *   - "par", "contre", "face à" it right after a score.
 * A text with such evidence is a match report; there, weaker positions
 * also make a team: "vainqueur (samedi) de X", "X, vainqueur / champion
 * / relégué", "face à X", "contre X", "battant X", "battu par X", "pour
 * X" after a goal's minute, "entre X et Y" after "match", "rencontre",
 * "derby", "finale", "barrage", a match's verb within four tokens after
 * it, and a line-up's header in capitals ("LILLE :" before PER).  Then
 * every mention of the team's words typed LOC (letter case aside:
 * "LYON"), not after "à", "en", "dans", is an ORG.  winer-fr types clubs
 * LOC ("Chambéry ... en battant Valence d'Agen (34-27)"): on its
 * 858 texts of 2016-01 ... 2017-04 this changes one text, 4 mentions
 * (its handball rounds write no score beside a name); OrangeSum's 2,992
 * paragraphs, none. */
static const char *const fr_match_verbs[] = {
    "battu",   "battue",   "bat",      "battent",  "battant",  "renversé", "renverse", "dominé",   "domine",
    "dominant", "éliminé", "élimine",  "écrasé",   "écrase",   "surclassé", "étrillé", "imposé",   "imposée",
    "impose",  "imposant", "concédé",  "concède",  "arraché",  "accroché", "emporté",  "emporte",  "remporté",
    "vaincu",  "corrigé",  "balayé",   "renversant", "dominée", "tenu", NULL};
static int line_start(const char *text, const vl_ner_tok *toks, size_t i);
static const char *const fr_venue_preps[] = {"à", "À", "en", "En", "dans", "Dans", NULL};

/* Whether the name at i comes after a venue's preposition: "à [Metz]",
 * but not "face à [Monaco]", the opponent (the seventh round took "à"
 * for a venue there too, which left its "face à X" evidence dead). */
static int fr_after_venue(const char *text, const vl_ner_tok *toks, size_t i) {
    if (!i || !word_in(text, &toks[i - 1], fr_venue_preps)) return 0;
    return !(i >= 2 && (word_is(text, &toks[i - 1], "à") || word_is(text, &toks[i - 1], "À")) &&
             (word_is(text, &toks[i - 2], "face") || word_is(text, &toks[i - 2], "FACE")));
}

/* Whether a score stands at token k: "2-1", or "(" and "2-1". */
static int fr_score_at(const char *text, const vl_ner_tok *toks, size_t n, size_t k) {
    if (k < n && word_is(text, &toks[k], "(")) k++;
    return k < n && text[toks[k].start] >= '0' && text[toks[k].start] <= '9' && word_score(text, &toks[k]);
}

static int fr_clause_stop(const char *text, const vl_ner_tok *t) {
    static const char *const stops[] = {".", ";", "?", "!", ":", NULL};
    return word_in(text, t, stops);
}

/* Whether a match's verb follows the name ending at e, within max tokens
 * of one clause, and (with score) a score within ten tokens after it. */
static int fr_match_clause(const char *text, const vl_ner_tok *toks, size_t n, size_t e, size_t max, int score) {
    for (size_t k = e; k < n && k < e + max; k++) {
        /* without a score, "Boisson, originaire de Dijon, a dominé":
         * the verb must follow the name with no comma between */
        if (fr_clause_stop(text, &toks[k]) || (!score && word_is(text, &toks[k], ","))) return 0;
        if (!word_in(text, &toks[k], fr_match_verbs)) continue;
        if (!score) return 1;
        /* "a remporté la Coupe de France en battant l'OGC Nice (2-1)":
         * the score may follow a later verb of the clause */
        for (size_t x = k + 1; x < n && x < k + 11; x++) {
            if (fr_clause_stop(text, &toks[x])) return 0;
            if (fr_score_at(text, toks, n, x)) return 1;
        }
    }
    return 0;
}

/* Whether the text is a match report: a score after a name ("Lyon
 * (2-1)", "l'Union Bordeaux-Bègles 27-22") or after a match's verb in
 * its clause ("a battu le Paris Saint-Germain 2-1"); a score alone is
 * not (the judges' "(2-1)" in a boxing decision has neither). */
static int fr_match_report(const char *text, const vl_ner_tok *toks, const uint8_t *labels, size_t n) {
    for (size_t i = 1; i < n; i++) {
        if (text[toks[i].start] < '0' || text[toks[i].start] > '9' || !word_score(text, &toks[i])) continue;
        size_t b = word_is(text, &toks[i - 1], "(") ? i - 1 : i;
        if (b && labels[b - 1] != 0) return 1;
        for (size_t k = b; k-- > 0 && k + 12 > b;) {
            if (fr_clause_stop(text, &toks[k])) break;
            if (word_in(text, &toks[k], fr_match_verbs)) return 1;
        }
    }
    return 0;
}

/* Whether the name at [i, e), a LOC, is a team by strong evidence
 * (strong) or by a weaker position in a match report. */
static int fr_team_evidence(const char *text, const vl_ner_tok *toks, const uint8_t *labels, size_t n, size_t i,
                            size_t e, int strong) {
    const vl_ner_tok *p = i ? &toks[i - 1] : NULL, *pp = i >= 2 ? &toks[i - 2] : NULL;
    /* a clause's subject comes after no preposition ("champion
     * d'[Europe] en 2025, avait dominé") */
    static const char *const preps[] = {"de", "d'", "d\u2019", "du", "des", "par", "pour", "sur", "avec", "chez", NULL};
    const int subject_prep = p && word_in(text, p, preps);
    if (strong) {
        if (fr_score_at(text, toks, n, e)) return 1;
        if (!subject_prep && fr_match_clause(text, toks, n, e, 12, 1)) return 1;
        if (p && (word_is(text, p, "par") || word_is(text, p, "contre")) && i >= 2 && fr_score_at(text, toks, n, i - 2))
            return 1;
        if (p && pp && word_is(text, p, "à") && word_is(text, pp, "face") && i >= 3 &&
            (fr_score_at(text, toks, n, i - 3) || (i >= 4 && fr_score_at(text, toks, n, i - 4))))
            return 1;
        return 0;
    }
    static const char *const after_comma[] = {"vainqueur", "champion", "relégué", "promu", "leader", NULL};
    if (e + 1 < n && word_is(text, &toks[e], ",") && word_in(text, &toks[e + 1], after_comma)) return 1;
    if (p && (word_is(text, p, "contre") || word_is(text, p, "battant") || word_is(text, p, "promu"))) return 1;
    /* "FACE À NICE" in a headline in capitals */
    if (p && pp && (word_is(text, p, "à") || word_is(text, p, "À")) &&
        (word_is(text, pp, "face") || word_is(text, pp, "FACE")))
        return 1;
    /* the coach's bench: "sur le banc de [Toulouse]" */
    if (p && pp && word_is(text, p, "de") && word_is(text, pp, "banc")) return 1;
    if (p && pp && word_is(text, p, "par") && (word_is(text, pp, "battu") || word_is(text, pp, "battue"))) return 1;
    if (p && pp && word_is(text, p, "pour") && word_is(text, pp, ")")) return 1;
    if (p && (word_is(text, p, "de") || word_is(text, p, "d'") || word_is(text, p, "d\u2019"))) {
        if (pp && word_is(text, pp, "vainqueur")) return 1;
        if (i >= 3 && word_is(text, &toks[i - 3], "vainqueur")) return 1;
    }
    static const char *const meets[] = {"match", "rencontre", "derby", "finale", "barrage", NULL};
    if (p && word_is(text, p, "et") && i >= 4) {
        /* "entre X et [Y]": the first of the pair is met on its own */
        for (size_t k = i - 2; k + 6 > i && k > 1; k--) {
            if (word_is(text, &toks[k], "entre")) return word_in(text, &toks[k - 1], meets);
            if (fr_clause_stop(text, &toks[k])) break;
        }
    }
    if (p && pp && word_is(text, p, "entre") && word_in(text, pp, meets)) return 1;
    if (!subject_prep && fr_match_clause(text, toks, n, e, 7, 0)) return 1;
    /* a line-up's header: "LILLE :" at a line's start, players after it;
     * in lower case too when a line-up's dash follows the first player on
     * the line ("Nantes : Lafont – Appiah, ...", ner-gold17 typed both
     * teams' headers LOC; our golds write such headers ORG 4 of 4,
     * winer-fr prints no line-up) */
    if (e + 2 < n && word_is(text, &toks[e], ":") && labels[e + 1] == vl_ner_label_b(VL_NER_PER) &&
        line_start(text, toks, i)) {
        if (!word_has_lower(text, &toks[i])) return 1;
        for (size_t k = e + 2; k < n && k < e + 6 && !line_start(text, toks, k); k++)
            if (lineup_dash(text, toks, n, k)) return 1;
    }
    return 0;
}

#define MAX_TEAMS 24
void vl_ner_fr_clubs(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    /* cheap first: a text with no score is no match report */
    int any = 0;
    for (size_t i = 0; i < n && !any; i++)
        any = text[toks[i].start] >= '0' && text[toks[i].start] <= '9' && word_score(text, &toks[i]);
    if (!any) return;
    const int report = fr_match_report(text, toks, labels, n);
    const uint8_t b_loc = (uint8_t)vl_ner_label_b(VL_NER_LOC), i_loc = (uint8_t)vl_ner_label_i(VL_NER_LOC);
    size_t from[MAX_TEAMS], len[MAX_TEAMS], nt = 0;
    for (int strong = 1; strong >= 0; strong--) {
        if (!strong && !nt && !report) return;
        for (size_t i = 0; i < n && nt < MAX_TEAMS; i++) {
            if (labels[i] != b_loc) continue;
            size_t e = i + 1;
            while (e < n && labels[e] == i_loc) e++;
            if ((gaz && (gaz[i] & VL_NER_GAZ_COUNTRY)) || fr_after_venue(text, toks, i) ||
                !fr_team_evidence(text, toks, labels, n, i, e, strong)) {
                i = e - 1;
                continue;
            }
            int known = 0;
            for (size_t t = 0; t < nt && !known; t++) known = len[t] == e - i && same_words(text, toks, i, from[t], e - i, 1);
            if (!known) from[nt] = i, len[nt] = e - i, nt++;
            i = e - 1;
        }
    }
    /* A team's partners: a country in a result line with a team ("Strasbourg
     * - Monaco : 2-1"; clubs meet clubs, a national team meets national
     * teams, so "Monaco" is the club there), and a town in a list with a
     * team ("voit Strasbourg, Nice et Lille revenir"), taken in turn along
     * the list.  ner-gold13: 9 mentions of Monaco, Nice, Lille typed LOC. */
    for (int more = nt > 0; more && nt < MAX_TEAMS;) {
        more = 0;
        for (size_t i = 0; i < n && nt < MAX_TEAMS; i++) {
            if (labels[i] != b_loc) continue;
            size_t e = i + 1;
            while (e < n && labels[e] == i_loc) e++;
            int known = 0, partner = 0;
            for (size_t t = 0; t < nt && !known; t++) known = len[t] == e - i && same_words(text, toks, i, from[t], e - i, 1);
            if (known || fr_after_venue(text, toks, i)) {
                i = e - 1;
                continue;
            }
            const int country = gaz && (gaz[i] & VL_NER_GAZ_COUNTRY);
            for (size_t t = 0; t < nt && !partner; t++) {
                const size_t l = len[t];
                /* the team before: "T - X" / "T , X" / "T et X" */
                if (i >= l + 1 && same_words(text, toks, i - 1 - l, from[t], l, 1) && vl_ner_label_is_b(labels[i - 1 - l]) && !labels[i - 1]) {
                    if (country) partner = lineup_dash(text, toks, n, i - 1) && fr_score_at(text, toks, n, e + (e < n && word_is(text, &toks[e], ":")));
                    else partner = word_is(text, &toks[i - 1], ",") || word_is(text, &toks[i - 1], "et");
                }
                /* the team after: "X - T : 2-1" / "X , T" / "X et T" */
                if (!partner && e + 1 + l <= n && same_words(text, toks, e + 1, from[t], l, 1) && vl_ner_label_is_b(labels[e + 1]) && !labels[e]) {
                    size_t a = e + 1 + l;
                    if (country) partner = lineup_dash(text, toks, n, e) && fr_score_at(text, toks, n, a + (a < n && word_is(text, &toks[a], ":")));
                    else partner = word_is(text, &toks[e], ",") || word_is(text, &toks[e], "et");
                }
            }
            if (partner) from[nt] = i, len[nt] = e - i, nt++, more = 1;
            i = e - 1;
        }
    }
    for (size_t t = 0; t < nt; t++)
        for (size_t i = 0; i + len[t] <= n; i++) {
            if (labels[i] != b_loc || !same_words(text, toks, i, from[t], len[t], 1)) continue;
            if (i + len[t] < n && labels[i + len[t]] == i_loc) continue;
            if (fr_after_venue(text, toks, i)) continue;
            relabel(labels, i, i + len[t], VL_NER_ORG);
        }
}

/* A headline's rubric: "Danone : ventes en hausse de 4,6 %", "Suisse :
 * les électeurs rejettent", "La Réunion : la route du Littoral".  winer-fr
 * marks the name in such a rubric (2016-01: "France :", "Irak :",
 * "Québec :", "Burkina Faso :") and leaves a generic one out ("Espace :",
 * "Musique :", "Tennis :"); the golds the same.  The tagger leaves some
 * out at a line's start (ner-gold13/14 and the leave-one-out golds: 7
 * companies and places).  One to three capitalised words at a line's
 * start, left out, then ":", take the type of a span of the same words
 * (letter case aside) elsewhere in the text; failing one, a country of
 * the gazetteer is a LOC.  Not a span that names a minister's portfolio
 * ("ministre de la [Santé]", beside the rubric "Santé :", 5 spurious
 * rubrics over the golds before this check). */
void vl_ner_fr_rubrics(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    /* cheap first: from each colon back to a line's start */
    for (size_t c = 1; c < n; c++) {
        if (toks[c].end - toks[c].start != 1 || text[toks[c].start] != ':') continue;
        size_t i = c - 1, e = c;
        while (i > 0 && i + 3 > c && !line_start(text, toks, i)) i--;
        if (!line_start(text, toks, i) || labels[i] != 0 || !word_upper(text, &toks[i])) continue;
        int words = 1;
        for (size_t x = i + 1; x < e && words; x++)
            words = labels[x] == 0 && (word_upper(text, &toks[x]) ||
                                       (x + 1 < e && word_is(text, &toks[x], "de") && word_upper(text, &toks[x + 1])));
        if (!words) continue;
        int type = -1;
        for (size_t k = 0; k + (e - i) <= n && type < 0; k++) {
            if (k == i || !vl_ner_label_is_b(labels[k]) || !same_words(text, toks, k, i, e - i, 1)) continue;
            /* a minister's portfolio is no rubric's name: "ministre de la
             * [Santé]" beside "Santé : l'épidémie de grippe" */
            int portfolio = 0;
            static const char *const ministers[] = {"ministre", "ministres", "ministère", "commissaire", NULL};
            for (size_t y = k >= 4 ? k - 4 : 0; y < k && !portfolio; y++) portfolio = word_in(text, &toks[y], ministers);
            if (portfolio) continue;
            size_t x = k + (e - i);
            if (x < n && labels[x] == vl_ner_label_i(vl_ner_label_type(labels[k]))) continue;
            int ok = 1;
            for (size_t y = k + 1; y < x && ok; y++) ok = labels[y] == vl_ner_label_i(vl_ner_label_type(labels[k]));
            if (ok) type = vl_ner_label_type(labels[k]);
        }
        if (type < 0 && e == i + 1 && gaz && (gaz[i] & VL_NER_GAZ_COUNTRY)) type = VL_NER_LOC;
        if (type < 0) continue;
        relabel(labels, i, e, type);
    }
}

/* Places in a list: "soit Mocoa, [Mulato] et Sangoyaco", "Pumalin,
 * [Melimoyu] et Patagonia" (split A, winer-fr's own LOC: 2 typed PER;
 * ner-gold14's "Créon, [Targon] et Cadillac" stays, Cadillac being typed
 * ORG).  A list is names parted by "," and a last "et", each a
 * whole span; with three items or more, two LOC or more, a one-word PER
 * in it becomes a LOC, unless it is a first name of the gazetteer or a
 * word of a full name the text's persons write. */
static int fr_list_sep(const char *text, const vl_ner_tok *t) { return word_is(text, t, ",") || word_is(text, t, "et"); }

void vl_ner_fr_place_lists(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    const uint8_t b_per = (uint8_t)vl_ner_label_b(VL_NER_PER), b_loc = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    for (size_t i = 0; i < n; i++) {
        /* cheap first: a one-word PER beside a separator */
        if (labels[i] != b_per || (i + 1 < n && labels[i + 1] != 0)) continue;
        if (!((i + 1 < n && fr_list_sep(text, &toks[i + 1])) || (i > 0 && fr_list_sep(text, &toks[i - 1])))) continue;
        if (gaz && (gaz[i] & VL_NER_GAZ_FIRSTNAME)) continue;
        size_t items = 1, loc = 0;
        /* leftwards: "X ," or "X et" before the item, X a whole span */
        size_t k = i;
        while (k >= 2 && fr_list_sep(text, &toks[k - 1]) && labels[k - 2] != 0) {
            size_t b = k - 2;
            while (b > 0 && !vl_ner_label_is_b(labels[b])) b--;
            if (!vl_ner_label_is_b(labels[b])) break;
            items++;
            loc += vl_ner_label_type(labels[b]) == VL_NER_LOC;
            if (word_is(text, &toks[k - 1], "et")) {
                k = b;
                break;
            }
            k = b;
        }
        /* rightwards */
        k = i + 1;
        while (k + 1 < n && fr_list_sep(text, &toks[k]) && vl_ner_label_is_b(labels[k + 1])) {
            size_t e = k + 2;
            int type = vl_ner_label_type(labels[k + 1]);
            while (e < n && labels[e] == vl_ner_label_i(type)) e++;
            items++;
            loc += type == VL_NER_LOC;
            int last = word_is(text, &toks[k], "et");
            k = e;
            if (last) break;
        }
        if (items < 3 || loc < 2) continue;
        int person = 0;
        for (size_t x = 0; x + 1 < n && !person; x++)
            person = vl_ner_label_type(labels[x]) == VL_NER_PER && x != i &&
                     (labels[x + 1] == vl_ner_label_i(VL_NER_PER) || !vl_ner_label_is_b(labels[x])) &&
                     tok_eq(text, &toks[x], &toks[i]);
        if (!person) labels[i] = b_loc;
    }
}

#define MAX_EVIDENCE 32
void vl_ner_company_evidence(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz,
                             size_t n) {
    size_t ev_start[MAX_EVIDENCE], ev_len[MAX_EVIDENCE], nev = 0;
    for (size_t i = 0, j = 0; i < n && nev < MAX_EVIDENCE; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        if (type != VL_NER_ORG && company_evidence(text, toks, labels, gaz, n, i, j, type)) {
            ev_start[nev] = i;
            ev_len[nev++] = j - i;
        } else if (type != VL_NER_ORG && type != VL_NER_MISC) {
            /* a capitalised company noun before the name or glued to it;
             * a person's full name stays ("Rival Ana Lima") */
            size_t b = i;
            if (j > i + 1 && word_in(text, &toks[i], en_company_cues_cap)) b = i + 1;
            else if (!(i > 0 && labels[i - 1] == 0 && word_in(text, &toks[i - 1], en_company_cues_cap))) b = j;
            if (b < j && !(type == VL_NER_PER && j - b > 1)) {
                if (b > i) labels[i] = 0;
                ev_start[nev] = b;
                ev_len[nev++] = j - b;
            }
        }
    }
    if (!nev) return;
    for (size_t i = 0, j = 0; i < n; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        for (size_t c = 0; type != VL_NER_ORG && c < nev; c++) {
            if (j - i != ev_len[c]) continue;
            if (!same_words(text, toks, i, ev_start[c], j - i, 0)) continue;
            relabel(labels, i, j, VL_NER_ORG);
            break;
        }
    }
}

/* ------------------------------------------------ glued titles (English)
 *
 * A sentence may open on a person's job or a participle before the name
 * ("Fisherman Declan McGarrity, 63, said", "Host Conan O'Brien opened",
 * "Defending Hollis, Priya Nandra said"); capitalised there, the word runs
 * into the name.  It is cut off when it is a frequent word of raw news
 * (the clusters', lower-cased) that starts no name of the gazetteer (no
 * given name: "Mark Anthony Jones", "Grace Kelly Smith"), before a name of
 * two words or more, or, ending on "ing", of one ("Defending Hollis"); or
 * when a job's ending ends it and a given name of the gazetteer follows,
 * before two words or more ("Fisherman", too rare for the clusters). */
/* A job's ending ("Fisherman", "Boxer", "Sailor", "Novelist"), for a
 * word too rare for the clusters before a given name. */
static int job_word(const char *text, const vl_ner_tok *t) {
    static const char *const ends[] = {"man", "woman", "er", "or", "ist", NULL};
    size_t len = t->end - t->start;
    for (const char *const *e = ends; *e; e++) {
        size_t k = strlen(*e);
        if (len > k + 2 && memcmp(text + t->end - k, *e, k) == 0) return 1;
    }
    return 0;
}

void vl_ner_glued_titles(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint64_t *h_lower,
                         const uint8_t *gaz, const size_t *sent, size_t nsent, size_t n,
                         const vl_ner_clusters *clusters) {
    const int b_per = vl_ner_label_b(VL_NER_PER), i_per = vl_ner_label_i(VL_NER_PER);
    for (size_t k = 0; k < nsent; k++) {
        size_t i = sent[k];
        if (i >= n || labels[i] != b_per) continue;
        size_t j = i + 1;
        while (j < n && labels[j] == i_per) j++;
        const vl_ner_tok *t = &toks[i];
        size_t len = t->end - t->start;
        if (j - i < 2 || (gaz && gaz[i]) || !word_capitalised(text, t) || !word_capitalised(text, &toks[i + 1])) continue;
        int lower = len >= 4;
        for (size_t q = 1; lower && q < len; q++) lower = text[t->start + q] >= 'a' && text[t->start + q] <= 'z';
        if (!lower) continue;
        int ing = memcmp(text + t->end - 3, "ing", 3) == 0;
        if (j - i < 3 && !ing) continue;
        if (!vl_ner_clusters_get(clusters, h_lower[i]) &&
            !(j - i >= 3 && gaz && (gaz[i + 1] & VL_NER_GAZ_FIRSTNAME) && job_word(text, t)))
            continue;
        labels[i] = 0;
        labels[i + 1] = (uint8_t)b_per;
    }
}

/* ------------------------------------------------ towns shown once (English)
 *
 * A regional story names its towns bare ("parents from [Carlisle]",
 * "travel to [Newcastle]"), and a tagger trained on CoNLL-2003, where
 * towns are also football clubs in scores ("Carlisle 2 Hereford 1"),
 * types them ORG.  One mention usually shows the town: its dateline
 * ("CARLISLE, Feb 20 (Northwire) -", which the tagger types LOC) or "the
 * city of [El Obeid]" (train.conllu: LOC 82 times of 82 after "city of",
 * "town of", "village of", "port of").  The other mentions typed ORG or
 * PER become LOC, save a club's: beside a number or "v", or before a
 * player's role ("Carlisle striker"), and the dateline is no evidence
 * in a story holding a score ("2-1"): in train.conllu the dateline's
 * town is LOC 436 times elsewhere in its story and ORG 44, clubs of
 * sports reports. */

static const char *const en_town_heads[] = {"city",   "town",   "village",  "port",   "towns",   "villages",
                                            "district", "province", "region", "island", "suburb", "county",
                                            "districts", "provinces", "islands", NULL};
/* Nouns of places that follow a place's name: "Western Australia's
 * [Pilbara] region", "the icy [Stelvio] course", "the [La Moneda]
 * palace", "the [Sky Villa] building" (the golds: LOC, typed ORG 8
 * times).  train.conllu types the names before them LOC ("Heidrun
 * oilfield", "Kashmir valley", region 5, mine 4, island 4, building 1) or
 * MISC (adjectives, "Kurdish region", left alone), never ORG or PER.  A
 * name typed ORG only: before them a person is an owner or a side ("the
 * [Clinton] camp", "another [Trump] course" in PolNeAR), so "camp" is
 * left out too, and "plant", "refinery" and "base", a company's ("Ford
 * plant"). */
static const char *const en_place_tails[] = {"region", "palace",   "temple", "course", "field",      "oilfield",
                                             "mine",   "valley",   "island", "steelworks", "building", NULL};
static const char *const en_maker_verbs[] = {"said", "says", "announced", NULL};
static const char *const en_club_context[] = {"v", "vs", "vs.", "beat", "beats", "drew", NULL};

/* Whether token t is a word in capitals (two letters or more, hyphens and
 * apostrophes allowed: "CARLISLE", "SAINT-OMER"). */
static int word_all_caps(const char *text, const vl_ner_tok *t) {
    size_t letters = 0;
    if (!(t->flags & VL_NTOK_WORD)) return 0;
    for (size_t k = t->start; k < t->end; k++) {
        unsigned char c = (unsigned char)text[k];
        if (c >= 'A' && c <= 'Z') letters++;
        else if (!(c == '-' || c == '\'' || c == '.')) return 0;
    }
    return letters >= 2;
}



#define MAX_TOWNS 16

void vl_ner_place_evidence(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    size_t at[MAX_TOWNS], len[MAX_TOWNS], ntown = 0;
    /* a story with a match's score names clubs by their towns
     * ("LIVERPOOL ... [Liverpool] travel to Italy"): no dateline there */
    int scores = 0;
    for (size_t i = 0; i < n && !scores; i++) scores = word_score(text, &toks[i]);
    for (size_t i = 0, j = 0; i < n && ntown < MAX_TOWNS; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        int town = 0;
        if (type != VL_NER_MISC && i >= 2 && word_is(text, &toks[i - 1], "of") &&
            word_in(text, &toks[i - 2], en_town_heads) && j - i <= 3)
            town = 1;
        /* a dateline: a name in capitals opening a paragraph (typed
         * anything: spans.c makes it a LOC later), then a comma or a date
         * ("LONDON 1996-08-30"), and words in lower case after (not a
         * headline in capitals); not a body's name of the gazetteer
         * ("UNITED NATIONS, March 12") */
        if (!scores && type != VL_NER_MISC && (toks[i].flags & VL_NTOK_PARA) && j - i <= 3 && j + 2 < n &&
            !(j - i > 1 && gaz && (gaz[i] & VL_NER_GAZ_ORG)) &&
            (word_is(text, &toks[j], ",") || (text[toks[j].start] >= '0' && text[toks[j].start] <= '9'))) {
            town = 1;
            for (size_t k = i; k < j && town; k++) town = word_all_caps(text, &toks[k]);
            int lower = 0;
            for (size_t k = j; k < n && k < j + 12 && !lower; k++) lower = word_has_lower(text, &toks[k]);
            town = town && lower;
        }
        /* a place's noun after the name, for a name the gazetteer does not
         * know as an organisation nor shows speaking ("X said": a firm's
         * mine, "a Glencore mine") at any mention */
        if (!town && type == VL_NER_ORG && j < n && word_in(text, &toks[j], en_place_tails) &&
            !(gaz && (gaz[i] & VL_NER_GAZ_ORG))) {
            town = 1;
            for (size_t k = 0; town && k + (j - i) < n; k++)
                if (same_words(text, toks, k, i, j - i, 0) && word_in(text, &toks[k + (j - i)], en_maker_verbs))
                    town = 0;
        }
        if (town) {
            at[ntown] = i;
            len[ntown++] = j - i;
        }
    }
    if (!ntown) return;
    for (size_t i = 0, j = 0; i < n; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        int club = (i > 0 && (word_score(text, &toks[i - 1]) || word_in(text, &toks[i - 1], en_club_context) ||
                              (text[toks[i - 1].start] >= '0' && text[toks[i - 1].start] <= '9'))) ||
                   (j < n && (word_score(text, &toks[j]) || word_in(text, &toks[j], en_club_context) ||
                              word_in(text, &toks[j], en_club_roles) ||
                              (text[toks[j].start] >= '0' && text[toks[j].start] <= '9')));
        /* a name in capitals is a results table's or a headline's
         * ("NEW YORK AT CALIFORNIA", "MILAN 'S LENTINI MOVES"): a club */
        if (word_all_caps(text, &toks[i])) club = 1;
        if ((type == VL_NER_ORG || type == VL_NER_PER) && !club) {
            for (size_t c = 0; c < ntown; c++) {
                if (len[c] != j - i) continue;
                if (!same_words(text, toks, i, at[c], j - i, 1)) continue;
                relabel(labels, i, j, VL_NER_LOC);
                break;
            }
        }
    }
}

/* ------------------------------------------------ places in lists (English)
 *
 * A place of the gazetteer that the tagger types ORG inside a list of
 * places ("blizzard warnings for Ottawa, [Kingston] and the Eastern
 * Townships", "overflows near Hay-on-Wye and [Hereford]") is a LOC: a
 * one-word ORG name, a place (or country) of the gazetteer and no
 * organisation of it, with a LOC name right before it across "and" or
 * "or" (or a comma when the list goes on after it), or right after it
 * across "and" or "or". */

/* A town of the gazetteer typed ORG after a preposition of place: "the
 * sickest babies travel to [Newcastle]", "a prize at [Cannes]" (the golds:
 * such towns typed ORG 4 times).  train.conllu, one-word names that are
 * places of the gazetteer and no organisation of it, in stories with no
 * match's score: after "in" LOC 406 times and ORG once ("in [Essex]'s
 * history", a club's possessive), "from" 69 and 1, "at" 27 and 0,
 * "near" 12 and 0, "to" 111 and 3 (transfers, "move to [Aberdeen]");
 * with a score the clubs are ORG far more often, so a story with one is
 * left alone, as is a name before "'s", a word in capitals (Reuters-21578:
 * "quintales to [ICO] members", "awarded to [EDO]") and a given name of
 * the gazetteer ("250 mln dlrs from [Stuart]", the drug firm). */
void vl_ner_place_preps(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    static const char *const preps[] = {"in", "from", "at", "near", "to", NULL};
    if (!gaz) return;
    for (size_t i = 0; i < n; i++)
        if (word_score(text, &toks[i])) return;
    const uint8_t b_org = (uint8_t)vl_ner_label_b(VL_NER_ORG), i_org = (uint8_t)vl_ner_label_i(VL_NER_ORG);
    for (size_t i = 1; i < n; i++) {
        if (labels[i] != b_org || (i + 1 < n && labels[i + 1] == i_org)) continue;
        if (!(gaz[i] & VL_NER_GAZ_PLACE) || (gaz[i] & (VL_NER_GAZ_ORG | VL_NER_GAZ_FIRSTNAME)) ||
            !word_in(text, &toks[i - 1], preps) || word_all_caps(text, &toks[i]))
            continue;
        if (i + 1 < n && (word_is(text, &toks[i + 1], "'s") || word_is(text, &toks[i + 1], "\xE2\x80\x99s"))) continue;
        labels[i] = (uint8_t)vl_ner_label_b(VL_NER_LOC);
    }
}

/* Whether the name [i, j) reads as a body's at this mention: a
 * possessive or "said"/"says" after it ("SpaceX's", "SpaceX said"). */
static int maker_mention(const char *text, const vl_ner_tok *toks, size_t n, size_t j) {
    static const char *const after[] = {"'s", "\xE2\x80\x99s", "said", "says", "announced", NULL};
    return j < n && word_in(text, &toks[j], after);
}

/* Craft named like bodies or places: "The [Orion] capsule", "its
 * [Neutron] launcher", "Japan's [MMX] probe", typed ORG, LOC or PER by
 * the tagger (the golds: probes, rockets and capsules MISC, 8 such lines).
 * A name directly before a craft's noun is a MISC at every mention typed
 * ORG, LOC or PER alone, unless the gazetteer knows it as an organisation
 * ("a [NASA] probe") or a mention of it reads as a maker's ("SpaceX's",
 * "SpaceX said": "a SpaceX rocket" stays).  train.conllu has no name
 * before these nouns ("mission" is left out: its "Chechnya mission", "OSCE
 * mission" are places and bodies). */
void vl_ner_craft_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    static const char *const craft[] = {"capsule", "capsules", "probe", "probes", "rocket", "rockets",
                                        "spacecraft", "lander", "rover", "launcher", "satellite", NULL};
    static const char *const craft_apposed[] = {"capsule", "spacecraft", "lander", "rover", NULL};
    size_t ev_start[MAX_EVIDENCE], ev_len[MAX_EVIDENCE], nev = 0;
    for (size_t i = 0, j = 0; i < n && nev < MAX_EVIDENCE; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        if (type != VL_NER_MISC && j < n && word_in(text, &toks[j], craft) && !(gaz && (gaz[i] & VL_NER_GAZ_ORG))) {
            ev_start[nev] = i;
            ev_len[nev++] = j - i;
        } else if (type != VL_NER_MISC && i >= 2 && j < n && word_is(text, &toks[i - 1], ",") &&
                   word_is(text, &toks[j], ",") && word_in(text, &toks[i - 2], craft_apposed) &&
                   !(gaz && (gaz[i] & VL_NER_GAZ_ORG))) {
            /* in apposition: "a small rover, [Pragyan], which" (ner-gold16
             * typed it PER); only the nouns that name no inquiry or
             * weapon ("the probe, Smith said" is an inquiry's) */
            ev_start[nev] = i;
            ev_len[nev++] = j - i;
        }
    }
    if (!nev) return;
    /* a maker's mention anywhere drops the name */
    int keep[MAX_EVIDENCE];
    for (size_t c = 0; c < nev; c++) keep[c] = 1;
    for (size_t i = 0; i < n; i++)
        for (size_t c = 0; c < nev; c++) {
            size_t k = 0, len = ev_len[c];
            if (!keep[c] || i + len > n) continue;
            while (k < len && tok_eq(text, &toks[i + k], &toks[ev_start[c] + k])) k++;
            if (k == len && maker_mention(text, toks, n, i + len)) keep[c] = 0;
        }
    for (size_t i = 0, j = 0; i < n; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        for (size_t c = 0; type != VL_NER_MISC && c < nev; c++) {
            if (!keep[c] || j - i != ev_len[c]) continue;
            if (!same_words(text, toks, i, ev_start[c], j - i, 0)) continue;
            relabel(labels, i, j, VL_NER_MISC);
            break;
        }
    }
}

static int list_and(const char *text, const vl_ner_tok *t) { return word_is(text, t, "and") || word_is(text, t, "or"); }

static int list_sep(const char *text, const vl_ner_tok *t) { return word_is(text, t, ",") || list_and(text, t); }

void vl_ner_place_lists(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    if (!gaz) return;
    const int b_org = vl_ner_label_b(VL_NER_ORG), i_org = vl_ner_label_i(VL_NER_ORG);
    const int b_loc = vl_ner_label_b(VL_NER_LOC), i_loc = vl_ner_label_i(VL_NER_LOC);
    for (size_t i = 0; i < n; i++) {
        if (labels[i] != b_org || (i + 1 < n && labels[i + 1] == i_org)) continue;
        if (!(gaz[i] & (VL_NER_GAZ_PLACE | VL_NER_GAZ_COUNTRY)) || (gaz[i] & VL_NER_GAZ_ORG)) continue;
        /* a comma alone is no list: "Grace Road, [Leicestershire] extended",
         * "At the Oval, [Surrey] captain", clubs in testa */
        int more = i + 1 < n && list_sep(text, &toks[i + 1]);
        int before = i >= 2 && (labels[i - 2] == b_loc || labels[i - 2] == i_loc) &&
                     (list_and(text, &toks[i - 1]) || (word_is(text, &toks[i - 1], ",") && more));
        int after = i + 2 < n && list_and(text, &toks[i + 1]) && labels[i + 2] == b_loc;
        if (before || after) labels[i] = (uint8_t)b_loc;
    }
}

/* ----------------------------------------------------- storms (English)
 *
 * A storm's name after its kind ("Hurricane [Hector]", "Typhoon [Haiyan]",
 * "tropical storm [Hector]") is a MISC, the kind outside it: train.conllu
 * tags "Hurricane Edouard", "Hurricane Dolly" O then B-MISC, five times of
 * five; the tagger, which took "Hurricane Hector" for a person, names it
 * so at every other mention ("[Hector] weakened").  So the name after the
 * kind becomes a MISC, and every mention of the same word typed PER, LOC
 * or ORG, alone, too.  Not a body named for storms ("National Hurricane
 * Center", "Storm Prediction Center": a capitalised word after the name
 * or before the kind, but "Tropical Storm" and "Super Typhoon"). */

static const char *const en_storm_kinds[] = {"Hurricane", "Typhoon", "Cyclone", "Storm", "hurricane", "typhoon",
                                              "cyclone", "storm", NULL};
static const char *const en_storm_before[] = {"Tropical", "Super", "Severe", "Post-Tropical", NULL};

#define MAX_STORMS 8

void vl_ner_storm_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, size_t n) {
    size_t storm[MAX_STORMS], nstorm = 0;
    const int b_misc = vl_ner_label_b(VL_NER_MISC);
    for (size_t i = 0; i + 1 < n; i++) {
        if (!word_in(text, &toks[i], en_storm_kinds)) continue;
        const vl_ner_tok *nm = &toks[i + 1];
        if (!word_capitalised(text, nm) || nm->end - nm->start < 3) continue;
        /* a name in capitals is no storm's ("Hurricane GOES"); "Hector" is */
        unsigned char c2 = (unsigned char)text[nm->start + 1];
        if (c2 >= 'A' && c2 <= 'Z') continue;
        if (i + 2 < n && word_capitalised(text, &toks[i + 2])) continue;
        if (i > 0 && word_capitalised(text, &toks[i - 1]) && !word_in(text, &toks[i - 1], en_storm_before) &&
            !(toks[i].flags & VL_NTOK_PARA) && !(toks[i - 1].flags & VL_NTOK_TERMINAL))
            continue;
        int t = vl_ner_label_type(labels[i + 1]);
        /* the name alone, or the kind and the name as one name */
        if (t >= 0 && i + 2 < n && labels[i + 2] == vl_ner_label_i(t)) continue;
        int tk = vl_ner_label_type(labels[i]);
        if (tk >= 0 && labels[i + 1] != vl_ner_label_i(tk)) continue; /* the kind ends another name */
        if (tk >= 0 && i > 0 && labels[i - 1] != 0 && vl_ner_label_type(labels[i - 1]) == tk && !vl_ner_label_is_b(labels[i]))
            continue; /* inside a longer name */
        labels[i] = 0;
        labels[i + 1] = (uint8_t)b_misc;
        size_t c = 0;
        while (c < nstorm && !tok_eq(text, &toks[storm[c]], nm)) c++;
        if (c == nstorm && nstorm < MAX_STORMS) storm[nstorm++] = i + 1;
    }
    if (!nstorm) return;
    for (size_t p = 0; p < n; p++) {
        int t = vl_ner_label_type(labels[p]);
        if (t < 0 || t == VL_NER_MISC || !vl_ner_label_is_b(labels[p])) continue;
        if (p + 1 < n && labels[p + 1] == vl_ner_label_i(t)) continue;
        for (size_t c = 0; c < nstorm; c++)
            if (tok_eq(text, &toks[p], &toks[storm[c]])) {
                labels[p] = (uint8_t)b_misc;
                break;
            }
    }
}

/* ------------------------------------- channels by a place (French)
 *
 * A television channel named by its country or town and a number, "la
 * chaîne [Gabon 24]", "la chaîne [France 2]": winer-fr 2016-01 ...
 * 2017-04 writes such channels whole, ORG, 5 times of 5 ("France 2",
 * "France 3", "France 5", "Europe 1"), our golds too ("France 2", "France
 * 24").  The tagger, which knows "France 24" but not "Gabon 24", typed
 * "Gabon" ORG without its number, and the document's features carried
 * the ORG to "au [Gabon]" (ner-gold16).  So after "chaîne" (an adjective
 * "publique", "privée", "nationale", "d'information" between or not) a
 * one-word name and a number of at most three digits, no unit or percent
 * after it, are one ORG; and where the gazetteer has that word as a place
 * or a country, its other mentions alone typed ORG are LOC. */
static const char *const fr_channel_words[] = {"chaîne", "chaînes", "Chaîne", NULL};
static const char *const fr_channel_adjs[] = {"publique", "privée", "nationale", "locale", "régionale", NULL};
static const char *const fr_number_units[] = {"%", "heures", "heure", "h", "fois", "ans", "jours", "minutes",
                                              "millions", "milliards", "mille", "euros", "secondes", NULL};

void vl_ner_fr_channels(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    for (size_t i = 0; i + 2 < n; i++) {
        /* "chaîne" is 7 bytes, "chaînes" 8: most tokens stop here */
        if ((text[toks[i].start] | 0x20) != 'c') continue;
        size_t len = toks[i].end - toks[i].start;
        if ((len != 7 && len != 8) || !word_in(text, &toks[i], fr_channel_words)) continue;
        size_t p = i + 1;
        if (word_in(text, &toks[p], fr_channel_adjs)) p++;
        else if (p + 1 < n && word_is(text, &toks[p], "d'") && word_is(text, &toks[p + 1], "information")) p += 2;
        if (p + 1 >= n || !word_upper(text, &toks[p])) continue;
        int type = vl_ner_label_type(labels[p]);
        if ((type != VL_NER_ORG && type != VL_NER_LOC) || !vl_ner_label_is_b(labels[p]) || labels[p + 1] != 0) continue;
        const vl_ner_tok *num = &toks[p + 1];
        size_t nl = num->end - num->start, d = 0;
        while (d < nl && text[num->start + d] >= '0' && text[num->start + d] <= '9') d++;
        if (d == 0 || d != nl || nl > 3) continue;
        if (p + 2 < n && word_in(text, &toks[p + 2], fr_number_units)) continue;
        relabel(labels, p, p + 2, VL_NER_ORG);
        if (!gaz || !(gaz[p] & (VL_NER_GAZ_PLACE | VL_NER_GAZ_COUNTRY))) continue;
        for (size_t k = 0; k < n; k++) {
            if (k == p || labels[k] != vl_ner_label_b(VL_NER_ORG) || (k + 1 < n && labels[k + 1] == vl_ner_label_i(VL_NER_ORG)))
                continue;
            if (tok_eq(text, &toks[k], &toks[p])) labels[k] = (uint8_t)vl_ner_label_b(VL_NER_LOC);
        }
    }
}

/* ------------------------------------- craft and storms (French)
 *
 * A probe's, a telescope's or a storm's name after its kind ("la sonde
 * [Cassini]", "le télescope spatial [Hubble]", "l'ouragan [Matthew]", "la
 * tempête [Egon]") is a MISC, the kind outside it.  winer-fr 2016-01 ...
 * 2017-04: after "sonde", "télescope", "satellite" (an adjective between
 * or not) the name is a product 25 times of 28, after "cyclone",
 * "ouragan", "tempête", "typhon" an event 19 of 20; our golds write
 * "télescope spatial [James-Webb]", "la sonde [Juice]", "le cyclone
 * [Chido]" MISC (4 of 4).  Warships and liners too: "le porte-avions
 * russe [Amiral Kouznetsov]" (winer-fr 2 of 2 products, typed ORG in
 * split B; our golds: named vehicles MISC).  Rockets and launchers
 * ("une fusée russe [Soyouz]", "le lanceur européen [Ariane 6]": our
 * golds MISC 5 of 5 after "fusée" or "lanceur", ner-gold16's Soyouz typed
 * ORG; winer-fr names none), and two adjectives ("le télescope spatial
 * européen [Euclid]"), from the twelfth round.  Capsules ("la capsule
 * [Orion]", "une capsule [Crew Dragon]": our golds MISC 4 of 4, winer-fr
 * names none) and a name given after "baptisée", a comma before or not
 * ("La capsule, baptisée [Endeavour]", ner-gold18 typed it LOC), from
 * the fourteenth round.  The tagger, which names the kind's mention
 * well, took the other mentions for persons ("[Cassini] va plonger":
 * split A, 6 such).  So the name after the kind is a MISC, and every
 * mention of the same words typed PER, LOC or ORG too.  Not a name
 * the gazetteer holds as an organisation ("le satellite d'[Eutelsat]" has
 * "de" anyway), nor a name inside a longer one. */

/* The kinds by their first letter, lower-cased (the scan asks only the
 * token's letter's list). */
static const char *const fr_craft_s[] = {"sonde", "sondes", "satellite", "sous-marin", "Sonde", NULL};
static const char *const fr_craft_t[] = {"télescope", "tempête", "tempêtes", "typhon", "Télescope", "Tempête",
                                         "Typhon", NULL};
static const char *const fr_craft_c[] = {"cyclone", "croiseur", "Cyclone", "capsule", "capsules", "Capsule", NULL};
static const char *const fr_craft_o[] = {"ouragan", "Ouragan", NULL};
static const char *const fr_craft_p[] = {"porte-avions", "paquebot", NULL};
static const char *const fr_craft_f[] = {"frégate", "fusée", "fusées", "Fusée", NULL};
static const char *const fr_craft_l[] = {"lanceur", "Lanceur", NULL};
static const char *const fr_craft_d[] = {"destroyer", NULL};
static const char *const *fr_craft_kinds(unsigned char c0) {
    switch (c0) {
    case 's': return fr_craft_s;
    case 't': return fr_craft_t;
    case 'c': return fr_craft_c;
    case 'o': return fr_craft_o;
    case 'p': return fr_craft_p;
    case 'f': return fr_craft_f;
    case 'd': return fr_craft_d;
    case 'l': return fr_craft_l;
    default: return NULL;
    }
}
static const char *const fr_named[] = {"baptisé", "baptisée", "baptisés", "baptisées", NULL};
static const char *const fr_craft_adjs[] = {"spatial", "spatiale", "tropicale", "américaine", "européenne",
                                            "japonaise", "chinoise", "indienne", "russe", "américain",
                                            "européen", "japonais", "chinois", "indien", NULL};

void vl_ner_fr_craft_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    size_t ev_start[MAX_STORMS], ev_len[MAX_STORMS], nev = 0;
    for (size_t i = 0; i + 1 < n && nev < MAX_STORMS; i++) {
        /* the kinds' lengths and first letters first: most tokens stop here */
        size_t len = toks[i].end - toks[i].start;
        if (len < 5 || len > 12) continue;
        const char *const *kinds = fr_craft_kinds((unsigned char)text[toks[i].start] | 0x20);
        if (!kinds || !word_in(text, &toks[i], kinds)) continue;
        size_t p = i + 1;
        if (p + 1 < n && word_in(text, &toks[p], fr_craft_adjs)) p++;
        if (p + 1 < n && word_in(text, &toks[p], fr_craft_adjs)) p++;
        /* its name given: "la capsule, baptisée [Endeavour]" */
        if (p + 2 < n && word_is(text, &toks[p], ",") && word_in(text, &toks[p + 1], fr_named)) p += 2;
        else if (p + 1 < n && word_in(text, &toks[p], fr_named)) p++;
        /* a true capital ("tempête économique" is none) */
        if (!word_upper(text, &toks[p]) || toks[p].end - toks[p].start < 3) continue;
        if (gaz && (gaz[p] & VL_NER_GAZ_ORG)) continue;
        int tk = vl_ner_label_type(labels[i]);
        size_t j;
        int t = name_from(labels, n, p, &j);
        if (tk >= 0) {
            /* the kind opens the name ("[Tempête Egon]"): the name alone */
            if (!vl_ner_label_is_b(labels[i]) || p != i + 1 || labels[p] != vl_ner_label_i(tk)) continue;
            j = p + 1;
            while (j < n && labels[j] == vl_ner_label_i(tk)) j++;
            labels[i] = 0;
        } else if (t < 0) {
            /* left out: the capitalised words (and a number: "Voyager 2") */
            j = p + 1;
            while (j < n && j < p + 3 && labels[j] == 0 &&
                   (word_upper(text, &toks[j]) || (text[toks[j].start] >= '0' && text[toks[j].start] <= '9')))
                j++;
        } else if (!vl_ner_label_is_b(labels[p])) {
            continue;
        } else if (t == VL_NER_MISC) {
            goto record;
        }
        relabel(labels, p, j, VL_NER_MISC);
    record:;
        size_t c = 0;
        while (c < nev && !(ev_len[c] == j - p && same_words(text, toks, ev_start[c], p, j - p, 0))) c++;
        if (c == nev) {
            ev_start[nev] = p;
            ev_len[nev++] = j - p;
        }
        i = j - 1;
    }
    if (!nev) return;
    for (size_t i = 0, j = 0; i < n; i = j) {
        int type = next_name(labels, n, &i, &j);
        if (type < 0) break;
        if (type == VL_NER_MISC) continue;
        for (size_t c = 0; c < nev; c++)
            if (j - i == ev_len[c] && same_words(text, toks, i, ev_start[c], j - i, 0)) {
                relabel(labels, i, j, VL_NER_MISC);
                break;
            }
    }
}

/* ------------------------------------------- acronyms left out (English)
 *
 * Some bodies go by an acronym that is also an English word ("WHO"),
 * which the tagger, trained on headlines in capitals where "WHO" is the
 * pronoun, leaves out in every context ("the WHO's epidemic department",
 * "WHO Director-General Tedros", "a WHO reference laboratory"); others it
 * never met ("SFO Director Nick Ephgrave", "the German Aerospace Center
 * (DLR)").  Calling every word in capitals a name would be wrong (testa:
 * "home team in CAPS", "1400 EDT", "NOTE -", "revisions to GDP"), so a
 * mention must show it: a head's role after it ("WHO Director-General",
 * "SFO Director", "spokesman"), "the" before it and "'s" after it ("the
 * WHO's"), or brackets right after a name that ends on a body's word
 * ("the German Aerospace Center (DLR)"; a system's or a grade's acronym
 * is a MISC: "West Texas Intermediate (WTI)"), or "'s" and a person's full
 * name after it ("ACT's David Seymour", a party's member; a country's
 * acronym is typed LOC by the labels and not asked).  Then every mention of it
 * the labels leave out, outside a line in capitals, is an ORG. */

static const char *const en_acronym_roles[] = {"Director", "Director-General", "director", "director-general",
                                               "Directors", "directors", "chief", "Chief", "head", "spokesman",
                                               "spokeswoman", "spokesperson", "Secretary-General",
                                               "secretary-general", "chairman", "Chairman", "officials", NULL};
/* the last words of a body's name before its acronym in brackets ("the
 * Commodity Credit Corporation (CCC)"); not of a system, a grade or a
 * measure's ("European Monetary System (EMS)", "West Texas Intermediate
 * (WTI)", "Public Sector Borrowing Requirement (PSBR)", MISC) */
static const char *const en_body_heads[] = {
    "Corporation", "Corp", "Company", "Co", "Inc", "Ltd", "Group", "Center", "Centre", "Institute", "Agency",
    "Organization", "Organisation", "Office", "Authority", "Commission", "Council", "Committee", "Bank", "Fund",
    "Board", "Association", "Union", "Service", "Administration", "Department", "Ministry", "Party", "Federation",
    "Foundation", "Bureau", "Court", "Society", "Alliance", "Forces", "Front", "Army", NULL};
/* acronyms of roles and measures, never a body's name */
static const char *const en_acronym_not[] = {"CEO", "CFO", "COO", "CTO", "GDP", "GMT", "EDT", "EST", "NOTE", NULL};

static int word_acronym(const char *text, const vl_ner_tok *t) {
    size_t len = t->end - t->start;
    if (len < 2 || len > 6) return 0;
    for (size_t i = t->start; i < t->end; i++)
        if (text[i] < 'A' || text[i] > 'Z') return 0;
    return !word_in(text, t, en_acronym_not);
}

/* Whether a word holds a lower-case ASCII letter. */
static int word_has_lower(const char *text, const vl_ner_tok *t) {
    for (size_t i = t->start; i < t->end; i++)
        if (text[i] >= 'a' && text[i] <= 'z') return 1;
    return 0;
}

#define MAX_ACRONYMS 16

void vl_ner_acronym_names(const char *text, const vl_ner_tok *toks, uint8_t *labels, const size_t *sent,
                          size_t nsent, size_t n) {
    size_t at[MAX_ACRONYMS];
    int type[MAX_ACRONYMS];
    size_t nac = 0;
    for (size_t i = 0; i < n && nac < MAX_ACRONYMS; i++) {
        if (labels[i] != 0 || !word_acronym(text, &toks[i])) continue;
        int t = -1;
        if (i + 1 < n && word_in(text, &toks[i + 1], en_acronym_roles)) t = VL_NER_ORG;
        else if (i > 0 && i + 1 < n && (word_is(text, &toks[i - 1], "the") || word_is(text, &toks[i - 1], "The")) &&
                 (word_is(text, &toks[i + 1], "'s") || word_is(text, &toks[i + 1], "\u2019s")))
            t = VL_NER_ORG;
        else if (i + 2 < n && (word_is(text, &toks[i + 1], "'s") || word_is(text, &toks[i + 1], "\u2019s")) &&
                 i + 3 < n && labels[i + 2] == vl_ner_label_b(VL_NER_PER) &&
                 labels[i + 3] == vl_ner_label_i(VL_NER_PER))
            t = VL_NER_ORG; /* its member's full name: "ACT's David Seymour" */
        else if (i > 1 && i + 1 < n && word_is(text, &toks[i - 1], "(") && word_is(text, &toks[i + 1], ")") &&
                 labels[i - 2] != 0 && word_in(text, &toks[i - 2], en_body_heads))
            t = VL_NER_ORG;
        if (t < 0) continue;
        size_t c = 0;
        while (c < nac && !tok_eq(text, &toks[at[c]], &toks[i])) c++;
        if (c < nac) continue;
        at[nac] = i;
        type[nac++] = t;
    }
    if (!nac) return;
    for (size_t k = 0; k < nsent; k++) {
        size_t a = sent[k], e = k + 1 < nsent ? sent[k + 1] : n;
        int mixed = 0;
        for (size_t i = a; i < e && !mixed; i++) mixed = word_has_lower(text, &toks[i]);
        if (!mixed) continue; /* a line in capitals: "WHO" may be the pronoun */
        for (size_t i = a; i < e; i++) {
            if (labels[i] != 0) continue;
            for (size_t c = 0; c < nac; c++)
                if (tok_eq(text, &toks[i], &toks[at[c]])) {
                    labels[i] = (uint8_t)vl_ner_label_b(type[c]);
                    break;
                }
        }
    }
}

/* The tagger's own sentences: its lexer's. */
/* Whether a line break stands between token t and the one before it (or
 * the text's start). */
static int line_start(const char *text, const vl_ner_tok *toks, size_t i) {
    if (i == 0) return 1;
    for (size_t p = toks[i - 1].end; p < toks[i].start; p++)
        if (text[p] == '\n') return 1;
    return 0;
}

/* The end of one player's name at token i of a line-up: capitalised words
 * and the particles inside a name ("Stefan de Vrij", "Jawad El Yamiq"),
 * at most five tokens, ending on a capitalised word; i when there is
 * none. */
static size_t lineup_name_end(const char *text, const vl_ner_tok *toks, size_t n, size_t i) {
    static const char *const particles[] = {"de", "van", "von", "der", "den", "da", "di", "dos", "du", "le",
                                            "la", "ter", "bin", "al", "el", "y", NULL};
    size_t e = i;
    while (e < n && e < i + 5 && !(e > i && line_start(text, toks, e)) &&
           (word_upper(text, &toks[e]) || (e > i && word_in(text, &toks[e], particles))))
        e++;
    while (e > i && !word_upper(text, &toks[e - 1])) e--;
    return e;
}

/* A team's line-up, as match reports print them after the story: a line
 * opening on the side's name (one to four capitalised words) and a colon,
 * then only players' names, separated by commas and semicolons, each
 * maybe followed by its substitute and the minute in brackets ("Hearts:
 * Schwolow; Kent, Halkett, Findlay, Kingsley; ... Braga (Wilson 68)").
 * The tagger, seeing a bare surname between commas, types it LOC or ORG
 * as often as PER ("Kent", "Findlay", "Scales", "Idah": ner-gold9, 11
 * such lines).  CoNLL-2003 types every player of such a line PER
 * (train.conllu's cricket "Teams:" lines, "Pakistan : Aamir Sohail ,
 * Saeed Anwar , ... Wasim Akram ( captain )"), the side before the colon
 * LOC (a country) or ORG.  Taken: a line of eight names or more, with a
 * semicolon or a substitute's bracket among them (a list of countries or
 * firms after a heading has neither), and nothing else on it but a final
 * full stop, a bracket in lower case ("(captain)") and substitutes'
 * minutes.  Each name becomes PER; the side, left out, an ORG (a country
 * of the gazetteer, gaz may be NULL, a LOC).  Then a name of two words or
 * more elsewhere in the text typed LOC or ORG and ending on a player's
 * surname is that player ("saved well from [Reo Hatate]"). */
void vl_ner_lineups(const char *text, const vl_ner_tok *toks, uint8_t *labels, const uint8_t *gaz, size_t n) {
    const uint8_t bp = (uint8_t)vl_ner_label_b(VL_NER_PER), ip = (uint8_t)vl_ner_label_i(VL_NER_PER);
    size_t surnames[64], nsur = 0;
    for (size_t i = 0; i < n; i++) {
        if (!line_start(text, toks, i) || !word_upper(text, &toks[i])) continue;
        size_t c = i;
        while (c < n && c < i + 4 && word_upper(text, &toks[c]) && !(c > i && line_start(text, toks, c))) c++;
        if (c >= n || !word_is(text, &toks[c], ":") || line_start(text, toks, c)) continue;
        /* the names: [b, e) pairs, at most 32 */
        size_t nb[32], ne[32], k = 0, p = c + 1;
        int semi = 0, subs = 0, ok = 1;
        while (ok && p < n && !line_start(text, toks, p)) {
            size_t e = lineup_name_end(text, toks, n, p);
            if (e == p || k == 32) {
                ok = 0;
                break;
            }
            nb[k] = p, ne[k++] = e, p = e;
            if (p < n && !line_start(text, toks, p) && word_is(text, &toks[p], "(")) {
                /* "(Wilson 68)", "(captain)" */
                size_t q = p + 1, s = lineup_name_end(text, toks, n, q);
                if (s > q && s + 1 < n && (text[toks[s].start] >= '0' && text[toks[s].start] <= '9') &&
                    word_is(text, &toks[s + 1], ")")) {
                    if (k == 32) {
                        ok = 0;
                        break;
                    }
                    nb[k] = q, ne[k++] = s, subs = 1, p = s + 2;
                } else if (q + 1 < n && tok_lower_word(text, &toks[q]) && word_is(text, &toks[q + 1], ")")) {
                    p = q + 2;
                } else {
                    ok = 0;
                    break;
                }
            }
            if (p >= n || line_start(text, toks, p)) break;
            if (word_is(text, &toks[p], ";")) semi = 1;
            else if (word_is(text, &toks[p], ".") && (p + 1 >= n || line_start(text, toks, p + 1))) {
                p++;
                break;
            } else if (!word_is(text, &toks[p], ",")) ok = 0;
            p++;
        }
        if (!ok || k < 8 || !(semi || subs)) continue;
        for (size_t x = 0; x < k; x++) {
            labels[nb[x]] = bp;
            for (size_t y = nb[x] + 1; y < ne[x]; y++) labels[y] = ip;
            if (nsur < 64) surnames[nsur++] = ne[x] - 1;
        }
        if (vl_ner_label_type(labels[i]) < 0) {
            int type = gaz && c == i + 1 && (gaz[i] & VL_NER_GAZ_COUNTRY) ? VL_NER_LOC : VL_NER_ORG;
            labels[i] = (uint8_t)vl_ner_label_b(type);
            for (size_t y = i + 1; y < c; y++) labels[y] = (uint8_t)vl_ner_label_i(type);
        }
        i = p - 1;
    }
    if (!nsur) return;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(labels[i]);
        if (labels[i] != vl_ner_label_b(type) || type < 0) continue;
        size_t e = i + 1;
        while (e < n && labels[e] == vl_ner_label_i(type)) e++;
        if ((type == VL_NER_LOC || type == VL_NER_ORG) && e >= i + 2)
            for (size_t s = 0; s < nsur; s++)
                if (tok_eq(text, &toks[e - 1], &toks[surnames[s]])) {
                    labels[i] = bp;
                    for (size_t y = i + 1; y < e; y++) labels[y] = ip;
                    break;
                }
        i = e - 1;
    }
}

static size_t lexer_next(void *src, vl_ner_tok *toks) { return vl_ner_next_sentence(src, toks, VL_NER_MAX_SENT); }

int vl_ner_tag_doc_with(vl_ner_tagger *t, const vl_ner_model *m, const char *text, size_t len, vl_lang lang,
                        vl_ner_sent_fn fn, void *ctx, vl_error *err) {
    vl_ner_lexer lx;
    vl_ner_lexer_init(&lx, text, len, lang);
    return vl_ner_tag_doc_from(t, m, text, len, lexer_next, &lx, fn, ctx, err);
}

int vl_ner_tag_doc_from(vl_ner_tagger *t, const vl_ner_model *m, const char *text, size_t len, vl_ner_next_fn next,
                        void *src, vl_ner_sent_fn fn, void *ctx, vl_error *err) {
    doc_scratch *s = &t->s;
    doc_buf *bp = &t->b;
    vl_ner_doc *dp = &t->d;
    int rc = VL_OK;
    bp->n = bp->nsent = 0;
    vl_ner_doc_clear(dp);
    /* the tagger decodes English title-case headlines as truecase.c
     * lower-cases them; tokens and spans keep text's offsets */
    const char *dtext = text;
    if (vl_ner_model_lang(m) == VL_LANG_EN) {
        if (!t->tc && vl_ner_truecaser_new(&t->tc)) goto nomem;
        if (!(dtext = vl_ner_truecase(t->tc, text, len, vl_ner_model_clusters(m), vl_ner_model_gaz(m)))) goto nomem;
    }
    /* The first pass keeps, per token, what the second needs (94 bytes,
     * the token itself included: lexing it again cost more than keeping
     * it once decoding became cheaper). */
    size_t guess = len / 5 + VL_NER_MAX_SENT; /* tokens, for a dispatch; a book grows as it goes */
    if (buf_reserve(bp, guess < GUESS_TOKENS ? guess : GUESS_TOKENS)) goto nomem;
    size_t n;
    for (;;) {
        if (buf_reserve(bp, VL_NER_MAX_SENT)) goto nomem;
        size_t at = bp->n;
        if ((n = next(src, bp->toks + at)) == 0) break;
        vl_ner_decode_cached(m, t->wc, dtext, len, bp->toks + at, n, &s->s, s->labels1);
        for (size_t i = 0; i < n; i++) bp->labels[at + i] = (uint8_t)s->labels1[i];
        memcpy(bp->em + at * L, s->s.em, n * L * sizeof *bp->em);
        memcpy(bp->h_lower + at, s->s.sf.h_lower, n * sizeof *bp->h_lower);
        memcpy(bp->cap + at, s->s.sf.cap, n);
        for (size_t i = 0; i < n; i++) bp->gaz[at + i] = (uint8_t)(s->s.sf.gaz[i] & 0xFF);
        if (vl_ner_doc_add(dp, bp->h_lower + at, bp->cap + at, s->labels1, n)) goto nomem;
        bp->sent[bp->nsent++] = bp->n;
        bp->n += n;
    }
    const vl_ner_weights *w = vl_ner_model_weights(m);
    const doc_buf b = *bp;
    for (size_t k = 0; k < b.nsent && rc == VL_OK; k++) {
        size_t a = b.sent[k], e = k + 1 < b.nsent ? b.sent[k + 1] : b.n;
        n = e - a;
        int any = 0;
        for (size_t i = 0; i < n; i++) {
            s->labels[i] = b.labels[a + i];
            /* vl_ner_doc_value is 0 for a token that starts no name: not
             * asked (most tokens) */
            s->val[i] = vl_ner_cap_starts_name(b.cap[a + i])
                            ? vl_ner_doc_value(dp, b.h_lower[a + i], b.cap[a + i], s->labels[i])
                            : 0;
            any |= s->val[i] != 0;
        }
        if (any) {
            float *em = b.em + a * L;
            for (size_t i = 0; i < n; i++) {
                uint32_t vp = i ? s->val[i - 1] : 0, vn = i + 1 < n ? s->val[i + 1] : 0;
                if (!(vp | s->val[i] | vn)) continue; /* no document feature (vl_ner_doc_features) */
                uint64_t f[VL_NER_MAX_DOC_FEATS];
                size_t nf = vl_ner_doc_features(vp, s->val[i], vn, b.cap[a + i], f);
                if (nf) vl_ner_add_features(w, f, nf, em + i * L);
            }
            vl_ner_viterbi_model(w, em, n, s->labels, s->s.back);
            for (size_t i = 0; i < n; i++) b.labels[a + i] = (uint8_t)s->labels[i];
        }
    }
    vl_ner_company_short_names(text, b.toks, b.labels, b.n);
    /* the span rules run per sentence, after this: a company that a cue
     * of theirs names once is carried to its other mentions here */
    /* the first-pass buffer holds the cues' results for the span rules */
    const int fr = vl_ner_model_lang(m) == VL_LANG_FR;
    if (fr) {
        vl_ner_cue_memo memo = {b.cue_in, b.cue_out, b.cue_changed};
        vl_ner_doc_cue_orgs(text, b.toks, b.labels, b.sent, b.nsent, b.n, s->labels, &memo);
        vl_ner_fr_teams(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_fr_company_evidence(text, b.toks, b.labels, b.gaz, b.sent, b.nsent, b.n);
        vl_ner_fr_surnames(text, b.toks, b.labels, b.sent, b.nsent, b.n);
        vl_ner_fr_lineups(text, b.toks, b.labels, b.n);
        vl_ner_fr_clubs(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_fr_market_moves(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_fr_company_pairs(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_fr_rubrics(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_fr_place_lists(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_fr_channels(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_fr_craft_names(text, b.toks, b.labels, b.gaz, b.n);
    }
    if (vl_ner_model_lang(m) == VL_LANG_EN) {
        vl_ner_company_heads(text, b.toks, b.labels, b.n);
        vl_ner_lineups(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_glued_titles(text, b.toks, b.labels, b.h_lower, b.gaz, b.sent, b.nsent, b.n, vl_ner_model_clusters(m));
        vl_ner_place_evidence(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_place_preps(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_company_evidence(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_place_lists(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_storm_names(text, b.toks, b.labels, b.n);
        vl_ner_craft_names(text, b.toks, b.labels, b.gaz, b.n);
        vl_ner_acronym_names(text, b.toks, b.labels, b.sent, b.nsent, b.n);
    }
    for (size_t k = 0; k < b.nsent && rc == VL_OK; k++) {
        size_t a = b.sent[k], e = k + 1 < b.nsent ? b.sent[k + 1] : b.n;
        for (size_t i = a; i < e; i++) s->labels[i - a] = b.labels[i];
        vl_ner_sent_cues cues = {b.cue_in + a, b.cue_out + a, fr ? b.cue_changed[k] : -1};
        rc = fn(ctx, b.toks + a, e - a, s->labels, cues.changed >= 0 ? &cues : NULL);
    }
    goto out;
nomem:
    rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
out:
    if (bp->cap_n > KEEP_TOKENS) {
        buf_free(bp);
        memset(bp, 0, sizeof *bp);
    }
    if (dp->cap > KEEP_TOKENS) vl_ner_doc_free(dp);
    return rc;
}

int vl_ner_tag_doc(const vl_ner_model *m, const char *text, size_t len, vl_lang lang, vl_ner_sent_fn fn,
                   void *ctx, vl_error *err) {
    vl_ner_tagger *t;
    if (vl_ner_tagger_new(&t, err)) return VL_ENOMEM;
    int rc = vl_ner_tag_doc_with(t, m, text, len, lang, fn, ctx, err);
    vl_ner_tagger_free(t);
    return rc;
}
