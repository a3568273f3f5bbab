#!/usr/bin/env bash
# Peak resident memory of `warta extract`: one 60 MB line of words (the
# speed issue's bound: under 1 GB), and the whole CLICK-ID corpus against
# its first 1,000 articles (memory stays flat: the peak follows the largest
# document, not the number of documents). Usage: bench/memory.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BUILD=${BUILD:-build}
out=bench/out
mkdir -p "$out"
make -s "$BUILD/warta"
cc -O2 -o "$out/peakrss" bench/peakrss.c

peak() { # peak resident MB of a command
    "$out/peakrss" "$@" 2>&1 >/dev/null | sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'
}

line="$out/line60.txt"
(
    set +o pipefail # head stops yes
    yes 'Presiden bertemu menteri di Jakarta pada Kamis (19/6/2025) dan 1.000 orang hadir.' | head -c 60000000 |
        tr '\n' ' ' >"$line"
)
printf '%-52s %8s\n' "input" "peak MB"
printf '%-52s %8s\n' "one 60 MB line (--no-tokens, --max-doc-size 64M)" \
    "$(peak "$BUILD/warta" extract -q --no-tokens --max-doc-size 64M "$line")"
shared="$root/../shared/data/click-id-news"
if [ -d "$shared" ]; then
    corpus="$out/corpus.jsonl"
    cat "$shared"/*.jsonl >"$corpus"
    head -n 1000 "$corpus" >"$out/corpus1000.jsonl"
    printf '%-52s %8s\n' "CLICK-ID, first 1,000 articles" "$(peak "$BUILD/warta" extract -q "$out/corpus1000.jsonl")"
    printf '%-52s %8s\n' "CLICK-ID, all $(wc -l <"$corpus") articles" "$(peak "$BUILD/warta" extract -q "$corpus")"
else
    echo "skip the corpus rows: $shared not found"
fi
