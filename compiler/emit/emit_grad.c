/* emit_grad.c - resolved plan -> backward C code (docs/training.md), appended to what emit_c
 * writes; like the forward, one function per layer shape, given the layer's weights.
 *
 * For every layer, se3b_NAME_backward(P, in, dout) adds dL/d(in), dL/d(weights), dL/d(positions)
 * and dL/d(model inputs, through edge scalars) to double buffers. The one thing the training
 * forward stores per edge is attention's keys and values (emit_c.c writes them into the keep
 * buffer of se3m_NAME_layer_into when the runtime gives one, se3rt_abi.h); se3b_NAME_backward_kv
 * reads them from there and skips pass 1 (below), se3b_NAME_backward (the device's) passes NULL
 * and recomputes them. The backward of a message-passing layer takes the edges in blocks of
 * one vector of lanes (16 in f32 models, 8 in f64), as the forward does: per block it
 * recomputes what it needs (harmonics and their derivatives per lane in double; radial hidden
 * layers, the output layer as a matrix product over the block, basis kernels, on lane
 * vectors), then runs the adjoint of every (k, l, J) path with the same nonzero coupling terms
 * the forward uses, as literals, and the output layer's adjoint over the block. Attention
 * stores every edge's keys and values and their gradients for the softmax adjoint, and takes
 * its receivers in blocks: pass 1 (keys and values, only without the forward's) over a node
 * block's edges, the softmax and self-interaction adjoints of the block's nodes, pass 2 (the
 * edges' adjoint) over the same edge blocks, which reads the radial outputs phi that pass 1 kept
 * (if it ran and they fit in GRAD_PHI_BYTES) or computes them. An edge function takes up to
 * GRAD_KB edge blocks per call (4 on the CPU, 1 on the device) and runs each radial net over
 * all of them before the next, so that a net's weights and weight gradient are loaded into the
 * cache once for them (in f64, where they do not fit, the net's dW pass runs once after all the
 * blocks, grad_defer_dw); the sums keep the order of one block at a time.
 *
 * One call runs on one thread (senders receive gradients too, so receivers are not
 * independent); the runtime parallelises training over the graphs of a minibatch instead,
 * each thread with its own gradient buffer. */
#include "emit_c.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "se3rt_abi.h"

#include "coupling.h"
#include "internal.h"
#include "sph.h"

/* Edges per block in the backward: the radial nets' output layers run as matrix products over
 * the block's edges (each weight row read once per block for phi, once for dW and dH). Edge
 * blocks per call of an edge function on the CPU (GRAD_KB): in f32 models a net's weights and
 * its double weight gradient (on QM9 up to 180 KB and 360 KB) stay in the core's cache for that
 * many blocks (2, 4 and 8 faster than 1 on QM9, 4 the most; docs/perf.md). In f64 models they
 * fill the cache on their own (grouping alone measured no faster), so there the dW pass is
 * deferred (below) and four blocks share it. */
enum { GRAD_KB_F32 = 4, GRAD_KB_F64 = 4 };

typedef struct grad_ctx {
    const ir *p;
    const model *m;
    const plan *pl;
    emit_buf *b;
    int f32;   /* the model is f32: the backward's lanes are float, 16 to a vector */
    int device; /* the text is for emit_cuda_grad.c: function boundaries and loops for NVRTC */
} grad_ctx;

/* In f64 models on the CPU an edge function defers each radial net's dW += dphi H^T until the net
 * has run over all the call's blocks, then adds every block's sums into a row of dW while that
 * row is in the cache: the double gradient (up to 1 MB a net on QM9) streams through the cache
 * once per call instead of once per block. It needs each block's dphi (NOUT vectors) and H^T
 * kept until then; the sums and their order are those of one block at a time. f32 models run
 * dW per block, eight rows at a time (their weights and gradient stay in the cache already). */
static int grad_defer_dw(const grad_ctx *g)
{
    return !g->device && !g->f32;
}

/* The attentive self-interaction's adjoint for a block of nodes, one per vector lane: its dense
 * layer (cout cin outputs of cin^2 inputs, the bulk of the arithmetic) runs as three matrix
 * products over the block (z = W lk + B, dW += dz lk^T, dlk = W^T dz: each weight row read once
 * per block for each), the Gram matrix, LayerNorm, softmax and mix per node in double. */
static void grad_asi_block(emit_buf *b)
{
    emit_line(b, "/* Attentive self-interaction of one degree (Gram -> LayerNorm -> LeakyReLU -> Linear -> softmax");
    emit_line(b, " * over the input channels -> mix), recomputed, and its adjoint given dout, for nb <= GRAD_NB nodes");
    emit_line(b, " * at once: node q's rows at x + q xs, dout + q ds, dx + q dxs (rows of different nodes must not");
    emit_line(b, " * overlap). The dense layer runs as matrix products over the nodes, one node per lane. Returns -1");
    emit_line(b, " * when its scratch memory cannot be allocated. */");
    emit_line(b, "static int se3b_asi_bwd_blk(const se3_real *w, double *dw, int cin, int cout, int nc, int nb, const double *x,");
    emit_line(b, "                            int64_t xs, const double *dout, int64_t ds, double *dx, int64_t dxs)");
    emit_line(b, "{");
    emit_line(b, "const int n = cin * cin, no = cout * cin;");
    emit_line(b, "se3b_v *lkv = aligned_alloc(sizeof(se3b_v), sizeof(se3b_v) * (size_t)(2 * n + 2 * no));");
    emit_line(b, "double *buf = malloc(sizeof(double) * ((size_t)GRAD_NB * (3 * n + 1) + 4 * (size_t)n + 2 * (size_t)no));");
    emit_line(b, "if (!lkv || !buf) {");
    emit_line(b, "free(lkv);");
    emit_line(b, "free(buf);");
    emit_line(b, "return -1;");
    emit_line(b, "}");
    emit_line(b, "se3b_v *dlkv = lkv + n, *zv = dlkv + n, *dzv = zv + no;");
    emit_line(b, "double *xh = buf, *y = xh + GRAD_NB * n, *lkT = y + GRAD_NB * n, *inv = lkT + GRAD_NB * n;");
    emit_line(b, "double *gram = inv + GRAD_NB, *dlk = gram + n, *dg = dlk + n, *acc = dg + n, *A = acc + n, *dA = A + no;");
    emit_line(b, "const se3_real *gain = w, *beta = w + n, *W = w + 2 * n, *B = W + (int64_t)no * n;");
    emit_line(b, "double *dgain = dw, *dbeta = dw + n, *dW = dw + 2 * n, *dB = dW + (int64_t)no * n;");
    emit_line(b, "/* per node: Gram -> LayerNorm -> LeakyReLU into lane q of lk (and lk^T for dW) */");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    lkv[i] = (se3b_v){ 0 };");
    emit_line(b, "for (int q = 0; q < nb; q++) {");
    emit_line(b, "const double *xq = x + q * xs;");
    emit_line(b, "for (int c = 0; c < cin; c++) {");
    emit_line(b, "for (int d = 0; d < cin; d++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (int m = 0; m < nc; m++)");
    emit_line(b, "    s += xq[c * nc + m] * xq[d * nc + m];");
    emit_line(b, "gram[c * cin + d] = s;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "inv[q] = se3b_ln(n, gram, gain, beta, xh + (int64_t)q * n, y + (int64_t)q * n);");
    emit_line(b, "for (int i = 0; i < n; i++) {");
    emit_line(b, "const double v = y[(int64_t)q * n + i];");
    emit_line(b, "const se3b_r l = (se3b_r)(v > 0 ? v : 0.01 * v);");
    emit_line(b, "lkv[i][q] = l;");
    emit_line(b, "lkT[(int64_t)q * n + i] = l;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "/* z = W lk + B over the block, four weight rows at a time */");
    emit_line(b, "int o = 0;");
    emit_line(b, "for (; o + 4 <= no; o += 4) {");
    emit_line(b, "const se3_real *w0 = W + (int64_t)o * n, *w1 = w0 + n, *w2 = w1 + n, *w3 = w2 + n;");
    emit_line(b, "se3b_v s0 = (se3b_v){ 0 } + (se3b_r)B[o], s1 = (se3b_v){ 0 } + (se3b_r)B[o + 1];");
    emit_line(b, "se3b_v s2 = (se3b_v){ 0 } + (se3b_r)B[o + 2], s3 = (se3b_v){ 0 } + (se3b_r)B[o + 3];");
    emit_line(b, "for (int i = 0; i < n; i++) {");
    emit_line(b, "const se3b_v l = lkv[i];");
    emit_line(b, "s0 += (se3b_r)w0[i] * l;");
    emit_line(b, "s1 += (se3b_r)w1[i] * l;");
    emit_line(b, "s2 += (se3b_r)w2[i] * l;");
    emit_line(b, "s3 += (se3b_r)w3[i] * l;");
    emit_line(b, "}");
    emit_line(b, "zv[o] = s0, zv[o + 1] = s1, zv[o + 2] = s2, zv[o + 3] = s3;");
    emit_line(b, "}");
    emit_line(b, "for (; o < no; o++) {");
    emit_line(b, "se3b_v s = (se3b_v){ 0 } + (se3b_r)B[o];");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    s += (se3b_r)W[(int64_t)o * n + i] * lkv[i];");
    emit_line(b, "zv[o] = s;");
    emit_line(b, "}");
    emit_line(b, "/* per node: softmax over the input channels, the mix and their adjoints -> dz (lane q) */");
    emit_line(b, "for (int t = 0; t < no; t++)");
    emit_line(b, "    dzv[t] = (se3b_v){ 0 };");
    emit_line(b, "for (int q = 0; q < nb; q++) {");
    emit_line(b, "const double *xq = x + q * xs, *dq = dout + q * ds;");
    emit_line(b, "double *dxq = dx + q * dxs;");
    emit_line(b, "for (int co = 0; co < cout; co++) {");
    emit_line(b, "double *a = A + co * cin, mx = zv[co * cin][q], s = 0;");
    emit_line(b, "for (int ci = 0; ci < cin; ci++) {");
    emit_line(b, "a[ci] = zv[co * cin + ci][q];");
    emit_line(b, "mx = a[ci] > mx ? a[ci] : mx;");
    emit_line(b, "}");
    emit_line(b, "for (int ci = 0; ci < cin; ci++) {");
    emit_line(b, "a[ci] = exp(a[ci] - mx);");
    emit_line(b, "s += a[ci];");
    emit_line(b, "}");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    a[ci] /= s;");
    emit_line(b, "}");
    emit_line(b, "for (int co = 0; co < cout; co++) {  /* out[co][m] = sum_ci A[co][ci] x[ci][m] */");
    emit_line(b, "for (int ci = 0; ci < cin; ci++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (int m = 0; m < nc; m++) {");
    emit_line(b, "s += dq[co * nc + m] * xq[ci * nc + m];");
    emit_line(b, "dxq[ci * nc + m] += A[co * cin + ci] * dq[co * nc + m];");
    emit_line(b, "}");
    emit_line(b, "dA[co * cin + ci] = s;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "for (int co = 0; co < cout; co++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    s += A[co * cin + ci] * dA[co * cin + ci];");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    dzv[co * cin + ci][q] = (se3b_r)(A[co * cin + ci] * (dA[co * cin + ci] - s));");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "/* dB += dz, dW += dz lk^T over the block (each gradient row written once per block) */");
    emit_line(b, "for (int t = 0; t < no; t++) {");
    emit_line(b, "double sb = 0;");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    acc[i] = 0;");
    emit_line(b, "for (int q = 0; q < nb; q++) {");
    emit_line(b, "const double d = dzv[t][q];");
    emit_line(b, "sb += d;");
    emit_line(b, "const double *lq = lkT + (int64_t)q * n;");
    emit_line(b, "#pragma omp simd");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    acc[i] += d * lq[i];");
    emit_line(b, "}");
    emit_line(b, "dB[t] += sb;");
    emit_line(b, "double *dwr = dW + (int64_t)t * n;");
    emit_line(b, "#pragma omp simd");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    dwr[i] += acc[i];");
    emit_line(b, "}");
    emit_line(b, "/* dlk = W^T dz over the block, four weight rows at a time (in row order) */");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    dlkv[i] = (se3b_v){ 0 };");
    emit_line(b, "o = 0;");
    emit_line(b, "for (; o + 4 <= no; o += 4) {");
    emit_line(b, "const se3_real *w0 = W + (int64_t)o * n, *w1 = w0 + n, *w2 = w1 + n, *w3 = w2 + n;");
    emit_line(b, "const se3b_v d0 = dzv[o], d1 = dzv[o + 1], d2 = dzv[o + 2], d3 = dzv[o + 3];");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    dlkv[i] = dlkv[i] + (se3b_r)w0[i] * d0 + (se3b_r)w1[i] * d1 + (se3b_r)w2[i] * d2 + (se3b_r)w3[i] * d3;");
    emit_line(b, "}");
    emit_line(b, "for (; o < no; o++)");
    emit_line(b, "    for (int i = 0; i < n; i++)");
    emit_line(b, "        dlkv[i] += (se3b_r)W[(int64_t)o * n + i] * dzv[o];");
    emit_line(b, "/* per node: LeakyReLU, LayerNorm and Gram adjoints */");
    emit_line(b, "for (int q = 0; q < nb; q++) {");
    emit_line(b, "const double *xq = x + q * xs, *yq = y + (int64_t)q * n;");
    emit_line(b, "double *dxq = dx + q * dxs;");
    emit_line(b, "for (int i = 0; i < n; i++) {");
    emit_line(b, "dlk[i] = dlkv[i][q] * (yq[i] > 0 ? 1.0 : 0.01);");
    emit_line(b, "dg[i] = 0;");
    emit_line(b, "}");
    emit_line(b, "se3b_ln_bwd(n, xh + (int64_t)q * n, inv[q], gain, dlk, dg, dgain, dbeta);");
    emit_line(b, "for (int c = 0; c < cin; c++) {  /* gram[c][d] = <x_c, x_d> */");
    emit_line(b, "for (int d = 0; d < cin; d++) {");
    emit_line(b, "const double gcd = dg[c * cin + d];");
    emit_line(b, "for (int m = 0; m < nc; m++) {");
    emit_line(b, "dxq[c * nc + m] += gcd * xq[d * nc + m];");
    emit_line(b, "dxq[d * nc + m] += gcd * xq[c * nc + m];");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "free(lkv);");
    emit_line(b, "free(buf);");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* ---- fixed helpers (sizes as arguments) ---------------------------------------------------- */

/* se3b_lanesum: the sums over the lanes of n <= GRAD_NB lane vectors v[0..n), added to out[r * os]
 * (row r = v[r]), as a tree of shuffles and vector adds (log2 GRAD_NB levels, each halving the
 * vectors: a pair's lanes fold into one vector holding half of each): GRAD_NB - 1 pairs of shuffles
 * and adds for GRAD_NB rows, where lane-major copies cost GRAD_NB moves per row. The sums are in the
 * lanes' precision, pairwise; the rows' results are added to double. Which lane of the last vector
 * holds which row is followed here, at emit time. CPU only (the device has one lane). */
static void grad_lanesum(emit_buf *b, int nb)
{
    int own[16][16], nown[16][16];  /* own[vector][lane]: the row whose partial sum the lane holds */
    emit_line(b, "/* Sums over the lanes of n <= GRAD_NB lane vectors v[0..n), added to out[r * os] for row r: a tree of");
    emit_line(b, " * shuffles and adds in the lanes' precision (each level folds pairs of vectors into one that holds");
    emit_line(b, " * half the lanes of each), instead of copying the lanes out one by one. */");
    emit_line(b, "static inline void se3b_lanesum(const se3b_v *v, int n, double *out, int os)");
    emit_line(b, "{");
    /* C++ (the dual-number build of runtime/model_force_train.c: its lane vectors are arrays, no
     * shuffles) sums each row lane after lane */
    emit_raw(b, "#ifdef __cplusplus\n");
    emit_line(b, "for (int r = 0; r < n; r++) {");
    emit_line(b, "se3b_r s = 0;");
    emit_line(b, "for (int q = 0; q < GRAD_NB; q++)");
    emit_line(b, "    s += v[r][q];");
    emit_line(b, "out[r * os] += s;");
    emit_line(b, "}");
    emit_raw(b, "#else\n");
    emit_line(b, "const se3b_v z = { 0 };");
    for (int i = 0; i < nb; i++) {
        emit_line(b, "const se3b_v u0_%d = n > %d ? v[%d] : z;", i, i, i);
        for (int j = 0; j < nb; j++)
            own[i][j] = i;
    }
    int lev = 0;
    for (int h = nb / 2, nv = nb; h >= 1; h /= 2, nv /= 2, lev++) {
        for (int p = 0; p < nv / 2; p++) {
            char lo[200] = "", hi[200] = "";
            int ll = 0, hl = 0;
            for (int j = 0; j < nb; j++) {
                const int first = j % (2 * h) < h;
                ll += snprintf(lo + ll, sizeof lo - ll, ", %d", first ? j : nb + j);
                hl += snprintf(hi + hl, sizeof hi - hl, ", %d", first ? j + h : nb + j - h);
                nown[p][j] = first ? own[2 * p][j] : own[2 * p + 1][j];
            }
            emit_line(b, "const se3b_v u%d_%d = __builtin_shufflevector(u%d_%d, u%d_%d%s)", lev + 1, p, lev, 2 * p, lev, 2 * p + 1,
                      lo);
            emit_line(b, "    + __builtin_shufflevector(u%d_%d, u%d_%d%s);", lev, 2 * p, lev, 2 * p + 1, hi);
        }
        memcpy(own, nown, sizeof own);
    }
    for (int j = 0; j < nb; j++)
        emit_line(b, "if (n > %d) out[%d * os] += u%d_0[%d];", own[0][j], own[0][j], lev, j);
    emit_raw(b, "#endif\n");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

static void grad_helpers(grad_ctx *g)
{
    emit_buf *b = g->b;
    emit_raw(b, "/* ==== backward (se3tc --grad): gradients in double at either precision ==== */\n\n");
    emit_line(b, "#include <stdlib.h>");
    emit_raw(b, "\n");
    emit_line(b, "enum { GRAD_NB = %d };  /* edges per block in the backward: one vector of se3_real */", g->f32 ? 16 : 8);
    /* one call of an edge function takes up to GRAD_KB edge blocks and runs each radial net over
     * all of them before the next net, so that a net's weights and weight gradient (hundreds of KB
     * on QM9) come into the cache once per GRAD_KB blocks, not once per block; the device walks
     * one edge at a time (emit_cuda_grad.c) */
    if (!g->device) {  /* (-DSE3B_GRAD_KB=1 in the JIT's flags: test_grad's check that grouping keeps the sums) */
        emit_raw(b, "#ifndef SE3B_GRAD_KB\n");
        emit_line(b, "#define SE3B_GRAD_KB %d", g->f32 ? GRAD_KB_F32 : GRAD_KB_F64);
        emit_raw(b, "#endif\n");
    }
    emit_line(b, "enum { GRAD_KB = %s };  /* edge blocks per call of an edge function */", g->device ? "1" : "SE3B_GRAD_KB");
    emit_line(b, "/* attention keeps a node block's radial outputs from pass 1 for pass 2 up to this size (a");
    emit_line(b, " * share of the last-level cache); not on the device, where it would come from the heap that");
    emit_line(b, " * every thread's scratch shares */");
    emit_raw(b, "#ifdef SE3G_BACKWARD\n");
    emit_line(b, "enum { GRAD_PHI_BYTES = 0 };");
    emit_raw(b, "#else\n");
    emit_line(b, "enum { GRAD_PHI_BYTES = 4 << 20 };");
    emit_raw(b, "#endif\n");
    emit_raw(b, "\n");
    emit_line(b, "/* y[co][m] (+)= sum_ci W[co][ci] x[ci][m], in double. */");
    emit_line(b, "static void se3b_mix(const se3_real *w, int cin, int cout, int nc, const double *x, double *y, int add)");
    emit_line(b, "{");
    emit_line(b, "for (int co = 0; co < cout; co++) {");
    emit_line(b, "for (int m = 0; m < nc; m++) {");
    emit_line(b, "double s = add ? y[co * nc + m] : 0;");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    s += w[co * cin + ci] * x[ci * nc + m];");
    emit_line(b, "y[co * nc + m] = s;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* Adjoint of se3b_mix: dx += W^T dy, dw += dy x^T. */");
    emit_line(b, "static void se3b_mix_bwd(const se3_real *w, double *dw, int cin, int cout, int nc, const double *x,");
    emit_line(b, "                         const double *dy, double *dx)");
    emit_line(b, "{");
    emit_line(b, "for (int co = 0; co < cout; co++) {");
    emit_line(b, "for (int ci = 0; ci < cin; ci++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "const double wv = w[co * cin + ci];");
    emit_line(b, "for (int m = 0; m < nc; m++) {");
    emit_line(b, "s += dy[co * nc + m] * x[ci * nc + m];");
    emit_line(b, "dx[ci * nc + m] += wv * dy[co * nc + m];");
    emit_line(b, "}");
    emit_line(b, "dw[co * cin + ci] += s;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* LayerNorm of x[n] (eps 1e-5, biased variance) keeping xh = (x - mu) / sd and 1/sd. */");
    emit_line(b, "static double se3b_ln(int n, const double *x, const se3_real *g, const se3_real *c, double *xh, double *y)");
    emit_line(b, "{");
    emit_line(b, "double mu = 0, var = 0;");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    mu += x[i];");
    emit_line(b, "mu /= n;");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    var += (x[i] - mu) * (x[i] - mu);");
    emit_line(b, "var /= n;");
    emit_line(b, "const double inv = 1 / sqrt(var + 1e-5);");
    emit_line(b, "for (int i = 0; i < n; i++) {");
    emit_line(b, "xh[i] = (x[i] - mu) * inv;");
    emit_line(b, "y[i] = xh[i] * g[i] + c[i];");
    emit_line(b, "}");
    emit_line(b, "return inv;");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* Adjoint of se3b_ln given dy: dx += ..., dg += dy xh, dc += dy. */");
    emit_line(b, "static void se3b_ln_bwd(int n, const double *xh, double inv, const se3_real *g, const double *dy,");
    emit_line(b, "                        double *dx, double *dg, double *dc)");
    emit_line(b, "{");
    emit_line(b, "double s1 = 0, s2 = 0;");
    emit_line(b, "for (int i = 0; i < n; i++) {");
    emit_line(b, "const double d = dy[i] * g[i];");
    emit_line(b, "dg[i] += dy[i] * xh[i];");
    emit_line(b, "dc[i] += dy[i];");
    emit_line(b, "s1 += d;");
    emit_line(b, "s2 += d * xh[i];");
    emit_line(b, "}");
    emit_line(b, "s1 /= n;");
    emit_line(b, "s2 /= n;");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    dx[i] += inv * (dy[i] * g[i] - s1 - xh[i] * s2);");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* A block's edges in vector lanes (structure of arrays): lane q holds edge q of the block. */");
    emit_line(b, "typedef se3_real se3b_r;  /* the lanes' precision: the model's */");
    emit_line(b, "typedef se3b_r se3b_v __attribute__((vector_size(GRAD_NB * sizeof(se3b_r))));");
    emit_line(b, "/* Lane by lane, d where y > 0, else 0 (ReLU and its adjoint), on plain arrays: the compiler");
    emit_line(b, " * makes one masked vector move of it, which it does not for a loop over a vector's lanes. */");
    emit_line(b, "static inline void se3b_relu_mask(se3b_v *out, const se3b_v *y, const se3b_v *d)");
    emit_line(b, "{");
    emit_line(b, "se3b_r ya[GRAD_NB], da[GRAD_NB];");
    emit_line(b, "memcpy(ya, y, sizeof ya);");
    emit_line(b, "memcpy(da, d, sizeof da);");
    emit_line(b, "for (int q = 0; q < GRAD_NB; q++)");
    emit_line(b, "    da[q] = ya[q] > 0 ? da[q] : 0;");
    emit_line(b, "memcpy(out, da, sizeof da);");
    emit_line(b, "}");
    emit_raw(b, "\n");
    if (!g->device)
        grad_lanesum(b, g->f32 ? 16 : 8);
    grad_asi_block(b);
}

/* The end of a hidden layer's adjoint row group and of the layer: da += W^T dz for the RG rows
 * (one load and store of da[i] per RG rows), then dh = da. */
static void grad_hidden_da_rows(emit_buf *b)
{
    emit_line(b, "for (int i = 0; i < in; i++) {");
    emit_line(b, "se3b_v t = da[i];");
    emit_line(b, "for (int r = 0; r < RG; r++)");
    emit_line(b, "    t += (se3b_r)W[(o + r) * in + i] * dz[o + r];");
    emit_line(b, "da[i] = t;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "for (int i = 0; i < in; i++)");
    emit_line(b, "    dh[i] = da[i];");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* The radial hidden layers of one (width, depth) on a block of edges and their adjoint, with the
 * sizes as constants (nin is the model's radial input count) so that the compiler unrolls the
 * short loops and keeps a dW row's accumulator in registers. */
static void grad_hidden_fns(emit_buf *b, int nin, int width, int depth, int device)
{
    /* on the device not inlined: every radial net calls them, and NVRTC took minutes over their
     * unrolled copies in each (docs/cuda.md, "Function boundaries on the device") */
    const char *dev = device ? "__device__ __noinline__ " : "";
    emit_line(b, "/* Radial hidden layers, depth x (Linear -> LayerNorm -> ReLU), on a block of edges (one per lane),");
    emit_line(b, " * keeping each layer's input act[d], normalised values xh[d] and 1/sd for the backward. Returns act[depth]. */");
    emit_line(b, "static %sconst se3b_v *se3b_vhidden_%d_%d(const se3_real *w, const se3b_v *x, se3b_v (*act)[MAXW],", dev, width,
              depth);
    emit_line(b, "                                  se3b_v (*xh)[MAXW], se3b_v *inv)");
    emit_line(b, "{");
    emit_line(b, "enum { nin = %d, width = %d, depth = %d };", nin, width, depth);
    emit_line(b, "for (int i = 0; i < nin; i++)");
    emit_line(b, "    act[0][i] = x[i];");
    emit_line(b, "int in = nin;");
    emit_line(b, "for (int d = 0; d < depth; d++) {");
    emit_line(b, "const se3_real *bias = w + (int64_t)in * width, *gain = bias + width, *beta = gain + width;");
    emit_line(b, "se3b_v z[MAXW], mu = { 0 }, var = { 0 }, iv;");
    emit_line(b, "int o = 0;");
    emit_line(b, "for (; o + 4 <= width; o += 4) {  /* four rows: independent sums cover the latency */");
    emit_line(b, "const se3_real *w0 = w + o * in, *w1 = w0 + in, *w2 = w1 + in, *w3 = w2 + in;");
    emit_line(b, "se3b_v s0 = (se3b_v){ 0 } + (se3b_r)bias[o], s1 = (se3b_v){ 0 } + (se3b_r)bias[o + 1];");
    emit_line(b, "se3b_v s2 = (se3b_v){ 0 } + (se3b_r)bias[o + 2], s3 = (se3b_v){ 0 } + (se3b_r)bias[o + 3];");
    emit_line(b, "for (int i = 0; i < in; i++) {");
    emit_line(b, "const se3b_v x = act[d][i];");
    emit_line(b, "s0 += (se3b_r)w0[i] * x;");
    emit_line(b, "s1 += (se3b_r)w1[i] * x;");
    emit_line(b, "s2 += (se3b_r)w2[i] * x;");
    emit_line(b, "s3 += (se3b_r)w3[i] * x;");
    emit_line(b, "}");
    emit_line(b, "z[o] = s0, z[o + 1] = s1, z[o + 2] = s2, z[o + 3] = s3;");
    emit_line(b, "}");
    emit_line(b, "for (; o < width; o++) {");
    emit_line(b, "se3b_v s = (se3b_v){ 0 } + (se3b_r)bias[o];");
    emit_line(b, "for (int i = 0; i < in; i++)");
    emit_line(b, "    s += (se3b_r)w[o * in + i] * act[d][i];");
    emit_line(b, "z[o] = s;");
    emit_line(b, "}");
    emit_line(b, "for (o = 0; o < width; o++)");
    emit_line(b, "    mu += z[o];");
    emit_line(b, "mu /= (se3b_r)width;");
    emit_line(b, "for (int o = 0; o < width; o++)");
    emit_line(b, "    var += (z[o] - mu) * (z[o] - mu);");
    emit_line(b, "var /= (se3b_r)width;");
    emit_line(b, "for (int q = 0; q < GRAD_NB; q++)");
    emit_line(b, "    iv[q] = 1 / sqrt(var[q] + 1e-5);");
    emit_line(b, "inv[d] = iv;");
    emit_line(b, "for (int o = 0; o < width; o++) {");
    emit_line(b, "xh[d][o] = (z[o] - mu) * iv;");
    emit_line(b, "const se3b_v y = xh[d][o] * (se3b_r)gain[o] + (se3b_r)beta[o];");
    emit_line(b, "se3b_relu_mask(&act[d + 1][o], &y, &y);");
    emit_line(b, "}");
    emit_line(b, "w = beta + width;");
    emit_line(b, "in = width;");
    emit_line(b, "}");
    emit_line(b, "return act[depth];");
    emit_line(b, "}");
    emit_raw(b, "\n");
    /* The adjoint of one Linear -> LayerNorm -> ReLU layer, one function per input size (the first
     * layer's nin, the others' width), so that every loop bound is a constant. */
    for (int first = 1; first >= 0; first--) {
        const int in = first ? nin : width;
        if (depth < (first ? 1 : 2))
            continue;
        const char *which = first ? "first" : "inner";
        emit_line(b, "/* Adjoint of the %s hidden layer of se3b_vhidden_%d_%d (%d inputs): given dh = dL/dy (y = the", which,
                  width, depth, in);
        emit_line(b, " * layer's output after ReLU; overwritten), dh[0..in) = dL/da; dW += dz a^T over the block and the lane");
        emit_line(b, " * sums of the bias, LayerNorm gain and LayerNorm bias gradients, into dW (laid out as W). */");
        emit_line(b, "static %svoid se3b_vhidden_bwd_%d_%d_%s(const se3_real *W, double *dW, const se3b_v *a, const se3b_v *y,",
                  dev, width, depth, which);
        emit_line(b, "                                  const se3b_v *xh, const se3b_v *iv, se3b_v *dh)");
        emit_line(b, "{");
        emit_line(b, "enum { in = %d, width = %d, RG = %d };  /* RG: rows of dW per pass */", in, width,
                  width % 4 == 0 ? 4 : width % 2 == 0 ? 2 : 1);
        emit_line(b, "const se3_real *gain = W + in * width + width;");
        emit_line(b, "double *dB = dW + in * width, *dG = dB + width, *dC = dG + width;");
        emit_line(b, "se3b_v dy[width], dz[width], da[in], s1 = { 0 }, s2 = { 0 };");
        emit_line(b, "for (int o = 0; o < width; o++) {");
        emit_line(b, "se3b_relu_mask(&dy[o], &y[o], &dh[o]);");
        emit_line(b, "const se3b_v t = dy[o] * (se3b_r)gain[o];");
        emit_line(b, "s1 += t;");
        emit_line(b, "s2 += t * xh[o];");
        emit_line(b, "}");
        emit_line(b, "s1 /= (se3b_r)width;");
        emit_line(b, "s2 /= (se3b_r)width;");
        emit_line(b, "for (int o = 0; o < width; o++)");
        emit_line(b, "    dz[o] = *iv * (dy[o] * (se3b_r)gain[o] - s1 - xh[o] * s2);");
        if (!device) {
            /* the lane sums by the shuffle tree (se3b_lanesum); dW += dz a^T the same way when the
             * layer has fewer than 4 inputs (the first layer: its lane-major copies were most of its time) */
            emit_line(b, "/* the lane sums of the bias, LayerNorm gain and LayerNorm bias gradients, GRAD_NB rows at a time */");
            emit_line(b, "se3b_v gx[width];");
            emit_line(b, "for (int o = 0; o < width; o++)");
            emit_line(b, "    gx[o] = dy[o] * xh[o];");
            emit_line(b, "for (int o = 0; o < width; o += GRAD_NB) {");
            emit_line(b, "const int n = width - o < GRAD_NB ? width - o : GRAD_NB;");
            emit_line(b, "se3b_lanesum(dz + o, n, dB + o, 1);");
            emit_line(b, "se3b_lanesum(gx + o, n, dG + o, 1);");
            emit_line(b, "se3b_lanesum(dy + o, n, dC + o, 1);");
            emit_line(b, "}");
            if (in < 4) {
                emit_line(b, "/* dW += dz a^T: for each input, the rows' products dz[o] a[i] summed over the lanes */");
                emit_line(b, "for (int i = 0; i < in; i++) {");
                emit_line(b, "se3b_v t[width];");
                emit_line(b, "se3b_v s = { 0 };");
                emit_line(b, "for (int o = 0; o < width; o++) {");
                emit_line(b, "t[o] = dz[o] * a[i];");
                emit_line(b, "s += (se3b_r)W[o * in + i] * dz[o];  /* da = W^T dz */");
                emit_line(b, "}");
                emit_line(b, "for (int o = 0; o < width; o += GRAD_NB)");
                emit_line(b, "    se3b_lanesum(t + o, width - o < GRAD_NB ? width - o : GRAD_NB, dW + (int64_t)o * in + i, in);");
                emit_line(b, "dh[i] = s;");
                emit_line(b, "}");
                emit_line(b, "(void)da;");
                emit_line(b, "}");
                emit_raw(b, "\n");
                continue;
            }
            /* dW's accumulators as named lane vectors (RG rows x NV vectors): as an array of reals GCC
             * stored every row back to memory after each multiply-add, which bound the loop by stores */
            emit_line(b, "/* the layer's input lane-major (lane q = the block's edge q as a row: NV vectors, zero padded), for dW */");
            emit_line(b, "enum { NV = (in + GRAD_NB - 1) / GRAD_NB };");
            emit_line(b, "se3b_v aV[GRAD_NB][NV];");
            emit_line(b, "memset(aV, 0, sizeof aV);");
            emit_line(b, "se3b_r (*aT)[NV * GRAD_NB] = (se3b_r (*)[NV * GRAD_NB])aV;");
            emit_line(b, "for (int i = 0; i < in; i++) {");
            emit_line(b, "da[i] = (se3b_v){ 0 };");
            emit_line(b, "for (int q = 0; q < GRAD_NB; q++)");
            emit_line(b, "    aT[q][i] = a[i][q];");
            emit_line(b, "}");
            emit_line(b, "/* dW += dz a^T and da = W^T dz, RG rows of W at a time: RG x NV vector sums over the lanes q in");
            emit_line(b, " * the lanes' precision (added to double dW), one load and store of da[i] per RG rows; every sum in");
            emit_line(b, " * the same order as row by row. */");
            emit_line(b, "for (int o = 0; o < width; o += RG) {");
            emit_line(b, "se3b_v acc[RG][NV];");
            emit_line(b, "for (int r = 0; r < RG; r++)");
            emit_line(b, "    for (int v = 0; v < NV; v++)");
            emit_line(b, "        acc[r][v] = (se3b_v){ 0 };");
            emit_line(b, "for (int q = 0; q < GRAD_NB; q++) {");
            emit_line(b, "for (int r = 0; r < RG; r++) {");
            emit_line(b, "const se3b_r g = dz[o + r][q];");
            emit_line(b, "for (int v = 0; v < NV; v++)");
            emit_line(b, "    acc[r][v] += g * aV[q][v];");
            emit_line(b, "}");
            emit_line(b, "}");
            emit_line(b, "for (int r = 0; r < RG; r++) {");
            emit_line(b, "se3b_r t[NV * GRAD_NB];");
            emit_line(b, "memcpy(t, acc[r], sizeof t);");
            emit_line(b, "double *dwr = dW + (o + r) * in;");
            emit_line(b, "#pragma omp simd");
            emit_line(b, "for (int i = 0; i < in; i++)");
            emit_line(b, "    dwr[i] += t[i];");
            emit_line(b, "}");
            grad_hidden_da_rows(b);
            continue;
        }
        /* the device (one lane): the lane sums as lane-major copies and scalar sums */
        emit_line(b, "/* Lane-major copies (lane q = the block's edge q as a row): the layer's input for dW, and dz, dy");
        emit_line(b, " * and dy xh, whose sums over the lanes are then taken for all rows at once, in double and lane");
        emit_line(b, " * after lane, as one row's own scalar sum would be. */");
        emit_line(b, "se3b_r aT[GRAD_NB][in], zT[GRAD_NB][width], yT[GRAD_NB][width], gT[GRAD_NB][width];");
        emit_line(b, "for (int i = 0; i < in; i++) {");
        emit_line(b, "da[i] = (se3b_v){ 0 };");
        emit_line(b, "for (int q = 0; q < GRAD_NB; q++)");
        emit_line(b, "    aT[q][i] = a[i][q];");
        emit_line(b, "}");
        emit_line(b, "for (int o = 0; o < width; o++) {");
        emit_line(b, "const se3b_v gx = dy[o] * xh[o];");
        emit_line(b, "for (int q = 0; q < GRAD_NB; q++) {");
        emit_line(b, "zT[q][o] = dz[o][q];");
        emit_line(b, "yT[q][o] = dy[o][q];");
        emit_line(b, "gT[q][o] = gx[q];");
        emit_line(b, "}");
        emit_line(b, "}");
        emit_line(b, "double sb[width], sg[width], sc[width];");
        emit_line(b, "for (int o = 0; o < width; o++)");
        emit_line(b, "    sb[o] = sg[o] = sc[o] = 0;");
        emit_line(b, "for (int q = 0; q < GRAD_NB; q++) {");
        emit_line(b, "#pragma omp simd");
        emit_line(b, "for (int o = 0; o < width; o++) {");
        emit_line(b, "sb[o] += zT[q][o];");
        emit_line(b, "sc[o] += yT[q][o];");
        emit_line(b, "sg[o] += gT[q][o];");
        emit_line(b, "}");
        emit_line(b, "}");
        emit_line(b, "for (int o = 0; o < width; o++) {");
        emit_line(b, "dB[o] += sb[o];");
        emit_line(b, "dG[o] += sg[o];");
        emit_line(b, "dC[o] += sc[o];");
        emit_line(b, "}");
        emit_line(b, "/* dW += dz a^T and da = W^T dz, RG rows of W at a time: RG independent rows of sums in registers");
        emit_line(b, " * (one row's sum over the lanes alone is a chain of dependent multiply-adds), one load and store of");
        emit_line(b, " * da[i] per RG rows; every sum in the same order as row by row. */");
        emit_line(b, "for (int o = 0; o < width; o += RG) {");
        emit_line(b, "se3b_r acc[RG][in];  /* the block's sums in the lanes' precision, added to double dW */");
        emit_line(b, "for (int r = 0; r < RG; r++)");
        emit_line(b, "    for (int i = 0; i < in; i++)");
        emit_line(b, "        acc[r][i] = 0;");
        emit_line(b, "for (int q = 0; q < GRAD_NB; q++) {");
        emit_line(b, "for (int r = 0; r < RG; r++) {");
        emit_line(b, "const se3b_r g = dz[o + r][q];");
        emit_line(b, "for (int i = 0; i < in; i++)  /* (GCC made this loop slower with omp simd) */");
        emit_line(b, "    acc[r][i] += g * aT[q][i];");
        emit_line(b, "}");
        emit_line(b, "}");
        emit_line(b, "for (int r = 0; r < RG; r++) {");
        emit_line(b, "double *dwr = dW + (o + r) * in;");
        emit_line(b, "#pragma omp simd");
        emit_line(b, "for (int i = 0; i < in; i++)");
        emit_line(b, "    dwr[i] += acc[r][i];");
        emit_line(b, "}");
        grad_hidden_da_rows(b);
    }
    emit_line(b, "/* Adjoint of se3b_vhidden_%d_%d: dh (dL/d act[depth], overwritten) -> dx (+=); weight gradients, summed", width, depth);
    emit_line(b, " * over the lanes, into dw (laid out as w), layer by layer from the last. */");
    emit_line(b, "static %svoid se3b_vhidden_bwd_%d_%d(const se3_real *w, double *dw, se3b_v (*act)[MAXW], se3b_v (*xh)[MAXW],", dev,
              width, depth);
    emit_line(b, "                             const se3b_v *inv, se3b_v *dh, se3b_v *dx)");
    emit_line(b, "{");
    emit_line(b, "enum { nin = %d, width = %d, depth = %d };", nin, width, depth);
    if (depth > 1) {
        emit_line(b, "for (int d = depth - 1; d > 0; d--) {");
        emit_line(b, "const int64_t off = (int64_t)(nin + 1) * width + 2 * width + (int64_t)(d - 1) * (width + 3) * width;");
        emit_line(b, "se3b_vhidden_bwd_%d_%d_inner(w + off, dw + off, act[d], act[d + 1], xh[d], inv + d, dh);", width, depth);
        emit_line(b, "}");
    }
    if (depth > 0)
        emit_line(b, "se3b_vhidden_bwd_%d_%d_first(w, dw, act[0], act[1], xh[0], inv, dh);", width, depth);
    emit_line(b, "for (int i = 0; i < nin; i++)");
    emit_line(b, "    dx[i] += dh[i];");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* Harmonics and their derivatives d Y_c / d u (u the unit vector, before projection). */
static void grad_sh(grad_ctx *g, int lmax)
{
    emit_buf *b = g->b;
    char buf[40];
    emit_line(b, "/* Y_0..Y_%d at the unit vector (x, y, z) and dY[c] = grad_u Y_c as polynomials. */", lmax);
    emit_line(b, "static void se3b_sh(double x, double y, double z, double *Y, double (*dY)[3])");
    emit_line(b, "{");
    emit_line(b, "double xp[%d], yp[%d], zp[%d];", lmax + 2, lmax + 2, lmax + 2);
    emit_line(b, "xp[0] = yp[0] = zp[0] = 1;");
    emit_line(b, "for (int p = 1; p <= %d; p++) {", lmax);
    emit_line(b, "xp[p] = xp[p - 1] * x;");
    emit_line(b, "yp[p] = yp[p - 1] * y;");
    emit_line(b, "zp[p] = zp[p - 1] * z;");
    emit_line(b, "}");
    sph_term terms[SPH_MAX_TERMS(SPH_LMAX)];
    for (int l = 0; l <= lmax; l++)
        for (int mm = -l; mm <= l; mm++) {
            int n = sph_poly(l, mm, terms, SPH_MAX_TERMS(SPH_LMAX));
            int c = l * l + mm + l;
            /* value, then the three partial derivatives */
            for (int v = 0; v < 4; v++) {
                if (v == 0)
                    emit_raw(b, "    Y[%d] =", c);
                else
                    emit_raw(b, "    dY[%d][%d] =", c, v - 1);
                int first = 1;
                for (int t = 0; t < n; t++) {
                    int px = terms[t].px, py = terms[t].py, pz = terms[t].pz;
                    double coef = terms[t].coef;
                    if (v == 1) {
                        if (!px)
                            continue;
                        coef *= px--;
                    } else if (v == 2) {
                        if (!py)
                            continue;
                        coef *= py--;
                    } else if (v == 3) {
                        if (!pz)
                            continue;
                        coef *= pz--;
                    }
                    emit_raw(b, "%s%s", first ? " " : " + ", emit_real(buf, coef, 0));
                    if (px)
                        emit_raw(b, " * xp[%d]", px);
                    if (py)
                        emit_raw(b, " * yp[%d]", py);
                    if (pz)
                        emit_raw(b, " * zp[%d]", pz);
                    first = 0;
                }
                emit_raw(b, "%s;%s\n", first ? " 0" : "", v == 0 ? "" : "");
            }
        }
    emit_line(b, "(void)xp, (void)yp, (void)zp;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* ---- message-passing layers: the per-edge function ----------------------------------------- */

/* The largest radial output layer of a layer (entries), for its scratch buffer. */
static long grad_max_nout(const plan_layer *pl)
{
    long n = 1;
    for (int q = 0; q < pl->nradials; q++)
        if (pl->radials[q].out.out > n)
            n = pl->radials[q].out.out;
    return n;
}

/* The radial output layers of a layer together (entries): one edge block's phi, kept from
 * attention's pass 1 for its pass 2 (grad_attention). */
static long grad_sum_nout(const plan_layer *pl)
{
    long n = 0;
    for (int q = 0; q < pl->nradials; q++)
        n += pl->radials[q].out.out;
    return n > 0 ? n : 1;
}

/* A loop over a radial net's input or output channels (ci, co). On the device it stays a loop:
 * NVRTC unrolled the channels of every net completely (nbody_se3: 30 MB of PTX, minutes of its
 * optimiser); the CPU text leaves the choice to the C compiler, as before. */
static void grad_channel_loop(grad_ctx *g, const char *var, int n)
{
    if (g->device)
        emit_line(g->b, "#pragma unroll 1");
    emit_line(g->b, "for (int %s = 0; %s < %d; %s++) {", var, var, n, var);
}

/* The output layer's dWo += dphi H^T and dBo += dphi for a block (dphi, HT and ne in scope) or,
 * with blocks (the NOUT of the edge function's scratch layout), for each row all the call's
 * blocks in order (their dphi in wk, HT in their state st[bk]); dWo and dBo in scope. */
static void grad_dw_pass(grad_ctx *g, int hw, long nout, const char *blocks)
{
    const int R = g->f32 && !g->device ? 8 : 1;
    emit_buf *b = g->b;
    emit_line(b, "/* dWo += dphi H^T, dBo += dphi: the lanes as the inner sum, %d row%s at a time */", R, R > 1 ? "s" : "");
    for (int pass = 0; pass < 2; pass++) {
        const int rr = pass ? 1 : R;
        const long lo = pass ? nout / R * R : 0, hi = pass ? nout : nout / R * R;
        if (lo >= hi || (pass && R == 1))
            continue;
        emit_line(b, "for (int o = %ld; o < %ld; o += %d) {", lo, hi, rr);
        if (blocks) {  /* the call's blocks in order, each block's sums added to the rows in turn */
            emit_line(b, "for (int bk = 0; bk < nbk; bk++) {");
            emit_line(b, "const int ne = neb[bk];");
            emit_line(b, "const se3b_v *dphi = wk + %s * (1 + (int64_t)bk);", blocks);
            emit_line(b, "se3b_r (*HT)[MAXW] = st[bk].HT;");
        }
        for (int t = 0; t < rr; t++) {
            emit_line(b, "se3b_r a%d[MAXW];", t);
            if (g->device)
                emit_line(b, "double sb%d = 0;", t);
        }
        emit_line(b, "for (int h = 0; h < %d; h++)", hw);
        emit_raw(b, "%*s", (b->indent + 1) * 4, "");
        for (int t = 0; t < rr; t++)
            emit_raw(b, "a%d[h] = ", t);
        emit_raw(b, "0;\n");
        emit_line(b, "for (int q = 0; q < ne; q++) {%s", g->device ? "  /* the bias's lane sum in the same pass */" : "");
        for (int t = 0; t < rr; t++)
            emit_line(b, "const se3b_r q%d = dphi[o + %d][q];", t, t);
        if (g->device)
            for (int t = 0; t < rr; t++)
                emit_line(b, "sb%d += q%d;", t, t);
        emit_line(b, "#pragma omp simd");
        emit_line(b, "for (int h = 0; h < %d; h++) {", hw);
        emit_line(b, "const se3b_r x = HT[q][h];");
        for (int t = 0; t < rr; t++)
            emit_line(b, "a%d[h] += q%d * x;", t, t);
        emit_line(b, "}");
        emit_line(b, "}");
        emit_line(b, "double *dwr = dWo + (int64_t)o * %d;", hw);
        emit_line(b, "#pragma omp simd");
        emit_line(b, "for (int h = 0; h < %d; h++) {", hw);
        for (int t = 0; t < rr; t++)
            emit_line(b, "dwr[%d + h] += a%d[h];", t * hw, t);
        emit_line(b, "}");
        if (g->device)
            for (int t = 0; t < rr; t++)
                emit_line(b, "dBo[o + %d] += sb%d;", t, t);
        if (blocks)
            emit_line(b, "}");
        emit_line(b, "}");
    }
    if (!g->device) {  /* the bias: GRAD_NB rows' lane sums at a time (se3b_lanesum; unused lanes hold zeros),
                        * the call's blocks in order when dW was deferred */
        if (blocks) {
            emit_line(b, "for (int bk = 0; bk < nbk; bk++) {");
            emit_line(b, "const se3b_v *dphi = wk + %s * (1 + (int64_t)bk);", blocks);
        }
        emit_line(b, "for (int o = 0; o < %ld; o += GRAD_NB)", nout);
        emit_line(b, "    se3b_lanesum(dphi + o, %ld - o < GRAD_NB ? %ld - o : GRAD_NB, dBo + o, 1);", nout, nout);
        if (blocks)
            emit_line(b, "}");
    }
}

/* One radial net and its paths for a block of edges, one per vector lane: forward into the
 * block's messages mv[...] (lanes), and with dmv its adjoint. The output layer phi = Wo H + Bo
 * and its adjoint dWo += dphi H^T, dBo += dphi, dH = Wo^T dphi run over the whole block (each
 * weight row read once per block); the (k, l, J) paths and the hidden layers run on lane vectors
 * as in the forward. */
static void grad_radial(grad_ctx *g, const plan_radial *pr, const plan_layer *pl, long coff)
{
    emit_buf *b = g->b;
    char buf[40];
    const ir_radial *r = pr->r;
    const int k = r->k, l = r->l, nk = 2 * k + 1, nl = 2 * l + 1, F = r->nfreq;
    const int hw = pr->hw, moff = pr->msg_off;
    const long nout = pr->out.out;
    const long w0 = pr->hidden_all.rel;
    const int dd = r->depth ? r->depth : 1;
    emit_line(b, "{ /* radial %c k=%d l=%d: %d -> %d channels, %d path%s */", r->role, k, l, r->cin, r->cout, r->npaths,
              r->npaths == 1 ? "" : "s");
    emit_line(b, "se3b_v act[%d][MAXW], xh[%d][MAXW], inv[%d];", r->depth + 1, dd, dd);
    emit_line(b, "const se3b_v *H = se3b_vhidden_%d_%d(P + %ld, rinv, act, xh, inv);", r->width, r->depth, w0);
    emit_line(b, "const se3_real *Wo = P + %ld, *Bo = P + %ld;", pr->out.w.rel, pr->out.b.rel);
    if (grad_defer_dw(g))  /* each block's dphi kept for the net's dW pass after the blocks */
        emit_line(b, "se3b_v *phi = pc ? pc + %ld : wk, *dphi = wk + %ld * (1 + (int64_t)bk);", coff, grad_max_nout(pl));
    else
        emit_line(b, "se3b_v *phi = pc ? pc + %ld : wk, *dphi = wk + %ld;", coff, grad_max_nout(pl));
    /* the output layer's rows eight at a time on the CPU; one at a time on the device, whose one
     * lane gains nothing from the unrolling and whose compiler time grows with it (docs/cuda.md) */
    const long nout8 = g->device ? 0 : nout / 8 * 8;
    emit_line(b, "if (!pc || !dmb) { /* phi: with pc, pass 1 keeps it there and pass 2 reads it */");
    if (!g->device) {  /* (the CPU text keeps its loop even when it runs no row) */
        emit_line(b, "/* output layer: each weight row once per block, eight rows at a time (one load of H[h] for");
        emit_line(b, " * eight rows, and eight independent sums to cover the multiply-add latency) */");
        emit_line(b, "for (int o = 0; o < %ld; o += 8) {", nout8);
        emit_line(b, "const se3_real *w0 = Wo + (int64_t)o * %d;", hw);
        for (int t = 0; t < 8; t++)
            emit_line(b, "se3b_v s%d = (se3b_v){ 0 } + (se3b_r)Bo[o + %d];", t, t);
        emit_line(b, "for (int h = 0; h < %d; h++) {", hw);
        emit_line(b, "const se3b_v x = H[h];");
        for (int t = 0; t < 8; t++)
            emit_line(b, "s%d += (se3b_r)w0[%d + h] * x;", t, t * hw);
        emit_line(b, "}");
        for (int t = 0; t < 8; t++)
            emit_line(b, "phi[o + %d] = s%d;", t, t);
        emit_line(b, "}");
    }
    if (nout8 < nout) {
        emit_line(b, "for (int o = %ld; o < %ld; o++) {", nout8, nout);
        emit_line(b, "const se3_real *wr = Wo + (int64_t)o * %d;", hw);
        emit_line(b, "se3b_v s = (se3b_v){ 0 } + (se3b_r)Bo[o];");
        emit_line(b, "for (int h = 0; h < %d; h++)", hw);
        emit_line(b, "    s += (se3b_r)wr[h] * H[h];");
        emit_line(b, "phi[o] = s;");
        emit_line(b, "}");
    }
    emit_line(b, "}");
    double C[9 * 9 * 17];
    int any[9][9][9];
    emit_basis_kernels(b, r, "se3b_v", g->f32, any);
    emit_line(b, "se3b_v G[%d][%d][%d];  /* [ci][J][a] = sum_b W_J[a][b] s[ci][b] */", r->cin, F, nl);
    grad_channel_loop(g, "ci", r->cin);
    emit_line(b, "const se3b_v *s = sv%d + ci * %d;", k, nk);
    emit_basis_apply(b, r, any, "G[ci]", " (se3b_v){ 0 }");
    emit_line(b, "}");
    if (g->m->envelope == ENV_NONE)
        emit_line(b, "if (!dmb) /* the messages: only the forward pass needs them */");
    else
        emit_line(b, "/* the messages, also in the adjoint: the envelope's d/dr needs them */");
    grad_channel_loop(g, "co", r->cout);
    grad_channel_loop(g, "ci", r->cin);
    emit_line(b, "const se3b_v *ph = phi + (co * %d + ci) * %d;", r->cin, F);
    emit_line(b, "for (int a = 0; a < %d; a++) {", nl);
    emit_line(b, "se3b_v t = { 0 };");
    emit_line(b, "for (int f = 0; f < %d; f++)", F);
    emit_line(b, "    t += ph[f] * G[ci][f][a];");
    emit_line(b, "mv[%d + co * %d + a] += t;", moff, nl);
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "if (dmb) { /* the adjoint: no messages, dL/d(messages) given */");
    emit_line(b, "const se3b_v *dmo = dmv + %d;", moff);
    emit_line(b, "se3b_v dG[%d][%d][%d];", r->cin, F, nl);
    emit_line(b, "memset(dG, 0, sizeof dG);");
    grad_channel_loop(g, "co", r->cout);
    grad_channel_loop(g, "ci", r->cin);
    emit_line(b, "const se3b_v *ph = phi + (co * %d + ci) * %d;", r->cin, F);
    emit_line(b, "se3b_v *dph = dphi + (co * %d + ci) * %d;", r->cin, F);
    emit_line(b, "for (int f = 0; f < %d; f++) {", F);
    emit_line(b, "se3b_v t = { 0 };");
    emit_line(b, "for (int a = 0; a < %d; a++) {", nl);
    emit_line(b, "t += dmo[co * %d + a] * G[ci][f][a];", nl);
    emit_line(b, "dG[ci][f][a] += ph[f] * dmo[co * %d + a];", nl);
    emit_line(b, "}");
    emit_line(b, "dph[f] = t;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    /* dL/dW_J[a][b] accumulators, then the sender features' gradient */
    for (int f = 0; f < F; f++)
        for (int a = 0; a < nl; a++)
            for (int bb = 0; bb < nk; bb++)
                if (any[f][a][bb])
                    emit_line(b, "se3b_v dw%d_%d_%d = { 0 };", f, a, bb);
    grad_channel_loop(g, "ci", r->cin);
    emit_line(b, "const se3b_v *s = sv%d + ci * %d;", k, nk);
    emit_line(b, "se3b_v *ds = dsv%d + ci * %d;", k, nk);
    for (int f = 0; f < F; f++)
        for (int a = 0; a < nl; a++)
            for (int bb = 0; bb < nk; bb++)
                if (any[f][a][bb]) {
                    emit_line(b, "ds[%d] += w%d_%d_%d * dG[ci][%d][%d];", bb, f, a, bb, f, a);
                    emit_line(b, "dw%d_%d_%d += dG[ci][%d][%d] * s[%d];", f, a, bb, f, a, bb);
                }
    emit_line(b, "}");
    /* dL/dY_J[c] = sum_ab C[a][b][c] dL/dW_J[a][b] */
    for (int f = 0; f < r->npaths; f++) {
        const int J = r->paths[f].J, nJ = 2 * J + 1;
        coupling_real(l, k, J, C);
        for (int c = 0; c < nJ; c++) {
            int first = 1;
            for (int a = 0; a < nl; a++)
                for (int bb = 0; bb < nk; bb++) {
                    double v = C[(a * nk + bb) * nJ + c];
                    if (fabs(v) <= 1e-13)
                        continue;
                    if (first)
                        emit_raw(b, "%*sgYv[%d] +=", b->indent * 4, "", J * J + c);
                    emit_raw(b, "%s%s * dw%d_%d_%d", first ? " " : " + ", emit_real(buf, v, g->f32), f, a, bb);
                    first = 0;
                }
            if (!first)
                emit_raw(b, ";\n");
        }
    }
    emit_line(b, "/* the output layer's adjoint over the block, then the hidden layers */");
    if (grad_defer_dw(g))
        emit_line(b, "se3b_r (*HT)[MAXW] = sb->HT;  /* kept for the net's dW pass after the blocks */");
    else
        emit_line(b, "se3b_r HT[NB][MAXW];  /* a block's dW sums are in the lanes' precision, added to double dW */");
    emit_line(b, "se3b_v dH[MAXW];");
    emit_line(b, "for (int h = 0; h < %d; h++) {", hw);
    emit_line(b, "dH[h] = (se3b_v){ 0 };");
    emit_line(b, "for (int q = 0; q < NB; q++)");
    emit_line(b, "    HT[q][h] = H[h][q];");
    emit_line(b, "}");
    if (!grad_defer_dw(g))  /* (deferred: the edge function's pass after the blocks) */
        emit_line(b, "double *dWo = dP + %ld, *dBo = dP + %ld;", pr->out.w.rel, pr->out.b.rel);
    if (!g->device) {  /* (the CPU text keeps its loop even when it runs no row) */
        emit_line(b, "/* dH = Wo^T dphi, eight rows at a time (one load and store of dH[h] for eight) */");
        emit_line(b, "for (int o = 0; o < %ld; o += 8) {", nout8);
        emit_line(b, "const se3_real *w0 = Wo + (int64_t)o * %d;", hw);
        emit_line(b, "const se3b_v d0 = dphi[o], d1 = dphi[o + 1], d2 = dphi[o + 2], d3 = dphi[o + 3];");
        emit_line(b, "const se3b_v d4 = dphi[o + 4], d5 = dphi[o + 5], d6 = dphi[o + 6], d7 = dphi[o + 7];");
        emit_line(b, "for (int h = 0; h < %d; h++)", hw);
        emit_line(b, "    dH[h] = dH[h] + (se3b_r)w0[h] * d0 + (se3b_r)w0[%d + h] * d1 + (se3b_r)w0[%d + h] * d2 + (se3b_r)w0[%d + h] * d3", hw, 2 * hw, 3 * hw);
        emit_line(b, "            + (se3b_r)w0[%d + h] * d4 + (se3b_r)w0[%d + h] * d5 + (se3b_r)w0[%d + h] * d6 + (se3b_r)w0[%d + h] * d7;",
                  4 * hw, 5 * hw, 6 * hw, 7 * hw);
        emit_line(b, "}");
    }
    if (nout8 < nout) {
        emit_line(b, "for (int o = %ld; o < %ld; o++)", nout8, nout);
        emit_line(b, "    for (int h = 0; h < %d; h++)", hw);
        emit_line(b, "        dH[h] += (se3b_r)Wo[(int64_t)o * %d + h] * dphi[o];", hw);
    }
    /* f32: eight rows at a time, sixteen independent vector sums over the lanes (one row's two
     * are a chain of 16 dependent multiply-adds); f64: one row (its four sums of 8 already cover
     * the latency, and eight rows' 32 would not fit in the registers) */
    if (!grad_defer_dw(g))
        grad_dw_pass(g, hw, nout, NULL);
    emit_line(b, "se3b_vhidden_bwd_%d_%d(P + %ld, dP + %ld, act, xh, inv, dH, drinv);", r->width, r->depth, w0, w0);
    emit_line(b, "}");
    emit_line(b, "}");
}

/* On the device, radial net q of layer shape pl in a function of its own, se3b_FN_rQ, whose body is
 * grad_radial's block unchanged (its parameters carry the edge function's names). NVRTC's time grows
 * faster than the size of a function: one function holding every net's adjoint (32 in nbody_se3's
 * hidden attention layers) took it minutes; __noinline__ keeps the pieces apart (docs/cuda.md). */
static void grad_radial_function(grad_ctx *g, const plan_layer *pl, int q, long coff)
{
    emit_buf *b = g->b;
    const int k = pl->radials[q].r->k;
    emit_line(b, "/* layer %s, radial net %d for a block of ne edges (se3b_%s_edge's block, on the device a function) */", pl->fn,
              q, pl->fn);
    emit_line(b, "static __device__ __noinline__ void se3b_%s_r%d(const se3_real *P, int ne, const se3b_v *Y, const se3b_v *rinv,",
              pl->fn, q);
    emit_line(b, "        se3b_v *drinv, se3b_v *gYv, se3b_v *mv, const se3b_v *dmv, const double *dmb, se3b_v *wk, se3b_v *pc,");
    emit_line(b, "        double *dP, const se3b_v *sv%d, se3b_v *dsv%d)", k, k);
    emit_line(b, "{");
    emit_line(b, "enum { NB = GRAD_NB };");
    emit_line(b, "(void)ne, (void)Y, (void)gYv, (void)mv, (void)dmv;");
    grad_radial(g, &pl->radials[q], pl, coff);
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* The state of one edge block in an edge function (geometry, harmonics, sender features, the
 * messages and their gradients, lane vectors first for their alignment): se3b_FN_eb. */
static void grad_edge_state(grad_ctx *g, const plan_layer *pl)
{
    emit_buf *b = g->b;
    const int nsh = g->pl->nsh, msg = pl->msg_dim;
    emit_line(b, "/* layer %s: one edge block's state in se3b_%s_edge, GRAD_KB of them per call */", pl->fn, pl->fn);
    emit_line(b, "typedef struct {");
    emit_line(b, "se3b_v Yv[%d], rinv[%d], drinv[%d], gYv[%d], mv[%d], dmv[%d];", nsh, g->pl->nin, g->pl->nin, nsh, msg, msg);
    for (int k = 0; k <= SE3_LMAX; k++)
        if (pl->send.c[k])
            emit_line(b, "se3b_v sv%d[%d], dsv%d[%d];", k, pl->send.c[k] * (2 * k + 1), k, pl->send.c[k] * (2 * k + 1));
    emit_line(b, "double dYu_[GRAD_NB][%d][3], dx_[GRAD_NB], dy_[GRAD_NB], dz_[GRAD_NB], rd_[GRAD_NB];", nsh);
    if (g->m->envelope != ENV_NONE)
        emit_line(b, "double env_[GRAD_NB], denv_[GRAD_NB];  /* the envelope u(r) and du/dr per lane */");
    if (grad_defer_dw(g))
        emit_line(b, "se3b_r HT[GRAD_NB][MAXW];  /* the current net's hidden output, lane-major, for its deferred dW */");
    emit_line(b, "} se3b_%s_eb;", pl->fn);
    emit_raw(b, "\n");
}

/* Inside an edge function's loop over its blocks (bk): block bk's edges, messages (mb, or dmb
 * for the adjoint), kept radial outputs (pc) and state under the names the block's code uses. */
static void grad_edge_alias(grad_ctx *g, const plan_layer *pl)
{
    emit_buf *b = g->b;
    const int nsh = g->pl->nsh;
    emit_line(b, "const int ne = neb[bk];");
    emit_line(b, "const int32_t *I = Ib[bk], *Jn = Jb[bk];");
    emit_line(b, "const int64_t *E = Eb[bk];");
    emit_line(b, "double *mb = mb0 ? mb0 + (int64_t)bk * NB * ms : NULL;");
    emit_line(b, "const double *dmb = dmb0 ? dmb0 + (int64_t)bk * NB * ms : NULL;");
    emit_line(b, "se3b_v *pc = pc0 ? pc0 + (int64_t)bk * %ld : NULL;", grad_sum_nout(pl));
    emit_line(b, "se3b_%s_eb *sb = &st[bk];", pl->fn);
    emit_line(b, "double (*dYu_)[%d][3] = sb->dYu_, *dx_ = sb->dx_, *dy_ = sb->dy_, *dz_ = sb->dz_, *rd_ = sb->rd_;", nsh);
    if (g->m->envelope != ENV_NONE)
        emit_line(b, "double *env_ = sb->env_, *denv_ = sb->denv_;");
    emit_line(b, "se3b_v *Yv = sb->Yv, *rinv = sb->rinv, *drinv = sb->drinv, *gYv = sb->gYv, *mv = sb->mv, *dmv = sb->dmv;");
    emit_line(b, "const se3b_v *Y = Yv;");
    emit_raw(b, "%*s(void)ne, (void)I, (void)Jn, (void)E, (void)mb, (void)dmb, (void)pc, (void)dYu_, (void)dx_, (void)dy_, "
                "(void)dz_, (void)rd_, (void)Yv, (void)rinv, (void)drinv, (void)gYv, (void)mv, (void)dmv, (void)Y",
             b->indent * 4, "");
    if (g->m->envelope != ENV_NONE)
        emit_raw(b, ", (void)env_, (void)denv_");
    emit_raw(b, ";\n");
    for (int k = 0; k <= SE3_LMAX; k++)
        if (pl->send.c[k])
            emit_line(b, "se3b_v *sv%d = sb->sv%d, *dsv%d = sb->dsv%d;  (void)sv%d, (void)dsv%d;", k, k, k, k, k, k);
}

/* The edge function's scratch wk (se3b_FN_edge): the radial outputs and their gradients, 2 * NOUT
 * lane vectors, then on the CPU GRAD_KB edge blocks' state (the device's is on its stack). */
static void grad_edge_scratch(grad_ctx *g, const plan_layer *pl)
{
    if (g->device)
        emit_line(g->b, "se3b_v *wk = aligned_alloc(sizeof(se3b_v), sizeof(se3b_v) * 2 * NOUT);");
    else if (grad_defer_dw(g))  /* phi, then each block's dphi (kept for the deferred dW) */
        emit_line(g->b, "se3b_v *wk = aligned_alloc(sizeof(se3b_v), sizeof(se3b_v) * (1 + GRAD_KB) * NOUT + sizeof(se3b_%s_eb) * GRAD_KB);",
                  pl->fn);
    else
        emit_line(g->b, "se3b_v *wk = aligned_alloc(sizeof(se3b_v), sizeof(se3b_v) * 2 * NOUT + sizeof(se3b_%s_eb) * GRAD_KB);",
                  pl->fn);
}

static void grad_edge_function(grad_ctx *g, const plan_layer *pl)
{
    emit_buf *b = g->b;
    const layer *L = pl->L;
    const plan *pn = g->pl;
    const int nsh = pn->nsh;
    const int in_dim = pl->in.dim, x0_dim = pn->x0.dim;
    const int msg = pl->msg_dim;
    grad_edge_state(g, pl);
    if (g->device)
        for (int q = 0, coff = 0; q < pl->nradials; coff += (int)pl->radials[q].out.out, q++)
            grad_radial_function(g, pl, q, coff);
    emit_line(b, "/* Layer %s, nbk <= GRAD_KB blocks of neb[bk] <= GRAD_NB edges Eb[bk][q] = (Jb[bk][q] -> Ib[bk][q]),",
              pl->fn);
    emit_line(b, " * GRAD_NB * ms entries of mb0 / dmb0 and %ld vectors of pc0 apart: without dmb0, their messages into",
              grad_sum_nout(pl));
    emit_line(b, " * mb[q * ms], %d values%s; with dmb = dL/dm (same layout) instead, the adjoint: weights (P, the layer's) into dP,", msg,
              L->kind == LAYER_ATTENTION ? " (keys, then values)" : "");
    emit_line(b, " * sender features into din, positions into dpos, inputs into dx0. The edges run in vector lanes;");
    emit_line(b, " * unused lanes hold zeros. wk: 2 * %ld vectors of scratch (aligned)%s. pc0 (or NULL): %ld vectors (aligned)",
              grad_max_nout(pl), g->device ? "" : ", then GRAD_KB blocks' state", grad_sum_nout(pl));
    emit_line(b, " * per block for the radial outputs phi of every net of the block: without dmb they are written there,");
    emit_line(b, " * with dmb read from there instead of recomputed (the same block's pass 1 wrote them). Each radial");
    emit_line(b, " * net runs over all the blocks before the next net, so its weights and gradient are loaded once for");
    emit_line(b, " * them; every sum runs in the order of one block at a time (nets in order, blocks in order). */");
    /* called from two passes: on the device one copy of its code, not one inlined into each */
    emit_line(b, "static %svoid se3b_%s_edge(const se3m_io *io, const se3_real *P, const se3_real *in, int nbk, const int *neb,",
              g->device ? "__device__ __noinline__ " : "", pl->fn);
    emit_line(b, "                         const int32_t (*Ib)[GRAD_NB], const int32_t (*Jb)[GRAD_NB], const int64_t (*Eb)[GRAD_NB],");
    emit_line(b, "                         double *mb0, const double *dmb0, int64_t ms, se3b_v *wk, se3b_v *pc0, double *dP,");
    emit_line(b, "                         double *din, double *dpos, double *dx0)");
    emit_line(b, "{");
    emit_line(b, "const double *pos = (const double *)io->pos;");
    emit_line(b, "const se3_real *x0 = (const se3_real *)io->node_in;");
    emit_line(b, "const se3_real *ea = (const se3_real *)io->edge_attr;");
    emit_line(b, "(void)x0, (void)ea, (void)dx0;");
    emit_line(b, "enum { NIN = %d, NB = GRAD_NB };", pn->nin);
    if (g->device)
        emit_line(b, "se3b_%s_eb st[GRAD_KB];", pl->fn);
    else if (grad_defer_dw(g))
        emit_line(b, "se3b_%s_eb *st = (se3b_%s_eb *)(wk + (1 + GRAD_KB) * %ld);  /* after the radial outputs' scratch */", pl->fn,
                  pl->fn, grad_max_nout(pl));
    else
        emit_line(b, "se3b_%s_eb *st = (se3b_%s_eb *)(wk + %ld);  /* after the radial outputs' scratch */", pl->fn, pl->fn,
                  2 * grad_max_nout(pl));
    emit_line(b, "memset(st, 0, sizeof(se3b_%s_eb) * nbk);", pl->fn);
    emit_line(b, "/* geometry, harmonics, edge scalars and sender features, lane by lane */");
    emit_line(b, "for (int bk = 0; bk < nbk; bk++) {");
    grad_edge_alias(g, pl);
    emit_line(b, "for (int q = 0; q < ne; q++) {");
    emit_line(b, "const int32_t i = I[q], j = Jn[q];");
    emit_line(b, "const int64_t e = E[q];");
    emit_line(b, "(void)e;");
    emit_line(b, "const double dx = pos[3 * j] - pos[3 * i], dy = pos[3 * j + 1] - pos[3 * i + 1], dz = pos[3 * j + 2] - pos[3 * i + 2];");
    emit_line(b, "const double rd = sqrt(dx * dx + dy * dy + dz * dz);");
    emit_line(b, "dx_[q] = dx, dy_[q] = dy, dz_[q] = dz, rd_[q] = rd;");
    if (g->m->envelope != ENV_NONE)
        emit_line(b, "env_[q] = se3_envelope(rd, &denv_[q]);");
    emit_line(b, "double Yq[%d], rin[NIN];", nsh);
    emit_line(b, "if (rd > 1e-12) {");
    emit_line(b, "se3b_sh(dx / rd, dy / rd, dz / rd, Yq, dYu_[q]);");
    emit_line(b, "} else { /* coincident points: Y_0 only, no direction to differentiate */");
    emit_line(b, "memset(Yq, 0, sizeof Yq);");
    emit_line(b, "memset(dYu_[q], 0, sizeof dYu_[q]);");
    emit_line(b, "Yq[0] = 0.28209479177387814;");
    emit_line(b, "}");
    emit_line(b, "for (int c = 0; c < %d; c++)", nsh);
    emit_line(b, "    Yv[c][q] = Yq[c];");
    const int t = pn->nrin;
    emit_rin(b, pn, "", "int64_t", "(double)");
    emit_line(b, "rin[%d] = rd;", t);
    emit_line(b, "for (int t = 0; t < NIN; t++)");
    emit_line(b, "    rinv[t][q] = rin[t];");
    emit_line(b, "const se3_real *fj = in + (int64_t)j * %d;", in_dim);
    emit_line(b, "(void)fj;");
    for (int k = 0; k <= SE3_LMAX; k++) {
        if (!pl->send.c[k] || !pl->in.c[k])
            continue;
        emit_line(b, "for (int t = 0; t < %d; t++)", pl->in.c[k] * (2 * k + 1));
        emit_line(b, "    sv%d[t][q] = fj[%d + t];", k, pl->in.off[k]);
    }
    for (int q = 0; q < pl->nrelpos; q++) {
        const int c = pl->relpos[q].slot;
        emit_line(b, "sv1[%d][q] = dy; sv1[%d][q] = dz; sv1[%d][q] = dx;  /* %s */", c * 3, c * 3 + 1, c * 3 + 2,
                  pl->relpos[q].name);
    }
    if (pl->L->xij_add)
        emit_line(b, "sv1[0][q] -= dy; sv1[1][q] -= dz; sv1[2][q] -= dx;  /* xij=add: x_i - x_j into channel 0 */");
    emit_line(b, "if (dmb)");
    emit_line(b, "    for (int t = 0; t < %d; t++)", msg);
    if (g->m->envelope != ENV_NONE)
        emit_line(b, "        dmv[t][q] = dmb[q * ms + t] * env_[q];  /* the messages are u(r) times the nets' */");
    else
        emit_line(b, "        dmv[t][q] = dmb[q * ms + t];");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "/* the radial nets, each over all the blocks */");
    for (int q = 0, coff = 0; q < pl->nradials; coff += (int)pl->radials[q].out.out, q++) {
        emit_line(b, "for (int bk = 0; bk < nbk; bk++) {");
        grad_edge_alias(g, pl);
        if (g->device)
            emit_line(b, "se3b_%s_r%d(P, ne, Y, rinv, drinv, gYv, mv, dmv, dmb, wk, pc, dP, sv%d, dsv%d);", pl->fn, q,
                      pl->radials[q].r->k, pl->radials[q].r->k);
        else
            grad_radial(g, &pl->radials[q], pl, coff);
        emit_line(b, "}");
        if (grad_defer_dw(g)) {
            const plan_radial *pr = &pl->radials[q];
            char nb[32];
            snprintf(nb, sizeof nb, "%ld", grad_max_nout(pl));
            emit_line(b, "if (dmb0) { /* radial net %d's dW over the call's blocks, each row once */", q);
            emit_line(b, "double *dWo = dP + %ld, *dBo = dP + %ld;", pr->out.w.rel, pr->out.b.rel);
            grad_dw_pass(g, pr->hw, pr->out.out, nb);
            emit_line(b, "}");
        }
    }
    emit_line(b, "for (int bk = 0; bk < nbk; bk++) {");
    grad_edge_alias(g, pl);
    emit_line(b, "if (!dmb) {");
    emit_line(b, "for (int q = 0; q < ne; q++)");
    emit_line(b, "    for (int t = 0; t < %d; t++)", msg);
    emit_line(b, "        mb[q * ms + t] = mv[t][q]%s;", g->m->envelope != ENV_NONE ? " * env_[q]" : "");
    emit_line(b, "continue;");
    emit_line(b, "}");
    emit_line(b, "/* geometry: Y(u), u = x / r, and the distance r; then relpos, edge scalars, senders */");
    emit_line(b, "for (int q = 0; q < ne; q++) {");
    emit_line(b, "const int32_t i = I[q], j = Jn[q];");
    emit_line(b, "const double dx = dx_[q], dy = dy_[q], dz = dz_[q], rd = rd_[q];");
    emit_line(b, "double gx = 0, gy = 0, gz = 0;");
    emit_line(b, "if (rd > 1e-12) {");
    emit_line(b, "const double ux = dx / rd, uy = dy / rd, uz = dz / rd;");
    emit_line(b, "double gu[3] = { 0, 0, 0 };");
    emit_line(b, "for (int c = 0; c < %d; c++)", nsh);
    emit_line(b, "    for (int d = 0; d < 3; d++)");
    emit_line(b, "        gu[d] += gYv[c][q] * dYu_[q][c][d];");
    emit_line(b, "const double ug = ux * gu[0] + uy * gu[1] + uz * gu[2];");
    emit_line(b, "gx = (gu[0] - ux * ug) / rd + drinv[%d][q] * ux;", t);
    emit_line(b, "gy = (gu[1] - uy * ug) / rd + drinv[%d][q] * uy;", t);
    emit_line(b, "gz = (gu[2] - uz * ug) / rd + drinv[%d][q] * uz;", t);
    if (g->m->envelope != ENV_NONE) {
        emit_line(b, "double du = 0;  /* the envelope: dL/dr += u'(r) <dL/dm, m / u> */");
        emit_line(b, "for (int t = 0; t < %d; t++)", msg);
        emit_line(b, "    du += dmb[q * ms + t] * mv[t][q];");
        emit_line(b, "du *= denv_[q];");
        emit_line(b, "gx += du * ux, gy += du * uy, gz += du * uz;");
    }
    emit_line(b, "}");
    for (int q = 0; q < pl->nrelpos; q++) {
        const int c = pl->relpos[q].slot;
        emit_line(b, "gy += dsv1[%d][q]; gz += dsv1[%d][q]; gx += dsv1[%d][q];  /* %s */", c * 3, c * 3 + 1, c * 3 + 2,
                  pl->relpos[q].name);
    }
    if (pl->L->xij_add)
        emit_line(b, "gy -= dsv1[0][q]; gz -= dsv1[1][q]; gx -= dsv1[2][q];  /* xij=add */");
    emit_line(b, "dpos[3 * j] += gx, dpos[3 * j + 1] += gy, dpos[3 * j + 2] += gz;");
    emit_line(b, "dpos[3 * i] -= gx, dpos[3 * i + 1] -= gy, dpos[3 * i + 2] -= gz;");
    for (int q = 0; q < pn->nrin; q++) {
        const plan_rin *r = &pn->rin[q];
        if (r->kind != EDGE_PRODUCT)
            continue;  /* bond orders are data, not differentiable */
        emit_line(b, "dx0[(int64_t)i * %d + %d] += drinv[%d][q] * x0[(int64_t)j * %d + %d];", x0_dim, r->a_off, q, x0_dim,
                  r->b_off);
        emit_line(b, "dx0[(int64_t)j * %d + %d] += drinv[%d][q] * x0[(int64_t)i * %d + %d];", x0_dim, r->b_off, q, x0_dim,
                  r->a_off);
    }
    emit_line(b, "double *dfj = din + (int64_t)j * %d;", in_dim);
    emit_line(b, "(void)dfj;");
    for (int k = 0; k <= SE3_LMAX; k++) {
        if (!pl->send.c[k] || !pl->in.c[k])
            continue;
        emit_line(b, "for (int t = 0; t < %d; t++)", pl->in.c[k] * (2 * k + 1));
        emit_line(b, "    dfj[%d + t] += dsv%d[t][q];", pl->in.off[k], k);
    }
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* ---- per-layer backward functions ------------------------------------------------------------- */

static void grad_head(grad_ctx *g, const plan_layer *pl)
{
    emit_buf *b = g->b;
    const int att = pl->L->kind == LAYER_ATTENTION;
    emit_line(b, "/* backward of layer %s %s%s: adds dL/d(in) to din, weights (P, the layer's) to dP, positions to",
              layer_kind_name(pl->L->kind), pl->fn, pl->nshare > 1 ? " and its kin" : "");
    if (att) {
        emit_line(b, " * dpos, inputs to dx0; kept (or NULL): the keys and values the training forward kept, read instead");
        emit_line(b, " * of recomputed (pass 1) */");
    } else {
        emit_line(b, " * dpos, inputs to dx0 */");
    }
    emit_line(b, "static int se3b_%s_backward%s(const se3m_io *io, const se3_real *P, const se3_real *in, const double *dout,",
              pl->fn, att ? "_kv" : "");
    emit_line(b, "                          double *din, double *dP, double *dpos, double *dx0%s)", att ? ", const double *kept" : "");
    emit_line(b, "{");
    emit_line(b, "(void)P, (void)in, (void)dP, (void)dpos, (void)dx0;");
}

/* dL/d(input row) += the adjoint of per-degree maps (linear or attentive); x and dx double.
 * `fail` is what the code does when an attentive map cannot allocate its scratch memory. */
static void grad_maps(grad_ctx *g, const plan_maps *ms, const char *x, const char *dy, const char *dx, const char *fail)
{
    for (int i = 0; i < ms->n; i++) {
        const plan_map *m = &ms->d[i];
        if (!ms->attentive) {
            emit_line(g->b, "se3b_mix_bwd(P + %ld, dP + %ld, %d, %d, %d, %s + %d, %s + %d, %s + %d);  /* %s */", m->w.rel,
                      m->w.rel, m->cin, m->cout, m->ncomp, x, m->from_off, dy, m->to_off, dx, m->from_off, m->name);
        } else {
            emit_line(g->b, "if (se3b_asi_bwd_blk(P + %ld, dP + %ld, %d, %d, %d, 1, %s + %d, 0, %s + %d, 0, %s + %d, 0) != 0)  /* %s */",
                      m->ln_g.rel, m->ln_g.rel, m->cin, m->cout, m->ncomp, x, m->from_off, dy, m->to_off, dx,
                      m->from_off, m->name);
            emit_line(g->b, "    %s", fail);
        }
    }
}

/* grad_maps for a block of nb nodes (an expression) whose rows lie at x + r xs, dy + r dys and
 * dx + r dxs (r < nb): attentive maps run over the whole block (se3b_asi_bwd_blk), linear ones
 * node by node. */
static void grad_maps_blk(grad_ctx *g, const plan_maps *ms, const char *x, int xs, const char *dy, int dys,
                          const char *dx, int dxs, const char *nb, const char *fail)
{
    for (int i = 0; i < ms->n; i++) {
        const plan_map *m = &ms->d[i];
        if (!ms->attentive) {
            emit_line(g->b, "for (int r = 0; r < %s; r++)  /* %s */", nb, m->name);
            emit_line(g->b, "    se3b_mix_bwd(P + %ld, dP + %ld, %d, %d, %d, %s + r * %d + %d, %s + r * %d + %d, %s + r * %d + %d);",
                      m->w.rel, m->w.rel, m->cin, m->cout, m->ncomp, x, xs, m->from_off, dy, dys, m->to_off, dx, dxs,
                      m->from_off);
        } else {
            emit_line(g->b, "if (se3b_asi_bwd_blk(P + %ld, dP + %ld, %d, %d, %d, %s, %s + %d, %d, %s + %d, %d, %s + %d, %d) != 0)  /* %s */",
                      m->ln_g.rel, m->ln_g.rel, m->cin, m->cout, m->ncomp, nb, x, m->from_off, xs, dy, m->to_off, dys,
                      dx, m->from_off, dxs, m->name);
            emit_line(g->b, "    %s", fail);
        }
    }
}

/* Emit: the edges of receivers lo .. hi - 1 (expressions) in order, gathered into blocks of NB
 * lanes (I, Jn, E, ne); `fill` runs for each gathered edge (lane ne, before the count rises),
 * `call` for each full block and the last, with bk the block's index in the range. */
static void grad_blocks(emit_buf *b, const char *const *fill, int nfill, const char *call, const char *lo,
                        const char *hi)
{
    emit_line(b, "{");
    emit_line(b, "int32_t I[GRAD_KB][GRAD_NB], Jn[GRAD_KB][GRAD_NB];");
    emit_line(b, "int64_t E[GRAD_KB][GRAD_NB];");
    emit_line(b, "int neb[GRAD_KB];");
    emit_line(b, "int ne = 0, nk = 0;  /* edges in block nk, full blocks before it */");
    emit_line(b, "int64_t bk = 0;  /* the blocks before this call's */");
    emit_line(b, "(void)bk;");
    emit_line(b, "const int64_t eend = io->row[%s];", hi);
    emit_line(b, "for (int32_t i = %s; i < %s; i++) {", lo, hi);
    emit_line(b, "for (int64_t e = io->row[i]; e < io->row[i + 1]; e++) {");
    emit_line(b, "I[nk][ne] = i, Jn[nk][ne] = io->src[e], E[nk][ne] = e;");
    for (int t = 0; t < nfill; t++)
        emit_line(b, "%s", fill[t]);
    emit_line(b, "if (++ne == GRAD_NB || e + 1 == eend) {");
    emit_line(b, "neb[nk++] = ne;");
    emit_line(b, "ne = 0;");
    emit_line(b, "if (nk == GRAD_KB || e + 1 == eend) {");
    emit_line(b, "%s", call);
    emit_line(b, "bk += nk;");
    emit_line(b, "nk = 0;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
}

/* Attentive self-interaction maps (in -> out) of `rows` rows, in blocks of GRAD_NB rows: the input
 * rows widened to double, then the maps' adjoint over each block (grad_maps_blk); `bias` (or NULL)
 * a degree-0 bias of the output. `cleanup` runs before a failure's return -1. */
static void grad_si_blocks(grad_ctx *g, const plan_maps *ms, const char *rows, int id, int od, const char *in,
                           const char *dout, const char *din, const plan_w *bias, const char *cleanup)
{
    emit_buf *b = g->b;
    char fail[200], dy[100], dx[100];
    snprintf(fail, sizeof fail, "{ free(fb); %sreturn -1; }", cleanup ? cleanup : "");
    snprintf(dy, sizeof dy, "(%s + (int64_t)i0 * %d)", dout, od);
    snprintf(dx, sizeof dx, "(%s + (int64_t)i0 * %d)", din, id);
    emit_line(b, "{ /* self-interaction, in blocks of GRAD_NB rows */");
    emit_line(b, "double *fb = malloc(sizeof(double) * GRAD_NB * %d);", id);
    emit_line(b, "if (!fb) {");
    emit_line(b, "%sreturn -1;", cleanup ? cleanup : "");
    emit_line(b, "}");
    emit_line(b, "for (int32_t i0 = 0; i0 < %s; i0 += GRAD_NB) {", rows);
    emit_line(b, "const int nb = %s - i0 < GRAD_NB ? (int)(%s - i0) : GRAD_NB;", rows, rows);
    emit_line(b, "for (int r = 0; r < nb; r++)");
    emit_line(b, "    for (int t = 0; t < %d; t++)", id);
    emit_line(b, "        fb[r * %d + t] = %s[(int64_t)(i0 + r) * %d + t];", id, in, id);
    grad_maps_blk(g, ms, "fb", id, dy, od, dx, id, "nb", fail);
    if (bias) {
        emit_line(b, "for (int r = 0; r < nb; r++)");
        emit_line(b, "    for (int c = 0; c < %d; c++)", bias->shape[0]);
        emit_line(b, "        dP[%ld + c] += %s[(int64_t)(i0 + r) * %d + c];", bias->rel, dout, od);
    }
    emit_line(b, "}");
    emit_line(b, "free(fb);");
    emit_line(b, "}");
}

static void grad_conv(grad_ctx *g, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = g->b;
    const int od = pl->out.dim, id = pl->in.dim;
    char call[400];
    grad_head(g, pl);
    emit_line(b, "enum { OD = %d, NOUT = %ld };", od, grad_max_nout(pl));
    emit_line(b, "/* scratch: the radial outputs and their gradients (lane vectors), a block's dL/d(messages) */");
    grad_edge_scratch(g, pl);
    emit_line(b, "double *dmm = malloc(sizeof(double) * GRAD_KB * GRAD_NB * OD);");
    emit_line(b, "if (!wk || !dmm) {");
    emit_line(b, "free(wk);");
    emit_line(b, "free(dmm);");
    emit_line(b, "return -1;");
    emit_line(b, "}");
    emit_line(b, "/* the edges in blocks; dL/dm of an edge = dL/d(out_i), over deg_i for the mean */");
    const char *const fill[] = {
        "const int64_t deg = io->row[i + 1] - io->row[i];",
        L->agg == AGG_MEAN ? "const double sc = deg > 0 ? 1.0 / (double)deg : 0;" : "const double sc = 1;",
        "(void)deg;",
        "for (int t = 0; t < OD; t++)",
        "    dmm[(nk * GRAD_NB + ne) * OD + t] = dout[(int64_t)i * OD + t] * sc;",
    };
    snprintf(call, sizeof call, "se3b_%s_edge(io, P, in, nk, neb, I, Jn, E, NULL, dmm, OD, wk, NULL, dP, din, dpos, dx0);", pl->fn);
    grad_blocks(b, fill, 5, call, "0", "io->n_nodes");
    if (pl->si.n && pl->si.attentive) {
        grad_si_blocks(g, &pl->si, "io->n_nodes", id, od, "in", "dout", "din", NULL, "free(wk); free(dmm); ");
    } else if (pl->si.n) {
        emit_line(b, "for (int32_t i = 0; i < io->n_nodes; i++) {  /* self-interaction */");
        emit_line(b, "const double *go = dout + (int64_t)i * %d;", od);
        emit_line(b, "double fi[%d];", id);
        emit_line(b, "for (int t = 0; t < %d; t++)", id);
        emit_line(b, "    fi[t] = in[(int64_t)i * %d + t];", id);
        emit_line(b, "double *dfi = din + (int64_t)i * %d;", id);
        grad_maps(g, &pl->si, "fi", "go", "dfi", "{ free(wk); free(dmm); return -1; }");
        emit_line(b, "}");
    }
    emit_line(b, "free(wk);");
    emit_line(b, "free(dmm);");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* For every degree of fibre f, a loop over head h's entries of that degree,
 * `for (int t = ...)`, with the given body lines (one line: an unbraced body). */
static void grad_head_loops(emit_buf *b, const plan_fib *f, int heads, const char *const *body, int nbody)
{
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!f->c[l])
            continue;
        int G = f->c[l] / heads, nl = 2 * l + 1, off = f->off[l];
        if (nbody > 1)
            emit_line(b, "for (int t = %d + h * %d; t < %d + (h + 1) * %d; t++) {  /* degree %d */", off, G * nl, off,
                      G * nl, l);
        else
            emit_line(b, "for (int t = %d + h * %d; t < %d + (h + 1) * %d; t++)  /* degree %d */", off, G * nl, off,
                      G * nl, l);
        for (int i = 0; i < nbody; i++)
            emit_line(b, "%s%s", nbody > 1 ? "" : "    ", body[i]);
        if (nbody > 1)
            emit_line(b, "}");
    }
}

static void grad_attention(grad_ctx *g, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = g->b;
    char buf[40];
    const int od = pl->out.dim, id = pl->in.dim, kd = pl->key.dim, vd = pl->value.dim;
    const int md = pl->mid.dim, H = L->heads;
    grad_head(g, pl);
    char call[400];
    emit_line(b, "enum { KD = %d, MSG = %d, H = %d, NOUT = %ld, ID = %d, VD = %d, MD = %d, OD = %d };", kd, kd + vd, H,
              grad_max_nout(pl), id, vd, md, od);
    emit_line(b, "const double scale = %s;  /* 1 / sqrt(key size) */", emit_real(buf, 1.0 / sqrt((double)kd), 0));
    emit_line(b, "const int64_t eb = io->row[0], nE = io->row[io->n_nodes] - eb;");
    emit_line(b, "/* stored for every edge: keys and values, their gradients and the attention weights; a block");
    emit_line(b, " * of nodes' inputs, queries, aggregated values, mid rows and their gradients; then the scratch");
    emit_line(b, " * of the edge blocks */");
    emit_line(b, "double *kvs_all = malloc(sizeof(double) * (size_t)(nE * ((kept ? 1 : 2) * MSG + H) + GRAD_NB * (ID + KD + VD + 2 * MD) + 1));");
    grad_edge_scratch(g, pl);
    emit_line(b, "if (!kvs_all || !wk) {");
    emit_line(b, "free(kvs_all);");
    emit_line(b, "free(wk);");
    emit_line(b, "return -1;");
    emit_line(b, "}");
    emit_line(b, "/* the keys and values: the forward's (kept), or pass 1's into kvs_all */");
    emit_line(b, "const double *kvr = kept ? kept : kvs_all;");
    emit_line(b, "double *dms_all = kvs_all + (kept ? 0 : nE * MSG), *alpha_all = dms_all + nE * MSG;");
    emit_line(b, "double *nfi = alpha_all + nE * H, *nq = nfi + GRAD_NB * ID, *na = nq + GRAD_NB * KD, *nmid = na + GRAD_NB * VD;");
    emit_line(b, "double *ndmid = nmid + GRAD_NB * MD;");
    if (g->m->envelope != ENV_NONE) {
        emit_line(b, "/* the envelope of every edge: softmax weights u exp(z) */");
        emit_line(b, "double *env_all = malloc(sizeof(double) * (size_t)(2 * nE + 1));");
        emit_line(b, "if (!env_all) {");
        emit_line(b, "free(kvs_all);");
        emit_line(b, "free(wk);");
        emit_line(b, "return -1;");
        emit_line(b, "}");
        /* (braces on both loops: emit_line indents by the braces it sees) */
        emit_line(b, "for (int32_t i = 0; i < io->n_nodes; i++) {");
        emit_line(b, "for (int64_t e = io->row[i]; e < io->row[i + 1]; e++) {");
        emit_line(b, "const int32_t j = io->src[e];");
        emit_line(b, "const double *pos = (const double *)io->pos;");
        emit_line(b, "const double dx = pos[3 * j] - pos[3 * i], dy = pos[3 * j + 1] - pos[3 * i + 1], dz = pos[3 * j + 2] - pos[3 * i + 2];");
        emit_line(b, "env_all[2 * (e - eb)] = se3_envelope(sqrt(dx * dx + dy * dy + dz * dz), &env_all[2 * (e - eb) + 1]);");
        emit_line(b, "}");
        emit_line(b, "}");
    }
    emit_line(b, "/* the radial outputs phi of a node block's edge blocks, %ld vectors per edge block, kept from", grad_sum_nout(pl));
    emit_line(b, " * pass 1 for pass 2 if they fit in GRAD_PHI_BYTES (else, or if the allocation fails, pass 2");
    emit_line(b, " * recomputes them): reading them back from the cache is cheaper than the output layers' matrix");
    emit_line(b, " * products that make them */");
    emit_line(b, "int64_t ncb = 0;");
    emit_line(b, "for (int32_t i0 = 0; i0 < io->n_nodes; i0 += GRAD_NB) {");
    emit_line(b, "const int32_t i1 = io->n_nodes - i0 < GRAD_NB ? io->n_nodes : i0 + GRAD_NB;");
    emit_line(b, "const int64_t n = (io->row[i1] - io->row[i0] + GRAD_NB - 1) / GRAD_NB;");
    emit_line(b, "ncb = n > ncb ? n : ncb;");
    emit_line(b, "}");
    emit_line(b, "/* all of a node block's, or none; none with the kept keys and values (no pass 1 runs: pass 2");
    emit_line(b, " * computes phi) */");
    emit_line(b, "if (kept || ncb > GRAD_PHI_BYTES / (%ld * (int64_t)sizeof(se3b_v)))", grad_sum_nout(pl));
    emit_line(b, "    ncb = 0;");
    emit_line(b, "se3b_v *pcache = NULL;");
    emit_line(b, "if (ncb > 0)");
    emit_line(b, "    pcache = aligned_alloc(sizeof(se3b_v), sizeof(se3b_v) * (size_t)(ncb * %ld));", grad_sum_nout(pl));
    emit_line(b, "if (!pcache)");
    emit_line(b, "    ncb = 0;");
    emit_line(b, "/* the nodes in blocks of GRAD_NB: pass 1 (unless kept), the keys and values of their incoming");
    emit_line(b, " * edges in blocks; queries, softmax and mid rows node by node; the self-interaction's adjoint");
    emit_line(b, " * over the block; the softmax adjoint node by node; pass 2, the adjoint of their edges in blocks */");
    emit_line(b, "for (int32_t i0 = 0; i0 < io->n_nodes; i0 += GRAD_NB) {");
    emit_line(b, "const int nb = io->n_nodes - i0 < GRAD_NB ? (int)(io->n_nodes - i0) : GRAD_NB;");
    snprintf(call, sizeof call, "se3b_%s_edge(io, P, in, nk, neb, I, Jn, E, kvs_all + (E[0][0] - eb) * MSG, NULL, MSG, wk, ncb > 0 ? pcache + bk * %ld : NULL, dP, din, dpos, dx0);",
             pl->fn, grad_sum_nout(pl));
    emit_line(b, "if (!kept) { /* pass 1 */");
    grad_blocks(b, NULL, 0, call, "i0", "i0 + nb");
    emit_line(b, "}");
    emit_line(b, "for (int r = 0; r < nb; r++) {");
    emit_line(b, "const int32_t i = i0 + r;");
    emit_line(b, "const int64_t e0 = io->row[i], deg = io->row[i + 1] - e0;");
    emit_line(b, "double *fi = nfi + r * ID, *q = nq + r * KD, *a = na + r * VD, *mid = nmid + r * MD;");
    emit_line(b, "const double *kvs = kvr + (e0 - eb) * MSG;");
    emit_line(b, "double *alpha = alpha_all + (e0 - eb) * H;");
    if (g->m->envelope != ENV_NONE)
        emit_line(b, "const double *env = env_all + 2 * (e0 - eb);");
    emit_line(b, "for (int t = 0; t < %d; t++)", id);
    emit_line(b, "    fi[t] = in[(int64_t)i * %d + t];", id);
    for (int q = 0; q < pl->q.n; q++) {
        const plan_map *m = &pl->q.d[q];
        emit_line(b, "se3b_mix(P + %ld, %d, %d, %d, fi + %d, q + %d, 0);  /* %s */", m->w.rel, m->cin, m->cout, m->ncomp,
                  m->from_off, m->to_off, m->name);
    }
    emit_line(b, "memset(a, 0, sizeof(double) * VD);");
    emit_line(b, "for (int h = 0; h < H; h++) {");
    emit_line(b, "double mx = -HUGE_VAL, den = 0;");
    emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
    emit_line(b, "const double *kv = kvs + d * MSG;");
    emit_line(b, "double z = 0;");
    {
        static const char *const body[] = { "z += q[t] * kv[t];" };
        grad_head_loops(b, &pl->key, H, body, 1);
    }
    emit_line(b, "alpha[d * H + h] = z * scale;");
    if (g->m->envelope != ENV_NONE) {
        emit_line(b, "if (env[2 * d] > 0)  /* edges at the cut-off have weight 0 */");
        emit_line(b, "    mx = alpha[d * H + h] > mx ? alpha[d * H + h] : mx;");
        emit_line(b, "}");
        emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
        emit_line(b, "alpha[d * H + h] = env[2 * d] > 0 ? env[2 * d] * exp(alpha[d * H + h] - mx) : 0;");
        emit_line(b, "den += alpha[d * H + h];");
        emit_line(b, "}");
        emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
        emit_line(b, "const double al = alpha[d * H + h] = den > 0 ? alpha[d * H + h] / den : 0;");
    } else {
        emit_line(b, "mx = alpha[d * H + h] > mx ? alpha[d * H + h] : mx;");
        emit_line(b, "}");
        emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
        emit_line(b, "alpha[d * H + h] = exp(alpha[d * H + h] - mx);");
        emit_line(b, "den += alpha[d * H + h];");
        emit_line(b, "}");
        emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
        emit_line(b, "const double al = alpha[d * H + h] /= den;");
    }
    emit_line(b, "const double *v = kvs + d * MSG + KD;");
    {
        static const char *const body[] = { "a[t] += al * v[t];" };
        grad_head_loops(b, &pl->value, H, body, 1);
    }
    emit_line(b, "}");
    emit_line(b, "}");
    /* skip: mid as the forward builds it */
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!pl->value.c[l])
            continue;
        int nl = 2 * l + 1, vo = pl->value.off[l], mo = pl->mid.off[l], fo = pl->in.off[l];
        int add = L->skip == SKIP_SUM && pl->in.c[l];
        emit_line(b, "for (int t = 0; t < %d; t++)", pl->value.c[l] * nl);
        if (add)
            emit_line(b, "    mid[%d + t] = a[%d + t] + fi[%d + t];  /* skip: sum */", mo, vo, fo);
        else
            emit_line(b, "    mid[%d + t] = a[%d + t];", mo, vo);
        if (L->skip == SKIP_CAT && pl->in.c[l]) {
            emit_line(b, "for (int t = 0; t < %d; t++)  /* skip: cat */", pl->in.c[l] * nl);
            emit_line(b, "    mid[%d + t] = fi[%d + t];", mo + pl->value.c[l] * nl, fo);
        }
    }
    emit_line(b, "}");
    emit_line(b, "/* self-interaction, over the block */");
    emit_line(b, "memset(ndmid, 0, sizeof(double) * GRAD_NB * MD);");
    grad_maps_blk(g, &pl->si, "nmid", md, "(dout + (int64_t)i0 * OD)", od, "ndmid", md, "nb", "goto fail;");
    emit_line(b, "for (int r = 0; r < nb; r++) {");
    emit_line(b, "const int32_t i = i0 + r;");
    emit_line(b, "const int64_t e0 = io->row[i], deg = io->row[i + 1] - e0;");
    emit_line(b, "const double *fi = nfi + r * ID, *q = nq + r * KD, *a = na + r * VD, *dmid = ndmid + r * MD;");
    emit_line(b, "double da[VD], dq[KD];");
    emit_line(b, "const double *kvs = kvr + (e0 - eb) * MSG;");
    emit_line(b, "const double *alpha = alpha_all + (e0 - eb) * H;");
    emit_line(b, "double *dms = dms_all + (e0 - eb) * MSG;");
    if (g->m->envelope != ENV_NONE)
        emit_line(b, "const double *env = env_all + 2 * (e0 - eb);");
    emit_line(b, "double *dfi = din + (int64_t)i * %d;", id);
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!pl->value.c[l])
            continue;
        int nl = 2 * l + 1, vo = pl->value.off[l], mo = pl->mid.off[l], fo = pl->in.off[l];
        emit_line(b, "for (int t = 0; t < %d; t++)", pl->value.c[l] * nl);
        emit_line(b, "    da[%d + t] = dmid[%d + t];", vo, mo);
        if (L->skip == SKIP_SUM && pl->in.c[l]) {
            emit_line(b, "for (int t = 0; t < %d; t++)", pl->value.c[l] * nl);
            emit_line(b, "    dfi[%d + t] += dmid[%d + t];", fo, mo);
        }
        if (L->skip == SKIP_CAT && pl->in.c[l]) {
            emit_line(b, "for (int t = 0; t < %d; t++)", pl->in.c[l] * nl);
            emit_line(b, "    dfi[%d + t] += dmid[%d + t];", fo, mo + pl->value.c[l] * nl);
        }
    }
    emit_line(b, "/* softmax: dz = alpha (<da, v> - <da, a>) per head */");
    emit_line(b, "double cdot[H];");
    emit_line(b, "for (int h = 0; h < H; h++) {");
    emit_line(b, "cdot[h] = 0;");
    {
        static const char *const body[] = { "cdot[h] += da[t] * a[t];" };
        grad_head_loops(b, &pl->value, H, body, 1);
    }
    emit_line(b, "}");
    emit_line(b, "memset(dq, 0, sizeof dq);");
    emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
    emit_line(b, "const double *kv = kvs + d * MSG, *v = kv + KD;");
    emit_line(b, "double *dm = dms + d * MSG;");
    if (g->m->envelope != ENV_NONE)
        emit_line(b, "double dlu = 0;");
    emit_line(b, "for (int h = 0; h < H; h++) {");
    emit_line(b, "const double al = alpha[d * H + h];");
    emit_line(b, "double dal = 0;");
    {
        static const char *const body[] = { "dal += da[t] * v[t];", "dm[KD + t] = al * da[t];" };
        grad_head_loops(b, &pl->value, H, body, 2);
    }
    emit_line(b, "const double dz = al * (dal - cdot[h]) * scale;");
    if (g->m->envelope != ENV_NONE) {
        emit_line(b, "if (env[2 * d] > 0)  /* dL/du of the weight u exp(z): alpha / u (<da, v> - <da, a>) */");
        emit_line(b, "    dlu += al / env[2 * d] * (dal - cdot[h]);");
    }
    {
        static const char *const body[] = { "dm[t] = dz * q[t];", "dq[t] += dz * kv[t];" };
        grad_head_loops(b, &pl->key, H, body, 2);
    }
    emit_line(b, "}");
    if (g->m->envelope != ENV_NONE) {
        emit_line(b, "if (dlu != 0 && env[2 * d + 1] != 0) {  /* through u(r) to both ends' positions */");
        emit_line(b, "const int32_t j = io->src[e0 + d];");
        emit_line(b, "const double *pos = (const double *)io->pos;");
        emit_line(b, "const double x[3] = { pos[3 * j] - pos[3 * i], pos[3 * j + 1] - pos[3 * i + 1], pos[3 * j + 2] - pos[3 * i + 2] };");
        emit_line(b, "const double rd = sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);");
        emit_line(b, "if (rd > 1e-12) {");
        emit_line(b, "for (int c = 0; c < 3; c++) {");
        emit_line(b, "const double gc = dlu * env[2 * d + 1] * x[c] / rd;");
        emit_line(b, "dpos[3 * j + c] += gc;");
        emit_line(b, "dpos[3 * i + c] -= gc;");
        emit_line(b, "}");
        emit_line(b, "}");
        emit_line(b, "}");
    }
    emit_line(b, "}");
    emit_line(b, "/* queries */");
    grad_maps(g, &pl->q, "fi", "dq", "dfi", "goto fail;");
    emit_line(b, "}");
    emit_line(b, "/* pass 2: the block's edges again, with their dL/d(keys, values), in the same blocks */");
    snprintf(call, sizeof call, "se3b_%s_edge(io, P, in, nk, neb, I, Jn, E, NULL, dms_all + (E[0][0] - eb) * MSG, MSG, wk, ncb > 0 ? pcache + bk * %ld : NULL, dP, din, dpos, dx0);",
             pl->fn, grad_sum_nout(pl));
    grad_blocks(b, NULL, 0, call, "i0", "i0 + nb");
    emit_line(b, "}");
    emit_line(b, "free(pcache);");
    emit_line(b, "free(kvs_all);");
    emit_line(b, "free(wk);");
    if (g->m->envelope != ENV_NONE)
        emit_line(b, "free(env_all);");
    emit_line(b, "return 0;");
    if (pl->si.attentive) {
        emit_line(b, "fail:");
        emit_line(b, "free(pcache);");
        emit_line(b, "free(kvs_all);");
        emit_line(b, "free(wk);");
        if (g->m->envelope != ENV_NONE)
            emit_line(b, "free(env_all);");
        emit_line(b, "return -1;");
    }
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* the same, recomputing the keys and values (what the device kernels call) */");
    emit_line(b, "static inline int se3b_%s_backward(const se3m_io *io, const se3_real *P, const se3_real *in, const double *dout,",
              pl->fn);
    emit_line(b, "                                 double *din, double *dP, double *dpos, double *dx0)");
    emit_line(b, "{");
    emit_line(b, "return se3b_%s_backward_kv(io, P, in, dout, din, dP, dpos, dx0, NULL);", pl->fn);
    emit_line(b, "}");
    emit_raw(b, "\n");
}

static void grad_norm(grad_ctx *g, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = g->b;
    const int dim = pl->in.dim;
    grad_head(g, pl);
    emit_line(b, "const int32_t rows = %s;", L->per_graph ? "io->n_graphs" : "io->n_nodes");
    emit_line(b, "for (int32_t i = 0; i < rows; i++) {");
    emit_line(b, "const se3_real *f = in + (int64_t)i * %d;", dim);
    emit_line(b, "const double *go = dout + (int64_t)i * %d;", dim);
    emit_line(b, "double *df = din + (int64_t)i * %d;", dim);
    for (int d = 0; d < pl->nnorm; d++) {
        const plan_normdeg *nd = &pl->norm[d];
        const int C = nd->c, nl = nd->ncomp, off = nd->off;
        emit_line(b, "{ /* degree %d */", nd->l);
        emit_line(b, "double n[%d], gv[%d], dn[%d], dg[%d], A[%d];", C, C, C, C, C);
        emit_line(b, "for (int c = 0; c < %d; c++) {", C);
        emit_line(b, "double s = 0, t = 0;");
        emit_line(b, "for (int m = 0; m < %d; m++) {", nl);
        emit_line(b, "s += (double)f[%d + c * %d + m] * f[%d + c * %d + m];", off, nl, off, nl);
        emit_line(b, "t += go[%d + c * %d + m] * f[%d + c * %d + m];", off, nl, off, nl);
        emit_line(b, "}");
        emit_line(b, "n[c] = sqrt(s > 1e-16 ? s : 1e-16);");
        emit_line(b, "A[c] = t;");
        emit_line(b, "}");
        if (L->norm == NORM_LAYER) {
            const long go = nd->g.rel, bo = nd->b.rel;
            emit_line(b, "double xh[%d], y[%d];", C, C);
            emit_line(b, "const double inv = se3b_ln(%d, n, P + %ld, P + %ld, xh, y);", C, go, bo);
            emit_line(b, "for (int c = 0; c < %d; c++) {", C);
            emit_line(b, "gv[c] = y[c] > 0 ? y[c] : 0;");
            emit_line(b, "dg[c] = y[c] > 0 ? A[c] / n[c] : 0;");
            emit_line(b, "dn[c] = -gv[c] * A[c] / (n[c] * n[c]);");
            emit_line(b, "}");
            emit_line(b, "se3b_ln_bwd(%d, xh, inv, P + %ld, dg, dn, dP + %ld, dP + %ld);", C, go, go, bo);
        } else {
            const long bo = nd->bias.rel;
            emit_line(b, "for (int c = 0; c < %d; c++) {", C);
            emit_line(b, "const double v = n[c] + P[%ld + c];", bo);
            emit_line(b, "gv[c] = v > 0 ? v : 0;");
            emit_line(b, "dg[c] = v > 0 ? A[c] / n[c] : 0;");
            emit_line(b, "dP[%ld + c] += dg[c];", bo);
            emit_line(b, "dn[c] = dg[c] - gv[c] * A[c] / (n[c] * n[c]);");
            emit_line(b, "}");
        }
        emit_line(b, "for (int c = 0; c < %d; c++) {", C);
        emit_line(b, "double s = 0;");
        emit_line(b, "for (int m = 0; m < %d; m++)", nl);
        emit_line(b, "    s += (double)f[%d + c * %d + m] * f[%d + c * %d + m];", off, nl, off, nl);
        emit_line(b, "const double dns = s > 1e-16 ? dn[c] / n[c] : 0;  /* d|f|/df = f/|f| above the clamp */");
        emit_line(b, "for (int m = 0; m < %d; m++)", nl);
        emit_line(b, "    df[%d + c * %d + m] += gv[c] / n[c] * go[%d + c * %d + m] + dns * f[%d + c * %d + m];", off, nl,
                  off, nl, off, nl);
        emit_line(b, "}");
        emit_line(b, "}");
    }
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

static void grad_selfint(grad_ctx *g, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = g->b;
    const int id = pl->in.dim, od = pl->out.dim;
    grad_head(g, pl);
    emit_line(b, "const int32_t rows = %s;", L->per_graph ? "io->n_graphs" : "io->n_nodes");
    if (pl->si.attentive) {
        grad_si_blocks(g, &pl->si, "rows", id, od, "in", "dout", "din", pl->has_bias ? &pl->bias : NULL, NULL);
        emit_line(b, "return 0;");
        emit_line(b, "}");
        emit_raw(b, "\n");
        return;
    }
    emit_line(b, "for (int32_t i = 0; i < rows; i++) {");
    emit_line(b, "double f[%d];", id);
    emit_line(b, "for (int t = 0; t < %d; t++)", id);
    emit_line(b, "    f[t] = in[(int64_t)i * %d + t];", id);
    emit_line(b, "const double *go = dout + (int64_t)i * %d;", od);
    emit_line(b, "double *df = din + (int64_t)i * %d;", id);
    grad_maps(g, &pl->si, "f", "go", "df", "return -1;");
    if (pl->has_bias) {
        emit_line(b, "for (int c = 0; c < %d; c++)", pl->bias.shape[0]);
        emit_line(b, "    dP[%ld + c] += go[c];", pl->bias.rel);
    }
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

static void grad_pool(grad_ctx *g, const plan_layer *pl)
{
    const layer *L = pl->L;
    emit_buf *b = g->b;
    const int dim = pl->in.dim;
    grad_head(g, pl);
    emit_line(b, "for (int32_t g = 0; g < io->n_graphs; g++) {");
    emit_line(b, "const int32_t lo = io->graph_ptr[g], hi = io->graph_ptr[g + 1];");
    emit_line(b, "const double *go = dout + (int64_t)g * %d;", dim);
    emit_line(b, "if (hi <= lo)");
    emit_line(b, "    continue;");
    if (L->pool == POOL_MAX) {
        emit_line(b, "for (int t = 0; t < %d; t++) {  /* to the first node holding the maximum */", dim);
        emit_line(b, "int32_t best = lo;");
        emit_line(b, "for (int32_t i = lo + 1; i < hi; i++)");
        emit_line(b, "    if (in[(int64_t)i * %d + t] > in[(int64_t)best * %d + t])", dim, dim);
        emit_line(b, "        best = i;");
        emit_line(b, "din[(int64_t)best * %d + t] += go[t];", dim);
        emit_line(b, "}");
    } else {
        if (L->pool == POOL_SUM)
            emit_line(b, "const double inv = 1.0;  /* sum */");
        else
            emit_line(b, "const double inv = 1.0 / (double)(hi - lo);");
        emit_line(b, "for (int32_t i = lo; i < hi; i++)");
        emit_line(b, "    for (int t = 0; t < %d; t++)", dim);
        emit_line(b, "        din[(int64_t)i * %d + t] += go[t] * inv;", dim);
    }
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

static void grad_mlp(grad_ctx *g, const plan_layer *pl)
{
    emit_buf *b = g->b;
    const int nl = pl->nmlp, maxw = pl->mlp_maxw, in0 = pl->mlp[0].in, outd = pl->mlp[nl - 1].out;
    grad_head(g, pl);
    emit_line(b, "const int32_t rows = %s;", pl->L->per_graph ? "io->n_graphs" : "io->n_nodes");
    emit_line(b, "for (int32_t i = 0; i < rows; i++) {");
    emit_line(b, "double h[%d][%d], dh[%d], dn[%d];  /* h[q]: input of linear q (after ReLU) */", nl, maxw, maxw, maxw);
    emit_line(b, "for (int t = 0; t < %d; t++)", in0);
    emit_line(b, "    h[0][t] = in[(int64_t)i * %d + t];", in0);
    for (int q = 0; q < nl - 1; q++) {
        const plan_dense *d = &pl->mlp[q];
        emit_line(b, "for (int o = 0; o < %d; o++) {  /* %s, ReLU */", d->out, d->w.name);
        emit_line(b, "double s = P[%ld + o];", d->b.rel);
        emit_line(b, "for (int t = 0; t < %d; t++)", d->in);
        emit_line(b, "    s += P[%ld + o * %d + t] * h[%d][t];", d->w.rel, d->in, q);
        emit_line(b, "h[%d][o] = s > 0 ? s : 0;", q + 1);
        emit_line(b, "}");
    }
    emit_line(b, "for (int t = 0; t < %d; t++)", outd);
    emit_line(b, "    dh[t] = dout[(int64_t)i * %d + t];", outd);
    for (int q = nl - 1; q >= 0; q--) {
        const plan_dense *d = &pl->mlp[q];
        emit_line(b, "for (int t = 0; t < %d; t++)  /* %s */", d->in, d->w.name);
        emit_line(b, "    dn[t] = 0;");
        emit_line(b, "for (int o = 0; o < %d; o++) {", d->out);
        if (q < nl - 1)
            emit_line(b, "const double d = h[%d][o] > 0 ? dh[o] : 0;", q + 1);
        else
            emit_line(b, "const double d = dh[o];");
        emit_line(b, "dP[%ld + o] += d;", d->b.rel);
        emit_line(b, "for (int t = 0; t < %d; t++) {", d->in);
        emit_line(b, "dP[%ld + o * %d + t] += d * h[%d][t];", d->w.rel, d->in, q);
        emit_line(b, "dn[t] += P[%ld + o * %d + t] * d;", d->w.rel, d->in);
        emit_line(b, "}");
        emit_line(b, "}");
        emit_line(b, "for (int t = 0; t < %d; t++)", d->in);
        emit_line(b, "    dh[t] = dn[t];");
    }
    emit_line(b, "for (int t = 0; t < %d; t++)", in0);
    emit_line(b, "    din[(int64_t)i * %d + t] += dh[t];", in0);
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* gate: the scalars' activation derivative; a gated channel passes sigmoid(gate) times its
 * gradient and gives its gate <dout, f> sigmoid' (gate). */
static void grad_gate(grad_ctx *g, const plan_layer *pl)
{
    static const char *const dact[] = {
        "const double s = 1 / (1 + exp(-x)), d = s * (1 + x * (1 - s));",   /* SiLU */
        "const double d = x > 0 ? 1 : 0;",                                    /* ReLU */
        "const double t = tanh(x), d = 1 - t * t;",                           /* tanh */
    }; /* ORDER ACT */
    emit_buf *b = g->b;
    grad_head(g, pl);
    emit_line(b, "const int32_t rows = %s;", pl->L->per_graph ? "io->n_graphs" : "io->n_nodes");
    emit_line(b, "for (int32_t i = 0; i < rows; i++) {");
    emit_line(b, "const se3_real *f = in + (int64_t)i * %d;", pl->in.dim);
    emit_line(b, "const double *go = dout + (int64_t)i * %d;", pl->out.dim);
    emit_line(b, "double *df = din + (int64_t)i * %d;", pl->in.dim);
    if (pl->nscalar) {
        emit_line(b, "for (int c = 0; c < %d; c++) {  /* scalars */", pl->nscalar);
        emit_line(b, "const double x = f[c];");
        emit_line(b, "%s", dact[pl->L->act]);
        emit_line(b, "df[c] += go[c] * d;");
        emit_line(b, "}");
    }
    for (int d = 0; d < pl->ngate; d++) {
        const plan_gatedeg *gd = &pl->gate[d];
        emit_line(b, "for (int c = 0; c < %d; c++) {  /* degree %d, gates f[%d + c] */", gd->c, gd->l, gd->gate_off);
        emit_line(b, "const double s = 1 / (1 + exp(-(double)f[%d + c]));", gd->gate_off);
        emit_line(b, "double t = 0;");
        emit_line(b, "for (int m = 0; m < %d; m++) {", gd->ncomp);
        emit_line(b, "t += go[%d + c * %d + m] * f[%d + c * %d + m];", gd->out_off, gd->ncomp, gd->in_off, gd->ncomp);
        emit_line(b, "df[%d + c * %d + m] += s * go[%d + c * %d + m];", gd->in_off, gd->ncomp, gd->out_off, gd->ncomp);
        emit_line(b, "}");
        emit_line(b, "df[%d + c] += t * s * (1 - s);", gd->gate_off);
        emit_line(b, "}");
    }
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* ---- entry points ----------------------------------------------------------------------------- */

static void grad_entry(grad_ctx *g)
{
    emit_buf *b = g->b;
    const plan *pn = g->pl;
    const char *n = g->m->name;
    emit_line(b, "/* Backward entry points (docs/training.md). Layer i's input rows are nodes, or graphs");
    emit_line(b, " * after a pool; `in` and `out` at the model's precision, gradients always double. */");
    emit_line(b, "int se3m_%s_grad_abi(void) { return %d; }", n, SE3M_ABI_VERSION);
    emit_raw(b, "\n");
    emit_line(b, "void se3m_%s_layer_shape(int32_t i, int32_t *in_dim, int32_t *out_dim, int32_t *in_per_graph, int32_t *out_per_graph)", n);
    emit_line(b, "{");
    emit_line(b, "static const int32_t s[%d][4] = {", pn->nlayers);
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        emit_line(b, "    { %d, %d, %d, %d },  /* %s */", pl->in.dim, pl->out.dim, pl->L->per_graph, pl->out_per_graph,
                  pl->L->name);
    }
    emit_line(b, "};");
    emit_line(b, "*in_dim = s[i][0], *out_dim = s[i][1], *in_per_graph = s[i][2], *out_per_graph = s[i][3];");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* Bytes layer i's training forward can keep for its backward: an attention layer's keys and");
    emit_line(b, " * values, n_edges x (key + value) doubles in edge order; 0 for the other layers. */");
    emit_line(b, "int64_t se3m_%s_layer_keep_bytes(int32_t i, const se3m_io *io)", n);
    emit_line(b, "{");
    emit_line(b, "const int64_t ne = io->row[io->n_nodes] - io->row[0];");
    emit_line(b, "(void)ne;");
    emit_line(b, "switch (i) {");
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        if (pl->L->kind == LAYER_ATTENTION)
            emit_line(b, "case %d: return ne * %d * (int64_t)sizeof(double);  /* %s */", i, pl->msg_dim, pl->L->name);
    }
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* keep: layer_keep_bytes(i, io) bytes the forward fills and the backward reads, or NULL */");
    emit_line(b, "int se3m_%s_layer_into(int32_t i, const se3m_io *io, const void *in, void *out, void *keep)", n);
    emit_line(b, "{");
    emit_line(b, "const se3_real *P = (const se3_real *)io->params;");
    emit_line(b, "(void)keep;");
    emit_line(b, "switch (i) {");
    for (int i = 0; i < pn->nlayers; i++)
        emit_line(b, "case %d: se3_%s_forward(io, P + %ld, (const se3_real *)in, (se3_real *)out%s); return 0;  /* %s */", i,
                  pn->layers[i].fn, pn->layers[i].wbase,
                  pn->layers[i].L->kind == LAYER_ATTENTION ? ", (double *)keep" : "", pn->layers[i].L->name);
    emit_line(b, "}");
    emit_line(b, "return -1;");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "int se3m_%s_layer_backward(int32_t i, const se3m_io *io, const void *in, const double *dout, double *din,",
              n);
    emit_line(b, "double *dparams, double *dpos, double *dnode_in, const void *keep)");
    emit_line(b, "{");
    emit_line(b, "const se3_real *P = (const se3_real *)io->params;");
    emit_line(b, "(void)keep;");
    emit_line(b, "switch (i) {");
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        if (pl->L->kind == LAYER_ATTENTION) {
            emit_line(b, "case %d: return se3b_%s_backward_kv(io, P + %ld, (const se3_real *)in, dout, din, dparams + %ld, dpos, dnode_in,",
                      i, pl->fn, pl->wbase, pl->wbase);
            emit_line(b, "                            (const double *)keep);  /* %s */", pl->L->name);
        } else {
            emit_line(b, "case %d: return se3b_%s_backward(io, P + %ld, (const se3_real *)in, dout, din, dparams + %ld, dpos, dnode_in);  /* %s */",
                      i, pl->fn, pl->wbase, pl->wbase, pl->L->name);
        }
    }
    emit_line(b, "}");
    emit_line(b, "return -1;");
    emit_line(b, "}");
}

/* The helpers and every layer shape's backward function, without the entry points: emit_c_grad's
 * body, and what emit_cuda_grad.c compiles for the device (docs/cuda.md, "Backward kernels"). */
void emit_c_grad_layers(const ir *p, emit_buf *b)
{
    emit_c_grad_layers_for(p, b, 0);
}

/* The same for the device (device = 1): each radial net's block in a __noinline__ function of its
 * own and the output layer's rows one at a time (grad_radial_function, grad_radial); the lines
 * of every block are the CPU's. */
void emit_c_grad_layers_for(const ir *p, emit_buf *b, int device)
{
    grad_ctx g = { .p = p, .m = p->m, .pl = emit_plan(p), .b = b, .f32 = p->m->prec == PREC_F32, .device = device };
    emit_check_idents(p->m);
    grad_helpers(&g);
    /* the hidden-layer helpers, once per (width, depth) of the model's radial nets */
    int done[64][2], ndone = 0;
    for (int i = 0; i < g.pl->nlayers; i++) {
        const plan_layer *pl = &g.pl->layers[i];
        for (int q = 0; pl->shape == i && q < pl->nradials; q++) {
            const ir_radial *r = pl->radials[q].r;
            int seen = 0;
            for (int t = 0; t < ndone && !seen; t++)
                seen = done[t][0] == r->width && done[t][1] == r->depth;
            if (seen)
                continue;
            if (ndone == 64) {
                fprintf(stderr, "se3tc: internal error: more than 64 radial-net shapes\n");
                abort();
            }
            done[ndone][0] = r->width, done[ndone][1] = r->depth, ndone++;
            grad_hidden_fns(b, g.pl->nin, r->width, r->depth, device);
        }
    }
    if (p->lmax_sh >= 0)
        grad_sh(&g, p->lmax_sh);
    for (int i = 0; i < g.pl->nlayers; i++) {
        const plan_layer *pl = &g.pl->layers[i];
        if (pl->shape != i)
            continue;   /* the code of an earlier layer with the same shape key */
        switch (pl->L->kind) {
        case LAYER_ATTENTION:
            grad_edge_function(&g, pl);
            grad_attention(&g, pl);
            break;
        case LAYER_CONV:
            grad_edge_function(&g, pl);
            grad_conv(&g, pl);
            break;
        case LAYER_NORM: grad_norm(&g, pl); break;
        case LAYER_SELFINT: grad_selfint(&g, pl); break;
        case LAYER_POOL: grad_pool(&g, pl); break;
        case LAYER_MLP: grad_mlp(&g, pl); break;
        case LAYER_GATE: grad_gate(&g, pl); break;
        }
    }
}

void emit_c_grad(const ir *p, emit_buf *b)
{
    grad_ctx g = { .p = p, .m = p->m, .pl = emit_plan(p), .b = b, .f32 = p->m->prec == PREC_F32 };
    emit_c_grad_layers(p, b);
    grad_entry(&g);
}
