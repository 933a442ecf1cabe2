#!/usr/bin/env bash
# tests/gpu/run.sh - the GPU checks on a device machine (docs/cuda.md, docs/gpu.md), in under 6 minutes:
#   1. build (or reuse a carried build) of se3tc, test_cuda_gpu, tests/gpu/gpu_bench.c and
#      tests/gpu/cuda_report.c;
#   2. CPU/GPU parity per layer on every shipped spec with the tiled kernels (the default), f32
#      (<= 1e-5) and f64 (<= 1e-12), and the GPU model's equivariance, one test_cuda_gpu case per
#      spec and precision, in parallel; the simple kernels on the tiny specs; the TF32 tensor-core
#      mode (--precision tf32) in f32 on the tiny specs, nbody_se3 and qm9_se3 (tolerance 2e-3);
#      meanwhile the simple and TF32 kernels of the benchmarked specs are compiled into the cache
#      (gpu_bench --compile-only);
#   3. forward timing on the GPU (gpu_bench), simple against tiled kernels on the same batch:
#      nbody_tfn, nbody_se3 and qm9_se3 at realistic batches, with TFLOP/s and % of the fp32 peak
#      of qm9_se3's hidden attention layers (HIDDEN lines); for nbody_se3 and qm9_se3 also the
#      tiled kernels with TF32 tensor cores against f32 SIMT (SPEEDUP ... tf32/tiled);
#   4. gradients on the device (docs/cuda.md, "Backward kernels"): backward parity with the CPU
#      (test_cuda_grad on the GPU, one process per tiny spec and precision, one for nbody_se3
#      in f64 and one for the receiver chunks, in parallel), forward +
#      backward timings (se3tc bench --device cuda --grad), training on the device against CPU
#      training (test_cuda_train on the GPU: 20 f64 steps, the device optimiser through the API and alone,
#      host <-> device bytes per step) and a short training throughput run (se3tc train --device
#      cuda on generated N-body data: examples/s);
#   5. a comparable TFN layer built with e3nn (tests/gpu/e3nn_bench.py), forward and forward +
#      backward, for ratios.
# Results go under $OUT (default ./gpu-out): summary.txt (every figure and table), env.txt,
# e3nn.json and results.tar.gz (parity/*.log, bench/*.txt, grad/*, e3nn.log). Exit status: 0
# when every parity case (forward and backward) passed.
#
#   tests/gpu/run.sh --prepare   where the build tools are (flex, bison, check, libcjson, libyaml): builds
#                                build-cuda/ and bundles the shared libraries its binaries need
#                                into build-cuda/deps/lib; carry build-cuda to the device machine.
#   tests/gpu/run.sh             on the device machine.
#   tests/gpu/run.sh --emulate   a dry run without a GPU: every step through the emulator
#                                (SE3TC_CUDA_EMULATE=1) on tiny batches, parity on the tiny specs
#                                only; checks the script, not the GPU.
# Paths given to the tools are relative to the repository root, so the generated sources (and
# the cache keys) do not depend on where the tree lies.
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT" || exit 1
BUILD="${SE3_GPU_BUILD:-$ROOT/build-cuda}"
OUT="${OUT:-$ROOT/gpu-out}"
JOBS="${SE3_GPU_JOBS:-$(nproc 2>/dev/null || echo 4)}"
SPECS="tiny_mlp tiny_conv tiny_attention tiny_gate nbody_tfn nbody_se3 qm9_tfn qm9_se3 scanobjectnn_se3 scanobjectnn_se3_z"
TINY="tiny_mlp tiny_conv tiny_attention tiny_gate"
TF32_SPECS="nbody_se3 qm9_se3"      # timed with TF32 tensor cores too (gpu_bench --kernels all)
BUDGET="${SE3_GPU_BUDGET:-400}"     # seconds for the whole run (a 7-minute device call); later steps shrink to fit
T0=$(date +%s)
elapsed() { echo $(( $(date +%s) - T0 )); }
left() { echo $(( BUDGET - $(elapsed) )); }
MODE=device
[ "${1:-}" = "--emulate" ] && MODE=emulate

build_cmake() {
    local gen=()
    command -v ninja >/dev/null && ! [ -f "$BUILD/CMakeCache.txt" ] && gen=(-G Ninja)
    cmake -S "$ROOT" -B "$BUILD" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release >"$1" 2>&1 &&
        cmake --build "$BUILD" -j "$JOBS" --target se3tc test_cuda_gpu test_cuda test_cuda_grad test_cuda_train >>"$1" 2>&1
}

build_tool() {   # build_tool NAME: tests/gpu/NAME.c -> $BUILD/NAME
    cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$ROOT/compiler" -I"$ROOT/compiler/emit" -I"$ROOT/compiler/math" \
        -I"$ROOT/include" -I"$ROOT/runtime" -I"$ROOT/runtime/cuda" -I"$BUILD/compiler" "$ROOT/tests/gpu/$1.c" \
        "$BUILD/compiler/libse3c.a" "$BUILD/runtime/libse3rt.a" \
        "$BUILD/compiler/libse3math.a" "$BUILD/runtime/libse3rt.a" -L"$BUILD/deps/lib" -l:libcjson.so.1 -lm -ldl \
        -lpthread -o "$BUILD/$1"
}

if [ "${1:-}" = "--prepare" ]; then
    mkdir -p "$BUILD/deps/lib"
    build_cmake /dev/stdout || { echo "run.sh --prepare: build failed" >&2; exit 1; }
    for lib in libcjson.so.1 libsubunit.so.0 libyaml-0.so.2; do
        p=$(ldconfig -p | awk -v l="$lib" '$1 == l { print $NF; exit }')
        [ -n "$p" ] && cp -L "$p" "$BUILD/deps/lib/"
    done
    for t in gpu_bench cuda_report; do
        build_tool $t || { echo "run.sh --prepare: $t failed to build" >&2; exit 1; }
    done
    echo "prepared $BUILD ($(du -sh "$BUILD" | cut -f1)); carry it and run tests/gpu/run.sh on the device machine"
    exit 0
fi

mkdir -p "$OUT/parity" "$OUT/bench" "$OUT/grad"
: >"$OUT/summary.txt"
export LD_LIBRARY_PATH="$BUILD/deps/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export SE3TC_CACHE="${SE3TC_CACHE:-/tmp/se3tc-gpu-cache}"
mkdir -p "$SE3TC_CACHE" && chmod 700 "$SE3TC_CACHE"
export SE3_SPEC_DIR=specs
if [ "$MODE" = emulate ]; then
    export SE3TC_CUDA_EMULATE=1
    PARITY_SPECS="$TINY"
    TF32_PARITY=""                  # the tiny specs only (below)
    TF32_SPECS="nbody_se3"          # the emulated mma is slow: one spec shows the step works
else
    unset SE3TC_CUDA_EMULATE
    PARITY_SPECS="$SPECS"
    TF32_PARITY="$TF32_SPECS"
fi

# ---- 0. what this machine has -------------------------------------------------------------
{
    echo "date: $(date -u +%FT%TZ)"
    echo "mode: $MODE"
    echo "host: $(uname -srm), $(nproc) cores"
    nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm,compute_cap --format=csv,noheader 2>&1 |
        sed 's/^/gpu: /'
    for t in cc cmake ninja flex bison pkg-config nvcc ptxas python3; do
        printf '%-10s %s\n' "$t:" "$(command -v $t >/dev/null && ($t --version 2>&1 | head -1) || echo MISSING)"
    done
    for p in check libcjson yaml-0.1; do
        printf '%-10s %s\n' "$p:" "$(pkg-config --modversion $p 2>/dev/null || echo MISSING)"
    done
    echo "libnvrtc: $(ldconfig -p | grep -o 'libnvrtc.so[.0-9]*' | sort -u | tr '\n' ' ')"
    echo "git: $(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null || echo '(no git)')"
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
for t in gpu_bench cuda_report; do
    if ! [ -x "$BUILD/$t" ] || [ "$ROOT/tests/gpu/$t.c" -nt "$BUILD/$t" ]; then
        build_tool $t 2>"$OUT/bench/build_$t.log" || echo "$t did not build (see bench/build_$t.log)"
    fi
done

# ---- 2. parity and equivariance, one case per spec and precision, in parallel ---------------
# Benchmark batches: realistic on the device, tiny under the emulator.
if [ "$MODE" = emulate ]; then
    BENCH="nbody_tfn:2 nbody_se3:2 qm9_se3:2"
    REPEAT=1
else
    BENCH="qm9_se3:512 qm9_se3:128 nbody_tfn:1000 nbody_se3:1000 nbody_se3:10000"   # most important first
    REPEAT=10
fi
BENCH_SPECS=$(for j in $BENCH; do echo "${j%%:*}"; done | sort -u | tr '\n' ' ')
CASES=$( { for s in $PARITY_SPECS; do for p in f32 f64; do echo "tiled ${s}_$p"; done; done
           for s in $TINY; do for p in f32 f64; do echo "simple ${s}_$p"; done; done
           for s in $TINY $TF32_PARITY; do echo "tf32 ${s}_f32"; done; } )
NCASES=$(echo "$CASES" | wc -l)
PT=$(( $(left) * 55 / 100 ))   # per-case limit: about half of what is left
[ "$PT" -lt 60 ] && PT=60
echo "[$(elapsed)s] parity: $NCASES cases on $JOBS jobs (limit ${PT}s each); compiling the simple kernels of $BENCH_SPECS meanwhile"
if [ -x "$BUILD/gpu_bench" ]; then
    for s in $BENCH_SPECS; do
        timeout "$PT" "$BUILD/gpu_bench" "specs/$s.spec" --kernels simple --compile-only >"$OUT/bench/compile_$s.txt" 2>&1 &
    done
    for s in $TF32_SPECS; do
        case " $BENCH_SPECS " in *" $s "*)
            timeout "$PT" "$BUILD/gpu_bench" "specs/$s.spec" --kernels tf32 --compile-only >"$OUT/bench/compile_${s}_tf32.txt" 2>&1 & ;;
        esac
    done
fi
# each line "FAMILY CASE" becomes $3 $4 after the fixed arguments $0 (OUT) $1 (limit) $2 (BUILD)
echo "$CASES" | xargs -P "$JOBS" -L 1 sh -c '
    log="$0/parity/$4_$3.log"
    SE3TC_CUDA_KERNELS=$3 CK_RUN_CASE=$4 CK_DEFAULT_TIMEOUT=900 timeout "$1" "$2/tests/test_cuda_gpu" >"$log" 2>&1
    echo "rc=$?" >>"$log"' "$OUT" "$PT" "$BUILD"
wait
pass=0 fail=0
: >"$OUT/parity/summary.txt"
while read -r fam c; do
    f="$OUT/parity/${c}_$fam.log"
    if grep -q '^rc=0$' "$f" && grep -q '100%: Checks: 1, Failures: 0, Errors: 0' "$f"; then
        pass=$((pass + 1)); st=PASS
    elif grep -q '^rc=77$' "$f"; then
        st=SKIP
    else
        fail=$((fail + 1)); st=FAIL
    fi
    echo "$st $fam ${c}: $(grep -h 'worst layer' "$f" | sed 's/^[^:]*: //') $(grep -h 'F:' "$f" | head -1 | cut -c1-300)" \
        >>"$OUT/parity/summary.txt"
done <<<"$CASES"
cat "$OUT/parity/summary.txt"
echo "[$(elapsed)s] parity: $pass passed, $fail failed"
cat "$OUT"/bench/compile_*.txt 2>/dev/null | grep -h '^COMPILED\|gpu_bench:' 

# ---- 3. timing on the GPU: simple against tiled (and TF32 tensor cores against f32 SIMT) -------------
if [ -x "$BUILD/gpu_bench" ]; then
    for job in $BENCH; do
        s=${job%%:*} b=${job##*:}
        lim=$(( $(left) - 150 ))   # keep 90 s for the gradients and a minute for e3nn
        if [ "$lim" -lt 20 ]; then
            echo "[$(elapsed)s] bench $s --batch $b: skipped (time)" | tee -a "$OUT/summary.txt"
            continue
        fi
        [ "$lim" -gt 120 ] && lim=120
        echo "[$(elapsed)s] bench $s --batch $b (limit ${lim}s)"
        fams=both
        case " $TF32_SPECS " in *" $s "*) fams=all ;; esac   # simple, tiled and tiled with TF32
        timeout "$lim" "$BUILD/gpu_bench" "specs/$s.spec" --batch "$b" --repeat "$REPEAT" --cpu-repeat 1 \
            --kernels $fams >"$OUT/bench/$s.b$b.txt" 2>&1
        echo "rc=$?" >>"$OUT/bench/$s.b$b.txt"
        cat "$OUT/bench/$s.b$b.txt"
    done
fi

# ---- 4. gradients on the device: backward parity, forward + backward time, training ------------
gpass=0 gfail=0
GRAD_TINY="tiny_mlp tiny_conv tiny_attention tiny_gate tiny_energy"
if [ "$MODE" = emulate ]; then
    GRAD_CASES="tiny_gate_f64"            # the emulator is slow: one case checks the step
    GRAD_BENCH="tiny_conv:2"
    TRAIN_STEPS=3 TRAIN_BATCH=2 TRAIN_SIMS=8 TRAIN_SPEC=nbody_tfn
else
    # nbody_se3 in f64 first (the longest: the C JIT, and NVRTC to CUBIN of its backward: about
    # 30 s to PTX plus 160 s of ptxas on half a core of the build machine since the backward's
    # device functions were split, where NVRTC alone took 18-23 minutes before; docs/gpu.md).
    # Not measured on the GPU host: a "FAIL (timeout" line in the summary means it did not fit.
    # "chunks": test_cuda_grad's receiver-chunk case (one graph per thread, one receiver per
    # thread, few weight rows, in f64 against the CPU); the parity cases run the default chunks
    GRAD_CASES=$( (echo nbody_se3_f64 chunks; for s in $GRAD_TINY; do echo "${s}_f32 ${s}_f64"; done) | tr ' ' '\n')
    # not qm9_se3: its backward's NVRTC is about 30 s since the split, but the CUBIN's ptxas
    # step took 207 s on the build machine (docs/gpu.md), too much of the budget left here
    GRAD_BENCH="nbody_se3:100 nbody_tfn:100"
    TRAIN_STEPS=300 TRAIN_BATCH=16 TRAIN_SIMS=2000 TRAIN_SPEC=nbody_se3
fi
if [ -x "$BUILD/tests/test_cuda_grad" ] && [ "$(left)" -gt 90 ]; then
    lim=$(( $(left) - 80 )); [ "$lim" -gt 120 ] && lim=120
    echo "[$(elapsed)s] backward parity: $(echo $GRAD_CASES | wc -w) cases (limit ${lim}s each)"
    [ "$MODE" = device ] && export SE3_CUDA_GRAD_ON_GPU=1
    echo "$GRAD_CASES" | xargs -P "$JOBS" -n 1 sh -c '
        log="$0/grad/parity_$3.log"
        if [ "$3" = chunks ]; then
            CK_RUN_CASE=chunks CK_DEFAULT_TIMEOUT=900 timeout "$1" "$2/tests/test_cuda_grad" >"$log" 2>&1
        else
            SE3_CUDA_GRAD_CASE=$3 CK_RUN_CASE=parity CK_DEFAULT_TIMEOUT=900 timeout "$1" "$2/tests/test_cuda_grad" >"$log" 2>&1
        fi
        echo "rc=$?" >>"$log"' "$OUT" "$lim" "$BUILD"
    unset SE3_CUDA_GRAD_ON_GPU
    : >"$OUT/grad/parity_summary.txt"
    for c in $GRAD_CASES; do   # no pipe: the counts must survive the loop
        f="$OUT/grad/parity_$c.log"
        if grep -q '^rc=0$' "$f" && grep -q '100%: Checks: [1-9][0-9]*, Failures: 0, Errors: 0' "$f"; then
            gpass=$((gpass + 1)); st=PASS
        else
            gfail=$((gfail + 1)); st=FAIL
            grep -q '^rc=124$' "$f" && st="FAIL (timeout, ${lim}s)"
        fi
        echo "$st backward $c: $(grep -h '^grad \|^energy/forces' "$f" | tr '\n' ' ' | cut -c1-600) $(grep -h 'F:\|E:' "$f" | head -1 | cut -c1-300)" \
            >>"$OUT/grad/parity_summary.txt"
    done
    cat "$OUT/grad/parity_summary.txt"
    echo "[$(elapsed)s] backward parity: $gpass passed, $gfail failed"
else
    echo "[$(elapsed)s] backward parity: skipped ($BUILD/tests/test_cuda_grad missing, or no time)" | tee -a "$OUT/summary.txt"
fi
for job in $GRAD_BENCH; do
    s=${job%%:*} b=${job##*:}
    lim=$(( $(left) - 70 )); [ "$lim" -gt 60 ] && lim=60
    if [ "$lim" -lt 15 ]; then
        echo "[$(elapsed)s] bench --grad $s --batch $b: skipped (time)" | tee -a "$OUT/summary.txt"
        continue
    fi
    echo "[$(elapsed)s] bench --device cuda --grad $s --batch $b (limit ${lim}s)"
    timeout "$lim" "$BUILD/bin/se3tc" bench "specs/$s.spec" --device cuda --grad --batch "$b" --repeat 3 --no-reference \
        >"$OUT/grad/bench_$s.b$b.txt" 2>&1
    echo "rc=$?" >>"$OUT/grad/bench_$s.b$b.txt"
    grep -h 'device:\|total\|forward+backward\|rc=' "$OUT/grad/bench_$s.b$b.txt" | sed "s/^/GRADBENCH $s b$b: /" |
        tee -a "$OUT/grad/bench_summary.txt"
done
# training on the device against the CPU (weights and Adam state to 1e-9, bytes per step)
lim=$(( $(left) - 90 )); [ "$lim" -gt 60 ] && lim=60
if [ -x "$BUILD/tests/test_cuda_train" ] && [ "$lim" -ge 20 ]; then
    echo "[$(elapsed)s] device training against CPU training: test_cuda_train (limit ${lim}s)"
    tenv=(CK_RUN_CASE=train CK_DEFAULT_TIMEOUT=900)
    [ "$MODE" = device ] && tenv+=(SE3_CUDA_TRAIN_ON_GPU=1)
    env "${tenv[@]}" timeout "$lim" "$BUILD/tests/test_cuda_train" >"$OUT/grad/train_eq.log" 2>&1
    echo "rc=$?" >>"$OUT/grad/train_eq.log"
    if grep -q '^rc=0$' "$OUT/grad/train_eq.log" && grep -q '100%: Checks: [1-9][0-9]*, Failures: 0, Errors: 0' "$OUT/grad/train_eq.log"; then
        st=PASS
    else
        st=FAIL gfail=$((gfail + 1))
    fi
    echo "$st TRAINEQ: $(grep -h 'vs CPU\|per step\|bit for bit' "$OUT/grad/train_eq.log" | tr '\n' ' ' | cut -c1-1000) $(grep -h 'F:\|E:' "$OUT/grad/train_eq.log" | head -1 | cut -c1-300)" |
        tee -a "$OUT/grad/parity_summary.txt"
else
    echo "[$(elapsed)s] device training against CPU training: skipped (test_cuda_train missing, or no time)" | tee -a "$OUT/summary.txt"
fi
lim=$(( $(left) - 60 )); [ "$lim" -gt 90 ] && lim=90
if [ "$lim" -ge 20 ]; then
    echo "[$(elapsed)s] training throughput: $TRAIN_SPEC --device cuda, $TRAIN_STEPS steps of $TRAIN_BATCH (limit ${lim}s)"
    "$BUILD/bin/se3tc" nbody generate -o "$OUT/grad/data" --train "$TRAIN_SIMS" --test 50 >"$OUT/grad/train.log" 2>&1
    timeout "$lim" "$BUILD/bin/se3tc" train "specs/$TRAIN_SPEC.spec" --device cuda --train "$OUT/grad/data/train.extxyz" \
        --test "$OUT/grad/data/test.extxyz" -o "$OUT/grad/ck" --steps "$TRAIN_STEPS" --batch "$TRAIN_BATCH" \
        --precision f32 --eval-every "$TRAIN_STEPS" --eval-frames 10 --time-limit $(( lim - 10 > 10 ? lim - 10 : 10 )) --overwrite \
        >>"$OUT/grad/train.log" 2>&1
    echo "rc=$?" >>"$OUT/grad/train.log"
    # the last row of loss.csv: step and wall seconds since the start of training
    last=$(tail -1 "$OUT/grad/ck/loss.csv" 2>/dev/null)
    if [ -n "$last" ] && [ "${last%%,*}" != step ]; then
        st=$(echo "$last" | cut -d, -f1) wall=$(echo "$last" | cut -d, -f6)
        echo "TRAIN $TRAIN_SPEC --device cuda: $st steps of $TRAIN_BATCH in ${wall} s: $(python3 -c "print(round($st*$TRAIN_BATCH/max($wall,1e-9), 1))" 2>/dev/null) examples/s" |
            tee "$OUT/grad/train_summary.txt"
    else
        echo "TRAIN $TRAIN_SPEC --device cuda: no result (see grad/train.log)" | tee "$OUT/grad/train_summary.txt"
    fi
    rm -rf "$OUT/grad/data" "$OUT/grad/ck"/checkpoint-* "$OUT/grad/ck"/*.safetensors
fi

# ---- 5. e3nn for a ratio ----------------------------------------------------------------------
if [ "$(left)" -gt 15 ] && command -v python3 >/dev/null; then
    echo "[$(elapsed)s] e3nn"
    if [ "$MODE" = emulate ]; then
        e3args=(--graphs 2 --repeat 1)
    else
        e3args=()
    fi
    timeout $(( $(left) > 90 ? 90 : $(left) )) python3 "$ROOT/tests/gpu/e3nn_bench.py" "${e3args[@]}" \
        --out "$OUT/e3nn.json" >"$OUT/e3nn.log" 2>&1
    cat "$OUT/e3nn.log"
    # ratio against the se3tc layer of the same shape: nbody_tfn's first hidden conv, batch 1000
    e3=$(python3 -c "import json; print(json.load(open('$OUT/e3nn.json'))['ms'])" 2>/dev/null)
    for fam in simple tiled; do
        se3=$(awk -v f=$fam '$1 == "LAYER" && $2 == "nbody_tfn" && $3 == "f32" && $4 == f && $5 == "conv_2" { print $6 }' \
            "$OUT"/bench/nbody_tfn.b*.txt 2>/dev/null | head -1)
        if [ -n "$se3" ] && [ -n "$e3" ]; then
            echo "e3nn TFN layer $e3 ms vs se3tc conv_2 ($fam kernels) $se3 ms: e3nn/se3tc = $(python3 -c "print(round($e3/$se3, 2))")" |
                tee -a "$OUT/summary.txt"
        fi
    done
    [ -z "$e3" ] && echo "e3nn: no result (see e3nn.log)" | tee -a "$OUT/summary.txt"
    e3b=$(python3 -c "import json; print(json.load(open('$OUT/e3nn.json'))['ms_fwd_bwd'])" 2>/dev/null)
    [ -n "$e3b" ] && echo "e3nn TFN layer forward + backward: $e3b ms (se3tc: GRADBENCH lines)" | tee -a "$OUT/summary.txt"
fi

{
    echo "mode: $MODE; $(grep '^gpu:' "$OUT/env.txt" | head -1)"
    echo "parity: $pass passed, $fail failed; backward parity: $gpass passed, $gfail failed"
    cat "$OUT/parity/summary.txt"
    cat "$OUT/grad/parity_summary.txt" "$OUT/grad/bench_summary.txt" "$OUT/grad/train_summary.txt" 2>/dev/null
    grep -h '^RESULT\|^HIDDEN\|^SPEEDUP\|^CPU' "$OUT"/bench/*.txt 2>/dev/null
    echo "total $(elapsed) s"
} | tee -a "$OUT/summary.txt"
# the readable per-layer tables (registers, shared memory, times) of every benchmark
for f in "$OUT"/bench/*.b*.txt; do
    [ -f "$f" ] && { echo; echo "== $(basename "$f")"; grep -v '^LAYER' "$f"; } >>"$OUT/summary.txt"
done
# Few files come back from a device machine: everything else goes into one archive.
tar -czf "$OUT/results.tar.gz" -C "$OUT" parity bench grad $(cd "$OUT" && ls e3nn.log build.log 2>/dev/null) &&
    rm -rf "$OUT/parity" "$OUT/bench" "$OUT/grad" "$OUT/e3nn.log"
echo "results: $OUT/summary.txt, env.txt, e3nn.json, results.tar.gz (parity logs, benchmark output)"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ] && [ "$gfail" -eq 0 ]
