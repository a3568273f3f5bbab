#!/usr/bin/env bash
# Throughput of `warta extract` against the floor of `wc -w` on the same bytes.
# Corpus: the CLICK-ID news in ../shared/data/click-id-news (17,015 articles)
# when present, else samples/ repeated. Usage: bench/run.sh [REPEATS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BUILD=${BUILD:-build}
repeats=${1:-3}
out=bench/out
mkdir -p "$out"
make -s "$BUILD/warta"
cc -O2 -o "$out/peakrss" bench/peakrss.c

corpus="$out/corpus.jsonl"
shared="$root/../shared/data/click-id-news"
if [ -d "$shared" ]; then
    cat "$shared"/*.jsonl >"$corpus"
    label="CLICK-ID news ($(ls "$shared"/*.jsonl | wc -l) files)"
else
    : >"$corpus"
    for i in $(seq 1 300); do
        for f in samples/*.txt; do
            jq -Rs --arg id "$(basename "$f" .txt)-$i" '{id: $id, text: .}' "$f" >>"$corpus"
        done
    done
    label="samples repeated 300 times"
fi
bytes=$(stat -c %s "$corpus")
docs=$(wc -l <"$corpus")
cat "$corpus" >/dev/null # warm the page cache

best() { # best of N runs of a command: prints "wall cpu maxrss"
    local b="" line
    for _ in $(seq 1 "$repeats"); do
        line=$("$out/peakrss" "$@" 2>&1 >/dev/null | tail -1 || true)
        local w c m
        w=$(sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' <<<"$line")
        c=$(sed -n 's/.*cpu_s=\([0-9.]*\).*/\1/p' <<<"$line")
        m=$(sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' <<<"$line")
        if [ -z "$b" ] || awk -v a="$w" -v b="${b%% *}" 'BEGIN{exit !(a<b)}'; then b="$w $c $m"; fi
    done
    echo "$b"
}

read -r wc_wall wc_cpu wc_rss < <(best wc -w "$corpus")
read -r w_wall w_cpu w_rss < <(best "$BUILD/warta" extract -q "$corpus")
read -r n_wall n_cpu n_rss < <(best "$BUILD/warta" extract -q --no-tokens "$corpus")
read -r j_wall j_cpu j_rss < <(best "$BUILD/warta" extract -q -j 2 "$corpus")
rm -f "$out/bench.db"
read -r i_wall i_cpu i_rss < <(best bash -c "rm -f '$out/bench.db'* && '$BUILD/warta' ingest -q --db '$out/bench.db' '$corpus'")

awk -v label="$label" -v bytes="$bytes" -v docs="$docs" \
    -v wcw="$wc_wall" -v wcr="$wc_rss" \
    -v ew="$w_wall" -v er="$w_rss" -v nw="$n_wall" -v nr="$n_rss" -v iw="$i_wall" -v ir="$i_rss" \
    -v jw="$j_wall" -v jr="$j_rss" 'BEGIN {
    mb = bytes / 1e6
    printf "corpus: %s, %d documents, %.1f MB\n", label, docs, mb
    printf "%-34s %9s %10s %9s %11s %8s\n", "command", "wall s", "docs/s", "MB/s", "peak MB", "x wc -w"
    row("wc -w", wcw, wcr)
    row("warta extract", ew, er)
    row("warta extract --no-tokens", nw, nr)
    row("warta extract -j 2 (two cores)", jw, jr)
    row("warta ingest (fresh database)", iw, ir)
}
function row(name, w, r) {
    printf "%-34s %9.3f %10.0f %9.1f %11.1f %8.1f\n", name, w, docs / w, mb / w, r / 1024, w / wcw
}'
