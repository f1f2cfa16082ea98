/*
 * cmd_annotate.c -- `veille annotate` (a document's analysis as JSON,
 * nothing stored) and `veille analyze` (the index terms of a text).
 */
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cli/cli.h"
#include "text/analyzer.h"

int cmd_annotate(cli_env *env, int argc, char **argv) {
    int json = 0, k, nfiles = 0;
    const char *v, *default_lang = NULL;
    char **files = calloc((size_t)argc, sizeof *files);
    if (!files) return EXIT_FATAL;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i))) {
            if (k < 0) goto usage;
        } else if (cli_flag(argv, &i, "--json")) {
            json = 1;
        } else if ((k = cli_value(argc, argv, &i, "--default-lang", &v)) != 0) {
            if (k < 0 || cli_lang("--default-lang", v, &default_lang)) goto usage;
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            cli_fail("annotate: unknown option '%s'", argv[i]);
            goto usage;
        } else {
            files[nfiles++] = argv[i++];
        }
    }
    if (!nfiles) {
        cli_fail("annotate: no FILE given");
        goto usage;
    }
    vl_annotator *an;
    vl_error err;
    vl_error_clear(&err);
    if (vl_annotator_new(&an, &err)) {
        cli_error(&err);
        free(files);
        return EXIT_FATAL;
    }
    int status = EXIT_OK;
    for (int f = 0; f < nfiles; f++) {
        vl_reader *rd;
        int rc = vl_reader_open(files[f], VL_FORMAT_AUTO, &rd, &err);
        if (rc) {
            cli_error(&err);
            status = status == EXIT_OK ? EXIT_PARTIAL : status;
            continue;
        }
        vl_doc doc;
        while ((rc = vl_reader_next(rd, &doc, &err)) != 0) {
            if (rc < 0) {
                cli_error(&err);
                if (status == EXIT_OK) status = EXIT_PARTIAL;
                if (rc == VL_EFORMAT || rc == VL_ETOOBIG) continue;
                break;
            }
            vl_annotation *a;
            doc.lang = vl_doc_lang_or(&doc, default_lang);
            if ((rc = vl_annotate(an, &doc, &a, &err))) {
                if (!err.path[0]) snprintf(err.path, sizeof err.path, "%s", vl_reader_path(rd));
                cli_error(&err);
                if (status == EXIT_OK) status = EXIT_PARTIAL;
                continue;
            }
            char *s = vl_annotation_json(a, json ? 0 : VL_JSON_PRETTY);
            vl_annotation_free(a);
            if (!s) {
                cli_fail("out of memory");
                status = EXIT_FATAL;
                break;
            }
            puts(s);
            free(s);
        }
        vl_reader_close(rd);
    }
    vl_annotator_free(an);
    free(files);
    return status;
usage:
    free(files);
    return cli_usage("annotate");
}

typedef struct analyze_out {
    const char *text;
} analyze_out;

static int print_term(void *ctx, const vl_token *t) {
    analyze_out *o = ctx;
    printf("%s%.*s\t%zu-%zu\t%.*s\n", (t->flags & VL_TOKEN_COLOCATED) ? "  | " : "", (int)t->term_len, t->term,
           t->start, t->end, (int)(t->end - t->start), o->text + t->start);
    return 0;
}

int cmd_analyze(cli_env *env, int argc, char **argv) {
    const char *lang_s = NULL, *mode_s = "index";
    int k;
    vl_buf text;
    vl_buf_init(&text);
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--lang", &lang_s)) ||
            (k = cli_value(argc, argv, &i, "--mode", &mode_s))) {
            if (k < 0) goto usage;
        } else {
            if (text.len) vl_buf_putc(&text, ' ');
            vl_buf_puts(&text, argv[i++]);
        }
    }
    if (!text.len) {
        cli_fail("analyze: no TEXT given");
        goto usage;
    }
    vl_analyze_mode mode;
    if (strcmp(mode_s, "index") == 0) mode = VL_ANALYZE_INDEX;
    else if (strcmp(mode_s, "query") == 0) mode = VL_ANALYZE_QUERY;
    else if (strcmp(mode_s, "surface") == 0) mode = VL_ANALYZE_SURFACE;
    else {
        cli_fail("analyze: --mode is index, query or surface, not '%s'", mode_s);
        goto usage;
    }
    vl_lang lang;
    if (lang_s) {
        int l = vl_lang_parse(lang_s);
        if (l < 0) {
            cli_fail("analyze: unknown language '%s' (fr, en or und)", lang_s);
            goto usage;
        }
        lang = (vl_lang)l;
    } else {
        lang = vl_lang_identify(text.data, text.len);
    }
    vl_analyzer *a = vl_analyzer_new();
    if (!a) {
        vl_buf_free(&text);
        return EXIT_FATAL;
    }
    printf("# lang %s\n", vl_lang_code(lang));
    analyze_out out = {text.data};
    vl_analyze(a, text.data, text.len, lang, mode, print_term, &out);
    vl_analyzer_free(a);
    vl_buf_free(&text);
    return EXIT_OK;
usage:
    vl_buf_free(&text);
    return cli_usage("analyze");
}
