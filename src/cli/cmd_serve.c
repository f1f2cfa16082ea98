/*
 * cmd_serve.c -- `veille serve`: starts the HTTP server of libveille
 * (vl_server, docs/api.md), says where it listens, and stops it cleanly on
 * SIGINT or SIGTERM.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

int cmd_serve(cli_env *env, int argc, char **argv) {
    const char *bind = "127.0.0.1", *port_s = "8080", *token = getenv("VEILLE_TOKEN"), *cors = NULL;
    const char *threads_s = NULL, *time_s = NULL, *cache_s = NULL;
    int k;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i)) || (k = cli_value(argc, argv, &i, "--bind", &bind)) ||
            (k = cli_value(argc, argv, &i, "--port", &port_s)) || (k = cli_value(argc, argv, &i, "--token", &token)) ||
            (k = cli_value(argc, argv, &i, "--cors", &cors)) ||
            (k = cli_value(argc, argv, &i, "--threads", &threads_s)) ||
            (k = cli_value(argc, argv, &i, "--time-limit", &time_s)) ||
            (k = cli_value(argc, argv, &i, "--cache-mb", &cache_s))) {
            if (k < 0) return cli_usage("serve");
        } else {
            cli_fail("serve: unexpected argument '%s'", argv[i]);
            return cli_usage("serve");
        }
    }
    vl_server_opts o = {.db_path = env->db_path, .bind = bind, .cors_origin = cors};
    if (token && *token) o.token = token;
    if (cli_int("--port", port_s, 65535, &o.port) || (threads_s && cli_int("--threads", threads_s, 256, &o.threads)) ||
        (time_s && cli_int("--time-limit", time_s, 600000, &o.query_ms)) ||
        (cache_s && cli_int("--cache-mb", cache_s, 65536, &o.cache_mb)))
        return cli_usage("serve");
    if (cache_s && o.cache_mb == 0) o.cache_mb = -1; /* --cache-mb 0: no cache */
    /* The signals are blocked before the server's threads start, so that
     * they inherit the mask and only sigwait below receives them. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    vl_server *srv;
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_server_start(&o, &srv, &err);
    if (rc) {
        cli_error(&err);
        return cli_exit_for(rc);
    }
    const char *host = strchr(bind, ':') ? "[" : "";
    printf("veille: serving %s on http://%s%s%s:%d/ (%s; Ctrl-C stops)\n", env->db_path, host, bind,
           *host ? "]" : "", vl_server_port(srv), o.token ? "ingest with the token" : "read-only");
    fflush(stdout);
    int sig = 0;
    sigwait(&stop, &sig);
    vl_server_stop(srv);
    fprintf(stderr, "veille: stopped by %s\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    return EXIT_OK;
}
