#!/usr/bin/env bash
# Five-fold cross-validation of the tagger on NERP and NERGRIT train+dev,
# for choosing features and options without touching the test splits.
# Fold f: test on part f, choose passes on part f+1, train on the other
# three; the IndoNLU type mean and micro F1 are averaged over the folds.
#   bench/ner_cv.sh [DATA_DIR] [-- extra `warta train ner` options]
#   e.g. bench/ner_cv.sh -- --ensemble 4
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
D=$root/../shared/data
if [ $# -gt 0 ] && [ "$1" != "--" ]; then D=$1; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
W="$root/build/warta"
out="$root/bench/out/ner-cv"
mkdir -p "$out"
clusters="$root/bench/out/ner/clusters.tsv"
if [ ! -s "$clusters" ]; then
    mkdir -p "$(dirname "$clusters")"
    "$W" train clusters "$D"/click-id-news/*.jsonl "$D/indonlu-nerp/train_preprocess.txt" \
        "$D/indonlu-nergrit/train_preprocess.txt" "$D/idner-news-2k/train.txt" >"$clusters"
fi

for set in nerp:indonlu-nerp nergrit:indonlu-nergrit; do
    n=${set%%:*} d=${set#*:}
    # sentences dealt round-robin into five parts
    cat "$D/$d/train_preprocess.txt" <(echo) "$D/$d/valid_preprocess.txt" |
        awk -v p="$out/$n.part." 'BEGIN { RS = ""; ORS = "\n\n" } { print > (p (NR % 5)) }'
    for f in 0 1 2 3 4; do
        g=$(((f + 1) % 5))
        : >"$out/$n.train.$f"
        for h in 0 1 2 3 4; do
            if [ $h != $f ] && [ $h != $g ]; then cat "$out/$n.part.$h" >>"$out/$n.train.$f"; fi
        done
    done
done

fold() { # set fold options...
    local n=$1 f=$2 g=$((($2 + 1) % 5))
    shift 2
    "$W" train ner -q --train "$out/$n.train.$f" --dev "$out/$n.part.$g" --clusters "$clusters" \
        --epochs "${EPOCHS:-20}" --bits "${BITS:-22}" "$@" -o "$out/$n.$f.model" 2>"$out/$n.$f.log"
    "$W" eval ner -m "$out/$n.$f.model" --conll "$out/$n.part.$f" >"$out/$n.$f.eval"
    rm -f "$out/$n.$f.model"
}

for n in nerp nergrit; do
    for f in 0 1 2 3 4; do
        fold $n $f "$@" &
        if [ $((f % 2)) = 1 ]; then wait; fi
    done
    wait
    cat "$out/$n".[0-4].eval | awk -v n=$n '
        /^overall/ { micro += $NF; k++ }
        /^mean/ { mean += $NF }
        !/^overall|^mean|^type/ { f[$1] += $NF }
        END {
            printf "%-8s 5-fold mean: type mean %.2f, micro F1 %.2f |", n, mean / k, micro / k
            for (t in f) printf " %s %.1f", t, f[t] / k
            print ""
        }'
done
