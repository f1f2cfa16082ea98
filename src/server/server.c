/*
 * server.c -- vl_server: libmicrohttpd's daemon around the API of api.c.
 *
 * Threads: MHD runs a pool of worker threads (MHD_OPTION_THREAD_POOL_SIZE),
 * each polling its own share of the connections, so at most `threads`
 * requests run at once.  Each request borrows one api_worker (a read-only
 * SQLite connection and an annotator) from a pool of as many workers as
 * threads, so a connection is never used by two threads at once; in WAL
 * mode the readers see every committed write without waiting for the
 * writer.  Writes go through the one read-write store in api_shared, under
 * its mutex.
 *
 * A request's body is gathered here, within its limit: 413 at once when
 * the Content-Length is over it (the body is never read), and at the end
 * of a chunked body that goes over it (the excess is read and dropped,
 * never kept).  A write request's token is checked before its body is
 * read.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "server/api.h"

struct vl_server {
    struct MHD_Daemon *daemon;
    api_shared shared;
    char *cors_origin;
    /* The pool of workers: free ones are stacked in `idle`. */
    api_worker *workers;
    api_worker **idle;
    int nworkers, nidle;
    pthread_mutex_t pool_lock;
    pthread_cond_t pool_cond;
    int port;
};

/* The state of one request across the calls MHD makes for it. */
typedef struct request_state {
    vl_buf body;
    size_t limit;
    int responded; /* a response was queued before the body was read */
    int too_big;   /* the body went over the limit: the rest is dropped */
} request_state;

static api_worker *acquire(vl_server *s) {
    pthread_mutex_lock(&s->pool_lock);
    while (!s->nidle) pthread_cond_wait(&s->pool_cond, &s->pool_lock);
    api_worker *w = s->idle[--s->nidle];
    pthread_mutex_unlock(&s->pool_lock);
    return w;
}

static void release(vl_server *s, api_worker *w) {
    pthread_mutex_lock(&s->pool_lock);
    s->idle[s->nidle++] = w;
    pthread_cond_signal(&s->pool_cond);
    pthread_mutex_unlock(&s->pool_lock);
}

/* Hands resp to MHD (its body is taken over) with the common headers. */
static enum MHD_Result send_response(vl_server *s, struct MHD_Connection *c, api_response *resp) {
    struct MHD_Response *r;
    if (resp->body) {
        r = MHD_create_response_from_buffer(resp->body_len, resp->body, MHD_RESPMEM_MUST_FREE);
        if (r) resp->body = NULL;
    } else {
        r = MHD_create_response_from_buffer(resp->data_len, (void *)resp->data, MHD_RESPMEM_PERSISTENT);
    }
    if (!r) return MHD_NO;
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, resp->content_type);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    if (strncmp(resp->content_type, "application/json", 16) == 0)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    if (resp->allow) MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, resp->allow);
    if (resp->www_authenticate) MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
    if (resp->cache) MHD_add_response_header(r, "X-Cache", resp->cache);
    if (s->cors_origin) {
        MHD_add_response_header(r, MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN, s->cors_origin);
        MHD_add_response_header(r, MHD_HTTP_HEADER_VARY, "Origin");
    }
    enum MHD_Result ret = MHD_queue_response(c, (unsigned)resp->status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result send_error(vl_server *s, struct MHD_Connection *c, int status, const char *msg) {
    api_response resp;
    api_response_init(&resp);
    api_error(&resp, status, "%s", msg);
    enum MHD_Result ret = send_response(s, c, &resp);
    api_response_free(&resp);
    return ret;
}

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
    (void)kind;
    api_request *req = cls;
    if (req->nargs >= API_MAX_ARGS) {
        req->too_many_args = 1;
        return MHD_NO;
    }
    req->args[req->nargs].key = key ? key : "";
    req->args[req->nargs].value = value;
    req->nargs++;
    return MHD_YES;
}

/* The preflight of a cross-origin request, answered only with --cors. */
static enum MHD_Result preflight(vl_server *s, struct MHD_Connection *c) {
    struct MHD_Response *r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!r) return MHD_NO;
    MHD_add_response_header(r, MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN, s->cors_origin);
    MHD_add_response_header(r, "Access-Control-Allow-Methods", "GET, HEAD, POST");
    MHD_add_response_header(r, "Access-Control-Allow-Headers", "Authorization, Content-Type");
    MHD_add_response_header(r, "Access-Control-Max-Age", "600");
    MHD_add_response_header(r, MHD_HTTP_HEADER_VARY, "Origin");
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **con_cls) {
    (void)version;
    vl_server *s = cls;
    request_state *rs = *con_cls;
    if (!rs) {
        /* First call: only the headers are in. */
        rs = calloc(1, sizeof *rs);
        if (!rs) return MHD_NO;
        vl_buf_init(&rs->body);
        rs->limit = api_body_limit(method, url);
        *con_cls = rs;
        if (s->cors_origin && strcmp(method, "OPTIONS") == 0) {
            rs->responded = 1;
            return preflight(s, c);
        }
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl && strtoull(cl, NULL, 10) > rs->limit) {
            rs->responded = 1;
            char msg[128];
            snprintf(msg, sizeof msg, "the request body is %s bytes; the limit here is %zu", cl, rs->limit);
            return send_error(s, c, 413, msg);
        }
        if (strcmp(url, "/api/ingest") == 0 && strcmp(method, "POST") == 0) {
            api_request req = {.method = method, .path = url};
            req.authorization = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
            api_response resp;
            api_response_init(&resp);
            if (api_check_auth(&s->shared, &req, &resp)) {
                rs->responded = 1;
                enum MHD_Result ret = send_response(s, c, &resp);
                api_response_free(&resp);
                return ret;
            }
            api_response_free(&resp);
        }
        return MHD_YES;
    }
    if (*upload_size) {
        size_t n = *upload_size;
        *upload_size = 0;
        if (rs->responded) return MHD_YES; /* the answer is out: drop the rest */
        if (rs->too_big || rs->body.len + n > rs->limit) {
            /* MHD cannot answer in the middle of a body it is reading
             * (chunked, no length known): the rest is read and dropped,
             * nothing more is kept, and the 413 goes out at its end. */
            rs->too_big = 1;
            return MHD_YES;
        }
        if (vl_buf_append(&rs->body, upload, n)) return MHD_NO;
        return MHD_YES;
    }
    if (rs->responded) return MHD_YES;
    if (rs->too_big) {
        rs->responded = 1;
        char msg[128];
        snprintf(msg, sizeof msg, "the request body is over the limit of %zu bytes here", rs->limit);
        return send_error(s, c, 413, msg);
    }
    api_request req;
    memset(&req, 0, sizeof req);
    req.method = method;
    req.path = url;
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, &req);
    req.authorization = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    req.body = rs->body.data;
    req.body_len = rs->body.len;
    api_response resp;
    api_response_init(&resp);
    api_worker *w = acquire(s);
    api_handle(w, &req, &resp);
    release(s, w);
    rs->responded = 1;
    enum MHD_Result ret = send_response(s, c, &resp);
    api_response_free(&resp);
    return ret;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe) {
    (void)cls;
    (void)c;
    (void)toe;
    request_state *rs = *con_cls;
    if (!rs) return;
    vl_buf_free(&rs->body);
    free(rs);
    *con_cls = NULL;
}

int vl_server_port(const vl_server *s) { return s ? s->port : 0; }

void vl_server_stop(vl_server *s) {
    if (!s) return;
    if (s->daemon) MHD_stop_daemon(s->daemon);
    for (int i = 0; i < s->nworkers; i++) api_worker_free(&s->workers[i]);
    free(s->workers);
    free(s->idle);
    vl_store_close(s->shared.writer);
    if (s->shared.token) {
        memset(s->shared.token, 0, strlen(s->shared.token));
        free(s->shared.token);
    }
    free(s->cors_origin);
    pthread_mutex_destroy(&s->shared.write_lock);
    api_cache_free(s->shared.cache);
    pthread_mutex_destroy(&s->pool_lock);
    pthread_cond_destroy(&s->pool_cond);
    free(s);
}

int vl_server_start(const vl_server_opts *o, vl_server **out, vl_error *err) {
    *out = NULL;
    if (!o || !o->db_path || !*o->db_path) return vl_error_set(err, VL_EARG, NULL, 0, "no database given");
    if (o->port < 0 || o->port > 65535)
        return vl_error_set(err, VL_EARG, NULL, 0, "port %d is not between 0 and 65535", o->port);
    if (o->token && strlen(o->token) < 8)
        return vl_error_set(err, VL_EARG, NULL, 0, "the token must be at least 8 characters long");
    if (!o->token && access(o->db_path, F_OK) != 0)
        return vl_error_set(err, VL_EIO, o->db_path, 0,
                            "no such database: ingest dispatches into it first, or start with a token to create it");
    const char *bind = o->bind && *o->bind ? o->bind : "127.0.0.1";
    struct sockaddr_storage addr;
    memset(&addr, 0, sizeof addr);
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD;
    struct sockaddr_in *a4 = (struct sockaddr_in *)&addr;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&addr;
    if (inet_pton(AF_INET, bind, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)o->port);
    } else if (inet_pton(AF_INET6, bind, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)o->port);
        flags |= MHD_USE_IPv6;
    } else {
        return vl_error_set(err, VL_EARG, NULL, 0, "--bind: '%.100s' is not an IPv4 or IPv6 address", bind);
    }

    vl_server *s = calloc(1, sizeof *s);
    if (!s) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    pthread_mutex_init(&s->shared.write_lock, NULL);
    pthread_mutex_init(&s->pool_lock, NULL);
    pthread_cond_init(&s->pool_cond, NULL);
    s->shared.db_path = o->db_path;
    s->shared.query_ms = o->query_ms > 0 ? o->query_ms : 2000;
    /* The result cache: 64 MiB unless told (a negative size: none). */
    if (o->cache_mb >= 0)
        s->shared.cache = api_cache_new((size_t)(o->cache_mb ? o->cache_mb : 64) << 20);
    int rc = VL_OK;
    if ((o->token && !(s->shared.token = strdup(o->token))) ||
        (o->cors_origin && !(s->cors_origin = strdup(o->cors_origin)))) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    /* With a token, the writer opens first: it creates and migrates the
     * database and puts it in WAL mode, which the readers need. */
    if (o->token && (rc = vl_store_open(o->db_path, 0, &s->shared.writer, err))) goto fail;
    int threads = o->threads;
    if (threads <= 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        threads = cpus < 2 ? 2 : cpus > 16 ? 16 : (int)cpus;
    }
    if (threads > 256) threads = 256;
    s->workers = calloc((size_t)threads, sizeof *s->workers);
    s->idle = calloc((size_t)threads, sizeof *s->idle);
    if (!s->workers || !s->idle) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    for (int i = 0; i < threads; i++) {
        if ((rc = api_worker_init(&s->workers[i], &s->shared, err))) goto fail;
        s->nworkers++;
        s->idle[s->nidle++] = &s->workers[i];
    }
    s->daemon = MHD_start_daemon(flags, (uint16_t)o->port, NULL, NULL, on_request, s,
                                 MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
                                 MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
                                 MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
                                 MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
                                 MHD_OPTION_CONNECTION_LIMIT, (unsigned)1024,
                                 MHD_OPTION_END);
    if (!s->daemon) {
        rc = vl_error_set(err, VL_EIO, NULL, 0, "cannot listen on %s port %d (in use, or not an address of this machine)",
                          bind, o->port);
        goto fail;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : o->port;
    *out = s;
    return VL_OK;
fail:
    vl_server_stop(s);
    return rc;
}
