#!/usr/bin/env bash
# Installs the Debian packages Warta needs and builds it.
# Usage: scripts/setup.sh [--no-build]
# Runs apt-get as root (directly, or through sudo when that is available).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    build-essential pkg-config
    libutf8proc-dev libjansson-dev libsimdjson-dev libsqlite3-dev sqlite3 libxxhash-dev zlib1g-dev libdeflate-dev
    libhunspell-dev hunspell-id hunspell-en-us libxml2-dev
    libcmocka-dev jq libpq-dev libmicrohttpd-dev curl
    time bc python3 python3-readability
    iso-codes chromium wrk
)
# Node.js and npm for the page's libraries: Debian's, unless the machine
# already has them (another build of Node.js would conflict with Debian's npm)
if ! command -v npm >/dev/null 2>&1; then
    PACKAGES+=(nodejs npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        SUDO=()
    elif command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "setup: these Debian packages are missing and this is not root (and there is no sudo):" >&2
        echo "  apt-get install ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "setup: all Debian packages present"
fi

# the page's front-end libraries and the browser tests' driver, from the
# committed lockfile (web/package-lock.json; docs/web.md)
if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules ]; then
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "${1:-}" != "--no-build" ]; then
    make -j"$(nproc)"
    # the topic classifier is trained here from the shared corpus (its texts
    # are the publishers': the model is not shipped; docs/topic.md)
    if [ -d ../shared/data/click-id-news ] && [ ! -f models/topic.model ]; then
        make topic-model >/dev/null
    fi
fi
