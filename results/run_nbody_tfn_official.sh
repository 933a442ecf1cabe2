#!/bin/sh
# The Table 1 run of docs/results.md ("Official-style data"); started with the first command,
# continued with the second (the options are taken from the checkpoint).
cd "$(dirname "$0")/.." || exit 1
if [ "$1" = resume ]; then
  exec nice -n 10 build/bin/se3tc train specs/nbody_tfn_official.spec --train results/nbody-official/train.extxyz \
    --test results/nbody-official/test.extxyz -o results/nbody-tfn-official --resume --time-limit "${2:-3600}"
fi
exec nice -n 10 build/bin/se3tc train specs/nbody_tfn_official.spec --train results/nbody-official/train.extxyz \
  --test results/nbody-official/test.extxyz -o results/nbody-tfn-official \
  --steps 100000 --batch 128 --lr 1e-3 --lr-end 1e-4 --precision f32 --threads 1 --seed 1 \
  --eval-every 500 --checkpoint-every 250 --log-every 25 --eval-frames 100 --time-limit "${1:-3600}"
