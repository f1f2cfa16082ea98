/*
 * stopwords.h -- French and English function words that a query leaves
 * out beside other words (stopwords.c explains which and why).
 */
#ifndef VL_QUERY_STOPWORDS_H
#define VL_QUERY_STOPWORDS_H

/* 1 when folded (lower case, accents removed: vl_text_fold) is one. */
int vl_query_is_stopword(const char *folded);
/* 1 when the table is in strictly increasing order (for the tests). */
int vl_query_stopwords_sorted(void);

#endif
