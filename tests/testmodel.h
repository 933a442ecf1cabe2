/* testmodel.h - a spec text compiled with its backward code and loaded on the CPU, for the test
 * programs that link the compiler (every test_*.c but test_rt_*, which link libse3rt alone and so
 * cannot include this). */
#ifndef SE3_TESTMODEL_H
#define SE3_TESTMODEL_H

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

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

#endif
