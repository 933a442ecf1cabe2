#!/usr/bin/env bash
# peers.sh - se3tc beside e3nn and se3-transformer-pytorch (benchmarks/peers.py; issue 11).
# Not part of the tests. Needs network access to PyPI the first time: it makes its own virtual
# environment in benchmarks/.venv (git-ignored) with torch, e3nn, se3-transformer-pytorch and
# scipy, and builds se3tc (scripts/build.sh) if build/bin/se3tc is missing.
#
#   benchmarks/peers.sh [--rounds 5] [--repeat 5] [--no-compile] [WORKLOAD...]
#       WORKLOAD: tfn_nbody tfn_qm9 nbody_se3 sh (default: all); the table goes to stdout
#   benchmarks/peers.sh memory
#       peak resident memory (/usr/bin/time -v) of one training step: se3tc, e3nn and
#       se3-transformer-pytorch; installs the Debian package `time` if /usr/bin/time is missing
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=$root/benchmarks/.venv
py=$venv/bin/python
se3tc=$root/build/bin/se3tc
# se3-transformer-pytorch caches its basis here instead of in the home directory
export CACHE_PATH=${CACHE_PATH:-$venv/se3t-cache}

if ! "$py" -c 'import torch, e3nn, se3_transformer_pytorch, scipy' 2>/dev/null; then
    echo "peers.sh: making $venv (torch, e3nn, se3-transformer-pytorch, scipy from PyPI)" >&2
    if ! python3 -m venv "$venv"; then  # Debian splits venv (ensurepip) into its own package
        apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
        rm -rf "$venv"
        python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install --quiet --upgrade pip
    # PyPI's torch wheel for Linux x86-64 carries CUDA libraries (a few GB); these runs use the CPU only
    "$venv/bin/pip" install --quiet torch e3nn se3-transformer-pytorch scipy
fi
[ -x "$se3tc" ] || "$root/scripts/build.sh"

if [ "${1:-}" != memory ]; then
    exec "$py" "$root/benchmarks/peers.py" bench --se3tc "$se3tc" "$@"
fi

if [ ! -x /usr/bin/time ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
# peak RSS in MiB of a command (GNU time's "Maximum resident set size" is in KiB). The command
# runs with its address space capped at half of this machine's memory (ulimit -v), so a peer that
# would need more fails instead of pushing the machine into swap: then "failed above N MiB".
cap_kib=$(awk '/MemTotal/ {print int($2 / 2)}' /proc/meminfo)
peak() {
    local out rc
    out=$( (ulimit -v "$cap_kib"; /usr/bin/time -v "$@" 2>&1 >/dev/null); echo "rc=$?")
    rc=${out##*rc=}
    if [ "$rc" != 0 ]; then
        printf "failed above %d MiB of address space" $((cap_kib / 1024))
        return 0
    fi
    awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' <<<"$out"
}
echo "| workload | program | peak RSS, model built + one forward (MiB) | peak RSS, one training step (MiB) |"
echo "| --- | --- | ---: | ---: |"
row() { # workload label: se3tc spec batch nodes; peer workload
    local w=$1 spec=$2 batch=$3 nodes=$4 peer=$5
    local f s
    # once first, unmeasured: the JIT cache then holds the model, so the C compiler (whose memory
    # GNU time would count as the largest child's) does not run in the measured command
    "$se3tc" bench "$root/$spec" --batch 1 --nodes "$nodes" --repeat 1 --no-reference >/dev/null
    "$se3tc" bench "$root/$spec" --batch 1 --nodes "$nodes" --repeat 1 --no-reference --grad >/dev/null
    f=$(peak "$se3tc" bench "$root/$spec" --batch "$batch" --nodes "$nodes" --threads 1 --repeat 1 --no-reference)
    s=$(peak "$se3tc" bench "$root/$spec" --batch "$batch" --nodes "$nodes" --threads 1 --repeat 1 --no-reference --grad)
    echo "| $w | se3tc ($(basename "$spec")) | $f | $s |"
    f=$(peak "$py" "$root/benchmarks/peers.py" mem "$w")
    s=$(peak "$py" "$root/benchmarks/peers.py" mem "$w" --step)
    echo "| $w | $peer | $f | $s |"
}
echo "| - | python importing torch, e3nn, se3_transformer_pytorch (the peers' floor) | $(peak "$py" -c 'import torch, e3nn, se3_transformer_pytorch') | |"
row tfn_nbody benchmarks/specs/tfn_layer_nbody.spec 128 5 e3nn
row tfn_qm9 benchmarks/specs/tfn_layer_qm9.spec 32 18 e3nn
row nbody_se3 specs/nbody_se3.spec 100 5 se3-transformer-pytorch
row qm9_se3 specs/qm9_se3.spec 32 18 "se3-transformer-pytorch (QM9 size, 2 nearest neighbours)"
