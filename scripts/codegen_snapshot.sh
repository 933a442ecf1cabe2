#!/usr/bin/env bash
# codegen_snapshot.sh ROOT OUTDIR - every generated artefact (scripts/codegen_snapshot.c) of every
# shipped spec and of every spec written inline in ROOT/tests/test_*.c that compiles, made by the
# compiler built in ROOT/build, plus `se3tc compile` and `se3tc check --summary` of the shipped
# specs. Run it on two trees (say, a commit exported with `git archive` and the working tree,
# each built with scripts/build.sh) and `diff -r` the two folders: a refactor of the compiler that
# should not change generated code must leave them identical.
set -euo pipefail
root=$(cd "$1" && pwd)
out=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out"
mkdir -p "$out/lib" "$out/cli" "$out/specs"
cc -O1 -std=gnu11 -I"$root/compiler" -I"$root/compiler/emit" -I"$root/compiler/math" -I"$root/include" \
   -I"$root/build/compiler" "$here/codegen_snapshot.c" "$root/build/compiler/libse3c.a" \
   "$root/build/runtime/libse3rt.a" "$root/build/compiler/libse3math.a" $(pkg-config --libs libcjson) \
   -lpthread -ldl -lm -o "$out/codegen_snapshot"
# the tests' inline specs: adjacent C string literals starting with "model "
python3 - "$here/../tests" "$out/specs" <<'PY'
import os, re, sys
n = 0
for f in sorted(os.listdir(sys.argv[1])):
    if not (f.startswith("test_") and f.endswith(".c")):
        continue
    src = open(os.path.join(sys.argv[1], f)).read()
    for m in re.finditer(r'((?:"(?:[^"\\\n]|\\.)*"\s*)+)', src):
        s = "".join(re.findall(r'"((?:[^"\\\n]|\\.)*)"', m.group(1)))
        if s.startswith("model ") and "%" not in s:
            n += 1
            open(os.path.join(sys.argv[2], "t%03d_%s.spec" % (n, f[5:-2])), "w").write(
                bytes(s, "utf-8").decode("unicode_escape") + "\n")
PY
# the test specs by a relative path, so that the paths written into the output are the same
# whatever OUTDIR is
for s in "$here"/../specs/*.spec "$out"/specs/*.spec; do
    case $s in "$out"/*) s=specs/${s#"$out"/specs/} ;; esac
    (cd "$out" && ./codegen_snapshot "$s" lib "$(basename "$s" .spec)" 2>/dev/null) ||
        echo "$(basename "$s"): does not compile" >>"$out/skipped.txt"
done
for s in "$here"/../specs/*.spec; do
    b=$(basename "$s" .spec)
    "$root/build/bin/se3tc" compile "$s" -o "$out/cli/$b" >/dev/null
    "$root/build/bin/se3tc" check --summary "$s" >"$out/cli/$b.check"
done
echo "$(ls "$out/lib" | wc -l) files from $(ls "$out/lib" | sed 's/\..*//' | sort -u | wc -l) specs in $out"
