#!/usr/bin/env python3
"""raw-text.py -- the plain text of the raw news corpora, for
`veille train clusters` (one paragraph a block, blocks separated by blank
lines), on standard output.

  raw-text.py orangesum FILE.jsonl.xz   title, heading and article of each
  raw-text.py reuters FILE.sgm.xz...    the <BODY> of each Reuters-21578 story
"""
import html
import json
import lzma
import re
import sys


def main():
    kind, paths = sys.argv[1], sys.argv[2:]
    out = sys.stdout
    for path in paths:
        with lzma.open(path, "rt", encoding="utf-8", errors="replace") as f:
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
            else:
                sys.exit("raw-text: orangesum or reuters")


if __name__ == "__main__":
    main()
