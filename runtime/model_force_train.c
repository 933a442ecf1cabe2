/* model_force_train.c - the exact gradient of a loss on energies AND forces with respect to the
 * weights (docs/training.md, "Energies and forces").
 *
 * With F = -dE/dx, a force loss L_F(F) has dL_F/dθ = -Σ_i (dL_F/dF_i) · d²E/(dx_i dθ): a
 * mixed second derivative along one direction of the positions. It is computed forward over
 * reverse: the model's own generated C (forward and backward, what emit_c and emit_grad write
 * from the plan) is compiled a second time as C++ behind a small prelude that makes every real
 * a dual number a + b ε (ε² = 0): `double` and the model's reals become se3_dual, the lane
 * vectors of the edge blocks become arrays of duals with the same operators. Run with the
 * positions x + ε p (p = -dL/dF) and the energies' seed 1 + ε dL/dE, the backward's weight
 * gradient is G + ε (Σ_g dL/dE_g dE_g/dθ + Σ_i p_i · d²E/(dx_i dθ)), so its ε part is the whole
 * dL/dθ, exact to rounding (forward-mode arithmetic, no step). Kinks (ReLU, the norm clamp,
 * max) follow the real parts, as the first-order code does.
 *
 * Cost per frame: one energy-and-forces call (forward + backward) for F, then one forward +
 * backward in dual arithmetic (each operation on two doubles, on one thread without the SIMD
 * lanes of the plain code). */
#include <dlfcn.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "jit.h"
#include "model_impl.h"
#include "rt_where.h"

/* The dual-number prelude: fixed text (nothing from a spec, a path or the environment). It
 * includes the C headers generated code includes, so that theirs are no-ops inside the
 * extern "C" block below, then renames double. */
static const char dual_prelude[] =
    "/* se3tc: generated C compiled as C++ over dual numbers a + b eps (eps^2 = 0) for the force loss's\n"
    " * weight gradient (runtime/model_force_train.c). */\n"
    "#include <math.h>\n#include <stdint.h>\n#include <string.h>\n#include <stdlib.h>\n#include <stdio.h>\n"
    "struct se3_dual {\n"
    "    double v = 0, d = 0;\n"
    "    se3_dual() = default;\n"
    "    se3_dual(double x) : v(x), d(0) {}\n"
    "    se3_dual(double x, double y) : v(x), d(y) {}\n"
    "    se3_dual &operator+=(se3_dual b) { v += b.v; d += b.d; return *this; }\n"
    "    se3_dual &operator-=(se3_dual b) { v -= b.v; d -= b.d; return *this; }\n"
    "    se3_dual &operator*=(se3_dual b) { d = d * b.v + v * b.d; v *= b.v; return *this; }\n"
    "    se3_dual &operator/=(se3_dual b) { double q = v / b.v; d = (d - q * b.d) / b.v; v = q; return *this; }\n"
    "};\n"
    "static inline se3_dual operator+(se3_dual a, se3_dual b) { return se3_dual(a.v + b.v, a.d + b.d); }\n"
    "static inline se3_dual operator-(se3_dual a, se3_dual b) { return se3_dual(a.v - b.v, a.d - b.d); }\n"
    "static inline se3_dual operator-(se3_dual a) { return se3_dual(-a.v, -a.d); }\n"
    "static inline se3_dual operator+(se3_dual a) { return a; }\n"
    "static inline se3_dual operator*(se3_dual a, se3_dual b) { return se3_dual(a.v * b.v, a.d * b.v + a.v * b.d); }\n"
    "static inline se3_dual operator/(se3_dual a, se3_dual b) { double q = a.v / b.v; return se3_dual(q, (a.d - q * b.d) / b.v); }\n"
    "#define SE3_DCMP(op) static inline bool operator op(se3_dual a, se3_dual b) { return a.v op b.v; }\n"
    "SE3_DCMP(<) SE3_DCMP(>) SE3_DCMP(<=) SE3_DCMP(>=) SE3_DCMP(==) SE3_DCMP(!=)\n"
    "static inline se3_dual sqrt(se3_dual a) { double s = sqrt(a.v); return se3_dual(s, s > 0 ? a.d / (2 * s) : 0); }\n"
    "static inline se3_dual exp(se3_dual a) { double e = exp(a.v); return se3_dual(e, a.d * e); }\n"
    "static inline se3_dual log(se3_dual a) { return se3_dual(log(a.v), a.d / a.v); }\n"
    "static inline se3_dual tanh(se3_dual a) { double t = tanh(a.v); return se3_dual(t, a.d * (1 - t * t)); }\n"
    "static inline se3_dual cos(se3_dual a) { return se3_dual(cos(a.v), -a.d * sin(a.v)); }\n"
    "static inline se3_dual sin(se3_dual a) { return se3_dual(sin(a.v), a.d * cos(a.v)); }\n"
    "static inline se3_dual fabs(se3_dual a) { return a.v < 0 ? -a : a; }\n"
    "static inline se3_dual expm1(se3_dual a) { return se3_dual(expm1(a.v), a.d * exp(a.v)); }\n"
    "static inline se3_dual log1p(se3_dual a) { return se3_dual(log1p(a.v), a.d / (1 + a.v)); }\n"
    "static inline se3_dual pow(se3_dual a, se3_dual b)\n"
    "{ double p = pow(a.v, b.v); return se3_dual(p, (b.d != 0 ? p * b.d * log(a.v) : 0) +\n"
    "                                          (a.d != 0 ? b.v * pow(a.v, b.v - 1) * a.d : 0)); }\n"
    "static inline se3_dual fmin(se3_dual a, se3_dual b) { return b.v < a.v ? b : a; }\n"
    "static inline se3_dual fmax(se3_dual a, se3_dual b) { return b.v > a.v ? b : a; }\n"
    "template <class T> struct se3_id { typedef T type; };\n"
    "template <class T, int N> struct se3_vec {\n"
    "    T a[N] = {};\n"
    "    T &operator[](int i) { return a[i]; }\n"
    "    const T &operator[](int i) const { return a[i]; }\n"
    "    se3_vec &operator+=(const se3_vec &b) { for (int i = 0; i < N; i++) a[i] += b.a[i]; return *this; }\n"
    "    se3_vec &operator-=(const se3_vec &b) { for (int i = 0; i < N; i++) a[i] -= b.a[i]; return *this; }\n"
    "    se3_vec &operator*=(const se3_vec &b) { for (int i = 0; i < N; i++) a[i] *= b.a[i]; return *this; }\n"
    "    se3_vec &operator/=(const se3_vec &b) { for (int i = 0; i < N; i++) a[i] /= b.a[i]; return *this; }\n"
    "    se3_vec &operator+=(T b) { for (int i = 0; i < N; i++) a[i] += b; return *this; }\n"
    "    se3_vec &operator-=(T b) { for (int i = 0; i < N; i++) a[i] -= b; return *this; }\n"
    "    se3_vec &operator*=(T b) { for (int i = 0; i < N; i++) a[i] *= b; return *this; }\n"
    "    se3_vec &operator/=(T b) { for (int i = 0; i < N; i++) a[i] /= b; return *this; }\n"
    "};\n"
    "#define SE3_VOP(op) \\\n"
    "    template <class T, int N> static inline se3_vec<T, N> operator op(const se3_vec<T, N> &x, const se3_vec<T, N> &y) \\\n"
    "    { se3_vec<T, N> r; for (int i = 0; i < N; i++) r.a[i] = x.a[i] op y.a[i]; return r; } \\\n"
    "    template <class T, int N> static inline se3_vec<T, N> operator op(const se3_vec<T, N> &x, typename se3_id<T>::type y) \\\n"
    "    { se3_vec<T, N> r; for (int i = 0; i < N; i++) r.a[i] = x.a[i] op y; return r; } \\\n"
    "    template <class T, int N> static inline se3_vec<T, N> operator op(typename se3_id<T>::type y, const se3_vec<T, N> &x) \\\n"
    "    { se3_vec<T, N> r; for (int i = 0; i < N; i++) r.a[i] = y op x.a[i]; return r; }\n"
    "SE3_VOP(+) SE3_VOP(-) SE3_VOP(*) SE3_VOP(/)\n"
    "template <class T, int N> static inline se3_vec<T, N> operator-(const se3_vec<T, N> &x)\n"
    "{ se3_vec<T, N> r; for (int i = 0; i < N; i++) r.a[i] = -x.a[i]; return r; }\n"
    "#define SE3_VEC(T, n) se3_vec<T, n>\n"
    "#define __builtin_convertvector(x, T) (x)\n"
    "#define restrict __restrict\n"
    "#define double se3_dual\n"
    "extern \"C\" {\n";

/* The loaded dual code: the entry points of the generated C, over se3_dual. */
typedef struct rt_dual {
    rt_jit jit;
    int  (*layer_into)(int32_t, const se3m_io *, const void *, void *, void *);
    int  (*layer_backward)(int32_t, const se3m_io *, const void *, const void *, void *, void *, void *, void *,
                           const void *);
    int64_t (*layer_keep_bytes)(int32_t, const se3m_io *);   /* in dual numbers: 16 bytes a real */
    char cmd[1024];
} rt_dual;

void rt_dual_free(se3rt_model *m)
{
    if (!m->dual)
        return;
    rt_jit_close(&m->dual->jit);
    rt_free(m->ctx, m->dual);
    m->dual = NULL;
}

/* One line `typedef T NAME __attribute__((vector_size(N * sizeof(U))));...` as
 * `typedef SE3_VEC(T, N) NAME;...`; 0 when the line is not of that form. */
static int dual_vector_line(const char *l, size_t n, char *out, size_t cap)
{
    char t[64], name[64], cnt[64];
    const char *attr = strstr(l, " __attribute__((vector_size(");
    if (!attr || attr >= l + n || strncmp(l, "typedef ", 8) != 0)
        return 0;
    if (sscanf(l, "typedef %63s %63s __attribute__((vector_size(%63[A-Za-z0-9_] * sizeof(", t, name, cnt) != 3)
        return 0;
    const char *end = strstr(attr, "))));");   /* the attribute's and sizeof's parentheses, then ; */
    if (!end || end >= l + n)
        return 0;
    end += 5;
    int w = snprintf(out, cap, "typedef SE3_VEC(%s, %s) %s;%.*s", t, cnt, name, (int)(l + n - end), end);
    return w > 0 && (size_t)w < cap;
}

/* prelude + the generated source, its GCC vector typedefs rewritten + the end of the block. */
static se3rt_status dual_source(se3rt_model *m, const char *src, size_t len, char **out, size_t *outlen)
{
    size_t cap = sizeof dual_prelude + len + len / 8 + 64, o = 0;
    char *s = rt_malloc(m->ctx, cap);
    if (!s)
        return SE3RT_ERR_NOMEM;
    memcpy(s, dual_prelude, sizeof dual_prelude - 1);
    o = sizeof dual_prelude - 1;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(src + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (src + i)) + 1 : len - i;
        char line[1024], tmp[1024];
        const char *from = src + i;
        size_t take = n;
        if (n < sizeof tmp && strncmp(from, "typedef ", n < 8 ? n : 8) == 0) {
            memcpy(tmp, from, n);
            tmp[n] = 0;
            if (strstr(tmp, "vector_size(")) {
                if (!dual_vector_line(tmp, n, line, sizeof line)) {
                    rt_free(m->ctx, s);
                    tmp[strcspn(tmp, "\n")] = 0;
                    return rt_error(m->ctx, SE3RT_ERR_FORMAT, "model '%s': a vector type the dual-number build does "
                                    "not know: %.80s", m->name, tmp);
                }
                from = line, take = strlen(line);
            }
        }
        if (o + take + 64 > cap) {
            cap = 2 * cap + take;
            char *ns = rt_realloc(m->ctx, s, cap);
            if (!ns) {
                rt_free(m->ctx, s);
                return SE3RT_ERR_NOMEM;
            }
            s = ns;
        }
        memcpy(s + o, from, take);
        o += take;
        i += n;
    }
    static const char tail[] = "\n}  /* extern \"C\" */\n";
    memcpy(s + o, tail, sizeof tail);
    *out = s;
    *outlen = o + sizeof tail - 1;
    return SE3RT_OK;
}

se3rt_status se3rt_model_enable_force_grad(se3rt_model *m, const char *c_source, size_t c_len)
{
    se3rt_ctx *ctx = m->ctx;
    if (m->dual)
        return SE3RT_OK;
    if (m->energy_col < 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s' has no energy output to train forces of (declare one as "
                        "'output E : 1x0 (kind=energy);' after a pool)", m->name);
    if (!m->grad.layer_backward || !c_source)
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s': training on forces needs its C source with the backward "
                        "code (se3tc compile --grad)", m->name);
    if (m->f32)
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s': training on forces needs an f64 model (--precision f64)",
                        m->name);
    size_t n = 0;
    char *src = NULL;
    se3rt_status st0 = dual_source(m, c_source, c_len, &src, &n);
    if (st0)
        return st0;
    rt_dual *d = rt_calloc(ctx, 1, sizeof *d);
    se3rt_status st = d ? rt_jit_load_cxx(ctx, src, n, &d->jit) : SE3RT_ERR_NOMEM;
    rt_free(ctx, src);
    if (!st) {
        char sym[300];
        snprintf(sym, sizeof sym, "se3m_%s_layer_into", m->name);
        *(void **)&d->layer_into = dlsym(d->jit.handle, sym);
        snprintf(sym, sizeof sym, "se3m_%s_layer_backward", m->name);
        *(void **)&d->layer_backward = dlsym(d->jit.handle, sym);
        snprintf(sym, sizeof sym, "se3m_%s_layer_keep_bytes", m->name);
        *(void **)&d->layer_keep_bytes = dlsym(d->jit.handle, sym);
        if (!d->layer_into || !d->layer_backward || !d->layer_keep_bytes)
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "model '%s': the dual-number build lacks its backward entry points",
                          m->name);
    }
    if (!st) {
        /* the source must be this model's: the same layers with the manifest's widths */
        void (*shape)(int32_t, int32_t *, int32_t *, int32_t *, int32_t *);
        int (*nlayers)(void);
        char sym[300];
        snprintf(sym, sizeof sym, "se3m_%s_layer_shape", m->name);
        *(void **)&shape = dlsym(d->jit.handle, sym);
        snprintf(sym, sizeof sym, "se3m_%s_nlayers", m->name);
        *(void **)&nlayers = dlsym(d->jit.handle, sym);
        int ok = shape && nlayers && nlayers() == m->nlayers;
        for (int i = 0; ok && i < m->nlayers; i++) {
            int32_t in = 0, out = 0, ipg = 0, opg = 0;
            shape(i, &in, &out, &ipg, &opg);
            ok = in == m->layers[i].in_dim && out == m->layers[i].out_dim && ipg == m->layers[i].in_per_graph &&
                 opg == m->layers[i].out_per_graph;
        }
        if (!ok)
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "model '%s': the C source given to se3rt_model_enable_force_grad is "
                          "not this model's (its layers differ from the manifest's)", m->name);
    }
    if (st) {
        if (d)
            rt_jit_close(&d->jit);
        rt_free(ctx, d);
        return st;
    }
    m->dual = d;
    return SE3RT_OK;
}

int rt_model_energy_col(const se3rt_model *m)
{
    return m->energy_col;
}

int se3rt_model_has_force_grad(const se3rt_model *m)
{
    return m->dual != NULL;
}

/* Column of input field f in a node_in row (file basis). */
static int input_col(const se3rt_model *m, int f)
{
    int used[SE3M_LMAX + 1] = { 0 };
    for (int k = 0; k < f; k++)
        used[m->inputs[k].degree] += m->inputs[k].channels;
    const rt_fdesc *in = &m->inputs[f];
    int col = used[in->degree] * (2 * in->degree + 1);
    for (int l = 0; l < in->degree; l++)
        col += m->in_fibre[l] * (2 * l + 1);
    return col;
}

/* Copy each ghost's row (dim dual numbers) from its atom's. */
static void dual_copy_rows(const rt_batch_ext *x, double *a, int dim)
{
    for (int32_t q = 0; q < x->n_ghost; q++)
        memcpy(a + 2 * (int64_t)(x->n_real + q) * dim, a + 2 * (int64_t)x->ghost_of[q] * dim,
               (size_t)dim * 2 * sizeof *a);
}

/* Add each ghost's row of gradients to its atom's and clear it. */
static void dual_fold_rows(const rt_batch_ext *x, double *d, int dim)
{
    for (int32_t q = 0; q < x->n_ghost; q++) {
        double *g = d + 2 * (int64_t)(x->n_real + q) * dim, *o = d + 2 * (int64_t)x->ghost_of[q] * dim;
        for (int k = 0; k < 2 * dim; k++) {
            o[k] += g[k];
            g[k] = 0;
        }
    }
}

/* |det| of the cell of graph g (rows a, b, c), 0 for an open graph. */
static double cell_volume(const se3rt_batch *b, int32_t g)
{
    if (!b->cell || !b->pbc || !(b->pbc[3 * g] || b->pbc[3 * g + 1] || b->pbc[3 * g + 2]))
        return 0;
    const double *c = b->cell + 9 * (int64_t)g;
    return fabs(c[0] * (c[4] * c[8] - c[5] * c[7]) - c[1] * (c[3] * c[8] - c[5] * c[6]) +
                c[2] * (c[3] * c[7] - c[4] * c[6]));
}

/* The dual pass: positions b->pos + ε p (inputs read from the positions move with them; a ghost
 * of a periodic frame moves with its atom), plus, for a periodic graph g with strain direction
 * G_g (9 numbers, may be NULL), ε G_g x_n for every node n of g, ghosts at their own positions;
 * the energy of graph g seeded with 1 + ε seed_t[g]. dparams gets the ε part of the weight
 * gradient. */
static se3rt_status dual_pass(se3rt_model *m, const se3rt_batch *b0, const double *p, const double *G,
                              const double *seed_t, double *dparams)
{
    se3rt_ctx *ctx = m->ctx;
    const rt_dual *D = m->dual;
    rt_batch_ext x;
    se3rt_status st = rt_model_batch_prepare(m, b0, &x);
    if (st)
        return st;
    const se3rt_batch *b = &x.b;
    const int64_t *row = x.row, ne = x.n_edges;
    const int32_t *src = x.src;
    const void *attr = x.edge_attr;
    const int64_t n = b->graph_ptr[b->n_graphs];
    const int L = m->nlayers;
    const int maxd = m->in_dim > m->out_dim ? m->in_dim : m->out_dim;
    /* duals are two doubles: value, tangent */
    double *pos = rt_calloc(ctx, (size_t)n * 6 + 2, sizeof *pos);
    double *par = rt_calloc(ctx, (size_t)m->nparams * 2 + 2, sizeof *par);
    double *ea = rt_calloc(ctx, (size_t)ne * 8 + 2, sizeof *ea);
    double *dpar = rt_calloc(ctx, (size_t)m->nparams * 2 + 2, sizeof *dpar);
    double *dp = rt_calloc(ctx, (size_t)n * 6 + 2, sizeof *dp);
    double *dx0 = rt_calloc(ctx, (size_t)(n * m->in_dim) * 2 + 2, sizeof *dx0);
    double *tv = rt_calloc(ctx, (size_t)maxd * 2 + 2, sizeof *tv), *tt = tv + maxd;
    double *rowv = rt_calloc(ctx, (size_t)maxd * 2 + 2, sizeof *rowv), *rowt = rowv + maxd;
    double **acts = rt_calloc(ctx, (size_t)L + 1, sizeof *acts);
    void **keep = rt_calloc(ctx, (size_t)L + 1, sizeof *keep);   /* keys and values for the backward */
    int64_t kept = 0;
    double *dcur = NULL;
    if (!pos || !par || !ea || !dpar || !dp || !dx0 || !tv || !rowv || !acts || !keep)
        st = SE3RT_ERR_NOMEM;
    if (!st) {
        for (int64_t i = 0; i < n; i++) {
            const int64_t own = i < x.n_real ? i : x.ghost_of[i - x.n_real];
            int32_t g = 0;   /* the owner's graph, for its strain direction */
            while (G && b0->graph_ptr[g + 1] <= own)
                g++;
            for (int a = 0; a < 3; a++) {
                double t = p[3 * own + a];
                for (int c = 0; G && c < 3; c++)
                    t += G[9 * (int64_t)g + 3 * a + c] * b->pos[3 * i + c];
                pos[2 * (3 * i + a)] = b->pos[3 * i + a], pos[2 * (3 * i + a) + 1] = t;
            }
        }
        for (int64_t k = 0; k < m->nparams; k++)
            par[2 * k] = m->params[k];
        for (int64_t k = 0; attr && k < ne * 4; k++)
            ea[2 * k] = ((const double *)attr)[k];
        acts[0] = rt_calloc(ctx, (size_t)(n * m->in_dim) * 2 + 2, sizeof **acts);
        if (!acts[0])
            st = SE3RT_ERR_NOMEM;
    }
    for (int64_t i = 0; !st && i < n; i++) {
        /* values as forward reads them; tangents of the inputs that are positions (a ghost's
         * inputs are its atom's) */
        memset(rowt, 0, (size_t)m->in_dim * sizeof *rowt);
        const int64_t own = i < x.n_real ? i : x.ghost_of[i - x.n_real];
        for (int f = 0; f < m->ninputs; f++) {
            const int col = input_col(m, f), nl = 2 * m->inputs[f].degree + 1;
            const double *t = pos + 6 * own;
            for (int c = 0; c < m->inputs[f].channels; c++) {
                if (m->inputs[f].source == SE3M_SRC_POS_Z)
                    rowt[col + c * nl] = t[5];
                else if (m->inputs[f].source == SE3M_SRC_POS_XY)
                    rowt[col + c * nl] = t[1], rowt[col + c * nl + 1] = t[3];
            }
        }
        rt_model_row_convert(m->in_fibre, b->node_in + i * m->in_dim, tv, 1);
        rt_model_row_convert(m->in_fibre, rowt, tt, 1);
        for (int k = 0; k < m->in_dim; k++)
            acts[0][2 * (i * m->in_dim + k)] = tv[k], acts[0][2 * (i * m->in_dim + k) + 1] = tt[k];
    }
    se3m_io io = { .n_nodes = (int32_t)n, .n_graphs = b->n_graphs, .n_edges = ne, .row = row, .src = src,
                   .graph_ptr = b->graph_ptr, .pos = pos, .edge_attr = attr ? ea : NULL, .params = par,
                   .node_in = acts ? acts[0] : NULL, .nthreads = 1 };
    for (int i = 0; !st && i < L; i++) {
        const rt_ldesc *Li = &m->layers[i];
        acts[i + 1] = rt_calloc(ctx, (size_t)((Li->out_per_graph ? b->n_graphs : n) * Li->out_dim) * 2 + 2,
                                sizeof **acts);
        keep[i] = rt_grad_keep_take(ctx, D->layer_keep_bytes(i, &io), m->grad_keep_max, &kept);
        if (!acts[i + 1])
            st = SE3RT_ERR_NOMEM;
        else if (D->layer_into(i, &io, acts[i], acts[i + 1], keep[i]) != 0)
            st = rt_error(ctx, SE3RT_ERR_INTERNAL, "dual-number code for '%s' failed in layer %d", m->name, i);
        else if (!Li->out_per_graph)
            dual_copy_rows(&x, acts[i + 1], Li->out_dim);
    }
    if (!st) {
        dcur = rt_calloc(ctx, (size_t)(b->n_graphs * m->out_dim) * 2 + 2, sizeof *dcur);
        if (!dcur)
            st = SE3RT_ERR_NOMEM;
        for (int32_t g = 0; !st && g < b0->n_graphs; g++) {
            dcur[2 * ((int64_t)g * m->out_dim + m->energy_col)] = 1;
            dcur[2 * ((int64_t)g * m->out_dim + m->energy_col) + 1] = seed_t[g];
        }
    }
    for (int i = L - 1; !st && i >= 0; i--) {
        const rt_ldesc *Li = &m->layers[i];
        double *din = i == 0 ? dx0 : rt_calloc(ctx, (size_t)((Li->in_per_graph ? b->n_graphs : n) * Li->in_dim) * 2 + 2,
                                               sizeof *din);
        if (!din) {
            st = SE3RT_ERR_NOMEM;
            break;
        }
        if (D->layer_backward(i, &io, acts[i], dcur, din, dpar, dp, dx0, keep[i]) != 0)
            st = rt_error(ctx, SE3RT_ERR_NOMEM, "dual backward of layer %d of '%s': out of memory", i, m->name);
        else if (i > 0 && !Li->in_per_graph)
            dual_fold_rows(&x, din, Li->in_dim);
        rt_free(ctx, keep[i]);   /* the layer's keys and values are done with */
        keep[i] = NULL;
        rt_free(ctx, dcur);
        dcur = din == dx0 ? NULL : din;
    }
    for (int64_t k = 0; !st && k < m->nparams; k++)
        dparams[k] = dpar[2 * k + 1];
    for (int i = 0; acts && i <= L; i++)
        rt_free(ctx, acts[i]);
    for (int i = 0; keep && i <= L; i++)
        rt_free(ctx, keep[i]);
    rt_free(ctx, acts);
    rt_free(ctx, keep);
    rt_free(ctx, dcur);
    rt_free(ctx, pos);
    rt_free(ctx, par);
    rt_free(ctx, ea);
    rt_free(ctx, dpar);
    rt_free(ctx, dp);
    rt_free(ctx, dx0);
    rt_free(ctx, tv);
    rt_free(ctx, rowv);
    rt_model_batch_release(m, &x);
    return st;
}

se3rt_status rt_model_energy_forces_grad(se3rt_model *m, const se3rt_batch *b, se3rt_efs_loss_fn loss, void *user,
                                         int nthreads, double *loss_out, double *energy, double *forces,
                                         double *stress, double *dparams)
{
    se3rt_ctx *ctx = m->ctx;
    if (!m->dual)
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s': the force loss's gradient needs "
                        "se3rt_model_enable_force_grad first", m->name);
    if (!b || b->n_graphs < 1 || !b->graph_ptr)
        return rt_error(ctx, SE3RT_ERR_INVALID, "a batch needs at least one graph and graph_ptr[0] = 0");
    const int64_t n = b->graph_ptr[b->n_graphs];
    double *E = rt_calloc(ctx, (size_t)b->n_graphs + 1, sizeof *E);
    double *F = rt_calloc(ctx, (size_t)n * 3 + 1, sizeof *F);
    double *S = rt_calloc(ctx, (size_t)b->n_graphs * 9 + 1, sizeof *S);
    double *dE = rt_calloc(ctx, (size_t)b->n_graphs + 1, sizeof *dE);
    double *dF = rt_calloc(ctx, (size_t)n * 3 + 1, sizeof *dF);
    double *dS = rt_calloc(ctx, (size_t)b->n_graphs * 9 + 1, sizeof *dS);
    se3rt_status st = E && F && S && dE && dF && dS ? SE3RT_OK : SE3RT_ERR_NOMEM;
    if (!st)
        st = rt_model_energy_forces_t(m, b, nthreads, NULL, E, F, S);
    if (!st) {
        double L = loss(user, b, E, F, S, dE, dF, dS);
        if (loss_out)
            *loss_out = L;
        if (energy)
            memcpy(energy, E, (size_t)b->n_graphs * sizeof *E);
        if (forces)
            memcpy(forces, F, (size_t)n * 3 * sizeof *F);
        if (stress)
            memcpy(stress, S, (size_t)b->n_graphs * 9 * sizeof *S);
        /* F = -dE/dx: the positions' tangent is -dL/dF; sigma = (1/V) sum_n dE/dx_n (x) x_n: the
         * strain direction is dL/dsigma / V (open graphs have no stress) */
        int any = 0;
        for (int32_t g = 0; g < b->n_graphs; g++) {
            const double V = cell_volume(b, g);
            for (int k = 0; k < 9; k++) {
                dS[9 * (int64_t)g + k] = V > 0 ? dS[9 * (int64_t)g + k] / V : 0;
                any |= dS[9 * (int64_t)g + k] != 0;
            }
        }
        for (int64_t k = 0; k < 3 * n; k++)
            dF[k] = -dF[k];
        if (dparams)
            st = dual_pass(m, b, dF, any ? dS : NULL, dE, dparams);
    }
    rt_free(ctx, E);
    rt_free(ctx, F);
    rt_free(ctx, S);
    rt_free(ctx, dE);
    rt_free(ctx, dF);
    rt_free(ctx, dS);
    return st;
}

/* se3rt_model_energy_forces_grad's loss seen as one of energies, forces and stress. */
typedef struct ef_wrap {
    se3rt_ef_loss_fn loss;
    void *user;
} ef_wrap;

static double ef_wrap_fn(void *user, const se3rt_batch *b, const double *E, const double *F, const double *S,
                         double *dE, double *dF, double *dS)
{
    (void)S, (void)dS;
    const ef_wrap *w = user;
    return w->loss(w->user, b, E, F, dE, dF);
}

se3rt_status se3rt_model_energy_forces_grad(se3rt_model *m, const se3rt_batch *b, se3rt_ef_loss_fn loss, void *user,
                                            double *loss_out, double *energy, double *forces, double *dparams)
{
    rt_model_sync_params(m);
    ef_wrap w = { loss, user };
    return rt_model_energy_forces_grad(m, b, ef_wrap_fn, &w, m->nthreads, loss_out, energy, forces, NULL, dparams);
}

se3rt_status se3rt_model_energy_forces_stress_grad(se3rt_model *m, const se3rt_batch *b, se3rt_efs_loss_fn loss,
                                                   void *user, double *loss_out, double *energy, double *forces,
                                                   double *stress, double *dparams)
{
    rt_model_sync_params(m);
    return rt_model_energy_forces_grad(m, b, loss, user, m->nthreads, loss_out, energy, forces, stress, dparams);
}
