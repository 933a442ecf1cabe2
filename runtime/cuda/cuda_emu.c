/* cuda_emu.c - a test aid behind the same se3rt_backend_i as the CUDA backend: with
 * SE3TC_CUDA_EMULATE=1 "cuda" runs the generated CUDA source on the CPU. The source is compiled
 * as C++ by the host compiler (rt_ctx_cxx: $CXX, else c++) with a small prelude that maps
 * __global__, __shared__ (function statics: one block runs at a time), threadIdx and
 * __syncthreads (a pthread barrier) onto the host, and each launch runs ONE block of POSIX
 * threads (the context's emulator block size, default 32; rt_ctx_cuda_emulation) over the whole
 * grid (the kernels stride over rows by gridDim.x).
 * Kernels take SE3_PARAMS (emit_cuda.c), except the backward kernels se3g_* (emit_cuda_grad.c),
 * which take one pointer to their argument block.
 * Device memory is host memory. It lets machines without a GPU check the kernels' logic, the
 * argument order and the runtime's GPU path against the CPU code; it says nothing of speed. */
#include "se3rt_cuda.h"

#include <dlfcn.h>
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jit.h"
#include "rt_internal.h"

static const char emu_prelude[] =
    "/* se3tc CUDA emulation prelude (runtime/cuda/cuda_emu.c) */\n"
    "#include <math.h>\n"
    "#include <string.h>\n"
    "#include <pthread.h>\n"
    "struct se3_emu_dim3 { unsigned x, y, z; };\n"
    "static thread_local se3_emu_dim3 threadIdx, blockIdx;\n"
    "static se3_emu_dim3 blockDim, gridDim;\n"
    "static pthread_barrier_t *se3_emu_barrier;\n"
    "extern \"C\" void se3_emu_enter(unsigned tid, unsigned nthreads, void *barrier)\n"
    "{ threadIdx = { tid, 0, 0 }; blockIdx = { 0, 0, 0 }; blockDim = { nthreads, 1, 1 };\n"
    "  gridDim = { 1, 1, 1 }; se3_emu_barrier = (pthread_barrier_t *)barrier; }\n"
    "static inline void __syncthreads(void) { pthread_barrier_wait(se3_emu_barrier); }\n"
    "static inline float __int_as_float(int i) { float f; memcpy(&f, &i, 4); return f; }\n"
    "static inline double __longlong_as_double(long long i) { double d; memcpy(&d, &i, 8); return d; }\n"
    "#define __global__\n"
    "#define __device__\n"
    "#define __forceinline__ inline\n"
    "#define __noinline__ __attribute__((noinline))\n"
    "#define __launch_bounds__(n)\n"
    "#define __align__(n) __attribute__((aligned(n)))\n"
    "#define __restrict__ __restrict\n"
    "#define __shared__ static\n"
    /* The TF32 mode's tensor-core primitives (emit_cuda.c, cu_tf32_primitives), on the host with
     * the same fragment layout: se3_tf32 rounds as cvt.rna.tf32.f32 (to nearest, ties away from
     * zero, 10-bit mantissa, low 13 bits zero); se3_mma_tf32 gathers the 32 lanes' fragments of
     * each warp through a static exchange between two barriers (the generated code calls it
     * equally often from every thread of the block), and each lane computes its four elements of
     * D from the exact products, added in k order in f32. */
    "#define SE3_EMU_MMA 1\n"
    "static inline unsigned __float_as_uint(float f) { unsigned u; memcpy(&u, &f, 4); return u; }\n"
    "static inline float __uint_as_float(unsigned u) { float f; memcpy(&f, &u, 4); return f; }\n"
    "static inline unsigned se3_tf32(float x)\n"
    "{ unsigned u = __float_as_uint(x);\n"
    "  if ((u & 0x7f800000u) == 0x7f800000u) return (u & 0x7fffffu) ? (u | 0x400000u) & 0xffffe000u : u;\n"
    "  return (u + 0x1000u) & 0xffffe000u; }\n"
    "static unsigned se3_emu_mma_ab[4][32][6];\n"
    "static inline void se3_mma_tf32(float d[4], const unsigned a[4], const unsigned b[2])\n"
    "{ const unsigned w = threadIdx.x / 32 % 4, lane = threadIdx.x % 32, g = lane >> 2, t = lane & 3;\n"
    "  unsigned *mine = se3_emu_mma_ab[w][lane];\n"
    "  mine[0] = a[0]; mine[1] = a[1]; mine[2] = a[2]; mine[3] = a[3]; mine[4] = b[0]; mine[5] = b[1];\n"
    "  __syncthreads();\n"
    "  float A[16][8], B[8][8];\n"
    "  for (int q = 0; q < 32; q++) {\n"
    "    const unsigned *f = se3_emu_mma_ab[w][q], gq = q >> 2, tq = q & 3;\n"
    "    A[gq][tq] = __uint_as_float(f[0]); A[gq + 8][tq] = __uint_as_float(f[1]);\n"
    "    A[gq][tq + 4] = __uint_as_float(f[2]); A[gq + 8][tq + 4] = __uint_as_float(f[3]);\n"
    "    B[tq][gq] = __uint_as_float(f[4]); B[tq + 4][gq] = __uint_as_float(f[5]); }\n"
    "  __syncthreads();\n"
    "  for (int i = 0; i < 4; i++) {\n"
    "    const unsigned r = g + 8 * (i >> 1), c = 2 * t + (i & 1);\n"
    "    float s = d[i];\n"
    "    for (int k = 0; k < 8; k++) s += A[r][k] * B[k][c];\n"
    "    d[i] = s; } }\n"
    "#line 1 \"model.cu\"\n";

typedef void (*emu_kernel)(const void *, const void *, const void *, const void *, const void *, const void *,
                           const void *, int32_t, int32_t, const void *, void *, void *);
typedef void (*emu_enter)(unsigned, unsigned, void *);

typedef struct rt_emu {
    se3rt_ctx *ctx;
    void *so;
    emu_enter enter;
    int nthreads;
    int from_cache;
    char desc[200];
} rt_emu;

typedef struct emu_thread {
    rt_emu *em;
    emu_kernel k;
    const se3rt_launch *l;
    pthread_barrier_t *bar;
    unsigned tid;
} emu_thread;

static const char *emu_name(void *impl)
{
    return ((rt_emu *)impl)->desc;
}

/* Compile the prelude + source with $CXX (split at whitespace, no shell) into a private
 * temporary folder, dlopen the object and remove the folder. The object's name holds a hash of
 * the source, so the dynamic loader's reuse of a loaded object by name is always right. */
static se3rt_status emu_load_module(void *impl, const char *src, size_t len, const char *name)
{
    rt_emu *em = impl;
    se3rt_ctx *ctx = em->ctx;
    const char *cxx = rt_ctx_cxx(ctx);
    char **words = NULL, key[65], e1[600];
    int nwords = 0;
    se3rt_status st = rt_split_words(ctx, cxx, &words, &nwords);
    if (st)
        return st;
    if (nwords == 0) {
        rt_free(ctx, words);
        return rt_error(ctx, SE3RT_ERR_INVALID, "emulated CUDA: $CXX holds no command");
    }
    rt_sha256 s;
    rt_sha256_init(&s);
    rt_sha256_update(&s, cxx, strlen(cxx) + 1);
    rt_sha256_update(&s, src, len);
    rt_sha256_hex(&s, key);
    rt_cache c;
    if ((st = rt_cache_private(ctx, &c)) != SE3RT_OK) {
        rt_free(ctx, words);
        return st;
    }
    char cpp[4200], so[4200], log[600];
    snprintf(cpp, sizeof cpp, "%s/m.cpp", c.path);
    snprintf(so, sizeof so, "%s/%.32s.so", c.path, key);
    char *buf = rt_malloc(ctx, sizeof emu_prelude - 1 + len);
    if (!buf)
        st = SE3RT_ERR_NOMEM;
    if (!st) {
        memcpy(buf, emu_prelude, sizeof emu_prelude - 1);
        memcpy(buf + sizeof emu_prelude - 1, src, len);
        st = rt_cache_publish(ctx, &c, "m.cpp", buf, sizeof emu_prelude - 1 + len);
        rt_free(ctx, buf);
    }
    int status = 0;
    if (!st) {
        char *argv[300];
        int k = 0;
        for (int i = 0; i < nwords; i++)
            argv[k++] = words[i];
        char *extra[] = { "-std=c++14", "-O1", "-fPIC", "-shared", "-w", "-o", so, cpp, "-lpthread", NULL };
        for (int i = 0; extra[i]; i++)
            argv[k++] = extra[i];
        argv[k] = NULL;
        st = rt_spawn(ctx, argv, log, sizeof log, &status);
    }
    if (!st && status != 0) {
        for (char *p = log; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t')
                *p = ' ';
        char e2[300];
        st = rt_error(ctx, SE3RT_ERR_COMPILE, "emulated CUDA: %s failed on %s: %s", rt_esc(words[0], e2, sizeof e2), name,
                      rt_esc(log, e1, sizeof e1));
    }
    if (!st) {
        em->so = dlopen(so, RTLD_NOW | RTLD_LOCAL);
        if (!em->so)
            st = rt_error(ctx, SE3RT_ERR_COMPILE, "emulated CUDA: cannot load %s: %s", name, dlerror());
    }
    rt_cache_close(&c);
    rt_free(ctx, words);
    if (st)
        return st;
    *(void **)&em->enter = dlsym(em->so, "se3_emu_enter");
    if (!em->enter)
        return rt_error(ctx, SE3RT_ERR_COMPILE, "emulated CUDA: %s lacks se3_emu_enter", name);
    return SE3RT_OK;
}

static void *emu_thread_main(void *arg)
{
    emu_thread *t = arg;
    void **a = t->l->args;
    t->em->enter(t->tid, (unsigned)t->em->nthreads, t->bar);
    if (strncmp(t->l->kernel, "se3g_", 5) == 0) {
        /* the backward kernels (emit_cuda_grad.c) take one argument: their se3g_args block */
        void (*k1)(const void *);
        *(void **)&k1 = *(void **)&t->k;
        k1(*(void **)a[0]);
        return NULL;
    }
    t->k(*(void **)a[0], *(void **)a[1], *(void **)a[2], *(void **)a[3], *(void **)a[4], *(void **)a[5],
         *(void **)a[6], *(int32_t *)a[7], *(int32_t *)a[8], *(void **)a[9], *(void **)a[10], *(void **)a[11]);
    return NULL;
}

static se3rt_status emu_launch(void *impl, const se3rt_launch *l)
{
    rt_emu *em = impl;
    emu_kernel k;
    *(void **)&k = em->so ? dlsym(em->so, l->kernel) : NULL;
    if (!k)
        return rt_error(em->ctx, SE3RT_ERR_FORMAT, "emulated CUDA: the module has no kernel '%s'", l->kernel);
    const int n = em->nthreads;
    pthread_barrier_t bar;
    pthread_t th[SE3RT_CUDA_THREADS];
    emu_thread ts[SE3RT_CUDA_THREADS];
    pthread_barrier_init(&bar, NULL, (unsigned)n);
    int started = 0;
    for (int i = 0; i < n; i++) {
        ts[i] = (emu_thread){ em, k, l, &bar, (unsigned)i };
        if (pthread_create(&th[i], NULL, emu_thread_main, &ts[i]) != 0)
            break;
        started++;
    }
    if (started < n) {
        /* cannot happen in practice; the started threads would wait forever at the barrier */
        abort();
    }
    for (int i = 0; i < n; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&bar);
    return SE3RT_OK;
}

static se3rt_status emu_synchronize(void *impl)
{
    (void)impl;
    return SE3RT_OK;
}

static se3rt_status emu_mem_alloc(void *impl, size_t bytes, se3rt_dptr *out)
{
    rt_emu *em = impl;
    void *p = rt_calloc(em->ctx, bytes ? bytes : 1, 1);
    *out = (se3rt_dptr)(uintptr_t)p;
    return p ? SE3RT_OK : SE3RT_ERR_NOMEM;
}

static void emu_mem_free(void *impl, se3rt_dptr p)
{
    rt_free(((rt_emu *)impl)->ctx, (void *)(uintptr_t)p);
}

static se3rt_status emu_upload(void *impl, se3rt_dptr dst, const void *src, size_t bytes)
{
    (void)impl;
    if (bytes)
        memcpy((void *)(uintptr_t)dst, src, bytes);
    return SE3RT_OK;
}

static se3rt_status emu_download(void *impl, void *dst, se3rt_dptr src, size_t bytes)
{
    (void)impl;
    if (bytes)
        memcpy(dst, (const void *)(uintptr_t)src, bytes);
    return SE3RT_OK;
}

static se3rt_status emu_kernel_info(void *impl, const char *kernel, se3rt_kernel_info *out)
{
    rt_emu *em = impl;
    if (!em->so || !dlsym(em->so, kernel))
        return rt_error(em->ctx, SE3RT_ERR_FORMAT, "emulated CUDA: the module has no kernel '%s'", kernel);
    *out = (se3rt_kernel_info){ 0, 0, 0, em->nthreads };
    return SE3RT_OK;
}

static int emu_module_from_cache(void *impl)
{
    return ((rt_emu *)impl)->from_cache;
}

static void emu_free(void *impl)
{
    rt_emu *em = impl;
    if (!em)
        return;
    /* the .so stays mapped: its thread_local storage may still be referenced by exited threads */
    rt_free(em->ctx, em);
}

static const se3rt_backend_i emu_iface = {
    .api_version = SE3RT_BACKEND_API,
    .name = emu_name,
    .load_module = emu_load_module,
    .launch = emu_launch,
    .synchronize = emu_synchronize,
    .mem_alloc = emu_mem_alloc,
    .mem_free = emu_mem_free,
    .upload = emu_upload,
    .download = emu_download,
    .kernel_info = emu_kernel_info,
    .module_from_cache = emu_module_from_cache,
    .free = emu_free,
};

_Static_assert(RT_CUDA_EMU_THREADS_MAX == SE3RT_CUDA_THREADS, "the emulator's block is at most the kernels'");

se3rt_status rt_cuda_emu_backend_new(se3rt_ctx *ctx, int nthreads, const se3rt_backend_i **iface, void **impl)
{
    *iface = NULL;
    *impl = NULL;
    if (nthreads < 1 || nthreads > SE3RT_CUDA_THREADS)
        return rt_error(ctx, SE3RT_ERR_INTERNAL, "emulated CUDA: %d threads per block", nthreads);
    rt_emu *em = rt_calloc(ctx, 1, sizeof *em);
    if (!em)
        return SE3RT_ERR_NOMEM;
    em->ctx = ctx;
    em->nthreads = nthreads;
    snprintf(em->desc, sizeof em->desc, "emulated on the CPU (the CUDA emulator, a test aid), one block of %d threads",
             em->nthreads);
    *iface = &emu_iface;
    *impl = em;
    return SE3RT_OK;
}
