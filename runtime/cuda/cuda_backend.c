/* cuda_backend.c - the CUDA backend behind se3rt_backend_i (see se3rt_cuda.h): probes
 * libcuda.so.1 with dlopen, takes device 0's primary context, makes a stream, compiles modules
 * for the device's own architecture through NVRTC and the CUBIN cache, launches kernels and moves
 * memory. Every driver call goes through CU_TRY, which records the call text, the error name,
 * file and line in the ctx message. The driver types used are declared here: no CUDA header. */
#include "se3rt_cuda.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

typedef int CUresult;
typedef int CUdevice;
typedef struct CUctx_st *CUcontext;
typedef struct CUmod_st *CUmodule;
typedef struct CUfunc_st *CUfunction;
typedef struct CUstream_st *CUstream;
typedef unsigned long long CUdeviceptr;

enum {
    CU_SUCCESS = 0,
    CU_ERROR_NO_DEVICE = 100,
    CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16,
    CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75,
    CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76,
    CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 0,
    CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES = 1,
    CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES = 3,
    CU_FUNC_ATTRIBUTE_NUM_REGS = 4,
    CU_STREAM_NON_BLOCKING = 1,
    CU_LIMIT_MALLOC_HEAP_SIZE = 2
};

#define RT_CUDA_MAX_KERNELS 256

typedef struct rt_cuda {
    se3rt_ctx *ctx;
    void *lib;                        /* libcuda.so.1 */
    rt_nvrtc nvrtc;
    CUresult (*cuInit)(unsigned);
    CUresult (*cuDriverGetVersion)(int *);
    CUresult (*cuDeviceGetCount)(int *);
    CUresult (*cuDeviceGet)(CUdevice *, int);
    CUresult (*cuDeviceGetName)(char *, int, CUdevice);
    CUresult (*cuDeviceGetAttribute)(int *, int, CUdevice);
    CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
    CUresult (*cuDevicePrimaryCtxRelease)(CUdevice);
    CUresult (*cuCtxSetCurrent)(CUcontext);
    CUresult (*cuCtxSetLimit)(int, size_t);   /* optional: the device heap of the backward kernels */
    CUresult (*cuStreamCreate)(CUstream *, unsigned);
    CUresult (*cuStreamDestroy)(CUstream);
    CUresult (*cuStreamSynchronize)(CUstream);
    CUresult (*cuModuleLoadData)(CUmodule *, const void *);
    CUresult (*cuModuleUnload)(CUmodule);
    CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
    CUresult (*cuFuncGetAttribute)(int *, int, CUfunction);
    CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,
                               CUstream, void **, void **);
    CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
    CUresult (*cuMemFree)(CUdeviceptr);
    CUresult (*cuMemcpyHtoDAsync)(CUdeviceptr, const void *, size_t, CUstream);
    CUresult (*cuMemcpyDtoHAsync)(void *, CUdeviceptr, size_t, CUstream);
    CUresult (*cuGetErrorName)(CUresult, const char **);
    CUdevice dev;
    CUcontext cuctx;                  /* device 0's primary context (retained) */
    CUstream stream;                  /* this backend's own stream */
    CUmodule mod;
    int from_cache;                   /* the module's CUBIN came from the cache */
    int cc_major, cc_minor, nsm;
    char desc[512];
    int nkernels;
    struct { char name[128]; CUfunction f; } kernels[RT_CUDA_MAX_KERNELS];
} rt_cuda;

/* Record a failed driver call: "CUDA: cuMemAlloc(&p, n) failed: CUDA_ERROR_OUT_OF_MEMORY (file:line)". */
static se3rt_status cu_fail(rt_cuda *cu, CUresult r, const char *call, const char *file, int line)
{
    const char *name = NULL;
    if (!cu->cuGetErrorName || cu->cuGetErrorName(r, &name) != CU_SUCCESS || !name)
        name = "unknown CUDA error";
    return rt_error(cu->ctx, r == CU_ERROR_NO_DEVICE ? SE3RT_ERR_UNAVAILABLE : SE3RT_ERR_INTERNAL,
                    "CUDA: %s failed: %s (%d) at %s:%d", call, name, r, file, line);
}

#define CU_TRY(x)                                                                                          \
    do {                                                                                                   \
        CUresult cu_r_ = (x);                                                                              \
        if (cu_r_ != CU_SUCCESS)                                                                           \
            return cu_fail(cu, cu_r_, #x, __FILE__, __LINE__);                                             \
    } while (0)

static void cu_close(rt_cuda *cu)
{
    if (!cu)
        return;
    se3rt_ctx *ctx = cu->ctx;
    if (cu->cuctx) {
        cu->cuCtxSetCurrent(cu->cuctx);
        if (cu->mod)
            cu->cuModuleUnload(cu->mod);
        if (cu->stream)
            cu->cuStreamDestroy(cu->stream);
        cu->cuDevicePrimaryCtxRelease(cu->dev);
    }
    rt_nvrtc_close(&cu->nvrtc);
    /* libcuda stays mapped: unloading the driver under live threads of its own is unsafe. */
    rt_free(ctx, cu);
}

/* dlopen the driver and look up every entry point; one-line errors naming what is missing. */
static se3rt_status cu_load_driver(rt_cuda *cu)
{
    cu->lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!cu->lib) {
        const char *e = dlerror();
        return rt_error(cu->ctx, SE3RT_ERR_UNAVAILABLE, "libcuda.so.1 not found (%s)", e ? e : "dlopen failed");
    }
#define CU_SYM(field, sym)                                                                                 \
    do {                                                                                                   \
        *(void **)&cu->field = dlsym(cu->lib, sym);                                                        \
        if (!cu->field)                                                                                    \
            return rt_error(cu->ctx, SE3RT_ERR_UNAVAILABLE, "libcuda.so.1 lacks %s (driver too old?)", sym); \
    } while (0)
    CU_SYM(cuGetErrorName, "cuGetErrorName");
    CU_SYM(cuInit, "cuInit");
    CU_SYM(cuDriverGetVersion, "cuDriverGetVersion");
    CU_SYM(cuDeviceGetCount, "cuDeviceGetCount");
    CU_SYM(cuDeviceGet, "cuDeviceGet");
    CU_SYM(cuDeviceGetName, "cuDeviceGetName");
    CU_SYM(cuDeviceGetAttribute, "cuDeviceGetAttribute");
    CU_SYM(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain");
    CU_SYM(cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2");
    CU_SYM(cuCtxSetCurrent, "cuCtxSetCurrent");
    CU_SYM(cuStreamCreate, "cuStreamCreate");
    CU_SYM(cuStreamDestroy, "cuStreamDestroy_v2");
    CU_SYM(cuStreamSynchronize, "cuStreamSynchronize");
    CU_SYM(cuModuleLoadData, "cuModuleLoadData");
    CU_SYM(cuModuleUnload, "cuModuleUnload");
    CU_SYM(cuModuleGetFunction, "cuModuleGetFunction");
    CU_SYM(cuFuncGetAttribute, "cuFuncGetAttribute");
    CU_SYM(cuLaunchKernel, "cuLaunchKernel");
    CU_SYM(cuMemAlloc, "cuMemAlloc_v2");
    CU_SYM(cuMemFree, "cuMemFree_v2");
    CU_SYM(cuMemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2");
    CU_SYM(cuMemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2");
#undef CU_SYM
    *(void **)&cu->cuCtxSetLimit = dlsym(cu->lib, "cuCtxSetLimit");
    return SE3RT_OK;
}

/* Driver, device, NVRTC: everything a probe needs; the context is not touched. */
static se3rt_status cu_probe(rt_cuda *cu)
{
    se3rt_status st = cu_load_driver(cu);
    if (st)
        return st;
    CUresult r = cu->cuInit(0);
    if (r == CU_ERROR_NO_DEVICE)
        return rt_error(cu->ctx, SE3RT_ERR_UNAVAILABLE, "no CUDA device (cuInit: CUDA_ERROR_NO_DEVICE)");
    if (r != CU_SUCCESS) {
        const char *name = NULL;
        cu->cuGetErrorName(r, &name);
        return rt_error(cu->ctx, SE3RT_ERR_UNAVAILABLE, "the CUDA driver does not initialise (cuInit: %s)",
                        name ? name : "unknown error");
    }
    int n = 0, drv = 0;
    CU_TRY(cu->cuDeviceGetCount(&n));
    if (n < 1)
        return rt_error(cu->ctx, SE3RT_ERR_UNAVAILABLE, "no CUDA device");
    CU_TRY(cu->cuDeviceGet(&cu->dev, 0));
    CU_TRY(cu->cuDriverGetVersion(&drv));
    CU_TRY(cu->cuDeviceGetAttribute(&cu->cc_major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, cu->dev));
    CU_TRY(cu->cuDeviceGetAttribute(&cu->cc_minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, cu->dev));
    CU_TRY(cu->cuDeviceGetAttribute(&cu->nsm, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, cu->dev));
    char name[256] = "";
    CU_TRY(cu->cuDeviceGetName(name, (int)sizeof name, cu->dev));
    if ((st = rt_nvrtc_open(cu->ctx, &cu->nvrtc)) != SE3RT_OK)
        return st;
    snprintf(cu->desc, sizeof cu->desc, "%s, sm_%d%d, %d SMs, driver %d.%d, NVRTC %d.%d", name, cu->cc_major,
             cu->cc_minor, cu->nsm, drv / 1000, drv % 1000 / 10, cu->nvrtc.major, cu->nvrtc.minor);
    return SE3RT_OK;
}

se3rt_status se3rt_cuda_probe(se3rt_ctx *ctx, char *desc, size_t n)
{
    int emu_threads = 0;
    se3rt_status st = rt_ctx_cuda_emulation(ctx, &emu_threads);
    if (st != SE3RT_OK)
        return st;
    if (emu_threads) {
        if (desc && n)
            snprintf(desc, n, "emulated on the CPU (the CUDA emulator, a test aid)");
        return SE3RT_OK;
    }
    rt_cuda *cu = rt_calloc(ctx, 1, sizeof *cu);
    if (!cu)
        return SE3RT_ERR_NOMEM;
    cu->ctx = ctx;
    st = cu_probe(cu);
    if (st == SE3RT_OK && desc && n)
        snprintf(desc, n, "%s", cu->desc);
    cu_close(cu);
    return st;
}

/* ---- the interface ------------------------------------------------------------------------ */

static const char *cu_name(void *impl)
{
    return ((rt_cuda *)impl)->desc;
}

static se3rt_status cu_load_module(void *impl, const char *src, size_t len, const char *name)
{
    rt_cuda *cu = impl;
    int want = cu->cc_major * 10 + cu->cc_minor, arch = rt_nvrtc_best_arch(&cu->nvrtc, want);
    if (arch < 0)
        return rt_error(cu->ctx, SE3RT_ERR_UNAVAILABLE, "NVRTC %d.%d supports no architecture up to the device's sm_%d",
                        cu->nvrtc.major, cu->nvrtc.minor, want);
    char archs[16], path[4400];
    snprintf(archs, sizeof archs, "sm_%d", arch);
    CU_TRY(cu->cuCtxSetCurrent(cu->cuctx));
    /* The backward kernels (emit_cuda_grad.c) allocate per-graph scratch from the device heap,
     * whose default (8 MB) is too small for thousands of graphs at once: ask for 1 GB. */
    static const char mark[] = "\n#define SE3G_BACKWARD 1";
    int grad = 0;
    for (size_t i = 0; !grad && len >= sizeof mark - 1 && i <= len - (sizeof mark - 1); i++)
        grad = src[i] == '\n' && memcmp(src + i, mark, sizeof mark - 1) == 0;
    if (grad && cu->cuCtxSetLimit)   /* best effort: once a kernel has used the heap, the context keeps its
                                      * size (another model's module in this process), and a too-small
                                      * heap is reported by the backward itself */
        (void)cu->cuCtxSetLimit(CU_LIMIT_MALLOC_HEAP_SIZE, (size_t)1 << 30);
    char *bin = NULL;
    size_t n = 0;
    se3rt_status st = rt_cuda_cubin_get(cu->ctx, &cu->nvrtc, src, len, name, archs, &bin, &n, &cu->from_cache, path);
    if (st)
        return st;
    if (cu->mod) {
        cu->cuModuleUnload(cu->mod);
        cu->mod = NULL;
        cu->nkernels = 0;
    }
    CUresult r = cu->cuModuleLoadData(&cu->mod, bin);
    if (r != CU_SUCCESS && cu->from_cache) {
        /* a cached CUBIN the driver refuses (hash right, content stale): compile it afresh */
        rt_free(cu->ctx, bin);
        remove(path);
        st = rt_cuda_cubin_get(cu->ctx, &cu->nvrtc, src, len, name, archs, &bin, &n, &cu->from_cache, path);
        if (st)
            return st;
        r = cu->cuModuleLoadData(&cu->mod, bin);
    }
    rt_free(cu->ctx, bin);
    if (r != CU_SUCCESS) {
        cu->mod = NULL;
        return cu_fail(cu, r, "cuModuleLoadData(&mod, cubin)", __FILE__, __LINE__);
    }
    return SE3RT_OK;
}

static se3rt_status cu_function(rt_cuda *cu, const char *kernel, CUfunction *f)
{
    for (int i = 0; i < cu->nkernels; i++)
        if (strcmp(cu->kernels[i].name, kernel) == 0) {
            *f = cu->kernels[i].f;
            return SE3RT_OK;
        }
    if (!cu->mod)
        return rt_error(cu->ctx, SE3RT_ERR_INTERNAL, "CUDA: no module loaded (kernel %s)", kernel);
    CUresult r = cu->cuModuleGetFunction(f, cu->mod, kernel);
    if (r != CU_SUCCESS)
        return rt_error(cu->ctx, SE3RT_ERR_FORMAT, "CUDA: the module has no kernel '%s' (source and manifest from "
                        "different specs?)", kernel);
    if (cu->nkernels < RT_CUDA_MAX_KERNELS && strlen(kernel) < sizeof cu->kernels[0].name) {
        snprintf(cu->kernels[cu->nkernels].name, sizeof cu->kernels[0].name, "%s", kernel);
        cu->kernels[cu->nkernels++].f = *f;
    }
    return SE3RT_OK;
}

static se3rt_status cu_launch(void *impl, const se3rt_launch *l)
{
    rt_cuda *cu = impl;
    CUfunction f;
    se3rt_status st = cu_function(cu, l->kernel, &f);
    if (st)
        return st;
    CU_TRY(cu->cuLaunchKernel(f, l->grid, 1, 1, l->block, 1, 1, 0, cu->stream, l->args, NULL));
    return SE3RT_OK;
}

static se3rt_status cu_synchronize(void *impl)
{
    rt_cuda *cu = impl;
    CU_TRY(cu->cuStreamSynchronize(cu->stream));
    return SE3RT_OK;
}

static se3rt_status cu_mem_alloc(void *impl, size_t bytes, se3rt_dptr *out)
{
    rt_cuda *cu = impl;
    CUdeviceptr p = 0;
    *out = 0;
    CU_TRY(cu->cuCtxSetCurrent(cu->cuctx));
    CU_TRY(cu->cuMemAlloc(&p, bytes ? bytes : 1));
    *out = p;
    return SE3RT_OK;
}

static void cu_mem_free(void *impl, se3rt_dptr p)
{
    rt_cuda *cu = impl;
    if (p)
        cu->cuMemFree(p);
}

static se3rt_status cu_upload(void *impl, se3rt_dptr dst, const void *src, size_t bytes)
{
    rt_cuda *cu = impl;
    if (bytes)
        CU_TRY(cu->cuMemcpyHtoDAsync(dst, src, bytes, cu->stream));
    return SE3RT_OK;
}

static se3rt_status cu_download(void *impl, void *dst, se3rt_dptr src, size_t bytes)
{
    rt_cuda *cu = impl;
    if (bytes)
        CU_TRY(cu->cuMemcpyDtoHAsync(dst, src, bytes, cu->stream));
    CU_TRY(cu->cuStreamSynchronize(cu->stream));
    return SE3RT_OK;
}

static se3rt_status cu_kernel_info(void *impl, const char *kernel, se3rt_kernel_info *out)
{
    rt_cuda *cu = impl;
    CUfunction f;
    se3rt_status st = cu_function(cu, kernel, &f);
    if (st)
        return st;
    CU_TRY(cu->cuFuncGetAttribute(&out->regs, CU_FUNC_ATTRIBUTE_NUM_REGS, f));
    CU_TRY(cu->cuFuncGetAttribute(&out->shared, CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES, f));
    CU_TRY(cu->cuFuncGetAttribute(&out->local, CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES, f));
    CU_TRY(cu->cuFuncGetAttribute(&out->max_threads, CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK, f));
    return SE3RT_OK;
}

static int cu_module_from_cache(void *impl)
{
    return ((rt_cuda *)impl)->from_cache;
}

static void cu_free(void *impl)
{
    cu_close(impl);
}

static const se3rt_backend_i cu_iface = {
    .api_version = SE3RT_BACKEND_API,
    .name = cu_name,
    .load_module = cu_load_module,
    .launch = cu_launch,
    .synchronize = cu_synchronize,
    .mem_alloc = cu_mem_alloc,
    .mem_free = cu_mem_free,
    .upload = cu_upload,
    .download = cu_download,
    .kernel_info = cu_kernel_info,
    .module_from_cache = cu_module_from_cache,
    .free = cu_free,
};

/* Open the device: probe, retain the primary context, make a stream. */
static se3rt_status cu_open(rt_cuda *cu)
{
    se3rt_status st = cu_probe(cu);
    if (st)
        return st;
    CU_TRY(cu->cuDevicePrimaryCtxRetain(&cu->cuctx, cu->dev));
    CU_TRY(cu->cuCtxSetCurrent(cu->cuctx));
    CU_TRY(cu->cuStreamCreate(&cu->stream, CU_STREAM_NON_BLOCKING));
    return SE3RT_OK;
}

se3rt_status rt_cuda_backend_new(se3rt_ctx *ctx, const se3rt_backend_i **iface, void **impl)
{
    *iface = NULL;
    *impl = NULL;
    rt_cuda *cu = rt_calloc(ctx, 1, sizeof *cu);
    if (!cu)
        return SE3RT_ERR_NOMEM;
    cu->ctx = ctx;
    se3rt_status st = cu_open(cu);
    if (st) {
        cu_close(cu);
        return st;
    }
    *iface = &cu_iface;
    *impl = cu;
    return SE3RT_OK;
}
