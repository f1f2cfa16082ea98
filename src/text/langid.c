/*
 * langid.c -- language codes and the identification of a text's language
 * (vl_lang_code, vl_lang_parse, vl_lang_identify from veille.h).
 *
 * Identification counts function words: news prose is full of them, and a
 * few hundred words tell French from English reliably without a model.
 * Other languages that share many French words (Spanish, Italian,
 * Portuguese, Dutch) and German have their own lists, so that a dispatch in
 * one of them scores highest there and comes out "und" instead of being
 * taken for French (then stemmed with the wrong rules).  Only the first
 * VL_LANGID_BYTES are read: the language of a dispatch shows in its first
 * paragraphs, and ingest must not pay for the whole body.
 */
#include <stddef.h>
#include <string.h>

#include "text/text_internal.h"
#include "veille.h"

/* Bytes read at most (the word in progress is finished). */
#define VL_LANGID_BYTES 4096
/* Longest word looked up, in bytes: every function word is shorter. */
#define VL_LANGID_WORD 15
/* Evidence needed: the best language's function words must number at least
 * VL_LANGID_MIN_HITS, weigh at least VL_LANGID_MIN_SCORE hundredths of a
 * word found in one language only, be at least VL_LANGID_MIN_PCT percent
 * of all words (a Polish or Czech text has a few "a", "i", "to", "na", but
 * far fewer than English has function words), and outweigh the
 * runner-up by VL_LANGID_MARGIN_PCT percent.  Tuned on news: see the
 * langid tests. */
#ifndef VL_LANGID_MIN_HITS
#define VL_LANGID_MIN_HITS 3
#endif
#ifndef VL_LANGID_MIN_SCORE
#define VL_LANGID_MIN_SCORE 150
#endif
#ifndef VL_LANGID_MIN_PCT
#define VL_LANGID_MIN_PCT 10
#endif
#ifndef VL_LANGID_MARGIN_PCT
#define VL_LANGID_MARGIN_PCT 25
#endif
/* The weight of a word found in one language only (divisible by 1..7). */
#define VL_LANGID_UNIT 420u

enum { FR = 1, EN = 2, DE = 4, ES = 8, IT = 16, PT = 32, NL = 64, NLANGS = 7 };

typedef struct fword {
    const char *w;
    unsigned char langs;
} fword;

/* Function words, merged over the languages, sorted bytewise (memcmp order,
 * a prefix first) for bsearch; UTF-8, lower case. */
static const fword words[] = {
    {"a", FR|EN|PT}, {"aan", NL}, {"aber", DE}, {"about", EN}, {"after", EN}, {"ainsi", FR},
    {"al", ES|IT}, {"alla", IT}, {"alors", FR}, {"als", DE|NL}, {"also", EN}, {"an", EN},
    {"anche", IT}, {"and", EN}, {"ao", PT}, {"apr\xC3\xA8" "s", FR}, {"are", EN}, {"as", EN|PT},
    {"at", EN}, {"au", FR}, {"auch", DE}, {"auf", DE}, {"aus", DE}, {"aussi", FR}, {"aux", FR},
    {"avait", FR}, {"avec", FR}, {"be", EN}, {"been", EN}, {"bei", DE}, {"bij", NL},
    {"but", EN}, {"by", EN}, {"c", FR}, {"ce", FR}, {"cela", FR}, {"ces", FR}, {"cet", FR},
    {"cette", FR}, {"che", IT}, {"chez", FR}, {"ci", IT}, {"com", PT}, {"come", IT},
    {"comme", FR}, {"como", ES|PT}, {"con", ES|IT}, {"contre", FR}, {"could", EN},
    {"cuando", ES}, {"d", FR}, {"da", IT|PT}, {"dal", IT}, {"dan", NL}, {"dans", FR},
    {"das", DE|PT}, {"dass", DE}, {"dat", NL}, {"da\xC3\x9F", DE}, {"de", FR|ES|PT|NL},
    {"degli", IT}, {"dei", IT}, {"del", ES|IT}, {"della", IT}, {"delle", IT}, {"dem", DE},
    {"den", DE}, {"depuis", FR}, {"der", DE}, {"des", FR|DE}, {"desde", ES}, {"di", IT},
    {"die", DE|NL}, {"do", PT}, {"dont", FR}, {"door", NL}, {"dos", ES|PT}, {"du", FR},
    {"d\xC3\xA9" "j\xC3\xA0", FR}, {"e", IT|PT}, {"een", NL}, {"ein", DE}, {"eine", DE},
    {"einen", DE}, {"einer", DE}, {"el", ES}, {"elle", FR}, {"elles", FR}, {"em", PT},
    {"en", FR|ES|NL}, {"encore", FR}, {"entre", FR|ES}, {"er", DE|NL}, {"es", DE|ES},
    {"essere", IT}, {"est", FR}, {"esta", ES}, {"este", ES}, {"est\xC3\xA1", ES}, {"et", FR},
    {"fait", FR}, {"foi", PT}, {"for", EN}, {"from", EN}, {"fue", ES}, {"f\xC3\xBC" "r", DE},
    {"gli", IT}, {"ha", ES|IT}, {"had", EN}, {"han", ES}, {"has", EN}, {"hat", DE},
    {"have", EN}, {"hay", ES}, {"he", EN}, {"hebben", NL}, {"heeft", NL}, {"her", EN},
    {"het", NL}, {"his", EN}, {"i", EN}, {"ich", DE}, {"il", FR|IT}, {"ils", FR}, {"im", DE},
    {"in", EN|IT|NL}, {"into", EN}, {"is", EN|NL}, {"ist", DE}, {"it", EN}, {"its", EN},
    {"j", FR}, {"j\xC3\xA1", PT}, {"l", FR}, {"la", FR|ES|IT}, {"las", ES}, {"last", EN},
    {"le", FR}, {"les", FR}, {"leur", FR}, {"leurs", FR}, {"lo", ES|IT}, {"lors", FR},
    {"los", ES}, {"lui", FR}, {"ma", IT}, {"maar", NL}, {"mais", FR|PT}, {"mas", PT},
    {"may", EN}, {"met", NL}, {"mit", DE}, {"more", EN}, {"muy", ES}, {"m\xC3\xA1" "s", ES},
    {"m\xC3\xAA" "me", FR}, {"na", PT}, {"naar", NL}, {"nach", DE}, {"nas", PT}, {"ne", FR},
    {"nel", IT}, {"nella", IT}, {"new", EN}, {"nicht", DE}, {"niet", NL}, {"no", PT},
    {"noch", DE}, {"nog", NL}, {"non", IT}, {"nos", PT}, {"not", EN}, {"notamment", FR},
    {"nous", FR}, {"nur", DE}, {"n\xC3\xA3" "o", PT}, {"o", PT}, {"oder", DE}, {"of", EN},
    {"om", NL}, {"on", FR|EN}, {"one", EN}, {"ont", FR}, {"ook", NL}, {"op", NL}, {"or", EN},
    {"os", PT}, {"other", EN}, {"ou", FR|PT}, {"over", EN|NL}, {"o\xC3\xB9", FR}, {"par", FR},
    {"para", ES|PT}, {"pas", FR}, {"pela", PT}, {"pelo", PT}, {"per", IT}, {"pero", ES},
    {"pi\xC3\xB9", IT}, {"plus", FR}, {"por", ES|PT}, {"porque", ES}, {"pour", FR}, {"qu", FR},
    {"que", FR|ES|PT}, {"questa", IT}, {"questo", IT}, {"qui", FR}, {"sa", FR}, {"said", EN},
    {"sans", FR}, {"se", FR|ES|PT}, {"selon", FR}, {"ser", ES|PT}, {"ses", FR}, {"seu", PT},
    {"she", EN}, {"should", EN}, {"si", IT}, {"sich", DE}, {"sie", DE}, {"sin", ES},
    {"sind", DE}, {"sobre", ES}, {"son", FR|ES}, {"sono", IT}, {"sont", FR}, {"sous", FR},
    {"stato", IT}, {"su", ES}, {"sua", PT}, {"sul", IT}, {"sur", FR}, {"sus", ES},
    {"s\xC3\xA3" "o", PT}, {"tambi\xC3\xA9" "n", ES}, {"tamb\xC3\xA9" "m", PT}, {"te", NL},
    {"than", EN}, {"that", EN}, {"the", EN}, {"their", EN}, {"there", EN}, {"these", EN},
    {"they", EN}, {"this", EN}, {"those", EN}, {"to", EN}, {"tot", NL}, {"tous", FR},
    {"tout", FR}, {"tra", IT}, {"tr\xC3\xA8" "s", FR}, {"two", EN}, {"uit", NL}, {"um", PT},
    {"uma", PT}, {"un", FR|ES|IT}, {"una", ES|IT}, {"und", DE}, {"une", FR}, {"up", EN},
    {"van", NL}, {"von", DE}, {"voor", NL}, {"vor", DE}, {"vous", FR}, {"was", EN}, {"we", EN},
    {"wel", NL}, {"werd", NL}, {"werden", DE}, {"were", EN}, {"what", EN}, {"when", EN},
    {"which", EN}, {"who", EN}, {"wie", DE}, {"will", EN}, {"wir", DE}, {"wird", DE},
    {"with", EN}, {"wordt", NL}, {"would", EN}, {"wurde", DE}, {"y", FR|ES}, {"ya", ES},
    {"year", EN}, {"you", EN}, {"zijn", NL}, {"zu", DE}, {"zum", DE}, {"zur", DE},
    {"\xC3\xA0", FR}, {"\xC3\xA7" "a", FR}, {"\xC3\xA8", IT}, {"\xC3\xA9", PT},
    {"\xC3\xA9" "tait", FR}, {"\xC3\xA9" "t\xC3\xA9", FR}, {"\xC3\xAA" "tre", FR},
    {"\xC3\xBC" "ber", DE},
};

static int cmp_word(const char *a, size_t alen, const char *b) {
    size_t blen = strlen(b);
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c) return c;
    return alen < blen ? -1 : alen > blen;
}

static unsigned lookup(const char *w, size_t n) {
    size_t lo = 0, hi = sizeof words / sizeof *words;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_word(w, n, words[mid].w);
        if (c == 0) return words[mid].langs;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

int vl_langid_table_ok(void) {
    for (size_t i = 1; i < sizeof words / sizeof *words; i++)
        if (cmp_word(words[i - 1].w, strlen(words[i - 1].w), words[i].w) >= 0) return 0;
    return 1;
}

/* Bytes of the separator at t[p], or 0 when t[p] starts a letter.  Only what
 * matters for function words is told apart: ASCII letters and non-ASCII
 * letters are letters; ASCII non-letters, Latin-1 punctuation (U+0080-U+00BF:
 * no-break space, guillemets) and General Punctuation (U+2000-U+206F: the
 * typographic apostrophe, dashes, quotes, narrow spaces) separate words. */
static size_t sep_len(const unsigned char *t, size_t n, size_t p) {
    unsigned char c = t[p];
    if (c < 0x80) return (unsigned char)((c | 0x20) - 'a') < 26 ? 0 : 1;
    if (c == 0xC2) return 2;
    if (c == 0xE2 && p + 1 < n && (t[p + 1] == 0x80 || t[p + 1] == 0x81)) return 3;
    return 0;
}

vl_lang vl_lang_identify(const char *text, size_t len) {
    if (!text) return VL_LANG_UND;
    const unsigned char *t = (const unsigned char *)text;
    /* A word shared by k languages gives each VL_LANGID_UNIT / k: "de" is
     * weak evidence for French, "les" strong, "the" decisive. */
    unsigned score[NLANGS] = {0};
    unsigned hits[NLANGS] = {0};
    unsigned nwords = 0;
    char w[VL_LANGID_WORD + 1];
    size_t p = 0;
    while (p < len) {
        size_t sl = sep_len(t, len, p);
        if (sl) {
            if (p >= VL_LANGID_BYTES) break;
            p += sl;
            continue;
        }
        size_t n = 0;
        int fits = 1, upper = 0;
        while (p < len && !sep_len(t, len, p)) {
            unsigned char c = t[p];
            if (c < 0x80) {
                upper += c < 'a';
                c |= 0x20;
            } else if (n > 0 && (unsigned char)w[n - 1] == 0xC3 && c >= 0x80 && c <= 0x9E &&
                       c != 0x97) {
                /* Upper-case Latin-1 letters (À..Þ but ×) are one bit away
                 * from their lower case in UTF-8 too: À -> à at sentence
                 * start. */
                c += 0x20;
            }
            if (n < VL_LANGID_WORD) w[n++] = (char)c;
            else fits = 0;
            p++;
        }
        /* Words in capitals (table headings, acronyms, shouted titles) are
         * not prose: they neither count as words nor as evidence. */
        if (n >= 2 && upper == (int)n) continue;
        nwords++;
        if (!fits) continue;
        unsigned m = lookup(w, n);
        if (!m) continue;
        unsigned k = 0;
        for (int i = 0; i < NLANGS; i++) k += (m >> i) & 1;
        for (int i = 0; i < NLANGS; i++)
            if (m & (1u << i)) {
                score[i] += VL_LANGID_UNIT / k;
                hits[i]++;
            }
    }
    int best = 0, second = 1;
    for (int i = 1; i < NLANGS; i++) {
        if (score[i] > score[best]) {
            second = best;
            best = i;
        } else if (i != best && score[i] > score[second]) {
            second = i;
        }
    }
    unsigned b = score[best], s = score[second];
    if (hits[best] < VL_LANGID_MIN_HITS || b * 100 < VL_LANGID_MIN_SCORE * VL_LANGID_UNIT ||
        hits[best] * 100 < nwords * VL_LANGID_MIN_PCT)
        return VL_LANG_UND;
    if (b * 100 < s * (100 + VL_LANGID_MARGIN_PCT)) return VL_LANG_UND;
    if ((1u << best) == FR) return VL_LANG_FR;
    if ((1u << best) == EN) return VL_LANG_EN;
    return VL_LANG_UND;
}

const char *vl_lang_code(vl_lang lang) {
    switch (lang) {
    case VL_LANG_FR: return "fr";
    case VL_LANG_EN: return "en";
    default: return "und";
    }
}

static int ascii_ieq(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (x != y) return 0;
    }
    return *a == *b;
}

int vl_lang_parse(const char *code) {
    if (!code) return -1;
    if (ascii_ieq(code, "fr") || ascii_ieq(code, "french")) return VL_LANG_FR;
    if (ascii_ieq(code, "en") || ascii_ieq(code, "english")) return VL_LANG_EN;
    if (ascii_ieq(code, "und")) return VL_LANG_UND;
    return -1;
}
