/*
 * ingest.c -- vl_ingest: files, folders and standard input into the store,
 * in batched transactions.
 *
 * Each batch is one transaction: a crash or kill -9 loses at most the batch
 * in flight, and running the same ingest again skips what was committed (the
 * store recognises unchanged documents by their content hash) and completes
 * the rest.  Bad documents are reported and skipped; they never abort the
 * batch they are in.
 *
 * Two drivers share the reading and the writing: the serial one here
 * (jobs = 1) and the parallel pipeline of pipeline.c (the default on a
 * machine with several processors), which gives the same results.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annotate/annotate.h"
#include "ingest/ingest_internal.h"
#include "io/reader.h"
#include "text/analyzer.h"

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

/* `file_bytes`: the bytes read of the current file, -1 between files. */
static int progress(ingest_run *r, int64_t file_bytes) {
    if (!r->opts || !r->opts->on_progress) return 0;
    vl_ingest_summary now = *r->sum;
    now.bytes = r->bytes_before + (file_bytes > 0 ? file_bytes : 0);
    return r->opts->on_progress(r->opts->ctx, &now, r->files.bytes);
}

static int end_batch(ingest_run *r, int reopen, vl_error *err) {
    int rc = vl_store_commit(r->store, err);
    r->in_batch = 0;
    if (rc == VL_OK && reopen) rc = vl_store_begin(r->store, err);
    return rc;
}

/* ------------------------------------------------------------- items */

void vl_ingest_item_clear(ingest_item *it) {
    vl_annotation_free(it->ann);
    it->ann = NULL;
    it->ntoks = 0;
    it->rc = VL_OK;
    it->at_open = 0;
    it->buf_used = 0;
    /* A huge document's buffer is not kept for the next one. */
    if (it->buf_cap > (1u << 20)) {
        free(it->buf);
        it->buf = NULL;
        it->buf_cap = 0;
    }
    for (int i = 0; i < it->toks_cap; i++)
        if (it->toks[i].cap > (1u << 16)) vl_fts_tokens_free(&it->toks[i]);
}

void vl_ingest_item_free(ingest_item *it) {
    vl_annotation_free(it->ann);
    free(it->buf);
    for (int i = 0; i < it->toks_cap; i++) vl_fts_tokens_free(&it->toks[i]);
    free(it->toks);
    memset(it, 0, sizeof *it);
}

int vl_ingest_item_set_doc(ingest_item *it, const vl_doc *d) {
    const char *src[] = {d->id, d->date, d->title, d->source, d->url, d->lang, d->extra};
    size_t len[7], total = d->text_len + 1;
    for (int i = 0; i < 7; i++) total += (len[i] = src[i] ? strlen(src[i]) + 1 : 0);
    if (total > it->buf_cap) {
        char *b = malloc(total);
        if (!b) return VL_ENOMEM;
        free(it->buf);
        it->buf = b;
        it->buf_cap = total;
    }
    char *p = it->buf, *dst[7];
    for (int i = 0; i < 7; i++) {
        dst[i] = src[i] ? memcpy(p, src[i], len[i]) : NULL;
        p += len[i];
    }
    char *text = memcpy(p, d->text, d->text_len);
    text[d->text_len] = 0;
    it->buf_used = total;
    it->doc = (vl_doc){.id = dst[0], .date = dst[1], .title = dst[2], .source = dst[3], .url = dst[4],
                       .lang = dst[5], .extra = dst[6], .text = text, .text_len = d->text_len};
    return VL_OK;
}

/* ------------------------------------------------------------ reading */

void vl_ingest_read_inputs(ingest_run *r) {
    for (size_t f = 0; f < r->files.n; f++) {
        const char *path = r->files.paths[f];
        ingest_item *it = r->acquire(r);
        if (!it) return;
        vl_reader *rd = NULL;
        vl_error_clear(&it->e);
        it->path = path;
        it->rbytes = 0;
        int rc = vl_reader_open(path, VL_FORMAT_AUTO, &rd, &it->e);
        if (rc) {
            it->kind = ITEM_REJECT;
            it->at_open = 1;
            it->rc = rc;
            r->publish(r, it);
            continue;
        }
        it->kind = ITEM_FILE_OPEN;
        r->publish(r, it);
        int halted = 0;
        for (;;) {
            vl_doc doc;
            vl_error e;
            vl_error_clear(&e);
            int got = vl_reader_next(rd, &doc, &e);
            if (got == 0) break;
            if (!(it = r->acquire(r))) {
                halted = 1;
                break;
            }
            it->path = path;
            if (got < 0) {
                it->kind = ITEM_REJECT;
                it->rc = got;
                it->e = e;
                it->rbytes = vl_reader_bytes(rd);
                r->publish(r, it);
                if (got == VL_EFORMAT || got == VL_ETOOBIG) continue;
                break; /* the rest of this input cannot be read */
            }
            it->kind = ITEM_DOC;
            it->rc = vl_ingest_item_set_doc(it, &doc);
            if (it->rc) vl_error_set(&it->e, it->rc, path, 0, "out of memory");
            it->rbytes = vl_reader_bytes(rd);
            r->publish(r, it);
        }
        uint64_t bytes = vl_reader_bytes(rd);
        vl_reader_close(rd);
        if (halted || !(it = r->acquire(r))) return;
        it->kind = ITEM_FILE_END;
        it->path = path;
        it->rbytes = bytes;
        r->publish(r, it);
    }
}

/* ------------------------------------------------------- preparation */

void vl_ingest_prepare(ingest_run *r, ingest_item *it, vl_annotator *an, struct vl_analyzer *analyzer) {
    if (it->kind != ITEM_DOC || it->rc) return;
    vl_error_clear(&it->e);
    if (r->opts && r->opts->default_lang) it->doc.lang = vl_doc_lang_or(&it->doc, r->opts->default_lang);
    it->rc = vl_store_annotate(r->store, an, &it->doc, &it->ann, &it->e);
    if (it->rc || !analyzer) return;
    /* Re-extraction writes no title or text: the quotations' tokens only. */
    int with_doc = !r->reannotate;
    /* The tokens the tokenizer would compute at the inserts: the title and
     * the text the store binds, and the text of each quotation (its own
     * index, quotes_fts), in the language it sets.  Without them (out of
     * memory) the tokenizer analyses the texts itself. */
    const vl_annotation *a = it->ann;
    if (a->nquotes > (size_t)INT32_MAX / 2 - 2) return;
    int want = 2 * with_doc + (int)a->nquotes;
    if (!want) return;
    if (want > it->toks_cap) {
        vl_fts_tokens *t = realloc(it->toks, (size_t)want * sizeof *t);
        if (!t) return;
        memset(t + it->toks_cap, 0, (size_t)(want - it->toks_cap) * sizeof *t);
        it->toks = t;
        it->toks_cap = want;
    }
    int n = 0;
    if (with_doc && a->title &&
        vl_fts_tokens_compute(analyzer, a->title, strlen(a->title), (int)a->lang, &it->toks[n++]))
        return;
    if (with_doc && vl_fts_tokens_compute(analyzer, a->text, a->text_len, (int)a->lang, &it->toks[n++])) return;
    for (size_t i = 0; i < a->nquotes; i++) {
        const vl_quote *q = &a->quotes[i];
        if (q->end <= q->start) continue;
        if (vl_fts_tokens_compute(analyzer, a->text + q->start, q->end - q->start, (int)a->lang, &it->toks[n++]))
            return;
    }
    it->ntoks = n;
}

/* ----------------------------------------------------------- applying */

int vl_ingest_apply(ingest_run *r, ingest_item *it, vl_error *err) {
    switch (it->kind) {
    case ITEM_FILE_OPEN:
        r->sum->files++;
        return VL_OK;
    case ITEM_FILE_END:
        r->bytes_before += (int64_t)it->rbytes;
        r->sum->bytes = r->bytes_before;
        if (progress(r, -1)) r->stop = 1;
        return VL_OK;
    case ITEM_REJECT:
        if (it->rc == VL_ESTORE) { /* the store could not be read (reannotate.c) */
            *err = it->e;
            return it->rc;
        }
        r->sum->rejected++;
        report(r, &it->e);
        if (it->rc == VL_ENOMEM) return vl_error_set(err, VL_ENOMEM, it->path, 0, "out of memory");
        if (!it->at_open && (it->rc == VL_EFORMAT || it->rc == VL_ETOOBIG)) r->sum->docs_read++;
        return VL_OK;
    case ITEM_DOC:
        break;
    }
    r->sum->docs_read++;
    vl_put_outcome outcome = VL_PUT_UNCHANGED;
    vl_error e = it->e;
    int rc = it->rc;
    if (rc == VL_OK && r->reannotate) {
        int written = 0;
        vl_error_clear(&e);
        rc = vl_store_put_extraction(r->store, it->rowid, it->hash, it->ann, it->ntoks ? it->toks : NULL, it->ntoks,
                                     &written, &e);
        outcome = written ? VL_PUT_UPDATED : VL_PUT_UNCHANGED;
    } else if (rc == VL_OK) {
        vl_error_clear(&e);
        rc = vl_store_put_annotation(r->store, it->ann, it->ntoks ? it->toks : NULL, it->ntoks, &outcome, &e);
    }
    if (rc == VL_EFORMAT || rc == VL_ETOOBIG) {
        /* The store's checks do not know where the document came from. */
        long line = e.line;
        char msg[sizeof e.message];
        memcpy(msg, e.message, sizeof msg);
        vl_error_set(&e, rc, it->path, line, "%s", msg);
        r->sum->rejected++;
        report(r, &e);
        return VL_OK;
    }
    if (rc) {
        *err = e;
        return rc;
    }
    if (outcome == VL_PUT_ADDED) r->sum->added++;
    else if (outcome == VL_PUT_UPDATED) r->sum->updated++;
    else r->sum->unchanged++;
    if (outcome == VL_PUT_REEXTRACTED) r->sum->reextracted++;
    if (++r->in_batch >= r->batch_docs && (rc = end_batch(r, 1, err))) return rc;
    if ((r->sum->docs_read & 63) == 0 && progress(r, (int64_t)it->rbytes)) {
        r->stop = 1;
        r->sum->bytes = r->bytes_before + (int64_t)it->rbytes;
    }
    return VL_OK;
}

/* ------------------------------------------------------ serial driver */

/* One item, prepared and applied as soon as it is read. */
typedef struct serial_driver {
    ingest_item item;
    int fatal;
    vl_error *err;
} serial_driver;

static ingest_item *serial_acquire(ingest_run *r) {
    serial_driver *d = r->driver;
    return d->fatal || r->stop ? NULL : &d->item;
}

static void serial_publish(ingest_run *r, ingest_item *it) {
    serial_driver *d = r->driver;
    vl_ingest_prepare(r, it, r->serial_an ? r->serial_an : r->store->annotator, NULL);
    d->fatal = vl_ingest_apply(r, it, d->err);
    vl_ingest_item_clear(it);
}

static int ingest_serial(ingest_run *r, vl_error *err) {
    serial_driver d = {.err = err};
    r->driver = &d;
    r->acquire = serial_acquire;
    r->publish = serial_publish;
    if (r->read) r->read(r);
    else vl_ingest_read_inputs(r);
    vl_ingest_item_free(&d.item);
    r->driver = NULL; /* d ends here */
    return d.fatal;
}

static int default_jobs(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

int vl_ingest_new_annotator(ingest_run *r, vl_annotator **out, vl_error *err) {
    if (r->opts && r->opts->no_extract) return vl_annotator_new_for(VL_ANNOTATE_NONE, out, err);
    return vl_store_new_annotator(r->store, out, err);
}

int vl_ingest_drive(ingest_run *r, int jobs, vl_error *err) {
    if (jobs <= 0) jobs = default_jobs();
    int rc = vl_store_begin(r->store, err);
    if (rc) return rc;
    rc = jobs > 1 ? vl_ingest_parallel(r, jobs, err) : ingest_serial(r, err);
    if (rc == VL_OK) rc = end_batch(r, 0, err);
    else vl_store_rollback(r->store);
    return rc;
}

int vl_ingest(vl_store *store, const char *const *paths, int npaths, const vl_ingest_opts *opts,
              vl_ingest_summary *summary, vl_error *err) {
    vl_ingest_summary local;
    if (!summary) summary = &local;
    memset(summary, 0, sizeof *summary);
    ingest_run r = {.store = store, .opts = opts, .sum = summary};
    r.batch_docs = opts && opts->batch_docs ? opts->batch_docs : 2000;
    int jobs = opts && opts->jobs > 0 ? opts->jobs : default_jobs();
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
    /* Without extraction the serial driver needs an annotator of that
     * kind too (the store's extracts everything). */
    if (rc == VL_OK && r.files.n > 0 && opts && opts->no_extract && jobs <= 1)
        rc = vl_annotator_new_for(VL_ANNOTATE_NONE, &r.serial_an, err);
    if (rc == VL_OK && r.files.n > 0) rc = vl_ingest_drive(&r, jobs, err);
    vl_annotator_free(r.serial_an);
    for (size_t i = 0; i < r.files.n; i++) free(r.files.paths[i]);
    free(r.files.paths);
    if (rc == VL_OK && r.stop) rc = vl_error_set(err, VL_EINTERRUPT, NULL, 0, "interrupted");
    return rc;
}
