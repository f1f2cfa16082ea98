/*
 * event_tokens.c -- sentences and folded tokens for the quantity and event
 * extractors (see event_tokens.h).  Nothing is allocated.
 */
#include "extract/event_tokens.h"

#include <string.h>

/* Latin-1 letters U+00C0..U+00FF folded to ASCII ("" for the signs). */
static const char *const latin1_fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

int vl_xfold(const char *s, size_t n, char *out, size_t cap) {
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        const char *f = NULL;
        char one[2] = {0, 0};
        unsigned c = u[i];
        if (c < 0x80) {
            one[0] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            f = one;
            i++;
        } else if (c == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] < 0xC0) {
            f = latin1_fold[u[i + 1] - 0x80];
            if (!*f) return 0;
            i += 2;
        } else if (c == 0xC5 && i + 1 < n && (u[i + 1] == 0x92 || u[i + 1] == 0x93)) {
            f = "oe";
            i += 2;
        } else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0x99 || u[i + 2] == 0x98)) {
            f = "'";
            i += 3;
        } else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] >= 0x90 && u[i + 2] <= 0x94) {
            f = "-";
            i += 3;
        } else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x82 && u[i + 2] == 0xAC) {
            f = "\xe2\x82\xac"; /* the euro sign stays itself */
            i += 3;
        } else if (c == 0xC2 && i + 1 < n) {
            if (u[i + 1] == 0xA3) f = "\xc2\xa3"; /* pound sign */
            else if (u[i + 1] == 0xB0) f = "\xc2\xb0"; /* degree sign */
            else if (u[i + 1] == 0xB2) f = "2";
            else return 0;
            i += 2;
        } else {
            return 0;
        }
        size_t fl = strlen(f);
        if (o + fl + 1 > cap) return 0;
        memcpy(out + o, f, fl);
        o += fl;
    }
    out[o] = 0;
    return (int)o;
}

int vl_xlower(const char *s, size_t n, char *out, size_t cap) {
    if (n + 1 > cap) return 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        unsigned c = u[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        else if (i > 0 && u[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) c += 0x20;
        out[i] = (char)c;
    }
    out[n] = 0;
    return (int)n;
}

size_t vl_xtok_sentence(vl_ner_lexer *lx, vl_xtok *toks) {
    vl_ner_tok nt[VL_NER_MAX_SENT];
    size_t n = vl_ner_next_sentence(lx, nt, VL_NER_MAX_SENT);
    for (size_t i = 0; i < n; i++) {
        vl_xtok *t = &toks[i];
        t->start = nt[i].start;
        t->end = nt[i].end;
        t->cstart = nt[i].cstart;
        t->cend = nt[i].cend;
        t->flags = nt[i].flags;
        const unsigned char *u = (const unsigned char *)lx->text + t->start;
        t->cap = (u[0] >= 'A' && u[0] <= 'Z') || (u[0] == 0xC3 && t->end - t->start > 1 && u[1] >= 0x80 && u[1] <= 0x9E);
        t->klen = vl_xfold(lx->text + t->start, t->end - t->start, t->key, sizeof t->key);
        if (!t->klen) t->key[0] = 0;
    }
    return n;
}
