/* parse.h - the front end's entry point: spec text -> AST (grammar/spec.l, grammar/spec.y).
 * The scanner and parser are reentrant, so fuzzers and tests can parse many times per process. */
#ifndef SE3C_PARSE_H
#define SE3C_PARSE_H

#include <stddef.h>

#include "ast.h"
#include "diag.h"

#define PARSE_MAX_DEPTH 64       /* nested '{' the parser tracks for "to close '{'" notes */

/* State shared by the scanner and the parser of one parse. */
struct parse_ctx {
    arena *mem;                  /* AST nodes */
    diag_list *diags;            /* syntax errors go here */
    const char *text;            /* the source, for quoting tokens in messages */
    size_t len;
    ast_model *model;            /* result, or NULL after a fatal error */
    src_loc open[PARSE_MAX_DEPTH]; /* where each still-open '{' is */
    int nopen;                   /* may exceed PARSE_MAX_DEPTH; extra levels are not located */
};

/* Parse `text` (len bytes, may contain NUL bytes, which are bad characters). Diagnostics go to
 * `dl`; returns the model, or NULL when nothing could be built. Errors are in dl->nerrors. */
ast_model *se3c_parse_string(arena *mem, diag_list *dl, const char *text, size_t len);

#endif
