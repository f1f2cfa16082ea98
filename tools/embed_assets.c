/*
 * embed_assets.c -- a build tool: turns the web page's files into a C file
 * that holds their bytes and the vl_web_asset_find table
 * (src/server/web_assets.h), so that the program serves the page with no
 * file beside it.
 *
 *   embed_assets LIST OUT.c
 *
 * LIST has one asset per line, "URL-PATH FILE", FILE relative to the
 * list's folder; blank lines and lines starting with '#' are skipped. The
 * content type follows the file's extension (LICENSE files are text); an
 * unknown extension, a
 * missing file, a duplicate URL or an URL not starting with '/' stops the
 * build with a message naming the list's line. The table is sorted by URL
 * and searched by bisection; the output is the same for the same input
 * (no dates, no absolute paths), so rebuilding changes nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *url, *file, *type;
    unsigned char *data;
    size_t size;
} asset;

static const struct { const char *ext, *type; } types[] = {
    {".html", "text/html; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".json", "application/json"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".txt", "text/plain; charset=utf-8"},
};

static const char *type_of(const char *file) {
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    /* Licences travel with the libraries' files, whatever their name. */
    if (strncmp(base, "LICENSE", 7) == 0 || strncmp(base, "LICENCE", 7) == 0 || strncmp(base, "COPYING", 7) == 0)
        return "text/plain; charset=utf-8";
    const char *dot = strrchr(file, '.');
    if (!dot || strchr(dot, '/')) return NULL;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(dot, types[i].ext) == 0) return types[i].type;
    return NULL;
}

static int read_file(const char *path, unsigned char **data, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        unsigned char *b = realloc(buf, cap * 2);
        if (!b) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = b;
        cap *= 2;
    }
    int bad = !buf || ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        if (!errno) errno = EIO;
        return -1;
    }
    *data = buf;
    *size = n;
    return 0;
}

static int by_url(const void *a, const void *b) {
    return strcmp(((const asset *)a)->url, ((const asset *)b)->url);
}

/* A C string literal of s (URLs and types are plain ASCII, checked). */
static void put_str(FILE *out, const char *s) {
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') fputc('\\', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: embed_assets LIST OUT.c\n");
        return 2;
    }
    const char *list = argv[1], *outname = argv[2];
    FILE *in = fopen(list, "r");
    if (!in) {
        fprintf(stderr, "embed_assets: %s: %s\n", list, strerror(errno));
        return 1;
    }
    const char *slash = strrchr(list, '/');
    size_t dirlen = slash ? (size_t)(slash - list + 1) : 0;

    asset *a = NULL;
    size_t n = 0, cap = 0, total = 0;
    char line[4096];
    int lineno = 0, fail = 0;
    while (!fail && fgets(line, sizeof line, in)) {
        lineno++;
        size_t len = strlen(line);
        if (len && line[len - 1] == '\n') line[--len] = 0;
        else if (!feof(in)) {
            fprintf(stderr, "%s:%d: line too long\n", list, lineno);
            fail = 1;
            break;
        }
        char url[2048], file[2048], extra[2];
        int k = sscanf(line, " %2047s %2047s %1s", url, file, extra);
        if (k <= 0 || url[0] == '#') continue;
        if (k != 2) {
            fprintf(stderr, "%s:%d: expected 'URL-PATH FILE'\n", list, lineno);
            fail = 1;
            break;
        }
        if (url[0] != '/') {
            fprintf(stderr, "%s:%d: URL path '%s' does not start with '/'\n", list, lineno, url);
            fail = 1;
            break;
        }
        for (const char *p = url; *p; p++)
            if (*p <= ' ' || *p >= 127 || *p == '"' || *p == '\\' || *p == '?' || *p == '#') {
                fprintf(stderr, "%s:%d: URL path '%s' has a character not allowed here\n", list, lineno, url);
                fail = 1;
                break;
            }
        if (fail) break;
        const char *type = type_of(file);
        if (!type) {
            fprintf(stderr, "%s:%d: no content type known for '%s'\n", list, lineno, file);
            fail = 1;
            break;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            asset *b = realloc(a, cap * sizeof *a);
            if (!b) {
                fprintf(stderr, "embed_assets: out of memory\n");
                fail = 1;
                break;
            }
            a = b;
        }
        asset *x = &a[n];
        memset(x, 0, sizeof *x);
        x->url = strdup(url);
        x->type = strdup(type);
        x->file = malloc(dirlen + strlen(file) + 1);
        if (!x->url || !x->type || !x->file) {
            fprintf(stderr, "embed_assets: out of memory\n");
            fail = 1;
            break;
        }
        memcpy(x->file, list, dirlen);
        strcpy(x->file + dirlen, file);
        n++;
        errno = 0;
        if (read_file(x->file, &x->data, &x->size)) {
            fprintf(stderr, "%s:%d: %s: %s\n", list, lineno, x->file, strerror(errno));
            fail = 1;
            break;
        }
        total += x->size;
    }
    fclose(in);
    if (!fail && n == 0) {
        fprintf(stderr, "%s: no asset listed\n", list);
        fail = 1;
    }
    if (!fail) {
        qsort(a, n, sizeof *a, by_url);
        for (size_t i = 1; i < n; i++)
            if (strcmp(a[i - 1].url, a[i].url) == 0) {
                fprintf(stderr, "%s: URL path '%s' listed twice\n", list, a[i].url);
                fail = 1;
            }
    }

    if (!fail) {
        /* Written to a temporary name and renamed, so that an interrupted
         * build leaves no half file that make would take as up to date. */
        char tmp[4096];
        snprintf(tmp, sizeof tmp, "%s.tmp", outname);
        FILE *out = fopen(tmp, "w");
        if (!out) {
            fprintf(stderr, "embed_assets: %s: %s\n", tmp, strerror(errno));
            fail = 1;
        } else {
            fprintf(out, "/*\n * web_assets.c -- GENERATED by tools/embed_assets.c from %s: do not edit.\n"
                         " * %zu files, %zu bytes.\n */\n", list, n, total);
            fputs("#include <string.h>\n\n#include \"server/web_assets.h\"\n\n", out);
            for (size_t i = 0; i < n; i++) {
                fprintf(out, "/* %s */\nstatic const unsigned char asset_%zu[] = {", a[i].file, i);
                for (size_t j = 0; j < a[i].size; j++)
                    fprintf(out, "%s%u,", j % 24 ? "" : "\n", (unsigned)a[i].data[j]);
                /* An empty file still needs one byte to be a valid array. */
                fprintf(out, "%s};\n\n", a[i].size ? "\n" : "0\n");
            }
            fprintf(out, "static const vl_web_asset assets[%zu] = {\n", n);
            for (size_t i = 0; i < n; i++) {
                fputs("    {", out);
                put_str(out, a[i].url);
                fputs(", ", out);
                put_str(out, a[i].type);
                fprintf(out, ", asset_%zu, %zu},\n", i, a[i].size);
            }
            fputs("};\n\n"
                  "const vl_web_asset *vl_web_asset_find(const char *path) {\n"
                  "    if (!path) return NULL;\n"
                  "    size_t lo = 0, hi = sizeof assets / sizeof assets[0];\n"
                  "    while (lo < hi) {\n"
                  "        size_t mid = lo + (hi - lo) / 2;\n"
                  "        int c = strcmp(path, assets[mid].path);\n"
                  "        if (c == 0) return &assets[mid];\n"
                  "        if (c < 0) hi = mid;\n"
                  "        else lo = mid + 1;\n"
                  "    }\n"
                  "    return NULL;\n"
                  "}\n",
                  out);
            if (ferror(out) | fclose(out) || rename(tmp, outname)) {
                fprintf(stderr, "embed_assets: %s: %s\n", outname, strerror(errno));
                remove(tmp);
                fail = 1;
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        free(a[i].url);
        free(a[i].type);
        free(a[i].file);
        free(a[i].data);
    }
    free(a);
    return fail ? 1 : 0;
}
