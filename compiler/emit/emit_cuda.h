/* emit_cuda.h - the CUDA emitter: IR -> one readable, deterministic CUDA C file per model (the
 * GPU backend's source, compiled at run time by NVRTC, or ahead of time to PTX by
 * `se3tc compile --ptx`). It computes exactly what emit_c.c's code computes (docs/semantics.md),
 * with the same fusion: one kernel per layer, one thread block per receiver (docs/cuda.md). */
#ifndef SE3C_EMIT_CUDA_H
#define SE3C_EMIT_CUDA_H

#include "emit_buf.h"
#include "ir.h"

/* Threads per block of every generated kernel (they are written for any block size up to this,
 * and declare it in __launch_bounds__); the runtime launches blocks of exactly this many. */
#define EMIT_CUDA_THREADS 128

/* Append the whole CUDA source of the model to b. `spec_path` is named in the header comment.
 * Kernels are `extern "C" __global__ void se3_<layer>_forward(...)`, all with the parameter
 * list documented at the top of the generated file. The source includes no headers at all. */
void emit_cuda(const ir *p, const char *spec_path, emit_buf *b);

#endif
