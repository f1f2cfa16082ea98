/*
 * links.c -- the place-name link table (keys.h, vl_entity_links): the
 * names generated at build time from iso-codes and libgeonames-common
 * (scripts/entity-links.py), normalised here with vl_entity_key so that
 * the table and the mentions can never disagree about a key, sorted, and
 * searched by bisection.
 *
 * Built on demand by the store (the first time it links or looks up an
 * entity): about 3,000 names, a millisecond or two.  Two names that
 * normalise to one key in different groups make that key ambiguous: it is
 * dropped, as the generator drops names in two groups.
 */
#include <stdlib.h>
#include <string.h>

#include "ner/keys.h"
#include "ner/links_data.h"

typedef struct link {
    char *key;
    const char *group; /* into group_text */
} link;

struct vl_entity_links {
    link *links;
    size_t n;
    char *group_text; /* "GROUP\0" for each row, in data order */
};

static int cmp_link(const void *a, const void *b) {
    const link *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : strcmp(x->group, y->group);
}

void vl_entity_links_free(vl_entity_links *l) {
    if (!l) return;
    for (size_t i = 0; i < l->n; i++) free(l->links[i].key);
    free(l->links);
    free(l->group_text);
    free(l);
}

int vl_entity_links_new(vl_entity_links **out) {
    *out = NULL;
    size_t count = (size_t)vl_entity_link_count;
    vl_entity_links *l = calloc(1, sizeof *l);
    if (!l) return VL_ENOMEM;
    l->links = calloc(count ? count : 1, sizeof *l->links);
    l->group_text = malloc(count * 16 + 1);
    vl_buf key;
    vl_buf_init(&key);
    int rc = l->links && l->group_text ? VL_OK : VL_ENOMEM;
    size_t gpos = 0;
    for (size_t i = 0; i < count && !rc; i++) {
        const char *row = vl_entity_link_data[i], *tab = strchr(row, '\t');
        if (!tab || tab - row >= 15) continue;
        if ((rc = vl_entity_key(tab + 1, strlen(tab + 1), &key))) break;
        if (!key.len) continue;
        char *g = l->group_text + gpos;
        memcpy(g, row, (size_t)(tab - row));
        g[tab - row] = 0;
        gpos += (size_t)(tab - row) + 1;
        l->links[l->n].key = strdup(key.data);
        l->links[l->n].group = g;
        if (!l->links[l->n].key) rc = VL_ENOMEM;
        else l->n++;
    }
    vl_buf_free(&key);
    if (rc) {
        vl_entity_links_free(l);
        return rc;
    }
    qsort(l->links, l->n, sizeof *l->links, cmp_link);
    /* One row per key: duplicates within a group collapse, a key in two
     * groups is dropped. */
    size_t w = 0;
    for (size_t i = 0; i < l->n;) {
        size_t j = i + 1;
        int ambiguous = 0;
        for (; j < l->n && strcmp(l->links[j].key, l->links[i].key) == 0; j++)
            if (strcmp(l->links[j].group, l->links[i].group) != 0) ambiguous = 1;
        for (size_t k = i + 1; k < j; k++) free(l->links[k].key);
        if (ambiguous) free(l->links[i].key);
        else l->links[w++] = l->links[i];
        i = j;
    }
    l->n = w;
    *out = l;
    return VL_OK;
}

const char *vl_entity_link_group(const vl_entity_links *l, const char *key) {
    if (!l || !key) return NULL;
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(l->links[mid].key, key);
        if (c == 0) return l->links[mid].group;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}
