/*
 * test_query.c -- unit tests of the query language (src/query): the exact
 * FTS5 expression for every construct, every malformed query with the
 * column and the gist of its message, the limits, and -- with an in-memory
 * SQLite FTS5 table -- that whatever the translator produces is valid FTS5
 * that finds the right rows, even at the deepest nesting allowed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "query/stopwords.h"

/* Translates q; fails the test with the error message if it is refused. */
static char *translate_ok(const char *q) {
    vl_buf b;
    vl_buf_init(&b);
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_query_translate(q, &b, &err);
    if (rc != VL_OK) fail_msg("query [%s] refused: %s", q, err.message);
    return vl_buf_steal(&b);
}

/* ------------------------------------------------- FTS5 for checking */

static sqlite3 *open_fts(void) {
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
                                  "CREATE VIRTUAL TABLE t USING fts5(title, text);"
                                  "INSERT INTO t(rowid, title, text) VALUES"
                                  " (1, 'alpha beta', 'gamma delta'),"
                                  " (2, 'beta', 'alpha epsilon'),"
                                  " (3, 'gamma', 'delta alphabet zeta'),"
                                  " (4, 'zapad 2025', 'exercice militaire'),"
                                  " (5, 'and or not near', 'alpha');",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    return db;
}

/* The rowids that match an FTS5 expression, as "1,3,5" ("ERROR: ..." when
 * FTS5 refuses the expression). */
static void fts_rows(sqlite3 *db, const char *fts, char *out, size_t cap) {
    sqlite3_stmt *st = NULL;
    out[0] = 0;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid", -1,
                                        &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(st, 1, fts, -1, SQLITE_TRANSIENT);
    size_t len = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        len += (size_t)snprintf(out + len, cap - len, "%s%lld", len ? "," : "",
                                (long long)sqlite3_column_int64(st, 0));
    if (rc != SQLITE_DONE) snprintf(out, cap, "ERROR: %s", sqlite3_errmsg(db));
    sqlite3_finalize(st);
}

/* Fails when FTS5 refuses the expression. */
static void assert_valid_fts(sqlite3 *db, const char *q, const char *fts) {
    char rows[256];
    fts_rows(db, fts, rows, sizeof rows);
    if (!strncmp(rows, "ERROR", 5)) fail_msg("query [%s] -> [%s]: %s", q, fts, rows);
}

/* -------------------------------------------------------- translations */

typedef struct { const char *query, *fts; } tr_case;

static const tr_case translations[] = {
    /* function words left out beside other words (src/query/stopwords.c) */
    {"le président de la république", "\"président\" AND \"république\""},
    {"The price of oil", "\"price\" AND \"oil\""},
    {"dès la rentrée", "\"rentrée\""},                       /* folded: des */
    {"interest rates in the US", "\"interest\" AND \"rates\" AND \"US\""}, /* capitals: a name */
    {"le", "\"le\""},                                         /* nothing else to search */
    {"to be or not to be", "\"to\" AND \"be\" AND \"or\" AND \"not\" AND \"to\" AND \"be\""},
    {"\"de la\" france", "\"de la\" AND \"france\""},       /* a phrase keeps them */
    {"title:le monde", "title : \"le\" AND \"monde\""},       /* so does a field */
    {"les* france", "\"les\" * AND \"france\""},             /* and a prefix */
    {"(le OR la) france", "(\"le\" OR \"la\") AND \"france\""},
    {"la guerre -le", "\"guerre\" NOT \"le\""},
    {"sanctions (contre la Russie)", "\"sanctions\" AND \"contre\" AND \"Russie\""},
    /* words, implicit and explicit AND */
    {"otan", "\"otan\""},
    {"otan russie", "\"otan\" AND \"russie\""},
    {"otan AND russie", "\"otan\" AND \"russie\""},
    {"  otan \t russie\n", "\"otan\" AND \"russie\""},
    /* OR binds tighter than AND */
    {"otan OR nato", "\"otan\" OR \"nato\""},
    {"w b OR c", "\"w\" AND (\"b\" OR \"c\")"},
    {"w OR b c", "(\"w\" OR \"b\") AND \"c\""},
    {"w OR b AND c OR d", "(\"w\" OR \"b\") AND (\"c\" OR \"d\")"},
    {"w OR b OR c", "\"w\" OR \"b\" OR \"c\""},
    /* exclusion: -word, NOT word, -"phrase", -(group) */
    {"w -b", "\"w\" NOT \"b\""},
    {"w -b c", "(\"w\" AND \"c\") NOT \"b\""},
    {"w NOT b", "\"w\" NOT \"b\""},
    {"NOT b w", "\"w\" NOT \"b\""},
    {"w AND NOT b", "\"w\" NOT \"b\""},
    {"w -b -c", "\"w\" NOT (\"b\" OR \"c\")"},
    {"w -\"b c\"", "\"w\" NOT \"b c\""},
    {"w -(b c)", "\"w\" NOT (\"b\" AND \"c\")"},
    {"w -(b OR c) -d", "\"w\" NOT (\"b\" OR \"c\" OR \"d\")"},
    {"w -(b -c)", "\"w\" NOT (\"b\" NOT \"c\")"},
    {"(w OR b) -c", "(\"w\" OR \"b\") NOT \"c\""},
    {"w OR (b -c)", "\"w\" OR (\"b\" NOT \"c\")"},
    /* a hyphen inside a word belongs to the word; a lone one is nothing */
    {"zapad-2025", "\"zapad-2025\""},
    {"w-b -c", "\"w-b\" NOT \"c\""},
    {"w - b", "\"w\" AND \"b\""},
    {"w -", "\"w\""},
    {"(w)-b", "\"w\" AND \"-b\""},
    {"w --b", "\"w\" NOT \"-b\""},
    /* phrases, with " doubled inside FTS5 strings */
    {"\"guerre en Ukraine\"", "\"guerre en Ukraine\""},
    {"\"w b\" c", "\"w b\" AND \"c\""},
    {"ab\"cd\"", "\"ab\" AND \"cd\""},
    {"\xC2\xAB Zapad 2025 \xC2\xBB", "\"Zapad 2025\""},                 /* « » */
    {"\xC2\xAB\xC2\xA0Zapad\xE2\x80\xAF\xC2\xBB", "\"Zapad\""},         /* with no-break spaces */
    {"\xE2\x80\x9C" "cold war" "\xE2\x80\x9D", "\"cold war\""},          /* “ ” */
    {"\xE2\x80\x9E" "kalter Krieg" "\xE2\x80\x9C", "\"kalter Krieg\""},  /* „ “ */
    {"\xC2\xAB" "il a dit \"non\"" "\xC2\xBB", "\"il a dit \"\"non\"\"\""},
    {"\"w \xC2\xBB b\"", "\"w \xC2\xBB b\""},
    {"\"(w OR b*)\"", "\"(w OR b*)\""},
    /* prefixes */
    {"manoeuv*", "\"manoeuv\" *"},
    {"\"new yor\"*", "\"new yor\" *"},
    {"w* -b*", "\"w\" * NOT \"b\" *"},
    {"AND*", "\"AND\" *"},
    /* apostrophes, colons, numbers */
    {"l'OTAN aujourd'hui", "\"l'OTAN\" AND \"aujourd'hui\""},
    {"l\xE2\x80\x99OTAN", "\"l\xE2\x80\x99OTAN\""},
    {"12:30", "\"12:30\""},
    {"3\xC2\xA0" "300 habitants", "\"3\xC2\xA0" "300\" AND \"habitants\""},
    {"3\xE2\x80\xAF" "300", "\"3\xE2\x80\xAF" "300\""},
    {"3 300 habitants", "\"3 300\" AND \"habitants\""},
    {"12 000 000 -2 500", "\"12 000 000\" NOT \"2 500\""},
    {"2025 100", "\"2025\" AND \"100\""},
    {"3 3000", "\"3\" AND \"3000\""},
    {"3 30", "\"3\" AND \"30\""},
    {"3 300x", "\"3\" AND \"300x\""},
    {"x3 300", "\"x3\" AND \"300\""},
    {"3 300*", "\"3 300\" *"},
    {"w\xC2\xA0" "b", "\"w\" AND \"b\""},
    /* operators are upper case only; FTS5 keywords are just words */
    {"and or not", "\"and\" AND \"or\" AND \"not\""},
    {"NEAR(w b)", "\"NEAR\" AND \"w\" AND \"b\""},
    {"Or", "\"Or\""},
    {"-AND w", "\"w\" NOT \"AND\""},
    {"title:OR", "title : \"OR\""},
    /* fields */
    {"title:otan", "title : \"otan\""},
    {"text:otan", "text : \"otan\""},
    {"Title:otan", "title : \"otan\""},
    {"title:\"mer noire\"", "title : \"mer noire\""},
    {"title:manoeuv*", "title : \"manoeuv\" *"},
    {"title:(w b)", "title : \"w\" AND title : \"b\""},
    {"title:(w OR b -c)", "(title : \"w\" OR title : \"b\") NOT title : \"c\""},
    {"title:(w title:b)", "title : \"w\" AND title : \"b\""},
    {"-title:w b", "\"b\" NOT title : \"w\""},
    {"w -title:(b OR c)", "\"w\" NOT (title : \"b\" OR title : \"c\")"},
    {"title:text:x", "title : \"text:x\""},
    {"subtitle:x", "\"subtitle:x\""},
    {"textile", "\"textile\""},
    /* groups */
    {"(w)", "\"w\""},
    {"((w b))", "\"w\" AND \"b\""},
    {"w (b c)", "\"w\" AND \"b\" AND \"c\""},
    {"w (b -c)", "(\"w\" AND \"b\") NOT \"c\""},
    {"(w OR b) (c OR d)", "(\"w\" OR \"b\") AND (\"c\" OR \"d\")"},
    {"w OR (b OR c)", "\"w\" OR \"b\" OR \"c\""},
    {"(w b) OR c", "(\"w\" AND \"b\") OR \"c\""},
    {"w(b)", "\"w\" AND \"b\""},
    {"(w)OR(b)", "\"w\" OR \"b\""},
    /* words without letters or digits are dropped */
    {"w ... b", "\"w\" AND \"b\""},
    {"w & b", "\"w\" AND \"b\""},
    {"w \xE2\x80\x94 b", "\"w\" AND \"b\""}, /* — */
    {"w OR ...", "\"w\""},
    {"w -...", "\"w\""},
    {"w (... &)", "\"w\""},
    {"w \"\"", "\"w\""},
    {"w \xF0\x9F\x98\x80", "\"w\""},               /* an emoji */
    {"caf\xC3\xA9 \xC5\x93uvre", "\"caf\xC3\xA9\" AND \"\xC5\x93uvre\""},
    {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\""},
};

static void test_translations(void **state) {
    (void)state;
    sqlite3 *db = open_fts();
    for (size_t i = 0; i < sizeof translations / sizeof translations[0]; i++) {
        char *got = translate_ok(translations[i].query);
        if (strcmp(got, translations[i].fts))
            fail_msg("query [%s]\n  expected [%s]\n  got      [%s]", translations[i].query,
                     translations[i].fts, got);
        assert_valid_fts(db, translations[i].query, got);
        free(got);
    }
    sqlite3_close(db);
}

/* ---------------------------------------------------------- malformed */

typedef struct { const char *query; int col; const char *gist; } err_case;

static const err_case errors[] = {
    /* empty */
    {"", 1, "empty query"},
    {"   \t\n", 1, "empty query"},
    /* parentheses */
    {"(a", 1, "unbalanced parenthesis"},
    {"a (b (c)", 3, "never closed"},
    {"a)", 2, "unbalanced parenthesis"},
    {"(a))", 4, "has no matching ("},
    {")", 1, "has no matching ("},
    {"a ()", 3, "empty parentheses"},
    {"a (", 3, "never closed"},
    /* quotes */
    {"\"a b", 1, "unbalanced quote"},
    {"a \"b c", 3, "never closed"},
    {"a \xC2\xAB b", 3, "\xC2\xAB is never closed"},
    {"\xC2\xAB" "a\"", 1, "never closed"},
    {"a b\xC2\xBB", 4, "has no opening quote"},
    {"\xE2\x80\x9D" "a", 1, "has no opening quote"},
    /* dangling operators */
    {"OR a", 1, "OR needs a term before it"},
    {"a OR", 3, "OR needs a term after it"},
    {"(a OR) b", 4, "OR needs a term after it"},
    {"a OR OR b", 3, "OR needs a term after it"},
    {"a OR AND b", 3, "OR needs a term after it"},
    {"AND a", 1, "AND needs a term before it"},
    {"a AND", 3, "AND needs a term after it"},
    {"a AND AND b", 3, "AND needs a term after it"},
    {"a AND OR b", 3, "AND needs a term after it"},
    {"(AND a)", 2, "AND needs a term before it"},
    {"NOT", 1, "NOT needs a word, a phrase or a group"},
    {"a NOT", 3, "NOT needs"},
    {"a NOT NOT b", 3, "NOT needs"},
    {"a NOT -b", 3, "NOT needs"},
    {"a NOT OR b", 3, "NOT needs"},
    {"a (NOT)", 4, "NOT needs"},
    /* only excluded terms */
    {"-a", 1, "needs at least one term to match"},
    {"NOT a", 1, "only excluded terms"},
    {"-a -b", 1, "needs at least one term to match"},
    {"a (-b)", 3, "this group has only excluded terms"},
    {"a -(-b)", 4, "this group has only excluded terms"},
    {"... -b", 5, "words without letters or digits are ignored"},
    /* exclusion inside OR */
    {"a OR -b", 6, "cannot be an alternative of OR"},
    {"-a OR b", 1, "cannot be an alternative of OR"},
    {"x (a OR NOT b)", 9, "cannot be an alternative of OR"},
    /* fields */
    {"title:", 1, "title: needs a word, a phrase or a group"},
    {"a text: b", 3, "text: needs"},
    {"(title:)", 2, "title: needs"},
    {"title:-a", 1, "-title:word"},
    {"title:(a text:b)", 10, "in both fields"},
    {"title:(a -text:b)", 11, "in both fields"},
    /* prefixes */
    {"*", 1, "* needs a word right before it"},
    {"a *", 3, "* needs a word"},
    {"\"a b\" *", 7, "* needs a word"},
    {"-*", 2, "* needs a word"},
    {"title:*", 7, "* needs a word"},
    {"a*b", 2, "* can only end a word"},
    {"a**", 2, "* can only end a word"},
    {"\"a\"*b", 4, "* can only end a word or a phrase"},
    /* nothing left once punctuation is dropped */
    {"...", 1, "nothing to search for"},
    {"& \xE2\x80\x94 ! \"\"", 1, "nothing to search for"},
    {"(...) OR -", 1, "nothing to search for"},
    /* control characters and invalid UTF-8, columns in characters */
    {"a\x01" "b", 2, "control character U+0001"},
    {"\xC3\xA9t\xC3\xA9\x1B", 4, "control character U+001B"},
    {"a\x7F", 2, "control character U+007F"},
    {"\xC2\x85", 1, "control character U+0085"},
    {"\xC3\xA9\xFF", 2, "invalid UTF-8 (byte 0xFF)"},
    {"ab\xC3", 3, "invalid UTF-8"},
    {"\xC0\xAF", 1, "invalid UTF-8"},         /* overlong / */
    {"\xE0\x80\xAF", 1, "invalid UTF-8"},     /* overlong / */
    {"x\xED\xA0\x80", 2, "invalid UTF-8"},    /* a UTF-16 surrogate */
    {"\xF4\x90\x80\x80", 1, "invalid UTF-8"}, /* above U+10FFFF */
    {"\xE2\x82", 1, "invalid UTF-8"},         /* truncated */
    {"\"a\x80\"", 3, "invalid UTF-8 (byte 0x80)"},
};

static void check_error(const char *q, int col, const char *gist) {
    vl_buf b;
    vl_buf_init(&b);
    vl_buf_puts(&b, "kept");
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_query_translate(q, &b, &err);
    if (rc != VL_EQUERY) fail_msg("query [%s] accepted as [%s]", q, b.data);
    assert_int_equal(err.code, VL_EQUERY);
    char prefix[32];
    snprintf(prefix, sizeof prefix, "column %d: ", col);
    if (strncmp(err.message, prefix, strlen(prefix)) || !strstr(err.message, gist))
        fail_msg("query [%s]: expected \"%s...%s\", got \"%s\"", q, prefix, gist, err.message);
    assert_string_equal(b.data, "kept"); /* out is left as it was */
    vl_buf_free(&b);
}

static void test_errors(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++)
        check_error(errors[i].query, errors[i].col, errors[i].gist);
}

/* ------------------------------------------------------------- limits */

static void test_limit_bytes(void **state) {
    (void)state;
    char q[VL_QUERY_MAX_BYTES + 8];
    /* exactly the limit: accepted */
    memset(q, 'a', VL_QUERY_MAX_BYTES);
    q[VL_QUERY_MAX_BYTES] = 0;
    free(translate_ok(q));
    /* one byte more: refused at the column of that byte */
    memset(q, 'a', VL_QUERY_MAX_BYTES + 1);
    q[VL_QUERY_MAX_BYTES + 1] = 0;
    check_error(q, VL_QUERY_MAX_BYTES + 1, "query too long (the limit is 4096 bytes)");
    /* a two-byte character that straddles the limit: columns count characters */
    memset(q, 0, sizeof q);
    for (int i = 0; i < VL_QUERY_MAX_BYTES - 2; i += 2) memcpy(q + i, "\xC3\xA9", 2);
    q[VL_QUERY_MAX_BYTES - 2] = 0; /* 2047 é, 4094 bytes */
    strcat(q, "\xC3\xA9");          /* 4096: fine */
    free(translate_ok(q));
    strcat(q, "\xC3\xA9");          /* 4098 */
    check_error(q, VL_QUERY_MAX_BYTES / 2 + 1, "query too long");
    /* an invalid byte within the limit is reported as such, not as length */
    memset(q, 'a', VL_QUERY_MAX_BYTES + 4);
    q[VL_QUERY_MAX_BYTES - 2] = (char)0xF0;
    q[VL_QUERY_MAX_BYTES + 4] = 0;
    check_error(q, VL_QUERY_MAX_BYTES - 1, "invalid UTF-8 (byte 0xF0)");
}

static void test_limit_terms(void **state) {
    (void)state;
    char q[1024] = "";
    for (int i = 0; i < VL_QUERY_MAX_TERMS; i++) strcat(q, i ? " w" : "w");
    char *fts = translate_ok(q);
    free(fts);
    strcat(q, " \"last one\"");
    check_error(q, 2 * VL_QUERY_MAX_TERMS + 1, "too many terms (the limit is 64)");
    /* operators, parentheses and exclusions are not terms; dropped words are */
    strcpy(q, "");
    for (int i = 0; i < VL_QUERY_MAX_TERMS - 1; i++) strcat(q, i ? " OR w" : "(w");
    strcat(q, ") -x");
    free(translate_ok(q));
    strcat(q, " ...");
    check_error(q, (int)strlen(q) - 2, "too many terms");
}

static void test_limit_depth(void **state) {
    (void)state;
    char q[256] = "";
    for (int i = 0; i < VL_QUERY_MAX_DEPTH; i++) strcat(q, "(");
    strcat(q, "a");
    for (int i = 0; i < VL_QUERY_MAX_DEPTH; i++) strcat(q, ")");
    char *fts = translate_ok(q);
    assert_string_equal(fts, "\"a\"");
    free(fts);
    strcpy(q, "x ");
    for (int i = 0; i <= VL_QUERY_MAX_DEPTH; i++) strcat(q, "-(a ");
    check_error(q, 4 * (VL_QUERY_MAX_DEPTH + 1), "nested too deeply (the limit is 16)");
}

/* Queries nested as deep as allowed, shaped so that each level costs FTS5's
 * parser as much stack as possible: FTS5 must still accept them. */
static void test_deepest_queries_are_valid_fts5(void **state) {
    (void)state;
    static const char *const levels[][2] = {
        {"a -n -(", ")"},
        {"a -n -title:(", ")"},
        {"title:(a -n -(", "))"},
        {"(a b OR (", ") -n)"},
        {"x OR (y (", "))"},
        {"a -n -((", ") OR z)"},
        {"(a OR b) -(", ")"},
        {"(title:y OR text:z OR (", ") -n)"},
        {"a b OR (", ") -n"}, /* overflows FTS5 if written in the user's order */
        {"a OR (b -n -title:(", "))"},
        {"(", " x)"},
        {"x (", ")"},
    };
    sqlite3 *db = open_fts();
    for (size_t k = 0; k < sizeof levels / sizeof levels[0]; k++) {
        char q[VL_QUERY_MAX_BYTES];
        size_t len = 0;
        int depth = 0;
        /* Counts the parentheses each level opens, to stay within the limit. */
        int opens = 0;
        for (const char *c = levels[k][0]; *c; c++) opens += *c == '(';
        q[0] = 0;
        while (depth + opens <= VL_QUERY_MAX_DEPTH) {
            len += (size_t)snprintf(q + len, sizeof q - len, "%s", levels[k][0]);
            depth += opens;
        }
        len += (size_t)snprintf(q + len, sizeof q - len, "deep");
        for (int i = 0; i < depth / opens; i++)
            len += (size_t)snprintf(q + len, sizeof q - len, "%s", levels[k][1]);
        char *fts = translate_ok(q);
        assert_valid_fts(db, q, fts);
        free(fts);
    }
    sqlite3_close(db);
}

/* ----------------------------------------------------------- meaning */

static void test_matches(void **state) {
    (void)state;
    static const char *const cases[][2] = {
        {"alpha", "1,2,5"},
        {"alpha beta", "1,2"},
        {"alpha -beta", "5"},
        {"alpha OR zeta", "1,2,3,5"},
        {"gamma OR zeta delta", "1,3"},
        {"title:alpha", "1"},
        {"title:(beta -alpha)", "2"},
        {"beta -title:alpha", "2"},
        {"alpha*", "1,2,3,5"},
        {"title:alpha* OR text:alpha*", "1,2,3,5"},
        {"\"gamma delta\"", "1"},
        {"\"delta gamma\"", ""},
        {"zapad-2025", "4"},
        {"2025-zapad", ""},
        {"and OR near", "5"},
        {"NOT beta alpha", "5"},
        {"alpha -(beta OR epsilon)", "5"},
        {"(alpha OR gamma) -(delta -zeta)", "2,3,5"},
        {"alpha ...", "1,2,5"},
    };
    sqlite3 *db = open_fts();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *fts = translate_ok(cases[i][0]);
        char rows[256];
        fts_rows(db, fts, rows, sizeof rows);
        if (strcmp(rows, cases[i][1]))
            fail_msg("query [%s] -> [%s]: rows %s, expected %s", cases[i][0], fts, rows, cases[i][1]);
        free(fts);
    }
    sqlite3_close(db);
}

/* ------------------------------------------------------------ the API */

/* The stopword table is sorted (bsearch) and holds folded forms. */
static void test_stopword_table(void **state) {
    (void)state;
    assert_true(vl_query_stopwords_sorted());
    assert_true(vl_query_is_stopword("de"));
    assert_true(vl_query_is_stopword("the"));
    assert_false(vl_query_is_stopword("president"));
    assert_false(vl_query_is_stopword("us")); /* the US */
    assert_false(vl_query_is_stopword("car")); /* a word in English */
    assert_false(vl_query_is_stopword(""));
}

static void test_appends_and_wrapper(void **state) {
    (void)state;
    vl_buf b;
    vl_buf_init(&b);
    vl_buf_puts(&b, "X ");
    assert_int_equal(vl_query_translate("w b", &b, NULL), VL_OK);
    assert_string_equal(b.data, "X \"w\" AND \"b\"");
    assert_int_equal(vl_query_translate("(", &b, NULL), VL_EQUERY); /* err may be NULL */
    assert_string_equal(b.data, "X \"w\" AND \"b\"");
    vl_buf_free(&b);

    vl_error err;
    assert_int_equal(vl_query_translate(NULL, &b, &err), VL_EARG);

    char *out = (char *)"sentinel";
    assert_int_equal(vl_query_to_fts("title:otan -russie", &out, &err), VL_OK);
    assert_string_equal(out, "title : \"otan\" NOT \"russie\"");
    free(out);
    out = (char *)"sentinel";
    assert_int_equal(vl_query_to_fts("a OR", &out, &err), VL_EQUERY);
    assert_null(out);
    assert_string_equal(err.message, "column 3: OR needs a term after it");
    assert_int_equal(vl_query_to_fts(NULL, &out, &err), VL_EARG);
    assert_int_equal(vl_query_to_fts("a", NULL, &err), VL_EARG);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_translations),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_limit_bytes),
        cmocka_unit_test(test_limit_terms),
        cmocka_unit_test(test_limit_depth),
        cmocka_unit_test(test_deepest_queries_are_valid_fts5),
        cmocka_unit_test(test_matches),
        cmocka_unit_test(test_appends_and_wrapper),
        cmocka_unit_test(test_stopword_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
