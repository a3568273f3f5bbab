#!/usr/bin/env bash
# Scale-out numbers (docs/scale.md): documents per second of 1 and 2
# workers (shards run at once, one thread each) writing SQLite shards and
# writing one PostgreSQL database, and the COPY load of SQLite shards into
# PostgreSQL (warta merge --pg) in rows per second.
# Usage: bench/scale.sh [-n DOCS] [--no-parse] [INPUT...]
#   default input: the CLICK-ID corpus (../shared/data/click-id-news);
#   -n DOCS: only the first DOCS lines of each input file (JSON Lines)
#   WARTA_TEST_PG: a PostgreSQL URL (else scripts/pg-test.sh starts one)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
W="$root/build/warta"
n="" opts=""
while [ $# -gt 0 ]; do
    case "$1" in
    -n) n=$2; shift 2 ;;
    --no-parse) opts="--no-parse"; shift ;;
    *) break ;;
    esac
done
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$root"/../shared/data/click-id-news/*.jsonl)
pg=${WARTA_TEST_PG:-$("$root/scripts/pg-test.sh")}
tmp=$(mktemp -d /tmp/warta-scale.XXXXXX)
trap 'rm -rf "$tmp"; psql -q "$pg" -c "DROP DATABASE IF EXISTS warta_scale_$$" 2>/dev/null' EXIT
if [ -n "$n" ]; then
    for f in "${inputs[@]}"; do head -n "$n" "$f" >"$tmp/in-$(basename "$f")"; done
    inputs=("$tmp"/in-*)
fi
now() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.1f", n / (b - a) }'; }
fresh_pg() {
    psql -q "$pg" -c "DROP DATABASE IF EXISTS warta_scale_$$" -c "CREATE DATABASE warta_scale_$$" 2>/dev/null
    echo "${pg%/*}/warta_scale_$$"
}
# shards W: W runs of warta ingest --shard i/W at once, into SQLite files or one PostgreSQL database
shards() {
    local w=$1 target=$2 url=${3:-}
    for i in $(seq 0 $((w - 1))); do
        if [ "$target" = pg ]; then
            "$W" ingest -q $opts --pg "$url" --shard "$i/$w" "${inputs[@]}" 2>/dev/null &
        else
            "$W" ingest -q $opts --db "$tmp/w$w-$i.db" --shard "$i/$w" "${inputs[@]}" 2>/dev/null &
        fi
    done
    wait || true
}
echo "warta $("$W" --version 2>&1 | head -1); $(nproc) cores; ${opts:-full pipeline}"
docs=""
for w in 1 2; do
    a=$(now); shards "$w" sqlite; b=$(now)
    docs=$(for i in $(seq 0 $((w - 1))); do sqlite3 "$tmp/w$w-$i.db" 'select count(*) from documents'; done | awk '{s += $1} END {print s}')
    echo "SQLite shards, $w worker(s): $docs documents in $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.1f", b-a}') s, $(rate "$docs" "$a" "$b") documents/s"
done
for w in 1 2; do
    url=$(fresh_pg)
    a=$(now); shards "$w" pg "$url"; b=$(now)
    got=$(psql -Atq "$url" -c 'select count(*) from documents')
    echo "PostgreSQL, $w worker(s): $got documents in $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.1f", b-a}') s, $(rate "$got" "$a" "$b") documents/s"
done
# COPY: the two shards of the 2-worker run loaded into an empty database
url=$(fresh_pg)
rows=0
for t in documents sentences entities mentions dates quantities quotes events event_spans event_domains repairs; do
    for f in "$tmp"/w2-*.db; do rows=$((rows + $(sqlite3 "$f" "select count(*) from $t"))); done
done
a=$(now); "$W" merge -q --pg "$url" "$tmp"/w2-*.db; b=$(now)
echo "merge --pg (COPY, then INSERT ... SELECT): $rows rows of $docs documents in $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", b-a}') s, $(rate "$rows" "$a" "$b") rows/s, $(rate "$docs" "$a" "$b") documents/s"
