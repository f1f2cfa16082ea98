/*
 * ingest.c -- vl_ingest: files, folders and standard input into the store,
 * in batched transactions.
 *
 * Each batch is one transaction: a crash or kill -9 loses at most the batch
 * in flight, and running the same ingest again skips what was committed (the
 * store recognises unchanged documents by their content hash) and completes
 * the rest.  Bad documents are reported and skipped; they never abort the
 * batch they are in.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io/reader.h"
#include "store/store.h"

typedef struct file_list {
    char **paths;
    size_t n, cap;
    int64_t bytes;
} file_list;

typedef struct ingest_run {
    vl_store *store;
    const vl_ingest_opts *opts;
    vl_ingest_summary *sum;
    file_list files;
    size_t batch_docs, in_batch;
    int64_t bytes_before; /* bytes of the files already finished */
    int stop;
} ingest_run;

static void report(ingest_run *r, const vl_error *e) {
    if (r->opts && r->opts->on_reject) r->opts->on_reject(r->opts->ctx, e);
}

static void on_walk_error(void *ctx, const vl_error *e) {
    ingest_run *r = ctx;
    r->sum->rejected++;
    report(r, e);
}

static int add_file(void *ctx, const char *path) {
    ingest_run *r = ctx;
    file_list *l = &r->files;
    char **p = vl_array_grow(l->paths, &l->cap, l->n, sizeof *p, 64);
    if (!p) return VL_ENOMEM;
    l->paths = p;
    if (!(l->paths[l->n] = strdup(path))) return VL_ENOMEM;
    l->n++;
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0) l->bytes += (int64_t)st.st_size;
    return 0;
}

static int progress(ingest_run *r, const vl_reader *rd) {
    if (!r->opts || !r->opts->on_progress) return 0;
    vl_ingest_summary now = *r->sum;
    now.bytes = r->bytes_before + (int64_t)(rd ? vl_reader_bytes(rd) : 0);
    return r->opts->on_progress(r->opts->ctx, &now, r->files.bytes);
}

static int end_batch(ingest_run *r, int reopen, vl_error *err) {
    int rc = vl_store_commit(r->store, err);
    r->in_batch = 0;
    if (rc == VL_OK && reopen) rc = vl_store_begin(r->store, err);
    return rc;
}

/* Reads one file to its end; returns a fatal status only for store errors,
 * out-of-memory and interruption: an unreadable file is reported, counted
 * and passed over. */
static int ingest_file(ingest_run *r, const char *path, vl_error *err) {
    vl_reader *rd = NULL;
    vl_error e;
    vl_error_clear(&e);
    int rc = vl_reader_open(path, VL_FORMAT_AUTO, &rd, &e);
    if (rc) {
        r->sum->rejected++;
        report(r, &e);
        return rc == VL_ENOMEM ? vl_error_set(err, rc, path, 0, "out of memory") : VL_OK;
    }
    r->sum->files++;
    vl_doc doc;
    int fatal = VL_OK;
    for (;;) {
        vl_error_clear(&e);
        int got = vl_reader_next(rd, &doc, &e);
        if (got == 0) break;
        if (got < 0) {
            r->sum->rejected++;
            report(r, &e);
            if (got == VL_EFORMAT || got == VL_ETOOBIG) {
                r->sum->docs_read++;
                continue;
            }
            if (got == VL_ENOMEM) fatal = vl_error_set(err, got, path, 0, "out of memory");
            break; /* the rest of this input cannot be read */
        }
        r->sum->docs_read++;
        vl_put_outcome outcome;
        vl_error_clear(&e);
        rc = vl_store_put(r->store, &doc, &outcome, &e);
        if (rc == VL_EFORMAT || rc == VL_ETOOBIG) {
            /* The store's checks do not know where the document came from. */
            long line = e.line;
            char msg[sizeof e.message];
            memcpy(msg, e.message, sizeof msg);
            vl_error_set(&e, rc, vl_reader_path(rd), line, "%s", msg);
            r->sum->rejected++;
            report(r, &e);
            continue;
        }
        if (rc) {
            *err = e;
            fatal = rc;
            break;
        }
        if (outcome == VL_PUT_ADDED) r->sum->added++;
        else if (outcome == VL_PUT_UPDATED) r->sum->updated++;
        else r->sum->unchanged++;
        if (++r->in_batch >= r->batch_docs && (fatal = end_batch(r, 1, err))) break;
        if ((r->sum->docs_read & 63) == 0 && progress(r, rd)) {
            r->stop = 1;
            break;
        }
    }
    r->bytes_before += (int64_t)vl_reader_bytes(rd);
    r->sum->bytes = r->bytes_before;
    vl_reader_close(rd);
    if (!fatal && progress(r, NULL)) r->stop = 1;
    return fatal;
}

int vl_ingest(vl_store *store, const char *const *paths, int npaths, const vl_ingest_opts *opts,
              vl_ingest_summary *summary, vl_error *err) {
    vl_ingest_summary local;
    if (!summary) summary = &local;
    memset(summary, 0, sizeof *summary);
    ingest_run r = {.store = store, .opts = opts, .sum = summary};
    r.batch_docs = opts && opts->batch_docs ? opts->batch_docs : 2000;
    int rc = VL_OK;
    for (int i = 0; i < npaths && rc == VL_OK; i++) {
        vl_error e;
        vl_error_clear(&e);
        int w = vl_walk(paths[i], add_file, on_walk_error, &r, &e);
        if (w == VL_ENOMEM) rc = vl_error_set(err, VL_ENOMEM, paths[i], 0, "out of memory");
        else if (w) {
            summary->rejected++;
            report(&r, &e);
        }
    }
    if (rc == VL_OK && r.files.n > 0) rc = vl_store_begin(store, err);
    if (rc == VL_OK && r.files.n > 0) {
        for (size_t i = 0; i < r.files.n && rc == VL_OK && !r.stop; i++) rc = ingest_file(&r, r.files.paths[i], err);
        if (rc == VL_OK) rc = end_batch(&r, 0, err);
        else vl_store_rollback(store);
    }
    for (size_t i = 0; i < r.files.n; i++) free(r.files.paths[i]);
    free(r.files.paths);
    if (rc == VL_OK && r.stop) rc = vl_error_set(err, VL_EINTERRUPT, NULL, 0, "interrupted");
    return rc;
}
