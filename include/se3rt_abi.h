/* se3rt_abi.h - the binary interface between libse3rt and generated model code (C and the
 * host side of CUDA). The emitters write the same struct into every generated file; bump
 * SE3M_ABI_VERSION when it changes, and the runtime refuses code of another version. */
#ifndef SE3RT_ABI_H
#define SE3RT_ABI_H

#include <stdint.h>

#define SE3M_ABI_VERSION 1

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
    const void *node_in;        /* n_nodes x in_dim reals, internal layout */
    void *out;                  /* rows x out_dim reals (rows = n_graphs after pooling) */
    void *work;                 /* NAME_work_size(n_nodes, n_graphs) reals */
    int32_t nthreads;           /* threads to use (OpenMP), >= 1 */
} se3m_io;

/* Exported by generated code for model NAME:
 *   int     se3m_NAME_abi(void);                                  returns SE3M_ABI_VERSION
 *   int64_t se3m_NAME_work_size(int32_t n_nodes, int32_t n_graphs);
 *   int     se3m_NAME_nlayers(void);
 *   int     se3m_NAME_layer(int32_t i, const se3m_io *io);         layer i, work buffers
 *   int     se3m_NAME_forward(const se3m_io *io);                  all layers, result in out */

#endif
