/* compile.h - one compile of one spec: the arena, the diagnostics and each stage's result.
 * Each stage reads the previous one's output as const and does not run after errors. */
#ifndef SE3C_COMPILE_H
#define SE3C_COMPILE_H

#include <stddef.h>

#include "ast.h"
#include "diag.h"
#include "ir.h"
#include "model.h"
#include "plan.h"

typedef struct compile {
    arena mem;                  /* everything below lives here */
    diag_list diags;
    char *src;                  /* spec text */
    size_t len;
    ast_model *ast;
    model *m;                   /* NULL when the front end reported errors */
    ir *ir;                     /* NULL when m is */
    plan *plan;                 /* the resolved plan of ir (also ir->plan); NULL when ir is */
} compile;

/* What the stages take besides the text. The checked model is not changed after sema: a
 * precision override is applied between sema and lowering, so the IR and every emitter see
 * the model as compiled. */
typedef struct compile_opts {
    int prec;                   /* -1: the spec's; PREC_F32 or PREC_F64: instead of the spec's */
} compile_opts;

/* Read `path` and run parse, sema and lowering; returns a compile (never NULL) whose
 * diags.nerrors says whether it worked. `name` is what messages call the file. opts NULL: the
 * spec's own settings. Commands and tests go through pipeline.h, which calls these. */
compile *compile_file_opts(const char *path, const compile_opts *opts);
compile *compile_string_opts(const char *name, const char *text, size_t len, const compile_opts *opts);
compile *compile_file(const char *path);
compile *compile_string(const char *name, const char *text, size_t len);
void     compile_free(compile *c);   /* NULL is fine */

#endif
