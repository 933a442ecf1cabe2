#!/usr/bin/env bash
# demo.sh - the main job end to end on the shipped specs: install, build, then check every
# spec in specs/ and print the one-screen summary of each.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
"$build/compiler/se3tc" check --summary "$root"/specs/*.spec
