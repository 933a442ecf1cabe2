#!/usr/bin/env bash
# run_parse.sh - build the spec front end's libFuzzer target with clang and run it.
# usage: tests/fuzz/run_parse.sh [SECONDS] [extra libFuzzer flags]   (default 600 s)
# New crashers land in tests/fuzz/corpus_parse/ (libFuzzer's -artifact_prefix); commit them:
# the ordinary test run replays every file there.
# The compiler library (compiler/, emit/, math/) uses the runtime, so the fuzz binary links every
# runtime source as the CMake build does (runtime/*.c, runtime/cuda/*.c, cJSON, -ldl).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/fuzz/clang.sh
. "$root/tests/fuzz/clang.sh"
secs=${1:-600}
shift || true
work=${FUZZ_WORK:-$(mktemp -d)}
mkdir -p "$work/gen" "$work/corpus"
bison -Wall -o "$work/gen/spec.tab.c" --defines="$work/gen/spec.tab.h" "$root/grammar/spec.y"
flex -o "$work/gen/spec.lex.c" --header-file="$work/gen/spec.lex.h" "$root/grammar/spec.l"
srcs=$(ls "$root"/compiler/*.c "$root"/compiler/emit/*.c "$root"/compiler/math/*.c "$root"/runtime/*.c \
    "$root"/runtime/cuda/*.c)
cjson_cflags=$(pkg-config --cflags libcjson 2>/dev/null || echo -I/usr/include/cjson)
cjson_libs=$(pkg-config --libs libcjson 2>/dev/null || echo -lcjson)
# shellcheck disable=SC2086
"$CLANG" -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -DSE3TC_VERSION='"fuzz"' \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$root/compiler" -I"$root/compiler/emit" -I"$root/compiler/math" -I"$root/include" \
    -I"$root/runtime" -I"$root/runtime/cuda" -I"$work/gen" $cjson_cflags \
    $srcs "$work/gen/spec.tab.c" "$work/gen/spec.lex.c" "$root/tests/fuzz/fuzz_parse.c" \
    $cjson_libs -lm -ldl -lpthread -o "$work/fuzz_parse"
cp "$root"/tests/fuzz/corpus_parse/* "$work/corpus/" 2>/dev/null || true
echo "fuzz_parse: running ${secs}s in $work"
"$work/fuzz_parse" "$work/corpus" -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$root/tests/fuzz/corpus_parse/" -print_final_stats=1 "$@"
