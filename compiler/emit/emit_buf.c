/* emit_buf.c - see emit_buf.h. */
#include "emit_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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

const char *emit_comment_text(arena *a, const char *s)
{
    size_t n = strlen(s);
    char *out = arena_alloc(a, 3 * n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int bad = c < 0x20 || c > 0x7e || c == '%' || c == '\\' ||
                  (c == '/' && i > 0 && s[i - 1] == '*') ||
                  (c == '*' && (i + 1 == n || s[i + 1] == '/' || (i > 0 && s[i - 1] == '/'))) ||
                  (c == '?' && i > 0 && s[i - 1] == '?');
        if (bad)
            o += sprintf(o, "%%%02X", c);
        else
            *o++ = (char)c;
    }
    *o = 0;
    return out;
}

const char *emit_ident(const char *name, size_t max)
{
    size_t n = strlen(name);
    int ok = n >= 1 && n <= max && (name[0] == '_' || (name[0] >= 'A' && name[0] <= 'Z') ||
                                    (name[0] >= 'a' && name[0] <= 'z'));
    for (size_t i = 1; ok && i < n; i++) {
        char c = name[i];
        ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
    if (!ok)
        SE3C_INTERNAL("'%s' is not an identifier of at most %zu bytes", emit_comment_text(&(arena){ 0 }, name), max);
    return name;
}
