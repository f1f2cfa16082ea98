/*
 * links_data.h -- the place-name table generated at build time by
 * scripts/entity-links.py (build/.../gen/entity_links.c): "GROUP\tName"
 * strings, read by src/ner/links.c only.
 */
#ifndef VL_NER_LINKS_DATA_H
#define VL_NER_LINKS_DATA_H

extern const char *const vl_entity_link_data[];
extern const unsigned long vl_entity_link_count;

#endif
