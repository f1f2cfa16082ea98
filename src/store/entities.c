/*
 * entities.c -- named entities in the store (schema migration 3): writing
 * a dispatch's mentions and linking them to the entities of earlier
 * dispatches, keeping the counts right when a dispatch is replaced, and
 * reading entities back (vl_entities, vl_entity_find, vl_store_entities,
 * and the entity filter of vl_search).
 *
 * Linking a mention group (the mentions vl_ner_merge gave one canonical
 * name in a dispatch) to an entity, first rule that finds one wins:
 *   1. an entity whose canonical name has the same normalised key, of a
 *      compatible type (the most mentioned if several);
 *   2. "n:" an entity with that key as an alias; else the same without a
 *      leading article ("du Havre" is tagged "Havre": "a:havre" is a key
 *      of "Le Havre", and "Le Havre" finds "n:havre");
 *   3. "l:" an entity in the same place-name group (Bélarus, Belarus,
 *      Biélorussie: src/ner/links.c);
 *   4. "t:" a person or place with the same transliteration key
 *      (Loukachenko, Lukashenko: src/ner/keys.c);
 *   5. "s:" for a one-word person's name, the person with that surname
 *      (compared by transliteration key: Lukashenko -> Alexandre
 *      Loukachenko);
 *   6. for organisations and places, an acronym ("ICJ", "U.S.") the name
 *      whose initials it spells ("i:" keys: International Court of
 *      Justice; a French name with a leading article also "i:lr" for Les
 *      Républicains, vl_initials_style); in its own dispatch, first the
 *      one name whose initials it spells, whatever their order;
 *   7. a name that its dispatch pairs with an acronym ("Name (ACR)",
 *      "Name, ACR,"), the entity of that acronym: the two are folded into
 *      one (merge_paired); so are the entities of an organisation's name
 *      with and without its article, written both ways in one dispatch
 *      (fold_article_variants).
 * Rules 2 to 7 link only when they find exactly one entity: two fit, and
 * a new entity starts (a wrong merge is worse than a missed one for an
 * analyst counting mentions).  A surname that two full names of its own
 * dispatch end with (vl_ner_merge left it ambiguous) links only by rule 1.
 * Compatible types: equal, or LOC and ORG for a name of the place-name
 * table (a country stands for its government).
 * What is not done: a full name seen after its surname alone ("Rutte",
 * later "Mark Rutte") makes a second entity; the first keeps its name.
 *
 * Each entity keeps in entity_keys the keys of its canonical name and of
 * every alias: a new spelling, once linked, is found by rule 2 next time.
 */
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "extract/timex.h"
#include "ner/keys.h"
#include "store/store.h"

enum {
    ST_BY_KEY, ST_BY_ALIAS, ST_INSERT, ST_ADD, ST_KEY, ST_ALIAS, ST_DOC, ST_MENTION,
    ST_OLD_DOCS, ST_OLD_MENTIONS, ST_ALIAS_SUB, ST_SUB, ST_DEL_MENTIONS, ST_DEL_DOCS,
    ST_DEL_ZERO_ALIASES, ST_DOCS_LEFT, ST_DEL_ENTITY, ST_DEL_ALIASES, ST_DEL_KEYS, ST_SEEN,
    ST_ALIASES_OF, ST_RENAME, ST_ALIAS_NEW, ST_SHOUTING, ST_WRITTEN_ALIASES, ST_RENAME_TO_ALIAS, ST_SEEN_IN_LANG, ST_SIZE, ST_NAME,
    ST_MERGE_MENTIONS, ST_MERGE_DOCS_ADD, ST_MERGE_DOCS_DROP, ST_MERGE_DOCS_MOVE, ST_MERGE_ALIASES_ADD,
    ST_MERGE_ALIASES_DROP, ST_MERGE_ALIASES_MOVE, ST_MERGE_KEYS, ST_MERGE_ENTITY, ST_MERGE_DROP_KEYS,
    ST_MERGE_DROP_ENTITY, NST
};

static const char *const sql[NST] = {
    /* The last two columns tell whether prefer_written_case would rename
     * (ST_RENAME's condition), so that it runs only when it will. */
    [ST_BY_KEY] = "SELECT id, type, mentions, key, upper(name) = name AND length(name) > 4 FROM entities"
                  " WHERE key = ?1",
    [ST_BY_ALIAS] = "SELECT e.id, e.type, e.mentions, e.key, upper(e.name) = e.name AND length(e.name) > 4"
                    " FROM entity_keys k JOIN entities e ON e.id = k.entity"
                    " WHERE k.key = ?1",
    [ST_INSERT] = "INSERT INTO entities(name, type, key, mentions, docs, first_seen, last_seen)"
                  " VALUES (?1, ?2, ?3, 0, 0, ?4, ?4)",
    [ST_ADD] = "UPDATE entities SET mentions = mentions + ?2, docs = docs + 1,"
               " first_seen = min(first_seen, ?3), last_seen = max(last_seen, ?3) WHERE id = ?1",
    [ST_KEY] = "INSERT OR IGNORE INTO entity_keys(key, entity) VALUES (?1, ?2)",
    /* An UPDATE, then an INSERT when it changed no row: an upsert with
     * RETURNING costs SQLite ten times as much per row (profiled). */
    [ST_ALIAS] = "UPDATE entity_aliases SET count = count + ?3 WHERE entity = ?1 AND name = ?2",
    [ST_ALIAS_NEW] = "INSERT INTO entity_aliases(entity, name, count) VALUES (?1, ?2, ?3)",
    [ST_DOC] = "INSERT INTO entity_docs(entity, doc, date, mentions) VALUES (?1, ?2, ?3, ?4)",
    [ST_MENTION] = "INSERT INTO mentions(doc, start, \"end\", entity, text) VALUES (?1, ?2, ?3, ?4, ?5)",
    [ST_OLD_DOCS] = "SELECT entity, mentions FROM entity_docs WHERE doc = ?1",
    [ST_OLD_MENTIONS] = "SELECT m.entity, m.text, e.type FROM mentions m JOIN entities e ON e.id = m.entity"
                        " WHERE m.doc = ?1",
    [ST_ALIAS_SUB] = "UPDATE entity_aliases SET count = count - 1 WHERE entity = ?1 AND name = ?2",
    [ST_SUB] = "UPDATE entities SET mentions = mentions - ?2, docs = docs - 1 WHERE id = ?1",
    [ST_DEL_MENTIONS] = "DELETE FROM mentions WHERE doc = ?1",
    [ST_DEL_DOCS] = "DELETE FROM entity_docs WHERE doc = ?1",
    [ST_DEL_ZERO_ALIASES] = "DELETE FROM entity_aliases WHERE entity = ?1 AND count <= 0",
    [ST_DOCS_LEFT] = "SELECT docs, name, type FROM entities WHERE id = ?1",
    [ST_DEL_ENTITY] = "DELETE FROM entities WHERE id = ?1",
    [ST_DEL_ALIASES] = "DELETE FROM entity_aliases WHERE entity = ?1",
    [ST_DEL_KEYS] = "DELETE FROM entity_keys WHERE entity = ?1",
    [ST_SEEN] = "UPDATE entities SET first_seen = (SELECT min(date) FROM entity_docs WHERE entity = ?1),"
                " last_seen = (SELECT max(date) FROM entity_docs WHERE entity = ?1) WHERE id = ?1",
    [ST_ALIASES_OF] = "SELECT name FROM entity_aliases WHERE entity = ?1",
    /* SQLite's upper() folds ASCII only, which is what is wanted here: a
     * name it leaves unchanged has no lower-case ASCII letter. */
    [ST_RENAME] = "UPDATE entities SET name = ?2 WHERE id = ?1 AND key = ?3 AND upper(name) = name"
                  " AND length(name) > 4",
    /* prefer_written_alias: the name when it is in capitals, then the
     * aliases with a lower-case letter, most frequent first. */
    [ST_SHOUTING] = "SELECT name FROM entities WHERE id = ?1 AND upper(name) = name AND length(name) > 4",
    [ST_WRITTEN_ALIASES] = "SELECT name FROM entity_aliases WHERE entity = ?1 AND name GLOB '*[a-z]*'"
                           " ORDER BY count DESC, name",
    [ST_RENAME_TO_ALIAS] = "UPDATE entities SET name = ?2 WHERE id = ?1",
    /* whether entity ?1 was seen in a dispatch of language ?2 */
    [ST_SEEN_IN_LANG] = "SELECT 1 FROM entity_docs e JOIN docs d ON d.rowid = e.doc"
                        " WHERE e.entity = ?1 AND d.lang = ?2 LIMIT 1",
    [ST_SIZE] = "SELECT docs, mentions FROM entities WHERE id = ?1",
    [ST_NAME] = "SELECT name FROM entities WHERE id = ?1",
    /* merge_entities: entity ?2 into entity ?1, in this order (the
     * dispatches of ?2 through entity_docs, which has them first in its
     * key, so that no statement scans a whole table) */
    [ST_MERGE_MENTIONS] = "UPDATE mentions SET entity = ?1 WHERE entity = ?2"
                          " AND doc IN (SELECT doc FROM entity_docs WHERE entity = ?2)",
    [ST_MERGE_DOCS_ADD] = "UPDATE entity_docs SET mentions = mentions + (SELECT g.mentions FROM entity_docs g"
                          " WHERE g.entity = ?2 AND g.doc = entity_docs.doc)"
                          " WHERE entity = ?1 AND doc IN (SELECT doc FROM entity_docs WHERE entity = ?2)",
    [ST_MERGE_DOCS_DROP] = "DELETE FROM entity_docs WHERE entity = ?2"
                           " AND doc IN (SELECT doc FROM entity_docs WHERE entity = ?1)",
    [ST_MERGE_DOCS_MOVE] = "UPDATE entity_docs SET entity = ?1 WHERE entity = ?2",
    [ST_MERGE_ALIASES_ADD] = "UPDATE entity_aliases SET count = count + (SELECT g.count FROM entity_aliases g"
                             " WHERE g.entity = ?2 AND g.name = entity_aliases.name)"
                             " WHERE entity = ?1 AND name IN (SELECT name FROM entity_aliases WHERE entity = ?2)",
    [ST_MERGE_ALIASES_DROP] = "DELETE FROM entity_aliases WHERE entity = ?2"
                              " AND name IN (SELECT name FROM entity_aliases WHERE entity = ?1)",
    [ST_MERGE_ALIASES_MOVE] = "UPDATE entity_aliases SET entity = ?1 WHERE entity = ?2",
    [ST_MERGE_KEYS] = "INSERT OR IGNORE INTO entity_keys(key, entity) SELECT key, ?1 FROM entity_keys WHERE entity = ?2",
    [ST_MERGE_ENTITY] = "UPDATE entities SET mentions = mentions + (SELECT mentions FROM entities WHERE id = ?2),"
                        " docs = (SELECT count(*) FROM entity_docs WHERE entity = ?1),"
                        " first_seen = min(first_seen, (SELECT first_seen FROM entities WHERE id = ?2)),"
                        " last_seen = max(last_seen, (SELECT last_seen FROM entities WHERE id = ?2)) WHERE id = ?1",
    [ST_MERGE_DROP_KEYS] = "DELETE FROM entity_keys WHERE entity = ?2",
    [ST_MERGE_DROP_ENTITY] = "DELETE FROM entities WHERE id = ?2",
};

struct vl_entity_store {
    vl_entity_links *links; /* built on first use */
    sqlite3_stmt *st[NST];  /* prepared on first use */
    vl_buf key, var, full;  /* scratch */
    uint64_t folds;         /* merge_entities calls (vl_store_entity_folds) */
};

uint64_t vl_store_entity_folds(const vl_store *s) { return s->ents ? s->ents->folds : 0; }

void vl_entity_store_free(vl_entity_store *es) {
    if (!es) return;
    vl_entity_links_free(es->links);
    for (int i = 0; i < NST; i++) sqlite3_finalize(es->st[i]);
    vl_buf_free(&es->key);
    vl_buf_free(&es->var);
    vl_buf_free(&es->full);
    free(es);
}

static int oom(vl_error *err) { return vl_error_set(err, VL_ENOMEM, NULL, 0, "out of memory"); }

/* The store's entity state, created on first use, with the link table. */
static int state(vl_store *s, vl_entity_store **out, vl_error *err) {
    if (!s->ents) {
        vl_entity_store *es = calloc(1, sizeof *es);
        if (!es) return oom(err);
        vl_buf_init(&es->key);
        vl_buf_init(&es->var);
        vl_buf_init(&es->full);
        if (vl_entity_links_new(&es->links)) {
            vl_entity_store_free(es);
            return oom(err);
        }
        s->ents = es;
    }
    *out = s->ents;
    return VL_OK;
}

static sqlite3_stmt *stmt(vl_store *s, int which, vl_error *err) {
    vl_entity_store *es = s->ents;
    if (!es->st[which] &&
        sqlite3_prepare_v3(s->db, sql[which], -1, SQLITE_PREPARE_PERSISTENT, &es->st[which], NULL) != SQLITE_OK) {
        vl_store_sqlite_error(s, err, "preparing an entity statement");
        return NULL;
    }
    return es->st[which];
}


static int type_code(const char *name) {
    for (int t = 0; t < VL_NER_NTYPES; t++)
        if (name && strcmp(vl_ner_type_name((vl_ner_type)t), name) == 0) return t;
    return -1;
}

/* ------------------------------------------------------------- linking */

typedef struct cand {
    int64_t id, mentions;
    int type;
    int shouts; /* its name is in capitals and its key is the one looked up */
    int caps;   /* its name is in capitals (whatever its key) */
} cand;

typedef struct cands {
    cand *c;
    size_t n, cap;
} cands;

/* Adds the rows of `st` (id, type, mentions, key, in capitals) once
 * each; `canon` is the canonical key of the name looked up. */
static int collect(vl_store *s, sqlite3_stmt *st, const char *canon, cands *out, vl_error *err) {
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0);
        int dup = 0;
        for (size_t i = 0; i < out->n && !dup; i++) dup = out->c[i].id == id;
        if (dup) continue;
        cand *c = vl_array_grow(out->c, &out->cap, out->n, sizeof *c, 8);
        if (!c) {
            sqlite3_reset(st);
            return oom(err);
        }
        out->c = c;
        const char *k = (const char *)sqlite3_column_text(st, 3);
        int shouts = sqlite3_column_int(st, 4) && k && strcmp(k, canon) == 0;
        out->c[out->n++] = (cand){id, sqlite3_column_int64(st, 2), type_code((const char *)sqlite3_column_text(st, 1)),
                                  shouts, sqlite3_column_int(st, 4)};
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return step == SQLITE_DONE ? VL_OK : vl_store_sqlite_error(s, err, "looking up an entity");
}

/* The entities found by `key` (a canonical key with ST_BY_KEY, else an
 * entity_keys key: prefix + text), appended to out. */
static int lookup(vl_store *s, int which, const char *prefix, const char *key, const char *canon, cands *out,
                  vl_error *err) {
    sqlite3_stmt *st = stmt(s, which, err);
    if (!st) return VL_ESTORE;
    vl_buf *full = &s->ents->full;
    vl_buf_reset(full);
    if (vl_buf_puts(full, prefix) || vl_buf_puts(full, key)) return oom(err);
    sqlite3_bind_text(st, 1, full->data, (int)full->len, SQLITE_STATIC);
    return collect(s, st, canon, out, err);
}

/* The key after a leading article ("le havre" -> "havre", "the hague" ->
 * "hague"), or NULL: "du Havre", "au Caire", "des Républicains" are
 * tagged without the article that the name has elsewhere. */
static const char *without_article(const char *key) {
    static const char *const articles[] = {"le ", "la ", "les ", "l ", "the "};
    for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++) {
        size_t n = strlen(articles[i]);
        if (strncmp(key, articles[i], n) == 0 && key[n]) return key + n;
    }
    return NULL;
}

/* Keeps the candidates of a type compatible with `type`. */
static void keep_compatible(cands *c, int type, int linked) {
    size_t w = 0;
    for (size_t i = 0; i < c->n; i++) {
        int t = c->c[i].type;
        int ok = t == type || (linked && ((t == VL_NER_LOC && type == VL_NER_ORG) ||
                                          (t == VL_NER_ORG && type == VL_NER_LOC)));
        if (ok) c->c[w++] = c->c[i];
    }
    c->n = w;
}

/* The candidate of `type` with the most mentions (index), else of any. */
static size_t best(const cands *c, int type) {
    size_t b = 0;
    for (size_t i = 1; i < c->n; i++) {
        int bi = c->c[i].type == type, bb = c->c[b].type == type;
        if (bi > bb || (bi == bb && c->c[i].mentions > c->c[b].mentions)) b = i;
    }
    return b;
}

/* The candidates for a name key under the linking rules (top of file),
 * into out.  `type` >= 0 (linking a mention): out ends with the one entity
 * to link to, or none (a new entity).  `type` < 0 (looking a name up):
 * every entity the first rule that finds any finds. */
static int candidates(vl_store *s, const char *key, int type, int exact_only, int acro, cands *out,
                      vl_error *err) {
    vl_entity_store *es = s->ents;
    out->n = 0;
    const char *group = vl_entity_link_group(es->links, key);
    int rc = lookup(s, ST_BY_KEY, "", key, key, out, err);
    if (rc) return rc;
    if (type >= 0) keep_compatible(out, type, group != NULL);
    if (out->n) {
        if (type >= 0) {
            out->c[0] = out->c[best(out, type)];
            out->n = 1;
        }
        return VL_OK;
    }
    for (int rule = 2; rule <= 6 && !exact_only; rule++) {
        const char *prefix, *k = key;
        if (rule == 6) {
            /* An acronym finds the name whose initials it spells
             * (organisations and places).  Not the other way: a name
             * finding the acronym of its initials joined whole families
             * of names to a short acronym on the tagger's output ("Peugeot
             * Sport", "Public Sénat", "Pôle Sud" to "PS"). */
            if ((type != VL_NER_ORG && type != VL_NER_LOC) || !acro) continue;
            prefix = "i:";
        } else if (rule == 2) {
            prefix = "n:";
        } else if (rule == 3) {
            if (!group) continue;
            prefix = "l:";
            k = group;
        } else if (rule == 4) {
            if (type >= 0 && type != VL_NER_PER && type != VL_NER_LOC) continue;
            if (vl_entity_translit(key, &es->var)) return oom(err);
            prefix = "t:";
            k = es->var.data;
        } else {
            if ((type >= 0 && type != VL_NER_PER) || strchr(key, ' ')) continue;
            if (vl_entity_translit(key, &es->var)) return oom(err);
            prefix = "s:";
            k = es->var.data;
        }
        out->n = 0;
        if ((rc = lookup(s, ST_BY_ALIAS, prefix, k, key, out, err))) return rc;
        /* A name with and without its article: "Le Havre" finds "Havre"
         * by the key it has without it, "Havre" finds "Le Havre" by that
         * key, written as "a:havre" (add_keys). */
        if (rule == 2 && !out->n) {
            const char *bare = without_article(key);
            if (bare) rc = lookup(s, ST_BY_ALIAS, "n:", bare, key, out, err);
            else rc = lookup(s, ST_BY_ALIAS, "a:", key, key, out, err);
            if (rc) return rc;
        }
        if (type < 0) {
            if (out->n) return VL_OK;
            continue;
        }
        keep_compatible(out, type, group != NULL);
        if (rule >= 4) {
            /* Lossy keys link people to people, places to places,
             * acronyms organisations to organisations. */
            size_t w = 0;
            for (size_t i = 0; i < out->n; i++)
                if (out->c[i].type == type) out->c[w++] = out->c[i];
            out->n = w;
        }
        if (out->n > 1) {
            out->n = 0; /* ambiguous: a new entity (later rules are looser) */
            return VL_OK;
        }
        if (out->n) return VL_OK;
    }
    out->n = 0;
    return VL_OK;
}

/* 1 when the one-word key `key` is, by transliteration key, the last
 * word of the several-word key `full` (Rutte of Mark Rutte); -1: no memory. */
static int is_surname_of(vl_store *s, const char *key, const char *full) {
    vl_entity_store *es = s->ents;
    if (!full || strchr(key, ' ')) return 0;
    int has = vl_entity_surname(full, &es->var);
    if (has <= 0) return has;
    vl_buf a, b;
    vl_buf_init(&a);
    vl_buf_init(&b);
    int rc = vl_entity_translit(es->var.data, &a) || vl_entity_translit(key, &b) ? -1 : 0;
    if (!rc) rc = strcmp(a.data, b.data) == 0;
    vl_buf_free(&a);
    vl_buf_free(&b);
    return rc;
}

/* Writes the lookup keys of one name of entity `id` (keys.h); `acro`:
 * the name is written as an acronym (vl_entity_is_acronym). */
static int add_keys(vl_store *s, int64_t id, int type, const char *key, int acro, vl_error *err) {
    vl_entity_store *es = s->ents;
    sqlite3_stmt *st = stmt(s, ST_KEY, err);
    if (!st) return VL_ESTORE;
    vl_buf k;
    vl_buf_init(&k);
    int rc = VL_OK;
    for (int kind = 0; kind < 6 && !rc; kind++) {
        vl_buf_reset(&k);
        if (kind == 5) {
            /* "i:" a name's initials, for the acronyms that spell them:
             * one key for each style that spells something (INSERT OR
             * IGNORE drops a repeat) */
            if ((type != VL_NER_ORG && type != VL_NER_LOC) || acro) continue;
            for (int style = VL_INITIALS_NAME; style <= VL_INITIALS_EVERY && !rc; style++) {
                int has = vl_entity_initials(key, (vl_initials_style)style, &es->var);
                if (has < 0) rc = VL_ENOMEM;
                if (has <= 0) continue;
                vl_buf_reset(&k);
                if ((rc = vl_buf_printf(&k, "i:%s", es->var.data))) break;
                sqlite3_bind_text(st, 1, k.data, (int)k.len, SQLITE_STATIC);
                sqlite3_bind_int64(st, 2, id);
                rc = vl_store_step_done(s, st, "writing the entities", err);
            }
            continue;
        } else if (kind == 0) {
            rc = vl_buf_printf(&k, "n:%s", key);
        } else if (kind == 4) {
            /* the key without its article ("a:havre" for "Le Havre") */
            const char *bare = without_article(key);
            if (!bare) continue;
            rc = vl_buf_printf(&k, "a:%s", bare);
        } else if (kind == 1) {
            if (type != VL_NER_PER && type != VL_NER_LOC) continue;
            if ((rc = vl_entity_translit(key, &es->var))) break;
            rc = vl_buf_printf(&k, "t:%s", es->var.data);
        } else if (kind == 2) {
            if (type != VL_NER_PER) continue;
            int has = vl_entity_surname(key, &k);
            if (has < 0) rc = has;
            if (has <= 0) continue;
            if ((rc = vl_entity_translit(k.data, &es->var))) break;
            vl_buf_reset(&k);
            rc = vl_buf_printf(&k, "s:%s", es->var.data);
        } else {
            const char *g = vl_entity_link_group(es->links, key);
            if (!g) continue;
            rc = vl_buf_printf(&k, "l:%s", g);
        }
        if (rc) break;
        sqlite3_bind_text(st, 1, k.data, (int)k.len, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, id);
        rc = vl_store_step_done(s, st, "writing the entities", err);
    }
    vl_buf_free(&k);
    return rc == VL_ENOMEM ? oom(err) : rc;
}

/* A new entity named `name` (its key `key`), first seen `date`. */
static int create(vl_store *s, const char *name, size_t len, int type, const char *key, const char *date,
                  int64_t *id, vl_error *err) {
    sqlite3_stmt *st = stmt(s, ST_INSERT, err);
    if (!st) return VL_ESTORE;
    sqlite3_bind_text(st, 1, name, (int)len, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, vl_ner_type_name((vl_ner_type)type), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, date, -1, SQLITE_STATIC);
    int rc = vl_store_step_done(s, st, "writing the entities", err);
    if (rc) return rc;
    *id = sqlite3_last_insert_rowid(s->db);
    return add_keys(s, *id, type, key, vl_entity_is_acronym(name, len), err);
}

/* ------------------------------------------------------------- writing */

/* An entity first seen in capitals (a dateline's "PARIS", a headline's
 * "SAINT-ÉTIENNE") takes the first spelling of the same name in ordinary
 * case, so that listings show "Paris".  Only the same normalised name
 * renames (not an alias or a transliteration), and only a capitalised name
 * longer than four bytes: "OTAN" or "NATO" is an acronym, not a shout. */
static int prefer_written_case(vl_store *s, int64_t id, const char *name, size_t len, const char *key,
                               vl_error *err) {
    int lower = 0;
    for (size_t k = 0; k < len && !lower; k++) lower = name[k] >= 'a' && name[k] <= 'z';
    if (!lower) return VL_OK;
    sqlite3_stmt *st = stmt(s, ST_RENAME, err);
    if (!st) return VL_ESTORE;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, name, (int)len, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, key, -1, SQLITE_STATIC);
    return vl_store_step_done(s, st, "writing the entities", err);
}

/* The per-mention facts of one document, computed before writing. */
typedef struct ment {
    int64_t entity;   /* 0: not stored (a name without letters) */
    size_t alias_off; /* bytes of titles before the alias */
    int created;      /* its group created the entity (with its keys) */
    int caps;         /* the entity's name may be in capitals (prefer_written_alias) */
} ment;

static int same_bytes(const char *t, size_t as, size_t ae, size_t bs, size_t be) {
    return ae - as == be - bs && memcmp(t + as, t + bs, ae - as) == 0;
}

/* 1 when the one-word person's name `key` (mention i's group) is the
 * surname of two full names of the document ("Mr Soltan" beside "Vera
 * Soltan" and "Piet Soltan", which vl_ner_merge left ambiguous): then it
 * is neither, and only an entity of exactly that name can take it (not
 * the surname rule, which sees only the people stored so far, maybe one
 * of the two). -1: no memory. */
static int ambiguous_in_doc(vl_store *s, const vl_annotation *a, size_t i, const char *key) {
    const vl_ner_mention *x = &a->entities[i];
    if (x->type != VL_NER_PER || strchr(key, ' ')) return 0;
    const char *t = a->text;
    size_t first = a->nentities;
    vl_buf k;
    vl_buf_init(&k);
    int rc = 0;
    for (size_t j = 0; j < a->nentities && rc == 0; j++) {
        const vl_ner_mention *y = &a->entities[j];
        if (y->type != VL_NER_PER) continue;
        if (first < a->nentities && same_bytes(t, a->entities[first].canon_start, a->entities[first].canon_end,
                                               y->canon_start, y->canon_end))
            continue;
        if (vl_entity_key(t + y->canon_start, y->canon_end - y->canon_start, &k)) rc = -1;
        else if (k.len && strchr(k.data, ' ')) {
            int sur = is_surname_of(s, key, k.data);
            if (sur < 0) rc = -1;
            else if (sur && first < a->nentities) rc = 1;
            else if (sur) first = j;
        }
    }
    vl_buf_free(&k);
    return rc;
}

/* 1 when the acronym key `acro` spells the initials of the name key
 * `name` in one of the styles of vl_initials_style; -1: no memory. */
static int spells(const char *name, const char *acro, vl_buf *ini) {
    for (int style = VL_INITIALS_NAME; style <= VL_INITIALS_EVERY; style++) {
        int has = vl_entity_initials(name, (vl_initials_style)style, ini);
        if (has < 0) return -1;
        if (has > 0 && strcmp(ini->data, acro) == 0) return 1;
    }
    return 0;
}

/* The entity of the one name of the document, of mention i's type, whose
 * initials the acronym `key` spells ("US" beside "United States", which
 * may have linked to "États-Unis" by a rule that wrote no initials key
 * yet) into *out, 0 when none or several (the other names are linked
 * first).  VL_OK or VL_ENOMEM. */
static int acronym_in_doc(const vl_annotation *a, const ment *m, size_t i, const char *key, int64_t *out) {
    const vl_ner_mention *x = &a->entities[i];
    const char *t = a->text;
    vl_buf k, ini;
    vl_buf_init(&k);
    vl_buf_init(&ini);
    int64_t found = 0;
    int rc = VL_OK;
    for (size_t j = 0; j < a->nentities && !rc && found >= 0; j++) {
        const vl_ner_mention *y = &a->entities[j];
        if (y->type != x->type || !m[j].entity || m[j].entity == found ||
            vl_entity_is_acronym(t + y->canon_start, y->canon_end - y->canon_start))
            continue;
        if (vl_entity_key(t + y->canon_start, y->canon_end - y->canon_start, &k)) rc = VL_ENOMEM;
        int has = rc ? 0 : spells(k.data, key, &ini);
        if (has < 0) rc = VL_ENOMEM;
        if (has > 0) found = found ? -1 : m[j].entity;
    }
    vl_buf_free(&k);
    vl_buf_free(&ini);
    *out = found > 0 ? found : 0;
    return rc;
}

/* 1 when entity `id` was seen in a dispatch of language `lang`, 0 if
 * not, else an error.  An acronym means one thing in French news and
 * another in English ("GNA": Libya's government in one, the Gulf News
 * Agency in the other): a dispatch pairs it with a name only for entities
 * of its own language. */
static int seen_in_lang(vl_store *s, int64_t id, const char *lang, vl_error *err) {
    sqlite3_stmt *st = stmt(s, ST_SEEN_IN_LANG, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    int step = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (step == SQLITE_ROW) return 1;
    if (step == SQLITE_DONE) return 0;
    vl_store_sqlite_error(s, err, "looking up an entity");
    return -1;
}

/* The name of entity `id`, allocated, into *out (NULL when there is no
 * such entity). */
static int entity_name(vl_store *s, int64_t id, char **out, vl_error *err) {
    sqlite3_stmt *st = stmt(s, ST_NAME, err);
    if (!st) return VL_ESTORE;
    sqlite3_bind_int64(st, 1, id);
    int step = sqlite3_step(st), rc = VL_OK;
    *out = NULL;
    if (step == SQLITE_ROW && !(*out = strdup((const char *)sqlite3_column_text(st, 0)))) rc = oom(err);
    else if (step != SQLITE_ROW && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "looking up an entity");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc;
}

/* The dispatches and mentions of entity `id` into out[0], out[1]. */
static int entity_size(vl_store *s, int64_t id, int64_t out[2], vl_error *err) {
    sqlite3_stmt *st = stmt(s, ST_SIZE, err);
    if (!st) return VL_ESTORE;
    sqlite3_bind_int64(st, 1, id);
    int step = sqlite3_step(st);
    out[0] = step == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    out[1] = step == SQLITE_ROW ? sqlite3_column_int64(st, 1) : 0;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return step == SQLITE_ROW || step == SQLITE_DONE ? VL_OK : vl_store_sqlite_error(s, err, "looking up an entity");
}

/* 1 when acronym mention j follows a mention of mention i's group in
 * parentheses or after a comma: "Rassemblement national (RN)", "the
 * Commodity Credit Corporation, CCC,": the writer's own pairing. */
static int defined_as(const vl_annotation *a, size_t i, size_t j) {
    /* mentions are in text order and apart: only the one before can be
     * the name in front of the parenthesis */
    if (j == 0) return 0;
    const char *t = a->text;
    const vl_ner_mention *x = &a->entities[i], *y = &a->entities[j], *z = &a->entities[j - 1];
    if (z->type != x->type || !same_bytes(t, z->canon_start, z->canon_end, x->canon_start, x->canon_end) ||
        z->end > y->start)
        return 0;
    size_t p = z->end;
    while (p < y->start && (t[p] == ' ' || t[p] == '\n')) p++;
    if (p >= y->start || (t[p] != '(' && t[p] != ',')) return 0;
    p++;
    while (p < y->start && (t[p] == ' ' || t[p] == '\n')) p++;
    return p == y->start;
}

/* Folds entity `gone` into entity `keep`: its mentions, dispatches,
 * aliases (counts added where both have one), keys and counts; `gone` is
 * deleted.  The statements run in the order of the enum. */
static int merge_entities(vl_store *s, int64_t keep, int64_t gone, vl_error *err) {
    int rc = VL_OK;
    s->ents->folds++;
    for (int w = ST_MERGE_MENTIONS; w <= ST_MERGE_DROP_ENTITY && !rc; w++) {
        sqlite3_stmt *st = stmt(s, w, err);
        if (!st) return VL_ESTORE;
        sqlite3_bind_int64(st, 1, keep);
        sqlite3_bind_int64(st, 2, gone);
        rc = vl_store_step_done(s, st, "merging two entities", err);
    }
    return rc;
}

/* Folds entity `other` and the entity of mention i's group (m[i].entity)
 * into one, the larger keeping its id (and the group's canonical name,
 * the full form, when the group's entity was not new), when the dispatch
 * says
 * they are one name (merge_paired, fold_article_variants); the mentions of
 * the dispatch follow.  Only when `other` was not created by this dispatch,
 * was seen in the dispatch's language (seen_in_lang), and the group's
 * entity is new or was seen in two dispatches before: a name seen once is
 * too little to fold a whole history into (OrangeSum's "Centre du don des
 * corps (CDC)" would have taken every CDC of the Covid news).  VL_OK
 * (folded or not) or an error. */
static int fold_into(vl_store *s, const vl_annotation *a, ment *m, size_t i, int64_t other, vl_error *err) {
    int64_t keep = m[i].entity, gone = other, ks[2], gs[2];
    for (size_t q = 0; q < a->nentities; q++)
        if (m[q].created && m[q].entity == gone) return VL_OK;
    int rc = entity_size(s, keep, ks, err);
    if (!rc) rc = entity_size(s, gone, gs, err);
    if (rc || (ks[0] < 2 && !m[i].created)) return rc;
    int same = seen_in_lang(s, gone, a->lang_code, err);
    if (same <= 0) return same < 0 ? VL_ESTORE : VL_OK;
    if (gs[1] > ks[1]) {
        keep = other;
        gone = m[i].entity;
    }
    /* The acronym's or the bare spelling's entity keeps its id; it takes
     * the name of the full name's entity ("Les Républicains", not "LR";
     * "Le Figaro", not "Figaro"), as first written, when that entity was
     * seen in two dispatches; not the name of an entity new with this
     * dispatch, which may be a one-off expansion of an acronym that means
     * something else elsewhere ("Le Texas Medical Center (TMC)" beside
     * the channel TMC). */
    char *full = NULL;
    if (keep == other && !m[i].created && (rc = entity_name(s, gone, &full, err))) return rc;
    if (!(rc = merge_entities(s, keep, gone, err)) && full) {
        sqlite3_stmt *rn = stmt(s, ST_RENAME_TO_ALIAS, err);
        if (!rn) rc = VL_ESTORE;
        else {
            sqlite3_bind_int64(rn, 1, keep);
            sqlite3_bind_text(rn, 2, full, -1, SQLITE_STATIC);
            rc = vl_store_step_done(s, rn, "writing the entities", err);
        }
    }
    free(full);
    if (rc) return rc;
    /* the mentions of `gone` now point to `keep`, which this dispatch did
     * not create unless it was the group's */
    int kept_new = 0;
    for (size_t q = 0; q < a->nentities; q++) kept_new |= m[q].created && m[q].entity == keep;
    for (size_t q = 0; q < a->nentities; q++)
        if (m[q].entity == gone || m[q].entity == keep) {
            m[q].entity = keep;
            m[q].created = kept_new;
            m[q].caps = 1; /* its name may now be in capitals: prefer_written_alias looks */
        }
    return VL_OK;
}

/* An acronym that the dispatch pairs with a name ("Les Républicains
 * (LR)", "the Commodity Credit Corporation, CCC,"; defined_as, or
 * vl_ner_link_acronyms having given the acronym the name's canonical name)
 * while the acronym has an entity of its own from earlier dispatches (the
 * one whose canonical key is the acronym's), which rule 6 cannot find: it
 * runs from an acronym to a name only.  The two are folded (fold_into);
 * for a name new with this dispatch that is linking it to the acronym's
 * entity.  Without the pairing, on the tagger's output, a name met the
 * acronym of another entity by chance ("ministre des Armées Florence
 * Parly" tagged as one organisation in a dispatch signed AFP); and from a
 * name to every acronym that spells it, not in its dispatch, joined whole
 * families of names to a short acronym (see candidates). */
static int merge_paired(vl_store *s, const vl_annotation *a, ment *m, vl_error *err) {
    const char *t = a->text;
    vl_buf k, nk, ini;
    vl_buf_init(&k);
    vl_buf_init(&nk);
    vl_buf_init(&ini);
    cands c = {0};
    int rc = VL_OK;
    for (size_t j = 0; j < a->nentities && !rc; j++) {
        const vl_ner_mention *y = &a->entities[j];
        if ((y->type != VL_NER_ORG && y->type != VL_NER_LOC) ||
            !vl_entity_is_acronym(t + y->own_start, y->own_end - y->own_start))
            continue;
        vl_buf_reset(&k); /* the acronym's key, computed once a pair is found */
        for (size_t i = 0; i < a->nentities && !rc; i++) {
            const vl_ner_mention *x = &a->entities[i];
            if (i == j || x->type != y->type || !m[i].entity ||
                vl_entity_is_acronym(t + x->own_start, x->own_end - x->own_start) ||
                !(same_bytes(t, y->canon_start, y->canon_end, x->canon_start, x->canon_end) || defined_as(a, i, j)))
                continue;
            if ((!k.len && vl_entity_key(t + y->own_start, y->own_end - y->own_start, &k)) ||
                vl_entity_key(t + x->canon_start, x->canon_end - x->canon_start, &nk)) {
                rc = oom(err);
                break;
            }
            int has = spells(nk.data, k.data, &ini);
            if (has < 0) rc = oom(err);
            if (has <= 0) continue;
            if ((rc = candidates(s, k.data, (int)x->type, 1, 1, &c, err))) break;
            if (!c.n || c.c[0].type != (int)x->type || c.c[0].id == m[i].entity) continue;
            if ((rc = fold_into(s, a, m, i, c.c[0].id, err))) break;
        }
    }
    vl_buf_free(&k);
    vl_buf_free(&nk);
    vl_buf_free(&ini);
    free(c.c);
    return rc;
}

/* A name that its dispatch writes with and without its article ("Le
 * Figaro", later "au Figaro", which the tagger gives as "Figaro" and
 * vl_ner_merge as a mention of "Le Figaro") while each spelling already
 * has an entity of its own: the first "Figaro" made one, which rule 1
 * finds for every later "Figaro" alone, and "Le Figaro" found several
 * entities under "Figaro" (rule 2: ambiguous) and made another.  The
 * entity of the bare spelling (the one whose canonical key it is) is
 * folded into the group's (fold_into).  Organisations only: places do not
 * merge by words within a dispatch ("Paris", "rue de Paris"). */
static int fold_article_variants(vl_store *s, const vl_annotation *a, ment *m, vl_error *err) {
    const char *t = a->text;
    vl_buf own, canon;
    vl_buf_init(&own);
    vl_buf_init(&canon);
    cands c = {0};
    int rc = VL_OK;
    for (size_t q = 0; q < a->nentities && !rc; q++) {
        const vl_ner_mention *x = &a->entities[q];
        if (x->type != VL_NER_ORG || !m[q].entity || same_bytes(t, x->own_start, x->own_end, x->canon_start, x->canon_end))
            continue;
        if (vl_entity_key(t + x->own_start, x->own_end - x->own_start, &own) ||
            vl_entity_key(t + x->canon_start, x->canon_end - x->canon_start, &canon)) {
            rc = oom(err);
            break;
        }
        const char *bare = without_article(canon.data);
        if (!bare || strcmp(bare, own.data) != 0) continue;
        if ((rc = candidates(s, own.data, VL_NER_ORG, 1, 0, &c, err))) break;
        if (c.n && c.c[0].type == VL_NER_ORG && c.c[0].id != m[q].entity) rc = fold_into(s, a, m, q, c.c[0].id, err);
    }
    vl_buf_free(&own);
    vl_buf_free(&canon);
    free(c.c);
    return rc;
}

/* Links every mention group of the annotation to an entity (creating
 * those that link to none) into m[]: the acronyms after the other names,
 * so that an acronym finds its name in the same dispatch (acronym_in_doc)
 * whatever their order. */
static int link_mentions(vl_store *s, const vl_annotation *a, ment *m, vl_error *err) {
    vl_entity_store *es = s->ents;
    cands c = {0};
    int rc = VL_OK;
    const char *t = a->text;
    for (size_t pass = 0, i = 0; pass < 2 && !rc; i = 0, pass++)
    for (; i < a->nentities && !rc; i++) {
        const vl_ner_mention *x = &a->entities[i];
        int acro = vl_entity_is_acronym(t + x->canon_start, x->canon_end - x->canon_start);
        if (acro != (int)pass) continue;
        m[i].alias_off = vl_ner_title_skip(t + x->start, x->end - x->start, x->type);
        /* The group: the first mention with the same type and name. */
        size_t first = i;
        for (size_t k = 0; k < i && first == i; k++)
            if (a->entities[k].type == x->type &&
                same_bytes(t, a->entities[k].canon_start, a->entities[k].canon_end, x->canon_start, x->canon_end))
                first = k;
        if (first != i) {
            m[i].entity = m[first].entity;
            m[i].created = m[first].created;
            m[i].caps = m[first].caps;
            continue;
        }
        if ((rc = vl_entity_key(t + x->canon_start, x->canon_end - x->canon_start, &es->key))) {
            rc = oom(err);
            break;
        }
        if (!es->key.len) continue;
        char *key = strdup(es->key.data);
        if (!key) {
            rc = oom(err);
            break;
        }
        int amb = ambiguous_in_doc(s, a, i, key);
        int64_t here = 0;
        if (amb < 0 || (acro && (x->type == VL_NER_ORG || x->type == VL_NER_LOC) && acronym_in_doc(a, m, i, key, &here)))
            rc = oom(err);
        else if (here) {
            cand *g = vl_array_grow(c.c, &c.cap, 0, sizeof *g, 8);
            if (!g) {
                free(key);
                rc = oom(err);
                break;
            }
            c.c = g;
            c.c[0] = (cand){.id = here};
            c.n = 1;
        } else {
            rc = candidates(s, key, (int)x->type, amb, acro, &c, err);
        }
        if (!rc && c.n) {
            m[i].entity = c.c[0].id;
            m[i].caps = c.c[0].caps;
            if (c.c[0].shouts)
                rc = prefer_written_case(s, c.c[0].id, t + x->canon_start, x->canon_end - x->canon_start, key, err);
        } else if (!rc) {
            rc = create(s, t + x->canon_start, x->canon_end - x->canon_start, (int)x->type, key, a->date,
                        &m[i].entity, err);
            m[i].created = 1;
            /* as ST_SHOUTING tells: no ASCII lower-case letter, > 4 bytes */
            size_t cs = x->canon_start, ce = x->canon_end;
            int lower = 0;
            for (size_t k = cs; k < ce && !lower; k++) lower = t[k] >= 'a' && t[k] <= 'z';
            m[i].caps = !lower && ce - cs > 4;
        }
        free(key);
    }
    free(c.c);
    return rc;
}

/* Whether every word of key `sub` is a word of key `of` (keys are words
 * separated by one space, vl_entity_key). */
static int words_within(const char *sub, size_t sublen, const char *of, size_t oflen) {
    for (size_t i = 0; i < sublen;) {
        size_t j = i;
        while (j < sublen && sub[j] != ' ') j++;
        int found = 0;
        for (size_t k = 0; k < oflen && !found;) {
            size_t l = k;
            while (l < oflen && of[l] != ' ') l++;
            found = l - k == j - i && memcmp(of + k, sub + i, j - i) == 0;
            k = l + 1;
        }
        if (!found) return 0;
        i = j + 1;
    }
    return sublen > 0;
}

/* An entity named in capitals (a headline's "MER BALTIQUE") takes the most
 * frequent of its aliases written in ordinary case ("Baltique", from the
 * body's "mer Baltique") when that alias's words are all words of the name:
 * the same name, recased or shortened, never another one (an acronym does
 * not become its expansion).  prefer_written_case covers the alias with the
 * very same key, as soon as it is seen; this one runs once the document's
 * aliases are counted. */
static int prefer_written_alias(vl_store *s, int64_t id, vl_error *err) {
    vl_entity_store *es = s->ents;
    sqlite3_stmt *sh = stmt(s, ST_SHOUTING, err), *al = stmt(s, ST_WRITTEN_ALIASES, err),
                 *rn = stmt(s, ST_RENAME_TO_ALIAS, err);
    if (!sh || !al || !rn) return VL_ESTORE;
    sqlite3_bind_int64(sh, 1, id);
    int rc = VL_OK;
    if (sqlite3_step(sh) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(sh, 0);
        rc = vl_entity_key(name, strlen(name), &es->full) ? oom(err) : VL_OK;
    } else {
        es->full.len = 0; /* not in capitals (any more) */
    }
    sqlite3_reset(sh);
    sqlite3_clear_bindings(sh);
    if (rc || !es->full.len) return rc;
    sqlite3_bind_int64(al, 1, id);
    char *pick = NULL;
    while (!rc && !pick && sqlite3_step(al) == SQLITE_ROW) {
        const char *alias = (const char *)sqlite3_column_text(al, 0);
        if (vl_entity_key(alias, strlen(alias), &es->var)) rc = oom(err);
        else if (words_within(es->var.data, es->var.len, es->full.data, es->full.len) && !(pick = strdup(alias)))
            rc = oom(err);
    }
    sqlite3_reset(al);
    sqlite3_clear_bindings(al);
    if (!rc && pick) {
        sqlite3_bind_int64(rn, 1, id);
        sqlite3_bind_text(rn, 2, pick, -1, SQLITE_STATIC);
        rc = vl_store_step_done(s, rn, "writing the entities", err);
    }
    free(pick);
    return rc;
}

static int write_new(vl_store *s, int64_t rowid, const vl_annotation *a, vl_error *err) {
    if (!a->nentities) return VL_OK;
    ment *m = calloc(a->nentities, sizeof *m);
    if (!m) return oom(err);
    int rc = link_mentions(s, a, m, err);
    if (!rc) rc = merge_paired(s, a, m, err);
    if (!rc) rc = fold_article_variants(s, a, m, err);
    sqlite3_stmt *add = stmt(s, ST_ADD, err), *doc = stmt(s, ST_DOC, err), *alias = stmt(s, ST_ALIAS, err),
                 *men = stmt(s, ST_MENTION, err);
    if (!rc && (!add || !doc || !alias || !men)) rc = VL_ESTORE;
    const char *t = a->text;
    vl_entity_store *es = s->ents;
    vl_buf canon;
    vl_buf_init(&canon);
    for (size_t i = 0; i < a->nentities && !rc; i++) {
        const vl_ner_mention *x = &a->entities[i];
        if (!m[i].entity) continue;
        /* Once per entity: its counts and its row for this document. */
        int seen = 0;
        for (size_t k = 0; k < i && !seen; k++) seen = m[k].entity == m[i].entity;
        if (!seen) {
            int64_t n = 0;
            for (size_t k = i; k < a->nentities; k++) n += m[k].entity == m[i].entity;
            sqlite3_bind_int64(add, 1, m[i].entity);
            sqlite3_bind_int64(add, 2, n);
            sqlite3_bind_text(add, 3, a->date, -1, SQLITE_STATIC);
            if ((rc = vl_store_step_done(s, add, "writing the entities", err))) break;
            sqlite3_bind_int64(doc, 1, m[i].entity);
            sqlite3_bind_int64(doc, 2, rowid);
            sqlite3_bind_text(doc, 3, a->date, -1, SQLITE_STATIC);
            sqlite3_bind_int64(doc, 4, n);
            if ((rc = vl_store_step_done(s, doc, "writing the entities", err))) break;
        }
        /* Once per alias of the entity in this document: its count and
         * its keys. */
        size_t as = x->start + m[i].alias_off, ae = x->end;
        int alias_seen = 0;
        for (size_t k = 0; k < i && !alias_seen; k++)
            alias_seen = m[k].entity == m[i].entity &&
                         same_bytes(t, a->entities[k].start + m[k].alias_off, a->entities[k].end, as, ae);
        if (!alias_seen) {
            int64_t n = 0;
            for (size_t k = i; k < a->nentities; k++)
                n += m[k].entity == m[i].entity &&
                     same_bytes(t, a->entities[k].start + m[k].alias_off, a->entities[k].end, as, ae);
            /* An entity this document created has no alias yet but those
             * of its earlier mentions (alias_seen): no update to try. */
            int changed = 0;
            if (!m[i].created) {
                sqlite3_bind_int64(alias, 1, m[i].entity);
                sqlite3_bind_text(alias, 2, t + as, (int)(ae - as), SQLITE_STATIC);
                sqlite3_bind_int64(alias, 3, n);
                if ((rc = vl_store_step_done(s, alias, "writing the entities", err))) break;
                changed = sqlite3_changes(s->db) > 0;
            }
            /* A new alias: its row, then its keys (an old one has them). */
            if (!changed) {
                sqlite3_stmt *ins = stmt(s, ST_ALIAS_NEW, err);
                if (!ins) {
                    rc = VL_ESTORE;
                    break;
                }
                sqlite3_bind_int64(ins, 1, m[i].entity);
                sqlite3_bind_text(ins, 2, t + as, (int)(ae - as), SQLITE_STATIC);
                sqlite3_bind_int64(ins, 3, n);
                if ((rc = vl_store_step_done(s, ins, "writing the entities", err))) break;
                if (vl_entity_key(t + as, ae - as, &es->key)) {
                    rc = oom(err);
                    break;
                }
                /* The alias of an entity this document created, under
                 * its canonical name's key: create() wrote those keys. */
                int known = 0;
                if (es->key.len && m[i].created) {
                    if (vl_entity_key(t + x->canon_start, x->canon_end - x->canon_start, &canon)) {
                        rc = oom(err);
                        break;
                    }
                    known = canon.len == es->key.len && memcmp(canon.data, es->key.data, canon.len) == 0;
                }
                if (es->key.len && !known) {
                    char *key = strdup(es->key.data);
                    if (!key) {
                        rc = oom(err);
                        break;
                    }
                    rc = add_keys(s, m[i].entity, (int)x->type, key, vl_entity_is_acronym(t + as, ae - as), err);
                    free(key);
                    if (rc) break;
                }
            }
        }
        sqlite3_bind_int64(men, 1, rowid);
        sqlite3_bind_int64(men, 2, (int64_t)x->cp_start);
        sqlite3_bind_int64(men, 3, (int64_t)x->cp_end);
        sqlite3_bind_int64(men, 4, m[i].entity);
        sqlite3_bind_text(men, 5, t + x->start, (int)(x->end - x->start), SQLITE_STATIC);
        rc = vl_store_step_done(s, men, "writing the entities", err);
    }
    /* Once the aliases are counted: a name in capitals, once per entity. */
    for (size_t i = 0; i < a->nentities && !rc; i++) {
        if (!m[i].entity || !m[i].caps) continue;
        int seen = 0;
        for (size_t k = 0; k < i && !seen; k++) seen = m[k].entity == m[i].entity;
        if (!seen) rc = prefer_written_alias(s, m[i].entity, err);
    }
    vl_buf_free(&canon);
    free(m);
    return rc;
}

/* Rewrites the keys of entity `id` from its name and remaining aliases
 * (after an alias disappeared with a replaced document). */
static int rekey(vl_store *s, int64_t id, const char *name, int type, vl_error *err) {
    vl_entity_store *es = s->ents;
    sqlite3_stmt *del = stmt(s, ST_DEL_KEYS, err), *al = stmt(s, ST_ALIASES_OF, err);
    if (!del || !al) return VL_ESTORE;
    sqlite3_bind_int64(del, 1, id);
    int rc = vl_store_step_done(s, del, "writing the entities", err);
    char **names = NULL;
    size_t n = 0, cap = 0;
    if (!rc) {
        sqlite3_bind_int64(al, 1, id);
        while (!rc && sqlite3_step(al) == SQLITE_ROW) {
            char **g = vl_array_grow(names, &cap, n, sizeof *names, 8);
            if (!g || !(g[n] = strdup((const char *)sqlite3_column_text(al, 0)))) rc = oom(err);
            if (g) names = g;
            if (!rc) n++;
        }
        sqlite3_reset(al);
        sqlite3_clear_bindings(al);
    }
    for (size_t i = 0; i <= n && !rc; i++) {
        const char *nm = i < n ? names[i] : name;
        if (vl_entity_key(nm, strlen(nm), &es->key)) rc = oom(err);
        else if (es->key.len) {
            char *key = strdup(es->key.data);
            rc = key ? add_keys(s, id, type, key, vl_entity_is_acronym(nm, strlen(nm)), err) : oom(err);
            free(key);
        }
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    return rc;
}

/* Takes the old version of document `rowid` out of the counts. */
static int remove_old(vl_store *s, int64_t rowid, vl_error *err) {
    sqlite3_stmt *od = stmt(s, ST_OLD_DOCS, err), *om = stmt(s, ST_OLD_MENTIONS, err),
                 *asub = stmt(s, ST_ALIAS_SUB, err), *sub = stmt(s, ST_SUB, err);
    if (!od || !om || !asub || !sub) return VL_ESTORE;
    int64_t *ids = NULL;
    size_t n = 0, cap = 0;
    int rc = VL_OK, step;
    /* Aliases first: their entity's type says which titles to strip. */
    sqlite3_bind_int64(om, 1, rowid);
    while (!rc && (step = sqlite3_step(om)) == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(om, 1);
        size_t len = (size_t)sqlite3_column_bytes(om, 1);
        size_t skip = vl_ner_title_skip(text, len, (vl_ner_type)type_code((const char *)sqlite3_column_text(om, 2)));
        sqlite3_bind_int64(asub, 1, sqlite3_column_int64(om, 0));
        sqlite3_bind_text(asub, 2, text + skip, (int)(len - skip), SQLITE_TRANSIENT);
        rc = vl_store_step_done(s, asub, "writing the entities", err);
    }
    sqlite3_reset(om);
    sqlite3_clear_bindings(om);
    sqlite3_bind_int64(od, 1, rowid);
    while (!rc && (step = sqlite3_step(od)) == SQLITE_ROW) {
        int64_t *g = vl_array_grow(ids, &cap, n, sizeof *ids, 16);
        if (!g) {
            rc = oom(err);
            break;
        }
        ids = g;
        ids[n++] = sqlite3_column_int64(od, 0);
        sqlite3_bind_int64(sub, 1, sqlite3_column_int64(od, 0));
        sqlite3_bind_int64(sub, 2, sqlite3_column_int64(od, 1));
        rc = vl_store_step_done(s, sub, "writing the entities", err);
    }
    sqlite3_reset(od);
    sqlite3_clear_bindings(od);
    const int dels[] = {ST_DEL_MENTIONS, ST_DEL_DOCS};
    for (size_t k = 0; k < 2 && !rc; k++) {
        sqlite3_stmt *d = stmt(s, dels[k], err);
        if (!d) rc = VL_ESTORE;
        else {
            sqlite3_bind_int64(d, 1, rowid);
            rc = vl_store_step_done(s, d, "writing the entities", err);
        }
    }
    /* Each entity the old version mentioned: gone with it, or its dates
     * and (when an alias went) its keys brought up to date. */
    for (size_t i = 0; i < n && !rc; i++) {
        sqlite3_stmt *za = stmt(s, ST_DEL_ZERO_ALIASES, err), *left = stmt(s, ST_DOCS_LEFT, err);
        if (!za || !left) {
            rc = VL_ESTORE;
            break;
        }
        sqlite3_bind_int64(za, 1, ids[i]);
        if ((rc = vl_store_step_done(s, za, "writing the entities", err))) break;
        int aliases_gone = sqlite3_changes(s->db) > 0;
        sqlite3_bind_int64(left, 1, ids[i]);
        int64_t docs = 0;
        char *name = NULL;
        int type = 0;
        if (sqlite3_step(left) == SQLITE_ROW) {
            docs = sqlite3_column_int64(left, 0);
            name = strdup((const char *)sqlite3_column_text(left, 1));
            type = type_code((const char *)sqlite3_column_text(left, 2));
            if (!name) rc = oom(err);
        }
        sqlite3_reset(left);
        sqlite3_clear_bindings(left);
        if (!rc && docs <= 0) {
            const int gone[] = {ST_DEL_ENTITY, ST_DEL_ALIASES, ST_DEL_KEYS};
            for (size_t k = 0; k < 3 && !rc; k++) {
                sqlite3_stmt *d = stmt(s, gone[k], err);
                if (!d) rc = VL_ESTORE;
                else {
                    sqlite3_bind_int64(d, 1, ids[i]);
                    rc = vl_store_step_done(s, d, "writing the entities", err);
                }
            }
        } else if (!rc) {
            sqlite3_stmt *seen = stmt(s, ST_SEEN, err);
            if (!seen) rc = VL_ESTORE;
            else {
                sqlite3_bind_int64(seen, 1, ids[i]);
                rc = vl_store_step_done(s, seen, "writing the entities", err);
            }
            if (!rc && aliases_gone && name) rc = rekey(s, ids[i], name, type, err);
        }
        free(name);
    }
    free(ids);
    return rc;
}

int vl_store_write_entities(vl_store *s, int64_t rowid, int replacing, const vl_annotation *a, vl_error *err) {
    vl_entity_store *es = NULL;
    int rc = state(s, &es, err);
    if (!rc && replacing) rc = remove_old(s, rowid, err);
    if (!rc) rc = write_new(s, rowid, a, err);
    return rc;
}

static int fill_entities_of(vl_store *s, int64_t rowid, const vl_annotation *a, void *ctx, vl_error *err) {
    (void)ctx;
    return vl_store_write_entities(s, rowid, 0, a, err);
}

/* In the order of dates, so that first and last seen come out right. */
int vl_store_fill_entities(vl_store *s, vl_error *err) {
    return vl_store_each_annotated(s, 1, fill_entities_of, NULL, err);
}

/* ------------------------------------------------------------- reading */

/* The entities a name designates (vl_entity_find's rules), most mentioned
 * first; none: out->n == 0. */
static int resolve_name(vl_store *s, const char *name, cands *out, vl_error *err) {
    vl_entity_store *es = NULL;
    int rc = state(s, &es, err);
    if (rc) return rc;
    out->n = 0;
    if (!name) return VL_OK;
    if (vl_entity_key(name, strlen(name), &es->key)) return oom(err);
    if (!es->key.len) return VL_OK;
    char *key = strdup(es->key.data);
    if (!key) return oom(err);
    rc = candidates(s, key, -1, 0, 0, out, err);
    free(key);
    for (size_t i = 1; i < out->n; i++)
        for (size_t j = i; j > 0 && out->c[j].mentions > out->c[j - 1].mentions; j--) {
            cand tmp = out->c[j];
            out->c[j] = out->c[j - 1];
            out->c[j - 1] = tmp;
        }
    return rc;
}

int vl_entity_filter_ids(vl_store *s, const char *name, vl_buf *ids, vl_error *err) {
    cands c = {0};
    int rc = resolve_name(s, name, &c, err);
    vl_buf_reset(ids);
    for (size_t i = 0; i < c.n && !rc; i++)
        if (vl_buf_printf(ids, "%s%lld", i ? "," : "", (long long)c.c[i].id)) rc = oom(err);
    if (!rc && !c.n && vl_buf_puts(ids, "NULL")) rc = oom(err);
    free(c.c);
    return rc;
}

/* Parses a type name in any case into its canonical spelling; -1: none
 * given; VL_EARG: unknown. */
static int parse_type(const char *t, const char **out, vl_error *err) {
    *out = NULL;
    if (!t || !*t) return VL_OK;
    for (int k = 0; k < VL_NER_NTYPES; k++) {
        const char *n = vl_ner_type_name((vl_ner_type)k);
        if (strlen(n) == strlen(t) && strncasecmp(n, t, strlen(n)) == 0) {
            *out = n;
            return VL_OK;
        }
    }
    return vl_error_set(err, VL_EARG, NULL, 0, "unknown entity type \"%.20s\" (PER, LOC, ORG or MISC)", t);
}

static void entity_from_row(sqlite3_stmt *st, int col, vl_entity *e) {
    e->id = sqlite3_column_int64(st, col);
    e->name = (const char *)sqlite3_column_text(st, col + 1);
    e->type = (const char *)sqlite3_column_text(st, col + 2);
    e->mentions = sqlite3_column_int64(st, col + 3);
    e->docs = sqlite3_column_int64(st, col + 4);
    e->first_seen = (const char *)sqlite3_column_text(st, col + 5);
    e->last_seen = (const char *)sqlite3_column_text(st, col + 6);
}

int vl_entities(vl_store *s, const vl_entity_query *q, int (*on_entity)(void *, const vl_entity *), void *ctx,
                vl_error *err) {
    vl_entity_query none = {0};
    if (!q) q = &none;
    const char *type;
    char from[11], to[11];
    if (parse_type(q->type, &type, err) || vl_timex_filter_bound(q->date_from, 0, from, "from", err) ||
        vl_timex_filter_bound(q->date_to, 1, to, "to", err))
        return VL_EARG;
    int limit = q->limit > 0 ? (q->limit > 10000 ? 10000 : q->limit) : 20;
    int dated = from[0] || to[0];
    const char *text =
        /* Counted first (the period's dispatches by docs_date, their
         * rows by entity_docs_doc), joined to the entities after. */
        dated ? "SELECT e.id, e.name, e.type, x.m, x.n, e.first_seen, e.last_seen FROM"
                " (SELECT entity, sum(mentions) AS m, count(*) AS n FROM entity_docs"
                "  WHERE doc IN (SELECT rowid FROM docs WHERE date >= ?4 AND date <= ?5) GROUP BY entity) x"
                " JOIN entities e ON e.id = x.entity WHERE (?1 IS NULL OR e.type = ?1)"
                " ORDER BY x.m DESC, x.n DESC, e.id LIMIT ?2 OFFSET ?3"
              : "SELECT id, name, type, mentions, docs, first_seen, last_seen FROM entities"
                " WHERE (?1 IS NULL OR type = ?1) ORDER BY mentions DESC, docs DESC, id LIMIT ?2 OFFSET ?3";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, text, -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "listing the entities");
    if (type) sqlite3_bind_text(st, 1, type, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, limit);
    sqlite3_bind_int(st, 3, q->offset > 0 ? q->offset : 0);
    if (dated) {
        sqlite3_bind_text(st, 4, from[0] ? from : "0000-01-01", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, to[0] ? to : "9999-12-31", -1, SQLITE_STATIC);
    }
    int step, rc = VL_OK;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        vl_entity e;
        entity_from_row(st, 0, &e);
        if (on_entity && on_entity(ctx, &e)) break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "listing the entities");
    sqlite3_finalize(st);
    return rc;
}

void vl_entity_info_free(vl_entity_info *info) {
    if (!info) return;
    free((char *)info->entity.name);
    free((char *)info->entity.type);
    free((char *)info->entity.first_seen);
    free((char *)info->entity.last_seen);
    for (size_t i = 0; i < info->naliases; i++) free((char *)info->aliases[i].name);
    free(info->aliases);
    free(info->months);
    for (size_t i = 0; i < info->nrelated; i++) {
        vl_entity *e = &info->related[i].entity;
        free((char *)e->name);
        free((char *)e->type);
        free((char *)e->first_seen);
        free((char *)e->last_seen);
    }
    free(info->related);
    for (size_t i = 0; i < info->ndispatches; i++) {
        free((char *)info->dispatches[i].id);
        free((char *)info->dispatches[i].date);
        free((char *)info->dispatches[i].title);
    }
    free(info->dispatches);
    free(info);
}

static char *col_dup(sqlite3_stmt *st, int i, int *bad) {
    const unsigned char *t = sqlite3_column_text(st, i);
    char *d = strdup(t ? (const char *)t : "");
    if (!d) *bad = 1;
    return d;
}

static void entity_dup(sqlite3_stmt *st, int col, vl_entity *e, int *bad) {
    e->id = sqlite3_column_int64(st, col);
    e->name = col_dup(st, col + 1, bad);
    e->type = col_dup(st, col + 2, bad);
    e->mentions = sqlite3_column_int64(st, col + 3);
    e->docs = sqlite3_column_int64(st, col + 4);
    e->first_seen = col_dup(st, col + 5, bad);
    e->last_seen = col_dup(st, col + 6, bad);
}

/* The first sentence of a text (at most ~160 characters), for dispatches
 * without a title. */
static char *first_sentence(const char *text) {
    if (!text) return strdup("");
    size_t n = 0, chars = 0;
    for (; text[n]; n++) {
        unsigned char c = (unsigned char)text[n];
        if ((c & 0xc0) != 0x80) chars++;
        if ((c == '.' || c == '!' || c == '?') && (text[n + 1] == ' ' || text[n + 1] == '\n' || !text[n + 1])) {
            n++;
            break;
        }
        if (c == '\n' || (chars > 160 && c == ' ')) break;
    }
    char *out = malloc(n + 1);
    if (!out) return NULL;
    memcpy(out, text, n);
    out[n] = 0;
    return out;
}

#define ENTITY_COLS "e.id, e.name, e.type, e.mentions, e.docs, e.first_seen, e.last_seen"

/* Runs `text` with ?1 = id and ?2 = limit, calling row() per row. */
static int each_row(vl_store *s, const char *text, int64_t id, int limit,
                    int (*row)(sqlite3_stmt *, vl_entity_info *), vl_entity_info *info, vl_error *err) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, text, -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "reading an entity");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, limit);
    int step, rc = VL_OK;
    while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) rc = row(st, info);
    if (rc) rc = oom(err);
    else if (step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "reading an entity");
    sqlite3_finalize(st);
    return rc;
}

static int alias_row(sqlite3_stmt *st, vl_entity_info *info) {
    vl_entity_alias *a = realloc(info->aliases, (info->naliases + 1) * sizeof *a);
    if (!a) return VL_ENOMEM;
    info->aliases = a;
    int bad = 0;
    a[info->naliases].name = col_dup(st, 0, &bad);
    a[info->naliases].count = sqlite3_column_int64(st, 1);
    info->naliases++;
    return bad ? VL_ENOMEM : VL_OK;
}

static int month_row(sqlite3_stmt *st, vl_entity_info *info) {
    vl_entity_month *m = realloc(info->months, (info->nmonths + 1) * sizeof *m);
    if (!m) return VL_ENOMEM;
    info->months = m;
    vl_entity_month *x = &m[info->nmonths++];
    memset(x, 0, sizeof *x);
    const char *p = (const char *)sqlite3_column_text(st, 0);
    if (p) strncpy(x->month, p, sizeof x->month - 1);
    x->mentions = sqlite3_column_int64(st, 1);
    x->docs = sqlite3_column_int64(st, 2);
    return VL_OK;
}

static int related_row(sqlite3_stmt *st, vl_entity_info *info) {
    vl_entity_related *r = realloc(info->related, (info->nrelated + 1) * sizeof *r);
    if (!r) return VL_ENOMEM;
    info->related = r;
    int bad = 0;
    vl_entity_related *x = &r[info->nrelated++];
    memset(x, 0, sizeof *x);
    entity_dup(st, 0, &x->entity, &bad);
    x->shared = sqlite3_column_int64(st, 7);
    return bad ? VL_ENOMEM : VL_OK;
}

static int dispatch_row(sqlite3_stmt *st, vl_entity_info *info) {
    vl_entity_doc *d = realloc(info->dispatches, (info->ndispatches + 1) * sizeof *d);
    if (!d) return VL_ENOMEM;
    info->dispatches = d;
    int bad = 0;
    vl_entity_doc *x = &d[info->ndispatches++];
    memset(x, 0, sizeof *x);
    x->id = col_dup(st, 0, &bad);
    x->date = col_dup(st, 1, &bad);
    const char *title = (const char *)sqlite3_column_text(st, 2);
    x->title = title && *title ? strdup(title) : first_sentence((const char *)sqlite3_column_text(st, 3));
    if (!x->title) bad = 1;
    x->mentions = sqlite3_column_int64(st, 4);
    return bad ? VL_ENOMEM : VL_OK;
}

int vl_entity_find(vl_store *s, const char *name, const vl_entity_find_opts *opts, vl_entity_info **out,
                   vl_error *err) {
    *out = NULL;
    if (!name || !*name) return vl_error_set(err, VL_EARG, NULL, 0, "no entity name");
    cands c = {0};
    int rc = resolve_name(s, name, &c, err);
    int64_t id = c.n ? c.c[0].id : 0;
    free(c.c);
    if (rc) return rc;
    if (!id) return vl_error_set(err, VL_ENOTFOUND, NULL, 0, "no entity named \"%.300s\"", name);
    int max_docs = opts && opts->max_dispatches > 0 ? opts->max_dispatches : 20;
    int max_rel = opts && opts->max_related > 0 ? opts->max_related : 10;
    vl_entity_info *info = calloc(1, sizeof *info);
    if (!info) return oom(err);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT " ENTITY_COLS " FROM entities e WHERE e.id = ?1", -1, &st, NULL) !=
        SQLITE_OK) {
        free(info);
        return vl_store_sqlite_error(s, err, "reading an entity");
    }
    sqlite3_bind_int64(st, 1, id);
    int bad = 0;
    if (sqlite3_step(st) == SQLITE_ROW) entity_dup(st, 0, &info->entity, &bad);
    else rc = vl_store_sqlite_error(s, err, "reading an entity");
    sqlite3_finalize(st);
    if (!rc && bad) rc = oom(err);
    if (!rc)
        rc = each_row(s, "SELECT name, count FROM entity_aliases WHERE entity = ?1 AND count > 0"
                         " ORDER BY count DESC, name LIMIT ?2",
                      id, 1000, alias_row, info, err);
    if (!rc)
        rc = each_row(s, "SELECT substr(date, 1, 7) AS month, sum(mentions), count(*) FROM entity_docs"
                         " WHERE entity = ?1 GROUP BY month ORDER BY month LIMIT ?2",
                      id, 100000, month_row, info, err);
    /* Co-occurrence: the other entities of its dispatches, by number of
     * dispatches shared (each dispatch's rows through entity_docs_doc). */
    if (!rc)
        rc = each_row(s, "SELECT " ENTITY_COLS ", count(*) AS shared FROM entity_docs a"
                         " JOIN entity_docs b ON b.doc = a.doc AND b.entity <> a.entity"
                         " JOIN entities e ON e.id = b.entity WHERE a.entity = ?1"
                         " GROUP BY b.entity ORDER BY shared DESC, e.mentions DESC, e.id LIMIT ?2",
                      id, max_rel, related_row, info, err);
    if (!rc)
        rc = each_row(s, "SELECT d.id, d.date, d.title, substr(d.text, 1, 600), ed.mentions"
                         " FROM entity_docs ed JOIN docs d ON d.rowid = ed.doc WHERE ed.entity = ?1"
                         " ORDER BY ed.date DESC, d.id LIMIT ?2",
                      id, max_docs, dispatch_row, info, err);
    if (rc) {
        vl_entity_info_free(info);
        return rc;
    }
    *out = info;
    return VL_OK;
}

int vl_store_entities(vl_store *s, const char *id, int (*on_entity)(void *, const vl_doc_entity *), void *ctx,
                      vl_error *err) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT d.rowid, m.start, m.\"end\", m.text, e.type, e.id, e.name"
                           " FROM docs d LEFT JOIN mentions m ON m.doc = d.rowid"
                           " LEFT JOIN entities e ON e.id = m.entity WHERE d.id = ?1 ORDER BY m.start",
                           -1, &st, NULL) != SQLITE_OK)
        return vl_store_sqlite_error(s, err, "reading the entities");
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int step, found = 0, rc = VL_OK;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        found = 1;
        if (sqlite3_column_type(st, 1) == SQLITE_NULL) continue;
        vl_doc_entity m = {
            .start = sqlite3_column_int64(st, 1),
            .end = sqlite3_column_int64(st, 2),
            .text = (const char *)sqlite3_column_text(st, 3),
            .type = (const char *)sqlite3_column_text(st, 4),
            .entity = sqlite3_column_int64(st, 5),
            .name = (const char *)sqlite3_column_text(st, 6),
        };
        if (on_entity && on_entity(ctx, &m)) break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "reading the entities");
    else if (!found) rc = vl_error_set(err, VL_ENOTFOUND, NULL, 0, "no document with id \"%.300s\"", id);
    sqlite3_finalize(st);
    return rc;
}

int vl_entity_facets_run(vl_store *s, sqlite3_stmt *st, int (*on_entity)(void *, const vl_entity *), void *ctx,
                         vl_error *err) {
    int step, rc = VL_OK;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        vl_entity e;
        entity_from_row(st, 0, &e);
        if (on_entity && on_entity(ctx, &e)) break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE) rc = vl_store_sqlite_error(s, err, "counting the entities");
    return rc;
}
