/*
 * tokenize.c -- tokens and sentences for the entity tagger.
 *
 * The search analyser (src/text) splits for indexing; the tagger needs
 * other things: punctuation kept as tokens (it is context), abbreviations
 * and initials kept with their dot (M., Mme., Dr., St., J., J.-C.) so that they do
 * not end a sentence, French elision cut off the front of a word (l'OTAN ->
 * l' + OTAN, so that the entity is OTAN), the English possessive 's cut off
 * the end, hyphenated names kept whole (Jean-Claude, Champs-Elysées,
 * Jumbo-Visma), dotted acronyms kept whole (U.S.), numbers with separators
 * whole (3,5 / 1.000).  Sentences end after . ! ? ... when what follows does
 * not start in lower case, and always at a blank line.
 *
 * Everything works on the caller's text in place: tokens are offsets (bytes
 * and code points), nothing is allocated.  The tagger lexes every text
 * twice (doc.c), so the common cases skip utf8proc: two- and three-byte
 * sequences are decoded inline, and the Latin letters (U+00C0-U+02C1
 * but the signs × and ÷: é, ç, œ, ł...) are known to be letters without
 * a table lookup; anything else asks utf8proc as before.
 */
#include <string.h>
#include <utf8proc.h>

#include "ner/ner_internal.h"
#include "ner/utf8.h"

/* Letters of Latin-1 and Latin Extended-A/B and the IPA block up to the
 * modifier letters (categories Lu, Ll, Lt, Lo, Lm): U+00C0-U+02C1 but
 * U+00D7 and U+00F7 (Sm). */
static inline int latin_letter(int32_t cp) { return cp >= 0xC0 && cp <= 0x2C1 && cp != 0xD7 && cp != 0xF7; }

static inline int is_space(int32_t cp) {
    if (cp < 0) return 1; /* invalid byte: a separator */
    if (cp < 0x80) return cp <= ' ' || cp == 0x7f;
    if (latin_letter(cp)) return 0;
    if (cp == 0xA0 || cp == 0x202F || cp == 0x2007 || cp == 0xFEFF || cp == 0x200B) return 1;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
           c == UTF8PROC_CATEGORY_CC || c == UTF8PROC_CATEGORY_CF;
}

static inline int is_word(int32_t cp) {
    if (cp < 0) return 0;
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (latin_letter(cp)) return 1;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

static int is_letter(int32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (latin_letter(cp)) return 1;
    return is_word(cp) && utf8proc_category(cp) != UTF8PROC_CATEGORY_ND;
}
static int is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }
static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
static int is_upper(int32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z'; /* utf8proc's answer for ASCII (and -1) */
    return utf8proc_isupper(cp);
}
/* An ASCII letter or digit (a byte is one only if it is ASCII). */
/* ASCII letters and digits by table: one load and a test per byte of the
 * runs that make most of a text. */
#define AL10(x) x, x, x, x, x, x, x, x, x, x
static const unsigned char ascii_alnum_tab[256] = {
    ['0'] = AL10(1),
    ['A'] = AL10(1), AL10(1), 1, 1, 1, 1, 1, 1,
    ['a'] = AL10(1), AL10(1), 1, 1, 1, 1, 1, 1,
};
#undef AL10
static inline int ascii_alnum(unsigned char c) { return ascii_alnum_tab[c]; }

/* Opening punctuation after which a new sentence may start. */
static int is_opening(int32_t cp) {
    return cp == '"' || cp == '(' || cp == '[' || cp == 0xAB || cp == 0x201C || cp == 0x2018 ||
           cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '\'';
}
/* Closing punctuation that stays with the sentence it closes. */
static int is_closing(int32_t cp) {
    return cp == '"' || cp == ')' || cp == ']' || cp == 0xBB || cp == 0x201D || cp == 0x2019 || cp == '\'';
}

/* ASCII case-insensitive comparison of s[0..n) with a lower-case word. */
static int eq_ci(const char *s, size_t n, const char *w) {
    size_t k = 0;
    for (; k < n && w[k]; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != w[k]) return 0;
    }
    return k == n && !w[k];
}

static const char *const elisions[] = {"l", "d", "qu", "n", "s", "c", "j", "m", "t",
                                       "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", NULL};

static int is_elision(const char *s, size_t n) {
    for (const char *const *e = elisions; *e; e++)
        if (eq_ci(s, n, *e)) return 1;
    return 0;
}

/* Abbreviations that keep their dot, case-sensitive, at most ABBR_MAX
 * bytes each; saints, mounts and forts in capitals too, as headlines and
 * datelines write them ("ST. LOUIS").  The second list may
 * still end a sentence ("... etc. Le lendemain"). */
static const char *const abbrevs[] = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Mt", "Ft", "ST", "STE", "MT", "FT", "Mr", "Mrs", "Ms",
    "Sr", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Cdt", "Gov", "Sen", "Rep", "Prof", "Rev", "Bros",
    "Av", "av", "bd", "Bd", "cf", "vol", "p", "pp", "No", "no", "art", "Art", "ch", "env", "vs", "Jan",
    "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "janv", "févr", "avr", "juil", "sept", "oct", "nov",
    "déc", "Ave", "Blvd", "Mass", "Calif", "Fla", "Ill", "Wash", "Pa", "Va", "Ga", "Ariz", "Minn", NULL};
static const char *const abbrevs_final[] = {"etc", "Inc", "Corp", "Ltd", "Co", "Jr", "cie", "Cie", NULL};

/* Bytes of the longest word of abbrevs and abbrevs_final ("Calif", "févr"). */
#define ABBR_MAX 5

static int in_list(const char *const *list, const char *s, size_t n) {
    if (n > ABBR_MAX) return 0;
    for (; *list; list++)
        if ((*list)[0] == s[0] && strlen(*list) == n && memcmp(*list, s, n) == 0) return 1;
    return 0;
}

/* Reads one token at lx->pos (after white space); 0 at the end. */
__attribute__((always_inline)) static inline int next_token(vl_ner_lexer *lx, vl_ner_tok *t) {
    const char *s = lx->text;
    size_t len = lx->len, pos = lx->pos, cpos = lx->cpos, adv;
    int32_t cp = -1;
    int newlines = 0;
    while (pos < len) {
        if (s[pos] == ' ') {
            pos++;
            cpos++;
            continue;
        }
        cp = vl_ner_utf8_decode(s, len, pos, &adv);
        if (!is_space(cp)) break;
        if (cp == '\n') newlines++;
        pos += adv;
        cpos++;
    }
    if (pos >= len) {
        lx->pos = pos;
        lx->cpos = cpos;
        return 0;
    }
    memset(t, 0, sizeof *t);
    t->start = pos;
    t->cstart = cpos;
    if (newlines >= 2 || pos == 0 || lx->newlines < 0) t->flags |= VL_NTOK_PARA;
    lx->newlines = newlines;
    if (is_word(cp)) {
        t->flags |= VL_NTOK_WORD;
        size_t seg_start = pos, seg_cps = 0, ncps = 0;
        int dotted = 0;
        int32_t prev = -1;
        for (;;) {
            /* A run of ASCII letters and digits, a byte at a time. */
            size_t run = pos;
            while (run < len && ascii_alnum((unsigned char)s[run])) run++;
            if (run > pos) {
                size_t k = run - pos;
                cpos += k;
                ncps += k;
                seg_cps += k;
                prev = (unsigned char)s[run - 1];
                pos = run;
            }
            if (pos >= len) break;
            cp = vl_ner_utf8_decode(s, len, pos, &adv);
            if (is_word(cp)) {
                pos += adv;
                cpos++;
                ncps++;
                seg_cps++;
                prev = cp;
                continue;
            }
            if (pos + adv >= len) break;
            size_t adv2;
            int32_t nx = vl_ner_utf8_decode(s, len, pos + adv, &adv2);
            if (is_hyphen(cp) && is_word(nx)) {
                pos += adv + adv2;
                cpos += 2;
                ncps += 2;
                seg_start = pos - adv2;
                seg_cps = 1;
                prev = nx;
                continue;
            }
            if (is_apos(cp) && is_letter(nx)) {
                if (lx->lang != VL_LANG_EN && is_elision(s + t->start, pos - t->start)) {
                    pos += adv;
                    cpos++;
                    t->flags |= VL_NTOK_ELISION;
                    break;
                }
                if (lx->lang != VL_LANG_FR && (nx == 's' || nx == 'S')) {
                    size_t adv3 = 0;
                    int32_t nn = pos + adv + adv2 < len ? vl_ner_utf8_decode(s, len, pos + adv + adv2, &adv3) : -1;
                    if (!is_word(nn)) break; /* 's is the next token */
                }
                pos += adv + adv2;
                cpos += 2;
                ncps += 2;
                seg_cps++;
                prev = nx;
                continue;
            }
            if ((cp == '.' || cp == ',') && is_digit(prev) && is_digit(nx)) {
                pos += adv + adv2;
                cpos += 2;
                ncps += 2;
                prev = nx;
                continue;
            }
            if (cp == '.' && seg_cps == 1 && is_letter(prev)) {
                /* Single letters between dots (U.S.A.), or between ".-"
                 * when both are capitals: French hyphenated initials
                 * (J.-C., J.-P.) are one token, like the first names they
                 * stand for (Jean-Claude). */
                size_t sep = adv, next_len = adv2;
                int32_t next = nx;
                int sep_cps = 1;
                if (is_hyphen(nx) && is_upper(prev) && pos + adv + adv2 < len) {
                    next = vl_ner_utf8_decode(s, len, pos + adv + adv2, &next_len);
                    sep = adv + adv2;
                    sep_cps = 2;
                    if (!is_upper(next)) next = -1;
                }
                if (is_letter(next)) {
                    pos += sep + next_len;
                    cpos += (size_t)sep_cps + 1;
                    ncps += (size_t)sep_cps + 1;
                    seg_start = pos - next_len;
                    seg_cps = 1;
                    dotted = 1;
                    prev = next;
                    continue;
                }
            }
            break;
        }
        (void)seg_start;
        /* A dot after an abbreviation, an initial or an acronym. */
        if (!(t->flags & VL_NTOK_ELISION) && pos < len && s[pos] == '.' &&
            !(pos + 1 < len && s[pos + 1] == '.')) {
            size_t n = pos - t->start;
            int initial = ncps == 1 && is_upper(prev);
            if (initial || dotted || in_list(abbrevs, s + t->start, n)) {
                t->flags |= VL_NTOK_ABBR;
                pos++;
                cpos++;
            } else if (in_list(abbrevs_final, s + t->start, n)) {
                t->flags |= VL_NTOK_ABBR | VL_NTOK_TERMINAL;
                pos++;
                cpos++;
            }
        }
    } else {
        /* Punctuation: one code point, but runs of dots, ! and ? are one
         * token, and 's (English possessive) is a word. */
        size_t adv2;
        int32_t nx = pos + adv < len ? vl_ner_utf8_decode(s, len, pos + adv, &adv2) : -1;
        if (is_apos(cp) && (nx == 's' || nx == 'S') && lx->lang != VL_LANG_FR) {
            size_t adv3 = 0;
            int32_t nn = pos + adv + adv2 < len ? vl_ner_utf8_decode(s, len, pos + adv + adv2, &adv3) : -1;
            if (!is_word(nn)) {
                pos += adv + adv2;
                cpos += 2;
                t->flags |= VL_NTOK_WORD;
                goto done;
            }
        }
        if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
            t->flags |= VL_NTOK_TERMINAL;
            pos += adv;
            cpos++;
            while (pos < len && (s[pos] == '.' || s[pos] == '!' || s[pos] == '?')) {
                pos++;
                cpos++;
            }
        } else {
            pos += adv;
            cpos++;
        }
    }
done:
    t->end = pos;
    t->cend = cpos;
    lx->pos = pos;
    lx->cpos = cpos;
    return 1;
}

void vl_ner_lexer_init(vl_ner_lexer *lx, const char *text, size_t len, vl_lang lang) {
    memset(lx, 0, sizeof *lx);
    lx->text = text;
    lx->len = len;
    lx->lang = lang;
    lx->newlines = -1; /* the first token starts a paragraph */
}

/* next_token out of line, for the rare peeks (after a sentence's end). */
static __attribute__((noinline)) int next_token_call(vl_ner_lexer *lx, vl_ner_tok *t) { return next_token(lx, t); }

static const vl_ner_tok *peek(vl_ner_lexer *lx) {
    if (!lx->has_ahead) lx->has_ahead = next_token_call(lx, &lx->ahead);
    return lx->has_ahead ? &lx->ahead : NULL;
}

/* The next token straight into *t (the peek of every token: next_token
 * inline, no copy through the look-ahead); 0 at the end.  What is peeked
 * already comes first. */
static inline int take(vl_ner_lexer *lx, vl_ner_tok *t) {
    if (lx->has_ahead) {
        *t = lx->ahead;
        return 1;
    }
    return next_token(lx, t);
}

static int32_t first_cp(const vl_ner_lexer *lx, const vl_ner_tok *t) {
    size_t adv;
    return vl_ner_utf8_decode(lx->text, lx->len, t->start, &adv);
}

size_t vl_ner_next_sentence(vl_ner_lexer *lx, vl_ner_tok *toks, size_t max) {
    if (max > VL_NER_MAX_SENT) max = VL_NER_MAX_SENT;
    size_t n = 0;
    while (n < max) {
        /* the token goes into toks[n]; a paragraph's first token after
         * the sentence's first is kept as the look-ahead instead */
        if (!take(lx, &toks[n])) {
            lx->has_ahead = 0;
            break;
        }
        const vl_ner_tok *t = &toks[n];
        if (n > 0 && (t->flags & VL_NTOK_PARA)) {
            lx->ahead = *t;
            lx->has_ahead = 1;
            break;
        }
        n++;
        lx->has_ahead = 0;
        if (!(t->flags & VL_NTOK_TERMINAL)) continue;
        /* A lone dot glued to a word on both sides ends nothing: a ticker's
         * exchange ("Unilever (ULVR.L) reported", "SIEGn.DE") or a name
         * written so ("St.Petersburg"), which split the sentence inside
         * its brackets. */
        if (n >= 2 && t->end - t->start == 1 && (toks[n - 2].flags & VL_NTOK_WORD) && toks[n - 2].end == t->start) {
            const vl_ner_tok *nx = peek(lx);
            if (nx && (nx->flags & VL_NTOK_WORD) && nx->start == t->end && !(nx->flags & VL_NTOK_PARA)) continue;
        }
        /* Closing quotes and brackets stay with the sentence they close. */
        while (n < max && (t = peek(lx)) && !(t->flags & VL_NTOK_PARA) && t->end - t->start <= 3 &&
               !(t->flags & VL_NTOK_WORD) && is_closing(first_cp(lx, t))) {
            toks[n++] = *t;
            lx->has_ahead = 0;
        }
        t = peek(lx);
        if (!t) break;
        int32_t c = first_cp(lx, t);
        if ((t->flags & VL_NTOK_PARA) || is_upper(c) || is_digit(c) || is_opening(c)) break;
    }
    return n;
}
