/*
 * timeml.h -- reading TimeML documents (the TempEval-3 and French TimeBank
 * corpora) and scoring time-expression extraction the TempEval-3 way.
 *
 * The reader is small on purpose: TimeML corpora use a simple inline XML
 * subset (elements with quoted attributes, the five predefined entities and
 * numeric character references, comments, an XML declaration), so the text
 * inside <TEXT> is rebuilt with tags removed and the TIMEX3 spans recorded
 * as byte offsets into it.  No DTD, CDATA or namespaces are needed.
 */
#ifndef VL_EVAL_TIMEML_H
#define VL_EVAL_TIMEML_H

#include <stddef.h>

#include "extract/timex.h"
#include "veille.h"

typedef struct vl_tml_timex {
    size_t start, end; /* byte offsets into the document text */
    char type[16], value[48], mod[24];
} vl_tml_timex;

typedef struct vl_tml_doc {
    char dct[11];       /* the creation time, YYYY-MM-DD ("" when absent) */
    char *text;         /* the text inside <TEXT>, tags removed */
    size_t len;
    vl_tml_timex *timex; /* the TIMEX3 inside <TEXT> */
    size_t n;
} vl_tml_doc;

/* Parses one TimeML document; VL_EFORMAT (with the reason) when it is not
 * one.  Free with vl_tml_doc_free. */
int vl_tml_parse(const char *xml, size_t len, vl_tml_doc *out, vl_error *err);
void vl_tml_doc_free(vl_tml_doc *doc);

/* TempEval-3 counts, overall (index 4) and per TIMEX3 type (0..3 as
 * vl_timex_type).  Per type, precision counts system expressions of that
 * type, recall and the attribute accuracies gold expressions of it. */
typedef struct vl_timex_counts {
    long gold[5], sys[5];
    long strict_gold[5], strict_sys[5];   /* matched with the same extent */
    long relaxed_gold[5], relaxed_sys[5]; /* matched with overlapping extents */
    long type_ok[5], value_ok[5];         /* among relaxed matches */
} vl_timex_counts;

/* Adds the comparison of one document's system output to gold.  Matches are
 * one-to-one: each gold expression takes the first unmatched overlapping
 * system expression (an exact one first).  When on_pair is given it is
 * called for each gold/system pair or lone expression (NULL for the missing
 * side), for error listings. */
void vl_timex_score(const vl_tml_timex *gold, size_t ngold, const vl_timex *sys, size_t nsys,
                    vl_timex_counts *c,
                    void (*on_pair)(void *ctx, const vl_tml_timex *g, const vl_timex *s), void *ctx);

#endif
