#!/usr/bin/env python3
"""gazetteers.py -- writes the entity tagger's gazetteers from Debian's
packages into OUT (default build/gazetteers), one name per line, and with
a second folder OUT_EN the English model's (OUT's lists with English
names added, see below):

  gazetteers.py OUT [OUT_EN]

  country.txt    country names in English and French: iso-codes
                 (iso_3166-1.json: name, official_name, common_name; the
                 French msgstr of each from iso_3166-1.mo)       LGPL-2.1+
  place.txt      city names: libgeonames-common's translations (the French
                 and English .mo files of geonames, which map GeoNames ids
                 to names)                                      CC-BY-4.0
  firstname.txt  first names: hunspell-fr (Dicollecte), entries tagged
                 po:prn                                          MPL-2.0
  surname.txt    surnames: hunspell-fr, po:patr                  MPL-2.0
  proper.txt     other proper nouns (places, firms, brands): hunspell-fr,
                 po:npr                                          MPL-2.0

OUT_EN holds the same five lists, each with English names added, and
org.txt (the French model never sees them):

  firstname.txt  + apertium-eng-spa's English proper nouns tagged
                 <np><ant> (given names)                          GPL-2
                 + python3-fake-factory's English given names (the
                 person providers en, en_GB, en_NZ, en_TH)        Expat
                 + miscfiles' /usr/share/dict/propernames        GPL-2+
  surname.txt    + apertium-eng-spa <np><cog>; fake-factory's English
                 last names
  place.txt      + apertium-eng-spa <np><loc>; WordNet 3.0 (wordnet-base)
                 instances of noun.location and noun.object (cities,
                 rivers, mountains: "Mount Elbert")          WordNet 3.0
                 + iso-codes' iso_3166-2.json subdivision names (states,
                 provinces, regions)                          LGPL-2.1+
  org.txt        apertium-eng-spa <np><al> (organisations, brands);
                 WordNet's capitalised noun.group nouns but peoples,
                 tribes and races ("NATO", "Peace Corps", "Hamas")

Apertium ships its dictionaries compiled: lttoolbox's lt-print dumps the
English analyser (eng-spa.automorf.bin) as a transducer whose paths are
walked here.  A one-word name added for English that is also a
lower-case word of miscfiles' /usr/share/dict/web2 (Webster's Second,
1934) is left out: "Mayor" (a Spanish surname), "Governor".  Tried and
left out (models/README.md): WordNet's person
instances, its other capitalised nouns (nationalities, events, works),
fake-factory's names of all locales.

Why extracted at build time: the data stay under their own licences in
their packages; the repository carries only this script.  Why these
packages: they are in Debian 12 main and carry open licences.  The French
lists need no tool but python3 (gettext .mo files are read with the
standard gettext module); apertium's proper nouns lowered the French
tuning split and are read for English only.  Deterministic: sorted, de-duplicated output.
"""
import ast
import gettext
import gzip
import json
import os
import re
import sys

from lttoolbox import att_sections

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"
GEO_MO = ["/usr/share/locale/fr/LC_MESSAGES/geonames.mo",
          "/usr/share/locale/en/LC_MESSAGES/geonames.mo",
          "/usr/share/locale/en_IN/LC_MESSAGES/geonames.mo"]
HUNSPELL = "/usr/share/hunspell/fr.dic"
ISO2_JSON = "/usr/share/iso-codes/json/iso_3166-2.json"
AP_ENG = "/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin"
FAKER = "/usr/lib/python3/dist-packages/faker/providers/person"
FAKER_EN = ("en", "en_GB", "en_NZ", "en_TH")
PROPERNAMES = "/usr/share/dict/propernames.gz"
WEB2 = "/usr/share/dict/web2"
WORDNET = "/usr/share/wordnet/data.noun"


def catalog(path):
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)._catalog


def clean(name):
    name = " ".join(name.split())
    # "Bolivia, Plurinational State of" -> keep the part people write.
    if ", " in name:
        name = name.split(", ")[0]
    return name


def countries():
    out = set()
    fr = catalog(ISO_MO)
    for c in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]:
        for key in ("name", "official_name", "common_name"):
            if key in c:
                out.add(clean(c[key]))
                if c[key] in fr:
                    out.add(clean(fr[c[key]]))
    return out


def places():
    out = set()
    for path in GEO_MO:
        if not os.path.exists(path):
            continue
        for k, v in catalog(path).items():
            if k and v and k.isdigit():
                out.add(clean(v))
    return out


def hunspell():
    kinds = {"prn": set(), "patr": set(), "npr": set()}
    pat = re.compile(r"^([^/\s]+)\S*\s.*\bpo:(prn|patr|npr)\b")
    with open(HUNSPELL, encoding="utf-8") as f:
        for line in f:
            m = pat.match(line)
            if m and m.group(1)[:1].isupper():
                kinds[m.group(2)].add(m.group(1))
    return kinds


def write(out, name, names):
    names = sorted(n for n in names if n and len(n) > 1 and "\t" not in n)
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for n in names:
            f.write(n + "\n")
    print(f"gazetteers: {name}: {len(names)} names", file=sys.stderr)


# ------------------------------------------------------------- English

def apertium_np(path):
    """The capitalised proper-noun lemmas of a compiled lttoolbox analyser
    by kind (ant, cog, loc, al): lt-print dumps it as AT&T text ("from to
    input output" arcs, final states, "--" between sections) whose paths
    from state 0 are surface forms and their analyses ("Kent<np><loc><sg>")."""
    out = {k: set() for k in ("ant", "cog", "loc", "al")}
    sections = att_sections(path, "gazetteers")
    sym = {"ε": "", "@_SPACE_@": " "}
    for arcs, finals in sections:
        # A section with many arcs per state is a pattern (any letter, any
        # number), not a list of words.
        if sum(len(a) for a in arcs.values()) > 10 * max(1, len(arcs)):
            continue
        # Depth first over the paths, never back into a state on the path
        # (the loops of regular-expression entries).
        on_path, stack = set(), [(0, "", False)]
        while stack:
            state, analysis, leaving = stack.pop()
            if leaving:
                on_path.discard(state)
                continue
            if state in finals and "<np>" in analysis:
                lemma = analysis.split("<")[0]
                for kind in out:
                    if f"<np><{kind}>" in analysis and lemma[:1].isupper():
                        out[kind].add(lemma)
            on_path.add(state)
            stack.append((state, analysis, True))
            for nxt, _, o in arcs.get(state, ()):
                if nxt not in on_path:
                    stack.append((nxt, analysis + sym.get(o, o), False))
    return out


def faker_names():
    """fake-factory's English given names and last names, read from the
    providers' source (literal lists; no import of the package)."""
    first, last = set(), set()
    for loc in FAKER_EN:
        path = os.path.join(FAKER, loc, "__init__.py")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
                continue
            name = node.targets[0].id
            if not name.startswith(("first_name", "last_name")):
                continue
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue  # built by a call (en_US's weighted OrderedDict)
            if not isinstance(value, (tuple, list, dict)):
                continue
            for x in value:
                if isinstance(x, str) and x[:1].isupper() and \
                        x.replace("-", "").replace("'", "").replace(" ", "").isalpha() and \
                        all(ord(c) < 0x250 for c in x):
                    (first if name.startswith("first_name") else last).add(x)
    return first, last


def wordnet():
    """Places and organisations of WordNet 3.0's noun database: synset
    lines "offset lexfile type count word lexid ... pointers | gloss"."""
    syn = {}
    with open(WORDNET, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence
            f = line.split(" | ")[0].split()
            n = int(f[3], 16)
            words = [f[4 + 2 * i] for i in range(n)]
            k = 4 + 2 * n
            ptrs = []
            for j in range(int(f[k])):
                symbol, offset, pos = f[k + 1 + 4 * j:k + 4 + 4 * j]
                if pos == "n" and symbol in ("@", "@i"):
                    ptrs.append((symbol, offset))
            syn[f[0]] = (int(f[1]), words, ptrs)
    memo = {}

    def ancestors(o):
        if o not in memo:
            memo[o] = set()
            r = set()
            for _, t in syn[o][2]:
                r.add(t)
                r |= ancestors(t)
            memo[o] = r
        return memo[o]

    # organization.n.01 (noun.group, lexicographer file 14); peoples,
    # tribes and races are groups of people, not organisations.
    org = [o for o, (lex, w, _) in syn.items() if lex == 14 and w[:2] == ["organization", "organisation"]
           and "social_group" in [x for a in ancestors(o) for x in syn[a][1]]]
    if len(org) != 1:
        sys.exit("gazetteers: WordNet's organization.n.01 not found")
    peoples = {o for o, (_, w, _) in syn.items()
               if set(w) & {"ethnic_group", "people", "race", "tribe", "nation"}}
    places, orgs = set(), set()
    for o, (lex, words, ptrs) in syn.items():
        names = [re.sub(r"\([a-z]+\)$", "", x.replace("_", " ")) for x in words if x[:1].isupper()]
        if not names:
            continue
        instance = any(s == "@i" for s, _ in ptrs)
        if instance and lex in (15, 17):  # noun.location, noun.object
            places.update(names)
        elif lex == 14 and not (ancestors(o) & peoples and org[0] not in ancestors(o)):
            orgs.update(names)
    return places, orgs


def subdivisions():
    out = set()
    for s in json.load(open(ISO2_JSON, encoding="utf-8"))["3166-2"]:
        out.add(clean(s["name"].split(" (")[0]))
    return out


def english(lists):
    """The English model's lists: the shared ones (lists) plus English
    names, as the module's docstring says."""
    ap = apertium_np(AP_ENG)
    first, last = faker_names()
    with gzip.open(PROPERNAMES, "rt", encoding="utf-8") as f:
        proper = {x.strip() for x in f if x.strip()}
    wn_places, wn_orgs = wordnet()
    # A one-word addition that is also an English word in lower case
    # ("Mayor", a Spanish surname; "Governor", "Judge", given names) would
    # mark titles and common words as names: left out, by miscfiles'
    # Webster's word list.  The shared lists are kept whole (filtering them
    # too cost F1 on testa).
    with open(WEB2, encoding="utf-8") as f:
        words = {x.strip() for x in f if x.strip().islower()}

    def names(s):
        return {n for n in s if " " in n or n.lower() not in words}

    out = {k: set(v) for k, v in lists.items()}
    out["firstname.txt"] |= names(ap["ant"] | first | proper)
    out["surname.txt"] |= names(ap["cog"] | last)
    out["place.txt"] |= names(ap["loc"] | wn_places | subdivisions())
    out["org.txt"] = names(ap["al"] | wn_orgs)
    return out


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "build/gazetteers"
    os.makedirs(out, exist_ok=True)
    for path in (ISO_JSON, ISO_MO, HUNSPELL):
        if not os.path.exists(path):
            sys.exit(f"gazetteers: {path} is missing: run 'make deps' (as root)")
    h = hunspell()
    lists = {"country.txt": countries(), "place.txt": places(), "firstname.txt": h["prn"],
             "surname.txt": h["patr"], "proper.txt": h["npr"]}
    for name, names in lists.items():
        write(out, name, names)
    if len(sys.argv) > 2:
        out_en = sys.argv[2]
        os.makedirs(out_en, exist_ok=True)
        for path in (ISO2_JSON, AP_ENG, FAKER, PROPERNAMES, WEB2, WORDNET):
            if not os.path.exists(path):
                sys.exit(f"gazetteers: {path} is missing: run 'make deps' (as root)")
        for name, names in english(lists).items():
            write(out_en, name, names)


if __name__ == "__main__":
    main()
