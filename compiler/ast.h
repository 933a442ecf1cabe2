/* ast.h - the syntax tree of a spec, built by grammar/spec.y and read (const) by sema.c.
 * Every node lives in the compile's arena and carries its source location for diagnostics. */
#ifndef SE3C_AST_H
#define SE3C_AST_H

#include "arena.h"
#include "diag.h"

/* fibre_term: FIBRE_TERM | FIBRE_TERM ".." INT   (16x0 is 16 channels of degree 0;
 * 16x0..3 is 16 channels of each degree 0..3) */
typedef struct ast_fterm {
    long channels;              /* C */
    long deg_lo, deg_hi;        /* degree range; equal for a single term */
    src_loc loc;
    struct ast_fterm *next;
} ast_fterm;

/* fibre: fibre_term ('+' fibre_term)* | IDENT (a `let` name) */
typedef struct ast_fibre {
    ast_fterm *terms;           /* NULL when `ref` is set */
    const char *ref;            /* name of a `let` fibre, or NULL */
    src_loc loc;
} ast_fibre;

typedef enum ast_value_kind {
    AST_VAL_INT,                /* ORDER AST_VAL */
    AST_VAL_FLOAT,
    AST_VAL_IDENT,
    AST_VAL_FIBRE,
    AST_VAL_LIST,
    AST_VAL_MAP                 /* { KEY = value, ... } (reference energies) */
} ast_value_kind;

struct ast_opt;

typedef struct ast_value {
    ast_value_kind kind;
    long i;                     /* AST_VAL_INT */
    double f;                   /* AST_VAL_FLOAT (and AST_VAL_INT, converted) */
    const char *ident;          /* AST_VAL_IDENT */
    ast_fibre *fibre;           /* AST_VAL_FIBRE */
    struct ast_value *items;    /* AST_VAL_LIST */
    struct ast_opt *map;        /* AST_VAL_MAP, in source order */
    src_loc loc;
    struct ast_value *next;     /* next item of a list */
} ast_value;

/* opt: IDENT '=' value */
typedef struct ast_opt {
    const char *key;
    src_loc key_loc;
    ast_value *val;
    struct ast_opt *next;
} ast_opt;

typedef enum ast_stmt_kind {
    AST_PRECISION,              /* precision f32; */
    AST_GRAPH,                  /* graph knn(k=16); */
    AST_RADIAL,                 /* radial(width=32, depth=2); */
    AST_LET,                    /* let hidden = 16x0..3; */
    AST_INPUT,                  /* input vel : 1x1 [= source];  edge input charge : 1x0; */
    AST_EDGE,                   /* edge qq : 1x0 = charge * charge; */
    AST_OUTPUT,                 /* output dx : 1x1; */
    AST_LAYER,                  /* attention a1 -> hidden (heads=8); */
    AST_REPEAT                  /* repeat 4 { ... } */
} ast_stmt_kind;

typedef struct ast_stmt {
    ast_stmt_kind kind;
    src_loc loc;                /* the whole statement's first token */
    const char *word;           /* precision name, graph kind, layer kind, source or edge
                                   expression head (`relpos`, `bonds`, `pos`, `charge`) */
    src_loc word_loc;
    const char *name;           /* let/input/edge/output/layer name */
    src_loc name_loc;
    const char *word2;          /* second operand: `charge * q` -> "q"; `pos.z` -> "z" */
    src_loc word2_loc;
    long count;                 /* repeat count; input source `= 1` */
    int src_kind;               /* input: 0 property, 1 constant, 2 pos.<word2>, 3 IDENT,
                                   4 IDENT(list of words in `opts` keys);
                                   edge: 0 named source (`relpos`, `bonds`), 1 product */
    int edge_only;              /* input: `edge input` (read from the data, used only by edge
                                   products, not a node feature) */
    ast_fibre *fibre;           /* declared fibre or layer output (`-> F`), may be NULL */
    ast_opt *opts;              /* `( key = value, ... )` */
    struct ast_stmt *body;      /* repeat body */
    struct ast_stmt *next;
} ast_stmt;

typedef struct ast_model {
    const char *name;
    src_loc loc;
    ast_stmt *body;
} ast_model;

#endif
