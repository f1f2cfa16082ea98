/*
 * reannotate.c -- vl_reannotate: the extraction run again over stored
 * documents whose annotator version is not the current one, with the
 * ingest's own machinery.
 *
 * The reader thread reads the stale documents from the store
 * (vl_stale_reader: its own read-only connection, rowid order, short read
 * transactions) instead of files; the workers annotate them exactly as
 * ingest does (vl_ingest_prepare: the annotation and the quotations' index
 * tokens); the calling thread applies them in order with vl_ingest_apply,
 * which writes the extraction only (vl_store_put_extraction), in the same
 * batched transactions.  Each document's version is written in the
 * transaction that writes its extraction, so after a kill -9 the
 * documents of the lost batch are still stale and the next run does them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest_internal.h"

/* The reader: every stale document, as an item with its rowid and hash. */
typedef struct stale_source {
    int all;
    char version[96];
} stale_source;

static void read_stale(ingest_run *r) {
    stale_source *src = r->source;
    vl_stale_reader *rd = NULL;
    vl_error e;
    vl_error_clear(&e);
    int rc = vl_stale_reader_open(r->store, src->all, src->version, &rd, &e);
    for (;;) {
        vl_doc doc;
        int64_t rowid = 0;
        unsigned char hash[16];
        int got = rc ? rc : vl_stale_reader_next(rd, &doc, &rowid, hash, &e);
        if (got == 0) break;
        ingest_item *it = r->acquire(r);
        if (!it) break;
        it->path = r->store->path;
        it->rbytes = 0;
        if (got < 0) {
            /* The store cannot be read: vl_ingest_apply stops the run. */
            it->kind = ITEM_REJECT;
            it->rc = got == VL_ENOMEM ? VL_ENOMEM : VL_ESTORE;
            it->e = e;
            r->publish(r, it);
            break;
        }
        it->kind = ITEM_DOC;
        it->rowid = rowid;
        memcpy(it->hash, hash, 16);
        vl_error_clear(&it->e);
        it->rc = vl_ingest_item_set_doc(it, &doc);
        if (it->rc) vl_error_set(&it->e, it->rc, NULL, 0, "out of memory");
        r->publish(r, it);
    }
    vl_stale_reader_close(rd);
}

typedef struct progress_ctx {
    const vl_reannotate_opts *opts;
    vl_reannotate_summary *sum;
} progress_ctx;

/* vl_ingest_apply's callbacks, told in the terms of a re-extraction. */
static void on_reject(void *ctx, const vl_error *err) {
    progress_ctx *p = ctx;
    if (!p->opts->on_reject) return;
    vl_error e = *err;
    /* The store's checks name no file: say which stored document. */
    if (!e.path[0]) {
        char msg[sizeof e.message];
        memcpy(msg, e.message, sizeof msg);
        snprintf(e.message, sizeof e.message, "stored document cannot be annotated: %.900s", msg);
    }
    p->opts->on_reject(p->opts->ctx, &e);
}

static int on_progress(void *ctx, const vl_ingest_summary *sofar, int64_t bytes_total) {
    (void)bytes_total;
    progress_ctx *p = ctx;
    if (!p->opts->on_progress) return 0;
    return p->opts->on_progress(p->opts->ctx, sofar->docs_read, p->sum->total);
}

int vl_reannotate(vl_store *store, const vl_reannotate_opts *opts, vl_reannotate_summary *summary, vl_error *err) {
    vl_reannotate_opts none = {0};
    vl_reannotate_summary local;
    if (!opts) opts = &none;
    if (!summary) summary = &local;
    memset(summary, 0, sizeof *summary);
    if (store->readonly) return vl_error_set(err, VL_EARG, store->path, 0, "the database is open read-only");
    stale_source src = {.all = opts->all};
    vl_store_annotator_version(store, src.version, sizeof src.version);
    int rc = vl_store_stale_count(store, opts->all, src.version, &summary->total, err);
    if (rc || summary->total == 0) return rc;
    /* Every document to do: the entities are linked again from nothing, in
     * rowid order, as a fresh ingest of the same dispatches links them
     * (merging into the old tables would depend on what they held).  An
     * interrupted run resumes with the remaining documents, linked to what
     * the committed ones made. */
    int64_t docs = 0;
    if (!opts->all) rc = vl_store_stale_count(store, 1, NULL, &docs, err);
    if (!rc && (opts->all || docs == summary->total)) rc = vl_store_clear_entities(store, err);
    if (rc) return rc;

    progress_ctx pc = {.opts = opts, .sum = summary};
    vl_ingest_opts iopts = {.batch_docs = opts->batch_docs, .jobs = opts->jobs, .on_reject = on_reject,
                            .on_progress = on_progress, .ctx = &pc};
    vl_ingest_summary isum;
    memset(&isum, 0, sizeof isum);
    ingest_run r = {.store = store, .opts = &iopts, .sum = &isum, .read = read_stale, .source = &src,
                    .reannotate = 1};
    r.batch_docs = opts->batch_docs ? opts->batch_docs : 2000;
    rc = vl_ingest_drive(&r, opts->jobs, err);
    summary->done = isum.updated;
    summary->skipped = isum.unchanged;
    summary->rejected = isum.rejected;
    if (rc == VL_OK && r.stop) rc = vl_error_set(err, VL_EINTERRUPT, NULL, 0, "interrupted");
    return rc;
}
