/* ir.h - the IR: each layer of the checked model as its radial nets, their (k, l, J) paths
 * with the nonzero coupling terms, and the weight table (names, shapes, initialisation).
 * lower.c builds it; plan.c resolves it into the plan every emitter walks (plan.h). The
 * manifest lists the weight table as it is; the oracle finds weights in it by name. */
#ifndef SE3C_IR_H
#define SE3C_IR_H

#include "model.h"

#define IR_MAX_DIMS 2

typedef struct ir_path {
    int k, l, J;                /* degree in, degree out, harmonic degree */
    int nnz;                    /* nonzero entries of C^{lk}_J */
} ir_path;

/* One radial net phi^{lk} and the paths it weights: sender degree k -> output degree l. */
typedef struct ir_radial {
    char role;                  /* 'k' key, 'v' value (attention), 'r' (conv) */
    int k, l;
    int cin, cout;              /* channels of degree k in, degree l out */
    int nfreq;                  /* F = 2 min(k, l) + 1, one output per J */
    int nin, width, depth;      /* radial MLP: inputs (edge scalars + distance), hidden size, layers */
    ir_path *paths;             /* J = |k-l| .. k+l */
    int npaths;
    int first_weight;           /* index of its first weight in the table */
} ir_radial;

typedef enum ir_init {
    IR_INIT_UNIFORM,            /* U(-a, a), a = 1/sqrt(fan_in) (PyTorch Linear) */
    IR_INIT_NORMAL,             /* N(0, 1/fan_in) (the reference's randn / sqrt(C_in)) */
    IR_INIT_ONES,
    IR_INIT_ZEROS
} ir_init;

typedef struct ir_weight {
    const char *name;           /* "a1.v.1_2.lin0.w" */
    int ndim;
    int shape[IR_MAX_DIMS];
    long size;
    ir_init init;
    int fan_in;                 /* UNIFORM, NORMAL: inputs per output */
    double scale;               /* 1/sqrt(fan_in): the manifest carries fan_in, an exact integer */
    long offset;                /* into the flat parameter vector */
} ir_weight;

typedef struct ir_layer {
    const layer *L;
    ir_radial *radials;
    int nradials;
    int npaths;
    int first_weight, nweights;
    double flops_edge;          /* forward FLOPs per edge (harmonics, radial nets, contraction) */
    double flops_node;          /* forward FLOPs per node (queries, softmax, self-interaction, ...) */
} ir_layer;

typedef struct ir {
    const model *m;
    ir_layer *layers;
    int nlayers;
    ir_weight *weights;
    int nweights;
    long nparams;               /* total scalars in all weights */
    int npaths;
    int lmax_sh;                /* highest harmonic degree any layer needs, -1 if none */
    double flops_edge, flops_node;
    const struct plan *plan;    /* the resolved plan (plan.h), set by compile.c once lowered */
    int *windex;                /* open-addressing hash of weight names -> index, -1 empty */
    unsigned windex_mask;       /* table size - 1 (a power of two, at least 2 x nweights) */
} ir;

ir  *ir_lower(arena *mem, const model *m);
/* Offset of a weight by name, -1 if none (constant time: a hash of the names). */
long ir_weight_offset(const ir *p, const char *name);
const ir_weight *ir_weight_named(const ir *p, const char *name);   /* NULL if none */
/* The weight named by printf(fmt, ...), which must exist: a missing weight is an internal error
 * of se3tc (the emitters and lower.c disagree about names), so it aborts naming the caller's
 * file:line rather than emitting an offset of -1 or dropping a term. Names have no length limit. */
long ir_weight_at(const ir *p, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#define IR_WEIGHT(p, ...) ir_weight_at((p), __FILE__, __LINE__, __VA_ARGS__)
void ir_dump(const ir *p, FILE *out);    /* --dump-ir */

#endif
