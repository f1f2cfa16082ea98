/*
 * fuzz_events.c -- libFuzzer target for the quantity and event extractors.
 *
 * Tags arbitrary bytes for time expressions (French and English), then for
 * quantities and events, with pseudo-entities made from the capitalised
 * runs of the input (so that the entity paths run without a model), and
 * checks what the extractors promise: spans inside the text, in order,
 * start < end; counted phrases inside their quantity; events whose
 * evidence holds the actor, whose arguments are empty or inside the text,
 * whose entity and time-expression indexes are in range, and whose code is
 * a CAMEO root code.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/event.h"
#include "extract/quantity.h"
#include "extract/timex.h"

#define VL_CHECK(c)        \
    do {                   \
        if (!(c)) abort(); \
    } while (0)

static vl_timex_tagger *tt;
static vl_quantity_tagger *qt;
static vl_event_tagger *et;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    vl_error err;
    if (vl_timex_tagger_new(&tt, &err) || vl_quantity_tagger_new(&qt, &err) || vl_event_tagger_new(&et, &err)) abort();
    return 0;
}

static void check_arg(const vl_event_arg *a, size_t size, size_t nents) {
    VL_CHECK(a->start <= a->end && a->end <= size);
    VL_CHECK(a->entity >= -1 && (a->entity < 0 || (size_t)a->entity < nents));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *text = (const char *)data;
    /* pseudo-entities: runs of ASCII capitals then lower-case letters */
    vl_ner_mention ents[64];
    size_t nents = 0;
    for (size_t i = 0; i < size && nents < 64;) {
        if (data[i] >= 'A' && data[i] <= 'Z' && (i == 0 || data[i - 1] == ' ')) {
            size_t j = i + 1;
            while (j < size && data[j] >= 'a' && data[j] <= 'z') j++;
            ents[nents] = (vl_ner_mention){.type = (vl_ner_type)(nents % 4), .start = i, .end = j,
                                           .canon_start = i, .canon_end = j};
            nents++;
            i = j;
        } else {
            i++;
        }
    }
    for (int lang = VL_LANG_UND; lang < VL_LANG_COUNT; lang++) {
        const vl_timex *tx;
        size_t ntx;
        if (vl_timex_tag(tt, text, size, (vl_lang)lang, "2025-09-12", &tx, &ntx)) continue;
        const vl_quantity *q;
        size_t nq;
        VL_CHECK(vl_quantity_tag(qt, text, size, (vl_lang)lang, tx, ntx, &q, &nq) == VL_OK);
        size_t last = 0;
        for (size_t i = 0; i < nq; i++) {
            VL_CHECK(q[i].start < q[i].end && q[i].end <= size && q[i].start >= last);
            VL_CHECK(q[i].cp_start < q[i].cp_end);
            if (q[i].counted_end > q[i].counted_start)
                VL_CHECK(q[i].counted_start >= q[i].start && q[i].counted_end <= q[i].end);
            last = q[i].end;
        }
        const vl_event *ev;
        size_t ne;
        VL_CHECK(vl_event_tag(et, text, size, (vl_lang)lang, ents, nents, tx, ntx, &ev, &ne) == VL_OK);
        for (size_t i = 0; i < ne; i++) {
            VL_CHECK(ev[i].start < ev[i].end && ev[i].end <= size && ev[i].cp_start < ev[i].cp_end);
            VL_CHECK(ev[i].code >= 1 && ev[i].code <= 20 && ev[i].action && ev[i].action[0]);
            check_arg(&ev[i].actor, size, nents);
            check_arg(&ev[i].target, size, nents);
            check_arg(&ev[i].place, size, nents);
            VL_CHECK(ev[i].actor.start < ev[i].actor.end);
            VL_CHECK(ev[i].actor.start >= ev[i].start && ev[i].actor.end <= ev[i].end);
            VL_CHECK(ev[i].timex >= -1 && (ev[i].timex < 0 || (size_t)ev[i].timex < ntx));
        }
    }
    return 0;
}
