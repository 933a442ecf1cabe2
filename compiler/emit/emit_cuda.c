/* emit_cuda.c - resolved plan -> CUDA C source for the GPU backend (docs/cuda.md, docs/semantics.md).
 * Two kernel families (emit_cuda.h). Simple: one fused kernel per layer, computing exactly what
 * the C emitter's function for that layer computes in the same order of operations; message
 * passing one thread block per receiver (harmonics, radial nets, the unrolled (k, l, J)
 * contractions with only the nonzero coupling terms as literals, online-softmax attention and
 * aggregation). Tiled (the default): message-passing layers split into an edge kernel (a tile
 * of edges per block: radial nets for the tile, the last radial layer from weights staged in
 * shared memory, contractions in registers; keys/values or messages to a per-edge scratch row)
 * and a receiver kernel (softmax or sum over the receiver's edges in CSR order, then the rest of
 * the layer). No atomics in either. Every kernel is a wrapper around a body that indexes weights
 * relative to its layer, so layers of the same shape share one body. Like emit_c.c it walks the
 * plan (plan.h): layouts, weights (offsets relative to the layer's first weight), buffers and
 * message blocks come from there; nothing here works out a layout or knows a weight's name. The
 * source includes no headers: NVRTC compiles it with nothing but its built-in math functions. */
#include "emit_cuda.h"
#include "plan.h"
#include "emit_c.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coupling.h"
#include "internal.h"
#include "sph.h"

/* Reals of the per-tile buffer that holds radial-net outputs (phi) in shared memory: the last
 * radial layer runs in tiles of output channels so its F * C_in * C_out outputs never need to
 * sit in shared memory at once. */
#define CU_PHI_TILE 1024

typedef struct cu_ctx {
    const ir *p;
    const model *m;
    const plan *pn;             /* the resolved plan: every layout, weight and buffer */
    emit_buf *b;
    int f32;                    /* single precision literals */
    long shared_bytes;          /* static shared memory of the kernel being written */
    arena tmp;                  /* sanitised comment text, per-kernel scratch */
    const char *file;           /* the spec path as comment text (emit_comment_text) */
    int tiled;                  /* EMIT_CUDA_TILED: message passing as edge + receiver kernels */
    int tf32;                   /* the edge kernels' radial nets on TF32 tensor cores (f32, tiled) */
} cu_ctx;

static const char *cu_lit(cu_ctx *e, char buf[40], double v)
{
    return emit_real(buf, v, e->f32);
}

static int cu_max(int a, int b)
{
    return a > b ? a : b;
}

/* A shared array of n reals (at least 1; se3_acc ones count twice in f32), counted towards the
 * kernel's shared memory. */
static void cu_shared_t(cu_ctx *e, const char *type, const char *name, long n, const char *what)
{
    if (n < 1)
        n = 1;
    emit_line(e->b, "__shared__ %s %s[%ld];  /* %s */", type, name, n, what);
    e->shared_bytes += n * (strcmp(type, "se3_acc") == 0 || !e->f32 ? 8 : 4);
}

static void cu_shared(cu_ctx *e, const char *name, long n, const char *what)
{
    cu_shared_t(e, "se3_real", name, n, what);
}

/* ---- preamble: types, math, helpers ------------------------------------------------------ */

/* The two tensor-core primitives of the TF32 mode, as inline PTX (NVRTC has no mma.h without
 * the CUDA headers, and the source includes none). The emulator (runtime/cuda/cuda_emu.c)
 * defines SE3_EMU_MMA and gives both a host implementation with the same fragment layout. */
static void cu_tf32_primitives(cu_ctx *e)
{
    emit_buf *b = e->b;
    emit_line(b, "/* Tensor cores (the TF32 mode, opt-in): the edge kernels' radial nets' linear layers run as");
    emit_line(b, " * 16 x 8 x 8 matrix products with TF32 inputs (10-bit mantissa, rounded to nearest) and f32");
    emit_line(b, " * accumulation, mma.sync on sm_80 and newer; everything else is f32 SIMT. */");
    emit_line(b, "#define SE3_TF32 1");
    emit_line(b, "#ifndef SE3_EMU_MMA");
    emit_line(b, "#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ < 800");
    emit_line(b, "#error \"precision tf32 needs TF32 tensor cores: a GPU of compute capability 8.0 or newer\"");
    emit_line(b, "#endif");
    emit_line(b, "/* x rounded to TF32 (cvt.rna: to nearest, ties away from zero), as the bits of an mma operand */");
    emit_line(b, "static __device__ __forceinline__ unsigned se3_tf32(float x)");
    emit_line(b, "{");
    emit_line(b, "unsigned r;");
    emit_line(b, "asm(\"cvt.rna.tf32.f32 %%0, %%1;\" : \"=r\"(r) : \"f\"(x));");
    emit_line(b, "return r;");
    emit_line(b, "}");
    emit_line(b, "/* d (16 x 8, f32) += a (16 x 8, TF32, row major) b (8 x 8, TF32, column major), one warp; lane");
    emit_line(b, " * (g, t) = (lane / 4, lane %% 4) holds a = A[g][t], A[g+8][t], A[g][t+4], A[g+8][t+4],");
    emit_line(b, " * b = B[t][g], B[t+4][g], d = D[g][2t], D[g][2t+1], D[g+8][2t], D[g+8][2t+1] (the PTX ISA's");
    emit_line(b, " * m16n8k8 layout). Every thread of the block calls it equally often (the emulator needs it). */");
    emit_line(b, "static __device__ __forceinline__ void se3_mma_tf32(float d[4], const unsigned a[4], const unsigned b[2])");
    emit_line(b, "{");
    emit_line(b, "asm volatile(\"mma.sync.aligned.m16n8k8.row.col.f32.tf32.tf32.f32 {%%0, %%1, %%2, %%3}, {%%4, %%5, %%6, %%7}, \"");
    emit_line(b, "             \"{%%8, %%9}, {%%0, %%1, %%2, %%3};\"");
    emit_line(b, "             : \"+f\"(d[0]), \"+f\"(d[1]), \"+f\"(d[2]), \"+f\"(d[3])");
    emit_line(b, "             : \"r\"(a[0]), \"r\"(a[1]), \"r\"(a[2]), \"r\"(a[3]), \"r\"(b[0]), \"r\"(b[1]));");
    emit_line(b, "}");
    emit_line(b, "#endif");
    emit_raw(b, "\n");
}

static void cu_preamble(cu_ctx *e, const char *spec_path)
{
    emit_buf *b = e->b;
    const model *m = e->m;
    arena a = { 0 };
    char eps[40];
    emit_line(b, "/* Generated by se3tc %s from %s. Do not edit. */", SE3TC_VERSION,
              emit_comment_text(&e->tmp, spec_path));
    emit_line(b, "/* model %s: %s -> outputs, %s, %ld weights, %d (k, l, J) paths; CUDA C for NVRTC */", m->name,
              fibre_str(&a, &m->in), e->f32 ? "f32" : "f64", e->p->nparams, e->p->npaths);
    arena_free(&a);
    emit_line(b, "/* Every kernel takes the same parameters (runtime/cuda/cuda_model.c passes them in this order):");
    emit_line(b, " *   P          all weights, flat, manifest order           pos        n_nodes x 3 doubles, Cartesian");
    emit_line(b, " *   x0         model inputs, n_nodes x in_dim (internal)   ea         n_edges x 4 bond one-hot or 0");
    emit_line(b, " *   row        n_nodes + 1 CSR offsets by receiver         src        n_edges senders");
    emit_line(b, " *   graph_ptr  n_graphs + 1 node ranges                    n_nodes, n_graphs");
    emit_line(b, " *   in, out    this layer's input and output rows          E          per-edge scratch (tiled kernels)");
    emit_line(b, " * Launch: blocks of %d threads, any grid size (kernels stride over rows by gridDim.x);", EMIT_CUDA_THREADS);
    emit_line(b, " * one block per receiver (message passing) or per row (node and graph layers); an edge");
    emit_line(b, " * kernel se3_<layer>_edges (tiled family) runs first, one block per SE3_EDGE_TILE edges. */");
    emit_raw(b, "\n");
    emit_line(b, "typedef %s se3_real;", e->f32 ? "float" : "double");
    emit_line(b, "/* Sums over channels, edges and components accumulate in double at either precision, and");
    emit_line(b, " * the geometry is computed in double from double positions, as in the C code. */");
    emit_line(b, "typedef double se3_acc;");
    emit_line(b, "typedef long long se3_i64;");
    emit_line(b, "typedef int se3_i32;");
    emit_line(b, "#define SE3_SQRT %s", e->f32 ? "sqrtf" : "sqrt");
    emit_line(b, "#define SE3_EXP %s", e->f32 ? "expf" : "exp");
    emit_line(b, "#define SE3_NEG_INF (-__longlong_as_double(0x7ff0000000000000LL))");
    emit_line(b, "#define SE3_THREADS %d", EMIT_CUDA_THREADS);
    emit_line(b, "#define SE3_PARAMS const se3_real *__restrict__ P, const double *__restrict__ pos, \\");
    emit_line(b, "    const se3_real *__restrict__ x0, const se3_real *__restrict__ ea, const se3_i64 *__restrict__ row, \\");
    emit_line(b, "    const se3_i32 *__restrict__ src, const se3_i32 *__restrict__ graph_ptr, se3_i32 n_nodes, \\");
    emit_line(b, "    se3_i32 n_graphs, const se3_real *__restrict__ in, se3_real *__restrict__ out, se3_real *__restrict__ E");
    emit_line(b, "#define SE3_ARGS(w) (w), pos, x0, ea, row, src, graph_ptr, n_nodes, n_graphs, in, out, E");
    emit_line(b, "#define SE3_EDGE_TILE %d", EMIT_CUDA_EDGE_TILE);
    emit_line(b, "/* 16 bytes of reals, for one 128-bit shared-memory load of staged weights */");
    emit_line(b, "struct __align__(16) se3_vec { se3_real v[%d]; };", e->f32 ? 4 : 2);
    emit_raw(b, "\n");
    if (e->tf32)
        cu_tf32_primitives(e);
    (void)eps;
    emit_line(b, "/* Mean and 1/sqrt(variance + 1e-5) of x[n], summed in order in double (as the C code's");
    emit_line(b, " * se3_layernorm). */");
    emit_line(b, "static __device__ __forceinline__ void se3_ln_stats(const se3_real *x, int n, se3_acc *mu_out, se3_acc *inv_out)");
    emit_line(b, "{");
    emit_line(b, "se3_acc mu = 0, var = 0;");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    mu += x[i];");
    emit_line(b, "mu /= n;");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    var += (x[i] - mu) * (x[i] - mu);");
    emit_line(b, "var /= n;");
    emit_line(b, "*mu_out = mu;");
    emit_line(b, "*inv_out = 1 / sqrt(var + 1e-5);");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* The small helpers below are not inlined: they run once per radial net, edge or node, and");
    emit_line(b, " * inlining their loops at every call site doubles NVRTC's compile time for little gain. */");
    emit_line(b, "/* y[o] = W[o] . x + b[o], threads over o (W [out, in] row-major, then b). No barrier. */");
    emit_line(b, "static __device__ __noinline__ void se3_dense(const se3_real *__restrict__ w, int nin, int nout, const se3_real *x, se3_real *y, int relu)");
    emit_line(b, "{");
    emit_line(b, "const se3_real *bias = w + (se3_i64)nin * nout;");
    emit_line(b, "for (int o = threadIdx.x; o < nout; o += blockDim.x) {");
    emit_line(b, "const se3_real *r = w + (se3_i64)o * nin;");
    emit_line(b, "se3_acc s = bias[o];");
    emit_line(b, "for (int i = 0; i < nin; i++)");
    emit_line(b, "    s += r[i] * x[i];");
    emit_line(b, "const se3_real v = (se3_real)s;");
    emit_line(b, "y[o] = relu ? (v > 0 ? v : 0) : v;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* y = ReLU(LayerNorm(x; g, c)) over n values, threads over i; each thread recomputes the");
    emit_line(b, " * statistics from x (n is a radial width or a channel count: small). No barrier. */");
    emit_line(b, "static __device__ __noinline__ void se3_ln_relu(const se3_real *x, se3_real *y, int n, const se3_real *__restrict__ g, const se3_real *__restrict__ c)");
    emit_line(b, "{");
    emit_line(b, "se3_acc mu, inv;");
    emit_line(b, "se3_ln_stats(x, n, &mu, &inv);");
    emit_line(b, "for (int i = threadIdx.x; i < n; i += blockDim.x) {");
    emit_line(b, "const se3_real v = (se3_real)((x[i] - mu) * inv * g[i] + c[i]);");
    emit_line(b, "y[i] = v > 0 ? v : 0;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* out[co][m] (+)= sum_ci W[co][ci] x[ci][m] for one degree (2l+1 = nc), threads over (co, m). No barrier. */");
    emit_line(b, "static __device__ __noinline__ void se3_mix(const se3_real *__restrict__ w, int cin, int cout, int nc, const se3_real *x, se3_real *o, int add)");
    emit_line(b, "{");
    emit_line(b, "for (int idx = threadIdx.x; idx < cout * nc; idx += blockDim.x) {");
    emit_line(b, "const int co = idx / nc, m = idx - co * nc;");
    emit_line(b, "se3_acc s = add ? o[idx] : 0;");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    s += w[co * cin + ci] * x[ci * nc + m];");
    emit_line(b, "o[idx] = (se3_real)s;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    int attentive = 0;
    for (int i = 0; i < e->pn->nlayers; i++)
        attentive |= e->pn->layers[i].si.attentive;
    if (!attentive)
        return;
    char slope[40];
    cu_lit(e, slope, 0.01);
    emit_line(b, "/* Attentive self-interaction (paper Eq. 13) for one degree; w points at .ln.g, then .ln.b, .w");
    emit_line(b, " * and .b. gram and z are shared scratch of cin^2 and cout*cin reals, stat 2. Has barriers:");
    emit_line(b, " * every thread of the block must call it. */");
    emit_line(b, "static __device__ void se3_attentive_si(const se3_real *__restrict__ w, int cin, int cout, int nc, const se3_real *x,");
    emit_line(b, "                                        se3_real *o, se3_real *gram, se3_real *z, se3_acc *stat)");
    emit_line(b, "{");
    emit_line(b, "const int n = cin * cin;");
    emit_line(b, "for (int idx = threadIdx.x; idx < n; idx += blockDim.x) {");
    emit_line(b, "const int c = idx / cin, d = idx - c * cin;");
    emit_line(b, "se3_acc s = 0;");
    emit_line(b, "for (int m = 0; m < nc; m++)");
    emit_line(b, "    s += (se3_acc)x[c * nc + m] * x[d * nc + m];");
    emit_line(b, "gram[idx] = (se3_real)s;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    emit_line(b, "if (threadIdx.x == 0)");
    emit_line(b, "    se3_ln_stats(gram, n, &stat[0], &stat[1]);");
    emit_line(b, "__syncthreads();");
    emit_line(b, "for (int idx = threadIdx.x; idx < n; idx += blockDim.x) {");
    emit_line(b, "const se3_real v = (se3_real)((gram[idx] - stat[0]) * stat[1] * w[idx] + w[n + idx]);");
    emit_line(b, "gram[idx] = v > 0 ? v : %s * v;", slope);
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    emit_line(b, "se3_dense(w + 2 * n, n, cout * cin, gram, z, 0);");
    emit_line(b, "__syncthreads();");
    emit_line(b, "for (int co = threadIdx.x; co < cout; co += blockDim.x) {");
    emit_line(b, "se3_real *zr = z + co * cin;");
    emit_line(b, "se3_acc mx = zr[0], s = 0;");
    emit_line(b, "for (int ci = 1; ci < cin; ci++)");
    emit_line(b, "    mx = zr[ci] > mx ? zr[ci] : mx;");
    emit_line(b, "for (int ci = 0; ci < cin; ci++) {");
    emit_line(b, "zr[ci] = (se3_real)exp(zr[ci] - mx);");
    emit_line(b, "s += zr[ci];");
    emit_line(b, "}");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    zr[ci] /= s;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    emit_line(b, "se3_mix(z, cin, cout, nc, x, o, 0);");
    emit_line(b, "__syncthreads();");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* ---- message passing -------------------------------------------------------------------- */

/* Sizes of the shared buffers every radial net of a layer needs. */
typedef struct cu_mp_sizes {
    int width;                  /* largest hidden width */
    int g;                      /* largest C_in F (2l+1): the contracted sender features G */
    int phi;                    /* phi tile */
} cu_mp_sizes;

static cu_mp_sizes cu_mp_measure(const plan_layer *pl)
{
    cu_mp_sizes s = { 1, 1, 1 };
    for (int q = 0; q < pl->nradials; q++) {
        const ir_radial *r = pl->radials[q].r;
        const int T = r->cin * r->nfreq;
        int ct = CU_PHI_TILE / T;
        if (ct < 1)
            ct = 1;
        if (ct > r->cout)
            ct = r->cout;
        s.width = cu_max(s.width, r->width);
        s.g = cu_max(s.g, T * (2 * r->l + 1));
        s.phi = cu_max(s.phi, ct * T);
    }
    return s;
}

/* One radial net and its paths, added into dst (the degree-l block of a shared buffer):
 * hidden layers, then G[(ci F + f)(2l+1) + a] = sum_b W_J[a][b] s_k[ci][b] (threads over (f, ci),
 * the unrolled path code), then the last radial layer in tiles of output channels into phi and
 * dst[co][a] += sum_t phi[co][t] G[t][a] (threads over (co, a); t in order, as the C code). */
static void cu_radial_paths(cu_ctx *e, const plan_radial *pr, const char *src_k, const char *dst)
{
    emit_buf *b = e->b;
    char buf[40];
    const ir_radial *r = pr->r;
    const int k = r->k, l = r->l, nk = 2 * k + 1, nl = 2 * l + 1, F = r->nfreq, T = r->cin * F;
    int ct = CU_PHI_TILE / T;
    if (ct < 1)
        ct = 1;
    if (ct > r->cout)
        ct = r->cout;
    emit_line(b, "/* radial %c k=%d l=%d: %d -> %d channels, %d path%s */", r->role, k, l, r->cin, r->cout,
              r->npaths, r->npaths == 1 ? "" : "s");
    emit_line(b, "{");
    /* w walks the net's weights from the first hidden layer into the output layer (plan.c checks
     * they follow each other); `at` is where it points, relative to the layer's first weight */
    long at = pr->hidden_all.rel;
    emit_line(b, "const se3_real *__restrict__ w = P + %ld;", at);
    const char *cur = "rin";
    for (int d = 0; d < r->depth; d++) {
        const struct plan_hidden *hd = &pr->hidden[d];
        emit_line(b, "se3_dense(w, %d, %d, %s, hA, 0);  /* lin%d */", hd->lin.in, hd->lin.out, cur, d);
        emit_line(b, "__syncthreads();");
        emit_line(b, "se3_ln_relu(hA, hB, %d, w + %ld, w + %ld);  /* ln%d, ReLU */", hd->lin.out, hd->g.rel - at,
                  hd->b.rel - at, d);
        emit_line(b, "__syncthreads();");
        emit_line(b, "w += %ld;", hd->b.rel + hd->b.size - at);
        at = hd->b.rel + hd->b.size;
        cur = "hB";
    }
    const int in = pr->hw;
    /* contracted sender features, one (path, input channel) per thread */
    emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x) {", T);
    emit_line(b, "const int f = idx / %d, ci = idx - f * %d;", r->cin, r->cin);
    emit_line(b, "const se3_real *s = %s + ci * %d;", src_k, nk);
    emit_line(b, "se3_real *g = G + (ci * %d + f) * %d;", F, nl);
    emit_line(b, "switch (f) {");
    double C[9 * 9 * 17];
    for (int f = 0; f < r->npaths; f++) {
        const ir_path *ph = &r->paths[f];
        const int J = ph->J, nJ = 2 * J + 1;
        coupling_real(l, k, J, C);
        emit_line(b, "case %d: {", f);
        emit_line(b, "/* path (k=%d, l=%d, J=%d): degree %d (x) Y_%d -> degree %d, %d nonzero terms */", k, l, J, k, J,
                  l, ph->nnz);
        int any[9][9];
        for (int a = 0; a < nl; a++)
            for (int bb = 0; bb < nk; bb++) {
                any[a][bb] = 0;
                for (int c = 0; c < nJ; c++)
                    if (fabs(C[(a * nk + bb) * nJ + c]) > 1e-13)
                        any[a][bb] = 1;
                if (!any[a][bb])
                    continue;
                emit_raw(b, "%*sconst se3_real w%d_%d =", b->indent * 4, "", a, bb);
                int first = 1;
                for (int c = 0; c < nJ; c++) {
                    double v = C[(a * nk + bb) * nJ + c];
                    if (fabs(v) <= 1e-13)
                        continue;
                    emit_raw(b, "%s%s * Y[%d]", first ? " " : " + ", cu_lit(e, buf, v), J * J + c);
                    first = 0;
                }
                emit_raw(b, ";\n");
            }
        for (int a = 0; a < nl; a++) {
            emit_raw(b, "%*sg[%d] =", b->indent * 4, "", a);
            int first = 1;
            for (int bb = 0; bb < nk; bb++)
                if (any[a][bb]) {
                    emit_raw(b, "%sw%d_%d * s[%d]", first ? " " : " + ", a, bb, bb);
                    first = 0;
                }
            emit_raw(b, "%s;\n", first ? " 0" : "");
        }
        emit_line(b, "break;");
        emit_line(b, "}");
    }
    emit_line(b, "}");
    emit_line(b, "}");
    /* last radial layer in tiles of output channels, then the contraction */
    emit_line(b, "/* the last radial layer in tiles of %d output channels, then the contraction */", ct);
    emit_line(b, "for (int co0 = 0; co0 < %d; co0 += %d) {", r->cout, ct);
    emit_line(b, "const int nco = %d - co0 < %d ? %d - co0 : %d;", r->cout, ct, r->cout, ct);
    emit_line(b, "const se3_real *__restrict__ wo = w + (se3_i64)co0 * %d * %d, *__restrict__ bo = w + %ld + co0 * %d;", T,
              in, pr->out.b.rel - at, T);
    emit_line(b, "for (int idx = threadIdx.x; idx < nco * %d; idx += blockDim.x) {", T);
    emit_line(b, "se3_acc s = bo[idx];");
    emit_line(b, "for (int i = 0; i < %d; i++)", in);
    emit_line(b, "    s += wo[idx * %d + i] * %s[i];", in, cur);
    emit_line(b, "phi[idx] = (se3_real)s;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    emit_line(b, "for (int idx = threadIdx.x; idx < nco * %d; idx += blockDim.x) {", nl);
    emit_line(b, "const int cc = idx / %d, a = idx - cc * %d;", nl, nl);
    emit_line(b, "const se3_real *pr = phi + cc * %d;", T);
    emit_line(b, "se3_acc *d = %s + (co0 + cc) * %d + a;", dst, nl);
    emit_line(b, "se3_acc v = %s;", e->m->envelope != ENV_NONE ? "0" : "*d");
    emit_line(b, "for (int t = 0; t < %d; t++)", T);
    emit_line(b, "    v += (se3_acc)pr[t] * G[t * %d + a];", nl);
    if (e->m->envelope != ENV_NONE)
        emit_line(b, "*d += envu[0] * v;  /* the envelope */");
    else
        emit_line(b, "*d = v;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    emit_line(b, "}");
    emit_line(b, "}");
}

/* Whether the kernels keep a per-edge copy of the sender's degree-1 features: relpos fields are
 * joined to it, or xij=add changes its first channel. */
static int cu_s1_edge(const plan_layer *pl)
{
    return pl->nrelpos || pl->L->xij_add;
}

/* Shared buffers and per-edge preamble of a message-passing kernel. */
static void cu_mp_shared(cu_ctx *e, const plan_layer *pl, const cu_mp_sizes *s)
{
    cu_shared(e, "Y", e->pn->nsh, "harmonics of the current edge");
    cu_shared(e, "rin", e->pn->nin, "radial input: edge scalars, r");
    cu_shared(e, "hA", s->width, "radial hidden layer before LayerNorm");
    cu_shared(e, "hB", s->width, "radial hidden layer after LayerNorm, ReLU");
    cu_shared(e, "G", s->g, "contracted sender features of one radial net");
    cu_shared(e, "phi", s->phi, "radial outputs, one tile of output channels");
    if (cu_s1_edge(pl))
        cu_shared(e, "s1", pl->send.c[1] * 3, "sender degree 1 with the relpos edge fields");
    if (e->m->envelope != ENV_NONE)
        cu_shared_t(e, "se3_acc", "envu", 1, "envelope u(r) of the current edge");
}

/* Geometry, harmonics and radial input of edge e (thread 0), sender degree-1 features (all). */
static void cu_edge_setup(cu_ctx *e, const plan_layer *pl)
{
    emit_buf *b = e->b;
    const int in_dim = pl->in.dim;
    emit_line(b, "const se3_i32 j = src[e];");
    emit_line(b, "if (threadIdx.x == 0) {");
    emit_line(b, "/* geometry in double whatever the precision, as the C code */");
    emit_line(b, "const double dx = pos[3 * j] - pos[3 * i], dy = pos[3 * j + 1] - pos[3 * i + 1], dz = pos[3 * j + 2] - pos[3 * i + 2];");
    emit_line(b, "const double rd = sqrt(dx * dx + dy * dy + dz * dz);");
    emit_line(b, "const se3_real r = (se3_real)rd;");
    emit_line(b, "if (rd > 1e-12) {");
    emit_line(b, "const double inv = 1 / rd;");
    emit_line(b, "se3_sh(dx * inv, dy * inv, dz * inv, Y);");
    emit_line(b, "} else {");
    emit_line(b, "/* coincident points: only the invariant part (docs/semantics.md) */");
    emit_line(b, "for (int t = 0; t < %d; t++)", e->pn->nsh);
    emit_line(b, "    Y[t] = 0;");
    emit_line(b, "Y[0] = (se3_real)0.28209479177387814;");
    emit_line(b, "}");
    emit_rin(b, e->pn, "", "se3_i64", "");
    emit_line(b, "rin[%d] = r;", e->pn->nrin);
    if (e->m->envelope != ENV_NONE) {
        emit_line(b, "double du;");
        emit_line(b, "envu[0] = se3_envelope(rd, &du);  /* smooth cut-off: the messages are u(r) times the nets' */");
    }
    for (int q = 0; q < pl->nrelpos; q++) {
        const int c = pl->relpos[q].slot;
        emit_line(b, "s1[%d] = (se3_real)dy; s1[%d] = (se3_real)dz; s1[%d] = (se3_real)dx;  /* %s = x_j - x_i in (y, z, x) */", c * 3,
                  c * 3 + 1, c * 3 + 2, pl->relpos[q].name);
    }
    emit_line(b, "}");
    emit_line(b, "const se3_real *fj = in + (se3_i64)j * %d;", in_dim);
    if (cu_s1_edge(pl) && pl->in.c[1]) {
        emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x) {  /* sender degree 1 */", pl->in.c[1] * 3);
        emit_line(b, "s1[t] = fj[%d + t];", pl->in.off[1]);
        if (pl->L->xij_add) {
            emit_line(b, "if (t < 3) {  /* xij=add: x_i - x_j into channel 0, in (y, z, x) */");
            emit_line(b, "const int cc = t == 0 ? 1 : t == 1 ? 2 : 0;");
            emit_line(b, "s1[t] -= (se3_real)(pos[3 * j + cc] - pos[3 * i + cc]);");
            emit_line(b, "}");
        }
        emit_line(b, "}");
    }
}

/* Where the simple kernels read sender degree k: the shared copy with the relpos fields joined
 * (degree 1 when there are any), else the sender's row. */
static void cu_sender_ptr(const plan_layer *pl, int k, char *out, size_t n)
{
    if (k == 1 && cu_s1_edge(pl))
        snprintf(out, n, "s1");
    else
        snprintf(out, n, "(fj + %d)", pl->in.off[k]);
}

/* The head of a kernel body: a device function named by the placeholder CU_BODY (replaced when
 * the body is written out, see cu_layer), P pointing at the layer's first weight. Nothing in a
 * body names its layer, so layers of the same shape produce the same text and share it. */
#define CU_BODY "@BODY@"

static void cu_kernel_head(cu_ctx *e, const plan_layer *pl, const char *shape)
{
    arena a = { 0 };
    const layer *L = pl->L;
    emit_line(e->b, "/* %s %s -> %s, weights relative to the layer's first", layer_kind_name(L->kind), fibre_str(&a, &L->in),
              fibre_str(&a, &L->out));
    emit_line(e->b, " * launch: %s */", shape);
    emit_line(e->b, "static __device__ " CU_BODY "(SE3_PARAMS)");
    emit_line(e->b, "{");
    arena_free(&a);
}

static void cu_kernel_tail(cu_ctx *e)
{
    emit_line(e->b, "(void)P, (void)pos, (void)x0, (void)ea, (void)row, (void)src, (void)graph_ptr, (void)n_nodes, (void)n_graphs, (void)E;");
    emit_line(e->b, "}");
    emit_line(e->b, "/* static shared memory: %ld bytes */", e->shared_bytes);
    emit_raw(e->b, "\n");
}

/* Per-degree maps from row `src` to row `dst`: linear (se3_mix, threads over (co, m)) or
 * attentive (se3_attentive_si, which needs the shared gram, zs and stat). */
static void cu_maps(cu_ctx *e, const plan_maps *ms, const char *src, const char *dst, int add)
{
    for (int i = 0; i < ms->n; i++) {
        const plan_map *m = &ms->d[i];
        if (!ms->attentive)
            emit_line(e->b, "se3_mix(P + %ld, %d, %d, %d, %s + %d, %s + %d, %d);  /* .%s */", m->w.rel, m->cin, m->cout,
                      m->ncomp, src, m->from_off, dst, m->to_off, add, m->name);
        else
            emit_line(e->b, "se3_attentive_si(P + %ld, %d, %d, %d, %s + %d, %s + %d, gram, zs, stat);  /* .%s */",
                      m->ln_g.rel, m->cin, m->cout, m->ncomp, src, m->from_off, dst, m->to_off, m->name);
    }
}

/* The shared scratch of an attentive self-interaction: the largest cin^2 and cout*cin. */
static void cu_attentive_shared(cu_ctx *e, const plan_maps *ms)
{
    int gram = 1, z = 1;
    for (int i = 0; i < ms->n; i++) {
        gram = cu_max(gram, ms->d[i].cin * ms->d[i].cin);
        z = cu_max(z, ms->d[i].cout * ms->d[i].cin);
    }
    cu_shared(e, "gram", gram, "attentive self-interaction: Gram matrix");
    cu_shared(e, "zs", z, "attentive self-interaction: mixing weights");
    cu_shared_t(e, "se3_acc", "stat", 2, "LayerNorm mean and 1/std");
}

static void cu_conv(cu_ctx *e, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = e->b;
    const int out_dim = pl->out.dim, in_dim = pl->in.dim;
    char sk[64], dst[64];
    cu_mp_sizes s = cu_mp_measure(pl);
    cu_kernel_head(e, pl, e->tiled ? "one block per receiver; threads over (co, m); messages from the edge kernel's scratch"
                                   : "one block per receiver; threads over channels, radial outputs and (co, m)");
    if (!e->tiled)
        cu_mp_shared(e, pl, &s);
    cu_shared_t(e, "se3_acc", "acc", out_dim, "aggregated messages");
    emit_line(b, "for (se3_i32 i = blockIdx.x; i < n_nodes; i += gridDim.x) {");
    emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)", out_dim);
    emit_line(b, "    acc[t] = 0;");
    emit_line(b, "__syncthreads();");
    emit_line(b, "for (se3_i64 e = row[i]; e < row[i + 1]; e++) {");
    if (e->tiled) {
        emit_line(b, "const se3_real *Ee = E + e * %d;  /* the edge's message */", out_dim);
        emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)", out_dim);
        emit_line(b, "    acc[t] += Ee[t];");
        emit_line(b, "}");
        emit_line(b, "__syncthreads();");
    } else {
        cu_edge_setup(e, pl);
        emit_line(b, "__syncthreads();");
        for (int q = 0; q < pl->nradials; q++) {
            const plan_radial *pr = &pl->radials[q];
            cu_sender_ptr(pl, pr->r->k, sk, sizeof sk);
            snprintf(dst, sizeof dst, "(acc + %d)", pr->dst_off);
            cu_radial_paths(e, pr, sk, dst);
        }
        emit_line(b, "}");
    }
    emit_line(b, "se3_real *o = out + (se3_i64)i * %d;", out_dim);
    emit_line(b, "const se3_real *fi = in + (se3_i64)i * %d;", in_dim);
    emit_line(b, "(void)fi;");
    if (L->agg == AGG_MEAN) {
        emit_line(b, "const se3_i64 deg = row[i + 1] - row[i];");
        emit_line(b, "const se3_acc scale = deg > 0 ? 1.0 / (se3_acc)deg : 0;");
    }
    for (int l = 0; l <= SE3_LMAX; l++) {
        const int C = pl->out.c[l], nl = 2 * l + 1, off = pl->out.off[l];
        if (!C)
            continue;
        const plan_map *self = NULL;   /* the self-interaction of degree l, if any */
        for (int i = 0; i < pl->si.n; i++)
            if (pl->si.d[i].l == l)
                self = &pl->si.d[i];
        emit_line(b, "/* degree %d%s */", l, self ? ": messages + self-term" : "");
        emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x) {", C * nl);
        if (L->agg == AGG_MEAN)
            emit_line(b, "const se3_real v = (se3_real)(acc[%d + idx] * scale);", off);
        else
            emit_line(b, "const se3_real v = (se3_real)acc[%d + idx];", off);
        if (self) {
            emit_line(b, "const int co = idx / %d, m = idx - co * %d;", nl, nl);
            emit_line(b, "se3_acc s = v;");
            emit_line(b, "for (int ci = 0; ci < %d; ci++)  /* .%s */", self->cin, self->name);
            emit_line(b, "    s += P[%ld + co * %d + ci] * fi[%d + ci * %d + m];", self->w.rel, self->cin, self->from_off, nl);
            emit_line(b, "o[%d + idx] = (se3_real)s;", off);
        } else {
            emit_line(b, "o[%d + idx] = v;", off);
        }
        emit_line(b, "}");
    }
    emit_line(b, "__syncthreads();");
    emit_line(b, "}");
    cu_kernel_tail(e);
}

/* `h = head of value element t` as an if-chain over the degrees of the value fibre. */
static void cu_head_of(cu_ctx *e, const plan_layer *pl, const char *t)
{
    emit_buf *b = e->b;
    int first = 1;
    emit_line(b, "int h = 0;");
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!pl->value.c[l])
            continue;
        int G = pl->value.c[l] / pl->L->heads, nl = 2 * l + 1, off = pl->value.off[l];
        emit_line(b, "%sif (%s < %d)  /* degree %d */", first ? "" : "else ", t, off + pl->value.c[l] * nl, l);
        emit_line(b, "    h = (%s - %d) / %d;", t, off, G * nl);
        first = 0;
    }
}

static void cu_attention(cu_ctx *e, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = e->b;
    char buf[40], sk[64], dst[64];
    const int out_dim = pl->out.dim, in_dim = pl->in.dim;
    const int key_dim = pl->key.dim, val_dim = pl->value.dim, mid_dim = pl->mid.dim;
    const int H = L->heads;
    cu_mp_sizes s = cu_mp_measure(pl);
    cu_kernel_head(e, pl, e->tiled ? "one block per receiver; heads and components on threads; keys and values from the edge kernel's scratch"
                                   : "one block per receiver; threads over channels, radial outputs and (co, m); heads on threads");
    if (!e->tiled)
        cu_mp_shared(e, pl, &s);
    cu_shared(e, "q", key_dim, "query of the receiver");
    cu_shared_t(e, "se3_acc", "kv", key_dim, "key of the current edge");
    cu_shared_t(e, "se3_acc", "vv", val_dim, "value of the current edge");
    cu_shared_t(e, "se3_acc", "acc", val_dim, "softmax-weighted sum of values");
    cu_shared_t(e, "se3_acc", "mx", H, "running maximum logit per head");
    cu_shared_t(e, "se3_acc", "den", H, "running softmax denominator per head");
    cu_shared_t(e, "se3_acc", "kp", 2 * H, "per head: rescale of the old sum, weight of the new value");
    cu_shared(e, "mid", mid_dim, "attention output after the skip, at the model's precision");
    if (pl->si.attentive)
        cu_attentive_shared(e, &pl->si);
    emit_line(b, "for (se3_i32 i = blockIdx.x; i < n_nodes; i += gridDim.x) {");
    emit_line(b, "const se3_real *fi = in + (se3_i64)i * %d;", in_dim);
    cu_maps(e, &pl->q, "fi", "q", 0);
    emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)", val_dim);
    emit_line(b, "    acc[t] = 0;");
    emit_line(b, "for (int h = threadIdx.x; h < %d; h += blockDim.x) {", H);
    emit_line(b, "mx[h] = SE3_NEG_INF;");
    emit_line(b, "den[h] = 0;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    emit_line(b, "for (se3_i64 e = row[i]; e < row[i + 1]; e++) {");
    if (e->tiled) {
        emit_line(b, "const se3_real *Ee = E + e * %d;  /* the edge's key, then its value */", key_dim + val_dim);
        emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)", key_dim);
        emit_line(b, "    kv[t] = Ee[t];");
        emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)", val_dim);
        emit_line(b, "    vv[t] = Ee[%d + t];", key_dim);
        emit_line(b, "__syncthreads();");
    } else {
        cu_edge_setup(e, pl);
        emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)", key_dim);
        emit_line(b, "    kv[t] = 0;");
        emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)", val_dim);
        emit_line(b, "    vv[t] = 0;");
        emit_line(b, "__syncthreads();");
    }
    for (int q = 0; !e->tiled && q < pl->nradials; q++) {
        const plan_radial *pr = &pl->radials[q];
        cu_sender_ptr(pl, pr->r->k, sk, sizeof sk);
        snprintf(dst, sizeof dst, "(%s + %d)", pr->r->role == 'k' ? "kv" : "vv", pr->dst_off);
        cu_radial_paths(e, pr, sk, dst);
    }
    /* logits and the online softmax, one thread per head */
    emit_line(b, "for (int h = threadIdx.x; h < %d; h += blockDim.x) {", H);
    emit_line(b, "se3_acc s = 0;");
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!pl->key.c[l])
            continue;
        int G = pl->key.c[l] / H, nl = 2 * l + 1, off = pl->key.off[l];
        emit_line(b, "for (int t = h * %d; t < (h + 1) * %d; t++)  /* degree %d */", G * nl, G * nl, l);
        emit_line(b, "    s += q[%d + t] * kv[%d + t];", off, off);
    }
    emit_line(b, "const se3_acc z = s * %s;", emit_real(buf, 1.0 / sqrt((double)key_dim), 0));
    emit_line(b, "se3_acc keep = 1, p = 1;");
    if (e->m->envelope != ENV_NONE) {
        emit_line(b, "const se3_i32 je = src[e];  /* the envelope: weight u exp(z), 0 at the cut-off */");
        emit_line(b, "const double ex = pos[3 * je] - pos[3 * i], ey = pos[3 * je + 1] - pos[3 * i + 1], ez = pos[3 * je + 2] - pos[3 * i + 2];");
        emit_line(b, "double du;");
        emit_line(b, "const se3_acc ue = se3_envelope(sqrt(ex * ex + ey * ey + ez * ez), &du);");
        emit_line(b, "if (!(ue > 0)) {");
        emit_line(b, "p = 0;");
        emit_line(b, "} else if (z > mx[h]) {");
        emit_line(b, "keep = exp(mx[h] - z);");
        emit_line(b, "mx[h] = z;");
        emit_line(b, "p = ue;");
        emit_line(b, "} else {");
        emit_line(b, "p = ue * exp(z - mx[h]);");
        emit_line(b, "}");
    } else {
        emit_line(b, "if (z > mx[h]) {");
        emit_line(b, "keep = exp(mx[h] - z);");
        emit_line(b, "mx[h] = z;");
        emit_line(b, "} else {");
        emit_line(b, "p = exp(z - mx[h]);");
        emit_line(b, "}");
    }
    emit_line(b, "den[h] = den[h] * keep + p;");
    emit_line(b, "kp[2 * h] = keep;");
    emit_line(b, "kp[2 * h + 1] = p;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x) {", val_dim);
    cu_head_of(e, pl, "t");
    emit_line(b, "acc[t] = acc[t] * kp[2 * h] + kp[2 * h + 1] * vv[t];");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    emit_line(b, "}");
    /* normalise, skip, self-interaction */
    emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x) {", val_dim);
    cu_head_of(e, pl, "t");
    emit_line(b, "const se3_acc inv = den[h] > 0 ? 1 / den[h] : 0;");
    emit_line(b, "acc[t] *= inv;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    /* mid: the attention output with the skip applied, at the model's precision */
    const char *mid = "mid";
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!pl->value.c[l])
            continue;
        int nl = 2 * l + 1, vo = pl->value.off[l], mo = pl->mid.off[l], fo = pl->in.off[l];
        int nv = pl->value.c[l] * nl, add = L->skip == SKIP_SUM && pl->in.c[l];
        emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)  /* degree %d: attention%s */", nv, l,
                  add ? " + skip" : "");
        if (add)
            emit_line(b, "    mid[%d + t] = (se3_real)(acc[%d + t] + fi[%d + t]);", mo, vo, fo);
        else
            emit_line(b, "    mid[%d + t] = (se3_real)acc[%d + t];", mo, vo);
        if (L->skip == SKIP_CAT && pl->in.c[l]) {
            emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)  /* degree %d: skip */", pl->in.c[l] * nl, l);
            emit_line(b, "    mid[%d + t] = fi[%d + t];", mo + nv, fo);
        }
    }
    emit_line(b, "__syncthreads();");
    emit_line(b, "se3_real *o = out + (se3_i64)i * %d;", out_dim);
    cu_maps(e, &pl->si, mid, "o", 0);
    emit_line(b, "__syncthreads();");
    emit_line(b, "}");
    cu_kernel_tail(e);
}

/* ---- tiled edge kernels ----------------------------------------------------------------- */

/* Output groups of a message-passing layer's edge kernel: the message blocks (plan_msgblk) some
 * radial net writes, numbered in the order of the first radial net writing each; grp[q] gets
 * radial net q's group. Returns how many (at least 1). */
static int cu_edge_groups(const plan_layer *pl, int *grp)
{
    int gid[2 * (SE3_LMAX + 1)], ng = 0;
    for (int b = 0; b < pl->nmsg; b++)
        gid[b] = -1;
    for (int q = 0; q < pl->nradials; q++) {
        const ir_radial *r = pl->radials[q].r;
        int b = 0;
        while (b < pl->nmsg && !(pl->msg[b].role == r->role && pl->msg[b].l == r->l))
            b++;
        if (b == pl->nmsg)
            SE3C_INTERNAL("layer '%s': no message block for radial %c k=%d l=%d", pl->L->name, r->role, r->k, r->l);
        if (gid[b] < 0)
            gid[b] = ng++;
        if (grp)
            grp[q] = gid[b];
    }
    return ng ? ng : 1;
}

/* Bytes of staged last-layer weights per block (a multiple of 16): 16 KB in f32, 8 KB in f64, so
 * that every edge kernel stays under the 48 KB of static shared memory a block may have. The TF32
 * mode stages 8 KB and keeps the stage's radial outputs (as many bytes again) in shared memory. */
#define CU_STAGE_BYTES(f32, tf32) ((tf32) ? 8192 : (f32) ? 16384 : 8192)

/* The TF32 mode's shared row strides: the A operand (the tile's last hidden layer, edges x KP)
 * and the radial outputs (rows x edges) are padded by 4 words, so that a warp's fragment loads
 * and stores hit 32 different banks. */
#define CU_TF32_PAD 4

/* How radial r's last layer is staged: inputs per output (IN: the width, or the radial inputs
 * when there is no hidden layer), the padded row (RS: IN weights, the bias, padding to 4), and
 * the input channels per stage (CIB), so that NCG output channels x CIB x F rows fit. TF32: KP
 * is IN rounded up to the mma's k = 8 (RS = KP + 4 >= IN + 1), ROWS = NCG x CIB x F rows of the
 * stage, RP those rounded up to the mma's n = 8 (rows past ROWS are staged as zeros). */
typedef struct cu_stage {
    int in, rs, cib, kp, rows, rp;
} cu_stage;

static cu_stage cu_stage_of(const cu_ctx *e, const plan_radial *pr)
{
    const ir_radial *r = pr->r;
    const int ncg = EMIT_CUDA_THREADS / EMIT_CUDA_EDGE_TILE, cap = CU_STAGE_BYTES(e->f32, e->tf32) / (e->f32 ? 4 : 8);
    cu_stage st;
    st.in = pr->hw;
    st.kp = (st.in + 7) / 8 * 8;
    st.rs = e->tf32 ? st.kp + CU_TF32_PAD : (st.in + 1 + 3) / 4 * 4;
    st.cib = cap / (ncg * r->nfreq * st.rs);
    if (st.cib < 1)
        st.cib = 1;
    if (st.cib > r->cin)
        st.cib = r->cin;
    st.rows = ncg * st.cib * r->nfreq;
    st.rp = e->tf32 ? (st.rows + 7) / 8 * 8 : st.rows;
    return st;
}

/* TF32 mode, after a stage of weights is in Ws: its radial outputs without the bias for the
 * whole tile, Phs[row][el] = sum_x Ws[row][x] At[el][x], as 2 x RP/8 mma tiles of 16 edges x 8
 * rows, k = 8 per step, spread over the warps. Every warp runs the same number of rounds (a warp
 * without a tile of its own computes tile 0 again and keeps nothing), so all threads of the block
 * call se3_mma_tf32 equally often. Ends with a barrier. */
static void cu_tf32_stage_product(cu_ctx *e, const cu_stage *st)
{
    emit_buf *b = e->b;
    const int TE = EMIT_CUDA_EDGE_TILE, ald = st->kp + CU_TF32_PAD, pld = TE + CU_TF32_PAD;
    const int nt = TE / 16 * (st->rp / 8);
    emit_line(b, "{  /* W h for the stage on tensor cores: %d tiles of 16 edges x 8 rows, k = %d in steps of 8 */", nt, st->kp);
    emit_line(b, "const int warp = threadIdx.x / 32, lane = threadIdx.x %% 32, gq = lane >> 2, tq = lane & 3;");
    emit_line(b, "for (int t0 = 0; t0 < %d; t0 += blockDim.x / 32) {", nt);
    emit_line(b, "const int t = t0 + warp < %d ? t0 + warp : 0, m0 = t %% %d * 16, n0 = t / %d * 8;", nt, TE / 16, TE / 16);
    emit_line(b, "float d[4] = { 0, 0, 0, 0 };");
    emit_line(b, "#pragma unroll");
    emit_line(b, "for (int k0 = 0; k0 < %d; k0 += 8) {", st->kp);
    emit_line(b, "const unsigned *ar = At + (m0 + gq) * %d + k0 + tq;", ald);
    emit_line(b, "const unsigned a[4] = { ar[0], ar[%d], ar[4], ar[%d] };", 8 * ald, 8 * ald + 4);
    emit_line(b, "const float *br = Ws + (n0 + gq) * %d + k0 + tq;", st->rs);
    emit_line(b, "const unsigned bq[2] = { __float_as_uint(br[0]), __float_as_uint(br[4]) };");
    emit_line(b, "se3_mma_tf32(d, a, bq);");
    emit_line(b, "}");
    emit_line(b, "if (t0 + warp < %d) {", nt);
    emit_line(b, "float *pr = Phs + (n0 + 2 * tq) * %d + m0 + gq;", pld);
    emit_line(b, "pr[0] = d[0];");
    emit_line(b, "pr[%d] = d[1];", pld);
    emit_line(b, "pr[8] = d[2];");
    emit_line(b, "pr[%d] = d[3];", pld + 8);
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
}

/* The TF32 A operand: rows q < ne of src (stride `stride`, n columns) as TF32 into At (edges x
 * kp, zero-padded, stride kp + 4). No barrier. */
static void cu_tf32_fill_a(cu_ctx *e, const char *src, int stride, int n)
{
    emit_buf *b = e->b;
    const int kp = (n + 7) / 8 * 8, TE = EMIT_CUDA_EDGE_TILE;
    emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x) {  /* A: edges x %d as TF32, zero past %d and ne */",
              TE * kp, kp, n);
    emit_line(b, "const int q = idx / %d, x = idx - q * %d;", kp, kp);
    emit_line(b, "At[q * %d + x] = q < ne && x < %d ? se3_tf32(%s[q * %d + x]) : 0u;", kp + CU_TF32_PAD, n, src, stride);
    emit_line(b, "}");
}

/* TF32 mode: radial hidden layer d for the whole tile, hA[q][o] = b[o] + sum_c x[q][c] W[o][c]
 * (W [out, in] row-major at w, the bias at w + brel), as 2 x ceil(out / 8) mma tiles of 16 edges x
 * 8 units; the B fragments are read from the weights in global memory (cached) and rounded to
 * TF32 there. Every thread calls se3_mma_tf32 equally often (cu_tf32_stage_product). The caller
 * ends with a barrier. */
static void cu_tf32_hidden(cu_ctx *e, const char *src, int stride, int in, int out, long brel, int hs, int d)
{
    emit_buf *b = e->b;
    const int TE = EMIT_CUDA_EDGE_TILE, kp = (in + 7) / 8 * 8, ald = kp + CU_TF32_PAD, nt = TE / 16 * ((out + 7) / 8);
    emit_line(b, "/* lin%d on tensor cores: %d -> %d units, %d tiles of 16 edges x 8 units, k = %d in steps of 8 */", d, in,
              out, nt, kp);
    cu_tf32_fill_a(e, src, stride, in);
    emit_line(b, "__syncthreads();");
    emit_line(b, "{");
    emit_line(b, "const int warp = threadIdx.x / 32, lane = threadIdx.x %% 32, gq = lane >> 2, tq = lane & 3;");
    emit_line(b, "for (int t0 = 0; t0 < %d; t0 += blockDim.x / 32) {", nt);
    emit_line(b, "const int t = t0 + warp < %d ? t0 + warp : 0, m0 = t %% %d * 16, n0 = t / %d * 8, o = n0 + gq;", nt, TE / 16,
              TE / 16);
    emit_line(b, "const se3_real *wr = w + (o < %d ? o : 0) * %d;", out, in);
    emit_line(b, "float d[4] = { 0, 0, 0, 0 };");
    emit_line(b, "#pragma unroll");
    emit_line(b, "for (int k0 = 0; k0 < %d; k0 += 8) {", kp);
    emit_line(b, "const unsigned *ar = At + (m0 + gq) * %d + k0 + tq;", ald);
    emit_line(b, "const unsigned a[4] = { ar[0], ar[%d], ar[4], ar[%d] };", 8 * ald, 8 * ald + 4);
    emit_line(b, "const int k = k0 + tq;");
    emit_line(b, "const unsigned bq[2] = { o < %d && k < %d ? se3_tf32(wr[k]) : 0u, o < %d && k + 4 < %d ? se3_tf32(wr[k + 4]) : 0u };",
              out, in, out, in);
    emit_line(b, "se3_mma_tf32(d, a, bq);");
    emit_line(b, "}");
    emit_line(b, "if (t0 + warp < %d) {", nt);
    emit_line(b, "#pragma unroll");
    emit_line(b, "for (int i = 0; i < 4; i++) {  /* D: rows gq, gq + 8; units 2 tq, 2 tq + 1 (unrolled: d stays in registers) */");
    emit_line(b, "const int q = m0 + gq + 8 * (i >> 1), c = n0 + 2 * tq + (i & 1);");
    emit_line(b, "if (c < %d)", out);
    emit_line(b, "    hA[q * %d + c] = d[i] + w[%ld + c];  /* bias added in f32 */", hs, brel);
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
}

/* One radial net of an edge kernel for the whole tile: hidden layers with threads over (edge,
 * unit); then the last layer and the contraction with thread (el, cg) owning edge el and output
 * channels cg, cg + NCG, ...: for each stage of staged weights (NCG output channels x CIB input
 * channels x F paths), phi = bias + W h in registers and H[f][b] += phi s[ci][b]; finally
 * msg[a] = sum_f sum_b W_J[a][b] H[f][b] with the nonzero coupling terms as literals, written
 * (or added, when an earlier radial wrote the same block) to the edge's scratch row. */
static void cu_edge_radial(cu_ctx *e, const plan_layer *pl, const plan_radial *pr, int first, int nyp, int hs)
{
    emit_buf *b = e->b;
    char buf[40];
    const ir_radial *r = pr->r;
    const int k = r->k, l = r->l, nk = 2 * k + 1, nl = 2 * l + 1, F = r->nfreq, T = r->cin * F;
    const int ncg = EMIT_CUDA_THREADS / EMIT_CUDA_EDGE_TILE, TE = EMIT_CUDA_EDGE_TILE;
    const int ed = pl->msg_dim, nin = e->pn->nin;
    const cu_stage st = cu_stage_of(e, pr);
    emit_line(b, "/* radial %c k=%d l=%d: %d -> %d channels, %d path%s; %d input channel%s per stage */", r->role, k, l,
              r->cin, r->cout, r->npaths, r->npaths == 1 ? "" : "s", st.cib, st.cib == 1 ? "" : "s");
    emit_line(b, "{");
    /* w walks the net's weights as in cu_radial_paths; `at` is where it points */
    long at = pr->hidden_all.rel;
    emit_line(b, "const se3_real *__restrict__ w = P + %ld;", at);
    const char *cur = "rins";
    int in = nin, cstride = nin;
    for (int d = 0; d < r->depth; d++) {
        const struct plan_hidden *hd = &pr->hidden[d];
        const int W = hd->lin.out;
        if (e->tf32) {
            cu_tf32_hidden(e, cur, cstride, in, W, hd->lin.b.rel - at, hs, d);
        } else {
            emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x) {  /* lin%d */", TE * W, d);
            emit_line(b, "const int q = idx / %d, o = idx - q * %d;", W, W);
            emit_line(b, "if (q < ne) {");
            emit_line(b, "const se3_real *x = %s + q * %d, *wr = w + o * %d;", cur, cstride, in);
            emit_line(b, "se3_acc s = w[%ld + o];", hd->lin.b.rel - at);
            emit_line(b, "for (int c = 0; c < %d; c++)", in);
            emit_line(b, "    s += wr[c] * x[c];");
            emit_line(b, "hA[q * %d + o] = (se3_real)s;", hs);
            emit_line(b, "}");
            emit_line(b, "}");
        }
        emit_line(b, "__syncthreads();");
        emit_line(b, "for (int q = threadIdx.x; q < ne; q += blockDim.x)");
        emit_line(b, "    se3_ln_stats(hA + q * %d, %d, &lnst[2 * q], &lnst[2 * q + 1]);", hs, W);
        emit_line(b, "__syncthreads();");
        emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x) {  /* ln%d, ReLU */", TE * W, d);
        emit_line(b, "const int q = idx / %d, o = idx - q * %d;", W, W);
        emit_line(b, "if (q < ne) {");
        emit_line(b, "const se3_real v = (se3_real)((hA[q * %d + o] - lnst[2 * q]) * lnst[2 * q + 1] * w[%ld + o] + w[%ld + o]);",
                  hs, hd->g.rel - at, hd->b.rel - at);
        emit_line(b, "hB[q * %d + o] = v > 0 ? v : 0;", hs);
        emit_line(b, "}");
        emit_line(b, "}");
        emit_line(b, "__syncthreads();");
        emit_line(b, "w += %ld;", hd->b.rel + hd->b.size - at);
        at = hd->b.rel + hd->b.size;
        cur = "hB";
        in = W;
        cstride = hs;
    }
    if (e->tf32) {
        emit_line(b, "/* TF32: the A operand of the last layer, the tile's last hidden layer */");
        cu_tf32_fill_a(e, cur, cstride, in);
    } else {
        emit_line(b, "se3_real h[%d];  /* the edge's last hidden layer, in registers */", in);
        emit_line(b, "#pragma unroll");
        emit_line(b, "for (int c = 0; c < %d; c++)", in);
        emit_line(b, "    h[c] = el < ne ? %s[el * %d + c] : 0;", cur, cstride);
    }
    emit_line(b, "for (int co0 = 0; co0 < %d; co0 += %d)", r->cout, ncg);
    emit_line(b, "for (int g = cg; g < %d; g += blockDim.x / %d) {  /* one pass with %d threads */", ncg, TE, EMIT_CUDA_THREADS);
    emit_line(b, "const int co = co0 + g;");
    emit_line(b, "se3_real H[%d][%d];  /* H[f][b] = sum_ci phi[co][ci, f] s[ci][b] */", F, nk);
    emit_line(b, "#pragma unroll");
    emit_line(b, "for (int f = 0; f < %d; f++)", F);
    emit_line(b, "    #pragma unroll");
    emit_line(b, "    for (int c = 0; c < %d; c++)", nk);
    emit_line(b, "        H[f][c] = 0;");
    emit_line(b, "for (int ci0 = 0; ci0 < %d; ci0 += %d) {", r->cin, st.cib);
    emit_line(b, "__syncthreads();");
    emit_line(b, "/* stage rows (co0 + g, ci0 + c, f) of the last layer: %d weights, then the bias */", st.in);
    emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x) {", st.rp * st.rs);
    emit_line(b, "const int rr = idx / %d, x = idx - rr * %d;", st.rs, st.rs);
    emit_line(b, "const int f = rr %% %d, c = rr / %d %% %d, gs = rr / %d;", F, F, st.cib, F * st.cib);
    emit_line(b, "const int cop = co0 + gs, cip = ci0 + c;");
    emit_line(b, "se3_real v = 0;");
    if (st.rp > st.rows)
        emit_line(b, "if (rr < %d && cop < %d && cip < %d && x <= %d)  /* rows past %d: zeros for the mma */", st.rows, r->cout,
                  r->cin, st.in, st.rows);
    else
        emit_line(b, "if (cop < %d && cip < %d && x <= %d)", r->cout, r->cin, st.in);
    if (e->tf32)   /* the weights as TF32 operands (rounded once here), the bias exact */
        emit_line(b, "    v = x < %d ? __uint_as_float(se3_tf32(w[((se3_i64)cop * %d + cip * %d + f) * %d + x])) : w[%ld + cop * %d + cip * %d + f];",
                  st.in, T, F, st.in, pr->out.b.rel - at, T, F);
    else
        emit_line(b, "    v = x < %d ? w[((se3_i64)cop * %d + cip * %d + f) * %d + x] : w[%ld + cop * %d + cip * %d + f];", st.in,
                  T, F, st.in, pr->out.b.rel - at, T, F);
    emit_line(b, "Ws[idx] = v;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    if (e->tf32)
        cu_tf32_stage_product(e, &st);
    emit_line(b, "if (el < ne && co < %d) {", r->cout);
    emit_line(b, "#pragma unroll 1");
    emit_line(b, "for (int c = 0; c < %d; c++) {  /* not unrolled: the body has %d multiply-adds */", st.cib, F * (st.in + nk));
    emit_line(b, "const int ci = ci0 + c;");
    emit_line(b, "if (ci < %d) {", r->cin);
    if (k == 1 && cu_s1_edge(pl))
        emit_line(b, "const se3_real *sv = s1s + el * %d + ci * 3;  /* sender degree 1 and the relpos fields */",
                  pl->send.c[1] * 3);
    else
        emit_line(b, "const se3_real *sv = fj + %d + ci * %d;  /* sender degree %d */", pl->in.off[k], nk, k);
    emit_line(b, "se3_real s[%d];", nk);
    emit_line(b, "#pragma unroll");
    emit_line(b, "for (int c2 = 0; c2 < %d; c2++)", nk);
    emit_line(b, "    s[c2] = sv[c2];");
    emit_line(b, "const se3_real *wr = Ws + (g * %d + c) * %d;", st.cib, F * st.rs);
    emit_line(b, "#pragma unroll");
    emit_line(b, "for (int f = 0; f < %d; f++) {", F);
    if (e->tf32) {
        emit_line(b, "const se3_real p = wr[f * %d + %d] + Phs[((g * %d + c) * %d + f) * %d + el];  /* bias + W h (tensor cores) */",
                  st.rs, st.in, st.cib, F, EMIT_CUDA_EDGE_TILE + CU_TF32_PAD);
    } else {
        emit_line(b, "se3_real p = wr[f * %d + %d];", st.rs, st.in);
        const int vw = e->f32 ? 4 : 2, nv = st.in / vw;
        if (nv > 0) {
            emit_line(b, "const se3_vec *__restrict__ wv = (const se3_vec *)(wr + f * %d);  /* rows are 16-byte aligned */",
                      st.rs);
            emit_line(b, "#pragma unroll");
            emit_line(b, "for (int x = 0; x < %d; x++) {", nv);
            emit_line(b, "const se3_vec q = wv[x];");
            emit_line(b, "#pragma unroll");
            emit_line(b, "for (int u = 0; u < %d; u++)", vw);
            emit_line(b, "    p += q.v[u] * h[x * %d + u];", vw);
            emit_line(b, "}");
        }
        if (nv * vw < st.in) {
            emit_line(b, "#pragma unroll");
            emit_line(b, "for (int x = %d; x < %d; x++)", nv * vw, st.in);
            emit_line(b, "    p += wr[f * %d + x] * h[x];", st.rs);
        }
    }
    emit_line(b, "#pragma unroll");
    emit_line(b, "for (int c2 = 0; c2 < %d; c2++)", nk);
    emit_line(b, "    H[f][c2] += p * s[c2];");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    /* the contraction with the basis kernels */
    emit_line(b, "if (el < ne && co < %d) {", r->cout);
    emit_line(b, "const se3_real *__restrict__ Y = Ys + el * %d;", nyp);
    emit_line(b, "se3_real m[%d];", nl);
    for (int a = 0; a < nl; a++)
        emit_line(b, "m[%d] = 0;", a);
    double C[9 * 9 * 17];
    for (int f = 0; f < r->npaths; f++) {
        const ir_path *ph = &r->paths[f];
        const int J = ph->J, nJ = 2 * J + 1;
        coupling_real(l, k, J, C);
        emit_line(b, "{  /* path (k=%d, l=%d, J=%d), %d nonzero terms */", k, l, J, ph->nnz);
        int any[9][9];
        for (int a = 0; a < nl; a++)
            for (int bb = 0; bb < nk; bb++) {
                any[a][bb] = 0;
                for (int c = 0; c < nJ; c++)
                    if (fabs(C[(a * nk + bb) * nJ + c]) > 1e-13)
                        any[a][bb] = 1;
                if (!any[a][bb])
                    continue;
                emit_raw(b, "%*sconst se3_real w%d_%d =", b->indent * 4, "", a, bb);
                int firstt = 1;
                for (int c = 0; c < nJ; c++) {
                    double v = C[(a * nk + bb) * nJ + c];
                    if (fabs(v) <= 1e-13)
                        continue;
                    emit_raw(b, "%s%s * Y[%d]", firstt ? " " : " + ", cu_lit(e, buf, v), J * J + c);
                    firstt = 0;
                }
                emit_raw(b, ";\n");
            }
        for (int a = 0; a < nl; a++) {
            int firstt = 1;
            for (int bb = 0; bb < nk; bb++)
                if (any[a][bb]) {
                    if (firstt)
                        emit_raw(b, "%*sm[%d] +=", b->indent * 4, "", a);
                    emit_raw(b, "%sw%d_%d * H[%d][%d]", firstt ? " " : " + ", a, bb, f, bb);
                    firstt = 0;
                }
            if (!firstt)
                emit_raw(b, ";\n");
        }
        emit_line(b, "}");
    }
    emit_line(b, "se3_real *__restrict__ eo = E + (t0 + el) * %d + %d + co * %d;", ed, pr->msg_off, nl);
    for (int a = 0; a < nl; a++)
        if (e->m->envelope != ENV_NONE)
            emit_line(b, "eo[%d] %s (se3_real)(envs[el] * m[%d]);  /* the envelope */", a, first ? "=" : "+=", a);
        else
            emit_line(b, "eo[%d] %s m[%d];", a, first ? "=" : "+=", a);
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
}

/* The edge kernel of a message-passing layer (EMIT_CUDA_TILED): a block per tile of
 * EMIT_CUDA_EDGE_TILE consecutive edges (striding over tiles by gridDim.x). Thread el < ne
 * sets up edge t0 + el (its receiver by binary search in the CSR offsets, geometry and
 * harmonics in double, radial inputs); then every radial net runs for the whole tile
 * (cu_edge_radial). Each edge's row of E is written by one thread per component and read by
 * the receiver kernel afterwards: no atomics, the same result for any grid. */
static void cu_edges(cu_ctx *e, const plan_layer *pl)
{
    emit_buf *b = e->b;
    const int TE = EMIT_CUDA_EDGE_TILE, ncg = EMIT_CUDA_THREADS / TE;
    const int ed = pl->msg_dim, in_dim = pl->in.dim;
    const int ny = e->pn->nsh, nyp = ny + 1;
    const int nin = e->pn->nin;
    const int s1 = cu_s1_edge(pl) ? pl->send.c[1] * 3 : 0;
    int wmax = 1, kpmax = 8, rpmax = 8;
    long stage = 4;
    for (int q = 0; q < pl->nradials; q++) {
        const ir_radial *r = pl->radials[q].r;
        const cu_stage st = cu_stage_of(e, &pl->radials[q]);
        wmax = cu_max(wmax, r->depth ? r->width : 1);
        kpmax = cu_max(kpmax, st.kp);
        kpmax = cu_max(kpmax, (nin + 7) / 8 * 8);   /* the hidden layers' A operands (TF32) */
        if (r->depth)
            kpmax = cu_max(kpmax, (r->width + 7) / 8 * 8);
        rpmax = cu_max(rpmax, st.rp);
        stage = stage > (long)st.rp * st.rs ? stage : (long)st.rp * st.rs;
    }
    (void)ncg;
    const int hs = wmax + 1;   /* row stride of the hidden layers (odd: fewer bank conflicts) */
    char what[200];
    snprintf(what, sizeof what,
             "edge kernel: one block per tile of %d edges; thread (el, cg) = (tid %% %d, tid / %d) owns edge el and output channels cg + %d n",
             TE, TE, TE, ncg);
    cu_kernel_head(e, pl, what);
    cu_shared(e, "Ys", (long)TE * nyp, "harmonics of the tile's edges");
    cu_shared(e, "rins", (long)TE * nin, "radial inputs: edge scalars, r");
    cu_shared(e, "hA", (long)TE * hs, "radial hidden layer before LayerNorm");
    cu_shared(e, "hB", (long)TE * hs, "radial hidden layer after LayerNorm, ReLU");
    cu_shared_t(e, "se3_acc", "lnst", 2 * TE, "LayerNorm mean and 1/std per edge");
    emit_line(b, "__shared__ __align__(16) se3_real Ws[%ld];  /* staged last-layer weights and biases */", stage);
    e->shared_bytes += stage * (e->f32 ? 4 : 8);
    if (e->tf32) {
        emit_line(b, "__shared__ unsigned At[%d];  /* TF32: the tile's last hidden layer, edges x %d (+%d) */", TE * (kpmax + CU_TF32_PAD),
                  kpmax, CU_TF32_PAD);
        emit_line(b, "__shared__ float Phs[%d];  /* TF32: the stage's radial outputs W h, rows x edges (+%d) */",
                  rpmax * (TE + CU_TF32_PAD), CU_TF32_PAD);
        e->shared_bytes += 4L * TE * (kpmax + CU_TF32_PAD) + 4L * rpmax * (TE + CU_TF32_PAD);
    }
    emit_line(b, "__shared__ se3_i32 jj[%d];  /* senders */", TE);
    e->shared_bytes += TE * 4;
    if (e->m->envelope != ENV_NONE)
        cu_shared_t(e, "se3_acc", "envs", TE, "envelope u(r) of the tile's edges");
    if (s1)
        cu_shared(e, "s1s", (long)TE * s1, "sender degree 1 with the relpos edge fields");
    if (pl->L->xij_add)
        cu_shared(e, "xs", (long)TE * 3, "xij=add: x_i - x_j of the tile's edges in (y, z, x)");
    /* output groups: the radial nets writing one block of the scratch row */
    int *grp = arena_alloc(&e->tmp, (size_t)(pl->nradials ? pl->nradials : 1) * sizeof *grp);
    const int ng = cu_edge_groups(pl, grp);
    emit_line(b, "const se3_i64 n_edges = row[n_nodes], n_tiles = (n_edges + %d) / %d;", TE - 1, TE);
    emit_line(b, "const int el = threadIdx.x %% %d, cg = threadIdx.x / %d;", TE, TE);
    emit_line(b, "/* work item wi: tile wi / %d, output group wi %% %d (more blocks than tiles alone) */", ng, ng);
    emit_line(b, "for (se3_i64 wi = blockIdx.x; wi < n_tiles * %d; wi += gridDim.x) {", ng);
    emit_line(b, "const se3_i64 t0 = wi / %d * %d;", ng, TE);
    emit_line(b, "const int grp = (int)(wi %% %d);", ng);
    emit_line(b, "(void)grp;");
    emit_line(b, "const int ne = n_edges - t0 < %d ? (int)(n_edges - t0) : %d;", TE, TE);
    emit_line(b, "if (threadIdx.x < ne) {");
    emit_line(b, "const se3_i64 e = t0 + threadIdx.x;");
    emit_line(b, "se3_i32 i = 0, hi = n_nodes;  /* the receiver: row[i] <= e < row[i + 1] */");
    emit_line(b, "while (hi - i > 1) {");
    emit_line(b, "const se3_i32 mid = (i + hi) >> 1;");
    emit_line(b, "if (row[mid] <= e)");
    emit_line(b, "    i = mid;");
    emit_line(b, "else");
    emit_line(b, "    hi = mid;");
    emit_line(b, "}");
    emit_line(b, "const se3_i32 j = src[e];");
    emit_line(b, "jj[threadIdx.x] = j;");
    emit_line(b, "se3_real *Y = Ys + threadIdx.x * %d, *rin = rins + threadIdx.x * %d;", nyp, nin);
    emit_line(b, "/* geometry in double whatever the precision, as the C code */");
    emit_line(b, "const double dx = pos[3 * j] - pos[3 * i], dy = pos[3 * j + 1] - pos[3 * i + 1], dz = pos[3 * j + 2] - pos[3 * i + 2];");
    emit_line(b, "const double rd = sqrt(dx * dx + dy * dy + dz * dz);");
    emit_line(b, "if (rd > 1e-12) {");
    emit_line(b, "const double inv = 1 / rd;");
    emit_line(b, "se3_sh(dx * inv, dy * inv, dz * inv, Y);");
    emit_line(b, "} else {");
    emit_line(b, "/* coincident points: only the invariant part (docs/semantics.md) */");
    emit_line(b, "for (int t = 0; t < %d; t++)", ny);
    emit_line(b, "    Y[t] = 0;");
    emit_line(b, "Y[0] = (se3_real)0.28209479177387814;");
    emit_line(b, "}");
    emit_rin(b, e->pn, "", "se3_i64", "");
    emit_line(b, "rin[%d] = (se3_real)rd;", e->pn->nrin);
    if (e->m->envelope != ENV_NONE) {
        emit_line(b, "double du;");
        emit_line(b, "envs[threadIdx.x] = se3_envelope(rd, &du);");
    }
    for (int q = 0; q < pl->nrelpos; q++) {
        const int c = pl->relpos[q].slot;
        emit_line(b, "s1s[threadIdx.x * %d + %d] = (se3_real)dy; s1s[threadIdx.x * %d + %d] = (se3_real)dz; "
                     "s1s[threadIdx.x * %d + %d] = (se3_real)dx;  /* %s = x_j - x_i in (y, z, x) */",
                  s1, c * 3, s1, c * 3 + 1, s1, c * 3 + 2, pl->relpos[q].name);
    }
    if (pl->L->xij_add)
        emit_line(b, "xs[threadIdx.x * 3] = (se3_real)-dy; xs[threadIdx.x * 3 + 1] = (se3_real)-dz; xs[threadIdx.x * 3 + 2] = (se3_real)-dx;");
    emit_line(b, "}");
    emit_line(b, "__syncthreads();");
    if (s1 && pl->in.c[1]) {
        const int n1 = pl->in.c[1] * 3;
        emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x) {  /* sender degree 1 */", TE * n1);
        emit_line(b, "const int q = idx / %d, t = idx - q * %d;", n1, n1);
        emit_line(b, "if (q < ne)");
        emit_line(b, "    s1s[q * %d + t] = in[(se3_i64)jj[q] * %d + %d + t];", s1, in_dim, pl->in.off[1]);
        emit_line(b, "}");
        emit_line(b, "__syncthreads();");
        if (pl->L->xij_add) {
            emit_line(b, "if (threadIdx.x < ne)  /* xij=add: x_i - x_j into channel 0 */");
            emit_line(b, "    for (int c = 0; c < 3; c++)");
            emit_line(b, "        s1s[threadIdx.x * %d + c] += xs[threadIdx.x * 3 + c];", s1);
            emit_line(b, "__syncthreads();");
        }
    }
    emit_line(b, "const se3_real *__restrict__ fj = in + (se3_i64)(el < ne ? jj[el] : 0) * %d;", in_dim);
    emit_line(b, "(void)fj;");
    /* each group's radial nets; the first to reach a block writes it, the others add */
    for (int g = 0; g < ng; g++) {
        int any = 0, written = 0;
        for (int q = 0; q < pl->nradials; q++) {
            const plan_radial *pr = &pl->radials[q];
            if (grp[q] != g)
                continue;
            if (!any)
                emit_line(b, "if (grp == %d) {  /* %s degree %d */", g,
                          pr->r->role == 'r' ? "messages" : pr->r->role == 'v' ? "values" : "keys", pr->r->l);
            any = 1;
            cu_edge_radial(e, pl, pr, !written, nyp, hs);
            written = 1;
        }
        if (any)
            emit_line(b, "}");
    }
    /* blocks no radial net reaches (no input of a matching degree) are zero */
    for (int q = 0; q < pl->nmsg; q++) {
        const plan_msgblk *mb = &pl->msg[q];
        if (mb->nradials)
            continue;
        const int n = mb->size;
        emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x)  /* no messages of degree %d */", TE * n, mb->l);
        emit_line(b, "    if (grp == 0 && idx / %d < ne)", n);
        emit_line(b, "        E[(t0 + idx / %d) * %d + %d + idx %% %d] = 0;", n, ed, mb->off, n);
    }
    emit_line(b, "__syncthreads();");
    emit_line(b, "}");
    cu_kernel_tail(e);
}

/* ---- node and graph layers -------------------------------------------------------------- */

static void cu_rows(cu_ctx *e, const layer *L)
{
    emit_line(e->b, "const se3_i32 ROWS = %s;", L->per_graph ? "n_graphs" : "n_nodes");
    emit_line(e->b, "for (se3_i32 i = blockIdx.x; i < ROWS; i += gridDim.x) {");
}

static void cu_norm(cu_ctx *e, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = e->b;
    char buf[40];
    const int dim = pl->in.dim;
    int maxc = 1;
    for (int q = 0; q < pl->nnorm; q++)
        maxc = cu_max(maxc, pl->norm[q].c);
    cu_kernel_head(e, pl, "one block per row; threads over channels and (c, m)");
    cu_shared(e, "nrm", maxc, "clamped norm per channel");
    cu_shared(e, "gain", maxc, "g(norm) per channel");
    cu_rows(e, L);
    emit_line(b, "const se3_real *f = in + (se3_i64)i * %d;", dim);
    emit_line(b, "se3_real *o = out + (se3_i64)i * %d;", dim);
    for (int q = 0; q < pl->nnorm; q++) {
        const plan_normdeg *nd = &pl->norm[q];
        const int l = nd->l, C = nd->c, nl = nd->ncomp, off = nd->off;
        emit_line(b, "/* degree %d */", l);
        emit_line(b, "{");
        emit_line(b, "for (int c = threadIdx.x; c < %d; c += blockDim.x) {", C);
        emit_line(b, "se3_real s = 0;");
        emit_line(b, "for (int m = 0; m < %d; m++)", nl);
        emit_line(b, "    s += f[%d + c * %d + m] * f[%d + c * %d + m];", off, nl, off, nl);
        emit_line(b, "nrm[c] = SE3_SQRT(s > %s ? s : %s);", cu_lit(e, buf, 1e-16), buf);
        emit_line(b, "}");
        emit_line(b, "__syncthreads();");
        if (L->norm == NORM_LAYER) {
            emit_line(b, "se3_ln_relu(nrm, gain, %d, P + %ld, P + %ld);  /* .ln.%d */", C, nd->g.rel, nd->b.rel, l);
        } else {
            emit_line(b, "for (int c = threadIdx.x; c < %d; c += blockDim.x) {", C);
            emit_line(b, "const se3_real v = nrm[c] + P[%ld + c];  /* .%s */", nd->bias.rel, nd->bias.name);
            emit_line(b, "gain[c] = v > 0 ? v : 0;");
            emit_line(b, "}");
        }
        emit_line(b, "__syncthreads();");
        emit_line(b, "for (int idx = threadIdx.x; idx < %d; idx += blockDim.x) {", C * nl);
        emit_line(b, "const int c = idx / %d;", nl);
        emit_line(b, "o[%d + idx] = gain[c] * f[%d + idx] / nrm[c];", off, off);
        emit_line(b, "}");
        emit_line(b, "__syncthreads();");
        emit_line(b, "}");
    }
    emit_line(b, "}");
    cu_kernel_tail(e);
}

/* gate (docs/semantics.md): the plain scalars through the activation, each degree >= 1 channel
 * times the sigmoid of its gate scalar. The layout comes from the plan, as in emit_c.c. */
static void cu_gate(cu_ctx *e, const plan_layer *pl)
{
    static const char *const act[] = { "x / (1 + SE3_EXP(-x))", "x > 0 ? x : 0", "tanh(x)" }; /* ORDER ACT */
    emit_buf *b = e->b;
    cu_kernel_head(e, pl, "one block per row; threads over channels");
    cu_rows(e, pl->L);
    emit_line(b, "const se3_real *f = in + (se3_i64)i * %d;", pl->in.dim);
    emit_line(b, "se3_real *o = out + (se3_i64)i * %d;", pl->out.dim);
    if (pl->nscalar) {
        emit_line(b, "for (int c = threadIdx.x; c < %d; c += blockDim.x) {", pl->nscalar);
        emit_line(b, "const se3_real x = f[c];");
        emit_line(b, "o[c] = %s;", act[pl->L->act]);
        emit_line(b, "}");
    }
    for (int d = 0; d < pl->ngate; d++) {
        const plan_gatedeg *g = &pl->gate[d];
        emit_line(b, "for (int c = threadIdx.x; c < %d; c += blockDim.x) {  /* degree %d */", g->c, g->l);
        emit_line(b, "const se3_real s = 1 / (1 + SE3_EXP(-f[%d + c]));", g->gate_off);
        emit_line(b, "for (int m = 0; m < %d; m++)", g->ncomp);
        emit_line(b, "    o[%d + c * %d + m] = s * f[%d + c * %d + m];", g->out_off, g->ncomp, g->in_off, g->ncomp);
        emit_line(b, "}");
    }
    emit_line(b, "}");
    cu_kernel_tail(e);
}

static void cu_selfint(cu_ctx *e, const plan_layer *pl)
{
    emit_buf *b = e->b;
    cu_kernel_head(e, pl, "one block per row; threads over (co, m)");
    if (pl->si.attentive)
        cu_attentive_shared(e, &pl->si);
    cu_rows(e, pl->L);
    emit_line(b, "const se3_real *f = in + (se3_i64)i * %d;", pl->in.dim);
    emit_line(b, "se3_real *o = out + (se3_i64)i * %d;", pl->out.dim);
    cu_maps(e, &pl->si, "f", "o", 0);
    if (pl->has_bias) {
        emit_line(b, "__syncthreads();");
        emit_line(b, "for (int c = threadIdx.x; c < %d; c += blockDim.x)", pl->bias.shape[0]);
        emit_line(b, "    o[c] += P[%ld + c];  /* .%s */", pl->bias.rel, pl->bias.name);
    }
    emit_line(b, "__syncthreads();");
    emit_line(b, "}");
    cu_kernel_tail(e);
}

static void cu_pool(cu_ctx *e, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = e->b;
    const int dim = pl->in.dim;
    cu_kernel_head(e, pl, "one block per graph; threads over components, nodes in order");
    emit_line(b, "for (se3_i32 g = blockIdx.x; g < n_graphs; g += gridDim.x) {");
    emit_line(b, "const se3_i32 lo = graph_ptr[g], hi = graph_ptr[g + 1];");
    emit_line(b, "se3_real *o = out + (se3_i64)g * %d;", dim);
    emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x) {", dim);
    if (L->pool == POOL_MAX) {
        emit_line(b, "se3_real v = hi > lo ? in[(se3_i64)lo * %d + t] : 0;", dim);
        emit_line(b, "for (se3_i32 i = lo + 1; i < hi; i++)");
        emit_line(b, "    v = in[(se3_i64)i * %d + t] > v ? in[(se3_i64)i * %d + t] : v;", dim, dim);
        emit_line(b, "o[t] = v;");
    } else {
        emit_line(b, "se3_real s = 0;");
        emit_line(b, "for (se3_i32 i = lo; i < hi; i++)");
        emit_line(b, "    s += in[(se3_i64)i * %d + t];", dim);
        if (L->pool == POOL_SUM)
            emit_line(b, "o[t] = s;");
        else
            emit_line(b, "o[t] = hi > lo ? s / (se3_real)(hi - lo) : 0;");
    }
    emit_line(b, "}");
    emit_line(b, "}");
    cu_kernel_tail(e);
}

static void cu_mlp(cu_ctx *e, const plan_layer *pl)
{
    emit_buf *b = e->b;
    const int last = pl->nmlp - 1;   /* the output layer writes the row directly */
    int maxw = pl->mlp[0].in;
    for (int q = 0; q < last; q++)
        maxw = cu_max(maxw, pl->mlp[q].out);
    cu_kernel_head(e, pl, "one block per row; threads over outputs of each linear layer");
    cu_shared(e, "h0", maxw, "activations (ping)");
    cu_shared(e, "h1", maxw, "activations (pong)");
    cu_rows(e, pl->L);
    emit_line(b, "for (int t = threadIdx.x; t < %d; t += blockDim.x)", pl->mlp[0].in);
    emit_line(b, "    h0[t] = in[(se3_i64)i * %d + t];", pl->in.dim);
    emit_line(b, "__syncthreads();");
    for (int q = 0; q <= last; q++) {
        const plan_dense *d = &pl->mlp[q];
        const char *dst = q < last ? (q % 2 ? "h0" : "h1") : "(out + (se3_i64)i * OUTD)";
        emit_line(b, "se3_dense(P + %ld, %d, %d, %s, %s, %d);  /* .lin%d%s */", d->w.rel, d->in, d->out, q % 2 ? "h1" : "h0",
                  dst, q < last, q, q < last ? ", ReLU" : "");
        emit_line(b, "__syncthreads();");
    }
    emit_line(b, "}");
    cu_kernel_tail(e);
}

/* One kernel body: its text (CU_BODY standing for its name), the name, how many layers use it. */
typedef struct cu_body {
    emit_buf text;
    char name[160];
    int users;
} cu_body;

/* The body of layer pl's forward kernel (edges = 0) or edge kernel (edges = 1) into t. Bodies
 * index the weights relative to the layer's first (plan_w.rel), so they never name their layer. */
static void cu_layer_body(cu_ctx *e, const plan_layer *pl, int edges, emit_buf *t)
{
    emit_buf *keep = e->b;
    e->b = t;
    e->shared_bytes = 0;
    if (edges) {
        cu_edges(e, pl);
    } else {
        if (pl->L->kind == LAYER_MLP)
            emit_line(e->b, "#define OUTD %d", pl->out.dim);
        switch (pl->L->kind) {
        case LAYER_ATTENTION: cu_attention(e, pl); break;
        case LAYER_CONV: cu_conv(e, pl); break;
        case LAYER_NORM: cu_norm(e, pl); break;
        case LAYER_SELFINT: cu_selfint(e, pl); break;
        case LAYER_POOL: cu_pool(e, pl); break;
        case LAYER_MLP: cu_mlp(e, pl); break;
        case LAYER_GATE: cu_gate(e, pl); break;
        }
        if (pl->L->kind == LAYER_MLP)
            emit_line(e->b, "#undef OUTD");
    }
    e->b = keep;
}

/* Write body text with its placeholder replaced by `__forceinline__ void NAME` (one user: it is
 * the kernel) or `__noinline__ void NAME` (shared: compiled once, called by each kernel). */
static void cu_write_body(emit_buf *b, const cu_body *bd)
{
    const char *s = bd->text.s, *hit;
    while ((hit = strstr(s, CU_BODY)) != NULL) {
        emit_raw(b, "%.*s%s void %s", (int)(hit - s), s, bd->users > 1 ? "__noinline__" : "__forceinline__", bd->name);
        s = hit + strlen(CU_BODY);
    }
    emit_raw(b, "%s", s);
}

void emit_cuda_with(const ir *p, const char *spec_path, const emit_cuda_opts *o, emit_buf *b)
{
    cu_ctx e = { .p = p, .m = p->m, .pn = emit_plan(p), .b = b, .f32 = p->m->prec == PREC_F32,
                 .tiled = o->kernels == EMIT_CUDA_TILED };
    e.tf32 = o->tf32 && e.f32 && e.tiled;   /* tensor cores: f32 models, tiled edge kernels only */
    const plan *pn = e.pn;
    emit_check_idents(p->m);
    e.file = emit_comment_text(&e.tmp, p->m->file);
    /* every kernel body first, to find the ones layers can share */
    const int nk = 2 * pn->nlayers;
    cu_body *bodies = calloc((size_t)(nk ? nk : 1), sizeof *bodies);
    int *use = malloc(sizeof *use * (size_t)(nk ? nk : 1)), nb = 0, scratch = 0, groups = 0;
    if (!bodies || !use) {
        fprintf(stderr, "se3tc: out of memory\n");
        exit(1);
    }
    for (int q = 0; q < nk; q++) {
        const plan_layer *pl = &pn->layers[q / 2];
        const int edges = q % 2, mp = pl->L->kind == LAYER_ATTENTION || pl->L->kind == LAYER_CONV;
        use[q] = -1;
        if (edges && !(e.tiled && mp))
            continue;
        if (edges) {
            scratch = cu_max(scratch, pl->msg_dim);
            groups = cu_max(groups, cu_edge_groups(pl, NULL));
        }
        emit_buf t = { 0 };
        cu_layer_body(&e, pl, edges, &t);
        int k = 0;
        while (k < nb && !(o->no_share == 0 && strcmp(bodies[k].text.s, t.s) == 0))
            k++;
        if (k == nb) {
            bodies[nb].text = t;
            snprintf(bodies[nb].name, sizeof bodies[nb].name, "se3_%s_%s_body", pl->L->name, edges ? "edges" : "forward");
            nb++;
        } else {
            emit_buf_free(&t);
        }
        bodies[k].users++;
        use[q] = k;
    }
    cu_preamble(&e, spec_path);
    emit_line(b, "/* reals per edge of the scratch E the edge kernels write (0: none) */");
    emit_line(b, "#define SE3_EDGE_SCRATCH %d", scratch);
    emit_line(b, "/* output groups per tile of the edge kernels, at most: launch tiles x this many blocks */");
    emit_line(b, "#define SE3_EDGE_GROUPS %d", groups);
    emit_raw(b, "\n");
    if (p->lmax_sh >= 0)
        emit_sh_function(b, p->lmax_sh, "static __device__", 1);
    emit_envelope_fn(b, p->m, "static __device__");
    int *written = calloc((size_t)(nb ? nb : 1), sizeof *written);
    for (int q = 0; q < nk; q++) {
        if (use[q] < 0)
            continue;
        const plan_layer *pl = &pn->layers[q / 2];
        const layer *L = pl->L;
        cu_body *bd = &bodies[use[q]];
        if (!written[use[q]]) {
            cu_write_body(b, bd);
            written[use[q]] = 1;
        }
        arena a = { 0 };
        emit_line(b, "/* layer %s %s (%s:%d): %s -> %s%s%s */", layer_kind_name(L->kind), L->name, e.file, L->loc.first_line,
                  fibre_str(&a, &L->in), fibre_str(&a, &L->out), bd->users > 1 ? "; body shared with the layers of the same shape: " : "",
                  bd->users > 1 ? bd->name : "");
        arena_free(&a);
        emit_line(b, "extern \"C\" __global__ void __launch_bounds__(SE3_THREADS) se3_%s_%s(SE3_PARAMS)", L->name,
                  q % 2 ? "edges" : "forward");
        emit_line(b, "{");
        emit_line(b, "%s(SE3_ARGS(P + %ld));", bd->name, pl->wbase);
        emit_line(b, "}");
        emit_raw(b, "\n");
    }
    for (int k = 0; k < nb; k++)
        emit_buf_free(&bodies[k].text);
    free(bodies);
    free(use);
    free(written);
    arena_free(&e.tmp);
}

void emit_cuda(const ir *p, const char *spec_path, emit_buf *b)
{
    emit_cuda_opts o = { 0 };
    emit_cuda_with(p, spec_path, &o, b);
}
