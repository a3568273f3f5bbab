# lib.sh - what the shell tests share: check NAME COMMAND... passes when
# the command succeeds, counting into $pass and $fail.
pass=0
fail=0
check() {
    local name=$1
    shift
    if "$@" >/dev/null 2>&1; then
        pass=$((pass + 1))
        echo "ok   $name"
    else
        fail=$((fail + 1))
        echo "FAIL $name"
    fi
}
