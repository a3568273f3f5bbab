#!/usr/bin/env bash
# Install tests: `make install DESTDIR=...` into a temporary tree, then the
# installed command, man pages, completion, the C example built with the
# installed pkg-config file (shared and static) and the Python binding,
# all from the installed tree without the source tree's model.
# Prints "ok"/"FAIL" per check and "cli: N passed, M failed".
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d /tmp/warta-install-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
. "$root/tests/lib.sh"
dest="$tmp/dest"
prefix=/opt/warta-test
inst="$dest$prefix"
make -C "$root" --no-print-directory BUILD=build-install install DESTDIR="$dest" PREFIX="$prefix" >"$tmp/install.log" 2>&1
check "make install DESTDIR=... PREFIX=... succeeds" test $? -eq 0
for f in bin/warta lib/libwarta.a lib/libwarta.so lib/libwarta.so.0 include/warta.h lib/pkgconfig/warta.pc \
    share/warta/ner.model share/warta/syntax.model share/man/man1/warta.1 share/man/man1/warta-extract.1 share/man/man1/warta-query.1 \
    share/bash-completion/completions/warta share/warta/python/warta.py; do
    check "installed $f" test -e "$inst/$f"
done
check "the shared library carries its soname" bash -c "objdump -p '$inst/lib/libwarta.so' | grep -q 'SONAME *libwarta.so.0'"
check "only the public API is exported" bash -c "! nm -D --defined-only '$inst/lib/libwarta.so' | grep -qE ' (wt_kb_|wt_freq\\b|wt_data_|wt_segment)'"
check "warta --version" bash -c "'$inst/bin/warta' --version | grep -qE '^warta [0-9]+\\.[0-9]+\\.[0-9]+$'"
check "a man page per command renders" bash -c "man -l '$inst/share/man/man1/warta-ingest.1' 2>/dev/null | grep -q 'warta-ingest' || grep -q '^.TH WARTA.-INGEST' '$inst/share/man/man1/warta-ingest.1'"
check "bash completion offers a command's flags" bash -c "source '$inst/share/bash-completion/completions/warta'; COMP_WORDS=(warta ingest --d); COMP_CWORD=2; _warta; [[ \" \${COMPREPLY[*]} \" == *' --db '* ]]"
# the installed command finds the model beside it (share/warta), not the source tree's
cp -r "$dest" "$tmp/moved"
check "the installed warta finds its own model" bash -c "cd /; '$tmp/moved$prefix/bin/warta' extract '$root/samples/01-rusia-indonesia-nuklir.txt' | jq -e '.model_version | startswith(\"ner-\")'"
check "without the model it stops, naming the file" bash -c "rm '$tmp/moved$prefix/share/warta/ner.model'; cd /; ! '$tmp/moved$prefix/bin/warta' extract '$root/samples/01-rusia-indonesia-nuklir.txt' 2>'$tmp/nomodel.err' && grep -q 'ner.model' '$tmp/nomodel.err'"
# the C example, built against the installed pkg-config file
pc() { PKG_CONFIG_PATH="$inst/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest" pkg-config "$@" warta; }
check "pkg-config knows warta" bash -c "$(declare -f pc); dest='$dest' inst='$inst'; pc --modversion | grep -qE '^[0-9]'"
cc -std=c11 -Wall -Wextra -Werror -o "$tmp/process" "$root/examples/process.c" $(pc --cflags --libs) 2>"$tmp/cc.log"
check "the example builds against the shared library" test -x "$tmp/process"
cc -std=c11 -Wall -Wextra -Werror -o "$tmp/process-static" "$root/examples/process.c" $(pc --cflags) \
    "$inst/lib/libwarta.a" $(PKG_CONFIG_PATH="$inst/lib/pkgconfig" pkg-config --static --libs-only-l warta | sed 's/-lwarta//') 2>"$tmp/cc2.log"
check "the example builds against the static library" test -x "$tmp/process-static"
for bin in process process-static; do
    LD_LIBRARY_PATH="$inst/lib" WARTA_DATA_DIR="$inst/share/warta" "$tmp/$bin" \
        <"$root/samples/01-rusia-indonesia-nuklir.txt" >"$tmp/$bin.out" 2>"$tmp/$bin.err"
    check "$bin runs from the installed tree" grep -q '^quote by Sergey Lavrov:' "$tmp/$bin.out"
    check "$bin finds the events" grep -qE '^event AGREE Sergey Lavrov -> ' "$tmp/$bin.out"
done
check "the example reports a missing model, named" bash -c "! LD_LIBRARY_PATH='$inst/lib' WARTA_DATA_DIR=/nonexistent '$tmp/process' </dev/null 2>'$tmp/p.err' && grep -q '/nonexistent/ner.model' '$tmp/p.err'"
# the Python binding, from the installed tree
cat >"$tmp/use.py" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import warta
w = warta.Warta(data_dir=sys.argv[2])
rec = w.process(open(sys.argv[3], encoding="utf-8").read())
speakers = {q["speaker"] for q in rec["quotes"]}
assert "Sergey Lavrov" in speakers, speakers
assert any(e["type"] == "AGREE" and e["actor1"]["country"] == "RUS" for e in rec["events"]), rec["events"]
assert rec["model_version"] == w.model_version and rec["warta_version"]
assert all("syntax" in s and len(s["syntax"]["head"]) == len(s["tokens"]) for s in rec["sentences"]), "no trees"
assert "syntax" not in warta.Warta(data_dir=sys.argv[2], no_parse=True).process(open(sys.argv[3], encoding="utf-8").read())["sentences"][0]
page = "<html><head><title>Judul</title></head><body><article><p>Menteri Luar Negeri Rusia Sergey Lavrov " \
       "bertemu Menteri Luar Negeri Sugiono di Jakarta pada Selasa untuk membahas kerja sama.</p></article></body></html>"
rec = w.process(page, html=True)
assert "<p>" not in rec["text"] and "Sergey Lavrov" in rec["text"] and rec["title"] == "Judul", rec["text"]
try:
    warta.Warta(data_dir="/nonexistent")
    raise SystemExit("no error for a missing model")
except warta.WartaError as e:
    assert "/nonexistent/ner.model" in str(e), str(e)
print("python ok")
PY
check "the Python binding processes a text into a record" bash -c "WARTA_LIB='$inst/lib/libwarta.so.0' python3 '$tmp/use.py' '$inst/share/warta/python' '$inst/share/warta' '$root/samples/01-rusia-indonesia-nuklir.txt' | grep -q 'python ok'"
check "the Python binding finds the library beside its install" bash -c "python3 '$tmp/use.py' '$inst/share/warta/python' '$inst/share/warta' '$root/samples/01-rusia-indonesia-nuklir.txt' | grep -q 'python ok'"
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
