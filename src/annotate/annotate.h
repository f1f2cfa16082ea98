/*
 * annotate.h -- the annotation of one document, as the store reads it.
 *
 * vl_annotate (annotate.c) computes everything veille knows about a
 * document; vl_store_put persists it and vl_annotation_json shows it.  Later
 * stages add their results as fields here (entities, time expressions,
 * quotations, quantities, events), computed in vl_annotate only.
 */
#ifndef VL_ANNOTATE_ANNOTATE_H
#define VL_ANNOTATE_ANNOTATE_H

#include "extract/event.h"
#include "extract/quantity.h"
#include "extract/quote.h"
#include "extract/timex.h"
#include "ner/ner.h"
#include "veille.h"

/* The version of the extraction code: bump it whenever a change to the
 * rules (time expressions, quantities, events, quotations, the entity
 * merging or features) changes what vl_annotate finds, so that stores
 * know their annotations are stale (`veille reannotate`).  The entity
 * models are identified by their files (vl_ner_model_id). */
#define VL_ANNOTATE_RULES_VERSION 12
/* Room for a version string: "rules N; ner-fr <16 hex>; ner-en <16 hex>". */
#define VL_ANNOTATOR_VERSION_MAX 96

struct vl_annotation {
    /* The document, copied: the annotation owns these strings. */
    char *id, *date, *text, *title, *source, *url, *extra;
    size_t text_len;
    char *lang_given;   /* the input's "lang", lower-cased, or NULL */
    vl_lang lang;       /* what the analyser stems with */
    char lang_code[16]; /* what is stored and shown */
    /* Time expressions (src/extract/timex.h), resolved against `date`;
     * offsets in bytes and code points into `text`. */
    vl_timex *timexes;
    size_t ntimexes;
    /* Named entities (src/ner), in text order, each with its canonical
     * name within the document (vl_ner_merge); byte and code-point offsets
     * into `text`.  None when no model of the language was found. */
    vl_ner_mention *entities;
    size_t nentities;
    /* Quantities (src/extract/quantity.h), byte offsets into `text`;
     * code points beside them for the extent, counted_cp_* for what they
     * count. */
    vl_quantity *quantities;
    size_t nquantities;
    size_t *counted_cp; /* 2 per quantity: counted start, end in code points */
    /* Events (src/extract/event.h): actor, action, target, place and date
     * from one clause; entity and timex indexes point into the arrays
     * above. */
    vl_event *events;
    size_t nevents;
    /* Quotations and indirect speech with their speakers (src/extract/
     * quote.h), in text order; byte and code-point offsets into `text`. */
    vl_quote *quotes;
    size_t nquotes;
    /* The annotator version that produced the extraction above
     * (vl_annotator_version), stored with the document (schema migration
     * 6); empty when the annotator extracted nothing (ingest
     * --no-extract). */
    char annotated_by[VL_ANNOTATOR_VERSION_MAX];
};

/* What an annotator computes.  vl_annotator_new computes everything; a
 * caller may ask only for what it keeps, so that it does not pay for an
 * analysis it would throw away (a read-only store annotates nothing). */
enum {
    VL_ANNOTATE_ENTITIES = 1 << 0,
    VL_ANNOTATE_QUOTES = 1 << 1, /* quotations; their speakers need the entities too */
    VL_ANNOTATE_ALL = VL_ANNOTATE_ENTITIES | VL_ANNOTATE_QUOTES,
    /* Nothing but the language (the index's analysis needs it): no
     * extraction at all, whatever else is asked (ingest --no-extract). */
    VL_ANNOTATE_NONE = 1 << 2
};
int vl_annotator_new_for(int what, vl_annotator **out, vl_error *err);

/* The version of what an annotator extracts: the rules version and the
 * identity of each entity model it loaded ("rules 2; ner-fr 0123456789abcdef;
 * ner-en none").  Empty for an annotator that does not extract
 * everything (VL_ANNOTATE_NONE, or without entities or quotations): its
 * output is never stored as a full annotation. */
const char *vl_annotator_version(const vl_annotator *an);
/* The version a full annotator would have now, from the headers of the
 * model files it would load, without loading them (for a read-only
 * store's statistics).  out has room for VL_ANNOTATOR_VERSION_MAX bytes. */
void vl_annotator_current_version(char *out, size_t cap);

/* Checks that doc is a document veille can store: id, date, text present;
 * id at most 256 bytes without control characters; a valid YYYY-MM-DD date;
 * valid UTF-8 without NUL in every string; a body that is not only white
 * space; a lang code of 2-3 ASCII letters or "und".  VL_EFORMAT otherwise. */
int vl_doc_validate(const vl_doc *doc, vl_error *err);

#endif
