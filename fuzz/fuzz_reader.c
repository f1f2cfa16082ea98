/*
 * fuzz_reader.c -- libFuzzer target for the ingest readers.
 *
 * Feeds arbitrary bytes to vl_reader_open_mem in each format (auto, dispatch,
 * JSON Lines), reads every document to the end, and checks what reader.h
 * promises of each one: valid UTF-8 without NUL in every string, a valid
 * date, a non-empty text of the stated length.  Gzip and zstd magic bytes in
 * the input reach the decoders too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "base/base.h"
#include "io/reader.h"

#define VL_CHECK(c) \
    do {            \
        if (!(c)) abort(); \
    } while (0)

static void vl_check_str(const char *s, int required) {
    if (!s) {
        VL_CHECK(!required);
        return;
    }
    VL_CHECK(vl_utf8_check(s, strlen(s), NULL));
}

static void vl_check_doc(const vl_doc *d) {
    vl_check_str(d->id, 1);
    vl_check_str(d->date, 1);
    vl_check_str(d->text, 1);
    VL_CHECK(vl_date_valid(d->date, strlen(d->date)));
    VL_CHECK(d->id[0] != 0);
    VL_CHECK(d->text_len > 0 && strlen(d->text) == d->text_len);
    vl_check_str(d->title, 0);
    vl_check_str(d->source, 0);
    vl_check_str(d->url, 0);
    vl_check_str(d->lang, 0);
    vl_check_str(d->extra, 0);
    if (d->extra) {
        json_t *x = json_loads(d->extra, 0, NULL);
        VL_CHECK(x && json_is_object(x) && json_object_size(x) > 0);
        json_decref(x);
    }
}

static void vl_read_all(const uint8_t *data, size_t size, vl_format fmt) {
    vl_reader *r;
    vl_error err;
    if (vl_reader_open_mem(data, size, "fuzz/input.txt", fmt, &r, &err) != VL_OK) return;
    vl_doc doc;
    for (int i = 0; i < 1000000; i++) {
        int rc = vl_reader_next(r, &doc, &err);
        if (rc == 1) {
            vl_check_doc(&doc);
            continue;
        }
        if (rc == 0) break;
        /* Messages are printable, and a skipped document names its file. */
        VL_CHECK(vl_utf8_check(err.message, strlen(err.message), NULL));
        VL_CHECK(err.path[0] != 0);
        if (rc != VL_EFORMAT && rc != VL_ETOOBIG) {
            /* A failure repeats. */
            VL_CHECK(vl_reader_next(r, &doc, &err) == rc);
            break;
        }
    }
    VL_CHECK(vl_reader_bytes(r) <= (uint64_t)64 << 30);
    vl_reader_close(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vl_read_all(data, size, VL_FORMAT_AUTO);
    vl_read_all(data, size, VL_FORMAT_DISPATCH);
    vl_read_all(data, size, VL_FORMAT_JSONL);

    return 0;
}
