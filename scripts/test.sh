#!/usr/bin/env bash
# test.sh - install, build and run the test suite under CTest; exits non-zero when a test fails.
#   scripts/test.sh           the default tier: every layer kind on small specs (README's command)
#   scripts/test.sh --long    the long tier: the paper specs through the JIT (CTest label `long`)
# Extra arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
tier=(-LE long)
if [ "${1:-}" = "--long" ]; then
    tier=(-L long)
    shift
fi
"$root/scripts/build.sh"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "${tier[@]}" "$@"
