#!/bin/sh
# seeds.sh -- runs bench/ner/split.sh for several splits and shuffle seeds
# with one veille binary and appends a "TAG SPLIT SEED F1" line per run
# (PER+LOC+ORG F1) to RESULTS, so that a branch's build and main's are
# compared run by run (bench/ner/pairstats.py).
#
#   sh bench/ner/seeds.sh TAG VEILLE "A B C" "0 1 2 3 4 5" [RESULTS]
#
# RESULTS defaults to build/seeds/results.txt.  CORPORA, CLU, EXTRA and
# GAZ pass to split.sh (say EXTRA="--clusters FILE" for a second
# clustering).  Runs one training at a time, under nice; the models are
# deleted after scoring (the eval output stays in build/seeds/TAG-SPLIT-SEED).
set -eu
cd "$(dirname "$0")/../.."
tag=$1 veille=$2 splits=$3 seeds=$4
results=${5:-build/seeds/results.txt}
mkdir -p "$(dirname "$results")"
for s in $splits; do
  for n in $seeds; do
    out=build/seeds/$tag-$s-$n
    f1=$(SEED=$n nice -n 10 sh bench/ner/split.sh "$veille" "$s" "$out" | awk '/PER\+LOC\+ORG/ { print $NF }')
    echo "$tag $s $n $f1" >> "$results"
    rm -f "$out"/*.model
  done
done
