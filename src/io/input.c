/*
 * input.c -- vl_input: decompressed byte streams from files, standard input
 * or memory (see input.h).
 *
 * The compressed bytes come in chunks (a 128 KiB read buffer for files; the
 * whole buffer at once for memory, without a copy) and are decoded straight
 * into the caller's buffer, so a plain file costs one read(2) per call and a
 * compressed one a single decode pass.  Errors are sticky: once a stream is
 * found truncated or corrupt, every later call reports the same failure, and
 * what was decoded before the damage is delivered first, so that the reader
 * still returns the documents that precede it.
 */
#define ZLIB_CONST
#include "io/input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include "base/base.h"

#define VL_RAW_CAP (128u * 1024u)

typedef enum vl_codec { VL_CODEC_PLAIN, VL_CODEC_GZIP, VL_CODEC_ZSTD } vl_codec;

struct vl_input {
    char *path;          /* shown in messages */
    int fd;              /* -1 for memory inputs */
    int own_fd;          /* close fd at the end (not standard input) */
    const unsigned char *mem; /* memory input: the data not yet chunked */
    size_t mem_len;
    unsigned char *raw;  /* read buffer for compressed or peeked bytes */
    const unsigned char *next; /* pending raw bytes */
    size_t avail;
    int raw_eof;         /* no raw bytes left after `avail` */
    vl_codec codec;
    z_stream z;
    int z_ready, z_ended; /* inflate initialised; current member ended */
    ZSTD_DStream *zs;
    size_t zs_hint;      /* last ZSTD_decompressStream result: 0 = frame done */
    int zs_pending;      /* the decoder may hold output not yet flushed */
    uint64_t out_bytes;
    int err_code;        /* sticky failure, with its message */
    char err_msg[256];
};

static int vl_input_fail(vl_input *in, int code, const char *what, const char *detail) {
    if (!in->err_code) {
        in->err_code = code;
        if (detail && *detail)
            snprintf(in->err_msg, sizeof in->err_msg, "%s: %s", what, detail);
        else
            snprintf(in->err_msg, sizeof in->err_msg, "%s", what);
    }
    return code;
}

/* Makes raw bytes available (in->next/avail) when none are pending.
 * Returns 1 when there are some, 0 at the end, or a failure code. */
static int vl_raw_fill(vl_input *in) {
    if (in->avail) return 1;
    if (in->raw_eof) return 0;
    if (in->fd < 0) {
        if (in->mem_len) {
            in->next = in->mem;
            in->avail = in->mem_len;
            in->mem += in->mem_len;
            in->mem_len = 0;
            return 1;
        }
        in->raw_eof = 1;
        return 0;
    }
    for (;;) {
        ssize_t n = read(in->fd, in->raw, VL_RAW_CAP);
        if (n > 0) {
            in->next = in->raw;
            in->avail = (size_t)n;
            return 1;
        }
        if (n == 0) {
            in->raw_eof = 1;
            return 0;
        }
        if (errno != EINTR) return vl_input_fail(in, VL_EIO, "read error", strerror(errno));
    }
}

/* Detects the codec from the first four raw bytes (fewer for a tiny input,
 * which is then plain). */
static int vl_input_start(vl_input *in, vl_error *err) {
    unsigned char head[4];
    size_t have = 0;
    if (in->fd < 0) {
        have = in->mem_len < 4 ? in->mem_len : 4;
        memcpy(head, in->mem, have);
    } else {
        /* A pipe may hand out fewer than four bytes per read. */
        size_t got = 0;
        while (got < 4) {
            ssize_t n = read(in->fd, in->raw + got, VL_RAW_CAP - got);
            if (n > 0) got += (size_t)n;
            else if (n == 0) {
                in->raw_eof = 1;
                break;
            } else if (errno != EINTR) {
                return vl_error_set(err, VL_EIO, in->path, 0, "read error: %s", strerror(errno));
            }
        }
        in->next = in->raw;
        in->avail = got;
        have = got < 4 ? got : 4;
        memcpy(head, in->raw, have);
    }
    in->codec = VL_CODEC_PLAIN;
    if (have >= 2 && head[0] == 0x1f && head[1] == 0x8b) {
        in->codec = VL_CODEC_GZIP;
    } else if (have == 4 && ((head[0] == 0x28 && head[1] == 0xb5 && head[2] == 0x2f &&
                              head[3] == 0xfd) ||
                             /* a skippable frame may come first */
                             ((head[0] & 0xf0) == 0x50 && head[1] == 0x2a && head[2] == 0x4d &&
                              head[3] == 0x18))) {
        in->codec = VL_CODEC_ZSTD;
    }
    if (in->codec == VL_CODEC_GZIP) {
        memset(&in->z, 0, sizeof in->z);
        /* 16 + MAX_WBITS: gzip wrapper only. */
        if (inflateInit2(&in->z, 16 + MAX_WBITS) != Z_OK)
            return vl_error_set(err, VL_ENOMEM, in->path, 0, "out of memory");
        in->z_ready = 1;
    } else if (in->codec == VL_CODEC_ZSTD) {
        if (!(in->zs = ZSTD_createDStream()))
            return vl_error_set(err, VL_ENOMEM, in->path, 0, "out of memory");
        ZSTD_initDStream(in->zs);
        in->zs_hint = 1;
    }
    return VL_OK;
}

static vl_input *vl_input_alloc(const char *path, vl_error *err) {
    vl_input *in = calloc(1, sizeof *in);
    if (in) in->path = strdup(path);
    if (!in || !in->path) {
        free(in);
        vl_error_set(err, VL_ENOMEM, path, 0, "out of memory");
        return NULL;
    }
    in->fd = -1;
    return in;
}

int vl_input_open(const char *path, vl_input **out, vl_error *err) {
    *out = NULL;
    if (!path) return vl_error_set(err, VL_EARG, NULL, 0, "no path given");
    int is_stdin = strcmp(path, "-") == 0;
    vl_input *in = vl_input_alloc(is_stdin ? "<stdin>" : path, err);
    if (!in) return VL_ENOMEM;
    if (is_stdin) {
        in->fd = 0;
    } else {
        in->fd = open(path, O_RDONLY | O_CLOEXEC);
        if (in->fd < 0) {
            int rc = vl_error_set(err, VL_EIO, path, 0, "%s", strerror(errno));
            vl_input_close(in);
            return rc;
        }
        in->own_fd = 1;
        struct stat st;
        if (fstat(in->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            vl_input_close(in);
            return vl_error_set(err, VL_EIO, path, 0, "is a directory");
        }
#ifdef POSIX_FADV_SEQUENTIAL
        if (S_ISREG(st.st_mode)) (void)posix_fadvise(in->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    }
    if (!(in->raw = malloc(VL_RAW_CAP))) {
        vl_input_close(in);
        return vl_error_set(err, VL_ENOMEM, path, 0, "out of memory");
    }
    int rc = vl_input_start(in, err);
    if (rc) {
        vl_input_close(in);
        return rc;
    }
    *out = in;
    return VL_OK;
}

int vl_input_open_mem(const void *data, size_t len, const char *name, vl_input **out,
                      vl_error *err) {
    *out = NULL;
    if (!data && len) return vl_error_set(err, VL_EARG, name, 0, "no data given");
    vl_input *in = vl_input_alloc(name ? name : "<memory>", err);
    if (!in) return VL_ENOMEM;
    in->mem = data;
    in->mem_len = len;
    int rc = vl_input_start(in, err);
    if (rc) {
        vl_input_close(in);
        return rc;
    }
    *out = in;
    return VL_OK;
}

static ptrdiff_t vl_read_plain(vl_input *in, unsigned char *buf, size_t cap) {
    if (in->avail || in->fd < 0) {
        int rc = vl_raw_fill(in);
        if (rc <= 0) return rc;
        size_t n = in->avail < cap ? in->avail : cap;
        memcpy(buf, in->next, n);
        in->next += n;
        in->avail -= n;
        return (ptrdiff_t)n;
    }
    if (in->raw_eof) return 0;
    /* Files are read straight into the caller's buffer. */
    for (;;) {
        ssize_t n = read(in->fd, buf, cap);
        if (n >= 0) {
            if (n == 0) in->raw_eof = 1;
            return n;
        }
        if (errno != EINTR) return vl_input_fail(in, VL_EIO, "read error", strerror(errno));
    }
}

static ptrdiff_t vl_read_gzip(vl_input *in, unsigned char *buf, size_t cap) {
    z_stream *z = &in->z;
    z->next_out = buf;
    z->avail_out = cap > UINT32_MAX ? UINT32_MAX : (uInt)cap;
    uInt want = z->avail_out;
    while (z->avail_out > 0) {
        int rc = vl_raw_fill(in);
        if (rc < 0) break;
        if (in->z_ended) {
            /* Between members: another member, or trailing zero padding
             * (some tools pad to a block size), or the end. */
            while (in->avail && *in->next == 0) {
                in->next++;
                in->avail--;
                if (!in->avail && vl_raw_fill(in) < 0) goto out;
            }
            if (!in->avail) break; /* clean end */
            if (*in->next != 0x1f) {
                vl_input_fail(in, VL_EIO, "trailing garbage after gzip data", NULL);
                break;
            }
            inflateReset(z);
            in->z_ended = 0;
        }
        z->next_in = in->next;
        z->avail_in = in->avail > UINT32_MAX ? UINT32_MAX : (uInt)in->avail;
        uInt before_in = z->avail_in, before_out = z->avail_out;
        int zr = inflate(z, Z_NO_FLUSH);
        size_t used = before_in - z->avail_in;
        in->next += used;
        in->avail -= used;
        if (zr == Z_STREAM_END) {
            in->z_ended = 1;
        } else if (zr == Z_OK || zr == Z_BUF_ERROR) {
            if (!used && z->avail_out == before_out) {
                /* No progress: with no input left the stream was cut short;
                 * with input left inflate is stuck, which cannot be valid. */
                vl_input_fail(in, VL_EIO,
                              in->avail ? "corrupt gzip data" : "truncated gzip stream", NULL);
                break;
            }
        } else {
            vl_input_fail(in, zr == Z_MEM_ERROR ? VL_ENOMEM : VL_EIO, "corrupt gzip data",
                          z->msg ? z->msg : "");
            break;
        }
    }
out:
    return (ptrdiff_t)(want - z->avail_out);
}

/* libzstd reports no output from a call that ends in an error, so a call
 * that flushes a good block and then decodes a corrupt one would lose the
 * good bytes.  Hence two kinds of calls: one with new input but room for a
 * single byte of output (it decodes at most one block and flushes almost
 * nothing), then calls without input that only flush what that block
 * gave.  An error can then only come when nothing good is pending. */
static ptrdiff_t vl_read_zstd(vl_input *in, unsigned char *buf, size_t cap) {
    ZSTD_outBuffer ob = {buf, cap, 0};
    static const unsigned char none[1] = {0};
    while (ob.pos < ob.size) {
        size_t r;
        if (in->zs_pending) {
            ZSTD_inBuffer ib = {none, 0, 0};
            r = ZSTD_decompressStream(in->zs, &ob, &ib);
            if (!ZSTD_isError(r)) {
                in->zs_hint = r;
                if (ob.pos < ob.size) in->zs_pending = 0; /* all flushed */
            }
        } else {
            int rc = vl_raw_fill(in);
            if (rc < 0) break;
            if (rc == 0 && in->zs_hint == 0) break; /* clean end after a frame */
            ZSTD_inBuffer ib = {in->avail ? (const void *)in->next : none, in->avail, 0};
            ZSTD_outBuffer one = {buf, ob.pos + 1, ob.pos};
            r = ZSTD_decompressStream(in->zs, &one, &ib);
            in->next += ib.pos;
            in->avail -= ib.pos;
            if (!ZSTD_isError(r)) {
                if (one.pos == one.size) in->zs_pending = 1;
                else if (rc == 0 && ib.pos == 0) {
                    /* No input left, nothing to flush, frame not done. */
                    vl_input_fail(in, VL_EIO, "truncated zstd stream", NULL);
                    break;
                }
                ob.pos = one.pos;
                in->zs_hint = r;
            }
        }
        if (ZSTD_isError(r)) {
            vl_input_fail(in, ZSTD_getErrorCode(r) == ZSTD_error_memory_allocation ? VL_ENOMEM
                                                                                    : VL_EIO,
                          "corrupt zstd data", ZSTD_getErrorName(r));
            break;
        }
    }
    return (ptrdiff_t)ob.pos;
}

ptrdiff_t vl_input_read(vl_input *in, void *buf, size_t cap, vl_error *err) {
    if (!in->err_code && cap) {
        ptrdiff_t n;
        switch (in->codec) {
        case VL_CODEC_GZIP: n = vl_read_gzip(in, buf, cap); break;
        case VL_CODEC_ZSTD: n = vl_read_zstd(in, buf, cap); break;
        default: n = vl_read_plain(in, buf, cap); break;
        }
        if (n > 0) {
            in->out_bytes += (uint64_t)n;
            return n;
        }
        if (!in->err_code) return 0;
    }
    if (!in->err_code) return 0;
    return vl_error_set(err, in->err_code, in->path, 0, "%s", in->err_msg);
}

const char *vl_input_path(const vl_input *in) { return in->path; }
uint64_t vl_input_bytes(const vl_input *in) { return in->out_bytes; }

const char *vl_input_codec(const vl_input *in) {
    return in->codec == VL_CODEC_GZIP ? "gzip" : in->codec == VL_CODEC_ZSTD ? "zstd" : "plain";
}

void vl_input_close(vl_input *in) {
    if (!in) return;
    if (in->z_ready) inflateEnd(&in->z);
    ZSTD_freeDStream(in->zs);
    if (in->own_fd && in->fd >= 0) close(in->fd);
    free(in->raw);
    free(in->path);
    free(in);
}
