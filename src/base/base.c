/*
 * base.c -- error filling and the growable buffer declared in base.h.
 */
#include "base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int vl_error_set(vl_error *err, int code, const char *path, long line,
                 const char *fmt, ...) {
    if (!err) return code;
    err->code = code;
    err->line = line;
    snprintf(err->path, sizeof err->path, "%s", path ? path : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

void vl_error_clear(vl_error *err) {
    if (!err) return;
    err->code = VL_OK;
    err->line = 0;
    err->path[0] = 0;
    err->message[0] = 0;
}

const char *vl_strerror(int code) {
    switch (code) {
    case VL_OK: return "ok";
    case VL_ENOMEM: return "out of memory";
    case VL_EIO: return "input/output error";
    case VL_EFORMAT: return "malformed input";
    case VL_EQUERY: return "malformed query";
    case VL_ESTORE: return "database error";
    case VL_ENOTFOUND: return "not found";
    case VL_EARG: return "invalid argument";
    case VL_ETOOBIG: return "input too large";
    case VL_EINTERRUPT: return "interrupted";
    default: return "unknown error";
    }
}

void vl_buf_init(vl_buf *b) { b->data = NULL; b->len = b->cap = 0; }

void vl_buf_free(vl_buf *b) {
    free(b->data);
    vl_buf_init(b);
}

int vl_buf_reserve(vl_buf *b, size_t extra) {
    if (extra >= SIZE_MAX - b->len - 1) return VL_ENOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return VL_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p) return VL_ENOMEM;
    b->data = p;
    b->cap = cap;
    return VL_OK;
}

int vl_buf_append(vl_buf *b, const void *p, size_t n) {
    if (vl_buf_reserve(b, n)) return VL_ENOMEM;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
    return VL_OK;
}

int vl_buf_putc(vl_buf *b, char c) { return vl_buf_append(b, &c, 1); }

int vl_buf_puts(vl_buf *b, const char *s) { return vl_buf_append(b, s, strlen(s)); }

int vl_buf_printf(vl_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return VL_EARG;
    if (vl_buf_reserve(b, (size_t)n)) return VL_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return VL_OK;
}

char *vl_buf_steal(vl_buf *b) {
    if (!b->data && vl_buf_reserve(b, 0)) return NULL;
    char *p = b->data;
    if (b->len == 0) p[0] = 0;
    vl_buf_init(b);
    return p;
}

void *vl_array_grow(void *items, size_t *cap, size_t n, size_t elem, size_t first) {
    if (n < *cap) return items;
    size_t want = *cap ? *cap : first;
    if (*cap && want > SIZE_MAX / 2 / elem) return NULL;
    if (*cap) want *= 2;
    void *p = realloc(items, want * elem);
    if (p) *cap = want;
    return p;
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int vl_date_valid(const char *s, size_t len) {
    if (len != 10 || s[4] != '-' || s[7] != '-') return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1) return 0;
    int maxd = mdays[m - 1] + (m == 2 && is_leap(y));
    return d <= maxd;
}
