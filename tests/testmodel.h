/* testmodel.h - models for the test programs that link the compiler (every test_*.c but
 * test_rt_*, which link libse3rt alone and so cannot include this): a spec text compiled with its
 * backward code and loaded on the CPU; a spec file loaded twice, on the CPU and on the "cuda"
 * device, for the device-against-CPU checks. */
#ifndef SE3_TESTMODEL_H
#define SE3_TESTMODEL_H

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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

/* Three small graphs for the device-against-CPU checks: 5 nodes each on a full graph, else 9, 13
 * and 17 nodes with a chain of bonds plus a ring bond every fourth node (bond orders 1..4 in
 * turn); positions uniform in [-2, 2)^3 and input features in [-1, 1), drawn from `urand` (each
 * test keeps its own stream). Free with tm_batch_free. */
typedef struct tm_batch {
    int32_t gptr[4];
    double *pos, *in;     /* [n][3], [n][in_dim] */
    se3rt_bond bonds[64];
    se3rt_batch b;        /* the view the runtime takes */
    int n, in_dim;
} tm_batch;

static inline void tm_batch_make(const model *m, tm_batch *t, double (*urand)(void))
{
    memset(t, 0, sizeof *t);
    for (int g = 0; g < 3; g++)
        t->gptr[g + 1] = t->gptr[g] + (m->graph == GRAPH_FULL ? 5 : 9 + 4 * g);
    t->n = t->gptr[3];
    t->in_dim = fibre_dim(&m->in);
    t->pos = malloc(sizeof *t->pos * 3 * (size_t)t->n);
    t->in = malloc(sizeof *t->in * (size_t)(t->in_dim ? t->in_dim : 1) * (size_t)t->n);
    ck_assert(t->pos && t->in);
    for (int i = 0; i < 3 * t->n; i++)
        t->pos[i] = 4 * urand() - 2;
    for (int i = 0; i < t->in_dim * t->n; i++)
        t->in[i] = 2 * urand() - 1;
    int64_t nb = 0;
    for (int g = 0; g < 3 && m->graph == GRAPH_GIVEN; g++)
        for (int i = t->gptr[g]; i + 1 < t->gptr[g + 1]; i++) {
            t->bonds[nb++] = (se3rt_bond){ i, i + 1, 1 + (int32_t)(nb % 4) };
            if ((i - t->gptr[g]) % 4 == 3)
                t->bonds[nb++] = (se3rt_bond){ i, i - 3, 1 + (int32_t)(nb % 4) };
        }
    t->b = (se3rt_batch){ 3, t->gptr, t->pos, t->in, nb ? t->bonds : NULL, nb, NULL, NULL, NULL };
}

static inline void tm_batch_free(tm_batch *t)
{
    free(t->pos);
    free(t->in);
    t->pos = t->in = NULL;
}

#endif
