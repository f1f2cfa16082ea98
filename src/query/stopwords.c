/*
 * stopwords.c -- the function words a query may leave out (stopwords.h).
 *
 * "le président de la république" asks for documents about a president
 * and a republic; "le", "de" and "la" are in nearly every French dispatch,
 * so requiring them changes which documents match by almost nothing and
 * their BM25 weight is close to zero, yet each costs a walk over almost
 * every row of the index (natural queries took four times as long as the
 * same queries without them).  Like the French and English analysers of
 * Lucene and Elasticsearch, the query leaves them out; unlike those, the
 * index keeps them, so that a phrase ("la une", "the who") still finds
 * them in place.
 *
 * One list for both languages, since a query says no language: only
 * words that are function words in French or English and not also
 * ordinary words of the other ("car", "son", "pour", "ton", "est" and "us"
 * are left out), in their folded form (lower case, no accents: "à" is
 * "a"), sorted for bsearch.
 */
#include "query/stopwords.h"

#include <stdlib.h>
#include <string.h>

static const char *const stopwords[] = {
    "a", "an", "and", "are", "as", "at", "au", "aux", "avec", "be", "been", "but", "by", "ce", "ces", "cet",
    "cette", "d", "dans", "de", "des", "du", "elle", "elles", "en", "et", "for", "from", "had", "has", "have",
    "he", "her", "his", "i", "il", "ils", "in", "into", "is", "it", "its", "je", "l", "la", "le", "les",
    "leur", "leurs", "lui", "mais", "me", "ne", "not", "nous", "of", "on", "or", "ou", "our", "par", "pas",
    "qu", "que", "qui", "sa", "se", "ses", "she", "sont", "sur", "than", "that", "the", "their", "them",
    "there", "these", "they", "this", "those", "to", "tu", "un", "une", "vous", "was", "we", "were", "which",
    "with", "would", "y", "you", "your",
};

static int cmp(const void *key, const void *elem) { return strcmp(key, *(const char *const *)elem); }

int vl_query_is_stopword(const char *folded) {
    return bsearch(folded, stopwords, sizeof stopwords / sizeof *stopwords, sizeof *stopwords, cmp) != NULL;
}

int vl_query_stopwords_sorted(void) {
    for (size_t i = 1; i < sizeof stopwords / sizeof *stopwords; i++)
        if (strcmp(stopwords[i - 1], stopwords[i]) >= 0) return 0;
    return 1;
}
