#!/bin/sh
# scores.sh -- the time-expression scores of both halves (split.sh) of the
# French and English development corpora, one line each: relaxed P, R, F1,
# value accuracy, value F1 (TempEval-3).
#   bench/timex/scores.sh [VEILLE]
set -eu
here=$(dirname "$0")
veille=${1:-bin/veille}
fr=${FR_TIMEBANK:-/work/shared/corpora/fr-timebank/Data}
en=${TEMPEVAL3:-/work/shared/corpora/tempeval3-en}
printf '%-8s %5s %6s %6s %6s %6s %6s\n' part gold relP relR relF1 valAcc valF1
for lang in fr en; do
    if [ $lang = fr ]; then dir=$fr; else dir=$en; fi
    for half in tune held all; do
        if [ $half = all ]; then files=$dir; else files=$("$here/split.sh" $half "$dir"); fi
        # shellcheck disable=SC2086
        "$veille" eval timex --lang $lang $files | awk -v name="$lang-$half" '
            /^documents/ {gold=$4; sub(",", "", gold)}
            /^relaxed/ {p=$2; r=$3; f=$4}
            /^value accuracy/ {va=$3}
            /^value F1/ {vf=$3}
            END {printf "%-8s %5s %6s %6s %6s %6s %6s\n", name, gold, p, r, f, va, vf}'
    done
done
