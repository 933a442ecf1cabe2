/* model.c - a compiled model in the runtime: parses the manifest (cJSON), loads the generated
 * code through the JIT, owns the weights (double master copy plus one at the model's
 * precision), builds graphs per frame, converts between the file basis and the internal one
 * (degree 1 is (x, y, z) in files, (y, z, x) inside) and runs forward. */
#include "se3rt_model.h"

#include <cjson/cJSON.h>
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "jit.h"
#include "model_internal.h"
#include "rt_internal.h"
#include "rt_where.h"
#include "se3rt_abi.h"
#include "se3rt_cuda.h"

#define RT_LMAX 4

typedef struct rt_wdesc {
    char *name;
    int ndim;
    int64_t shape[2];
    int init;                /* 0 uniform, 1 normal, 2 ones, 3 zeros */
    double scale;            /* 1/sqrt(fan_in) */
    int64_t offset, size;
} rt_wdesc;

typedef struct rt_fdesc {
    char *name;              /* NAME or NAME_l */
    char *field;             /* the field it belongs to */
    int degree, channels;
    int source;              /* SRC_* (inputs) */
    double value;            /* SRC_CONST */
    char **species;          /* SRC_SPECIES: element symbols, `channels` of them */
} rt_fdesc;

typedef int (*fn_abi)(void);
typedef int64_t (*fn_work)(int32_t, int32_t);
typedef int (*fn_layer)(int32_t, const se3m_io *);
typedef int (*fn_forward)(const se3m_io *);
typedef void (*fn_shape)(int32_t, int32_t *, int32_t *, int32_t *, int32_t *);
typedef int (*fn_into)(int32_t, const se3m_io *, const void *, void *);
typedef int (*fn_backward)(int32_t, const se3m_io *, const void *, const double *, double *, double *, double *,
                           double *);

struct se3rt_model {
    se3rt_ctx *ctx;
    char *name;
    int f32;                 /* generated code uses float */
    se3rt_graph_spec graph;
    int bond_scalars;        /* edges carry bond one-hot scalars */
    int in_fibre[RT_LMAX + 1], out_fibre[RT_LMAX + 1];
    int in_dim, out_dim, out_per_graph;
    rt_fdesc *inputs, *outputs;
    int ninputs, noutputs;
    rt_wdesc *weights;
    int nweights;
    int64_t nparams;
    double *params;          /* master copy */
    void *params_t;          /* at the model's precision */
    int params_dirty;
    int nlayers;
    char **layer_names;
    double *layer_fe, *layer_fn; /* FLOPs per edge and per node */
    int *layer_per_graph;
    rt_jit jit;
    fn_work work_size;
    fn_layer layer;
    fn_forward forward;
    fn_shape layer_shape;    /* the backward entry points; NULL when compiled without --grad */
    fn_into layer_into;
    fn_backward layer_backward;
    int nthreads;
    int64_t last_edges;
    rt_cuda_model *gpu;      /* set: forward runs on the GPU (se3rt_model_set_device) */
    int gpu_params_changed;  /* params_t changed since the GPU last saw it */
    char device[900];        /* what runs forward, one line */
};

static void model_put(const se3rt_model *m, void *dst, int64_t i, double v);

/* ---- manifest --------------------------------------------------------------------------- */

static se3rt_status model_field_list(se3rt_model *m, const cJSON *arr, rt_fdesc **out, int *n, int inputs)
{
    int cnt = cJSON_GetArraySize(arr);
    *out = rt_calloc(m->ctx, (size_t)(cnt ? cnt : 1), sizeof **out);
    if (!*out)
        return SE3RT_ERR_NOMEM;
    *n = cnt;
    for (int i = 0; i < cnt; i++) {
        const cJSON *o = cJSON_GetArrayItem(arr, i);
        const cJSON *nm = cJSON_GetObjectItem(o, "name"), *fd = cJSON_GetObjectItem(o, "field");
        const cJSON *dg = cJSON_GetObjectItem(o, "degree"), *ch = cJSON_GetObjectItem(o, "channels");
        if (!cJSON_IsString(nm) || !cJSON_IsString(fd) || !cJSON_IsNumber(dg) || !cJSON_IsNumber(ch) ||
            dg->valueint < 0 || dg->valueint > RT_LMAX || ch->valueint < 1)
            return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: field %d of %s is malformed", i,
                            inputs ? "inputs" : "outputs");
        rt_fdesc *f = &(*out)[i];
        f->name = rt_strdup(m->ctx, nm->valuestring);
        f->field = rt_strdup(m->ctx, fd->valuestring);
        if (!f->name || !f->field)
            return SE3RT_ERR_NOMEM;
        f->degree = dg->valueint;
        f->channels = ch->valueint;
        if (inputs) {
            const cJSON *src = cJSON_GetObjectItem(o, "source");
            const char *s = cJSON_IsString(src) ? src->valuestring : "property";
            if (strcmp(s, "property") == 0)
                f->source = SRC_PROPERTY;
            else if (strcmp(s, "constant") == 0)
                f->source = SRC_CONST;
            else if (strcmp(s, "pos.z") == 0)
                f->source = SRC_POS_Z;
            else if (strcmp(s, "pos.xy") == 0)
                f->source = SRC_POS_XY;
            else if (strcmp(s, "species") == 0)
                f->source = SRC_SPECIES;
            else if (strcmp(s, "atomic_number") == 0)
                f->source = SRC_ATOMIC_NUMBER;
            else
                return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: input '%s' has unknown source '%s'", f->name, s);
            const cJSON *v = cJSON_GetObjectItem(o, "value");
            f->value = cJSON_IsNumber(v) ? v->valuedouble : 0;
            if (f->source == SRC_SPECIES) {
                const cJSON *sp = cJSON_GetObjectItem(o, "species");
                if (cJSON_GetArraySize(sp) != f->channels)
                    return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: input '%s' lists %d species for %d channels",
                                    f->name, cJSON_GetArraySize(sp), f->channels);
                f->species = rt_calloc(m->ctx, (size_t)f->channels, sizeof *f->species);
                if (!f->species)
                    return SE3RT_ERR_NOMEM;
                for (int c = 0; c < f->channels; c++) {
                    const cJSON *e = cJSON_GetArrayItem(sp, c);
                    if (!cJSON_IsString(e) || !(f->species[c] = rt_strdup(m->ctx, e->valuestring)))
                        return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: input '%s' species list is malformed", f->name);
                }
            }
        }
    }
    return SE3RT_OK;
}

static int model_fibre(const cJSON *arr, int *c)
{
    if (cJSON_GetArraySize(arr) != RT_LMAX + 1)
        return -1;
    for (int l = 0; l <= RT_LMAX; l++) {
        const cJSON *v = cJSON_GetArrayItem(arr, l);
        if (!cJSON_IsNumber(v) || v->valueint < 0)
            return -1;
        c[l] = v->valueint;
    }
    return 0;
}

static int fibre_dim_of(const int *c)
{
    int d = 0;
    for (int l = 0; l <= RT_LMAX; l++)
        d += c[l] * (2 * l + 1);
    return d;
}

static se3rt_status model_parse(se3rt_model *m, const char *json)
{
    se3rt_ctx *ctx = m->ctx;
    se3rt_status st = SE3RT_OK;
    cJSON *root = cJSON_Parse(json);
    if (!root)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: not valid JSON");
    const cJSON *name = cJSON_GetObjectItem(root, "name"), *prec = cJSON_GetObjectItem(root, "precision");
    const cJSON *abi = cJSON_GetObjectItem(root, "abi"), *g = cJSON_GetObjectItem(root, "graph");
    const cJSON *ws = cJSON_GetObjectItem(root, "weights"), *ls = cJSON_GetObjectItem(root, "layers");
    if (!cJSON_IsString(name) || !cJSON_IsString(prec) || !cJSON_IsObject(g) || !cJSON_IsArray(ws) ||
        !cJSON_IsArray(ls) || !cJSON_IsArray(cJSON_GetObjectItem(root, "inputs")) ||
        !cJSON_IsArray(cJSON_GetObjectItem(root, "outputs"))) {
        st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: missing name, precision, graph, inputs, outputs, weights or layers");
        goto done;
    }
    if (!cJSON_IsNumber(abi) || abi->valueint != SE3M_ABI_VERSION) {
        st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: ABI version %d, this runtime needs %d (recompile the spec)",
                      cJSON_IsNumber(abi) ? abi->valueint : -1, SE3M_ABI_VERSION);
        goto done;
    }
    if (!(m->name = rt_strdup(ctx, name->valuestring))) {
        st = SE3RT_ERR_NOMEM;
        goto done;
    }
    m->f32 = strcmp(prec->valuestring, "f32") == 0;
    const cJSON *kind = cJSON_GetObjectItem(g, "kind");
    const char *k = cJSON_IsString(kind) ? kind->valuestring : "";
    if (strcmp(k, "full") == 0)
        m->graph.kind = SE3RT_GRAPH_FULL;
    else if (strcmp(k, "knn") == 0)
        m->graph.kind = SE3RT_GRAPH_KNN;
    else if (strcmp(k, "radius") == 0)
        m->graph.kind = SE3RT_GRAPH_RADIUS;
    else if (strcmp(k, "given") == 0)
        m->graph.kind = SE3RT_GRAPH_GIVEN;
    else {
        st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: unknown graph kind '%s'", k);
        goto done;
    }
    const cJSON *gk = cJSON_GetObjectItem(g, "k"), *gr = cJSON_GetObjectItem(g, "r"), *gm = cJSON_GetObjectItem(g, "max");
    if (m->graph.kind == SE3RT_GRAPH_KNN)
        m->graph.k = cJSON_IsNumber(gk) ? gk->valueint : 0;
    if (m->graph.kind == SE3RT_GRAPH_RADIUS) {
        m->graph.r = cJSON_IsNumber(gr) ? gr->valuedouble : 0;
        m->graph.k = cJSON_IsNumber(gm) ? gm->valueint : 0;
    }
    m->bond_scalars = cJSON_IsTrue(cJSON_GetObjectItem(g, "bond_scalars"));
    if (model_fibre(cJSON_GetObjectItem(root, "in_fibre"), m->in_fibre) ||
        model_fibre(cJSON_GetObjectItem(root, "out_fibre"), m->out_fibre)) {
        st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: in_fibre and out_fibre need 5 channel counts");
        goto done;
    }
    m->in_dim = fibre_dim_of(m->in_fibre);
    m->out_dim = fibre_dim_of(m->out_fibre);
    if ((st = model_field_list(m, cJSON_GetObjectItem(root, "inputs"), &m->inputs, &m->ninputs, 1)) ||
        (st = model_field_list(m, cJSON_GetObjectItem(root, "outputs"), &m->outputs, &m->noutputs, 0)))
        goto done;
    const cJSON *per = m->noutputs ? cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(root, "outputs"), 0), "per") : NULL;
    m->out_per_graph = cJSON_IsString(per) && strcmp(per->valuestring, "graph") == 0;

    m->nweights = cJSON_GetArraySize(ws);
    m->weights = rt_calloc(ctx, (size_t)(m->nweights ? m->nweights : 1), sizeof *m->weights);
    if (!m->weights) {
        st = SE3RT_ERR_NOMEM;
        goto done;
    }
    static const char *const inits[] = { "uniform", "normal", "ones", "zeros" };
    for (int i = 0; i < m->nweights; i++) {
        const cJSON *o = cJSON_GetArrayItem(ws, i);
        const cJSON *wn = cJSON_GetObjectItem(o, "name"), *sh = cJSON_GetObjectItem(o, "shape");
        const cJSON *in = cJSON_GetObjectItem(o, "init"), *fi = cJSON_GetObjectItem(o, "fan_in");
        rt_wdesc *w = &m->weights[i];
        if (!cJSON_IsString(wn) || !cJSON_IsArray(sh) || cJSON_GetArraySize(sh) < 1 || cJSON_GetArraySize(sh) > 2 ||
            !cJSON_IsString(in)) {
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight %d is malformed", i);
            goto done;
        }
        if (!(w->name = rt_strdup(ctx, wn->valuestring))) {
            st = SE3RT_ERR_NOMEM;
            goto done;
        }
        w->ndim = cJSON_GetArraySize(sh);
        w->size = 1;
        for (int d = 0; d < w->ndim; d++) {
            const cJSON *v = cJSON_GetArrayItem(sh, d);
            if (!cJSON_IsNumber(v) || v->valuedouble < 1 || v->valuedouble > 1e9) {
                st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight '%s' has a bad shape", w->name);
                goto done;
            }
            w->shape[d] = (int64_t)v->valuedouble;
            w->size *= w->shape[d];
        }
        w->init = -1;
        for (int q = 0; q < 4; q++)
            if (strcmp(in->valuestring, inits[q]) == 0)
                w->init = q;
        if (w->init < 0) {
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight '%s' has unknown init '%s'", w->name, in->valuestring);
            goto done;
        }
        if (w->init <= 1) {
            if (!cJSON_IsNumber(fi) || fi->valuedouble < 1 || fi->valuedouble > 1e9) {
                st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight '%s' needs a positive fan_in", w->name);
                goto done;
            }
            w->scale = 1.0 / sqrt((double)fi->valueint);
        }
        w->offset = m->nparams;   /* weights are packed in manifest order */
        m->nparams += w->size;
    }
    m->nlayers = cJSON_GetArraySize(ls);
    m->layer_names = rt_calloc(ctx, (size_t)(m->nlayers ? m->nlayers : 1), sizeof *m->layer_names);
    m->layer_fe = rt_calloc(ctx, (size_t)(m->nlayers ? m->nlayers : 1), sizeof *m->layer_fe);
    m->layer_fn = rt_calloc(ctx, (size_t)(m->nlayers ? m->nlayers : 1), sizeof *m->layer_fn);
    m->layer_per_graph = rt_calloc(ctx, (size_t)(m->nlayers ? m->nlayers : 1), sizeof *m->layer_per_graph);
    if (!m->layer_names || !m->layer_fe || !m->layer_fn || !m->layer_per_graph) {
        st = SE3RT_ERR_NOMEM;
        goto done;
    }
    for (int i = 0; i < m->nlayers; i++) {
        const cJSON *o = cJSON_GetArrayItem(ls, i);
        const cJSON *ln = cJSON_GetObjectItem(o, "name");
        if (!cJSON_IsString(ln)) {
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: layer %d has no name", i);
            goto done;
        }
        if (!(m->layer_names[i] = rt_strdup(ctx, ln->valuestring))) {
            st = SE3RT_ERR_NOMEM;
            goto done;
        }
        const cJSON *fe = cJSON_GetObjectItem(o, "flops_per_edge"), *fn = cJSON_GetObjectItem(o, "flops_per_node");
        m->layer_fe[i] = cJSON_IsNumber(fe) ? fe->valuedouble : 0;
        m->layer_fn[i] = cJSON_IsNumber(fn) ? fn->valuedouble : 0;
        m->layer_per_graph[i] = cJSON_IsTrue(cJSON_GetObjectItem(o, "per_graph"));
    }
done:
    cJSON_Delete(root);
    return st;
}

/* ---- life cycle ------------------------------------------------------------------------- */

static void *model_sym(se3rt_model *m, const char *what)
{
    char name[400];
    snprintf(name, sizeof name, "se3m_%s_%s", m->name, what);
    return dlsym(m->jit.handle, name);
}

se3rt_status se3rt_model_new(se3rt_ctx *ctx, const char *manifest_json, const char *c_source, size_t c_len,
                             se3rt_model **out)
{
    *out = NULL;
    se3rt_model *m = rt_calloc(ctx, 1, sizeof *m);
    if (!m)
        return SE3RT_ERR_NOMEM;
    m->ctx = ctx;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    m->nthreads = ncpu > 0 ? (int)ncpu : 1;
    se3rt_status st = model_parse(m, manifest_json);
    if (st == SE3RT_OK)
        st = rt_jit_load(ctx, c_source, c_len, &m->jit);
    if (st == SE3RT_OK) {
        fn_abi abi = (fn_abi)model_sym(m, "abi");
        m->work_size = (fn_work)model_sym(m, "work_size");
        m->layer = (fn_layer)model_sym(m, "layer");
        m->forward = (fn_forward)model_sym(m, "forward");
        if (!abi || !m->work_size || !m->layer || !m->forward)
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "generated code for '%s' lacks the se3m_%s_* entry points "
                          "(manifest and source from different specs?)", m->name, m->name);
        else if (abi() != SE3M_ABI_VERSION)
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "generated code has ABI %d, this runtime needs %d", abi(),
                          SE3M_ABI_VERSION);
        fn_abi gabi = (fn_abi)model_sym(m, "grad_abi");
        if (gabi && gabi() == 1) {
            m->layer_shape = (fn_shape)model_sym(m, "layer_shape");
            m->layer_into = (fn_into)model_sym(m, "layer_into");
            m->layer_backward = (fn_backward)model_sym(m, "layer_backward");
        }
    }
    if (st == SE3RT_OK) {
        m->params = rt_calloc(ctx, (size_t)(m->nparams ? m->nparams : 1), sizeof(double));
        m->params_t = rt_calloc(ctx, (size_t)(m->nparams ? m->nparams : 1), m->f32 ? sizeof(float) : sizeof(double));
        if (!m->params || !m->params_t)
            st = SE3RT_ERR_NOMEM;
        m->params_dirty = 1;
    }
    if (st != SE3RT_OK) {
        se3rt_model_free(m);
        return st;
    }
    *out = m;
    return SE3RT_OK;
}

se3rt_status se3rt_model_open(se3rt_ctx *ctx, const char *manifest_path, se3rt_model **out)
{
    *out = NULL;
    size_t n = strlen(manifest_path);
    if (n < 6 || strcmp(manifest_path + n - 5, ".json") != 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: a manifest path ends in .json", manifest_path);
    char *json = NULL, *src = NULL, cpath[4096];
    size_t jlen = 0, slen = 0;
    snprintf(cpath, sizeof cpath, "%.*s.c", (int)(n - 5), manifest_path);
    se3rt_status st = se3rt_io_read_path(ctx, manifest_path, &json, &jlen);
    if (st == SE3RT_OK)
        st = se3rt_io_read_path(ctx, cpath, &src, &slen);
    if (st == SE3RT_OK)
        st = se3rt_model_new(ctx, json, src, slen, out);
    se3rt_io_buf_free(ctx, json);
    se3rt_io_buf_free(ctx, src);
    return st;
}

static void model_fields_free(se3rt_ctx *ctx, rt_fdesc *f, int n)
{
    for (int i = 0; f && i < n; i++) {
        rt_free(ctx, f[i].name);
        rt_free(ctx, f[i].field);
        if (f[i].species)
            for (int c = 0; c < f[i].channels; c++)
                rt_free(ctx, f[i].species[c]);
        rt_free(ctx, f[i].species);
    }
    rt_free(ctx, f);
}

void se3rt_model_free(se3rt_model *m)
{
    if (!m)
        return;
    se3rt_ctx *ctx = m->ctx;
    rt_jit_close(&m->jit);
    rt_cuda_model_free(m->gpu);
    model_fields_free(ctx, m->inputs, m->ninputs);
    model_fields_free(ctx, m->outputs, m->noutputs);
    for (int i = 0; m->weights && i < m->nweights; i++)
        rt_free(ctx, m->weights[i].name);
    rt_free(ctx, m->weights);
    for (int i = 0; m->layer_names && i < m->nlayers; i++)
        rt_free(ctx, m->layer_names[i]);
    rt_free(ctx, m->layer_names);
    rt_free(ctx, m->layer_fe);
    rt_free(ctx, m->layer_fn);
    rt_free(ctx, m->layer_per_graph);
    rt_free(ctx, m->params);
    rt_free(ctx, m->params_t);
    rt_free(ctx, m->name);
    rt_free(ctx, m);
}

const char *se3rt_model_name(const se3rt_model *m) { return m->name; }
int se3rt_model_in_dim(const se3rt_model *m) { return m->in_dim; }
int se3rt_model_out_dim(const se3rt_model *m) { return m->out_dim; }
int se3rt_model_out_per_graph(const se3rt_model *m) { return m->out_per_graph; }
int se3rt_model_is_f32(const se3rt_model *m) { return m->f32; }
const char *se3rt_model_jit_command(const se3rt_model *m) { return m->jit.cmd; }
void se3rt_model_set_threads(se3rt_model *m, int n) { m->nthreads = n > 0 ? n : 1; }
int64_t se3rt_model_nparams(const se3rt_model *m) { return m->nparams; }
double *se3rt_model_params(se3rt_model *m) { return m->params; }
void se3rt_model_params_changed(se3rt_model *m) { m->params_dirty = 1; }

void se3rt_model_set_param(se3rt_model *m, int64_t k, double v)
{
    m->params[k] = v;
    if (!m->params_dirty)
        model_put(m, m->params_t, k, v);
    m->gpu_params_changed = 1;
}
int se3rt_model_nlayers(const se3rt_model *m) { return m->nlayers; }
int se3rt_model_nweights(const se3rt_model *m) { return m->nweights; }
const char *se3rt_model_weight_name(const se3rt_model *m, int i) { return m->weights[i].name; }
int64_t se3rt_model_weight_offset(const se3rt_model *m, int i) { return m->weights[i].offset; }
int64_t se3rt_model_weight_size(const se3rt_model *m, int i) { return m->weights[i].size; }
const char *se3rt_model_layer_name(const se3rt_model *m, int i) { return m->layer_names[i]; }
int64_t se3rt_model_last_edges(const se3rt_model *m) { return m->last_edges; }

/* ---- device choice ---------------------------------------------------------------------- */

se3rt_status se3rt_model_set_device(se3rt_model *m, const char *device, const char *cuda_source, size_t len)
{
    int want_cuda = strcmp(device, "cuda") == 0, want_auto = strcmp(device, "auto") == 0;
    if (!want_cuda && !want_auto && strcmp(device, "cpu") != 0)
        return rt_error(m->ctx, SE3RT_ERR_INVALID, "unknown device '%s' (expected cpu, cuda or auto)", device);
    rt_cuda_model_free(m->gpu);
    m->gpu = NULL;
    m->device[0] = 0;
    if (!want_cuda && !want_auto)
        return SE3RT_OK;
    if (!cuda_source)
        return want_auto ? SE3RT_OK : rt_error(m->ctx, SE3RT_ERR_INVALID, "--device cuda needs the CUDA source");
    se3rt_status st = rt_cuda_model_new(m->ctx, cuda_source, len, m->name, m->nlayers, m->layer_names, m->f32,
                                        m->in_dim, &m->gpu);
    if (st == SE3RT_OK) {
        snprintf(m->device, sizeof m->device, "%s", rt_cuda_model_desc(m->gpu));
        m->gpu_params_changed = 1;
        return SE3RT_OK;
    }
    if (want_auto && st == SE3RT_ERR_UNAVAILABLE) {
        snprintf(m->device, sizeof m->device, "cpu (no usable GPU: %s)", se3rt_errmsg(m->ctx));
        return SE3RT_OK;
    }
    return st;
}

const char *se3rt_model_device(const se3rt_model *m)
{
    return m->device[0] ? m->device : "cpu";
}

int se3rt_model_on_gpu(const se3rt_model *m)
{
    return m->gpu != NULL;
}

se3rt_status se3rt_model_kernel_info(se3rt_model *m, int i, int *regs, int *shared_bytes, int *local_bytes)
{
    if (!m->gpu)
        return rt_error(m->ctx, SE3RT_ERR_INVALID, "the model does not run on a GPU");
    se3rt_kernel_info ki;
    se3rt_status st = rt_cuda_model_kernel_info(m->gpu, i, &ki);
    if (st == SE3RT_OK) {
        *regs = ki.regs;
        *shared_bytes = ki.shared;
        *local_bytes = ki.local;
    }
    return st;
}

double se3rt_model_layer_flops(const se3rt_model *m, int i, int64_t nodes, int64_t edges)
{
    return m->layer_fe[i] * (double)edges + m->layer_fn[i] * (double)nodes;
}

/* ---- weights ---------------------------------------------------------------------------- */

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
            case 0: p[k] = 2 * w->scale * uniform01(&s) - w->scale; break;
            case 1: {
                double u1 = uniform01(&s), u2 = uniform01(&s);
                p[k] = w->scale * sqrt(-2 * log(1 - u1)) * cos(two_pi * u2);
                break;
            }
            case 2: p[k] = 1; break;
            default: p[k] = 0; break;
            }
        }
    }
    m->params_dirty = 1;
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
    return rc;
}

se3rt_status se3rt_model_save_weights(se3rt_model *m, const char *path, se3rt_dtype dtype)
{
    return se3rt_model_save_weights_meta(m, path, dtype, NULL, NULL);
}

se3rt_status se3rt_model_save_weights_meta(se3rt_model *m, const char *path, se3rt_dtype dtype, const char *key,
                                           const char *value)
{
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

/* ---- forward ---------------------------------------------------------------------------- */

/* A real array at the model's precision. */
static void *model_reals(se3rt_model *m, int64_t n)
{
    return rt_calloc(m->ctx, (size_t)(n > 0 ? n : 1), m->f32 ? sizeof(float) : sizeof(double));
}

static void model_put(const se3rt_model *m, void *dst, int64_t i, double v)
{
    if (m->f32)
        ((float *)dst)[i] = (float)v;
    else
        ((double *)dst)[i] = v;
}

static double model_get(const se3rt_model *m, const void *src, int64_t i)
{
    return m->f32 ? (double)((const float *)src)[i] : ((const double *)src)[i];
}

/* File basis <-> internal basis for one row of a fibre: degree 1 is (x, y, z) in files and
 * (y, z, x) inside; other degrees are the same in both. */
static void model_row_convert(const int *fib, const double *in, double *out, int to_internal)
{
    int off = 0;
    for (int l = 0; l <= RT_LMAX; l++) {
        int nl = 2 * l + 1;
        for (int c = 0; c < fib[l]; c++) {
            const double *s = in + off + c * nl;
            double *d = out + off + c * nl;
            if (l == 1 && to_internal) {
                d[0] = s[1], d[1] = s[2], d[2] = s[0];
            } else if (l == 1) {
                d[0] = s[2], d[1] = s[0], d[2] = s[1];
            } else {
                memcpy(d, s, (size_t)nl * sizeof *d);
            }
        }
        off += fib[l] * nl;
    }
}

typedef struct model_run {
    int64_t n_nodes, n_edges;
    int64_t *row;
    int32_t *src;
    void *pos, *edge_attr, *node_in, *out, *work;
} model_run;

static void model_run_free(se3rt_model *m, model_run *r)
{
    rt_free(m->ctx, r->row);
    rt_free(m->ctx, r->src);
    rt_free(m->ctx, r->pos);
    rt_free(m->ctx, r->edge_attr);
    rt_free(m->ctx, r->node_in);
    rt_free(m->ctx, r->out);
    rt_free(m->ctx, r->work);
}

/* Build each graph's edges and merge them into one CSR with global node indices. */
static se3rt_status model_graphs(se3rt_model *m, const se3rt_batch *b, model_run *r)
{
    se3rt_ctx *ctx = m->ctx;
    int64_t n = r->n_nodes, cap = 0;
    r->row = rt_calloc(ctx, (size_t)n + 1, sizeof *r->row);
    if (!r->row)
        return SE3RT_ERR_NOMEM;
    double *attr = NULL;
    for (int32_t g = 0; g < b->n_graphs; g++) {
        int32_t lo = b->graph_ptr[g], hi = b->graph_ptr[g + 1];
        se3rt_bond *bonds = NULL;
        int64_t nb = 0;
        if (m->graph.kind == SE3RT_GRAPH_GIVEN) {
            bonds = rt_calloc(ctx, (size_t)(b->nbonds ? b->nbonds : 1), sizeof *bonds);
            if (!bonds) {
                rt_free(ctx, attr);
                return SE3RT_ERR_NOMEM;
            }
            for (int64_t q = 0; q < b->nbonds; q++) {
                const se3rt_bond *bd = &b->bonds[q];
                int in_i = bd->i >= lo && bd->i < hi, in_j = bd->j >= lo && bd->j < hi;
                if (in_i != in_j) {
                    rt_free(ctx, bonds);
                    rt_free(ctx, attr);
                    return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, rt_batch_frame(b, g), -1,
                                       "bond %lld of the batch joins atoms of different frames", (long long)q + 1);
                }
                if (in_i)
                    bonds[nb++] = (se3rt_bond){ bd->i - lo, bd->j - lo, bd->order };
            }
        }
        se3rt_graph *gr = NULL;
        se3rt_status st = se3rt_graph_new(ctx, &m->graph, b->pos + 3 * (int64_t)lo, hi - lo, bonds, nb, &gr);
        rt_free(ctx, bonds);
        if (st) {
            char msg[SE3RT_MSG_MAX];
            snprintf(msg, sizeof msg, "%s", se3rt_errmsg(ctx));
            rt_free(ctx, attr);
            /* the builder counts atoms and bonds within the frame: "atom 3: ..." becomes
             * "frame F, atom 3: ...", anything else "frame F: ..." */
            if (strncmp(msg, "atom ", 5) == 0)
                return rt_error(ctx, st, "frame %lld, %s", (long long)rt_batch_frame(b, g) + 1, msg);
            return rt_error_at(ctx, st, NULL, rt_batch_frame(b, g), -1, "%s", msg);
        }
        if (r->n_edges + gr->nedges > cap) {
            int64_t nc = cap ? 2 * cap : 1024;
            while (nc < r->n_edges + gr->nedges)
                nc *= 2;
            int32_t *ns = rt_realloc(ctx, r->src, (size_t)nc * sizeof *ns);
            if (!ns) {
                se3rt_graph_free(ctx, gr);
                rt_free(ctx, attr);
                return SE3RT_ERR_NOMEM;
            }
            r->src = ns;
            if (m->bond_scalars) {
                double *na = rt_realloc(ctx, attr, (size_t)nc * 4 * sizeof *na);
                if (!na) {
                    se3rt_graph_free(ctx, gr);
                    rt_free(ctx, attr);
                    return SE3RT_ERR_NOMEM;
                }
                attr = na;
            }
            cap = nc;
        }
        for (int32_t i = 0; i < gr->n; i++)
            r->row[lo + i + 1] = r->n_edges + gr->row[i + 1];
        for (int64_t e = 0; e < gr->nedges; e++) {
            r->src[r->n_edges + e] = gr->src[e] + lo;
            if (m->bond_scalars)
                for (int t = 0; t < 4; t++)
                    attr[(r->n_edges + e) * 4 + t] = gr->attr && gr->nattr == 4 ? gr->attr[e * 4 + t] : 0;
        }
        r->n_edges += gr->nedges;
        se3rt_graph_free(ctx, gr);
    }
    if (m->bond_scalars) {
        r->edge_attr = model_reals(m, r->n_edges * 4);
        if (!r->edge_attr) {
            rt_free(ctx, attr);
            return SE3RT_ERR_NOMEM;
        }
        for (int64_t k = 0; k < r->n_edges * 4; k++)
            model_put(m, r->edge_attr, k, attr[k]);
    }
    rt_free(ctx, attr);
    if (!r->src && !(r->src = rt_calloc(ctx, 1, sizeof *r->src)))
        return SE3RT_ERR_NOMEM;
    return SE3RT_OK;
}

se3rt_status se3rt_model_build_graph(se3rt_model *m, const se3rt_batch *b, se3rt_graph **out)
{
    *out = NULL;
    if (b->n_graphs < 1 || !b->graph_ptr || b->graph_ptr[0] != 0)
        return rt_error(m->ctx, SE3RT_ERR_INVALID, "a batch needs at least one graph and graph_ptr[0] = 0");
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    /* the bond attributes are wanted here even where the model does not read them */
    int keep = m->bond_scalars;
    m->bond_scalars = m->graph.kind == SE3RT_GRAPH_GIVEN;
    se3rt_status st = model_graphs(m, b, &r);
    m->bond_scalars = keep;
    se3rt_graph *g = st ? NULL : rt_calloc(m->ctx, 1, sizeof *g);
    double *attr = NULL;
    if (!st && !g)
        st = SE3RT_ERR_NOMEM;
    if (!st && r.edge_attr) {
        attr = rt_calloc(m->ctx, (size_t)r.n_edges * 4 + 1, sizeof *attr);
        if (!attr)
            st = SE3RT_ERR_NOMEM;
        for (int64_t k = 0; attr && k < r.n_edges * 4; k++)
            attr[k] = model_get(m, r.edge_attr, k);
    }
    if (st) {
        rt_free(m->ctx, g);
        model_run_free(m, &r);
        return st;
    }
    g->n = (int32_t)r.n_nodes;
    g->nedges = r.n_edges;
    g->row = r.row;
    g->src = r.src;
    g->nattr = attr ? 4 : 0;
    g->attr = attr;
    r.row = NULL;
    r.src = NULL;
    model_run_free(m, &r);
    *out = g;
    return SE3RT_OK;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double cpu_s(void)   /* CPU time of the whole process, every thread */
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Threads for layer i: one when its forward FLOPs are below MODEL_SERIAL_FLOPS, else the
 * model's. A parallel region's end waits for every thread of the team; when another process
 * holds the other cores, a woken thread can wait milliseconds for one, so a layer of ~0.05 ms
 * took 7-12 ms on 2 threads. 1e7 FLOPs is about 1 ms on one core at the 5-15 GFLOP/s the
 * generated code reaches: below it, threads gain at most a fraction of a millisecond on an
 * idle machine and can lose several on a busy one (docs/perf.md). */
#define MODEL_SERIAL_FLOPS 1e7

static int model_layer_threads(const se3rt_model *m, int i, int64_t nodes, int64_t graphs, int64_t edges)
{
    if (m->nthreads <= 1)
        return 1;
    double fl = m->layer_fe[i] * (double)edges + m->layer_fn[i] * (double)(m->layer_per_graph[i] ? graphs : nodes);
    return fl < MODEL_SERIAL_FLOPS ? 1 : m->nthreads;
}

/* A non-finite value in output row i (an atom, or a graph for per-graph outputs), located. */
static se3rt_status model_output_error(se3rt_model *m, const se3rt_batch *b, int64_t i, const char *why)
{
    int64_t fr = rt_batch_frame(b, (int32_t)(m->out_per_graph ? i : 0)), at = -1;
    if (!m->out_per_graph)
        rt_batch_where(b, i, &fr, &at);
    return rt_error_at(m->ctx, SE3RT_ERR_INVALID, NULL, fr, at, "the model produced a non-finite output%s", why);
}

/* The checks every batch passes before it runs: graphs, finite positions and inputs. */
static se3rt_status model_check_batch(se3rt_model *m, const se3rt_batch *b)
{
    se3rt_ctx *ctx = m->ctx;
    if (b->n_graphs < 1 || !b->graph_ptr || b->graph_ptr[0] != 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "a batch needs at least one graph and graph_ptr[0] = 0");
    for (int32_t g = 0; g < b->n_graphs; g++)
        if (b->graph_ptr[g + 1] <= b->graph_ptr[g])
            return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, rt_batch_frame(b, g), -1, "empty frame (0 atoms)");
    const int64_t n_nodes = b->graph_ptr[b->n_graphs];
    int64_t fr, at;
    /* Magnitudes whose squares (distances, norms) the model's precision still holds: 1e15 in f32,
     * 1e150 in f64. A larger value would overflow inside the model and surface as a non-finite
     * output of some other atom; refused here, at the atom that holds it. */
    const double big = m->f32 ? 1e15 : 1e150;
    for (int64_t i = 0; i < n_nodes * 3; i++) {
        const double v = b->pos[i];
        if (isfinite(v) && fabs(v) <= big)
            continue;
        rt_batch_where(b, i / 3, &fr, &at);
        if (!isfinite(v))
            return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "non-finite position (%c = %s)", "xyz"[i % 3],
                               isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
        if (m->f32)
            return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "coordinate %c = %g is too large for an f32 "
                               "model (|x| <= 1e15; use --precision f64)", "xyz"[i % 3], v);
        return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "coordinate %c = %g is too large (|x| <= 1e150)",
                           "xyz"[i % 3], v);
    }
    for (int64_t i = 0; i < n_nodes * m->in_dim; i++) {
        const double v = b->node_in[i];
        if (isfinite(v) && fabs(v) <= big)
            continue;
        rt_batch_where(b, i / m->in_dim, &fr, &at);
        if (!isfinite(v))
            return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "non-finite input value (column %lld)",
                               (long long)(i % m->in_dim) + 1);
        return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "input value %g (column %lld) is too large for an "
                           "%s model (|v| <= %s)", v, (long long)(i % m->in_dim) + 1, m->f32 ? "f32" : "f64",
                           m->f32 ? "1e15; use --precision f64" : "1e150");
    }
    return SE3RT_OK;
}

se3rt_status rt_model_check_input(se3rt_model *m, const se3rt_batch *b)
{
    se3rt_status st = model_check_batch(m, b);
    if (st)
        return st;
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    st = model_graphs(m, b, &r);
    model_run_free(m, &r);
    return st;
}

/* Forward on the chosen device. With raw: run only the first `upto` layers and put the first
 * raw_n reals of layer upto-1's output buffer (internal layout) into raw instead of out. */
static se3rt_status model_forward_impl(se3rt_model *m, const se3rt_batch *b, double *out, double *layer_s,
                                       double *layer_cpu, int upto, double *raw, int64_t raw_n)
{
    se3rt_ctx *ctx = m->ctx;
    se3rt_status st = model_check_batch(m, b);
    if (st)
        return st;
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    st = model_graphs(m, b, &r);
    if (st) {
        model_run_free(m, &r);
        return st;
    }
    m->last_edges = r.n_edges;
    int64_t rows_out = m->out_per_graph ? b->n_graphs : r.n_nodes;
    int64_t work = m->work_size((int32_t)r.n_nodes, b->n_graphs);
    r.pos = rt_calloc(ctx, (size_t)r.n_nodes * 3 + 1, sizeof(double));   /* always double */
    r.node_in = model_reals(m, r.n_nodes * m->in_dim);
    r.out = model_reals(m, rows_out * m->out_dim);
    r.work = model_reals(m, work);
    double *tmp = rt_calloc(ctx, (size_t)(m->in_dim > m->out_dim ? m->in_dim : m->out_dim) + 1, sizeof(double));
    if (!r.pos || !r.node_in || !r.out || !r.work || !tmp) {
        rt_free(ctx, tmp);
        model_run_free(m, &r);
        return SE3RT_ERR_NOMEM;
    }
    memcpy(r.pos, b->pos, (size_t)r.n_nodes * 3 * sizeof(double));
    for (int64_t i = 0; i < r.n_nodes; i++) {
        model_row_convert(m->in_fibre, b->node_in + i * m->in_dim, tmp, 1);
        for (int k = 0; k < m->in_dim; k++)
            model_put(m, r.node_in, i * m->in_dim + k, tmp[k]);
    }
    if (m->params_dirty) {
        for (int64_t k = 0; k < m->nparams; k++)
            model_put(m, m->params_t, k, m->params[k]);
        m->params_dirty = 0;
        m->gpu_params_changed = 1;
    }
    se3m_io io = {
        .n_nodes = (int32_t)r.n_nodes, .n_graphs = b->n_graphs, .n_edges = r.n_edges, .row = r.row,
        .src = r.src, .graph_ptr = b->graph_ptr, .pos = r.pos, .edge_attr = r.edge_attr,
        .params = m->params_t, .node_in = r.node_in, .out = r.out, .work = r.work, .nthreads = m->nthreads,
    };
    int rc = 0;
    const int64_t rows = r.n_nodes > b->n_graphs ? r.n_nodes : b->n_graphs;
    void *raw_t = raw ? model_reals(m, raw_n) : NULL;
    void *res = raw ? raw_t : r.out;
    const int64_t res_n = raw ? raw_n : rows_out * m->out_dim;
    if (raw && !raw_t) {
        rt_free(ctx, tmp);
        model_run_free(m, &r);
        return SE3RT_ERR_NOMEM;
    }
    if (m->gpu) {
        st = rt_cuda_model_forward(m->gpu, &io, m->nparams, m->gpu_params_changed, rows, work / (2 * rows), upto,
                                   res, res_n, layer_s);
        if (st == SE3RT_OK)
            m->gpu_params_changed = 0;
    } else if (layer_s || layer_cpu || raw || m->nthreads > 1) {
        /* layer by layer, each on the threads model_layer_threads gives it */
        for (int i = 0; i < upto && rc == 0; i++) {
            io.nthreads = model_layer_threads(m, i, r.n_nodes, b->n_graphs, r.n_edges);
            double t0 = now_s(), c0 = layer_cpu ? cpu_s() : 0;
            rc = m->layer(i, &io);
            if (layer_s)
                layer_s[i] = now_s() - t0;
            if (layer_cpu)
                layer_cpu[i] = cpu_s() - c0;
        }
        if (rc == 0 && upto > 0) {
            /* the result is in buffer (upto - 1) % 2 */
            size_t sz = m->f32 ? sizeof(float) : sizeof(double);
            const char *rb = (const char *)r.work + ((upto - 1) % 2) * rows * (work / (2 * rows)) * (int64_t)sz;
            memcpy(res, rb, (size_t)res_n * sz);
        }
    } else {
        rc = m->forward(&io);
    }
    if (st != SE3RT_OK) {
        rt_free(ctx, raw_t);
        rt_free(ctx, tmp);
        model_run_free(m, &r);
        return st;
    }
    if (raw) {
        for (int64_t k = 0; k < raw_n && rc == 0; k++)
            raw[k] = model_get(m, raw_t, k);
        rt_free(ctx, raw_t);
        rt_free(ctx, tmp);
        model_run_free(m, &r);
        return rc ? rt_error(ctx, SE3RT_ERR_INTERNAL, "generated code for '%s' failed", m->name) : SE3RT_OK;
    }
    if (rc != 0) {
        rt_free(ctx, tmp);
        model_run_free(m, &r);
        return rt_error(ctx, SE3RT_ERR_INTERNAL, "generated code for '%s' failed", m->name);
    }
    se3rt_status st2 = SE3RT_OK;
    for (int64_t i = 0; i < rows_out && st2 == SE3RT_OK; i++) {
        for (int k = 0; k < m->out_dim; k++) {
            tmp[k] = model_get(m, r.out, i * m->out_dim + k);
            if (!isfinite(tmp[k]))
                st2 = model_output_error(m, b, i, m->f32 ? ": inputs or weights out of range for f32"
                                                         : ": inputs or weights out of range for f64");
        }
        model_row_convert(m->out_fibre, tmp, out + i * m->out_dim, 0);
    }
    rt_free(ctx, tmp);
    model_run_free(m, &r);
    return st2;
}

se3rt_status se3rt_model_forward_timed(se3rt_model *m, const se3rt_batch *b, double *out, double *layer_s)
{
    return model_forward_impl(m, b, out, layer_s, NULL, m->nlayers, NULL, 0);
}

se3rt_status se3rt_model_forward_timed_cpu(se3rt_model *m, const se3rt_batch *b, double *out, double *layer_s,
                                           double *layer_cpu_s)
{
    return model_forward_impl(m, b, out, layer_s, layer_cpu_s, m->nlayers, NULL, 0);
}

se3rt_status se3rt_model_forward(se3rt_model *m, const se3rt_batch *b, double *out)
{
    return model_forward_impl(m, b, out, NULL, NULL, m->nlayers, NULL, 0);
}

se3rt_status se3rt_model_forward_layers(se3rt_model *m, const se3rt_batch *b, int nlayers, double *out, int64_t n)
{
    if (nlayers < 1 || nlayers > m->nlayers)
        return rt_error(m->ctx, SE3RT_ERR_INVALID, "forward_layers: %d layers asked, the model has %d", nlayers,
                        m->nlayers);
    return model_forward_impl(m, b, NULL, NULL, NULL, nlayers, out, n);
}

/* ---- accessors for run.c ---------------------------------------------------------------- */

int rt_model_ninputs(const se3rt_model *m) { return m->ninputs; }
int rt_model_noutputs(const se3rt_model *m) { return m->noutputs; }
const int *rt_model_in_fibre(const se3rt_model *m) { return m->in_fibre; }
const int *rt_model_out_fibre(const se3rt_model *m) { return m->out_fibre; }
int rt_model_graph_given(const se3rt_model *m) { return m->graph.kind == SE3RT_GRAPH_GIVEN; }

static void model_field_get(const rt_fdesc *f, run_field *out)
{
    *out = (run_field){ f->name, f->field, f->degree, f->channels, f->source, f->value, f->species };
}

void rt_model_input(const se3rt_model *m, int i, run_field *out) { model_field_get(&m->inputs[i], out); }
void rt_model_output(const se3rt_model *m, int i, run_field *out) { model_field_get(&m->outputs[i], out); }

/* ---- gradients (docs/training.md) ------------------------------------------------------- */

int se3rt_model_has_grad(const se3rt_model *m)
{
    return m->layer_backward != NULL;
}

/* Copy the double master weights into the model's precision if they changed. Not thread-safe:
 * callers that run rt_model_grad from several threads call this once before. */
void rt_model_sync_params(se3rt_model *m)
{
    if (m->params_dirty) {
        for (int64_t k = 0; k < m->nparams; k++)
            model_put(m, m->params_t, k, m->params[k]);
        m->params_dirty = 0;
        m->gpu_params_changed = 1;
    }
}

se3rt_status rt_model_grad(se3rt_model *m, const se3rt_batch *b, se3rt_loss_fn loss, void *user, int nthreads,
                           double *loss_out, double *out, double *dparams, double *dnode_in, double *dpos)
{
    se3rt_ctx *ctx = m->ctx;
    if (!m->layer_backward)
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s' was compiled without backward code "
                        "(se3tc compile --grad)", m->name);
    se3rt_status st = model_check_batch(m, b);
    if (st)
        return st;
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    st = model_graphs(m, b, &r);
    const int L = m->nlayers;
    const int64_t rows_out = m->out_per_graph ? b->n_graphs : r.n_nodes;
    void **acts = st ? NULL : rt_calloc(ctx, (size_t)L + 1, sizeof *acts);
    double *pos = st ? NULL : rt_calloc(ctx, (size_t)r.n_nodes * 3 + 1, sizeof *pos);
    double *dx0 = st ? NULL : rt_calloc(ctx, (size_t)(r.n_nodes * m->in_dim) + 1, sizeof *dx0);
    double *dp = st ? NULL : rt_calloc(ctx, (size_t)r.n_nodes * 3 + 1, sizeof *dp);
    double *tmp = st ? NULL : rt_calloc(ctx, (size_t)(m->in_dim > m->out_dim ? m->in_dim : m->out_dim) + 1,
                                        sizeof *tmp);
    double *fout = st ? NULL : rt_calloc(ctx, (size_t)(rows_out * m->out_dim) + 1, sizeof *fout);
    double *dcur = st ? NULL : rt_calloc(ctx, (size_t)(rows_out * m->out_dim) + 1, sizeof *dcur);
    if (!st && (!acts || !pos || !dx0 || !dp || !tmp || !fout || !dcur))
        st = SE3RT_ERR_NOMEM;
    se3m_io io = { 0 };
    if (!st) {
        memcpy(pos, b->pos, (size_t)r.n_nodes * 3 * sizeof *pos);
        acts[0] = model_reals(m, r.n_nodes * m->in_dim);
        if (!acts[0])
            st = SE3RT_ERR_NOMEM;
        for (int64_t i = 0; !st && i < r.n_nodes; i++) {
            model_row_convert(m->in_fibre, b->node_in + i * m->in_dim, tmp, 1);
            for (int k = 0; k < m->in_dim; k++)
                model_put(m, acts[0], i * m->in_dim + k, tmp[k]);
        }
        io = (se3m_io){
            .n_nodes = (int32_t)r.n_nodes, .n_graphs = b->n_graphs, .n_edges = r.n_edges, .row = r.row,
            .src = r.src, .graph_ptr = b->graph_ptr, .pos = pos, .edge_attr = r.edge_attr,
            .params = m->params_t, .node_in = acts[0], .nthreads = nthreads > 0 ? nthreads : 1,
        };
    }
    /* forward, keeping every layer's output */
    for (int i = 0; !st && i < L; i++) {
        int32_t din, dout, gin, gout;
        m->layer_shape(i, &din, &dout, &gin, &gout);
        acts[i + 1] = model_reals(m, (gout ? b->n_graphs : r.n_nodes) * dout);
        if (!acts[i + 1])
            st = SE3RT_ERR_NOMEM;
        else if (m->layer_into(i, &io, acts[i], acts[i + 1]) != 0)
            st = rt_error(ctx, SE3RT_ERR_INTERNAL, "generated code for '%s' failed in layer %d", m->name, i);
    }
    for (int64_t i = 0; !st && i < rows_out; i++) {
        for (int k = 0; k < m->out_dim; k++) {
            tmp[k] = model_get(m, acts[L], i * m->out_dim + k);
            if (!isfinite(tmp[k]))
                st = model_output_error(m, b, i, "");
        }
        model_row_convert(m->out_fibre, tmp, fout + i * m->out_dim, 0);
    }
    /* the loss and dL/d(out), file basis -> internal basis */
    if (!st) {
        double lv = loss(user, b, fout, rows_out, m->out_dim, dcur);
        if (loss_out)
            *loss_out = lv;
        if (out)
            memcpy(out, fout, (size_t)(rows_out * m->out_dim) * sizeof *out);
        for (int64_t i = 0; i < rows_out; i++) {
            model_row_convert(m->out_fibre, dcur + i * m->out_dim, tmp, 1);
            memcpy(dcur + i * m->out_dim, tmp, (size_t)m->out_dim * sizeof *tmp);
        }
    }
    if (!st && dparams)
        memset(dparams, 0, (size_t)m->nparams * sizeof *dparams);
    double *dscratch = NULL;
    if (!st && !dparams && !(dparams = dscratch = rt_calloc(ctx, (size_t)m->nparams + 1, sizeof *dparams)))
        st = SE3RT_ERR_NOMEM;
    /* backward, last layer first; layer 0's input gradient is the inputs' */
    for (int i = L - 1; !st && i >= 0; i--) {
        int32_t din_dim, dout_dim, gin, gout;
        m->layer_shape(i, &din_dim, &dout_dim, &gin, &gout);
        double *din = i == 0 ? dx0 : rt_calloc(ctx, (size_t)((gin ? b->n_graphs : r.n_nodes) * din_dim) + 1,
                                               sizeof *din);
        if (!din) {
            st = SE3RT_ERR_NOMEM;
            break;
        }
        if (m->layer_backward(i, &io, acts[i], dcur, din, dparams, dp, dx0) != 0)
            st = rt_error(ctx, SE3RT_ERR_NOMEM, "backward of layer %d of '%s': out of memory", i, m->name);
        rt_free(ctx, dcur);
        dcur = din == dx0 ? NULL : din;
    }
    if (!st && dnode_in)
        for (int64_t i = 0; i < r.n_nodes; i++)
            model_row_convert(m->in_fibre, dx0 + i * m->in_dim, dnode_in + i * m->in_dim, 0);
    if (!st && dpos)
        memcpy(dpos, dp, (size_t)r.n_nodes * 3 * sizeof *dpos);
    for (int i = 0; acts && i <= L; i++)
        rt_free(ctx, acts[i]);
    rt_free(ctx, acts);
    rt_free(ctx, pos);
    rt_free(ctx, dx0);
    rt_free(ctx, dp);
    rt_free(ctx, tmp);
    rt_free(ctx, fout);
    rt_free(ctx, dcur);
    rt_free(ctx, dscratch);
    model_run_free(m, &r);
    return st;
}

se3rt_status se3rt_model_grad(se3rt_model *m, const se3rt_batch *b, se3rt_loss_fn loss, void *user,
                              double *loss_out, double *out, double *dparams, double *dnode_in, double *dpos)
{
    rt_model_sync_params(m);
    return rt_model_grad(m, b, loss, user, m->nthreads, loss_out, out, dparams, dnode_in, dpos);
}
