/* model.c - a compiled model in the runtime: its life cycle (manifest, then a backend), the
 * accessors of se3rt_model.h and the device choice. The rest is split by job (model_impl.h):
 * model_manifest.c reads and checks the manifest, model_weights.c owns the weights,
 * model_forward.c runs batches, model_cpu.c and model_cuda.c are the two backends. */
#include "se3rt_model.h"

#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model_impl.h"

/* A model from its manifest, before any backend: *out, or NULL and an error. */
static se3rt_status model_begin(se3rt_ctx *ctx, const char *manifest_json, se3rt_model **out)
{
    *out = NULL;
    se3rt_model *m = rt_calloc(ctx, 1, sizeof *m);
    if (!m)
        return SE3RT_ERR_NOMEM;
    m->ctx = ctx;
    m->jit_cmd = "";
    m->grad_keep_max = SE3RT_GRAD_KEEP_BYTES;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    m->nthreads = ncpu > 0 ? (int)ncpu : 1;
    se3rt_status st = rt_manifest_read(m, manifest_json);
    if (st != SE3RT_OK) {
        se3rt_model_free(m);
        return st;
    }
    *out = m;
    return SE3RT_OK;
}

/* The weights once a backend is in place (st: how that went); frees m on any error. */
static se3rt_status model_end(se3rt_model *m, se3rt_status st, se3rt_model **out)
{
    if (st == SE3RT_OK)
        st = rt_params_alloc(m);
    if (st != SE3RT_OK) {
        se3rt_model_free(m);
        return st;
    }
    *out = m;
    return SE3RT_OK;
}

se3rt_status se3rt_model_new(se3rt_ctx *ctx, const char *manifest_json, const char *c_source, size_t c_len,
                             se3rt_model **out)
{
    *out = NULL;
    se3rt_model *m;
    se3rt_status st = model_begin(ctx, manifest_json, &m);
    if (st != SE3RT_OK)
        return st;
    if (c_source) {
        st = rt_cpu_backend_new(m, c_source, c_len, &m->cpu_be, &m->cpu);
        if (st == SE3RT_OK)
            m->jit_cmd = rt_cpu_backend_cmd(m->cpu);
    }
    return model_end(m, st, out);
}

se3rt_status se3rt_model_new_static(se3rt_ctx *ctx, const char *manifest_json, const se3m_code *code,
                                    se3rt_model **out)
{
    *out = NULL;
    if (!code)
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_model_new_static: no entry-point table");
    se3rt_model *m;
    se3rt_status st = model_begin(ctx, manifest_json, &m);
    if (st != SE3RT_OK)
        return st;
    snprintf(m->lib_path, sizeof m->lib_path, "static");
    return model_end(m, rt_cpu_backend_code(m, code, NULL, &m->cpu_be, &m->cpu), out);
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
    se3rt_model *m = NULL;
    if (st == SE3RT_OK)
        st = model_begin(ctx, json, &m);
    se3rt_io_buf_free(ctx, json);
    if (st != SE3RT_OK)
        return st;
    /* A model library named by the manifest, beside it: used when present, and then nothing
     * is compiled (a library that fails its checks is an error, never a reason to compile). */
    struct stat sb;
    if (m->lib.shared[0]) {
        const char *slash = strrchr(manifest_path, '/');
        int dn = slash ? (int)(slash - manifest_path) + 1 : 0;
        if (snprintf(m->lib_path, sizeof m->lib_path, "%.*s%s", dn, manifest_path, m->lib.shared) >=
            (int)sizeof m->lib_path)
            return model_end(m, rt_error(ctx, SE3RT_ERR_INVALID, "%s: too long a path", manifest_path), out);
        if (lstat(m->lib_path, &sb) == 0 || errno != ENOENT) {
            const se3m_code *code = NULL;
            void *h = NULL;
            st = rt_model_lib_open(m, m->lib_path, &code, &h);
            if (st == SE3RT_OK)
                st = rt_cpu_backend_code(m, code, h, &m->cpu_be, &m->cpu);
            return model_end(m, st, out);
        }
        m->lib_path[0] = 0;   /* not there: NAME.c through the JIT, as without a library */
    }
    st = se3rt_io_read_path(ctx, cpath, &src, &slen);
    if (st != SE3RT_OK && m->lib.shared[0]) {
        const char *slash = strrchr(manifest_path, '/');
        st = rt_error(ctx, st, "%.*s%s (the manifest's model library) and %s: neither can be opened",
                      slash ? (int)(slash - manifest_path) + 1 : 0, manifest_path, m->lib.shared, cpath);
    }
    if (st == SE3RT_OK) {
        st = rt_cpu_backend_new(m, src, slen, &m->cpu_be, &m->cpu);
        if (st == SE3RT_OK)
            m->jit_cmd = rt_cpu_backend_cmd(m->cpu);
    }
    se3rt_io_buf_free(ctx, src);
    return model_end(m, st, out);
}

void se3rt_model_free(se3rt_model *m)
{
    if (!m)
        return;
    se3rt_ctx *ctx = m->ctx;
    if (m->cpu_be)
        m->cpu_be->free(m->cpu);
    if (m->dev_be)
        m->dev_be->free(m->dev);
    rt_dual_free(m);
    rt_manifest_free(m);
    rt_free(ctx, m->params);
    rt_free(ctx, m->params_t);
    rt_free(ctx, m);
}

const char *se3rt_model_name(const se3rt_model *m) { return m->name; }
int se3rt_model_in_dim(const se3rt_model *m) { return m->in_dim; }
int se3rt_model_out_dim(const se3rt_model *m) { return m->out_dim; }
int se3rt_model_out_per_graph(const se3rt_model *m) { return m->out_per_graph; }
int se3rt_model_is_f32(const se3rt_model *m) { return m->f32; }
const char *se3rt_model_jit_command(const se3rt_model *m) { return m->jit_cmd; }
const char *se3rt_model_library(const se3rt_model *m) { return m->lib_path; }
void se3rt_model_set_threads(se3rt_model *m, int n) { m->nthreads = n > 0 ? n : 1; }
void se3rt_model_set_reference_energies(se3rt_model *m, int on) { m->ref_off = !on; }
void se3rt_model_set_grad_keep(se3rt_model *m, int64_t max_bytes) { m->grad_keep_max = max_bytes > 0 ? max_bytes : 0; }
int se3rt_model_nlayers(const se3rt_model *m) { return m->nlayers; }
const char *se3rt_model_layer_name(const se3rt_model *m, int i) { return m->layers[i].name; }
int64_t se3rt_model_last_edges(const se3rt_model *m) { return m->last_edges; }

double se3rt_model_layer_flops(const se3rt_model *m, int i, int64_t nodes, int64_t edges)
{
    return m->layers[i].flops_edge * (double)edges + m->layers[i].flops_node * (double)nodes;
}

/* ---- device choice ---------------------------------------------------------------------- */

se3rt_status se3rt_model_set_device(se3rt_model *m, const char *device, const char *cuda_source, size_t len)
{
    int want_cuda = strcmp(device, "cuda") == 0, want_auto = strcmp(device, "auto") == 0;
    if (!want_cuda && !want_auto && strcmp(device, "cpu") != 0)
        return rt_error(m->ctx, SE3RT_ERR_INVALID, "unknown device '%s' (expected cpu, cuda or auto)", device);
    se3rt_status pst = rt_model_pull_params(m);   /* the device optimiser's weights come back first */
    if (pst)
        return pst;
    if (m->dev_be)
        m->dev_be->free(m->dev);
    m->dev_be = NULL;
    m->dev = NULL;
    m->device[0] = 0;
    const char *no_cpu = "the model was loaded without C source, so it cannot run on the CPU";
    if (!want_cuda && !want_auto)
        return m->cpu_be ? SE3RT_OK : rt_error(m->ctx, SE3RT_ERR_INVALID, "%s", no_cpu);
    if (!cuda_source)
        return want_auto && m->cpu_be ? SE3RT_OK
                                      : rt_error(m->ctx, SE3RT_ERR_INVALID, "--device %s needs the CUDA source", device);
    se3rt_status st = rt_cuda_backend_model_new(m, cuda_source, len, &m->dev_be, &m->dev);
    if (st == SE3RT_OK) {
        snprintf(m->device, sizeof m->device, "%s", m->dev_be->name(m->dev));
        m->dev_params_changed = 1;
        return SE3RT_OK;
    }
    if (want_auto && st == SE3RT_ERR_UNAVAILABLE && m->cpu_be) {
        snprintf(m->device, sizeof m->device, "cpu (no usable GPU: %s)", se3rt_errmsg(m->ctx));
        return SE3RT_OK;
    }
    return st;
}

const char *se3rt_model_device(const se3rt_model *m)
{
    return m->device[0] ? m->device : m->cpu_be ? "cpu" : "none";
}

int se3rt_model_on_gpu(const se3rt_model *m)
{
    return m->dev_be != NULL;
}

se3rt_status se3rt_model_kernel_info(se3rt_model *m, int i, int *regs, int *shared_bytes, int *local_bytes)
{
    if (!m->dev_be || !m->dev_be->kernel_info)
        return rt_error(m->ctx, SE3RT_ERR_INVALID, "the model does not run on a GPU");
    se3rt_kernel_info ki;
    se3rt_status st = m->dev_be->kernel_info(m->dev, i, &ki);
    if (st == SE3RT_OK) {
        *regs = ki.regs;
        *shared_bytes = ki.shared;
        *local_bytes = ki.local;
    }
    return st;
}
