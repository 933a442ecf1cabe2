/* jitmodel.h - a spec straight to a loaded runtime model: compile, emit C (and the backward
 * code when asked), write the manifest, JIT through libse3rt. For the commands that train and
 * check gradients. */
#ifndef SE3C_JITMODEL_H
#define SE3C_JITMODEL_H

#include "compile.h"
#include "se3rt_model.h"

/* prec: "f32", "f64" or "" (the spec's). On spec errors the diagnostics go to stderr and the
 * result is SE3RT_ERR_FORMAT with `*out` NULL; runtime errors are in se3rt_errmsg(ctx). */
se3rt_status jit_model(se3rt_ctx *ctx, const char *spec, const char *prec, int grad, se3rt_model **out);
/* The same from a spec the caller has compiled without errors (c->m->prec is set to prec);
 * `spec` names the file in the generated code's header. */
se3rt_status jit_model_from(se3rt_ctx *ctx, compile *c, const char *spec, const char *prec, int grad,
                            se3rt_model **out);

#endif
