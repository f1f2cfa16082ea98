#!/usr/bin/env python3
"""gazetteers.py -- writes the entity tagger's gazetteers from Debian's
packages into OUT (default build/gazetteers), one name per line:

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

Why extracted at build time: the data stay under their own licences in
their packages; the repository carries only this script.  Why these
packages: they are in Debian 12 main, carry open licences, and need no
tool but python3 (gettext .mo files are read with the standard gettext
module).  Apertium's dictionaries are shipped compiled only (no .dix), so
they are not used.  Deterministic: sorted, de-duplicated output.
"""
import gettext
import json
import os
import re
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"
GEO_MO = ["/usr/share/locale/fr/LC_MESSAGES/geonames.mo",
          "/usr/share/locale/en/LC_MESSAGES/geonames.mo",
          "/usr/share/locale/en_IN/LC_MESSAGES/geonames.mo"]
HUNSPELL = "/usr/share/hunspell/fr.dic"


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


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "build/gazetteers"
    os.makedirs(out, exist_ok=True)
    for path in (ISO_JSON, ISO_MO, HUNSPELL):
        if not os.path.exists(path):
            sys.exit(f"gazetteers: {path} is missing: run 'make deps' (as root)")
    h = hunspell()
    write(out, "country.txt", countries())
    write(out, "place.txt", places())
    write(out, "firstname.txt", h["prn"])
    write(out, "surname.txt", h["patr"])
    write(out, "proper.txt", h["npr"])


if __name__ == "__main__":
    main()
