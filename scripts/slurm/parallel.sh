#!/usr/bin/env bash
# The same shards without a cluster, with GNU parallel, on this machine or
# on several over ssh (each with warta installed and the inputs at the same
# paths; SQLite shards then land on each host, PostgreSQL is shared):
#   scripts/slurm/parallel.sh -n 8 -j 2 --out run1 INPUT...
#   scripts/slurm/parallel.sh -n 64 -S host1,host2 --pg postgresql://db/news INPUT...
# A failed shard is run again alone: warta ingest --shard I/N ... (docs/scale.md).
# Environment, as for warta-array.sbatch: WARTA (the binary, default warta on
# PATH) and WARTA_ARGS (more options for warta ingest, e.g. "--no-parse").
set -euo pipefail
n=8 jobs=2 out="" pg="" hosts=""
while [ $# -gt 0 ]; do
    case "$1" in
    -n) n=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    -S) hosts=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --pg) pg=$2; shift 2 ;;
    *) break ;;
    esac
done
if [ $# -eq 0 ] || [ -z "$out$pg" ]; then echo "usage: parallel.sh -n N [-j J] [-S HOSTS] (--out DIR | --pg URL) INPUT..." >&2; exit 2; fi
command -v parallel >/dev/null || { echo "parallel.sh: GNU parallel is not installed (apt-get install parallel)" >&2; exit 2; }
warta=${WARTA:-warta}
inputs=()
for f in "$@"; do inputs+=("$(realpath "$f")"); done
remote=()
[ -z "$hosts" ] || remote=(-S "$hosts")
# exit status 1 (some inputs unreadable or without text: named, the rest
# stored) is no failure of the shard, as in warta-array.sbatch
q_inputs=$(printf ' %q' "${inputs[@]}")
q_warta=$(printf '%q' "$warta")
# shellcheck disable=SC2086 # WARTA_ARGS is a list of options
q_args=$(printf ' %q' ${WARTA_ARGS:-})
[ -n "${WARTA_ARGS:-}" ] || q_args=""
if [ -n "$pg" ]; then
    seq 0 $((n - 1)) | parallel --will-cite --halt soon,fail=1 -j "$jobs" "${remote[@]}" \
        "$q_warta ingest -q$q_args --pg $(printf '%q' "$pg") --shard {}/$n$q_inputs || test \$? -eq 1"
else
    out=$(realpath -m "$out")
    mkdir -p "$out"
    seq 0 $((n - 1)) | parallel --will-cite --halt soon,fail=1 -j "$jobs" "${remote[@]}" \
        "$q_warta ingest -q$q_args --db $(printf '%q' "$out")/shard-{}.db --shard {}/$n$q_inputs || test \$? -eq 1"
    [ -n "$hosts" ] || "$warta" merge -q "$out/merged.db" "$out"/shard-*.db
fi
