#!/usr/bin/env bash
# demo.sh - the main job end to end on a built-in default, with a result a person can judge:
#   1. install what is missing and build; check and summarise every shipped spec;
#   2. generate the N-body data set (docs/nbody.md) and train the N-body SE(3)-Transformer on it
#      for 400 steps (a few minutes on 2 cores; the first step JIT-compiles the model);
#   3. print the trained model's test error beside the linear and zero baselines and its
#      equivariance error, and predict dx, dv on examples/nbody_small.extxyz with the trained
#      weights.
# Everything stays in demo-out/ (or DEMO_OUT): the loss curve loss.svg, loss.csv, metrics.json,
# the weights and the predictions. Rerunning starts afresh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
out=${DEMO_OUT:-$root/demo-out}
"$root/scripts/build.sh"
se3tc="$build/bin/se3tc"
"$se3tc" check --summary "$root"/specs/*.spec
mkdir -p "$out"
echo "== generating the N-body data set in $out/data"
"$se3tc" nbody generate -o "$out/data"
echo "== training specs/nbody_se3.spec for 400 steps (checkpoints, curves and metrics in $out/train)"
"$se3tc" train "$root/specs/nbody_se3.spec" --train "$out/data/train.extxyz" --test "$out/data/test.extxyz" \
    -o "$out/train" --overwrite --steps 400 --batch 16 --normalize --eval-every 100 --eval-frames 50
# A number from metrics.json (cJSON writes one "key": value per line).
metric() { sed -n "s/^[[:space:]]*\"$1\":[[:space:]]*\([^,]*\),\{0,1\}\$/\1/p" "$out/train/metrics.json"; }
echo "== test set, mean squared error per coordinate (lower is better)"
printf '   %-26s %12s %12s\n' "" dx dv
printf '   %-26s %12.5f %12.5f\n' "trained SE(3)-Transformer" "$(metric mse_x)" "$(metric mse_v)"
printf '   %-26s %12.5f %12.5f\n' "linear baseline" "$(metric linear_mse_x)" "$(metric linear_mse_v)"
printf '   %-26s %12.5f %12.5f\n' "zero baseline" "$(metric zero_mse_x)" "$(metric zero_mse_v)"
printf '   equivariance error of the trained model: %.2e\n' "$(metric equivariance_error)"
if awk -v a="$(metric mse_x)" -v b="$(metric linear_mse_x)" 'BEGIN { exit !(a < b) }'; then
    echo "   the trained model beats the linear baseline on dx"
else
    echo "   the trained model does not beat the linear baseline on dx yet: train longer (--steps)"
fi
"$se3tc" run "$root/specs/nbody_se3.spec" --weights "$out/train/weights.safetensors" \
    -i "$root/examples/nbody_small.extxyz" -o "$out/predictions.extxyz"
echo "== predictions for examples/nbody_small.extxyz: $out/predictions.extxyz; loss curve: $out/train/loss.svg"
