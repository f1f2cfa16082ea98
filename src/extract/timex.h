/*
 * timex.h -- time expressions (TimeML TIMEX3) in French and English text,
 * resolved against a reference date (the dispatch date).
 *
 * The tagger has three parts, each in its own file:
 *   timex_rules.c    the rule base, as data: per-language lexicons (month and
 *                    weekday names, number words, units, parts of day,
 *                    seasons, modifiers, tense markers) and the patterns
 *                    (sequences of word classes and literal words) with the
 *                    kind of resolution each one asks for;
 *   timex.c          the engine: a tokenizer that never allocates per token,
 *                    the look-alike filter (Zapad-2025, F-16, 2-1, 2,6 %),
 *                    and the matcher (longest match, modifier prefixes);
 *   timex_resolve.c  calendar arithmetic and the resolution of a match into
 *                    a TIMEX3 type, value and mod, with the tense rule for
 *                    weekdays and underspecified dates (docs/timex.md).
 *
 * A vl_timex_tagger holds the compiled tables and scratch arrays; it is
 * reused across texts and used by one thread at a time.
 */
#ifndef VL_EXTRACT_TIMEX_H
#define VL_EXTRACT_TIMEX_H

#include <stddef.h>

#include "veille.h"

typedef enum vl_timex_type {
    VL_TIMEX_DATE = 0,
    VL_TIMEX_TIME = 1,
    VL_TIMEX_DURATION = 2,
    VL_TIMEX_SET = 3
} vl_timex_type;

typedef struct vl_timex {
    size_t start, end;       /* byte offsets into the text */
    size_t cp_start, cp_end; /* Unicode code-point offsets */
    vl_timex_type type;
    char value[40];          /* TIMEX3 value: 2025-09-12, 2025-W37, P3D, PAST_REF... */
    char mod[16];            /* START, MID, END, APPROX...; "" when none */
} vl_timex;

typedef struct vl_timex_tagger vl_timex_tagger;

/* Compiles the rule tables.  VL_ENOMEM, or VL_EARG when a table is
 * malformed (a programming error caught by the tests). */
int vl_timex_tagger_new(vl_timex_tagger **out, vl_error *err);
void vl_timex_tagger_free(vl_timex_tagger *t);

/* Finds the time expressions of text (UTF-8) in language lang (VL_LANG_UND:
 * the French and English rules both apply) and resolves them against
 * ref_date (YYYY-MM-DD).  *out points into the tagger and stays valid until
 * the next call.  Returns VL_OK, VL_EARG (bad ref_date) or VL_ENOMEM. */
int vl_timex_tag(vl_timex_tagger *t, const char *text, size_t len, vl_lang lang,
                 const char *ref_date, const vl_timex **out, size_t *n);

/* "DATE", "TIME", "DURATION", "SET". */
const char *vl_timex_type_name(vl_timex_type type);

/* The calendar period a DATE or TIME value covers, as inclusive dates
 * (YYYY-MM-DD): 2025-09 -> 2025-09-01..2025-09-30, 2025-W37 ->
 * 2025-09-08..2025-09-14, 199 (or 199X) -> 1990-01-01..1999-12-31.  Returns 0 when the
 * value names no period (durations, sets, PAST_REF, XXXX-...). */
int vl_timex_period(const char *value, char begin[11], char end[11]);

/* A bound of a date filter (search, entities, quotations, events): a
 * value vl_timex_period understands of at least a year (YYYY-MM-DD,
 * YYYY-MM, YYYY, an ISO week YYYY-Www...), taken from the first day of its
 * period (`upper` 0) or up to its last (`upper` 1), so that `--from
 * 2025-10 --to 2025-10` is October.  NULL or "" leaves out[0] = 0 (an open
 * side).  VL_EARG, with `what` (the parameter's name) in the message, for
 * anything else. */
int vl_timex_filter_bound(const char *value, int upper, char out[11], const char *what, vl_error *err);

#endif
