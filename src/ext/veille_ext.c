/*
 * veille_ext.c -- lib/veille_fts.so, a loadable SQLite extension that
 * registers the "veille" FTS5 tokenizer, so that a user can open a veille
 * database in the sqlite3 shell and query it with plain SQL:
 *
 *   sqlite3 veille.db
 *   sqlite> .load ./lib/veille_fts
 *   sqlite> SELECT id FROM docs JOIN docs_fts USING(rowid)
 *      ...>  WHERE docs_fts MATCH 'manoeuvre' ORDER BY rank;
 *
 * Also provides the SQL function veille_lang(text) -> 'fr' | 'en' | 'und'.
 * Without the store's language hint, the tokenizer identifies the language
 * of each text it indexes, and queries match stems of every language.
 */
#define VL_SQLITE_EXTENSION 1
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "store/fts_tokenizer.h"

static void sql_veille_lang(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    const unsigned char *text = sqlite3_value_text(argv[0]);
    int len = sqlite3_value_bytes(argv[0]);
    if (!text) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_text(ctx, vl_lang_code(vl_lang_identify((const char *)text, (size_t)len)), -1,
                        SQLITE_STATIC);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_veillefts_init(sqlite3 *db, char **errmsg, const sqlite3_api_routines *api);

int sqlite3_veillefts_init(sqlite3 *db, char **errmsg, const sqlite3_api_routines *api) {
    SQLITE_EXTENSION_INIT2(api);
    fts5_api *fts = vl_fts_api_from_db(db);
    if (!fts) {
        *errmsg = sqlite3_mprintf("veille: this SQLite has no FTS5");
        return SQLITE_ERROR;
    }
    int rc = vl_fts_register(fts, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function(db, "veille_lang", 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                     sql_veille_lang, NULL, NULL);
    return rc;
}
