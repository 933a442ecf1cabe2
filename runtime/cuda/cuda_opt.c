/* cuda_opt.c - the optimiser on the device (docs/cuda.md, "Training on the device"): Adam, the
 * gradient norm for clipping and the moving average of the weights run as kernels over device
 * buffers that live for the whole run, so a training step moves no weights, gradients or
 * optimiser state between host and device; the host copies them only for evaluation,
 * checkpoints and resume.
 *
 * The kernels are hand-written here, not generated: they depend on the number of weights alone,
 * not on the spec. They are appended to the model's generated source when it has the backward
 * kernels, so they compile (NVRTC, or the emulator's host compiler) and load as one module with
 * one CUBIN cache entry, and the backend interface stays as it is. Every operation is written
 * with the round-to-nearest intrinsics (__dmul_rn, __dadd_rn, ...), which the compiler may not
 * fuse into multiply-adds, in the order of runtime/train.c's se3rt_adam_step, se3rt_clip_grad
 * and se3rt_ema_update: the device's Adam step is the CPU's bit for bit, on a GPU as under the
 * emulator. The gradient norm sums fixed chunks of RT_GRAD_NORM_CHUNK squares (one thread each,
 * in index order), then the chunks' sums in order, as the CPU does: deterministic, no atomics. */
#include "se3rt_cuda.h"
#include "cuda_model_impl.h"

#include <string.h>

#include "rt_internal.h"

#define CO_STR2(x) #x
#define CO_STR(x) CO_STR2(x)

/* se3g_opt_args below: every member 8 bytes, in this order. */
typedef struct co_args {
    se3rt_dptr master, params, grad, m, v, ema, norm;
    int64_t n, f32, clip, has_ema;
    double lr, c1, c2, b1, b2, ob1, ob2, eps, clipf, decay, odecay;
} co_args;
_Static_assert(sizeof(co_args) == 22 * 8, "se3g_opt_args is 22 members of 8 bytes");

const char rt_cuda_opt_source[] =
    "\n/* ---- the optimiser on the device (appended by the runtime: runtime/cuda/cuda_opt.c) ---- */\n"
    "#ifndef __CUDA_ARCH__\n"
    "/* on the host (the emulator) plain operators: the C compiler does not contract them either */\n"
    "static inline double __dmul_rn(double a, double b) { return a * b; }\n"
    "static inline double __dadd_rn(double a, double b) { return a + b; }\n"
    "static inline double __dsub_rn(double a, double b) { return a - b; }\n"
    "static inline double __ddiv_rn(double a, double b) { return a / b; }\n"
    "static inline double __dsqrt_rn(double a) { return sqrt(a); }\n"
    "#endif\n"
    "#define SE3G_OPT_CHUNK " CO_STR(RT_GRAD_NORM_CHUNK) "\n"
    "struct se3g_opt_args {\n"
    "    double *master; void *params; const double *grad; double *m, *v, *ema, *norm;\n"
    "    long long n, f32, clip, has_ema;\n"
    "    double lr, c1, c2, b1, b2, ob1, ob2, eps, clipf, decay, odecay;\n"
    "};\n"
    "/* norm[c] = the sum of grad[k]^2 over chunk c, k ascending: one thread per chunk */\n"
    "extern \"C\" __global__ void se3g_opt_norm_chunks(const se3g_opt_args *a)\n"
    "{\n"
    "    const long long nc = (a->n + SE3G_OPT_CHUNK - 1) / SE3G_OPT_CHUNK;\n"
    "    for (long long c = (long long)blockIdx.x * blockDim.x + threadIdx.x; c < nc;\n"
    "         c += (long long)gridDim.x * blockDim.x) {\n"
    "        const long long k1 = (c + 1) * SE3G_OPT_CHUNK < a->n ? (c + 1) * SE3G_OPT_CHUNK : a->n;\n"
    "        double s = 0;\n"
    "        for (long long k = c * SE3G_OPT_CHUNK; k < k1; k++)\n"
    "            s = __dadd_rn(s, __dmul_rn(a->grad[k], a->grad[k]));\n"
    "        a->norm[c + 1] = s;\n"
    "    }\n"
    "}\n"
    "/* norm[0] = the chunks' sums added in order (one thread) */\n"
    "extern \"C\" __global__ void se3g_opt_norm_sum(const se3g_opt_args *a)\n"
    "{\n"
    "    if (blockIdx.x != 0 || threadIdx.x != 0)\n"
    "        return;\n"
    "    const long long nc = (a->n + SE3G_OPT_CHUNK - 1) / SE3G_OPT_CHUNK;\n"
    "    double s = 0;\n"
    "    for (long long c = 0; c < nc; c++)\n"
    "        s = __dadd_rn(s, a->norm[c + 1]);\n"
    "    a->norm[0] = s;\n"
    "}\n"
    "/* One Adam step (clipping the gradient by clipf when clip), the weights the kernels read\n"
    " * (params, the model's precision) from the optimiser's (master), and the moving average */\n"
    "extern \"C\" __global__ void se3g_opt_adam(const se3g_opt_args *a)\n"
    "{\n"
    "    for (long long k = (long long)blockIdx.x * blockDim.x + threadIdx.x; k < a->n;\n"
    "         k += (long long)gridDim.x * blockDim.x) {\n"
    "        double g = a->grad[k];\n"
    "        if (a->clip)\n"
    "            g = __dmul_rn(g, a->clipf);\n"
    "        const double m = __dadd_rn(__dmul_rn(a->b1, a->m[k]), __dmul_rn(a->ob1, g));\n"
    "        const double v = __dadd_rn(__dmul_rn(a->b2, a->v[k]), __dmul_rn(__dmul_rn(a->ob2, g), g));\n"
    "        a->m[k] = m;\n"
    "        a->v[k] = v;\n"
    "        const double step = __ddiv_rn(__dmul_rn(a->lr, __ddiv_rn(m, a->c1)),\n"
    "                                      __dadd_rn(__dsqrt_rn(__ddiv_rn(v, a->c2)), a->eps));\n"
    "        const double w = __dsub_rn(a->master[k], step);\n"
    "        a->master[k] = w;\n"
    "        if (a->f32)\n"
    "            ((float *)a->params)[k] = (float)w;\n"
    "        else\n"
    "            ((double *)a->params)[k] = w;\n"
    "        if (a->has_ema)\n"
    "            a->ema[k] = __dadd_rn(__dmul_rn(a->decay, a->ema[k]), __dmul_rn(a->odecay, w));\n"
    "    }\n"
    "}\n"
    "/* params (the model's precision) from master, after an upload of the optimiser's weights */\n"
    "extern \"C\" __global__ void se3g_opt_cast(const se3g_opt_args *a)\n"
    "{\n"
    "    for (long long k = (long long)blockIdx.x * blockDim.x + threadIdx.x; k < a->n;\n"
    "         k += (long long)gridDim.x * blockDim.x) {\n"
    "        if (a->f32)\n"
    "            ((float *)a->params)[k] = (float)a->master[k];\n"
    "        else\n"
    "            ((double *)a->params)[k] = a->master[k];\n"
    "    }\n"
    "}\n";

static unsigned co_blocks(int64_t n)
{
    int64_t b = (n + SE3RT_CUDA_THREADS - 1) / SE3RT_CUDA_THREADS;
    return (unsigned)(b < 1 ? 1 : b > 65535 ? 65535 : b);
}

static se3rt_status co_need_grad(rt_cuda_model *g)
{
    if (!g->has_grad)
        return rt_error(g->ctx, SE3RT_ERR_INVALID, "the CUDA source has no backward kernels (compile with --grad)");
    return SE3RT_OK;
}

/* Upload the argument block (a NULL: the last one again) and launch `kernel` over `threads` threads. */
static se3rt_status co_launch(rt_cuda_model *g, const co_args *a, const char *kernel, int64_t threads)
{
    se3rt_status st = a ? rt_cu_put(g, CB_OARGS, a, sizeof *a) : SE3RT_OK;
    if (st)
        return st;
    se3rt_dptr ap = g->buf[CB_OARGS].p;
    void *args[] = { &ap };
    se3rt_launch l = { .kernel = kernel, .grid = co_blocks(threads), .block = SE3RT_CUDA_THREADS, .args = args };
    return g->be->launch(g->impl, &l);
}

static co_args co_base(const rt_cuda_model *g, int64_t n)
{
    return (co_args){ .master = g->buf[CB_MASTER].p, .params = g->buf[CB_PARAMS].p, .grad = g->buf[CB_DPARAMS].p,
                      .m = g->buf[CB_ADAM_M].p, .v = g->buf[CB_ADAM_V].p, .ema = g->opt_ema ? g->buf[CB_EMA].p : 0,
                      .norm = g->buf[CB_NORM].p, .n = n, .f32 = g->f32, .has_ema = g->opt_ema };
}

se3rt_status rt_cuda_model_opt_put(rt_cuda_model *g, int64_t n, const double *params, const double *m,
                                   const double *v, const double *ema)
{
    se3rt_status st = co_need_grad(g);
    const size_t bytes = (size_t)(n > 0 ? n : 1) * sizeof(double);
    if (!st && params) {
        const size_t R = g->f32 ? sizeof(float) : sizeof(double);
        if (!(st = rt_cu_put(g, CB_MASTER, params, bytes)) &&
            !(st = rt_cu_reserve(g, CB_PARAMS, (size_t)(n > 0 ? n : 1) * R))) {
            co_args a = co_base(g, n);
            st = co_launch(g, &a, "se3g_opt_cast", n);
            if (!st)
                g->params_on_device = 1;
        }
    }
    if (!st && m)
        st = rt_cu_put(g, CB_ADAM_M, m, bytes);
    if (!st && v)
        st = rt_cu_put(g, CB_ADAM_V, v, bytes);
    if (!st && ema && !(st = rt_cu_put(g, CB_EMA, ema, bytes)))
        g->opt_ema = 1;
    return st;
}

se3rt_status rt_cuda_model_opt_get(rt_cuda_model *g, int64_t n, double *params, double *m, double *v, double *ema)
{
    se3rt_status st = co_need_grad(g);
    const size_t bytes = (size_t)n * sizeof(double);
    if (!st && (st = g->be->synchronize(g->impl)) == SE3RT_OK && params)
        st = g->buf[CB_MASTER].cap >= bytes ? rt_cu_down(g, params, g->buf[CB_MASTER].p, bytes)
                                            : rt_error(g->ctx, SE3RT_ERR_INTERNAL, "no optimiser weights on the device");
    if (!st && m)
        st = rt_cu_down(g, m, g->buf[CB_ADAM_M].p, bytes);
    if (!st && v)
        st = rt_cu_down(g, v, g->buf[CB_ADAM_V].p, bytes);
    if (!st && ema)
        st = g->opt_ema ? rt_cu_down(g, ema, g->buf[CB_EMA].p, bytes)
                        : rt_error(g->ctx, SE3RT_ERR_INTERNAL, "no moving average on the device");
    return st;
}

se3rt_status rt_cuda_model_opt_norm2(rt_cuda_model *g, int64_t n, double *norm2)
{
    se3rt_status st = co_need_grad(g);
    const int64_t nc = (n + RT_GRAD_NORM_CHUNK - 1) / RT_GRAD_NORM_CHUNK;
    if (!st)
        st = rt_cu_reserve(g, CB_NORM, (size_t)(nc + 1) * sizeof(double));
    co_args a = co_base(g, n);
    if (!st)
        st = co_launch(g, &a, "se3g_opt_norm_chunks", nc);
    if (!st)
        st = co_launch(g, NULL, "se3g_opt_norm_sum", 1);
    if (!st)
        st = rt_cu_down(g, norm2, g->buf[CB_NORM].p, sizeof *norm2);
    return st;
}

se3rt_status rt_cuda_model_opt_step(rt_cuda_model *g, int64_t n, const rt_opt_step *s)
{
    se3rt_status st = co_need_grad(g);
    if (!st && (g->buf[CB_MASTER].cap < (size_t)n * sizeof(double) || (s->ema && !g->opt_ema)))
        st = rt_error(g->ctx, SE3RT_ERR_INTERNAL, "a device optimiser step before its state was uploaded");
    co_args a = co_base(g, n);
    a.clip = s->clip, a.has_ema = s->ema != 0;
    a.lr = s->lr, a.c1 = s->c1, a.c2 = s->c2, a.b1 = s->b1, a.b2 = s->b2, a.ob1 = s->ob1, a.ob2 = s->ob2;
    a.eps = s->eps, a.clipf = s->clipf, a.decay = s->decay, a.odecay = s->odecay;
    if (!st)
        st = co_launch(g, &a, "se3g_opt_adam", n);
    return st;
}

void rt_cuda_model_traffic(const rt_cuda_model *g, uint64_t *up, uint64_t *down)
{
    *up = g->bytes_up;
    *down = g->bytes_down;
}
