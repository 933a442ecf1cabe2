#!/bin/sh
# The like-for-like Table 1 runs of docs/results.md: the official-configuration N-body
# SE(3)-Transformer (se3) or Tensor Field Network (tfn) on the official-style data.
#   results/run_nbody_official.sh se3|tfn [SECONDS]         start afresh, stop after SECONDS (3600)
#   results/run_nbody_official.sh se3|tfn resume [SECONDS]  continue from the newest checkpoint
#                                                           (the options come from the checkpoint)
# The data (results/nbody-official/, seed 1) is generated first when it is missing: the same
# bytes every time, which --resume checks by hash.
set -eu
cd "$(dirname "$0")/.."
case "${1:-}" in
se3 | tfn) model=$1 ;;
*)
    echo "usage: results/run_nbody_official.sh se3|tfn [resume] [SECONDS]" >&2
    exit 2
    ;;
esac
shift
resume=
if [ "${1:-}" = resume ]; then
    resume=1
    shift
fi
limit=${1:-3600}
case "$limit" in
'' | *[!0-9]*)
    echo "run_nbody_official.sh: SECONDS must be a whole number, not '$limit'" >&2
    exit 2
    ;;
esac
data=results/nbody-official
[ -f "$data/train.extxyz" ] && [ -f "$data/test.extxyz" ] || build/bin/se3tc nbody generate -o "$data"
set -- build/bin/se3tc train "specs/nbody_${model}_official.spec" --train "$data/train.extxyz" \
    --test "$data/test.extxyz" -o "results/nbody-${model}-official" --time-limit "$limit"
if [ -n "$resume" ]; then
    exec nice -n 10 "$@" --resume
fi
exec nice -n 10 "$@" --steps 100000 --batch 128 --lr 1e-3 --lr-end 1e-4 --precision f32 --threads 1 \
    --seed 1 --eval-every 500 --checkpoint-every 250 --log-every 25 --eval-frames 100
