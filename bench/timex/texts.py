"""texts.py -- the texts of the time-expression benchmark.

Writes bench/data/timex-fr.jsonl and bench/data/timex-en.jsonl (gitignored):
the first documents of orangesum-fr (heading + article) and of
reuters21578-en (<BODY>), in corpus order, up to --mb megabytes of text per
language, one {"date", "text"} object per line.  The documents are read by
bench/prepare.py's readers, so both benchmarks see the same texts.

  /usr/bin/python3 bench/timex/texts.py [--mb 4] [--out bench/data] [--corpora DIR]
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import prepare  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--out", default="bench/data")
    ap.add_argument("--corpora", default=os.environ.get("CORPORA", "/work/shared/corpora"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    sources = {
        "fr": lambda: prepare.read_orangesum(os.path.join(a.corpora, "orangesum-fr", "orangesum-fr.jsonl.xz")),
        "en": lambda: prepare.read_reuters(os.path.join(a.corpora, "reuters21578-en")),
    }
    for lang, read in sources.items():
        limit, size, n = int(a.mb * 1e6), 0, 0
        path = os.path.join(a.out, "timex-%s.jsonl" % lang)
        with open(path, "w", encoding="utf-8") as f:
            for d, _ in read():
                if size >= limit:
                    break
                f.write(json.dumps({"date": d["date"], "text": d["text"]}, ensure_ascii=False) + "\n")
                size += len(d["text"].encode("utf-8"))
                n += 1
        print("texts: %s %d documents, %.2f MB -> %s" % (lang, n, size / 1e6, path), file=sys.stderr)


if __name__ == "__main__":
    main()
