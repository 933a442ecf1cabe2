/* test_cuda.c - the CUDA backend where no GPU is needed: the generated CUDA source of every
 * shipped spec compiles with NVRTC to PTX for sm_80 and sm_90 (f32; f64 too for the tiny specs)
 * with no header at all, and the PTX holds every layer's kernel; `se3tc compile --ptx` writes
 * NAME.cu and NAME.ARCH.ptx; `se3tc run --device cuda` without a driver fails with one line and
 * writes nothing, and `--device auto` falls back to the CPU and says so; the CUBIN cache reuses
 * good entries and rebuilds corrupt ones; layers of the same shape share one kernel body; and,
 * through the emulator (SE3TC_CUDA_EMULATE=1, runtime/cuda/cuda_emu.c), every layer's output of
 * both kernel families matches the C code's (f64 <= 1e-12, f32 <= 1e-5 relative) on the tiny
 * specs and on short forms of qm9_se3 and nbody_se3 (every layer kind between them); the CUDA
 * settings come from the context before the environment, and malformed SE3TC_CUDA_EMULATE,
 * SE3TC_CUDA_EMULATE_THREADS, SE3TC_NVRTC or CUDA_HOME values are refused with one line naming
 * the variable. The GPU checks are in test_cuda_gpu.c. */
#include "testmodel.h"
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "compile.h"
#include "emit_c.h"
#include "emit_cuda.h"
#include "manifest.h"
#include "pipeline.h"
#include "se3rt_cuda.h"
#include "se3rt_model.h"

static const char *const SPECS[] = { "tiny_mlp",      "tiny_conv",        "tiny_attention",     "tiny_gate",
                                     "tiny_envelope", "tiny_xij",       "tiny_edgefield",
                                     "nbody_tfn",     "nbody_se3",        "qm9_tfn",            "qm9_se3",
                                     "scanobjectnn_se3", "scanobjectnn_se3_z", NULL };
#define NTINY 7 /* the tiny_* specs at the head of SPECS */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* NVRTC is needed for most of this file; where it is missing the tests say so and fail, since
 * CI has the toolkit (set SE3_TEST_NO_NVRTC=1 to skip them on a machine without one). */
static int have_nvrtc(void)
{
    se3rt_ctx *ctx = NULL;
    rt_nvrtc nv;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_status st = rt_nvrtc_open(ctx, &nv);
    if (st == SE3RT_OK)
        rt_nvrtc_close(&nv);
    else if (getenv("SE3_TEST_NO_NVRTC"))
        printf("skipping: %s\n", se3rt_errmsg(ctx));
    else
        ck_abort_msg("NVRTC is needed for this test: %s", se3rt_errmsg(ctx));
    se3rt_ctx_free(ctx);
    return st == SE3RT_OK;
}

/* ---- PTX of every shipped spec ---------------------------------------------------------- */

static void ptx_spec(const char *name, int f64)
{
    if (!have_nvrtc())
        return;
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, name);
    pipeline_opts po = { .prec = f64 ? PREC_F64 : PREC_F32 };
    compile *c = pipeline_compile_file(path, &po);
    ck_assert_msg(c->ir != NULL, "%s does not compile", path);
    size_t cu_len = 0;
    char *cu = pipeline_cuda_source(c, NULL, &cu_len);
    ck_assert_msg(strstr(cu, "#include") == NULL, "%s: the CUDA source includes a header", name);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    static const char *const archs[] = { "sm_80", "sm_90" };
    for (int a = 0; a < 2; a++) {
        char *ptx = NULL;
        size_t n = 0;
        double t0 = now_s();
        se3rt_status st = se3rt_cuda_ptx(ctx, cu, cu_len, name, archs[a], &ptx, &n);
        ck_assert_msg(st == SE3RT_OK, "%s %s: %s", name, archs[a], se3rt_errmsg(ctx));
        printf("PTX %-20s %s %s: %6.1f s, %zu bytes of PTX from %zu of CUDA\n", name, f64 ? "f64" : "f32", archs[a],
               now_s() - t0, n, cu_len);
        fflush(stdout);
        char want[80];
        snprintf(want, sizeof want, ".target %s", archs[a]);
        ck_assert_msg(strstr(ptx, want) != NULL, "%s: PTX lacks '%s'", name, want);
        for (int i = 0; i < c->ir->nlayers; i++) {
            char entry[200];
            snprintf(entry, sizeof entry, ".entry se3_%s_forward(", c->ir->layers[i].L->name);
            ck_assert_msg(strstr(ptx, entry) != NULL, "%s %s: PTX lacks kernel se3_%s_forward", name, archs[a],
                          c->ir->layers[i].L->name);
            const layer_kind k = c->ir->layers[i].L->kind;
            snprintf(entry, sizeof entry, ".entry se3_%s_edges(", c->ir->layers[i].L->name);
            ck_assert_msg((strstr(ptx, entry) != NULL) == (k == LAYER_ATTENTION || k == LAYER_CONV),
                          "%s %s: edge kernel of %s %s", name, archs[a], c->ir->layers[i].L->name,
                          strstr(ptx, entry) ? "where none belongs" : "missing");
        }
        se3rt_cuda_buf_free(ctx, ptx);
    }
    se3rt_ctx_free(ctx);
    free(cu);
    compile_free(c);
}

START_TEST(test_ptx_f32)
{
    ptx_spec(SPECS[_i], 0);
}
END_TEST

START_TEST(test_ptx_f64_tiny)
{
    ptx_spec(SPECS[_i], 1);
}
END_TEST

/* A compile error reaches the message with NVRTC's log. */
START_TEST(test_ptx_error_log)
{
    if (!have_nvrtc())
        return;
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    const char *bad = "extern \"C\" __global__ void k(float *x) { x[0] = undefined_name; }\n";
    char *ptx = NULL;
    size_t n = 0;
    ck_assert_int_eq(se3rt_cuda_ptx(ctx, bad, strlen(bad), "bad.cu", "sm_80", &ptx, &n), SE3RT_ERR_COMPILE);
    ck_assert_ptr_null(ptx);
    ck_assert_msg(strstr(se3rt_errmsg(ctx), "undefined_name") != NULL, "no NVRTC log in: %s", se3rt_errmsg(ctx));
    ck_assert_msg(strstr(se3rt_errmsg(ctx), "bad.cu") != NULL, "no program name in: %s", se3rt_errmsg(ctx));
    ck_assert_ptr_null(strchr(se3rt_errmsg(ctx), '\n'));
    ck_assert_int_eq(se3rt_cuda_ptx(ctx, bad, strlen(bad), "bad.cu", "gfx90a", &ptx, &n), SE3RT_ERR_INVALID);
    /* the arch becomes part of an output file name: nothing after the digits */
    const char *archs[] = { "sm_80/../../x", "sm_80;rm", "sm_80\n", "sm_+80", "sm_ 80", "sm_8", "sm_1000", "sm_80x" };
    for (size_t i = 0; i < sizeof archs / sizeof *archs; i++) {
        ck_assert_int_eq(se3rt_cuda_ptx(ctx, bad, strlen(bad), "bad.cu", archs[i], &ptx, &n), SE3RT_ERR_INVALID);
        ck_assert_ptr_null(strchr(se3rt_errmsg(ctx), '\n'));
    }
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- kernel sharing ----------------------------------------------------------------------- */

/* qm9_se3's hidden attention layers att_2..att_7 have one shape: their kernels are wrappers of
 * one body each (forward and edges), the first layer's and the conv's have bodies of their own,
 * and the unshared source (no_share) has one body per kernel and is larger. */
START_TEST(test_shared_bodies)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/qm9_se3.spec", SE3_SOURCE_DIR);
    compile *c = compile_file(path);
    ck_assert_ptr_nonnull(c->ir);
    emit_buf cu = { 0 }, un = { 0 };
    emit_cuda(c->ir, path, &cu);
    emit_cuda_opts o = { .kernels = EMIT_CUDA_TILED, .no_share = 1 };
    emit_cuda_with(c->ir, path, &o, &un);
    int calls = 0, bodies = 0;
    for (const char *p = cu.s; (p = strstr(p, "se3_att_2_edges_body(SE3_ARGS(P + ")) != NULL; p++)
        calls++;
    for (const char *p = cu.s; (p = strstr(p, "_body(SE3_PARAMS)\n")) != NULL; p++)
        bodies++;
    ck_assert_int_eq(calls, 6);
    ck_assert_msg(strstr(cu.s, "__noinline__ void se3_att_2_forward_body(SE3_PARAMS)"), "att_2's body is not shared");
    ck_assert_msg(strstr(cu.s, "__forceinline__ void se3_att_1_edges_body(SE3_PARAMS)"), "att_1 has no body of its own");
    ck_assert_msg(!strstr(cu.s, "se3_att_3_edges_body(SE3_PARAMS)"), "att_3 got a body of its own");
    /* att, nl: 2 + 2 (att_1, att_2..7 shared) + 1 (nl) ... */
    ck_assert_msg(bodies < c->ir->nlayers, "%d bodies for %d layers", bodies, c->ir->nlayers);
    ck_assert_msg(un.len > 2 * cu.len, "shared %zu bytes, unshared %zu", cu.len, un.len);
    printf("qm9_se3: %d kernel bodies for %d layers; %zu bytes of CUDA shared, %zu unshared\n", bodies,
           c->ir->nlayers, cu.len, un.len);
    emit_buf_free(&cu);
    emit_buf_free(&un);
    compile_free(c);
}
END_TEST

/* Every kernel of every shipped spec, both families and precisions, declares at most the 48 KB of
 * static shared memory a block may have (the generated file states each body's total). */
START_TEST(test_shared_memory_limit)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, SPECS[_i / 4]);
    pipeline_opts po = { .prec = _i % 2 ? PREC_F64 : PREC_F32 };
    compile *c = pipeline_compile_file(path, &po);
    ck_assert_ptr_nonnull(c->ir);
    emit_cuda_opts o = { .kernels = (_i / 2) % 2 ? EMIT_CUDA_SIMPLE : EMIT_CUDA_TILED };
    emit_buf cu = { 0 };
    emit_cuda_with(c->ir, path, &o, &cu);
    long worst = 0, n = 0;
    for (const char *p = cu.s; (p = strstr(p, "/* static shared memory: ")) != NULL; p++, n++) {
        long v = atol(p + strlen("/* static shared memory: "));
        worst = v > worst ? v : worst;
    }
    ck_assert_msg(n > 0, "%s: no shared-memory totals in the source", SPECS[_i / 4]);
    ck_assert_msg(worst <= 48 * 1024, "%s %s: a kernel needs %ld bytes of static shared memory", SPECS[_i / 4],
                  _i % 2 ? "f64" : "f32", worst);
    emit_buf_free(&cu);
    compile_free(c);
}
END_TEST

/* ---- parity with the C code through the emulator --------------------------------------------- */

static uint64_t prng = 99;

static double urand(void) { return tu_urand(&prng); }

/* A copy of specs/NAME.spec with `from` replaced by `to` (a short form), in dir. */
static void short_spec(const char *name, const char *from, const char *to, const char *dir, char *out, size_t n)
{
    char src[1024];
    snprintf(src, sizeof src, "%s/specs/%s.spec", SE3_SOURCE_DIR, name);
    char *text = tu_read_file(src, NULL);
    ck_assert_ptr_nonnull(text);
    char *hit = strstr(text, from);
    ck_assert_msg(hit != NULL, "%s has no '%s'", src, from);
    size_t len = strlen(text) + strlen(to) + 1;
    char *mod = malloc(len);
    snprintf(mod, len, "%.*s%s%s", (int)(hit - text), text, to, hit + strlen(from));
    snprintf(out, n, "%s/%s_short.spec", dir, name);
    ck_assert_int_eq(tu_write_file(out, mod), 0);
    free(mod);
    free(text);
}

/* Every layer of the spec at `path`, through the C code and through the emulated CUDA kernels of
 * family `kernels`, on a batch of three small graphs. */
static void emu_parity(const char *path, int f64, emit_cuda_kernels kernels)
{
    setenv("SE3TC_CUDA_EMULATE", "1", 1);
    pipeline_opts po = { .prec = f64 ? PREC_F64 : PREC_F32, .cuda_simple = kernels == EMIT_CUDA_SIMPLE };
    tm_pair p = tm_pair_load(path, &po, 5, 1);
    compile *c = p.c;
    se3rt_ctx *ctx = p.ctx;
    se3rt_model *cpu = p.cpu, *gpu = p.dev;
    const model *m = c->m;
    tm_batch tb;
    tm_batch_make(m, &tb, urand);
    const se3rt_batch b = tb.b;
    const int n = tb.n;
    const double tol = f64 ? 1e-12 : 1e-5;
    double worst = 0;
    for (int i = 0; i < c->ir->nlayers; i++) {
        const layer *L = c->ir->layers[i].L;
        const int64_t rows = L->kind == LAYER_POOL || L->per_graph ? 3 : n, len = rows * fibre_dim(&L->out);
        double *a = calloc((size_t)len, sizeof *a), *g = calloc((size_t)len, sizeof *g), d = 0, s = 0;
        ck_assert_msg(se3rt_model_forward_layers(cpu, &b, i + 1, a, len) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
        ck_assert_msg(se3rt_model_forward_layers(gpu, &b, i + 1, g, len) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
        for (int64_t k = 0; k < len; k++) {
            d += (a[k] - g[k]) * (a[k] - g[k]);
            s += a[k] * a[k];
        }
        const double e = s > 0 ? sqrt(d / s) : sqrt(d);
        ck_assert_msg(s > 0, "%s layer %s: all zero", path, L->name);
        ck_assert_msg(e <= tol, "%s %s %s layer %s: emulated CUDA vs C rel err %g > %g", m->name, f64 ? "f64" : "f32",
                      kernels == EMIT_CUDA_SIMPLE ? "simple" : "tiled", L->name, e, tol);
        worst = e > worst ? e : worst;
        free(a);
        free(g);
    }
    printf("emulated %-16s %s %-6s: %d layers, worst rel err %.3g\n", m->name, f64 ? "f64" : "f32",
           kernels == EMIT_CUDA_SIMPLE ? "simple" : "tiled", c->ir->nlayers, worst);
    fflush(stdout);
    tm_batch_free(&tb);
    tm_pair_free(&p);
}

/* tiny specs x {f32, f64} x {tiled, simple} */
START_TEST(test_emu_parity_tiny)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s.spec", SE3_SOURCE_DIR, SPECS[_i / 4]);
    emu_parity(path, _i % 2, (_i / 2) % 2 ? EMIT_CUDA_SIMPLE : EMIT_CUDA_TILED);
}
END_TEST

/* qm9_se3 with two attention blocks (the first and one hidden): attention, norm (layer), conv,
 * pool, mlp; nbody_se3 with one block and the attentive one: relpos, norm (bias), attentive
 * self-interaction. The tiled kernels in f32 and f64. */
START_TEST(test_emu_parity_paper_short)
{
    char *dir = tu_tmpdir(), path[1200];
    if (_i / 2 == 0)
        short_spec("qm9_se3", "repeat 7", "repeat 2", dir, path, sizeof path);
    else
        short_spec("nbody_se3", "repeat 3", "repeat 1", dir, path, sizeof path);
    emu_parity(path, _i % 2, EMIT_CUDA_TILED);
    free(dir);
}
END_TEST

/* ---- se3tc compile --ptx --------------------------------------------------------------- */

START_TEST(test_compile_writes_cu_and_ptx)
{
    char *dir = tu_tmpdir(), args[16384], path[4400], *out, *err;
    snprintf(args, sizeof args, "compile '%s/specs/tiny_mlp.spec' -o '%s'", SE3_SOURCE_DIR, dir);
    ck_assert_int_eq(tu_se3tc(args, NULL, &out, &err), 0);
    snprintf(path, sizeof path, "%s/tiny_mlp.cu", dir);
    char *cu = tu_read_file(path, NULL);
    ck_assert_msg(cu && strstr(cu, "extern \"C\" __global__") && strstr(cu, "se3_c1_forward"), "no NAME.cu");
    snprintf(path, sizeof path, "%s/tiny_mlp.sm_80.ptx", dir);
    ck_assert_int_ne(access(path, F_OK), 0);
    free(cu);
    free(out);
    free(err);
    if (have_nvrtc()) {
        snprintf(args, sizeof args, "compile '%s/specs/tiny_mlp.spec' -o '%s' --ptx sm_80,sm_90", SE3_SOURCE_DIR, dir);
        ck_assert_int_eq(tu_se3tc(args, NULL, &out, &err), 0);
        for (int a = 80; a <= 90; a += 10) {
            snprintf(path, sizeof path, "%s/tiny_mlp.sm_%d.ptx", dir, a);
            char *ptx = tu_read_file(path, NULL);
            ck_assert_msg(ptx && strstr(ptx, ".entry se3_head_forward("), "%s missing or without kernels", path);
            free(ptx);
        }
        free(out);
        free(err);
        /* a bad architecture: one line, exit 1, no new file */
        snprintf(args, sizeof args, "compile '%s/specs/tiny_conv.spec' -o '%s' --ptx sm_80,bogus", SE3_SOURCE_DIR, dir);
        ck_assert_int_eq(tu_se3tc(args, NULL, &out, &err), 1);
        ck_assert_msg(strstr(err, "bogus") && strchr(err, '\n') == err + strlen(err) - 1, "stderr: %s", err);
        snprintf(path, sizeof path, "%s/tiny_conv.sm_80.ptx", dir);
        ck_assert_int_ne(access(path, F_OK), 0);
        snprintf(path, sizeof path, "%s/tiny_conv.c", dir);
        ck_assert_int_ne(access(path, F_OK), 0);
        free(out);
        free(err);
    }
    free(dir);
}
END_TEST

/* ---- no driver ----------------------------------------------------------------------------- */

static int have_driver(void)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    int ok = se3rt_cuda_probe(ctx, NULL, 0) == SE3RT_OK;
    se3rt_ctx_free(ctx);
    return ok;
}

static const char XYZ[] = "5\nProperties=species:S:1:pos:R:3:a:R:3\n"
                          "H 0 0 0 1 0 0\nH 1 0 0 0 1 0\nH 0 1.5 0 0 0 1\nH 0 0 2 1 1 1\nH 1 1 1 0 0 0\n"
                          "6\nProperties=species:S:1:pos:R:3:a:R:3\n"
                          "H 0 0 0 1 0 0\nH 1 0 0 0 1 0\nH 0 1.5 0 0 0 1\nH 0 0 2 1 1 1\nH 1 1 1 0 0 0\n"
                          "H -1 0 0.5 0.5 0 0\n";

START_TEST(test_run_cuda_without_driver)
{
    unsetenv("SE3TC_CUDA_EMULATE");
    if (have_driver()) {
        printf("a CUDA driver and device are present: the no-driver path is not testable here\n");
        return;
    }
    char *dir = tu_tmpdir(), args[16384], in[4300], outp[4300], *out, *err;
    snprintf(in, sizeof in, "%s/in.xyz", dir);
    snprintf(outp, sizeof outp, "%s/out.xyz", dir);
    ck_assert_int_eq(tu_write_file(in, XYZ), 0);
    snprintf(args, sizeof args, "run '%s/specs/tiny_conv.spec' --seed 1 --device cuda -i '%s' -o '%s'", SE3_SOURCE_DIR,
             in, outp);
    ck_assert_int_eq(tu_se3tc(args, NULL, &out, &err), 1);
    ck_assert_str_eq(out, "");
    /* exactly one line naming what is missing */
    ck_assert_msg(strncmp(err, "se3tc run: --device cuda: ", 26) == 0, "stderr: %s", err);
    ck_assert_msg(strstr(err, "libcuda.so.1 not found (") || strstr(err, "no CUDA device"), "stderr: %s", err);
    ck_assert_msg(strchr(err, '\n') == err + strlen(err) - 1, "not one line: %s", err);
    ck_assert_int_ne(access(outp, F_OK), 0);
    free(out);
    free(err);
    /* auto: runs on the CPU and says why */
    snprintf(args, sizeof args, "run '%s/specs/tiny_conv.spec' --seed 1 --device auto -i '%s' -o '%s'", SE3_SOURCE_DIR,
             in, outp);
    ck_assert_int_eq(tu_se3tc(args, NULL, &out, &err), 0);
    ck_assert_msg(strstr(err, "device cpu (no usable GPU: ") && strstr(err, "falling back to the CPU"), "stderr: %s", err);
    char *res = tu_read_file(outp, NULL);
    ck_assert_msg(res && strstr(res, " g=\""), "no output written: %s", res ? res : "(none)");
    free(res);
    free(out);
    free(err);
    /* and through the API: cuda is UNAVAILABLE with the same message */
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    ck_assert_int_eq(se3rt_cuda_probe(ctx, NULL, 0), SE3RT_ERR_UNAVAILABLE);
    ck_assert_msg(strstr(se3rt_errmsg(ctx), "libcuda.so.1") || strstr(se3rt_errmsg(ctx), "no CUDA device"), "%s",
                  se3rt_errmsg(ctx));
    se3rt_ctx_free(ctx);
    free(dir);
}
END_TEST

/* --device cuda needs no C: on the emulator, with a C compiler that fails and leaves a mark when
 * it is run, `se3tc run --device cuda` works and the mark is never made; --device cpu, the
 * control, fails and makes it. The same through the API with the compiler as a ctx setting. */
START_TEST(test_cuda_compiles_no_c)
{
    char *dir = tu_tmpdir(), args[16384], in[4300], outp[4300], cc[4300], mark[4300], script[9000], *out, *err;
    snprintf(in, sizeof in, "%s/in.xyz", dir);
    snprintf(outp, sizeof outp, "%s/out.xyz", dir);
    snprintf(cc, sizeof cc, "%s/failing-cc", dir);
    snprintf(mark, sizeof mark, "%s/cc-was-run", dir);
    snprintf(script, sizeof script, "#!/bin/sh\ntouch '%s'\nexit 1\n", mark);
    ck_assert_int_eq(tu_write_file(in, XYZ), 0);
    ck_assert_int_eq(tu_write_file(cc, script), 0);
    ck_assert_int_eq(chmod(cc, 0700), 0);
    setenv("SE3TC_CUDA_EMULATE", "1", 1);
    setenv("CC", cc, 1);
    snprintf(args, sizeof args, "run '%s/specs/tiny_conv.spec' --seed 1 --device cuda -i '%s' -o '%s'", SE3_SOURCE_DIR,
             in, outp);
    int rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_msg(rc == 0, "--device cuda on the emulator failed: %s", err);
    ck_assert_msg(access(mark, F_OK) != 0, "--device cuda ran the C compiler");
    char *res = tu_read_file(outp, NULL);
    ck_assert_msg(res && strstr(res, " g=\""), "no output written: %s", res ? res : "(none)");
    free(res);
    free(out);
    free(err);
    snprintf(args, sizeof args, "run '%s/specs/tiny_conv.spec' --seed 1 --device cpu -i '%s' -o '%s'", SE3_SOURCE_DIR,
             in, outp);
    ck_assert_int_eq(tu_se3tc(args, NULL, &out, &err), 1);
    ck_assert_msg(access(mark, F_OK) == 0, "the failing compiler was not run for --device cpu: %s", err);
    free(out);
    free(err);
    unsetenv("CC");
    unlink(mark);

    /* the API: the compiler is the context's setting (over $CC, now unset) */
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    ck_assert_ptr_null(se3rt_ctx_cc(ctx));
    ck_assert_int_eq(se3rt_ctx_set_cc(ctx, cc), SE3RT_OK);
    ck_assert_str_eq(se3rt_ctx_cc(ctx), cc);
    pipeline_opts po = PIPELINE_DEFAULTS;
    compile *c = pipeline_compile_file(SE3_SOURCE_DIR "/specs/tiny_conv.spec", &po);
    ck_assert_int_eq(c->diags.nerrors, 0);
    se3rt_model *m = NULL;
    ck_assert_msg(pipeline_model(ctx, c, &po, "cuda", &m) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_str_eq(se3rt_model_jit_command(m), "");
    ck_assert_int_eq(se3rt_model_on_gpu(m), 1);
    se3rt_model_free(m);
    ck_assert_int_eq(access(mark, F_OK), -1);
    ck_assert_int_eq(pipeline_model(ctx, c, &po, "cpu", &m), SE3RT_ERR_UNAVAILABLE);
    ck_assert_msg(strstr(se3rt_errmsg(ctx), "failing-cc") && !strchr(se3rt_errmsg(ctx), '\n'), "%s",
                  se3rt_errmsg(ctx));
    ck_assert_int_eq(access(mark, F_OK), 0);
    compile_free(c);
    se3rt_ctx_free(ctx);
    unsetenv("SE3TC_CUDA_EMULATE");
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

/* ---- the CUBIN cache ---------------------------------------------------------------------- */

START_TEST(test_cubin_cache)
{
    if (!have_nvrtc())
        return;
    char *dir = tu_tmpdir();
    setenv("SE3TC_CACHE", dir, 1);
    se3rt_ctx *ctx = NULL;
    rt_nvrtc nv;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    ck_assert_int_eq(rt_nvrtc_open(ctx, &nv), SE3RT_OK);
    const char *src = "extern \"C\" __global__ void se3_k_forward(float *x) { x[threadIdx.x] *= 2.0f; }\n";
    char *bin = NULL, path[4400];
    size_t n = 0, n2 = 0;
    int hit = -1;
    /* miss: compiled and published */
    ck_assert_msg(rt_cuda_cubin_get(ctx, &nv, src, strlen(src), "k.cu", "sm_80", &bin, &n, &hit, path) == SE3RT_OK, "%s",
                  se3rt_errmsg(ctx));
    ck_assert_int_eq(hit, 0);
    ck_assert_msg(n > 16 && memcmp(bin, "\177ELF", 4) == 0, "not an ELF CUBIN");
    ck_assert_msg(strncmp(path, dir, strlen(dir)) == 0, "entry %s not under $SE3TC_CACHE %s", path, dir);
    char *first = malloc(n);
    memcpy(first, bin, n);
    se3rt_cuda_buf_free(ctx, bin);
    /* hit: same bytes */
    ck_assert_int_eq(rt_cuda_cubin_get(ctx, &nv, src, strlen(src), "k.cu", "sm_80", &bin, &n2, &hit, path), SE3RT_OK);
    ck_assert_int_eq(hit, 1);
    ck_assert_uint_eq(n2, n);
    ck_assert_int_eq(memcmp(bin, first, n), 0);
    se3rt_cuda_buf_free(ctx, bin);
    /* another arch is another entry */
    char path90[4400];
    ck_assert_int_eq(rt_cuda_cubin_get(ctx, &nv, src, strlen(src), "k.cu", "sm_90", &bin, &n2, &hit, path90), SE3RT_OK);
    ck_assert_int_eq(hit, 0);
    ck_assert_str_ne(path, path90);
    se3rt_cuda_buf_free(ctx, bin);
    /* corrupt entry (a flipped byte): rebuilt, and the rebuilt entry is good again */
    FILE *f = fopen(path, "r+b");
    ck_assert_ptr_nonnull(f);
    fseek(f, (long)n / 2, SEEK_SET);
    int ch = fgetc(f);
    fseek(f, (long)n / 2, SEEK_SET);
    fputc(ch ^ 0x5a, f);
    fclose(f);
    ck_assert_int_eq(rt_cuda_cubin_get(ctx, &nv, src, strlen(src), "k.cu", "sm_80", &bin, &n2, &hit, path), SE3RT_OK);
    ck_assert_int_eq(hit, 0);
    ck_assert_int_eq(memcmp(bin, first, n), 0);
    se3rt_cuda_buf_free(ctx, bin);
    ck_assert_int_eq(rt_cuda_cubin_get(ctx, &nv, src, strlen(src), "k.cu", "sm_80", &bin, &n2, &hit, path), SE3RT_OK);
    ck_assert_int_eq(hit, 1);
    se3rt_cuda_buf_free(ctx, bin);
    /* truncated entry and a fake one with a wrong checksum: rebuilt */
    ck_assert_int_eq(truncate(path, 10), 0);
    ck_assert_int_eq(rt_cuda_cubin_get(ctx, &nv, src, strlen(src), "k.cu", "sm_80", &bin, &n2, &hit, path), SE3RT_OK);
    ck_assert_int_eq(hit, 0);
    ck_assert_uint_eq(n2, n);
    se3rt_cuda_buf_free(ctx, bin);
    ck_assert_int_eq(tu_write_file(path, "not a cubin at all"), 0);
    ck_assert_int_eq(rt_cuda_cubin_get(ctx, &nv, src, strlen(src), "k.cu", "sm_80", &bin, &n2, &hit, path), SE3RT_OK);
    ck_assert_int_eq(hit, 0);
    ck_assert_int_eq(memcmp(bin, first, n), 0);
    se3rt_cuda_buf_free(ctx, bin);
    /* a missing checksum file: rebuilt */
    char sum[4500];
    snprintf(sum, sizeof sum, "%s.sum", path);
    ck_assert_int_eq(remove(sum), 0);
    ck_assert_int_eq(rt_cuda_cubin_get(ctx, &nv, src, strlen(src), "k.cu", "sm_80", &bin, &n2, &hit, path), SE3RT_OK);
    ck_assert_int_eq(hit, 0);
    se3rt_cuda_buf_free(ctx, bin);
    /* no temporary files left behind */
    char cmd[4400];
    snprintf(cmd, sizeof cmd, "ls '%s' | grep -c tmp", dir);
    FILE *p = popen(cmd, "r");
    int tmp = -1;
    ck_assert_int_eq(fscanf(p, "%d", &tmp), 1);
    pclose(p);
    ck_assert_int_eq(tmp, 0);
    free(first);
    rt_nvrtc_close(&nv);
    se3rt_ctx_free(ctx);
    free(dir);
}
END_TEST

/* ---- the CUDA settings: the context's, else the environment's, validated ------------------ */

/* The probe's verdict with the environment as given: SE3RT_ERR_INVALID and a one-line message
 * naming `var` for a malformed value. */
static void probe_refuses(const char *var)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    char desc[300] = "";
    ck_assert_int_eq(se3rt_cuda_probe(ctx, desc, sizeof desc), SE3RT_ERR_INVALID);
    const char *msg = se3rt_errmsg(ctx);
    ck_assert_msg(strncmp(msg, var, strlen(var)) == 0 && msg[strlen(var)] == '=', "message does not name %s: %s", var,
                  msg);
    ck_assert_msg(strchr(msg, '\n') == NULL, "not one line: %s", msg);
    se3rt_ctx_free(ctx);
}

START_TEST(test_cuda_env_validated)
{
    unsetenv("SE3TC_CUDA_EMULATE_THREADS");
    static const char *const bad_emulate[] = { "yes", "2", "1 ", "true", "\x1b[31m1", NULL };
    for (int i = 0; bad_emulate[i]; i++) {
        setenv("SE3TC_CUDA_EMULATE", bad_emulate[i], 1);
        probe_refuses("SE3TC_CUDA_EMULATE");
    }
    setenv("SE3TC_CUDA_EMULATE", "1", 1);
    static const char *const bad_threads[] = { "0", "-32", "abc", "32x", "33", "16", "160", "256",
                                               "99999999999999999999999", " 32", NULL };
    for (int i = 0; bad_threads[i]; i++) {
        setenv("SE3TC_CUDA_EMULATE_THREADS", bad_threads[i], 1);
        probe_refuses("SE3TC_CUDA_EMULATE_THREADS");
    }
    /* the good values, and an empty variable as unset */
    static const char *const good_threads[] = { "32", "64", "96", "128", "", NULL };
    for (int i = 0; good_threads[i]; i++) {
        setenv("SE3TC_CUDA_EMULATE_THREADS", good_threads[i], 1);
        se3rt_ctx *ctx = NULL;
        char desc[300] = "";
        ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
        ck_assert_msg(se3rt_cuda_probe(ctx, desc, sizeof desc) == SE3RT_OK, "%s: %s", good_threads[i],
                      se3rt_errmsg(ctx));
        ck_assert_msg(strstr(desc, "emulat") != NULL, "%s", desc);
        se3rt_ctx_free(ctx);
    }
    unsetenv("SE3TC_CUDA_EMULATE_THREADS");
    /* a path too long to be one: NVRTC's loader refuses it naming the variable */
    static char longpath[5000];
    memset(longpath, 'a', sizeof longpath - 1);
    longpath[0] = '/';
    static const char *const paths[] = { "SE3TC_NVRTC", "CUDA_HOME", NULL };
    for (int i = 0; paths[i]; i++) {
        setenv(paths[i], longpath, 1);
        se3rt_ctx *ctx = NULL;
        rt_nvrtc nv;
        ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
        ck_assert_int_eq(rt_nvrtc_open(ctx, &nv), SE3RT_ERR_INVALID);
        ck_assert_msg(strncmp(se3rt_errmsg(ctx), paths[i], strlen(paths[i])) == 0, "%s", se3rt_errmsg(ctx));
        se3rt_ctx_free(ctx);
        unsetenv(paths[i]);
    }
    /* the command: one line naming the variable, non-zero exit, no output file */
    setenv("SE3TC_CUDA_EMULATE", "on", 1);
    char *dir = tu_tmpdir(), args[16384], in[4300], outp[4300], *out, *err;
    snprintf(in, sizeof in, "%s/in.xyz", dir);
    snprintf(outp, sizeof outp, "%s/out.xyz", dir);
    ck_assert_int_eq(tu_write_file(in, XYZ), 0);
    for (int k = 0; k < 2; k++) {
        snprintf(args, sizeof args, "run '%s/specs/tiny_mlp.spec' --seed 1 --device %s -i '%s' -o '%s'", SE3_SOURCE_DIR,
                 k ? "auto" : "cuda", in, outp);
        ck_assert_int_ne(tu_se3tc(args, NULL, &out, &err), 0);
        ck_assert_msg(tu_one_line(err) && strstr(err, "SE3TC_CUDA_EMULATE=\"on\"") != NULL, "stderr: %s", err);
        ck_assert_int_ne(access(outp, F_OK), 0);
        free(out);
        free(err);
    }
    unsetenv("SE3TC_CUDA_EMULATE");
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

/* The context's settings win over the environment; the setters check their values. */
START_TEST(test_cuda_ctx_settings)
{
    se3rt_ctx *ctx = NULL;
    char desc[300] = "";
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    unsetenv("SE3TC_CUDA_EMULATE");
    ck_assert_int_eq(se3rt_ctx_set_cuda_emulate(ctx, 1), SE3RT_OK);
    ck_assert_int_eq(se3rt_ctx_set_cuda_emulate_threads(ctx, 64), SE3RT_OK);
    ck_assert_int_eq(se3rt_cuda_probe(ctx, desc, sizeof desc), SE3RT_OK);
    ck_assert_msg(strstr(desc, "emulat") != NULL, "%s", desc);
    /* a malformed environment does not matter where the context decides */
    setenv("SE3TC_CUDA_EMULATE", "bad", 1);
    setenv("SE3TC_CUDA_EMULATE_THREADS", "bad", 1);
    ck_assert_msg(se3rt_cuda_probe(ctx, desc, sizeof desc) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    /* 0: the GPU, whatever SE3TC_CUDA_EMULATE says (here: no driver, or a real device) */
    setenv("SE3TC_CUDA_EMULATE", "1", 1);
    ck_assert_int_eq(se3rt_ctx_set_cuda_emulate(ctx, 0), SE3RT_OK);
    desc[0] = 0;
    const se3rt_status st = se3rt_cuda_probe(ctx, desc, sizeof desc);
    ck_assert_msg(st == SE3RT_OK || st == SE3RT_ERR_UNAVAILABLE, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(strstr(desc, "emulat") == NULL && strstr(se3rt_errmsg(ctx), "emulat") == NULL, "still emulated");
    unsetenv("SE3TC_CUDA_EMULATE");
    unsetenv("SE3TC_CUDA_EMULATE_THREADS");
    /* the setters' ranges */
    ck_assert_int_eq(se3rt_ctx_set_cuda_emulate(ctx, 2), SE3RT_ERR_INVALID);
    ck_assert_int_eq(se3rt_ctx_set_cuda_emulate(ctx, -1), SE3RT_OK);
    static const int bad[] = { -1, 1, 31, 33, 160, 256 };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_int_eq(se3rt_ctx_set_cuda_emulate_threads(ctx, bad[i]), SE3RT_ERR_INVALID);
    ck_assert_int_eq(se3rt_ctx_set_cuda_emulate_threads(ctx, 0), SE3RT_OK);
    /* the NVRTC paths: the setting, else the environment, else none */
    unsetenv("SE3TC_NVRTC");
    unsetenv("CUDA_HOME");
    ck_assert_ptr_null(se3rt_ctx_nvrtc(ctx));
    ck_assert_ptr_null(se3rt_ctx_cuda_home(ctx));
    setenv("SE3TC_NVRTC", "/env/libnvrtc.so", 1);
    setenv("CUDA_HOME", "/env/cuda", 1);
    ck_assert_str_eq(se3rt_ctx_nvrtc(ctx), "/env/libnvrtc.so");
    ck_assert_str_eq(se3rt_ctx_cuda_home(ctx), "/env/cuda");
    ck_assert_int_eq(se3rt_ctx_set_nvrtc(ctx, "/set/libnvrtc.so"), SE3RT_OK);
    ck_assert_int_eq(se3rt_ctx_set_cuda_home(ctx, "/set/cuda"), SE3RT_OK);
    ck_assert_str_eq(se3rt_ctx_nvrtc(ctx), "/set/libnvrtc.so");
    ck_assert_str_eq(se3rt_ctx_cuda_home(ctx), "/set/cuda");
    static char longpath[5000];
    memset(longpath, 'a', sizeof longpath - 1);
    ck_assert_int_eq(se3rt_ctx_set_nvrtc(ctx, longpath), SE3RT_ERR_INVALID);
    ck_assert_int_eq(se3rt_ctx_set_cuda_home(ctx, longpath), SE3RT_ERR_INVALID);
    ck_assert_str_eq(se3rt_ctx_nvrtc(ctx), "/set/libnvrtc.so");
    ck_assert_int_eq(se3rt_ctx_set_nvrtc(ctx, NULL), SE3RT_OK);
    ck_assert_str_eq(se3rt_ctx_nvrtc(ctx), "/env/libnvrtc.so");
    unsetenv("SE3TC_NVRTC");
    unsetenv("CUDA_HOME");
    se3rt_ctx_free(ctx);
}
END_TEST

static Suite *suite_cuda(void)
{
    Suite *s = suite_create("cuda");
    int n = 0;
    while (SPECS[n])
        n++;
    /* PTX of the paper specs takes 20-90 s each per architecture on a 2-core machine: the long
     * tier (test_cuda_long) compiles every spec, the default tier the tiny ones, which between
     * them hold every layer kind's kernels. */
    TCase *tc = tcase_create("ptx_f32");
    tcase_set_timeout(tc, 1200);
    tcase_add_loop_test(tc, test_ptx_f32, 0, tu_tier_long() ? n : NTINY);
    suite_add_tcase(s, tc);
    tc = tcase_create("ptx_f64_tiny");
    tcase_set_timeout(tc, 300);
    tcase_add_loop_test(tc, test_ptx_f64_tiny, 0, NTINY);   /* the tiny_* specs come first */
    tcase_add_test(tc, test_ptx_error_log);
    suite_add_tcase(s, tc);
    tc = tcase_create("shared_bodies");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_shared_bodies);
    tcase_add_loop_test(tc, test_shared_memory_limit, 0, 4 * n);
    suite_add_tcase(s, tc);
    tc = tcase_create("emu_parity");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_emu_parity_tiny, 0, 4 * NTINY);   /* the tiny_* specs come first */
    tcase_add_loop_test(tc, test_emu_parity_paper_short, 0, 4);
    suite_add_tcase(s, tc);
    tc = tcase_create("cli");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_compile_writes_cu_and_ptx);
    tcase_add_test(tc, test_run_cuda_without_driver);
    tcase_add_test(tc, test_cuda_compiles_no_c);
    suite_add_tcase(s, tc);
    tc = tcase_create("settings");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_cuda_env_validated);
    tcase_add_test(tc, test_cuda_ctx_settings);
    suite_add_tcase(s, tc);
    tc = tcase_create("cache");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_cubin_cache);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *suites[] = { suite_cuda(), NULL };
    return tu_run_suites(suites);
}
