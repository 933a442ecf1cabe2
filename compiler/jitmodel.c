/* jitmodel.c - see jitmodel.h. */
#include "jitmodel.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_c.h"
#include "manifest.h"

se3rt_status jit_model_from(se3rt_ctx *ctx, compile *c, const char *spec, const char *prec, int grad,
                            se3rt_model **out)
{
    *out = NULL;
    if (strcmp(prec, "f32") == 0)
        c->m->prec = PREC_F32;
    else if (strcmp(prec, "f64") == 0)
        c->m->prec = PREC_F64;
    emit_buf b = { 0 };
    emit_c(c->ir, spec, &b);
    if (grad)
        emit_c_grad(c->ir, &b);
    char *json = manifest_json(c->ir);
    se3rt_status st = se3rt_model_new(ctx, json, b.s, b.len, out);
    free(json);
    emit_buf_free(&b);
    return st;
}

se3rt_status jit_model(se3rt_ctx *ctx, const char *spec, const char *prec, int grad, se3rt_model **out)
{
    *out = NULL;
    compile *c = compile_file(spec);
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        compile_free(c);
        return SE3RT_ERR_FORMAT;
    }
    se3rt_status st = jit_model_from(ctx, c, spec, prec, grad, out);
    compile_free(c);
    return st;
}
