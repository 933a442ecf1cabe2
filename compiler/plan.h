/* plan.h - the resolved plan: everything the emitters need to write a layer, worked out once
 * from the IR right after lowering (plan.c; docs/architecture.md, "The resolved plan").
 *
 * Per layer: its kind and options (the checked layer), the degree layout of every fibre it reads
 * or writes, its radial nets with their (k, l, J) paths and nonzero coupling counts, typed
 * references to its weights (offset relative to the layer's first weight, and shape), the work
 * buffers it reads and writes, its FLOPs and a shape key. plan.c is the only place that knows
 * lower.c's weight names and order; emitters walk the plan and compute no layout, look nothing
 * up by name. Layers with equal shape keys generate identical code apart from the weight base
 * and buffers, so the emitters write that code once (`fn`) and pass those as arguments. */
#ifndef SE3C_PLAN_H
#define SE3C_PLAN_H

#include "ir.h"

#define PLAN_MAX_DEPTH 8            /* radial hidden layers (sema allows 0..8) */
#define PLAN_BUF_INPUT (-1)         /* a layer reading the model's inputs (io->node_in) */

/* A weight as a layer's code sees it: `rel` scalars after the layer's first weight. */
typedef struct plan_w {
    long rel;
    long size;
    int shape[IR_MAX_DIMS];         /* [rows, cols]; cols is 0 for a vector */
    const char *name;               /* its name without the layer's prefix ("si.0"), for comments */
} plan_w;

/* A Linear map: w [out, in] followed directly by b [out] (the helpers read b at w + in * out). */
typedef struct plan_dense {
    plan_w w, b;
    int in, out;
} plan_dense;

/* Degree layout of a fibre in a feature row. */
typedef struct plan_fib {
    int c[SE3_LMAX + 1];            /* channels of degree l (0: absent) */
    int off[SE3_LMAX + 1];          /* where degree l starts in a row */
    int dim;                        /* row length, sum of c[l] (2l + 1) */
} plan_fib;

/* One radial net (ir_radial: role, k, l, channels, paths with their nonzero terms) and where its
 * weights and output go. */
typedef struct plan_radial {
    const ir_radial *r;
    struct plan_hidden {
        plan_dense lin;             /* lin{d}: Linear(in -> width) */
        plan_w g, b;                /* ln{d}: LayerNorm gain and bias */
    } *hidden;                      /* r->depth of them, contiguous in this order from hidden[0] */
    plan_w hidden_all;              /* the whole span the hidden-layer helpers walk (size 0 at depth 0) */
    plan_dense out;                 /* out: Linear(hw -> cout * cin * nfreq) */
    int hw;                         /* inputs of the output layer: width, or nin at depth 0 */
    int dst_off;                    /* degree l in its target fibre (key, value or out) */
    int msg_off;                    /* degree l in the edge message (keys then values for attention) */
} plan_radial;

/* A per-degree map from fibre `from` to fibre `to`: linear (`w`, C_out x C_in) or attentive
 * (ln_g, ln_b, lin, contiguous from ln_g.rel, as the attentive helpers read them). */
typedef struct plan_map {
    int l, cin, cout, ncomp;        /* ncomp = 2l + 1 */
    int from_off, to_off;           /* degree l in the two rows */
    const char *name;               /* "si.1", for comments */
    plan_w w;                       /* linear */
    plan_w ln_g, ln_b;              /* attentive */
    plan_dense lin;                 /* attentive */
} plan_map;

typedef struct plan_maps {
    int attentive;                  /* si_kind SI_ATTENTIVE */
    int n;
    plan_map d[SE3_LMAX + 1];       /* the degrees present in both fibres, ascending */
} plan_maps;

/* Norm of one degree: LayerNorm (g, b) or a bias on the norms (bias), then ReLU. */
typedef struct plan_normdeg {
    int l, c, ncomp, off;
    plan_w g, b, bias;
} plan_normdeg;

/* Gate of one degree l >= 1: channel c's 2l + 1 components times sigmoid(its gate). */
typedef struct plan_gatedeg {
    int l, c, ncomp;
    int in_off, out_off;            /* degree l in the input and output rows */
    int gate_off;                   /* its first gate among the input's degree-0 channels */
} plan_gatedeg;

/* The edge-scalar radial inputs rin[t], one per t (the distance follows them). */
typedef struct plan_rin {
    edge_src_kind kind;             /* EDGE_PRODUCT or EDGE_BONDS */
    int a_off, b_off;               /* PRODUCT: channels of receiver and sender in the model input row */
    int bond;                       /* BONDS: which of the 4 one-hot columns */
    const char *field, *a_name, *b_name;
} plan_rin;

/* One block of a message-passing layer's per-edge message row (keys then values for attention,
 * the message for a convolution): a degree of the key, value or output fibre, where it starts in
 * the row, its size, and how many radial nets add into it (0: nothing reaches it, it is zero). */
typedef struct plan_msgblk {
    char role;                      /* 'k' key, 'v' value (attention), 'r' message (conv) */
    int l;
    int off;                        /* in the message row */
    int size;                       /* channels x (2l + 1) */
    int nradials;                   /* radial nets writing it */
} plan_msgblk;

/* A relative-position edge field joined to the sender's degree-1 features. */
typedef struct plan_relpos {
    int slot;                       /* its channel among the sender's degree-1 channels */
    const char *name;
} plan_relpos;

typedef struct plan_layer {
    const layer *L;                 /* kind, name, options (skip, si, agg, norm, pool, heads, per_graph) */
    const ir_layer *il;
    int index;
    long wbase;                     /* offset of its first weight in the parameter vector */
    long wsize;                     /* scalars in all its weights */
    plan_fib in, out, send, key, value, mid;
    int in_buf, out_buf;            /* work buffer read (PLAN_BUF_INPUT: the model inputs) and written */
    int out_per_graph;              /* rows out are graphs (a pool, or per-graph layers) */
    double flops_edge, flops_node;  /* forward, per edge and per node */
    const char *shape_key;          /* equal for layers whose code differs only in weights and buffers */
    unsigned shape_hash;            /* FNV-1a of shape_key */
    int shape;                      /* index of the first layer with this key: it names the code */
    int nshare;                     /* layers sharing this layer's code (1: none other) */
    const char *fn;                 /* name stem of the generated functions: that first layer's name */
    /* attention, conv */
    plan_radial *radials;
    int nradials;
    int msg_dim;                    /* per-edge message: key + value dims, or out dim */
    plan_msgblk msg[2 * (SE3_LMAX + 1)];   /* its blocks in row order */
    int nmsg;
    plan_relpos *relpos;
    int nrelpos;
    plan_maps q;                    /* attention: queries (in -> key) */
    plan_maps si;                   /* attention: mid -> out; conv: self (in -> out); selfint: in -> out */
    /* selfint */
    int has_bias;
    plan_w bias;                    /* degree-0 bias [out.c[0]] */
    /* norm */
    plan_normdeg norm[SE3_LMAX + 1];
    int nnorm;
    /* gate: scalars act(x[0..nscalar)), then the gated degrees */
    int nscalar;
    plan_gatedeg gate[SE3_LMAX];
    int ngate;
    /* mlp */
    plan_dense mlp[SE3_MAX_MLP + 1];
    int nmlp, mlp_maxw;
} plan_layer;

typedef struct plan {
    const ir *p;
    const model *m;
    plan_layer *layers;
    int nlayers;
    plan_fib x0;                    /* the model's input row */
    plan_rin *rin;                  /* edge-scalar radial inputs */
    int nrin;
    int nin;                        /* radial-net inputs: nrin + the distance */
    int nsh;                        /* harmonics components, (lmax_sh + 1)^2 */
    int max_width;                  /* widest radial-net layer (at least nin) */
    long work_dim;                  /* reals per row of each of the two work buffers */
    int result_buf;                 /* the buffer the last layer writes */
    int result_dim;
    int nshapes;                    /* distinct shape keys */
} plan;

/* Build the plan of a lowered model in `mem`. Inconsistencies with lower.c (a weight missing or
 * out of the order the generated helpers read) are internal errors: abort naming the weight. */
plan *plan_build(arena *mem, const ir *p);

/* Reals per row of a work buffer: the widest of the model input and every layer output. */
long plan_work_dim(const model *m);

/* Degree layout of a fibre (channels, offsets, dimension). */
plan_fib plan_fibre(const fibre *f);

/* The edge-scalar radial inputs of a model (what plan_build stores in rin); returns how many. */
int plan_edge_inputs(arena *mem, const model *m, plan_rin **out);

/* The rule for buffers, written once: layer i reads the inputs (i = 0) or buffer (i - 1) % 2,
 * writes buffer i % 2. */
int plan_in_buf(int i);
int plan_out_buf(int i);

void plan_dump(const plan *pl, FILE *out);

#endif
