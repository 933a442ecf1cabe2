/* model.h - the checked model: what sema.c makes of the AST once every name, degree and
 * channel count is known to be valid. lower.c turns it into the IR of (k, l, J) paths. */
#ifndef SE3C_MODEL_H
#define SE3C_MODEL_H

#include "arena.h"
#include "diag.h"

#define SE3_LMAX 4              /* highest feature degree; harmonics go to 2 * SE3_LMAX */
#define SE3_MAX_CHANNELS 256    /* per degree (the generated code keeps rows on the stack) */
#define SE3_MAX_MLP 8           /* hidden layers of an mlp head */

/* Front-end limits (docs/spec-language.md, "Limits"): bounded input, bounded work. */
#define SE3_MAX_NAME 64         /* bytes in a name written in the spec */
#define SE3_MAX_IDENT 128       /* a name with its repeat suffixes (_1_2...), as in identifiers */
#define SE3_MAX_LAYERS 1024     /* layers after repeat expansion */
#define SE3_MAX_REPEAT 1024     /* product of the counts of nested repeat blocks */
#define SE3_MAX_ATTENTIVE 64    /* channels per degree into an attentive self-interaction */
/* errors reported before the compile stops: DIAG_MAX_ERRORS (diag.h) */
#define SE3_MAX_SPEC_BYTES (1L << 20) /* size of a spec file */

/* A fibre: channels per degree (0 = degree absent). */
typedef struct fibre {
    int c[SE3_LMAX + 1];
} fibre;

int   fibre_dim(const fibre *f);           /* sum of C_l (2l+1) */
int   fibre_offset(const fibre *f, int l); /* where degree l starts in a feature vector */
int   fibre_channels(const fibre *f);      /* sum of C_l */
int   fibre_lmax(const fibre *f);          /* highest present degree, -1 if empty */
int   fibre_is_scalar(const fibre *f);     /* only degree 0 present */
int   fibre_eq(const fibre *a, const fibre *b);
char *fibre_str(arena *a, const fibre *f); /* "16x0 + 16x1"; "none" when empty */

typedef enum precision { PREC_F32, PREC_F64 } precision;
typedef enum graph_kind { GRAPH_FULL, GRAPH_KNN, GRAPH_RADIUS, GRAPH_GIVEN } graph_kind;
/* Smooth cut-off envelope u(r) of every edge (radial(envelope=...)): none, the polynomial
 * p-envelope of DimeNet/NequIP, or 0.5 (cos(pi r / r_c) + 1). */
typedef enum env_kind { ENV_NONE, ENV_POLY, ENV_COSINE } env_kind;

typedef enum field_src {
    FIELD_PROPERTY,             /* per-atom property of the same name */
    FIELD_CONST,                /* constant value on every node */
    FIELD_POS_Z,                /* z coordinate (degree 0) */
    FIELD_POS_XY,               /* (x, y, 0) (degree 1) */
    FIELD_SPECIES,              /* one-hot of the atom's element over a list of symbols */
    FIELD_ATOMIC_NUMBER         /* the atom's atomic number */
} field_src;

typedef struct field {
    const char *name;
    fibre f;
    field_src src;
    double value;               /* FIELD_CONST */
    const char **species;       /* FIELD_SPECIES: one element symbol per channel */
    src_loc loc;
    /* inputs only */
    int edge_only;              /* `edge input`: read from the data like an input, used only by edge
                                   products, not part of the node features (always degree 0; sema
                                   puts these after every other input) */
    /* outputs only */
    int energy;                 /* `kind=energy`: a per-graph scalar whose -gradient are forces */
    const void *ref_ast;        /* `reference={...}` as written (an ast_value), until checked */
    int ref_input;              /* index of the species(...) input the reference reads, -1: none */
    double *ref;                /* per channel of that input: the element's reference energy */
} field;

typedef enum edge_src_kind {
    EDGE_RELPOS,                /* x_j - x_i, degree 1, joined to the sender's features */
    EDGE_BONDS,                 /* one-hot bond order (4 scalars) of a given graph */
    EDGE_PRODUCT                /* a_i * b_j of two degree-0 input fields, per channel */
} edge_src_kind;

typedef struct edge_field {
    const char *name;
    fibre f;
    edge_src_kind kind;
    int a, b;                   /* EDGE_PRODUCT: input indices of receiver and sender factor */
    src_loc loc;
} edge_field;

typedef enum layer_kind {
    LAYER_ATTENTION,            /* ORDER LAYER */
    LAYER_CONV,
    LAYER_NORM,
    LAYER_SELFINT,
    LAYER_POOL,
    LAYER_MLP,
    LAYER_GATE                  /* gated nonlinearity (e3nn, NequIP, MACE) */
} layer_kind;

typedef enum skip_kind { SKIP_CAT, SKIP_SUM, SKIP_NONE } skip_kind;
typedef enum si_kind { SI_LINEAR, SI_ATTENTIVE, SI_NONE } si_kind;
typedef enum agg_kind { AGG_SUM, AGG_MEAN } agg_kind;
typedef enum norm_kind { NORM_LAYER, NORM_BIAS } norm_kind;
typedef enum pool_kind { POOL_MAX, POOL_MEAN, POOL_SUM } pool_kind;
typedef enum act_kind { ACT_SILU, ACT_RELU, ACT_TANH } act_kind;   /* ORDER ACT */

typedef struct layer {
    layer_kind kind;
    const char *name;           /* unique; also the prefix of its weights */
    src_loc loc;                /* the layer's name in the spec */
    fibre in, out;              /* node features in and out */
    fibre send;                 /* attention/conv: sender features = in + edge fields */
    fibre value, key;           /* attention: value and key (= query) fibres */
    fibre mid;                  /* attention: after the skip, what self-interaction maps */
    int heads, div;             /* attention */
    skip_kind skip;             /* attention */
    si_kind si;                 /* attention: self-interaction; conv: self-term (LINEAR/NONE);
                                   selfint: LINEAR or ATTENTIVE */
    agg_kind agg;               /* conv */
    norm_kind norm;             /* norm */
    pool_kind pool;             /* pool */
    act_kind act;               /* gate: the activation of the degree-0 channels that are not gates */
    int bias;                   /* selfint: bias on degree 0 */
    int radial_width, radial_depth; /* attention/conv radial nets */
    int mlp_n;                  /* mlp: number of hidden layers */
    int mlp_hidden[SE3_MAX_MLP];/* mlp: hidden widths */
    int per_graph;              /* runs on pooled (per-graph) features */
    int xij_add;                /* attention/conv (xij=add): x_i - x_j added to channel 0 of the
                                   sender's degree-1 features on every edge (the public code's
                                   `--xij add`); sema: the input has a degree-1 channel */
} layer;

typedef struct model {
    const char *name;
    const char *file;           /* spec path as given */
    src_loc loc;
    precision prec;
    graph_kind graph;
    int knn_k;                  /* GRAPH_KNN */
    double radius;              /* GRAPH_RADIUS */
    int radius_max;             /* GRAPH_RADIUS: 0 = unlimited */
    int radial_width, radial_depth; /* defaults for every radial net */
    env_kind envelope;          /* smooth cut-off of every message-passing edge */
    int env_p;                  /* ENV_POLY: the exponent p (default 6) */
    double env_cutoff;          /* r_c: radial(cutoff=...), else the graph radius */
    field *inputs;
    int ninputs;
    fibre in;                   /* the input row: all inputs concatenated per degree, in the order
                                   of `inputs` (declaration order, edge inputs moved last) */
    fibre feat;                 /* the first layer's node features: `in` without the edge inputs
                                   (their channels are the tail of the degree-0 block of a row) */
    int n_edge_inputs;          /* inputs with edge_only (the last n of `inputs`) */
    edge_field *edges;
    int nedges;
    int n_edge_scalars;         /* radial-net inputs besides the distance */
    fibre edge_fibre;           /* degree >= 1 edge fields joined to the sender's features */
    layer *layers;
    int nlayers;
    field *outputs;
    int noutputs;
    int out_per_graph;          /* outputs are per graph (after pooling) */
    int z_only;                 /* uses pos.z / pos.xy: equivariant to rotations about z only */
} model;

const char *layer_kind_name(layer_kind k);

/* Where input `input`'s degree-0 channels start in the model's input vector (the degree-0
 * block comes first, inputs in the order of m->inputs); edge products read them there. */
int model_scalar_offset(const model *m, int input);

/* sema: check the AST and build the model; NULL when errors were reported to dl. */
struct ast_model;
model *sema_check(arena *mem, diag_list *dl, const struct ast_model *ast, const char *file);

#endif
