/*
 * fuzz_reader.c -- libFuzzer target for the ingest readers.
 *
 * Feeds arbitrary bytes to vl_reader_open_mem in each format (auto, dispatch,
 * JSON Lines), reads every document to the end, and checks what reader.h
 * promises of each one: valid UTF-8 without NUL in every string, a valid
 * date, a non-empty text of the stated length.  Gzip and zstd magic bytes in
 * the input reach the decoders too.
 *
 * It also checks the JSON fast path against jansson, line by line: a line
 * the fast path accepts must be accepted by jansson with the same values and
 * the same re-serialised extras (see src/io/jsonl_fast.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "io/jsonl_fast.h"
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

static void vl_check_fast(const char *p, size_t n, vl_buf *arena, vl_buf *extra) {
    if (!vl_utf8_check(p, n, NULL)) return;
    vl_jline jl;
    if (!vl_jsonl_fast(p, n, &jl, arena, extra)) return;
    json_error_t jerr;
    json_t *root = json_loadb(p, n, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
    VL_CHECK(root && json_is_object(root));
    for (int k = 0; k < VL_NKEYS; k++) {
        json_t *v = json_object_get(root, vl_jsonl_key(k));
        if (jl.state[k] == VL_JABSENT) {
            VL_CHECK(!v);
        } else if (jl.state[k] == VL_JNULL) {
            VL_CHECK(json_is_null(v));
        } else {
            VL_CHECK(json_is_string(v) && json_string_length(v) == jl.len[k]);
            VL_CHECK(memcmp(json_string_value(v), jl.val[k], jl.len[k]) == 0);
            VL_CHECK(jl.val[k][jl.len[k]] == 0);
        }
        if (v) json_object_del(root, vl_jsonl_key(k));
    }
    if (json_object_size(root) == 0) {
        VL_CHECK(jl.extra == NULL);
    } else {
        char *dump = json_dumps(root, JSON_COMPACT);
        VL_CHECK(dump && jl.extra && strcmp(dump, jl.extra) == 0);
        free(dump);
    }
    json_decref(root);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vl_read_all(data, size, VL_FORMAT_AUTO);
    vl_read_all(data, size, VL_FORMAT_DISPATCH);
    vl_read_all(data, size, VL_FORMAT_JSONL);

    vl_buf arena, extra;
    vl_buf_init(&arena);
    vl_buf_init(&extra);
    const char *p = (const char *)data, *e = p + size;
    while (p < e) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        if (!nl) nl = e;
        vl_check_fast(p, (size_t)(nl - p), &arena, &extra);
        p = nl + 1;
    }
    vl_buf_free(&arena);
    vl_buf_free(&extra);
    return 0;
}
