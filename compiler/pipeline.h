/* pipeline.h - the one way from a spec to generated code and a loaded model, which every
 * command, test and benchmark takes:
 *
 *   spec text --parse, sema--> checked model --lower (precision applied)--> IR
 *       IR --emit_c--> C source     IR --emit_cuda--> CUDA source     IR --> manifest JSON
 *       manifest + (C source | CUDA source) --libse3rt--> se3rt_model on a backend
 *
 * Options are inputs to the first stage; each later stage reads the previous stage's output as
 * const, so nothing is changed after lowering (docs/architecture.md). */
#ifndef SE3C_PIPELINE_H
#define SE3C_PIPELINE_H

#include <stddef.h>

#include "compile.h"
#include "manifest.h"
#include "se3rt_model.h"

typedef struct pipeline_opts {
    int prec;                   /* -1: the spec's precision; PREC_F32, PREC_F64: instead of it */
    int grad;                   /* the C source carries the backward code, the CUDA source the backward
                                   kernels (se3tc compile --grad) */
    int cuda_simple;            /* CUDA: the first kernel family (one block per receiver) instead of
                                   the tiled edge kernels (emit_cuda.h); for comparisons */
    int cuda_tf32;              /* CUDA, f32 models, tiled kernels: the edge kernels' radial nets on
                                   TF32 tensor cores (emit_cuda_opts.tf32; `--precision tf32`); such a
                                   model runs on the device "cuda" only (pipeline_model refuses others) */
} pipeline_opts;

#define PIPELINE_DEFAULTS ((pipeline_opts){ .prec = -1, .grad = 0, .cuda_simple = 0, .cuda_tf32 = 0 })

/* "f32" -> PREC_F32, "f64" -> PREC_F64, "" or NULL -> -1 (the spec's); -2 for anything else. */
int pipeline_prec(const char *name);

/* A command's --precision into o: "", "f32" and "f64" as pipeline_prec; "tf32" (opt-in, CUDA
 * only) is f32 storage and accumulation with TF32 tensor-core inputs for the edge kernels' radial
 * nets' linear layers (prec = PREC_F32, cuda_tf32 = 1). Returns 0, or -2 for an unknown name. */
int pipeline_set_precision(pipeline_opts *o, const char *name);

/* Stage 1: spec -> checked model -> IR. Never NULL; c->diags.nerrors says whether it worked
 * (diagnostics are the caller's to print). */
compile *pipeline_compile_file(const char *path, const pipeline_opts *o);
compile *pipeline_compile_string(const char *name, const char *text, size_t len, const pipeline_opts *o);
/* The same text as c again with other options (the precision of a run known only later);
 * NULL-safe on c's errors as compile_string is. */
compile *pipeline_recompile(const compile *c, const pipeline_opts *o);

/* Stage 2, from a compile without errors: malloc'd NUL-terminated texts (the caller frees);
 * *len (may be NULL) gets the length. The spec's name in headers is the name c was given. */
char *pipeline_c_source(const compile *c, const pipeline_opts *o, size_t *len);
char *pipeline_cuda_source(const compile *c, const pipeline_opts *o, size_t *len);   /* o may be NULL */
char *pipeline_manifest(const compile *c);
/* The manifest with the "library" record of `se3tc compile --shared/--object/--static`. */
char *pipeline_manifest_lib(const compile *c, const manifest_lib *lib);

/* Stage 3: a loaded model from a compile without errors. device:
 *   "cpu" (or NULL)  the C source, JIT-compiled by the system compiler (ctx's JIT settings)
 *   "cuda"           the CUDA source through NVRTC, or the emulator with SE3TC_CUDA_EMULATE=1;
 *                    no C is generated or compiled; with o->grad the CUDA source carries the
 *                    backward kernels (gradients on the device; periodic frames need "cpu")
 *   "auto"           cuda when a GPU is usable, else cpu; se3rt_model_device says which and why
 * Errors are in se3rt_errmsg(ctx); *out is NULL then. */
se3rt_status pipeline_model(se3rt_ctx *ctx, const compile *c, const pipeline_opts *o, const char *device,
                            se3rt_model **out /* OUT */);
/* Stages 1-3 from a spec file. Spec errors go to stderr as diagnostics and give
 * SE3RT_ERR_FORMAT with an empty ctx message. */
se3rt_status pipeline_model_file(se3rt_ctx *ctx, const char *path, const pipeline_opts *o, const char *device,
                                 se3rt_model **out /* OUT */);

#endif
