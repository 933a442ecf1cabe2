/* cuda_grad.c - gradients on the device (docs/cuda.md, "Backward kernels"): the forward with
 * every layer's output kept in device memory, then the generated backward kernels
 * (compiler/emit/emit_cuda_grad.c) last layer first (Adam on the device: cuda_opt.c).
 *
 * Per call the host uploads the batch (as the forward does), a per-graph view of its CSR (each
 * graph's offsets from its first edge, and senders numbered within their graph, so one thread
 * can run the CPU backward's code over its graph alone) and one argument block per layer; it
 * downloads the model's output (for the loss, computed on the host) and uploads dL/d(output).
 * Weight gradients stay on the device unless asked for.
 *
 * Keys and values: the forward copies each attention layer's rows of the edge scratch E (the
 * tiled family's edge kernel writes them there: edge order, key then value, as the CPU's keep)
 * into CB_KV with se3g_keep_kv, layers in forward order while the total fits CG_KEEP_KB
 * ($SE3TC_CUDA_GRAD_KEEP_KB; 0 keeps nothing), and the layer's backward reads them there
 * instead of recomputing them (se3b_SHAPE_backward_kv). Without E (the simple family), past the
 * bound or without edges, the backward recomputes them.
 *
 * Receiver chunks: the backward of the layers before the pool runs one thread per chunk of a
 * graph's receivers (at most $SE3TC_CUDA_GRAD_CHUNK, default CG_CHUNK; 0: the whole graph); a
 * message-passing layer's chunk with partials for its graph's nodes (nodes x SE3G_NODE_PART
 * doubles per chunk: kept under CG_NPART_BYTES by doubling the chunk size), a node-wise layer's
 * writing its own receivers' rows (grad_split 2: none), and rows of weight partials (each the largest
 * layer's weight count) that the chunks share in a fixed way: row w takes chunks w, w + rows, ...
 * in order. Rows: as many as chunks, at most CG_WPART_BYTES' worth (or $SE3TC_CUDA_GRAD_ROWS),
 * but never fewer than graphs (what the per-graph kernels need anyway). Fixed-order kernels sum
 * both. */
#include "se3rt_cuda.h"
#include "cuda_model_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"
#include "se3rt_abi.h"

/* se3g_args of the generated source: every member 8 bytes, in this order. */
typedef struct cg_args {
    se3rt_dptr P, pos, x0, ea, row, src, graph_ptr, lrow, lsrc;
    int64_t n_nodes, n_graphs, n_edges;
    se3rt_dptr in, dout, din, dpart, dparams, dpos, dx0, fail;
    se3rt_dptr chunk, gchunk;
    int64_t n_chunks;
    se3rt_dptr npart;
    int64_t n_wrows;
    se3rt_dptr kv;
} cg_args;
_Static_assert(sizeof(cg_args) == 26 * 8, "se3g_args is 26 members of 8 bytes");

/* se3g_keep_args of the generated source. */
typedef struct cg_keep_args {
    se3rt_dptr E, kv;
    int64_t n;
} cg_keep_args;

enum { CG_CHUNK = 4 };                          /* receivers per chunk by default */
#define CG_NPART_BYTES ((int64_t)1 << 30)       /* the node partials' bound (see the top of this file) */
#define CG_WPART_BYTES ((int64_t)4 << 30)       /* the weight partials' bound, unless graphs need more */
#define CG_KEEP_KB ((int64_t)1 << 20)           /* the kept keys and values' bound (KiB): 1 GiB a call */

/* $NAME as a decimal number below 2^30 into *out (unchanged when unset or empty); what it is for
 * goes into the error. */
static se3rt_status cg_env(se3rt_ctx *ctx, const char *name, const char *what, int64_t *out)
{
    const char *v = getenv(name);
    if (!v || !*v)
        return SE3RT_OK;
    int64_t n = 0;
    const char *p = v;
    for (; *p >= '0' && *p <= '9' && n < ((int64_t)1 << 30); p++)
        n = n * 10 + (*p - '0');
    if (*p || n >= ((int64_t)1 << 30))
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s=\"%.40s%s\": expected %s to 2^30 - 1", name, v,
                        strlen(v) > 40 ? "..." : "", what);
    *out = n;
    return SE3RT_OK;
}

/* Chunks of a graph of n nodes at chunk size c (0: one), and their receivers each. */
static int64_t cg_nchunks(int64_t n, int64_t c)
{
    return c <= 0 || n <= c ? 1 : (n + c - 1) / c;
}

/* The chunks of the batch and their node partial reals at chunk size c. */
static void cg_count(const se3m_io *io, int64_t c, int np, int64_t *chunks, int64_t *reals)
{
    *chunks = 0, *reals = 0;
    for (int64_t q = 0; q < io->n_graphs; q++) {
        const int64_t n = io->graph_ptr[q + 1] - io->graph_ptr[q], k = cg_nchunks(n, c);
        *chunks += k, *reals += k * n * np;
    }
}

int rt_cuda_model_has_grad(const rt_cuda_model *g)
{
    return g && g->has_grad;
}

static unsigned cg_blocks(int64_t n)
{
    int64_t b = (n + SE3RT_CUDA_THREADS - 1) / SE3RT_CUDA_THREADS;
    return (unsigned)(b < 1 ? 1 : b > 65535 ? 65535 : b);
}

se3rt_status rt_cuda_model_grad_forward(rt_cuda_model *g, const se3m_io *io, int64_t nparams, int params_changed,
                                        int64_t rows, int64_t maxd, void *res, int64_t res_reals)
{
    se3rt_ctx *ctx = g->ctx;
    if (!g->has_grad)
        return rt_error(ctx, SE3RT_ERR_INVALID, "the CUDA source has no backward kernels (compile with --grad)");
    const int64_t nn = io->n_nodes, ng = io->n_graphs, ne = io->n_edges;
    for (int i = 0; i < g->nlayers; i++)
        g->fw_kv[i] = -1;
    /* each graph's own CSR: graph q's n_q + 1 offsets (from its first edge) at lrow + graph_ptr[q] + q;
     * every edge's sender numbered within its graph here, from its receiver's chunk's first below */
    int64_t *lrow = rt_calloc(ctx, (size_t)(nn + ng) + 1, sizeof *lrow);
    int32_t *lsrc = rt_calloc(ctx, (size_t)ne + 1, sizeof *lsrc);
    se3rt_status st = lrow && lsrc ? SE3RT_OK : SE3RT_ERR_NOMEM;
    for (int64_t q = 0; !st && q < ng; q++) {
        const int32_t n0 = io->graph_ptr[q], n1 = io->graph_ptr[q + 1];
        const int64_t e0 = io->row[n0];
        for (int32_t i = n0; i <= n1; i++)
            lrow[i + q] = io->row[i] - e0;
        for (int64_t e = e0; e < io->row[n1]; e++) {
            if (io->src[e] < n0 || io->src[e] >= n1) {
                st = rt_error(ctx, SE3RT_ERR_INVALID, "CUDA backward: edge %lld crosses graphs", (long long)e);
                break;
            }
            lsrc[e] = io->src[e] - n0;
        }
    }
    /* the receiver chunks: the size, doubled while the node partials exceed their bound; the weight
     * partial rows */
    int64_t cs = CG_CHUNK, nc = 0, npr = 0, maxn = 0, wr = CG_WPART_BYTES / (g->grad_maxw * (int64_t)sizeof(double));
    if (!st)
        st = cg_env(ctx, "SE3TC_CUDA_GRAD_CHUNK", "receivers per thread, 0 (a whole graph)", &cs);
    if (!st)
        st = cg_env(ctx, "SE3TC_CUDA_GRAD_ROWS", "weight partial rows (threads of a chunked layer)", &wr);
    /* the keys and values the forward keeps for the backward: each attention layer with an edge
     * kernel (whose scratch holds them), in forward order, while the total fits the bound; a
     * layer that does not fit has its backward recompute them, as on the CPU */
    int64_t keep_kb = CG_KEEP_KB, kept = 0;   /* kept: doubles */
    if (!st)
        st = cg_env(ctx, "SE3TC_CUDA_GRAD_KEEP_KB", "KiB the forward may keep for the backward, 0 (nothing)", &keep_kb);
    for (int i = 0; !st && i < g->nlayers; i++) {
        const int64_t n = ne * g->grad_kv[i];
        if (g->edge_kernels[i] && n > 0 && n <= keep_kb * (1024 / (int64_t)sizeof(double)) - kept) {
            g->fw_kv[i] = kept;
            kept += n;
        }
    }
    if (!st && kept > 0)
        st = rt_cu_reserve(g, CB_KV, (size_t)kept * sizeof(double));
    if (!st && kept > 0)
        st = rt_cu_reserve(g, CB_KARGS, (size_t)g->nlayers * sizeof(cg_keep_args));
    for (int64_t q = 0; q < ng; q++)
        if (io->graph_ptr[q + 1] - io->graph_ptr[q] > maxn)
            maxn = io->graph_ptr[q + 1] - io->graph_ptr[q];
    int split = 0;
    for (int i = 0; i < g->nlayers; i++)
        split |= g->grad_split[i] != 0;
    if (!split)
        cs = 0;   /* no layer splits: one chunk per graph */
    cg_count(io, cs, g->grad_node_part, &nc, &npr);
    while (cs > 0 && cs < maxn && npr * (int64_t)sizeof(double) > CG_NPART_BYTES) {
        cs *= 2;
        cg_count(io, cs, g->grad_node_part, &nc, &npr);
    }
    wr = wr < ng ? ng : wr > nc ? nc : wr;
    int64_t *chunk = st ? NULL : rt_calloc(ctx, (size_t)(4 * nc + 1), sizeof *chunk);
    int64_t *gchunk = st ? NULL : rt_calloc(ctx, (size_t)(ng + 1), sizeof *gchunk);
    if (!st && (!chunk || !gchunk))
        st = SE3RT_ERR_NOMEM;
    for (int64_t q = 0, c = 0, off = 0; !st && q <= ng; q++) {
        gchunk[q] = c;
        if (q == ng)
            break;
        const int32_t n0 = io->graph_ptr[q], n = io->graph_ptr[q + 1] - n0;
        const int64_t k = cg_nchunks(n, cs), w = k == 1 ? n : cs;
        for (int64_t j = 0; j < k; j++, c++) {
            const int64_t r0 = j * w, r1 = r0 + w < n ? r0 + w : n;
            chunk[4 * c] = q, chunk[4 * c + 1] = r0, chunk[4 * c + 2] = r1, chunk[4 * c + 3] = off;
            off += (int64_t)n * g->grad_node_part;
            /* senders numbered from the chunk's first receiver (negative before it) */
            for (int64_t e = io->row[n0 + r0]; e < io->row[n0 + r1]; e++)
                lsrc[e] = io->src[e] - n0 - (int32_t)r0;
        }
    }
    if (!st)
        st = rt_cu_put(g, CB_LROW, lrow, (size_t)(nn + ng + 1) * sizeof *lrow);
    if (!st)
        st = rt_cu_put(g, CB_LSRC, lsrc, (size_t)(ne + 1) * sizeof *lsrc);
    if (!st)
        st = rt_cu_put(g, CB_CHUNK, chunk, (size_t)(4 * nc + 1) * sizeof *chunk);
    if (!st)
        st = rt_cu_put(g, CB_GCHUNK, gchunk, (size_t)(ng + 1) * sizeof *gchunk);
    rt_free(ctx, chunk);
    rt_free(ctx, gchunk);
    rt_free(ctx, lrow);
    rt_free(ctx, lsrc);
    if (!st)
        st = rt_cu_forward(g, io, nparams, params_changed, rows, maxd, g->nlayers, res, res_reals, NULL, 1);
    if (!st) {
        g->fw_rows = rows, g->fw_maxd = maxd, g->fw_nodes = nn, g->fw_graphs = ng, g->fw_edges = ne;
        g->fw_has_ea = io->edge_attr != NULL;
        g->fw_chunks = nc, g->fw_npart = npr, g->fw_wrows = wr;
    }
    return st;
}

se3rt_status rt_cu_keep_kv(rt_cuda_model *g, int i, int64_t n_edges)
{
    if (g->fw_kv[i] < 0)
        return SE3RT_OK;
    const cg_keep_args ka = { .E = g->buf[CB_EDGE].p,
                              .kv = g->buf[CB_KV].p + (se3rt_dptr)g->fw_kv[i] * sizeof(double),
                              .n = n_edges * g->grad_kv[i] };
    se3rt_dptr at = g->buf[CB_KARGS].p + (se3rt_dptr)i * sizeof ka;
    se3rt_status st = rt_cu_up(g, at, &ka, sizeof ka);
    void *args[] = { &at };
    se3rt_launch l = { .kernel = "se3g_keep_kv", .grid = cg_blocks(ka.n), .block = SE3RT_CUDA_THREADS, .args = args };
    return st ? st : g->be->launch(g->impl, &l);
}

/* The argument blocks of every layer, uploaded; the launches of the backward. */
static se3rt_status cg_backward(rt_cuda_model *g, int64_t nparams)
{
    const int L = g->nlayers;
    const int64_t rows = g->fw_rows, maxd = g->fw_maxd, nn = g->fw_nodes, ng = g->fw_graphs;
    cg_args *a = rt_calloc(g->ctx, (size_t)(L ? L : 1), sizeof *a);
    if (!a)
        return SE3RT_ERR_NOMEM;
    se3rt_dptr cur = g->buf[CB_DA].p, other = g->buf[CB_DB].p;
    for (int i = L - 1; i >= 0; i--) {
        a[i] = (cg_args){
            .P = g->buf[CB_PARAMS].p, .pos = g->buf[CB_POS].p, .x0 = g->buf[CB_X0].p,
            .ea = g->fw_has_ea ? g->buf[CB_EA].p : 0, .row = g->buf[CB_ROW].p, .src = g->buf[CB_SRC].p,
            .graph_ptr = g->buf[CB_GPTR].p, .lrow = g->buf[CB_LROW].p, .lsrc = g->buf[CB_LSRC].p,
            .n_nodes = nn, .n_graphs = ng, .n_edges = g->fw_edges,
            .in = i == 0 ? g->buf[CB_X0].p : rt_cu_act(g, i - 1, rows, maxd, 1), .dout = cur,
            .din = i == 0 ? g->buf[CB_DX0].p : other, .dpart = g->buf[CB_DPART].p, .dparams = g->buf[CB_DPARAMS].p,
            .dpos = g->buf[CB_DPOS].p, .dx0 = g->buf[CB_DX0].p, .fail = g->buf[CB_FAIL].p,
            .chunk = g->buf[CB_CHUNK].p, .gchunk = g->buf[CB_GCHUNK].p, .n_chunks = g->fw_chunks,
            .npart = g->buf[CB_NPART].p, .n_wrows = g->fw_wrows,
            .kv = g->fw_kv[i] >= 0 ? g->buf[CB_KV].p + (se3rt_dptr)g->fw_kv[i] * sizeof(double) : 0,
        };
        se3rt_dptr t = cur;
        cur = other;
        other = t;
    }
    se3rt_status st = rt_cu_put(g, CB_ARGS, a, sizeof *a * (size_t)(L ? L : 1));
    rt_free(g->ctx, a);
    if (st)
        return st;
    se3rt_dptr ap = g->buf[CB_ARGS].p;
    void *args[] = { &ap };
    se3rt_launch l = { .kernel = "se3g_clear", .block = SE3RT_CUDA_THREADS, .args = args };
    int64_t most = nparams > 3 * nn ? nparams : 3 * nn;
    if ((int64_t)g->in_dim * nn > most)
        most = (int64_t)g->in_dim * nn;
    l.grid = cg_blocks(most);
    st = g->be->launch(g->impl, &l);
    char kn[300];
    for (int i = L - 1; !st && i >= 0; i--) {
        ap = g->buf[CB_ARGS].p + (se3rt_dptr)i * sizeof(cg_args);
        snprintf(kn, sizeof kn, "se3g_%.200s_backward", g->names[i]);
        l = (se3rt_launch){ .kernel = kn, .grid = cg_blocks(g->grad_split[i] ? g->fw_wrows : ng),
                            .block = SE3RT_CUDA_THREADS, .args = args };
        st = g->be->launch(g->impl, &l);
        if (st)
            break;
        if (g->grad_split[i] == 1) {   /* a message-passing layer's node partials, one thread per node */
            snprintf(kn, sizeof kn, "se3g_%.200s_nodes", g->names[i]);
            l = (se3rt_launch){ .kernel = kn, .grid = cg_blocks(nn), .block = SE3RT_CUDA_THREADS, .args = args };
            if ((st = g->be->launch(g->impl, &l)))
                break;
        }
        snprintf(kn, sizeof kn, "se3g_%.200s_reduce", g->names[i]);
        l = (se3rt_launch){ .kernel = kn, .grid = cg_blocks(g->grad_maxw), .block = SE3RT_CUDA_THREADS, .args = args };
        st = g->be->launch(g->impl, &l);
    }
    return st;
}

se3rt_status rt_cuda_model_grad_backward(rt_cuda_model *g, const double *dout, int64_t dout_reals, int64_t nparams,
                                         double *dparams, double *dx0, double *dpos)
{
    se3rt_ctx *ctx = g->ctx;
    if (!g->has_grad || g->fw_rows <= 0)
        return rt_error(ctx, SE3RT_ERR_INTERNAL, "CUDA backward without its forward");
    const int64_t nn = g->fw_nodes, dbytes = g->fw_rows * g->fw_maxd * (int64_t)sizeof(double);
    const int64_t zero = 0;
    se3rt_status st;
    if ((st = rt_cu_reserve(g, CB_DPART, (size_t)(g->fw_wrows * g->grad_maxw) * sizeof(double))) ||
        (st = rt_cu_reserve(g, CB_NPART, (size_t)(g->fw_npart + 1) * sizeof(double))) ||
        (st = rt_cu_reserve(g, CB_DA, (size_t)dbytes)) || (st = rt_cu_reserve(g, CB_DB, (size_t)dbytes)) ||
        (st = rt_cu_reserve(g, CB_DPARAMS, (size_t)(nparams + 1) * sizeof(double))) ||
        (st = rt_cu_reserve(g, CB_DPOS, (size_t)(3 * nn + 1) * sizeof(double))) ||
        (st = rt_cu_reserve(g, CB_DX0, (size_t)((int64_t)g->in_dim * nn + 1) * sizeof(double))) ||
        (st = rt_cu_put(g, CB_FAIL, &zero, sizeof zero)))
        return st;
    if (dout_reals * (int64_t)sizeof(double) > dbytes)
        return rt_error(ctx, SE3RT_ERR_INTERNAL, "CUDA backward: dL/d(output) larger than its buffer");
    if ((st = rt_cu_up(g, g->buf[CB_DA].p, dout, (size_t)dout_reals * sizeof(double))) ||
        (st = cg_backward(g, nparams)))
        return st;
    int64_t fail = 0;
    if ((st = rt_cu_down(g, &fail, g->buf[CB_FAIL].p, sizeof fail)))
        return st;
    if (fail)
        return rt_error(ctx, SE3RT_ERR_NOMEM, "CUDA backward: the device heap ran out (per-graph scratch)");
    if (!st && dparams)
        st = rt_cu_down(g, dparams, g->buf[CB_DPARAMS].p, (size_t)nparams * sizeof(double));
    if (!st && dx0)
        st = rt_cu_down(g, dx0, g->buf[CB_DX0].p, (size_t)((int64_t)g->in_dim * nn) * sizeof(double));
    if (!st && dpos)
        st = rt_cu_down(g, dpos, g->buf[CB_DPOS].p, (size_t)(3 * nn) * sizeof(double));
    return st;
}
