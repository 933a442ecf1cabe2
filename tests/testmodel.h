/* testmodel.h - models for the test programs that link the compiler (every test_*.c but
 * test_rt_*, which link libse3rt alone and so cannot include this): a spec text compiled with its
 * backward code and loaded on the CPU; a spec file loaded twice, on the CPU and on the "cuda"
 * device, for the device-against-CPU checks. */
#ifndef SE3_TESTMODEL_H
#define SE3_TESTMODEL_H

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "pipeline.h"
#include "se3rt_model.h"

/* The model of spec `text` (named `name` in messages) with backward code, on the CPU, one thread,
 * weights drawn from `seed`; a compile or load error fails the test, naming it. */
static inline se3rt_model *tm_load_grad(se3rt_ctx *ctx, const char *name, const char *text, uint64_t seed)
{
    pipeline_opts po = PIPELINE_DEFAULTS;
    po.grad = 1;
    compile *c = pipeline_compile_string(name, text, strlen(text), &po);
    if (c->diags.nerrors)
        diag_print(&c->diags, stderr);
    ck_assert_int_eq(c->diags.nerrors, 0);
    se3rt_model *m = NULL;
    se3rt_status st = pipeline_model(ctx, c, &po, "cpu", &m);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    compile_free(c);
    se3rt_model_set_threads(m, 1);
    ck_assert_int_eq(se3rt_model_init_weights(m, seed), SE3RT_OK);
    return m;
}

/* One spec on both devices: the compile, its context and the same model on the CPU and on "cuda"
 * (the GPU, or the emulator with SE3TC_CUDA_EMULATE=1), both with the weights of one seed. */
typedef struct tm_pair {
    compile *c;
    se3rt_ctx *ctx;
    se3rt_model *cpu, *dev;
    double dev_load_s;   /* wall time of loading the "cuda" model (its compile when not cached) */
} tm_pair;

/* Compile the spec at `path` with `po` and load it on both devices (the CPU without `po`'s TF32
 * mode, which is CUDA's only), weights from `seed`; when
 * `emulated`, the "cuda" model must be the emulator's. Any failure fails the test, naming it. */
static inline tm_pair tm_pair_load(const char *path, const pipeline_opts *po, uint64_t seed, int emulated)
{
    tm_pair p = { 0 };
    p.c = pipeline_compile_file(path, po);
    ck_assert_msg(p.c->ir != NULL, "%s does not compile", path);
    ck_assert_int_eq(se3rt_ctx_new(&p.ctx, NULL), SE3RT_OK);
    pipeline_opts pc = *po;
    pc.cuda_tf32 = 0;   /* the CPU has no TF32 mode: its model is the plain f32 reference */
    ck_assert_msg(pipeline_model(p.ctx, p.c, &pc, "cpu", &p.cpu) == SE3RT_OK, "%s: %s", path, se3rt_errmsg(p.ctx));
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ck_assert_msg(pipeline_model(p.ctx, p.c, po, "cuda", &p.dev) == SE3RT_OK, "%s: %s", path, se3rt_errmsg(p.ctx));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    p.dev_load_s = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
    ck_assert_msg(!emulated || strstr(se3rt_model_device(p.dev), "emulat") != NULL, "not emulated: %s",
                  se3rt_model_device(p.dev));
    ck_assert_int_eq(se3rt_model_init_weights(p.cpu, seed), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_init_weights(p.dev, seed), SE3RT_OK);
    return p;
}

static inline void tm_pair_free(tm_pair *p)
{
    se3rt_model_free(p->cpu);
    se3rt_model_free(p->dev);
    se3rt_ctx_free(p->ctx);
    compile_free(p->c);
    *p = (tm_pair){ 0 };
}

#endif
