/* se3rt_abi.h - the contract between the compiler, the code it generates and libse3rt: the ABI
 * version, the io struct every generated forward takes, and the constants the manifest
 * (docs/host.md) spells as numbers or names. The compiler writes these values into the
 * manifest and into generated code; the runtime reads and checks them; neither keeps a copy.
 * Bump SE3M_ABI_VERSION when anything here changes meaning; the runtime refuses manifests and
 * code of another version. History: 1, the first; 2, manifests carry the work buffers and each
 * layer's widths and buffer, which the runtime takes instead of recomputing (version-1 manifests
 * lack them and are refused). The entry-point table se3m_code was added within version 2: the
 * JIT finds code's functions by name and does not need it; model libraries and
 * se3rt_model_new_static do. 3, the training forward keeps attention's keys and values for the
 * backward: layer_into and layer_backward take a keep buffer (NULL: nothing kept, the backward
 * recomputes), sized by the new layer_keep_bytes (docs/training.md, "Backward code"). */
#ifndef SE3RT_ABI_H
#define SE3RT_ABI_H

#include <stdint.h>
#include <string.h>

#define SE3M_ABI_VERSION 3

/* Highest feature degree: fibres are SE3M_LMAX + 1 channel counts (degrees 0..SE3M_LMAX). */
#define SE3M_LMAX 4

/* Where an input field's values come from (manifest "inputs"[].source). */
typedef enum se3m_source {
    SE3M_SRC_PROPERTY,          /* "property": the per-atom property of the field's name */
    SE3M_SRC_CONST,             /* "constant": "value" on every node */
    SE3M_SRC_POS_Z,             /* "pos.z": the z coordinate (degree 0) */
    SE3M_SRC_POS_XY,            /* "pos.xy": (x, y, 0) (degree 1) */
    SE3M_SRC_SPECIES,           /* "species": one-hot of the element over "species" */
    SE3M_SRC_ATOMIC_NUMBER,     /* "atomic_number" */
    SE3M_SRC_COUNT
} se3m_source;

/* How a weight starts (manifest "weights"[].init; docs/semantics.md). */
typedef enum se3m_init {
    SE3M_INIT_UNIFORM,          /* "uniform": U(-a, a), a = 1/sqrt(fan_in) */
    SE3M_INIT_NORMAL,           /* "normal": N(0, 1/fan_in) */
    SE3M_INIT_ONES,             /* "ones" */
    SE3M_INIT_ZEROS,            /* "zeros" */
    SE3M_INIT_COUNT
} se3m_init;

static inline const char *se3m_source_name(int s)
{
    static const char *const names[SE3M_SRC_COUNT] = { "property", "constant", "pos.z", "pos.xy", "species",
                                                       "atomic_number" };
    return s >= 0 && s < SE3M_SRC_COUNT ? names[s] : "?";
}

static inline const char *se3m_init_name(int i)
{
    static const char *const names[SE3M_INIT_COUNT] = { "uniform", "normal", "ones", "zeros" };
    return i >= 0 && i < SE3M_INIT_COUNT ? names[i] : "?";
}

/* The enum value of a name, -1 if none. */
static inline int se3m_source_parse(const char *s)
{
    for (int i = 0; i < SE3M_SRC_COUNT; i++)
        if (strcmp(s, se3m_source_name(i)) == 0)
            return i;
    return -1;
}

static inline int se3m_init_parse(const char *s)
{
    for (int i = 0; i < SE3M_INIT_COUNT; i++)
        if (strcmp(s, se3m_init_name(i)) == 0)
            return i;
    return -1;
}

/* Activations between layers: SE3M_NBUFFERS ping-pong buffers of rows x "work"."row_reals"
 * reals each (manifest), rows = max(n_nodes, n_graphs). Layer i reads the node inputs (i = 0)
 * or the buffer layer i - 1 wrote, and writes buffer se3m_out_buffer(i); the model's result is
 * in the last layer's. This is the one statement of the rule: the manifest records it per layer,
 * the runtime's backends and the generated code follow it. */
#define SE3M_NBUFFERS 2

static inline int se3m_out_buffer(int i)
{
    return i % SE3M_NBUFFERS;
}

/* Reals of the whole work area for a batch (what generated NAME_work_size returns). */
static inline int64_t se3m_work_reals(int64_t row_reals, int32_t n_nodes, int32_t n_graphs)
{
    const int64_t rows = n_nodes > n_graphs ? n_nodes : n_graphs;
    return SE3M_NBUFFERS * rows * row_reals;
}

/* One forward call. Pointers to reals point at float or double as the model's precision. */
typedef struct se3m_io {
    int32_t n_nodes;            /* nodes of all graphs in the batch */
    int32_t n_graphs;           /* graphs (frames) in the batch */
    int64_t n_edges;
    const int64_t *row;         /* n_nodes + 1: incoming edges of i are [row[i], row[i+1]) */
    const int32_t *src;         /* n_edges: sender of each edge */
    const int32_t *graph_ptr;   /* n_graphs + 1: nodes of graph g are [graph_ptr[g], graph_ptr[g+1]) */
    const void *pos;            /* n_nodes x 3 doubles (always double), Cartesian */
    const void *edge_attr;      /* n_edges x 4 reals (bond one-hot) or NULL */
    const void *params;         /* all weights, flat, manifest order */
    const void *node_in;        /* n_nodes x in_dim reals, internal layout (the first layer reads
                                   its node features in place: edge inputs, the tail of the
                                   degree-0 block, only feed edge products) */
    void *out;                  /* rows x out_dim reals (rows = n_graphs after pooling) */
    void *work;                 /* se3m_work_reals(...) reals */
    int32_t nthreads;           /* threads to use (OpenMP), >= 1 */
} se3m_io;

/* The entry points of one model as a table: generated C ends with
 *   const se3m_code se3m_NAME_code = { ... };
 * (its own copy of this struct, like se3m_io), the one symbol a host needs when it links the
 * code statically (se3rt_model_new_static) and the one the runtime looks up in a model library
 * (`se3tc compile --shared`). The backward members are NULL without `--grad`. */
typedef struct se3m_code {
    int32_t abi;                /* SE3M_ABI_VERSION of the code */
    int32_t real_bytes;         /* sizeof of its reals: 4 (f32) or 8 (f64) */
    const char *name;           /* the model's name */
    const char *source_sha256;  /* 64 hex digits: SHA-256 of NAME.c, defined when `se3tc compile
                                 * --shared/--static/--object` built it (-DSE3M_SOURCE_SHA256),
                                 * else "" */
    int     (*nlayers)(void);
    int64_t (*work_size)(int32_t n_nodes, int32_t n_graphs);
    int     (*layer)(int32_t i, const se3m_io *io);
    int     (*forward)(const se3m_io *io);
    void    (*layer_shape)(int32_t i, int32_t *in_dim, int32_t *out_dim, int32_t *in_per_graph,
                           int32_t *out_per_graph);
    int     (*layer_into)(int32_t i, const se3m_io *io, const void *in, void *out, void *keep);
    int     (*layer_backward)(int32_t i, const se3m_io *io, const void *in, const double *dout,
                              double *din, double *dparams, double *dpos, double *dnode_in,
                              const void *keep);
    int64_t (*layer_keep_bytes)(int32_t i, const se3m_io *io);
} se3m_code;

/* Exported by generated C for model NAME:
 *   int     se3m_NAME_abi(void);                                  returns SE3M_ABI_VERSION
 *   int64_t se3m_NAME_work_size(int32_t n_nodes, int32_t n_graphs);
 *   int     se3m_NAME_nlayers(void);
 *   int     se3m_NAME_layer(int32_t i, const se3m_io *io);         layer i, work buffers
 *   int     se3m_NAME_forward(const se3m_io *io);                  all layers, result in out
 * and, with the backward code (`se3tc compile --grad`):
 *   int     se3m_NAME_grad_abi(void);                             returns SE3M_ABI_VERSION
 *   void    se3m_NAME_layer_shape(...), int se3m_NAME_layer_into(...), se3m_NAME_layer_backward(...)
 *   int64_t se3m_NAME_layer_keep_bytes(int32_t i, const se3m_io *io);
 * The training forward and backward of layer i share a keep buffer the caller owns: bytes =
 * layer_keep_bytes(i, io) (0: the layer keeps nothing; an attention layer's keys and values,
 * n_edges x (key + value dims) doubles, in edge order); layer_into(i, io, in, out, keep) fills
 * it, layer_backward(..., keep) reads it instead of recomputing the keys and values, for the
 * same io, in and weights. keep NULL in either call: nothing kept, the backward recomputes
 * them (the same gradients to rounding).
 * and the table of all of them, const se3m_code se3m_NAME_code.
 * Generated CUDA exports one kernel se3_LAYER_forward per layer (docs/cuda.md). */

#endif
