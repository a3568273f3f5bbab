#!/usr/bin/env bash
# NER scores on the test splits, the way docs/ner.md reports them, and the
# tagger's speed. Each set: word classes from raw news text (CLICK-ID and
# the NER sets' training text; never a test split), a model trained on the
# train split and chosen on the dev split (four members, each with its best
# pass on dev), scored once on the test split.
#   bench/ner.sh [DATA_DIR]   (default ../shared/data)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
D=${1:-$root/../shared/data}
W="$root/build/warta"
out="$root/bench/out/ner"
mkdir -p "$out"
EPOCHS=${EPOCHS:-25}
BITS=${BITS:-22}
ENSEMBLE=${ENSEMBLE:-4}

"$W" train clusters "$D"/click-id-news/*.jsonl "$D/indonlu-nerp/train_preprocess.txt" \
    "$D/indonlu-nergrit/train_preprocess.txt" "$D/idner-news-2k/train.txt" >"$out/clusters.tsv"
echo "word classes: $(grep -vc '^#' "$out/clusters.tsv") words"

score() { # name train dev test
    local name=$1 train=$2 dev=$3 test=$4
    "$W" train ner -q --train "$train" --dev "$dev" --clusters "$out/clusters.tsv" --epochs "$EPOCHS" \
        --bits "$BITS" --ensemble "$ENSEMBLE" -o "$out/$name.model" 2>"$out/$name.train.log"
    "$W" eval ner -m "$out/$name.model" --conll "$test" >"$out/$name.test.txt"
    echo "== $name (test)"
    cat "$out/$name.test.txt"
}

score nerp "$D/indonlu-nerp/train_preprocess.txt" "$D/indonlu-nerp/valid_preprocess.txt" \
    "$D/indonlu-nerp/test_preprocess.txt"
score nergrit "$D/indonlu-nergrit/train_preprocess.txt" "$D/indonlu-nergrit/valid_preprocess.txt" \
    "$D/indonlu-nergrit/test_preprocess.txt"
sum=0
for k in 1 2 3 4 5; do
    score "indolem-ui-$k" "$D/indolem-ner-ui/train.0$k.tsv" "$D/indolem-ner-ui/dev.0$k.tsv" \
        "$D/indolem-ner-ui/test.0$k.tsv" >/dev/null
    f=$(awk '/^overall/ { print $NF }' "$out/indolem-ui-$k.test.txt")
    echo "indolem-ui fold $k: micro F1 $f"
    sum=$(echo "$sum + $f" | bc -l)
done
printf 'indolem-ui 5-fold mean micro F1: %.2f\n' "$(echo "$sum / 5" | bc -l)"

# tagging speed on one core: the default model over the NERP train split
# (156k tokens), tokens per second, model loading included
tokens=$(grep -c . "$D/indonlu-nerp/train_preprocess.txt")
best=
for i in 1 2 3; do
    t=$( { /usr/bin/time -f %e "$W" tag -m "$root/models/ner.model" --conll "$D/indonlu-nerp/train_preprocess.txt" >/dev/null; } 2>&1 | tail -1)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
echo "tagging: $tokens tokens in ${best}s (best of 3, model load included) = $(echo "$tokens / $best" | bc) tokens/s"
