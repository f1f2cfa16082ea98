#!/usr/bin/env python3
"""entity-links.py -- writes, as C source on standard output, the table
that links the French and English names of places (src/ner/keys.h,
vl_entity_links), read from Debian's packages at build time:

  countries  iso-codes: iso_3166-1.json (name, official_name, common_name)
             and their French translations in iso_3166-1.mo; grouped by
             the alpha-2 code                                  LGPL-2.1+
  countries  libgeonames-common: the French and English geonames.mo map
  and cities a country code or a GeoNames id to a name ("BY" ->
             "Biélorussie" / "Belarus"; "524901" -> "Moscou" / "Moscow");
             grouped by that code or id                         CC-BY-4.0
  names of   Apertium's bilingual dictionaries apertium-fr-es (French ->
  any kind   Spanish) and apertium-eng-spa (Spanish -> English), shipped
             compiled: dumped with lttoolbox's lt-print (AT&T text) and
             composed through the Spanish lemma ("OTAN" -> "OTAN" ->
             "NATO"; "Cisjordanie" -> "Cisjordania" -> "West Bank")  GPL-2

Rules: "Korea, Republic of" is cut at its comma ("Korea") as in
scripts/gazetteers.py; a name that lands in two groups ("Korea": KR and KP)
is ambiguous and left out; groups with a single name link nothing and are
left out.  From Apertium only capitalised lemmas on both sides are read
(proper nouns and acronyms, whatever their tag: "OTAN" is a common noun in
apertium-eng-spa), and a pair is kept only when the French name has one
Spanish lemma and that lemma one French name, and the Spanish lemma has
one English translation other than itself (a dictionary copies a name it
does not translate through unchanged: "Venise" -> "Venecia" -> "Venecia"
says nothing about English) which no other Spanish lemma shares, unless
those are all acronyms ("ONU", "NNUU" -> "UN").  A pair joins the group
of a name already linked (iso-codes, GeoNames) or starts its own; a pair
whose two names are in different groups is left out.  The dictionaries
have a few wrong pairs that pass these rules (Carloman -> Charlemagne,
Lanzarote -> Lancelot): the table does not edit them by hand.  Administrative regions (keys like "BY.04") are not read: they
share names with their capital.  The table carries names only: the C code
normalises them with the same function as the mentions (vl_entity_key).
Deterministic output (sorted).
"""
import collections
import gettext
import json
import os
import re
import sys

from lttoolbox import att_sections

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"
GEO_MO = ["/usr/share/locale/fr/LC_MESSAGES/geonames.mo",
          "/usr/share/locale/en/LC_MESSAGES/geonames.mo"]
AP_FR_ES = "/usr/share/apertium/apertium-fr-es/fr-es.autobil.bin"
AP_ES_EN = "/usr/share/apertium/apertium-eng-spa/spa-eng.autobil.bin"


def catalog(path):
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)._catalog




def att_symbol(s):
    return "" if s == "ε" else " " if s == "@_SPACE_@" else s


def capitalised_pairs(path):
    """The (left lemma, right lemma) pairs of a bilingual dictionary whose
    lemmas both start with a capital letter."""
    pairs = set()
    for arcs, finals in att_sections(path, "entity-links"):
        # A section with many arcs per state is a pattern (any letter,
        # any number), not a list of words: its paths are not lemmas.
        if sum(len(a) for a in arcs.values()) > 10 * max(1, len(arcs)):
            continue
        # Depth-first over the paths from state 0, not following an arc back
        # into the path (the loops of regular-expression entries).
        on_path = set()
        stack = [(0, "", "", False)]
        while stack:
            state, left, right, leaving = stack.pop()
            if leaving:
                on_path.discard(state)
                continue
            if state in finals:
                a, b = left.split("<")[0], right.split("<")[0]
                if a[:1].isupper() and b[:1].isupper() and "\t" not in a + b:
                    pairs.add((a, b))
            on_path.add(state)
            stack.append((state, "", "", True))
            for to, i, o in arcs.get(state, ()):
                if to not in on_path and len(left) < 200:
                    stack.append((to, left + att_symbol(i), right + att_symbol(o), False))
    return pairs


def apertium_pairs():
    """(French, English) names composed through Spanish (rules at the top)."""
    fr_es, es_en = capitalised_pairs(AP_FR_ES), capitalised_pairs(AP_ES_EN)
    es_of, fr_of = collections.defaultdict(set), collections.defaultdict(set)
    for fr, es in fr_es:
        es_of[fr].add(es)
        fr_of[es].add(fr)
    en_of, es_for = collections.defaultdict(set), collections.defaultdict(set)
    for es, en in es_en:
        if en != es:
            en_of[es].add(en)
            es_for[en].add(es)
    out = []
    for fr, ess in es_of.items():
        if len(ess) != 1:
            continue
        es = next(iter(ess))
        if len(fr_of[es]) != 1 or len(en_of.get(es, ())) != 1:
            continue
        en = next(iter(en_of[es]))
        sources = es_for[en]
        if len(sources) > 1 and not all(x.isupper() for x in sources):
            continue
        if en != fr:
            out.append((fr, en))
    return sorted(out)


def clean(name):
    name = " ".join(name.split())
    if ", " in name:
        name = name.split(", ")[0]
    return name


def main():
    for path in [ISO_JSON, ISO_MO, AP_FR_ES, AP_ES_EN] + GEO_MO:
        if not os.path.exists(path):
            sys.exit(f"entity-links: {path} is missing: run 'make deps' (as root)")
    groups = {}

    def add(group, name):
        name = clean(name)
        if len(name) > 1 and "\t" not in name and '"' not in name and "\\" not in name:
            groups.setdefault(group, set()).add(name)

    fr = catalog(ISO_MO)
    with open(ISO_JSON, encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            for key in ("name", "official_name", "common_name"):
                if key in c:
                    add(c["alpha_2"], c[key])
                    if c[key] in fr:
                        add(c["alpha_2"], fr[c[key]])
    for path in GEO_MO:
        for k, v in catalog(path).items():
            if not k or not v:
                continue
            if k.isdigit():
                add("g" + k, v)
            elif len(k) == 2 and k.isalpha() and k.isupper():
                add(k, v)
    # Single-name groups link nothing (and would make their name look
    # ambiguous: "Moscow", Idaho); a group of GeoNames ids whose names all
    # name one country is that country (GeoNames has both "RU" and the id
    # of Russia).
    groups = {g: n for g, n in groups.items() if len({x.casefold() for x in n}) > 1}
    country_of = {}
    for g, names in groups.items():
        if not g.startswith("g"):
            for n in names:
                country_of.setdefault(n.casefold(), set()).add(g)
    for g in [g for g in groups if g.startswith("g")]:
        owners = set()
        for n in groups[g]:
            owners |= country_of.get(n.casefold(), set())
        if len(owners) == 1 and all(n.casefold() in country_of for n in groups[g]):
            groups[next(iter(owners))] |= groups.pop(g)
    owner = collections.defaultdict(set)
    for g, names in groups.items():
        for n in names:
            owner[n.casefold()].add(g)
    fresh = 0
    for fr, en in apertium_pairs():
        if not all(len(n) > 1 and '"' not in n and "\\" not in n for n in (fr, en)):
            continue
        gf, ge = owner.get(fr.casefold(), set()), owner.get(en.casefold(), set())
        if gf and ge:
            continue  # both already linked: the places' tables decide
        if len(gf | ge) > 1:
            continue  # already ambiguous
        if gf or ge:
            g = next(iter(gf | ge))
        else:
            g = "a%d" % fresh
            fresh += 1
        groups.setdefault(g, set()).update((fr, en))
        owner[fr.casefold()].add(g)
        owner[en.casefold()].add(g)
    owners = {}
    for g, names in groups.items():
        for n in {x.casefold() for x in names}:
            owners.setdefault(n, set()).add(g)
    rows = []
    for g, names in groups.items():
        keep = sorted(n for n in names if len(owners[n.casefold()]) == 1)
        if len({n.casefold() for n in keep}) > 1:
            rows.extend((g, n) for n in keep)
    rows.sort()
    out = sys.stdout
    out.write("/* Generated by scripts/entity-links.py from iso-codes, libgeonames-common and\n"
              " * Apertium's apertium-fr-es and apertium-eng-spa dictionaries:\n"
              " * do not edit; see the script for the sources and their licences. */\n")
    out.write('#include "ner/links_data.h"\n\n')
    out.write("const char *const vl_entity_link_data[] = {\n")
    for g, n in rows:
        out.write('    "%s\\t%s",\n' % (g, n))
    out.write("};\n")
    out.write("const unsigned long vl_entity_link_count = %d;\n" % len(rows))
    print(f"entity-links: {len(rows)} names in {len({g for g, _ in rows})} groups", file=sys.stderr)


if __name__ == "__main__":
    main()
