/*
 * web_assets.h -- the seam between the server and the web page: the files
 * of web/ (index.html, app.js, app.css, the bundled libraries) embedded in
 * the program as a table generated at build time (build/gen/web_assets.c, by tools/embed_assets).
 * The server serves exactly what vl_web_asset_find returns and nothing from
 * the file system, so no path can reach outside the table.
 */
#ifndef VL_SERVER_WEB_ASSETS_H
#define VL_SERVER_WEB_ASSETS_H

#include <stddef.h>

typedef struct vl_web_asset {
    const char *path;         /* the URL path: "/", "/static/app.js", ... */
    const char *content_type; /* "text/html; charset=utf-8", ... */
    const unsigned char *data;
    size_t size;
} vl_web_asset;

/* The embedded file served at URL path `path`, or NULL. */
const vl_web_asset *vl_web_asset_find(const char *path);

#endif
