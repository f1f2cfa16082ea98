#!/usr/bin/env python3
"""drawstats.py -- summary of bench/ner/clusterdraws.sh's results
(build/clusterdraws/results.txt: "VARIANT SPLIT DRAW SEED F1" lines): the
mean F1 per variant and split, and each variant's paired difference with
BASE (same split, draw offset and seed) with its standard error over the
runs and over the split-and-draw means (the runs of one clustering share
its draw, so the second is the honest one).

  drawstats.py RESULTS [BASE]        BASE defaults to "base"
"""
import math
import statistics as st
import sys
from collections import defaultdict


def se(xs):
    return st.stdev(xs) / math.sqrt(len(xs)) if len(xs) > 1 else float("nan")


def main():
    path = sys.argv[1]
    base = sys.argv[2] if len(sys.argv) > 2 else "base"
    f1 = {}
    for line in open(path):
        v, s, d, seed, x = line.split()
        f1[(v, s, d, seed)] = float(x)
    variants = sorted({k[0] for k in f1}, key=lambda v: (v != base, v))
    splits = sorted({k[1] for k in f1})
    for v in variants:
        row = []
        for s in splits:
            xs = [x for k, x in f1.items() if k[0] == v and k[1] == s]
            row.append("%s %.2f (%d)" % (s, st.mean(xs), len(xs)) if xs else "%s -" % s)
        print("%-16s %s" % (v, "  ".join(row)))
    for v in variants:
        if v == base:
            continue
        diffs, cells = [], defaultdict(list)
        per = defaultdict(list)
        for (vv, s, d, seed), x in f1.items():
            b = f1.get((base, s, d, seed))
            if vv != v or b is None:
                continue
            diffs.append(x - b)
            cells[(s, d)].append(x - b)
            per[s].append(x - b)
        if not diffs:
            continue
        cm = [st.mean(c) for c in cells.values()]
        print("%s - %s: %s; all %+.2f, se %.2f over %d runs, se %.2f over %d split-draw means; runs up %d of %d"
              % (v, base, "  ".join("%s %+.2f" % (s, st.mean(per[s])) for s in sorted(per)),
                 st.mean(diffs), se(diffs), len(diffs), se(cm), len(cm),
                 sum(1 for x in diffs if x > 0), len(diffs)))


if __name__ == "__main__":
    main()
