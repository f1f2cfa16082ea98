/*
 * reader.c -- vl_reader: documents out of a vl_input, in the two ingest
 * formats (dispatch text and JSON Lines), with the checks of reader.h.
 *
 * One buffer per reader (256 KiB to start) holds the bytes not yet parsed.
 * JSON Lines are cut with memchr and parsed in place: in the steady state a
 * line costs no allocation of ours (jansson allocates its own tree).  The
 * buffer grows only for a line longer than itself, up to VL_MAX_DOC_BYTES
 * plus one read; a line over the limit is then read through and dropped
 * without being kept, so memory stays bounded by the limit whatever the
 * input.  A dispatch is one document per input, read whole (it is bounded
 * by the same limit).
 *
 * Every message goes through vl_error_set with the input's path and the
 * 1-based line in their own fields; a piece of input quoted in a message is
 * escaped (control characters, invalid UTF-8) so that messages are always
 * printable UTF-8.  "byte N" in messages is the 0-based offset of the byte
 * in the decompressed input, as hexdump shows it.
 */
#include "io/reader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "base/base.h"
#include "io/input.h"
#include "io/jsonl.h"

#define VL_READ_CHUNK (256u * 1024u)
#define VL_MAX_BUF ((size_t)VL_MAX_DOC_BYTES + VL_READ_CHUNK)
#define VL_MAX_ID_BYTES 256

struct vl_reader {
    vl_input *in;
    vl_format format; /* as asked, then as detected */
    int started;      /* leading BOM and whitespace skipped, format known */
    int done;         /* nothing more to return */
    int fatal;        /* the input cannot be read further: this code */
    char *buf;        /* unparsed bytes are buf[pos..end) */
    size_t cap, pos, end;
    size_t scan;      /* buf[pos..scan) is known to hold no newline */
    int eof;          /* the input has nothing more after buf[end] */
    uint64_t base_off; /* input offset of buf[0] */
    long line;        /* input lines consumed so far */
    char *name_id;    /* id of a dispatch, from the name; NULL: see id_problem */
    char id_problem[160];
    char date[11];
    json_t *root;     /* the current JSON document and the values taken out */
    json_t *held[VL_NKEYS]; /* of it to leave only the extras behind */
    vl_buf text, extra; /* dispatch body; JSON extras */
};

/* ------------------------------------------------------------- helpers */

static int vl_is_hspace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }
static int vl_is_space(char c) { return vl_is_hspace(c) || c == '\n' || c == '\r'; }

/* Copies at most `max` bytes of s[0..n) to dst for a message: printable
 * ASCII and valid UTF-8 as they are, anything else as \xNN, "..." when cut. */
static void vl_snippet(char *dst, size_t cap, const char *s, size_t n, size_t max) {
    size_t o = 0, i = 0;
    if (!cap) return;
    while (i < n && i < max) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                                                    : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (c >= 0x20 && c != 0x7f && k == 1) {
            if (o + 1 >= cap) break;
            dst[o++] = (char)c;
            i++;
        } else if (k > 1 && i + k <= n && vl_utf8_check(s + i, k, NULL)) {
            if (o + k >= cap) break;
            memcpy(dst + o, s + i, k);
            o += k;
            i += k;
        } else {
            if (o + 4 >= cap) break;
            snprintf(dst + o, cap - o, "\\x%02X", c);
            o += 4;
            i++;
        }
    }
    if (i < n && o + 3 < cap) {
        memcpy(dst + o, "...", 3);
        o += 3;
    }
    dst[o] = 0;
}

/* NULL when s[0..n) is acceptable as an id, else what is wrong with it. */
static const char *vl_id_problem(const char *s, size_t n) {
    if (n == 0) return "is empty";
    if (n > VL_MAX_ID_BYTES) return "is longer than 256 bytes";
    if (!vl_utf8_check(s, n, NULL)) return "is not valid UTF-8";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        /* C0 controls, DEL, and C1 controls (U+0080..U+009F = C2 80..9F). */
        if (c < 0x20 || c == 0x7f || (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] < 0xA0))
            return "contains a control character";
    }
    return NULL;
}

static int vl_ends_with_ci(const char *s, size_t n, const char *suffix) {
    size_t k = strlen(suffix);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++) {
        char c = s[n - k + i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != suffix[i]) return 0;
    }
    return 1;
}

/* The id of a dispatch: the base name less one compression extension
 * (.gz, .zst) and then less one text extension (.txt, .dispatch, .md),
 * compared without regard to case ("a.txt.gz" -> "a", "b.tar.gz" -> "b.tar").
 * Standard input is "stdin". */
static void vl_derive_id(vl_reader *r, const char *name, int is_stdin) {
    if (is_stdin) name = "stdin";
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t n = strlen(base);
    static const char *const zext[] = {".gz", ".zst"};
    static const char *const text[] = {".txt", ".dispatch", ".md"};
    for (size_t i = 0; i < sizeof zext / sizeof *zext; i++)
        if (vl_ends_with_ci(base, n, zext[i])) {
            n -= strlen(zext[i]);
            break;
        }
    for (size_t i = 0; i < sizeof text / sizeof *text; i++)
        if (vl_ends_with_ci(base, n, text[i])) {
            n -= strlen(text[i]);
            break;
        }
    const char *why = vl_id_problem(base, n);
    if (why) {
        snprintf(r->id_problem, sizeof r->id_problem, "the id taken from the file name %s", why);
        return;
    }
    r->name_id = malloc(n + 1);
    if (!r->name_id) {
        snprintf(r->id_problem, sizeof r->id_problem, "out of memory");
        return;
    }
    memcpy(r->name_id, base, n);
    r->name_id[n] = 0;
}

static void vl_release(vl_reader *r) {
    json_decref(r->root);
    r->root = NULL;
    for (int i = 0; i < VL_NKEYS; i++) {
        json_decref(r->held[i]);
        r->held[i] = NULL;
    }
}

/* ------------------------------------------------------ opening, closing */

static int vl_reader_make(vl_input *in, vl_format format, const char *name, int is_stdin,
                          size_t cap, vl_reader **out, vl_error *err) {
    vl_reader *r = calloc(1, sizeof *r);
    if (r) r->buf = malloc(cap);
    if (!r || !r->buf) {
        if (r) free(r);
        vl_input_close(in);
        return vl_error_set(err, VL_ENOMEM, name, 0, "out of memory");
    }
    r->in = in;
    r->format = format;
    r->cap = cap;
    vl_buf_init(&r->text);
    vl_buf_init(&r->extra);
    vl_derive_id(r, name, is_stdin);
    *out = r;
    return VL_OK;
}

static int vl_check_format(vl_format format, const char *name, vl_error *err) {
    if (format != VL_FORMAT_AUTO && format != VL_FORMAT_DISPATCH && format != VL_FORMAT_JSONL)
        return vl_error_set(err, VL_EARG, name, 0, "unknown input format %d", (int)format);
    return VL_OK;
}

int vl_reader_open(const char *path, vl_format format, vl_reader **out, vl_error *err) {
    *out = NULL;
    if (vl_check_format(format, path, err)) return VL_EARG;
    vl_input *in;
    int rc = vl_input_open(path, &in, err);
    if (rc) return rc;
    return vl_reader_make(in, format, path, strcmp(path, "-") == 0, VL_READ_CHUNK, out, err);
}

int vl_reader_open_mem(const void *data, size_t len, const char *name, vl_format format,
                       vl_reader **out, vl_error *err) {
    *out = NULL;
    if (!name) name = "memory";
    if (vl_check_format(format, name, err)) return VL_EARG;
    vl_input *in;
    int rc = vl_input_open_mem(data, len, name, &in, err);
    if (rc) return rc;
    /* Small buffers (tests, fuzzing) get a small buffer to start with; it
     * grows if the data turns out to be compressed. */
    size_t cap = VL_READ_CHUNK;
    while (cap > 4096 && cap / 4 > len) cap /= 2;
    return vl_reader_make(in, format, name, 0, cap, out, err);
}

void vl_reader_close(vl_reader *r) {
    if (!r) return;
    vl_release(r);
    vl_input_close(r->in);
    vl_buf_free(&r->text);
    vl_buf_free(&r->extra);
    free(r->name_id);
    free(r->buf);
    free(r);
}

uint64_t vl_reader_bytes(const vl_reader *r) {
    return r ? vl_input_bytes(r->in) - (uint64_t)(r->end - r->pos) : 0;
}

const char *vl_reader_path(const vl_reader *r) { return r ? vl_input_path(r->in) : ""; }

static const char *vl_path(const vl_reader *r) { return vl_input_path(r->in); }

/* ---------------------------------------------------------- buffering */

/* Reads more input after buf[end], compacting or growing the buffer first
 * when little room is left.  1: got bytes; 0: end of input; < 0: failure. */
static int vl_fill(vl_reader *r, vl_error *err) {
    /* Below a quarter of the buffer free, it is compacted or grown before a
     * read, so that reads stay large. */
    size_t min_read = r->cap / 4;
    if (r->eof) return 0;
    if (r->pos == r->end) {
        r->base_off += r->end;
        r->pos = r->end = r->scan = 0;
    } else if (r->pos > 0 && r->cap - r->end < min_read) {
        size_t keep = r->end - r->pos;
        memmove(r->buf, r->buf + r->pos, keep);
        r->base_off += r->pos;
        r->scan -= r->pos;
        r->end = keep;
        r->pos = 0;
    }
    if (r->cap - r->end < min_read && r->cap < VL_MAX_BUF) {
        size_t ncap = r->cap * 2 < VL_MAX_BUF ? r->cap * 2 : VL_MAX_BUF;
        char *p = realloc(r->buf, ncap);
        if (!p) return vl_error_set(err, VL_ENOMEM, vl_path(r), 0, "out of memory");
        r->buf = p;
        r->cap = ncap;
    }
    /* Callers stop before the buffer holds more than the limit, and the
     * largest buffer has room past it: this is only a guard. */
    if (r->end == r->cap) return vl_error_set(err, VL_ETOOBIG, vl_path(r), 0, "buffer full");
    ptrdiff_t n = vl_input_read(r->in, r->buf + r->end, r->cap - r->end, err);
    if (n < 0) return (int)n;
    if (n == 0) {
        r->eof = 1;
        return 0;
    }
    r->end += (size_t)n;
    return 1;
}

/* Makes at least `want` bytes available at buf[pos] unless the input ends
 * first.  VL_OK or a failure. */
static int vl_want(vl_reader *r, size_t want, vl_error *err) {
    while (r->end - r->pos < want) {
        int rc = vl_fill(r, err);
        if (rc <= 0) return rc;
    }
    return VL_OK;
}

/* Skips a UTF-8 byte order mark and the whitespace before the first
 * document, counting lines.  1: there is more; 0: the input is empty. */
static int vl_skip_prefix(vl_reader *r, vl_error *err) {
    int rc = vl_want(r, 3, err);
    if (rc < 0) return rc;
    if (r->end - r->pos >= 3 && memcmp(r->buf + r->pos, "\xEF\xBB\xBF", 3) == 0) r->pos += 3;
    for (;;) {
        while (r->pos < r->end) {
            char c = r->buf[r->pos];
            if (c == '\n') r->line++;
            else if (!vl_is_space(c)) {
                r->scan = r->pos;
                return 1;
            }
            r->pos++;
        }
        r->scan = r->pos;
        if ((rc = vl_fill(r, err)) <= 0) return rc;
    }
}

/* Reads and drops the rest of a line that went over the limit, keeping
 * nothing of it but its length. */
static int vl_skip_long_line(vl_reader *r, vl_error *err) {
    uint64_t total = r->end - r->pos;
    long lineno = ++r->line;
    r->base_off += r->end;
    r->pos = r->end = r->scan = 0;
    for (;;) {
        ptrdiff_t n = vl_input_read(r->in, r->buf, r->cap, err);
        if (n < 0) return r->fatal = (int)n;
        if (n == 0) {
            r->eof = 1;
            break;
        }
        char *nl = memchr(r->buf, '\n', (size_t)n);
        if (nl) {
            size_t k = (size_t)(nl - r->buf);
            total += k;
            r->end = (size_t)n;
            r->pos = r->scan = k + 1;
            break;
        }
        total += (uint64_t)n;
        r->base_off += (uint64_t)n;
    }
    return vl_error_set(err, VL_ETOOBIG, vl_path(r), lineno,
                        "line of %llu bytes is over the %u-byte limit",
                        (unsigned long long)total, VL_MAX_DOC_BYTES);
}

/* The next input line, without its "\n" (a last line may lack it).
 * 1: a line; 0: end of input; VL_ETOOBIG: a line was skipped; else a
 * failure. */
static int vl_next_line(vl_reader *r, const char **line, size_t *len, long *lineno,
                        uint64_t *off, vl_error *err) {
    for (;;) {
        char *nl = r->scan < r->end ? memchr(r->buf + r->scan, '\n', r->end - r->scan) : NULL;
        size_t stop;
        if (nl) {
            stop = (size_t)(nl - r->buf);
        } else {
            r->scan = r->end;
            if (r->end - r->pos > VL_MAX_DOC_BYTES) return vl_skip_long_line(r, err);
            int rc = vl_fill(r, err);
            if (rc < 0) return r->fatal = rc;
            if (rc > 0) continue;
            if (r->pos == r->end) return 0;
            stop = r->end;
        }
        *line = r->buf + r->pos;
        *len = stop - r->pos;
        *off = r->base_off + r->pos;
        *lineno = ++r->line;
        r->pos = r->scan = stop < r->end ? stop + 1 : stop;
        return 1;
    }
}

/* ----------------------------------------------------------- JSON Lines */

static const char *const vl_key_names[VL_NKEYS] = {"id", "date", "text", "title",
                                                   "source", "url", "lang"};

const char *vl_jsonl_key(int k) { return k >= 0 && k < VL_NKEYS ? vl_key_names[k] : ""; }

static const char *vl_json_kind(const json_t *v) {
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    default: return "null";
    }
}

static int vl_dump_cb(const char *s, size_t n, void *data) {
    return vl_buf_append(data, s, n) == VL_OK ? 0 : -1;
}

/* The fewest significant digits (15 to 17) that give back every real
 * number under v exactly, so that 0.1 is written "0.1" rather than jansson's
 * default "0.10000000000000001", without losing any value. */
static int vl_real_digits(const json_t *v, int digits) {
    if (digits >= 17) return digits;
    if (json_is_real(v)) {
        double d = json_real_value(v);
        char tmp[40];
        for (; digits < 17; digits++) {
            snprintf(tmp, sizeof tmp, "%.*g", digits, d);
            if (strtod(tmp, NULL) == d) break;
        }
    } else if (json_is_object(v)) {
        const char *k;
        json_t *x;
        json_object_foreach((json_t *)v, k, x) digits = vl_real_digits(x, digits);
    } else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) digits = vl_real_digits(x, digits);
    }
    return digits;
}

static int vl_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!vl_is_space(s[i])) return 0;
    return 1;
}

/* Parses a line with jansson into *jl, with the precise word on what is
 * wrong with a line that is not a JSON object of the expected shape. */
static int vl_parse_jansson(vl_reader *r, const char *p, size_t len, long lineno, vl_jline *jl,
                            vl_error *err) {
    const char *path = vl_path(r);
    json_error_t jerr;
    memset(jl, 0, sizeof *jl);
    r->root = json_loadb(p, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
    if (!r->root) {
        char text[200];
        if (strstr(jerr.text, "JSON_ALLOW_NUL"))
            snprintf(text, sizeof text, "\\u0000 (NUL) is not allowed in a string");
        else
            vl_snippet(text, sizeof text, jerr.text, strlen(jerr.text), sizeof text);
        return vl_error_set(err, VL_EFORMAT, path, lineno, "invalid JSON at column %d: %s",
                            jerr.column > 0 ? jerr.column : 1, text);
    }
    if (!json_is_object(r->root))
        return vl_error_set(err, VL_EFORMAT, path, lineno, "expected a JSON object, not %s",
                            vl_json_kind(r->root));
    json_t *v[VL_NKEYS];
    size_t present = 0;
    for (int k = 0; k < VL_NKEYS; k++) {
        v[k] = json_object_get(r->root, vl_jsonl_key(k));
        if (!v[k]) {
            if (k <= VL_K_TEXT)
                return vl_error_set(err, VL_EFORMAT, path, lineno, "missing \"%s\"",
                                    vl_jsonl_key(k));
            continue;
        }
        present++;
        if (k > VL_K_TEXT && json_is_null(v[k])) { /* null: as if absent */
            jl->state[k] = VL_JNULL;
            continue;
        }
        if (!json_is_string(v[k]))
            return vl_error_set(err, VL_EFORMAT, path, lineno, "\"%s\" must be a string, not %s",
                                vl_jsonl_key(k), vl_json_kind(v[k]));
        jl->state[k] = VL_JSTRING;
        jl->val[k] = json_string_value(v[k]);
        jl->len[k] = json_string_length(v[k]);
    }
    if (json_object_size(r->root) > present) {
        /* Other keys: keep our values alive, take them out of the tree, and
         * what is left is the extra object. */
        for (int k = 0; k < VL_NKEYS; k++) {
            if (!v[k]) continue;
            r->held[k] = json_incref(v[k]);
            json_object_del(r->root, vl_jsonl_key(k));
        }
        vl_buf_reset(&r->extra);
        int digits = vl_real_digits(r->root, 15);
        if (json_dump_callback(r->root, vl_dump_cb, &r->extra,
                               JSON_COMPACT | JSON_REAL_PRECISION(digits)) != 0)
            return vl_error_set(err, VL_ENOMEM, path, lineno, "out of memory");
        jl->extra = r->extra.data;
    }
    return 1;
}

/* Parses one non-blank line into doc. */
static int vl_parse_json(vl_reader *r, const char *p, size_t len, long lineno, uint64_t off,
                         vl_doc *doc, vl_error *err) {
    const char *path = vl_path(r);
    size_t bad;
    if (!vl_utf8_check(p, len, &bad)) {
        size_t col = 1;
        for (size_t i = 0; i < bad; i++) col += ((unsigned char)p[i] & 0xC0) != 0x80;
        return vl_error_set(err, VL_EFORMAT, path, lineno, "%s at byte %llu (column %zu)",
                            p[bad] == 0 ? "NUL byte" : "invalid UTF-8",
                            (unsigned long long)(off + bad), col);
    }
    vl_jline jl;
    int rc = vl_parse_jansson(r, p, len, lineno, &jl, err);
    if (rc != 1) return rc;
    for (int k = 0; k <= VL_K_TEXT; k++)
        if (jl.state[k] != VL_JSTRING)
            return vl_error_set(err, VL_EFORMAT, path, lineno, "missing \"%s\"", vl_jsonl_key(k));
    const char *why = vl_id_problem(jl.val[VL_K_ID], jl.len[VL_K_ID]);
    if (why) return vl_error_set(err, VL_EFORMAT, path, lineno, "\"id\" %s", why);
    if (!vl_date_valid(jl.val[VL_K_DATE], jl.len[VL_K_DATE])) {
        char snip[80];
        vl_snippet(snip, sizeof snip, jl.val[VL_K_DATE], jl.len[VL_K_DATE], 40);
        return vl_error_set(err, VL_EFORMAT, path, lineno,
                            "\"date\" is \"%s\", not a valid YYYY-MM-DD date", snip);
    }
    if (vl_blank(jl.val[VL_K_TEXT], jl.len[VL_K_TEXT]))
        return vl_error_set(err, VL_EFORMAT, path, lineno, "\"text\" is empty");
    doc->id = jl.val[VL_K_ID];
    doc->date = jl.val[VL_K_DATE];
    doc->text = jl.val[VL_K_TEXT];
    doc->text_len = jl.len[VL_K_TEXT];
    const char **opt[] = {&doc->title, &doc->source, &doc->url, &doc->lang};
    for (int k = VL_K_TITLE; k < VL_NKEYS; k++) {
        const char *s = jl.state[k] == VL_JSTRING ? jl.val[k] : NULL;
        *opt[k - VL_K_TITLE] = s && *s ? s : NULL; /* "" is no value */
    }
    doc->extra = jl.extra;
    return 1;
}

static int vl_next_jsonl(vl_reader *r, vl_doc *doc, vl_error *err) {
    for (;;) {
        const char *p = NULL;
        size_t len = 0;
        long lineno = 0;
        uint64_t off = 0;
        int rc = vl_next_line(r, &p, &len, &lineno, &off, err);
        if (rc <= 0) return rc;
        if (len && p[len - 1] == '\r') len--;
        /* Most lines start with '{': the blank test is then one byte. */
        if (len == 0 || (p[0] != '{' && vl_blank(p, len))) continue;
        rc = vl_parse_json(r, p, len, lineno, off, doc, err);
        if (rc != 1) {
            vl_release(r);
            memset(doc, 0, sizeof *doc);
        }
        return rc;
    }
}

/* ------------------------------------------------------------- dispatch */

static int vl_is_date_word(const char *p, size_t n) {
    return n >= 4 && (p[0] | 0x20) == 'd' && (p[1] | 0x20) == 'a' && (p[2] | 0x20) == 't' &&
           (p[3] | 0x20) == 'e';
}

/* The body into out: line endings as "\n", trailing blanks of lines
 * dropped, runs of blank lines as one (paragraphs end with "\n\n"), and no
 * blank at either end. */
static int vl_normalize_body(vl_buf *out, const char *s, const char *e) {
    vl_buf_reset(out);
    if (vl_buf_reserve(out, (size_t)(e - s) + 2)) return VL_ENOMEM;
    int have = 0, blank = 0;
    while (s < e) {
        const char *eol = s;
        while (eol < e && *eol != '\n' && *eol != '\r') eol++;
        const char *ls = s, *le = eol;
        s = eol < e ? eol + 1 + (*eol == '\r' && eol + 1 < e && eol[1] == '\n') : e;
        while (le > ls && vl_is_hspace(le[-1])) le--;
        if (!have)
            while (ls < le && vl_is_hspace(*ls)) ls++;
        if (ls == le) {
            blank = have;
            continue;
        }
        if (have) vl_buf_append(out, "\n\n", blank ? 2 : 1);
        vl_buf_append(out, ls, (size_t)(le - ls));
        have = 1;
        blank = 0;
    }
    return VL_OK;
}

static long vl_count_lines(const char *s, size_t n) {
    long k = 0;
    for (const char *p = s, *e = s + n; (p = memchr(p, '\n', (size_t)(e - p))); p++) k++;
    return k;
}

static int vl_next_dispatch(vl_reader *r, vl_doc *doc, vl_error *err) {
    const char *path = vl_path(r);
    r->done = 1;
    /* Read the whole document, stopping as soon as it is over the limit. */
    for (;;) {
        if (r->end - r->pos > VL_MAX_DOC_BYTES)
            return vl_error_set(err, VL_ETOOBIG, path, 0,
                                "dispatch is over the %u-byte limit", VL_MAX_DOC_BYTES);
        int rc = vl_fill(r, err);
        if (rc < 0) return r->fatal = rc;
        if (rc == 0) break;
    }
    const char *s = r->buf + r->pos, *e = r->buf + r->end;
    size_t n = r->end - r->pos;
    uint64_t off = r->base_off + r->pos;
    long line = r->line + 1;
    r->pos = r->scan = r->end;

    if (!vl_is_date_word(s, n) || n == 4 || (s[4] != ' ' && s[4] != '\t'))
        return vl_error_set(err, VL_EFORMAT, path, line, "missing \"date YYYY-MM-DD\" header");
    const char *t = s + 4;
    while (t < e && (*t == ' ' || *t == '\t')) t++;
    const char *te = t;
    while (te < e && !vl_is_space(*te)) te++;
    if (!vl_date_valid(t, (size_t)(te - t))) {
        char snip[80];
        vl_snippet(snip, sizeof snip, t, (size_t)(te - t), 40);
        return vl_error_set(err, VL_EFORMAT, path, line, "malformed date \"%s\"", snip);
    }
    size_t bad;
    if (!vl_utf8_check(s, n, &bad))
        return vl_error_set(err, VL_EFORMAT, path, line + vl_count_lines(s, bad), "%s at byte %llu",
                            s[bad] == 0 ? "NUL byte" : "invalid UTF-8",
                            (unsigned long long)(off + bad));
    if (!r->name_id) return vl_error_set(err, VL_EFORMAT, path, 0, "%s", r->id_problem);
    if (vl_normalize_body(&r->text, te, e))
        return r->fatal = vl_error_set(err, VL_ENOMEM, path, 0, "out of memory");
    if (r->text.len == 0) return vl_error_set(err, VL_EFORMAT, path, line, "empty body");
    memcpy(r->date, t, 10);
    r->date[10] = 0;
    doc->id = r->name_id;
    doc->date = r->date;
    doc->text = r->text.data;
    doc->text_len = r->text.len;
    return 1;
}

/* ------------------------------------------------------------- next doc */

int vl_reader_next(vl_reader *r, vl_doc *doc, vl_error *err) {
    memset(doc, 0, sizeof *doc);
    vl_release(r);
    if (r->fatal) {
        /* The input repeats its own failure; anything else was memory. */
        ptrdiff_t n = vl_input_read(r->in, NULL, 0, err);
        return n < 0 ? (int)n : vl_error_set(err, r->fatal, vl_path(r), 0, "out of memory");
    }
    if (r->done) return 0;
    if (!r->started) {
        r->started = 1;
        int rc = vl_skip_prefix(r, err);
        if (rc < 0) return r->fatal = rc;
        if (r->format == VL_FORMAT_AUTO) {
            if (rc == 0) { /* nothing but whitespace: no document, no error */
                r->done = 1;
                return 0;
            }
            if ((rc = vl_want(r, 4, err)) < 0) return r->fatal = rc;
            const char *p = r->buf + r->pos;
            size_t n = r->end - r->pos;
            if (p[0] == '{') {
                r->format = VL_FORMAT_JSONL;
            } else if (vl_is_date_word(p, n)) {
                r->format = VL_FORMAT_DISPATCH;
            } else {
                char snip[80];
                vl_snippet(snip, sizeof snip, p, n, 12);
                r->done = 1;
                return vl_error_set(err, VL_EFORMAT, vl_path(r), r->line + 1,
                                    "not a dispatch (\"date YYYY-MM-DD\" header) nor JSON Lines "
                                    "(starts with \"%s\")",
                                    snip);
            }
        }
    }
    if (r->format == VL_FORMAT_DISPATCH) return vl_next_dispatch(r, doc, err);
    return vl_next_jsonl(r, doc, err);
}
