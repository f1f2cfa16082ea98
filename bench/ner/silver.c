/*
 * silver.c -- a silver entity corpus from raw news, for self-training:
 * tags each document with several models (the same recipe trained with
 * different shuffle seeds, `veille train ner --seed`) and writes, in CoNLL
 * columns (token TAB IOB2 tag, blank line between sentences, -DOCSTART-
 * between documents), the sentences on which all of them agree and that
 * hold at least one entity.
 *
 *   silver OUT.conll MODEL... < TEXT
 *
 * TEXT: documents separated by form feeds ("\f"), as
 * bench/ner/selftrain.sh writes them.  Prints counts on standard error.
 *
 * Why agreement of seeds: the models differ only by the order they saw the
 * sentences in, and that alone moves a split's F1 by a point; a sentence on
 * which they disagree has a decision near the boundary, one where they all
 * agree is far from it on every token (a committee's vote, as in
 * query-by-committee or tri-training), without reaching into the decoder
 * for scores.  Sentences without entities are left out: the gold corpora
 * hold plenty of plain text, the silver one is there for names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner_internal.h"

#define MAX_MODELS 8
#define MAX_TOKENS 60 /* longer "sentences" are mostly paragraphs glued without a space */

typedef struct sent {
    size_t n;
    vl_ner_tok *toks;
    int *labels;
} sent;

typedef struct doc_tags {
    sent *s;
    size_t n, cap;
} doc_tags;

static int on_sent(void *ctx, const vl_ner_tok *toks, size_t n, const int *labels, const vl_ner_sent_cues *cues) {
    (void)cues;
    doc_tags *d = ctx;
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 64;
        sent *ns = realloc(d->s, cap * sizeof *ns);
        if (!ns) return VL_ENOMEM;
        d->s = ns;
        d->cap = cap;
    }
    sent *s = &d->s[d->n];
    s->n = n;
    s->toks = malloc((n + 1) * sizeof *s->toks);
    s->labels = malloc((n + 1) * sizeof *s->labels);
    if (!s->toks || !s->labels) {
        free(s->toks);
        free(s->labels);
        return VL_ENOMEM;
    }
    memcpy(s->toks, toks, n * sizeof *toks);
    memcpy(s->labels, labels, n * sizeof *labels);
    d->n++;
    return 0;
}

static void doc_clear(doc_tags *d) {
    for (size_t k = 0; k < d->n; k++) {
        free(d->s[k].toks);
        free(d->s[k].labels);
    }
    d->n = 0;
}

static const char *label_name(int label) {
    static const char *const names[VL_NER_NLABELS] = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                                      "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
    return label >= 0 && label < VL_NER_NLABELS ? names[label] : "O";
}

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 20, n = 0, got;
    char *buf = malloc(cap + 1);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, (cap *= 2) + 1);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    if (buf) buf[n] = 0;
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc - 2 > MAX_MODELS) {
        fprintf(stderr, "usage: silver OUT.conll MODEL... < TEXT (1 to %d models)\n", MAX_MODELS);
        return 2;
    }
    int nm = argc - 2;
    vl_error err;
    vl_error_clear(&err);
    vl_ner_model *m[MAX_MODELS];
    doc_tags d[MAX_MODELS] = {{0}};
    for (int k = 0; k < nm; k++) {
        if (vl_ner_model_open(argv[2 + k], &m[k], &err)) {
            fprintf(stderr, "silver: %s: %s\n", argv[2 + k], err.message);
            return 1;
        }
    }
    size_t len;
    char *text = read_all(stdin, &len);
    FILE *out = fopen(argv[1], "w");
    if (!text || !out) {
        fprintf(stderr, "silver: cannot read the text or write %s\n", argv[1]);
        return 1;
    }
    size_t docs = 0, sents = 0, agreed = 0, kept = 0, tokens = 0, ents[VL_NER_NTYPES] = {0};
    for (char *p = text, *end = text + len; p < end;) {
        char *e = memchr(p, '\f', (size_t)(end - p));
        if (!e) e = end;
        size_t n = (size_t)(e - p);
        int ok = 1;
        for (int k = 0; k < nm && ok; k++) {
            doc_clear(&d[k]);
            ok = vl_ner_tag_doc(m[k], p, n, VL_LANG_FR, on_sent, &d[k], &err) == VL_OK;
        }
        if (!ok) {
            fprintf(stderr, "silver: out of memory\n");
            return 1;
        }
        docs++;
        int started = 0;
        for (size_t s = 0; s < d[0].n; s++) {
            const sent *a = &d[0].s[s];
            sents++;
            int same = 1, any = 0;
            for (int k = 1; k < nm && same; k++) {
                /* the same lexer: the same sentences, whatever the model */
                const sent *b = s < d[k].n ? &d[k].s[s] : NULL;
                same = b && b->n == a->n && memcmp(b->labels, a->labels, a->n * sizeof *a->labels) == 0;
            }
            if (!same) continue;
            agreed++;
            for (size_t i = 0; i < a->n; i++) any |= a->labels[i] != VL_NER_O;
            if (!any || a->n > MAX_TOKENS) continue;
            /* a token with a blank or a tab inside would not survive the columns */
            for (size_t i = 0; i < a->n && any; i++)
                for (size_t b = a->toks[i].start; b < a->toks[i].end; b++)
                    if (p[b] == ' ' || p[b] == '\t' || p[b] == '\n' || p[b] == '\r') any = 0;
            if (!any) continue;
            if (!started) fprintf(out, "-DOCSTART-\tO\n\n");
            started = 1;
            for (size_t i = 0; i < a->n; i++) {
                fprintf(out, "%.*s\t%s\n", (int)(a->toks[i].end - a->toks[i].start), p + a->toks[i].start,
                        label_name(a->labels[i]));
                if (vl_ner_label_is_b(a->labels[i])) ents[vl_ner_label_type(a->labels[i])]++;
            }
            fputc('\n', out);
            kept++;
            tokens += a->n;
        }
        p = e + (e < end);
    }
    fprintf(stderr,
            "silver: %zu documents, %zu sentences, %zu agreed by %d models, %zu kept (%zu tokens; "
            "PER %zu, LOC %zu, ORG %zu, MISC %zu)\n",
            docs, sents, agreed, nm, kept, tokens, ents[0], ents[1], ents[2], ents[3]);
    for (int k = 0; k < nm; k++) {
        doc_clear(&d[k]);
        free(d[k].s);
        vl_ner_model_close(m[k]);
    }
    free(text);
    return fclose(out) ? 1 : 0;
}
