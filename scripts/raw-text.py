#!/usr/bin/env python3
"""raw-text.py -- the plain text of the raw news corpora, for
`veille train clusters` (one paragraph a block, blocks separated by blank
lines), on standard output.

  raw-text.py orangesum FILE.jsonl.xz   title, heading and article of each
  raw-text.py reuters FILE.sgm.xz...    the <BODY> of each Reuters-21578 story
  raw-text.py text FILE.txt...          plain text files (PolNeAR's articles),
                                        their paragraphs as they are
  raw-text.py conll FILE...             the token column of CoNLL files, one
                                        sentence a block (the tags are not
                                        read: clusters are unsupervised)
"""
import html
import json
import lzma
import re
import sys


def opener(path):
    if path.endswith(".xz"):
        return lzma.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def conll(f, out):
    words = []
    for line in f:
        cols = line.split()
        if not cols:
            if words:
                out.write(" ".join(words) + "\n\n")
            words = []
        elif "-DOCSTART-" in cols[:2] or line.startswith("# "):
            continue
        else:
            # "0<TAB>word<TAB>tag" (our conllu) or "word ... tag" (CoNLL).
            words.append(cols[1] if len(cols) > 2 and cols[0].isdigit() else cols[0])
    if words:
        out.write(" ".join(words) + "\n\n")


def main():
    kind, paths = sys.argv[1], sys.argv[2:]
    if kind not in ("orangesum", "reuters", "text", "conll"):
        sys.exit("raw-text: orangesum, reuters, text or conll")
    out = sys.stdout
    for path in paths:
        with opener(path) as f:
            if kind == "orangesum":
                for line in f:
                    d = json.loads(line)
                    for key in ("title", "heading", "article"):
                        if d.get(key):
                            out.write(d[key].strip() + "\n\n")
            elif kind == "reuters":
                for m in re.finditer(r"<BODY>(.*?)</BODY>", f.read(), re.S):
                    body = html.unescape(m.group(1)).replace("\x03", "")
                    out.write(re.sub(r"\n\s*\n", "\n", body).strip() + "\n\n")
            elif kind == "text":
                for para in re.split(r"\n\s*\n", f.read()):
                    if para.strip():
                        out.write(para.strip() + "\n\n")
            else:
                conll(f, out)


if __name__ == "__main__":
    main()
