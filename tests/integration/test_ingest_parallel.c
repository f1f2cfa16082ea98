/*
 * test_ingest_parallel.c -- the parallel ingest (src/ingest/pipeline.c)
 * gives what the serial one gives: the same rows with the same ids, the
 * same full-text index byte for byte, the same time expressions, the same
 * search results, the same added/updated/unchanged counts, and the same
 * rejection messages in input order with file and line.
 *
 * The corpus is generated here from sentences written for this test.
 */
#include "harness.h"

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct fixture {
    char *dir;
} fixture;

static int setup(void **state) {
    fixture *f = calloc(1, sizeof *f);
    f->dir = th_tmpdir();
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture *f = *state;
    th_tmpdir_cleanup(f->dir);
    free(f);
    return 0;
}

static const char *const FR[] = {
    "Les négociations sur le gaz ont repris mardi à Genève, selon l'envoyé spécial.",
    "L'OTAN a annoncé des manœuvres navales en mer Baltique pour le mois prochain.",
    "Le ministère a publié 3 300 pages d'annexes le 12 mars 2025 ; l'opposition proteste.",
    "Jusqu'à présent, aucune élection n'a été fixée par la commission électorale.",
    "Les exportations de céréales ont progressé de 2,6 % depuis janvier dernier.",
};
static const char *const EN[] = {
    "Negotiations between the two delegations resumed on Tuesday, officials said.",
    "The central bank left its rates unchanged last week, citing stubborn inflation.",
    "Some 6,000 troops will leave the border region by the end of next month.",
    "Harbour traffic doubled in 2024 as grain exports recovered after the floods.",
    "Election officials counted ballots overnight in three contested districts.",
};

/* Writes `n` documents to dir/name, JSON Lines; every `bad_every`-th line
 * (0: none) is broken in one of several ways.  `variant` changes the text
 * of every third document (an update when ingested after variant 0). */
static char *write_jsonl(fixture *f, const char *name, int n, int bad_every, int variant) {
    char *path = th_path(f->dir, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    for (int i = 0; i < n; i++) {
        if (bad_every && i % bad_every == bad_every - 1) {
            switch ((i / bad_every) % 3) {
            case 0: fprintf(fp, "{\"id\":\"bad%d\",\"date\":\"2025-02-30\",\"text\":\"wrong date\"}\n", i); break;
            case 1: fprintf(fp, "{\"id\":\"bad%d\",\"date\":\"2025-02-01\",\"text\":\"   \"}\n", i); break;
            default: fprintf(fp, "{\"id\":\"bad%d\",\"date\":\"2025-02-01\",\"text\":\"cut\n", i); break;
            }
            continue;
        }
        const char *const *s = i % 2 ? EN : FR;
        const char *lang = i % 7 == 0 ? ",\"lang\":\"und\"" : "";
        fprintf(fp,
                "{\"id\":\"d%d\",\"date\":\"2025-%02d-%02d\",\"title\":\"%s %d\",\"text\":\"%s %s\\n\\n%s%s\"%s}\n",
                i, 1 + i % 12, 1 + i % 28, i % 2 ? "Dispatch" : "Dépêche", i, s[i % 5], s[(i / 5) % 5],
                s[(i / 25) % 5], variant && i % 3 == 0 ? " Update." : "", lang);
    }
    fclose(fp);
    return path;
}

/* The stored state that must not depend on the number of jobs: every row
 * (but the ingest time), the FTS5 index's pages, the time expressions. */
static char *dump_db(const char *db) {
    char *argv[] = {"sqlite3", (char *)db,
                    "SELECT rowid, id, date, lang, title, source, url, text, extra, hex(hash) FROM docs ORDER BY rowid;"
                    "SELECT id, hex(block) FROM docs_fts_data ORDER BY id;"
                    "SELECT id, hex(sz) FROM docs_fts_docsize ORDER BY id;"
                    "SELECT * FROM timexes ORDER BY rowid;",
                    NULL};
    th_run r = th_exec(argv, NULL, 0, NULL, 120);
    assert_int_equal(r.status, 0);
    assert_true(r.out_len > 1000);
    char *out = r.out;
    r.out = NULL;
    th_run_free(&r);
    return out;
}

/* stderr without its last line (the summary, which holds the timing). */
static char *reports(th_run *r) {
    char *e = strdup(r->err);
    size_t n = strlen(e);
    while (n && e[n - 1] == '\n') e[--n] = 0;
    char *last = strrchr(e, '\n');
    if (last) last[1] = 0;
    else e[0] = 0;
    return e;
}

static char *summary(th_run *r) {
    const char *s = strstr(r->err, "documents read from");
    assert_non_null(s);
    const char *end = strstr(s, " rejected");
    assert_non_null(end);
    return strndup(s, (size_t)(end - s));
}

static th_run ingest(const char *db, const char *jobs, const char *path) {
    return th_veille(NULL, "--db", db, "ingest", "--jobs", jobs, "--batch", "300", path, NULL);
}

static void test_parallel_equals_serial(void **state) {
    fixture *f = *state;
    char *v0 = write_jsonl(f, "v0.jsonl", 2500, 97, 0);
    char *v1 = write_jsonl(f, "v1.jsonl", 2600, 0, 1);
    char *db1 = th_path(f->dir, "serial.db"), *db4 = th_path(f->dir, "parallel.db");
    const char *queries[] = {"negociation", "\"central bank\"", "manoeuvre OR harbour", "elect*", "otan -gaz"};
    char *want_out[5] = {0};
    for (int pass = 0; pass < 2; pass++) {
        const char *path = pass ? v1 : v0;
        th_run a = ingest(db1, "1", path), b = ingest(db4, "4", path);
        assert_int_equal(a.status, pass ? 0 : 1);
        assert_int_equal(b.status, a.status);
        char *ra = reports(&a), *rb = reports(&b), *sa = summary(&a), *sb = summary(&b);
        assert_string_equal(ra, rb);
        assert_string_equal(sa, sb);
        if (pass) assert_non_null(strstr(sa, "125 added, 825 updated, 1650 unchanged"));
        else assert_int_equal(th_count(ra, "v0.jsonl:"), 25);
        free(ra);
        free(rb);
        free(sa);
        free(sb);
        th_run_free(&a);
        th_run_free(&b);
        char *da = dump_db(db1), *dbb = dump_db(db4);
        assert_true(strcmp(da, dbb) == 0);
        free(da);
        free(dbb);
    }
    for (int q = 0; q < 5; q++) {
        th_run a = th_veille(NULL, "--db", db1, "search", "--json", "--limit", "50", queries[q], NULL);
        th_run b = th_veille(NULL, "--db", db4, "search", "--json", "--limit", "50", queries[q], NULL);
        assert_int_equal(a.status, 0);
        assert_true(a.out_len > 0);
        assert_string_equal(a.out, b.out);
        want_out[q] = strdup(a.out);
        th_run_free(&a);
        th_run_free(&b);
    }
    for (int q = 0; q < 5; q++) free(want_out[q]);
    free(v0);
    free(v1);
    free(db1);
    free(db4);
}

/* Rejections come out in input order, each naming its file and line,
 * across files and whatever the threads do. */
static void test_parallel_rejects_in_order(void **state) {
    fixture *f = *state;
    char *dir = th_path(f->dir, "in"), *db = th_path(f->dir, "r.db");
    assert_int_equal(mkdir(dir, 0700), 0);
    char *a = write_jsonl(f, "in/a.jsonl", 1200, 10, 0);
    char *b = write_jsonl(f, "in/b.jsonl", 900, 30, 0);
    th_run r = th_veille(NULL, "--db", db, "ingest", "--jobs", "3", dir, NULL);
    assert_int_equal(r.status, 1);
    /* a.jsonl has a bad line every 10th (lines 10, 20, ... 1200), then
     * b.jsonl one every 30th: the messages follow exactly that order. */
    const char *p = r.err;
    for (int file = 0; file < 2; file++) {
        int every = file ? 30 : 10, n = file ? 900 : 1200;
        for (int line = every; line <= n; line += every) {
            char want[64];
            snprintf(want, sizeof want, "%s.jsonl:%d:", file ? "b" : "a", line);
            const char *hit = strstr(p, want);
            if (!hit) fail_msg("missing or out of order: %s", want);
            p = hit + strlen(want);
        }
    }
    /* b.jsonl repeats a.jsonl's ids and texts: only the ids a.jsonl had
     * broken (i % 10 == 9, not broken in b) are new. */
    assert_non_null(strstr(r.err, "1140 added, 0 updated, 810 unchanged, 150 rejected"));
    th_run_free(&r);
    free(a);
    free(b);
    free(dir);
    free(db);
}

/* `veille optimize` merges the index: the same searches give the same
 * answers, and the index has fewer segments' worth of pages to read. */
static void test_optimize_keeps_results(void **state) {
    fixture *f = *state;
    char *in = write_jsonl(f, "o.jsonl", 3000, 0, 0);
    char *db = th_path(f->dir, "o.db");
    th_run r = th_veille(NULL, "--db", db, "ingest", "--batch", "100", in, NULL);
    assert_int_equal(r.status, 0);
    th_run_free(&r);
    const char *queries[] = {"negociation", "\"central bank\"", "elect*", "otan -gaz"};
    char *before[4];
    for (int q = 0; q < 4; q++) {
        r = th_veille(NULL, "--db", db, "search", "--json", "--limit", "20", queries[q], NULL);
        assert_int_equal(r.status, 0);
        before[q] = strdup(r.out);
        th_run_free(&r);
    }
    r = th_veille(NULL, "--db", db, "optimize", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "index optimized"));
    th_run_free(&r);
    for (int q = 0; q < 4; q++) {
        r = th_veille(NULL, "--db", db, "search", "--json", "--limit", "20", queries[q], NULL);
        assert_int_equal(r.status, 0);
        assert_string_equal(r.out, before[q]);
        th_run_free(&r);
        free(before[q]);
    }
    char *argv[] = {"sqlite3", db, "PRAGMA integrity_check;", NULL};
    r = th_exec(argv, NULL, 0, NULL, 60);
    assert_string_equal(r.out, "ok\n");
    th_run_free(&r);
    r = th_veille(NULL, "--db", db, "optimize", "extra", NULL);
    assert_int_equal(r.status, 2);
    th_run_free(&r);
    free(in);
    free(db);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_parallel_equals_serial, setup, teardown),
        cmocka_unit_test_setup_teardown(test_parallel_rejects_in_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_optimize_keeps_results, setup, teardown),
    };
    return cmocka_run_group_tests_name("ingest_parallel", tests, NULL, NULL);
}
