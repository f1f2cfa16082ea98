/*
 * fts5_baseline.c -- the plain SQLite FTS5 baseline of the benchmark.
 *
 * It does what veille's store does (src/store/store.c, schema.c,
 * src/ingest/ingest.c, src/search/search.c) minus the analysis: the same
 * docs table and indexes, an external-content FTS5 table with columns
 * title,text but SQLite's built-in tokenizer
 * (unicode61 remove_diacritics 2: no stems, no elision, no ligatures), the
 * same pragmas (WAL, synchronous NORMAL, 64 MiB cache, mmap), the same
 * BM25 weights, 2,000 documents per transaction, a (prepared) savepoint per document,
 * the lookup by id and the XXH3 content hash veille uses to make ingest
 * idempotent.  The input is the same JSONL, parsed with jansson.
 *
 *   fts5_baseline ingest DB FILE.jsonl
 *   fts5_baseline query [--mode full|naive|rank|match] DB QUERIES.jsonl OUT.tsv
 *
 * Query modes (each query is run once as warm-up, then once measured):
 *   full   veille's own SQL: the page of 10 ranked hits with their snippets
 *          (FTS5 delivers rows in rank order, so snippet() runs for the page
 *          only), then count(*) of the matches.  The default.
 *   naive  SELECT ..., snippet() ... ORDER BY rank LIMIT 10: the textbook
 *          query, without the total.
 *   rank   SELECT rowid ... ORDER BY rank LIMIT 10: BM25 ranking alone.
 *   match  SELECT rowid ... LIMIT 10, unranked: the floor of FTS5.
 * Queries in veille syntax (words, "phrases") become FTS5 expressions by
 * quoting every word, as veille does; FTS5 then tokenizes them itself.
 */
#include <errno.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

#include "common.h"

#define BATCH_DOCS 2000

static const char *const SCHEMA =
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
    "  title, text, content='docs', content_rowid='rowid',"
    "  tokenize='unicode61 remove_diacritics 2');"
    "INSERT INTO docs_fts(docs_fts, rank) VALUES('rank', 'bm25(2.0, 1.0)');"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "INSERT INTO meta VALUES ('analyzer', 'unicode61');"
    "PRAGMA user_version = 1;";

static const char *const PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                   "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;"
                                   "PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;";

static void exec(sqlite3 *db, const char *sql) {
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) bq_die("%s: %s", sql, msg ? msg : "?");
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
        bq_die("preparing %s: %s", sql, sqlite3_errmsg(db));
    return st;
}

static sqlite3 *open_db(const char *path, int create) {
    sqlite3 *db;
    int flags = create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
        bq_die("cannot open %s: %s", path, db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_busy_timeout(db, 10000);
    exec(db, create ? PRAGMAS : "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;");
    return db;
}

static const char *str_field(json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

static void bind_or_null(sqlite3_stmt *st, int i, const char *s) {
    if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

static void step_done(sqlite3 *db, sqlite3_stmt *st, const char *what) {
    if (sqlite3_step(st) != SQLITE_DONE) bq_die("%s: %s", what, sqlite3_errmsg(db));
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

static int cmd_ingest(const char *dbpath, const char *input) {
    FILE *in = fopen(input, "r");
    if (!in) bq_die("cannot open %s: %s", input, strerror(errno));
    sqlite3 *db = open_db(dbpath, 1);
    int version = 0;
    sqlite3_stmt *v = prepare(db, "PRAGMA user_version");
    if (sqlite3_step(v) == SQLITE_ROW) version = sqlite3_column_int(v, 0);
    sqlite3_finalize(v);
    if (version == 0) {
        exec(db, "BEGIN IMMEDIATE");
        exec(db, SCHEMA);
        exec(db, "COMMIT");
    }
    sqlite3_stmt *find = prepare(db, "SELECT rowid, hash FROM docs WHERE id = ?1");
    sqlite3_stmt *ins = prepare(db, "INSERT INTO docs(id, date, lang, title, source, url, text, extra, hash,"
                                    " ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    sqlite3_stmt *fts = prepare(db, "INSERT INTO docs_fts(rowid, title, text) VALUES (?1, ?2, ?3)");
    sqlite3_stmt *savepoint = prepare(db, "SAVEPOINT doc"), *release = prepare(db, "RELEASE doc");

    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0, added = 0, unchanged = 0, rejected = 0, in_batch = 0;
    exec(db, "BEGIN IMMEDIATE");
    while ((len = getline(&line, &cap, in)) > 0) {
        lineno++;
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)len, 0, &je);
        const char *id = o ? str_field(o, "id") : NULL, *date = o ? str_field(o, "date") : NULL;
        const char *text = o ? str_field(o, "text") : NULL, *title = o ? str_field(o, "title") : NULL;
        if (!id || !date || !text || !*text) {
            rejected++;
            json_decref(o);
            continue;
        }
        size_t text_len = json_string_length(json_object_get(o, "text"));
        /* The content hash: every field the input gave, 0xfe/0xff separated. */
        XXH3_state_t hs;
        XXH3_INITSTATE(&hs);
        XXH3_128bits_reset(&hs);
        const char *parts[] = {date, title, NULL, NULL, NULL, NULL};
        for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
            if (parts[i]) XXH3_128bits_update(&hs, parts[i], strlen(parts[i]));
            XXH3_128bits_update(&hs, parts[i] ? "\xfe" : "\xff", 1);
        }
        XXH3_128bits_update(&hs, text, text_len);
        XXH128_canonical_t hc;
        XXH128_canonicalFromHash(&hc, XXH3_128bits_digest(&hs));

        step_done(db, savepoint, "starting a savepoint");
        sqlite3_bind_text(find, 1, id, -1, SQLITE_STATIC);
        int step = sqlite3_step(find);
        int same = step == SQLITE_ROW && sqlite3_column_bytes(find, 1) == 16 &&
                   memcmp(sqlite3_column_blob(find, 1), hc.digest, 16) == 0;
        if (step == SQLITE_ROW && !same) bq_die("%s:%ld: document %s changed: use a new database", input, lineno, id);
        sqlite3_reset(find);
        if (same) {
            unchanged++;
        } else {
            char now[32];
            time_t t = time(NULL);
            struct tm tm;
            gmtime_r(&t, &tm);
            strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
            sqlite3_bind_text(ins, 1, id, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 2, date, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 3, "und", -1, SQLITE_STATIC);
            bind_or_null(ins, 4, title);
            sqlite3_bind_null(ins, 5);
            sqlite3_bind_null(ins, 6);
            sqlite3_bind_text(ins, 7, text, (int)text_len, SQLITE_STATIC);
            sqlite3_bind_null(ins, 8);
            sqlite3_bind_blob(ins, 9, hc.digest, 16, SQLITE_STATIC);
            sqlite3_bind_text(ins, 10, now, -1, SQLITE_STATIC);
            step_done(db, ins, "writing the document");
            sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
            bind_or_null(fts, 2, title);
            sqlite3_bind_text(fts, 3, text, (int)text_len, SQLITE_STATIC);
            step_done(db, fts, "indexing the document");
            added++;
        }
        step_done(db, release, "releasing the savepoint");
        json_decref(o);
        if (++in_batch >= BATCH_DOCS) {
            exec(db, "COMMIT");
            exec(db, "BEGIN IMMEDIATE");
            in_batch = 0;
        }
    }
    exec(db, "COMMIT");
    free(line);
    fclose(in);
    sqlite3_finalize(find);
    sqlite3_finalize(ins);
    sqlite3_finalize(fts);
    sqlite3_finalize(savepoint);
    sqlite3_finalize(release);
    exec(db, "PRAGMA optimize");
    if (sqlite3_close(db) != SQLITE_OK) bq_die("closing %s", dbpath);
    fprintf(stderr, "fts5_baseline: %ld documents added, %ld unchanged, %ld rejected\n", added, unchanged,
            rejected);
    return 0;
}

/* veille query syntax (words and "phrases") to an FTS5 expression: every
 * word and phrase double-quoted, juxtaposed (implicit AND). */
static char *to_fts(const char *q) {
    size_t n = strlen(q);
    char *out = malloc(2 * n + 8), *o = out;
    if (!out) bq_die("out of memory");
    const char *p = q;
    while (*p) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        if (o != out) *o++ = ' ';
        *o++ = '"';
        if (*p == '"') {
            for (p++; *p && *p != '"'; p++) *o++ = *p;
            if (*p == '"') p++;
        } else {
            for (; *p && *p != ' ' && *p != '\t'; p++) {
                if (*p == '"') *o++ = '"';
                *o++ = *p;
            }
        }
        *o++ = '"';
    }
    *o = 0;
    return out;
}

static const char *mode_sql(const char *mode) {
    if (!strcmp(mode, "full"))
        return "SELECT d.id, d.date, d.lang, d.title, substr(d.text, 1, 400),"
               " snippet(docs_fts, -1, '[', ']', '…', 24), docs_fts.rank"
               " FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid"
               " WHERE docs_fts MATCH ?1 ORDER BY docs_fts.rank LIMIT 10 OFFSET 0";
    if (!strcmp(mode, "naive"))
        return "SELECT d.id, d.date, d.title, snippet(docs_fts, -1, '[', ']', '…', 24), docs_fts.rank"
               " FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid"
               " WHERE docs_fts MATCH ?1 ORDER BY docs_fts.rank LIMIT 10";
    if (!strcmp(mode, "rank")) return "SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?1 ORDER BY rank LIMIT 10";
    if (!strcmp(mode, "match")) return "SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?1 LIMIT 10";
    if (!strcmp(mode, "count")) return "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH ?1";
    bq_die("unknown mode %s (full, naive, rank, match, count)", mode);
}

/* count_mode: the statement returns count(*); full: a count(*) follows the
 * page, as veille's search does. */
static void run_one(sqlite3 *db, const char *sql, int count_mode, int full, const char *fts, bq_result *r) {
    double t0 = bq_now_ms();
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) bq_die("preparing: %s", sqlite3_errmsg(db));
    sqlite3_bind_text(st, 1, fts, -1, SQLITE_STATIC);
    long returned = 0;
    long long total = count_mode || full ? 0 : -1;
    int step;
    size_t chars = 0; /* read every column, as a caller printing hits would */
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int nc = sqlite3_column_count(st);
        for (int c = 0; c < nc; c++) {
            const unsigned char *s = sqlite3_column_text(st, c);
            if (s) chars += strlen((const char *)s);
        }
        if (count_mode) total = sqlite3_column_int64(st, 0);
        else returned++;
    }
    if (step != SQLITE_DONE) bq_die("query %s: %s", fts, sqlite3_errmsg(db));
    sqlite3_finalize(st);
    if (full) {
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH ?1", -1, &st, NULL) !=
            SQLITE_OK)
            bq_die("preparing: %s", sqlite3_errmsg(db));
        sqlite3_bind_text(st, 1, fts, -1, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_ROW) bq_die("query %s: %s", fts, sqlite3_errmsg(db));
        total = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    r->ms = bq_now_ms() - t0;
    r->returned = returned;
    r->total = total;
    (void)chars;
}

static int cmd_query(const char *mode, const char *dbpath, const char *qpath, const char *out) {
    size_t n;
    bq *qs = bq_load(qpath, &n);
    sqlite3 *db = open_db(dbpath, 0);
    const char *sql = mode_sql(mode);
    int count_mode = !strcmp(mode, "count"), full = !strcmp(mode, "full");
    bq_result *rs = calloc(n, sizeof *rs);
    char **fts = calloc(n, sizeof *fts);
    if (!rs || !fts) bq_die("out of memory");
    for (size_t i = 0; i < n; i++) fts[i] = to_fts(qs[i].q);
    for (size_t i = 0; i < n; i++) run_one(db, sql, count_mode, full, fts[i], &rs[i]); /* warm-up */
    for (size_t i = 0; i < n; i++) run_one(db, sql, count_mode, full, fts[i], &rs[i]);
    char engine[32];
    snprintf(engine, sizeof engine, strcmp(mode, "full") ? "fts5-%s" : "fts5", mode);
    if (bq_write_tsv(out, engine, qs, rs, n)) bq_die("cannot write %s", out);
    bq_summary(stdout, engine, qs, rs, n);
    for (size_t i = 0; i < n; i++) free(fts[i]);
    free(fts);
    free(rs);
    bq_free(qs, n);
    sqlite3_close(db);
    return 0;
}

/* FTS5's 'optimize': the index merged into one segment, as `veille
 * optimize` merges veille's (a plain FTS5 user has the same command). */
static int cmd_optimize(const char *dbpath) {
    sqlite3 *db;
    if (sqlite3_open(dbpath, &db) != SQLITE_OK) bq_die("cannot open %s", dbpath);
    exec(db, "INSERT INTO docs_fts(docs_fts) VALUES ('optimize')");
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    if (sqlite3_close(db) != SQLITE_OK) bq_die("closing %s", dbpath);
    return 0;
}

static void usage(void) {
    fputs("usage: fts5_baseline ingest DB FILE.jsonl\n"
          "       fts5_baseline optimize DB\n"
          "       fts5_baseline query [--mode full|naive|rank|match|count] DB QUERIES.jsonl OUT.tsv\n",
          stderr);
    exit(2);
}

int main(int argc, char **argv) {
    if (argc < 2) usage();
    if (!strcmp(argv[1], "ingest") && argc == 4) return cmd_ingest(argv[2], argv[3]);
    if (!strcmp(argv[1], "optimize") && argc == 3) return cmd_optimize(argv[2]);
    if (!strcmp(argv[1], "query")) {
        const char *mode = "full";
        int i = 2;
        if (argc > 3 && !strcmp(argv[2], "--mode")) {
            mode = argv[3];
            i = 4;
        }
        if (argc - i != 3) usage();
        return cmd_query(mode, argv[i], argv[i + 1], argv[i + 2]);
    }
    usage();
}
