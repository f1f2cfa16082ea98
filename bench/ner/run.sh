#!/bin/sh
# run.sh -- tokens per second of veille's English entity tagger beside the
# npm package compromise, on the same Reuters-21578 text, one core each,
# the model (or module) loaded once; prints both results and the medians.
#
#   sh bench/ner/run.sh [DOCS] [RUNS]     (from the checkout, after make;
#                                          npm install in bench/ner first)
#
# DOCS (default 2000) Reuters stories from ../shared/corpora/reuters21578-en,
# extracted by scripts/raw-text.py into bench/data/ (gitignored: no corpus
# text in the repository).  RUNS (default 5) alternate veille and
# compromise so that both see the same machine load.
set -eu
cd "$(dirname "$0")/../.."
docs=${1:-2000}
runs=${2:-5}
corpora=${CORPORA:-../shared/corpora}
mkdir -p bench/data build/bench
text=bench/data/ner-en-$docs.txt
if [ ! -s "$text" ]; then
  python3 scripts/raw-text.py reuters "$corpora"/reuters21578-en/reut2-00[0-9].sgm.xz |
    python3 -c "import sys; d=[p for p in sys.stdin.read().split('\n\n') if p.strip()][:$docs]; sys.stdout.write('\n\n'.join(d) + '\n')" > "$text.tmp"
  if [ "$(wc -l < "$text.tmp")" -lt 2 ]; then
    echo "run.sh: no text read from $corpora/reuters21578-en (set CORPORA)" >&2
    rm -f "$text.tmp"
    exit 1
  fi
  mv "$text.tmp" "$text"
fi
pkgs="sqlite3 libutf8proc jansson zlib libzstd libxxhash"
${CC:-cc} -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(pkg-config --cflags $pkgs) \
  bench/ner/ner_bench.c lib/libveille.a $(pkg-config --libs $pkgs) -lstemmer -lm -o build/bench/ner_bench
[ -d bench/ner/node_modules/compromise ] || (cd bench/ner && npm ci --no-audit --no-fund)
out=build/bench/ner-results.jsonl
: > "$out"
for i in $(seq "$runs"); do
  build/bench/ner_bench models/ner-en.model "$text" 1 >> "$out"
  node bench/ner/compromise_peer.js "$text" 1 >> "$out"
done
python3 - "$out" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
for tool in ("veille", "compromise"):
    rs = [r for r in rows if r["tool"] == tool]
    secs = sorted(s for r in rs for s in r["runs"])
    med = statistics.median(secs)
    tok = rs[0]["tokens"]
    print(f"{tool:11s} {rs[0]['docs']} docs, {tok} tokens, {rs[0]['entities']} entities; "
          f"runs {' '.join(f'{s:.3f}' for s in secs)} s; median {med:.3f} s = {tok / med:,.0f} tokens/s")
v = statistics.median(s for r in rows if r["tool"] == "veille" for s in r["runs"])
c = statistics.median(s for r in rows if r["tool"] == "compromise" for s in r["runs"])
print(f"ratio: veille is {c / v:.0f}x compromise")
PY
