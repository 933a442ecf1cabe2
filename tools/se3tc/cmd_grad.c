/* cmd_grad.c - `se3tc gradcheck SPEC` (docs/training.md): the generated backward
 * against central finite differences of the generated forward, in f64, on random graphs of
 * the spec's kind, for every weight tensor, every input feature and every position. */
#include "cmd_grad.h"
#include "cmd_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "pipeline.h"
#include "se3rt_model.h"
#include "wigner.h"

static double gc_normal(uint64_t *s)
{
    double u = wigner_rng_uniform(s), v = wigner_rng_uniform(s);
    return sqrt(-2.0 * log(u > 1e-300 ? u : 1e-300)) * cos(6.283185307179586 * v);
}

/* The checked loss: a fixed random linear functional of the outputs, L = sum w . out. */
typedef struct gc_loss {
    const double *w;
} gc_loss;

static double gc_loss_fn(void *user, const se3rt_batch *b, const double *out, int64_t rows, int dim, double *dout)
{
    (void)b;
    const gc_loss *g = user;
    double L = 0;
    for (int64_t k = 0; k < rows * dim; k++) {
        L += g->w[k] * out[k];
        dout[k] = g->w[k];
    }
    return L;
}

typedef struct gc_state {
    se3rt_model *m;
    se3rt_batch b;
    double *pos, *node_in, *out;
    const double *w;
    int64_t nout;
    double h;
} gc_state;

static int gc_eval(gc_state *s, double *L)
{
    if (se3rt_model_forward(s->m, &s->b, s->out) != SE3RT_OK)
        return -1;
    double v = 0;
    for (int64_t k = 0; k < s->nout; k++)
        v += s->w[k] * s->out[k];
    *L = v;
    return 0;
}

/* Central difference of L in the value *x (a weight, input or coordinate) with step h
 * relative to max(1, |x|). */
static int gc_fd_step(gc_state *s, double *x, int is_param, double step, double *fd)
{
    const double x0 = *x, h = step * (fabs(x0) > 1 ? fabs(x0) : 1);
    const int64_t k = is_param ? x - se3rt_model_params(s->m) : -1;
    double lp = 0, lm = 0;
    if (is_param)
        se3rt_model_set_param(s->m, k, x0 + h);
    else
        *x = x0 + h;
    int rc = gc_eval(s, &lp);
    if (is_param)
        se3rt_model_set_param(s->m, k, x0 - h);
    else
        *x = x0 - h;
    rc |= gc_eval(s, &lm);
    if (is_param)
        se3rt_model_set_param(s->m, k, x0);
    else
        *x = x0;
    *fd = (lp - lm) / (2 * h);
    return rc;
}

/* The central difference closest to the analytic value `an` over the steps h, 10h, h/10, h/100:
 * a gradient far below L/h is lost to rounding (about ε|L|/h) at h and not at 10h (truncation
 * then grows as (10h)^2); ReLU kinks (radial nets, norm nonlinearities) lie within h of a random
 * point often enough in big models that one step alone would report them. A wrong backward
 * stays wrong at every step. */
static int gc_fd(gc_state *s, double *x, int is_param, double an, double tol, double *fd)
{
    static const double steps[] = { 1, 10, 0.1, 0.01 };
    double best = INFINITY;
    for (size_t k = 0; k < sizeof steps / sizeof *steps; k++) {
        double v;
        if (gc_fd_step(s, x, is_param, s->h * steps[k], &v) != 0)
            return -1;
        double e = fabs(v - an) / fmax(fmax(fabs(v), fabs(an)), 1e-300);
        if (e < best) {
            best = e;
            *fd = v;
        }
        if (e <= tol)
            break;
    }
    return 0;
}

/* One group of checks: worst relative error |fd - an| / max(|fd|, |an|, floor) where floor is
 * 1e-3 of the group's largest analytic gradient (entries that are ~0 next to the rest are
 * compared in absolute terms). */
typedef struct gc_group {
    const char *what;
    int n;
    double worst, gmax;
    int nbad;
    double tol;
    char where[200];
} gc_group;

typedef struct gc_item {
    double an, fd;
    char where[200];
} gc_item;

static void gc_judge(gc_group *g, const gc_item *items, int n)
{
    g->n = n;
    g->gmax = 0;
    for (int i = 0; i < n; i++)
        g->gmax = fmax(g->gmax, fmax(fabs(items[i].an), fabs(items[i].fd)));
    g->worst = 0;
    snprintf(g->where, sizeof g->where, "-");
    for (int i = 0; i < n; i++) {
        double den = fmax(fmax(fabs(items[i].an), fabs(items[i].fd)), 1e-3 * g->gmax);
        double e = den > 0 ? fabs(items[i].an - items[i].fd) / den : 0;
        g->nbad += e > g->tol;
        if (e > g->worst || i == 0) {
            g->worst = e;
            snprintf(g->where, sizeof g->where, "%s (backward %.9g, finite difference %.9g)", items[i].where,
                     items[i].an, items[i].fd);
        }
    }
}

static void gc_usage(FILE *f)
{
    fprintf(f, "usage: se3tc gradcheck SPEC [--seed N] [--graphs G] [--nodes N] [--per-tensor K] [--step H]\n"
               "                        [--tol T] [--only PREFIX] [--device cpu|cuda]\n"
               "Compare the generated backward (f64) with central finite differences of the generated\n"
               "forward on random graphs of the spec's kind, for every weight tensor (K entries each,\n"
               "default 3), every input feature and every coordinate. The loss is a fixed random\n"
               "linear function of the outputs (the weights' and positions' differences without the\n"
               "spec's reference energies, on which they do not depend). Exit 0 when every relative\n"
               "error is <= T (1e-6).\n"
               "An entry above T is retried with steps 10H (rounding), H/10 and H/100 (ReLU kinks).\n"
               "  --graphs 2  --nodes 6  --step 1e-5 (relative to max(1, |x|))  --seed 1\n"
               "  --only PREFIX  check only the weight tensors whose names start with PREFIX\n"
               "  --device cuda  the backward on the device (the generated CUDA kernels; finite\n"
               "                 differences of the device's forward)\n");
}

int cmd_gradcheck(int argc, char **argv)
{
    const char *spec = NULL, *only = NULL, *device = "cpu";
    long seed = 1, graphs = 2, nodes = 6, per = 3;
    double step = 1e-5, tol = 1e-6;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        char *end = NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            gc_usage(stdout);
            return 0;
        } else if ((strcmp(a, "--seed") == 0 || strcmp(a, "--graphs") == 0 || strcmp(a, "--nodes") == 0 ||
                    strcmp(a, "--per-tensor") == 0) && i + 1 < argc) {
            long v, lo = strcmp(a, "--seed") == 0 ? 0 : 1;
            if (cmd_parse_count(argv[++i], lo, 100000, &v) != 0) {
                fprintf(stderr, "se3tc gradcheck: %s needs a whole number from %ld to 100000 (digits only), not '%s'\n",
                        a, lo, argv[i]);
                return 2;
            }
            *(strcmp(a, "--seed") == 0 ? &seed : strcmp(a, "--graphs") == 0 ? &graphs
                                              : strcmp(a, "--nodes") == 0  ? &nodes
                                                                           : &per) = v;
        } else if ((strcmp(a, "--step") == 0 || strcmp(a, "--tol") == 0) && i + 1 < argc) {
            double v = strtod(argv[++i], &end);
            if (!*argv[i] || *end || !(v > 0) || !isfinite(v)) {
                fprintf(stderr, "se3tc gradcheck: %s needs a positive number, not '%s'\n", a, argv[i]);
                return 2;
            }
            *(strcmp(a, "--step") == 0 ? &step : &tol) = v;
        } else if (strcmp(a, "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
        } else if (strcmp(a, "--device") == 0 && i + 1 < argc) {
            device = argv[++i];
            if (strcmp(device, "cpu") != 0 && strcmp(device, "cuda") != 0) {
                fprintf(stderr, "se3tc gradcheck: --device is cpu or cuda, not '%s'\n", device);
                return 2;
            }
        } else if (a[0] == '-') {
            fprintf(stderr, "se3tc gradcheck: unknown option '%s' (see se3tc gradcheck --help)\n", a);
            return 2;
        } else if (spec) {
            fprintf(stderr, "se3tc gradcheck: one spec at a time ('%s' and '%s')\n", spec, a);
            return 2;
        } else {
            spec = a;
        }
    }
    if (!spec) {
        fprintf(stderr, "se3tc gradcheck: no spec given (usage: se3tc gradcheck SPEC)\n");
        return 2;
    }
    pipeline_opts po = PIPELINE_DEFAULTS;
    po.prec = PREC_F64;   /* finite differences need f64 */
    po.grad = 1;
    compile *c = pipeline_compile_file(spec, &po);
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        compile_free(c);
        return 1;
    }
    {
        /* --graphs x --nodes is the batch: its forward and backward, the finite-difference items */
        char what[128], a[32], l[32];
        double lim = cmd_mem_limit(what, sizeof what);
        double need = cmd_mem_batch(c, (double)graphs, (double)nodes, (double)nodes, 1) +
                      (double)sizeof(gc_item) * ((double)c->ir->nparams + (double)graphs * nodes * (fibre_dim(&c->m->in) + 3));
        if ((double)graphs * nodes > 2147483647.0 || need > lim) {
            cmd_mem_fmt(a, sizeof a, need);
            cmd_mem_fmt(l, sizeof l, lim);
            fprintf(stderr, "se3tc gradcheck: --graphs %ld x --nodes %ld needs about %s of memory, more than the %s of %s\n",
                    graphs, nodes, a, l, what);
            compile_free(c);
            return 1;
        }
    }
    const graph_kind gk = c->m->graph;
    const double radius = c->m->radius;
    if (gk == GRAPH_KNN && nodes < c->m->knn_k + 1)
        nodes = c->m->knn_k + 1; /* a kNN graph needs more than k points */
    se3rt_ctx *ctx = NULL;
    if (se3rt_ctx_new(&ctx, NULL) != SE3RT_OK) {
        fprintf(stderr, "se3tc gradcheck: out of memory\n");
        compile_free(c);
        return 1;
    }
    /* -O2 builds the big generated files in a third of -O3's time; $SE3TC_CFLAGS still wins */
    if (!se3rt_ctx_cflags(ctx) && se3rt_ctx_set_cflags(ctx, "-O2 -march=native") != SE3RT_OK) {
        fprintf(stderr, "se3tc gradcheck: out of memory\n");
        compile_free(c);
        se3rt_ctx_free(ctx);
        return 1;
    }
    se3rt_model *m = NULL;
    se3rt_status st = pipeline_model(ctx, c, &po, device, &m);
    compile_free(c);
    if (st != SE3RT_OK) {
        fprintf(stderr, "se3tc gradcheck: %s: %s\n", spec, se3rt_errmsg(ctx));
        se3rt_ctx_free(ctx);
        return 1;
    }
    se3rt_model_set_threads(m, 1);
    uint64_t rng = 0x5eed0000ULL + (uint64_t)seed;
    int rc = 1;
    const int in_dim = se3rt_model_in_dim(m), out_dim = se3rt_model_out_dim(m);
    const int64_t n = graphs * nodes, np = se3rt_model_nparams(m);
    const int64_t rows = se3rt_model_out_per_graph(m) ? graphs : n;
    gc_state s = { .m = m, .h = step, .nout = rows * out_dim };
    int32_t *gp = calloc((size_t)graphs + 1, sizeof *gp);
    se3rt_bond *bonds = calloc((size_t)n * 2 + 1, sizeof *bonds);
    double *w = malloc(sizeof *w * (size_t)(s.nout + 1));
    double *dparams = malloc(sizeof *dparams * (size_t)(np + 1));
    double *dx = malloc(sizeof *dx * (size_t)(n * in_dim + 1)), *dpos = malloc(sizeof *dpos * (size_t)(n * 3));
    gc_item *items = malloc(sizeof *items * (size_t)(np + n * (in_dim + 3) + 1));
    s.pos = malloc(sizeof *s.pos * (size_t)n * 3);
    s.node_in = malloc(sizeof *s.node_in * (size_t)(n * in_dim + 1));
    s.out = malloc(sizeof *s.out * (size_t)(s.nout + 1));
    if (!gp || !bonds || !w || !dparams || !dx || !dpos || !items || !s.pos || !s.node_in || !s.out) {
        fprintf(stderr, "se3tc gradcheck: out of memory\n");
        goto done;
    }
    /* random graphs: points N(0, scale^2) (a radius graph's scale is its cut-off), inputs
     * N(0, 1), bonds along a chain with random orders; random weights */
    const double scale = gk == GRAPH_RADIUS ? 0.6 * radius : 1.0;
    int64_t nb = 0;
    for (long g = 0; g <= graphs; g++)
        gp[g] = (int32_t)(g * nodes);
    for (int64_t k = 0; k < n * 3; k++)
        s.pos[k] = scale * gc_normal(&rng);
    for (int64_t k = 0; k < n * in_dim; k++)
        s.node_in[k] = gc_normal(&rng);
    for (long g = 0; g < graphs; g++)
        for (long i = 1; i < nodes; i++)
            bonds[nb++] = (se3rt_bond){ (int32_t)(g * nodes + i - 1), (int32_t)(g * nodes + i),
                                        1 + (int32_t)(wigner_rng_next(&rng) % 4) };
    for (int64_t k = 0; k < s.nout; k++)
        w[k] = gc_normal(&rng);
    s.w = w;
    s.b = (se3rt_batch){ .n_graphs = (int32_t)graphs, .graph_ptr = gp, .pos = s.pos, .node_in = s.node_in,
                         .bonds = bonds, .nbonds = nb };
    if (se3rt_model_init_weights(m, (uint64_t)seed) != SE3RT_OK)
        goto rt_fail;
    /* perturb the documented initialisation (LayerNorm gains 1, biases 0) so no weight sits at a
     * special value */
    double *P = se3rt_model_params(m);
    for (int64_t k = 0; k < np; k++)
        P[k] += 0.1 * gc_normal(&rng);
    se3rt_model_params_changed(m);
    gc_loss loss = { w };
    double L;
    if (se3rt_model_grad(m, &s.b, gc_loss_fn, &loss, &L, NULL, dparams, dx, dpos) != SE3RT_OK)
        goto rt_fail;
    printf("gradcheck %s: %ld graphs of %ld nodes, %lld weights in %d tensors, loss %.6g, step %g, f64\n", spec,
           graphs, nodes, (long long)np, se3rt_model_nweights(m), L, step);
    gc_group groups[3] = { { .what = "weights", .tol = tol }, { .what = "inputs", .tol = tol },
                           { .what = "positions", .tol = tol } };
    /* The weights' and positions' differences without the reference energies: they depend on
     * neither, and with them a loss of ~1e3 leaves the small gradients to rounding (ε|L|/h); the
     * inputs' with them, since their share of dL/d(inputs) is checked too. */
    se3rt_model_set_reference_energies(m, 0);
    int ni = 0;
    for (int t = 0; t < se3rt_model_nweights(m); t++) {
        int64_t off = se3rt_model_weight_offset(m, t), size = se3rt_model_weight_size(m, t);
        if (only && strncmp(se3rt_model_weight_name(m, t), only, strlen(only)) != 0)
            continue;
        for (int64_t q = 0; q < (size < per ? size : per); q++) {
            int64_t k = size <= per ? q : (int64_t)(wigner_rng_next(&rng) % (uint64_t)size);
            gc_item *it = &items[ni++];
            it->an = dparams[off + k];
            if (gc_fd(&s, &P[off + k], 1, it->an, tol, &it->fd) != 0)
                goto rt_fail;
            snprintf(it->where, sizeof it->where, "%s[%lld]", se3rt_model_weight_name(m, t), (long long)k);
        }
    }
    gc_judge(&groups[0], items, ni);
    se3rt_model_set_reference_energies(m, 1);
    ni = 0;
    for (int64_t k = 0; k < n * in_dim; k++) {
        gc_item *it = &items[ni++];
        it->an = dx[k];
        if (gc_fd(&s, &s.node_in[k], 0, it->an, tol, &it->fd) != 0)
            goto rt_fail;
        snprintf(it->where, sizeof it->where, "node %lld input %lld", (long long)(k / in_dim), (long long)(k % in_dim));
    }
    gc_judge(&groups[1], items, ni);
    se3rt_model_set_reference_energies(m, 0);
    ni = 0;
    for (int64_t k = 0; k < n * 3; k++) {
        gc_item *it = &items[ni++];
        it->an = dpos[k];
        if (gc_fd(&s, &s.pos[k], 0, it->an, tol, &it->fd) != 0)
            goto rt_fail;
        snprintf(it->where, sizeof it->where, "node %lld %c", (long long)(k / 3), "xyz"[k % 3]);
    }
    gc_judge(&groups[2], items, ni);
    rc = 0;
    for (int g = 0; g < 3; g++) {
        int ok = groups[g].worst <= tol;
        printf("  %-9s %6d checked  max |grad| %-10.3g worst relative error %-9.2e %s\n", groups[g].what, groups[g].n,
               groups[g].gmax, groups[g].worst, ok ? "ok" : "FAIL");
        if (!ok) {
            printf("    %d above the tolerance; worst at %s\n", groups[g].nbad, groups[g].where);
            rc = 1;
        }
    }
    printf("%s\n", rc ? "FAIL" : "ok");
    goto done;
rt_fail:
    fprintf(stderr, "se3tc gradcheck: %s: %s\n", spec, se3rt_errmsg(ctx));
    rc = 1;
done:
    free(gp);
    free(bonds);
    free(w);
    free(dparams);
    free(dx);
    free(dpos);
    free(items);
    free(s.pos);
    free(s.node_in);
    free(s.out);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    return rc;
}
