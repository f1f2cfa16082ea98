#!/bin/sh
# clusterdraws.sh -- compares raw texts for the French word clusters over
# several clusterings ("draws") of each, on the tuning splits: a clustering
# is one draw (models/README.md: a redraw alone moves a split by up to 0.6),
# so each text is clustered DRAWS times, each time without every 100th
# paragraph from another offset (bench/ner/paradraw.py), and each clustering
# trains and scores the split with SEEDS (bench/ner/split.sh, CLU=).
#
#   sh bench/ner/clusterdraws.sh VEILLE VARIANT SPLIT...
#
# VARIANT: base (orangesum-fr alone, build/clusters/fr.txt, as make
# clusters extracts it) or parts joined by "+" that are added after it:
#   winer  the .txt of the split's own winer-fr training months (never its
#          scored months, never 2017/05-12: LIST=train of split.sh)
#   winerN the same N times (winer5: about 6% of the words, near
#          train.conllu's share of the English text)
#   wiki   the token text of wikineural-fr (raw-text.py conll)
#   euro   the token text of europeana-bnf-fr, cut after each "."
# The paragraphs dropped by a draw are counted over the whole text, orangesum
# first, so draw OFF of two variants drops the same orangesum paragraphs.
# DRAWS (default "0 33 66"), SEEDS (default "0 1 2").  Clusters are kept in
# build/clusterdraws; each run appends "VARIANT SPLIT DRAW SEED F1" (F1 over
# PER, LOC and ORG) to build/clusterdraws/results.txt.
set -eu
cd "$(dirname "$0")/../.."
veille=$1 variant=$2
shift 2
corpora=${CORPORA:-../shared/corpora}
out=build/clusterdraws
mkdir -p "$out"
text() { # split: the variant's text on standard output
  cat build/clusters/fr.txt
  for part in $(echo "$variant" | tr + ' '); do
    case $part in
      base) ;;
      winer)
        # shellcheck disable=SC2046
        python3 scripts/raw-text.py text $(for d in $(LIST=train sh bench/ner/split.sh "$veille" "$1"); do ls "$d"/*.txt; done) ;;
      winer[0-9]*)
        for _ in $(seq "${part#winer}"); do
          # shellcheck disable=SC2046
          python3 scripts/raw-text.py text $(for d in $(LIST=train sh bench/ner/split.sh "$veille" "$1"); do ls "$d"/*.txt; done)
        done ;;
      wiki) python3 scripts/raw-text.py conll "$corpora/wikineural-fr/val.conllu" ;;
      euro) python3 scripts/raw-text.py conll "$corpora/europeana-bnf-fr/enp_FR.bnf.bio" | python3 bench/ner/paradraw.py chunk ;;
      *) echo "clusterdraws.sh: unknown part $part" >&2; exit 2 ;;
    esac
  done
}
for split in "$@"; do
  key=$split
  case $variant in *winer*) ;; *) key=all ;; esac
  for draw in ${DRAWS:-0 33 66}; do
    clu=$out/$variant-$key-d$draw.clusters
    if [ ! -s "$clu" ]; then
      text "$split" | python3 bench/ner/paradraw.py drop "$draw" > "$out/text.tmp"
      "$veille" train clusters --lang fr "$out/text.tmp" -o "$clu" 2> "$out/clusters.log"
      rm -f "$out/text.tmp"
    fi
    for seed in ${SEEDS:-0 1 2}; do
      f1=$(SEED=$seed CLU=$clu CORPORA=$corpora sh bench/ner/split.sh "$veille" "$split" "$out/run" | awk '/PER\+LOC\+ORG/ { print $NF }')
      echo "$variant $split $draw $seed $f1" | tee -a "$out/results.txt"
    done
  done
done
