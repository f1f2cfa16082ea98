/*
 * pipeline.c -- the parallel ingest: one reader thread, `jobs` worker
 * threads and the calling thread as the only writer.
 *
 * The reader fills a ring of items in input order (documents, reader
 * errors, file boundaries).  Workers take the next unclaimed document, each
 * with an annotator and an analyser of its own, annotate it and compute the
 * index tokens of its title and text, which the FTS5 tokenizer then
 * replays instead of analysing again.  The calling thread, which owns the
 * SQLite connection, applies items strictly in input order
 * (vl_ingest_apply), so ids, replaced/unchanged decisions, reports and
 * batch boundaries are those of the serial ingest, and so is the kill -9
 * safety: batches are the same transactions.  The ring is bounded in items
 * and in bytes, so a fast reader waits for the writer (memory stays
 * bounded).  When the writer stops (interruption, fatal error), it halts
 * the other threads, joins them and drops what they had read ahead.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest_internal.h"
#include "text/analyzer.h"

enum { SLOT_FREE, SLOT_TODO, SLOT_READY };

enum {
    SLOTS_PER_JOB = 32,
    MAX_QUEUED_BYTES = 64 << 20 /* document bytes read ahead, at most */
};

typedef struct pipeline {
    ingest_run *run;
    pthread_mutex_t mu;
    pthread_cond_t space; /* the reader waits for a free slot */
    pthread_cond_t work;  /* workers wait for a document to prepare */
    pthread_cond_t ready; /* the writer waits for the next item */
    ingest_item *slots;
    size_t nslots;
    size_t head;  /* items published by the reader */
    size_t claim; /* items claimed by the workers */
    size_t tail;  /* items applied by the writer */
    size_t queued_bytes;
    int reader_waits; /* the reader waits for free slots */
    int eof;   /* the reader is done */
    int halt;  /* the writer stopped: everyone else stops */
    int nomem; /* a worker could not get its annotator or analyser */
    vl_error worker_err;
} pipeline;

typedef struct worker {
    pipeline *p;
    pthread_t thread;
    int started;
} worker;

static ingest_item *slot(pipeline *p, size_t i) { return &p->slots[i % p->nslots]; }

/* The reader waits while more than half the ring is in use (or the bytes
 * read ahead reach their bound), so that it wakes once per half ring. */
static int reader_must_wait(const pipeline *p) {
    return p->head - p->tail > p->nslots / 2 || (p->queued_bytes >= MAX_QUEUED_BYTES && p->head > p->tail);
}

/* The reader's next slot.  A full ring makes the reader wait until half of
 * it is free: one wake-up per half ring rather than one per document
 * (reader_must_wait).  The slot's previous item is cleared here, off the writer's path (its
 * annotation was allocated by a worker: freeing it is not free). */
static ingest_item *pipe_acquire(ingest_run *r) {
    pipeline *p = r->driver;
    pthread_mutex_lock(&p->mu);
    if (p->head - p->tail >= p->nslots || (p->queued_bytes >= MAX_QUEUED_BYTES && p->head > p->tail)) {
        p->reader_waits = 1;
        while (!p->halt && reader_must_wait(p)) pthread_cond_wait(&p->space, &p->mu);
        p->reader_waits = 0;
    }
    ingest_item *it = p->halt ? NULL : slot(p, p->head);
    pthread_mutex_unlock(&p->mu);
    if (it) vl_ingest_item_clear(it);
    return it;
}

static void pipe_publish(ingest_run *r, ingest_item *it) {
    pipeline *p = r->driver;
    pthread_mutex_lock(&p->mu);
    it->state = it->kind == ITEM_DOC && it->rc == VL_OK ? SLOT_TODO : SLOT_READY;
    p->queued_bytes += it->buf_used;
    p->head++;
    pthread_cond_broadcast(&p->work);
    if (it->state == SLOT_READY) pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->mu);
}

static void *reader_main(void *arg) {
    pipeline *p = arg;
    if (p->run->read) p->run->read(p->run);
    else vl_ingest_read_inputs(p->run);
    pthread_mutex_lock(&p->mu);
    p->eof = 1;
    pthread_cond_broadcast(&p->work);
    pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void *worker_main(void *arg) {
    worker *w = arg;
    pipeline *p = w->p;
    vl_annotator *an = NULL;
    vl_analyzer *analyzer = vl_analyzer_new();
    vl_error e;
    vl_error_clear(&e);
    int rc = analyzer ? vl_ingest_new_annotator(p->run, &an, &e)
                      : vl_error_set(&e, VL_ENOMEM, NULL, 0, "out of memory");
    if (rc) {
        /* Without its tools this worker takes no document: the others (or
         * the writer, told through `nomem`) carry on. */
        pthread_mutex_lock(&p->mu);
        if (!p->nomem) p->worker_err = e;
        p->nomem = 1;
        pthread_cond_signal(&p->ready);
        pthread_mutex_unlock(&p->mu);
        vl_analyzer_free(analyzer);
        return NULL;
    }
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->halt && p->claim == p->head && !p->eof) pthread_cond_wait(&p->work, &p->mu);
        if (p->halt || p->claim == p->head) break;
        ingest_item *it = slot(p, p->claim++);
        if (it->state != SLOT_TODO) continue;
        pthread_mutex_unlock(&p->mu);
        vl_ingest_prepare(p->run, it, an, analyzer);
        pthread_mutex_lock(&p->mu);
        it->state = SLOT_READY;
        pthread_cond_signal(&p->ready);
    }
    pthread_mutex_unlock(&p->mu);
    vl_annotator_free(an);
    vl_analyzer_free(analyzer);
    return NULL;
}

/* The writer: applies items in order until the end, a stop or an error. */
static int write_all(pipeline *p, vl_error *err) {
    ingest_run *r = p->run;
    int rc = VL_OK;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        ingest_item *it = NULL;
        for (;;) {
            if (p->tail < p->head && slot(p, p->tail)->state == SLOT_READY) {
                it = slot(p, p->tail);
                break;
            }
            if (p->eof && p->tail == p->head) break;
            if (p->nomem) break;
            pthread_cond_wait(&p->ready, &p->mu);
        }
        if (!it && p->nomem) {
            *err = p->worker_err;
            rc = err->code ? err->code : VL_ENOMEM;
        }
        pthread_mutex_unlock(&p->mu);
        if (!it) return rc;
        rc = vl_ingest_apply(r, it, err);
        pthread_mutex_lock(&p->mu);
        it->state = SLOT_FREE;
        p->queued_bytes -= it->buf_used;
        p->tail++;
        if (p->reader_waits && !reader_must_wait(p)) pthread_cond_signal(&p->space);
        pthread_mutex_unlock(&p->mu);
        if (rc || r->stop) return rc;
    }
}

int vl_ingest_parallel(ingest_run *r, int jobs, vl_error *err) {
    pipeline p = {.run = r, .nslots = (size_t)jobs * SLOTS_PER_JOB};
    p.slots = calloc(p.nslots, sizeof *p.slots);
    worker *workers = calloc((size_t)jobs, sizeof *workers);
    if (!p.slots || !workers) {
        free(p.slots);
        free(workers);
        return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.space, NULL);
    pthread_cond_init(&p.work, NULL);
    pthread_cond_init(&p.ready, NULL);
    r->driver = &p;
    r->acquire = pipe_acquire;
    r->publish = pipe_publish;

    int rc = VL_OK, nstarted = 0;
    pthread_t reader;
    for (int i = 0; i < jobs; i++) {
        workers[i].p = &p;
        if (pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]) == 0) {
            workers[i].started = 1;
            nstarted++;
        }
    }
    int reader_started = nstarted > 0 && pthread_create(&reader, NULL, reader_main, &p) == 0;
    if (!reader_started) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "cannot start the ingest threads");
    else rc = write_all(&p, err);

    pthread_mutex_lock(&p.mu);
    p.halt = 1;
    pthread_cond_broadcast(&p.space);
    pthread_cond_broadcast(&p.work);
    pthread_mutex_unlock(&p.mu);
    if (reader_started) pthread_join(reader, NULL);
    for (int i = 0; i < jobs; i++)
        if (workers[i].started) pthread_join(workers[i].thread, NULL);
    for (size_t i = 0; i < p.nslots; i++) vl_ingest_item_free(&p.slots[i]);
    pthread_cond_destroy(&p.ready);
    pthread_cond_destroy(&p.work);
    pthread_cond_destroy(&p.space);
    pthread_mutex_destroy(&p.mu);
    free(p.slots);
    free(workers);
    r->driver = NULL;
    return rc;
}
