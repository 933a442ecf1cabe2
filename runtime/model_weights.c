/* model_weights.c - a model's weights: the double master copy hosts read and write, the copy at
 * the model's precision the backends read (synced lazily), the documented initialisation
 * (docs/semantics.md) and safetensors load and save. Names, shapes and offsets are the
 * manifest's (model_manifest.c). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "jit.h"
#include "model_impl.h"

void *rt_model_reals(se3rt_model *m, int64_t n)
{
    return rt_calloc(m->ctx, (size_t)(n > 0 ? n : 1), m->f32 ? sizeof(float) : sizeof(double));
}

void rt_model_put(const se3rt_model *m, void *dst, int64_t i, double v)
{
    if (m->f32)
        ((float *)dst)[i] = (float)v;
    else
        ((double *)dst)[i] = v;
}

double rt_model_get(const se3rt_model *m, const void *src, int64_t i)
{
    return m->f32 ? (double)((const float *)src)[i] : ((const double *)src)[i];
}

se3rt_status rt_params_alloc(se3rt_model *m)
{
    m->params = rt_calloc(m->ctx, (size_t)(m->nparams ? m->nparams : 1), sizeof(double));
    m->params_t = rt_model_reals(m, m->nparams);
    m->params_dirty = 1;
    return m->params && m->params_t ? SE3RT_OK : SE3RT_ERR_NOMEM;
}

/* Copy the double master weights into the model's precision if they changed. Not thread-safe:
 * callers that run rt_model_grad from several threads call this once before. */
void rt_model_sync_params(se3rt_model *m)
{
    if (m->params_dirty) {   /* every step of training: a copy, or a rounding to float, in one loop */
        if (m->f32)
            for (int64_t k = 0; k < m->nparams; k++)
                ((float *)m->params_t)[k] = (float)m->params[k];
        else if (m->params_t != (void *)m->params)
            memcpy(m->params_t, m->params, (size_t)m->nparams * sizeof *m->params);
        m->params_dirty = 0;
        m->dev_params_changed = 1;
    }
}

se3rt_status rt_model_pull_params(se3rt_model *m)
{
    if (!m->dev_params_newer)
        return SE3RT_OK;
    se3rt_status st = m->dev_be && m->dev_be->opt_get ? m->dev_be->opt_get(m->dev, m->params, NULL, NULL, NULL)
                                                      : rt_error(m->ctx, SE3RT_ERR_INTERNAL, "no device weights");
    if (st)
        return st;
    m->dev_params_newer = 0;
    /* the device's copy at the model's precision is these, rounded as rt_model_put rounds */
    if (!m->params_dirty)
        for (int64_t k = 0; k < m->nparams; k++)
            rt_model_put(m, m->params_t, k, m->params[k]);
    return SE3RT_OK;
}

int64_t se3rt_model_nparams(const se3rt_model *m) { return m->nparams; }

double *se3rt_model_params(se3rt_model *m)
{
    rt_model_pull_params(m);   /* a device error is in the ctx; the weights then are the host's last */
    return m->params;
}

void se3rt_model_params_changed(se3rt_model *m) { m->params_dirty = 1; }

void se3rt_model_set_param(se3rt_model *m, int64_t k, double v)
{
    rt_model_pull_params(m);
    m->params[k] = v;
    if (!m->params_dirty)
        rt_model_put(m, m->params_t, k, v);
    m->dev_params_changed = 1;
}

int se3rt_model_nweights(const se3rt_model *m) { return m->nweights; }
const char *se3rt_model_weight_name(const se3rt_model *m, int i) { return m->weights[i].name; }
int64_t se3rt_model_weight_offset(const se3rt_model *m, int i) { return m->weights[i].offset; }
int64_t se3rt_model_weight_size(const se3rt_model *m, int i) { return m->weights[i].size; }

static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double uniform01(uint64_t *s)
{
    return (double)(splitmix64(s) >> 11) * (1.0 / 9007199254740992.0);
}

se3rt_status se3rt_model_init_weights(se3rt_model *m, uint64_t seed)
{
    const double two_pi = 6.283185307179586;
    for (int i = 0; i < m->nweights; i++) {
        const rt_wdesc *w = &m->weights[i];
        uint64_t s = (seed * 0x9E3779B97F4A7C15ULL) ^ rt_fnv1a(0xcbf29ce484222325ULL, w->name, strlen(w->name));
        double *p = m->params + w->offset;
        for (int64_t k = 0; k < w->size; k++) {
            switch (w->init) {
            case SE3M_INIT_UNIFORM: p[k] = 2 * w->scale * uniform01(&s) - w->scale; break;
            case SE3M_INIT_NORMAL: {
                double u1 = uniform01(&s), u2 = uniform01(&s);
                p[k] = w->scale * sqrt(-2 * log(1 - u1)) * cos(two_pi * u2);
                break;
            }
            case SE3M_INIT_ONES: p[k] = 1; break;
            default: p[k] = 0; break;
            }
        }
    }
    m->params_dirty = 1;
    m->dev_params_newer = 0;
    return SE3RT_OK;
}

/* Every tensor is checked (name, shape, dtype, finite values, nothing extra) before any weight
 * changes, so a file that fails leaves the model's weights as they were. */
se3rt_status se3rt_model_load_weights(se3rt_model *m, const char *path)
{
    se3rt_st *st = NULL;
    se3rt_status rc = se3rt_st_read(m->ctx, path, &st);
    if (rc)
        return rc;
    for (int i = 0; i < m->nweights && rc == SE3RT_OK; i++) {
        const rt_wdesc *w = &m->weights[i];
        rc = se3rt_st_expect(m->ctx, st, w->name, w->ndim, w->shape);
        const se3rt_st_tensor *t = rc == SE3RT_OK ? se3rt_st_find(st, w->name) : NULL;
        for (int64_t k = 0; t && k < w->size && rc == SE3RT_OK; k++)
            if (!isfinite(t->data[k]))
                rc = rt_error(m->ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s' holds a non-finite value at %lld",
                              path, w->name, (long long)k);
    }
    if (rc == SE3RT_OK)
        rc = se3rt_st_check_extra(m->ctx, st);
    for (int i = 0; i < m->nweights && rc == SE3RT_OK; i++) {
        const rt_wdesc *w = &m->weights[i];
        memcpy(m->params + w->offset, se3rt_st_find(st, w->name)->data, (size_t)w->size * sizeof(double));
    }
    se3rt_st_free(st);
    m->params_dirty = 1;
    if (rc == SE3RT_OK)
        m->dev_params_newer = 0;
    return rc;
}

se3rt_status se3rt_model_save_weights(se3rt_model *m, const char *path, se3rt_dtype dtype)
{
    return se3rt_model_save_weights_meta(m, path, dtype, NULL, NULL);
}

se3rt_status se3rt_model_save_weights_meta(se3rt_model *m, const char *path, se3rt_dtype dtype, const char *key,
                                           const char *value)
{
    se3rt_status pst = rt_model_pull_params(m);
    if (pst)
        return pst;
    se3rt_st_entry *e = rt_calloc(m->ctx, (size_t)(m->nweights ? m->nweights : 1), sizeof *e);
    if (!e)
        return SE3RT_ERR_NOMEM;
    for (int i = 0; i < m->nweights; i++) {
        e[i].name = m->weights[i].name;
        e[i].ndim = m->weights[i].ndim;
        e[i].shape = m->weights[i].shape;
        e[i].data = m->params + m->weights[i].offset;
    }
    const char *meta[] = { "model", m->name, "format", "se3tc", key, value, NULL };
    se3rt_status rc = se3rt_st_write(m->ctx, path, e, (size_t)m->nweights, dtype, meta);
    rt_free(m->ctx, e);
    return rc;
}
