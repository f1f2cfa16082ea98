/*
 * query.c -- the veille query language (query.h, docs/query.md) translated
 * into an FTS5 MATCH expression.
 *
 * Users type queries; FTS5 has its own syntax with its own traps (barewords
 * that are operators, column names, `-` and `+`, `*`, NEAR, unbalanced
 * quotes).  Passing user text through would turn typos into SQL errors and
 * let anyone write raw FTS5.  So the query goes through a real parser and
 * only ever reaches FTS5 as double-quoted strings joined by operators that
 * this file wrote itself:
 *
 *   1. check     the length limit, UTF-8 validity, no control characters;
 *   2. lex       a tokenizer over UTF-8 that knows columns (1-based, in
 *                characters) for messages: words, "phrases" (also with
 *                typographic quotes), ( ), AND OR NOT, a leading `-`,
 *                the field prefixes title: and text:;
 *   3. parse     recursive descent into an AST kept in one small arena of
 *                nodes addressed by index (no allocation per token):
 *                    query  := conj EOF
 *                    conj   := alt ( [AND] alt )*         implicit AND
 *                    alt    := unary ( OR unary )*        OR binds tighter
 *                    unary  := ( NOT | - ) primary | primary
 *                    primary:= word | phrase | field primary | ( conj )
 *   4. simplify  drop terms in which the analyser would find no word
 *                (punctuation only), flatten nested AND / OR, and split
 *                each conjunction into positive and excluded members,
 *                leaving out its function words (le, de, the, of:
 *                stopwords.c) when it has other words;
 *   5. emit      fully parenthesised FTS5: `"a" AND ("b" OR "c")`,
 *                `("a" AND "c") NOT ("b" OR "d")`, `title : "x" *`.
 *
 * Column filters are put on each string (`title : "a" AND title : "b"`)
 * rather than on a parenthesised group: the meaning is the same and it costs
 * FTS5's parser less stack.  That parser (a Lemon parser) has a fixed stack
 * of about 100 entries, which a query of 16 nested groups can overflow
 * ("fts5: parser stack overflow") when each level adds an operator before
 * its group.  The emitter therefore estimates the stack the expression needs;
 * when the user's order would need too much, it writes the deepest operand
 * of each AND / OR first (AND and OR are commutative), which bounds the
 * need to a few entries per level of nesting.
 */
#include "query/query.h"
#include "query/stopwords.h"
#include "text/analyzer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- lexer */

enum {
    VL_QK_EOF,
    VL_QK_WORD,   /* a word, possibly prefix* */
    VL_QK_PHRASE, /* "a phrase", possibly "a phrase"* */
    VL_QK_LPAREN,
    VL_QK_RPAREN,
    VL_QK_MINUS, /* a `-` that starts a term: exclusion */
    VL_QK_AND,
    VL_QK_OR,
    VL_QK_NOT,
    VL_QK_FIELD /* title: or text: */
};

enum { VL_QF_ANY = 0, VL_QF_TITLE = 1, VL_QF_TEXT = 2 };
static const char *const vl_q_field_names[] = {"", "title", "text"};

/* What the previous token glues to the next one (no space in between). */
enum { VL_QG_NONE = 0, VL_QG_MINUS = 1, VL_QG_FIELD = 2 };

typedef struct vl_qtok {
    int kind;
    size_t start, len; /* the term's text: a word without its `*`, a
                          phrase without its quotes */
    int col;           /* column of the token's first character */
    int prefix;        /* word* or "phrase"* */
    int field;         /* VL_QK_FIELD: VL_QF_TITLE or VL_QF_TEXT */
} vl_qtok;

typedef struct vl_qlex {
    const unsigned char *s;
    size_t len;
    size_t pos;     /* next byte to read */
    int col;        /* column of s[pos] */
    int term_start; /* at the start, or after whitespace or `(` */
    int glue;       /* VL_QG_...: what the previous token glues to this one */
} vl_qlex;

/* Decodes the character at s[pos] (the query was validated first, so the
 * sequence is well formed); returns its length in bytes, 0 at the end. */
static size_t vl_q_decode(const unsigned char *s, size_t len, size_t pos, unsigned long *cp) {
    if (pos >= len) {
        *cp = 0;
        return 0;
    }
    unsigned c = s[pos];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (pos + n > len) n = 1; /* cannot happen after validation */
    unsigned long v = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (size_t i = 1; i < n; i++) v = (v << 6) | (s[pos + i] & 0x3F);
    *cp = v;
    return n;
}

/* Whitespace between tokens: ASCII blanks and the Unicode spaces. */
static int vl_q_is_space(unsigned long cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

/* The spaces that French and English write between the digit groups of a
 * number: "3 300", "12 000 000" (also with U+00A0, U+202F, U+2009). */
static int vl_q_is_group_space(unsigned long cp) {
    return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009;
}

/* Whether the space at pos (m bytes) joins two groups of one number: the
 * analyser reads "3 300" in a text as the single term 3300, so the query
 * keeps such a number in one word for it to do the same.  As the analyser
 * does, the first group has 1 to 3 digits and each further one exactly 3;
 * `group` is the number of digits of the group before the space, or 0 when
 * the word so far is not made of digit groups. */
static int vl_q_joins_groups(const vl_qlex *lx, size_t pos, size_t m, int group, int first) {
    if (!(first ? group >= 1 && group <= 3 : group == 3)) return 0;
    const unsigned char *s = lx->s;
    size_t at = pos + m;
    for (int i = 0; i < 3; i++, at++)
        if (at >= lx->len || s[at] < '0' || s[at] > '9') return 0;
    if (at >= lx->len) return 1;
    unsigned c = s[at]; /* the group ends there: "3 300x" is not a number */
    return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/* Quotes that open a phrase: " “ „ « */
static int vl_q_is_opening_quote(unsigned long cp) {
    return cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB;
}

/* Quotes that can only close one: ” » */
static int vl_q_is_closing_quote(unsigned long cp) { return cp == 0x201D || cp == 0xBB; }

static int vl_q_closes(unsigned long open, unsigned long cp) {
    if (open == '"') return cp == '"';
    if (open == 0xAB) return cp == 0xBB;
    return cp == 0x201D || cp == 0x201C; /* “...” „...“ „...” “...“ */
}

static int vl_q_is_delim(unsigned long cp) {
    return cp == '(' || cp == ')' || vl_q_is_opening_quote(cp) || vl_q_is_closing_quote(cp);
}

static int vl_q_fail(vl_error *err, int col, const char *fmt, const char *arg) VL_PRINTF(3, 0);

/* Fills err with "column N: " and the message; fmt is one of this file's
 * literals, with at most one %s (arg). */
static int vl_q_fail(vl_error *err, int col, const char *fmt, const char *arg) {
    char msg[512];
    snprintf(msg, sizeof msg, fmt, arg ? arg : "");
    return vl_error_set(err, VL_EQUERY, NULL, 0, "column %d: %s", col, msg);
}

static int vl_q_too_long(vl_error *err, int col) {
    char lim[64];
    snprintf(lim, sizeof lim, "%d bytes", VL_QUERY_MAX_BYTES);
    return vl_q_fail(err, col, "query too long (the limit is %s)", lim);
}

/* Step 1: length, UTF-8 and control characters, before anything else. */
static int vl_q_check(const unsigned char *s, size_t len, vl_error *err) {
    int col = 1;
    size_t pos = 0;
    while (pos < len) {
        if (pos >= VL_QUERY_MAX_BYTES) return vl_q_too_long(err, col);
        unsigned c = s[pos];
        size_t n;
        unsigned long cp;
        if (c < 0x80) {
            n = 1;
            cp = c;
        } else {
            unsigned lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) n = 2;
            else if (c >= 0xE0 && c <= 0xEF) {
                n = 3;
                if (c == 0xE0) lo = 0xA0;
                if (c == 0xED) hi = 0x9F; /* no UTF-16 surrogates */
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 4;
                if (c == 0xF0) lo = 0x90;
                if (c == 0xF4) hi = 0x8F; /* nothing above U+10FFFF */
            } else
                n = 0;
            int ok = n && pos + n <= len && s[pos + 1] >= lo && s[pos + 1] <= hi;
            for (size_t i = 2; ok && i < n; i++) ok = s[pos + i] >= 0x80 && s[pos + i] <= 0xBF;
            if (!ok) {
                char b[16];
                snprintf(b, sizeof b, "0x%02X", c);
                return vl_q_fail(err, col, "invalid UTF-8 (byte %s)", b);
            }
            vl_q_decode(s, len, pos, &cp);
        }
        if (pos + n > VL_QUERY_MAX_BYTES) return vl_q_too_long(err, col); /* straddles the limit */
        if ((cp < 0x20 && !(cp >= 0x09 && cp <= 0x0D)) || (cp >= 0x7F && cp <= 0x9F)) {
            char b[16];
            snprintf(b, sizeof b, "U+%04lX", cp);
            return vl_q_fail(err, col, "control character %s in the query", b);
        }
        pos += n;
        col++;
    }
    return VL_OK;
}

static size_t vl_q_advance_char(vl_qlex *lx) {
    unsigned long cp;
    size_t n = vl_q_decode(lx->s, lx->len, lx->pos, &cp);
    lx->pos += n;
    lx->col++;
    return n;
}

/* Case-insensitive match of an ASCII field name and its colon at pos. */
static int vl_q_field_at(const vl_qlex *lx, size_t pos) {
    for (int f = VL_QF_TITLE; f <= VL_QF_TEXT; f++) {
        const char *name = vl_q_field_names[f];
        size_t n = strlen(name), i;
        if (pos + n + 1 > lx->len) continue;
        for (i = 0; i < n; i++) {
            unsigned c = lx->s[pos + i];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != (unsigned char)name[i]) break;
        }
        if (i == n && lx->s[pos + n] == ':') return f;
    }
    return VL_QF_ANY;
}

/* Step 2: the next token, or VL_EQUERY with the message in err. */
static int vl_q_lex(vl_qlex *lx, vl_qtok *tok, vl_error *err) {
    unsigned long cp;
    size_t n;
    while ((n = vl_q_decode(lx->s, lx->len, lx->pos, &cp)) && vl_q_is_space(cp)) {
        lx->pos += n;
        lx->col++;
        lx->term_start = 1;
    }
    int glue = lx->glue, term_start = lx->term_start;
    lx->glue = VL_QG_NONE;
    lx->term_start = 0;
    memset(tok, 0, sizeof *tok);
    tok->start = lx->pos;
    tok->col = lx->col;
    if (!n) {
        tok->kind = VL_QK_EOF;
        return VL_OK;
    }
    if (cp == '(' || cp == ')') {
        tok->kind = cp == '(' ? VL_QK_LPAREN : VL_QK_RPAREN;
        lx->term_start = cp == '(';
        vl_q_advance_char(lx);
        return VL_OK;
    }
    if (vl_q_is_closing_quote(cp)) {
        char q[8] = {0};
        memcpy(q, lx->s + lx->pos, n);
        return vl_q_fail(err, lx->col, "unbalanced quote: %s has no opening quote", q);
    }
    if (vl_q_is_opening_quote(cp)) {
        unsigned long open = cp, c;
        char q[8] = {0};
        memcpy(q, lx->s + lx->pos, n);
        vl_q_advance_char(lx);
        tok->kind = VL_QK_PHRASE;
        tok->start = lx->pos;
        for (;;) {
            size_t m = vl_q_decode(lx->s, lx->len, lx->pos, &c);
            if (!m) return vl_q_fail(err, tok->col, "unbalanced quote: %s is never closed", q);
            if (vl_q_closes(open, c)) break;
            lx->pos += m;
            lx->col++;
        }
        /* The phrase without the spaces inside its quotes: « Zapad » */
        size_t end = tok->start, first = lx->pos;
        for (size_t at = tok->start, m; at < lx->pos; at += m) {
            m = vl_q_decode(lx->s, lx->pos, at, &c);
            if (!vl_q_is_space(c)) {
                if (first == lx->pos) first = at;
                end = at + m;
            }
        }
        tok->start = first;
        tok->len = end > first ? end - first : 0;
        vl_q_advance_char(lx);
        if (lx->pos < lx->len && lx->s[lx->pos] == '*') {
            int star_col = lx->col;
            tok->prefix = 1;
            vl_q_advance_char(lx);
            if (vl_q_decode(lx->s, lx->len, lx->pos, &c) && !vl_q_is_space(c) && !vl_q_is_delim(c))
                return vl_q_fail(err, star_col, "* can only end a word or a phrase (prefix*)", NULL);
        }
        return VL_OK;
    }
    if (cp == '-' && term_start) {
        unsigned long next;
        if (vl_q_decode(lx->s, lx->len, lx->pos + 1, &next) && !vl_q_is_space(next) && next != ')') {
            tok->kind = VL_QK_MINUS;
            vl_q_advance_char(lx);
            lx->glue = VL_QG_MINUS;
            return VL_OK;
        }
    }
    if (term_start || glue == VL_QG_MINUS) {
        int f = vl_q_field_at(lx, lx->pos);
        if (f) {
            const char *name = vl_q_field_names[f];
            unsigned long next;
            tok->kind = VL_QK_FIELD;
            tok->field = f;
            for (size_t i = 0; i <= strlen(name); i++) vl_q_advance_char(lx);
            if (!vl_q_decode(lx->s, lx->len, lx->pos, &next) || vl_q_is_space(next) || next == ')')
                return vl_q_fail(err, tok->col, "%s: needs a word, a phrase or a group right after the colon", name);
            if (next == '-')
                return vl_q_fail(err, tok->col, "to exclude words from a field, put the minus before it: -%s:word", name);
            lx->glue = VL_QG_FIELD;
            return VL_OK;
        }
    }
    /* A word: everything up to whitespace, a parenthesis or a quote. */
    tok->kind = VL_QK_WORD;
    int star_col = 0;
    int group = 0, first_group = 1; /* digits of the current group of a number */
    for (;;) {
        size_t m = vl_q_decode(lx->s, lx->len, lx->pos, &cp);
        if (!m || vl_q_is_delim(cp)) break;
        if (vl_q_is_space(cp)) {
            if (!vl_q_is_group_space(cp) || !vl_q_joins_groups(lx, lx->pos, m, group, first_group)) break;
            first_group = 0;
            group = -1; /* counts up to 0 with the space, then the digits */
        }
        if (star_col) /* a `*` followed by more of the word */
            return vl_q_fail(err, star_col, "* can only end a word (prefix*)", NULL);
        if (cp == '*') star_col = lx->col;
        if (group >= 0 && !(cp >= '0' && cp <= '9')) group = -2; /* not a number any more */
        if (group > -2) group++;
        lx->pos += m;
        lx->col++;
    }
    tok->len = lx->pos - tok->start;
    if (star_col) {
        tok->prefix = 1;
        tok->len--;
        if (!tok->len)
            return vl_q_fail(err, star_col, "* needs a word right before it (prefix*)", NULL);
    }
    if (!glue && !tok->prefix) {
        const char *w = (const char *)lx->s + tok->start;
        if (tok->len == 3 && !memcmp(w, "AND", 3)) tok->kind = VL_QK_AND;
        else if (tok->len == 2 && !memcmp(w, "OR", 2)) tok->kind = VL_QK_OR;
        else if (tok->len == 3 && !memcmp(w, "NOT", 3)) tok->kind = VL_QK_NOT;
    }
    return VL_OK;
}

/* ------------------------------------------------------------ the AST */

enum { VL_QN_TERM, VL_QN_AND, VL_QN_OR, VL_QN_NEG };

/* Nodes live in one array and refer to each other by index (-1: none), so
 * that growing the array never invalidates a link. */
typedef struct vl_qnode {
    int kind;
    int col;
    int next;   /* next sibling in the parent's list */
    int first;  /* AND: members, then positive members; OR: alternatives;
                   NEG: the excluded operand */
    int second; /* AND after simplification: excluded members */
    /* TERM */
    size_t start, len;
    int prefix, field;
    int phrase; /* written in quotes */
    /* AND */
    int group; /* a parenthesised group, not the whole query */
    int cost[2]; /* memo of vl_q_cost_inner (0: not known yet) */
} vl_qnode;

typedef struct vl_qparser {
    vl_qlex lx;
    vl_qtok tok; /* the current token */
    vl_qnode *nodes;
    int nnodes, cap;
    int nterms, depth;
    int field; /* the field of the enclosing title:( ) group, if any */
    int rc;    /* first error */
    vl_error *err;
    vl_buf fold; /* a term folded, to tell a stopword */
} vl_qparser;

static int vl_q_error(vl_qparser *p, int col, const char *fmt, const char *arg) {
    p->rc = vl_q_fail(p->err, col, fmt, arg);
    return -1;
}

static int vl_q_next(vl_qparser *p) {
    p->rc = vl_q_lex(&p->lx, &p->tok, p->err);
    return p->rc;
}

static int vl_q_new(vl_qparser *p, int kind, int col) {
    if (p->nnodes == p->cap) {
        int cap = p->cap ? p->cap * 2 : 32;
        vl_qnode *nodes = realloc(p->nodes, (size_t)cap * sizeof *nodes);
        if (!nodes) {
            p->rc = vl_error_set(p->err, VL_ENOMEM, NULL, 0, "out of memory");
            return -1;
        }
        p->nodes = nodes;
        p->cap = cap;
    }
    vl_qnode *n = &p->nodes[p->nnodes];
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->col = col;
    n->next = n->first = n->second = -1;
    return p->nnodes++;
}

/* A singly linked list under construction: head and tail indices. */
typedef struct vl_qlist {
    int head, tail, count;
} vl_qlist;

static void vl_q_list_init(vl_qlist *l) {
    l->head = l->tail = -1;
    l->count = 0;
}

static void vl_q_list_add(vl_qparser *p, vl_qlist *l, int i) {
    p->nodes[i].next = -1;
    if (l->tail < 0) l->head = i;
    else p->nodes[l->tail].next = i;
    l->tail = i;
    l->count++;
}

static int vl_q_conj(vl_qparser *p, int group_col);

static int vl_q_primary(vl_qparser *p) {
    vl_qtok t = p->tok;
    switch (t.kind) {
    case VL_QK_WORD:
    case VL_QK_PHRASE: {
        if (++p->nterms > VL_QUERY_MAX_TERMS) {
            char lim[32];
            snprintf(lim, sizeof lim, "%d", VL_QUERY_MAX_TERMS);
            return vl_q_error(p, t.col, "too many terms (the limit is %s)", lim);
        }
        int i = vl_q_new(p, VL_QN_TERM, t.col);
        if (i < 0) return -1;
        p->nodes[i].start = t.start;
        p->nodes[i].len = t.len;
        p->nodes[i].prefix = t.prefix;
        p->nodes[i].field = p->field;
        p->nodes[i].phrase = t.kind == VL_QK_PHRASE;
        if (vl_q_next(p)) return -1;
        return i;
    }
    case VL_QK_FIELD: {
        if (p->field && p->field != t.field) {
            char both[32];
            snprintf(both, sizeof both, "%s: inside %s:(...)", vl_q_field_names[t.field],
                     vl_q_field_names[p->field]);
            return vl_q_error(p, t.col, "%s: a word cannot be in both fields at once", both);
        }
        if (vl_q_next(p)) return -1;
        int k = p->tok.kind;
        if (k != VL_QK_WORD && k != VL_QK_PHRASE && k != VL_QK_LPAREN)
            return vl_q_error(p, t.col, "%s: needs a word, a phrase or a group right after the colon",
                              vl_q_field_names[t.field]);
        int saved = p->field;
        p->field = t.field;
        int i = vl_q_primary(p);
        p->field = saved;
        return i;
    }
    case VL_QK_LPAREN: {
        if (++p->depth > VL_QUERY_MAX_DEPTH) {
            char lim[32];
            snprintf(lim, sizeof lim, "%d", VL_QUERY_MAX_DEPTH);
            return vl_q_error(p, t.col, "parentheses nested too deeply (the limit is %s)", lim);
        }
        if (vl_q_next(p)) return -1;
        int i = vl_q_conj(p, t.col);
        if (i < 0) return -1;
        if (p->tok.kind != VL_QK_RPAREN)
            return vl_q_error(p, t.col, "unbalanced parenthesis: this ( is never closed", NULL);
        if (vl_q_next(p)) return -1;
        p->depth--;
        return i;
    }
    default: /* the callers check the token first */
        return vl_q_error(p, t.col, "expected a word, a phrase or a group", NULL);
    }
}

static int vl_q_unary(vl_qparser *p) {
    vl_qtok t = p->tok;
    if (t.kind != VL_QK_MINUS && t.kind != VL_QK_NOT) return vl_q_primary(p);
    if (vl_q_next(p)) return -1;
    int k = p->tok.kind;
    if (k != VL_QK_WORD && k != VL_QK_PHRASE && k != VL_QK_LPAREN && k != VL_QK_FIELD)
        return vl_q_error(p, t.col, "%s needs a word, a phrase or a group after it",
                          t.kind == VL_QK_NOT ? "NOT" : "-");
    int target = vl_q_primary(p);
    if (target < 0) return -1;
    int i = vl_q_new(p, VL_QN_NEG, t.col);
    if (i < 0) return -1;
    p->nodes[i].first = target;
    return i;
}

static int vl_q_alt(vl_qparser *p) {
    int first = vl_q_unary(p);
    if (first < 0 || p->tok.kind != VL_QK_OR) return first;
    int i = vl_q_new(p, VL_QN_OR, p->tok.col);
    if (i < 0) return -1;
    vl_qlist l;
    vl_q_list_init(&l);
    vl_q_list_add(p, &l, first);
    while (p->tok.kind == VL_QK_OR) {
        int or_col = p->tok.col;
        if (vl_q_next(p)) return -1;
        int k = p->tok.kind;
        if (k == VL_QK_EOF || k == VL_QK_RPAREN || k == VL_QK_AND || k == VL_QK_OR)
            return vl_q_error(p, or_col, "OR needs a term after it", NULL);
        int m = vl_q_unary(p);
        if (m < 0) return -1;
        vl_q_list_add(p, &l, m);
    }
    p->nodes[i].first = l.head;
    for (int m = l.head; m >= 0; m = p->nodes[m].next)
        if (p->nodes[m].kind == VL_QN_NEG)
            return vl_q_error(p, p->nodes[m].col,
                              "an excluded term cannot be an alternative of OR; "
                              "exclude it from the whole group instead: (a OR b) -c", NULL);
    return i;
}

/* A conjunction: the whole query (group_col 0) or a group opened at
 * group_col.  Stops before `)` or the end. */
static int vl_q_conj(vl_qparser *p, int group_col) {
    int i = vl_q_new(p, VL_QN_AND, group_col);
    if (i < 0) return -1;
    p->nodes[i].group = group_col > 0;
    vl_qlist l;
    vl_q_list_init(&l);
    int and_col = 0; /* an AND waiting for its right-hand term */
    for (;;) {
        int k = p->tok.kind;
        if (k == VL_QK_EOF) break;
        if (k == VL_QK_RPAREN) {
            if (!group_col)
                return vl_q_error(p, p->tok.col, "unbalanced parenthesis: ) has no matching (", NULL);
            break;
        }
        if (k == VL_QK_AND) {
            if (and_col) return vl_q_error(p, and_col, "AND needs a term after it", NULL);
            if (!l.count) return vl_q_error(p, p->tok.col, "AND needs a term before it", NULL);
            and_col = p->tok.col;
            if (vl_q_next(p)) return -1;
            continue;
        }
        if (k == VL_QK_OR) {
            if (and_col) return vl_q_error(p, and_col, "AND needs a term after it", NULL);
            return vl_q_error(p, p->tok.col, "OR needs a term before it", NULL);
        }
        int m = vl_q_alt(p);
        if (m < 0) return -1;
        vl_q_list_add(p, &l, m);
        and_col = 0;
    }
    if (and_col) return vl_q_error(p, and_col, "AND needs a term after it", NULL);
    if (!l.count) {
        if (!group_col) return vl_q_error(p, 1, "empty query: nothing to search for", NULL);
        if (p->tok.kind == VL_QK_RPAREN) return vl_q_error(p, group_col, "empty parentheses", NULL);
        return vl_q_error(p, group_col, "unbalanced parenthesis: this ( is never closed", NULL);
    }
    p->nodes[i].first = l.head;
    return i;
}

/* --------------------------------------------------------- simplify */

/* Whether the analyser would find a word in the character: letters, digits
 * and everything that is not known punctuation, symbol or space.  Terms
 * without such a character would reach FTS5 as a string with no token,
 * which matches nothing: `"a" AND "..."` would find no document. */
static int vl_q_is_word_char(unsigned long cp) {
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp < 0xC0) /* Latin-1 punctuation and symbols, but ª ² ³ µ ¹ º ¼ ½ ¾ */
        return cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA ||
               (cp >= 0xBC && cp <= 0xBE);
    if (cp == 0xD7 || cp == 0xF7) return 0; /* × ÷ */
    static const unsigned long not_words[][2] = {
        {0x0300, 0x036F},   /* combining accents alone: folded away */
        {0x2000, 0x206F},   /* general punctuation (dashes, quotes, …) */
        {0x20A0, 0x20CF},   /* currency symbols */
        {0x2190, 0x245F},   /* arrows, mathematical and technical symbols */
        {0x2500, 0x2BFF},   /* box drawing, shapes, miscellaneous symbols */
        {0x2E00, 0x2E7F},   /* supplemental punctuation */
        {0x3000, 0x3004},   /* CJK punctuation */
        {0x3008, 0x3020},   /* CJK brackets */
        {0xE000, 0xF8FF},   /* private use */
        {0xFE00, 0xFE0F},   /* variation selectors */
        {0xFE10, 0xFE1F},   /* vertical forms */
        {0xFE30, 0xFE6F},   /* compatibility and small forms */
        {0xFF01, 0xFF0F},   /* fullwidth punctuation */
        {0xFF1A, 0xFF20},   {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65},
        {0xFFF0, 0xFFFF},   /* specials */
        {0x1F000, 0x1FAFF}, /* emoji, cards, pictographs */
        {0xE0000, 0x10FFFF} /* tags, private use planes */
    };
    for (size_t i = 0; i < sizeof not_words / sizeof not_words[0]; i++)
        if (cp >= not_words[i][0] && cp <= not_words[i][1]) return 0;
    return 1;
}

static int vl_q_has_word(const vl_qparser *p, size_t start, size_t len) {
    size_t pos = start, end = start + len;
    unsigned long cp;
    while (pos < end) {
        size_t n = vl_q_decode(p->lx.s, end, pos, &cp);
        if (!n) break;
        if (vl_q_is_word_char(cp)) return 1;
        pos += n;
    }
    return 0;
}

/* Whether member i of a conjunction is a bare function word that the
 * conjunction may leave out (stopwords.c says why): a word, not a phrase,
 * a prefix or a word asked in a field, that folds to a stopword, unless
 * written in capitals (US, IT, WHO, LA are names). */
static int vl_q_is_stopword_term(vl_qparser *p, int i) {
    const vl_qnode *n = &p->nodes[i];
    if (n->kind != VL_QN_TERM || n->phrase || n->prefix || n->field) return 0;
    const unsigned char *s = p->lx.s + n->start;
    size_t letters = 0, upper = 0;
    for (size_t k = 0; k < n->len; k++) {
        letters += (s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z');
        upper += s[k] >= 'A' && s[k] <= 'Z';
    }
    if (letters >= 2 && upper == letters) return 0;
    if (vl_text_fold((const char *)s, n->len, &p->fold) != VL_OK || !p->fold.data) return 0;
    return vl_query_is_stopword(p->fold.data);
}

/* Leaves the stopwords out of a conjunction's positive members l, when
 * at least one member that is not one remains ("le président" is
 * "président"; "to be or not to be" stays whole). */
static void vl_q_drop_stopwords(vl_qparser *p, vl_qlist *l) {
    int content = 0, stop = 0;
    for (int c = l->head; c >= 0; c = p->nodes[c].next)
        if (vl_q_is_stopword_term(p, c)) stop++;
        else content++;
    if (!content || !stop) return;
    vl_qlist kept;
    vl_q_list_init(&kept);
    for (int c = l->head, cn; c >= 0; c = cn) {
        cn = p->nodes[c].next;
        if (!vl_q_is_stopword_term(p, c)) vl_q_list_add(p, &kept, c);
    }
    *l = kept;
}

/* Step 4.  Returns the simplified node, -1 when nothing is left of it (a
 * term without a word), or -2 on error.  An AND comes out with its
 * positive members in `first` and the operands of its exclusions in
 * `second` (an excluded OR is spread into the list: -(a OR b) -c excludes
 * a, b and c), and with AND members merged into it; an OR comes out with
 * no OR among its alternatives. */
static int vl_q_simplify(vl_qparser *p, int i) {
    vl_qnode *n = &p->nodes[i];
    switch (n->kind) {
    case VL_QN_TERM:
        return vl_q_has_word(p, n->start, n->len) ? i : -1;
    case VL_QN_NEG: {
        int t = vl_q_simplify(p, n->first);
        if (t < 0) return t;
        p->nodes[i].first = t;
        return i;
    }
    case VL_QN_OR: {
        vl_qlist l;
        vl_q_list_init(&l);
        for (int m = n->first, next; m >= 0; m = next) {
            next = p->nodes[m].next;
            int s = vl_q_simplify(p, m);
            if (s == -2) return -2;
            if (s < 0) continue;
            if (p->nodes[s].kind == VL_QN_OR) {
                for (int c = p->nodes[s].first, cn; c >= 0; c = cn) {
                    cn = p->nodes[c].next;
                    vl_q_list_add(p, &l, c);
                }
            } else
                vl_q_list_add(p, &l, s);
        }
        if (l.count == 0) return -1;
        if (l.count == 1) return l.head;
        p->nodes[i].first = l.head;
        return i;
    }
    default: { /* VL_QN_AND */
        vl_qlist pos, neg;
        vl_q_list_init(&pos);
        vl_q_list_init(&neg);
        int first_neg_col = 0, dropped = 0;
        for (int m = n->first, next; m >= 0; m = next) {
            next = p->nodes[m].next;
            int was_neg = p->nodes[m].kind == VL_QN_NEG;
            if (was_neg && !first_neg_col) first_neg_col = p->nodes[m].col;
            int s = vl_q_simplify(p, m);
            if (s == -2) return -2;
            if (s < 0) {
                dropped |= !was_neg;
                continue;
            }
            vl_qnode *sn = &p->nodes[s];
            if (sn->kind == VL_QN_NEG) {
                int t = sn->first;
                if (p->nodes[t].kind == VL_QN_OR) {
                    for (int c = p->nodes[t].first, cn; c >= 0; c = cn) {
                        cn = p->nodes[c].next;
                        vl_q_list_add(p, &neg, c);
                    }
                } else
                    vl_q_list_add(p, &neg, t);
            } else if (sn->kind == VL_QN_AND) { /* a group: a b (c -d) = a b c -d */
                int sp = sn->first, sg = sn->second;
                for (int c = sp, cn; c >= 0; c = cn) {
                    cn = p->nodes[c].next;
                    vl_q_list_add(p, &pos, c);
                }
                for (int c = sg, cn; c >= 0; c = cn) {
                    cn = p->nodes[c].next;
                    vl_q_list_add(p, &neg, c);
                }
            } else
                vl_q_list_add(p, &pos, s);
        }
        vl_q_drop_stopwords(p, &pos);
        n = &p->nodes[i];
        if (!pos.count) {
            if (!neg.count) return -1;
            const char *why = dropped ? " (words without letters or digits are ignored)" : "";
            if (n->group)
                vl_q_error(p, n->col,
                           "this group has only excluded terms; it needs at least one term to match%s", why);
            else
                vl_q_error(p, first_neg_col,
                           "the query has only excluded terms; it needs at least one term to match%s", why);
            return -2;
        }
        if (!neg.count && pos.count == 1) return pos.head;
        n->first = pos.head;
        n->second = neg.head;
        return i;
    }
    }
}

/* ------------------------------------------------------------- emit */

/* Stack entries FTS5's parser needs for a node (see the top of the file):
 * a string 1, with its column filter 3; "(" 1; "x OP" before an operand 2.
 * Measured on SQLite 3.40: the expression fails past 98 entries. */
#define VL_FTS5_STACK_BUDGET 90

static int vl_q_is_compound(const vl_qparser *p, int i) { return p->nodes[i].kind != VL_QN_TERM; }

static int vl_q_cost_inner(vl_qparser *p, int i, int deep);

static int vl_q_cost_operand(vl_qparser *p, int i, int deep) {
    const vl_qnode *n = &p->nodes[i];
    if (n->kind == VL_QN_TERM) return n->field ? 3 : 1;
    return 1 + vl_q_cost_inner(p, i, deep);
}

/* The member that goes first: the costliest when deep, else the first. */
static int vl_q_lead(vl_qparser *p, int head, int deep) {
    if (!deep) return head;
    int best = head, best_cost = -1;
    for (int m = head; m >= 0; m = p->nodes[m].next) {
        int c = vl_q_cost_operand(p, m, deep);
        if (c > best_cost) best = m, best_cost = c;
    }
    return best;
}

static int vl_q_cost_list(vl_qparser *p, int head, int deep) {
    int lead = vl_q_lead(p, head, deep);
    int cost = vl_q_cost_operand(p, lead, deep);
    for (int m = head; m >= 0; m = p->nodes[m].next) {
        if (m == lead) continue;
        int c = 2 + vl_q_cost_operand(p, m, deep);
        if (c > cost) cost = c;
    }
    return cost;
}

/* Cost of a list as one operand: a single member, or the list in ( ). */
static int vl_q_cost_side(vl_qparser *p, int head, int deep) {
    if (p->nodes[head].next < 0) return vl_q_cost_operand(p, head, deep);
    return 1 + vl_q_cost_list(p, head, deep);
}

static int vl_q_cost_inner(vl_qparser *p, int i, int deep) {
    vl_qnode *n = &p->nodes[i];
    if (n->cost[deep]) return n->cost[deep];
    int cost;
    if (n->kind == VL_QN_TERM) cost = n->field ? 3 : 1;
    else if (n->kind == VL_QN_OR || n->second < 0) cost = vl_q_cost_list(p, n->first, deep);
    else {
        int a = vl_q_cost_side(p, n->first, deep);
        int b = 2 + vl_q_cost_side(p, n->second, deep);
        cost = a > b ? a : b;
    }
    p->nodes[i].cost[deep] = cost;
    return cost;
}

typedef struct vl_qemit {
    vl_qparser *p;
    vl_buf *out;
    int deep;
    int rc;
} vl_qemit;

static void vl_q_put(vl_qemit *e, const char *s, size_t n) {
    if (!e->rc && vl_buf_append(e->out, s, n)) e->rc = VL_ENOMEM;
}

static void vl_q_puts(vl_qemit *e, const char *s) { vl_q_put(e, s, strlen(s)); }

static void vl_q_emit_inner(vl_qemit *e, int i);

static void vl_q_emit_term(vl_qemit *e, const vl_qnode *n) {
    if (n->field) {
        vl_q_puts(e, vl_q_field_names[n->field]);
        vl_q_puts(e, " : ");
    }
    const char *s = (const char *)e->p->lx.s + n->start, *end = s + n->len;
    vl_q_put(e, "\"", 1);
    while (s < end) { /* the text as is, with " doubled */
        const char *q = memchr(s, '"', (size_t)(end - s));
        if (!q) {
            vl_q_put(e, s, (size_t)(end - s));
            break;
        }
        vl_q_put(e, s, (size_t)(q + 1 - s));
        vl_q_put(e, "\"", 1);
        s = q + 1;
    }
    vl_q_put(e, "\"", 1);
    if (n->prefix) vl_q_puts(e, " *");
}

static void vl_q_emit_operand(vl_qemit *e, int i) {
    const vl_qnode *n = &e->p->nodes[i];
    if (!vl_q_is_compound(e->p, i)) {
        vl_q_emit_term(e, n);
        return;
    }
    vl_q_puts(e, "(");
    vl_q_emit_inner(e, i);
    vl_q_puts(e, ")");
}

static void vl_q_emit_list(vl_qemit *e, int head, const char *op) {
    int lead = vl_q_lead(e->p, head, e->deep);
    vl_q_emit_operand(e, lead);
    for (int m = head; m >= 0; m = e->p->nodes[m].next) {
        if (m == lead) continue;
        vl_q_puts(e, op);
        vl_q_emit_operand(e, m);
    }
}

static void vl_q_emit_side(vl_qemit *e, int head, const char *op) {
    if (e->p->nodes[head].next < 0) {
        vl_q_emit_operand(e, head);
        return;
    }
    vl_q_puts(e, "(");
    vl_q_emit_list(e, head, op);
    vl_q_puts(e, ")");
}

static void vl_q_emit_inner(vl_qemit *e, int i) {
    const vl_qnode *n = &e->p->nodes[i];
    if (n->kind == VL_QN_TERM) vl_q_emit_term(e, n);
    else if (n->kind == VL_QN_OR) vl_q_emit_list(e, n->first, " OR ");
    else if (n->second < 0) vl_q_emit_list(e, n->first, " AND ");
    else {
        vl_q_emit_side(e, n->first, " AND ");
        vl_q_puts(e, " NOT ");
        vl_q_emit_side(e, n->second, " OR ");
    }
}

/* ------------------------------------------------------------ entry */

int vl_query_translate(const char *query, vl_buf *out, vl_error *err) {
    if (!query || !out) return vl_error_set(err, VL_EARG, NULL, 0, "no query");
    size_t len = strlen(query);
    int rc = vl_q_check((const unsigned char *)query, len, err);
    if (rc) return rc;

    vl_qparser p;
    memset(&p, 0, sizeof p);
    p.lx.s = (const unsigned char *)query;
    p.lx.len = len;
    p.lx.col = 1;
    p.lx.term_start = 1;
    p.err = err;
    int root = -1;
    if (!vl_q_next(&p)) root = vl_q_conj(&p, 0);
    if (root >= 0) root = vl_q_simplify(&p, root);
    vl_buf_free(&p.fold);
    if (!p.rc && root == -1)
        vl_q_error(&p, 1, "nothing to search for: no word with letters or digits", NULL);
    if (p.rc) {
        free(p.nodes);
        return p.rc;
    }

    vl_qemit e = {&p, out, 0, VL_OK};
    if (vl_q_cost_inner(&p, root, 0) > VL_FTS5_STACK_BUDGET) {
        e.deep = 1;
        if (vl_q_cost_inner(&p, root, 1) > VL_FTS5_STACK_BUDGET) { /* not reachable within the limits */
            free(p.nodes);
            return vl_q_fail(err, 1, "query too complex: too many nested groups", NULL);
        }
    }
    size_t out_len = out->len;
    vl_q_emit_inner(&e, root);
    free(p.nodes);
    if (e.rc) {
        out->len = out_len;
        if (out->data) out->data[out_len] = 0;
        return vl_error_set(err, e.rc, NULL, 0, "out of memory");
    }
    return VL_OK;
}

int vl_query_to_fts(const char *query, char **out, vl_error *err) {
    if (!out) return vl_error_set(err, VL_EARG, NULL, 0, "no output");
    *out = NULL;
    vl_buf b;
    vl_buf_init(&b);
    int rc = vl_query_translate(query, &b, err);
    if (rc) {
        vl_buf_free(&b);
        return rc;
    }
    *out = vl_buf_steal(&b);
    if (!*out) return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory");
    return VL_OK;
}
