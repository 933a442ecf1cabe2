/* diag.h - diagnostics of one compile: `FILE:LINE:COL: error: ...` with the source line and a
 * caret. The library collects them; only the driver prints (diag_print). At most
 * DIAG_MAX_ERRORS errors are kept: then the compile stops (diag_full), so a spec of many
 * mistakes costs bounded time and output. */
#ifndef SE3C_DIAG_H
#define SE3C_DIAG_H

#include <stdio.h>

#include "arena.h"

typedef struct src_loc {
    int first_line, first_column;   /* 1-based start */
    int last_line, last_column;     /* 1-based inclusive end */
} src_loc;

#define DIAG_MAX_ERRORS 20   /* errors reported before the compile stops */

typedef enum diag_kind { DIAG_ERROR, DIAG_NOTE } diag_kind;

typedef struct diag {
    diag_kind kind;
    src_loc loc;         /* line 0 means "no location": the message is about the whole file */
    const char *msg;     /* in the compile's arena */
    struct diag *next;
} diag;

typedef struct diag_list {
    const char *file;    /* name shown in messages */
    const char *src;     /* whole source text (NUL-terminated), for the caret lines */
    diag *head, *tail;
    int nerrors;         /* errors reported, including any past the limit */
    arena *mem;
} diag_list;

#define DIAG_NOLOC ((src_loc){ 0 })  /* a message about the whole file */

void diag_add(diag_list *dl, diag_kind kind, src_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#define diag_error(dl, loc, ...) diag_add((dl), DIAG_ERROR, (loc), __VA_ARGS__)
#define diag_note(dl, loc, ...) diag_add((dl), DIAG_NOTE, (loc), __VA_ARGS__)

/* Nonzero once DIAG_MAX_ERRORS errors were reported: the parser and sema stop there. */
int diag_full(const diag_list *dl);

/* Print all diagnostics in source order of arrival, each with its source line and caret.
 * Bytes outside printable ASCII (terminal escape sequences, say) in the file name, the
 * message and the source line are printed as \xNN; a tab in the source line is kept, and the
 * caret line has a tab or as many spaces as each printed character takes, so it lines up. */
void diag_print(const diag_list *dl, FILE *out);

#endif
