/* internal.c - see internal.h. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

_Noreturn void se3c_internal_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "se3tc: internal error at %s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    fflush(stderr);
    abort();
}
