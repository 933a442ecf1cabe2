#!/usr/bin/env bash
# run.sh - every command README.md shows, as typed, on a fresh clone.
#
#   tests/readme/run.sh [SOURCE]     SOURCE: the git repository to clone (default: the one this
#                                    script is in); its committed HEAD is what is tested
#
# 1. `git clone SOURCE` into a temporary folder (nothing built, no .venv, no data);
# 2. every ```sh block of the clone's README.md, in order, as ONE bash script under
#    `set -euo pipefail`, the way a user types them into one terminal (the `export PATH=...`
#    of one block holds for the next); comments are comments, line continuations continue;
# 3. the commands README lists under "Tests beyond `scripts/test.sh`" that have no block, with
#    short durations instead of their defaults: the parser fuzzer for 10 s and each file-format
#    fuzzer for 5 s, the Table 1 script with a 60 s budget, the GPU script with --emulate, the
#    peers benchmark for one round of the harmonics and the N-body TFN layer (its first run
#    installs torch, e3nn and se3-transformer-pytorch from PyPI, a few GB; its `memory` mode,
#    a training step of every peer at full size, is not run); scripts/sanitize.sh and `scripts/test.sh
#    --long` are run by .ci/run itself. Each must
#    still appear in README as listed here, or the test fails, so the list cannot go stale;
# 4. checks that the files the commands promise exist (outputs, installed package, demo's metrics).
#
# HOME is a temporary folder, so `cmake --install build --prefix "$HOME/.local"` installs there;
# the JIT cache stays the user's own (XDG_CACHE_HOME), which only saves compile time.
# Needs the network to PyPI for scripts/python.sh, as README says. Takes 20-40 min on 2 cores;
# CTest runs it under the label `readme` (scripts/test.sh --readme), never in the default tier.
# Exit status: 0 when everything passed; the failing command's status otherwise.
# SE3_KEEP_README_TMP=1 keeps the temporary folder for a look afterwards.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${1:-$(git -C "$here" rev-parse --show-toplevel)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/se3tc-readme.XXXXXX")
keep=${SE3_KEEP_README_TMP:-0}
cleanup() { if [ "$keep" = 1 ]; then echo "readme: left $tmp"; else rm -rf "$tmp"; fi; }
trap cleanup EXIT
export XDG_CACHE_HOME=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}
export HOME=$tmp/home
mkdir -p "$HOME"
# The CTest harness's own settings must not leak into the user's commands.
unset SE3TC_CACHE SE3TC_CFLAGS CK_FORK BUILD_DIR DEMO_OUT

git clone --quiet "$src" "$tmp/clone"
cd "$tmp/clone"
echo "readme: testing $(git log -1 --format='%h %s') in $tmp/clone"

# 2. the sh blocks, concatenated in order
awk '/^```sh[[:space:]]*$/ { on = 1; n++; printf "\n# ---- README block %d\n", n; next }
     /^```/ && on { on = 0; next }
     on { print }' README.md > "$tmp/blocks.sh"
nblocks=$(grep -c '^# ---- README block' "$tmp/blocks.sh" || true)
[ "$nblocks" -ge 4 ] || { echo "readme: found only $nblocks sh blocks in README.md" >&2; exit 1; }
echo "readme: running $nblocks blocks of README.md"
bash -x -euo pipefail "$tmp/blocks.sh"

# 3. the listed long-running commands, shortened
listed() {   # the command must still be in README as written
    grep -qF -- "$1" README.md ||
        { echo "readme: README no longer mentions '$1': update tests/readme/run.sh" >&2; exit 1; }
}
listed 'tests/fuzz/run_parse.sh [SECONDS]'
listed 'tests/fuzz/run_io.sh TARGET [SECONDS]'
listed 'scripts/nbody_table1.sh [OUT]'
listed 'tests/gpu/run.sh --emulate'
listed 'scripts/sanitize.sh'
listed 'scripts/test.sh --long'
listed 'benchmarks/peers.sh'
echo "readme: the long-running commands README lists, shortened"
bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
BUDGET=60 bash -x scripts/nbody_table1.sh out/table1
bash -x tests/gpu/run.sh --emulate
bash -x benchmarks/peers.sh --rounds 1 --repeat 1 --no-compile sh tfn_nbody

# 4. what the commands promised
for f in demo-out/train/metrics.json demo-out/train/loss.svg demo-out/predictions.extxyz \
         out/nbody_se3.c out/nbody_se3.cu out/nbody_se3.json pred.extxyz data/nbody/train.extxyz \
         out/ckpt/metrics.json out/table1 "$HOME/.local/bin/se3tc" "$HOME/.local/include/se3rt/se3rt.h" "$HOME/.local/lib/pkgconfig/se3rt.pc"; do
    [ -e "$f" ] || { echo "readme: $f is missing after README's commands" >&2; exit 1; }
done
ls "$HOME"/.local/lib*/libse3rt.so >/dev/null 2>&1 ||
    { echo "readme: libse3rt.so was not installed under $HOME/.local" >&2; exit 1; }
echo "readme: every README command passed"
