/*
 * cmd_optimize.c -- `veille optimize`: merges the full-text index after a
 * large ingest (vl_store_optimize), saying how long it took.
 */
#include <stdlib.h>
#include <time.h>

#include "cli/cli.h"

int cmd_optimize(cli_env *env, int argc, char **argv) {
    int k;
    for (int i = 1; i < argc;) {
        if ((k = cli_common(env, argc, argv, &i))) {
            if (k < 0) return EXIT_USAGE;
        } else {
            cli_fail("optimize: unexpected argument '%s'", argv[i]);
            return cli_usage("optimize");
        }
    }
    vl_store *store;
    int status = cli_open_store(env, 0, &store);
    if (status) return status;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    vl_error err;
    vl_error_clear(&err);
    int rc = vl_store_optimize(store, &err);
    vl_store_close(store);
    if (rc) {
        cli_error(&err);
        return cli_exit_for(rc);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    fprintf(stderr, "index optimized in %.2f s\n",
            (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    return EXIT_OK;
}
