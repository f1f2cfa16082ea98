/*
 * schema.c -- the database schema and its migrations.
 *
 * The schema version lives in PRAGMA user_version.  Each migration takes the
 * database from version N-1 to N inside one transaction, so a database is
 * always at exactly one version.  Later work (entities, time expressions,
 * quotations, events) appends migrations; never edit a published one.
 */
#include <stdio.h>

#include "store/store.h"

static const char *const migrations[] = {
    /* 1: dispatches and their full-text index.  docs_fts is an external
     * content table: the text is stored once, in docs, and FTS5 reads it
     * back for snippets.  Rows are written by vl_store_put, which sets the
     * tokenizer's language hint first, so there are no triggers. */
    "CREATE TABLE docs ("
    "  rowid INTEGER PRIMARY KEY,"
    "  id TEXT NOT NULL UNIQUE,"
    "  date TEXT NOT NULL,"
    "  lang TEXT NOT NULL,"
    "  title TEXT,"
    "  source TEXT,"
    "  url TEXT,"
    "  text TEXT NOT NULL,"
    "  extra TEXT,"
    "  hash BLOB NOT NULL,"
    "  ingested_at TEXT NOT NULL"
    ");"
    "CREATE INDEX docs_date ON docs(date);"
    "CREATE INDEX docs_lang_date ON docs(lang, date);"
    "CREATE VIRTUAL TABLE docs_fts USING fts5("
    "  title, text, content='docs', content_rowid='rowid', tokenize='" VL_FTS_TOKENIZER "');"
    /* Titles weigh twice the body in BM25. */
    "INSERT INTO docs_fts(docs_fts, rank) VALUES('rank', 'bm25(2.0, 1.0)');"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "INSERT INTO meta VALUES ('analyzer', '1');",

    /* 2: the time expressions of each dispatch, resolved against its date
     * (src/extract/timex.h), so that a search can find the dispatches that
     * mention a period whenever they were published.  start/end are code
     * points into docs.text; begin/end_date is the calendar period (ISO
     * dates, inclusive) a DATE or TIME value covers, NULL for durations,
     * sets and vague references.  A period overlaps [F, T] when begin <= T
     * and end_date >= F: one index per bound lets SQLite scan whichever
     * side is the more selective (an archive mentions mostly recent
     * periods, so end_date >= F usually is), and both carry doc so the scan
     * never visits the table.  Rows are replaced by vl_store_put on update;
     * the cascade covers documents deleted by hand.  Documents stored at
     * version 1 are annotated by the migration (schema.c, after_migration). */
    "CREATE TABLE timexes ("
    "  doc INTEGER NOT NULL REFERENCES docs(rowid) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL,"
    "  \"end\" INTEGER NOT NULL,"
    "  text TEXT NOT NULL,"
    "  type TEXT NOT NULL,"
    "  value TEXT NOT NULL,"
    "  mod TEXT,"
    "  \"begin\" TEXT,"
    "  end_date TEXT"
    ");"
    "CREATE INDEX timexes_doc ON timexes(doc, start);"
    "CREATE INDEX timexes_begin ON timexes(\"begin\", end_date, doc) WHERE \"begin\" IS NOT NULL;"
    "CREATE INDEX timexes_end ON timexes(end_date, \"begin\", doc) WHERE \"begin\" IS NOT NULL;",

    /* N (appended after the other stages' migrations): the quotations of
     * each dispatch with their speakers (src/extract/quote.h, written by
     * src/store/quotes.c).  start/end and speaker_start/end are code points
     * into docs.text; speaker is the name the clause resolves to,
     * speaker_canonical the entity's canonical name; direct 0 is indirect
     * speech.  quotes_fts indexes the quotation's words (external content,
     * written with the document's language like docs_fts).  Documents
     * stored before are annotated by the migration (after_migration). */
    "CREATE TABLE quotes ("
    "  rowid INTEGER PRIMARY KEY,"
    "  doc INTEGER NOT NULL REFERENCES docs(rowid) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL,"
    "  \"end\" INTEGER NOT NULL,"
    "  text TEXT NOT NULL,"
    "  speaker TEXT,"
    "  speaker_canonical TEXT,"
    "  verb TEXT,"
    "  direct INTEGER NOT NULL,"
    "  speaker_start INTEGER,"
    "  speaker_end INTEGER"
    ");"
    "CREATE INDEX quotes_doc ON quotes(doc, start);"
    "CREATE INDEX quotes_speaker ON quotes(speaker_canonical COLLATE NOCASE);"
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    "  text, content='quotes', content_rowid='rowid', tokenize='" VL_FTS_TOKENIZER "');",
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

/* What a migration needs done in C after its SQL, inside the same
 * transaction (NULL: nothing), indexed like migrations[]: version 2 fills
 * the new timexes table for the documents already stored, so that an old
 * database answers --mentions like a fresh one, and an interrupted
 * migration leaves it at version 1. */
static int (*const after_migration[])(vl_store *, vl_error *) = {
    NULL,
    vl_store_fill_timexes,
    vl_store_fill_quotes,
};

_Static_assert(sizeof after_migration / sizeof after_migration[0] ==
                   sizeof migrations / sizeof migrations[0],
               "one after_migration entry per migration");

int vl_schema_current(void) { return NMIGRATIONS; }

static int user_version(sqlite3 *db, int *out) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK) return -1;
    int rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

int vl_schema_migrate(vl_store *s, vl_error *err) {
    int version;
    if (user_version(s->db, &version)) return vl_store_sqlite_error(s, err, "reading the schema version");
    if (version > NMIGRATIONS)
        return vl_error_set(err, VL_ESTORE, s->path, 0,
                            "database schema version %d is newer than this veille (%d): upgrade veille",
                            version, NMIGRATIONS);
    if (version == NMIGRATIONS) return VL_OK;
    if (s->readonly)
        return vl_error_set(err, VL_ESTORE, s->path, 0,
                            "database schema version %d needs migrating to %d: open it read-write once",
                            version, NMIGRATIONS);
    for (int v = version; v < NMIGRATIONS; v++) {
        char set_version[64];
        snprintf(set_version, sizeof set_version, "PRAGMA user_version = %d", v + 1);
        if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
            return vl_store_sqlite_error(s, err, "starting a migration");
        if (sqlite3_exec(s->db, migrations[v], NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(s->db, set_version, NULL, NULL, NULL) != SQLITE_OK) {
            int rc = vl_store_sqlite_error(s, err, "migrating the schema");
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
        if (after_migration[v]) {
            int rc = after_migration[v](s, err);
            if (rc) {
                sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
                return rc;
            }
        }
        if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            return vl_store_sqlite_error(s, err, "committing a migration");
    }
    return VL_OK;
}
