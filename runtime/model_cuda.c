/* model_cuda.c - the CUDA backend of a model: the generated CUDA source through
 * runtime/cuda/cuda_model.c, which runs it on a GPU or (SE3TC_CUDA_EMULATE=1) on the emulator,
 * both behind se3rt_cuda.h's device table. Work-buffer widths and layer names come from the
 * manifest, so no C source is needed (or compiled) for a model that runs here. */
#include "model_impl.h"

typedef struct rt_cudab {
    const se3rt_model *m;
    rt_cuda_model *g;
} rt_cudab;

static const char *cudab_name(void *impl)
{
    return rt_cuda_model_desc(((rt_cudab *)impl)->g);
}

static se3rt_status cudab_forward(void *impl, const rt_fwd *f)
{
    rt_cudab *c = impl;
    const se3m_io *io = f->io;
    const int64_t rows = io->n_nodes > io->n_graphs ? io->n_nodes : io->n_graphs;
    return rt_cuda_model_forward(c->g, io, c->m->nparams, f->params_changed, rows, c->m->work_row_reals, f->upto,
                                 f->res, f->res_n, f->layer_s);
}

static se3rt_status cudab_kernel_info(void *impl, int i, se3rt_kernel_info *out)
{
    return rt_cuda_model_kernel_info(((rt_cudab *)impl)->g, i, out);
}

static void cudab_free(void *impl)
{
    rt_cudab *c = impl;
    if (!c)
        return;
    rt_cuda_model_free(c->g);
    rt_free(c->m->ctx, c);
}

static int cudab_has_grad(void *impl)
{
    return rt_cuda_model_has_grad(((rt_cudab *)impl)->g);
}

static se3rt_status cudab_grad_forward(void *impl, const rt_fwd *f)
{
    rt_cudab *c = impl;
    const se3m_io *io = f->io;
    const int64_t rows = io->n_nodes > io->n_graphs ? io->n_nodes : io->n_graphs;
    return rt_cuda_model_grad_forward(c->g, io, c->m->nparams, f->params_changed, rows, c->m->work_row_reals, f->res,
                                      f->res_n);
}

static se3rt_status cudab_grad_backward(void *impl, const double *dout, int64_t dout_n, double *dparams, double *dx0,
                                        double *dpos)
{
    rt_cudab *c = impl;
    return rt_cuda_model_grad_backward(c->g, dout, dout_n, c->m->nparams, dparams, dx0, dpos);
}

static se3rt_status cudab_opt_put(void *impl, const double *params, const double *m, const double *v, const double *ema)
{
    rt_cudab *c = impl;
    return rt_cuda_model_opt_put(c->g, c->m->nparams, params, m, v, ema);
}

static se3rt_status cudab_opt_get(void *impl, double *params, double *m, double *v, double *ema)
{
    rt_cudab *c = impl;
    return rt_cuda_model_opt_get(c->g, c->m->nparams, params, m, v, ema);
}

static se3rt_status cudab_opt_norm2(void *impl, double *norm2)
{
    rt_cudab *c = impl;
    return rt_cuda_model_opt_norm2(c->g, c->m->nparams, norm2);
}

static se3rt_status cudab_opt_step(void *impl, const rt_opt_step *s)
{
    rt_cudab *c = impl;
    return rt_cuda_model_opt_step(c->g, c->m->nparams, s);
}

static void cudab_traffic(void *impl, uint64_t *up, uint64_t *down)
{
    rt_cuda_model_traffic(((rt_cudab *)impl)->g, up, down);
}

static const rt_backend_i cuda_backend = {
    .name = cudab_name,
    .forward = cudab_forward,
    .kernel_info = cudab_kernel_info,
    .free = cudab_free,
    .has_grad = cudab_has_grad,
    .grad_forward = cudab_grad_forward,
    .grad_backward = cudab_grad_backward,
    .opt_put = cudab_opt_put,
    .opt_get = cudab_opt_get,
    .opt_norm2 = cudab_opt_norm2,
    .opt_step = cudab_opt_step,
    .traffic = cudab_traffic,
};

se3rt_status rt_cuda_backend_model_new(se3rt_model *m, const char *cuda_source, size_t len,
                                       const rt_backend_i **be, void **impl)
{
    *be = NULL;
    *impl = NULL;
    rt_cudab *c = rt_calloc(m->ctx, 1, sizeof *c);
    char **names = rt_calloc(m->ctx, (size_t)m->nlayers, sizeof *names);
    if (!c || !names) {
        rt_free(m->ctx, c);
        rt_free(m->ctx, names);
        return SE3RT_ERR_NOMEM;
    }
    c->m = m;
    for (int i = 0; i < m->nlayers; i++)
        names[i] = m->layers[i].name;
    se3rt_status st = rt_cuda_model_new(m->ctx, cuda_source, len, m->name, m->nlayers, names, m->f32, m->in_dim,
                                        &c->g);
    rt_free(m->ctx, names);
    if (st != SE3RT_OK) {
        rt_free(m->ctx, c);
        return st;
    }
    *be = &cuda_backend;
    *impl = c;
    return SE3RT_OK;
}
