/* cuda_model_impl.h - the inside of rt_cuda_model, shared by cuda_model.c (loading, forward) and
 * cuda_grad.c (the backward kernels and training state on the device); no other file uses it. */
#ifndef SE3RT_CUDA_MODEL_IMPL_H
#define SE3RT_CUDA_MODEL_IMPL_H

#include "se3rt_cuda.h"

typedef struct cu_buf {
    se3rt_dptr p;
    size_t cap;                       /* bytes */
} cu_buf;

enum {
    CB_PARAMS, CB_POS, CB_X0, CB_EA, CB_ROW, CB_SRC, CB_GPTR, CB_WORK, CB_EDGE,
    /* the backward (cuda_grad.c) */
    CB_LROW,                          /* per-graph CSR offsets (n_nodes + n_graphs) */
    CB_LSRC,                          /* senders numbered from their receiver chunk's first (n_edges) */
    CB_CHUNK,                         /* n_chunks x 4: graph, first and end receiver, node partials' offset */
    CB_GCHUNK,                        /* n_graphs + 1: each graph's first chunk */
    CB_NPART,                         /* the chunks' node partials (doubles) */
    CB_ARGS,                          /* one se3g_args per layer */
    CB_DPART,                         /* weight rows x SE3G_MAX_LAYER_WEIGHTS doubles */
    CB_DA, CB_DB,                     /* dL/d(activations), ping-pong, rows x maxd doubles */
    CB_DPARAMS,                       /* nparams doubles */
    CB_DPOS, CB_DX0,                  /* n_nodes x 3, n_nodes x in_dim doubles */
    CB_FAIL,                          /* one int64 */
    CB_KV,                            /* attention layers' kept keys and values (doubles, cuda_grad.c) */
    CB_KARGS,                         /* one se3g_keep_args per layer */
    /* the optimiser on the device (cuda_opt.c) */
    CB_MASTER,                        /* nparams doubles: the optimiser's weights */
    CB_ADAM_M, CB_ADAM_V,             /* nparams doubles each: Adam's moments */
    CB_EMA,                           /* nparams doubles: the moving average (training with EMA) */
    CB_NORM,                          /* the gradient norm's partial sums, then its square at [0] */
    CB_OARGS,                         /* one se3g_opt_args */
    CB_COUNT
};

struct rt_cuda_model {
    se3rt_ctx *ctx;
    const se3rt_backend_i *be;
    void *impl;
    int f32;
    int in_dim;                       /* node input reals per node */
    int nlayers;
    char **kernels;                   /* se3_<layer>_forward */
    char **edge_kernels;              /* se3_<layer>_edges, or NULL where the layer has none */
    char **names;                     /* layer names (for se3g_<layer>_backward, _reduce) */
    int edge_scratch;                 /* reals per edge of the scratch E (SE3_EDGE_SCRATCH) */
    int edge_tile;                    /* edges per block of the edge kernels (SE3_EDGE_TILE) */
    int edge_groups;                  /* blocks per tile (SE3_EDGE_GROUPS): output groups */
    int has_grad;                     /* the source has the backward kernels (SE3G_BACKWARD) */
    int64_t grad_maxw;                /* SE3G_MAX_LAYER_WEIGHTS */
    int *grad_split;                  /* per layer: 0 one thread per graph; per receiver chunk: 1 into node
                                       * partials (se3g_LAYER_nodes), 2 into its own rows (SE3G_ROWWISE_LAYER) */
    int grad_node_part;               /* SE3G_NODE_PART: node partial reals per node of a chunk */
    int *grad_kv;                     /* per layer: SE3G_KEEP_<layer>, reals per edge its forward can keep
                                       * for its backward (attention's key + value), 0: none */
    cu_buf buf[CB_COUNT];
    int params_on_device;
    int opt_ema;                      /* CB_EMA holds the moving average */
    uint64_t bytes_up, bytes_down;    /* host -> device and device -> host bytes moved so far */
    /* after rt_cuda_model_grad_forward, for the backward that follows */
    int64_t fw_rows, fw_maxd, fw_nodes, fw_graphs, fw_edges;
    int64_t fw_chunks, fw_npart;      /* receiver chunks, node partial reals (cuda_grad.c) */
    int64_t fw_wrows;                 /* weight partial rows (n_graphs .. fw_chunks) */
    int fw_has_ea;
    int64_t *fw_kv;                   /* per layer: its kept keys and values at this offset (doubles) in
                                       * CB_KV, or -1: its backward recomputes them */
    char desc[700];
};

/* Host -> device and device -> host copies, counted in bytes_up / bytes_down. */
se3rt_status rt_cu_up(rt_cuda_model *g, se3rt_dptr dst, const void *src, size_t bytes);
se3rt_status rt_cu_down(rt_cuda_model *g, void *dst, se3rt_dptr src, size_t bytes);

/* Make buffer b hold at least `bytes` (contents are not kept) / and upload host (may be NULL). */
se3rt_status rt_cu_reserve(rt_cuda_model *g, int b, size_t bytes);
se3rt_status rt_cu_put(rt_cuda_model *g, int b, const void *host, size_t bytes);
/* Layers 0..upto-1 on the device; keep: layer i's output in its own slot i of CB_WORK (for the
 * backward) instead of the two ping-pong buffers. */
se3rt_status rt_cu_forward(rt_cuda_model *g, const struct se3m_io *io, int64_t nparams, int params_changed,
                           int64_t rows, int64_t maxd, int upto, void *res, int64_t res_reals, double *layer_s,
                           int keep);
/* After layer i's forward kernels in a forward that keeps: its keys and values from the edge
 * scratch into CB_KV, where fw_kv says it keeps them (cuda_grad.c). */
se3rt_status rt_cu_keep_kv(rt_cuda_model *g, int i, int64_t n_edges);
/* Device address of layer i's output rows. */
se3rt_dptr   rt_cu_act(const rt_cuda_model *g, int i, int64_t rows, int64_t maxd, int keep);

#endif
