/*
 * veille.h -- the public API of libveille, a news-intelligence engine.
 *
 * veille turns a stream of dated dispatches (French and English news) into
 * a searchable record kept in an embedded store.  This header is the whole
 * public surface: the command line (src/cli) and, later, the HTTP server are
 * thin layers over it.
 *
 * Conventions
 *   - Every public name carries the vl_ prefix; handles are opaque.
 *   - Functions that can fail return an int status (VL_OK or a negative
 *     VL_E... code) and, when given a non-NULL vl_error, fill it with a
 *     human-readable message.  The library never prints and never exits.
 *   - Ownership is explicit: whatever a vl_..._new/open function returns is
 *     released by the matching vl_..._free/close function.  Strings handed to
 *     callbacks are borrowed and valid only during the call.
 *   - A handle is used by one thread at a time; open one store per thread.
 */
#ifndef VEILLE_H
#define VEILLE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VL_VERSION "0.1.0"

/* ---------------------------------------------------------------- errors */

enum {
    VL_OK = 0,
    VL_ENOMEM = -1,    /* out of memory */
    VL_EIO = -2,       /* a file could not be opened, read or written */
    VL_EFORMAT = -3,   /* malformed input: the document is rejected */
    VL_EQUERY = -4,    /* malformed search query */
    VL_ESTORE = -5,    /* the database failed (SQLite error, corrupt file) */
    VL_ENOTFOUND = -6, /* no such document */
    VL_EARG = -7,      /* bad argument from the caller */
    VL_ETOOBIG = -8,   /* input over a hard size limit */
    VL_EINTERRUPT = -9 /* the caller asked to stop */
};

/* Where and why something failed.  `path` and `line` are set when the error
 * concerns a place in an input file (line 0: the whole file). */
typedef struct vl_error {
    int code;
    long line;
    char path[512];
    char message[1024];
} vl_error;

/* A short English name for a status code ("malformed input", ...). */
const char *vl_strerror(int code);
/* Resets err to VL_OK with empty fields. */
void vl_error_clear(vl_error *err);

/* ------------------------------------------------------------- languages */

typedef enum vl_lang {
    VL_LANG_UND = 0, /* undetermined, or a language veille does not analyse */
    VL_LANG_FR = 1,
    VL_LANG_EN = 2,
    VL_LANG_COUNT = 3
} vl_lang;

/* "fr", "en" or "und". */
const char *vl_lang_code(vl_lang lang);
/* Parses "fr", "en", "und" (also "french", "english", any case); returns -1
 * for anything else. */
int vl_lang_parse(const char *code);
/* Identifies the language of a UTF-8 text (fr, en, or und when the text is
 * too short or in another language). */
vl_lang vl_lang_identify(const char *text, size_t len);

/* ------------------------------------------------------------- dispatches */

/* One dispatch as read from an input: all strings are UTF-8 and
 * NUL-terminated; optional ones may be NULL. */
typedef struct vl_doc {
    const char *id;     /* required: unique within the store */
    const char *date;   /* required: YYYY-MM-DD, the publication date */
    const char *text;   /* required: the body */
    size_t text_len;    /* bytes in text */
    const char *title;  /* optional */
    const char *source; /* optional */
    const char *url;    /* optional */
    const char *lang;   /* optional: given by the input; else identified */
    const char *extra;  /* optional: other input keys, as a JSON object */
} vl_doc;

/* The language a document is to be analysed in when its input names none
 * and its text cannot be identified (a table of figures, a one-line
 * item): `fallback` then, else doc->lang as it is (NULL: identified).  A
 * feed known to be in one language passes it here (ingest and annotate
 * --default-lang), so that its short items still get their entities. */
const char *vl_doc_lang_or(const vl_doc *doc, const char *fallback);

/* ---------------------------------------------------------------- readers */

/* Streaming readers for the ingest formats (details in src/io/reader.h):
 * dispatch text ("date YYYY-MM-DD" then the body; one per file) and JSON
 * Lines, detected from the first bytes unless a format is given; gzip and
 * zstd inputs are decompressed on the fly. */
typedef enum vl_format { VL_FORMAT_AUTO = 0, VL_FORMAT_DISPATCH, VL_FORMAT_JSONL } vl_format;

typedef struct vl_reader vl_reader;

/* Opens path ("-" for standard input).  On failure returns VL_EIO (etc.)
 * with err naming the file. */
int vl_reader_open(const char *path, vl_format format, vl_reader **out, vl_error *err);
/* Reads from an in-memory buffer (for tests and fuzzing); `name` is used as
 * the path in messages and to derive the id of a dispatch. */
int vl_reader_open_mem(const void *data, size_t len, const char *name, vl_format format,
                       vl_reader **out, vl_error *err);
void vl_reader_close(vl_reader *r);

/* Reads the next document into *doc (strings owned by the reader, valid until
 * the next call).  Returns:
 *   1            a document was read
 *   0            end of input
 *   VL_EFORMAT / VL_ETOOBIG
 *                a bad document was skipped; err names the file, the line and
 *                the problem.  Call again to go on with the next one.
 *   VL_EIO, VL_ENOMEM
 *                the input cannot be read further (truncated compressed
 *                stream, read error): stop.
 * Checks done here: required fields present and strings, a valid calendar
 * date, valid UTF-8 without NUL bytes in every string, a non-empty body
 * (not only whitespace).  The body of a dispatch is trimmed of surrounding
 * whitespace and its line endings normalised to \n. */
int vl_reader_next(vl_reader *r, vl_doc *doc, vl_error *err);

/* Bytes consumed so far (after decompression) and the input's path. */
uint64_t vl_reader_bytes(const vl_reader *r);
const char *vl_reader_path(const vl_reader *r);

/* ------------------------------------------------------------------ store */

typedef struct vl_store vl_store;

enum {
    VL_STORE_READONLY = 1 << 0 /* open an existing database read-only */
};

/* Opens (creating and migrating as needed) the database at `path`. */
int vl_store_open(const char *path, int flags, vl_store **out, vl_error *err);
void vl_store_close(vl_store *store);

/* What vl_store_put did with a document. */
typedef enum vl_put_outcome {
    VL_PUT_ADDED = 1,
    VL_PUT_UPDATED = 2,   /* same id, new content: the old version replaced */
    VL_PUT_UNCHANGED = 3, /* same id and same content: nothing written */
    /* Same id and content, stored without an extraction (ingest
     * --no-extract) or with another annotator's (other models or rules):
     * this put's extraction replaced it; the text and its index kept. */
    VL_PUT_REEXTRACTED = 4
} vl_put_outcome;

/* Explicit transactions batch many puts; vl_store_put outside of one runs in
 * its own transaction.  A put that fails with a storage error inside one
 * may have written part of its document: vl_store_commit then refuses
 * (VL_ESTORE) and rolls the whole transaction back. */
int vl_store_begin(vl_store *store, vl_error *err);
int vl_store_commit(vl_store *store, vl_error *err);
int vl_store_rollback(vl_store *store);

/* Validates, analyses and stores one document.  A document that fails
 * validation returns VL_EFORMAT with the reason in err and changes nothing. */
int vl_store_put(vl_store *store, const vl_doc *doc, vl_put_outcome *outcome,
                 vl_error *err);

/* A stored dispatch.  Strings are owned by the record. */
typedef struct vl_record {
    int64_t rowid;
    char *id, *date, *lang, *title, *source, *url, *text, *extra;
    char *ingested_at; /* UTC, ISO 8601 */
} vl_record;

/* Fetches a document by id; VL_ENOTFOUND when there is none.  Free the
 * record with vl_record_free. */
int vl_store_get(vl_store *store, const char *id, vl_record **out, vl_error *err);
void vl_record_free(vl_record *record);

typedef struct vl_lang_count {
    char lang[8];
    int64_t docs;
} vl_lang_count;

typedef struct vl_stats {
    int64_t docs;
    int64_t text_bytes;
    char first_date[11], last_date[11]; /* empty when there are no documents */
    vl_lang_count langs[8];
    int nlangs;
    int64_t db_bytes; /* database file plus its WAL */
    int schema_version;
    /* The stored extraction (schema 6; `veille reannotate`): documents
     * whose time expressions, entities, quotations, quantities and events
     * were made by another annotator than this veille's (other models or
     * rules, or an unknown one: stored before the version was recorded),
     * and documents stored without extraction (ingest --no-extract). */
    int64_t docs_stale, docs_unextracted;
    char annotator[96]; /* this veille's annotator version (vl_reannotate) */
} vl_stats;

int vl_store_stats(vl_store *store, vl_stats *out, vl_error *err);

/* A stored time expression (docs/timex.md).  Strings are borrowed: valid
 * during the callback only. */
typedef struct vl_doc_timex {
    int64_t start, end;   /* Unicode code-point offsets into the text */
    const char *text;     /* the words of the text */
    const char *type;     /* "DATE", "TIME", "DURATION", "SET" */
    const char *value;    /* TIMEX3 value: 2025-09-12, 2025-W37, P3D, PAST_REF... */
    const char *mod;      /* START, MID, END, APPROX...; NULL when none */
    const char *begin;    /* the period a DATE/TIME value covers, inclusive */
    const char *end_date; /* YYYY-MM-DD; both NULL when it covers none */
} vl_doc_timex;

/* Calls on_timex for each time expression of the stored document `id`, in
 * text order; on_timex returns non-zero to stop.  VL_ENOTFOUND when there
 * is no such document. */
int vl_store_timexes(vl_store *store, const char *id,
                     int (*on_timex)(void *ctx, const vl_doc_timex *t), void *ctx,
                     vl_error *err);

/* ----------------------------------------------------------------- ingest */

typedef struct vl_ingest_summary {
    int64_t files;     /* files opened */
    int64_t docs_read; /* documents read (accepted or not) */
    int64_t added, updated, unchanged;
    int64_t reextracted; /* of the unchanged: extraction written again (VL_PUT_REEXTRACTED) */
    int64_t rejected;  /* documents skipped for bad input */
    int64_t bytes;     /* input bytes consumed (decompressed) */
} vl_ingest_summary;

typedef struct vl_ingest_opts {
    size_t batch_docs; /* documents per transaction; 0: default (2000) */
    /* Worker threads that annotate and tokenise while the calling thread
     * writes; 0: one per online processor; 1: no threads at all.  Every
     * value gives the same database and the same reports, in input order. */
    int jobs;
    /* Called once per rejected document or unreadable file; err names the
     * file, the line and the problem.  May be NULL. */
    void (*on_reject)(void *ctx, const vl_error *err);
    /* Called every few documents with running totals; `bytes_total` is the
     * sum of input file sizes when known (0 otherwise).  Return non-zero to
     * stop the ingest after the current batch is committed.  May be NULL. */
    int (*on_progress)(void *ctx, const vl_ingest_summary *sofar,
                       int64_t bytes_total);
    void *ctx;
    /* Store and index the documents (language, analysis, full-text
     * search) without the extraction (time expressions, entities,
     * quotations, quantities, events): much faster; vl_reannotate adds it
     * later. */
    int no_extract;
    /* The language of documents that name none and whose text cannot be
     * identified (vl_doc_lang_or); stored as though their input had said
     * it.  NULL: they stay undetermined. */
    const char *default_lang;
} vl_ingest_opts;

/* Ingests files, directories (recursively) and "-" (standard input).  The
 * formats are detected per file: dispatch text ("date YYYY-MM-DD" header) or
 * JSON Lines; .gz and .zst files are decompressed transparently.  Bad
 * documents are reported through on_reject and skipped; the function returns
 * VL_OK when it could carry on to the end, even if documents were rejected
 * (the caller looks at summary->rejected). */
int vl_ingest(vl_store *store, const char *const *paths, int npaths,
              const vl_ingest_opts *opts, vl_ingest_summary *summary,
              vl_error *err);

/* ----------------------------------------------------------------- search */

typedef struct vl_search_opts {
    const char *query;     /* veille query syntax, see docs/query.md */
    /* Publication dates, inclusive, or NULL: YYYY-MM-DD, or YYYY-MM or
     * YYYY, taken from the first day of that period (date_from) or up to
     * its last (date_to). */
    const char *date_from;
    const char *date_to;
    const char *lang;      /* "fr", "en", "und" or NULL */
    int limit;             /* 0: default (10) */
    int offset;
    /* Markers put around matched words in snippets (default: "[" and "]"). */
    const char *mark_open, *mark_close;
    int snippet_tokens; /* 0: default (24) */
    /* Only documents that mention a time overlapping this period, whenever
     * they were published (docs/timex.md).  Each bound is YYYY-MM-DD,
     * YYYY-MM, YYYY or an ISO week YYYY-Www: mentions_from counts from the
     * first day of its period, mentions_to up to the last day of its
     * period; NULL leaves that side open.  With a NULL or empty query and
     * a mention bound, every such document is a hit, newest first (score
     * 0, the snippet around the first matching mention). */
    const char *mentions_from;
    const char *mentions_to;
    /* Only documents that mention the entity named `entity` (canonical
     * name or any alias, case and accents ignored), or NULL: the entities
     * vl_entity_find chooses from, all of them when several fit.  None
     * fits: no hits.  With no query and no mention bound, every document
     * that mentions it, newest first. */
    const char *entity;
} vl_search_opts;

typedef struct vl_hit {
    const char *id, *date, *lang;
    const char *title;   /* stored title, else the first sentence */
    const char *snippet; /* with the matched words marked */
    double score;        /* BM25: higher is better */
} vl_hit;

/* Runs a search and calls on_hit for each hit in rank order (newest first
 * without a query); on_hit returns
 * non-zero to stop early.  `total` (if non-NULL) receives the number of
 * matching documents regardless of limit/offset.  A malformed query returns
 * VL_EQUERY with a message that says where and what. */
int vl_search(vl_store *store, const vl_search_opts *opts,
              int (*on_hit)(void *ctx, const vl_hit *hit), void *ctx,
              int64_t *total, vl_error *err);

/* Builds (or brings up to date with the database) the in-memory arrays
 * that make repeated searches of one store fast: every document's day,
 * language, length and entities.  A long-running process (the server, a
 * benchmark) calls it once before searching; afterwards vl_search and
 * vl_search_facets read the arrays instead of the tables, and the arrays
 * follow later changes of the database by themselves.  A one-shot search
 * does not need it: building them reads every document's length, which
 * costs more than one search. */
void vl_search_warm(vl_store *store);

/* Translates a veille query into the FTS5 expression that vl_search runs
 * (for `veille search --explain` and for tests).  Returns a malloc'd string
 * in *out. */
int vl_query_to_fts(const char *query, char **out, vl_error *err);

/* --------------------------------------------------------------- annotate */

/* The analysis of one document.  annotate is the one place where a
 * document's analysis is computed and shown: later stages (entities, time
 * expressions, quotations, quantities, events) add their results here, and
 * vl_store_put stores what vl_annotate computed.
 *
 * A vl_annotator holds what analysis needs across documents (stemmers,
 * models, lexicons); create one and reuse it.  Not thread safe. */
typedef struct vl_annotator vl_annotator;
typedef struct vl_annotation vl_annotation;

int vl_annotator_new(vl_annotator **out, vl_error *err);
void vl_annotator_free(vl_annotator *an);

/* Analyses doc (validated first: VL_EFORMAT when it is not a valid
 * document).  Free the result with vl_annotation_free. */
int vl_annotate(vl_annotator *an, const vl_doc *doc, vl_annotation **out, vl_error *err);
/* The language the annotation settled on ("fr", "en", "und", or the code
 * the input gave). */
const char *vl_annotation_lang(const vl_annotation *a);
/* The annotation as one JSON object: {"id","date","lang","text",...}, with
 * offsets in Unicode code points into "text".  `flags`: VL_JSON_PRETTY for
 * indented output.  Returns a malloc'd string (NULL when out of memory). */
enum { VL_JSON_PRETTY = 1 };
char *vl_annotation_json(const vl_annotation *a, int flags);
void vl_annotation_free(vl_annotation *a);

/* ------------------------------------------------------------ performance */

/* Merges the full-text index into one segment (FTS5 'optimize'): after a
 * large ingest, queries then read one posting list per term instead of
 * several.  Rewrites the whole index in one transaction; the store must be
 * open read-write with no transaction open. */
int vl_store_optimize(vl_store *store, vl_error *err);

/* --------------------------------------------------------------- entities */

/* Named entities across the stored dispatches (schema migration 3,
 * src/store/entities.c).  Ingest tags each dispatch (PER, LOC, ORG, MISC),
 * merges the mentions of one entity within it (vl_annotate), then links
 * each to an entity of the store: by its normalised name (case, accents
 * and punctuation folded) or one of its aliases'; else by the place-name
 * table built from Debian's iso-codes and GeoNames data (Bélarus /
 * Belarus / Biélorussie); else by a transliteration-variant key for people
 * and places (Loukachenko / Lukashenko); else, for a one-word person's
 * name, by surname (Rutte -> Mark Rutte).  Each of the last three links
 * only when it points to exactly one entity of a compatible type; else a
 * new entity starts.  Counts follow replaced documents.
 *
 * Strings in the structures handed to callbacks are borrowed (valid
 * during the call); those of a vl_entity_info are owned by it. */
typedef struct vl_entity {
    int64_t id;
    const char *name;     /* canonical name: the first full form seen */
    const char *type;     /* "PER", "LOC", "ORG", "MISC" */
    int64_t mentions;     /* mentions (in the period or search, when asked) */
    int64_t docs;         /* dispatches that mention it (likewise) */
    const char *first_seen, *last_seen; /* dispatch dates, YYYY-MM-DD, overall */
} vl_entity;

typedef struct vl_entity_query {
    const char *type;      /* "PER", "LOC", "ORG", "MISC" (any case) or NULL */
    const char *date_from; /* as in vl_search_opts, or NULL: count only dispatches of */
    const char *date_to;   /* [date_from, date_to], inclusive */
    int limit;             /* 0: 20; at most 10000 */
    int offset;
} vl_entity_query;

/* Calls on_entity for the most mentioned entities (then most dispatches,
 * then id), with counts over the period when one is given.  on_entity
 * returns non-zero to stop.  VL_EARG for a bad type or date. */
int vl_entities(vl_store *store, const vl_entity_query *q,
                int (*on_entity)(void *ctx, const vl_entity *e), void *ctx, vl_error *err);

typedef struct vl_entity_alias {
    const char *name; /* a surface form, titles stripped ("Rutte", "Mark Rutte") */
    int64_t count;    /* its mentions */
} vl_entity_alias;

typedef struct vl_entity_month {
    char month[8];    /* YYYY-MM */
    int64_t mentions, docs;
} vl_entity_month;

typedef struct vl_entity_related {
    vl_entity entity; /* with its overall counts */
    int64_t shared;   /* dispatches that mention both */
} vl_entity_related;

typedef struct vl_entity_doc {
    const char *id, *date;
    const char *title; /* the stored title, else the first sentence */
    int64_t mentions;  /* of the entity in this dispatch */
} vl_entity_doc;

typedef struct vl_entity_info {
    vl_entity entity;
    vl_entity_alias *aliases;   /* most frequent first */
    size_t naliases;
    vl_entity_month *months;    /* chronological, months with mentions only */
    size_t nmonths;
    vl_entity_related *related; /* most shared dispatches first */
    size_t nrelated;
    vl_entity_doc *dispatches;  /* newest first (entity.docs in all; page
                                 * through them with vl_search_opts.entity) */
    size_t ndispatches;
} vl_entity_info;

typedef struct vl_entity_find_opts {
    int max_dispatches; /* 0: 20 */
    int max_related;    /* 0: 10 */
} vl_entity_find_opts;

/* Finds the entity called `name` (case and accents ignored): an entity of
 * that canonical name, else one with that alias, else one linked to it by
 * the place-name table or the transliteration key; the most mentioned
 * when several fit.  VL_ENOTFOUND ("no entity named ...") when none does.
 * opts may be NULL.  Free *out with vl_entity_info_free. */
int vl_entity_find(vl_store *store, const char *name, const vl_entity_find_opts *opts,
                   vl_entity_info **out, vl_error *err);
void vl_entity_info_free(vl_entity_info *info);

/* One stored entity mention of a dispatch. */
typedef struct vl_doc_entity {
    int64_t start, end;   /* Unicode code-point offsets into the text */
    const char *text;     /* as written */
    const char *type;     /* the entity's type */
    int64_t entity;       /* vl_entity.id */
    const char *name;     /* the entity's canonical name */
} vl_doc_entity;

/* Calls on_entity for each entity mention of the stored document `id`, in
 * text order.  VL_ENOTFOUND when there is no such document. */
int vl_store_entities(vl_store *store, const char *id,
                      int (*on_entity)(void *ctx, const vl_doc_entity *m), void *ctx,
                      vl_error *err);

/* The entities most mentioned in the documents a search matches (all of
 * them, not a page: opts->limit and offset are ignored), for search
 * facets: entity.mentions and entity.docs count within those documents.
 * `limit` entities at most (0: 10).  Same errors as vl_search. */
int vl_search_entity_facets(vl_store *store, const vl_search_opts *opts, int limit,
                            int (*on_entity)(void *ctx, const vl_entity *e), void *ctx,
                            vl_error *err);
/* ------------------------------------------------------ events, timeline */

/* Events (who did what to whom, where, when) and quantities are extracted
 * by vl_annotate and stored by vl_store_put (docs/veille.1, "events").  An
 * event is taken from one clause of a dispatch: its actor and action
 * always, its target, place and date when that clause gives them.  The
 * action is classified by CAMEO root code ("01" make statement .. "20"
 * mass violence).  Strings are borrowed: valid during the callback only. */
typedef struct vl_stored_event {
    const char *doc_id, *doc_date; /* the dispatch */
    const char *actor;             /* the entity's canonical name, or the words */
    const char *action;            /* the lemma of the verb or noun: libérer, release */
    const char *code;              /* CAMEO root code, two digits: "08" */
    const char *code_name;         /* "yield" */
    const char *target, *place;    /* NULL when the clause gives none */
    const char *date;              /* the resolved time expression of the clause, or NULL */
    const char *begin, *end_date;  /* the period date covers (YYYY-MM-DD), or NULL */
    const char *text;              /* the clause: the evidence */
    int64_t start, end;            /* its code-point offsets into the dispatch text */
} vl_stored_event;

typedef struct vl_event_query {
    const char *actor;     /* actor contains this (case and accents ignored), or NULL */
    const char *code;      /* CAMEO root code "08" (or "8"), or NULL */
    /* The period (YYYY, YYYY-MM, YYYY-MM-DD) the event refers to overlaps
     * [date_from, date_to]; an event without a date of its own is placed
     * at its dispatch date.  NULL leaves a side open. */
    const char *date_from, *date_to;
    int limit;             /* 0: default (50) */
    int offset;
} vl_event_query;

/* Calls on_event for each matching stored event, by the date it refers to
 * (then dispatch date and position); on_event returns non-zero to stop.
 * VL_EARG for a malformed code or date. */
int vl_events(vl_store *store, const vl_event_query *q,
              int (*on_event)(void *ctx, const vl_stored_event *e), void *ctx,
              vl_error *err);

typedef struct vl_timeline_query {
    const char *query;     /* veille query syntax restricting the dispatches, or NULL */
    /* Only items that name this entity: events whose actor or target
     * contains the name or one of the names of the stored entities it
     * designates (vl_entity: canonical name and aliases, so Loukachenko
     * finds Lukashenko), dated facts whose sentence does (case and
     * accents ignored); NULL: all. */
    const char *entity;
    const char *date_from, *date_to; /* as in vl_event_query, on the date referred to */
    int limit;             /* 0: default (100) */
} vl_timeline_query;

/* One line of a timeline: an event with a date, or a dated fact (a time
 * expression with a calendar value, shown with its sentence). */
typedef struct vl_timeline_item {
    const char *kind;              /* "event" or "fact" */
    const char *begin, *end_date;  /* the period referred to (YYYY-MM-DD) */
    const char *value;             /* the TIMEX3 value: 2025-W37, 2025-09-15 */
    const char *doc_id, *doc_date;
    const char *text;              /* the evidence: clause or sentence */
    int64_t start, end;            /* its code-point offsets in the dispatch */
    const vl_stored_event *event;  /* kind "event": the event; else NULL */
} vl_timeline_item;

/* Calls on_item for events and dated facts in the order of the dates they
 * refer to (not the publication dates).  VL_EQUERY for a malformed query,
 * VL_EARG for a malformed date. */
int vl_timeline(vl_store *store, const vl_timeline_query *q,
                int (*on_item)(void *ctx, const vl_timeline_item *item), void *ctx,
                vl_error *err);

/* --------------------------------------------------------- search facets */

/* How the documents a search finds spread over days and languages: counted
 * over every matching document, not only a page of hits (for the facets of
 * the HTTP API).  One aggregate query over the same match and filters as
 * vl_search. */
typedef struct vl_facet_count {
    char value[16]; /* a date YYYY-MM-DD, or a language code */
    int64_t count;
} vl_facet_count;

typedef struct vl_facets {
    int64_t total;         /* matching documents (the sum of the day counts) */
    vl_facet_count *days;  /* publication days, oldest first */
    size_t ndays;
    vl_facet_count *langs; /* languages, most documents first */
    size_t nlangs;
} vl_facets;

/* Fills *out for the search `opts` (limit, offset and snippet options are
 * ignored); the same errors as vl_search.  Release with vl_facets_free. */
int vl_search_facets(vl_store *store, const vl_search_opts *opts, vl_facets *out, vl_error *err);
void vl_facets_free(vl_facets *facets);

/* ----------------------------------------------------------------- server */

/* The HTTP server of `veille serve`: a JSON API over one database
 * (docs/api.md), run by libmicrohttpd's thread pool.  Each worker thread
 * reads through its own read-only connection (WAL: readers never wait for
 * the writer); writes (POST /api/ingest, only with a token) go through one
 * read-write connection under a mutex. */
typedef struct vl_server vl_server;

typedef struct vl_server_opts {
    const char *db_path;     /* required; must exist unless a token is set */
    const char *bind;        /* IPv4 or IPv6 address; NULL: 127.0.0.1 */
    int port;                /* 0: any free port (see vl_server_port) */
    const char *token;       /* bearer token for writes; NULL: writes refused */
    const char *cors_origin; /* Access-Control-Allow-Origin; NULL: no CORS */
    int threads;             /* search threads, and as many network threads; 0: the number of CPUs (2..16) */
    int query_ms;            /* time limit of one search; 0: 2000 ms */
    int cache_mb;            /* answers of GET /api/search kept, in MiB; 0: 64; <0: none */
} vl_server_opts;

/* Opens the database and starts serving in background threads; returns at
 * once.  VL_EIO when the address cannot be bound, VL_ESTORE when the
 * database cannot be opened. */
int vl_server_start(const vl_server_opts *opts, vl_server **out, vl_error *err);
/* The port the server listens on (the one chosen when opts.port was 0). */
int vl_server_port(const vl_server *srv);
/* Stops accepting, lets the requests in progress finish, closes the
 * database connections and frees the server. */
void vl_server_stop(vl_server *srv);

/* ------------------------------------------------------------ quotations */

/* Who said what: the quotations (and indirect speech) of the stored
 * dispatches, with their speakers (src/extract/quote.h finds them at
 * ingest; `veille annotate --json` shows them as "quotes"). */
typedef struct vl_quote_query {
    const char *speaker;   /* the speaker's name or canonical name contains
                            * this (ASCII case ignored); NULL: anyone */
    const char *query;     /* the query language of vl_search, over the words
                            * of the quotation; NULL: every quotation */
    const char *date_from; /* dispatch dates, inclusive, as in vl_search_opts; NULL: open */
    const char *date_to;
    int limit;             /* at most this many (0: 20) */
    int offset;            /* skipped first, for paging */
} vl_quote_query;

/* One quotation.  Strings are borrowed: valid during the callback only. */
typedef struct vl_quote_hit {
    const char *doc_id, *date;  /* the dispatch */
    const char *text;           /* the quotation, marks included */
    const char *speaker;        /* the name the reporting clause resolves to */
    const char *speaker_canonical; /* the entity's canonical name */
    const char *verb;           /* the reporting verb as written; all three NULL when none */
    int direct;                 /* 1: in quotation marks; 0: indirect speech */
    int64_t start, end;         /* code points into the dispatch's text */
    int64_t speaker_start, speaker_end; /* the speaker in the clause; -1 when none */
} vl_quote_hit;

/* Calls on_quote for each quotation that matches q, the most recent
 * dispatches first, in text order within one; on_quote returns non-zero to
 * stop.  VL_EQUERY for a malformed query, VL_EARG for a bad date. */
int vl_quotes(vl_store *store, const vl_quote_query *q,
              int (*on_quote)(void *ctx, const vl_quote_hit *hit), void *ctx, vl_error *err);

/* ------------------------------------------------------------ reannotate */

/* Each stored dispatch records the annotator version that produced its
 * extraction (time expressions, entities, quotations, quantities, events):
 * the extraction rules' version and the identity of each entity model
 * (vl_stats.annotator), or none when it was stored with
 * vl_ingest_opts.no_extract.  vl_reannotate runs the extraction again over
 * the dispatches whose version is not the current one (all of them with
 * `all`), replacing their rows and keeping the cross-document entity
 * tables consistent, in batched transactions: an interrupted run (even
 * kill -9) keeps the batches it committed, and running it again finishes
 * the rest.  The text and its index are not touched. */
typedef struct vl_reannotate_opts {
    int all;           /* every dispatch, not only the stale ones */
    int jobs;          /* as vl_ingest_opts.jobs */
    size_t batch_docs; /* dispatches per transaction; 0: 2000 */
    /* A stored dispatch that cannot be annotated (it no longer validates):
     * err says which; it keeps its old extraction.  May be NULL. */
    void (*on_reject)(void *ctx, const vl_error *err);
    /* Called every few dispatches; non-zero stops after the current batch
     * is committed.  May be NULL. */
    int (*on_progress)(void *ctx, int64_t done, int64_t total);
    void *ctx;
} vl_reannotate_opts;

typedef struct vl_reannotate_summary {
    int64_t total;    /* dispatches to re-extract when the run started */
    int64_t done;     /* re-extracted */
    int64_t skipped;  /* changed or deleted by another writer meanwhile */
    int64_t rejected; /* could not be annotated */
} vl_reannotate_summary;

/* VL_EINTERRUPT when on_progress stopped it (what was committed stays). */
int vl_reannotate(vl_store *store, const vl_reannotate_opts *opts, vl_reannotate_summary *summary,
                  vl_error *err);

/* ------------------------------------------------------------ text tools */

/* Calls on_term for each term that the analyser indexes for `text` in
 * language `lang` (what the search index holds), with byte offsets into
 * text.  For `veille analyze` and tests. */
int vl_text_terms(const char *text, size_t len, vl_lang lang,
                  int (*on_term)(void *ctx, const char *term, size_t term_len,
                                 size_t start, size_t end),
                  void *ctx, vl_error *err);

#ifdef __cplusplus
}
#endif
#endif /* VEILLE_H */
