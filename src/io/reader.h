/*
 * reader.h -- streaming readers for the ingest formats.
 *
 * A vl_input is a byte stream from a file or standard input, decompressed on
 * the fly when it is gzip or zstd (detected by magic bytes, whatever the
 * file name).  A vl_reader sits on an input and yields documents one at a
 * time, in one of two formats, detected from the first bytes:
 *
 *   dispatch  optional leading whitespace, the word "date", spaces or tabs,
 *             an ISO date YYYY-MM-DD, then the body, which may begin on the
 *             same line (paragraphs separated by blank lines, kept as
 *             "\n\n").  One document per file; its id is the file name
 *             without directory, less one of .gz/.zst and then one of
 *             .txt/.dispatch/.md (any case): "a.txt.gz" -> "a",
 *             "b.tar.gz" -> "b.tar"; "stdin" for standard input.
 *   jsonl     one JSON object per line: "id", "date", "text" required
 *             (strings); "title", "source", "url", "lang" optional strings
 *             (null or "" counts as absent); every other key is kept,
 *             re-serialised as compact JSON, in vl_doc.extra.
 *             Blank lines are skipped; CRLF line ends are accepted.
 *
 * An id must be 1 to 256 bytes of UTF-8 without control characters.  A
 * UTF-8 byte order mark at the start is skipped.  In VL_FORMAT_AUTO an
 * input that starts (after whitespace) with neither "{" nor "date" is
 * rejected as a whole; an empty input holds no document and is no error.
 *
 * Memory stays bounded: lines and documents over VL_MAX_DOC_BYTES are
 * skipped without being held in memory (reported as VL_ETOOBIG), so a 100 MB
 * line costs no more than the limit.
 */
#ifndef VL_IO_READER_H
#define VL_IO_READER_H

#include <stddef.h>
#include <stdint.h>

#include "veille.h"

#define VL_MAX_DOC_BYTES (16u * 1024u * 1024u)

/* vl_reader's API (open, next, close) is public: see include/veille.h. */

/* Calls fn for every regular file under path (recursively, in sorted order,
 * skipping hidden files and directories), or once for path itself when it
 * is a file or "-".  Returns VL_EIO with err set when path cannot be read;
 * unreadable entries below it are reported through on_error and skipped. */
int vl_walk(const char *path, int (*fn)(void *ctx, const char *file),
            void (*on_error)(void *ctx, const vl_error *err), void *ctx, vl_error *err);

/* True when s[0..len) is valid UTF-8 with no NUL byte; on failure *bad_at is
 * the byte offset of the first offending byte. */
int vl_utf8_check(const char *s, size_t len, size_t *bad_at);

#endif
