#!/usr/bin/env bash
# nbody_table1.sh - the paper's Table 1 experiment from the command line (docs/results.md):
# generate the default N-body data set, then train the SE(3)-Transformer and the TFN baseline
# side by side within a wall-clock budget, each with half the cores. Each run's step count is
# sized from a short timing run so its cosine schedule ends inside the budget (--time-limit
# stops it there in any case); metrics, curves and checkpoints (resumable with
# `se3tc train ... --resume`) go under OUT. Both timing runs go first, one after the other, so
# neither is measured while the other compiles.
#
#   scripts/nbody_table1.sh [OUT]        environment: BUDGET (seconds of training per model,
#                                        default 3600), SE3TC (the binary), BATCH (16), THREADS
#                                        (per model, default half the cores), EXTRA (more
#                                        `se3tc train` options), NBODY (more `se3tc nbody
#                                        generate` options, e.g. "--loc-std 1")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/out/table1}
se3tc=${SE3TC:-$root/build/bin/se3tc}
budget=${BUDGET:-3600}
batch=${BATCH:-16}
cores=$(nproc)
threads=${THREADS:-$(( cores / 2 > 0 ? cores / 2 : 1 ))}
mkdir -p "$out"
[ -f "$out/data/train.extxyz" ] || "$se3tc" nbody generate -o "$out/data" ${NBODY:-}

# steps/s of each model from steps 5..20 of a timed run (this also compiles and caches its
# code; the first steps are slower, so they are left out)
rate() {
    local spec=$1 dir=$out/calib-$1
    rm -rf "$dir"
    "$se3tc" train "$root/specs/$spec.spec" --train "$out/data/train.extxyz" --test "$out/data/test.extxyz" \
        -o "$dir" --steps 20 --batch "$batch" --threads "$threads" --eval-every 1000 --eval-frames 0 \
        --checkpoint-every 1000 --quiet ${EXTRA:-} >"$dir.log" 2>&1 ||
        { echo "timing run of $spec failed:" >&2; cat "$dir.log" >&2; return 1; }
    awk -F, '$1 == 5 { t0 = $6 } $1 == 20 { t1 = $6 } END { printf "%.3f\n", 15 / (t1 - t0) }' "$dir/loss.csv"
}

train() {
    local spec=$1 r=$2 steps
    # 85% of the budget for steps; the rest covers test evaluations and the final metrics
    steps=$(awk -v r="$r" -v b="$budget" 'BEGIN { s = int(r * b * 0.85); print (s > 50 ? s : 50) }')
    echo "$spec: $r steps/s at batch $batch with $threads threads -> $steps steps" | tee "$out/$spec.plan"
    "$se3tc" train "$root/specs/$spec.spec" --train "$out/data/train.extxyz" --test "$out/data/test.extxyz" \
        -o "$out/$spec" --overwrite --steps "$steps" --batch "$batch" --threads "$threads" --normalize \
        --eval-every $(( steps / 8 > 0 ? steps / 8 : 1 )) --log-every $(( steps / 40 > 0 ? steps / 40 : 1 )) \
        --time-limit "$budget" ${EXTRA:-} >"$out/$spec.log" 2>&1
}

start=$(date +%s)
r_se3=$(rate nbody_se3)
r_tfn=$(rate nbody_tfn)
train nbody_se3 "$r_se3" &
p1=$!
train nbody_tfn "$r_tfn" &
p2=$!
rc=0
wait $p1 || rc=1
wait $p2 || rc=1
echo "wall $(( $(date +%s) - start )) s on $cores cores ($(uname -m))" | tee "$out/wall.txt"
for spec in nbody_se3 nbody_tfn; do
    echo "== $spec"
    tail -2 "$out/$spec.log"
done
exit $rc
