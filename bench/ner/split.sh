#!/bin/sh
# split.sh -- trains and scores the entity tagger on one of the tuning
# splits of models/README.md, with a given veille binary, so that two
# builds (say main's and a branch's) are compared on the same recipe.
#
#   sh bench/ner/split.sh VEILLE SPLIT [OUTDIR]
#
# VEILLE: the program (bin/veille of some build).  SPLIT:
#   A   train winer-fr 2016 + 2017/01-02, score on 2017/03-04
#   B   the same minus 2016/11-12 plus 2017/03-04, score on 2016/11-12
#   C   the same minus 2016/07-08 plus 2017/03-04, score on 2016/07-08
#   en  train conll2003-en train.conllu, score on val.conllu (testa)
# The French splits add wikineural-fr and europeana-bnf-fr as --other
# domains, like the Makefile's NER_FR_TRAIN.  winer-fr 2017/05-12 (the
# held-out months) are never read here.  Gazetteers and clusters come from
# build/ (make gazetteers clusters; English reads build/gazetteers-en).
# Prints the eval lines and the F1 over PER, LOC and ORG (the target's),
# computed from them.  OUTDIR (default
# build/split) keeps the model and the eval output.  SEED=N (environment)
# trains with `--seed N` (another shuffle of the sentences; default 0, the
# fixed one): a change is compared over a few seeds, the order alone moves
# a split's F1 by up to a point.  EXTRA (environment) is added to the
# training arguments, say EXTRA="--other build/silver.conll".  GAZ
# (environment) is the gazetteer folder, build/gazetteers by default: a
# list is tried by copying that folder and adding or replacing a file.
# CLU (environment) is the cluster file, build/clusters/LANG.clusters by
# default (a split's own clusters, say learned with its training months'
# text: bench/ner/clusterdraws.sh).  CLU2 (environment) is the second
# clustering, build/clusters/LANG-sg.clusters (make clusters: skip-gram
# vectors' clusters) by default when that file exists; CLU2=none trains
# with CLU alone (a veille older than the second clustering reads only
# the last --clusters given).  LIST=train prints the split's winer-fr
# training folders and exits (nothing is trained).
set -eu
cd "$(dirname "$0")/../.."
veille=$1
split=$2
out=${3:-build/split}
corpora=${CORPORA:-../shared/corpora}
w=$corpora/winer-fr
mkdir -p "$out"
months() { # year, months: the folders of winer-fr
  y=$1; shift
  for m in "$@"; do printf '%s ' "$w/$y/$m"; done
}
other="--other $corpora/wikineural-fr --other $corpora/europeana-bnf-fr/enp_FR.bnf.bio"
all16="01 02 03 04 05 06 07 08 09 10 11 12"
case $split in
  A) train="$(months 2016 $all16) $(months 2017 01 02)"; test="$(months 2017 03 04)" ;;
  B) train="$(months 2016 01 02 03 04 05 06 07 08 09 10) $(months 2017 01 02 03 04)"; test="$(months 2016 11 12)" ;;
  C) train="$(months 2016 01 02 03 04 05 06 09 10 11 12) $(months 2017 01 02 03 04)"; test="$(months 2016 07 08)" ;;
  en) train=$corpora/conll2003-en/train.conllu; test=$corpora/conll2003-en/val.conllu; other= ;;
  *) echo "split.sh: SPLIT is A, B, C or en" >&2; exit 2 ;;
esac
if [ "${LIST:-}" = train ]; then echo $train; exit 0; fi
lang=fr gaz=build/gazetteers
[ "$split" = en ] && lang=en gaz=build/gazetteers-en
model=$out/ner-$split.model
clu2=${CLU2:-build/clusters/$lang-sg.clusters}
if [ "$clu2" = none ] || [ ! -f "$clu2" ]; then clu2=; fi
# shellcheck disable=SC2086
"$veille" train ner --lang $lang --gazetteers "${GAZ:-$gaz}" --clusters "${CLU:-build/clusters/$lang.clusters}" \
  ${clu2:+--clusters "$clu2"} --seed "${SEED:-0}" $train $other ${EXTRA:-} -o "$model" > "$out/train-$split.log" 2>&1
# shellcheck disable=SC2086
"$veille" eval ner --model "$model" $test > "$out/eval-$split.txt"
cat "$out/eval-$split.txt"
# F1 over PER, LOC and ORG from the per-type lines (correct = precision x
# found, gold = correct / recall).
awk -v name="$split" -v seed="${SEED:-0}" '
  $1 ~ /^(PER|LOC|ORG):$/ {
    p = $3; r = $5; f = $NF; sub(/%;/, "", p); sub(/%;/, "", r)
    c = int(p * f / 100 + 0.5); found += f; correct += c
    if (r > 0) gold += int(c * 100 / r + 0.5)
  }
  END {
    P = found ? 100 * correct / found : 0; R = gold ? 100 * correct / gold : 0
    printf "split %s seed %s PER+LOC+ORG: correct %d found %d gold %d P %.2f R %.2f F1 %.2f\n", name, seed, correct, found, gold, P, R, (P + R) ? 2 * P * R / (P + R) : 0
  }' "$out/eval-$split.txt"
