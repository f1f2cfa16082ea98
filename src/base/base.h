/*
 * base.h -- small internal helpers shared by every module: error filling and
 * a growable byte buffer.  Nothing here is public API.
 */
#ifndef VL_BASE_H
#define VL_BASE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "veille.h"

#if defined(__GNUC__) || defined(__clang__)
#define VL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define VL_PRINTF(f, a)
#endif

/* Fills err (if non-NULL) and returns code, so that callers can write
 * `return vl_error_set(err, VL_EIO, path, 0, "cannot open: %s", why);`.
 * `path` may be NULL; line 0 means "the whole file". */
int vl_error_set(vl_error *err, int code, const char *path, long line,
                 const char *fmt, ...) VL_PRINTF(5, 6);

/* A growable byte buffer, always NUL-terminated after vl_buf_* calls.
 * Reuse one across iterations (vl_buf_reset keeps the allocation) so that
 * hot loops do not allocate. */
typedef struct vl_buf {
    char *data;
    size_t len, cap;
} vl_buf;

void vl_buf_init(vl_buf *b);
void vl_buf_free(vl_buf *b);
static inline void vl_buf_reset(vl_buf *b) { b->len = 0; if (b->data) b->data[0] = 0; }
int vl_buf_reserve(vl_buf *b, size_t extra); /* VL_OK or VL_ENOMEM */
int vl_buf_append(vl_buf *b, const void *p, size_t n);
int vl_buf_putc(vl_buf *b, char c);
int vl_buf_puts(vl_buf *b, const char *s);
int vl_buf_printf(vl_buf *b, const char *fmt, ...) VL_PRINTF(2, 3);
/* Hands the buffer's memory to the caller (malloc'd, NUL-terminated; never
 * NULL unless out of memory) and leaves b empty. */
char *vl_buf_steal(vl_buf *b);

/* Room for one more element in a growable array of `n` items of `elem`
 * bytes with capacity *cap: returns items itself when there is room, else
 * the array reallocated to twice its capacity (`first` when empty, with
 * *cap updated), or NULL when out of memory (items and *cap untouched). */
void *vl_array_grow(void *items, size_t *cap, size_t n, size_t elem, size_t first);

/* True when s is a valid calendar date written YYYY-MM-DD (years 0001-9999). */
int vl_date_valid(const char *s, size_t len);

#endif
