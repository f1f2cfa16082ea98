/*
 * harness.h -- helpers shared by the test programs: temporary directories,
 * writing fixture files, and running bin/veille as a child process with its
 * output captured (integration tests drive the real program, not the
 * library).  Tests use cmocka; include <cmocka.h> after this header.
 */
#ifndef VL_TEST_HARNESS_H
#define VL_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* The result of running a program. */
typedef struct th_run {
    int status;   /* exit status, or 128+signal when killed by a signal */
    char *out;    /* captured stdout (NUL-terminated, malloc'd) */
    char *err;    /* captured stderr */
    size_t out_len, err_len;
} th_run;

/* Path of the veille program under test ($VEILLE_BIN, else bin/veille). */
const char *th_veille_bin(void);
/* Path of the SQLite extension ($VEILLE_EXT, else lib/veille_fts.so). */
const char *th_veille_ext(void);
/* The source tree ($VEILLE_SRC, else "."). */
const char *th_src_dir(void);

/* A fresh temporary directory (removed by th_tmpdir_cleanup). */
char *th_tmpdir(void);
void th_tmpdir_cleanup(char *dir);
/* Writes len bytes (len == (size_t)-1: strlen) to dir/name, creating parent
 * directories; returns the full path (malloc'd). */
char *th_write_file(const char *dir, const char *name, const void *data, size_t len);
/* dir/name, malloc'd. */
char *th_path(const char *dir, const char *name);

/* Runs argv (argv[0] is the program path; NULL-terminated) with `input` on
 * standard input (NULL: /dev/null) and extra environment entries
 * ("KEY=VALUE", NULL-terminated, may be NULL).  Kills the child after
 * timeout_s seconds. */
th_run th_exec(char *const argv[], const char *input, size_t input_len,
               char *const env_extra[], int timeout_s);
/* Runs the veille program with a printf-built list of space-separated
 * arguments... no: arguments are given one by one, NULL-terminated. */
th_run th_veille(const char *input, const char *arg, ...);
void th_run_free(th_run *r);

/* Counts occurrences of needle in haystack. */
int th_count(const char *haystack, const char *needle);

/* Tags `text` (language `lang`, a vl_lang) against the reference `date`
 * with a time-expression tagger and writes "words=TYPE:value[/mod]" for
 * each expression, joined with " | ", into out (cap bytes): the form the
 * timex unit tests compare.  Returns the tagger's status. */
struct vl_timex_tagger;
int th_timex_describe(struct vl_timex_tagger *tagger, const char *date, int lang, const char *text, char *out,
                      size_t cap);

/* A store opened read-write on a new database `name` in a new temporary
 * folder: the fixture of the store-level unit tests.  NULL (the reason
 * on stderr) when it cannot be made; th_store_fx_close closes the store
 * and removes the folder. */
struct vl_store;
typedef struct th_store_fx {
    char *dir, *db;
    struct vl_store *store;
} th_store_fx;
th_store_fx *th_store_fx_open(const char *name);
void th_store_fx_close(th_store_fx *f);
/* Stores one dispatch (title may be NULL); 0, else the status with the
 * reason on stderr. */
int th_store_put(struct vl_store *s, const char *id, const char *date, const char *lang, const char *title,
                 const char *text);

#endif
