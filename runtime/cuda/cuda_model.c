/* cuda_model.c - a model's forward pass on the GPU (see se3rt_cuda.h), used by runtime/model.c
 * once `se3rt_model_set_device` chose CUDA. Graph building, input conversion and output layout
 * stay on the CPU; this uploads weights (when changed), the CSR graph, positions and inputs into
 * device buffers kept between calls (grown on demand), launches one kernel per layer on the
 * model's own stream over two ping-pong activation buffers, and downloads the result. */
#include "se3rt_cuda.h"
#include "cuda_model_impl.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "rt_internal.h"
#include "se3rt_abi.h"

void rt_cuda_model_free(rt_cuda_model *g)
{
    if (!g)
        return;
    se3rt_ctx *ctx = g->ctx;
    if (g->be) {
        for (int i = 0; i < CB_COUNT; i++)
            g->be->mem_free(g->impl, g->buf[i].p);
        g->be->free(g->impl);
    }
    for (int i = 0; g->kernels && i < g->nlayers; i++)
        rt_free(ctx, g->kernels[i]);
    for (int i = 0; g->edge_kernels && i < g->nlayers; i++)
        rt_free(ctx, g->edge_kernels[i]);
    for (int i = 0; g->names && i < g->nlayers; i++)
        rt_free(ctx, g->names[i]);
    rt_free(ctx, g->names);
    rt_free(ctx, g->grad_split);
    rt_free(ctx, g->grad_kv);
    rt_free(ctx, g->fw_kv);
    rt_free(ctx, g->kernels);
    rt_free(ctx, g->edge_kernels);
    rt_free(ctx, g);
}

/* The first occurrence of needle in src[0, len), or NULL. */
static const char *cu_memmem(const char *src, size_t len, const char *needle)
{
    const size_t n = strlen(needle);
    for (size_t i = 0; n <= len && i <= len - n; i++)
        if (src[i] == needle[0] && memcmp(src + i, needle, n) == 0)
            return src + i;
    return NULL;
}

/* The decimal integer after `key` in the source (0 when absent). */
static int cu_source_int(const char *src, size_t len, const char *key)
{
    const char *p = cu_memmem(src, len, key);
    long v = 0;
    if (p)
        for (p += strlen(key); p < src + len && *p >= '0' && *p <= '9' && v < 1000000; p++)
            v = v * 10 + (*p - '0');
    return (int)v;
}

se3rt_status rt_cuda_model_new(se3rt_ctx *ctx, const char *src, size_t len, const char *name, int nlayers,
                               char *const *layer_names, int f32, int in_dim, rt_cuda_model **out)
{
    *out = NULL;
    rt_cuda_model *g = rt_calloc(ctx, 1, sizeof *g);
    if (!g)
        return SE3RT_ERR_NOMEM;
    g->ctx = ctx;
    g->f32 = f32;
    g->in_dim = in_dim;
    g->nlayers = nlayers;
    g->kernels = rt_calloc(ctx, (size_t)(nlayers ? nlayers : 1), sizeof *g->kernels);
    g->edge_kernels = rt_calloc(ctx, (size_t)(nlayers ? nlayers : 1), sizeof *g->edge_kernels);
    g->names = rt_calloc(ctx, (size_t)(nlayers ? nlayers : 1), sizeof *g->names);
    g->grad_split = rt_calloc(ctx, (size_t)(nlayers ? nlayers : 1), sizeof *g->grad_split);
    g->grad_kv = rt_calloc(ctx, (size_t)(nlayers ? nlayers : 1), sizeof *g->grad_kv);
    g->fw_kv = rt_calloc(ctx, (size_t)(nlayers ? nlayers : 1), sizeof *g->fw_kv);
    se3rt_status st = g->kernels && g->edge_kernels && g->names && g->grad_split && g->grad_kv && g->fw_kv
                          ? SE3RT_OK : SE3RT_ERR_NOMEM;
    for (int i = 0; st == SE3RT_OK && i < nlayers; i++)
        g->fw_kv[i] = -1;
    /* backward kernels (emit_cuda_grad.c, --grad) */
    g->has_grad = cu_memmem(src, len, "\n#define SE3G_BACKWARD 1\n") != NULL;
    if (g->has_grad) {
        const char *w = cu_memmem(src, len, "\n#define SE3G_MAX_LAYER_WEIGHTS ");
        for (w = w ? w + strlen("\n#define SE3G_MAX_LAYER_WEIGHTS ") : NULL; w && w < src + len && *w >= '0' && *w <= '9'
                                                                            && g->grad_maxw < ((int64_t)1 << 40); w++)
            g->grad_maxw = g->grad_maxw * 10 + (*w - '0');
        if (g->grad_maxw < 1)
            g->has_grad = 0;
    }
    /* The tiled kernels (compiler/emit_cuda.h) declare their scratch and tile size as macros, and
     * a message-passing layer's edge kernel runs before its forward kernel. */
    if (g->has_grad)
        g->grad_node_part = cu_source_int(src, len, "\n#define SE3G_NODE_PART ");
    g->edge_scratch = cu_source_int(src, len, "\n#define SE3_EDGE_SCRATCH ");
    g->edge_tile = cu_source_int(src, len, "\n#define SE3_EDGE_TILE ");
    g->edge_groups = cu_source_int(src, len, "\n#define SE3_EDGE_GROUPS ");
    if (g->edge_tile < 1)
        g->edge_tile = 1;
    if (g->edge_groups < 1)
        g->edge_groups = 1;
    for (int i = 0; st == SE3RT_OK && i < nlayers; i++) {
        size_t n = strlen(layer_names[i]) + 64;
        if (!(g->names[i] = rt_malloc(ctx, n)))
            st = SE3RT_ERR_NOMEM;
        else
            snprintf(g->names[i], n, "%s", layer_names[i]);
        if (st || !(g->kernels[i] = rt_malloc(ctx, n)))
            st = SE3RT_ERR_NOMEM;
        else
            snprintf(g->kernels[i], n, "se3_%s_forward", layer_names[i]);
        char *def = st ? NULL : rt_malloc(ctx, n);
        if (!st && !def)
            st = SE3RT_ERR_NOMEM;
        if (def && g->has_grad) {   /* a layer whose backward runs per chunk of receivers (cuda_grad.c) */
            snprintf(def, n, "__launch_bounds__(SE3_THREADS) se3g_%s_nodes(const se3g_args *a)", layer_names[i]);
            g->grad_split[i] = cu_memmem(src, len, def) != NULL;
            /* an attention layer's keys and values, which the training forward can keep */
            snprintf(def, n, "\n#define SE3G_KEEP_%s ", layer_names[i]);
            g->grad_kv[i] = cu_source_int(src, len, def);
            snprintf(def, n, "\n#define SE3G_ROWWISE_%s 1\n", layer_names[i]);
            if (!g->grad_split[i] && cu_memmem(src, len, def))
                g->grad_split[i] = 2;
        }
        if (def) {
            snprintf(def, n, "__launch_bounds__(SE3_THREADS) se3_%s_edges(SE3_PARAMS)", layer_names[i]);
            if (g->edge_scratch > 0 && cu_memmem(src, len, def)) {
                snprintf(def, n, "se3_%s_edges", layer_names[i]);
                g->edge_kernels[i] = def;
            } else {
                rt_free(ctx, def);
            }
        }
    }
    int emu_threads = 0;   /* the context's choice of device: 0 the GPU, else the emulator's block */
    if (st == SE3RT_OK)
        st = rt_ctx_cuda_emulation(ctx, &emu_threads);
    if (st == SE3RT_OK)
        st = emu_threads ? rt_cuda_emu_backend_new(ctx, emu_threads, &g->be, &g->impl)
                         : rt_cuda_backend_new(ctx, &g->be, &g->impl);
    if (st == SE3RT_OK && g->be->api_version != SE3RT_BACKEND_API)
        st = rt_error(ctx, SE3RT_ERR_INTERNAL, "CUDA backend API %d, expected %d", g->be->api_version,
                      SE3RT_BACKEND_API);
    char prog[300];
    snprintf(prog, sizeof prog, "%.280s.cu", name);
    /* the optimiser's kernels (cuda_opt.c) go with the backward's: one module, one cache entry */
    char *full = NULL;
    size_t flen = len;
    if (st == SE3RT_OK && g->has_grad) {
        const size_t olen = strlen(rt_cuda_opt_source);
        if (!(full = rt_malloc(ctx, len + olen + 1)))
            st = SE3RT_ERR_NOMEM;
        else {
            memcpy(full, src, len);
            memcpy(full + len, rt_cuda_opt_source, olen + 1);
            flen = len + olen;
        }
    }
    if (st == SE3RT_OK)
        st = g->be->load_module(g->impl, full ? full : src, flen, prog);
    rt_free(ctx, full);
    /* look every kernel up now, so a source/manifest mismatch fails here, not mid-forward */
    for (int i = 0; st == SE3RT_OK && i < nlayers; i++) {
        se3rt_kernel_info ki;
        st = g->be->kernel_info(g->impl, g->kernels[i], &ki);
        if (st == SE3RT_OK && g->edge_kernels[i])
            st = g->be->kernel_info(g->impl, g->edge_kernels[i], &ki);
        char kn[300];
        snprintf(kn, sizeof kn, "se3g_%.200s_backward", g->names[i]);
        if (st == SE3RT_OK && g->has_grad)
            st = g->be->kernel_info(g->impl, kn, &ki);
        snprintf(kn, sizeof kn, "se3g_%.200s_reduce", g->names[i]);
        if (st == SE3RT_OK && g->has_grad)
            st = g->be->kernel_info(g->impl, kn, &ki);
        snprintf(kn, sizeof kn, "se3g_%.200s_nodes", g->names[i]);
        if (st == SE3RT_OK && g->grad_split[i] == 1)
            st = g->be->kernel_info(g->impl, kn, &ki);
        if (st == SE3RT_OK && g->grad_kv[i] > 0)
            st = g->be->kernel_info(g->impl, "se3g_keep_kv", &ki);
    }
    static const char *const opt_kernels[] = { "se3g_opt_norm_chunks", "se3g_opt_norm_sum", "se3g_opt_adam",
                                               "se3g_opt_cast" };
    for (size_t i = 0; st == SE3RT_OK && g->has_grad && i < sizeof opt_kernels / sizeof *opt_kernels; i++) {
        se3rt_kernel_info ki;
        st = g->be->kernel_info(g->impl, opt_kernels[i], &ki);
    }
    if (st) {
        rt_cuda_model_free(g);
        return st;
    }
    snprintf(g->desc, sizeof g->desc, "cuda (%s; %s)", g->be->name(g->impl),
             g->be->module_from_cache(g->impl) ? "kernels from the CUBIN cache" : "kernels compiled now");
    *out = g;
    return SE3RT_OK;
}

const char *rt_cuda_model_desc(const rt_cuda_model *g)
{
    return g->desc;
}

se3rt_status rt_cuda_model_kernel_info(rt_cuda_model *g, int i, se3rt_kernel_info *out)
{
    if (i < 0 || i >= g->nlayers)
        return rt_error(g->ctx, SE3RT_ERR_INVALID, "no layer %d", i);
    /* the edge kernel where there is one: it does the layer's arithmetic */
    return g->be->kernel_info(g->impl, g->edge_kernels[i] ? g->edge_kernels[i] : g->kernels[i], out);
}

/* Make buffer b hold at least `bytes` (contents are not kept). */
se3rt_status rt_cu_reserve(rt_cuda_model *g, int b, size_t bytes)
{
    if (bytes == 0)
        bytes = 16;
    if (g->buf[b].cap >= bytes)
        return SE3RT_OK;
    g->be->mem_free(g->impl, g->buf[b].p);
    g->buf[b].p = 0;
    g->buf[b].cap = 0;
    se3rt_status st = g->be->mem_alloc(g->impl, bytes, &g->buf[b].p);
    if (st == SE3RT_OK)
        g->buf[b].cap = bytes;
    if (b == CB_PARAMS)
        g->params_on_device = 0;
    return st;
}

se3rt_status rt_cu_up(rt_cuda_model *g, se3rt_dptr dst, const void *src, size_t bytes)
{
    g->bytes_up += bytes;
    return g->be->upload(g->impl, dst, src, bytes);
}

se3rt_status rt_cu_down(rt_cuda_model *g, void *dst, se3rt_dptr src, size_t bytes)
{
    g->bytes_down += bytes;
    return g->be->download(g->impl, dst, src, bytes);
}

se3rt_status rt_cu_put(rt_cuda_model *g, int b, const void *host, size_t bytes)
{
    se3rt_status st = rt_cu_reserve(g, b, bytes);
    if (st == SE3RT_OK && host)
        st = rt_cu_up(g, g->buf[b].p, host, bytes);
    return st;
}

se3rt_dptr rt_cu_act(const rt_cuda_model *g, int i, int64_t rows, int64_t maxd, int keep)
{
    const size_t R = g->f32 ? sizeof(float) : sizeof(double);
    const int64_t k = keep ? i : se3m_out_buffer(i);
    return g->buf[CB_WORK].p + (se3rt_dptr)(k * rows * maxd) * R;
}

static double cu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

se3rt_status rt_cuda_model_forward(rt_cuda_model *g, const se3m_io *io, int64_t nparams, int params_changed,
                                   int64_t rows, int64_t maxd, int upto, void *res, int64_t res_reals,
                                   double *layer_s)
{
    return rt_cu_forward(g, io, nparams, params_changed, rows, maxd, upto, res, res_reals, layer_s, 0);
}

se3rt_status rt_cu_forward(rt_cuda_model *g, const se3m_io *io, int64_t nparams, int params_changed, int64_t rows,
                           int64_t maxd, int upto, void *res, int64_t res_reals, double *layer_s, int keep)
{
    const size_t R = g->f32 ? sizeof(float) : sizeof(double);
    const int64_t nn = io->n_nodes, ne = io->n_edges;
    se3rt_status st = SE3RT_OK;
    if (params_changed || !g->params_on_device) {
        if ((st = rt_cu_put(g, CB_PARAMS, io->params, (size_t)(nparams > 0 ? nparams : 1) * R)) != SE3RT_OK)
            return st;
        g->params_on_device = 1;
    }
    if ((st = rt_cu_put(g, CB_POS, io->pos, (size_t)nn * 3 * sizeof(double))) ||  /* always double */
        (st = rt_cu_put(g, CB_X0, io->node_in, (size_t)nn * (size_t)g->in_dim * R)) ||
        (st = rt_cu_put(g, CB_ROW, io->row, (size_t)(nn + 1) * sizeof(int64_t))) ||
        (st = rt_cu_put(g, CB_SRC, io->src, (size_t)ne * sizeof(int32_t))) ||
        (st = rt_cu_put(g, CB_GPTR, io->graph_ptr, (size_t)(io->n_graphs + 1) * sizeof(int32_t))) ||
        (st = rt_cu_put(g, CB_EA, io->edge_attr, io->edge_attr ? (size_t)ne * 4 * R : 0)) ||
        (st = rt_cu_reserve(g, CB_WORK, (size_t)((keep ? upto : SE3M_NBUFFERS) * rows * maxd) * R)) ||
        (st = rt_cu_reserve(g, CB_EDGE, (size_t)ne * (size_t)g->edge_scratch * R)))
        return st;
    /* Kernel parameters, in the order of SE3_PARAMS in the generated source. */
    se3rt_dptr P = g->buf[CB_PARAMS].p, pos = g->buf[CB_POS].p, x0 = g->buf[CB_X0].p;
    se3rt_dptr ea = io->edge_attr ? g->buf[CB_EA].p : 0, row = g->buf[CB_ROW].p, src = g->buf[CB_SRC].p;
    se3rt_dptr gptr = g->buf[CB_GPTR].p;
    int32_t n_nodes = io->n_nodes, n_graphs = io->n_graphs;
    se3rt_dptr in = x0, outp = 0, E = g->buf[CB_EDGE].p;
    void *args[] = { &P, &pos, &x0, &ea, &row, &src, &gptr, &n_nodes, &n_graphs, &in, &outp, &E };
    const int64_t tiles = (ne + g->edge_tile - 1) / g->edge_tile * g->edge_groups;   /* blocks */
    const unsigned grid = (unsigned)(nn > io->n_graphs ? nn : io->n_graphs);
    for (int i = 0; i < upto && st == SE3RT_OK; i++) {
        in = i == 0 ? x0 : rt_cu_act(g, i - 1, rows, maxd, keep);
        outp = rt_cu_act(g, i, rows, maxd, keep);
        double t0 = layer_s ? cu_now() : 0;
        if (g->edge_kernels[i] && tiles > 0) {
            se3rt_launch le = { .kernel = g->edge_kernels[i], .grid = (unsigned)(tiles < 1 << 30 ? tiles : 1 << 30),
                                .block = SE3RT_CUDA_THREADS, .args = args };
            st = g->be->launch(g->impl, &le);
        }
        se3rt_launch l = { .kernel = g->kernels[i], .grid = grid ? grid : 1, .block = SE3RT_CUDA_THREADS, .args = args };
        if (st == SE3RT_OK)
            st = g->be->launch(g->impl, &l);
        if (st == SE3RT_OK && keep)
            st = rt_cu_keep_kv(g, i, ne);
        if (st == SE3RT_OK && layer_s) {
            st = g->be->synchronize(g->impl);
            layer_s[i] = cu_now() - t0;
        }
    }
    if (st == SE3RT_OK && upto > 0 && res)
        st = rt_cu_down(g, res, rt_cu_act(g, upto - 1, rows, maxd, keep), (size_t)res_reals * R);
    else if (st == SE3RT_OK)
        st = g->be->synchronize(g->impl);
    return st;
}
