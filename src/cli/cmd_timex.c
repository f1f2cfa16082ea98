/*
 * cmd_timex.c -- `veille timex --date YYYY-MM-DD [--lang fr|en] [FILE|-]`:
 * the time expressions of a raw text resolved against a given reference
 * date, as JSON or (--timeml) as a TimeML document.  Nothing is stored.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cli/cli.h"
#include "extract/timex.h"

static int read_all(const char *path, vl_buf *out) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        cli_fail("timex: cannot open %s", path);
        return EXIT_PARTIAL;
    }
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (vl_buf_append(out, chunk, n)) {
            if (f != stdin) fclose(f);
            return EXIT_FATAL;
        }
    int bad = ferror(f);
    if (f != stdin) fclose(f);
    if (bad) {
        cli_fail("timex: cannot read %s", path);
        return EXIT_PARTIAL;
    }
    return EXIT_OK;
}

static void xml_escape(FILE *f, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(s[i], f);
        }
    }
}

static void print_timeml(const char *date, const char *text, size_t len, const vl_timex *tx, size_t n) {
    printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" "
           "functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n<TEXT>",
           date, date);
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        xml_escape(stdout, text + pos, tx[i].start - pos);
        printf("<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"%s\"", i + 1, vl_timex_type_name(tx[i].type), tx[i].value);
        if (tx[i].mod[0]) printf(" mod=\"%s\"", tx[i].mod);
        fputc('>', stdout);
        xml_escape(stdout, text + tx[i].start, tx[i].end - tx[i].start);
        fputs("</TIMEX3>", stdout);
        pos = tx[i].end;
    }
    xml_escape(stdout, text + pos, len - pos);
    puts("</TEXT>\n</TimeML>");
}

static int print_json(const char *date, vl_lang lang, const char *text, const vl_timex *tx, size_t n) {
    json_t *o = json_object(), *arr = json_array();
    if (!o || !arr) return EXIT_FATAL;
    json_object_set_new(o, "date", json_string(date));
    json_object_set_new(o, "lang", json_string(vl_lang_code(lang)));
    for (size_t i = 0; i < n; i++) {
        json_t *x = json_object();
        json_object_set_new(x, "text", json_stringn(text + tx[i].start, tx[i].end - tx[i].start));
        json_object_set_new(x, "type", json_string(vl_timex_type_name(tx[i].type)));
        json_object_set_new(x, "value", json_string(tx[i].value));
        if (tx[i].mod[0]) json_object_set_new(x, "mod", json_string(tx[i].mod));
        json_object_set_new(x, "start", json_integer((json_int_t)tx[i].cp_start));
        json_object_set_new(x, "end", json_integer((json_int_t)tx[i].cp_end));
        json_array_append_new(arr, x);
    }
    json_object_set_new(o, "timexes", arr);
    return cli_print_json(o);
}

int cmd_timex(cli_env *env, int argc, char **argv) {
    const char *date = NULL, *lang_s = NULL, *path = NULL;
    int timeml = 0, k;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--date", &date)) ||
            (k = cli_value(argc, argv, &i, "--lang", &lang_s))) {
            if (k < 0) return cli_usage("timex");
        } else if (cli_flag(argv, &i, "--timeml")) {
            timeml = 1;
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            cli_fail("timex: unknown option '%s'", argv[i]);
            return cli_usage("timex");
        } else if (path) {
            cli_fail("timex: one FILE at a time");
            return cli_usage("timex");
        } else {
            path = argv[i++];
        }
    }
    if (!date || !vl_date_valid(date, strlen(date))) {
        cli_fail("timex: --date YYYY-MM-DD is required (a valid date)");
        return cli_usage("timex");
    }
    int lang = -1;
    if (lang_s && (lang = vl_lang_parse(lang_s)) < 0) {
        cli_fail("timex: unknown language '%s' (fr, en or und)", lang_s);
        return cli_usage("timex");
    }
    vl_buf text;
    vl_buf_init(&text);
    int status = read_all(path ? path : "-", &text);
    if (status) {
        vl_buf_free(&text);
        return status;
    }
    const char *s = text.data ? text.data : "";
    if (lang < 0) lang = (int)vl_lang_identify(s, text.len);
    vl_timex_tagger *tg;
    vl_error err;
    vl_error_clear(&err);
    if (vl_timex_tagger_new(&tg, &err)) {
        cli_error(&err);
        vl_buf_free(&text);
        return EXIT_FATAL;
    }
    const vl_timex *tx;
    size_t n;
    int rc = vl_timex_tag(tg, s, text.len, (vl_lang)lang, date, &tx, &n);
    if (rc) {
        cli_fail("timex: %s", vl_strerror(rc));
        status = cli_exit_for(rc);
    } else if (timeml) {
        print_timeml(date, s, text.len, tx, n);
    } else {
        status = print_json(date, (vl_lang)lang, s, tx, n);
    }
    vl_timex_tagger_free(tg);
    vl_buf_free(&text);
    return status;
}
