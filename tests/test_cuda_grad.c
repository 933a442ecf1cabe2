/* test_cuda_grad.c - the CUDA backward kernels (compiler/emit/emit_cuda_grad.c,
 * runtime/cuda/cuda_grad.c) where no GPU is needed: through the emulator (SE3TC_CUDA_EMULATE=1)
 * se3rt_model_grad on the device matches the CPU's generated backward for every layer kind (the
 * tiny specs: conv, attention, norm, selfint, pool, mlp, gate, energy) in the model's output, the
 * loss, dL/dweights, dL/d(inputs) and dL/d(positions) (f64 <= 1e-12, f32 <= 1e-5 relative), and
 * energies and forces of tiny_energy; the result does not depend on the emulated block size
 * (bitwise: no atomics, fixed summation order); the receiver chunks (one graph, one receiver
 * per chunk, few weight rows) match the CPU and are in effect, the node-wise layers' without node
 * partials (their rows written directly); the attention layers' keys and values kept by the
 * device's forward (all, none, the first layer's) match the CPU and are in effect; and the
 * backward kernels compile with NVRTC to PTX for sm_80 and sm_90 (tiny specs in f32 here; f64,
 * and every paper spec in f32, in the long tier). */
#include "testmodel.h"
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compile.h"
#include "emit_c.h"
#include "pipeline.h"
#include "se3rt_cuda.h"
#include "se3rt_model.h"

static const char *const TINY[] = { "tiny_mlp", "tiny_conv", "tiny_attention", "tiny_gate", "tiny_energy", "tiny_envelope", "tiny_xij",
                                  "tiny_edgefield", NULL };
enum { NTINY = (int)(sizeof TINY / sizeof *TINY) - 1 };
/* The long tier's emulated backward parity on paper specs: the N-body ones. The backward kernels
 * of the larger QM9 and ScanObjectNN models are the same generated code at a bigger size; their
 * emulated parity is too slow for the long tier on this 2-core machine (owed: on a GPU), but
 * their PTX is checked (PAPER_PTX). */
static const char *const PAPER[] = { "nbody_tfn", "nbody_se3", NULL };
/* The long tier's backward PTX: every paper spec (NVRTC takes 25 to 45 s of CPU per spec and
 * architecture here since the backward's device functions were split). */
static const char *const PAPER_PTX[] = { "nbody_tfn", "nbody_se3", "qm9_tfn", "qm9_se3", "scanobjectnn_se3",
                                         "scanobjectnn_se3_z", NULL };

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static uint64_t prng = 7;

static double urand(void) { return tu_urand(&prng); }

/* L = 1/2 sum_k (out_k - t_k)^2 with t_k = sin(k): every output matters, with its own weight. */
static double sq_loss(void *user, const se3rt_batch *b, const double *out, int64_t rows, int out_dim, double *dout)
{
    (void)user, (void)b;
    double L = 0;
    for (int64_t k = 0; k < rows * out_dim; k++) {
        const double d = out[k] - sin((double)k);
        L += 0.5 * d * d;
        dout[k] = d;
    }
    return L;
}

/* sqrt(sum (a - b)^2 / sum a^2), or the absolute norm where a is all zero. */
static double rel_err(const double *a, const double *b, int64_t n)
{
    double d = 0, s = 0;
    for (int64_t k = 0; k < n; k++) {
        d += (a[k] - b[k]) * (a[k] - b[k]);
        s += a[k] * a[k];
    }
    return s > 0 ? sqrt(d / s) : sqrt(d);
}

typedef struct grads {
    double loss, *out, *dp, *dx, *dpos;
} grads;

static void run_grad(se3rt_ctx *ctx, se3rt_model *m, tm_batch *t, int64_t nout, int64_t np, grads *g)
{
    g->out = calloc((size_t)nout, sizeof *g->out);
    g->dp = calloc((size_t)np, sizeof *g->dp);
    g->dx = calloc((size_t)(t->n * (t->in_dim ? t->in_dim : 1)), sizeof *g->dx);
    g->dpos = calloc((size_t)t->n * 3, sizeof *g->dpos);
    ck_assert_msg(se3rt_model_grad(m, &t->b, sq_loss, NULL, &g->loss, g->out, g->dp, g->dx, g->dpos) == SE3RT_OK, "%s",
                  se3rt_errmsg(ctx));
}

static void free_grads(grads *g)
{
    free(g->out);
    free(g->dp);
    free(g->dx);
    free(g->dpos);
}

/* The emulator, unless SE3_CUDA_GRAD_ON_GPU=1 asks for the real device (tests/gpu/run.sh). */
static int use_emulator(void)
{
    const char *g = getenv("SE3_CUDA_GRAD_ON_GPU");
    if (g && strcmp(g, "1") == 0) {
        unsetenv("SE3TC_CUDA_EMULATE");
        return 0;
    }
    setenv("SE3TC_CUDA_EMULATE", "1", 1);
    return 1;
}

/* The spec at `path` at one precision: se3rt_model_grad on the emulated device (or the GPU)
 * against the CPU. */
static void grad_parity(const char *path, int f64)
{
    /* SE3_CUDA_GRAD_CASE=NAME_f32 (or _f64) runs that case only: tests/gpu/run.sh runs the cases
     * as parallel processes */
    const char *only = getenv("SE3_CUDA_GRAD_CASE"), *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char want[300];
    snprintf(want, sizeof want, "%.*s_%s", (int)strcspn(base, "."), base, f64 ? "f64" : "f32");
    if (only && *only && strcmp(only, want) != 0)
        return;
    const int emu = use_emulator();
    pipeline_opts po = { .prec = f64 ? PREC_F64 : PREC_F32, .grad = 1 };
    tm_pair p = tm_pair_load(path, &po, 5, emu);
    compile *c = p.c;
    se3rt_ctx *ctx = p.ctx;
    se3rt_model *cpu = p.cpu, *gpu = p.dev;
    tm_batch t;
    tm_batch_make(c->m, &t, urand);
    const int out_dim = se3rt_model_out_dim(cpu);
    const int64_t np = se3rt_model_nparams(cpu);
    const int64_t nout = (se3rt_model_out_per_graph(cpu) ? 3 : t.n) * out_dim;
    grads a, b;
    run_grad(ctx, cpu, &t, nout, np, &a);
    run_grad(ctx, gpu, &t, nout, np, &b);
    const double tol = f64 ? 1e-12 : 1e-5;
    const double e_out = rel_err(a.out, b.out, nout), e_loss = fabs(a.loss - b.loss) / fabs(a.loss);
    const double e_dp = rel_err(a.dp, b.dp, np), e_dx = rel_err(a.dx, b.dx, (int64_t)t.n * t.in_dim);
    const double e_pos = rel_err(a.dpos, b.dpos, (int64_t)t.n * 3);
    double s = 0;
    for (int64_t k = 0; k < np; k++)
        s += fabs(a.dp[k]);
    ck_assert_msg(s > 0, "%s: the CPU's dL/dweights are all zero", path);
    printf("grad %-16s %s %s: out %.2g loss %.2g dweights %.2g dinputs %.2g dpos %.2g (device vs CPU, relative)\n",
           c->m->name, f64 ? "f64" : "f32", emu ? "emulated" : "GPU", e_out, e_loss, e_dp, e_dx, e_pos);
    fflush(stdout);
    ck_assert_msg(e_out <= tol && e_loss <= tol && e_dp <= tol && e_dx <= tol && e_pos <= tol,
                  "%s %s: emulated CUDA gradients vs CPU: out %g loss %g dweights %g dinputs %g dpos %g > %g",
                  c->m->name, f64 ? "f64" : "f32", e_out, e_loss, e_dp, e_dx, e_pos, tol);
    if (se3rt_model_has_energy(cpu)) {
        double *ea = calloc(3, sizeof *ea), *eb = calloc(3, sizeof *eb);
        double *fa = calloc((size_t)t.n * 3, sizeof *fa), *fb = calloc((size_t)t.n * 3, sizeof *fb);
        ck_assert_int_eq(se3rt_model_energy_forces(cpu, &t.b, ea, fa), SE3RT_OK);
        ck_assert_msg(se3rt_model_energy_forces(gpu, &t.b, eb, fb) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
        const double e_e = rel_err(ea, eb, 3), e_f = rel_err(fa, fb, (int64_t)t.n * 3);
        printf("energy/forces %s %s: energies %.2g forces %.2g\n", c->m->name, f64 ? "f64" : "f32", e_e, e_f);
        ck_assert_msg(e_e <= tol && e_f <= tol, "%s: device energies %g, forces %g vs CPU > %g", c->m->name, e_e, e_f,
                      tol);
        free(ea), free(eb), free(fa), free(fb);
    }
    free_grads(&a);
    free_grads(&b);
    tm_batch_free(&t);
    tm_pair_free(&p);
}

/* tiny specs x {f64, f32} */
START_TEST(test_grad_parity_tiny)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, TINY[_i / 2]);
    grad_parity(path, _i % 2 == 0);
}
END_TEST

/* long tier: the paper specs in f64 */
START_TEST(test_grad_parity_paper)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, PAPER[_i]);
    grad_parity(path, 1);
}
END_TEST

/* The same gradients, bit for bit, whatever the emulated block size (32 or 128 threads: the
 * reductions' weights per thread differ; the forward kernels need at least 32): each element
 * has one writer and every sum a fixed order. */
START_TEST(test_grad_deterministic)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/tiny_attention.spec", SE3_SOURCE_DIR);
    const int emu = use_emulator();
    pipeline_opts po = { .prec = PREC_F32, .grad = 1 };
    compile *c = pipeline_compile_file(path, &po);
    ck_assert_ptr_nonnull(c->ir);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    grads r[2];
    tm_batch t;
    tm_batch_make(c->m, &t, urand);
    for (int k = 0; k < 2; k++) {
        setenv("SE3TC_CUDA_EMULATE_THREADS", k || !emu ? "128" : "32", 1);
        se3rt_model *m = NULL;
        ck_assert_msg(pipeline_model(ctx, c, &po, "cuda", &m) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
        ck_assert_int_eq(se3rt_model_init_weights(m, 3), SE3RT_OK);
        run_grad(ctx, m, &t, (int64_t)(se3rt_model_out_per_graph(m) ? 3 : t.n) * se3rt_model_out_dim(m), se3rt_model_nparams(m), &r[k]);
        if (k)
            ck_assert_msg(memcmp(r[0].dp, r[1].dp, sizeof(double) * (size_t)se3rt_model_nparams(m)) == 0 &&
                          memcmp(r[0].dpos, r[1].dpos, sizeof(double) * 3 * (size_t)t.n) == 0,
                          "device gradients depend on the block size");
        se3rt_model_free(m);
    }
    unsetenv("SE3TC_CUDA_EMULATE_THREADS");
    free_grads(&r[0]);
    free_grads(&r[1]);
    tm_batch_free(&t);
    se3rt_ctx_free(ctx);
    compile_free(c);
}
END_TEST

/* NVRTC PTX of the backward kernels, sm_80 and sm_90: every layer's se3g_ kernels are there. */
static void grad_ptx(const char *name, int f64, unsigned archmask)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    rt_nvrtc nv;
    if (rt_nvrtc_open(ctx, &nv) != SE3RT_OK) {
        if (getenv("SE3_TEST_NO_NVRTC")) {
            printf("skipping: %s\n", se3rt_errmsg(ctx));
            se3rt_ctx_free(ctx);
            return;
        }
        ck_abort_msg("NVRTC is needed for this test: %s", se3rt_errmsg(ctx));
    }
    rt_nvrtc_close(&nv);
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, name);
    pipeline_opts po = { .prec = f64 ? PREC_F64 : PREC_F32, .grad = 1 };
    compile *c = pipeline_compile_file(path, &po);
    ck_assert_ptr_nonnull(c->ir);
    size_t len = 0;
    char *src = pipeline_cuda_source(c, &po, &len);
    ck_assert_ptr_nonnull(strstr(src, "\n#define SE3G_BACKWARD 1\n"));
    /* the module the runtime loads: with the optimiser's kernels (runtime/cuda/cuda_opt.c) */
    const size_t olen = strlen(rt_cuda_opt_source);
    src = realloc(src, len + olen + 1);
    ck_assert_ptr_nonnull(src);
    memcpy(src + len, rt_cuda_opt_source, olen + 1);
    len += olen;
    const char *archs[] = { "sm_80", "sm_90" };
    for (int a = 0; a < 2; a++) {
        if (!(archmask & (1u << a)))
            continue;
        char *ptx = NULL;
        size_t n = 0;
        const double t0 = now_s();
        ck_assert_msg(se3rt_cuda_ptx(ctx, src, len, name, archs[a], &ptx, &n) == SE3RT_OK, "%s %s: %s", name, archs[a],
                      se3rt_errmsg(ctx));
        for (int i = 0; i < c->ir->nlayers; i++) {
            char k[300];
            snprintf(k, sizeof k, ".entry se3g_%s_backward(", c->ir->layers[i].L->name);
            ck_assert_msg(strstr(ptx, k) != NULL, "%s %s: no %s in the PTX", name, archs[a], k);
            snprintf(k, sizeof k, ".entry se3g_%s_reduce(", c->ir->layers[i].L->name);
            ck_assert_msg(strstr(ptx, k) != NULL, "%s %s: no %s in the PTX", name, archs[a], k);
        }
        static const char *const opt[] = { ".entry se3g_opt_norm_chunks(", ".entry se3g_opt_norm_sum(",
                                           ".entry se3g_opt_adam(", ".entry se3g_opt_cast(" };
        for (int i = 0; i < 4; i++)
            ck_assert_msg(strstr(ptx, opt[i]) != NULL, "%s %s: no %s in the PTX", name, archs[a], opt[i]);
        printf("PTX with backward %-18s %s %s: %zu KB source, %.1f s\n", name, f64 ? "f64" : "f32", archs[a], len / 1024,
               now_s() - t0);
        fflush(stdout);
        se3rt_cuda_buf_free(ctx, ptx);
    }
    free(src);
    se3rt_ctx_free(ctx);
    compile_free(c);
}

/* Lines of the longest function in text (from a line starting "static" or "extern" to the next). */
static int longest_function(const char *text)
{
    int best = 0, cur = 0;
    for (const char *p = text; *p;) {
        if (strncmp(p, "static ", 7) == 0 || strncmp(p, "extern ", 7) == 0)
            cur = 0;
        best = ++cur > best ? cur : best;
        const char *e = strchr(p, '\n');
        p = e ? e + 1 : p + strlen(p);
    }
    return best;
}

/* The device's backward text keeps every radial net's block and the hidden layers' helpers in
 * __noinline__ functions of their own and the output layer rolled (NVRTC's time grows faster than a function's size: nbody_se3's
 * backward took it 18 to 23 minutes as one function per layer shape, docs/gpu.md); the CPU's text
 * has neither. Not a timing test: the structure, and a bound on the longest device function. */
START_TEST(test_grad_device_split)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/tiny_attention.spec", SE3_SOURCE_DIR);
    pipeline_opts po = { .prec = PREC_F32, .grad = 1 };
    compile *c = pipeline_compile_file(path, &po);
    ck_assert_ptr_nonnull(c->ir);
    emit_buf cpu = { 0 }, dev = { 0 };
    emit_c_grad_layers_for(c->ir, &cpu, 0);
    emit_c_grad_layers_for(c->ir, &dev, 1);
    emit_buf ref = { 0 };
    emit_c_grad_layers(c->ir, &ref);
    ck_assert_str_eq(cpu.s, ref.s);   /* the CPU's text is emit_c_grad_layers' */
    ck_assert_ptr_null(strstr(cpu.s, "__noinline__"));
    ck_assert_ptr_nonnull(strstr(cpu.s, "se3b_v s7 = "));   /* its eight-row output layer */
    ck_assert_ptr_null(strstr(dev.s, "se3b_v s7 = "));
    ck_assert_ptr_nonnull(strstr(dev.s, "#pragma unroll 1\n"));   /* the channel loops stay loops */
    ck_assert_ptr_null(strstr(cpu.s, "#pragma unroll"));
    const plan *pn = emit_plan(c->ir);
    int nets = 0;
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        if (pl->shape != i || (pl->L->kind != LAYER_ATTENTION && pl->L->kind != LAYER_CONV))
            continue;
        for (int q = 0; q < pl->nradials; q++) {
            char fn[300];
            snprintf(fn, sizeof fn, "static __device__ __noinline__ void se3b_%s_r%d(", pl->fn, q);
            ck_assert_msg(strstr(dev.s, fn) != NULL, "no %s in the device text", fn);
            snprintf(fn, sizeof fn, "se3b_%s_r%d(", pl->fn, q);
            ck_assert_ptr_null(strstr(cpu.s, fn));
            nets++;
        }
        char fn[300];
        snprintf(fn, sizeof fn, "static __device__ __noinline__ void se3b_%s_edge(", pl->fn);
        ck_assert_msg(strstr(dev.s, fn) != NULL, "no %s in the device text", fn);
    }
    ck_assert_int_ge(nets, 8);
    /* the radial nets' hidden layers, which every net's function calls */
    ck_assert_ptr_nonnull(strstr(dev.s, "static __device__ __noinline__ const se3b_v *se3b_vhidden_"));
    ck_assert_ptr_nonnull(strstr(dev.s, "static __device__ __noinline__ void se3b_vhidden_bwd_"));
    const int lc = longest_function(cpu.s), ld = longest_function(dev.s);
    printf("tiny_attention backward: longest function %d lines on the CPU, %d on the device\n", lc, ld);
    ck_assert_int_lt(ld, 700);
    ck_assert_int_lt(2 * ld, lc);
    emit_buf_free(&cpu);
    emit_buf_free(&dev);
    emit_buf_free(&ref);
    compile_free(c);
}
END_TEST

/* f32 (the default tier), then f64 (the long tier) */
START_TEST(test_grad_ptx_tiny)
{
    grad_ptx(TINY[_i % NTINY], _i / NTINY, 3);
}
END_TEST

/* one architecture per case: NVRTC on nbody_se3's backward took 1,083 and 1,388 s on a busy
 * machine when the backward was one function per layer shape; with its device functions split
 * (docs/cuda.md) about 30 s here, but a case stays one architecture so a slow one is named */
START_TEST(test_grad_ptx_paper)
{
    grad_ptx(PAPER_PTX[_i / 2], 0, 1u << (_i % 2));
}
END_TEST

/* Node-wise layers first and last, one of each kind before no pool: layer 0 (selfint) is
 * node-wise, so its chunks add into dL/d(model inputs) in place, after conv c1 has added its
 * edge feature's share (qq = q * q) to the same rows. */
static const char ROWS0_SPEC[] =
    "model tiny_rows0 {\n"
    "    precision f64;\n"
    "    graph knn(k=3);\n"
    "    radial(width=4, depth=1);\n"
    "    input q : 1x0;\n"
    "    input v : 1x1;\n"
    "    edge  qq : 1x0 = q * q;\n"
    "    selfint s0 -> 3x0 + 2x1 (kind=linear, bias=true);\n"
    "    gate g0 -> 1x0 + 2x1;\n"
    "    conv c1 -> 4x0 + 1x1;\n"
    "    norm n1 (kind=bias);\n"
    "    selfint s1 -> 4x0;\n"
    "    mlp m1 -> 2x0 (hidden=[4]);\n"
    "    output y : 2x0;\n"
    "}\n";

/* The spec of chunk case k: a tiny spec's path, or ROWS0_SPEC written into a fresh folder (*dir,
 * to remove). */
static void chunk_spec(int k, char *path, size_t n, char **dir)
{
    static const char *const spec[] = { "tiny_conv", "tiny_attention", "tiny_gate", "tiny_energy" };
    *dir = NULL;
    if (k < 4) {
        snprintf(path, n, "%s/specs/%s.spec", SE3_SOURCE_DIR, spec[k]);
        return;
    }
    *dir = tu_tmpdir();
    ck_assert_ptr_nonnull(*dir);
    snprintf(path, n, "%s/tiny_rows0.spec", *dir);
    ck_assert_int_eq(tu_write_file(path, ROWS0_SPEC), 0);
}

/* A node-wise layer before the pool (norm, selfint, mlp, gate) runs over the receiver chunks but
 * writes its own rows (docs/cuda.md): the device source marks it SE3G_ROWWISE_<layer> and has no
 * se3g_<layer>_nodes for it, and its backward kernel never names the node partials; the
 * message-passing layers keep theirs, and SE3G_NODE_PART is the widest of theirs alone. */
START_TEST(test_grad_rowwise_source)
{
    char path[1024], *dir = NULL;
    if (_i < NTINY)
        snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, TINY[_i]);
    else
        chunk_spec(4, path, sizeof path, &dir);
    pipeline_opts po = { .prec = PREC_F64, .grad = 1 };
    compile *c = pipeline_compile_file(path, &po);
    ck_assert_ptr_nonnull(c->ir);
    char *src = pipeline_cuda_source(c, &po, NULL);
    ck_assert_ptr_nonnull(src);
    const plan *pn = emit_plan(c->ir);
    int npart = 0, rowwise = 0;
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        const layer *L = pl->L;
        const int chunked = L->kind != LAYER_POOL && !L->per_graph && !pl->out_per_graph;
        const int mp = L->kind == LAYER_CONV || L->kind == LAYER_ATTENTION;
        char mark[300], nodes[300], bw[300];
        snprintf(mark, sizeof mark, "\n#define SE3G_ROWWISE_%s 1\n", L->name);
        snprintf(nodes, sizeof nodes, " se3g_%s_nodes(", L->name);
        snprintf(bw, sizeof bw, " se3g_%s_backward(const se3g_args *a)\n{", L->name);
        const char *k = strstr(src, bw);
        ck_assert_msg(k != NULL, "%s: no %s", c->m->name, bw);
        const char *end = strstr(k + 1, "\nextern \"C\"");
        const char *np = strstr(k, "npart");
        const int names_npart = np && (!end || np < end);   /* in this layer's backward kernel */
        if (chunked && !mp) {
            rowwise++;
            ck_assert_msg(strstr(src, mark) != NULL, "%s: node-wise layer %s not marked row by row", c->m->name,
                          L->name);
            ck_assert_msg(strstr(src, nodes) == NULL, "%s: node-wise layer %s still has%s", c->m->name, L->name, nodes);
            ck_assert_msg(!names_npart, "%s: node-wise layer %s's backward names the node partials", c->m->name, L->name);
        } else {
            ck_assert_msg(strstr(src, mark) == NULL, "%s: layer %s marked row by row", c->m->name, L->name);
            ck_assert_msg((strstr(src, nodes) != NULL) == chunked && names_npart == chunked,
                          "%s: layer %s: se3g_%s_nodes and node partials %s", c->m->name, L->name, L->name,
                          chunked ? "expected" : "not expected");
        }
        const int w = (i > 0 ? pl->in.dim : 0) + 3 + pn->x0.dim;
        if (chunked && mp && w > npart)
            npart = w;
    }
    char want[100];
    snprintf(want, sizeof want, "\n#define SE3G_NODE_PART %d\n", npart);
    ck_assert_msg(strstr(src, want) != NULL, "%s: SE3G_NODE_PART is not %d (the message-passing layers' widest)",
                  c->m->name, npart);
    printf("rowwise %-16s %d node-wise layers row by row, SE3G_NODE_PART %d\n", c->m->name, rowwise, npart);
    ck_assert_int_ge(rowwise, 1);
    free(src);
    compile_free(c);
    if (dir) {
        tu_rm_rf(dir);
        free(dir);
    }
}
END_TEST

/* The receiver chunks of the layers before the pool (runtime/cuda/cuda_grad.c, docs/cuda.md):
 * SE3TC_CUDA_GRAD_CHUNK=1 gives every receiver its own thread, so each graph of the batch (5 to 17
 * nodes) spans 5 to 17 threads whose partials for senders, positions and weights the fixed-order
 * kernels sum; =0 gives a whole graph one thread (the layout before the split). Both must match the
 * CPU in f64 (a receiver's node-wise work done twice, or a partial lost, would not), and their
 * weight gradients must differ in some bit (the sums are grouped by receiver: the same bits would
 * mean the knob did not split anything). A third run caps the weight partial rows
 * (SE3TC_CUDA_GRAD_ROWS=1: as few as graphs, 3), so one thread takes several chunks in turn.
 * A malformed value is a clean error. The specs: the message-passing ones with norm and selfint
 * (tiny_conv, tiny_attention), gate and selfint (tiny_gate), mlp before a pool (tiny_energy), and
 * node-wise layers of every kind, the first among them (ROWS0_SPEC): a node-wise layer writes its
 * chunk's rows directly, so a row written by another chunk's thread, or one not zeroed, or layer
 * 0's rows of dL/d(inputs) written instead of added to, fails the match. Where the node-wise layers
 * have weights, some of theirs must differ in a bit too (they are split as well). */
static void chunk_case(int kcase)
{
    char path[1024], *dir = NULL;
    chunk_spec(kcase, path, sizeof path, &dir);
    const int emu = use_emulator();
    pipeline_opts po = { .prec = PREC_F64, .grad = 1 };
    tm_pair p = tm_pair_load(path, &po, 5, emu);
    const char *spec = p.c->m->name;
    tm_batch t;
    tm_batch_make(p.c->m, &t, urand);
    const int64_t np = se3rt_model_nparams(p.cpu);
    const int64_t nout = (se3rt_model_out_per_graph(p.cpu) ? 3 : t.n) * se3rt_model_out_dim(p.cpu);
    grads a, d[3];
    run_grad(p.ctx, p.cpu, &t, nout, np, &a);
    static const char *const what[] = { "whole graph", "1 receiver", "1 receiver, 3 rows" };
    for (int k = 0; k < 3; k++) {
        setenv("SE3TC_CUDA_GRAD_CHUNK", k ? "1" : "0", 1);
        if (k == 2)
            setenv("SE3TC_CUDA_GRAD_ROWS", "1", 1);
        run_grad(p.ctx, p.dev, &t, nout, np, &d[k]);
        const double e_dp = rel_err(a.dp, d[k].dp, np), e_dx = rel_err(a.dx, d[k].dx, (int64_t)t.n * t.in_dim);
        const double e_pos = rel_err(a.dpos, d[k].dpos, (int64_t)t.n * 3);
        printf("grad %-16s f64 chunk %s: dweights %.2g dinputs %.2g dpos %.2g (device vs CPU)\n", spec, what[k],
               e_dp, e_dx, e_pos);
        ck_assert_msg(e_dp <= 1e-12 && e_dx <= 1e-12 && e_pos <= 1e-12,
                      "%s, %s per thread: device vs CPU dweights %g dinputs %g dpos %g > 1e-12", spec, what[k],
                      e_dp, e_dx, e_pos);
    }
    unsetenv("SE3TC_CUDA_GRAD_ROWS");
    ck_assert_msg(memcmp(d[0].dp, d[1].dp, sizeof(double) * (size_t)np) != 0,
                  "%s: the same weight gradients, bit for bit, with one receiver per thread as with one graph", spec);
    const plan *pn = emit_plan(p.c->ir);
    int weighted = 0, differ = 0;
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        const int k = pl->L->kind;
        if (k == LAYER_CONV || k == LAYER_ATTENTION || k == LAYER_POOL || pl->L->per_graph || pl->out_per_graph ||
            pl->wsize == 0)
            continue;
        weighted++;
        differ += memcmp(d[0].dp + pl->wbase, d[1].dp + pl->wbase, sizeof(double) * (size_t)pl->wsize) != 0;
    }
    ck_assert_msg(!weighted || differ, "%s: the node-wise layers' weight gradients are the same, bit for bit, with one "
                  "receiver per thread as with one graph", spec);
    setenv("SE3TC_CUDA_GRAD_CHUNK", "4x", 1);
    grads z = { 0 };
    z.out = calloc((size_t)nout, sizeof *z.out), z.dp = calloc((size_t)np, sizeof *z.dp);
    ck_assert_int_eq(se3rt_model_grad(p.dev, &t.b, sq_loss, NULL, &z.loss, z.out, z.dp, NULL, NULL), SE3RT_ERR_INVALID);
    ck_assert_msg(strstr(se3rt_errmsg(p.ctx), "SE3TC_CUDA_GRAD_CHUNK=\"4x\"") != NULL, "%s", se3rt_errmsg(p.ctx));
    unsetenv("SE3TC_CUDA_GRAD_CHUNK");
    free_grads(&z);
    free_grads(&a);
    for (int k = 0; k < 3; k++)
        free_grads(&d[k]);
    tm_batch_free(&t);
    tm_pair_free(&p);
    if (dir) {
        tu_rm_rf(dir);
        free(dir);
    }
}

START_TEST(test_grad_chunks)
{
    chunk_case(_i);
}
END_TEST

/* The keys and values the device's training forward keeps for the attention layers' backward
 * (se3g_keep_kv, runtime/cuda/cuda_grad.c): with the keep (the default), without it
 * (SE3TC_CUDA_GRAD_KEEP_KB=0: every backward recomputes them) and, for tiny_attention, with a
 * bound that fits its first attention layer's only, the device matches the CPU (f64 1e-12, f32
 * 1e-5; the default chunks cut every test graph in several), and the kept gradients differ in
 * some bit from the recomputed ones (the edge kernel's keys and values are not the backward's
 * pass 1's, bit for bit: the same bits would mean nothing was read), as do the partial ones from
 * both. A malformed bound is a clean error. */
static void keep_case(const char *spec, int f64)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, spec);
    const int emu = use_emulator();
    pipeline_opts po = { .prec = f64 ? PREC_F64 : PREC_F32, .grad = 1 };
    tm_pair p = tm_pair_load(path, &po, 5, emu);
    tm_batch t;
    tm_batch_make(p.c->m, &t, urand);
    const int64_t np = se3rt_model_nparams(p.cpu);
    const int64_t nout = (se3rt_model_out_per_graph(p.cpu) ? 3 : t.n) * se3rt_model_out_dim(p.cpu);
    grads a, d[3];
    run_grad(p.ctx, p.cpu, &t, nout, np, &a);
    /* the bound that fits the first attention layer's keys and values and not the second's */
    ck_assert_int_eq(se3rt_model_forward(p.cpu, &t.b, a.out), SE3RT_OK);
    const int64_t ne = se3rt_model_last_edges(p.cpu);
    const plan *pn = emit_plan(p.c->ir);
    int64_t kv[2] = { 0, 0 };
    for (int i = 0, k = 0; i < pn->nlayers && k < 2; i++)
        if (pn->layers[i].L->kind == LAYER_ATTENTION)
            kv[k++] = ne * (pn->layers[i].key.dim + pn->layers[i].value.dim) * (int64_t)sizeof(double);
    const int partial = kv[1] > 0;
    char first[32];
    snprintf(first, sizeof first, "%lld", (long long)((kv[0] + 1023) / 1024));
    ck_assert_int_gt(ne, 0);
    static const char *const what[] = { "kept", "recomputed", "first layer kept" };
    const double tol = f64 ? 1e-12 : 1e-5;
    for (int k = 0; k < (partial ? 3 : 2); k++) {
        if (k)
            setenv("SE3TC_CUDA_GRAD_KEEP_KB", k == 1 ? "0" : first, 1);
        if (k == 2)
            ck_assert_msg(kv[0] <= 1024 * atoll(first) && 1024 * atoll(first) < kv[0] + kv[1], "%s KiB: %lld + %lld bytes",
                          first, (long long)kv[0], (long long)kv[1]);
        run_grad(p.ctx, p.dev, &t, nout, np, &d[k]);
        const double e_dp = rel_err(a.dp, d[k].dp, np), e_dx = rel_err(a.dx, d[k].dx, (int64_t)t.n * t.in_dim);
        const double e_pos = rel_err(a.dpos, d[k].dpos, (int64_t)t.n * 3);
        printf("grad %-16s %s keys and values %s: dweights %.2g dinputs %.2g dpos %.2g (device vs CPU)\n", spec,
               f64 ? "f64" : "f32", what[k], e_dp, e_dx, e_pos);
        ck_assert_msg(e_dp <= tol && e_dx <= tol && e_pos <= tol,
                      "%s %s, keys and values %s: device vs CPU dweights %g dinputs %g dpos %g > %g", spec,
                      f64 ? "f64" : "f32", what[k], e_dp, e_dx, e_pos, tol);
    }
    for (int k = 1; k < (partial ? 3 : 2); k++)
        for (int j = 0; j < k; j++)
            ck_assert_msg(memcmp(d[j].dp, d[k].dp, sizeof(double) * (size_t)np) != 0,
                          "%s %s: the same weight gradients, bit for bit, with the keys and values %s as %s", spec,
                          f64 ? "f64" : "f32", what[k], what[j]);
    setenv("SE3TC_CUDA_GRAD_KEEP_KB", "-1", 1);
    grads z = { 0 };
    z.out = calloc((size_t)nout, sizeof *z.out), z.dp = calloc((size_t)np, sizeof *z.dp);
    ck_assert_int_eq(se3rt_model_grad(p.dev, &t.b, sq_loss, NULL, &z.loss, z.out, z.dp, NULL, NULL), SE3RT_ERR_INVALID);
    ck_assert_msg(strstr(se3rt_errmsg(p.ctx), "SE3TC_CUDA_GRAD_KEEP_KB=\"-1\"") != NULL, "%s", se3rt_errmsg(p.ctx));
    unsetenv("SE3TC_CUDA_GRAD_KEEP_KB");
    free_grads(&z);
    free_grads(&a);
    for (int k = 0; k < (partial ? 3 : 2); k++)
        free_grads(&d[k]);
    tm_batch_free(&t);
    tm_pair_free(&p);
}

/* tiny_attention (two attention layers) and tiny_envelope (the envelope in the kept values),
 * f64 and f32 */
START_TEST(test_grad_keep)
{
    keep_case(_i / 2 ? "tiny_envelope" : "tiny_attention", _i % 2 == 0);
}
END_TEST

static Suite *suite_cuda_grad(void)
{
    Suite *s = suite_create("cuda_grad");
    int np = 0;
    while (PAPER[np])
        np++;
    TCase *tc = tcase_create("parity");
    tcase_set_timeout(tc, tu_tier_long() ? 3600 : 600);
    tcase_add_loop_test(tc, test_grad_parity_tiny, 0, 2 * NTINY);
    /* the paper specs: the long tier, or SE3_CUDA_GRAD_CASE naming one (tests/gpu/run.sh: nbody_se3_f64) */
    const char *only = getenv("SE3_CUDA_GRAD_CASE");
    int paper_case = 0;
    for (int i = 0; only && PAPER[i]; i++)
        paper_case |= strncmp(only, PAPER[i], strlen(PAPER[i])) == 0 && strcmp(only + strlen(PAPER[i]), "_f64") == 0;
    if (tu_tier_long() || paper_case)
        tcase_add_loop_test(tc, test_grad_parity_paper, 0, np);
    suite_add_tcase(s, tc);
    tc = tcase_create("determinism");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_grad_deterministic);
    suite_add_tcase(s, tc);
    tc = tcase_create("chunks");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_grad_chunks, 0, 5);
    suite_add_tcase(s, tc);
    tc = tcase_create("rowwise");
    tcase_add_loop_test(tc, test_grad_rowwise_source, 0, NTINY + 1);
    suite_add_tcase(s, tc);
    tc = tcase_create("keep");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_grad_keep, 0, 4);
    suite_add_tcase(s, tc);
    tc = tcase_create("device_split");
    tcase_add_test(tc, test_grad_device_split);
    suite_add_tcase(s, tc);
    tc = tcase_create("ptx");
    /* a case: 3 to 40 s here, nbody_se3 about 30 s (it was 18 to 23 min before the backward's
     * device functions were split); room for a machine shared several times over */
    tcase_set_timeout(tc, tu_tier_long() ? 900 : 600);
    /* NVRTC takes 3 to 35 s per spec and architecture here: f64 only in the long tier */
    tcase_add_loop_test(tc, test_grad_ptx_tiny, 0, tu_tier_long() ? 2 * NTINY : NTINY);
    int nptx = 0;
    while (PAPER_PTX[nptx])
        nptx++;
    if (tu_tier_long())
        tcase_add_loop_test(tc, test_grad_ptx_paper, 0, 2 * nptx);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *suites[] = { suite_cuda_grad(), NULL };
    return tu_run_suites(suites);
}
