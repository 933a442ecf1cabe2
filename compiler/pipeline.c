/* pipeline.c - see pipeline.h. */
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_c.h"
#include "emit_cuda.h"
#include "emit_cuda_grad.h"
#include "manifest.h"
#include "se3rt_cuda.h"
#include "rt_internal.h"

int pipeline_prec(const char *name)
{
    if (!name || !*name)
        return -1;
    if (strcmp(name, "f32") == 0)
        return PREC_F32;
    if (strcmp(name, "f64") == 0)
        return PREC_F64;
    return -2;
}

int pipeline_set_precision(pipeline_opts *o, const char *name)
{
    const int tf32 = name && strcmp(name, "tf32") == 0;
    const int p = tf32 ? PREC_F32 : pipeline_prec(name);
    if (p == -2)
        return -2;
    o->prec = p;
    o->cuda_tf32 = tf32;
    return 0;
}

static compile_opts pipeline_copts(const pipeline_opts *o)
{
    return (compile_opts){ .prec = o ? o->prec : -1 };
}

compile *pipeline_compile_file(const char *path, const pipeline_opts *o)
{
    compile_opts co = pipeline_copts(o);
    return compile_file_opts(path, &co);
}

compile *pipeline_compile_string(const char *name, const char *text, size_t len, const pipeline_opts *o)
{
    compile_opts co = pipeline_copts(o);
    return compile_string_opts(name, text, len, &co);
}

compile *pipeline_recompile(const compile *c, const pipeline_opts *o)
{
    return pipeline_compile_string(c->diags.file, c->src ? c->src : "", c->src ? c->len : 0, o);
}

static char *pipeline_take(emit_buf *b, size_t *len)
{
    if (len)
        *len = b->len;
    return b->s;   /* emit_buf's text is malloc'd and NUL-terminated */
}

char *pipeline_c_source(const compile *c, const pipeline_opts *o, size_t *len)
{
    emit_buf b = { 0 };
    emit_c(c->ir, c->diags.file, &b);
    if (o && o->grad)
        emit_c_grad(c->ir, &b);
    emit_c_table(c->ir, o && o->grad, &b);
    return pipeline_take(&b, len);
}

char *pipeline_cuda_source(const compile *c, const pipeline_opts *o, size_t *len)
{
    emit_buf b = { 0 };
    emit_cuda_opts eo = { .kernels = o && o->cuda_simple ? EMIT_CUDA_SIMPLE : EMIT_CUDA_TILED,
                          .tf32 = o && o->cuda_tf32 };
    emit_cuda_with(c->ir, c->diags.file, &eo, &b);
    if (o && o->grad)
        emit_cuda_grad(c->ir, &b);   /* the backward kernels: training on the device */
    return pipeline_take(&b, len);
}

char *pipeline_manifest(const compile *c)
{
    return manifest_json(c->ir);
}

char *pipeline_manifest_lib(const compile *c, const manifest_lib *lib)
{
    return manifest_json_lib(c->ir, lib);
}

/* The model on the CPU backend (and, for "auto", the GPU when set_device finds one). */
static se3rt_status pipeline_cpu(se3rt_ctx *ctx, const compile *c, const pipeline_opts *o, const char *json,
                                 int try_gpu, se3rt_model **out)
{
    size_t n = 0, cn = 0;
    char *src = pipeline_c_source(c, o, &n);
    se3rt_status st = se3rt_model_new(ctx, json, src, n, out);
    free(src);
    if (st == SE3RT_OK && try_gpu) {
        char *cu = pipeline_cuda_source(c, o, &cn);
        st = se3rt_model_set_device(*out, "auto", cu, cn);
        free(cu);
    }
    return st;
}

/* The model on the CUDA backend: manifest and CUDA source only. With o->grad the CUDA source
 * carries the backward kernels, so no C is compiled either (periodic frames, whose ghost atoms
 * only the CPU backward handles, are refused by se3rt_model_grad). */
static se3rt_status pipeline_cuda(se3rt_ctx *ctx, const compile *c, const pipeline_opts *o, const char *json,
                                  se3rt_model **out)
{
    size_t cn = 0;
    se3rt_status st = se3rt_model_new(ctx, json, NULL, 0, out);
    if (st == SE3RT_OK) {
        char *cu = pipeline_cuda_source(c, o, &cn);
        st = se3rt_model_set_device(*out, "cuda", cu, cn);
        free(cu);
    }
    return st;
}

se3rt_status pipeline_model(se3rt_ctx *ctx, const compile *c, const pipeline_opts *o, const char *device,
                            se3rt_model **out)
{
    *out = NULL;
    if (!device)
        device = "cpu";
    int cuda = strcmp(device, "cuda") == 0, aut = strcmp(device, "auto") == 0;
    if (o && o->cuda_tf32 && !cuda)   /* tensor cores exist on the GPU only: no silent f32 fallback */
        return rt_error(ctx, SE3RT_ERR_INVALID, "precision tf32 (TF32 tensor cores) runs on the device cuda only, not '%s'; "
                        "use f32 or f64 on the CPU", device);
    if (o && o->cuda_tf32 && (c->m->prec != PREC_F32 || o->cuda_simple))
        return rt_error(ctx, SE3RT_ERR_INVALID, "precision tf32 needs an f32 model and the tiled kernels");
    char *json = pipeline_manifest(c);
    se3rt_status st;
    if (cuda || (aut && se3rt_cuda_probe(ctx, NULL, 0) == SE3RT_OK)) {
        st = pipeline_cuda(ctx, c, o, json, out);
        if (st == SE3RT_ERR_UNAVAILABLE && aut) {   /* the probe passed, the module did not: the CPU */
            se3rt_model_free(*out);
            *out = NULL;
            st = pipeline_cpu(ctx, c, o, json, 1, out);
        }
    } else {
        st = pipeline_cpu(ctx, c, o, json, aut, out);
        if (st == SE3RT_OK && !aut && strcmp(device, "cpu") != 0)
            st = se3rt_model_set_device(*out, device, NULL, 0);   /* names the unknown device */
    }
    free(json);
    if (st != SE3RT_OK) {
        se3rt_model_free(*out);
        *out = NULL;
    }
    return st;
}

se3rt_status pipeline_model_file(se3rt_ctx *ctx, const char *path, const pipeline_opts *o, const char *device,
                                 se3rt_model **out)
{
    *out = NULL;
    compile *c = pipeline_compile_file(path, o);
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        compile_free(c);
        return SE3RT_ERR_FORMAT;
    }
    se3rt_status st = pipeline_model(ctx, c, o, device, out);
    compile_free(c);
    return st;
}
