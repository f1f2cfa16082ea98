/*
 * test_cli.c -- integration tests through the real program, bin/veille:
 * ingest (formats, compression, stdin, idempotence, every kind of bad
 * input, kill -9), search (analysis, syntax, filters, paging, JSON), show,
 * stats, annotate, the SQLite extension, and the exit statuses.
 *
 * The dispatches here are written for these tests.
 */
#include "harness.h"

#include <cmocka.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

typedef struct fixture {
    char *dir;
    char *db;
} fixture;

static const char *const DISPATCH_FR_1 =
    "date 2026-02-02\n"
    "\n"
    "Les manœuvres navales « Baltik-2026 » ont commencé lundi au large de Klaipėda.\n"
    "\n"
    "L'OTAN a déployé 3 300 soldats, selon l'état-major. Le Bélarus observe les exercices.\n"
    "Jean-Marc Dufresne, porte-parole, a confirmé qu'il n'y aurait pas d'incident.\n";

static const char *const DISPATCH_FR_2 =
    "  date 2026-02-05 Le ministre a reçu ses homologues pour une négociation sur le gaz.\n"
    "\n"
    "La croissance a atteint 2,6 % au dernier trimestre, d'après l'institut national.\n";

static const char *const DISPATCH_EN_1 =
    "date 2026-02-03\n"
    "\n"
    "Negotiations between the two governments resumed on Tuesday in Geneva.\n"
    "\n"
    "The delegation said 6,000 troops would leave the border region by the end of the month, but gave no "
    "date.\n";

static int setup(void **state) {
    fixture *f = calloc(1, sizeof *f);
    f->dir = th_tmpdir();
    f->db = th_path(f->dir, "test.db");
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture *f = *state;
    th_tmpdir_cleanup(f->dir);
    free(f->db);
    free(f);
    return 0;
}

/* Writes the three standard dispatches into dir/in and returns that path. */
static char *write_corpus(fixture *f) {
    free(th_write_file(f->dir, "in/baltik.txt", DISPATCH_FR_1, (size_t)-1));
    free(th_write_file(f->dir, "in/sub/gaz.txt", DISPATCH_FR_2, (size_t)-1));
    free(th_write_file(f->dir, "in/geneva.txt", DISPATCH_EN_1, (size_t)-1));
    return th_path(f->dir, "in");
}

static th_run ingest(fixture *f, const char *path) {
    return th_veille(NULL, "--db", f->db, "ingest", path, NULL);
}

/* Runs `veille search --json QUERY [extra...]` and returns the ids in rank
 * order, space-separated (malloc'd), asserting a zero exit status. */
static char *search_ids(fixture *f, const char *query, const char *extra1, const char *extra2) {
    th_run r = th_veille(NULL, "--db", f->db, "search", "--json", "--limit", "50", query, extra1, extra2, NULL);
    if (r.status != 0) fprintf(stderr, "search %s: status %d: %s\n", query, r.status, r.err);
    assert_int_equal(r.status, 0);
    char *ids = calloc(1, r.out_len + 1);
    char *line = strtok(r.out, "\n");
    while (line) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        assert_non_null(o);
        const char *id = json_string_value(json_object_get(o, "id"));
        assert_non_null(id);
        if (ids[0]) strcat(ids, " ");
        strcat(ids, id);
        json_decref(o);
        line = strtok(NULL, "\n");
    }
    th_run_free(&r);
    return ids;
}

static void assert_ids(fixture *f, const char *query, const char *expected) {
    char *ids = search_ids(f, query, NULL, NULL);
    if (strcmp(ids, expected) != 0) fprintf(stderr, "query %s: got [%s], want [%s]\n", query, ids, expected);
    assert_string_equal(ids, expected);
    free(ids);
}

static void test_ingest_and_search_analysis(void **state) {
    fixture *f = *state;
    char *in = write_corpus(f);
    th_run r = ingest(f, in);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "3 added"));
    th_run_free(&r);
    /* Accents, case, ligatures, stems, elision, hyphens, numbers. */
    assert_ids(f, "manoeuvre", "baltik");
    assert_ids(f, "MANŒUVRES", "baltik");
    assert_ids(f, "belarus", "baltik");
    assert_ids(f, "etat-major", "baltik");
    assert_ids(f, "ÉTAT-MAJOR", "baltik");
    assert_ids(f, "otan", "baltik");
    assert_ids(f, "l’OTAN", "baltik");
    assert_ids(f, "negotiation", "geneva");
    assert_ids(f, "négociations", "gaz");
    assert_ids(f, "exercice", "baltik");
    assert_ids(f, "baltik-2026", "baltik");
    assert_ids(f, "\"baltik 2026\"", "baltik");
    assert_ids(f, "baltik", "baltik");
    assert_ids(f, "jean-marc", "baltik");
    assert_ids(f, "3300", "baltik");
    assert_ids(f, "\"3 300 soldats\"", "baltik");
    assert_ids(f, "6000", "geneva");
    assert_ids(f, "2,6", "gaz");
    /* Stems carry their language: "bute" stems to French "but", which
     * must not find the English word "but". */
    assert_ids(f, "but", "geneva");
    assert_ids(f, "bute", "");
    /* Syntax: OR, NOT, -word, prefix, phrase, grouping, title. */
    char *ids = search_ids(f, "otan OR geneva", NULL, NULL);
    assert_true(strstr(ids, "baltik") && strstr(ids, "geneva") && !strstr(ids, "gaz"));
    free(ids);
    assert_ids(f, "soldats -otan", "");
    assert_ids(f, "ministre NOT gaz", "");
    assert_ids(f, "negoc*", "gaz");
    assert_ids(f, "\"the two governments\"", "geneva");
    assert_ids(f, "\"two the governments\"", "");
    assert_ids(f, "(otan OR gaz) croissance", "gaz");
    free(in);
}

static void test_filters_paging_and_json(void **state) {
    fixture *f = *state;
    char *in = write_corpus(f);
    th_run r = ingest(f, in);
    th_run_free(&r);
    char *ids = search_ids(f, "le OR the", "--from", "2026-02-03");
    assert_true(strstr(ids, "gaz") && strstr(ids, "geneva") && !strstr(ids, "baltik"));
    free(ids);
    ids = search_ids(f, "le OR the", "--lang", "en");
    assert_string_equal(ids, "geneva");
    free(ids);
    ids = search_ids(f, "le OR the", "--to", "2026-02-02");
    assert_string_equal(ids, "baltik");
    free(ids);
    /* A month or a year as a bound: from its first day, up to its last. */
    ids = search_ids(f, "le OR the", "--to", "2026-02");
    assert_true(strstr(ids, "gaz") && strstr(ids, "geneva") && strstr(ids, "baltik"));
    free(ids);
    ids = search_ids(f, "le OR the", "--to", "2026-01");
    assert_string_equal(ids, "");
    free(ids);
    ids = search_ids(f, "le OR the", "--from", "2027");
    assert_string_equal(ids, "");
    free(ids);

    r = th_veille(NULL, "--db", f->db, "search", "--json", "--limit", "1", "--offset", "1", "le OR the", NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\n"), 1);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    assert_int_equal(json_integer_value(json_object_get(o, "rank")), 1);
    assert_non_null(json_string_value(json_object_get(o, "snippet")));
    assert_non_null(json_string_value(json_object_get(o, "title")));
    assert_true(json_is_real(json_object_get(o, "score")));
    json_decref(o);
    th_run_free(&r);

    /* Human output: id, date, title line, snippet with marked words. */
    r = th_veille(NULL, "--db", f->db, "search", "manoeuvres", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "baltik  2026-02-02  fr  Les manœuvres navales"));
    assert_non_null(strstr(r.out, "[manœuvres]"));
    assert_non_null(strstr(r.err, "1-1 of 1 documents"));
    th_run_free(&r);

    r = th_veille(NULL, "--db", f->db, "search", "--from", "2026-02-30", "x", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "2026-02-30"));
    th_run_free(&r);
    free(in);
}

static void test_malformed_queries(void **state) {
    fixture *f = *state;
    char *in = write_corpus(f);
    th_run r = ingest(f, in);
    th_run_free(&r);
    const char *bad[] = {"(otan", "\"open phrase", "otan OR", "-otan", ")", "*", "AND"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        r = th_veille(NULL, "--db", f->db, "search", "--", bad[i], NULL);
        if (r.status != 2) fprintf(stderr, "query %s: status %d, err %s\n", bad[i], r.status, r.err);
        assert_int_equal(r.status, 2);
        assert_non_null(strstr(r.err, "veille: query:"));
        assert_null(strstr(r.err, "fts5"));
        assert_null(strstr(r.err, "SQL"));
        assert_int_equal(r.out_len, 0);
        th_run_free(&r);
    }
    free(in);
}

static void test_reingest_is_idempotent_and_updates(void **state) {
    fixture *f = *state;
    char *in = write_corpus(f);
    th_run r = ingest(f, in);
    th_run_free(&r);
    r = ingest(f, in);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "0 added, 0 updated, 3 unchanged"));
    th_run_free(&r);
    /* A changed document replaces the old version, in the index too. */
    free(th_write_file(f->dir, "in/geneva.txt",
                       "date 2026-02-03\n\nTalks in Lausanne collapsed without an agreement.\n", (size_t)-1));
    r = ingest(f, in);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "0 added, 1 updated, 2 unchanged"));
    th_run_free(&r);
    assert_ids(f, "lausanne", "geneva");
    assert_ids(f, "negotiations", "");
    r = th_veille(NULL, "--db", f->db, "stats", "--json", NULL);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    assert_int_equal(json_integer_value(json_object_get(o, "docs")), 3);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(o, "langs"), "fr")), 2);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(o, "langs"), "en")), 1);
    assert_string_equal(json_string_value(json_object_get(o, "first_date")), "2026-02-02");
    assert_string_equal(json_string_value(json_object_get(o, "last_date")), "2026-02-05");
    json_decref(o);
    th_run_free(&r);
    free(in);
}

static void test_jsonl_stdin_show(void **state) {
    fixture *f = *state;
    const char *jsonl =
        "{\"id\":\"w1\",\"date\":\"2026-01-10\",\"title\":\"Port strike\",\"text\":\"Dockers in Antwerp went on "
        "strike over pay.\",\"source\":\"wire\",\"url\":\"https://example.org/w1\",\"section\":\"economy\"}\n"
        "\n"
        "{\"id\":\"w2\",\"date\":\"2026-01-11\",\"lang\":\"fr\",\"text\":\"Les dockers d'Anvers ont repris le "
        "travail.\"}\n";
    th_run r = th_veille(jsonl, "--db", f->db, "ingest", "-", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "2 added"));
    th_run_free(&r);
    r = th_veille(NULL, "--db", f->db, "show", "--json", "w1", NULL);
    assert_int_equal(r.status, 0);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "title")), "Port strike");
    assert_string_equal(json_string_value(json_object_get(o, "lang")), "en");
    assert_string_equal(json_string_value(json_object_get(o, "url")), "https://example.org/w1");
    assert_string_equal(json_string_value(json_object_get(json_object_get(o, "extra"), "section")), "economy");
    json_decref(o);
    th_run_free(&r);
    assert_ids(f, "title:strike", "w1");
    assert_ids(f, "title:dockers", "");
    assert_ids(f, "anvers", "w2");
    r = th_veille(NULL, "--db", f->db, "show", "nope", NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "no document with id \"nope\""));
    th_run_free(&r);
}

static void write_gz(const char *path, const char *data) {
    gzFile g = gzopen(path, "wb");
    assert_non_null(g);
    assert_int_equal(gzwrite(g, data, (unsigned)strlen(data)), (int)strlen(data));
    gzclose(g);
}

static void write_zst(const char *dir, const char *name, const char *data) {
    size_t cap = ZSTD_compressBound(strlen(data));
    void *buf = malloc(cap);
    size_t n = ZSTD_compress(buf, cap, data, strlen(data), 3);
    assert_false(ZSTD_isError(n));
    free(th_write_file(dir, name, buf, n));
    free(buf);
}

static void test_compressed_inputs(void **state) {
    fixture *f = *state;
    char *gz = th_path(f->dir, "c/baltik.txt.gz");
    free(th_write_file(f->dir, "c/.keep", "", 0));
    write_gz(gz, DISPATCH_FR_1);
    write_zst(f->dir, "c/wire.jsonl.zst",
              "{\"id\":\"z1\",\"date\":\"2026-01-12\",\"text\":\"A zstd-compressed wire about shipping.\"}\n");
    char *dir = th_path(f->dir, "c");
    th_run r = ingest(f, dir);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "2 added"));
    th_run_free(&r);
    assert_ids(f, "manoeuvres", "baltik");
    assert_ids(f, "shipping", "z1");
    free(gz);
    free(dir);
}

/* Every kind of bad input: one message naming the file (and line), the
 * document skipped, the rest stored, exit status 1, the summary counting. */
static void test_bad_inputs(void **state) {
    fixture *f = *state;
    free(th_write_file(f->dir, "bad/good.txt", DISPATCH_EN_1, (size_t)-1));
    free(th_write_file(f->dir, "bad/latin1.txt", "date 2026-01-01\n\nCaf\xe9 cr\xe8me.\n", (size_t)-1));
    free(th_write_file(f->dir, "bad/nodate.txt", "Just a body without a header.\n", (size_t)-1));
    free(th_write_file(f->dir, "bad/baddate.txt", "date 2026-02-31\n\nA body.\n", (size_t)-1));
    free(th_write_file(f->dir, "bad/empty.txt", "date 2026-01-01\n\n   \n", (size_t)-1));
    free(th_write_file(f->dir, "bad/nul.txt", "date 2026-01-01\n\nA\0B\n", 20));
    unsigned char garbage[512];
    for (size_t i = 0; i < sizeof garbage; i++) garbage[i] = (unsigned char)(i * 37 + 11);
    free(th_write_file(f->dir, "bad/garbage.bin", garbage, sizeof garbage));
    free(th_write_file(f->dir, "bad/mixed.jsonl",
                       "{\"id\":\"j1\",\"date\":\"2026-01-01\",\"text\":\"First good line about harbours.\"}\n"
                       "{\"id\":\"j2\",\"date\":\"2026-01-01\",\"text\":\"broken\"\n"
                       "{\"id\":\"j3\",\"date\":\"01/02/2026\",\"text\":\"bad date\"}\n"
                       "{\"id\":\"j4\",\"date\":\"2026-01-01\"}\n"
                       "[1,2,3]\n"
                       "{\"id\":\"j5\",\"date\":\"2026-01-01\",\"text\":\"Last good line about lighthouses.\"}\n",
                       (size_t)-1));
    /* A 100 MB line, then a good one. */
    char *big = th_path(f->dir, "bad/huge.jsonl");
    FILE *fp = fopen(big, "wb");
    assert_non_null(fp);
    fputs("{\"id\":\"huge\",\"date\":\"2026-01-01\",\"text\":\"", fp);
    char chunk[65536];
    memset(chunk, 'a', sizeof chunk);
    for (int i = 0; i < 1600; i++) fwrite(chunk, 1, sizeof chunk, fp);
    fputs("\"}\n{\"id\":\"after-huge\",\"date\":\"2026-01-02\",\"text\":\"Small line after the huge one.\"}\n", fp);
    fclose(fp);

    char *dir = th_path(f->dir, "bad");
    th_run r = ingest(f, dir);
    assert_int_equal(r.status, 1);
    const char *err = r.err;
    assert_non_null(strstr(err, "latin1.txt"));
    assert_non_null(strstr(err, "UTF-8"));
    assert_non_null(strstr(err, "nodate.txt"));
    assert_non_null(strstr(err, "baddate.txt"));
    assert_non_null(strstr(err, "empty.txt"));
    assert_non_null(strstr(err, "nul.txt"));
    assert_non_null(strstr(err, "garbage.bin"));
    assert_non_null(strstr(err, "mixed.jsonl:2:"));
    assert_non_null(strstr(err, "mixed.jsonl:3:"));
    assert_non_null(strstr(err, "mixed.jsonl:4:"));
    assert_non_null(strstr(err, "mixed.jsonl:5:"));
    assert_non_null(strstr(err, "huge.jsonl:1:"));
    /* One message per problem: 11 rejections, each on its own line. */
    assert_int_equal(th_count(err, "veille: "), 11);
    assert_non_null(strstr(err, "4 added"));
    assert_non_null(strstr(err, "11 rejected"));
    th_run_free(&r);
    assert_ids(f, "harbours", "j1");
    assert_ids(f, "lighthouses", "j5");
    assert_ids(f, "small", "after-huge");
    assert_ids(f, "negotiations", "good");
    /* A missing path is an error too, and stored documents stay. */
    r = th_veille(NULL, "--db", f->db, "ingest", "/nonexistent/veille", NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "/nonexistent/veille"));
    th_run_free(&r);
    assert_ids(f, "harbours", "j1");
    free(big);
    free(dir);
}

/* kill -9 in the middle of an ingest leaves a consistent database, and the
 * same ingest run again completes it. */
static void test_kill9_then_resume(void **state) {
    fixture *f = *state;
    char *path = th_path(f->dir, "many.jsonl");
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    const int n = 40000;
    for (int i = 0; i < n; i++)
        fprintf(fp,
                "{\"id\":\"d%d\",\"date\":\"2026-01-%02d\",\"text\":\"Dispatch number %d reports on harbour "
                "traffic, grain exports and the weather along the coast; officials expect %d ships.\"}\n",
                i, 1 + i % 28, i, i % 97);
    fclose(fp);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 2);
        execl(th_veille_bin(), "veille", "--db", f->db, "ingest", "--batch", "500", path, (char *)NULL);
        _exit(127);
    }
    /* Let it commit a few batches, then kill it without warning.  Wait for
     * the first committed batch rather than a fixed time: on a loaded
     * machine (or under the sanitizers) opening the models and creating the
     * schema can take longer than any fixed delay, and killing it before
     * the schema exists tests nothing. */
    int st = 0, exited = 0;
    for (int tries = 0; tries < 1200 && !exited; tries++) {
        struct timespec ts = {0, 50 * 1000 * 1000};
        nanosleep(&ts, NULL);
        if (waitpid(pid, &st, WNOHANG) == pid) {
            exited = 1;
            break;
        }
        char *probe[] = {"sqlite3", f->db, "SELECT count(*) FROM docs;", NULL};
        th_run p = th_exec(probe, NULL, 0, NULL, 60);
        long sofar = p.status == 0 ? strtol(p.out, NULL, 10) : 0;
        th_run_free(&p);
        if (sofar > 0) break;
    }
    if (!exited) {
        kill(pid, SIGKILL);
        waitpid(pid, &st, 0);
    }
    char *argv[] = {"sqlite3", f->db, "PRAGMA integrity_check; SELECT count(*) FROM docs;", NULL};
    th_run r = th_exec(argv, NULL, 0, NULL, 60);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "ok\n"));
    long partial = strtol(strchr(r.out, '\n') + 1, NULL, 10);
    th_run_free(&r);
    /* Killed, it may still have committed every batch (on a loaded
     * machine the probe above can take longer than the rest of the
     * ingest): the database must be consistent either way. */
    if (WIFSIGNALED(st)) assert_true(partial >= 0 && partial <= n);
    r = th_veille(NULL, "--db", f->db, "ingest", path, NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    r = th_veille(NULL, "--db", f->db, "stats", "--json", NULL);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    assert_int_equal(json_integer_value(json_object_get(o, "docs")), n);
    json_decref(o);
    th_run_free(&r);
    /* The index agrees with the table: every document is found. */
    r = th_veille(NULL, "--db", f->db, "search", "harbour", NULL);
    assert_non_null(strstr(r.err, "of 40000 documents"));
    th_run_free(&r);
    free(path);
}

static void test_sqlite_extension(void **state) {
    fixture *f = *state;
    char *in = write_corpus(f);
    th_run r = ingest(f, in);
    th_run_free(&r);
    char load[1024];
    snprintf(load, sizeof load, ".load %s", th_veille_ext());
    char *argv[] = {"sqlite3", f->db, load,
                    "SELECT d.id FROM docs d JOIN docs_fts ON docs_fts.rowid = d.rowid"
                    " WHERE docs_fts MATCH 'manoeuvre' ORDER BY rank;"
                    "SELECT veille_lang('Les exercices ont commencé hier dans le nord du pays.');"
                    "INSERT INTO docs_fts(docs_fts) VALUES('integrity-check');",
                    NULL};
    r = th_exec(argv, NULL, 0, NULL, 60);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, "baltik\nfr\n");
    th_run_free(&r);
    free(in);
}

static void test_annotate(void **state) {
    fixture *f = *state;
    char *p = th_write_file(f->dir, "a/one.txt", DISPATCH_FR_2, (size_t)-1);
    th_run r = th_veille(NULL, "annotate", "--json", p, NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(th_count(r.out, "\n"), 1);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "id")), "one");
    assert_string_equal(json_string_value(json_object_get(o, "date")), "2026-02-05");
    assert_string_equal(json_string_value(json_object_get(o, "lang")), "fr");
    const char *text = json_string_value(json_object_get(o, "text"));
    assert_non_null(text);
    assert_true(strncmp(text, "Le ministre a reçu", 19) == 0);
    json_decref(o);
    th_run_free(&r);
    free(p);
}

/* --default-lang: a table of figures that no language can be told from
 * takes the feed's language (and so gets its entities); a document whose
 * language is identified, or given, keeps it; the stored document says it. */
static void test_default_lang(void **state) {
    fixture *f = *state;
    const char *jsonl =
        "{\"id\":\"t1\",\"date\":\"2026-03-02\",\"text\":\"Qtly div 12 cts vs 12 cts  Pay April 9  Record "
        "March 20  Harwell Brick Corp\"}\n"
        "{\"id\":\"t2\",\"date\":\"2026-03-02\",\"text\":\"Le conseil municipal a voté le budget de la ville "
        "pour l'année prochaine.\"}\n"
        "{\"id\":\"t3\",\"date\":\"2026-03-02\",\"lang\":\"fr\",\"text\":\"Cours 12,5 contre 11,9\"}\n";
    char *in = th_write_file(f->dir, "feed.jsonl", jsonl, (size_t)-1);
    static const char *const without[] = {"und", "fr", "fr"}, *const with[] = {"en", "fr", "fr"};
    for (int pass = 0; pass < 2; pass++) {
        th_run r = pass ? th_veille(NULL, "annotate", "--json", "--default-lang", "english", in, NULL)
                        : th_veille(NULL, "annotate", "--json", in, NULL);
        if (r.status) fprintf(stderr, "%s", r.err);
        assert_int_equal(r.status, 0);
        const char *line = r.out;
        for (int d = 0; d < 3; d++) {
            json_error_t je;
            json_t *o = json_loadb(line, strcspn(line, "\n"), 0, &je);
            assert_non_null(o);
            assert_string_equal(json_string_value(json_object_get(o, "lang")), (pass ? with : without)[d]);
            json_decref(o);
            line = strchr(line, '\n');
            assert_non_null(line);
            line++;
        }
        th_run_free(&r);
    }
    th_run r = th_veille(NULL, "--db", f->db, "ingest", "--default-lang", "en", in, NULL);
    if (r.status) fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    r = th_veille(NULL, "--db", f->db, "show", "--json", "t1", NULL);
    assert_int_equal(r.status, 0);
    json_t *o = json_loads(r.out, 0, NULL);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "lang")), "en");
    json_decref(o);
    th_run_free(&r);
    /* A language the analysis does not know is refused, with the reason. */
    r = th_veille(NULL, "--db", f->db, "ingest", "--default-lang", "de", in, NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "--default-lang is fr or en, not 'de'"));
    th_run_free(&r);
    free(in);
}

static void test_usage_and_help(void **state) {
    (void)state;
    th_run r = th_veille(NULL, "--help", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "usage: veille"));
    th_run_free(&r);
    r = th_veille(NULL, "help", "search", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "--from DATE"));
    th_run_free(&r);
    r = th_veille(NULL, "frobnicate", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "no command 'frobnicate'"));
    th_run_free(&r);
    r = th_veille(NULL, "search", "--limit", "x", "q", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    r = th_veille(NULL, "--db", "/nonexistent-dir/x.db", "stats", NULL);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "/nonexistent-dir/x.db"));
    th_run_free(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_ingest_and_search_analysis, setup, teardown),
        cmocka_unit_test_setup_teardown(test_filters_paging_and_json, setup, teardown),
        cmocka_unit_test_setup_teardown(test_malformed_queries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reingest_is_idempotent_and_updates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_stdin_show, setup, teardown),
        cmocka_unit_test_setup_teardown(test_compressed_inputs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_inputs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kill9_then_resume, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sqlite_extension, setup, teardown),
        cmocka_unit_test_setup_teardown(test_annotate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_default_lang, setup, teardown),
        cmocka_unit_test_setup_teardown(test_usage_and_help, setup, teardown),
    };
    return cmocka_run_group_tests_name("cli", tests, NULL, NULL);
}
