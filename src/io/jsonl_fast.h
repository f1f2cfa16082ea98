/*
 * jsonl_fast.h -- the fields of one JSON line, and a fast parser for the
 * common shape of a line (internal to src/io).
 *
 * jansson parses a typical news line at about 80 MB/s, which would make the
 * reader the slowest stage of an ingest.  Nearly every line is a flat object
 * whose values are strings, so vl_jsonl_fast parses exactly that shape (plus
 * true, false, null and plain integers) in one pass, and says "not mine" for
 * anything else: the reader then asks jansson, which stays the authority for
 * every other line and for every error message.  The fast path accepts no
 * line that jansson would reject and gives the same values and the same
 * re-serialised extras (fuzz/fuzz_reader.c checks both on every input).
 */
#ifndef VL_IO_JSONL_FAST_H
#define VL_IO_JSONL_FAST_H

#include <stddef.h>

#include "base/base.h"

/* The keys of a JSON line that map to vl_doc fields; the first three are
 * required. */
enum { VL_K_ID, VL_K_DATE, VL_K_TEXT, VL_K_TITLE, VL_K_SOURCE, VL_K_URL, VL_K_LANG, VL_NKEYS };

/* "id", "date", "text", "title", "source", "url", "lang". */
const char *vl_jsonl_key(int k);

/* What a line holds for the known keys. */
enum { VL_JABSENT = 0, VL_JSTRING = 1, VL_JNULL = 2 };

typedef struct vl_jline {
    int state[VL_NKEYS];      /* VL_JABSENT, VL_JSTRING or VL_JNULL */
    const char *val[VL_NKEYS]; /* NUL-terminated when state is VL_JSTRING */
    size_t len[VL_NKEYS];
    const char *extra;        /* the other keys as compact JSON, or NULL */
} vl_jline;

/* Parses line p[0..n), which must be valid UTF-8 (vl_utf8_check), into
 * *out, decoding strings into `arena` and writing the other keys into
 * `extra` (both reused from line to line; out points into them).  Returns 1
 * when the line is a flat JSON object of the shape described above with no
 * duplicate key and no non-string value for a known key (null is allowed
 * for the optional ones); 0 otherwise, leaving the verdict to jansson. */
int vl_jsonl_fast(const char *p, size_t n, vl_jline *out, vl_buf *arena, vl_buf *extra);

/* Appends s[0..n) to b as a JSON string, escaped exactly as jansson's
 * json_dump* do without flags (so that both paths give the same extras). */
int vl_json_put_string(vl_buf *b, const char *s, size_t n);

#endif
