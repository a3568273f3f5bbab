#!/usr/bin/env bash
# Submits a Warta run to Slurm: an array of N tasks (K at a time), then,
# for SQLite shards, the merge, which starts only when every task has
# succeeded (docs/scale.md).
#   scripts/slurm/submit.sh -n 64 -k 16 --out /scratch/run1 [--merge-pg URL] INPUT...
#   scripts/slurm/submit.sh -n 64 -k 16 --pg postgresql://db/news INPUT...
# Other sbatch options (partition, account, time) go in SBATCH_* variables
# or after --sbatch "...". The tasks' logs go to --logs DIR (default: the
# --out directory, else the current one). With --wait it returns when the last job ends,
# with its exit status. Prints the job ids.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=8 k=4 out="" pg="" merge_pg="" wait="" extra="" logs=""
while [ $# -gt 0 ]; do
    case "$1" in
    -n) n=$2; shift 2 ;;
    -k) k=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --pg) pg=$2; shift 2 ;;
    --merge-pg) merge_pg=$2; shift 2 ;;
    --logs) logs=$2; shift 2 ;;
    --sbatch) extra=$2; shift 2 ;;
    --wait) wait=--wait; shift ;;
    --) shift; break ;;
    -*) echo "submit.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: submit.sh -n N -k K (--out DIR [--merge-pg URL] | --pg URL) INPUT..." >&2; exit 2; }
[ -n "$out$pg" ] || { echo "submit.sh: give --out DIR or --pg URL" >&2; exit 2; }
inputs=()
for f in "$@"; do inputs+=("$(realpath "$f")"); done
export WARTA=${WARTA:-$(command -v warta || true)}
[ -n "$WARTA" ] || { echo "submit.sh: set WARTA to the warta binary" >&2; exit 2; }
export WARTA_SHARDS=$n WARTA_PG=$pg WARTA_OUT=${out:+$(realpath -m "$out")} WARTA_MERGE_PG=$merge_pg
logs=${logs:-${WARTA_OUT:-$PWD}}
mkdir -p "$logs"
# shellcheck disable=SC2086 # extra is a list of sbatch options
if [ -n "$pg" ]; then
    sbatch --parsable $wait $extra --array="0-$((n - 1))%$k" --output="$logs/warta-%A_%a.out" \
        "$here/warta-array.sbatch" "${inputs[@]}"
    exit
fi
# shellcheck disable=SC2086 # extra is a list of sbatch options
# with --wait, the array is waited for too: its status is the worst task's,
# and the merge is not submitted after a failed task
array=$(sbatch --parsable $wait $extra --array="0-$((n - 1))%$k" --output="$logs/warta-%A_%a.out" \
    "$here/warta-array.sbatch" "${inputs[@]}") || { echo "submit.sh: a task of the array failed" >&2; exit 1; }
echo "$array"
# shellcheck disable=SC2086
sbatch --parsable $wait $extra --dependency="afterok:${array%%;*}" --kill-on-invalid-dep=yes \
    --output="$logs/warta-merge-%j.out" "$here/warta-merge.sbatch"
