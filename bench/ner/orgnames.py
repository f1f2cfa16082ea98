#!/usr/bin/env python3
"""orgnames.py -- writes a list of organisation names mined from raw
French news, one name a line, to try as the tagger's org.txt gazetteer
(tried and not kept: models/README.md, "Tried ... and not kept"):

  python3 bench/ner/orgnames.py --min 2 build/clusters/fr.txt build/gz-org/org.txt
  (build/gz-org: a copy of build/gazetteers)
  GAZ=build/gz-org SEED=N sh bench/ner/split.sh bin/veille A

A name is a run of capitalised words (an article Le, La, Les, L' may open
it: Le Monde) right after a lower-case noun that heads organisation
names in news ("le constructeur Opel", "la chaîne France 2", "le parti
Les Verts", "le quotidien Les Échos"): the head tells the type, which
news writes for a name its readers may not know.  Names seen so at least
N times (default 3) are written, but not a one-word name that the text
writes more often in lower case (a common noun in a title).  The raw
corpus (build/clusters/fr.txt: orangesum-fr, CC BY-SA 4.0, see `make
clusters`) stays where it is; nothing of it enters the repository.
Deterministic: sorted output.
"""
import argparse
import collections
import re

HEADS = ("groupe constructeur entreprise société firme compagnie banque assureur opérateur "
         "chaîne radio journal quotidien hebdomadaire mensuel magazine site parti mouvement "
         "syndicat association club fédération laboratoire géant fabricant distributeur "
         "enseigne agence ONG institut cabinet équipementier transporteur réseau "
         "plateforme application éditeur fonds start-up organisation").split()
# a capitalised word (with a web suffix: Actu.fr), or a number after one
# (France 2); no other dot, which would run on across a sentence's end
WORD = r"[A-ZÀ-ÖØ-Þ][\w\-&]*(?:\.[a-z]{2,4}\b)?(?:\s\d+\b)?"
NAME = r"((?:(?:Le|La|Les)\s|L['’])?" + WORD + r"(?:\s" + WORD + r"){0,3})"
PAT = re.compile(r"\b(?:" + "|".join(map(re.escape, HEADS)) + r")\s" + NAME)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("text")
    ap.add_argument("out")
    a = ap.parse_args()
    counts = collections.Counter()
    words = collections.Counter()
    with open(a.text, encoding="utf-8") as f:
        for line in f:
            for m in PAT.finditer(line):
                name = m.group(1).rstrip(".-")
                counts[name] += 1
            words.update(line.split())
    keep = []
    for name, c in counts.items():
        if c < a.min:
            continue
        # a name of one word that news writes more often in lower case is
        # a common noun ("Action", "Aide"), capitalised as a title
        if " " not in name and words[name.lower()] >= words[name]:
            continue
        keep.append(name)
    with open(a.out, "w", encoding="utf-8") as f:
        for n in sorted(keep):
            f.write(n + "\n")


if __name__ == "__main__":
    main()
