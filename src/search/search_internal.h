/*
 * search_internal.h -- what vl_search (search.c) shares with the facet
 * counts (facets.c): the validation of the search options and the SQL of
 * their filters, so that facets count exactly the documents a search finds.
 */
#ifndef VL_SEARCH_INTERNAL_H
#define VL_SEARCH_INTERNAL_H

#include <sqlite3.h>

#include "base/base.h"
#include "veille.h"

/* The mention period, as inclusive ISO dates; open sides get dates before
 * and after any a text can name, so the SQL needs no special case. */
typedef struct mention_range {
    int on;
    char from[11], to[11];
} mention_range;

/* Checks the options (dates, language, mention period) and says whether
 * there is a query; VL_EARG with a message when they are wrong or when
 * neither a query nor a filter (dates, language, mentions, entity) is
 * given.  *lang is -1 without --lang. */
int vl_search_prepare(const vl_search_opts *o, int *has_query, int *lang, mention_range *m, vl_error *err);

/* Appends " AND ..." conditions on `docs d` for the filters, and binds their
 * parameters (?1 the FTS5 expression when fts is non-NULL; ?2-?4 and
 * ?10-?11 the filters).  `ents`: the ids of the entities of opts->entity
 * (vl_entity_filter_ids), or NULL. */
void vl_search_append_filters(vl_buf *sql, const vl_search_opts *o, int lang, const mention_range *m,
                              const char *ents);
void vl_search_bind_filters(sqlite3_stmt *st, const vl_buf *fts, const vl_search_opts *o, int lang,
                            const mention_range *m);

#endif
