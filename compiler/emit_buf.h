/* emit_buf.h - a growable text buffer with indentation, used by the C and CUDA emitters and
 * the manifest writer. Lines are written with printf-style calls; `{`/`}` adjust indentation. */
#ifndef SE3C_EMIT_BUF_H
#define SE3C_EMIT_BUF_H

#include <stddef.h>

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

#endif
