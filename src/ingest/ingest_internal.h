/*
 * ingest_internal.h -- what the two drivers of vl_ingest share: the serial
 * one (ingest.c, one thread) and the parallel pipeline (pipeline.c: a
 * reader thread, worker threads that annotate and tokenise, and the
 * calling thread writing).
 *
 * Both read the inputs with read_inputs into `ingest_item`s, in input
 * order, and both apply every item, in that same order, with
 * vl_ingest_apply: so ids, replaced/unchanged decisions, error reports and
 * batch boundaries are the same whichever driver runs.
 */
#ifndef VL_INGEST_INTERNAL_H
#define VL_INGEST_INTERNAL_H

#include "store/store.h"

typedef enum ingest_kind {
    ITEM_DOC,       /* a document read (rc: its annotation's status) */
    ITEM_REJECT,    /* a reader error: rc and e say what */
    ITEM_FILE_OPEN, /* a file opened */
    ITEM_FILE_END   /* a file read to its end (or as far as it could be) */
} ingest_kind;

typedef struct ingest_item {
    ingest_kind kind;
    int state;        /* pipeline.c's */
    int at_open;      /* ITEM_REJECT: the file could not be opened */
    const char *path; /* the input file (owned by the run's file list) */
    uint64_t rbytes;  /* the reader's bytes consumed after this item */
    int rc;
    vl_error e;
    /* ITEM_DOC: the document, its strings copied into buf (kept and
     * reused between documents), its annotation and, when a worker
     * computed them, the index tokens of its title, its text and each of
     * its quotations (toks[0 .. ntoks), buffers kept up to toks_cap). */
    vl_doc doc;
    char *buf;
    size_t buf_cap, buf_used;
    vl_annotation *ann;
    vl_fts_tokens *toks;
    int ntoks, toks_cap;
    /* Re-extraction (reannotate.c): the stored document's row and the
     * content hash it was read with. */
    int64_t rowid;
    unsigned char hash[16];
} ingest_item;

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
    int stop;             /* asked to stop by on_progress */
    /* Where read_inputs gets a free item and hands a filled one over:
     * acquire returns NULL when the run is halted. */
    ingest_item *(*acquire)(struct ingest_run *r);
    void (*publish)(struct ingest_run *r, ingest_item *it);
    void *driver; /* the driver's own state */
    /* What the reader thread runs: NULL for vl_ingest_read_inputs; its
     * own state in `source`. */
    void (*read)(struct ingest_run *r);
    void *source;
    /* Re-extraction of stored documents (reannotate.c): items carry a
     * rowid, only the extraction is written (vl_store_put_extraction). */
    int reannotate;
    /* The serial driver's annotator when not the store's (no_extract). */
    vl_annotator *serial_an;
} ingest_run;

/* An annotator for a worker of run r: the store's kind, or one that
 * extracts nothing (vl_ingest_opts.no_extract). */
int vl_ingest_new_annotator(ingest_run *r, vl_annotator **out, vl_error *err);

/* Copies doc's strings into the item (the reader's are valid until its
 * next call only, and the item crosses threads). */
int vl_ingest_item_set_doc(ingest_item *it, const vl_doc *d);

/* Runs r (files or r->read) with `jobs` workers in batched transactions:
 * begins, drives, commits the last batch (rolls back on failure). */
int vl_ingest_drive(ingest_run *r, int jobs, vl_error *err);

/* Reads every file of r->files, in order, into items. */
void vl_ingest_read_inputs(ingest_run *r);

/* Annotates a document item with annotator `an` and, when `analyzer` is
 * given, computes the index tokens of its title and text.  Touches no
 * connection: runs in any thread. */
void vl_ingest_prepare(ingest_run *r, ingest_item *it, vl_annotator *an, struct vl_analyzer *analyzer);

/* Applies one item to the store and the summary (in input order, in the
 * thread that owns the connection); returns VL_OK, or a fatal status with
 * err filled.  Sets r->stop when on_progress asks to stop. */
int vl_ingest_apply(ingest_run *r, ingest_item *it, vl_error *err);

/* Frees an item's annotation and resets it for reuse (keeps buffers). */
void vl_ingest_item_clear(ingest_item *it);
/* Frees everything an item holds. */
void vl_ingest_item_free(ingest_item *it);

/* The parallel driver (pipeline.c): `jobs` worker threads. */
int vl_ingest_parallel(ingest_run *r, int jobs, vl_error *err);

#endif
