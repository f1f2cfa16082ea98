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

    /* 3: named entities across dispatches (src/store/entities.c).
     * entities: one row per entity, its canonical name, type and running
     * counts (kept right by vl_store_put when a document is replaced).
     * entity_keys: every key an entity is found by when a new mention is
     * linked: "n:" normalised name or alias ("a:" the same without a
     * leading article, added 2026-11-27: older stores lack it until
     * `veille reannotate`), "t:" transliteration
     * variant, "s:" surname, "l:" place-name group (src/ner/keys.h).
     * entity_aliases: the surface forms with their counts.  entity_docs:
     * one row per entity and dispatch (mentions, date): the dispatches of
     * an entity, its months, co-occurrence, and the --entity filter all
     * read it through one of its two b-trees.  mentions: each mention with
     * code-point offsets, for `veille show`.  Indexes are the ones a
     * lookup needs and no more: each one is written for every dispatch
     * ingested (no index on entities.mentions: the counts change with every
     * dispatch; the listing sorts). */
    "CREATE TABLE entities ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  type TEXT NOT NULL,"
    "  key TEXT NOT NULL,"
    "  mentions INTEGER NOT NULL,"
    "  docs INTEGER NOT NULL,"
    "  first_seen TEXT NOT NULL,"
    "  last_seen TEXT NOT NULL"
    ");"
    "CREATE INDEX entities_key ON entities(key);"
    "CREATE TABLE entity_keys ("
    "  key TEXT NOT NULL,"
    "  entity INTEGER NOT NULL,"
    "  PRIMARY KEY (key, entity)"
    ") WITHOUT ROWID;"
    "CREATE INDEX entity_keys_entity ON entity_keys(entity);"
    "CREATE TABLE entity_aliases ("
    "  entity INTEGER NOT NULL,"
    "  name TEXT NOT NULL,"
    "  count INTEGER NOT NULL,"
    "  PRIMARY KEY (entity, name)"
    ") WITHOUT ROWID;"
    "CREATE TABLE entity_docs ("
    "  entity INTEGER NOT NULL,"
    "  doc INTEGER NOT NULL,"
    "  date TEXT NOT NULL,"
    "  mentions INTEGER NOT NULL,"
    "  PRIMARY KEY (entity, doc)"
    ") WITHOUT ROWID;"
    "CREATE INDEX entity_docs_doc ON entity_docs(doc);"
    "CREATE TABLE mentions ("
    "  doc INTEGER NOT NULL,"
    "  start INTEGER NOT NULL,"
    "  \"end\" INTEGER NOT NULL,"
    "  entity INTEGER NOT NULL,"
    "  text TEXT NOT NULL,"
    "  PRIMARY KEY (doc, start)"
    ") WITHOUT ROWID;",

    /* 4 (events helper): the quantities and events of each dispatch
     * (src/extract/quantity.h, event.h), offsets in code points into
     * docs.text.  events.begin/end_date is the period of the clause's
     * dated time expression (NULL when it has none); actor_key is the actor
     * folded (case, accents) for --actor.  Rows are replaced by
     * vl_store_put on update; stored documents are annotated by the
     * migration (vl_store_fill_events). */
    "CREATE TABLE quantities ("
    "  doc INTEGER NOT NULL REFERENCES docs(rowid) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL,"
    "  \"end\" INTEGER NOT NULL,"
    "  text TEXT NOT NULL,"
    "  value REAL NOT NULL,"
    "  unit TEXT,"
    "  approx INTEGER NOT NULL,"
    "  counted TEXT"
    ");"
    "CREATE INDEX quantities_doc ON quantities(doc, start);"
    "CREATE TABLE events ("
    "  doc INTEGER NOT NULL REFERENCES docs(rowid) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL,"
    "  \"end\" INTEGER NOT NULL,"
    "  text TEXT NOT NULL,"
    "  actor TEXT NOT NULL,"
    "  actor_key TEXT NOT NULL,"
    "  action TEXT NOT NULL,"
    "  code TEXT NOT NULL,"
    "  target TEXT,"
    "  target_key TEXT,"
    "  place TEXT,"
    "  date TEXT,"
    "  \"begin\" TEXT,"
    "  end_date TEXT"
    ");"
    "CREATE INDEX events_doc ON events(doc, start);"
    "CREATE INDEX events_code ON events(code, \"begin\");"
    "CREATE INDEX events_begin ON events(\"begin\", end_date);",
    /* 5: the quotations of each dispatch with their speakers
     * (src/extract/quote.h, written by src/store/quotes.c).  start/end and
     * speaker_start/end are code points into docs.text; speaker is the name
     * the clause resolves to, speaker_canonical the entity's canonical
     * name; direct 0 is indirect speech.  quotes_fts indexes the
     * quotation's words (external content, written with the document's
     * language like docs_fts).  Documents stored before are annotated by
     * the migration (vl_store_fill_quotes). */
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
    /* 6: which annotator produced each dispatch's stored extraction (time
     * expressions, entities, quotations, quantities, events): the version
     * string of vl_annotator_version (the rules version and the identity
     * of each entity model), or NULL when the dispatch was stored without
     * extraction (ingest --no-extract).  Rows stored before carry 'unknown'
     * (the column's default, so adding it rewrites no row): annotated by
     * some earlier veille, stale for `veille reannotate`.  The index
     * covers the counts of `veille stats` and the search for stale rows
     * without reading the dispatches' text. */
    "ALTER TABLE docs ADD COLUMN annotated_by TEXT DEFAULT 'unknown';"
    "CREATE INDEX docs_annotated_by"
    " ON docs(annotated_by);",
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
    vl_store_fill_entities,
    vl_store_fill_events,
    vl_store_fill_quotes,
    NULL,
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
