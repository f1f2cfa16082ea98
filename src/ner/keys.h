/*
 * keys.h -- the lookup keys that link the mentions of one entity across
 * dispatches and spellings (src/ner/keys.c, src/ner/links.c).  The store
 * (src/store/entities.c) writes them beside each entity and looks new
 * mentions up by them.
 */
#ifndef VL_NER_KEYS_H
#define VL_NER_KEYS_H

#include <stddef.h>

#include "base/base.h"
#include "ner/ner.h"

/* The normalised key of a name: case folded, accents and ligatures folded
 * (vl_text_fold), every run of characters that are not letters or digits
 * one space, no space at either end: "Jean-Claude  JUNCKER" -> "jean
 * claude juncker", "l’Élysée" -> "l elysee".  Empty when the name has no
 * letter or digit.  VL_OK or VL_ENOMEM. */
int vl_entity_key(const char *name, size_t len, vl_buf *out);

/* The transliteration-variant key of a normalised key: the same name
 * written in French or English transliteration of Cyrillic (Loukachenko /
 * Lukashenko, Khrouchtchev / Khrushchev, Zelensky / Zelenskyy / Zelenski,
 * Poutine / Putin) gets the same variant key.  Rules, applied to each word
 * left to right, longest pattern first:
 *     x -> ks      tch -> ch     sh -> ch     zh -> j      kh -> h
 *     ou -> u      y -> i       gu -> g before e or i, not at the start
 * then a doubled letter is written once (ii -> i, ss -> s), and at the
 * end of a word an "e" after a consonant is dropped (poutine -> putin,
 * alexandre -> aleksandr), as is the "e" of a final "er" after a consonant
 * (alexander -> aleksandr).  Digits and other letters are kept.  The key is lossy on purpose; the store uses it only
 * for people and places, and only when it points to exactly one entity of
 * the type (src/store/entities.c). */
int vl_entity_translit(const char *key, vl_buf *out);

/* The last word of a normalised key of two or more words ("mark rutte" ->
 * "rutte"): 1; 0 (out empty) for a one-word key; VL_ENOMEM. */
int vl_entity_surname(const char *key, vl_buf *out);

/* Which words of a name its acronym spells (vl_entity_initials). */
typedef enum vl_initials_style {
    VL_INITIALS_NAME,    /* the words that are not function words */
    VL_INITIALS_ARTICLE, /* those and a leading article: "Les Républicains",
                          * LR; "La France insoumise", LFI */
    VL_INITIALS_EVERY    /* every word of a name with a leading article:
                          * "La République en marche", LREM */
} vl_initials_style;

/* The initials of the words of a normalised key of two or more words
 * (VL_INITIALS_NAME: function words left out, "agence baltique de l
 * energie" -> "abe", "paris saint germain" -> "psg", "united states of
 * america" -> "usa"), an abbreviation (two to four letters without a
 * vowel) spelt whole ("paris fc" -> "pfc"): what an acronym of the name
 * spells.  The other styles count only for a key that starts with an
 * article (le, la, les: French parties and papers put it in their
 * acronym).  1; 0 (out empty) when fewer than two words count, a word that
 * counts starts with no letter a-z, or the style needs an article that the
 * key lacks; VL_ENOMEM. */
int vl_entity_initials(const char *key, vl_initials_style style, vl_buf *out);

/* 1 when a name as written is an acronym: two to five capital letters
 * A-Z, each maybe followed by a full stop ("UE", "OTAN", "U.S."). */
int vl_entity_is_acronym(const char *name, size_t len);

/* Bytes of leading titles (M., Mme, Dr, President ...) at the start of a
 * person's name as tagged, the same rule as vl_ner_merge uses ("M. Rutte"
 * -> 3); 0 for other types and for a name that is all titles. */
size_t vl_ner_title_skip(const char *name, size_t len, vl_ner_type type);

/* The table that links place names across languages, built from Debian's
 * iso-codes and libgeonames-common at build time (scripts/entity-links.py):
 * "Belarus", "Bélarus" and "Biélorussie" share the group "BY"; "Moscou"
 * and "Moscow" the group of GeoNames id 524901.  A name that belongs to
 * several groups ("Korea": north and south) is in none.  Immutable once
 * built; build one per store. */
typedef struct vl_entity_links vl_entity_links;
int vl_entity_links_new(vl_entity_links **out);
void vl_entity_links_free(vl_entity_links *l);
/* The group of a normalised key (vl_entity_key), or NULL. */
const char *vl_entity_link_group(const vl_entity_links *l, const char *key);

#endif
