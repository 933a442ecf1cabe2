/* reference.c - the naive reference forward pass (see reference.h): every layer of
 * docs/semantics.md as plain loops over dense coupling tensors from coupling_real(), in double,
 * weights found by name in the IR's table. Deliberately independent of the emitters: no
 * sparsity, no fusion, a two-pass softmax. Also the documented weight initialisation. */
#include "reference.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coupling.h"
#include "sph.h"

/* Readings of docs/semantics.md where it leaves room (the emitters must agree):
 * - Every LN (radial nets, norm kind=layer, attentive SI over the C_in^2 Gram entries) uses
 *   eps 1e-5 and the biased variance; an LN over one value gives its bias.
 * - An edge shorter than 1e-12 gets Y_0 = 1/sqrt(4 pi), Y_J>0 = 0, but its radial input is the
 *   true (tiny) r and relpos is the true x_ij.
 * - Edge products read the model's input vector (node_in), never a layer's features; the first
 *   layer's features are node_in without the channels of the edge inputs (`edge input`); relpos
 *   fields are appended after the sender's own degree-1 channels, one identical channel each.
 * - Queries use the node features f_i only (no edge fields). Softmax subtracts the maximum
 *   (mathematically the plain softmax). A node without incoming edges gets a_i = 0; the skip
 *   and the self-interaction still apply to it (so its output is SI(mid) with a_i = 0).
 * - conv mean divides the message sum only; the self-term is added after.
 * - selfint bias=true adds `.b` to degree 0 for both kinds (lower.c emits it for both).
 * - pool over a graph with no nodes gives 0; nodes outside every graph range are ignored.
 * - Parameters stay double: an f32 run rounds them when it stores them. */
#define REF_LN_EPS 1e-5        /* LayerNorm: (x - mu) / sqrt(var + eps) */
#define REF_R_MIN 1e-12        /* shorter edges have no direction: Y_0 only */
#define REF_NORM_EPS2 1e-16    /* norm layer: n = sqrt(max(|f|^2, eps^2)), eps = 1e-8 */
#define REF_LEAK 0.01          /* LeakyReLU slope of the attentive self-interaction */
#define REF_NSH SPH_COUNT(2 * SE3_LMAX)

/* Everything one forward pass needs, plus the coupling tensors computed on first use. */
typedef struct ref_ctx {
    const ir *p;
    const double *params;
    const ref_graph *g;
    const double *node_in;
    double *cg[SE3_LMAX + 1][SE3_LMAX + 1][2 * SE3_LMAX + 1]; /* [l][k][J] */
} ref_ctx;

/* One edge j -> i with everything the messages need. */
typedef struct ref_edge {
    double x[3];               /* x_j - x_i, Cartesian */
    double r;
    double Y[REF_NSH];         /* Y_J(u) at Y[J*J + c] */
    double *h0;                /* radial input [edge scalars..., r] */
    double *s;                 /* sender features s_j, layout of layer.send */
} ref_edge;

/* ---- small helpers ----------------------------------------------------------------------- */

/* Offset of degree l in a feature vector of fibre f. */
static int ref_off(const fibre *f, int l)
{
    int o = 0;
    for (int i = 0; i < l; i++)
        o += f->c[i] * (2 * i + 1);
    return o;
}

static void *ref_calloc(size_t n, size_t size)
{
    void *q = calloc(n ? n : 1, size);
    if (!q) {
        fprintf(stderr, "reference: out of memory\n");
        abort();
    }
    return q;
}

/* printf into a string of its own length (malloc; free it). */
static char *ref_vstrf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *s = ref_calloc((size_t)(n < 0 ? 0 : n) + 1, 1);
    if (n > 0)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static char *ref_strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *ref_strf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = ref_vstrf(fmt, ap);
    va_end(ap);
    return s;
}

/* The weight named by the printf-style format, checked to hold `size` values; NULL (with a
 * message on stderr) when the table has no such weight. */
static const double *ref_weight(ref_ctx *cx, long size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static const double *ref_weight(ref_ctx *cx, long size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *name = ref_vstrf(fmt, ap);
    va_end(ap);
    const ir_weight *wt = ir_weight_named(cx->p, name);
    const double *w = NULL;
    if (!wt)
        fprintf(stderr, "reference: no weight named %s\n", name);
    else if (wt->size != size)
        fprintf(stderr, "reference: weight %s has %ld values, expected %ld\n", name, wt->size, size);
    else
        w = cx->params + wt->offset;
    free(name);
    return w;
}

/* Dense C^{lk}_J, computed by coupling_real() the first time it is needed. */
static const double *ref_cg(ref_ctx *cx, int l, int k, int J)
{
    if (!cx->cg[l][k][J]) {
        cx->cg[l][k][J] = ref_calloc((size_t)COUPLING_SIZE(l, k, J), sizeof(double));
        if (coupling_real(l, k, J, cx->cg[l][k][J]) != 0) {
            fprintf(stderr, "reference: coupling_real(%d, %d, %d) failed\n", l, k, J);
            abort();
        }
    }
    return cx->cg[l][k][J];
}

/* LayerNorm over n values with the biased variance: y = (x - mu) / sqrt(var + 1e-5) g + b.
 * y may alias x. */
static void ref_layernorm(int n, const double *x, const double *g, const double *b, double *y)
{
    double mu = 0.0, var = 0.0;
    for (int i = 0; i < n; i++)
        mu += x[i];
    mu /= n;
    for (int i = 0; i < n; i++)
        var += (x[i] - mu) * (x[i] - mu);
    var /= n;
    double inv = 1.0 / sqrt(var + REF_LN_EPS);
    for (int i = 0; i < n; i++)
        y[i] = (x[i] - mu) * inv * g[i] + b[i];
}

/* y = W x + b with W [out, in] row-major; b may be NULL. */
static void ref_linear(int out, int in, const double *W, const double *b, const double *x, double *y)
{
    for (int o = 0; o < out; o++) {
        double s = 0.0;
        for (int i = 0; i < in; i++)
            s += W[(long)o * in + i] * x[i];
        y[o] = s + (b ? b[o] : 0.0);
    }
}

/* y[co][m] (+)= sum_ci W[co][ci] x[ci][m] for one degree with n = 2l+1 components. */
static void ref_mix(int cout, int cin, int n, const double *W, const double *x, double *y, int add)
{
    for (int co = 0; co < cout; co++)
        for (int m = 0; m < n; m++) {
            double s = 0.0;
            for (int ci = 0; ci < cin; ci++)
                s += W[(long)co * cin + ci] * x[ci * n + m];
            y[co * n + m] = (add ? y[co * n + m] : 0.0) + s;
        }
}

/* ---- radial nets and TFN messages ----------------------------------------------------------- */

/* phi = radial net of `rd` (layer L) at input h0 (rd->nin values): depth x
 * [Linear -> LayerNorm -> ReLU], then the output Linear (nfreq * cin * cout values). */
static int ref_radial(ref_ctx *cx, const layer *L, const ir_radial *rd, const double *h0, double *phi)
{
    char *pre = ref_strf("%s.%c.%d_%d", L->name, rd->role, rd->k, rd->l);
    int cap = rd->width > rd->nin ? rd->width : rd->nin;
    double *h = ref_calloc((size_t)cap, sizeof *h), *t = ref_calloc((size_t)cap, sizeof *t);
    memcpy(h, h0, (size_t)rd->nin * sizeof *h);
    int in = rd->nin, rc = -1;
    for (int d = 0; d < rd->depth; d++) {
        const double *W = ref_weight(cx, (long)rd->width * in, "%s.lin%d.w", pre, d);
        const double *b = ref_weight(cx, rd->width, "%s.lin%d.b", pre, d);
        const double *g = ref_weight(cx, rd->width, "%s.ln%d.g", pre, d);
        const double *bb = ref_weight(cx, rd->width, "%s.ln%d.b", pre, d);
        if (!W || !b || !g || !bb)
            goto done;
        ref_linear(rd->width, in, W, b, h, t);
        ref_layernorm(rd->width, t, g, bb, t);
        for (int i = 0; i < rd->width; i++)
            h[i] = t[i] > 0.0 ? t[i] : 0.0;
        in = rd->width;
    }
    int nout = rd->nfreq * rd->cin * rd->cout;
    const double *W = ref_weight(cx, (long)nout * in, "%s.out.w", pre);
    const double *b = ref_weight(cx, nout, "%s.out.b", pre);
    if (!W || !b)
        goto done;
    ref_linear(nout, in, W, b, h, phi);
    rc = 0;
done:
    free(h);
    free(t);
    free(pre);
    return rc;
}

/* Geometry, radial input and sender features of edge e = (j -> i) for a layer whose input
 * features are `f` (n_nodes rows of fibre L->in). */
static void ref_edge_setup(ref_ctx *cx, const layer *L, const double *f, int i, int j, long e, ref_edge *E)
{
    const model *m = cx->p->m;
    const ref_graph *g = cx->g;
    for (int d = 0; d < 3; d++)
        E->x[d] = g->pos[3 * j + d] - g->pos[3 * i + d];
    E->r = sqrt(E->x[0] * E->x[0] + E->x[1] * E->x[1] + E->x[2] * E->x[2]);

    /* Harmonics; an edge shorter than 1e-12 has no direction and carries Y_0 only. */
    memset(E->Y, 0, sizeof E->Y);
    if (E->r < REF_R_MIN)
        E->Y[0] = 1.0 / sqrt(4.0 * 3.14159265358979323846);
    else
        sph_eval(2 * SE3_LMAX, E->x, E->Y);

    /* Edge scalars in declaration order, then the distance. */
    const int din = fibre_dim(&m->in);
    int n = 0;
    for (int q = 0; q < m->nedges; q++) {
        const edge_field *ef = &m->edges[q];
        if (ef->kind == EDGE_PRODUCT) {
            /* Degree 0 comes first in a node vector, so a degree-0 field's channels start at the
             * sum of the degree-0 channels of the inputs declared before it. */
            int oa = 0, ob = 0;
            for (int t = 0; t < ef->a; t++)
                oa += m->inputs[t].f.c[0];
            for (int t = 0; t < ef->b; t++)
                ob += m->inputs[t].f.c[0];
            for (int c = 0; c < ef->f.c[0]; c++)
                E->h0[n++] = cx->node_in[(long)i * din + oa + c] * cx->node_in[(long)j * din + ob + c];
        } else if (ef->kind == EDGE_BONDS) {
            for (int c = 0; c < 4; c++)
                E->h0[n++] = g->edge_attr[4 * e + c];
        }
    }
    E->h0[n] = E->r;

    /* Sender features: per degree f_j, then the degree-1 edge fields (relpos = x_ij in the
     * internal basis (y, z, x), not normalised). */
    for (int l = 0; l <= SE3_LMAX; l++) {
        int nl = 2 * l + 1, so = ref_off(&L->send, l), fo = ref_off(&L->in, l);
        for (int c = 0; c < L->in.c[l]; c++)
            for (int a = 0; a < nl; a++)
                E->s[so + c * nl + a] = f[(long)j * fibre_dim(&L->in) + fo + c * nl + a];
        for (int c = L->in.c[l]; c < L->send.c[l]; c++) {
            /* only degree 1 has edge fields: relpos */
            E->s[so + c * nl + 0] = E->x[1];
            E->s[so + c * nl + 1] = E->x[2];
            E->s[so + c * nl + 2] = E->x[0];
        }
        if (l == 1 && L->xij_add) {
            /* xij=add: x_i - x_j = -x_ij added to the sender's first degree-1 channel */
            E->s[so + 0] -= E->x[1];
            E->s[so + 1] -= E->x[2];
            E->s[so + 2] -= E->x[0];
        }
    }
}

/* The smooth cut-off u(r) of the model's radial(envelope=...), 1 without one: the polynomial
 * p-envelope 1 - (p+1)(p+2)/2 x^p + p(p+2) x^(p+1) - p(p+1)/2 x^(p+2) or (cos(pi x) + 1) / 2,
 * x = r / r_c, and 0 from x = 1 on. Written out term by term, independently of the emitters. */
static double ref_envelope(const model *m, double r)
{
    if (m->envelope == ENV_NONE)
        return 1.0;
    double x = r / m->env_cutoff;
    if (x >= 1.0)
        return 0.0;
    if (m->envelope == ENV_COSINE)
        return 0.5 * (cos(3.14159265358979323846 * x) + 1.0);
    double p = m->env_p;
    return 1.0 - (p + 1.0) * (p + 2.0) / 2.0 * pow(x, p) + p * (p + 2.0) * pow(x, p + 1.0) -
           p * (p + 1.0) / 2.0 * pow(x, p + 2.0);
}

/* msg (fibre `to`, accumulated) += the TFN message of edge E for the radial nets of `role`:
 * m[l][co][a] = sum_k sum_f sum_ci phi[(co cin + ci) F + f] sum_b W_J[a][b] s[k][ci][b],
 * W_J[a][b] = sum_c C^{lk}_J[a][b][c] Y_J,c(u), J = |k - l| + f. */
static int ref_message(ref_ctx *cx, const ir_layer *il, char role, const fibre *to, const ref_edge *E,
                       double *msg)
{
    const layer *L = il->L;
    for (int r = 0; r < il->nradials; r++) {
        const ir_radial *rd = &il->radials[r];
        if (rd->role != role)
            continue;
        int k = rd->k, l = rd->l, nk = 2 * k + 1, nl = 2 * l + 1, F = rd->nfreq;
        int cin = L->send.c[k], cout = to->c[l];
        if (rd->cin != cin || rd->cout != cout || F != 2 * (k < l ? k : l) + 1)
            return -1;
        double *phi = ref_calloc((size_t)F * cin * cout, sizeof *phi);
        if (ref_radial(cx, L, rd, E->h0, phi) != 0) {
            free(phi);
            return -1;
        }
        const double u = ref_envelope(cx->p->m, E->r);   /* the envelope scales the net's outputs */
        for (long t = 0; t < (long)F * cin * cout; t++)
            phi[t] *= u;
        int so = ref_off(&L->send, k), mo = ref_off(to, l);
        double W[(2 * SE3_LMAX + 1) * (2 * SE3_LMAX + 1)];
        for (int f = 0; f < F; f++) {
            int J = abs(k - l) + f, nJ = 2 * J + 1;
            const double *C = ref_cg(cx, l, k, J);
            for (int a = 0; a < nl; a++)
                for (int b = 0; b < nk; b++) {
                    double w = 0.0;
                    for (int c = 0; c < nJ; c++)
                        w += C[(a * nk + b) * nJ + c] * E->Y[J * J + c];
                    W[a * nk + b] = w;
                }
            for (int co = 0; co < cout; co++)
                for (int ci = 0; ci < cin; ci++) {
                    double coef = phi[((long)co * cin + ci) * F + f];
                    for (int a = 0; a < nl; a++) {
                        double t = 0.0;
                        for (int b = 0; b < nk; b++)
                            t += W[a * nk + b] * E->s[so + ci * nk + b];
                        msg[mo + co * nl + a] += coef * t;
                    }
                }
        }
        free(phi);
    }
    return 0;
}

/* ---- self-interactions -------------------------------------------------------------------- */

/* Linear self-interaction of one row: y[l] = W_l x[l] (weights PREFIX.l, [C_out, C_in]) for
 * every degree of `out`; a degree of `out` missing from `in` stays 0. */
static int ref_si_linear(ref_ctx *cx, const char *prefix, const fibre *out, const fibre *in,
                         const double *x, double *y)
{
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!out->c[l])
            continue;
        int nl = 2 * l + 1;
        if (!in->c[l]) {
            memset(y + ref_off(out, l), 0, (size_t)out->c[l] * nl * sizeof *y);
            continue;
        }
        const double *W = ref_weight(cx, (long)out->c[l] * in->c[l], "%s.%d", prefix, l);
        if (!W)
            return -1;
        ref_mix(out->c[l], in->c[l], nl, W, x + ref_off(in, l), y + ref_off(out, l), 0);
    }
    return 0;
}

/* Attentive self-interaction of one row (paper Eq. 13), per degree l of `out`:
 * G = Gram of the input channels, z = W LeakyReLU(LN(G)) + b, w = softmax over ci of
 * z[co C_in + ci], y[co] = sum_ci w[co][ci] x[ci]. Weights PREFIX.l.ln.g/.b, PREFIX.l.w/.b. */
static int ref_si_attentive(ref_ctx *cx, const char *prefix, const fibre *out, const fibre *in,
                            const double *x, double *y)
{
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!out->c[l])
            continue;
        int nl = 2 * l + 1, ci_n = in->c[l], co_n = out->c[l];
        double *yl = y + ref_off(out, l);
        if (!ci_n) {
            memset(yl, 0, (size_t)co_n * nl * sizeof *y);
            continue;
        }
        const double *xl = x + ref_off(in, l);
        int n = ci_n * ci_n;
        const double *g = ref_weight(cx, n, "%s.%d.ln.g", prefix, l);
        const double *b = ref_weight(cx, n, "%s.%d.ln.b", prefix, l);
        const double *W = ref_weight(cx, (long)co_n * ci_n * n, "%s.%d.w", prefix, l);
        const double *bw = ref_weight(cx, (long)co_n * ci_n, "%s.%d.b", prefix, l);
        if (!g || !b || !W || !bw)
            return -1;
        double *G = ref_calloc((size_t)n, sizeof *G);
        double *z = ref_calloc((size_t)co_n * ci_n, sizeof *z);
        for (int c = 0; c < ci_n; c++)
            for (int c2 = 0; c2 < ci_n; c2++) {
                double s = 0.0;
                for (int m = 0; m < nl; m++)
                    s += xl[c * nl + m] * xl[c2 * nl + m];
                G[c * ci_n + c2] = s;
            }
        ref_layernorm(n, G, g, b, G);
        for (int i = 0; i < n; i++)
            G[i] = G[i] > 0.0 ? G[i] : REF_LEAK * G[i];
        ref_linear(co_n * ci_n, n, W, bw, G, z);
        for (int co = 0; co < co_n; co++) {
            double *zr = z + (long)co * ci_n, mx = zr[0], sum = 0.0;
            for (int ci = 1; ci < ci_n; ci++)
                mx = zr[ci] > mx ? zr[ci] : mx;
            for (int ci = 0; ci < ci_n; ci++)
                sum += (zr[ci] = exp(zr[ci] - mx));
            for (int ci = 0; ci < ci_n; ci++)
                zr[ci] /= sum;
        }
        ref_mix(co_n, ci_n, nl, z, xl, yl, 0);
        free(G);
        free(z);
    }
    return 0;
}

/* ---- layers ----------------------------------------------------------------------------- */

/* conv: out_i[l] = AGG_j m_ij[l] + S_l f_i[l]. */
static int ref_conv(ref_ctx *cx, const ir_layer *il, const double *f, double *out)
{
    const layer *L = il->L;
    const ref_graph *g = cx->g;
    int din = fibre_dim(&L->in), dout = fibre_dim(&L->out), rc = 0;
    ref_edge E;
    E.h0 = ref_calloc((size_t)cx->p->m->n_edge_scalars + 1, sizeof(double));
    E.s = ref_calloc((size_t)fibre_dim(&L->send), sizeof(double));
    for (int i = 0; i < g->n_nodes && !rc; i++) {
        double *oi = out + (long)i * dout;
        memset(oi, 0, (size_t)dout * sizeof *oi);
        for (long e = g->row[i]; e < g->row[i + 1] && !rc; e++) {
            ref_edge_setup(cx, L, f, i, g->src[e], e, &E);
            rc = ref_message(cx, il, 'r', &L->out, &E, oi);
        }
        long cnt = g->row[i + 1] - g->row[i];
        if (L->agg == AGG_MEAN && cnt > 0)
            for (int d = 0; d < dout; d++)
                oi[d] /= (double)cnt;
        if (L->si == SI_LINEAR)
            for (int l = 0; l <= SE3_LMAX && !rc; l++) {
                if (!L->in.c[l] || !L->out.c[l])
                    continue;
                const double *S = ref_weight(cx, (long)L->out.c[l] * L->in.c[l], "%s.self.%d", L->name, l);
                if (!S) {
                    rc = -1;
                    break;
                }
                ref_mix(L->out.c[l], L->in.c[l], 2 * l + 1, S, f + (long)i * din + ref_off(&L->in, l),
                        oi + ref_off(&L->out, l), 1);
            }
    }
    free(E.h0);
    free(E.s);
    return rc;
}

/* attention: keys and values per incoming edge, queries per node, softmax per head over the
 * incoming edges (two passes), skip, then self-interaction to the output fibre. */
static int ref_attention(ref_ctx *cx, const ir_layer *il, const double *f, double *out)
{
    const layer *L = il->L;
    const ref_graph *g = cx->g;
    const fibre *kf = &L->key, *vf = &L->value, *mf = &L->mid;
    int din = fibre_dim(&L->in), dout = fibre_dim(&L->out);
    int kd = fibre_dim(kf), vd = fibre_dim(vf), md = fibre_dim(mf), H = L->heads, rc = 0;
    double scale = 1.0 / sqrt((double)kd); /* the total key size, not per head */
    ref_edge E;
    E.h0 = ref_calloc((size_t)cx->p->m->n_edge_scalars + 1, sizeof(double));
    E.s = ref_calloc((size_t)fibre_dim(&L->send), sizeof(double));
    double *q = ref_calloc((size_t)kd, sizeof *q), *a = ref_calloc((size_t)vd, sizeof *a);
    double *mid = ref_calloc((size_t)md, sizeof *mid);
    for (int i = 0; i < g->n_nodes && !rc; i++) {
        const double *fi = f + (long)i * din;
        long e0 = g->row[i], deg = g->row[i + 1] - e0;
        double *K = ref_calloc((size_t)deg * kd, sizeof *K), *V = ref_calloc((size_t)deg * vd, sizeof *V);
        double *alpha = ref_calloc((size_t)deg, sizeof *alpha), *uu = ref_calloc((size_t)deg + 1, sizeof *uu);
        for (long t = 0; t < deg && !rc; t++) {
            ref_edge_setup(cx, L, f, i, g->src[e0 + t], e0 + t, &E);
            uu[t] = ref_envelope(cx->p->m, E.r);
            rc = ref_message(cx, il, 'k', kf, &E, K + t * kd);
            if (!rc)
                rc = ref_message(cx, il, 'v', vf, &E, V + t * vd);
        }
        /* queries: q[l] = Q_l f_i[l] for the degrees of the key fibre */
        for (int l = 0; l <= SE3_LMAX && !rc; l++) {
            if (!kf->c[l])
                continue;
            const double *Q = ref_weight(cx, (long)kf->c[l] * L->in.c[l], "%s.q.%d", L->name, l);
            if (!Q) {
                rc = -1;
                break;
            }
            ref_mix(kf->c[l], L->in.c[l], 2 * l + 1, Q, fi + ref_off(&L->in, l), q + ref_off(kf, l), 0);
        }
        memset(a, 0, (size_t)vd * sizeof *a);
        for (int h = 0; h < H && !rc && deg > 0; h++) {
            double mx = -INFINITY, sum = 0.0;
            for (long t = 0; t < deg; t++) {
                double s = 0.0;
                for (int l = 0; l <= SE3_LMAX; l++) {
                    int C = kf->c[l], nl = 2 * l + 1, o = ref_off(kf, l);
                    for (int c = 0; c < C; c++) {
                        if (c / (C / H) != h)
                            continue;
                        for (int mm = 0; mm < nl; mm++)
                            s += q[o + c * nl + mm] * K[t * kd + o + c * nl + mm];
                    }
                }
                alpha[t] = s * scale;
                if (uu[t] > 0.0)
                    mx = alpha[t] > mx ? alpha[t] : mx;
            }
            /* weights u_t exp(z_t) / sum (u = 1 without an envelope): an edge enters smoothly */
            for (long t = 0; t < deg; t++)
                sum += (alpha[t] = uu[t] > 0.0 ? uu[t] * exp(alpha[t] - mx) : 0.0);
            for (long t = 0; t < deg; t++)
                alpha[t] = sum > 0.0 ? alpha[t] / sum : 0.0;
            for (int l = 0; l <= SE3_LMAX; l++) {
                int C = vf->c[l], nl = 2 * l + 1, o = ref_off(vf, l);
                for (int c = 0; c < C; c++) {
                    if (c / (C / H) != h)
                        continue;
                    for (int mm = 0; mm < nl; mm++)
                        for (long t = 0; t < deg; t++)
                            a[o + c * nl + mm] += alpha[t] * V[t * vd + o + c * nl + mm];
                }
            }
        }
        free(K);
        free(V);
        free(alpha);
        free(uu);
        if (rc)
            break;
        /* skip connection into the mid fibre */
        for (int l = 0; l <= SE3_LMAX; l++) {
            if (!mf->c[l])
                continue;
            int nl = 2 * l + 1, cv = vf->c[l], ci = L->in.c[l];
            double *ml = mid + ref_off(mf, l);
            const double *al = a + ref_off(vf, l), *xl = fi + ref_off(&L->in, l);
            memset(ml, 0, (size_t)mf->c[l] * nl * sizeof *ml);
            memcpy(ml, al, (size_t)cv * nl * sizeof *ml);
            if (L->skip == SKIP_CAT && ci)
                memcpy(ml + cv * nl, xl, (size_t)ci * nl * sizeof *ml);
            else if (L->skip == SKIP_SUM && ci)
                for (int d = 0; d < cv * nl; d++)
                    ml[d] += xl[d];
        }
        char *pre = ref_strf(L->si == SI_LINEAR ? "%s.si" : "%s.asi", L->name);
        if (L->si == SI_LINEAR)
            rc = ref_si_linear(cx, pre, &L->out, mf, mid, out + (long)i * dout);
        else
            rc = ref_si_attentive(cx, pre, &L->out, mf, mid, out + (long)i * dout);
        free(pre);
    }
    free(E.h0);
    free(E.s);
    free(q);
    free(a);
    free(mid);
    return rc;
}

/* norm: out[c] = g_c f[c] / n_c, n_c = sqrt(max(|f[c]|^2, 1e-16)), g = ReLU(LN(n)) or
 * ReLU(n + bias), per degree over its channels. */
static int ref_norm(ref_ctx *cx, const layer *L, int rows, const double *f, double *out)
{
    int d = fibre_dim(&L->in);
    for (int l = 0; l <= SE3_LMAX; l++) {
        int C = L->in.c[l], nl = 2 * l + 1, o = ref_off(&L->in, l);
        if (!C)
            continue;
        const double *g = NULL, *b = NULL;
        if (L->norm == NORM_LAYER) {
            g = ref_weight(cx, C, "%s.ln.%d.g", L->name, l);
            b = ref_weight(cx, C, "%s.ln.%d.b", L->name, l);
            if (!g || !b)
                return -1;
        } else if (!(b = ref_weight(cx, C, "%s.bias.%d", L->name, l))) {
            return -1;
        }
        double *n = ref_calloc((size_t)C, sizeof *n), *gain = ref_calloc((size_t)C, sizeof *gain);
        for (int r = 0; r < rows; r++) {
            const double *x = f + (long)r * d + o;
            double *y = out + (long)r * d + o;
            for (int c = 0; c < C; c++) {
                double s = 0.0;
                for (int m = 0; m < nl; m++)
                    s += x[c * nl + m] * x[c * nl + m];
                n[c] = sqrt(s > REF_NORM_EPS2 ? s : REF_NORM_EPS2);
            }
            if (L->norm == NORM_LAYER)
                ref_layernorm(C, n, g, b, gain);
            else
                for (int c = 0; c < C; c++)
                    gain[c] = n[c] + b[c];
            for (int c = 0; c < C; c++) {
                double gc = gain[c] > 0.0 ? gain[c] : 0.0;
                for (int m = 0; m < nl; m++)
                    y[c * nl + m] = gc * x[c * nl + m] / n[c];
            }
        }
        free(n);
        free(gain);
    }
    return 0;
}

/* selfint: linear or attentive self-interaction per row, plus `.b` on degree 0. */
static int ref_selfint(ref_ctx *cx, const layer *L, int rows, const double *f, double *out)
{
    int din = fibre_dim(&L->in), dout = fibre_dim(&L->out);
    const double *b = NULL;
    if (L->bias && !(b = ref_weight(cx, L->out.c[0], "%s.b", L->name)))
        return -1;
    char *pre = ref_strf(L->si == SI_LINEAR ? "%s.w" : "%s.asi", L->name);
    int rc = 0;
    for (int r = 0; r < rows && !rc; r++) {
        const double *x = f + (long)r * din;
        double *y = out + (long)r * dout;
        rc = L->si == SI_LINEAR ? ref_si_linear(cx, pre, &L->out, &L->in, x, y)
                                : ref_si_attentive(cx, pre, &L->out, &L->in, x, y);
        if (!rc && b)
            for (int c = 0; c < L->out.c[0]; c++)
                y[c] += b[c];   /* degree 0 starts the vector */
    }
    free(pre);
    return rc;
}

/* pool: per graph, max of each degree-0 channel, or mean or sum of every component over its nodes
 * (an empty graph gives 0). */
static void ref_pool(ref_ctx *cx, const layer *L, const double *f, double *out)
{
    const ref_graph *g = cx->g;
    int d = fibre_dim(&L->in);
    for (int gi = 0; gi < g->n_graphs; gi++) {
        int n0 = g->graph_ptr[gi], n1 = g->graph_ptr[gi + 1];
        double *y = out + (long)gi * d;
        for (int c = 0; c < d; c++) {
            double acc = 0.0;
            for (int v = n0; v < n1; v++) {
                double x = f[(long)v * d + c];
                if (L->pool == POOL_MAX)
                    acc = (v == n0 || x > acc) ? x : acc;
                else
                    acc += x;
            }
            y[c] = (L->pool == POOL_MEAN && n1 > n0) ? acc / (n1 - n0) : acc;
        }
    }
}

/* mlp: ReLU(W_i h + b_i) per hidden layer, then the last Linear without activation. */
static int ref_mlp(ref_ctx *cx, const layer *L, int rows, const double *f, double *out)
{
    int cap = L->in.c[0] > L->out.c[0] ? L->in.c[0] : L->out.c[0];
    for (int i = 0; i < L->mlp_n; i++)
        cap = L->mlp_hidden[i] > cap ? L->mlp_hidden[i] : cap;
    double *h = ref_calloc((size_t)cap, sizeof *h), *t = ref_calloc((size_t)cap, sizeof *t);
    int rc = 0;
    for (int r = 0; r < rows && !rc; r++) {
        int in = L->in.c[0];
        memcpy(h, f + (long)r * in, (size_t)in * sizeof *h);
        for (int i = 0; i <= L->mlp_n; i++) {
            int o = i < L->mlp_n ? L->mlp_hidden[i] : L->out.c[0];
            const double *W = ref_weight(cx, (long)o * in, "%s.lin%d.w", L->name, i);
            const double *b = ref_weight(cx, o, "%s.lin%d.b", L->name, i);
            if (!W || !b) {
                rc = -1;
                break;
            }
            ref_linear(o, in, W, b, h, t);
            for (int c = 0; c < o; c++)
                h[c] = (i < L->mlp_n && t[c] < 0.0) ? 0.0 : t[c];
            in = o;
        }
        if (!rc)
            memcpy(out + (long)r * L->out.c[0], h, (size_t)L->out.c[0] * sizeof *h);
    }
    free(h);
    free(t);
    return rc;
}

/* ---- forward ---------------------------------------------------------------------------- */

/* Is the graph usable by the model (CSR consistent, senders in range, node ranges)? */
static int ref_graph_ok(const model *m, const ref_graph *g)
{
    int needs_graph = 0, needs_ptr = 0;
    for (int i = 0; i < m->nlayers; i++) {
        needs_graph |= m->layers[i].kind == LAYER_ATTENTION || m->layers[i].kind == LAYER_CONV;
        needs_ptr |= m->layers[i].kind == LAYER_POOL;
    }
    if (g->n_nodes < 0)
        return 0;
    if (needs_graph) {
        if (!g->row || !g->pos || g->n_edges < 0 || (g->n_edges > 0 && !g->src) || g->row[0] != 0 ||
            g->row[g->n_nodes] != g->n_edges)
            return 0;
        for (int i = 0; i < g->n_nodes; i++)
            if (g->row[i + 1] < g->row[i])
                return 0;
        for (long e = 0; e < g->n_edges; e++)
            if (g->src[e] < 0 || g->src[e] >= g->n_nodes)
                return 0;
        for (int q = 0; q < m->nedges; q++)
            if (m->edges[q].kind == EDGE_BONDS && g->n_edges > 0 && !g->edge_attr)
                return 0;
    }
    if (needs_ptr) {
        if (g->n_graphs < 0 || !g->graph_ptr || g->graph_ptr[0] != 0 || g->graph_ptr[g->n_graphs] > g->n_nodes)
            return 0;
        for (int i = 0; i < g->n_graphs; i++)
            if (g->graph_ptr[i + 1] < g->graph_ptr[i])
                return 0;
    }
    return 1;
}

/* gate (e3nn's Gate): the first out.c[0] degree-0 channels through the activation, then channel
 * c of degree l >= 1 times the logistic sigmoid of its gate, the degree-0 input channel
 * out.c[0] + (channels of degrees 1 .. l-1) + c. */
static void ref_gate(const layer *L, int rows, const double *f, double *out)
{
    int din = fibre_dim(&L->in), dout = fibre_dim(&L->out);
    for (int r = 0; r < rows; r++) {
        const double *x = f + (long)r * din;
        double *y = out + (long)r * dout;
        for (int c = 0; c < L->out.c[0]; c++) {
            double v = x[c];
            y[c] = L->act == ACT_RELU ? (v > 0.0 ? v : 0.0) : L->act == ACT_TANH ? tanh(v) : v / (1.0 + exp(-v));
        }
        int gate = L->out.c[0];
        for (int l = 1; l <= SE3_LMAX; l++) {
            int nl = 2 * l + 1, oi = ref_off(&L->in, l), oo = ref_off(&L->out, l);
            for (int c = 0; c < L->out.c[l]; c++, gate++) {
                double sg = 1.0 / (1.0 + exp(-x[gate]));
                for (int m = 0; m < nl; m++)
                    y[oo + c * nl + m] = sg * x[oi + c * nl + m];
            }
        }
    }
}

/* The first layer's node features from the input rows: per degree, the channels of every input
 * except the edge inputs (`edge input`, read by edge products only), in input order. */
static double *ref_node_features(const model *m, int rows, const double *node_in)
{
    const int din = fibre_dim(&m->in), dout = fibre_dim(&m->feat);
    double *f = ref_calloc((size_t)rows * dout + 1, sizeof *f);
    for (int l = 0; l <= SE3_LMAX; l++) {
        int nl = 2 * l + 1, src = ref_off(&m->in, l), dst = ref_off(&m->feat, l);
        for (int u = 0; u < m->ninputs; u++) {
            int n = m->inputs[u].f.c[l] * nl;
            if (!m->inputs[u].edge_only) {
                for (int i = 0; i < rows; i++)
                    memcpy(f + (long)i * dout + dst, node_in + (long)i * din + src, (size_t)n * sizeof *f);
                dst += n;
            }
            src += n;
        }
    }
    return f;
}

int ref_forward(const ir *p, const double *params, const ref_graph *g, const double *node_in,
                double *out, double **layer_out)
{
    if (!p || !p->m || !g || !node_in || !out || (p->nparams > 0 && !params) || !ref_graph_ok(p->m, g))
        return -1;
    const model *m = p->m;
    ref_ctx cx = { .p = p, .params = params, .g = g, .node_in = node_in };
    int rows = g->n_nodes, dim = fibre_dim(&m->feat), rc = 0;
    double *cur = ref_node_features(m, rows, node_in);
    for (int li = 0; li < p->nlayers && !rc; li++) {
        const ir_layer *il = &p->layers[li];
        const layer *L = il->L;
        int orows = L->kind == LAYER_POOL ? g->n_graphs : rows, odim = fibre_dim(&L->out);
        double *nxt = ref_calloc((size_t)orows * odim, sizeof *nxt);
        switch (L->kind) {
        case LAYER_ATTENTION: rc = ref_attention(&cx, il, cur, nxt); break;
        case LAYER_CONV: rc = ref_conv(&cx, il, cur, nxt); break;
        case LAYER_NORM: rc = ref_norm(&cx, L, rows, cur, nxt); break;
        case LAYER_SELFINT: rc = ref_selfint(&cx, L, rows, cur, nxt); break;
        case LAYER_POOL: ref_pool(&cx, L, cur, nxt); break;
        case LAYER_MLP: rc = ref_mlp(&cx, L, rows, cur, nxt); break;
        case LAYER_GATE: ref_gate(L, rows, cur, nxt); break;
        }
        if (layer_out && layer_out[li])
            memcpy(layer_out[li], nxt, (size_t)orows * odim * sizeof *nxt);
        free(cur);
        cur = nxt;
        rows = orows;
        dim = odim;
    }
    if (!rc)
        memcpy(out, cur, (size_t)rows * dim * sizeof *cur);
    free(cur);
    for (int l = 0; l <= SE3_LMAX; l++)
        for (int k = 0; k <= SE3_LMAX; k++)
            for (int J = 0; J <= 2 * SE3_LMAX; J++)
                free(cx.cg[l][k][J]);
    return rc ? -1 : 0;
}

/* ---- initialisation ----------------------------------------------------------------------- */

unsigned long long ref_fnv1a64(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* splitmix64, written out here rather than borrowed, so the reference stays independent. */
static uint64_t ref_splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double ref_uniform01(uint64_t *state)
{
    return (double)(ref_splitmix64(state) >> 11) * (1.0 / 9007199254740992.0); /* 2^-53 */
}

void ref_init_params(const ir *p, unsigned long long seed, double *params)
{
    const double two_pi = 2.0 * 3.14159265358979323846;
    for (int w = 0; w < p->nweights; w++) {
        const ir_weight *wt = &p->weights[w];
        uint64_t st = (uint64_t)seed * 0x9E3779B97F4A7C15ULL ^ (uint64_t)ref_fnv1a64(wt->name);
        double *v = params + wt->offset;
        for (long i = 0; i < wt->size; i++) {
            switch (wt->init) {
            case IR_INIT_UNIFORM:
                v[i] = 2.0 * wt->scale * ref_uniform01(&st) - wt->scale;
                break;
            case IR_INIT_NORMAL: {
                double u1 = ref_uniform01(&st), u2 = ref_uniform01(&st);
                v[i] = wt->scale * sqrt(-2.0 * log(1.0 - u1)) * cos(two_pi * u2);
                break;
            }
            case IR_INIT_ONES: v[i] = 1.0; break;
            case IR_INIT_ZEROS: v[i] = 0.0; break;
            }
        }
    }
}
