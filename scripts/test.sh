#!/usr/bin/env bash
# test.sh - install, build and run the whole test suite under CTest; exits non-zero when a
# test fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
