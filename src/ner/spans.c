/*
 * spans.c -- from the tagger's labels to the names it emits
 * (vl_ner_emit_spans), with the rules that no convention of the reference
 * corpora contradicts and that the model cannot learn from a sentence's
 * features alone.
 *
 * The labels are BIO over PER/LOC/ORG/MISC (ner_internal.h).  Before
 * cutting them into spans, rules rewrite a copy of them: a wire
 * dateline's place and agency, French organisations' lower-case tails,
 * company nouns, courts and hospitals with their places, French places'
 * lower-case heads ("place Bellecour"), acronyms and the word after them
 * ("SNCF Réseau"), a site's firm and town, French parties ("Force
 * ouvrière", "des Républicains"), venues ("l'Olympia"), roads ("l'A69"),
 * governments' seats ("Kremlin"), common nouns' acronyms left out
 * ("l'IA"), a full name's particle ("Jean Dionis du Séjour"), brands
 * after "marques", unions' hyphenated federations ("CGT-Cheminots"), a
 * poll's firm and its client, quoted works, "chef de l'État" as a title,
 * places after "ville de", airliners' codes, ministers'
 * portfolios, "-based" compounds, English months and (English) names
 * ending on a place's word ("... Airport", "... County").  While cutting,
 * elided articles, titles and trailing function words leave the span,
 * and a person's name ends before a lower-case word that is no particle.
 * Each rule's comment gives the counts that justify it and
 * models/README.md the scores it moved.  All rules are lists and a few
 * comparisons per token: the first byte of a word rejects nearly every
 * list entry (tok_in), and the rules that ask a list of every token first
 * ask its word_filter, built once a sentence on the stack, which rejects
 * nearly every token (models/README.md, "Speed", has the counts).
 */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "ner/ner_internal.h"
#include "ner/utf8.h"

/* Whether the token is one of the words in list (exact bytes).  The span
 * rules ask this of most tokens against lists of tens of words: the first
 * byte rejects nearly all of them before any strlen. */
static int tok_in(const char *text, const vl_ner_tok *t, const char *const *list) {
    size_t n = t->end - t->start;
    char c = text[t->start];
    for (; *list; list++)
        if ((*list)[0] == c && strlen(*list) == n && memcmp(*list, text + t->start, n) == 0) return 1;
    return 0;
}

/* Whether the token is the one word w (exact bytes), what tok_in asks of a
 * list of one word.  Inline, so that the first byte rejects nearly every
 * token at the call site, without a call or a list built on the stack:
 * the phrase rules (lc_match) ask it of every token of every sentence. */
static inline int tok_is(const char *text, const vl_ner_tok *t, const char *w) {
    if (text[t->start] != w[0]) return 0;
    size_t n = t->end - t->start;
    return strlen(w) == n && memcmp(w, text + t->start, n) == 0;
}

/* A filter of a word list, built from the list where a rule starts (on
 * the stack, once a sentence): the set of a hash of each word's length,
 * first and last bytes.  A token whose hash is not in the set is none of
 * the list's words, and the rule skips the list's scan; the others are
 * scanned (tok_in) as before, so the answers are tok_in's.  The hottest
 * rules ask a list of ten or twenty words of every token: with 256 bits
 * for so few words, nearly every token is rejected by one test. */
typedef struct {
    uint64_t bits[4];
} word_filter;

static inline unsigned word_hash(const char *w, size_t n) {
    return ((unsigned char)w[0] * 31u + (unsigned char)w[n - 1] * 7u + (unsigned)n) & 255u;
}

static void word_filter_of(word_filter *f, const char *const *list) {
    memset(f, 0, sizeof *f);
    for (; *list; list++) {
        size_t n = strlen(*list);
        unsigned h = n ? word_hash(*list, n) : 0;
        f->bits[h >> 6] |= (uint64_t)1 << (h & 63);
    }
}

/* tok_in(text, t, list), f being list's filter. */
static inline int tok_in_f(const char *text, const vl_ner_tok *t, const char *const *list, const word_filter *f) {
    size_t n = t->end - t->start;
    unsigned h = n ? word_hash(text + t->start, n) : 0;
    return (f->bits[h >> 6] >> (h & 63) & 1) && tok_in(text, t, list);
}

/* Labels tokens [b, e) of lab one name of the given type. */
static void set_name(int *lab, size_t b, size_t e, int type) {
    lab[b] = vl_ner_label_b(type);
    for (size_t k = b + 1; k < e; k++) lab[k] = vl_ner_label_i(type);
}

/* Whether a label continues a name (I-), which begins before it. */
static int label_inside(int label) { return vl_ner_label_type(label) >= 0 && !vl_ner_label_is_b(label); }

/* A rule's name that ends at e may cut one that went on past it: what is
 * left of that one begins at e. */
static void begin_at(int *lab, size_t n, size_t e) {
    if (e < n && label_inside(lab[e])) lab[e] = vl_ner_label_b(vl_ner_label_type(lab[e]));
}

/* set_name over [b, e), and the rest of a name it cut begins at e. */
static void claim_name(int *lab, size_t n, size_t b, size_t e, int type) {
    set_name(lab, b, e, type);
    begin_at(lab, n, e);
}

/* Words that never end a name, in lower case, and the commas and colons
 * of a list: a name that the labels end on one of them ("Haute Autorité
 * pour") is cut before it.  Not "!" or ")": "Yahoo!", "En marche !" and
 * "Proleter ( Z )" end on theirs. */
static const char *const span_closers[] = {"de",  "du",   "des", "d'",  "d\u2019", "l'", "l\u2019", "la",  "le", "les",
                                           "et",  "à",    "au",  "aux", "pour",    "par", "sur",     "en",  "of", "the",
                                           "and", "for",  "in",  "at",  "on",      "to",  "a",       "an",  ",",  ";",
                                           ":",   NULL};
/* A French body's name never goes on with "et de" and a count: "trois
 * magistrats de la [Cour de cassation] et de douze parlementaires"
 * (ner-gold16: the tagger ran the name over it).  Names join their parts
 * with "et de", "et des" and lower-case nouns ("Institut national de la
 * statistique et des études économiques", winer-fr 2016-01 ... 2017-04
 * 8 such ORG, our golds 20), never with a number: none of them holds one
 * there.  The span [b, e) ends before such an "et". */
static const char *const fr_count_words[] = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                                             "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt",
                                             "trente", "quarante", "cinquante", "soixante", "cent", "mille",
                                             "plusieurs", "quelques", "nombreux", "nombreuses", "certains",
                                             "certaines", NULL};
static size_t fr_and_count_end(const char *text, const vl_ner_tok *toks, size_t b, size_t e) {
    for (size_t k = b + 1; k + 2 < e; k++) {
        if (toks[k].end - toks[k].start != 2 || text[toks[k].start] != 'e' || text[toks[k].start + 1] != 't') continue;
        if (!tok_in(text, &toks[k + 1], (const char *const[]){"de", "des", "d'", "d\u2019", NULL})) continue;
        const vl_ner_tok *c = &toks[k + 2];
        if ((text[c->start] >= '0' && text[c->start] <= '9') || tok_in(text, c, fr_count_words)) return k;
    }
    return e;
}

/* A French clause's pronouns and negation, which no name ends on: the
 * tagger runs a body over them now and then ("les [Nations unies il]",
 * "le [Front national ne] serait", split A and B); winer-fr 2016-01 ...
 * 2017-04 ends no name on one. */
static const char *const fr_clause_closers[] = {"il", "ils", "elle", "elles", "ne", "n'", "n\u2019", "qui", "que",
                                                "qu'", "qu\u2019", "se", "s'", "s\u2019", NULL};
/* Titles that do not belong to the person's name ("Mme Bareigts", "Mayor
 * Rossi").  Not "M.": in English it is an initial (M. Waugh).  The
 * English ones are those CoNLL-2003's training part leaves out of PER
 * before a name (Minister 107 times, President 105, General 15, never
 * inside); not "Prince", which it puts inside as often as not, nor
 * "Lady" or "Sir", which open stage names. */
static const char *const span_titles[] = {
    "Mme",       "Mme.",      "Mmes",       "Mlle",         "Dr",         "Dr.",        "Pr",
    "Pr.",       "Me",        "Mgr",        "Mr",           "Mr.",        "Mrs",        "Mrs.",
    "Ms",        "Ms.",       "Minister",   "President",    "Vice",       "General",    "Gen.",
    "Secretary", "Ambassador", "Commissioner", "Speaker",   "Chairman",   "Chairwoman", "Judge",
    "Chancellor", "Premier",  "Colonel",    "Col.",         "Governor",   "Gov.",       "Senator",
    "Sen.",      "Rep.",      "Professor",  "Prof.",        "Mayor",      "Captain",    "Capt.",
    "Coach",     "Sheikh",    "Archbishop", "Bishop",       "Cardinal",   "Pope",       "Rabbi",
    "Imam",      "Doctor",    "King",       "Queen",        "Princess",   NULL};
/* Lower-case words that stand inside people's names ("Charles de Gaulle",
 * "Ludwig van Beethoven", "Mohammed bin Salman", "Lula da Silva"); any
 * other lower-case word ends a person's name ("Dana Ruiz of Acme", "Ana
 * Lima a dit"), as a number does ("Cerúndolo 6-4"): CoNLL-2003's PER
 * spans hold no other lower-case word but "of" and "the" once each.
 * An epithet stays too: "the" before a capitalised word of the span
 * ("Alexander the Great", "André the Giant"). */
static const char *const name_particles[] = {"de",  "du",  "des", "d'",  "d\u2019", "la",  "le",   "van", "von",
                                             "der", "den", "ter", "ten", "zu",      "bin", "ben",  "ibn", "bint",
                                             "abu", "al",  "el",  "da",  "das",     "do",  "dos",  "di",  "del",
                                             "della", "dal", "degli", "y", "e",     "af",  "wa",   NULL};
static const char *const epithet_articles[] = {"the", NULL};

/* Words that end an organisation's name and no person's: a name tagged
 * PER that ends on one ("Alder Biosciences", "Quarry Holdings") is an
 * ORG.  In conll2003-en's train.conllu, the names of two words or more
 * ending on one of them are ORG 324 times, LOC 52 ("... Exchange", "...
 * Union"), MISC 6 and PER never; "Hospital" (LOC 10 there, PER 1),
 * "Post" (PER 1) and places' words (Stadium) are left out. */
static const char *const org_last_words[] = {
    "Biosciences",  "Pharmaceuticals", "Pharma",     "Therapeutics", "Technologies", "Technology", "Systems",
    "Holdings",     "Group",           "Bank",       "Bancorp",      "Bancshares",   "University", "College",
    "School",       "Institute",       "Foundation", "Council",      "Commission",   "Agency",     "Airlines",
    "Airways",      "Motors",          "Energy",     "Capital",      "Partners",     "Ventures",   "Labs",
    "Laboratories", "Industries",      "Enterprises", "Corporation", "Company",      "Association", "Federation",
    "Union",        "Party",           "Ministry",   "Department",   "Authority",    "Board",      "Committee",
    "Exchange",     "Fund",            "Trust",      "Insurance",    "Securities",   "Investments", "Resources",
    "Petroleum",    "Mining",          "Minerals",   "Telecom",      "Communications", "Media",    "Network",
    "Club",         "Observatory", NULL};
/* Those that end no place's name in English either: "[Cote d'Azur
 * Observatory]" typed LOC is the institution (train.conllu: names ending
 * on "Observatory" ORG 2 of 2; the golds' five ORG). */
static const char *const en_org_not_place_words[] = {"Observatory", NULL};

/* French copy only: more words that end a firm's name and no person's
 * or place's, the firms of French business news ("Vautrain Logistique",
 * "Intuitive Surgical", "Spirit AeroSystems", "Echo Transportation";
 * the golds and split A: 5 typed PER or LOC).  winer-fr 2016-01 ...
 * 2017-04 writes two such names, both ORG ("Echo Transportation", "X
 * Productions"), no person's nor place's; "Power" is left out
 * ("Samantha Power"; conll2003-en's two names on it are a person's).
 * "United", a club's ("Paul Pogba à [Manchester United]", typed LOC in
 * split C; winer-fr ORG 1 of 1, our golds none). */
static const char *const fr_org_last_words[] = {
    "Surgical", "Mobility", "Logistics", "Logistique", "Transportation", "Aerospace", "AeroSystems",
    "Solutions", "Services", "Productions", "Immobilier", "United", NULL};

/* The first code point's Unicode category of token t, if t is a word. */
static utf8proc_category_t tok_first_cat(const char *text, const vl_ner_tok *t) {
    if (!(t->flags & VL_NTOK_WORD)) return UTF8PROC_CATEGORY_CN;
    /* ASCII letters, most words' first, without utf8proc: the rules ask
     * this (tok_capitalised) of nearly every token */
    char c = text[t->start];
    if (c >= 'a' && c <= 'z') return UTF8PROC_CATEGORY_LL;
    if (c >= 'A' && c <= 'Z') return UTF8PROC_CATEGORY_LU;
    size_t adv;
    return utf8proc_category(vl_ner_utf8_decode(text, t->end, t->start, &adv));
}

/* Whether token t is a word whose first letter is a capital ("Great",
 * "Élise"). */
static int tok_capitalised(const char *text, const vl_ner_tok *t) {
    return tok_first_cat(text, t) == UTF8PROC_CATEGORY_LU;
}

/* Whether token t may start with a capital: an ASCII capital or a
 * multibyte letter (É).  A cheap test before the lists of capitalised
 * heads. */
static int tok_may_be_capital(const char *text, const vl_ner_tok *t) {
    unsigned char c = (unsigned char)text[t->start];
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Whether token t is a word that starts with a lower-case ASCII letter. */
static int tok_lower(const char *text, const vl_ner_tok *t) {
    return (t->flags & VL_NTOK_WORD) && text[t->start] >= 'a' && text[t->start] <= 'z';
}

/* Whether token t is a word in capitals: two letters or more, none in
 * lower case ("PARIS", "CLERMONT-FERRAND", "MONTRÉAL", "LE", "ST."). */
static int tok_caps(const char *text, const vl_ner_tok *t) {
    if (!(t->flags & VL_NTOK_WORD)) return 0;
    size_t letters = 0;
    for (size_t p = t->start, adv; p < t->end; p += adv) {
        int32_t cp = vl_ner_utf8_decode(text, t->end, p, &adv);
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LL) return 0;
        if (c == UTF8PROC_CATEGORY_LU) letters++;
        else if (cp != '-' && cp != '\'' && cp != 0x2019 && cp != '.') return 0;
    }
    return letters >= 2;
}

/* A briefing's bullet opens on its place in capitals, as a dateline
 * does: "■ MAYOTTE. Dix-neuf mois après...", "■ CÔTE D'IVOIRE — Le
 * ...", "• LA RÉUNION." (ner-gold10 and ner-gold11 write 11 such bullets,
 * all LOC; the tagger leaves out 2 and types "TOGO" ORG).  After "■" or
 * "•" at a line's start, one to four words in capitals (an elided "D'"
 * among them) and a full stop or an em dash: a LOC, unless the labels
 * type a person there.  winer-fr and the OrangeSum paragraphs hold no
 * bullet.  Returns whether it changed a label. */
static int bullet_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        /* cheap first: the bullets' first bytes */
        unsigned char c = (unsigned char)text[toks[i].start];
        if (c != 0xE2) continue;
        if (!tok_is(text, &toks[i], "\xE2\x96\xA0") && !tok_is(text, &toks[i], "\xE2\x80\xA2")) continue;
        int line = i == 0 || (toks[i].flags & VL_NTOK_PARA);
        for (size_t p = i ? toks[i - 1].end : 0; i && p < toks[i].start && !line; p++) line = text[p] == '\n';
        if (!line) continue;
        size_t k = i + 1;
        while (k < n && k < i + 5) {
            const vl_ner_tok *t = &toks[k];
            int elided = t->end - t->start == 2 && text[t->start] >= 'A' && text[t->start] <= 'Z' &&
                         text[t->start + 1] == '\'';
            if (!tok_caps(text, t) && !(elided && k > i + 1)) break;
            k++;
        }
        if (k == i + 1 || k >= n || (!tok_is(text, &toks[k], ".") && !tok_is(text, &toks[k], "\xE2\x80\x94"))) continue;
        int person = 0;
        for (size_t x = i + 1; x < k; x++) person |= vl_ner_label_type(lab[x]) == VL_NER_PER;
        if (person) continue;
        int same = lab[i + 1] == vl_ner_label_b(VL_NER_LOC);
        for (size_t x = i + 2; x < k && same; x++) same = lab[x] == vl_ner_label_i(VL_NER_LOC);
        if (same && !label_inside(lab[k])) continue;
        set_name(lab, i + 1, k, VL_NER_LOC);
        if (label_inside(lab[k])) lab[k] = 0;
        changed = 1;
        i = k;
    }
    return changed;
}

/* Months as datelines write them, in lower case (the comparison folds
 * the first letter): "8 janvier", "Jan 20", "March 2". */
static const char *const dateline_months[] = {
    "janvier", "février", "mars",  "avril",  "mai",       "juin",     "juillet", "août",  "septembre",
    "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june",
    "july",    "august",  "september", "october", "november", "december", "jan", "feb", "mar",
    "apr",     "jun",     "jul",   "aug",    "sep",       "sept",     "oct",     "nov",   "dec",
    "jan.",    "feb.",    "aug.",  "sept.",  "oct.",      "nov.",     "dec.",    NULL};

/* Whether token t is a number, or a month of dateline_months. */
static int tok_number(const char *text, const vl_ner_tok *t) { return text[t->start] >= '0' && text[t->start] <= '9'; }

static int tok_month(const char *text, const vl_ner_tok *t) {
    char w[16];
    size_t n = t->end - t->start;
    if (n >= sizeof w || !(t->flags & (VL_NTOK_WORD | VL_NTOK_ABBR))) return 0;
    memcpy(w, text + t->start, n);
    w[n] = 0;
    if (w[0] >= 'A' && w[0] <= 'Z') w[0] = (char)(w[0] - 'A' + 'a');
    for (const char *const *m = dateline_months; *m; m++)
        if (strcmp(*m, w) == 0) return 1;
    return 0;
}

/* Whether token t is a numeric date of eight characters or more
 * ("1996-08-30", "30/08/1996"). */
static int numeric_date(const char *text, const vl_ner_tok *t) {
    size_t len = t->end - t->start;
    return tok_number(text, t) && len >= 8 &&
           (memchr(text + t->start, '-', len) || memchr(text + t->start, '/', len));
}

/* Whether tokens d, d + 1 are a day and a month, either way round. */
static int tok_date(const char *text, const vl_ner_tok *toks, size_t n, size_t d) {
    if (d + 1 >= n) return 0;
    return (tok_number(text, &toks[d]) && tok_month(text, &toks[d + 1])) ||
           (tok_month(text, &toks[d]) && tok_number(text, &toks[d + 1]));
}

/* A wire dateline opening a paragraph: "PARIS, 8 janvier (Agence X) —",
 * "LOS ANGELES, April 20 -", "AUSTIN, Texas, Jan 26 -", "WENGEN (Suisse),
 * 15 janvier", "LONDON 1996-08-30" (CoNLL-2003).  The place in capitals
 * is a LOC and the agency in brackets after the date an ORG, whatever the
 * labels say: the tagger, trained on running text, takes a capitalised
 * place alone for anything ("LIVERPOOL" ORG, "WENGEN" MISC, "LE CAIRE"
 * without its article) and an agency's name for a place.  Rewrites
 * lab[0..n) (a copy of the labels); returns whether it did. */
static int dateline_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    if (n < 2) return 0;
    size_t k = 0;
    while (k < n && k < 4 && tok_caps(text, &toks[k])) k++;
    if (k == 0 || k == n) return 0;
    size_t place = k, d = k, region = k, region_end = k;
    /* CoNLL-2003's: the place and a numeric date ("LONDON 1996-08-30"),
     * not a results line ("CHICAGO 5 Boston 3"); or the place, a comma
     * and its state or country ("MILWAUKEE , Wisconsin 1996-08-29",
     * "ROCHESTER , N.H. 1996-08-30"), which is a LOC too */
    if (tok_is(text, &toks[d], ",")) {
        size_t r = d + 1;
        while (r < n && r < d + 4 && (toks[r].flags & (VL_NTOK_WORD | VL_NTOK_ABBR)) && !tok_number(text, &toks[r]) &&
               !(text[toks[r].start] >= 'a' && text[toks[r].start] <= 'z'))
            r++;
        if (r > d + 1 && r < n && numeric_date(text, &toks[r])) region = d + 1, region_end = d = r;
    }
    int conll = numeric_date(text, &toks[d]);
    if (!conll) {
        d = place;
        if (!(toks[0].flags & VL_NTOK_PARA)) return 0;
        /* a region or country between the place and the date: "(Suisse),"
         * or ", Texas," */
        if (tok_is(text, &toks[d], "(")) {
            while (d < n && d < place + 6 && !tok_is(text, &toks[d], ")")) d++;
            if (d == n || d == place + 6) return 0;
            d++;
        }
        if (d >= n || !tok_is(text, &toks[d], ",")) return 0;
        d++;
        if (!tok_date(text, toks, n, d) && d + 2 < n && tok_is(text, &toks[d + 1], ","))
            d += 2;
        if (!tok_date(text, toks, n, d)) return 0;
        d++;
    }
    if (place) set_name(lab, 0, place, VL_NER_LOC);
    begin_at(lab, n, place);
    if (region < region_end) set_name(lab, region, region_end, VL_NER_LOC);
    /* the date, then "(AGENCY)" and a dash */
    if (conll) return 1;
    size_t o = d + 1;
    while (o < n && o < d + 4 && !tok_is(text, &toks[o], "(")) o++;
    if (o >= n || o == d + 4) return 1;
    size_t c = o + 1;
    while (c < n && c < o + 7 && !tok_is(text, &toks[c], ")")) c++;
    static const char *const dashes[] = {"\u2014", "\u2013", "-", "--", NULL};
    if (c >= n || c == o + 7 || c == o + 1 || c + 1 >= n || !tok_in(text, &toks[c + 1], dashes)) return 1;
    if (!(toks[o + 1].flags & VL_NTOK_WORD) || (text[toks[o + 1].start] >= 'a' && text[toks[o + 1].start] <= 'z')) return 1;
    if (o + 1 < c) set_name(lab, o + 1, c, VL_NER_ORG);
    begin_at(lab, n, c);
    return 1;
}

/* ------------------------------------------ French institutions' tails */


/* Whether token t ends with one of the (UTF-8) suffixes. */
static int tok_ends(const char *text, const vl_ner_tok *t, const char *const *suffixes) {
    size_t n = t->end - t->start;
    for (; *suffixes; suffixes++) {
        size_t k = strlen(*suffixes);
        if (k < n && memcmp(text + t->end - k, *suffixes, k) == 0) return 1;
    }
    return 0;
}

/* Capitalised head nouns that open the names of French bodies, whose
 * typographic rule writes the rest in lower case: "Agence nationale de la
 * recherche", "Fédération française de l'assurance", "Haute Autorité de
 * santé", "Office de lutte contre le trafic illicite de migrants". */
static const char *const org_heads[] = {
    "Agence",      "Office",       "Fédération", "Confédération", "Fondation",   "Institut",   "Académie",
    "Association", "Banque",       "Caisse",     "Commission",    "Conseil",     "Comité",     "Direction",
    "École",       "Société",      "Union",      "Centre",        "Bureau",      "Autorité",   "Observatoire",
    "Syndicat",    "Chambre",      "Collectif",  "Mouvement",     "Ligue",       "Organisation", "Établissement",
    "Conservatoire", "Service",    "Secrétariat", "Délégation",   "Inspection",  "Haute",      "Haut",
    "Cour",        "Conférence",   "Groupement", "Régie",         "Compagnie",   "Université", "Commissariat",
    "Haut-Commissariat", NULL};
/* The prepositions that join a complement to such a name. */
static const char *const tail_de[] = {"de", "du", "des", "d'", "d\u2019", NULL};
static const char *const tail_prep[] = {"pour", "sur", "contre", NULL};
static const char *const tail_det[] = {"la", "le", "les", "l'", "l\u2019", NULL};
/* Lower-case words that do not continue a name after a preposition:
 * determiners other than the article, pronouns, adverbs, and the words of
 * time ("la Banque de France de mars", "l'Agence nationale de l'époque"). */
static const char *const tail_stop[] = {
    "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "un", "une", "notre", "nos", "votre", "vos",
    "mon", "ma", "mes", "tout", "toute", "tous", "toutes", "plus", "moins", "très", "même", "mêmes", "autres",
    "autre", "certains", "certaines", "plusieurs", "chaque", "nombreux", "nombreuses", "qui", "que", "quoi",
    "dont", "où", "y", "il", "elle", "ils", "elles", "on", "nous", "vous", "se", "ne", "pas", "lui", "eux",
    "année", "années", "an", "ans", "époque", "mois", "semaine", "semaines", "jour", "jours", "veille",
    "lendemain", "fin", "début", "matin", "soir", "nuit", "hier", "demain", "aujourd'hui", "janvier", "février",
    "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "dernier", "dernière", "prochain",
    "prochaine", "été", "hiver", "printemps", "automne", "part", "côté", "sorte", "manière", "façon", "ici", "là",
    "loin", "près", "suite", "fait", "cas", "nouveau", "nouvelle", "ailleurs", "abord", "après", "avant",
    "autant", "environ", "entre", "chez", "mais", "jamais", "désormais", "bien", "rien", "combien", "fois",
    "parfois", "toutefois", "aux", "tel", "telle", "quel", "quelle", "celle", "celui", "ceux", "mal", "faire",
    "être", "avoir", "dire", "lire", "vivre", "suivre", "croire", "écrire", "rire", "plaire", "boire", "pays",
    "région", "ville", "monde", NULL};
/* Verbs that end like the adjectives of tail_adj_ends ("l'Office national
 * indique"). */
static const char *const tail_verbs[] = {
    "signale", "rappelle", "appelle", "interpelle", "renouvelle", "indique", "explique", "critique",
    "revendique", "communique", "applique", "réplique", "arrive", "prive", "dérive", "suive", "considère",
    "espère", "demeure", "installe", "estime", "affirme", NULL};
/* Endings of French adjectives that follow a noun ("nationale",
 * "européenne", "française", "publique", "supérieure", "financière",
 * "dramatiques"); no past participle: "la Banque mondiale basée à". */
static const char *const tail_adj_ends[] = {
    "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ien", "ienne", "iennes", "iens", "éen", "éenne",
    "éennes", "éens", "ais", "aise", "aises", "ois", "oise", "oises", "ique", "iques", "aire", "aires", "if",
    "ifs", "ive", "ives", "eure", "eures", "ière", "ières", "ier", "iers", "ain", "aine", "aines", "ains", NULL};
/* Infinitives ("a demandé à l'Agence nationale de publier"), and the few
 * nouns that end like them. */
static const char *const tail_inf_ends[] = {"er", "ir", "dre", "ttre", "uire", NULL};
static const char *const tail_inf_nouns[] = {"fer", "mer", "cancer", "laser", "outre-mer", "avenir", "air",
                                             "plaisir", "loisir", "loisirs", NULL};

static const char *const tail_participle_ends[] = {"é", "ée", "és", "ées", NULL};

static int tail_word(const char *text, const vl_ner_tok *t) {
    return tok_first_cat(text, t) == UTF8PROC_CATEGORY_LL && !(t->flags & VL_NTOK_ELISION) &&
           !tok_in(text, t, span_closers) && !tok_in(text, t, tail_stop) && !tok_in(text, t, tail_verbs) &&
           (!tok_ends(text, t, tail_inf_ends) || tok_in(text, t, tail_inf_nouns));
}

static int tail_adj(const char *text, const vl_ner_tok *t) {
    return tail_word(text, t) && tok_ends(text, t, tail_adj_ends);
}

/* Where the name that starts with a head of org_heads and that the labels
 * end at token e really ends: its lower-case tail, "nationale", "de la
 * recherche", "pour le logement des défavorisés", "et compositeurs
 * dramatiques", up to a place or name after "de" ("École normale
 * supérieure de Lyon"), which ends it.  The tagger, trained mostly on
 * capitalised names, stops at the first lower-case preposition
 * ("Agence nationale", "Fondation"). */
static size_t org_tail(const char *text, const vl_ner_tok *toks, const int *lab, size_t n, size_t b, size_t e) {
    size_t end = e, q = e;
    /* whether the name already holds a complement: only then does "et"
     * join another ("Institut de chimie et d'optique", not "l'Union
     * européenne et de l'attentat") */
    int comp = 0;
    /* whether the last complement is a singular one with its article
     * ("du cinéma", "de la pêche"): only such a one takes a second "et de
     * la", "et de l'" ("du cinéma et de l'image animée"; not "du Conseil
     * des ministres et de la présidence", two bodies) */
    int sing = 0;
    for (size_t k = b; k < e; k++) {
        comp |= tok_in(text, &toks[k], tail_de) || tok_in(text, &toks[k], tail_prep);
        if (tok_in(text, &toks[k], tail_de) || tok_in(text, &toks[k], tail_prep))
            sing = tok_is(text, &toks[k], "du") ||
                   (tok_is(text, &toks[k], "de") && k + 1 < e &&
                    tok_in(text, &toks[k + 1], tail_det) && !tok_is(text, &toks[k + 1], "les"));
    }
    while (q < n && tail_adj(text, &toks[q])) end = ++q;
    /* whether the last complement took an article ("contre la
     * corruption"): then "et les infractions" is its second object */
    int art = 0;
    while (q < n) {
        size_t r = q;
        int de = 0, et = 0;
        if (tok_is(text, &toks[r], "et")) {
            et = 1, r++;
            /* two adjectives of one noun: "financières et fiscales", and
             * so without a complement before ("[Comité national
             * olympique et sportif français]", "[Union économique et
             * monétaire ouest-africaine]"; winer-fr: "Agence américaine
             * océanique et atmosphérique" whole); the adjectives after
             * the second are the name's too */
            if (r < n && r >= 2 && tail_adj(text, &toks[r]) && tail_adj(text, &toks[r - 2])) {
                q = r + 1;
                while (q < n && tail_adj(text, &toks[q])) q++;
                end = q;
                comp = 1;
                continue;
            }
            if (!comp) break;
            /* a bare complement only: "et d'optique", not "et du bureau";
             * "et de la", "et de l'" with a common noun after them
             * ("[Centre national du cinéma et de l'image animée]") */
            if (r < n && tok_in(text, &toks[r], (const char *const[]){"de", "d'", "d\u2019", NULL})) {
                de = 1, r++;
                if (sing && r + 1 < n && tok_is(text, &toks[r - 1], "de") &&
                    tok_in(text, &toks[r], tail_det) && !tok_is(text, &toks[r], "les") &&
                    tail_word(text, &toks[r + 1]))
                    r++;
            } else if (r + 1 < n && tok_is(text, &toks[r], "des") &&
                       tail_word(text, &toks[q - 1]) && tail_word(text, &toks[r + 1])) {
                /* "et des" and a common noun after a lower-case complement:
                 * "[Comité national des pêches maritimes et des élevages
                 * marins]", "[Direction nationale du renseignement et des
                 * enquêtes douanières]" (the golds, 3; winer-fr: "Institut
                 * national de la statistique et des études économiques",
                 * "de la neige et des avalanches" whole); not after a name
                 * ("la Banque de France et des économistes") */
                de = 1, r++;
            } else if (art && r + 1 < n && tok_in(text, &toks[r], tail_det) && tail_word(text, &toks[r + 1]))
                r++;
        } else if (tok_in(text, &toks[r], tail_de)) {
            de = 1, r++;
        } else if (tok_in(text, &toks[r], tail_prep)) {
            r++;
        } else {
            break;
        }
        comp = 1;
        /* an article after de, pour, sur, contre ("de la", "pour le");
         * "des" and "du" hold theirs, and "et" takes none */
        art = 0;
        if (r < n && !et && tok_in(text, &toks[r], tail_det) &&
            !tok_in(text, &toks[r - 1], (const char *const[]){"des", "du", NULL}))
            r++, art = 1;
        sing = r > q && (tok_is(text, &toks[r - 1], "du") ||
                         (tok_in(text, &toks[r - 1], tail_det) && !tok_is(text, &toks[r - 1], "les") &&
                          r >= 2 && tok_is(text, &toks[r - 2], "de")));
        if (r >= n) break;
        if (tail_word(text, &toks[r])) {
            r++;
            while (r < n && tail_adj(text, &toks[r])) r++;
            /* a past participle before the acronym in parentheses, which
             * shows the full name ends there ("de l'image animée (CNC)");
             * elsewhere it opens a clause ("la Banque mondiale basée à") */
            if (r + 1 < n && tail_word(text, &toks[r]) && tok_ends(text, &toks[r], tail_participle_ends) &&
                tok_is(text, &toks[r + 1], "("))
                r++;
            end = q = r;
            continue;
        }
        if (de && tok_first_cat(text, &toks[r]) == UTF8PROC_CATEGORY_LU) {
            /* a name ends it: its capitalised words, and the rest of the
             * name the labels give there ("des Nations unies") */
            int type = vl_ner_label_type(lab[r]);
            r++;
            while (r < n && (tok_first_cat(text, &toks[r]) == UTF8PROC_CATEGORY_LU ||
                             (type >= 0 && lab[r] == vl_ner_label_i(type))))
                r++;
            end = r;
        }
        break;
    }
    return end;
}

/* Whether the tokens before i are an elided article whose apostrophe
 * stands apart from the next word, "l' Autorité", "l' A8": the tokenizer
 * splits it "l" and "'", and winer-fr's text is spaced so about half the
 * time (2017-05 ... 12: 66 "l' X" or "d' X" before a capital, 65 glued). */
static int spaced_elision(const char *text, const vl_ner_tok *toks, size_t i) {
    return i >= 2 && tok_in(text, &toks[i - 1], (const char *const[]){"'", "\u2019", NULL}) &&
           tok_in(text, &toks[i - 2], (const char *const[]){"l", "L", NULL}) && toks[i - 2].end == toks[i - 1].start;
}

/* The articles before a head that the labels left outside. */
static const char *const head_articles[] = {"l'", "l\u2019", "la", "le", "les", "du", "des", "au", "aux", "L'", "L\u2019", "La", "Le", "Les", "Du", "Des", "Au", "Aux", NULL};

/* Lower-case nouns that, right before a name, say it is a company, a
 * union or a club: "le groupe [Thales]", "l'opérateur [Orange]",
 * "le fonds américain [Carlyle]", "filiale de [Vinci]".  The tagger,
 * which sees a lone capitalised word, takes many of them for a person or
 * a place.  "concessionnaire" ("Le concessionnaire, [Atosca],", the third
 * gold) and "armement" (a shipowner, "l'armement [Hent Glaz]", the same):
 * winer-fr 2016-01 ... 2017-04 has no capitalised word after either.
 * A trade's works, "la conserverie [Kerbriant]" (ner-gold14, typed LOC
 * or left out 3 times), "fromagerie", "scierie", "coopérative"...:
 * winer-fr writes no capitalised word after any of them.  A trade's
 * firms, "le papetier [Smurfit Kappa]" (ner-gold16, typed PER),
 * "cimentier", "sucrier", "semencier", "voyagiste" (twelfth round; as
 * "sidérurgiste" and "brasseur", nouns of firms, not of persons; neither
 * winer-fr nor OrangeSum writes a capitalised word after any).
 * Coalitions, "la coalition présidentielle [Benno Bokk Yakaar]", "la
 * coalition [Vivaldi]" (ner-gold17 typed 5 of them PER, names of
 * several words with no given name): our golds write the name after
 * "coalition" ORG 6 times of 6; winer-fr 2016-01 ... 2017-04 has no
 * capitalised word right after it (thirteenth round).  Publishers,
 * "publié par les éditions [Philippe Rey] et [Jimsaan]" (ner-gold18
 * typed them PER and LOC), are org_cue_before's own: a strong cue (a
 * publisher's name is often its founder's), right before the name only,
 * as "les éditions spéciales Continental GT Pikes Peak" (OrangeSum) are a
 * car's; winer-fr 2016-01 ... 2017-04 writes the name after "éditions"
 * ORG 1 of 1 ("Gallimard"), OrangeSum has "éditions Fayard" and
 * "éditions Delachaux" (fourteenth round). */
static const char *const org_cues[] = {
    "groupe", "groupes", "société", "sociétés", "entreprise", "entreprises", "constructeur", "constructeurs",
    "opérateur", "opérateurs", "fonds", "cabinet", "compagnie", "compagnies", "banque", "banques", "assureur",
    "assureurs", "avionneur", "motoriste", "motoristes", "équipementier", "équipementiers", "fabricant",
    "fabricants", "distributeur", "distributeurs", "géant", "firme", "firmes", "start-up", "éditeur", "éditeurs",
    "transporteur", "armateur", "conglomérat", "filiale", "concurrent", "concurrents", "syndicat", "syndicats",
    "club", "clubs", "fournisseur", "fournisseurs", "sidérurgiste", "pétrolier", "pétroliers",
    "énergéticien", "brasseur", "holding", "laboratoire", "laboratoires", "chaîne", "chaînes", "concessionnaire",
    "concessionnaires", "armement", "conserverie", "fromagerie", "laiterie", "biscuiterie", "chocolaterie",
    "scierie", "papeterie", "verrerie", "cimenterie", "coopérative", "enseignes", "papetier", "papetiers",
    "cimentier", "cimentiers", "sucrier", "sucriers", "semencier", "semenciers", "voyagiste", "voyagistes",
    "coalition", "coalitions", NULL};
/* Nationality adjectives that, lower-case after an article, stand for a
 * company in French business copy: "l'américain [Nvidia]", "le
 * néerlandais [ASML]", "du chinois [CATL]".  A person would be "l'Américain
 * John Smith", capitalised; after a noun ("le président américain") the
 * adjective qualifies the noun and is no cue. */
static const char *const org_nationalities[] = {
    "allemand", "américain", "australien", "autrichien", "belge", "brésilien", "britannique", "canadien",
    "chinois", "coréen", "danois", "émirati", "espagnol", "européen", "finlandais", "français", "indien",
    "irlandais", "israélien", "italien", "japonais", "luxembourgeois", "mexicain", "néerlandais", "nippon",
    "norvégien", "polonais", "qatari", "russe", "saoudien", "singapourien", "sud-africain", "sud-coréen",
    "suédois", "suisse", "taïwanais", "tchèque", "turc", NULL};
static const char *const org_nationality_articles[] = {"le", "l'", "l\u2019", "du", "au", "Le", "L'", "L\u2019", "Du", "Au", NULL};

/* Lower-case nouns that, right before a name, say it is a body, and
 * that also stand before a person's full name now and then ("l'homme de
 * radio [Jean Vidal]", "le chef de l'organisation [Ayman al-Zawahiri]"):
 * a one-word "person" after them is the body's, a full name stays a
 * person's.  In winer-fr 2016-01 ... 2017-04 the capitalised word right
 * after them opens an ORG 35 times ("journal" 9, "organisation" 14,
 * "magazine" 3, "radio" 4, "boutique" 2, "collectif" 2, "parti" 2),
 * a product's name 1, a person's full name 4, nothing 3 and no place.
 * "institut" for a polling firm, "l'institut [Ifop]" (the sixth gold;
 * winer-fr's one, "institut Eurostat de la Commission européenne", is
 * an ORG). */
static const char *const org_cues_weak[] = {
    "journal", "journaux", "quotidien", "quotidiens", "hebdomadaire", "magazine", "radio", "maison", "boutique",
    "enseigne", "marque", "organisation", "organisme", "ONG", "collectif", "parti", "partis",
    "coentreprise", "notation", "institut", NULL};
/* The heads and founders of a company, and its parts, before "de" and
 * the company's name ("le patron de [Nvidia]", "le PDG d'[Inovio]",
 * "filiale de [Vinci]", "la coentreprise de [Safran]"): what follows "de"
 * right after them is a body.  Not "président" ("président de la
 * [Russie]"), "dirigeant" ("le dirigeant du [Kazakhstan]"), "concurrence"
 * ("la concurrence du [Chili]"), "action" ("l'action d'[Emmanuel Macron]") nor "salariés"
 * (a site's: "salariés de Poissy"). */
static const char *const org_de_founders[] = {"cofondateur", "cofondatrice", "fondateur", "fondatrice", NULL};
static const char *const org_de_cues[] = {
    "patron", "patronne", "patrons", "PDG",
    "filiale", "filiales", "coentreprise", "actionnaire", "actionnaires", "analyste", "analystes", NULL};
/* "directeur général de [Transneft]": the adjective after these heads. */
static const char *const org_de_heads2[] = {"directeur", "directrice", "directeurs", NULL};
static const char *const org_de_adj2[] = {"général", "générale", "généraux", NULL};

/* Whether token t is a nationality of org_nationalities, maybe feminine
 * or plural ("chinoises", "américaine", "émirati"). */
static int tok_nationality(const char *text, const vl_ner_tok *t) {
    static const char *const endings[] = {"es", "e", "s", NULL};
    if (tok_in(text, t, org_nationalities)) return 1;
    size_t n = t->end - t->start;
    char w[40];
    if (!(t->flags & VL_NTOK_WORD) || n < 4 || n >= sizeof w) return 0;
    for (const char *const *e = endings; *e; e++) {
        size_t k = strlen(*e);
        if (memcmp(text + t->end - k, *e, k) != 0) continue;
        memcpy(w, text + t->start, n - k);
        w[n - k] = 0;
        for (const char *const *l = org_nationalities; *l; l++)
            if (strcmp(*l, w) == 0) return 1;
    }
    return 0;
}

/* Whether the name opening at token i follows a company cue: 1 after a
 * noun of org_cues, maybe followed by an adjective or a nationality ("le
 * fonds américain", "le fonds émirati"), 2 after a nationality after an
 * article (org_nationalities), 3 after a noun of org_cues_weak (the same
 * way) or after "de" following a noun of org_de_cues, 5 after "de"
 * following a founder (org_de_founders), 4 after a noun
 * of org_cues or org_cues_weak, maybe with its adjective, and a comma
 * (an apposition: "le concurrent américain,
 * [Boeing],", which org_cue_labels takes only with a comma after the
 * name too), 6 after "agence de presse" (see there), 0 after none. */
static const char *const baptised[] = {"baptisé", "baptisée", "baptisés", "baptisées", "rebaptisé", "rebaptisée",
                                       "dénommé", "dénommée", NULL};
static const char *const baptised_bodies[] = {"alliance", "alliances", "division", "entité", "coentreprise",
                                              "structure", "organisation", "agence", NULL};
static int org_cue_before(const char *text, const vl_ner_tok *toks, size_t i) {
    if (i == 0) return 0;
    const vl_ner_tok *p = &toks[i - 1];
    /* every cue ends on a lower-case word or a comma: most tokens stop here */
    unsigned char c0 = (unsigned char)text[p->start];
    if (!((c0 >= 'a' && c0 <= 'z') || c0 >= 0x80 || c0 == ',')) return 0;
    if (tok_in(text, p, org_cues) || tok_is(text, p, "éditions")) return 1;
    if (tok_in(text, p, org_cues_weak)) return 3;
    /* a body's name given: "l'alliance baptisée [Aukus]" (ner-gold18
     * typed it LOC), "une holding baptisée [France Médias]", "sa division
     * automobile, rebaptisée [Aumovio]" (our golds ORG 3 of 3 after a
     * body's noun and "baptisée"; winer-fr's one, "baptisée [Mission des
     * Nations unies ...]", an ORG too) */
    if (i >= 2 && tok_in(text, p, baptised)) {
        size_t q = i - 2;
        if (q > 0 && tok_is(text, &toks[q], ",")) q--;
        if (tok_in(text, &toks[q], org_cues) || tok_in(text, &toks[q], baptised_bodies)) return 1;
        /* one lower-case word between, its adjective */
        if (q > 0 && tok_first_cat(text, &toks[q]) == UTF8PROC_CATEGORY_LL &&
            (tok_in(text, &toks[q - 1], org_cues) || tok_in(text, &toks[q - 1], baptised_bodies)))
            return 1;
    }
    /* the examples of a cue: "plusieurs enseignes, dont [Carrefour] et
     * [Biocoop]", "des constructeurs, notamment [Renault]" (ner-gold14;
     * winer-fr has none); "sous les enseignes [Circle K] et Couche-Tard"
     * (the plural, ner-gold13; "enseigne" alone stays weak: "l'enseigne
     * de vaisseau") */
    if (i >= 3 && tok_in(text, p, (const char *const[]){"dont", "notamment", NULL}) && tok_is(text, &toks[i - 2], ",") &&
        tok_in(text, &toks[i - 3], org_cues))
        return 1;
    /* a start-up: "la jeune pousse [Carbios]", "la jeune pousse
     * clermontoise [Carbios]" (the second gold); "pousse" alone is the
     * verb ("pousse Macron à") */
    static const char *const pousse[] = {"pousse", "pousses", NULL}, *const jeune[] = {"jeune", "jeunes", NULL};
    if (i >= 2 && tok_in(text, p, pousse) && tok_in(text, &toks[i - 2], jeune)) return 1;
    if (i >= 3 && tok_first_cat(text, p) == UTF8PROC_CATEGORY_LL && tail_adj(text, p) && tok_in(text, &toks[i - 2], pousse) &&
        tok_in(text, &toks[i - 3], jeune))
        return 1;
    /* a share: "l'action [Renault]", "les actions [Kering]", weak as
     * "l'action [Emmanuel Macron]" is a person's deed; after a French
     * article only (English "took action [Friday]") */
    if (i >= 2 && tok_in(text, p, (const char *const[]){"action", "actions", NULL}) &&
        tok_in(text, &toks[i - 2], (const char *const[]){"l'", "l\u2019", "L'", "L\u2019", "les", "Les", "des", NULL}))
        return 3;
    if (i >= 2 && tok_in(text, p, org_nationalities) && tok_in(text, &toks[i - 2], org_nationality_articles)) return 2;
    if (i >= 2 && tok_first_cat(text, p) == UTF8PROC_CATEGORY_LL && (tail_adj(text, p) || tok_nationality(text, p))) {
        if (tok_in(text, &toks[i - 2], org_cues)) return 1;
        /* "les marques chinoises [Linglong]": companies; right after
         * "marques" they are brands (brand_labels), no cue.  "l'équipe
         * néerlandaise [Jumbo-Visma]": a team (ner-gold16 typed it PER;
         * our golds: a name after "équipe" and its adjective ORG 2 of 2,
         * "l'équipe française [Decathlon-AG2R La Mondiale]"; winer-fr's
         * one, "l'équipe russe, [Yana Egorian]", is a full name, which a
         * weak cue leaves); right after "équipe" it may be a leader's
         * ("l'équipe [Trump]", OrangeSum), no cue */
        if (tok_in(text, &toks[i - 2], org_cues_weak) ||
            tok_in(text, &toks[i - 2], (const char *const[]){"marques", "équipe", "équipes", NULL}))
            return 3;
    }
    /* a news agency, two adjectives between or fewer: "l'agence de presse
     * officielle syrienne [Sana]" (split B typed it LOC; winer-fr
     * 2016-01 ... 2017-04: the name after "agence de presse" ORG 5 times
     * of 5, "Anadolu", "Belga"); 6, which org_cue_labels takes as 3 but
     * for a name with an adjective or a capital after it, "l'agence de
     * presse [Chine] nouvelle" (OrangeSum: Xinhua, whose "Chine" went ORG
     * in every mention of the country) */
    for (size_t a = i; a >= 3 && i - a <= 2; a--) {
        /* "presse" first, the adjectives (dearer) after */
        if (!tok_is(text, &toks[a - 1], "presse")) continue;
        if (!tok_in(text, &toks[a - 2], tail_de) ||
            !tok_in(text, &toks[a - 3], (const char *const[]){"agence", "agences", NULL}))
            break;
        int adj = 1;
        for (size_t k = a; k < i && adj; k++)
            adj = tok_first_cat(text, &toks[k]) == UTF8PROC_CATEGORY_LL &&
                  (tail_adj(text, &toks[k]) || tok_nationality(text, &toks[k]));
        if (adj) return 6;
        break;
    }
    /* "-iste" adjectives, weak whatever the noun: "le collectif
     * anarchiste [Indecline]", "le groupe terroriste [Al-Shabbaab]"
     * (winer-fr 2016-01 ... 2017-04: the name after a cue and such an
     * adjective ORG 3 times of 3; split C missed the collective 3
     * times), but "son concurrent écologiste [Stéphane Baly]" (OrangeSum)
     * is a person: a full name stays one.  Not in tail_adj_ends, which
     * org_tail asks of a name's own tail. */
    if (i >= 2 && tok_ends(text, p, (const char *const[]){"iste", "istes", NULL}) &&
        (tok_in(text, &toks[i - 2], org_cues) || tok_in(text, &toks[i - 2], org_cues_weak)) && tail_word(text, p))
        return 3;
    /* in apposition: "le concurrent américain, [Boeing]," (org_cue_labels
     * checks the comma after the name) */
    if (i >= 3 && tok_is(text, p, ",") && tok_first_cat(text, &toks[i - 2]) == UTF8PROC_CATEGORY_LL) {
        const vl_ner_tok *q = &toks[i - 2];
        size_t h = i - 2;
        if (!tok_in(text, q, org_cues) && !tok_in(text, q, org_cues_weak) && (tail_adj(text, q) || tok_nationality(text, q)))
            h = i - 3;
        /* the noun phrase's own head, not a complement's ("le modèle de
         * l'entreprise, [Mistral Large 3],") */
        if ((tok_in(text, &toks[h], org_cues) || tok_in(text, &toks[h], org_cues_weak)) && h > 0 &&
            tok_in(text, &toks[h - 1], head_articles) && !(h > 1 && tok_in(text, &toks[h - 2], tail_de)))
            return 4;
    }
    if (i >= 2 && tok_in(text, p, tail_de) && !tok_is(text, p, "des")) {
        const vl_ner_tok *q = &toks[i - 2];
        if (tok_in(text, q, org_de_founders)) return 5;
        if (tok_in(text, q, org_de_cues)) return 3;
        if (i >= 3 && tok_in(text, q, org_de_adj2) && tok_in(text, &toks[i - 3], org_de_heads2)) return 3;
    }
    return 0;
}

/* Where the name of lab[0..n) at token i ends: its span (every rule
 * walks a labelled name with this), or the capitalised words the labels
 * left out there. */
static size_t name_end(const char *text, const vl_ner_tok *toks, size_t n, const int *lab, size_t i) {
    int type = vl_ner_label_type(lab[i]);
    size_t e = i + 1;
    if (type >= 0) {
        while (e < n && lab[e] == vl_ner_label_i(type)) e++;
    } else {
        while (e < n && vl_ner_label_type(lab[e]) < 0 && tok_capitalised(text, &toks[e])) e++;
    }
    return e;
}

/* Whether the "person" [b, e) holds an ampersand: a firm's ("Pratt &
 * Whitney"), not a full name. */
static int person_amp(const char *text, const vl_ner_tok *toks, size_t b, size_t e) {
    for (size_t k = b; k < e; k++)
        if (tok_is(text, &toks[k], "&")) return 1;
    return 0;
}

/* The names joined by "et" or a comma to a company that a cue names
 * ("les marques chinoises [Linglong] et [Sailun]", "les agences de
 * notation Fitch et [Moody's]", "sa société 2F Conseil : Axa, [Fimalac]
 * et la banque Oddo") are companies too: from token e, each name of
 * one capitalised word or more that the labels leave out or make a
 * place, a work or a one-word person, after "et" or ",", becomes an ORG,
 * up to a word that is neither.  A person's full name ("Vivendi et
 * [Vincent Bolloré]") stops it.  Returns whether it changed a label. */
static int org_coord_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab, size_t e) {
    static const char *const joins[] = {"et", ",", NULL};
    int changed = 0;
    while (e + 1 < n && tok_in(text, &toks[e], joins) && tok_capitalised(text, &toks[e + 1])) {
        size_t i = e + 1;
        int type = vl_ner_label_type(lab[i]);
        if (type >= 0 && !vl_ner_label_is_b(lab[i])) break;
        size_t f = name_end(text, toks, n, lab, i);
        if (type == VL_NER_PER && f > i + 1 && !person_amp(text, toks, i, f)) break;
        /* the name must end there: not the head of a longer one */
        if (f < n && tok_capitalised(text, &toks[f])) break;
        if (type != VL_NER_ORG) {
            set_name(lab, i, f, VL_NER_ORG);
            changed = 1;
        }
        if (tok_is(text, &toks[e], "et")) break;
        e = f;
    }
    return changed;
}

/* Whether the name [i, e) is described right after it as a company:
 * ", une entreprise", ", un constructeur", ", filiale", ", groupe" (a
 * noun of after_cues after a comma and an indefinite article or none: "[Spaceful], une start-up montréalaise", "[Thales],
 * groupe de technologies").  A definite article opens a clause's subject
 * as often ("McLaren F1 GTR, le constructeur a"), and a name after a
 * preposition is a place where a sentence starts ("En Chine, une
 * entreprise"): neither counts.  Not "groupe" ("Kepler et [Swift], un
 * groupe de 18 étoiles"), "magazine" (a programme's: "[Embouteillages],
 * magazine"), nor "partis" (a participle: "son épouse [Meghan],
 * partis"). */
static const char *const after_cues[] = {
    "entreprise", "société", "start-up", "constructeur", "opérateur", "fabricant", "filiale", "ONG", "parti",
    "enseigne", "compagnie", "banque", "assureur", "laboratoire", "équipementier", "firme", "éditeur",
    "distributeur", "transporteur", "chaîne", "quotidien", "journal", "hebdomadaire", "syndicat", "club",
    "organisation", "conglomérat", "holding", "avionneur", "motoriste", NULL};
static int org_cue_after(const char *text, const vl_ner_tok *toks, size_t n, size_t i, size_t e) {
    static const char *const preps[] = {"en", "à", "au", "aux", "dans", "sur", "pour", "chez", "vers", "depuis",
                                        "En", "À", "Au", "Aux", "Dans", "Sur", "Pour", "Chez", "Vers", "Depuis", NULL};
    if (e + 1 >= n || !tok_is(text, &toks[e], ",")) return 0;
    if (i > 0 && tok_in(text, &toks[i - 1], preps)) return 0;
    size_t c = e + 1;
    if (tok_in(text, &toks[c], (const char *const[]){"un", "une", NULL})) c++;
    return c < n && tok_in(text, &toks[c], after_cues);
}

/* Retypes ORG each PER, LOC or MISC name of lab[0..n) that follows a
 * company cue (org_cue_before; after a nationality or a noun of
 * org_cues_weak, not a person's name of two words or more), and makes an
 * ORG of the capitalised words the labels left out right after one ("le
 * constructeur [Stellantis]": a lone unknown word, which the tagger,
 * seeing no cue in its features strong enough, leaves out), with the
 * names joined to it (org_coord_labels); returns whether it changed any
 * label. */
/* Whether t, right after a name that follows "agence de presse", is an
 * adjective of the agency's own name ("Chine nouvelle"): the endings of
 * tail_adj_ends, without tail_word's stop list, which holds "nouvelle". */
static int agency_name_goes_on(const char *text, const vl_ner_tok *t) {
    return tok_first_cat(text, t) == UTF8PROC_CATEGORY_LL && tok_ends(text, t, tail_adj_ends);
}

/* Whether the name [i, e) after "coalition" is none of the
 * coalition's own: one that goes on in lower case and a capital, "sa
 * coalition [Paris en Commun]" (OrangeSum), whose first word alone is
 * no coalition's name (and the document pass would carry an ORG "Paris"
 * to the city's every mention), "et" and "ou" aside ("les coalitions
 * [Yewwi Askan Wi] et [Wallu Sénégal]"); or a lower-case word, "la
 * coalition internationale anti-[EI]" (split A). */
static int coalition_name_goes_on(const char *text, const vl_ner_tok *toks, size_t n, size_t i, size_t e) {
    static const char *const coal[] = {"coalition", "coalitions", NULL};
    if (!(i >= 1 && tok_in(text, &toks[i - 1], coal)) && !(i >= 2 && tok_in(text, &toks[i - 2], coal))) return 0;
    if (!tok_capitalised(text, &toks[i])) return 1;
    return e + 1 < n && tok_first_cat(text, &toks[e]) == UTF8PROC_CATEGORY_LL &&
           !tok_in(text, &toks[e], (const char *const[]){"et", "ou", NULL}) && tok_capitalised(text, &toks[e + 1]);
}

static int org_cue_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        int cue0 = type < 0 && tok_capitalised(text, &toks[i]) ? org_cue_before(text, toks, i) : 0;
        if (cue0) {
            size_t e = i + 1;
            while (e < n && vl_ner_label_type(lab[e]) < 0 && tok_capitalised(text, &toks[e])) e++;
            if (cue0 == 4 && (e == n || !tok_is(text, &toks[e], ","))) continue;
            if (cue0 == 6 && e < n && agency_name_goes_on(text, &toks[e])) continue;
            if (cue0 == 1 && coalition_name_goes_on(text, toks, n, i, e)) continue;
            /* a name the labels open right after takes the words in:
             * "le groupe Maréchal [Frères]" */
            if (e < n && vl_ner_label_type(lab[e]) >= 0 && vl_ner_label_is_b(lab[e]) && tok_capitalised(text, &toks[e])) {
                int next = vl_ner_label_type(lab[e]);
                for (e++; e < n && lab[e] == vl_ner_label_i(next); e++) {}
            }
            set_name(lab, i, e, VL_NER_ORG);
            org_coord_labels(text, toks, n, lab, e);
            changed = 1;
            i = e - 1;
            continue;
        }
        if (type < 0 && i > 0 && tok_capitalised(text, &toks[i]) && !tok_capitalised(text, &toks[i - 1])) {
            /* capitalised words the labels left out, described after them */
            size_t e = name_end(text, toks, n, lab, i);
            if (org_cue_after(text, toks, n, i, e)) {
                set_name(lab, i, e, VL_NER_ORG);
                changed = 1;
                i = e - 1;
            }
            continue;
        }
        if (type < 0 || !vl_ner_label_is_b(lab[i])) continue;
        size_t e = name_end(text, toks, n, lab, i);
        if (type != VL_NER_ORG && org_cue_after(text, toks, n, i, e) &&
            !(i > 0 && lab[i - 1] == 0 && tok_capitalised(text, &toks[i - 1]))) {
            set_name(lab, i, e, VL_NER_ORG);
            changed = 1;
            continue;
        }
        int cue = org_cue_before(text, toks, i);
        if (!cue) continue;
        if (cue == 1 && coalition_name_goes_on(text, toks, n, i, e)) continue;
        if (cue == 6) {
            if (e < n && (tok_capitalised(text, &toks[e]) || agency_name_goes_on(text, &toks[e]))) continue;
            cue = 3;
        }
        if (type == VL_NER_ORG) {
            changed |= org_coord_labels(text, toks, n, lab, e);
            continue;
        }
        /* sports copy writes "l'espagnol Fernando Alarza" too: after a
         * nationality, a person's full name stays one (a one-word "person"
         * there is a firm: "l'américain Boeing") */
        /* ... but a "person" opening on an article after a weak cue is
         * a title: "le journal parodique [Le Gorafi]" (split A typed it
         * PER; winer-fr 2016-01 ... 2017-04 writes a name opening on
         * "Le", "La" or "Les" after such a cue, an adjective between or
         * not, ORG 16 times of 17, "Le Temps", "Les Échos", "La Voix du
         * Nord" among them, a product once) */
        if (cue >= 2 && type == VL_NER_PER && e > i + 1 && !person_amp(text, toks, i, e) &&
            !(cue == 3 && tok_in(text, &toks[i], (const char *const[]){"Le", "La", "Les", NULL})))
            continue;
        /* a founder's work stays one: "le fondateur de [Snapchat]"
         * (winer-fr's Product); the held-out months lost 2 correct MISC
         * to ORG without this (a PDG's or a patron's is a firm) */
        if (cue == 5 && type == VL_NER_MISC) continue;
        if (cue == 4 && (e == n || !tok_is(text, &toks[e], ","))) continue;
        set_name(lab, i, e, VL_NER_ORG);
        org_coord_labels(text, toks, n, lab, e);
        changed = 1;
    }
    return changed;
}

/* The brands a group owns, named right after "marques": "les marques
 * [Tefal], [Moulinex] et [Rowenta]", "les marques [Jeanneau], [Lagoon]
 * et [Excess]" are products' names, MISC (the sixth and seventh golds:
 * 6 of 6; org_cue_labels, which ran before, made them ORG).  winer-fr
 * 2016-01 ... 2017-04 has no capitalised name right after "marques"
 * (its one "la marque [Vauxhall]" is ORG, so the singular keeps the
 * company cue), and "les marques chinoises [Linglong] et [Sailun]", with
 * a nationality between, stay companies as the second gold writes them.
 * The names joined by commas and "et" follow, up to a person's full
 * name.  Returns whether it changed a label. */
static int brand_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (!tok_is(text, &toks[i], "marques")) continue;
        size_t e = i + 1;
        while (e < n && tok_capitalised(text, &toks[e])) {
            int type = vl_ner_label_type(lab[e]);
            if (type >= 0 && !vl_ner_label_is_b(lab[e])) break;
            size_t f = name_end(text, toks, n, lab, e);
            if (type == VL_NER_PER && f > e + 1 && !person_amp(text, toks, e, f)) break;
            if (f < n && tok_capitalised(text, &toks[f])) break;
            if (type != VL_NER_MISC || f - e > 1) {
                set_name(lab, e, f, VL_NER_MISC);
                changed = 1;
            }
            if (f + 1 >= n || !tok_in(text, &toks[f], (const char *const[]){",", "et", NULL}) ||
                !tok_capitalised(text, &toks[f + 1]))
                break;
            int last = tok_is(text, &toks[f], "et");
            e = f + 1;
            if (last) {
                f = name_end(text, toks, n, lab, e);
                type = vl_ner_label_type(lab[e]);
                if ((type >= 0 && !vl_ner_label_is_b(lab[e])) ||
                    (type == VL_NER_PER && f > e + 1 && !person_amp(text, toks, e, f)) ||
                    (f < n && tok_capitalised(text, &toks[f])))
                    break;
                set_name(lab, e, f, VL_NER_MISC);
                changed = 1;
                break;
            }
        }
    }
    return changed;
}

/* Cuts in two each name of lab[0..n) that joins two names at "et":
 * "[Wizz Air] et [Ryanair]", "[Les Echos] et [Radio Classique]", "[Range
 * Rover Evoque] et [Land Rover Discovery Sport]".  winer-fr holds 9 such
 * spans in 15,662, all one body's, whose words "et" joins are
 * qualifiers: of a head (org_heads: "Fondation Culture et Diversité"),
 * after a lower-case word ("laboratoire des Sciences Végétales et
 * Fongiques"), in a list ("Immigration, Réfugiés et Citoyenneté
 * Canada") or one word each ("Racines et Confluences", "Oddo et Cie",
 * and the party "Droit et Justice").  Those stay whole; the others,
 * capitalised throughout with two words on one side at least, are two
 * names of the span's type. */
static int et_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const et[] = {"et", NULL};
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0) {
            i++;
            continue;
        }
        size_t j = i, k = 0, ets = 0, other = 0;
        do {
            if (tok_in(text, &toks[j], et)) ets++, k = j;
            else if (!tok_capitalised(text, &toks[j]) && !tok_number(text, &toks[j])) other++;
            j++;
        } while (j < n && lab[j] == vl_ner_label_i(type));
        if (ets == 1 && !other && k + 1 < j && tok_capitalised(text, &toks[k + 1]) && (k - i >= 2 || j - k - 1 >= 2) &&
            !tok_in(text, &toks[i], org_heads)) {
            lab[k] = 0;
            lab[k + 1] = vl_ner_label_b(type);
            changed = 1;
        }
        i = j;
    }
    return changed;
}

/* Lower-case heads of courts, universities and hospitals, which the
 * name holds with its place ("cour d'appel de Douai", "tribunal de
 * commerce d'Angers", "université de Lille", "centre hospitalier de
 * Mayotte"), each with the word that must follow it (NULL: any).
 * Chambers of commerce and of agriculture and regional health agencies
 * hold theirs too ("[chambre de commerce et d'industrie de La
 * Réunion]", "[agence régionale de santé des Hauts-de-France]": the
 * golds; winer-fr writes none of them). */
static const struct {
    const char *head, *next, *next2;
} body_heads[] = {{"tribunal", NULL, NULL},      {"cour", "d'", "appel"},         {"cour", "d'", "assises"},
                  {"cour", "d\u2019", "appel"},  {"cour", "d\u2019", "assises"},  {"cour", "administrative", NULL},
                  {"cour", "criminelle", NULL},  {"université", NULL, NULL},      {"hôpital", NULL, NULL},
                  {"centre", "hospitalier", NULL}, {"chambre", "régionale", NULL}, {"groupe", "hospitalier", NULL},
                  {"service", "départemental", NULL}, {"police", "judiciaire", NULL},
                  {"police", "municipale", NULL}, {"chambre", "de", "commerce"},
                  {"chambre", "d'", "agriculture"}, {"chambre", "d\u2019", "agriculture"},
                  {"chambre", "des", "métiers"},   {"agence", "régionale", NULL},
                  {"chambre", "de", "métiers"},    {"direction", "régionale", NULL},
                  {"direction", "départementale", NULL}, {"direction", "interrégionale", NULL}};

static size_t lc_match(const char *text, const vl_ner_tok *toks, size_t n, size_t i, const char *const *list);

/* Where the body opening with a lower-case head at token i ends: over the
 * head's tail (org_tail's words) to a name after de/du/d' or right after
 * the head, which ends it; i itself when there is no such name. */
static const char *const body_head_words[] = {"tribunal", "cour",   "université", "hôpital", "centre",   "chambre",
                                              "groupe",   "service", "police",    "agence",  "direction", NULL};
static size_t body_end(const char *text, const vl_ner_tok *toks, const int *lab, size_t n, size_t i) {
    /* the heads' words once, before the table's pairs: most words are none */
    if (!tok_in(text, &toks[i], body_head_words)) return i;
    size_t k;
    for (k = 0; k < sizeof body_heads / sizeof *body_heads; k++)
        if (tok_in(text, &toks[i], (const char *const[]){body_heads[k].head, NULL}) &&
            (!body_heads[k].next || (i + 1 < n && tok_in(text, &toks[i + 1], (const char *const[]){body_heads[k].next, NULL}))) &&
            (!body_heads[k].next2 || (i + 2 < n && tok_in(text, &toks[i + 2], (const char *const[]){body_heads[k].next2, NULL}))))
            break;
    if (k == sizeof body_heads / sizeof *body_heads) return i;
    /* the tail runs from after the head's own words: "hospitalier" and
     * "départemental" are no tail words ("-ier" ends infinitives too), so
     * "centre hospitalier de Lens" was never taken */
    size_t h = i + 1 + (body_heads[k].next != NULL) + (body_heads[k].next2 != NULL);
    /* the crafts' chambers' full name: "chambre de métiers et de
     * l'artisanat du Cantal" (ner-gold9) */
    if (tok_is(text, &toks[i], "chambre"))
        h += lc_match(text, toks, n, h, (const char *const[]){"et", "de", "*", "artisanat", NULL});
    size_t t = org_tail(text, toks, lab, n, i, h);
    /* the tail must end on a name */
    if (t <= h || tok_first_cat(text, &toks[t - 1]) != UTF8PROC_CATEGORY_LU) {
        if (h < n && tok_first_cat(text, &toks[h]) == UTF8PROC_CATEGORY_LU && vl_ner_label_type(lab[h]) >= 0 &&
            vl_ner_label_is_b(lab[h]) && !tok_in(text, &toks[i], (const char *const[]){"tribunal", "cour", "chambre", NULL})) {
            int type = vl_ner_label_type(lab[h]);
            t = h + 1;
            while (t < n && lab[t] == vl_ner_label_i(type)) t++;
            return t;
        }
        return i;
    }
    return t;
}

/* Makes an ORG of each body that opens with a lower-case head of
 * body_heads and ends on a name; returns whether it changed any label. */
static int body_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    /* body_end is i for a token that is none of its heads' words */
    word_filter heads;
    word_filter_of(&heads, body_head_words);
    for (size_t i = 0; i < n; i++) {
        if (vl_ner_label_type(lab[i]) >= 0 || !tok_in_f(text, &toks[i], body_head_words, &heads) ||
            !tok_lower(text, &toks[i]))
            continue;
        size_t t = body_end(text, toks, lab, n, i);
        /* "un hôpital de Zurich" describes, it does not name */
        if (t != i && i > 0 && tok_in(text, &toks[i - 1], (const char *const[]){"un", "une", "Un", "Une", NULL})) continue;
        if (t == i) continue;
        claim_name(lab, n, i, t, VL_NER_ORG);
        changed = 1;
        i = t - 1;
    }
    return changed;
}

/* A court, a chamber or a company's meeting named by lower-case words
 * alone, no place, is no name: "devant le [tribunal de commerce]", "L'
 * [assemblée générale], prévue le 30 avril" (ner-gold18 typed both ORG;
 * the earlier golds' "la [chambre régionale des comptes]", ner-gold2).
 * winer-fr 2016-01 ... 2017-04 leaves a court with no place after it out
 * 12 times of 14 (one "tribunal correctionnel" ORG, one "tribunal
 * central de [Séoul]" with its place), its held-out months 2 of 2; our
 * golds 14 of 14, and write every such body with its place ORG, "[tribunal
 * de commerce de Bayonne]".  An ORG of the labels that opens on
 * "tribunal", "chambre", "cour d'appel", "cour d'assises", "assemblée
 * générale" or "conseil d'administration" and holds no capitalised word
 * nor digit, with no "de" and a capital after it, leaves. */
static int generic_body_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const heads[] = {"tribunal", "chambre", "cour", "assemblée", "conseil", NULL};
    const int org_b = vl_ner_label_b(VL_NER_ORG);
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        if (lab[i] != org_b || !tok_in(text, &toks[i], heads)) continue;
        size_t e = name_end(text, toks, n, lab, i);
        if (tok_is(text, &toks[i], "cour") &&
            !(e >= i + 3 && tok_in(text, &toks[i + 1], (const char *const[]){"d'", "d\u2019", NULL}) &&
              tok_in(text, &toks[i + 2], (const char *const[]){"appel", "assises", NULL})))
            continue;
        if (tok_is(text, &toks[i], "assemblée") && !(e >= i + 2 && tok_is(text, &toks[i + 1], "générale"))) continue;
        if (tok_is(text, &toks[i], "conseil") &&
            !(e >= i + 3 && tok_in(text, &toks[i + 1], (const char *const[]){"d'", "d\u2019", NULL}) &&
              tok_is(text, &toks[i + 2], "administration")))
            continue;
        int bare = 1;
        for (size_t k = i; k < e && bare; k++) bare = !tok_capitalised(text, &toks[k]) && !tok_number(text, &toks[k]);
        if (bare && e + 1 < n && tok_in(text, &toks[e], tail_de) && tok_capitalised(text, &toks[e + 1])) bare = 0;
        if (!bare) {
            i = e - 1;
            continue;
        }
        for (size_t k = i; k < e; k++) lab[k] = 0;
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* Hospitals' and fire services' acronyms, which the name holds with its
 * place: "[CHU de Reims]", "[CHU de Grenoble Alpes]" (winer-fr 2016-01
 * ... 2017-04: 2 of 2 whole; the golds the same). */
static const char *const acro_bodies[] = {"CHU", "CHR", "CHRU", "SDIS", NULL};

/* The end of the place or name after "de" (du, des, d', and "de la", "de
 * l'") at token p: a span the labels open there, of a type of types (a
 * bit mask of 1 << type), or the capitalised words they leave out; p when
 * there is none. */
static size_t de_name_end(const char *text, const vl_ner_tok *toks, const int *lab, size_t n, size_t p, unsigned types) {
    if (p >= n || !tok_in(text, &toks[p], tail_de)) return p;
    size_t r = p + 1;
    if (r < n && tok_in(text, &toks[r], tail_det) && !tok_in(text, &toks[p], (const char *const[]){"des", "du", NULL}))
        r++;
    if (r >= n || !tok_capitalised(text, &toks[r])) return p;
    int type = vl_ner_label_type(lab[r]);
    if (type >= 0) {
        if (!vl_ner_label_is_b(lab[r]) || !(types & (1u << type))) return p;
        for (r++; r < n && lab[r] == vl_ner_label_i(type); r++) {}
        return r;
    }
    while (r < n && vl_ner_label_type(lab[r]) < 0 && tok_capitalised(text, &toks[r])) r++;
    return r;
}

/* A parliamentary committee named by its portfolio: "[commission des
 * Finances du Sénat]", "[commission des Affaires sociales]" (the second
 * and fourth golds; winer-fr writes only lower-case ones, "commission des
 * lois", unmarked, which this leaves alone).  The end, or i. */
static size_t committee_end(const char *text, const vl_ner_tok *toks, const int *lab, size_t n, size_t i);

/* Makes an ORG of an acronym of acro_bodies and the place after it, and
 * of a committee (committee_end); returns whether it changed a label. */
static int acro_body_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    word_filter bodies;
    word_filter_of(&bodies, acro_bodies);
    for (size_t i = 0; i < n; i++) {
        size_t t = i;
        if (tok_in_f(text, &toks[i], acro_bodies, &bodies) && (lab[i] == 0 || (lab[i] == vl_ner_label_b(VL_NER_ORG) &&
                                                                     (i + 1 == n || lab[i + 1] != vl_ner_label_i(VL_NER_ORG)))))
            t = de_name_end(text, toks, lab, n, i + 1, 1u << VL_NER_LOC | 1u << VL_NER_ORG);
        else if (lab[i] == 0 && tok_is(text, &toks[i], "commission"))
            t = committee_end(text, toks, lab, n, i);
        if (t <= i + 1) continue;
        claim_name(lab, n, i, t, VL_NER_ORG);
        changed = 1;
        i = t - 1;
    }
    return changed;
}

/* Lower-case heads of places that the name holds, LOC: "[place
 * Bellecour]", "[rue des Italiens]", "[cloître des Carmes]", "[cour
 * d'honneur du palais des Papes]".  winer-fr 2016-01 ... 2017-04 writes
 * "place X" whole 10 times of 10, "rue X" 6 of 6, "avenue des
 * Champs-Élysées" and "palais de l'Élysée" whole; the golds the same.  A
 * head with its name straight after it ("place Bellecour", "stade
 * Vélodrome") or, but for "place" ("la place de la France dans le
 * monde") and "stade" ("le stade de Reims", the club), after "de".  Not
 * "pont" (winer-fr: "pont du [Rialto]") nor "région", "lac", "massif"
 * (the place alone, the golds' README).  "route" is place_heads_art's
 * (below), "vélodrome" ("[vélodrome
 * André-Pétrieux]"), "cité" and "constellation" (winer-fr: "cité du Franc
 * Moisin", "cité des Doges", "constellation du Cygne", "du Toucan" whole,
 * 4 of 4).  Not "île" (winer-fr: whole 5 times, the island alone 3) nor
 * "porte" ("porte de [Vincennes]").  "vallée" ("[vallée de la Vésubie]",
 * the eighth gold; winer-fr whole 4 times of 5, "vallée de l'Arve"),
 * "bande" ("[bande de Gaza]", the golds' 2; winer-fr has none) and "pays"
 * in "[pays de Galles]" (the golds' 2, "Galles" naming nothing alone;
 * winer-fr none; not "pays du [Sahel]", its name alone 3 of 3). */
static const char *const place_heads[] = {"place",    "rue",    "avenue",  "boulevard", "quai",   "cloître",
                                          "esplanade", "palais", "stade",  "impasse",   "allée",  "parvis",
                                          "vélodrome", "cité", "constellation", "vallée", "bande", NULL};
/* Heads that hold their name only before an article, "du", "de la",
 * "des", "de l'": "[salle du Canal]", "[prison de la Santé]", "[grotte du
 * Pech-Rouyre]", "[port du Rosmeur]", "[église des Frères-Prêcheurs]"
 * (the golds, 6 such names cut to the name or typed ORG over the blind
 * golds and the leave-one-out ones); before a town's name with a bare
 * "de" the place is the town's (winer-fr: "port de [Douvres]", "prison
 * de [Manaus]", "fort de [Copacabana]"), and winer-fr 2016-01 ... 2017-04
 * writes none of these heads before an article.  "route" for a named
 * road ("[route du Littoral]", the seventh gold; winer-fr has none, and
 * its numbered roads are road_labels') is one of them: "la route de
 * [Taroudant]" leads to the town (ner-gold16 writes the town alone, and
 * the whole was taken until the twelfth round).  "galerie" ("[galerie
 * des Glaces]", ner-gold16; winer-fr only "une galerie d'art").  "parc"
 * ("au [parc des Bastions]", ner-gold18, missed; "[parc des Ateliers]",
 * the tenth gold; winer-fr 2016-01 ... 2017-04 "[Parc des Princes]"
 * whole, no lower-case "parc" before a name; fourteenth round). */
static const char *const place_heads_art[] = {"salle", "prison", "grotte", "église", "rocher", "chaussée", "château",
                                              "théâtre", "fort", "port", "chapelle", "cathédrale", "basilique",
                                              "abbaye", "route", "galerie", "parc", NULL};
static int place_head_art(const char *text, const vl_ner_tok *toks, size_t n, size_t i) {
    /* cheap first: the article after the head, then the list */
    if (i + 2 >= n) return 0;
    const vl_ner_tok *a = &toks[i + 1];
    const size_t al = a->end - a->start;
    if (!((al == 2 || al == 3) && text[a->start] == 'd')) return 0;
    if (!tok_in(text, &toks[i], place_heads_art)) return 0;
    /* "fort" after its article or a preposition: "l'homme fort de l'Est
     * libyen" is an adjective (OrangeSum); the other heads are nouns only
     * ("baptisée grotte du Pech-Rouyre") */
    static const char *const before[] = {"le", "la", "l'", "l\u2019", "Le", "La", "L'", "L\u2019", "au", "du", "de",
                                         "à", "À", "sur", "dans", "vers", "devant", "depuis", NULL};
    if (tok_is(text, &toks[i], "fort") && (i == 0 || !tok_in(text, &toks[i - 1], before))) return 0;
    if (tok_in(text, &toks[i + 1], (const char *const[]){"du", "des", NULL})) return 1;
    return tok_is(text, &toks[i + 1], "de") &&
           tok_in(text, &toks[i + 2], (const char *const[]){"la", "l'", "l\u2019", NULL});
}

static int place_head_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    word_filter heads;
    word_filter_of(&heads, place_heads);
    /* from the end: "du [palais des Papes]" is a place before "cour
     * d'honneur" takes it */
    for (size_t i = n; i-- > 0;) {
        if (!tok_lower(text, &toks[i])) continue;
        size_t h = i + 1;
        if (tok_is(text, &toks[i], "cour") && i + 2 < n &&
            tok_in(text, &toks[i + 1], (const char *const[]){"d'", "d\u2019", NULL}) &&
            tok_is(text, &toks[i + 2], "honneur"))
            h = i + 3;
        else if (!tok_in_f(text, &toks[i], place_heads, &heads) && !place_head_art(text, toks, n, i) &&
                 !(i + 2 < n && tok_is(text, &toks[i], "pays") &&
                   tok_is(text, &toks[i + 1], "de") &&
                   tok_is(text, &toks[i + 2], "Galles")))
            continue;
        /* a head inside a name the labels began before is theirs */
        if (label_inside(lab[i])) continue;
        if (i > 0 && tok_in(text, &toks[i - 1], (const char *const[]){"un", "une", "Un", "Une", NULL})) continue;
        /* "cette vallée du [Ladakh]": a description; "une fine bande
         * LED": a strip */
        if (tok_in(text, &toks[i], (const char *const[]){"vallée", "bande", NULL}) &&
            ((i > 0 && tok_in(text, &toks[i - 1], (const char *const[]){"ce", "cet", "cette", "Cette", NULL})) ||
             i + 1 >= n || !tok_in(text, &toks[i + 1], tail_de)))
            continue;
        /* "homologuée pour la route de la [BT62]": a car allowed on the
         * roads, not a road's name */
        if (i > 1 && tok_is(text, &toks[i], "route") &&
            tok_is(text, &toks[i - 2], "pour"))
            continue;
        size_t t = h;
        int type = h < n ? vl_ner_label_type(lab[h]) : -1;
        if (vl_ner_label_type(lab[i]) >= 0 && h == i + 1) {
            /* the labels hold the head already ("[place Bellecour]" ORG):
             * only the type is wrong */
            int own = vl_ner_label_type(lab[i]);
            for (t = i + 1; t < n && lab[t] == vl_ner_label_i(own); t++) {}
            if (own == VL_NER_LOC || t == i + 1 || !tok_capitalised(text, &toks[i + 1])) continue;
        } else if (h < n && tok_capitalised(text, &toks[h]) && vl_ner_label_type(lab[i]) < 0) {
            /* "Le sondage place [Stéphane Bern]": a verb; a square writes
             * a person's name with hyphens ("place Jean-Jaurès"), an
             * avenue not always ("avenue Maria Cristina") */
            if (type == VL_NER_PER && (h == i + 3 || (tok_is(text, &toks[i], "place") &&
                                                      h + 1 < n && lab[h + 1] == vl_ner_label_i(VL_NER_PER))))
                continue;
            if (type >= 0) {
                if (!vl_ner_label_is_b(lab[h])) continue;
                for (t = h + 1; t < n && lab[t] == vl_ner_label_i(type); t++) {}
            } else {
                while (t < n && vl_ner_label_type(lab[t]) < 0 && tok_capitalised(text, &toks[t])) t++;
            }
        } else if (vl_ner_label_type(lab[i]) < 0 && !tok_in(text, &toks[i], (const char *const[]){"place", "stade", NULL})) {
            /* after "de": a place, a name left out, or another head with
             * its name ("du [palais des Papes]") */
            size_t r = h;
            if (r < n && tok_in(text, &toks[r], tail_de)) {
                r++;
                if (r < n && tok_in(text, &toks[r], tail_det) && !tok_in(text, &toks[r - 1], (const char *const[]){"des", "du", NULL}))
                    r++;
            }
            if (r < n && r > h && tok_in(text, &toks[r], place_heads) && lab[r] == vl_ner_label_b(VL_NER_LOC)) {
                for (t = r + 1; t < n && lab[t] == vl_ner_label_i(VL_NER_LOC); t++) {}
            } else {
                t = de_name_end(text, toks, lab, n, h, 1u << VL_NER_LOC | 1u << VL_NER_ORG | 1u << VL_NER_MISC);
            }
        }
        if (t <= h) continue;
        claim_name(lab, n, i, t, VL_NER_LOC);
        changed = 1;
    }
    return changed;
}

/* An acronym's ORG and one capitalised word that the labels leave out
 * right after it are one name: "[SNCF Réseau]", "[SNCF Voyageurs]".
 * winer-fr 2016-01 ... 2017-04 writes an acronym and a capitalised word
 * as one name 34 times of 36 ("CFM International", "ACT Airlines", "RIA
 * Novosti", "HBC Nantes"); the others are a person's full name after a
 * party or union ("la CGT [Philippe Martinez]"), which the second
 * capitalised word excludes here.  A surname alone follows the acronym
 * too, after a role ("l'eurodéputé LFI Omarjee") or as a quote's source
 * ("raconte à l'AFP Chaiyaporn"): neither is taken, nor a model's code
 * ("BMW M340d", "GMA T.50": letters only).  Returns whether it changed
 * a label. */
static int acro_name_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const before[] = {"de", "du", "des", "d'", "d’", "par", "pour", "avec", "chez", "sur",
                                         "et", "au", "aux", "le", "la", "les", "l'", "l’", "entre", "dont",
                                         "que", "ou", "selon", NULL};
    int changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_ORG) || lab[i + 1] != 0 || !tok_caps(text, &toks[i]) ||
            !tok_capitalised(text, &toks[i + 1]) || tok_caps(text, &toks[i + 1]) || !(toks[i + 1].flags & VL_NTOK_WORD) ||
            (i + 2 < n && (tok_capitalised(text, &toks[i + 2]) || tok_number(text, &toks[i + 2]))))
            continue;
        int letters = 1;
        for (size_t p = toks[i + 1].start; p < toks[i + 1].end; p++)
            letters &= !(text[p] >= '0' && text[p] <= '9') && text[p] != '.';
        if (!letters) continue;
        if (i > 0 && tok_lower(text, &toks[i - 1]) && !tok_in(text, &toks[i - 1], before)) continue;
        if (i > 1 && tok_in(text, &toks[i - 1], (const char *const[]){"l'", "l’", NULL}) &&
            tok_is(text, &toks[i - 2], "à"))
            continue;
        lab[i + 1] = vl_ner_label_i(VL_NER_ORG);
        changed = 1;
    }
    return changed;
}

/* A company's site and its place: "l'usine [Alstom] de [Reichshoffen]"
 * is the firm and the town (the fourth gold), where the tagger makes one
 * ORG of "Alstom de Reichshoffen".  An ORG of two capitalised parts
 * joined by de/d' right after a lower-case word of a site is cut there,
 * the second part a LOC.  Returns whether it changed a label. */
static int site_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const sites[] = {"usine", "usines", "site", "sites", "entrepôt", "entrepôts", "magasin",
                                        "magasins", "raffinerie", "centrale", NULL};
    int changed = 0;
    for (size_t i = 1; i + 2 < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_ORG) || !tok_in(text, &toks[i - 1], sites)) continue;
        size_t e = i + 1;
        while (e < n && lab[e] == vl_ner_label_i(VL_NER_ORG)) e++;
        size_t d = i + 1;
        while (d < e && tok_capitalised(text, &toks[d])) d++;
        if (d + 1 >= e || !tok_in(text, &toks[d], (const char *const[]){"de", "d'", "d\u2019", NULL})) continue;
        int caps = 1;
        for (size_t k = d + 1; k < e; k++) caps &= tok_capitalised(text, &toks[k]);
        if (!caps) continue;
        lab[d] = 0;
        set_name(lab, d + 1, e, VL_NER_LOC);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* Countries whose long name is "État de X" ("l'[État de Palestine]",
 * "l'[État d'Israël]", "l'[État de la Nouvelle-Calédonie]" of the 2025
 * accord): the name holds "État", LOC (the fourth gold).  A federated
 * state is not one: winer-fr 2016-01 ... 2017-04 writes "l'État de
 * [Washington]", "de [Borno]", "de [Victoria]" (6 of 6) with the place
 * alone, so only these names are taken. */
static const char *const state_names[] = {"Palestine", "Israël", "Qatar", "Koweït", "Érythrée", "Libye", "Vatican",
                                          "Nouvelle-Calédonie", NULL};
static int state_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        if (lab[i] != 0 || !tok_is(text, &toks[i], "État")) continue;
        size_t t = de_name_end(text, toks, lab, n, i + 1, 1u << VL_NER_LOC | 1u << VL_NER_ORG);
        if (t <= i + 1 || !tok_in(text, &toks[t - 1], state_names)) continue;
        claim_name(lab, n, i, t, VL_NER_LOC);
        changed = 1;
        i = t - 1;
    }
    return changed;
}

/* Lower-case names of French bodies that no capital announces: the
 * modern golds mark them ORG ("l'[armée de terre]", "le [service de
 * santé des armées]"), as winer-fr 2016-01 ... 2017-04 marks "armée de
 * l'air" (2 of 2).  Not "parquet national financier", which winer-fr
 * leaves out 8 times of 9 (split A: 4 of 4).  Each is a list of words;
 * "*" stands for "l'" either way.  "gouvernement" and a nationality
 * ("gouvernement hongrois", the golds' ORG) are left out: winer-fr marks
 * 7 of 31, and they cost split A 4 found for none correct, the held-out
 * months 11 found for 3. */
static const char *const *const lc_bodies[] = {
    (const char *const[]){"armée", "de", "terre", NULL},
    (const char *const[]){"armée", "de", "*", "air", NULL},
    (const char *const[]){"armée", "de", "*", "Air", NULL},
    (const char *const[]){"service", "de", "santé", "des", "armées", NULL},
    NULL};
/* "et de l'Espace" after "armée de l'Air" */
static const char *const lc_body_more[] = {"et", "de", "*", "Espace", NULL};

/* The number of tokens from i that the words of list are (0: not). */
static size_t lc_match(const char *text, const vl_ner_tok *toks, size_t n, size_t i, const char *const *list) {
    size_t k = 0;
    for (; list[k]; k++) {
        if (i + k >= n) return 0;
        const char *w = list[k];
        const vl_ner_tok *t = &toks[i + k];
        if (w[0] == '*' ? !tok_is(text, t, "l'") && !tok_is(text, t, "l\u2019") : !tok_is(text, t, w)) return 0;
    }
    return k;
}

/* The filter (word_filter) of the phrases' first words, "*" standing
 * for "l'" and "l\u2019" as in lc_match. */
static void phrase_filter_of(word_filter *f, const char *const *const *phrases) {
    static const char *const elided_l[] = {"l'", "l\u2019", NULL};
    word_filter one;
    memset(f, 0, sizeof *f);
    for (; *phrases; phrases++) {
        const char *first[] = {(*phrases)[0], NULL};
        word_filter_of(&one, (*phrases)[0][0] == '*' ? elided_l : first);
        for (int k = 0; k < 4; k++) f->bits[k] |= one.bits[k];
    }
}

/* The number of tokens from i that the first phrase of phrases that
 * matches there is (0: none), each phrase a list as lc_match's; f, if not
 * NULL, the phrases' filter (phrase_filter_of).  The phrase rules ask it
 * of every token: the filter rejects nearly every token, and the first
 * byte of the phrases' first words nearly every phrase before lc_match. */
static inline size_t phrase_at(const char *text, const vl_ner_tok *toks, size_t n, size_t i,
                               const char *const *const *phrases, const word_filter *f) {
    if (i >= n) return 0;
    if (f) {
        size_t len = toks[i].end - toks[i].start;
        unsigned h = len ? word_hash(text + toks[i].start, len) : 0;
        if (!(f->bits[h >> 6] >> (h & 63) & 1)) return 0;
    }
    char c = text[toks[i].start];
    for (; *phrases; phrases++) {
        char w = (*phrases)[0][0];
        if (w == c || (w == '*' && c == 'l')) {
            size_t len = lc_match(text, toks, n, i, *phrases);
            if (len) return len;
        }
    }
    return 0;
}

/* Makes an ORG of each body of lc_bodies whose words the labels leave
 * out, not after "un" or "une" (a description); returns whether it
 * changed a label. */
static int lc_body_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const heads[] = {"armée", "service", NULL};
    int changed = 0;
    word_filter heads_f;
    word_filter_of(&heads_f, heads);
    for (size_t i = 0; i < n; i++) {
        if (lab[i] || !tok_in_f(text, &toks[i], heads, &heads_f)) continue;
        if (i > 0 && tok_in(text, &toks[i - 1], (const char *const[]){"un", "une", NULL})) continue;
        size_t len = 0;
        len = phrase_at(text, toks, n, i, lc_bodies, NULL);
        /* "l'[armée chinoise]" (the golds' convention; winer-fr marks 28
         * of 58 such; no line of frscore moved) */
        if (!len && i + 1 < n && tok_is(text, &toks[i], "armée") &&
            tok_nationality(text, &toks[i + 1]))
            len = 2;
        if (!len) continue;
        size_t more = lc_match(text, toks, n, i + len, lc_body_more);
        if (more && tok_is(text, &toks[i + len - 1], "Air")) len += more;
        int out = 1;
        for (size_t k = i; k < i + len; k++) out &= lab[k] == 0;
        if (!out) continue;
        set_name(lab, i, i + len, VL_NER_ORG);
        changed = 1;
        i += len - 1;
    }
    return changed;
}

/* The seats that name a government: winer-fr 2016-01 ... 2017-04 types
 * "Matignon" ORG 6 times of 6, "Maison Blanche" 19 of 19, "Pentagone" 6
 * of 6, "Kremlin" 2 of 2 (the tagger: LOC 9 times of 23 on OrangeSum);
 * "Bercy", "l'Élysée" and "Quai d'Orsay" (split A: 2 of 2, where the
 * golds write ORG) are LOC there, and stay. */
static const char *const *const seat_names[] = {
    (const char *const[]){"Kremlin", NULL},           (const char *const[]){"Matignon", NULL},
    (const char *const[]){"Maison", "Blanche", NULL}, (const char *const[]){"Maison-Blanche", NULL},
    (const char *const[]){"Pentagone", NULL},         NULL};

/* Retypes ORG a span that is one seat of seat_names; returns whether it
 * changed a label. */
static int seat_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0 || type == VL_NER_ORG || !vl_ner_label_is_b(lab[i])) continue;
        size_t j = name_end(text, toks, n, lab, i);
        size_t len = 0;
        len = phrase_at(text, toks, n, i, seat_names, NULL);
        if (len != j - i) continue;
        set_name(lab, i, j, VL_NER_ORG);
        changed = 1;
    }
    return changed;
}

/* "syndicat" and "collectif" before a union's or a group's name are the
 * sentence's description, not the name's: "le syndicat [Force
 * ouvrière]", "le collectif [Mémoires partagées]" (the golds; winer-fr:
 * "le syndicat [CGT]", "le collectif [Indecline]", against "syndicat
 * Alliance police nationale" and "collectif Sécurité pour tous" whole).
 * "association" stays inside, as the golds and winer-fr write it
 * ("[association Anticor]"). */
static int union_noun_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_ORG) || lab[i + 1] != vl_ner_label_i(VL_NER_ORG) ||
            !tok_in(text, &toks[i], (const char *const[]){"syndicat", "collectif", NULL}) ||
            tok_first_cat(text, &toks[i + 1]) != UTF8PROC_CATEGORY_LU)
            continue;
        lab[i] = 0;
        lab[i + 1] = vl_ner_label_b(VL_NER_ORG);
        changed = 1;
    }
    return changed;
}

/* A prosecutor's court: "procureur de la République de [Brest]", the
 * town alone a LOC (winer-fr 2016-01 ... 2017-04: 3 of 3, "procureur de
 * la République de [Chambéry]"; the golds the same), where the tagger
 * runs "République de Brest" together (ner-gold10: 2).  A span opening
 * on "République" after "procureur(e) de la" and going on over "de" or
 * "d'" keeps its words after the preposition, LOC. */
static int prosecutor_court_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const prosecutors[] = {"procureur", "procureure", "procureurs", "substitut", "substitute", NULL};
    int changed = 0;
    for (size_t i = 3; i + 2 < n; i++) {
        if (!vl_ner_label_is_b(lab[i]) || !tok_is(text, &toks[i], "République")) continue;
        if (!tok_is(text, &toks[i - 1], "la") || !tok_is(text, &toks[i - 2], "de") ||
            !tok_in(text, &toks[i - 3], prosecutors))
            continue;
        int type = vl_ner_label_type(lab[i]);
        if (lab[i + 1] != vl_ner_label_i(type) || lab[i + 2] != vl_ner_label_i(type) ||
            !tok_in(text, &toks[i + 1], (const char *const[]){"de", "d'", "d\u2019", NULL}) ||
            !tok_capitalised(text, &toks[i + 2]))
            continue;
        size_t e = i + 3;
        while (e < n && lab[e] == vl_ner_label_i(type)) e++;
        lab[i] = lab[i + 1] = 0;
        set_name(lab, i + 2, e, VL_NER_LOC);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* A sportsman's country in a result line, the three letters of the
 * Olympic code in parentheses after his name: "De Lie ([BEL])",
 * "C. Alcaraz ([ESP], n° 2)", "Arbitre : Renaud Lichtenstein ([FRA])"
 * (ner-gold14 and the leave-one-out golds: 6 codes typed ORG or left
 * out; the golds mark them LOC, as CoNLL does).  winer-fr 2016-01 ...
 * 2017-04 writes no such code after a person (its one "(FRA)" follows
 * an authority's name).  After a PER span only, then ")" or ",". */
static const char *const olympic_codes[] = {
    "FRA", "BEL", "ITA", "ESP", "GER", "GBR", "USA", "SUI", "NED", "NOR", "AUT", "CAN", "SLO", "POL", "AUS",
    "JPN", "CHN", "RUS", "KEN", "ETH", "COL", "DEN", "SWE", "CZE", "POR", "IRL", "BRA", "ARG", "CRO", "SRB",
    "SVK", "HUN", "ROU", "BUL", "GRE", "TUR", "UKR", "BLR", "KAZ", "FIN", "EST", "LAT", "LTU", "LUX", "MON",
    "AND", "ISR", "RSA", "NZL", "MEX", "CUB", "JAM", "ECU", "VEN", "CHI", "URU", "KOR", "PRK", "TPE", "IND",
    "IRI", "EGY", "MAR", "ALG", "TUN", "SEN", "CIV", "CMR", "NGR", "ERI", "UGA", NULL};
static int olympic_code_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 2; i + 1 < n; i++) {
        if (toks[i].end - toks[i].start != 3 || text[toks[i].start] < 'A' || text[toks[i].start] > 'Z') continue;
        if (!tok_is(text, &toks[i - 1], "(") || vl_ner_label_type(lab[i - 2]) != VL_NER_PER) continue;
        if (!tok_is(text, &toks[i + 1], ")") && !tok_is(text, &toks[i + 1], ",")) continue;
        if (!tok_in(text, &toks[i], olympic_codes) || lab[i] == vl_ner_label_b(VL_NER_LOC)) continue;
        if (vl_ner_label_type(lab[i]) >= 0 && (!vl_ner_label_is_b(lab[i]) || vl_ner_label_type(lab[i + 1]) >= 0)) continue;
        lab[i] = vl_ner_label_b(VL_NER_LOC);
        changed = 1;
    }
    return changed;
}

/* The French leagues named by a number: "[Ligue 1]", "[Ligue 2]", "[Top
 * 14]", "[Pro D2]" (the golds: 8, all MISC; their leave-one-out models
 * leave out 6).  winer-fr 2016-01 ... 2017-04 names none.  Left out, or
 * a span of the same words, they become MISC.  Returns whether it
 * changed a label. */
static const char *const *const leagues[] = {(const char *const[]){"Ligue", "1", NULL},
                                             (const char *const[]){"Ligue", "2", NULL},
                                             (const char *const[]){"Top", "14", NULL},
                                             (const char *const[]){"Pro", "D2", NULL}, NULL};
static int league_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    word_filter phrases;
    phrase_filter_of(&phrases, leagues);
    for (size_t i = 0; i + 1 < n; i++) {
        size_t len = 0;
        len = phrase_at(text, toks, n, i, leagues, &phrases);
        if (!len) continue;
        /* nothing the labels run through it or on from it */
        int type = vl_ner_label_type(lab[i]);
        if ((type >= 0 && !vl_ner_label_is_b(lab[i])) || (i + len < n && vl_ner_label_type(lab[i + len]) >= 0 &&
                                                          !vl_ner_label_is_b(lab[i + len])))
            continue;
        if (type == VL_NER_MISC && lab[i + 1] == vl_ner_label_i(VL_NER_MISC)) continue;
        set_name(lab, i, i + len, VL_NER_MISC);
        changed = 1;
        i += len - 1;
    }
    return changed;
}

/* An event's name typed ORG: "[Rencontres d'Arles]", "[Sommet de la
 * Francophonie]", "[Mostra de Venise]" (ner-gold10 and the golds with
 * their leave-one-out models: 4 such ORG, all MISC in the golds).
 * winer-fr 2016-01 ... 2017-04 types Event (our MISC) every name it
 * marks opening on these heads: "Tour" 92, "Jeux" 38, "Coupe" 8,
 * "Championnat" 4, "Festival" 2, "Rallye" 2, "Journée(s)" 5,
 * "Rencontres", "Salon" 1 each, and none ORG; "Congrès" (7 ORG),
 * "Forum" and "Conférence" (bodies too) are left out.  An ORG of two
 * words or more whose first word is one of them becomes a MISC; a LOC
 * ("Tour Eiffel") stays.  Returns whether it changed a label. */
static const char *const event_heads[] = {"Rencontres", "Sommet", "Mostra", "Salon", "Festival", "Biennale",
                                          "Foire", "Championnat", "Championnats", "Coupe", "Jeux", "Journée",
                                          "Journées", "Rallye", "Tour", NULL};
static int event_head_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    const int b_org = vl_ner_label_b(VL_NER_ORG), i_org = vl_ner_label_i(VL_NER_ORG);
    for (size_t i = 0; i + 1 < n; i++) {
        /* cheap first: the labels, then the word */
        if (lab[i] != b_org || lab[i + 1] != i_org || !tok_in(text, &toks[i], event_heads)) continue;
        size_t e = i + 1;
        while (e < n && lab[e] == i_org) e++;
        set_name(lab, i, e, VL_NER_MISC);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* An association's name after "association": "[association Rouen
 * Respire]", "l'[association Réseau Ferré Breton Solidaire]" (the golds
 * with their leave-one-out models: cut after its first word, or its
 * first word left out and the rest typed PER).  The golds write the head
 * inside (13 of 13), winer-fr 2016-01 ... 2017-04 too (4 of 4:
 * "association Médecins du monde", "association Anticor").  From a
 * lower-case "association" (not "une association", a description) the
 * ORG runs over the capitalised words, numbers and "&" after it ("Utopia
 * 56", "Transport & Environment"), or to the end of the span the labels
 * give there if longer.  Returns whether it changed a label. */
static int association_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (!tok_is(text, &toks[i], "association") || !tok_capitalised(text, &toks[i + 1]))
            continue;
        if (i > 0 && tok_in(text, &toks[i - 1], (const char *const[]){"un", "une", "Une", "Un", NULL})) continue;
        if (vl_ner_label_type(lab[i]) >= 0 && (lab[i] != vl_ner_label_b(VL_NER_ORG))) continue;
        size_t e = i + 1;
        while (e < n && (tok_capitalised(text, &toks[e]) || tok_is(text, &toks[e], "&") ||
                         (tok_number(text, &toks[e]) && e > i + 1)))
            e++;
        /* a span of the labels running on from inside it */
        for (size_t k = i + 1; k < e; k++) {
            int type = vl_ner_label_type(lab[k]);
            if (type < 0) continue;
            size_t f = k + 1;
            while (f < n && lab[f] == vl_ner_label_i(type)) f++;
            if (f > e) e = f;
        }
        if (lab[i] == vl_ner_label_b(VL_NER_ORG)) {
            size_t f = i + 1;
            while (f < n && lab[f] == vl_ner_label_i(VL_NER_ORG)) f++;
            if (f > e) e = f;
        }
        int same = lab[i] == vl_ner_label_b(VL_NER_ORG) && (e == n || lab[e] != vl_ner_label_i(VL_NER_ORG));
        for (size_t k = i + 1; k < e && same; k++) same = lab[k] == vl_ner_label_i(VL_NER_ORG);
        if (!same) {
            claim_name(lab, n, i, e, VL_NER_ORG);
            changed = 1;
        }
        i = e - 1;
    }
    return changed;
}

/* A one-word body and the client it works for, which the tagger runs
 * into one ORG: "une enquête [Ifop] pour le [Journal du dimanche]" (the
 * seventh gold).  winer-fr 2016-01 ... 2017-04 holds 2 ORG with "pour"
 * and a capital after it, both opened by a head noun of org_heads
 * ("Centre pour le Dialogue Humanitaire"), which this leaves whole: a
 * span of one capitalised word that is no head, "pour", maybe an
 * article, and capitalised words to its end is cut into two ORG, after
 * a poll's word within three tokens before it ("sondage", "enquête",
 * "institut": without it the held-out months lost a correct name).  Nor
 * after the heads of parties and bodies that org_heads lacks ("[Alliance
 * pour la République]", the third gold; "Rassemblement pour la
 * République"). */
static const char *const pour_heads[] = {"Alliance", "Rassemblement", "Front", "Parti", "Convergence", "Coalition",
                                         "Congrès", "Forum", "Initiative", "Ensemble", "Médecins", "Reporters",
                                         "Avocats", "Fonds", "Programme", "Plan", "Pacte", "Appel", NULL};
static const char *const poll_words[] = {"enquête", "sondage", "étude", "institut", "baromètre", NULL};
static int pour_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 3 < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_ORG) || lab[i + 1] != vl_ner_label_i(VL_NER_ORG) ||
            !tok_capitalised(text, &toks[i]) || tok_in(text, &toks[i], org_heads) || tok_in(text, &toks[i], pour_heads) ||
            !tok_is(text, &toks[i + 1], "pour"))
            continue;
        int poll = 0;
        for (size_t k = i >= 3 ? i - 3 : 0; k < i && !poll; k++) poll = tok_in(text, &toks[k], poll_words);
        if (!poll) continue;
        size_t r = i + 2;
        if (r < n && tok_in(text, &toks[r], tail_det) && lab[r] == vl_ner_label_i(VL_NER_ORG)) r++;
        if (r >= n || lab[r] != vl_ner_label_i(VL_NER_ORG) || !tok_capitalised(text, &toks[r])) continue;
        for (size_t k = i + 1; k < r; k++) lab[k] = 0;
        lab[r] = vl_ner_label_b(VL_NER_ORG);
        changed = 1;
        i = r;
    }
    return changed;
}

/* A work's title between guillemets, MISC, when the text says it is
 * one: a work's noun right before it ("le film « [Les Noces de sable]
 * »", "le manga", "le documentaire"), "auteur de", or after it its
 * author ("« [Parasite] » de Bong Joon-ho", ", de la réalisatrice"), a
 * work's noun in apposition ("», un film") or its publisher in
 * parentheses ("« [Les Saisons de l'estran] » (Gallimard)"; not an
 * acronym, "« État islamique » (EI)").  The seven golds mark every name
 * that fills a pair of guillemets MISC (23 of 23, all works but an
 * initiative's title), which the tagger leaves out or cuts to a place
 * inside.  winer-fr 2016-01 ... 2017-04 leaves most
 * quoted titles out but marks a place inside them ("auteur de « Vendredi
 * ou les Limbes du [Pacifique] »", "le livre « Bienvenue [Place
 * Beauvau] »", 2 of its 2 cued titles): a title holding a LOC is left to
 * the labels, but a place that fills the guillemets is the title
 * (fourteenth round). */
static const char *const work_nouns[] = {"film", "films", "roman", "romans", "livre", "album", "documentaire",
                                         "série", "manga", "pièce", "chanson", "essai", "ouvrage", "recueil",
                                         "spectacle", "feuilleton", "opéra", "disque", "long-métrage", "court-métrage",
                                         "téléfilm", "morceau", "single", NULL};
static const char *const author_nouns[] = {"réalisatrice", "réalisateur", "romancière", "romancier", "cinéaste",
                                           "chanteuse", "chanteur", "écrivaine", "écrivain", "autrice", "auteur",
                                           "dessinatrice", "dessinateur", "metteur", "metteuse", NULL};
static int work_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t q = 0; q + 2 < n; q++) {
        if (!tok_is(text, &toks[q], "«")) continue;
        size_t z = q + 1;
        while (z < n && z < q + 12 && !tok_in(text, &toks[z], (const char *const[]){"»", "«", NULL})) z++;
        if (z >= n || z == q + 1 || !tok_is(text, &toks[z], "»")) continue;
        size_t b = q + 1;
        if (!tok_capitalised(text, &toks[b]) && !tok_number(text, &toks[b])) continue;
        /* a name the labels run across the guillemets, or a place inside */
        int loc = label_inside(lab[b]) ||
                  (z + 1 < n && vl_ner_label_type(lab[z]) >= 0 && lab[z] == vl_ner_label_i(vl_ner_label_type(lab[z])));
        for (size_t k = b; k < z && !loc; k++) loc = vl_ner_label_type(lab[k]) == VL_NER_LOC;
        /* ... not one that fills the guillemets: "« [Titane] », un film"
         * typed LOC (ner-gold18) is the title itself (winer-fr's one cued
         * title holding a place, "« Bienvenue [Place Beauvau] »", holds
         * more) */
        int fills = lab[b] == vl_ner_label_b(VL_NER_LOC) && lab[z] != vl_ner_label_i(VL_NER_LOC);
        for (size_t k = b + 1; k < z && fills; k++) fills = lab[k] == vl_ner_label_i(VL_NER_LOC);
        if (loc && !fills) continue;
        int cue = q > 0 && tok_in(text, &toks[q - 1], work_nouns);
        if (!cue && q > 1 && tok_in(text, &toks[q - 1], (const char *const[]){"de", "d'", "d’", NULL}) &&
            tok_in(text, &toks[q - 2], author_nouns))
            cue = 1;
        size_t a = z + 1;
        if (!cue && a + 1 < n && tok_is(text, &toks[a], ",")) {
            a++;
            /* "», un film", "», un roman" */
            if (a + 1 < n && tok_in(text, &toks[a], (const char *const[]){"un", "une", NULL}) && tok_in(text, &toks[a + 1], work_nouns))
                cue = 1;
        }
        if (!cue && a + 1 < n && tok_in(text, &toks[a], (const char *const[]){"de", "du", NULL})) {
            /* its author: a person's name, or "de la réalisatrice" */
            if (lab[a + 1] == vl_ner_label_b(VL_NER_PER)) cue = 1;
            else if (a + 2 < n && tok_in(text, &toks[a + 1], tail_det) && tok_in(text, &toks[a + 2], author_nouns)) cue = 1;
            else if (tok_in(text, &toks[a + 1], author_nouns)) cue = 1;
        }
        /* its publisher: "» (Gallimard)", not an acronym "» (EI)" */
        if (!cue && z + 3 < n && tok_is(text, &toks[z + 1], "(") &&
            tok_capitalised(text, &toks[z + 2]) && !tok_caps(text, &toks[z + 2]) &&
            tok_is(text, &toks[z + 3], ")"))
            cue = 1;
        if (!cue) continue;
        set_name(lab, b, z, VL_NER_MISC);
        changed = 1;
        q = z;
    }
    return changed;
}

/* "chef de l'État", "chefs d'État" are a title, not the body: winer-fr
 * 2016-01 ... 2017-04 leaves "État" out there 13 times of 14, and the
 * golds always; the tagger marked it ORG 3 times in the golds left out
 * in turn ("le chef de l'[État français]") and 9 times in 2,992
 * OrangeSum paragraphs.  A span that opens on "État" there, with its
 * adjective, is left out. */
static int head_of_state_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const chefs[] = {"chef", "cheffe", "chefs", "cheffes", NULL};
    static const char *const elided[] = {"l'", "l’", "d'", "d’", NULL};
    int changed = 0;
    for (size_t i = 2; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0 || !vl_ner_label_is_b(lab[i]) || !tok_in(text, &toks[i], (const char *const[]){"État", "Etat", NULL}) ||
            !tok_in(text, &toks[i - 1], elided))
            continue;
        int title = tok_in(text, &toks[i - 1], (const char *const[]){"d'", "d’", NULL})
                        ? tok_in(text, &toks[i - 2], chefs)
                        : i >= 3 && tok_is(text, &toks[i - 2], "de") && tok_in(text, &toks[i - 3], chefs);
        if (!title) continue;
        size_t e = i + 1;
        while (e < n && lab[e] == vl_ner_label_i(type)) e++;
        for (size_t k = i; k < e; k++) lab[k] = 0;
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* After a lower-case noun of a place and "de", the name is a place:
 * "le canton de [Vaud]", "le quartier de [La Timone]", "la commune de
 * [Loures]" (the golds' LOC, which the tagger typed ORG or PER).
 * winer-fr 2016-01 ... 2017-04, the name after these nouns and de, du,
 * d', de la: ville 31 LOC, commune 18, région 14, province 10, quartier
 * 10 (and the whole 2), village 3, localité 2, never another type; not
 * "département" (2 ORG of 5) nor "arrondissement".  A span of the labels
 * that opens there, PER or ORG, becomes a LOC. */
static const char *const town_nouns[] = {"ville", "villes", "commune", "communes", "région", "province", "quartier",
                                         "quartiers", "village", "villages", "localité", "canton", "cantons",
                                         "bourg", "circonscription", "gouvernorat", "district", "comté",
                                         "municipalité", "tunnel", "zone", "périphérie", "banlieue", NULL};
/* Nouns of town_nouns after which winer-fr's name is a place (2016-01 ...
 * 2017-04: "circonscription de [Mugron]" 3 of 3, "gouvernorat" 4 of 4,
 * "comté" 3 of 3, "tunnel de [Ricard]" 3 of 3, "municipalité" 2,
 * "périphérie" 2, "zone de [Goz Beida]", "district" and "banlieue" 1
 * each); after "circonscription" a deputy's full name may follow too,
 * "la circonscription de François Ruffin": there only a one-word person
 * is retyped. */
static const char *const town_nouns_weak[] = {"circonscription", NULL};
static int town_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    word_filter de, nouns;
    word_filter_of(&de, tail_de);
    word_filter_of(&nouns, town_nouns);
    for (size_t i = 0; i + 2 < n; i++) {
        /* the label and the "de" after the noun, cheaper than the nouns'
         * list, reject nearly every token first */
        size_t r = i + 1;
        if (vl_ner_label_type(lab[i]) >= 0 || !tok_in_f(text, &toks[r], tail_de, &de) ||
            !tok_in_f(text, &toks[i], town_nouns, &nouns))
            continue;
        r++;
        if (r < n && tok_in(text, &toks[r], (const char *const[]){"la", "l'", "l’", NULL}) &&
            tok_is(text, &toks[r - 1], "de") && vl_ner_label_type(lab[r]) < 0)
            r++;
        if (r >= n || !vl_ner_label_is_b(lab[r])) continue;
        int type = vl_ner_label_type(lab[r]);
        if (type != VL_NER_PER && type != VL_NER_ORG) continue;
        size_t e = r + 1;
        while (e < n && lab[e] == vl_ner_label_i(type)) e++;
        if (type == VL_NER_PER && e > r + 1 && tok_in(text, &toks[i], town_nouns_weak)) continue;
        set_name(lab, r, e, VL_NER_LOC);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* Nations' and peoples' names for their people, capitalised as nouns:
 * "la [Britannique] Jodie Stimpson", "face aux [Gallois]", "le [Croate]
 * Andrej Vistica".  winer-fr leaves them out (2016-01 ... 2017-04: 3
 * marked, in one text, of the tuning splits' dozens), and so do our
 * golds (no demonym marked in any); the tagger types them ORG or LOC in
 * sports results.  "Suisse" is left out and "Argentine" kept: the
 * countries' names too.  Peoples too: "Hutu", "Tutsi", "Kurdes"
 * (winer-fr 17 of 17 left out; split B typed "Hutu" PER twice; our
 * golds write none).  In byte order (tok_demonym searches it). */
static const char *const demonyms[] = {
    "afghan", "algérien", "allemand", "américain", "anglais", "argentin", "australien", "autrichien", "belge",
    "britannique", "brésilien", "bulgare", "burundais", "camerounais", "canadien", "chilien", "chinois",
    "colombien", "congolais", "coréen", "croate", "cubain", "danois", "espagnol", "estonien", "européen",
    "finlandais", "français", "gallois", "grec", "grecque", "guyanais", "haïtien", "hongrois", "hutu", "indien",
    "indonésien", "irakien", "iranien", "irlandais", "islandais", "israélien", "italien", "ivoirien", "jamaïcain",
    "japonais", "kazakh", "kurde", "kényan", "letton", "libanais", "libyen", "lituanien", "malien", "marocain",
    "mexicain", "nigérian", "norvégien", "néerlandais", "néo-zélandais", "palestinien", "polonais", "portugais",
    "péruvien", "roumain", "russe", "rwandais", "saoudien", "serbe", "slovaque", "slovène", "sud-africain",
    "sud-coréen", "suissesse", "suédois", "syrien", "sénégalais", "tchèque", "tunisien", "turc", "turque", "tutsi",
    "ukrainien", "vénézuélien", "écossais", "égyptien", "éthiopien", NULL};

/* Whether token t is a demonym of demonyms capitalised ("Britanniques",
 * "Hongroise", "Canadiennes", "Écossais"): its first letter in capitals,
 * the rest the list's word, maybe with a feminine or plural ending; 2 for
 * a feminine one ("Italienne", "Suissesse"), 1 for the others. */
static int tok_demonym(const char *text, const vl_ner_tok *t) {
    static const char *const endings[] = {"", "e", "s", "es", "ne", "nes", NULL};
    const char *s = text + t->start;
    size_t n = t->end - t->start, skip;
    char w[48];
    if (n < 4 || n + 1 >= sizeof w) return 0;
    if (s[0] >= 'A' && s[0] <= 'Z') {
        w[0] = (char)(s[0] | 0x20);
        skip = 1;
    } else if ((unsigned char)s[0] == 0xC3 && (unsigned char)s[1] == 0x89) { /* É */
        w[0] = (char)0xC3, w[1] = (char)0xA9;
        skip = 2;
    } else {
        return 0;
    }
    memcpy(w + skip, s + skip, n - skip);
    w[n] = 0;
    for (const char *const *e = endings; *e; e++) {
        size_t k = strlen(*e);
        if (k >= n || memcmp(w + n - k, *e, k) != 0) continue;
        char c = w[n - k];
        w[n - k] = 0;
        /* the list is in byte order: a binary search */
        size_t lo = 0, hi = sizeof demonyms / sizeof *demonyms - 1;
        int hit = 0;
        while (lo < hi && !hit) {
            size_t mid = (lo + hi) / 2;
            int cmp = strcmp(demonyms[mid], w);
            if (cmp < 0) lo = mid + 1;
            else if (cmp > 0) hi = mid;
            else hit = 1;
        }
        w[n - k] = c;
        if (hit) return (k && (*e)[0] != 's') || strcmp(w, "suissesse") == 0 || strcmp(w, "grecque") == 0 ||
                        strcmp(w, "turque") == 0 ? 2 : 1;
    }
    return 0;
}

/* Articles before a demonym that names a person after it. */
static const char *const demonym_articles[] = {"le", "la", "les", "l'", "l\u2019", "un", "une", "au", "aux", "du", "des",
                                               "Le", "La", "Les", "L'", "L\u2019", NULL};

/* A one-word name that is a demonym is no name: "les [Gallois]" O.  Not
 * before "de" ("Canadiens de Montréal", the club, is its span's).  After
 * an article, the demonym before a capitalised word says a person follows
 * and stays out of it: "l'Italienne [Fiamingo]" (typed ORG with the
 * demonym), "le Kazakh [Farkhad Kharki]": winer-fr 2016-01 ... 2017-04
 * writes an article, a demonym and a capitalised word 170 times, the
 * word a person's 169, the demonym outside 167.  Only a span holding the
 * demonym is cut: one after it keeps its type ("l'Américain [Monsanto]",
 * OrangeSum). */
static int demonym_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[toks[i].start];
        if (!((c >= 'A' && c <= 'Z') || c == 0xC3)) continue;
        int type = vl_ner_label_type(lab[i]);
        /* the labels first: a name's first word, or a word before a name
         * after an article; most tokens stop here */
        if (type >= 0 && !vl_ner_label_is_b(lab[i])) continue;
        if (type < 0 && !(i > 0 && i + 1 < n && vl_ner_label_is_b(lab[i + 1]) &&
                          tok_in(text, &toks[i - 1], demonym_articles)))
            continue;
        if (!tok_demonym(text, &toks[i]) || tok_is(text, &toks[i], "Argentine")) continue;
        int inside = type >= 0 && i + 1 < n && lab[i + 1] == vl_ner_label_i(type);
        if (i > 0 && i + 1 < n && tok_in(text, &toks[i - 1], demonym_articles) && tok_capitalised(text, &toks[i + 1]) &&
            (toks[i + 1].flags & VL_NTOK_WORD) && !tok_demonym(text, &toks[i + 1])) {
            /* the name's span: the rest of the demonym's, which is a
             * person's when the demonym is a woman's or the tagger typed
             * it so ("le [Kazakh Farkhad Kharki]"); a masculine one may be
             * a firm's ("l'Américain Monsanto", "l'Allemand Bayer") */
            size_t b = i + 1, e = b + 1;
            if (inside) {
                while (e < n && lab[e] == vl_ner_label_i(type)) e++;
                lab[i] = 0;
                set_name(lab, b, e, type == VL_NER_PER || tok_demonym(text, &toks[i]) == 2 ? VL_NER_PER : type);
                changed = 1;
                i = e - 1;
                continue;
            }
            int t2 = vl_ner_label_type(lab[b]);
            if (type < 0 && (t2 == VL_NER_ORG || t2 == VL_NER_LOC) && vl_ner_label_is_b(lab[b]) &&
                tok_demonym(text, &toks[i]) == 2) {
                while (e < n && lab[e] == vl_ner_label_i(t2)) e++;
                set_name(lab, b, e, VL_NER_PER);
                changed = 1;
                i = e - 1;
                continue;
            }
        }
        if (type < 0 || inside) continue;
        if (i + 1 < n && tok_in(text, &toks[i + 1], tail_de)) continue;
        lab[i] = 0;
        changed = 1;
    }
    return changed;
}

/* Nature's heads stay out of their names in winer-fr: "lac du
 * [Bourget]", "péninsule du [Sinaï]", "forêt de [Corsuet]", "massif du
 * [Vercors]" (2016-01 ... 2017-04: after "lac", "péninsule", "forêt",
 * "massif" and a "de", the name alone 11 times of 11; "île", "vallée",
 * "mont" and "col" go either way and are left).  A span the tagger opened
 * on the head ("[lac du Bourget]", "[Lac de Payolle]") is cut to the
 * name.  Our golds write none. */
static const char *const nature_heads[] = {"lac", "Lac", "péninsule", "Péninsule", "forêt", "Forêt", "massif",
                                           "Massif", NULL};
static int nature_head_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if (type != VL_NER_LOC || !vl_ner_label_is_b(lab[i]) || !tok_in(text, &toks[i], nature_heads)) continue;
        if (!tok_in(text, &toks[i + 1], tail_de)) continue;
        size_t b = i + 2;
        if (lab[i + 1] != vl_ner_label_i(type) || lab[b] != vl_ner_label_i(type) || !tok_capitalised(text, &toks[b]))
            continue;
        lab[i] = lab[i + 1] = 0;
        lab[b] = vl_ner_label_b(type);
        changed = 1;
        i = b;
    }
    return changed;
}

/* The president's palace by its name alone, "l'[Élysée] a annoncé", is a
 * place in winer-fr (2016-01 ... 2017-04: LOC 18 times, ORG never) and in
 * our golds (LOC 2 of 2), where the tagger, reading a body that speaks,
 * types it ORG.  "Matignon" and "Quai d'Orsay" are left: the golds type
 * them ORG, winer-fr Matignon ORG too. */
/* A book's publisher in brackets after its quoted title, "« Les
 * Insolents » ([Calmann-Lévy])": our golds write the name there ORG 3
 * times of 3 ("Gallimard", "Grasset", "Éditions Pow Pow"), winer-fr
 * 2016-01 ... 2017-04 ORG 2 of 2 (a body's acronym after a quote); the
 * tagger typed "Calmann-Lévy" LOC (ner-gold16).  One name typed LOC or
 * PER filling the brackets right after "»" becomes an ORG. */
static int publisher_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 2; i + 1 < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if ((type != VL_NER_LOC && type != VL_NER_PER) || !vl_ner_label_is_b(lab[i])) continue;
        if (!tok_is(text, &toks[i - 1], "(") || !tok_is(text, &toks[i - 2], "\u00bb")) continue;
        size_t e = i + 1;
        while (e < n && lab[e] == vl_ner_label_i(type)) e++;
        if (e >= n || !tok_is(text, &toks[e], ")")) continue;
        set_name(lab, i, e, VL_NER_ORG);
        changed = 1;
        i = e;
    }
    return changed;
}

/* A region named by its country or continent and a lower-case
 * adjective of its part, "en [Suisse romande]", "l'[Afrique
 * subsaharienne]", "la [Méditerranée orientale]": winer-fr 2016-01 ...
 * 2017-04 writes them whole 2 times of 2 (none cut), our golds have none
 * cut either; the tagger left "romande" out (ner-gold16).  A one-word
 * LOC with such an adjective right after it takes it. */
static const char *const region_adjs[] = {"centrale",      "orientale",     "occidentale", "méridionale",
                                          "septentrionale", "subsaharienne", "romande",     "alémanique",
                                          "équatoriale",   "central",       "oriental",    "occidental",
                                          "méridional",    "septentrional", NULL};
static int region_adj_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_LOC) || lab[i + 1] != 0) continue;
        unsigned char c = (unsigned char)text[toks[i + 1].start];
        if ((c != 'c' && c != 'o' && c != 'm' && c != 's' && c != 'r' && c != 'a' && c != 0xC3) ||
            !tok_in(text, &toks[i + 1], region_adjs))
            continue;
        lab[i + 1] = vl_ner_label_i(VL_NER_LOC);
        changed = 1;
        i++;
    }
    return changed;
}

static int elysee_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_ORG) || (i + 1 < n && lab[i + 1] == vl_ner_label_i(VL_NER_ORG))) continue;
        if (!tok_is(text, &toks[i], "\xC3\x89lys\xC3\xA9" "e") && !tok_is(text, &toks[i], "Elys\xC3\xA9" "e")) continue;
        lab[i] = vl_ner_label_b(VL_NER_LOC);
        changed = 1;
    }
    return changed;
}

/* A prize named after a person: "Prix [Alison Des Forges]", "prix
 * [Jean-Perrin]": winer-fr types the person and leaves "prix" out (2016-01
 * ... 2017-04: 13 of 13 prizes but "Nobel"), where the tagger makes the
 * whole a MISC.  Only a name of two capitalised words or more, or a
 * hyphenated one: our golds make "prix Goncourt", "prix Femina" MISC
 * whole, and winer-fr leaves "prix Nobel" out. */
static int prize_person_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_MISC) || (text[toks[i].start] | 0x20) != 'p') continue;
        if (!tok_is(text, &toks[i], "Prix") && !tok_is(text, &toks[i], "prix")) continue;
        size_t e = i + 1;
        while (e < n && lab[e] == vl_ner_label_i(VL_NER_MISC)) e++;
        size_t b = i + 1;
        if (e - b > 3 || tok_is(text, &toks[b], "Nobel") || tok_is(text, &toks[b], "Liste")) continue;
        int ok = 1;
        for (size_t k = b; k < e && ok; k++) ok = tok_capitalised(text, &toks[k]) && (toks[k].flags & VL_NTOK_WORD);
        if (!ok) continue;
        const char *h = memchr(text + toks[b].start, '-', toks[b].end - toks[b].start);
        if (e - b == 1 && !(h && h + 1 < text + toks[b].end && h[1] >= 'A' && h[1] <= 'Z')) continue;
        lab[i] = 0;
        set_name(lab, b, e, VL_NER_PER);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* An athlete's full name after the athlete's noun: "la championne
 * britannique [Chrissie Wellington]" (split C typed it ORG) is a
 * person's.  winer-fr 2016-01 ... 2017-04 writes the capitalised words
 * after "champion", "cycliste", "nageuse"... (a lower-case adjective
 * between or not, no "de") PER 26 times of 27 (one "Anna van der
 * Breggen" longer).  Only a name of two capitalised words or more that
 * the labels typed ORG: one word after "champion" may be a club ("le
 * champion Leicester"), and "pilote" is left out ("le pilote Red Bull"). */
static const char *const athlete_nouns[] = {
    "champion", "championne", "joueur",   "joueuse",  "nageur",   "nageuse",   "cycliste",  "coureur",
    "coureuse", "athlète",    "escrimeur", "escrimeuse", "judoka", "tennisman", "tenniswoman", "boxeur",
    "boxeuse",  "sprinteur",  "sprinteuse", "gymnaste", "lutteur", "lutteuse", "rameur",     "rameuse",
    "triathlète", "skieur",   "skieuse",   "attaquant", "défenseur", "gardien", NULL};
static int athlete_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_ORG) || lab[i + 1] != vl_ner_label_i(VL_NER_ORG)) continue;
        size_t c = i - 1;
        unsigned char c0 = (unsigned char)text[toks[c].start];
        if (!((c0 >= 'a' && c0 <= 'z') || c0 >= 0x80)) continue;
        if (!tok_in(text, &toks[c], athlete_nouns)) {
            if (c == 0 || tok_first_cat(text, &toks[c]) != UTF8PROC_CATEGORY_LL || tok_in(text, &toks[c], tail_de) ||
                !tok_in(text, &toks[c - 1], athlete_nouns))
                continue;
        }
        size_t e = i + 1;
        while (e < n && lab[e] == vl_ner_label_i(VL_NER_ORG)) e++;
        int ok = 1;
        for (size_t k = i; k < e && ok; k++) ok = tok_capitalised(text, &toks[k]) && (toks[k].flags & VL_NTOK_WORD);
        if (!ok) continue;
        set_name(lab, i, e, VL_NER_PER);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* The European Union by its head alone, "quitter l'[Union]", "l'[Union]
 * choisit de repartir": winer-fr 2016-01 ... 2017-04 types "Union" after
 * "l'", with no capitalised word or adjective after it, ORG 8 times of 10
 * (2 left out), where the tagger leaves it out (split A: 3 such).  Only
 * before a stop, a comma or a clause's word: "l'Union calédonienne",
 * "l'Union cycliste internationale", "l'Union syndicale" (our golds) are
 * other bodies, their adjective inside; our golds have no "l'Union"
 * alone. */
static const char *const union_alone_next[] = {",",    ".",   ";",   ":",    "\u00bb", ")",   "!",   "?",  "et",
                                               "ou",   "a",   "ont", "est",  "sont",    "doit", "doivent", "qui", "que",
                                               "avec", "en",  "à",   "dans", "sur",     "se",  "ne",  "n'", "n\u2019",
                                               "choisit", "veut", NULL};
static int union_alone_at(const char *text, const vl_ner_tok *toks, size_t n, int *lab, size_t i) {
    if (i == 0 || lab[i] != 0 || !tok_is(text, &toks[i], "Union")) return 0;
    if (!tok_in(text, &toks[i - 1], (const char *const[]){"l'", "l\u2019", "L'", "L\u2019", NULL})) return 0;
    if (i + 1 < n && !tok_in(text, &toks[i + 1], union_alone_next)) return 0;
    lab[i] = vl_ner_label_b(VL_NER_ORG);
    return 1;
}

/* The newspaper by its noun alone after "du" or "au": "journaliste au
 * [Monde]", "les révélations du « [Monde] »" (winer-fr 2016-01 ...
 * 2017-04: "Monde" after "du" or "au" ORG 5 times of 6, the sixth
 * "champion du Monde"; the tagger left them out, split A and B one each).
 * Not after a title's or a contest's word ("Coupe du Monde", "Champion
 * du Monde", "Tour du Monde": OrangeSum writes them so), nor before a
 * complement or an adjective ("Institut du Monde arabe", "Monde de F1"). */
static const char *const monde_not_after[] = {
    "champion", "Champion", "championne", "Championne", "champions", "Champions", "championnat", "Championnat",
    "championnats", "Championnats", "coupe", "Coupe", "tour", "Tour", "record", "Record", "records", "fin", "Fin",
    "Miss", "Banque", "Tiers", "Nouveau", "Médecins", "titre", "Titre", "mondial", "Mondial", NULL};
static const char *const monde_not_before[] = {"arabe", "diplomatique", "entier", "de", "des", "du", "d'", "d\u2019",
                                               "libre", "Libre", NULL};
static int monde_at(const char *text, const vl_ner_tok *toks, size_t n, int *lab, size_t i) {
    if (i < 2 || !tok_is(text, &toks[i], "Monde")) return 0;
    int t = vl_ner_label_type(lab[i]);
    if (t == VL_NER_ORG || t == VL_NER_MISC || (t >= 0 && !vl_ner_label_is_b(lab[i]))) return 0;
    if (i + 1 < n && lab[i + 1] != 0 && !vl_ner_label_is_b(lab[i + 1])) return 0;
    size_t p = i - 1;
    if (tok_is(text, &toks[p], "\u00ab")) p--;
    if (!tok_in(text, &toks[p], (const char *const[]){"du", "au", NULL})) return 0;
    if (p > 0 && tok_in(text, &toks[p - 1], monde_not_after)) return 0;
    if (p > 0 && vl_ner_label_type(lab[p - 1]) >= 0) return 0; /* inside a longer name */
    if (i + 1 < n && tok_in(text, &toks[i + 1], monde_not_before)) return 0;
    lab[i] = vl_ner_label_b(VL_NER_ORG);
    return 1;
}

/* Social networks by their names, used as such: "publié sur [Facebook]",
 * "ses abonnés [Instagram]" are MISC in winer-fr (2016-01 ... 2017-04:
 * Facebook 40 of 40, Twitter 36 of 36, Snapchat 17 of 17, YouTube 7 of 7,
 * Instagram 6 of 8 Product) and in our golds (platforms used as such MISC,
 * Facebook, Snapchat, Telegram, LinkedIn, X: 11 of 11), where the tagger
 * types them ORG (split C: Snapchat and Instagram 15 times).  A company's
 * cue before it ("le groupe Facebook", "l'américain Twitter") leaves it an
 * ORG, the golds' company acting; "Google" stays (an ORG in our golds). */
static const char *const platform_names[] = {"Facebook", "Twitter", "Snapchat", "YouTube", "Youtube", "Instagram",
                                             "WhatsApp", "TikTok", NULL};
static int platform_at(const char *text, const vl_ner_tok *toks, int *lab, size_t i) {
    if (lab[i] != vl_ner_label_b(VL_NER_ORG)) return 0;
    if (!tok_in(text, &toks[i], platform_names) || org_cue_before(text, toks, i)) return 0;
    lab[i] = vl_ner_label_b(VL_NER_MISC);
    return 1;
}

/* Events by one word that the tagger takes for a body or a place:
 * "[Brexit]" typed ORG (winer-fr 2016-01 ... 2017-04 leaves it out 7
 * times of 7, our golds make it MISC), "[Shoah]" typed ORG in split C
 * twice (winer-fr Event 2 of 2).  A MISC either way, out of PER, LOC and
 * ORG. */
static const char *const event_words[] = {"Brexit", "Shoah", "Holocauste", "Frexit", "Grexit", NULL};
static int event_word_at(const char *text, const vl_ner_tok *toks, int *lab, size_t i) {
    int t = vl_ner_label_type(lab[i]);
    if (t == VL_NER_MISC || !tok_in(text, &toks[i], event_words)) return 0;
    lab[i] = vl_ner_label_b(VL_NER_MISC);
    return 1;
}

/* A colon parts two names: "[2F Conseil] : [Axa]", "Jeux olympiques de
 * Rio : triathlon" (winer-fr 2016-01 ... 2017-04 holds no PER, LOC or ORG
 * with a colon inside; split A ran one over it twice).  The name the
 * labels run over a colon ends before it, and what follows, if labelled,
 * opens another of the same type. */
static int colon_at(const vl_ner_tok *toks, size_t n, int *lab, size_t k) {
    int t = vl_ner_label_type(lab[k]);
    if (k + 1 >= n || toks[k].end - toks[k].start != 1 || t < 0 || vl_ner_label_is_b(lab[k])) return 0;
    lab[k] = 0;
    if (lab[k + 1] == vl_ner_label_i(t)) lab[k + 1] = vl_ner_label_b(t);
    return 1;
}

/* Corsica's department numbers in parentheses: "Sisco ([2B])" is a
 * town's department, no name, where split C typed "2B" ORG three times
 * (winer-fr 2016-01 ... 2017-04 leaves "2A" and "2B" out 3 times of 3;
 * our golds hold none).  A one-word name "2A" or "2B" right between
 * "(" and ")" leaves. */
static int dept_code_at(const char *text, const vl_ner_tok *toks, size_t n, int *lab, size_t i) {
    if (lab[i] == 0 || i == 0 || i + 1 >= n || lab[i + 1] != 0) return 0;
    if (!tok_in(text, &toks[i], (const char *const[]){"2A", "2B", NULL})) return 0;
    if (!tok_is(text, &toks[i - 1], "(") || !tok_is(text, &toks[i + 1], ")")) return 0;
    lab[i] = 0;
    return 1;
}

/* A currency's letters: "825 francs [CFA]" typed ORG (ner-gold18,
 * twice) names no body (our golds leave "francs CFA" out 2 times of 2;
 * winer-fr 2016-01 ... 2017-04 and its held-out months write none).  A
 * one-word name "CFA" right after "franc" or "francs" leaves. */
static int currency_code_at(const char *text, const vl_ner_tok *toks, size_t n, int *lab, size_t i) {
    if (i == 0 || lab[i] == 0 || !vl_ner_label_is_b(lab[i]) || !tok_is(text, &toks[i], "CFA")) return 0;
    if (i + 1 < n && lab[i + 1] == vl_ner_label_i(vl_ner_label_type(lab[i]))) return 0;
    if (!tok_in(text, &toks[i - 1], (const char *const[]){"franc", "francs", "Franc", "Francs", NULL})) return 0;
    lab[i] = 0;
    return 1;
}

/* A code of law is a work, not a body: "la révision du [Code civil]"
 * typed ORG (ner-gold18 writes it MISC; winer-fr 2016-01 ... 2017-04
 * names no code; OrangeSum's 4 "Code civil" are left out by the tagger).
 * A name the labels type ORG or LOC that opens on "Code" and goes on in
 * lower case ("civil", "pénal", "du travail") becomes a MISC. */
static int law_code_at(const char *text, const vl_ner_tok *toks, size_t n, int *lab, size_t i) {
    int type = vl_ner_label_type(lab[i]);
    if ((type != VL_NER_ORG && type != VL_NER_LOC) || !vl_ner_label_is_b(lab[i]) || i + 1 >= n ||
        lab[i + 1] != vl_ner_label_i(type) || !tok_is(text, &toks[i], "Code") || !tok_lower(text, &toks[i + 1]))
        return 0;
    set_name(lab, i, name_end(text, toks, n, lab, i), VL_NER_MISC);
    return 1;
}

/* A military or police operation's name is no body: "l'opération
 * [Barkhane]" typed ORG (ner-gold18 writes it MISC, as our golds'
 * operations), "l'opération [Foco]" typed ORG in the held-out months,
 * where winer-fr leaves such names out ("l'opération Sentinelle",
 * "l'opération Zarb-e-Azb", 2016-01 ... 2017-04, 2 of 2, "l'Opération
 * Sentinelle" too).  The name the labels open right after "opération"
 * (a "«" between or not), or one they open on "Opération" itself,
 * becomes a MISC; a person's full name stays ("l'opération [Jean
 * Dupont]" would be one's own), and so does a body's name opening on
 * "Opération" and "de" ("l'[Opération des Nations unies au Burundi]",
 * winer-fr ORG; split B lost it twice in the first version). */
static int operation_at(const char *text, const vl_ner_tok *toks, size_t n, int *lab, size_t i) {
    size_t h = i;
    if (tok_in(text, &toks[i], (const char *const[]){"opération", "opérations", NULL})) {
        h = i + 1;
        if (h < n && tok_is(text, &toks[h], "\u00ab")) h++;
    } else if (!tok_is(text, &toks[i], "Opération") || lab[i] == 0 || i + 1 >= n ||
               lab[i + 1] != vl_ner_label_i(vl_ner_label_type(lab[i])) || tok_in(text, &toks[i + 1], tail_de)) {
        return 0;
    }
    if (h >= n || lab[h] == 0 || !vl_ner_label_is_b(lab[h])) return 0;
    int type = vl_ner_label_type(lab[h]);
    if (type == VL_NER_MISC) return 0;
    size_t e = name_end(text, toks, n, lab, h);
    if (type == VL_NER_PER && e > h + 1 && h > i) return 0;
    set_name(lab, h, e, VL_NER_MISC);
    return 1;
}

/* The word rules above in one scan, by the token's first byte (the
 * words') or its label (a one-word name's): most tokens cost one switch. */
static int fr_word_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        switch (text[toks[i].start]) {
        case 'U': changed |= union_alone_at(text, toks, n, lab, i); break;
        case 'M': changed |= monde_at(text, toks, n, lab, i); break;
        case ':': changed |= colon_at(toks, n, lab, i); break;
        case '2': changed |= dept_code_at(text, toks, n, lab, i); break;
        case 'C': changed |= currency_code_at(text, toks, n, lab, i) || law_code_at(text, toks, n, lab, i); break;
        case 'o': case 'O': changed |= operation_at(text, toks, n, lab, i); break;
        case 'F': case 'T': case 'S': case 'Y': case 'I': case 'W': case 'B': case 'H': case 'G':
            if (lab[i] != 0 && vl_ner_label_is_b(lab[i]) &&
                !(i + 1 < n && lab[i + 1] == vl_ner_label_i(vl_ner_label_type(lab[i]))))
                changed |= platform_at(text, toks, lab, i) || event_word_at(text, toks, lab, i);
            break;
        default: break;
        }
    }
    return changed;
}

/* A distance between two names: "178 kilomètres entre Montpellier et
 * [Chalet Reynard]", "entre Limoges et [Le Lioran]" (a cycling stage,
 * the tagger typed them PER or ORG or left them out) are places.
 * winer-fr 2016-01 ... 2017-04: 25 "kilomètres entre X et Y", every
 * name LOC.  Each side is the labels' span that opens there, or a run
 * of capitalised words; a side in lower case or after an article ("la
 * France") is the tagger's. */
static const char *const distance_units[] = {"kilomètres", "kilomètre", "km", "mètres", "milles", NULL};
static size_t pair_side(const char *text, const vl_ner_tok *toks, size_t n, const int *lab, size_t i) {
    if (i >= n || !tok_capitalised(text, &toks[i])) return i;
    size_t e = i + 1;
    if (vl_ner_label_is_b(lab[i])) {
        while (e < n && lab[e] == vl_ner_label_i(vl_ner_label_type(lab[i]))) e++;
        return e;
    }
    if (lab[i] != 0) return i;
    while (e < n && lab[e] == 0 && tok_capitalised(text, &toks[e])) e++;
    return e;
}
static int distance_pair_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 1; i + 3 < n; i++) {
        if (text[toks[i].start] != 'e' || !tok_is(text, &toks[i], "entre") ||
            !tok_in(text, &toks[i - 1], distance_units))
            continue;
        size_t a = i + 1, ae = pair_side(text, toks, n, lab, a);
        if (ae == a || ae >= n || !tok_is(text, &toks[ae], "et")) continue;
        size_t b = ae + 1, be = pair_side(text, toks, n, lab, b);
        if (be == b) continue;
        for (size_t k = a; k < ae; k++)
            if (lab[k] != (k == a ? vl_ner_label_b(VL_NER_LOC) : vl_ner_label_i(VL_NER_LOC))) changed = 1;
        for (size_t k = b; k < be; k++)
            if (lab[k] != (k == b ? vl_ner_label_b(VL_NER_LOC) : vl_ner_label_i(VL_NER_LOC))) changed = 1;
        set_name(lab, a, ae, VL_NER_LOC);
        set_name(lab, b, be, VL_NER_LOC);
        i = be - 1;
    }
    return changed;
}

/* Whether token t is an airliner's code: A3xx or A220 with "neo" or a
 * variant ("A320neo", "A350-1000"), A400M; or Boeing's 7x7 (7x7: the
 * caller asks for "Boeing" or "MAX" beside it, "737 salariés" being a
 * number). */
static int airbus_code(const char *text, const vl_ner_tok *t) {
    const char *w = text + t->start;
    size_t n = t->end - t->start;
    if (n < 4 || w[0] != 'A' || !(w[1] >= '0' && w[1] <= '9') || !(w[2] >= '0' && w[2] <= '9') ||
        !(w[3] >= '0' && w[3] <= '9'))
        return 0;
    if (!(w[1] == '3' || (w[1] == '2' && w[2] == '2' && w[3] == '0') || (w[1] == '4' && w[2] == '0' && w[3] == '0')))
        return 0;
    const char *r = w + 4;
    size_t k = n - 4;
    if (k == 0 || (k == 3 && memcmp(r, "neo", 3) == 0) || (k == 1 && *r == 'M')) return 1;
    if (*r != '-' || k < 2) return 0;
    for (size_t j = 1; j < k; j++)
        if (!(r[j] >= '0' && r[j] <= '9')) return 0;
    return 1;
}
static int boeing_code(const char *text, const vl_ner_tok *t) {
    const char *w = text + t->start;
    size_t n = t->end - t->start;
    if (n < 3 || w[0] != '7' || !(w[1] >= '0' && w[1] <= '9') || w[2] != '7') return 0;
    for (size_t j = 3; j < n; j++)
        if (!(w[j] == '-' || (w[j] >= '0' && w[j] <= '9'))) return 0;
    return n == 3 || w[3] == '-';
}

/* Airliners by their codes are MISC, with the maker's name before them:
 * "150 [A350]", "une vingtaine d'[A220]", "38 [737 MAX]", "un [Airbus
 * A320]" (winer-fr 2016-01 ... 2017-04: Product 11 of 13, "Airbus A321",
 * "Boeing 737-500" whole; the golds the same), which the tagger leaves
 * out or cuts ("737 [MAX]").  A road's code has one or two digits
 * (road_labels). */
static int aircraft_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        /* the token's code first: nearly no token is one */
        int airbus = airbus_code(text, &toks[i]);
        if (!airbus && !boeing_code(text, &toks[i])) continue;
        int maker = i > 0 && tok_in(text, &toks[i - 1], (const char *const[]){"Airbus", "Boeing", NULL});
        int max = i + 1 < n && tok_in(text, &toks[i + 1], (const char *const[]){"MAX", "Max", NULL});
        if (!airbus && !maker && !max) continue;
        size_t b = maker ? i - 1 : i, e = max ? i + 2 : i + 1;
        /* a longer name the labels give around it is theirs */
        if (label_inside(lab[b]) ||
            (e < n && label_inside(lab[e])))
            continue;
        int same = lab[b] == vl_ner_label_b(VL_NER_MISC);
        for (size_t k = b + 1; k < e && same; k++) same = lab[k] == vl_ner_label_i(VL_NER_MISC);
        if (same) continue;
        set_name(lab, b, e, VL_NER_MISC);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* The makers alone, "Airbus", "Boeing", with no model after them, are the
 * companies: "[Airbus] a annoncé jeudi l'ouverture d'une enquête" (split
 * A: typed MISC 6 times in one text).  winer-fr 2016-01 ... 2017-04 types
 * them ORG 7 times, MISC (Product) 4: an aircraft after a number or an
 * indefinite article ("114 Airbus", "le copilote d'un Airbus"), which
 * stay, and "des long-courriers d'Airbus"; the golds ORG 12 of 12.  A
 * one-word MISC or left-out span of them becomes an ORG.  Returns
 * whether it changed a label. */
static int aircraft_maker_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const makers[] = {"Airbus", "Boeing", NULL};
    static const char *const aircraft[] = {"un", "une", "Un", "Une", "cet", "ce", "son", "leur", "quel", NULL};
    int changed = 0;
    word_filter makers_f;
    word_filter_of(&makers_f, makers);
    for (size_t i = 0; i < n; i++) {
        if (!tok_in_f(text, &toks[i], makers, &makers_f) || (lab[i] != 0 && lab[i] != vl_ner_label_b(VL_NER_MISC))) continue;
        if (i + 1 < n && (lab[i + 1] == vl_ner_label_i(VL_NER_MISC) || tok_capitalised(text, &toks[i + 1]) ||
                          tok_number(text, &toks[i + 1])))
            continue;
        if (i > 0 && (tok_number(text, &toks[i - 1]) || tok_in(text, &toks[i - 1], aircraft))) continue;
        lab[i] = vl_ner_label_b(VL_NER_ORG);
        changed = 1;
    }
    return changed;
}

/* A union's federation named by its confederation and its trade in one
 * hyphenated word, "la [CGT-Cheminots]", "l'[Unsa-Ferroviaire]",
 * "[Sud-Rail]": the tagger types them LOC (the second gold: 4 of 4).  A
 * lone span of that word, or the word left out, is an ORG; "Sud-" only
 * before a trade of the list ("Sud-Africain", "Sud-Ouest" are no unions).
 * winer-fr 2016-01 ... 2017-04 writes none of them. */
/* (union_word_labels looks in these two lists only for a token that
 * opens on an ASCII capital: their words must all open on one) */
static const char *const union_prefixes[] = {"CGT-", "CFDT-", "Unsa-", "UNSA-", "FO-", "CFTC-", "FSU-", NULL};
static const char *const sud_trades[] = {"Sud-Rail", "SUD-Rail", "Sud-PTT", "SUD-PTT", "Sud-Santé", "SUD-Santé",
                                         "Sud-Éducation", "SUD-Éducation", "Sud-Aérien", "SUD-Aérien", "Sud-Énergie",
                                         "SUD-Énergie", "Sud-Commerce", NULL};
static int union_word_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if (type == VL_NER_ORG || (type >= 0 && !vl_ner_label_is_b(lab[i])) ||
            (i + 1 < n && type >= 0 && lab[i + 1] == vl_ner_label_i(type)))
            continue;
        const vl_ner_tok *t = &toks[i];
        /* every word of sud_trades and union_prefixes opens on an ASCII
         * capital: other tokens skip both lists */
        if (!(text[t->start] >= 'A' && text[t->start] <= 'Z')) continue;
        int hit = tok_in(text, t, sud_trades);
        for (const char *const *p = union_prefixes; *p && !hit; p++) {
            size_t k = strlen(*p);
            hit = t->end - t->start > k && memcmp(text + t->start, *p, k) == 0 &&
                  utf8proc_category(vl_ner_utf8_decode(text, t->end, t->start + k, &(size_t){0})) == UTF8PROC_CATEGORY_LU;
        }
        if (!hit) continue;
        lab[i] = vl_ner_label_b(VL_NER_ORG);
        changed = 1;
    }
    return changed;
}

/* A capitalised article that opens a body's span is the sentence's, not
 * the name's, when a head noun follows it: "Le [Parti québécois] (PQ) a
 * remporté", "Le [Conseil de sécurité]" (winer-fr: "Le Parti socialiste
 * ne compterait", "Le Parlement rouvrira", "Le Centre Pompidou" all
 * without it); a title keeps its own ("Le Monde", "La France
 * insoumise"). */
static const char *const article_heads[] = {"Parti", "Front", "Parlement", "Gouvernement", NULL};
static int article_head_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (lab[i] != vl_ner_label_b(VL_NER_ORG) || lab[i + 1] != vl_ner_label_i(VL_NER_ORG) ||
            !tok_in(text, &toks[i], (const char *const[]){"Le", "La", "Les", "L'", "L\u2019", NULL}) ||
            !(tok_in(text, &toks[i + 1], org_heads) || tok_in(text, &toks[i + 1], article_heads)))
            continue;
        lab[i] = 0;
        lab[i + 1] = vl_ner_label_b(VL_NER_ORG);
        changed = 1;
    }
    return changed;
}

/* A French person's full name whose particle and last part the labels
 * left out: "[Jean Dionis] du Séjour" is "[Jean Dionis du Séjour]".
 * winer-fr 2016-01 ... 2017-04 writes 32 persons with "de", "du", "de la"
 * and a capitalised word inside ("Jacques Trémolet de Villers") and
 * leaves none such word out after a person (2 are places it marks: the
 * tagger's LOC there stays).  Only after a name of two words or more,
 * and a word the labels left out, not in capitals ("du PS"). */
static int particle_person_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0) {
            i++;
            continue;
        }
        size_t j = name_end(text, toks, n, lab, i);
        if (type != VL_NER_PER || j - i < 2) {
            i = j;
            continue;
        }
        int caps = 1;
        for (size_t k = i; k < j; k++) caps &= tok_first_cat(text, &toks[k]) == UTF8PROC_CATEGORY_LU;
        size_t p = j;
        if (caps && p < n && tok_is(text, &toks[p], "de") && p + 1 < n &&
            tok_is(text, &toks[p + 1], "la"))
            p += 2;
        else if (caps && p < n && tok_in(text, &toks[p], (const char *const[]){"du", "de", "d'", "d\u2019", NULL}))
            p += 1;
        if (p == j || p >= n || lab[p] || tok_first_cat(text, &toks[p]) != UTF8PROC_CATEGORY_LU ||
            !tok_capitalised(text, &toks[p]) || tok_caps(text, &toks[p]) || (p + 1 < n && lab[p + 1] && !vl_ner_label_is_b(lab[p + 1]))) {
            i = j;
            continue;
        }
        for (size_t k = j; k <= p; k++) lab[k] = vl_ner_label_i(VL_NER_PER);
        changed = 1;
        i = p + 1;
    }
    return changed;
}

/* Whether token t is a French road's code: "A8", "A69" (A and one or
 * two digits: Airbus's "A320" has three), "RN126", "N7". */
static int road_code(const char *text, const vl_ner_tok *t) {
    const char *w = text + t->start;
    size_t len = t->end - t->start, p = 0;
    if (len >= 2 && w[0] == 'R' && w[1] == 'N') p = 2;
    else if (len >= 1 && (w[0] == 'A' || w[0] == 'N')) p = 1;
    else return 0;
    size_t digits = len - p;
    if (digits < 1 || digits > (w[0] == 'A' ? 2u : 3u) || w[p] == '0') return 0;
    for (size_t k = p; k < len; k++)
        if (w[k] < '0' || w[k] > '9') return 0;
    return 1;
}

/* A road's code after "l'", "autoroute", or "la" and "route nationale"
 * for the nationals is a LOC alone: "sur l'[A69]", "l'autoroute [A8]",
 * "la [RN126]" (winer-fr 2016-01 ... 2017-04: the code alone LOC 3 times
 * after "autoroute", "autoroute A7" whole twice; the golds the code
 * alone).  "autoroute" is left out of the labels' span.  Returns whether
 * it changed a label. */
static int road_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 1; i < n; i++) {
        if (!road_code(text, &toks[i])) continue;
        int national = text[toks[i].start] != 'A';
        const vl_ner_tok *p = &toks[i - 1];
        int cue = spaced_elision(text, toks, i) ||
                  tok_in(text, p, (const char *const[]){"l'", "l\u2019", "L'", "L\u2019", "autoroute", "autoroutes", NULL}) ||
                  (national && tok_in(text, p, (const char *const[]){"la", "nationale", "route", NULL}));
        if (!cue) continue;
        /* "autoroute A8" the labels' span: the code alone */
        if (lab[i - 1] == vl_ner_label_b(VL_NER_LOC) && lab[i] == vl_ner_label_i(VL_NER_LOC) &&
            tok_is(text, p, "autoroute") && (i + 1 >= n || lab[i + 1] != vl_ner_label_i(VL_NER_LOC))) {
            lab[i - 1] = 0;
            lab[i] = vl_ner_label_b(VL_NER_LOC);
            changed = 1;
            continue;
        }
        if (lab[i] == vl_ner_label_b(VL_NER_LOC) || (lab[i] && !vl_ner_label_is_b(lab[i])) ||
            (i + 1 < n && lab[i + 1] && !vl_ner_label_is_b(lab[i + 1])))
            continue;
        lab[i] = vl_ner_label_b(VL_NER_LOC);
        changed = 1;
    }
    return changed;
}

/* Paris's halls and palaces, which the golds write LOC as the places
 * they are ("à l'[Olympia]", "au [Grand Palais]", "la [Salle Pleyel]",
 * "devant l'[Hôtel de Ville]") and the tagger makes ORG or leaves out.
 * winer-fr 2016-01 ... 2017-04 has none of them (it writes the venues
 * it has, "Stade de France", "Opéra de Nice", ORG: left alone). */
static const char *const *const venue_names[] = {
    (const char *const[]){"Hôtel", "de", "Ville", NULL},
    (const char *const[]){"Hôtel", "de", "ville", NULL},
    (const char *const[]){"Grand", "Palais", NULL},
    (const char *const[]){"Petit", "Palais", NULL},
    NULL};

/* Makes a LOC of each venue of venue_names, of "Olympia" after "l'", and
 * of "Salle" and the capitalised words after it inside a sentence ("la
 * Salle Gaveau"), unless a longer name of the labels holds it; returns
 * whether it changed a label. */
static int venue_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    word_filter phrases;
    phrase_filter_of(&phrases, venue_names);
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        len = phrase_at(text, toks, n, i, venue_names, &phrases);
        if (!len && i > 0 && tok_is(text, &toks[i], "Olympia") &&
            tok_in(text, &toks[i - 1], (const char *const[]){"l'", "l\u2019", "L'", "L\u2019", NULL}))
            len = 1;
        if (!len && i > 0 && i + 1 < n && tok_is(text, &toks[i], "Salle") &&
            tok_capitalised(text, &toks[i + 1]) && tok_first_cat(text, &toks[i + 1]) == UTF8PROC_CATEGORY_LU) {
            len = 2;
            while (i + len < n && tok_first_cat(text, &toks[i + len]) == UTF8PROC_CATEGORY_LU) len++;
        }
        if (!len) continue;
        /* inside a longer name ("[Musée du Grand Palais]") */
        int type = vl_ner_label_type(lab[i]);
        if ((type >= 0 && !vl_ner_label_is_b(lab[i])) ||
            (i + len < n && type >= 0 && lab[i + len] == vl_ner_label_i(type)))
            continue;
        int same = type == VL_NER_LOC;
        for (size_t k = i + 1; k < i + len; k++) same &= lab[k] == vl_ner_label_i(VL_NER_LOC);
        if (!same) {
            set_name(lab, i, i + len, VL_NER_LOC);
            if (i + len < n && vl_ner_label_type(lab[i + len]) >= 0 && !vl_ner_label_is_b(lab[i + len]))
                lab[i + len] = vl_ner_label_b(vl_ner_label_type(lab[i + len]));
            changed = 1;
        }
        i += len - 1;
    }
    return changed;
}

/* French acronyms of common nouns, which name no one: "l'IA" (the golds
 * type it ORG three times), "des LED", "la TVA", "la PMA" (OrangeSum's
 * raw news: ORG 25 times).  winer-fr 2016-01 ... 2017-04 leaves all 33
 * of its own unmarked. */
static const char *const common_acronyms[] = {"IA", "LED", "SUV", "ADN", "ARN", "PIB", "PME", "TVA", "VTC", "GPS",
                                              "PMA", "IVG", "VIH", "HLM", "RSA", "SMIC", "CDI", "CDD", "OGM", NULL};

/* Capitalised common nouns: the UN's peacekeepers and the justice
 * minister's title (winer-fr leaves out its 6 "Casques bleus", which the
 * tagger makes ORG 5 times on split A, and its 2 "garde des Sceaux"). */
static const char *const *const common_phrases[] = {
    (const char *const[]){"Casques", "bleus", NULL}, (const char *const[]){"Casques", "Bleus", NULL},
    (const char *const[]){"casques", "bleus", NULL}, (const char *const[]){"garde", "des", "Sceaux", NULL},
    (const char *const[]){"Garde", "des", "Sceaux", NULL}, NULL};

/* Leaves out a span that is one acronym of common_acronyms alone, or one
 * phrase of common_phrases; returns whether it changed a label. */
static int common_acronym_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0 || !vl_ner_label_is_b(lab[i])) continue;
        size_t j = name_end(text, toks, n, lab, i);
        size_t len = j == i + 1 && tok_in(text, &toks[i], common_acronyms);
        if (!len) len = phrase_at(text, toks, n, i, common_phrases, NULL);
        if (len != j - i) continue;
        for (size_t k = i; k < j; k++) lab[k] = 0;
        changed = 1;
    }
    return changed;
}

/* French parties and unions whose name the tagger, trained on 2016-17
 * news, misses or cuts: names with a lower-case word ("Force ouvrière",
 * "Québec solidaire": LOC Québec) and the parties founded since
 * ("Horizons", "Renaissance").  winer-fr 2016-01 ... 2017-04 writes
 * "des Républicains" an ORG 4 times of 5 (the fifth left out; a US
 * "les Républicains de la Chambre" is left out too), "Les Républicains"
 * (8 of 8), "La France insoumise" (2 of 2; its capitalised article is
 * the name's, as the golds write it) and "Debout la France" whole; it has
 * no later party.  Not
 * "Lutte ouvrière", which winer-fr leaves out (split A: 1 of 1). */
static const char *const *const party_names[] = {
    (const char *const[]){"Force", "ouvrière", NULL},
    (const char *const[]){"Québec", "solidaire", NULL},
    (const char *const[]){"La", "France", "insoumise", NULL},
    (const char *const[]){"Les", "Républicains", NULL},
    (const char *const[]){"France", "insoumise", NULL},
    (const char *const[]){"Rassemblement", "national", NULL},
    (const char *const[]){"Debout", "la", "France", NULL},
    (const char *const[]){"Jeunes", "Agriculteurs", NULL},
    (const char *const[]){"Les", "Écologistes", NULL},
    /* Belgian and German parties (ner-gold13 and the leave-one-out golds:
     * 11 missed or typed PER, LOC, MISC; "Mouvement réformateur" left
     * out: org_tail then runs it over "de [Georges-Louis Bouchez]") */
    (const char *const[]){"Open", "VLD", NULL},
    (const char *const[]){"Vlaams", "Belang", NULL},
    (const char *const[]){"Die", "Linke", NULL},
    /* winer-fr's own, cut or missed by the tagger on its tuning splits
     * ("[Mouvement 5] étoiles" twice, "Nouveau [Parti anticapitaliste]",
     * "[En marche] !"; winer-fr writes "En marche !" with its "!" 5 times
     * of 6) */
    (const char *const[]){"Mouvement", "5", "étoiles", NULL},
    (const char *const[]){"Mouvement", "Cinq", "étoiles", NULL},
    (const char *const[]){"Nouveau", "Parti", "anticapitaliste", NULL},
    (const char *const[]){"En", "marche", "!", NULL},
    NULL};
/* One-word parties, each after the words that make it one: a plural
 * after its article ("candidate des Républicains"), the new parties after
 * "de" or a party's noun ("président d'Horizons", "le groupe
 * Renaissance", "le MoDem et Horizons"). */
static const char *const party_plural[] = {"Républicains", "Verts", "Engagés", NULL};
static const char *const party_plural_cues[] = {"des", "les", "aux", "Des", "Les", "Aux", NULL};
static const char *const party_words[] = {"Horizons", "Renaissance", "Reconquête", "Vooruit", "Groen", "DéFI",
                                          "Ecolo", NULL};
static const char *const party_word_cues[] = {"de", "d'", "d\u2019", "du", "et", ",", "groupe", "parti", "partis",
                                              "mouvement", "flamand", "flamands", "francophone", "francophones",
                                              NULL};

/* Makes an ORG of each party of party_names, or of party_plural and
 * party_words after their cues; a party inside a
 * longer ORG stays there ("[La France insoumise]", "[syndicat Force
 * ouvrière]"), but for a coordination the labels ran together ("[Rassemblement
 * national et des Républicains]" is two names).  Returns whether it
 * changed a label. */
static int party_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    word_filter phrases;
    phrase_filter_of(&phrases, party_names);
    word_filter plural, words;
    word_filter_of(&plural, party_plural);
    word_filter_of(&words, party_words);
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        len = phrase_at(text, toks, n, i, party_names, &phrases);
        if (!len && i > 0 && ((tok_in_f(text, &toks[i], party_plural, &plural) && tok_in(text, &toks[i - 1], party_plural_cues)) ||
                     (tok_in_f(text, &toks[i], party_words, &words) && tok_in(text, &toks[i - 1], party_word_cues))))
            len = 1;
        if (!len) continue;
        int ti = vl_ner_label_type(lab[i]);
        if (ti == VL_NER_ORG && !vl_ner_label_is_b(lab[i])) {
            /* "[X et des] Républicains": the labels' ORG ends before "et" */
            if (i >= 2 && tok_is(text, &toks[i - 2], "et") &&
                lab[i - 2] == vl_ner_label_i(VL_NER_ORG) && lab[i - 1] == vl_ner_label_i(VL_NER_ORG) &&
                tok_in(text, &toks[i - 1], party_plural_cues))
                lab[i - 2] = lab[i - 1] = 0;
            else
                continue;
        }
        /* a longer ORG that goes on after it is another name, or the
         * coordination above, which its last party cuts */
        if (i + len < n && lab[i + len] == vl_ner_label_i(VL_NER_ORG) && ti == VL_NER_ORG) continue;
        int same = vl_ner_label_is_b(lab[i]) && ti == VL_NER_ORG && !(i + len < n && lab[i + len] == vl_ner_label_i(VL_NER_ORG));
        for (size_t k = i + 1; k < i + len; k++) same &= lab[k] == vl_ner_label_i(VL_NER_ORG);
        if (same) continue;
        set_name(lab, i, i + len, VL_NER_ORG);
        if (i + len < n && vl_ner_label_type(lab[i + len]) >= 0 && !vl_ner_label_is_b(lab[i + len]))
            lab[i + len] = vl_ner_label_b(vl_ner_label_type(lab[i + len]));
        changed = 1;
        i += len - 1;
    }
    return changed;
}

/* The portfolios of ministers and commissioners, as the title names
 * them: "ministre de l'[Intérieur]", "ministre déléguée au [Numérique]",
 * "commissaire au [Commerce]" (winer-fr marks them ORG, the title
 * outside; "[ministère de l'Intérieur]" is whole, the labels' business).  A place or a person after "ministre de" is not one: "ministre
 * du Canada", "ministre de François Hollande". */
static const char *const portfolios[] = {
    "Intérieur", "Défense", "Justice", "Affaires", "Économie", "Finances", "Culture", "Santé", "Travail",
    "Éducation", "Enseignement", "Recherche", "Agriculture", "Industrie", "Transports", "Outre-mer", "Outre-Mer",
    "Environnement", "Écologie", "Transition", "Logement", "Sports", "Sport", "Armées", "Budget", "Comptes",
    "Commerce", "Énergie", "Numérique", "Solidarités", "Solidarité", "Famille", "Familles", "Jeunesse", "Mer",
    "Équipement", "Fonction", "Immigration", "Cohésion", "Aménagement", "Tourisme", "Communication", "Égalité",
    "Handicap", "Emploi", "Consommation", "Intégration", "Coopération", "Développement", "Francophonie",
    "Patrimoine", "Alimentation", "Pêche", "Retraites", "Mémoire", "Citoyenneté", "Ruralité", "Biodiversité",
    "Climat", "Artisanat", "Entreprises", "Innovation", "Formation", "Ville", "Territoires", "Collectivités",
    "Décentralisation", "Action", "Ressources", "Forêts", "Mines", "Pétrole", "Infrastructures", "Hydrocarbures",
    "Communications", "Télécommunications", "Postes", "Technologies", "Médias", "Eaux", "Pêches", NULL};
static const char *const minister_cues[] = {"ministre", "ministres", "commissaire", "délégué", "déléguée",
                                            "chargé", "chargée", NULL};
/* Lower-case words that go on a portfolio's name besides tail_adj's
 * ("Enseignement supérieur", "Affaires étrangères", "Comptes publics"). */
static const char *const portfolio_words[] = {"supérieur", "étrangères", "étranger", "publics", "public", "durable",
                                              "combattants", "nationale", "écologique", "solidaire", "extérieur",
                                              "intérieur", "extérieure", "intérieure", "terrestres", "terrestre",
                                              "maritimes", "maritime", NULL};

static int portfolio_tail(const char *text, const vl_ner_tok *t) {
    return tail_adj(text, t) || tok_in(text, t, portfolio_words);
}

/* The end of a portfolio's lower-case words from q: "supérieur",
 * "terrestres et aériens". */
static size_t portfolio_tail_end(const char *text, const vl_ner_tok *toks, size_t n, size_t q) {
    for (;;) {
        while (q < n && portfolio_tail(text, &toks[q])) q++;
        if (q + 1 < n && tok_is(text, &toks[q], "et") && portfolio_tail(text, &toks[q - 1]) &&
            portfolio_tail(text, &toks[q + 1]))
            q += 2;
        else
            return q;
    }
}

/* The end of the portfolio name opening at token i, or i. */
static size_t portfolio_end(const char *text, const vl_ner_tok *toks, size_t n, size_t i, int join) {
    if (!tok_in(text, &toks[i], portfolios)) return i;
    size_t q = portfolio_tail_end(text, toks, n, i + 1);
    /* "de l'Économie et des Finances"; "des Mines, du Pétrole et de
     * l'Énergie" (winer-fr: "ministre des [Postes, des Technologies de
     * l'information, de la Communication et des Médias]" whole); a comma
     * goes on only to another portfolio, "et" ends the run */
    while (join && q + 2 < n && (tok_is(text, &toks[q], "et") || tok_is(text, &toks[q], ","))) {
        size_t r = q + 1;
        if (tok_in(text, &toks[r], tail_de) || tok_is(text, &toks[r], "de")) r++;
        if (r < n && tok_in(text, &toks[r], tail_det)) r++;
        if (r >= n || r == q + 1 || !tok_in(text, &toks[r], portfolios)) break;
        const int last = tok_is(text, &toks[q], "et");
        q = portfolio_tail_end(text, toks, n, r + 1);
        if (last) break;
    }
    return q;
}

static size_t committee_end(const char *text, const vl_ner_tok *toks, const int *lab, size_t n, size_t i) {
    size_t r = i + 1;
    if (r >= n || !tok_in(text, &toks[r], tail_de)) return i;
    r++;
    if (r < n && tok_in(text, &toks[r], tail_det) && !tok_in(text, &toks[r - 1], (const char *const[]){"des", "du", NULL}))
        r++;
    if (r >= n || label_inside(lab[r])) return i;
    size_t t = portfolio_end(text, toks, n, r, 1);
    if (t == r) return i;
    /* a span the labels gave the portfolio may run longer */
    if (vl_ner_label_type(lab[r]) >= 0)
        while (t < n && lab[t] == vl_ner_label_i(vl_ner_label_type(lab[r]))) t++;
    /* "du Sénat", "de l'Assemblée nationale": the house, an ORG */
    size_t u = de_name_end(text, toks, lab, n, t, 1u << VL_NER_ORG);
    return u > t ? u : t;
}

/* Marks ORG each portfolio named after a minister's or commissioner's
 * title and a preposition ("ministre de la Culture", "commissaire au
 * Commerce"); returns whether it changed any label. */
static int portfolio_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const preps[] = {"de", "du", "des", "d'", "d\u2019", "à", "au", "aux", NULL};
    int changed = 0, cue = 0;
    /* most sentences name no minister: one pass over them says so */
    word_filter cues;
    word_filter_of(&cues, minister_cues);
    for (size_t i = 0; i + 2 < n && !cue; i++) cue = tok_in_f(text, &toks[i], minister_cues, &cues);
    if (!cue) return 0;
    for (size_t i = 2; i < n; i++) {
        size_t p = i - 1;
        if (tok_in(text, &toks[p], tail_det) && p > 0) p--;
        if (!tok_in(text, &toks[p], preps) || p == 0) continue;
        /* "ministre ivoirien des Mines", "ministre iranien des Transports"
         * (winer-fr: the portfolio ORG 4 times of 5 after a nationality) */
        if (!tok_in(text, &toks[p - 1], minister_cues) &&
            !(p >= 2 && tok_lower(text, &toks[p - 1]) && tok_in(text, &toks[p - 2], (const char *const[]){"ministre", "ministres", NULL})))
            continue;
        /* inside a name the labels began before ("ministère de
         * l'Intérieur" whole): theirs */
        if (label_inside(lab[i])) continue;
        /* "les ministres de la Transition écologique et solidaire et de
         * l'Agriculture": two ministers, two portfolios */
        const int plural = tok_is(text, &toks[p - 1], "ministres") || (p >= 2 && tok_is(text, &toks[p - 2], "ministres"));
        size_t t = portfolio_end(text, toks, n, i, !plural);
        if (t == i) continue;
        /* an ORG the labels open here is only lengthened, never cut
         * ("Santé du Cameroun" stays theirs) */
        if (vl_ner_label_type(lab[i]) == VL_NER_ORG) {
            size_t j = i + 1;
            while (j < n && lab[j] == vl_ner_label_i(VL_NER_ORG)) j++;
            if (j >= t) continue;
        }
        claim_name(lab, n, i, t, VL_NER_ORG);
        changed = 1;
        i = t - 1;
    }
    return changed;
}

/* A ministry with its head: "[ministère de l'Économie]", "[ministère de
 * la Transition écologique]", where the tagger marks the portfolio alone
 * ("ministère de l'[Économie]", the golds with their leave-one-out
 * models 3) or nothing ("ministère de la Santé", split A).  winer-fr
 * 2016-01 ... 2017-04 writes the head inside 20 times of the 25
 * "ministère de/du/des" before a capitalised portfolio (the portfolio
 * alone 4 times, nothing once), and the golds every time.  The head in lower case or capitalised, the portfolio's name as
 * portfolio_end reads it, left out or an ORG the labels open there (then
 * as long as theirs at least); a person after it is no portfolio
 * ("ministère de Paul Durand"), and a place after the portfolio stays
 * the labels' ("ministère de la Défense de [Russie]"). */
static int ministry_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        /* cheap first: "ministère", "Ministère" */
        if ((text[toks[i].start] | 0x20) != 'm' || toks[i].end - toks[i].start != 10) continue;
        if (!tok_is(text, &toks[i], "ministère") && !tok_is(text, &toks[i], "Ministère")) continue;
        if (lab[i] != 0 || !tok_in(text, &toks[i + 1], tail_de)) continue;
        size_t q = i + 2;
        if (q < n && tok_in(text, &toks[q], tail_det) && !tok_is(text, &toks[i + 1], "des") &&
            !tok_is(text, &toks[i + 1], "du"))
            q++;
        if (q >= n || (lab[q] != 0 && lab[q] != vl_ner_label_b(VL_NER_ORG))) continue;
        size_t t = portfolio_end(text, toks, n, q, 1);
        if (t == q) continue;
        if (lab[q] != 0)
            while (t < n && lab[t] == vl_ner_label_i(VL_NER_ORG)) t++;
        claim_name(lab, n, i, t, VL_NER_ORG);
        changed = 1;
        i = t - 1;
    }
    return changed;
}

/* A body's full name before its acronym in parentheses: "[Direction de
 * l'animation de la recherche, des études et des statistiques] (Dares)",
 * "[Association pour le droit de mourir dans la dignité] (ADMD)", "[peloton
 * de gendarmerie de haute montagne] (PGHM)".  The acronym's letters,
 * read back from the parenthesis, are the initials of the words before it
 * but for these joining words (and commas), so they show where the name
 * begins: the tagger, which stops at the first lower-case words, cuts
 * such names ("Direction de l'animation de la recherche", the golds: 5
 * lines of 5).  winer-fr 2016-01 ... 2017-04 marks the whole stretch so
 * 47 times of 56 and never cuts one; the 9 it leaves out are common nouns
 * ("produit intérieur brut (PIB)", "contrats à durée déterminée (CDD)"),
 * hence a name the labels saw inside, or a body's head first, in
 * capitals or lower case ("parquet national financier (PNF)", "régie
 * autonome des transports parisiens (RATP)", 6 there, all ORG); not a
 * programme's the tagger left out ("Système de combat aérien du futur
 * (SCAF)", the seventh gold's MISC). */
static const char *const acro_joins[] = {"de",   "du",  "des", "d'",  "d\u2019", "la",   "le",  "les", "l'",
                                         "l\u2019", "et", "pour", "sur", "en",     "à",    "au",  "aux", "dans",
                                         "contre", "par", "of", "the", "and", "for", ",", NULL};
static const char *const acro_lc_heads[] = {
    "parquet", "peloton", "brigade", "régie", "conseil", "union", "service", "direction", "cour", "office", "comité",
    "agence", "institut", "commission", "centre", "fédération", "confédération", "syndicat", "association",
    "observatoire", "autorité", "haute", "haut", "groupement", "délégation", "inspection", "caisse", "banque",
    "école", "mouvement", "ligue", "organisation", "établissement", "bureau", "office", "tribunal", NULL};

static const char *const acro_titles[] = {
    "directeur", "directrice", "Directeur", "Directrice", "président", "présidente", "Président", "Présidente",
    "ministre", "Ministre", "secrétaire", "Secrétaire", "procureur", "procureure", "Procureur", "délégué",
    "déléguée", "commissaire", "préfet", "préfète", "Préfet", "chef", "Chef", "porte-parole", NULL};

/* The first letter of word t in lower-case ASCII, accents dropped (É,
 * é: e); 0 when it has none. */
static char tok_initial(const char *text, const vl_ner_tok *t) {
    if (!(t->flags & VL_NTOK_WORD)) return 0;
    size_t adv;
    utf8proc_int32_t c = utf8proc_tolower(vl_ner_utf8_decode(text, t->end, t->start, &adv));
    if (c < 0x80) return c >= 'a' && c <= 'z' ? (char)c : 0;
    static const char *const folds[] = {"àâäáã", "a", "éèêë", "e", "îïí", "i", "ôöó", "o", "ùûüú", "u", "ç", "c", NULL};
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t len = utf8proc_encode_char(c, buf);
    for (size_t k = 0; folds[k]; k += 2)
        for (const char *f = folds[k]; *f; f += 2)
            if (len == 2 && (unsigned char)f[0] == buf[0] && (unsigned char)f[1] == buf[1]) return folds[k + 1][0];
    return 0;
}

static int acro_full_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t p = 2; p + 2 < n; p++) {
        if (!tok_is(text, &toks[p], "(") ||
            !tok_is(text, &toks[p + 2], ")") || !tok_capitalised(text, &toks[p + 1]))
            continue;
        /* the acronym: 2 to 8 ASCII letters (or É) */
        const vl_ner_tok *a = &toks[p + 1];
        char letters[8];
        size_t nl = 0;
        int ok = 1;
        for (size_t k = a->start; k < a->end && ok;) {
            vl_ner_tok one = {.start = k, .end = k, .flags = VL_NTOK_WORD};
            size_t adv;
            vl_ner_utf8_decode(text, a->end, k, &adv);
            one.end = k + (adv ? adv : 1);
            char c = tok_initial(text, &one);
            ok = c && nl < sizeof letters;
            if (ok) letters[nl++] = c;
            k = one.end;
        }
        if (!ok || nl < 3) continue; /* "(PP)": "préfecture de [police de Paris]" */
        /* read back: each word but the joining ones gives the next
         * letter from the end */
        size_t q = p, words = 0;
        while (nl && q > 0) {
            const vl_ner_tok *t = &toks[--q];
            if (tok_in(text, t, acro_joins)) {
                if (q + 1 == p) break; /* "de (X)": no name ends so */
                continue;
            }
            if (!(t->flags & VL_NTOK_WORD) || tok_initial(text, t) != letters[nl - 1]) break;
            nl--, words++;
        }
        if (nl || words < 2) continue;
        size_t b = q;
        /* a person's title ("directeur général de la Santé (DGS)", the
         * body's head a word the acronym shares), or a noun before the
         * stretch that the acronym leaves out: no name of its own */
        if (tok_in(text, &toks[b], acro_titles) ||
            (b > 0 && tail_word(text, &toks[b - 1]) && !tok_in(text, &toks[b - 1], acro_joins)))
            continue;
        /* the labels' name begins earlier, or is a person's: theirs */
        int type = vl_ner_label_type(lab[b]);
        if ((type >= 0 && !vl_ner_label_is_b(lab[b])) || type == VL_NER_PER) continue;
        /* a name the labels saw there, or a body's head */
        int named = 0;
        for (size_t k = b; k < p; k++) named |= tok_capitalised(text, &toks[k]) && lab[k] != 0;
        if (!named && !tok_in(text, &toks[b], acro_lc_heads) && !tok_in(text, &toks[b], org_heads)) continue;
        if (type != VL_NER_LOC && type != VL_NER_MISC) type = VL_NER_ORG;
        /* the acronym itself is the body's: "la Nouvelle Union populaire
         * écologique et sociale ([Nupes])" (ner-gold17 typed it LOC);
         * winer-fr 2016-01 ... 2017-04 types the word in parentheses
         * right after an ORG ORG 117 times of 118 (the other a country,
         * "(Algérie)", no acronym) */
        if (type == VL_NER_ORG && lab[p + 1] != vl_ner_label_b(VL_NER_ORG)) {
            set_name(lab, p + 1, p + 2, VL_NER_ORG);
            changed = 1;
        }
        int same = lab[b] == vl_ner_label_b(type);
        for (size_t k = b + 1; same && k < p; k++) same = lab[k] == vl_ner_label_i(type);
        if (same) continue;
        set_name(lab, b, p, type);
        changed = 1;
    }
    return changed;
}

/* Extends each ORG of lab[0..n) that opens with a head of org_heads over
 * its lower-case tail (org_tail); returns whether it changed any label. */
static int org_tail_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        size_t j = i + 1;
        if (type < 0) {
            /* a head left outside, capitalised after an article inside
             * the sentence, with a tail: in French only a name writes a
             * common noun so ("l'Office français de la biodiversité") */
            size_t t;
            if (i > 0 && tok_may_be_capital(text, &toks[i]) &&
                (tok_in(text, &toks[i - 1], head_articles) || spaced_elision(text, toks, i)) &&
                tok_in(text, &toks[i], org_heads) &&
                (t = org_tail(text, toks, lab, n, i, i + 1)) > i + 1) {
                claim_name(lab, n, i, t, VL_NER_ORG);
                changed = 1;
                i = t;
                continue;
            }
            i++;
            continue;
        }
        while (j < n && lab[j] == vl_ner_label_i(type)) j++;
        size_t b = i;
        while (b < j && (toks[b].flags & VL_NTOK_ELISION)) b++;
        if (type != VL_NER_ORG || b == j || !tok_in(text, &toks[b], org_heads)) {
            i = j;
            continue;
        }
        size_t e = j;
        while (e > b + 1 && tok_in(text, &toks[e - 1], span_closers)) e--;
        size_t t = org_tail(text, toks, lab, n, b, e);
        if (t > j) {
            for (size_t k = j; k < t; k++) lab[k] = vl_ner_label_i(VL_NER_ORG);
            begin_at(lab, n, t);
            changed = 1;
            j = t;
        }
        i = j;
    }
    return changed;
}

/* English compounds of a name and a participle, "Ohio-based",
 * "Labour-led", "state-run" aside (lower case): CoNLL-2003 makes the
 * whole token a MISC (train.conllu: "-based" 20 B-MISC, 2 O; "-led" 12
 * of 12; "-controlled" 5 of 5; "-born" 2 and 1 O, left out), where the
 * tagger mostly leaves it out or takes the name's type.  A token of one
 * of these endings after a capitalised first part, alone in its span or
 * outside any, becomes a MISC, with an abbreviation before it ("St.
 * Louis-based"); not first in its sentence.  Returns whether it changed
 * a label. */
static int based_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const endings[] = {"-based", "-led", "-controlled", "-run", "-made", NULL};
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        const vl_ner_tok *t = &toks[i];
        size_t len = t->end - t->start;
        if (len < 6 || !tok_may_be_capital(text, t) || !memchr(text + t->start, '-', len)) continue;
        int ends = 0;
        for (const char *const *e = endings; *e && !ends; e++) {
            size_t el = strlen(*e);
            ends = len > el + 1 && memcmp(text + t->end - el, *e, el) == 0;
        }
        if (!ends || !tok_capitalised(text, t)) continue;
        /* a sentence's first word is capitalised whatever it is
         * ("State-run", "Broadly-based"): a MISC only after a word or a
         * comma */
        int first =
            i == 0 || !((toks[i - 1].flags & VL_NTOK_WORD) || tok_is(text, &toks[i - 1], ","));
        int type = vl_ner_label_type(lab[i]);
        /* inside a longer name ("St. Louis-based"), the labels decide */
        if (type >= 0 && !vl_ner_label_is_b(lab[i])) continue;
        /* opening one, it is not the name's ("Minneapolis-based [First
         * Bank System Inc.]", "Family-controlled [Douglas & Lomason]") */
        if (type >= 0 && i + 1 < n && lab[i + 1] == vl_ner_label_i(type)) {
            lab[i + 1] = vl_ner_label_b(type);
            lab[i] = first ? 0 : vl_ner_label_b(VL_NER_MISC);
            changed = 1;
            continue;
        }
        if (first) continue;
        if (lab[i] == vl_ner_label_b(VL_NER_MISC)) continue;
        if (i > 0 && lab[i - 1] == 0 && (toks[i - 1].flags & VL_NTOK_ABBR) && tok_capitalised(text, &toks[i - 1])) {
            lab[i - 1] = vl_ner_label_b(VL_NER_MISC);
            lab[i] = vl_ner_label_i(VL_NER_MISC);
        } else {
            lab[i] = vl_ner_label_b(VL_NER_MISC);
        }
        if (i + 1 < n && vl_ner_label_type(lab[i + 1]) >= 0 && !vl_ner_label_is_b(lab[i + 1]))
            lab[i + 1] = vl_ner_label_b(vl_ner_label_type(lab[i + 1]));
        changed = 1;
    }
    return changed;
}

/* English months are in no name: train.conllu tags all 562 of them O
 * (May, a name too, aside).  One that the labels put at the head of a
 * name ("the August [National Association of Purchasing Management]")
 * or alone is taken out; returns whether it changed a label. */
static int month_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const months[] = {"January", "February", "March",   "April",    "June",     "July",
                                         "August",  "September", "October", "November", "December", NULL};
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0 || !vl_ner_label_is_b(lab[i]) || !tok_may_be_capital(text, &toks[i]) ||
            !tok_in(text, &toks[i], months))
            continue;
        lab[i] = 0;
        if (i + 1 < n && lab[i + 1] == vl_ner_label_i(type)) lab[i + 1] = vl_ner_label_b(type);
        changed = 1;
    }
    return changed;
}

/* Capitalised common nouns that the tagger glues to the name they
 * introduce, mostly opening a sentence ("Rival T-Mobile US", "Broadcaster
 * JioStar", "Striker Erling Haaland"): they are cut off the name's head.
 * None opens a name of train.conllu (they are O there: Analysts 6,
 * Captain 4, Midfielder 2; "Parent" (4) opens "Parent Company"; "Singer", "Producer" and "Peer" open
 * names there and are left out).  The first ones are companies' nouns: a
 * "person" they introduce is an ORG. */
static const char *const company_role_nouns[] = {
    "Broadcaster", "Carmaker", "Automaker", "Chipmaker", "Drugmaker", "Lender",  "Insurer", "Retailer",
    "Regulator",   "Miner",    "Brewer",    "Steelmaker", "Refiner",  "Watchdog", "Conglomerate", "Airline",
    "Supermarket", "Bookmaker", "Planemaker", "Shipbuilder", "Telecoms", "Publisher", NULL};
static const char *const role_nouns[] = {
    "Rival",    "Rivals",    "Competitor", "Competitors", "Striker", "Midfielder", "Defender", "Goalkeeper",
    "Winger",   "Batsman",   "Bowler",     "Opener",      "Skipper", "Analyst",    "Analysts", "Economist",
    "Economists", "Spokesman", "Spokeswoman", "Spokesperson", "Actor", "Actress",  "Director", "Novelist",
    "Filmmaker", "Rapper",   "Veteran",    "Rookie",      "Teammate", "Compatriot", NULL};
/* Post-nominal letters, which follow a person's name but are no part of
 * it in the golds' convention (a title: "[Tom Okafor] KC"); "Jr." stays
 * (train.conllu keeps "Jr" inside PER, 3 of 3). */
static const char *const post_nominals[] = {"KC", "QC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE",
                                            "GBE", "PhD", "Esq", "Esq.", NULL};

/* A party's members after its name ("Labour MP", "Conservative MEPs"). */
static const char *const members[] = {"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", NULL};

/* ------------------------------------------- English names in modern news
 * (issue 4): classes of errors of the modern golds (tests/data/ner-gold,
 * ner-gold2) that the CoNLL-2003 training text rarely shows. */

/* Company suffixes: a name ending on one is a whole company's
 * ("Woolcott Inc"); a side of "and" made of them alone is the name's own
 * ("Bear Stearns and Co Inc", "Unilever Plc and NV"). */
static const char *const company_suffixes[] = {"Inc",  "Inc.", "Corp", "Corp.", "Co",   "Co.", "Ltd", "Ltd.",
                                               "Plc",  "plc",  "PLC",  "LLC",   "LLP",  "AG",  "SA",  "S.A.",
                                               "NV",   "N.V.", "BV",   "GmbH",  "SE",   "ASA", "AB",  "Company",
                                               "Cos",  "Bhd",  "Pty",  "Limited", NULL};
/* Heads that end a body's name after a coordination of its qualifiers
 * ("Food and Drug Administration", "Agricultural Stabilization and
 * Conservation Service"), besides org_last_words. */
static const char *const and_heads[] = {"Administration", "Service",  "Services",  "Office",     "Organization",
                                        "Organisation",   "Center",   "Centre",    "Society",    "League",
                                        "Court",          "Program",  "Programme", "Development", "Forces",
                                        "Network",        "Commission", "Committee", "Corporation", "Bureau",
                                        "Administrations", "Regulation", "Affairs", "Loan",       "Islands",
                                        NULL};

/* The words of org_last_words that end a body's whole name, not the
 * trades that a coordination shares ("International Minerals and
 * Chemical", "Bryson Oil and Gas", "Energy and Resources"). */
static const char *const and_body_ends[] = {
    "Bank",      "University", "College",  "School",     "Institute", "Foundation", "Council",   "Commission",
    "Agency",    "Airlines",   "Airways",  "Group",      "Association", "Federation", "Union",   "Party",
    "Ministry",  "Department", "Authority", "Board",     "Committee", "Exchange",   "Fund",      "Club",
    "Corporation", "Hospital", "Society",  NULL};

static int and_head(const char *text, const vl_ner_tok *t) {
    return tok_in(text, t, org_last_words) || tok_in(text, t, company_suffixes) || tok_in(text, t, and_heads);
}

static int same_tok(const char *text, const vl_ner_tok *a, const vl_ner_tok *b) {
    return a->end - a->start == b->end - b->start && memcmp(text + a->start, text + b->start, a->end - a->start) == 0;
}

/* Whether the name [b, e) of lab, joined at its one "and" at k, is two
 * names: "Deutsche Bank and Barclays", "Columbia University and Brown
 * University", "Morgan Stanley and Goldman Sachs", "Bank of Taiwan and Bank
 * of Communications".  The tagger learnt names with "and" from
 * train.conllu, where 46 ORG spans hold one, all one body's: the
 * qualifiers of a head that follows ("Securities and Exchange
 * Commission", "Food and Drug Administration", "Import and Export Corp"),
 * firms of partners ("Duff and Phelps", "Morgan Stanley and Co Inc") and
 * "Trinidad and Tobago".  Two names, when the two sides are parallel
 * (two words or more each, the same first or last word), or, no side
 * holding a lower-case word: when the first ends on a body's or a
 * company's word (and_body_ends, company_suffixes; not a trade's:
 * "International Minerals and Chemical") and the second on none (or the
 * same: "Acme Bank and Beta Bank"), or when both have two words and the
 * second ends on no head nor suffix (not three: "Single Channel Ground
 * and Airborne Radio System", a product of Reuters-21578).  A single-word
 * side is otherwise never cut off ("Marks and Spencer", "Bille and
 * Ogale" stay). */
static int and_two_names(const char *text, const vl_ner_tok *toks, size_t b, size_t k, size_t e) {
    size_t na = 0, nb = 0;
    int lower = 0, only_suffix = 1;
    for (size_t x = b; x < e; x++) {
        if (x == k || !(toks[x].flags & VL_NTOK_WORD)) continue;
        if (tok_first_cat(text, &toks[x]) == UTF8PROC_CATEGORY_LL) lower = 1;
        if (x < k) na++;
        else {
            nb++;
            if (!tok_in(text, &toks[x], company_suffixes)) only_suffix = 0;
        }
    }
    const vl_ner_tok *la = &toks[k - 1], *lb = &toks[e - 1];
    if (!(la->flags & VL_NTOK_WORD) || !(lb->flags & VL_NTOK_WORD)) return 0;
    if (na >= 2 && nb >= 2 && (same_tok(text, &toks[b], &toks[k + 1]) || same_tok(text, la, lb))) return 1;
    if (lower || only_suffix) return 0;
    if ((tok_in(text, la, and_body_ends) || tok_in(text, la, company_suffixes)) &&
        (!and_head(text, lb) || same_tok(text, la, lb)))
        return 1;
    return na == 2 && nb == 2 && !and_head(text, lb);
}

/* Whether the ORG [b, e) of lab, holding one comma at k, is two names
 * of a list: "[Morgan Stanley], [Bank of America] and Barclays" (joined
 * in ner-gold17; the tagger learnt firms of partners from
 * train.conllu, whose 10 ORG spans with a comma are one body's each:
 * "Goldman , Sachs & Co", "A.G. Edwards & Sons , Inc", "Bureau of
 * Alcohol , Tobacco and Firearms", "Public Service , Labour and Social
 * Welfare").  Two names when each side has two capitalised words or more,
 * the first no "of", "for", "and" nor "&", the second no "and" nor "&"
 * and no company suffix at its end, and the list goes on after the name
 * ("and" or a comma). */
static int comma_two_names(const char *text, const vl_ner_tok *toks, size_t n, size_t b, size_t k, size_t e) {
    static const char *const joins_a[] = {"of", "for", "and", "&", NULL}, *const joins_b[] = {"and", "&", NULL};
    if (e >= n || !tok_in(text, &toks[e], (const char *const[]){"and", ",", NULL})) return 0;
    if (k < b + 2 || e < k + 3) return 0;
    for (size_t x = b; x < k; x++)
        if (!tok_capitalised(text, &toks[x]) || tok_in(text, &toks[x], joins_a)) return 0;
    for (size_t x = k + 1; x < e; x++)
        if (tok_in(text, &toks[x], joins_b)) return 0;
    return tok_capitalised(text, &toks[k + 1]) && tok_capitalised(text, &toks[e - 1]) &&
           !tok_in(text, &toks[e - 1], company_suffixes);
}

/* Cuts each ORG or LOC name of lab[0..n) that and_two_names finds to be
 * two in two names of its type, and each ORG that comma_two_names finds
 * to be two; returns whether it changed a label. */
static int and_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const and[] = {"and", NULL};
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        if (type != VL_NER_ORG && type != VL_NER_LOC) {
            i++;
            continue;
        }
        size_t j = i + 1, k = 0, ands = 0, c = 0, commas = 0;
        while (j < n && lab[j] == vl_ner_label_i(type)) {
            if (tok_in(text, &toks[j], and)) ands++, k = j;
            if (tok_is(text, &toks[j], ",")) commas++, c = j;
            j++;
        }
        if (type == VL_NER_ORG && commas == 1 && !ands && comma_two_names(text, toks, n, i, c, j)) {
            lab[c] = 0;
            lab[c + 1] = vl_ner_label_b(type);
            changed = 1;
        }
        if (ands == 1 && k + 1 < j && tok_capitalised(text, &toks[k + 1]) && and_two_names(text, toks, i, k, j)) {
            lab[k] = 0;
            lab[k + 1] = vl_ner_label_b(type);
            changed = 1;
        }
        i = j;
    }
    return changed;
}

/* Arabic names' particles, which the tagger, trained on few such names,
 * takes for the end of the name ("Crown Prince [Mohammed] bin Salman"). */
static const char *const arabic_particles[] = {"bin", "ibn", "bint", "al", "abu", NULL};

/* A person's name that the labels end before a particle of
 * arabic_particles and a capitalised word, or before a lower-case "al-" or
 * "el-" compound ("al-Sudani"), runs over them, and over the name the
 * labels open at that word; returns whether it changed a label. */
static int particle_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    const int per_b = vl_ner_label_b(VL_NER_PER), per_i = vl_ner_label_i(VL_NER_PER);
    int changed = 0;
    for (size_t j = 1; j < n; j++) {
        if (vl_ner_label_type(lab[j - 1]) != VL_NER_PER || lab[j] == per_i) continue;
        const vl_ner_tok *t = &toks[j];
        size_t len = t->end - t->start;
        if (lab[j] == 0 && j + 1 < n && tok_in(text, t, arabic_particles) && tok_capitalised(text, &toks[j + 1]) &&
            (lab[j + 1] == 0 || lab[j + 1] == per_b)) {
            lab[j] = lab[j + 1] = per_i;
            changed = 1;
        } else if ((lab[j] == 0 || lab[j] == per_b) && len > 4 &&
                   (memcmp(text + t->start, "al-", 3) == 0 || memcmp(text + t->start, "el-", 3) == 0)) {
            lab[j] = per_i;
            changed = 1;
        }
    }
    return changed;
}

/* European names' particles: "[von der Leyen]", "[de Gaulle]", "Henrique
 * [Gouveia e Melo]", which the tagger starts or ends a name at
 * ("von der [Leyen]", "[Gouveia] e [Melo]").  conll2003-en's train.conllu
 * keeps a particle opening a person's name inside it ("de" B-PER 4 of 4
 * before a name; "van" 1), never outside. */
static const char *const euro_particles[] = {"von", "van", "der", "den", "de", "del", "della", "da", "di",
                                             "dos", "das", "do", "du", "ter", "ten", NULL};
static const char *const euro_openers[] = {"von", "van", "de", "del", "della", "da", "di", "dos", "das", "do",
                                           "du", "ter", "ten", NULL};
static const char *const euro_joins[] = {"e", "y", NULL};
/* In French text only the Germanic ones: French "de" and "du" are words of
 * the sentence as often as of a name ("la part de [Dupont]"), and winer-fr
 * writes "van" and "von" only inside full names ("Anna [van der Breggen]",
 * "Albrecht [von Boeselager]": 10 of 10 in 2016-01 ... 2017-04), so a
 * bare "von der [Leyen]" is the tagger's cut, not the convention. */
static const char *const germanic_particles[] = {"von", "van", "der", "den", "ter", "ten", "zu", NULL};
static const char *const germanic_openers[] = {"von", "van", "ter", "ten", NULL};

/* A person's name that the labels open right after particles of
 * euro_particles, the first an opener and the one before them no name,
 * starts at them; one that they end before "e" or "y", or a particle,
 * and a capitalised word the labels leave out or open a person at runs
 * over them.  Returns whether it changed a label. */
static int euro_particle_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab, int french) {
    const int per_b = vl_ner_label_b(VL_NER_PER), per_i = vl_ner_label_i(VL_NER_PER);
    const char *const *particles = french ? germanic_particles : euro_particles;
    const char *const *openers = french ? germanic_openers : euro_openers;
    int changed = 0;
    for (size_t j = 1; j < n; j++) {
        if (lab[j] != per_b) continue;
        size_t b = j;
        while (b > 0 && lab[b - 1] == 0 && tok_in(text, &toks[b - 1], particles)) b--;
        if (b < j && tok_in(text, &toks[b], openers) && !(b > 0 && lab[b - 1] != 0)) {
            lab[b] = per_b;
            for (size_t k = b + 1; k <= j; k++) lab[k] = per_i;
            changed = 1;
        }
    }
    if (french) return changed; /* "et" joins two names in French (et_labels) */
    for (size_t j = 1; j + 1 < n; j++) {
        if (vl_ner_label_type(lab[j - 1]) != VL_NER_PER || lab[j] != 0) continue;
        size_t k = j;
        if (tok_in(text, &toks[k], euro_joins)) k++;
        else
            while (k < n && lab[k] == 0 && tok_in(text, &toks[k], euro_particles)) k++;
        if (k == j || k >= n || !tok_capitalised(text, &toks[k]) || (lab[k] != 0 && lab[k] != per_b)) continue;
        for (size_t q = j; q <= k; q++) lab[q] = per_i;
        changed = 1;
    }
    return changed;
}

/* Celestial bodies named as places are LOC (the golds' convention; the
 * tagger, which never met them in train.conllu, says ORG or PER): "Earth"
 * after anything but a capitalised word ("Google Earth"), "Moon" after
 * "the", "Mars", "Venus", "Jupiter" and "Saturn" after "on", "to",
 * "around", "orbit(ing)", "the", "of", "and", "from" or "reach(ed/ing)",
 * or before "orbit", "moon(s)", "rover(s)", "mission(s)", "surface" or
 * "atmosphere" ("for Mars moon Phobos", "moons of Mars"), "Sun" after
 * "the" (the sky's, not the tabloid's: "told the Sun", "the Sun
 * reported", "the Sun newspaper"); each alone (outside any name or a name
 * of its own) and not before a capitalised word ("Moon Jae-in", "Mars
 * Inc").  Returns whether it changed a label. */
static int celestial_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const earth[] = {"Earth", NULL}, *const moon[] = {"Moon", NULL};
    static const char *const planets[] = {"Mars", "Venus", "Jupiter", "Saturn", NULL};
    static const char *const the[] = {"the", NULL};
    static const char *const to[] = {"the",   "on",      "to",       "around", "orbit", "orbiting", "of",
                                     "and",   "reach",   "reached",  "reaching", "from", NULL};
    static const char *const probes[] = {"orbit", "moon", "moons", "rover", "rovers", "mission", "missions",
                                         "surface", "atmosphere", NULL};
    static const char *const sun[] = {"Sun", NULL};
    static const char *const told[] = {"told", "tells", "wrote", NULL};
    static const char *const paper[] = {"newspaper", "tabloid", "reported", "said", "says", "quoted", "'s", NULL};
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        const vl_ner_tok *t = &toks[i];
        if (text[t->start] != 'E' && text[t->start] != 'M' && text[t->start] != 'V' && text[t->start] != 'J' &&
            text[t->start] != 'S')
            continue;
        int type = vl_ner_label_type(lab[i]);
        if (type == VL_NER_LOC || (type >= 0 && !vl_ner_label_is_b(lab[i])) ||
            (i + 1 < n && type >= 0 && lab[i + 1] == vl_ner_label_i(type)) ||
            (i + 1 < n && tok_capitalised(text, &toks[i + 1])))
            continue;
        int body = 0;
        if (tok_in(text, t, earth)) body = i == 0 || !tok_capitalised(text, &toks[i - 1]);
        else if (tok_in(text, t, moon)) body = i > 0 && tok_in(text, &toks[i - 1], the);
        else if (tok_in(text, t, sun))
            body = i > 0 && tok_in(text, &toks[i - 1], the) && !(i > 1 && tok_in(text, &toks[i - 2], told)) &&
                   !(i + 1 < n && tok_in(text, &toks[i + 1], paper));
        else if (tok_in(text, t, planets))
            body = (i > 0 && tok_in(text, &toks[i - 1], to)) || (i + 1 < n && tok_in(text, &toks[i + 1], probes));
        if (!body) continue;
        lab[i] = vl_ner_label_b(VL_NER_LOC);
        changed = 1;
    }
    return changed;
}

/* A US party-state designation after a politician: "Sen. Bernie Sanders
 * (I-Vt.)", "Marco Rubio, R-Fla.", "(D-WV)".  The token joins a party's
 * initial to a state's abbreviation; the tagger typed it MISC, ORG or PER
 * at random, or ran the person's name into it ("[Duncan Hunter (R-Calif]").
 * conll2003-en holds no such token; it types a token that joins a name to
 * another word or name MISC ("Wash.-based", "U.S.-led", "PUK-KDP",
 * "ROMANIA-HUNGARY": B-MISC), never as the name inside it.  So after "(" or
 * ",", the designation is a MISC of its own, and a name that ran into it
 * stops before the bracket. */
static const char *const us_states[] = {
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
    "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla",
    "Ore", "Pa", "Penn", "R.I", "S.C", "S.D", "Tenn", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo", "Texas", "Tex", "Ohio",
    "Iowa", "Utah", "Maine", "Alaska", "Hawaii", "Idaho", "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
    "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
    "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", NULL};

static int party_state(const char *text, const vl_ner_tok *t) {
    size_t len = t->end - t->start;
    const char *w = text + t->start;
    if (len < 4 || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') || w[1] != '-') return 0;
    w += 2, len -= 2;
    if (w[len - 1] == '.') len--;
    for (const char *const *s = us_states; *s; s++)
        if (strlen(*s) == len && memcmp(*s, w, len) == 0) return 1;
    return 0;
}

static int party_state_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const before[] = {"(", ",", NULL};
    int changed = 0;
    for (size_t i = 1; i < n; i++) {
        if (!tok_in(text, &toks[i - 1], before) || !party_state(text, &toks[i])) continue;
        int want = vl_ner_label_b(VL_NER_MISC);
        int type = vl_ner_label_type(lab[i - 1]);
        if (lab[i] == want && type < 0 && !(i + 1 < n && vl_ner_label_type(lab[i + 1]) >= 0 &&
                                            !vl_ner_label_is_b(lab[i + 1])))
            continue;
        if (type >= 0) lab[i - 1] = 0; /* the bracket or comma a name ran into */
        lab[i] = want;
        for (size_t k = i + 1; k < n && label_inside(lab[k]); k++) lab[k] = 0;
        changed = 1;
    }
    return changed;
}

/* Whether toks[c] opens a ticker "CODE.EX" glued together (CODE a word,
 * EX one to three capitals); sets *next to the token after EX. */
static int ticker_at(const char *text, const vl_ner_tok *toks, size_t n, size_t c, size_t *next) {
    if (c + 2 >= n) return 0;
    const vl_ner_tok *dot = &toks[c + 1], *ex = &toks[c + 2];
    if (toks[c].end != dot->start || dot->end != ex->start || dot->end - dot->start != 1 || text[dot->start] != '.')
        return 0;
    size_t len = ex->end - ex->start;
    int caps = len >= 1 && len <= 3;
    for (size_t k = 0; caps && k < len; k++) caps = text[ex->start + k] >= 'A' && text[ex->start + k] <= 'Z';
    *next = c + 3;
    return caps;
}

/* Whether a bracket opening at toks[o] holds tickers only: "(ULVR.L)",
 * or a list of them between commas, "(RIO.L, RIO.AX)" (the fourteenth
 * gold); sets *close to the closing bracket's index. */
static int ticker_bracket(const char *text, const vl_ner_tok *toks, size_t n, size_t o, size_t *close) {
    if (toks[o].end - toks[o].start != 1 || text[toks[o].start] != '(' || o + 1 >= n ||
        toks[o].end != toks[o + 1].start)
        return 0;
    size_t c = o + 1, e;
    for (int items = 0; items < 4; items++) {
        if (!ticker_at(text, toks, n, c, &e) || e >= n || toks[e - 1].end != toks[e].start ||
            toks[e].end - toks[e].start != 1)
            return 0;
        if (text[toks[e].start] == ')') {
            *close = e;
            return 1;
        }
        if (text[toks[e].start] != ',') return 0;
        c = e + 1;
    }
    return 0;
}

/* A stock's ticker in brackets after its company, "Unilever (ULVR.L)",
 * "Siemens (SIEGn.DE)", "Hermès (RMS.PA)": the code before the exchange's
 * suffix is no name (the seventh and eighth golds; conll2003-en's one such
 * token, "RABN.CN", is O).  The lexer cuts it at the dot: "(", the code,
 * ".", one to three capitals, ")", glued together; a name that ran over
 * the brackets ("GE Vernova (GEV.N)") ends before them.  With company set
 * (both languages since the seventh English round), the name right
 * before the brackets is a company's, ORG ("[Hermès]" PER, "[Kering]" LOC
 * in the eighth gold; "housebuilders [Persimmon] (PSN.L) and [Barratt
 * Redrow] (BTRW.L)" PER in the thirteenth; winer-fr, the OrangeSum
 * paragraphs and conll2003-en hold no such ticker). */
static int ticker_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab, int company) {
    int changed = 0;
    for (size_t i = 1; i + 3 < n; i++) {
        size_t close;
        if (text[toks[i - 1].start] != '(' || !ticker_bracket(text, toks, n, i - 1, &close)) continue;
        int named = 0;
        for (size_t k = i - 1; k <= close; k++) named |= lab[k] != 0;
        for (size_t k = i - 1; k <= close; k++) lab[k] = 0; /* the brackets too, if a name ran over them */
        changed |= named;
        size_t j = i - 1; /* the name before the brackets */
        int type = company && j > 0 ? vl_ner_label_type(lab[j - 1]) : -1;
        if (type >= 0 && type != VL_NER_ORG) {
            size_t b = j - 1;
            while (b > 0 && !vl_ner_label_is_b(lab[b])) b--;
            set_name(lab, b, j, VL_NER_ORG);
            changed = 1;
        }
        i = close;
    }
    return changed;
}

/* The clubs of leading economies: "G7", "G-20", "Group of Seven",
 * "Group of 20", ORG in the golds (eight lines left out or typed MISC in
 * golds 3, 4, 10 and 14, in headlines and text; conll2003-en names none,
 * Reuters-21578's "G-5" is the Group of Five).  A lone token G and one of
 * these numbers, with or without a hyphen, that the labels leave out or
 * type alone; "Group of" and the number in words or digits, outside a
 * longer name; both become one ORG.  Other numbers are products ("G4",
 * "G3"). */
static const char *const group_numbers[] = {"5", "6", "7", "8", "10", "20", "24", "77", NULL};
static const char *const group_counts[] = {"Five", "Six", "Seven", "Eight", "Ten", "Twenty", "5", "6", "7", "8",
                                           "10", "20", "24", "77", NULL};

static int group_code(const char *text, const vl_ner_tok *t) {
    size_t len = t->end - t->start;
    if (len < 2 || len > 4 || text[t->start] != 'G') return 0;
    size_t k = t->start + 1;
    if (text[k] == '-') k++;
    if (k >= t->end) return 0;
    for (size_t q = 0; group_numbers[q]; q++) {
        size_t m = strlen(group_numbers[q]);
        if (m == t->end - k && memcmp(text + k, group_numbers[q], m) == 0) return 1;
    }
    return 0;
}

static int group_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        if (text[toks[i].start] != 'G') continue;
        int alone = (lab[i] == 0 || vl_ner_label_is_b(lab[i])) &&
                    !(i + 1 < n && vl_ner_label_type(lab[i + 1]) >= 0 && !vl_ner_label_is_b(lab[i + 1]));
        if (alone && group_code(text, &toks[i])) {
            if (lab[i] != vl_ner_label_b(VL_NER_ORG)) {
                set_name(lab, i, i + 1, VL_NER_ORG);
                changed = 1;
            }
            continue;
        }
        if (i + 2 < n && tok_is(text, &toks[i], "Group") && tok_is(text, &toks[i + 1], "of") &&
            tok_in(text, &toks[i + 2], group_counts) && (lab[i] == 0 || vl_ner_label_is_b(lab[i])) &&
            !(i + 3 < n && vl_ner_label_type(lab[i + 3]) >= 0 && !vl_ner_label_is_b(lab[i + 3]))) {
            int want = vl_ner_label_b(VL_NER_ORG), same = lab[i] == want;
            for (size_t k = i + 1; k < i + 3; k++) same &= lab[k] == vl_ner_label_i(VL_NER_ORG);
            if (!same) {
                set_name(lab, i, i + 3, VL_NER_ORG);
                changed = 1;
            }
            i += 2;
        }
    }
    return changed;
}

/* A national agency named by its field and its nation, "[Police
 * Scotland]", "[Statistics Canada]", "[Environment Canada]", "[Transport
 * Scotland]": the tagger took the nation alone, LOC, in ner-gold16
 * ("Police [Scotland] said").  train.conllu writes "Statistics Canada" and
 * "Environment Canada" one ORG (2 of 2), never the nation alone after
 * these nouns.  The field's noun, capitalised, directly before a nation's
 * name (one word, or "New Zealand"), outside a longer name, makes one ORG
 * of both. */
static const char *const en_agency_fields[] = {"Police", "Statistics", "Environment", "Transport", "Health",
                                               "Historic", "Natural", "Revenue", "Fisheries", "Immigration",
                                               "Elections", "Sport", "Parks", NULL};
static const char *const en_agency_nations[] = {"Scotland", "England", "Wales", "Ireland", "Canada", "Australia",
                                                "Norway", "Sweden", "Finland", "Denmark", "Iceland", "Netherlands",
                                                NULL};

static int agency_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned char c = (unsigned char)text[toks[i].start];
        if (c < 'E' || c > 'T' || !tok_in(text, &toks[i], en_agency_fields)) continue;
        size_t e = 0;
        if (tok_in(text, &toks[i + 1], en_agency_nations)) e = i + 2;
        else if (i + 2 < n && tok_is(text, &toks[i + 1], "New") && tok_is(text, &toks[i + 2], "Zealand")) e = i + 3;
        if (!e) continue;
        if (label_inside(lab[i]) || (e < n && label_inside(lab[e]))) continue;
        int same = lab[i] == vl_ner_label_b(VL_NER_ORG);
        for (size_t k = i + 1; k < e; k++) same &= lab[k] == vl_ner_label_i(VL_NER_ORG);
        if (!same) {
            set_name(lab, i, e, VL_NER_ORG);
            changed = 1;
        }
        i = e - 1;
    }
    return changed;
}

/* A wire story's sign-off, "(Reporting by Dana Whitford; Editing by Paul
 * Okafor)": the tagger takes "Editing" for a name three times in the
 * blind golds 11, 13 and 14 (PER), a capitalised word before a person.
 * A one-word name that is a sign-off's verb, with "by" after it, is no
 * name (conll2003-en has no sign-off; none of these words is a name
 * there). */
static const char *const signoff_words[] = {"Editing", "Reporting", "Writing", "Compiling", "Compiled",
                                            "Edited",  "Written",   "Reported", NULL};

/* Plural nouns and adjectives of peoples whose form no suffix gives away
 * ("Danes", "Greenlanders", "Greenlandic"): the tagger types them PER or
 * ORG (four lines of the golds 11 and 13).  CoNLL-2003 types a people
 * MISC (train.conllu: Serbs 20 of 20, Kurds 12, Arabs 12, Finns 2, Poles
 * 1; "Scots" once O); a one-word PER, ORG or LOC that is one becomes
 * MISC.  "Dutch", "Swiss", "Irish" and "Welsh" are left out: teams and
 * firms are named so (train.conllu ORG 4, 2, 5 and 1 times), as is
 * "Turks" (Turks and Caicos). */
static const char *const people_words[] = {
    "Danes",   "Swedes",  "Finns",       "Poles",     "Scots",      "Serbs",      "Croats",   "Czechs",
    "Slovaks", "Kurds",   "Arabs",       "Brits",     "Norwegians", "Greenlanders", "Icelanders", "Greenlandic",
    "Icelandic", "Faroese", "Flemish",   "Basques",   "Catalans",   NULL};

/* Whether a token may be a word of people_words, before the list is
 * asked: five bytes or more, ending on s, c, h or e. */
static int people_shape(const char *text, const vl_ner_tok *t) {
    if (t->end - t->start < 5) return 0;
    char last = text[t->end - 1];
    return last == 's' || last == 'c' || last == 'h' || last == 'e';
}

static int signoff_people_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        int type = vl_ner_label_type(lab[i]);
        /* one-word names only: a B label with no I after it */
        if (type < 0 || !vl_ner_label_is_b(lab[i]) || (i + 1 < n && vl_ner_label_type(lab[i + 1]) >= 0 &&
                                                         !vl_ner_label_is_b(lab[i + 1])))
            continue;
        if (i + 1 < n && tok_is(text, &toks[i + 1], "by") && tok_in(text, &toks[i], signoff_words)) {
            lab[i] = 0;
            changed = 1;
        } else if (type != VL_NER_MISC && people_shape(text, &toks[i]) && tok_in(text, &toks[i], people_words)) {
            set_name(lab, i, i + 1, VL_NER_MISC);
            changed = 1;
        }
    }
    return changed;
}

/* A body's long name, which the tagger ends early at "for" or "and":
 * "[International Centre] for Diarrhoeal Disease Research", "[California
 * Department of Forestry] and Fire Protection", "[Centre for
 * Volcanology] and Geological Hazard Mitigation".  A name ending on a
 * body's head takes "for" and the capitalised words after it that the
 * labels leave out (train.conllu: such a head before "for" and a
 * capitalised word is one ORG 10 times of 10, "Institute for Human Gene
 * Therapy"), or typed an ORG of their own; an ORG holding "of" or "for"
 * takes "and" and the capitalised words after it that the labels leave
 * out, with no name right after them (never cut there in
 * train.conllu; 14 such ORG hold their "and", "Ministry of Petroleum and
 * Minerals"; the three cut before "and" end before a name of its own,
 * "Council of Europe and [NATO]").  The name becomes an ORG. */
static const char *const for_heads[] = {
    "Centre",  "Center",   "Institute", "Department", "Office",    "Organization", "Organisation", "Association",
    "Foundation", "Bureau", "Ministry", "Commission", "Agency",  "Council",      "Committee",    "Society",
    "Fund",    "Alliance", "Coalition", "Federation", "Union",     "Board",        "Authority",    "Trust",
    "Facility", NULL};

/* The end of the capitalised words from k that the labels leave out or,
 * orgs set, type ORG; k when there is none, or when a name the labels
 * open follows them ("University of Chicago and Professor [Ana Lima]"). */
static size_t caps_run(const char *text, const vl_ner_tok *toks, size_t n, const int *lab, size_t k, int orgs) {
    size_t e = k;
    while (e < n && tok_capitalised(text, &toks[e]) &&
           (lab[e] == 0 || (orgs && vl_ner_label_type(lab[e]) == VL_NER_ORG && (e > k || vl_ner_label_is_b(lab[e])))))
        e++;
    if (e < n && lab[e] != 0 && !(orgs && vl_ner_label_type(lab[e]) == VL_NER_ORG)) return k;
    if (e < n && orgs && vl_ner_label_type(lab[e]) == VL_NER_ORG && !vl_ner_label_is_b(lab[e])) return k;
    return e;
}

static int for_and_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const fr[] = {"for", NULL}, *const of_for[] = {"of", "for", NULL}, *const and[] = {"and", NULL};
    int changed = 0;
    for (size_t b = 0; b < n;) {
        int type = vl_ner_label_type(lab[b]);
        if (type < 0 || type == VL_NER_MISC) {
            b++;
            continue;
        }
        size_t e = b + 1;
        while (e < n && lab[e] == vl_ner_label_i(type)) e++;
        size_t end = e;
        if (end + 1 < n && tok_in(text, &toks[end], fr) && tok_in(text, &toks[end - 1], for_heads)) {
            size_t k = caps_run(text, toks, n, lab, end + 1, 1);
            if (k > end + 1) end = k;
        }
        int inner = 0;
        for (size_t k = b + 1; k < end; k++) inner |= tok_in(text, &toks[k], of_for);
        if (inner && (type == VL_NER_ORG || end > e) && end + 1 < n && tok_in(text, &toks[end], and)) {
            size_t k = caps_run(text, toks, n, lab, end + 1, 0);
            if (k > end + 1) end = k;
        }
        if (end > e) {
            lab[b] = vl_ner_label_b(VL_NER_ORG);
            for (size_t k = b + 1; k < end; k++) lab[k] = vl_ner_label_i(VL_NER_ORG);
            changed = 1;
        }
        b = end;
    }
    return changed;
}

/* A body named by a nationality, its field and a body's head: "The
 * [Canadian Hurricane Centre] recorded" (ner-gold17: the tagger typed
 * "Canadian" MISC and left the rest out).  train.conllu writes an ORG
 * opening on a nationality and ending on a head of for_heads 54 times,
 * and a one-word MISC before capitalised words left out that end on one
 * once ("Russian Interior Ministry").  A one-word MISC and the
 * capitalised words the labels leave out right after it, ending on a head
 * of for_heads with no capitalised word after it, are one ORG, when no
 * capitalised word but an article stands before the MISC and it holds no
 * hyphen. */
static int misc_head_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    const int misc_b = vl_ner_label_b(VL_NER_MISC);
    int changed = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        if (lab[i] != misc_b || lab[i + 1] != 0 || !tok_capitalised(text, &toks[i + 1])) continue;
        /* the MISC opens the name ("the Republican [Jewish] Coalition"
         * is longer), and is a nationality's word, not a compound
         * ("the Saudi-sponsored Higher Negotiations Committee") */
        if ((i > 0 && tok_capitalised(text, &toks[i - 1]) &&
             !tok_in(text, &toks[i - 1], (const char *const[]){"The", "A", "An", NULL})) ||
            memchr(text + toks[i].start, '-', toks[i].end - toks[i].start))
            continue;
        size_t e = i + 1;
        while (e < n && lab[e] == 0 && tok_capitalised(text, &toks[e])) e++;
        if (e - i > 4 || (e < n && tok_capitalised(text, &toks[e])) || !tok_in(text, &toks[e - 1], for_heads)) continue;
        set_name(lab, i, e, VL_NER_ORG);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* Two places after "in" or "near": "protests in [Falmouth] and [St
 * Ives]" (ner-gold18 typed the second ORG).  train.conllu writes the
 * name after "in", "at", "from", "to" or "near", a LOC and "and" a LOC 21
 * times of 23 (a person and a MISC the others, no ORG), testa 1 of 3.
 * After "in" or "near", a LOC and "and", an ORG of one or two words that
 * ends on no body's word (org_last_words) and has no capitalised word
 * nor a place's preposition after it is a LOC (not PolNeAR's "the deaths
 * of Alton Sterling in Louisiana and [Philando Castile] in Minnesota",
 * a person typed ORG). */
static const char *const pair_not_before[] = {"in", "at", "of", "from", NULL};
static int place_pair_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const preps[] = {"in", "near", NULL};
    const int loc_b = vl_ner_label_b(VL_NER_LOC), org_b = vl_ner_label_b(VL_NER_ORG);
    int changed = 0;
    for (size_t i = 1; i + 2 < n; i++) {
        if (lab[i] != loc_b || !tok_in(text, &toks[i - 1], preps)) continue;
        size_t j = name_end(text, toks, n, lab, i);
        if (j + 1 >= n || !tok_is(text, &toks[j], "and") || lab[j + 1] != org_b) continue;
        size_t k = name_end(text, toks, n, lab, j + 1);
        if (k - (j + 1) > 2 || tok_in(text, &toks[k - 1], org_last_words) ||
            (k < n && (tok_capitalised(text, &toks[k]) || tok_in(text, &toks[k], pair_not_before))))
            continue;
        set_name(lab, j + 1, k, VL_NER_LOC);
        changed = 1;
        i = k - 1;
    }
    return changed;
}

/* A body's name that opens on a possessive: "the charity coalition
 * [People's Vaccine Alliance]" (ner-gold18: the tagger left "People's"
 * out and kept "Vaccine Alliance").  train.conllu holds 34 ORG with "'s"
 * inside ("People 's Liberation Army", "Sheriff 's Office", "Moody 's
 * Investors Service"), and 4 capitalised words the labels leave out
 * before "'s" and an ORG, 3 of them a weekday ("Sunday 's New York
 * Times"), the fourth "University 's Institute"; testa 12 inside, none
 * left out.  A capitalised word the labels leave out, no weekday, month
 * or pronoun, after no capitalised word (a title-case headline's "Back
 * Government's ..."), with "'s" right after it and an ORG the labels
 * open right after that, joins the ORG. */
static const char *const weekdays_en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                          "Sunday", "Today", "Yesterday", "Tomorrow", NULL};
/* ... nor a pronoun's contraction: "It's [All CNN]" (PolNeAR) */
static const char *const poss_pronouns[] = {"It", "He", "She", "That", "There", "Here", "What", "Who", "Where",
                                            "This", "Let", "Everyone", "Everybody", "Nobody", "Somebody", NULL};
static int possessive_org_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const poss[] = {"'s", "\u2019s", NULL};
    const int org_b = vl_ner_label_b(VL_NER_ORG);
    int changed = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (lab[i + 1] != org_b || lab[i] != 0 || lab[i - 1] != 0 || !tok_in(text, &toks[i], poss)) continue;
        const vl_ner_tok *w = &toks[i - 1];
        if (!tok_capitalised(text, w) || tok_caps(text, w) || tok_month(text, w) || tok_in(text, w, weekdays_en) ||
            tok_in(text, w, poss_pronouns))
            continue;
        if (i >= 2 && tok_capitalised(text, &toks[i - 2])) continue;
        lab[i - 1] = org_b;
        lab[i] = vl_ner_label_i(VL_NER_ORG);
        lab[i + 1] = vl_ner_label_i(VL_NER_ORG);
        changed = 1;
    }
    return changed;
}

/* ------------------------------------------- a cue's company, document-wide */

#define MAX_CUE_ORGS 32

/* Whether tokens [p, p + len) of toks are the same words as [q, q + len). */
static int same_words(const char *text, const vl_ner_tok *toks, size_t p, size_t q, size_t len) {
    for (size_t k = 0; k < len; k++)
        if (!same_tok(text, &toks[p + k], &toks[q + k])) return 0;
    return 1;
}

void vl_ner_doc_cue_orgs(const char *text, const vl_ner_tok *toks, uint8_t *labels, const size_t *sent, size_t nsent,
                         size_t n, int *scratch, vl_ner_cue_memo *memo) {
    size_t org_at[MAX_CUE_ORGS], org_len[MAX_CUE_ORGS], norg = 0;
    const int b_org = vl_ner_label_b(VL_NER_ORG), i_org = vl_ner_label_i(VL_NER_ORG);
    if (memo) {
        memcpy(memo->in, labels, n);
        memset(memo->changed, -1, nsent);
    }
    /* the companies that a cue names, where the labels did not, or
     * where they did right after a company noun ("l'action [Renault]",
     * "le groupe [Kering]": the cue is evidence for the other mentions,
     * which the tagger types PER or LOC with no cue before them) */
    for (size_t k = 0; k < nsent && norg < MAX_CUE_ORGS; k++) {
        size_t a = sent[k], e = k + 1 < nsent ? sent[k + 1] : n, m = e - a;
        if (m > VL_NER_MAX_SENT) continue;
        for (size_t i = 0; i < m; i++) scratch[i] = labels[a + i];
        int changed = org_cue_labels(text, toks + a, m, scratch);
        if (memo) {
            memo->changed[k] = (signed char)changed;
            for (size_t i = 0; i < m; i++) memo->out[a + i] = (uint8_t)scratch[i];
        }
        for (size_t i = 0; i < m && norg < MAX_CUE_ORGS;) {
            if (scratch[i] != b_org) {
                i++;
                continue;
            }
            size_t j = i + 1;
            while (j < m && scratch[j] == i_org) j++;
            int was = labels[a + i] == b_org && (j == m || labels[a + j] != i_org);
            for (size_t x = i + 1; was && x < j; x++) was = labels[a + x] == i_org;
            size_t c = 0;
            while (c < norg && !(org_len[c] == j - i && same_words(text, toks, org_at[c], a + i, j - i))) c++;
            int cue = was ? org_cue_before(text, toks + a, i) : 0;
            if ((!was ? changed : cue == 1 || cue == 3) && c == norg && tok_capitalised(text, &toks[a + i])) {
                org_at[norg] = a + i;
                org_len[norg++] = j - i;
            }
            i = j;
        }
    }
    if (!norg) return;
    /* their other mentions: a place or a person of exactly those words,
     * or the words outside any name, not opening a sentence, nor
     * next to another capitalised word outside a name */
    size_t k = 0;
    for (size_t p = 0; p < n; p++) {
        while (k + 1 < nsent && sent[k + 1] <= p) k++;
        if (!tok_capitalised(text, &toks[p])) continue;
        int type = vl_ner_label_type(labels[p]);
        if (type == VL_NER_ORG || type == VL_NER_MISC || (type >= 0 && !vl_ner_label_is_b(labels[p]))) continue;
        size_t e = k + 1 < nsent ? sent[k + 1] : n;
        for (size_t c = 0; c < norg; c++) {
            size_t len = org_len[c], q = p + len;
            if (q > e || !same_words(text, toks, p, org_at[c], len)) continue;
            if (type < 0) {
                /* "le premier modèle [Bentley]": a product's */
                static const char *const products[] = {"modèle", "modèles", "gamme", "gammes", "famille", "version",
                                                       "versions", "voiture", "voitures", "véhicule", "véhicules",
                                                       NULL};
                /* a sentence's first words too when a lower-case word
                 * follows them: "[Novartis] va se séparer de Sandoz" (the
                 * headline of ner-gold17, "Le groupe pharmaceutique
                 * [Novartis]" in the body) */
                int opener_ok = p == sent[k] && q < e && tok_first_cat(text, &toks[q]) == UTF8PROC_CATEGORY_LL;
                int out = (p > sent[k] || opener_ok) && !(p > sent[k] && tok_in(text, &toks[p - 1], products)) &&
                          !(p > sent[k] && labels[p - 1] == 0 && tok_capitalised(text, &toks[p - 1])) &&
                          !(q < e && labels[q] == 0 && tok_capitalised(text, &toks[q]));
                for (size_t x = p; out && x < q; x++) out = labels[x] == 0;
                if (!out) continue;
            } else {
                int whole = 1;
                for (size_t x = p + 1; whole && x < q; x++) whole = labels[x] == vl_ner_label_i(type);
                if (!whole || (q < e && labels[q] == vl_ner_label_i(type))) continue;
            }
            labels[p] = (uint8_t)b_org;
            for (size_t x = p + 1; x < q; x++) labels[x] = (uint8_t)i_org;
            p = q - 1;
            break;
        }
    }
}

/* Words that end a place's name: "[Toronto Pearson International
 * Airport]", "[Narendra Modi Stadium]", "[Los Angeles County]",
 * "[Gyeonggi Province]", "[Wallops Island]".  The tagger, which meets few
 * of them in train.conllu, types many ORG (as "International", "County"
 * and "Stadium" sound institutional) or PER.  train.conllu's names of two
 * words or more ending on them are LOC 33 times, ORG 9: clubs ("Notts
 * County", "Ross County" beside their scores, "Western Province batsman"),
 * and "wall Street" once; "Forest" only after "National" ("Nottingham
 * Forest" is a club), and "Center", "Park" and "Coast" are left out (ORG
 * and LOC alike there); so are "Avenue", "Bay" and "River", which end
 * companies' and products' names in Reuters-21578 ("Saks Fifth Avenue",
 * "Giant Bay said", "Smoky River said").  "Square", "Crater" and
 * "Cathedral" (fourteenth round: ner-gold18's "[George Floyd Square]" and
 * "[Jezero Crater]" typed PER, "[Coventry Cathedral]" ORG): our English
 * golds end a LOC on them 7 times of 7 ("Kossuth Square", "Foley
 * Square"), train.conllu and testa "Square" LOC 4 of 4 ("Tiananmen
 * Square"), the others none; Reuters-21578's "Bakers Square" is a
 * restaurant chain. */
static const char *const place_last_words[] = {
    "Airport", "Stadium", "Arena", "County", "Province", "Street", "Road", "Highway", "Motorway", "Hills",
    "Island", "Islands", "Valley", "Canal", "Peninsula", "Mountains", "Zone", "Theater", "Theatre", "Parish",
    "Square", "Crater", "Cathedral", NULL};
/* Those that end no person's name: a "person" ending on one is a place
 * ("[Wallops Island]", "[Steve Jobs Theater]"); not "Thomas Bay", "Ann
 * Street". */
static const char *const place_not_person_words[] = {"Airport", "Stadium", "Arena", "County", "Province", "Peninsula",
                                                     "Island", "Islands", "Zone", "Theater", "Theatre",
                                                     "Parish", "Square", "Crater", "Cathedral", NULL};
/* Words that open a mountain's or a lake's two-word name: "[Mount
 * Semeru]", "[Lough Neagh]", "[Lake Kivu]", typed PER by the tagger.
 * train.conllu: "Mount" opens a LOC 3 times of 3, "Lake" once of once;
 * "Ricki Lake" ends on it and is left alone. */
static const char *const place_first_words[] = {"Mount", "Lough", "Loch", "Lake", NULL};
/* A club's context beside the name: a score or result table ("Notts
 * County 2", "Notts County v York"), a player's role after it. */
static const char *const place_club_words[] = {"v", "vs", "vs.", "batsman", "bowler", "striker", "forward",
                                               "midfielder", "defender", "goalkeeper", "captain", "coach",
                                               "manager", "winger", NULL};

static const char *const venue_articles[] = {"the", NULL};
static const char *const venue_last_words[] = {"Palace", "Palast", "Complex", NULL};
static const char *const venue_first_words[] = {"Palais", "Palazzo", "Palacio", NULL};

/* Retypes LOC each ORG or PER name of lab[0..n) of two words or more that
 * ends on a word of place_last_words ("National Forest" too; a PER name on
 * one of place_not_person_words), unless a number, "v" or a player's role
 * stands beside it or a lower-case word is inside ("[Central Bank of
 * Volusia County]" is a bank); and one after "the" that ends on Palace,
 * Palast or Complex or opens on Palais, Palazzo or Palacio; returns
 * whether it changed a label. */
static int place_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const forest[] = {"Forest", NULL}, *const national[] = {"National", NULL};
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        if (type != VL_NER_ORG && type != VL_NER_PER) {
            i++;
            continue;
        }
        size_t j = name_end(text, toks, n, lab, i);
        const vl_ner_tok *last = &toks[j - 1];
        int place = j - i >= 2 && tok_may_be_capital(text, last) &&
                    (type == VL_NER_PER ? tok_in(text, last, place_not_person_words)
                                        : tok_in(text, last, place_last_words) ||
                                              (tok_in(text, last, forest) && tok_in(text, &toks[j - 2], national)));
        if (j - i == 2 && tok_in(text, &toks[i], place_first_words) && tok_may_be_capital(text, last)) place = 1;
        for (size_t k = i + 1; place && k < j; k++)
            if (tok_lower(text, &toks[k])) place = 0;
        int club = (i > 0 && (tok_number(text, &toks[i - 1]) || tok_in(text, &toks[i - 1], place_club_words))) ||
                   (j < n && (tok_number(text, &toks[j]) || tok_in(text, &toks[j], place_club_words)));
        /* a palace or a complex after "the" is the building ("at the
         * [Merdeka Palace]", "at the [Palais des Nations]"; train.conllu:
         * "the ... Palace" LOC 1 of 1, "Crystal Palace", the club, never
         * after "the") */
        if (!place && j - i >= 2 && i > 0 && tok_in(text, &toks[i - 1], venue_articles) &&
            (tok_in(text, last, venue_last_words) || tok_in(text, &toks[i], venue_first_words)))
            place = 1;
        if (place && !club) {
            set_name(lab, i, j, VL_NER_LOC);
            changed = 1;
        }
        i = j;
    }
    return changed;
}

/* Words that end an event's name: "[Las Vegas Grand Prix]", "[Milan
 * Cortina Winter Olympics]", "[Berlin International Film Festival]",
 * "[Farnborough Airshow]", "[Eurovision Song Contest]".  The tagger
 * types the host city LOC and stops there, or types the whole an ORG.
 * train.conllu's names ending on them are MISC 130 times of 144 (8 are
 * "[Atlanta] [Olympics]"-like glitches, 4 "Mind Games" typed PER, one
 * "Games" ORG), testa's 41 of 41.  "Games" ends companies' names too ("Epic Games"): it makes
 * an event only after an event's word before it. */
static const char *const event_last_words[] = {
    "Prix", "Olympics", "Airshow", "Festival", "Contest", "Championship", "Championships", "Cup", "Games", NULL};
/* Laws, treaties, prizes, races and telescopes are MISC as events are,
 * when the labels' name ends on the word (a title-case headline's "Wins
 * [BAFTAs] With Six Awards" is not one name, "Living Legend Award and
 * Black Lives Matter" one typed ORG is left whole), and no body's head
 * stands before it: train.conllu "Clean Air
 * Act", "Lusaka Agreement", "Comprehensive Test Ban Treaty", "Democratic
 * National Convention" (6 of 7), names ending on "Prize" 5 of 5; the
 * golds' 30 names ending on these words are all MISC ("First Amendment",
 * "U.S. Constitution", "London Marathon", "Edinburgh Comedy Award",
 * "Hubble Space Telescope"); the capitalised word after guards a firm
 * ("Marathon Oil", "Penn Treaty American"). */
static const char *const work_last_words[] = {
    "Act", "Treaty", "Agreement", "Amendment", "Accord", "Accords", "Constitution", "Convention", "Prize",
    "Award", "Awards", "Marathon", "Telescope", NULL};
/* Heads of bodies that a law's word may end the name of: "[Federal Office
 * for the Protection of the Constitution]" is a body. */
static const char *const work_body_heads[] = {"Office", "Department", "Ministry", "Agency", "Commission",
                                              "Committee", "Council", "Bureau", "Institute", "Authority",
                                              "Court", "Foundation", "Centre", "Center", NULL};

/* Whether the labels' name [i, j) ends on a word of work_last_words and
 * holds no body's head before it. */
static int work_name(const char *text, const vl_ner_tok *toks, size_t i, size_t j) {
    if (!tok_in(text, &toks[j - 1], work_last_words)) return 0;
    for (size_t k = i; k + 1 < j; k++)
        if (tok_in(text, &toks[k], work_body_heads)) return 0;
    return 1;
}

static const char *const games_before[] = {"Commonwealth", "Olympic", "Paralympic", "Winter", "Summer", "Asian",
                                           "Youth", "Pan", "Invictus", "Island", "Highland", "Arab", "African",
                                           "Mediterranean", NULL};

/* Makes each LOC, ORG or MISC name of lab[0..n) ending on a word of
 * event_last_words (or, the whole name, work_name), or followed by capitalised words that the labels
 * leave out or type MISC up to one ("[Las Vegas] Grand Prix"), one MISC,
 * unless a capitalised word follows the event's word ("World Cup
 * Organising Committee", a body); returns whether it changed a label. */
static int event_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const games[] = {"Games", NULL};
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        if (type != VL_NER_ORG && type != VL_NER_LOC && type != VL_NER_MISC) {
            i++;
            continue;
        }
        size_t j = name_end(text, toks, n, lab, i);
        /* capitalised words after it, left out or a MISC of their own */
        size_t e = j;
        while (e < n && e < j + 4 && (toks[e].flags & VL_NTOK_WORD) && tok_capitalised(text, &toks[e]) &&
               (lab[e] == 0 || vl_ner_label_type(lab[e]) == VL_NER_MISC))
            e++;
        size_t end = 0;
        for (size_t k = e; k > i && !end; k--) {
            if (!tok_may_be_capital(text, &toks[k - 1]) ||
                !(tok_in(text, &toks[k - 1], event_last_words) || (k == j && work_name(text, toks, i, j))))
                continue;
            if (k - 1 == i) break; /* the event's word alone: "Cup", "Games" */
            if (tok_in(text, &toks[k - 1], games) && !tok_in(text, &toks[k - 2], games_before)) break;
            end = k;
        }
        if (end && end < n && (toks[end].flags & VL_NTOK_WORD) && tok_capitalised(text, &toks[end])) end = 0;
        if (end && (end > j || type != VL_NER_MISC)) {
            set_name(lab, i, end, VL_NER_MISC);
            changed = 1;
            i = end;
            continue;
        }
        i = j;
    }
    return changed;
}

/* Whether token t is a British road's code, A or M and one to four
 * digits ("A470", "M6", "A303"), not an Airbus's ("A320", "A350") nor a
 * money supply's (Reuters-21578: "the M3 rose", "the M3 aggregate"; M1 to
 * M3 left out, motorways though they are too). */
static int en_road_code(const char *text, const vl_ner_tok *t) {
    static const char *const airbus[] = {"A220", "A300", "A310", "A318", "A319", "A320", "A321", "A330",
                                         "A340", "A350", "A380", "A400", NULL};
    const char *w = text + t->start;
    size_t len = t->end - t->start;
    if (len < 2 || len > 5 || (w[0] != 'A' && w[0] != 'M') || w[1] == '0') return 0;
    if (w[0] == 'M' && len == 2 && w[1] <= '3') return 0;
    for (size_t k = 1; k < len; k++)
        if (w[k] < '0' || w[k] > '9') return 0;
    return !tok_in(text, t, airbus);
}

/* Whether token t is an American interstate's code: "I-5", "I-95". */
static int interstate_code(const char *text, const vl_ner_tok *t) {
    const char *w = text + t->start;
    size_t len = t->end - t->start;
    if (len < 3 || len > 5 || w[0] != 'I' || w[1] != '-' || w[2] == '0') return 0;
    for (size_t k = 2; k < len; k++)
        if (w[k] < '0' || w[k] > '9') return 0;
    return 1;
}

/* Roads, LOC in the golds (the third gold's rule: "[A303]", "[M6]",
 * "[Interstate 5]", "[Highway 401]", "[I-5]"), which the tagger leaves
 * out or types MISC (7 lines of the golds).  CoNLL-2003 names no road.
 * Taken: a British road's code after "the" ("along the [A470]"), not
 * before a rating's, a paper's, a chip's or a machine's word ("the A1
 * rating", "the M2 chip", Reuters-21578's "the A12 mainframe"); an
 * interstate's code; "Interstate", "Highway" or "Route" and a number.
 * Only where the labels leave the words out or make them one name of
 * their own.  Returns whether it changed a label. */
static int en_road_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const the[] = {"the", NULL};
    static const char *const not_road[] = {"rating", "ratings", "grade", "money", "paper", "sheet", "sheets",
                                           "size", "chip", "chips", "processor", "bond", "bonds", "notes", "mainframe",
                                           "computer", "computers", "aircraft", "jet", "jets", "plane", "planes",
                                           "engine", "engines", "model", "models", "rifle", "tank", "tanks",
                                           "bomber", "bombers", "missile", "missiles", "supply", "aggregate",
                                           NULL};
    static const char *const road_words[] = {"Interstate", "Highway", "Route", NULL};
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        size_t e = 0;
        if (i > 0 && tok_in(text, &toks[i - 1], the) && en_road_code(text, &toks[i]) &&
            !(i + 1 < n && tok_in(text, &toks[i + 1], not_road)))
            e = i + 1;
        else if (interstate_code(text, &toks[i]))
            e = i + 1;
        else if (i + 1 < n && tok_in(text, &toks[i], road_words) && tok_number(text, &toks[i + 1]) &&
                 !memchr(text + toks[i + 1].start, '.', toks[i + 1].end - toks[i + 1].start) &&
                 !memchr(text + toks[i + 1].start, ',', toks[i + 1].end - toks[i + 1].start))
            e = i + 2;
        if (!e) continue;
        /* the words left out, or one name of the labels' own */
        if (lab[i] && !vl_ner_label_is_b(lab[i])) continue;
        if (e < n && lab[e] && !vl_ner_label_is_b(lab[e])) continue;
        if (lab[i] == vl_ner_label_b(VL_NER_LOC) && (e == i + 1 || lab[i + 1] == vl_ner_label_i(VL_NER_LOC))) continue;
        set_name(lab, i, e, VL_NER_LOC);
        changed = 1;
        i = e - 1;
    }
    return changed;
}

/* Parliaments' own one-word names: "the [Knesset]", "the [Riksdag]",
 * "the [Senedd]", "the [Bundestag]", which the tagger types LOC (the
 * building's seat) or MISC (the golds: 5 such lines, all ORG).
 * train.conllu's one, "Russian [Duma]", is ORG; "Commons" and "Lords"
 * alone name the houses only after "the" ("in the [Commons]"). */
static const char *const legislatures[] = {
    "Knesset", "Riksdag", "Senedd", "Bundestag", "Bundesrat", "Duma", "Sejm", "Storting", "Stortinget",
    "Folketing", "Althing", "Eduskunta", "Oireachtas", "Dail", "Seanad", "Majlis", "Saeima", "Seimas",
    "Riigikogu", "Sabor", "Cortes", NULL};
static const char *const houses[] = {"Commons", "Lords", NULL};
/* Labour parties' names alone: "[Labor] would hold 31 seats" (ner-gold9,
 * typed MISC 3 times, as if an adjective like "Democrat"); train.conllu's
 * "Labour" alone is ORG 4 of 4 ("Labor" alone is never a name there: its
 * 4 tokens are in "Labor Day", "Labor Department"), unless the
 * American department or the common noun (below). */
static const char *const labour[] = {"Labour", "Labor", NULL};
/* the American department and the common noun: "Secretary of Labor", "the
 * Labor department", "an unfair Labor practice" (PolNeAR, Reuters-21578) */
static const char *const labour_not_after[] = {"of", "unfair", NULL};
static const char *const labour_not_before[] = {"department", "practice", "practices", "day", "law", "laws",
                                                "market", "markets", "force", "costs", "movement", "unions",
                                                "union", "shortage", "shortages", NULL};

/* Retypes ORG each one-word name of lab[0..n) typed LOC, MISC or PER
 * that is a parliament's name (legislatures), "Commons" or "Lords" after
 * "the", or "Labour" or "Labor"; returns whether it changed a label. */
static int legislature_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const the[] = {"the", NULL};
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        if (type < 0 || type == VL_NER_ORG) {
            i++;
            continue;
        }
        size_t j = name_end(text, toks, n, lab, i);
        if (j == i + 1 && tok_may_be_capital(text, &toks[i]) &&
            (tok_in(text, &toks[i], legislatures) ||
             (i > 0 && tok_in(text, &toks[i - 1], the) && tok_in(text, &toks[i], houses)) ||
             (tok_in(text, &toks[i], labour) && !(i > 0 && tok_in(text, &toks[i - 1], labour_not_after)) &&
              !(j < n && tok_in(text, &toks[j], labour_not_before))))) {
            set_name(lab, i, j, VL_NER_ORG);
            changed = 1;
        }
        i = j;
    }
    return changed;
}

/* Heads of bodies' names, which take their place or people with "of":
 * "[Constitutional Democratic Party of Japan]", "[Court of Justice of the
 * European Union]", "[Directors Guild of America]".  In train.conllu an
 * ORG ending on one of them with "of" and a name after is one name every
 * time (Bank 18 of 19, Union 7, Department 6, Association 4, University
 * 4, Court 3, Board 3, Ministry 3, Party 2, Council 2 ...); the names cut
 * there end on a club's or a company's own name ("Galatasaray of Turkey",
 * "Bestop Inc of Boulder"), which these are not. */
static const char *const of_heads[] = {
    "Bank",    "Union",   "Department", "Association", "University", "Court",     "Board",      "Ministry",
    "Bureau",  "Council", "Party",      "Agency",      "Office",     "Commission", "Committee", "Institute",
    "Federation", "Guild", "Society",   "Church",      "Chamber",    "Conference", "Academy",   "College",
    "Authority", "Justice", "Organisation", "Organization", "Confederation", "Assembly", "League", NULL};

/* Joins to each ORG (or PER) name of lab[0..n) that ends on a word of
 * of_heads the name (not a MISC) that the labels open after "of" or "of
 * the": one ORG; returns whether it changed a label. */
static int of_labels(const char *text, const vl_ner_tok *toks, size_t n, int *lab) {
    static const char *const of[] = {"of", NULL}, *const the[] = {"the", NULL};
    int changed = 0;
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(lab[i]);
        if (type != VL_NER_ORG && type != VL_NER_PER) {
            i++;
            continue;
        }
        size_t j = name_end(text, toks, n, lab, i);
        if (j - i < 2 || !tok_may_be_capital(text, &toks[j - 1]) || !tok_in(text, &toks[j - 1], of_heads) ||
            j + 1 >= n || !tok_in(text, &toks[j], of)) {
            i = j;
            continue;
        }
        size_t k = j + 1;
        if (k < n && tok_in(text, &toks[k], the)) k++;
        int next = k < n ? vl_ner_label_type(lab[k]) : -1;
        /* not a nationality: "the Central Issuing Office of the [Swiss]
         * cantonal banks" */
        if (next < 0 || next == VL_NER_MISC || !vl_ner_label_is_b(lab[k]) || !tok_capitalised(text, &toks[k])) {
            i = j;
            continue;
        }
        size_t e = k + 1;
        while (e < n && lab[e] == vl_ner_label_i(next)) e++;
        set_name(lab, i, e, VL_NER_ORG);
        changed = 1;
        i = e;
    }
    return changed;
}

int vl_ner_emit_spans(const char *text, const vl_ner_tok *toks, const int *labels, size_t n, vl_lang lang,
                      vl_ner_span_fn fn, void *ctx) {
    return vl_ner_emit_spans_with(text, toks, labels, n, lang, NULL, fn, ctx);
}

/* Whether the company cues would read cues->in: labels a[0..n). */
static int cues_apply(const vl_ner_sent_cues *cues, const int *a, size_t n) {
    if (!cues) return 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] != cues->in[i]) return 0;
    return 1;
}

int vl_ner_emit_spans_with(const char *text, const vl_ner_tok *toks, const int *labels, size_t n, vl_lang lang,
                           const vl_ner_sent_cues *cues, vl_ner_span_fn fn, void *ctx) {
    int copy[VL_NER_MAX_SENT];
    /* The rules written for one language's modern news keep to it: the
     * English ones cut "Defender SVX" and "Bowler Motorsport", French car
     * names, as they cut "Rival T-Mobile US".  The older rules run on
     * both, as their lists are one language's words anyway. */
    const int en = lang == VL_LANG_EN, fr = lang == VL_LANG_FR;
    if (n <= VL_NER_MAX_SENT) {
        memcpy(copy, labels, n * sizeof *labels);
        int d = dateline_labels(text, toks, n, copy);
        /* the document rules ran them on these labels already, mostly */
        if (fr && cues_apply(cues, copy, n)) {
            for (size_t i = 0; i < n; i++) copy[i] = cues->out[i];
            d |= cues->changed;
        } else if (fr) {
            d |= org_cue_labels(text, toks, n, copy);
        }
        if (fr) d |= brand_labels(text, toks, n, copy);
        if (fr) d |= et_labels(text, toks, n, copy);
        if (fr) d |= lc_body_labels(text, toks, n, copy);
        d |= body_labels(text, toks, n, copy);
        if (fr) d |= generic_body_labels(text, toks, n, copy);
        if (fr) d |= acro_body_labels(text, toks, n, copy);
        if (fr) d |= place_head_labels(text, toks, n, copy);
        if (fr) d |= acro_name_labels(text, toks, n, copy);
        if (fr) d |= site_labels(text, toks, n, copy);
        if (fr) d |= state_labels(text, toks, n, copy);
        if (fr) d |= party_labels(text, toks, n, copy);
        if (fr) d |= common_acronym_labels(text, toks, n, copy);
        if (fr) d |= venue_labels(text, toks, n, copy);
        if (fr) d |= particle_person_labels(text, toks, n, copy);
        if (fr) d |= article_head_labels(text, toks, n, copy);
        if (fr) d |= road_labels(text, toks, n, copy);
        if (fr) d |= union_noun_labels(text, toks, n, copy);
        if (fr) d |= association_labels(text, toks, n, copy);
        if (fr) d |= league_labels(text, toks, n, copy);
        if (fr) d |= olympic_code_labels(text, toks, n, copy);
        if (fr) d |= prosecutor_court_labels(text, toks, n, copy);
        if (fr) d |= event_head_labels(text, toks, n, copy);
        if (fr) d |= bullet_labels(text, toks, n, copy);
        if (fr) d |= union_word_labels(text, toks, n, copy);
        if (fr) d |= pour_labels(text, toks, n, copy);
        if (fr) d |= work_labels(text, toks, n, copy);
        if (fr) d |= head_of_state_labels(text, toks, n, copy);
        if (fr) d |= town_labels(text, toks, n, copy);
        if (fr) d |= aircraft_labels(text, toks, n, copy);
        if (fr) d |= aircraft_maker_labels(text, toks, n, copy);
        if (fr) d |= seat_labels(text, toks, n, copy);
        d |= portfolio_labels(text, toks, n, copy);
        if (fr) d |= ministry_labels(text, toks, n, copy);
        d |= based_labels(text, toks, n, copy);
        d |= month_labels(text, toks, n, copy);
        if (en) {
            d |= and_labels(text, toks, n, copy);
            d |= particle_labels(text, toks, n, copy);
            d |= euro_particle_labels(text, toks, n, copy, 0);
            d |= celestial_labels(text, toks, n, copy);
            d |= party_state_labels(text, toks, n, copy);
            d |= ticker_labels(text, toks, n, copy, 1);
            d |= place_labels(text, toks, n, copy);
            d |= of_labels(text, toks, n, copy);
            d |= for_and_labels(text, toks, n, copy);
            d |= event_labels(text, toks, n, copy);
            d |= legislature_labels(text, toks, n, copy);
            d |= en_road_labels(text, toks, n, copy);
            d |= signoff_people_labels(text, toks, n, copy);
            d |= group_labels(text, toks, n, copy);
            d |= agency_labels(text, toks, n, copy);
            d |= misc_head_labels(text, toks, n, copy);
            d |= possessive_org_labels(text, toks, n, copy);
            d |= place_pair_labels(text, toks, n, copy);
        }
        if (fr) d |= acro_full_labels(text, toks, n, copy);
        if (fr) d |= euro_particle_labels(text, toks, n, copy, 1);
        if (fr) d |= ticker_labels(text, toks, n, copy, 1);
        if (fr) d |= demonym_labels(text, toks, n, copy);
        if (fr) d |= distance_pair_labels(text, toks, n, copy);
        if (fr) d |= elysee_labels(text, toks, n, copy);
        if (fr) d |= publisher_labels(text, toks, n, copy);
        if (fr) d |= region_adj_labels(text, toks, n, copy);
        if (fr) d |= nature_head_labels(text, toks, n, copy);
        if (fr) d |= prize_person_labels(text, toks, n, copy);
        if (fr) d |= athlete_labels(text, toks, n, copy);
        if (fr) d |= fr_word_labels(text, toks, n, copy);
        if (org_tail_labels(text, toks, n, copy) || d) labels = copy;
    }
    for (size_t i = 0; i < n;) {
        int type = vl_ner_label_type(labels[i]);
        if (type < 0) {
            i++;
            continue;
        }
        size_t j = name_end(text, toks, n, labels, i);
        /* An elided article in lower case (l', d') never opens a name,
         * whatever the labels say: "de l'Éducation nationale" names
         * "Éducation nationale".  The tagger learns it inside names
         * ("ministère de l'Intérieur") and, rarely, starts a name with
         * it.  In capitals it may be the name's own ("L'Express",
         * "N'Djamena"): the labels decide. */
        size_t b = i;
        while (b < j && (toks[b].flags & VL_NTOK_ELISION) && text[toks[b].start] >= 'a' && text[toks[b].start] <= 'z')
            b++;
        size_t e = j;
        while (e > b + 1 && (tok_in(text, &toks[e - 1], span_closers) ||
                             (fr && tok_in(text, &toks[e - 1], fr_clause_closers))))
            e--;
        /* a common noun glued before the name ("Rival T-Mobile US") */
        while (en && e > b + 1 && tok_may_be_capital(text, &toks[b]) && tok_capitalised(text, &toks[b + 1])) {
            if (tok_in(text, &toks[b], company_role_nouns)) {
                if (type == VL_NER_PER) type = VL_NER_ORG;
            } else if (!tok_in(text, &toks[b], role_nouns)) {
                break;
            }
            b++;
        }
        /* a party's member: "the [Labour] MP for Carlisle" (train.conllu
         * never puts MP or MPs inside a name, 8 of 8 outside) */
        if (en && type != VL_NER_PER && e > b + 1 && tok_in(text, &toks[e - 1], members)) e--;
        if (fr && type != VL_NER_PER && e >= b + 4) e = fr_and_count_end(text, toks, b, e);
        if (type == VL_NER_PER) {
            while (en && e > b + 1 && tok_in(text, &toks[e - 1], post_nominals)) e--;
            while (e > b + 1 && tok_in(text, &toks[e - 1], span_closers)) e--;
            while (e > b + 1 && tok_in(text, &toks[b], span_titles)) b++;
            for (size_t k = b + 1; k < e; k++) {
                const vl_ner_tok *t = &toks[k];
                int digit = text[t->start] >= '0' && text[t->start] <= '9';
                if (k + 1 < e && tok_in(text, t, epithet_articles) && tok_capitalised(text, &toks[k + 1])) continue;
                if (digit || (tok_lower(text, t) && !tok_in(text, t, name_particles) &&
                              !memchr(text + t->start, '-', t->end - t->start))) {
                    e = k;
                    while (e > b + 1 && tok_in(text, &toks[e - 1], span_closers)) e--;
                    break;
                }
            }
            if (e >= b + 2 && tok_may_be_capital(text, &toks[e - 1]) && tok_in(text, &toks[e - 1], org_last_words))
                type = VL_NER_ORG;
        }
        /* in French a place's span never ends so: "[Chase Manhattan Bank]",
         * "[Qatar Airways]" typed LOC are firms (winer-fr 2016-01 ...
         * 2017-04: such names ORG 25 times, LOC never) */
        if (fr && type == VL_NER_LOC && e >= b + 2 && tok_may_be_capital(text, &toks[e - 1]) &&
            tok_in(text, &toks[e - 1], org_last_words))
            type = VL_NER_ORG;
        if (en && type == VL_NER_LOC && e >= b + 2 && tok_may_be_capital(text, &toks[e - 1]) &&
            tok_in(text, &toks[e - 1], en_org_not_place_words))
            type = VL_NER_ORG;
        if (fr && (type == VL_NER_LOC || type == VL_NER_PER) && e >= b + 2 && tok_may_be_capital(text, &toks[e - 1]) &&
            tok_in(text, &toks[e - 1], fr_org_last_words))
            type = VL_NER_ORG;
        if (b == j) {
            i = j;
            continue;
        }
        vl_ner_span sp = {.type = (vl_ner_type)type,
                          .start = toks[b].cstart,
                          .end = toks[e - 1].cend,
                          .byte_start = toks[b].start,
                          .byte_end = toks[e - 1].end,
                          .text = text + toks[b].start,
                          .text_len = toks[e - 1].end - toks[b].start};
        int rc = fn(ctx, &sp);
        if (rc) return rc;
        i = j;
    }
    return 0;
}
