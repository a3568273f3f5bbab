#!/usr/bin/env bash
# Whether one long story costs in proportion to its length: the
# instructions of `warta extract` (callgrind) over one story of N blocks
# of five sentences and over one of 2N, and their ratio with the start-up
# taken off (about 2 when every pass over the story is linear; a pass that
# compares every mention with every other shows as 3 or more). The
# sentences are written here: towns that are also parts of names
# (Dortmund, Wolverhampton), a statement with a pronoun cue, a list of
# titled persons, dates and amounts; each block numbered, all in one
# paragraph (the cleaner drops paragraphs that repeat one another).
# Usage: bench/longdoc.sh [N] (default 600)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BUILD=${BUILD:-build}
n=${1:-600}
out=bench/out
mkdir -p "$out"
command -v valgrind >/dev/null || { echo "bench/longdoc.sh: valgrind is not installed" >&2; exit 1; }
make -s "$BUILD/warta"

story() { # one JSON Lines document of $1 blocks
    awk -v n="$1" 'BEGIN {
        printf "{\"id\":\"long%d\",\"title\":\"Satu berita panjang\",\"text\":\"", n
        for (i = 1; i <= n; i++)
            printf "Chelsea menang atas Wolverhampton pada laga ke-%d. Permainan Dortmund membaik, kata pelatih Borussia Dortmund Lucien Favre. Dia mengatakan timnya siap menghadapi %d laga lagi. Hadir Gubernur Anies Baswedan, Bupati Ahmad Yani dan Wali Kota Bima Arya pada Senin (%d/5/2019). Harga minyak naik %d persen. ", i, i, i % 28 + 1, i
        printf "\"}\n"
    }'
}

count() { # instructions of warta extract over file $1
    valgrind --tool=callgrind --callgrind-out-file="$1.cg" "$BUILD/warta" extract -q "$1" >/dev/null 2>"$1.log"
    sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$1.log" | tr -d ,
}

one="$out/long$n.jsonl" two="$out/long$((2 * n)).jsonl"
story "$n" >"$one"
story "$((2 * n))" >"$two"
printf '{"id":"e","title":"t","text":"Satu kalimat."}\n' >"$out/empty.jsonl"
base=$(count "$out/empty.jsonl")
a=$(count "$one")
b=$(count "$two")
printf '%-34s %16s\n' "input" "instructions"
printf '%-34s %16s\n' "one sentence (start-up)" "$base"
printf '%-34s %16s\n' "$n blocks ($(stat -c %s "$one") bytes)" "$a"
printf '%-34s %16s\n' "$((2 * n)) blocks ($(stat -c %s "$two") bytes)" "$b"
awk -v a="$a" -v b="$b" -v s="$base" 'BEGIN { printf "ratio of the two, start-up taken off: %.2f\n", (b - s) / (a - s) }'
