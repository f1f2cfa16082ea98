/*
 * web_assets.h -- the web page's files, embedded in the program.
 *
 * The table behind vl_web_asset_find is not written by hand: the build
 * generates it (tools/embed_assets.c, from the files listed in
 * web/assets.list) into build/gen/web_assets.c. The server answers GET /
 * and GET /static/... from this table only, so nothing outside it can be
 * served, whatever the path asks for.
 */
#ifndef VL_WEB_ASSETS_H
#define VL_WEB_ASSETS_H

#include <stddef.h>

typedef struct vl_web_asset {
    const char *path;           /* URL path: "/" or "/static/..." */
    const char *content_type;   /* with "; charset=utf-8" for text */
    const unsigned char *data;  /* the file's bytes, as they are on disk */
    size_t size;
} vl_web_asset;

/* The asset served at an URL path (no query string: the caller cuts it
 * off), or NULL. "/" is the page itself (web/index.html). */
const vl_web_asset *vl_web_asset_find(const char *path);

#endif
