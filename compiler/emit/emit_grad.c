/* emit_grad.c - IR -> backward C code (docs/training.md), appended to what emit_c writes.
 *
 * For every layer, se3b_NAME_backward(in, dout) adds dL/d(in), dL/d(weights), dL/d(positions)
 * and dL/d(model inputs, through edge scalars) to double buffers. Nothing per edge is stored
 * by the forward pass: the backward of a message-passing layer walks each receiver's edges
 * and recomputes what it needs (harmonics and their derivatives, radial activations and
 * LayerNorm statistics, basis kernels, attention logits) in double, then runs the adjoint of
 * every (k, l, J) path with the same nonzero coupling terms the forward uses, as literals.
 *
 * The code is plain scalar C, one receiver at a time (senders receive gradients too, so
 * receivers are not independent); the runtime parallelises training over the graphs of a
 * minibatch instead, each thread with its own gradient buffer. */
#include "emit_c.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "coupling.h"
#include "internal.h"
#include "sph.h"

typedef struct grad_ctx {
    const ir *p;
    const model *m;
    emit_buf *b;
    arena tmp;                  /* weight-name prefixes */
} grad_ctx;

/* ---- fixed helpers (sizes as arguments) ---------------------------------------------------- */

static void grad_helpers(grad_ctx *g)
{
    emit_buf *b = g->b;
    emit_raw(b, "/* ==== backward (se3tc --grad): gradients in double at either precision ==== */\n\n");
    emit_line(b, "#include <stdlib.h>");
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
    emit_line(b, "/* Radial hidden layers, depth x (Linear -> LayerNorm -> ReLU), keeping each layer's input");
    emit_line(b, " * act[d], normalised values xh[d] and 1/sd for the backward. Returns act[depth]. */");
    emit_line(b, "static const double *se3b_hidden(const se3_real *w, int nin, int width, int depth, const double *x,");
    emit_line(b, "                                double (*act)[MAXW], double (*xh)[MAXW], double *inv)");
    emit_line(b, "{");
    emit_line(b, "for (int i = 0; i < nin; i++)");
    emit_line(b, "    act[0][i] = x[i];");
    emit_line(b, "int in = nin;");
    emit_line(b, "for (int d = 0; d < depth; d++) {");
    emit_line(b, "const se3_real *bias = w + (int64_t)in * width, *gain = bias + width, *beta = gain + width;");
    emit_line(b, "double z[MAXW], y[MAXW];");
    emit_line(b, "for (int o = 0; o < width; o++) {");
    emit_line(b, "double s = bias[o];");
    emit_line(b, "#pragma omp simd reduction(+ : s)");
    emit_line(b, "for (int i = 0; i < in; i++)");
    emit_line(b, "    s += w[o * in + i] * act[d][i];");
    emit_line(b, "z[o] = s;");
    emit_line(b, "}");
    emit_line(b, "inv[d] = se3b_ln(width, z, gain, beta, xh[d], y);");
    emit_line(b, "for (int o = 0; o < width; o++)");
    emit_line(b, "    act[d + 1][o] = y[o] > 0 ? y[o] : 0;");
    emit_line(b, "w = beta + width;");
    emit_line(b, "in = width;");
    emit_line(b, "}");
    emit_line(b, "return act[depth];");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* Adjoint of se3b_hidden: dh (dL/d act[depth], overwritten) -> dx (+=), weight grads into dw");
    emit_line(b, " * (laid out as w). */");
    emit_line(b, "static void se3b_hidden_bwd(const se3_real *w, double *dw, int nin, int width, int depth,");
    emit_line(b, "                            double (*act)[MAXW], double (*xh)[MAXW], const double *inv, double *dh, double *dx)");
    emit_line(b, "{");
    emit_line(b, "for (int d = depth - 1; d >= 0; d--) {");
    emit_line(b, "const int in = d ? width : nin;");
    emit_line(b, "const int64_t off = d ? (int64_t)(nin + 1) * width + 2 * width + (int64_t)(d - 1) * (width + 3) * width : 0;");
    emit_line(b, "const se3_real *W = w + off, *gain = W + (int64_t)in * width + width;");
    emit_line(b, "double *dW = dw + off, *dB = dW + (int64_t)in * width, *dG = dB + width, *dC = dG + width;");
    emit_line(b, "double dy[MAXW], dz[MAXW], da[MAXW];");
    emit_line(b, "for (int o = 0; o < width; o++) {");
    emit_line(b, "dy[o] = act[d + 1][o] > 0 ? dh[o] : 0;");
    emit_line(b, "dz[o] = 0;");
    emit_line(b, "}");
    emit_line(b, "se3b_ln_bwd(width, xh[d], inv[d], gain, dy, dz, dG, dC);");
    emit_line(b, "for (int i = 0; i < in; i++)");
    emit_line(b, "    da[i] = 0;");
    emit_line(b, "for (int o = 0; o < width; o++) {");
    emit_line(b, "const double g = dz[o];");
    emit_line(b, "dB[o] += g;");
    emit_line(b, "for (int i = 0; i < in; i++) {");
    emit_line(b, "dW[o * in + i] += g * act[d][i];");
    emit_line(b, "da[i] += W[o * in + i] * g;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "for (int i = 0; i < in; i++)");
    emit_line(b, "    dh[i] = da[i];");
    emit_line(b, "}");
    emit_line(b, "for (int i = 0; i < nin; i++)");
    emit_line(b, "    dx[i] += dh[i];");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "/* Attentive self-interaction of one degree, recomputed, and its adjoint given dout:");
    emit_line(b, " * Gram -> LayerNorm -> LeakyReLU -> Linear -> softmax over input channels -> mix.");
    emit_line(b, " * Returns -1 when its scratch memory cannot be allocated. */");
    emit_line(b, "static int se3b_asi_bwd(const se3_real *w, double *dw, int cin, int cout, int nc, const double *x,");
    emit_line(b, "                         const double *dout, double *dx)");
    emit_line(b, "{");
    emit_line(b, "const int n = cin * cin, no = cout * cin;");
    emit_line(b, "double *buf = malloc(sizeof(double) * (size_t)(6 * n + 3 * no));");
    emit_line(b, "if (!buf)");
    emit_line(b, "    return -1;");
    emit_line(b, "double *gram = buf, *xh = gram + n, *y = xh + n, *lk = y + n, *dg = lk + n;");
    emit_line(b, "double *A = dg + n, *dA = A + no, *dz = dA + no, *dlk = dz + no;");
    emit_line(b, "for (int c = 0; c < cin; c++) {");
    emit_line(b, "for (int d = 0; d < cin; d++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (int m = 0; m < nc; m++)");
    emit_line(b, "    s += x[c * nc + m] * x[d * nc + m];");
    emit_line(b, "gram[c * cin + d] = s;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "const se3_real *gain = w, *beta = w + n, *W = w + 2 * n, *B = W + (int64_t)no * n;");
    emit_line(b, "double *dgain = dw, *dbeta = dw + n, *dW = dw + 2 * n, *dB = dW + (int64_t)no * n;");
    emit_line(b, "const double inv = se3b_ln(n, gram, gain, beta, xh, y);");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    lk[i] = y[i] > 0 ? y[i] : 0.01 * y[i];");
    emit_line(b, "for (int o = 0; o < no; o++) {");
    emit_line(b, "double s = B[o];");
    emit_line(b, "#pragma omp simd reduction(+ : s)");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    s += W[(int64_t)o * n + i] * lk[i];");
    emit_line(b, "A[o] = s;");
    emit_line(b, "}");
    emit_line(b, "for (int co = 0; co < cout; co++) {");
    emit_line(b, "double *a = A + co * cin, mx = a[0], s = 0;");
    emit_line(b, "for (int ci = 1; ci < cin; ci++)");
    emit_line(b, "    mx = a[ci] > mx ? a[ci] : mx;");
    emit_line(b, "for (int ci = 0; ci < cin; ci++) {");
    emit_line(b, "a[ci] = exp(a[ci] - mx);");
    emit_line(b, "s += a[ci];");
    emit_line(b, "}");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    a[ci] /= s;");
    emit_line(b, "}");
    emit_line(b, "/* out[co][m] = sum_ci A[co][ci] x[ci][m] */");
    emit_line(b, "for (int co = 0; co < cout; co++) {");
    emit_line(b, "for (int ci = 0; ci < cin; ci++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (int m = 0; m < nc; m++) {");
    emit_line(b, "s += dout[co * nc + m] * x[ci * nc + m];");
    emit_line(b, "dx[ci * nc + m] += A[co * cin + ci] * dout[co * nc + m];");
    emit_line(b, "}");
    emit_line(b, "dA[co * cin + ci] = s;");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "for (int co = 0; co < cout; co++) {");
    emit_line(b, "double s = 0;");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    s += A[co * cin + ci] * dA[co * cin + ci];");
    emit_line(b, "for (int ci = 0; ci < cin; ci++)");
    emit_line(b, "    dz[co * cin + ci] = A[co * cin + ci] * (dA[co * cin + ci] - s);");
    emit_line(b, "}");
    emit_line(b, "for (int i = 0; i < n; i++)");
    emit_line(b, "    dlk[i] = 0;");
    emit_line(b, "for (int o = 0; o < no; o++) {");
    emit_line(b, "dB[o] += dz[o];");
    emit_line(b, "for (int i = 0; i < n; i++) {");
    emit_line(b, "dW[(int64_t)o * n + i] += dz[o] * lk[i];");
    emit_line(b, "dlk[i] += W[(int64_t)o * n + i] * dz[o];");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "for (int i = 0; i < n; i++) {");
    emit_line(b, "dlk[i] *= y[i] > 0 ? 1.0 : 0.01;");
    emit_line(b, "dg[i] = 0;");
    emit_line(b, "}");
    emit_line(b, "se3b_ln_bwd(n, xh, inv, gain, dlk, dg, dgain, dbeta);");
    emit_line(b, "/* gram[c][d] = <x_c, x_d> */");
    emit_line(b, "for (int c = 0; c < cin; c++) {");
    emit_line(b, "for (int d = 0; d < cin; d++) {");
    emit_line(b, "const double gcd = dg[c * cin + d];");
    emit_line(b, "for (int m = 0; m < nc; m++) {");
    emit_line(b, "dx[c * nc + m] += gcd * x[d * nc + m];");
    emit_line(b, "dx[d * nc + m] += gcd * x[c * nc + m];");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "free(buf);");
    emit_line(b, "return 0;");
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

/* One radial net and its paths for one edge: forward into m[moff...], and with dm its adjoint. */
static void grad_radial(grad_ctx *g, const ir_radial *r, int moff)
{
    emit_buf *b = g->b;
    char buf[40];
    const int k = r->k, l = r->l, nk = 2 * k + 1, nl = 2 * l + 1, F = r->nfreq;
    const int hw = r->depth ? r->width : r->nin;
    const long nout = (long)r->cout * r->cin * F;
    const long w0 = g->p->weights[r->first_weight].offset;
    const long out_off = g->p->weights[r->first_weight + 4 * r->depth].offset;
    emit_line(b, "{ /* radial %c k=%d l=%d: %d -> %d channels, %d path%s */", r->role, k, l, r->cin, r->cout, r->npaths,
              r->npaths == 1 ? "" : "s");
    emit_line(b, "double act[%d][MAXW], xh[%d][MAXW], inv[%d];", r->depth + 1, r->depth ? r->depth : 1,
              r->depth ? r->depth : 1);
    emit_line(b, "const double *H = se3b_hidden(P + %ld, NIN, %d, %d, rin, act, xh, inv);", w0, r->width, r->depth);
    emit_line(b, "const se3_real *Wo = P + %ld, *Bo = P + %ld;", out_off, out_off + nout * hw);
    emit_line(b, "double phi[%ld];", nout);
    emit_line(b, "for (int o = 0; o < %ld; o++) {", nout);
    emit_line(b, "double s = Bo[o];");
    emit_line(b, "#pragma omp simd reduction(+ : s)");
    emit_line(b, "for (int h = 0; h < %d; h++)", hw);
    emit_line(b, "    s += Wo[o * %d + h] * H[h];", hw);
    emit_line(b, "phi[o] = s;");
    emit_line(b, "}");
    double C[9 * 9 * 17];
    int any[9][9][9];
    emit_basis_kernels(b, r, "double", 0, any);
    emit_line(b, "double G[%d][%d][%d];  /* [ci][J][a] = sum_b W_J[a][b] s[ci][b] */", r->cin, F, nl);
    emit_line(b, "for (int ci = 0; ci < %d; ci++) {", r->cin);
    emit_line(b, "const double *s = s%d + ci * %d;", k, nk);
    emit_basis_apply(b, r, any, "G[ci]", " 0");
    emit_line(b, "}");
    emit_line(b, "for (int co = 0; co < %d; co++) {", r->cout);
    emit_line(b, "for (int ci = 0; ci < %d; ci++) {", r->cin);
    emit_line(b, "const double *ph = phi + (co * %d + ci) * %d;", r->cin, F);
    emit_line(b, "for (int a = 0; a < %d; a++) {", nl);
    emit_line(b, "double t = 0;");
    emit_line(b, "for (int f = 0; f < %d; f++)", F);
    emit_line(b, "    t += ph[f] * G[ci][f][a];");
    emit_line(b, "m[%d + co * %d + a] += t;", moff, nl);
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "if (dm) {");
    emit_line(b, "const double *dmo = dm + %d;", moff);
    emit_line(b, "double dphi[%ld], dG[%d][%d][%d];", nout, r->cin, F, nl);
    emit_line(b, "memset(dG, 0, sizeof dG);");
    emit_line(b, "for (int co = 0; co < %d; co++) {", r->cout);
    emit_line(b, "for (int ci = 0; ci < %d; ci++) {", r->cin);
    emit_line(b, "const double *ph = phi + (co * %d + ci) * %d;", r->cin, F);
    emit_line(b, "double *dph = dphi + (co * %d + ci) * %d;", r->cin, F);
    emit_line(b, "for (int f = 0; f < %d; f++) {", F);
    emit_line(b, "double t = 0;");
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
                    emit_line(b, "double dw%d_%d_%d = 0;", f, a, bb);
    emit_line(b, "for (int ci = 0; ci < %d; ci++) {", r->cin);
    emit_line(b, "const double *s = s%d + ci * %d;", k, nk);
    emit_line(b, "double *ds = ds%d + ci * %d;", k, nk);
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
                        emit_raw(b, "%*sgY[%d] +=", b->indent * 4, "", J * J + c);
                    emit_raw(b, "%s%s * dw%d_%d_%d", first ? " " : " + ", emit_real(buf, v, 0), f, a, bb);
                    first = 0;
                }
            if (!first)
                emit_raw(b, ";\n");
        }
    }
    emit_line(b, "/* the radial net: output layer, then the hidden layers */");
    emit_line(b, "double dH[MAXW];");
    emit_line(b, "for (int h = 0; h < %d; h++)", hw);
    emit_line(b, "    dH[h] = 0;");
    emit_line(b, "double *dWo = dP + %ld, *dBo = dP + %ld;", out_off, out_off + nout * hw);
    emit_line(b, "for (int o = 0; o < %ld; o++) {", nout);
    emit_line(b, "const double d = dphi[o];");
    emit_line(b, "dBo[o] += d;");
    emit_line(b, "for (int h = 0; h < %d; h++) {", hw);
    emit_line(b, "dWo[o * %d + h] += d * H[h];", hw);
    emit_line(b, "dH[h] += Wo[o * %d + h] * d;", hw);
    emit_line(b, "}");
    emit_line(b, "}");
    emit_line(b, "se3b_hidden_bwd(P + %ld, dP + %ld, NIN, %d, %d, act, xh, inv, dH, drin);", w0, w0, r->width, r->depth);
    emit_line(b, "}");
    emit_line(b, "}");
}

static void grad_edge_function(grad_ctx *g, const ir_layer *il)
{
    emit_buf *b = g->b;
    const layer *L = il->L;
    const model *m = g->m;
    const int nsh = (g->p->lmax_sh + 1) * (g->p->lmax_sh + 1);
    const int in_dim = fibre_dim(&L->in), x0_dim = fibre_dim(&m->in);
    const int msg = L->kind == LAYER_ATTENTION ? fibre_dim(&L->key) + fibre_dim(&L->value) : fibre_dim(&L->out);
    emit_line(b, "/* Layer %s, edge e = (j -> i): its message into m[%d]%s; with dm = dL/dm, the adjoint:", L->name,
              msg, L->kind == LAYER_ATTENTION ? " (keys, then values)" : "");
    emit_line(b, " * weights into dP, sender features into din, positions into dpos, inputs into dx0. */");
    emit_line(b, "static void se3b_%s_edge(const se3m_io *io, const se3_real *in, int32_t i, int32_t j, int64_t e, double *m,",
              L->name);
    emit_line(b, "                         const double *dm, double *dP, double *din, double *dpos, double *dx0)");
    emit_line(b, "{");
    emit_line(b, "const se3_real *P = (const se3_real *)io->params;");
    emit_line(b, "const double *pos = (const double *)io->pos;");
    emit_line(b, "const se3_real *x0 = (const se3_real *)io->node_in;");
    emit_line(b, "const se3_real *ea = (const se3_real *)io->edge_attr;");
    emit_line(b, "(void)x0, (void)ea, (void)e, (void)dx0;");
    emit_line(b, "enum { NIN = %d };", m->n_edge_scalars + 1);
    emit_line(b, "const double dx = pos[3 * j] - pos[3 * i], dy = pos[3 * j + 1] - pos[3 * i + 1], dz = pos[3 * j + 2] - pos[3 * i + 2];");
    emit_line(b, "const double rd = sqrt(dx * dx + dy * dy + dz * dz);");
    emit_line(b, "double Y[%d], dYu[%d][3];", nsh, nsh);
    emit_line(b, "if (rd > 1e-12) {");
    emit_line(b, "se3b_sh(dx / rd, dy / rd, dz / rd, Y, dYu);");
    emit_line(b, "} else { /* coincident points: Y_0 only, no direction to differentiate */");
    emit_line(b, "memset(Y, 0, sizeof Y);");
    emit_line(b, "memset(dYu, 0, sizeof dYu);");
    emit_line(b, "Y[0] = 0.28209479177387814;");
    emit_line(b, "}");
    emit_line(b, "double rin[NIN], drin[NIN], gY[%d];", nsh);
    emit_line(b, "memset(drin, 0, sizeof drin);");
    emit_line(b, "memset(gY, 0, sizeof gY);");
    int t = emit_edge_scalars(b, m, "", "int64_t", "(double)");
    emit_line(b, "rin[%d] = rd;", t);
    emit_line(b, "const se3_real *fj = in + (int64_t)j * %d;", in_dim);
    for (int k = 0; k <= SE3_LMAX; k++) {
        if (!L->send.c[k])
            continue;
        int n = L->send.c[k] * (2 * k + 1);
        emit_line(b, "double s%d[%d], ds%d[%d];", k, n, k, n);
        emit_line(b, "memset(ds%d, 0, sizeof ds%d);", k, k);
        if (L->in.c[k]) {
            emit_line(b, "for (int t = 0; t < %d; t++)", L->in.c[k] * (2 * k + 1));
            emit_line(b, "    s%d[t] = fj[%d + t];", k, fibre_offset(&L->in, k));
        }
    }
    for (int q = 0, c = L->in.c[1]; q < m->nedges; q++)
        if (m->edges[q].kind == EDGE_RELPOS) {
            emit_line(b, "s1[%d] = dy; s1[%d] = dz; s1[%d] = dx;  /* %s */", c * 3, c * 3 + 1, c * 3 + 2, m->edges[q].name);
            c++;
        }
    emit_line(b, "memset(m, 0, %d * sizeof *m);", msg);
    for (int q = 0; q < il->nradials; q++) {
        const ir_radial *rd = &il->radials[q];
        int moff;
        if (L->kind == LAYER_ATTENTION)
            moff = rd->role == 'k' ? fibre_offset(&L->key, rd->l) : fibre_dim(&L->key) + fibre_offset(&L->value, rd->l);
        else
            moff = fibre_offset(&L->out, rd->l);
        grad_radial(g, rd, moff);
    }
    emit_line(b, "if (!dm)");
    emit_line(b, "    return;");
    emit_line(b, "/* geometry: Y(u), u = x / r, and the distance r; then relpos, edge scalars, senders */");
    emit_line(b, "double gx = 0, gy = 0, gz = 0;");
    emit_line(b, "if (rd > 1e-12) {");
    emit_line(b, "const double ux = dx / rd, uy = dy / rd, uz = dz / rd;");
    emit_line(b, "double gu[3] = { 0, 0, 0 };");
    emit_line(b, "for (int c = 0; c < %d; c++)", nsh);
    emit_line(b, "    for (int d = 0; d < 3; d++)");
    emit_line(b, "        gu[d] += gY[c] * dYu[c][d];");
    emit_line(b, "const double ug = ux * gu[0] + uy * gu[1] + uz * gu[2];");
    emit_line(b, "gx = (gu[0] - ux * ug) / rd + drin[%d] * ux;", t);
    emit_line(b, "gy = (gu[1] - uy * ug) / rd + drin[%d] * uy;", t);
    emit_line(b, "gz = (gu[2] - uz * ug) / rd + drin[%d] * uz;", t);
    emit_line(b, "}");
    for (int q = 0, c = L->in.c[1]; q < m->nedges; q++)
        if (m->edges[q].kind == EDGE_RELPOS) {
            emit_line(b, "gy += ds1[%d]; gz += ds1[%d]; gx += ds1[%d];  /* %s */", c * 3, c * 3 + 1, c * 3 + 2,
                      m->edges[q].name);
            c++;
        }
    emit_line(b, "dpos[3 * j] += gx, dpos[3 * j + 1] += gy, dpos[3 * j + 2] += gz;");
    emit_line(b, "dpos[3 * i] -= gx, dpos[3 * i + 1] -= gy, dpos[3 * i + 2] -= gz;");
    t = 0;
    for (int q = 0; q < m->nedges; q++) {
        const edge_field *ef = &m->edges[q];
        if (ef->kind == EDGE_PRODUCT) {
            const int oa = model_scalar_offset(m, ef->a), ob = model_scalar_offset(m, ef->b);
            for (int c = 0; c < ef->f.c[0]; c++, t++) {
                emit_line(b, "dx0[(int64_t)i * %d + %d] += drin[%d] * x0[(int64_t)j * %d + %d];", x0_dim, oa + c, t,
                          x0_dim, ob + c);
                emit_line(b, "dx0[(int64_t)j * %d + %d] += drin[%d] * x0[(int64_t)i * %d + %d];", x0_dim, ob + c, t,
                          x0_dim, oa + c);
            }
        } else if (ef->kind == EDGE_BONDS) {
            t += 4;  /* bond orders are data, not differentiable */
        }
    }
    emit_line(b, "double *dfj = din + (int64_t)j * %d;", in_dim);
    for (int k = 0; k <= SE3_LMAX; k++) {
        if (!L->in.c[k])
            continue;
        emit_line(b, "for (int t = 0; t < %d; t++)", L->in.c[k] * (2 * k + 1));
        emit_line(b, "    dfj[%d + t] += ds%d[t];", fibre_offset(&L->in, k), k);
    }
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* ---- per-layer backward functions ------------------------------------------------------------- */

static void grad_head(grad_ctx *g, const layer *L)
{
    emit_buf *b = g->b;
    emit_line(b, "/* backward of layer %s %s: adds dL/d(in) to din, weights to dP, positions to dpos, inputs to dx0 */",
              layer_kind_name(L->kind), L->name);
    emit_line(b, "static int se3b_%s_backward(const se3m_io *io, const se3_real *in, const double *dout, double *din,",
              L->name);
    emit_line(b, "                          double *dP, double *dpos, double *dx0)");
    emit_line(b, "{");
    emit_line(b, "const se3_real *P = (const se3_real *)io->params;");
    emit_line(b, "(void)P, (void)in, (void)dP, (void)dpos, (void)dx0;");
}

/* dL/d(input row) += per-degree linear map's adjoint; weights PREFIX.l; x and dx double. */
static void grad_per_degree(grad_ctx *g, const char *prefix, const fibre *to, const fibre *from, const char *x,
                            const char *dy, const char *dx)
{
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!to->c[l] || !from->c[l])
            continue;
        const long off = IR_WEIGHT(g->p, "%s.%d", prefix, l);
        emit_line(g->b, "se3b_mix_bwd(P + %ld, dP + %ld, %d, %d, %d, %s + %d, %s + %d, %s + %d);  /* %s.%d */", off, off,
                  from->c[l], to->c[l], 2 * l + 1, x, fibre_offset(from, l), dy, fibre_offset(to, l), dx,
                  fibre_offset(from, l), prefix, l);
    }
}

static void grad_attentive(grad_ctx *g, const char *prefix, const fibre *to, const fibre *from, const char *x,
                           const char *dy, const char *dx, const char *fail)
{
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!to->c[l] || !from->c[l])
            continue;
        const long off = IR_WEIGHT(g->p, "%s.%d.ln.g", prefix, l);
        emit_line(g->b, "if (se3b_asi_bwd(P + %ld, dP + %ld, %d, %d, %d, %s + %d, %s + %d, %s + %d) != 0)  /* %s.%d */",
                  off, off, from->c[l], to->c[l], 2 * l + 1, x, fibre_offset(from, l), dy, fibre_offset(to, l), dx,
                  fibre_offset(from, l), prefix, l);
        emit_line(g->b, "    %s", fail);
    }
}

static void grad_conv(grad_ctx *g, const ir_layer *il)
{
    const layer *L = il->L;
    emit_buf *b = g->b;
    const int od = fibre_dim(&L->out), id = fibre_dim(&L->in);
    grad_head(g, L);
    emit_line(b, "for (int32_t i = 0; i < io->n_nodes; i++) {");
    emit_line(b, "const int64_t e0 = io->row[i], deg = io->row[i + 1] - e0;");
    emit_line(b, "const double *go = dout + (int64_t)i * %d;", od);
    emit_line(b, "double dm[%d], mm[%d];", od, od);
    if (L->agg == AGG_MEAN)
        emit_line(b, "const double scale = deg > 0 ? 1.0 / (double)deg : 0;");
    else
        emit_line(b, "const double scale = 1;");
    emit_line(b, "for (int t = 0; t < %d; t++)", od);
    emit_line(b, "    dm[t] = go[t] * scale;");
    emit_line(b, "for (int64_t d = 0; d < deg; d++)");
    emit_line(b, "    se3b_%s_edge(io, in, i, io->src[e0 + d], e0 + d, mm, dm, dP, din, dpos, dx0);", L->name);
    if (L->si == SI_LINEAR) {
        const char *prefix = arena_printf(&g->tmp, "%s.self", L->name);
        emit_line(b, "double fi[%d];", id);
        emit_line(b, "for (int t = 0; t < %d; t++)", id);
        emit_line(b, "    fi[t] = in[(int64_t)i * %d + t];", id);
        emit_line(b, "double *dfi = din + (int64_t)i * %d;", id);
        grad_per_degree(g, prefix, &L->out, &L->in, "fi", "go", "dfi");
    }
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* For every degree of fibre f, a loop over head h's entries of that degree,
 * `for (int t = ...)`, with the given body lines (one line: an unbraced body). */
static void grad_head_loops(emit_buf *b, const fibre *f, int heads, const char *const *body, int nbody)
{
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!f->c[l])
            continue;
        int G = f->c[l] / heads, nl = 2 * l + 1, off = fibre_offset(f, l);
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

static void grad_attention(grad_ctx *g, const ir_layer *il)
{
    const layer *L = il->L;
    emit_buf *b = g->b;
    char buf[40];
    const int od = fibre_dim(&L->out), id = fibre_dim(&L->in), kd = fibre_dim(&L->key), vd = fibre_dim(&L->value);
    const int md = fibre_dim(&L->mid), H = L->heads;
    grad_head(g, L);
    emit_line(b, "enum { KD = %d, MSG = %d, H = %d };", kd, kd + vd, H);
    emit_line(b, "const double scale = %s;  /* 1 / sqrt(key size) */", emit_real(buf, 1.0 / sqrt((double)kd), 0));
    emit_line(b, "int64_t maxdeg = 1;");
    emit_line(b, "for (int32_t i = 0; i < io->n_nodes; i++)");
    emit_line(b, "    if (io->row[i + 1] - io->row[i] > maxdeg)");
    emit_line(b, "        maxdeg = io->row[i + 1] - io->row[i];");
    emit_line(b, "/* the keys and values of one receiver's edges, and their attention weights */");
    emit_line(b, "double *kvs = malloc(sizeof(double) * (size_t)(maxdeg * (MSG + H)));");
    emit_line(b, "if (!kvs)");
    emit_line(b, "    return -1;");
    emit_line(b, "double *alpha = kvs + maxdeg * MSG;");
    emit_line(b, "for (int32_t i = 0; i < io->n_nodes; i++) {");
    emit_line(b, "const int64_t e0 = io->row[i], deg = io->row[i + 1] - e0;");
    emit_line(b, "double fi[%d], q[%d], a[%d], mid[%d], dmid[%d], da[%d], dq[%d], dm[MSG], mm[MSG];", id, kd, vd, md, md,
              vd, kd);
    emit_line(b, "for (int t = 0; t < %d; t++)", id);
    emit_line(b, "    fi[t] = in[(int64_t)i * %d + t];", id);
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!L->key.c[l] || !L->in.c[l])
            continue;
        emit_line(b, "se3b_mix(P + %ld, %d, %d, %d, fi + %d, q + %d, 0);  /* %s.q.%d */",
                  IR_WEIGHT(g->p, "%s.q.%d", L->name, l), L->in.c[l], L->key.c[l], 2 * l + 1, fibre_offset(&L->in, l),
                  fibre_offset(&L->key, l), L->name, l);
    }
    emit_line(b, "for (int64_t d = 0; d < deg; d++)");
    emit_line(b, "    se3b_%s_edge(io, in, i, io->src[e0 + d], e0 + d, kvs + d * MSG, NULL, dP, din, dpos, dx0);",
              L->name);
    emit_line(b, "memset(a, 0, sizeof a);");
    emit_line(b, "for (int h = 0; h < H; h++) {");
    emit_line(b, "double mx = -HUGE_VAL, den = 0;");
    emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
    emit_line(b, "const double *kv = kvs + d * MSG;");
    emit_line(b, "double z = 0;");
    {
        static const char *const body[] = { "z += q[t] * kv[t];" };
        grad_head_loops(b, &L->key, H, body, 1);
    }
    emit_line(b, "alpha[d * H + h] = z * scale;");
    emit_line(b, "mx = alpha[d * H + h] > mx ? alpha[d * H + h] : mx;");
    emit_line(b, "}");
    emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
    emit_line(b, "alpha[d * H + h] = exp(alpha[d * H + h] - mx);");
    emit_line(b, "den += alpha[d * H + h];");
    emit_line(b, "}");
    emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
    emit_line(b, "const double al = alpha[d * H + h] /= den;");
    emit_line(b, "const double *v = kvs + d * MSG + KD;");
    {
        static const char *const body[] = { "a[t] += al * v[t];" };
        grad_head_loops(b, &L->value, H, body, 1);
    }
    emit_line(b, "}");
    emit_line(b, "}");
    /* skip: mid as the forward builds it */
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!L->value.c[l])
            continue;
        int nl = 2 * l + 1, vo = fibre_offset(&L->value, l), mo = fibre_offset(&L->mid, l), fo = fibre_offset(&L->in, l);
        int add = L->skip == SKIP_SUM && L->in.c[l];
        emit_line(b, "for (int t = 0; t < %d; t++)", L->value.c[l] * nl);
        if (add)
            emit_line(b, "    mid[%d + t] = a[%d + t] + fi[%d + t];  /* skip: sum */", mo, vo, fo);
        else
            emit_line(b, "    mid[%d + t] = a[%d + t];", mo, vo);
        if (L->skip == SKIP_CAT && L->in.c[l]) {
            emit_line(b, "for (int t = 0; t < %d; t++)  /* skip: cat */", L->in.c[l] * nl);
            emit_line(b, "    mid[%d + t] = fi[%d + t];", mo + L->value.c[l] * nl, fo);
        }
    }
    emit_line(b, "/* self-interaction */");
    emit_line(b, "const double *go = dout + (int64_t)i * %d;", od);
    emit_line(b, "memset(dmid, 0, sizeof dmid);");
    if (L->si == SI_LINEAR) {
        grad_per_degree(g, arena_printf(&g->tmp, "%s.si", L->name), &L->out, &L->mid, "mid", "go", "dmid");
    } else {
        grad_attentive(g, arena_printf(&g->tmp, "%s.asi", L->name), &L->out, &L->mid, "mid", "go", "dmid", "goto fail;");
    }
    emit_line(b, "double *dfi = din + (int64_t)i * %d;", id);
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!L->value.c[l])
            continue;
        int nl = 2 * l + 1, vo = fibre_offset(&L->value, l), mo = fibre_offset(&L->mid, l), fo = fibre_offset(&L->in, l);
        emit_line(b, "for (int t = 0; t < %d; t++)", L->value.c[l] * nl);
        emit_line(b, "    da[%d + t] = dmid[%d + t];", vo, mo);
        if (L->skip == SKIP_SUM && L->in.c[l]) {
            emit_line(b, "for (int t = 0; t < %d; t++)", L->value.c[l] * nl);
            emit_line(b, "    dfi[%d + t] += dmid[%d + t];", fo, mo);
        }
        if (L->skip == SKIP_CAT && L->in.c[l]) {
            emit_line(b, "for (int t = 0; t < %d; t++)", L->in.c[l] * nl);
            emit_line(b, "    dfi[%d + t] += dmid[%d + t];", fo, mo + L->value.c[l] * nl);
        }
    }
    emit_line(b, "/* softmax: dz = alpha (<da, v> - <da, a>) per head */");
    emit_line(b, "double cdot[H];");
    emit_line(b, "for (int h = 0; h < H; h++) {");
    emit_line(b, "cdot[h] = 0;");
    {
        static const char *const body[] = { "cdot[h] += da[t] * a[t];" };
        grad_head_loops(b, &L->value, H, body, 1);
    }
    emit_line(b, "}");
    emit_line(b, "memset(dq, 0, sizeof dq);");
    emit_line(b, "for (int64_t d = 0; d < deg; d++) {");
    emit_line(b, "const double *kv = kvs + d * MSG, *v = kv + KD;");
    emit_line(b, "for (int h = 0; h < H; h++) {");
    emit_line(b, "const double al = alpha[d * H + h];");
    emit_line(b, "double dal = 0;");
    {
        static const char *const body[] = { "dal += da[t] * v[t];", "dm[KD + t] = al * da[t];" };
        grad_head_loops(b, &L->value, H, body, 2);
    }
    emit_line(b, "const double dz = al * (dal - cdot[h]) * scale;");
    {
        static const char *const body[] = { "dm[t] = dz * q[t];", "dq[t] += dz * kv[t];" };
        grad_head_loops(b, &L->key, H, body, 2);
    }
    emit_line(b, "}");
    emit_line(b, "se3b_%s_edge(io, in, i, io->src[e0 + d], e0 + d, mm, dm, dP, din, dpos, dx0);", L->name);
    emit_line(b, "}");
    emit_line(b, "/* queries */");
    grad_per_degree(g, arena_printf(&g->tmp, "%s.q", L->name), &L->key, &L->in, "fi", "dq", "dfi");
    emit_line(b, "}");
    emit_line(b, "free(kvs);");
    emit_line(b, "return 0;");
    if (L->si != SI_LINEAR) {
        emit_line(b, "fail:");
        emit_line(b, "free(kvs);");
        emit_line(b, "return -1;");
    }
    emit_line(b, "}");
    emit_raw(b, "\n");
}

static void grad_norm(grad_ctx *g, const ir_layer *il)
{
    const layer *L = il->L;
    emit_buf *b = g->b;
    const int dim = fibre_dim(&L->in);
    grad_head(g, L);
    emit_line(b, "const int32_t rows = %s;", L->per_graph ? "io->n_graphs" : "io->n_nodes");
    emit_line(b, "for (int32_t i = 0; i < rows; i++) {");
    emit_line(b, "const se3_real *f = in + (int64_t)i * %d;", dim);
    emit_line(b, "const double *go = dout + (int64_t)i * %d;", dim);
    emit_line(b, "double *df = din + (int64_t)i * %d;", dim);
    for (int l = 0; l <= SE3_LMAX; l++) {
        int C = L->in.c[l], nl = 2 * l + 1, off = fibre_offset(&L->in, l);
        if (!C)
            continue;
        emit_line(b, "{ /* degree %d */", l);
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
            const long go = IR_WEIGHT(g->p, "%s.ln.%d.g", L->name, l);
            if (IR_WEIGHT(g->p, "%s.ln.%d.b", L->name, l) != go + C)
                SE3C_INTERNAL("the LayerNorm bias of '%s' degree %d does not follow its gain", L->name, l);
            emit_line(b, "double xh[%d], y[%d];", C, C);
            emit_line(b, "const double inv = se3b_ln(%d, n, P + %ld, P + %ld, xh, y);", C, go, go + C);
            emit_line(b, "for (int c = 0; c < %d; c++) {", C);
            emit_line(b, "gv[c] = y[c] > 0 ? y[c] : 0;");
            emit_line(b, "dg[c] = y[c] > 0 ? A[c] / n[c] : 0;");
            emit_line(b, "dn[c] = -gv[c] * A[c] / (n[c] * n[c]);");
            emit_line(b, "}");
            emit_line(b, "se3b_ln_bwd(%d, xh, inv, P + %ld, dg, dn, dP + %ld, dP + %ld);", C, go, go, go + C);
        } else {
            const long bo = IR_WEIGHT(g->p, "%s.bias.%d", L->name, l);
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

static void grad_selfint(grad_ctx *g, const ir_layer *il)
{
    const layer *L = il->L;
    emit_buf *b = g->b;
    const int id = fibre_dim(&L->in), od = fibre_dim(&L->out);
    grad_head(g, L);
    emit_line(b, "const int32_t rows = %s;", L->per_graph ? "io->n_graphs" : "io->n_nodes");
    emit_line(b, "for (int32_t i = 0; i < rows; i++) {");
    emit_line(b, "double f[%d];", id);
    emit_line(b, "for (int t = 0; t < %d; t++)", id);
    emit_line(b, "    f[t] = in[(int64_t)i * %d + t];", id);
    emit_line(b, "const double *go = dout + (int64_t)i * %d;", od);
    emit_line(b, "double *df = din + (int64_t)i * %d;", id);
    if (L->si == SI_LINEAR)
        grad_per_degree(g, arena_printf(&g->tmp, "%s.w", L->name), &L->out, &L->in, "f", "go", "df");
    else
        grad_attentive(g, arena_printf(&g->tmp, "%s.asi", L->name), &L->out, &L->in, "f", "go", "df", "return -1;");
    if (L->bias) {
        emit_line(b, "for (int c = 0; c < %d; c++)", L->out.c[0]);
        emit_line(b, "    dP[%ld + c] += go[c];", IR_WEIGHT(g->p, "%s.b", L->name));
    }
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

static void grad_pool(grad_ctx *g, const ir_layer *il)
{
    const layer *L = il->L;
    emit_buf *b = g->b;
    const int dim = fibre_dim(&L->in);
    grad_head(g, L);
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

static void grad_mlp(grad_ctx *g, const ir_layer *il)
{
    const layer *L = il->L;
    emit_buf *b = g->b;
    int maxw = L->in.c[0] > L->out.c[0] ? L->in.c[0] : L->out.c[0];
    for (int i = 0; i < L->mlp_n; i++)
        if (L->mlp_hidden[i] > maxw)
            maxw = L->mlp_hidden[i];
    const int nl = L->mlp_n + 1;
    grad_head(g, L);
    emit_line(b, "const int32_t rows = %s;", L->per_graph ? "io->n_graphs" : "io->n_nodes");
    emit_line(b, "for (int32_t i = 0; i < rows; i++) {");
    emit_line(b, "double h[%d][%d], dh[%d], dn[%d];  /* h[q]: input of linear q (after ReLU) */", nl, maxw, maxw, maxw);
    emit_line(b, "for (int t = 0; t < %d; t++)", L->in.c[0]);
    emit_line(b, "    h[0][t] = in[(int64_t)i * %d + t];", L->in.c[0]);
    int in = L->in.c[0];
    long offs[SE3_MAX_MLP + 1];
    int ins[SE3_MAX_MLP + 1], outs[SE3_MAX_MLP + 1];
    for (int q = 0; q < nl; q++) {
        offs[q] = IR_WEIGHT(g->p, "%s.lin%d.w", L->name, q);
        ins[q] = in;
        outs[q] = q < L->mlp_n ? L->mlp_hidden[q] : L->out.c[0];
        if (q < L->mlp_n) {
            emit_line(b, "for (int o = 0; o < %d; o++) {  /* %s.lin%d, ReLU */", outs[q], L->name, q);
            emit_line(b, "double s = P[%ld + o];", offs[q] + (long)in * outs[q]);
            emit_line(b, "for (int t = 0; t < %d; t++)", in);
            emit_line(b, "    s += P[%ld + o * %d + t] * h[%d][t];", offs[q], in, q);
            emit_line(b, "h[%d][o] = s > 0 ? s : 0;", q + 1);
            emit_line(b, "}");
        }
        in = outs[q];
    }
    emit_line(b, "for (int t = 0; t < %d; t++)", L->out.c[0]);
    emit_line(b, "    dh[t] = dout[(int64_t)i * %d + t];", L->out.c[0]);
    for (int q = nl - 1; q >= 0; q--) {
        emit_line(b, "for (int t = 0; t < %d; t++)  /* %s.lin%d */", ins[q], L->name, q);
        emit_line(b, "    dn[t] = 0;");
        emit_line(b, "for (int o = 0; o < %d; o++) {", outs[q]);
        if (q < nl - 1)
            emit_line(b, "const double d = h[%d][o] > 0 ? dh[o] : 0;", q + 1);
        else
            emit_line(b, "const double d = dh[o];");
        emit_line(b, "dP[%ld + o] += d;", offs[q] + (long)ins[q] * outs[q]);
        emit_line(b, "for (int t = 0; t < %d; t++) {", ins[q]);
        emit_line(b, "dP[%ld + o * %d + t] += d * h[%d][t];", offs[q], ins[q], q);
        emit_line(b, "dn[t] += P[%ld + o * %d + t] * d;", offs[q], ins[q]);
        emit_line(b, "}");
        emit_line(b, "}");
        emit_line(b, "for (int t = 0; t < %d; t++)", ins[q]);
        emit_line(b, "    dh[t] = dn[t];");
    }
    emit_line(b, "for (int t = 0; t < %d; t++)", L->in.c[0]);
    emit_line(b, "    din[(int64_t)i * %d + t] += dh[t];", L->in.c[0]);
    emit_line(b, "}");
    emit_line(b, "return 0;");
    emit_line(b, "}");
    emit_raw(b, "\n");
}

/* ---- entry points ----------------------------------------------------------------------------- */

static void grad_entry(grad_ctx *g)
{
    emit_buf *b = g->b;
    const model *m = g->m;
    const char *n = m->name;
    emit_line(b, "/* Backward entry points (docs/training.md). Layer i's input rows are nodes, or graphs");
    emit_line(b, " * after a pool; `in` and `out` at the model's precision, gradients always double. */");
    emit_line(b, "int se3m_%s_grad_abi(void) { return 1; }", n);
    emit_raw(b, "\n");
    emit_line(b, "void se3m_%s_layer_shape(int32_t i, int32_t *in_dim, int32_t *out_dim, int32_t *in_per_graph, int32_t *out_per_graph)", n);
    emit_line(b, "{");
    emit_line(b, "static const int32_t s[%d][4] = {", m->nlayers);
    for (int i = 0; i < m->nlayers; i++) {
        const layer *L = &m->layers[i];
        int out_graph = L->per_graph || L->kind == LAYER_POOL;
        emit_line(b, "    { %d, %d, %d, %d },  /* %s */", fibre_dim(&L->in), fibre_dim(&L->out), L->per_graph, out_graph,
                  L->name);
    }
    emit_line(b, "};");
    emit_line(b, "*in_dim = s[i][0], *out_dim = s[i][1], *in_per_graph = s[i][2], *out_per_graph = s[i][3];");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "int se3m_%s_layer_into(int32_t i, const se3m_io *io, const void *in, void *out)", n);
    emit_line(b, "{");
    emit_line(b, "switch (i) {");
    for (int i = 0; i < m->nlayers; i++)
        emit_line(b, "case %d: se3_%s_forward(io, (const se3_real *)in, (se3_real *)out); return 0;", i, m->layers[i].name);
    emit_line(b, "}");
    emit_line(b, "return -1;");
    emit_line(b, "}");
    emit_raw(b, "\n");
    emit_line(b, "int se3m_%s_layer_backward(int32_t i, const se3m_io *io, const void *in, const double *dout, double *din,",
              n);
    emit_line(b, "double *dparams, double *dpos, double *dnode_in)");
    emit_line(b, "{");
    emit_line(b, "switch (i) {");
    for (int i = 0; i < m->nlayers; i++)
        emit_line(b, "case %d: return se3b_%s_backward(io, (const se3_real *)in, dout, din, dparams, dpos, dnode_in);", i,
                  m->layers[i].name);
    emit_line(b, "}");
    emit_line(b, "return -1;");
    emit_line(b, "}");
}

void emit_c_grad(const ir *p, emit_buf *b)
{
    grad_ctx g = { .p = p, .m = p->m, .b = b };
    emit_check_idents(p->m);
    grad_helpers(&g);
    if (p->lmax_sh >= 0)
        grad_sh(&g, p->lmax_sh);
    for (int i = 0; i < p->nlayers; i++) {
        const ir_layer *il = &p->layers[i];
        switch (il->L->kind) {
        case LAYER_ATTENTION:
            grad_edge_function(&g, il);
            grad_attention(&g, il);
            break;
        case LAYER_CONV:
            grad_edge_function(&g, il);
            grad_conv(&g, il);
            break;
        case LAYER_NORM: grad_norm(&g, il); break;
        case LAYER_SELFINT: grad_selfint(&g, il); break;
        case LAYER_POOL: grad_pool(&g, il); break;
        case LAYER_MLP: grad_mlp(&g, il); break;
        }
    }
    grad_entry(&g);
    arena_free(&g.tmp);
}
