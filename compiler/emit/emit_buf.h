/* emit_buf.h - a growable text buffer with indentation, used by the C and CUDA emitters and
 * the manifest writer. Lines are written with printf-style calls; `{`/`}` adjust indentation. */
#ifndef SE3C_EMIT_BUF_H
#define SE3C_EMIT_BUF_H

#include <stddef.h>

#include "arena.h"

typedef struct emit_buf {
    char *s;        /* NUL-terminated text */
    size_t len, cap;
    int indent;     /* current indentation level (4 spaces each) */
} emit_buf;

void emit_raw(emit_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* One line at the current indentation; a line ending in '{' indents what follows, a line
 * starting with '}' dedents itself and what follows. */
void emit_line(emit_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void emit_buf_free(emit_buf *b);
/* A floating-point literal that round-trips: "%.17g", with ".0" added when needed and an `f`
 * suffix when `is_float`. */
const char *emit_real(char buf[40], double v, int is_float);

/* Text from outside se3tc (a spec path, a name) made safe inside a C or CUDA block comment:
 * every byte outside printable ASCII, every '%' and backslash (line splices), the '/' of a
 * star-slash, the '*' of a slash-star, a '*' at the end, and the second '?' of "??" (trigraphs)
 * become %XX (hexadecimal, as in URLs). The result is one line that can neither end the comment
 * nor continue it onto the next line; ordinary paths and names come back unchanged. Every
 * emitter passes outside text through this one function (in the arena `a`). */
const char *emit_comment_text(arena *a, const char *s);

/* `name` is a C identifier fragment [A-Za-z_][A-Za-z0-9_]* of at most `max` bytes, as the
 * scanner and sema guarantee for every name that becomes part of a generated identifier;
 * anything else is an internal error (abort with file:line). Returns name. */
const char *emit_ident(const char *name, size_t max);

#endif
