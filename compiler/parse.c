/* parse.c - runs the reentrant scanner and pure parser of grammar/ over a string.
 * This is the function the compiler, the tests and the fuzz target all use. */
#include "parse.h"

#include "model.h"

#include "spec.tab.h"
#include "spec.lex.h"

ast_model *se3c_parse_string(arena *mem, diag_list *dl, const char *text, size_t len)
{
    if (len > (size_t)SE3_MAX_SPEC_BYTES) {
        diag_error(dl, DIAG_NOLOC, "the spec is larger than %ld bytes", (long)SE3_MAX_SPEC_BYTES);
        return NULL;
    }
    struct parse_ctx pc = { .mem = mem, .diags = dl, .text = text, .len = len };
    yyscan_t scanner;
    if (yylex_init_extra(&pc, &scanner) != 0) {
        diag_error(dl, DIAG_NOLOC, "cannot start the scanner");
        return NULL;
    }
    YY_BUFFER_STATE buf = yy_scan_bytes(text, (int)len, scanner);
    int rc = yyparse(scanner, &pc);
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);
    if (rc != 0 && dl->nerrors == 0)
        diag_error(dl, DIAG_NOLOC, "the spec could not be parsed");
    return pc.model;
}
