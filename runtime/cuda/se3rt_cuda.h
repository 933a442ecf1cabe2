/* se3rt_cuda.h - the CUDA backend of libse3rt (docs/cuda.md): NVRTC and the driver API, both
 * loaded with dlopen at probe time so nothing links against CUDA and the runtime builds and runs
 * where neither exists; an on-disk CUBIN cache; device memory; one stream per model.
 * The few driver and NVRTC types used are declared here, so no CUDA header is needed to build.
 * Ownership as in se3rt.h: _new/_open return objects the caller frees with the matching _free;
 * buffers returned through OUT parameters are freed with se3rt_cuda_buf_free. No global state. */
#ifndef SE3RT_CUDA_H
#define SE3RT_CUDA_H

#include <stddef.h>
#include <stdint.h>

#include "se3rt.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- public: what the se3tc driver and hosts use ------------------------------------------ */

/* Compile CUDA source to PTX with NVRTC for `arch` ("sm_80", "sm_90", ...); needs libnvrtc, no
 * GPU. `name` names the program in NVRTC's messages. *ptx is NUL-terminated. On a compile error
 * the NVRTC log is in the message (SE3RT_ERR_COMPILE); without NVRTC, SE3RT_ERR_UNAVAILABLE. */
se3rt_status se3rt_cuda_ptx(se3rt_ctx *ctx, const char *src, size_t len, const char *name,
                            const char *arch, char **ptx /* OUT */, size_t *ptx_len /* OUT */);
void         se3rt_cuda_buf_free(se3rt_ctx *ctx, void *buf);

/* Whether a GPU is usable: the driver (libcuda.so.1), a device and NVRTC. SE3RT_OK with a
 * one-line description of device 0 in desc ("NVIDIA H100 80GB HBM3, sm_90, driver 13.0,
 * NVRTC 13.0"), or SE3RT_ERR_UNAVAILABLE with what is missing in the ctx message. When the
 * context asks for the emulator (a test aid, see rt_cuda_emu_backend_new) it reports that;
 * SE3RT_ERR_INVALID for a malformed SE3TC_CUDA_EMULATE(_THREADS). */
se3rt_status se3rt_cuda_probe(se3rt_ctx *ctx, char *desc, size_t n);

/* ---- internal: NVRTC ---------------------------------------------------------------------- */

typedef int nvrtcResult_t;                /* nvrtcResult */
typedef struct rt_nvrtc_prog *rt_nvrtc_program; /* nvrtcProgram */

typedef struct rt_nvrtc {
    void *lib;                            /* dlopen handle */
    char path[64];                        /* the soname that opened */
    int major, minor;                     /* nvrtcVersion */
    nvrtcResult_t (*Version)(int *, int *);
    nvrtcResult_t (*CreateProgram)(rt_nvrtc_program *, const char *, const char *, int, const char *const *,
                                   const char *const *);
    nvrtcResult_t (*CompileProgram)(rt_nvrtc_program, int, const char *const *);
    nvrtcResult_t (*GetProgramLogSize)(rt_nvrtc_program, size_t *);
    nvrtcResult_t (*GetProgramLog)(rt_nvrtc_program, char *);
    nvrtcResult_t (*GetPTXSize)(rt_nvrtc_program, size_t *);
    nvrtcResult_t (*GetPTX)(rt_nvrtc_program, char *);
    nvrtcResult_t (*GetCUBINSize)(rt_nvrtc_program, size_t *);
    nvrtcResult_t (*GetCUBIN)(rt_nvrtc_program, char *);
    nvrtcResult_t (*DestroyProgram)(rt_nvrtc_program *);
    const char *(*GetErrorString)(nvrtcResult_t);
    nvrtcResult_t (*GetNumSupportedArchs)(int *);    /* optional (NVRTC >= 11.2) */
    nvrtcResult_t (*GetSupportedArchs)(int *);       /* optional */
} rt_nvrtc;

/* dlopen the context's NVRTC (se3rt_ctx_set_nvrtc, else $SE3TC_NVRTC), else libnvrtc.so.13, .12,
 * .11.2, .11, libnvrtc.so, then the same under the toolkit folder's lib64 (se3rt_ctx_set_cuda_home,
 * else $CUDA_HOME) and /usr/local/cuda/lib64. SE3RT_ERR_UNAVAILABLE names what was tried. */
se3rt_status rt_nvrtc_open(se3rt_ctx *ctx, rt_nvrtc *nv /* OUT */);
void         rt_nvrtc_close(rt_nvrtc *nv);
/* Options NVRTC gets besides --gpu-architecture (part of the cache key). */
#define RT_NVRTC_OPTIONS "--std=c++14"
/* Compile to CUBIN (cubin = 1, --gpu-architecture=sm_XY) or PTX (cubin = 0, compute_XY) for arch
 * "sm_XY". *out is NUL-terminated, freed with se3rt_cuda_buf_free. */
se3rt_status rt_nvrtc_compile(se3rt_ctx *ctx, const rt_nvrtc *nv, const char *src, size_t len,
                              const char *name, const char *arch, int cubin, char **out /* OUT */,
                              size_t *out_len /* OUT */);
/* The highest architecture NVRTC supports that is <= want (e.g. 90 for 90), or -1. */
int          rt_nvrtc_best_arch(const rt_nvrtc *nv, int want);

/* ---- internal: the CUBIN cache ------------------------------------------------------------ */

/* CUBIN of `src` for `arch`: from the cache folder ($SE3TC_CACHE, else $XDG_CACHE_HOME/se3tc,
 * else ~/.cache/se3tc) when an entry with a matching checksum exists, else compiled by NVRTC
 * and published atomically (DIR/cu-KEY.cubin with DIR/cu-KEY.cubin.sum holding a hash of its
 * bytes). KEY hashes source, options, NVRTC version and arch. A truncated or corrupt entry
 * fails the check and is rebuilt. path (if not NULL, >= 4400 bytes) gets the entry's path. */
se3rt_status rt_cuda_cubin_get(se3rt_ctx *ctx, const rt_nvrtc *nv, const char *src, size_t len,
                               const char *name, const char *arch, char **bin /* OUT */,
                               size_t *bin_len /* OUT */, int *from_cache /* OUT */, char *path);

/* ---- internal: the backend interface (as in ggml: a versioned table of operations) --------- */

#define SE3RT_BACKEND_API 1
/* Threads per block of the generated kernels (EMIT_CUDA_THREADS in compiler/emit_cuda.h). */
#define SE3RT_CUDA_THREADS 128

typedef uint64_t se3rt_dptr;              /* a device address (CUdeviceptr) */

typedef struct se3rt_launch {
    const char *kernel;                   /* extern "C" name in the loaded module */
    unsigned grid, block;                 /* 1-D grid and block */
    void **args;                          /* cuLaunchKernel's kernelParams */
} se3rt_launch;

typedef struct se3rt_kernel_info {
    int regs;                             /* registers per thread */
    int shared;                           /* static shared memory, bytes */
    int local;                            /* local memory per thread, bytes (spills) */
    int max_threads;                      /* largest block it can launch with */
} se3rt_kernel_info;

typedef struct se3rt_backend_i {
    int api_version;                      /* SE3RT_BACKEND_API */
    const char  *(*name)(void *impl);     /* one line: device, arch, driver, NVRTC */
    se3rt_status (*load_module)(void *impl, const char *src, size_t len, const char *name);
    se3rt_status (*launch)(void *impl, const se3rt_launch *l);
    se3rt_status (*synchronize)(void *impl);
    se3rt_status (*mem_alloc)(void *impl, size_t bytes, se3rt_dptr *out /* OUT */);
    void         (*mem_free)(void *impl, se3rt_dptr p);
    se3rt_status (*upload)(void *impl, se3rt_dptr dst, const void *src, size_t bytes);
    se3rt_status (*download)(void *impl, void *dst, se3rt_dptr src, size_t bytes);
    se3rt_status (*kernel_info)(void *impl, const char *kernel, se3rt_kernel_info *out /* OUT */);
    int          (*module_from_cache)(void *impl);  /* 1 when the last load needed no compile */
    void         (*free)(void *impl);
} se3rt_backend_i;

/* Probe and open the CUDA backend on device 0 (primary context, one stream of its own). */
se3rt_status rt_cuda_backend_new(se3rt_ctx *ctx, const se3rt_backend_i **iface /* OUT */,
                                 void **impl /* OUT */);

/* The emulator (runtime/cuda/cuda_emu.c, a test aid): when the context asks for it
 * (rt_ctx_cuda_emulation: se3rt_ctx_set_cuda_emulate or SE3TC_CUDA_EMULATE=1) the CUDA source is
 * compiled as C++ by the host compiler and kernels run on `nthreads` CPU threads (1 to
 * SE3RT_CUDA_THREADS), one block at a time. */
se3rt_status rt_cuda_emu_backend_new(se3rt_ctx *ctx, int nthreads, const se3rt_backend_i **iface /* OUT */,
                                     void **impl /* OUT */);

/* ---- internal: a model's forward on the GPU (runtime/cuda/cuda_model.c, used by model.c) --- */

typedef struct rt_cuda_model rt_cuda_model;
struct se3m_io;

/* Compile (or find cached) and load the model's CUDA source; kernels se3_<layer>_forward. */
se3rt_status rt_cuda_model_new(se3rt_ctx *ctx, const char *src, size_t len, const char *name,
                               int nlayers, char *const *layer_names, int f32, int in_dim,
                               rt_cuda_model **out /* OUT */);
void         rt_cuda_model_free(rt_cuda_model *g);
const char  *rt_cuda_model_desc(const rt_cuda_model *g);
/* Run layers 0..upto-1 of io (host arrays at the model's precision; io->work unused) on the GPU,
 * then copy the first res_reals reals of the last layer's output buffer into res. Buffers hold
 * rows x maxd reals each. params are uploaded when params_changed or on the first call.
 * layer_s (optional) gets seconds per layer (synchronised). */
se3rt_status rt_cuda_model_forward(rt_cuda_model *g, const struct se3m_io *io, int64_t nparams,
                                   int params_changed, int64_t rows, int64_t maxd, int upto,
                                   void *res, int64_t res_reals, double *layer_s);
/* Registers, shared and local memory of layer i's kernel. */
se3rt_status rt_cuda_model_kernel_info(rt_cuda_model *g, int i, se3rt_kernel_info *out /* OUT */);

/* ---- internal: gradients on the device (runtime/cuda/cuda_grad.c; docs/cuda.md) ------------- */

/* Whether the loaded source has the backward kernels (se3tc compile --grad: emit_cuda_grad.c). */
int          rt_cuda_model_has_grad(const rt_cuda_model *g);
/* The forward of a gradient: every layer on the device, each layer's output kept there, and a
 * per-graph view of the CSR for the backward; the first res_reals reals of the last layer's
 * output (model precision) into res. Graphs must not share edges. */
se3rt_status rt_cuda_model_grad_forward(rt_cuda_model *g, const struct se3m_io *io, int64_t nparams,
                                        int params_changed, int64_t rows, int64_t maxd, void *res,
                                        int64_t res_reals);
/* The backward after rt_cuda_model_grad_forward: dout (host, double, the last layer's output
 * rows, internal basis) through every layer's se3g_ kernels, last first. dparams (nparams),
 * dx0 (n_nodes x in_dim, internal basis) and dpos (n_nodes x 3) get dL/dweights, dL/d(inputs)
 * and dL/d(positions); each may be NULL (then it stays on the device only). Deterministic:
 * no atomics, fixed summation order. SE3RT_ERR_NOMEM when the device heap ran out. */
se3rt_status rt_cuda_model_grad_backward(rt_cuda_model *g, const double *dout, int64_t dout_reals,
                                         int64_t nparams, double *dparams, double *dx0, double *dpos);

/* ---- internal: the optimiser on the device (runtime/cuda/cuda_opt.c; docs/cuda.md) --------- */

/* The optimiser's kernels (CUDA source, NUL-terminated): rt_cuda_model_new appends them to a
 * model's source that has the backward kernels, so they load as one module. */
extern const char rt_cuda_opt_source[];

/* One step of Adam as runtime/train.c's se3rt_adam_step, with the constants the host computed:
 * c1 = 1 - b1^t, c2 = 1 - b2^t, ob1 = 1 - b1, ob2 = 1 - b2; the gradient times clipf first when
 * clip; then, when ema, ema = decay ema + odecay w (odecay = 1 - decay). */
typedef struct rt_opt_step {
    double lr, c1, c2, b1, b2, ob1, ob2, eps;
    int clip;
    double clipf;
    int ema;
    double decay, odecay;
} rt_opt_step;

/* Upload the optimiser's state (each may be NULL: left as it is): the weights (doubles; also
 * written, at the model's precision, to the buffer the kernels read), Adam's m and v, and the
 * moving average. Buffers are made on first use and kept until the model is freed. */
se3rt_status rt_cuda_model_opt_put(rt_cuda_model *g, int64_t n, const double *params, const double *m,
                                   const double *v, const double *ema);
/* Download the same (each may be NULL). */
se3rt_status rt_cuda_model_opt_get(rt_cuda_model *g, int64_t n, double *params, double *m, double *v,
                                   double *ema);
/* The squared norm of the weight gradient the last backward left on the device (dparams NULL),
 * summed in RT_GRAD_NORM_CHUNK chunks as the CPU does; downloads one double. */
se3rt_status rt_cuda_model_opt_norm2(rt_cuda_model *g, int64_t n, double *norm2);
/* Adam (and the moving average) over the device's weights with that gradient; the weights the
 * forward reads are updated on the device, nothing is copied. */
se3rt_status rt_cuda_model_opt_step(rt_cuda_model *g, int64_t n, const rt_opt_step *s);
/* Bytes copied host -> device and device -> host by this model so far. */
void         rt_cuda_model_traffic(const rt_cuda_model *g, uint64_t *up, uint64_t *down);

#ifdef __cplusplus
}
#endif
#endif
