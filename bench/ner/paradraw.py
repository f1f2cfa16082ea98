#!/usr/bin/env python3
"""paradraw.py -- one "draw" of the raw text of the word clusters: the
paragraphs (blank-line separated blocks, as `veille train clusters` reads
them) of standard input without every 100th, starting at OFF, on standard
output.  A clustering is one draw among many (models/README.md: a redraw
alone moves a tuning split by up to 0.6), so a change of the clusters' text
is compared over several draws of each text, not one clustering against
another.

  paradraw.py drop OFF     keep block i unless i % 100 == OFF
  paradraw.py chunk        cut one-block text (europeana-bnf-fr, which has
                           no sentence breaks) into blocks after each "."
"""
import sys


def blocks(f):
    cur = []
    for line in f:
        if line == "\n":
            if cur:
                yield "".join(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        yield "".join(cur)


def main():
    out = sys.stdout
    if sys.argv[1] == "drop":
        off = int(sys.argv[2])
        for i, b in enumerate(blocks(sys.stdin)):
            if i % 100 != off:
                out.write(b + "\n")
    elif sys.argv[1] == "chunk":
        words = []
        for line in sys.stdin:
            for w in line.split():
                words.append(w)
                if w == ".":
                    out.write(" ".join(words) + "\n\n")
                    words = []
        if words:
            out.write(" ".join(words) + "\n\n")
    else:
        sys.exit("paradraw: drop OFF or chunk")


if __name__ == "__main__":
    main()
