/* emit_c.h - the C emitter: resolved plan -> one readable, deterministic C file per model (the
 * CPU backend's source; also compiled ahead of time by hosts). ABI in include/se3rt_abi.h.
 * Both C emitters walk the plan (plan.h) that compile.c hangs on the IR (ir->plan). */
#ifndef SE3C_EMIT_C_H
#define SE3C_EMIT_C_H

#include "emit_buf.h"
#include "ir.h"
#include "plan.h"

/* Append the whole C source of the model to b. `spec_path` is named in the header comment. */
void emit_c(const ir *p, const char *spec_path, emit_buf *b);

/* Append the backward functions and the se3m_NAME_layer_backward entry points (emit_grad.c,
 * docs/training.md); b must already hold emit_c's output for the same IR. */
void emit_c_grad(const ir *p, emit_buf *b);
/* emit_c_grad without the entry points: the helpers and one backward function per layer shape,
 * se3b_FN_backward(io, P, in, dout, din, dP, dpos, dx0); emit_cuda_grad.c compiles the same text
 * for the device. */
void emit_c_grad_layers(const ir *p, emit_buf *b);
/* emit_c_grad_layers for the device (device 1: emit_cuda_grad.c; docs/cuda.md) or the CPU (0) */
void emit_c_grad_layers_for(const ir *p, emit_buf *b, int device);

/* Append the table of entry points, const se3m_code se3m_NAME_code (se3rt_abi.h), after
 * emit_c's output and, with grad, emit_c_grad's: the last thing in a model's C file. */
void emit_c_table(const ir *p, int grad, emit_buf *b);

/* The struct se3m_io of include/se3rt_abi.h as generated code declares it (the C and the CUDA
 * backward's sources); `comment`, unless NULL, is a C comment's text on its first line. */
void emit_io_struct(emit_buf *b, const char *comment);

/* The unrolled harmonics function se3_sh (shared with the CUDA emitter). */
void emit_sh_function(emit_buf *b, int lmax, const char *qualifiers, int cuda);

/* The envelope function se3_envelope(r, &du) of a model with radial(envelope=...) (nothing
 * otherwise), shared with the CUDA emitter. */
void emit_envelope_fn(emit_buf *b, const model *m, const char *qualifiers);

/* The nonzero basis-kernel constants of a radial net's paths (emit_c.c), for both C emitters. */
void emit_basis_kernels(emit_buf *b, const ir_radial *r, const char *type, int is_float, int any[9][9][9]);

/* The plan's edge-scalar radial inputs rin[t] (plan_rin) and the contractions G = W_J s
 * (emit_c.c), shared by the emitters. */
void emit_rin(emit_buf *b, const plan *pn, const char *lane, const char *i64, const char *cast);

/* The IR's plan (an internal error when compile.c did not build one). */
const plan *emit_plan(const ir *p);

/* "x0" for PLAN_BUF_INPUT, "buf[0]" or "buf[1]": how the entry points name a layer's buffers. */
const char *emit_buf_name(int buf);
void emit_basis_apply(emit_buf *b, const ir_radial *r, int any[9][9][9], const char *lhs, const char *zero);

/* Every name that becomes part of a generated identifier (the model's, for the exported
 * se3m_NAME_* entry points, and the layers', for se3_LAYER_forward: the runtime looks both up by
 * the names in the manifest) must be [A-Za-z_][A-Za-z0-9_]* of at most SE3_MAX_IDENT bytes;
 * anything else is an internal error (the scanner and sema guarantee it). */
void emit_check_idents(const model *m);

/* Number of work-buffer elements the generated code needs (mirrors NAME_work_size). */
long emit_c_max_dim(const ir *p);

#endif
