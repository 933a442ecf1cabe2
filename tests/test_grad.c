/* test_grad.c - the generated backward (docs/training.md): `se3tc gradcheck` on the tiny
 * specs, on each layer kind alone and on every shipped spec; a gradcheck that must fail; the
 * runtime API (translation invariance of position gradients, a model without backward code);
 * Adam, the cosine schedule and clipping. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <dlfcn.h>
#include <unistd.h>

#include "pipeline.h"
#include "se3rt_abi.h"
#include "se3rt_train.h"
#include "testutil.h"

#define SPECS SE3_SOURCE_DIR "/specs/"

/* gradcheck ARGS must pass: exit 0, every group "ok", final line "ok". */
static void gradcheck_ok(const char *args)
{
    char *out = NULL, *err = NULL;
    int rc = tu_se3tcf(&out, &err, "gradcheck %s", args);
    ck_assert_msg(rc == 0, "gradcheck %s: exit %d\n%s%s", args, rc, out, err);
    ck_assert_msg(strstr(out, "FAIL") == NULL && strstr(out, "\nok\n"), "gradcheck %s:\n%s", args, out);
    ck_assert_msg(strstr(out, "  weights ") && strstr(out, "  inputs ") && strstr(out, "  positions "),
                  "gradcheck %s: a group is missing:\n%s", args, out);
    free(out);
    free(err);
}

START_TEST(test_gradcheck_tiny_specs)
{
    gradcheck_ok("'" SPECS "tiny_attention.spec'");
    gradcheck_ok("'" SPECS "tiny_conv.spec'");
    gradcheck_ok("'" SPECS "tiny_mlp.spec'");
    gradcheck_ok("'" SPECS "tiny_envelope.spec'");   /* the smooth cut-off's d/dr */
    gradcheck_ok("'" SPECS "tiny_xij.spec'");   /* xij=add: weights, inputs and positions */
    gradcheck_ok("'" SPECS "tiny_edgefield.spec'");
    gradcheck_ok("'" SPECS "tiny_energy.spec'");   /* reference energies: a loss of ~2,600 */
    gradcheck_ok("'" SPECS "tiny_gate.spec'");   /* an edge input: its dL/dq through q_i q_j, q_i s_j */
}
END_TEST

/* Each layer kind on its own (and each of its variants), after an input of every degree. */
static const char *const KIND_SPECS[] = {
    "model k_att_sum { precision f64; graph radius(r=2.5, max=6); radial(width=6, depth=1);\n"
    "  input s : 2x0; input v : 2x1 + 2x2; edge ss : 2x0 = s * s; edge rel : 1x1 = relpos;\n"
    "  attention a -> 4x0 + 4x1 + 4x2 (heads=2, div=2, skip=sum, self=attentive);\n"
    "  output o : 4x0 + 4x1 + 4x2; }\n",
    "model k_att_cat { precision f64; graph full; radial(width=5, depth=2);\n"
    "  input s : 1x0; input v : 1x1; edge rel : 1x1 = relpos;\n"
    "  attention a -> 2x0 + 2x1 + 2x3 (heads=1, div=1, skip=cat, self=linear);\n"
    "  output o : 2x0 + 2x1 + 2x3; }\n",
    "model k_conv { precision f64; graph knn(k=3); radial(width=4, depth=0);\n"
    "  input s : 2x0 + 1x1;\n"
    "  conv c -> 2x0 + 1x1 + 1x2 (aggregate=mean, self=linear);\n"
    "  output o : 2x0 + 1x1 + 1x2; }\n",
    "model k_norm_layer { precision f64; graph full;\n"
    "  input s : 3x0 + 2x1 + 2x2;\n"
    "  norm n (kind=layer);\n"
    "  output o : 3x0 + 2x1 + 2x2; }\n",
    "model k_norm_bias { precision f64; graph full;\n"
    "  input s : 3x0 + 2x1;\n"
    "  norm n (kind=bias);\n"
    "  output o : 3x0 + 2x1; }\n",
    "model k_selfint { precision f64; graph full;\n"
    "  input s : 3x0 + 3x1;\n"
    "  selfint a -> 2x0 + 2x1 (kind=attentive);\n"
    "  selfint b -> 2x0 + 1x1 (kind=linear, bias=true);\n"
    "  output o : 2x0 + 1x1; }\n",
    "model k_pool_max { precision f64; graph full;\n"
    "  input s : 3x0;\n"
    "  pool p (op=max);\n"
    "  output o : 3x0; }\n",
    "model k_pool_mean { precision f64; graph full;\n"
    "  input s : 2x0 + 1x1;\n"
    "  pool p (op=mean);\n"
    "  output o : 2x0 + 1x1; }\n",
    "model k_pool_sum { precision f64; graph full;\n"
    "  input s : 2x0 + 1x1;\n"
    "  pool p (op=sum);\n"
    "  output o : 2x0 + 1x1; }\n",
    "model k_mlp { precision f64; graph full;\n"
    "  input s : 3x0;\n"
    "  mlp h -> 2x0 (hidden=[5, 4]);\n"
    "  output o : 2x0; }\n",
    "model k_gate { precision f64; graph full; radial(width=4, depth=1);\n"
    "  input s : 2x0 + 1x1;\n"
    "  conv c -> 5x0 + 2x1 + 1x2 (self=linear);\n"
    "  gate g1 -> 2x0 + 2x1 + 1x2;\n"
    "  selfint s1 -> 4x0 + 1x1 + 1x2 (kind=linear);\n"
    "  gate g2 -> 2x0 + 1x1 + 1x2 (act=tanh);\n"
    "  selfint s2 -> 3x0 + 1x1 + 1x2 (kind=linear);\n"
    "  gate g3 -> 1x0 + 1x1 + 1x2 (act=relu);\n"
    "  output o : 1x0 + 1x1 + 1x2; }\n",
};

START_TEST(test_gradcheck_each_layer_kind)
{
    char *dir = tu_tmpdir();
    for (size_t i = 0; i < sizeof KIND_SPECS / sizeof *KIND_SPECS; i++) {
        char path[4200], args[4400];
        snprintf(path, sizeof path, "%s/kind%zu.spec", dir, i);
        ck_assert_int_eq(tu_write_file(path, KIND_SPECS[i]), 0);
        snprintf(args, sizeof args, "'%s' --per-tensor 6", path);
        gradcheck_ok(args);
    }
    free(dir);
}
END_TEST

/* Every shipped paper spec: one random entry of every weight tensor, all inputs and
 * coordinates of a 4-node graph. */
static const char *const PAPER[] = { "nbody_se3",          "nbody_tfn",          "qm9_se3",
                                     "qm9_tfn",            "scanobjectnn_se3",   "scanobjectnn_se3_z",
                                     "nbody_se3_official", "nbody_se3_appendix", "nbody_tfn_official" };

START_TEST(test_gradcheck_paper_specs)
{
    char args[600];
    snprintf(args, sizeof args, "'" SPECS "%s.spec' --graphs 1 --nodes 4 --per-tensor 1", PAPER[_i]);
    gradcheck_ok(args);
}
END_TEST

/* A gradcheck can fail: with a tolerance no finite difference meets it says FAIL, exit 1. */
START_TEST(test_gradcheck_can_fail)
{
    char *out = NULL, *err = NULL;
    int rc = tu_se3tcf(&out, &err, "gradcheck '" SPECS "tiny_conv.spec' --tol 1e-300");
    ck_assert_int_eq(rc, 1);
    ck_assert_ptr_nonnull(strstr(out, "FAIL"));
    ck_assert_ptr_nonnull(strstr(out, "worst at "));
    free(out);
    free(err);
    rc = tu_se3tcf(&out, &err, "gradcheck '" SPECS "tiny_conv.spec' --step -1");
    ck_assert_int_eq(rc, 2);
    ck_assert_msg(strchr(err, '\n') == err + strlen(err) - 1, "not one line: %s", err);
    free(out);
    free(err);
    rc = tu_se3tcf(&out, &err, "gradcheck");
    ck_assert_int_eq(rc, 2);
    free(out);
    free(err);
}
END_TEST

/* `se3tc compile --grad` puts the backward entry points in NAME.c; plain compile does not. */
START_TEST(test_compile_grad_flag)
{
    char *dir = tu_tmpdir(), *out = NULL, *err = NULL, path[4200];
    int rc = tu_se3tcf(&out, &err, "compile '" SPECS "tiny_conv.spec' -o '%s' --grad", dir);
    ck_assert_msg(rc == 0, "%s", err);
    snprintf(path, sizeof path, "%s/tiny_conv.c", dir);
    char *src = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(strstr(src, "int se3m_tiny_conv_layer_backward("));
    ck_assert_ptr_nonnull(strstr(src, "static void se3b_c1_edge("));
    free(src);
    free(out);
    free(err);
    /* the generated forward and backward compile without a warning */
    static const char *const specs[] = { "tiny_conv", "tiny_attention", "tiny_mlp" };
    for (int i = 0; i < 3; i++) {
        char cmd[9000];
        rc = tu_se3tcf(&out, &err, "compile '" SPECS "%s.spec' -o '%s' --grad", specs[i], dir);
        ck_assert_msg(rc == 0, "%s", err);
        free(out);
        free(err);
        snprintf(cmd, sizeof cmd, "cc -std=c11 -Wall -Wextra -Werror -fopenmp -fsyntax-only '%s/%s.c' 2>&1", dir,
                 specs[i]);
        FILE *p = popen(cmd, "r");
        ck_assert_ptr_nonnull(p);
        char msg[4096] = "";
        size_t nr = fread(msg, 1, sizeof msg - 1, p);
        msg[nr] = 0;
        int st = pclose(p);
        ck_assert_msg(st == 0, "%s.c does not compile cleanly:\n%s", specs[i], msg);
    }
    rc = tu_se3tcf(&out, &err, "compile '" SPECS "tiny_conv.spec' -o '%s'", dir);
    ck_assert_int_eq(rc, 0);
    src = tu_read_file(path, NULL);
    /* no backward function (the entry-point table at the end names the member, set to 0) */
    ck_assert_ptr_null(strstr(src, "se3m_tiny_conv_layer_backward"));
    ck_assert_ptr_null(strstr(src, "se3b_"));
    free(src);
    free(out);
    free(err);
    free(dir);
}
END_TEST

/* ---- the runtime API ---------------------------------------------------------------------- */

static double lin_loss(void *user, const se3rt_batch *b, const double *out, int64_t rows, int dim, double *dout)
{
    (void)b;
    const double *w = user;
    double L = 0;
    for (int64_t k = 0; k < rows * dim; k++) {
        L += w[k % 64] * out[k];
        dout[k] = w[k % 64];
    }
    return L;
}

/* Outputs do not depend on where the cloud is, so the position gradients of each graph sum
 * to zero; and a model compiled without --grad says so. */
START_TEST(test_grad_api_translation)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = NULL;
    pipeline_opts po = { .prec = PREC_F64, .grad = 1 };
    ck_assert_int_eq(pipeline_model_file(ctx, SPECS "tiny_attention.spec", &po, "cpu", &m), SE3RT_OK);
    ck_assert(se3rt_model_has_grad(m));
    ck_assert_int_eq(se3rt_model_init_weights(m, 3), SE3RT_OK);
    const int n = 7, in_dim = se3rt_model_in_dim(m);
    double pos[21], x[7 * 16], w[64], dpos[21], L;
    int32_t gp[2] = { 0, n };
    ck_assert_int_le(in_dim, 16);
    for (int k = 0; k < 21; k++)
        pos[k] = sin(1.7 * k + 0.3) * 1.5;
    for (int k = 0; k < n * in_dim; k++)
        x[k] = cos(0.9 * k);
    for (int k = 0; k < 64; k++)
        w[k] = sin(2.1 * k + 1);
    se3rt_batch b = { .n_graphs = 1, .graph_ptr = gp, .pos = pos, .node_in = x };
    ck_assert_int_eq(se3rt_model_grad(m, &b, lin_loss, w, &L, NULL, NULL, NULL, dpos), SE3RT_OK);
    double s[3] = { 0, 0, 0 }, mag = 0;
    for (int i = 0; i < n; i++)
        for (int d = 0; d < 3; d++) {
            s[d] += dpos[3 * i + d];
            mag += fabs(dpos[3 * i + d]);
        }
    ck_assert_msg(mag > 1e-3, "no position gradient at all (%g)", mag);
    for (int d = 0; d < 3; d++)
        ck_assert_msg(fabs(s[d]) < 1e-12 * mag, "sum of position gradients %g (scale %g)", s[d], mag);
    se3rt_model_free(m);
    po.grad = 0;
    ck_assert_int_eq(pipeline_model_file(ctx, SPECS "tiny_attention.spec", &po, "cpu", &m), SE3RT_OK);
    ck_assert(!se3rt_model_has_grad(m));
    ck_assert_int_eq(se3rt_model_grad(m, &b, lin_loss, w, &L, NULL, NULL, NULL, dpos), SE3RT_ERR_INVALID);
    ck_assert_ptr_nonnull(strstr(se3rt_errmsg(ctx), "--grad"));
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- attention's keys and values kept from the training forward (se3rt_abi.h, version 3) ---- */

/* The largest |a[k] - b[k]| over n, relative to the largest |a[k]| (at least 1e-300). */
static double rel_diff(const double *a, const double *b, int64_t n)
{
    double d = 0, s = 1e-300;
    for (int64_t k = 0; k < n; k++) {
        d = fmax(d, fabs(a[k] - b[k]));
        s = fmax(s, fabs(a[k]));
    }
    return d / s;
}

/* Through the runtime: two graphs of 6 and 7 nodes, the gradients with every attention layer's
 * keys and values kept (the default bound) and with them recomputed (bound 0) agree to 1e-12 in
 * f64, for tiny_attention (both self-interaction kinds, both skips) and tiny_envelope (the cut-off
 * weight in the softmax). */
START_TEST(test_grad_kept_vs_recomputed)
{
    static const char *const specs[] = { SPECS "tiny_attention.spec", SPECS "tiny_envelope.spec" };
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    for (size_t s = 0; s < sizeof specs / sizeof *specs; s++) {
        se3rt_model *m = NULL;
        pipeline_opts po = { .prec = PREC_F64, .grad = 1 };
        ck_assert_int_eq(pipeline_model_file(ctx, specs[s], &po, "cpu", &m), SE3RT_OK);
        ck_assert_int_eq(se3rt_model_init_weights(m, 11), SE3RT_OK);
        se3rt_model_set_threads(m, 1);
        const int n = 13, in_dim = se3rt_model_in_dim(m);
        const int64_t np = se3rt_model_nparams(m);
        double pos[39], x[13 * 16], w[64], L[2];
        int32_t gp[3] = { 0, 6, n };
        ck_assert_int_le(in_dim, 16);
        for (int k = 0; k < 39; k++)
            pos[k] = sin(1.3 * k + 0.7) * 1.4;
        for (int k = 0; k < n * in_dim; k++)
            x[k] = cos(0.7 * k + 0.2);
        for (int k = 0; k < 64; k++)
            w[k] = sin(2.3 * k + 0.5);
        se3rt_batch b = { .n_graphs = 2, .graph_ptr = gp, .pos = pos, .node_in = x };
        double *dp[2], *dx[2], *dpos[2];
        for (int r = 0; r < 2; r++) {
            dp[r] = calloc((size_t)np, sizeof(double));
            dx[r] = calloc((size_t)n * in_dim, sizeof(double));
            dpos[r] = calloc((size_t)n * 3, sizeof(double));
            se3rt_model_set_grad_keep(m, r == 0 ? (int64_t)64 << 20 : 0);   /* kept, then recomputed */
            ck_assert_int_eq(se3rt_model_grad(m, &b, lin_loss, w, &L[r], NULL, dp[r], dx[r], dpos[r]), SE3RT_OK);
        }
        ck_assert(L[0] == L[1]);   /* the forward is the same code either way */
        double mag = 0;
        for (int64_t k = 0; k < np; k++)
            mag = fmax(mag, fabs(dp[0][k]));
        ck_assert_msg(mag > 1e-3, "%s: no weight gradient (%g)", specs[s], mag);
        const double ep = rel_diff(dp[0], dp[1], np), ex = rel_diff(dx[0], dx[1], (int64_t)n * in_dim),
                     eq = rel_diff(dpos[0], dpos[1], (int64_t)n * 3);
        ck_assert_msg(ep < 1e-12 && ex < 1e-12 && eq < 1e-12, "%s: kept against recomputed: weights %.3g, inputs %.3g, "
                      "positions %.3g", specs[s], ep, ex, eq);
        for (int r = 0; r < 2; r++) {
            free(dp[r]);
            free(dx[r]);
            free(dpos[r]);
        }
        se3rt_model_free(m);
    }
    se3rt_ctx_free(ctx);
}
END_TEST

/* The CPU backward takes several edge blocks per call of an edge function (GRAD_KB) and runs each
 * radial net over all of them (in f64 also deferring each net's dW pass until after the call's
 * blocks); the sums keep the order of one block per call. So with multiply-add contraction off
 * (the one thing the compiler may do differently in the two schedules), the gradients of
 * tiny_attention on a graph of 13 nodes (radius graph, up to 8 neighbours: several blocks of 16
 * (f32) or 8 (f64) edges in one node block) are the same bits with the default GRAD_KB and with
 * -DSE3B_GRAD_KB=1 (one block per call, the schedule before grouping). _i: 0 f32, 1 f64. */
START_TEST(test_grad_grouped_blocks)
{
    const int f64 = _i == 1;
    static const char *const flags[] = { "-O1 -ffp-contract=off", "-O1 -ffp-contract=off -DSE3B_GRAD_KB=1" };
    const int n = 13;
    double pos[39], x[13 * 16], w[64], L[2];
    int32_t gp[2] = { 0, n };
    for (int k = 0; k < 39; k++)
        pos[k] = sin(1.3 * k + 0.7) * 1.4;
    for (int k = 0; k < n * 16; k++)
        x[k] = cos(0.7 * k + 0.2);
    for (int k = 0; k < 64; k++)
        w[k] = sin(2.3 * k + 0.5);
    double *dp[2] = { NULL, NULL }, *dx[2] = { NULL, NULL }, *dpos[2] = { NULL, NULL };
    int64_t np = 0;
    int in_dim = 0;
    for (int r = 0; r < 2; r++) {
        setenv("SE3TC_CFLAGS", flags[r], 1);
        se3rt_ctx *ctx = NULL;
        ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
        se3rt_model *m = NULL;
        pipeline_opts po = { .prec = f64 ? PREC_F64 : PREC_F32, .grad = 1 };
        ck_assert_int_eq(pipeline_model_file(ctx, SPECS "tiny_attention.spec", &po, "cpu", &m), SE3RT_OK);
        ck_assert_int_eq(se3rt_model_init_weights(m, 11), SE3RT_OK);
        se3rt_model_set_threads(m, 1);
        in_dim = se3rt_model_in_dim(m);
        np = se3rt_model_nparams(m);
        ck_assert_int_le(in_dim, 16);
        se3rt_batch b = { .n_graphs = 1, .graph_ptr = gp, .pos = pos, .node_in = x };
        dp[r] = calloc((size_t)np, sizeof(double));
        dx[r] = calloc((size_t)n * in_dim, sizeof(double));
        dpos[r] = calloc((size_t)n * 3, sizeof(double));
        ck_assert_int_eq(se3rt_model_grad(m, &b, lin_loss, w, &L[r], NULL, dp[r], dx[r], dpos[r]), SE3RT_OK);
        se3rt_model_free(m);
        se3rt_ctx_free(ctx);
    }
    setenv("SE3TC_CFLAGS", "-O1", 1);
    double mag = 0;
    for (int64_t k = 0; k < np; k++)
        mag = fmax(mag, fabs(dp[0][k]));
    ck_assert_msg(mag > 1e-3, "no weight gradient (%g)", mag);
    ck_assert(L[0] == L[1]);
    ck_assert_msg(memcmp(dp[0], dp[1], sizeof(double) * (size_t)np) == 0, "%s weights: grouped against one block per call %.3g",
                  f64 ? "f64" : "f32", rel_diff(dp[0], dp[1], np));
    ck_assert_msg(memcmp(dx[0], dx[1], sizeof(double) * (size_t)n * in_dim) == 0, "inputs: %.3g",
                  rel_diff(dx[0], dx[1], (int64_t)n * in_dim));
    ck_assert_msg(memcmp(dpos[0], dpos[1], sizeof(double) * (size_t)n * 3) == 0, "positions: %.3g",
                  rel_diff(dpos[0], dpos[1], (int64_t)n * 3));
    for (int r = 0; r < 2; r++) {
        free(dp[r]);
        free(dx[r]);
        free(dpos[r]);
    }
}
END_TEST

/* Through the entry points of a model library (`se3tc compile --grad --shared`), attention layer
 * by layer: layer_keep_bytes is n_edges x (key + value) doubles for attention and 0 for the
 * others; the forward's output does not depend on keeping; the backward with the kept buffer
 * matches the one that recomputes to 1e-12; and it reads the buffer: one kept key or value
 * changed changes the weight gradient. */
START_TEST(test_grad_keep_abi)
{
    char *dir = tu_tmpdir(), *out = NULL, *err = NULL;
    int rc = tu_se3tcf(&out, &err, "compile '%s' --grad --shared -o '%s'", SPECS "tiny_attention.spec", dir);
    ck_assert_msg(rc == 0, "compile --shared: %s", err);
    char so[4200];
    snprintf(so, sizeof so, "%s/tiny_attention.so", dir);
    void *h = dlopen(so, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);   /* OpenMP threads outlive it */
    ck_assert_msg(h != NULL, "%s", dlerror());
    const se3m_code *k = dlsym(h, "se3m_tiny_attention_code");
    ck_assert_ptr_nonnull(k);
    ck_assert_int_eq(k->abi, SE3M_ABI_VERSION);
    ck_assert_ptr_nonnull(k->layer_keep_bytes);
    /* the weights of a model of the same spec */
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = NULL;
    pipeline_opts po = { .prec = PREC_F64, .grad = 1 };
    ck_assert_int_eq(pipeline_model_file(ctx, SPECS "tiny_attention.spec", &po, "cpu", &m), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_init_weights(m, 5), SE3RT_OK);
    const int64_t np = se3rt_model_nparams(m);
    const double *P = se3rt_model_params(m);
    /* one graph of 6 nodes, every ordered pair an edge */
    enum { N = 6, NE = N * (N - 1) };
    int64_t row[N + 1];
    int32_t src[NE], gp[2] = { 0, N };
    double pos[3 * N];
    for (int i = 0, e = 0; i < N; i++) {
        row[i] = e;
        for (int j = 0; j < N; j++)
            if (j != i)
                src[e++] = j;
        row[i + 1] = e;
    }
    for (int t = 0; t < 3 * N; t++)
        pos[t] = sin(1.9 * t + 0.4);
    int32_t x0d, od0, g0, g1;
    k->layer_shape(0, &x0d, &od0, &g0, &g1);
    double *x0 = calloc((size_t)N * x0d, sizeof(double));
    for (int t = 0; t < N * x0d; t++)
        x0[t] = cos(1.1 * t);
    se3m_io io = { .n_nodes = N, .n_graphs = 1, .n_edges = NE, .row = row, .src = src, .graph_ptr = gp,
                   .pos = pos, .params = P, .node_in = x0, .nthreads = 1 };
    int natt = 0;
    for (int i = 0; i < k->nlayers(); i++) {
        int32_t id, od, ig, og;
        k->layer_shape(i, &id, &od, &ig, &og);
        const int64_t bytes = k->layer_keep_bytes(i, &io);
        if (bytes == 0)
            continue;
        natt++;
        ck_assert_int_eq(bytes % (NE * (int64_t)sizeof(double)), 0);
        double *in = calloc((size_t)N * id, sizeof(double)), *o1 = calloc((size_t)N * od, sizeof(double));
        double *o2 = calloc((size_t)N * od, sizeof(double)), *dout = calloc((size_t)N * od, sizeof(double));
        double *keep = malloc((size_t)bytes), *g[3][4];
        for (int t = 0; t < N * id; t++)
            in[t] = sin(0.37 * t + i);
        for (int t = 0; t < N * od; t++)
            dout[t] = cos(0.53 * t + i);
        ck_assert_int_eq(k->layer_into(i, &io, in, o1, keep), 0);
        ck_assert_int_eq(k->layer_into(i, &io, in, o2, NULL), 0);
        ck_assert(memcmp(o1, o2, sizeof(double) * (size_t)N * od) == 0);
        /* recomputed, kept, kept with one value changed */
        for (int r = 0; r < 3; r++) {
            g[r][0] = calloc((size_t)N * id, sizeof(double));
            g[r][1] = calloc((size_t)np, sizeof(double));
            g[r][2] = calloc((size_t)N * 3, sizeof(double));
            g[r][3] = calloc((size_t)N * x0d, sizeof(double));
            if (r == 2)
                keep[bytes / sizeof(double) / 2] += 0.25;
            ck_assert_int_eq(k->layer_backward(i, &io, in, dout, g[r][0], g[r][1], g[r][2], g[r][3], r ? keep : NULL), 0);
        }
        const int64_t len[4] = { (int64_t)N * id, np, N * 3, (int64_t)N * x0d };
        for (int q = 0; q < 4; q++)
            ck_assert_msg(rel_diff(g[0][q], g[1][q], len[q]) < 1e-12, "layer %d, gradient %d: kept against recomputed %.3g",
                          i, q, rel_diff(g[0][q], g[1][q], len[q]));
        ck_assert_msg(rel_diff(g[1][1], g[2][1], np) > 1e-6, "layer %d: a changed kept value changed nothing", i);
        for (int r = 0; r < 3; r++)
            for (int q = 0; q < 4; q++)
                free(g[r][q]);
        free(in);
        free(o1);
        free(o2);
        free(dout);
        free(keep);
    }
    ck_assert_int_eq(natt, 2);
    free(x0);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    dlclose(h);
    free(out);
    free(err);
    free(dir);
}
END_TEST

START_TEST(test_adam_and_schedule)
{
    ck_assert_double_eq_tol(se3rt_cosine_lr(0, 100, 1e-3, 1e-4), 1e-3, 1e-15);
    ck_assert_double_eq_tol(se3rt_cosine_lr(50, 100, 1e-3, 1e-4), 5.5e-4, 1e-15);
    ck_assert_double_eq_tol(se3rt_cosine_lr(100, 100, 1e-3, 1e-4), 1e-4, 1e-15);
    double g[2] = { 3, 4 };
    ck_assert_double_eq_tol(se3rt_clip_grad(g, 2, 1), 5, 1e-15);
    ck_assert_double_eq_tol(g[0], 0.6, 1e-15);
    ck_assert_double_eq_tol(g[1], 0.8, 1e-15);
    /* Adam minimises a quadratic; its first step moves each weight by lr against the sign */
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_adam *a = NULL;
    ck_assert_int_eq(se3rt_adam_new(ctx, 2, &a), SE3RT_OK);
    double p[2] = { 1, -2 };
    for (int t = 0; t < 2000; t++) {
        double gr[2] = { 2 * (p[0] - 3), 2 * (p[1] + 1) };
        se3rt_adam_step(a, p, gr, t == 0 ? 0.1 : 0.01);
        if (t == 0) {
            ck_assert_double_eq_tol(p[0], 1.1, 1e-8);   /* lr g / (|g| + eps) */
            ck_assert_double_eq_tol(p[1], -1.9, 1e-8);
        }
    }
    ck_assert_double_eq_tol(p[0], 3, 1e-3);
    ck_assert_double_eq_tol(p[1], -1, 1e-3);
    /* state round trip */
    char *dir = tu_tmpdir(), path[4200];
    snprintf(path, sizeof path, "%s/opt.safetensors", dir);
    ck_assert_int_eq(se3rt_adam_save(a, path, NULL), SE3RT_OK);
    se3rt_adam *b = NULL;
    ck_assert_int_eq(se3rt_adam_new(ctx, 2, &b), SE3RT_OK);
    ck_assert_int_eq(se3rt_adam_load(b, path), SE3RT_OK);
    ck_assert_int_eq(se3rt_adam_steps(b), 2000);
    se3rt_adam *c3 = NULL;
    ck_assert_int_eq(se3rt_adam_new(ctx, 3, &c3), SE3RT_OK);
    ck_assert_int_eq(se3rt_adam_load(c3, path), SE3RT_ERR_FORMAT);
    ck_assert_ptr_nonnull(strstr(se3rt_errmsg(ctx), "adam.m"));
    se3rt_adam_free(a);
    se3rt_adam_free(b);
    se3rt_adam_free(c3);
    se3rt_ctx_free(ctx);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("grad");
    TCase *g = tcase_create("gradcheck");
    tcase_set_timeout(g, 1200);
    if (tu_tier_long()) {   /* the paper specs: minutes of compiling generated C */
        tcase_add_loop_test(g, test_gradcheck_paper_specs, 0, (int)(sizeof PAPER / sizeof *PAPER));
        suite_add_tcase(s, g);
    } else {
        tcase_add_test(g, test_gradcheck_tiny_specs);
        tcase_add_test(g, test_gradcheck_each_layer_kind);
        tcase_add_test(g, test_gradcheck_can_fail);
        suite_add_tcase(s, g);
        TCase *a = tcase_create("api");
        tcase_set_timeout(a, 300);
        tcase_add_test(a, test_grad_api_translation);
        tcase_add_test(a, test_grad_kept_vs_recomputed);
        tcase_add_loop_test(a, test_grad_grouped_blocks, 0, 2);   /* f32, f64 */
        tcase_add_test(a, test_grad_keep_abi);
        tcase_add_test(a, test_adam_and_schedule);
        tcase_add_test(a, test_compile_grad_flag);
        suite_add_tcase(s, a);
    }
    Suite *all[] = { s, NULL };
    return tu_run_suites(all);
}
