/*
 * text_internal.h -- what the text module's files share with each other and
 * with their unit tests, but not with the rest of veille.
 */
#ifndef VL_TEXT_INTERNAL_H
#define VL_TEXT_INTERNAL_H

/* 1 when langid.c's function-word table is in the order its binary search
 * needs (a hand edit that breaks the order would silently lose words). */
int vl_langid_table_ok(void);

#endif
