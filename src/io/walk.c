/*
 * walk.c -- vl_walk: the files an ingest argument stands for.
 *
 * Directories are walked depth first, entries of each directory in strcmp
 * order of their names (so that an ingest is reproducible whatever the file
 * system returns), names starting with '.' skipped.  Symbolic links are
 * followed, to files and to directories alike (a data folder is often a
 * link), but a directory that is already one of the directories being
 * walked is not entered again: a link loop is reported through on_error and
 * skipped rather than walked forever.  Entries that are neither regular
 * files nor directories (fifos, sockets, devices) below the top are skipped:
 * reading a fifo found in a tree could block the ingest.  A non-zero value
 * returned by fn stops the walk, and vl_walk returns it.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/base.h"
#include "io/reader.h"

#define VL_WALK_MAX_DEPTH 128

typedef struct vl_walker {
    int (*fn)(void *ctx, const char *file);
    void (*on_error)(void *ctx, const vl_error *err);
    void *ctx;
    dev_t dev[VL_WALK_MAX_DEPTH]; /* the directories being walked, outermost first */
    ino_t ino[VL_WALK_MAX_DEPTH];
    int depth;
} vl_walker;

static void vl_walk_report(vl_walker *w, const char *path, const char *what) {
    if (!w->on_error) return;
    vl_error e;
    vl_error_set(&e, VL_EIO, path, 0, "%s", what);
    w->on_error(w->ctx, &e);
}

static int vl_name_cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void vl_free_names(char **names, size_t n) {
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
}

/* Walks directory `path` whose stat is st.  Returns 0 or what stops the
 * walk (fn's value, VL_ENOMEM). */
static int vl_walk_dir(vl_walker *w, const char *path, const struct stat *st) {
    for (int i = 0; i < w->depth; i++)
        if (w->dev[i] == st->st_dev && w->ino[i] == st->st_ino) {
            vl_walk_report(w, path, "symbolic link loop: directory already being walked");
            return 0;
        }
    if (w->depth == VL_WALK_MAX_DEPTH) {
        vl_walk_report(w, path, "directories nested too deeply");
        return 0;
    }
    DIR *d = opendir(path);
    if (!d) {
        vl_walk_report(w, path, strerror(errno));
        return 0;
    }
    /* Read all names first: sorting needs them, and no descriptor stays
     * open across the recursion. */
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (!de) {
            if (errno) vl_walk_report(w, path, strerror(errno));
            break;
        }
        if (de->d_name[0] == '.') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) {
                rc = VL_ENOMEM;
                break;
            }
            names = p;
        }
        if (!(names[n] = strdup(de->d_name))) {
            rc = VL_ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (rc) {
        vl_free_names(names, n);
        return rc;
    }
    if (n > 1) qsort(names, n, sizeof *names, vl_name_cmp);
    w->dev[w->depth] = st->st_dev;
    w->ino[w->depth] = st->st_ino;
    w->depth++;
    vl_buf child;
    vl_buf_init(&child);
    for (size_t i = 0; i < n && !rc; i++) {
        vl_buf_reset(&child);
        size_t plen = strlen(path);
        if (vl_buf_append(&child, path, plen) ||
            (plen && path[plen - 1] != '/' && vl_buf_putc(&child, '/')) ||
            vl_buf_puts(&child, names[i])) {
            rc = VL_ENOMEM;
            break;
        }
        if (child.len >= PATH_MAX) {
            vl_walk_report(w, child.data, strerror(ENAMETOOLONG));
            continue;
        }
        struct stat cst;
        /* stat, not lstat: links are followed; loops are caught above. */
        if (stat(child.data, &cst) != 0) {
            vl_walk_report(w, child.data, strerror(errno));
            continue;
        }
        if (S_ISDIR(cst.st_mode)) rc = vl_walk_dir(w, child.data, &cst);
        else if (S_ISREG(cst.st_mode)) rc = w->fn(w->ctx, child.data);
    }
    w->depth--;
    vl_buf_free(&child);
    vl_free_names(names, n);
    return rc;
}

int vl_walk(const char *path, int (*fn)(void *ctx, const char *file),
            void (*on_error)(void *ctx, const vl_error *err), void *ctx, vl_error *err) {
    if (!path || !fn) return vl_error_set(err, VL_EARG, path, 0, "no path or callback given");
    if (strcmp(path, "-") == 0) return fn(ctx, path);
    struct stat st;
    if (stat(path, &st) != 0) return vl_error_set(err, VL_EIO, path, 0, "%s", strerror(errno));
    /* A named non-directory is taken as it is, even a fifo or a device: the
     * user asked for it (e.g. /dev/stdin, <(zcat ...)). */
    if (!S_ISDIR(st.st_mode)) return fn(ctx, path);
    vl_walker w = {.fn = fn, .on_error = on_error, .ctx = ctx};
    /* The top directory itself must be readable: that is an error of the
     * call, not of an entry below it. */
    DIR *d = opendir(path);
    if (!d) return vl_error_set(err, VL_EIO, path, 0, "%s", strerror(errno));
    closedir(d);
    int rc = vl_walk_dir(&w, path, &st);
    if (rc == VL_ENOMEM) return vl_error_set(err, VL_ENOMEM, path, 0, "out of memory");
    return rc;
}
