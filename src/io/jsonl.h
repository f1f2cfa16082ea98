/*
 * jsonl.h -- the fields of one JSON line as the reader sees them (internal
 * to src/io).  jansson parses every line; this is what the reader keeps of
 * it for vl_doc.
 */
#ifndef VL_IO_JSONL_H
#define VL_IO_JSONL_H

#include <stddef.h>

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

#endif
