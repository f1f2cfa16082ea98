/*
 * server.c -- vl_server: libmicrohttpd's daemon around the API of api.c.
 *
 * Threads, in two kinds, so that a quick answer never waits behind a slow
 * one:
 *   - MHD's pool of network threads (MHD_OPTION_THREAD_POOL_SIZE), each
 *     polling its own share of the connections.  They answer at once what
 *     needs no work on the database (api_handle_front: the web files,
 *     refusals, searches whose answer is in the cache), each with a
 *     "front" api_worker of its own (a read-only connection, for the
 *     cache's check for changes, without the search arrays).
 *   - A pool of search threads, each with its api_worker (a read-only
 *     SQLite connection with the search arrays, and an annotator).  Every
 *     other request is handed to them: its connection is suspended
 *     (MHD_suspend_connection), the request queued; a search thread
 *     answers it, stores the response and resumes the connection, and MHD
 *     then calls on_request again to send it.
 * When one network thread ran the searches itself (as before), a search
 * of a frequent word (several milliseconds) held up every other
 * connection polled by that thread, cache hits included: under a load of
 * mostly cached answers, the 99th percentile was that of the searches.
 *
 * In WAL mode the readers see every committed write without waiting for
 * the writer.  Writes go through the one read-write store in api_shared,
 * under its mutex.
 *
 * A request's body is gathered here, within its limit: 413 at once when
 * the Content-Length is over it (the body is never read), and at the end
 * of a chunked body that goes over it (the excess is read and dropped,
 * never kept).  A write request's token is checked before its body is
 * read.
 *
 * Stopping: the daemon stops accepting (MHD_quiesce_daemon), the search
 * threads answer what is queued, resume those connections and end, and
 * only then is the daemon stopped (MHD requires that no connection be
 * suspended then).
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

/* The state of one request across the calls MHD makes for it. */
typedef struct request_state {
    vl_buf body;
    size_t limit;
    int responded; /* a response was queued before the body was read */
    int too_big;   /* the body went over the limit: the rest is dropped */
    /* While a search thread works on it: */
    struct MHD_Connection *conn;
    api_request req;  /* its strings are MHD's, valid until the request ends */
    api_response resp;
    int answered;     /* resp holds the answer: send it */
    struct request_state *next; /* in the queue */
} request_state;

/* A stack of idle front workers (one per network thread). */
typedef struct front_pool {
    api_worker *workers;
    api_worker **idle;
    int n, nidle;
    pthread_mutex_t lock;
    pthread_cond_t cond;
} front_pool;

struct vl_server {
    struct MHD_Daemon *daemon;
    api_shared shared;
    char *cors_origin;
    front_pool front;
    /* The search threads, their workers, and the queue they take from. */
    struct search_slot *slots;
    int nworkers, nthreads;
    request_state *queue_head, *queue_tail;
    int stopping;
    pthread_mutex_t queue_lock;
    pthread_cond_t queue_cond;
    int port;
};

static api_worker *front_acquire(front_pool *p) {
    pthread_mutex_lock(&p->lock);
    while (!p->nidle) pthread_cond_wait(&p->cond, &p->lock);
    api_worker *w = p->idle[--p->nidle];
    pthread_mutex_unlock(&p->lock);
    return w;
}

static void front_release(front_pool *p, api_worker *w) {
    pthread_mutex_lock(&p->lock);
    p->idle[p->nidle++] = w;
    pthread_cond_signal(&p->cond);
    pthread_mutex_unlock(&p->lock);
}

/* One search thread and what it works with. */
typedef struct search_slot {
    vl_server *server;
    api_worker worker;
    pthread_t thread;
} search_slot;

/* A search thread: answers queued requests until the server stops and
 * the queue is empty. */
static void *search_thread(void *arg) {
    search_slot *slot = arg;
    vl_server *s = slot->server;
    api_worker *w = &slot->worker;
    for (;;) {
        pthread_mutex_lock(&s->queue_lock);
        while (!s->queue_head && !s->stopping) pthread_cond_wait(&s->queue_cond, &s->queue_lock);
        request_state *rs = s->queue_head;
        if (!rs) {
            pthread_mutex_unlock(&s->queue_lock);
            return NULL;
        }
        s->queue_head = rs->next;
        if (!s->queue_head) s->queue_tail = NULL;
        pthread_mutex_unlock(&s->queue_lock);
        api_handle(w, &rs->req, &rs->resp);
        rs->answered = 1;
        /* MHD's thread of this connection takes over from here: rs is not
         * touched again on this thread. */
        MHD_resume_connection(rs->conn);
    }
}

/* Hands rs to the search threads, its connection suspended meanwhile;
 * -1 when the server is stopping (the search threads may be gone: a
 * connection suspended then would never be resumed). */
static int enqueue(vl_server *s, struct MHD_Connection *c, request_state *rs) {
    rs->conn = c;
    rs->next = NULL;
    pthread_mutex_lock(&s->queue_lock);
    if (s->stopping) {
        pthread_mutex_unlock(&s->queue_lock);
        return -1;
    }
    MHD_suspend_connection(c);
    if (s->queue_tail) s->queue_tail->next = rs;
    else s->queue_head = rs;
    s->queue_tail = rs;
    pthread_cond_signal(&s->queue_cond);
    pthread_mutex_unlock(&s->queue_lock);
    return 0;
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
    if (rs->answered) {
        /* Resumed: a search thread answered. */
        rs->responded = 1;
        return send_response(s, c, &rs->resp);
    }
    if (rs->too_big) {
        rs->responded = 1;
        char msg[128];
        snprintf(msg, sizeof msg, "the request body is over the limit of %zu bytes here", rs->limit);
        return send_error(s, c, 413, msg);
    }
    api_request *req = &rs->req;
    memset(req, 0, sizeof *req);
    req->method = method;
    req->path = url;
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, req);
    req->authorization = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    req->body = rs->body.data;
    req->body_len = rs->body.len;
    api_response_init(&rs->resp);
    api_worker *w = front_acquire(&s->front);
    int answered = api_handle_front(w, req, &rs->resp);
    front_release(&s->front, w);
    if (!answered) {
        api_response_free(&rs->resp);
        api_response_init(&rs->resp);
        if (enqueue(s, c, rs) == 0) return MHD_YES;
        rs->responded = 1;
        return send_error(s, c, 503, "the server is stopping");
    }
    rs->responded = 1;
    return send_response(s, c, &rs->resp);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe) {
    (void)cls;
    (void)c;
    (void)toe;
    request_state *rs = *con_cls;
    if (!rs) return;
    vl_buf_free(&rs->body);
    api_response_free(&rs->resp);
    free(rs);
    *con_cls = NULL;
}

int vl_server_port(const vl_server *s) { return s ? s->port : 0; }

void vl_server_stop(vl_server *s) {
    if (!s) return;
    MHD_socket listening = s->daemon ? MHD_quiesce_daemon(s->daemon) : MHD_INVALID_SOCKET;
    pthread_mutex_lock(&s->queue_lock);
    s->stopping = 1;
    pthread_cond_broadcast(&s->queue_cond);
    pthread_mutex_unlock(&s->queue_lock);
    for (int i = 0; i < s->nthreads; i++) pthread_join(s->slots[i].thread, NULL);
    if (s->daemon) MHD_stop_daemon(s->daemon);
    if (listening != MHD_INVALID_SOCKET) close(listening);
    for (int i = 0; i < s->nworkers; i++) api_worker_free(&s->slots[i].worker);
    for (int i = 0; i < s->front.n; i++) api_worker_free(&s->front.workers[i]);
    free(s->slots);
    free(s->front.workers);
    free(s->front.idle);
    vl_store_close(s->shared.writer);
    if (s->shared.token) {
        memset(s->shared.token, 0, strlen(s->shared.token));
        free(s->shared.token);
    }
    free(s->cors_origin);
    pthread_mutex_destroy(&s->shared.write_lock);
    api_cache_free(s->shared.cache);
    pthread_mutex_destroy(&s->front.lock);
    pthread_cond_destroy(&s->front.cond);
    pthread_mutex_destroy(&s->queue_lock);
    pthread_cond_destroy(&s->queue_cond);
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
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME;
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
    pthread_mutex_init(&s->front.lock, NULL);
    pthread_cond_init(&s->front.cond, NULL);
    pthread_mutex_init(&s->queue_lock, NULL);
    pthread_cond_init(&s->queue_cond, NULL);
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
    s->slots = calloc((size_t)threads, sizeof *s->slots);
    s->front.workers = calloc((size_t)threads, sizeof *s->front.workers);
    s->front.idle = calloc((size_t)threads, sizeof *s->front.idle);
    if (!s->slots || !s->front.workers || !s->front.idle) {
        rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    for (int i = 0; i < threads; i++) {
        if ((rc = api_worker_init_front(&s->front.workers[i], &s->shared, err))) goto fail;
        s->front.n++;
        s->front.idle[s->front.nidle++] = &s->front.workers[i];
    }
    for (int i = 0; i < threads; i++) {
        if ((rc = api_worker_init(&s->slots[i].worker, &s->shared, err))) goto fail;
        s->nworkers++;
        s->slots[i].server = s;
    }
    for (int i = 0; i < threads; i++) {
        if (pthread_create(&s->slots[i].thread, NULL, search_thread, &s->slots[i])) {
            rc = vl_error_set(err, VL_EIO, NULL, 0, "cannot start a search thread");
            goto fail;
        }
        s->nthreads++;
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
