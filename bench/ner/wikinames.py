#!/usr/bin/env python3
"""wikinames.py -- writes typed-name gazetteers mined from a silver NER
corpus in CoNLL columns (wikineural-fr: Wikipedia sentences whose names
were tagged from their links), one name a line, to try as the tagger's
gazetteers (org.txt tried and not kept: models/README.md):

  python3 bench/ner/wikinames.py CORPUS.conllu OUTDIR
  (then copy OUTDIR/org.txt into a copy of build/gazetteers; GAZ=that
  folder sh bench/ner/split.sh ...)
  options: [--min N] [--share S] [--types ORG,PER,LOC]

For each name (the tokens of an entity span, joined by spaces) the
types it was tagged with are counted; a name is written to OUTDIR/<file
of its type> when it was seen at least N times (default 1) and its most
frequent type has at least the share S (default 0.9) of its
occurrences.  Names of one lower-case token, or of digits only, are
skipped (a tagger's list fires only at a capitalised token anyway).

The corpus (CC BY-NC-SA 4.0) stays where it is; nothing of it enters
the repository.  Deterministic: sorted output.  (wikiper.txt and
wikiloc.txt are not read by the tagger: only org.txt has a class.)
"""
import argparse
import collections
import os
import sys

FILES = {"ORG": "org.txt", "PER": "wikiper.txt", "LOC": "wikiloc.txt"}


def spans(path):
    toks, typ = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            tag = cols[2] if len(cols) >= 3 else "O"
            if tag.startswith("I-") and typ == tag[2:]:
                toks.append(cols[1])
                continue
            if typ:
                yield " ".join(toks), typ
            toks, typ = [], None
            if tag.startswith(("B-", "I-")):
                toks, typ = [cols[1]], tag[2:]
    if typ:
        yield " ".join(toks), typ


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=1)
    ap.add_argument("--share", type=float, default=0.9)
    ap.add_argument("--types", default="ORG")
    ap.add_argument("corpus")
    ap.add_argument("out")
    a = ap.parse_args()
    counts = collections.defaultdict(collections.Counter)
    for name, typ in spans(a.corpus):
        counts[name][typ] += 1
    want = a.types.split(",")
    lists = {t: [] for t in want}
    for name, c in counts.items():
        typ, k = c.most_common(1)[0]
        total = sum(c.values())
        if typ not in lists or total < a.min or k < a.share * total:
            continue
        if not name[:1].isupper() and " " not in name:
            continue
        if not any(ch.isalpha() for ch in name):
            continue
        lists[typ].append(name)
    os.makedirs(a.out, exist_ok=True)
    for typ, names in lists.items():
        with open(os.path.join(a.out, FILES[typ]), "w", encoding="utf-8") as f:
            for n in sorted(set(names)):
                f.write(n + "\n")
        print(f"{FILES[typ]}: {len(names)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
