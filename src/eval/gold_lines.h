/*
 * gold_lines.h -- the line reader of veille's own gold files (the events
 * gold, events_gold.c; the French quotations gold, quotes.c): one
 * directive per line, blank lines and lines starting with '#' skipped,
 * line numbers kept for the messages.
 */
#ifndef VL_EVAL_GOLD_LINES_H
#define VL_EVAL_GOLD_LINES_H

#include <stdio.h>
#include <string.h>

#include "base/base.h"

/* The next line of f with its end of line cut, into line (cap bytes): 1,
 * or 0 at the end of the file, or -1 with err set (a line too long to
 * hold, named by path and its number *ln). */
static inline int vl_gold_line(FILE *f, char *line, size_t cap, long *ln, const char *path, vl_error *err) {
    while (fgets(line, (int)cap, f)) {
        ++*ln;
        size_t n = strlen(line);
        if (n == cap - 1 && line[n - 1] != '\n') {
            vl_error_set(err, VL_EFORMAT, path, *ln, "line too long");
            return -1;
        }
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (n && line[0] != '#') return 1;
    }
    return 0;
}

#endif
