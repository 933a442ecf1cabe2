/* test_reference.c - Check suites for the naive reference forward pass (compiler/reference.c):
 * hand-computed values for every layer kind, SE(3) equivariance and permutation equivariance
 * on every shipped spec and each layer kind alone, coincident points, and the documented
 * weight initialisation. */
#include "testutil.h"

#include "compile.h"
#include "coupling.h"
#include "reference.h"
#include "wigner.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double PI = 3.141592653589793238462643383279502884;

/* ---------- helpers ---------- */

static compile *build_str(const char *text)
{
    compile *c = compile_string("test.spec", text, strlen(text));
    ck_assert_msg(c->ir != NULL, "spec failed to compile:\n%s", text);
    return c;
}

static compile *build_file(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s", SE3_SOURCE_DIR, name);
    compile *c = compile_file(path);
    ck_assert_msg(c->ir != NULL, "%s failed to compile", path);
    return c;
}

static const ir_weight *find_w(const ir *p, const char *name)
{
    for (int i = 0; i < p->nweights; i++)
        if (strcmp(p->weights[i].name, name) == 0)
            return &p->weights[i];
    ck_abort_msg("no weight %s", name);
    return NULL;
}

/* Set weight `name` to the n values given. */
static void set_w(const ir *p, double *params, const char *name, int n, const double *v)
{
    const ir_weight *w = find_w(p, name);
    ck_assert_int_eq(w->size, n);
    memcpy(params + w->offset, v, (size_t)n * sizeof *v);
}

static int off_of(const fibre *f, int l)
{
    int o = 0;
    for (int i = 0; i < l; i++)
        o += f->c[i] * (2 * i + 1);
    return o;
}

static double gauss(uint64_t *st)
{
    double u1 = wigner_rng_uniform(st), u2 = wigner_rng_uniform(st);
    return sqrt(-2.0 * log(1.0 - u1)) * cos(2.0 * PI * u2);
}

/* A graph built by brute force from positions, for the model's graph kind. */
typedef struct tbond {
    int a, b, t;                /* nodes and bond order 0..3 */
} tbond;

typedef struct tgraph {
    long *row;
    int *src;
    double *attr;
    long ne;
    ref_graph g;
} tgraph;

static int g_sort_d[4096];
static double g_sort_dist[4096];

static int cmp_by_dist(const void *a, const void *b)
{
    double da = g_sort_dist[*(const int *)a], db = g_sort_dist[*(const int *)b];
    return da < db ? -1 : da > db;
}

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

/* Edges j -> i within each node range: full, kNN (k nearest), radius (< r, at most `max`
 * nearest) or the given bonds (both directions, one-hot bond order). */
static void tg_build(tgraph *G, const model *m, int n, const double *pos, int ng, const int *gptr,
                     const tbond *bonds, int nb)
{
    memset(G, 0, sizeof *G);
    G->row = calloc((size_t)n + 1, sizeof *G->row);
    long cap = (long)n * n + 1;
    G->src = calloc((size_t)cap, sizeof *G->src);
    G->attr = calloc((size_t)cap * 4, sizeof *G->attr);
    int *type = calloc((size_t)n * n, sizeof *type);
    for (int q = 0; q < nb; q++) {
        type[bonds[q].a * n + bonds[q].b] = bonds[q].t + 1;
        type[bonds[q].b * n + bonds[q].a] = bonds[q].t + 1;
    }
    for (int gi = 0; gi < ng; gi++)
        for (int i = gptr[gi]; i < gptr[gi + 1]; i++) {
            int nc = 0;
            for (int j = gptr[gi]; j < gptr[gi + 1]; j++) {
                if (j == i)
                    continue;
                double d2 = 0;
                for (int a = 0; a < 3; a++)
                    d2 += (pos[3 * j + a] - pos[3 * i + a]) * (pos[3 * j + a] - pos[3 * i + a]);
                g_sort_dist[j] = d2;
                if (m->graph == GRAPH_RADIUS && !(sqrt(d2) < m->radius))
                    continue;
                if (m->graph == GRAPH_GIVEN && !type[i * n + j])
                    continue;
                g_sort_d[nc++] = j;
            }
            int keep = nc;
            if (m->graph == GRAPH_KNN || (m->graph == GRAPH_RADIUS && m->radius_max)) {
                qsort(g_sort_d, (size_t)nc, sizeof(int), cmp_by_dist);
                int lim = m->graph == GRAPH_KNN ? m->knn_k : m->radius_max;
                keep = nc < lim ? nc : lim;
            }
            qsort(g_sort_d, (size_t)keep, sizeof(int), cmp_int);
            for (int t = 0; t < keep; t++) {
                int j = g_sort_d[t];
                G->src[G->ne] = j;
                if (type[i * n + j])
                    G->attr[4 * G->ne + type[i * n + j] - 1] = 1.0;
                G->ne++;
            }
            G->row[i + 1] = G->ne;
        }
    free(type);
    G->g.n_nodes = n;
    G->g.n_edges = G->ne;
    G->g.row = G->row;
    G->g.src = G->src;
    G->g.pos = pos;
    G->g.edge_attr = m->graph == GRAPH_GIVEN ? G->attr : NULL;
    G->g.n_graphs = ng;
    G->g.graph_ptr = gptr;
}

static void tg_free(tgraph *G)
{
    free(G->row);
    free(G->src);
    free(G->attr);
}

/* Overwrite the position-derived and constant input channels of node_in from pos. */
static void fix_inputs(const model *m, int n, const double *pos, double *x)
{
    int d = fibre_dim(&m->in);
    for (int v = 0; v < n; v++) {
        int used[SE3_LMAX + 1] = { 0 };
        for (int q = 0; q < m->ninputs; q++) {
            const field *fd = &m->inputs[q];
            double *row = x + (long)v * d;
            if (fd->src == FIELD_CONST)
                for (int c = 0; c < fd->f.c[0]; c++)
                    row[used[0] + c] = fd->value;
            else if (fd->src == FIELD_POS_Z)
                row[used[0]] = pos[3 * v + 2];
            else if (fd->src == FIELD_POS_XY) {
                double *r1 = row + off_of(&m->in, 1) + 3 * used[1];
                r1[0] = pos[3 * v + 1];
                r1[1] = 0.0;
                r1[2] = pos[3 * v + 0];
            }
            for (int l = 0; l <= SE3_LMAX; l++)
                used[l] += fd->f.c[l];
        }
    }
}

/* y = features x (rows of fibre f) with every degree-l channel rotated by D_l(R). */
static void rotate_rows(const fibre *f, int rows, const double *x, const double R[9], double *y)
{
    int d = fibre_dim(f);
    double D[81];
    for (int l = 0; l <= SE3_LMAX; l++) {
        int nl = 2 * l + 1, o = off_of(f, l);
        if (!f->c[l])
            continue;
        wigner_real(l, R, D);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < f->c[l]; c++)
                for (int a = 0; a < nl; a++) {
                    double s = 0;
                    for (int b = 0; b < nl; b++)
                        s += D[a * nl + b] * x[(long)r * d + o + c * nl + b];
                    y[(long)r * d + o + c * nl + a] = s;
                }
    }
}

static double rel_err(const double *ref, const double *x, long n)
{
    double num = 0, den = 0;
    for (long i = 0; i < n; i++) {
        num += (ref[i] - x[i]) * (ref[i] - x[i]);
        den += ref[i] * ref[i];
    }
    ck_assert_msg(den > 1e-20, "reference output is zero (a vacuous comparison)");
    return sqrt(num / den);
}

/* Random weights: the documented initialisation, then LayerNorm gains/biases and zero-initialised
 * biases perturbed too, so every weight matters. */
static double *rand_params(const ir *p, unsigned long long seed)
{
    double *w = calloc((size_t)p->nparams + 1, sizeof *w);
    ref_init_params(p, seed, w);
    uint64_t st = seed * 7919 + 1;
    for (int i = 0; i < p->nweights; i++)
        if (p->weights[i].init == IR_INIT_ONES || p->weights[i].init == IR_INIT_ZEROS)
            for (long k = 0; k < p->weights[i].size; k++)
                w[p->weights[i].offset + k] += 0.6 * (wigner_rng_uniform(&st) - 0.5);
    return w;
}

/* A random problem for model m: ng graphs of npg points, bonds for a given graph. */
typedef struct tprob {
    int n, ng, *gptr, nb;
    double *pos, *x;
    tbond *bonds;
} tprob;

static void tp_make(tprob *P, const model *m, int ng, int npg, uint64_t *st)
{
    P->ng = ng;
    P->n = ng * npg;
    P->gptr = calloc((size_t)ng + 1, sizeof *P->gptr);
    for (int g = 0; g <= ng; g++)
        P->gptr[g] = g * npg;
    P->pos = calloc((size_t)P->n * 3, sizeof *P->pos);
    for (int i = 0; i < 3 * P->n; i++)
        P->pos[i] = 2.4 * (wigner_rng_uniform(st) - 0.5);
    int d = fibre_dim(&m->in);
    P->x = calloc((size_t)P->n * d + 1, sizeof *P->x);
    for (long i = 0; i < (long)P->n * d; i++)
        P->x[i] = gauss(st);
    fix_inputs(m, P->n, P->pos, P->x);
    /* bonds: a random tree per graph plus two extra bonds */
    P->bonds = calloc((size_t)ng * (npg + 2), sizeof *P->bonds);
    P->nb = 0;
    for (int g = 0; g < ng; g++) {
        int b0 = g * npg;
        for (int v = 1; v < npg; v++)
            P->bonds[P->nb++] = (tbond){ b0 + v, b0 + (int)(wigner_rng_uniform(st) * v),
                                         (int)(wigner_rng_uniform(st) * 4) };
        for (int e = 0; e < 2; e++) {
            int a = (int)(wigner_rng_uniform(st) * npg), b = (int)(wigner_rng_uniform(st) * npg);
            if (a != b)
                P->bonds[P->nb++] = (tbond){ b0 + a, b0 + b, (int)(wigner_rng_uniform(st) * 4) };
        }
    }
}

static void tp_free(tprob *P)
{
    free(P->gptr);
    free(P->pos);
    free(P->x);
    free(P->bonds);
}

static const fibre *final_fibre(const model *m)
{
    return &m->layers[m->nlayers - 1].out;
}

static long out_size(const model *m, const tprob *P)
{
    return (long)(m->out_per_graph ? P->ng : P->n) * fibre_dim(final_fibre(m));
}

/* Forward of P with params w into a fresh array. */
static double *run(const ir *p, const double *w, const tprob *P)
{
    tgraph G;
    tg_build(&G, p->m, P->n, P->pos, P->ng, P->gptr, P->bonds, P->nb);
    double *out = calloc((size_t)out_size(p->m, P) + 1, sizeof *out);
    ck_assert_int_eq(ref_forward(p, w, &G.g, P->x, out, NULL), 0);
    tg_free(&G);
    for (long i = 0; i < out_size(p->m, P); i++)
        ck_assert_msg(isfinite(out[i]), "output %ld not finite", i);
    return out;
}

/* Error of f(R x + t) against D f(x) for a random rotation (about z only when z_axis). */
static double rot_error(const ir *p, const double *w, const tprob *P, uint64_t *st, int z_axis, int translate)
{
    const model *m = p->m;
    double R[9], t[3];
    if (z_axis)
        wigner_euler_to_matrix(2 * PI * wigner_rng_uniform(st), 0, 0, R);
    else
        wigner_random_rotation(st, R);
    for (int a = 0; a < 3; a++)
        t[a] = translate ? 3.0 * (wigner_rng_uniform(st) - 0.5) : 0.0;
    tprob Q = *P;
    Q.pos = calloc((size_t)P->n * 3, sizeof *Q.pos);
    Q.x = calloc((size_t)P->n * fibre_dim(&m->in) + 1, sizeof *Q.x);
    for (int v = 0; v < P->n; v++)
        for (int a = 0; a < 3; a++)
            Q.pos[3 * v + a] = R[3 * a] * P->pos[3 * v] + R[3 * a + 1] * P->pos[3 * v + 1] +
                               R[3 * a + 2] * P->pos[3 * v + 2] + t[a];
    rotate_rows(&m->in, P->n, P->x, R, Q.x);
    fix_inputs(m, P->n, Q.pos, Q.x);
    double *o0 = run(p, w, P), *o1 = run(p, w, &Q);
    long n = out_size(m, P);
    double *ro = calloc((size_t)n + 1, sizeof *ro);
    rotate_rows(final_fibre(m), (int)(n / fibre_dim(final_fibre(m))), o0, R, ro);
    double e = rel_err(ro, o1, n);
    free(o0);
    free(o1);
    free(ro);
    free(Q.pos);
    free(Q.x);
    return e;
}

/* Error of f(P x) against P f(x) for a random relabelling within each graph. */
static double perm_error(const ir *p, const double *w, const tprob *P, uint64_t *st)
{
    const model *m = p->m;
    int d = fibre_dim(&m->in), n = P->n;
    int *perm = calloc((size_t)n, sizeof *perm);
    for (int g = 0; g < P->ng; g++) {
        int a = P->gptr[g], b = P->gptr[g + 1];
        for (int v = a; v < b; v++)
            perm[v] = v;
        for (int v = b - 1; v > a; v--) {
            int u = a + (int)(wigner_rng_uniform(st) * (v - a + 1)), tmp = perm[v];
            perm[v] = perm[u];
            perm[u] = tmp;
        }
    }
    tprob Q = *P;
    Q.pos = calloc((size_t)n * 3, sizeof *Q.pos);
    Q.x = calloc((size_t)n * d + 1, sizeof *Q.x);
    Q.bonds = calloc((size_t)P->nb + 1, sizeof *Q.bonds);
    for (int v = 0; v < n; v++) {
        memcpy(Q.pos + 3 * perm[v], P->pos + 3 * v, 3 * sizeof(double));
        memcpy(Q.x + (long)perm[v] * d, P->x + (long)v * d, (size_t)d * sizeof(double));
    }
    for (int q = 0; q < P->nb; q++)
        Q.bonds[q] = (tbond){ perm[P->bonds[q].a], perm[P->bonds[q].b], P->bonds[q].t };
    double *o0 = run(p, w, P), *o1 = run(p, w, &Q);
    long total = out_size(m, P);
    double *po = calloc((size_t)total + 1, sizeof *po);
    int od = fibre_dim(final_fibre(m));
    if (m->out_per_graph)
        memcpy(po, o0, (size_t)total * sizeof *po);
    else
        for (int v = 0; v < n; v++)
            memcpy(po + (long)perm[v] * od, o0 + (long)v * od, (size_t)od * sizeof *po);
    double e = rel_err(po, o1, total);
    free(o0);
    free(o1);
    free(po);
    free(perm);
    free(Q.pos);
    free(Q.x);
    free(Q.bonds);
    return e;
}

/* Rotation (3 samples) and permutation equivariance of one compiled model. */
static void check_equivariance(const char *label, const ir *p, int npg)
{
    const model *m = p->m;
    uint64_t st = 0x5EED0000ULL + (uint64_t)strlen(label) * 131 + (uint64_t)label[0];
    double *w = rand_params(p, 17);
    tprob P;
    tp_make(&P, m, 2, npg, &st);
    double worst = 0, eperm;
    for (int s = 0; s < 3; s++) {
        double e = rot_error(p, w, &P, &st, m->z_only, !m->z_only);
        worst = e > worst ? e : worst;
    }
    eperm = perm_error(p, w, &P, &st);
    /* Not vacuous: moving a point of each graph (a non-rigid change) and perturbing the input
     * features changes the output, so the network is alive. */
    {
        tprob Q = P;
        int d = fibre_dim(&m->in);
        Q.pos = calloc((size_t)P.n * 3, sizeof *Q.pos);
        Q.x = calloc((size_t)P.n * d + 1, sizeof *Q.x);
        memcpy(Q.pos, P.pos, (size_t)P.n * 3 * sizeof *Q.pos);
        for (long i = 0; i < (long)P.n * d; i++)
            Q.x[i] = P.x[i] + 0.3 * gauss(&st);
        for (int g = 0; g < P.ng; g++)
            Q.pos[3 * P.gptr[g]] += 0.4;
        fix_inputs(m, P.n, Q.pos, Q.x);
        double *o0 = run(p, w, &P), *o1 = run(p, w, &Q);
        double ch = rel_err(o0, o1, out_size(m, &P));
        printf("equivariance %-22s change under a deformation %.3g\n", label, ch);
        ck_assert_msg(ch > 1e-6, "%s: output insensitive to its input (%g)", label, ch);
        free(o0);
        free(o1);
        free(Q.pos);
        free(Q.x);
    }
    printf("equivariance %-22s rotation %.3g  permutation %.3g\n", label, worst, eperm);
    ck_assert_msg(worst <= 1e-12, "%s: rotation error %g", label, worst);
    ck_assert_msg(eperm <= 1e-12, "%s: permutation error %g", label, eperm);
    if (m->z_only) {
        /* a general rotation must break a z-only model: the test has teeth */
        double e = rot_error(p, w, &P, &st, 0, 0);
        printf("equivariance %-22s general rotation (expected broken) %.3g\n", label, e);
        ck_assert_msg(e > 1e-6, "%s: z-only model unexpectedly SO(3)-equivariant (%g)", label, e);
    }
    tp_free(&P);
    free(w);
}

/* ---------- hand-checked values ---------- */

/* conv 1x0 -> 1x1 on two points: m_01 = phi C^{10}_1 Y_1(u) s_1 with C^{10}_1 = I, so node 0
 * gets phi s_1 sqrt(3/4pi) (u_y, u_z, u_x). */
START_TEST(test_conv_vector_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; radial(width=1, depth=0);\n"
                           "input a : 1x0; conv c -> 1x1 (self=none); output o : 1x1; }");
    const ir *p = c->ir;
    ck_assert_int_eq(p->nparams, 2);
    double *w = calloc((size_t)p->nparams, sizeof *w);
    set_w(p, w, "c.r.0_1.out.w", 1, (double[]){ 0.25 });
    set_w(p, w, "c.r.0_1.out.b", 1, (double[]){ 2.0 });
    double pos[6] = { 0, 0, 0, 1, 2, 2 }, x[2] = { 1.5, -0.5 }, out[6];
    long row[3] = { 0, 1, 2 };
    int src[2] = { 1, 0 }, gptr[2] = { 0, 2 };
    ref_graph g = { 2, 2, row, src, pos, NULL, 1, gptr };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    double phi = 0.25 * 3.0 + 2.0, y1 = sqrt(3.0 / (4.0 * PI));
    double u[3] = { 1.0 / 3, 2.0 / 3, 2.0 / 3 };   /* x_1 - x_0 over r = 3 */
    double want0[3] = { u[1], u[2], u[0] };          /* (y, z, x) */
    for (int a = 0; a < 3; a++) {
        ck_assert_double_eq_tol(out[a], phi * x[1] * y1 * want0[a], 1e-14);
        ck_assert_double_eq_tol(out[3 + a], -phi * x[0] * y1 * want0[a], 1e-14);
    }
    free(w);
    compile_free(c);
}
END_TEST

/* conv 1x0 -> 1x0, mean aggregation and self-term: out_i = mean_j(phi Y_0 s_j) + S s_i. */
START_TEST(test_conv_mean_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; radial(width=1, depth=0);\n"
                           "input a : 1x0; conv c -> 1x0 (aggregate=mean, self=linear); output o : 1x0; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    set_w(p, w, "c.r.0_0.out.w", 1, (double[]){ 1.0 });   /* phi = r */
    set_w(p, w, "c.r.0_0.out.b", 1, (double[]){ 0.0 });
    set_w(p, w, "c.self.0", 1, (double[]){ 0.5 });
    /* node 0 receives from 1 and 2; node 1 from 0; node 2 from none */
    double pos[9] = { 0, 0, 0, 3, 0, 0, 0, 4, 0 }, x[3] = { 1, 2, 3 }, out[3];
    long row[4] = { 0, 2, 3, 3 };
    int src[3] = { 1, 2, 0 }, gptr[2] = { 0, 3 };
    ref_graph g = { 3, 3, row, src, pos, NULL, 1, gptr };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    double y0 = 1.0 / sqrt(4.0 * PI);
    ck_assert_double_eq_tol(out[0], (3 * y0 * 2 + 4 * y0 * 3) / 2 + 0.5 * 1, 1e-14);
    ck_assert_double_eq_tol(out[1], 3 * y0 * 1 + 0.5 * 2, 1e-14);
    ck_assert_double_eq_tol(out[2], 0.5 * 3, 1e-14);        /* no edges: 0 + self-term */
    free(w);
    compile_free(c);
}
END_TEST

/* Radial net with depth 1: phi = W_out ReLU(LN(W r + b)) + b_out, by hand. */
START_TEST(test_radial_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; radial(width=2, depth=1);\n"
                           "input a : 1x0; conv c -> 1x0 (self=none); output o : 1x0; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    set_w(p, w, "c.r.0_0.lin0.w", 2, (double[]){ 1.0, -1.0 });
    set_w(p, w, "c.r.0_0.lin0.b", 2, (double[]){ 0.0, 1.0 });
    set_w(p, w, "c.r.0_0.ln0.g", 2, (double[]){ 2.0, 3.0 });
    set_w(p, w, "c.r.0_0.ln0.b", 2, (double[]){ 0.5, 0.25 });
    set_w(p, w, "c.r.0_0.out.w", 2, (double[]){ 1.0, 10.0 });
    set_w(p, w, "c.r.0_0.out.b", 1, (double[]){ 0.125 });
    double pos[6] = { 0, 0, 0, 0, 0, 2 }, x[2] = { 1, 1 }, out[2];
    long row[3] = { 0, 1, 2 };
    int src[2] = { 1, 0 }, gptr[2] = { 0, 2 };
    ref_graph g = { 2, 2, row, src, pos, NULL, 1, gptr };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    /* r = 2: W r + b = (2, -1); mean 0.5, var 2.25 */
    double s = 1.0 / sqrt(2.25 + 1e-5);
    double h0 = fmax(0.0, 1.5 * s * 2.0 + 0.5), h1 = fmax(0.0, -1.5 * s * 3.0 + 0.25);
    double phi = h0 + 10.0 * h1 + 0.125;
    ck_assert_double_eq_tol(out[0], phi / sqrt(4.0 * PI), 1e-14);
    free(w);
    compile_free(c);
}
END_TEST

START_TEST(test_norm_bias_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; input a : 1x0 + 1x1;\n"
                           "norm n (kind=bias); output o : 1x0 + 1x1; }");
    const ir *p = c->ir;
    double w[2];
    set_w(p, w, "n.bias.0", 1, (double[]){ 0.5 });
    set_w(p, w, "n.bias.1", 1, (double[]){ -1.0 });
    double x[8] = { -2, 3, 4, 0, 0.1, 0, 0, 0 }, out[8];
    long row[3] = { 0, 0, 0 };
    ref_graph g = { 2, 0, row, NULL, (double[6]){ 0 }, NULL, 1, (int[]){ 0, 2 } };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    ck_assert_double_eq_tol(out[0], -2.5, 1e-15);          /* sign(-2) ReLU(2 + 0.5) */
    ck_assert_double_eq_tol(out[1], 4.0 * 3 / 5, 1e-15);   /* |f| = 5, g = 4 */
    ck_assert_double_eq_tol(out[2], 4.0 * 4 / 5, 1e-15);
    ck_assert_double_eq_tol(out[3], 0.0, 1e-15);
    /* row 1: degree 0 is 0.1 -> ReLU(0.1 + 0.5) 0.1 / 0.1 = 0.6; zero vector -> 0 (no NaN) */
    ck_assert_double_eq_tol(out[4], 0.6, 1e-15);
    for (int i = 5; i < 8; i++)
        ck_assert_double_eq(out[i], 0.0);
    compile_free(c);
}
END_TEST

START_TEST(test_norm_layer_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; input a : 2x1;\n"
                           "norm n (kind=layer); output o : 2x1; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    ref_init_params(p, 1, w);   /* gains 1, biases 0 */
    double x[6] = { 0, 1, 0, 0, 0, -3 }, out[6];   /* norms 1 and 3 */
    long row[2] = { 0, 0 };
    ref_graph g = { 1, 0, row, NULL, (double[3]){ 0 }, NULL, 1, (int[]){ 0, 1 } };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    /* LN([1, 3]) = [-1, 1] / sqrt(1 + 1e-5); ReLU; out = g f / n */
    double gg = 1.0 / sqrt(1.0 + 1e-5);
    for (int i = 0; i < 3; i++)
        ck_assert_double_eq(out[i], 0.0);
    ck_assert_double_eq_tol(out[5], -gg, 1e-15);
    /* with LN gain 2 and bias 0.5 on channel 0: g_0 = ReLU(-2 gg + 0.5) = 0, g_1 = 2 gg + 0.5 */
    set_w(p, w, "n.ln.1.g", 2, (double[]){ 1.0, 2.0 });
    set_w(p, w, "n.ln.1.b", 2, (double[]){ 1.5, 0.5 });
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    ck_assert_double_eq_tol(out[1], -gg + 1.5, 1e-15);
    ck_assert_double_eq_tol(out[5], -(2 * gg + 0.5), 1e-15);
    free(w);
    compile_free(c);
}
END_TEST

START_TEST(test_selfint_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; input a : 2x0 + 1x1 + 1x2;\n"
                           "selfint s -> 1x0 + 2x1 (kind=linear, bias=true); output o : 1x0 + 2x1; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    set_w(p, w, "s.w.0", 2, (double[]){ 1.0, 2.0 });
    set_w(p, w, "s.w.1", 2, (double[]){ 3.0, -1.0 });
    set_w(p, w, "s.b", 1, (double[]){ 0.5 });
    double x[10] = { 1, 10, 1, 2, 3, 9, 9, 9, 9, 9 }, out[7];
    long row[2] = { 0, 0 };
    ref_graph g = { 1, 0, row, NULL, (double[3]){ 0 }, NULL, 1, (int[]){ 0, 1 } };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    ck_assert_double_eq_tol(out[0], 1 + 20 + 0.5, 1e-15);
    double want[6] = { 3, 6, 9, -1, -2, -3 };
    for (int i = 0; i < 6; i++)
        ck_assert_double_eq_tol(out[1 + i], want[i], 1e-15);
    free(w);
    compile_free(c);
}
END_TEST

/* Attentive self-interaction 2x0 -> 1x0 with hand weights (Gram, LN, LeakyReLU, softmax). */
START_TEST(test_selfint_attentive_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; input a : 2x0;\n"
                           "selfint s -> 1x0 (kind=attentive); output o : 1x0; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    ref_init_params(p, 3, w);
    set_w(p, w, "s.asi.0.w", 8, (double[]){ 1, 0, 0, 0, 0, 0, 0, 1 });
    set_w(p, w, "s.asi.0.b", 2, (double[]){ 0.0, 0.25 });
    double x[2] = { 1, 2 }, out[1];
    long row[2] = { 0, 0 };
    ref_graph g = { 1, 0, row, NULL, (double[3]){ 0 }, NULL, 1, (int[]){ 0, 1 } };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    /* G = [1, 2, 2, 4]: mean 2.25, var 1.1875 */
    double s = 1.0 / sqrt(1.1875 + 1e-5);
    double g0 = (1 - 2.25) * s, g3 = (4 - 2.25) * s;
    double z0 = 0.01 * g0, z1 = g3 + 0.25;
    double w0 = exp(z0) / (exp(z0) + exp(z1));
    ck_assert_double_eq_tol(out[0], w0 * 1 + (1 - w0) * 2, 1e-14);
    free(w);
    compile_free(c);
}
END_TEST

START_TEST(test_pool_by_hand)
{
    for (int op = 0; op < 2; op++) {
        compile *c = build_str(op ? "model h { precision f64; graph full; input a : 1x0 + 1x1;\n"
                                    "pool p (op=mean); output o : 1x0 + 1x1; }"
                                  : "model h { precision f64; graph full; input a : 2x0;\n"
                                    "pool p (op=max); output o : 2x0; }");
        const ir *p = c->ir;
        /* graphs {0, 1, 2} and {3, 4}; 4 values per node */
        double x[20], out[8];
        for (int i = 0; i < 20; i++)
            x[i] = (double)((i * 7) % 11) - 5.0;
        long row[6] = { 0 };
        int gptr[3] = { 0, 3, 5 };
        ref_graph g = { 5, 0, row, NULL, (double[15]){ 0 }, NULL, 2, gptr };
        if (!op) {
            /* 2x0: node v holds x[2v], x[2v+1] */
            ck_assert_int_eq(ref_forward(p, NULL, &g, x, out, NULL), 0);
            for (int ch = 0; ch < 2; ch++) {
                double m0 = fmax(fmax(x[ch], x[2 + ch]), x[4 + ch]), m1 = fmax(x[6 + ch], x[8 + ch]);
                ck_assert_double_eq(out[ch], m0);
                ck_assert_double_eq(out[2 + ch], m1);
            }
        } else {
            ck_assert_int_eq(ref_forward(p, NULL, &g, x, out, NULL), 0);
            for (int d = 0; d < 4; d++) {
                ck_assert_double_eq_tol(out[d], (x[d] + x[4 + d] + x[8 + d]) / 3, 1e-15);
                ck_assert_double_eq_tol(out[4 + d], (x[12 + d] + x[16 + d]) / 2, 1e-15);
            }
        }
        compile_free(c);
    }
}
END_TEST

START_TEST(test_mlp_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; input a : 2x0;\n"
                           "mlp m -> 1x0 (hidden=[2]); output o : 1x0; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    set_w(p, w, "m.lin0.w", 4, (double[]){ 1, 1, 1, -1 });
    set_w(p, w, "m.lin0.b", 2, (double[]){ 0, -10 });
    set_w(p, w, "m.lin1.w", 2, (double[]){ 2, 5 });
    set_w(p, w, "m.lin1.b", 1, (double[]){ -1 });
    double x[2] = { 3, 4 }, out[1];
    long row[2] = { 0, 0 };
    ref_graph g = { 1, 0, row, NULL, (double[3]){ 0 }, NULL, 1, (int[]){ 0, 1 } };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    ck_assert_double_eq_tol(out[0], 2 * 7 + 5 * 0 - 1, 1e-15);   /* ReLU(-11) = 0; no ReLU on last */
    set_w(p, w, "m.lin1.b", 1, (double[]){ -20 });
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    ck_assert_double_eq_tol(out[0], -6, 1e-15);
    free(w);
    compile_free(c);
}
END_TEST

/* Attention on 3 points, node 0 receiving from nodes 1 and 2, softmax by hand; two heads. */
START_TEST(test_attention_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; radial(width=1, depth=0);\n"
                           "input a : 2x0; attention at -> 2x0 (heads=2, div=1, skip=none, self=linear);\n"
                           "output o : 2x0; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    /* phi^k entries [(co * 2 + ci)], one path: keys k[co] = r_co-weights; values v[co] */
    set_w(p, w, "at.k.0_0.out.w", 4, (double[]){ 1, 0, 0, 0.5 });    /* phi_k = diag(r, r/2) */
    set_w(p, w, "at.k.0_0.out.b", 4, (double[]){ 0, 0, 0, 0 });
    set_w(p, w, "at.v.0_0.out.w", 4, (double[]){ 0, 0, 0, 0 });
    set_w(p, w, "at.v.0_0.out.b", 4, (double[]){ 1, 0, 0, 2 });      /* phi_v = diag(1, 2) */
    set_w(p, w, "at.q.0", 4, (double[]){ 1, 0, 0, -1 });
    set_w(p, w, "at.si.0", 4, (double[]){ 1, 0, 0, 1 });
    double pos[9] = { 0, 0, 0, 1, 0, 0, 0, 2, 0 };
    double x[6] = { 1, 2, 2, 1, 3, 0.5 }, out[6];
    long row[4] = { 0, 2, 4, 6 };
    int src[6] = { 1, 2, 0, 2, 0, 1 }, gptr[2] = { 0, 3 };
    ref_graph g = { 3, 6, row, src, pos, NULL, 1, gptr };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    double Y0 = 1.0 / sqrt(4.0 * PI), sc = 1.0 / sqrt(2.0);
    /* head 0 = channel 0: q = 1; k_01 = 1 Y0 2, k_02 = 2 Y0 3 */
    double l1 = 1 * (1 * Y0 * 2) * sc, l2 = 1 * (2 * Y0 * 3) * sc;
    double a1 = exp(l1) / (exp(l1) + exp(l2));
    ck_assert_double_eq_tol(out[0], a1 * (Y0 * 2) + (1 - a1) * (Y0 * 3), 1e-14);
    /* head 1 = channel 1: q = -2; k_01 = 0.5 Y0 1, k_02 = 1 Y0 0.5 */
    double m1 = -2 * (0.5 * Y0 * 1) * sc, m2 = -2 * (1.0 * Y0 * 0.5) * sc;
    double b1 = exp(m1) / (exp(m1) + exp(m2));
    ck_assert_double_eq_tol(out[1], b1 * (2 * Y0 * 1) + (1 - b1) * (2 * Y0 * 0.5), 1e-14);
    ck_assert_double_eq_tol(b1, 0.5, 1e-15);
    free(w);
    compile_free(c);
}
END_TEST

/* Edge scalars: product of input fields (receiver's times sender's) feeds the radial net. */
START_TEST(test_edge_product_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; radial(width=1, depth=0);\n"
                           "input a : 1x0; input q : 1x0; edge qq : 1x0 = q * a;\n"
                           "conv c -> 1x0 (self=none); output o : 1x0; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    /* rows ci = a, q; columns [e_ij, r]: phi = e_ij = q_i a_j on channel a only */
    set_w(p, w, "c.r.0_0.out.w", 4, (double[]){ 1.0, 0.0, 0.0, 0.0 });
    set_w(p, w, "c.r.0_0.out.b", 2, (double[]){ 0.0, 0.0 });
    double pos[6] = { 0, 0, 0, 1, 0, 0 }, x[4] = { 2, 3, 5, 7 }, out[2];   /* (a, q) per node */
    long row[3] = { 0, 1, 2 };
    int src[2] = { 1, 0 }, gptr[2] = { 0, 2 };
    ref_graph g = { 2, 2, row, src, pos, NULL, 1, gptr };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    double Y0 = 1.0 / sqrt(4.0 * PI);
    ck_assert_double_eq_tol(out[0], (3 * 5) * Y0 * 5, 1e-13);   /* q_0 a_1 * Y0 * a_1 */
    ck_assert_double_eq_tol(out[1], (7 * 2) * Y0 * 2, 1e-13);
    free(w);
    compile_free(c);
}
END_TEST

/* relpos joins x_ij (internal order) to the sender's degree-1 features: conv 1x1 -> 1x0 with
 * phi = 1 on the relpos channel gives C^{01}_1 = I, so the message is Y_1(u) . x_ij. */
START_TEST(test_relpos_by_hand)
{
    compile *c = build_str("model h { precision f64; graph full; radial(width=1, depth=0);\n"
                           "input a : 1x0; edge rel : 1x1 = relpos;\n"
                           "conv c -> 1x0 (self=none); output o : 1x0; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    set_w(p, w, "c.r.0_0.out.w", 1, (double[]){ 0.0 });
    set_w(p, w, "c.r.0_0.out.b", 1, (double[]){ 0.0 });
    set_w(p, w, "c.r.1_0.out.w", 1, (double[]){ 0.0 });
    set_w(p, w, "c.r.1_0.out.b", 1, (double[]){ 1.0 });
    double C[9];
    ck_assert_int_eq(coupling_real(0, 1, 1, C), 0);
    /* C^{01}_1[0][b][c] = delta_bc (one column per c, unit norm over (a, b)) */
    for (int b = 0; b < 3; b++)
        for (int cc = 0; cc < 3; cc++)
            ck_assert_double_eq_tol(C[b * 3 + cc], b == cc ? 1.0 : 0.0, 1e-15);
    double pos[6] = { 0, 0, 0, 2, 1, 2 }, x[2] = { 0, 0 }, out[2];
    long row[3] = { 0, 1, 2 };
    int src[2] = { 1, 0 }, gptr[2] = { 0, 2 };
    ref_graph g = { 2, 2, row, src, pos, NULL, 1, gptr };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    /* sum_b Y_1(u)_b x_b = sqrt(3/4pi) u . x = sqrt(3/4pi) r, r = 3, for both edges */
    ck_assert_double_eq_tol(out[0], 3.0 * sqrt(3.0 / (4.0 * PI)), 1e-14);
    ck_assert_double_eq_tol(out[1], 3.0 * sqrt(3.0 / (4.0 * PI)), 1e-14);
    free(w);
    compile_free(c);
}
END_TEST

START_TEST(test_bad_arguments)
{
    compile *c = build_str("model h { precision f64; graph given; radial(width=1, depth=0);\n"
                           "input a : 1x0; edge b : 4x0 = bonds; conv c -> 1x0; output o : 1x0; }");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    double pos[6] = { 0 }, x[2] = { 1, 1 }, out[2];
    long row[3] = { 0, 1, 2 };
    int src[2] = { 1, 0 }, gptr[2] = { 0, 2 };
    ref_graph g = { 2, 2, row, src, pos, NULL, 1, gptr };
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), -1);   /* bonds but no edge_attr */
    double attr[8] = { 1, 0, 0, 0, 0, 0, 1, 0 };
    g.edge_attr = attr;
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), 0);
    int bad_src[2] = { 1, 5 };
    g.src = bad_src;
    ck_assert_int_eq(ref_forward(p, w, &g, x, out, NULL), -1);
    g.src = src;
    ck_assert_int_eq(ref_forward(p, w, &g, NULL, out, NULL), -1);
    ck_assert_int_eq(ref_forward(NULL, w, &g, x, out, NULL), -1);
    free(w);
    compile_free(c);
}
END_TEST

/* ---------- equivariance ---------- */

static const char *const SPECS[] = {
    "nbody_se3.spec", "nbody_tfn.spec", "qm9_se3.spec", "qm9_tfn.spec", "scanobjectnn_se3.spec",
    "scanobjectnn_se3_z.spec", "tiny_attention.spec", "tiny_conv.spec", "tiny_mlp.spec",
};
#define NSPECS ((int)(sizeof SPECS / sizeof SPECS[0]))

START_TEST(test_equivariance_spec)
{
    compile *c = build_file(SPECS[_i]);
    /* kNN specs need more than k + 1 points per graph */
    int npg = c->m->graph == GRAPH_KNN ? c->m->knn_k + 3 : 9;
    check_equivariance(SPECS[_i], c->ir, npg);
    compile_free(c);
}
END_TEST

/* Each layer kind alone (or with the least it needs), with degrees up to 4. */
static const char *const KINDS[] = {
    "model k { precision f64; graph full; radial(width=5, depth=2);\n"
    "input s : 2x0; input v : 1x1 + 1x2; edge ss : 2x0 = s * s; edge rel : 1x1 = relpos;\n"
    "conv c -> 2x0 + 2x1 + 2x2 + 1x3 + 1x4 (aggregate=sum, self=linear); output o : 2x0 + 2x1 + 2x2 + 1x3 + 1x4; }",

    "model k { precision f64; graph knn(k=4); radial(width=4, depth=1);\n"
    "input s : 1x0 + 2x1 + 1x3;\n"
    "conv c -> 1x0 + 1x1 + 2x2 (aggregate=mean, self=none); output o : 1x0 + 1x1 + 2x2; }",

    "model k { precision f64; graph full; radial(width=4, depth=2);\n"
    "input s : 2x0 + 2x1 + 2x2; edge rel : 1x1 = relpos;\n"
    "attention a -> 4x0 + 4x1 + 4x2 + 4x3 (heads=2, div=2, skip=cat, self=linear); output o : 4x0 + 4x1 + 4x2 + 4x3; }",

    "model k { precision f64; graph radius(r=2.0, max=5); radial(width=3, depth=1);\n"
    "input s : 2x0 + 2x1 + 2x4;\n"
    "attention a -> 2x0 + 2x1 + 2x4 (heads=2, div=1, skip=sum, self=attentive); output o : 2x0 + 2x1 + 2x4; }",

    "model k { precision f64; graph given; radial(width=3, depth=0);\n"
    "input s : 3x0 + 1x2; edge b : 4x0 = bonds;\n"
    "attention a -> 3x0 + 3x1 + 3x2 (heads=3, div=1, skip=none, self=linear); output o : 3x0 + 3x1 + 3x2; }",

    "model k { precision f64; graph full; input s : 2x0 + 3x1 + 2x2 + 1x3 + 2x4;\n"
    "norm n (kind=layer); output o : 2x0 + 3x1 + 2x2 + 1x3 + 2x4; }",

    "model k { precision f64; graph full; input s : 2x0 + 3x1 + 2x2 + 1x3 + 2x4;\n"
    "norm n (kind=bias); output o : 2x0 + 3x1 + 2x2 + 1x3 + 2x4; }",

    "model k { precision f64; graph full; input s : 2x0 + 3x1 + 2x2 + 2x4;\n"
    "selfint a -> 3x0 + 1x1 + 2x4 (kind=linear, bias=true); output o : 3x0 + 1x1 + 2x4; }",

    "model k { precision f64; graph full; input s : 2x0 + 3x1 + 2x2 + 2x3;\n"
    "selfint a -> 3x0 + 2x1 + 1x3 (kind=attentive); output o : 3x0 + 2x1 + 1x3; }",

    "model k { precision f64; graph full; input s : 2x0 + 3x1 + 2x2;\n"
    "pool p (op=mean); output o : 2x0 + 3x1 + 2x2; }",

    "model k { precision f64; graph full; input s : 3x0;\n"
    "pool p (op=max); mlp m -> 2x0 (hidden=[4, 3]); output o : 2x0; }",

    "model k { precision f64; graph full; input s : 3x0 + 1x1;\n"
    "pool p (op=mean); norm n (kind=layer); selfint t -> 2x0 + 1x1 (kind=attentive, bias=true); output o : 2x0 + 1x1; }",
};
#define NKINDS ((int)(sizeof KINDS / sizeof KINDS[0]))

START_TEST(test_equivariance_kind)
{
    compile *c = build_str(KINDS[_i]);
    char label[32];
    snprintf(label, sizeof label, "kind %d (%s)", _i, layer_kind_name(c->m->layers[0].kind));
    check_equivariance(label, c->ir, 8);
    compile_free(c);
}
END_TEST

/* ---------- coincident points ---------- */

START_TEST(test_coincident_points)
{
    const char *specs[] = { "tiny_attention.spec", "tiny_conv.spec", "nbody_se3.spec", "tiny_mlp.spec" };
    for (int s = 0; s < 4; s++) {
        compile *c = build_file(specs[s]);
        const ir *p = c->ir;
        uint64_t st = 99;
        tprob P;
        tp_make(&P, p->m, 1, 7, &st);
        /* nodes 1, 2 on node 0; node 3 at 1e-14 from node 0 */
        for (int a = 0; a < 3; a++) {
            P.pos[3 + a] = P.pos[a];
            P.pos[6 + a] = P.pos[a];
            P.pos[9 + a] = P.pos[a] + (a == 0 ? 1e-14 : 0.0);
        }
        fix_inputs(p->m, P.n, P.pos, P.x);
        double *w = rand_params(p, 5);
        double *o = run(p, w, &P);   /* asserts every output is finite */
        /* Rotating a cloud with coincident points still commutes (Y_0 only on those edges). */
        double e = rot_error(p, w, &P, &st, 0, 1);
        ck_assert_msg(e < 1e-9, "%s: rotation error %g with coincident points", specs[s], e);
        free(o);
        free(w);
        tp_free(&P);
        compile_free(c);
    }
}
END_TEST

/* ---------- weights ---------- */

START_TEST(test_init_known_values)
{
    ck_assert_uint_eq(ref_fnv1a64(""), 0xcbf29ce484222325ULL);
    ck_assert_uint_eq(ref_fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
    ck_assert_uint_eq(ref_fnv1a64("foobar"), 0x85944171f73967e8ULL);
    compile *c = build_file("tiny_attention.spec");
    const ir *p = c->ir;
    double *w1 = calloc((size_t)p->nparams, sizeof *w1), *w2 = calloc((size_t)p->nparams, sizeof *w2);
    ref_init_params(p, 42, w1);
    ref_init_params(p, 42, w2);
    ck_assert_int_eq(memcmp(w1, w2, (size_t)p->nparams * sizeof *w1), 0);
    /* every tensor's first values from an independent splitmix64 (wigner_rng_next) */
    for (int i = 0; i < p->nweights; i++) {
        const ir_weight *wt = &p->weights[i];
        uint64_t st = 42ULL * 0x9E3779B97F4A7C15ULL ^ ref_fnv1a64(wt->name);
        double u1 = (double)(wigner_rng_next(&st) >> 11) * 0x1.0p-53;
        double u2 = (double)(wigner_rng_next(&st) >> 11) * 0x1.0p-53;
        double want = 0;
        switch (wt->init) {
        case IR_INIT_UNIFORM: want = 2 * wt->scale * u1 - wt->scale; break;
        case IR_INIT_NORMAL: want = wt->scale * sqrt(-2 * log(1 - u1)) * cos(2 * PI * u2); break;
        case IR_INIT_ONES: want = 1; break;
        case IR_INIT_ZEROS: want = 0; break;
        }
        ck_assert_msg(w1[wt->offset] == want, "%s[0] = %.17g, want %.17g", wt->name, w1[wt->offset], want);
    }
    ref_init_params(p, 43, w2);
    long same = 0;
    for (long i = 0; i < p->nparams; i++)
        same += w1[i] == w2[i];
    /* only ones/zeros agree between seeds */
    long fixed = 0;
    for (int i = 0; i < p->nweights; i++)
        if (p->weights[i].init == IR_INIT_ONES || p->weights[i].init == IR_INIT_ZEROS)
            fixed += p->weights[i].size;
    ck_assert_int_eq(same, fixed);
    free(w1);
    free(w2);
    compile_free(c);
}
END_TEST

START_TEST(test_init_distributions)
{
    compile *c = build_file("qm9_se3.spec");
    const ir *p = c->ir;
    double *w = calloc((size_t)p->nparams, sizeof *w);
    ref_init_params(p, 7, w);
    int nu = 0, nn = 0;
    for (int i = 0; i < p->nweights; i++) {
        const ir_weight *wt = &p->weights[i];
        const double *v = w + wt->offset;
        double s1 = 0, s2 = 0;
        for (long k = 0; k < wt->size; k++) {
            s1 += v[k];
            s2 += v[k] * v[k];
        }
        double mean = s1 / wt->size, var = s2 / wt->size - mean * mean;
        if (wt->init == IR_INIT_ONES || wt->init == IR_INIT_ZEROS) {
            for (long k = 0; k < wt->size; k++)
                ck_assert_double_eq(v[k], wt->init == IR_INIT_ONES ? 1.0 : 0.0);
        } else if (wt->size >= 1024) {
            double a = wt->scale, want = wt->init == IR_INIT_UNIFORM ? a * a / 3 : a * a;
            double se = sqrt(2.0 / wt->size) * want * 2;   /* generous */
            ck_assert_msg(fabs(mean) < 5 * sqrt(want / wt->size), "%s mean %g", wt->name, mean);
            ck_assert_msg(fabs(var - want) < 5 * se, "%s var %g want %g", wt->name, var, want);
            if (wt->init == IR_INIT_UNIFORM) {
                for (long k = 0; k < wt->size; k++)
                    ck_assert(v[k] >= -a && v[k] < a);
                nu++;
            } else {
                nn++;
            }
        }
    }
    ck_assert_int_gt(nu, 10);
    ck_assert_int_gt(nn, 2);
    /* LayerNorm gains of a norm layer are exactly 1 */
    const ir_weight *g = find_w(p, "nl_1.ln.1.g");
    for (long k = 0; k < g->size; k++)
        ck_assert_double_eq(w[g->offset + k], 1.0);
    free(w);
    compile_free(c);
}
END_TEST

/* Different weights give different outputs, and every layer's output can be captured. */
START_TEST(test_weights_matter)
{
    compile *c = build_file("tiny_attention.spec");
    const ir *p = c->ir;
    uint64_t st = 11;
    tprob P;
    tp_make(&P, p->m, 1, 8, &st);
    double *w1 = rand_params(p, 1), *w2 = rand_params(p, 2);
    double *o1 = run(p, w1, &P), *o2 = run(p, w2, &P);
    ck_assert_double_gt(rel_err(o1, o2, out_size(p->m, &P)), 1e-3);
    /* layer_out: the last layer's capture equals the output */
    double *lo[8] = { 0 };
    for (int i = 0; i < p->nlayers; i++)
        lo[i] = calloc((size_t)P.n * fibre_dim(&p->m->layers[i].out), sizeof(double));
    tgraph G;
    tg_build(&G, p->m, P.n, P.pos, P.ng, P.gptr, P.bonds, P.nb);
    double *o3 = calloc((size_t)out_size(p->m, &P), sizeof *o3);
    ck_assert_int_eq(ref_forward(p, w1, &G.g, P.x, o3, lo), 0);
    ck_assert_int_eq(memcmp(o3, o1, (size_t)out_size(p->m, &P) * sizeof *o1), 0);
    ck_assert_int_eq(memcmp(lo[p->nlayers - 1], o1, (size_t)out_size(p->m, &P) * sizeof *o1), 0);
    /* a single weight changes the output */
    const ir_weight *q = find_w(p, "a2.q.1");
    w1[q->offset] += 0.5;
    double *o4 = run(p, w1, &P);
    ck_assert_double_gt(rel_err(o1, o4, out_size(p->m, &P)), 1e-8);
    for (int i = 0; i < p->nlayers; i++)
        free(lo[i]);
    tg_free(&G);
    free(o1);
    free(o2);
    free(o3);
    free(o4);
    free(w1);
    free(w2);
    tp_free(&P);
    compile_free(c);
}
END_TEST

static Suite *reference_suite(void)
{
    Suite *s = suite_create("reference");
    TCase *tc = tcase_create("by_hand");
    tcase_add_test(tc, test_conv_vector_by_hand);
    tcase_add_test(tc, test_conv_mean_by_hand);
    tcase_add_test(tc, test_radial_by_hand);
    tcase_add_test(tc, test_norm_bias_by_hand);
    tcase_add_test(tc, test_norm_layer_by_hand);
    tcase_add_test(tc, test_selfint_by_hand);
    tcase_add_test(tc, test_selfint_attentive_by_hand);
    tcase_add_test(tc, test_pool_by_hand);
    tcase_add_test(tc, test_mlp_by_hand);
    tcase_add_test(tc, test_attention_by_hand);
    tcase_add_test(tc, test_edge_product_by_hand);
    tcase_add_test(tc, test_relpos_by_hand);
    tcase_add_test(tc, test_bad_arguments);
    suite_add_tcase(s, tc);

    tc = tcase_create("equivariance");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_equivariance_spec, 0, NSPECS);
    tcase_add_loop_test(tc, test_equivariance_kind, 0, NKINDS);
    tcase_add_test(tc, test_coincident_points);
    suite_add_tcase(s, tc);

    tc = tcase_create("weights");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_init_known_values);
    tcase_add_test(tc, test_init_distributions);
    tcase_add_test(tc, test_weights_matter);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *suites[] = { reference_suite(), NULL };
    return tu_run_suites(suites);
}
