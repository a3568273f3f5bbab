#!/usr/bin/env bash
# The scale-out test (docs/scale.md): a one-machine Slurm cluster (munged,
# slurmctld, slurmd on this host, as root) runs Warta's job array over the
# CLICK-ID corpus (or the samples when it is absent): 8 tasks into
# PostgreSQL, 8 tasks into SQLite shards and the merge job after them, and
# both results must equal one `warta ingest` of the same inputs, compared
# by content (tests/same-content.sh). Then a task is killed midway and run
# again alone: the database is still consistent, and then complete. The
# same shards run under GNU parallel (scripts/slurm/parallel.sh).
# Usage: tests/slurm.sh (as root; WARTA_TEST_PG: a PostgreSQL URL, else
# scripts/pg-test.sh starts one). Installs slurm-wlm, munge and parallel if missing;
# stops every daemon it started, by process id.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
W="$root/build/warta"
fails=0 passes=0
check() {
    local what=$1
    shift
    if "$@"; then
        echo "ok   $what"
        passes=$((passes + 1))
    else
        echo "FAIL $what"
        fails=$((fails + 1))
    fi
}
[ "$(id -u)" = 0 ] || { echo "skip Slurm test: needs root to start munged, slurmctld and slurmd"; exit 0; }
[ -x "$W" ] || { echo "slurm.sh: build warta first (make)" >&2; exit 2; }
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurm-wlm munge >/dev/null || {
        echo "slurm.sh: cannot install slurm-wlm and munge" >&2
        exit 2
    }
fi
pg=${WARTA_TEST_PG:-$("$root/scripts/pg-test.sh")} || { echo "slurm.sh: no PostgreSQL" >&2; exit 2; }

dir=$(mktemp -d /tmp/warta-slurm.XXXXXX)
chmod 755 "$dir"
started=()
cleanup() {
    scancel --quiet --user=root 2>/dev/null
    for pid in "${started[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${started[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null
    done
    psql -q "$pg" -c "DROP DATABASE IF EXISTS warta_slurm_$$" -c "DROP DATABASE IF EXISTS warta_slurm_kill_$$" 2>/dev/null
    if [ -n "${WARTA_SLURM_KEEP:-}" ]; then echo "kept $dir (WARTA_SLURM_KEEP)"; else rm -rf "$dir"; fi
}
trap cleanup EXIT

# --- munge: a key, and munged as the munge user ---
[ -s /etc/munge/munge.key ] || mungekey -c -f -k /etc/munge/munge.key
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    mkdir -p /run/munge /var/log/munge /var/lib/munge
    chown munge:munge /run/munge /var/log/munge /var/lib/munge
    runuser -u munge -- /usr/sbin/munged
    for _ in $(seq 50); do [ -s /run/munge/munged.pid ] && break; sleep 0.1; done
    started+=("$(cat /run/munge/munged.pid)")
fi
check "munge credentials round-trip" bash -c "munge -n | unmunge >/dev/null"

# --- a one-node cluster ---
host=$(hostname -s)
mkdir -p "$dir/state" "$dir/spool"
cat >"$dir/slurm.conf" <<EOF
ClusterName=warta-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/pgid
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
NodeName=$host CPUs=2 State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$dir/slurm.conf"
/usr/sbin/slurmctld -f "$SLURM_CONF" -c
/usr/sbin/slurmd -f "$SLURM_CONF"
for _ in $(seq 100); do [ -s "$dir/slurmctld.pid" ] && [ -s "$dir/slurmd.pid" ] && break; sleep 0.1; done
started+=("$(cat "$dir/slurmctld.pid" 2>/dev/null)" "$(cat "$dir/slurmd.pid" 2>/dev/null)")
for _ in $(seq 100); do sinfo -h -o %t 2>/dev/null | grep -qx idle && break; sleep 0.2; done
check "the one-node cluster is up (sinfo: $(sinfo -h -o '%P %D %t' 2>&1 | head -1))" bash -c "sinfo -h -o %t | grep -qx idle"

# --- the input: CLICK-ID, or the samples ---
corpus="$root/../shared/data/click-id-news"
if [ -d "$corpus" ]; then
    inputs=("$corpus"/*.jsonl)
else
    inputs=("$root"/samples/*)
fi
opts="--no-parse"
# shellcheck disable=SC2086 # opts is a list of options
"$W" ingest -q $opts -j 2 --db "$dir/single.db" "${inputs[@]}" 2>/dev/null
ndocs=$(sqlite3 "$dir/single.db" 'select count(*) from documents')
echo "     input: ${#inputs[@]} file(s), $ndocs document(s)"

# --- 8 tasks into SQLite shards, then the merge job ---
export WARTA="$W" WARTA_ARGS="$opts" PARALLEL_HOME="$dir/parallel-home"
"$root/scripts/slurm/submit.sh" -n 8 -k 2 --wait --out "$dir/run" "${inputs[@]}" >/dev/null
check "array into SQLite shards and its merge job succeed" test $? -eq 0
check "8 shard files" test "$(ls "$dir"/run/shard-*.db 2>/dev/null | wc -l)" -eq 8
check "merged shards equal one run (documents, entities, quotes, events, near-duplicates)" \
    "$root/tests/same-content.sh" "$dir/single.db" "$dir/run/merged.db"

# --- the same, each task taking whole input files (WARTA_SPLIT=files) ---
WARTA_SPLIT=files "$root/scripts/slurm/submit.sh" -n 8 -k 2 --wait --out "$dir/files" "${inputs[@]}" >/dev/null
check "array split by files (some tasks without a file) and its merge succeed" test $? -eq 0
check "split by files, merged, equals one run" "$root/tests/same-content.sh" "$dir/single.db" "$dir/files/merged.db"

# --- 8 tasks into PostgreSQL at once ---
db="warta_slurm_$$"
psql -q "$pg" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null
url="${pg%/*}/$db"
"$root/scripts/slurm/submit.sh" -n 8 -k 2 --wait --logs "$dir/pglogs" --pg "$url" "${inputs[@]}" >/dev/null
check "array into PostgreSQL succeeds" test $? -eq 0
check "PostgreSQL equals one run" "$root/tests/same-content.sh" "$dir/single.db" "$url"
check "warta query answers from PostgreSQL as from SQLite" \
    bash -c "diff <('$W' query --pg '$url' count type) <('$W' query --db '$dir/single.db' count type) >/dev/null"

# --- a task killed midway, then run again alone ---
kdb="warta_slurm_kill_$$"
psql -q "$pg" -c "DROP DATABASE IF EXISTS $kdb" -c "CREATE DATABASE $kdb" 2>/dev/null
kurl="${pg%/*}/$kdb"
job=$(WARTA_SHARDS=2 WARTA_PG=$kurl sbatch --parsable --array=1 --output="$dir/kill-%A_%a.out" \
    "$root/scripts/slurm/warta-array.sbatch" "${inputs[@]}")
for _ in $(seq 600); do
    n=$(psql -Atq "$kurl" -c 'select count(*) from documents' 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 0 ] && break
    sleep 0.1
done
scancel --signal=KILL "$job" 2>/dev/null
for _ in $(seq 100); do squeue -h -j "$job" 2>/dev/null | grep -q . || break; sleep 0.2; done
killed=$(psql -Atq "$kurl" -c 'select count(*) from documents')
orphans=$(psql -Atq "$kurl" -c 'select (select count(*) from entities where doc not in (select id from documents))
    + (select count(*) from events where doc not in (select id from documents))')
check "killed midway: $killed document(s) stored, every row with its document" test "$orphans" = 0
WARTA_SHARDS=2 WARTA_PG=$kurl sbatch --parsable --wait --array=1 --output="$dir/rerun-%A_%a.out" \
    "$root/scripts/slurm/warta-array.sbatch" "${inputs[@]}" >/dev/null
check "the killed task run again succeeds" test $? -eq 0
WARTA_SHARDS=2 WARTA_PG=$kurl sbatch --parsable --wait --array=0 --output="$dir/rest-%A_%a.out" \
    "$root/scripts/slurm/warta-array.sbatch" "${inputs[@]}" >/dev/null
check "then the database equals one run" "$root/tests/same-content.sh" "$dir/single.db" "$kurl"

# --- the same shards under GNU parallel, without a cluster ---
command -v parallel >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q parallel >/dev/null
"$root/scripts/slurm/parallel.sh" -n 4 -j 2 --out "$dir/par" "${inputs[@]}"
check "GNU parallel: 4 shards merged equal one run" "$root/tests/same-content.sh" "$dir/single.db" "$dir/par/merged.db"

echo "slurm: $passes passed, $fails failed"
[ "$fails" -eq 0 ]
