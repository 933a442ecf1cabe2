#!/usr/bin/env bash
# build_check.sh - CTest's fuzz_targets_build: build the four libFuzzer targets exactly as the
# fuzz scripts do and run each for one second on its corpus, so a script that no longer links
# (a new runtime file the readers need, say) fails the ordinary tests instead of the next fuzzing
# session. Skipped (exit 77) where no clang is on PATH; it installs nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
found=
for c in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
    if command -v "$c" >/dev/null 2>&1; then found=$c; break; fi
done
if [ -z "$found" ]; then
    echo "fuzz_targets_build: no clang on PATH (apt-get install clang); skipped"
    exit 77
fi
export CLANG=$found
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export FUZZ_OUT=$scratch/out FUZZ_WORK=$scratch/parse
for t in extxyz sdf safetensors; do
    "$here/run_io.sh" "$t" 1 >"$scratch/$t.log" 2>&1 || { tail -20 "$scratch/$t.log"; echo "fuzz target $t failed"; exit 1; }
done
"$here/run_parse.sh" 1 >"$scratch/parse.log" 2>&1 || { tail -20 "$scratch/parse.log"; echo "fuzz target parse failed"; exit 1; }
echo "fuzz_targets_build: parse, extxyz, sdf and safetensors built and ran"
