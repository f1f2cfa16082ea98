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
#include <stdint.h>
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
#define VL_LANGID_MIN_HITS 2
#endif
#ifndef VL_LANGID_MIN_SCORE
#define VL_LANGID_MIN_SCORE 100
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
    unsigned char len, langs;
} fword;

/* The function words, per language (lower case; accents as written):
 *
 * BEGIN WORD LISTS
 * FR: le la les l d de des du un une et est en à au aux ce ces cet cette qui
 *     que qu ne pas il ils elle elles nous vous on sur dans par pour avec plus
 *     mais ou où son sa ses leur leurs été être a ont sont avait était fait
 *     comme aussi tout tous après entre depuis selon contre sans sous chez
 *     lors y se c j très déjà même encore ça lui cela ainsi alors dont
 *     notamment
 * EN: the of and to in a is was for on that with by as at from it its be has
 *     have had are were not this which but an or their they he his she her
 *     will would said been who after also than more about into over there up
 *     one new could other two we you i these those when what should may last
 *     year
 * DE: der die das und ist nicht den dem des ein eine einer einen zu mit von
 *     sich auf für im auch es wird werden wurde sind als bei nach aus hat noch
 *     wie aber oder über vor ich sie er wir zum zur dass daß nur
 * ES: el los las del y es por con para una se su sus al lo como más pero este
 *     esta fue han ha muy también sobre entre porque hay desde ser está son ya
 *     cuando sin dos que de la en un
 * IT: il lo gli della delle dei degli del di che è e per con non una un sono
 *     nel nella alla al anche come più ma ha questo questa essere ci dal sul
 *     tra si stato la in da
 * PT: o os as do da dos das e é em um uma para com não no na nos nas ao que se
 *     por mais como mas foi ser pelo pela são seu sua também já ou de a
 * NL: de het een van en in is op te dat die voor met zijn niet aan er ook om
 *     als bij door naar maar wordt werd heeft hebben dan nog wel uit over tot
 * END WORD LISTS
 *
 * The table below is generated from these lists: merged (a word's languages
 * or-ed together) and placed in VL_LANGID_SLOTS slots by hash_word with
 * linear probing, so that a lookup is one hash and one or two compares.
 * After editing the lists, regenerate it with the Python snippet in the
 * comment at the end of this file; vl_langid_table_ok (a unit test) checks
 * that every entry is where lookup looks for it. */
#define VL_LANGID_SLOTS 1024
static const fword words[VL_LANGID_SLOTS] = {
    [4] = {"han", 3, ES}, [8] = {"these", 5, EN}, [14] = {"dont", 4, FR}, [16] = {"it", 2, EN},
    [18] = {"ces", 3, FR}, [19] = {"sans", 4, FR}, [20] = {"do", 2, PT}, [21] = {"gli", 3, IT},
    [23] = {"\xC3\xA9" "t\xC3\xA9", 5, FR}, [25] = {"last", 4, EN}, [26] = {"than", 4, EN},
    [27] = {"aan", 3, NL}, [28] = {"les", 3, FR}, [31] = {"mais", 4, FR|PT},
    [32] = {"d\xC3\xA9" "j\xC3\xA0", 6, FR}, [33] = {"einen", 5, DE}, [36] = {"to", 2, EN},
    [39] = {"nog", 3, NL}, [40] = {"dan", 3, NL}, [41] = {"two", 3, EN}, [42] = {"le", 2, FR},
    [43] = {"para", 4, ES|PT}, [44] = {"should", 6, EN}, [45] = {"those", 5, EN},
    [47] = {"what", 4, EN}, [51] = {"cet", 3, FR}, [52] = {"einer", 5, DE},
    [57] = {"oder", 4, DE}, [59] = {"sul", 3, IT}, [60] = {"ne", 2, FR},
    [62] = {"could", 5, EN}, [71] = {"elle", 4, FR}, [77] = {"are", 3, EN},
    [78] = {"encore", 6, FR}, [82] = {"c", 1, FR}, [85] = {"pela", 4, PT},
    [86] = {"da", 2, IT|PT}, [89] = {"sa", 2, FR}, [91] = {"ma", 2, IT}, [92] = {"sua", 3, PT},
    [97] = {"come", 4, IT}, [103] = {"their", 5, EN}, [104] = {"of", 2, EN},
    [105] = {"stato", 5, IT}, [108] = {"lo", 2, ES|IT}, [109] = {"leur", 4, FR},
    [110] = {"pi\xC3\xB9", 4, IT}, [115] = {"d", 1, FR}, [117] = {"from", 4, EN},
    [118] = {"ser", 3, ES|PT}, [121] = {"ao", 2, PT}, [128] = {"auch", 4, DE},
    [129] = {"be", 2, EN}, [137] = {"om", 2, NL}, [138] = {"not", 3, EN},
    [141] = {"as", 2, EN|PT}, [143] = {"ya", 2, ES}, [148] = {"by", 2, EN},
    [156] = {"you", 3, EN}, [163] = {"como", 4, ES|PT}, [167] = {"est", 3, FR},
    [170] = {"op", 2, NL}, [171] = {"nos", 3, PT}, [172] = {"que", 3, FR|ES|PT},
    [173] = {"s\xC3\xA3" "o", 4, PT}, [177] = {"che", 3, IT}, [184] = {"aus", 3, DE},
    [191] = {"alla", 4, IT}, [193] = {"\xC3\xA9", 2, PT}, [199] = {"um", 2, PT},
    [201] = {"della", 5, IT}, [202] = {"noch", 4, DE}, [203] = {"his", 3, EN},
    [205] = {"los", 3, ES}, [207] = {"\xC3\xBC" "ber", 5, DE},
    [215] = {"\xC3\xA9" "tait", 6, FR}, [217] = {"aux", 3, FR}, [218] = {"niet", 4, NL},
    [224] = {"cette", 5, FR}, [225] = {"ci", 2, IT}, [226] = {"which", 5, EN},
    [231] = {"pour", 4, FR}, [238] = {"di", 2, IT}, [241] = {"si", 2, IT},
    [247] = {"ich", 3, DE}, [248] = {"avait", 5, FR}, [252] = {"sie", 3, DE},
    [255] = {"they", 4, EN}, [259] = {"m\xC3\xAA" "me", 5, FR},
    [264] = {"tamb\xC3\xA9" "m", 7, PT}, [265] = {"zu", 2, DE}, [266] = {"muy", 3, ES},
    [267] = {"im", 2, DE}, [268] = {"l", 1, FR}, [277] = {"mit", 3, DE},
    [281] = {"when", 4, EN}, [284] = {"said", 4, EN}, [285] = {"year", 4, EN},
    [287] = {"ein", 3, DE}, [294] = {"sobre", 5, ES}, [300] = {"a", 1, FR|EN|PT},
    [301] = {"une", 3, FR}, [302] = {"were", 4, EN}, [303] = {"voor", 4, NL},
    [313] = {"nas", 3, PT}, [329] = {"m\xC3\xA1" "s", 4, ES}, [331] = {"con", 3, ES|IT},
    [338] = {"uma", 3, PT}, [349] = {"there", 5, EN}, [352] = {"vor", 3, DE},
    [353] = {"j\xC3\xA1", 3, PT}, [354] = {"would", 5, EN}, [358] = {"este", 4, ES},
    [361] = {"es", 2, DE|ES}, [362] = {"\xC3\xA7" "a", 3, FR}, [366] = {"cela", 4, FR},
    [367] = {"sous", 4, FR}, [368] = {"der", 3, DE}, [369] = {"seu", 3, PT},
    [370] = {"du", 2, FR}, [372] = {"von", 3, DE}, [378] = {"o\xC3\xB9", 3, FR},
    [380] = {"sono", 4, IT}, [388] = {"or", 2, EN}, [390] = {"dat", 3, NL},
    [391] = {"may", 3, EN}, [392] = {"at", 2, EN}, [393] = {"selon", 5, FR},
    [394] = {"en", 2, FR|ES|NL}, [395] = {"heeft", 5, NL}, [396] = {"her", 3, EN},
    [397] = {"will", 4, EN}, [401] = {"dei", 3, IT}, [413] = {"aber", 4, DE},
    [414] = {"sont", 4, FR}, [415] = {"uit", 3, NL}, [420] = {"dass", 4, DE},
    [421] = {"fait", 4, FR}, [422] = {"apr\xC3\xA8" "s", 6, FR}, [423] = {"per", 3, IT},
    [431] = {"nella", 5, IT}, [435] = {"ist", 3, DE}, [439] = {"est\xC3\xA1", 5, ES},
    [448] = {"desde", 5, ES}, [452] = {"i", 1, EN}, [454] = {"qui", 3, FR},
    [455] = {"auf", 3, DE}, [457] = {"after", 5, EN}, [468] = {"questa", 6, IT},
    [469] = {"tout", 4, FR}, [474] = {"tambi\xC3\xA9" "n", 8, ES}, [476] = {"elles", 5, FR},
    [478] = {"la", 2, FR|ES|IT}, [480] = {"more", 4, EN}, [481] = {"she", 3, EN},
    [495] = {"one", 3, EN}, [496] = {"na", 2, PT}, [497] = {"nel", 3, IT},
    [498] = {"porque", 6, ES}, [499] = {"tot", 3, NL}, [500] = {"was", 3, EN},
    [501] = {"other", 5, EN}, [502] = {"avec", 4, FR}, [503] = {"\xC3\xAA" "tre", 5, FR},
    [508] = {"non", 3, IT}, [511] = {"zum", 3, DE}, [514] = {"ha", 2, ES|IT},
    [527] = {"over", 4, EN|NL}, [529] = {"new", 3, EN}, [534] = {"questo", 6, IT},
    [538] = {"sich", 4, DE}, [540] = {"the", 3, EN}, [544] = {"degli", 5, IT},
    [547] = {"een", 3, NL}, [548] = {"naar", 4, NL}, [549] = {"dos", 3, ES|PT},
    [553] = {"met", 3, NL}, [563] = {"fue", 3, ES}, [564] = {"zijn", 4, NL},
    [568] = {"contre", 6, FR}, [574] = {"about", 5, EN}, [575] = {"das", 3, DE|PT},
    [582] = {"tra", 3, IT}, [586] = {"del", 3, ES|IT}, [589] = {"sin", 3, ES},
    [593] = {"ils", 3, FR}, [594] = {"sus", 3, ES}, [602] = {"un", 2, FR|ES|IT},
    [612] = {"el", 2, ES}, [614] = {"het", 3, NL}, [616] = {"par", 3, FR},
    [617] = {"with", 4, EN}, [629] = {"plus", 4, FR}, [635] = {"son", 3, FR|ES},
    [637] = {"j", 1, FR}, [638] = {"nicht", 5, DE}, [641] = {"this", 4, EN},
    [651] = {"qu", 2, FR}, [652] = {"sind", 4, DE}, [655] = {"who", 3, EN},
    [657] = {"pero", 4, ES}, [658] = {"had", 3, EN}, [661] = {"ce", 2, FR},
    [662] = {"\xC3\xA0", 2, FR}, [670] = {"in", 2, EN|IT|NL}, [671] = {"o", 1, PT},
    [674] = {"de", 2, FR|ES|PT|NL}, [675] = {"van", 3, NL}, [676] = {"vous", 4, FR},
    [677] = {"se", 2, FR|ES|PT}, [678] = {"and", 3, EN}, [683] = {"wordt", 5, NL},
    [684] = {"f\xC3\xBC" "r", 4, DE}, [690] = {"te", 2, NL}, [703] = {"werd", 4, NL},
    [707] = {"been", 4, EN}, [713] = {"als", 3, DE|NL}, [715] = {"bei", 3, DE},
    [720] = {"anche", 5, IT}, [721] = {"die", 3, DE|NL}, [722] = {"tous", 4, FR},
    [728] = {"notamment", 9, FR}, [734] = {"com", 3, PT}, [736] = {"e", 1, IT|PT},
    [737] = {"n\xC3\xA3" "o", 4, PT}, [738] = {"ses", 3, FR}, [739] = {"una", 3, ES|IT},
    [742] = {"an", 2, EN}, [756] = {"y", 1, FR|ES}, [758] = {"por", 3, ES|PT},
    [760] = {"mas", 3, PT}, [764] = {"et", 2, FR}, [771] = {"des", 3, FR|DE},
    [778] = {"bij", 3, NL}, [779] = {"cuando", 6, ES}, [782] = {"eine", 4, DE},
    [783] = {"zur", 3, DE}, [785] = {"tr\xC3\xA8" "s", 5, FR}, [789] = {"delle", 5, IT},
    [790] = {"is", 2, EN|NL}, [791] = {"os", 2, PT}, [795] = {"ainsi", 5, FR},
    [796] = {"au", 2, FR}, [799] = {"wel", 3, NL}, [800] = {"up", 2, EN},
    [803] = {"into", 4, EN}, [804] = {"den", 3, DE}, [809] = {"door", 4, NL},
    [810] = {"nous", 4, FR}, [811] = {"wird", 4, DE}, [812] = {"ont", 3, FR},
    [813] = {"that", 4, EN}, [814] = {"\xC3\xA8", 2, IT}, [816] = {"da\xC3\x9F", 4, DE},
    [824] = {"wie", 3, DE}, [826] = {"leurs", 5, FR}, [833] = {"dans", 4, FR},
    [841] = {"lui", 3, FR}, [846] = {"dal", 3, IT}, [850] = {"also", 4, EN},
    [855] = {"las", 3, ES}, [857] = {"depuis", 6, FR}, [858] = {"nur", 3, DE},
    [872] = {"aussi", 5, FR}, [877] = {"wir", 3, DE}, [884] = {"maar", 4, NL},
    [888] = {"il", 2, FR|IT}, [891] = {"pelo", 4, PT}, [908] = {"but", 3, EN},
    [912] = {"for", 3, EN}, [913] = {"chez", 4, FR}, [915] = {"nach", 4, DE},
    [920] = {"ook", 3, NL}, [921] = {"hebben", 6, NL}, [922] = {"und", 3, DE},
    [929] = {"hay", 3, ES}, [935] = {"entre", 5, FR|ES}, [937] = {"we", 2, EN},
    [938] = {"alors", 5, FR}, [945] = {"foi", 3, PT}, [946] = {"esta", 4, ES},
    [948] = {"essere", 6, IT}, [950] = {"he", 2, EN}, [958] = {"wurde", 5, DE},
    [960] = {"al", 2, ES|IT}, [961] = {"werden", 6, DE}, [962] = {"hat", 3, DE},
    [964] = {"comme", 5, FR}, [976] = {"on", 2, FR|EN}, [981] = {"su", 2, ES},
    [982] = {"er", 2, DE|NL}, [985] = {"its", 3, EN}, [989] = {"dem", 3, DE},
    [995] = {"has", 3, EN}, [997] = {"sur", 3, FR}, [1003] = {"lors", 4, FR},
    [1009] = {"ou", 2, FR|PT}, [1015] = {"em", 2, PT}, [1018] = {"no", 2, PT},
    [1019] = {"have", 4, EN}, [1020] = {"pas", 3, FR},
};

/* FNV-1a: simple enough to mirror in the generator. */
static uint32_t hash_word(const char *w, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h;
}

/* 1 when a[0, n) and b[0, n) are the same bytes: a loop inline (the
 * words are short), not a library call. */
static inline int same_bytes(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

/* The languages of w[0, n), whose hash_word is h (0: not a function word);
 * inline, as it runs for every word. */
static inline unsigned lookup_h(const char *w, size_t n, uint32_t h) {
    for (uint32_t i = h & (VL_LANGID_SLOTS - 1);; i = (i + 1) & (VL_LANGID_SLOTS - 1)) {
        const fword *f = &words[i];
        if (!f->w) return 0;
        if (f->len == n && same_bytes(f->w, w, n)) return f->langs;
    }
}

static unsigned lookup(const char *w, size_t n) { return lookup_h(w, n, hash_word(w, n)); }

int vl_langid_table_ok(void) {
    size_t used = 0;
    for (size_t i = 0; i < VL_LANGID_SLOTS; i++) {
        const fword *f = &words[i];
        if (!f->w) continue;
        used++;
        if (strlen(f->w) != f->len || lookup(f->w, f->len) != f->langs || !f->langs) return 0;
    }
    /* Probing ends at an empty slot: keep the table at most 3/4 full. */
    return used > 0 && used * 4 <= VL_LANGID_SLOTS * 3;
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

/* An ASCII letter's lower case, plus 0x100 for an upper-case one; 0 for
 * any other byte. */
#define LA(c) ((c) >= 'a' && (c) <= 'z' ? (c) : (c) >= 'A' && (c) <= 'Z' ? ((c) + 32) | 0x100 : 0)
#define LA4(c) LA(c), LA((c) + 1), LA((c) + 2), LA((c) + 3)
#define LA16(c) LA4(c), LA4((c) + 4), LA4((c) + 8), LA4((c) + 12)
static const uint16_t ascii_letter[256] = {LA16(0),  LA16(16), LA16(32), LA16(48),
                                           LA16(64), LA16(80), LA16(96), LA16(112)};
#undef LA16
#undef LA4
#undef LA

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
        uint32_t h = 2166136261u; /* hash_word of w, as it grows */
        /* the word: up to the next separator (sep_len, inlined).  Its
         * ASCII letters while it fits go by a table, one test a byte (the
         * bound on the word folded into the loop's); any other byte by the
         * general case below. */
        for (;;) {
            size_t lim = p + (VL_LANGID_WORD - n) < len ? p + (VL_LANGID_WORD - n) : len;
            size_t q = p;
            for (; q < lim; q++) {
                unsigned v = ascii_letter[t[q]];
                if (!v) break;
                upper += (int)(v >> 8);
                w[n++] = (char)v;
                h = (h ^ (v & 0xff)) * 16777619u;
            }
            p = q;
            if (p >= len) break;
            unsigned char c = t[p];
            if (c < 0x80) {
                if ((unsigned char)((c | 0x20) - 'a') >= 26) break;
                upper += c < 'a';
                c |= 0x20;
            } else if (c == 0xC2 || (c == 0xE2 && p + 1 < len && (t[p + 1] == 0x80 || t[p + 1] == 0x81))) {
                break;
            } else if (n > 0 && (unsigned char)w[n - 1] == 0xC3 && c <= 0x9E && c != 0x97) {
                /* Upper-case Latin-1 letters (À..Þ but ×) are one bit away
                 * from their lower case in UTF-8 too: À -> à at sentence
                 * start. */
                c += 0x20;
            }
            if (n < VL_LANGID_WORD) {
                w[n++] = (char)c;
                h = (h ^ c) * 16777619u;
            } else {
                fits = 0;
            }
            p++;
        }
        /* Words in capitals (table headings, acronyms, shouted titles) are
         * not prose: they neither count as words nor as evidence. */
        if (n >= 2 && upper == (int)n) continue;
        nwords++;
        if (!fits) continue;
        unsigned m = lookup_h(w, n, h);
        if (!m) continue;
        /* the number of languages (a loop: without -mpopcnt the builtin
         * is a library call) */
        unsigned k = 0;
        for (unsigned x = m; x; x &= x - 1) k++;
        for (unsigned x = m; x; x &= x - 1) { /* its languages, lowest first */
            int i = __builtin_ctz(x);
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

/* The generator of `words` (python3; run from the repository root, paste
 * its output between the braces):

import re
src = open('src/text/langid.c').read()
block = src[src.index('BEGIN WORD LISTS'):src.index('END WORD LISTS')]
bits = {'FR': 1, 'EN': 2, 'DE': 4, 'ES': 8, 'IT': 16, 'PT': 32, 'NL': 64}
m, lang = {}, None
for line in block.split('\n')[1:]:
    t = line.strip(' *')
    if re.match(r'^[A-Z]{2}: ', t): lang, t = t[:2], t[4:]
    for w in t.split(): m[w.encode()] = m.get(w.encode(), 0) | bits[lang]
def fnv(b):
    h = 2166136261
    for c in b: h = ((h ^ c) * 16777619) & 0xffffffff
    return h
slots = [None] * 1024
for w in sorted(m):
    i = fnv(w) & 1023
    while slots[i] is not None: i = (i + 1) & 1023
    slots[i] = w
def cstr(b):
    r, hexed = '"', False
    for c in b:
        if 32 <= c < 127 and c not in (34, 92):
            r += ('" "' if hexed else '') + chr(c); hexed = False
        else:
            r += '\\x%02X' % c; hexed = True
    return r + '"'
line = '   '
for i, w in enumerate(slots):
    if w is None: continue
    e = ' [%d] = {%s, %d, %s},' % (i, cstr(w), len(w), '|'.join(k for k in bits if m[w] & bits[k]))
    if len(line) + len(e) > 96: print(line); line = '   '
    line += e
print(line)

 */
