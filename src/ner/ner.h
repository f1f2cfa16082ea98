/*
 * ner.h -- named entities (PER, LOC, ORG, MISC) in French and English: the
 * entry points the rest of veille uses.
 *
 * A model is a file written by `veille train ner` (src/ner/train.c) and
 * opened read-only with mmap: opening checks its header and checksum and
 * takes a few milliseconds; the weights are never copied.  An open model is
 * immutable: several threads may tag with one model at the same time.
 *
 * Integration (annotate, ingest) is meant to take a few lines:
 *
 *     vl_ner_model *m;
 *     if (vl_ner_model_open("models/ner-fr.model", &m, &err)) ...;
 *     vl_ner_tag(m, text, len, VL_LANG_FR, on_span, ctx, &err);
 *     vl_ner_model_close(m);
 *
 * on_span receives each entity in text order, with Unicode code-point
 * offsets (what annotate's JSON uses) and byte offsets.
 */
#ifndef VL_NER_NER_H
#define VL_NER_NER_H

#include <stddef.h>
#include <stdint.h>

#include "veille.h"

/* CoNLL-2003 entity types. */
typedef enum vl_ner_type {
    VL_NER_PER = 0,
    VL_NER_LOC = 1,
    VL_NER_ORG = 2,
    VL_NER_MISC = 3,
    VL_NER_NTYPES = 4
} vl_ner_type;

/* "PER", "LOC", "ORG", "MISC" ("?" for anything else). */
const char *vl_ner_type_name(vl_ner_type type);

typedef struct vl_ner_model vl_ner_model;

/* Maps the model file at path.  A missing, truncated or corrupt file, or
 * one written by another version of the format, returns VL_EFORMAT (VL_EIO
 * when it cannot be read) with a message that says which. */
int vl_ner_model_open(const char *path, vl_ner_model **out, vl_error *err);
void vl_ner_model_close(vl_ner_model *m);
/* The language the model was trained for. */
vl_lang vl_ner_model_lang(const vl_ner_model *m);
/* Size of the mapped file in bytes, and its weight table (2^bits slots). */
size_t vl_ner_model_size(const vl_ner_model *m);
/* The model's identity: the checksum of its header, which holds the
 * checksum of the rest, so two files share it only when they are the same
 * model.  vl_ner_model_file_id reads it from a file's header without
 * loading the model (VL_EIO: unreadable; VL_EFORMAT: not a model). */
uint64_t vl_ner_model_id(const vl_ner_model *m);
int vl_ner_model_file_id(const char *path, uint64_t *id);
unsigned vl_ner_model_hash_bits(const vl_ner_model *m);

/* One entity found in a text.  Offsets are half-open: [start, end). */
typedef struct vl_ner_span {
    vl_ner_type type;
    size_t start, end;           /* Unicode code points into the text */
    size_t byte_start, byte_end; /* bytes into the text */
    const char *text;            /* text + byte_start, not NUL-terminated */
    size_t text_len;             /* byte_end - byte_start */
} vl_ner_span;

/* Returns 0 to go on, anything else to stop (vl_ner_tag returns it). */
typedef int (*vl_ner_span_fn)(void *ctx, const vl_ner_span *span);

/* Splits text (UTF-8; invalid bytes count as separators) into sentences and
 * tokens, tags each sentence and calls fn for every entity.  `lang` steers
 * the tokeniser (French elision l'OTAN -> l' + OTAN for fr and und; the
 * English possessive 's split off for en and und); it does not need to be
 * the model's language.  Allocates one scratch block per call, nothing per
 * token.  Returns VL_OK, VL_ENOMEM, or what fn returned. */
int vl_ner_tag(const vl_ner_model *m, const char *text, size_t len, vl_lang lang,
               vl_ner_span_fn fn, void *ctx, vl_error *err);

/* A tagger's working memory (~100 KB for a dispatch), kept from one text to
 * the next: vl_ner_tag_with tags as vl_ner_tag does, without allocating
 * and touching fresh memory for every text.  One thread at a time; any
 * model, any language. */
typedef struct vl_ner_tagger vl_ner_tagger;
int vl_ner_tagger_new(vl_ner_tagger **out, vl_error *err);
void vl_ner_tagger_free(vl_ner_tagger *t);
int vl_ner_tag_with(vl_ner_tagger *t, const vl_ner_model *m, const char *text, size_t len, vl_lang lang,
                    vl_ner_span_fn fn, void *ctx, vl_error *err);

/* One mention of an entity in a document, for vl_ner_merge.  Offsets are
 * half-open byte ranges of the text, but for cp_* (code points), which
 * merging carries along without reading. */
typedef struct vl_ner_mention {
    vl_ner_type type;
    size_t start, end;             /* the mention as tagged */
    size_t cp_start, cp_end;       /* the same in code points */
    size_t own_start, own_end;     /* set by merging: its name, titles stripped */
    size_t canon_start, canon_end; /* set by merging: its canonical name */
} vl_ner_mention;

/* Gives each mention of one document its canonical name (canon_*, a range
 * of text): the longest mention of the same type (not a place: places are
 * not merged by words) whose words contain all of its words, leading
 * titles (M., Mme, Dr, President ...) stripped from people's names;
 * itself, titles stripped, when there is none or when two
 * longer ones that do not contain each other would fit ("Rutte" beside
 * "Mark Rutte" and "Anna Rutte").  Words are compared without ASCII case.
 * Reads start, end and type; allocates nothing. */
void vl_ner_merge(const char *text, vl_ner_mention *m, size_t n);

/* After vl_ner_merge: an acronym the text defines, "Fonds monétaire
 * international (FMI)" -- a mention, then in parentheses a mention of the
 * same type in 2-10 capitals that spells initials of its words, the first
 * word's first --, and every mention of that acronym in the document get
 * the long form's canonical name.  `len`: bytes of text. */
void vl_ner_link_acronyms(const char *text, size_t len, vl_ner_mention *m, size_t n);

#endif
