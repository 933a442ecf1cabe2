#!/usr/bin/env bash
# sanitize.sh - build se3tc with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DSE3_SANITIZE=ON) in its own folder and run the whole test suite there under CTest.
# Exits non-zero when a test fails or a sanitizer reports (every report aborts the process).
#   scripts/sanitize.sh [CTEST ARGS...]     e.g.  scripts/sanitize.sh -R test_cli
# BUILD_DIR (default build-sanitize) and JOBS (default: all cores) override the defaults.
# The tests that feed se3tc bad input (test_cli, test_harden_jit) also build the generated model
# code that the runtime JIT-compiles with the sanitizers, through SE3_TEST_JIT_CFLAGS (they pass it
# on as SE3TC_CFLAGS); the other tests JIT it with -O1 uninstrumented, to keep the run short.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-sanitize}
jobs=${JOBS:-$(nproc)}
start=$(date +%s)
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSE3_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$jobs"
built=$(date +%s)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitize/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export CK_TIMEOUT_MULTIPLIER=${CK_TIMEOUT_MULTIPLIER:-4}
# instrumented JIT-compiled code for the bad-input tests (its own cache entries: flags are in the key)
export SE3_TEST_JIT_CFLAGS=${SE3_TEST_JIT_CFLAGS:--O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all}
# test_train's short N-body runs are left out (the command-line checks stay)
export SE3_TEST_QUICK=${SE3_TEST_QUICK:-1}
status=0
ctest --test-dir "$build" --output-on-failure -j"$jobs" -LE long "$@" || status=$?
end=$(date +%s)
echo "sanitize.sh: build $((built - start)) s, tests $((end - built)) s ($build)"
exit $status
