#!/usr/bin/env bash
# tests/gpu/run.sh - the GPU checks on a device machine (docs/cuda.md), in under 5 minutes:
#   1. build (or reuse a carried build) of se3tc, test_cuda_gpu and tests/gpu/gpu_bench.c;
#   2. CPU/GPU parity per layer on every shipped spec, f32 (<= 1e-5) and f64 (<= 1e-12), and the
#      GPU model's equivariance, one test_cuda_gpu case per spec and precision, in parallel;
#   3. forward timing on the GPU (gpu_bench) for the N-body and QM9 specs at realistic batches;
#   4. a comparable TFN layer built with e3nn (tests/gpu/e3nn_bench.py), for a ratio.
# Results go under $OUT (default ./gpu-out): env.txt, parity/*.log, bench/*.txt, e3nn.json,
# summary.txt. Exit status: 0 when every parity case passed.
#
# Where the machine lacks a build tool (flex, bison, check, libcjson, libyaml), build here first and carry
# the build folder:   tests/gpu/run.sh --prepare        (builds build-cuda/ and bundles the two
# shared libraries the binaries need into build-cuda/deps/lib), then on the device machine
#                     tests/gpu/run.sh                  (with build-cuda carried along).
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${SE3_GPU_BUILD:-$ROOT/build-cuda}"
OUT="${OUT:-$ROOT/gpu-out}"
JOBS="${SE3_GPU_JOBS:-$(nproc 2>/dev/null || echo 4)}"
SPECS="tiny_mlp tiny_conv tiny_attention nbody_tfn nbody_se3 qm9_tfn qm9_se3 scanobjectnn_se3 scanobjectnn_se3_z"
T0=$(date +%s)
elapsed() { echo $(( $(date +%s) - T0 )); }

build_cmake() {
    local gen=()
    command -v ninja >/dev/null && ! [ -f "$BUILD/CMakeCache.txt" ] && gen=(-G Ninja)
    cmake -S "$ROOT" -B "$BUILD" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release >"$1" 2>&1 &&
        cmake --build "$BUILD" -j "$JOBS" --target se3tc test_cuda_gpu test_cuda >>"$1" 2>&1
}

build_bench() {
    cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$ROOT/compiler" -I"$ROOT/compiler/emit" -I"$ROOT/compiler/math" -I"$ROOT/include" \
        -I"$ROOT/runtime" -I"$ROOT/runtime/cuda" -I"$BUILD/compiler" "$ROOT/tests/gpu/gpu_bench.c" \
        "$BUILD/compiler/libse3c.a" "$BUILD/runtime/libse3rt.a" \
        "$BUILD/compiler/libse3math.a" "$BUILD/runtime/libse3rt.a" -L"$BUILD/deps/lib" -l:libcjson.so.1 -lm -ldl \
        -lpthread -o "$BUILD/gpu_bench"
}

if [ "${1:-}" = "--prepare" ]; then
    mkdir -p "$BUILD/deps/lib"
    build_cmake /dev/stdout || { echo "run.sh --prepare: build failed" >&2; exit 1; }
    for lib in libcjson.so.1 libsubunit.so.0 libyaml-0.so.2; do
        p=$(ldconfig -p | awk -v l="$lib" '$1 == l { print $NF; exit }')
        [ -n "$p" ] && cp -L "$p" "$BUILD/deps/lib/"
    done
    build_bench || { echo "run.sh --prepare: gpu_bench failed to build" >&2; exit 1; }
    echo "prepared $BUILD ($(du -sh "$BUILD" | cut -f1)); carry it and run tests/gpu/run.sh on the device machine"
    exit 0
fi

mkdir -p "$OUT/parity" "$OUT/bench"
: >"$OUT/summary.txt"
export LD_LIBRARY_PATH="$BUILD/deps/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export SE3TC_CACHE="${SE3TC_CACHE:-/tmp/se3tc-gpu-cache}"
export SE3_SPEC_DIR="$ROOT/specs"
unset SE3TC_CUDA_EMULATE

# ---- 0. what this machine has -------------------------------------------------------------
{
    echo "date: $(date -u +%FT%TZ)"
    echo "host: $(uname -srm), $(nproc) cores"
    nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv,noheader 2>&1 | sed 's/^/gpu: /'
    for t in cc cmake ninja flex bison pkg-config nvcc python3; do
        printf '%-10s %s\n' "$t:" "$(command -v $t >/dev/null && ($t --version 2>&1 | head -1) || echo MISSING)"
    done
    for p in check libcjson yaml-0.1; do
        printf '%-10s %s\n' "$p:" "$(pkg-config --modversion $p 2>/dev/null || echo MISSING)"
    done
    echo "libnvrtc: $(ldconfig -p | grep -o 'libnvrtc.so[.0-9]*' | sort -u | tr '\n' ' ')"
} >"$OUT/env.txt" 2>&1
cat "$OUT/env.txt"

# ---- 1. build -------------------------------------------------------------------------------
runs() { [ -x "$1" ] && "$1" --help >/dev/null 2>&1; }
if runs "$BUILD/bin/se3tc" && [ -x "$BUILD/tests/test_cuda_gpu" ]; then
    echo "[$(elapsed)s] using the build in $BUILD"
elif command -v cmake >/dev/null && command -v flex >/dev/null && command -v bison >/dev/null &&
    pkg-config --exists check libcjson yaml-0.1 2>/dev/null; then
    echo "[$(elapsed)s] building in $BUILD"
    build_cmake "$OUT/build.log" || { echo "build failed: see $OUT/build.log" | tee "$OUT/summary.txt"; exit 1; }
else
    echo "no usable build in $BUILD and this machine cannot make one (see $OUT/env.txt):" \
        "run tests/gpu/run.sh --prepare where the tools are, and carry $BUILD" | tee "$OUT/summary.txt"
    exit 1
fi
if ! [ -x "$BUILD/gpu_bench" ] || [ "$ROOT/tests/gpu/gpu_bench.c" -nt "$BUILD/gpu_bench" ]; then
    build_bench 2>"$OUT/bench/build.log" || echo "gpu_bench did not build (see bench/build.log); no timings"
fi

# ---- 2. parity and equivariance, one case per spec and precision, in parallel ---------------
echo "[$(elapsed)s] parity: $(echo $SPECS | wc -w) specs x f32/f64 on $JOBS jobs"
for s in $SPECS; do for p in f32 f64; do echo "${s}_$p"; done; done |
    xargs -P "$JOBS" -I{} sh -c 'CK_RUN_CASE={} CK_DEFAULT_TIMEOUT=600 timeout 270 "$0/tests/test_cuda_gpu" >"$1/parity/{}.log" 2>&1; echo "rc=$?" >>"$1/parity/{}.log"' "$BUILD" "$OUT"
pass=0 fail=0
: >"$OUT/parity/summary.txt"
for s in $SPECS; do for p in f32 f64; do
    f="$OUT/parity/${s}_$p.log"
    if grep -q '^rc=0$' "$f" && grep -q '100%: Checks: 1, Failures: 0, Errors: 0' "$f"; then
        pass=$((pass + 1)); st=PASS
    elif grep -q '^rc=77$' "$f"; then
        st=SKIP
    else
        fail=$((fail + 1)); st=FAIL
    fi
    echo "$st ${s}_$p: $(grep -h 'worst layer' "$f" | sed 's/^[^:]*: //')" >>"$OUT/parity/summary.txt"
done; done
cat "$OUT/parity/summary.txt"
echo "[$(elapsed)s] parity: $pass passed, $fail failed"

# ---- 3. timing on the GPU ------------------------------------------------------------------------
if [ -x "$BUILD/gpu_bench" ]; then
    # the caches are warm from step 2 (same source text), so each run is load + time
    for job in "nbody_tfn 1000" "nbody_se3 1000" "qm9_se3 1024" "nbody_se3 10000" "qm9_tfn 1024" "qm9_se3 128"; do
        set -- $job
        if [ "$(elapsed)" -gt 230 ]; then
            echo "[$(elapsed)s] bench $1 --batch $2: skipped (time)"
            continue
        fi
        echo "[$(elapsed)s] bench $1 --batch $2"
        timeout 45 "$BUILD/gpu_bench" "$ROOT/specs/$1.spec" --batch "$2" --repeat 10 --cpu-repeat 1 \
            >"$OUT/bench/$1.b$2.txt" 2>&1
        cat "$OUT/bench/$1.b$2.txt"
    done
fi
# `se3tc bench --device cuda`, where the driver has it
if "$BUILD/bin/se3tc" bench --help 2>&1 | grep -q cuda; then
    for job in "nbody_se3 1000" "qm9_se3 128"; do
        set -- $job
        timeout 90 "$BUILD/bin/se3tc" bench "$ROOT/specs/$1.spec" --device cuda --batch "$2" --repeat 10 \
            --no-reference >"$OUT/bench/se3tc_bench_$1.txt" 2>&1
        cat "$OUT/bench/se3tc_bench_$1.txt"
    done
fi

# ---- 4. e3nn for a ratio ----------------------------------------------------------------------
if [ "$(elapsed)" -lt 250 ] && command -v python3 >/dev/null; then
    echo "[$(elapsed)s] e3nn"
    timeout $((285 - $(elapsed))) python3 "$ROOT/tests/gpu/e3nn_bench.py" --out "$OUT/e3nn.json" \
        >"$OUT/e3nn.log" 2>&1
    cat "$OUT/e3nn.log"
    # ratio against the se3tc layer of the same shape: nbody_tfn's first hidden conv, batch 1000
    se3=$(awk '$1 == "LAYER" && $2 == "nbody_tfn" && $3 == "f32" && $4 == "conv_2" { print $5 }' \
        "$OUT/bench/nbody_tfn.b1000.txt" 2>/dev/null)
    e3=$(python3 -c "import json; print(json.load(open('$OUT/e3nn.json'))['ms'])" 2>/dev/null)
    if [ -n "$se3" ] && [ -n "$e3" ]; then
        echo "e3nn TFN layer $e3 ms vs se3tc conv_2 $se3 ms: e3nn/se3tc = $(python3 -c "print(round($e3/$se3, 2))")" |
            tee -a "$OUT/summary.txt"
    fi
fi

{
    echo "parity: $pass passed, $fail failed (details in parity/)"
    grep -h '^RESULT' "$OUT"/bench/*.txt 2>/dev/null
    echo "total $(elapsed) s"
} | tee -a "$OUT/summary.txt"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
