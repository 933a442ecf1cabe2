/* reference.h - the naive reference forward pass: docs/semantics.md executed literally with
 * dense coupling tensors and generic loops in double precision. It is the tests' oracle for the
 * generated C and CUDA code; clarity over speed. Also the documented weight initialisation. */
#ifndef SE3C_REFERENCE_H
#define SE3C_REFERENCE_H

#include "ir.h"

/* One (batched) graph in the runtime's layout: edges j -> i stored by receiver. */
typedef struct ref_graph {
    int n_nodes; long n_edges;
    const long *row;        /* n_nodes+1, CSR by receiver */
    const int *src;         /* sender of each edge */
    const double *pos;      /* n_nodes*3, Cartesian x,y,z */
    const double *edge_attr;/* n_edges*4 bond one-hot for `edge ... = bonds`, else NULL */
    int n_graphs; const int *graph_ptr; /* n_graphs+1 node ranges */
} ref_graph;

/* node_in: n_nodes x fibre_dim(&m->in), inputs in the order of m->inputs (edge inputs last; the
 * first layer sees the others), internal layout (docs/semantics.md "Inputs": the
 * runtime has already assembled constants, pos.z/pos.xy and properties and permuted degree 1
 * to (y,z,x)). out: n_nodes (or n_graphs when m->out_per_graph) x fibre_dim(final fibre).
 * layer_out (optional, may be NULL): if non-NULL, layer_out[i] receives layer i's output
 * (caller allocates rows x fibre_dim(&layer.out)); a NULL entry skips that layer.
 * Returns 0, or -1 on a bad argument (or a weight missing from the table). */
int ref_forward(const ir *p, const double *params, const ref_graph *g, const double *node_in,
                double *out, double **layer_out);

/* Weight initialisation of docs/semantics.md "Initialisation (--seed N)": fills params
 * (p->nparams doubles) exactly as specified (splitmix64 per tensor seeded with
 * N*0x9E3779B97F4A7C15 ^ FNV-1a-64(name), uniform/normal/ones/zeros per ir_weight.init/scale).
 * Values stay in double; an f32 run rounds them to float when it stores them. */
void ref_init_params(const ir *p, unsigned long long seed, double *params);

/* FNV-1a-64 of a NUL-terminated string (the per-tensor seed), exposed for tests. */
unsigned long long ref_fnv1a64(const char *s);

#endif
