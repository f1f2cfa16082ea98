/*
 * fuzz_quotes.c -- libFuzzer target for the quotation extractor.
 *
 * Feeds arbitrary bytes to vl_quote_tag in each language, with entity
 * mentions placed on the input's capitalised words (so that the speaker
 * resolution paths run), and checks what it promises: quotations inside
 * the text, non-empty, in order of their start; speaker, name, canonical
 * name and verb ranges inside the text; code-point offsets no greater than
 * the byte offsets.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/quote.h"

#define VL_CHECK(c)        \
    do {                   \
        if (!(c)) abort(); \
    } while (0)

static vl_quote_tagger *tagger;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    vl_error err;
    if (vl_quote_tagger_new(&tagger, &err)) abort();
    return 0;
}

static size_t cps(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *text = (const char *)data;
    /* entities: each run of ASCII letters starting with a capital */
    vl_ner_mention ents[64];
    size_t n = 0;
    for (size_t i = 0; i < size && n < 64;) {
        if (data[i] >= 'A' && data[i] <= 'Z' && (i == 0 || data[i - 1] == ' ')) {
            size_t j = i + 1;
            while (j < size && ((data[j] >= 'a' && data[j] <= 'z') || data[j] == ' ' ||
                                (data[j] >= 'A' && data[j] <= 'Z')))
                j++;
            while (j > i + 1 && data[j - 1] == ' ') j--;
            memset(&ents[n], 0, sizeof ents[n]);
            ents[n].type = (vl_ner_type)(data[i] % 4);
            ents[n].start = i;
            ents[n].end = j;
            ents[n].cp_start = cps(text, i);
            ents[n].cp_end = cps(text, j);
            n++;
            i = j;
        } else {
            i++;
        }
    }
    vl_ner_merge(text, ents, n);
    static const vl_lang langs[] = {VL_LANG_FR, VL_LANG_EN, VL_LANG_UND};
    for (size_t l = 0; l < 3; l++) {
        const vl_quote *q;
        size_t nq;
        VL_CHECK(vl_quote_tag(tagger, text, size, langs[l], ents, n, &q, &nq) == VL_OK);
        for (size_t i = 0; i < nq; i++) {
            VL_CHECK(q[i].start < q[i].end && q[i].end <= size);
            VL_CHECK(q[i].cp_start <= q[i].start && q[i].cp_end <= q[i].end && q[i].cp_start < q[i].cp_end);
            VL_CHECK(i == 0 || q[i - 1].start <= q[i].start);
            VL_CHECK(q[i].spk_start <= q[i].spk_end && q[i].spk_end <= size);
            VL_CHECK(q[i].name_start <= q[i].name_end && q[i].name_end <= size);
            VL_CHECK(q[i].canon_start <= q[i].canon_end && q[i].canon_end <= size);
            VL_CHECK(q[i].verb_start <= q[i].verb_end && q[i].verb_end <= size);
            VL_CHECK(q[i].entity < (int)n);
        }
    }
    return 0;
}
