#!/usr/bin/env bash
# Instructions of `warta extract`, stage by stage, against `wc -w` on the
# same bytes, counted by callgrind (instruction counts do not depend on the
# machine's load). Input: the first N (default 1,000) articles with text of
# the CLICK-ID corpus in ../shared/data/click-id-news, files in name order,
# as JSON Lines {id, title, url, text}. Prints one table for the default
# pipeline and one with --no-parse. Usage: bench/instructions.sh [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BUILD=${BUILD:-build}
n=${1:-1000}
out=bench/out
mkdir -p "$out"
shared="$root/../shared/data/click-id-news"
if [ ! -d "$shared" ]; then
    echo "bench/instructions.sh: $shared not found; nothing measured" >&2
    exit 1
fi
command -v valgrind >/dev/null || { echo "bench/instructions.sh: valgrind is not installed" >&2; exit 1; }
make -s "$BUILD/warta"

input="$out/first$n.jsonl"
(
    set +o pipefail # head stops jq early
    for f in "$shared"/*.jsonl; do
        jq -c --arg f "$(basename "$f" .jsonl)" \
            'select((.content // "") | length > 0) | {id: ($f + ":" + (input_line_number | tostring)), title, url, text: .content}' "$f" 2>/dev/null
    done | head -n "$n" >"$input"
)
echo "input: $input, $(wc -l <"$input") articles, $(stat -c %s "$input") bytes, $(wc -w <"$input") words"

count() { # instructions of a command under callgrind; the profile in $1
    local prof=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file="$prof" "$@" >/dev/null 2>"$prof.log"
    sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$prof.log" | tr -d ,
}

wc_ir=$(count "$out/cg.wc" wc -w "$input")

# STAGE FUNCTION pairs: the inclusive count of the function is the stage's
STAGES=(
    "start-up (models, tables)" wt_pipeline_new
    "reading JSON Lines" read_jsonl
    "per document, in all" wt_process
    "normalising" wt_normalize
    "cleaning" wt_clean
    "segmentation" wt_segment
    "tagging and parsing" wt_syntax_doc
    "topic" wt_topics_classify
    "dates" wt_dates
    "entities" wt_entities
    "quantities" wt_quantities
    "quotes" wt_quotes
    "events" wt_events
    "writing JSON" wt_doc_to_json
)

table() { # the table of one profile
    local prof=$1 total=$2 title=$3
    callgrind_annotate --inclusive=yes --threshold=100 "$prof" 2>/dev/null >"$prof.txt"
    printf '\n%s\n' "$title"
    printf '%-28s %16s %8s %9s\n' "stage" "instructions" "share" "x wc -w"
    printf '%-28s %16s %8s %9.1f\n' "wc -w" "$wc_ir" "" 1
    local i
    for ((i = 0; i < ${#STAGES[@]}; i += 2)); do
        local name=${STAGES[i]} fn=${STAGES[i + 1]} ir
        ir=$(awk -v fn="$fn" '/ \[/ { line = $0; sub(/ \[.*/, "", line); k = split(line, p, ":");
                 if (p[k] == fn) { gsub(/,/, "", $1); s += $1 } } END { printf "%.0f\n", s }' "$prof.txt")
        awk -v n="$name" -v ir="$ir" -v t="$total" -v w="$wc_ir" \
            'BEGIN { printf "%-28s %16.0f %7.1f%% %9.1f\n", n, ir, 100 * ir / t, ir / w }'
    done
    awk -v ir="$total" -v w="$wc_ir" 'BEGIN { printf "%-28s %16.0f %7.1f%% %9.1f\n", "whole run", ir, 100, ir / w }'
}

all_ir=$(count "$out/cg.all" "$BUILD/warta" extract -q "$input")
np_ir=$(count "$out/cg.noparse" "$BUILD/warta" extract -q --no-parse "$input")
table "$out/cg.all" "$all_ir" "warta extract -q (the default pipeline, with the parse)"
table "$out/cg.noparse" "$np_ir" "warta extract -q --no-parse"
