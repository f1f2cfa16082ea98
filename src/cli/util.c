/*
 * util.c -- output helpers shared by the commands (see cli.h).
 */
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "cli/cli.h"

void cli_error(const vl_error *err) {
    if (err->path[0] && err->line > 0)
        fprintf(stderr, "veille: %s:%ld: %s\n", err->path, err->line, err->message);
    else if (err->path[0])
        fprintf(stderr, "veille: %s: %s\n", err->path, err->message);
    else
        fprintf(stderr, "veille: %s\n", err->message[0] ? err->message : vl_strerror(err->code));
}

void cli_fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("veille: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_exit_for(int code) {
    switch (code) {
    case VL_OK: return EXIT_OK;
    case VL_EQUERY:
    case VL_EARG: return EXIT_USAGE;
    case VL_ENOTFOUND:
    case VL_EFORMAT:
    case VL_ETOOBIG: return EXIT_PARTIAL;
    case VL_EINTERRUPT: return EXIT_INTERRUPTED;
    default: return EXIT_FATAL;
    }
}

int cli_open_store(cli_env *env, int readonly, vl_store **out) {
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_store_open(env->db_path, readonly ? VL_STORE_READONLY : 0, out, &err);
    if (rc) {
        cli_error(&err);
        return cli_exit_for(rc) == EXIT_USAGE ? EXIT_USAGE : EXIT_FATAL;
    }
    return EXIT_OK;
}

void cli_json_string(FILE *f, const char *s) {
    json_t *j = json_string(s ? s : "");
    char *out = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
    fputs(out ? out : "\"\"", f);
    free(out);
    json_decref(j);
}

int cli_print_json(json_t *o) {
    char *s = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
    json_decref(o);
    if (!s) return EXIT_FATAL;
    puts(s);
    free(s);
    return EXIT_OK;
}

int cli_usage(const char *command) {
    fprintf(stderr, "veille: see 'veille help %s'\n", command);
    return EXIT_USAGE;
}

int cli_flag(char **argv, int *i, const char *name) {
    if (strcmp(argv[*i], name) != 0) return 0;
    (*i)++;
    return 1;
}

int cli_value(int argc, char **argv, int *i, const char *name, const char **value) {
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0) return 0;
    if (a[n] == '=') {
        *value = a + n + 1;
        (*i)++;
        return 1;
    }
    if (a[n] != 0) return 0;
    if (*i + 1 >= argc) {
        cli_fail("%s needs a value", name);
        return -1;
    }
    *value = argv[*i + 1];
    *i += 2;
    return 1;
}

int cli_common(cli_env *env, int argc, char **argv, int *i) {
    return cli_value(argc, argv, i, "--db", &env->db_path);
}

int cli_lang(const char *name, const char *value, const char **out) {
    int l = vl_lang_parse(value);
    if (l != VL_LANG_FR && l != VL_LANG_EN) {
        cli_fail("%s is fr or en, not '%s'", name, value);
        return -1;
    }
    *out = vl_lang_code((vl_lang)l);
    return 0;
}

int cli_int(const char *name, const char *value, int max, int *out) {
    char *end;
    long v = strtol(value, &end, 10);
    if (!*value || *end || v < 0 || v > max) {
        cli_fail("%s must be a whole number from 0 to %d, not '%s'", name, max, value);
        return -1;
    }
    *out = (int)v;
    return 0;
}

void cli_put_cell(FILE *f, const char *s, int width) {
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    int used = 0;
    for (utf8proc_ssize_t left = (utf8proc_ssize_t)strlen(s); left > 0;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p, left, &cp);
        if (k <= 0) { /* not UTF-8: one byte, one column */
            k = 1;
            cp = 0;
            used++;
        } else {
            used += cp ? utf8proc_charwidth(cp) : 0;
        }
        p += k;
        left -= k;
    }
    fputs(s, f);
    for (; used < width; used++) fputc(' ', f);
}
