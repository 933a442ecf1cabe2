/* model_cpu.c - the CPU backend: the model's generated C as a table of entry points
 * (se3m_code, se3rt_abi.h) from one of three places: compiled and cached by the JIT (jit.c, the
 * se3m_NAME_* symbols found with dlsym), a model library built ahead of time (model_lib.c) or
 * code linked into the program (se3rt_model_new_static). The table is checked against the
 * manifest, and the layers run over the host work buffers, each on as many threads as it is worth. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "jit.h"
#include "model_impl.h"

typedef struct rt_cpu {
    const se3rt_model *m;
    rt_jit jit;              /* the JIT's object (handle NULL otherwise) */
    void *lib;               /* a model library's dlopen handle, or NULL */
    se3m_code code;          /* the entry points */
    int (*layer)(int32_t, const se3m_io *);
    int (*forward)(const se3m_io *);
} rt_cpu;

static void *cpu_sym(rt_cpu *c, const char *what)
{
    char name[400];
    snprintf(name, sizeof name, "se3m_%s_%s", c->m->name, what);
    return dlsym(c->jit.handle, name);
}

static const char *cpu_name(void *impl)
{
    (void)impl;
    return "cpu";
}

const char *rt_cpu_backend_cmd(void *impl)
{
    return ((rt_cpu *)impl)->jit.cmd;
}

static void cpu_free(void *impl)
{
    rt_cpu *c = impl;
    if (!c)
        return;
    rt_jit_close(&c->jit);
    if (c->lib)
        dlclose(c->lib);
    rt_free(c->m->ctx, c);
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

int rt_model_layer_threads(const se3rt_model *m, int i, int64_t nodes, int64_t graphs, int64_t edges)
{
    if (m->nthreads <= 1)
        return 1;
    const rt_ldesc *L = &m->layers[i];
    double fl = L->flops_edge * (double)edges + L->flops_node * (double)(L->in_per_graph ? graphs : nodes);
    return fl < MODEL_SERIAL_FLOPS ? 1 : m->nthreads;
}

static se3rt_status cpu_forward(void *impl, const rt_fwd *f)
{
    rt_cpu *c = impl;
    const se3rt_model *m = c->m;
    se3m_io io = *f->io;
    int rc = 0;
    if (f->layer_s || f->layer_cpu_s || f->upto < m->nlayers || f->res != io.out || m->nthreads > 1) {
        /* layer by layer, each on the threads rt_model_layer_threads gives it */
        for (int i = 0; i < f->upto && rc == 0; i++) {
            io.nthreads = rt_model_layer_threads(m, i, io.n_nodes, io.n_graphs, io.n_edges);
            double t0 = now_s(), c0 = f->layer_cpu_s ? cpu_s() : 0;
            rc = c->layer(i, &io);
            if (f->layer_s)
                f->layer_s[i] = now_s() - t0;
            if (f->layer_cpu_s)
                f->layer_cpu_s[i] = cpu_s() - c0;
        }
        if (rc == 0 && f->upto > 0) {
            const size_t sz = m->f32 ? sizeof(float) : sizeof(double);
            const int64_t rows = io.n_nodes > io.n_graphs ? io.n_nodes : io.n_graphs;
            const char *rb = (const char *)io.work + (size_t)(se3m_out_buffer(f->upto - 1) * rows * m->work_row_reals) * sz;
            memcpy(f->res, rb, (size_t)f->res_n * sz);
        }
    } else {
        rc = c->forward(&io);   /* all layers; the generated code copies the result into io.out */
    }
    return rc ? rt_error(m->ctx, SE3RT_ERR_INTERNAL, "generated code for '%s' failed", m->name) : SE3RT_OK;
}

static const rt_backend_i cpu_backend = {
    .name = cpu_name,
    .forward = cpu_forward,
    .kernel_info = NULL,
    .free = cpu_free,
};

/* The JIT's object as a table: its se3m_NAME_* symbols (it need not hold se3m_NAME_code). */
static se3rt_status cpu_code_from_symbols(rt_cpu *c, se3rt_model *m)
{
    int (*abi)(void) = (int (*)(void))cpu_sym(c, "abi");
    se3m_code *k = &c->code;
    *(void **)&k->nlayers = cpu_sym(c, "nlayers");
    *(void **)&k->work_size = cpu_sym(c, "work_size");
    *(void **)&k->layer = cpu_sym(c, "layer");
    *(void **)&k->forward = cpu_sym(c, "forward");
    if (!abi || !k->nlayers || !k->work_size || !k->layer || !k->forward)
        return rt_error(m->ctx, SE3RT_ERR_FORMAT, "generated code for '%s' lacks the se3m_%s_* entry points "
                        "(manifest and source from different specs?)", m->name, m->name);
    k->abi = abi();
    k->real_bytes = m->f32 ? 4 : 8;   /* the source came with this manifest */
    k->name = m->name;
    k->source_sha256 = "";
    int (*gabi)(void) = (int (*)(void))cpu_sym(c, "grad_abi");
    if (gabi && gabi() == SE3M_ABI_VERSION) {
        *(void **)&k->layer_shape = cpu_sym(c, "layer_shape");
        *(void **)&k->layer_into = cpu_sym(c, "layer_into");
        *(void **)&k->layer_backward = cpu_sym(c, "layer_backward");
        *(void **)&k->layer_keep_bytes = cpu_sym(c, "layer_keep_bytes");
        if (!k->layer_shape || !k->layer_into || !k->layer_backward || !k->layer_keep_bytes)
            return rt_error(m->ctx, SE3RT_ERR_FORMAT, "generated code for '%s' has an incomplete backward", m->name);
    }
    return SE3RT_OK;
}

/* The entry points against the manifest: model name, ABI, precision, layer count, work buffers,
 * the source's hash when both record one and (with the backward) each layer's widths. A mismatch
 * means code and manifest come from different specs, builds or compilers. */
static se3rt_status cpu_check(rt_cpu *c, se3rt_model *m)
{
    se3rt_ctx *ctx = m->ctx;
    const se3m_code *k = &c->code;
    if (!k->name || strcmp(k->name, m->name) != 0)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "the compiled code is model '%.200s', the manifest '%s'",
                        k->name ? k->name : "?", m->name);
    if (k->abi != SE3M_ABI_VERSION)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "generated code has ABI %d, this runtime needs %d", (int)k->abi,
                        SE3M_ABI_VERSION);
    if (!k->nlayers || !k->work_size || !k->layer || !k->forward)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "the compiled code for '%s' lacks entry points", m->name);
    if (k->real_bytes != (m->f32 ? 4 : 8))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "the compiled code for '%s' uses %d-byte reals, the manifest says %s",
                        m->name, (int)k->real_bytes, m->f32 ? "f32" : "f64");
    if (k->source_sha256 && k->source_sha256[0] && m->lib.source_sha256[0] &&
        strcmp(k->source_sha256, m->lib.source_sha256) != 0)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "the compiled code for '%s' was built from C source %.12s..., the "
                        "manifest's is %.12s... (library and manifest from different compiles)", m->name,
                        k->source_sha256, m->lib.source_sha256);
    if (k->nlayers() != m->nlayers)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "generated code for '%s' has %d layers, the manifest %d", m->name,
                        k->nlayers(), m->nlayers);
    if (k->work_size(1, 1) != se3m_work_reals(m->work_row_reals, 1, 1))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "generated code for '%s' uses %lld work reals per row, the manifest "
                        "%lld", m->name, (long long)k->work_size(1, 1) / SE3M_NBUFFERS, (long long)m->work_row_reals);
    c->layer = k->layer;
    c->forward = k->forward;
    if (!k->layer_shape || !k->layer_into || !k->layer_backward || !k->layer_keep_bytes)
        return SE3RT_OK;   /* no backward code: se3rt_model_has_grad says 0 */
    rt_grad_fns g = { k->layer_shape, k->layer_into, k->layer_backward, k->layer_keep_bytes };
    for (int i = 0; i < m->nlayers; i++) {
        const rt_ldesc *L = &m->layers[i];
        int32_t din, dout, gin, gout;
        g.layer_shape(i, &din, &dout, &gin, &gout);
        if (din != L->in_dim || dout != L->out_dim || !gin != !L->in_per_graph || !gout != !L->out_per_graph)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "generated code for '%s' gives layer '%s' %d -> %d reals, the "
                            "manifest %d -> %d", m->name, L->name, din, dout, L->in_dim, L->out_dim);
    }
    m->grad = g;
    return SE3RT_OK;
}

se3rt_status rt_cpu_backend_new(se3rt_model *m, const char *c_source, size_t c_len, const rt_backend_i **be,
                                void **impl)
{
    *be = NULL;
    *impl = NULL;
    rt_cpu *c = rt_calloc(m->ctx, 1, sizeof *c);
    if (!c)
        return SE3RT_ERR_NOMEM;
    c->m = m;
    se3rt_status st = rt_jit_load(m->ctx, c_source, c_len, &c->jit);
    if (st == SE3RT_OK)
        st = cpu_code_from_symbols(c, m);
    if (st == SE3RT_OK)
        st = cpu_check(c, m);
    if (st != SE3RT_OK) {
        cpu_free(c);
        return st;
    }
    *be = &cpu_backend;
    *impl = c;
    return SE3RT_OK;
}

se3rt_status rt_cpu_backend_code(se3rt_model *m, const se3m_code *code, void *handle, const rt_backend_i **be,
                                 void **impl)
{
    *be = NULL;
    *impl = NULL;
    rt_cpu *c = rt_calloc(m->ctx, 1, sizeof *c);
    if (!c) {
        if (handle)
            dlclose(handle);
        return SE3RT_ERR_NOMEM;
    }
    c->m = m;
    c->lib = handle;
    c->code = *code;
    se3rt_status st = cpu_check(c, m);
    if (st != SE3RT_OK) {
        cpu_free(c);
        return st;
    }
    *be = &cpu_backend;
    *impl = c;
    return SE3RT_OK;
}
