#!/usr/bin/env bash
# Relevance: how many of the events Warta codes on the whole CLICK-ID corpus
# (and on tribunnews alone, the outlet the topic classifier never saw) come
# from articles whose outlet section is sport, entertainment, lifestyle or
# technology (data/topics.tsv maps the sections), and 50 events drawn at
# random (fixed seed) with their sentences, for reading by hand.
# Usage: bench/relevance.sh [SHARED_DATA_DIR]   (needs models/topic.model: make topic-model)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$root/../shared/data}/click-id-news
W="$root/build/warta"
out="$root/bench/out"
mkdir -p "$out"
[ -d "$data" ] || { echo "relevance: $data not found" >&2; exit 2; }
[ -f "$root/models/topic.model" ] || { echo "relevance: no models/topic.model (make topic-model)" >&2; exit 2; }
"$W" extract -q -j 2 --no-tokens "$data"/*.jsonl >"$out/click.jsonl" || true
python3 - "$root/data/topics.tsv" "$out/click.jsonl" <<'PY'
import json, random, sys
rules = []
for line in open(sys.argv[1], encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if line.startswith("#") or len(f) != 3:
        continue
    rules.append((f[0].lower(), f[1].lower(), f[2]))
def topic(meta):
    c, s = (meta.get("category") or "").lower(), (meta.get("sub_category") or "").lower()
    for sec, sub, t in rules:
        if c == sec and (sub == "*" or s == sub):
            return t
    return "other"
OFF = {"sport", "entertainment", "lifestyle", "technology"}
events, counts = [], {"all": [0, 0], "tribunnews": [0, 0]}
for line in open(sys.argv[2], encoding="utf-8"):
    d = json.loads(line)
    t = topic(d.get("meta") or {})
    text = d["text"].encode("utf-8")
    for e in d["events"]:
        s0, s1 = e["spans"][0]
        events.append((e, d["origin"], text[s0:s1].decode("utf-8", "replace")))
        for k in ("all", "tribunnews"):
            if k == "all" or "tribunnews.jsonl" in d["origin"]:
                counts[k][0] += 1
                counts[k][1] += t in OFF
for k, name in (("all", "CLICK-ID (5 outlets)"), ("tribunnews", "tribunnews alone")):
    n, off = counts[k]
    print("%-22s %6d events, %5d (%.2f%%) from sport, entertainment, lifestyle or technology sections"
          % (name, n, off, 100.0 * off / n if n else 0))
print("\n50 events drawn at random (seed 42):")
random.seed(42)
for e, origin, sentence in random.sample(events, min(50, len(events))):
    a1, a2 = e["actor1"], e["actor2"]
    print("%s %s (%s) -> %s (%s) %s [%s]\n    %s" % (e["type"], a1["name"], a1["country"], a2["name"], a2["country"],
                                                  e["date"] or "-", origin, sentence[:300]))
PY
