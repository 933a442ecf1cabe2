/* emit_buf.c - see emit_buf.h. */
#include "emit_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void emit_grow(emit_buf *b, size_t need)
{
    if (b->len + need + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + need + 1)
        cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s) {
        fprintf(stderr, "se3tc: out of memory\n");
        abort();
    }
    b->s = s;
    b->cap = cap;
}

static void emit_vraw(emit_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    emit_grow(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void emit_raw(emit_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    emit_vraw(b, fmt, ap);
    va_end(ap);
}

void emit_line(emit_buf *b, const char *fmt, ...)
{
    if (fmt[0] == '}' && b->indent > 0)
        b->indent--;
    if (fmt[0] && !(fmt[0] == '#')) {
        emit_grow(b, (size_t)b->indent * 4);
        for (int i = 0; i < b->indent * 4; i++)
            b->s[b->len++] = ' ';
        b->s[b->len] = 0;
    }
    va_list ap;
    va_start(ap, fmt);
    emit_vraw(b, fmt, ap);
    va_end(ap);
    /* a line opens a block when its code ends with '{', before any trailing comment */
    size_t n = strlen(fmt);
    if (n >= 2 && fmt[n - 1] == '/' && fmt[n - 2] == '*') {
        const char *c = strstr(fmt, "/*");
        n = c ? (size_t)(c - fmt) : n;
        while (n && fmt[n - 1] == ' ')
            n--;
    }
    if (n && fmt[n - 1] == '{')
        b->indent++;
    emit_raw(b, "\n");
}

void emit_buf_free(emit_buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

const char *emit_real(char buf[40], double v, int is_float)
{
    snprintf(buf, 40, "%.17g", v);
    if (!strpbrk(buf, ".eEn"))
        strcat(buf, ".0");
    if (is_float)
        strcat(buf, "f");
    return buf;
}
