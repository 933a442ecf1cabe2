"""The cffi binding (ABI mode) to libse3rt, the runtime's shared library.

ABI mode needs no C compiler when the package is imported: the declarations below are the
subset of the public headers (include/se3rt.h, se3rt_graph.h, se3rt_io.h, se3rt_model.h) the
package calls, copied verbatim, and the library is opened with dlopen. The test
python/tests/test_binding.py checks that each of them matches the headers.

The library is found, in order: $SE3TC_LIB (a path to libse3rt.so), the copy the wheel ships
beside this file (_lib/libse3rt.so).
"""
import os

import cffi

CDEF = """
typedef enum se3rt_status {
    SE3RT_OK = 0,
    SE3RT_ERR_NOMEM,
    SE3RT_ERR_IO,
    SE3RT_ERR_FORMAT,
    SE3RT_ERR_INVALID,
    SE3RT_ERR_UNAVAILABLE,
    SE3RT_ERR_COMPILE,
    SE3RT_ERR_INTERNAL
} se3rt_status;

typedef struct se3rt_alloc se3rt_alloc;
typedef struct se3rt_ctx se3rt_ctx;

se3rt_status se3rt_ctx_new(se3rt_ctx **out, const se3rt_alloc *alloc);
void         se3rt_ctx_free(se3rt_ctx *ctx);
const char  *se3rt_errmsg(const se3rt_ctx *ctx);
se3rt_status se3rt_ctx_set_cc(se3rt_ctx *ctx, const char *cc);
se3rt_status se3rt_ctx_set_cflags(se3rt_ctx *ctx, const char *cflags);
se3rt_status se3rt_ctx_set_cache_dir(se3rt_ctx *ctx, const char *dir);
const char  *se3rt_status_name(se3rt_status s);
const char  *se3rt_version(void);

typedef struct se3rt_bond {
    int32_t i;
    int32_t j;
    int32_t order;
} se3rt_bond;

typedef enum se3rt_dtype {
    SE3RT_DTYPE_F32 = 0,
    SE3RT_DTYPE_F64
} se3rt_dtype;

typedef struct se3rt_model se3rt_model;

se3rt_status se3rt_model_new(se3rt_ctx *ctx, const char *manifest_json, const char *c_source,
                             size_t c_len, se3rt_model **out);
se3rt_status se3rt_model_open(se3rt_ctx *ctx, const char *manifest_path, se3rt_model **out);
void         se3rt_model_free(se3rt_model *m);

const char  *se3rt_model_name(const se3rt_model *m);
int          se3rt_model_in_dim(const se3rt_model *m);
int          se3rt_model_out_dim(const se3rt_model *m);
int          se3rt_model_out_per_graph(const se3rt_model *m);
int          se3rt_model_is_f32(const se3rt_model *m);
const char  *se3rt_model_jit_command(const se3rt_model *m);
void         se3rt_model_set_threads(se3rt_model *m, int nthreads);

se3rt_status se3rt_model_init_weights(se3rt_model *m, uint64_t seed);
se3rt_status se3rt_model_load_weights(se3rt_model *m, const char *path);
se3rt_status se3rt_model_save_weights(se3rt_model *m, const char *path, se3rt_dtype dtype);
int64_t      se3rt_model_nparams(const se3rt_model *m);
double      *se3rt_model_params(se3rt_model *m);
void         se3rt_model_params_changed(se3rt_model *m);
int          se3rt_model_nweights(const se3rt_model *m);
const char  *se3rt_model_weight_name(const se3rt_model *m, int i);
int64_t      se3rt_model_weight_offset(const se3rt_model *m, int i);
int64_t      se3rt_model_weight_size(const se3rt_model *m, int i);

typedef struct se3rt_batch {
    int32_t n_graphs;
    const int32_t *graph_ptr;
    const double *pos;
    const double *node_in;
    const se3rt_bond *bonds;
    int64_t nbonds;
    const int64_t *frame_ids;
    const double *cell;
    const int32_t *pbc;
} se3rt_batch;

se3rt_status se3rt_model_forward(se3rt_model *m, const se3rt_batch *b, double *out);
int64_t      se3rt_model_last_edges(const se3rt_model *m);
se3rt_status se3rt_model_set_device(se3rt_model *m, const char *device, const char *cuda_source,
                                    size_t len);
const char  *se3rt_model_device(const se3rt_model *m);

int se3rt_model_has_grad(const se3rt_model *m);
void se3rt_model_set_grad_keep(se3rt_model *m, int64_t max_bytes);
void se3rt_model_set_reference_energies(se3rt_model *m, int on);
int se3rt_model_has_energy(const se3rt_model *m);
se3rt_status se3rt_model_energy_forces_stress(se3rt_model *m, const se3rt_batch *b, double *energy,
                                              double *forces, double *stress);
typedef double (*se3rt_loss_fn)(void *user, const se3rt_batch *b, const double *out, int64_t rows,
                                int out_dim, double *dout);
se3rt_status se3rt_model_grad(se3rt_model *m, const se3rt_batch *b, se3rt_loss_fn loss, void *user,
                              double *loss_out, double *out, double *dparams, double *dnode_in,
                              double *dpos);
"""

ffi = cffi.FFI()
ffi.cdef(CDEF)

_here = os.path.dirname(os.path.abspath(__file__))
_lib = None


def library_path():
    """The libse3rt the package opens: $SE3TC_LIB, else the wheel's own copy."""
    env = os.environ.get("SE3TC_LIB")
    if env:
        return env
    return os.path.join(_here, "_lib", "libse3rt.so")


def lib():
    """The opened library (opened once, on first use)."""
    global _lib
    if _lib is None:
        path = library_path()
        if not os.path.exists(path):
            raise ImportError(
                f"se3tc: libse3rt not found at {path}: install the package with `pip install .` "
                "from the se3tc clone, or set SE3TC_LIB to build/runtime/libse3rt.so")
        _lib = ffi.dlopen(path)
    return _lib
