/* diag.c - see diag.h. The caret line copies the source line's tabs so it lines up, and
 * underlines the whole token range (^~~~) when it stays on one line. */
#include "diag.h"

#include <stdarg.h>
#include <string.h>

void diag_add(diag_list *dl, diag_kind kind, src_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = arena_alloc(dl->mem, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);

    diag *d = arena_alloc(dl->mem, sizeof *d);
    d->kind = kind;
    d->loc = loc;
    d->msg = msg;
    if (dl->tail)
        dl->tail->next = d;
    else
        dl->head = d;
    dl->tail = d;
    if (kind == DIAG_ERROR)
        dl->nerrors++;
}

/* Find line `line` (1-based) in src; returns its start and sets *len (without newline). */
static const char *diag_line_find(const char *src, int line, size_t *len)
{
    const char *p = src;
    for (int i = 1; i < line && p; i++) {
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    if (!p || !*p)
        return NULL;
    const char *e = p;
    while (*e && *e != '\n' && *e != '\r')
        e++;
    *len = (size_t)(e - p);
    return p;
}

void diag_print(const diag_list *dl, FILE *out)
{
    for (const diag *d = dl->head; d; d = d->next) {
        const char *what = d->kind == DIAG_ERROR ? "error" : "note";
        if (d->loc.first_line <= 0) {
            fprintf(out, "%s: %s: %s\n", dl->file, what, d->msg);
            continue;
        }
        fprintf(out, "%s:%d:%d: %s: %s\n", dl->file, d->loc.first_line, d->loc.first_column, what,
                d->msg);
        size_t len = 0;
        const char *line = dl->src ? diag_line_find(dl->src, d->loc.first_line, &len) : NULL;
        if (!line)
            continue;
        fprintf(out, "    %.*s\n    ", (int)len, line);
        int col = d->loc.first_column;
        for (int i = 1; i < col && (size_t)(i - 1) < len; i++)
            fputc(line[i - 1] == '\t' ? '\t' : ' ', out);
        fputc('^', out);
        if (d->loc.last_line == d->loc.first_line)
            for (int i = col + 1; i <= d->loc.last_column && (size_t)i <= len; i++)
                fputc('~', out);
        fputc('\n', out);
    }
}
