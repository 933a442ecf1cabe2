/* emit_cuda_grad.c - the backward kernels of the CUDA source (docs/cuda.md, "Backward kernels"),
 * appended to emit_cuda's output when a model is compiled with --grad.
 *
 * The per-layer adjoints are the CPU backward's own text (emit_c_grad_layers, from the same
 * resolved plan): every helper and every layer shape's se3b_FN_backward, compiled for the device
 * with three mechanical changes made here, line by line, so the two can never drift apart:
 *   - the lanes' GCC vector type se3b_v becomes a one-lane C++ struct with the same operators
 *     (device code has no vector extensions) and GRAD_NB becomes 1: one thread walks its graph's
 *     edges one at a time;
 *   - top-level `static` functions become `static __device__`;
 *   - the C compound literal `(se3b_v){ 0 }` becomes `se3b_v{}`;
 *   - `#include <stdlib.h>` and `#pragma omp` lines are dropped; malloc and aligned_alloc become
 *     se3g_malloc, the device heap's malloc with a result that converts to any pointer as C's
 *     void * does.
 * The text comes from emit_c_grad_layers_for(.., 1): the CPU's lines with device function
 * boundaries (each radial net's block a __noinline__ function, the hidden layers' helpers and the
 * edge function __noinline__, the nets' channel loops not unrolled, the output layer's rows one
 * at a time), which keep NVRTC's time to about 30 s for the paper specs (docs/cuda.md).
 *
 * Parallelism and determinism: graphs share no edges, and a message-passing layer's work divides
 * by receiver (an edge, a softmax adjoint, a self-interaction row belong to one receiver), and
 * node-wise layers' rows are independent. So se3g_LAYER_backward of a layer from node rows to
 * node rows runs one chunk of a graph's receivers at a time (the runtime's chunk table) with an
 * se3m_io describing that chunk alone, adding into its thread's row of weight partials. A
 * message-passing layer's chunk writes partials for its graph's nodes (senders get gradients
 * too), which se3g_LAYER_nodes sums over the graph's chunks in chunk order; a node-wise layer's
 * chunk writes its own receivers' rows of dL/d(input) directly. se3g_LAYER_reduce sums the
 * weight rows in row order. Pool and the layers
 * after it run one thread per graph with its own row of weight partials (summed in graph
 * order). An attention layer's chunks read the keys and values the forward kept (cg_keep), or
 * recompute them where it kept none. No atomics: every element
 * written has exactly one writer, and every sum runs in a fixed order, so the result does not
 * depend on the grid or the timing. */
#include "emit_cuda_grad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_c.h"
#include "emit_cuda.h"
#include "internal.h"

/* The one-lane lane type and its operators: what the CPU text does with GCC vectors. */
static void cg_lane_type(emit_buf *b)
{
    emit_raw(b, "/* One lane on the device (emit_cuda_grad.c): se3b_v is a struct with the vector operators the CPU\n"
                " * backward uses, so its text compiles unchanged. */\n");
    emit_line(b, "struct se3b_v {");
    emit_line(b, "se3b_r v[GRAD_NB];");
    emit_line(b, "__device__ se3b_r &operator[](int q) { return v[q]; }");
    emit_line(b, "__device__ const se3b_r &operator[](int q) const { return v[q]; }");
    emit_line(b, "};");
    emit_raw(b, "#define SE3B_OP(op) \\\n"
                "static __device__ inline se3b_v operator op(se3b_v a, se3b_v c) { for (int q = 0; q < GRAD_NB; q++) a.v[q] = a.v[q] op c.v[q]; return a; } \\\n"
                "static __device__ inline se3b_v operator op(se3b_v a, se3b_r c) { for (int q = 0; q < GRAD_NB; q++) a.v[q] = a.v[q] op c; return a; } \\\n"
                "static __device__ inline se3b_v operator op(se3b_r a, se3b_v c) { for (int q = 0; q < GRAD_NB; q++) c.v[q] = a op c.v[q]; return c; } \\\n"
                "static __device__ inline se3b_v &operator op##=(se3b_v &a, se3b_v c) { for (int q = 0; q < GRAD_NB; q++) a.v[q] op##= c.v[q]; return a; } \\\n"
                "static __device__ inline se3b_v &operator op##=(se3b_v &a, se3b_r c) { for (int q = 0; q < GRAD_NB; q++) a.v[q] op##= c; return a; }\n"
                "SE3B_OP(+)\nSE3B_OP(-)\nSE3B_OP(*)\nSE3B_OP(/)\n"
                "#undef SE3B_OP\n"
                "static __device__ inline se3b_v operator-(se3b_v a) { for (int q = 0; q < GRAD_NB; q++) a.v[q] = -a.v[q]; return a; }\n");
}

#define CG_ZERO "(se3b_v){ 0 }"

static int cg_starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The CPU backward's text, adapted line by line (see the top of this file). */
static void cg_adapt(emit_buf *b, const char *text)
{
    const char *s = text;
    while (*s) {
        const char *nl = strchr(s, '\n');
        const size_t n = nl ? (size_t)(nl - s) : strlen(s);
        char *line = malloc(n + 1);
        if (!line) {
            fprintf(stderr, "se3tc: out of memory\n");
            exit(1);
        }
        memcpy(line, s, n);
        line[n] = 0;
        const char *t = line;
        while (*t == ' ')
            t++;
        if (cg_starts(t, "#include ") || cg_starts(t, "#pragma omp")) {
            /* dropped */
        } else if (cg_starts(line, "enum { GRAD_NB = ")) {
            emit_raw(b, "enum { GRAD_NB = 1 };  /* one edge at a time: a thread walks its graph's edges */\n");
        } else if (cg_starts(line, "typedef se3b_r se3b_v ")) {
            cg_lane_type(b);
        } else {
            /* (a line that already says static __device__, the device text's own, stays as it is) */
            const int add = cg_starts(line, "static ") && !cg_starts(line, "static __device__");
            if (add)
                emit_raw(b, "static __device__ ");
            const char *u = add ? line + strlen("static ") : line;
            /* C compound literals are not C++: (se3b_v){ 0 } -> se3b_v{} */
            for (const char *hit; (hit = strstr(u, CG_ZERO)) != NULL; u = hit + strlen(CG_ZERO))
                emit_raw(b, "%.*sse3b_v{}", (int)(hit - u), u);
            emit_raw(b, "%s\n", u);
        }
        free(line);
        s += n;
        if (*s == '\n')
            s++;
    }
}

/* A layer from node rows to node rows runs over chunks of receivers: the message-passing layers,
 * whose edges belong to their receivers (cg_split_kernels), and the node-wise ones (norm,
 * selfint, mlp, gate), whose rows are independent (cg_rows_kernels). Pool and the layers after
 * it (rows are graphs) run one thread per graph (cg_graph_kernels). */
static int cg_split(const plan_layer *pl)
{
    const layer *L = pl->L;
    return L->kind != LAYER_POOL && !L->per_graph && !pl->out_per_graph;
}

/* A chunked layer whose adjoint is row by row (norm, selfint, mlp, gate): row i's dL/d(input)
 * depends on row i alone, and it touches no positions and no model inputs (their text never
 * names dpos or dx0), so its chunks write their own receivers' rows directly: no node partials
 * (cg_rows_kernels). The message-passing layers (conv, attention) give senders gradients too. */
static int cg_rowwise(const plan_layer *pl)
{
    const int k = pl->L->kind;
    return cg_split(pl) && k != LAYER_CONV && k != LAYER_ATTENTION;
}

/* Reals per node of one chunk's node partials for layer i (a message-passing layer): dL/d(input)
 * (none for layer 0, whose input gradient is dx0's), dL/d(position), dL/d(model input). */
static int cg_node_part(const plan *pn, int i)
{
    return (i > 0 ? pn->layers[i].in.dim : 0) + 3 + pn->x0.dim;
}

/* The layer's weight partials, rows 0 .. nrows - 1, summed in row order into dL/dweights. */
static void cg_reduce(emit_buf *b, const plan_layer *pl, const char *nrows, const char *order)
{
    emit_line(b, "extern \"C\" __global__ void __launch_bounds__(SE3_THREADS) se3g_%s_reduce(const se3g_args *a)", pl->L->name);
    emit_line(b, "{");
    emit_line(b, "const se3_i64 st = (se3_i64)gridDim.x * blockDim.x;");
    emit_line(b, "for (se3_i64 k = (se3_i64)blockIdx.x * blockDim.x + threadIdx.x; k < %ld; k += st) {", pl->wsize);
    emit_line(b, "double s = 0;");
    emit_line(b, "for (se3_i64 g = 0; g < %s; g++)  /* %s */", nrows, order);
    emit_line(b, "    s += a->dpart[g * SE3G_MAX_LAYER_WEIGHTS + k];");
    emit_line(b, "a->dparams[%ld + k] += s;", pl->wbase);
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* One thread per graph: the CPU backward over the graph's se3m_io, its row of weight partials. */
static void cg_graph_kernels(emit_buf *b, const plan_layer *pl, int i)
{
    const layer *L = pl->L;
    emit_line(b, "/* layer %d, %s %s: %d -> %d reals per row%s%s; weights %ld..%ld; one thread per graph */", i,
              layer_kind_name(L->kind), L->name, pl->in.dim, pl->out.dim, L->per_graph ? ", input rows are graphs" : "",
              pl->out_per_graph ? ", output rows are graphs" : "", pl->wbase, pl->wbase + pl->wsize);
    emit_line(b, "extern \"C\" __global__ void __launch_bounds__(SE3_THREADS) se3g_%s_backward(const se3g_args *a)", L->name);
    emit_line(b, "{");
    emit_line(b, "enum { ID = %d, OD = %d, NW = %ld };", pl->in.dim, pl->out.dim, pl->wsize);
    emit_line(b, "const se3_i64 st = (se3_i64)gridDim.x * blockDim.x;");
    emit_line(b, "for (se3_i64 g = (se3_i64)blockIdx.x * blockDim.x + threadIdx.x; g < a->n_graphs; g += st) {");
    emit_line(b, "const se3_i32 n0 = a->graph_ptr[g], n1 = a->graph_ptr[g + 1];");
    emit_line(b, "const se3_i64 e0 = a->row[n0];");
    emit_line(b, "const int32_t gp[2] = { 0, n1 - n0 };");
    emit_line(b, "se3m_io io;");
    emit_line(b, "memset(&io, 0, sizeof io);");
    emit_line(b, "io.n_nodes = n1 - n0, io.n_graphs = 1, io.n_edges = a->row[n1] - e0;");
    emit_line(b, "io.row = (const int64_t *)(a->lrow + n0 + g), io.src = (const int32_t *)(a->lsrc + e0), io.graph_ptr = gp;");
    emit_line(b, "io.pos = a->pos + 3 * (se3_i64)n0, io.edge_attr = a->ea ? a->ea + 4 * e0 : 0, io.params = a->P;");
    emit_line(b, "io.node_in = a->x0 + (se3_i64)n0 * SE3G_X0_DIM, io.nthreads = 1;");
    emit_line(b, "const se3_i64 ri = %s, ro = %s, nri = %s;", L->per_graph ? "g" : "n0",
              pl->out_per_graph ? "g" : "n0", L->per_graph ? "1" : "n1 - n0");
    emit_line(b, "double *din = a->din + ri * ID, *dp = a->dpart + g * SE3G_MAX_LAYER_WEIGHTS;");
    if (i > 0) {
        emit_line(b, "for (se3_i64 k = 0; k < nri * ID; k++)");
        emit_line(b, "    din[k] = 0;");
    } else {
        emit_line(b, "(void)nri;  /* layer 0's input gradient is dx0's rows, which later layers add to */");
    }
    emit_line(b, "for (se3_i64 k = 0; k < NW; k++)");
    emit_line(b, "    dp[k] = 0;");
    emit_line(b, "if (se3b_%s_backward(&io, a->P + %ld, a->in + ri * ID, a->dout + ro * OD, din, dp, a->dpos + 3 * (se3_i64)n0,",
              pl->fn, pl->wbase);
    emit_line(b, "                      a->dx0 + (se3_i64)n0 * SE3G_X0_DIM) != 0)");
    emit_line(b, "    *a->fail = 1;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    cg_reduce(b, pl, "a->n_graphs", "in graph order");
}

/* The loops of a chunked layer's backward kernel (cg_split_kernels, cg_rows_kernels): thread w
 * zeroes its row of weight partials dp, then takes chunks w, w + n_wrows, ... in order, each with
 * its graph g and receivers r0 .. r1 - 1. The caller closes both loops. */
static void cg_chunk_loops(emit_buf *b)
{
    emit_line(b, "const se3_i64 st = (se3_i64)gridDim.x * blockDim.x;");
    emit_line(b, "/* thread w: weight partial row w, into which it adds chunks w, w + n_wrows, ... in that order */");
    emit_line(b, "for (se3_i64 w = (se3_i64)blockIdx.x * blockDim.x + threadIdx.x; w < a->n_wrows; w += st) {");
    emit_line(b, "double *dp = a->dpart + w * SE3G_MAX_LAYER_WEIGHTS;");
    emit_line(b, "for (se3_i64 k = 0; k < NW; k++)");
    emit_line(b, "    dp[k] = 0;");
    emit_line(b, "for (se3_i64 c = w; c < a->n_chunks; c += a->n_wrows) {");
    emit_line(b, "const se3_i64 *ch = a->chunk + 4 * c;");
    emit_line(b, "const se3_i64 g = ch[0], r0 = ch[1], r1 = ch[2];");
}

/* One thread per chunk of a graph's receivers (the runtime's chunk table): the CPU backward over
 * an se3m_io whose receivers are the chunk's and whose node arrays start at the chunk's first
 * receiver (senders before it have negative indices: the runtime numbers senders from there).
 * A chunk owns nothing outside its own partials: its graph's rows of dL/d(input, positions,
 * model inputs); thread w adds chunks w, w + n_wrows, ... in order into weight partial row w
 * (n_wrows: the runtime's bound on that buffer). se3g_LAYER_nodes sums the node partials over
 * the graph's chunks in chunk order, se3g_LAYER_reduce the weight rows in row order. */
static void cg_split_kernels(emit_buf *b, const plan_layer *pl, int i)
{
    const layer *L = pl->L;
    const int di = i > 0 ? pl->in.dim : 0;
    emit_line(b, "/* layer %d, %s %s: %d -> %d reals per row; weights %ld..%ld; over chunks of receivers */", i,
              layer_kind_name(L->kind), L->name, pl->in.dim, pl->out.dim, pl->wbase, pl->wbase + pl->wsize);
    emit_line(b, "extern \"C\" __global__ void __launch_bounds__(SE3_THREADS) se3g_%s_backward(const se3g_args *a)", L->name);
    emit_line(b, "{");
    emit_line(b, "/* DI: dL/d(input) partial reals per node (%s); NP: node partial reals per node */",
              i > 0 ? "the input's" : "none: layer 0's input gradient is dx0's");
    emit_line(b, "enum { ID = %d, OD = %d, NW = %ld, DI = %d, NP = DI + 3 + SE3G_X0_DIM };", pl->in.dim, pl->out.dim,
              pl->wsize, di);
    cg_chunk_loops(b);
    emit_line(b, "const se3_i32 n0 = a->graph_ptr[g], n1 = a->graph_ptr[g + 1];");
    emit_line(b, "/* the graph's first edge and node count, the chunk's first receiver */");
    emit_line(b, "const se3_i64 e0 = a->row[n0], nn = n1 - n0, f0 = n0 + r0;");
    emit_line(b, "const int32_t gp[2] = { 0, (int32_t)(r1 - r0) };");
    emit_line(b, "se3m_io io;");
    emit_line(b, "memset(&io, 0, sizeof io);");
    emit_line(b, "io.n_nodes = r1 - r0, io.n_graphs = 1, io.n_edges = a->row[n0 + r1] - a->row[f0];");
    emit_line(b, "io.row = (const int64_t *)(a->lrow + f0 + g), io.src = (const int32_t *)(a->lsrc + e0), io.graph_ptr = gp;");
    emit_line(b, "io.pos = a->pos + 3 * f0, io.edge_attr = a->ea ? a->ea + 4 * e0 : 0, io.params = a->P;");
    emit_line(b, "io.node_in = a->x0 + f0 * SE3G_X0_DIM, io.nthreads = 1;");
    emit_line(b, "double *np = a->npart + ch[3];");
    emit_line(b, "for (se3_i64 k = 0; k < nn * NP; k++)");
    emit_line(b, "    np[k] = 0;");
    emit_line(b, "double *pdin = np, *pdpos = np + nn * DI, *pdx0 = pdpos + 3 * nn;");
    emit_line(b, "(void)pdin;");
    if (L->kind == LAYER_ATTENTION) {
        /* the forward's keys and values (se3g_keep_kv) from the chunk's first edge: the CPU's
         * backward indexes them from its io's first edge, as the CPU's forward wrote them */
        emit_line(b, "/* the keys and values the forward kept (KV reals per edge of the batch, edge order) from the");
        emit_line(b, " * chunk's first edge, or NULL: the backward recomputes them (pass 1) */");
        emit_line(b, "enum { KV = %d };", pl->key.dim + pl->value.dim);
        emit_line(b, "const double *kept = a->kv ? a->kv + a->row[f0] * KV : 0;");
        emit_line(b, "if (se3b_%s_backward_kv(&io, a->P + %ld, a->in + f0 * ID, a->dout + f0 * OD, %s + r0 * ID, dp, pdpos + 3 * r0,",
                  pl->fn, pl->wbase, i > 0 ? "pdin" : "pdx0");
        emit_line(b, "                         pdx0 + r0 * SE3G_X0_DIM, kept) != 0)");
    } else {
        emit_line(b, "if (se3b_%s_backward(&io, a->P + %ld, a->in + f0 * ID, a->dout + f0 * OD, %s + r0 * ID, dp, pdpos + 3 * r0,",
                  pl->fn, pl->wbase, i > 0 ? "pdin" : "pdx0");
        emit_line(b, "                      pdx0 + r0 * SE3G_X0_DIM) != 0)");
    }
    emit_line(b, "    *a->fail = 1;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* layer %d's node partials, summed over the node's graph's chunks in chunk order: dL/d(input) written%s,", i,
              i > 0 ? "" : " (none)");
    emit_line(b, " * dL/d(positions) and dL/d(model inputs) added to; one thread per node */");
    emit_line(b, "extern \"C\" __global__ void __launch_bounds__(SE3_THREADS) se3g_%s_nodes(const se3g_args *a)", L->name);
    emit_line(b, "{");
    emit_line(b, "enum { ID = %d, DI = %d, NP = DI + 3 + SE3G_X0_DIM };", pl->in.dim, di);
    emit_line(b, "const se3_i64 st = (se3_i64)gridDim.x * blockDim.x;");
    emit_line(b, "for (se3_i64 k = (se3_i64)blockIdx.x * blockDim.x + threadIdx.x; k < a->n_nodes; k += st) {");
    emit_line(b, "se3_i64 lo = 0, hi = a->n_graphs;  /* the node's graph: the last g with graph_ptr[g] <= k */");
    emit_line(b, "while (hi - lo > 1) {");
    emit_line(b, "const se3_i64 m = lo + (hi - lo) / 2;");
    emit_line(b, "if (a->graph_ptr[m] <= k)");
    emit_line(b, "    lo = m;");
    emit_line(b, "else");
    emit_line(b, "    hi = m;");
    emit_line(b, "}");
    emit_line(b, "const se3_i64 n0 = a->graph_ptr[lo], nn = a->graph_ptr[lo + 1] - n0, v = k - n0;");
    emit_line(b, "const se3_i64 c0 = a->gchunk[lo], c1 = a->gchunk[lo + 1];");
    emit_line(b, "for (int t = 0; t < DI; t++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (se3_i64 c = c0; c < c1; c++)");
    emit_line(b, "    s += a->npart[a->chunk[4 * c + 3] + v * DI + t];");
    emit_line(b, "a->din[k * ID + t] = s;");
    emit_line(b, "}");
    emit_line(b, "for (int t = 0; t < 3; t++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (se3_i64 c = c0; c < c1; c++)");
    emit_line(b, "    s += a->npart[a->chunk[4 * c + 3] + nn * DI + 3 * v + t];");
    emit_line(b, "a->dpos[3 * k + t] += s;");
    emit_line(b, "}");
    emit_line(b, "for (int t = 0; t < SE3G_X0_DIM; t++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (se3_i64 c = c0; c < c1; c++)");
    emit_line(b, "    s += a->npart[a->chunk[4 * c + 3] + nn * (DI + 3) + v * SE3G_X0_DIM + t];");
    emit_line(b, "a->dx0[k * SE3G_X0_DIM + t] += s;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    cg_reduce(b, pl, "a->n_wrows", "in row order (row w: chunks w, w + n_wrows, ...)");
}

/* The training forward's keep: after an attention layer's edge kernel (the tiled family) has
 * written its keys and values to the scratch E, se3g_keep_kv copies them, as doubles, into the
 * buffer the layer's backward reads instead of recomputing them (se3b_SHAPE_backward_kv). E's
 * rows are what the CPU's forward keeps: one per edge in edge order, the key then the value,
 * the envelope applied. SE3G_KEEP_LAYER tells the runtime the reals per edge of each attention
 * layer; without an edge kernel (the simple family) nothing is kept and the backward recomputes. */
static void cg_keep(emit_buf *b, const plan *pn)
{
    int any = 0;
    for (int i = 0; i < pn->nlayers; i++)
        any |= pn->layers[i].L->kind == LAYER_ATTENTION;
    if (!any)
        return;
    emit_line(b, "/* The forward's keys and values for the backward (runtime/cuda/cuda_grad.c): after attention");
    emit_line(b, " * layer LAYER's edge kernel, its rows of E (SE3G_KEEP_LAYER reals per edge: the key, then the");
    emit_line(b, " * value, the envelope applied, in edge order) as doubles, read by its se3g_LAYER_backward. */");
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        if (pl->L->kind == LAYER_ATTENTION)
            emit_line(b, "#define SE3G_KEEP_%s %d", pl->L->name, pl->key.dim + pl->value.dim);
    }
    emit_line(b, "typedef struct se3g_keep_args {");
    emit_line(b, "const se3_real *E;        /* the edge kernel's scratch */");
    emit_line(b, "double *kv;               /* the layer's kept keys and values */");
    emit_line(b, "se3_i64 n;                /* reals: n_edges x SE3G_KEEP_LAYER */");
    emit_line(b, "} se3g_keep_args;");
    emit_line(b, "extern \"C\" __global__ void __launch_bounds__(SE3_THREADS) se3g_keep_kv(const se3g_keep_args *a)");
    emit_line(b, "{");
    emit_line(b, "const se3_i64 st = (se3_i64)gridDim.x * blockDim.x;");
    emit_line(b, "for (se3_i64 k = (se3_i64)blockIdx.x * blockDim.x + threadIdx.x; k < a->n; k += st)");
    emit_line(b, "    a->kv[k] = a->E[k];");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* A node-wise layer (cg_rowwise) over the same chunks and weight partial rows as cg_split_kernels,
 * but the chunk's receivers' rows of dL/d(input) are the chunk's own: it zeroes them (layer 0:
 * they are dL/d(model inputs), which later layers have added to, so it adds) and the CPU
 * backward adds into them in place. Each row has one writer, the thread of its chunk; no node
 * partials and no se3g_LAYER_nodes. SE3G_ROWWISE_LAYER tells the runtime to launch it over the
 * chunks all the same. */
static void cg_rows_kernels(emit_buf *b, const plan_layer *pl, int i)
{
    const layer *L = pl->L;
    emit_line(b, "/* layer %d, %s %s: %d -> %d reals per row; weights %ld..%ld; over chunks of receivers, row by row */", i,
              layer_kind_name(L->kind), L->name, pl->in.dim, pl->out.dim, pl->wbase, pl->wbase + pl->wsize);
    emit_line(b, "#define SE3G_ROWWISE_%s 1", L->name);
    emit_line(b, "extern \"C\" __global__ void __launch_bounds__(SE3_THREADS) se3g_%s_backward(const se3g_args *a)", L->name);
    emit_line(b, "{");
    emit_line(b, "enum { ID = %d, OD = %d, NW = %ld };", pl->in.dim, pl->out.dim, pl->wsize);
    cg_chunk_loops(b);
    emit_line(b, "/* the chunk's rows: nodes f0 .. f0 + r1 - r0 - 1, this thread's alone */");
    emit_line(b, "const se3_i64 f0 = a->graph_ptr[g] + r0;");
    emit_line(b, "const int32_t gp[2] = { 0, (int32_t)(r1 - r0) };");
    emit_line(b, "se3m_io io;");
    emit_line(b, "memset(&io, 0, sizeof io);");
    emit_line(b, "io.n_nodes = r1 - r0, io.n_graphs = 1, io.graph_ptr = gp;");
    emit_line(b, "io.pos = a->pos + 3 * f0, io.params = a->P, io.node_in = a->x0 + f0 * SE3G_X0_DIM, io.nthreads = 1;");
    emit_line(b, "double *din = a->din + f0 * ID;");
    if (i > 0) {
        emit_line(b, "for (se3_i64 k = 0; k < (r1 - r0) * ID; k++)  /* written: the adjoint adds into it */");
        emit_line(b, "    din[k] = 0;");
    } else {
        emit_line(b, "/* layer 0: din is dL/d(model inputs), which later layers have added to; added to */");
    }
    emit_line(b, "if (se3b_%s_backward(&io, a->P + %ld, a->in + f0 * ID, a->dout + f0 * OD, din, dp, a->dpos + 3 * f0,",
              pl->fn, pl->wbase);
    emit_line(b, "                      a->dx0 + f0 * SE3G_X0_DIM) != 0)");
    emit_line(b, "    *a->fail = 1;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    cg_reduce(b, pl, "a->n_wrows", "in row order (row w: chunks w, w + n_wrows, ...)");
}

void emit_cuda_grad(const ir *p, emit_buf *b)
{
    const plan *pn = emit_plan(p);
    long maxw = 1;
    int npart = 0;
    for (int i = 0; i < pn->nlayers; i++) {
        if (pn->layers[i].wsize > maxw)
            maxw = pn->layers[i].wsize;
        if (cg_split(&pn->layers[i]) && !cg_rowwise(&pn->layers[i]) && cg_node_part(pn, i) > npart)
            npart = cg_node_part(pn, i);
    }
    emit_raw(b, "/* ==== backward kernels (se3tc --grad; compiler/emit/emit_cuda_grad.c, docs/cuda.md) ====\n"
                " * se3g_LAYER_backward runs the layer's adjoint (the CPU backward's text): before the pool over\n"
                " * chunks of a graph's receivers, with per-thread weight partials, a message-passing layer into\n"
                " * per-chunk node partials that se3g_LAYER_nodes sums in chunk order, a node-wise layer\n"
                " * (SE3G_ROWWISE_LAYER) into its chunk's own rows of dL/d(layer input); for pool and after\n"
                " * it one thread per graph, adding dL/d(positions) and dL/d(inputs) into its graph's rows,\n"
                " * writing dL/d(layer input) and its row of weight partials. se3g_LAYER_reduce sums the\n"
                " * weight rows in row order into dL/dweights (one thread per weight); se3g_clear zeroes the\n"
                " * sums first.\n"
                " * Every kernel takes one argument, a pointer to an se3g_args in device memory. */\n");
    emit_line(b, "#define SE3G_BACKWARD 1");
    emit_line(b, "#define SE3G_NPARAMS %ld", p->nparams);
    emit_line(b, "/* the largest layer's weights: reals per graph of the partials buffer */");
    emit_line(b, "#define SE3G_MAX_LAYER_WEIGHTS %ld", maxw);
    emit_line(b, "#define SE3G_X0_DIM %d", pn->x0.dim);
    emit_line(b, "/* reals per node of a receiver chunk's node partials (the largest message-passing layer's; 0: none) */");
    emit_line(b, "#define SE3G_NODE_PART %d", npart);
    emit_line(b, "#ifdef __CUDACC_RTC__");
    emit_line(b, "typedef long long int64_t;");
    emit_line(b, "typedef int int32_t;");
    emit_line(b, "#else");
    emit_line(b, "#include <stdint.h>");
    emit_line(b, "#include <stdlib.h>");
    emit_line(b, "#endif");
    emit_line(b, "#ifndef HUGE_VAL");
    emit_line(b, "#define HUGE_VAL __longlong_as_double(0x7ff0000000000000LL)");
    emit_line(b, "#endif");
    emit_line(b, "/* malloc whose result converts to any pointer, as in C (the CPU backward's text is C) */");
    emit_line(b, "struct se3g_mem {");
    emit_line(b, "void *p;");
    emit_line(b, "template <class T> __device__ operator T *() const { return (T *)p; }");
    emit_line(b, "};");
    emit_line(b, "static __device__ inline se3g_mem se3g_malloc(size_t bytes) { se3g_mem m = { malloc(bytes) }; return m; }");
    emit_line(b, "#define malloc(bytes) se3g_malloc(bytes)");
    emit_line(b, "#define aligned_alloc(alignment, bytes) se3g_malloc(bytes)");
    emit_line(b, "enum { MAXW = %d };", pn->max_width);
    emit_io_struct(b, "as in the C code (se3rt_abi.h): one graph's view here");
    emit_raw(b, "\n");
    emit_line(b, "/* The backward kernels' argument block (runtime/cuda/cuda_grad.c fills the same layout: every");
    emit_line(b, " * member 8 bytes). Rows are nodes, or graphs for per-graph layers. */");
    emit_line(b, "typedef struct se3g_args {");
    emit_line(b, "const se3_real *P;        /* all weights */");
    emit_line(b, "const double *pos;        /* n_nodes x 3 */");
    emit_line(b, "const se3_real *x0;       /* model inputs, n_nodes x SE3G_X0_DIM */");
    emit_line(b, "const se3_real *ea;       /* n_edges x 4 or NULL */");
    emit_line(b, "const se3_i64 *row;       /* the batch's CSR (n_nodes + 1) */");
    emit_line(b, "const se3_i32 *src;       /* n_edges */");
    emit_line(b, "const se3_i32 *graph_ptr; /* n_graphs + 1 */");
    emit_line(b, "const se3_i64 *lrow;      /* graph g's own CSR (edges from its first) at lrow + graph_ptr[g] + g */");
    emit_line(b, "const se3_i32 *lsrc;      /* n_edges: the sender numbered from its receiver's chunk's first receiver */");
    emit_line(b, "se3_i64 n_nodes, n_graphs, n_edges;");
    emit_line(b, "const se3_real *in;       /* the layer's input rows */");
    emit_line(b, "const double *dout;       /* dL/d(its output rows) */");
    emit_line(b, "double *din;              /* dL/d(its input rows): written; layer 0: dx0, added to */");
    emit_line(b, "double *dpart;            /* n_wrows (>= n_graphs) x SE3G_MAX_LAYER_WEIGHTS partials */");
    emit_line(b, "double *dparams;          /* SE3G_NPARAMS: dL/dweights */");
    emit_line(b, "double *dpos;             /* n_nodes x 3: dL/d(positions), added to */");
    emit_line(b, "double *dx0;              /* n_nodes x SE3G_X0_DIM: dL/d(model inputs), added to */");
    emit_line(b, "se3_i64 *fail;            /* set to 1 where a graph's backward could not allocate */");
    emit_line(b, "const se3_i64 *chunk;     /* n_chunks x (graph, first and end receiver in it, offset in npart) */");
    emit_line(b, "const se3_i64 *gchunk;    /* n_graphs + 1: graph g's chunks are gchunk[g] .. gchunk[g + 1] - 1 */");
    emit_line(b, "se3_i64 n_chunks;");
    emit_line(b, "double *npart;            /* per chunk: its graph's nodes x SE3G_NODE_PART partials */");
    emit_line(b, "se3_i64 n_wrows;          /* weight partial rows of the split layers: n_graphs .. n_chunks */");
    emit_line(b, "const double *kv;         /* attention: n_edges x (key + value) reals the forward kept, or NULL */");
    emit_line(b, "} se3g_args;");
    emit_raw(b, "\n");
    cg_keep(b, pn);
    emit_buf t = { 0 };
    emit_c_grad_layers_for(p, &t, 1);
    cg_adapt(b, t.s ? t.s : "");
    emit_buf_free(&t);
    emit_raw(b, "\n");
    emit_line(b, "/* dparams, dpos and dx0 to zero: the backward adds into them. */");
    emit_line(b, "extern \"C\" __global__ void __launch_bounds__(SE3_THREADS) se3g_clear(const se3g_args *a)");
    emit_line(b, "{");
    emit_line(b, "const se3_i64 t0 = (se3_i64)blockIdx.x * blockDim.x + threadIdx.x, st = (se3_i64)gridDim.x * blockDim.x;");
    emit_line(b, "for (se3_i64 k = t0; k < SE3G_NPARAMS; k += st)");
    emit_line(b, "    a->dparams[k] = 0;");
    emit_line(b, "for (se3_i64 k = t0; k < 3 * a->n_nodes; k += st)");
    emit_line(b, "    a->dpos[k] = 0;");
    emit_line(b, "for (se3_i64 k = t0; k < SE3G_X0_DIM * a->n_nodes; k += st)");
    emit_line(b, "    a->dx0[k] = 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        if (cg_rowwise(pl))
            cg_rows_kernels(b, pl, i);
        else if (cg_split(pl))
            cg_split_kernels(b, pl, i);
        else
            cg_graph_kernels(b, pl, i);
    }
}
