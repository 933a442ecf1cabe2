/* diag.h - diagnostics of one compile: `FILE:LINE:COL: error: ...` with the source line and a
 * caret. The library collects them; only the driver prints (diag_print). */
#ifndef SE3C_DIAG_H
#define SE3C_DIAG_H

#include <stdio.h>

#include "arena.h"

typedef struct src_loc {
    int first_line, first_column;   /* 1-based start */
    int last_line, last_column;     /* 1-based inclusive end */
} src_loc;

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
    int nerrors;
    arena *mem;
} diag_list;

#define DIAG_NOLOC ((src_loc){ 0 })  /* a message about the whole file */

void diag_add(diag_list *dl, diag_kind kind, src_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#define diag_error(dl, loc, ...) diag_add((dl), DIAG_ERROR, (loc), __VA_ARGS__)
#define diag_note(dl, loc, ...) diag_add((dl), DIAG_NOTE, (loc), __VA_ARGS__)

/* Print all diagnostics in source order of arrival, each with its source line and caret. */
void diag_print(const diag_list *dl, FILE *out);

#endif
