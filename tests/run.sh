#!/usr/bin/env bash
# Runs the unit-test binaries given as arguments, then the command-line
# tests (and, in the plain build, the install tests), and prints one closing
# line: "tests: N passed, M failed".
set -u
BUILD=${BUILD:-build}
here=$(cd "$(dirname "$0")" && pwd)
passed=0
failed=0
for bin in "$@"; do
    out=$("$bin" 2>&1)
    rc=$?
    # (a binary may run several groups: their counts add up)
    ok=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
    bad=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
    passed=$((passed + ok))
    failed=$((failed + bad))
    if [ "$rc" -ne 0 ] || [ "$bad" -gt 0 ]; then
        printf '%s\n' "$out"
        [ "$bad" -eq 0 ] && failed=$((failed + 1))
        echo "FAIL: $bin (exit $rc)"
    else
        echo "ok   $(basename "$bin"): $ok tests"
    fi
done
# the command-line tests; the install tests once, in the plain build
scripts="cli.sh"
[ "$BUILD" = build ] && scripts="$scripts install.sh"
for script in $scripts; do
    cli_out=$(BUILD="$BUILD" "$here/$script" 2>&1)
    cli_rc=$?
    printf '%s\n' "$cli_out" | grep -E '^(FAIL|ok  |skip)' || true
    cok=$(printf '%s\n' "$cli_out" | sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
    cbad=$(printf '%s\n' "$cli_out" | sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
    if [ -z "$cok" ]; then
        printf '%s\n' "$cli_out" | tail -20
        cbad=1
        cok=0
    fi
    passed=$((passed + cok))
    failed=$((failed + cbad))
    [ "$cli_rc" -ne 0 ] && [ "$cbad" -eq 0 ] && failed=$((failed + 1))
done
echo "tests: $passed passed, $failed failed"
[ -n "${CHECK_TALLY:-}" ] && echo "$passed $failed" >>"$CHECK_TALLY"
[ "$failed" -eq 0 ]
