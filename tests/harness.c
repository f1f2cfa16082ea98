/*
 * harness.c -- see harness.h.  Plain POSIX: fork/exec with pipes, polled
 * so that a chatty child can never dead-lock the test.
 */
#include "harness.h"

#include "extract/timex.h"
#include "veille.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static const char *env_or(const char *name, const char *fallback) {
    const char *v = getenv(name);
    return v && *v ? v : fallback;
}

const char *th_veille_bin(void) { return env_or("VEILLE_BIN", "bin/veille"); }
const char *th_veille_ext(void) { return env_or("VEILLE_EXT", "lib/veille_fts.so"); }
const char *th_src_dir(void) { return env_or("VEILLE_SRC", "."); }

char *th_tmpdir(void) {
    char tmpl[] = "/tmp/veille-test-XXXXXX";
    char *d = mkdtemp(tmpl);
    if (!d) { perror("mkdtemp"); abort(); }
    return strdup(d);
}

void th_tmpdir_cleanup(char *dir) {
    if (!dir) return;
    if (strncmp(dir, "/tmp/veille-test-", 17) == 0) {
        char *argv[] = {"rm", "-rf", dir, NULL};
        th_run r = th_exec(argv, NULL, 0, NULL, 30);
        th_run_free(&r);
    }
    free(dir);
}

char *th_path(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (!p) abort();
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static void mkdirs_for(char *path) {
    for (char *s = path + 1; *s; s++) {
        if (*s == '/') {
            *s = 0;
            mkdir(path, 0755);
            *s = '/';
        }
    }
}

char *th_write_file(const char *dir, const char *name, const void *data, size_t len) {
    char *p = th_path(dir, name);
    mkdirs_for(p);
    if (len == (size_t)-1) len = strlen(data);
    FILE *f = fopen(p, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        perror(p);
        abort();
    }
    return p;
}

static void append(char **buf, size_t *len, size_t *cap, const char *p, size_t n) {
    if (*len + n + 1 > *cap) {
        size_t c = *cap ? *cap : 4096;
        while (c < *len + n + 1) c *= 2;
        char *q = realloc(*buf, c);
        if (!q) abort();
        *buf = q;
        *cap = c;
    }
    memcpy(*buf + *len, p, n);
    *len += n;
    (*buf)[*len] = 0;
}

th_run th_exec(char *const argv[], const char *input, size_t input_len,
               char *const env_extra[], int timeout_s) {
    th_run r = {0};
    int in[2], out[2], err[2];
    if (pipe(in) || pipe(out) || pipe(err)) abort();
    pid_t pid = fork();
    if (pid < 0) abort();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(in[0]); close(in[1]); close(out[0]); close(out[1]); close(err[0]); close(err[1]);
        if (env_extra)
            for (int i = 0; env_extra[i]; i++) putenv(env_extra[i]);
        execvp(argv[0], argv);
        fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    close(in[0]); close(out[1]); close(err[1]);
    signal(SIGPIPE, SIG_IGN);
    size_t in_off = 0;
    if (!input) input_len = 0;
    if (input_len == 0) { close(in[1]); in[1] = -1; }
    else fcntl(in[1], F_SETFL, O_NONBLOCK);
    size_t out_cap = 0, err_cap = 0;
    append(&r.out, &r.out_len, &out_cap, "", 0);
    append(&r.err, &r.err_len, &err_cap, "", 0);
    time_t deadline = time(NULL) + timeout_s;
    int open_fds = 2;
    char chunk[65536];
    while (open_fds > 0) {
        struct pollfd p[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {in[1], POLLOUT, 0}};
        int np = in[1] >= 0 ? 3 : 2;
        int left = (int)(deadline - time(NULL));
        if (left <= 0) { kill(pid, SIGKILL); break; }
        int k = poll(p, (nfds_t)np, 1000);
        if (k < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; i++) {
            if (p[i].fd >= 0 && (p[i].revents & (POLLIN | POLLHUP))) {
                ssize_t n = read(p[i].fd, chunk, sizeof chunk);
                if (n <= 0) { close(p[i].fd); if (i == 0) out[0] = -1; else err[0] = -1; open_fds--; }
                else if (i == 0) append(&r.out, &r.out_len, &out_cap, chunk, (size_t)n);
                else append(&r.err, &r.err_len, &err_cap, chunk, (size_t)n);
            }
        }
        if (np == 3 && (p[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t n = write(in[1], input + in_off, input_len - in_off);
            if (n > 0) in_off += (size_t)n;
            if (n < 0 && errno != EAGAIN) in_off = input_len;
            if (in_off >= input_len) { close(in[1]); in[1] = -1; }
        }
    }
    if (in[1] >= 0) close(in[1]);
    if (out[0] >= 0) close(out[0]);
    if (err[0] >= 0) close(err[0]);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return r;
}

th_run th_veille(const char *input, const char *arg, ...) {
    char *argv[64];
    int n = 0;
    argv[n++] = (char *)th_veille_bin();
    va_list ap;
    va_start(ap, arg);
    for (const char *a = arg; a && n < 63; a = va_arg(ap, const char *)) argv[n++] = (char *)a;
    va_end(ap);
    argv[n] = NULL;
    return th_exec(argv, input, input ? strlen(input) : 0, NULL, 120);
}

void th_run_free(th_run *r) {
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

int th_count(const char *h, const char *needle) {
    int n = 0;
    size_t k = strlen(needle);
    if (!k) return 0;
    for (const char *p = strstr(h, needle); p; p = strstr(p + k, needle)) n++;
    return n;
}

int th_timex_describe(struct vl_timex_tagger *tagger, const char *date, int lang, const char *text, char *out,
                      size_t cap) {
    const vl_timex *tx;
    size_t n, len = 0;
    out[0] = 0;
    int rc = vl_timex_tag(tagger, text, strlen(text), (vl_lang)lang, date, &tx, &n);
    for (size_t i = 0; rc == VL_OK && i < n && len < cap; i++)
        len += (size_t)snprintf(out + len, cap - len, "%s%.*s=%s:%s%s%s", i ? " | " : "",
                                (int)(tx[i].end - tx[i].start), text + tx[i].start, vl_timex_type_name(tx[i].type),
                                tx[i].value, tx[i].mod[0] ? "/" : "", tx[i].mod);
    return rc;
}

th_store_fx *th_store_fx_open(const char *name) {
    th_store_fx *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->dir = th_tmpdir();
    f->db = th_path(f->dir, name);
    vl_error err;
    vl_error_clear(&err);
    if (vl_store_open(f->db, 0, &f->store, &err) != VL_OK) {
        fprintf(stderr, "cannot open %s: %s\n", f->db, err.message);
        th_tmpdir_cleanup(f->dir);
        free(f->db);
        free(f);
        return NULL;
    }
    return f;
}

int th_store_put(vl_store *s, const char *id, const char *date, const char *lang, const char *title,
                 const char *text) {
    vl_doc d = {.id = id, .date = date, .lang = lang, .title = title, .text = text, .text_len = strlen(text)};
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_store_put(s, &d, NULL, &err);
    if (rc) fprintf(stderr, "put %s: %s\n", id, err.message);
    return rc;
}

void th_store_fx_close(th_store_fx *f) {
    if (!f) return;
    vl_store_close(f->store);
    th_tmpdir_cleanup(f->dir);
    free(f->db);
    free(f);
}
