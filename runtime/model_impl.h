/* model_impl.h - the inside of a loaded model, shared by the files that implement se3rt_model
 * (and by no other module: run.c and train.c use model_internal.h):
 *   model.c           life cycle, accessors, device choice
 *   model_manifest.c  reading and checking the manifest
 *   model_weights.c   the two weight copies, initialisation, safetensors load and save
 *   model_forward.c   graphs, basis conversion, forward and gradient entry points
 *   model_cpu.c       the CPU backend (generated C through the JIT)
 *   model_cuda.c      the CUDA backend (runtime/cuda; also the emulator)
 *   model_force_train.c  the generated C over dual numbers: weight gradients of force and stress losses
 * Every layout number (weight offsets, layer widths, work-buffer size) comes from the manifest,
 * checked once on load; the backends only read them. */
#ifndef SE3RT_MODEL_IMPL_H
#define SE3RT_MODEL_IMPL_H

#include "model_internal.h"
#include "rt_internal.h"
#include "se3rt_abi.h"
#include "se3rt_cuda.h"

typedef struct rt_wdesc {
    char *name;
    int ndim;
    int64_t shape[2];
    int init;                /* se3m_init */
    double scale;            /* 1/sqrt(fan_in) */
    int64_t offset, size;    /* from the manifest, checked to be packed in manifest order */
} rt_wdesc;

typedef struct rt_fdesc {
    char *name;              /* NAME or NAME_l */
    char *field;             /* the field it belongs to */
    int degree, channels;
    int source;              /* se3m_source (inputs) */
    double value;            /* SE3M_SRC_CONST */
    char **species;          /* SE3M_SRC_SPECIES: element symbols, `channels` of them */
} rt_fdesc;

typedef struct rt_ldesc {
    char *name;
    int in_dim, out_dim;     /* reals per row of its input and output */
    int in_per_graph;        /* its input rows are graphs (after pooling), not nodes */
    int out_per_graph;       /* its output rows are graphs */
    double flops_edge, flops_node;
} rt_ldesc;

/* ---- the backend interface: what runs a model's layers ------------------------------------
 * One table for every place a forward can run: the CPU (generated C, model_cpu.c) and CUDA
 * (generated CUDA on a GPU or the emulator, model_cuda.c over se3rt_cuda.h's device table).
 * A backend gets io with host arrays at the model's precision (io->work and io->out are host
 * buffers the CPU uses; a device backend keeps its own) and follows se3rt_abi.h's buffer rule. */
typedef struct rt_fwd {
    const se3m_io *io;
    int upto;                /* run layers 0 .. upto-1 */
    void *res;               /* the first res_n reals of layer upto-1's output go here */
    int64_t res_n;
    int params_changed;      /* io->params differ from what the backend last saw */
    double *layer_s;         /* optional: seconds per layer */
    double *layer_cpu_s;     /* optional: process CPU seconds per layer (may stay untouched) */
} rt_fwd;

typedef struct rt_backend_i {
    const char  *(*name)(void *impl);    /* one line for se3rt_model_device */
    se3rt_status (*forward)(void *impl, const rt_fwd *f);
    /* Registers, shared and local memory of layer i's kernel; NULL where there are no kernels. */
    se3rt_status (*kernel_info)(void *impl, int i, se3rt_kernel_info *out /* OUT */);
    void         (*free)(void *impl);
    /* Gradients on the backend's device (NULL, or has_grad 0, where there are none: the CPU runs
     * the generated C backward itself). grad_forward runs every layer keeping their outputs, with
     * f->res/res_n as in forward (f->upto: all layers); grad_backward then takes dL/d(output)
     * (doubles, internal basis) and writes dparams, dx0, dpos (each may be NULL) as
     * se3rt_model_grad's internal buffers. */
    int          (*has_grad)(void *impl);
    se3rt_status (*grad_forward)(void *impl, const rt_fwd *f);
    se3rt_status (*grad_backward)(void *impl, const double *dout, int64_t dout_n, double *dparams, double *dx0,
                                  double *dpos);
    /* The optimiser on the device (NULL where there is none; docs/cuda.md): after a backward with
     * dparams NULL the weight gradient stays on the device, and these keep the optimiser's
     * weights, Adam's moments and the moving average there (se3rt_cuda.h's rt_cuda_model_opt_*). */
    se3rt_status (*opt_put)(void *impl, const double *params, const double *m, const double *v, const double *ema);
    se3rt_status (*opt_get)(void *impl, double *params, double *m, double *v, double *ema);
    se3rt_status (*opt_norm2)(void *impl, double *norm2);
    se3rt_status (*opt_step)(void *impl, const rt_opt_step *s);
    /* Bytes copied host -> device and device -> host so far. */
    void         (*traffic)(void *impl, uint64_t *up, uint64_t *down);
} rt_backend_i;

/* The backward entry points of generated C (se3rt_abi.h), NULL without --grad. */
typedef struct rt_grad_fns {
    void (*layer_shape)(int32_t, int32_t *, int32_t *, int32_t *, int32_t *);
    int  (*layer_into)(int32_t, const se3m_io *, const void *, void *, void *);
    int  (*layer_backward)(int32_t, const se3m_io *, const void *, const double *, double *, double *, double *,
                           double *, const void *);
    int64_t (*layer_keep_bytes)(int32_t, const se3m_io *);
} rt_grad_fns;

/* What the training forward keeps for the backward (attention's keys and values, se3rt_abi.h)
 * at most, in bytes per gradient call, all layers together: SE3RT_GRAD_KEEP_BYTES unless
 * se3rt_model_set_grad_keep says otherwise. */
#define SE3RT_GRAD_KEEP_BYTES ((int64_t)64 << 20)

/* model_forward.c: layer i's keep buffer for one gradient call, or NULL (the layer keeps
 * nothing, it would take the call past max bytes in all (*used so far, updated), or the
 * allocation failed: the backward then recomputes). Free with rt_free. */
void *rt_grad_keep_take(se3rt_ctx *ctx, int64_t bytes, int64_t max, int64_t *used);

struct se3rt_model {
    se3rt_ctx *ctx;
    char *name;
    int f32;                 /* generated code uses float */
    se3rt_graph_spec graph;
    int bond_scalars;        /* edges carry bond one-hot scalars */
    int in_fibre[SE3M_LMAX + 1], out_fibre[SE3M_LMAX + 1];
    int in_dim, out_dim, out_per_graph;
    rt_fdesc *inputs, *outputs;
    int ninputs, noutputs;
    int energy_col;          /* column of the energy output (kind=energy) in an output row, -1: none */
    int ref_col, nref;       /* reference energies: first node_in column of the species input ... */
    double *ref;             /* ... and the energy of each of its nref channels (NULL: none) */
    int ref_off;             /* se3rt_model_set_reference_energies(m, 0): outputs without them */
    rt_wdesc *weights;
    int nweights;
    int64_t nparams;
    rt_ldesc *layers;
    int nlayers;
    int64_t work_row_reals;  /* manifest "work": reals per row of each activation buffer */
    double *params;          /* master copy */
    void *params_t;          /* at the model's precision */
    int params_dirty;        /* params changed since params_t was written */
    int nthreads;
    int64_t last_edges;
    /* backends: the CPU one when the C source was given; a device one after set_device */
    const rt_backend_i *cpu_be;
    void *cpu;
    rt_grad_fns grad;
    int64_t grad_keep_max;   /* bytes the training forward may keep for the backward per call */
    struct rt_dual *dual;    /* the code over dual numbers for training on forces (model_force_train.c), or NULL */
    const char *jit_cmd;     /* the CPU backend's compiler command line, "" without one */
    struct {                 /* manifest "library" (se3tc compile --shared ...); "" when absent */
        char shared[256];    /* NAME.so, a file name beside the manifest */
        char shared_sha256[65], source_sha256[65];
    } lib;
    char lib_path[4400];     /* the library the CPU code came from; "static" when linked; "" (JIT) */
    const rt_backend_i *dev_be;
    void *dev;
    int dev_params_changed;  /* params_t changed since the device backend last saw it */
    int dev_params_newer;    /* the device optimiser's weights are newer than params (rt_model_pull_params) */
    char device[900];        /* what runs forward, one line */
};

/* model_manifest.c: parse and check the manifest into m (name, fields, weights, layers, work);
 * every error is one line naming the field, weight or layer. */
se3rt_status rt_manifest_read(se3rt_model *m, const char *json);
void         rt_manifest_free(se3rt_model *m);

/* model_weights.c */
se3rt_status rt_params_alloc(se3rt_model *m);
void        *rt_model_reals(se3rt_model *m, int64_t n);   /* zeroed, at the model's precision */
void         rt_model_put(const se3rt_model *m, void *dst, int64_t i, double v);
double       rt_model_get(const se3rt_model *m, const void *src, int64_t i);

/* model_cpu.c: JIT-compile the generated C, check it against the manifest, fill m->grad. */
se3rt_status rt_cpu_backend_new(se3rt_model *m, const char *c_source, size_t c_len,
                                const rt_backend_i **be /* OUT */, void **impl /* OUT */);
const char  *rt_cpu_backend_cmd(void *impl);
/* The CPU backend from entry points already in the process: a table linked into the program
 * (handle NULL), or the se3m_NAME_code of a model library opened with dlopen (handle, which the
 * backend then owns and closes). Checked against the manifest as the JIT's code is. */
se3rt_status rt_cpu_backend_code(se3rt_model *m, const se3m_code *code, void *handle,
                                 const rt_backend_i **be /* OUT */, void **impl /* OUT */);

/* model_lib.c: open the model library m->lib.shared at `path` (docs/host.md, "Ahead of time"):
 * a regular file of this user or root, not writable by group or others, whose SHA-256 is the
 * manifest's shared_sha256; dlopen'd from the checked descriptor, never compiled. *code is its
 * se3m_NAME_code, *handle the dlopen handle. */
se3rt_status rt_model_lib_open(se3rt_model *m, const char *path, const se3m_code **code /* OUT */,
                               void **handle /* OUT */);
/* Threads for layer i of a batch (one below MODEL_SERIAL_FLOPS, docs/perf.md). */
int          rt_model_layer_threads(const se3rt_model *m, int i, int64_t nodes, int64_t graphs, int64_t edges);

/* model_force_train.c: release m->dual. */
void         rt_dual_free(se3rt_model *m);
/* model_forward.c, for model_force_train.c: the batch checked (as forward checks it) and its
 * CSR graph over all nodes (row, src: rt_free them; edge_attr: n_edges x 4 at the model's
 * precision when the model reads bond scalars, else NULL); and one row's basis change. */
se3rt_status rt_model_batch_csr(se3rt_model *m, const se3rt_batch *b, int64_t **row /* OUT */, int32_t **src /* OUT */,
                                int64_t *n_edges /* OUT */, void **edge_attr /* OUT */);
void         rt_model_row_convert(const int *fib, const double *in, double *out, int to_internal);
/* The batch as the layers see it: for a periodic batch (docs/graphs.md) extended with one ghost
 * node per distinct (atom, cell shift) that some edge needs, the ghosts after the atoms in one
 * extra graph, each a copy of its atom (ghost_of); otherwise the batch itself (n_ghost 0). */
typedef struct rt_batch_ext {
    se3rt_batch b;            /* the extended batch (its arrays owned by priv) */
    int64_t *row;             /* CSR over all nodes of b */
    int32_t *src;
    int64_t n_edges;
    void *edge_attr;          /* bond scalars at the model's precision, or NULL */
    int32_t n_real, n_ghost;
    const int32_t *ghost_of;  /* n_ghost */
    void *priv;
} rt_batch_ext;
se3rt_status rt_model_batch_prepare(se3rt_model *m, const se3rt_batch *b, rt_batch_ext *out /* OUT */);
void         rt_model_batch_release(se3rt_model *m, rt_batch_ext *x);

/* model_cuda.c: compile (or find cached) and load the CUDA source; errors as se3rt_model_set_device. */
se3rt_status rt_cuda_backend_model_new(se3rt_model *m, const char *cuda_source, size_t len,
                                       const rt_backend_i **be /* OUT */, void **impl /* OUT */);

#endif
