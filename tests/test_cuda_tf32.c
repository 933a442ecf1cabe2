/* test_cuda_tf32.c - the opt-in TF32 tensor-core mode of the CUDA forward (`--precision tf32`,
 * pipeline_opts.cuda_tf32, emit_cuda_opts.tf32; docs/cuda.md), without a GPU:
 *  - the emulator's primitives: se3_tf32 rounds like cvt.rna.tf32.f32 (to nearest, ties away from
 *    zero, 10-bit mantissa) and se3_mma_tf32 computes a 16x8x8 tile product with the PTX ISA's
 *    m16n8k8 fragment layout, both against an independent oracle here;
 *  - emulated forward of the tiny specs in tf32 against the CPU's f32 and f64 code, layer by layer,
 *    within the TF32 tolerance (and above f32 rounding: the emulated run really rounds to TF32),
 *    and the tf32 model's rotation equivariance;
 *  - the CPU refuses tf32 (API and se3tc run) with one line; the default source has no tensor-core
 *    code; PTX for sm_80 and sm_90 holds mma.sync m16n8k8 TF32 and cvt.rna.tf32 instructions, and
 *    sm_75 is refused by the source's #error; `se3tc compile --precision tf32` writes the TF32
 *    CUDA source beside the f32 model's C code and manifest;
 *    no tf32 kernel of any shipped spec needs more than 48 KB of static shared memory. */
#include "testmodel.h"
#include "testutil.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "emit_cuda.h"
#include "pipeline.h"
#include "se3rt_cuda.h"
#include "se3rt_model.h"

static const char *const SPECS[] = { "tiny_mlp",  "tiny_conv", "tiny_attention", "tiny_gate",  "tiny_envelope",
                                     "tiny_xij",  "tiny_edgefield", "nbody_tfn", "nbody_se3", "qm9_tfn",
                                     "qm9_se3",   "scanobjectnn_se3", "scanobjectnn_se3_z", NULL };
#define NTINY 7

/* TF32's unit roundoff: 10 mantissa bits, round to nearest. */
#define TF32_U (1.0 / 2048)

static uint64_t prng = 1234;

static double urand(void) { return tu_urand(&prng); }

/* The oracle: x to 11 significant bits, to nearest with ties away from zero (C's round()). */
static float tf32_ref(float x)
{
    if (x == 0 || !isfinite(x))
        return x;
    int ex;
    const double m = frexp((double)x, &ex);   /* 0.5 <= |m| < 1 */
    return (float)ldexp(round(ldexp(m, 11)), ex - 11);
}

/* ---- the emulator's primitives, through a hand-written kernel -------------------------------- */

/* One warp: D = tf32(A) tf32(B) + C for A 16x8 (row major), B 8x8 (stored as B^T rows), C 16x8,
 * with the fragment indexing of the generated code; also R[i] = tf32(X[i]) for 64 values.
 * The arguments are SE3_PARAMS' slots: P = A | B^T | C | X, out = D | R. */
static const char KERNEL[] =
    "extern \"C\" __global__ void t_mma(const float *P, const void *p1, const void *p2, const void *p3,\n"
    "    const void *p4, const void *p5, const void *p6, int n1, int n2, const void *p7, float *out, void *p8)\n"
    "{\n"
    "const int lane = threadIdx.x % 32, gq = lane >> 2, tq = lane & 3;\n"
    "const float *A = P, *Bt = P + 128, *C = P + 192, *X = P + 320;\n"
    "const unsigned a[4] = { se3_tf32(A[gq * 8 + tq]), se3_tf32(A[(gq + 8) * 8 + tq]), se3_tf32(A[gq * 8 + tq + 4]),\n"
    "                        se3_tf32(A[(gq + 8) * 8 + tq + 4]) };\n"
    "const unsigned b[2] = { se3_tf32(Bt[gq * 8 + tq]), se3_tf32(Bt[gq * 8 + tq + 4]) };\n"
    "float d[4] = { C[gq * 8 + 2 * tq], C[gq * 8 + 2 * tq + 1], C[(gq + 8) * 8 + 2 * tq], C[(gq + 8) * 8 + 2 * tq + 1] };\n"
    "se3_mma_tf32(d, a, b);\n"
    "if (threadIdx.x < 32) {\n"
    "out[gq * 8 + 2 * tq] = d[0]; out[gq * 8 + 2 * tq + 1] = d[1];\n"
    "out[(gq + 8) * 8 + 2 * tq] = d[2]; out[(gq + 8) * 8 + 2 * tq + 1] = d[3];\n"
    "out[128 + lane] = __uint_as_float(se3_tf32(X[lane]));\n"
    "out[160 + lane] = __uint_as_float(se3_tf32(X[32 + lane]));\n"
    "}\n"
    "}\n";

START_TEST(test_emulated_primitives)
{
    setenv("SE3TC_CUDA_EMULATE", "1", 1);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    const se3rt_backend_i *be = NULL;
    void *impl = NULL;
    ck_assert_int_eq(rt_cuda_emu_backend_new(ctx, 32, &be, &impl), SE3RT_OK);   /* one warp per block */
    ck_assert_msg(be->load_module(impl, KERNEL, strlen(KERNEL), "t_mma") == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    float P[384], out[192];
    for (int i = 0; i < 320; i++)
        P[i] = (float)(4 * urand() - 2);
    /* rounding cases: ties (away from zero), just below and above them, tiny, huge, negative */
    const float one = 1.0f, tie = 1.0f + 1.0f / 2048, below = nextafterf(tie, 0), above = nextafterf(tie, 2);
    const float special[] = { one, tie, below, above, -tie, -below, 3.0f * tie, 1e-30f, -7.5e20f, 0.0f,
                              1.0f + 3.0f / 2048, 65504.0f + 16, 0.1f, -0.3f };
    const int nsp = (int)(sizeof special / sizeof special[0]);
    for (int i = 0; i < 64; i++)
        P[320 + i] = i < nsp ? special[i] : (float)((2 * urand() - 1) * exp(20 * urand() - 10));
    se3rt_dptr dp = 0, dout = 0;
    ck_assert_int_eq(be->mem_alloc(impl, sizeof P, &dp), SE3RT_OK);
    ck_assert_int_eq(be->mem_alloc(impl, sizeof out, &dout), SE3RT_OK);
    ck_assert_int_eq(be->upload(impl, dp, P, sizeof P), SE3RT_OK);
    int32_t zero = 0;
    se3rt_dptr nul = 0;
    void *args[12] = { &dp, &nul, &nul, &nul, &nul, &nul, &nul, &zero, &zero, &nul, &dout, &nul };
    se3rt_launch l = { "t_mma", 1, 32, args };
    ck_assert_int_eq(be->launch(impl, &l), SE3RT_OK);
    ck_assert_int_eq(be->download(impl, out, dout, sizeof out), SE3RT_OK);
    for (int i = 0; i < 64; i++) {
        const float want = tf32_ref(P[320 + i]);
        ck_assert_msg(memcmp(&want, &out[128 + i], 4) == 0, "tf32(%.9g) = %.9g, want %.9g", P[320 + i], out[128 + i], want);
    }
    ck_assert_float_eq(out[128 + 1], 1.0f + 1.0f / 1024);   /* the tie rounds away from zero */
    ck_assert_float_eq(out[128 + 2], 1.0f);
    /* D = A B + C with TF32 inputs; products of TF32 numbers are exact in f32, the sum is f32 */
    double worst = 0;
    for (int r = 0; r < 16; r++)
        for (int c = 0; c < 8; c++) {
            double s = P[192 + r * 8 + c], s32 = s;
            for (int k = 0; k < 8; k++) {
                s += (double)tf32_ref(P[r * 8 + k]) * tf32_ref(P[128 + c * 8 + k]);
                s32 += (double)P[r * 8 + k] * P[128 + c * 8 + k];
            }
            worst = fmax(worst, fabs(out[r * 8 + c] - s));
            ck_assert_msg(fabs(out[r * 8 + c] - s) <= 1e-5 * (1 + fabs(s)), "D[%d][%d] = %.9g, want %.9g", r, c,
                          out[r * 8 + c], s);
            (void)s32;
        }
    printf("emulated mma m16n8k8 TF32: worst |D - oracle| %.3g\n", worst);
    /* and it is TF32, not f32: the unrounded product differs by far more than f32 rounding */
    double dev = 0;
    for (int r = 0; r < 16; r++)
        for (int c = 0; c < 8; c++) {
            double s = P[192 + r * 8 + c];
            for (int k = 0; k < 8; k++)
                s += (double)P[r * 8 + k] * P[128 + c * 8 + k];
            dev = fmax(dev, fabs(out[r * 8 + c] - s));
        }
    ck_assert_msg(dev > 1e-4, "the emulated product is not rounded to TF32 (deviation from f32 %.3g)", dev);
    be->mem_free(impl, dp);
    be->mem_free(impl, dout);
    be->free(impl);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- emulated forward against the CPU -------------------------------------------------------- */

static void rot3(double R[3][3], const double *v, double *o)
{
    double t[3];
    for (int a = 0; a < 3; a++)
        t[a] = R[a][0] * v[0] + R[a][1] * v[1] + R[a][2] * v[2];
    memcpy(o, t, sizeof t);
}

static double rel_err(const double *a, const double *b, int64_t n)
{
    double d = 0, s = 0;
    for (int64_t i = 0; i < n; i++) {
        d += (a[i] - b[i]) * (a[i] - b[i]);
        s += a[i] * a[i];
    }
    return s > 0 ? sqrt(d / s) : sqrt(d);
}

/* Layer-by-layer relative error of the emulated tf32 model against the CPU's f32 and f64 code on
 * three small graphs; then its equivariance (rotation + translation) where inputs and outputs
 * are of degrees 0 and 1. */
static void tf32_parity(const char *name)
{
    setenv("SE3TC_CUDA_EMULATE", "1", 1);
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, name);
    pipeline_opts p32 = PIPELINE_DEFAULTS, p64 = PIPELINE_DEFAULTS, ptf = PIPELINE_DEFAULTS;
    ck_assert_int_eq(pipeline_set_precision(&p32, "f32"), 0);
    ck_assert_int_eq(pipeline_set_precision(&p64, "f64"), 0);
    ck_assert_int_eq(pipeline_set_precision(&ptf, "tf32"), 0);
    ck_assert(ptf.cuda_tf32 && ptf.prec == PREC_F32 && !p32.cuda_tf32);
    compile *c32 = pipeline_compile_file(path, &p32), *c64 = pipeline_compile_file(path, &p64);
    ck_assert_msg(c32->ir && c64->ir, "%s does not compile", path);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *cpu32 = NULL, *cpu64 = NULL, *tf = NULL;
    ck_assert_msg(pipeline_model(ctx, c32, &p32, "cpu", &cpu32) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(pipeline_model(ctx, c64, &p64, "cpu", &cpu64) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(pipeline_model(ctx, c32, &ptf, "cuda", &tf) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(strstr(se3rt_model_device(tf), "emulat") != NULL, "not emulated: %s", se3rt_model_device(tf));
    ck_assert_int_eq(se3rt_model_init_weights(cpu32, 5), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_init_weights(cpu64, 5), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_init_weights(tf, 5), SE3RT_OK);
    const model *m = c32->m;
    tm_batch tb;
    tm_batch_make(m, &tb, urand);
    const se3rt_batch b = tb.b;
    const int n = tb.n, in_dim = tb.in_dim;
    const double *pos = tb.pos, *in = tb.in;
    double worst64 = 0, worst32 = 0, first_mp = -1;
    int nmp = 0;
    for (int i = 0; i < c32->ir->nlayers; i++) {
        const layer *L = c32->ir->layers[i].L;
        nmp += L->kind == LAYER_CONV || L->kind == LAYER_ATTENTION;
        const int64_t rows = L->kind == LAYER_POOL || L->per_graph ? 3 : n, len = rows * fibre_dim(&L->out);
        double *a = calloc((size_t)len, sizeof *a), *a64 = calloc((size_t)len, sizeof *a64), *g = calloc((size_t)len, sizeof *g);
        ck_assert_msg(se3rt_model_forward_layers(cpu32, &b, i + 1, a, len) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
        ck_assert_msg(se3rt_model_forward_layers(cpu64, &b, i + 1, a64, len) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
        ck_assert_msg(se3rt_model_forward_layers(tf, &b, i + 1, g, len) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
        const double e64 = rel_err(a64, g, len), e32 = rel_err(a, g, len), f32 = rel_err(a64, a, len);
        /* Each TF32 operand carries a relative error up to u = 2^-11 = 4.9e-4, so each product of
         * a radial net (a sum of K products of rounded numbers) is off by about u relative, and the
         * net's three products (two hidden layers, the last) and the normalisations after it make
         * a message-passing layer's output off by about u..2u (measured 1e-4..1.1e-3). Later
         * layers add their own on top of what they receive: the bound is 4u per message-passing
         * layer so far (2e-3 after the first, 3.9e-3 after the second). */
        const double tol = 4 * TF32_U * (nmp > 1 ? nmp : 1);
        printf("tf32 %-14s layer %-8s vs f64 %.3g, vs f32 %.3g (f32 vs f64 %.3g; bound %.2g)\n", m->name, L->name, e64, e32,
               f32, tol);
        ck_assert_msg(e64 <= tol, "%s layer %s: tf32 vs f64 rel err %g > %g", m->name, L->name, e64, tol);
        if ((L->kind == LAYER_CONV || L->kind == LAYER_ATTENTION) && first_mp < 0)
            first_mp = e64;
        worst64 = fmax(worst64, e64);
        worst32 = fmax(worst32, e32);
        free(a);
        free(a64);
        free(g);
    }
    /* the first message-passing layer's inputs are exact, so its error is TF32's own: well above
     * f32 rounding (1e-7) if the tensor-core path rounded, as it must */
    ck_assert_msg(first_mp > 1e-6, "%s: the first message-passing layer agrees to %g: not TF32", m->name, first_mp);
    /* equivariance */
    const int out_dim = se3rt_model_out_dim(tf), per_graph = se3rt_model_out_per_graph(tf);
    const int64_t rows = per_graph ? 3 : n;
    int high = 0;
    for (int l = 2; l <= SE3_LMAX; l++)
        high |= m->in.c[l] || c32->ir->layers[c32->ir->nlayers - 1].L->out.c[l];
    double deq = -1;
    int fields = 0;
    for (int f = 0; f < m->ninputs; f++)
        fields |= m->inputs[f].src == FIELD_POS_Z || m->inputs[f].src == FIELD_POS_XY || m->inputs[f].src == FIELD_CONST;
    if (!high && !m->z_only && !fields) {
        double *o1 = calloc((size_t)(rows * out_dim), sizeof *o1), *o2 = calloc((size_t)(rows * out_dim), sizeof *o2);
        double *pr = malloc(sizeof *pr * 3 * (size_t)n), *rin = malloc(sizeof *rin * (size_t)(in_dim ? in_dim : 1) * (size_t)n);
        /* a fixed rotation (axis (1, 2, 2)/3, 1 rad) and translation */
        const double ax[3] = { 1.0 / 3, 2.0 / 3, 2.0 / 3 }, th = 1.0, cs = cos(th), sn = sin(th);
        double R[3][3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                R[i][j] = (i == j ? cs : 0) + (1 - cs) * ax[i] * ax[j] +
                          sn * (i == j ? 0 : ((j - i + 3) % 3 == 1 ? -1 : 1) * ax[3 - i - j]);
        ck_assert_int_eq(se3rt_model_forward(tf, &b, o1), SE3RT_OK);
        memcpy(rin, in, sizeof *in * (size_t)in_dim * (size_t)n);
        for (int i = 0; i < n; i++) {
            rot3(R, pos + 3 * i, pr + 3 * i);
            pr[3 * i] += 0.3, pr[3 * i + 1] -= 0.7, pr[3 * i + 2] += 1.1;
            for (int q = 0; q < m->in.c[1]; q++)
                rot3(R, in + (int64_t)i * in_dim + m->in.c[0] + 3 * q, rin + (int64_t)i * in_dim + m->in.c[0] + 3 * q);
        }
        se3rt_batch br = b;   /* the same graphs and bonds, rotated and moved */
        br.pos = pr;
        br.node_in = rin;
        ck_assert_int_eq(se3rt_model_forward(tf, &br, o2), SE3RT_OK);
        const fibre *of = &c32->ir->layers[c32->ir->nlayers - 1].L->out;
        for (int64_t r = 0; r < rows; r++)
            for (int q = of->c[0]; q < of->c[0] + 3 * of->c[1]; q += 3)
                rot3(R, o1 + r * out_dim + q, o1 + r * out_dim + q);
        deq = rel_err(o1, o2, rows * out_dim);
        /* TF32 rounds only the radial nets' outputs, functions of invariants (distances, edge
         * scalars): the model stays equivariant to f32 rounding, not TF32's */
        ck_assert_msg(deq <= 1e-5, "%s: tf32 equivariance error %g", m->name, deq);
        free(o1);
        free(o2);
        free(pr);
        free(rin);
    }
    printf("tf32 %-14s: %d layers, worst rel err vs f64 %.3g, vs f32 %.3g; equivariance error %.3g%s\n", m->name,
           c32->ir->nlayers, worst64, worst32, deq, deq < 0 ? " (not measured: inputs or outputs of degree >= 2 or fields)" : "");
    fflush(stdout);
    tm_batch_free(&tb);
    se3rt_model_free(cpu32);
    se3rt_model_free(cpu64);
    se3rt_model_free(tf);
    se3rt_ctx_free(ctx);
    compile_free(c32);
    compile_free(c64);
}

START_TEST(test_tf32_parity_tiny)
{
    static const char *const names[] = { "tiny_conv", "tiny_attention", "tiny_mlp" };
    tf32_parity(names[_i]);
}
END_TEST

/* ---- refusals, the default source, PTX, shared memory ---------------------------------------- */

START_TEST(test_cpu_refuses_tf32)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/tiny_conv.spec", SE3_SOURCE_DIR);
    pipeline_opts po = PIPELINE_DEFAULTS;
    ck_assert_int_eq(pipeline_set_precision(&po, "tf32"), 0);
    ck_assert_int_eq(pipeline_set_precision(&po, "bf16"), -2);
    ck_assert_int_eq(pipeline_set_precision(&po, "tf32"), 0);
    compile *c = pipeline_compile_file(path, &po);
    ck_assert_ptr_nonnull(c->ir);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    static const char *const devs[] = { "cpu", "auto" };
    for (int d = 0; d < 2; d++) {
        se3rt_model *m = NULL;
        ck_assert_int_eq(pipeline_model(ctx, c, &po, devs[d], &m), SE3RT_ERR_INVALID);
        ck_assert_ptr_null(m);
        ck_assert_msg(strstr(se3rt_errmsg(ctx), "tf32") && strstr(se3rt_errmsg(ctx), "cuda only"), "%s", se3rt_errmsg(ctx));
        ck_assert(strchr(se3rt_errmsg(ctx), '\n') == NULL);   /* one line */
    }
    se3rt_ctx_free(ctx);
    compile_free(c);
    /* the command: one line, exit 2, before compiling anything, for cpu and auto */
    for (int d = 0; d < 2; d++) {
        char *err = NULL;
        ck_assert_int_eq(tu_se3tc_err(&err, "run '%s' --seed 1 --precision tf32 --device %s -i /nonexistent.xyz", path,
                                      devs[d]),
                         2);
        ck_assert_msg(strcmp(err, "se3tc run: --precision tf32 (TF32 tensor cores) needs --device cuda; the CPU runs f32 or f64\n") == 0,
                      "stderr: %s", err);
        free(err);
    }
    char *err = NULL;
    ck_assert_int_eq(tu_se3tc_err(&err, "run '%s' --seed 1 --precision bf16 --device cuda", path), 2);
    ck_assert_msg(strstr(err, "f32, f64 or tf32") && tu_one_line(err), "stderr: %s", err);
    free(err);
}
END_TEST

static char *cuda_source(const char *name, const char *prec, compile **cout)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, name);
    pipeline_opts po = PIPELINE_DEFAULTS;
    ck_assert_int_eq(pipeline_set_precision(&po, prec), 0);
    compile *c = pipeline_compile_file(path, &po);
    ck_assert_msg(c->ir != NULL, "%s does not compile", path);
    char *cu = pipeline_cuda_source(c, &po, NULL);
    if (cout)
        *cout = c;
    else
        compile_free(c);
    return cu;
}

/* the default f32 source is untouched by the mode; tf32 source has the primitives and no header */
START_TEST(test_default_has_no_tensor_cores)
{
    char *d = cuda_source("tiny_attention", "f32", NULL), *t = cuda_source("tiny_attention", "tf32", NULL);
    ck_assert_msg(strstr(d, "se3_mma_tf32") == NULL && strstr(d, "SE3_TF32") == NULL && strstr(d, "se3_tf32") == NULL,
                  "the default source uses tensor cores");
    ck_assert_ptr_nonnull(strstr(t, "#define SE3_TF32 1"));
    ck_assert_ptr_nonnull(strstr(t, "se3_mma_tf32(d, a, bq);"));
    ck_assert_ptr_null(strstr(t, "#include"));
    free(d);
    free(t);
}
END_TEST

/* se3tc compile --precision tf32: NAME.cu with tensor cores, NAME.json and NAME.c of the f32 model */
START_TEST(test_compile_tf32)
{
    char *dir = tu_tmpdir(), *err = NULL, path[4200];
    ck_assert_int_eq(tu_se3tc_err(&err, "compile '%s/specs/tiny_conv.spec' -o '%s' --precision tf32", SE3_SOURCE_DIR, dir), 0);
    free(err);
    snprintf(path, sizeof path, "%s/tiny_conv.cu", dir);
    char *cu = tu_read_file(path, NULL);
    ck_assert_msg(cu && strstr(cu, "#define SE3_TF32 1"), "no TF32 CUDA source");
    snprintf(path, sizeof path, "%s/tiny_conv.json", dir);
    char *js = tu_read_file(path, NULL);
    ck_assert_msg(js && strstr(js, "\"f32\"") && !strstr(js, "tf32"), "manifest: %s", js ? js : "(none)");
    snprintf(path, sizeof path, "%s/tiny_conv.c", dir);
    char *c = tu_read_file(path, NULL);
    ck_assert_msg(c && !strstr(c, "tf32"), "the C code mentions tf32");
    free(cu);
    free(js);
    free(c);
    ck_assert_int_eq(tu_se3tc_err(&err, "compile '%s/specs/tiny_conv.spec' -o '%s' --precision f16", SE3_SOURCE_DIR, dir), 2);
    ck_assert_msg(strcmp(err, "se3tc compile: --precision must be f32, f64 or tf32, got 'f16'\n") == 0, "stderr: %s", err);
    free(err);
    free(dir);
}
END_TEST

START_TEST(test_tf32_ptx)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    rt_nvrtc nv;
    if (rt_nvrtc_open(ctx, &nv) != SE3RT_OK) {
        ck_assert_msg(getenv("SE3_TEST_NO_NVRTC") != NULL, "NVRTC is needed for this test: %s", se3rt_errmsg(ctx));
        se3rt_ctx_free(ctx);
        return;
    }
    rt_nvrtc_close(&nv);
    static const char *const names[] = { "tiny_attention", "tiny_conv" };
    static const char *const archs[] = { "sm_80", "sm_90" };
    for (int s = 0; s < 2; s++) {
        compile *c = NULL;
        char *cu = cuda_source(names[s], "tf32", &c);
        for (int a = 0; a < 2; a++) {
            char *ptx = NULL;
            size_t n = 0;
            ck_assert_msg(se3rt_cuda_ptx(ctx, cu, strlen(cu), names[s], archs[a], &ptx, &n) == SE3RT_OK, "%s %s: %s",
                          names[s], archs[a], se3rt_errmsg(ctx));
            int nmma = 0, ncvt = 0;
            for (const char *p = ptx; (p = strstr(p, "mma.sync.aligned.m16n8k8.row.col.f32.tf32.tf32.f32")) != NULL; p++)
                nmma++;
            for (const char *p = ptx; (p = strstr(p, "cvt.rna.tf32.f32")) != NULL; p++)
                ncvt++;
            printf("PTX tf32 %-14s %s: %d mma.sync m16n8k8 TF32, %d cvt.rna.tf32.f32\n", names[s], archs[a], nmma, ncvt);
            ck_assert_msg(nmma > 0 && ncvt > 0, "%s %s: no tensor-core instructions in the PTX", names[s], archs[a]);
            /* every edge kernel is there */
            for (int i = 0; i < c->ir->nlayers; i++) {
                const layer_kind k = c->ir->layers[i].L->kind;
                if (k != LAYER_ATTENTION && k != LAYER_CONV)
                    continue;
                char entry[200];
                snprintf(entry, sizeof entry, ".entry se3_%s_edges(", c->ir->layers[i].L->name);
                ck_assert_msg(strstr(ptx, entry) != NULL, "%s %s: no %s", names[s], archs[a], entry);
            }
            se3rt_cuda_buf_free(ctx, ptx);
        }
        /* below sm_80 there are no TF32 tensor cores: NVRTC stops with the source's #error */
        char *ptx = NULL;
        size_t n = 0;
        ck_assert_int_ne(se3rt_cuda_ptx(ctx, cu, strlen(cu), names[s], "sm_75", &ptx, &n), SE3RT_OK);
        ck_assert_msg(strstr(se3rt_errmsg(ctx), "compute capability 8.0 or newer") != NULL, "%s", se3rt_errmsg(ctx));
        free(cu);
        compile_free(c);
    }
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_tf32_shared_memory_limit)
{
    char *cu = cuda_source(SPECS[_i], "tf32", NULL);
    long worst = 0, n = 0;
    for (const char *p = cu; (p = strstr(p, "/* static shared memory: ")) != NULL; p++, n++) {
        long v = atol(p + strlen("/* static shared memory: "));
        worst = v > worst ? v : worst;
    }
    ck_assert(n > 0);
    ck_assert_ptr_nonnull(strstr(cu, "se3_mma_tf32(d, a, bq);"));
    ck_assert_msg(worst <= 48 * 1024, "%s tf32: a kernel needs %ld bytes of static shared memory", SPECS[_i], worst);
    printf("tf32 %-20s largest static shared memory %ld bytes\n", SPECS[_i], worst);
    free(cu);
}
END_TEST

static Suite *suite_tf32(void)
{
    Suite *s = suite_create("cuda_tf32");
    int n = 0;
    while (SPECS[n])
        n++;
    TCase *tc = tcase_create("emulator");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_emulated_primitives);
    tcase_add_loop_test(tc, test_tf32_parity_tiny, 0, 3);
    suite_add_tcase(s, tc);
    tc = tcase_create("source");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_cpu_refuses_tf32);
    tcase_add_test(tc, test_default_has_no_tensor_cores);
    tcase_add_test(tc, test_compile_tf32);
    tcase_add_test(tc, test_tf32_ptx);
    tcase_add_loop_test(tc, test_tf32_shared_memory_limit, 0, n);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    (void)NTINY;
    Suite *suites[] = { suite_tf32(), NULL };
    return tu_run_suites(suites);
}
