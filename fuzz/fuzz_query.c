/*
 * fuzz_query.c -- libFuzzer target for the query translator (src/query).
 *
 * Any input must be translated or refused without a crash, a leak or
 * undefined behaviour.  Beyond that, two properties are checked:
 *   - a refusal is VL_EQUERY with a message that starts "column N: ", and
 *     leaves the output buffer as it was;
 *   - an accepted query gives an expression that FTS5 runs without error
 *     (no syntax error, no parser stack overflow) on a small FTS5 table
 *     with the built-in tokenizer, which is all the syntax needs.
 * The SQLite connection is opened once and kept for the whole run.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sqlite3_stmt *vl_fuzz_stmt(void) {
    static sqlite3 *db;
    static sqlite3_stmt *st;
    if (st) return st;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
        sqlite3_exec(db,
                     "CREATE VIRTUAL TABLE t USING fts5(title, text);"
                     "INSERT INTO t VALUES ('zapad 2025', 'exercice militaire en Biélorussie'),"
                     " ('and or not near', 'a b c d e f'), ('l''OTAN', 'aujourd''hui');",
                     NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?", -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "fuzz_query: cannot set up SQLite: %s\n", db ? sqlite3_errmsg(db) : "?");
        abort();
    }
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 2 * VL_QUERY_MAX_BYTES) return 0; /* longer inputs only test the length check */
    char *q = malloc(size + 1);
    if (!q) return 0;
    memcpy(q, data, size);
    q[size] = 0; /* an embedded NUL ends the query, as in C */

    vl_buf out;
    vl_buf_init(&out);
    vl_buf_puts(&out, "");
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_query_translate(q, &out, &err);
    if (rc != VL_OK) {
        int col = 0;
        if (rc != VL_EQUERY || err.code != VL_EQUERY || sscanf(err.message, "column %d: ", &col) != 1 ||
            col < 1 || (size_t)col > size + 1 || out.len != 0) {
            fprintf(stderr, "fuzz_query: bad refusal rc=%d message=\"%s\" out=\"%s\"\n", rc, err.message,
                    out.data ? out.data : "");
            abort();
        }
    } else {
        if (out.len == 0 || strlen(out.data) != out.len) {
            fprintf(stderr, "fuzz_query: empty or truncated expression\n");
            abort();
        }
        sqlite3_stmt *st = vl_fuzz_stmt();
        sqlite3_bind_text(st, 1, out.data, (int)out.len, SQLITE_STATIC);
        int src = sqlite3_step(st);
        if (src != SQLITE_ROW) {
            fprintf(stderr, "fuzz_query: FTS5 refused [%s] for query [%s]: %s\n", out.data, q,
                    sqlite3_errmsg(sqlite3_db_handle(st)));
            abort();
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
    vl_buf_free(&out);
    free(q);
    return 0;
}
