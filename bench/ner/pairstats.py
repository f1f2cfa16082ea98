#!/usr/bin/env python3
"""pairstats.py -- paired comparison of two builds or recipes over the
same tuning runs: reads "TAG SPLIT SEED F1" lines (bench/ner/seeds.sh
appends them) and prints, for each TAG other than BASE, the mean F1 per
split, both tags' means over the runs they share, the paired mean
difference with its standard error over those runs, and how many runs
went up; the French splits (A, B, C) and English (en) apart.  The runs
of one clustering share its draw (models/README.md, "Scores"): the
standard error over seeds does not hold that variance.

  pairstats.py RESULTS BASE [TAG...]
"""
import math
import statistics as st
import sys
from collections import defaultdict


def compare(f1, base, tag, keys):
    """One line: tag against base over the (split, seed) keys."""
    d = [f1[(tag,) + k] - f1[(base,) + k] for k in keys]
    per = defaultdict(list)
    for k in keys:
        per[k[0]].append((f1[(base,) + k], f1[(tag,) + k]))
    splits = "  ".join("%s %.2f -> %.2f (%d)" % (s, st.mean(b for b, _ in v), st.mean(t for _, t in v), len(v))
                       for s, v in sorted(per.items()))
    se = st.stdev(d) / math.sqrt(len(d)) if len(d) > 1 else float("nan")
    return "%s vs %s over %d runs: %.2f -> %.2f, paired %+.2f +- %.2f (se), %d up, %d down;  %s" % (
        tag, base, len(d), st.mean(f1[(base,) + k] for k in keys), st.mean(f1[(tag,) + k] for k in keys),
        st.mean(d), se, sum(x > 0 for x in d), sum(x < 0 for x in d), splits)


def main():
    path, base = sys.argv[1], sys.argv[2]
    want = set(sys.argv[3:])
    f1 = {}
    for line in open(path):
        parts = line.split()
        if len(parts) != 4:
            continue  # a run that printed no F1
        tag, split, seed, x = parts
        f1[(tag, split, seed)] = float(x)
    tags = sorted({k[0] for k in f1 if k[0] != base and (not want or k[0] in want)})
    for tag in tags:
        for english in (False, True):
            keys = sorted(k[1:] for k in f1
                          if k[0] == tag and (base,) + k[1:] in f1 and (k[1] == "en") == english)
            if keys:
                print(compare(f1, base, tag, keys))


if __name__ == "__main__":
    main()
