#!/bin/sh
# run_io.sh - build the file-format fuzz targets (extxyz, sdf, safetensors) with clang's
# libFuzzer + ASan + UBSan and run one for N seconds on its corpus. Only the runtime files the
# readers need are compiled (ctx.c, where.c, the three format files, and jit.c and sha256.c, which
# the context's cleanup calls), so other modules do not matter.
# usage: tests/fuzz/run_io.sh TARGET [SECONDS] [extra libFuzzer args]   (TARGET: extxyz|sdf|safetensors)
set -eu
. "$(cd "$(dirname "$0")" && pwd)/clang.sh"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${1:?usage: run_io.sh extxyz|sdf|safetensors [SECONDS]}
secs=${2:-60}
[ $# -ge 2 ] && shift 2 || shift $#
out=${FUZZ_OUT:-$root/build-fuzz}
mkdir -p "$out" "$here/corpus_$target"
"$CLANG" -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -I"$root/include" -I"$root/runtime" \
    "$here/fuzz_$target.c" "$root/runtime/ctx.c" "$root/runtime/safetensors.c" \
    "$root/runtime/extxyz.c" "$root/runtime/sdf.c" "$root/runtime/where.c" "$root/runtime/jit.c" \
    "$root/runtime/sha256.c" -o "$out/fuzz_$target" -lcjson -lm -ldl -lpthread
# New inputs go to a scratch folder; crashers land in the corpus folder (prefix crash-/leak-/oom-).
mkdir -p "$out/new_$target"
exec "$out/fuzz_$target" -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$here/corpus_$target/" "$@" "$out/new_$target" "$here/corpus_$target"
