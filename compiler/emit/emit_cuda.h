/* emit_cuda.h - the CUDA emitter: resolved plan (ir->plan, plan.h) -> one readable,
 * deterministic CUDA C file per model (the GPU backend's source, compiled at run time by NVRTC,
 * or ahead of time to PTX by `se3tc compile --ptx`). It computes what emit_c.c's code computes
 * (docs/semantics.md), to rounding, with one of two kernel families (below; docs/cuda.md). */
#ifndef SE3C_EMIT_CUDA_H
#define SE3C_EMIT_CUDA_H

#include "emit_buf.h"
#include "ir.h"

/* Threads per block of every generated kernel (they are written for any block size up to this,
 * and declare it in __launch_bounds__); the runtime launches blocks of exactly this many. */
#define EMIT_CUDA_THREADS 128

/* Edges per thread block of the tiled edge kernels (EMIT_CUDA_TILED). */
#define EMIT_CUDA_EDGE_TILE 32

/* Kernel families. SIMPLE: one fused kernel per layer, one block per receiver (the first
 * design, kept to compare against). TILED (the default): attention and convolution layers get
 * an edge kernel (`se3_<layer>_edges`, a tile of EMIT_CUDA_EDGE_TILE edges per block: radial
 * nets for the whole tile, the last radial layer with its weights staged in shared memory, the
 * contractions in registers; it writes each edge's key and value, or message, to a per-edge
 * scratch buffer) and then a receiver kernel (`se3_<layer>_forward`: online softmax or sum over
 * the receiver's edges in CSR order, and the rest of the layer). No atomics in either. */
typedef enum emit_cuda_kernels { EMIT_CUDA_TILED = 0, EMIT_CUDA_SIMPLE = 1 } emit_cuda_kernels;

typedef struct emit_cuda_opts {
    emit_cuda_kernels kernels;
    int no_share;               /* 1: one kernel body per layer even where layers have the same shape */
    int tf32;                   /* 1 (opt-in; f32 models, tiled family): the edge kernels' radial nets'
                                   linear layers on tensor cores, TF32 inputs and f32 accumulation (mma.sync,
                                   sm_80+); every other product stays f32 SIMT. Ignored for f64. */
} emit_cuda_opts;

/* Append the whole CUDA source of the model to b. `spec_path` is named in the header comment.
 * Kernels are `extern "C" __global__ void se3_<layer>_forward(...)` (and `se3_<layer>_edges`
 * for message-passing layers in the tiled family), all with the parameter list documented at
 * the top of the generated file. Layers of the same shape (same generated body relative to
 * their first weight) share one `__device__` body; each layer's kernel is a one-line wrapper
 * passing its weights. The source includes no headers at all. `#define SE3_EDGE_SCRATCH N` in
 * it gives the reals per edge the scratch buffer needs (0: none), `SE3_EDGE_TILE` the edges per
 * block of the edge kernels. emit_cuda uses the default options. */
void emit_cuda(const ir *p, const char *spec_path, emit_buf *b);
void emit_cuda_with(const ir *p, const char *spec_path, const emit_cuda_opts *o, emit_buf *b);

#endif
