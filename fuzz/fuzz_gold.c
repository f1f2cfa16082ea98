/*
 * fuzz_gold.c -- libFuzzer target for the gold-corpus readers (CoNLL
 * columns, HIPE TSV with its entity links and metadata, BRAT standoff with
 * Reference normalisations: src/ner/corpus.c) and the name-merging
 * evaluation that reads them (src/eval/merge.c).
 *
 * The readers take paths, so each input is written to files in a private
 * temporary folder: the first byte picks the shape (even: one column file,
 * whose content tells CoNLL from HIPE; odd: a BRAT pair, the text and the
 * .ann split at the first "\n%%\n").  Checks what the readers promise:
 * gold spans non-empty, inside the text, in order and flat; links
 * NUL-ended strings of the unit; dates ten characters.  Every unit then
 * goes through vl_merge_eval_unit (its store in memory is renewed every
 * 256 inputs, so that it does not grow without end), and the scores and
 * the error listing are computed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "eval/merge.h"

#define VL_CHECK(c)        \
    do {                   \
        if (!(c)) abort(); \
    } while (0)

static char dir[256];
static vl_merge_eval *ev;
static unsigned runs;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The folder goes at exit (its files go after each input). */
static void remove_dir(void) { rmdir(dir); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/fuzz_gold.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    VL_CHECK(mkdtemp(dir) != NULL);
    atexit(remove_dir);
    return 0;
}

static void file_path(char *out, size_t cap, const char *name) { snprintf(out, cap, "%s/%s", dir, name); }

static void write_file(const char *name, const void *p, size_t n) {
    char path[512];
    file_path(path, sizeof path, name);
    FILE *f = fopen(path, "wb");
    VL_CHECK(f != NULL);
    VL_CHECK(fwrite(p, 1, n, f) == n);
    fclose(f);
}

static void remove_file(const char *name) {
    char path[512];
    file_path(path, sizeof path, name);
    unlink(path);
}

static void check_unit(const vl_ner_unit *u) {
    size_t last_end = 0;
    for (size_t g = 0; g < u->ngold; g++) {
        const vl_ner_gold *x = &u->gold[g];
        VL_CHECK(x->start < x->end && x->end <= u->len);
        VL_CHECK(x->start >= last_end);
        VL_CHECK(x->type >= 0 && x->type < VL_NER_NTYPES);
        /* AddressSanitizer watches the read to the string's NUL */
        if (x->link) VL_CHECK(strlen(u->links + x->link - 1) > 0);
        last_end = x->end;
    }
    VL_CHECK(!u->date || strlen(u->date) == 10);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    const char *body = (const char *)data + 1;
    size_t n = size - 1;
    const char *corpus = "c.tsv";
    if (data[0] & 1) {
        const char *cut = NULL;
        for (size_t i = 0; i + 4 <= n && !cut; i++)
            if (memcmp(body + i, "\n%%\n", 4) == 0) cut = body + i;
        size_t txt = cut ? (size_t)(cut - body) : n;
        write_file("d.txt", body, txt);
        write_file("d.ann", cut ? cut + 4 : "", cut ? n - txt - 4 : 0);
        corpus = "d.ann";
    } else {
        write_file("c.tsv", body, n);
    }
    vl_error err;
    if (!ev || ++runs % 256 == 0) {
        vl_merge_eval_free(ev);
        VL_CHECK(vl_merge_eval_new(NULL, &ev, &err) == VL_OK);
    }
    char path[512];
    file_path(path, sizeof path, corpus);
    vl_ner_corpus *c = NULL;
    if (vl_ner_corpus_open(path, &c, &err) == VL_OK) {
        vl_ner_unit u;
        while (vl_ner_corpus_next(c, &u, &err) > 0) {
            check_unit(&u);
            if (vl_merge_eval_unit(ev, &u, &err) != VL_OK) break;
        }
        vl_ner_corpus_close(c);
    }
    vl_merge_score s;
    VL_CHECK(vl_merge_eval_score(ev, VL_MERGE_VEILLE, VL_MERGE_ACROSS, -1, &s, &err) == VL_OK);
    VL_CHECK(s.b3_p >= 0 && s.b3_p <= 1.0000001 && s.b3_r >= 0 && s.b3_r <= 1.0000001);
    FILE *devnull = fopen("/dev/null", "w");
    if (devnull) {
        VL_CHECK(vl_merge_eval_errors(ev, devnull, &err) == VL_OK);
        fclose(devnull);
    }
    remove_file("d.txt");
    remove_file("d.ann");
    remove_file("c.tsv");
    return 0;
}
