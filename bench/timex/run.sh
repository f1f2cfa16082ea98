#!/bin/sh
# run.sh -- throughput of time-expression annotation alone, veille beside
# Microsoft Recognizers-Text date-time (npm), on the same French and English
# news texts, one core each, one engine after the other.
#
#   sh bench/timex/run.sh   (ROUNDS=7, PEER_ROUNDS=3, MB=4, PEER_MB_FR=0.02, PEER_MB_EN=0.05)
#
# Steps: write bench/data/timex-{fr,en}.jsonl if missing (texts.py: the
# first MB megabytes of orangesum-fr and reuters21578-en), build
# bench/build/timex_bench (a C driver linked to lib/libveille.a: the texts are
# loaded once, vl_timex_tag is timed alone), install the peer from
# package-lock.json if missing (npm ci), then for each language run veille
# ROUNDS times over all the texts and the peer over its first
# PEER_MB_FR / PEER_MB_EN megabytes PEER_ROUNDS times (it is thousands of times slower: the whole file would take
# minutes per round; MB/s is a rate, measured on fewer documents).  Both
# time process CPU time, so a shared machine's waiting is not counted (its
# cache and memory-bus contention is).  Prints the medians and ratios.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
ROUNDS=${ROUNDS:-7}
PEER_ROUNDS=${PEER_ROUNDS:-3}
MB=${MB:-4}
PEER_MB_FR=${PEER_MB_FR:-0.02}
PEER_MB_EN=${PEER_MB_EN:-0.05}
CC=${CC:-cc}
DATA=bench/data
BUILD=bench/build
NICE="nice -n 10"

[ -f lib/libveille.a ] || make -j2 lib/libveille.a >&2
[ -f $DATA/timex-fr.jsonl ] && [ -f $DATA/timex-en.jsonl ] ||
    /usr/bin/python3 bench/timex/texts.py --mb "$MB" --out $DATA
mkdir -p $BUILD
PKGS="sqlite3 libutf8proc jansson zlib libzstd libxxhash"
# shellcheck disable=SC2046
$CC -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror -O2 -g -Iinclude -Isrc \
    -o $BUILD/timex_bench bench/timex/timex_bench.c lib/libveille.a $(pkg-config --libs $PKGS) -lstemmer -lm
[ -d bench/timex/node_modules/@microsoft/recognizers-text-date-time ] ||
    (cd bench/timex && npm ci --no-audit --no-fund >&2)

OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg) (shared)"
for lang in fr en; do
    $NICE $BUILD/timex_bench $DATA/timex-$lang.jsonl $lang "$ROUNDS" | tee -a "$OUT"
    if [ $lang = fr ]; then pmb=$PEER_MB_FR; else pmb=$PEER_MB_EN; fi
    $NICE node bench/timex/peer.js $DATA/timex-$lang.jsonl $lang "$PEER_ROUNDS" "$pmb" | tee -a "$OUT"
done
awk '/^veille .* median/ {v[$2] = $(NF-1)} /^peer .* median/ {p[$2] = $(NF-1)}
     END {print ""; print "| lang | veille MB/s | peer MB/s | ratio |"; print "|---|---|---|---|"
          for (l in v) printf "| %s | %.1f | %.4f | %.0fx |\n", l, v[l], p[l], v[l] / p[l]}' "$OUT"
