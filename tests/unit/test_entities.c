/*
 * test_entities.c -- unit tests of cross-dispatch entities: the name keys
 * (normalised, transliteration variant, surname) with the cases that must
 * not merge, the place-name link table, and the store (src/store/
 * entities.c): linking rules, counts, aliases, first/last seen, counts
 * kept right when a dispatch is replaced, listing, lookup, the search
 * filter and facets.
 *
 * The store tests write mentions chosen by the test (not the tagger's, so
 * that they test the linking rules and not the model): each document is
 * stored by vl_store_put with no entity model, then its mentions, merged
 * within the document by vl_ner_merge, are written with
 * vl_store_write_entities as put_annotation does.  Replacing a document
 * with vl_store_put then takes the old mentions out through the real path.
 */
#include "harness.h"

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "ner/keys.h"
#include "search/search_internal.h"
#include "store/store.h"
#include "veille.h"

/* ------------------------------------------------------------------ keys */

static char *key_of(const char *name) {
    vl_buf b;
    vl_buf_init(&b);
    assert_int_equal(vl_entity_key(name, strlen(name), &b), VL_OK);
    return vl_buf_steal(&b);
}

static char *variant_of(const char *name) {
    char *k = key_of(name);
    vl_buf b;
    vl_buf_init(&b);
    assert_int_equal(vl_entity_translit(k, &b), VL_OK);
    free(k);
    return vl_buf_steal(&b);
}

static void assert_key(const char *name, const char *want) {
    char *k = key_of(name);
    assert_string_equal(k, want);
    free(k);
}

static void assert_same_variant(const char *a, const char *b, int same) {
    char *x = variant_of(a), *y = variant_of(b);
    if (same && strcmp(x, y) != 0) fail_msg("%s (%s) and %s (%s) should share a variant key", a, x, b, y);
    if (!same && strcmp(x, y) == 0) fail_msg("%s and %s must not share a variant key (%s)", a, b, x);
    free(x);
    free(y);
}

static void test_keys(void **state) {
    (void)state;
    assert_key("Jean-Claude  JUNCKER", "jean claude juncker");
    assert_key("l\xe2\x80\x99\xc3\x89lys\xc3\xa9""e", "l elysee");
    assert_key("  Bélarus ", "belarus");
    assert_key("BÉLARUS", "belarus");
    assert_key("Œuvre (fondation)", "oeuvre fondation");
    assert_key("« ! »", "");
    /* saint's abbreviations spelt out, whole words only */
    assert_key("St-Étienne", "saint etienne");
    assert_key("ST. LOUIS", "saint louis");
    assert_key("Ste-Foy", "sainte foy");
    assert_key("Mont St Michel", "mont saint michel");
    assert_key("Stéphane Best", "stephane best");
    /* an acronym with full stops is the acronym */
    assert_key("U.S.A.", "usa");
    assert_key("O. N. U.", "onu");
    assert_key("J. Doe", "j doe");
    assert_key("A", "a");
    vl_buf b;
    vl_buf_init(&b);
    assert_int_equal(vl_entity_surname("mark rutte", &b), 1);
    assert_string_equal(b.data, "rutte");
    assert_int_equal(vl_entity_surname("rutte", &b), 0);
    assert_string_equal(b.data, "");
    vl_buf_free(&b);
    assert_int_equal(vl_ner_title_skip("M. Rutte", 8, VL_NER_PER), 3);
    assert_int_equal(vl_ner_title_skip("Dr Jane Doe", 11, VL_NER_PER), 3);
    assert_int_equal(vl_ner_title_skip("M. Rutte", 8, VL_NER_ORG), 0);
    assert_int_equal(vl_ner_title_skip("docteur Schacht", 15, VL_NER_PER), 8);
    assert_int_equal(vl_ner_title_skip("Judge Ada Moss", 14, VL_NER_PER), 6);
    /* a first name that is also a rank is not stripped */
    assert_int_equal(vl_ner_title_skip("Baron Davis", 11, VL_NER_PER), 0);
}

static void test_transliteration(void **state) {
    (void)state;
    /* French and English transliterations of one Russian name. */
    assert_same_variant("Loukachenko", "Lukashenko", 1);
    assert_same_variant("Alexandre Loukachenko", "Alexander Lukashenko", 1);
    assert_same_variant("Khrouchtchev", "Khrushchev", 1);
    assert_same_variant("Zelensky", "Zelenskyy", 1);
    assert_same_variant("Zelenski", "Zelensky", 1);
    assert_same_variant("Poutine", "Putin", 1);
    assert_same_variant("Tchaïkovski", "Tchaikovsky", 1);
    assert_same_variant("Iouri", "Yuri", 1);
    assert_same_variant("Jirinovski", "Zhirinovsky", 1);
    /* French "gu" for a hard g before e and i, inside a word. */
    assert_same_variant("Sergueï Lavrov", "Sergei Lavrov", 1);
    assert_same_variant("Evgueni", "Evgeny", 1);
    assert_same_variant("Guennadi Ziouganov", "Gennady Zyuganov", 0); /* not at a word's start */
    assert_same_variant("Guérin", "Gérin", 0);
    /* Distinct names stay distinct. */
    assert_same_variant("Ivanov", "Ivanova", 0);
    assert_same_variant("Bush", "Busch", 0);
    assert_same_variant("Kim Jong-un", "Kim Jong-il", 0);
    assert_same_variant("Marina", "Marine", 0);
    assert_same_variant("Fischer", "Fisher", 0);
    assert_same_variant("Medvedev", "Medvedeva", 0);
}

static void test_place_links(void **state) {
    (void)state;
    vl_entity_links *l;
    assert_int_equal(vl_entity_links_new(&l), VL_OK);
    const char *by = vl_entity_link_group(l, "belarus");
    assert_non_null(by);
    char *k = key_of("Biélorussie");
    assert_non_null(vl_entity_link_group(l, k));
    assert_string_equal(vl_entity_link_group(l, k), by);
    free(k);
    k = key_of("République du Bélarus");
    assert_string_equal(vl_entity_link_group(l, k), by);
    free(k);
    assert_string_equal(vl_entity_link_group(l, "russie"), vl_entity_link_group(l, "russia"));
    k = key_of("États-Unis");
    assert_non_null(vl_entity_link_group(l, k));
    assert_string_equal(vl_entity_link_group(l, k), vl_entity_link_group(l, "united states"));
    free(k);
    assert_string_equal(vl_entity_link_group(l, "moscou"), vl_entity_link_group(l, "moscow"));
    /* Different places, different groups; a name of two places, none. */
    assert_string_not_equal(vl_entity_link_group(l, "russie"), by);
    assert_null(vl_entity_link_group(l, "korea"));
    assert_null(vl_entity_link_group(l, "rutte"));
    vl_entity_links_free(l);
}

/* Names that are not places, linked through Apertium's dictionaries. */
static void test_translated_links(void **state) {
    (void)state;
    vl_entity_links *l;
    assert_int_equal(vl_entity_links_new(&l), VL_OK);
    const char *nato = vl_entity_link_group(l, "nato");
    assert_non_null(nato);
    assert_string_equal(vl_entity_link_group(l, "otan"), nato);
    assert_non_null(vl_entity_link_group(l, "onu"));
    assert_string_equal(vl_entity_link_group(l, "onu"), vl_entity_link_group(l, "un"));
    assert_string_not_equal(vl_entity_link_group(l, "onu"), nato);
    assert_non_null(vl_entity_link_group(l, "west bank"));
    assert_string_equal(vl_entity_link_group(l, "cisjordanie"), vl_entity_link_group(l, "west bank"));
    /* Joined to the places' groups, not beside them. */
    char *k = key_of("Pékin");
    assert_string_equal(vl_entity_link_group(l, k), vl_entity_link_group(l, "peking"));
    assert_string_equal(vl_entity_link_group(l, k), vl_entity_link_group(l, "beijing"));
    free(k);
    vl_entity_links_free(l);
}

/* Canonical names after merging and acronym linking of the mentions
 * "TYPE:words" of text, "|"-separated. */
static void assert_canonicals(const char *text, const char *const *spans, const char *want) {
    vl_ner_mention m[16];
    size_t n = 0, from = 0;
    for (; spans[n]; n++) {
        const char *words = strchr(spans[n], ':') + 1, *at = strstr(text + from, words);
        assert_non_null(at);
        vl_ner_type type = strncmp(spans[n], "PER", 3) == 0 ? VL_NER_PER : VL_NER_ORG;
        m[n] = (vl_ner_mention){.type = type, .start = (size_t)(at - text), .end = (size_t)(at - text) + strlen(words)};
        from = m[n].end;
    }
    vl_ner_merge(text, m, n);
    vl_ner_link_acronyms(text, strlen(text), m, n);
    char got[512] = "";
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(got, "|");
        strncat(got, text + m[i].canon_start, m[i].canon_end - m[i].canon_start);
    }
    assert_string_equal(got, want);
}

static void test_acronyms(void **state) {
    (void)state;
    assert_canonicals("Le Fonds monétaire international (FMI) prête. Le FMI insiste.",
                      (const char *const[]){"ORG:Fonds monétaire international", "ORG:FMI", "ORG:FMI", NULL},
                      "Fonds monétaire international|Fonds monétaire international|Fonds monétaire international");
    assert_canonicals("L'Organisation du traité de l'Atlantique Nord ( OTAN ) et l'OTAN.",
                      (const char *const[]){"ORG:Organisation du traité de l'Atlantique Nord", "ORG:OTAN", "ORG:OTAN",
                                            NULL},
                      "Organisation du traité de l'Atlantique Nord|Organisation du traité de l'Atlantique Nord|"
                      "Organisation du traité de l'Atlantique Nord");
    /* Letters that do not spell it, another type, or no parentheses. */
    assert_canonicals("La Banque centrale européenne (FMI) et le FMI.",
                      (const char *const[]){"ORG:Banque centrale européenne", "ORG:FMI", "ORG:FMI", NULL},
                      "Banque centrale européenne|FMI|FMI");
    assert_canonicals("Mark Rutte (MR) a parlé.", (const char *const[]){"PER:Mark Rutte", "ORG:MR", NULL},
                      "Mark Rutte|MR");
    assert_canonicals("Le Fonds monétaire international, FMI, prête.",
                      (const char *const[]){"ORG:Fonds monétaire international", "ORG:FMI", NULL},
                      "Fonds monétaire international|FMI");
    /* The first letter must be the first word's: "Monetary Fund" is not "IMF". */
    assert_canonicals("The Monetary Fund (IMF) lends.", (const char *const[]){"ORG:Monetary Fund", "ORG:IMF", NULL},
                      "Monetary Fund|IMF");
}

/* ----------------------------------------------------------------- store */

typedef struct fx {
    char *dir, *db;
    vl_store *s;
} fx;

static int setup(void **state) {
    fx *f = calloc(1, sizeof *f);
    f->dir = th_tmpdir();
    f->db = th_path(f->dir, "e.db");
    setenv("VEILLE_MODELS", "", 1); /* the mentions are the test's */
    vl_error err;
    assert_int_equal(vl_store_open(f->db, 0, &f->s, &err), VL_OK);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fx *f = *state;
    vl_store_close(f->s);
    th_tmpdir_cleanup(f->dir);
    free(f->db);
    free(f);
    return 0;
}

/* Stores document id in language `lang` with `text`, then the mentions
 * listed in `spans`: "TYPE:words" each, found in the text in order. */
static void put_lang(fx *f, const char *id, const char *date, const char *lang, const char *text,
                     const char *const *spans) {
    vl_error err;
    vl_doc d = {.id = id, .date = date, .text = text, .text_len = strlen(text), .lang = lang};
    vl_put_outcome out;
    assert_int_equal(vl_store_put(f->s, &d, &out, &err), VL_OK);
    vl_record *r;
    assert_int_equal(vl_store_get(f->s, id, &r, &err), VL_OK);
    vl_ner_mention m[16];
    size_t n = 0, from = 0;
    for (; spans && spans[n]; n++) {
        const char *colon = strchr(spans[n], ':');
        const char *words = colon + 1, *at = strstr(text + from, words);
        if (!at) fail_msg("%s not in the text after byte %zu", words, from);
        vl_ner_type type = strncmp(spans[n], "PER", 3) == 0   ? VL_NER_PER
                           : strncmp(spans[n], "LOC", 3) == 0 ? VL_NER_LOC
                           : strncmp(spans[n], "ORG", 3) == 0 ? VL_NER_ORG
                                                              : VL_NER_MISC;
        size_t s = (size_t)(at - text), e = s + strlen(words), cs = 0, ce = 0;
        for (size_t i = 0; i < e; i++)
            if (((unsigned char)text[i] & 0xc0) != 0x80) {
                if (i < s) cs++;
                ce++;
            }
        m[n] = (vl_ner_mention){.type = type, .start = s, .end = e, .cp_start = cs, .cp_end = ce};
        from = e;
    }
    vl_ner_merge(text, m, n);
    vl_ner_link_acronyms(text, strlen(text), m, n);
    vl_annotation a = {.text = (char *)text, .text_len = strlen(text), .date = (char *)date, .entities = m,
                       .nentities = n};
    snprintf(a.lang_code, sizeof a.lang_code, "%s", lang);
    assert_int_equal(vl_store_begin(f->s, &err), VL_OK);
    int rc = vl_store_write_entities(f->s, r->rowid, 0, &a, &err);
    if (rc) fail_msg("writing the entities of %s: %s", id, err.message);
    assert_int_equal(vl_store_commit(f->s, &err), VL_OK);
    vl_record_free(r);
}

static void put(fx *f, const char *id, const char *date, const char *text, const char *const *spans) {
    put_lang(f, id, date, "fr", text, spans);
}

/* Replaces document id by a text without entities (the real put path). */
static void replace(fx *f, const char *id, const char *date, const char *text) {
    vl_error err;
    vl_doc d = {.id = id, .date = date, .text = text, .text_len = strlen(text), .lang = "fr"};
    vl_put_outcome out;
    assert_int_equal(vl_store_put(f->s, &d, &out, &err), VL_OK);
    assert_int_equal(out, VL_PUT_UPDATED);
}

typedef struct found {
    int rc;
    vl_entity_info *info;
} found;

static found find(fx *f, const char *name) {
    vl_error err;
    found r = {0, NULL};
    r.rc = vl_entity_find(f->s, name, NULL, &r.info, &err);
    if (r.rc == VL_ENOTFOUND) assert_non_null(strstr(err.message, "no entity named"));
    return r;
}

/* An entity's name, counts and first and last dates. */
static void check_entity(const vl_entity *e, const char *name, int64_t mentions, int64_t docs, const char *first,
                         const char *last) {
    assert_string_equal(e->name, name);
    assert_int_equal(e->mentions, mentions);
    assert_int_equal(e->docs, docs);
    assert_string_equal(e->first_seen, first);
    assert_string_equal(e->last_seen, last);
}

static int64_t alias_count(const vl_entity_info *info, const char *alias) {
    for (size_t i = 0; i < info->naliases; i++)
        if (strcmp(info->aliases[i].name, alias) == 0) return info->aliases[i].count;
    return 0;
}

static int count_rows(fx *f, const char *sql) {
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(f->s->db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n;
}

/* Every "n:" key of an entity is the key of its name or of one of its
 * aliases: no key strays to another entity. */
static void check_keys(fx *f) {
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(f->s->db,
                                        "SELECT k.key, k.entity, e.name, (SELECT group_concat(name, '|')"
                                        " FROM entity_aliases a WHERE a.entity = k.entity)"
                                        " FROM entity_keys k JOIN entities e ON e.id = k.entity"
                                        " WHERE k.key LIKE 'n:%'",
                                        -1, &st, NULL),
                     SQLITE_OK);
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        rows++;
        const char *key = (const char *)sqlite3_column_text(st, 0) + 2;
        char names[1024];
        snprintf(names, sizeof names, "%s|%s", sqlite3_column_text(st, 2),
                 sqlite3_column_text(st, 3) ? (const char *)sqlite3_column_text(st, 3) : "");
        int ok = 0;
        for (char *p = names, *bar; !ok && p; p = bar ? bar + 1 : NULL) {
            bar = strchr(p, '|');
            if (bar) *bar = 0;
            char *k = key_of(p);
            ok = strcmp(k, key) == 0;
            free(k);
        }
        if (!ok) fail_msg("key n:%s of entity %lld (%s) is none of its names", key,
                          (long long)sqlite3_column_int64(st, 1), (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_finalize(st);
    assert_true(rows > 0);
}

/* A name with and without its leading article is one entity, whichever
 * comes first ("du Havre" is tagged "Havre"); a name that only ends like
 * another is not. */
static void test_link_without_article(void **state) {
    fx *f = *state;
    put(f, "h1", "2026-04-01", "Le Havre accueille la course.", (const char *const[]){"LOC:Le Havre", NULL});
    put(f, "h2", "2026-04-02", "Les navires partent du Havre.", (const char *const[]){"LOC:Havre", NULL});
    put(f, "c1", "2026-04-01", "Un sommet au Caire.", (const char *const[]){"LOC:Caire", NULL});
    put(f, "c2", "2026-04-03", "Le Caire dément.", (const char *const[]){"LOC:Le Caire", NULL});
    put(f, "v1", "2026-04-04", "La Nouvelle Havre est une autre ville.",
        (const char *const[]){"LOC:Nouvelle Havre", NULL});
    found r = find(f, "Havre");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "Le Havre");
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    r = find(f, "le caire");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "Caire");
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities"), 3);
    check_keys(f);
}

static void test_link_by_surname_and_alias(void **state) {
    fx *f = *state;
    put(f, "d1", "2026-03-02", "Mark Rutte est arrivé à La Haye. M. Rutte a parlé.",
        (const char *const[]){"PER:Mark Rutte", "LOC:La Haye", "PER:M. Rutte", NULL});
    put(f, "d2", "2026-03-05", "Selon Rutte, la Russie menace.", (const char *const[]){"PER:Rutte", "LOC:Russie", NULL});
    found r = find(f, "rutte");
    assert_int_equal(r.rc, VL_OK);
    check_entity(&r.info->entity, "Mark Rutte", 3, 2, "2026-03-02", "2026-03-05");
    assert_string_equal(r.info->entity.type, "PER");
    /* "M. Rutte" is the alias "Rutte", titles stripped. */
    assert_int_equal(alias_count(r.info, "Rutte"), 2);
    assert_int_equal(alias_count(r.info, "Mark Rutte"), 1);
    assert_int_equal(alias_count(r.info, "M. Rutte"), 0);
    assert_int_equal(r.info->nmonths, 1);
    assert_string_equal(r.info->months[0].month, "2026-03");
    assert_int_equal(r.info->months[0].docs, 2);
    assert_int_equal(r.info->ndispatches, 2);
    assert_string_equal(r.info->dispatches[0].id, "d2"); /* newest first */
    assert_string_equal(r.info->dispatches[0].title, "Selon Rutte, la Russie menace.");
    /* Co-occurring: La Haye (d1) and Russie (d2), one dispatch each. */
    assert_int_equal(r.info->nrelated, 2);
    assert_int_equal(r.info->related[0].shared, 1);
    vl_entity_info_free(r.info);
    /* Case and accents do not matter when looking up. */
    r = find(f, "MARK RUTTE");
    assert_int_equal(r.rc, VL_OK);
    vl_entity_info_free(r.info);
    r = find(f, "Anna Rutte");
    assert_int_equal(r.rc, VL_ENOTFOUND);
    assert_null(r.info);
    /* Known aliases again, beside new ones. */
    put(f, "d3", "2026-03-06", "Rutte, la Russie et La Haye.",
        (const char *const[]){"PER:Rutte", "LOC:Russie", "LOC:La Haye", NULL});
    check_keys(f);
}

static void test_ambiguous_surname_does_not_merge(void **state) {
    fx *f = *state;
    put(f, "k1", "2026-03-02", "Tomas Kerel a parlé.", (const char *const[]){"PER:Tomas Kerel", NULL});
    put(f, "k2", "2026-03-03", "Anna Kerel a répondu.", (const char *const[]){"PER:Anna Kerel", NULL});
    put(f, "k3", "2026-03-04", "Kerel a démenti.", (const char *const[]){"PER:Kerel", NULL});
    /* Two people called Kerel: the lone "Kerel" is neither. */
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE type = 'PER'"), 3);
    found r = find(f, "Tomas Kerel");
    assert_int_equal(r.info->entity.mentions, 1);
    vl_entity_info_free(r.info);
    /* And people are not places: a LOC "Kerel" starts its own entity. */
    put(f, "k4", "2026-03-05", "Le port de Kerel.", (const char *const[]){"LOC:Kerel", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name = 'Kerel'"), 2);
    /* Ivanov and Ivanova are two people. */
    put(f, "k5", "2026-03-06", "Ivanov et Ivanova.", (const char *const[]){"PER:Ivanov", "PER:Ivanova", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name LIKE 'Ivanov%'"), 2);
}

/* A surname that is ambiguous in its own dispatch (two full names end with
 * it, so vl_ner_merge leaves it alone) is neither person, even when only
 * one of them is stored when it is linked; with one full name it is hers. */
static void test_surname_ambiguous_in_dispatch(void **state) {
    fx *f = *state;
    put(f, "m0", "2026-05-04", "Ines Marbo a parlé.", (const char *const[]){"PER:Ines Marbo", NULL});
    put(f, "m1", "2026-05-05", "Ines Marbo a parlé. Mme Marbo a ri. Karl Marbo a répondu. M. Marbo a précisé.",
        (const char *const[]){"PER:Ines Marbo", "PER:Marbo", "PER:Karl Marbo", "PER:Marbo", NULL});
    found r = find(f, "Ines Marbo");
    assert_int_equal(r.rc, VL_OK);
    assert_int_equal(r.info->entity.mentions, 2);
    vl_entity_info_free(r.info);
    r = find(f, "Karl Marbo");
    assert_int_equal(r.rc, VL_OK);
    assert_int_equal(r.info->entity.mentions, 1);
    vl_entity_info_free(r.info);
    /* One person of that surname in the dispatch: the surname is hers. */
    put(f, "n1", "2026-05-06", "Lidia Gorsk a parlé. Mme Gorsk a ri.",
        (const char *const[]){"PER:Lidia Gorsk", "PER:Gorsk", NULL});
    put(f, "n2", "2026-05-07", "Gorsk a démenti.", (const char *const[]){"PER:Gorsk", NULL});
    r = find(f, "Lidia Gorsk");
    assert_int_equal(r.rc, VL_OK);
    assert_int_equal(r.info->entity.mentions, 3);
    vl_entity_info_free(r.info);
    check_keys(f);
}

/* An acronym finds the name whose initials it spells across dispatches,
 * when one entity fits: function words do not count (l'Agence baltique de
 * l'énergie, ABE), hyphens split words (Vallon Saint-Aubin, VSA).  Not
 * the other way (a name does not find an acronym entity: on the tagger's
 * output that joined every "P... S..." to "PS"); two names with the same
 * initials are not linked to each other, and an acronym two of them spell
 * is neither. */
static void test_link_acronym_across(void **state) {
    fx *f = *state;
    put(f, "a1", "2026-06-01", "L'Agence baltique de l'énergie a publié un rapport.",
        (const char *const[]){"ORG:Agence baltique de l'énergie", NULL});
    put(f, "a2", "2026-06-02", "L'ABE dément.", (const char *const[]){"ORG:ABE", NULL});
    found r = find(f, "Agence baltique de l'énergie");
    assert_int_equal(r.rc, VL_OK);
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    put(f, "b1", "2026-06-03", "Le Vallon Saint-Aubin a gagné.", (const char *const[]){"ORG:Vallon Saint-Aubin", NULL});
    put(f, "b2", "2026-06-04", "Le VSA gagne.", (const char *const[]){"ORG:VSA", NULL});
    r = find(f, "VSA");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "Vallon Saint-Aubin");
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    put(f, "b3", "2026-06-04", "La CLT recrute.", (const char *const[]){"ORG:CLT", NULL});
    put(f, "b4", "2026-06-04", "La Compagnie lorraine des transports recrute.",
        (const char *const[]){"ORG:Compagnie lorraine des transports", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE docs = 1 AND name IN"
                                   " ('CLT', 'Compagnie lorraine des transports')"),
                     2);
    /* A word without a vowel is spelt whole: Vernay FC, VFC. */
    put(f, "e1", "2026-06-09", "Le Vernay FC recrute.", (const char *const[]){"ORG:Vernay FC", NULL});
    put(f, "e2", "2026-06-10", "Le VFC dément.", (const char *const[]){"ORG:VFC", NULL});
    r = find(f, "Vernay FC");
    assert_int_equal(r.rc, VL_OK);
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    /* An acronym before its name in a dispatch, the name linking to an
     * entity of another spelling (the place-name table): the acronym
     * takes the name's entity. */
    put(f, "u1", "2026-06-11", "Les Émirats arabes unis ont signé.",
        (const char *const[]){"LOC:Émirats arabes unis", NULL});
    put(f, "u2", "2026-06-12", "The UAE said the United Arab Emirates would sign.",
        (const char *const[]){"LOC:UAE", "LOC:United Arab Emirates", NULL});
    r = find(f, "Émirats arabes unis");
    assert_int_equal(r.rc, VL_OK);
    assert_int_equal(r.info->entity.mentions, 3);
    vl_entity_info_free(r.info);
    /* Same initials, two names: apart, and their acronym is neither. */
    put(f, "c1", "2026-06-05", "La Banque alpine du Nord prête.", (const char *const[]){"ORG:Banque alpine du Nord", NULL});
    put(f, "c2", "2026-06-06", "Le Bureau agricole national proteste.",
        (const char *const[]){"ORG:Bureau agricole national", NULL});
    put(f, "c3", "2026-06-07", "La BAN refuse.", (const char *const[]){"ORG:BAN", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE docs = 1 AND name IN"
                                   " ('Banque alpine du Nord', 'Bureau agricole national', 'BAN')"),
                     3);
    /* Another type does not link. */
    put(f, "d1", "2026-06-08", "Le port de Vallon Saint-Aubin.", (const char *const[]){"LOC:Vallon Saint-Aubin", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name = 'Vallon Saint-Aubin' AND type = 'LOC'"),
                     1);
    assert_int_equal(count_rows(f, "SELECT docs FROM entities WHERE name = 'Vallon Saint-Aubin' AND type = 'ORG'"), 2);
    check_keys(f);
}

/* French acronyms that spell a leading article (Les Républicains, LR;
 * La République des marins, LRDM, every word counted) link like the
 * others; English "the" is not spelt ("The Voice" is no TV). */
static void test_link_acronym_article(void **state) {
    fx *f = *state;
    put(f, "r1", "2026-07-01", "Les Radicaux ont voté contre.", (const char *const[]){"ORG:Les Radicaux", NULL});
    put(f, "r2", "2026-07-02", "Chez LR, on dément.", (const char *const[]){"ORG:LR", NULL});
    found r = find(f, "LR");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "Les Radicaux");
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    put(f, "m1", "2026-07-03", "La République des marins a gagné.",
        (const char *const[]){"ORG:La République des marins", NULL});
    put(f, "m2", "2026-07-04", "La LRDM a perdu.", (const char *const[]){"ORG:LRDM", NULL});
    r = find(f, "LRDM");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "La République des marins");
    vl_entity_info_free(r.info);
    put_lang(f, "v1", "2026-07-05", "en", "The Vortex show is back.", (const char *const[]){"ORG:The Vortex", NULL});
    put_lang(f, "v2", "2026-07-06", "en", "TV ratings fell.", (const char *const[]){"ORG:TV", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name IN ('The Vortex', 'TV')"), 2);
    check_keys(f);
}

/* A dispatch that pairs a name with its acronym ("Name (ACR)", "Name,
 * ACR,") joins them when the acronym had an entity of its own: a new name
 * links to it; a name seen in two dispatches before has its entity and
 * the acronym's folded into one (mentions, dispatches, aliases, dates).
 * Not without the pairing, not for a name seen once, not across
 * languages. */
static void test_link_acronym_paired(void **state) {
    fx *f = *state;
    /* A new name, written with the acronym known from before. */
    put(f, "p1", "2026-08-01", "Le RNP a gagné.", (const char *const[]){"ORG:RNP", NULL});
    put(f, "p2", "2026-08-02", "Le Rassemblement nordique populaire (RNP) a gagné.",
        (const char *const[]){"ORG:Rassemblement nordique populaire", "ORG:RNP", NULL});
    found r = find(f, "Rassemblement nordique populaire");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "RNP");
    assert_int_equal(r.info->entity.mentions, 3);
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    /* Side by side without the pairing: apart. */
    put(f, "q1", "2026-08-01", "La FSN proteste.", (const char *const[]){"ORG:FSN", NULL});
    put(f, "q2", "2026-08-02", "La Fédération sportive nordique proteste, la FSN aussi.",
        (const char *const[]){"ORG:Fédération sportive nordique", "ORG:FSN", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name IN"
                                   " ('FSN', 'Fédération sportive nordique')"),
                     2);
    /* Both known apart: a name seen twice, then paired. */
    put(f, "s1", "2026-08-03", "La CGV appelle à la grève.", (const char *const[]){"ORG:CGV", NULL});
    put(f, "s2", "2026-08-04", "La CGV maintient.", (const char *const[]){"ORG:CGV", NULL});
    put(f, "s3", "2026-08-05", "La CGV refuse. La CGV signe.", (const char *const[]){"ORG:CGV", "ORG:CGV", NULL});
    put(f, "s4", "2026-08-06", "La Confédération des gens du voyage défile.",
        (const char *const[]){"ORG:Confédération des gens du voyage", NULL});
    put(f, "s5", "2026-08-07", "La Confédération des gens du voyage proteste.",
        (const char *const[]){"ORG:Confédération des gens du voyage", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name IN"
                                   " ('CGV', 'Confédération des gens du voyage')"),
                     2);
    /* (written in lower case here: the entity keeps the name's first spelling) */
    put(f, "s6", "2026-08-08", "La confédération des gens du voyage, CGV, a signé.",
        (const char *const[]){"ORG:confédération des gens du voyage", "ORG:CGV", NULL});
    r = find(f, "Confédération des gens du voyage");
    assert_int_equal(r.rc, VL_OK);
    /* the full name, though the acronym's entity was the larger (4
     * mentions before, against 2) and kept its id */
    check_entity(&r.info->entity, "Confédération des gens du voyage", 8, 6, "2026-08-03", "2026-08-08");
    assert_int_equal(alias_count(r.info, "CGV"), 5);
    assert_int_equal(alias_count(r.info, "Confédération des gens du voyage"), 2);
    assert_int_equal(alias_count(r.info, "confédération des gens du voyage"), 1);
    vl_entity_info_free(r.info);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name IN"
                                   " ('CGV', 'Confédération des gens du voyage')"),
                     1);
    assert_int_equal(count_rows(f, "SELECT count(DISTINCT entity) FROM mentions WHERE text IN"
                                   " ('CGV', 'Confédération des gens du voyage')"),
                     1);
    assert_int_equal(count_rows(f, "SELECT sum(mentions) FROM entity_docs WHERE entity ="
                                   " (SELECT id FROM entities WHERE name = 'Confédération des gens du voyage')"),
                     8);
    /* Later dispatches find the one entity by either name. */
    put(f, "s7", "2026-08-09", "La Confédération des gens du voyage et la CGV.",
        (const char *const[]){"ORG:Confédération des gens du voyage", "ORG:CGV", NULL});
    put(f, "s8", "2026-08-10", "La CGV signe.", (const char *const[]){"ORG:CGV", NULL});
    assert_int_equal(count_rows(f, "SELECT mentions FROM entities WHERE name = 'Confédération des gens du voyage'"),
                     11);
    /* A name seen once: not folded. */
    put(f, "t1", "2026-08-03", "Le BTN recrute.", (const char *const[]){"ORG:BTN", NULL});
    put(f, "t2", "2026-08-04", "Le Bureau des transports nordiques recrute.",
        (const char *const[]){"ORG:Bureau des transports nordiques", NULL});
    put(f, "t3", "2026-08-05", "Le Bureau des transports nordiques (BTN) recrute.",
        (const char *const[]){"ORG:Bureau des transports nordiques", "ORG:BTN", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name IN"
                                   " ('BTN', 'Bureau des transports nordiques')"),
                     2);
    /* An acronym seen only in English is not paired in French. */
    put_lang(f, "g1", "2026-08-03", "en", "The GNL said so.", (const char *const[]){"ORG:GNL", NULL});
    put(f, "g2", "2026-08-04", "Le Groupe naval de Lorient (GNL) recrute.",
        (const char *const[]){"ORG:Groupe naval de Lorient", "ORG:GNL", NULL});
    assert_int_equal(count_rows(f, "SELECT docs FROM entities WHERE name = 'GNL'"), 1);
    check_keys(f);
}

/* A paper written with and without its article in one dispatch ("Le
 * Vigilant", "au Vigilant") while each spelling has its own entity (the
 * bare one first; "Le Vigilant" then ambiguous between it and "Vigilant
 * Hebdo", which has the alias "Vigilant"): the two are folded. */
static void test_fold_article_variants(void **state) {
    fx *f = *state;
    put(f, "v1", "2026-09-01", "Selon Vigilant, rien.", (const char *const[]){"ORG:Vigilant", NULL});
    put(f, "v2", "2026-09-02", "Le Vigilant Hebdo paraît. Vigilant dément.",
        (const char *const[]){"ORG:Vigilant Hebdo", "ORG:Vigilant", NULL});
    put(f, "v3", "2026-09-03", "Le Vigilant révèle.", (const char *const[]){"ORG:Le Vigilant", NULL});
    put(f, "v4", "2026-09-04", "Le Vigilant insiste.", (const char *const[]){"ORG:Le Vigilant", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name IN ('Vigilant', 'Le Vigilant')"), 2);
    put(f, "v5", "2026-09-05", "Le Vigilant publie, a-t-on appris au Vigilant.",
        (const char *const[]){"ORG:Le Vigilant", "ORG:Vigilant", NULL});
    found r = find(f, "Le Vigilant");
    assert_int_equal(r.rc, VL_OK);
    check_entity(&r.info->entity, "Le Vigilant", 5, 4, "2026-09-01", "2026-09-05");
    assert_int_equal(alias_count(r.info, "Vigilant"), 2);
    vl_entity_info_free(r.info);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities WHERE name IN ('Vigilant', 'Le Vigilant')"), 1);
    r = find(f, "Vigilant Hebdo");
    assert_int_equal(r.rc, VL_OK);
    assert_int_equal(r.info->entity.mentions, 2);
    vl_entity_info_free(r.info);
    check_keys(f);
}

static void test_link_spellings(void **state) {
    fx *f = *state;
    put(f, "b1", "2026-03-02", "Le Bélarus et Alexandre Loukachenko.",
        (const char *const[]){"LOC:Bélarus", "PER:Alexandre Loukachenko", NULL});
    put(f, "b2", "2026-03-03", "Belarus and Alexander Lukashenko.",
        (const char *const[]){"LOC:Belarus", "PER:Alexander Lukashenko", NULL});
    put(f, "b3", "2026-03-04", "La Biélorussie de Lukashenko.",
        (const char *const[]){"ORG:Biélorussie", "PER:Lukashenko", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities"), 2);
    found r = find(f, "Biélorussie");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "Bélarus");
    assert_int_equal(r.info->entity.docs, 3);
    assert_int_equal(alias_count(r.info, "Belarus"), 1);
    assert_int_equal(alias_count(r.info, "Biélorussie"), 1);
    vl_entity_info_free(r.info);
    r = find(f, "lukashenko");
    assert_string_equal(r.info->entity.name, "Alexandre Loukachenko");
    assert_int_equal(r.info->entity.mentions, 3);
    vl_entity_info_free(r.info);
    /* A place the table does not link to Belarus stays apart. */
    put(f, "b4", "2026-03-05", "La Russie.", (const char *const[]){"LOC:Russie", NULL});
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities"), 3);
    check_keys(f);
}

/* A name first seen in capitals takes its ordinary spelling when one
 * comes; an acronym in capitals keeps its capitals. */
static void test_capitals_give_way(void **state) {
    fx *f = *state;
    put(f, "c1", "2026-03-02", "SAINT-NAZAIRE, 2 mars -- L'OTAN arrive.",
        (const char *const[]){"LOC:SAINT-NAZAIRE", "ORG:OTAN", NULL});
    found r = find(f, "saint-nazaire");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "SAINT-NAZAIRE");
    vl_entity_info_free(r.info);
    put(f, "c2", "2026-03-03", "Le port de Saint-Nazaire et l'Otan.",
        (const char *const[]){"LOC:Saint-Nazaire", "ORG:Otan", NULL});
    r = find(f, "SAINT-NAZAIRE");
    assert_string_equal(r.info->entity.name, "Saint-Nazaire");
    assert_int_equal(r.info->entity.docs, 2);
    assert_int_equal(alias_count(r.info, "SAINT-NAZAIRE"), 1);
    vl_entity_info_free(r.info);
    r = find(f, "otan");
    assert_string_equal(r.info->entity.name, "OTAN");
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities"), 2);
    check_keys(f);
}

/* A headline's "MER BALTIQUE" and the body's "Baltique", one entity in
 * the document: it is named as the body writes it (the alias's words are
 * words of the name), and stays so when later headlines shout again. */
static void test_capitals_take_written_alias(void **state) {
    fx *f = *state;
    /* (an organisation: a place inside a longer place name is no alias of
     * it, "Corée" / "Corée du Nord") */
    put(f, "b1", "2026-03-02", "AGENCE BALTIQUE : un navire croise depuis lundi. L'Agence reste calme, dit l'Agence.",
        (const char *const[]){"ORG:AGENCE BALTIQUE", "ORG:Agence", "ORG:Agence", NULL});
    found r = find(f, "agence baltique");
    assert_int_equal(r.rc, VL_OK);
    assert_string_equal(r.info->entity.name, "Agence");
    assert_int_equal(alias_count(r.info, "AGENCE BALTIQUE"), 1);
    assert_int_equal(alias_count(r.info, "Agence"), 2);
    vl_entity_info_free(r.info);
    put(f, "b2", "2026-03-03", "AGENCE BALTIQUE : nouvel incident.", (const char *const[]){"ORG:AGENCE BALTIQUE", NULL});
    r = find(f, "Agence");
    assert_string_equal(r.info->entity.name, "Agence");
    assert_int_equal(r.info->entity.docs, 2);
    vl_entity_info_free(r.info);
    /* A name in capitals without an alias in ordinary case keeps it; an
     * acronym of four letters is no shout. */
    put(f, "b3", "2026-03-04", "GOLFE DE BOTNIE : l'OTAN observe.",
        (const char *const[]){"LOC:GOLFE DE BOTNIE", "ORG:OTAN", NULL});
    r = find(f, "golfe de botnie");
    assert_string_equal(r.info->entity.name, "GOLFE DE BOTNIE");
    vl_entity_info_free(r.info);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities"), 3);
    check_keys(f);
}

static void test_replace_keeps_counts(void **state) {
    fx *f = *state;
    put(f, "r1", "2026-03-02", "Mark Rutte et l'OTAN.", (const char *const[]){"PER:Mark Rutte", "ORG:OTAN", NULL});
    put(f, "r2", "2026-03-09", "Rutte encore, et l'OTAN.", (const char *const[]){"PER:Rutte", "ORG:OTAN", NULL});
    put(f, "r3", "2026-03-10", "Rien que Rutte.", (const char *const[]){"PER:Rutte", NULL});
    found r = find(f, "Mark Rutte");
    assert_int_equal(r.info->entity.docs, 3);
    vl_entity_info_free(r.info);
    /* r3 and r2 lose their mentions: counts, last seen, aliases follow. */
    replace(f, "r3", "2026-03-10", "Rien du tout.");
    replace(f, "r2", "2026-03-09", "Plus rien.");
    r = find(f, "Mark Rutte");
    assert_int_equal(r.rc, VL_OK);
    assert_int_equal(r.info->entity.mentions, 1);
    assert_int_equal(r.info->entity.docs, 1);
    assert_string_equal(r.info->entity.last_seen, "2026-03-02");
    assert_int_equal(r.info->naliases, 1);
    assert_int_equal(alias_count(r.info, "Rutte"), 0);
    vl_entity_info_free(r.info);
    /* "Rutte" is no alias any more: no key left that finds it by it. */
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entity_keys WHERE key = 'n:rutte'"), 0);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM mentions"), 2);
    /* An entity left without dispatches is gone. */
    replace(f, "r1", "2026-03-02", "Vide.");
    assert_int_equal(find(f, "OTAN").rc, VL_ENOTFOUND);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entities"), 0);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entity_keys"), 0);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entity_aliases"), 0);
    assert_int_equal(count_rows(f, "SELECT count(*) FROM entity_docs"), 0);
}

typedef struct listed {
    char names[512];
    int n;
} listed;

static int on_entity(void *ctx, const vl_entity *e) {
    listed *l = ctx;
    if (l->n++) strcat(l->names, ",");
    char one[96];
    snprintf(one, sizeof one, "%s/%lld", e->name, (long long)e->mentions);
    strcat(l->names, one);
    return 0;
}

static int on_hit(void *ctx, const vl_hit *h) {
    listed *l = ctx;
    if (l->n++) strcat(l->names, ",");
    strcat(l->names, h->id);
    return 0;
}

static void test_listing_search_and_facets(void **state) {
    fx *f = *state;
    put(f, "l1", "2026-02-27", "La Haye et La Haye, Mark Rutte.",
        (const char *const[]){"LOC:La Haye", "LOC:La Haye", "PER:Mark Rutte", NULL});
    put(f, "l2", "2026-03-03", "Rutte au sommet de l'OTAN.", (const char *const[]){"PER:Rutte", "ORG:OTAN", NULL});
    put(f, "l3", "2026-03-04", "Le sommet de l'OTAN à Bruxelles.", (const char *const[]){"ORG:OTAN", "LOC:Bruxelles", NULL});
    vl_error err;
    listed l = {{0}, 0};
    vl_entity_query q = {.limit = 10};
    assert_int_equal(vl_entities(f->s, &q, on_entity, &l, &err), VL_OK);
    /* Ties (2 mentions) go to the one in more dispatches. */
    assert_string_equal(l.names, "Mark Rutte/2,OTAN/2,La Haye/2,Bruxelles/1");
    memset(&l, 0, sizeof l);
    q = (vl_entity_query){.type = "per"};
    assert_int_equal(vl_entities(f->s, &q, on_entity, &l, &err), VL_OK);
    assert_string_equal(l.names, "Mark Rutte/2");
    memset(&l, 0, sizeof l);
    q = (vl_entity_query){.date_from = "2026-03-01", .date_to = "2026-03-31"};
    assert_int_equal(vl_entities(f->s, &q, on_entity, &l, &err), VL_OK);
    assert_string_equal(l.names, "OTAN/2,Mark Rutte/1,Bruxelles/1");
    q = (vl_entity_query){.type = "PERSON"};
    assert_int_equal(vl_entities(f->s, &q, on_entity, &l, &err), VL_EARG);
    assert_non_null(strstr(err.message, "PERSON"));
    q = (vl_entity_query){.date_from = "2026-02-30"};
    assert_int_equal(vl_entities(f->s, &q, on_entity, &l, &err), VL_EARG);

    /* Search by entity, with and without a query. */
    memset(&l, 0, sizeof l);
    vl_search_opts so = {.entity = "RUTTE"};
    int64_t total = 0;
    assert_int_equal(vl_search(f->s, &so, on_hit, &l, &total, &err), VL_OK);
    assert_string_equal(l.names, "l2,l1");
    assert_int_equal(total, 2);
    memset(&l, 0, sizeof l);
    so = (vl_search_opts){.entity = "otan", .query = "bruxelles"};
    assert_int_equal(vl_search(f->s, &so, on_hit, &l, &total, &err), VL_OK);
    assert_string_equal(l.names, "l3");
    memset(&l, 0, sizeof l);
    so = (vl_search_opts){.entity = "Nobody"};
    assert_int_equal(vl_search(f->s, &so, on_hit, &l, &total, &err), VL_OK);
    assert_int_equal(l.n, 0);
    assert_int_equal(total, 0);

    /* Facets: the entities of the dispatches a search matches. */
    memset(&l, 0, sizeof l);
    so = (vl_search_opts){.query = "sommet"};
    assert_int_equal(vl_search_entity_facets(f->s, &so, 2, on_entity, &l, &err), VL_OK);
    assert_string_equal(l.names, "OTAN/2,Mark Rutte/1");
    memset(&l, 0, sizeof l);
    so = (vl_search_opts){.query = "sommet", .date_from = "2026-03-04"};
    assert_int_equal(vl_search_entity_facets(f->s, &so, 10, on_entity, &l, &err), VL_OK);
    assert_string_equal(l.names, "OTAN/1,Bruxelles/1");
    so = (vl_search_opts){.query = "sommet AND ("};
    assert_int_equal(vl_search_entity_facets(f->s, &so, 10, on_entity, &l, &err), VL_EQUERY);
}

/* The one-pass search's entity facet (src/search/pass.c counts the most
 * mentioned entities of the store first and stops once no other can
 * reach the top) gives the SQL statement's answer: a store where mentions
 * are skewed (one entity in every dispatch, one in half, a third, and a
 * long tail of one-dispatch entities, one of them mentioned five times),
 * searched for a word in every dispatch (the counting stops early) and for
 * one in a few (it goes to the tail), with limits 2, 3 and 10. */
static void test_facet_of_pass_as_sql(void **state) {
    fx *f = *state;
    char id[16], text[256], tail[32];
    for (int i = 0; i < 60; i++) {
        snprintf(id, sizeof id, "k%02d", i);
        snprintf(tail, sizeof tail, "Zorin%c%c", 'a' + i / 26, 'a' + i % 26);
        const char *spans[12];
        int n = 0;
        size_t len = (size_t)snprintf(text, sizeof text, "Relevé %d de la marée%s. Alpha et Alpha.", i,
                                      i % 10 == 7 ? ", sous l'orage" : "");
        spans[n++] = "LOC:Alpha";
        spans[n++] = "LOC:Alpha";
        if (i % 2 == 0) {
            len += (size_t)snprintf(text + len, sizeof text - len, " Bravo.");
            spans[n++] = "LOC:Bravo";
        }
        if (i % 3 == 0) {
            len += (size_t)snprintf(text + len, sizeof text - len, " Gamma.");
            spans[n++] = "LOC:Gamma";
        }
        char tail_span[40];
        snprintf(tail_span, sizeof tail_span, "LOC:%s", tail);
        len += (size_t)snprintf(text + len, sizeof text - len, " %s.", tail);
        spans[n++] = tail_span;
        if (i == 17) {
            snprintf(text + len, sizeof text - len, " Rareville, Rareville, Rareville, Rareville, Rareville.");
            for (int k = 0; k < 5; k++) spans[n++] = "LOC:Rareville";
        }
        spans[n] = NULL;
        put(f, id, "2026-04-01", text, spans);
    }
    const char *queries[] = {"marée", "orage", "relevé OR orage"};
    const int limits[] = {2, 3, 10};
    for (size_t q = 0; q < sizeof queries / sizeof *queries; q++)
        for (size_t k = 0; k < sizeof limits / sizeof *limits; k++) {
            vl_error err;
            listed sql = {{0}, 0}, pass = {{0}, 0};
            vl_search_opts so = {.query = queries[q]};
            assert_int_equal(vl_search_entity_facets(f->s, &so, limits[k], on_entity, &sql, &err), VL_OK);
            vl_facets fc;
            assert_int_equal(vl_search_all(f->s, &so, NULL, NULL, &fc, limits[k], on_entity, &pass, &err), VL_OK);
            vl_facets_free(&fc);
            assert_true(sql.n > 0);
            assert_string_equal(pass.names, sql.names);
        }
    /* What the counting must find: the tail entity of a small match. */
    listed l = {{0}, 0};
    vl_error err;
    vl_facets fc;
    vl_search_opts so = {.query = "orage"};
    assert_int_equal(vl_search_all(f->s, &so, NULL, NULL, &fc, 2, on_entity, &l, &err), VL_OK);
    vl_facets_free(&fc);
    assert_string_equal(l.names, "Alpha/12,Rareville/5");
}

typedef struct doc_ents {
    char out[512];
} doc_ents;

static int on_doc_entity(void *ctx, const vl_doc_entity *m) {
    doc_ents *d = ctx;
    char one[128];
    snprintf(one, sizeof one, "%s[%lld,%lld]=%s;", m->text, (long long)m->start, (long long)m->end, m->name);
    strcat(d->out, one);
    return 0;
}

static void test_doc_entities(void **state) {
    fx *f = *state;
    put(f, "e1", "2026-03-02", "À Genève, Mark Rutte. M. Rutte.",
        (const char *const[]){"LOC:Genève", "PER:Mark Rutte", "PER:M. Rutte", NULL});
    doc_ents d = {{0}};
    vl_error err;
    assert_int_equal(vl_store_entities(f->s, "e1", on_doc_entity, &d, &err), VL_OK);
    /* Code-point offsets: "À" is one. */
    assert_string_equal(d.out, "Genève[2,8]=Genève;Mark Rutte[10,20]=Mark Rutte;M. Rutte[22,30]=Mark Rutte;");
    assert_int_equal(vl_store_entities(f->s, "nope", on_doc_entity, &d, &err), VL_ENOTFOUND);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_transliteration),
        cmocka_unit_test(test_place_links),
        cmocka_unit_test(test_translated_links),
        cmocka_unit_test(test_acronyms),
        cmocka_unit_test_setup_teardown(test_link_by_surname_and_alias, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ambiguous_surname_does_not_merge, setup, teardown),
        cmocka_unit_test_setup_teardown(test_surname_ambiguous_in_dispatch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_link_acronym_across, setup, teardown),
        cmocka_unit_test_setup_teardown(test_link_acronym_article, setup, teardown),
        cmocka_unit_test_setup_teardown(test_link_acronym_paired, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fold_article_variants, setup, teardown),
        cmocka_unit_test_setup_teardown(test_link_spellings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_capitals_give_way, setup, teardown),
        cmocka_unit_test_setup_teardown(test_capitals_take_written_alias, setup, teardown),
        cmocka_unit_test_setup_teardown(test_link_without_article, setup, teardown),
        cmocka_unit_test_setup_teardown(test_replace_keeps_counts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_listing_search_and_facets, setup, teardown),
        cmocka_unit_test_setup_teardown(test_doc_entities, setup, teardown),
        cmocka_unit_test_setup_teardown(test_facet_of_pass_as_sql, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
