/*
 * test_reader.c -- unit tests of src/io: vl_utf8_check, the two input
 * formats and their error reports, compressed inputs (gzip, zstd, made here
 * with zlib and libzstd), the size limit, and vl_walk.
 *
 * Every bad-input case checks the exact status, the line, a key part of the
 * message, and that the documents after it are still read.  Standard input
 * is not tested here (it cannot be fed in-process); the integration tests
 * drive it through the program.
 */
#include "harness.h"

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>
#include <zstd.h>

#include "io/reader.h"

/* ------------------------------------------------------------ helpers */

/* What one vl_reader_next call gave. */
typedef struct got {
    int rc;
    long line;
    char path[512];
    char message[1024];
    char *id, *date, *text, *title, *source, *url, *lang, *extra;
    size_t text_len;
} got;

#define MAX_GOT 64

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* Reads r to its end (or to a failure that stops it), at most MAX_GOT
 * results; returns how many. */
static int read_all(vl_reader *r, got *out) {
    int n = 0;
    while (n < MAX_GOT) {
        vl_doc d;
        vl_error e;
        vl_error_clear(&e);
        int rc = vl_reader_next(r, &d, &e);
        if (rc == 0) break;
        got *g = &out[n++];
        memset(g, 0, sizeof *g);
        g->rc = rc;
        if (rc == 1) {
            g->id = dup_or_null(d.id);
            g->date = dup_or_null(d.date);
            g->text = dup_or_null(d.text);
            g->text_len = d.text_len;
            g->title = dup_or_null(d.title);
            g->source = dup_or_null(d.source);
            g->url = dup_or_null(d.url);
            g->lang = dup_or_null(d.lang);
            g->extra = dup_or_null(d.extra);
            assert_true(vl_utf8_check(d.text, d.text_len, NULL));
            assert_int_equal(strlen(d.text), d.text_len);
        } else {
            g->line = e.line;
            snprintf(g->path, sizeof g->path, "%s", e.path);
            snprintf(g->message, sizeof g->message, "%s", e.message);
            if (rc != VL_EFORMAT && rc != VL_ETOOBIG) break;
        }
    }
    return n;
}

static void free_got(got *g, int n) {
    for (int i = 0; i < n; i++) {
        free(g[i].id), free(g[i].date), free(g[i].text), free(g[i].title);
        free(g[i].source), free(g[i].url), free(g[i].lang), free(g[i].extra);
    }
}

static int read_mem(const char *data, size_t len, const char *name, vl_format fmt, got *out) {
    vl_reader *r;
    vl_error e;
    assert_int_equal(vl_reader_open_mem(data, len, name, fmt, &r, &e), VL_OK);
    int n = read_all(r, out);
    vl_reader_close(r);
    return n;
}

static int read_str(const char *data, const char *name, vl_format fmt, got *out) {
    return read_mem(data, strlen(data), name, fmt, out);
}

static int read_path(const char *path, got *out) {
    vl_reader *r;
    vl_error e;
    assert_int_equal(vl_reader_open(path, VL_FORMAT_AUTO, &r, &e), VL_OK);
    int n = read_all(r, out);
    vl_reader_close(r);
    return n;
}

static void assert_error(const got *g, int rc, long line, const char *part) {
    if (g->rc != rc || g->line != line || !strstr(g->message, part))
        fail_msg("expected %d at line %ld with \"%s\", got %d at line %ld: \"%s\"", rc, line,
                 part, g->rc, g->line, g->message);
}

static void assert_doc(const got *g, const char *id, const char *date, const char *text) {
    if (g->rc != 1) fail_msg("expected a document, got %d at line %ld: %s", g->rc, g->line, g->message);
    assert_string_equal(g->id, id);
    assert_string_equal(g->date, date);
    if (text) assert_string_equal(g->text, text);
}

static unsigned char *gzip_bytes(const void *data, size_t len, size_t *out_len) {
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)len) + 64;
    unsigned char *out = malloc(cap);
    z.next_in = (unsigned char *)(uintptr_t)data;
    z.avail_in = (uInt)len;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *out_len = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

/* With a content checksum, so that any damage is caught. */
static unsigned char *zstd_bytes(const void *data, size_t len, size_t *out_len) {
    size_t cap = ZSTD_compressBound(len);
    unsigned char *out = malloc(cap);
    ZSTD_CCtx *cc = ZSTD_createCCtx();
    assert_non_null(cc);
    assert_false(ZSTD_isError(ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1)));
    size_t n = ZSTD_compress2(cc, out, cap, data, len);
    ZSTD_freeCCtx(cc);
    assert_false(ZSTD_isError(n));
    *out_len = n;
    return out;
}

/* A JSON Lines text of n documents whose texts do not compress to nothing. */
static char *many_lines(int n, size_t *len) {
    size_t cap = (size_t)n * 200 + 1;
    char *s = malloc(cap);
    size_t o = 0;
    unsigned x = 12345;
    for (int i = 0; i < n; i++) {
        char words[96];
        for (int k = 0; k < 80; k++) {
            x = x * 1103515245u + 12345u;
            words[k] = (char)('a' + (x >> 16) % 26);
            if ((x >> 8) % 7 == 0) words[k] = ' ';
        }
        words[80] = 0;
        o += (size_t)snprintf(s + o, cap - o,
                              "{\"id\":\"n%d\",\"date\":\"2024-05-06\",\"text\":\"w %s\"}\n", i, words);
    }
    *len = o;
    return s;
}

/* --------------------------------------------------------------- utf8 */

static void test_utf8_valid(void **state) {
    (void)state;
    size_t bad = 99;
    assert_true(vl_utf8_check("", 0, &bad));
    assert_true(vl_utf8_check("plain ASCII text that is longer than sixteen bytes", 50, &bad));
    const char *fr = "L'été à Noël, déjà — « citation » 😀 \xe4\xb8\xad";
    assert_true(vl_utf8_check(fr, strlen(fr), &bad));
    assert_true(vl_utf8_check("\xf4\x8f\xbf\xbf", 4, &bad)); /* U+10FFFF */
    assert_true(vl_utf8_check("\xed\x9f\xbf", 3, &bad));     /* U+D7FF */
    assert_true(vl_utf8_check("\xee\x80\x80", 3, &bad));     /* U+E000 */
}

static void test_utf8_invalid(void **state) {
    (void)state;
    static const struct {
        const char *s;
        size_t len, at;
    } cases[] = {
        {"ab\xc0\x80", 4, 2},            /* overlong NUL */
        {"\xc1\xbf", 2, 0},              /* overlong */
        {"x\xe0\x80\x80", 4, 1},         /* overlong 3-byte */
        {"\xf0\x80\x80\x80", 4, 0},      /* overlong 4-byte */
        {"ok \xed\xa0\x80", 6, 3},       /* surrogate U+D800 */
        {"\xed\xbf\xbf", 3, 0},          /* surrogate U+DFFF */
        {"\xf4\x90\x80\x80", 4, 0},      /* U+110000 */
        {"\xf5\x80\x80\x80", 4, 0},      /* beyond */
        {"\xff", 1, 0},
        {"abc\x80", 4, 3},               /* stray continuation */
        {"\xc3", 1, 0},                  /* truncated at the end */
        {"\xe2\x82", 2, 0},
        {"\xe2\x28\xa1", 3, 0},          /* bad continuation */
        {"a\0b", 3, 1},                  /* NUL */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t bad = 999;
        if (vl_utf8_check(cases[i].s, cases[i].len, &bad)) fail_msg("case %zu accepted", i);
        assert_int_equal(bad, cases[i].at);
    }
    /* Errors at every position around the 16-byte fast path. */
    char buf[64];
    for (size_t pos = 0; pos < sizeof buf; pos++) {
        memset(buf, 'a', sizeof buf);
        buf[pos] = (char)0xff;
        size_t bad = 999;
        assert_false(vl_utf8_check(buf, sizeof buf, &bad));
        assert_int_equal(bad, pos);
        buf[pos] = 0;
        assert_false(vl_utf8_check(buf, sizeof buf, &bad));
        assert_int_equal(bad, pos);
    }
    /* A valid two-byte letter at every position, alone and followed by an
     * error later in the same 16 bytes: the fast path jumps to the letter,
     * and must still see what comes after it. */
    for (size_t pos = 0; pos + 2 <= sizeof buf; pos++) {
        memset(buf, 'a', sizeof buf);
        buf[pos] = (char)0xc3;
        buf[pos + 1] = (char)0xa9;
        size_t bad = 999;
        assert_true(vl_utf8_check(buf, sizeof buf, &bad));
        for (size_t err = pos + 2; err < sizeof buf && err < pos + 20; err++) {
            char c = buf[err];
            buf[err] = (char)0x80;
            assert_false(vl_utf8_check(buf, sizeof buf, &bad));
            assert_int_equal(bad, err);
            buf[err] = 0;
            assert_false(vl_utf8_check(buf, sizeof buf, &bad));
            assert_int_equal(bad, err);
            buf[err] = c;
        }
    }
}

/* ----------------------------------------------------------- dispatch */

static void test_dispatch_basic(void **state) {
    (void)state;
    got g[MAX_GOT];
    const char *in = " date 2025-09-15 Deux phrases sur la même ligne.\r\n"
                     "Suite du paragraphe.   \r\n"
                     "\r\n"
                     "  \t \r\n"
                     "\r\n"
                     "Second paragraphe.\r\n\r\n";
    int n = read_str(in, "some/dir/2025-09-15_alpha.txt", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_doc(&g[0], "2025-09-15_alpha", "2025-09-15",
               "Deux phrases sur la même ligne.\nSuite du paragraphe.\n\nSecond paragraphe.");
    assert_null(g[0].title);
    assert_null(g[0].extra);
    free_got(g, n);

    /* BOM, blank lines before, header alone on its line, tab separator. */
    n = read_str("\xEF\xBB\xBF\n\n  date\t2024-02-29\n\nBody here.\n", "b.dispatch.gz",
                 VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_doc(&g[0], "b", "2024-02-29", "Body here.");
    free_got(g, n);
}

static void test_dispatch_ids(void **state) {
    (void)state;
    static const struct {
        const char *name, *id;
    } cases[] = {{"a.txt", "a"},        {"dir/b.TXT.GZ", "b"},   {"c.md.zst", "c"},
                 {"d.tar.gz", "d.tar"}, {"e.json", "e.json"},   {"/x/y/f", "f"},
                 {"g.txt.txt", "g.txt"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        got g[MAX_GOT];
        int n = read_str("date 2025-01-02 body", cases[i].name, VL_FORMAT_AUTO, g);
        assert_int_equal(n, 1);
        assert_doc(&g[0], cases[i].id, "2025-01-02", "body");
        free_got(g, n);
    }
    got g[MAX_GOT];
    int n = read_str("date 2025-01-02 body", "dir/.txt", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 0, "the id taken from the file name is empty");
    assert_string_equal(g[0].path, "dir/.txt");
    free_got(g, n);
}

static void test_dispatch_errors(void **state) {
    (void)state;
    got g[MAX_GOT];
    int n = read_str("hello\ndate 2025-01-01 x", "h.txt", VL_FORMAT_DISPATCH, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 1, "missing \"date YYYY-MM-DD\" header");
    assert_string_equal(g[0].path, "h.txt");
    assert_null(strstr(g[0].message, "h.txt")); /* the path is not repeated */
    free_got(g, n);

    n = read_str("\n\ndate 2025-9-15 Corps", "m.txt", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 3, "malformed date \"2025-9-15\"");
    free_got(g, n);

    n = read_str("date 2025-02-30 Corps", "m.txt", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 1, "malformed date \"2025-02-30\"");
    free_got(g, n);

    n = read_str("date\n2025-02-03 Corps", "m.txt", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 1, "missing \"date YYYY-MM-DD\" header");
    free_got(g, n);

    n = read_str("date 2025-02-03   \r\n \t\r\n\r\n", "e.txt", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 1, "empty body");
    free_got(g, n);

    const char bad_utf8[] = "date 2025-02-03\nfine\ncaf\xe9 au lait\n";
    n = read_str(bad_utf8, "u.txt", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 3, "invalid UTF-8 at byte 24");
    free_got(g, n);

    const char nul[] = "date 2025-02-03\nab\0cd\n";
    n = read_mem(nul, sizeof nul - 1, "n.txt", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 2, "NUL byte at byte 18");
    free_got(g, n);

    /* Forced dispatch on an empty input. */
    n = read_str("", "z.txt", VL_FORMAT_DISPATCH, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 1, "missing \"date YYYY-MM-DD\" header");
    free_got(g, n);
}

static void test_auto_rejects(void **state) {
    (void)state;
    got g[MAX_GOT];
    const unsigned char bin[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 0xff};
    int n = read_mem((const char *)bin, sizeof bin, "img.png", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 1, "not a dispatch (\"date YYYY-MM-DD\" header) nor JSON Lines");
    assert_true(vl_utf8_check(g[0].message, strlen(g[0].message), NULL));
    free_got(g, n);

    n = read_str("\n[1, 2, 3]\n", "a.json", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 2, "nor JSON Lines");
    free_got(g, n);

    /* Empty and blank inputs hold no document and are no error. */
    assert_int_equal(read_str("", "e.jsonl", VL_FORMAT_AUTO, g), 0);
    assert_int_equal(read_str("\xEF\xBB\xBF \n\r\n\t", "e.jsonl", VL_FORMAT_AUTO, g), 0);
    assert_int_equal(read_str("\n\n", "e.jsonl", VL_FORMAT_JSONL, g), 0);
}

/* --------------------------------------------------------- JSON Lines */

static void test_jsonl_good(void **state) {
    (void)state;
    got g[MAX_GOT];
    const char *in =
        "\xEF\xBB\xBF{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"Un texte.\"}\r\n"
        "\n"
        "   \r\n"
        "{ \"title\" : \"Titre\", \"id\" : \"b/2\", \"date\":\"2024-02-29\", \"text\":\"caf\\u00e9 "
        "\\ud83d\\ude00 \\\"q\\\"\\n\", \"source\":\"AFP\", \"url\":\"https://x.example/a\", "
        "\"lang\":\"fr\", \"tags\":[\"x\",1], \"n\":0.1, \"k\":\"v\\u0001\"}\n"
        "{\"id\":\"c\",\"date\":\"2024-03-04\",\"text\":\"t\",\"title\":null,\"lang\":\"\","
        "\"z\":null,\"a\":true,\"i\":-42}\n"
        "{\"id\":\"d\",\"date\":\"2024-03-05\",\"text\":\"last line, no newline\"}";
    int n = read_str(in, "x.jsonl", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 4);
    assert_doc(&g[0], "a", "2024-01-02", "Un texte.");
    assert_null(g[0].extra);
    assert_null(g[0].title);
    assert_doc(&g[1], "b/2", "2024-02-29", "café 😀 \"q\"\n");
    assert_string_equal(g[1].title, "Titre");
    assert_string_equal(g[1].source, "AFP");
    assert_string_equal(g[1].url, "https://x.example/a");
    assert_string_equal(g[1].lang, "fr");
    assert_string_equal(g[1].extra, "{\"tags\":[\"x\",1],\"n\":0.1,\"k\":\"v\\u0001\"}");
    assert_doc(&g[2], "c", "2024-03-04", "t");
    assert_null(g[2].title);
    assert_null(g[2].lang);
    assert_string_equal(g[2].extra, "{\"z\":null,\"a\":true,\"i\":-42}");
    assert_doc(&g[3], "d", "2024-03-05", "last line, no newline");
    free_got(g, n);
}

static void test_jsonl_errors(void **state) {
    (void)state;
    got g[MAX_GOT];
    char long_id[300];
    memset(long_id, 'x', sizeof long_id);
    long_id[sizeof long_id - 1] = 0;
    char in[4096];
    snprintf(in, sizeof in,
             "{\"id\":\"ok1\",\"date\":\"2024-01-01\",\"text\":\"one\"}\n"           /* 1 */
             "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"t\",}\n"              /* 2 */
             "[1,2]\n"                                                                /* 3 */
             "{\"id\":\"x\",\"date\":\"2024-01-01\"}\n"                              /* 4 */
             "{\"id\":\"x\",\"date\":\"2025-13-45\",\"text\":\"t\"}\n"               /* 5 */
             "{\"id\":\"x\",\"id\":\"y\",\"date\":\"2024-01-01\",\"text\":\"t\"}\n"  /* 6 */
             "{\"id\":7,\"date\":\"2024-01-01\",\"text\":\"t\"}\n"                   /* 7 */
             "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"t\",\"title\":[1]}\n" /* 8 */
             "{\"id\":\"\",\"date\":\"2024-01-01\",\"text\":\"t\"}\n"                /* 9 */
             "{\"id\":\"%s\",\"date\":\"2024-01-01\",\"text\":\"t\"}\n"              /* 10 */
             "{\"id\":\"a\\tb\",\"date\":\"2024-01-01\",\"text\":\"t\"}\n"           /* 11 */
             "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\" \\n\\t \"}\n"        /* 12 */
             "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"caf\xe9\"}\n"         /* 13 */
             "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"a\\u0000b\"}\n"       /* 14 */
             "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"\\ud800\"}\n"         /* 15 */
             "{\"id\":\"x\",\"date\":\"2024-01-01\",\"source\":5,\"text\":\"t\"}\n"  /* 16 */
             "\"just a string\"\n"                                                    /* 17 */
             "{\"id\":\"ok2\",\"date\":\"2024-01-02\",\"text\":\"two\"}\n",           /* 18 */
             long_id);
    int n = read_str(in, "e.jsonl", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 18);
    assert_doc(&g[0], "ok1", "2024-01-01", "one");
    assert_error(&g[1], VL_EFORMAT, 2, "invalid JSON at column ");
    assert_string_equal(g[1].path, "e.jsonl");
    assert_error(&g[2], VL_EFORMAT, 3, "expected a JSON object, not an array");
    assert_error(&g[3], VL_EFORMAT, 4, "missing \"text\"");
    assert_error(&g[4], VL_EFORMAT, 5, "\"date\" is \"2025-13-45\", not a valid YYYY-MM-DD date");
    assert_error(&g[5], VL_EFORMAT, 6, "duplicate object key");
    assert_error(&g[6], VL_EFORMAT, 7, "\"id\" must be a string, not a number");
    assert_error(&g[7], VL_EFORMAT, 8, "\"title\" must be a string, not an array");
    assert_error(&g[8], VL_EFORMAT, 9, "\"id\" is empty");
    assert_error(&g[9], VL_EFORMAT, 10, "\"id\" is longer than 256 bytes");
    assert_error(&g[10], VL_EFORMAT, 11, "\"id\" contains a control character");
    assert_error(&g[11], VL_EFORMAT, 12, "\"text\" is empty");
    assert_error(&g[12], VL_EFORMAT, 13, "invalid UTF-8 at byte ");
    assert_non_null(strstr(g[12].message, "(column 42)"));
    assert_error(&g[13], VL_EFORMAT, 14, "NUL");
    assert_error(&g[14], VL_EFORMAT, 15, "invalid JSON at column");
    assert_error(&g[15], VL_EFORMAT, 16, "\"source\" must be a string, not a number");
    assert_error(&g[16], VL_EFORMAT, 17, "expected a JSON object, not a string");
    assert_doc(&g[17], "ok2", "2024-01-02", "two");
    free_got(g, n);

    /* The column of a syntax error, and a raw NUL byte in a line. */
    n = read_str("{\"id\":\"x\",\"date\": 2024-01-01}\n", "c.jsonl", VL_FORMAT_JSONL, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EFORMAT, 1, "invalid JSON at column 24");
    free_got(g, n);
    const char nul[] = "{\"id\":\"x\"\0}\n{\"id\":\"y\",\"date\":\"2024-01-01\",\"text\":\"t\"}\n";
    n = read_mem(nul, sizeof nul - 1, "n.jsonl", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 2);
    assert_error(&g[0], VL_EFORMAT, 1, "NUL byte at byte 9");
    assert_doc(&g[1], "y", "2024-01-01", "t");
    free_got(g, n);
}

/* A line over the limit is skipped and reported, the next one read.  The
 * input is a file, so that it is streamed and not held. */
static void test_jsonl_too_big(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *path = th_path(dir, "big.jsonl");
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("{\"id\":\"before\",\"date\":\"2024-01-01\",\"text\":\"a\"}\n", f);
    fputs("{\"id\":\"huge\",\"date\":\"2024-01-01\",\"text\":\"", f);
    static char chunk[1 << 16];
    memset(chunk, 'z', sizeof chunk);
    for (int i = 0; i < 17 * 16; i++) fwrite(chunk, 1, sizeof chunk, f); /* 17 MiB */
    fputs("\"}\n", f);
    /* A line of exactly the limit is still accepted. */
    const char *head = "{\"id\":\"limit\",\"date\":\"2024-01-01\",\"text\":\"";
    size_t fill = VL_MAX_DOC_BYTES - strlen(head) - 2;
    fputs(head, f);
    for (size_t left = fill; left;) {
        size_t k = left < sizeof chunk ? left : sizeof chunk;
        fwrite(chunk, 1, k, f);
        left -= k;
    }
    fputs("\"}\n", f);
    fputs("{\"id\":\"after\",\"date\":\"2024-01-01\",\"text\":\"b\"}\n", f);
    fclose(f);

    got g[MAX_GOT];
    int n = read_path(path, g);
    assert_int_equal(n, 4);
    assert_doc(&g[0], "before", "2024-01-01", "a");
    assert_error(&g[1], VL_ETOOBIG, 2, "over the 16777216-byte limit");
    assert_doc(&g[2], "limit", "2024-01-01", NULL);
    assert_int_equal(g[2].text_len, fill);
    assert_doc(&g[3], "after", "2024-01-01", "b");
    free_got(g, n);

    /* A dispatch over the limit. */
    char *dpath = th_path(dir, "big.txt");
    f = fopen(dpath, "wb");
    fputs("date 2024-01-01\n", f);
    for (int i = 0; i < 17 * 16; i++) fwrite(chunk, 1, sizeof chunk, f);
    fclose(f);
    n = read_path(dpath, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_ETOOBIG, 0, "over the 16777216-byte limit");
    free_got(g, n);
    free(dpath);
    free(path);
    th_tmpdir_cleanup(dir);
}

/* ---------------------------------------------------------- compressed */

static void test_gzip_zstd_round_trip(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    size_t len;
    char *text = many_lines(500, &len);
    size_t glen, zlen;
    unsigned char *gz = gzip_bytes(text, len, &glen);
    unsigned char *zs = zstd_bytes(text, len, &zlen);
    /* Names do not matter: the magic bytes do. */
    char *p1 = th_write_file(dir, "a.jsonl.gz", gz, glen);
    char *p2 = th_write_file(dir, "b.jsonl", zs, zlen);
    got g[MAX_GOT];
    for (int which = 0; which < 2; which++) {
        vl_reader *r;
        vl_error e;
        assert_int_equal(vl_reader_open(which ? p2 : p1, VL_FORMAT_AUTO, &r, &e), VL_OK);
        vl_doc d;
        int docs = 0, rc;
        while ((rc = vl_reader_next(r, &d, &e)) == 1) {
            char want[16];
            snprintf(want, sizeof want, "n%d", docs++);
            assert_string_equal(d.id, want);
        }
        assert_int_equal(rc, 0);
        assert_int_equal(docs, 500);
        assert_int_equal(vl_reader_bytes(r), len);
        vl_reader_close(r);
    }

    /* Two gzip members back to back are one stream (as with `cat a.gz b.gz`). */
    const char *d1 = "{\"id\":\"m1\",\"date\":\"2024-01-01\",\"text\":\"one\"}\n";
    const char *d2 = "{\"id\":\"m2\",\"date\":\"2024-01-01\",\"text\":\"two\"}\n";
    size_t l1, l2;
    unsigned char *g1 = gzip_bytes(d1, strlen(d1), &l1), *g2 = gzip_bytes(d2, strlen(d2), &l2);
    unsigned char *cat = malloc(l1 + l2);
    memcpy(cat, g1, l1);
    memcpy(cat + l1, g2, l2);
    int n = read_mem((const char *)cat, l1 + l2, "cat.gz", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 2);
    assert_doc(&g[0], "m1", "2024-01-01", "one");
    assert_doc(&g[1], "m2", "2024-01-01", "two");
    free_got(g, n);

    /* Two zstd frames back to back, and gzip followed by zero padding. */
    unsigned char *z1 = zstd_bytes(d1, strlen(d1), &l1), *z2 = zstd_bytes(d2, strlen(d2), &l2);
    cat = realloc(cat, l1 + l2 + 512);
    memcpy(cat, z1, l1);
    memcpy(cat + l1, z2, l2);
    n = read_mem((const char *)cat, l1 + l2, "cat.zst", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 2);
    assert_doc(&g[0], "m1", "2024-01-01", "one");
    assert_doc(&g[1], "m2", "2024-01-01", "two");
    free_got(g, n);
    free(z1), free(z2);
    size_t lg;
    unsigned char *gp = gzip_bytes(d1, strlen(d1), &lg);
    memcpy(cat, gp, lg);
    memset(cat + lg, 0, 512);
    n = read_mem((const char *)cat, lg + 512, "padded.gz", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_doc(&g[0], "m1", "2024-01-01", "one");
    free_got(g, n);
    cat[lg + 100] = 'x'; /* but not anything else */
    n = read_mem((const char *)cat, lg + 512, "trailing.gz", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 2);
    assert_doc(&g[0], "m1", "2024-01-01", "one");
    assert_error(&g[1], VL_EIO, 0, "trailing garbage after gzip data");
    free_got(g, n);
    free(gp);

    /* A compressed dispatch: the id drops both extensions. */
    const char *disp = "date 2023-07-08\n\nCorps compressé.\n";
    size_t dl;
    unsigned char *dz = zstd_bytes(disp, strlen(disp), &dl);
    char *p3 = th_write_file(dir, "note.txt.zst", dz, dl);
    n = read_path(p3, g);
    assert_int_equal(n, 1);
    assert_doc(&g[0], "note", "2023-07-08", "Corps compressé.");
    free_got(g, n);

    free(g1), free(g2), free(cat), free(dz), free(p3);
    free(p1), free(p2), free(gz), free(zs), free(text);
    th_tmpdir_cleanup(dir);
}

static void check_truncated(const unsigned char *data, size_t len, const char *name,
                            const char *what) {
    char *dir = th_tmpdir();
    char *path = th_write_file(dir, name, data, len);
    vl_reader *r;
    vl_error e;
    assert_int_equal(vl_reader_open(path, VL_FORMAT_AUTO, &r, &e), VL_OK);
    vl_doc d;
    int docs = 0, rc;
    /* Corrupt data may decode to a few bad lines before the damage is
     * found: those are skipped like any bad line. */
    while ((rc = vl_reader_next(r, &d, &e)) == 1 || rc == VL_EFORMAT) docs += rc == 1;
    /* The documents before the damage come out, then the failure. */
    assert_int_equal(rc, VL_EIO);
    if (!(docs > 0 && docs < 4000)) fail_msg("%s: %d documents, then %d: %s", name, docs, rc, e.message);
    assert_string_equal(e.path, path);
    assert_non_null(strstr(e.message, what));
    /* It repeats. */
    assert_int_equal(vl_reader_next(r, &d, &e), VL_EIO);
    vl_reader_close(r);
    free(path);
    th_tmpdir_cleanup(dir);
}

static void test_truncated_compressed(void **state) {
    (void)state;
    size_t len, glen, zlen;
    char *text = many_lines(4000, &len);
    unsigned char *gz = gzip_bytes(text, len, &glen);
    unsigned char *zs = zstd_bytes(text, len, &zlen);
    check_truncated(gz, glen / 2, "cut.jsonl.gz", "truncated gzip stream");
    check_truncated(zs, zlen / 2, "cut.jsonl.zst", "truncated zstd stream");
    /* Garbage in the middle of the stream. */
    for (size_t i = glen / 2; i < glen / 2 + 64; i++) gz[i] ^= 0x5a;
    check_truncated(gz, glen, "bad.jsonl.gz", "corrupt gzip data");
    for (size_t i = zlen / 2; i < zlen / 2 + 64; i++) zs[i] ^= 0x5a;
    check_truncated(zs, zlen, "bad.jsonl.zst", "corrupt zstd data");
    /* Only the magic bytes. */
    got g[MAX_GOT];
    int n = read_mem("\x1f\x8b", 2, "tiny.gz", VL_FORMAT_AUTO, g);
    assert_int_equal(n, 1);
    assert_error(&g[0], VL_EIO, 0, "truncated gzip stream");
    free_got(g, n);
    free(gz), free(zs), free(text);
}

/* ---------------------------------------------------------------- open */

static void test_open_errors(void **state) {
    (void)state;
    vl_reader *r;
    vl_error e;
    assert_int_equal(vl_reader_open("/nonexistent/veille/x.jsonl", VL_FORMAT_AUTO, &r, &e), VL_EIO);
    assert_null(r);
    assert_string_equal(e.path, "/nonexistent/veille/x.jsonl");
    assert_non_null(strstr(e.message, "No such file or directory"));
    char *dir = th_tmpdir();
    assert_int_equal(vl_reader_open(dir, VL_FORMAT_AUTO, &r, &e), VL_EIO);
    assert_non_null(strstr(e.message, "is a directory"));
    th_tmpdir_cleanup(dir);
}

/* ---------------------------------------------------------------- walk */

typedef struct walk_log {
    char files[32][512];
    int nfiles;
    char errors[8][1600];
    int nerrors;
    int stop_after;
} walk_log;

static int on_file(void *ctx, const char *file) {
    walk_log *w = ctx;
    if (w->nfiles < 32) snprintf(w->files[w->nfiles++], 512, "%s", file);
    return w->stop_after && w->nfiles >= w->stop_after ? 42 : 0;
}

static void on_walk_error(void *ctx, const vl_error *err) {
    walk_log *w = ctx;
    if (w->nerrors < 8) snprintf(w->errors[w->nerrors++], sizeof w->errors[0], "%s: %s", err->path, err->message);
}

static void test_walk(void **state) {
    (void)state;
    char *dir = th_tmpdir();
    char *tmp[8];
    int k = 0;
    tmp[k++] = th_write_file(dir, "b.txt", "x", 1);
    tmp[k++] = th_write_file(dir, "a.txt", "x", 1);
    tmp[k++] = th_write_file(dir, "sub/c.jsonl", "x", 1);
    tmp[k++] = th_write_file(dir, "sub/B.txt", "x", 1);
    tmp[k++] = th_write_file(dir, ".hidden/x.txt", "x", 1);
    tmp[k++] = th_write_file(dir, ".y.txt", "x", 1);
    char *sub = th_path(dir, "sub");
    char *loop = th_path(dir, "sub/loop");
    char *dangling = th_path(dir, "zz-dangling");
    assert_int_equal(symlink("..", loop), 0);
    assert_int_equal(symlink("/nonexistent/veille", dangling), 0);
    char *empty = th_path(dir, "empty");
    assert_int_equal(mkdir(empty, 0755), 0);

    walk_log w;
    memset(&w, 0, sizeof w);
    vl_error e;
    assert_int_equal(vl_walk(dir, on_file, on_walk_error, &w, &e), 0);
    assert_int_equal(w.nfiles, 4);
    char want[512];
    const char *order[] = {"a.txt", "b.txt", "sub/B.txt", "sub/c.jsonl"};
    for (int i = 0; i < 4; i++) {
        snprintf(want, sizeof want, "%s/%s", dir, order[i]);
        assert_string_equal(w.files[i], want);
    }
    assert_int_equal(w.nerrors, 2);
    assert_non_null(strstr(w.errors[0], "sub/loop: symbolic link loop"));
    assert_non_null(strstr(w.errors[1], "zz-dangling: No such file or directory"));

    /* A file, "-", a missing path, and a stop asked by the callback. */
    memset(&w, 0, sizeof w);
    assert_int_equal(vl_walk(tmp[0], on_file, on_walk_error, &w, &e), 0);
    assert_int_equal(vl_walk("-", on_file, on_walk_error, &w, &e), 0);
    assert_int_equal(w.nfiles, 2);
    assert_string_equal(w.files[0], tmp[0]);
    assert_string_equal(w.files[1], "-");
    assert_int_equal(vl_walk("/nonexistent/veille", on_file, on_walk_error, &w, &e), VL_EIO);
    assert_string_equal(e.path, "/nonexistent/veille");
    assert_string_equal(e.message, "No such file or directory");
    memset(&w, 0, sizeof w);
    w.stop_after = 2;
    assert_int_equal(vl_walk(dir, on_file, on_walk_error, &w, &e), 42);
    assert_int_equal(w.nfiles, 2);

    /* An unreadable directory below the top is reported and passed over
     * (root reads everything: the check needs an ordinary user). */
    if (geteuid() != 0) {
        char *locked = th_path(dir, "locked");
        assert_int_equal(mkdir(locked, 0), 0);
        memset(&w, 0, sizeof w);
        assert_int_equal(vl_walk(dir, on_file, on_walk_error, &w, &e), 0);
        assert_int_equal(w.nfiles, 4);
        assert_int_equal(w.nerrors, 3);
        chmod(locked, 0755);
        free(locked);
    }
    for (int i = 0; i < k; i++) free(tmp[i]);
    free(sub), free(loop), free(dangling), free(empty);
    th_tmpdir_cleanup(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_valid),
        cmocka_unit_test(test_utf8_invalid),
        cmocka_unit_test(test_dispatch_basic),
        cmocka_unit_test(test_dispatch_ids),
        cmocka_unit_test(test_dispatch_errors),
        cmocka_unit_test(test_auto_rejects),
        cmocka_unit_test(test_jsonl_good),
        cmocka_unit_test(test_jsonl_errors),
        cmocka_unit_test(test_jsonl_too_big),
        cmocka_unit_test(test_gzip_zstd_round_trip),
        cmocka_unit_test(test_truncated_compressed),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_walk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
