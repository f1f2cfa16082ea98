/*
 * quotes.h -- scoring the quotation extractor against the gold corpora:
 * aads-french (direct-speech spans in French prose, JSON), polnear-en
 * (English news attributions in BRAT standoff: Source, Cue, Content) and
 * quotes .gold files (invented French news dispatches with their direct
 * quotations and speakers by name: tests/data/quotes-gold/README.md).
 *
 * A system quotation matches a gold span one to one (greedy, best overlap
 * first) when overlap = shared code points / length of the longer of the
 * two reaches a threshold: 1 (exact, white space at either end ignored),
 * 0.8 and 0.3.  Speaker accuracy is measured on the pairs matched at 0.3
 * whose gold has a Source: the speaker is right when the reporting clause's
 * speaker span overlaps the gold Source, or when the resolved name and the
 * gold Source share a word of three letters or more (case ignored).
 *
 * PolNeAR is scored four ways (rows): the quotations proper -- the
 * stretches in quotation marks of every Content, whole or partial, which
 * is what the extractor's direct quotations are (issue 5: partial
 * quotations inside reported speech count, terms in marks do not) --;
 * Contents that open with a mark; Contents that hold one; every Content.
 */
#ifndef VL_EVAL_QUOTES_H
#define VL_EVAL_QUOTES_H

#include <stdio.h>
#include <stddef.h>

#include "veille.h"

enum { VL_QEVAL_EXACT, VL_QEVAL_80, VL_QEVAL_30, VL_QEVAL_NTHRESH };

typedef struct vl_qeval_row {
    char name[128];     /* "polnear-en dev, all attributions" ... */
    size_t docs, bytes; /* documents and bytes of text scored */
    size_t gold, pred;
    size_t match[VL_QEVAL_NTHRESH];
    size_t spk_total, spk_ok; /* matched at 0.3 with a gold speaker */
    double seconds;           /* time of the quotation extractor alone (best of 3) */
    double annotate_seconds;  /* time of the whole annotation (vl_annotate) */
} vl_qeval_row;

typedef struct vl_qeval {
    vl_qeval_row *rows;
    size_t nrows;
    FILE *errors; /* NULL, or where to list each miss, spurious quotation and
                   * wrong speaker (the caller's stream: the library opens none) */
} vl_qeval;

/* Scores PATH: an aads JSON file, a quotes .gold file (a row of its own),
 * a PolNeAR part (a folder with text/ and attributions/), a PolNeAR root
 * (its dev/ and train/ parts), or a folder holding aads-french/,
 * polnear-en/ and/or .gold files.  Rows are appended to ev (dev
 * and held-out parts separately: aads train = dev, val + test = held out;
 * PolNeAR dev = dev, train = held out).  VL_EIO / VL_EFORMAT with the file
 * named in err. */
int vl_eval_quotes(const char *path, vl_qeval *ev, vl_error *err);
void vl_qeval_free(vl_qeval *ev);

#endif
