/*
 * keys.c -- normalised, transliteration-variant and surname keys of entity
 * names (keys.h): what cross-dispatch merging compares instead of the
 * names as written.
 *
 * Why keys and not fuzzy matching: a key is computed once per name and
 * looked up in an index, so linking a mention costs a few b-tree lookups
 * whatever the size of the store, and the rule that links two spellings
 * is written down (keys.h) and testable, including the cases where it
 * must not link (Ivanov / Ivanova, Bush / Busch).
 */
#include "ner/keys.h"

#include <string.h>
#include <utf8proc.h>

#include "text/analyzer.h"

/* The abbreviations of saint as the word they stand for, so that
 * "St-Étienne", "St. Louis" and "Ste-Foy" have the keys of "Saint-Étienne",
 * "Saint Louis" and "Sainte-Foy": the word of out from word_start, just
 * ended, is replaced when it is "st" or "ste". */
static int spell_saint(vl_buf *out, size_t word_start) {
    size_t n = out->len - word_start;
    const char *w = out->data + word_start;
    const char *full = n == 2 && memcmp(w, "st", 2) == 0 ? "saint" : n == 3 && memcmp(w, "ste", 3) == 0 ? "sainte" : NULL;
    if (!full) return VL_OK;
    out->len = word_start;
    return vl_buf_puts(out, full) ? VL_ENOMEM : VL_OK;
}

/* An acronym written with full stops, "U.S.A." or "O.N.U.", folds to
 * single letters ("u s a"): they are joined into the key of "USA". */
static void join_initials(vl_buf *out) {
    if (out->len < 3) return;
    for (size_t i = 0; i < out->len; i++)
        if ((i % 2 == 0) != (out->data[i] != ' ') || (i % 2 == 0 && (unsigned char)out->data[i] >= 0x80)) return;
    if (out->len % 2 == 0) return;
    size_t w = 0;
    for (size_t i = 0; i < out->len; i += 2) out->data[w++] = out->data[i];
    out->len = w;
    out->data[w] = 0;
}

static int is_ascii_word(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

/* Letters, marks and digits (utf8proc's categories Lu to No). */
static int is_word_category(utf8proc_category_t c) { return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO; }

int vl_entity_key(const char *name, size_t len, vl_buf *out) {
    vl_buf folded;
    vl_buf_init(&folded);
    /* A short name in ASCII folds to its lower case: most names of English
     * dispatches and many French ones skip vl_text_fold's three buffers
     * and utf8proc's passes (the store keys every mention it links). */
    char ascii[128];
    int is_ascii = len < sizeof ascii;
    for (size_t i = 0; i < len && is_ascii; i++) is_ascii = (unsigned char)name[i] < 0x80;
    int rc = VL_OK;
    if (is_ascii) {
        for (size_t i = 0; i < len; i++) ascii[i] = name[i] >= 'A' && name[i] <= 'Z' ? (char)(name[i] + 32) : name[i];
    } else {
        rc = vl_text_fold(name, len, &folded);
    }
    vl_buf_reset(out);
    if (rc) {
        vl_buf_free(&folded);
        return rc == VL_ENOMEM ? VL_ENOMEM : rc;
    }
    const unsigned char *p = (const unsigned char *)(is_ascii ? ascii : folded.data ? folded.data : "");
    size_t n = is_ascii ? len : folded.len, i = 0, word_start = 0;
    int pending_space = 0;
    while (i < n && !rc) {
        utf8proc_int32_t cp = p[i];
        utf8proc_ssize_t k = 1;
        if (cp >= 0x80 && (k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp)) <= 0) {
            i++;
            continue;
        }
        int word = cp < 0x80 ? is_ascii_word((unsigned char)cp) : is_word_category(utf8proc_category(cp));
        if (!word) {
            if (!pending_space && out->len > 0) rc = spell_saint(out, word_start);
            pending_space = out->len > 0;
        } else {
            if (pending_space) rc = vl_buf_putc(out, ' ');
            if (pending_space || out->len == 0) word_start = out->len;
            pending_space = 0;
            /* with the ASCII letters and digits that follow: one append */
            while (i + (size_t)k < n && is_ascii_word(p[i + (size_t)k])) k++;
            if (!rc) rc = vl_buf_append(out, p + i, (size_t)k);
        }
        i += (size_t)k;
    }
    if (!rc && !pending_space && out->len > 0) rc = spell_saint(out, word_start);
    if (!rc) join_initials(out);
    vl_buf_free(&folded);
    if (!out->data && !rc) rc = vl_buf_puts(out, "");
    return rc;
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

static int is_letter(char c) { return c >= 'a' && c <= 'z'; }

/* One word of a key, [w, w+n), transliterated onto out (keys.h). */
static int translit_word(const char *w, size_t n, vl_buf *out) {
    size_t start = out->len;
    int rc = VL_OK;
    for (size_t i = 0; i < n && !rc;) {
        const char *rest = w + i;
        size_t left = n - i;
        const char *put = NULL;
        size_t used = 1;
        if (left >= 3 && memcmp(rest, "tch", 3) == 0) put = "ch", used = 3;
        else if (left >= 2 && memcmp(rest, "sh", 2) == 0) put = "ch", used = 2;
        else if (left >= 2 && memcmp(rest, "zh", 2) == 0) put = "j", used = 2;
        else if (left >= 2 && memcmp(rest, "kh", 2) == 0) put = "h", used = 2;
        else if (left >= 2 && memcmp(rest, "ou", 2) == 0) put = "u", used = 2;
        /* French writes a hard g before e and i as "gu" (Sergueï,
         * Evgueni); not at a word's start, where French names have it
         * (Guérin is not Gérin). */
        else if (i > 0 && left >= 3 && rest[0] == 'g' && rest[1] == 'u' && (rest[2] == 'e' || rest[2] == 'i'))
            put = "g", used = 2;
        else if (rest[0] == 'x') put = "ks";
        else if (rest[0] == 'y') put = "i";
        if (put) {
            for (const char *q = put; *q && !rc; q++)
                if (!(out->len > start && out->data[out->len - 1] == *q)) rc = vl_buf_putc(out, *q);
        } else if (is_letter(rest[0]) && out->len > start && out->data[out->len - 1] == rest[0]) {
            /* a doubled letter, written once */
        } else {
            rc = vl_buf_putc(out, rest[0]);
        }
        i += used;
    }
    /* A final e after a consonant (French poutine, alexandre), or before
     * a final r (English alexander, peter), is dropped. */
    size_t wl = out->len - start;
    char *w_end = out->data + out->len;
    if (!rc && wl >= 3 && w_end[-1] == 'e' && is_letter(w_end[-2]) && !is_vowel(w_end[-2])) {
        out->data[--out->len] = 0;
    } else if (!rc && wl >= 4 && w_end[-1] == 'r' && w_end[-2] == 'e' && is_letter(w_end[-3]) &&
               !is_vowel(w_end[-3])) {
        w_end[-2] = 'r';
        out->data[--out->len] = 0;
    }
    return rc;
}

int vl_entity_translit(const char *key, vl_buf *out) {
    vl_buf_reset(out);
    int rc = vl_buf_puts(out, "");
    const char *p = key;
    while (*p && !rc) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        if (out->len) rc = vl_buf_putc(out, ' ');
        if (!rc) rc = translit_word(p, n, out);
        p += n;
        while (*p == ' ') p++;
    }
    return rc;
}

int vl_entity_surname(const char *key, vl_buf *out) {
    vl_buf_reset(out);
    const char *sp = strrchr(key, ' ');
    if (!sp || !sp[1]) return vl_buf_puts(out, "") ? VL_ENOMEM : 0;
    return vl_buf_puts(out, sp + 1) ? VL_ENOMEM : 1;
}

/* Function words of French and English names, which acronyms skip
 * ("Cour internationale de justice", CIJ; "Bank of England", BoE is
 * not an acronym here: a lower-case letter). */
static int is_function_word(const char *w, size_t n) {
    static const char *const words[] = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "au", "aux",
                                        "a", "pour", "sur", "of", "the", "and", "for", "on", "in", "at", "to"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0) return 1;
    return 0;
}

/* A word of two to four letters without a vowel: an abbreviation ("fc",
 * "sc", "rc", "psv" is not one). */
static int is_abbreviation(const char *w, size_t n) {
    if (n < 2 || n > 4) return 0;
    for (size_t j = 0; j < n; j++)
        if (is_vowel(w[j]) || !is_letter(w[j])) return 0;
    return 1;
}

/* Whether a normalised key starts with an article that an acronym of
 * the name may spell: French parties and papers ("les republicains", LR).
 * Not the elided "l" ("L'Oréal" is not LO), nor English "the": "The
 * Voice" is no TV, "The Financial Times" no TFT. */
static int has_leading_article(const char *key) {
    static const char *const articles[] = {"le ", "la ", "les "};
    for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++)
        if (strncmp(key, articles[i], strlen(articles[i])) == 0) return 1;
    return 0;
}

int vl_entity_initials(const char *key, vl_initials_style style, vl_buf *out) {
    vl_buf_reset(out);
    if (vl_buf_puts(out, "")) return VL_ENOMEM;
    if (style != VL_INITIALS_NAME && !has_leading_article(key)) return 0;
    for (const char *p = key; *p;) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        int counts = style == VL_INITIALS_EVERY || (style == VL_INITIALS_ARTICLE && p == key) ||
                     !is_function_word(p, n);
        if (n && counts) {
            if (!is_letter(p[0])) {
                vl_buf_reset(out);
                return vl_buf_puts(out, "") ? VL_ENOMEM : 0;
            }
            /* An abbreviation is written in full in the acronym:
             * "Vernay FC", VFC. */
            if (is_abbreviation(p, n) ? vl_buf_append(out, p, n) : vl_buf_putc(out, p[0])) return VL_ENOMEM;
        }
        p += n;
        while (*p == ' ') p++;
    }
    if (out->len < 2) {
        vl_buf_reset(out);
        return vl_buf_puts(out, "") ? VL_ENOMEM : 0;
    }
    return 1;
}

int vl_entity_is_acronym(const char *name, size_t len) {
    size_t letters = 0;
    for (size_t i = 0; i < len; i++) {
        if (name[i] >= 'A' && name[i] <= 'Z') letters++;
        else if (!(name[i] == '.' && i > 0 && name[i - 1] != '.')) return 0;
    }
    return letters >= 2 && letters <= 5;
}
