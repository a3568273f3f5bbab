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

echo "== speed over $n pages ($mb MB), one core, best of 3"
best() { # user+sys seconds of the fastest of 3 runs of a command
    local b=""
    for _ in 1 2 3; do
        local t
        /usr/bin/env time -o "$out/time.txt" -f "%U %S" "$@" >/dev/null 2>&1 || true
        t=$(tail -1 "$out/time.txt" | awk '{print $1 + $2}')
        if [ -z "$b" ] || awk -v a="$t" -v b="$b" 'BEGIN{exit !(a<b)}'; then b=$t; fi
    done
    echo "$b"
}
clean_s=$(best "$BUILD/warta" extract -q --stage clean "$out/pages")
warta_s=$(best "$BUILD/warta" extract -q --no-tokens "$out/pages")
row() { printf '%-40s %6.2f s %7.1f pages/s\n' "$1" "$2" "$(echo "$n / $2" | bc -l)"; }
row "warta extract --stage clean (cleaning)" "$clean_s"
row "warta extract (whole pipeline)" "$warta_s"
if /usr/bin/python3 -c 'import readability' 2>/dev/null; then
    cat >"$out/run_readability.py" <<'PY'
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
    py_s=$(best /usr/bin/python3 "$out/run_readability.py" "$out/pages")
    row "python3-readability Document.summary()" "$py_s"
    printf 'cleaning is %.1f times faster than python3-readability; the whole pipeline %.1f times\n' \
        "$(echo "$py_s / $clean_s" | bc -l)" "$(echo "$py_s / $warta_s" | bc -l)"
else
    echo "python3-readability not installed (apt-get install python3-readability) for the side-by-side"
fi
