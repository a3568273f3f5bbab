#!/usr/bin/env bash
# Installs (Debian's postgresql) and starts a local PostgreSQL server for
# the tests, gives the current user a role that may create databases, and
# prints the connection URL the tests read from WARTA_TEST_PG:
#   export WARTA_TEST_PG=$(scripts/pg-test.sh)
# Needs root or sudo only to install and start the server.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "pg-test: installing postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq >&2
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
ver=$(pg_lsclusters -h | awk 'NR == 1 { print $1 }')
if [ -z "$ver" ]; then
    ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
    "${SUDO[@]}" pg_createcluster "$ver" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    "${SUDO[@]}" pg_ctlcluster "$ver" main start >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q && break
    sleep 1
done
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
me=$(id -un)
as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c \
    "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$me') THEN CREATE ROLE \"$me\" LOGIN CREATEDB; END IF; END\$\$;" >&2
echo "postgresql:///postgres"
