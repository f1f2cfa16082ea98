#!/bin/sh
# compare.sh -- two builds of veille through the load test, alternated in
# the same minutes, so that their figures can be compared:
#
#   OLD=/path/to/old/veille NEW=bin/veille [ROUNDS=3] sh bench/load/compare.sh
#
# For each round and each build: the warm Zipf stream at the target rate
# (RATE=5000, 16 connections), then (ROUNDS-1 rounds) the same flat out,
# then the cold stream (every request a distinct search, no cache).  One
# line per run: the time, the load average (a busy machine shows there),
# the build, the settings and wrk's percentiles, rate and hit rate.  Needs
# what run.sh needs (bench/data from prepare.py, wrk).
set -eu
cd "$(dirname "$0")/../.."
: "${OLD:?OLD=path of the old veille}" "${NEW:?NEW=path of the new veille}"
ROUNDS=${ROUNDS:-3}
one() { # label program settings...
  label=$1; prog=$2; shift 2
  r=$(env VEILLE="$prog" DOCS=300000 "$@" sh bench/load/run.sh 2>&1 |
      grep -E 'Requests/sec|99%|90%|50%|cache hits' | tr -s ' ' | tr '\n' ' ')
  echo "$(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) $label $* :: $r"
}
both() {
  one old "$OLD" "$@"
  one new "$NEW" "$@"
}
i=0
while [ $i -lt "$ROUNDS" ]; do both RATE=5000 CACHE_MB=64 STREAM=zipf DURATION=20s; i=$((i + 1)); done
i=1
while [ $i -lt "$ROUNDS" ]; do both CACHE_MB=64 STREAM=zipf DURATION=20s; i=$((i + 1)); done
i=1
while [ $i -lt "$ROUNDS" ]; do both DURATION=15s; i=$((i + 1)); done
