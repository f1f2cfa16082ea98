/*
 * input.h -- byte streams for the readers (internal to src/io).
 *
 * A vl_input delivers the decompressed bytes of a file, of standard input
 * ("-") or of a memory buffer.  gzip (one or more members) and zstd (one or
 * more frames) are recognised by their magic bytes, not by the file name,
 * and decoded with the streaming APIs of zlib and libzstd: memory stays
 * bounded whatever the size of the input.
 */
#ifndef VL_IO_INPUT_H
#define VL_IO_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "veille.h"

typedef struct vl_input vl_input;

/* Opens path ("-": standard input, shown as "<stdin>").  VL_EIO with err
 * naming the file when it cannot be opened or is a directory. */
int vl_input_open(const char *path, vl_input **out, vl_error *err);
/* Reads from data[0..len), which must outlive the input; `name` (may be
 * NULL) is the path shown in messages. */
int vl_input_open_mem(const void *data, size_t len, const char *name, vl_input **out,
                      vl_error *err);

/* Reads up to cap decompressed bytes into buf.  Returns the number of bytes
 * (> 0), 0 at the end of the input, or VL_EIO / VL_ENOMEM with err set when
 * it cannot go on (read error, truncated or corrupt compressed stream).
 * Bytes decoded before a failure are delivered first; the failure comes at
 * the next call, and is returned again by every later call. */
ptrdiff_t vl_input_read(vl_input *in, void *buf, size_t cap, vl_error *err);

/* The path shown in messages ("<stdin>" for standard input). */
const char *vl_input_path(const vl_input *in);
/* Decompressed bytes delivered so far. */
uint64_t vl_input_bytes(const vl_input *in);
/* "plain", "gzip" or "zstd". */
const char *vl_input_codec(const vl_input *in);

void vl_input_close(vl_input *in);

#endif
