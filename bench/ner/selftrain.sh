#!/bin/sh
# selftrain.sh -- a silver entity corpus for self-training (models/README.md):
# raw French news from orangesum-fr tagged by the models given, the
# sentences they all agree on kept (bench/ner/silver.c), in CoNLL columns.
#
#   sh bench/ner/selftrain.sh OUT.conll MODEL...
#
# The models are one recipe trained with several --seed (say 0, 1, 2): a
# sentence they all tag alike is one the tagger is sure of.  The text:
# ARTICLES (default 2000) articles of 2019 (title, heading, body), spread
# over the year (every k-th of the year's articles, exact duplicates
# skipped), from $CORPORA/orangesum-fr (CC BY-SA 4.0).  2019 is after
# every month of winer-fr, the gold, including its 2018 part held out by
# the steering side, so that no scored month's news is in it.  Nothing of
# the text is kept in the repository: build/silver/ only.
set -eu
cd "$(dirname "$0")/../.."
out=$1
shift
corpora=${CORPORA:-../shared/corpora}
articles=${ARTICLES:-2000}
mkdir -p build/silver build/bench
text=build/silver/orangesum-2019-$articles.txt
if [ ! -s "$text" ]; then
  python3 - "$corpora/orangesum-fr/orangesum-fr.jsonl.xz" "$articles" > "$text.tmp" <<'PY'
import json, lzma, sys
path, want = sys.argv[1], int(sys.argv[2])
docs, seen = [], set()
with lzma.open(path, "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        body = (d.get("article") or "").strip()
        if not d.get("date", "").startswith("2019") or len(body.split()) < 50 or body in seen:
            continue
        seen.add(body)
        docs.append("\n\n".join(x.strip() for x in (d.get("title"), d.get("heading"), body) if x and x.strip()))
step = max(1, len(docs) // want)
sys.stdout.write("\f".join(docs[::step][:want]))
PY
  mv "$text.tmp" "$text"
fi
pkgs="sqlite3 libutf8proc jansson zlib libzstd libxxhash"
# shellcheck disable=SC2046,SC2086
${CC:-cc} -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(pkg-config --cflags $pkgs) \
  bench/ner/silver.c lib/libveille.a $(pkg-config --libs $pkgs) -lstemmer -lm -o build/bench/silver
build/bench/silver "$out" "$@" < "$text"
