#!/usr/bin/env bash
# The server under load: wrk on loopback against `warta serve` over the
# CLICK-ID database, for a search, event lists and a count, at 1 and 32
# connections, first with the answers cache off (every answer made), then
# with the default cache. Prints requests per second and p50/p99 latency.
#   bench/serve.sh [DB]     DB: a Warta database (default: bench/out/click-id.db,
#                           ingested from ../shared/data/click-id-news on first use)
#   DURATION=10             seconds per row (wrk -d); THREADS=4: the server's -j
# Needs wrk (Debian's package; scripts/setup.sh installs it).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
W="$root/build/warta"
D=${SHARED:-$root/../shared/data}
out=${OUT:-$root/bench/out}
db=${1:-$out/click-id.db}
dur=${DURATION:-10}
mkdir -p "$out"
[ -x "$W" ] || make -C "$root" >/dev/null
if ! command -v wrk >/dev/null; then
    echo "bench/serve.sh: wrk is not installed (apt-get install wrk); skipped"
    exit 0
fi
if [ ! -s "$db" ]; then
    [ -d "$D/click-id-news" ] || { echo "bench/serve.sh: no database and no $D/click-id-news" >&2; exit 1; }
    echo "== ingesting CLICK-ID into $db (once)"
    "$W" ingest -q -j 2 --db "$db" "$D"/click-id-news/*.jsonl 2>"$out/click-id-ingest.log" || [ $? -eq 1 ]
fi

# name and path of each request
requests=(
    "search|articles?q=kerja%20sama"
    "search+facets|articles?q=nuklir&facets=source,topic"
    "events|events"
    "events IDN, facets|events?country=IDN&facets=type,country,domain"
    "count by month|count?by=month"
    "network|network"
)
ms() { # wrk's "1.23ms", "456.00us", "1.2s" -> milliseconds
    awk -v x="$1" 'BEGIN { v = x + 0; if (x ~ /us$/) v /= 1000; else if (x ~ /ms$/) v += 0; else if (x ~ /s$/) v *= 1000; printf "%.2f", v }'
}
log=$(mktemp)
spid=
trap '[ -n "$spid" ] && kill -TERM $spid 2>/dev/null; rm -f "$log"' EXIT
# one table per cache setting: 0 makes every answer (the cold path), 64 is the default
for cache in 0 64; do
    "$W" serve --db "$db" --listen 127.0.0.1:0 -j "${THREADS:-4}" --cache "$cache" >"$log" 2>&1 &
    spid=$!
    for _ in $(seq 1 50); do
        grep -q 'http://' "$log" && break
        sleep 0.1
    done
    url=$(grep -o 'http://[^ ]*/api/v1/' "$log" | head -1)
    [ -n "$url" ] || { cat "$log" >&2; exit 1; }
    stats=$(curl -s "${url}stats")
    echo
    echo "== warta serve --cache $cache on $(jq '.results[0].documents' <<<"$stats") articles," \
        "$(jq '.results[0].events' <<<"$stats") events ($db); wrk ${dur}s per row; server threads ${THREADS:-4}"
    printf '| request | connections | requests/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |\n'
    for r in "${requests[@]}"; do
        name=${r%%|*}
        path=${r#*|}
        code=$(curl -s -o /dev/null -w '%{http_code}' "$url$path")
        [ "$code" = 200 ] || { echo "bench/serve.sh: $path answered $code" >&2; exit 1; }
        for c in 1 32; do
            res=$(wrk -t "$((c < 2 ? 1 : 2))" -c "$c" -d "${dur}s" --latency "$url$path")
            rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$res")
            p50=$(ms "$(awk '$1 == "50%" {print $2}' <<<"$res")")
            p99=$(ms "$(awk '$1 == "99%" {print $2}' <<<"$res")")
            errs=$(awk '/Non-2xx|Socket errors/ {s = s $0 " "} END {print s ? s : 0}' <<<"$res")
            printf '| %s | %d | %s | %s | %s | %s |\n' "$name" "$c" "$rps" "$p50" "$p99" "$errs"
        done
    done
    kill -TERM "$spid"
    wait "$spid" 2>/dev/null || true
    spid=
done
