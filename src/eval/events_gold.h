/*
 * events_gold.h -- the events gold set format (tests/data/events-gold/
 * README.md) and its scoring: per CAMEO root code and overall, precision
 * over extracted events and recall over gold events.
 */
#ifndef VL_EVAL_EVENTS_GOLD_H
#define VL_EVAL_EVENTS_GOLD_H

#include <stddef.h>

#include "veille.h"

typedef struct vl_evgold_event {
    char *actor, *target; /* target NULL when the gold gives none ("-") */
    int code;             /* 1..20 */
} vl_evgold_event;

typedef struct vl_evgold_doc {
    char date[11], lang[4];
    char *text;
    long line; /* of its S line */
    vl_evgold_event *ev;
    size_t nev, cap;
} vl_evgold_doc;

typedef struct vl_evgold {
    vl_evgold_doc *docs;
    size_t n, cap;
} vl_evgold;

/* Reads the gold file at path, or the .gold files of the folder at path
 * (recursively, in name order), and appends their dispatches to g (zeroed
 * first by the caller).  VL_EIO, or VL_EFORMAT naming the line; VL_EFORMAT
 * too when path holds no dispatch at all. */
int vl_evgold_read(const char *path, vl_evgold *g, vl_error *err);
void vl_evgold_free(vl_evgold *g);

/* One extracted event, as shown (the actor's canonical name or words). */
typedef struct vl_evsys {
    const char *actor, *target; /* target NULL when none */
    int code;
} vl_evsys;

typedef struct vl_evcounts {
    long sys[21], sys_ok[21];   /* extracted, and matched, per code (0: all) */
    long gold[21], gold_ok[21]; /* gold, and found, per code (0: all) */
} vl_evcounts;

/* Matches the extracted events of one dispatch against its gold events
 * and adds to c.  sys_ok[i] (if non-NULL) gets 1 for the matched ones. */
int vl_evgold_score(const vl_evgold_doc *d, const vl_evsys *sys, size_t n, vl_evcounts *c, int *sys_ok);

#endif
