/* se3rt_graph.h - graphs over point clouds for the SE(3)-Transformer: full, k-nearest-neighbour,
 * radius and given (bonds), stored with edges sorted by receiver (CSR). The model code walks the
 * incoming edges of each receiver in order, so aggregation is deterministic and needs no atomics.
 * Conventions, ties and errors are described in docs/graphs.md. */
#ifndef SE3RT_GRAPH_H
#define SE3RT_GRAPH_H

#include "se3rt.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A directed graph over n points. Edge e = j -> i has receiver i (the CSR row it sits in) and
 * sender j = src[e]; the model forms x_ij = x_j - x_i from the positions. Within a receiver the
 * senders are strictly ascending by index (open graphs; a periodic graph orders by (j, shift) and
 * may repeat j, see se3rt_graph_new_periodic). There are no self edges; edges between coincident
 * points (zero length) are kept, and the model code defines what such an edge contributes. */
typedef struct se3rt_graph {
    int32_t n;       /* number of points (receivers) */
    int64_t nedges;  /* number of edges, row[n] */
    int64_t *row;    /* n+1 offsets: edges into receiver i are [row[i], row[i+1]) */
    int32_t *src;    /* nedges senders, ascending within each receiver */
    int32_t nattr;   /* scalars per edge (4 for bond graphs, else 0) */
    double *attr;    /* nedges * nattr per-edge scalars, edge-major, or NULL when nattr == 0 */
    int32_t *shift;  /* periodic graphs: nedges * 3 integer cell shifts S (the sender's image is
                        x_j + S[0] a + S[1] b + S[2] c); NULL for open graphs */
} se3rt_graph;

/* One chemical bond between points i and j (0-based), order 1..4. */
typedef struct se3rt_bond {
    int32_t i;       /* first atom, 0-based */
    int32_t j;       /* second atom, 0-based, != i */
    int32_t order;   /* SE3RT_BOND_SINGLE .. SE3RT_BOND_AROMATIC */
} se3rt_bond;

enum {
    SE3RT_BOND_SINGLE = 1,   /* one-hot attribute column 0 */
    SE3RT_BOND_DOUBLE = 2,   /* column 1 */
    SE3RT_BOND_TRIPLE = 3,   /* column 2 */
    SE3RT_BOND_AROMATIC = 4, /* column 3 */
    SE3RT_BOND_NATTR = 4     /* nattr of a bond graph */
};

/* The graph kinds a manifest names ("full", "knn", "radius", "given"). */
typedef enum se3rt_graph_kind {
    SE3RT_GRAPH_FULL,
    SE3RT_GRAPH_KNN,
    SE3RT_GRAPH_RADIUS,
    SE3RT_GRAPH_GIVEN
} se3rt_graph_kind;

/* Parameters of a graph as the manifest gives them. */
typedef struct se3rt_graph_spec {
    se3rt_graph_kind kind; /* which builder */
    int32_t k;             /* knn: neighbours per receiver; radius: cap (0 = no cap) */
    double r;              /* radius: cut-off, edges where |x_j - x_i| <= r */
} se3rt_graph_spec;

/* A periodic graph (docs/graphs.md, "Periodic cells"): cell[9] holds the lattice vectors a, b, c
 * as rows (x, y, z each, the extended-XYZ Lattice= order), pbc[3] says which directions are
 * periodic (nonzero) and which open. Edge e into receiver i comes from the image
 * x_j + S a + S' b + S'' c of sender j (S = shift[3e..3e+2], 0 in open directions), so the model
 * sees x_ij = x_j + S·cell - x_i; one sender may appear several times with different shifts
 * (cells smaller than the cut-off) and a point may receive from its own images (never from
 * itself with S = 0). Kinds knn (the k nearest images, ties by (d², j, S)) and radius (every
 * image within r, optionally capped at the max nearest). Positions need not lie inside the cell.
 * Within a receiver edges are ordered by (j, S). With every pbc zero this is the open builder
 * (shift NULL). Errors (SE3RT_ERR_INVALID): as the open builders; `graph full/given cannot be
 * periodic`; `cell: lattice vectors are not finite` or `... are linearly dependent (volume V)`. */
se3rt_status se3rt_graph_new_periodic(se3rt_ctx *ctx, const se3rt_graph_spec *spec, const double *pos,
                                      int32_t n, const double cell[9], const int32_t pbc[3],
                                      se3rt_graph **out /* OUT */);

/* Every builder takes positions pos[n*3] (x, y, z per point, borrowed), validates them (n > 0,
 * every coordinate finite) and its parameters, and on success stores a new graph in *out, which
 * the caller frees with se3rt_graph_free. On failure *out is NULL and se3rt_errmsg says why. */

/* Every j != i: n(n-1) edges. */
se3rt_status se3rt_graph_new_full(se3rt_ctx *ctx, const double *pos, int32_t n,
                                  se3rt_graph **out /* OUT */);

/* The k nearest other points of each receiver (ties: lower index first); with
 * n <= k every other point (the full graph, n(n-1) edges), as torch-cluster's knn_graph. */
se3rt_status se3rt_graph_new_knn(se3rt_ctx *ctx, const double *pos, int32_t n, int32_t k,
                                 se3rt_graph **out /* OUT */);

/* Every j != i with |x_j - x_i| <= r (tested as squared distance <= r*r in double); with
 * max_k > 0 only the max_k nearest of those (ties: lower index first). r finite and > 0. */
se3rt_status se3rt_graph_new_radius(se3rt_ctx *ctx, const double *pos, int32_t n, double r,
                                    int32_t max_k /* 0 = no cap */, se3rt_graph **out /* OUT */);

/* Both directions of every bond, with one-hot bond-order attributes (nattr = 4). */
se3rt_status se3rt_graph_new_given(se3rt_ctx *ctx, const double *pos, int32_t n,
                                   const se3rt_bond *bonds, int64_t nbonds,
                                   se3rt_graph **out /* OUT */);

/* Dispatch on spec->kind; bonds are used only by SE3RT_GRAPH_GIVEN (may be NULL otherwise). */
se3rt_status se3rt_graph_new(se3rt_ctx *ctx, const se3rt_graph_spec *spec, const double *pos,
                             int32_t n, const se3rt_bond *bonds, int64_t nbonds,
                             se3rt_graph **out /* OUT */);

void se3rt_graph_free(se3rt_ctx *ctx, se3rt_graph *g); /* NULL is fine */

#ifdef __cplusplus
}
#endif
#endif
