#!/usr/bin/env bash
# demo.sh - the main job end to end on a built-in default: install, build, check and summarise
# every shipped spec, then compile the N-body SE(3)-Transformer and run it (seeded weights) on
# examples/nbody_small.extxyz, printing the frames with the predicted dx and dv added.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
se3tc="$build/bin/se3tc"
"$se3tc" check --summary "$root"/specs/*.spec
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$se3tc" compile "$root/specs/nbody_se3.spec" -o "$out"
echo "compiled: $(ls "$out" | tr '\n' ' ')"
"$se3tc" run "$root/specs/nbody_se3.spec" --seed 1 -i "$root/examples/nbody_small.extxyz"
