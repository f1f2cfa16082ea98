#!/usr/bin/env python3
"""agree.py -- inter-annotator agreement of two sets of TimeML files, scored
the TempEval-3 way exactly as `veille eval timex` scores the tagger.

One set is the reference (REF, e.g. a corpus's gold), the other is scored
against it as if it were a system (OTHER, e.g. a blind re-annotation of the
same documents).  Files are paired by base name; both must have the same
text inside <TEXT> once tags are removed (checked).  The definitions are
those of src/eval/timeml.c (vl_tml_parse, vl_timex_score) and
src/cli/cmd_eval_timex.c:

  - the text is the content of <TEXT> with every tag removed and the five
    XML entities and numeric references decoded; a TIMEX3's extent is its
    [start, end) offset range in that text; only TIMEX3 inside <TEXT> count
    (the CREATION_TIME one in <DCT> does not);
  - matches are one-to-one: each REF expression takes the first unmatched
    OTHER expression with the same extent, then, for those left, the first
    unmatched one that overlaps it (relaxed match);
  - strict/relaxed P = matched OTHER / all OTHER, R = matched REF / all REF;
  - type and value accuracy are over relaxed matches (exact string equality
    of the type and value attributes), value F1 = relaxed F1 x value acc.

Offsets are counted in characters here and in bytes in C; both sides read
the same text, so the matching is the same.

  bench/timex/agree.py [--diff] REF_DIR_OR_FILES... -- OTHER_DIR
    e.g. bench/timex/agree.py $(cat sample.txt) -- /tmp/adjud
  --diff lists every disagreement (REF / OTHER extent, type, value, mod).
"""
import html
import os
import re
import sys

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|<!--.*?-->", re.S)
ATTR = re.compile(r"""(?:^|\s)([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
TYPES = ["DATE", "TIME", "DURATION", "SET"]


def attrs(s):
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in ATTR.finditer(s)}


def parse(path):
    """(text, [(start, end, type, value, mod)]) of one TimeML file."""
    xml = open(path, encoding="utf-8").read()
    text, timex, in_text, open_i, pos = [], [], False, None, 0
    length = 0
    for m in TAG.finditer(xml):
        if in_text:
            chunk = html.unescape(xml[pos:m.start()]) if "&" in xml[pos:m.start()] else xml[pos:m.start()]
            text.append(chunk)
            length += len(chunk)
        pos = m.end()
        if m.group(2) is None:  # comment
            continue
        closing, name, rest = m.group(1) == "/", m.group(2), m.group(3)
        if name == "TEXT":
            in_text = not closing and not rest.rstrip().endswith("/")
        elif name == "TIMEX3" and in_text:
            if not closing:
                a = attrs(rest)
                timex.append([length, length, a.get("type", ""), a.get("value", ""), a.get("mod", "")])
                if not rest.rstrip().endswith("/"):
                    open_i = len(timex) - 1
            elif open_i is not None:
                timex[open_i][1] = length
                open_i = None
    return "".join(text), [tuple(t) for t in timex]


def score(gold, sys_, c, text, name, diff):
    used = [False] * len(sys_)
    gm = [-1] * len(gold)
    for i, g in enumerate(gold):
        for j, s in enumerate(sys_):
            if not used[j] and s[0] == g[0] and s[1] == g[1]:
                gm[i], used[j] = j, True
                break
    for i, g in enumerate(gold):
        if gm[i] >= 0:
            continue
        for j, s in enumerate(sys_):
            if not used[j] and s[0] < g[1] and g[0] < s[1]:
                gm[i], used[j] = j, True
                break

    def show(x):
        return "[%s] %s %s%s" % (text[x[0]:x[1]], x[2], x[3], " " + x[4] if x[4] else "")

    for j, s in enumerate(sys_):
        c["sys"] += 1
        if used[j]:
            c["relaxed_sys"] += 1
        elif diff:
            print("SPURIOUS %s  other %s" % (name, show(s)))
    for i, g in enumerate(gold):
        c["gold"] += 1
        if gm[i] < 0:
            if diff:
                print("MISS     %s  ref %s" % (name, show(g)))
            continue
        s = sys_[gm[i]]
        strict = s[0] == g[0] and s[1] == g[1]
        c["relaxed_gold"] += 1
        c["strict"] += strict
        c["type_ok"] += g[2] == s[2]
        c["value_ok"] += g[3] == s[3]
        if diff and (not strict or g[2] != s[2] or g[3] != s[3]):
            print("DIFF     %s  ref %s  other %s" % (name, show(g), show(s)))


def tml_files(args):
    out = []
    for a in args:
        if os.path.isdir(a):
            for root, _, files in os.walk(a):
                out += [os.path.join(root, f) for f in files if f.endswith(".tml")]
        else:
            out.append(a)
    return sorted(out)


def main(argv):
    diff = "--diff" in argv
    argv = [a for a in argv if a != "--diff"]
    if "--" not in argv:
        sys.exit(__doc__)
    k = argv.index("--")
    refs, others = tml_files(argv[:k]), tml_files(argv[k + 1:])
    by_name = {os.path.basename(f): f for f in others}
    c = dict.fromkeys(["gold", "sys", "strict", "relaxed_gold", "relaxed_sys", "type_ok", "value_ok"], 0)
    docs = 0
    for r in refs:
        name = os.path.basename(r)
        if name not in by_name:
            continue
        rt, rx = parse(r)
        ot, ox = parse(by_name[name])
        if rt != ot:
            sys.exit("agree: %s: the two texts differ" % name)
        score(rx, ox, c, rt, name, diff)
        docs += 1
    if not docs:
        sys.exit("agree: no document in common")

    def ratio(a, b):
        return a / b if b else 0.0

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    sp, sr = ratio(c["strict"], c["sys"]), ratio(c["strict"], c["gold"])
    rp, rr = ratio(c["relaxed_sys"], c["sys"]), ratio(c["relaxed_gold"], c["gold"])
    va = ratio(c["value_ok"], c["relaxed_gold"])
    print("documents %d, ref %d, other %d" % (docs, c["gold"], c["sys"]))
    print("strict    P %.4f R %.4f F1 %.4f" % (sp, sr, f1(sp, sr)))
    print("relaxed   P %.4f R %.4f F1 %.4f" % (rp, rr, f1(rp, rr)))
    print("type accuracy   %.4f" % ratio(c["type_ok"], c["relaxed_gold"]))
    print("value accuracy  %.4f" % va)
    print("value F1        %.4f" % (f1(rp, rr) * va))


if __name__ == "__main__":
    main(sys.argv[1:])
