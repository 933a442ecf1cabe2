/* emit_cuda_grad.h - the backward kernels of the CUDA source (emit_cuda_grad.c, docs/cuda.md,
 * "Backward kernels"): appended after emit_cuda's output when the model is compiled with --grad. */
#ifndef SE3C_EMIT_CUDA_GRAD_H
#define SE3C_EMIT_CUDA_GRAD_H

#include "emit_buf.h"
#include "ir.h"

/* Append, after emit_cuda's output for the same IR: `#define SE3G_BACKWARD 1`, the argument block
 * se3g_args, the CPU backward's helpers and per-shape adjoints compiled for the device, and the
 * kernels se3g_clear, se3g_LAYER_backward and se3g_LAYER_reduce, each taking one
 * `const se3g_args *` (in device memory); with attention layers, se3g_keep_kv (one
 * `const se3g_keep_args *`), which keeps their keys and values from the forward's edge scratch. */
void emit_cuda_grad(const ir *p, emit_buf *b);

#endif
