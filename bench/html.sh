#!/usr/bin/env bash
# HTML main-text extraction: quality and speed on the article-extraction
# benchmark (../shared/data/article-extraction-benchmark), next to Debian's
# python3-readability (readability-lxml) on the same pages.
# Usage: bench/html.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BUILD=${BUILD:-build}
bench="$root/../shared/data/article-extraction-benchmark"
[ -d "$bench" ] || { echo "html bench: $bench not found"; exit 0; }
make -s "$BUILD/warta"
out=bench/out/html
mkdir -p "$out/pages"
for f in "$bench"/html/*.html.gz; do
    b=$(basename "$f" .gz)
    [ -s "$out/pages/$b" ] || zcat "$f" >"$out/pages/$b"
done
n=$(ls "$out/pages" | wc -l)
mb=$(du -cb "$out/pages"/*.html | tail -1 | awk '{printf "%.1f", $1 / 1e6}')

echo "== quality (the benchmark's metric; published: trafilatura 2.0.0 F1 0.958, readability 0.922)"
"$BUILD/warta" eval html "$bench" | sed -n 2p
for sys in trafilatura readability_js readability newspaper justext boilerpipe; do
    printf '%-16s' "$sys"
    "$BUILD/warta" eval html "$bench" "$bench/output/$sys.json" | sed -n 2p
done

echo "== speed over $n pages ($mb MB), one core"
t0=$(date +%s.%N)
"$BUILD/warta" extract -q --no-tokens "$out/pages" >"$out/warta.jsonl"
t1=$(date +%s.%N)
warta_s=$(echo "$t1 - $t0" | bc -l)
if /usr/bin/python3 -c 'import readability' 2>/dev/null; then
    t0=$(date +%s.%N)
    /usr/bin/python3 - "$out/pages" >"$out/readability.txt" <<'PY'
import os, sys
from readability import Document
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name), 'rb') as f:
        html = f.read()
    try:
        Document(html).summary()
    except Exception as e:
        print(name, e)
PY
    t1=$(date +%s.%N)
    py_s=$(echo "$t1 - $t0" | bc -l)
    printf 'warta extract (whole pipeline)  %6.2f s  %6.1f pages/s\n' "$warta_s" "$(echo "$n / $warta_s" | bc -l)"
    printf 'python3-readability (summary)  %6.2f s  %6.1f pages/s\n' "$py_s" "$(echo "$n / $py_s" | bc -l)"
    printf 'warta is %.1f times faster\n' "$(echo "$py_s / $warta_s" | bc -l)"
else
    printf 'warta extract (whole pipeline)  %6.2f s  %6.1f pages/s\n' "$warta_s" "$(echo "$n / $warta_s" | bc -l)"
    echo "python3-readability not installed (apt-get install python3-readability) for the side-by-side"
fi
