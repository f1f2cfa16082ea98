/*
 * corpus.c -- streaming readers of gold entity corpora, for training and
 * evaluation.
 *
 * Three formats, detected per file:
 *   BRAT standoff  NAME.txt and NAME.ann ("T1\tPerson 552 570\tJean-Yves Le
 *                  Drian"), offsets in Unicode code points (winer-fr).
 *   HIPE TSV       TOKEN NE-COARSE-LIT ... MISC, "# hipe2022:document_id"
 *                  lines between documents, NoSpaceAfter in MISC.
 *   CoNLL columns  "[index] token [...] tag" separated by tabs or spaces,
 *                  blank lines between sentences, -DOCSTART- between
 *                  documents (conll2003-en, wikineural-fr, europeana-bnf-fr).
 *                  IOB1, IOB2 and IOBES all read as conlleval reads them.
 *
 * Every reader hands out units: a text rebuilt from the corpus tokens
 * (joined by spaces, or as the corpus says for HIPE, sentences separated
 * by blank lines) and the gold spans as byte offsets into it.  A unit is a
 * document, or about 32 KB of sentences when the corpus has no documents,
 * so memory stays bounded whatever the size of the file.
 *
 * Entity links, where the corpus gives them, ride along with the gold
 * spans for `veille eval merge` (src/eval/merge.c): HIPE's NEL-LIT column
 * (the Wikidata id, or NIL, on the chunk's first token) and BRAT
 * "Reference" normalisations ("N1\tReference T1 Wikidata:Q90\tParis").
 * So do a document's id and date: HIPE's "# hipe2022:document_id" and
 * "# hipe2022:date" lines, a BRAT file named YYYY_MM_DD-NNN (winer-fr).
 *
 * Types are mapped to PER/LOC/ORG/MISC by vl_ner_type_from_name: Person,
 * pers -> PER; Location, loc -> LOC; Organization, org -> ORG; Event,
 * Product, prod, HumanProd, MISC -> MISC; dates and times (Date, Hour,
 * time) are dropped.  Nested BRAT spans keep the outermost (after dropping
 * dates), as CoNLL-style flat scoring wants.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io/reader.h"
#include "ner/ner_internal.h"

enum { FMT_BRAT, FMT_HIPE, FMT_COLUMNS };

#define UNIT_BYTES 32768

struct vl_ner_corpus {
    char **files;
    size_t nfiles, next_file;
    FILE *f;
    int format;
    const char *path;
    char *line;
    size_t line_cap;
    long lineno;
    vl_buf text;
    vl_ner_gold *gold;
    size_t ngold, cap_gold;
    vl_buf links;           /* the unit's link strings (vl_ner_gold.link) */
    char doc[128], date[11]; /* the unit's id and date, "" when unknown */
    /* HIPE: the next document's id, read on the line that ends the
     * current one, and the columns of the link and of MISC. */
    char next_doc[128];
    int has_next_doc;
    int col_link, col_misc;
    /* The chunk being read in a column file. */
    int open_type;
    size_t open_start, last_end, open_link;
    int space_before; /* the next token is preceded by a space */
    int in_sentence;
};

static int has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static int file_exists(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    fclose(f);
    return 1;
}

typedef struct walk_ctx {
    vl_ner_corpus *c;
    int explicit_file;
    int failed;
} walk_ctx;

static int add_file(vl_ner_corpus *c, const char *path) {
    char **p = realloc(c->files, (c->nfiles + 1) * sizeof *p);
    if (!p) return -1;
    c->files = p;
    if (!(c->files[c->nfiles] = strdup(path))) return -1;
    c->nfiles++;
    return 0;
}

static int on_file(void *ctx, const char *file) {
    walk_ctx *w = ctx;
    int keep;
    if (has_suffix(file, ".ann")) {
        keep = 1;
    } else if (has_suffix(file, ".txt")) {
        /* a BRAT text is read through its .ann; other .txt only when named */
        char ann[4200];
        snprintf(ann, sizeof ann, "%.*s.ann", (int)(strlen(file) - 4), file);
        keep = w->explicit_file && !file_exists(ann);
        if (w->explicit_file && !keep) {
            if (add_file(w->c, ann)) w->failed = 1;
            return 0;
        }
    } else {
        keep = w->explicit_file || has_suffix(file, ".tsv") || has_suffix(file, ".conll") ||
               has_suffix(file, ".conllu") || has_suffix(file, ".bio") || has_suffix(file, ".iob");
    }
    if (keep && add_file(w->c, file)) w->failed = 1;
    return 0;
}

static void on_walk_error(void *ctx, const vl_error *err) {
    (void)err;
    ((walk_ctx *)ctx)->failed = 2;
}

int vl_ner_corpus_open(const char *path, vl_ner_corpus **out, vl_error *err) {
    *out = NULL;
    vl_ner_corpus *c = calloc(1, sizeof *c);
    if (!c) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    vl_buf_init(&c->text);
    vl_buf_init(&c->links);
    walk_ctx w = {.c = c};
    /* A file named on the command line is read whatever its name. */
    struct stat st;
    w.explicit_file = stat(path, &st) == 0 && S_ISREG(st.st_mode);
    int rc = vl_walk(path, on_file, on_walk_error, &w, err);
    if (!rc && w.failed == 1) rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (!rc && w.failed == 2) rc = vl_error_set(err, VL_EIO, path, 0, "cannot read part of the folder");
    if (!rc && c->nfiles == 0) rc = vl_error_set(err, VL_EFORMAT, path, 0, "no corpus file (.ann, .tsv, .conll, .conllu, .bio)");
    if (rc) {
        vl_ner_corpus_close(c);
        return rc;
    }
    *out = c;
    return VL_OK;
}

void vl_ner_corpus_close(vl_ner_corpus *c) {
    if (!c) return;
    if (c->f) fclose(c->f);
    for (size_t i = 0; i < c->nfiles; i++) free(c->files[i]);
    free(c->files);
    free(c->line);
    free(c->gold);
    vl_buf_free(&c->text);
    vl_buf_free(&c->links);
    free(c);
}

static int add_gold(vl_ner_corpus *c, size_t start, size_t end, int type, size_t link) {
    vl_ner_gold *g = vl_array_grow(c->gold, &c->cap_gold, c->ngold, sizeof *g, 64);
    if (!g) return VL_ENOMEM;
    c->gold = g;
    c->gold[c->ngold++] = (vl_ner_gold){start, end, type, link};
    return VL_OK;
}

/* Keeps a link string for the unit; *link gets its vl_ner_gold.link (0
 * for none: an empty string or HIPE's "_", not applicable). */
static int add_link(vl_ner_corpus *c, const char *s, size_t n, size_t *link) {
    *link = 0;
    if (!n || (n == 1 && s[0] == '_')) return VL_OK;
    size_t at = c->links.len;
    if (vl_buf_append(&c->links, s, n) || vl_buf_putc(&c->links, 0)) return VL_ENOMEM;
    *link = at + 1;
    return VL_OK;
}

static int is_date(const char *s) {
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' && s[i] != '_' : s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static void set_date(vl_ner_corpus *c, const char *s) {
    memcpy(c->date, s, 10);
    c->date[4] = c->date[7] = '-';
    c->date[10] = 0;
}

/* ------------------------------------------------------------------ BRAT */

static int cmp_gold(const void *a, const void *b) {
    const vl_ner_gold *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->end != y->end) return x->end > y->end ? -1 : 1;
    return 0;
}

typedef struct brat_ref {
    unsigned long tid; /* T<tid> */
    size_t link;
} brat_ref;

static int read_brat(vl_ner_corpus *c, const char *ann_path, vl_error *err) {
    char txt_path[4200];
    snprintf(txt_path, sizeof txt_path, "%.*s.txt", (int)(strlen(ann_path) - 4), ann_path);
    FILE *f = fopen(txt_path, "rb");
    if (!f) return vl_error_set(err, VL_EIO, txt_path, 0, "cannot open the text of a BRAT annotation");
    char buf[65536];
    size_t n;
    int rc = VL_OK;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        if (vl_buf_append(&c->text, buf, n)) rc = VL_ENOMEM;
    fclose(f);
    if (rc) return vl_error_set(err, rc, NULL, 0, "out of memory");
    /* Code point -> byte offsets. */
    size_t ncp = 0;
    for (size_t i = 0; i < c->text.len; i++) ncp += ((unsigned char)c->text.data[i] & 0xC0) != 0x80;
    size_t *byte_at = malloc((ncp + 1) * sizeof *byte_at);
    if (!byte_at) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    for (size_t i = 0, k = 0; i < c->text.len; i++)
        if (((unsigned char)c->text.data[i] & 0xC0) != 0x80) byte_at[k++] = i;
    byte_at[ncp] = c->text.len;
    f = fopen(ann_path, "rb");
    if (!f) {
        free(byte_at);
        return vl_error_set(err, VL_EIO, ann_path, 0, "cannot open");
    }
    const char *base = strrchr(ann_path, '/');
    base = base ? base + 1 : ann_path;
    if (strlen(base) >= 10 && is_date(base)) set_date(c, base);
    /* First the links ("N1\tReference T1 Wikidata:Q90\tParis"), which
     * may follow the spans they name. */
    brat_ref *refs = NULL;
    size_t nrefs = 0, cap_refs = 0;
    long lineno = 0;
    ssize_t len;
    while (!rc && (len = getline(&c->line, &c->line_cap, f)) > 0) {
        lineno++;
        char kind[32], target[32], id[256];
        if (c->line[0] != 'N' || sscanf(c->line, "%*s %31s %31s %255s", kind, target, id) != 3 ||
            strcmp(kind, "Reference") != 0)
            continue;
        if (target[0] != 'T' || !target[1]) {
            rc = vl_error_set(err, VL_EFORMAT, ann_path, lineno, "a Reference must name a text-bound annotation (T<n>)");
            break;
        }
        brat_ref *r = vl_array_grow(refs, &cap_refs, nrefs, sizeof *r, 16);
        if (r) refs = r;
        if (!r || add_link(c, id, strlen(id), &refs[nrefs].link)) {
            rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            break;
        }
        refs[nrefs++].tid = strtoul(target + 1, NULL, 10);
    }
    rewind(f);
    lineno = 0;
    while (!rc && (len = getline(&c->line, &c->line_cap, f)) > 0) {
        lineno++;
        if (c->line[0] != 'T') continue;
        char *tab = strchr(c->line, '\t');
        if (!tab) continue;
        unsigned long tid = strtoul(c->line + 1, NULL, 10);
        char type[64];
        unsigned long s, e;
        int used = 0;
        if (sscanf(tab + 1, "%63s %lu %lu%n", type, &s, &e, &used) != 3) {
            rc = vl_error_set(err, VL_EFORMAT, ann_path, lineno, "malformed BRAT text-bound annotation");
            break;
        }
        if (tab[1 + used] == ';') continue; /* discontinuous: not a flat span */
        int t = vl_ner_type_from_name(type, strlen(type));
        if (t < 0) continue;
        if (s >= e || e > ncp) {
            rc = vl_error_set(err, VL_EFORMAT, ann_path, lineno, "span %lu-%lu outside the text (%zu code points)", s, e, ncp);
            break;
        }
        size_t link = 0;
        for (size_t k = 0; k < nrefs && !link; k++)
            if (refs[k].tid == tid) link = refs[k].link;
        if (add_gold(c, byte_at[s], byte_at[e], t, link)) {
            rc = vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
            break;
        }
    }
    fclose(f);
    free(byte_at);
    free(refs);
    if (rc) return rc;
    /* Outermost spans only (no sort of an empty list: qsort wants an
     * array, and c->gold is NULL until the first span). */
    if (c->ngold > 1) qsort(c->gold, c->ngold, sizeof *c->gold, cmp_gold);
    size_t kept = 0, last_end = 0;
    for (size_t i = 0; i < c->ngold; i++) {
        if (kept && c->gold[i].start < last_end) continue;
        c->gold[kept++] = c->gold[i];
        last_end = c->gold[i].end;
    }
    c->ngold = kept;
    return VL_OK;
}

/* --------------------------------------------------------------- columns */

static void close_chunk(vl_ner_corpus *c, int *rc) {
    if (c->open_type >= 0 && add_gold(c, c->open_start, c->last_end, c->open_type, c->open_link)) *rc = VL_ENOMEM;
    c->open_type = -1;
}

/* Adds a token with its tag ("O", "B-PER", "I-loc", "S-ORG", ...) and its
 * entity link (NULL: none), which a chunk takes from its first token. */
static int add_token(vl_ner_corpus *c, const char *tok, size_t toklen, const char *tag, size_t taglen,
                     const char *link) {
    int rc = VL_OK;
    if (c->text.len && c->space_before && vl_buf_putc(&c->text, ' ')) return VL_ENOMEM;
    size_t start = c->text.len;
    if (vl_buf_append(&c->text, tok, toklen)) return VL_ENOMEM;
    char prefix = 'O';
    int type = -1;
    if (taglen > 2 && tag[1] == '-') {
        prefix = tag[0];
        type = vl_ner_type_from_name(tag + 2, taglen - 2);
    }
    if (type < 0) {
        close_chunk(c, &rc);
    } else {
        int starts = prefix == 'B' || prefix == 'S' || c->open_type != type;
        if (starts) {
            close_chunk(c, &rc);
            c->open_type = type;
            c->open_start = start;
            if (!rc) rc = add_link(c, link, link ? strlen(link) : 0, &c->open_link);
        }
        c->last_end = c->text.len;
        if (prefix == 'E' || prefix == 'S') close_chunk(c, &rc);
    }
    c->in_sentence = 1;
    return rc;
}

static int end_sentence(vl_ner_corpus *c) {
    int rc = VL_OK;
    close_chunk(c, &rc);
    if (c->in_sentence && vl_buf_puts(&c->text, "\n\n")) rc = VL_ENOMEM;
    c->in_sentence = 0;
    c->space_before = 0;
    return rc;
}

/* Splits line into at most max fields at tabs (if any) or runs of spaces. */
static size_t split_fields(char *line, char **fields, size_t max) {
    size_t n = 0;
    int tabs = strchr(line, '\t') != NULL;
    char *p = line;
    while (*p && n < max) {
        if (!tabs)
            while (*p == ' ') p++;
        if (!*p) break;
        fields[n++] = p;
        char *q = p;
        while (*q && (tabs ? *q != '\t' : *q != ' ')) q++;
        if (!*q) break;
        *q = 0;
        p = q + 1;
    }
    return n;
}

static int all_digits(const char *s) {
    if (!*s) return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9') return 0;
    return 1;
}

/* HIPE: the document whose id was read last becomes the current one. */
static void take_next_doc(vl_ner_corpus *c) {
    memcpy(c->doc, c->next_doc, sizeof c->doc);
    c->date[0] = 0;
    c->has_next_doc = 0;
}

/* HIPE: the columns of NEL-LIT and MISC from the header line (the
 * defaults, 7 and 9, are those of HIPE-2022's ten columns). */
static void hipe_columns(vl_ner_corpus *c, char *line, char **fields) {
    size_t n = split_fields(line, fields, 16);
    for (size_t k = 0; k < n; k++) {
        if (strcmp(fields[k], "NEL-LIT") == 0) c->col_link = (int)k;
        if (strcmp(fields[k], "MISC") == 0) c->col_misc = (int)k;
    }
}

/* Reads lines into the current unit; returns 1 when a unit is complete,
 * 0 at the end of the file (the unit may hold the last piece). */
static int read_columns(vl_ner_corpus *c, vl_error *err, int *rc) {
    ssize_t len;
    char *fields[16];
    while ((len = getline(&c->line, &c->line_cap, c->f)) > 0) {
        c->lineno++;
        while (len > 0 && (c->line[len - 1] == '\n' || c->line[len - 1] == '\r')) c->line[--len] = 0;
        char *line = c->line;
        if (c->format == FMT_HIPE) {
            if (line[0] == '#') {
                const char *eq = strchr(line, '=');
                const char *v = eq ? eq + 1 + (eq[1] == ' ') : "";
                if (strstr(line, "hipe2022:date") && strlen(v) >= 10 && is_date(v)) set_date(c, v);
                if (strstr(line, "document_id")) {
                    snprintf(c->next_doc, sizeof c->next_doc, "%s", v);
                    c->has_next_doc = 1;
                    if (c->text.len) {
                        if ((*rc = end_sentence(c))) break;
                        return 1; /* vl_ner_corpus_next moves next_doc in */
                    }
                    take_next_doc(c);
                }
                continue;
            }
            if (strncmp(line, "TOKEN\t", 6) == 0) {
                hipe_columns(c, line, fields);
                continue;
            }
        }
        if (len == 0 || (line[0] == ' ' && split_fields(line, fields, 1) == 0)) {
            if ((*rc = end_sentence(c))) break;
            if (c->text.len > UNIT_BYTES) return 1;
            continue;
        }
        size_t n = split_fields(line, fields, 16);
        if (n < 2) {
            *rc = vl_error_set(err, VL_EFORMAT, c->path, c->lineno, "expected a token and a tag");
            return 0;
        }
        const char *tok, *tag, *link = NULL;
        int nospace = 0;
        if (c->format == FMT_HIPE) {
            tok = fields[0];
            tag = fields[1];
            nospace = (size_t)c->col_misc < n && strstr(fields[c->col_misc], "NoSpaceAfter") != NULL;
            if (c->col_link >= 0 && (size_t)c->col_link < n) link = fields[c->col_link];
        } else {
            tok = n >= 3 && all_digits(fields[0]) ? fields[1] : fields[0];
            tag = fields[n - 1];
        }
        if (strcmp(tok, "-DOCSTART-") == 0) {
            if ((*rc = end_sentence(c))) break;
            if (c->text.len) return 1;
            continue;
        }
        if (!*tok) continue; /* "\tB-PER": no token, no entity of no text */
        if ((*rc = add_token(c, tok, strlen(tok), tag, strlen(tag), link))) break;
        c->space_before = !nospace;
        /* Corpora without blank lines (europeana): cut after a full stop. */
        if (c->text.len > UNIT_BYTES && strcmp(tok, ".") == 0) {
            if ((*rc = end_sentence(c))) break;
            return 1;
        }
    }
    if (*rc == VL_ENOMEM) vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    if (!*rc) *rc = end_sentence(c);
    return 0;
}

static int detect(vl_ner_corpus *c) {
    int ch;
    char head[32] = {0};
    size_t n = 0;
    while (n < sizeof head - 1 && (ch = fgetc(c->f)) != EOF) head[n++] = (char)ch;
    rewind(c->f);
    if (strncmp(head, "TOKEN\tNE-", 9) == 0 || strncmp(head, "# hipe2022", 10) == 0) return FMT_HIPE;
    return FMT_COLUMNS;
}

int vl_ner_corpus_next(vl_ner_corpus *c, vl_ner_unit *unit, vl_error *err) {
    vl_buf_reset(&c->text);
    vl_buf_reset(&c->links);
    c->ngold = 0;
    if (c->has_next_doc) take_next_doc(c);
    for (;;) {
        if (!c->f) {
            if (c->next_file >= c->nfiles) return 0;
            c->path = c->files[c->next_file++];
            c->doc[0] = c->date[0] = 0;
            if (has_suffix(c->path, ".ann")) {
                int rc = read_brat(c, c->path, err);
                if (rc) return rc;
                if (!c->text.len) continue;
                break;
            }
            if (!(c->f = fopen(c->path, "rb"))) return vl_error_set(err, VL_EIO, c->path, 0, "cannot open");
            c->format = detect(c);
            c->col_link = c->format == FMT_HIPE ? 7 : -1;
            c->col_misc = 9;
            c->lineno = 0;
            c->open_type = -1;
            c->space_before = 0;
            c->in_sentence = 0;
        }
        int rc = VL_OK;
        int more = read_columns(c, err, &rc);
        if (rc) return rc;
        if (!more) {
            fclose(c->f);
            c->f = NULL;
        }
        if (c->text.len) break;
    }
    unit->text = c->text.data;
    unit->len = c->text.len;
    unit->gold = c->gold;
    unit->ngold = c->ngold;
    unit->name = c->path;
    unit->links = c->links.data ? c->links.data : "";
    unit->doc = c->doc[0] ? c->doc : NULL;
    unit->date = c->date[0] ? c->date : NULL;
    return 1;
}
