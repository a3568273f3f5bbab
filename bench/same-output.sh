#!/usr/bin/env bash
# Does a change keep the output? Builds REF (default HEAD~1) in a
# temporary worktree, runs both builds over the bundled samples and the
# first N (default 2,000) CLICK-ID articles, and compares the JSON records
# byte for byte. For speed work: a change meant to improve a fact shows up
# here, and its commit message says which. Usage: bench/same-output.sh [REF] [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ref=${1:-HEAD~1}
n=${2:-2000}
out=bench/out/same-output
rm -rf "$out"
mkdir -p "$out"
make -s build/warta

tree=$(mktemp -d)
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"' EXIT
git worktree add --detach -q "$tree" "$ref"
make -s -C "$tree" -j"$(nproc)" build/warta >/dev/null
# the topic model is built from ../shared, not committed: both use this one
if [ -f models/topic.model ] && [ ! -f "$tree/models/topic.model" ]; then
    cp models/topic.model "$tree/models/topic.model"
fi

inputs=(samples)
shared="$root/../shared/data/click-id-news"
if [ -d "$shared" ]; then
    (
        set +o pipefail # head stops cat early
        cat "$shared"/*.jsonl | head -n "$n" >"$out/click.jsonl"
    )
    inputs+=("$out/click.jsonl")
else
    echo "bench/same-output.sh: $shared not found; the samples alone are compared" >&2
fi

status=0
for input in "${inputs[@]}"; do
    name=$(basename "$input" .jsonl)
    # each build reads its own data and models (a build of REF finds REF's)
    "$tree/build/warta" extract -q "$input" >"$out/$name.before.jsonl" 2>/dev/null || true
    ./build/warta extract -q "$input" >"$out/$name.after.jsonl" 2>/dev/null || true
    records=$(wc -l <"$out/$name.after.jsonl")
    if cmp -s "$out/$name.before.jsonl" "$out/$name.after.jsonl"; then
        echo "$name: $records records, identical to $ref"
    else
        changed=$(paste -d '\n' "$out/$name.before.jsonl" "$out/$name.after.jsonl" | paste - - |
            awk -F'\t' '$1 != $2' | wc -l)
        echo "$name: $records records, $changed differ from $ref (files in $out)"
        status=1
    fi
done
exit $status
