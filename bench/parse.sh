#!/usr/bin/env bash
# Syntax scores and speed, Warta beside UDPipe 1 on the same data:
# UD_Indonesian-GSD legacy-ud2.1 (train, dev for choosing passes, test with
# gold tokens), then CSUI test with the default model, then POSP test.
#   UDPIPE=/path/to/udpipe  the UDPipe 1 binary (built beside the project,
#                           never inside it); UDPIPE_MODEL: its model
#                           trained on the same train split (see
#                           docs/syntax.md). Without them the peer's
#                           rows are skipped with a message.
#   SHARED=../shared/data   CLUSTERS: word classes (default: built from
#                           CLICK-ID and the NER sets, as bench/ner.sh)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
W="$root/build/warta"
D=${SHARED:-$root/../shared/data}
G=$D/ud-indonesian-gsd/legacy-ud2.1
out=${OUT:-$root/bench/out/parse}
mkdir -p "$out"
[ -x "$W" ] || make -C "$root" >/dev/null
cl=${CLUSTERS:-$out/clusters.tsv}
if [ ! -s "$cl" ]; then
    "$W" train clusters "$D"/click-id-news/*.jsonl "$D/indonlu-nerp/train_preprocess.txt" \
        "$D/indonlu-nergrit/train_preprocess.txt" "$D/idner-news-2k/train.txt" >"$cl"
fi
echo "== Warta on GSD legacy (train -> test, gold tokens)"
"$W" train parse --train "$G/id-ud-train.conllu" --dev "$G/id-ud-dev.conllu" --clusters "$cl" --epochs 12 \
    -o "$out/gsd-legacy.model"
"$W" eval parse -m "$out/gsd-legacy.model" --conllu "$G/id-ud-test.conllu"
echo "== Warta's default model on CSUI test (surface tokens)"
"$W" eval parse --surface -m "$root/models/syntax.model" --conllu "$D/ud-indonesian-csui/id_csui-ud-test.conllu"
echo "== Warta's POS tagger on IndoNLU POSP (PROSA tags)"
"$W" train pos --train "$D/indonlu-posp/train_preprocess.txt" --dev "$D/indonlu-posp/valid_preprocess.txt" \
    --clusters "$cl" --epochs 12 -o "$out/posp.model"
"$W" eval parse -m "$out/posp.model" --conllu "$D/indonlu-posp/test_preprocess.txt"
if [ -n "${UDPIPE:-}" ] && [ -x "$UDPIPE" ] && [ -s "${UDPIPE_MODEL:-}" ]; then
    echo "== UDPipe 1 on GSD legacy (same train split, gold tokens)"
    start=$(date +%s.%N)
    "$UDPIPE" --accuracy --tag --parse "$UDPIPE_MODEL" "$G/id-ud-test.conllu"
    echo "UDPipe 1 wall time: $(echo "$(date +%s.%N) - $start" | bc) s for $(grep -c '^[0-9]' "$G/id-ud-test.conllu") words"
else
    echo "== UDPipe 1: skipped (set UDPIPE and UDPIPE_MODEL; docs/syntax.md says how to build and train it)"
fi
